"""Everything the cohort report reads, as numpy tables and small data frames.

Grades come straight from nbgrader's `grade` table, three columns without a join (ids are
mapped to trainees, lessons and items through the small submission and cell tables), and
theory papers' per-question responses from `course_exam_responses` when a theory paper has
been graded; each lesson or paper becomes a trainees × items table of points (`Points`), which
is what item analysis and mastery need. Ten thousand trainees × 19 assignments (three million
points) load in seconds: the database only scans, numpy indexes and sums. The kit's own tables
(statuses, tamper flags, hint use, similarity pairs) and certification decisions are read as
they are; tables that do not exist yet read as empty frames.
"""

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import create_engine, inspect

from autograder.config import CourseConfig
from autograder.grading.roster import read_roster

PAPER = re.compile(r"exam_l(?P<level>\d)_(?P<part>theory|practical)$")
TAIL = 0.27  # share of a paper's trainees in its upper and lower groups (Kelley's 27%)

SUBMISSIONS = """SELECT sn.id, sa.student_id, a.name FROM submitted_notebook sn
JOIN submitted_assignment sa ON sn.assignment_id = sa.id JOIN assignment a ON a.id = sa.assignment_id"""
CELLS = "SELECT gc.id, bc.name, gc.max_score FROM grade_cells gc JOIN base_cell bc ON gc.id = bc.id"
# a written answer not yet graded by hand has no points yet (NULL), not zero
GRADES = """SELECT notebook_id, cell_id,
       CASE WHEN manual_score IS NULL AND auto_score IS NULL AND needs_manual_grade THEN NULL
            ELSE COALESCE(manual_score, auto_score, 0) + COALESCE(extra_credit, 0) END FROM grade"""
RESPONSES = ("SELECT trainee_id, paper, question_id, chosen, correct, points, max_points "
             "FROM course_exam_responses")
STUDENTS = "SELECT id, COALESCE(last_name, '') || COALESCE(first_name, '') FROM student"
OPTIONAL_TABLES = {
    "statuses": ("course_grading_status", "SELECT trainee, lesson, status, detail FROM course_grading_status",
                 ["trainee", "assignment", "status", "detail"]),
    "tampering": ("course_tamper_flags", "SELECT trainee, lesson, item, what FROM course_tamper_flags",
                  ["trainee", "assignment", "item", "what"]),
    "hints": ("course_hint_use", "SELECT trainee, lesson, item, opened FROM course_hint_use",
              ["trainee", "assignment", "item", "opened"]),
    "similarity": ("course_similarity_pairs", "SELECT lesson, first, second, score FROM course_similarity_pairs",
                   ["assignment", "first", "second", "score"]),
    "certifications": ("course_certifications", "SELECT trainee_id, level, decision, reasons, theory_score, "
                       "practical_score FROM course_certifications",
                       ["trainee", "level", "decision", "reasons", "theory_score", "practical_score"]),
}
CHOICE_COLUMNS = ["paper", "question_id", "chosen", "correct", "band", "n"]


@dataclass(frozen=True)
class Points:
    """One lesson's or paper's points: rows are trainees, columns items (NaN: awaiting a hand grade)."""
    trainees: np.ndarray
    items: list[str]
    scores: np.ndarray
    max_points: np.ndarray

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.scores, index=self.trainees, columns=self.items)


@dataclass
class CohortData:
    people: pd.DataFrame  # trainee, name, cohort
    totals: pd.DataFrame  # trainee, assignment, score, max_score, marked_max, percent, marked: one row per
    # submission; marked is the percent of the points marked so far (written answers awaiting a grader left out)
    points: dict[str, Points]  # per lesson and paper, what item analysis and mastery read
    choices: pd.DataFrame  # paper, question_id, chosen, correct, band, n: responses counted
    items_per_trainee: pd.Series  # trainee → graded items submitted
    statuses: pd.DataFrame
    tampering: pd.DataFrame
    hints: pd.DataFrame
    similarity: pd.DataFrame
    certifications: pd.DataFrame
    cohort: str | None = None

    @property
    def assignments(self) -> list[str]:
        """Lessons first, then papers, each in name order."""
        return sorted(set(self.totals["assignment"]), key=lambda name: (is_paper(name), name))


