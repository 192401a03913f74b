"""JSONL for spans, as doccano exports it: one `{"id", "text", "label": [[start, end, type]]}`
per line, offsets in characters (so Chinese text counts one per character)."""

import json
from pathlib import Path


def write_spans_jsonl(spans: dict[str, list[dict]], texts: dict[str, str], path: Path | str) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for item, text in texts.items():
            entities = [[s["start"], s["end"], s["label"]] for s in sorted(spans.get(item, []), key=_span_key)]
            handle.write(json.dumps({"id": item, "text": text, "label": entities}, ensure_ascii=False) + "\n")
    return Path(path)


def read_spans_jsonl(path: Path | str) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """(item -> spans, item -> text) of a span JSONL file."""
    spans, texts = {}, {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
            spans[record["id"]] = [{"start": s, "end": e, "label": t} for s, e, t in record["label"]]
    return spans, texts


def _span_key(span: dict) -> tuple:
    return span["start"], span["end"], span["label"]
