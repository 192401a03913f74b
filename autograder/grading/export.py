"""Grades for an LMS: one CSV row per trainee and lesson, one column per graded item.

One SQL query over nbgrader's own tables, summed and pivoted by the database,
instead of nbgrader's object-by-object export (reported at "5min+" for large classes, nbgrader#799): tens of
thousands of trainees export in seconds.
"""

from pathlib import Path

import pandas as pd
from sqlalchemy import text

from autograder.config import CourseConfig
from autograder.grading.assignment import item_name
from autograder.grading.database import connection
from autograder.grading.hints import format_hints
from autograder.grading.status import StatusBook

# every graded cell with its notebook, and how many notebooks its assignment has
ITEM_NAMES = """
SELECT bc.name, n.name, n.id, (SELECT COUNT(*) FROM notebook n2 WHERE n2.assignment_id = n.assignment_id)
FROM grade_cells gc JOIN base_cell bc ON gc.id = bc.id JOIN notebook n ON bc.notebook_id = n.id
"""
# one row per submission: the database sums and pivots the grades itself, so only as many
# rows as submissions cross into Python, not one per grade. Plain SQL that SQLite and
# PostgreSQL both run: PostgreSQL has no MAX over a boolean, so the flag becomes 0/1 first.
GRADES = """
SELECT st.id AS trainee, COALESCE(st.last_name, '') || COALESCE(st.first_name, '') AS name, a.name AS lesson,
       per.*
FROM (SELECT sa.id AS submission, sa.student_id AS student, sa.assignment_id AS assignment,
             SUM(COALESCE(g.manual_score, g.auto_score, 0) + COALESCE(g.extra_credit, 0)) AS score,
             SUM(gc.max_score) AS max_score,
             MAX(CASE WHEN g.needs_manual_grade THEN 1 ELSE 0 END) AS needs_manual_grade{item_columns}
      FROM grade g
      JOIN submitted_notebook sn ON g.notebook_id = sn.id
      JOIN submitted_assignment sa ON sn.assignment_id = sa.id
      JOIN grade_cells gc ON g.cell_id = gc.id
      JOIN base_cell bc ON gc.id = bc.id
      GROUP BY sa.id) AS per
JOIN student st ON st.id = per.student
JOIN assignment a ON a.id = per.assignment
"""
STATUSES = "SELECT trainee, lesson, status, detail FROM course_grading_status"
LESSON_MAX = """
SELECT a.name AS lesson, SUM(gc.max_score) AS lesson_max
FROM grade_cells gc
JOIN base_cell bc ON gc.id = bc.id
JOIN notebook n ON bc.notebook_id = n.id
JOIN assignment a ON n.assignment_id = a.id
GROUP BY a.name
"""


def grades_table(config: CourseConfig, trainees: set[str] | None = None) -> pd.DataFrame:
    """trainee, name, lesson, score, max_score, needs_manual_grade, one column per item, status,
    hints_opened (item:count), detail; of `trainees` only, when given."""
    statuses = StatusBook(config.gradebook_url)  # a gradebook only plain nbgrader wrote has no status table yet
    hints = statuses.hints()
    statuses.close()
    with connection(config.gradebook_url) as connected:
        columns, params = _item_columns(connected.execute(text(ITEM_NAMES)).all())
        grades = pd.read_sql_query(text(GRADES.format(item_columns=columns)), connected, params=params)
        statuses = pd.read_sql_query(text(STATUSES), connected)
        lesson_max = dict(connected.execute(text(LESSON_MAX)).all())
    grades = grades.drop(columns=["submission", "student", "assignment"])
    table = grades.merge(statuses, on=["trainee", "lesson"], how="outer")
    # a notebook that could not be read has a status but no grades: it scores 0 of the lesson's points
    table["max_score"] = table["max_score"].fillna(table["lesson"].map(lesson_max))
    table = table.fillna({"name": "", "score": 0, "needs_manual_grade": 0})
    if trainees is not None:
        table = table[table["trainee"].isin(trainees)]
    table["hints_opened"] = [format_hints(hints.get(key, {})) for key in zip(table["trainee"], table["lesson"])]
    return table.sort_values(["lesson", "trainee"], kind="stable")


def _item_columns(cells: list[tuple[str, str, str, int]]) -> tuple[str, dict]:
    """One summed column per item: a grade id, or notebook:grade id where an assignment has
    several notebooks (grade ids are unique within a notebook only). Each cell is matched by
    its name in its own notebook, so no assignment's grades land in another's column."""
    conditions: dict[str, list[str]] = {}
    params = {}
    for i, (cell, notebook, notebook_id, notebooks) in enumerate(cells):
        params[f"cell{i}"], params[f"nb{i}"] = cell, notebook_id
        conditions.setdefault(item_name(cell, notebook, notebooks), []).append(
            f"(bc.name = :cell{i} AND bc.notebook_id = :nb{i})")
    columns = "".join(f",\n             SUM(CASE WHEN {' OR '.join(matches)} "
                      f"THEN COALESCE(g.manual_score, g.auto_score, 0) END) AS {_quoted(name)}"
                      for name, matches in sorted(conditions.items()))
    return columns, params


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def export_grades(config: CourseConfig, path: Path, trainees: set[str] | None = None) -> Path:
    """The grades table as CSV, or as XLSX when `path` ends in .xlsx."""
    table = grades_table(config, trainees)
    ordered = ["trainee", "name", "lesson", "score", "max_score", "needs_manual_grade", "status"]
    last = [c for c in ("hints_opened", "detail") if c in table]
    columns = [c for c in ordered if c in table] + [c for c in table if c not in ordered and c not in last] + last
    return write_table(table[columns], path)


def write_table(table: pd.DataFrame, path: Path) -> Path:
    """`table` as CSV (UTF-8 with a byte-order mark) or, for a .xlsx path, as an XLSX sheet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".xlsx":
        table.to_excel(path, index=False, engine="openpyxl")
    else:
        # utf-8-sig so that Excel, which many LMS imports pass through, reads the Chinese names right
        table.to_csv(path, index=False, encoding="utf-8-sig", float_format="%g")
    return path

