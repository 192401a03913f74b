"""The answer file: an append-only log of labeling actions, one complete JSON line each.

Appending is one `os.write` of a whole line on an `O_APPEND` descriptor, then `fsync`, so
an action is on disk before the widget moves on, a crash can at worst tear the last line,
and the file grows by one line per action (linearly, never rewritten).

Reading never raises on bad content: every line is decoded and offered to `accept`
(normally `LabelingState.apply`); the lines it refuses are reported as `LineProblem`s.
`repair` keeps the readable lines and sets the original file aside unchanged, so no
label a trainee gave is ever silently dropped.
"""

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from course.widgets.state import RefusedAction


@dataclass(frozen=True)
class LineProblem:
    line: int        # 1-based line number in the file
    reason: str      # a message key (course/messages/widgets.yml)
    detail: str = "" # for the reason_* keys quoted inside line_bad_event


@dataclass(frozen=True)
class ReadResult:
    actions: list[dict]           # the accepted actions, in file order
    problems: list[LineProblem]


def read_actions(path: Path, accept: Callable[[dict], None]) -> ReadResult:
    """Every line of `path` offered to `accept`; no file means no actions."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return ReadResult([], [])
    actions, problems = [], []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(LineProblem(number, "widgets.line_not_text"))
            continue
        try:
            action = json.loads(line)
        except ValueError:
            problems.append(LineProblem(number, "widgets.line_not_json"))
            continue
        try:
            accept(action)
        except RefusedAction as refused:
            problems.append(LineProblem(number, "widgets.line_bad_event", refused.reason))
            continue
        actions.append(action)
    return ReadResult(actions, problems)


def encode_action(action: dict) -> bytes:
    """One complete line: compact JSON, Chinese kept readable, newline-terminated."""
    return (json.dumps(action, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def repair(path: Path, actions: list[dict]) -> Path:
    """Set `path` aside unchanged under a new name and rewrite it with `actions` only.

    Returns the name the original was kept under. The new file is written beside the old
    one and moved over it in one `os.replace`, so a crash leaves one or the other whole.
    """
    path = Path(path)
    original = path.read_bytes()
    aside = _unused_name(path, time.strftime("%Y%m%d-%H%M%S"))
    _write_durably(aside, original, exclusive=True)
    temporary = path.with_name(path.name + ".tmp")
    _write_durably(temporary, b"".join(encode_action(a) for a in actions))
    os.replace(temporary, path)
    return aside


def _unused_name(path: Path, stamp: str) -> Path:
    candidate = path.with_name(f"{path.name}.broken-{stamp}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.broken-{stamp}-{number}")
        number += 1
    return candidate


def _write_durably(path: Path, data: bytes, exclusive: bool = False) -> None:
    with open(path, "xb" if exclusive else "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return True
        handle.seek(size - 1)
        return handle.read(1) == b"\n"


class AnswerLog:
    """The open answer file, appended to one action at a time."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None

    def append(self, action: dict) -> None:
        line = encode_action(action)
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            if not _ends_with_newline(self.path):  # e.g. hand-edited: never glue onto its last line
                line = b"\n" + line
        written = os.write(self._fd, line)
        if written != len(line):  # a full disk; the reader will refuse the torn line
            raise OSError(f"only {written} of {len(line)} bytes written")
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self):
        self.close()
