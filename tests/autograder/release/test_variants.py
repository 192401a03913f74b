"""Per-trainee variants: each trainee's numbers come from their own seed, the judge gets
the same seed, the build proves the solution for several trainees, and a neighbour's
answer does not fit."""

import shutil

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.engine.runner import grade_cohort
from autograder.grading.scores import read_scores
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from course.variant import seed_for
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
LESSON = "variant_lesson"


def test_seeds_differ_by_trainee_and_lesson():
    assert seed_for(LESSON, "wang-fang") == seed_for(LESSON, "wang-fang")
    assert len({seed_for(LESSON, f"t{n}") for n in range(50)}) == 50
    assert seed_for("other", "wang-fang") != seed_for(LESSON, "wang-fang")


def test_the_build_proves_the_solution_for_several_trainees(fixture_config):
    proof = build_lesson(FIXTURES / "lessons" / LESSON, fixture_config).proof
    assert proof.holds, proof.problems


def test_a_neighbours_answer_earns_nothing(fixture_config):
    import numpy as np
    build_lesson(FIXTURES / "lessons" / LESSON, fixture_config, prove=False)
    release = release_lesson(read_lesson(FIXTURES / "lessons" / LESSON), fixture_config)
    neighbour_total = sum(np.random.default_rng(seed_for(LESSON, "neighbour")).integers(10, 100, size=5).tolist())
    for trainee, answer in (("neighbour", "total = sum(prices)"), ("copier", f"total = {neighbour_total}")):
        folder = fixture_config.submitted_dir(trainee, LESSON)
        shutil.copytree(release, folder)
        notebook = nbformat.read(folder / f"{LESSON}.ipynb", 4)
        next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("solution")).source = answer
        nbformat.write(notebook, folder / f"{LESSON}.ipynb")
        write_timestamp(folder)
    grade_cohort(fixture_config, [LESSON], workers=1, show_progress=False)
    scores = read_scores(fixture_config, LESSON)
    assert scores["neighbour"].items["total_price"] == 1 and scores["copier"].items["total_price"] == 0
