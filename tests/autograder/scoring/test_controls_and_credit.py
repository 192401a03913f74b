from autograder.scoring.controls import check_controls
from autograder.scoring.credit import partial_credit


def test_controls_catch_random_clicking():
    controls = {"c1": "pos", "c2": "neg", "c3": "pos", "c4": "neg"}
    careful = check_controls({"c1": "pos", "c2": "neg", "c3": "pos", "c4": "pos"}, controls, 0.75)
    random = check_controls({"c1": "neg", "c2": "neg", "c3": "neg"}, controls, 0.75)  # c4 unlabeled
    assert (careful.correct, careful.passed) == (3, True)
    assert (random.correct, random.accuracy, random.passed) == (1, 0.25, False)


def test_controls_take_a_comparison_for_boxes_or_spans():
    result = check_controls({"c": [1, 2]}, {"c": [2, 1]}, 1.0, is_correct=lambda a, k: sorted(a) == sorted(k))
    assert result.passed


def test_partial_credit_follows_the_thresholds():
    thresholds = [(0.9, 1.0), (0.75, 0.5)]
    assert partial_credit(0.95, thresholds, 4) == 4
    assert partial_credit(0.9, thresholds, 4) == 4
    assert partial_credit(0.8, thresholds, 4) == 2
    assert partial_credit(0.5, thresholds, 4) == 0
    assert partial_credit(0.99, thresholds, 4, controls_passed=False) == 0
