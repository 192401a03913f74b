"""An answer object that tries to travel as a pickle (and run code when loaded)."""

EXPECT = {"status": "ok", "zero": ["tidy"]}


def answers(target):
    # unpickled by the grader, this would plant a file in the course directory
    return {"tidy": f"""
import os


class Payload:
    def __reduce__(self):
        return (os.system, ("touch {target.course_dir / 'pwned-by-trainee'}",))


def tidy(frame):
    return Payload()
"""}
