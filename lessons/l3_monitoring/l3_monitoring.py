# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l3_monitoring
#     level: 3
#     title: {en: "Monitoring a running model: drift, data quality, performance and alerts", zh: 智能系统监控：漂移、数据质量、模型表现与告警}
#     datasets: [model_monitoring/reference.csv, model_monitoring/production.csv, model_monitoring/incidents.csv, model_monitoring/alert_cases.json]
#     gold: [model_monitoring/expected.json]
# ---

# %% [markdown] lang="en"
# # Monitoring a running model: drift, data quality, performance and alerts
#
# A consumer-credit team runs a model that scores every loan application with the
# probability of default; applications scoring 0.5 or more are sent to manual review. The
# model has been live for six weeks. As the Level 3 trainer responsible for it, you do
# not watch it by hand: you **design its monitoring** so that the right person hears about
# the right problem in time. A monitoring plan has three families of metrics:
#
# * **drift**: do this week's inputs still look like the data the model learned from?
# * **data quality**: is the pipeline delivering complete data in the usual volume?
# * **performance**: once the outcomes are known, is the model still right often enough?
#
# and, for each metric, a **threshold**, a **severity**, an **owner** and an **action**.
#
# You will compute the weekly metrics, write the function that turns a plan into alerts,
# write the plan itself, and explain what to do when it fires. When your notebook is
# graded, your plan is also run on **two more weeks you never see**, with their own
# problems (or none). This is **智能系统监控和优化** (L3.3.1) of the national standard.
# Stuck? Run `hint("task_id")`.

# %% [markdown] lang="zh"
# # 智能系统监控：漂移、数据质量、模型表现与告警
#
# 某消费信贷团队运行着一个模型，它给每份贷款申请打出违约概率，得分不低于 0.5 的申请转人工审核。
# 模型已经上线六周。作为负责它的三级人工智能训练师，你不是靠人盯着它，而是要**设计监控方案**，
# 让合适的人及时知道合适的问题。监控方案包括三类指标：
#
# * **漂移**：本周的输入是否仍然像模型学习时的数据？
# * **数据质量**：数据管道送来的数据是否完整、数量是否正常？
# * **模型表现**：结果揭晓之后，模型是否仍然足够准确？
#
# 每个指标还要配上**阈值**、**严重级别**、**负责人**和**处置动作**。
#
# 你将计算每周的监控指标，编写把监控方案变成告警的函数，制定方案本身，并说明告警触发后该怎么办。
# 评分时，你的方案还会在**另外两周你看不到的数据**上运行，那两周各有自己的问题（或者没有问题）。
# 这对应国家职业标准三级的**智能系统监控和优化**（L3.3.1）。卡住了？运行 `hint("任务编号")`。

# %%
import json

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp
from course import check, expect, hidden_check, hint

FEATURES = ["income", "age", "utilization"]
reference = pd.read_csv("reference.csv")
production = pd.read_csv("production.csv")
incidents = pd.read_csv("incidents.csv")
production.head()


# %% [markdown] lang="en"
# ## The data
#
# * `reference.csv`: 2,000 applications the model was validated on;
# * `production.csv`: the six weeks since go-live, 600 applications a week (`week` 1–6);
# * `incidents.csv`: what the team found out afterwards, week by week: a `drift` in the
#   applicants, a `quality` problem in the data pipeline, or a `performance` problem (the
#   model's accuracy fell below the **0.70 the business agreed to**).
#
# Columns: `income` (thousand yuan a month), `age`, `utilization` (share of the credit
# limit in use, 0–1), `score` (the model's probability of default), `default` (the outcome,
# 1 = defaulted, known later). The PSI of Level 4 is given below.

# %% [markdown] lang="zh"
# ## 数据
#
# * `reference.csv`：验证模型时用的 2000 份申请；
# * `production.csv`：上线后的六周数据，每周 600 份申请（`week` 为 1–6）；
# * `incidents.csv`：团队事后查明的每周问题：申请人分布发生了 `drift`（漂移），数据管道出了
#   `quality`（数据质量）问题，或者出现了 `performance`（模型表现）问题，即模型准确率低于
#   **业务约定的 0.70**。
#
# 各列：`income`（月收入，千元）、`age`（年龄）、`utilization`（已用额度占授信额度的比例，0–1）、`score`（模型给出的违约概率）、`default`（结果，1 = 违约，事后才知道）。四级课程学过的 PSI 已在下面给出。

