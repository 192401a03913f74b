"""Untrusted code in a sandboxed kernel: each attack gets the right status, harms nothing
outside its sandbox, and leaves the rest of the cohort graded."""

import resource
import shutil
import socket

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import bwrap_path
from autograder.grading.report import cohort_rows
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bwrap_path() is None, reason="bubblewrap is not installed")]
LESSON = "tiny_lesson"
SOLVED = {
    "add": "def add(a, b):\n    return a + b",
    "load_names": "def load_names(path):\n    return pd.read_csv(path)['name'].str.strip().tolist()",
    "mean_of": "def mean_of(values):\n    return sum(values) / len(values)",
}


def attacks(course_dir, port):
    """Attack name → code put in the `add` answer cell (the other answers are right)."""
    return {
        "memory-bomb": "hog = bytearray(8 * 1024 ** 3)",
        "fork-bomb": "import os\nfor _ in range(10_000):\n    os.fork()",
        "os-exit": "import os\nos._exit(3)",
        "segfault": "import ctypes\nctypes.string_at(0)",
        "huge-output": "print('x' * 100_000_000)",
        "read-course-files": f"leaked = open({str(course_dir / 'source' / LESSON / (LESSON + '.ipynb'))!r}).read()",
        "read-gradebook": f"leaked = open({str(course_dir / 'gradebook.db')!r}, 'rb').read()",
        "network": f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)",
        "write-outside-scratch": f"open({str(course_dir / 'planted.txt')!r}, 'w').write('x')",
        "infinite-loop": "while True:\n    pass",
        # later kernels would see pi == 3 if the warm zygote's memory could be written
        "write-zygote-memory": "import math, os, struct\ntry:\n    with open(f'/proc/{os.getppid()}/mem', 'r+b', "
                               "buffering=0) as m:\n        m.seek(id(math.pi) + 16)\n"
                               "        m.write(struct.pack('d', 3.0))\nexcept OSError:\n    pass",
        # the hidden check's submit() writes an answer of a few hundred bytes that asks for 4 GB
        "expanding-answer": "import course, json, os\ndef _bomb(item, **values):\n    os.makedirs('.answers', "
                            "exist_ok=True)\n    bomb = {'__course_type__': 'ndarray', 'dtype': '<U100000000', "
                            "'shape': [10], 'data': ['a'] * 10}\n    open(f'.answers/{item}.json', 'w').write("
                            "json.dumps({'item': item, 'values': {'small': bomb, 'large': bomb}}))\n"
                            "course.submit = _bomb",
    }


def submission(release, folder, answer_add):
    notebook = nbformat.read(release / f"{LESSON}.ipynb", 4)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        item = grade_id.removesuffix("_answer")
        if grade_id.endswith("_answer") and item in SOLVED:
            cell.source = SOLVED[item]
            if item == "add":
                cell.source = answer_add + "\n\n" + SOLVED["add"]
    shutil.copytree(release, folder)
    nbformat.write(notebook, folder / f"{LESSON}.ipynb")
    write_timestamp(folder)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("course"), lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets", cell_timeout=3)
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release = release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    for name, code in {"good": "", "王 芳 (non-ASCII id)": "", **attacks(config.course_dir, listener.getsockname()[1])}.items():
        submission(release, config.submitted_dir(name, LESSON), code)
    gold_link = config.submitted_dir("symlink-to-gold", LESSON)
    submission(release, gold_link, "secret = open('big_mean.txt').read()")
    (gold_link / "big_mean.txt").symlink_to(config.judges_dir(LESSON) / "gold" / "big_mean.txt")
    run = grade_cohort(config, [LESSON], workers=2, show_progress=False)
    try:
        connected = listener.accept()
    except OSError:
        connected = None
    listener.close()
    return config, run, {row.trainee: row for row in cohort_rows(config, [LESSON])}, connected


EXPECTED_STATUS = {
    "good": "ok", "王 芳 (non-ASCII id)": "ok", "memory-bomb": "out-of-memory", "fork-bomb": "sandbox-violation",
    "os-exit": "crashed", "segfault": "crashed", "huge-output": "ok", "read-course-files": "ok",
    "read-gradebook": "ok", "network": "ok", "write-outside-scratch": "ok", "infinite-loop": "timeout",
    "symlink-to-gold": "ok", "write-zygote-memory": "ok", "expanding-answer": "answer-rejected",
}
MEMORY_BOUND_KB = 1_500_000  # the grading process, whatever is submitted


@pytest.mark.parametrize("trainee", sorted(EXPECTED_STATUS))
def test_each_submission_gets_its_status_and_the_rest_of_its_points(graded, trainee):
    _, _, rows, _ = graded
    row = rows[trainee]
    assert row.status == EXPECTED_STATUS[trainee], row.detail
    # the attack sits in the `add` answer; every other task is still graded right
    assert row.items["load_names"] == 1 and row.items["mean_of"] == (0 if trainee == "expanding-answer" else 2), \
        row.detail
    expected_add = 2 if trainee in ("good", "王 芳 (non-ASCII id)", "huge-output", "write-zygote-memory",
                                    "expanding-answer") else 0
    assert row.items["add"] == expected_add, row.detail


def test_the_grader_stays_within_its_memory_bound(graded):
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < MEMORY_BOUND_KB


def test_nothing_reached_outside_the_sandbox(graded):
    config, _, _, connected = graded
    assert connected is None  # no connection from the network attack
    assert not (config.course_dir / "planted.txt").exists()


def test_huge_output_is_cut_in_the_graded_notebook(graded):
    config, _, _, _ = graded
    graded_notebook = config.autograded_dir("huge-output", LESSON) / f"{LESSON}.ipynb"
    assert graded_notebook.stat().st_size < 3_000_000


def test_a_symlink_to_gold_data_is_not_followed(graded):
    config, _, _, _ = graded
    assert not (config.autograded_dir("symlink-to-gold", LESSON) / "big_mean.txt").exists()
