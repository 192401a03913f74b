"""Authoring commands: new, build, release, simulate."""

import click

from autograder.build.pipeline import LessonProofFailed, build_lesson
from autograder.cli.app import built_lessons, built_sources, fail, lesson_paths, main
from autograder.config import CourseConfig
from autograder.exams.bank import BankInvalid, check_banks
from autograder.lesson.assignments import assignment_id
from autograder.lesson.skeleton import LessonExists, write_skeleton
from autograder.lesson.validate import LessonInvalid
from autograder.release.publish import ReleaseRefused, release_lesson
from autograder.simulate import simulate_cohort


@main.command()
@click.argument("lesson_id")
@click.option("--level", type=click.Choice(["5", "4", "3"]), default="5", show_default=True,
              help="The AI Trainer level the lesson teaches.")
@click.pass_obj
def new(config: CourseConfig, lesson_id, level):
    """Write a bilingual skeleton lesson that builds and proves as it is."""
    try:
        path = write_skeleton(config.lessons_dir, lesson_id, int(level))
    except LessonExists as error:
        fail(str(error))
    click.echo(f"wrote {path} and its mistakes.yml: `course build {lesson_id}` builds and proves it")


@main.command()
@click.argument("lessons", nargs=-1)
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
              help="The language trainees will read.")
@click.option("--no-prove", is_flag=True, help="Skip the trial release and grading (faster; for authoring).")
@click.option("--side-by-side", is_flag=True,
              help="Build a Chinese lesson as <id>_zh, beside the English <id> in the same course.")
@click.pass_obj
def build(config: CourseConfig, lessons, lang, no_prove, side_by_side):
    """Validate lesson sources and write nbgrader source notebooks, proving each one."""
    config = config.with_(lang=lang)
    try:
        check_banks()  # the theory banks are course sources too
    except BankInvalid as error:
        fail(str(error))
    for path in lesson_paths(config, lessons):
        try:
            built = build_lesson(path, config, prove=not no_prove,
                                 assignment=assignment_id(path.stem, lang, side_by_side))
        except (LessonInvalid, LessonProofFailed) as error:
            fail(str(error))
        proof = built.proof
        proven = (f"; solution {proof.solution_score:g}/{proof.autograded_max:g}, untouched release "
                  f"{proof.blank_score:g}, no leaks") if proof else ""
        click.echo(f"built {built.lesson_id} ({lang}): {len(built.manifest.items)} graded items, "
                   f"{built.max_points:g} points{proven}")


@main.command()
@click.argument("lessons", nargs=-1)
@click.option("--lang", type=click.Choice(["en", "zh"]),
              help="Refuse unless the lessons were built in this language [default: the built one].")
@click.pass_obj
def release(config: CourseConfig, lessons, lang):
    """Run nbgrader generate_assignment for built lessons, in the language they were built
    in, and scan the release for leaks."""
    for lesson in built_sources(config, lessons):
        try:
            folder = release_lesson(lesson, config, lang)
        except ReleaseRefused as error:
            fail(str(error))
        click.echo(f"released {lesson.lesson_id} to {folder}")


@main.command()
@click.option("--lesson", "lesson_id", help="Lesson to simulate [default: the first built lesson].")
@click.option("--trainees", type=click.IntRange(min=4), default=30, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--honest", is_flag=True, help="Only trainees whose notebooks run to the end (no crash, no loop).")
@click.pass_obj
def simulate(config: CourseConfig, lesson_id, trainees, seed, honest):
    """Write a simulated cohort of submissions, from perfect to blank, into submitted/."""
    lesson_id = built_lessons(config, (lesson_id,) if lesson_id else ())[0]
    try:
        cohort = simulate_cohort(config, lesson_id, trainees, seed, misbehaving=not honest)
    except FileNotFoundError as error:
        fail(str(error))
    click.echo(f"simulated {len(cohort)} submissions of {lesson_id} in {config.course_dir / 'submitted'}")
