"""`course grade`: a cohort through nbgrader's steps, executed by parallel sandboxed workers.

The main process owns the gradebook: it records each submission, sanitizes it with
nbgrader's preprocessors, hands the notebook to a worker, and when the executed notebook
comes back scores it with nbgrader's preprocessors, runs the lesson's judges and records
the status. Workers only execute, in a local process pool or on a Dask cluster.
Submissions already graded (same timestamp) are skipped, so an interrupted run resumes.
"""

import ctypes.util
import multiprocessing
import os
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

import nbformat
from tqdm import tqdm

from autograder.config import CourseConfig
from autograder.engine import nbgrader_steps
from autograder.engine.cgroups import enforcement_gaps
from autograder.engine.sandbox import Limits, SandboxUnavailable, bwrap_path
from autograder.engine.task import GradingTask, TaskResult, run_task
from autograder.grading.notebooks import grade_ids, read_submitted_notebook
from autograder.grading.outcome import FAILED, INVALID, RETRIED, SANDBOX_VIOLATION, TAMPERED, Outcome
from autograder.grading.plan import LessonPlan
from autograder.grading.roster import register_roster
from autograder.grading.status import StatusBook
from autograder.grading.tamper import find_tampering, restore_for_grading, timestamp_tampering
from autograder.grading.submissions import Submission, find_submissions
from autograder.judging.record import record_judgements
from autograder.judging.run import judge_answers
from autograder.nbgrader_course import write_nbgrader_config
from course.answers import ANSWERS_DIR
from course.variant import seed_for

UNSAFE_NOTE = "graded WITHOUT a sandbox (--unsafe-no-sandbox)"


@dataclass
class CohortRun:
    graded: int = 0
    skipped: int = 0
    statuses: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    wall_time: float = 0.0
    cell_seconds: float = 0.0  # the notebooks' own cell execution time, summed
    warning: str = ""  # the limits this machine cannot enforce

    @property
    def throughput(self) -> float:
        return self.graded / self.wall_time if self.wall_time else 0.0


def grade_cohort(config: CourseConfig, lesson_ids: list[str], *, workers: int | None = None,
                 scheduler: str | None = None, force: bool = False, unsafe: bool = False,
                 show_progress: bool = True, judges: bool = True) -> CohortRun:
    """Grade every submission of `lesson_ids` not graded yet. With `judges` False, items keep
    the scores nbgrader's own steps give (to compare with plain `nbgrader autograde`)."""
    if not unsafe and bwrap_path() is None:
        raise SandboxUnavailable("no sandbox here: bubblewrap (bwrap) is not installed. Install it "
                                 "(`apt-get install bubblewrap`) or grade with --unsafe-no-sandbox, "
                                 "which is recorded against every submission.")
    started = time.monotonic()
    write_nbgrader_config(config)
    register_roster(config)
    statuses = StatusBook(config.gradebook_url)
    done = statuses.all()
    plans = {lesson_id: LessonPlan.load(config, lesson_id) for lesson_id in lesson_ids}
    if not judges:
        plans = {lesson_id: replace(plan, judges={}) for lesson_id, plan in plans.items()}
    submissions = find_submissions(config, lesson_ids)
    todo = [s for s in submissions if force or _needs_grading(done.get((s.trainee, s.lesson_id)), s)]
    run = CohortRun(skipped=len(submissions) - len(todo))
    limits = config_limits(config)
    run.warning = limit_warning(limits, unsafe) if todo else ""

    def finish(submission: Submission, outcome: Outcome) -> None:
        detail = f"{outcome.detail}; {UNSAFE_NOTE}" if unsafe and outcome.status != INVALID else outcome.detail
        statuses.record(submission.trainee, submission.lesson_id, submission.timestamp, outcome.status, detail)
        run.graded += 1
        run.statuses[outcome.status] += 1
        if detail:
            run.problems.append(detail)

    with tqdm(total=len(todo), desc="grading", unit="notebook", disable=not show_progress,
              dynamic_ncols=True) as bar, _Workers(workers, scheduler) as pool:
        pending: dict = {}
        queue_ = list(todo)
        while queue_ or pending:
            while queue_ and len(pending) < 2 * pool.size:  # a few ahead, so no worker waits
                submission = queue_.pop(0)
                try:
                    task, problem, tampers = prepare(config, submission, limits, not unsafe, plans[submission.lesson_id])
                except Exception as error:  # nbgrader refused the notebook: say so, grade the others
                    task, problem, tampers = None, Outcome(FAILED, f"{_where(submission)}: nbgrader refused the "
                                                                   f"notebook: {type(error).__name__}: {error}"), []
                statuses.record_tampering(submission.trainee, submission.lesson_id, tampers)
                if task is None:
                    finish(submission, problem)
                    bar.update()
                    continue
                pending[pool.submit(task)] = (submission, task, tampers)
            finished = pool.wait_any(list(pending))
            for future in finished:
                submission, task, tampers = pending.pop(future)
                try:
                    result = future.result()
                    run.cell_seconds += result.cell_seconds
                    outcome = complete(config, submission, task, result, plans[submission.lesson_id], tampers)
                except BrokenProcessPool:
                    pool.restart()
                    outcome = Outcome(FAILED, f"{_where(submission)}: the grading worker died; run `course grade` again")
                except Exception as error:  # one submission's failure never stops the cohort
                    outcome = Outcome(FAILED, f"{_where(submission)}: grading failed: {type(error).__name__}: {error}")
                finish(submission, outcome)
                bar.set_postfix_str(submission.trainee, refresh=False)
                bar.update()
    statuses.close()
    run.wall_time = time.monotonic() - started
    return run


