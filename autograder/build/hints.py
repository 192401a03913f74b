"""Hints leave the notebook for the lesson manifest, where `hint()` reveals them one by one."""

from autograder.lesson.source import SourceCell


def collect_hints(cells: list[SourceCell]) -> tuple[list[SourceCell], dict[str, list[str]]]:
    """The cells without hint cells, and each item's hints in order."""
    hints: dict[str, list[str]] = {}
    for cell in cells:
        if cell.role == "hint":
            hints.setdefault(cell.item, []).append(cell.source.strip())
    return [cell for cell in cells if cell.role != "hint"], hints
