from autograder.build.hidden_checks import count_hidden_checks
from autograder.lesson.source import read_lesson
from tests.conftest import FIXTURES


def test_hidden_expectations_are_counted_and_visible_ones_are_not():
    cells = {c.item: c for c in read_lesson(FIXTURES / "lessons" / "tiny_lesson").cells if c.role == "tests"}
    assert count_hidden_checks(cells["add"]) == 2
    assert count_hidden_checks(cells["load_names"]) == 0


def test_a_judge_s_rules_count_as_hidden_checks():
    lesson = read_lesson(FIXTURES / "lessons" / "tiny_lesson")
    tests = next(c for c in lesson.cells if c.role == "tests" and c.item == "mean_of")
    assert count_hidden_checks(tests, lesson.judges()["mean_of"]) == 2
