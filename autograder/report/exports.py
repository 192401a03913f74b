"""`course export grades|decisions|transcript`: tables for an LMS or a registrar, as CSV or XLSX.

- grades: the grades table `course grade` writes (one row per trainee and lesson or paper);
- decisions: the certification decisions `course certify` stored, with names and cohorts;
- transcript: per trainee, every lesson and paper with score, status and hints opened, then
  each level's certification decision.
"""

from pathlib import Path

import pandas as pd
from sqlalchemy import create_engine, inspect

from autograder.config import CourseConfig
from autograder.grading.export import export_grades, write_table
from autograder.grading.roster import cohort_members
from autograder.report.analysis import decision_reasons
from autograder.report.data import is_paper, load_cohort, load_people

KINDS = ("grades", "decisions", "transcript")
DECISION_COLUMNS = ["trainee", "name", "cohort", "level", "decision", "theory_score", "practical_score",
                    "credential_id", "decided_at", "reasons"]
TRANSCRIPT_COLUMNS = ["trainee", "name", "cohort", "kind", "assignment", "score", "max_score", "percent",
                      "status", "hints_opened"]


class NothingToExport(ValueError):
    """The gradebook holds nothing of the kind asked for (e.g. no certification decisions yet)."""


def export(config: CourseConfig, kind: str, path: Path, cohort: str | None = None) -> Path:
    """Write the `kind` table of the whole gradebook, or of one cohort, to `path` (.csv or .xlsx)."""
    if kind == "grades":
        return export_grades(config, path, cohort_members(config, cohort))
    table = decisions_table(config, cohort) if kind == "decisions" else transcript_table(config, cohort)
    return write_table(table, path)


def decisions_table(config: CourseConfig, cohort: str | None = None) -> pd.DataFrame:
    decisions = _certifications(config)
    if decisions is None:
        raise NothingToExport("no certification decisions in the gradebook yet: run `course certify` first")
    people = load_people(config)
    if cohort:
        people = people[people["cohort"] == cohort]
    decisions = decisions.merge(people, on="trainee", how="inner" if cohort else "left")
    decisions["reasons"] = decisions["reasons"].map(decision_reasons)
    return decisions[DECISION_COLUMNS].fillna({"name": "", "cohort": ""}).sort_values(["trainee", "level"]) \
        .reset_index(drop=True)


def transcript_table(config: CourseConfig, cohort: str | None = None) -> pd.DataFrame:
    data = load_cohort(config, cohort)
    rows = data.totals.merge(data.statuses[["trainee", "assignment", "status"]], how="left")
    rows["status"] = rows["status"].fillna("ok")
    rows["kind"] = rows["assignment"].map(lambda a: "paper" if is_paper(a) else "lesson")
    opened = data.hints.groupby(["trainee", "assignment"]).apply(
        lambda h: " ".join(f"{i}:{n}" for i, n in zip(h["item"], h["opened"])), include_groups=False)
    rows["hints_opened"] = [opened.get(key, "") for key in zip(rows["trainee"], rows["assignment"])]
    decisions = data.certifications.assign(
        kind="certification", assignment="level " + data.certifications["level"].astype(str),
        status=data.certifications["decision"], score=float("nan"), max_score=float("nan"),
        percent=float("nan"), hints_opened="")
    rows = pd.concat([rows, decisions[rows.columns.intersection(decisions.columns)]], ignore_index=True)
    rows = rows.merge(data.people, on="trainee", how="left").fillna({"name": "", "cohort": ""})
    rows[["score", "max_score", "percent"]] = rows[["score", "max_score", "percent"]].astype(float)
    order = {"lesson": 0, "paper": 1, "certification": 2}
    rows = rows.sort_values(["trainee", "kind", "assignment"], key=lambda s: s.map(order) if s.name == "kind" else s)
    return rows[TRANSCRIPT_COLUMNS].reset_index(drop=True)


def _certifications(config: CourseConfig) -> pd.DataFrame | None:
    engine = create_engine(config.gradebook_url)
    try:
        if "course_certifications" not in inspect(engine).get_table_names():
            return None
        with engine.connect() as connection:
            return pd.read_sql_table("course_certifications", connection).rename(columns={"trainee_id": "trainee"})
    finally:
        engine.dispose()