def is_paper(assignment: str) -> bool:
    return PAPER.match(assignment) is not None


def paper_level(assignment: str) -> int | None:
    match = PAPER.match(assignment)
    return int(match["level"]) if match else None


def load_cohort(config: CourseConfig, cohort: str | None = None) -> CohortData:
    """The gradebook's data for the report, of one cohort of the roster when `cohort` is given."""
    people = load_people(config)
    members = set(people.loc[people["cohort"] == cohort, "trainee"]) if cohort else None
    engine = create_engine(config.gradebook_url)
    try:
        present = set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            def read(query: str, columns: list[str]) -> pd.DataFrame:
                return _frame(connection, query, columns)
            grades = _grades(read) if "grade" in present else None
            responses = (read(RESPONSES, ["trainee", "paper", "question_id", "chosen", "correct", "points",
                                          "max_points"]) if "course_exam_responses" in present else None)
            optional = {key: _only(read(query, columns) if table in present else pd.DataFrame(columns=columns),
                                   members, key) for key, (table, query, columns) in OPTIONAL_TABLES.items()}
    finally:
        engine.dispose()
    if members is not None:
        people = people[people["trainee"].isin(members)].reset_index(drop=True)
        grades = grades[grades["trainee"].isin(members)] if grades is not None else None
        responses = responses[responses["trainee"].isin(members)] if responses is not None else None
    totals, points, per_trainee = _lesson_points(grades, answered=set(responses["paper"]) if responses is not None else set())
    choices = pd.DataFrame(columns=CHOICE_COLUMNS)
    if responses is not None and not responses.empty:
        theory, choices = _response_points(responses)
        points.update(theory)
    return CohortData(people=people, totals=_with_ungraded(totals, optional["statuses"]), points=points,
                      choices=choices, items_per_trainee=per_trainee, cohort=cohort, **optional)


def _grades(read) -> pd.DataFrame:
    """trainee, assignment, item, score, max_score of every grade, ids mapped without a join."""
    submissions = read(SUBMISSIONS, ["notebook", "trainee", "assignment"]).set_index("notebook")
    cells = read(CELLS, ["cell", "item", "max_score"]).set_index("cell")
    grades = read(GRADES, ["notebook", "cell", "score"])
    at = submissions.index.get_indexer(grades["notebook"])
    cell = cells.index.get_indexer(grades["cell"])
    known = (at >= 0) & (cell >= 0)
    at, cell = at[known], cell[known]
    return pd.DataFrame({"trainee": submissions["trainee"].to_numpy()[at],
                         "assignment": submissions["assignment"].to_numpy()[at],
                         "item": cells["item"].to_numpy()[cell],
                         "score": grades["score"].to_numpy(dtype=float)[known],
                         "max_score": cells["max_score"].to_numpy(dtype=float)[cell]})


def _lesson_points(grades: pd.DataFrame | None, answered: set[str]):
    """(submission totals, Points per assignment, items per trainee) from nbgrader's grades.
    A paper answered question by question (`answered`) is analysed from its responses instead."""
    if grades is None or grades.empty:
        return (pd.DataFrame(columns=["trainee", "assignment", "score", "max_score", "marked_max"]), {},
                pd.Series(dtype=float))
    grades = grades.assign(filled=grades["score"].fillna(0.0),
                           marked_max=grades["max_score"].where(grades["score"].notna(), 0.0))
    totals = grades.groupby(["trainee", "assignment"], sort=False).agg(
        score=("filled", "sum"), max_score=("max_score", "sum"), marked_max=("marked_max", "sum")).reset_index()
    points = {name: _points(part["trainee"], part["item"], part["score"], part["max_score"])
              for name, part in grades.groupby("assignment", sort=False) if name not in answered}
    return totals, points, grades.groupby("trainee").size()


def _points(trainees: pd.Series, items: pd.Series, scores: pd.Series, maxima: pd.Series) -> Points:
    rows, row_ids = pd.factorize(trainees)
    columns, column_ids = pd.factorize(items)
    table = np.full((len(row_ids), len(column_ids)), np.nan)
    table[rows, columns] = scores.to_numpy(dtype=float)
    top = np.zeros(len(column_ids))
    np.maximum.at(top, columns, maxima.to_numpy(dtype=float))
    return Points(np.asarray(row_ids, dtype=object), list(column_ids), table, top)


