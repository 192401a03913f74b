"""Instant feedback inside a lesson notebook: `check`, `expect`, `hint`.

A locked check cell under each task calls `check("item", expect(...), ...)`: it records the
task's visible expectations, runs them, prints the result in the lesson's language and
raises `CheckFailed` when one fails (so nbgrader scores the cell 0). A task not yet done
gets one plain line and no error, so Restart & Run All reaches every cell; its hidden checks
still fail it at grading (the build proves an untouched release earns 0). It says how many
hidden checks grading will add, so a trainee never reads "all passed" as a final score.
Hidden checks use `hidden_check` inside nbgrader's hidden-test region, which releases strip.
"""

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from course.messages import text
from course.lesson import LessonInfo

HINT_LOG_NAME = "hints-used.json"


@dataclass(frozen=True)
class Expectation:
    """One check: a zero-argument condition and what to tell the trainee when it fails."""

    condition: Callable[[], object]
    en: str
    zh: str

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def failure(self, lang: str) -> str | None:
        """None when the condition holds, else the message to show; raises `TaskNotDone`
        when the trainee has not written the answer yet."""
        try:
            holds = bool(self.condition())
        except Exception as error:  # trainee code may raise anything; report, don't crash
            if _means_not_done(error, self.condition):
                raise TaskNotDone() from None
            reason = f"{type(error).__name__}: {error}".rstrip(": ")
            return f"{self.message(lang)} ({text('lesson.check_crashed', lang, error=reason)})"
        return None if holds else self.message(lang)


class TaskNotDone(Exception):
    """The task's answer is not written yet: the stub still raises NotImplementedError, or
    the name the check looks for does not exist."""


def _means_not_done(error: Exception, condition: Callable) -> bool:
    if isinstance(error, NotImplementedError):
        return True
    if isinstance(error, NameError):
        # missing in the check's own condition (the answer cell never defined it), not a
        # typo inside the trainee's code, which is a real error to report
        traceback = error.__traceback__
        while traceback.tb_next is not None:
            traceback = traceback.tb_next
        return traceback.tb_frame.f_code is getattr(condition, "__code__", None)
    return False


def expect(condition: Callable[[], object], *, en: str, zh: str) -> Expectation:
    return Expectation(condition, en, zh)


class CheckFailed(AssertionError):
    """A failed check; shown to trainees as its message alone, without a traceback."""

    def _render_traceback_(self):
        return [str(self)]


