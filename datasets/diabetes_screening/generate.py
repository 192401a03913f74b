"""Generate the community diabetes screening data: repeat health checks for training, one
check per patient for validation, and a held-out test file that only the judges read.

The data is invented by this project (no real patients). Each row is one yearly health
check at a community health centre: questionnaire answers and body measurements, but no
blood test; the label says whether a later laboratory test confirmed type 2 diabetes.
Every rule is documented in README.md beside this file.

Run from anywhere:  python datasets/diabetes_screening/generate.py
The output is byte-for-byte the same on every run (fixed seed, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260623
HERE = Path(__file__).parent
FEATURES = ["age", "sex", "bmi", "waist_cm", "systolic_bp", "family_history", "activity_hours"]


def patients(rng: np.random.Generator, n: int, first: int) -> pd.DataFrame:
    age = rng.uniform(30, 80, n)
    sex = rng.choice(["F", "M"], size=n)
    bmi = rng.normal(25.5, 4.0, n).clip(16, 45)
    family = (rng.random(n) < 0.25).astype(int)
    activity = rng.gamma(2.0, 1.8, n).clip(0, 20)
    waist = (bmi * 3.2 + np.where(sex == "M", 6, 0) + rng.normal(0, 4, n))
    bp = 100 + 0.5 * (age - 30) + 1.1 * (bmi - 25) + rng.normal(0, 10, n)
    logit = (-3.7 + 0.055 * (age - 30) + 0.16 * (bmi - 25) + 0.04 * (waist - 82) + 1.0 * family
             - 0.18 * activity + 0.015 * (bp - 125) + rng.normal(0, 0.6, n))
    diabetes = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return pd.DataFrame({"patient_id": [f"C{first + i:04d}" for i in range(n)], "age": age, "sex": sex,
                         "bmi": bmi, "waist_cm": waist, "systolic_bp": bp, "family_history": family,
                         "activity_hours": activity, "diabetes": diabetes})


def checks(rng: np.random.Generator, people: pd.DataFrame, visits: np.ndarray, first_check: int) -> pd.DataFrame:
    """One row per yearly check: the patient's values plus small year-to-year changes."""
    rows = people.loc[people.index.repeat(visits)].reset_index(drop=True)
    year = np.concatenate([np.arange(v) for v in visits])
    n = len(rows)
    rows["age"] = np.floor(rows["age"] + year).astype(int)
    rows["bmi"] = (rows["bmi"] + rng.normal(0, 0.4, n)).round(1)
    rows["waist_cm"] = (rows["waist_cm"] + rng.normal(0, 1.2, n)).round().astype(int)
    rows["systolic_bp"] = (rows["systolic_bp"] + rng.normal(0, 4, n)).round().astype(int)
    rows["activity_hours"] = (rows["activity_hours"] + rng.normal(0, 0.5, n)).clip(0, 25).round(1)
    rows.insert(0, "check_id", [f"H{first_check + i:05d}" for i in range(n)])
    return rows[["check_id", "patient_id"] + FEATURES + ["diabetes"]]


def main() -> None:
    rng = np.random.default_rng(SEED)
    train_people = patients(rng, 320, 1)
    train = checks(rng, train_people, rng.choice([1, 2, 3, 4], size=len(train_people), p=[0.2, 0.3, 0.3, 0.2]), 1)
    valid = checks(rng, patients(rng, 500, 1001), np.ones(500, dtype=int), 30001)
    test = checks(rng, patients(rng, 1200, 5001), np.ones(1200, dtype=int), 60001)
    train.to_csv(HERE / "screening_train.csv", index=False, lineterminator="\n")
    valid.to_csv(HERE / "screening_valid.csv", index=False, lineterminator="\n")
    # the held-out file puts the label right after the ids (its header differs from the others')
    test[["check_id", "patient_id", "diabetes"] + FEATURES].to_csv(HERE / "screening_test.csv", index=False,
                                                                    lineterminator="\n")


if __name__ == "__main__":
    main()
