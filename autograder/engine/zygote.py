"""The kernel zygote: a warm process that forks a fresh IPython kernel per submission.

It runs inside the sandbox. It imports the course's standard libraries once, so each
forked kernel starts with them loaded at the cost of a fork, and never runs trainee code
itself. It speaks JSON lines on stdin/stdout:

  {"cmd": "fork", "connection": {...}, "cwd": "...", "limits": {...}} → {"forked": pid}
  {"cmd": "reset"}   kill every process but itself, empty the scratch folders → {"reset": true}
                     ("keep_files": true keeps the folders, to restart a notebook's kernel)
  {"cmd": "interrupt", "pid": n}  SIGINT to a kernel, as Jupyter's interrupt → {"interrupted": true}
and reports a kernel's end on its own:                                 {"exited": pid, "signal": n, "code": n}
and, where it must count processes itself, a fork bomb it stopped:     {"process_limit": n}

Kernels cannot reach the zygote: it is not dumpable, so without capabilities (bubblewrap
drops them all) no kernel can open its /proc/<pid>/mem, trace it or write it with
process_vm_writev; and each kernel installs a seccomp filter (libseccomp) that refuses
ptrace, process_vm_* and any signal aimed at the zygote or the sandbox's init.

This module imports nothing from the kit, so it can run where only its file is visible.
"""

import ctypes
import ctypes.util
import errno
import json
import os
import resource
import shutil
import signal
import sys
import threading

# The course's standard imports, then what a kernel's own start-up would import
# (its debugger, shell and completer), so a forked kernel is ready in tens of milliseconds.
WARM_IMPORTS = ("numpy", "pandas", "matplotlib", "matplotlib.pyplot", "matplotlib_inline.backend_inline",
                "sklearn", "sklearn.linear_model", "sklearn.model_selection", "sklearn.metrics",
                "sklearn.preprocessing", "sklearn.pipeline", "course",
                "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "ipykernel.debugger",
                "IPython", "IPython.core.interactiveshell", "IPython.core.completer", "sqlite3", "pdb",
                "tornado.gen", "tornado.queues", "http.server", "xmlrpc.server", "pydevd")

_write_lock = threading.Lock()


def say(message: dict) -> None:
    with _write_lock:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()


def warm_up(modules) -> list[str]:
    """Import what kernels will need; return the modules that could not be imported."""
    import importlib
    import matplotlib
    matplotlib.use("agg")  # no display in the sandbox; the kernel's inline backend takes over
    missing = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:
            missing.append(name)
    return missing


def apply_limits(limits: dict) -> None:
    if limits.get("memory_bytes"):
        # on top of what the warm imports already map, so the limit is the notebook's own
        allowed = virtual_memory_bytes() + limits["memory_bytes"]
        resource.setrlimit(resource.RLIMIT_AS, (allowed, allowed))
    if limits.get("cpu_seconds"):
        resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu_seconds"], limits["cpu_seconds"] + 5))
    if limits.get("max_processes"):
        # counts this user's processes everywhere in the sandbox: the fallback where no
        # process cgroup can be made (it binds only without capabilities, as in bubblewrap)
        room = limits["max_processes"] + limits.get("process_headroom", 0)
        resource.setrlimit(resource.RLIMIT_NPROC, (room, room))
    if limits.get("file_bytes"):
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_bytes"], limits["file_bytes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def virtual_memory_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


PR_SET_DUMPABLE = 4


