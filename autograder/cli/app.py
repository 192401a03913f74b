"""The `course` command group and what its subcommands share.

Each subcommand lives in a module of this package, one per area (lessons, grading, …), and
calls one library function; `autograder/cli/__init__.py` imports them so they register here.
"""

import sys
import warnings
from pathlib import Path

import click

from autograder.config import CourseConfig
from autograder.lesson.source import find_lessons, lesson_file

# nbgrader 0.9 trips SQLAlchemy 2's autoflush warnings on every grade; they say nothing to an instructor
warnings.filterwarnings("ignore", module="nbgrader")
warnings.filterwarnings("ignore", message=".*not in session.*")


@click.group()
@click.option("--course-dir", type=click.Path(path_type=Path), envvar="COURSE_DIR",
              help="The generated nbgrader course directory [default: build/course].")
@click.option("--lessons-dir", type=click.Path(path_type=Path, exists=True), help="Where lesson sources live.")
@click.option("--datasets-dir", type=click.Path(path_type=Path, exists=True), help="Where datasets live.")
@click.option("--db", "db_url", help="Gradebook SQLAlchemy URL [default: SQLite in the course directory].")
@click.option("--exchange", "exchange_dir", type=click.Path(path_type=Path), envvar="COURSE_EXCHANGE",
              help="nbgrader's exchange folder shared with trainees [default: <course dir>/exchange].")
@click.pass_context
def main(context, course_dir, lessons_dir, datasets_dir, db_url, exchange_dir):
    """Build, release, simulate and grade AI Trainer lessons (nbgrader underneath)."""
    settings = {k: v for k, v in dict(course_dir=course_dir, lessons_dir=lessons_dir,
                                      datasets_dir=datasets_dir, db_url=db_url,
                                      exchange_dir=exchange_dir).items() if v}
    context.obj = CourseConfig(**settings)


def lesson_paths(config: CourseConfig, names: tuple[str, ...]) -> list[Path]:
    if not names:
        return find_lessons(config.lessons_dir)
    return [lesson_file(config.lessons_dir / name) if not Path(name).exists() else lesson_file(Path(name))
            for name in names]


def fail(message: str) -> None:
    click.secho(message, fg="red", err=True)
    sys.exit(1)


def built_lessons(config: CourseConfig) -> list[str]:
    source = config.course_dir / "source"
    built = sorted(p.name for p in source.iterdir() if p.is_dir()) if source.exists() else []
    if not built:
        fail(f"no lesson is built in {config.course_dir}: run `course build` first")
    return built

