"""Proof that the corpus can fail: grade the attacks a defence stops with that defence removed,
and list the attacks that then earn what they should not.

    .venv/bin/python -m tests.adversarial.undefended sandbox|judges|tamper-check|symlinks|answers-folder

Run by hand, not by pytest. Only attacks whose targets belong to the run (its own course
directory, gradebook and port) are graded without the sandbox; fork and memory bombs never are.
"""

import shutil
import socket
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine import nbgrader_steps
from autograder.engine.runner import grade_cohort
from autograder.grading.report import cohort_rows
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from course.answers import ANSWERS_DIR
from tests.adversarial.test_corpus import ATTACKS, LESSON, Target, undeserved, write_submission
from tests.conftest import FIXTURES


def _following_symlinks(folder, ignore):
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and not nbgrader_steps._ignored(path.name, ignore):
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def _copying_answers(name, ignore, ignored=nbgrader_steps._ignored):
    return name != ANSWERS_DIR and ignored(name, ignore)


# defence → (the attacks it stops, how to take it away)
DEFENCES = {
    "sandbox": (["network-exfiltration", "overwrite-gradebook", "read-gold-labels", "read-hidden-tests-from-disk",
                 "write-outside-scratch", "copy-from-neighbour-folder"], dict(unsafe=True), []),
    # judges outside the kernel. print-fake-pass, disable-traceback-display, system-exit-in-atexit,
    # hand-edited-widget-labels and binary-garbage-answer-file fail nbgrader's own check cells
    # as well, so taking the judges away alone lets none of them through
    "judges": (["eq-always-true", "bool-always-true", "monkeypatch-numpy-allclose", "redefine-check-helper",
                "import-hook-hijack"], dict(judges=False), []),
    "tamper-check": (["change-kernelspec", "delete-test-cell", "duplicate-grade-id", "edit-locked-test-cell",
                      "rename-grade-id", "time-travel-timestamps"], {},
                     [mock.patch("autograder.engine.grading_unit.find_tampering", lambda submitted, released: []),
                      mock.patch("autograder.engine.grading_unit.timestamp_tampering", lambda timestamp: []),
                      mock.patch("autograder.engine.grading_unit.restore_for_grading", lambda submitted, released: submitted)]),
    "symlinks": (["symlink-to-gold"], {}, [mock.patch.object(nbgrader_steps, "_files_in", _following_symlinks)]),
    # a submitted answers folder is never copied beside the notebook graded
    "answers-folder": (["prefilled-answers-folder"], {}, [mock.patch.object(nbgrader_steps, "_ignored", _copying_answers)]),
}


def main(defence: str) -> None:
    names, options, patches = DEFENCES[defence]
    folder = Path(tempfile.mkdtemp(prefix=f"undefended-{defence}-"))
    try:
        config = CourseConfig(course_dir=folder / "course", lessons_dir=FIXTURES / "lessons",
                              datasets_dir=FIXTURES / "datasets", cell_timeout=3)
        build_lesson(config.lessons_dir / LESSON, config, prove=False)
        release = release_lesson(read_lesson(config.lessons_dir / LESSON), config)
        with socket.socket() as listener, ExitStack() as undone:
            listener.bind(("127.0.0.1", 0))
            listener.listen()
            target = Target(config.course_dir, config.course_dir / "gradebook.db",
                            config.submitted_dir("honest", LESSON), listener.getsockname()[1])
            write_submission(config, release, "honest", {}, target)
            for name in names:
                write_submission(config, release, name, ATTACKS[name], target)
            for patch in patches:
                undone.enter_context(patch)
            grade_cohort(config, [LESSON], workers=2, show_progress=False, **options)
            listener.settimeout(0.1)
            try:
                listener.accept()[0].close()
                print("the listener on 127.0.0.1 received a connection")
            except OSError:
                pass
        rows = {row.trainee: row for row in cohort_rows(config, [LESSON])}
        for name in names:
            found = undeserved(ATTACKS[name]["EXPECT"], rows[name])
            print(f"{'FAILS' if found else 'passes'}  {name}: {'; '.join(found)[:300]}")
        for planted in (config.release_dir(LESSON) / "planted.txt", target.neighbour / "planted.txt",
                        config.course_dir / "pwned-by-trainee"):
            if planted.exists():
                print(f"planted: {planted}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
