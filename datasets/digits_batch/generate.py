"""Write the digit batch of lesson l5_image_labeling from scikit-learn's built-in digits.

scikit-learn ships 1,797 handwritten digits as 8 × 8 images with 17 grey levels (0-16)
(`sklearn.datasets.load_digits`, no download). This script takes 40 of them, 4 of each
digit, chosen with a fixed seed, and writes:
  digits_batch.csv   id,p0,…,p63  pixel values row by row (released to trainees)
  digits_gold.csv    id,label,control  gold digit and hidden control flag (judges only)

Control items (6) are digits that a logistic regression trained on the *other* 1,757
digits recognises with probability ≥ 0.99: clear digits that anyone who looks gets right.
"""

import csv
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
SEED, PER_DIGIT, CONTROLS = 7, 4, 6


def main() -> None:
    digits = load_digits()
    rng = np.random.default_rng(SEED)
    chosen = np.concatenate([rng.choice(np.flatnonzero(digits.target == d), PER_DIGIT, replace=False)
                             for d in range(10)])
    rng.shuffle(chosen)
    others = np.setdiff1d(np.arange(len(digits.target)), chosen)
    model = LogisticRegression(max_iter=2000).fit(digits.data[others] / 16, digits.target[others])
    confidence = model.predict_proba(digits.data[chosen] / 16)[np.arange(len(chosen)), digits.target[chosen]]
    clear = [i for i in np.argsort(-confidence) if confidence[i] >= 0.99]
    controls = set(rng.choice(clear, CONTROLS, replace=False).tolist())
    with open(HERE / "digits_batch.csv", "w", newline="", encoding="utf-8") as pixels, \
            open(HERE / "digits_gold.csv", "w", newline="", encoding="utf-8") as gold:
        pixel_writer, gold_writer = csv.writer(pixels, lineterminator="\n"), csv.writer(gold, lineterminator="\n")
        pixel_writer.writerow(["id"] + [f"p{k}" for k in range(64)])
        gold_writer.writerow(["id", "label", "control"])
        for position, index in enumerate(chosen):
            item = f"d{position + 1:02d}"
            pixel_writer.writerow([item] + [int(v) for v in digits.data[index]])
            gold_writer.writerow([item, int(digits.target[index]), int(position in controls)])


if __name__ == "__main__":
    main()
