"""A theory paper in the quiz widget: one page per section, a countdown, times recorded.

Answers are saved at once to `<paper>.quiz.json` like any quiz's. The file also keeps
`started_at`, when the candidate first opened the paper (the submission's own timestamp is
when it was handed in). The countdown runs in the browser to the earlier of start +
the paper's minutes and the paper's close time; when it reaches zero it says so. Grading,
not the widget, decides what counts: answers handed in after the close are flagged late.
"""

import html
import json
from datetime import datetime, timedelta, timezone

import anywidget
import ipywidgets as w
import traitlets

from course.messages import text
from course.widgets.quiz import Question, Quiz


_ESM = """
function render({ model, el }) {
  el.classList.add("course-countdown");
  el.style.cssText = "font-size: 16px; font-weight: bold; padding: 4px 0;";
  const tick = () => {
    const left = Math.max(0, Math.floor((Date.parse(model.get("ends_at")) - Date.now()) / 1000));
    const mm = String(Math.floor(left / 60)).padStart(2, "0"), ss = String(left % 60).padStart(2, "0");
    el.textContent = left > 0 ? model.get("label_left") + " " + mm + ":" + ss : model.get("label_over");
    el.style.color = left > 300 ? "var(--jp-ui-font-color1, #222)" : "#b00020";
  };
  tick();
  const timer = setInterval(tick, 1000);
  model.on("change:ends_at", tick);
  return () => clearInterval(timer);
}
export default { render };
"""


class Countdown(anywidget.AnyWidget):
    """Minutes and seconds left, counted down in the browser (Python need not be running)."""

    _esm = _ESM
    ends_at = traitlets.Unicode("").tag(sync=True)  # ISO 8601, UTC
    label_left = traitlets.Unicode("Time left").tag(sync=True)
    label_over = traitlets.Unicode("Time is up").tag(sync=True)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def quiz_question(drawn) -> Question:
    if drawn.type == "tf":
        return Question.judgement(drawn.id, drawn.stem["en"], drawn.stem["zh"])
    return Question(drawn.id, drawn.stem["en"], drawn.stem["zh"], dict(drawn.options), multiple=drawn.type == "multiple")


class ExamPaper(Quiz):
    """The candidate's drawn paper (`course.exam.draw_paper`), section by section."""

    def __init__(self, paper, drawn: list, *, folder=".", lang: str | None = None):
        self.paper = paper
        self.drawn = drawn
        super().__init__(paper.paper, [quiz_question(q) for q in drawn], folder=folder, lang=lang)
        started = self._saved_start() or _now().isoformat(timespec="seconds")
        self.extra = {"started_at": started}
        if not self._saved_start():
            self._save()  # the start is on record from the first opening
        ends = _parse(started) + timedelta(minutes=paper.minutes)
        closes = _parse(paper.closes_at)
        self.ends_at = min(ends, closes) if closes else ends
        self.countdown.ends_at = self.ends_at.isoformat()
        self._show()

    def _saved_start(self) -> str | None:
        try:
            return json.loads(self.answer_file.read_text(encoding="utf-8")).get("started_at")
        except (OSError, ValueError, AttributeError):
            return None

    def show_part(self, index: int) -> None:
        """Show part `index` (0-based), making its questions the first time."""
        page = self.pages.children[index]
        if not page.children:
            page.children = [w.HTML(f"<h3>{html.escape(self._titles[index])}</h3>"),
                             *[self.block(qid) for qid in self._parts[index]]]
        self.pages.selected_index = index

    def _layout(self) -> list:
        lang = self.lang
        self.countdown = Countdown(label_left=text("exam.time_left", lang), label_over=text("exam.time_up", lang))
        self._parts, titles = [], []
        for n, section in enumerate(self.paper.sections, start=1):
            self._parts.append([q.id for q in self.drawn if q.type == section.type])
            titles.append(text(f"exam.section.{section.type}", lang, part=text("exam.part", lang, n=n),
                               count=len(self._parts[-1]), points=section.points))
        self._titles = titles
        # a part's questions are made when it is first shown: a 190-question paper opens at once
        self.pages = w.Stack([w.VBox() for _ in titles], selected_index=0)
        self.page_picker = w.ToggleButtons(options=[(text("exam.part", lang, n=i + 1), i) for i in range(len(titles))],
                                           value=0, style={"button_width": "auto"})
        self.page_picker.observe(lambda change: self.show_part(change["new"]), names="value")
        self.show_part(0)
        title = text("exam.title", lang, level=text(f"exam.level.{self.paper.level}", lang))
        header = text("exam.header", lang, title=title, total=len(self.drawn), points=self.paper.total_points,
                      minutes=self.paper.minutes)
        self.add_class("course-exam")
        return [w.HTML(f"<h2>{html.escape(header)}</h2>"), self.countdown, self._notice, self.page_picker,
                self.pages, self._status]
