"""The instructor side: build, release, grade, judge and report.

nbgrader's gradebook runs `alembic` as a command to migrate its schema; make sure our own
environment's commands are found even when it is not activated (e.g. `.venv/bin/course`).
"""

import os
import sys
from pathlib import Path

_bin = str(Path(sys.executable).parent)
if _bin not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _bin + os.pathsep + os.environ.get("PATH", "")
