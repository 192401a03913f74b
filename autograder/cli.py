"""The `course` command: a thin layer over the library, one function per subcommand."""

import sys
import warnings
from pathlib import Path

import click

from autograder.build.pipeline import LessonProofFailed, build_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import SandboxUnavailable
from autograder.feedback.pages import write_feedback
from autograder.grading.export import export_grades
from autograder.grading.report import cohort_rows, format_table
from autograder.integrity.similarity import THRESHOLD, compare_cohort, side_by_side
from autograder.lesson.source import find_lessons, lesson_file, read_lesson
from autograder.lesson.validate import LessonInvalid
from autograder.release.publish import ReleaseRefused, release_lesson
from autograder.simulate import simulate_cohort

# nbgrader 0.9 trips SQLAlchemy 2's autoflush warnings on every grade; they say nothing to an instructor
warnings.filterwarnings("ignore", module="nbgrader")
warnings.filterwarnings("ignore", message=".*not in session.*")


@click.group()
@click.option("--course-dir", type=click.Path(path_type=Path), envvar="COURSE_DIR",
              help="The generated nbgrader course directory [default: build/course].")
@click.option("--lessons-dir", type=click.Path(path_type=Path, exists=True), help="Where lesson sources live.")
@click.option("--datasets-dir", type=click.Path(path_type=Path, exists=True), help="Where datasets live.")
@click.option("--db", "db_url", help="Gradebook SQLAlchemy URL [default: SQLite in the course directory].")
@click.pass_context
def main(context, course_dir, lessons_dir, datasets_dir, db_url):
    """Build, release, simulate and grade AI Trainer lessons (nbgrader underneath)."""
    settings = {k: v for k, v in dict(course_dir=course_dir, lessons_dir=lessons_dir,
                                      datasets_dir=datasets_dir, db_url=db_url).items() if v}
    context.obj = CourseConfig(**settings)


def _lesson_paths(config: CourseConfig, names: tuple[str, ...]) -> list[Path]:
    if not names:
        return find_lessons(config.lessons_dir)
    return [lesson_file(config.lessons_dir / name) if not Path(name).exists() else lesson_file(Path(name))
            for name in names]


def _fail(message: str) -> None:
    click.secho(message, fg="red", err=True)
    sys.exit(1)


@main.command()
@click.argument("lessons", nargs=-1)
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
              help="The language trainees will read.")
@click.option("--no-prove", is_flag=True, help="Skip the trial release and grading (faster; for authoring).")
@click.pass_obj
def build(config: CourseConfig, lessons, lang, no_prove):
    """Validate lesson sources and write nbgrader source notebooks, proving each one."""
    config = config.with_(lang=lang)
    for path in _lesson_paths(config, lessons):
        try:
            built = build_lesson(path, config, prove=not no_prove)
        except (LessonInvalid, LessonProofFailed) as error:
            _fail(str(error))
        proof = built.proof
        proven = (f"; solution {proof.solution_score:g}/{proof.autograded_max:g}, untouched release "
                  f"{proof.blank_score:g}, no leaks") if proof else ""
        click.echo(f"built {built.lesson_id} ({lang}): {len(built.manifest.items)} graded items, "
                   f"{built.max_points:g} points{proven}")


@main.command()
@click.argument("lessons", nargs=-1)
@click.pass_obj
def release(config: CourseConfig, lessons):
    """Run nbgrader generate_assignment for built lessons and scan the release for leaks."""
    for path in _lesson_paths(config, lessons):
        try:
            folder = release_lesson(read_lesson(path), config)
        except ReleaseRefused as error:
            _fail(str(error))
        click.echo(f"released {path.stem} to {folder}")


