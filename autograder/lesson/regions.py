"""Solution and hidden-test regions inside a cell, found the way nbgrader finds them.

nbgrader treats any line containing the delimiter as a marker, so we do too: a lesson that
passes our checks is cut by nbgrader exactly where we expect.
"""

from dataclasses import dataclass

SOLUTION = ("BEGIN SOLUTION", "END SOLUTION")
HIDDEN = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
MARKER_TEXTS = (*SOLUTION, *HIDDEN)


@dataclass(frozen=True)
class Region:
    begin: int  # 0-based line index of the BEGIN marker within the cell
    end: int  # 0-based line index of the END marker

    def inner_lines(self, lines: list[str]) -> list[str]:
        return lines[self.begin + 1 : self.end]


@dataclass(frozen=True)
class MarkerProblem:
    offset: int  # 0-based line index within the cell
    message: str


def find_regions(source: str, markers: tuple[str, str]) -> tuple[list[Region], list[MarkerProblem]]:
    """The regions `markers` delimit in `source`, and every imbalance found on the way."""
    begin_text, end_text = markers
    regions, problems = [], []
    open_at = None
    for offset, line in enumerate(source.splitlines()):
        if begin_text in line:
            if open_at is not None:
                problems.append(MarkerProblem(offset, f"'{begin_text}' inside a region opened on the line {offset - open_at} above"))
            open_at = offset
        elif end_text in line:
            if open_at is None:
                problems.append(MarkerProblem(offset, f"'{end_text}' without a '{begin_text}' before it"))
            else:
                regions.append(Region(open_at, offset))
                open_at = None
    if open_at is not None:
        problems.append(MarkerProblem(open_at, f"'{begin_text}' is never closed by '{end_text}'"))
    return regions, problems


def region_lines(source: str, markers: tuple[str, str]) -> list[str]:
    """Every line inside the regions `markers` delimit."""
    lines = source.splitlines()
    regions, _ = find_regions(source, markers)
    return [line for region in regions for line in region.inner_lines(lines)]


def without_regions(source: str, markers: tuple[str, str]) -> str:
    """`source` with the regions `markers` delimit cut out, markers included."""
    lines = source.splitlines()
    regions, _ = find_regions(source, markers)
    cut = {i for region in regions for i in range(region.begin, region.end + 1)}
    return "\n".join(line for i, line in enumerate(lines) if i not in cut)
