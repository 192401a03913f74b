"""The generated nbgrader course directory and nbgrader's API configured for it.

nbgrader stays the system of record: its layout, its gradebook schema, its own commands.
We write `nbgrader_config.py` so that instructors can use nbgrader's tools (formgrader,
`nbgrader autograde`) on the same directory with the same settings. A course directory an
instructor set up with nbgrader alone keeps its own `nbgrader_config.py`: the kit never
overwrites it, and reads it under its own settings (a late-penalty plugin, say, still applies).
"""

import logging
import sys
from pathlib import Path

from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import Execute
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from autograder.config import CourseConfig
from course.answers import ANSWERS_DIR
from course.messages import text

CONFIG_NAME = "nbgrader_config.py"
WRITTEN_BY_KIT = "# Written by `course build`; change the course settings, not this file."


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
    own = instructors_config(config)
    if own is not None:
        course_id = own.CourseDirectory.get("course_id")
        own.merge(c)
        if course_id:  # assignments nbgrader adds stay in the instructor's course
            own.CourseDirectory.course_id = course_id
        return own
    return c


def instructors_config(config: CourseConfig) -> Config | None:
    """The course directory's own nbgrader_config.py, when an instructor (not the kit) wrote it."""
    path = config.course_dir / CONFIG_NAME
    if not path.is_file() or path.read_text(encoding="utf-8").startswith(WRITTEN_BY_KIT):
        return None
    # nbgrader imports the classes a config names (a late-penalty plugin, say) from the folder
    # it runs in, the course directory; appended, so no file there shadows a library
    if str(config.course_dir) not in sys.path:
        sys.path.append(str(config.course_dir))
    return PyFileConfigLoader(CONFIG_NAME, str(config.course_dir)).load_config()


def instructors_cell_timeout(config: CourseConfig) -> float | None:
    """The cell timeout plain `nbgrader autograde` would use on an instructor's own course
    (their `Execute.timeout`, else nbgrader's default), so scores agree; None on a kit course."""
    own = instructors_config(config)
    if own is None:
        return None
    timeout = own.Execute.get("timeout", Execute.class_traits()["timeout"].default_value)
    return float(timeout) if timeout and timeout > 0 else None


def write_nbgrader_config(config: CourseConfig) -> Path:
    """Write the settings as an nbgrader_config.py that nbgrader's own tools read (unless the
    instructor wrote one: that one stays)."""
    path = config.course_dir / CONFIG_NAME
    if instructors_config(config) is not None:
        return path
    settings = nbgrader_settings(config)
    lines = [WRITTEN_BY_KIT, "c = get_config()"]
    for section, values in settings.items():
        for name, value in values.items():
            lines.append(f"c.{section}.{name} = {value!r}")
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
