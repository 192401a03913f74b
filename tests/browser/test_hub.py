"""A cohort on one server: `course hub`'s JupyterHub with a trainee and the instructor sharing
the course's nbgrader exchange. The trainee logs in, fetches the lesson, labels in it and
submits; the instructor logs in, collects and grades it, and sees the score in formgrader."""

import dataclasses
import re

import pytest

from autograder.exchange.hub import PROXY, HubUnavailable, plan_hub, start_hub
from tests.browser import lab
from tests.browser.conftest import free_port, missing_or_skip, stop, wait_for_http
from tests.browser.test_journeys import IMAGES, _course, _digit_labels

pytestmark = pytest.mark.browser
TRAINEE, INSTRUCTOR = "zhang_wei", "teacher"


@pytest.fixture
def hub(released_course, tmp_path):
    course = released_course("en")
    try:
        plan = plan_hub(course, [TRAINEE], INSTRUCTOR, free_port(), "trial-password",
                        "instructor-password-of-32-characters")
    except HubUnavailable as error:
        pytest.fail(str(error))
    plan = dataclasses.replace(plan, server_args=("--LabApp.expose_app_in_browser=True",))  # for lab.command
    log_path = tmp_path / "hub.log"
    with open(log_path, "wb") as log:
        try:
            process = start_hub(course, plan, stdout=log, stderr=log)
        except HubUnavailable as error:
            missing_or_skip(str(error))
        try:
            wait_for_http(plan.url + "/hub/api", process, log_path, "JupyterHub")
            yield course, plan
        finally:
            stop(process)  # the hub stops the servers it spawned


def _log_in(page, plan, user, password):
    page.goto(plan.url + "/hub/login")
    page.fill("input#username_input", user)
    page.fill("input#password_input", password)
    page.click("#login_submit")
    page.wait_for_url(re.compile(rf"/user/{user}/lab"), timeout=120_000)
    lab.wait_for_app(page)


def test_a_trainee_on_the_hub_submits_and_the_instructor_grades(hub, watched_page):
    if not PROXY.exists():
        missing_or_skip(f"configurable-http-proxy is not installed in {PROXY.parent}: run `make hub`")
    course, plan = hub
    page = watched_page.page
    _log_in(page, plan, TRAINEE, plan.password)
    assert not page.evaluate("window.jupyterapp.commands.hasCommand('nbgrader:open-formgrader')")
    lab.fetch_lesson(page, IMAGES)
    home = plan.folder / "homes" / TRAINEE
    assert (home / IMAGES / f"{IMAGES}.ipynb").exists(), "fetched into the trainee's own home"
    lab.open_notebook(page, f"{IMAGES}/{IMAGES}.ipynb")
    lab.restart_and_run_all(page)
    digits = page.locator(".course-labeling").nth(0)
    lab.scroll_to(digits)
    digits.locator(".course-item").click()
    for key in "584":
        page.keyboard.press(key)
    lab.wait_for(lambda: list(_digit_labels(home / IMAGES).values()) == ["5", "8", "4"], "the trainee's labels on disk")
    lab.close_notebook(page)
    lab.submit_lesson(page, IMAGES)
    watched_page.step("hub-trainee-submitted", root="#assignments")
    watched_page.leave()

    page.context.clear_cookies()
    assert TRAINEE in _course(course, "collect", IMAGES)  # what the instructor runs in their terminal
    assert TRAINEE in _course(course, "grade", IMAGES)
    _log_in(page, plan, INSTRUCTOR, plan.instructor_password)
    page.goto(f"{plan.url}/user/{INSTRUCTOR}/formgrader/manage_submissions/{IMAGES}")
    row = page.locator("tr", has_text=TRAINEE).first
    row.wait_for(timeout=60_000)
    assert re.search(r"\d+(\.\d+)?\s*/\s*13", row.inner_text()), "the instructor sees the trainee's score out of 13"
    watched_page.step("hub-instructor-formgrader")
    watched_page.leave()
