"""Tampering with what trainees may not change, found by comparing with the release.

nbgrader silently restores edited locked cells and only logs a warning, buried among false
checksum alarms (nbgrader#1961: its checksums are taken before hidden tests are removed).
We compare each submission with the notebook trainees were actually given: locked and
check cells must be there once, unchanged in type, source and grading metadata; answer
cells keep their grade ids; the kernel stays the lesson's. What differs is recorded per
item with a readable diff, and what would stop grading is put right, so the item is graded.
"""

import difflib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import nbformat
from nbgrader.utils import parse_utc

CLOCK_SKEW = timedelta(minutes=5)  # clocks of trainees' servers and ours may differ a little

# the parts of nbgrader's cell metadata that decide grading; JupyterLab may add others freely
GRADING_KEYS = ("grade", "solution", "locked", "points", "grade_id", "task")


@dataclass(frozen=True)
class Tamper:
    item: str  # a grade id, or "notebook"
    what: str
    diff: str = ""

    def __str__(self) -> str:
        return f"{self.item}: {self.what}"


def _grading(cell) -> dict:
    nbgrader = cell.get("metadata", {}).get("nbgrader", {})
    return {key: nbgrader.get(key) for key in GRADING_KEYS if key in nbgrader}


def _grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def _protected(cell) -> bool:
    """Cells trainees may not change: locked ones and check cells."""
    grading = _grading(cell)
    return bool(grading.get("locked") or (grading.get("grade") and not grading.get("solution")))


def find_tampering(submitted: nbformat.NotebookNode, released: nbformat.NotebookNode) -> list[Tamper]:
    found = []
    counts = Counter(_grade_id(cell) for cell in submitted.cells if _grade_id(cell))
    released_ids = {_grade_id(cell): cell for cell in released.cells if _grade_id(cell)}
    for grade_id, count in sorted(counts.items()):
        if count > 1:
            found.append(Tamper(grade_id, f"grade id used by {count} cells (copied cell)"))
        if grade_id not in released_ids:
            found.append(Tamper(grade_id, "grade id not in the lesson (renamed or invented)"))
    for grade_id, original in released_ids.items():
        copies = [cell for cell in submitted.cells if _grade_id(cell) == grade_id]
        if not copies:
            if _protected(original):
                found.append(Tamper(grade_id, "locked cell deleted (restored for grading)"))
            continue
        cell = copies[0]
        if cell.cell_type != original.cell_type:
            found.append(Tamper(grade_id, f"cell type changed from {original.cell_type} to {cell.cell_type}"))
        if _grading(cell) != _grading(original):
            found.append(Tamper(grade_id, "grading metadata changed", _diff(_describe(_grading(original)),
                                                                         _describe(_grading(cell)))))
        if _protected(original) and cell.source.rstrip() != original.source.rstrip():
            found.append(Tamper(grade_id, "locked cell edited (restored for grading)",
                                _diff(original.source, cell.source)))
    kernel, expected = (submitted.metadata.get("kernelspec", {}).get("name"),
                        released.metadata.get("kernelspec", {}).get("name"))
    if kernel != expected:
        found.append(Tamper("notebook", f"kernel changed from {expected} to {kernel}"))
    return found


def restore_for_grading(submitted: nbformat.NotebookNode, released: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Undo what would stop nbgrader from grading the notebook as released: copies of a
    graded cell and cells with invented grade ids become plain cells (nbgrader would
    otherwise refuse the notebook, nbgrader#981), changed grading metadata is put back, and
    deleted locked cells return where the release had them (after the cell that preceded
    them there, when it is still present). nbgrader then restores locked cells' sources."""
    released_cells = {_grade_id(cell): cell for cell in released.cells if _grade_id(cell)}
    seen = set()
    for cell in submitted.cells:
        grade_id = _grade_id(cell)
        if grade_id is None:
            continue
        if grade_id in seen or grade_id not in released_cells:
            cell.metadata.pop("nbgrader", None)
            continue
        seen.add(grade_id)
        if _grading(cell) != _grading(released_cells[grade_id]):
            cell.metadata["nbgrader"] = dict(released_cells[grade_id].metadata["nbgrader"])
    for index, original in enumerate(released.cells):
        grade_id = _grade_id(original)
        if not grade_id or grade_id in seen or not _protected(original):
            continue
        before = _grade_id(released.cells[index - 1]) if index else None
        position = next((i + 1 for i, cell in enumerate(submitted.cells) if before and _grade_id(cell) == before),
                        len(submitted.cells))
        submitted.cells.insert(position, nbformat.from_dict(original))
        seen.add(grade_id)
    return submitted


def timestamp_tampering(timestamp: str, now: datetime | None = None) -> list[Tamper]:
    """A submission time that cannot be true: later than now (nbgrader writes it at submit)."""
    if not timestamp:
        return []
    try:
        when = parse_utc(timestamp)
    except ValueError:
        return [Tamper("notebook", f"submission time unreadable: {timestamp[:40]!r}")]
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    if when > now + CLOCK_SKEW:
        return [Tamper("notebook", f"submission time {timestamp} is in the future")]
    return []


def _describe(grading: dict) -> str:
    return "\n".join(f"{key}: {grading[key]}" for key in sorted(grading))


def _diff(before: str, after: str) -> str:
    return "\n".join(difflib.unified_diff(before.splitlines(), after.splitlines(), "release", "submitted",
                                          lineterm="", n=1))
