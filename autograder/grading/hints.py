"""Hints a trainee opened, as the submission records them.

The runtime's `hint()` keeps `hints-used.json` (item → hints opened) in the lesson folder,
and nbgrader submits the folder with the notebook. The log is the trainee's own file, so it
is read without trust: anything that is not a count per known item is ignored.
"""

import json

from autograder.grading.submissions import Submission
from course.check import HINT_LOG_NAME


def hints_opened(submission: Submission, items: set[str]) -> dict[str, int]:
    """item → hints opened, for the items of the lesson; {} when there is no readable log."""
    try:
        log = json.loads((submission.folder / HINT_LOG_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(log, dict):
        return {}
    opened = {}
    for item, count in log.items():
        if item in items and isinstance(count, int) and not isinstance(count, bool) and 0 < count < 1000:
            opened[item] = count
    return opened


def format_hints(opened: dict[str, int]) -> str:
    """`clean:2 fill:1`, in item order as given; '' when no hint was opened."""
    return " ".join(f"{item}:{count}" for item, count in opened.items() if count)
