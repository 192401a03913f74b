"""Judge cells leave the notebook for instructor-only modules the grader imports.

Each judge becomes <course dir>/judges/<lesson>/<item>.py, with the judging helpers
imported for it, so a judge cell holds only the judging itself.
"""

from autograder.lesson.source import SourceCell

JUDGE_HEADER = ("# Written by `course build` from the lesson source; runs in the grader, never in a kernel.\n"
                "from autograder.judging import Verdict, all_of, band, rule, same  # noqa: F401\n\n")


def collect_judges(cells: list[SourceCell]) -> tuple[list[SourceCell], dict[str, str]]:
    """The cells without judge cells, and each judged item's module source."""
    judges = {cell.item: JUDGE_HEADER + cell.source + "\n" for cell in cells if cell.role == "judge"}
    return [cell for cell in cells if cell.role != "judge"], judges
