"""Exam commands: `course paper build|release|schedule|simulate|collect|simulate-marking|feedback PAPER…`.

Grading is `course grade exam_l3_theory` like any lesson; scores out of 100 are the
assignment's total over its maximum in nbgrader's gradebook.
"""

import click

from autograder.build.pipeline import LessonProofFailed
from autograder.cli.app import fail, main
from autograder.config import CourseConfig
from autograder.lesson.validate import LessonInvalid
from autograder.release.publish import ReleaseRefused

PAPERS_HELP = "exam_l5_theory … exam_l3_practical [default: every paper]"


def _papers(names) -> list[str]:
    from autograder.exams.papers import paper_ids

    unknown = [n for n in names if n not in paper_ids()]
    if unknown:
        fail(f"unknown paper {', '.join(unknown)}; papers are {', '.join(paper_ids())}")
    return list(names) or paper_ids()


@main.group()
def paper():
    """Exam papers: theory papers drawn per candidate from the banks, mock practical papers."""


@paper.command("build")
@click.argument("papers", nargs=-1)
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
@click.option("--no-prove", is_flag=True, help="Skip the trial release and grading.")
@click.pass_obj
def build_(config: CourseConfig, papers, lang, no_prove):
    """Validate and build papers (theory: paper file and key too), proving each one."""
    from autograder.exams.papers import build_paper

    config = config.with_(lang=lang)
    for paper_id in _papers(papers):
        try:
            built = build_paper(paper_id, config, prove=not no_prove)
        except (LessonInvalid, LessonProofFailed, FileNotFoundError, ValueError) as error:
            fail(str(error))
        proof = built.proof
        proven = (f"; key or solution {proof.solution_score:g}/{proof.autograded_max:g}, untouched "
                  f"{proof.blank_score:g}, no leaks") if proof else ""
        click.echo(f"built {paper_id} ({lang}): {built.max_points:g} points{proven}")


@paper.command("release")
@click.argument("papers", nargs=-1)
@click.pass_obj
def release_(config: CourseConfig, papers):
    """Release built papers (nbgrader generate_assignment), scanned for leaks and keys."""
    from autograder.exams.papers import release_paper

    for paper_id in _papers(papers):
        try:
            folder = release_paper(paper_id, config)
        except (ReleaseRefused, FileNotFoundError) as error:
            fail(str(error))
        click.echo(f"released {paper_id} to {folder}")


@paper.command()
@click.argument("paper_id")
@click.option("--opens", required=True, help="Open time, ISO 8601 (UTC unless a zone is given).")
@click.option("--closes", required=True, help="Close time, ISO 8601; later hand-ins are graded and flagged late.")
@click.pass_obj
def schedule(config: CourseConfig, paper_id, opens, closes):
    """Set when a paper opens and closes (build and release it afterwards to show candidates)."""
    from autograder.exams.sittings import schedule_paper

    _papers([paper_id])
    try:
        window = schedule_paper(config, paper_id, opens, closes)
    except ValueError as error:
        fail(str(error))
    click.echo(f"{paper_id} opens {window['opens_at']} and closes {window['closes_at']}")


@paper.command()
@click.argument("paper_id")
@click.option("--candidates", type=click.IntRange(min=3), default=12, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.pass_obj
def simulate(config: CourseConfig, paper_id, candidates, seed):
    """Simulated candidates of falling skill sit a released paper (theory: hand-ins to collect)."""
    from autograder.exams.simulate import collect_paper, simulate_practical, simulate_theory
    from autograder.exams.theory import theory_level

    _papers([paper_id])
    try:
        if theory_level(paper_id):
            cohort = simulate_theory(config, paper_id, candidates, seed)
            collected = collect_paper(config, paper_id)
            click.echo(f"{len(cohort)} candidates sat {paper_id}; collected {collected} submissions")
        else:
            cohort = simulate_practical(config, paper_id, candidates, seed)
            click.echo(f"{len(cohort)} candidates sat {paper_id}")
    except FileNotFoundError as error:
        fail(str(error))


@paper.command()
@click.argument("paper_id")
@click.pass_obj
def collect(config: CourseConfig, paper_id):
    """Per candidate, the last hand-in before the close (nbgrader collect --before-duedate)."""
    from autograder.exams.simulate import collect_paper

    _papers([paper_id])
    click.echo(f"collected {collect_paper(config, paper_id)} submissions of {paper_id}")


@paper.command("simulate-marking")
@click.argument("paper_id")
@click.pass_obj
def simulate_marking_(config: CourseConfig, paper_id):
    """A simulated instructor marks graded written answers by each simulated candidate's skill
    (what formgrader does by hand), so a simulated cohort can be certified."""
    from autograder.exams.marking import simulate_marking

    _papers([paper_id])
    try:
        click.echo(f"marked {simulate_marking(config, paper_id)} written answers of {paper_id}")
    except FileNotFoundError as error:
        fail(str(error))


@paper.command("feedback")
@click.argument("papers", nargs=-1)
@click.pass_obj
def feedback_(config: CourseConfig, papers):
    """Feedback pages of graded papers; keys and explanations only once the paper has closed."""
    from autograder.exams.papers import paper_source
    from autograder.feedback.pages import write_feedback
    from autograder.lesson.source import read_lesson

    for paper_id in _papers(papers):
        if not config.source_dir(paper_id).exists():
            continue
        run = write_feedback(config, read_lesson(paper_source(config, paper_id)))
        click.echo(f"{paper_id}: {len(run.written)} feedback pages in {config.course_dir / 'feedback'}")
        for problem in run.withheld:
            click.secho(f"  ! withheld, it would leak: {problem}", fg="yellow", err=True)
