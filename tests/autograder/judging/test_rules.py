import numpy as np
import pandas as pd
import pytest

from autograder.judging.rules import Verdict, all_of, band, rule, same


def test_same_compares_exact_types_and_values():
    assert same(1, 1) and not same(1, 1.0) and not same(True, 1)
    assert same(0.1 + 0.2, 0.3, rel=1e-9) and not same(0.1 + 0.2, 0.3)
    assert same([1, (2.0, "a")], [1, (2.0, "a")]) and not same([1, (2, "a")], [1, [2, "a"]])
    assert same({"a": float("nan")}, {"a": float("nan")})
    assert same(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-12]), rel=1e-9)
    assert not same(np.array([1, 2]), np.array([1.0, 2.0]))
    frame = pd.DataFrame({"a": [1.0, 2.0]})
    assert same(frame, frame.copy()) and not same(frame, frame.astype("float32"))
    assert same(frame + 1e-12, frame, rel=1e-9)


def test_all_of_is_all_or_nothing_and_keeps_every_finding():
    verdict = all_of(rule(True, en="a", zh="甲"), rule(False, en="b", zh="乙"))
    assert verdict.fraction == 0 and [f.en for f in verdict.failures] == ["b"]
    assert all_of(rule(True, en="a", zh="甲")).fraction == 1


@pytest.mark.parametrize("value, fraction", [(0.95, 1.0), (0.90, 1.0), (0.87, 0.5), (0.5, 0.0)])
def test_band_gives_partial_credit_by_threshold(value, fraction):
    verdict = band(value, [(0.90, 1.0), (0.85, 0.5)], en="macro-F1 {value:.2f}", zh="宏 F1 {value:.2f}")
    assert verdict.fraction == fraction
    assert verdict.findings[0].en == f"macro-F1 {value:.2f}"


def test_a_verdict_outside_zero_to_one_is_an_authoring_error():
    with pytest.raises(ValueError):
        Verdict(1.5)
