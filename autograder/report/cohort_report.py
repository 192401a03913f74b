"""`course report`: the cohort report as one HTML page and one XLSX workbook.

Order: load the gradebook's data (data.py) → compute each section's tables (analysis.py, with
the item statistics of items.py and the work-content tags of tags.py) → draw the figures
(figures.py) → write the page (page.py) and the workbook (workbook.py).
"""

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from autograder.certify.policy import load_policy
from autograder.config import CourseConfig
from autograder.report import analysis, figures
from autograder.report.data import load_cohort
from autograder.report.page import figure, heading, paragraph, render_page, subheading, table
from autograder.report.tags import work_content_names, work_contents
from autograder.report.workbook import write_workbook


@dataclass(frozen=True)
class ReportFiles:
    html: Path
    xlsx: Path
    trainees: int
    at_risk: int
    items_to_review: int


def write_report(config: CourseConfig, cohort: str | None = None, folder: Path | None = None) -> ReportFiles:
    """Write report[-<cohort>].html and .xlsx into `folder` (default: the course's reports/)."""
    marks = load_policy(config).pass_marks  # pass marks from exams/certification.yml
    data = load_cohort(config, cohort)
    totals = data.totals
    names = work_content_names()
    summary = analysis.distribution_summary(totals)
    rates = analysis.pass_rates(data, totals, marks)
    mastery = analysis.mastery(data, work_contents(config))
    items, reliability, distractors = analysis.item_analysis(data)
    hints = analysis.hint_use(data)
    statuses = analysis.status_counts(data)
    risk = analysis.at_risk(data, totals, marks)
    review = items[items["review"].astype(bool)]
    contents = pd.DataFrame({"work content": mastery.columns,
                             "name · 名称": [names.get(c, "") for c in mastery.columns],
                             "cohort mean · 平均": mastery.mean().to_numpy() if not mastery.empty else []})
    scores = totals.pivot_table(index="trainee", columns="assignment", values="percent").reset_index()
    scores = data.people.merge(scores, on="trainee", how="inner")

    folder = folder or config.reports_dir
    stem = f"report-{cohort}" if cohort else "report"
    trainees = data.people["trainee"].isin(totals["trainee"]).sum()
    subtitle = (f"{config.course_id} · cohort 班级: {cohort or 'all 全部'} · {trainees} trainees 学员 · "
                f"{len(data.assignments)} lessons and papers 课程与试卷 · "
                f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
    sections = [
        ("distributions", [paragraph("distributions"),
                           figure(figures.draw(figures.score_distributions, totals,
                                                       lambda paper: analysis.paper_minimum(marks, paper)), "score distributions"),
                           table(summary)]),
        ("pass_rates", [figure(figures.draw(figures.pass_rates, rates), "pass rates"),
                        table(rates, percent=("rate",))]),
        ("mastery", [paragraph("mastery"), figure(figures.draw(figures.mastery_heatmap, mastery), "mastery"),
                     table(contents, percent=("cohort mean · 平均",))]),
        ("items", [paragraph("items"), figure(figures.draw(figures.item_map, items), "item map"),
                   subheading("reliability"),
                   table(reliability),
                   subheading("review"),
                   table(review, percent=("difficulty",), review="review"),
                   subheading("all_items"),
                   table(items, percent=("difficulty",), review="review")]),
        ("distractors", [paragraph("distractors"),
                         # questions with a flagged option first, so the page's cut keeps them
                         table(_flagged_first(distractors), percent=("chosen", "upper", "lower"), review="review")]),
        ("hints", [figure(figures.draw(figures.hint_bars, hints), "hint use"),
                   table(hints, percent=("share", "difficulty"))]),
        ("statuses", [figure(figures.draw(figures.status_bars, statuses), "grading statuses"),
                      table(statuses, index=True)]),
        ("tampering", [table(data.tampering)]),
        ("similarity", [table(data.similarity, percent=("score",))]),
        ("at_risk", [paragraph("at_risk"), table(risk)]),
    ]
    title = heading("title")
    html_path = folder / f"{stem}.html"
    folder.mkdir(parents=True, exist_ok=True)
    html_path.write_text(render_page(title, subtitle, sections), encoding="utf-8")
    xlsx_path = write_workbook(folder / f"{stem}.xlsx", [
        ("Summary 概要", summary), ("Pass rates 通过率", rates), ("Scores 成绩", scores),
        ("Mastery 掌握程度", mastery.reset_index() if not mastery.empty else mastery),
        ("Work contents 工作内容", contents), ("Items 题目", items), ("Reliability 信度", reliability),
        ("Distractors 干扰项", distractors), ("Hints 提示", hints),
        ("Statuses 评分状态", statuses.reset_index() if not statuses.empty else statuses),
        ("Tampering 篡改", data.tampering), ("Similarity 相似", data.similarity), ("At risk 需关注", risk)])
    return ReportFiles(html_path, xlsx_path, int(trainees), len(risk), len(review))


def _flagged_first(options: pd.DataFrame) -> pd.DataFrame:
    flagged = set(options.loc[options["review"].astype(bool), "question_id"])
    return options.assign(_first=~options["question_id"].isin(flagged)).sort_values(
        ["_first", "paper", "question_id"], kind="stable").drop(columns="_first")
