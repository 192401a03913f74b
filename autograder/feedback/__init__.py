"""Feedback for trainees: what each task earned and why, in the lesson's language, and
never a hidden test, a solution or a gold value (nbgrader#917)."""
