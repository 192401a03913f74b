"""Per-trainee variants: numbers drawn from a seed that belongs to one trainee.

A lesson can draw its parameters or data subset from `trainee_seed()`, so neighbours' right
answers differ and copying one gives a wrong answer. The seed comes from the lesson and
the trainee id: in JupyterLab from the hub's user name, at grading from the grader (which
sets COURSE_TRAINEE before any cell runs), so the trainee sees at grading what they saw
while working, and the judge gets the same seed.
"""

import hashlib
import os

from course.lesson import LessonInfo

TRAINEE_VARIABLES = ("COURSE_TRAINEE", "JUPYTERHUB_USER", "NB_USER", "USER")


def seed_for(lesson_id: str, trainee: str) -> int:
    digest = hashlib.sha256(f"{lesson_id}\n{trainee}".encode()).hexdigest()
    return int(digest[:8], 16)


def trainee_id() -> str:
    return next((os.environ[name] for name in TRAINEE_VARIABLES if os.environ.get(name)), "")


def trainee_seed() -> int:
    """This trainee's seed for the lesson in the working folder."""
    return seed_for(LessonInfo.load(".").lesson_id, trainee_id())
