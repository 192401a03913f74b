"""Scoring a trainee's labeling answer file against gold labels (instructor side only).

Pure functions over plain data: `answers.read_answer_file` turns the file into
item -> label, the `score_*` functions compare that with gold, `controls` catches random
clicking on hidden control items, and `credit` turns quality into points by thresholds
the lesson sets. Gold never goes to `course/`.
"""
