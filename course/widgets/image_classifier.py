"""Image classification: numpy arrays, PIL images or PNG/JPEG bytes, shown enlarged."""

import ipywidgets as w

from course.widgets.base import LabelingWidget
from course.widgets.images import PIXELATED_CLASS, PIXELATED_STYLE, image_size, to_png
from course.widgets.text_classifier import _as_dict


class ImageClassifier(LabelingWidget):
    """Label `images` (item id -> image, or a list) with `classes`.

    Images are shown `display_px` wide (height in proportion) with sharp pixels, so
    scikit-learn's 8×8 digits become 160 px, never stretched to the page's width;
    `invert=True` shows high values dark (digits as ink on paper).
    """

    def __init__(self, exercise: str, images, classes: list[str], *, multi_label: bool = False,
                 display_px: int = 160, invert: bool = False, **options):
        self.images = _as_dict(images)
        self._display_px, self._invert = display_px, invert
        super().__init__(exercise, "multi" if multi_label else "class", list(self.images), classes, **options)

    def _make_item_view(self) -> w.Widget:
        # a flex column stretches its children to its width: the image keeps its own size
        self._image = w.Image(format="png", layout=w.Layout(margin="4px 0", align_self="flex-start",
                                                              object_fit="contain"))
        self._image.add_class("course-item")
        self._image.add_class(PIXELATED_CLASS)
        self._image_box = w.VBox([w.HTML(PIXELATED_STYLE), self._image])
        return self._image_box

    def _show_item(self, item: str) -> None:
        width, height = image_size(self.images[item])
        scale = self._display_px / width
        self._image.layout.width = f"{self._display_px}px"
        self._image.layout.height = f"{round(height * scale)}px"
        self._image.value = to_png(self.images[item], scale=scale, invert=self._invert)