# %%
def psi(reference_values, current_values):
    """Population Stability Index over 10 quantile bins of the reference (missing values dropped).

    群体稳定性指数：按参照数据的 10 个分位数区间计算（先去掉缺失值）。
    """
    ref = pd.Series(reference_values, dtype=float).dropna().to_numpy()
    cur = pd.Series(current_values, dtype=float).dropna().to_numpy()
    edges = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    shares = [np.maximum(np.bincount(np.searchsorted(edges, v, side="right"), minlength=len(edges) + 1) / len(v), 1e-4)
              for v in (ref, cur)]
    return float(np.sum((shares[1] - shares[0]) * np.log(shares[1] / shares[0])))


# %% [markdown] lang="en"
# ## Task 1 · `weekly_metrics`: one week's monitoring figures
#
# Complete `weekly_metrics(reference, week)`: return a dict of plain Python numbers with
# these keys, every float rounded to 4 decimals with `round(..., 4)`:
#
# | key | definition |
# |---|---|
# | `volume` | number of applications in the week (`int`) |
# | `missing_rate` | share of applications with at least one missing input among `FEATURES` |
# | `psi_<feature>` | `psi(reference[feature], week[feature])`, for each of the three `FEATURES` |
# | `ks_<feature>` | the Kolmogorov–Smirnov statistic `ks_2samp(...).statistic` between the reference and the week, missing values dropped |
# | `accuracy` | share of applications where (`score >= 0.5`) agrees with `default` |
# | `positive_rate` | share of applications with `score >= 0.5` |

# %% [markdown] lang="zh"
# ## 任务 1 · `weekly_metrics`：一周的监控指标
#
# 请补全 `weekly_metrics(reference, week)`：返回一个由普通 Python 数值组成的字典，包含下面这些键，
# 所有浮点数都用 `round(..., 4)` 保留 4 位小数：
#
# | 键 | 定义 |
# |---|---|
# | `volume` | 本周的申请数（`int`） |
# | `missing_rate` | `FEATURES` 中至少有一个输入缺失的申请所占比例 |
# | `psi_<特征>` | 对三个 `FEATURES` 中的每一个计算 `psi(reference[特征], week[特征])` |
# | `ks_<特征>` | 参照数据与本周数据之间的 Kolmogorov–Smirnov 统计量 `ks_2samp(...).statistic`，先去掉缺失值 |
# | `accuracy` | （`score >= 0.5`）与 `default` 一致的申请所占比例 |
# | `positive_rate` | `score >= 0.5` 的申请所占比例 |

# %% answer="weekly_metrics"
def weekly_metrics(reference, week):
    """The week's monitoring metrics as a dict (floats rounded to 4 decimals).

    以字典形式返回本周的监控指标（浮点数保留 4 位小数）。
    """
    ### BEGIN SOLUTION
    out = {"volume": int(len(week)), "missing_rate": round(float(week[FEATURES].isna().any(axis=1).mean()), 4)}
    for name in FEATURES:
        out[f"psi_{name}"] = round(psi(reference[name], week[name]), 4)
        out[f"ks_{name}"] = round(float(ks_2samp(reference[name].dropna(), week[name].dropna()).statistic), 4)
    flagged = week["score"] >= 0.5
    out["accuracy"] = round(float((flagged.astype(int) == week["default"]).mean()), 4)
    out["positive_rate"] = round(float(flagged.mean()), 4)
    return out
    ### END SOLUTION


# %% tests="weekly_metrics" points=3 assesses="L3.3.1"
_wm_week = pd.DataFrame({"income": [40.0, None, 55.0, 60.0], "age": [30.0, 41.0, None, 25.0],
                         "utilization": [0.2, 0.9, 0.4, 0.7], "score": [0.1, 0.8, 0.6, 0.3], "default": [0, 1, 0, 1]})
