"""Generate the clinic visits data: a messy training export, a hand-checked validation file
that shares some patients with it, and a held-out test file of new patients.

The data is invented by this project (no real patients). It imitates the visit records of
a diabetes outpatient clinic: routine measurements at each visit and the confirmed
diagnosis. Every kind of mess follows a fixed rule, documented in README.md beside this file.

Run from anywhere:  python datasets/clinic_visits/generate.py
The output is byte-for-byte the same on every run (fixed seed, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260412
HERE = Path(__file__).parent
COLUMNS = ["visit_id", "patient_id", "visit_date", "age", "sex", "bmi", "systolic_bp", "glucose",
           "smoker", "diabetes"]
N_TRAIN_PATIENTS, N_VALID_PATIENTS, N_TEST_PATIENTS = 420, 170, 360
N_LEAKED_PATIENTS = 14           # patients of the training export who also appear in the validation file
MG_PER_MMOL = 18.0               # glucose: mg/dL = mmol/L * 18


def patients(rng: np.random.Generator, first: int, n: int) -> pd.DataFrame:
    """Patient-level facts: sex, birth year, smoking, diagnosis and personal levels."""
    diabetes = rng.random(n) < 0.32
    age0 = np.where(diabetes, rng.normal(58, 11, n), rng.normal(47, 13, n)).clip(20, 88)
    return pd.DataFrame({
        "patient_id": [f"P{first + i:04d}" for i in range(n)],
        "sex": rng.choice(["F", "M"], size=n),
        "age0": age0,
        "smoker": np.where(rng.random(n) < np.where(diabetes, 0.34, 0.22), "Y", "N"),
        "diabetes": diabetes.astype(int),
        "bmi0": np.where(diabetes, rng.normal(28.8, 4.2, n), rng.normal(24.3, 3.4, n)).clip(16, 45),
        "glucose0": np.where(diabetes, rng.normal(7.6, 1.5, n), rng.normal(5.4, 0.6, n)).clip(3.9, 16),
        "bp0": rng.normal(118, 12, n),
        "visits": rng.choice([1, 2, 3], size=n, p=[0.45, 0.35, 0.20]),
    })


def visits(rng: np.random.Generator, people: pd.DataFrame, first_visit: int) -> pd.DataFrame:
    """One row per visit, in date order, with measurement noise around each patient's level."""
    rows = people.loc[people.index.repeat(people["visits"])].reset_index(drop=True)
    n = len(rows)
    days = rng.integers(0, 365, n)
    rows["visit_date"] = (pd.Timestamp("2025-01-01") + pd.to_timedelta(days, unit="D")).strftime("%Y-%m-%d")
    rows["age"] = np.floor(rows["age0"] + days / 365).astype(int)
    rows["bmi"] = (rows["bmi0"] + rng.normal(0, 0.6, n)).round(1)
    rows["systolic_bp"] = (rows["bp0"] + 0.45 * (rows["age"] - 50) + 6 * rows["diabetes"]
                           + rng.normal(0, 7, n)).round().astype(int)
    rows["glucose"] = (rows["glucose0"] + rng.normal(0, 0.45, n)).clip(3.5, 20).round(1)
    rows = rows.sort_values(["visit_date", "patient_id"], kind="stable").reset_index(drop=True)
    rows["visit_id"] = [f"V{first_visit + i:05d}" for i in range(len(rows))]
    return rows[COLUMNS]


