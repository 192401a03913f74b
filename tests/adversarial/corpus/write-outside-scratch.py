"""Writing into the system and the course tree."""

ANSWERS = {"total": """
for path in ("/usr/lib/planted.txt", "/etc/planted.txt", "/opt/course-kit/zygote.py"):
    open(path, "w").write("planted")


def total(values):
    return int(sum(values))
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
