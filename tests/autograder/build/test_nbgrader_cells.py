from autograder.build.nbgrader_cells import to_notebook_cells
from autograder.lesson.source import read_lesson
from tests.conftest import FIXTURES


def cells_by_id():
    return {cell.id: cell for cell in to_notebook_cells(read_lesson(FIXTURES / "lessons" / "tiny_lesson").cells)}


def test_answer_tests_and_manual_cells_get_nbgrader_metadata():
    cells = cells_by_id()
    answer = cells["add_answer"].metadata.nbgrader
    assert answer["solution"] and not answer["grade"] and not answer["locked"]
    tests = cells["add_tests"].metadata.nbgrader
    assert tests == {"grade": True, "grade_id": "add", "locked": True, "points": 2, "schema_version": 3,
                     "solution": False, "task": False}
    manual = cells["why_strip"]
    assert manual.cell_type == "markdown" and manual.metadata.nbgrader["points"] == 1
    assert manual.metadata.nbgrader["solution"] and manual.metadata.nbgrader["grade"]


def test_cell_ids_are_the_same_on_every_build():
    assert list(cells_by_id()) == list(cells_by_id())
    assert "nbgrader" not in cells_by_id()["code-2"].metadata


def test_answer_and_tests_cells_let_run_all_go_on_past_their_errors():
    cells = cells_by_id()
    assert cells["add_answer"].metadata.tags == ["raises-exception"]
    assert cells["add_tests"].metadata.tags == ["raises-exception"]
    assert "tags" not in cells["code-2"].metadata
