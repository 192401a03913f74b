"""Reading the instructor's source notebook, with its hidden tests, from the course directory."""

EXPECT = {"status": "ok", "zero": ["total"]}


def answers(target):
    source = target.course_dir / "source" / "integrity_lesson" / "integrity_lesson.ipynb"
    return {"total": f"""
hidden = open({str(source)!r}).read()
assert "BEGIN HIDDEN TESTS" in hidden


def total(values):
    return int(sum(values))
"""}
