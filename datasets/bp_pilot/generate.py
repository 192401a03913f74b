"""Generate `pilot_labels.csv`: a pilot round of blood-pressure category labels.

The readings are invented by this project (no patients). Three simulated annotators
labeled them with a vague first version of a labeling spec (v1, quoted in README.md); each
read v1 in a different, documented way, which is how a pilot round shows where a spec is
ambiguous. The categories follow the adult blood-pressure categories of the 2017 ACC/AHA
guideline, used here as a labeling exercise, not as medical advice.

Run from anywhere:  python datasets/bp_pilot/generate.py
The output is byte-for-byte the same on every run (fixed seed, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260412
N = 160
OUT = Path(__file__).with_name("pilot_labels.csv")
ORDER = ["normal", "elevated", "stage1", "stage2", "crisis"]


def systolic_class(s: float) -> str:
    if s > 180:
        return "crisis"
    if s >= 140:
        return "stage2"
    if s >= 130:
        return "stage1"
    return "elevated" if s >= 120 else "normal"


def diastolic_class(d: float) -> str:
    if d > 120:
        return "crisis"
    if d >= 90:
        return "stage2"
    return "stage1" if d >= 80 else "normal"


def ann_1(s, d) -> str:
    """Reads only the first number (systolic): v1 gives the ranges as "120-129" etc."""
    return systolic_class(s)


def ann_2(s, d) -> str:
    """Takes the higher of the two categories, but reads "130-139" as "above 130" and
    "140 or more" as "above 140", so a reading exactly on those borders stays one lower."""
    s_class = systolic_class(s - 1 if s in (130, 140) else s)
    d_class = diastolic_class(d - 1 if d in (80, 90) else d)
    return max(s_class, d_class, key=ORDER.index)


def ann_3(s, d) -> str:
    """Takes the LOWER of the two categories when they differ (reads "130-139 or 80-89"
    as "130-139 and 80-89")."""
    return min(systolic_class(s), diastolic_class(d), key=ORDER.index)


def readings(rng: np.random.Generator) -> pd.DataFrame:
    systolic = rng.normal(132, 18, N).round()
    diastolic = (systolic * 0.55 + rng.normal(8, 9, N)).round()
    # a quarter of the readings sit exactly on a border, where a vague spec hurts most
    on_border = rng.random(N) < 0.25
    systolic[on_border] = rng.choice([120, 129, 130, 139, 140, 180, 181], on_border.sum())
    on_border_d = rng.random(N) < 0.2
    diastolic[on_border_d] = rng.choice([79, 80, 89, 90, 120, 121], on_border_d.sum())
    return pd.DataFrame({"id": [f"p{i + 1:03d}" for i in range(N)],
                         "systolic": systolic.astype(int), "diastolic": diastolic.astype(int)})


def main() -> None:
    rng = np.random.default_rng(SEED)
    table = readings(rng)
    for name, annotator in (("ann_1", ann_1), ("ann_2", ann_2), ("ann_3", ann_3)):
        table[name] = [annotator(s, d) for s, d in zip(table["systolic"], table["diastolic"])]
    table.to_csv(OUT, index=False, encoding="utf-8", lineterminator="\n")


if __name__ == "__main__":
    main()
