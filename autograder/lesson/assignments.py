"""One course directory can hold a lesson in both languages side by side: the English
build is the nbgrader assignment `<id>`, a Chinese build made with `--side-by-side` is
`<id>_zh`, so a bilingual cohort needs no second course. Everything downstream (release,
grading, judges, feedback) works on the assignment name; only finding the lesson source
maps it back."""

from pathlib import Path

from autograder.lesson.source import lesson_file

SIDE_BY_SIDE_SUFFIX = {"en": "", "zh": "_zh"}


def assignment_id(lesson_id: str, lang: str, side_by_side: bool) -> str:
    return lesson_id + SIDE_BY_SIDE_SUFFIX[lang] if side_by_side else lesson_id


def source_id(assignment: str, lessons_dir: Path) -> str:
    """The lesson a built assignment was made from."""
    if lesson_file(Path(lessons_dir) / assignment).is_file():
        return assignment
    for suffix in filter(None, SIDE_BY_SIDE_SUFFIX.values()):
        if assignment.endswith(suffix) and lesson_file(Path(lessons_dir) / assignment.removesuffix(suffix)).is_file():
            return assignment.removesuffix(suffix)
    return assignment
