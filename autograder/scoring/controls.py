"""Hidden control items: items with known answers mixed into the queue, as labeling
vendors do. A trainee who clicks at random fails them whatever the rest looks like."""

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class ControlResult:
    correct: int
    total: int
    passed: bool

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


def check_controls(labels: dict, control_gold: dict, min_accuracy: float,
                   is_correct: Callable[[object, object], bool] | None = None) -> ControlResult:
    """How many control items (item -> known answer) the trainee got right; an unlabeled
    control counts as wrong. `is_correct(answer, known)` defaults to equality (pass a
    box or span comparison for those kinds)."""
    is_correct = is_correct or (lambda answer, known: answer == known)
    correct = sum(item in labels and bool(is_correct(labels[item], known)) for item, known in control_gold.items())
    total = len(control_gold)
    return ControlResult(correct, total, passed=(correct / total if total else 1.0) >= min_accuracy)
