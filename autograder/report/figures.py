"""The report's figures, drawn with matplotlib (Agg, no display) and inlined as base64 PNG, so
the HTML file opens anywhere without a server. Labels are bilingual, drawn in a CJK font."""

import base64
import functools
import io
import math

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from autograder.report.data import is_paper
from course.fonts import font_settings

HEATMAP_ROWS = 60  # more trainees than this: the heat map shows those with the lowest mastery
DPI = 90


@functools.cache  # once per report: a missing CJK font is said once
def _style() -> dict:
    """Labels are bilingual: a CJK font first, set (and missed, with a warning) by course.fonts."""
    settings, _ = font_settings("zh")
    return {"font.family": "sans-serif", "font.size": 9, **settings}


def _png(figure: Figure) -> str:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def draw(function, *args) -> str | None:
    """A figure as a data: URI, or None when there is nothing to draw."""
    with matplotlib.rc_context(_style()):
        figure = function(*args)
        return _png(figure) if figure is not None else None


def score_distributions(totals: pd.DataFrame, pass_mark) -> Figure | None:
    """One histogram of percent scores per lesson and paper, papers with their pass line
    (`pass_mark(paper)`)."""
    names = sorted(totals["assignment"].unique(), key=lambda a: (is_paper(a), a))
    if not names:
        return None
    columns = min(4, len(names))
    rows = math.ceil(len(names) / columns)
    figure = Figure(figsize=(3.2 * columns, 2.2 * rows), layout="constrained")
    by_name = dict(tuple(totals.groupby("assignment")["percent"]))
    bins = np.linspace(0, 100, 11)
    for index, name in enumerate(names):
        axes = figure.add_subplot(rows, columns, index + 1)
        values = by_name[name].dropna().to_numpy()
        axes.hist(values, bins=bins, color="#c0392b" if is_paper(name) else "#2c7fb8", edgecolor="white")
        if is_paper(name):
            axes.axvline(pass_mark(name), color="black", linestyle="--", linewidth=1)
        axes.set_title(f"{name}  (n={len(values)}, mean {values.mean() if len(values) else 0:.0f})", fontsize=8)
        axes.set_xlim(0, 100)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    figure.supxlabel("score % · 得分率")
    figure.supylabel("trainees · 人数")
    return figure


def pass_rates(rates: pd.DataFrame) -> Figure | None:
    if rates.empty:
        return None
    figure = Figure(figsize=(4.5, 2.6), layout="constrained")
    axes = figure.add_subplot()
    labels = [f"Level {level} · {'五四三二一'[5 - int(level)]}级" for level in rates["level"]]
    bars = axes.bar(labels, 100 * rates["rate"], color="#27ae60")
    axes.bar_label(bars, labels=[f"{p}/{c}" for p, c in zip(rates["passed"], rates["candidates"])], fontsize=8)
    axes.set_ylim(0, 110)
    axes.set_ylabel("passed % · 通过率")
    return figure


def mastery_heatmap(table: pd.DataFrame) -> Figure | None:
    """Trainees × work contents, red (0) to green (1); the weakest trainees when there are many."""
    if table.empty:
        return None
    shown = table.loc[table.mean(axis=1).sort_values().index[:HEATMAP_ROWS]] if len(table) > HEATMAP_ROWS else table
    figure = Figure(figsize=(max(5.0, 0.55 * shown.shape[1] + 2.5), max(2.5, 0.22 * len(shown) + 1.6)),
                    layout="constrained")
    axes = figure.add_subplot()
    image = axes.imshow(shown.to_numpy(dtype=float), aspect="auto", cmap="RdYlGn", vmin=0, vmax=1,
                        interpolation="nearest")
    axes.set_xticks(range(shown.shape[1]), [c for c in shown.columns], rotation=60, ha="right", fontsize=7)
    axes.set_yticks(range(len(shown)), list(shown.index), fontsize=6 if len(shown) > 30 else 8)
    axes.set_xlabel("work content · 工作内容")
    figure.colorbar(image, ax=axes, label="mastery · 掌握程度", shrink=0.8)
    if len(table) > HEATMAP_ROWS:
        axes.set_title(f"the {HEATMAP_ROWS} of {len(table)} trainees with the lowest mastery · 掌握程度最低的 "
                       f"{HEATMAP_ROWS} 人", fontsize=8)
    return figure


def item_map(items: pd.DataFrame) -> Figure | None:
    """Difficulty against discrimination, one dot per item; items to review in red."""
    items = items.dropna(subset=["difficulty"])
    if items.empty:
        return None
    figure = Figure(figsize=(5.5, 3.4), layout="constrained")
    axes = figure.add_subplot()
    review = items["review"].astype(bool)
    axes.scatter(items.loc[~review, "difficulty"], items.loc[~review, "discrimination"], s=12, color="#2c7fb8",
                 label="items · 题目")
    axes.scatter(items.loc[review, "difficulty"], items.loc[review, "discrimination"], s=22, color="#c0392b",
                 marker="x", label="to review (negative discrimination) · 需复查")
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.set_xlim(-0.02, 1.02)
    axes.set_xlabel("difficulty (share of points earned) · 难度（得分率）")
    axes.set_ylabel("discrimination · 区分度")
    axes.legend(fontsize=7, loc="lower left")
    return figure


def hint_bars(hints: pd.DataFrame, top: int = 20) -> Figure | None:
    if hints.empty:
        return None
    shown = hints.head(top).iloc[::-1]
    figure = Figure(figsize=(5.5, 0.25 * len(shown) + 1.2), layout="constrained")
    axes = figure.add_subplot()
    axes.barh([f"{a} / {i}" for a, i in zip(shown["assignment"], shown["item"])], 100 * shown["share"],
              color="#f39c12")
    axes.set_xlabel("trainees who opened a hint % · 打开提示的学员比例")
    axes.tick_params(axis="y", labelsize=7)
    return figure


def status_bars(counts: pd.DataFrame) -> Figure | None:
    if counts.empty:
        return None
    figure = Figure(figsize=(6.0, 0.28 * len(counts) + 1.4), layout="constrained")
    axes = figure.add_subplot()
    left = np.zeros(len(counts))
    colours = {"ok": "#27ae60", "tampered": "#8e44ad", "timeout": "#f39c12", "crashed": "#c0392b"}
    for status in counts.columns:
        values = counts[status].to_numpy(dtype=float)
        axes.barh(list(counts.index), values, left=left, label=status, color=colours.get(status))
        left += values
    axes.set_xlabel("submissions · 提交数")
    axes.legend(fontsize=7, ncols=4, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    axes.tick_params(axis="y", labelsize=7)
    return figure
