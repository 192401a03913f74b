"""The grades CSV an LMS imports: one row per trainee and lesson, the same on SQLite and on
PostgreSQL, readable by Excel (Chinese names), every trainee present whatever happened."""

import csv

from autograder.grading.export import export_grades, grades_table
from autograder.grading.roster import register_roster, write_roster
from autograder.grading.status import StatusBook
from tests.autograder.grading.conftest import LESSON, ROSTER, course_with_lesson, record_grades


def read_csv(path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["trainee"]: row for row in csv.DictReader(handle)}


def test_one_row_per_trainee_with_sums_item_columns_and_the_manual_flag(graded):
    register_roster(graded)
    rows = read_csv(export_grades(graded, graded.reports_dir / "grades.csv"))
    assert sorted(rows) == ["li-lei", "wang-fang", "zhang-wei"]
    full = rows["wang-fang"]
    # 2 + 3 autograded, 1.5 by hand, 0.5 extra credit
    assert (full["name"], full["lesson"], full["score"], full["max_score"]) == ("王芳", LESSON, "7", "7")
    assert (full["add"], full["mean"], full["why"]) == ("2", "3", "1.5")
    assert full["needs_manual_grade"] == "0" and rows["li-lei"]["needs_manual_grade"] == "0"
    assert rows["zhang-wei"]["needs_manual_grade"] == "1"  # a boolean in the gradebook, 0/1 in the CSV
    assert (rows["zhang-wei"]["score"], rows["li-lei"]["score"]) == ("2", "0")


def test_the_file_opens_in_excel_with_chinese_names(graded):
    register_roster(graded)
    path = export_grades(graded, graded.course_dir / "out" / "grades.csv")
    assert path.read_bytes().startswith("\ufefftrainee,name,lesson,score,max_score,needs_manual_grade".encode())
    assert "王芳" in path.read_text(encoding="utf-8-sig")


def test_a_trainee_with_only_a_status_still_has_a_row_scoring_zero(graded):
    statuses = StatusBook(graded.gradebook_url)
    statuses.record("zhao-min", LESSON, "2026-11-28 09:00:00.000000 UTC", "invalid-notebook",
                    "zhao-min: quiz/quiz.ipynb is not a valid notebook")
    statuses.record("wang-fang", LESSON, "2026-11-28 09:00:00.000000 UTC", "ok", "")
    statuses.close()
    rows = read_csv(export_grades(graded, graded.reports_dir / "grades.csv"))
    assert (rows["zhao-min"]["score"], rows["zhao-min"]["max_score"]) == ("0", "7")  # 0 of the lesson's points
    assert rows["zhao-min"]["status"] == "invalid-notebook"
    assert rows["zhao-min"]["detail"] == "zhao-min: quiz/quiz.ipynb is not a valid notebook"
    assert rows["wang-fang"]["status"] == "ok"


def test_detail_is_the_last_column(graded):
    path = export_grades(graded, graded.reports_dir / "grades.csv")
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:7] == ["trainee", "name", "lesson", "score", "max_score", "needs_manual_grade", "status"]
    assert header[-1] == "detail" and {"add", "mean", "why"} <= set(header)


def test_sqlite_and_postgresql_export_the_same_csv(tmp_path, postgres_url):
    exported = []
    for name, url in (("sqlite", None), ("postgresql", postgres_url)):
        config = course_with_lesson(tmp_path / name, url)
        write_roster(config, ROSTER)
        register_roster(config)
        record_grades(config, "wang-fang", {"add": 2, "mean": 3}, manual=1.5)
        record_grades(config, "zhang-wei", {"add": 2}, waiting=True)
        statuses = StatusBook(config.gradebook_url)
        statuses.record("zhang-wei", LESSON, "2026-11-28 09:00:00.000000 UTC", "crashed", "zhang-wei: died in mean")
        statuses.close()
        exported.append(export_grades(config, tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig"))
    assert exported[0] == exported[1]
    assert grades_table(config).shape[0] == 2
