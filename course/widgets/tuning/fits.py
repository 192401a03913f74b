"""Fitted models, what the panels read from them, and the cache that keeps them."""

from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable

import numpy as np


class LRUCache:
    """At most `size` entries; the least recently used goes first. Counts hits and misses."""

    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict = OrderedDict()
        self.hits = self.misses = 0

    def get_or_make(self, key, make: Callable[[], object]):
        if key in self._entries:
            self.hits += 1
            self._entries.move_to_end(key)
            return self._entries[key]
        self.misses += 1
        value = make()
        self._entries[key] = value
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return value

    def __contains__(self, key) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)


@dataclass
class FittedModel:
    """One fit and what the panels read from it; the boundary grid is computed on first use."""

    model: object
    train_score: float
    val_score: float
    val_scores: np.ndarray | None  # decision values (or probabilities) on the validation set
    val_predicted: np.ndarray
    _grid_values: np.ndarray | None = None


def continuous_scores(model, X) -> np.ndarray | None:
    """Decision values, else the probability of the positive class; None when the model gives neither."""
    if hasattr(model, "decision_function"):
        values = np.asarray(model.decision_function(X))
        return values if values.ndim == 1 else None
    if hasattr(model, "predict_proba"):
        probabilities = np.asarray(model.predict_proba(X))
        return probabilities[:, 1] if probabilities.shape[1] == 2 else None
    return None

