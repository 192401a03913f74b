"""Write train.csv, valid.csv, pool.csv and review.csv for lesson l3_error_analysis (see README.md).

Deterministic: numpy default_rng with fixed seeds, no network, no clock.
Run: python datasets/fall_alerts/generate.py  (needs numpy and pandas)
"""
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
CLASSES = ["walk", "sit", "fall"]
# per class: (mean, sd) of peak_g, jerk, tilt_deg, still_s as the old watch A1 measures them
PROFILE = {"walk": [(1.6, 0.3), (3.0, 1.0), (15, 10), (1.0, 1.0)],
           "sit": [(1.3, 0.25), (1.8, 0.8), (45, 15), (6, 3.5)],
           "fall": [(2.3, 0.5), (5.0, 1.6), (55, 18), (8, 4)]}
ANNOTATORS = ["ann_01", "ann_02", "ann_03", "ann_04", "ann_05", "ann_06", "ann_07"]


def draw_events(rng, n, b2_share):
    """n events: device, true label and the four measurements (rules in README.md)."""
    label = rng.choice(CLASSES, n, p=[0.5, 0.32, 0.18])
    device = np.where(rng.random(n) < b2_share, "B2", "A1")
    columns = {}
    for j, name in enumerate(["peak_g", "jerk", "tilt_deg", "still_s"]):
        mean = np.array([PROFILE[c][j][0] for c in label])
        sd = np.array([PROFILE[c][j][1] for c in label])
        columns[name] = mean + sd * rng.normal(size=n)
    b2 = device == "B2"
    # the new watch B2 is calibrated differently: it reads peaks 0.6 g and jerks 2.5 lower
    columns["peak_g"] = np.where(b2, columns["peak_g"] - 0.6, columns["peak_g"])
    columns["jerk"] = np.where(b2, columns["jerk"] - 2.5, columns["jerk"])
    columns["still_s"] = np.clip(columns["still_s"], 0, None)
    frame = pd.DataFrame({"device": device,
                          "peak_g": np.round(columns["peak_g"], 2), "jerk": np.round(columns["jerk"], 2),
                          "tilt_deg": np.round(columns["tilt_deg"], 1), "still_s": np.round(columns["still_s"], 1),
                          "label": label})
    return frame


def main():
    rng = np.random.default_rng(20261201)
    train = draw_events(rng, 800, b2_share=0.03)
    train.insert(0, "event_id", [f"E{i:04d}" for i in range(1, 801)])
    train.insert(2, "annotator", rng.choice(ANNOTATORS, 800, p=[0.125] * 6 + [0.25]))
    truth = train["label"].copy()
    sloppy = (train["annotator"] == "ann_07") & (train["label"] == "fall") & (rng.random(800) < 0.6)
    train.loc[sloppy, "label"] = "sit"
    train.to_csv(HERE / "train.csv", index=False, lineterminator="\n")
    review = pd.DataFrame({"event_id": train["event_id"], "label": truth})[train["annotator"] == "ann_07"]
    review.to_csv(HERE / "review.csv", index=False, lineterminator="\n")

    valid = draw_events(np.random.default_rng(20261202), 300, b2_share=0.4)
    valid.insert(0, "event_id", [f"V{i:04d}" for i in range(1, 301)])
    valid.to_csv(HERE / "valid.csv", index=False, lineterminator="\n")

    pool = draw_events(np.random.default_rng(20261203), 500, b2_share=0.5)
    pool.insert(0, "event_id", [f"P{i:04d}" for i in range(1, 501)])
    pool.to_csv(HERE / "pool.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
