"""Speech scoring against hand-computed values."""

import pytest

from autograder.scoring.speech import (character_error_rate, normalize_transcript, score_speech,
                                       segment_iou)


def seg(start, end, label="customer", text=""):
    return {"start": start, "end": end, "label": label, "text": text}


def test_normalising_drops_punctuation_case_and_spaces_beside_chinese():
    assert normalize_transcript("Hi,  I want  THE jacket!") == "hi i want the jacket"
    assert normalize_transcript("你好， 我的 耳机。") == "你好我的耳机"
    assert normalize_transcript("ＡＢＣ") == "abc"   # full-width letters fold


def test_chinese_cer_counts_characters():
    # reference 这个充电器坏了 (7 characters); one substitution (电→点) and one deletion (了)
    assert character_error_rate("这个充点器坏", "这个充电器坏了") == pytest.approx(2 / 7)
    assert character_error_rate("这个充电器，坏了。", "这个充电器坏了") == 0.0


def test_english_cer_counts_characters_including_spaces():
    # "the box" (7 characters) -> "a box": t→a, delete h, delete e = 3 edits
    assert character_error_rate("a box", "The box.") == pytest.approx(3 / 7)
    assert character_error_rate("", "") == 0.0
    assert character_error_rate("noise", "") == 1.0


def test_segment_iou():
    assert segment_iou(seg(0, 2), seg(1, 3)) == pytest.approx(1 / 3)
    assert segment_iou(seg(0, 1), seg(2, 3)) == 0.0
    assert segment_iou(seg(1.0, 2.0), seg(1.0, 2.0)) == 1.0


def test_score_speech_by_hand():
    gold = {
        "a": [seg(0.5, 2.5, "customer", "我要退货"), seg(3.0, 3.5, "noise")],
        "b": [seg(0.4, 2.4, "agent", "sure")],
    }
    labels = {
        # customer: IoU = 1.8 / 2.0 = 0.9, start off by 0.1 (hit), end off by 0.1 (hit); one char wrong
        # noise: IoU = 0.25 / 0.5 = 0.5 (matched at 0.5), start exact (hit), end off 0.25 (miss), wrong class
        "a": [seg(0.6, 2.4, "customer", "我要退款"), seg(3.0, 3.25, "agent", "")],
        # b: a segment that misses the gold one (IoU 0), so "sure" (4 characters) counts as missing
        "b": [seg(5.0, 6.0, "agent", "sure")],
    }
    scores = score_speech(labels, gold)
    assert (scores.matched, scores.predicted, scores.gold) == (2, 3, 3)
    assert scores.precision == pytest.approx(2 / 3) and scores.recall == pytest.approx(2 / 3)
    assert scores.mean_iou == pytest.approx((0.9 + 0.5) / 2)
    assert scores.boundary_accuracy == pytest.approx(3 / 6)
    assert scores.label_accuracy == pytest.approx(1 / 3)
    # 1 edit in 我要退货 + 0 for noise + 4 for the missed "sure", over 4 + 0 + 4 characters
    assert scores.cer == pytest.approx(5 / 8)


def test_an_unlabeled_clip_counts_as_all_wrong():
    gold = {"a": [seg(0, 1, "customer", "好的")]}
    scores = score_speech({}, gold)
    assert (scores.recall, scores.boundary_accuracy, scores.label_accuracy, scores.cer) == (0.0, 0.0, 0.0, 1.0)
    perfect = score_speech(gold, gold)
    assert (perfect.f1, perfect.boundary_accuracy, perfect.label_accuracy, perfect.cer) == (1.0, 1.0, 1.0, 0.0)


def test_each_gold_segment_is_matched_once():
    gold = {"a": [seg(0, 2)]}
    scores = score_speech({"a": [seg(0, 2), seg(0, 2)]}, gold)
    assert (scores.matched, scores.precision) == (1, 0.5)
