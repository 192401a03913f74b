"""A review queue: items flagged by agreement or label-error analysis, shown with the
labels they were given and why they were flagged, for the trainee to adjudicate.

The trainee's decision is an ordinary class label, so the queue's answer file is read
and scored like any other.
"""

import html

from course.messages import text
from course.widgets.text_classifier import TextClassifier


class ReviewQueue(TextClassifier):
    """`flagged`: item id -> {"text": ..., "labels": {annotator: class}, "reason": ...}."""

    def __init__(self, exercise: str, flagged: dict, classes: list[str], **options):
        self.flagged = dict(flagged)
        super().__init__(exercise, {item: f["text"] for item, f in self.flagged.items()}, classes, **options)

    def _show_item(self, item: str) -> None:
        super()._show_item(item)
        flag = self.flagged[item]
        given = ", ".join(f"{who}: {label}" for who, label in flag.get("labels", {}).items()) or "—"
        line = text("widgets.review_labels", self.session.lang, labels=given, reason=flag.get("reason", "—"))
        self._text.value += f'<div class="course-review" style="font-size:13px;color:#555">{html.escape(line)}</div>'
