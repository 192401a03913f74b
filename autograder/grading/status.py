"""How grading went for each submission, kept beside nbgrader's tables in the same gradebook.

nbgrader's schema has no place for "timed out" or "kernel died"; this one small table does,
and it is what makes `course grade` resumable: a submission whose timestamp is recorded
here was finished and is not graded again.
"""

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, select

metadata = MetaData()
grading_status = Table(
    "course_grading_status", metadata,
    Column("trainee", String(128), primary_key=True),
    Column("lesson", String(128), primary_key=True),
    Column("submitted_at", String(64), nullable=False),
    Column("status", String(32), nullable=False),
    Column("detail", Text, nullable=False, default=""),
    Column("graded_at", String(64), nullable=False),
)
tamper_flags = Table(
    "course_tamper_flags", metadata,
    Column("trainee", String(128), primary_key=True),
    Column("lesson", String(128), primary_key=True),
    Column("item", String(128), primary_key=True),
    Column("what", Text, primary_key=True),
    Column("diff", Text, nullable=False, default=""),
)
# hints a trainee opened per item, from the submission's hint log (the runtime's `hint()` keeps it)
hint_use = Table(
    "course_hint_use", metadata,
    Column("trainee", String(128), primary_key=True),
    Column("lesson", String(128), primary_key=True),
    Column("item", String(128), primary_key=True),
    Column("opened", Integer, nullable=False),
)
# pairs of trainees whose answer code looks copied, as `course similarity` last found them
similarity_pairs = Table(
    "course_similarity_pairs", metadata,
    Column("lesson", String(128), primary_key=True),
    Column("first", String(128), primary_key=True),
    Column("second", String(128), primary_key=True),
    Column("score", Float, nullable=False),
)


@dataclass(frozen=True)
class StatusRecord:
    trainee: str
    lesson: str
    submitted_at: str
    status: str
    detail: str


class StatusBook:
    def __init__(self, db_url: str):
        self.engine = create_engine(db_url)
        metadata.create_all(self.engine)

    def record(self, trainee: str, lesson: str, submitted_at: str, status: str, detail: str) -> None:
        row = dict(trainee=trainee, lesson=lesson, submitted_at=submitted_at, status=status,
                   detail=detail, graded_at=datetime.now(timezone.utc).isoformat())
        with self.engine.begin() as connection:
            connection.execute(grading_status.delete().where(
                (grading_status.c.trainee == trainee) & (grading_status.c.lesson == lesson)))
            connection.execute(grading_status.insert().values(**row))

    def record_tampering(self, trainee: str, lesson: str, tampers) -> None:
        """Replace the submission's tamper flags with `tampers` (each has item, what, diff)."""
        key = (tamper_flags.c.trainee == trainee) & (tamper_flags.c.lesson == lesson)
        with self.engine.begin() as connection:
            connection.execute(tamper_flags.delete().where(key))
            for tamper in dict.fromkeys(tampers):
                connection.execute(tamper_flags.insert().values(trainee=trainee, lesson=lesson, item=tamper.item,
                                                                what=tamper.what, diff=tamper.diff))

    def tampering(self) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
        """(trainee, lesson) → [(item, what, diff)]"""
        flags: dict = {}
        with self.engine.connect() as connection:
            for row in connection.execute(select(tamper_flags)).mappings():
                flags.setdefault((row["trainee"], row["lesson"]), []).append((row["item"], row["what"], row["diff"]))
        return flags

    def record_hints(self, trainee: str, lesson: str, opened: dict[str, int]) -> None:
        """Replace the submission's hint use with `opened` (item → hints opened)."""
        key = (hint_use.c.trainee == trainee) & (hint_use.c.lesson == lesson)
        with self.engine.begin() as connection:
            connection.execute(hint_use.delete().where(key))
            rows = [dict(trainee=trainee, lesson=lesson, item=item, opened=count)
                    for item, count in opened.items() if count > 0]
            if rows:
                connection.execute(hint_use.insert(), rows)

    def hints(self) -> dict[tuple[str, str], dict[str, int]]:
        """(trainee, lesson) → {item: hints opened}"""
        opened: dict = {}
        with self.engine.connect() as connection:
            for row in connection.execute(select(hint_use)).mappings():
                opened.setdefault((row["trainee"], row["lesson"]), {})[row["item"]] = row["opened"]
        return opened

    def record_similarity(self, lesson: str, pairs) -> None:
        """Replace the lesson's similar pairs with `pairs` (each has first, second, score)."""
        with self.engine.begin() as connection:
            connection.execute(similarity_pairs.delete().where(similarity_pairs.c.lesson == lesson))
            rows = [dict(lesson=lesson, first=p.first, second=p.second, score=p.score) for p in pairs]
            if rows:
                connection.execute(similarity_pairs.insert(), rows)

    def all(self) -> dict[tuple[str, str], StatusRecord]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(grading_status)).mappings()
            return {(r["trainee"], r["lesson"]): StatusRecord(r["trainee"], r["lesson"], r["submitted_at"],
                                                               r["status"], r["detail"]) for r in rows}

    def close(self) -> None:
        self.engine.dispose()
