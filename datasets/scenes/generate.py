"""Write the shape scenes of lesson l5_image_labeling: images whose boxes are known exactly.

Each scene is a 160 × 120 grey image (uint8) with 2 to 4 filled shapes (circle, square,
triangle) on a background that fades from light to a little darker grey. A shape is drawn from its own boolean mask,
and its gold box is the tight box of that mask, so the gold boxes are exact to the pixel.
Shapes never overlap (their boxes are at least 4 px apart). Everything depends only on the
seed, so running this again writes the same files.

Writes, beside this script:
  scenes.npz         one array per scene, named s1 … s10 (released to trainees)
  scenes_gold.json   scene id -> [{"x","y","w","h","label"}] (gold; judges only)
"""

import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
WIDTH, HEIGHT, SCENES, SEED = 160, 120, 10, 42
CLASSES = ("circle", "square", "triangle")


def shape_mask(kind: str, x: int, y: int, size: int) -> np.ndarray:
    """Boolean mask of one shape whose bounding square starts at (x, y) and is `size` px wide."""
    rows, cols = np.mgrid[0:HEIGHT, 0:WIDTH]
    if kind == "square":
        return (cols >= x) & (cols < x + size) & (rows >= y) & (rows < y + size)
    if kind == "circle":
        r = (size - 1) / 2
        return (cols - (x + r)) ** 2 + (rows - (y + r)) ** 2 <= r ** 2
    # triangle pointing up: apex at the top centre, base along the bottom row
    centre, top, bottom = x + (size - 1) / 2, y, y + size - 1
    half_width = (rows - top) / max(bottom - top, 1) * (size - 1) / 2
    return (rows >= top) & (rows <= bottom) & (np.abs(cols - centre) <= half_width)


def tight_box(mask: np.ndarray, label: str) -> dict:
    rows, cols = np.nonzero(mask)
    return {"x": int(cols.min()), "y": int(rows.min()), "w": int(cols.max() - cols.min() + 1),
            "h": int(rows.max() - rows.min() + 1), "label": label}


def apart(box: dict, others: list[dict], gap: int = 4) -> bool:
    return all(box["x"] + box["w"] + gap <= o["x"] or o["x"] + o["w"] + gap <= box["x"]
               or box["y"] + box["h"] + gap <= o["y"] or o["y"] + o["h"] + gap <= box["y"] for o in others)


def scene(rng: np.random.Generator) -> tuple[np.ndarray, list[dict]]:
    image = np.tile(np.linspace(235, 205, WIDTH), (HEIGHT, 1)).round().astype(np.uint8)
    boxes: list[dict] = []
    wanted = int(rng.integers(2, 5))
    while len(boxes) < wanted:
        kind = CLASSES[int(rng.integers(0, 3))]
        size = int(rng.integers(18, 46))
        x, y = int(rng.integers(2, WIDTH - size - 2)), int(rng.integers(2, HEIGHT - size - 2))
        mask = shape_mask(kind, x, y, size)
        box = tight_box(mask, kind)
        if apart(box, boxes):
            image[mask] = int(rng.integers(30, 140))
            boxes.append(box)
    return image, boxes


def main() -> None:
    rng = np.random.default_rng(SEED)
    images, gold = {}, {}
    for number in range(1, SCENES + 1):
        images[f"s{number}"], gold[f"s{number}"] = scene(rng)
    with open(HERE / "scenes.npz", "wb") as handle:
        np.savez_compressed(handle, **images)
    (HERE / "scenes_gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
