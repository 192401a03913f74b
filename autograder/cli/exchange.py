"""Exchange commands: collect, release-feedback, hub."""

import time

import click

from autograder.cli.app import built_lessons, fail, main
from autograder.config import CourseConfig
from autograder.exchange.hub import HubUnavailable, plan_hub, start_hub
from autograder.exchange.transfer import collect_submissions, release_feedback
from autograder.grading.roster import read_roster
from autograder.nbgrader_course import NbgraderFailed


@main.command()
@click.argument("lessons", nargs=-1)
@click.pass_obj
def collect(config: CourseConfig, lessons):
    """Bring trainees' submissions from nbgrader's exchange into submitted/ (nbgrader collect)."""
    for lesson_id in list(lessons) or built_lessons(config):
        try:
            trainees = collect_submissions(config, lesson_id)
        except NbgraderFailed as error:
            fail(str(error))
        click.echo(f"{lesson_id}: collected {len(trainees)} new submission(s)"
                   + (f" ({', '.join(trainees)})" if trainees else ""))


@main.command("release-feedback")
@click.argument("lessons", nargs=-1)
@click.pass_obj
def release_feedback_command(config: CourseConfig, lessons):
    """Put the pages `course feedback` wrote into the exchange for trainees to fetch (nbgrader release_feedback)."""
    for lesson_id in list(lessons) or built_lessons(config):
        try:
            trainees = release_feedback(config, lesson_id)
        except NbgraderFailed as error:
            fail(str(error))
        click.echo(f"{lesson_id}: released feedback to {len(trainees)} trainee(s)")


@main.command()
@click.option("--trainee", "trainees", multiple=True, help="A trainee account (repeatable) [default: roster.csv].")
@click.option("--instructor", default="instructor", show_default=True, help="The instructor's account.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--password", envvar="COURSE_HUB_PASSWORD",
              help="The trainees' trial password, 8+ characters [default: random, printed].")
@click.option("--instructor-password", envvar="COURSE_HUB_INSTRUCTOR_PASSWORD",
              help="The instructor's password, 32+ characters [default: random, printed].")
@click.pass_obj
def hub(config: CourseConfig, trainees, instructor, port, password, instructor_password):
    """Run a local JupyterHub for the cohort: one account per trainee and the instructor, one exchange."""
    try:
        plan = plan_hub(config, list(trainees) or sorted(read_roster(config)), instructor, port, password,
                        instructor_password)
        process = start_hub(config, plan)
    except HubUnavailable as error:
        fail(str(error))
    click.echo(f"JupyterHub at {plan.url} for {len(plan.trainees)} trainee(s) and {plan.instructor!r}\n"
               f"trainees' password: {plan.password}\ninstructor's password: {plan.instructor_password}\n"
               "(Ctrl-C stops it)")
    try:
        while process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=30)
    if process.returncode not in (0, -15, None):
        fail(f"JupyterHub stopped with exit code {process.returncode}")
