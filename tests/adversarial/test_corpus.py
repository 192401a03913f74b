"""The adversarial corpus: one submission per attack (tests/adversarial/corpus/<attack>.py),
graded together with an honest trainee. For each: zero undeserved points, the expected
status and tamper flag, and the rest of its notebook and of the cohort graded as usual.

Attacks aim at things that exist wherever the tests run (`Target`: this course's directory
and gradebook, the honest trainee's folder, a port this test listens on), and an attack's
answer is only right when the attack worked: remove the defence and its test fails.
"""

import runpy
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import bwrap_path
from autograder.grading.report import cohort_rows
from autograder.feedback.pages import write_feedback
from autograder.integrity.similarity import compare_cohort, side_by_side
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import read_lesson
from autograder.release.publish import release_lesson
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bwrap_path() is None, reason="bubblewrap is not installed")]
LESSON = "integrity_lesson"
CORPUS = Path(__file__).parent / "corpus"
POINTS = {"total": 2, "tidy": 2, "labels": 2}
HONEST = {
    "total": "def total(values):\n    return int(sum(values))",
    "tidy": "def tidy(frame):\n    out = frame.copy()\n    out['city'] = out['city'].str.strip()\n    return out",
}
HONEST_LABELING = ("for position, value in enumerate(['positive', 'negative'] * 3):\n"
                   "    labeler.session.goto(position)\n    labeler.session.label(value)")
ATTACKS = {path.stem: runpy.run_path(str(path)) for path in sorted(CORPUS.glob("*.py"))}


@dataclass(frozen=True)
class Target:
    """What an attack file's `answers(target)` may aim at: all of it real in this test."""

    course_dir: Path
    gradebook: Path
    neighbour: Path  # the honest trainee's submission folder
    port: int  # this test listens on 127.0.0.1 at this port


