"""Judging off the grader's process: one sandboxed judge server per grading run.

The grader hands each submission's answer files (as text, never decoded here) to the
server and goes on; the judgements come back on a reader thread as a Future, so judging
runs beside the kernels instead of between them. Whatever an answer does to its judging
child (expand, loop, crash), the grader's own memory holds only the answer texts and the
judgements, and a server that dies or falls silent turns into `judge-error`, not a stall.
"""

import json
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path

import autograder
import course
from autograder.engine.sandbox import SandboxUnavailable, base_command, bwrap_path
from autograder.judging.rules import Finding, Verdict
from autograder.judging.run import Judgement, judge_failed

SERVER = Path(__file__).with_name("server.py")
GRACE = 15.0  # seconds beyond the judging limit before the grader gives up on the server


class JudgeHost:
    def __init__(self, judges_dirs: list[Path], memory_bytes: int, timeout: float, sandboxed: bool = True,
                 concurrency: int = 2):
        """At most `concurrency` submissions are judged at once, each within `memory_bytes`."""
        self.memory_bytes, self.timeout, self.concurrency = memory_bytes, timeout, concurrency
        folders = [str(Path(d).resolve()) for d in judges_dirs if Path(d).is_dir()]
        command = [sys.executable, "-m", "autograder.judging.server",
                   json.dumps({"judges_dirs": folders, "concurrency": concurrency})]
        if sandboxed:
            bwrap = bwrap_path()
            if bwrap is None:
                raise SandboxUnavailable("bubblewrap (bwrap) is not installed: judges cannot be confined")
            kit = [Path(autograder.__file__).parent, Path(course.__file__).parent]
            command = base_command(bwrap, kit + [Path(f) for f in folders], hide_package_data=False) + \
                ["--chdir", "/tmp", "--setenv", "PYTHONPATH", str(kit[0].parent)] + command
        self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
                                        text=True, bufsize=1)
        self._waiting: dict[int, tuple[Future, list[str], threading.Timer]] = {}
        self._lock = threading.Lock()
        self._count = 0
        self._started: bool | str = False  # True, or why the server did not start

    def _wait_until_started(self) -> None:
        """The server warms up while the first kernels run; the first judgement waits for it."""
        if self._started is False:
            ready = self.process.stdout.readline()
            if ready.startswith('{"ready"'):
                self._started = True
                threading.Thread(target=self._read, daemon=True).start()
            else:
                self._log.seek(0)
                said = self._log.read().decode(errors="replace")[-2000:].strip()
                self._started = f"the judges' sandbox did not start: {said or 'no message'}"
        if self._started is not True:
            raise SandboxUnavailable(self._started)

    def judge(self, judges_dir: Path, items: list[str], answers: dict[str, str], seed: int | None) -> Future:
        """A Future of item → Judgement for one submission's answers."""
        self._wait_until_started()
        future: Future = Future()
        with self._lock:
            self._count += 1
            number = self._count
            # the server always answers in time unless it hangs: a wide margin, for the queue before us
            margin = (self.timeout + GRACE) * (2 + len(self._waiting) / self.concurrency)
            timer = threading.Timer(margin, self._give_up, (number, "the judge server did not answer"))
            self._waiting[number] = (future, items, timer)
        timer.daemon = True
        timer.start()
        request = {"id": number, "judges_dir": str(Path(judges_dir).resolve()), "answers": answers, "seed": seed,
                   "memory_bytes": self.memory_bytes, "timeout": self.timeout}
        try:
            self.process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):
            self._give_up(number, "the judge server has stopped")
        return future

    def _read(self) -> None:
        for line in self.process.stdout:
            reply = json.loads(line)
            with self._lock:
                future, items, timer = self._waiting.pop(reply["id"], (None, None, None))
            if future is None:
                continue
            timer.cancel()
            judged = {item: _judgement(data) for item, data in reply["judgements"].items()}
            missing = [item for item in items if item not in judged]
            judged.update(judge_failed(missing, reply["problem"] or "the judge gave no verdict"))
            future.set_result({item: judged[item] for item in items})
        for number in list(self._waiting):
            self._give_up(number, "the judge server has stopped")

    def _give_up(self, number: int, problem: str) -> None:
        with self._lock:
            future, items, timer = self._waiting.pop(number, (None, None, None))
        if future is not None:
            timer.cancel()
            future.set_result(judge_failed(items, problem))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._log.close()


def _judgement(data: dict) -> Judgement:
    verdict = data["verdict"]
    findings = tuple(Finding(**finding) for finding in verdict["findings"])
    return Judgement(data["item"], Verdict(verdict["fraction"], findings), data["problem"], data["status"])
