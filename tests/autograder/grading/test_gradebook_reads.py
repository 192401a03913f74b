"""What the kit reads back from nbgrader's gradebook and its own status tables, on SQLite and
PostgreSQL: scores per item, which lessons were released, how grading went, tamper flags,
the roster's names, and the table an instructor reads in the terminal."""

from nbgrader.api import Gradebook

from autograder.grading.outcome import INVALID, OK, TAMPERED, UNGRADED
from autograder.grading.report import cohort_rows, format_table
from autograder.grading.roster import Trainee, read_roster, register_roster, write_roster
from autograder.grading.scores import read_scores, released_lessons
from autograder.grading.status import StatusBook
from autograder.grading.tamper import Tamper
from tests.autograder.grading.conftest import LESSON

WHEN = "2026-11-28 09:00:00.000000 UTC"


def test_scores_per_trainee_and_item(graded):
    scores = read_scores(graded, LESSON)
    assert sorted(scores) == ["li-lei", "wang-fang", "zhang-wei"]
    full = scores["wang-fang"]
    assert full.items == {"add": 2, "mean": 3, "why": 2}  # 1.5 by hand + 0.5 extra credit
    assert (full.auto_score, full.auto_max, full.max_score) == (5, 5, 7)
    assert not full.needs_manual_grade and scores["zhang-wei"].needs_manual_grade
    assert scores["li-lei"].score == 0


def test_a_lesson_the_gradebook_does_not_know_has_no_scores(graded):
    assert read_scores(graded, "not_released") == {}
    assert released_lessons(graded) == {LESSON}


def test_recording_again_replaces_the_status(course):
    statuses = StatusBook(course.gradebook_url)
    statuses.record("li-lei", LESSON, WHEN, INVALID, "li-lei: quiz/quiz.ipynb is not a valid notebook")
    statuses.record("li-lei", LESSON, "2026-11-29 09:00:00.000000 UTC", OK, "")
    statuses.record("wang-fang", LESSON, WHEN, OK, "")
    recorded = statuses.all()
    statuses.close()
    assert len(recorded) == 2
    again = recorded[("li-lei", LESSON)]
    assert (again.status, again.detail, again.submitted_at) == (OK, "", "2026-11-29 09:00:00.000000 UTC")


def test_tamper_flags_are_replaced_per_submission_and_keep_their_diffs(course):
    statuses = StatusBook(course.gradebook_url)
    edited = Tamper("add", "locked cell edited (restored for grading)", "-check(1)\n+pass")
    statuses.record_tampering("li-lei", LESSON, [edited, edited, Tamper("notebook", "kernel changed from python3 to bash")])
    statuses.record_tampering("wang-fang", LESSON, [Tamper("mean", "locked cell deleted (restored for grading)")])
    statuses.record_tampering("wang-fang", LESSON, [])  # graded again, clean this time
    flags = statuses.tampering()
    statuses.close()
    assert sorted(flags[("li-lei", LESSON)]) == [
        ("add", "locked cell edited (restored for grading)", "-check(1)\n+pass"),
        ("notebook", "kernel changed from python3 to bash", "")]
    assert ("wang-fang", LESSON) not in flags


def test_a_gradebook_only_plain_nbgrader_wrote_gets_the_status_tables(tmp_path):
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    Gradebook(url, "ai-trainer").close()
    statuses = StatusBook(url)
    assert statuses.all() == {} and statuses.tampering() == {}
    statuses.close()


def test_the_roster_reads_chinese_names_and_ignores_columns_it_does_not_know(tmp_path, course):
    assert read_roster(course.with_(course_dir=tmp_path / "none")) == {}
    assert read_roster(course)["wang-fang"].name == "王芳"
    (course.course_dir / "roster.csv").write_text(
        "trainee,family_name,given_name,notes\nli-lei,李,雷,sits at the back\n", encoding="utf-8")
    assert read_roster(course) == {"li-lei": Trainee("li-lei", "李", "雷")}


def test_registering_the_roster_names_the_students_in_nbgrader(course):
    register_roster(course)
    write_roster(course, [Trainee("wang-fang", "王", "芳芳")])  # a corrected name
    register_roster(course)
    with Gradebook(course.gradebook_url, course.course_id) as gradebook:
        students = {s.id: (s.last_name, s.first_name) for s in gradebook.students}
    assert students == {"wang-fang": ("王", "芳芳"), "li-lei": ("李", "雷"), "zhang-wei": ("张", "伟")}


def test_cohort_rows_in_roster_order_with_statuses_and_the_written_part(graded):
    statuses = StatusBook(graded.gradebook_url)
    statuses.record("zhang-wei", LESSON, WHEN, "crashed", "zhang-wei: quiz/quiz.ipynb: the kernel died in mean")
    statuses.record("zhao-min", LESSON, WHEN, INVALID, "zhao-min: quiz/quiz.ipynb is not a valid notebook")
    statuses.close()
    rows = cohort_rows(graded, [LESSON])
    assert [row.trainee for row in rows] == ["wang-fang", "li-lei", "zhang-wei", "zhao-min"]
    full, blank, crashed, invalid = rows
    assert (full.name, full.profile, full.status, full.written) == ("王芳", "perfect", OK, "2/2")  # 1.5 + 0.5 extra
    assert blank.written == "0/2" and blank.items == {"add": 0, "mean": 0, "why": 0}
    assert crashed.status == "crashed" and crashed.written == "2 to grade" and "died in mean" in crashed.detail
    # no grades at all: 0 of the lesson's points, and nothing for a grader to read
    assert (invalid.score, invalid.max_score, invalid.auto_max, invalid.needs_manual_grade) == (0, 7, 5, False)
    assert invalid.items == {"add": None, "mean": None, "why": None} and invalid.status in UNGRADED


def test_the_table_lines_up_with_chinese_names(graded):
    register_roster(graded)
    lines = format_table(cohort_rows(graded, [LESSON])).splitlines()
    assert lines[0].split() == ["trainee", "name", "profile", "lesson", "autograded", "written", "status", "hints", "opened"]
    assert lines[2].split() == ["wang-fang", "王芳", "perfect", LESSON, "5/5", "2/2", "ok"]
    # Chinese characters take two columns, so every column starts at the same screen position
    starts = [_screen_column(line, LESSON) for line in lines[2:5]]
    assert len(set(starts)) == 1 and _screen_column(lines[0], "lesson") == starts[0]
    assert lines[-1] == "written answers are graded by hand in nbgrader's formgrader"  # zhang-wei's awaits


def test_a_tampered_submission_shows_as_such(graded):
    statuses = StatusBook(graded.gradebook_url)
    statuses.record("li-lei", LESSON, WHEN, TAMPERED, "li-lei: quiz/quiz.ipynb: tampered: add: locked cell edited")
    statuses.close()
    table = format_table(cohort_rows(graded, [LESSON]))
    assert next(line for line in table.splitlines() if line.startswith("li-lei")).endswith(TAMPERED)


def _screen_column(line: str, text: str) -> int:
    before = line[:line.index(text)]
    return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in before)
