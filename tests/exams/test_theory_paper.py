"""A simulated cohort sits the Level 3 theory paper: build (proven by the key and a blank
paper), release, hand-ins to the exchange, nbgrader's collect before the close, grading,
per-question responses, feedback after the close. No key reaches a release or a kernel."""

import gc  # noqa: F401  (named in the kernel probe below)
import json
import shutil
from datetime import datetime, timedelta, timezone

import nbformat
import pytest
from nbclient import NotebookClient
from sqlalchemy import create_engine, text

from autograder.config import REPO, CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.exams.papers import build_paper, key_leaks, paper_source, read_key, release_paper
from autograder.exams.simulate import collect_paper, inbound_dir, simulate_theory
from autograder.exams.sittings import read_sittings, schedule_paper
from autograder.feedback.pages import write_feedback
from autograder.grading.scores import read_scores
from autograder.lesson.source import read_lesson
from course.exam import PaperFile, draw_paper
from course.variant import seed_for

pytestmark = pytest.mark.slow
PAPER = "exam_l3_theory"
CANDIDATES = 6
# the real format is 190 questions; a shorter paper of the same three parts keeps the test quick
SMALL_FORMAT = """theory:
  minutes: 90
  sections:
    - {type: tf, count: 6, points: 2}
    - {type: single, count: 12, points: 5}
    - {type: multiple, count: 3, points: 6}
practical: {minutes: 120}
"""
KERNEL_PROBE = """
import gc, json, sys
_strings = set()
def _take(value):
    if isinstance(value, str):
        _strings.add(value)
    elif isinstance(value, dict):  # dicts of plain strings are not tracked by gc: read them here
        _strings.update(v for v in list(value.values()) + list(value) if isinstance(v, str))
    elif isinstance(value, (list, tuple)):
        _strings.update(v for v in value if isinstance(v, str))
for _obj in gc.get_objects():
    _take(_obj)
    for _ref in gc.get_referents(_obj):
        _take(_ref)
json.dump({"strings": sorted(_strings), "modules": sorted(sys.modules)}, open("kernel_probe.json", "w"))
"""


@pytest.fixture(scope="module")
def sitting(tmp_path_factory):
    root = tmp_path_factory.mktemp("theory")
    shutil.copytree(REPO / "exams", root / "exams", ignore=shutil.ignore_patterns("banks"))
    (root / "exams" / "papers.yml").write_text(SMALL_FORMAT, encoding="utf-8")
    config = CourseConfig(course_dir=root / "course", exams_dir=root / "exams", cell_timeout=20)
    now = datetime.now(timezone.utc)
    schedule_paper(config, PAPER, (now - timedelta(hours=4)).isoformat(), (now - timedelta(hours=1)).isoformat())
    built = build_paper(PAPER, config)
    release_paper(PAPER, config)
    cohort = simulate_theory(config, PAPER, CANDIDATES, seed=5)
    collected = collect_paper(config, PAPER)
    run = grade_cohort(config, [PAPER], workers=2, show_progress=False)
    return config, built, cohort, collected, run


def test_the_build_is_proven_by_the_key_and_a_blank_paper(sitting):
    _, built, *_ = sitting
    assert (built.proof.solution_score, built.proof.blank_score, built.proof.autograded_max) == (100, 0, 100)


def test_scores_follow_simulated_skill(sitting):
    config, _, cohort, collected, run = sitting
    assert collected == CANDIDATES and run.statuses == {"ok": CANDIDATES}
    scores = read_scores(config, PAPER)
    regular = [c for c in cohort if "(" not in c.profile]  # not the late or twice hand-ins
    ranked = [scores[c.trainee].score for c in regular]
    assert ranked == sorted(ranked, reverse=True) and ranked[0] == 100 and ranked[-1] == 0
    assert ranked[1] > ranked[-1]
    assert all(scores[c.trainee].max_score == 100 for c in cohort)


