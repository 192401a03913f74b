"""Everything the cohort report reads, as data frames, in a few SQL queries.

nbgrader's tables give every graded item's points; the kit's own tables (grading statuses,
tamper flags, hint use, similarity pairs) and, when those branches have written them, exam
responses and certification decisions add the rest. Tables that do not exist yet read as
empty frames, so a course with lessons only gets a report too.
"""

import re
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import create_engine, inspect, text

from autograder.config import CourseConfig
from autograder.grading.roster import read_roster

PAPER = re.compile(r"exam_l(?P<level>\d)_(?P<part>theory|practical)$")

# one row per graded item of every submission; a written answer not yet graded by hand has no points yet
ITEM_SCORES = """
SELECT sa.student_id AS trainee, a.name AS assignment, bc.name AS item,
       CASE WHEN g.manual_score IS NULL AND g.auto_score IS NULL AND g.needs_manual_grade THEN NULL
            ELSE COALESCE(g.manual_score, g.auto_score, 0) + COALESCE(g.extra_credit, 0) END AS score,
       gc.max_score AS max_score
FROM grade g
JOIN submitted_notebook sn ON g.notebook_id = sn.id
JOIN submitted_assignment sa ON sn.assignment_id = sa.id
JOIN assignment a ON a.id = sa.assignment_id
JOIN grade_cells gc ON g.cell_id = gc.id
JOIN base_cell bc ON gc.id = bc.id
"""
STUDENTS = "SELECT id AS trainee, COALESCE(last_name, '') || COALESCE(first_name, '') AS name FROM student"
OPTIONAL_TABLES = {
    "statuses": ("course_grading_status", "SELECT trainee, lesson AS assignment, status, detail FROM course_grading_status"),
    "tampering": ("course_tamper_flags", "SELECT trainee, lesson AS assignment, item, what FROM course_tamper_flags"),
    "hints": ("course_hint_use", "SELECT trainee, lesson AS assignment, item, opened FROM course_hint_use"),
    "similarity": ("course_similarity_pairs",
                   "SELECT lesson AS assignment, first, second, score FROM course_similarity_pairs"),
    "responses": ("course_exam_responses",
                  "SELECT trainee_id AS trainee, paper, question_id, chosen, correct, points, max_points "
                  "FROM course_exam_responses"),
    "certifications": ("course_certifications",
                       "SELECT trainee_id AS trainee, level, decision, reasons, theory_score, practical_score "
                       "FROM course_certifications"),
}
EMPTY_COLUMNS = {
    "statuses": ["trainee", "assignment", "status", "detail"],
    "tampering": ["trainee", "assignment", "item", "what"],
    "hints": ["trainee", "assignment", "item", "opened"],
    "similarity": ["assignment", "first", "second", "score"],
    "responses": ["trainee", "paper", "question_id", "chosen", "correct", "points", "max_points"],
    "certifications": ["trainee", "level", "decision", "reasons", "theory_score", "practical_score"],
}


@dataclass
class CohortData:
    people: pd.DataFrame  # trainee, name, cohort
    item_scores: pd.DataFrame  # trainee, assignment, item, score (NaN: awaiting a hand grade), max_score
    statuses: pd.DataFrame
    tampering: pd.DataFrame
    hints: pd.DataFrame
    similarity: pd.DataFrame
    responses: pd.DataFrame
    certifications: pd.DataFrame
    cohort: str | None = None

    @property
    def assignments(self) -> list[str]:
        """Lessons first, then papers, each in name order."""
        names = set(self.item_scores["assignment"]) | set(self.statuses["assignment"])
        return sorted(names, key=lambda name: (is_paper(name), name))

    def totals(self) -> pd.DataFrame:
        """trainee, assignment, score, max_score, percent: one row per submission (0 when nothing could be graded)."""
        scores = self.item_scores.groupby(["trainee", "assignment"], as_index=False).agg(
            score=("score", "sum"), max_score=("max_score", "sum"))
        maxima = self.item_scores.groupby(["assignment", "item"])["max_score"].first().groupby("assignment").sum()
        ungraded = self.statuses[["trainee", "assignment"]].merge(scores, how="left", indicator=True)
        ungraded = ungraded[ungraded["_merge"] == "left_only"][["trainee", "assignment"]]
        ungraded = ungraded.assign(score=0.0, max_score=ungraded["assignment"].map(maxima))
        totals = pd.concat([scores, ungraded], ignore_index=True).dropna(subset=["max_score"])
        totals = totals.astype({"score": float, "max_score": float})
        totals["percent"] = 100 * totals["score"] / totals["max_score"].where(totals["max_score"] > 0)
        return totals


