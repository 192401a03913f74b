"""Copying a check cell, which duplicates its grade id (nbgrader#981, #1083)."""

import copy

EXPECT = {"status": "tampered", "zero": ["total"], "flag": "total: grade id used by 2 cells"}
ANSWERS = {"total": """
def total(values):
    return -1
"""}


def mutate(notebook, folder, course_dir):
    check = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "total")
    twin = copy.deepcopy(check)
    twin.source = "pass"
    notebook.cells.append(twin)
