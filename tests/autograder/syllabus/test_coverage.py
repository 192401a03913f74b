"""`course syllabus`: every work content of Levels 5-3, ethics and fundamentals is covered by
graded lesson items, theory questions and at least one practical exam task."""

import csv

import pytest
from click.testing import CliRunner

from autograder.cli import main
from autograder.syllabus.coverage import syllabus
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def rows():
    return syllabus()


def test_every_work_content_has_graded_items_theory_questions_and_a_practical_task(rows):
    assert len(rows) == 21
    missing = {row.content: row.missing for row in rows if row.missing}
    assert not missing


def test_practical_tasks_are_read_from_practical_paper_sources(tmp_path):
    paper = tmp_path / "exam_l3_practical"
    paper.mkdir()
    text = (FIXTURES / "valid-minimal.py").read_text(encoding="utf-8")
    (paper / "exam_l3_practical.py").write_text(
        text.replace("id: valid-minimal", "id: exam_l3_practical").replace("level: 5", "level: 3")
        .replace('assesses="fundamentals"', 'assesses="L3.4.2"'), encoding="utf-8")
    rows = {row.content: row for row in syllabus(FIXTURES / "lessons", practical_dir=tmp_path)}
    assert rows["L3.4.2"].practical_tasks == ("exam_l3_practical:add",)
    assert "practical_tasks" in rows["L3.4.1"].missing


def test_course_syllabus_prints_the_map_and_writes_csv(tmp_path):
    result = CliRunner().invoke(main, ["--course-dir", str(tmp_path), "syllabus"])
    assert result.exit_code == 0, result.output
    assert "L3.4.2  Guidance / 指导" in result.output
    assert "l3_ai_assisted_labeling:coach_annotator" in result.output
    with (tmp_path / "reports" / "syllabus.csv").open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert [row["content"] for row in table][:2] == ["L5.1.1", "L5.1.2"] and len(table) == 21
    assert all(int(row["questions"]) >= 8 and row["graded_items"] for row in table)
    assert not [line for line in result.output.splitlines() if line.endswith("MISSING")]
    assert "21 work contents, 0 with a MISSING column" in result.output
