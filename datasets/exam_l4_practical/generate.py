"""Generate the data of the Level 4 mock practical paper `exam_l4_practical`.

An invented parcel company. All made here from fixed seeds, the same bytes on every run:

- `supplier_records.csv` (released): a supplier's parcel records with quality problems:
  missing values, repeated records, impossible dates and negative weights.
- `tickets.csv` (released): 24 customer support tickets to classify with a keyword spec;
  `tickets_gold.csv` (gold): their classes.
- `two_annotators.csv` (released): 60 items labeled by two annotators, for the audit.
- `service_metrics.csv` (released): 72 hours of a sorting model's service metrics.

Run from anywhere:  python datasets/exam_l4_practical/generate.py
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
SEED = 20261204
TICKETS = [  # (text, class): billing, delivery, account, other
    ("I was charged twice for one parcel", "billing"), ("Where is my parcel? Tracking has not moved", "delivery"),
    ("Cannot log in to my account", "account"), ("Please send me an invoice for October", "billing"),
    ("The courier left the parcel at the wrong address", "delivery"), ("How do I reset my password", "account"),
    ("Refund the fee for the late delivery", "billing"), ("Parcel arrived damaged", "delivery"),
    ("Change the email address on my account", "account"), ("Do you ship to Macau?", "other"),
    ("The price on the invoice is wrong", "billing"), ("Delivery is three days late", "delivery"),
    ("My account was locked after three tries", "account"), ("Are you hiring drivers?", "other"),
    ("Payment failed but money was taken", "billing"), ("Tracking number not found", "delivery"),
    ("Delete my account and my data", "account"), ("What are your opening hours?", "other"),
    ("I need a receipt for my company", "billing"), ("The parcel was never delivered", "delivery"),
    ("Two-factor code never arrives when I log in", "account"), ("Can I send live plants?", "other"),
    ("Charge for insurance I did not choose", "billing"), ("The driver did not ring, parcel returned", "delivery"),
]


def supplier_records() -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    rows = 200
    dates = pd.date_range("2026-09-01", periods=60, freq="D").strftime("%Y-%m-%d").to_numpy()[rng.integers(0, 60, rows)]
    frame = pd.DataFrame({"record_id": [f"S{i:04d}" for i in range(1, rows + 1)],
                          "sender_city": rng.choice(["Wuhan", "Chengdu", "Xian", "Hefei"], rows).astype(object),
                          "shipped_on": dates.astype(object), "weight_kg": rng.gamma(2.0, 1.5, rows).round(2),
                          "postcode": rng.integers(100000, 999999, rows).astype(str).astype(object)})
    frame.loc[rng.choice(rows, 14, replace=False), "sender_city"] = np.nan
    frame.loc[rng.choice(rows, 9, replace=False), "postcode"] = np.nan
    frame.loc[rng.choice(rows, 6, replace=False), "weight_kg"] = np.nan
    bad_dates = rng.choice(rows, 7, replace=False)
    frame.loc[bad_dates, "shipped_on"] = ["2026-13-02", "2026-02-30", "2026-09-31", "2026-00-10", "2026-11-31",
                                          "2026-06-31", "2026-04-31"]
    negatives = rng.choice(np.setdiff1d(np.arange(rows), np.where(frame["weight_kg"].isna())[0]), 5, replace=False)
    frame.loc[negatives, "weight_kg"] = -frame.loc[negatives, "weight_kg"]
    twice = frame.iloc[rng.choice(rows, 11, replace=False)]
    return pd.concat([frame, twice]).iloc[rng.permutation(rows + 11)].reset_index(drop=True)


def two_annotators() -> pd.DataFrame:
    rng = np.random.default_rng(SEED + 1)
    truth = rng.choice(["normal", "fragile", "oversize"], 60, p=[0.6, 0.25, 0.15])
    a = truth.copy()
    b = truth.copy()
    flip_a = rng.choice(60, 5, replace=False)
    flip_b = rng.choice(60, 9, replace=False)
    a[flip_a] = rng.choice(["normal", "fragile", "oversize"], 5)
    b[flip_b] = rng.choice(["normal", "fragile", "oversize"], 9)
    return pd.DataFrame({"item_id": [f"P{i:03d}" for i in range(1, 61)], "annotator_a": a, "annotator_b": b})


def service_metrics() -> pd.DataFrame:
    rng = np.random.default_rng(SEED + 2)
    hours = pd.date_range("2026-11-10 00:00", periods=72, freq="h")
    latency = rng.normal(420, 60, 72).round(0)
    errors = np.abs(rng.normal(0.006, 0.003, 72)).round(4)
    latency[[10, 11]] = [860, 910]          # two slow hours: not yet an alert
    latency[30:34] = [850, 930, 880, 905]   # four slow hours in a row: alert from the third
    errors[[50, 61]] = [0.035, 0.028]       # error spikes
    return pd.DataFrame({"hour": hours.strftime("%Y-%m-%d %H:00"), "latency_p95_ms": latency, "error_rate": errors})


def main() -> None:
    supplier_records().to_csv(HERE / "supplier_records.csv", index=False)
    tickets = pd.DataFrame({"ticket_id": [f"K{i:02d}" for i in range(1, len(TICKETS) + 1)],
                            "text": [t for t, _ in TICKETS], "class": [c for _, c in TICKETS]})
    tickets[["ticket_id", "text"]].to_csv(HERE / "tickets.csv", index=False)
    tickets[["class", "ticket_id"]].to_csv(HERE / "tickets_gold.csv", index=False)
    two_annotators().to_csv(HERE / "two_annotators.csv", index=False)
    service_metrics().to_csv(HERE / "service_metrics.csv", index=False)


if __name__ == "__main__":
    main()
