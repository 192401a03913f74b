"""The whole loop on the real Level 5 lesson: build, release, a simulated cohort, grading,
and the same scores as plain `nbgrader autograde` gives."""

import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import REPO, CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.feedback.pages import write_feedback
from autograder.grading.report import cohort_rows
from autograder.grading.scores import read_scores
from autograder.lesson.source import read_lesson
from autograder.nbgrader_course import write_nbgrader_config
from autograder.release.leaks import secret_lines, visible_text
from autograder.release.publish import release_lesson
from autograder.simulate import simulate_cohort

pytestmark = pytest.mark.slow
LESSON = "l5_business_data"
TRAINEES = 10


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("course"), lessons_dir=REPO / "lessons",
                          datasets_dir=REPO / "datasets", cell_timeout=5)
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    cohort = simulate_cohort(config, LESSON, TRAINEES, seed=3)
    run = grade_cohort(config, [LESSON], workers=2, show_progress=False)
    return config, cohort, run


def test_the_release_holds_no_solution_hidden_test_or_marker(course):
    config, _, _ = course
    text = "\n".join(visible_text(p) for p in config.release_dir(LESSON).rglob("*") if p.is_file())
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN", "hidden_check(\""):
        assert marker not in text


def test_scores_follow_simulated_skill_from_zero_to_full(course):
    config, cohort, run = course
    scores = read_scores(config, LESSON)
    regular = [t.person.trainee for t in cohort if t.profile not in ("kernel-crash", "infinite-loop")]
    autograded = [scores[t].auto_score if t in scores else 0 for t in regular]
    assert autograded == sorted(autograded, reverse=True)
    assert autograded[0] == scores[regular[0]].auto_max  # the perfect trainee
    assert autograded[-1] == 0 and autograded[0] > autograded[len(autograded) // 2] > 0
    assert run.statuses["crashed"] == 1 and run.statuses["timeout"] == 1
    rows = {row.trainee: row for row in cohort_rows(config, [LESSON])}
    assert rows[cohort[-2].person.trainee].status == "crashed"


def test_nbgrader_steps_score_as_plain_nbgrader_autograde(course, tmp_path):
    """Our engine runs nbgrader's own steps around its executor: without the judges (which
    plain nbgrader cannot run), it records exactly the scores `nbgrader autograde` does."""
    config, cohort, _ = course
    runs_to_end = [t.person.trainee for t in cohort if t.profile not in ("kernel-crash", "infinite-loop")]
    courses = {}
    for name in ("plain", "steps"):
        copy = courses[name] = config.with_(course_dir=tmp_path / name, db_url=None)
        shutil.copytree(config.source_dir(LESSON), copy.source_dir(LESSON))
        for trainee in runs_to_end:
            shutil.copytree(config.submitted_dir(trainee, LESSON), copy.submitted_dir(trainee, LESSON))
        write_nbgrader_config(copy)
    nbgrader = [sys.executable, "-m", "nbgrader"]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for command in (["generate_assignment", LESSON, "--force"], ["autograde", LESSON]):
        subprocess.run(nbgrader + command, cwd=courses["plain"].course_dir, env=env, check=True, capture_output=True)
    subprocess.run(nbgrader + ["generate_assignment", LESSON, "--force"], cwd=courses["steps"].course_dir, env=env,
                   check=True, capture_output=True)
    grade_cohort(courses["steps"], [LESSON], workers=2, show_progress=False, judges=False)
    theirs, ours = read_scores(courses["plain"], LESSON), read_scores(courses["steps"], LESSON)
    assert sorted(theirs) == sorted(runs_to_end) == sorted(ours)
    for trainee in runs_to_end:
        assert ours[trainee].items == theirs[trainee].items, trainee


def test_the_perfect_trainee_keeps_full_marks_under_judges(course):
    """Judges score the perfect trainee as nbgrader would: every autograded point."""
    config, cohort, _ = course
    judged = read_scores(config, LESSON)
    perfect = next(t.person.trainee for t in cohort if t.profile == "perfect")
    assert judged[perfect].auto_score == judged[perfect].auto_max


def test_no_feedback_page_shows_hidden_tests_or_judges(course):
    config, cohort, _ = course
    lesson = read_lesson(config.lessons_dir / LESSON)
    run = write_feedback(config, lesson)
    assert len(run.written) == len(cohort) and not run.withheld
    secret = {line.strip() for line in secret_lines(lesson)}
    for page in run.written:
        visible = {line.strip() for line in html.unescape(page.read_text(encoding="utf-8")).splitlines()}
        assert not secret & visible, page
        assert "submit(" not in page.read_text(encoding="utf-8") and "def judge" not in page.read_text(encoding="utf-8")


def test_the_cohort_report_reads_the_graded_cohort(course):
    """`course report` on a gradebook `course grade` wrote: every trainee, the hints the simulated
    trainees opened, and the crashed and looping notebooks among the trainees at risk."""
    import pandas as pd

    from autograder.report.cohort_report import write_report

    config, cohort, _ = course
    files = write_report(config)
    assert files.trainees == TRAINEES
    hints = pd.read_excel(files.xlsx, sheet_name="Hints 提示")
    assert set(hints["assignment"]) == {LESSON} and hints["hinted"].sum() > 0
    risk = pd.read_excel(files.xlsx, sheet_name="At risk 需关注").set_index("trainee")["reasons · 原因"]
    for special in (cohort[-2], cohort[-1]):  # the kernel crash and the endless loop
        assert "not fully graded: l5_business_data" in risk[special.person.trainee]
