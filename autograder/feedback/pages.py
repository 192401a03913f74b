"""`course feedback`: one page per trainee and lesson, checked for leaks before it is kept.

A page is built only from what is safe to show: the item scores in the gradebook, the
status, and the messages lesson authors wrote for trainees in judges (as far as each
item's disclosure policy allows). Outputs of check cells are never copied: a traceback or
a print there could carry hidden test source. Every page is then scanned like a release;
a page that would leak is not written, and the instructor is told.

The page looks like the course (`style.py`): titled with the lesson's title in its language,
addressed to the trainee by the name on the roster, and for each task its message, a link
to the task's section in the notebook and the task's hints (public: lesson.json ships them).
"""

import html
import json
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from autograder.build.pipeline import lesson_prose
from autograder.build.prose import task_section_ids
from autograder.config import CourseConfig
from autograder.feedback.style import PAGE_STYLE, markdown_html
from autograder.grading.roster import read_roster
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from autograder.judging.record import read_findings
from autograder.lesson.source import LessonSource
from autograder.release.leaks import find_leaks
from course.lesson import LessonInfo
from course.messages import text


@dataclass(frozen=True)
class FeedbackRun:
    written: list[Path] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)  # trainees whose page would have leaked, with why

    def keep(self, path: Path, page: str, leak: str = "") -> None:
        """Write the page, unless it would leak: then it is withheld and the instructor told why."""
        if leak:
            self.withheld.append(leak)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
        self.written.append(path)


def write_feedback(config: CourseConfig, lesson: LessonSource, now: datetime | None = None) -> FeedbackRun:
    lesson_id = lesson.lesson_id
    manifest = LessonInfo.load(config.source_dir(lesson_id))
    disclosure = _disclosure(config, lesson_id)
    past_deadline = bool(disclosure.get("deadline")) and \
        (now or datetime.now(timezone.utc)) > datetime.fromisoformat(disclosure["deadline"]).replace(tzinfo=timezone.utc)
    statuses = StatusBook(config.gradebook_url)
    recorded = {trainee: record for (trainee, lesson_name), record in statuses.all().items() if lesson_name == lesson_id}
    statuses.close()
    scores, findings = read_scores(config, lesson_id), read_findings(config, lesson_id)
    roster = read_roster(config)
    title = (lesson.info.get("title") or {}).get(manifest.lang) or lesson_id
    sections = task_section_ids(lesson_prose(lesson, manifest.lang))
    run = FeedbackRun()
    for trainee in sorted(set(recorded) | set(scores)):
        name = roster[trainee].name if trainee in roster else ""
        page = render_page(lesson_id, trainee, manifest, scores.get(trainee), recorded.get(trainee),
                           findings.get(trainee, {}), disclosure.get("items", {}), past_deadline,
                           title=title, name=name, sections=sections)
        leaks = _leaks_in(page, lesson, config)
        run.keep(config.course_dir / "feedback" / trainee / lesson_id / f"{lesson_id}.html", page,
                 f"{trainee}: {leaks[0]}" if leaks else "")
    return run


def render_page(lesson_id, trainee, manifest: LessonInfo, score, status, findings: dict, policies: dict,
                past_deadline: bool, *, title: str = "", name: str = "", sections: dict | None = None) -> str:
    lang, esc = manifest.lang, html.escape
    title = title or lesson_id
    rows = []
    for item, info in manifest.items.items():
        earned = score.items.get(item) if score else None
        notes = _notes(item, info, earned, findings.get(item), policies.get(item, "message"), past_deadline, lang)
        full = earned is not None and earned >= info.points
        task = f"<code>{esc(item)}</code>"
        if sections and item in sections:
            task = (f'<a href="{esc(section_link(lesson_id, sections[item]))}" target="_blank" '
                    f'title="{esc(text("feedback.open_section", lang))}">{task}</a>')
        rows.append(f'<tr class="{"full" if full else "short"}"><td>{task}</td>'
                    f'<td class="points">{esc(f"{earned or 0:g} / {info.points:g}")}</td>'
                    f'<td>{notes}{_hints_html(info.hints, lang)}</td></tr>')
    status_name = status.status if status else "ok"
    total = f"{score.auto_score:g} / {score.auto_max:g}" if score else "0"
    who = f"{esc(name)} ({esc(trainee)})" if name else esc(trainee)
    return (f'<!DOCTYPE html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(text('feedback.title', lang, lesson=title))}</title>"
            f"<style>{PAGE_STYLE[lang]}</style></head><body><main>"
            f'<p class="kicker">{esc(text("feedback.feedback", lang))}</p><h1>{esc(title)}</h1>'
            f'<p class="who">{esc(text("feedback.trainee", lang))}{who}</p>'
            f'<p class="status">{esc(text(f"feedback.status.{status_name}", lang))}</p>'
            f'<p class="total">{esc(text("feedback.total", lang))}<strong>{esc(total)}</strong></p>'
            f"<table><thead><tr><th>{esc(text('feedback.task', lang))}</th><th>{esc(text('feedback.points', lang))}</th>"
            f"<th>{esc(text('feedback.notes', lang))}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f'<p class="howto">{esc(text("feedback.howto", lang))}</p></main></body></html>\n')


def section_link(lesson_id: str, cell_id: str) -> str:
    """A section of the trainee's lesson notebook, opened in JupyterLab at its heading cell.
    nbgrader puts feedback at <lesson>/feedback/<time>/<lesson>.html, served under
    <server>/files/, so four levels up is the server's root (JupyterHub's per-user one too)."""
    return f"../../../../lab/tree/{lesson_id}/{lesson_id}.ipynb#cell-id={cell_id}"


def _hints_html(hints: tuple[str, ...], lang: str) -> str:
    if not hints:
        return ""
    shown = "".join(f"<li>{markdown_html(hint)}</li>" for hint in hints)
    return (f'<details class="hints"><summary>💡 {html.escape(text("feedback.hints", lang, n=len(hints)))}</summary>'
            f"<ol>{shown}</ol></details>")


def _notes(item, info, earned, findings, policy, past_deadline, lang) -> str:
    if info.manual:
        return html.escape(text("feedback.written", lang))
    if earned is not None and earned >= info.points:
        return html.escape(text("feedback.passed", lang))
    if findings is None:
        return html.escape(text("feedback.failed_plain", lang))  # an in-kernel check: its output may not be shown
    if policy == "never":
        return html.escape(text("feedback.withheld", lang))
    lines = []
    for finding in (f for f in findings if not f["passed"]):
        lines.append(html.escape(finding["zh"] if lang == "zh" else finding["en"]))
        if policy == "after-deadline" and past_deadline and finding.get("expected") is not None:
            lines.append(html.escape(text("feedback.expected", lang, value=finding["expected"])))
    return "<br>".join(lines) or html.escape(text("feedback.failed_plain", lang))


def _disclosure(config: CourseConfig, lesson_id: str) -> dict:
    path = config.judges_dir(lesson_id) / "disclosure.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _leaks_in(page: str, lesson: LessonSource, config: CourseConfig) -> list:
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "feedback.html").write_text(html.unescape(page), encoding="utf-8")
        return find_leaks(Path(scratch), lesson, config.datasets_dir)
