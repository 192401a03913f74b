"""Item analysis of a lesson or paper, from its trainees × items table of points (data.Points).

- difficulty: the mean proportion of an item's points the cohort earned (1 = everyone got it);
- discrimination: the corrected item-total correlation, i.e. between the item and the total of
  the *other* items, so an item does not correlate with itself. For an item scored all or
  nothing this is the point-biserial correlation (`scipy.stats.pointbiserialr`); for partial
  credit, Pearson's r (`scipy.stats.pearsonr`), which is the same formula;
- reliability: Cronbach's alpha, k/(k-1)·(1 - Σ var(item) / var(total)), with numpy (pingouin,
  which has it, pulls in a heavy stack for one line); on items that are all or nothing it equals
  KR-20 and is labelled so;
- distractors of choice questions: how often each option was chosen, overall and by the top and
  bottom 27% of the paper's scorers; a wrong option the top group prefers is flagged.
Items still awaiting a hand grade (no trainee has points for them) are left out: they say
nothing yet; elsewhere a missing grade counts as 0.
"""

import json
import warnings

import numpy as np
import pandas as pd
from scipy import stats

from autograder.report.data import Points

REVIEW_BELOW = 0.0  # discrimination under this: the item works against the rest of the test
RARE = 0.05  # a wrong option chosen by fewer than this share does not distract anyone


def item_statistics(points: Points) -> pd.DataFrame:
    """item, n, max_points, difficulty, discrimination, review (discrimination < 0)."""
    scores, tops, items = _graded(points)
    total = scores.sum(axis=1)
    rows = []
    for column, item in enumerate(items):
        x, top = scores[:, column], tops[column]
        rows.append(dict(item=item, n=len(x), max_points=top,
                         difficulty=x.mean() / top if top and len(x) else np.nan,
                         discrimination=_item_rest_correlation(x, total - x, top)))
    table = pd.DataFrame(rows, columns=["item", "n", "max_points", "difficulty", "discrimination"])
    table["review"] = table["discrimination"] < REVIEW_BELOW
    return table


def reliability(points: Points) -> tuple[str, float]:
    """("KR-20" or "alpha", value): Cronbach's alpha, named KR-20 when every item is all or nothing."""
    scores, tops, _ = _graded(points)
    k = scores.shape[1]
    name = "KR-20" if np.all((scores == 0) | (scores == tops)) else "alpha"
    if k < 2 or len(scores) < 2:
        return name, np.nan
    total_variance = scores.sum(axis=1).var(ddof=1)
    if not total_variance > 0:
        return name, np.nan
    return name, float(k / (k - 1) * (1 - scores.var(axis=0, ddof=1).sum() / total_variance))


def _graded(points: Points) -> tuple[np.ndarray, np.ndarray, list[str]]:
    graded = ~np.all(np.isnan(points.scores), axis=0)
    return (np.nan_to_num(points.scores[:, graded]), points.max_points[graded],
            [item for item, keep in zip(points.items, graded) if keep])


def _item_rest_correlation(scores: np.ndarray, rest: np.ndarray, top: float) -> float:
    if len(scores) < 3 or np.ptp(scores) == 0 or np.ptp(rest) == 0:
        return np.nan  # everyone scored alike: the item (or the rest) tells trainees apart by nothing
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if np.all((scores == 0) | (scores == top)):
            return float(stats.pointbiserialr(scores == top, rest).statistic)
        return float(stats.pearsonr(scores, rest).statistic)


def distractors(choices: pd.DataFrame) -> pd.DataFrame:
    """One row per paper, question and option: the share choosing it overall and in the upper
    and lower groups, whether it is the key, and a flag for a wrong option the upper group
    prefers or nobody chooses. `choices` counts responses by paper, question_id, chosen (a JSON
    list of option ids, or "true"/"false"), correct and band (upper, middle, lower)."""
    columns = ["paper", "question_id", "option", "key", "chosen", "upper", "lower", "flag", "review"]
    if choices.empty:
        return pd.DataFrame(columns=columns)
    counts = choices.assign(option=choices["chosen"].map({c: _options(c) for c in choices["chosen"].unique()}),
                            correct=choices["correct"].astype(bool), n=choices["n"].astype(int))
    sizes = counts.groupby(["paper", "question_id"])["n"].sum()
    band_sizes = counts.groupby(["paper", "question_id", "band"])["n"].sum()
    counts = counts.explode("option").dropna(subset=["option"])
    keys = counts[counts["correct"]].groupby(["paper", "question_id"])["option"].agg(set)
    chosen = counts.pivot_table(index=["paper", "question_id", "option"], columns="band", values="n",
                                aggfunc="sum", fill_value=0)
    chosen = chosen.reindex(columns=["upper", "middle", "lower"], fill_value=0)
    table = chosen.reset_index()
    question = list(zip(table["paper"], table["question_id"]))
    table["key"] = [option in keys.get(q, set()) for q, option in zip(question, table["option"])]
    table["chosen"] = (table["upper"] + table["middle"] + table["lower"]) / [sizes[q] for q in question]
    for band in ("upper", "lower"):
        size = np.array([band_sizes.get((*q, band), 0) for q in question], dtype=float)
        table[band] = np.where(size > 0, table[band] / np.where(size > 0, size, 1), np.nan)
    table["flag"] = np.select([~table["key"] & (table["upper"] > table["lower"]), ~table["key"] & (table["chosen"] < RARE)],
                              ["upper group prefers it", "rarely chosen"], "")
    table["review"] = table["flag"] != ""
    return table[columns]


def _options(chosen) -> list[str]:
    """The options of one response: a JSON list of option ids, or "true"/"false" for a true/false question."""
    if chosen is None or (isinstance(chosen, float) and np.isnan(chosen)):
        return []
    try:
        value = json.loads(chosen) if isinstance(chosen, str) else chosen
    except ValueError:
        return [str(chosen)]
    values = value if isinstance(value, list) else [value]
    return [str(v).lower() if isinstance(v, bool) else str(v) for v in values]
