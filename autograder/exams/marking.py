"""A simulated instructor marks written answers, so the demo's exam loop reaches certification.

What an instructor does by hand in nbgrader's formgrader: every written item awaiting grading
gets a manual score, here the simulated candidate's skill (from the roster) times the item's
points, in half points: the simulation wrote the better sample answer the more skilled the
candidate, so the mark agrees with the answer. Real cohorts are marked in formgrader; this is
for simulated ones only.
"""

from nbgrader.api import Gradebook, MissingEntry

from autograder.config import CourseConfig
from autograder.grading.roster import read_roster


def simulate_marking(config: CourseConfig, assignment_id: str) -> int:
    """Mark every written answer of `assignment_id` still awaiting grading; how many were marked."""
    roster = read_roster(config)
    marked = 0
    with Gradebook(config.gradebook_url) as gradebook:
        try:
            assignment = gradebook.find_assignment(assignment_id)
        except MissingEntry:
            raise FileNotFoundError(f"{assignment_id} is not in the gradebook: release and grade it first") from None
        for submission in assignment.submissions:
            trainee = roster.get(submission.student_id)
            skill = _skill(trainee.skill) if trainee else 0.0
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    if grade.needs_manual_grade:
                        grade.manual_score = round(grade.max_score * skill * 2) / 2
                        grade.needs_manual_grade = False
                        marked += 1
        gradebook.db.commit()
    return marked


def _skill(text: str) -> float:
    try:
        return min(max(float(text), 0.0), 1.0)
    except ValueError:
        return 0.0
