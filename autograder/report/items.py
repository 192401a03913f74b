"""Item analysis of a lesson or paper, from a trainees × items table of points.

- difficulty: the mean proportion of an item's points the cohort earned (1 = everyone got it);
- discrimination: the corrected item-total correlation, i.e. between the item and the total of
  the *other* items, so an item does not correlate with itself. For an item scored all or
  nothing this is the point-biserial correlation (`scipy.stats.pointbiserialr`); for partial
  credit, Pearson's r (`scipy.stats.pearsonr`), which is the same formula;
- reliability: Cronbach's alpha, k/(k-1)·(1 - Σ var(item) / var(total)); on items that are all
  or nothing it equals KR-20 and is labelled so (numpy/pandas: the formula is one line, and
  pingouin, the library that has it, would pull in a heavy stack for it);
- distractors of choice questions: how often each option was chosen, overall and by the top and
  bottom 27% of the paper's scorers; a wrong option the top group prefers is flagged.
"""

import json
import warnings

import numpy as np
import pandas as pd
from scipy import stats

REVIEW_BELOW = 0.0  # discrimination under this: the item works against the rest of the test
TAIL = 0.27  # share of trainees in the upper and lower groups (Kelley's 27%)
RARE = 0.05  # a wrong option chosen by fewer than this share does not distract anyone


def item_statistics(points: pd.DataFrame, max_points: pd.Series) -> pd.DataFrame:
    """Per item (the columns of `points`, trainees as rows, missing = 0): n, max_points,
    difficulty, discrimination, review (True when discrimination is negative)."""
    points = points.fillna(0.0)
    total = points.sum(axis=1)
    rows = []
    for item in points.columns:
        scores = points[item].to_numpy(dtype=float)
        rest = (total - points[item]).to_numpy(dtype=float)
        top = float(max_points[item])
        rows.append(dict(item=item, n=len(scores), max_points=top,
                         difficulty=scores.mean() / top if top and len(scores) else np.nan,
                         discrimination=_item_rest_correlation(scores, rest, top)))
    table = pd.DataFrame(rows, columns=["item", "n", "max_points", "difficulty", "discrimination"])
    table["review"] = table["discrimination"] < REVIEW_BELOW
    return table


def _item_rest_correlation(scores: np.ndarray, rest: np.ndarray, top: float) -> float:
    if len(scores) < 3 or np.ptp(scores) == 0 or np.ptp(rest) == 0:
        return np.nan  # everyone scored alike: the item (or the rest) tells trainees apart by nothing
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if set(np.unique(scores)) <= {0.0, top}:
            return float(stats.pointbiserialr(scores == top, rest).statistic)
        return float(stats.pearsonr(scores, rest).statistic)


def reliability(points: pd.DataFrame, max_points: pd.Series) -> tuple[str, float]:
    """("KR-20" or "alpha", value): Cronbach's alpha, named KR-20 when every item is all or nothing."""
    points = points.fillna(0.0)
    k = points.shape[1]
    name = "KR-20" if all(set(np.unique(points[c])) <= {0.0, float(max_points[c])} for c in points) else "alpha"
    total_variance = points.sum(axis=1).var(ddof=1)
    if k < 2 or len(points) < 2 or not total_variance > 0:
        return name, np.nan
    return name, float(k / (k - 1) * (1 - points.var(ddof=1).sum() / total_variance))


def points_table(item_scores: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """(trainees × items of points, each item's max points) of one assignment's item scores."""
    points = item_scores.pivot_table(index="trainee", columns="item", values="score", aggfunc="sum", dropna=False)
    maxima = item_scores.groupby("item")["max_score"].max()
    graded = item_scores["score"].notna().groupby(item_scores["item"]).any()
    return points[[item for item in points.columns if graded[item]]], maxima  # items awaiting a hand grade say nothing yet


def distractors(responses: pd.DataFrame) -> pd.DataFrame:
    """One row per paper, question and option: chosen share overall, in the upper and lower
    groups, whether it is the key, and a flag for a wrong option the upper group prefers.
    `responses` has trainee, paper, question_id, chosen (JSON list of options, or "true"/"false"),
    correct and points."""
    columns = ["paper", "question_id", "option", "key", "chosen", "upper", "lower", "flag", "review"]
    if responses.empty:
        return pd.DataFrame(columns=columns)
    totals = responses.groupby(["paper", "trainee"])["points"].sum()
    group = pd.Series("middle", index=totals.index)
    for paper, scores in totals.groupby(level="paper"):
        ranks = scores.rank(method="first", ascending=False)
        tail = max(1, int(round(TAIL * len(scores))))
        group.loc[scores.index[ranks <= tail]] = "upper"
        group.loc[scores.index[ranks > len(scores) - tail]] = "lower"
    frame = responses.merge(group.rename("group").reset_index(), on=["paper", "trainee"])
    # count each distinct answer once, then open the JSON of distinct answers only (not of every response)
    counts = frame.groupby(["paper", "question_id", "chosen", "group", "correct"], dropna=False).size().rename("n")
    counts = counts.reset_index()
    counts["options"] = counts["chosen"].map({c: _options(c) for c in counts["chosen"].unique()})
    counts = counts.explode("options").dropna(subset=["options"])
    sizes = frame.groupby(["paper", "question_id"]).size()
    group_sizes = frame.groupby(["paper", "question_id", "group"]).size()
    rows = []
    for (paper, question), options in counts.groupby(["paper", "question_id"]):
        key = set(options.loc[options["correct"].astype(bool), "options"])
        for option, chosen in options.groupby("options"):
            share = chosen["n"].sum() / sizes[(paper, question)]
            upper = _share(chosen, group_sizes, paper, question, "upper")
            lower = _share(chosen, group_sizes, paper, question, "lower")
            flag = ""
            if option not in key and upper > lower:
                flag = "upper group prefers it"
            elif option not in key and share < RARE:
                flag = "rarely chosen"
            rows.append(dict(paper=paper, question_id=question, option=option, key=option in key,
                             chosen=share, upper=upper, lower=lower, flag=flag, review=bool(flag)))
    return pd.DataFrame(rows, columns=columns)


def _share(chosen: pd.DataFrame, group_sizes: pd.Series, paper: str, question: str, group: str) -> float:
    size = group_sizes.get((paper, question, group), 0)
    return float(chosen.loc[chosen["group"] == group, "n"].sum() / size) if size else np.nan


def _options(chosen) -> list[str]:
    """The options of one response: a JSON list of option ids, or "true"/"false" for a true/false question."""
    if chosen is None or (isinstance(chosen, float) and np.isnan(chosen)):
        return []
    try:
        value = json.loads(chosen) if isinstance(chosen, str) else chosen
    except ValueError:
        return [str(chosen)]
    if isinstance(value, list):
        return [str(v).lower() if isinstance(v, bool) else str(v) for v in value]
    return [str(value).lower() if isinstance(value, bool) else str(value)]
