"""Deleting a check cell so that a wrong answer is never checked."""

EXPECT = {"status": "tampered", "zero": ["total"], "flag": "total: locked cell deleted"}
ANSWERS = {"total": """
def total(values):
    return -1
"""}


def mutate(notebook, folder, course_dir):
    notebook.cells = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "total"]
