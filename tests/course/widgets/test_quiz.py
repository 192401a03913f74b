"""The quiz widget's Python side, clicked as the browser would click it (no browser, no kernel)."""

import json

import pytest

from course.widgets.quiz import Question, Quiz, answer_file_for, load_quiz_answers

pytestmark = pytest.mark.filterwarnings("error::DeprecationWarning")

QUESTIONS = [
    Question("gap", "Training accuracy 0.99, validation 0.80: what is it?", "训练集准确率 0.99，验证集 0.80：这是什么情况？",
             {"a": {"en": "underfitting", "zh": "欠拟合"}, "b": {"en": "overfitting", "zh": "过拟合"}}),
    Question("fixes", "Which changes reduce overfitting?", "哪些做法能减轻过拟合？",
             {"a": {"en": "more data", "zh": "更多数据"}, "b": {"en": "stronger regularisation", "zh": "更强的正则化"},
              "c": {"en": "a bigger model", "zh": "更大的模型"}}, multiple=True),
]


def _quiz(folder, **options):
    options.setdefault("lang", "en")
    return Quiz("tuning_quiz", QUESTIONS, folder=folder, **options)


def _saved(folder):
    return json.loads(answer_file_for("tuning_quiz", folder).read_text(encoding="utf-8"))


def test_every_click_is_saved_at_once(tmp_path):
    quiz = _quiz(tmp_path)
    quiz.controls["gap"].value = "b"  # a click on a radio button
    assert _saved(tmp_path) == {"quiz": "tuning_quiz", "answers": {"gap": "b"}}
    quiz.controls["fixes"].children[1].value = True  # ticking two checkboxes
    quiz.controls["fixes"].children[0].value = True
    assert _saved(tmp_path)["answers"] == {"gap": "b", "fixes": ["a", "b"]}  # in option order
    quiz.controls["fixes"].children[0].value = False
    assert _saved(tmp_path)["answers"]["fixes"] == ["b"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tuning_quiz.quiz.json"]  # no temporary file left
    assert "2 of 2 questions answered" in quiz._status.value


def test_reopening_shows_the_saved_answers(tmp_path):
    _quiz(tmp_path).answer("fixes", ["b", "a"])
    again = _quiz(tmp_path, lang="zh")
    assert again.answers == {"fixes": ["a", "b"]}
    assert [box.value for box in again.controls["fixes"].children] == [True, True, False]
    assert again.controls["gap"].value is None
    assert "已回答 1/2 题" in again._status.value


def test_answers_are_read_back_as_a_plain_dict_for_submission(tmp_path):
    quiz = _quiz(tmp_path)
    quiz.answer("gap", "a")
    quiz.answer("fixes", {"b"})
    assert load_quiz_answers("tuning_quiz", tmp_path) == {"gap": "a", "fixes": ["b"]}
    assert load_quiz_answers("another_quiz", tmp_path) == {}


def test_clearing_an_answer_and_refusing_one_that_is_not_an_option(tmp_path):
    quiz = _quiz(tmp_path)
    quiz.answer("gap", "a")
    quiz.answer("gap", None)
    assert quiz.answers == {} and _saved(tmp_path)["answers"] == {}
    with pytest.raises(ValueError, match="not an answer"):
        quiz.answer("gap", "z")
    with pytest.raises(ValueError, match="not an answer"):
        quiz.answer("gap", ["a"])  # a single choice takes one option
    with pytest.raises(ValueError, match="no question"):
        quiz.answer("nope", "a")


def test_the_widget_holds_no_correct_answers(tmp_path):
    quiz = _quiz(tmp_path)
    for question in quiz.questions.values():
        assert not hasattr(question, "correct") and not hasattr(question, "answer")


def test_labels_follow_the_lesson_language(tmp_path):
    (tmp_path / "lesson.json").write_text('{"lesson": "l3", "lang": "zh", "items": {}}', encoding="utf-8")
    quiz = Quiz("tuning_quiz", QUESTIONS, folder=tmp_path)
    assert quiz.lang == "zh"
    assert ("过拟合", "b") in quiz.controls["gap"].options
    assert "（多选" in quiz.children[2].children[0].value


@pytest.mark.parametrize("content, en, zh", [
    (b"{broken", "not valid JSON", "不是有效的 JSON"),
    (b"\xff\xfe\x00", "not valid JSON", "不是有效的 JSON"),
    (b'{"quiz": "some_other_quiz", "answers": {"gap": "a"}}', "not an answer file of this quiz", "不是本测验的答案文件"),
    (b'["gap", "a"]', "not an answer file of this quiz", "不是本测验的答案文件"),
])
def test_an_unreadable_answer_file_is_set_aside_with_a_clear_message(tmp_path, content, en, zh):
    for lang, reason in (("en", en), ("zh", zh)):
        answer_file_for("tuning_quiz", tmp_path).write_bytes(content)
        quiz = _quiz(tmp_path, lang=lang)  # no traceback
        assert quiz.answers == {} and reason in quiz.notice and reason in quiz._notice.value
    aside = sorted(p for p in tmp_path.iterdir() if ".broken-" in p.name)
    assert len(aside) == 2 and all(p.read_bytes() == content for p in aside)  # kept, not discarded
    assert not answer_file_for("tuning_quiz", tmp_path).exists()
    assert load_quiz_answers("tuning_quiz", tmp_path) == {}


def test_readable_answers_are_kept_when_others_are_bad(tmp_path):
    bad = {"quiz": "tuning_quiz", "answers": {"gap": "b", "fixes": ["a", "z"], "extra": "a"}}
    answer_file_for("tuning_quiz", tmp_path).write_text(json.dumps(bad), encoding="utf-8")
    quiz = _quiz(tmp_path)
    assert quiz.answers == {"gap": "b"}
    assert "fixes, extra" in quiz.notice and "1 answer(s)" in quiz.notice
    assert _saved(tmp_path)["answers"] == {"gap": "b"}  # what could be read is saved again
    aside = [p for p in tmp_path.iterdir() if ".broken-" in p.name]
    assert len(aside) == 1 and json.loads(aside[0].read_text(encoding="utf-8")) == bad


def test_load_quiz_answers_never_raises_on_a_damaged_file(tmp_path):
    path = answer_file_for("tuning_quiz", tmp_path)
    path.write_text('{"quiz": "tuning_quiz", "answers": {"gap": "b", "fixes": [1, 2], "x": {"y": 1}}}', encoding="utf-8")
    assert load_quiz_answers("tuning_quiz", tmp_path) == {"gap": "b"}
    path.write_text("[]", encoding="utf-8")
    assert load_quiz_answers("tuning_quiz", tmp_path) == {}
