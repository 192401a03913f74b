from autograder.build.hints import collect_hints
from autograder.build.language import select_language
from autograder.lesson.source import read_lesson
from tests.conftest import FIXTURES


def test_hints_leave_the_notebook_in_order_and_in_one_language():
    cells = select_language(read_lesson(FIXTURES / "lessons" / "tiny_lesson").cells, "zh")
    kept, hints = collect_hints(cells)
    assert hints == {"add": ["Python 用 `+` 做加法。"]}
    assert all(cell.role != "hint" for cell in kept)
