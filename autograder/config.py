"""Where things are and the few settings an instructor chooses.

One object passed explicitly to every step; the CLI fills it from options and environment.
"""

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class CourseConfig:
    course_dir: Path = field(default_factory=lambda: Path(os.environ.get("COURSE_DIR", REPO / "build" / "course")))
    lessons_dir: Path = REPO / "lessons"
    datasets_dir: Path = REPO / "datasets"
    lang: str = "en"
    db_url: str | None = None  # any SQLAlchemy URL; None means SQLite gradebook.db in the course dir
    cell_timeout: int = 10  # seconds a single cell may run at grading before it is interrupted
    course_id: str = "ai-trainer"
    # nbgrader exchange and trainee servers (issue 9): None means <course dir>/exchange
    exchange_dir: Path | None = None

    def __post_init__(self):
        object.__setattr__(self, "course_dir", Path(self.course_dir).resolve())
        if self.lang not in ("en", "zh"):
            raise ValueError(f"language must be 'en' or 'zh', not {self.lang!r}")

    @property
    def gradebook_url(self) -> str:
        return self.db_url or f"sqlite:///{self.course_dir / 'gradebook.db'}"

    @property
    def reports_dir(self) -> Path:
        return self.course_dir / "reports"

    def source_dir(self, lesson_id: str) -> Path:
        return self.course_dir / "source" / lesson_id

    def judges_dir(self, lesson_id: str) -> Path:
        """Instructor-only: a lesson's built judges and, in gold/, the data they read."""
        return self.course_dir / "judges" / lesson_id

    def release_dir(self, lesson_id: str) -> Path:
        return self.course_dir / "release" / lesson_id

    def submitted_dir(self, trainee: str, lesson_id: str) -> Path:
        return self.course_dir / "submitted" / trainee / lesson_id

    def autograded_dir(self, trainee: str, lesson_id: str) -> Path:
        return self.course_dir / "autograded" / trainee / lesson_id

    @property
    def exchange_root(self) -> Path:
        """nbgrader's exchange: releases go out and submissions come in here (shared by all trainees)."""
        return Path(self.exchange_dir).resolve() if self.exchange_dir else self.course_dir / "exchange"

    @property
    def trainee_config_dir(self) -> Path:
        """A Jupyter config folder for trainees' servers (add it to their JUPYTER_CONFIG_PATH)."""
        return self.course_dir / "trainee-config"

    def with_(self, **changes) -> "CourseConfig":
        return replace(self, **changes)
