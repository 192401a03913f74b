"""Count the checks grading adds to each item, so `check()` can say how many remain
without the release holding any of them: the expectations in the tests cell's hidden
region plus the rules of the item's judge, those a judge helper builds for it included."""

import ast
import textwrap

from autograder.lesson.regions import HIDDEN, region_lines
from autograder.lesson.source import SourceCell

HIDDEN_CHECK_CALLS = {"expect", "rule", "band"}


def count_hidden_checks(cell: SourceCell, judge_source: str = "", helpers_source: str = "") -> int:
    hidden = textwrap.dedent("\n".join(region_lines(cell.source, HIDDEN)))
    return _calls(ast.parse(hidden)) + _calls(ast.parse(judge_source), _checks_per_helper(helpers_source))


def _calls(tree: ast.AST, helpers: dict[str, int] | None = None) -> int:
    """Check calls in `tree`, and for each call of a helper the checks that helper builds."""
    helpers = helpers or {}
    return sum(1 if name in HIDDEN_CHECK_CALLS else helpers.get(name, 0) for name in _called_names(tree))


def _checks_per_helper(source: str) -> dict[str, int]:
    """Judge helper function → the checks one call of it builds (through the helpers it calls too)."""
    functions = {node.name: node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)}
    counts: dict[str, int] = {}

    def count(name: str, calling: frozenset) -> int:
        if name not in counts:
            counts[name] = sum(1 if called in HIDDEN_CHECK_CALLS
                               else count(called, calling | {name}) if called in functions and called not in calling
                               else 0 for called in _called_names(functions[name]))
        return counts[name]

    return {name: count(name, frozenset()) for name in functions}


def _called_names(tree: ast.AST) -> list[str]:
    return [node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
