"""Generate the data of the Level 5 mock practical paper `exam_l5_practical`.

An invented online tea shop. All made here from fixed seeds, the same bytes on every run:

- `tea_orders_raw.csv` (released): an order export with duplicated orders, city names with
  stray spaces and missing quantities.
- `tea_comments.csv` (released): 12 customer comments to label to the paper's spec;
  `tea_comments_gold.csv` (gold): their labels.
- `parts/part_01.png` … `part_08.png` (released): 8 small photos of cup lids from the
  packing line, each clean, scratched (a thin bright line) or dented (a dark blot);
  `parts_gold.csv` (gold): their classes.
- `labeled_batch.csv` (released): a labeled batch (item, annotator, label) to summarise.
- `system_status.csv` (released): a labeling platform's status checks every 5 minutes.

Run from anywhere:  python datasets/exam_l5_practical/generate.py
"""

from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image

HERE = Path(__file__).parent
SEED = 20261205
CITIES = ("Hangzhou", "Shanghai", "Suzhou", "Nanjing")
COMMENTS = [  # (id, text, label): positive / negative / neutral; a question about delivery is neutral
    ("C01", "The longjing tastes fresh and sweet, lovely.", "positive"),
    ("C02", "Tin arrived dented and half the tea spilled.", "negative"),
    ("C03", "When will my order be shipped?", "neutral"),
    ("C04", "Great aroma, I will order again.", "positive"),
    ("C05", "Too bitter for me, not buying again.", "negative"),
    ("C06", "Received it today.", "neutral"),
    ("C07", "Best oolong I have had this year!", "positive"),
    ("C08", "The bag smelled of plastic.", "negative"),
    ("C09", "Does this tea contain caffeine?", "neutral"),
    ("C10", "Fast delivery and beautiful packaging.", "positive"),
    ("C11", "Wrong tea sent, I ordered green not black.", "negative"),
    ("C12", "It is 250 grams as described.", "neutral"),
]
PART_CLASSES = ["ok", "scratch", "dent", "ok", "dent", "scratch", "ok", "scratch"]


def orders() -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    rows = 160
    frame = pd.DataFrame({
        "order_id": [f"T{i:04d}" for i in range(1, rows + 1)],
        "city": rng.choice(CITIES, rows).astype(object),
        "order_date": pd.date_range("2026-11-01", periods=10, freq="D").strftime("%Y-%m-%d")[rng.integers(0, 10, rows)],
        "quantity": rng.integers(1, 6, rows).astype(float),
        "unit_price": rng.choice([38.0, 58.0, 88.0, 128.0], rows),
    })
    spaced = rng.choice(rows, 20, replace=False)
    frame.loc[spaced, "city"] = [f"{c} " if k % 2 else f" {c}" for k, c in enumerate(frame.loc[spaced, "city"])]
    frame.loc[rng.choice(rows, 12, replace=False), "quantity"] = np.nan
    twice = frame.iloc[rng.choice(rows, 10, replace=False)]
    return pd.concat([frame, twice]).iloc[rng.permutation(rows + 10)].reset_index(drop=True)


def part_image(kind: str, rng: np.random.Generator) -> Image.Image:
    image = np.full((48, 48), 170, np.uint8) + rng.integers(0, 20, (48, 48)).astype(np.uint8)
    if kind == "scratch":
        start = rng.integers(6, 16)
        for step in range(30):
            image[start + step // 2, 8 + step] = 255
    elif kind == "dent":
        y, x = rng.integers(14, 34, 2)
        yy, xx = np.ogrid[:48, :48]
        image[(yy - y) ** 2 + (xx - x) ** 2 <= 25] = 60
    return Image.fromarray(image, mode="L")


def labeled_batch() -> pd.DataFrame:
    rng = np.random.default_rng(SEED + 1)
    annotators = rng.choice(["ann_a", "ann_b", "ann_c"], 90, p=[0.5, 0.3, 0.2])
    labels = rng.choice(["positive", "negative", "neutral"], 90, p=[0.45, 0.25, 0.30])
    return pd.DataFrame({"item_id": [f"B{i:03d}" for i in range(1, 91)], "annotator": annotators, "label": labels})


def system_status() -> pd.DataFrame:
    times = pd.date_range("2026-11-20 08:00", periods=96, freq="5min")
    status = np.array(["up"] * 96, dtype=object)
    status[14:18] = "down"    # the labeling service, 20 minutes
    status[60:63] = "down"    # again, 15 minutes
    export = np.array(["up"] * 96, dtype=object)
    export[40:46] = "down"    # the export service, 30 minutes
    rows = [(t.strftime("%Y-%m-%d %H:%M"), "labeling", s) for t, s in zip(times, status)]
    rows += [(t.strftime("%Y-%m-%d %H:%M"), "export", s) for t, s in zip(times, export)]
    return pd.DataFrame(rows, columns=["checked_at", "service", "status"]).sort_values(["checked_at", "service"])


def main() -> None:
    orders().to_csv(HERE / "tea_orders_raw.csv", index=False)
    comments = pd.DataFrame(COMMENTS, columns=["comment_id", "text", "label"])
    comments[["comment_id", "text"]].to_csv(HERE / "tea_comments.csv", index=False)
    comments[["label", "comment_id"]].to_csv(HERE / "tea_comments_gold.csv", index=False)
    (HERE / "parts").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED + 2)
    for number, kind in enumerate(PART_CLASSES, start=1):
        part_image(kind, rng).save(HERE / "parts" / f"part_{number:02d}.png")
    pd.DataFrame({"label": PART_CLASSES, "image": [f"part_{n:02d}.png" for n in range(1, 9)]}).to_csv(
        HERE / "parts_gold.csv", index=False)
    labeled_batch().to_csv(HERE / "labeled_batch.csv", index=False)
    system_status().to_csv(HERE / "system_status.csv", index=False)


if __name__ == "__main__":
    main()
