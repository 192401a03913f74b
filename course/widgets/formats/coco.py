"""COCO object-detection JSON for boxes: images, categories and [x, y, w, h] annotations."""

import json
from pathlib import Path


def write_coco(boxes: dict[str, list[dict]], sizes: dict[str, tuple[int, int]], classes: list[str],
               path: Path | str, file_names: dict[str, str] | None = None) -> Path:
    """`boxes`: item -> boxes in pixels; `sizes`: item -> (width, height) of every image."""
    file_names = file_names or {item: f"{item}.png" for item in sizes}
    category_ids = {name: number for number, name in enumerate(classes, start=1)}
    images, annotations = [], []
    for image_id, (item, (width, height)) in enumerate(sizes.items(), start=1):
        images.append({"id": image_id, "file_name": file_names[item], "width": width, "height": height})
        for box in boxes.get(item, []):
            annotations.append({
                "id": len(annotations) + 1, "image_id": image_id,
                "category_id": category_ids[box["label"]],
                "bbox": [box["x"], box["y"], box["w"], box["h"]],
                "area": box["w"] * box["h"], "iscrowd": 0,
            })
    document = {"images": images, "annotations": annotations,
                "categories": [{"id": i, "name": n} for n, i in category_ids.items()]}
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return Path(path)


def read_coco(path: Path | str) -> dict[str, list[dict]]:
    """item (the image's file name without suffix) -> boxes in pixels."""
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    names = {c["id"]: c["name"] for c in document["categories"]}
    items = {image["id"]: Path(image["file_name"]).stem for image in document["images"]}
    boxes: dict[str, list[dict]] = {item: [] for item in items.values()}
    for annotation in document["annotations"]:
        x, y, w, h = annotation["bbox"]
        boxes[items[annotation["image_id"]]].append(
            {"x": x, "y": y, "w": w, "h": h, "label": names[annotation["category_id"]]})
    return boxes
