"""The Jupyter configuration a trainee's server runs with.

It is a config folder to put on the trainee's JUPYTER_CONFIG_PATH (the hub does so; on one
machine: `JUPYTER_CONFIG_PATH=<course dir>/trainee-config jupyter lab`). Folders on that
path outrank the environment's own settings, so nbgrader's instructor tools that pip
enables for everyone (Formgrader, Create Assignment, the course list) are switched off
here, while the Assignments tab and Validate stay.
"""

import json
from pathlib import Path

from autograder.config import CourseConfig

INSTRUCTOR_SERVER_EXTENSIONS = ("nbgrader.server_extensions.formgrader", "nbgrader.server_extensions.course_list")
INSTRUCTOR_LAB_PLUGINS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                          "@jupyter/nbgrader:course-list")
# a news pop-up asks trainees about Jupyter announcements over their lesson
DISTRACTING_LAB_PLUGINS = ("@jupyterlab/apputils-extension:announcements",)


def write_trainee_config(config: CourseConfig) -> Path:
    folder = config.trainee_config_dir
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    (folder / "nbgrader_config.py").write_text(
        "# Written by `course release`: where trainees fetch lessons and submit them.\n"
        "import getpass, os\n"
        "c = get_config()\n"
        f"c.CourseDirectory.course_id = {config.course_id!r}\n"
        f"c.Exchange.root = {str(config.exchange_root)!r}\n"
        "# who submits: the hub account, else the login name (nbgrader alone would take the OS user,\n"
        "# the same for every account of a hub whose servers share one system user)\n"
        "c.CourseDirectory.student_id = os.environ.get('JUPYTERHUB_USER') or getpass.getuser()\n",
        encoding="utf-8")
    server = {"ServerApp": {"jpserver_extensions": {name: False for name in INSTRUCTOR_SERVER_EXTENSIONS}}}
    _write_json(folder / "jupyter_server_config.json", server)
    _write_json(folder / "labconfig" / "page_config.json",
                {"disabledExtensions": {plugin: True for plugin in INSTRUCTOR_LAB_PLUGINS + DISTRACTING_LAB_PLUGINS}})
    return folder


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
