"""`course grade --scheduler`: the same grading on a Dask cluster — here a scheduler and one
default `dask worker` (one thread per core, so several tasks at once) started on localhost —
gives the same gradebook as local workers."""

import os
import shutil
import socket
import subprocess
import sys
import time

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.grading.scores import read_scores
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from tests.autograder.engine.test_sandbox import SOLVED
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
LESSON = "tiny_lesson"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def cluster():
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                   "--port", str(port), "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    processes.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                       "--nthreads", str(max(2, os.cpu_count() or 1)), "--no-dashboard",
                                       "--host", "127.0.0.1"],  # as the default on 2+ cores, 2 at least
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    from distributed import Client
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with Client(address, timeout=5) as client:
                if len(client.scheduler_info()["workers"]) == 1:
                    break
        except OSError:
            pass
        time.sleep(0.5)
    yield address
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=30)


def test_a_cohort_grades_on_a_multithreaded_dask_worker_as_it_does_locally(cluster, tmp_path):
    config = CourseConfig(course_dir=tmp_path / "course", lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets", cell_timeout=5)
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release = release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    for number, solved in enumerate(["add", "load_names", "mean_of", "add", "mean_of", "load_names"]):
        notebook = nbformat.read(release / f"{LESSON}.ipynb", 4)
        for cell in notebook.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == f"{solved}_answer":
                cell.source = SOLVED[solved]
        folder = config.submitted_dir(f"trainee-{number}", LESSON)
        shutil.copytree(release, folder)
        nbformat.write(notebook, folder / f"{LESSON}.ipynb")
        write_timestamp(folder)
    local = config.with_(course_dir=tmp_path / "local")
    shutil.copytree(config.course_dir, local.course_dir)
    run = grade_cohort(config, [LESSON], scheduler=cluster, show_progress=False)
    assert run.graded == 6 and run.statuses["ok"] == 6, run.problems
    grade_cohort(local, [LESSON], workers=2, show_progress=False)
    scores = {t: s.items for t, s in read_scores(config, LESSON).items()}
    assert scores == {t: s.items for t, s in read_scores(local, LESSON).items()}
    assert scores["trainee-0"]["add"] == 2 and scores["trainee-1"]["load_names"] == 1
    assert scores["trainee-2"]["mean_of"] == 2 and scores["trainee-2"]["add"] == 0
