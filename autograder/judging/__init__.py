"""Trusted checks: judging submitted answers in the grader's own process.

Lesson authors write `# %% judge="item"` cells that define `judge(answer, gold)` and
return a `Verdict` built with the helpers in `rules.py`.
"""

from autograder.judging.rules import Verdict, all_of, band, rule, same

__all__ = ["Verdict", "all_of", "band", "rule", "same"]
