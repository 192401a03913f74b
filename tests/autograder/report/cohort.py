"""Fixtures: a small graded cohort in a real nbgrader gradebook, small enough to work its statistics
by hand (registered for every test folder by `pytest_plugins` in tests/conftest.py).

Lesson l5_demo, items a (2 points), b and c (1 point each); a theory paper answered question by
question (course_exam_responses, as grading a theory paper writes it) and a practical paper:

    trainee cohort  a  b  c   theory q1 q2 q3 (paper %)   practical %
    t1      A       2  1  0   1  1  1  (100)             90
    t2      A       2  1  0   1  1  0  (66.7)            70
    t3      A       1  0  1   1  0  1  (66.7)            50
    t4      B       0  1  1   0  1  0  (33.3)            65
    t5      B       0  0  0   0  0  0  (0)               20
"""

import json
import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from sqlalchemy import create_engine, text

from autograder.config import CourseConfig
from autograder.grading.roster import Trainee, write_roster
from autograder.grading.status import StatusBook
from autograder.report import tags

LESSON = "l5_demo"
TRAINEES = ["t1", "t2", "t3", "t4", "t5"]
LESSON_POINTS = {"t1": (2, 1, 0), "t2": (2, 1, 0), "t3": (1, 0, 1), "t4": (0, 1, 1), "t5": (0, 0, 0)}
THEORY = {"t1": (1, 1, 1), "t2": (1, 1, 0), "t3": (1, 0, 1), "t4": (0, 1, 0), "t5": (0, 0, 0)}
# what each chose: q1 true/false (key true), q2 single (key b), q3 multiple (key a+c)
CHOSEN = {"t1": ("true", ["b"], ["a", "c"]), "t2": ("true", ["b"], ["a", "d"]), "t3": ("true", ["c"], ["a", "c"]),
          "t4": ("false", ["b"], ["d"]), "t5": ("false", ["a"], ["b"])}
PRACTICAL = {"t1": 90, "t2": 70, "t3": 50, "t4": 65, "t5": 20}
Tamper = namedtuple("Tamper", "item what diff")

RESPONSES_TABLE = """CREATE TABLE course_exam_responses (trainee_id TEXT, paper TEXT, question_id TEXT, chosen TEXT,
    correct BOOLEAN, points FLOAT, max_points FLOAT, PRIMARY KEY (trainee_id, paper, question_id))"""
CERTIFICATIONS_TABLE = """CREATE TABLE course_certifications (trainee_id TEXT, level INTEGER, decision TEXT,
    reasons TEXT, theory_score FLOAT, practical_score FLOAT, credential_id TEXT, decided_at TEXT,
    PRIMARY KEY (trainee_id, level))"""


def _assignment(gradebook, name: str, cells: dict[str, float]) -> None:
    gradebook.add_assignment(name)
    gradebook.add_notebook(name, name)
    for cell, points in cells.items():
        gradebook.add_grade_cell(cell, name, name, max_score=points, cell_type="code")


def _grade(gradebook, assignment: str, trainee: str, scores: dict[str, float]) -> None:
    gradebook.add_submission(assignment, trainee)
    for cell, score in scores.items():
        grade = gradebook.find_grade(cell, assignment, assignment, trainee)
        grade.auto_score = float(score)
        grade.needs_manual_grade = False
    gradebook.db.commit()


