"""The trainee's and the instructor's journeys in JupyterLab in Debian's Chromium, against a
course built and released to a real nbgrader exchange in a temporary folder.

Trainee (English, and Chinese with JupyterLab's zh_CN language pack): fetch the lesson from
the Assignments tab, Restart & Run All, label digits by click and by number key, draw and
resize a box, undo, reload the page and restart the kernel and find the labels kept, run a
check and a hint, move a tuning slider and see the figure change, answer a quiz, submit.
Instructor: collect, grade, grade the written answer in formgrader, release feedback; the
trainee fetches it and it shows no hidden material. Every step is screenshotted and checked
for console errors, box glyphs and oversized widgets (pagecheck.py).
"""

import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from autograder.lesson.source import lesson_file, read_lesson
from autograder.release.leaks import find_leaks
from autograder.scoring.answers import read_answer_file
from course.widgets.quiz import load_quiz_answers
from course.widgets.task import LabelTask
from tests.browser import lab
from tests.browser.conftest import LOCALES, running_lab, trainee_env

pytestmark = pytest.mark.browser

TRAINEE = {"en": "li_lei", "zh": "han_meimei"}
IMAGES, TUNING = "l5_image_labeling", "l3_model_tuning"
WRITTEN = "box_guideline"  # the lesson's written answer, graded by hand
WORDS = {  # what the trainee reads, per language
    "en": {"digits_check": "Label every digit", "hint": "repeat every row", "quiz_option": "overfitting",
           "jupyter": "File", "not_done": "Label every digit"},
    "zh": {"digits_check": "请在上面的控件里标注每一个数字", "hint": "先把每一行重复", "quiz_option": "过拟合",
           "jupyter": "文件", "not_done": "请在上面的控件里标注每一个数字"},
}


@pytest.fixture(scope="module")
def homes(tmp_path_factory):
    return {lang: tmp_path_factory.mktemp(f"trainee-{lang}") for lang in LOCALES}


def _digit_labels(folder: Path) -> dict:
    items = tuple(pd.read_csv(folder / "digits_batch.csv").id.astype(str))
    task = LabelTask("class", tuple(str(d) for d in range(10)), items)
    path = folder / "digits.labels.jsonl"
    return read_answer_file(path, task).labels if path.exists() else {}


def _boxes(folder: Path) -> dict:
    with np.load(folder / "scenes.npz") as scenes:
        names = tuple(scenes.files)
    path = folder / "scenes.labels.jsonl"
    return read_answer_file(path, LabelTask("boxes", ("circle", "square", "triangle"), names)).labels \
        if path.exists() else {}


def _class_button(widget, cls: str):
    return widget.get_by_role("button", name=re.compile(rf"^(\d )?{re.escape(cls)}$"))


def _label_digits(page, folder: Path) -> None:
    digits = page.locator(".course-labeling").nth(0)
    lab.scroll_to(digits)
    _class_button(digits, "3").click()  # by click: the first digit is a 3
    lab.wait_for(lambda: list(_digit_labels(folder).values()) == ["3"], "the clicked digit on disk")
    markdown_cells = lab.markdown_cells(page)
    digits.locator(".course-item").click()  # the focus inside the widget, then keys
    page.keyboard.press("7")  # number keys give the class they name: 7 records "7"
    lab.wait_for(lambda: len(_digit_labels(folder)) == 2, "the keyed digit on disk")
    page.keyboard.press("2")
    lab.wait_for(lambda: len(_digit_labels(folder)) == 3, "the third digit on disk")
    assert list(_digit_labels(folder).values()) == ["3", "7", "2"], "number keys must record the digit they name"
    digits.get_by_role("button", name=re.compile("Undo|撤销")).click()  # undo once: the 2 goes
    lab.wait_for(lambda: len(_digit_labels(folder)) == 2, "the undone label gone from disk")
    assert list(_digit_labels(folder).values()) == ["3", "7"]
    assert lab.markdown_cells(page) == markdown_cells, \
        "keys pressed in a widget must not reach JupyterLab (2 would make a cell a heading)"
    for image in digits.locator("img").all():  # the digit is shown at the widget's size, crisp
        box = image.bounding_box()
        assert box["width"] <= 320 and box["height"] <= 320, f"the digit image is {box['width']}x{box['height']} px"


