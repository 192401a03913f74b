"""Speech labels against gold: segments matched one-to-one by time overlap (IoU, Hungarian
assignment as for boxes), boundaries within a tolerance, the speaker/noise class of each
matched segment, and transcripts by character error rate.

Character error rate (CER) = edit distance (insertions, deletions, substitutions; rapidfuzz's
Levenshtein) / characters in the reference, after both texts are normalised the same way:
Unicode NFKC, lower case, punctuation removed, spaces collapsed and dropped next to a
Chinese character. So Chinese is compared character by character, and "Hi, I" equals "hi i".
"""

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein
from scipy.optimize import linear_sum_assignment

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_BY_CJK = re.compile(rf"\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+")


def normalize_transcript(text: str) -> str:
    """The text as it is compared: NFKC, lower case, no punctuation, one space between words."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(" " if unicodedata.category(c).startswith(("P", "S")) else c for c in text)
    return _SPACE_BY_CJK.sub("", " ".join(text.split()))


def edit_distance(hypothesis: str, reference: str) -> int:
    """Character edits turning the normalised hypothesis into the normalised reference."""
    return Levenshtein.distance(normalize_transcript(hypothesis), normalize_transcript(reference))


def character_error_rate(hypothesis: str, reference: str) -> float:
    """Edits / reference characters; may exceed 1 when the hypothesis adds much. An empty
    reference gives 0 for an empty hypothesis, else 1."""
    length = len(normalize_transcript(reference))
    if length == 0:
        return float(bool(normalize_transcript(hypothesis)))
    return edit_distance(hypothesis, reference) / length


def segment_iou(a: dict, b: dict) -> float:
    """Intersection over union of two time segments {"start", "end"} (seconds)."""
    overlap = max(0.0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    union = (a["end"] - a["start"]) + (b["end"] - b["start"]) - overlap
    return overlap / union if union > 0 else 0.0


def match_segments(predicted: list[dict], gold: list[dict], iou_threshold: float) -> list[tuple[int, int, float]]:
    """(predicted index, gold index, IoU) of the pairs that best overlap, each at or above the threshold."""
    if not predicted or not gold:
        return []
    ious = np.array([[segment_iou(p, g) for g in gold] for p in predicted])
    rows, cols = linear_sum_assignment(ious, maximize=True)
    return [(int(r), int(c), float(ious[r, c])) for r, c in zip(rows, cols) if ious[r, c] >= iou_threshold]


@dataclass(frozen=True)
class SpeechScores:
    precision: float            # matched / predicted segments
    recall: float               # matched / gold segments
    f1: float
    mean_iou: float             # over matched pairs; 0 when none matched
    boundary_accuracy: float    # gold starts and ends hit within the tolerance, over all gold boundaries
    label_accuracy: float       # gold segments matched with the right class, over all gold segments
    cer: float                  # over all gold speech: total edits / total reference characters
    matched: int
    predicted: int
    gold: int


def score_speech(labels: dict, gold: dict, *, iou_threshold: float = 0.5, tolerance: float = 0.2) -> SpeechScores:
    """`labels` and `gold`: clip -> list of {"start", "end", "label", "text"}. Every gold clip
    counts: a gold segment nobody matched has its boundaries and class wrong and its whole
    transcript missing (CER contribution = its length)."""
    matched = n_predicted = n_gold = boundaries_hit = labels_right = 0
    iou_sum, edits, characters = 0.0, 0, 0
    for clip, truth in gold.items():
        predicted = list(labels.get(clip, []))
        pairs = {g: (p, iou) for p, g, iou in match_segments(predicted, truth, iou_threshold)}
        n_predicted += len(predicted)
        n_gold += len(truth)
        for g, segment in enumerate(truth):
            reference = normalize_transcript(segment.get("text", ""))
            characters += len(reference)
            if g not in pairs:
                edits += len(reference)
                continue
            mine, iou = predicted[pairs[g][0]], pairs[g][1]
            matched += 1
            iou_sum += iou
            boundaries_hit += sum(abs(mine[k] - segment[k]) <= tolerance for k in ("start", "end"))
            labels_right += mine["label"] == segment["label"]
            edits += Levenshtein.distance(normalize_transcript(mine.get("text", "")), reference)
    precision = matched / n_predicted if n_predicted else float(n_gold == 0)
    recall = matched / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SpeechScores(
        precision=precision, recall=recall, f1=f1,
        mean_iou=iou_sum / matched if matched else 0.0,
        boundary_accuracy=boundaries_hit / (2 * n_gold) if n_gold else 1.0,
        label_accuracy=labels_right / n_gold if n_gold else 1.0,
        cer=edits / characters if characters else 0.0,
        matched=matched, predicted=n_predicted, gold=n_gold)
