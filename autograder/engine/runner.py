"""`course grade`: a cohort through nbgrader's steps, executed by parallel sandboxed workers.

The main process owns the gradebook: it records each submission, sanitizes it with
nbgrader's preprocessors, hands the notebook to a worker, and when the executed notebook
comes back scores it with nbgrader's preprocessors, hands its answers to the confined judge
server and, when the verdicts return, records them and the status. Workers only execute,
in a local process pool or on a Dask cluster; judging runs beside them. Submissions
already graded (same timestamp) are skipped, so an interrupted run resumes; failures that a
second run may fix (grader-error, invalid-notebook, judge-error) are tried again.
"""

import ctypes.util
import multiprocessing
import os
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

import nbformat
from tqdm import tqdm

from autograder.config import CourseConfig
from autograder.engine import nbgrader_steps
from autograder.engine.cgroups import enforcement_gaps
from autograder.engine.sandbox import Limits, SandboxUnavailable, bwrap_path
from autograder.engine.task import GradingTask, TaskResult, run_task
from autograder.exams.sittings import record_sitting
from autograder.grading.hints import hints_opened
from autograder.grading.notebooks import grade_ids, read_submitted_notebook
from autograder.grading.outcome import (ANSWER_REJECTED, FAILED, INVALID, JUDGE_ERROR, OK, RETRIED, SANDBOX_VIOLATION,
                                        TAMPERED, Outcome)
from autograder.grading.plan import LessonPlan
from autograder.grading.roster import register_roster
from autograder.grading.status import StatusBook
from autograder.grading.tamper import find_tampering, restore_for_grading, timestamp_tampering
from autograder.grading.submissions import Submission, find_submissions
from autograder.judging.record import record_judgements
from autograder.judging.confined import JudgeHost
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
                 show_progress: bool = True, judges: bool = True, trainees: set[str] | None = None) -> CohortRun:
    """Grade every submission of `lesson_ids` not graded yet (of `trainees` only, when given).
    With `judges` False, items keep the scores nbgrader's own steps give (to compare with
    plain `nbgrader autograde`)."""
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
    submissions = [s for s in find_submissions(config, lesson_ids) if trainees is None or s.trainee in trainees]
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

    lessons_judged = [lesson_id for lesson_id, plan in plans.items() if plan.judges]
    judge_host = JudgeHost([config.judges_dir(lesson_id) for lesson_id in lessons_judged], limits.judge_memory_bytes,
                           limits.judge_timeout, sandboxed=not unsafe, concurrency=workers or os.cpu_count() or 1) \
        if lessons_judged and todo else None
    with tqdm(total=len(todo), desc="grading", unit="notebook", disable=not show_progress,
              dynamic_ncols=True) as bar, _Workers(workers, scheduler) as pool:
        pending: dict = {}  # executing: worker future → (submission, task, tampers)
        judging: dict = {}  # judge future → (submission, what execution said)
        queue_ = list(todo)

        def settle(submission: Submission, outcome: Outcome) -> None:
            finish(submission, outcome)
            bar.set_postfix_str(submission.trainee, refresh=False)
            bar.update()

        while queue_ or pending or judging:
            while queue_ and len(pending) < 2 * pool.size:  # a few ahead, so no worker waits
                submission = queue_.pop(0)
                try:
                    task, problem, tampers = prepare(config, submission, limits, not unsafe, plans[submission.lesson_id])
                except Exception as error:  # nbgrader refused the notebook: say so, grade the others
                    task, problem, tampers = None, Outcome(FAILED, f"{_where(submission)}: nbgrader refused the "
                                                                   f"notebook: {type(error).__name__}: {error}"), []
                statuses.record_tampering(submission.trainee, submission.lesson_id, tampers)
                statuses.record_hints(submission.trainee, submission.lesson_id,
                                      hints_opened(submission, plans[submission.lesson_id].items))
                if task is None:
                    settle(submission, problem)
                    continue
                pending[pool.submit(task)] = (submission, task, tampers)
            for future in pool.wait_any(list(pending), timeout=0.05 if judging else None) if pending else ():
                submission, task, tampers = pending.pop(future)
                try:
                    result = future.result()
                    run.cell_seconds += result.cell_seconds
                    executed = complete(config, submission, task, result, plans[submission.lesson_id], tampers)
                    plan = plans[submission.lesson_id]
                    if plan.judges:
                        judging[judge_host.judge(config.judges_dir(submission.lesson_id), sorted(plan.judges),
                                                 _answer_texts(result.answers, plan.judges),
                                                 seed_for(submission.lesson_id, submission.trainee))] = \
                            (submission, executed)
                        continue
                    outcome = executed
                except BrokenProcessPool:
                    pool.restart()
                    outcome = Outcome(FAILED, f"{_where(submission)}: the grading worker died; run `course grade` again")
                except Exception as error:  # one submission's failure never stops the cohort
                    outcome = Outcome(FAILED, f"{_where(submission)}: grading failed: {type(error).__name__}: {error}")
                settle(submission, outcome)
            for future in [f for f in judging if f.done()] if judging else ():
                submission, executed = judging.pop(future)
                try:
                    settle(submission, with_judgements(config, submission, executed, future.result()))
                except Exception as error:
                    settle(submission, Outcome(FAILED, f"{_where(submission)}: recording the judgements failed: "
                                                       f"{type(error).__name__}: {error}"))
            if judging and not pending:
                wait_futures(list(judging), timeout=0.5, return_when=FIRST_COMPLETED)
    if judge_host is not None:
        judge_host.close()
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
    """Score the executed notebook the nbgrader way and say what happened (before judging)."""
    notebook = nbformat.from_dict(result.notebook)
    nbgrader_steps.score_and_save(config, notebook, submission)
    folder = config.autograded_dir(submission.trainee, submission.lesson_id)
    for name, data in {**task.files, **{f"{ANSWERS_DIR}/{k}": v for k, v in result.answers.items()}}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    record_sitting(config, submission, folder, plan.gold_dir,  # exam papers only
                   seed_for(submission.lesson_id, submission.trainee))
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


