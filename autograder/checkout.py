"""Which kit checkout a command works on.

With an editable install, the package's own folder is the clone it was installed from; an
instructor running `course` inside another clone means that clone. The kit checkout holding
the current directory wins; the installed one is the fallback.
"""

from pathlib import Path

from autograder.config import REPO

PROJECT_LINE = 'name = "ai-trainer-course-kit"'


def checkout_root(start: Path | None = None) -> Path:
    """The kit checkout holding `start` (the current directory), else the installed one."""
    start = Path(start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and PROJECT_LINE in pyproject.read_text(encoding="utf-8", errors="replace"):
            return folder
    return REPO
