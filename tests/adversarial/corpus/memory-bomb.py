"""Allocating far more memory than a notebook may use."""

ANSWERS = {"total": """
hog = bytearray(16 * 1024 ** 3)


def total(values):
    return int(sum(values))
"""}
EXPECT = {"status": "out-of-memory", "zero": ["total"]}
