"""nbgrader's generate_assignment, then what nbgrader cannot do: drop the cells that exist
only in the solution (`by_hand` cells, which do in code what trainees do in a widget)."""

import nbformat

from autograder.config import CourseConfig
from autograder.nbgrader_course import nbgrader_api, run_step


def generate_release(config: CourseConfig, lesson_id: str) -> None:
    run_step(nbgrader_api(config).generate_assignment(lesson_id, force=True, create=True),
             f"nbgrader generate_assignment {lesson_id}")
    for path in config.release_dir(lesson_id).glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        kept = [cell for cell in notebook.cells if not cell.metadata.get("course", {}).get("by_hand")]
        if len(kept) != len(notebook.cells):
            notebook.cells = kept
            nbformat.write(notebook, path)
