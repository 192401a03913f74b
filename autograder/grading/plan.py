"""What grading one lesson needs, loaded once per lesson: its graded items and judges."""

from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.config import CourseConfig
from autograder.judging.run import load_judges
from course.lesson import LessonInfo


@dataclass(frozen=True)
class LessonPlan:
    lesson_id: str
    items: frozenset[str]
    judges: dict
    gold_dir: Path
    released: nbformat.NotebookNode | None  # what trainees were given, to compare submissions with

    @classmethod
    def load(cls, config: CourseConfig, lesson_id: str) -> "LessonPlan":
        judges_dir = config.judges_dir(lesson_id)
        release = config.release_dir(lesson_id) / f"{lesson_id}.ipynb"
        return cls(lesson_id, frozenset(LessonInfo.load(config.source_dir(lesson_id)).items),
                   load_judges(judges_dir) if judges_dir.exists() else {}, judges_dir / "gold",
                   nbformat.read(release, as_version=4) if release.exists() else None)
