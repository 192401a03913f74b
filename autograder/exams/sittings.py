"""Exam mode on the grading side: when a paper is open, and what each sitting recorded.

A paper's open and close times are course configuration: `<course dir>/exam_schedule.json`,
written by `course paper schedule`. The close time is also the assignment's due date in
nbgrader's gradebook, so nbgrader itself computes lateness and its `collect
--before-duedate` picks the last submission before the close (every submission stays in
the exchange's inbound folder).

Grading a paper records the sitting (start as the paper's widget saved it, submission time,
late or not) in `course_exam_sittings`, and for a theory paper one row per question in
`course_exam_responses` for item analysis.
"""

import json
from datetime import datetime, timezone
from pathlib import Path

from nbgrader.api import Gradebook
from nbgrader.utils import parse_utc
from sqlalchemy import Boolean, Column, Float, MetaData, String, Table, Text, create_engine

from autograder.config import CourseConfig
from autograder.exams.theory import ANSWER_ITEM, KEY_FILE, score_responses, theory_level
from course.answers import read_answer

SCHEDULE_FILE = "exam_schedule.json"

metadata = MetaData()
responses_table = Table(
    "course_exam_responses", metadata,
    Column("trainee_id", Text, primary_key=True),
    Column("paper", Text, primary_key=True),
    Column("question_id", Text, primary_key=True),
    Column("chosen", Text, nullable=False),  # JSON list of option ids, or "true" / "false"
    Column("correct", Boolean, nullable=False),
    Column("points", Float, nullable=False),
    Column("max_points", Float, nullable=False),
)
sittings_table = Table(
    "course_exam_sittings", metadata,
    Column("trainee_id", String(128), primary_key=True),
    Column("paper", String(128), primary_key=True),
    Column("started_at", Text, nullable=True),  # ISO 8601, as the paper's widget saved it
    Column("submitted_at", Text, nullable=True),  # nbgrader's timestamp of the submission graded
    Column("closes_at", Text, nullable=True),
    Column("late", Boolean, nullable=False),
)


def is_paper(lesson_id: str) -> bool:
    return lesson_id.startswith("exam_l")


# ---- the schedule -------------------------------------------------------------------------
def read_schedule(config: CourseConfig) -> dict:
    path = config.course_dir / SCHEDULE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def iso_utc(value: str) -> str:
    """An ISO 8601 time as UTC ('2026-12-01T09:00:00+00:00'); a time without a zone is UTC."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def schedule_paper(config: CourseConfig, paper_id: str, opens_at: str, closes_at: str) -> dict:
    """Set a paper's open and close times; the close becomes nbgrader's due date."""
    opens, closes = iso_utc(opens_at), iso_utc(closes_at)
    if closes <= opens:
        raise ValueError(f"{paper_id}: the close time {closes} is not after the open time {opens}")
    schedule = read_schedule(config)
    schedule[paper_id] = {"opens_at": opens, "closes_at": closes}
    config.course_dir.mkdir(parents=True, exist_ok=True)
    (config.course_dir / SCHEDULE_FILE).write_text(json.dumps(schedule, indent=1), encoding="utf-8")
    set_due_date(config, paper_id)
    disclose_after_close(config, paper_id)
    return schedule[paper_id]


def disclose_after_close(config: CourseConfig, paper_id: str) -> None:
    """Feedback shows keys and explanations (judges' `expected`) only after the paper closes."""
    closes = read_schedule(config).get(paper_id, {}).get("closes_at")
    disclosure = config.judges_dir(paper_id) / "disclosure.json"
    if closes and disclosure.exists():
        data = json.loads(disclosure.read_text(encoding="utf-8"))
        data["deadline"] = closes
        disclosure.write_text(json.dumps(data, indent=1), encoding="utf-8")


def set_due_date(config: CourseConfig, paper_id: str) -> None:
    closes = read_schedule(config).get(paper_id, {}).get("closes_at")
    if closes:
        with Gradebook(config.gradebook_url, config.course_id) as gradebook:
            gradebook.update_or_create_assignment(paper_id, duedate=parse_utc(closes))


# ---- what grading records ----------------------------------------------------------------
def record_sitting(config: CourseConfig, submission, autograded: Path, gold_dir: Path, seed: int) -> None:
    """The sitting of one graded paper submission, and its theory responses."""
    if not is_paper(submission.lesson_id):
        return
    closes = read_schedule(config).get(submission.lesson_id, {}).get("closes_at")
    submitted = parse_utc(submission.timestamp) if submission.timestamp else None
    late = bool(closes and submitted and submitted > parse_utc(closes))
    engine = create_engine(config.gradebook_url)
    metadata.create_all(engine)
    key = (sittings_table.c.trainee_id == submission.trainee) & (sittings_table.c.paper == submission.lesson_id)
    with engine.begin() as connection:
        connection.execute(sittings_table.delete().where(key))
        connection.execute(sittings_table.insert().values(
            trainee_id=submission.trainee, paper=submission.lesson_id, started_at=_started_at(submission),
            submitted_at=submitted.isoformat() if submitted else None, closes_at=closes, late=late))
        if theory_level(submission.lesson_id):
            _record_responses(connection, submission, autograded, gold_dir, seed)
    engine.dispose()


def _started_at(submission) -> str | None:
    path = submission.folder / f"{submission.lesson_id}.quiz.json"
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("started_at")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _record_responses(connection, submission, autograded: Path, gold_dir: Path, seed: int) -> None:
    key = json.loads((gold_dir / KEY_FILE).read_text(encoding="utf-8"))
    try:
        answer = read_answer(autograded, ANSWER_ITEM) or {}
    except ValueError:
        answer = {}
    answers = answer.get("answers") if isinstance(answer.get("answers"), dict) else {}
    where = (responses_table.c.trainee_id == submission.trainee) & (responses_table.c.paper == submission.lesson_id)
    connection.execute(responses_table.delete().where(where))
    rows = [{"trainee_id": submission.trainee, "paper": submission.lesson_id, "question_id": r.question_id,
             "chosen": (r.chosen[0] if r.type == "tf" and r.chosen else json.dumps(r.chosen)), "correct": r.correct, "points": r.points, "max_points": r.max_points}
            for r in score_responses(key, answers, seed)]
    if rows:
        connection.execute(responses_table.insert(), rows)


def read_sittings(config: CourseConfig, paper_id: str) -> dict[str, dict]:
    engine = create_engine(config.gradebook_url)
    metadata.create_all(engine)
    with engine.connect() as connection:
        rows = connection.execute(sittings_table.select().where(sittings_table.c.paper == paper_id)).mappings()
        found = {row["trainee_id"]: dict(row) for row in rows}
    engine.dispose()
    return found
