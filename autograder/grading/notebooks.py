"""Reading a submitted notebook without trusting it."""

import nbformat

from autograder.grading.submissions import Submission

MAX_NOTEBOOK_BYTES = 32 << 20  # a submitted notebook larger than this is not read into the grader


def read_submitted_notebook(submission: Submission) -> tuple[nbformat.NotebookNode | None, str]:
    """The notebook, or None and a message saying what is wrong with the file."""
    where = f"{submission.trainee}: {submission.lesson_id}/{submission.notebook.name}"
    if not submission.notebook.exists():
        return None, f"{where} is missing from the submission"
    if submission.notebook.is_symlink():
        return None, f"{where} is a symbolic link, not a notebook"
    if submission.notebook.stat().st_size > MAX_NOTEBOOK_BYTES:
        return None, f"{where} is larger than {MAX_NOTEBOOK_BYTES >> 20} MB, not a notebook as released"
    try:
        notebook = nbformat.read(submission.notebook, as_version=4)
        nbformat.validate(notebook)
    except Exception as error:  # json, encoding and schema errors all mean "not a notebook"
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return None, f"{where} is not a valid notebook ({reason[:200]})"
    return notebook, ""


def grade_ids(notebook: nbformat.NotebookNode) -> set[str]:
    return {cell.metadata["nbgrader"]["grade_id"] for cell in notebook.cells
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade")}
