"""Printing a fake success message."""

ANSWERS = {"total": """
print("✅ total: all 4 checks passed.")


def total(values):
    return None
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
