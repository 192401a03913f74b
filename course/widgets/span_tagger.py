"""Entity span tagging on English or Chinese text, offsets in characters.

Select characters, then press 1–9 (or click an entity type) to tag them; click a tagged
span to remove it. A new span replaces any span it overlaps, so spans never cross.
"""

import ipywidgets as w

from course.widgets.base import CLASS_COLORS, LabelingWidget
from course.widgets.keys import KeyAction
from course.messages import text
from course.widgets.span_text import SpanText
from course.widgets.text_classifier import _as_dict


class SpanTagger(LabelingWidget):
    """Tag spans of `texts` (item id -> text, or a list) with `entity_types`.

    `prelabels` maps item id -> a list of `{"start", "end", "label"}` spans.
    """

    def __init__(self, exercise: str, texts, entity_types: list[str], **options):
        self.texts = _as_dict(texts)
        super().__init__(exercise, "spans", list(self.texts), entity_types, **options)

    def _make_item_view(self) -> w.Widget:
        self.surface = SpanText(self.select, self.remove_span,
                                classes=list(self.session.task.classes), colors=CLASS_COLORS)
        help_line = w.HTML(f'<span style="font-size:12px">{text("widgets.span_help", self.session.lang)}</span>')
        return w.VBox([self.surface, help_line])

    def _show_item(self, item: str) -> None:
        if self.surface.text != self.texts[item]:
            self.surface.selection = [0, 0]
        self.surface.text = self.texts[item]
        self.surface.spans = self._current_spans()

    def _chosen_classes(self, answer) -> set:
        return set()

    def _describe_answer(self, value) -> str:
        item_text = self.texts[self.session.current_item]
        return ", ".join(f"{item_text[s['start']:s['end']]} ({s['label']})" for s in value) or "—"

    # ---- editing ----------------------------------------------------------------------------
    def select(self, start: int, end: int) -> None:
        """Mark characters [start, end) as the selection the next entity type applies to."""
        length = len(self.texts[self.session.current_item])
        start, end = max(0, min(start, length)), max(0, min(end, length))
        self.surface.selection = [start, end] if start < end else [0, 0]

    def tag(self, start: int, end: int, entity_type: str) -> None:
        """Tag characters [start, end) of the current text as `entity_type`."""
        self.select(start, end)
        self._on_action(KeyAction("choose", self.session.task.classes.index(entity_type)))
        self.refresh()

    def remove_span(self, index: int) -> None:
        spans = self._current_spans()
        if 0 <= index < len(spans):
            del spans[index]
            self.session.label(spans)
            self.refresh()

    def _current_spans(self) -> list[dict]:
        answer = self.session.current_answer
        return [dict(s) for s in answer.value] if answer and not answer.skipped else []

    def _on_action(self, action: KeyAction) -> None:
        start, end = self.surface.selection
        if action.name == "choose":
            if start < end:
                kept = [s for s in self._current_spans() if s["end"] <= start or s["start"] >= end]
                new = {"start": start, "end": end, "label": self.session.task.classes[action.class_index]}
                self.session.label(sorted(kept + [new], key=lambda s: (s["start"], s["end"])))
                self.surface.selection = [0, 0]
        elif action.name == "delete":
            if start < end:  # remove the spans inside the selection
                self.session.label([s for s in self._current_spans() if s["end"] <= start or s["start"] >= end])
                self.surface.selection = [0, 0]
        elif action.name == "accept":
            self.session.accept(advance=False)
        else:
            self.session.perform(action)

    # ---- export -----------------------------------------------------------------------------
    def export_spans_jsonl(self, path):
        from course.widgets.formats.spans_jsonl import write_spans_jsonl
        return write_spans_jsonl(self.session.labels(), self.texts, path)
