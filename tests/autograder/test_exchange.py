"""`course release` publishes to nbgrader's exchange with the trainee's config beside it;
a trainee fetches and submits with nbgrader's own commands under that config, and
`course collect` brings the submission into submitted/."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from autograder.build.pipeline import build_lesson
from autograder.cli import main
from autograder.config import CourseConfig
from autograder.exchange.trainee_config import INSTRUCTOR_LAB_PLUGINS, INSTRUCTOR_SERVER_EXTENSIONS
from autograder.lesson.source import lesson_file

pytestmark = pytest.mark.slow
LESSON = "l5_python_basics"


def _as_trainee(config: CourseConfig, home: Path, name: str, *args) -> str:
    env = {**os.environ, "USER": name, "LOGNAME": name, "HOME": str(home),
           "JUPYTER_CONFIG_DIR": str(home / ".jupyter"), "JUPYTER_CONFIG_PATH": str(config.trainee_config_dir)}
    env.pop("JUPYTERHUB_USER", None)
    done = subprocess.run([str(Path(sys.executable).with_name("nbgrader")), *args], cwd=home, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_a_release_reaches_trainees_and_their_submissions_come_back(tmp_path):
    exchange = tmp_path / "shared-exchange"
    config = CourseConfig(course_dir=tmp_path / "course", exchange_dir=exchange)
    build_lesson(lesson_file(config.lessons_dir / LESSON), config, prove=False)
    runner = CliRunner()
    released = runner.invoke(main, ["--course-dir", str(config.course_dir), "--exchange", str(exchange),
                                    "release", LESSON])
    assert released.exit_code == 0, released.output
    assert (exchange / config.course_id / "outbound" / LESSON / f"{LESSON}.ipynb").exists()
    assert oct(exchange.stat().st_mode & 0o777) == "0o777"  # every trainee's server writes there

    server = json.loads((config.trainee_config_dir / "jupyter_server_config.json").read_text())
    assert all(not server["ServerApp"]["jpserver_extensions"][name] for name in INSTRUCTOR_SERVER_EXTENSIONS)
    lab = json.loads((config.trainee_config_dir / "labconfig" / "page_config.json").read_text())
    assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"} <= set(lab["disabledExtensions"])
    assert set(INSTRUCTOR_LAB_PLUGINS) <= set(lab["disabledExtensions"])

    home = tmp_path / "wang"
    home.mkdir()
    assert LESSON in _as_trainee(config, home, "wang", "list")
    _as_trainee(config, home, "wang", "fetch_assignment", LESSON)
    (home / LESSON / "notes.labels.jsonl").write_text("{}\n")  # widget answers travel with the notebook
    _as_trainee(config, home, "wang", "submit", LESSON)

    collected = runner.invoke(main, ["--course-dir", str(config.course_dir), "--exchange", str(exchange),
                                     "collect", LESSON])
    assert collected.exit_code == 0, collected.output
    assert "collected 1 new submission(s) (wang)" in collected.output
    submitted = config.submitted_dir("wang", LESSON)
    assert (submitted / f"{LESSON}.ipynb").exists() and (submitted / "notes.labels.jsonl").exists()
    again = runner.invoke(main, ["--course-dir", str(config.course_dir), "--exchange", str(exchange), "collect", LESSON])
    assert "collected 0 new submission(s)" in again.output  # nothing twice
