"""Source cells → notebook cells with nbgrader's cell metadata.

answer → solution cell (`<item>_answer`), tests → locked autograder cell worth its points,
manual → manually graded written answer, by_hand → a plain cell marked for removal from
the release (it does in code what trainees do in a widget). Cell ids are derived from roles, so rebuilding an
unchanged lesson writes an identical notebook.

Answer and tests cells carry Jupyter's `raises-exception` tag: an unanswered stub or a failed
check shows its error, and Restart & Run All still goes on to the widgets further down.
Grading does not read the tag (it runs every cell and scores the errors as before).
"""

RUN_ON_ERROR = {"tags": ["raises-exception"]}

from collections import Counter

import nbformat

from autograder.lesson.source import SourceCell


def nbgrader_metadata(grade_id: str, *, solution: bool, grade: bool, locked: bool, points=None) -> dict:
    metadata = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
                "solution": solution, "task": False}
    if points is not None:
        metadata["points"] = points
    return {"nbgrader": metadata}


def to_notebook_cells(cells: list[SourceCell]) -> list[nbformat.NotebookNode]:
    answers_seen: Counter = Counter()
    notebook_cells = []
    for index, cell in enumerate(cells):
        if cell.role == "answer":
            answers_seen[cell.item] += 1
            suffix = "" if answers_seen[cell.item] == 1 else f"_{answers_seen[cell.item]}"
            grade_id = f"{cell.item}_answer{suffix}"
            new = nbformat.v4.new_code_cell(cell.source, metadata={**nbgrader_metadata(grade_id, solution=True, grade=False, locked=False), **RUN_ON_ERROR})
            new.id = grade_id
        elif cell.role == "tests":
            new = nbformat.v4.new_code_cell(cell.source, metadata={**nbgrader_metadata(cell.item, solution=False, grade=True, locked=True, points=cell.points),
                                                               **RUN_ON_ERROR})
            new.id = f"{cell.item}_tests"
        elif cell.role == "by_hand":  # the solution's stand-in for widget work; releases drop it
            new = nbformat.v4.new_code_cell(cell.source, metadata={"course": {"by_hand": cell.item}})
            new.id = f"{cell.item}_by_hand"
        elif cell.role == "manual":
            new = nbformat.v4.new_markdown_cell(cell.source, metadata=nbgrader_metadata(cell.item, solution=True, grade=True, locked=False, points=cell.points))
            new.id = cell.item
        elif cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(cell.source)
            new.id = cell.metadata.get("cell_id", f"text-{index}")  # a task's heading: its section's id
        else:
            new = nbformat.v4.new_code_cell(cell.source)
            new.id = f"code-{index}"
        notebook_cells.append(new)
    return notebook_cells
