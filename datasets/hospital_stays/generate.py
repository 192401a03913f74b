"""Generate the hospital stays data: a training file for trainees and a held-out test file
that only the judges read.

The data is invented by this project (no real patients). Each row is one inpatient stay at
a city hospital, described by what is known at discharge; two targets: the length of the
stay in days (regression) and whether the patient came back within 30 days (classification).
Every rule is documented in README.md beside this file.

Run from anywhere:  python datasets/hospital_stays/generate.py
The output is byte-for-byte the same on every run (fixed seed, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260517
HERE = Path(__file__).parent
N_TRAIN, N_TEST = 1200, 800
# department -> (share of stays, base length of stay in days, readmission effect on the log-odds)
DEPARTMENTS = {
    "cardiology": (0.24, 4.0, 0.45),
    "orthopedics": (0.18, 5.0, -0.35),
    "internal_medicine": (0.26, 3.5, 0.20),
    "neurology": (0.14, 4.5, 0.10),
    "general_surgery": (0.18, 3.0, -0.30),
}
COLUMNS = ["stay_id", "age", "sex", "department", "admission_type", "n_diagnoses", "n_medications",
           "prior_admissions", "length_of_stay", "readmitted"]


def stays(rng: np.random.Generator, n: int, first_id: int) -> pd.DataFrame:
    names = list(DEPARTMENTS)
    department = rng.choice(names, size=n, p=[DEPARTMENTS[d][0] for d in names])
    age = np.clip(np.round(rng.normal(62, 16, n)), 18, 95).astype(int)
    sex = rng.choice(["F", "M"], size=n)
    emergency = rng.random(n) < 0.55
    n_diagnoses = 1 + rng.poisson(1.0 + (age - 18) / 30)
    n_medications = rng.poisson(2.0 + 1.2 * n_diagnoses)
    prior = rng.poisson(0.2 + 0.015 * (age - 18))
    base = np.array([DEPARTMENTS[d][1] for d in department])
    length = (base + 1.8 * emergency + 0.7 * n_diagnoses + 0.035 * (age - 60) + 0.4 * prior
              + rng.normal(0, 1.4, n))
    length = np.clip(length, 1.0, None).round(1)
    logit = (-1.5 + np.array([DEPARTMENTS[d][2] for d in department]) + 0.75 * emergency
             + 0.55 * prior + 0.30 * (n_diagnoses - 3) + 0.025 * (age - 62) + 0.08 * (length - 6)
             + 0.12 * (n_medications - 6))
    readmitted = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return pd.DataFrame({
        "stay_id": [f"S{first_id + i:05d}" for i in range(n)],
        "age": age, "sex": sex, "department": department,
        "admission_type": np.where(emergency, "emergency", "planned"),
        "n_diagnoses": n_diagnoses, "n_medications": n_medications, "prior_admissions": prior,
        "length_of_stay": length, "readmitted": readmitted,
    })[COLUMNS]


def main() -> None:
    rng = np.random.default_rng(SEED)
    stays(rng, N_TRAIN, 10001).to_csv(HERE / "stays_train.csv", index=False, lineterminator="\n")
    # the held-out file: other stays, targets first (its header differs from the training file's)
    test = stays(rng, N_TEST, 70001)
    test[["stay_id", "length_of_stay", "readmitted"] + COLUMNS[1:-2]].to_csv(
        HERE / "stays_test.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
