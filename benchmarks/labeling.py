"""Python-side speed of labeling on a 2,000-item session, and answer-file growth.

Prints figures; not a timed test. Targets (issue 3): moving to the next item < 50 ms,
saving one action < 5 ms, and the answer file growing linearly with the actions.

    .venv/bin/python benchmarks/labeling.py
"""

import statistics
import tempfile
import time
from pathlib import Path

from course.widgets import TextClassifier
from course.widgets.session import LabelingSession
from course.widgets.task import LabelTask

ITEMS = 2000
CLASSES = ["positive", "negative", "neutral", "off-topic"]


def _texts():
    return {f"review-{i:04d}": f"Review number {i}: the delivery was quick but the box was damaged. 快递很快，但盒子坏了。"
            for i in range(ITEMS)}


def _median_ms(samples):
    return f"median {statistics.median(samples) * 1000:.2f} ms, worst {max(samples) * 1000:.2f} ms"


def time_next_item(folder: Path) -> list[float]:
    """The whole widget: session move + progress + redraw of every part (no browser)."""
    widget = TextClassifier("bench_next", _texts(), CLASSES, folder=folder, lang="en")
    samples = []
    for _ in range(ITEMS - 1):
        start = time.perf_counter()
        widget.handle_key("ArrowRight")
        samples.append(time.perf_counter() - start)
    return samples


def time_save_action(folder: Path) -> list[float]:
    """One label action: state update + one appended, fsynced line."""
    session = LabelingSession(folder / "bench_save.labels.jsonl", LabelTask("class", tuple(CLASSES), tuple(_texts())),
                              lang="en")
    samples = []
    for i in range(ITEMS):
        start = time.perf_counter()
        session.label(CLASSES[i % len(CLASSES)])
        samples.append(time.perf_counter() - start)
        session.next()
    session.close()
    return samples


def file_size_after(folder: Path, actions: int) -> int:
    path = folder / f"bench_size_{actions}.labels.jsonl"
    session = LabelingSession(path, LabelTask("class", tuple(CLASSES), tuple(_texts())), lang="en")
    for i in range(actions):
        session.label(CLASSES[i % len(CLASSES)])
    session.close()
    return path.stat().st_size


def main():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"next item (widget, {ITEMS} items):   {_median_ms(time_next_item(folder))}   target < 50 ms")
        print(f"save one action ({ITEMS} items):      {_median_ms(time_save_action(folder))}   target < 5 ms")
        small, large = file_size_after(folder, 200), file_size_after(folder, 2000)
        print(f"answer file: {small:,} bytes after 200 actions, {large:,} after 2,000 "
              f"(ratio {large / small:.2f}; 10.00 would be exactly linear)")


if __name__ == "__main__":
    main()
