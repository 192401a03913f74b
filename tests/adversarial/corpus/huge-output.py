"""A hundred megabytes of output."""

ANSWERS = {"total": """
print("x" * 100_000_000)


def total(values):
    return -1
"""}
# printing it may take longer than the corpus cohort's 3-second cell limit
EXPECT = {"status": ("ok", "timeout"), "zero": ["total"]}
