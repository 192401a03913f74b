"""Time the `course` command as a certifier and an instructor meet it: a fresh process for
`course --help` and for `course verify CREDENTIAL` (one credential of a small certified cohort).

    .venv/bin/python benchmarks/cli_startup.py [--runs 5]

Prints the median wall time and the CPU time per run (CPU time hardly depends on what else
the machine is doing). Target for `course verify`: well under a second.
"""

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from autograder.certify.certify import certify, credential_path
from autograder.certify.keys import init_keys
from autograder.certify.policy import load_policy
from autograder.config import CourseConfig

sys.path.insert(0, str(Path(__file__).parent))
from certify import fill_gradebook  # noqa: E402  (benchmarks/certify.py: bulk SQL, a real gradebook)

COURSE = Path(sys.executable).with_name("course")


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and mean CPU seconds of `command` run `runs` times."""
    walls, cpu = [], 0.0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu += after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return statistics.median(walls), cpu / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as scratch:
        config = CourseConfig(course_dir=Path(scratch) / "course", keys_dir=Path(scratch) / "keys")
        config.course_dir.mkdir()
        init_keys(config.keys_dir, load_policy(config).issuer_id)
        fill_gradebook(config, 20)
        certify(config, levels=[3])
        credential = next(credential_path(config, f"t{n:05d}", 3) for n in range(20)
                          if credential_path(config, f"t{n:05d}", 3).exists())
        for label, command in (("course --help", [str(COURSE), "--help"]),
                               ("course verify CREDENTIAL", [str(COURSE), "--course-dir", str(config.course_dir),
                                                             "verify", str(credential)])):
            wall, cpu = timed(command, args.runs)
            print(f"{label}: median {wall:.2f} s wall, {cpu:.2f} s CPU per run ({args.runs} runs)")


if __name__ == "__main__":
    main()