_wm_out = lambda: weekly_metrics(reference, _wm_week)
check("weekly_metrics",
      expect(lambda: set(_wm_out()) == {"volume", "missing_rate", "accuracy", "positive_rate"}
             | {f"{kind}_{name}" for kind in ("psi", "ks") for name in FEATURES},
             en="The dict needs exactly volume, missing_rate, psi_ and ks_ for each feature, accuracy and positive_rate.",
             zh="字典应恰好包含 volume、missing_rate、每个特征的 psi_ 和 ks_、accuracy 以及 positive_rate。"),
      expect(lambda: _wm_out()["volume"] == 4 and _wm_out()["missing_rate"] == 0.5,
             en="A 4-row week where two rows miss one input each: volume 4, missing_rate 0.5.",
             zh="一周 4 行、其中两行各缺一个输入：volume 为 4，missing_rate 为 0.5。"),
      expect(lambda: _wm_out()["accuracy"] == 0.5 and _wm_out()["positive_rate"] == 0.5,
             en="Scores 0.1, 0.8, 0.6, 0.3 against outcomes 0, 1, 0, 1: two right (accuracy 0.5), two flagged (positive_rate 0.5).",
             zh="得分 0.1、0.8、0.6、0.3 对应结果 0、1、0、1：两个判对（accuracy 为 0.5），两个被标记（positive_rate 为 0.5）。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("weekly_metrics", weeks={str(int(w)): weekly_metrics(reference, production[production["week"] == w])
                                for w in sorted(production["week"].unique())})
### END HIDDEN TESTS


# %% judge="weekly_metrics"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["weeks"]
    weeks = answer["weeks"]
    return all_of(
        rule(same(sorted(weeks), [str(w) for w in range(1, 7)]),
             en="There should be metrics for each of the six weeks.", zh="六周中每一周都应有指标。"),
        rule(all(same(weeks.get(str(w)), expected[str(w)], abs=1e-4) for w in range(1, 7)),
             en="Some weekly metrics differ from their definitions (check missing values, rounding and the types).",
             zh="部分每周指标与定义不符（请检查缺失值、四舍五入和数据类型）。"))


# %% [markdown] hint="weekly_metrics" lang="en"
# `week[FEATURES].isna().any(axis=1)` is True for each row missing at least one input; its
# `.mean()` is the share. `ks_2samp(a, b).statistic` needs both samples without missing
# values: `.dropna()`. Wrap every result in `int(...)` or `round(float(...), 4)`.

# %% [markdown] hint="weekly_metrics" lang="zh"
# `week[FEATURES].isna().any(axis=1)` 对至少缺一个输入的行为 True，再取 `.mean()` 就是比例。`ks_2samp(a, b).statistic` 要求两组样本都没有缺失值：先 `.dropna()`。每个结果都用 `int(...)` 或
# `round(float(...), 4)` 包起来。

# %% [markdown] lang="en"
# Here are the six weeks side by side with what the team found out. Look for the metric
# that moves in each incident week and stays calm in the others.

# %% [markdown] lang="zh"
# 下面把六周的指标和团队事后查明的问题并排列出。找一找：哪个指标在出问题的那一周变化明显，
# 在其他周又保持平稳。

# %%
try:
    _table = pd.DataFrame({w: weekly_metrics(reference, production[production["week"] == w]) for w in range(1, 7)}).T
    print(_table.round(3).to_string())
except NotImplementedError:
    print("Complete weekly_metrics first. / 请先完成 weekly_metrics。")
print(incidents.to_string(index=False))

# %% [markdown] lang="en"
# ## Task 2 · `fire_alerts`: from a plan to alerts
#
# A monitoring plan is a list of rules; each rule is a dict with at least `metric` (a key
# of `weekly_metrics`), `direction` (`"above"` or `"below"`), `threshold` (a number) and
# `category` (`"drift"`, `"quality"` or `"performance"`). A rule **fires** when the metric
# is strictly above (or strictly below) its threshold. Complete `fire_alerts(plan, metrics)`:
# return the **categories** of the rules that fire, each once, sorted alphabetically.

# %% [markdown] lang="zh"
# ## 任务 2 · `fire_alerts`：从监控方案到告警
#
# 监控方案是一组规则；每条规则是一个字典，至少包含 `metric`（`weekly_metrics` 中的一个键）、`direction`（`"above"` 或 `"below"`）、`threshold`（数值）和 `category`（`"drift"`、`"quality"`
# 或 `"performance"`）。指标严格大于（或严格小于）阈值时，规则**触发**。请补全
# `fire_alerts(plan, metrics)`：返回触发规则的**类别**，每个类别只出现一次，按字母顺序排列。

