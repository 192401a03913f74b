"""Replacing a locked check cell with one that always passes."""

EXPECT = {"status": "tampered", "zero": ["total"], "flag": "total: locked cell edited"}
ANSWERS = {"total": """
def total(values):
    return -1
"""}


def mutate(notebook, folder, course_dir):
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "total":
            cell.source = "print('all checks passed')"
