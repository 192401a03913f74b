"""Text classification: one label per text, or several (`multi_label=True`).
Sentiment labeling is this widget with classes such as positive / negative / neutral."""

import html

import ipywidgets as w

from course.widgets.base import LabelingWidget


class TextClassifier(LabelingWidget):
    """Label `texts` (item id -> text, or a list numbered from 0) with `classes`.

    Answers go to `<exercise>.labels.jsonl` beside the notebook; `prelabels` (item id ->
    class, or list of classes) are AI suggestions the trainee accepts or corrects.
    """

    def __init__(self, exercise: str, texts, classes: list[str], *, multi_label: bool = False, **options):
        self.texts = _as_dict(texts)
        super().__init__(exercise, "multi" if multi_label else "class", list(self.texts), classes, **options)

    def _make_item_view(self) -> w.Widget:
        self._text = w.HTML(layout=w.Layout(border="1px solid #ccc", padding="8px", margin="4px 0"))
        return self._text

    def _show_item(self, item: str) -> None:
        self._text.value = (f'<div class="course-item" style="font-size:15px;white-space:pre-wrap">'
                            f"{html.escape(self.texts[item])}</div>")


def _as_dict(items) -> dict:
    return dict(items) if isinstance(items, dict) else {str(i): item for i, item in enumerate(items)}
