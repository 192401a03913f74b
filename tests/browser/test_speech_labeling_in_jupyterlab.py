"""The speech widget in a real JupyterLab, in Chinese: a segment marked by mouse drag and
another by click + `[`/`]` keys, a transcript typed and saved with Enter, a class by
number key; everything on disk at once, and on screen again after a page reload."""

import time
import wave

import nbformat
import numpy as np
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from autograder.scoring.answers import read_answer_file
from course.widgets.task import LabelTask
from tests.browser.conftest import ARTIFACTS
from tests.browser.lab import run_all_cells, wait_for

pytestmark = pytest.mark.browser

SECONDS = 4.0
TASK = LabelTask("segments", ("customer", "agent", "noise"), ("c1",))
CELLS = ["from course.widgets import AudioSegmenter",
         "calls = AudioSegmenter('calls', {'c1': 'c1.wav'}, ['customer', 'agent', 'noise'], lang='zh')\ncalls"]


def _write_lab(root):
    rate = 16000
    t = np.arange(int(SECONDS * rate)) / rate
    tone = 0.5 * np.sin(2 * np.pi * 220 * t) * ((t > 0.4) & (t < 2.0))   # "speech" from 0.4 to 2.0 s
    with wave.open(str(root / "c1.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes((tone * 32767).astype("<i2").tobytes())
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / "speech.ipynb")


def _run_all(page):
    run_all_cells(page)
    page.locator(".course-labeling canvas.course-waveform").wait_for(timeout=60_000)


def _segments(root):
    return read_answer_file(root / "calls.labels.jsonl", TASK).labels.get("c1", [])


def test_a_segment_marked_typed_and_labeled_is_kept_after_reload(jupyter_lab, page):
    root = jupyter_lab.root
    _write_lab(root)
    page.goto(f"{jupyter_lab.url}/lab/tree/speech.ipynb")
    _run_all(page)
    widget = page.locator(".course-labeling")
    canvas = widget.locator("canvas.course-waveform")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    x_of = lambda seconds: box["x"] + seconds / SECONDS * box["width"]   # noqa: E731
    y = box["y"] + box["height"] / 2

    # by mouse: drag across 0.4–2.0 s, type the transcript, Enter, then key 1 (customer)
    page.mouse.move(x_of(0.4), y)
    page.mouse.down()
    page.mouse.move(x_of(1.2), y, steps=4)
    page.mouse.move(x_of(2.0), y, steps=4)
    page.mouse.up()
    widget.get_by_text("选区 0.40–2.00 秒").wait_for(timeout=10_000)
    widget.locator(".course-transcript input").fill("你好，我要退货")
    widget.locator(".course-transcript input").press("Enter")
    page.keyboard.press("1")
    wait_for(lambda: len(_segments(root)) == 1, "the dragged segment on disk")
    (first,) = _segments(root)
    assert first["label"] == "customer" and first["text"] == "你好，我要退货"
    assert first["start"] == pytest.approx(0.4, abs=0.03) and first["end"] == pytest.approx(2.0, abs=0.03)

    # by keys: click at 2.5 s and press [, click at 3.5 s and press ], then 3 (noise)
    page.mouse.click(x_of(2.5), y)
    page.keyboard.press("[")
    page.mouse.click(x_of(3.5), y)
    page.keyboard.press("]")
    widget.get_by_text("选区 2.50–3.50 秒").wait_for(timeout=10_000)
    page.keyboard.press("3")
    wait_for(lambda: len(_segments(root)) == 2, "the keyed segment on disk")
    noise = _segments(root)[1]
    assert noise["label"] == "noise" and noise["start"] == pytest.approx(2.5, abs=0.03)
    assert noise["end"] == pytest.approx(3.5, abs=0.03)
    assert page.locator(".jp-Notebook .jp-MarkdownCell").count() == 0   # "3" did not turn a cell into markdown
    widget.get_by_text("✔ 2 个片段").wait_for(timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / "speech-1-labeled-zh.png"), full_page=True)

    # the page reloads: the widget comes back from the live kernel with both segments
    page.evaluate("window.jupyterapp.commands.execute('docmanager:save')")
    time.sleep(1)
    page.reload()
    page.locator(".jp-Notebook").wait_for(timeout=60_000)
    try:
        page.locator(".course-labeling canvas.course-waveform").wait_for(timeout=30_000)
    except PlaywrightTimeout:
        _run_all(page)
    widget = page.locator(".course-labeling")
    widget.locator(".course-segment", has_text="customer · 你好，我要退货").wait_for(timeout=20_000)
    widget.locator(".course-segment", has_text="noise").wait_for(timeout=10_000)
    widget.get_by_text("✔ 2 个片段").wait_for(timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / "speech-2-after-reload-zh.png"), full_page=True)
