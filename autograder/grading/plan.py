"""What grading one assignment needs, loaded once per assignment: its notebooks, graded items,
judges, and the release each submitted notebook is compared with.

A kit lesson (built from a lesson source) has judges, hints and the kit's tamper checks; any
other nbgrader assignment is graded by nbgrader's steps alone, its submissions compared with
nbgrader's own release to report tampering, never changed to undo it (scores stay nbgrader's).
"""

from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.config import CourseConfig
from autograder.grading.assignment import assignment_notebooks, is_kit_lesson
from autograder.judging.run import load_judges
from course.lesson import LessonInfo


@dataclass(frozen=True)
class LessonPlan:
    lesson_id: str
    items: frozenset[str]
    judges: dict
    gold_dir: Path
    released: dict[str, nbformat.NotebookNode]  # notebook id → what trainees were given
    kit: bool = True  # built by the kit: judges, hints, exam sittings, the kit's tamper checks
    notebooks: tuple[str, ...] = field(default=())

    @classmethod
    def load(cls, config: CourseConfig, lesson_id: str) -> "LessonPlan":
        judges_dir = config.judges_dir(lesson_id)
        kit = is_kit_lesson(config, lesson_id)
        notebooks = (lesson_id,) if kit else tuple(assignment_notebooks(config, lesson_id))
        released = {notebook: nbformat.read(path, as_version=4) for notebook in notebooks
                    if (path := config.release_dir(lesson_id) / f"{notebook}.ipynb").exists()}
        if not kit:
            return cls(lesson_id, frozenset(), {}, judges_dir / "gold", released, kit=False, notebooks=notebooks)
        return cls(lesson_id, frozenset(LessonInfo.load(config.source_dir(lesson_id)).items),
                   load_judges(judges_dir) if judges_dir.exists() else {}, judges_dir / "gold", released,
                   notebooks=notebooks)
