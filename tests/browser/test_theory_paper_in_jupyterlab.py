"""The Level 3 theory paper as a candidate sees it in JupyterLab, in English and Chinese: the
real format (three parts on their own pages, 190 questions), a running countdown, and
answers saved to the answer file at the click."""

import json
import re
import shutil
import time

import pytest

from autograder.config import CourseConfig
from autograder.exams.papers import build_paper, release_paper
from tests.browser.conftest import ARTIFACTS
from tests.browser.lab import run_all_cells

pytestmark = pytest.mark.browser
PAPER = "exam_l3_theory"
COUNTDOWN = {"en": re.compile(r"Time left (\d\d):(\d\d)"), "zh": re.compile(r"剩余时间 (\d\d):(\d\d)")}
PARTS = {"en": ("Part 1", "Part 2", "Part 3"), "zh": ("第1部分", "第2部分", "第3部分")}


def _release(tmp_path, lang, root):
    config = CourseConfig(course_dir=tmp_path / f"course-{lang}", lang=lang)
    build_paper(PAPER, config, prove=False)
    release_paper(PAPER, config)
    shutil.copytree(config.release_dir(PAPER), root / lang)


def _answers(folder):
    path = folder / f"{PAPER}.quiz.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_a_candidate_sits_the_theory_paper_in_english_and_chinese(jupyter_lab, page, tmp_path):
    for lang in ("en", "zh"):
        _sit(jupyter_lab, page, tmp_path, lang)


def _sit(jupyter_lab, page, tmp_path, lang):
    _release(tmp_path, lang, jupyter_lab.root)
    folder = jupyter_lab.root / lang
    page.goto(f"{jupyter_lab.url}/lab/workspaces/{lang}/tree/{lang}/{PAPER}.ipynb")  # a fresh workspace each
    run_all_cells(page)
    exam = page.locator(".course-exam:visible")
    exam.wait_for(timeout=90_000)
    assert ("190" in exam.locator("h2").inner_text()) and ("100" in exam.locator("h2").inner_text())
    countdown = exam.locator(".course-countdown")
    first = COUNTDOWN[lang].search(countdown.inner_text())
    assert first and 85 <= int(first.group(1)) <= 90
    time.sleep(2.2)
    later = COUNTDOWN[lang].search(countdown.inner_text())
    assert later and later.groups() != first.groups()  # it counts down in the browser
    assert _answers(folder).get("started_at")  # the start is on record from the first opening

    # part 1 (true or false) is showing: answer its first question
    true_word = "正确" if lang == "zh" else "True"
    exam.get_by_role("radio", name=true_word).first.check()
    deadline = time.monotonic() + 20
    while not _answers(folder).get("answers"):
        assert time.monotonic() < deadline, "the answer did not reach the answer file"
        time.sleep(0.2)
    assert list(_answers(folder)["answers"].values()) == ["true"]
    page.screenshot(path=str(ARTIFACTS / f"theory-paper-{lang}-part1.png"))
    shutil.copy(ARTIFACTS / f"theory-paper-{lang}-part1.png", f"/tmp/theory-paper-{lang}-part1.png")

    # part 3 (multiple choice) on its own page
    exam.get_by_role("button", name=PARTS[lang][2]).click()
    exam.locator("h3", has_text=PARTS[lang][2]).wait_for(timeout=10_000)
    assert not exam.locator("h3", has_text=PARTS[lang][0]).is_visible()
    exam.get_by_role("checkbox").first.check()
    deadline = time.monotonic() + 20
    while len(_answers(folder)["answers"]) < 2:
        assert time.monotonic() < deadline, "the multiple-choice answer did not reach the answer file"
        time.sleep(0.2)
    page.screenshot(path=str(ARTIFACTS / f"theory-paper-{lang}-part3.png"))
    shutil.copy(ARTIFACTS / f"theory-paper-{lang}-part3.png", f"/tmp/theory-paper-{lang}-part3.png")
