"""A tuning playground: sliders and dropdowns for a model's hyperparameters, bound to a
live matplotlib figure (validation curve, decision boundary, confusion matrix,
precision/recall at a threshold; the lesson picks the panels).

Dragging a slider never queues a backlog of fits: changes go through a `Debouncer`, which
keeps only the latest values and fits them once the slider has been still for a moment.
Fits are kept in an LRU cache keyed by the hyperparameter values, so going back to a value
seen before only redraws. The figure is one `Figure` whose artists are updated and
rendered into one image widget: it never grows a new figure per change.

The trainee's chosen values (the last settled change, or `choose(...)`) are written at
once to `<name>.tuning.json` beside the notebook, atomically, and read back when the
cell runs again; `playground.chosen` is the same choice as a plain dict. Everything here
is plain Python that runs without a browser: tests call `on_change` and inject a clock.
"""

import asyncio
import html
import io
import json
import math
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import ipywidgets as w
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from course.fonts import cjk_font, use_lesson_fonts
from course.widgets.files import set_aside, write_json_atomically
from course.widgets.messages import lesson_language

ANSWER_SUFFIX = ".tuning.json"
PANELS = ("validation_curve", "decision_boundary", "confusion_matrix", "precision_recall")

MESSAGES = {
    "train_score": {"en": "training", "zh": "训练集"},
    "val_score": {"en": "validation", "zh": "验证集"},
    "score": {"en": "accuracy", "zh": "准确率"},
    "validation_curve": {"en": "Validation curve over {param}", "zh": "{param} 的验证曲线"},
    "decision_boundary": {"en": "Decision boundary", "zh": "决策边界"},
    "confusion_matrix": {"en": "Confusion matrix (validation)", "zh": "混淆矩阵（验证集）"},
    "precision_recall": {"en": "Precision {precision:.2f} · recall {recall:.2f}",
                         "zh": "精确率 {precision:.2f} · 召回率 {recall:.2f}"},
    "predicted": {"en": "predicted", "zh": "预测"},
    "actual": {"en": "actual", "zh": "实际"},
    "precision": {"en": "precision", "zh": "精确率"},
    "recall": {"en": "recall", "zh": "召回率"},
    "status": {
        "en": "Training accuracy {train:.3f} · validation accuracy {val:.3f} · redrawn in {ms:.0f} ms{cached}",
        "zh": "训练集准确率 {train:.3f} · 验证集准确率 {val:.3f} · 重绘用时 {ms:.0f} 毫秒{cached}",
    },
    "cached": {"en": " (seen before, no refit)", "zh": "（之前算过，无需重新训练）"},
    "saved": {"en": "Your choice {values} is saved in {file}.",
              "zh": "你选择的 {values} 已保存到 {file}。"},
    "not_chosen": {"en": "Move a slider to choose; your choice is saved as soon as the figure updates.",
                   "zh": "拖动滑块进行选择；图像更新后你的选择会立即保存。"},
    "file_set_aside": {
        "en": "⚠️ Your saved choice in {file} could not be read ({reason}). The playground starts "
              "from its first values; the file as it was is kept unchanged as {aside}: show it "
              "to your instructor if your choice is missing.",
        "zh": "⚠️ 无法读取 {file} 中保存的选择（{reason}）。调参面板从初始值重新开始；原文件已原样"
              "另存为 {aside}：如果你的选择丢失了，请把它交给老师。",
    },
    "file_unwritable": {
        "en": "⚠️ Your choice cannot be saved to {file}: {error}. Check that the folder is writable.",
        "zh": "⚠️ 无法把你的选择保存到 {file}：{error}。请确认文件夹可写。",
    },
    "reason_not_json": {"en": "it is not valid JSON", "zh": "不是有效的 JSON"},
    "reason_wrong_shape": {"en": "it is not a saved choice of this playground", "zh": "不是本调参面板保存的选择"},
    "reason_unknown_value": {"en": "{name} = {value} is not one of the values on offer",
                             "zh": "{name} = {value} 不在可选的取值之中"},
}


def text(key: str, lang: str, **values) -> str:
    """The message `key` in `lang` (English when the language is unknown)."""
    templates = MESSAGES[key]
    return templates.get(lang, templates["en"]).format(**values)


def answer_file_for(name: str, folder: Path | str = ".") -> Path:
    """Where a playground's choice lives: beside the notebook, so it is submitted with it."""
    return Path(folder) / f"{name}{ANSWER_SUFFIX}"


