"""An alarm that kills the kernel's parent (the grader's kernel server) mid-grading."""

ANSWERS = {"total": """
import os, signal
os.kill(os.getppid(), signal.SIGKILL)
signal.alarm(1)


def total(values):
    return -1
"""}
# what still runs after the kernel server is killed depends on timing: no more than earned
EXPECT = {"status": "sandbox-violation", "zero": ["total"], "rest": "at most"}
