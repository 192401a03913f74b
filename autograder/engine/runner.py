"""`course grade`: a cohort through nbgrader's steps, executed by parallel sandboxed workers.

The unit of work is one notebook of one submission (an assignment may have several). The
main process owns the gradebook: it records each notebook's submission, sanitizes it with
nbgrader's preprocessors, hands it to a worker, and when the executed notebook comes back
scores it with nbgrader's preprocessors, hands its answers to the confined judge server
and, when the verdicts return, records them. When every notebook of a submission is done,
its status is recorded (the worst notebook's, every notebook's problems named). Workers
only execute, in a local process pool or on a Dask cluster; judging runs beside them.
Submissions already graded (same timestamp) are skipped, so an interrupted run resumes;
failures that a second run may fix (grader-error, invalid-notebook, judge-error) are tried again.
"""

import ctypes.util
import os
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED
from concurrent.futures import wait as wait_futures
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

from tqdm import tqdm

from autograder.config import CourseConfig
from autograder.engine.cgroups import enforcement_gaps
from autograder.engine.grading_unit import answer_texts, complete, prepare, where, with_judgements
from autograder.engine.sandbox import Limits, SandboxUnavailable, bwrap_path
from autograder.engine.workers import Workers
from autograder.grading.assignment import add_from_source, is_kit_lesson, known_assignments
from autograder.grading.hints import hints_opened
from autograder.grading.outcome import FAILED, INVALID, RETRIED, Outcome, combined
from autograder.grading.plan import LessonPlan
from autograder.grading.roster import register_roster
from autograder.grading.status import StatusBook
from autograder.grading.submissions import Submission, find_submissions
from autograder.judging.confined import JudgeHost
from autograder.nbgrader_course import write_nbgrader_config
from course.variant import seed_for

UNSAFE_NOTE = "graded WITHOUT a sandbox (--unsafe-no-sandbox)"


@dataclass
class CohortRun:
    graded: int = 0  # notebooks
    skipped: int = 0  # submissions already graded
    statuses: Counter = field(default_factory=Counter)  # per submission
    problems: list[str] = field(default_factory=list)
    wall_time: float = 0.0
    cell_seconds: float = 0.0  # the notebooks' own cell execution time, summed
    warning: str = ""  # the limits this machine cannot enforce
    added: list[str] = field(default_factory=list)  # assignments added to the gradebook from source/

    @property
    def throughput(self) -> float:
        return self.graded / self.wall_time if self.wall_time else 0.0


@dataclass
class _Open:
    """A submission some of whose notebooks are still being graded."""
    waiting: int
    outcomes: list[Outcome] = field(default_factory=list)
    tampers: list = field(default_factory=list)


