"""Everything the cohort report reads, summed by the database into small data frames.

nbgrader's grades and, when branch i11-papers has written them, the theory papers' per-question
responses are copied once into a temporary table of points (trainee, assignment, item, score);
every statistic then comes from one GROUP BY over it: submission totals, per-item sums of x, x²
and x·total (enough for difficulty, discrimination and alpha), distractor counts by score group,
points per work content. Only aggregates cross into Python, so ten thousand trainees × 19
assignments (3 million points) report in seconds. The kit's own tables (statuses, tamper flags,
hint use, similarity pairs) and certification decisions are read as they are; tables that do
not exist yet read as empty frames.
"""

import re
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import create_engine, inspect, text

from autograder.config import CourseConfig
from autograder.grading.roster import read_roster

PAPER = re.compile(r"exam_l(?P<level>\d)_(?P<part>theory|practical)$")
TAIL = 0.27  # share of a paper's trainees in its upper and lower groups (Kelley's 27%)

# counted: in the submission's total (nbgrader's grades); analysed: in item analysis and mastery
# (a theory paper with per-question responses is analysed per question, not per notebook cell)
GRADE_POINTS = """
SELECT sa.student_id AS trainee, a.name AS assignment, bc.name AS item,
       CASE WHEN g.manual_score IS NULL AND g.auto_score IS NULL AND g.needs_manual_grade THEN NULL
            ELSE COALESCE(g.manual_score, g.auto_score, 0) + COALESCE(g.extra_credit, 0) END AS score,
       gc.max_score AS max_score, 1 AS counted, {analysed} AS analysed
FROM grade g
JOIN submitted_notebook sn ON g.notebook_id = sn.id
JOIN submitted_assignment sa ON sn.assignment_id = sa.id
JOIN assignment a ON a.id = sa.assignment_id
JOIN grade_cells gc ON g.cell_id = gc.id
JOIN base_cell bc ON gc.id = bc.id
{where}"""
RESPONSE_POINTS = """
SELECT trainee_id, paper, question_id, points, max_points, 0, 1 FROM course_exam_responses {where}"""
ANALYSED_TOTALS = """CREATE TEMPORARY TABLE report_totals AS
SELECT trainee, assignment, SUM(COALESCE(score, 0)) AS total FROM report_points WHERE analysed = 1
GROUP BY trainee, assignment"""
SUBMISSION_TOTALS = """SELECT trainee, assignment, SUM(COALESCE(score, 0)), SUM(max_score) FROM report_points
WHERE counted = 1 GROUP BY trainee, assignment"""
ITEM_MOMENTS = """SELECT p.assignment, p.item, COUNT(*) AS n, COUNT(p.score) AS graded,
       SUM(COALESCE(p.score, 0)) AS sx, SUM(COALESCE(p.score, 0) * COALESCE(p.score, 0)) AS sxx,
       SUM(COALESCE(p.score, 0) * t.total) AS sxt, MAX(p.max_score) AS max_points,
       SUM(CASE WHEN COALESCE(p.score, 0) = 0 OR p.score = p.max_score THEN 0 ELSE 1 END) AS partial
FROM report_points p JOIN report_totals t ON t.trainee = p.trainee AND t.assignment = p.assignment
WHERE p.analysed = 1 GROUP BY p.assignment, p.item"""
TEST_MOMENTS = """SELECT assignment, COUNT(*) AS n, SUM(total) AS st, SUM(total * total) AS stt
FROM report_totals GROUP BY assignment"""
CHOICES = """WITH ranked AS (
    SELECT trainee, assignment, ROW_NUMBER() OVER (PARTITION BY assignment ORDER BY total DESC, trainee) AS place,
           COUNT(*) OVER (PARTITION BY assignment) AS size
    FROM report_totals WHERE assignment IN (SELECT DISTINCT paper FROM course_exam_responses)),
banded AS (
    SELECT trainee, assignment, place, size,
           CASE WHEN ROUND({tail} * size) < 1 THEN 1 ELSE ROUND({tail} * size) END AS tail FROM ranked)
SELECT r.paper, r.question_id, r.chosen, r.correct,
       CASE WHEN k.place <= k.tail THEN 'upper' WHEN k.place > k.size - k.tail THEN 'lower' ELSE 'middle' END AS band,
       COUNT(*) AS n
FROM course_exam_responses r JOIN banded k ON k.trainee = r.trainee_id AND k.assignment = r.paper
GROUP BY r.paper, r.question_id, r.chosen, r.correct,
         CASE WHEN k.place <= k.tail THEN 'upper' WHEN k.place > k.size - k.tail THEN 'lower' ELSE 'middle' END"""
CONTENT_POINTS = """SELECT p.trainee, t.content, SUM(p.score), SUM(p.max_score)
FROM report_points p JOIN report_tags t ON t.assignment = p.assignment AND t.item = p.item
WHERE p.analysed = 1 AND p.score IS NOT NULL GROUP BY p.trainee, t.content"""
ITEMS_PER_TRAINEE = "SELECT trainee, COUNT(*) FROM report_points WHERE counted = 1 GROUP BY trainee"
STUDENTS = "SELECT id AS trainee, COALESCE(last_name, '') || COALESCE(first_name, '') AS name FROM student"
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


@dataclass
class CohortData:
    people: pd.DataFrame  # trainee, name, cohort
    totals: pd.DataFrame  # trainee, assignment, score, max_score, percent: one row per submission
    item_moments: pd.DataFrame  # assignment, item, n, graded, sx, sxx, sxt, max_points, partial
    test_moments: pd.DataFrame  # assignment, n, st, stt (of the analysed totals)
    choices: pd.DataFrame  # paper, question_id, chosen, correct, band, n
    content_points: pd.DataFrame  # trainee, content, score, max_score
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


