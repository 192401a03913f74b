"""`course report` on the fixture cohort: what an instructor reads in the page and the workbook."""

import re
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

from autograder.cli import main
from autograder.config import CourseConfig
from autograder.report import tags
from autograder.report.cohort_report import write_report

from tests.autograder.report.cohort import LESSON, add_certifications, add_lesson_only_trainee


@pytest.fixture(scope="module")
def files(_built_course, tmp_path_factory):
    """The report of the whole fixture cohort, written once for the tests that only read it."""
    root = tmp_path_factory.mktemp("report")
    shutil.copytree(_built_course, root, dirs_exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tags, "BANKS", root / "banks")
        return write_report(CourseConfig(course_dir=root / "course", lessons_dir=root / "lessons"))


def _sheet(path, name):
    return pd.read_excel(path, sheet_name=name)


def test_the_page_is_self_contained_with_every_section(files):
    page = files.html.read_text(encoding="utf-8")
    for heading in ("Score distributions per lesson and paper · 各课程与试卷的成绩分布", "Pass rates per level · 各级别通过率",
                    "Mastery per work content · 各工作内容的掌握程度", "Item analysis · 题目分析",
                    "Distractor analysis of choice questions · 选择题干扰项分析", "Hint use per item · 各题提示使用情况",
                    "Grading statuses · 评分状态", "Tamper flags · 篡改标记", "Similar answer pairs · 相似答案对",
                    "Trainees at risk · 需要关注的学员"):
        assert heading in page
    sources = re.findall(r'<img src="([^"]+)"', page)
    assert len(sources) == 6 and all(s.startswith("data:image/png;base64,") for s in sources)
    assert not re.search(r'(src|href)="(https?:|//)', page) and "<script" not in page


def test_pass_rates_come_from_the_papers_without_decisions(files):
    rates = _sheet(files.xlsx, "Pass rates 通过率")
    # t1 (100, 90) and t2 (66.7, 70) pass both papers; t3, t4, t5 fail one
    assert rates.loc[0, ["level", "candidates", "passed"]].tolist() == [5, 5, 2]
    assert rates.loc[0, "source"].startswith("papers")


def test_pass_rates_come_from_certification_decisions_when_there_are_some(cohort_course):
    add_certifications(cohort_course, {"t1": "certified", "t2": "certified", "t3": "not-certified"})
    rates = _sheet(write_report(cohort_course).xlsx, "Pass rates 通过率")
    assert rates.loc[0, ["candidates", "passed", "source"]].tolist() == [3, 2, "certifications"]


def test_mastery_per_work_content_counts_lesson_items_and_theory_questions(files):
    mastery = _sheet(files.xlsx, "Mastery 掌握程度").set_index("trainee")
    # t3: L5.1.1 = a 1/2 + b 0/1; L5.1.2 = b 0/1 + q2 0/1 + q3 1/1; ethics = q1 1/1; untagged = c 1/1 + practical
    assert mastery.loc["t3", "L5.1.1"] == pytest.approx(1 / 3)
    assert mastery.loc["t3", "L5.1.2"] == pytest.approx(1 / 3)
    assert mastery.loc["t3", "ethics"] == 1.0
    assert mastery.loc["t3", "untagged"] == pytest.approx((1 + 50) / (1 + 100))


def _risk(path) -> pd.Series:
    return _sheet(path, "At risk 需关注").set_index("trainee")["reasons · 原因"]


def test_trainees_at_risk_name_their_reasons(files):
    risk = _risk(files.xlsx)
    assert "t1" not in risk.index
    assert "lessons 0% < 60" in risk["t5"] and "not fully graded: l5_demo" in risk["t5"]
    assert "hints on 60% of items" in risk["t4"] and "tamper flags: l5_demo" in risk["t4"]
    assert "exam_l5_theory 33 < 60" in risk["t4"] and "exam_l5_practical 50 < 60" in risk["t3"]
    assert "t2" not in risk.index  # a pair of similar answers is listed in its own section, not here


def test_pass_marks_come_from_the_certification_rules(cohort_course):
    rules = cohort_course.certification_file.read_text(encoding="utf-8")
    yml = cohort_course.course_dir.parent / "certification.yml"
    yml.write_text(rules.replace("  5: {}", "  5: {practical: 75}").replace("lesson: 60", "lesson: 80"), encoding="utf-8")
    risk = _risk(write_report(cohort_course.with_(certification_file=yml)).xlsx)
    assert "exam_l5_practical 70 < 75" in risk["t2"]  # 70 passes at the default 60
    assert "lessons 75% < 80" in risk["t2"] and "t1" in risk.index


def test_at_risk_counts_only_work_handed_in_and_marked(cohort_course):
    add_certifications(cohort_course, {"t1": "certified", "t3": "not-certified"})
    add_lesson_only_trainee(cohort_course, "t6", {"a": 2, "b": 1, "c": 0})  # 75%, entered for no paper
    add_lesson_only_trainee(cohort_course, "t7", {"a": None, "b": 1, "c": 1})  # a written answer not yet marked
    add_lesson_only_trainee(cohort_course, "t8", {"a": 0, "b": 1, "c": 0})  # 25%
    risk = _risk(write_report(cohort_course).xlsx)
    assert "t6" not in risk.index and "t7" not in risk.index
    assert risk["t8"] == "lessons 25% < 60 · 课程平均分未及格"
    assert risk["t3"].count("exam_l5_practical") == 1  # the refused certification adds no second line


def test_hint_use_per_item(files):
    hints = _sheet(files.xlsx, "Hints 提示").set_index("item")
    assert hints.loc["a", ["trainees", "hinted", "hints"]].tolist() == [5, 2, 2]
    assert hints.loc["b", "hints"] == 2


def test_a_cohort_report_holds_that_cohort_only(cohort_course):
    result = CliRunner().invoke(main, ["--course-dir", str(cohort_course.course_dir), "report", "--cohort", "A"])
    assert result.exit_code == 0, result.output
    assert "3 trainees" in result.output
    scores = _sheet(cohort_course.reports_dir / "report-A.xlsx", "Scores 成绩")
    assert sorted(scores["trainee"]) == ["t1", "t2", "t3"] and set(scores["cohort"]) == {"A"}
    assert scores.set_index("trainee").loc["t3", LESSON] == pytest.approx(50.0)
