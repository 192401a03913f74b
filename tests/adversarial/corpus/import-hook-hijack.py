"""An import hook that swaps in a fake `course` module so that submit records made-up values."""

ANSWERS = {"total": """
import sys, types
fake = types.ModuleType("course")
fake.submit = lambda item, **values: None
fake.check = lambda *a, **k: print("passed")
fake.expect = lambda *a, **k: None
sys.modules["course"] = fake


def total(values):
    return -1
"""}
# the fake module also silences every later check: the notebook only harms itself
EXPECT = {"status": "ok", "zero": ["total", "tidy", "labels"]}
