"""Hints are shipped to trainees in `lesson.json`: the build refuses a hint that quotes a
solution line, a hidden-test line or a gold value, at the hint's file and line."""

import pytest

from autograder.build.pipeline import build_lesson
from autograder.lesson.validate import LessonInvalid
from tests.conftest import FIXTURES

LEAKY = FIXTURES / "leaky"

# fixture → (line of the hint that leaks, what it quotes)
EXPECTED = {
    "hint-quotes-solution-line": (46, "total_of_both = a + b"),
    "hint-quotes-solution-inline": (47, "total_of_both = a + b"),
    "hint-quotes-hidden-test": (45, "_add_decimals = add(0.5, 0.25) == 0.75"),
    "hint-quotes-gold-value": (44, "strongly positive"),
    "hint-quotes-judge-helpers": (45, 'return float((gold / "big_mean.txt").read_text())'),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hint_that_quotes_hidden_text_fails_the_build_at_its_line(name, fixture_config):
    line, quoted = EXPECTED[name]
    path = LEAKY / f"{name}.py"
    with pytest.raises(LessonInvalid) as refused:
        build_lesson(path, fixture_config, prove=False)
    assert f"{path}:{line}: the hint for 'add' quotes hidden text: {quoted}" in str(refused.value)
    assert not fixture_config.source_dir(name).exists()


def test_every_leaky_fixture_is_covered():
    assert {p.stem for p in LEAKY.glob("*.py")} == set(EXPECTED)


def test_a_hint_that_quotes_nothing_hidden_builds(fixture_config):
    build_lesson(FIXTURES / "lessons" / "tiny_lesson", fixture_config, prove=False)


def test_the_release_scan_finds_a_quoted_solution_line_in_the_shipped_hints(tmp_path):
    """Behind the build's check, the release scan: quoting a secret in a hint does not make it public."""
    from autograder.build.pipeline import lesson_manifest
    from autograder.lesson.source import read_lesson
    from autograder.release.leaks import find_leaks

    lesson = read_lesson(LEAKY / "hint-quotes-solution-line.py")
    (tmp_path / "lesson.json").write_text(lesson_manifest(lesson, "en").to_json(), encoding="utf-8")
    assert any("hidden line: total_of_both = a + b" in str(leak) for leak in find_leaks(tmp_path, lesson))
