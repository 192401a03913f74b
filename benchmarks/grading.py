"""Grade one simulated cohort with plain `nbgrader autograde`, with `course grade` on all
cores and with `course grade --workers 1`, judges on, and print the figures.

    .venv/bin/python benchmarks/grading.py --trainees 200 [--rounds 2]

Honest submissions only (they run to the end): plain nbgrader grades crashes differently by
design. Each round grades fresh copies of the same cohort and swaps which tool runs first,
so neither always meets a warm disk cache or a quiet machine. `course grade` runs the
lesson's judges (plain nbgrader cannot); items without a judge must score the same.
Overhead per submission = (wall time − cell execution time / workers) / submissions: the
time not spent running the notebooks' own cells. The load average is printed: on a shared
machine, figures move with it.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from autograder.build.pipeline import build_lesson
from autograder.config import REPO, CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.grading.plan import LessonPlan
from autograder.grading.scores import read_scores
from autograder.lesson.source import read_lesson
from autograder.nbgrader_course import write_nbgrader_config
from autograder.release.publish import release_lesson
from autograder.simulate import simulate_cohort

# nbgrader 0.9 trips SQLAlchemy 2's autoflush warnings inside its own code
warnings.filterwarnings("ignore", message=".*not in session.*")


def plain_nbgrader(config: CourseConfig, lesson_id: str) -> float:
    write_nbgrader_config(config)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    nbgrader = [sys.executable, "-m", "nbgrader"]
    subprocess.run(nbgrader + ["generate_assignment", lesson_id, "--force"], cwd=config.course_dir, env=env,
                   check=True, capture_output=True)
    started = time.perf_counter()
    subprocess.run(nbgrader + ["autograde", lesson_id], cwd=config.course_dir, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def course_grade(config: CourseConfig, lesson_id: str, workers: int) -> tuple[float, float, dict]:
    started = time.perf_counter()
    run = grade_cohort(config, [lesson_id], workers=workers, show_progress=False)
    return time.perf_counter() - started, run.cell_seconds, dict(run.statuses)


def fresh_copy(template: CourseConfig, folder: Path, parts=("source", "submitted", "release", "judges")) -> CourseConfig:
    config = template.with_(course_dir=folder, db_url=None)
    for part in parts:
        if (template.course_dir / part).exists():
            shutil.copytree(template.course_dir / part, config.course_dir / part)
    for name in ("roster.csv", "gradebook.db"):
        if (template.course_dir / name).exists():
            shutil.copy(template.course_dir / name, config.course_dir / name)
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--lesson", default="l5_business_data")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--rounds", type=int, default=2, help="rounds, alternating which tool runs first")
    args = parser.parse_args()
    n = args.trainees
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as scratch:
        template = CourseConfig(course_dir=Path(scratch) / "template", lessons_dir=REPO / "lessons",
                                datasets_dir=REPO / "datasets")
        build_lesson(template.lessons_dir / args.lesson, template, prove=False)
        release_lesson(read_lesson(template.lessons_dir / args.lesson), template)
        simulate_cohort(template, args.lesson, n, seed=11, misbehaving=False)
        judged = set(LessonPlan.load(template, args.lesson).judges)
        print(f"cohort: {n} submissions of {args.lesson} ({len(judged)} judged items), "
              f"{args.workers} workers, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        times: dict[str, list[float]] = {"plain": [], "ours": [], "ours-1": []}
        for round_ in range(args.rounds):
            order = ["plain", "ours", "ours-1"] if round_ % 2 == 0 else ["ours-1", "ours", "plain"]
            for kind in order:
                config = fresh_copy(template, Path(scratch) / f"{kind}-{round_}")
                if kind == "plain":
                    seconds = plain_nbgrader(config, args.lesson)
                    plain_config = config
                    print(f"  round {round_ + 1} plain nbgrader autograde: {seconds:.1f} s "
                          f"({seconds / n:.3f} s per submission), load {os.getloadavg()[0]:.2f}")
                else:
                    workers = args.workers if kind == "ours" else 1
                    seconds, cells, statuses = course_grade(config, args.lesson, workers)
                    overhead = (seconds - cells / workers) / n
                    print(f"  round {round_ + 1} course grade --workers {workers} (judges on): {seconds:.1f} s "
                          f"({seconds / n:.3f} s per submission; cells {cells / n:.3f} s each; overhead "
                          f"{overhead:.3f} s); statuses {statuses}, load {os.getloadavg()[0]:.2f}")
                    if kind == "ours":
                        ours_config = config
                times[kind].append(seconds)
                shutil.rmtree(config.course_dir / "autograded", ignore_errors=True)
        theirs, mine = read_scores(plain_config, args.lesson), read_scores(ours_config, args.lesson)
        differing = [t for t in theirs if t not in mine
                     or {i: s for i, s in theirs[t].items.items() if i not in judged}
                     != {i: s for i, s in mine[t].items.items() if i not in judged}]
        print(f"scores of unjudged items identical to plain nbgrader: {not differing and sorted(theirs) == sorted(mine)}"
              + (f" (differ for {differing[:5]})" if differing else ""))
        plain, ours, single = (min(times[k]) for k in ("plain", "ours", "ours-1"))
        print(f"best of {args.rounds}: plain {plain / n:.3f} s, course grade {ours / n:.3f} s, "
              f"course grade --workers 1 {single / n:.3f} s per submission")
        print(f"speedup over plain nbgrader: {plain / ours:.2f}x with {args.workers} workers, "
              f"{plain / single:.2f}x with 1 worker (what the engine adds); parallelism adds {single / ours:.2f}x")


if __name__ == "__main__":
    main()
