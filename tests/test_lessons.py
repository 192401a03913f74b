"""Every lesson in lessons/ builds in both languages, and in each language its solution is
executed and earns full marks while its untouched release earns 0, with no leak (the build's
proof)."""

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.config import REPO
from autograder.lesson.source import find_lessons, read_lesson
from autograder.release.publish import release_lesson

LESSONS = find_lessons(REPO / "lessons")


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_builds_and_releases_in_chinese(path, repo_config):
    """`course build --lang zh` then `course release` (which has no --lang): Chinese stubs."""
    built = build_lesson(path, repo_config.with_(lang="zh"), prove=False)
    assert built.manifest.lang == "zh" and len(built.manifest.items) >= 4
    folder = release_lesson(read_lesson(path), repo_config)
    cells = nbformat.read(folder / f"{path.stem}.ipynb", as_version=4).cells
    stubs = [cell.source for cell in cells if cell.metadata.get("nbgrader", {}).get("solution")]
    assert stubs and all("在此编写你的代码" in s or "在此作答" in s for s in stubs), stubs
    assert not any("YOUR CODE HERE" in c.source or "YOUR ANSWER HERE" in c.source for c in cells)
    assert "在此编写你的代码" in (repo_config.course_dir / "nbgrader_config.py").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_solution_earns_full_marks_and_release_zero(path, lang, repo_config):
    proof = build_lesson(path, repo_config.with_(lang=lang)).proof
    assert proof.holds, proof.problems
    assert proof.solution_score == proof.autograded_max > 0 and proof.blank_score == 0


LABELING = [p for p in LESSONS if p.stem in ("l5_text_labeling", "l5_image_labeling", "l5_label_statistics",
                                             "l4_labeling_spec", "l4_label_auditing", "l3_ai_assisted_labeling")]


@pytest.mark.slow
@pytest.mark.parametrize("path", LABELING, ids=[p.stem for p in LABELING])
def test_labelers_score_in_the_order_of_their_care(path, repo_config):
    """Careful labelers above sloppy ones above random clickers, as simulated from the
    lesson's mistakes.yml (sloppy and random labeling code)."""
    from autograder.engine.runner import grade_cohort
    from autograder.grading.scores import read_scores
    from autograder.lesson.source import read_lesson
    from autograder.release.publish import release_lesson
    from autograder.simulate import simulate_cohort

    build_lesson(path, repo_config, prove=False)
    release_lesson(read_lesson(path), repo_config)
    cohort = simulate_cohort(repo_config, path.stem, trainees=7, seed=5, misbehaving=False)
    grade_cohort(repo_config, [path.stem], workers=2, show_progress=False)
    scores = read_scores(repo_config, path.stem)
    ordered = [scores[t.person.trainee].auto_score if t.person.trainee in scores else 0 for t in cohort]
    assert ordered == sorted(ordered, reverse=True), ordered
    assert ordered[0] == scores[cohort[0].person.trainee].auto_max and ordered[-1] == 0


@pytest.mark.slow
def test_a_labeler_who_labels_part_of_the_batch_earns_part_of_the_points(repo_config):
    """The labels reach the judge before the visible "label every digit" check stops the cell,
    so 30 right digits of 40 earn partial credit, not the nothing an unopened widget earns."""
    from autograder.engine.runner import grade_cohort
    from autograder.grading.scores import read_scores
    from autograder.grading.submissions import write_timestamp

    path = next(p for p in LESSONS if p.stem == "l5_image_labeling")
    build_lesson(path, repo_config, prove=False)
    release = release_lesson(read_lesson(path), repo_config) / f"{path.stem}.ipynb"
    notebook = nbformat.read(release, as_version=4)
    check = next(i for i, c in enumerate(notebook.cells)
                 if c.metadata.get("nbgrader", {}).get("grade_id") == "label_digits")
    notebook.cells.insert(check, nbformat.v4.new_code_cell(
        'for _position, _key in enumerate("6902816703014968473465312859421295730857"[:30]):\n'
        "    digit_labeler.session.goto(_position)\n"
        "    digit_labeler.session.label(_key)"))
    folder = repo_config.submitted_dir("partial", path.stem)
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{path.stem}.ipynb")
    write_timestamp(folder)
    grade_cohort(repo_config, [path.stem], workers=1, show_progress=False)
    earned = read_scores(repo_config, path.stem)["partial"].items["label_digits"]
    assert 0 < earned < 3
