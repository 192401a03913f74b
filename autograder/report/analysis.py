"""The report's tables, computed from the cohort's data: one function per section."""

import json

import numpy as np
import pandas as pd

from autograder.certify.policy import PassMarks
from autograder.grading.outcome import OK, TAMPERED
from autograder.report.data import PAPER, CohortData, is_paper, paper_level
from autograder.report.items import distractors, item_statistics, reliability
from autograder.report.tags import UNTAGGED

REASONS = "reasons · 原因"  # the at-risk table's column saying why


def paper_minimum(marks: PassMarks, assignment: str) -> float:
    """A paper's pass mark out of 100: its level's minimum in certification.yml."""
    match = PAPER.match(assignment)
    return marks.paper(int(match["level"]), match["part"])


def pass_rates(data: CohortData, totals: pd.DataFrame, marks: PassMarks) -> pd.DataFrame:
    """level, candidates, passed, rate, source: from certification decisions when there are any,
    else from the papers (both of a level at their minimum or more)."""
    columns = ["level", "candidates", "passed", "rate", "source"]
    if not data.certifications.empty:
        decided = data.certifications.groupby("level").agg(
            candidates=("trainee", "nunique"), passed=("decision", lambda d: int((d == "certified").sum())))
        rows = decided.reset_index().assign(source="certifications")
    else:
        papers = totals[_is_paper(totals["assignment"])].copy()
        if papers.empty:
            return pd.DataFrame(columns=columns)
        papers["level"] = papers["assignment"].map(paper_level)
        papers["passed"] = papers["percent"] >= papers["assignment"].map(lambda a: paper_minimum(marks, a))
        papers["part"] = papers["assignment"].str.rsplit("_", n=1).str[-1]
        by_trainee = papers.pivot_table(index=["level", "trainee"], columns="part", values="passed", aggfunc="all")
        both = by_trainee.reindex(columns=["theory", "practical"]).fillna(False).astype(bool).all(axis=1)
        rows = both.groupby(level="level").agg(candidates="size", passed="sum").reset_index()
        rows = rows.assign(source="papers (theory and practical at their minimum)")
    rows["rate"] = rows["passed"] / rows["candidates"]
    return rows[columns].sort_values("level", ascending=False).reset_index(drop=True)


def item_analysis(data: CohortData) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(items, reliability, distractors). Items: assignment, item, n, max_points, difficulty,
    discrimination, review. A theory paper with per-question responses is analysed per question."""
    items, reliabilities = [], []
    for assignment in sorted(data.points, key=lambda a: (is_paper(a), a)):
        points = data.points[assignment]
        items.append(item_statistics(points).assign(assignment=assignment))
        coefficient, value = reliability(points)
        reliabilities.append((assignment, coefficient, value, len(items[-1]), len(points.trainees)))
    columns = ["assignment", "item", "n", "max_points", "difficulty", "discrimination", "review"]
    table = pd.concat(items, ignore_index=True)[columns] if items else pd.DataFrame(columns=columns)
    reliability_table = pd.DataFrame(reliabilities, columns=["assignment", "coefficient", "value", "items", "trainees"])
    return table, reliability_table, distractors(data.choices)


def mastery(data: CohortData, tags) -> pd.DataFrame:
    """trainees × work contents: the share of the points of the items tagged with a work content
    that the trainee earned (theory questions counted from their responses). `tags(assignment,
    item)` gives an item's work contents."""
    trainees = pd.Index(sorted({t for points in data.points.values() for t in points.trainees}))
    earned: dict[str, np.ndarray] = {}
    possible: dict[str, np.ndarray] = {}
    for assignment, points in data.points.items():
        rows = trainees.get_indexer(points.trainees)
        for column, item in enumerate(points.items):
            scores = points.scores[:, column]
            graded = ~np.isnan(scores)
            for content in tags(assignment, item):
                np.add.at(earned.setdefault(content, np.zeros(len(trainees))), rows[graded], scores[graded])
                np.add.at(possible.setdefault(content, np.zeros(len(trainees))), rows[graded], points.max_points[column])
    if not earned:
        return pd.DataFrame()
    ordered = sorted(c for c in earned if c != UNTAGGED) + ([UNTAGGED] if UNTAGGED in earned else [])
    with np.errstate(invalid="ignore", divide="ignore"):
        return pd.DataFrame({c: np.where(possible[c] > 0, earned[c] / possible[c], np.nan) for c in ordered},
                            index=pd.Index(trainees, name="trainee"))


def hint_use(data: CohortData) -> pd.DataFrame:
    """assignment, item, trainees (who submitted it), hinted (who opened at least one hint),
    share, hints (opened in all), difficulty (for comparison)."""
    columns = ["assignment", "item", "trainees", "hinted", "share", "hints", "difficulty"]
    if data.hints.empty:
        return pd.DataFrame(columns=columns)
    graded = pd.DataFrame([(a, item, len(p.trainees),
                            np.nan_to_num(p.scores[:, c]).mean() / p.max_points[c] if p.max_points[c] else np.nan)
                           for a, p in data.points.items() for c, item in enumerate(p.items)],
                          columns=["assignment", "item", "trainees", "difficulty"]).set_index(["assignment", "item"])
    opened = data.hints.groupby(["assignment", "item"]).agg(hinted=("trainee", "nunique"), hints=("opened", "sum"))
    table = opened.join(graded, how="left").reset_index()
    table["share"] = table["hinted"] / table["trainees"]
    return table[columns].sort_values(["share", "hints"], ascending=False).reset_index(drop=True)


