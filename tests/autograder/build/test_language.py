from autograder.build.language import select_language
from autograder.lesson.source import read_lesson
from tests.conftest import FIXTURES


def test_only_the_chosen_language_stays():
    cells = read_lesson(FIXTURES / "lessons" / "tiny_lesson").cells
    chinese = select_language(cells, "zh")
    assert all(cell.lang in (None, "zh") for cell in chinese)
    assert any("把两个数相加" in cell.source for cell in chinese)
    assert not any("Add two numbers" in cell.source for cell in chinese)
    assert [c for c in chinese if c.lang is None] == [c for c in cells if c.lang is None]
