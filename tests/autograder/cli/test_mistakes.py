"""Every `course` subcommand meets an instructor's mistakes (an unknown lesson, a missing
course directory, a bad option, a gradebook it cannot open, nothing to work on) with one
clear line and a non-zero exit: no traceback, no usage screen, nothing done silently."""

import pytest
from click.testing import CliRunner

from autograder.build.pipeline import build_lesson
from autograder.cli import main
from autograder.config import CourseConfig
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from tests.conftest import FIXTURES

LESSON = "tiny_lesson"
SUBCOMMANDS = ["build", "release", "simulate", "grade", "feedback", "similarity"]


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> CourseConfig:
    """A course with tiny_lesson built and released, and no submission yet."""
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("course"), lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets")
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    return config


def course(config: CourseConfig, *arguments: str, db: str | None = None):
    options = ["--course-dir", str(config.course_dir), "--lessons-dir", str(config.lessons_dir),
               "--datasets-dir", str(config.datasets_dir), *(["--db", db] if db else [])]
    return CliRunner().invoke(main, [*options, *arguments], prog_name="course")


def one_line_error(result) -> str:
    """The single line the command printed, after checking it failed cleanly."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)  # not a crash
    lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0] and "Usage:" not in lines[0]
    return lines[0]


@pytest.mark.parametrize("subcommand", SUBCOMMANDS)
def test_an_unknown_lesson(released, subcommand):
    arguments = ["--lesson", "nosuch"] if subcommand == "simulate" else ["nosuch"]
    line = one_line_error(course(released, subcommand, *arguments))
    assert "'nosuch'" in line and LESSON in line  # names the mistake and what there is instead


@pytest.mark.parametrize("subcommand", [s for s in SUBCOMMANDS if s != "build"])
def test_a_missing_course_directory(released, tmp_path, subcommand):
    missing = released.with_(course_dir=tmp_path / "no-course-here")
    line = one_line_error(course(missing, subcommand))
    assert f"no course directory at {missing.course_dir}" in line
    assert not missing.course_dir.exists()  # nothing created on the way


def test_a_missing_lessons_folder_for_build(released, tmp_path):
    line = one_line_error(course(released.with_(lessons_dir=tmp_path / "nope"), "build"))
    assert "--lessons-dir" in line and "does not exist" in line


@pytest.mark.parametrize("subcommand, option", [
    ("build", ["--lang", "fr"]), ("release", ["--sure"]), ("simulate", ["--trainees", "1"]),
    ("grade", ["--workers", "0"]), ("feedback", ["--all"]), ("similarity", ["--threshold", "2"]),
])
def test_a_bad_option(released, subcommand, option):
    result = course(released, subcommand, *option)
    line = one_line_error(result)
    assert line.startswith(f"course {subcommand}: ") and f"course {subcommand} --help" in line
    assert result.exit_code == 2


def test_an_unknown_subcommand(released):
    assert "No such command 'regrade'" in one_line_error(course(released, "regrade"))


@pytest.mark.parametrize("subcommand, says", [
    ("grade", "nothing to grade"), ("similarity", "nothing to compare"), ("feedback", "no feedback to write")])
def test_nothing_to_work_on(released, subcommand, says):
    line = one_line_error(course(released, subcommand, LESSON))
    assert says in line and LESSON in line


def test_releasing_a_lesson_that_is_not_built(released):
    line = one_line_error(course(released, "release", "variant_lesson"))
    assert "'variant_lesson' is not built" in line


@pytest.mark.parametrize("url, says", [
    ("not-a-url", "not a database URL"),
    ("nosuchdb://somewhere/grades", "no database driver"),
    ("postgresql+psycopg2://grader@/grades", "no database driver"),  # psycopg 3 is the driver the kit installs
    ("sqlite:////no/such/folder/gradebook.db", "cannot open the gradebook"),
])
def test_a_gradebook_url_that_cannot_work(released, url, says):
    assert says in one_line_error(course(released, "grade", LESSON, db=url))


def test_a_postgresql_server_that_is_not_there(released, tmp_path):
    line = one_line_error(course(released, "grade", LESSON, db=f"postgresql://grader:secret@/grades?host={tmp_path}"))
    assert "cannot open the gradebook" in line and "secret" not in line  # the password is never printed


def test_grading_into_a_gradebook_the_lesson_was_not_released_into(released, postgres_url):
    line = one_line_error(course(released, "grade", LESSON, db=postgres_url))
    assert f"{LESSON} not released into the gradebook postgresql" in line and "course release" in line


def _another_clone(tmp_path, with_lessons=True):
    """A kit checkout that is not the installed one, as an instructor's second clone."""
    import shutil

    from autograder.config import REPO

    clone = tmp_path / "other-clone"
    (clone / "datasets").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", clone / "pyproject.toml")
    if with_lessons:
        shutil.copytree(FIXTURES / "lessons" / LESSON, clone / "lessons" / LESSON)
        shutil.copytree(FIXTURES / "datasets" / "tiny", clone / "datasets" / "tiny")
    return clone


def test_a_command_run_in_another_clone_uses_that_clone(tmp_path, monkeypatch):
    clone = _another_clone(tmp_path)
    monkeypatch.chdir(clone / "lessons")
    monkeypatch.delenv("COURSE_DIR", raising=False)
    result = CliRunner().invoke(main, ["build", "--no-prove", LESSON], prog_name="course")
    assert result.exit_code == 0, result.output
    assert (clone / "build" / "course" / "source" / LESSON / f"{LESSON}.ipynb").is_file()


def test_a_missing_default_lessons_folder(tmp_path, monkeypatch):
    clone = _another_clone(tmp_path, with_lessons=False)
    monkeypatch.chdir(clone)
    monkeypatch.delenv("COURSE_DIR", raising=False)
    line = one_line_error(CliRunner().invoke(main, ["build", "--no-prove"], prog_name="course"))
    assert f"no lessons folder at {clone / 'lessons'}" in line and "--lessons-dir" in line


def test_both_languages_side_by_side_in_one_course(tmp_path):
    """A bilingual cohort: `<id>` in English and `<id>_zh` in Chinese, in one course directory."""
    import nbformat

    config = CourseConfig(course_dir=tmp_path / "course", lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets")
    assert course(config, "build", "--no-prove", LESSON).exit_code == 0
    built = course(config, "build", "--no-prove", "--lang", "zh", "--side-by-side", LESSON)
    assert built.exit_code == 0, built.output
    released = course(config, "release")
    assert released.exit_code == 0, released.output
    for name, stub in ((LESSON, "# YOUR CODE HERE"), (f"{LESSON}_zh", "# 在此编写你的代码")):
        cells = nbformat.read(config.release_dir(name) / f"{name}.ipynb", as_version=4).cells
        assert any(stub in cell.source for cell in cells), name
    assert "把两个数相加" in "".join(c.source for c in cells) and f'"lesson": "{LESSON}_zh"' in \
        (config.release_dir(f"{LESSON}_zh") / "lesson.json").read_text(encoding="utf-8")
