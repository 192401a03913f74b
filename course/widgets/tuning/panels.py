"""The four figure panels a playground can show; each draws once, then only updates its
artists from a fit (`update`), so a change never grows a new figure."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from course.widgets.tuning.fits import FittedModel

if TYPE_CHECKING:
    from course.widgets.tuning.playground import TuningPlayground

PANELS = ("validation_curve", "decision_boundary", "confusion_matrix", "precision_recall")


def make_panel(kind: str, playground: TuningPlayground, ax):
    maker = {"validation_curve": ValidationCurvePanel, "decision_boundary": DecisionBoundaryPanel,
             "confusion_matrix": ConfusionMatrixPanel, "precision_recall": PrecisionRecallPanel}[kind]
    return maker(playground, ax)


class ValidationCurvePanel:
    def __init__(self, playground: TuningPlayground, ax):
        self.ax = ax
        param = playground.hyperparameters[playground.curve_param]
        self.xs = list(param.values)
        numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in self.xs)
        self.log = numeric and min(self.xs) > 0 and max(self.xs) / min(self.xs) >= 100
        self.positions = self.xs if numeric else list(range(len(self.xs)))
        if self.log:
            ax.set_xscale("log")
        if not numeric:
            ax.set_xticks(self.positions, [str(v) for v in self.xs])
        low, high = min(self.positions), max(self.positions)
        pad = (high - low) * 0.05 or 0.5
        ax.set_xlim(*((low / 1.6, high * 1.6) if self.log else (low - pad, high + pad)))
        ax.set_ylim(0.4, 1.02)
        ax.set_autoscale_on(False)  # fixed axes: updates move the artists, never the limits
        nan = [math.nan] * len(self.xs)
        (self.train_line,) = ax.plot(self.positions, nan, "o-", color="#1f77b4", label=playground.t("tuning.train_score"))
        (self.val_line,) = ax.plot(self.positions, nan, "s-", color="#d62728", label=playground.t("tuning.val_score"))
        self.marker = ax.axvline(self.positions[0], color="0.4", linestyle="--", linewidth=1)
        ax.set_xlabel(param.caption(playground.labels.lang))
        ax.set_ylabel(playground.t("tuning.score"))
        for label in (ax.set_title(playground.t("tuning.validation_curve", param=param.name)), ax.xaxis.label, ax.yaxis.label):
            playground.style(label)
        legend = ax.legend(loc="lower right", fontsize=8)
        for label in legend.get_texts():
            playground.style(label)

    def update(self, playground: TuningPlayground, fit: FittedModel, values: dict) -> None:
        points = playground.curve(values)
        self.train_line.set_ydata([p[0] for p in points])
        self.val_line.set_ydata([p[1] for p in points])
        x = self.positions[self.xs.index(values[playground.curve_param])]
        self.marker.set_xdata([x, x])


class DecisionBoundaryPanel:
    def __init__(self, playground: TuningPlayground, ax):
        self.ax = ax
        xx, yy = playground._grid
        extent = playground._extent
        self.image = ax.imshow(np.zeros_like(xx), origin="lower", extent=extent, aspect="auto",
                               cmap="RdBu_r", vmin=-1.5, vmax=1.5, alpha=0.55, interpolation="bilinear")
        ax.scatter(playground.X_train[:, 0], playground.X_train[:, 1], c=playground.y_train, cmap="RdBu_r",
                   s=12, edgecolors="k", linewidths=0.3, vmin=0, vmax=1)
        self.contour = None
        if playground.feature_names:
            ax.set_xlabel(playground.feature_names[0])
            ax.set_ylabel(playground.feature_names[1])
        ax.set_xlim(extent[0], extent[1])
        ax.set_ylim(extent[2], extent[3])
        playground.style(ax.set_title(playground.t("tuning.decision_boundary")))

    def update(self, playground: TuningPlayground, fit: FittedModel, values: dict) -> None:
        grid = playground.grid_values(fit)
        threshold = playground.threshold if playground.threshold is not None else 0.0
        self.image.set_data(np.clip(grid - threshold, -1.5, 1.5))
        if self.contour is not None:
            self.contour.remove()
            self.contour = None
        if grid.min() < threshold < grid.max():
            xx, yy = playground._grid
            self.contour = self.ax.contour(xx, yy, grid, levels=[threshold], colors="k", linewidths=1.2)


class ConfusionMatrixPanel:
    def __init__(self, playground: TuningPlayground, ax):
        self.ax = ax
        self.classes = np.unique(np.concatenate([playground.y_train, playground.y_val]))
        n = len(self.classes)
        self.image = ax.imshow(np.zeros((n, n)), cmap="Blues", vmin=0, vmax=max(len(playground.y_val), 1))
        self.cells = [[ax.text(j, i, "", ha="center", va="center", fontsize=11) for j in range(n)] for i in range(n)]
        ax.set_xticks(range(n), [str(c) for c in self.classes])
        ax.set_yticks(range(n), [str(c) for c in self.classes])
        for label in (ax.set_title(playground.t("tuning.confusion_matrix")), ax.set_xlabel(playground.t("tuning.predicted")),
                      ax.set_ylabel(playground.t("tuning.actual"))):
            playground.style(label)

    def update(self, playground: TuningPlayground, fit: FittedModel, values: dict) -> None:
        predicted = _predicted_at_threshold(playground, fit)
        index = {c: i for i, c in enumerate(self.classes)}
        counts = np.zeros((len(self.classes),) * 2, dtype=int)
        for actual, guess in zip(playground.y_val, predicted):
            counts[index[actual], index[guess]] += 1
        self.image.set_data(counts)
        self.image.set_clim(0, max(counts.max(), 1))
        for i, row in enumerate(self.cells):
            for j, cell in enumerate(row):
                cell.set_text(str(counts[i, j]))
                cell.set_color("white" if counts[i, j] > counts.max() / 2 else "black")


class PrecisionRecallPanel:
    def __init__(self, playground: TuningPlayground, ax):
        self.ax = ax
        (self.curve,) = ax.plot([], [], color="#2ca02c")
        (self.point,) = ax.plot([], [], "o", color="#d62728", markersize=8)
        ax.set_xlim(0, 1.02)
        ax.set_ylim(0, 1.02)
        for label in (ax.set_xlabel(playground.t("tuning.recall")), ax.set_ylabel(playground.t("tuning.precision"))):
            playground.style(label)
        self.title = ax.set_title("")
        playground.style(self.title)

    def update(self, playground: TuningPlayground, fit: FittedModel, values: dict) -> None:
        if fit.val_scores is None:
            raise ValueError("a precision/recall panel needs a binary model with decision_function or predict_proba")
        from sklearn.metrics import precision_recall_curve

        positive = np.asarray(playground.y_val) == np.max(playground.y_val)
        precision, recall, _ = precision_recall_curve(positive, fit.val_scores)
        self.curve.set_data(recall, precision)
        predicted = fit.val_scores >= (playground.threshold if playground.threshold is not None else 0.0)
        tp = int(np.sum(predicted & positive))
        p = tp / max(int(predicted.sum()), 1)
        r = tp / max(int(positive.sum()), 1)
        self.point.set_data([r], [p])
        self.title.set_text(playground.t("tuning.precision_recall", precision=p, recall=r))


def _predicted_at_threshold(playground: TuningPlayground, fit: FittedModel) -> np.ndarray:
    """Validation predictions, with the threshold applied when there is one and a binary score."""
    if playground.threshold is None or fit.val_scores is None:
        return fit.val_predicted
    classes = np.unique(playground.y_train)
    return np.where(fit.val_scores >= playground.threshold, classes[-1], classes[0])
