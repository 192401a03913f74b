"""Item statistics against values worked by hand on the fixture (see conftest.py)."""

import math

import numpy as np
import pandas as pd
import pytest

from autograder.report.analysis import item_analysis
from autograder.report.data import load_cohort
from scipy import stats

from autograder.report.data import Points
from autograder.report.items import distractors, item_statistics

from tests.autograder.report.cohort import LESSON, LESSON_POINTS, THEORY


@pytest.fixture
def analysed(cohort_course):
    items, reliabilities, options = item_analysis(load_cohort(cohort_course))
    return items.set_index(["assignment", "item"]), reliabilities.set_index("assignment"), options


def test_difficulty_is_the_mean_share_of_points(analysed):
    items, _, _ = analysed
    # a: (2+2+1+0+0)/5 of 2 points; b: 3 of 5; c: 2 of 5; q1 3 of 5 right
    assert items.loc[(LESSON, "a"), "difficulty"] == pytest.approx(0.5)
    assert items.loc[(LESSON, "b"), "difficulty"] == pytest.approx(0.6)
    assert items.loc[(LESSON, "c"), "difficulty"] == pytest.approx(0.4)
    assert items.loc[("exam_l5_theory", "q1"), "difficulty"] == pytest.approx(0.6)


def test_discrimination_is_the_corrected_item_total_correlation(analysed):
    items, _, _ = analysed
    # b against a+c = [2,2,2,1,0]: Σdb·dr = 0.8, Σdb² = 1.2, Σdr² = 3.2 → 0.8/√3.84
    assert items.loc[(LESSON, "b"), "discrimination"] == pytest.approx(0.8 / math.sqrt(3.84))
    # c against a+b = [3,3,1,1,0]: -1.2/√(1.2·7.2)
    assert items.loc[(LESSON, "c"), "discrimination"] == pytest.approx(-1.2 / math.sqrt(1.2 * 7.2))
    # a against b+c = [1,1,1,2,0]: the cross products cancel
    assert items.loc[(LESSON, "a"), "discrimination"] == pytest.approx(0.0, abs=1e-12)
    # q1 (theory, from the responses) against q2+q3 = [2,1,1,1,0]: 1/√(1.2·2)
    assert items.loc[("exam_l5_theory", "q1"), "discrimination"] == pytest.approx(1 / math.sqrt(2.4))


def test_only_negative_discrimination_is_flagged_for_review(analysed):
    items, _, _ = analysed
    assert items.loc[items["review"]].index.tolist() == [(LESSON, "c")]


def test_cronbach_alpha_and_kr20(analysed):
    _, reliabilities, _ = analysed
    # lesson: item variances 1.0 + 0.3 + 0.3, total variance 1.5 → 3/2·(1 - 1.6/1.5)
    assert tuple(reliabilities.loc[LESSON, ["coefficient", "value"]]) == ("alpha", pytest.approx(-0.1))
    # theory: Σpq = 0.72, population variance of totals 1.04 → 3/2·(1 - 0.72/1.04)
    assert reliabilities.loc["exam_l5_theory", "coefficient"] == "KR-20"
    assert reliabilities.loc["exam_l5_theory", "value"] == pytest.approx(1.5 * (1 - 0.72 / 1.04))


def test_distractor_shares_overall_and_in_the_top_and_bottom_groups(analysed):
    _, _, options = analysed
    q2 = options[options["question_id"] == "q2"].set_index("option")
    # top 27% of 5 = t1 (3 points), bottom = t5 (0 points)
    assert q2.loc["b", ["key", "chosen", "upper", "lower"]].tolist() == [True, pytest.approx(0.6), 1.0, 0.0]
    assert q2.loc["a", ["key", "chosen", "upper", "lower"]].tolist() == [False, pytest.approx(0.2), 0.0, 1.0]
    q3 = options[options["question_id"] == "q3"].set_index("option")
    assert set(q3.index[q3["key"]]) == {"a", "c"}
    assert q3.loc["d", "chosen"] == pytest.approx(0.4)


def test_a_wrong_option_the_top_group_prefers_is_flagged():
    choices = pd.DataFrame({"paper": "p", "question_id": "q", "chosen": ['["x"]', '["k"]', '["k"]', '["z"]'],
                            "correct": [False, True, True, False], "band": ["upper", "lower", "middle", "middle"],
                            "n": [3, 3, 33, 1]})
    table = distractors(choices).set_index("option")
    assert table.loc["x", ["key", "chosen", "upper", "lower", "flag"]].tolist() == [
        False, 0.075, 1.0, 0.0, "upper group prefers it"]
    assert table.loc["k", "flag"] == "" and table.loc["z", "flag"] == "rarely chosen"


def test_the_sums_give_what_scipy_gives_on_the_raw_table(cohort_course):
    """The database's sums against scipy.stats on the fixture's trainees × items table."""
    items = item_analysis(load_cohort(cohort_course))[0].set_index(["assignment", "item"])
    table = pd.DataFrame(LESSON_POINTS, index=["a", "b", "c"]).T
    for item in "bc":  # all or nothing: point-biserial
        rest = table.drop(columns=item).sum(axis=1)
        expected = stats.pointbiserialr(table[item].astype(bool), rest).statistic
        assert items.loc[(LESSON, item), "discrimination"] == pytest.approx(expected)
    theory = pd.DataFrame(THEORY, index=["q1", "q2", "q3"]).T
    for question in ("q1", "q3"):
        expected = stats.pearsonr(theory[question], theory.drop(columns=question).sum(axis=1)).statistic
        assert items.loc[("exam_l5_theory", question), "discrimination"] == pytest.approx(expected)


def test_an_item_everyone_scores_alike_has_no_discrimination():
    points = Points(np.array(["s1", "s2", "s3"], dtype=object), ["same", "other"],
                    np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 1.0]]), np.array([1.0, 1.0]))
    table = item_statistics(points).set_index("item")
    assert math.isnan(table.loc["same", "discrimination"]) and not table.loc["same", "review"]
    assert table.loc["same", "difficulty"] == 1.0


def test_an_item_awaiting_its_hand_grade_is_left_out():
    points = Points(np.array(["s1", "s2", "s3"], dtype=object), ["written", "code"],
                    np.array([[np.nan, 0.0], [np.nan, 1.0], [np.nan, 1.0]]), np.array([2.0, 1.0]))
    assert item_statistics(points)["item"].tolist() == ["code"]
