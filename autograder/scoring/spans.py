"""Spans against gold: span-level precision, recall and F1 with exact matching, the
CoNLL rule (a span counts only when its start, end and type are all right)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SpanScores:
    precision: float
    recall: float
    f1: float
    matched: int
    predicted: int
    gold: int


def score_spans(labels: dict, gold: dict) -> SpanScores:
    """`labels` and `gold`: item -> list of {"start", "end", "label"}. Every gold item counts."""
    matched = n_predicted = n_gold = 0
    for item, gold_spans in gold.items():
        predicted = {_key(s) for s in labels.get(item, [])}
        truth = {_key(s) for s in gold_spans}
        matched += len(predicted & truth)
        n_predicted += len(predicted)
        n_gold += len(truth)
    precision = matched / n_predicted if n_predicted else float(n_gold == 0)
    recall = matched / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SpanScores(precision, recall, f1, matched, n_predicted, n_gold)


def _key(span: dict) -> tuple:
    return span["start"], span["end"], span["label"]
