"""The build proves each lesson by releasing and grading it for real; each broken lesson
below is refused with the reason an author needs."""

import pytest

from autograder.build.pipeline import LessonProofFailed, build_lesson
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow

UNPROVABLE = {
    "solution-fails-hidden-test": "the solution earns 0 of 1 autograded points (failing: add)\n"
                                  f"  -     {FIXTURES}/unprovable/solution-fails-hidden-test.py:28: "
                                  "check failed: add(2, 2) should be 5.",
    "judge-raises": f"{FIXTURES}/unprovable/judge-raises.py:39: judge raised KeyError: 'sum'",
    "judge-rule-fails": f"{FIXTURES}/unprovable/judge-rule-fails.py:36: the judge found: add(2, 2) should be 5.",
    "release-earns-points": "the untouched release earns 1 points (from add)",
    "given-code-crashes": "the untouched release raises ModuleNotFoundError: No module named 'module_that_does_not_exist' "
                          "in cell 2 (`from course import check, expect, hidden_check`), "
                          f"at {FIXTURES}/unprovable/given-code-crashes.py:19, before the first answer",
}


def test_a_sound_lesson_is_proven(fixture_config):
    proof = build_lesson(fixture_config.lessons_dir / "tiny_lesson", fixture_config).proof
    assert proof.holds, proof.problems
    assert (proof.solution_score, proof.autograded_max, proof.blank_score) == (5, 5, 0)


@pytest.mark.parametrize("name", sorted(UNPROVABLE))
def test_a_lesson_that_cannot_be_proven_is_refused(name, fixture_config):
    with pytest.raises(LessonProofFailed) as refused:
        build_lesson(FIXTURES / "unprovable" / f"{name}.py", fixture_config)
    assert UNPROVABLE[name] in str(refused.value)
