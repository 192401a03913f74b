"""Judgements into nbgrader's gradebook (the item's autograde score) and their findings
into a table of our own, from which feedback is written."""

import json

from nbgrader.api import Gradebook
from sqlalchemy import Column, Float, MetaData, String, Table, Text, create_engine

from autograder.config import CourseConfig
from autograder.judging.run import Judgement

metadata = MetaData()
findings_table = Table(
    "course_findings", metadata,
    Column("trainee", String(128), primary_key=True),
    Column("lesson", String(128), primary_key=True),
    Column("item", String(128), primary_key=True),
    Column("fraction", Float, nullable=False),
    Column("findings", Text, nullable=False),  # JSON list of {passed, en, zh}
    Column("problem", Text, nullable=False, default=""),
)


def record_judgements(config: CourseConfig, lesson_id: str, trainee: str, judgements: dict[str, Judgement]) -> None:
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for item, judgement in judgements.items():
            grade = gradebook.find_grade(item, lesson_id, lesson_id, trainee)
            grade.auto_score = grade.max_score * judgement.verdict.fraction
        gradebook.db.commit()
    engine = create_engine(config.gradebook_url)
    metadata.create_all(engine)
    with engine.begin() as connection:
        for item, judgement in judgements.items():
            key = (findings_table.c.trainee == trainee) & (findings_table.c.lesson == lesson_id) & (findings_table.c.item == item)
            connection.execute(findings_table.delete().where(key))
            connection.execute(findings_table.insert().values(
                trainee=trainee, lesson=lesson_id, item=item, fraction=judgement.verdict.fraction,
                findings=json.dumps([f.__dict__ for f in judgement.verdict.findings], ensure_ascii=False),
                problem=judgement.problem))
    engine.dispose()


def read_findings(config: CourseConfig, lesson_id: str) -> dict[str, dict[str, list[dict]]]:
    """trainee → item → the judge's findings ({passed, en, zh, expected}) for `lesson_id`."""
    engine = create_engine(config.gradebook_url)
    metadata.create_all(engine)
    found: dict[str, dict[str, list[dict]]] = {}
    with engine.connect() as connection:
        rows = connection.execute(findings_table.select().where(findings_table.c.lesson == lesson_id)).mappings()
        for row in rows:
            found.setdefault(row["trainee"], {})[row["item"]] = json.loads(row["findings"])
    engine.dispose()
    return found
