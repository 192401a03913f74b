"""Fresh kernels on demand from a warm zygote, each in a sandbox, one submission each.

`KernelFactory` starts one sandboxed zygote per worker and asks it for a new forked
kernel per submission. Between submissions it has the zygote kill everything the last
one left and empty the scratch folders, then forks the next kernel ahead of need.
"""

import json
import queue
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from jupyter_client import BlockingKernelClient

from autograder.engine.cgroups import SandboxGroup, remove_stale_groups
from autograder.engine.sandbox import (INSIDE_IPC, INSIDE_WORK, SANDBOX_TASKS, Limits, left_by_dead_grader,
                                       remove_stale_scratch, sandbox_command, scratch_prefix,
                                       unsandboxed_command)

READY_TIMEOUT = 60.0  # the zygote's warm imports on a loaded machine
ZYGOTE_MEMORY = 768 << 20  # the warm zygote and a kernel's share of it


class KernelStartFailed(RuntimeError):
    pass


@dataclass
class Kernel:
    pid: int
    client: BlockingKernelClient

    def close(self) -> None:
        self.client.stop_channels()


class KernelFactory:
    def __init__(self, sandboxed: bool = True, imports: tuple[str, ...] | None = None, limits: Limits = Limits()):
        self.sandboxed = sandboxed
        self.imports = imports
        remove_leftovers()
        self.scratch = Path(tempfile.mkdtemp(prefix=scratch_prefix()))
        (self.scratch / "work").mkdir()
        (self.scratch / "ipc").mkdir()
        # the whole sandbox in one cgroup: room for the zygote and a kernel's threads, plus the limits
        self.group = SandboxGroup(self.scratch.name, limits.max_processes + SANDBOX_TASKS,
                                  limits.memory_bytes + ZYGOTE_MEMORY) if sandboxed else None
        # no process cgroup: the zygote counts the sandbox's processes itself (RLIMIT_NPROC
        # binds only where the grader is not root)
        self._watch = limits.max_processes + 2 if sandboxed and "pids" not in self.group.folders else 0
        self._stopped_forks = 0
        self.restarts = 0  # zygotes a notebook killed; each is a sandbox violation
        self._count = 0
        self._spare: Kernel | None = None
        self._start_zygote()

    def _start_zygote(self) -> None:
        command = sandbox_command(self.scratch, self.imports, self._watch) if self.sandboxed else \
            unsandboxed_command(self.scratch, self.imports)
        # bubblewrap's and the zygote's own complaints (kernels write to /dev/null), to show on failure
        with open(self.scratch / "sandbox.log", "wb") as log:
            self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=log, text=True, bufsize=1,
                                            preexec_fn=self.group.join if self.group and self.group.active else None)
        self._replies: queue.Queue = queue.Queue()
        self._exits: dict[int, dict] = {}
        self._exit_lock = threading.Lock()
        self._ended = threading.Event()
        threading.Thread(target=self._read_events, args=(self.process, self._replies, self._ended),
                         daemon=True).start()
        ready = self._reply(READY_TIMEOUT)
        if not ready.get("ready"):
            self.process.kill()
            self.process.wait()
            said = (self.scratch / "sandbox.log").read_text(errors="replace").strip()[-2000:]
            raise KernelStartFailed(f"the sandbox did not start: {said or ready}")
        self.missing_imports = ready.get("missing", [])

    def restart_if_killed(self) -> None:
        """A notebook that kills the zygote does not stop grading: start another in the same
        scratch folder (the submission's files stay) and count the violation."""
        if self.alive():
            return
        self.restarts += 1
        self.process.kill()  # bwrap may still be tearing the old sandbox down
        self.process.wait()
        self._start_zygote()

    @property
    def work_dir(self) -> Path:
        """Where a submission's files go, seen from outside the sandbox."""
        return self.scratch / "work"

    def _read_events(self, process, replies, ended) -> None:
        for line in process.stdout:
            event = json.loads(line)
            if "exited" in event:
                with self._exit_lock:
                    self._exits[event["exited"]] = event
            elif "process_limit" in event:
                self._stopped_forks += 1
            else:
                replies.put(event)
        ended.set()
        replies.put({"zygote_ended": True})

    def _reply(self, timeout: float) -> dict:
        try:
            return self._replies.get(timeout=timeout)
        except queue.Empty:
            return {"timeout": True}

    def _send(self, request: dict, retry: bool = True) -> dict:
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            reply = self._reply(READY_TIMEOUT)
        except (BrokenPipeError, ValueError):
            reply = {"zygote_ended": True}
        if reply.get("zygote_ended") and retry:  # a notebook killed the zygote: start another, ask again
            self.restart_if_killed()
            return self._send(request, retry=False)
        return reply

    def exit_of(self, pid: int) -> dict | None:
        """How kernel `pid` ended, or None while it runs."""
        with self._exit_lock:
            return self._exits.get(pid)

    def alive(self) -> bool:
        return not self._ended.is_set() and self.process.poll() is None

    def kernel(self, limits: Limits) -> Kernel:
        """A fresh kernel: the one forked ahead of need, or a new one."""
        spare, self._spare = self._spare, None
        if spare is not None and self.exit_of(spare.pid) is None and _wait_ready(spare.client, timeout=30):
            return spare
        if spare is not None:
            spare.close()
        return self._fork(limits)

    def fork_ahead(self, limits: Limits) -> None:
        """Start the next kernel now; it finishes starting while the last result travels."""
        self._spare = self._fork(limits, wait=False)

    def _fork(self, limits: Limits, wait: bool = True) -> Kernel:
        self._count += 1
        name = f"k{self._count}"
        key = secrets.token_hex(16)
        inside_ipc = INSIDE_IPC if self.sandboxed else str(self.scratch / "ipc")
        cwd = INSIDE_WORK if self.sandboxed else str(self.work_dir)
        reply = self._send({"cmd": "fork", "connection": _connection(f"{inside_ipc}/{name}", key),
                            "cwd": cwd, "limits": limits.for_kernel()})
        if "forked" not in reply:
            raise KernelStartFailed(f"the zygote could not fork a kernel: {reply}")
        client = BlockingKernelClient()
        client.load_connection_info(_connection(str(self.scratch / "ipc" / name), key))
        client.start_channels()
        if wait and not _wait_ready(client, timeout=30):
            client.stop_channels()
            raise KernelStartFailed("a forked kernel did not answer within 30 s")
        return Kernel(reply["forked"], client)

    def interrupt(self, kernel: Kernel) -> None:
        self._send({"cmd": "interrupt", "pid": kernel.pid})

    def kill_kernels(self) -> None:
        """End every kernel (and whatever it started) but keep the scratch files."""
        self._send({"cmd": "reset", "keep_files": True})

    def reset(self) -> None:
        """End every process the last submission left and empty the scratch folders."""
        if self._spare is not None:
            self._spare.close()
            self._spare = None
        self._send({"cmd": "reset"})

    def memory_events(self) -> int:
        """How often the sandbox hit its memory limit so far (0 without a memory cgroup)."""
        return self.group.out_of_memory_events() if self.group else 0

    def process_limit_events(self) -> int:
        """How often the sandbox hit its process limit so far (0 without a pids cgroup)."""
        return (self.group.process_limit_events() if self.group else 0) + self._stopped_forks

    def close(self) -> None:
        if self._spare is not None:
            self._spare.close()
        if self.alive():
            self.process.kill()
            self.process.wait()
        if self.group:
            self.group.remove()
        shutil.rmtree(self.scratch, ignore_errors=True)


def remove_leftovers() -> None:
    """What graders killed mid-run left behind: their scratch folders and empty cgroups."""
    remove_stale_scratch()
    remove_stale_groups(left_by_dead_grader)


def _wait_ready(client: BlockingKernelClient, timeout: float) -> bool:
    """Ready once a kernel_info reply came back and IOPub carried a message: then our
    subscription is live and no output of the first cell can be lost. (jupyter_client's
    own wait_for_ready always sleeps 0.2 s more, which a per-submission kernel can't afford.)"""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        client.kernel_info()
        try:
            client.get_shell_msg(timeout=1.0)
        except queue.Empty:
            continue
        try:
            client.get_iopub_msg(timeout=0.5)
        except queue.Empty:
            continue  # subscribed too late for this one's status; ask again
        while True:  # drop the rest of the kernel_info chatter
            try:
                client.get_iopub_msg(timeout=0.01)
            except queue.Empty:
                return True
    return False


def _connection(ipc_prefix: str, key: str) -> dict:
    return {"transport": "ipc", "ip": ipc_prefix, "shell_port": 1, "iopub_port": 2, "stdin_port": 3,
            "control_port": 4, "hb_port": 5, "key": key, "signature_scheme": "hmac-sha256",
            "kernel_name": "python3"}
