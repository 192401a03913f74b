"""Creating processes without end."""

ANSWERS = {"total": """
import os
for _ in range(100_000):
    os.fork()


def total(values):
    return int(sum(values))
"""}
EXPECT = {"status": "sandbox-violation", "zero": ["total"]}
