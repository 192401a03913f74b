"""Write the files of lesson l3_monitoring (see README.md).

Deterministic: numpy default_rng with fixed seeds, no network, no clock.
Run: python datasets/model_monitoring/generate.py  (needs numpy, pandas and scipy)
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp

HERE = Path(__file__).resolve().parent
FEATURES = ["income", "age", "utilization"]
# week -> incidents planted in it; weeks 7 and 8 are held out (never released)
EVENTS = {3: {"missing"}, 5: {"drift"}, 6: {"drift", "concept"}, 7: {"drift", "missing"}, 8: set()}


def applicants(rng, n, events=frozenset()):
    income = rng.gamma(4.0, 12.0, n)
    age = rng.integers(20, 70, n).astype(float)
    utilization = rng.beta(2.0, 4.0, n) if "drift" not in events else rng.beta(3.5, 3.0, n)
    truth = -1.5 + 5.0 * (utilization - 0.35) - 0.03 * (income - 48) - 0.02 * (age - 45)
    if "concept" in events:
        truth = truth + 1.8
    frame = pd.DataFrame({"income": np.round(income, 1), "age": age, "utilization": np.round(utilization, 3)})
    frame["score"] = np.round(1 / (1 + np.exp(-(-1.5 + 5.0 * (frame["utilization"] - 0.35)
                                                - 0.03 * (frame["income"] - 48) - 0.02 * (frame["age"] - 45)))), 4)
    frame["default"] = (rng.random(n) < 1 / (1 + np.exp(-truth))).astype(int)
    if "missing" in events:
        frame["income"] = frame["income"].mask(rng.random(n) < 0.15)
    return frame


def psi(reference, current):
    ref = pd.Series(reference, dtype=float).dropna().to_numpy()
    cur = pd.Series(current, dtype=float).dropna().to_numpy()
    edges = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    shares = [np.maximum(np.bincount(np.searchsorted(edges, v, side="right"), minlength=len(edges) + 1) / len(v), 1e-4)
              for v in (ref, cur)]
    return float(np.sum((shares[1] - shares[0]) * np.log(shares[1] / shares[0])))


def metrics(reference, week):
    """The weekly metrics of the lesson (definitions in README.md)."""
    out = {"volume": int(len(week)), "missing_rate": round(float(week[FEATURES].isna().any(axis=1).mean()), 4)}
    for name in FEATURES:
        out[f"psi_{name}"] = round(psi(reference[name], week[name]), 4)
        out[f"ks_{name}"] = round(float(ks_2samp(reference[name].dropna(), week[name].dropna()).statistic), 4)
    out["accuracy"] = round(float(((week["score"] >= 0.5).astype(int) == week["default"]).mean()), 4)
    out["positive_rate"] = round(float((week["score"] >= 0.5).mean()), 4)
    return out


ALERT_PLANS = [
    [{"metric": "psi_utilization", "direction": "above", "threshold": 0.25, "category": "drift"},
     {"metric": "missing_rate", "direction": "above", "threshold": 0.0, "category": "quality"},
     {"metric": "accuracy", "direction": "below", "threshold": 0.7233, "category": "performance"}],
    [{"metric": "ks_income", "direction": "above", "threshold": 0.0367, "category": "drift"},
     {"metric": "volume", "direction": "below", "threshold": 500, "category": "quality"},
     {"metric": "positive_rate", "direction": "above", "threshold": 0.3, "category": "performance"},
     {"metric": "psi_age", "direction": "above", "threshold": 0.02, "category": "drift"}]]


def fire(plan, values):
    """Categories whose rule fires: strictly above / strictly below the threshold."""
    return sorted({r["category"] for r in plan if (values[r["metric"]] > r["threshold"] if r["direction"] == "above"
                                                   else values[r["metric"]] < r["threshold"])})


def main():
    rng = np.random.default_rng(20261215)
    reference = applicants(rng, 2000)
    reference.to_csv(HERE / "reference.csv", index=False, lineterminator="\n")
    weeks = {w: applicants(rng, 600, EVENTS.get(w, set())) for w in range(1, 9)}
    released = pd.concat([weeks[w].assign(week=w) for w in range(1, 7)], ignore_index=True)
    released[["week", *released.columns[:-1]]].to_csv(HERE / "production.csv", index=False, lineterminator="\n")
    category = {"missing": "quality", "drift": "drift", "concept": "performance"}
    incidents = [{"week": w, "category": category[e]} for w in range(1, 7) for e in sorted(EVENTS.get(w, ()))]
    pd.DataFrame(incidents).to_csv(HERE / "incidents.csv", index=False, lineterminator="\n")
    gold = {"weeks": {str(w): metrics(reference, weeks[w]) for w in range(1, 9)},
            "heldout_incidents": {str(w): sorted(category[e] for e in EVENTS[w]) for w in (7, 8)}}
    cases = [{"plan": plan, "metrics": gold["weeks"][str(w)]} for plan in ALERT_PLANS for w in (1, 3, 5, 6)]
    (HERE / "alert_cases.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")
    gold["alert_cases"] = [fire(case["plan"], case["metrics"]) for case in cases]
    (HERE / "expected.json").write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
