"""Grade one simulated cohort with plain `nbgrader autograde`, with `course grade` on all
cores and with `course grade --workers 1`, judges on, and print the figures; then the same
side by side for nbgrader's quickstart course (ps1: two small notebooks, no kit lesson).

    .venv/bin/python benchmarks/grading.py --trainees 200 [--rounds 2] [--quickstart-trainees 40]
    .venv/bin/python benchmarks/grading.py --only quickstart     # a couple of minutes

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

sys.path.insert(0, str(REPO))  # the quickstart course helpers of the tests
from tests.autograder.grading.quickstart import ASSIGNMENT as QUICKSTART_ASSIGNMENT  # noqa: E402
from tests.autograder.grading.quickstart import quickstart_cohort, quickstart_course  # noqa: E402

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
    for name in ("roster.csv", "gradebook.db", "nbgrader_config.py"):
        if (template.course_dir / name).exists():
            shutil.copy(template.course_dir / name, config.course_dir / name)
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--lesson", default="l5_business_data")
    parser.add_argument("--quickstart-trainees", type=int, default=40)
    parser.add_argument("--only", choices=["lesson", "quickstart"], help="run one of the two comparisons")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--rounds", type=int, default=2, help="rounds, alternating which tool runs first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as scratch:
        if args.only != "quickstart":
            template = CourseConfig(course_dir=Path(scratch) / "template", lessons_dir=REPO / "lessons",
                                    datasets_dir=REPO / "datasets")
            build_lesson(template.lessons_dir / args.lesson, template, prove=False)
            release_lesson(read_lesson(template.lessons_dir / args.lesson), template)
            simulate_cohort(template, args.lesson, args.trainees, seed=11, misbehaving=False)
            judged = set(LessonPlan.load(template, args.lesson).judges)
            print(f"cohort: {args.trainees} submissions of {args.lesson} ({len(judged)} judged items), "
                  f"{args.workers} workers, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
            side_by_side(template, args.lesson, args.trainees, judged, args, Path(scratch) / "lesson")
        if args.only != "lesson":
            n = args.quickstart_trainees
            template = CourseConfig(course_dir=quickstart_course(Path(scratch) / "quickstart"))
            quickstart_cohort(template.course_dir, n)
            print(f"cohort: {n} submissions of nbgrader's quickstart {QUICKSTART_ASSIGNMENT} (2 notebooks each, "
                  f"no kit lesson, no judges), {args.workers} workers, {os.cpu_count()} cores, "
                  f"load average {os.getloadavg()[0]:.2f}")
            side_by_side(template, QUICKSTART_ASSIGNMENT, n, set(), args, Path(scratch) / "qs")


def side_by_side(template: CourseConfig, lesson_id: str, n: int, judged: set, args, scratch: Path) -> None:
    """Grade fresh copies of the template's cohort with each tool, `args.rounds` times; print the figures."""
    times: dict[str, list[float]] = {"plain": [], "ours": [], "ours-1": []}
    for round_ in range(args.rounds):
        order = ["plain", "ours", "ours-1"] if round_ % 2 == 0 else ["ours-1", "ours", "plain"]
        for kind in order:
            config = fresh_copy(template, scratch / f"{kind}-{round_}")
            if kind == "plain":
                seconds = plain_nbgrader(config, lesson_id)
                plain_config = config
                print(f"  round {round_ + 1} plain nbgrader autograde: {seconds:.1f} s "
                      f"({seconds / n:.3f} s per submission), load {os.getloadavg()[0]:.2f}")
            else:
                workers = args.workers if kind == "ours" else 1
                seconds, cells, statuses = course_grade(config, lesson_id, workers)
                overhead = (seconds - cells / workers) / n
                print(f"  round {round_ + 1} course grade --workers {workers}{' (judges on)' * bool(judged)}: "
                      f"{seconds:.1f} s ({seconds / n:.3f} s per submission; cells {cells / n:.3f} s each; overhead "
                      f"{overhead:.3f} s); statuses {statuses}, load {os.getloadavg()[0]:.2f}")
                if kind == "ours":
                    ours_config = config
            times[kind].append(seconds)
            shutil.rmtree(config.course_dir / "autograded", ignore_errors=True)
    theirs, mine = read_scores(plain_config, lesson_id), read_scores(ours_config, lesson_id)
    differing = [t for t in theirs if t not in mine
                 or {i: s for i, s in theirs[t].items.items() if i not in judged}
                 != {i: s for i, s in mine[t].items.items() if i not in judged}]
    what = "unjudged items" if judged else "items"
    print(f"scores of {what} identical to plain nbgrader: {not differing and sorted(theirs) == sorted(mine)}"
          + (f" (differ for {differing[:5]})" if differing else ""))
    plain, ours, single = (min(times[k]) for k in ("plain", "ours", "ours-1"))
    print(f"best of {args.rounds}: plain {plain / n:.3f} s, course grade {ours / n:.3f} s, "
          f"course grade --workers 1 {single / n:.3f} s per submission")
    print(f"speedup over plain nbgrader: {plain / ours:.2f}x with {args.workers} workers, "
          f"{plain / single:.2f}x with 1 worker (what the engine adds); parallelism adds {single / ours:.2f}x")


if __name__ == "__main__":
    main()
