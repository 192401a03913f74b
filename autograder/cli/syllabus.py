"""`course syllabus`: the standard's work contents and where the course covers them."""

from pathlib import Path

import click

from autograder.cli.app import fail, main
from autograder.config import CourseConfig
from autograder.exams.bank import BankInvalid
from autograder.syllabus.coverage import render, syllabus, write_csv


@main.command(name="syllabus")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path),
              help="Where to write the CSV [default: reports/syllabus.csv in the course directory].")
@click.pass_obj
def syllabus_command(config: CourseConfig, csv_path):
    """Print, per level and work content, the lessons, graded items, theory questions and
    practical tasks that cover it (MISSING where none), and write the same as CSV."""
    try:
        rows = syllabus(config.lessons_dir)
    except BankInvalid as error:
        fail(str(error))
    click.echo(render(rows))
    path = write_csv(rows, csv_path or config.reports_dir / "syllabus.csv")
    gaps = sum(1 for row in rows if row.missing)
    click.echo(f"\n{len(rows)} work contents, {gaps} with a MISSING column; CSV written to {path}")
