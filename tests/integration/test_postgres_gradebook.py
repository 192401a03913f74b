"""A PostgreSQL gradebook, for real: `course --db postgresql://… release` and `grade` on a
server the tests start (tests/postgres.py), killed mid-run and resumed; the table is printed,
the CSV written, and the grades are the ones each trainee's answers earn."""

import csv
import os
import shutil
import signal
import subprocess
import sys
import time

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine.sandbox import bwrap_path
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from autograder.grading.submissions import write_timestamp
from tests.autograder.engine.test_sandbox import SOLVED
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bwrap_path() is None, reason="bubblewrap is not installed")]
LESSON = "tiny_lesson"
POINTS = {"add": 2, "load_names": 1, "mean_of": 2}
TRAINEES = 4


def solved_items(number: int) -> set[str]:
    """A different mix of right answers for each trainee."""
    return {item for item in SOLVED if (number + len(item)) % 3}


def course(*arguments, config: CourseConfig) -> list[str]:
    return [sys.executable, "-m", "autograder.cli", "--course-dir", str(config.course_dir),
            "--lessons-dir", str(config.lessons_dir), "--datasets-dir", str(config.datasets_dir),
            "--db", config.db_url, *arguments]


def recorded(config: CourseConfig) -> int:
    statuses = StatusBook(config.gradebook_url)
    try:
        return len(statuses.all())
    finally:
        statuses.close()


@pytest.fixture(scope="module")
def graded_on_postgres(postgres_server, tmp_path_factory):
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("course"), lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets", db_url=postgres_server.new_database())
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    released = subprocess.run(course("release", LESSON, config=config), capture_output=True, text=True)
    assert released.returncode == 0, released.stderr
    release = config.release_dir(LESSON)
    for number in range(TRAINEES):
        notebook = nbformat.read(release / f"{LESSON}.ipynb", 4)
        for cell in notebook.cells:
            item = cell.metadata.get("nbgrader", {}).get("grade_id", "").removesuffix("_answer")
            if cell.metadata.get("nbgrader", {}).get("solution") and item in solved_items(number):
                cell.source = SOLVED[item]
        target = config.submitted_dir(f"trainee-{number}", LESSON)
        shutil.copytree(release, target)
        nbformat.write(notebook, target / f"{LESSON}.ipynb")
        write_timestamp(target)

    # the worst interruption: kill -9 of the whole process group once one is recorded
    first = subprocess.Popen(course("grade", "--workers", "1", config=config), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while recorded(config) < 1 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.2)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    done_before = recorded(config)
    csv_path = config.course_dir / "grades.csv"
    resumed = subprocess.run(course("grade", "--workers", "1", "--csv", str(csv_path), config=config),
                             capture_output=True, text=True, timeout=300)
    return config, done_before, resumed, csv_path


def test_the_killed_run_had_recorded_part_of_the_cohort(graded_on_postgres):
    _, done_before, _, _ = graded_on_postgres
    assert 0 < done_before < TRAINEES


def test_the_resumed_run_grades_only_the_rest_and_prints_the_table(graded_on_postgres):
    config, done_before, resumed, _ = graded_on_postgres
    assert resumed.returncode == 0, resumed.stderr
    assert f"graded {TRAINEES - done_before} notebooks" in resumed.stdout
    assert f"skipped {done_before} already graded" in resumed.stdout
    table = resumed.stdout.splitlines()
    for number in range(TRAINEES):
        earned = sum(POINTS[item] for item in solved_items(number))
        assert any(line.startswith(f"trainee-{number} ") and f"{earned:g}/5" in line for line in table), resumed.stdout
    assert "gradebook: postgresql+psycopg://postgres@/" in resumed.stdout


def test_every_trainee_has_the_grades_their_answers_earn(graded_on_postgres):
    config, _, _, _ = graded_on_postgres
    scores = read_scores(config, LESSON)
    assert sorted(scores) == [f"trainee-{n}" for n in range(TRAINEES)]
    for number in range(TRAINEES):
        expected = {item: (points if item in solved_items(number) else 0) for item, points in POINTS.items()}
        items = scores[f"trainee-{number}"].items
        assert {item: items[item] for item in POINTS} == expected
    statuses = StatusBook(config.gradebook_url)
    assert {r.status for r in statuses.all().values()} == {"ok"}
    statuses.close()


def test_the_csv_has_one_row_per_trainee_with_item_columns(graded_on_postgres):
    _, _, _, csv_path = graded_on_postgres
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["trainee"]: row for row in csv.DictReader(handle)}
    assert sorted(rows) == [f"trainee-{n}" for n in range(TRAINEES)]
    for number in range(TRAINEES):
        row = rows[f"trainee-{number}"]
        earned = {item: (points if item in solved_items(number) else 0) for item, points in POINTS.items()}
        assert {item: float(row[item]) for item in POINTS} == earned
        assert float(row["score"]) == sum(earned.values()) and float(row["max_score"]) == 6
        # the written answer was left blank, so nbgrader asks no grader for it (0/1, not a boolean)
        assert row["needs_manual_grade"] == "0" and row["status"] == "ok"
