"""YOLO txt: a folder with one `<item>.txt` per image (`class cx cy w h`, relative to the
image size) and `classes.txt` naming the class of each index."""

from pathlib import Path


def write_yolo(boxes: dict[str, list[dict]], sizes: dict[str, tuple[int, int]], classes: list[str],
               folder: Path | str) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "classes.txt").write_text("".join(f"{name}\n" for name in classes), encoding="utf-8")
    for item, (width, height) in sizes.items():
        lines = [
            f"{classes.index(b['label'])} {(b['x'] + b['w'] / 2) / width:.6f} {(b['y'] + b['h'] / 2) / height:.6f} "
            f"{b['w'] / width:.6f} {b['h'] / height:.6f}\n"
            for b in boxes.get(item, [])
        ]
        (folder / f"{item}.txt").write_text("".join(lines), encoding="utf-8")
    return folder


def read_yolo(folder: Path | str, sizes: dict[str, tuple[int, int]]) -> dict[str, list[dict]]:
    """item -> boxes in pixels, for the images whose sizes are given."""
    folder = Path(folder)
    classes = (folder / "classes.txt").read_text(encoding="utf-8").split()
    boxes = {}
    for item, (width, height) in sizes.items():
        boxes[item] = []
        for line in (folder / f"{item}.txt").read_text(encoding="utf-8").splitlines():
            index, cx, cy, w, h = line.split()
            w_px, h_px = float(w) * width, float(h) * height
            boxes[item].append({"x": float(cx) * width - w_px / 2, "y": float(cy) * height - h_px / 2,
                                "w": w_px, "h": h_px, "label": classes[int(index)]})
    return boxes
