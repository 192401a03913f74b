"""Gold files as labeling judges read them: the queue of a batch, and gold classes with the
hidden control items marked among them."""

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldClasses:
    truth: dict[str, str]     # item -> gold class, every item of the batch
    controls: dict[str, str]  # item -> gold class, the hidden control items only


def batch_items(path: Path | str) -> tuple[str, ...]:
    """The item ids of a batch file (a CSV with an `id` column), in the order trainees see them."""
    with open(path, encoding="utf-8", newline="") as handle:
        return tuple(row["id"] for row in csv.DictReader(handle))


def gold_classes(path: Path | str) -> GoldClasses:
    """Gold classes from a CSV with `id`, `label` and `control` columns (`1` marks a control item)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return GoldClasses(truth={row["id"]: row["label"] for row in rows},
                       controls={row["id"]: row["label"] for row in rows if row["control"] == "1"})
