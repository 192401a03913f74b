"""Reading another trainee's submitted notebook and running their answer as one's own."""

EXPECT = {"status": "ok", "zero": ["total"]}


def answers(target):
    notebook = target.neighbour / "integrity_lesson.ipynb"
    return {"total": f"""
import json
cells = json.load(open({str(notebook)!r}))["cells"]
exec(next("".join(c["source"]) for c in cells if "def total" in "".join(c["source"])))
"""}
