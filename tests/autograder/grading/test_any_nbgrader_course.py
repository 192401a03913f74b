"""`course grade` on a course written in nbgrader alone: nbgrader's own quickstart course,
generated here, its assignment ps1 of two notebooks (problem1, problem2) with no kit lesson
source and no judges. The kit must record the scores plain `nbgrader autograde` records,
say which notebook a submission is missing, add an assignment the gradebook does not know
from source/ as `nbgrader generate_assignment` would, and refuse one it cannot add in one line."""

import shutil
from pathlib import Path

import nbformat
import pytest
from click.testing import CliRunner
from nbgrader.api import Gradebook

from autograder.cli import main
from autograder.grading.status import StatusBook
from tests.autograder.grading.quickstart import (ASSIGNMENT, answer_one_task, plain_nbgrader, quickstart_course,
                                                 submit, succeeded)

pytestmark = pytest.mark.slow
NOTEBOOKS = ("problem1", "problem2")
TRAINEES = ("solution", "blank", "partly", "missing-problem2", "edited-test")


def course(course_dir: Path, gradebook: Path, *arguments: str):
    return CliRunner().invoke(main, ["--course-dir", str(course_dir), "--db", f"sqlite:///{gradebook}", *arguments],
                              prog_name="course")


def edit_test_cell(submitted: Path) -> None:
    """The solution with problem1's first test cell made to pass whatever the answer."""
    notebook = nbformat.read(submitted / "problem1.ipynb", as_version=4)
    test = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "correct_squares")
    test.source = "pass"
    nbformat.write(notebook, submitted / "problem1.ipynb")


@pytest.fixture(scope="module")
def quickstart(tmp_path_factory) -> dict:
    """nbgrader's quickstart course with ps1 generated, four submissions, graded twice: by plain
    `nbgrader autograde` into one gradebook, by `course grade --no-judges` into another."""
    root = tmp_path_factory.mktemp("quickstart")
    template = quickstart_course(root / "course101")
    succeeded(plain_nbgrader(template).generate_assignment(ASSIGNMENT))  # release/ps1 and the course's gradebook.db
    source, release = template / "source" / ASSIGNMENT, template / "release" / ASSIGNMENT
    submit(template, "solution", source)
    submit(template, "blank", release)
    answer_one_task(submit(template, "partly", release), source)
    (submit(template, "missing-problem2", release) / "problem2.ipynb").unlink()
    edit_test_cell(submit(template, "edited-test", source))
    plain, ours = root / "plain", root / "ours"
    shutil.copytree(template, plain)
    shutil.copytree(template, ours)
    api = plain_nbgrader(plain)
    for trainee in TRAINEES:
        succeeded(api.autograde(ASSIGNMENT, trainee))
    gradebook = root / "ours.db"  # new, empty: ps1 must be added from source/
    graded = course(ours, gradebook, "grade", ASSIGNMENT, "--no-judges", "--cell-timeout", "10")
    assert graded.exit_code == 0, graded.output + repr(graded.exception)
    return {"plain": plain / "gradebook.db", "ours": gradebook, "course": ours, "output": graded.output}


def scores(gradebook: Path) -> dict:
    """trainee → (total, {notebook: score}) as nbgrader's gradebook shows them."""
    with Gradebook(f"sqlite:///{gradebook}") as book:
        return {trainee: (book.find_submission(ASSIGNMENT, trainee).score,
                          {n: book.find_submission_notebook(n, ASSIGNMENT, trainee).score for n in NOTEBOOKS})
                for trainee in TRAINEES}


def test_scores_equal_plain_nbgrader_per_notebook_and_in_total(quickstart):
    plain, ours = scores(quickstart["plain"]), scores(quickstart["ours"])
    assert ours == plain
    assert plain["solution"][0] == 3.0 and plain["blank"][0] == 0.0  # what nbgrader gives its own quickstart
    assert 0 < plain["partly"][0] < plain["solution"][0]


def test_an_unknown_assignment_with_a_source_folder_is_added_and_said_so(quickstart):
    assert f"{ASSIGNMENT}: added to the gradebook sqlite:///{quickstart['ours']}" in quickstart["output"]
    with Gradebook(f"sqlite:///{quickstart['ours']}") as book:
        assignment = book.find_assignment(ASSIGNMENT)
        assert sorted(n.name for n in assignment.notebooks) == list(NOTEBOOKS)
        assert assignment.course_id == "course101"  # the instructor's course, from their own config


def test_the_instructors_own_nbgrader_config_is_kept(quickstart):
    config = (quickstart["course"] / "nbgrader_config.py").read_text(encoding="utf-8")
    assert 'c.CourseDirectory.course_id = "course101"' in config and "course build" not in config


