from autograder.lesson.source import read_lesson
from tests.conftest import FIXTURES


def test_cells_know_their_role_item_and_line():
    lesson = read_lesson(FIXTURES / "lessons" / "tiny_lesson")
    text = lesson.path.read_text(encoding="utf-8").splitlines()
    roles = [(cell.role, cell.item, cell.lang) for cell in lesson.cells]
    assert roles[:3] == [("prose", None, "en"), ("prose", None, "zh"), ("code", None, None)]
    assert ("tests", "add", None) in roles and ("manual", "why_strip", None) in roles
    for cell in lesson.cells:
        assert text[cell.line - 1].startswith("# %%")
    assert lesson.lesson_id == "tiny_lesson" and lesson.datasets == ["tiny/people.csv"]


def test_jupytext_layout_keys_are_not_lesson_metadata():
    lesson = read_lesson(FIXTURES / "lessons" / "tiny_lesson")
    assert all(not cell.unknown_keys for cell in lesson.cells)