# ---- hyperparameters -----------------------------------------------------------------------
@dataclass(frozen=True)
class Hyperparameter:
    """One control. `values` are the settings on offer, in order: a slider steps through
    them, a dropdown lists them. `refit=False` marks a setting that changes only how a fitted
    model is read (a decision threshold), never the fit itself."""

    name: str
    values: tuple
    default: object = None
    label: dict = field(default_factory=dict)  # {"en": …, "zh": …}; the name when empty
    control: str = "slider"                    # "slider" or "dropdown"
    refit: bool = True

    def __post_init__(self):
        object.__setattr__(self, "values", tuple(_plain(v) for v in self.values))
        if not self.values:
            raise ValueError(f"{self.name} offers no values")
        default = self.values[0] if self.default is None else _plain(self.default)
        if default not in self.values:
            raise ValueError(f"the default of {self.name}, {default!r}, is not one of its values")
        object.__setattr__(self, "default", default)
        if self.control not in ("slider", "dropdown"):
            raise ValueError(f"control must be 'slider' or 'dropdown', not {self.control!r}")

    def caption(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("en") or self.name

    def make_control(self, lang: str) -> w.Widget:
        options = [(_format_value(v), v) for v in self.values]
        style = {"description_width": "initial"}
        if self.control == "dropdown":
            return w.Dropdown(options=options, value=self.default, description=self.caption(lang), style=style)
        return w.SelectionSlider(options=options, value=self.default, description=self.caption(lang),
                                 continuous_update=True, style=style, layout=w.Layout(width="420px"))


def _plain(value):
    """numpy scalars as plain Python values, so choices are JSON and compare equal after reading."""
    if isinstance(value, np.generic):
        return value.item()
    return value


def _format_value(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# ---- debouncing ----------------------------------------------------------------------------
_NOTHING = object()


def _event_loop_scheduler(seconds: float, callback: Callable[[], None]) -> bool:
    """Run `callback` after `seconds` on the running event loop (the kernel's, when a widget
    event is being handled); False when no loop is running, e.g. in a plain script."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    loop.call_later(seconds, callback)
    return True


class Debouncer:
    """Coalesce a burst of changes into one action on the latest value.

    `push(value)` only records the value and when it came. Once no new value has come for
    `delay` seconds, `action(value)` runs once, on the latest value: a slider dragged through
    twenty positions while a fit runs causes one more fit, not twenty. `schedule(seconds,
    callback)` asks to be woken (the kernel's event loop by default); when it cannot (no
    loop, e.g. a plain script) the action runs at once. Tests pass a fake clock and
    scheduler, or call `poll()` themselves.
    """

    def __init__(self, action: Callable[[object], None], delay: float, *,
                 clock: Callable[[], float] = time.monotonic,
                 schedule: Callable[[float, Callable[[], None]], bool] | None = _event_loop_scheduler):
        self.action, self.delay, self.clock = action, delay, clock
        self._schedule = schedule
        self._pending = _NOTHING
        self._last_push = 0.0
        self._woken_at: float | None = None  # when a wake-up is already booked for

    @property
    def has_pending(self) -> bool:
        return self._pending is not _NOTHING

    def push(self, value) -> None:
        self._pending, self._last_push = value, self.clock()
        if self._woken_at is None:
            self._book(self.delay)

    def poll(self) -> bool:
        """Act on the pending value if the changes have settled; True when it acted."""
        if not self.has_pending or self.clock() - self._last_push < self.delay:
            return False
        return self.flush()

    def flush(self) -> bool:
        """Act on the pending value now; True when there was one."""
        if not self.has_pending:
            return False
        value, self._pending = self._pending, _NOTHING
        self.action(value)
        return True

    def cancel(self) -> None:
        """Forget the pending value (a wake-up already booked then finds nothing to do)."""
        self._pending = _NOTHING

    def _book(self, seconds: float) -> None:
        if self._schedule is None or not self._schedule(seconds, self._wake):
            self._woken_at = None
            self.flush()  # nobody can wake us later: act now rather than never
            return
        self._woken_at = self.clock() + seconds

    def _wake(self) -> None:
        self._woken_at = None
        if self.poll() or not self.has_pending:
            return
        self._book(max(self._last_push + self.delay - self.clock(), 0.001))  # changed meanwhile: wait on


# ---- fits and their cache ------------------------------------------------------------------
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


# ---- the playground ------------------------------------------------------------------------
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
                 clock: Callable[[], float] = time.monotonic, schedule=_event_loop_scheduler,
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

        self.notice = ""
        saved = self._read_saved_choice()
        self.controls = {h.name: h.make_control(self.lang) for h in hyperparameters}
        for control in self.controls.values():
            control.observe(self.on_change, names="value")
        self._status = w.HTML()
        self._saved = w.HTML()
        self._notice = w.HTML()
        self.image = w.Image(format="png")
        self.figure = Figure(figsize=(4.3 * len(panels), 3.5), dpi=dpi)
        FigureCanvasAgg(self.figure)
        self._panel_lang = use_lesson_fonts(self.lang)  # English labels when Chinese has no font
        self._font = cjk_font() if self._panel_lang == "zh" else None
        self.panels = [self._make_panel(kind, ax) for kind, ax in zip(panels, self.figure.subplots(1, len(panels), squeeze=False)[0])]
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
        return {name: _plain(control.value) for name, control in self.controls.items()}

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
            if _plain(value) not in self.hyperparameters[name].values:
                raise ValueError(f"{name} = {value!r} is not one of the values on offer: "
                                 f"{', '.join(_format_value(v) for v in self.hyperparameters[name].values)}")
        self._set_controls({k: _plain(v) for k, v in values.items()})
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
        self._save()
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
        cached = text("cached", self.lang) if self.last_was_cached else ""
        self._status.value = html.escape(text("status", self.lang, train=fit.train_score, val=fit.val_score,
                                              ms=self.last_redraw_seconds * 1000, cached=cached))
        if self._chosen:
            shown = ", ".join(f"{k} = {_format_value(v)}" for k, v in self._chosen.items())
            self._saved.value = "💾 " + html.escape(text("saved", self.lang, values=shown, file=self.answer_file.name))
        else:
            self._saved.value = html.escape(text("not_chosen", self.lang))
        self._notice.value = (f'<div style="color:#a94400;font-weight:bold">{html.escape(self.notice)}</div>'
                              if self.notice else "")

    def _set_controls(self, values: dict) -> None:
        self._silent = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
        finally:
            self._silent = False

    # ---- the answer file -------------------------------------------------------------------
    def _save(self) -> None:
        try:
            write_json_atomically(self.answer_file, {"playground": self.name, "chosen": self._chosen})
        except OSError as error:
            self.notice = text("file_unwritable", self.lang, file=self.answer_file.name, error=error.strerror or error)

    def _read_saved_choice(self) -> dict:
        """The saved choice, or {}; a file that cannot be read is set aside with a notice."""
        try:
            raw = self.answer_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError):
            return self._set_file_aside(text("reason_not_json", self.lang))
        try:
            data = json.loads(raw)
        except ValueError:
            return self._set_file_aside(text("reason_not_json", self.lang))
        chosen = data.get("chosen") if isinstance(data, dict) and data.get("playground") == self.name else None
        if not isinstance(chosen, dict):
            return self._set_file_aside(text("reason_wrong_shape", self.lang))
        for name, value in chosen.items():
            if name not in self.hyperparameters or value not in self.hyperparameters[name].values:
                return self._set_file_aside(text("reason_unknown_value", self.lang, name=name, value=value))
        return chosen

    def _set_file_aside(self, reason: str) -> dict:
        try:
            aside = set_aside(self.answer_file).name
        except OSError as error:
            aside = f"? ({error.strerror or error})"
        self.notice = text("file_set_aside", self.lang, file=self.answer_file.name, reason=reason, aside=aside)
        return {}

    # ---- panels ----------------------------------------------------------------------------
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

    def _make_panel(self, kind: str, ax):
        maker = {"validation_curve": ValidationCurvePanel, "decision_boundary": DecisionBoundaryPanel,
                 "confusion_matrix": ConfusionMatrixPanel, "precision_recall": PrecisionRecallPanel}[kind]
        return maker(self, ax)

    def t(self, key: str, **values) -> str:
        """A figure label: in the lesson's language when a font can draw it, else English."""
        return text(key, self._panel_lang, **values)

    def style(self, artist_text) -> None:
        if self._font:
            artist_text.set_fontfamily(self._font)


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
        (self.train_line,) = ax.plot(self.positions, nan, "o-", color="#1f77b4", label=playground.t("train_score"))
        (self.val_line,) = ax.plot(self.positions, nan, "s-", color="#d62728", label=playground.t("val_score"))
        self.marker = ax.axvline(self.positions[0], color="0.4", linestyle="--", linewidth=1)
        ax.set_xlabel(param.caption(playground._panel_lang))
        ax.set_ylabel(playground.t("score"))
        for label in (ax.set_title(playground.t("validation_curve", param=param.name)), ax.xaxis.label, ax.yaxis.label):
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
        playground.style(ax.set_title(playground.t("decision_boundary")))

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
        for label in (ax.set_title(playground.t("confusion_matrix")), ax.set_xlabel(playground.t("predicted")),
                      ax.set_ylabel(playground.t("actual"))):
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
        for label in (ax.set_xlabel(playground.t("recall")), ax.set_ylabel(playground.t("precision"))):
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
        self.title.set_text(playground.t("precision_recall", precision=p, recall=r))


def _predicted_at_threshold(playground: TuningPlayground, fit: FittedModel) -> np.ndarray:
    """Validation predictions, with the threshold applied when there is one and a binary score."""
    if playground.threshold is None or fit.val_scores is None:
        return fit.val_predicted
    classes = np.unique(playground.y_train)
    return np.where(fit.val_scores >= playground.threshold, classes[-1], classes[0])
