"""Patching builtins (isinstance, len, AssertionError) that checks rely on."""

ANSWERS = {"tidy": """
import builtins
builtins.isinstance = lambda *args: True
builtins.AssertionError = type("Nothing", (Exception,), {})


def tidy(frame):
    return frame
"""}
# the patched builtins break the kernel itself: it dies, and a fresh one grades the rest
EXPECT = {"status": "crashed", "zero": ["tidy"]}
