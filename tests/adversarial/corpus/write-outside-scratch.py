"""Writing into the course directory: a file into the release every trainee downloads, and
one into another trainee's submission."""

EXPECT = {"status": "ok", "zero": ["total"]}


def answers(target):
    planted = [target.course_dir / "release" / "integrity_lesson" / "planted.txt", target.neighbour / "planted.txt"]
    return {"total": f"""
for path in {[str(p) for p in planted]!r}:
    open(path, "w").write("planted")


def total(values):
    return int(sum(values))
"""}
