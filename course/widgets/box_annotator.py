"""Bounding boxes on images: draw, move, resize, delete, a class per box, zoom.

Each change to an image's boxes is one `label` action holding the image's whole box list,
so undo takes back exactly the last change and resume shows the boxes as they were.
"""

import ipywidgets as w

from course.widgets.base import CLASS_COLORS, LabelingWidget
from course.widgets.box_canvas import BoxCanvas
from course.widgets.images import image_size, to_png
from course.widgets.keys import KeyAction
from course.messages import text
from course.widgets.state import RefusedAction
from course.widgets.text_classifier import _as_dict

BOX_KEYS = ("x", "y", "w", "h", "label")


class BoxAnnotator(LabelingWidget):
    """Draw boxes of `classes` on `images` (item id -> image, or a list).

    `display_px` is the width the image is first shown at (the zoom slider changes it);
    `prelabels` maps item id -> a list of `{"x", "y", "w", "h", "label"}` boxes in pixels.
    """

    def __init__(self, exercise: str, images, classes: list[str], *, display_px: int = 480, **options):
        self.images = _as_dict(images)
        self.sizes = {item: image_size(image) for item, image in self.images.items()}
        self._display_px = display_px
        self._current_class = classes[0]
        super().__init__(exercise, "boxes", list(self.images), classes, **options)

    # ---- view ------------------------------------------------------------------------------
    def _make_item_view(self) -> w.Widget:
        lang = self.session.lang
        self.canvas = BoxCanvas(self._boxes_drawn, self._box_selected,
                                classes=list(self.session.task.classes), colors=CLASS_COLORS)
        self._zoom = w.FloatLogSlider(value=1, base=2, min=-3, max=5, step=0.25,
                                      description=text("widgets.zoom", lang), readout_format=".2f")
        # the slider is relative (1 = the stated display size), so its steps never round the fit
        self._fit = 1.0
        w.dlink((self._zoom, "value"), (self.canvas, "zoom"), transform=lambda relative: relative * self._fit)
        delete = w.Button(description=text("widgets.delete_box", lang), layout=w.Layout(width="auto"))
        delete.on_click(lambda _b: self._on_action(KeyAction("delete")) or self.refresh())
        help_line = w.HTML(f'<span style="font-size:12px">{text("widgets.box_help", lang)}</span>')
        self._shown_item = None
        return w.VBox([self.canvas, w.HBox([self._zoom, delete]), help_line])

    def _show_item(self, item: str) -> None:
        if item != self._shown_item:  # a new image: encode it once, fit it to display_px
            width, height = self.sizes[item]
            self.canvas.show_image(to_png(self.images[item]), width, height)
            self._fit = self._display_px / width
            self._zoom.value = 1
            self.canvas.zoom = self._fit  # also when the slider was at 1 already
            self.canvas.selected = -1
            self._shown_item = item
        self.canvas.boxes = self._current_boxes()
        self.canvas.current_class = self._current_class

    def _chosen_classes(self, answer) -> set:
        return {self._current_class}

    def _describe_answer(self, value) -> str:
        return ", ".join(f"{b['label']} [{b['x']:.0f}, {b['y']:.0f}, {b['w']:.0f}×{b['h']:.0f}]" for b in value) or "—"

    # ---- editing ----------------------------------------------------------------------------
    def _current_boxes(self) -> list[dict]:
        answer = self.session.current_answer
        return [dict(b) for b in answer.value] if answer and not answer.skipped else []

    def _boxes_drawn(self, boxes: list, selected: int) -> None:
        try:
            cleaned = [_clean_box(b) for b in boxes]
            self.session.label(cleaned)
        except (RefusedAction, TypeError, ValueError, KeyError):
            pass  # the canvas sent something that is not a box: keep the last good list
        else:
            self.canvas.selected = selected if 0 <= selected < len(cleaned) else -1
        self.refresh()

    def _box_selected(self, index: int) -> None:
        self.canvas.selected = index
        boxes = self._current_boxes()
        if 0 <= index < len(boxes):
            self._current_class = boxes[index]["label"]
        self.refresh()

    def _on_action(self, action: KeyAction) -> None:
        boxes, selected = self._current_boxes(), self.canvas.selected
        has_selection = 0 <= selected < len(boxes)
        if action.name == "choose":
            self._current_class = self.session.task.classes[action.class_index]
            if has_selection:
                boxes[selected]["label"] = self._current_class
                self.session.label(boxes)
        elif action.name == "delete":
            if has_selection:
                del boxes[selected]
                self.canvas.selected = -1
                self.session.label(boxes)
        elif action.name == "accept":
            self.session.accept(advance=False)
        else:
            self.canvas.selected = -1
            self.session.perform(action)

    # ---- export -----------------------------------------------------------------------------
    def export_coco(self, path):
        from course.widgets.formats.coco import write_coco
        return write_coco(self.session.labels(), self.sizes, list(self.session.task.classes), path)

    def export_yolo(self, folder):
        from course.widgets.formats.yolo import write_yolo
        return write_yolo(self.session.labels(), self.sizes, list(self.session.task.classes), folder)


def _clean_box(box: dict) -> dict:
    """A box from the browser with only its five fields, numbers rounded to 0.1 px."""
    return {k: round(float(box[k]), 1) if k != "label" else box[k] for k in BOX_KEYS if k in box}