def is_paper(assignment: str) -> bool:
    return PAPER.match(assignment) is not None


def paper_level(assignment: str) -> int | None:
    match = PAPER.match(assignment)
    return int(match["level"]) if match else None


def load_cohort(config: CourseConfig, cohort: str | None = None) -> CohortData:
    """The gradebook's data for the report, of one cohort of the roster when `cohort` is given."""
    engine = create_engine(config.gradebook_url)
    try:
        present = set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            if "grade" in present:
                item_scores = _frame(connection, ITEM_SCORES, ["trainee", "assignment", "item", "score", "max_score"])
                students = _frame(connection, STUDENTS, ["trainee", "name"])
            else:
                item_scores = pd.DataFrame(columns=["trainee", "assignment", "item", "score", "max_score"])
                students = pd.DataFrame(columns=["trainee", "name"])
            optional = {key: _frame(connection, query, EMPTY_COLUMNS[key]) if table in present
                        else pd.DataFrame(columns=EMPTY_COLUMNS[key])
                        for key, (table, query) in OPTIONAL_TABLES.items()}
    finally:
        engine.dispose()
    item_scores = item_scores.astype({"score": float, "max_score": float})
    optional["responses"] = optional["responses"].astype({"points": float, "max_points": float})
    people = _people(config, students)
    data = CohortData(people=people, item_scores=item_scores, cohort=cohort, **optional)
    return restrict(data, set(people.loc[people["cohort"] == cohort, "trainee"])) if cohort else data


def _frame(connection, query: str, columns: list[str]) -> pd.DataFrame:
    """The rows of `query` (no parameters) through the driver's own cursor: a million rows come
    back in a fraction of the time pandas.read_sql takes through SQLAlchemy's result rows."""
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(query)
        return pd.DataFrame(cursor.fetchall(), columns=columns)
    finally:
        cursor.close()


def load_people(config: CourseConfig) -> pd.DataFrame:
    """trainee, name, cohort of everyone in the gradebook's student table or on the roster."""
    engine = create_engine(config.gradebook_url)
    try:
        with engine.connect() as connection:
            students = (pd.read_sql_query(text(STUDENTS), connection) if inspect(engine).has_table("student")
                        else pd.DataFrame(columns=["trainee", "name"]))
    finally:
        engine.dispose()
    return _people(config, students)


def restrict(data: CohortData, trainees: set[str]) -> CohortData:
    """The same data for `trainees` only; similarity pairs stay when either side is one of them."""
    def only(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["trainee"].isin(trainees)].reset_index(drop=True)
    pairs = data.similarity[data.similarity["first"].isin(trainees) | data.similarity["second"].isin(trainees)]
    return CohortData(people=only(data.people), item_scores=only(data.item_scores), statuses=only(data.statuses),
                      tampering=only(data.tampering), hints=only(data.hints), similarity=pairs.reset_index(drop=True),
                      responses=only(data.responses), certifications=only(data.certifications), cohort=data.cohort)


def _people(config: CourseConfig, students: pd.DataFrame) -> pd.DataFrame:
    """Everyone in the gradebook or on the roster, with the roster's name and cohort where it has them."""
    roster = pd.DataFrame([(t.trainee, t.name, t.cohort) for t in read_roster(config).values()],
                          columns=["trainee", "roster_name", "cohort"])
    people = students.merge(roster, on="trainee", how="outer")
    people["name"] = people["roster_name"].where(people["roster_name"].fillna("") != "", people["name"]).fillna("")
    people["cohort"] = people["cohort"].fillna("")
    return people[["trainee", "name", "cohort"]].sort_values("trainee").reset_index(drop=True)
