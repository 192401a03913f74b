from autograder.build.pipeline import lesson_manifest, source_notebook
from autograder.build.prose import join_wrapped_cjk, task_section_ids
from autograder.lesson.source import read_lesson
from tests.conftest import REPO

IMAGE_LESSON = REPO / "lessons" / "l5_image_labeling" / "l5_image_labeling.py"


def test_wrapped_chinese_lines_are_joined_without_a_space():
    assert join_wrapped_cjk("运行下一个单元格，\n给每张图标上数字。") == "运行下一个单元格，给每张图标上数字。"
    assert join_wrapped_cjk("一个开口或\n  闭合的三角形") == "一个开口或闭合的三角形"


def test_breaks_next_to_latin_text_headings_lists_and_code_stay():
    kept = ["返回一个 Python 的\n`float`。", "用 `Backspace`\n撤销", "## 任务\n正文", "* 第一\n* 第二",
            "前文\n\n后文", "```\n# 中文\n# 注释\n```"]
    for markdown in kept:
        assert join_wrapped_cjk(markdown) == markdown


def test_the_chinese_build_joins_prose_and_hints_and_notes_widget_reruns():
    lesson = read_lesson(IMAGE_LESSON)
    hints = lesson_manifest(lesson, "zh").items["label_digits"].hints
    assert "一个开口或闭合的三角形" in hints[0]
    cells = source_notebook(lesson, "zh").cells
    prose = "\n".join(cell.source for cell in cells if cell.cell_type == "markdown")
    assert "（浅色纸上的深色笔迹）。运行下一个单元格，给每张图标上它显示的数字" in prose
    widget_cell = next(i for i, cell in enumerate(cells) if "ImageClassifier(" in cell.source
                       and "import" not in cell.source)
    assert "找不到模型" in cells[widget_cell - 1].source  # the note sits right above the first widget
    assert sum("找不到模型" in cell.source for cell in cells) == 1
    english = source_notebook(lesson, "en").cells
    assert sum("model not found" in cell.source for cell in english) == 1


def test_each_task_s_heading_cell_gets_the_id_feedback_links_to():
    lesson = read_lesson(IMAGE_LESSON)
    items = [c.item for c in lesson.cells if c.role in ("answer", "tests", "manual")]
    assert task_section_ids(lesson.cells) == {item: f"task-{item}" for item in items}
    for lang, heading in (("en", "## Task 2 · `label_digits`"), ("zh", "## 任务 2 · `label_digits`")):
        cells = {cell.id: cell for cell in source_notebook(lesson, lang).cells}
        assert cells["task-label_digits"].source.startswith(heading)
        assert len([i for i in cells if i.startswith("task-")]) == len(set(items))
