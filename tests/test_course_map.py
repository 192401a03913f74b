"""The course map: every lesson on it once, in an order that respects prerequisites, with each
level's hours equal to the standard's reference training hours; docs/course-map.md shows the
map and what teaches and grades each work content, as the code computes them today."""

from dataclasses import replace

import pytest
from click.testing import CliRunner

from autograder.cli import main
from autograder.config import REPO
from autograder.syllabus.course_map import lesson_headers, load_course_map, map_problems, render
from autograder.syllabus.coverage import markdown_table, syllabus
from autograder.syllabus.standard import load_standard

STEPS = load_course_map()


@pytest.fixture(scope="module")
def headers():
    return lesson_headers()


@pytest.fixture(scope="module")
def coverage():
    return syllabus()


def test_every_lesson_is_on_the_map_and_each_level_has_the_standards_hours(headers):
    assert map_problems(STEPS, headers) == []
    for number, level in load_standard().levels.items():
        assert sum(s.hours for s in STEPS if s.level == number) == level.training_hours


def test_the_map_check_names_each_way_of_going_out_of_step(headers):
    missing_first = STEPS[1:]
    assert f"lesson {STEPS[0].lesson} is not on the course map" in map_problems(missing_first, headers)
    assert any("add up to" in p and "reference training time is 60" in p for p in map_problems(missing_first, headers))
    backwards = [replace(STEPS[0], prerequisites=(STEPS[1].lesson,))] + STEPS[1:]
    assert f"{STEPS[0].lesson} needs {STEPS[1].lesson}, which does not come before it" in map_problems(backwards, headers)
    wrong_level = [replace(STEPS[0], level=4)] + STEPS[1:]
    assert any("mapped under Level 4" in p for p in map_problems(wrong_level, headers))


def test_every_work_content_of_levels_5_to_3_is_taught_and_graded_by_a_lesson(coverage):
    contents = {c.id for number in (5, 4, 3) for c in load_standard().level(number).contents}
    assert len(contents) == 19
    assert {row.content for row in coverage if row.lessons} >= contents | {"ethics", "fundamentals"}


def test_the_course_map_page_shows_todays_map_and_coverage(headers, coverage):
    page = (REPO / "docs" / "course-map.md").read_text(encoding="utf-8")
    assert render(STEPS, headers, markdown=True) in page, "run `course lessons --markdown` and update the page"
    assert markdown_table(coverage) in page, "run `course lessons --markdown` and update the page"


def test_course_lessons_prints_the_order_and_refuses_a_map_out_of_step(tmp_path):
    result = CliRunner().invoke(main, ["lessons", "--level", "5", "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert "五级/初级工：60 学时" in result.output and "1. l5_python_basics" in result.output
    source = (REPO / "tests" / "fixtures" / "valid-minimal.py").read_text(encoding="utf-8")
    (tmp_path / "valid-minimal.py").write_text(source, encoding="utf-8")
    result = CliRunner().invoke(main, ["--lessons-dir", str(tmp_path), "lessons"])
    assert result.exit_code == 1
    assert "lesson valid-minimal is not on the course map" in result.output