def _response_points(responses: pd.DataFrame) -> tuple[dict[str, Points], pd.DataFrame]:
    """Points per theory paper from its responses, and the responses counted by question,
    answer and score group (upper and lower 27% of the paper's totals, the rest middle)."""
    points, counted = {}, []
    for paper, part in responses.groupby("paper", sort=False):
        table = _points(part["trainee"], part["question_id"], part["points"], part["max_points"])
        points[paper] = table
        totals = np.nan_to_num(table.scores).sum(axis=1)
        order = np.lexsort((table.trainees.astype(str), -totals))  # highest first, ties by id
        tail = max(1, int(round(TAIL * len(totals))))
        band = np.full(len(totals), "middle", dtype=object)
        band[order[:tail]] = "upper"
        band[order[len(totals) - tail:]] = "lower"
        bands = pd.Series(band, index=table.trainees)
        part = part.assign(band=bands.reindex(part["trainee"]).to_numpy(), correct=part["correct"].astype(bool))
        counted.append(part.groupby(["paper", "question_id", "chosen", "correct", "band"], sort=False)
                       .size().rename("n").reset_index())
    return points, pd.concat(counted, ignore_index=True)[CHOICE_COLUMNS]


def _with_ungraded(totals: pd.DataFrame, statuses: pd.DataFrame) -> pd.DataFrame:
    """Submission totals, with 0 for a submission that has a status but no grades (it could not be read)."""
    totals = totals.astype({"score": float, "max_score": float, "marked_max": float})
    maxima = totals.groupby("assignment")["max_score"].max()
    ungraded = statuses[["trainee", "assignment"]].merge(totals[["trainee", "assignment"]], how="left", indicator=True)
    ungraded = ungraded[ungraded["_merge"] == "left_only"][["trainee", "assignment"]]
    ungraded = ungraded.assign(score=0.0, max_score=ungraded["assignment"].map(maxima))
    ungraded["marked_max"] = ungraded["max_score"]
    totals = pd.concat([totals, ungraded], ignore_index=True).dropna(subset=["max_score"])
    totals["percent"] = 100 * totals["score"] / totals["max_score"].where(totals["max_score"] > 0)
    totals["marked"] = 100 * totals["score"] / totals["marked_max"].where(totals["marked_max"] > 0)
    return totals.reset_index(drop=True)


def _only(frame: pd.DataFrame, members: set[str] | None, key: str) -> pd.DataFrame:
    if members is None:
        return frame
    if key == "similarity":  # a pair stays when either side is reported on
        return frame[frame["first"].isin(members) | frame["second"].isin(members)].reset_index(drop=True)
    return frame[frame["trainee"].isin(members)].reset_index(drop=True)


def _frame(connection, query: str, columns: list[str]) -> pd.DataFrame:
    """The rows of `query` (no parameters) through the driver's own cursor, several times faster
    than pandas.read_sql through SQLAlchemy's result rows for a million rows."""
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(query)
        return pd.DataFrame(cursor.fetchall(), columns=columns)
    finally:
        cursor.close()


def load_people(config: CourseConfig) -> pd.DataFrame:
    """trainee, name, cohort of everyone in the gradebook's student table or on the roster,
    with the roster's name and cohort where it has them."""
    engine = create_engine(config.gradebook_url)
    try:
        with engine.connect() as connection:
            students = (_frame(connection, STUDENTS, ["trainee", "name"]) if inspect(engine).has_table("student")
                        else pd.DataFrame(columns=["trainee", "name"]))
    finally:
        engine.dispose()
    roster = pd.DataFrame([(t.trainee, t.name, t.cohort) for t in read_roster(config).values()],
                          columns=["trainee", "roster_name", "cohort"])
    people = students.merge(roster, on="trainee", how="outer")
    people["name"] = people["roster_name"].where(people["roster_name"].fillna("") != "", people["name"]).fillna("")
    people["cohort"] = people["cohort"].fillna("")
    return people[["trainee", "name", "cohort"]].sort_values("trainee").reset_index(drop=True)