def protect_self() -> None:
    """Not dumpable: a process without CAP_SYS_PTRACE cannot read, write or trace our memory."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


class _ArgCmp(ctypes.Structure):  # libseccomp's struct scmp_arg_cmp
    _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int), ("datum_a", ctypes.c_uint64),
                ("datum_b", ctypes.c_uint64)]


SCMP_ACT_ALLOW, SCMP_ACT_ERRNO_EPERM, SCMP_CMP_MASKED_EQ = 0x7FFF0000, 0x00050000 | errno.EPERM, 7
# calls a kernel never needs against another process: tracing and cross-process memory access
REFUSED_CALLS = ("ptrace", "process_vm_writev", "process_vm_readv", "kcmp", "pidfd_getfd")
# calls whose first argument names a process to signal (or open, for pidfd_send_signal)
SIGNAL_CALLS = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_open")


def confine_kernel(protected: list[int]) -> bool:
    """A seccomp filter in the kernel (and all it starts): no tracing, no cross-process memory
    calls, no signal to the `protected` processes (nor -1, every process we may signal, nor
    their process groups). False when libseccomp is missing (the zygote is still not dumpable)."""
    name = ctypes.util.find_library("seccomp")
    if name is None:
        return False
    lib = ctypes.CDLL(name)
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
                                           ctypes.POINTER(_ArgCmp)]
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    context = lib.seccomp_init(SCMP_ACT_ALLOW)
    for call in REFUSED_CALLS:
        number = lib.seccomp_syscall_resolve_name(call.encode())
        if number >= 0:
            lib.seccomp_rule_add_array(context, SCMP_ACT_ERRNO_EPERM, number, 0, None)
    targets = {pid & 0xFFFFFFFF for p in [*protected, 1] for pid in (p, -p)} | {0xFFFFFFFF}  # -1: everyone
    for call in SIGNAL_CALLS:
        number = lib.seccomp_syscall_resolve_name(call.encode())
        for target in targets if number >= 0 else ():
            rule = _ArgCmp(0, SCMP_CMP_MASKED_EQ, 0xFFFFFFFF, target)  # pid_t: compare the low 32 bits
            lib.seccomp_rule_add_array(context, SCMP_ACT_ERRNO_EPERM, number, 1, ctypes.byref(rule))
    ctypes.CDLL(None).prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS, which seccomp requires
    return lib.seccomp_load(context) == 0


def become_kernel(connection: dict, cwd: str, limits: dict) -> None:
    """In the forked child: limits, a clean working folder, then an IPython kernel."""
    os.setsid()  # its own process group, so everything it starts can be killed at once
    if not confine_kernel([os.getppid()]):
        os._exit(71)  # never run trainee code that could reach the zygote
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.chdir(cwd)
    apply_limits(limits)
    path = connection["ip"] + ".json"  # beside the kernel's sockets, in the writable ipc folder
    with open(path, "w") as handle:
        json.dump(connection, handle)
    from ipykernel.kernelapp import IPKernelApp
    app = IPKernelApp.instance(connection_file=path, log_level=40)
    app.initialize(["--HistoryManager.hist_file=:memory:", "--IPKernelApp.parent_handle=0"])
    os.unlink(path)  # the kernel's key leaves the disk before any trainee code runs
    app.start()
    os._exit(0)


def reset(scratch_dirs, kernels: set, own_pid_namespace: bool) -> None:
    """Kill what the last kernel left running, then empty the scratch folders. In our own
    PID namespace that is every process but ourselves (a fork bomb may have escaped its
    process group); elsewhere only the kernels' process groups."""
    me = os.getpid()
    targets = [int(e) for e in os.listdir("/proc") if e.isdigit() and int(e) not in (1, me)] \
        if own_pid_namespace else []
    for pid in kernels:
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    for pid in targets:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    kernels.clear()
    for folder in scratch_dirs:
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            path = os.path.join(folder, name)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                try:
                    os.unlink(path)
                except OSError:
                    pass


def reap_children() -> None:
    """Report each kernel's end (and quietly reap anything else)."""
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            threading.Event().wait(0.05)
            continue
        say({"exited": pid, "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
             "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None})


def watch_process_count(limit: int) -> None:
    """Where no cgroup limits processes and RLIMIT_NPROC does not bind (the grader runs as
    root: the kernel exempts uid 0 however its capabilities stand), count the sandbox's
    processes ourselves and, past the limit, kill all but us and say so."""
    me = os.getpid()
    while True:
        others = [int(e) for e in os.listdir("/proc") if e.isdigit() and int(e) not in (1, me)]
        if len(others) > limit:
            # said before the killing, so the grader knows why before it hears of a kernel's exit
            say({"process_limit": limit})
            while others:  # a fork bomb forks while it is killed: until none is left
                for pid in others:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except (ProcessLookupError, PermissionError):
                        pass
                others = [int(e) for e in os.listdir("/proc") if e.isdigit() and int(e) not in (1, me)]
        threading.Event().wait(0.02)


def main() -> None:
    settings = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    protect_self()
    missing = warm_up(settings.get("imports", WARM_IMPORTS))
    scratch_dirs = settings.get("scratch_dirs", [])
    own_pid_namespace = os.getpid() <= 2  # bwrap --unshare-pid: its init is 1, we are 2
    kernels: set = set()
    say({"ready": True, "missing": missing, "pid": os.getpid()})
    threading.Thread(target=reap_children, daemon=True).start()
    if own_pid_namespace and settings.get("watch_processes"):
        threading.Thread(target=watch_process_count, args=(settings["watch_processes"],), daemon=True).start()
    for line in sys.stdin:
        request = json.loads(line)
        if request["cmd"] == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    become_kernel(request["connection"], request["cwd"], request.get("limits", {}))
                finally:
                    os._exit(70)
            kernels.add(pid)
            say({"forked": pid})
        elif request["cmd"] == "reset":
            reset([] if request.get("keep_files") else scratch_dirs, kernels, own_pid_namespace)
            say({"reset": True})
        elif request["cmd"] == "interrupt" and request.get("pid") in kernels:
            os.kill(request["pid"], signal.SIGINT)
            say({"interrupted": True})


if __name__ == "__main__":
    main()
