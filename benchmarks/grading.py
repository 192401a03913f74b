"""Grade one simulated cohort twice, with plain `nbgrader autograde` and with `course grade`,
check both record the same scores, and print the figures.

    .venv/bin/python benchmarks/grading.py --trainees 200

Honest submissions only (they run to the end): plain nbgrader grades crashes differently by
design. Overhead per submission = (wall time − cell execution time / workers) / submissions:
the time not spent running the notebooks' own cells.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--lesson", default="l5_business_data")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as scratch:
        ours = CourseConfig(course_dir=Path(scratch) / "course", lessons_dir=REPO / "lessons",
                            datasets_dir=REPO / "datasets")
        build_lesson(ours.lessons_dir / args.lesson, ours, prove=False)
        release_lesson(read_lesson(ours.lessons_dir / args.lesson), ours)
        simulate_cohort(ours, args.lesson, args.trainees, seed=11, misbehaving=False)
        plain = ours.with_(course_dir=Path(scratch) / "plain", db_url=None)
        shutil.copytree(ours.course_dir / "source", plain.course_dir / "source")
        shutil.copytree(ours.course_dir / "submitted", plain.course_dir / "submitted")

        print(f"cohort: {args.trainees} submissions of {args.lesson}, {args.workers} workers, {os.cpu_count()} cores")
        plain_seconds = plain_nbgrader(plain, args.lesson)
        print(f"plain nbgrader autograde: {plain_seconds:.1f} s ({plain_seconds / args.trainees:.3f} s per submission)")

        started = time.perf_counter()
        # judges off: plain nbgrader cannot run them, and the comparison is of the same work
        run = grade_cohort(ours, [args.lesson], workers=args.workers, show_progress=False, judges=False)
        our_seconds = time.perf_counter() - started
        overhead = (our_seconds - run.cell_seconds / args.workers) / args.trainees
        print(f"course grade: {our_seconds:.1f} s ({our_seconds / args.trainees:.3f} s per submission); "
              f"cell execution {run.cell_seconds:.1f} s in all; statuses {dict(run.statuses)}")
        print(f"course grade overhead per submission beyond cell execution: {overhead:.3f} s")

        theirs, mine = read_scores(plain, args.lesson), read_scores(ours, args.lesson)
        differing = [t for t in theirs if theirs[t].items != mine.get(t, theirs[t]).items or t not in mine]
        print(f"scores identical: {not differing and sorted(theirs) == sorted(mine)}"
              + (f" (differ for {differing[:5]})" if differing else ""))
        print(f"speedup: {plain_seconds / our_seconds:.2f}")


if __name__ == "__main__":
    main()
