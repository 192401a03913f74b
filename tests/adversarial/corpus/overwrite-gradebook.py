"""Opening the course's gradebook to write scores into it."""

EXPECT = {"status": "ok", "zero": ["total"]}


def answers(target):
    return {"total": f"""
import sqlite3
# mode=rw: fail rather than create an empty database where the gradebook is not visible
gradebook = sqlite3.connect("file:{target.gradebook}?mode=rw", uri=True, timeout=30)
gradebook.execute("update grade set auto_score = 0")
gradebook.commit()


def total(values):
    return int(sum(values))
"""}
