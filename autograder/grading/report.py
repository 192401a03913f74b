"""The cohort's results as a terminal table: one row per trainee and lesson.

Scores come from nbgrader's gradebook; status and names from the grading status table and
the roster. A trainee whose notebook could not be graded still gets a row, with 0 and why.
"""

import unicodedata
from dataclasses import dataclass, field

from autograder.config import CourseConfig
from autograder.grading.assignment import assignment_items
from autograder.grading.hints import format_hints
from autograder.grading.outcome import UNGRADED
from autograder.grading.roster import read_roster
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook


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
    auto_score: float = 0.0
    auto_max: float = 0.0
    needs_manual_grade: bool = False
    items: dict[str, float | None] = field(default_factory=dict)
    hints: dict[str, int] = field(default_factory=dict)  # item → hints the trainee opened

    @property
    def written(self) -> str:
        """The manually graded part: its score, or how many points await an instructor."""
        written_max = self.max_score - self.auto_max
        if not written_max:
            return ""
        if self.needs_manual_grade:
            return f"{written_max:g} to grade"
        return f"{self.score - self.auto_score:g}/{written_max:g}"


def cohort_rows(config: CourseConfig, lesson_ids: list[str], trainees: set[str] | None = None) -> list[ResultRow]:
    """One row per trainee and lesson (of `trainees` only, when given)."""
    roster = read_roster(config)
    statuses = StatusBook(config.gradebook_url)
    recorded = statuses.all()
    hints = statuses.hints()
    statuses.close()
    rows = []
    for lesson_id in lesson_ids:
        items = assignment_items(config, lesson_id).items
        max_points = sum(item.points for item in items.values())
        auto_max = sum(item.points for item in items.values() if not item.manual)
        scores = read_scores(config, lesson_id)
        graded = [t for t in roster if (t, lesson_id) in recorded or t in scores]
        graded += sorted({t for (t, lesson) in recorded if lesson == lesson_id} - set(graded))
        for trainee in [t for t in graded if trainees is None or t in trainees]:
            score = scores.get(trainee)
            status = recorded.get((trainee, lesson_id))
            person = roster.get(trainee)
            rows.append(ResultRow(
                trainee=trainee, name=person.name if person else "", profile=person.profile if person else "",
                lesson_id=lesson_id, score=score.score if score else 0.0,
                max_score=score.max_score if score else max_points,
                status=status.status if status else "ok", detail=status.detail if status else "",
                auto_score=score.auto_score if score else 0.0,
                auto_max=score.auto_max if score else auto_max,
                # a submission nbgrader could not finish has nothing a grader could read
                needs_manual_grade=bool(score and score.needs_manual_grade)
                and not (status and status.status in UNGRADED),
                items={item: (score.items.get(item) if score else None) for item in items},
                hints={item: count for item in items
                       if (count := hints.get((trainee, lesson_id), {}).get(item))}))
    return rows


def format_table(rows: list[ResultRow]) -> str:
    header = ["trainee", "name", "profile", "lesson", "autograded", "written", "status", "hints opened"]
    body = [[row.trainee, row.name, row.profile, row.lesson_id, f"{row.auto_score:g}/{row.auto_max:g}",
             row.written, row.status, format_hints(row.hints)] for row in rows]
    widths = [max(_width(cell) for cell in column) for column in zip(header, *body)]
    lines = ["  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip() for line in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if any(row.needs_manual_grade for row in rows):
        lines.append("written answers are graded by hand in nbgrader's formgrader")
    return "\n".join(lines)


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