# %% answer="fire_alerts"
def fire_alerts(plan, metrics):
    """Sorted categories of the plan's rules that fire on one week's metrics.

    返回在某周指标上触发的规则类别（去重并排序）。
    """
    ### BEGIN SOLUTION
    fired = set()
    for r in plan:
        value = metrics[r["metric"]]
        if (r["direction"] == "above" and value > r["threshold"]) or (r["direction"] == "below" and value < r["threshold"]):
            fired.add(r["category"])
    return sorted(fired)
    ### END SOLUTION


# %% tests="fire_alerts" points=2 assesses="L3.3.1"
_fa_plan = [{"metric": "psi_age", "direction": "above", "threshold": 0.25, "category": "drift"},
            {"metric": "psi_income", "direction": "above", "threshold": 0.25, "category": "drift"},
            {"metric": "accuracy", "direction": "below", "threshold": 0.7, "category": "performance"}]
check("fire_alerts",
      expect(lambda: fire_alerts(_fa_plan, {"psi_age": 0.3, "psi_income": 0.4, "accuracy": 0.9}) == ["drift"],
             en="Two drift rules firing give the category once: ['drift'].",
             zh="两条漂移规则同时触发，类别只出现一次：['drift']。"),
      expect(lambda: fire_alerts(_fa_plan, {"psi_age": 0.25, "psi_income": 0.1, "accuracy": 0.69}) == ["performance"],
             en="A metric exactly on its threshold does not fire; accuracy 0.69 is below 0.7: ['performance'].",
             zh="正好等于阈值的指标不触发；accuracy 0.69 低于 0.7：['performance']。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("alert_cases.json", encoding="utf-8") as _fa_file:
    _fa_cases = json.load(_fa_file)
submit("fire_alerts", fired=[[str(c) for c in fire_alerts(case["plan"], case["metrics"])] for case in _fa_cases])
### END HIDDEN TESTS


# %% judge="fire_alerts"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["alert_cases"]
    return all_of(rule(same(answer["fired"], expected),
                       en="On other plans and weeks (some metrics exactly on a threshold), the categories that fire are not right.",
                       zh="在其他方案和其他周上（有些指标正好等于阈值），触发的类别不对。"))


# %% [markdown] hint="fire_alerts" lang="en"
# Collect the categories in a `set` (each once), then return `sorted(...)` of it. Compare
# with `>` and `<`, never `>=`.

# %% [markdown] hint="fire_alerts" lang="zh"
# 把类别收集到一个 `set` 里（自动去重），最后返回 `sorted(...)`。比较时用 `>` 和 `<`，不要用 `>=`。

# %% [markdown] lang="en"
# ## Task 3 · `monitoring_plan`: the plan itself
#
# Write the plan for this model: return a list of rules. Each rule has the four keys of
# Task 2 plus `severity` (`"warning"` or `"critical"`), `owner` (who is told, text) and
# `action` (what they do, at least 15 characters). The plan must:
#
# * cover all three categories, `drift`, `quality` and `performance`, each with at least
#   one rule on a metric of `weekly_metrics`;
# * on the six released weeks, fire exactly the categories of `incidents.csv` (nothing in
#   the quiet weeks), with the performance rule at the business's limit of 0.70.
#
# When graded, your plan is also run on two held-out weeks: it must fire exactly on their
# problems. Thresholds that only just separate the six weeks may not survive; choose
# values you could defend (the usual PSI reading: above 0.25 is a real shift).

# %% [markdown] lang="zh"
# ## 任务 3 · `monitoring_plan`：制定监控方案
#
# 为这个模型写出监控方案：返回一组规则。每条规则除了任务 2 中的四个键，还要有 `severity`
# （`"warning"` 或 `"critical"`）、`owner`（通知谁，文本）和 `action`（对方要做什么，至少 15 个字符）。
# 方案必须：
#
# * 覆盖 `drift`、`quality` 和 `performance` 三个类别，每类至少一条规则，所用指标是 `weekly_metrics` 的键；
# * 在公开的六周数据上，触发的类别与 `incidents.csv` 完全一致（平稳的周不触发任何告警），其中表现
#   规则采用业务约定的 0.70 限值。
#
# 评分时，你的方案还会在两周留出数据上运行，必须恰好在这两周的问题上触发告警。只是勉强把这六周分开
# 的阈值未必经得住考验；请选择你能说出理由的数值（PSI 的常见解读：大于 0.25 为明显偏移）。

# %% answer="monitoring_plan"
def monitoring_plan():
    """The monitoring plan: a list of rules (metric, direction, threshold, category, severity, owner, action).

    监控方案：规则列表（metric、direction、threshold、category、severity、owner、action）。
    """
    ### BEGIN SOLUTION
    return [
        {"metric": f"psi_{name}", "direction": "above", "threshold": 0.25, "category": "drift", "severity": "warning",
         "owner": "AI trainer on duty", "action": f"Compare the {name} distribution with the reference, ask the business "
                                                   "what changed in the applicants, and watch accuracy closely."}
        for name in FEATURES
    ] + [
        {"metric": "missing_rate", "direction": "above", "threshold": 0.05, "category": "quality", "severity": "critical",
         "owner": "data engineering", "action": "Stop automatic decisions on incomplete rows, trace the pipeline fault "
                                               "and backfill the missing inputs."},
        {"metric": "volume", "direction": "below", "threshold": 300, "category": "quality", "severity": "critical",
         "owner": "data engineering", "action": "Check that the intake pipeline is delivering all applications."},
        {"metric": "accuracy", "direction": "below", "threshold": 0.70, "category": "performance", "severity": "critical",
         "owner": "model owner", "action": "Send every application to manual review, analyse the errors and "
                                          "retrain on recent labelled weeks after validation."},
    ]
    ### END SOLUTION


# %% tests="monitoring_plan" points=3 assesses="L3.3.1"
_mp_plan = monitoring_plan()
_mp_keys = {"metric", "direction", "threshold", "category", "severity", "owner", "action"}
check("monitoring_plan",
      expect(lambda: isinstance(_mp_plan, list) and len(_mp_plan) >= 3 and all(_mp_keys <= set(r) for r in _mp_plan),
             en="The plan should be a list of at least 3 rules, each with metric, direction, threshold, category, severity, owner and action.",
             zh="方案应是至少 3 条规则组成的列表，每条都有 metric、direction、threshold、category、severity、owner 和 action。"),
      expect(lambda: {r["category"] for r in _mp_plan} == {"drift", "quality", "performance"},
             en="The plan should cover exactly the categories drift, quality and performance.",
             zh="方案应恰好覆盖 drift、quality 和 performance 三个类别。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("monitoring_plan", plan=json.loads(json.dumps(_mp_plan)))
### END HIDDEN TESTS


# %% judge="monitoring_plan"
import json

import pandas as pd

METRICS = {"volume", "missing_rate", "accuracy", "positive_rate"} | {
    f"{kind}_{name}" for kind in ("psi", "ks") for name in ("income", "age", "utilization")}


def fired(plan, values):
    return sorted({r["category"] for r in plan if (values[r["metric"]] > r["threshold"] if r["direction"] == "above"
                                                   else values[r["metric"]] < r["threshold"])})


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))
    plan = answer["plan"]
    well_formed = isinstance(plan, list) and all(
        isinstance(r, dict) and r.get("metric") in METRICS and r.get("direction") in ("above", "below")
        and type(r.get("threshold")) in (int, float) and r.get("category") in ("drift", "quality", "performance")
        and r.get("severity") in ("warning", "critical") and isinstance(r.get("owner"), str) and r["owner"].strip()
        and isinstance(r.get("action"), str) and len(r["action"].strip()) >= 15 for r in plan)
    if not well_formed:
        return all_of(rule(False, en="Some rules miss a key, use an unknown metric or value, or have an action under 15 characters.",
                           zh="部分规则缺少键、用了未知的指标或取值，或处置动作不足 15 个字符。"))
    incidents = pd.read_csv(gold / "incidents.csv")
    released = {str(w): sorted(incidents.loc[incidents["week"] == w, "category"]) for w in range(1, 7)}
    performance = [r for r in plan if r["category"] == "performance" and r["metric"] == "accuracy"]
    return all_of(
        rule({r["category"] for r in plan} == {"drift", "quality", "performance"},
             en="The plan does not cover all three categories.", zh="方案没有覆盖全部三个类别。"),
        rule(any(r["direction"] == "below" and r["threshold"] == 0.7 for r in performance),
             en="No performance rule fires when accuracy falls below the business's 0.70.",
             zh="没有一条表现规则在准确率低于业务约定的 0.70 时触发。"),
        rule(all(fired(plan, expected["weeks"][w]) == released[w] for w in released),
             en="On the six released weeks, the plan does not fire exactly the categories of incidents.csv.",
             zh="在公开的六周数据上，方案触发的类别与 incidents.csv 不完全一致。"),
        rule(all(fired(plan, expected["weeks"][w]) == cats for w, cats in expected["heldout_incidents"].items()),
             en="On the two held-out weeks, the plan missed a problem or raised a false alarm.",
             zh="在两周留出数据上，方案漏掉了问题或发出了误报。"))


# %% [markdown] hint="monitoring_plan" lang="en"
# Use `fire_alerts(plan, weekly_metrics(reference, week))` on each of the six weeks and
# compare with `incidents.csv`. Which metric jumps in week 3? Which in weeks 5 and 6? And
# why does accuracy alone not tell you about the drift of week 5?

# %% [markdown] hint="monitoring_plan" lang="zh"
# 对六周中的每一周运行 `fire_alerts(plan, weekly_metrics(reference, week))`，再与 `incidents.csv`
# 对照。第 3 周哪个指标突然变大？第 5、6 周呢？为什么只看准确率发现不了第 5 周的漂移？

# %% [markdown] lang="en"
# ## Task 4 · `alert_response` (written, graded by your instructor)
#
# In week 6 your plan fires both `drift` and `performance`. In 5–8 sentences (English or
# Chinese) write what happens next: (a) who is told, how fast, and what the model does in
# the meantime; (b) how you tell a change in the applicants from a broken pipeline;
# (c) when, and on which data, the model is retrained, and how the new version is checked
# before it replaces the old one; (d) why the performance metric alone is not enough to
# monitor this model.

# %% [markdown] lang="zh"
# ## 任务 4 · `alert_response`（书面作答，由老师评分）
#
# 第 6 周，你的方案同时触发了 `drift` 和 `performance` 告警。请用 5–8 句话（中英文均可）写出接下来
# 怎么办：(a) 通知谁、多快通知，这期间模型怎么处理；(b) 如何区分申请人群体发生了变化和数据管道
# 出了故障；(c) 何时、用哪些数据重新训练模型，新版本替换旧版本前如何验证；(d) 为什么只监控模型表现
# 指标是不够的。

# %% [markdown] manual="alert_response" points=2 assesses="L3.3.1"
# **Model answer.** The performance alert is critical: the model owner is told the same
# day, and until it is resolved every application the model would approve automatically
# goes to manual review (the model keeps scoring, but its decisions are not used alone).
# The drift is in `utilization` only, while volume and missing values are normal and the
# values are plausible (0–1): that points to a real change in the applicants (for example
# a new marketing channel), not to a pipeline fault, which would show as missing values,
# a unit change or a volume drop; the business confirms it. Retrain on recent, labelled
# weeks (5–6 and onward, with the reference), validate on a later held-out week against
# the 0.70 agreement and against the old model, run the new version in shadow mode for a
# week, then switch with a record of the version and a rollback plan. Accuracy needs the
# outcomes, which arrive weeks later; drift and data-quality metrics need only the inputs,
# so they warn earlier (week 5 drifted before accuracy broke the limit).
#
# **Rubric (2 points).** 0.5 each: (a) named owner, timing and a safe interim mode
# (manual review / fallback); (b) uses quality metrics and plausibility to separate a
# population change from a pipeline fault; (c) retraining on recent labelled data with
# validation before release (held-out week, comparison, shadow or staged roll-out);
# (d) labels arrive late, so drift/quality metrics give early warning.

# %% [markdown] lang="en"
# ## What you did
#
# You computed drift, data-quality and performance metrics week by week, turned a plan of
# thresholds into alerts, designed a plan that fires on real problems and stays quiet
# otherwise, tested it on weeks it had never seen, and wrote the response to an alert.

# %% [markdown] lang="zh"
# ## 小结
#
# 你逐周计算了漂移、数据质量和模型表现指标，把带阈值的方案变成告警，设计了一份在真正出问题时
# 触发、平时保持安静的监控方案，并在它没见过的周上做了检验，还写出了告警触发后的处置流程。
