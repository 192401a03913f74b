"""Real gradebooks for the grading unit tests, written through nbgrader's own API (no kernels):
a two-item lesson plus one written answer, in SQLite and in PostgreSQL (`gradebook_url`)."""

import json
from functools import cache

import nbgrader.api
import pytest
from nbgrader.api import Gradebook

from autograder.config import CourseConfig
from autograder.grading.roster import Trainee, write_roster

# nbgrader asks the `alembic` command for its schema version each time it creates a gradebook
# (seconds on a busy machine); the answer never changes, so the test session asks once
nbgrader.api.get_alembic_version = cache(nbgrader.api.get_alembic_version)

LESSON = "quiz"
AUTO = {"add": 2.0, "mean": 3.0}  # autograded items and their points
WRITTEN = {"why": 2.0}  # graded by hand
ROSTER = [Trainee("wang-fang", "王", "芳", "perfect"), Trainee("li-lei", "李", "雷", "blank"),
          Trainee("zhang-wei", "张", "伟", "crash")]


def course_with_lesson(folder, db_url: str | None = None) -> CourseConfig:
    """A course whose gradebook knows the lesson, as `course release` would leave it."""
    config = CourseConfig(course_dir=folder, db_url=db_url)
    manifest = {"lesson": LESSON, "lang": "en",
                "items": {**{item: {"points": p} for item, p in AUTO.items()},
                          **{item: {"points": p, "manual": True} for item, p in WRITTEN.items()}}}
    config.source_dir(LESSON).mkdir(parents=True)
    (config.source_dir(LESSON) / "lesson.json").write_text(json.dumps(manifest), encoding="utf-8")
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        gradebook.add_assignment(LESSON)
        gradebook.add_notebook(LESSON, LESSON)
        for item, points in AUTO.items():
            gradebook.add_grade_cell(item, LESSON, LESSON, max_score=points, cell_type="code")
        for item, points in WRITTEN.items():
            gradebook.add_grade_cell(item, LESSON, LESSON, max_score=points, cell_type="markdown")
            gradebook.add_solution_cell(item, LESSON, LESSON)
    return config


def record_grades(config: CourseConfig, trainee: str, auto: dict[str, float], manual: float | None = None,
                  waiting: bool = False, extra_credit: float = 0.0) -> None:
    """What grading leaves: auto scores per item; the written answer graded (manual), awaiting
    a grader (waiting), or left blank (neither)."""
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        gradebook.update_or_create_student(trainee)
        gradebook.add_submission(LESSON, trainee, timestamp="2026-11-28 09:00:00.000000 UTC")
        for item in AUTO:
            grade = gradebook.find_grade(item, LESSON, LESSON, trainee)
            grade.auto_score, grade.needs_manual_grade = auto.get(item, 0.0), False
        why = gradebook.find_grade("why", LESSON, LESSON, trainee)
        why.auto_score, why.manual_score, why.needs_manual_grade = (None, manual, waiting) if manual is not None \
            else (None if waiting else 0.0, None, waiting)
        why.extra_credit = extra_credit or None
        gradebook.db.commit()


@pytest.fixture
def course(tmp_path, gradebook_url) -> CourseConfig:
    """The lesson released into an empty gradebook (SQLite, then PostgreSQL), with a roster."""
    config = course_with_lesson(tmp_path / "course", gradebook_url)
    write_roster(config, ROSTER)
    return config


@pytest.fixture
def graded(course) -> CourseConfig:
    """Three trainees graded: full marks with the written answer graded; a blank notebook; one
    that crashed half-way and whose written answer awaits a grader."""
    record_grades(course, "wang-fang", {"add": 2, "mean": 3}, manual=1.5, extra_credit=0.5)
    record_grades(course, "li-lei", {})
    record_grades(course, "zhang-wei", {"add": 2}, waiting=True)
    return course
