"""Every lesson in lessons/ builds in both languages, and its solution is executed and
earns full marks while its untouched release earns 0 (the build's proof)."""

import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import REPO
from autograder.lesson.source import find_lessons

LESSONS = find_lessons(REPO / "lessons")


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_builds_in_chinese(path, repo_config):
    built = build_lesson(path, repo_config.with_(lang="zh"), prove=False)
    assert built.manifest.lang == "zh" and len(built.manifest.items) >= 4


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_solution_earns_full_marks_and_release_zero(path, repo_config):
    proof = build_lesson(path, repo_config).proof
    assert proof.holds, proof.problems
    assert proof.solution_score == proof.autograded_max > 0 and proof.blank_score == 0
