"""The `course` command group and what its subcommands share.

Each subcommand lives in a module of this package, one per area (lessons, grading, …), and
calls one library function; `autograder/cli/__init__.py` imports them so they register here.
"""

import importlib
import sys
import warnings
from pathlib import Path

import click

from autograder.checkout import checkout_root
from autograder.config import CourseConfig
from autograder.grading.database import GradebookUnavailable, check_gradebook

# the lesson helpers below import theirs (jupytext, nbformat: seconds) when called, so a
# command that reads no lesson (`course verify`) starts at once

# nbgrader 0.9 trips SQLAlchemy 2's autoflush warnings on every grade; they say nothing to an instructor
warnings.filterwarnings("ignore", module="nbgrader")
warnings.filterwarnings("ignore", message=".*not in session.*")


# `course` alone shows the help (click 8.2+ raises this for it)
HELP_ASKED = getattr(click.exceptions, "NoArgsIsHelpError", ())


class CourseGroup(click.Group):
    """A mistake on the command line is one line and a non-zero exit, not a usage screen.

    Subcommands load lazily: `lazy_commands` names, for each command, the area module that
    defines it and its short help, so a command imports only its own area (`course verify`
    does not wait for nbgrader or pandas) and `course --help` imports none."""

    lazy_commands: dict[str, tuple[str, str]] = {}  # command → (module in this package, short help)

    def list_commands(self, context) -> list[str]:
        return sorted(set(self.commands) | set(self.lazy_commands))

    def get_command(self, context, name):
        if name not in self.commands and name in self.lazy_commands:
            importlib.import_module(f"{__package__}.{self.lazy_commands[name][0]}")  # it registers on `main`
        return self.commands.get(name)

    def format_commands(self, context, formatter) -> None:
        """The commands and their short help, without importing the ones not loaded yet."""
        names = self.list_commands(context)
        limit = formatter.width - 6 - max(map(len, names), default=0)
        # a stand-in command shortens a listed help exactly as the real one would
        shown = {name: self.commands.get(name) or click.Command(name, help=self.lazy_commands[name][1])
                 for name in names}
        rows = [(name, command.get_short_help_str(limit)) for name, command in shown.items() if not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def main(self, *args, **kwargs):
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except HELP_ASKED as error:
            click.echo(error.ctx.get_help())
            sys.exit(error.exit_code)
        except click.ClickException as error:
            context = getattr(error, "ctx", None)
            where = context.command_path if context else "course"
            fail(f"{where}: {error.format_message()} (see `{where} --help`)", error.exit_code)
        except click.Abort:
            fail("course: stopped")


@click.group(cls=CourseGroup)
@click.option("--course-dir", type=click.Path(path_type=Path), envvar="COURSE_DIR",
              help="The generated nbgrader course directory [default: build/course of the kit checkout].")
@click.option("--lessons-dir", type=click.Path(path_type=Path, exists=True),
              help="Where lesson sources live [default: lessons/ of the kit checkout holding the current "
                   "directory, else of the installed kit].")
@click.option("--datasets-dir", type=click.Path(path_type=Path, exists=True),
              help="Where datasets live [default: datasets/ beside those lessons].")
@click.option("--db", "db_url", help="Gradebook SQLAlchemy URL [default: SQLite in the course directory].")
@click.option("--exchange", "exchange_dir", type=click.Path(path_type=Path), envvar="COURSE_EXCHANGE",
              help="nbgrader's exchange folder shared with trainees [default: <course dir>/exchange].")
@click.pass_context
def main(context, course_dir, lessons_dir, datasets_dir, db_url, exchange_dir):
    """Build, release, simulate and grade AI Trainer lessons (nbgrader underneath)."""
    root = checkout_root()  # the clone the instructor stands in, not only the one installed
    settings = {k: v for k, v in dict(course_dir=course_dir or root / "build" / "course",
                                      lessons_dir=lessons_dir or root / "lessons",
                                      datasets_dir=datasets_dir or root / "datasets", db_url=db_url,
                                      exchange_dir=exchange_dir).items() if v}
    context.obj = CourseConfig(**settings)
    if db_url:
        try:
            check_gradebook(context.obj.gradebook_url)
        except GradebookUnavailable as error:
            fail(str(error))


def lesson_paths(config: CourseConfig, names: tuple[str, ...]) -> list[Path]:
    """The lesson sources named (ids under --lessons-dir, or paths), or all of them."""
    from autograder.lesson.source import find_lessons, lesson_file

    if not config.lessons_dir.is_dir():
        fail(f"no lessons folder at {config.lessons_dir}: run `course` inside a kit checkout, or give --lessons-dir")
    if not names:
        return find_lessons(config.lessons_dir)
    paths = [lesson_file(Path(name)) if Path(name).exists() else lesson_file(config.lessons_dir / name)
             for name in names]
    for name, path in zip(names, paths):
        if not path.is_file():
            known = ", ".join(p.stem for p in find_lessons(config.lessons_dir)) or "none"
            fail(f"no lesson {name!r} in {config.lessons_dir} (lessons there: {known})")
    return paths


def fail(message: str, code: int = 1) -> None:
    click.secho(message, fg="red", err=True)
    sys.exit(code)


def built_lessons(config: CourseConfig, names: tuple[str, ...] = ()) -> list[str]:
    """The built lessons named, or all built lessons; anything else is one line and exit 1."""
    if not config.course_dir.is_dir():
        fail(f"no course directory at {config.course_dir}: run `course build` first, or give --course-dir")
    source = config.course_dir / "source"
    built = sorted(p.name for p in source.iterdir() if p.is_dir()) if source.exists() else []
    if not built:
        fail(f"no lesson is built in {config.course_dir}: run `course build` first")
    for name in names:
        if name not in built:
            fail(f"lesson {name!r} is not built in {config.course_dir} (built: {', '.join(built)})")
    return list(dict.fromkeys(names)) or built


def built_sources(config: CourseConfig, names: tuple[str, ...] = ()) -> list:
    """The lesson source (`LessonSource`) of each built assignment named (or all), under its
    assignment name: a Chinese build beside the English one (`<id>_zh`) reads the source of `<id>`."""
    from autograder.lesson.assignments import source_id
    from autograder.lesson.source import read_lesson

    built = built_lessons(config, names)
    paths = lesson_paths(config, tuple(source_id(name, config.lessons_dir) for name in built))
    return [read_lesson(path).renamed(name) for name, path in zip(built, paths)]
