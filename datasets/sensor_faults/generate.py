"""Generate the sensor-fault data of lesson `l3_model_tuning`.

An invented quality-inspection line: for each machined part, two sensor readings and
whether an inspector later found a fault. The true rule is a curved boundary with noisy
labels near it, so a model can underfit (a straight line), fit well (a smooth curve) or
overfit (a boundary that chases single noisy parts). Every rule is in README.md.

Part ids start with P in `sensors.csv` and with N ("new parts") in the holdout file, and the
holdout file has its columns in another order, so no line of the holdout file (not even its
header) is also a line of the released file: the kit's leak scan treats every line of a
gold file as secret.

Run from anywhere:  python datasets/sensor_faults/generate.py
Both files are byte-for-byte the same on every run (fixed seeds, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
TRAIN_SEED, HOLDOUT_SEED = 20260601, 20260602
TRAIN_ROWS, HOLDOUT_ROWS = 400, 1000
NOISE_WIDTH = 0.45   # mm/s: how far from the boundary labels are still uncertain


def fault_boundary(temperature: np.ndarray) -> np.ndarray:
    """The vibration (mm/s) above which a part at this temperature deviation tends to be faulty."""
    return 3.0 + 1.4 * np.sin(temperature / 1.6) - 0.02 * temperature ** 2


def sensor_parts(rng: np.random.Generator, rows: int, prefix: str) -> pd.DataFrame:
    temperature = rng.uniform(-6.0, 6.0, size=rows)
    vibration = rng.uniform(0.0, 6.0, size=rows)
    # the chance of a fault rises smoothly across the boundary (a logistic curve)
    chance = 1.0 / (1.0 + np.exp(-(vibration - fault_boundary(temperature)) / NOISE_WIDTH))
    fault = (rng.random(rows) < chance).astype(int)
    return pd.DataFrame({"part_id": [f"{prefix}{i:04d}" for i in range(1, rows + 1)],
                         "temperature": temperature.round(2), "vibration": vibration.round(2), "fault": fault})


def main() -> None:
    sensor_parts(np.random.default_rng(TRAIN_SEED), TRAIN_ROWS, "P").to_csv(HERE / "sensors.csv", index=False)
    holdout = sensor_parts(np.random.default_rng(HOLDOUT_SEED), HOLDOUT_ROWS, "N")
    # another column order, so that not even the header line is shared with the released file
    holdout[["part_id", "fault", "temperature", "vibration"]].to_csv(HERE / "sensors_holdout.csv", index=False)


if __name__ == "__main__":
    main()
