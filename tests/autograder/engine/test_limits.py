"""Limits where the machine has no cgroup to give: a fork bomb is still stopped (the zygote
counts the sandbox's processes; RLIMIT_NPROC binds too where the grader is not root),
grading says once what it cannot enforce, and cgroup v2's files are written where only the
unified hierarchy exists."""

import time

import pytest

from autograder.engine import cgroups
from autograder.engine.kernels import KernelFactory
from autograder.engine.runner import limit_warning
from autograder.engine.sandbox import Limits, bwrap_path
from tests.autograder.engine.test_zygote import run

FORKS = """
import os, time
children = []
try:
    for _ in range(300):
        pid = os.fork()
        if pid == 0:
            time.sleep(3)
            os._exit(0)
        children.append(pid)
except OSError:
    pass
print(len(children))
"""


@pytest.fixture
def no_cgroups(tmp_path, monkeypatch):
    monkeypatch.setattr(cgroups, "ROOT", tmp_path / "no-cgroups")


@pytest.mark.skipif(bwrap_path() is None, reason="bubblewrap is not installed")
def test_without_cgroups_a_fork_bomb_stops_at_the_process_limit_and_the_next_kernel_starts(no_cgroups):
    limits = Limits(max_processes=64)
    factory = KernelFactory(limits=limits, imports=("math",))
    try:
        assert factory.group is not None and not factory.group.active
        kernel = factory.kernel(limits)
        kernel.client.execute(FORKS)
        deadline = time.monotonic() + 20
        while factory.exit_of(kernel.pid) is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert factory.exit_of(kernel.pid) is not None  # the bomb and its kernel were stopped
        assert factory.process_limit_events() == 1
        factory.reset()
        assert run(factory.kernel(limits), "print(1 + 1)") == "2" and factory.restarts == 0
    finally:
        factory.close()


def test_one_warning_names_what_cannot_be_limited(no_cgroups):
    warning = limit_warning(Limits(), unsafe=False)
    assert warning.count("warning") == 1 and "process count" in warning and "total memory" in warning
    assert limit_warning(Limits(max_processes=0, memory_bytes=0), unsafe=False) == ""


def test_cgroup_v2_limits_are_written_under_our_own_group(tmp_path, monkeypatch):
    unified = tmp_path / "unified"
    unified.mkdir()
    (unified / "cgroup.controllers").write_text("cpu memory pids\n")
    (unified / "cgroup.subtree_control").write_text("")
    monkeypatch.setattr(cgroups.Path, "read_text", _own_cgroup_is_root(cgroups.Path.read_text))
    group = cgroups.SandboxGroup("sandbox-1", 112, 1 << 30, root=tmp_path)
    assert group.version == 2 and set(group.folders) == {"pids", "memory"}
    assert (unified / "sandbox-1" / "pids.max").read_text() == "112"
    assert (unified / "sandbox-1" / "memory.max").read_text() == str(1 << 30)
    assert (unified / "cgroup.subtree_control").read_text() == "+pids +memory"
    (unified / "sandbox-1" / "pids.events").write_text("max 3\n")
    assert group.process_limit_events() == 3


def _own_cgroup_is_root(read_text):
    def patched(path, *args, **kwargs):
        return "0::/\n" if str(path) == "/proc/self/cgroup" else read_text(path, *args, **kwargs)
    return patched
