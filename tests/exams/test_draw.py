"""Drawing a candidate's theory paper: per-candidate, stratified by the level's weights, shuffled,
and scored against the key by the same draw."""

from collections import Counter

import pytest

from autograder.exams.bank import load_bank
from autograder.exams.theory import (TheoryFormat, judge_theory, key_answers, paper_and_key, score_responses,
                                     theory_format, unfillable)
from autograder.config import REPO
from autograder.syllabus.standard import load_standard
from course.exam import PaperFile, Section, draw_paper, share_out
from course.variant import seed_for

SMALL = TheoryFormat(90, (Section("tf", 6, 2), Section("single", 12, 5), Section("multiple", 3, 6)), "all-or-nothing")


@pytest.fixture(scope="module")
def level3():
    questions = load_bank(3)
    return paper_and_key("exam_l3_theory", questions, load_standard().level(3).theory_weights, SMALL)


def test_the_real_format_is_the_level_3_paper():
    form = theory_format(3, REPO / "exams" / "papers.yml")
    assert [(s.type, s.count, s.points) for s in form.sections] == [("tf", 40, 0.5), ("single", 140, 0.5),
                                                                    ("multiple", 10, 1.0)]
    assert form.minutes == 90 and sum(s.count * s.points for s in form.sections) == 100


def test_questions_are_shared_out_by_weight_within_what_each_function_has():
    assert share_out(10, {"a": 50, "b": 30, "c": 20}, {"a": 99, "b": 99, "c": 99}) == {"a": 5, "b": 3, "c": 2}
    assert share_out(10, {"a": 50, "b": 30, "c": 20}, {"a": 2, "b": 99, "c": 99}) == {"a": 2, "b": 5, "c": 3}
    assert share_out(5, {"a": 50}, {"a": 3, "z": 9}) == {"a": 3, "z": 2}  # unweighted only fill the gap
    assert sum(share_out(7, {"a": 1, "b": 1, "c": 1}, {"a": 9, "b": 9, "c": 9}).values()) == 7


def test_two_candidates_get_different_papers_and_each_the_same_one_again(level3):
    paper, _ = level3
    first, second = (draw_paper(paper, seed_for("exam_l3_theory", who)) for who in ("wang-fang", "li-wei"))
    assert [q.id for q in first] != [q.id for q in second]
    assert draw_paper(paper, seed_for("exam_l3_theory", "wang-fang")) == first
    assert [q.type for q in first] == ["tf"] * 6 + ["single"] * 12 + ["multiple"] * 3
    assert len({q.id for q in first}) == 21
    shuffled = [q for q in first if q.options and [o for o, _ in q.options] != sorted(o for o, _ in q.options)]
    assert shuffled, "option order is shuffled per candidate"


def test_the_draw_follows_the_theory_weights(level3):
    paper, _ = level3
    weights = paper.weights
    counts = Counter(record["function"] for q in draw_paper(paper, 1)
                     for record in paper.questions if record["id"] == q.id)
    pool = Counter(record["function"] for record in paper.questions)
    for function, weight in weights.items():
        if pool[function] >= 21:  # a function with enough questions gets about its share
            assert abs(counts[function] - 21 * weight / sum(w for f, w in weights.items() if pool[f])) <= 3


def test_the_public_paper_holds_no_key(level3):
    paper, key = level3
    for record in paper.questions:
        assert not {"answer", "explain", "correct"} & set(record)
        assert all(set(option) == {"id", "en", "zh"} for option in record.get("options", ()))
    assert key["key"] and all(item["correct"] for item in key["key"].values())


def test_scoring_redraws_the_candidates_paper(level3, tmp_path):
    import json

    _, key = level3
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    seed = seed_for("exam_l3_theory", "wang-fang")
    right = key_answers(key, seed)
    assert judge_theory({"answers": right}, tmp_path, seed).fraction == 1.0
    assert judge_theory({"answers": {}}, tmp_path, seed).fraction == 0.0
    other = key_answers(key, seed_for("exam_l3_theory", "li-wei"))
    assert judge_theory({"answers": other}, tmp_path, seed).fraction < 1.0  # a neighbour's key does not fit
    one_wrong = dict(right)
    multiple = next(q for q, v in right.items() if isinstance(v, list))
    one_wrong[multiple] = right[multiple][:-1] or ["Z"]
    responses = {r.question_id: r for r in score_responses(key, one_wrong, seed)}
    assert responses[multiple].points == 0 and not responses[multiple].correct  # all or nothing
    partial = {**key, "multiple_choice": "partial"}
    if len(right[multiple]) > 1:
        assert 0 < {r.question_id: r for r in score_responses(partial, one_wrong, seed)}[multiple].points < 6


def test_a_bank_too_small_for_the_format_is_refused(level3):
    paper, _ = level3
    big = PaperFile(paper.paper, 3, 90, (Section("multiple", 500, 1),), paper.weights, paper.questions)
    assert "the bank has" in unfillable(big)[0] and "needs 500" in unfillable(big)[0]
