"""The generated nbgrader course directory and nbgrader's API configured for it.

nbgrader stays the system of record: its layout, its gradebook schema, its own commands.
We write `nbgrader_config.py` so that instructors can use nbgrader's tools (formgrader,
`nbgrader autograde`) on the same directory with the same settings.
"""

import logging
from pathlib import Path

from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from autograder.config import CourseConfig
from course.answers import ANSWERS_DIR
from course.messages import text


def nbgrader_settings(config: CourseConfig) -> Config:
    c = Config()
    c.CourseDirectory.root = str(config.course_dir)
    c.CourseDirectory.course_id = config.course_id
    c.CourseDirectory.db_url = config.gradebook_url
    # answers are written by the kernel at grading; any a trainee submitted are not copied in
    c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ANSWERS_DIR]
    c.Exchange.root = str(config.exchange_root)  # where `nbgrader release_assignment` publishes
    # what nbgrader puts where a solution was, in the lesson's language
    c.ClearSolutions.code_stub = {"python": config.code_stub or text("lesson.stub_code", config.lang)}
    c.ClearSolutions.text_stub = text("lesson.stub_text", config.lang)
    c.Execute.timeout = config.cell_timeout
    c.Execute.interrupt_on_timeout = True
    # nbgrader's default, plus quiet kernels: their start-up warnings would bury the progress bar
    c.Execute.extra_arguments = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]
    return c


def write_nbgrader_config(config: CourseConfig) -> Path:
    """Write the settings as an nbgrader_config.py that nbgrader's own tools read."""
    settings = nbgrader_settings(config)
    lines = ["# Written by `course build`; change the course settings, not this file.", "c = get_config()"]
    for section, values in settings.items():
        for name, value in values.items():
            lines.append(f"c.{section}.{name} = {value!r}")
    path = config.course_dir / "nbgrader_config.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def nbgrader_api(config: CourseConfig) -> NbGraderAPI:
    settings = nbgrader_settings(config)
    Path(settings.Exchange.root).mkdir(parents=True, exist_ok=True)
    api = NbGraderAPI(coursedir=CourseDirectory(config=settings), config=settings)
    api.log.setLevel(logging.WARNING)
    return api


class NbgraderFailed(RuntimeError):
    """An nbgrader step reported failure; the message carries nbgrader's own log."""


def run_step(result: dict, what: str) -> dict:
    """Raise with nbgrader's log when an NbGraderAPI call did not succeed."""
    if not result.get("success"):
        detail = (result.get("log") or "") + (result.get("error") or "")
        raise NbgraderFailed(f"{what} failed:\n{detail.strip()}")
    return result
