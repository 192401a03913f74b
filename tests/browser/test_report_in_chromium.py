"""The cohort report opened from disk in Debian's Chromium: every figure drawn, no console error."""

import pytest

from autograder.report.cohort_report import write_report
from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def test_the_report_renders_every_figure_without_errors(cohort_course, page):
    files = write_report(cohort_course)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(files.html.as_uri())
    sizes = page.evaluate("[...document.images].map(i => i.complete ? i.naturalWidth : 0)")
    assert len(sizes) == 6 and all(width > 0 for width in sizes)
    assert errors == []
    assert page.locator("h2", has_text="需要关注的学员").is_visible()
    page.screenshot(path=str(ARTIFACTS / "cohort-report.png"), full_page=True)
