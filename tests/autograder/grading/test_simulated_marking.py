"""`course paper simulate-marking`: written answers awaiting a grader get the simulated
candidate's skill times their points; graded and blank answers are left as they are."""

from nbgrader.api import Gradebook

from autograder.exams.marking import simulate_marking
from autograder.grading.roster import Trainee, write_roster
from tests.autograder.grading.conftest import LESSON, course_with_lesson, record_grades


def test_only_answers_awaiting_a_grader_are_marked_by_skill(tmp_path):
    config = course_with_lesson(tmp_path / "course")
    write_roster(config, [Trainee("wang-fang", "王", "芳", "perfect", "1.00"),
                          Trainee("li-lei", "李", "雷", "partial", "0.60"),
                          Trainee("zhang-wei", "张", "伟", "blank", "0.00")])
    record_grades(config, "wang-fang", {"add": 2}, manual=1.0)  # already graded by hand: kept
    record_grades(config, "li-lei", {"add": 2}, waiting=True)
    record_grades(config, "zhang-wei", {})  # blank: autograded 0, nothing to mark

    assert simulate_marking(config, LESSON) == 1
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        marked = {t: gradebook.find_grade("why", LESSON, LESSON, t) for t in ("wang-fang", "li-lei", "zhang-wei")}
        assert (marked["li-lei"].manual_score, marked["li-lei"].needs_manual_grade) == (1.0, False)  # 0.6 × 2, in halves
        assert marked["wang-fang"].manual_score == 1.0 and marked["zhang-wei"].manual_score is None
    assert simulate_marking(config, LESSON) == 0  # nothing left to mark
