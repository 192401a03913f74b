"""Judge cells leave the notebook for instructor-only modules the grader imports.

Each judge becomes <course dir>/judges/<lesson>/<item>.py, with the judging helpers
imported for it, so a judge cell holds only the judging itself. The lesson's
`judge_helpers` cell, the code its judges share (a reference pipeline, a tolerant
comparison), becomes helpers/judge_helpers.py beside them; the grader gives its names to
every judge (`autograder.judging.run.load_judges`).
"""

from autograder.lesson.source import JUDGE_HELPERS, SourceCell

JUDGE_HEADER = ("# Written by `course build` from the lesson source; runs in the grader, never in a kernel.\n"
                "from autograder.judging import Verdict, all_of, band, rule, same  # noqa: F401\n\n")


def collect_judges(cells: list[SourceCell]) -> tuple[list[SourceCell], dict[str, str]]:
    """The cells without judge and judge helpers cells, and each judged item's module source."""
    judges = {cell.item: module_source(cell) for cell in cells if cell.role == "judge"}
    return [cell for cell in cells if cell.role not in ("judge", JUDGE_HELPERS)], judges


def module_source(cell: SourceCell) -> str:
    """A judge or judge helpers cell as the module the grader imports."""
    return JUDGE_HEADER + cell.source + "\n"
