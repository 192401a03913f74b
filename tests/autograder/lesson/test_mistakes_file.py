"""A lesson's mistakes.yml is checked at build time; each mistake has a fixture named after it."""

import pytest

from autograder.build.pipeline import build_lesson
from autograder.lesson.validate import LessonInvalid
from tests.conftest import FIXTURES

MISTAKES = FIXTURES / "mistakes"

# fixture → (line of mistakes.yml, what the author reads there)
EXPECTED = {
    "mistake-for-unknown-item": (5, "'subtract' is not a graded item of mistake-for-unknown-item"),
    "mistake-not-python": (7, "an entry of 'add' is not valid Python: expected ':'"),
    "mistake-without-entries": (1, "'add' needs a list of entries"),
    "mistakes-not-yaml": (6, "not valid YAML"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_broken_mistakes_file_fails_the_build_at_its_line(name, fixture_config):
    line, words = EXPECTED[name]
    with pytest.raises(LessonInvalid) as refused:
        build_lesson(MISTAKES / name, fixture_config, prove=False)
    assert f"{MISTAKES / name / 'mistakes.yml'}:{line}: {words}" in str(refused.value)


def test_every_mistakes_fixture_is_covered():
    assert {p.name for p in MISTAKES.iterdir()} == set(EXPECTED)
