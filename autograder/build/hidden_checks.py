"""Count the checks grading adds to each item, so `check()` can say how many remain
without the release holding any of them: the expectations in the tests cell's hidden
region plus the rules of the item's judge."""

import ast
import textwrap

from autograder.lesson.regions import HIDDEN, region_lines
from autograder.lesson.source import SourceCell

HIDDEN_CHECK_CALLS = {"expect", "rule", "band"}


def count_hidden_checks(cell: SourceCell, judge_source: str = "") -> int:
    hidden = textwrap.dedent("\n".join(region_lines(cell.source, HIDDEN)))
    return _calls(hidden) + _calls(judge_source)


def _calls(source: str) -> int:
    return sum(1 for node in ast.walk(ast.parse(source))
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in HIDDEN_CHECK_CALLS)