def grade_cohort(config: CourseConfig, lesson_ids: list[str], *, workers: int | None = None,
                 scheduler: str | None = None, force: bool = False, unsafe: bool = False,
                 show_progress: bool = True, judges: bool = True, trainees: set[str] | None = None) -> CohortRun:
    """Grade every submission of `lesson_ids` not graded yet (of `trainees` only, when given).
    An nbgrader assignment the gradebook does not know is added from source/ first (see
    `CohortRun.added`; UnknownAssignment when it cannot be). With `judges` False, items keep
    the scores nbgrader's own steps give (to compare with plain `nbgrader autograde`)."""
    if not unsafe and bwrap_path() is None:
        raise SandboxUnavailable("no sandbox here: bubblewrap (bwrap) is not installed. Install it "
                                 "(`apt-get install bubblewrap`) or grade with --unsafe-no-sandbox, "
                                 "which is recorded against every submission.")
    started = time.monotonic()
    write_nbgrader_config(config)
    register_roster(config)
    known = known_assignments(config)  # nbgrader's own assignments it does not know yet come from source/
    added = [lesson_id for lesson_id in lesson_ids if lesson_id not in known and not is_kit_lesson(config, lesson_id)]
    for lesson_id in added:
        add_from_source(config, lesson_id)
    statuses = StatusBook(config.gradebook_url)
    done = statuses.all()
    plans = {lesson_id: LessonPlan.load(config, lesson_id) for lesson_id in lesson_ids}
    if not judges:
        plans = {lesson_id: replace(plan, judges={}) for lesson_id, plan in plans.items()}
    submissions = [s for s in find_submissions(config, lesson_ids) if trainees is None or s.trainee in trainees]
    todo = [s for s in submissions if force or _needs_grading(done.get((s.trainee, s.lesson_id)), s)]
    units = [s.of_notebook(notebook) for s in todo for notebook in plans[s.lesson_id].notebooks]
    opened = {(s.trainee, s.lesson_id): _Open(len(plans[s.lesson_id].notebooks)) for s in todo}
    run = CohortRun(skipped=len(submissions) - len(todo), added=added)
    limits = config_limits(config)
    run.warning = limit_warning(limits, unsafe) if todo else ""

    def finish(submission: Submission) -> None:
        """Every notebook of the submission is done: record its status, tampering and hints."""
        parts = opened.pop((submission.trainee, submission.lesson_id))
        outcome = combined(submission.trainee, parts.outcomes)
        detail = f"{outcome.detail}; {UNSAFE_NOTE}" if unsafe and outcome.status != INVALID else outcome.detail
        statuses.record(submission.trainee, submission.lesson_id, submission.timestamp, outcome.status, detail)
        statuses.record_tampering(submission.trainee, submission.lesson_id, parts.tampers)
        plan = plans[submission.lesson_id]
        if plan.kit:
            statuses.record_hints(submission.trainee, submission.lesson_id, hints_opened(submission, plan.items))
        run.statuses[outcome.status] += 1
        if detail:
            run.problems.append(detail)

    lessons_judged = [lesson_id for lesson_id, plan in plans.items() if plan.judges]
    judge_host = JudgeHost([config.judges_dir(lesson_id) for lesson_id in lessons_judged], limits.judge_memory_bytes,
                           limits.judge_timeout, sandboxed=not unsafe, concurrency=workers or os.cpu_count() or 1) \
        if lessons_judged and todo else None
    with tqdm(total=len(units), desc="grading", unit="notebook", disable=not show_progress,
              dynamic_ncols=True) as bar, Workers(workers, scheduler) as pool:
        pending: dict = {}  # executing: worker future → (unit, task, tampers)
        judging: dict = {}  # judge future → (unit, what execution said)
        queue_ = list(units)

        def settle(unit: Submission, outcome: Outcome) -> None:
            parts = opened[(unit.trainee, unit.lesson_id)]
            parts.outcomes.append(outcome)
            parts.waiting -= 1
            if not parts.waiting:
                finish(unit)
            run.graded += 1
            bar.set_postfix_str(unit.trainee, refresh=False)
            bar.update()

        while queue_ or pending or judging:
            while queue_ and len(pending) < 2 * pool.size:  # a few ahead, so no worker waits
                unit = queue_.pop(0)
                plan = plans[unit.lesson_id]
                try:
                    task, problem, tampers = prepare(config, unit, limits, not unsafe, plan)
                except Exception as error:  # nbgrader refused the notebook: say so, grade the others
                    task, problem, tampers = None, Outcome(FAILED, f"{where(unit)}: nbgrader refused the "
                                                                   f"notebook: {type(error).__name__}: {error}"), []
                opened[(unit.trainee, unit.lesson_id)].tampers += tampers
                if task is None:
                    settle(unit, problem)
                    continue
                pending[pool.submit(task)] = (unit, task, tampers)
            for future in pool.wait_any(list(pending), timeout=0.05 if judging else None) if pending else ():
                unit, task, tampers = pending.pop(future)
                plan = plans[unit.lesson_id]
                try:
                    result = future.result()
                    run.cell_seconds += result.cell_seconds
                    executed = complete(config, unit, task, result, plan, tampers)
                    if plan.judges:
                        judging[judge_host.judge(config.judges_dir(unit.lesson_id), sorted(plan.judges),
                                                 answer_texts(result.answers, plan.judges),
                                                 seed_for(unit.lesson_id, unit.trainee))] = (unit, executed)
                        continue
                    outcome = executed
                except BrokenProcessPool:
                    pool.restart()
                    outcome = Outcome(FAILED, f"{where(unit)}: the grading worker died; run `course grade` again")
                except Exception as error:  # one notebook's failure never stops the cohort
                    outcome = Outcome(FAILED, f"{where(unit)}: grading failed: {type(error).__name__}: {error}")
                settle(unit, outcome)
            for future in [f for f in judging if f.done()] if judging else ():
                unit, executed = judging.pop(future)
                try:
                    settle(unit, with_judgements(config, unit, executed, future.result()))
                except Exception as error:
                    settle(unit, Outcome(FAILED, f"{where(unit)}: recording the judgements failed: "
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
