"""Grading a cohort in which some submissions are broken: each broken one gets a clear
status and message naming the trainee, file and item; everyone else is graded, and what a
broken notebook earned before it broke is kept."""

import shutil

import nbformat
import pandas as pd
import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.grading.export import export_grades
from autograder.grading.report import cohort_rows, format_table
from autograder.grading.status import StatusBook
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from course.answers import submit
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
LESSON = "tiny_lesson"


def answer(notebook, item, source):
    cell = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"{item}_answer")
    cell.source = source


def solved(notebook):
    answer(notebook, "add", "def add(a, b):\n    return a + b")
    answer(notebook, "load_names", "def load_names(path):\n    return pd.read_csv(path)['name'].str.strip().tolist()")
    answer(notebook, "mean_of", "def mean_of(values):\n    return sum(values) / len(values)")
    return notebook


def break_notebook(kind, notebook, folder):
    """Each kind of broken submission, written the way a trainee would produce it."""
    if kind == "not-json":
        (folder / f"{LESSON}.ipynb").write_text('{"cells": [', encoding="utf-8")
        return
    solved(notebook)
    if kind == "deleted-check-cell":
        notebook.cells = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "load_names"]
    elif kind == "added-cells":
        notebook.cells.insert(3, nbformat.v4.new_code_cell("scratch = [1, 2, 3]"))
        notebook.cells.append(nbformat.v4.new_markdown_cell("my notes"))
    elif kind == "kernel-crash":
        answer(notebook, "load_names", "import os\nos._exit(1)")
    elif kind == "infinite-loop":
        answer(notebook, "load_names", "def load_names(path):\n    while True:\n        pass")
    elif kind == "eq-always-true":  # passes every == in the kernel, visible checks included
        answer(notebook, "mean_of", "class Anything(float):\n    def __eq__(self, other):\n        return True\n\n"
                                    "def mean_of(values):\n    return Anything(0)")
    elif kind == "prefilled-answers":  # right answers typed into the answer folder, no working code
        answer(notebook, "mean_of", "def mean_of(values):\n    return 3.0")
        submit("mean_of", folder, small=2.5, large=500.5)
    nbformat.write(notebook, folder / f"{LESSON}.ipynb")


KINDS = ["good", "not-json", "deleted-check-cell", "added-cells", "kernel-crash", "infinite-loop",
         "eq-always-true", "prefilled-answers"]


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("course"), lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets", cell_timeout=3)
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release = release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    for kind in KINDS:
        folder = config.submitted_dir(kind, LESSON)
        shutil.copytree(release, folder)
        break_notebook(kind, nbformat.read(release / f"{LESSON}.ipynb", 4), folder)
        write_timestamp(folder)
    # hints the good trainee opened, as `hint()` logs them; a hand-edited log's junk is ignored
    (config.submitted_dir("good", LESSON) / "hints-used.json").write_text(
        '{"add": 1, "mean_of": 2, "not_an_item": 3, "load_names": "many"}', encoding="utf-8")
    run = grade_cohort(config, [LESSON], workers=2, show_progress=False)
    return config, run, {row.trainee: row for row in cohort_rows(config, [LESSON])}


def test_every_trainee_gets_a_row(graded):
    _, run, rows = graded
    assert sorted(rows) == sorted(KINDS) and run.graded == len(KINDS)


def test_good_and_merely_untidy_submissions_get_full_autograded_marks(graded):
    _, _, rows = graded
    for trainee in ("good", "added-cells"):
        row = rows[trainee]
        assert row.status == "ok" and row.auto_score == row.auto_max == 5


def test_a_file_that_is_not_a_notebook_is_named_and_scored_zero(graded):
    _, _, rows = graded
    row = rows["not-json"]
    assert row.status == "invalid-notebook" and row.score == 0
    assert "not-json: tiny_lesson/tiny_lesson.ipynb is not a valid notebook" in row.detail


def test_a_deleted_check_cell_is_restored_graded_and_flagged(graded):
    _, _, rows = graded
    row = rows["deleted-check-cell"]
    assert row.status == "tampered"
    assert "load_names: locked cell deleted (restored for grading)" in row.detail
    assert row.items["load_names"] == 1  # graded as if never deleted: deleting a check earns nothing


def test_untouched_and_merely_untidy_submissions_raise_no_tamper_flag(graded):
    config, _, rows = graded
    statuses = StatusBook(config.gradebook_url)
    flags = statuses.tampering()
    statuses.close()
    assert set(flags) == {("deleted-check-cell", LESSON)}
    assert "tampered" not in rows["good"].detail + rows["added-cells"].detail


def test_a_kernel_crash_keeps_the_points_around_it(graded):
    _, _, rows = graded
    row = rows["kernel-crash"]
    assert row.status == "crashed"
    assert "kernel-crash: tiny_lesson/tiny_lesson.ipynb: the kernel died in load_names_answer" in row.detail
    assert row.items["add"] == 2 and row.items["load_names"] == 0 and row.items["mean_of"] == 2


