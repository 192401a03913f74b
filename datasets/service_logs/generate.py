"""Write the files of lesson l5_system_operation (see README.md).

Deterministic: numpy default_rng with fixed seeds, no network, no clock.
Run: python datasets/service_logs/generate.py  (needs numpy and pandas)
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ERRORS = ["TimeoutError", "KeyError", "ConnectionError"]


def orders(rng, n, bad):
    frame = pd.DataFrame({"order_id": [f"O{i:05d}" for i in range(1, n + 1)],
                          "amount": np.round(rng.gamma(2.0, 150.0, n), 2).astype(str),
                          "items": rng.integers(1, 12, n).astype(str),
                          "account_age_days": rng.integers(0, 2000, n).astype(str)})
    for row in rng.choice(n, bad, replace=False):
        frame.loc[row, rng.choice(["amount", "items"])] = rng.choice(["", "n/a", "12,5"])
    return frame


def day_log(rng, date, requests, error_rate, slow_rate, extra):
    """One day of the prediction service's log (format in README.md)."""
    seconds = np.sort(rng.choice(86400, requests + len(extra) + 1, replace=False))
    lines = [(seconds[0], "INFO", "service started version=1.4.2")]
    for k in range(requests):
        request = f"request=R{k + 1:05d}"
        latency = int(rng.lognormal(4.6, 0.5))
        if rng.random() < slow_rate:
            latency = int(rng.uniform(1200, 4000))
        if rng.random() < error_rate:
            lines.append((seconds[k + 1], "ERROR", f"predict {request} latency_ms={latency} status=500 "
                                                   f"error={ERRORS[rng.choice(3, p=[0.6, 0.25, 0.15])]}"))
        elif latency > 1000:
            lines.append((seconds[k + 1], "WARNING", f"predict {request} latency_ms={latency} status=200 slow"))
        else:
            lines.append((seconds[k + 1], "INFO", f"predict {request} latency_ms={latency} status=200"))
    for (level, text), second in zip(extra, seconds[requests + 1:]):
        lines.append((second, level, text))
    lines.sort()
    return "".join(f"{date} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d} {level} {text}\n" for s, level, text in lines)


def summary(path):
    """The figures the lesson asks for (definitions in README.md), from the log itself."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        day, clock, level, rest = line.split(" ", 3)
        fields = dict(token.split("=", 1) for token in rest.split() if "=" in token)
        rows.append({"level": level, **fields})
    frame = pd.DataFrame(rows)
    requests = frame[frame["request"].notna()] if "request" in frame else frame.iloc[:0]
    errors = frame[frame["level"] == "ERROR"]
    return {"requests": int(len(requests)), "errors": int(len(errors)),
            "warnings": int((frame["level"] == "WARNING").sum()),
            "critical": int((frame["level"] == "CRITICAL").sum()),
            "error_rate": round(float((requests["status"] == "500").mean()), 4),
            "p95_latency_ms": float(requests["latency_ms"].astype(float).quantile(0.95)),
            "top_error": str(errors["error"].dropna().value_counts().sort_index().idxmax())}


RUNBOOK = [("error_rate", lambda s: s["error_rate"] > 0.02), ("latency", lambda s: s["p95_latency_ms"] > 1000),
           ("critical", lambda s: s["critical"] > 0), ("traffic", lambda s: s["requests"] < 500)]


def main():
    rng = np.random.default_rng(20261201)
    orders(rng, 200, 7).to_csv(HERE / "orders_today.csv", index=False, lineterminator="\n")
    orders(rng, 60, 0).drop(columns="items").to_csv(HERE / "orders_broken.csv", index=False, lineterminator="\n")
    (HERE / "service.log").write_text(day_log(rng, "2026-11-01", 1500, 0.012, 0.01, [
        ("WARNING", "monitor disk_used_pct=81"), ("ERROR", "db connection refused error=ConnectionError")]),
        encoding="utf-8")
    (HERE / "service_day2.log").write_text(day_log(rng, "2026-11-02", 1100, 0.035, 0.07, [
        ("CRITICAL", "monitor disk_used_pct=97"), ("WARNING", "monitor disk_used_pct=92")]), encoding="utf-8")
    cases = [{"requests": 1500, "errors": 20, "warnings": 15, "critical": 0, "error_rate": 0.0133, "p95_latency_ms": 240.0},
             {"requests": 1200, "errors": 30, "warnings": 4, "critical": 0, "error_rate": 0.025, "p95_latency_ms": 260.0},
             {"requests": 900, "errors": 18, "warnings": 2, "critical": 0, "error_rate": 0.02, "p95_latency_ms": 1000.0},
             {"requests": 1400, "errors": 3, "warnings": 60, "critical": 0, "error_rate": 0.0021, "p95_latency_ms": 1850.0},
             {"requests": 320, "errors": 0, "warnings": 0, "critical": 0, "error_rate": 0.0, "p95_latency_ms": 180.0},
             {"requests": 1600, "errors": 5, "warnings": 1, "critical": 1, "error_rate": 0.0025, "p95_latency_ms": 210.0},
             {"requests": 499, "errors": 40, "warnings": 30, "critical": 2, "error_rate": 0.0802, "p95_latency_ms": 2400.0},
             {"requests": 500, "errors": 1, "warnings": 0, "critical": 0, "error_rate": 0.002, "p95_latency_ms": 999.9}]
    (HERE / "escalation_cases.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        runs = {}
        for name in ("orders_today.csv", "orders_broken.csv"):
            out = Path(tmp) / "out.csv"
            code = subprocess.run([sys.executable, str(HERE / "score_batch.py"), str(HERE / name), str(out),
                                   str(Path(tmp) / "log")], capture_output=True).returncode
            runs[name] = {"exit_code": code, "scored": len(pd.read_csv(out)) if code == 0 else 0}
            out.unlink(missing_ok=True)
    gold = {"batch": runs, "service.log": summary(HERE / "service.log"),
            "service_day2.log": summary(HERE / "service_day2.log"),
            "escalation": [sorted(name for name, broken in RUNBOOK if broken(case)) for case in cases]}
    (HERE / "expected.json").write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