def write_submission(config: CourseConfig, release: Path, trainee: str, attack: dict, target: Target) -> None:
    folder = config.submitted_dir(trainee, LESSON)
    shutil.copytree(release, folder)
    notebook = nbformat.read(release / f"{LESSON}.ipynb", 4)
    answers = {**HONEST, **attack.get("ANSWERS", {}), **(attack["answers"](target) if "answers" in attack else {})}
    for cell in notebook.cells:
        item = cell.metadata.get("nbgrader", {}).get("grade_id", "").removesuffix("_answer")
        if cell.metadata.get("nbgrader", {}).get("solution") and item in answers:
            cell.source = answers[item].strip()
    labeling = attack.get("LABELS", HONEST_LABELING)
    if labeling:
        position = next(i for i, c in enumerate(notebook.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "labels")
        notebook.cells.insert(position, nbformat.v4.new_code_cell(labeling))
    write_timestamp(folder)
    raw = attack["mutate"](notebook, folder, config.course_dir) if "mutate" in attack else None
    if isinstance(raw, bytes):
        (folder / f"{LESSON}.ipynb").write_bytes(raw)
    else:
        nbformat.write(notebook, folder / f"{LESSON}.ipynb")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    config = CourseConfig(course_dir=tmp_path_factory.mktemp("course"), lessons_dir=FIXTURES / "lessons",
                          datasets_dir=FIXTURES / "datasets", cell_timeout=3)
    build_lesson(config.lessons_dir / LESSON, config, prove=False)
    release = release_lesson(read_lesson(config.lessons_dir / LESSON), config)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        target = Target(config.course_dir, config.course_dir / "gradebook.db", config.submitted_dir("honest", LESSON),
                        listener.getsockname()[1])
        write_submission(config, release, "honest", {}, target)
        for name, attack in ATTACKS.items():
            write_submission(config, release, name, attack, target)
        run = grade_cohort(config, [LESSON], workers=2, show_progress=False)
        listener.settimeout(0.1)
        try:
            listener.accept()[0].close()
            reached = True
        except OSError:
            reached = False
    return config, run, {row.trainee: row for row in cohort_rows(config, [LESSON])}, reached


def test_the_corpus_has_at_least_thirty_attacks():
    assert len(ATTACKS) >= 30


def test_the_honest_trainee_is_unaffected(graded):
    _, _, rows, _ = graded
    assert rows["honest"].status == "ok" and rows["honest"].items == POINTS


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_earns_nothing_undeserved(graded, name):
    _, _, rows, _ = graded
    assert not undeserved(ATTACKS[name]["EXPECT"], rows[name])


def undeserved(expect: dict, row) -> list[str]:
    """What a graded attack got that it should not have (empty when every defence held)."""
    found = []
    statuses = expect["status"] if isinstance(expect["status"], tuple) else (expect["status"],)
    if row.status not in statuses:
        found.append(f"status {row.status}, not {' or '.join(statuses)}: {row.detail}")
    for item, points in POINTS.items():
        earned = row.items.get(item) or 0
        if item in expect["zero"] and earned != 0:
            found.append(f"{item} earned {earned:g}")
        elif item not in expect["zero"] and expect.get("rest") != "at most" and earned != points:
            # the rest of the notebook is graded as if the attack were not there
            found.append(f"{item} earned {earned:g} of {points}: {row.detail}")
    if "flag" in expect and expect["flag"] not in row.detail:
        found.append(f"not flagged {expect['flag']!r}: {row.detail}")
    return found


def test_nothing_escaped_the_sandbox(graded):
    config, _, _, reached = graded
    assert not reached  # nobody connected to the port the network attack aimed at
    assert not (config.course_dir / "pwned-by-trainee").exists()  # the pickled answer never ran
    assert not (config.release_dir(LESSON) / "planted.txt").exists()
    assert not (config.submitted_dir("honest", LESSON) / "planted.txt").exists()


def test_the_copied_pair_is_flagged_and_nobody_else(graded):
    config, _, _, _ = graded
    matches, code = compare_cohort(config, LESSON)
    pairs = {frozenset((m.first, m.second)) for m in matches}
    assert pairs == {frozenset(("copy-of-neighbour", "copy-of-neighbour-original"))}
    shown = side_by_side(matches[0], code[matches[0].first], code[matches[0].second])
    assert "accumulated = accumulated + number" in shown and "running = running + value" in shown


def test_feedback_never_shows_hidden_tests_judges_or_gold(graded):
    config, _, _, _ = graded
    lesson = read_lesson(config.lessons_dir / LESSON)
    run = write_feedback(config, lesson)
    assert len(run.written) == len(ATTACKS) + 1 and not run.withheld
    secrets = ['submit("total"', "submit(\"tidy\"", "def judge", "read_answer_file", "gold_labels.csv",
               "int(np.sum(values))", 'out["city"] = out["city"].str.strip()']
    gold_rows = (config.datasets_dir / "integrity" / "gold_labels.csv").read_text().splitlines()[1:]
    for page in run.written:
        text = page.read_text(encoding="utf-8")
        assert not [s for s in secrets if s in text], page
        assert not [row for row in gold_rows if row in text], page


def test_feedback_follows_each_item_s_disclosure_policy(graded):
    config, _, _, _ = graded
    write_feedback(config, read_lesson(config.lessons_dir / LESSON))
    page = (config.course_dir / "feedback" / "patch-builtins-assert-path" / LESSON / f"{LESSON}.html").read_text()
    assert "Details are not shown for this task." in page  # tidy: disclose="never"
    page = (config.course_dir / "feedback" / "redefine-check-helper" / LESSON / f"{LESSON}.html").read_text()
    assert "total gives wrong sums." in page and "Expected: [0, 10, 136]" in page  # after the deadline
    page = (config.course_dir / "feedback" / "print-fake-pass" / LESSON / f"{LESSON}.html").read_text()
    assert "No answer was recorded for this task" in page  # its visible check stopped before submitting
