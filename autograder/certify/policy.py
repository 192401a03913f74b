"""What certification needs to know from the course: the rules per level and the issuer
(exams/certification.yml). Level names and work contents come from the standard
(autograder.syllabus.standard)."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from autograder.config import CourseConfig


@dataclass(frozen=True)
class LevelRule:
    level: int
    theory: float  # minimum score out of 100
    practical: float
    window_days: int  # the two papers must be sat within this many days of each other

    @property
    def theory_paper(self) -> str:
        return f"exam_l{self.level}_theory"

    @property
    def practical_paper(self) -> str:
        return f"exam_l{self.level}_practical"


@dataclass(frozen=True)
class PassMarks:
    """The cohort report's thresholds (`course report`, trainees at risk), from certification.yml
    so the report and certification never disagree on what passes."""
    papers: dict  # part (theory | practical) -> level -> minimum out of 100; `None` level: the default
    lesson: float  # percent: a trainee whose lessons average below this is at risk
    hint_share: float  # a trainee who opened hints on at least this share of their items is at risk

    def paper(self, level: int, part: str) -> float:
        return self.papers[part].get(level, self.papers[part][None])


@dataclass(frozen=True)
class Policy:
    issuer_id: str
    issuer_url: str
    issuer_name: dict  # {en, zh}
    status_list_url: str
    credential_valid_days: int | None
    rules: dict  # level -> LevelRule
    pass_marks: PassMarks | None = None  # what the cohort report counts as at risk


def load_policy(config: CourseConfig) -> Policy:
    path = Path(config.certification_file)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        defaults = raw.get("defaults", {})
        rules = {int(level): LevelRule(int(level), float(over.get("theory", defaults.get("theory", 60))),
                                       float(over.get("practical", defaults.get("practical", 60))),
                                       int(over.get("window_days", defaults.get("window_days", 365))))
                 for level, over in (raw.get("levels") or {}).items()}
        issuer = raw["issuer"]
        at_risk = raw.get("at_risk") or {}
        marks = PassMarks({part: {None: float(defaults.get(part, 60)),
                                  **{level: getattr(rule, part) for level, rule in rules.items()}}
                           for part in ("theory", "practical")},
                          float(at_risk.get("lesson", 60)), float(at_risk.get("hint_share", 0.5)))
        return Policy(issuer["id"], issuer.get("url", issuer["id"]), dict(issuer["name"]), raw["status_list"],
                      raw.get("credential_valid_days"), rules, marks)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"{path}: not a usable certification policy ({type(error).__name__}: {error})") from None
