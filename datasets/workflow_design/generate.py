"""Write the files of lesson l3_workflow_design (see README.md).

Deterministic: numpy default_rng with a fixed seed, no network, no clock.
Run: python datasets/workflow_design/generate.py  (needs numpy, pandas and scipy)
"""
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import norm

HERE = Path(__file__).resolve().parent


def sample_size(batch_size, confidence, margin, p=0.5):
    """Cochran's sample size for a proportion, with the finite population correction, rounded up."""
    z = norm.ppf(1 - (1 - confidence) / 2)
    n0 = z * z * p * (1 - p) / (margin * margin)
    return int(math.ceil(n0 / (1 + (n0 - 1) / batch_size)))


def decision(row, max_error_rate=0.03, min_control=0.9, confidence=0.95, margin=0.05):
    """The acceptance rule of the lesson's Task 3 (README.md)."""
    if row["sampled"] < sample_size(row["batch_size"], confidence, margin):
        return "resample"
    error_rate = row["errors"] / row["sampled"]
    control = row["control_correct"] / row["control_items"]
    if control < min_control or error_rate > 2 * max_error_rate:
        return "reject"
    return "accept" if error_rate <= max_error_rate else "rework"


def main():
    rng = np.random.default_rng(20261225)
    projects = {"project_a.json": {"name": "street-scene boxes", "batch_size": 5000, "confidence": 0.95, "margin": 0.05},
                "project_b.json": {"name": "medical report entities", "batch_size": 1200, "confidence": 0.99, "margin": 0.03}}
    for name, project in projects.items():
        (HERE / name).write_text(json.dumps(project, indent=1) + "\n", encoding="utf-8")
    cases = [[int(rng.choice([300, 800, 2000, 5000, 20000])), float(rng.choice([0.9, 0.95, 0.99])),
              float(rng.choice([0.02, 0.03, 0.05])), float(rng.choice([0.5, 0.2, 0.1]))] for _ in range(12)]
    (HERE / "sample_cases.json").write_text(json.dumps(cases) + "\n", encoding="utf-8")
    rows = []
    for k in range(1, 21):
        size = int(rng.choice([2000, 5000, 8000]))
        sampled = int(sample_size(size, 0.95, 0.05) + rng.choice([0, 0, 0, 20, -40]))
        rate = float(rng.choice([0.01, 0.025, 0.04, 0.08]))
        rows.append({"batch_id": f"B{k:02d}", "batch_size": size, "sampled": sampled,
                     "errors": int(rng.binomial(sampled, rate)), "control_items": 40,
                     "control_correct": int(rng.choice([40, 38, 37, 35, 33]))})
    qa = pd.DataFrame(rows)
    qa.to_csv(HERE / "qa_results.csv", index=False, lineterminator="\n")
    gold = {"sample_cases": [sample_size(*case) for case in cases],
            "qa_sample": {name: sample_size(p["batch_size"], p["confidence"], p["margin"]) for name, p in projects.items()},
            "decisions": [decision(row) for row in rows]}
    (HERE / "expected.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
