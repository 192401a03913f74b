"""Every paper builds in Chinese (the other tests build them in English); theory papers in the
real format from the real banks."""

import json

import pytest

from autograder.exams.papers import build_paper, paper_ids, paper_source
from autograder.lesson.source import read_lesson
from course.exam import PaperFile, draw_paper

PAPERS = paper_ids()


@pytest.mark.parametrize("paper_id", PAPERS)
def test_every_paper_builds_in_chinese(paper_id, repo_config):
    built = build_paper(paper_id, repo_config.with_(lang="zh"), prove=False)
    assert built.manifest.lang == "zh" and built.max_points == 100
    assert all(not item.hints for item in built.manifest.items.values())  # exam mode: no hints


@pytest.mark.parametrize("level", [5, 4, 3])
def test_theory_papers_have_the_real_format(level, repo_config):
    paper_id = f"exam_l{level}_theory"
    build_paper(paper_id, repo_config, prove=False)
    paper = PaperFile.load(paper_id, repo_config.source_dir(paper_id))
    drawn = draw_paper(paper, 1)
    assert [q.type for q in drawn] == ["tf"] * 40 + ["single"] * 140 + ["multiple"] * 10
    assert sum(q.points for q in drawn) == 100 and paper.minutes == 90
    key = json.loads((repo_config.judges_dir(paper_id) / "gold" / "key.json").read_text(encoding="utf-8"))
    assert set(key["key"]) == {q["id"] for q in paper.questions}


def test_every_paper_has_a_source(repo_config):
    """Practical papers are in exams/practical/; theory papers are written from one template."""
    assert [read_lesson(paper_source(repo_config, paper_id)).lesson_id for paper_id in PAPERS] == PAPERS
