"""The cohort's roster: `<course dir>/roster.csv` with trainee id, names, cohort, email and, for
simulated cohorts, the profile each trainee was simulated with.

roster.csv stays the roster's home (not a table of our own in the gradebook): instructors and
`course simulate` write it, and `register_roster` copies ids, names and emails into nbgrader's
own `student` table, so formgrader and every nbgrader command see the same people. nbgrader's
schema has no cohort; the cohort lives here and filters are applied from here.
"""

import csv
from dataclasses import asdict, dataclass, fields, replace

from autograder.config import CourseConfig

ROSTER_NAME = "roster.csv"


@dataclass(frozen=True)
class Trainee:
    trainee: str
    family_name: str
    given_name: str
    profile: str = ""
    skill: str = ""
    cohort: str = ""
    email: str = ""

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


def add_to_roster(config: CourseConfig, trainees: list[Trainee]) -> None:
    """Add or update these trainees and keep everyone else: a simulation never drops an imported
    trainee, and an imported trainee keeps their cohort and email."""
    roster = read_roster(config)
    for trainee in trainees:
        known = roster.get(trainee.trainee)
        roster[trainee.trainee] = replace(trainee, cohort=known.cohort, email=known.email) if known else trainee
    write_roster(config, list(roster.values()))


def register_roster(config: CourseConfig) -> None:
    """Give nbgrader's gradebook the trainees' names, so formgrader shows who is who."""
    from nbgrader.api import Gradebook  # seconds to import; reading the roster needs none of it

    roster = read_roster(config)
    if not roster:
        return
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for trainee in roster.values():
            gradebook.update_or_create_student(trainee.trainee, first_name=trainee.given_name,
                                               last_name=trainee.family_name, email=trainee.email or None)


def cohort_members(config: CourseConfig, cohort: str | None) -> set[str] | None:
    """The ids of `cohort`'s trainees, or None (everyone) when no cohort is asked for."""
    if not cohort:
        return None
    return {t.trainee for t in read_roster(config).values() if t.cohort == cohort}
