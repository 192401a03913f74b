"""Process and memory limits for a whole sandbox, where the machine lets us set them.

Resource limits (rlimits) bound one process; a fork bomb makes many. A cgroup bounds the
sandbox as a whole. We use cgroup v1's pids and memory controllers when they are mounted
and writable, else cgroup v2's (`pids.max`, `memory.max`) under the grader's own cgroup.
Where neither can be made (a read-only cgroup tree in a container), kernels still have
`RLIMIT_NPROC` (binding because the sandbox has no capabilities), `RLIMIT_AS` per process
and the wall-time limits, and `course grade` says so once.
"""

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
# controller → (its limit file in cgroup v1, in cgroup v2)
SETTINGS = {
    "pids": ("pids.max", "pids.max"),
    "memory": ("memory.limit_in_bytes", "memory.max"),
}


class SandboxGroup:
    """One cgroup per sandbox: a folder per v1 controller, or one v2 folder for both."""

    def __init__(self, name: str, max_processes: int, memory_bytes: int, root: Path | None = None):
        self.root = root = root or ROOT
        self.folders: dict[str, Path] = {}  # controller → the folder that limits it
        self.version = 1
        values = {"pids": max_processes or "max", "memory": memory_bytes or "max"}
        for controller, (setting, _) in SETTINGS.items():
            folder = root / controller / name
            if _make(folder, setting, values[controller]):
                self.folders[controller] = folder
        if not self.folders:
            self._make_v2(name, values)

    def _make_v2(self, name: str, values: dict) -> None:
        parent = own_v2_cgroup(self.root)
        if parent is None:
            return
        folder = parent / name
        try:
            enabled = (parent / "cgroup.subtree_control").read_text().split()
            wanted = [c for c in SETTINGS if c not in enabled and c in (parent / "cgroup.controllers").read_text().split()]
            if wanted:
                (parent / "cgroup.subtree_control").write_text(" ".join(f"+{c}" for c in wanted))
            folder.mkdir(exist_ok=True)
        except OSError:
            return
        self.version = 2
        for controller, (_, setting) in SETTINGS.items():
            try:
                (folder / setting).write_text(str(values[controller]))
                self.folders[controller] = folder
            except OSError:
                pass
        if not self.folders:
            _remove(folder)

    @property
    def active(self) -> bool:
        return bool(self.folders)

    def join(self) -> None:
        """Move the calling process in; its children inherit. Meant for a preexec_fn."""
        for folder in dict.fromkeys(self.folders.values()):
            (folder / "cgroup.procs").write_text(str(os.getpid()))

    def out_of_memory_events(self) -> int:
        if self.version == 1:
            return self._read("memory", "memory.failcnt", int)
        return self._read("memory", "memory.events", lambda text: _field(text, "max"))

    def process_limit_events(self) -> int:
        """How often a fork in the sandbox was refused for the process limit."""
        return self._read("pids", "pids.events", lambda text: _field(text, "max"))

    def _read(self, controller: str, name: str, parse) -> int:
        folder = self.folders.get(controller)
        try:
            return parse((folder / name).read_text()) if folder else 0
        except (OSError, ValueError, IndexError):
            return 0

    def remove(self) -> None:
        for folder in dict.fromkeys(self.folders.values()):
            _remove(folder)


def own_v2_cgroup(root: Path) -> Path | None:
    """The cgroup v2 folder this process is in, if the unified hierarchy is mounted."""
    mount = root if (root / "cgroup.controllers").exists() else root / "unified"
    if not (mount / "cgroup.controllers").exists():
        return None
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    path = next((line.split(":", 2)[2] for line in lines if line.startswith("0::")), None)
    return mount / path.lstrip("/") if path is not None else None


def enforcement_gaps(limit_processes: bool, limit_memory: bool) -> list[str]:
    """What no cgroup can enforce on this machine, found by making (and removing) one."""
    probe = SandboxGroup(f"course-probe-{os.getpid()}", 64, 1 << 30)
    gaps = [kind for kind, wanted in (("pids", limit_processes), ("memory", limit_memory))
            if wanted and kind not in probe.folders]
    probe.remove()
    return gaps


def remove_stale_groups(is_stale: Callable[[str], bool], root: Path | None = None) -> list[Path]:
    """Remove the sandbox cgroups `is_stale` picks by name (those of killed graders), ending any
    process still in one."""
    root = root or ROOT
    parents = [root / controller for controller in SETTINGS] + [own_v2_cgroup(root)]
    stale = [folder for parent in parents if parent is not None and parent.is_dir()
             for folder in parent.glob("course-*") if folder.is_dir() and is_stale(folder.name)]
    for folder in stale:
        _remove(folder)
    return stale


def _make(folder: Path, setting: str, value) -> bool:
    if not folder.parent.is_dir():
        return False
    try:
        folder.mkdir(exist_ok=True)
        (folder / setting).write_text(str(value) if value != "max" or setting == "pids.max" else "-1")
        return True
    except OSError:
        shutil.rmtree(folder, ignore_errors=True) if folder.exists() else None
        return False


def _field(text: str, name: str) -> int:
    return next((int(line.split()[1]) for line in text.splitlines() if line.split()[0] == name), 0)


def _remove(folder: Path) -> None:
    for _ in range(50):  # the sandbox's last processes may take a moment to go
        try:
            procs = folder / "cgroup.procs"
            for pid in procs.read_text().split() if procs.exists() else ():
                os.kill(int(pid), 9)
            folder.rmdir()
            return
        except (OSError, ValueError):
            time.sleep(0.02)
