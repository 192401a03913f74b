"""Process and memory limits for a whole sandbox, where the machine lets us set them.

Resource limits (rlimits) bound one process; a fork bomb makes many, and as root the
process-count rlimit does not apply at all. A cgroup bounds the sandbox as a whole. We use
cgroup v1's pids and memory controllers when they are mounted and writable (as on these
machines); where they are not, grading goes on with rlimits and wall-time limits only, and
says so once.
"""

import os
import shutil
import time
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


class SandboxGroup:
    """One cgroup per sandbox in each available controller."""

    def __init__(self, name: str, max_processes: int, memory_bytes: int):
        self.folders: list[Path] = []
        for controller, setting, value in (("pids", "pids.max", max_processes),
                                           ("memory", "memory.limit_in_bytes", memory_bytes)):
            folder = ROOT / controller / name
            try:
                folder.mkdir(exist_ok=True)
                (folder / setting).write_text(str(value))
            except OSError:
                shutil.rmtree(folder, ignore_errors=True) if folder.exists() else None
                continue
            self.folders.append(folder)

    @property
    def active(self) -> bool:
        return bool(self.folders)

    def join(self) -> None:
        """Move the calling process in; its children inherit. Meant for a preexec_fn."""
        for folder in self.folders:
            (folder / "cgroup.procs").write_text(str(os.getpid()))

    def out_of_memory_events(self) -> int:
        return self._read_count("memory", "memory.failcnt", lambda text: int(text))

    def process_limit_events(self) -> int:
        """How often a fork in the sandbox was refused for the process limit."""
        return self._read_count("pids", "pids.events", lambda text: int(text.split()[1]))

    def _read_count(self, controller: str, name: str, parse) -> int:
        folder = next((f for f in self.folders if f.parent.name == controller), None)
        try:
            return parse((folder / name).read_text()) if folder else 0
        except (OSError, ValueError, IndexError):
            return 0

    def remove(self) -> None:
        for folder in self.folders:
            for _ in range(50):  # the sandbox's last processes may take a moment to go
                try:
                    for pid in (folder / "cgroup.procs").read_text().split():
                        os.kill(int(pid), 9)
                    folder.rmdir()
                    break
                except (OSError, ValueError):
                    time.sleep(0.02)