def test_late_hand_ins_are_graded_and_flagged_and_the_last_before_the_close_counts(sitting):
    config, _, cohort, *_ = sitting
    sittings, scores = read_sittings(config, PAPER), read_scores(config, PAPER)
    late = next(c for c in cohort if "(late)" in c.profile)
    twice = next(c for c in cohort if "(twice)" in c.profile)
    assert sittings[late.trainee]["late"] and scores[late.trainee].score > 0
    assert [c.trainee for c in cohort if sittings[c.trainee]["late"]] == [late.trainee]
    closes = datetime.fromisoformat(sittings[twice.trainee]["closes_at"]).replace(tzinfo=None)
    assert datetime.fromisoformat(sittings[twice.trainee]["submitted_at"]) < closes
    assert len(list(inbound_dir(config).glob(f"{twice.trainee}+{PAPER}+*"))) == 2  # the other is kept
    assert all(sittings[c.trainee]["started_at"] for c in cohort)


def test_one_response_row_per_question_for_item_analysis(sitting):
    config, _, cohort, *_ = sitting
    engine = create_engine(config.gradebook_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT trainee_id, question_id, chosen, correct, points, max_points "
                                       "FROM course_exam_responses WHERE paper = :p"), {"p": PAPER}).all()
    engine.dispose()
    scores = read_scores(config, PAPER)
    for candidate in cohort:
        mine = [r for r in rows if r.trainee_id == candidate.trainee]
        assert len(mine) == 21 and sum(r.max_points for r in mine) == 90
        assert sum(r.points for r in mine) == pytest.approx(scores[candidate.trainee].score * 0.9)
        tf = [r.chosen for r in mine if r.chosen in ("true", "false")]
        assert all(r.chosen.startswith("[") for r in mine if r.chosen not in ("true", "false"))
        assert candidate.profile == "blank" or tf
    papers = {tuple(sorted(r.question_id for r in rows if r.trainee_id == c.trainee)) for c in cohort}
    assert len(papers) > 1  # candidates sat different papers from the same bank


def test_no_key_or_explanation_in_the_release_or_a_candidates_kernel(sitting, tmp_path):
    config, *_ = sitting
    key = read_key(config, PAPER)
    explanations = {t for item in key["key"].values() for t in item["explain"].values()}
    released = config.release_dir(PAPER)
    assert key_leaks(released, key) == []
    for path in released.rglob("*"):
        if path.is_file():
            content = path.read_text(encoding="utf-8", errors="replace")
            assert not any(e in content for e in explanations), path
            assert '"correct"' not in content and '"explain"' not in content, path
    # the released notebook run as a candidate runs it, then everything its kernel holds
    work = tmp_path / "work"
    shutil.copytree(released, work)
    notebook = nbformat.read(work / f"{PAPER}.ipynb", as_version=4)
    notebook.cells = [c for c in notebook.cells if "nbgrader" not in c.metadata or not c.metadata["nbgrader"].get("grade")]
    notebook.cells.append(nbformat.v4.new_code_cell(KERNEL_PROBE))
    import os
    os.environ["COURSE_TRAINEE"] = "zhang-wei"
    try:
        NotebookClient(notebook, timeout=60, resources={"metadata": {"path": str(work)}}).execute()
    finally:
        del os.environ["COURSE_TRAINEE"]
    probe = json.loads((work / "kernel_probe.json").read_text(encoding="utf-8"))
    drawn = draw_paper(PaperFile.load(PAPER, released), seed_for(PAPER, "zhang-wei"))
    assert drawn[0].stem["en"] in probe["strings"]  # the probe sees the paper the candidate sees…
    assert not explanations & set(probe["strings"])  # …and no explanation
    assert not [m for m in probe["modules"] if m.startswith("autograder")]


def test_keys_and_explanations_reach_feedback_only_after_the_close(sitting):
    config, _, cohort, *_ = sitting
    key = read_key(config, PAPER)
    lesson = read_lesson(paper_source(config, PAPER))
    weak = min((c for c in cohort if c.profile != "blank"), key=lambda c: float(c.skill))  # some answers wrong
    explanations = [t for item in key["key"].values() for t in item["explain"].values()]

    def page(now):
        write_feedback(config, lesson, now=now)
        return (config.course_dir / "feedback" / weak.trainee / PAPER / f"{PAPER}.html").read_text(encoding="utf-8")

    before = page(datetime.now(timezone.utc) - timedelta(hours=2))
    after = page(datetime.now(timezone.utc))
    assert not any(e in before for e in explanations)
    assert any(e in after for e in explanations)
