import pytest

from autograder.scoring.spans import score_spans


def span(start, end, label):
    return {"start": start, "end": end, "label": label}


def test_exact_span_matching_with_chinese_offsets():
    # 张三在北京工作: gold 张三 PER (0,2), 北京 LOC (3,5)
    gold = {"t1": [span(0, 2, "PER"), span(3, 5, "LOC")], "t2": [span(0, 5, "PER")]}
    labels = {"t1": [span(0, 2, "PER"), span(3, 5, "PER"), span(5, 7, "LOC")], "t2": [span(0, 4, "PER")]}
    # matched 1 (张三); predicted 4; gold 3 → P 1/4, R 1/3, F1 = 2·(1/12)/(7/12) = 2/7
    scores = score_spans(labels, gold)
    assert (scores.matched, scores.predicted, scores.gold) == (1, 4, 3)
    assert scores.precision == pytest.approx(0.25)
    assert scores.recall == pytest.approx(1 / 3)
    assert scores.f1 == pytest.approx(2 / 7)


def test_nothing_tagged_scores_zero():
    assert score_spans({}, {"t": [span(0, 1, "X")]}).f1 == 0.0
