"""What a trainee waits for in JupyterLab, measured in Debian's Chromium.

- key press -> next item shown: a number key in the digit classifier until the widget shows
  the next item ("Item k of N" changes);
- slider move -> figure redrawn: an arrow key on a tuning slider until the figure's image
  is replaced;
- cell run -> widget shown: running the classifier's cell until its widget is on the page.

Times are taken inside the page (performance.now() at the key's keydown or the run command,
and when a MutationObserver sees the change), so Playwright's own round trips do not count.
Prints median and worst; not a timed test.

    .venv/bin/python benchmarks/browser_latency.py [--presses 40] [--moves 12] [--runs 8]
"""

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import nbformat
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the JupyterLab helpers of the browser tests
from tests.browser import lab  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, running_lab  # noqa: E402

CELLS = [
    "import numpy as np\nfrom sklearn.datasets import make_moons\nfrom sklearn.svm import SVC\n"
    "from course.widgets import ImageClassifier\nfrom course.widgets.tuning import Hyperparameter, TuningPlayground",
    "rng = np.random.default_rng(0)\n"
    "digits = ImageClassifier('bench_digits', {f'd{i}': rng.integers(0, 17, (8, 8)) for i in range(60)},\n"
    "                         [str(d) for d in range(10)], invert=True, lang='en')\ndigits",
    "X, y = make_moons(300, noise=0.3, random_state=0)\n"
    "playground = TuningPlayground('bench_svm', lambda C, gamma: SVC(C=C, gamma=gamma),\n"
    "    [Hyperparameter('C', (0.1, 1.0, 10.0, 100.0), default=1.0),\n"
    "     Hyperparameter('gamma', (0.1, 0.3, 1.0, 3.0, 10.0, 30.0), default=1.0)],\n"
    "    X[:200], y[:200], X[200:], y[200:], lang='en')\nplayground",
]

# Starts watching `selector`; `done` resolves with the milliseconds from the next keydown
# (for "run": from running the active cell, started here) until what the trainee waits for
# differs from before: the item's image (key), the figure (slider), a new widget (run).
TIME_CHANGE = """([selector, what]) => {
  const target = document.querySelector(selector);
  const probe = what === 'run' ? () => target.querySelector('.course-labeling')
                               : () => (target.querySelector('img') || {}).src;
  const before = probe();
  let started = null;
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (started === null || probe() === before || !probe()) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(target, {subtree: true, childList: true, characterData: true, attributes: true});
    setTimeout(() => { observer.disconnect(); resolve(null); }, 30000);  // never shown: a miss
  });
  if (what === 'run') {
    started = performance.now();
    window.jupyterapp.commands.execute('notebook:run-cell');
  } else {
    document.addEventListener('keydown', () => { started = performance.now(); }, {capture: true, once: true});
  }
  return {done};
}"""


def _summary(name: str, samples: list) -> str:
    shown = [s for s in samples if s is not None]
    missed = f", {len(samples) - len(shown)} not shown within 30 s" if len(shown) < len(samples) else ""
    if not shown:
        return f"{name:<32} nothing shown (n={len(samples)}){missed}"
    return (f"{name:<32} median {statistics.median(shown):7.1f} ms   worst {max(shown):7.1f} ms"
            f"   (n={len(shown)}{missed})")


def _timed(page, selector: str, what: str, act=lambda: None) -> float:
    waiting = page.evaluate_handle(TIME_CHANGE, [selector, what])
    act()
    return page.evaluate("(waiting) => waiting.done", waiting)


def measure(presses: int, moves: int, runs: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        root = Path(tmp) / "lab"
        root.mkdir()
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(notebook, root / "bench.ipynb")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport=VIEWPORT).new_page()
        with running_lab(root, Path(tmp) / "home") as server:
            page.goto(f"{server.url}/lab/tree/bench.ipynb")
            lab.wait_for_app(page)
            lab.open_notebook(page, "bench.ipynb")
            lab.restart_and_run_all(page)
            results = {"key press -> next item shown": [], "slider move -> figure redrawn": [],
                       "cell run -> widget shown": []}

            page.locator(".course-labeling .course-item").first.click()
            for index in range(presses):
                results["key press -> next item shown"].append(
                    _timed(page, ".course-labeling", "key", lambda: page.keyboard.press(str(index % 10))))

            handle = page.locator(".widget-slider .noUi-handle").last
            handle.scroll_into_view_if_needed()
            handle.click()
            for index in range(moves):  # back and forth across the grid: new fits and cached ones
                key = "ArrowRight" if (index // 5) % 2 == 0 else "ArrowLeft"
                results["slider move -> figure redrawn"].append(
                    _timed(page, ".jp-Notebook .jp-Cell:nth-child(3) .jp-OutputArea", "slider",
                           lambda: page.keyboard.press(key)))

            for _ in range(runs):
                page.evaluate("window.jupyterapp.shell.currentWidget.content.activeCellIndex = 1")
                results["cell run -> widget shown"].append(
                    _timed(page, ".jp-Notebook .jp-Cell:nth-child(2)", "run"))
                lab.wait_until_idle(page)
        browser.close()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--moves", type=int, default=12)
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    for name, samples in measure(args.presses, args.moves, args.runs).items():
        print(_summary(name, samples))


if __name__ == "__main__":
    main()
