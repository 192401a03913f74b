"""Generate the credit-application data of lesson `l3_credit_risk`.

Invented applicants of an invented consumer-loan company: no real person is described.
Features follow fixed distributions, and whether an applicant defaults follows one stated
logistic rule plus noise (see README.md beside this file). The rule never looks at the
applicant's region; regions differ only in their income and credit-history distributions.

    applications.csv   1,200 applicants: the lesson's data (released to trainees)
    holdout.csv        1,500 other applicants, another seed: read only by the judges (gold)

Run from anywhere:  python datasets/credit_applications/generate.py
Byte-for-byte the same on every run (fixed seeds, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
FILES = {"applications.csv": (20260411, 1200, "A"), "holdout.csv": (20260412, 1500, "H")}
FEATURES = ["age", "monthly_income", "loan_amount", "debt_ratio", "credit_history_months", "late_payments"]


def default_logit(df: pd.DataFrame) -> np.ndarray:
    """The stated rule, before noise (README.md, "How the label is made")."""
    loan_to_income = df["loan_amount"] / (12 * df["monthly_income"])
    return (-3.0
            + 4.0 * (df["debt_ratio"] - 0.28)
            + 0.55 * df["late_payments"]
            + 1.2 * (loan_to_income - 0.6)
            - 0.008 * (df["credit_history_months"] - 60)
            - 0.02 * (df["age"] - 40)).to_numpy()


def applicants(rng: np.random.Generator, n: int, prefix: str) -> pd.DataFrame:
    rural = rng.random(n) < 0.35
    age = np.clip(np.round(rng.normal(40, 11, n)), 21, 69).astype(int)
    income = np.exp(rng.normal(np.where(rural, np.log(5500), np.log(9000)), 0.45))
    income = np.clip(np.round(income, -2), 2500, 60000).astype(int)
    loan = np.exp(rng.normal(np.log(60000) + 0.6 * np.log(income / 8000), 0.5))
    loan = np.clip(np.round(loan, -3), 5000, 500000).astype(int)
    debt_ratio = np.round(rng.beta(2, 5, n), 2)
    history = rng.gamma(2.0, np.where(rural, 22, 36))
    history = np.clip(np.round(np.minimum(history, (age - 18) * 12)), 0, 360).astype(int)
    late = rng.poisson(0.3 + 1.2 * debt_ratio)
    df = pd.DataFrame({
        "applicant_id": [f"{prefix}{i:05d}" for i in range(1, n + 1)],
        "region": np.where(rural, "rural", "urban"),
        "age": age,
        "monthly_income": income,
        "loan_amount": loan,
        "debt_ratio": debt_ratio,
        "credit_history_months": history,
        "late_payments": late.astype(int),
    })
    logit = default_logit(df) + rng.normal(0, 0.6, n)
    df["default"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return df


def main() -> None:
    for name, (seed, n, prefix) in FILES.items():
        df = applicants(np.random.default_rng(seed), n, prefix)
        if name == "holdout.csv":  # label first, so that no line equals a line of the released file
            df = df[["default", *df.columns.drop("default")]]
        df.to_csv(HERE / name, index=False, encoding="utf-8", lineterminator="\n")
        rates = df.groupby("region")["default"].mean().round(3).to_dict()
        print(f"wrote {name}: {len(df)} rows, {(HERE / name).stat().st_size} bytes, "
              f"default rate {df['default'].mean():.3f}, by region {rates}")


if __name__ == "__main__":
    main()
