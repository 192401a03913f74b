"""The simulated exam cohort the demo certifies: a realistic spread of skill, scores that follow
skill whatever the items weigh, and late and double hand-ins drawn from the seed."""

from autograder.exams.simulate import LATE, TWICE, _timings
from autograder.simulate import _first_worth, _profile


def test_skills_fall_from_the_key_to_a_blank_paper_with_most_of_the_cohort_able_to_pass():
    cohort = [_profile(index, 12, misbehaving=False) for index in range(12)]
    skills = [skill for _, skill in cohort]
    assert cohort[0] == ("perfect", 1.0) and cohort[-1] == ("blank", 0.0)
    assert skills == sorted(skills, reverse=True)
    assert 6 <= sum(skill >= 0.6 for skill in skills) <= 10  # not the old 1.0, 0.9 … 0.0 line


def test_right_answers_are_worth_about_the_skill_of_the_points():
    order, points = ["a", "b", "c", "d", "e"], [15, 5, 5, 15, 10]  # 50 points
    assert _first_worth(order, points, 0.5) == ["a", "b", "c"]  # 25 of 50
    assert _first_worth(order, points, 0.8) == ["a", "b", "c", "d"]  # 40 of 50
    assert _first_worth(order, points, 1.0) == order and _first_worth(order, points, 0.0) == []


def test_late_and_double_hand_ins_are_drawn_from_the_seed():
    assert _timings(12, 7) == _timings(12, 7)
    drawn = [_timings(12, seed) for seed in range(10)]
    assert all(sorted(d.values()) == sorted([LATE, TWICE]) for d in drawn)
    chosen = {index for d in drawn for index in d}
    assert len(chosen) > 4 and not chosen & {0, 11}  # varied, never the key's or the blank paper's
    assert _timings(2, 7) == {}  # no one between the best and the blank candidate