def test_an_infinite_loop_costs_only_its_own_item(graded):
    _, _, rows = graded
    row = rows["infinite-loop"]
    assert row.status == "timeout" and "in load_names" in row.detail
    assert row.items["add"] == 2 and row.items["load_names"] == 0


def test_judged_items_are_scored_by_the_judge(graded):
    _, _, rows = graded
    assert rows["good"].items["mean_of"] == 2


@pytest.mark.parametrize("trainee", ["eq-always-true", "prefilled-answers"])
def test_fooling_the_kernel_earns_nothing_from_a_judge(graded, trainee):
    _, _, rows = graded
    assert rows[trainee].items["mean_of"] == 0
    assert rows[trainee].items["add"] == 2  # the rest of the notebook still counts


def test_hints_opened_show_per_item_in_the_score_table_and_the_csv(graded, tmp_path):
    config, _, rows = graded
    assert rows["good"].hints == {"add": 1, "mean_of": 2} and rows["added-cells"].hints == {}
    assert "add:1 mean_of:2" in format_table([rows["good"]])
    table = pd.read_csv(export_grades(config, tmp_path / "grades.csv"), encoding="utf-8-sig").set_index("trainee")
    assert table.loc["good", "hints_opened"] == "add:1 mean_of:2"
    assert pd.isna(table.loc["added-cells", "hints_opened"])


def test_a_cohort_filter_grades_and_lists_only_its_trainees(graded, tmp_path):
    config, _, _ = graded
    again = grade_cohort(config, [LESSON], workers=1, force=True, show_progress=False, trainees={"good"})
    assert again.graded == 1
    assert [row.trainee for row in cohort_rows(config, [LESSON], {"good", "not-json"})] == ["good", "not-json"]
    table = pd.read_csv(export_grades(config, tmp_path / "grades.csv", {"good"}), encoding="utf-8-sig")
    assert table["trainee"].tolist() == ["good"]


def test_a_second_run_retries_only_what_could_not_be_graded(graded):
    config, _, rows = graded
    again = grade_cohort(config, [LESSON], workers=2, show_progress=False)
    assert (again.graded, again.skipped) == (1, len(KINDS) - 1)  # the invalid notebook, tried again
    assert {row.trainee: row.score for row in cohort_rows(config, [LESSON])} == {t: r.score for t, r in rows.items()}


def test_the_csv_has_a_line_per_trainee_with_item_scores(graded, tmp_path):
    config, _, _ = graded
    table = pd.read_csv(export_grades(config, tmp_path / "grades.csv"), encoding="utf-8-sig")
    assert list(table.columns[:7]) == ["trainee", "name", "lesson", "score", "max_score", "needs_manual_grade", "status"]
    assert sorted(table["trainee"]) == sorted(KINDS)
    good = table.set_index("trainee").loc["good"]
    assert (good["add"], good["load_names"], good["mean_of"], good["status"]) == (2, 1, 2, "ok")
    assert table.set_index("trainee").loc["not-json", "score"] == 0


def test_a_fixed_resubmission_with_a_newer_timestamp_is_graded_again(graded):
    config, _, _ = graded
    folder = config.submitted_dir("not-json", LESSON)
    nbformat.write(solved(nbformat.read(config.release_dir(LESSON) / f"{LESSON}.ipynb", 4)), folder / f"{LESSON}.ipynb")
    write_timestamp(folder)
    grade_cohort(config, [LESSON], workers=1, show_progress=False)
    row = {row.trainee: row for row in cohort_rows(config, [LESSON])}["not-json"]
    assert (row.status, row.auto_score) == ("ok", row.auto_max)



def test_a_judge_broken_by_the_lesson_is_a_judge_error_in_table_and_csv_then_retried(graded, tmp_path):
    config, _, _ = graded
    gold = config.judges_dir(LESSON) / "gold" / "big_mean.txt"
    kept = gold.read_bytes()
    gold.unlink()  # the instructor's lesson lost a gold file
    folder = config.submitted_dir("good", LESSON)
    write_timestamp(folder)  # resubmitted
    grade_cohort(config, [LESSON], workers=1, show_progress=False)
    row = {row.trainee: row for row in cohort_rows(config, [LESSON])}["good"]
    assert row.status == "judge-error" and "FileNotFoundError" in row.detail and "big_mean.txt" in row.detail
    csv = pd.read_csv(export_grades(config, tmp_path / "grades.csv"), encoding="utf-8-sig").set_index("trainee")
    assert csv.loc["good", "status"] == "judge-error" and "mean_of" in csv.loc["good", "detail"]
    gold.write_bytes(kept)
    again = grade_cohort(config, [LESSON], workers=1, show_progress=False)
    row = {row.trainee: row for row in cohort_rows(config, [LESSON])}["good"]
    assert again.graded == 1 and (row.status, row.items["mean_of"]) == ("ok", 2)