@main.command()
@click.option("--lesson", "lesson_id", help="Lesson to simulate [default: the first built lesson].")
@click.option("--trainees", type=click.IntRange(min=4), default=30, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--honest", is_flag=True, help="Only trainees whose notebooks run to the end (no crash, no loop).")
@click.pass_obj
def simulate(config: CourseConfig, lesson_id, trainees, seed, honest):
    """Write a simulated cohort of submissions, from perfect to blank, into submitted/."""
    lesson_id = lesson_id or _built_lessons(config)[0]
    try:
        cohort = simulate_cohort(config, lesson_id, trainees, seed, misbehaving=not honest)
    except FileNotFoundError as error:
        _fail(str(error))
    click.echo(f"simulated {len(cohort)} submissions of {lesson_id} in {config.course_dir / 'submitted'}")


@main.command()
@click.argument("lessons", nargs=-1)
@click.option("--force", is_flag=True, help="Grade again submissions already graded.")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), help="Where to write the grades CSV.")
@click.option("--workers", type=click.IntRange(min=1), help="Parallel workers [default: one per core].")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Grade on this Dask cluster instead of locally.")
@click.option("--unsafe-no-sandbox", "unsafe", is_flag=True,
              help="Run trainee code without a sandbox (recorded against every submission).")
@click.pass_obj
def grade(config: CourseConfig, lessons, force, csv_path, workers, scheduler, unsafe):
    """Autograde every submission (nbgrader's steps, sandboxed parallel kernels), then print
    and export the scores. Interrupted runs resume where they stopped."""
    lesson_ids = list(lessons) or _built_lessons(config)
    try:
        run = grade_cohort(config, lesson_ids, workers=workers, scheduler=scheduler, force=force, unsafe=unsafe)
    except SandboxUnavailable as error:
        _fail(str(error))
    for problem in run.problems:
        click.secho(f"  ! {problem}", fg="yellow", err=True)
    rows = cohort_rows(config, lesson_ids)
    click.echo(format_table(rows))
    path = export_grades(config, csv_path or config.reports_dir / "grades.csv")
    kinds = ", ".join(f"{count} {status}" for status, count in sorted(run.statuses.items()))
    click.echo(f"\ngraded {run.graded} notebooks ({kinds or 'nothing new'}), skipped {run.skipped} already graded, "
               f"in {run.wall_time:.1f}s ({run.throughput:.2f}/s)")
    click.echo(f"gradebook: {config.gradebook_url}\ngrades CSV: {path}")


@main.command()
@click.argument("lessons", nargs=-1)
@click.pass_obj
def feedback(config: CourseConfig, lessons):
    """Write each trainee's feedback page (scores and judges' messages, never hidden tests),
    scanning every page for hidden material before it is kept."""
    for path in _lesson_paths(config, lessons):
        lesson = read_lesson(path)
        if not config.source_dir(lesson.lesson_id).exists():
            continue
        run = write_feedback(config, lesson)
        click.echo(f"{lesson.lesson_id}: {len(run.written)} feedback pages in {config.course_dir / 'feedback'}")
        for problem in run.withheld:
            click.secho(f"  ! withheld, it would leak: {problem}", fg="yellow", err=True)


@main.command()
@click.argument("lessons", nargs=-1)
@click.option("--threshold", type=click.FloatRange(0, 1), default=THRESHOLD, show_default=True,
              help="Share of the smaller answer's code fingerprints found in the other.")
@click.pass_obj
def similarity(config: CourseConfig, lessons, threshold):
    """List pairs of trainees whose answer code looks copied, matching regions side by side."""
    for lesson_id in list(lessons) or _built_lessons(config):
        matches, code = compare_cohort(config, lesson_id, threshold)
        click.echo(f"{lesson_id}: {len(matches)} suspicious pair(s) among {len(code)} submissions")
        for match in matches:
            click.echo(side_by_side(match, code[match.first], code[match.second]))


def _built_lessons(config: CourseConfig) -> list[str]:
    source = config.course_dir / "source"
    built = sorted(p.name for p in source.iterdir() if p.is_dir()) if source.exists() else []
    if not built:
        _fail(f"no lesson is built in {config.course_dir}: run `course build` first")
    return built


if __name__ == "__main__":
    main()
