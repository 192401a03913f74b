"""Persistence: every action on disk at once, resume after a restart, and damaged files
repaired with a clear message, never a traceback and never a lost label."""

import json
import os

from course.widgets import answer_log


def _lines(path):
    return path.read_bytes().decode("utf-8").splitlines()


def test_each_action_is_one_complete_line_written_with_one_write_and_fsync(open_session, answer_file, monkeypatch):
    writes, syncs = [], []
    real_write = os.write
    monkeypatch.setattr(answer_log.os, "write", lambda fd, data: writes.append(data) or real_write(fd, data))
    monkeypatch.setattr(answer_log.os, "fsync", lambda fd: syncs.append(fd))
    session = open_session()
    before = len(writes)
    session.label("pos")
    assert len(writes) == before + 1 and len(syncs) == len(writes)
    assert writes[-1].endswith(b"\n") and json.loads(writes[-1])["value"] == "pos"


def test_the_file_grows_by_one_line_per_action(open_session, answer_file):
    session = open_session()
    start = len(_lines(answer_file))
    session.handle_key("1")          # label + move
    session.handle_key("Backspace")  # undo
    assert len(_lines(answer_file)) == start + 3


def test_reopening_resumes_labels_position_and_undo(open_session, answer_file):
    first = open_session(prelabels={"r2": "neu"})
    first.handle_key("1"), first.handle_key("Enter"), first.handle_key("s")
    first.close()  # the kernel restarts
    second = open_session(prelabels={"r2": "neu"})
    assert second.labels() == {"r1": "pos", "r2": "neu"}
    assert second.current_item == "r4" and second.progress()["skipped"] == 1
    assert second.state.answers["r2"].assist == "accepted"
    assert second.notice == ""
    second.undo()  # undo reaches back into the earlier session
    assert second.current_item == "r3" and second.progress()["skipped"] == 0


def test_a_torn_last_line_is_set_aside_and_every_whole_line_kept(open_session, answer_file):
    session = open_session()
    session.handle_key("1"), session.handle_key("2")
    session.close()
    original = answer_file.read_bytes() + b'{"seq": 9, "action": "lab'
    answer_file.write_bytes(original)
    resumed = open_session()
    assert resumed.labels() == {"r1": "pos", "r2": "neg"}
    assert "could not be read" in resumed.notice and "not valid JSON" in resumed.notice
    aside = [p for p in answer_file.parent.iterdir() if ".broken-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == original  # kept unchanged
    assert aside[0].name in resumed.notice
    resumed.handle_key("3")  # and labeling continues on a clean file
    assert open_session().labels() == {"r1": "pos", "r2": "neg", "r3": "neu"}


def test_binary_garbage_gets_a_chinese_message_in_a_chinese_lesson(open_session, answer_file):
    session = open_session()
    session.handle_key("2")
    session.close()
    with open(answer_file, "ab") as handle:
        handle.write(b"\xff\xfe\x00garbage\x89PNG\n")
    resumed = open_session(lang="zh")
    assert resumed.labels() == {"r1": "neg"}
    assert "无法读取" in resumed.notice and "不是文本" in resumed.notice


def test_hand_edited_lines_are_refused_with_their_line_numbers(open_session, answer_file):
    session = open_session()
    session.handle_key("1"), session.handle_key("1")
    session.close()
    lines = _lines(answer_file)
    edited = [*lines,
              json.dumps({"seq": 50, "action": "label", "item": "r3", "value": "maybe"}),       # unknown class
              json.dumps({"seq": 51, "action": "label", "item": "r99", "value": "pos"}),        # unknown item
              json.dumps({"seq": 52, "action": "undo", "item": "r1", "undoes": 1}),             # not the last
              json.dumps({"seq": 53, "action": "label", "item": "r3", "value": "neg"})]         # fine
    answer_file.write_text("\n".join(edited) + "\n", encoding="utf-8")
    resumed = open_session()
    assert resumed.labels() == {"r1": "pos", "r2": "pos", "r3": "neg"}
    n = len(lines)
    for number in (n + 1, n + 2, n + 3):
        assert f"line {number}:" in resumed.notice
    assert "3 line(s)" in resumed.notice


def test_a_file_that_is_not_an_answer_file_at_all_is_kept_and_labeling_starts_fresh(open_session, answer_file):
    answer_file.write_text("item,label\nr1,pos\n", encoding="utf-8")
    session = open_session()
    assert session.labels() == {}
    assert "2 line(s)" in session.notice
    assert any(p.read_text() == "item,label\nr1,pos\n" for p in answer_file.parent.glob("*.broken-*"))


def test_a_last_line_without_newline_is_never_glued_to_the_next_action(open_session, answer_file, tmp_path):
    session = open_session()
    session.handle_key("1")
    session.close()
    answer_file.write_bytes(answer_file.read_bytes().rstrip(b"\n"))  # an editor dropped the final newline
    resumed = open_session()
    assert resumed.notice == ""
    resumed.handle_key("2")
    assert open_session().labels() == {"r1": "pos", "r2": "neg"}


def test_an_answer_file_that_cannot_be_opened_gets_a_message_not_a_traceback(open_session, answer_file):
    answer_file.mkdir()  # a folder where the file should be (works even for root)
    session = open_session()
    session.handle_key("1")
    assert "cannot be saved" in session.notice


def test_a_failing_disk_gets_a_message_not_a_traceback(open_session, monkeypatch):
    session = open_session()

    def full_disk(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(answer_log.os, "write", full_disk)
    session.handle_key("1")
    assert "cannot be saved" in session.notice and "No space left" in session.notice


def test_a_widget_replaced_by_a_rerun_cell_stops_writing(open_session, answer_file):
    old = open_session()
    new = open_session()  # the cell ran again; the old widget lives on in the kernel
    old.handle_key("3")
    new.handle_key("1")
    assert old.retired and "no longer saves" in old.notice
    assert open_session().labels() == {"r1": "pos"}
    assert not list(answer_file.parent.glob("*.broken-*"))
