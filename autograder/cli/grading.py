"""Grading commands: grade, feedback, similarity."""

from pathlib import Path

import click

from autograder.cli.app import built_lessons, built_sources, fail, main
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import SandboxUnavailable
from autograder.feedback.pages import write_feedback
from autograder.grading.database import shown_url
from autograder.grading.export import export_grades
from autograder.grading.report import cohort_rows, format_table
from autograder.grading.scores import read_scores, released_lessons
from autograder.grading.status import StatusBook
from autograder.grading.submissions import find_submissions
from autograder.integrity.similarity import THRESHOLD, compare_cohort, side_by_side


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
    lesson_ids = built_lessons(config, lessons)
    missing = [lesson_id for lesson_id in lesson_ids if lesson_id not in released_lessons(config)]
    if missing:
        fail(f"{', '.join(missing)} not released into the gradebook {shown_url(config.gradebook_url)}: "
             f"run `course release {' '.join(missing)}` with the same --db first")
    if not find_submissions(config, lesson_ids):
        fail(f"nothing to grade: no submission of {', '.join(lesson_ids)} in {config.course_dir / 'submitted'}")
    try:
        run = grade_cohort(config, lesson_ids, workers=workers, scheduler=scheduler, force=force, unsafe=unsafe)
    except SandboxUnavailable as error:
        fail(str(error))
    for problem in run.problems:
        click.secho(f"  ! {problem}", fg="yellow", err=True)
    rows = cohort_rows(config, lesson_ids)
    click.echo(format_table(rows))
    path = export_grades(config, csv_path or config.reports_dir / "grades.csv")
    kinds = ", ".join(f"{count} {status}" for status, count in sorted(run.statuses.items()))
    click.echo(f"\ngraded {run.graded} notebooks ({kinds or 'nothing new'}), skipped {run.skipped} already graded, "
               f"in {run.wall_time:.1f}s ({run.throughput:.2f}/s)")
    click.echo(f"gradebook: {shown_url(config.gradebook_url)}\ngrades CSV: {path}")


@main.command()
@click.argument("lessons", nargs=-1)
@click.pass_obj
def feedback(config: CourseConfig, lessons):
    """Write each trainee's feedback page (scores and judges' messages, never hidden tests),
    scanning every page for hidden material before it is kept."""
    lesson_ids = built_lessons(config, lessons)
    statuses = StatusBook(config.gradebook_url)
    graded = {lesson for _, lesson in statuses.all()}
    statuses.close()
    if not graded & set(lesson_ids) and not any(read_scores(config, lesson_id) for lesson_id in lesson_ids):
        fail(f"no feedback to write: nothing of {', '.join(lesson_ids)} is graded yet (run `course grade` first)")
    for lesson in built_sources(config, tuple(lesson_ids)):
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
    lesson_ids = built_lessons(config, lessons)
    if not find_submissions(config, lesson_ids):
        fail(f"nothing to compare: no submission of {', '.join(lesson_ids)} in {config.course_dir / 'submitted'}")
    for lesson_id in lesson_ids:
        matches, code = compare_cohort(config, lesson_id, threshold)
        click.echo(f"{lesson_id}: {len(matches)} suspicious pair(s) among {len(code)} submissions")
        for match in matches:
            click.echo(side_by_side(match, code[match.first], code[match.second]))
