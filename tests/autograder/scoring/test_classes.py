"""Class metrics against hand-computed values."""

import pytest

from autograder.scoring.classes import score_classes, score_multilabel


def test_a_perfect_sheet():
    gold = {"a": "pos", "b": "neg", "c": "pos"}
    scores = score_classes(dict(gold), gold)
    assert (scores.accuracy, scores.macro_f1, scores.kappa, scores.labeled) == (1.0, 1.0, 1.0, 3)


def test_hand_computed_accuracy_macro_f1_and_kappa():
    # gold  pos pos neg neg ; trainee pos neg neg neg
    # accuracy 3/4; F1(pos) = 2·1·0.5/1.5 = 2/3, F1(neg) = 2·(2/3)·1/(5/3) = 0.8 → macro 0.7333
    # p_o = 0.75, p_e = 0.5·0.25 + 0.5·0.75 = 0.5 → kappa = 0.25/0.5 = 0.5
    gold = {"a": "pos", "b": "pos", "c": "neg", "d": "neg"}
    scores = score_classes({"a": "pos", "b": "neg", "c": "neg", "d": "neg"}, gold)
    assert scores.accuracy == pytest.approx(0.75)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    assert scores.kappa == pytest.approx(0.5)


def test_unlabeled_items_count_as_wrong_and_extra_items_are_ignored():
    # gold x x y; trainee x y (none); p_o = 1/3 and p_e = 2/3·1/3 + 1/3·1/3 = 1/3 → kappa 0
    scores = score_classes({"a": "x", "b": "y", "zz": "x"}, {"a": "x", "b": "x", "c": "y"})
    assert scores.accuracy == pytest.approx(1 / 3)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0) / 2)
    assert scores.kappa == pytest.approx(0.0)
    assert (scores.labeled, scores.total) == (2, 3)


def test_one_class_everywhere_gives_kappa_one_not_nan():
    assert score_classes({"a": "x"}, {"a": "x"}).kappa == 1.0


def test_multilabel_exact_set_accuracy_and_macro_f1():
    # class a: tp 1 (item1), fn 0, fp 1 (item2) → F1 2/3; class b: tp 1, fn 1 → F1 2/3; class c: none → 0
    gold = {"1": ["a", "b"], "2": ["b"]}
    scores = score_multilabel({"1": ["a", "b"], "2": ["a"]}, gold, ["a", "b", "c"])
    assert scores.accuracy == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert scores.kappa is None
