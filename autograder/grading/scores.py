"""Scores as nbgrader's gradebook holds them, per trainee and per graded item."""

from dataclasses import dataclass, field

from nbgrader.api import Gradebook, MissingEntry

from autograder.config import CourseConfig
from autograder.grading.assignment import item_name


@dataclass(frozen=True)
class LessonScore:
    trainee: str
    lesson_id: str
    score: float
    max_score: float
    auto_score: float  # points from autograded items (check cells)
    auto_max: float
    items: dict[str, float] = field(default_factory=dict)
    needs_manual_grade: bool = False


def read_scores(config: CourseConfig, lesson_id: str) -> dict[str, LessonScore]:
    """Every graded submission of `lesson_id`, by trainee id."""
    scores = {}
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        try:
            assignment = gradebook.find_assignment(lesson_id)
        except MissingEntry:
            return {}
        for submission in assignment.submissions:
            notebooks = submission.notebooks
            items = {item_name(grade.name, notebook.name, len(notebooks)): grade.score
                     for notebook in notebooks for grade in notebook.grades}
            scores[submission.student.id] = LessonScore(
                trainee=submission.student.id, lesson_id=lesson_id, score=submission.score,
                max_score=submission.max_score, auto_score=submission.code_score,
                auto_max=submission.max_code_score, items=items,
                needs_manual_grade=submission.needs_manual_grade)
    return scores


def released_lessons(config: CourseConfig) -> set[str]:
    """Lessons nbgrader's gradebook knows (`course release` puts them there): only these can be graded."""
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        return {assignment.name for assignment in gradebook.assignments}
