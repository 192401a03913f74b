"""No lesson writes a judge helper twice: what its judges share is defined once, in its
`judge_helpers` cell (docs/authoring.md), so a fix to a reference pipeline reaches every
judge that uses it."""

import ast
from collections import defaultdict

import pytest

from autograder.config import REPO
from autograder.lesson.source import JUDGE_HELPERS, find_lessons, read_lesson

LESSONS = find_lessons(REPO / "lessons") + find_lessons(REPO / "exams" / "practical")  # papers are lesson sources too


def defined_names(source: str) -> set[str]:
    """Every function and class a cell defines (with `def`, `class` or `name = lambda`),
    nested ones too, but its judge()."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return names - {"judge"}


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_no_judge_helper_is_written_twice_in_a_lesson(path):
    lines = defaultdict(list)
    for cell in read_lesson(path).cells:
        if cell.role in ("judge", JUDGE_HELPERS):
            for name in defined_names(cell.source):
                lines[name].append(cell.line)
    twice = {name: where for name, where in lines.items() if len(where) > 1}
    assert not twice, (f"{path}: defined in more than one judge cell (lines {twice}); "
                       "define it once in the lesson's judge_helpers cell")
