"""Shared fixtures: paths to fixture lessons, a throwaway course configuration, and gradebooks
on SQLite and on a real PostgreSQL server (tests/postgres.py)."""

from pathlib import Path

import pytest

from autograder.config import REPO, CourseConfig
from tests.postgres import postgres_server, postgres_url  # noqa: F401  (fixtures)

FIXTURES = Path(__file__).parent / "fixtures"
pytest_plugins = ["tests.autograder.report.cohort"]  # the graded cohort the report tests share


@pytest.fixture
def fixture_config(tmp_path) -> CourseConfig:
    """A course in a temporary folder built from the fixture lessons and datasets."""
    return CourseConfig(course_dir=tmp_path / "course", lessons_dir=FIXTURES / "lessons",
                        datasets_dir=FIXTURES / "datasets")


@pytest.fixture
def repo_config(tmp_path) -> CourseConfig:
    """A course in a temporary folder built from the real lessons and datasets."""
    return CourseConfig(course_dir=tmp_path / "course", lessons_dir=REPO / "lessons", datasets_dir=REPO / "datasets")


@pytest.fixture(params=["sqlite", "postgresql"])
def gradebook_url(request, tmp_path) -> str:
    """An empty gradebook, once in SQLite and once in PostgreSQL: the kit's SQL runs on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'gradebook.db'}"
    return request.getfixturevalue("postgres_url")
