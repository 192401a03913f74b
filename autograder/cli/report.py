"""Cohort commands: report, roster import, export."""

from pathlib import Path

import click

from autograder.cli.app import fail, main
from autograder.config import CourseConfig
from autograder.grading.roster_import import RosterInvalid, import_roster
from autograder.report.cohort_report import write_report
from autograder.report.exports import KINDS, NothingToExport, export


@main.command()
@click.option("--cohort", help="Only this cohort of the roster.")
@click.option("--out", "folder", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for report.html and report.xlsx [default: <course dir>/reports].")
@click.pass_obj
def report(config: CourseConfig, cohort, folder):
    """Write the cohort report: one self-contained HTML page and an XLSX workbook (score
    distributions, pass rates, mastery per work content, item analysis, hints, statuses, at risk)."""
    if not Path(config.gradebook_url.removeprefix("sqlite:///")).exists() and config.db_url is None:
        fail(f"no gradebook in {config.course_dir}: run `course grade` first")
    try:
        files = write_report(config, cohort, folder)
    except ValueError as error:  # a certification.yml the pass marks cannot be read from
        fail(str(error))
    if cohort and not files.trainees:
        click.secho(f"  ! no graded trainee is in cohort {cohort!r}", fg="yellow", err=True)
    click.echo(f"{files.trainees} trainees, {files.at_risk} at risk, {files.items_to_review} items to review")
    click.echo(f"report: {files.html}\nworkbook: {files.xlsx}")


@main.group()
def roster():
    """The course roster (roster.csv in the course directory, mirrored into nbgrader's students)."""


@roster.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_obj
def roster_import(config: CourseConfig, file):
    """Add trainees from a CSV or XLSX file with columns id, name, cohort, email."""
    try:
        trainees = import_roster(config, file)
    except RosterInvalid as error:
        fail(str(error))
    cohorts = sorted({t.cohort for t in trainees if t.cohort})
    click.echo(f"imported {len(trainees)} trainees" + (f" in cohorts {', '.join(cohorts)}" if cohorts else "")
               + f" into {config.course_dir / 'roster.csv'} and the gradebook")


@main.command("export")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--format", "form", type=click.Choice(["csv", "xlsx"]), default="csv", show_default=True)
@click.option("--cohort", help="Only this cohort of the roster.")
@click.option("--out", "path", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write it [default: <course dir>/reports/<kind>.<format>].")
@click.pass_obj
def export_command(config: CourseConfig, kind, form, cohort, path):
    """Export grades, certification decisions or a per-trainee transcript as CSV or XLSX."""
    path = path or config.reports_dir / f"{kind}{'-' + cohort if cohort else ''}.{form}"
    if path.suffix.lower() != f".{form}":
        fail(f"{path}: the file name must end in .{form} for --format {form}")
    try:
        written = export(config, kind, path, cohort)
    except NothingToExport as error:
        fail(str(error))
    click.echo(f"{kind}: {written}")