def status_counts(data: CohortData) -> pd.DataFrame:
    """assignment × grading status: how many submissions ended in each."""
    if data.statuses.empty:
        return pd.DataFrame()
    return data.statuses.pivot_table(index="assignment", columns="status", values="trainee",
                                     aggfunc="count", fill_value=0)


def at_risk(data: CohortData, totals: pd.DataFrame, marks: PassMarks) -> pd.DataFrame:
    """trainee, name, cohort, reasons: every trainee whose own work gives a reason to worry, the
    most reasons first. Only work handed in counts, scored on the points marked so far: lessons
    averaging below the lesson pass mark, a paper below its minimum, heavy hint use, tamper flags,
    work that could not be graded, and a certification refused for a missing paper or the window
    (a low score is already listed). A trainee is never at risk for a paper they were not entered
    for. Similar answer pairs have their own section: matching right answers are no reason to worry."""
    reasons: dict[str, list[str]] = {}

    def add(trainee: str, reason: str) -> None:
        reasons.setdefault(trainee, []).append(reason)

    paper = _is_paper(totals["assignment"])  # scores below are of the points marked so far
    for trainee, mean in totals[~paper].groupby("trainee")["marked"].mean().items():
        if mean < marks.lesson:
            add(trainee, f"lessons {mean:.0f}% < {marks.lesson:.0f} · 课程平均分未及格")
    for row in totals[paper].itertuples():
        needed = paper_minimum(marks, row.assignment)
        if row.marked < needed:
            add(row.trainee, f"{row.assignment} {row.marked:.0f} < {needed:.0f} · 试卷未达及格线")
    for row in data.certifications[data.certifications["decision"] != "certified"].itertuples():
        for why in _refused(row.level, row.decision, row.reasons):
            add(row.trainee, why)
    if not data.hints.empty:
        hinted = data.hints.groupby("trainee")["item"].size()
        for trainee, share in (hinted / data.items_per_trainee.reindex(hinted.index)).dropna().items():
            if share >= marks.hint_share:
                add(trainee, f"hints on {share:.0%} of items · 大量使用提示")
    for trainee, flags in data.tampering.groupby("trainee")["assignment"]:
        add(trainee, f"tamper flags: {', '.join(sorted(set(flags)))} · 篡改标记")
    failed = data.statuses[~data.statuses["status"].isin([OK, TAMPERED])]  # tampering is listed above
    for trainee, lessons_ in failed.groupby("trainee")["assignment"]:
        add(trainee, f"not fully graded: {', '.join(sorted(set(lessons_)))} · 未能完整评分")
    names = dict(zip(data.people["trainee"], data.people["name"]))
    cohorts = dict(zip(data.people["trainee"], data.people["cohort"]))
    rows = [(t, names.get(t, ""), cohorts.get(t, ""), len(r), "; ".join(r))
            for t, r in reasons.items() if t in names or data.cohort is None]
    table = pd.DataFrame(rows, columns=["trainee", "name", "cohort", "count", REASONS])
    return table.sort_values(["count", "trainee"], ascending=[False, True]).drop(columns="count").reset_index(drop=True)


def _refused(level: int, decision: str, reasons: str) -> list[str]:
    """Why a certification was refused, leaving out low scores (listed per paper) and marking
    still to do (the instructor's work, not the trainee's)."""
    if decision == "revoked":
        return [f"level {level} credential revoked · 证书已撤销"]
    try:
        failed = [r for r in json.loads(reasons or "[]") if isinstance(r, dict) and not r.get("passed")]
    except ValueError:
        failed = []
    words = {"sat": "{paper} not sat · 缺考", "window": "level {level}: papers {score} days apart · 两卷间隔过长"}
    return [words[r["rule"]].format(level=level, **r) for r in failed if r.get("rule") in words]


def _is_paper(assignments: pd.Series) -> pd.Series:
    return assignments.map({a: is_paper(a) for a in assignments.unique()}).astype(bool)


def distribution_summary(totals: pd.DataFrame) -> pd.DataFrame:
    """assignment, trainees, mean, median, sd, min, max of the percent score."""
    summary = totals.groupby("assignment")["percent"].agg(["count", "mean", "median", "std", "min", "max"])
    summary = summary.rename(columns={"count": "trainees", "std": "sd"}).reset_index()
    return summary.sort_values("assignment", key=lambda s: s.map(lambda a: (is_paper(a), a))).reset_index(drop=True)


def decision_reasons(reasons: str) -> str:
    """A certification decision's JSON reasons as one readable line."""
    try:
        parsed = json.loads(reasons or "[]")
    except ValueError:
        return str(reasons)
    return "; ".join(f"{r.get('rule', '')}: {r.get('paper', '')} {r.get('score', '')} (needs {r.get('needed', '')})"
                     f"{'' if r.get('passed') else ' ✗'}" for r in parsed if isinstance(r, dict))

