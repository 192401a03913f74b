"""Prose transforms: Chinese lines joined where the source wrapped them, a note on
re-running widget cells placed before a lesson's first widget, and each task's heading cell
given an id that feedback pages link to.

Markdown turns a line break into a space. Between two Chinese characters that space is a
stray gap (Chinese has no spaces between words), so the build joins such lines. Where
Chinese meets Latin text the break stays: it renders as the space Chinese typesetting puts
around Latin words anyway. Code blocks are left as written.
"""

import dataclasses
import re

from autograder.lesson.source import SourceCell
from course.messages import text

# CJK ideographs, CJK and full-width punctuation (，。：；！？、（）“”《》…)
_CJK = r"\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d\u2026"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_FENCE = re.compile(r"^([ \t]*(?:```|~~~))", re.MULTILINE)

# what builds a widget in a lesson's code cell (course.widgets and the tuning playground and quiz)
_WIDGET_CALL = re.compile(r"\b(ImageClassifier|BoxAnnotator|TextClassifier|SpanTagger|ReviewQueue|"
                          r"TuningPlayground|Quiz)\(")


def join_wrapped_cjk(markdown: str) -> str:
    """`markdown` with line breaks between two CJK characters removed, outside code blocks."""
    out, inside = [], False
    for part in _FENCE.split(markdown):  # the fences themselves are kept as parts
        if part.strip() in ("```", "~~~"):
            inside = not inside
            out.append(part)
        else:
            out.append(part if inside else _join_lines(part))
    return "".join(out)


def _join_lines(part: str) -> str:
    lines: list[str] = []
    for line in part.split("\n"):
        previous = lines[-1].rstrip() if lines else ""
        if (previous and line.strip() and _CJK_CHAR.fullmatch(previous[-1]) and _CJK_CHAR.fullmatch(line.lstrip()[0])
                and not previous.lstrip().startswith(("#", "|"))):  # a heading or table row ends at its line
            lines[-1] = previous + line.lstrip()
        else:
            lines.append(line)
    return "\n".join(lines)


def join_wrapped_prose(cells: list[SourceCell]) -> list[SourceCell]:
    """Every markdown cell (prose, hints, written answers) with its wrapped CJK lines joined."""
    return [dataclasses.replace(cell, source=join_wrapped_cjk(cell.source)) if cell.cell_type == "markdown" else cell
            for cell in cells]


def builds_widget(cell: SourceCell) -> bool:
    return cell.role == "code" and bool(_WIDGET_CALL.search(cell.source))


def add_widget_rerun_note(cells: list[SourceCell], lang: str) -> list[SourceCell]:
    """A note before the first cell that shows a widget: after reopening a saved notebook,
    a widget shows "model not found" until its cell runs again; the labels are kept."""
    first = next((i for i, cell in enumerate(cells) if builds_widget(cell)), None)
    if first is None:
        return cells
    note = SourceCell("markdown", text("lesson.widget_rerun_note", lang), cells[first].line, {})
    return cells[:first] + [note] + cells[first:]


def task_section_ids(cells: list[SourceCell]) -> dict[str, str]:
    """Each graded item's section: the notebook cell id of the nearest heading above its first
    cell (`task-<item>`, named after the first item under that heading)."""
    sections: dict[str, str] = {}
    heading_item: dict[int, str] = {}
    heading = None
    for index, cell in enumerate(cells):
        if cell.role == "prose" and any(line.startswith("#") for line in cell.source.splitlines()):
            heading = index
        elif cell.role in ("answer", "tests", "manual") and cell.item not in sections and heading is not None:
            sections[cell.item] = f"task-{heading_item.setdefault(heading, cell.item)}"
    return sections


def name_task_sections(cells: list[SourceCell]) -> list[SourceCell]:
    """Give each task's heading cell the id `task_section_ids` names, so a link can open the
    notebook there (JupyterLab opens `<notebook>#cell-id=<id>` at that cell)."""
    ids = set(task_section_ids(cells).values())
    named, heading = list(cells), None
    for index, cell in enumerate(cells):
        if cell.role == "prose" and any(line.startswith("#") for line in cell.source.splitlines()):
            heading = index
        elif cell.role in ("answer", "tests", "manual") and heading is not None and f"task-{cell.item}" in ids:
            named[heading] = dataclasses.replace(cells[heading], metadata={**cells[heading].metadata,
                                                                          "cell_id": f"task-{cell.item}"})
    return named