class Checker:
    """The checks and hints of one lesson, as seen from the trainee's kernel."""

    def __init__(self, lesson: LessonInfo, folder: Path | str = "."):
        self.lesson = lesson
        self.folder = Path(folder)
        self.visible: dict[str, tuple[Expectation, ...]] = {}

    @property
    def lang(self) -> str:
        return self.lesson.lang

    def check(self, item_id: str, *expectations: Expectation) -> None:
        if expectations:
            self.visible[item_id] = expectations
        elif item_id not in self.visible:
            print(self._unknown_or_unchecked(item_id))
            return
        expectations = self.visible[item_id]
        try:
            failures = [f for f in (e.failure(self.lang) for e in expectations) if f]
        except TaskNotDone:
            # one plain line, still an error: a task not done must fail at grading even where it
            # has no hidden checks (a crashed answer cell leaves its function undefined); the
            # check cell's raises-exception tag lets Restart & Run All go on to the cells below
            raise CheckFailed(text("lesson.not_done", self.lang, item=item_id)) from None
        hidden = self.lesson.items.get(item_id).hidden_checks if item_id in self.lesson.items else 0
        if failures:
            lines = [text("lesson.some_failed", self.lang, item=item_id, failed=len(failures), n=len(expectations))]
            lines += [f"  • {failure}" for failure in failures]
            print("\n".join(lines))
            raise CheckFailed(text("lesson.failed_summary", self.lang, item=item_id, failed=len(failures)))
        if hidden:
            print(text("lesson.visible_passed_hidden_pending", self.lang, item=item_id, n=len(expectations), hidden=hidden))
        else:
            print(text("lesson.all_passed", self.lang, item=item_id, n=len(expectations)))

    def hidden_check(self, item_id: str, *expectations: Expectation) -> None:
        try:
            failures = [f for f in (e.failure(self.lang) for e in expectations) if f]
        except TaskNotDone:
            print(text("lesson.not_done", self.lang, item=item_id))
            raise CheckFailed(text("lesson.failed_summary", self.lang, item=item_id, failed=len(expectations))) from None
        if failures:
            print("\n".join([text("lesson.hidden_failed", self.lang, item=item_id)] + [f"  • {f}" for f in failures]))
            raise CheckFailed(text("lesson.failed_summary", self.lang, item=item_id, failed=len(failures)))

    def hint(self, item_id: str) -> None:
        if item_id not in self.lesson.items:
            print(self._unknown_or_unchecked(item_id))
            return
        hints = self.lesson.items[item_id].hints
        used = self._hints_used()
        seen = used.get(item_id, 0)
        if not hints:
            print(text("lesson.no_hints", self.lang, item=item_id))
            return
        if seen >= len(hints):
            print(text("lesson.no_more_hints", self.lang, item=item_id, total=len(hints)))
            return
        used[item_id] = seen + 1
        self._save_hints_used(used)
        values = {"item": item_id, "number": seen + 1, "total": len(hints)}
        # a hint is markdown (code in backticks, wrapped lines): shown rendered, plain text beside it
        markdown = text("lesson.hint_markdown", self.lang, text=hints[seen], **values)
        plain = text("lesson.hint", self.lang, text=" ".join(hints[seen].split("\n")), **values)
        _show_recorded({"text/markdown": markdown, "text/plain": plain},
                       {"course": {"hint": {"item": item_id, "number": seen + 1}}})

    def _unknown_or_unchecked(self, item_id: str) -> str:
        if self.lesson.items and item_id not in self.lesson.items:
            return text("lesson.unknown_item", self.lang, item=item_id, known=", ".join(self.lesson.items))
        return text("lesson.no_checks_yet", self.lang, item=item_id)

    def _hints_used(self) -> dict[str, int]:
        path = self.folder / HINT_LOG_NAME
        try:
            used = json.loads(path.read_text(encoding="utf-8"))
            return {str(k): int(v) for k, v in used.items()}
        except (OSError, ValueError, AttributeError, TypeError):
            return {}  # a missing or hand-broken log only means hints start again from 1

    def _save_hints_used(self, used: dict[str, int]) -> None:
        # written to a temporary file and renamed, so a crash never leaves half a log
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".hints-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(used, out)
        os.replace(temporary, self.folder / HINT_LOG_NAME)


def _show_recorded(message: dict, metadata: dict) -> None:
    """Show `message` (mime type -> text) as a notebook output that carries `metadata`, so it
    stays on record."""
    try:
        from IPython import get_ipython
        from IPython.display import publish_display_data
    except ImportError:
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        publish_display_data(message, metadata=metadata)
    else:
        print(message["text/plain"])


def explain_unwritten_answers() -> None:
    """In a trainee's kernel, show an answer stub's NotImplementedError as one plain line in
    the lesson's language, not a traceback. It stays an error (the cell still fails, and
    grading scores it as before); the cells carry `raises-exception`, so Run All goes on."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "_showtraceback"):
        return

    def show(shell, etype, value, traceback, tb_offset=None):
        line = text(_where_not_done(traceback), current_checker().lang)
        shell._showtraceback(etype, value, [line])
        return [line]

    shell.set_custom_exc((NotImplementedError,), show)


def _where_not_done(traceback) -> str:
    """"lesson.stub_here" when the cell's own top-level code raised it, "lesson.stub_called" when a function did."""
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    return "lesson.stub_here" if traceback.tb_frame.f_code.co_name == "<module>" else "lesson.stub_called"


_checker: Checker | None = None


def current_checker() -> Checker:
    """The checker of the lesson in the kernel's working folder, loaded on first use."""
    global _checker
    if _checker is None:
        _checker = Checker(LessonInfo.load("."), ".")
    return _checker


def check(item_id: str, *expectations: Expectation) -> None:
    current_checker().check(item_id, *expectations)


def hidden_check(item_id: str, *expectations: Expectation) -> None:
    current_checker().hidden_check(item_id, *expectations)


def hint(item_id: str) -> None:
    current_checker().hint(item_id)
