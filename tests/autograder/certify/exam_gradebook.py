"""Exam papers put straight into a real nbgrader gradebook through nbgrader's Gradebook API,
as `course grade` would leave them: an assignment per paper, graded cells, marks."""

from datetime import datetime

from nbgrader.api import Gradebook, MissingEntry

from autograder.config import CourseConfig

CELLS = {"q1": 40, "q2": 60}  # two graded cells: a paper's score is its marks out of 100


def add_papers(config: CourseConfig, level: int) -> None:
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for kind in ("theory", "practical"):
            paper = f"exam_l{level}_{kind}"
            gradebook.update_or_create_assignment(paper)
            gradebook.add_notebook(paper, paper)
            for cell, points in CELLS.items():
                gradebook.add_grade_cell(cell, paper, paper, max_score=points, cell_type="code")


def grade(config: CourseConfig, trainee: str, paper: str, percent: float, submitted_at: datetime,
          name: tuple[str, str] = ("", ""), pending: bool = False) -> None:
    """Give `trainee` `percent` out of 100 on `paper` (graded again if already there)."""
    grade_many(config, [(trainee, paper, percent, submitted_at, name, pending)])


def grade_many(config: CourseConfig, marks) -> None:
    """`grade` for many (trainee, paper, percent, submitted_at, name, pending) at once: nbgrader
    starts a process each time a gradebook is opened."""
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for trainee, paper, percent, submitted_at, name, pending in marks:
            gradebook.update_or_create_student(trainee, last_name=name[0], first_name=name[1])
            try:
                gradebook.find_submission(paper, trainee)
            except MissingEntry:
                gradebook.add_submission(paper, trainee, timestamp=submitted_at)
            for cell, points in CELLS.items():
                mark = gradebook.find_grade(cell, paper, paper, trainee)
                mark.auto_score = points * percent / 100
                mark.manual_score = None
                mark.needs_manual_grade = pending and cell == "q2"
        gradebook.db.commit()
