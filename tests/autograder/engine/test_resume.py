"""Interrupting `course grade` (kill -9, the worst case) and running it again finishes the
rest: nothing graded twice, nothing lost, the same gradebook as an uninterrupted run."""

import os
import shutil
import signal
import subprocess
import sys
import time

import nbformat
import pytest
from sqlalchemy import create_engine, text

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from tests.autograder.engine.test_sandbox import SOLVED
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
LESSON = "tiny_lesson"
TRAINEES = 8


def course_with_cohort(folder) -> CourseConfig:
    config = CourseConfig(course_dir=folder, lessons_dir=FIXTURES / "lessons", datasets_dir=FIXTURES / "datasets")
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release = release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    for number in range(TRAINEES):
        notebook = nbformat.read(release / f"{LESSON}.ipynb", 4)
        for cell in notebook.cells:
            item = cell.metadata.get("nbgrader", {}).get("grade_id", "").removesuffix("_answer")
            solution = cell.metadata.get("nbgrader", {}).get("solution")
            if solution and item in SOLVED and (number + len(item)) % 3:  # a different mix of right answers each
                cell.source = "import time\ntime.sleep(0.4)\n" + SOLVED[item]
        target = config.submitted_dir(f"trainee-{number}", LESSON)
        shutil.copytree(release, target)
        nbformat.write(notebook, target / f"{LESSON}.ipynb")
        write_timestamp(target)
    return config


def recorded(config) -> int:
    engine = create_engine(config.gradebook_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("select count(*) from course_grading_status")).scalar()
    except Exception:
        return 0
    finally:
        engine.dispose()


def test_a_killed_run_resumes_to_the_same_gradebook(tmp_path):
    interrupted = course_with_cohort(tmp_path / "interrupted")
    command = [sys.executable, "-m", "autograder.cli", "--course-dir", str(interrupted.course_dir),
               "--lessons-dir", str(interrupted.lessons_dir), "--datasets-dir", str(interrupted.datasets_dir),
               "grade", "--workers", "1"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while recorded(interrupted) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = recorded(interrupted)
    assert 0 < done_before < TRAINEES

    again = grade_cohort(interrupted, [LESSON], workers=2, show_progress=False)
    assert again.skipped == done_before and again.graded == TRAINEES - done_before

    uninterrupted = course_with_cohort(tmp_path / "uninterrupted")
    grade_cohort(uninterrupted, [LESSON], workers=2, show_progress=False)
    resumed_scores = {t: s.items for t, s in read_scores(interrupted, LESSON).items()}
    assert resumed_scores == {t: s.items for t, s in read_scores(uninterrupted, LESSON).items()}
    statuses = StatusBook(interrupted.gradebook_url)
    assert {key: r.status for key, r in statuses.all().items()} == {(f"trainee-{n}", LESSON): "ok" for n in range(TRAINEES)}
    statuses.close()


def test_grading_again_with_force_gives_identical_results(tmp_path):
    config = course_with_cohort(tmp_path / "course")
    grade_cohort(config, [LESSON], workers=2, show_progress=False)
    first = {t: s.items for t, s in read_scores(config, LESSON).items()}
    grade_cohort(config, [LESSON], workers=2, force=True, show_progress=False)
    assert {t: s.items for t, s in read_scores(config, LESSON).items()} == first
