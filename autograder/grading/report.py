"""The cohort's results: one row per trainee and lesson, as a terminal table and a CSV.

Scores come from nbgrader's gradebook; status and names from the grading status table and
the roster. A trainee whose notebook could not be graded still gets a row, with 0 and why.
"""

import csv
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from autograder.config import CourseConfig
from autograder.grading.roster import read_roster
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from course.lesson import LessonInfo


@dataclass(frozen=True)
class ResultRow:
    trainee: str
    name: str
    profile: str
    lesson_id: str
    score: float
    max_score: float
    status: str
    detail: str
    needs_manual_grade: bool = False
    items: dict[str, float | None] = field(default_factory=dict)


def cohort_rows(config: CourseConfig, lesson_ids: list[str]) -> list[ResultRow]:
    roster = read_roster(config)
    statuses = StatusBook(config.gradebook_url)
    recorded = statuses.all()
    statuses.close()
    rows = []
    for lesson_id in lesson_ids:
        manifest = LessonInfo.load(config.source_dir(lesson_id))
        max_points = sum(item.points for item in manifest.items.values())
        scores = read_scores(config, lesson_id)
        trainees = [t for t in roster if (t, lesson_id) in recorded or t in scores]
        trainees += sorted({t for (t, lesson) in recorded if lesson == lesson_id} - set(trainees))
        for trainee in trainees:
            score = scores.get(trainee)
            status = recorded.get((trainee, lesson_id))
            person = roster.get(trainee)
            rows.append(ResultRow(
                trainee=trainee, name=person.name if person else "", profile=person.profile if person else "",
                lesson_id=lesson_id, score=score.score if score else 0.0,
                max_score=score.max_score if score else max_points,
                status=status.status if status else "ok", detail=status.detail if status else "",
                needs_manual_grade=score.needs_manual_grade if score else False,
                items={item: (score.items.get(item) if score else None) for item in manifest.items}))
    return rows


def write_csv(rows: list[ResultRow], path: Path) -> Path:
    items = list(dict.fromkeys(item for row in rows for item in row.items))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # -sig: Excel reads Chinese names right
        writer = csv.writer(handle)
        writer.writerow(["trainee", "name", "lesson", "score", "max_score", "status",
                         "needs_manual_grade", *items, "detail"])
        for row in rows:
            writer.writerow([row.trainee, row.name, row.lesson_id, f"{row.score:g}", f"{row.max_score:g}",
                             row.status, row.needs_manual_grade,
                             *("" if row.items.get(i) is None else f"{row.items[i]:g}" for i in items),
                             row.detail])
    return path


def format_table(rows: list[ResultRow]) -> str:
    header = ["trainee", "name", "profile", "lesson", "score", "status"]
    body = [[row.trainee, row.name, row.profile, row.lesson_id,
             f"{row.score:g}/{row.max_score:g}" + ("*" if row.needs_manual_grade else ""), row.status]
            for row in rows]
    widths = [max(_width(cell) for cell in column) for column in zip(header, *body)]
    lines = ["  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip() for line in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if any(row.needs_manual_grade for row in rows):
        lines.append("* a written answer awaits manual grading in formgrader")
    return "\n".join(lines)


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
