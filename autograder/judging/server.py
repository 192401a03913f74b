"""The judge server: runs in its own sandbox and judges each submission in a forked child.

It sees the kit, Python and the lessons' built judges with their gold data, read-only, and
nothing else: no course directory, no other trainee's work, no network. The grader sends
one JSON line per submission (the text of its answer files) and gets the judgements back;
each submission is decoded and judged in a child with its own memory and CPU limits,
killed at its wall-clock limit, so no answer and no slow judge can hold up the others.

  {"id": n, "judges_dir": "...", "answers": {item: text}, "seed": s,
   "memory_bytes": m, "timeout": t}  →  {"id": n, "judgements": {item: {...}}, "problem": "..."}
"""

import json
import os
import resource
import select
import signal
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

from autograder.engine.zygote import protect_self, virtual_memory_bytes
from autograder.judging.run import judge_one, load_judges

_write_lock = threading.Lock()
_judges: dict[str, dict] = {}


def say(message: dict) -> None:
    with _write_lock:
        sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def judge_in_child(request: dict, judges: dict, slots: threading.Semaphore) -> None:
    """Fork, judge there under limits, relay what it wrote (one line per item) in time."""
    with slots:  # at most so many children at once: the grader's memory is their sum
        _judge_in_child(request, judges)


def _judge_in_child(request: dict, judges: dict) -> None:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        try:
            _limit(request)
            gold = Path(request["judges_dir"]) / "gold"
            for item, judge in judges.items():
                judgement = judge_one(item, judge, request["answers"].get(item), gold, request.get("seed"))
                os.write(writer, (json.dumps(asdict(judgement), ensure_ascii=False) + "\n").encode())
        finally:
            os._exit(0)
    os.close(writer)
    received, deadline, problem = b"", time.monotonic() + request["timeout"], ""
    while True:
        ready, _, _ = select.select([reader], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            problem = f"judging stopped after {request['timeout']:g}s"
            os.kill(pid, signal.SIGKILL)
            break
        chunk = os.read(reader, 1 << 16)
        if not chunk:
            break
        received += chunk
    os.close(reader)
    _, status = os.waitpid(pid, 0)
    if not problem and os.WIFSIGNALED(status):
        problem = f"judging was killed by signal {os.WTERMSIG(status)} (memory or CPU limit)"
    judgements = {}
    for line in received.decode(errors="replace").splitlines():
        try:
            judgement = json.loads(line)
            judgements[judgement["item"]] = judgement
        except (ValueError, KeyError):
            pass
    say({"id": request["id"], "judgements": judgements, "problem": problem})


def _limit(request: dict) -> None:
    if request.get("memory_bytes"):
        allowed = virtual_memory_bytes() + request["memory_bytes"]
        resource.setrlimit(resource.RLIMIT_AS, (allowed, allowed))
    cpu = int(request["timeout"]) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main() -> None:
    protect_self()
    settings = json.loads(sys.argv[1])
    slots = threading.Semaphore(settings["concurrency"])
    for folder in settings["judges_dirs"]:  # load every lesson's judges (and what they import) once, before any fork
        try:
            _judges[folder] = load_judges(Path(folder))
        except Exception:
            pass  # said per submission, below
    say({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if request["judges_dir"] not in _judges:
                _judges[request["judges_dir"]] = load_judges(Path(request["judges_dir"]))
        except Exception as error:  # a lesson's judge that does not even import
            say({"id": request["id"], "judgements": {}, "problem": f"the judges could not be loaded: "
                                                                   f"{type(error).__name__}: {error}"})
            continue
        threading.Thread(target=judge_in_child, args=(request, _judges[request["judges_dir"]], slots),
                         daemon=True).start()


if __name__ == "__main__":
    main()
