"""Autograde one submission with nbgrader and say plainly what happened.

nbgrader does the grading; around it we refuse what would only produce a traceback (a file
that is not a notebook), and read the graded notebook for what nbgrader leaves unsaid
(which task timed out, which task's check cell is missing).
"""

from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.config import CourseConfig
from autograder.grading.submissions import Submission
from autograder.judging.record import record_judgements
from autograder.judging.run import judge_answers, load_judges
from course.lesson import LessonInfo

TIMEOUT_ERRORS = {"CellTimeoutError", "KeyboardInterrupt"}
OK, TIMEOUT, CRASHED, INVALID, FAILED = "ok", "timeout", "crashed", "invalid-notebook", "grader-error"


@dataclass(frozen=True)
class Outcome:
    status: str
    detail: str = ""


@dataclass(frozen=True)
class LessonPlan:
    """What grading one lesson needs, loaded once per lesson: its graded items and judges."""

    lesson_id: str
    items: frozenset[str]
    judges: dict
    gold_dir: Path

    @classmethod
    def load(cls, config: CourseConfig, lesson_id: str) -> "LessonPlan":
        judges_dir = config.judges_dir(lesson_id)
        return cls(lesson_id, frozenset(LessonInfo.load(config.source_dir(lesson_id)).items),
                   load_judges(judges_dir) if judges_dir.exists() else {}, judges_dir / "gold")


def read_submitted_notebook(submission: Submission) -> tuple[nbformat.NotebookNode | None, str]:
    """The notebook, or None and a message saying what is wrong with the file."""
    where = f"{submission.trainee}: {submission.lesson_id}/{submission.notebook.name}"
    if not submission.notebook.exists():
        return None, f"{where} is missing from the submission"
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


def autograde_submission(api, submission: Submission, config: CourseConfig, plan: LessonPlan) -> Outcome:
    """nbgrader autogrades the notebook in its kernel; then the lesson's judges score the
    answers it submitted, here, and their scores replace nbgrader's for those items."""
    notebook, problem = read_submitted_notebook(submission)
    if notebook is None:
        return Outcome(INVALID, problem)
    missing = sorted(plan.items - grade_ids(notebook))
    result = api.autograde(submission.lesson_id, submission.trainee, force=True, create=True)
    log = (result.get("log") or "") + (result.get("error") or "")
    where = f"{submission.trainee}: {submission.lesson_id}/{submission.notebook.name}"
    if not result.get("success"):
        if "DeadKernelError" in log or "Kernel died" in log or "kernel died" in log:
            return Outcome(CRASHED, f"{where}: the kernel died while grading (the notebook's code ended Python); no points recorded")
        last = [line for line in log.strip().splitlines() if line.strip()][-1:] or ["unknown error"]
        return Outcome(FAILED, f"{where}: nbgrader could not grade it: {last[0][:200]}")
    if plan.judges:
        graded_folder = config.autograded_dir(submission.trainee, submission.lesson_id)
        record_judgements(config, submission.lesson_id, submission.trainee,
                          judge_answers(plan.judges, graded_folder, plan.gold_dir))
    notes = []
    if missing:
        notes.append(f"check cells restored by nbgrader for: {', '.join(missing)}")
    timed_out = timed_out_items(config, submission)
    if timed_out:
        return Outcome(TIMEOUT, f"{where}: stopped after {config.cell_timeout}s in {', '.join(timed_out)}" + (f"; {notes[0]}" if notes else ""))
    return Outcome(OK, f"{where}: {notes[0]}" if notes else "")


def timed_out_items(config: CourseConfig, submission: Submission) -> list[str]:
    """The tasks whose cells were interrupted for running past the cell timeout."""
    path = config.autograded_dir(submission.trainee, submission.lesson_id) / submission.notebook.name
    if not path.exists():
        return []
    notebook = nbformat.read(path, as_version=4)
    items = []
    for index, cell in enumerate(notebook.cells):
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if any(o.get("ename") in TIMEOUT_ERRORS for o in errors):
            items.append(cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index + 1}")
    return items
