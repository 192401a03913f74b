"""An assignment as nbgrader's gradebook knows it, whether or not the kit built it.

A kit lesson is one notebook named as the lesson, with a `lesson.json` manifest beside it in
source/. Any other nbgrader assignment has notebooks of any names, listed in the gradebook
by `nbgrader generate_assignment`; its graded items are the gradebook's grade cells. An
assignment the gradebook does not know yet is added from its source folder the way
`nbgrader generate_assignment` adds it, without touching the instructor's release folder.
"""

import tempfile
from dataclasses import dataclass

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory

from autograder.config import CourseConfig
from autograder.grading.database import shown_url
from autograder.nbgrader_course import nbgrader_settings, run_step
from course.lesson import MANIFEST_NAME, ItemInfo, LessonInfo


class UnknownAssignment(Exception):
    """The gradebook does not know the assignment and there is no source to add it from."""


def is_kit_lesson(config: CourseConfig, assignment: str) -> bool:
    """Built by the kit from a lesson source: judges, hints and the kit's tamper checks apply."""
    return (config.source_dir(assignment) / MANIFEST_NAME).exists()


def assignment_notebooks(config: CourseConfig, assignment: str) -> list[str]:
    """The assignment's notebook ids as the gradebook lists them (as `nbgrader autograde` takes
    them), else the notebooks of its source folder."""
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        try:
            names = sorted(notebook.name for notebook in gradebook.find_assignment(assignment).notebooks)
        except MissingEntry:
            names = []
    return names or sorted(path.stem for path in config.source_dir(assignment).glob("*.ipynb"))


@dataclass(frozen=True)
class AssignmentItems:
    """What a score table and a feedback page need: each graded item's points, per notebook."""
    lang: str
    items: dict[str, ItemInfo]  # grade id (prefixed with its notebook when the assignment has several)
    notebook_of: dict[str, str]  # item → notebook id


def assignment_items(config: CourseConfig, assignment: str) -> AssignmentItems:
    """A kit lesson's items from its manifest; any other assignment's from the gradebook's
    grade cells (a written answer, task or hand-graded code cell is `manual`)."""
    if is_kit_lesson(config, assignment):
        manifest = LessonInfo.load(config.source_dir(assignment))
        return AssignmentItems(manifest.lang, manifest.items, dict.fromkeys(manifest.items, assignment))
    items, notebook_of = {}, {}
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        try:
            notebooks = sorted(gradebook.find_assignment(assignment).notebooks, key=lambda n: n.name)
        except MissingEntry:
            notebooks = []
        for notebook in notebooks:
            answers = {cell.name for cell in notebook.solution_cells}
            for cell in notebook.grade_cells:
                item = item_name(cell.name, notebook.name, len(notebooks))
                items[item] = ItemInfo(points=cell.max_score, manual=cell.cell_type == "markdown" or cell.name in answers)
                notebook_of[item] = notebook.name
    return AssignmentItems(config.lang, items, notebook_of)


def item_name(grade_id: str, notebook_id: str, notebooks: int) -> str:
    """Grade ids are unique within a notebook only: name the notebook when there are several."""
    return f"{notebook_id}:{grade_id}" if notebooks > 1 else grade_id


def known_assignments(config: CourseConfig) -> set[str]:
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        return {assignment.name for assignment in gradebook.assignments}


def add_from_source(config: CourseConfig, assignment: str) -> None:
    """Put the assignment and its notebooks' cells into the gradebook, as `nbgrader
    generate_assignment` does, or raise UnknownAssignment saying how to add it. The student
    version nbgrader writes on the way goes to a scratch folder: release/ stays as it is."""
    if not config.source_dir(assignment).is_dir():
        raise UnknownAssignment(
            f"the gradebook {shown_url(config.gradebook_url)} has no assignment {assignment!r} (it has: "
            f"{', '.join(sorted(known_assignments(config))) or 'none'}) and there is no "
            f"{config.source_dir(assignment)} to add it from: add it with `nbgrader db assignment add {assignment}` "
            f"and `nbgrader generate_assignment {assignment}` (same --db), then grade again; a kit lesson: "
            f"`course build {assignment}` and `course release {assignment}`")
    with tempfile.TemporaryDirectory(prefix="course-generate-") as scratch:
        settings = nbgrader_settings(config)
        settings.CourseDirectory.release_directory = scratch  # absolute: nbgrader's path join keeps it
        api = NbGraderAPI(coursedir=CourseDirectory(config=settings), config=settings)
        run_step(api.generate_assignment(assignment, force=True, create=True),
                 f"nbgrader generate_assignment {assignment}")
