"""A feedback page as a trainee reads it: the lesson's title, their name, per task the message,
a link to the task's section and its hints, in a font that draws Chinese."""

import re
from types import SimpleNamespace

from autograder.feedback.pages import render_page
from course.lesson import ItemInfo, LessonInfo

ITEMS = {"enlarge": ItemInfo(points=1, hints=("Repeat rows with\n`np.repeat`.",)),
         "label_digits": ItemInfo(points=3), "box_guideline": ItemInfo(points=2, manual=True)}
SCORE = SimpleNamespace(items={"enlarge": 1.0, "label_digits": 1.5}, auto_score=2.5, auto_max=4)
FINDINGS = {"label_digits": [{"passed": False, "en": "macro-F1 0.80 (full points from 0.90)",
                              "zh": "宏平均 F1 为 0.80（0.90 起得满分）"}]}


SECTIONS = {item: f"task-{item}" for item in ITEMS}


def page(lang, title):
    return render_page("l5_image_labeling", "t007", LessonInfo("l5_image_labeling", lang, ITEMS), SCORE, None,
                       FINDINGS, {}, False, title=title, name="王芳", sections=SECTIONS)


def test_the_page_is_titled_with_the_lesson_and_addressed_to_the_trainee():
    english = page("en", "Labeling images: classes and bounding boxes")
    assert "<title>Feedback: Labeling images: classes and bounding boxes</title>" in english
    assert "<h1>Labeling images: classes and bounding boxes</h1>" in english
    assert "王芳 (t007)" in english and "macro-F1 0.80" in english
    chinese = page("zh", "图像标注：图像分类与边界框")
    assert "<h1>图像标注：图像分类与边界框</h1>" in chinese and "宏平均 F1 为 0.80" in chinese
    assert 'lang="zh-CN"' in chinese


def test_each_task_links_to_its_section_and_shows_its_hints_as_markdown():
    html = page("en", "Labeling images")
    for item in ITEMS:  # JupyterLab opens a notebook at the cell a #cell-id= fragment names
        assert f'href="../../../../lab/tree/l5_image_labeling/l5_image_labeling.ipynb#cell-id=task-{item}"' in html
    assert "<summary>💡 Hints for this task (1)</summary>" in html
    assert "Repeat rows with\n<code>np.repeat</code>." in html


def test_the_page_is_styled_with_a_font_stack_that_draws_chinese():
    for lang in ("en", "zh"):
        fonts = re.search(r"body \{[^}]*font-family: ([^;]+);", page(lang, "t")).group(1)
        assert '"Noto Sans CJK SC"' in fonts and fonts.rstrip().endswith("sans-serif")
    assert re.search(r'font-family: "Noto Sans CJK SC"', page("zh", "t"))  # Chinese first on a Chinese page
