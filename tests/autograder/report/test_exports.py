"""`course export`: grades, decisions and transcripts as CSV and XLSX read back the same."""

import pandas as pd
import pytest
from click.testing import CliRunner

from autograder.cli import main
from autograder.report.exports import decisions_table, transcript_table

from tests.autograder.report.cohort import LESSON, add_certifications


def assert_same_table(read: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Read back equals what was exported: numbers to the CSV's 6 significant digits, text with
    empty cells read as missing."""
    assert list(read.columns) == list(expected.columns) and len(read) == len(expected)
    for column in expected:
        if pd.api.types.is_numeric_dtype(expected[column]) and not pd.api.types.is_bool_dtype(expected[column]):
            assert pd.to_numeric(read[column]).to_numpy() == pytest.approx(expected[column].to_numpy(float),
                                                                          rel=1e-5, nan_ok=True), column
        else:
            assert read[column].astype(object).where(read[column].notna(), "").astype(str).tolist() == \
                expected[column].astype(object).where(expected[column].notna(), "").astype(str).tolist(), column


def _read(path):
    return pd.read_csv(path, encoding="utf-8-sig") if path.suffix == ".csv" else pd.read_excel(path)


def _export(config, *args):
    result = CliRunner().invoke(main, ["--course-dir", str(config.course_dir), "export", *args])
    assert result.exit_code == 0, result.output
    return config.course_dir / result.output.split(": ", 1)[1].strip()


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_exports_round_trip(cohort_course, form):
    add_certifications(cohort_course, {"t1": "certified", "t3": "not-certified"})
    transcript = _read(_export(cohort_course, "transcript", "--format", form))
    assert_same_table(transcript, transcript_table(cohort_course))
    decisions = _read(_export(cohort_course, "decisions", "--format", form))
    assert_same_table(decisions, decisions_table(cohort_course))
    grades = _read(_export(cohort_course, "grades", "--format", form)).set_index(["trainee", "lesson"])
    assert grades.loc[("t3", LESSON), ["score", "a", "b", "c"]].tolist() == [2, 1, 0, 1]
    assert grades.loc[("t4", LESSON), "hints_opened"] == "a:1 b:2 c:1"


def test_a_transcript_lists_each_trainees_lessons_papers_and_decisions(cohort_course):
    add_certifications(cohort_course, {"t1": "certified"})
    transcript = transcript_table(cohort_course, cohort="A")
    assert set(transcript["trainee"]) == {"t1", "t2", "t3"}
    t1 = transcript[transcript["trainee"] == "t1"]
    assert t1["assignment"].tolist() == [LESSON, "exam_l5_practical", "exam_l5_theory", "level 5"]
    assert t1["status"].tolist()[-1] == "certified" and t1["name"].iloc[0] == "学员1"
    assert transcript.set_index(["trainee", "assignment"]).loc[("t2", LESSON), "hints_opened"] == "a:1"


def test_decisions_before_any_certification_say_what_to_run(cohort_course):
    result = CliRunner().invoke(main, ["--course-dir", str(cohort_course.course_dir), "export", "decisions"])
    assert result.exit_code == 1 and "run `course certify` first" in result.output
