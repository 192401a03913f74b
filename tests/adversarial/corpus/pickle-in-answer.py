"""An answer object that tries to travel as a pickle (and run code when loaded)."""

ANSWERS = {"tidy": """
import os


class Payload:
    def __reduce__(self):
        return (os.system, ("touch /tmp/pwned-by-trainee",))


def tidy(frame):
    return Payload()
"""}
EXPECT = {"status": "ok", "zero": ["tidy"]}
