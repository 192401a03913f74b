"""Generate the data of the Level 3 mock practical paper `exam_l3_practical`.

An invented packaging plant with three production lines (A, B, C). Every file is made here
from fixed seeds (no package's built-in data, so nothing can be looked up), the same bytes
on every run:

- `plant_readings.csv` (released): one row per sensor reading of a machine: temperature,
  vibration, pressure and whether an inspector later found a fault. Raw, as exported: some
  readings twice, line names with stray spaces, missing temperatures and sensor glitches
  outside the datasheet ranges (temperature -40..150 °C is what the sensor can report;
  the process runs at 10..90 °C; vibration 0..30 mm/s).
- `plant_holdout.csv` (gold, judges only): later readings of the same plant, clean, to
  score the candidates' models on data they never saw. Ids start with H and the columns are
  in another order, so no line of it is also a line of a released file.
- `monitor_log.csv` (released): 42 days of a deployed model's monitoring figures, with a
  few bad days built in.
- `junior_batch.csv` (released): 48 short reviews labeled by a junior labeler, with a
  senior's reference label, for the training-and-guidance task.

Run from anywhere:  python datasets/exam_l3_practical/generate.py
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
SEED = 20261201
LINES = ("A", "B", "C")
LINE_HEAT = {"A": 0.0, "B": 6.0, "C": -4.0}  # °C: each line runs a little warmer or cooler


def readings(rng: np.random.Generator, rows: int, prefix: str) -> pd.DataFrame:
    line = rng.choice(LINES, size=rows)
    temperature = 50 + np.array([LINE_HEAT[x] for x in line]) + rng.normal(0, 9, rows)
    vibration = np.clip(rng.gamma(4.0, 1.6, rows), 0.1, 29.0)
    pressure = rng.normal(2.0, 0.25, rows)
    score = 0.09 * (temperature - 52) + 0.45 * (vibration - 6.5) + 2.2 * (pressure - 2.0) + rng.normal(0, 0.8, rows)
    fault = (score > 1.0).astype(int)
    return pd.DataFrame({"reading_id": [f"{prefix}{i:05d}" for i in range(1, rows + 1)], "line": line,
                         "temperature": temperature.round(1), "vibration": vibration.round(2),
                         "pressure": pressure.round(3), "fault": fault})


def raw_export(rng: np.random.Generator) -> pd.DataFrame:
    frame = readings(rng, 900, "R")
    frame["line"] = frame["line"].astype(object)
    spaced = rng.choice(len(frame), 60, replace=False)
    frame.loc[spaced, "line"] = [f" {x}" if k % 2 else f"{x} " for k, x in enumerate(frame.loc[spaced, "line"])]
    missing = rng.choice(len(frame), 45, replace=False)
    frame.loc[missing, "temperature"] = np.nan
    glitches = rng.choice(np.setdiff1d(np.arange(len(frame)), missing), 24, replace=False)
    frame.loc[glitches[:12], "temperature"] = rng.choice([-40.0, 150.0, 149.9, -39.5], 12)
    frame.loc[glitches[12:], "vibration"] = rng.choice([-1.0, 99.99, 45.0], 12)
    twice = frame.iloc[rng.choice(len(frame), 30, replace=False)]
    return pd.concat([frame, twice]).iloc[rng.permutation(len(frame) + len(twice))].reset_index(drop=True)


def monitor_log() -> pd.DataFrame:
    rng = np.random.default_rng(SEED + 2)
    days = pd.date_range("2026-10-01", periods=42, freq="D")
    accuracy = rng.normal(0.91, 0.012, len(days))
    missing = np.abs(rng.normal(0.015, 0.006, len(days)))
    vibration = rng.normal(6.4, 0.15, len(days))
    accuracy[[20, 33]] = [0.83, 0.81]      # two bad days for the model
    missing[[17, 30]] = [0.09, 0.07]       # a sensor went quiet
    vibration[36:] += 1.2                  # the plant changed: inputs drift from day 36
    return pd.DataFrame({"day": days.strftime("%Y-%m-%d"), "accuracy": accuracy.round(4),
                         "missing_rate": missing.round(4), "mean_vibration": vibration.round(3)})


REVIEWS = [  # (text, reference label)
    ("Arrived quickly and works perfectly.", "positive"), ("The box was crushed and the cup broken.", "negative"),
    ("It is a cup. It holds coffee.", "neutral"), ("Please refund me, the lid does not close.", "negative"),
    ("Great value, would buy again.", "positive"), ("Buy cheap phones at our shop, link in bio!", "invalid"),
    ("Colour is slightly different from the photo.", "neutral"), ("I want to return this, it leaks.", "negative"),
    ("Best purchase this year.", "positive"), ("", "invalid"), ("Does what it says.", "neutral"),
    ("Stopped working after two days, asking for a refund.", "negative"), ("Lovely design, my kids love it.", "positive"),
    ("Delivery took a week, product fine.", "neutral"), ("Terrible smell, threw it away.", "negative"),
    ("Follow us for daily deals!!!", "invalid"), ("Exactly as described.", "positive"),
    ("Return requested: wrong size sent.", "negative"), ("Average quality for the price.", "neutral"),
    ("Five stars, excellent seller.", "positive"), ("The handle broke on first use.", "negative"),
    ("asdfgh", "invalid"), ("Works, nothing special.", "neutral"), ("I'd like my money back, it is scratched.", "negative"),
]
JUNIOR_SLIPS = {  # row -> the junior's label where it differs from the reference
    0: "Positive", 3: "neutral", 5: "neutral", 9: "neutral", 11: "neutral", 14: "neutral", 15: "positive",
    17: "neutral", 20: "positive", 21: "neutral", 23: "neutral", 26: "pos", 30: "negative", 33: "positive",
    36: "Negative", 40: "neutral", 45: "positive",
}


def junior_batch() -> pd.DataFrame:
    rows = [REVIEWS[i % len(REVIEWS)] for i in range(48)]
    frame = pd.DataFrame({"item_id": [f"J{i:03d}" for i in range(1, 49)], "text": [t for t, _ in rows],
                          "junior_label": [r for _, r in rows], "reference_label": [r for _, r in rows]})
    for row, label in JUNIOR_SLIPS.items():
        frame.loc[row, "junior_label"] = label
    return frame


def main() -> None:
    raw_export(np.random.default_rng(SEED)).to_csv(HERE / "plant_readings.csv", index=False)
    holdout = readings(np.random.default_rng(SEED + 1), 1500, "H")
    holdout[["reading_id", "fault", "pressure", "vibration", "temperature", "line"]].to_csv(
        HERE / "plant_holdout.csv", index=False)
    monitor_log().to_csv(HERE / "monitor_log.csv", index=False)
    junior_batch().to_csv(HERE / "junior_batch.csv", index=False)


if __name__ == "__main__":
    main()
