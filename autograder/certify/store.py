"""Certification records kept in the gradebook beside nbgrader's tables:
`course_certifications`, one decision per candidate and level (the schema the cohort report
reads), and `course_credentials`, every credential ever issued with its status list bit."""

import json
from dataclasses import dataclass

from sqlalchemy import (Column, Float, Integer, MetaData, String, Table, Text, create_engine, delete, select,
                        tuple_, update)

metadata = MetaData()
certifications = Table(
    "course_certifications", metadata,
    Column("trainee_id", String(128), primary_key=True),
    Column("level", Integer, primary_key=True),
    Column("decision", String(16), nullable=False),  # certified | not-certified | revoked
    Column("reasons", Text, nullable=False),  # JSON list of {rule, paper, score, needed, passed}
    Column("theory_score", Float),
    Column("practical_score", Float),
    Column("credential_id", String(64)),
    Column("decided_at", String(64), nullable=False),
)
credentials = Table(
    "course_credentials", metadata,
    Column("credential_id", String(64), primary_key=True),
    Column("trainee_id", String(128), nullable=False),
    Column("level", Integer, nullable=False),
    Column("status_index", Integer, nullable=False, unique=True),
    Column("fingerprint", String(64), nullable=False),  # digest of the graded submissions it attests
    Column("issued_at", String(64), nullable=False),
    Column("revoked_at", String(64)),
    Column("revoked_reason", Text),
    Column("document", Text, nullable=False),  # the signed credential as issued
)


@dataclass(frozen=True)
class Issued:
    credential_id: str
    trainee_id: str
    level: int
    status_index: int
    fingerprint: str


class CertificationBook:
    def __init__(self, db_url: str):
        self.engine = create_engine(db_url)
        metadata.create_all(self.engine)

    def decisions(self) -> dict[tuple[str, int], dict]:
        with self.engine.connect() as connection:
            return {(r["trainee_id"], r["level"]): dict(r)
                    for r in connection.execute(select(certifications)).mappings()}

    def active_credentials(self) -> dict[tuple[str, int], Issued]:
        query = select(credentials.c.credential_id, credentials.c.trainee_id, credentials.c.level,
                       credentials.c.status_index, credentials.c.fingerprint).where(credentials.c.revoked_at.is_(None))
        with self.engine.connect() as connection:
            return {(r.trainee_id, r.level): Issued(*r) for r in connection.execute(query)}

    def used_indices(self) -> set[int]:
        with self.engine.connect() as connection:
            return set(connection.execute(select(credentials.c.status_index)).scalars())

    def revoked_indices(self) -> set[int]:
        query = select(credentials.c.status_index).where(credentials.c.revoked_at.is_not(None))
        with self.engine.connect() as connection:
            return set(connection.execute(query).scalars())

    def documents(self, trainee_id: str | None = None, level: int | None = None) -> list[dict]:
        """Current (unrevoked) signed credentials, optionally of one candidate or level."""
        query = select(credentials.c.document).where(credentials.c.revoked_at.is_(None))
        if trainee_id is not None:
            query = query.where(credentials.c.trainee_id == trainee_id)
        if level is not None:
            query = query.where(credentials.c.level == level)
        with self.engine.connect() as connection:
            return [json.loads(d) for d in connection.execute(query).scalars()]

    def save(self, decisions: list[dict], issued: list[tuple[Issued, dict, str]],
             revocations: list[tuple[str, str]], now: str) -> None:
        """In one transaction: revoke, record new credentials, replace changed decisions."""
        with self.engine.begin() as connection:
            for credential_id, reason in revocations:
                connection.execute(update(credentials).where(credentials.c.credential_id == credential_id)
                                   .values(revoked_at=now, revoked_reason=reason))
            if issued:
                connection.execute(credentials.insert(), [
                    dict(credential_id=i.credential_id, trainee_id=i.trainee_id, level=i.level,
                         status_index=i.status_index, fingerprint=i.fingerprint, issued_at=issued_at,
                         document=json.dumps(document, ensure_ascii=False))
                    for i, document, issued_at in issued])
            if decisions:
                keys = [(d["trainee_id"], d["level"]) for d in decisions]
                for start in range(0, len(keys), 500):  # bounded IN lists for SQLite
                    connection.execute(delete(certifications).where(
                        tuple_(certifications.c.trainee_id, certifications.c.level).in_(keys[start:start + 500])))
                connection.execute(certifications.insert(), decisions)

    def close(self) -> None:
        self.engine.dispose()
