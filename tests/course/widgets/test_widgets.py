"""The widgets' Python side, driven as the browser would drive it (no browser, no kernel)."""

import json

import numpy as np
import pytest

from course.widgets import BoxAnnotator, ImageClassifier, ReviewQueue, SpanTagger, TextClassifier

pytestmark = pytest.mark.filterwarnings("error::DeprecationWarning")


def _answer_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_text_classifier_labels_by_click_and_key_and_shows_it(tmp_path):
    widget = TextClassifier("reviews", ["good", "bad", "so-so"], ["pos", "neg", "neu"], folder=tmp_path, lang="en")
    widget._class_buttons[1].click()  # as a click in the browser does
    widget.handle_key("3")
    assert widget.session.labels() == {"0": "neg", "1": "neu"}
    widget.handle_key("ArrowLeft")
    assert "✔ neu" in widget._status.value and widget._class_buttons[2].button_style == "info"
    assert "2 of 3 labeled" in widget._progress.value
    assert (tmp_path / "reviews.labels.jsonl").exists()


def test_a_rerun_cell_shows_the_labels_of_before(tmp_path):
    TextClassifier("reviews", {"a": "好评", "b": "差评"}, ["正面", "负面"], folder=tmp_path, lang="zh").handle_key("1")
    again = TextClassifier("reviews", {"a": "好评", "b": "差评"}, ["正面", "负面"], folder=tmp_path, lang="zh")
    assert again.session.labels() == {"a": "正面"}
    assert "已标注 1/2" in again._progress.value and "第 2 条" in again._position.value


def test_ai_suggestion_is_shown_and_accepted_with_enter(tmp_path):
    widget = TextClassifier("reviews", ["good"], ["pos", "neg"], prelabels={"0": "pos"}, folder=tmp_path, lang="en")
    assert "AI suggests: pos" in widget._suggestion.value
    widget.handle_key("Enter")
    assert widget.session.state.answers["0"].assist == "accepted"


def test_a_damaged_answer_file_is_reported_in_the_widget(tmp_path):
    (tmp_path / "reviews.labels.jsonl").write_bytes(b"\x00\x01 broken\n")
    widget = TextClassifier("reviews", ["good"], ["pos", "neg"], folder=tmp_path, lang="en")
    assert "could not be read" in widget._notice.value


def test_image_classifier_shows_8x8_digits_at_160_px_with_sharp_pixels(tmp_path):
    from PIL import Image
    import io

    digits = [np.arange(64, dtype=float).reshape(8, 8) / 4] * 2
    widget = ImageClassifier("digits", digits, [str(d) for d in range(10)], invert=True, folder=tmp_path)
    assert Image.open(io.BytesIO(widget._image.value)).size == (160, 160)
    # its stated size on the page, not the page's width; the browser keeps pixels square
    assert (widget._image.layout.width, widget._image.layout.height) == ("160px", "160px")
    assert widget._image.layout.align_self == "flex-start"
    assert "course-pixelated" in widget._image._dom_classes
    assert any("image-rendering: pixelated" in getattr(child, "value", "")
               for child in widget._image_box.children)


def _boxes_widget(tmp_path, **options):
    images = {"street": np.zeros((300, 400, 3), np.uint8), "field": np.zeros((50, 50), np.uint8)}
    return BoxAnnotator("boxes", images, ["car", "person"], folder=tmp_path, lang="en", **options)


def test_boxes_drawn_moved_reclassed_and_deleted(tmp_path):
    widget = _boxes_widget(tmp_path)
    assert widget.canvas.zoom == pytest.approx(480 / 400)
    widget.canvas._receive({"op": "boxes", "boxes": [{"x": 10, "y": 10, "w": 50, "h": 40, "label": "car"}],
                            "selected": 0}, widget._boxes_drawn, widget._box_selected)
    widget._boxes_drawn([{"x": 20, "y": 10, "w": 50, "h": 40, "label": "car"},
                         {"x": 100, "y": 100, "w": 30, "h": 60, "label": "car"}], 1)
    widget.handle_key("2")         # the selected (second) box becomes a person
    assert widget.session.labels()["street"][1]["label"] == "person"
    widget._box_selected(0)
    widget.handle_key("Delete")
    assert widget.session.labels() == {"street": [{"x": 100.0, "y": 100.0, "w": 30.0, "h": 60.0, "label": "person"}]}
    widget.handle_key("Backspace")  # undo the delete
    assert len(widget.session.labels()["street"]) == 2
    assert widget.canvas.boxes == widget.session.labels()["street"]


def test_boxes_the_browser_garbles_are_ignored(tmp_path):
    widget = _boxes_widget(tmp_path)
    widget._boxes_drawn([{"x": "left", "y": 0, "w": 1, "h": 1, "label": "car"}], 0)
    widget._boxes_drawn([{"x": 0, "y": 0, "w": 0, "h": 1, "label": "car"}], 0)
    assert widget.session.labels() == {}