def add_mess(rng: np.random.Generator, clean: pd.DataFrame) -> pd.DataFrame:
    """The training export as the clinic's old system writes it (see README.md)."""
    df = clean.astype({"age": object, "bmi": object, "systolic_bp": object, "glucose": object}).copy()
    n = len(df)
    pick = lambda share: rng.random(n) < share
    # glucose from the lab's second analyser, written in mg/dL instead of mmol/L
    mg = pick(0.10)
    df.loc[mg, "glucose"] = [int(round(v * MG_PER_MMOL)) for v in clean.loc[mg, "glucose"]]
    # typing errors that make impossible values
    for column, share, typo in (("age", 0.015, lambda v: int(v) * 10),
                                ("bmi", 0.02, lambda v: int(round(v * 10))),
                                ("systolic_bp", 0.015, lambda v: int(v) * 10)):
        hit = pick(share)
        df.loc[hit, column] = [typo(v) for v in clean.loc[hit, column]]
    age_zero = pick(0.006)
    df.loc[age_zero, "age"] = [0] * int(age_zero.sum())
    # missing measurements
    for column, share in (("age", 0.02), ("bmi", 0.06), ("systolic_bp", 0.04), ("glucose", 0.05)):
        hit = pick(share)
        df.loc[hit, column] = [None] * int(hit.sum())
    # codes typed by hand: lower case, spaces, unknown values
    lower = pick(0.06)
    df.loc[lower, "sex"] = df.loc[lower, "sex"].str.lower()
    spaced = pick(0.04)
    df.loc[spaced, "sex"] = " " + df.loc[spaced, "sex"]
    df.loc[pick(0.015), "sex"] = "X"
    df.loc[pick(0.01), "sex"] = None
    lower = pick(0.05)
    df.loc[lower, "smoker"] = df.loc[lower, "smoker"].str.lower() + " "
    df.loc[pick(0.02), "smoker"] = "U"
    df.loc[pick(0.01), "smoker"] = "?"
    # rows exported twice (identical) and visits typed in again with a changed value
    rows = list(df.itertuples(index=False, name=None))
    out = []
    exact = set(rng.choice(n, 16, replace=False).tolist())
    retyped = set(rng.choice(sorted(set(range(n)) - exact), 6, replace=False).tolist())
    pending = []
    for i, row in enumerate(rows):
        out.append(row)
        if i in exact:
            pending.append((i + int(rng.integers(1, 12)), row))
        if i in retyped:
            changed = list(row)
            changed[COLUMNS.index("systolic_bp")] = int(clean.loc[i, "systolic_bp"]) + int(rng.choice([-8, -5, 5, 8]))
            pending.append((i + int(rng.integers(5, 30)), tuple(changed)))
        for due, copy in [p for p in pending if p[0] == i]:
            out.append(copy)
            pending.remove((due, copy))
    out.extend(copy for _, copy in pending)
    messy = pd.DataFrame(out, columns=COLUMNS, dtype=object)
    for column in ("age", "bmi", "systolic_bp", "glucose"):
        messy[column] = [as_text(v) for v in messy[column]]
    return messy


def as_text(value) -> str:
    """A measurement as the old system writes it: whole numbers without decimals (the
    mg/dL glucose values and the typing errors too), other values with one decimal."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return f"{value:.1f}"


def main() -> None:
    rng = np.random.default_rng(SEED)
    train_people = patients(rng, 1, N_TRAIN_PATIENTS)
    valid_people = patients(rng, 1 + N_TRAIN_PATIENTS, N_VALID_PATIENTS)
    test_people = patients(rng, 5001, N_TEST_PATIENTS)
    train = visits(rng, train_people, 1)
    # the colleague's validation file: new patients, plus some training patients' visits
    leaked = train_people.loc[rng.choice(N_TRAIN_PATIENTS, N_LEAKED_PATIENTS, replace=False)]
    leaked_visits = train[train["patient_id"].isin(leaked["patient_id"])]
    valid = visits(rng, valid_people, 20001)
    valid = pd.concat([valid, leaked_visits]).sort_values(["visit_date", "visit_id"], kind="stable")
    test = visits(rng, test_people, 50001)
    add_mess(rng, train).to_csv(HERE / "visits_raw.csv", index=False, lineterminator="\n")
    valid.to_csv(HERE / "visits_valid.csv", index=False, lineterminator="\n")
    # the lab's export of the held-out visits puts the label right after the date
    test_columns = COLUMNS[:3] + ["diabetes"] + COLUMNS[3:-1]
    test[test_columns].to_csv(HERE / "visits_test.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
