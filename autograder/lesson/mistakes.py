"""The rules of a lesson's `mistakes.yml` (the typical mistakes `course simulate` writes into
submissions), checked at build time so a broken entry is found by its author, not by a
simulation run: problems name the file and line, like the lesson's own."""

import ast
from pathlib import Path

import yaml

from autograder.lesson.source import LessonSource
from autograder.lesson.validate import Problem

MISTAKES_FILE = "mistakes.yml"


def mistakes_path(lesson: LessonSource) -> Path:
    return lesson.path.parent / MISTAKES_FILE


def check_mistakes(lesson: LessonSource) -> list[Problem]:
    """Every problem of the lesson's mistakes.yml; none when it has no such file."""
    path = mistakes_path(lesson)
    if lesson.path.parent.name != lesson.path.stem or not path.is_file():
        return []
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(path, mark.line + 1 if mark else 1, f"not valid YAML: {getattr(error, 'problem', error)}")]
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        return [Problem(path, root.start_mark.line + 1, "mistakes.yml maps each item id to a list of entries")]
    graded = {cell.item: cell.role for cell in lesson.graded_items()}
    problems = []
    for key, entries in root.value:
        item, line = key.value, key.start_mark.line + 1
        if item not in graded:
            problems.append(Problem(path, line, f"'{item}' is not a graded item of {lesson.lesson_id} "
                                                f"(items: {', '.join(graded)})"))
            continue
        if not isinstance(entries, yaml.SequenceNode) or not entries.value:
            problems.append(Problem(path, line, f"'{item}' needs a list of entries"))
            continue
        for entry in entries.value:
            problems += _entry_problems(path, item, graded[item], entry)
    return problems


def _entry_problems(path: Path, item: str, role: str, entry) -> list[Problem]:
    line = entry.start_mark.line + 1
    if not isinstance(entry, yaml.ScalarNode) or not entry.value.strip():
        return [Problem(path, line, f"an entry of '{item}' must be non-empty text")]
    if role == "manual":  # written answers, not code
        return []
    try:
        ast.parse(entry.value)
    except SyntaxError as error:
        # a block scalar (`- |`) starts on the line after its indicator
        offset = 1 if entry.style in ("|", ">") else 0
        return [Problem(path, line + offset + (error.lineno or 1) - 1,
                        f"an entry of '{item}' is not valid Python: {error.msg}")]
    return []
