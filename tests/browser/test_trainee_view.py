"""The image-labeling lesson as a trainee sees it in JupyterLab, built in Chinese (and
English): Restart & Run All reaches both widgets past unanswered tasks, each unanswered
check says so in one plain line, number keys name their digit, images keep their stated
size with sharp pixels, hints render as markdown; and the feedback page."""

import csv
import json
import shutil
import time
from types import SimpleNamespace
from urllib.parse import urljoin

import nbformat
import pytest

from autograder.build.pipeline import build_lesson, lesson_prose
from autograder.build.prose import task_section_ids
from autograder.config import REPO, CourseConfig
from autograder.feedback.pages import render_page
from autograder.lesson.source import read_lesson
from autograder.release.generate import generate_release
from autograder.scoring.answers import read_answer_file
from course.lesson import LessonInfo
from course.widgets.task import LabelTask
from tests.browser.conftest import ARTIFACTS
from tests.browser.lab import wait_for

pytestmark = pytest.mark.browser

LESSON = "l5_image_labeling"
DIGITS = tuple(str(d) for d in range(10))
NOT_DONE = {"en": "not done yet", "zh": "还没有完成"}
RERUN_NOTE = {"en": "model not found", "zh": "找不到模型"}


def _release(tmp_path, lang, lab_root):
    config = CourseConfig(course_dir=tmp_path / f"course-{lang}", lessons_dir=REPO / "lessons",
                          datasets_dir=REPO / "datasets", lang=lang)
    build_lesson(config.lessons_dir / LESSON / f"{LESSON}.py", config, prove=False)
    generate_release(config, LESSON)
    folder = lab_root / LESSON
    shutil.copytree(config.release_dir(LESSON), folder)
    path = folder / f"{LESSON}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell('hint("enlarge")'))  # a trainee asks for a hint
    nbformat.write(notebook, path)
    return folder


def _digit_items(folder):
    with open(folder / "digits_batch.csv", encoding="utf-8") as handle:
        return tuple(row["id"] for row in csv.DictReader(handle))


def _saved_outputs(folder):
    cells = nbformat.read(folder / f"{LESSON}.ipynb", as_version=4).cells
    return cells if any(cell.get("outputs") for cell in cells if cell.cell_type == "code") else []


def _texts(cell):
    return ["".join(o.get("traceback", [])) or o.get("text", "") or o.get("data", {}).get("text/plain", "")
            for o in cell.get("outputs", [])]


def _show_cell(page, index):
    """Scroll the notebook to cell `index` (JupyterLab renders only the cells in view)."""
    page.evaluate(f"window.jupyterapp.shell.currentWidget.content.scrollToItem({index}, 'start')")
    time.sleep(0.8)