def _needs_grading(record, submission: Submission) -> bool:
    """Not graded yet, resubmitted since, or last time's failure may have been passing."""
    return record is None or record.submitted_at != submission.timestamp or record.status in RETRIED


def config_limits(config: CourseConfig) -> Limits:
    return Limits.from_config(config)


def limit_warning(limits: Limits, unsafe: bool) -> str:
    """One line naming every limit this machine cannot enforce, or ''."""
    if unsafe:
        return "warning: no sandbox: processes, memory and files are limited per process only (rlimits)"
    gaps = enforcement_gaps(bool(limits.max_processes), bool(limits.memory_bytes))
    if ctypes.util.find_library("seccomp") is None:
        gaps.append("seccomp")
    if not gaps:
        return ""
    what = {"pids": "the sandbox's process count (RLIMIT_NPROC per user stands in)",
            "memory": "the sandbox's total memory (RLIMIT_AS per process stands in)",
            "seccomp": "kernels' system calls (libseccomp is missing: kernels cannot start)"}
    return "warning: this machine cannot limit " + "; ".join(what[g] for g in gaps) + \
        " (no writable cgroup v1 or v2 here)" * any(g != "seccomp" for g in gaps)


def prepare(config: CourseConfig, submission: Submission, limits: Limits, sandboxed: bool, plan: LessonPlan):
    """(the task for one submission or None, why it cannot be graded, what was tampered with)."""
    notebook, problem = read_submitted_notebook(submission)
    if notebook is None:
        return None, Outcome(INVALID, problem), []
    tampers = find_tampering(notebook, plan.released) if plan.released is not None else []
    tampers += timestamp_tampering(submission.timestamp)
    if plan.released is not None:
        notebook = restore_for_grading(notebook, plan.released)
    nbgrader_steps.record_submission(config, submission)
    sanitized = nbgrader_steps.sanitize(config, notebook, submission)
    files = nbgrader_steps.grading_files(config, submission)
    return GradingTask(submission.trainee, submission.lesson_id, sanitized, files, limits, sandboxed), None, tampers


def complete(config: CourseConfig, submission: Submission, task: GradingTask, result: TaskResult,
             plan: LessonPlan, tampers: list) -> Outcome:
    """Score the executed notebook the nbgrader way, judge its answers, say what happened."""
    notebook = nbformat.from_dict(result.notebook)
    nbgrader_steps.score_and_save(config, notebook, submission)
    folder = config.autograded_dir(submission.trainee, submission.lesson_id)
    for name, data in {**task.files, **{f"{ANSWERS_DIR}/{k}": v for k, v in result.answers.items()}}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    if plan.judges:
        record_judgements(config, submission.lesson_id, submission.trainee,
                          judge_answers(plan.judges, folder, plan.gold_dir,
                                        seed_for(submission.lesson_id, submission.trainee)))
    notes = [f"tampered: {tamper}" for tamper in dict.fromkeys(tampers)]
    missing = sorted(plan.items - grade_ids(notebook))
    if missing:
        notes.append(f"check cells missing: {', '.join(missing)}")
    for state, label in (("timeout", "stopped after {t:g}s in"), ("died", "the kernel died in"),
                         ("not-run", "not run:")):
        if result.failed_cells.get(state):
            names = [_cell_name(notebook, i) for i in result.failed_cells[state]]
            notes.append(f"{label.format(t=task.limits.cell_timeout)} {', '.join(names)}")
    status = TAMPERED if tampers and result.status != SANDBOX_VIOLATION else result.status
    return Outcome(status, f"{_where(submission)}: {'; '.join(notes)}" if notes else "")


def _cell_name(notebook, index: int) -> str:
    grade_id = notebook.cells[index].metadata.get("nbgrader", {}).get("grade_id")
    return grade_id or f"cell {index + 1}"


def _where(submission: Submission) -> str:
    return f"{submission.trainee}: {submission.lesson_id}/{submission.notebook.name}"


class _Workers:
    """Local worker processes, or a Dask cluster when a scheduler address is given."""

    def __init__(self, workers: int | None, scheduler: str | None):
        self.scheduler = scheduler
        self.size = workers or os.cpu_count() or 1
        self._pool = None
        self._client = None

    def __enter__(self):
        if self.scheduler:
            from distributed import Client
            self._client = Client(self.scheduler)
            self.size = max(1, sum(w.get("nthreads", 1) for w in self._client.scheduler_info()["workers"].values()))
        else:
            self._start_pool()
        return self

    def _start_pool(self):
        # spawn, not fork: workers start clean, without the main process's threads and DB handles
        self._pool = ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, task: GradingTask):
        if self._client is not None:
            return self._client.submit(run_task, task, pure=False)
        return self._pool.submit(run_task, task)

    def wait_any(self, futures: list) -> set:
        if self._client is not None:
            from distributed import wait as dask_wait
            return set(dask_wait(futures, return_when="FIRST_COMPLETED").done)
        return wait(futures, return_when=FIRST_COMPLETED).done

    def restart(self):
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._start_pool()

    def __exit__(self, *exc):
        if self._client is not None:
            self._client.close()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