def test_a_missing_notebook_is_named_and_the_others_are_graded(quickstart):
    statuses = StatusBook(f"sqlite:///{quickstart['ours']}")
    record = statuses.all()[("missing-problem2", ASSIGNMENT)]
    statuses.close()
    assert "ps1/problem2.ipynb is missing from the submission" in record.detail
    assert "ps1/ps1.ipynb" not in record.detail and "problem1" not in record.detail
    assert (quickstart["course"] / "autograded" / "missing-problem2" / ASSIGNMENT / "problem1.ipynb").exists()


def test_an_edited_test_cell_is_flagged_against_nbgrader_s_release_and_scored_as_nbgrader_does(quickstart):
    statuses = StatusBook(f"sqlite:///{quickstart['ours']}")
    record, flags = statuses.all()[("edited-test", ASSIGNMENT)], statuses.tampering()
    statuses.close()
    assert record.status == "tampered" and "correct_squares" in record.detail
    assert [(item, what) for item, what, _ in flags[("edited-test", ASSIGNMENT)]] == \
        [("correct_squares", "locked cell edited (restored for grading) in problem1.ipynb")]
    assert ("solution", ASSIGNMENT) not in flags  # the source copy differs from the release only in its answers


def test_every_notebook_of_every_submission_is_a_unit_of_grading(quickstart):
    assert f"graded {len(TRAINEES) * 2} notebooks of {len(TRAINEES)} submissions" in quickstart["output"]
    for trainee in ("solution", "blank", "partly"):
        for notebook in NOTEBOOKS:
            assert (quickstart["course"] / "autograded" / trainee / ASSIGNMENT / f"{notebook}.ipynb").exists()


def test_an_assignment_neither_gradebook_nor_source_knows_is_one_line_saying_how_to_add_it(quickstart, tmp_path):
    result = course(quickstart["course"], tmp_path / "other.db", "grade", "ps9")
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1, result.output
    assert "'ps9'" in lines[0] and f"sqlite:///{tmp_path / 'other.db'}" in lines[0]
    assert "nbgrader db assignment add ps9" in lines[0] and "nbgrader generate_assignment ps9" in lines[0]


def test_feedback_pages_per_notebook_show_scores_never_solutions(quickstart):
    result = course(quickstart["course"], quickstart["ours"], "feedback", ASSIGNMENT)
    assert result.exit_code == 0, result.output
    folder = quickstart["course"] / "feedback" / "solution" / ASSIGNMENT
    pages = {notebook: (folder / f"{notebook}.html").read_text(encoding="utf-8") for notebook in NOTEBOOKS}
    assert "<code>correct_squares</code>" in pages["problem1"] and "1 / 1" in pages["problem1"]
    solution_lines = ['raise ValueError("n must be greater than or equal to 1")', "return sum(squares(n))"]
    assert not any(line in page for page in pages.values() for line in solution_lines)


def test_similarity_compares_each_notebook_across_trainees(quickstart):
    result = course(quickstart["course"], quickstart["ours"], "similarity", ASSIGNMENT)
    assert result.exit_code == 0, result.output
    assert f"{ASSIGNMENT}/problem1.ipynb:" in result.output and f"{ASSIGNMENT}/problem2.ipynb:" in result.output


def test_a_feedback_page_quoting_a_solution_is_withheld(quickstart):
    """A grader's comment that quotes the solution would reach the trainee: the page is not kept."""
    with Gradebook(f"sqlite:///{quickstart['ours']}") as book:
        book.find_comment("squares", "problem1", ASSIGNMENT, "partly").manual_comment = \
            "Compare with: return [i ** 2 for i in range(1, n + 1)]"
        book.db.commit()
    folder = quickstart["course"] / "feedback" / "partly" / ASSIGNMENT
    shutil.rmtree(folder, ignore_errors=True)  # pages an earlier test wrote
    result = course(quickstart["course"], quickstart["ours"], "feedback", ASSIGNMENT)
    assert result.exit_code == 0, result.output
    assert "withheld, it would leak: partly: ps1/problem1.ipynb" in result.output
    assert not (folder / "problem1.html").exists() and (folder / "problem2.html").exists()


def test_the_grades_csv_has_one_column_per_notebook_item_adding_up_to_the_total(quickstart):
    import pandas as pd

    from autograder.config import CourseConfig
    from autograder.grading.export import grades_table

    config = CourseConfig(course_dir=quickstart["course"], db_url=f"sqlite:///{quickstart['ours']}")
    table = grades_table(config).set_index("trainee")
    with Gradebook(f"sqlite:///{quickstart['ours']}") as book:
        items = {f"{notebook.name}:{cell.name}" for notebook in book.find_assignment(ASSIGNMENT).notebooks
                 for cell in notebook.grade_cells}
    assert items <= set(table.columns)  # grade ids are unique per notebook only: the notebook is named
    for trainee in ("solution", "partly"):
        assert table.loc[trainee, sorted(items)].apply(pd.to_numeric).sum() == table.loc[trainee, "score"]
