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


def test_rules_a_judge_helper_builds_count_for_each_call():
    tests = next(c for c in read_lesson(FIXTURES / "lessons" / "tiny_lesson").cells if c.item == "load_names")
    helpers = ("def unchanged(before, after):\n    return rule(before == after, en='a', zh='甲')\n\n\n"
               "def both(a, b):\n    return [unchanged(a, b), rule(a, en='b', zh='乙')]\n")
    judge = "def judge(answer, gold):\n    return all_of(*both(1, 1), unchanged(2, 2), band(0.5, [], en='', zh=''))\n"
    assert count_hidden_checks(tests, judge, helpers) == 4
    assert count_hidden_checks(tests, judge) == 1  # without the helpers, only the judge's own band
