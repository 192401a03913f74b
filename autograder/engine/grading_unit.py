"""One notebook of one submission, the unit the engine grades: prepared for a worker in the
main process, completed there when the executed notebook comes back.

A submission is one folder with any number of the assignment's notebooks. Each notebook is
recorded, sanitized, executed and scored on its own (so the notebooks of all submissions
run in parallel); a notebook missing from a submission that has others scores 0, as
`nbgrader autograde` records it. Where the kit built the lesson, the submitted notebook is
also compared with the kit's release and put right for grading; elsewhere it is compared
with nbgrader's release only to report what was changed.
"""

import nbformat

from autograder.config import CourseConfig
from autograder.engine import nbgrader_steps
from autograder.engine.sandbox import Limits
from autograder.engine.task import GradingTask, TaskResult
from autograder.exams.sittings import record_sitting
from autograder.grading.notebooks import grade_ids, read_submitted_notebook
from autograder.grading.outcome import (ANSWER_REJECTED, INVALID, JUDGE_ERROR, OK, SANDBOX_VIOLATION, TAMPERED,
                                        Outcome)
from autograder.grading.plan import LessonPlan
from autograder.grading.submissions import Submission
from autograder.grading.tamper import Tamper, find_tampering, restore_for_grading, timestamp_tampering
from autograder.judging.record import record_judgements
from course.answers import ANSWERS_DIR
from course.variant import seed_for


def prepare(config: CourseConfig, unit: Submission, limits: Limits, sandboxed: bool, plan: LessonPlan):
    """(the task for one notebook or None, why it cannot be graded, what was tampered with)."""
    notebook, problem = read_submitted_notebook(unit)
    if notebook is None:
        if not unit.notebook.exists() and any((unit.folder / f"{n}.ipynb").exists() for n in plan.notebooks):
            nbgrader_steps.record_submission(config, unit)  # the others are graded: this one scores 0
            nbgrader_steps.score_missing_notebook(config, unit)
        return None, Outcome(INVALID, problem), []
    released = plan.released.get(unit.notebook.stem)
    tampers = find_tampering(notebook, released) if released is not None else []
    if not plan.kit and unit.notebook.stem != unit.lesson_id:  # grade ids are unique per notebook only
        tampers = [Tamper(t.item, f"{t.what} in {unit.notebook.name}", t.diff) for t in tampers]
    tampers += timestamp_tampering(unit.timestamp)
    if released is not None and plan.kit:
        notebook = restore_for_grading(notebook, released)
    nbgrader_steps.record_submission(config, unit)
    sanitized = nbgrader_steps.sanitize(config, notebook, unit)
    files = nbgrader_steps.grading_files(config, unit)
    return GradingTask(unit.trainee, unit.lesson_id, sanitized, files, limits, sandboxed), None, tampers


def complete(config: CourseConfig, unit: Submission, task: GradingTask, result: TaskResult,
             plan: LessonPlan, tampers: list) -> Outcome:
    """Score the executed notebook the nbgrader way and say what happened (before judging)."""
    notebook = nbformat.from_dict(result.notebook)
    nbgrader_steps.score_and_save(config, notebook, unit)
    folder = config.autograded_dir(unit.trainee, unit.lesson_id)
    for name, data in {**task.files, **{f"{ANSWERS_DIR}/{k}": v for k, v in result.answers.items()}}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    notes = [f"tampered: {tamper}" for tamper in dict.fromkeys(tampers)]
    if plan.kit:
        record_sitting(config, unit, folder, plan.gold_dir,  # exam papers only
                       seed_for(unit.lesson_id, unit.trainee))
        missing = sorted(plan.items - grade_ids(notebook))
        if missing:
            notes.append(f"check cells missing: {', '.join(missing)}")
    for state, label in (("timeout", "stopped after {t:g}s in"), ("died", "the kernel died in"),
                         ("not-run", "not run:")):
        if result.failed_cells.get(state):
            names = [_cell_name(notebook, i) for i in result.failed_cells[state]]
            notes.append(f"{label.format(t=task.limits.cell_timeout)} {', '.join(names)}")
    status = TAMPERED if tampers and result.status != SANDBOX_VIOLATION else result.status
    return Outcome(status, f"{where(unit)}: {'; '.join(notes)}" if notes else "")


def with_judgements(config: CourseConfig, unit: Submission, executed: Outcome, judgements: dict) -> Outcome:
    """Record the judges' verdicts; an answer refused or a judge that failed shows in the status."""
    record_judgements(config, unit.lesson_id, unit.trainee, judgements)
    flagged = {status: [f"{item}: {j.problem}" for item, j in judgements.items() if j.status == status]
               for status in (JUDGE_ERROR, ANSWER_REJECTED)}
    notes = [executed.detail.removeprefix(f"{where(unit)}: ")] if executed.detail else []
    notes += [f"{status}: {problem}" for status, problems in flagged.items() for problem in problems]
    status = executed.status
    if status not in (TAMPERED, SANDBOX_VIOLATION):
        status = JUDGE_ERROR if flagged[JUDGE_ERROR] else ANSWER_REJECTED if flagged[ANSWER_REJECTED] and \
            status == OK else status
    return Outcome(status, f"{where(unit)}: {'; '.join(notes)}" if notes else "")


def answer_texts(answers: dict[str, bytes], judges: dict) -> dict[str, str]:
    """The judged items' answer files as text, for the judge server (never decoded here)."""
    return {item: answers[f"{item}.json"].decode("utf-8", errors="replace")
            for item in judges if f"{item}.json" in answers}


def _cell_name(notebook, index: int) -> str:
    grade_id = notebook.cells[index].metadata.get("nbgrader", {}).get("grade_id")
    return grade_id or f"cell {index + 1}"


def where(unit: Submission) -> str:
    return f"{unit.trainee}: {unit.lesson_id}/{unit.notebook.name}"
