"""Where things are and the few settings an instructor chooses.

One object passed explicitly to every step; the CLI fills it from options and environment.
"""

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from autograder.grading.database import database_url

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
    # certification: the rules and issuer, and where the issuer's signing key
    # lives: outside the repository, never in a course directory that might be shared
    certification_file: Path = REPO / "exams" / "certification.yml"
    keys_dir: Path = field(default_factory=lambda: Path(os.environ.get(
        "COURSE_KEYS_DIR", Path.home() / ".config" / "ai-trainer-course" / "keys")))
    # exams: paper sources and formats under exams/, theory banks in exams/banks
    exams_dir: Path = REPO / "exams"
    banks_dir: Path = REPO / "exams" / "banks"
    code_stub: str | None = None  # what replaces a solution in the release; practical papers: "______"
    # grading limits per submission (engine; the cell timeout is above); 0 turns off a memory, CPU,
    # process or file limit
    notebook_timeout: float = 120.0  # seconds of wall time for a whole notebook
    memory_mb: int = 1024  # memory a notebook may add to the warm kernel
    cpu_seconds: int = 120  # CPU time of a notebook's kernel
    max_processes: int = 64  # processes and threads a notebook may start
    output_kb: int = 1024  # output kept per cell; the rest is cut
    file_mb: int = 64  # largest file a notebook may write
    judge_timeout: float = 30.0  # seconds of wall time to decode and judge one submission's answers
    judge_memory_mb: int = 1024  # memory the judges of one submission may use
    # nbgrader exchange and trainee servers: None means <course dir>/exchange
    exchange_dir: Path | None = None

    def __post_init__(self):
        object.__setattr__(self, "course_dir", Path(self.course_dir).resolve())
        if self.lang not in ("en", "zh"):
            raise ValueError(f"language must be 'en' or 'zh', not {self.lang!r}")

    @property
    def gradebook_url(self) -> str:
        # a plain postgresql:// URL means psycopg 3, the `postgres` extra (autograder/grading/database.py)
        return database_url(self.db_url) if self.db_url else f"sqlite:///{self.course_dir / 'gradebook.db'}"

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
