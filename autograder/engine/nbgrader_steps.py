"""nbgrader's own autograde steps, run around our executor instead of nbgrader's.

`nbgrader autograde` is: record the submission, copy its files (source files win), then
sanitize (restore locked cells, clear outputs, check metadata), execute, and score and
save. We call the same preprocessors in the same order, and only the "execute" step is
ours, so scores come out as nbgrader's would. All gradebook writes happen here, in the one
process that owns the gradebook: parallel workers only execute.
"""

import fnmatch
import os
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbconvert.preprocessors import ClearMetadataPreprocessor
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, ClearOutput, DeduplicateIds,
                                    IgnorePattern, LimitOutput, OverwriteCells, OverwriteKernelspec, SaveAutoGrades)
from nbgrader.utils import parse_utc

from autograder.config import CourseConfig
from autograder.grading.submissions import Submission
from autograder.nbgrader_course import nbgrader_settings

# nbgrader's Autograde.sanitize_preprocessors and autograde_preprocessors, less Execute and
# less the second CheckCellMetadata: between the two, only outputs change, never metadata.
SANITIZE = (ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells, CheckCellMetadata)
SCORE = (IgnorePattern, ClearMetadataPreprocessor, LimitOutput, SaveAutoGrades, AssignLatePenalties)


def resources_for(config: CourseConfig, submission: Submission) -> dict:
    notebook_id = submission.notebook.stem
    return {"unique_key": notebook_id, "output_files_dir": f"{notebook_id}_files",
            "nbgrader": {"student": submission.trainee, "assignment": submission.lesson_id,
                         "notebook": notebook_id, "db_url": config.gradebook_url}}


def record_submission(config: CourseConfig, submission: Submission) -> None:
    """What nbgrader's Autograde.init_assignment writes before grading."""
    timestamp = submission.timestamp
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        gradebook.update_or_create_student(submission.trainee)
        if timestamp:
            gradebook.update_or_create_submission(submission.lesson_id, submission.trainee,
                                                  timestamp=parse_utc(timestamp))
        else:
            gradebook.update_or_create_submission(submission.lesson_id, submission.trainee)


def score_missing_notebook(config: CourseConfig, submission: Submission) -> None:
    """What nbgrader's Autograde.init_assignment records for a notebook missing from a
    submission that has others: every grade of it 0, nothing for a grader to read."""
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        notebook = gradebook.find_submission_notebook(submission.notebook.stem, submission.lesson_id,
                                                      submission.trainee)
        for grade in notebook.grades:
            grade.auto_score, grade.needs_manual_grade = 0, False
        gradebook.db.commit()


def grading_files(config: CourseConfig, submission: Submission) -> dict[str, bytes]:
    """The files a notebook runs beside: the submission's, then the lesson's own over them
    (a trainee cannot swap the data a check reads), as nbgrader copies them."""
    settings = nbgrader_settings(config)
    ignore = settings.CourseDirectory.ignore
    # files the instructor lets trainees change (nbgrader's Autograde.exclude_overwriting) stay theirs
    kept = set(settings.Autograde.get("exclude_overwriting", {}).get(submission.lesson_id, []))
    source = {name: data for name, data in _files_in(config.source_dir(submission.lesson_id), ignore).items()
              if name not in kept}
    files = {**_files_in(submission.folder, ignore), **source}
    return {name: data for name, data in files.items() if not name.endswith(".ipynb")}


def _files_in(folder: Path, ignore: list[str]) -> dict[str, bytes]:
    """Regular files under `folder`; symlinks are never followed (one could point at gold data)."""
    found = {}
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _ignored(d, ignore) and not os.path.islink(os.path.join(root, d)))
        for name in sorted(names):
            path = Path(root) / name
            if not _ignored(name, ignore) and path.is_file() and not path.is_symlink():
                found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def _ignored(name: str, ignore: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in ignore)


def sanitize(config: CourseConfig, notebook: nbformat.NotebookNode, submission: Submission) -> nbformat.NotebookNode:
    return _run(SANITIZE, config, notebook, submission)


def score_and_save(config: CourseConfig, notebook: nbformat.NotebookNode, submission: Submission) -> nbformat.NotebookNode:
    notebook = _run(SCORE, config, notebook, submission)
    folder = config.autograded_dir(submission.trainee, submission.lesson_id)
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / submission.notebook.name)
    return notebook


def _run(steps, config: CourseConfig, notebook, submission: Submission):
    settings = nbgrader_settings(config)
    resources = resources_for(config, submission)
    for step in steps:
        # calling the preprocessor (not .preprocess) honours its `enabled` setting, as nbconvert does
        notebook, resources = step(config=settings)(notebook, resources)
    return notebook
