"""A loop that never ends."""

ANSWERS = {"total": """
def total(values):
    while True:
        pass
"""}
EXPECT = {"status": "timeout", "zero": ["total"]}
