"""Where the course covers each work content of the standard: lessons that teach it, graded
items that assess it, theory questions and practical tasks. `course syllabus` prints it and
writes it as CSV; an empty column is MISSING."""

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from autograder.config import REPO
from autograder.exams.bank import LEVELS, Question, load_bank
from autograder.lesson.source import LessonSource, find_lessons, read_lesson
from autograder.syllabus.standard import COMMON_IDS, load_standard

PRACTICAL_DIR = REPO / "exams" / "practical"
COLUMNS = ("lessons", "graded_items", "questions", "practical_tasks")


@dataclass(frozen=True)
class Coverage:
    level: int | None  # None for ethics and fundamentals, which every level assesses
    content: str
    function: str
    en: str
    zh: str
    lessons: tuple[str, ...]
    graded_items: tuple[str, ...]  # "lesson_id:item"
    questions: tuple[Question, ...]
    practical_tasks: tuple[str, ...]  # "paper_id:item"

    @property
    def missing(self) -> list[str]:
        return [column for column in COLUMNS if not getattr(self, column)]

    def question_types(self) -> Counter:
        return Counter(q.type for q in self.questions)


def syllabus(lessons_dir: Path = REPO / "lessons", banks_dir: Path | None = None,
             practical_dir: Path = PRACTICAL_DIR) -> list[Coverage]:
    """One row per work content of Levels 5-3, then ethics and fundamentals."""
    standard = load_standard()
    lessons = [read_lesson(p) for p in find_lessons(lessons_dir)]
    papers = [read_lesson(p) for p in find_lessons(practical_dir)] if Path(practical_dir).is_dir() else []
    questions = [q for level in LEVELS for q in load_bank(level, banks_dir)]
    contents = [c for number in LEVELS for c in standard.level(number).contents]
    contents += [standard.content(cid) for cid in COMMON_IDS]
    return [Coverage(c.level, c.id, c.function, c.en, c.zh,
                     tuple(sorted({lesson.lesson_id for lesson in lessons if _items(lesson, c.id)})),
                     tuple(f"{lesson.lesson_id}:{item}" for lesson in lessons for item in _items(lesson, c.id)),
                     tuple(q for q in questions if q.content == c.id),
                     tuple(f"{paper.lesson_id}:{item}" for paper in papers for item in _items(paper, c.id)))
            for c in contents]


def _items(lesson: LessonSource, content: str) -> list[str]:
    return [item for item, tags in lesson.assessed().items() if content in tags]


def write_csv(rows: list[Coverage], path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["level", "function", "content", "en", "zh", "lessons", "graded_items",
                         "questions", "questions_tf", "questions_single", "questions_multiple",
                         "practical_tasks", "missing"])
        for row in rows:
            types = row.question_types()
            writer.writerow([row.level or "all", row.function, row.content, row.en, row.zh,
                             ";".join(row.lessons), ";".join(row.graded_items), len(row.questions),
                             types["tf"], types["single"], types["multiple"],
                             ";".join(row.practical_tasks), ";".join(row.missing)])
    return path


def render(rows: list[Coverage]) -> str:
    """The map as text, grouped by level; MISSING marks an empty column."""
    lines, level = [], object()
    for row in rows:
        if row.level != level:
            level = row.level
            lines.append(f"\nLevel {level}" if level else "\nAll levels (ethics, fundamentals)")
        types = row.question_types()
        per_level = Counter(q.level for q in row.questions)
        questions = (f"{len(row.questions)} (tf {types['tf']}, single {types['single']}, multiple {types['multiple']}"
                     + ("; " + ", ".join(f"L{n} {per_level[n]}" for n in LEVELS) if row.level is None else "")
                     + ")") if row.questions else ""
        lines.append(f"  {row.content}  {row.en} / {row.zh}")
        for label, value in (("lessons", ", ".join(row.lessons)),
                             ("graded items", _summary(row.graded_items)),
                             ("theory questions", questions),
                             ("practical tasks", _summary(row.practical_tasks))):
            lines.append(f"    {label + ':':18s}{value or 'MISSING'}")
    return "\n".join(lines).lstrip("\n")


def _summary(items: tuple[str, ...]) -> str:
    return f"{len(items)}: {', '.join(items)}" if items else ""


def markdown_table(rows: list[Coverage]) -> str:
    """The lessons that teach and grade each work content, as the Markdown table of
    docs/course-map.md (graded items per lesson in brackets)."""
    lines = ["| level | work content | lessons that teach and grade it (graded items) |", "|---|---|---|"]
    for row in rows:
        per_lesson = Counter(item.split(":")[0] for item in row.graded_items)
        lessons = ", ".join(f"`{lesson}` ({per_lesson[lesson]})" for lesson in row.lessons) or "MISSING"
        lines.append(f"| {row.level or 'all'} | {row.content} {row.en} / {row.zh} | {lessons} |")
    return "\n".join(lines)
