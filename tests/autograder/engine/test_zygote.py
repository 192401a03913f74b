"""A kernel cannot reach the warm zygote it was forked from: it cannot write its memory
(through /proc/<pid>/mem or process_vm_writev), trace it or signal it, so the next
trainee's kernel starts exactly as the zygote was warmed."""

import queue

import pytest

from autograder.engine.kernels import KernelFactory
from autograder.engine.sandbox import Limits, bwrap_path

pytestmark = pytest.mark.skipif(bwrap_path() is None, reason="bubblewrap is not installed")

# math.pi lives in the zygote at the same address as in its forked kernel: overwrite it there
ATTACK = r'''
import ctypes, math, os, signal, struct
zygote, address, three = os.getppid(), id(math.pi) + 16, struct.pack("d", 3.0)
done = []
try:
    with open(f"/proc/{zygote}/mem", "r+b", buffering=0) as memory:
        memory.seek(address)
        memory.write(three)
        done.append("mem")
except OSError:
    pass
class iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
data = ctypes.create_string_buffer(three, 8)
libc = ctypes.CDLL(None, use_errno=True)
if libc.process_vm_writev(zygote, ctypes.byref(iovec(ctypes.cast(data, ctypes.c_void_p), 8)), 1,
                          ctypes.byref(iovec(address, 8)), 1, 0) == 8:
    done.append("process_vm_writev")
for target in (zygote, -1):
    try:
        os.kill(target, signal.SIGSTOP)
        done.append(f"kill {target}")
    except OSError:
        pass
print(done)
'''


def run(kernel, code: str) -> str:
    msg_id = kernel.client.execute(code)
    said = []
    while True:
        try:
            message = kernel.client.get_iopub_msg(timeout=30)
        except queue.Empty:
            return "no answer: " + "".join(said)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        if message["msg_type"] == "stream":
            said.append(message["content"]["text"])
        elif message["msg_type"] == "error":
            said.append(message["content"]["evalue"])
        elif message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return "".join(said).strip()


def test_a_later_kernel_starts_untouched_after_an_earlier_one_attacked_the_zygote():
    limits = Limits()
    factory = KernelFactory(limits=limits, imports=("math",))
    try:
        assert run(factory.kernel(limits), ATTACK) == "[]"  # every write and signal refused
        factory.reset()
        assert run(factory.kernel(limits), "import math; print(math.pi)") == "3.141592653589793"
        assert factory.restarts == 0 and factory.alive()
    finally:
        factory.close()



def test_when_the_sandbox_cannot_start_bubblewraps_own_words_are_shown(monkeypatch):
    from autograder.engine import kernels

    original = kernels.sandbox_command

    def with_a_missing_folder(*args, **kwargs):
        command = original(*args, **kwargs)
        return command[:1] + ["--ro-bind", "/no/such/folder", "/x"] + command[1:]

    monkeypatch.setattr(kernels, "sandbox_command", with_a_missing_folder)
    with pytest.raises(kernels.KernelStartFailed, match="Can't find source path /no/such/folder"):
        KernelFactory(limits=Limits(), imports=("math",))
