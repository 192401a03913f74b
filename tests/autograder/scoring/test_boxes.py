"""IoU-matched box precision and recall against hand-computed values."""

import pytest

from autograder.scoring.boxes import iou_matrix, match_boxes, score_boxes


def box(x, y, w, h, label="car"):
    return {"x": x, "y": y, "w": w, "h": h, "label": label}


def test_iou_of_hand_computed_pairs():
    ious = iou_matrix([box(0, 0, 10, 10)], [box(0, 0, 10, 10), box(5, 0, 10, 10), box(20, 20, 5, 5)])
    # half overlap: 50 / (100 + 100 - 50) = 1/3
    assert ious.tolist()[0] == pytest.approx([1.0, 1 / 3, 0.0])


def test_matching_is_one_to_one_and_needs_the_class():
    gold = [box(0, 0, 10, 10), box(100, 100, 10, 10, "person")]
    predicted = [box(1, 0, 10, 10), box(0, 1, 10, 10), box(100, 100, 10, 10, "car")]
    matches = match_boxes(predicted, gold, 0.5)
    assert len(matches) == 1 and matches[0][1] == 0


def test_scores_over_images():
    gold = {"i1": [box(0, 0, 10, 10), box(50, 50, 10, 10)], "i2": [box(0, 0, 4, 4)], "i3": []}
    labels = {"i1": [box(0, 0, 10, 10), box(200, 200, 5, 5)], "i3": [box(1, 1, 1, 1)]}
    # matched 1; predicted 3; gold 3 → precision 1/3, recall 1/3
    scores = score_boxes(labels, gold, iou_threshold=0.5)
    assert (scores.matched, scores.predicted, scores.gold) == (1, 3, 3)
    assert scores.precision == pytest.approx(1 / 3) and scores.recall == pytest.approx(1 / 3)
    assert scores.f1 == pytest.approx(1 / 3) and scores.mean_iou == pytest.approx(1.0)


def test_the_threshold_decides_a_loose_box():
    gold = {"i": [box(0, 0, 10, 10)]}
    loose = {"i": [box(5, 0, 10, 10)]}   # IoU 1/3
    assert score_boxes(loose, gold, 0.3).recall == 1.0
    assert score_boxes(loose, gold, 0.5).recall == 0.0


def test_no_boxes_where_none_belong_is_perfect():
    assert score_boxes({"i": []}, {"i": []}).f1 == 1.0