@pytest.mark.parametrize("lang", ["zh"])  # the harder case; ["zh", "en"] takes twice the time
def test_a_trainee_runs_the_image_lesson_and_labels_digits_by_their_keys(jupyter_lab, page, tmp_path, lang):
    folder = _release(tmp_path, lang, jupyter_lab.root)
    page.goto(f"{jupyter_lab.url}/lab/tree/{LESSON}/{LESSON}.ipynb")
    page.wait_for_function("window.jupyterapp?.shell.currentWidget?.sessionContext?.session?.kernel", timeout=60_000)
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    # Run All goes past the unanswered stubs and the digits check to the box widget and the hint
    page.locator(".course-labeling").nth(1).wait_for(timeout=90_000)
    no_news = page.get_by_role("button", name="No", exact=True)
    if no_news.count():
        no_news.click()  # JupyterLab asks once whether to fetch news
    page.locator(".jp-RenderedMarkdown code", has_text="factor").last.wait_for(timeout=30_000)

    page.evaluate("window.jupyterapp.commands.execute('docmanager:save')")
    wait_for(lambda: _saved_outputs(folder), "the notebook saved with its outputs")
    checks = {cell.metadata.nbgrader.grade_id: _texts(cell) for cell in _saved_outputs(folder)
              if cell.metadata.get("nbgrader", {}).get("grade") and cell.cell_type == "code"}
    for item in ("enlarge", "tight_box", "iou"):  # code tasks not done: one plain line each
        assert len(checks[item]) == 1 and NOT_DONE[lang] in checks[item][0] and "\n" not in checks[item][0].strip()
    everything = "\n".join(text for cell in _saved_outputs(folder) for text in _texts(cell))
    for noise in ("Traceback", "could not run", "无法运行", "NotImplementedError: .", "findfont"):
        assert noise not in everything

    digits = page.locator(".course-labeling").nth(0)
    image = digits.locator("img.course-item")
    box = image.bounding_box()
    assert (round(box["width"]), round(box["height"])) == (160, 160)
    assert image.evaluate("e => getComputedStyle(e).imageRendering") == "pixelated"
    digits.scroll_into_view_if_needed()
    assert digits.bounding_box()["height"] < page.viewport_size["height"]  # image and buttons fit
    image.click()
    page.keyboard.press("7")
    page.keyboard.press("0")
    items = _digit_items(folder)
    task = LabelTask("class", DIGITS, items)
    wait_for(lambda: read_answer_file(folder / "digits.labels.jsonl", task).labels == {items[0]: "7", items[1]: "0"},
              "the digits 7 and 0 on disk")
    digits.screenshot(path=str(ARTIFACTS / f"trainee-{lang}-digits.png"))

    frame = page.locator(".course-box-frame")
    canvas = page.locator("canvas.course-box-canvas")
    assert abs(frame.bounding_box()["width"] - canvas.bounding_box()["width"]) <= 2  # no empty half-frame
    assert round(canvas.bounding_box()["width"]) == 480
    cells = _saved_outputs(folder)
    lesson = read_lesson(REPO / "lessons" / LESSON / f"{LESSON}.py")
    sections = task_section_ids(lesson_prose(lesson, lang))
    answer = next(i for i, cell in enumerate(cells) if cell.get("id") == "enlarge_answer")
    note = next(i for i, cell in enumerate(cells) if RERUN_NOTE[lang] in cell.source)
    boxes = next(i for i, cell in enumerate(cells) if "BoxAnnotator(" in cell.source and "import" not in cell.source)
    for name, index in (("lesson", 0), ("check", answer - 1), ("widget-note", note), ("boxes", boxes),
                        ("hint", len(cells) - 1)):
        _show_cell(page, index)
        page.screenshot(path=str(ARTIFACTS / f"trainee-{lang}-{name}.png"))

    # the feedback page, as the trainee's browser shows it
    manifest = LessonInfo.load(folder)
    score = SimpleNamespace(items={"enlarge": 1.0, "label_digits": 1.5}, auto_score=2.5, auto_max=11)
    findings = {"label_digits": [{"passed": False, "en": "Your digits: macro-F1 0.80 (full points from 0.90).",
                                  "zh": "你的标注：宏平均 F1 为 0.80（0.90 起得满分）。"}]}
    title = json.loads(json.dumps(nbformat.read(folder / f"{LESSON}.ipynb", as_version=4).metadata.course))["title"]
    feedback = tmp_path / f"feedback-{lang}.html"
    feedback.write_text(render_page(LESSON, "t007", manifest, score, None, findings, {}, False,
                                    title=title, name="王芳", sections=sections), encoding="utf-8")
    page.goto(feedback.as_uri())
    page.get_by_role("heading", name=title).wait_for()
    page.locator("summary").first.click()
    page.screenshot(path=str(ARTIFACTS / f"trainee-{lang}-feedback.png"), full_page=True)

    # a task's link opens the lesson at its section (the page served where nbgrader puts feedback)
    href = page.locator("a", has_text="box_scenes").get_attribute("href")
    served = f"{jupyter_lab.url}/files/{LESSON}/feedback/2026-12-01/{LESSON}.html"
    page.goto(urljoin(served, href))
    heading = page.locator(".jp-MarkdownCell h2", has_text="box_scenes")
    heading.wait_for(timeout=60_000)
    wait_for(lambda: 0 <= heading.bounding_box()["y"] < page.viewport_size["height"] / 2, "the section in view")
    page.screenshot(path=str(ARTIFACTS / f"trainee-{lang}-feedback-link.png"))
