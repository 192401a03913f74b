"""A lesson's `judge_helpers` cell is built once beside its judges, given to every one of
them, never taken for a judge, and reaches no trainee."""

import json

from autograder.build.judges import JUDGE_HEADER
from autograder.build.pipeline import build_lesson
from autograder.judging.run import HELPERS_FILE, judge_one, load_judges
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from tests.conftest import FIXTURES

LESSON = FIXTURES / "lessons" / "shared_judges"
HELPER_LINE = "def scaled_reference(factor):"


def answer_text(item: str, values) -> str:
    return json.dumps({"item": item, "values": {"values": values}})


def test_every_judge_gets_the_helpers_and_they_are_no_judge(fixture_config):
    build_lesson(LESSON, fixture_config, prove=False)
    folder = fixture_config.judges_dir("shared_judges")
    assert HELPER_LINE in (folder / HELPERS_FILE).read_text(encoding="utf-8")
    judges = load_judges(folder)
    assert set(judges) == {"double", "triple"}
    assert judges["double"].__globals__["scaled_reference"] is judges["triple"].__globals__["scaled_reference"]
    gold = folder / "gold"
    assert judge_one("double", judges["double"], answer_text("double", [2, 4, 6]), gold).verdict.fraction == 1.0
    assert judge_one("triple", judges["triple"], answer_text("triple", [3, 6, 9]), gold).verdict.fraction == 1.0
    assert judge_one("triple", judges["triple"], answer_text("triple", [2, 4, 6]), gold).verdict.fraction == 0.0


def test_an_error_in_the_helpers_is_found_at_its_line_of_the_lesson(fixture_config):
    build_lesson(LESSON, fixture_config, prove=False)
    folder = fixture_config.judges_dir("shared_judges")
    judged = judge_one("double", load_judges(folder)["double"], answer_text("double", ["a", "b", "c"]), folder / "gold")
    assert judged.verdict.fraction == 0.0 and "judge raised TypeError" in judged.problem
    module_line = int(judged.problem.rsplit("(judge helpers line ", 1)[1].rstrip(")"))
    lesson = read_lesson(LESSON)
    lesson_line = lesson.judge_helpers().line + module_line - JUDGE_HEADER.count("\n")
    assert "value % 1 == 0" in lesson.path.read_text(encoding="utf-8").splitlines()[lesson_line - 1]


def test_no_trainee_sees_the_helpers(fixture_config):
    build_lesson(LESSON, fixture_config, prove=False)
    released = release_lesson(read_lesson(LESSON), fixture_config)
    for path in [*fixture_config.source_dir("shared_judges").iterdir(), *released.iterdir()]:
        if path.is_file():
            assert "scaled_reference" not in path.read_text(encoding="utf-8"), path
