"""Image classification: numpy arrays, PIL images or PNG/JPEG bytes, shown enlarged."""

import ipywidgets as w

from course.widgets.base import LabelingWidget
from course.widgets.images import image_size, to_png
from course.widgets.text_classifier import _as_dict


class ImageClassifier(LabelingWidget):
    """Label `images` (item id -> image, or a list) with `classes`.

    Images are shown `display_px` wide with sharp pixels, so scikit-learn's 8×8 digits
    become 160 px; `invert=True` shows high values dark (digits as ink on paper).
    """

    def __init__(self, exercise: str, images, classes: list[str], *, multi_label: bool = False,
                 display_px: int = 160, invert: bool = False, **options):
        self.images = _as_dict(images)
        self._display_px, self._invert = display_px, invert
        super().__init__(exercise, "multi" if multi_label else "class", list(self.images), classes, **options)

    def _make_item_view(self) -> w.Widget:
        self._image = w.Image(format="png", layout=w.Layout(margin="4px 0"))
        self._image.add_class("course-item")
        return self._image

    def _show_item(self, item: str) -> None:
        width, _ = image_size(self.images[item])
        self._image.value = to_png(self.images[item], scale=self._display_px / width, invert=self._invert)
