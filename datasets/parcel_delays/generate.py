"""Write training.csv and daily.csv for lesson l4_system_maintenance (see README.md).

Deterministic: numpy default_rng with fixed seeds, no network, no clock.
Run: python datasets/parcel_delays/generate.py  (needs numpy and pandas)
"""
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
FEATURES = ["distance_km", "weight_kg", "queue", "rain_mm"]


def draw_parcels(rng, n, rain_share=0.25, late_shift=0.0):
    """n parcels: the four inputs and whether the parcel arrived late (rules in README.md)."""
    distance = rng.gamma(2.0, 6.0, n)
    weight = rng.lognormal(0.5, 0.6, n)
    queue = rng.poisson(40, n).astype(float)
    rain = np.where(rng.random(n) < rain_share, rng.exponential(6.0, n), 0.0)
    logit = -3.0 + 0.12 * distance + 0.2 * weight + 0.06 * (queue - 40) + 0.15 * rain + late_shift
    late = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return pd.DataFrame({"distance_km": np.round(distance, 1), "weight_kg": np.round(weight, 2),
                         "queue": queue.astype(int), "rain_mm": np.round(rain, 1), "late": late})


def draw_day(rng, day, event, n=80):
    """One day of parcels; `event` is None or one of the incidents described in README.md."""
    if event == "rainy":
        parcels = draw_parcels(rng, n, rain_share=0.6)
    elif event == "courier":
        parcels = draw_parcels(rng, n, late_shift=1.6)
    else:
        parcels = draw_parcels(rng, n)
    if event == "grams":
        parcels["weight_kg"] = np.round(parcels["weight_kg"] * 1000, 0)
    if event == "missing":
        parcels["distance_km"] = parcels["distance_km"].mask(rng.random(n) < 0.4)
    parcels.insert(0, "day", day)
    return parcels


SCHEDULE = {9: "missing", 14: "grams", 15: "grams", 16: "grams", 18: "rainy", 19: "rainy", 20: "rainy",
            **{d: "courier" for d in range(24, 31)}}


def main():
    training = draw_parcels(np.random.default_rng(20261101), 800)
    training.insert(0, "parcel_id", [f"T{i:04d}" for i in range(1, len(training) + 1)])
    training.to_csv(HERE / "training.csv", index=False, lineterminator="\n")
    rng = np.random.default_rng(20261102)
    daily = pd.concat([draw_day(rng, day, SCHEDULE.get(day)) for day in range(1, 31)], ignore_index=True)
    daily.insert(0, "parcel_id", [f"D{i:04d}" for i in range(1, len(daily) + 1)])
    daily.to_csv(HERE / "daily.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
