"""Reading a lesson source (jupytext percent format) into cells that know their role and line.

See docs/authoring.md for the format. Reading never judges: `validate` does.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import jupytext

# The metadata keys a cell line may carry, and what each makes of the cell.
ROLE_KEYS = ("answer", "tests", "hint", "manual", "judge", "by_hand")
KNOWN_KEYS = {"lang", "points", "disclose", "assesses", *ROLE_KEYS}
# `# %% judge_helpers`: code every judge of the lesson shares (jupytext reads the bare word as a title)
JUDGE_HELPERS = "judge_helpers"
DISCLOSURE = ("message", "after-deadline", "never")  # what feedback may show of a judge's findings
CELL_LINE = re.compile(r"^# %%")
# jupytext records blank-line layout in these; they say nothing about the lesson
JUPYTEXT_LAYOUT_KEYS = {"lines_to_next_cell", "lines_to_end_of_cell_marker"}


@dataclass(frozen=True)
class SourceCell:
    """One cell of a lesson source and where it starts in the file."""

    cell_type: str  # "code" or "markdown"
    source: str
    line: int  # 1-based line of the cell's `# %%` header
    metadata: dict = field(default_factory=dict)

    @property
    def role(self) -> str:
        """prose, code, judge_helpers, or the role key the cell carries (answer, tests, …)."""
        for key in ROLE_KEYS:
            if key in self.metadata:
                return key
        if self.metadata.get("title") == JUDGE_HELPERS:
            return JUDGE_HELPERS
        return "prose" if self.cell_type == "markdown" else "code"

    @property
    def item(self) -> str | None:
        return self.metadata.get(self.role) if self.role in ROLE_KEYS else None

    @property
    def lang(self) -> str | None:
        return self.metadata.get("lang")

    @property
    def points(self):
        return self.metadata.get("points")

    @property
    def assesses(self) -> list[str]:
        """The standard's work contents this cell's item assesses (`assesses="L5.1.1,ethics"`)."""
        value = self.metadata.get("assesses")
        return [tag.strip() for tag in str(value).split(",") if tag.strip()] if value is not None else []

    @property
    def unknown_keys(self) -> list[str]:
        titled = {"title"} if self.metadata.get("title") == JUDGE_HELPERS else set()
        return sorted(set(self.metadata) - KNOWN_KEYS - titled)


@dataclass(frozen=True)
class LessonSource:
    path: Path
    notebook_metadata: dict
    cells: list[SourceCell]

    @property
    def info(self) -> dict:
        """The `course:` block of the header."""
        return self.notebook_metadata.get("course") or {}

    @property
    def lesson_id(self) -> str:
        return str(self.info.get("id") or self.path.stem)

    @property
    def datasets(self) -> list[str]:
        return list(self.info.get("datasets") or [])

    @property
    def deadline(self) -> str | None:
        """When the lesson is due (ISO date and time, UTC), for after-deadline disclosure."""
        value = self.info.get("deadline")
        return str(value) if value else None

    def disclosure(self) -> dict[str, str]:
        """item → how much of its judge's findings feedback may show."""
        return {cell.item: cell.metadata.get("disclose", "message") for cell in self.cells if cell.role == "judge"}

    @property
    def gold(self) -> list[str]:
        """Files under datasets/ only judges read; they never reach a release."""
        return list(self.info.get("gold") or [])

    def graded_items(self) -> list[SourceCell]:
        """Cells that carry points: tests cells and manually graded answers, in order."""
        return [cell for cell in self.cells if cell.role in ("tests", "manual")]

    def assessed(self) -> dict[str, list[str]]:
        """graded item -> the work contents it assesses, from every cell of the item, in order."""
        tags = {cell.item: [] for cell in self.graded_items()}
        for cell in self.cells:
            if cell.item in tags:
                tags[cell.item] += [t for t in cell.assesses if t not in tags[cell.item]]
        return tags

    def renamed(self, assignment: str) -> "LessonSource":
        """The same lesson under another assignment name (`<id>_zh` beside `<id>`, see
        autograder/lesson/assignments.py); problems still name its file."""
        info = {**self.info, "id": assignment}
        return LessonSource(self.path, {**self.notebook_metadata, "course": info}, self.cells)

    def judges(self) -> dict[str, str]:
        """item → the source of its judge cell."""
        return {cell.item: cell.source for cell in self.cells if cell.role == "judge"}

    def judge_helpers(self) -> SourceCell | None:
        """The cell of code every judge of the lesson shares, if the lesson has one."""
        return next((cell for cell in self.cells if cell.role == JUDGE_HELPERS), None)


def lesson_file(path: Path) -> Path:
    """A lesson is a `.py` file or a folder holding `<folder name>.py`."""
    path = Path(path)
    return path / f"{path.name}.py" if path.is_dir() else path


def find_lessons(lessons_dir: Path) -> list[Path]:
    return sorted(lesson_file(p) for p in Path(lessons_dir).iterdir()
                  if (p.is_dir() and lesson_file(p).exists()) or p.suffix == ".py")


def read_lesson(path: Path) -> LessonSource:
    path = lesson_file(path)
    text = path.read_text(encoding="utf-8")
    notebook = jupytext.reads(text, fmt="py:percent")
    starts = [number for number, line in enumerate(text.splitlines(), start=1) if CELL_LINE.match(line)]
    # content before the first `# %%` (after the header) becomes a cell of its own
    if len(notebook.cells) > len(starts):
        starts = [1] * (len(notebook.cells) - len(starts)) + starts
    cells = [
        SourceCell(cell.cell_type, cell.source, line,
                   {k: v for k, v in cell.metadata.items() if k not in JUPYTEXT_LAYOUT_KEYS})
        for cell, line in zip(notebook.cells, starts)
    ]
    metadata = {k: v for k, v in notebook.metadata.items() if k != "jupytext"}
    return LessonSource(path, metadata, cells)