def load_cohort(config: CourseConfig, cohort: str | None = None, tags=None) -> CohortData:
    """The gradebook's data for the report, of one cohort of the roster when `cohort` is given.
    `tags(assignment, item) -> work content ids` maps items for the mastery table."""
    people = load_people(config)
    members = set(people.loc[people["cohort"] == cohort, "trainee"]) if cohort else None
    engine = create_engine(config.gradebook_url)
    try:
        present = set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            _points_table(connection, present, members)
            moments = _frame(connection, ITEM_MOMENTS, ["assignment", "item", "n", "graded", "sx", "sxx", "sxt",
                                                        "max_points", "partial"])
            _tags_table(connection, moments, tags)
            data = CohortData(
                people=people if members is None else people[people["trainee"].isin(members)].reset_index(drop=True),
                totals=_frame(connection, SUBMISSION_TOTALS, ["trainee", "assignment", "score", "max_score"]),
                item_moments=moments,
                test_moments=_frame(connection, TEST_MOMENTS, ["assignment", "n", "st", "stt"]),
                choices=(_frame(connection, CHOICES.format(tail=TAIL), ["paper", "question_id", "chosen", "correct",
                                                                        "band", "n"])
                         if "course_exam_responses" in present else pd.DataFrame(
                             columns=["paper", "question_id", "chosen", "correct", "band", "n"])),
                content_points=_frame(connection, CONTENT_POINTS, ["trainee", "content", "score", "max_score"]),
                items_per_trainee=_frame(connection, ITEMS_PER_TRAINEE, ["trainee", "n"]).set_index("trainee")["n"],
                cohort=cohort,
                **{key: _only(_frame(connection, query, columns) if table in present else pd.DataFrame(columns=columns),
                              members, key)
                   for key, (table, query, columns) in OPTIONAL_TABLES.items()})
            connection.rollback()  # the temporary tables go with the connection
    finally:
        engine.dispose()
    data.totals = _with_ungraded(data.totals, data.statuses, data.item_moments)
    return data


def _points_table(connection, present: set[str], members: set[str] | None) -> None:
    """report_points: one row per graded item and theory question of the trainees reported on."""
    if members is not None:
        connection.execute(text("CREATE TEMPORARY TABLE report_trainees (trainee VARCHAR(128) PRIMARY KEY)"))
        if members:
            connection.execute(text("INSERT INTO report_trainees VALUES (:t)"), [{"t": t} for t in members])
    only = "WHERE {column} IN (SELECT trainee FROM report_trainees)" if members is not None else ""
    responses = "course_exam_responses" in present
    analysed = "CASE WHEN a.name IN (SELECT DISTINCT paper FROM course_exam_responses) THEN 0 ELSE 1 END" \
        if responses else "1"
    parts = [GRADE_POINTS.format(analysed=analysed, where=only.format(column="sa.student_id"))] if "grade" in present else []
    if responses:
        parts.append(RESPONSE_POINTS.format(where=only.format(column="trainee_id")))
    select = "\nUNION ALL\n".join(parts) or ("SELECT '' AS trainee, '' AS assignment, '' AS item, 0.0 AS score, "
                                             "0.0 AS max_score, 0 AS counted, 0 AS analysed WHERE 1 = 0")
    connection.execute(text(f"CREATE TEMPORARY TABLE report_points AS {select}"))
    connection.execute(text(ANALYSED_TOTALS))
    connection.execute(text("CREATE INDEX report_totals_key ON report_totals (trainee, assignment)"))


def _tags_table(connection, moments: pd.DataFrame, tags) -> None:
    """report_tags: the work contents of every analysed item, for the mastery sums."""
    connection.execute(text("CREATE TEMPORARY TABLE report_tags (assignment VARCHAR(128), item VARCHAR(128), "
                            "content VARCHAR(64))"))
    rows = [{"a": a, "i": i, "c": c} for a, i in zip(moments["assignment"], moments["item"])
            for c in (tags(a, i) if tags else ())]
    if rows:
        connection.execute(text("INSERT INTO report_tags VALUES (:a, :i, :c)"), rows)
    connection.execute(text("CREATE INDEX report_tags_key ON report_tags (assignment, item)"))


def _with_ungraded(totals: pd.DataFrame, statuses: pd.DataFrame, moments: pd.DataFrame) -> pd.DataFrame:
    """Submission totals, with 0 for a submission that has a status but no grades (it could not be read)."""
    totals = totals.astype({"score": float, "max_score": float})
    maxima = totals.groupby("assignment")["max_score"].max()
    ungraded = statuses[["trainee", "assignment"]].merge(totals[["trainee", "assignment"]], how="left", indicator=True)
    ungraded = ungraded[ungraded["_merge"] == "left_only"][["trainee", "assignment"]]
    ungraded = ungraded.assign(score=0.0, max_score=ungraded["assignment"].map(maxima))
    totals = pd.concat([totals, ungraded], ignore_index=True).dropna(subset=["max_score"])
    totals["percent"] = 100 * totals["score"] / totals["max_score"].where(totals["max_score"] > 0)
    return totals.reset_index(drop=True)


def _only(frame: pd.DataFrame, members: set[str] | None, key: str) -> pd.DataFrame:
    if members is None:
        return frame
    if key == "similarity":  # a pair stays when either side is reported on
        return frame[frame["first"].isin(members) | frame["second"].isin(members)].reset_index(drop=True)
    return frame[frame["trainee"].isin(members)].reset_index(drop=True)


def _frame(connection, query: str, columns: list[str]) -> pd.DataFrame:
    """The rows of `query` (no parameters) through the driver's own cursor, which is several
    times faster than pandas.read_sql through SQLAlchemy's result rows for large tables."""
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
