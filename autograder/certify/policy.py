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
class Policy:
    issuer_id: str
    issuer_url: str
    issuer_name: dict  # {en, zh}
    status_list_url: str
    credential_valid_days: int | None
    rules: dict  # level -> LevelRule


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
        return Policy(issuer["id"], issuer.get("url", issuer["id"]), dict(issuer["name"]), raw["status_list"],
                      raw.get("credential_valid_days"), rules)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"{path}: not a usable certification policy ({type(error).__name__}: {error})") from None
