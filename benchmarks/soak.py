"""Soak test, run on demand: a large mixed cohort, the grader killed three times at random
and resumed, against one uninterrupted run of the same cohort.

    .venv/bin/python benchmarks/soak.py --trainees 2000     # the full soak (hours on 2 cores)
    .venv/bin/python benchmarks/soak.py --trainees 200      # a reduced one

The cohort is simulated (honest, sloppy, blank, crashing and looping trainees), and one in
ten submissions is made hostile: it writes into the zygote's memory, kills the zygote,
forks without end, allocates without end, loops, overwrites a judged answer with one that
would expand to gigabytes, or writes to the course directory. It prints whether the final
gradebook (every item's score and every status) equals the uninterrupted run's, the
grader's peak memory against the stated bound, and whether anything was written outside
the sandbox.
"""

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import nbformat

warnings.filterwarnings("ignore", message=".*not in session.*")

MEMORY_BOUND_MB = 1536  # the grading process (gradebook writer) whatever is submitted
EXPANDING = {"__course_type__": "ndarray", "dtype": "<U100000000", "shape": [10], "data": ["a"] * 10}


def hostile_cells(kind: str, course_dir: Path, item: str) -> str:
    planted = course_dir / "planted-by-trainee.txt"
    return {
        "zygote-write": "import ctypes, math, os, struct\ntry:\n    with open(f'/proc/{os.getppid()}/mem', 'r+b', "
                        "buffering=0) as m:\n        m.seek(id(math.pi) + 16)\n        m.write(struct.pack('d', 3.0))\n"
                        "except OSError:\n    pass",
        "kill-zygote": "import os, signal\ntry:\n    os.kill(os.getppid(), signal.SIGKILL)\nexcept OSError:\n    pass",
        "fork-bomb": "import os\nwhile True:\n    os.fork()",
        "memory-bomb": "hog = bytearray(8 * 1024 ** 3)",
        "infinite-loop": "while True:\n    pass",
        "expanding-answer": f"import json, os\nos.makedirs('.answers', exist_ok=True)\nopen('.answers/{item}.json', 'w')"
                            f".write(json.dumps({{'item': '{item}', 'values': {{'value': {EXPANDING!r}}}}}))",
        "write-outside": f"for path in [{str(planted)!r}, '/tmp/soak-planted.txt']:\n    try:\n"
                         f"        open(path, 'w').write('x')\n    except OSError:\n        pass",
    }[kind]


KINDS = ["zygote-write", "kill-zygote", "fork-bomb", "memory-bomb", "infinite-loop", "expanding-answer",
         "write-outside"]


