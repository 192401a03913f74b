"""The certification decision for one candidate at one level: pure, from the two papers'
results and the level's rule, with every rule's outcome kept as a reason."""

from dataclasses import dataclass
from datetime import datetime

from autograder.certify.policy import LevelRule


@dataclass(frozen=True)
class PaperResult:
    paper: str
    score: float | None  # out of 100; None when the paper has no marks to score
    submitted_at: datetime | None
    pending: int = 0  # items still awaiting manual grading


@dataclass(frozen=True)
class Decision:
    trainee: str
    level: int
    certified: bool
    reasons: tuple  # dicts {rule, paper, score, needed, passed}
    theory: float | None
    practical: float | None


def decide(rule: LevelRule, trainee: str, theory: PaperResult | None, practical: PaperResult | None) -> Decision:
    reasons = []
    for paper, result, needed in ((rule.theory_paper, theory, rule.theory),
                                  (rule.practical_paper, practical, rule.practical)):
        if result is None:
            reasons.append(_reason("sat", paper, None, "submitted", False))
            continue
        reasons.append(_reason("graded", paper, result.pending, 0, result.pending == 0))
        score = None if result.score is None else round(result.score, 2)
        reasons.append(_reason("minimum", paper, score, needed, score is not None and score >= needed))
    if theory and practical and theory.submitted_at and practical.submitted_at:
        days = abs((theory.submitted_at - practical.submitted_at).total_seconds()) / 86400
        reasons.append(_reason("window", f"{rule.theory_paper}+{rule.practical_paper}", round(days, 1),
                               rule.window_days, days <= rule.window_days))
    return Decision(trainee, rule.level, all(r["passed"] for r in reasons), tuple(reasons),
                    theory.score if theory else None, practical.score if practical else None)


def _reason(rule: str, paper: str, score, needed, passed: bool) -> dict:
    return {"rule": rule, "paper": paper, "score": score, "needed": needed, "passed": bool(passed)}


def explain(reasons) -> str:
    """The failed rules in one line, for a terminal or a report."""
    failed = [r for r in reasons if not r["passed"]]
    words = {"sat": "{paper} not sat", "graded": "{paper}: {score} item(s) await manual grading",
             "minimum": "{paper} scored {score}, needs {needed}",
             "window": "papers sat {score} days apart, at most {needed} allowed"}
    return "; ".join(words[r["rule"]].format(**r) for r in failed) or "all rules met"
