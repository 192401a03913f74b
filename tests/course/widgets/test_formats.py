"""Exports round-trip: what is written reads back as the same labels."""

import json

import pytest

from course.widgets.formats.coco import read_coco, write_coco
from course.widgets.formats.spans_jsonl import read_spans_jsonl, write_spans_jsonl
from course.widgets.formats.table import read_csv, read_json, write_csv, write_json
from course.widgets.formats.yolo import read_yolo, write_yolo
from course.widgets.state import ItemAnswer

BOXES = {"img1": [{"x": 10.0, "y": 20.0, "w": 30.0, "h": 40.0, "label": "car"},
                  {"x": 0.0, "y": 0.0, "w": 5.5, "h": 8.0, "label": "person"}],
         "img2": []}
SIZES = {"img1": (200, 100), "img2": (64, 64)}
CLASSES = ["car", "person"]


@pytest.mark.parametrize("kind, labels", [
    ("class", {"r1": "pos", "r2": "中性"}),
    ("multi", {"r1": ["pos", "neg"], "r2": []}),
    ("boxes", {"img1": BOXES["img1"]}),
    ("spans", {"t1": [{"start": 0, "end": 2, "label": "PER"}]}),
])
def test_json_and_csv_round_trip_and_leave_skipped_items_out(tmp_path, kind, labels):
    answers = {item: ItemAnswer(value=value, by="amy", ms=1500) for item, value in labels.items()}
    answers["skipped"] = ItemAnswer(skipped=True)
    assert read_json(write_json(answers, tmp_path / "a.json")) == labels
    expected = {k: v for k, v in labels.items() if v} if kind in ("boxes", "spans") else labels
    assert read_csv(write_csv(answers, kind, tmp_path / "a.csv"), kind) == expected


def test_csv_of_spans_shows_the_tagged_text(tmp_path):
    answers = {"t1": ItemAnswer(value=[{"start": 0, "end": 2, "label": "PER"}])}
    content = write_csv(answers, "spans", tmp_path / "s.csv", texts={"t1": "张三在北京"}).read_text(encoding="utf-8")
    assert "张三" in content


def test_coco_round_trip(tmp_path):
    path = write_coco(BOXES, SIZES, CLASSES, tmp_path / "coco.json")
    document = json.loads(path.read_text())
    assert document["categories"] == [{"id": 1, "name": "car"}, {"id": 2, "name": "person"}]
    assert document["annotations"][0]["bbox"] == [10.0, 20.0, 30.0, 40.0]
    assert document["annotations"][0]["area"] == 1200.0
    assert read_coco(path) == BOXES


def test_yolo_round_trip_within_rounding(tmp_path):
    folder = write_yolo(BOXES, SIZES, CLASSES, tmp_path / "yolo")
    assert (folder / "img1.txt").read_text().splitlines()[0] == "0 0.125000 0.400000 0.150000 0.400000"
    back = read_yolo(folder, SIZES)
    assert back["img2"] == []
    for got, want in zip(back["img1"], BOXES["img1"]):
        assert got["label"] == want["label"]
        assert all(abs(got[k] - want[k]) < 1e-3 for k in "xywh")


def test_span_jsonl_round_trip_with_chinese_character_offsets(tmp_path):
    texts = {"t1": "张三在北京工作。", "t2": "Alice moved to Paris."}
    spans = {"t1": [{"start": 3, "end": 5, "label": "LOC"}, {"start": 0, "end": 2, "label": "PER"}],
             "t2": [{"start": 0, "end": 5, "label": "PER"}]}
    path = write_spans_jsonl(spans, texts, tmp_path / "spans.jsonl")
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first["label"] == [[0, 2, "PER"], [3, 5, "LOC"]]
    assert first["text"][3:5] == "北京"
    back_spans, back_texts = read_spans_jsonl(path)
    assert back_texts == texts
    assert {k: sorted(v, key=lambda s: s["start"]) for k, v in back_spans.items()} == \
           {k: sorted(v, key=lambda s: s["start"]) for k, v in spans.items()}
