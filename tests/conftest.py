"""Shared fixtures: paths to fixture lessons, and a throwaway course configuration."""

from pathlib import Path

import pytest

from autograder.config import REPO, CourseConfig

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
