"""Every rule of the authoring format, each shown by a fixture named after the mistake."""

import pytest

from autograder.lesson.source import read_lesson
from autograder.lesson.validate import validate
from tests.conftest import FIXTURES

INVALID = FIXTURES / "invalid"

# fixture → (line, words the author must read there)
EXPECTED = {
    "unbalanced-solution-markers": (24, "'BEGIN SOLUTION' is never closed"),
    "duplicate-grade-ids": (28, "grade id 'add' is used 2 times"),
    "missing-chinese-text": (22, "has no Chinese (zh) cell right after it"),
    "missing-points": (28, "'add' needs points=N"),
    "hidden-tests-in-answer-cell": (27, "hidden-test markers belong in tests cells only"),
    "check-names-another-item": (29, "check('subtract') in the tests cell of 'add'"),
    "unquoted-cell-key": (22, 'write keys as key="value"'),
    "syntax-error-in-tests": (29, "Python syntax error"),
    "missing-dataset": (1, "dataset 'nowhere/missing.csv' is not in"),
    "untagged-graded-item": (28, "graded item 'add' needs assesses="),
    "unknown-assessed-content": (28, "unknown work content 'L5.9.9' in assesses="),
    "assessed-content-above-lesson-level": (28, "'L3.2.2' is a Level 3 work content, above this Level 5 lesson"),
    "two-judge-helpers-cells": (42, "a lesson has one judge_helpers cell; the first is at line 35"),
    "judge-helpers-without-judge": (31, "a judge_helpers cell in a lesson without a judge cell"),
    "judge-helpers-misspelt": (35, "'judge-helpers' is not a cell key"),
    "judge-in-judge-helpers": (39, "judge() belongs in a judge=\"item\" cell, not in judge_helpers"),
    "hidden-checks-before-visible-checks": (31, "nothing may follow the hidden region"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_is_reported_at_its_file_and_line(name):
    path = INVALID / f"{name}.py"
    problems = validate(read_lesson(path), FIXTURES / "datasets")
    line, words = EXPECTED[name]
    assert any(p.line == line and words in p.message for p in problems), "\n".join(map(str, problems))
    assert all(str(p).startswith(f"{path}:") for p in problems)


def test_every_invalid_fixture_is_covered():
    assert {p.stem for p in INVALID.glob("*.py")} == set(EXPECTED)


def test_an_expectation_without_chinese_is_reported():
    problems = validate(read_lesson(INVALID / "missing-chinese-text.py"), FIXTURES / "datasets")
    assert any("expect(…) has no Chinese message" in p.message and p.line == 32 for p in problems)


def test_a_valid_lesson_has_no_problems():
    assert validate(read_lesson(FIXTURES / "valid-minimal.py"), FIXTURES / "datasets") == []
    assert validate(read_lesson(FIXTURES / "lessons" / "tiny_lesson"), FIXTURES / "datasets") == []

