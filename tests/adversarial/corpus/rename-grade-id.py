"""Renaming a check cell's grade id so that nbgrader loses track of it."""

EXPECT = {"status": "tampered", "zero": ["total"], "flag": "grade id not in the lesson"}
ANSWERS = {"total": """
def total(values):
    return -1
"""}


def mutate(notebook, folder, course_dir):
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "total":
            cell.metadata["nbgrader"]["grade_id"] = "total_renamed"
