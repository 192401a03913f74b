"""Pointing the notebook at another kernel."""

EXPECT = {"status": "tampered", "zero": ["total"], "flag": "kernel changed"}
ANSWERS = {"total": """
def total(values):
    return -1
"""}


def mutate(notebook, folder, course_dir):
    notebook.metadata["kernelspec"] = {"name": "bash", "display_name": "Bash", "language": "bash"}
