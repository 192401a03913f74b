"""The adversarial corpus: one submission per attack (tests/adversarial/corpus/<attack>.py),
graded together with an honest trainee. For each: zero undeserved points, the expected
status and tamper flag, and the rest of its notebook and of the cohort graded as usual."""

import runpy
import shutil
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


def write_submission(config: CourseConfig, release: Path, trainee: str, attack: dict) -> None:
    folder = config.submitted_dir(trainee, LESSON)
    shutil.copytree(release, folder)
    notebook = nbformat.read(release / f"{LESSON}.ipynb", 4)
    answers = {**HONEST, **attack.get("ANSWERS", {})}
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
    write_submission(config, release, "honest", {})
    for name, attack in ATTACKS.items():
        write_submission(config, release, name, attack)
    run = grade_cohort(config, [LESSON], workers=2, show_progress=False)
    return config, run, {row.trainee: row for row in cohort_rows(config, [LESSON])}


def test_the_corpus_has_at_least_thirty_attacks():
    assert len(ATTACKS) >= 30


def test_the_honest_trainee_is_unaffected(graded):
    _, _, rows = graded
    assert rows["honest"].status == "ok" and rows["honest"].items == POINTS


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_earns_nothing_undeserved(graded, name):
    _, _, rows = graded
    expect, row = ATTACKS[name]["EXPECT"], rows[name]
    statuses = expect["status"] if isinstance(expect["status"], tuple) else (expect["status"],)
    assert row.status in statuses, row.detail
    for item, points in POINTS.items():
        earned = row.items.get(item) or 0
        if item in expect["zero"]:
            assert earned == 0, f"{item}: {row.detail}"
        elif expect.get("rest") == "at most":
            assert earned <= points, f"{item}: {row.detail}"
        else:  # the rest of the notebook is graded as if the attack were not there
            assert earned == points, f"{item}: {row.detail}"
    if "flag" in expect:
        assert expect["flag"] in row.detail


def test_nothing_escaped_the_sandbox(graded):
    assert not Path("/tmp/pwned-by-trainee").exists()
    for planted in ("/usr/lib/planted.txt", "/etc/planted.txt"):
        assert not Path(planted).exists()


def test_the_copied_pair_is_flagged_and_nobody_else(graded):
    config, _, _ = graded
    matches, code = compare_cohort(config, LESSON)
    pairs = {frozenset((m.first, m.second)) for m in matches}
    assert pairs == {frozenset(("copy-of-neighbour", "copy-of-neighbour-original"))}
    shown = side_by_side(matches[0], code[matches[0].first], code[matches[0].second])
    assert "accumulated = accumulated + number" in shown and "running = running + value" in shown


def test_feedback_never_shows_hidden_tests_judges_or_gold(graded):
    config, _, _ = graded
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
    config, _, _ = graded
    write_feedback(config, read_lesson(config.lessons_dir / LESSON))
    page = (config.course_dir / "feedback" / "patch-builtins-assert-path" / LESSON / f"{LESSON}.html").read_text()
    assert "Details are not shown for this task." in page  # tidy: disclose="never"
    page = (config.course_dir / "feedback" / "redefine-check-helper" / LESSON / f"{LESSON}.html").read_text()
    assert "total gives wrong sums." in page and "Expected: [0, 10, 136]" in page  # after the deadline
    page = (config.course_dir / "feedback" / "print-fake-pass" / LESSON / f"{LESSON}.html").read_text()
    assert "No answer was recorded for this task" in page  # its visible check stopped before submitting
