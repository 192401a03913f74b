"""Count the expectations in each tests cell's hidden region, so `check()` can say how many
hidden checks grading will add without the release holding any of them."""

import ast
import textwrap

from autograder.lesson.regions import HIDDEN, region_lines
from autograder.lesson.source import SourceCell


def count_hidden_checks(cell: SourceCell) -> int:
    hidden = textwrap.dedent("\n".join(region_lines(cell.source, HIDDEN)))
    tree = ast.parse(hidden)
    return sum(1 for node in ast.walk(tree)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "expect")
