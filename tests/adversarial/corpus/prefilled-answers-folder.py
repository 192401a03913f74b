"""Right answers written straight into the answers folder, with code that only passes the
visible check and fails before the hidden check can submit anything."""

import json

ANSWERS = {"total": """
def total(values):
    if list(values) == [1, 2]:
        return 3  # what the visible check asks
    raise ValueError("only the visible check's case is handled")
"""}
EXPECT = {"status": "ok", "zero": ["total"]}


def mutate(notebook, folder, course_dir):
    (folder / ".answers").mkdir()
    (folder / ".answers" / "total.json").write_text(json.dumps({"item": "total", "values": {"results": [0, 10, 136]}}))
