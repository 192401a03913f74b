"""What is being labeled: the kind of label, the classes and the items, and which values
are valid answers. Shared by the widgets, the answer-file reader and the exports.

A task never holds gold labels: only what the trainee sees and may choose.
"""

from dataclasses import dataclass
from numbers import Real

KINDS = ("class", "multi", "boxes", "spans", "segments")


@dataclass(frozen=True)
class LabelTask:
    kind: str                 # "class" (one label), "multi" (several), "boxes", "spans" or "segments"
    classes: tuple[str, ...]
    items: tuple[str, ...]    # item ids in the order they are shown

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if not self.classes or len(set(self.classes)) != len(self.classes):
            raise ValueError("classes must be a non-empty list without repeats")
        if len(set(self.items)) != len(self.items):
            raise ValueError("item ids must be unique")

    def is_valid_value(self, value) -> bool:
        """Whether `value` is a complete answer for one item of this task."""
        return _VALIDATORS[self.kind](value, set(self.classes))


def _is_class(value, classes) -> bool:
    return isinstance(value, str) and value in classes


def _is_class_set(value, classes) -> bool:
    return (isinstance(value, list) and all(_is_class(v, classes) for v in value)
            and len(set(value)) == len(value))


def _is_number(value) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and value == value


def _is_box(box, classes) -> bool:
    return (isinstance(box, dict) and set(box) == {"x", "y", "w", "h", "label"}
            and all(_is_number(box[k]) for k in "xywh") and box["w"] > 0 and box["h"] > 0
            and _is_class(box["label"], classes))


def _is_span(span, classes) -> bool:
    return (isinstance(span, dict) and {"start", "end", "label"} <= set(span) <= {"start", "end", "label", "text"}
            and all(isinstance(span[k], int) and not isinstance(span[k], bool) for k in ("start", "end"))
            and 0 <= span["start"] < span["end"] and _is_class(span["label"], classes))


def _is_segment(segment, classes) -> bool:
    """A stretch of audio in seconds with its class and transcript (course/widgets/audio_segmenter.py)."""
    return (isinstance(segment, dict) and set(segment) == {"start", "end", "label", "text"}
            and _is_number(segment["start"]) and _is_number(segment["end"]) and 0 <= segment["start"] < segment["end"]
            and _is_class(segment["label"], classes) and isinstance(segment["text"], str))


_VALIDATORS = {
    "class": _is_class,
    "multi": _is_class_set,
    "boxes": lambda value, classes: isinstance(value, list) and all(_is_box(b, classes) for b in value),
    "spans": lambda value, classes: isinstance(value, list) and all(_is_span(s, classes) for s in value),
    "segments": lambda value, classes: isinstance(value, list) and all(_is_segment(s, classes) for s in value),
}
