"""Tampering found by comparing a submission with the notebook trainees were given, and put
right so that nbgrader grades the lesson as released."""

import copy
from datetime import datetime

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograder.grading.tamper import find_tampering, restore_for_grading, timestamp_tampering

CHECK = "check('add', expect(lambda: add(1, 2) == 3, en='1 + 2 is 3', zh='1 + 2 等于 3'))"


def graded_cell(source: str, grade_id: str, **nbgrader) -> nbformat.NotebookNode:
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade_id": grade_id, "schema_version": 3, **nbgrader}
    return cell


def released() -> nbformat.NotebookNode:
    notebook = new_notebook(cells=[
        new_markdown_cell("# Adding"),
        graded_cell("import pandas as pd", "setup", grade=False, solution=False, locked=True),
        graded_cell("# YOUR CODE HERE\nraise NotImplementedError()", "add_answer", grade=False, solution=True,
                    locked=False),
        graded_cell(CHECK, "add", grade=True, solution=False, locked=True, points=2),
        graded_cell("# YOUR CODE HERE", "mean_answer", grade=False, solution=True, locked=False),
        graded_cell("check('mean')", "mean", grade=True, solution=False, locked=True, points=3),
    ])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return notebook


def cell(notebook, grade_id):
    return next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def test_answers_notes_and_jupyterlab_metadata_are_not_tampering():
    submitted = released()
    cell(submitted, "add_answer").source = "def add(a, b):\n    return a + b"
    submitted.cells.insert(3, new_code_cell("add(2, 2)  # trying it out"))
    submitted.cells.append(new_markdown_cell("my notes"))
    cell(submitted, "add").metadata["collapsed"] = True
    cell(submitted, "add").source += "\n\n"  # trailing blank lines an editor adds
    assert find_tampering(submitted, released()) == []


def test_an_edited_check_cell_is_found_with_a_diff_and_restored():
    submitted = released()
    cell(submitted, "add").source = "print('all checks passed')"
    [tamper] = find_tampering(submitted, released())
    assert str(tamper) == "add: locked cell edited (restored for grading)"
    assert f"-{CHECK}" in tamper.diff and "+print('all checks passed')" in tamper.diff


def test_a_deleted_check_cell_returns_after_the_cell_that_preceded_it():
    submitted = released()
    submitted.cells = [c for c in submitted.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "add"]
    assert [str(t) for t in find_tampering(submitted, released())] == ["add: locked cell deleted (restored for grading)"]
    restored = restore_for_grading(submitted, released())
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in restored.cells]
    assert ids.index("add") == ids.index("add_answer") + 1 and cell(restored, "add").source == CHECK


def test_a_copied_check_cell_is_found_and_its_copy_is_no_longer_graded():
    submitted = released()
    twin = copy.deepcopy(cell(submitted, "add"))
    twin.source = "pass"
    submitted.cells.append(twin)
    assert [str(t) for t in find_tampering(submitted, released())] == ["add: grade id used by 2 cells (copied cell)"]
    restored = restore_for_grading(submitted, released())
    assert sum(c.metadata.get("nbgrader", {}).get("grade_id") == "add" for c in restored.cells) == 1
    assert "nbgrader" not in restored.cells[-1].metadata


def test_raised_points_are_found_and_put_back():
    submitted = released()
    cell(submitted, "mean").metadata["nbgrader"]["points"] = 100
    [tamper] = find_tampering(submitted, released())
    assert tamper.what == "grading metadata changed" and "-points: 3" in tamper.diff and "+points: 100" in tamper.diff
    assert cell(restore_for_grading(submitted, released()), "mean").metadata["nbgrader"]["points"] == 3


def test_a_renamed_check_cell_and_a_changed_kernel():
    submitted = released()
    cell(submitted, "add").metadata["nbgrader"]["grade_id"] = "add_renamed"
    submitted.metadata["kernelspec"]["name"] = "bash"
    found = {str(t) for t in find_tampering(submitted, released())}
    assert found == {"add_renamed: grade id not in the lesson (renamed or invented)",
                     "add: locked cell deleted (restored for grading)",
                     "notebook: kernel changed from python3 to bash"}
    restored = restore_for_grading(submitted, released())
    assert cell(restored, "add").source == CHECK


def test_a_check_cell_turned_into_markdown():
    submitted = released()
    index = submitted.cells.index(cell(submitted, "mean"))
    markdown = new_markdown_cell("check('mean')")
    markdown.metadata = copy.deepcopy(submitted.cells[index].metadata)
    submitted.cells[index] = markdown
    assert "mean: cell type changed from code to markdown" in {str(t) for t in find_tampering(submitted, released())}


def test_submission_times_in_the_future_or_unreadable():
    now = datetime(2026, 11, 28, 12, 0)
    assert timestamp_tampering("2026-11-28 12:03:00.000000 UTC", now) == []  # within clock skew
    assert timestamp_tampering("", now) == []  # nbgrader had none to write
    [future] = timestamp_tampering("2099-01-01 00:00:00.000000 UTC", now)
    assert future.what == "submission time 2099-01-01 00:00:00.000000 UTC is in the future"
    [garbled] = timestamp_tampering("yesterday-ish", now)
    assert garbled.what.startswith("submission time unreadable")