def _draw_and_resize_box(page, folder: Path) -> None:
    scene = page.locator(".course-labeling").nth(1)
    canvas = scene.locator("canvas.course-box-canvas")
    lab.scroll_to(canvas)
    origin = canvas.bounding_box()
    with np.load(folder / "scenes.npz") as scenes:
        width = scenes[sorted(scenes.files, key=lambda n: int(n[1:]))[0]].shape[1]
    zoom = origin["width"] / width
    page.mouse.move(origin["x"] + 40, origin["y"] + 40)
    page.mouse.down()
    page.mouse.move(origin["x"] + 100, origin["y"] + 90, steps=4)
    page.mouse.move(origin["x"] + 160, origin["y"] + 140, steps=4)
    page.mouse.up()
    lab.wait_for(lambda: any(_boxes(folder).values()), "the drawn box on disk")
    (drawn,) = next(v for v in _boxes(folder).values() if v)
    assert [drawn["w"], drawn["h"]] == pytest.approx([120 / zoom, 100 / zoom], abs=2)
    origin = canvas.bounding_box()  # the page may have moved when the box was saved: measure again
    page.mouse.move(origin["x"] + 159, origin["y"] + 139)  # its bottom-right corner, dragged out
    page.mouse.down()
    page.mouse.move(origin["x"] + 190, origin["y"] + 170, steps=5)
    page.mouse.up()
    lab.wait_for(lambda: next(v for v in _boxes(folder).values() if v)[0]["w"] > drawn["w"] + 10 / zoom,
                 "the resized box on disk")


def _assert_labels_shown(page) -> None:
    digits = page.locator(".course-labeling").nth(0)
    lab.scroll_to(digits)
    digits.get_by_text(re.compile(r"2 of 40|2 / 40|已标注 2|2 个")).first.wait_for(timeout=30_000)
    for _ in range(3):
        digits.get_by_role("button", name=re.compile("Back|上一")).click()
    digits.locator(".course-answer", has_text="✔ 3").wait_for(timeout=10_000)
    digits.get_by_role("button", name=re.compile("Next|下一")).click()
    digits.locator(".course-answer", has_text="✔ 7").wait_for(timeout=10_000)


def _trainee_lab(course, lang, homes):
    home = homes[lang]
    return running_lab(home / "work", home / "jupyter", trainee_env(course, TRAINEE[lang], home / "work"),
                       locale=LOCALES[lang])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_trainee_journey(released_course, homes, watched_page, lang):
    course, words, page = released_course(lang), WORDS[lang], watched_page.page
    with _trainee_lab(course, lang, homes) as server:
        folder = server.root / IMAGES
        page.goto(f"{server.url}/lab")
        lab.wait_for_app(page)
        page.get_by_text(words["jupyter"], exact=True).first.wait_for()  # the menus speak the trainee's language
        assert not page.evaluate("window.jupyterapp.commands.hasCommand('nbgrader:open-formgrader')"), \
            "a trainee must not see the instructor's Formgrader"
        assert not page.evaluate("window.jupyterapp.commands.hasCommand('nbgrader:open-create-assignment')")
        lab.fetch_lesson(page, IMAGES)
        lab.fetch_lesson(page, TUNING)
        watched_page.step("fetched", root="#assignments")

        lab.open_notebook(page, f"{IMAGES}/{IMAGES}.ipynb")
        lab.restart_and_run_all(page)
        assert lab.widget_outputs(page) == 2, "Restart & Run All must reach every widget"
        shown = lab.outputs_text(page)
        assert "NotImplementedError" not in shown and "Traceback" not in shown, \
            "a task not yet done gets one plain line, not an error"
        watched_page.step("run-all", root=".jp-Notebook")

        _label_digits(page, folder)
        watched_page.step("digits-labeled", root=".jp-Notebook")
        _draw_and_resize_box(page, folder)
        watched_page.step("box-drawn", root=".jp-Notebook")

        check = page.locator(".jp-Notebook .jp-OutputArea", has_text=words["digits_check"]).first
        lab.scroll_to(check)
        hint = lab.run_new_cell(page, 'hint("enlarge")')
        hint.get_by_text(re.compile(words["hint"])).wait_for(timeout=10_000)
        assert "`" not in hint.inner_text(), "hints are rendered as markdown"
        watched_page.step("hint", root=".jp-Notebook")

        lab.command(page, "docmanager:save")
        time.sleep(1)
        page.reload()
        lab.wait_for_app(page)
        page.locator(".jp-Notebook").wait_for(timeout=60_000)
        if page.locator(".course-labeling").count() < 1:  # outputs restored without the widget models
            lab.restart_and_run_all(page)
        _assert_labels_shown(page)
        watched_page.step("after-reload", root=".jp-Notebook")
        lab.restart_and_run_all(page)
        _assert_labels_shown(page)
        watched_page.step("after-kernel-restart", root=".jp-Notebook")
        lab.close_notebook(page)

        lab.open_notebook(page, f"{TUNING}/{TUNING}.ipynb")
        lab.restart_and_run_all(page)
        figure = page.locator(".jp-Notebook .widget-image").first
        lab.scroll_to(figure)
        before = figure.get_attribute("src")
        handle = page.locator(".jp-Notebook .widget-slider .noUi-handle, .jp-Notebook .widget-slider .ui-slider-handle").first
        handle.click()
        page.keyboard.press("ArrowLeft")
        lab.wait_for(lambda: figure.get_attribute("src") != before, "the figure redrawn after the slider moved")
        watched_page.step("slider-moved", root=".jp-Notebook")
        quiz_option = page.locator(".jp-Notebook .widget-radio-box label", has_text=words["quiz_option"]).first
        lab.scroll_to(quiz_option)
        quiz_option.click()
        tuning = server.root / TUNING
        lab.wait_for(lambda: load_quiz_answers("l3_tuning_quiz", tuning) == {"gap": "b"}, "the quiz answer on disk")
        watched_page.step("quiz-answered", root=".jp-Notebook")
        lab.command(page, "docmanager:save")

        lab.submit_lesson(page, IMAGES)
        watched_page.step("submitted", root="#assignments")
        watched_page.leave()
    inbound = course.exchange_root / course.course_id / "inbound"
    assert list(inbound.glob(f"{TRAINEE[lang]}+{IMAGES}+*")), "the submission reached the exchange"


