"""The playground itself: controls bound to a live figure, a status line and the saved
choice (see the package's docstring)."""

import html
import io
import time
from pathlib import Path
from typing import Callable

import ipywidgets as w
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from course.lesson import lesson_language
from course.messages import text
from course.widgets.tuning.choice_file import answer_file_for, read_choice, save_choice
from course.widgets.tuning.debounce import Debouncer, event_loop_scheduler
from course.widgets.tuning.fits import FittedModel, LRUCache, continuous_scores
from course.widgets.tuning.hyperparameters import Hyperparameter, format_value, plain_value
from course.widgets.tuning.labels import FigureLabels
from course.widgets.tuning.panels import PANELS, make_panel


class TuningPlayground(w.VBox):
    """Controls for `hyperparameters`, a live figure, a status line and the saved choice.

    `make_model(**values)` builds an unfitted model from the values of the refitting
    hyperparameters; it is fitted on (X_train, y_train) and read on (X_val, y_val).
    `curve_param` is the hyperparameter the validation curve sweeps; `threshold_param` a
    non-refitting hyperparameter used as decision threshold by the confusion matrix,
    precision/recall and boundary panels.
    """

    def __init__(self, name: str, make_model: Callable[..., object], hyperparameters: list[Hyperparameter],
                 X_train, y_train, X_val, y_val, *, panels=("validation_curve", "decision_boundary"),
                 curve_param: str | None = None, threshold_param: str | None = None,
                 feature_names: tuple[str, str] | None = None, folder: Path | str = ".", lang: str | None = None,
                 settle_seconds: float = 0.15, cache_size: int = 128, grid_points: int = 90,
                 clock: Callable[[], float] = time.monotonic, schedule=event_loop_scheduler,
                 answer_file: Path | str | None = None, dpi: int = 72):
        super().__init__()
        self.name = name
        self.make_model = make_model
        self.hyperparameters = {h.name: h for h in hyperparameters}
        unknown = [p for p in panels if p not in PANELS]
        if unknown:
            raise ValueError(f"unknown panels {unknown}; choose from {PANELS}")
        if curve_param is None and "validation_curve" in panels:
            curve_param = next(h.name for h in hyperparameters if h.refit)
        for param in (curve_param, threshold_param):
            if param is not None and param not in self.hyperparameters:
                raise ValueError(f"{param!r} is not one of the hyperparameters")
        self.curve_param, self.threshold_param = curve_param, threshold_param
        self.X_train, self.y_train = np.asarray(X_train), np.asarray(y_train)
        self.X_val, self.y_val = np.asarray(X_val), np.asarray(y_val)
        self.feature_names = feature_names
        self._grid_points = grid_points
        self.lang = lang or lesson_language(folder)
        self.answer_file = Path(answer_file) if answer_file else answer_file_for(name, folder)
        self.clock = clock
        self.fits = LRUCache(cache_size)
        self.curves = LRUCache(cache_size)
        self.last_redraw_seconds = 0.0
        self.last_was_cached = False
        self.redraws = 0
        self._chosen: dict = {}
        self._silent = False  # True while the code itself sets the controls
        self._debouncer = Debouncer(self._apply_from_controls, settle_seconds, clock=clock, schedule=schedule)

        saved, self.notice = read_choice(self.answer_file, name, self.hyperparameters, self.lang)
        self.controls = {h.name: h.make_control(self.lang) for h in hyperparameters}
        for control in self.controls.values():
            control.observe(self.on_change, names="value")
        self._status = w.HTML()
        self._saved = w.HTML()
        self._notice = w.HTML()
        self.image = w.Image(format="png")
        self.figure = Figure(figsize=(4.3 * len(panels), 3.5), dpi=dpi)
        FigureCanvasAgg(self.figure)
        self.labels = FigureLabels(self.lang)  # English labels when Chinese has no font
        self.panels = [make_panel(kind, self, ax) for kind, ax in zip(panels, self.figure.subplots(1, len(panels), squeeze=False)[0])]
        self.children = [self._notice, w.VBox(list(self.controls.values())), self._status, self.image, self._saved]
        if saved:
            self._set_controls(saved)
            self._chosen = dict(saved)
        self._apply(self.values)
        self.figure.tight_layout()
        self._render()
        self._show_texts()

    # ---- reading the state ---------------------------------------------------------------
    @property
    def values(self) -> dict:
        """What the controls show now."""
        return {name: plain_value(control.value) for name, control in self.controls.items()}

    @property
    def chosen(self) -> dict:
        """The trainee's saved choice as a plain dict; empty until they choose."""
        return dict(self._chosen)

    # ---- input ---------------------------------------------------------------------------
    def on_change(self, change=None) -> None:
        """A control moved (the browser calls this through `observe`; tests call it directly)."""
        if not self._silent:
            self._debouncer.push(self.values)

    def poll(self) -> bool:
        """Apply a pending change if the controls have been still long enough."""
        return self._debouncer.poll()

    def choose(self, **values) -> None:
        """Set the controls to `values` (as if dragged there) and save the choice at once."""
        for name, value in values.items():
            if name not in self.hyperparameters:
                raise ValueError(f"{name!r} is not one of the hyperparameters: {', '.join(self.hyperparameters)}")
            if plain_value(value) not in self.hyperparameters[name].values:
                raise ValueError(f"{name} = {value!r} is not one of the values on offer: "
                                 f"{', '.join(format_value(v) for v in self.hyperparameters[name].values)}")
        self._set_controls({k: plain_value(v) for k, v in values.items()})
        self._debouncer.cancel()  # a drag still waiting is overtaken by this choice
        self._apply_from_controls(self.values)

    # ---- fitting ---------------------------------------------------------------------------
    def _refit_key(self, values: dict) -> tuple:
        return tuple((name, values[name]) for name, h in self.hyperparameters.items() if h.refit)

    def fitted(self, values: dict) -> FittedModel:
        """The fit for `values` (only the refitting hyperparameters count), from the cache when seen."""
        key = self._refit_key(values)
        return self.fits.get_or_make(key, lambda: self._fit(dict(key)))

    def _fit(self, refit_values: dict) -> FittedModel:
        model = self.make_model(**refit_values)
        model.fit(self.X_train, self.y_train)
        val_predicted = np.asarray(model.predict(self.X_val))
        return FittedModel(model, float(np.mean(model.predict(self.X_train) == self.y_train)),
                           float(np.mean(val_predicted == self.y_val)), continuous_scores(model, self.X_val),
                           val_predicted)

    def curve(self, values: dict) -> list[tuple[float, float]]:
        """(training, validation) accuracy for each value of the swept hyperparameter, the
        others held at `values`; cached per setting of the others."""
        others = tuple((k, v) for k, v in self._refit_key(values) if k != self.curve_param)
        return self.curves.get_or_make(others, lambda: [
            (fit.train_score, fit.val_score)
            for fit in (self.fitted({**values, self.curve_param: v}) for v in self.hyperparameters[self.curve_param].values)])

    def grid_values(self, fit: FittedModel) -> np.ndarray:
        if fit._grid_values is None:
            xx, yy = self._grid
            flat = np.c_[xx.ravel(), yy.ravel()]
            scores = continuous_scores(fit.model, flat)
            fit._grid_values = (scores if scores is not None else fit.model.predict(flat).astype(float)).reshape(xx.shape)
        return fit._grid_values

    @property
    def threshold(self):
        if self.threshold_param is None:
            return None
        return self.controls[self.threshold_param].value

    # ---- applying a change -------------------------------------------------------------------
    def _apply_from_controls(self, values: dict) -> None:
        self._apply(values)
        self._render()
        self._chosen = dict(values)
        self.notice = save_choice(self.answer_file, self.name, self._chosen, self.lang) or self.notice
        self._show_texts()

    def _apply(self, values: dict) -> None:
        started = self.clock()
        refit_hit = self._refit_key(values) in self.fits
        fit = self.fitted(values)
        for panel in self.panels:
            panel.update(self, fit, values)
        self.last_was_cached = refit_hit
        self._fit_for_status = fit
        self._applied_at = started

    def _render(self) -> None:
        buffer = io.BytesIO()
        self.figure.canvas.print_png(buffer)
        self.image.value = buffer.getvalue()
        self.redraws += 1
        self.last_redraw_seconds = self.clock() - self._applied_at

    def _show_texts(self) -> None:
        fit = self._fit_for_status
        cached = text("tuning.cached", self.lang) if self.last_was_cached else ""
        self._status.value = html.escape(text("tuning.status", self.lang, train=fit.train_score, val=fit.val_score,
                                              ms=self.last_redraw_seconds * 1000, cached=cached))
        if self._chosen:
            shown = ", ".join(f"{k} = {format_value(v)}" for k, v in self._chosen.items())
            self._saved.value = "💾 " + html.escape(text("tuning.saved", self.lang, values=shown, file=self.answer_file.name))
        else:
            self._saved.value = html.escape(text("tuning.not_chosen", self.lang))
        self._notice.value = (f'<div style="color:#a94400;font-weight:bold">{html.escape(self.notice)}</div>'
                              if self.notice else "")

    def _set_controls(self, values: dict) -> None:
        self._silent = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
        finally:
            self._silent = False

    @property
    def _grid(self):
        if not hasattr(self, "_grid_cache"):
            if self.X_train.shape[1] != 2:
                raise ValueError("a decision boundary needs exactly two features")
            points = np.vstack([self.X_train, self.X_val])
            low, high = points.min(axis=0), points.max(axis=0)
            pad = (high - low) * 0.05
            self._extent = (low[0] - pad[0], high[0] + pad[0], low[1] - pad[1], high[1] + pad[1])
            self._grid_cache = np.meshgrid(np.linspace(self._extent[0], self._extent[1], self._grid_points),
                                           np.linspace(self._extent[2], self._extent[3], self._grid_points))
        return self._grid_cache

    def t(self, key: str, **values) -> str:
        """A figure label: in the lesson's language when a font can draw it, else English."""
        return self.labels.label(key, **values)

    def style(self, artist_text) -> None:
        self.labels.style(artist_text)
