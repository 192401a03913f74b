"""Class labels against gold: accuracy, macro-F1 and Cohen's kappa (scikit-learn).

Every gold item counts; an item the trainee did not label counts as wrong.
"""

from dataclasses import dataclass

from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score
from sklearn.preprocessing import MultiLabelBinarizer

from autograder.scoring.answers import read_answer_text
from autograder.scoring.controls import ControlResult, check_controls
from course.widgets.task import LabelTask

MISSING = "\u2205 unlabeled"  # stands for "no answer"; never a real class name


@dataclass(frozen=True)
class ClassScores:
    accuracy: float
    macro_f1: float
    kappa: float | None     # None for multi-label tasks
    labeled: int            # gold items the trainee labeled
    total: int              # gold items


def score_classes(labels: dict, gold: dict) -> ClassScores:
    """Single-label answers (item -> class) against `gold` (item -> class)."""
    items = list(gold)
    truth = [gold[i] for i in items]
    predicted = [labels.get(i, MISSING) for i in items]
    classes = sorted(set(truth))  # macro-F1 averages over the gold classes only
    # kappa is undefined (0/0) when both sides use one and the same class: that is full agreement
    kappa = 1.0 if len(set(truth) | set(predicted)) == 1 else cohen_kappa_score(truth, predicted)
    return ClassScores(
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, labels=classes, average="macro", zero_division=0)),
        kappa=float(kappa),
        labeled=sum(i in labels for i in items),
        total=len(items),
    )


def score_class_answers(text: str, classes, items, gold: dict, controls: dict,
                        min_accuracy: float) -> tuple[ClassScores, ControlResult]:
    """A class-labeling answer file (as `submit` sends it) for the batch `items` against
    `gold`, and how its hidden `controls` (item -> class) went."""
    labels = read_answer_text(text, LabelTask("class", tuple(classes), tuple(items))).labels
    return score_classes(labels, gold), check_controls(labels, controls, min_accuracy)


def score_multilabel(labels: dict, gold: dict, classes: list[str]) -> ClassScores:
    """Multi-label answers (item -> list of classes): exact-set accuracy and macro-F1 over `classes`."""
    items = list(gold)
    binarizer = MultiLabelBinarizer(classes=list(classes))
    truth = binarizer.fit_transform([gold[i] for i in items])
    predicted = binarizer.transform([labels.get(i, []) for i in items])
    return ClassScores(
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, average="macro", zero_division=0)),
        kappa=None,
        labeled=sum(i in labels for i in items),
        total=len(items),
    )