@pytest.fixture(scope="session")
def _built_course(tmp_path_factory) -> Path:
    """The course written once (nbgrader's API takes seconds); each test gets a copy."""
    root = tmp_path_factory.mktemp("report-fixture")
    config = CourseConfig(course_dir=root / "course", lessons_dir=root / "lessons")
    config.course_dir.mkdir(parents=True)
    write_roster(config, [Trainee(t, family_name=f"学员{t[1]}", given_name="", cohort="A" if t in ("t1", "t2", "t3") else "B",
                                  email=f"{t}@example.org") for t in TRAINEES])
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for trainee in TRAINEES:
            gradebook.add_student(trainee)
        _assignment(gradebook, LESSON, {"a": 2, "b": 1, "c": 1})
        _assignment(gradebook, "exam_l5_theory", {"theory": 3})
        _assignment(gradebook, "exam_l5_practical", {"task1": 100})
        for trainee in TRAINEES:
            _grade(gradebook, LESSON, trainee, dict(zip("abc", LESSON_POINTS[trainee])))
            _grade(gradebook, "exam_l5_theory", trainee, {"theory": sum(THEORY[trainee])})
            _grade(gradebook, "exam_l5_practical", trainee, {"task1": PRACTICAL[trainee]})
    statuses = StatusBook(config.gradebook_url)
    for trainee in TRAINEES:
        statuses.record(trainee, LESSON, "2026-11-28 10:00:00.000000 UTC", "timeout" if trainee == "t5" else "ok", "")
    statuses.record_tampering("t4", LESSON, [Tamper("b", "locked cell changed", "-x\n+y")])
    statuses.record_hints("t4", LESSON, {"a": 1, "b": 2, "c": 1})
    statuses.record_hints("t2", LESSON, {"a": 1})
    statuses.record_similarity(LESSON, [namedtuple("Match", "first second score")("t2", "t3", 0.9)])
    statuses.close()
    engine = create_engine(config.gradebook_url)
    with engine.begin() as connection:
        connection.execute(text(RESPONSES_TABLE))
        for trainee in TRAINEES:
            for number, (points, chosen) in enumerate(zip(THEORY[trainee], CHOSEN[trainee]), start=1):
                connection.execute(text("INSERT INTO course_exam_responses VALUES (:t, 'exam_l5_theory', :q, :c, :ok, :p, 1)"),
                                   dict(t=trainee, q=f"q{number}", c=json.dumps(chosen) if isinstance(chosen, list) else chosen,
                                        ok=bool(points), p=float(points)))
    engine.dispose()
    # work contents: a and b from the built manifest, c untagged; the theory questions from a bank
    source = config.source_dir(LESSON)
    source.mkdir(parents=True)
    (source / "lesson.json").write_text(json.dumps({"lesson": LESSON, "lang": "en", "items": {
        "a": {"points": 2, "assesses": "L5.1.1"}, "b": {"points": 1, "assesses": "L5.1.1,L5.1.2"},
        "c": {"points": 1}}}), encoding="utf-8")
    banks = root / "banks"
    (banks / "level5").mkdir(parents=True)
    (banks / "level5" / "demo.yml").write_text(
        "- {id: q1, content: ethics}\n- {id: q2, content: L5.1.2}\n- {id: q3, content: L5.1.2}\n", encoding="utf-8")
    return root


@pytest.fixture
def cohort_course(_built_course, tmp_path, monkeypatch) -> CourseConfig:
    shutil.copytree(_built_course, tmp_path, dirs_exist_ok=True)
    monkeypatch.setattr(tags, "BANKS", tmp_path / "banks")
    return CourseConfig(course_dir=tmp_path / "course", lessons_dir=tmp_path / "lessons")


def add_lesson_only_trainee(config: CourseConfig, trainee: str, scores: dict[str, float | None]) -> None:
    """A trainee who handed in the lesson and was entered for no paper; a score of None is a
    written answer still awaiting a grader."""
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        gradebook.add_student(trainee)
        gradebook.add_submission(LESSON, trainee)
        for cell, score in scores.items():
            grade = gradebook.find_grade(cell, LESSON, LESSON, trainee)
            grade.auto_score = None if score is None else float(score)
            grade.needs_manual_grade = score is None
        gradebook.db.commit()


def add_certifications(config: CourseConfig, decisions: dict[str, str]) -> None:
    engine = create_engine(config.gradebook_url)
    with engine.begin() as connection:
        connection.execute(text(CERTIFICATIONS_TABLE))
        for trainee, decision in decisions.items():
            reasons = json.dumps([{"rule": "theory >= 60", "paper": "exam_l5_theory", "score": 66.7, "needed": 60,
                                   "passed": True}])
            connection.execute(text("INSERT INTO course_certifications VALUES (:t, 5, :d, :r, 66.7, 70, :c, "
                                    "'2026-12-01T10:00:00+00:00')"),
                               dict(t=trainee, d=decision, r=reasons, c=f"urn:uuid:{trainee}"))
    engine.dispose()
