"""A bilingual quiz: single- and multiple-choice questions whose answers are saved at once.

Every click writes the whole set of answers to `<quiz_id>.quiz.json` beside the notebook
(a temporary file renamed over the old one, so the file is always whole), and running the
cell again shows the saved answers. An answer file that cannot be read is set aside under
a new name, never deleted, and the trainee is told so in the lesson's language.

The quiz knows its questions and options only: which options are correct lives in the
lesson's judge, on the instructor side. `load_quiz_answers(quiz_id)` reads the saved
answers as a plain dict for `submit`.
"""

import html
import json
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as w

from course.lesson import lesson_language
from course.messages import text, translations
from course.widgets.files import set_aside, write_json_atomically

ANSWER_SUFFIX = ".quiz.json"

def answer_file_for(quiz_id: str, folder: Path | str = ".") -> Path:
    """Where a quiz's answers live: beside the notebook, so they are submitted with it."""
    return Path(folder) / f"{quiz_id}{ANSWER_SUFFIX}"


@dataclass(frozen=True)
class Question:
    """One question. `options` maps an option id to its text: {"a": {"en": …, "zh": …}, …}."""

    qid: str
    en: str
    zh: str
    options: dict
    multiple: bool = False
    true_false: bool = False  # options "true" and "false", worded in the quiz's language

    @classmethod
    def judgement(cls, qid: str, en: str, zh: str) -> "Question":
        """A true/false question: its answer is the option id "true" or "false"."""
        options = {value: translations(f"quiz.{value}") for value in ("true", "false")}
        return cls(qid, en, zh, options, true_false=True)

    @property
    def kind(self) -> str:
        return "multiple" if self.multiple else "tf" if self.true_false else "single"

    def prompt(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def option_text(self, option: str, lang: str) -> str:
        texts = self.options[option]
        return texts.get(lang) or texts["en"]

    def accepts(self, value) -> bool:
        """Whether `value` is a well-formed answer: one option id, or a list of distinct ones."""
        if self.multiple:
            return (isinstance(value, list) and all(isinstance(v, str) and v in self.options for v in value)
                    and len(set(value)) == len(value))
        return isinstance(value, str) and value in self.options

    def normal(self, value):
        """The answer in one canonical form: a multiple choice as a list in option order."""
        if self.multiple:
            chosen = set(value)
            return [o for o in self.options if o in chosen]
        return value


def _read_file(path: Path) -> tuple[dict | None, str]:
    """(answers dict or None, problem key); the dict is the raw `answers` mapping."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, ""
    except (OSError, UnicodeDecodeError):
        return None, "quiz.reason_not_json"
    try:
        data = json.loads(raw)
    except ValueError:
        return None, "quiz.reason_not_json"
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict) or data.get("quiz") != path.name.removesuffix(ANSWER_SUFFIX):
        return None, "quiz.reason_wrong_shape"
    return answers, ""


def load_quiz_answers(quiz_id: str, folder: Path | str = ".") -> dict:
    """The saved answers of quiz `quiz_id` as a plain dict {question id: option id or list of
    option ids}; {} when there are none. Never raises on a damaged file: entries that are not
    an option id or a list of them are left out (the quiz widget reports and sets aside such a
    file when it opens)."""
    answers, _ = _read_file(answer_file_for(quiz_id, folder))
    if not answers:
        return {}
    plain = {}
    for qid, value in answers.items():
        if isinstance(value, str):
            plain[str(qid)] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            plain[str(qid)] = list(value)
    return plain


class Quiz(w.VBox):
    """The questions with radio buttons (one answer) or checkboxes (several), and a status line."""

    def __init__(self, quiz_id: str, questions: list[Question], *, folder: Path | str = ".",
                 lang: str | None = None, answer_file: Path | str | None = None):
        super().__init__()
        ids = [q.qid for q in questions]
        if len(set(ids)) != len(ids):
            raise ValueError("question ids must be unique")
        self.quiz_id = quiz_id
        self.questions = {q.qid: q for q in questions}
        self.lang = lang or lesson_language(folder)
        self.answer_file = Path(answer_file) if answer_file else answer_file_for(quiz_id, folder)
        self.notice = ""
        self._answers: dict = {}
        self._saved_once = self.answer_file.exists()
        self._silent = False
        self.extra: dict = {}  # more fields kept in the answer file (an exam's start time)
        self._resume()
        self._notice = w.HTML()
        self._status = w.HTML()
        self.numbers = {q.qid: number for number, q in enumerate(questions, start=1)}
        self.controls: dict = {}  # made when a question is first shown (an exam paper shows a part at a time)
        self._blocks: dict = {}
        self.children = self._layout()
        self._show()

    def block(self, qid: str) -> w.Widget:
        """Question `qid` as shown: its number, prompt and kind, then its control."""
        if qid not in self._blocks:
            question = self.questions[qid]
            self.controls[qid] = self._make_control(question)
            self._sync_control(qid)
            kind = text(f"quiz.{question.kind}", self.lang)
            prompt = w.HTML(f"<b>{self.numbers[qid]}. {html.escape(question.prompt(self.lang))}</b> "
                            f"<i>{html.escape(kind)}</i>")
            self._blocks[qid] = w.VBox([prompt, self.controls[qid]])
        return self._blocks[qid]

    def _layout(self) -> list:
        """The quiz's parts top to bottom; an exam paper lays them out in pages instead."""
        return [self._notice, *[self.block(qid) for qid in self.questions], self._status]

    # ---- reading the state ---------------------------------------------------------------
    @property
    def answers(self) -> dict:
        """The trainee's answers as a plain dict (a copy)."""
        return {qid: list(v) if isinstance(v, list) else v for qid, v in self._answers.items()}

    # ---- input ---------------------------------------------------------------------------
    def answer(self, qid: str, value) -> None:
        """Answer question `qid` with an option id (or, for a multiple choice, a list of them)
        and save at once; `None` (or an empty list) clears the answer."""
        if qid not in self.questions:
            raise ValueError(f"this quiz has no question {qid!r}; its questions are {', '.join(self.questions)}")
        question = self.questions[qid]
        if question.multiple and isinstance(value, (tuple, set, frozenset)):
            value = list(value)
        if value is None or value == []:
            self._answers.pop(qid, None)
        elif question.accepts(value):
            self._answers[qid] = question.normal(value)
        else:
            raise ValueError(f"{value!r} is not an answer to {qid}; its options are {', '.join(question.options)}")
        self._sync_control(qid)
        self._save()
        self._show()

    def _on_radio(self, qid: str, change) -> None:
        if not self._silent:
            self.answer(qid, change["new"])

    def _on_checkbox(self, qid: str, change) -> None:
        if not self._silent:
            boxes = self.controls[qid].children
            self.answer(qid, [option for option, box in zip(self.questions[qid].options, boxes) if box.value])

    # ---- widgets ---------------------------------------------------------------------------
    def _make_control(self, question: Question) -> w.Widget:
        if question.multiple:
            boxes = [w.Checkbox(value=False, description=question.option_text(o, self.lang), indent=False,
                                layout=w.Layout(width="auto")) for o in question.options]
            for box in boxes:
                box.observe(lambda change, qid=question.qid: self._on_checkbox(qid, change), names="value")
            control = w.VBox(boxes)
        else:
            control = w.RadioButtons(options=[(question.option_text(o, self.lang), o) for o in question.options],
                                     value=None, layout=w.Layout(width="auto"))
            control.observe(lambda change, qid=question.qid: self._on_radio(qid, change), names="value")
        return control

    def _sync_control(self, qid: str) -> None:
        """Show the saved answer of `qid` in its control (if shown yet), without triggering a save."""
        if qid not in self.controls:
            return
        control, value = self.controls[qid], self._answers.get(qid)
        self._silent = True
        try:
            if self.questions[qid].multiple:
                chosen = set(value or ())
                for option, box in zip(self.questions[qid].options, control.children):
                    box.value = option in chosen
            else:
                control.value = value
        finally:
            self._silent = False

    def _show(self) -> None:
        done, total = len(self._answers), len(self.questions)
        status = (text("quiz.progress", self.lang, done=done, total=total, file=self.answer_file.name)
                  if self._saved_once else text("quiz.not_saved_yet", self.lang, done=done, total=total))
        self._status.value = html.escape(status)
        self._notice.value = (f'<div style="color:#a94400;font-weight:bold">{html.escape(self.notice)}</div>'
                              if self.notice else "")

    # ---- the answer file -------------------------------------------------------------------
    def _save(self) -> None:
        try:
            write_json_atomically(self.answer_file, {"quiz": self.quiz_id, **self.extra, "answers": self._answers})
            self._saved_once = True
        except OSError as error:
            self.notice = text("quiz.file_unwritable", self.lang, file=self.answer_file.name, error=error.strerror or error)

    def _resume(self) -> None:
        """Load the saved answers; a file with anything unreadable is set aside and reported,
        keeping every answer that could be read."""
        raw, problem = _read_file(self.answer_file)
        kept, bad = {}, []
        for qid, value in (raw or {}).items():
            question = self.questions.get(qid)
            if question is not None and question.accepts(value):
                kept[qid] = question.normal(value)
            else:
                bad.append(str(qid))
        if problem or bad:
            reason = text(problem, self.lang) if problem else text("quiz.reason_bad_answers", self.lang, which=", ".join(bad))
            try:
                aside = set_aside(self.answer_file).name
            except OSError as error:
                aside = f"? ({error.strerror or error})"
            self.notice = text("quiz.file_set_aside", self.lang, file=self.answer_file.name, reason=reason,
                               kept=len(kept), aside=aside)
            self._answers = kept
            self._saved_once = False
            if kept:
                self._save()
        else:
            self._answers = kept
