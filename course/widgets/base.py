"""What every labeling widget shares: progress, class buttons, navigation, the AI
suggestion, the answer-file notice and keyboard shortcuts, around one item view.

A subclass supplies the item view (`_make_item_view`, `_show_item`) and may give `choose`
and `delete` their own meaning (`_on_action`). The session does the work; the widget
only shows it, so every method here ends in `refresh()`.
"""

import html

import ipywidgets as w

from course.widgets.keyboard import KeyboardShortcuts
from course.widgets.keys import KeyAction, action_for_key, key_for_class, names_digits
from course.messages import text
from course.widgets.session import LabelingSession, answer_file_for
from course.widgets.task import LabelTask

CLASS_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


class LabelingWidget(w.VBox):
    def __init__(self, exercise: str, kind: str, items: list[str], classes: list[str], *, prelabels=None,
                 annotator: str = "", folder=".", lang: str | None = None, answer_file=None):
        super().__init__()
        self.kind = kind
        self.add_class("course-labeling")
        task = LabelTask(kind, tuple(classes), tuple(items))
        self.session = LabelingSession(answer_file or answer_file_for(exercise, folder), task,
                                       prelabels=prelabels, annotator=annotator, lang=lang)
        lang = self.session.lang
        self._notice = w.HTML()
        self._progress = w.HTML()
        self._position = w.HTML()
        self._suggestion = w.HTML()
        self._status = w.HTML()
        self._class_buttons = [self._class_button(i, c) for i, c in enumerate(classes)]
        self._back = self._nav_button(text("widgets.back", lang), self.session.back)
        self._skip = self._nav_button(text("widgets.skip", lang), self.session.skip)
        self._undo = self._nav_button(text("widgets.undo", lang), self.session.undo)
        self._next = self._nav_button(text("widgets.next", lang), self.session.next)
        self._accept = self._nav_button(text("widgets.accept", lang), self._accept_prelabel)
        help_key = "widgets.keys_help_digits" if names_digits(classes) else "widgets.keys_help"
        self._keys = KeyboardShortcuts(self.handle_key, help=text(help_key, lang))
        self.children = [
            self._notice, self._progress, self._position, self._make_item_view(), self._suggestion,
            w.HBox(self._class_buttons, layout=w.Layout(flex_flow="row wrap")), self._status,
            w.HBox([self._back, self._skip, self._undo, self._next, self._accept]), self._keys,
        ]
        self.refresh()

    # ---- for subclasses -------------------------------------------------------------------
    def _make_item_view(self) -> w.Widget:
        raise NotImplementedError

    def _show_item(self, item: str) -> None:
        raise NotImplementedError

    def _on_action(self, action: KeyAction) -> None:
        self.session.perform(action)

    def _describe_answer(self, value) -> str:
        return ", ".join(value) if isinstance(value, list) else str(value)

    # ---- input ----------------------------------------------------------------------------
    def handle_key(self, key: str) -> None:
        """A key pressed in the browser (or sent by a test)."""
        action = action_for_key(key, self.session.task.classes)
        if action is not None:
            self._on_action(action)
            self.refresh()

    def choose(self, index: int) -> None:
        self._on_action(KeyAction("choose", index))
        self.refresh()

    def _accept_prelabel(self) -> None:
        self._on_action(KeyAction("accept"))

    def _class_button(self, index: int, cls: str) -> w.Button:
        key = key_for_class(index, self.session.task.classes)
        # a digit class is its own key; other classes show the position key in front
        shown = cls if key == cls else f"{key} {cls}".strip()
        button = w.Button(description=shown, layout=w.Layout(width="auto"))
        button.on_click(lambda _b: self.choose(index))
        return button

    def _nav_button(self, label: str, verb) -> w.Button:
        button = w.Button(description=label, layout=w.Layout(width="auto"))
        button.on_click(lambda _b: (verb(), self.refresh()))
        return button

    # ---- output ---------------------------------------------------------------------------
    def refresh(self) -> None:
        session, lang = self.session, self.session.lang
        notice = html.escape(session.notice)
        self._notice.value = f'<div style="color:#a94400;font-weight:bold">{notice}</div>' if notice else ""
        progress = session.progress()
        summary = text("widgets.progress", lang, done=progress["done"], total=progress["total"],
                       skipped=progress["skipped"], seconds=progress["seconds_per_item"],
                       annotator=html.escape(progress["annotator"] or "—"))
        if progress["done"] == progress["total"]:
            summary += " · " + text("widgets.all_done", lang, total=progress["total"])
        self._progress.value = f"<b>{summary}</b>"
        self._position.value = text("widgets.item_position", lang, number=session.position + 1,
                                    total=len(session.task.items))
        self._show_item(session.current_item)
        prelabel = session.current_prelabel
        self._suggestion.value = "" if prelabel is None else \
            "🤖 " + html.escape(text("widgets.prelabel", lang, label=self._describe_answer(prelabel)))
        self._accept.layout.display = "none" if prelabel is None else ""
        answer = session.current_answer
        chosen = self._chosen_classes(answer)
        for cls, button in zip(session.task.classes, self._class_buttons):
            button.button_style = "info" if cls in chosen else ""
        self._status.value = self._status_html(answer)

    def _chosen_classes(self, answer) -> set:
        if answer is None or answer.skipped:
            return set()
        return set(answer.value) if isinstance(answer.value, list) else {answer.value}

    def _status_html(self, answer) -> str:
        lang = self.session.lang
        if answer is None:
            shown = text("widgets.not_labeled", lang)
        elif answer.skipped:
            shown = text("widgets.skipped", lang)
        else:
            shown = "✔ " + self._describe_answer(answer.value)
        return f'<span class="course-answer">{html.escape(shown)}</span>'

    # ---- export -----------------------------------------------------------------------------
    def export_json(self, path):
        from course.widgets.formats.table import write_json
        return write_json(self.session.state.answers, path)

    def export_csv(self, path):
        from course.widgets.formats.table import write_csv
        return write_csv(self.session.state.answers, self.kind, path, getattr(self, "texts", None))
