"""A simulated cohort sits the Level 3 mock practical paper: blanks filled (or not) in the
released notebook, output files judged against generated gold and held-out data, scores
following skill, given code locked, no gold in the release."""

import shutil

import nbformat
import pytest

from autograder.config import REPO, CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.exams.papers import BLANK, build_paper, paper_source, release_paper
from autograder.exams.simulate import simulate_practical
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.leaks import find_leaks, visible_text
from autograder.release.proofs import errors_in

pytestmark = pytest.mark.slow
PAPER = "exam_l3_practical"


@pytest.fixture(scope="module")
def sitting(tmp_path_factory):
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("practical") / "course", cell_timeout=30)
    built = build_paper(PAPER, config, prove=False)  # the cohort below does what the proof does, and more
    release_paper(PAPER, config)
    cohort = simulate_practical(config, PAPER, 4, seed=2)
    tamperer = config.submitted_dir("tamperer", PAPER)  # the solution, with the given code "improved"
    shutil.copytree(config.submitted_dir(cohort[0].trainee, PAPER), tamperer)
    notebook = nbformat.read(tamperer / f"{PAPER}.ipynb", as_version=4)
    given = next(c for c in notebook.cells if "cleaned = apply_spec(raw, SPEC)" in c.source)
    given.source = given.source.replace("cleaned = apply_spec(raw, SPEC)", "cleaned = raw.dropna()")
    nbformat.write(notebook, tamperer / f"{PAPER}.ipynb")
    write_timestamp(tamperer)
    grade_cohort(config, [PAPER], workers=2, show_progress=False)
    return config, built, cohort


def test_the_solution_earns_every_point_without_an_error_and_the_untouched_release_none(sitting):
    config, built, cohort = sitting
    scores = read_scores(config, PAPER)
    perfect, blank = cohort[0].trainee, cohort[-1].trainee  # the solution's cells; the release untouched
    assert scores[perfect].auto_score == scores[perfect].auto_max == 90 and scores[blank].score == 0
    assert built.max_points == 100  # with the written item marked by hand
    assert errors_in(config.autograded_dir(perfect, PAPER) / f"{PAPER}.ipynb") == []


def test_scores_follow_simulated_skill(sitting):
    config, _, cohort = sitting
    scores = read_scores(config, PAPER)
    ordered = [scores[t.trainee].auto_score for t in cohort]
    assert ordered == sorted(ordered, reverse=True) and ordered[0] == 90 and ordered[-1] == 0
    assert 0 < ordered[1] < 90


def test_the_release_has_blanks_and_no_solution_or_gold(sitting):
    config, _, _ = sitting
    release = config.release_dir(PAPER)
    notebook = nbformat.read(release / f"{PAPER}.ipynb", as_version=4)
    answers = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    assert answers and all(BLANK in c.source for c in answers)
    given = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("locked")
             and not c.metadata["nbgrader"].get("grade")]
    assert any("def apply_spec" in c.source for c in given)
    assert find_leaks(release, read_lesson(paper_source(config, PAPER)), config.datasets_dir) == []
    holdout = (REPO / "datasets" / "exam_l3_practical" / "plant_holdout.csv").read_text(encoding="utf-8").splitlines()
    for path in release.rglob("*"):
        if path.is_file():
            text = visible_text(path)
            assert not any(line in text for line in holdout[1:50]), path
    assert sorted(p.name for p in release.iterdir()) == ["exam_l3_practical.ipynb", "junior_batch.csv", "lesson.json",
                                                         "monitor_log.csv", "plant_readings.csv"]


def test_changed_given_code_is_flagged_and_restored(sitting):
    config, _, _ = sitting
    statuses = StatusBook(config.gradebook_url)
    outcome = statuses.all()[("tamperer", PAPER)]
    statuses.close()
    assert outcome.status == "tampered" and "locked cell edited" in outcome.detail
    assert read_scores(config, PAPER)["tamperer"].auto_score == 90  # graded with the given code put back
