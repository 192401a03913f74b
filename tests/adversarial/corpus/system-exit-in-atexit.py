"""Exit handlers that end the process once grading is over, and SystemExit in a cell."""

ANSWERS = {"total": """
import atexit, os, sys
atexit.register(lambda: os._exit(0))
try:
    sys.exit(0)
except SystemExit:
    pass
raise SystemExit("stop grading here")
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
