"""A labeling session: the state, its answer file, and the trainee's verbs.

Every verb that changes anything writes one action to the answer file before it returns,
so what the widget shows is always on disk. Plain Python: the widgets are a view on it.
"""

import os
import time
import weakref
from pathlib import Path
from typing import Callable

from course.lesson import lesson_language
from course.messages import text
from course.widgets.answer_log import AnswerLog, LineProblem, read_actions, repair
from course.widgets.keys import KeyAction, action_for_key
from course.widgets.state import LabelingState, answered
from course.widgets.task import LabelTask

ANSWER_SUFFIX = ".labels.jsonl"

# the newest session of each answer file in this kernel: re-running a cell makes a new
# widget, and the old one (still alive in the kernel) must not write with stale state
_LIVE_SESSIONS: dict[Path, weakref.ref] = {}


def answer_file_for(exercise: str, folder: Path | str = ".") -> Path:
    """Where the answers of `exercise` live: beside the notebook, so they are submitted with it."""
    return Path(folder) / f"{exercise}{ANSWER_SUFFIX}"


class LabelingSession:
    def __init__(self, answer_file: Path | str, task: LabelTask, *, prelabels: dict | None = None,
                 annotator: str = "", lang: str | None = None,
                 clock: Callable[[], float] = time.monotonic, wall_clock: Callable[[], float] = time.time):
        self.task = task
        self.prelabels = dict(prelabels or {})
        self.annotator = annotator or os.environ.get("JUPYTERHUB_USER") or os.environ.get("USER", "")
        self.lang = lang or lesson_language(Path(answer_file).parent)
        self.answer_file = Path(answer_file)
        self._clock, self._wall_clock = clock, wall_clock
        self.state = LabelingState(task)
        self.notice = ""   # a message for the trainee about the answer file, in self.lang
        self._log = AnswerLog(self.answer_file)
        self.retired = False
        self._take_over_answer_file()
        self._resume()
        self._shown_at = clock()
        self._record({"action": "open", "kind": task.kind, "classes": list(task.classes),
                      "items": len(task.items)})

    # ---- resuming -------------------------------------------------------------------
    def _take_over_answer_file(self) -> None:
        key = self.answer_file.resolve()
        older = _LIVE_SESSIONS.get(key, lambda: None)()
        if older is not None:
            older.retire()
        _LIVE_SESSIONS[key] = weakref.ref(self)

    def retire(self) -> None:
        """A newer session took over the answer file: stop writing, say so."""
        self.retired = True
        self.notice = text("widgets.session_replaced", self.lang)
        self.close()

    def _resume(self) -> None:
        try:
            result = read_actions(self.answer_file, self.state.apply)
            if result.problems:
                aside = repair(self.answer_file, result.actions)
                self.notice = self._repaired_notice(result.problems, len(result.actions), aside)
        except OSError as error:
            self.notice = text("widgets.file_unwritable", self.lang, file=self.answer_file.name, error=error.strerror or error)

    def _repaired_notice(self, problems: list[LineProblem], kept: int, aside: Path) -> str:
        shown = problems[:5]
        where = "; ".join(
            text(p.reason, self.lang, line=p.line, reason=text(p.detail, self.lang) if p.detail else "")
            for p in shown)
        if len(problems) > len(shown):
            where += "; …"
        return text("widgets.file_repaired", self.lang, file=self.answer_file.name, bad=len(problems),
                    where=where, good=kept, aside=aside.name)

    # ---- reading the state ----------------------------------------------------------
    @property
    def position(self) -> int:
        return self.state.position

    @property
    def current_item(self) -> str:
        return self.state.current_item

    @property
    def current_answer(self):
        return self.state.answers.get(self.current_item)

    @property
    def current_prelabel(self):
        return self.prelabels.get(self.current_item)

    def labels(self) -> dict:
        """item -> value for every labeled item (skipped ones left out)."""
        return {item: a.value for item, a in answered(self.state).items()}

    def progress(self) -> dict:
        done = answered(self.state)
        seconds = sum(a.ms for a in done.values()) / 1000 / len(done) if done else 0.0
        skipped = sum(a.skipped for a in self.state.answers.values())
        return {"done": len(done), "total": len(self.task.items), "skipped": skipped,
                "seconds_per_item": round(seconds, 1), "annotator": self.annotator}

    # ---- the trainee's verbs ----------------------------------------------------------
    def label(self, value, advance: bool = False) -> None:
        """Give the current item `value` (a class, a list of classes, boxes or spans)."""
        if isinstance(value, list) and self.task.kind == "multi":
            value = [c for c in self.task.classes if c in value]  # one order, so equal sets compare equal
        action = {"action": "label", "item": self.current_item, "value": value, "ms": self._elapsed_ms()}
        prelabel = self.current_prelabel
        if prelabel is not None:
            action["assist"] = "accepted" if _same(value, prelabel) else "corrected"
        self._record(action)
        if advance:
            self.next()

    def toggle(self, cls: str) -> None:
        """Add or remove `cls` from the current item's classes (multi-label tasks)."""
        answer = self.current_answer
        chosen = list(answer.value) if answer and not answer.skipped else []
        self.label([c for c in chosen if c != cls] if cls in chosen else chosen + [cls])

    def accept(self, advance: bool = True) -> bool:
        """Take the AI pre-label as the answer; False when the item has none."""
        if self.current_prelabel is None:
            return False
        self.label(self.current_prelabel, advance=advance)
        return True

    def skip(self) -> None:
        self._record({"action": "skip", "item": self.current_item, "ms": self._elapsed_ms()})
        self.next()

    def next(self) -> None:
        self.goto(min(self.position + 1, len(self.task.items) - 1))

    def back(self) -> None:
        self.goto(max(self.position - 1, 0))

    def goto(self, index: int) -> None:
        if index != self.position:
            self._record({"action": "goto", "item": self.task.items[index]})
            self._shown_at = self._clock()

    def undo(self) -> bool:
        """Take back the latest label or skip (and go to its item); False when there is none."""
        if not self.state.undo_stack:
            return False
        seq, item, _ = self.state.undo_stack[-1]
        self._record({"action": "undo", "item": item, "undoes": seq})
        self._shown_at = self._clock()
        return True

    def handle_key(self, key: str) -> KeyAction | None:
        """Do what `key` means for a class task; returns the action (None when ignored).

        Box and span widgets give `choose` and `delete` their own meaning, so they call
        `action_for_key` themselves and pass the rest here via `perform`.
        """
        action = action_for_key(key, self.task.classes)
        if action is not None:
            self.perform(action)
        return action

    def perform(self, action: KeyAction) -> None:
        if action.name == "choose":
            cls = self.task.classes[action.class_index]
            if self.task.kind == "multi":
                self.toggle(cls)
            else:
                self.label(cls, advance=True)
        elif action.name == "accept":
            if not self.accept() and self.task.kind == "multi":
                self.next()  # Enter confirms a multi-label choice and moves on
        elif action.name in ("next", "back", "skip", "undo"):
            getattr(self, action.name)()

    def close(self) -> None:
        self._log.close()

    # ---- recording ----------------------------------------------------------------------
    def _record(self, action: dict) -> None:
        if self.retired:
            return
        action = {"seq": self.state.last_seq + 1, **action, "t": round(self._wall_clock(), 3),
                  "by": self.annotator}
        self.state.apply(action)  # refuses a wrong action before anything is written
        try:
            self._log.append(action)
        except OSError as error:
            self.notice = text("widgets.file_unwritable", self.lang, file=self.answer_file.name,
                               error=error.strerror or error)

    def _elapsed_ms(self) -> int:
        return max(0, int((self._clock() - self._shown_at) * 1000))


def _same(value, prelabel) -> bool:
    if isinstance(value, list) and isinstance(prelabel, list) and all(isinstance(v, str) for v in value + prelabel):
        return sorted(value) == sorted(prelabel)
    return value == prelabel