def make_cohort(config, lesson_id: str, trainees: int, seed: int) -> dict[str, str]:
    from autograder.grading.plan import LessonPlan
    from autograder.simulate import simulate_cohort

    simulate_cohort(config, lesson_id, trainees, seed=seed, misbehaving=True)
    judged = sorted(LessonPlan.load(config, lesson_id).judges) or ["none"]
    rng = random.Random(seed)
    hostile = {}
    folders = sorted(p for p in (config.course_dir / "submitted").iterdir() if p.is_dir())
    for number, trainee in enumerate(rng.sample(folders, max(1, len(folders) // 10))):
        kind = KINDS[number % len(KINDS)]
        path = trainee / lesson_id / f"{lesson_id}.ipynb"
        notebook = nbformat.read(path, as_version=4)
        notebook.cells.append(nbformat.v4.new_code_cell(hostile_cells(kind, config.course_dir, judged[0])))
        nbformat.write(notebook, path)
        hostile[trainee.name] = kind
    return hostile


def grade(course_dir: Path, lesson_id: str, workers: int, cell_timeout: int) -> subprocess.Popen:
    """`course grade` in its own process group, so killing it kills its workers and sandboxes."""
    return subprocess.Popen([sys.executable, __file__, "--grade-only", str(course_dir), "--lesson", lesson_id,
                             "--workers", str(workers), "--cell-timeout", str(cell_timeout)],
                            stdout=subprocess.PIPE, text=True, start_new_session=True)


def grade_only(args) -> None:
    from autograder.config import REPO, CourseConfig
    from autograder.engine.runner import grade_cohort

    config = CourseConfig(course_dir=args.grade_only, lessons_dir=REPO / "lessons", datasets_dir=REPO / "datasets",
                          cell_timeout=args.cell_timeout)
    run = grade_cohort(config, [args.lesson], workers=args.workers, show_progress=False)
    print(json.dumps({"graded": run.graded, "statuses": dict(run.statuses),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def gradebook(config, lesson_id: str) -> dict:
    from autograder.grading.scores import read_scores
    from autograder.grading.status import StatusBook

    statuses = StatusBook(config.gradebook_url)
    recorded = {trainee: record.status for (trainee, _), record in statuses.all().items()}
    statuses.close()
    scores = read_scores(config, lesson_id)
    return {trainee: (scores[trainee].items if trainee in scores else {}, recorded.get(trainee))
            for trainee in set(scores) | set(recorded)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=2000)
    parser.add_argument("--lesson", default="l5_business_data")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--cell-timeout", type=int, default=10)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--grade-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.grade_only:
        return grade_only(args)

    from autograder.build.pipeline import build_lesson
    from autograder.config import REPO, CourseConfig
    from autograder.lesson.source import read_lesson
    from autograder.release.publish import release_lesson

    rng = random.Random(args.seed)
    sandboxes_before = set(Path(tempfile.gettempdir()).glob("course-sandbox-*"))
    with tempfile.TemporaryDirectory(prefix="soak-") as scratch:
        base = CourseConfig(course_dir=Path(scratch) / "steady", lessons_dir=REPO / "lessons",
                            datasets_dir=REPO / "datasets", cell_timeout=args.cell_timeout)
        build_lesson(base.lessons_dir / args.lesson, base, prove=False)
        release_lesson(read_lesson(base.lessons_dir / args.lesson), base)
        hostile = make_cohort(base, args.lesson, args.trainees, args.seed)
        killed = base.with_(course_dir=Path(scratch) / "killed")
        shutil.copytree(base.course_dir, killed.course_dir)
        print(f"soak: {args.trainees} submissions of {args.lesson}, {len(hostile)} hostile "
              f"({', '.join(f'{k} {list(hostile.values()).count(k)}' for k in KINDS)}), {args.workers} workers, "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)

        started = time.monotonic()
        steady = grade(base.course_dir, args.lesson, args.workers, args.cell_timeout)
        steady_report = json.loads(steady.communicate()[0].strip().splitlines()[-1])
        steady_seconds = time.monotonic() - started
        print(f"uninterrupted: {steady_seconds:.0f} s, statuses {steady_report['statuses']}, "
              f"grader peak {steady_report['peak_mb']:.0f} MB", flush=True)

        peaks, kills = [], []
        for _ in range(args.kills):
            process = grade(killed.course_dir, args.lesson, args.workers, args.cell_timeout)
            delay = rng.uniform(0.15, 0.5) * steady_seconds / args.kills
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                kills.append(delay)
        resumed = grade(killed.course_dir, args.lesson, args.workers, args.cell_timeout)
        resumed_report = json.loads(resumed.communicate()[0].strip().splitlines()[-1])
        peaks.append(resumed_report["peak_mb"])
        print(f"killed {len(kills)} times (after {', '.join(f'{k:.0f}' for k in kills)} s), then resumed: "
              f"graded {resumed_report['graded']} more, grader peak {resumed_report['peak_mb']:.0f} MB", flush=True)

        first, second = gradebook(base, args.lesson), gradebook(killed, args.lesson)
        differing = sorted(t for t in set(first) | set(second) if first.get(t) != second.get(t))
        print(f"final gradebook equals the uninterrupted run: {not differing}"
              + (f" (differs for {len(differing)} of {len(first)})" if differing else ""))
        for trainee in differing[:5]:
            print(f"  {trainee} ({hostile.get(trainee, 'simulated')}): uninterrupted {first.get(trainee)}, "
                  f"resumed {second.get(trainee)}")
        peak = max(steady_report["peak_mb"], *peaks)
        print(f"grader peak memory {peak:.0f} MB, bound {MEMORY_BOUND_MB} MB: {'within' if peak <= MEMORY_BOUND_MB else 'OVER'}")
        outside = [p for p in (base.course_dir / "planted-by-trainee.txt", killed.course_dir / "planted-by-trainee.txt",
                               Path("/tmp/soak-planted.txt")) if p.exists()]
        print(f"written outside the sandbox: {outside or 'nothing'}")
        hostile_statuses = {}
        for trainee, kind in hostile.items():
            hostile_statuses.setdefault(kind, set()).add(first.get(trainee, ({}, None))[1])
        print("hostile statuses: " + "; ".join(f"{k}: {', '.join(sorted(map(str, v)))}" for k, v in hostile_statuses.items()))
    # a killed grader cannot remove its scratch folders: ours go now
    for folder in set(Path(tempfile.gettempdir()).glob("course-sandbox-*")) - sandboxes_before:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
