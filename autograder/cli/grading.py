"""Grading commands: grade, feedback, similarity."""

from pathlib import Path

import click

from autograder.cli.app import built_lessons, built_sources, fail, main
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import SandboxUnavailable
from autograder.feedback.nbgrader_pages import write_notebook_feedback
from autograder.feedback.pages import write_feedback
from autograder.grading.assignment import (UnknownAssignment, add_from_source, assignment_notebooks, is_kit_lesson,
                                           known_assignments)
from autograder.grading.database import shown_url
from autograder.grading.export import export_grades
from autograder.grading.report import cohort_rows, format_table
from autograder.grading.roster import cohort_members
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from autograder.grading.submissions import find_submissions
from autograder.integrity.similarity import THRESHOLD, compare_cohort, side_by_side, strongest_pairs
from autograder.nbgrader_course import NbgraderFailed, instructors_cell_timeout


LIMITS = {  # option → (CourseConfig field, help); 0 turns a memory, CPU, process or file limit off
    "--cell-timeout": ("cell_timeout", "Seconds a cell may run."),
    "--notebook-timeout": ("notebook_timeout", "Seconds a whole notebook may run."),
    "--memory-mb": ("memory_mb", "Memory a notebook may use."),
    "--cpu-seconds": ("cpu_seconds", "CPU seconds a notebook may use."),
    "--max-processes": ("max_processes", "Processes and threads a notebook may start."),
    "--output-kb": ("output_kb", "Output kept per cell."),
    "--file-mb": ("file_mb", "Largest file a notebook may write."),
    "--judge-timeout": ("judge_timeout", "Seconds to decode and judge one submission's answers."),
    "--judge-memory-mb": ("judge_memory_mb", "Memory the judges of one submission may use."),
}


def _limit_options(command):
    for option, (field, text) in reversed(LIMITS.items()):
        kind = click.FloatRange(min=0, min_open=True) if "timeout" in field else click.IntRange(min=0)
        default = getattr(CourseConfig, field)
        command = click.option(option, field, type=kind, help=f"{text} [default: {default}]")(command)
    return command


@main.command()
@click.argument("lessons", nargs=-1)
@click.option("--force", is_flag=True, help="Grade again submissions already graded.")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), help="Where to write the grades CSV.")
@click.option("--cohort", help="Grade, show and export only this cohort of the roster.")
@click.option("--workers", type=click.IntRange(min=1), help="Parallel workers [default: one per core].")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Grade on this Dask cluster instead of locally.")
@click.option("--unsafe-no-sandbox", "unsafe", is_flag=True,
              help="Run trainee code without a sandbox (recorded against every submission).")
@click.option("--no-judges", is_flag=True,
              help="Keep the scores nbgrader's own check cells give, as plain `nbgrader autograde` would.")
@_limit_options
@click.pass_obj
def grade(config: CourseConfig, lessons, force, csv_path, cohort, workers, scheduler, unsafe, no_judges, **limits):
    """Autograde every submission (nbgrader's steps, sandboxed parallel kernels), then print
    and export the scores. Any nbgrader assignment works, of any number of notebooks; one the
    gradebook does not know is added from source/ first. Interrupted runs resume where they stopped."""
    if limits["cell_timeout"] is None:  # an instructor's own nbgrader course keeps its cell timeout
        limits["cell_timeout"] = instructors_cell_timeout(config)
    config = config.with_(**{name: value for name, value in limits.items() if value is not None})
    lesson_ids = gradebook_assignments(config, lessons)
    if not find_submissions(config, lesson_ids):
        fail(f"nothing to grade: no submission of {', '.join(lesson_ids)} in {config.course_dir / 'submitted'}")
    trainees = cohort_members(config, cohort)
    if trainees is not None and not trainees:
        fail(f"no trainee of the roster is in cohort {cohort!r}: import a roster with `course roster import`")
    try:
        run = grade_cohort(config, lesson_ids, workers=workers, scheduler=scheduler, force=force, unsafe=unsafe,
                           trainees=trainees, judges=not no_judges)
    except SandboxUnavailable as error:
        fail(str(error))
    if run.warning:
        click.secho(run.warning, fg="yellow", err=True)
    for problem in run.problems:
        click.secho(f"  ! {problem}", fg="yellow", err=True)
    rows = cohort_rows(config, lesson_ids, trainees)
    click.echo(format_table(rows))
    path = export_grades(config, csv_path or config.reports_dir / "grades.csv", trainees)
    kinds = ", ".join(f"{count} {status}" for status, count in sorted(run.statuses.items()))
    click.echo(f"\ngraded {run.graded} notebooks of {sum(run.statuses.values())} submissions "
               f"({kinds or 'nothing new'}), skipped {run.skipped} already graded, "
               f"in {run.wall_time:.1f}s ({run.throughput:.2f}/s)")
    click.echo(f"gradebook: {shown_url(config.gradebook_url)}\ngrades CSV: {path}")


def gradebook_assignments(config: CourseConfig, names: tuple[str, ...]) -> list[str]:
    """The assignments named (or every one in source/), each known to the gradebook: an
    nbgrader assignment it does not know is added from source/ and said so; anything else is
    one line and exit 1."""
    lesson_ids = list(dict.fromkeys(names)) if names and config.course_dir.is_dir() else built_lessons(config, names)
    known = known_assignments(config)
    unreleased = [lesson_id for lesson_id in lesson_ids if lesson_id not in known and is_kit_lesson(config, lesson_id)]
    if unreleased:
        fail(f"{', '.join(unreleased)} not released into the gradebook {shown_url(config.gradebook_url)}: "
             f"run `course release {' '.join(unreleased)}` with the same --db first")
    for lesson_id in (lesson_id for lesson_id in lesson_ids if lesson_id not in known):
        try:
            add_from_source(config, lesson_id)
        except UnknownAssignment as error:
            fail(str(error))
        except NbgraderFailed as error:
            fail(f"{lesson_id}: nbgrader could not add it from {config.source_dir(lesson_id)}: "
                 f"{str(error).splitlines()[-1]}")
        click.echo(f"{lesson_id}: added to the gradebook {shown_url(config.gradebook_url)} from "
                   f"{config.source_dir(lesson_id)}, as `nbgrader generate_assignment {lesson_id}` would")
    return lesson_ids


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
    kit = [lesson_id for lesson_id in lesson_ids if is_kit_lesson(config, lesson_id)]
    runs = [(lesson.lesson_id, write_feedback(config, lesson)) for lesson in built_sources(config, tuple(kit))] if kit \
        else []
    runs += [(lesson_id, write_notebook_feedback(config, lesson_id)) for lesson_id in lesson_ids if lesson_id not in kit]
    for lesson_id, run in runs:
        click.echo(f"{lesson_id}: {len(run.written)} feedback pages in {config.course_dir / 'feedback'}")
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
        # each notebook's answers against the same notebook's of the others
        notebooks = [None] if is_kit_lesson(config, lesson_id) else assignment_notebooks(config, lesson_id)
        found = {notebook: compare_cohort(config, lesson_id, threshold, notebook) for notebook in notebooks}
        statuses = StatusBook(config.gradebook_url)
        statuses.record_similarity(lesson_id, strongest_pairs(m for matches, _ in found.values() for m in matches))
        statuses.close()  # the cohort report lists them
        for notebook, (matches, code) in found.items():
            where = f"{lesson_id}/{notebook}.ipynb" if notebook else lesson_id
            click.echo(f"{where}: {len(matches)} suspicious pair(s) among {len(code)} submissions")
            for match in matches:
                click.echo(side_by_side(match, code[match.first], code[match.second]))
