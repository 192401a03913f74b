"""The submitted tree, in nbgrader's layout: submitted/<trainee>/<lesson>/<notebook>.ipynb."""

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from autograder.config import CourseConfig

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"


@dataclass(frozen=True)
class Submission:
    trainee: str
    lesson_id: str
    folder: Path
    notebook_id: str = ""  # which of the assignment's notebooks; '' is a kit lesson's own (named as the lesson)

    @property
    def notebook(self) -> Path:
        return self.folder / f"{self.notebook_id or self.lesson_id}.ipynb"

    def of_notebook(self, notebook_id: str) -> "Submission":
        """The same submission, for one notebook of the assignment: the unit of grading."""
        return replace(self, notebook_id=notebook_id)

    @property
    def timestamp(self) -> str:
        """The submission time as nbgrader wrote it, or '' when there is none."""
        path = self.folder / "timestamp.txt"
        return path.read_text(encoding="utf-8").strip() if path.exists() else ""


def find_submissions(config: CourseConfig, lesson_ids: list[str]) -> list[Submission]:
    root = config.course_dir / "submitted"
    if not root.exists():
        return []
    return [
        Submission(trainee.name, lesson_id, trainee / lesson_id)
        for trainee in sorted(root.iterdir()) if trainee.is_dir()
        for lesson_id in lesson_ids if (trainee / lesson_id).is_dir()
    ]


def write_timestamp(folder: Path, when: datetime | None = None) -> None:
    # nbgrader parses "2026-11-28 23:07:34.123456 UTC"; `date` cannot print %f, Python can
    when = when or datetime.now(timezone.utc)
    (folder / "timestamp.txt").write_text(when.strftime(TIMESTAMP_FORMAT), encoding="utf-8")
