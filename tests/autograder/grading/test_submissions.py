"""The submitted tree as nbgrader lays it out, its timestamps, and submitted notebooks read
without trusting them."""

from datetime import datetime, timezone

import nbformat
from nbgrader.utils import parse_utc

from autograder.config import CourseConfig
from autograder.grading.notebooks import grade_ids, read_submitted_notebook
from autograder.grading.outcome import FAILED, INVALID, OK, RETRIED, TAMPERED, TIMEOUT, UNGRADED, Outcome, combined
from autograder.grading.submissions import Submission, find_submissions, write_timestamp


def test_submissions_are_found_per_trainee_and_lesson_in_order(tmp_path):
    config = CourseConfig(course_dir=tmp_path)
    assert find_submissions(config, ["quiz"]) == []  # nothing submitted yet
    for trainee, lesson in [("wang-fang", "quiz"), ("li-lei", "quiz"), ("li-lei", "other"), ("王 芳", "quiz")]:
        config.submitted_dir(trainee, lesson).mkdir(parents=True)
    (tmp_path / "submitted" / "stray.txt").write_text("not a trainee")
    (tmp_path / "submitted" / "zhang-wei").mkdir()  # a trainee with nothing for this lesson
    found = find_submissions(config, ["quiz"])
    assert [(s.trainee, s.lesson_id) for s in found] == [("li-lei", "quiz"), ("wang-fang", "quiz"), ("王 芳", "quiz")]
    assert found[0].notebook == tmp_path / "submitted" / "li-lei" / "quiz" / "quiz.ipynb"


def test_timestamps_are_written_the_way_nbgrader_reads_them(tmp_path):
    submission = Submission("li-lei", "quiz", tmp_path)
    assert submission.timestamp == ""
    write_timestamp(tmp_path, datetime(2026, 11, 28, 23, 7, 34, 123456, tzinfo=timezone.utc))
    assert submission.timestamp == "2026-11-28 23:07:34.123456 UTC"
    assert parse_utc(submission.timestamp) == datetime(2026, 11, 28, 23, 7, 34, 123456)


def test_a_notebook_that_cannot_be_read_says_why_naming_trainee_and_file(tmp_path):
    submission = Submission("li-lei", "quiz", tmp_path)
    notebook, problem = read_submitted_notebook(submission)
    assert notebook is None and problem == "li-lei: quiz/quiz.ipynb is missing from the submission"
    submission.notebook.write_text('{"cells": [', encoding="utf-8")
    notebook, problem = read_submitted_notebook(submission)
    assert notebook is None and problem.startswith("li-lei: quiz/quiz.ipynb is not a valid notebook (")
    submission.notebook.unlink()
    (tmp_path / "elsewhere.ipynb").write_text("{}")
    submission.notebook.symlink_to(tmp_path / "elsewhere.ipynb")
    assert read_submitted_notebook(submission)[1] == "li-lei: quiz/quiz.ipynb is a symbolic link, not a notebook"


def test_a_valid_notebook_and_its_graded_cells(tmp_path):
    submission = Submission("li-lei", "quiz", tmp_path)
    check = nbformat.v4.new_code_cell("check('add')")
    check.metadata["nbgrader"] = {"grade_id": "add", "grade": True, "solution": False, "points": 2}
    answer = nbformat.v4.new_code_cell("def add(a, b): ...")
    answer.metadata["nbgrader"] = {"grade_id": "add_answer", "grade": False, "solution": True}
    nbformat.write(nbformat.v4.new_notebook(cells=[answer, check]), submission.notebook)
    notebook, problem = read_submitted_notebook(submission)
    assert problem == "" and grade_ids(notebook) == {"add"}


def test_outcomes_that_graded_nothing():
    assert {INVALID, FAILED} <= set(UNGRADED) and not {OK, TIMEOUT} & set(UNGRADED)
    assert Outcome("ok") == Outcome("ok", "")


def test_a_submission_of_several_notebooks_takes_the_worst_status_and_names_each_notebook():
    parts = [Outcome(OK), Outcome(TIMEOUT, "ana: ps1/problem1.ipynb: stopped after 10s in loop"),
             Outcome(INVALID, "ana: ps1/problem2.ipynb is missing from the submission")]
    outcome = combined("ana", parts)
    assert outcome.status == INVALID and outcome.status in RETRIED  # the whole submission is graded again
    assert outcome.detail == ("ana: ps1/problem1.ipynb: stopped after 10s in loop; "
                              "ps1/problem2.ipynb is missing from the submission")
    assert combined("ana", [Outcome(OK), Outcome(TAMPERED, "ana: ps1/a.ipynb: tampered: x")]).status == TAMPERED
    assert combined("ana", [Outcome(OK), Outcome(OK)]) == Outcome(OK)


def test_one_notebook_of_a_submission_is_found_by_its_own_name(tmp_path):
    submission = Submission("ana", "ps1", tmp_path)
    assert submission.notebook.name == "ps1.ipynb"  # a kit lesson's one notebook
    assert submission.of_notebook("problem2").notebook == tmp_path / "problem2.ipynb"
    notebook, problem = read_submitted_notebook(submission.of_notebook("problem2"))
    assert notebook is None and problem == "ana: ps1/problem2.ipynb is missing from the submission"
