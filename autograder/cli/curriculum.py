"""`course lessons`: the course map, the recommended order, prerequisites and hours per level."""

import click

from autograder.cli.app import fail, main
from autograder.config import CourseConfig
from autograder.syllabus.coverage import markdown_table, syllabus
from autograder.syllabus.course_map import lesson_headers, load_course_map, map_problems, render


@main.command(name="lessons")
@click.option("--level", type=click.Choice(["5", "4", "3"]), help="Only this level.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
@click.option("--markdown", is_flag=True,
              help="Print the Markdown tables of docs/course-map.md (the map, then what each work content is taught by).")
@click.pass_obj
def lessons_command(config: CourseConfig, level, lang, markdown):
    """Print the lessons per level in the recommended order, with estimated hours and the
    lessons each one builds on; exits non-zero if the map disagrees with the lessons."""
    steps = load_course_map()
    headers = lesson_headers(config.lessons_dir)
    problems = map_problems(steps, headers)
    shown = [s for s in steps if level is None or s.level == int(level)]
    click.echo(render(shown, headers, lang, markdown))
    if markdown:
        click.echo("\n" + markdown_table(syllabus(config.lessons_dir)))
    if problems:
        fail("course map out of step with the lessons: " + "; ".join(problems))
