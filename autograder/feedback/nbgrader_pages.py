"""`course feedback` for an nbgrader assignment the kit did not build: one page per trainee and
notebook, where nbgrader's generate_feedback puts its own (feedback/<trainee>/<assignment>/<nb>.html).

A page shows, per graded cell, the points earned and the comment a grader wrote, in the
kit's page style. It never shows a cell's source or output (a test cell's source is the
hidden test itself), and it is scanned for every line of the source notebooks' hidden tests
and solutions before it is kept: a page that would carry one is withheld and the instructor told.
"""

import html
import re
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from autograder.config import CourseConfig
from autograder.feedback.pages import FeedbackRun
from autograder.feedback.style import PAGE_STYLE
from autograder.grading.roster import read_roster
from autograder.grading.status import StatusBook
from course.messages import catalog, text

# what nbgrader cuts from the student version: between these delimiters, or a whole answer cell without them
HIDDEN_BLOCK = re.compile(r"BEGIN (?:SOLUTION|HIDDEN TESTS)\s*\n(.*?)\n[^\n]*END (?:SOLUTION|HIDDEN TESTS)", re.S)
SHORTEST_LEAK = 8  # shorter lines (`pass`, `return x`) say nothing of a solution


def write_notebook_feedback(config: CourseConfig, assignment: str) -> FeedbackRun:
    statuses = StatusBook(config.gradebook_url)
    recorded = {trainee: r for (trainee, name), r in statuses.all().items() if name == assignment}
    statuses.close()
    roster = read_roster(config)
    secrets = hidden_lines(config.source_dir(assignment))
    run = FeedbackRun()
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        try:
            submissions = gradebook.find_assignment(assignment).submissions
        except MissingEntry:
            submissions = []
        for submission in sorted(submissions, key=lambda s: s.student.id):
            trainee = submission.student.id
            for notebook in sorted(submission.notebooks, key=lambda n: n.name):
                name = roster[trainee].name if trainee in roster else ""
                page = render_notebook_page(assignment, notebook, trainee, name, recorded.get(trainee), config.lang)
                leak = next((line for line in secrets if line in html.unescape(page)), None)
                run.keep(config.course_dir / "feedback" / trainee / assignment / f"{notebook.name}.html", page,
                         f"{trainee}: {assignment}/{notebook.name}.ipynb would show {leak[:60]!r}" if leak else "")
    return run


def render_notebook_page(assignment: str, notebook, trainee: str, name: str, status, lang: str) -> str:
    """The page for one submitted notebook (nbgrader's SubmittedNotebook), in the course's
    language: each graded cell's points, and every comment a grader left on an answer."""
    esc = html.escape
    comments = {comment.name: comment.comment for comment in notebook.comments if comment.comment}
    rows = []
    for grade in sorted(notebook.grades, key=lambda g: g.name):
        earned = grade.score or 0.0
        full = earned >= grade.max_score
        notes = [text("feedback." + ("written" if grade.needs_manual_grade else "passed" if full else "failed_plain"),
                      lang)]
        if comments.get(grade.name):
            notes.append(comments[grade.name])
        rows.append(f'<tr class="{"full" if full else "short"}"><td><code>{esc(grade.name)}</code></td>'
                    f'<td class="points">{esc(f"{earned:g} / {grade.max_score:g}")}</td>'
                    f'<td>{"<br>".join(esc(note) for note in notes)}</td></tr>')
    graded = {grade.name for grade in notebook.grades}
    for cell, comment in sorted(comments.items()):  # comments on answers that carry no points themselves
        if cell not in graded:
            rows.append(f'<tr><td><code>{esc(cell)}</code></td><td class="points"></td><td>{esc(comment)}</td></tr>')
    title = f"{assignment} / {notebook.name}.ipynb"
    who = f"{esc(name)} ({esc(trainee)})" if name else esc(trainee)
    status_name = status.status if status else "ok"
    known = f"feedback.status.{status_name}" in catalog()
    status_text = text(f"feedback.status.{status_name}", lang) if known else status_name
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(text('feedback.title', lang, lesson=title))}</title><style>{PAGE_STYLE[lang]}</style>"
            f"</head><body><main>"
            f'<p class="kicker">{esc(text("feedback.feedback", lang))}</p><h1>{esc(title)}</h1>'
            f'<p class="who">{esc(text("feedback.trainee", lang))}{who}</p><p class="status">{esc(status_text)}</p>'
            f'<p class="total">{esc(text("feedback.total", lang))}'
            f'<strong>{esc(f"{notebook.score:g} / {notebook.max_score:g}")}</strong></p>'
            f"<table><thead><tr><th>{esc(text('feedback.task', lang))}</th>"
            f"<th>{esc(text('feedback.points', lang))}</th>"
            f"<th>{esc(text('feedback.notes', lang))}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"</main></body></html>\n")


def hidden_lines(source: Path) -> list[str]:
    """Every line of hidden tests and solutions in the assignment's source notebooks."""
    lines = set()
    for path in sorted(source.glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            nbgrader = cell.get("metadata", {}).get("nbgrader", {})
            blocks = HIDDEN_BLOCK.findall(cell.source)
            if nbgrader.get("solution") and not blocks:
                blocks = [cell.source]
            lines.update(line.strip() for block in blocks for line in block.splitlines())
    return sorted(line for line in lines if len(line) >= SHORTEST_LEAK)

