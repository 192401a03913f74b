"""Right answers written straight into the answers folder, with no working code."""

import json

ANSWERS = {"total": """
def total(values):
    return -1
"""}
EXPECT = {"status": "ok", "zero": ["total"]}


def mutate(notebook, folder, course_dir):
    (folder / ".answers").mkdir()
    (folder / ".answers" / "total.json").write_text(json.dumps({"item": "total", "values": {"results": [0, 10, 136]}}))
