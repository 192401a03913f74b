"""Real servers on free localhost ports in temporary folders (JupyterLab, a course built and
released to nbgrader's exchange, JupyterHub), and Debian's Chromium driven by Playwright.

Never a downloaded browser: Chromium comes from apt (the Makefile's SYSTEM_PACKAGES). When
Chromium or a font is missing the tests say what to install; in CI (`CI` set) they fail
instead of skipping.
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.lesson.source import lesson_file, read_lesson
from autograder.release.publish import release_lesson
from tests.browser.pagecheck import PageWatch

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
VIEWPORT = {"width": 1400, "height": 1000}
REQUIRED_FONTS = {"Noto Sans CJK SC": "fonts-noto-cjk", "Noto Color Emoji": "fonts-noto-color-emoji"}
JOURNEY_LESSONS = ("l5_image_labeling", "l3_model_tuning")
LOCALES = {"en": "en", "zh": "zh_CN"}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives JupyterLab in Debian's Chromium (tens of seconds)")


def missing_or_skip(reason: str):
    """Without what a browser test needs: fail in CI (it must run there), skip elsewhere, saying what to install."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen, log: Path, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=10).read()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{what} did not start:\n" + log.read_text(errors="replace")[-3000:])
            time.sleep(0.3)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class JupyterLab:
    def __init__(self, root: Path, port: int, process: subprocess.Popen):
        self.root, self.port, self.process = root, port, process
        self.url = f"http://127.0.0.1:{port}"

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(self.url + path, method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None


@contextlib.contextmanager
def running_lab(root: Path, home: Path, env: dict | None = None, locale: str = "en"):
    """JupyterLab serving `root`, its settings in `home`, in the given display language."""
    root.mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    settings = home / "settings"
    if locale != "en":  # the language JupyterLab's Settings > Language menu would choose
        path = settings / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"locale": locale}), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"), "JUPYTERLAB_SETTINGS_DIR": str(settings),
           **(env or {})}
    command = [str(Path(sys.executable).with_name("jupyter")), "lab", "--no-browser", f"--port={port}",
               "--ServerApp.ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
               "--ServerApp.disable_check_xsrf=True", f"--ServerApp.root_dir={root}",
               "--LabApp.expose_app_in_browser=True", "--allow-root"]  # CI containers run as root
    log_path = home / "jupyter.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
        lab = JupyterLab(root, port, process)
        try:
            wait_for_http(lab.url + "/api/status", process, log_path, "JupyterLab")
            yield lab
        finally:
            for session in _sessions(lab):
                with contextlib.suppress(OSError):
                    lab.api(f"/api/sessions/{session['id']}", method="DELETE")
            stop(process)


def _sessions(lab):
    try:
        return lab.api("/api/sessions")
    except OSError:
        return []


@pytest.fixture
def jupyter_lab(tmp_path):
    with running_lab(tmp_path / "lab", tmp_path / "home") as lab:
        yield lab


def trainee_env(course: CourseConfig, trainee: str, home: Path) -> dict:
    """What a trainee's server runs with: their own name and home, and the course's trainee config."""
    return {"USER": trainee, "LOGNAME": trainee, "HOME": str(home),
            "JUPYTER_CONFIG_PATH": str(course.trainee_config_dir)}


@pytest.fixture(scope="module")  # the hub test keeps its own course and exchange
def released_course(tmp_path_factory):
    """A course directory per language with the journey lessons built and released to its exchange."""
    made = {}

    def make(lang: str) -> CourseConfig:
        if lang not in made:
            folder = tmp_path_factory.mktemp(f"course-{lang}")
            config = CourseConfig(course_dir=folder / "course", lang=lang)
            for lesson_id in JOURNEY_LESSONS:
                path = lesson_file(config.lessons_dir / lesson_id)
                build_lesson(path, config, prove=False)  # `course build` proves lessons; its tests cover that
                release_lesson(read_lesson(path), config)
            made[lang] = config
        return made[lang]

    return make


def _check_browser_and_fonts():
    if not CHROMIUM.exists() or not os.access(CHROMIUM, os.X_OK):
        missing_or_skip("Debian's chromium is not installed at /usr/bin/chromium: `apt-get install chromium` "
                        "(or `make setup`)")
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    for family, package in REQUIRED_FONTS.items():
        if family not in families:
            missing_or_skip(f"the font {family!r} is not installed, so Chinese or emoji would render as boxes: "
                            f"`apt-get install {package}` (or `make setup`)")


@pytest.fixture(scope="module")
def browser():
    _check_browser_and_fonts()
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    yield context.new_page()
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_report = report
    return report


@pytest.fixture
def watched_page(browser, request):
    """A page whose console errors, box glyphs and oversized elements fail the test (see pagecheck)."""
    context = browser.new_context(viewport=VIEWPORT)
    watch = PageWatch(context.new_page(), ARTIFACTS / request.node.name.replace("[", "-").rstrip("]"))
    yield watch
    report = getattr(request.node, "call_report", None)
    if report is not None and report.failed:  # what the page showed when the test failed
        with contextlib.suppress(Exception):
            watch.page.screenshot(path=str(watch.artifacts / "failed.png"))
    context.close()
