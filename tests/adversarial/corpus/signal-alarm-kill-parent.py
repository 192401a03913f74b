"""An alarm that kills the kernel's parent (the grader's kernel server) mid-grading."""

ANSWERS = {"total": """
import os, signal
os.kill(os.getppid(), signal.SIGKILL)
signal.alarm(1)


def total(values):
    return -1
"""}
# the kernels' seccomp filter refuses a signal to the warm process they were forked from, so the
# attack fails in its own cell; the rest of the notebook is graded as earned
EXPECT = {"status": "ok", "zero": ["total"], "rest": "at most"}
