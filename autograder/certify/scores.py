"""Exam papers' results from nbgrader's gradebook, and the digest of a candidate's graded
submissions that a credential carries as evidence.

One SQL query per level sums every candidate's marks in the database (a paper's score out
of 100 is its total over its maximum), so ten thousand candidates cost one round trip.
"""

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import create_engine, text

from autograder.certify.policy import LevelRule
from autograder.certify.rules import PaperResult
from autograder.config import CourseConfig

PAPER_TOTALS = """
SELECT sa.student_id AS trainee, a.name AS paper, sa.timestamp AS submitted_at,
       SUM(COALESCE(g.manual_score, g.auto_score, 0) + COALESCE(g.extra_credit, 0)) AS score,
       SUM(gc.max_score) AS max_score,
       SUM(CASE WHEN g.needs_manual_grade THEN 1 ELSE 0 END) AS pending
FROM grade g
JOIN submitted_notebook sn ON g.notebook_id = sn.id
JOIN submitted_assignment sa ON sn.assignment_id = sa.id
JOIN assignment a ON a.id = sa.assignment_id
JOIN grade_cells gc ON g.cell_id = gc.id
WHERE a.name IN (:theory, :practical)
GROUP BY sa.id, sa.student_id, a.name, sa.timestamp
"""


def paper_results(config: CourseConfig, rule: LevelRule) -> dict[str, dict[str, PaperResult]]:
    """trainee -> {paper name: PaperResult} for the level's two papers."""
    engine = create_engine(config.gradebook_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(PAPER_TOTALS), {"theory": rule.theory_paper,
                                                           "practical": rule.practical_paper}).all()
    finally:
        engine.dispose()
    results: dict[str, dict[str, PaperResult]] = {}
    for trainee, paper, submitted_at, score, max_score, pending in rows:
        percent = float(score) / float(max_score) * 100 if max_score else None
        results.setdefault(trainee, {})[paper] = PaperResult(paper, percent, _utc(submitted_at), int(pending or 0))
    return results


def _utc(value) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def submissions_digest(config: CourseConfig, trainee: str, papers: dict[str, PaperResult]) -> str:
    """SHA-256 (hex) over each paper's score and every file of its graded submission
    (nbgrader's autograded copy, or the submitted one where none is kept): what the
    credential's evidence commits to, and what changes when a paper is graded again."""
    manifest = {}
    for paper, result in sorted(papers.items()):
        folder = config.autograded_dir(trainee, paper)
        if not folder.exists():
            folder = config.submitted_dir(trainee, paper)
        files = {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in sorted(folder.rglob("*")) if p.is_file()} if folder.exists() else {}
        manifest[paper] = {"score": None if result.score is None else round(result.score, 2), "files": files}
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()
