"""A course with a signing key outside the repository and Level 3 papers in its gradebook.

nbgrader starts an `alembic` process whenever it creates a gradebook, seconds on a busy
machine: each gradebook is made once per session and copied into every test's course."""

import shutil
from datetime import datetime, timezone

import pytest

from autograder.certify.keys import init_keys
from autograder.certify.policy import load_policy
from autograder.config import CourseConfig
from tests.autograder.certify.exam_gradebook import add_papers, grade_many

THEORY, PRACTICAL = "exam_l3_theory", "exam_l3_practical"
SAT = datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)
# trainee: (theory, practical, family name, given name); None = paper not sat
COHORT = {
    "t01": (80.0, 70.0, "张", "伟"),
    "t02": (60.0, 60.0, "Lovelace", "Ada"),  # exactly the minimum passes
    "t03": (59.5, 95.0, "李", "娜"),
    "t04": (90.0, None, "王", "芳"),
    "t05": (45.0, 30.0, "刘", "洋"),
}


@pytest.fixture(scope="session")
def gradebooks(tmp_path_factory) -> dict:
    """Template gradebooks: 'papers' (Level 3 papers, nobody graded) and 'cohort' (COHORT graded)."""
    folder = tmp_path_factory.mktemp("gradebooks")
    papers = CourseConfig(course_dir=folder / "papers")
    papers.course_dir.mkdir()
    add_papers(papers, 3)
    cohort = CourseConfig(course_dir=folder / "cohort")
    shutil.copytree(papers.course_dir, cohort.course_dir)
    grade_many(cohort, [(trainee, paper, score, SAT, (family, given), False)
                        for trainee, (theory, practical, family, given) in COHORT.items()
                        for paper, score in ((THEORY, theory), (PRACTICAL, practical)) if score is not None])
    return {"papers": papers.course_dir / "gradebook.db", "cohort": cohort.course_dir / "gradebook.db"}


def _course(tmp_path, gradebook) -> CourseConfig:
    config = CourseConfig(course_dir=tmp_path / "course", keys_dir=tmp_path / "home" / "keys")
    config.course_dir.mkdir(parents=True)
    shutil.copy(gradebook, config.course_dir / "gradebook.db")
    init_keys(config.keys_dir, load_policy(config).issuer_id)
    return config


@pytest.fixture
def course(tmp_path, gradebooks) -> CourseConfig:
    return _course(tmp_path, gradebooks["papers"])


@pytest.fixture
def cohort(tmp_path, gradebooks) -> CourseConfig:
    return _course(tmp_path, gradebooks["cohort"])
