"""`course roster import`: good files join the roster and nbgrader's students; bad rows are named."""

import pytest
from click.testing import CliRunner
from nbgrader.api import Gradebook
from openpyxl import Workbook

from autograder.cli import main
from autograder.grading.roster import Trainee, read_roster, write_roster
from autograder.grading.roster_import import RosterInvalid, read_roster_file


def _csv(tmp_path, text, name="roster.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, message", [
    ("id,name,cohort,phone\nt1,王芳,A,123\n", "row 1: unknown column(s) 'phone'"),
    ("name,cohort\n王芳,A\n", "row 1: no 'id' column"),
    ("id,name\nt1,王芳\nt2,李伟\nt1,张娜\n", "row 4: duplicate id 't1' (first on row 2)"),
    ("id,name\nt1,王芳\n../t2,李伟\n", "row 3: malformed id '../t2'"),
    ("id,name\nt1,王芳\n,李伟\n", "row 3: malformed id ''"),
    ("id,name,email\nt1,王芳,wang-at-example\n", "row 2: malformed email 'wang-at-example'"),
])
def test_a_bad_row_is_named_and_nothing_is_imported(tmp_path, fixture_config, text, message):
    path = _csv(tmp_path, text)
    with pytest.raises(RosterInvalid, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_roster_file(path)
    result = CliRunner().invoke(main, ["--course-dir", str(fixture_config.course_dir), "roster", "import", str(path)])
    assert result.exit_code == 1 and message in result.output
    assert not (fixture_config.course_dir / "roster.csv").exists()


def test_an_xlsx_roster_is_read_with_its_row_numbers(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    for row in (["id", "name", "cohort", "email"], ["t1", "王芳", "2026春", "t1@example.org"], ["t 2", "李伟", "A", None]):
        sheet.append(row)
    workbook.save(tmp_path / "roster.xlsx")
    with pytest.raises(RosterInvalid, match="roster.xlsx: row 3: malformed id 't 2'"):
        read_roster_file(tmp_path / "roster.xlsx")


def test_an_import_joins_the_roster_and_nbgrader_students(tmp_path, fixture_config):
    write_roster(fixture_config, [Trainee("old", "赵", "敏", cohort="2025秋"), Trainee("t1", "旧", "名")])
    path = _csv(tmp_path, "\ufeffID,Name,Cohort,Email\nt1,王芳,2026春,t1@example.org\nt2,李伟,2026春,\n\n")
    result = CliRunner().invoke(main, ["--course-dir", str(fixture_config.course_dir), "roster", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "imported 2 trainees in cohorts 2026春" in result.output
    roster = read_roster(fixture_config)
    assert (roster["t1"].name, roster["t1"].cohort, roster["t1"].email) == ("王芳", "2026春", "t1@example.org")
    assert roster["old"].cohort == "2025秋"  # trainees not in the file stay
    with Gradebook(fixture_config.gradebook_url, fixture_config.course_id) as gradebook:
        student = gradebook.find_student("t1")
        assert (student.last_name, student.email) == ("王芳", "t1@example.org")
