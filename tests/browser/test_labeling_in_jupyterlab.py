"""The widgets in a real JupyterLab: label by click and by number key, draw a box by mouse
drag, then reload the page and restart the kernel, and find every label kept."""

import time

import nbformat
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from autograder.scoring.answers import read_answer_file
from course.widgets.task import LabelTask
from tests.browser.conftest import ARTIFACTS
from tests.browser.lab import run_all_cells, wait_for

pytestmark = pytest.mark.browser

REVIEWS = {"r1": "Great phone, battery lasts two days.", "r2": "Broke after a day.", "r3": "It is a phone."}
CELLS = [
    "import numpy as np\nfrom course.widgets import BoxAnnotator, TextClassifier",
    f"reviews = TextClassifier('reviews', {REVIEWS!r}, ['pos', 'neg', 'neu'], annotator='browser-test', lang='en')\n"
    "reviews",
    "scene = np.full((120, 160, 3), 230, np.uint8)\n"
    "boxes = BoxAnnotator('scene', {'s1': scene}, ['car', 'person'], display_px=320, lang='en')\n"
    "boxes",
]
REVIEW_TASK = LabelTask("class", ("pos", "neg", "neu"), tuple(REVIEWS))
SCENE_TASK = LabelTask("boxes", ("car", "person"), ("s1",))


def _write_notebook(root):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / "labeling.ipynb")


def _run_all_cells(page):
    run_all_cells(page)
    page.locator(".course-labeling").nth(1).wait_for(timeout=60_000)


def _labels(root, name, task):
    return read_answer_file(root / f"{name}.labels.jsonl", task).labels


def _assert_widgets_show_every_label(page):
    reviews, scene = page.locator(".course-labeling").nth(0), page.locator(".course-labeling").nth(1)
    reviews.get_by_text("2 of 3 labeled").wait_for(timeout=30_000)
    scene.get_by_text("1 of 1 labeled").wait_for(timeout=30_000)
    for _ in range(2):  # to the first item, wherever the widget resumed
        reviews.get_by_role("button", name="◀ Back").click()
    reviews.get_by_text("Item 1 of 3").wait_for(timeout=10_000)
    reviews.locator(".course-answer", has_text="✔ pos").wait_for(timeout=10_000)
    reviews.get_by_role("button", name="Next ▶").click()
    reviews.locator(".course-answer", has_text="✔ neg").wait_for(timeout=10_000)
    scene.locator(".course-answer", has_text="✔ car").wait_for(timeout=10_000)


def test_labels_survive_a_page_reload_and_a_kernel_restart(jupyter_lab, page):
    root = jupyter_lab.root
    _write_notebook(root)
    page.goto(f"{jupyter_lab.url}/lab/tree/labeling.ipynb")
    _run_all_cells(page)
    reviews, scene = page.locator(".course-labeling").nth(0), page.locator(".course-labeling").nth(1)

    # by click: r1 is positive
    reviews.get_by_role("button", name="1 pos").click()
    wait_for(lambda: _labels(root, "reviews", REVIEW_TASK) == {"r1": "pos"}, "the clicked label on disk")
    # by number key, with the focus inside the widget: r2 is negative
    reviews.locator(".course-item").click()
    page.keyboard.press("2")
    wait_for(lambda: _labels(root, "reviews", REVIEW_TASK) == {"r1": "pos", "r2": "neg"}, "the keyed label on disk")
    assert page.locator(".jp-Notebook .jp-MarkdownCell").count() == 0  # "2" did not make a cell a heading

    # a box drawn by mouse drag: from screen (40, 30) to (200, 150) at zoom 2 → image (20, 15, 80×60)
    canvas = scene.locator("canvas.course-box-canvas")
    canvas.scroll_into_view_if_needed()
    origin = canvas.bounding_box()
    page.mouse.move(origin["x"] + 40, origin["y"] + 30)
    page.mouse.down()
    page.mouse.move(origin["x"] + 120, origin["y"] + 90, steps=5)
    page.mouse.move(origin["x"] + 200, origin["y"] + 150, steps=5)
    page.mouse.up()
    wait_for(lambda: bool(_labels(root, "scene", SCENE_TASK).get("s1")), "the drawn box on disk")
    (drawn,) = _labels(root, "scene", SCENE_TASK)["s1"]
    assert drawn["label"] == "car"
    assert [drawn[k] for k in "xywh"] == pytest.approx([20, 15, 80, 60], abs=1.5)
    page.screenshot(path=str(ARTIFACTS / "labeling-1-labeled.png"), full_page=True)

    # the page reloads (the kernel lives on)
    page.evaluate("window.jupyterapp.commands.execute('docmanager:save')")
    time.sleep(1)
    page.reload()
    page.locator(".jp-Notebook").wait_for(timeout=60_000)
    try:  # the saved outputs come back, with the widgets restored from the live kernel
        page.locator(".course-labeling").nth(1).wait_for(timeout=30_000)
    except PlaywrightTimeout:
        _run_all_cells(page)
    _assert_widgets_show_every_label(page)
    page.screenshot(path=str(ARTIFACTS / "labeling-2-after-reload.png"), full_page=True)

    # the kernel restarts and the notebook runs again
    (session,) = jupyter_lab.api("/api/sessions")
    jupyter_lab.api(f"/api/kernels/{session['kernel']['id']}/restart", method="POST")
    page.evaluate("window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
    page.wait_for_function("document.querySelectorAll('.course-labeling').length === 0", timeout=30_000)
    _run_all_cells(page)
    _assert_widgets_show_every_label(page)
    page.screenshot(path=str(ARTIFACTS / "labeling-3-after-kernel-restart.png"), full_page=True)

    assert _labels(root, "reviews", REVIEW_TASK) == {"r1": "pos", "r2": "neg"}
    assert len(_labels(root, "scene", SCENE_TASK)["s1"]) == 1
