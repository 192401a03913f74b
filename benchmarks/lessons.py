"""Execute every lesson's solution notebook on one core and print its wall time.

    .venv/bin/python benchmarks/lessons.py [LESSON …]

For each lesson in lessons/ (or the ones named), the English nbgrader source notebook (the
solution, with its checks) is written with the lesson's datasets and `lesson.json` into a
temporary folder (data a lesson generates at build time is generated first) and executed top to bottom with nbclient, the kernel pinned to one core
(this process pins itself before starting the kernel, and the kernel inherits it, as with
`taskset -c 0`). Wall time includes the kernel's start. The target is under 30 s per
lesson (aim for under 10 s); figures and cells that raised are printed, never asserted.
"""

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import nbclient

from autograder.build.pipeline import generate_missing_data, lesson_manifest, source_notebook
from autograder.config import REPO
from autograder.lesson.source import find_lessons, read_lesson
from course.lesson import MANIFEST_NAME

TARGET_SECONDS = 30
AIM_SECONDS = 10


def run_lesson(path: Path, datasets_dir: Path) -> tuple[float, list[str]]:
    """Wall seconds to execute the lesson's solution notebook, and the cells that raised."""
    lesson = read_lesson(path)
    generate_missing_data(lesson, datasets_dir)  # data made at build time, for lessons not built yet
    with tempfile.TemporaryDirectory(prefix=f"bench-{lesson.lesson_id}-") as folder:
        folder = Path(folder)
        notebook = source_notebook(lesson, "en")
        for name in lesson.datasets:
            shutil.copy2(datasets_dir / name, folder / Path(name).name)
        (folder / MANIFEST_NAME).write_text(lesson_manifest(lesson, "en").to_json(), encoding="utf-8")
        client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=120, allow_errors=True,
                                         resources={"metadata": {"path": str(folder)}})
        started = time.perf_counter()
        client.execute()
        seconds = time.perf_counter() - started
    errors = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                name = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index + 1}"
                errors.append(f"{name}: {output.get('ename')}")
    return seconds, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson ids (default: every lesson in lessons/)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # the kernel started below inherits it
    paths = find_lessons(REPO / "lessons")
    if args.lessons:
        paths = [p for p in paths if p.stem in args.lessons]
    print(f"solution notebooks, executed top to bottom on 1 core; target < {TARGET_SECONDS} s (aim < {AIM_SECONDS} s)")
    print(f"{'lesson':<24} {'wall':>7}  verdict")
    for path in paths:
        try:
            seconds, errors = run_lesson(path, REPO / "datasets")
        except Exception as error:  # a lesson that cannot even be read or started: say so, go on
            print(f"{path.stem:<24} {'—':>7}  could not run: {type(error).__name__}: {str(error)[:120]}")
            continue
        verdict = "under 30 s" if seconds < TARGET_SECONDS else "OVER 30 s"
        if seconds < AIM_SECONDS:
            verdict += ", under 10 s"
        if errors:
            verdict += f"; {len(errors)} cell(s) raised: {', '.join(errors[:3])}"
        print(f"{path.stem:<24} {seconds:>6.1f}s  {verdict}")


if __name__ == "__main__":
    main()
