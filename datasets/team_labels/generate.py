"""Write the labeling-team export of lesson l5_label_statistics.

A customer-service team labeled incoming messages with their topic. The export has one
row per labeling action: which message (`item`), who labeled it (`annotator`), the topic
(`label`) and how long it took (`seconds`). Everything is drawn from fixed rules with a
fixed seed, so running this again writes the same file.

Rules:
- 200 messages `m001`-`m200`; each has a true topic drawn with the shares
  物流 (delivery) 0.40, 质量 (quality) 0.25, 价格 (price) 0.15, 服务 (service) 0.15, 其他 (other) 0.05.
- Four annotators: wang_fang labels every message; li_na, zhang_wei and chen_jing share the
  messages in turn (m001 → li_na, m002 → zhang_wei, m003 → chen_jing, m004 → li_na, …), so
  every message has two labels.
- An annotator gives the true topic with probability 0.85 (wang_fang 0.92), otherwise a
  topic drawn uniformly from the other four.
- `seconds`: a normal time per annotator (wang_fang 6 s, li_na 9 s, zhang_wei 4 s,
  chen_jing 12 s) times a lognormal factor (sigma 0.3), rounded to 0.1 s.
- Rows are ordered by message, wang_fang's label first.
"""

import csv
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
SEED = 2026
TOPICS = ["物流", "质量", "价格", "服务", "其他"]
SHARES = [0.40, 0.25, 0.15, 0.15, 0.05]
ACCURACY = {"wang_fang": 0.92, "li_na": 0.85, "zhang_wei": 0.85, "chen_jing": 0.85}
SPEED = {"wang_fang": 6.0, "li_na": 9.0, "zhang_wei": 4.0, "chen_jing": 12.0}
SHARED = ["li_na", "zhang_wei", "chen_jing"]


def main() -> None:
    rng = np.random.default_rng(SEED)
    rows = []
    for number in range(1, 201):
        truth = TOPICS[rng.choice(len(TOPICS), p=SHARES)]
        for annotator in ("wang_fang", SHARED[(number - 1) % 3]):
            label = truth
            if rng.random() >= ACCURACY[annotator]:
                label = str(rng.choice([t for t in TOPICS if t != truth]))
            seconds = round(float(SPEED[annotator] * rng.lognormal(0, 0.3)), 1)
            rows.append([f"m{number:03d}", annotator, label, seconds])
    with open(HERE / "team_labels.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["item", "annotator", "label", "seconds"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
