"""The unit of work a grading worker does: execute one sanitized notebook in a sandbox.

A task carries everything it needs (the notebook and the files beside it) and returns
plain data (the executed notebook, what happened, the answers it submitted), so it runs
the same in a local process pool or on a Dask worker on another machine. Each worker
process keeps one warm kernel factory per thread (task slot) for its lifetime.
"""

import atexit
import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.engine.execute import execute_notebook
from autograder.engine.kernels import KernelFactory
from autograder.engine.sandbox import Limits
from autograder.grading.outcome import SANDBOX_VIOLATION
from course.answers import ANSWERS_DIR, MAX_ANSWER_BYTES


@dataclass(frozen=True)
class GradingTask:
    trainee: str
    lesson_id: str
    notebook: dict  # sanitized, as nbformat JSON
    files: dict[str, bytes]
    limits: Limits
    sandboxed: bool = True


@dataclass(frozen=True)
class TaskResult:
    trainee: str
    lesson_id: str
    notebook: dict  # executed
    status: str
    failed_cells: dict[str, list[int]] = field(default_factory=dict)
    answers: dict[str, bytes] = field(default_factory=dict)
    cell_seconds: float = 0.0
    wall_seconds: float = 0.0
    kernels_used: int = 1


MAX_ANSWER_FILES = 256  # answer files taken back from one submission
_slots = threading.local()  # one factory per task slot: a Dask worker runs several tasks at once


def worker_factory(sandboxed: bool, limits: Limits) -> KernelFactory:
    """This thread's warm kernel factory, started on first use and closed at exit."""
    factories = _slots.__dict__.setdefault("factories", {})
    factory = factories.get((sandboxed, limits))
    if factory is None or not factory.alive():
        factory = factories[(sandboxed, limits)] = KernelFactory(sandboxed=sandboxed, limits=limits)
        atexit.register(factory.close)
    return factory


def run_task(task: GradingTask) -> TaskResult:
    started = time.monotonic()
    factory = worker_factory(task.sandboxed, task.limits)
    restarts = factory.restarts
    try:
        _write_files(factory.work_dir, task.files)
        # the trainee's id, for lessons whose numbers are drawn per trainee (course.variant)
        preamble = f"import os\nos.environ['COURSE_TRAINEE'] = {task.trainee!r}\ndel os"
        execution = execute_notebook(nbformat.from_dict(task.notebook), factory, task.limits, preamble)
        answers = _answers(factory.work_dir)
    finally:
        factory.restart_if_killed()
        zygote_killed = factory.restarts > restarts  # the notebook killed the grader's kernel server
        factory.reset()
        factory.fork_ahead(task.limits)  # the next submission's kernel starts now, not when it arrives
    failed = {state: execution.failed(state) for state in ("error", "timeout", "died", "not-run")}
    status = SANDBOX_VIOLATION if zygote_killed else execution.status
    return TaskResult(task.trainee, task.lesson_id, execution.notebook, status,
                      {k: v for k, v in failed.items() if v}, answers, execution.cell_seconds,
                      time.monotonic() - started, execution.kernels_used)


def _write_files(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _answers(folder: Path) -> dict[str, bytes]:
    answers = folder / ANSWERS_DIR
    if not answers.is_dir():
        return {}
    found, total = {}, 0
    for path in sorted(answers.glob("*.json"))[:MAX_ANSWER_FILES]:
        if path.is_file() and not path.is_symlink():  # oversized files are refused unread
            size = path.stat().st_size
            total += size
            found[path.name] = path.read_bytes() if size <= MAX_ANSWER_BYTES and total <= 4 * MAX_ANSWER_BYTES else \
                json.dumps({"rejected": f"the answer files are larger than {MAX_ANSWER_BYTES >> 20} MB"}).encode()
    return found