def _course(course, *args) -> str:
    command = [str(Path(sys.executable).with_name("course")), "--course-dir", str(course.course_dir), *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"course {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _manual_score(course, trainee: str):
    from nbgrader.api import Gradebook

    with Gradebook(course.gradebook_url, course.course_id) as gradebook:
        return gradebook.find_grade(WRITTEN, IMAGES, IMAGES, trainee).manual_score


def _submission_id(course, trainee: str) -> str:
    from nbgrader.api import Gradebook

    with Gradebook(course.gradebook_url, course.course_id) as gradebook:
        return gradebook.find_submission_notebook(IMAGES, IMAGES, trainee).id


def test_instructor_journey(released_course, homes, watched_page, tmp_path):
    course, trainee, page = released_course("en"), TRAINEE["en"], watched_page.page
    inbound = course.exchange_root / course.course_id / "inbound"
    if not list(inbound.glob(f"{trainee}+{IMAGES}+*")):
        pytest.fail("nothing to collect: the English trainee journey (run first) did not submit")
    assert trainee in _course(course, "collect", IMAGES)
    assert (course.submitted_dir(trainee, IMAGES) / "digits.labels.jsonl").exists(), "widget answers come in too"
    graded = _course(course, "grade", IMAGES)
    assert trainee in graded

    with running_lab(course.course_dir, tmp_path / "instructor", {"JUPYTER_CONFIG_PATH": str(course.course_dir)}) as server:
        page.goto(f"{server.url}/formgrader/submissions/{_submission_id(course, trainee)}/")
        written = page.locator(".nbgrader_cell", has=page.locator("input.score")).last  # the written answer
        written.wait_for(timeout=30_000)
        autograded = page.locator("input.score:disabled, .autograded_score, .score")
        assert autograded.count() >= 2, "formgrader shows the autograded items' scores"
        page.wait_for_load_state("networkidle")  # formgrader binds its buttons once its scripts have run
        for attempt in range(3):
            written.get_by_role("button", name="Full credit").click()
            try:
                lab.wait_for(lambda: _manual_score(course, trainee) == 2, "the written answer's grade in the gradebook")
                break
            except AssertionError:
                if attempt == 2:
                    raise
        watched_page.step("formgrader-graded")
        page.goto(f"{server.url}/formgrader/manage_submissions/{IMAGES}")
        page.get_by_text(trainee).first.wait_for(timeout=30_000)
        watched_page.step("formgrader-scores")
        watched_page.leave()

    _course(course, "feedback", IMAGES)
    assert re.search(r"released feedback to [1-9]\d* trainee", _course(course, "release-feedback", IMAGES))
    with _trainee_lab(course, "en", homes) as server:
        page.goto(f"{server.url}/lab")
        lab.wait_for_app(page)
        lab.fetch_feedback(page, IMAGES)
        folder = server.root / IMAGES / "feedback"
        lab.wait_for(lambda: list(folder.glob(f"*/{IMAGES}.html")), "the feedback page fetched", timeout=60)
        (fetched,) = folder.glob(f"*/{IMAGES}.html")
        page.goto(f"{server.url}/files/{fetched.relative_to(server.root)}")
        page.get_by_text(trainee).first.wait_for(timeout=10_000)
        shown = page.inner_text("body")
        for hidden in ("BEGIN HIDDEN", "END HIDDEN", "submit(", "_dg_file", "digits_gold", "scenes_gold"):
            assert hidden not in shown, f"the feedback page shows hidden material: {hidden!r}"
        lesson = read_lesson(lesson_file(course.lessons_dir / IMAGES))
        assert find_leaks(fetched.parent, lesson, course.datasets_dir) == []
        watched_page.step("feedback-fetched")
        watched_page.leave()
