"""The cohort's roster: `<course dir>/roster.csv` with trainee id, names and, for simulated
cohorts, the profile each trainee was simulated with."""

import csv
from dataclasses import asdict, dataclass, fields

from nbgrader.api import Gradebook

from autograder.config import CourseConfig

ROSTER_NAME = "roster.csv"


@dataclass(frozen=True)
class Trainee:
    trainee: str
    family_name: str
    given_name: str
    profile: str = ""
    skill: str = ""

    @property
    def name(self) -> str:
        return f"{self.family_name}{self.given_name}"


def read_roster(config: CourseConfig) -> dict[str, Trainee]:
    path = config.course_dir / ROSTER_NAME
    if not path.exists():
        return {}
    names = {f.name for f in fields(Trainee)}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["trainee"]: Trainee(**{k: v for k, v in row.items() if k in names})
                for row in csv.DictReader(handle)}


def write_roster(config: CourseConfig, trainees: list[Trainee]) -> None:
    path = config.course_dir / ROSTER_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[f.name for f in fields(Trainee)])
        writer.writeheader()
        writer.writerows(asdict(t) for t in trainees)


def register_roster(config: CourseConfig) -> None:
    """Give nbgrader's gradebook the trainees' names, so formgrader shows who is who."""
    roster = read_roster(config)
    if not roster:
        return
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for trainee in roster.values():
            gradebook.update_or_create_student(trainee.trainee, first_name=trainee.given_name,
                                               last_name=trainee.family_name)
