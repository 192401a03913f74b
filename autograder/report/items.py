"""Item analysis of lessons and papers, from the sums the database returns (data.py): per item
n, Σx, Σx², Σx·T (T a trainee's total on the assignment), and per assignment n, ΣT, ΣT².

- difficulty: the mean proportion of an item's points the cohort earned (1 = everyone got it);
- discrimination: the corrected item-total correlation, i.e. between the item and the total of
  the *other* items R = T - x, so an item does not correlate with itself. From the sums,
  ΣR = ΣT - Σx, ΣR² = ΣT² - 2Σx·T + Σx², Σx·R = Σx·T - Σx², and Pearson's r follows; for an
  item scored all or nothing this is the point-biserial correlation. Computing it from sums
  lets the database do the pass over millions of points; the tests check it against hand
  values and against `scipy.stats.pointbiserialr` / `pearsonr` on the raw table;
- reliability: Cronbach's alpha, k/(k-1)·(1 - Σ var(item) / var(total)); on items that are all
  or nothing it equals KR-20 and is labelled so;
- distractors of choice questions: how often each option was chosen, overall and by the top and
  bottom 27% of the paper's scorers; a wrong option the top group prefers is flagged.
"""

import json

import numpy as np
import pandas as pd

REVIEW_BELOW = 0.0  # discrimination under this: the item works against the rest of the test
RARE = 0.05  # a wrong option chosen by fewer than this share does not distract anyone
EPSILON = 1e-9  # sums of squares below this are zero spread (floating error, not variance)


def item_statistics(moments: pd.DataFrame, tests: pd.DataFrame) -> pd.DataFrame:
    """assignment, item, n, max_points, difficulty, discrimination, review (discrimination < 0).
    Items still awaiting a hand grade (none graded) are left out: they say nothing yet."""
    items = moments[moments["graded"] > 0].merge(tests, on="assignment", suffixes=("", "_test"))
    n = items["n"].astype(float)
    sx, sxx, sxt = items["sx"].astype(float), items["sxx"].astype(float), items["sxt"].astype(float)
    st, stt = items["st"].astype(float), items["stt"].astype(float)
    sr, srr, sxr = st - sx, stt - 2 * sxt + sxx, sxt - sxx
    spread_x, spread_r = sxx - sx * sx / n, srr - sr * sr / n
    covariance = sxr - sx * sr / n
    defined = (spread_x > EPSILON) & (spread_r > EPSILON) & (n >= 3)
    correlation = covariance / np.sqrt(spread_x.where(defined) * spread_r.where(defined))
    table = pd.DataFrame({
        "assignment": items["assignment"], "item": items["item"], "n": items["n"].astype(int),
        "max_points": items["max_points"].astype(float),
        "difficulty": sx / (n * items["max_points"].astype(float)).where(items["max_points"] > 0),
        "discrimination": correlation.clip(-1, 1)})
    table["review"] = table["discrimination"] < REVIEW_BELOW
    return table.sort_values(["assignment", "item"]).reset_index(drop=True)


def reliability(moments: pd.DataFrame, tests: pd.DataFrame) -> pd.DataFrame:
    """assignment, coefficient ("KR-20" or "alpha"), value, items, trainees."""
    rows = []
    graded = moments[moments["graded"] > 0]
    for test in tests.itertuples():
        items = graded[graded["assignment"] == test.assignment]
        k, n = len(items), float(test.n)
        name = "alpha" if items["partial"].sum() else "KR-20"
        value = np.nan
        if k >= 2 and n >= 2:
            item_variance = ((items["sxx"] - items["sx"] ** 2 / n) / (n - 1)).sum()
            total_variance = (test.stt - test.st ** 2 / n) / (n - 1)
            if total_variance > EPSILON:
                value = float(k / (k - 1) * (1 - item_variance / total_variance))
        rows.append((test.assignment, name, value, k, int(n)))
    return pd.DataFrame(rows, columns=["assignment", "coefficient", "value", "items", "trainees"])


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
