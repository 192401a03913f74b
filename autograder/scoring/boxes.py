"""Boxes against gold: one-to-one matching by IoU (Hungarian assignment, scipy), then
precision and recall. A match needs the same class and IoU at or above the threshold."""

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment


@dataclass(frozen=True)
class BoxScores:
    precision: float
    recall: float
    f1: float
    mean_iou: float     # over matched pairs; 0 when none matched
    matched: int
    predicted: int
    gold: int


def iou_matrix(boxes_a: list[dict], boxes_b: list[dict]) -> np.ndarray:
    """IoU of every box in `boxes_a` (rows) with every box in `boxes_b` (columns)."""
    if not boxes_a or not boxes_b:
        return np.zeros((len(boxes_a), len(boxes_b)))
    a = np.array([[b["x"], b["y"], b["x"] + b["w"], b["y"] + b["h"]] for b in boxes_a], dtype=float)
    b = np.array([[g["x"], g["y"], g["x"] + g["w"], g["y"] + g["h"]] for g in boxes_b], dtype=float)
    width = np.clip(np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]), 0, None)
    height = np.clip(np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]), 0, None)
    overlap = width * height
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return overlap / (area_a[:, None] + area_b[None, :] - overlap)


def match_boxes(predicted: list[dict], gold: list[dict], iou_threshold: float) -> list[tuple[int, int, float]]:
    """(predicted index, gold index, IoU) of the matched pairs of one image."""
    ious = iou_matrix(predicted, gold)
    if ious.size == 0:
        return []
    same_class = np.array([[p["label"] == g["label"] for g in gold] for p in predicted])
    eligible = np.where(same_class & (ious >= iou_threshold), ious, 0.0)
    rows, cols = linear_sum_assignment(eligible, maximize=True)
    return [(r, c, float(ious[r, c])) for r, c in zip(rows, cols) if eligible[r, c] > 0]


def score_boxes(labels: dict, gold: dict, iou_threshold: float = 0.5) -> BoxScores:
    """`labels` and `gold`: item -> list of boxes. Every gold item counts."""
    matched_ious, n_predicted, n_gold = [], 0, 0
    for item, gold_boxes in gold.items():
        predicted = labels.get(item, [])
        matched_ious += [iou for _, _, iou in match_boxes(predicted, gold_boxes, iou_threshold)]
        n_predicted += len(predicted)
        n_gold += len(gold_boxes)
    matched = len(matched_ious)
    precision = matched / n_predicted if n_predicted else float(n_gold == 0)
    recall = matched / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BoxScores(precision, recall, f1, float(np.mean(matched_ious)) if matched_ious else 0.0,
                     matched, n_predicted, n_gold)
