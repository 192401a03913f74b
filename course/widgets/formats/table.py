"""JSON and CSV: one record per item (per box or span for those kinds), for spreadsheets."""

import csv
import json
from pathlib import Path

from course.widgets.state import ItemAnswer

MULTI_SEPARATOR = "|"
_BOX_FIELDS = ["item", "label", "x", "y", "w", "h", "annotator"]
_SPAN_FIELDS = ["item", "start", "end", "label", "text", "annotator"]
_CLASS_FIELDS = ["item", "label", "skipped", "assist", "seconds", "annotator"]
_SEGMENT_FIELDS = ["item", "start", "end", "label", "text", "annotator"]


def answer_records(answers: dict[str, ItemAnswer]) -> list[dict]:
    """One record per answered or skipped item, with its value as given."""
    return [{"item": item, "label": a.value, "skipped": a.skipped, "assist": a.assist or "",
             "seconds": round(a.ms / 1000, 3), "annotator": a.by}
            for item, a in answers.items()]


def write_json(answers: dict[str, ItemAnswer], path: Path | str) -> Path:
    Path(path).write_text(json.dumps(answer_records(answers), ensure_ascii=False, indent=1), encoding="utf-8")
    return Path(path)


def read_json(path: Path | str) -> dict:
    """item -> label of a `write_json` file (skipped items left out)."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    return {r["item"]: r["label"] for r in records if not r.get("skipped")}


def write_csv(answers: dict[str, ItemAnswer], kind: str, path: Path | str, texts: dict | None = None) -> Path:
    """A CSV for `kind`: per item for classes, per box for boxes, per span or segment for those."""
    fields, rows = _rows(answers, kind, texts or {})
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return Path(path)


def _rows(answers, kind, texts):
    if kind == "boxes":
        return _BOX_FIELDS, [{"item": item, **box, "annotator": a.by}
                             for item, a in answers.items() if not a.skipped for box in a.value]
    if kind == "spans":
        return _SPAN_FIELDS, [{"item": item, "start": s["start"], "end": s["end"], "label": s["label"],
                               "text": texts.get(item, "")[s["start"]:s["end"]], "annotator": a.by}
                              for item, a in answers.items() if not a.skipped for s in a.value]
    if kind == "segments":
        return _SEGMENT_FIELDS, [{"item": item, **segment, "annotator": a.by}
                                 for item, a in answers.items() if not a.skipped for segment in a.value]
    rows = []
    for record in answer_records(answers):
        if kind == "multi" and not record["skipped"]:
            record["label"] = MULTI_SEPARATOR.join(record["label"])
        rows.append({**record, "label": record["label"] or ""})
    return _CLASS_FIELDS, rows


def read_csv(path: Path | str, kind: str) -> dict:
    """item -> label of a `write_csv` file (skipped items left out)."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if kind in ("boxes", "spans"):
        labels: dict[str, list] = {}
        for row in rows:
            if kind == "boxes":
                value = {"x": float(row["x"]), "y": float(row["y"]), "w": float(row["w"]),
                         "h": float(row["h"]), "label": row["label"]}
            else:
                value = {"start": int(row["start"]), "end": int(row["end"]), "label": row["label"]}
            labels.setdefault(row["item"], []).append(value)
        return labels
    if kind == "multi":  # an empty cell is an empty set of classes
        return {row["item"]: row["label"].split(MULTI_SEPARATOR) if row["label"] else []
                for row in rows if row["skipped"] != "True"}
    return {row["item"]: row["label"] for row in rows if row["skipped"] != "True"}
