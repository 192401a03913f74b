import json

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.lesson.validate import LessonInvalid
from tests.conftest import FIXTURES


def test_build_writes_notebook_manifest_and_datasets(fixture_config):
    built = build_lesson(fixture_config.lessons_dir / "tiny_lesson", fixture_config, prove=False)
    folder = fixture_config.source_dir("tiny_lesson")
    assert sorted(p.name for p in folder.iterdir()) == ["lesson.json", "people.csv", "tiny_lesson.ipynb"]
    manifest = json.loads((folder / "lesson.json").read_text(encoding="utf-8"))
    assert manifest["items"]["add"] == {"points": 2, "hidden_checks": 2, "hints": ["Python adds with `+`."],
                                       "manual": False}
    assert manifest["items"]["why_strip"]["manual"] is True
    assert "BEGIN HIDDEN" not in (folder / "lesson.json").read_text(encoding="utf-8")
    assert built.max_points == 6


def test_a_rebuild_is_byte_identical(fixture_config):
    path = build_lesson(fixture_config.lessons_dir / "tiny_lesson", fixture_config, prove=False).notebook_path
    first = path.read_bytes()
    build_lesson(fixture_config.lessons_dir / "tiny_lesson", fixture_config, prove=False)
    assert path.read_bytes() == first


def test_chinese_build_reads_chinese(fixture_config):
    config = fixture_config.with_(lang="zh")
    notebook = nbformat.read(build_lesson(config.lessons_dir / "tiny_lesson", config, prove=False).notebook_path, 4)
    text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "把两个数相加" in text and "Add two numbers" not in text
    assert notebook.metadata.course["lang"] == "zh"


def test_an_invalid_lesson_is_refused_with_every_problem(fixture_config):
    with pytest.raises(LessonInvalid) as refused:
        build_lesson(FIXTURES / "invalid" / "missing-chinese-text.py", fixture_config, prove=False)
    assert len(refused.value.problems) == 2
    assert not (fixture_config.course_dir / "source").exists()


def test_data_made_at_build_time_is_made_from_a_relative_datasets_folder(tmp_path, monkeypatch):
    """benchmarks/lessons.py and the build generate a lesson's missing data themselves, also
    when the datasets folder is given relative to the current directory."""
    from pathlib import Path

    from autograder.build.pipeline import generate_missing_data
    from autograder.lesson.source import LessonSource

    (tmp_path / "datasets" / "toy").mkdir(parents=True)
    (tmp_path / "datasets" / "toy" / "generate.py").write_text(
        "from pathlib import Path\nPath('toy.csv').write_text('a,b\\n1,2\\n')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lesson = LessonSource(tmp_path / "toy.py", {"course": {"id": "toy", "datasets": ["toy/toy.csv"]}}, [])
    generate_missing_data(lesson, Path("datasets"))
    assert (tmp_path / "datasets" / "toy" / "toy.csv").read_text(encoding="utf-8") == "a,b\n1,2\n"