def with_judgements(config: CourseConfig, submission: Submission, executed: Outcome, judgements: dict) -> Outcome:
    """Record the judges' verdicts; an answer refused or a judge that failed shows in the status."""
    record_judgements(config, submission.lesson_id, submission.trainee, judgements)
    flagged = {status: [f"{item}: {j.problem}" for item, j in judgements.items() if j.status == status]
               for status in (JUDGE_ERROR, ANSWER_REJECTED)}
    notes = [executed.detail.removeprefix(f"{_where(submission)}: ")] if executed.detail else []
    notes += [f"{status}: {problem}" for status, problems in flagged.items() for problem in problems]
    status = executed.status
    if status not in (TAMPERED, SANDBOX_VIOLATION):
        status = JUDGE_ERROR if flagged[JUDGE_ERROR] else ANSWER_REJECTED if flagged[ANSWER_REJECTED] and \
            status == OK else status
    return Outcome(status, f"{_where(submission)}: {'; '.join(notes)}" if notes else "")


def _answer_texts(answers: dict[str, bytes], judges: dict) -> dict[str, str]:
    """The judged items' answer files as text, for the judge server (never decoded here)."""
    return {item: answers[f"{item}.json"].decode("utf-8", errors="replace")
            for item in judges if f"{item}.json" in answers}


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

    def wait_any(self, futures: list, timeout: float | None = None) -> set:
        if self._client is not None:
            from distributed import wait as dask_wait
            try:
                return set(dask_wait(futures, timeout=timeout, return_when="FIRST_COMPLETED").done)
            except TimeoutError:
                return set()
        return wait_futures(futures, timeout=timeout, return_when=FIRST_COMPLETED).done

    def restart(self):
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._start_pool()

    def __exit__(self, *exc):
        if self._client is not None:
            self._client.close()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
