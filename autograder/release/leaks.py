"""Find hidden material in files that trainees will see.

What counts as hidden comes from the lesson source itself: marker text, every line of a
solution region, a hidden-test region, a judge or the judges' shared helpers, or a manually
graded model answer that does not also appear in the public part of the lesson.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from autograder.lesson.regions import HIDDEN, MARKER_TEXTS, SOLUTION, region_lines, without_regions
from autograder.lesson.source import JUDGE_HELPERS, LessonSource
from autograder.lesson.validate import Problem

MARKER_WORDS = re.compile(r"\bHIDDEN\b")
MIN_SECRET_LENGTH = 12  # shorter lines ("return df") are too common to prove a leak


@dataclass(frozen=True)
class Leak:
    path: Path
    what: str

    def __str__(self) -> str:
        return f"{self.path}: {self.what}"


def secret_lines(lesson: LessonSource) -> set[str]:
    secret, public = set(), set()
    for cell in lesson.cells:
        if cell.role == "hint":  # hints are shipped, but quoting a secret in one does not make it public
            continue
        if cell.role in ("manual", "judge", JUDGE_HELPERS, "by_hand"):
            secret.update(cell.source.splitlines())
            continue
        secret.update(region_lines(cell.source, SOLUTION) + region_lines(cell.source, HIDDEN))
        public.update(without_regions(without_regions(cell.source, SOLUTION), HIDDEN).splitlines())
    public = {normalised(line) for line in public}
    return {line.strip() for line in secret
            if len(line.strip()) >= MIN_SECRET_LENGTH and normalised(line) not in public}


def visible_text(path: Path) -> str:
    """What a trainee can read in a file. JSON files (notebooks, the lesson manifest) are
    decoded, so quotes and non-ASCII text are matched as the trainee sees them."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix not in (".ipynb", ".json"):
        return raw
    try:
        return _strings(json.loads(raw))
    except ValueError:
        return raw


def _strings(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # notebook sources and outputs are lists of line pieces
        return "".join(v if isinstance(v, str) else _strings(v) + "\n" for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{key}\n{_strings(v)}" for key, v in value.items())
    return str(value)


def gold_texts(lesson: LessonSource, datasets_dir: Path) -> dict[str, str]:
    """Gold file name → its content."""
    return {Path(name).name: (Path(datasets_dir) / name).read_text(encoding="utf-8", errors="replace")
            for name in lesson.gold}


def normalised(text: str) -> str:
    return " ".join(text.split())


def hint_leaks(lesson: LessonSource, datasets_dir: Path | None = None) -> list[Problem]:
    """Hints reach trainees in `lesson.json`: a solution, hidden-test or gold line quoted in
    one, on its own line or inline, whitespace aside, is a leak found at the hint's line."""
    secrets = {normalised(line) for line in secret_lines(lesson)}
    if datasets_dir:
        public = {normalised(line) for name in lesson.datasets
                  for line in (Path(datasets_dir) / name).read_text(encoding="utf-8", errors="replace").splitlines()}
        for content in gold_texts(lesson, datasets_dir).values():
            for line in content.splitlines():
                # a gold row, and each value in it long enough to prove a leak
                values = [line, *re.split(r"[,\t]", line)]
                secrets |= {normalised(v) for v in values if len(normalised(v)) >= MIN_SECRET_LENGTH
                            and normalised(v) not in public}
    problems = []
    for cell in (c for c in lesson.cells if c.role == "hint"):
        lines = cell.source.splitlines()
        for secret in sorted(s for s in secrets if s in normalised(cell.source)):
            # the line that quotes it (a quote wrapped over lines: the hint's first line)
            offset = next((i for i, line in enumerate(lines) if secret in normalised(line)), 0)
            problems.append(Problem(lesson.path, cell.line + 1 + offset,
                                    f"the hint for '{cell.item}' quotes hidden text: {secret[:80]}"))
    return problems


def find_leaks(folder: Path, lesson: LessonSource, datasets_dir: Path | None = None) -> list[Leak]:
    secrets = secret_lines(lesson)
    gold = gold_texts(lesson, datasets_dir) if datasets_dir else {}
    public = {line.strip() for name in (lesson.datasets if datasets_dir else [])
              for line in (Path(datasets_dir) / name).read_text(encoding="utf-8", errors="replace").splitlines()}
    for content in gold.values():  # a header a gold file shares with released data is no secret
        secrets |= {line.strip() for line in content.splitlines()
                    if len(line.strip()) >= MIN_SECRET_LENGTH and line.strip() not in public}
    leaks = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        text = visible_text(path)
        for name, content in gold.items():
            if path.name == name or text == content:
                leaks.append(Leak(path, f"gold data file {name}"))
        for marker in MARKER_TEXTS:
            if marker in text:
                leaks.append(Leak(path, f"marker text '{marker}'"))
        if MARKER_WORDS.search(text) and not any(m in text for m in MARKER_TEXTS):
            leaks.append(Leak(path, "the word 'HIDDEN'"))
        # whole lines, as leaks reproduce them; a secret import inside a longer public one is none
        visible_lines = {normalised(line) for line in text.splitlines()}
        for line in sorted(s for s in secrets if normalised(s) in visible_lines):
            leaks.append(Leak(path, f"hidden line: {line[:80]}"))
    return leaks
