"""The exam paper widget's Python side: true/false answers, one page per part, the start
time kept across reopening, and a countdown that ends at the close when that comes first."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from course.exam import PaperFile, Section, draw_paper
from course.widgets.exam_paper import ExamPaper

pytestmark = pytest.mark.filterwarnings("error::DeprecationWarning")

QUESTIONS = [
    {"id": "Q-TF-1", "type": "tf", "function": "ethics", "stem": {"en": "Anonymised data may be shared freely.", "zh": "匿名化数据可以随意共享。"}},
    {"id": "Q-TF-2", "type": "tf", "function": "ethics", "stem": {"en": "Gold labels are checked by experts.", "zh": "金标准由专家核对。"}},
    {"id": "Q-S-1", "type": "single", "function": "fundamentals", "stem": {"en": "Median of 1, 2, 9?", "zh": "1、2、9 的中位数？"},
     "options": [{"id": "A", "en": "2", "zh": "2"}, {"id": "B", "en": "4", "zh": "4"}]},
    {"id": "Q-M-1", "type": "multiple", "function": "fundamentals", "stem": {"en": "Which are metrics?", "zh": "哪些是指标？"},
     "options": [{"id": "A", "en": "recall", "zh": "召回率"}, {"id": "B", "en": "kappa", "zh": "kappa"},
                 {"id": "C", "en": "pandas", "zh": "pandas"}]},
]


def _paper(closes_at=None):
    return PaperFile("exam_l5_theory", 5, 90, (Section("tf", 2, 1), Section("single", 1, 1), Section("multiple", 1, 2)),
                     {"ethics": 50, "fundamentals": 50}, tuple(QUESTIONS), None, closes_at)


def _saved(folder):
    return json.loads((folder / "exam_l5_theory.quiz.json").read_text(encoding="utf-8"))


def test_answers_pages_and_the_start_time(tmp_path):
    paper = _paper()
    exam = ExamPaper(paper, draw_paper(paper, 3), folder=tmp_path, lang="zh")
    started = _saved(tmp_path)["started_at"]
    assert len(exam.pages.children) == 3 and exam.pages.selected_index == 0
    exam.controls["Q-TF-1"].value = "false"  # a click on 错误
    exam.answer("Q-M-1", ["B", "A"])
    assert _saved(tmp_path)["answers"] == {"Q-TF-1": "false", "Q-M-1": ["A", "B"]}
    assert [label for label, _ in exam.controls["Q-TF-1"].options] == ["正确", "错误"]
    again = ExamPaper(paper, draw_paper(paper, 3), folder=tmp_path, lang="en")
    assert _saved(tmp_path)["started_at"] == started and again.answers["Q-TF-1"] == "false"
    ends = datetime.fromisoformat(again.countdown.ends_at)
    assert ends == datetime.fromisoformat(started) + timedelta(minutes=90)


def test_the_countdown_ends_at_the_close_when_it_comes_first(tmp_path):
    closes = (datetime.now(timezone.utc) + timedelta(minutes=20)).isoformat(timespec="seconds")
    paper = _paper(closes)
    exam = ExamPaper(paper, draw_paper(paper, 3), folder=tmp_path, lang="en")
    assert datetime.fromisoformat(exam.countdown.ends_at) == datetime.fromisoformat(closes)
