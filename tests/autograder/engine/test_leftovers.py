"""A grader killed mid-run (SIGKILL) cannot clean up after itself; the next kernel factory
removes what it left, its scratch folder and cgroups, and keeps those of graders still running."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from autograder.engine.kernels import KernelFactory, remove_leftovers
from autograder.engine.sandbox import bwrap_path, remove_stale_scratch

SANDBOXED = bwrap_path() is not None
GRADER = f"""
import json, time
from autograder.engine.kernels import KernelFactory
factory = KernelFactory(sandboxed={SANDBOXED}, imports=("math",))
groups = sorted(set(map(str, factory.group.folders.values()))) if factory.group else []
print(json.dumps({{"scratch": str(factory.scratch), "groups": groups}}), flush=True)
time.sleep(600)
"""


def start_grader():
    process = subprocess.Popen([sys.executable, "-c", GRADER], stdout=subprocess.PIPE, text=True)
    made = json.loads(process.stdout.readline())
    return process, [Path(made["scratch"])] + [Path(group) for group in made["groups"]]


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_a_killed_graders_scratch_and_cgroups_go_when_the_next_factory_starts():
    killed, killed_left = start_grader()
    running, running_left = start_grader()
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        assert all(path.is_dir() for path in killed_left)  # what a SIGKILL leaves behind
        KernelFactory(sandboxed=SANDBOXED, imports=("math",)).close()
        assert [path for path in killed_left if path.exists()] == []
        assert all(path.is_dir() for path in running_left)
    finally:
        for process in (killed, running):
            process.kill()
            process.wait()
        remove_leftovers()
    assert [path for path in running_left if path.exists()] == []


def test_only_folders_named_after_a_dead_grader_are_removed(tmp_path):
    dead = tmp_path / f"course-sandbox-{dead_pid()}-x1"
    live = tmp_path / f"course-sandbox-{os.getpid()}-x2"
    unnamed = tmp_path / "course-sandbox-k3j9x0aa"  # made before folders were named by pid: whose?
    for folder in (dead, live, unnamed):
        (folder / "work").mkdir(parents=True)
    assert remove_stale_scratch(tmp_path) == [dead]
    assert sorted(tmp_path.iterdir()) == sorted([live, unnamed])
