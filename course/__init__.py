"""The trainee runtime: imported inside lesson notebooks.

It never imports the instructor side (`autograder`) and never holds hidden tests,
solutions or gold data.
"""

from course.answers import submit
from course.check import check, expect, explain_unwritten_answers, hidden_check, hint
from course.fonts import plot_text
from course.variant import trainee_seed

explain_unwritten_answers()

__all__ = ["check", "expect", "hidden_check", "hint", "plot_text", "submit", "trainee_seed"]
