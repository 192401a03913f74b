"""Reading the instructor's source notebook, with its hidden tests, from the course folder."""

ANSWERS = {"total": """
import glob
found = [p for root in ("/tmp", "/root", "/work", "/home", "/scratch") for p in glob.glob(root + "/**/source/integrity_lesson/*.ipynb", recursive=True)]
assert found, "no hidden tests to read"


def total(values):
    return int(sum(values))
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
