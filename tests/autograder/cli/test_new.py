"""`course new` writes a bilingual skeleton lesson an author can build and prove at once."""

import pytest
from click.testing import CliRunner

from autograder.build.pipeline import build_lesson
from autograder.cli import main
from autograder.config import REPO, CourseConfig


def course_new(lessons_dir, *arguments):
    return CliRunner().invoke(main, ["--lessons-dir", str(lessons_dir), "new", *arguments], prog_name="course")


@pytest.mark.slow
def test_a_new_lesson_builds_and_proves_as_it_is(tmp_path):
    (tmp_path / "lessons").mkdir()
    result = course_new(tmp_path / "lessons", "l4_my_topic", "--level", "4")
    assert result.exit_code == 0, result.output
    path = tmp_path / "lessons" / "l4_my_topic" / "l4_my_topic.py"
    assert "level: 4" in path.read_text(encoding="utf-8") and (path.parent / "mistakes.yml").is_file()
    config = CourseConfig(course_dir=tmp_path / "course", lessons_dir=tmp_path / "lessons", datasets_dir=REPO / "datasets")
    proof = build_lesson(path, config).proof
    assert proof.holds, proof.problems
    assert (proof.solution_score, proof.autograded_max, proof.blank_score) == (2, 2, 0)
    chinese = build_lesson(path, config.with_(lang="zh"), prove=False)
    assert chinese.manifest.lang == "zh" and set(chinese.manifest.items) == {"count_label", "why_exact"}


def test_a_lesson_id_taken_or_malformed_is_one_line(tmp_path):
    (tmp_path / "lessons" / "l5_taken").mkdir(parents=True)
    for lesson_id, says in (("l5_taken", "already exists"), ("L5-Bad", "lower_case_with_underscores")):
        result = course_new(tmp_path / "lessons", lesson_id)
        assert result.exit_code == 1 and says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in (tmp_path / "lessons").iterdir()) == ["l5_taken"]