def test_box_prelabels_are_accepted_and_boxes_resume(tmp_path):
    suggested = [{"x": 1.0, "y": 2.0, "w": 3.0, "h": 4.0, "label": "person"}]
    widget = _boxes_widget(tmp_path, prelabels={"street": suggested})
    widget.handle_key("Enter")
    widget.handle_key("ArrowRight")
    again = _boxes_widget(tmp_path)
    assert again.session.current_item == "field"
    again.handle_key("ArrowLeft")
    assert again.canvas.boxes == suggested and again.session.state.answers["street"].assist == "accepted"


def test_box_exports(tmp_path):
    widget = _boxes_widget(tmp_path)
    widget._boxes_drawn([{"x": 0, "y": 0, "w": 40, "h": 30, "label": "car"}], 0)
    coco = json.loads(widget.export_coco(tmp_path / "coco.json").read_text())
    assert coco["annotations"][0]["bbox"] == [0.0, 0.0, 40.0, 30.0] and len(coco["images"]) == 2
    assert (widget.export_yolo(tmp_path / "yolo") / "street.txt").read_text().startswith("0 0.050000 0.050000")


def test_span_tagger_tags_chinese_by_characters_and_replaces_overlaps(tmp_path):
    widget = SpanTagger("ner", {"t1": "张三在北京工作。"}, ["PER", "LOC"], folder=tmp_path, lang="zh")
    widget.surface._receive({"op": "select", "start": 0, "end": 2}, widget.select, widget.remove_span)
    widget.handle_key("1")
    widget.tag(3, 5, "LOC")
    assert widget.session.labels() == {"t1": [{"start": 0, "end": 2, "label": "PER"},
                                              {"start": 3, "end": 5, "label": "LOC"}]}
    assert "张三 (PER)" in widget._status.value and "北京 (LOC)" in widget._status.value
    widget.tag(2, 5, "LOC")  # overlaps 北京: replaces it
    widget.remove_span(0)
    assert widget.session.labels() == {"t1": [{"start": 2, "end": 5, "label": "LOC"}]}
    exported = (widget.export_spans_jsonl(tmp_path / "ner.jsonl")).read_text(encoding="utf-8")
    assert json.loads(exported)["label"] == [[2, 5, "LOC"]]


def test_a_selection_beyond_the_text_is_clipped(tmp_path):
    widget = SpanTagger("ner", ["Bob"], ["PER"], folder=tmp_path, lang="en")
    widget.select(1, 99)
    assert widget.surface.selection == [1, 3]


def test_review_queue_shows_given_labels_and_records_the_decision(tmp_path):
    flagged = {"r7": {"text": "Great, it broke in a day.", "labels": {"ann1": "pos", "ann2": "neg"},
                      "reason": "annotators disagree"}}
    widget = ReviewQueue("review", flagged, ["pos", "neg"], folder=tmp_path, lang="en")
    assert "ann1: pos" in widget._text.value and "annotators disagree" in widget._text.value
    widget.handle_key("2")
    assert _answer_lines(tmp_path / "review.labels.jsonl")[-1]["value"] == "neg"


def test_digit_widget_records_the_digit_whose_key_is_pressed_and_says_so(tmp_path):
    digits = [str(d) for d in range(10)]
    images = {f"d{i}": np.eye(8) for i in range(3)}
    widget = ImageClassifier("digits", images, digits, folder=tmp_path, lang="en")
    for key in "704":
        widget.handle_key(key)
    assert widget.session.labels() == {"d0": "7", "d1": "0", "d2": "4"}
    assert [b.description for b in widget._class_buttons] == digits  # the button is its key
    assert "7 labels “7”" in widget._keys.help


def test_other_classes_keep_position_keys_and_say_so(tmp_path):
    widget = TextClassifier("reviews", ["good"], ["pos", "neg"], folder=tmp_path, lang="zh")
    widget.handle_key("2")
    assert widget.session.labels() == {"0": "neg"}
    assert [b.description for b in widget._class_buttons] == ["1 pos", "2 neg"]
    assert "按位置" in widget._keys.help


def test_box_image_is_shown_at_its_stated_size_not_the_zoom_sliders_nearest_step(tmp_path):
    widget = BoxAnnotator("scenes", {"s1": np.zeros((120, 160), np.uint8)}, ["part"], display_px=480,
                          folder=tmp_path, lang="en")
    assert widget.canvas.zoom * 160 == 480
    # the browser's slider snaps to its steps (2^0.25): its value 1 means the stated size
    assert widget._zoom.value == 1
    widget._zoom.value = 2
    assert widget.canvas.zoom * 160 == 960  # the slider still zooms, relative to that size
