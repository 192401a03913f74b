"""Theory papers on the candidate's side: the paper file, the per-candidate draw, the widget.

A theory paper's release carries `<paper>.paper.json`: its format (sections, points, minutes,
open and close times, the level's theory weights) and the level's question pool, stems and
options only. Which options are right, and why, never leave the instructor side.

Each candidate's paper is drawn from the pool with the candidate's seed (the paper id and
the candidate id, see `course.variant`): per section, questions are shared out between the
standard's functions by their theory weights, then question order and option order are
shuffled. The grader draws again with the same seed, so it scores exactly the paper the
candidate saw, against keys only it holds.
"""

import json
import random
from dataclasses import dataclass
from pathlib import Path

PAPER_SUFFIX = ".paper.json"
TRUE_FALSE = ("true", "false")


@dataclass(frozen=True)
class Section:
    type: str  # tf | single | multiple
    count: int
    points: float  # per question


@dataclass(frozen=True)
class DrawnQuestion:
    """One question as this candidate sees it: options in the candidate's order (option ids
    stay the bank's, so answers are stored and scored by id, never by position)."""

    id: str
    type: str
    stem: dict
    options: tuple  # of (option id, {"en": …, "zh": …})
    points: float


@dataclass(frozen=True)
class PaperFile:
    paper: str
    level: int
    minutes: int
    sections: tuple[Section, ...]
    weights: dict  # function id -> percent
    questions: tuple  # public records: id, type, function, stem, options [{id, en, zh}]
    opens_at: str | None = None
    closes_at: str | None = None

    @classmethod
    def load(cls, paper: str, folder: Path | str = ".") -> "PaperFile":
        data = json.loads((Path(folder) / f"{paper}{PAPER_SUFFIX}").read_text(encoding="utf-8"))
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict) -> "PaperFile":
        return cls(paper=data["paper"], level=int(data["level"]), minutes=int(data["minutes"]),
                   sections=tuple(Section(s["type"], int(s["count"]), float(s["points"])) for s in data["sections"]),
                   weights=dict(data["weights"]), questions=tuple(data["questions"]),
                   opens_at=data.get("opens_at"), closes_at=data.get("closes_at"))

    def to_dict(self) -> dict:
        return {"paper": self.paper, "level": self.level, "minutes": self.minutes,
                "sections": [s.__dict__ for s in self.sections], "weights": self.weights,
                "opens_at": self.opens_at, "closes_at": self.closes_at, "questions": list(self.questions)}

    @property
    def total_points(self) -> float:
        return sum(s.count * s.points for s in self.sections)


def draw_paper(paper: PaperFile, seed: int) -> list[DrawnQuestion]:
    """The candidate's paper: section by section, questions in the candidate's order."""
    rng = random.Random(seed)
    drawn = []
    for section in paper.sections:
        pool: dict[str, list] = {}
        for record in sorted((q for q in paper.questions if q["type"] == section.type), key=lambda q: q["id"]):
            pool.setdefault(record["function"], []).append(record)
        quotas = share_out(section.count, paper.weights, {f: len(qs) for f, qs in pool.items()})
        chosen = [q for function in sorted(quotas) for q in rng.sample(pool[function], quotas[function])]
        rng.shuffle(chosen)
        for record in chosen:
            options = [(o["id"], {"en": o["en"], "zh": o["zh"]}) for o in record.get("options", ())]
            rng.shuffle(options)
            drawn.append(DrawnQuestion(record["id"], record["type"], record["stem"], tuple(options), section.points))
    return drawn


def share_out(count: int, weights: dict, capacity: dict) -> dict[str, int]:
    """`count` questions shared between functions in proportion to their weights (largest
    remainders first), never more than a function has; what one cannot take goes to those
    that can. Functions with no weight only fill what the weighted ones cannot."""
    quotas = {f: 0 for f in capacity}
    remaining = min(count, sum(capacity.values()))
    while remaining:
        open_ = [f for f in capacity if quotas[f] < capacity[f]]
        weighted = [f for f in open_ if weights.get(f, 0) > 0] or open_
        total = sum(weights.get(f, 0) for f in weighted) or len(weighted)
        shares = {f: remaining * (weights.get(f, 0) or (total / len(weighted))) / total for f in weighted}
        given = {f: min(int(shares[f]), capacity[f] - quotas[f]) for f in weighted}
        if not any(given.values()):  # fewer left than functions: largest remainders, then id order
            for f in sorted(weighted, key=lambda f: (-(shares[f] - int(shares[f])), f))[:remaining]:
                given[f] = 1
        for f, n in given.items():
            quotas[f] += n
            remaining -= n
    return {f: n for f, n in quotas.items() if n}


def theory_paper(paper: str | None = None, folder: Path | str = ".", lang: str | None = None):
    """The candidate's theory paper in the exam widget (the paper of the working folder)."""
    from course.lesson import LessonInfo
    from course.variant import seed_for, trainee_id
    from course.widgets.exam_paper import ExamPaper

    paper_id = paper or LessonInfo.load(folder).lesson_id
    paper_file = PaperFile.load(paper_id, folder)
    return ExamPaper(paper_file, draw_paper(paper_file, seed_for(paper_id, trainee_id())), folder=folder, lang=lang)
