"""The lessons' own figures speak the lesson's language: every text a lesson puts on a plot
goes through `plot_text(en=…, zh=…)`, never an English literal."""

import ast
import re

import pytest

from autograder.config import REPO
from autograder.lesson.source import find_lessons

LESSONS = find_lessons(REPO / "lessons")
TEXT_CALLS = {"set_title", "set_xlabel", "set_ylabel", "title", "xlabel", "ylabel", "suptitle"}  # text first
KEYWORDS = {"set": {"title", "xlabel", "ylabel"}}  # plotting calls and the keywords that put text on a figure
KEYWORDS.update(dict.fromkeys(("plot", "scatter", "bar", "barh", "hist", "step", "errorbar", "fill_between",
                               "axhline", "axvline", "boxplot"), {"label"}))
KEYWORDS.update(dict.fromkeys(("from_predictions", "from_estimator"), {"name", "display_labels"}))
WORDS = re.compile(r"[A-Za-z]{2,}")


def _literal_words(node) -> bool:
    """A string literal (or a list of them) with words in it: text that cannot follow the lesson's language."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    return isinstance(node, (ast.List, ast.Tuple)) and any(_literal_words(e) for e in node.elts)


def english_plot_labels(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        texts = node.args[:1] if node.func.attr in TEXT_CALLS else []
        texts += [k.value for k in node.keywords if k.arg in KEYWORDS.get(node.func.attr, ())]
        found += [ast.unparse(t) for t in texts if _literal_words(t)]
    return found


def test_a_literal_label_is_found_and_plot_text_is_not():
    assert english_plot_labels('ax.set_title("accuracy")\nax.plot(x, y, label="training")') == \
        ["'accuracy'", "'training'"]
    assert english_plot_labels('ax.set_title(plot_text(en="accuracy", zh="准确率"))\n'
                               'ax.set_title(f"C = {c}")') == []


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_figures_are_labeled_in_the_lesson_s_language(path):
    # a percent-format source is Python as a whole (markdown cells are comments)
    problems = [f"{path.name}: {label}" for label in english_plot_labels(path.read_text(encoding="utf-8"))]
    assert not problems, "label with plot_text(en=..., zh=...):\n" + "\n".join(problems)
