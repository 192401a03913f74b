"""The speech widget without a browser: segments, transcripts, keys, resume, bad input."""

import json
import wave

import numpy as np
import pytest

from autograder.scoring.answers import read_answer_file
from course.widgets import AudioSegmenter
from course.widgets.audio_segmenter import read_clip
from course.widgets.task import LabelTask

CLASSES = ["customer", "agent", "noise"]


def write_clip(path, seconds, rate=16000):
    t = np.arange(int(seconds * rate)) / rate
    samples = (0.5 * np.sin(2 * np.pi * 220 * t) * (t > seconds / 2) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(samples.tobytes())
    return path


@pytest.fixture
def clips(tmp_path):
    return {"a": write_clip(tmp_path / "a.wav", 4.0), "b": write_clip(tmp_path / "b.wav", 2.0)}


def make(clips, tmp_path, **options):
    return AudioSegmenter("calls", clips, CLASSES, folder=tmp_path, annotator="t1", **options)


def lines(tmp_path):
    return [json.loads(line) for line in (tmp_path / "calls.labels.jsonl").read_text(encoding="utf-8").splitlines()]


def test_waveform_shows_where_the_sound_is(clips):
    _, seconds, peaks = read_clip(clips["a"])
    assert seconds == 4.0 and len(peaks) == 800
    assert max(peaks[:390]) == 0 and min(peaks[410:]) > 0.9   # silent first half, tone after


def test_a_marked_stretch_with_a_transcript_and_a_class_is_saved_at_once(clips, tmp_path):
    widget = make(clips, tmp_path)
    widget.mark("start", 1.2344)
    widget.mark("end", 3.5)
    widget.transcript.value = "  我要退货 "
    widget.handle_key("1")
    segment = {"start": 1.234, "end": 3.5, "label": "customer", "text": "我要退货"}
    assert lines(tmp_path)[-1]["value"] == [segment]
    assert widget.wave.segments == [segment] and widget.wave.selection == [0.0, 0.0]


def test_a_new_segment_replaces_the_ones_it_overlaps_and_delete_removes(clips, tmp_path):
    widget = make(clips, tmp_path)
    widget.add_segment(0.0, 1.0, "noise")
    widget.add_segment(2.0, 3.0, "agent", "hello")
    widget.add_segment(2.5, 3.5, "customer", "hi")
    assert [s["label"] for s in widget.segments()] == ["noise", "customer"]
    widget.select(0.0, 1.5)
    widget.handle_key("Delete")
    assert [s["label"] for s in widget.segments()] == ["customer"]
    widget.handle_key("Backspace")      # undo the delete
    assert len(widget.segments()) == 2


def test_picking_a_segment_and_pressing_enter_corrects_its_transcript(clips, tmp_path):
    widget = make(clips, tmp_path)
    widget.add_segment(1.0, 2.0, "customer", "my oder")
    widget._receive({"op": "pick", "index": 0})
    assert widget.transcript.value == "my oder"
    widget.transcript.value = "my order"
    widget._receive({"op": "commit"})
    assert lines(tmp_path)[-1]["value"][0]["text"] == "my order"
    assert len(widget.segments()) == 1


def test_selection_stays_inside_the_clip_and_bad_messages_change_nothing(clips, tmp_path):
    widget = make(clips, tmp_path)
    widget._receive({"op": "select", "start": -3, "end": 99})
    assert widget.wave.selection == [0.0, 4.0]
    before = (tmp_path / "calls.labels.jsonl").read_bytes()
    widget._receive({"op": "select", "start": "x"})
    widget._receive({"op": "mark", "which": "start"})
    assert widget.wave.selection == [0.0, 4.0]   # the malformed messages left it as it was
    widget.handle_key("2")                       # saves 0–4 as agent: one line
    widget.select(3, 2)                          # a reversed selection is no selection
    widget.handle_key("1")                       # so this saves nothing
    assert len(lines(tmp_path)) == len(before.splitlines()) + 1


def test_resume_after_reload_shows_every_segment_on_its_clip(clips, tmp_path):
    widget = make(clips, tmp_path, lang="zh")
    widget.add_segment(0.5, 1.5, "customer", "你好")
    widget.handle_key("ArrowRight")
    widget.add_segment(0.2, 0.9, "agent", "好的")
    again = make(clips, tmp_path, lang="zh")
    assert again.session.current_item == "b" and again.wave.segments[0]["text"] == "好的"
    assert "1 个片段" in again._status.value and "空格" in again._keys.help
    sheet = read_answer_file(tmp_path / "calls.labels.jsonl", LabelTask("segments", tuple(CLASSES), ("a", "b")))
    assert sheet.labels["a"] == [{"start": 0.5, "end": 1.5, "label": "customer", "text": "你好"}]


def test_a_segment_without_its_fields_is_refused_on_replay(clips, tmp_path):
    (tmp_path / "calls.labels.jsonl").write_text(
        '{"seq":1,"action":"label","item":"a","value":[{"start":2,"end":1,"label":"agent","text":""}],"ms":0}\n'
        '{"seq":2,"action":"label","item":"a","value":[{"start":1,"end":2,"label":"boss","text":""}],"ms":0}\n'
        '{"seq":3,"action":"label","item":"a","value":[{"start":1,"end":2,"label":"agent"}],"ms":0}\n',
        encoding="utf-8")
    widget = make(clips, tmp_path)
    assert widget.segments() == [] and "3" in widget.session.notice


def test_csv_export_has_one_row_per_segment(clips, tmp_path):
    widget = make(clips, tmp_path)
    widget.add_segment(0.5, 1.5, "customer", "退货")
    widget.add_segment(2.0, 2.5, "noise")
    rows = widget.export_csv(tmp_path / "calls.csv").read_text(encoding="utf-8").splitlines()
    assert rows == ["item,start,end,label,text,annotator", "a,0.5,1.5,customer,退货,t1", "a,2.0,2.5,noise,,t1"]
