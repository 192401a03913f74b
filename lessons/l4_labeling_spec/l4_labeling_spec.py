# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l4_labeling_spec
#     level: 4
#     title: {en: Defining classes and writing a labeling spec, zh: 数据归类和定义}
#     datasets: [bp_pilot/pilot_labels.csv]
# ---

# %% [markdown] lang="en"
# # Defining classes and writing a labeling spec
#
# A hospital group wants a model that reads blood-pressure measurements from visit notes
# and sorts them into the adult categories of the 2017 ACC/AHA guideline, so that doctors
# see at a glance who needs a follow-up. You are the AI trainer who defines the classes and
# writes the **labeling spec** (标注规范): the document every annotator follows, and
# against which every label is later checked. (This is a labeling exercise, not medical
# advice.)
#
# A first, short spec (v1) was tried in a pilot round with three annotators:
#
# > **v1.** Normal: below 120/80. Elevated: 120–129. Stage 1: 130–139 or 80–89.
# > Stage 2: 140 or more, or 90 or more. Crisis: above 180 and/or above 120.
#
# It looks clear. The pilot shows it is not. In this lesson you find where it is
# ambiguous, turn it into explicit **decision rules**, write them as code that labels any
# reading, write the spec itself as a structured document with its hard cases, and use
# the rules to check another annotator's labels. This is the Level 4 work content
# 数据归类和定义 (defining classes and label schemas) of the national AI Trainer standard.
#
# **How this lesson works.** Complete each function, run it, then run the check cell below
# it for quick feedback. Grading runs your functions on readings you have not seen.
# Stuck? Run `hint("task_id")`, e.g. `hint("confused_pairs")`; run it again for the next hint.

# %% [markdown] lang="zh"
# # 数据归类和定义
#
# 一家医院集团想做一个模型：从就诊记录里读出血压测量值，按 2017 年 ACC/AHA 指南的成人血压分类
# 归类，让医生一眼看出哪些人需要复诊。你是负责定义类别、编写**标注规范**的人工智能训练师——
# 标注规范是每位标注员都要遵循的文件，之后每个标签也都要对照它来检查。（这是一个标注练习，不构成
# 医疗建议。）
#
# 一份简短的第一版规范（v1）已经在三位标注员的试标中用过：
#
# > **v1.** 正常：低于 120/80。血压升高：120–129。1 级高血压：130–139 或 80–89。
# > 2 级高血压：140 及以上，或 90 及以上。高血压危象：高于 180 和/或高于 120。
#
# 它看起来很清楚，试标结果却说明并非如此。在本课中，你将找出它含糊的地方，把它改写成明确的
# **判定规则**，用代码实现这些规则来给任意读数打标签，把规范本身写成带有疑难案例的结构化文档，
# 并用这些规则检查另一位标注员的标签。这就是国家人工智能训练师职业标准四级的工作内容“数据归类
# 和定义”。
#
# **本课怎么学。** 补全每个函数并运行，再运行它下面的检查单元格获得即时反馈。评分时会用你没见过的
# 读数来运行你的函数。卡住了？运行 `hint("任务编号")`，例如 `hint("confused_pairs")`；再运行一次
# 可以看下一条提示。

# %%
import math
from itertools import combinations

import pandas as pd
from course import check, expect, hint

CLASSES = ["normal", "elevated", "stage1", "stage2", "crisis"]
pilot = pd.read_csv("pilot_labels.csv")
pilot.head(10)

# %% [markdown] lang="en"
# Each row is one reading (`systolic`/`diastolic` in mmHg) and the class each annotator
# gave it under v1. Already in the first rows they disagree: is 139/60 `stage1` or
# `normal`? Is 126/89 `elevated` or `stage1`?

# %% [markdown] lang="zh"
# 每一行是一次读数（收缩压 `systolic`/舒张压 `diastolic`，单位 mmHg），以及每位标注员按 v1 给出的
# 类别。前几行里他们就有分歧了：139/60 是 `stage1` 还是 `normal`？126/89 是 `elevated` 还是
# `stage1`？

# %%
all_agree = (pilot["ann_1"] == pilot["ann_2"]) & (pilot["ann_2"] == pilot["ann_3"])
print(f"all three agree on {all_agree.mean():.0%} of {len(pilot)} readings")

# %% [markdown] lang="en"
# ## Task 1 · `confused_pairs`: which classes get mixed up?
#
# Disagreement is not spread evenly: it piles up at the borders the spec leaves unclear.
# To find those borders, count for every **pair of classes** how many items had one
# annotator choosing one class of the pair and another annotator the other.
#
# Complete `confused_pairs(df, raters)`: for every row, take the set of distinct labels in
# the `raters` columns; for every pair of distinct labels in that set, add 1 to the pair's
# count. Return a dict whose keys are the two class names **in alphabetical order joined by
# `|`** (e.g. `"elevated|normal"`) and whose values are the counts (ints). Pairs that never
# occur are left out.

# %% [markdown] lang="zh"
# ## 任务 1 · `confused_pairs`：哪些类别容易混淆？
#
# 分歧不是平均分布的：它们集中在规范没说清楚的边界上。为了找出这些边界，对每一**对类别**统计：有
# 多少个条目出现了一位标注员选其中一类、另一位标注员选另一类的情况。
#
# 请补全 `confused_pairs(df, raters)`：对每一行，取 `raters` 各列中不同标签的集合；对集合中每一对
# 不同的标签，给这一对的计数加 1。返回一个字典：键是两个类别名**按字母顺序排列、用 `|` 连接**
# （例如 `"elevated|normal"`），值是计数（整数）。从未出现的类别对不要放进字典。

# %% answer="confused_pairs"
def confused_pairs(df, raters):
    """Return {"classA|classB": number of rows where raters chose both A and B}, names in alphabetical order.

    返回 {"类别A|类别B": 标注员同时选了 A 和 B 的行数}，类别名按字母顺序排列。
    """
    ### BEGIN SOLUTION
    counts = {}
    for labels in df[raters].itertuples(index=False):
        for first, second in combinations(sorted(set(labels)), 2):
            key = f"{first}|{second}"
            counts[key] = counts.get(key, 0) + 1
    return counts
    ### END SOLUTION


# %% tests="confused_pairs" points=2 assesses="L4.2.1,L4.2.2"
_cp_df = pd.DataFrame({"a": ["normal", "stage1", "stage2", "normal"],
                       "b": ["elevated", "stage2", "stage2", "normal"],
                       "c": ["normal", "stage1", "crisis", "normal"]})
check("confused_pairs",
      expect(lambda: confused_pairs(_cp_df, ["a", "b"]) == {"elevated|normal": 1, "stage1|stage2": 1},
             en="With annotators a and b: row 1 mixes elevated and normal, row 2 stage1 and stage2, the rest agree.",
             zh="只看标注员 a 和 b：第 1 行混淆了 elevated 和 normal，第 2 行混淆了 stage1 和 stage2，其余一致。"),
      expect(lambda: confused_pairs(_cp_df, ["a", "b", "c"]).get("crisis|stage2") == 1
             and "normal|normal" not in confused_pairs(_cp_df, ["a", "b", "c"]),
             en="Count each pair of DIFFERENT labels once per row, with the names in alphabetical order ('crisis|stage2', not 'stage2|crisis').",
             zh="每一行中每对“不同”的标签只计一次，类别名按字母顺序排列（是 'crisis|stage2'，不是 'stage2|crisis'）。"))
### BEGIN HIDDEN TESTS
from course import submit
_cp_pilot = pd.read_csv("pilot_labels.csv")
_cp_more = pd.DataFrame({"x": ["crisis", "normal", "stage1"], "y": ["normal", "stage2", "stage1"],
                         "z": ["stage1", "elevated", "stage1"], "w": ["crisis", "normal", "elevated"]})
submit("confused_pairs", pilot=confused_pairs(_cp_pilot, ["ann_1", "ann_2", "ann_3"]),
       pilot_13=confused_pairs(_cp_pilot, ["ann_1", "ann_3"]), more=confused_pairs(_cp_more, ["x", "y", "z", "w"]))
### END HIDDEN TESTS


# %% judge_helpers
import numpy as np
import pandas as pd

SPEC_CLASSES = ["normal", "elevated", "stage1", "stage2", "crisis"]


def band_of_s(s):
    return 4 if s > 180 else 3 if s >= 140 else 2 if s >= 130 else 1 if s >= 120 else 0


def band_of_d(d):
    return 4 if d > 120 else 3 if d >= 90 else 2 if d >= 80 else 0


def spec_class(s, d):
    """The class spec v2 gives a reading: the higher of its two numbers' classes."""
    return SPEC_CLASSES[max(band_of_s(s), band_of_d(d))]


# %% judge="confused_pairs"
from collections import Counter
from itertools import combinations


def pairs(df, raters):
    counts = Counter()
    for labels in df[raters].itertuples(index=False):
        counts.update(f"{a}|{b}" for a, b in combinations(sorted(set(labels)), 2))
    return dict(counts)


def judge(answer, gold):
    pilot = pd.read_csv(gold / "pilot_labels.csv")
    more = pd.DataFrame({"x": ["crisis", "normal", "stage1"], "y": ["normal", "stage2", "stage1"],
                         "z": ["stage1", "elevated", "stage1"], "w": ["crisis", "normal", "elevated"]})
    return all_of(
        rule(same(answer["pilot"], pairs(pilot, ["ann_1", "ann_2", "ann_3"])) and
             same(answer["pilot_13"], pairs(pilot, ["ann_1", "ann_3"])),
             en="On the pilot labels, some pair counts are wrong.",
             zh="在试标数据上，部分类别对的计数不对。"),
        rule(same(answer["more"], pairs(more, ["x", "y", "z", "w"])),
             en="With four annotators and three different labels on one row, some pair counts are wrong: a row with three labels gives three pairs.",
             zh="有四位标注员、一行出现三个不同标签时，部分计数不对：一行有三个不同标签就有三个类别对。"))


# %% [markdown] hint="confused_pairs" lang="en"
# `itertools.combinations(sorted_labels, 2)` gives every pair of a sorted collection once,
# already in alphabetical order. Build the set of a row's labels first, so that two
# annotators who agree do not form a pair.

# %% [markdown] hint="confused_pairs" lang="zh"
# `itertools.combinations(排好序的标签, 2)` 会把排好序的集合中的每一对恰好给出一次，而且已经按字母
# 顺序排列。先求出一行标签的集合，这样两位意见一致的标注员就不会组成一对。

# %% [markdown] lang="en"
# Which borders does the pilot find?

# %% [markdown] lang="zh"
# 试标数据暴露了哪些边界问题？

# %%
try:
    print(sorted(confused_pairs(pilot, ["ann_1", "ann_2", "ann_3"]).items(), key=lambda kv: -kv[1])[:5])
except Exception as error:  # task 1 is not done yet
    print("Finish task 1 first:", type(error).__name__)

# %% [markdown] lang="en"
# `stage1|stage2` and `elevated|normal` lead. Looking at those rows shows three readings of
# v1, each defensible:
#
# * **two numbers, two categories.** 139/60: the systolic says `stage1`, the diastolic says
#   `normal`. v1 never says which number wins. (The guideline: the *higher* category wins.)
# * **borders.** Is 130 "130–139" or still "elevated"? Is 140 "140 or more"? People read
#   "above", "from" and "to" differently. Rules must say `>=` or `>` for every border.
# * **gaps.** v1's "Elevated: 120–129" says nothing about the diastolic. What is 125/85?
#
# Good decision rules are **ordered** (check the most severe class first, the first rule
# that holds decides), **exhaustive** (every possible reading gets exactly one class) and
# state every border with `>=`, `>` or `<`.

# %% [markdown] lang="zh"
# 排在前面的是 `stage1|stage2` 和 `elevated|normal`。查看这些行会发现对 v1 的三种理解，每一种都说得
# 过去：
#
# * **两个数字，两个类别。** 139/60：收缩压说 `stage1`，舒张压说 `normal`。v1 没有说哪个数字说了
#   算。（指南的规定是：取*较高*的类别。）
# * **边界。** 130 属于“130–139”还是仍然属于“血压升高”？140 算不算“140 及以上”？人们对“高于”
#   “从”“到”的理解各不相同。规则必须为每条边界写清是 `>=` 还是 `>`。
# * **空白。** v1 的“血压升高：120–129”对舒张压只字未提。125/85 算什么？
#
# 好的判定规则是**有序的**（先检查最严重的类别，第一条成立的规则决定结果）、**无遗漏的**（每个可能
# 的读数都恰好得到一个类别），并且每条边界都用 `>=`、`>` 或 `<` 写明。

# %% [markdown] lang="en"
# ## Task 2 · `reading_problem`: what cannot be labeled
#
# A spec also says what to do with items that **cannot** be labeled, instead of leaving
# each annotator to guess. Real notes contain blanks, typos (1400 for 140) and readings
# typed the wrong way round (80/120). Spec v2 gives these the class `invalid`, with a
# reason. Complete `reading_problem(systolic, diastolic)`; check these rules **in this
# order** and return the first that holds:
#
# 1. `"missing"`: either value is `None` or NaN;
# 2. `"implausible"`: systolic outside 60–260 or diastolic outside 30–160 (both borders
#    allowed);
# 3. `"swapped"`: the diastolic is **not lower** than the systolic;
# 4. otherwise the reading is fine: return `None`.

# %% [markdown] lang="zh"
# ## 任务 2 · `reading_problem`：无法标注的情况
#
# 规范还要说明**无法**标注的条目怎么处理，而不是让每位标注员自己猜。真实的记录里有空白、笔误
# （把 140 写成 1400），还有前后写反的读数（80/120）。v2 规范把它们归为 `invalid` 类，并注明原因。
# 请补全 `reading_problem(systolic, diastolic)`：**按下面的顺序**检查这些规则，返回第一条成立的：
#
# 1. `"missing"`：任一数值是 `None` 或 NaN；
# 2. `"implausible"`：收缩压不在 60–260 之间，或舒张压不在 30–160 之间（边界值都算在范围内）；
# 3. `"swapped"`：舒张压**不低于**收缩压；
# 4. 否则读数没有问题：返回 `None`。

# %% answer="reading_problem"
def reading_problem(systolic, diastolic):
    """Return "missing", "implausible" or "swapped" for a reading that cannot be labeled, else None.

    读数无法标注时返回 "missing"、"implausible" 或 "swapped"，否则返回 None。
    """
    ### BEGIN SOLUTION
    if any(value is None or (isinstance(value, float) and math.isnan(value)) for value in (systolic, diastolic)):
        return "missing"
    if not (60 <= systolic <= 260 and 30 <= diastolic <= 160):
        return "implausible"
    if diastolic >= systolic:
        return "swapped"
    return None
    ### END SOLUTION


# %% tests="reading_problem" points=1 assesses="L4.2.1"
check("reading_problem",
      expect(lambda: reading_problem(128, 82) is None,
             en="128/82 is an ordinary reading: return None.",
             zh="128/82 是普通读数：应返回 None。"),
      expect(lambda: reading_problem(None, 80) == "missing" and reading_problem(120, float("nan")) == "missing",
             en="A blank (None) or NaN value is 'missing'.",
             zh="空值（None）或 NaN 属于 'missing'。"),
      expect(lambda: reading_problem(1400, 90) == "implausible",
             en="1400/90 is a typo: 'implausible'.",
             zh="1400/90 是笔误：应为 'implausible'。"),
      expect(lambda: reading_problem(80, 120) == "swapped",
             en="80/120: the diastolic is higher than the systolic, so the numbers were typed the wrong way round: 'swapped'.",
             zh="80/120：舒张压高于收缩压，说明两个数字写反了：应为 'swapped'。"))
### BEGIN HIDDEN TESTS
from course import submit
_rp_cases = [(60, 30), (260, 160), (59, 40), (120, 29), (261, 100), (150, 161), (90, 90), (100, 99),
             (float("nan"), 2000), (None, None), (120, None), (45, 120), (140, 140.0), (118.5, 76.5)]
submit("reading_problem", results=[reading_problem(_s, _d) for _s, _d in _rp_cases])
### END HIDDEN TESTS


# %% judge="reading_problem"
EXPECTED = [None, None, "implausible", "implausible", "implausible", "implausible", "swapped", None,
            "missing", "missing", "missing", "implausible", "swapped", None]


def judge(answer, gold):
    results = answer["results"]
    return all_of(
        rule(same(results[:6], EXPECTED[:6]),
             en="At the borders of the plausible ranges some answers are wrong: 60 and 260, 30 and 160 are still plausible.",
             zh="在合理范围的边界上有答案不对：60 和 260、30 和 160 仍在合理范围内。"),
        rule(same(results[6:8], EXPECTED[6:8]),
             en="A diastolic equal to the systolic is 'swapped' too (not lower); one just below is fine.",
             zh="舒张压等于收缩压也属于 'swapped'（不低于）；略低一点则没有问题。"),
        rule(same(results[8:], EXPECTED[8:]),
             en="The order of the rules or the test for missing values is wrong: 'missing' is checked first, then 'implausible', then 'swapped'; values may be floats.",
             zh="规则的顺序或缺失值的判断不对：先查 'missing'，再查 'implausible'，最后查 'swapped'；数值可能是浮点数。"))


# %% [markdown] hint="reading_problem" lang="en"
# `math.isnan` tells you whether a float is NaN, but raises for `None`: test for `None`
# first. Python can test a range in one go: `low <= x <= high`.

# %% [markdown] hint="reading_problem" lang="zh"
# `math.isnan` 可以判断一个浮点数是不是 NaN，但遇到 `None` 会报错：先判断 `None`。Python 可以
# 一次写出范围判断：`low <= x <= high`。

# %% [markdown] lang="en"
# ## Task 3 · `bp_class`: the decision rules as code
#
# Here are the decision rules of spec v2 for a valid reading (systolic `s`, diastolic
# `d`). Check them **in this order**; the first that holds decides:
#
# | # | rule | class |
# |---|---|---|
# | 1 | `s > 180` or `d > 120` | `crisis` |
# | 2 | `s >= 140` or `d >= 90` | `stage2` |
# | 3 | `s >= 130` or `d >= 80` | `stage1` |
# | 4 | `s >= 120` (and, since rule 3 did not hold, `d < 80`) | `elevated` |
# | 5 | everything else | `normal` |
#
# The order does the work that v1 left to each annotator's taste: the most severe class is
# tried first, so when the two numbers fall into different categories, the **higher**
# category wins. Complete `bp_class(systolic, diastolic)` returning the class name.
# Grading runs it on several hundred readings you have not seen, many of them exactly on
# a border.

# %% [markdown] lang="zh"
# ## 任务 3 · `bp_class`：用代码实现判定规则
#
# 下面是 v2 规范对有效读数（收缩压 `s`、舒张压 `d`）的判定规则。**按顺序**检查，第一条成立的规则
# 决定类别：
#
# | 序号 | 规则 | 类别 |
# |---|---|---|
# | 1 | `s > 180` 或 `d > 120` | `crisis` |
# | 2 | `s >= 140` 或 `d >= 90` | `stage2` |
# | 3 | `s >= 130` 或 `d >= 80` | `stage1` |
# | 4 | `s >= 120`（由于规则 3 不成立，此时 `d < 80`） | `elevated` |
# | 5 | 其余所有情况 | `normal` |
#
# 顺序完成了 v1 交给标注员各自判断的事：先尝试最严重的类别，所以当两个数字落在不同类别时，**较高**
# 的类别胜出。请补全 `bp_class(systolic, diastolic)`，返回类别名。评分时会用几百个你没见过的读数
# 运行它，其中很多正好落在边界上。

# %% answer="bp_class"
def bp_class(systolic, diastolic):
    """Return the spec-v2 class ("normal", "elevated", "stage1", "stage2" or "crisis") of a valid reading.

    返回一个有效读数按 v2 规范的类别（"normal"、"elevated"、"stage1"、"stage2" 或 "crisis"）。
    """
    ### BEGIN SOLUTION
    if systolic > 180 or diastolic > 120:
        return "crisis"
    if systolic >= 140 or diastolic >= 90:
        return "stage2"
    if systolic >= 130 or diastolic >= 80:
        return "stage1"
    if systolic >= 120:
        return "elevated"
    return "normal"
    ### END SOLUTION


# %% tests="bp_class" points=3 assesses="L4.2.1"
check("bp_class",
      expect(lambda: [bp_class(115, 75), bp_class(125, 75), bp_class(135, 75), bp_class(150, 75),
                      bp_class(190, 75)] == CLASSES,
             en="Readings well inside each band (115/75, 125/75, 135/75, 150/75, 190/75) get the five classes in order.",
             zh="明显落在各区间内部的读数（115/75、125/75、135/75、150/75、190/75）应依次得到五个类别。"),
      expect(lambda: bp_class(139, 60) == "stage1" and bp_class(126, 89) == "stage1",
             en="When the two numbers fall into different categories, the higher category wins (139/60 and 126/89 are stage1).",
             zh="两个数字落在不同类别时，取较高的类别（139/60 和 126/89 都是 stage1）。"))
### BEGIN HIDDEN TESTS
import numpy as _bc_np
from course import submit
_bc_rng = _bc_np.random.default_rng(4242)
_bc_s = _bc_rng.choice(_bc_np.r_[90:200, [119, 120, 129, 130, 139, 140, 180, 181] * 10], 400)
_bc_d = _bc_rng.choice(_bc_np.r_[50:130, [79, 80, 89, 90, 120, 121] * 10], 400)
submit("bp_class", labels=[bp_class(int(_s), int(_d)) for _s, _d in zip(_bc_s, _bc_d)])
### END HIDDEN TESTS


# %% judge="bp_class"
def judge(answer, gold):
    rng = np.random.default_rng(4242)
    systolic = rng.choice(np.r_[90:200, [119, 120, 129, 130, 139, 140, 180, 181] * 10], 400)
    diastolic = rng.choice(np.r_[50:130, [79, 80, 89, 90, 120, 121] * 10], 400)
    expected = [spec_class(int(s), int(d)) for s, d in zip(systolic, diastolic)]
    labels = answer["labels"]
    if not (isinstance(labels, list) and len(labels) == len(expected)):
        return all_of(rule(False, en="bp_class should return one class name per reading.",
                           zh="bp_class 应为每个读数返回一个类别名。"))
    accuracy = sum(a == b for a, b in zip(labels, expected)) / len(expected)
    return band(accuracy, [(1.0, 1.0), (0.95, 0.5)],
                en="Your rules give the spec's class for {value:.1%} of new readings (full points at 100 %, half from 95 %: check every border).",
                zh="你的规则对新读数给出规范类别的比例为 {value:.1%}（100% 得满分，95% 及以上得一半：请检查每一条边界）。")


# %% [markdown] hint="bp_class" lang="en"
# Write one `if` per row of the table, in the table's order, each with its own `return`,
# and a final `return` for row 5. Copy each comparison sign exactly: `>` and `>=` differ
# only on the border, and the border is where grading looks hardest.

# %% [markdown] hint="bp_class" lang="zh"
# 表格每一行写一个 `if`，按表格顺序排列，每个都有自己的 `return`，最后用一个 `return` 对应第 5
# 行。比较符号要照抄：`>` 和 `>=` 只在边界上不同，而评分恰恰最关注边界。

# %% [markdown] lang="en"
# How would each pilot annotator have scored against the new rules?

# %% [markdown] lang="zh"
# 按新规则衡量，试标中的每位标注员会得多少分？

# %%
try:
    by_rules = [bp_class(s, d) for s, d in zip(pilot["systolic"], pilot["diastolic"])]
    for annotator in ["ann_1", "ann_2", "ann_3"]:
        print(annotator, f"{(pilot[annotator] == by_rules).mean():.0%} match spec v2")
except Exception as error:  # task 3 is not done yet
    print("Finish task 3 first:", type(error).__name__)

# %% [markdown] lang="en"
# `ann_1` read only the first number, `ann_2` was one class low exactly on the borders, and
# `ann_3` took the *lower* category when the numbers disagreed. None of them was careless;
# v1 allowed all three readings. That is why the fix is a better spec, not a warning to
# the annotators.
#
# ## Task 4 · `write_spec`: the spec as a document
#
# Annotators do not read Python. The spec they read is a document, and in labeling tools it
# is often kept as structured data (JSON/YAML) so that it can be versioned and shown beside
# each item. Complete `write_spec()` so that it returns a dict with these parts:
#
# * `"task"`: one sentence on what is labeled and why (text);
# * `"version"`: e.g. `"v2"` (text);
# * `"classes"`: a dict with one entry for each of the six classes `normal`, `elevated`,
#   `stage1`, `stage2`, `crisis` and `invalid`; each entry is a dict with a `"definition"`
#   (text, at least 20 characters) and an `"example"` reading `[systolic, diastolic]`
#   (two ints) that really belongs to that class under the rules above (for `invalid`: a
#   reading that `reading_problem` rejects);
# * `"decision_rules"`: the ordered rules annotators apply, as a list of at least 5 texts;
# * `"hard_cases"`: at least 3 worked examples, each a dict `{"reading": [s, d], "label":
#   class, "why": text}`, with the right label under the rules. At least 2 of them must be
#   truly hard: a number exactly on a border (120, 130, 140, 180 or 181 systolic; 80, 90,
#   120 or 121 diastolic), or two numbers that fall into different categories;
# * `"when_unsure"`: what an annotator does when no rule fits (text).
#
# The structure and the consistency of your examples are checked automatically; the wording
# of your definitions is what Task 6 asks your instructor to judge.

# %% [markdown] lang="zh"
# `ann_1` 只看了第一个数字，`ann_2` 正好在边界上低判一级，`ann_3` 在两个数字不一致时取了*较低*的
# 类别。他们都不是粗心，v1 允许这三种理解。所以要修正的是规范，而不是去警告标注员。
#
# ## 任务 4 · `write_spec`：把规范写成文档
#
# 标注员不读 Python。他们读的规范是一份文档；在标注工具里，规范常常保存为结构化数据（JSON/YAML），
# 便于做版本管理，也便于显示在每个条目旁边。请补全 `write_spec()`，返回一个包含以下部分的字典：
#
# * `"task"`：用一句话说明标注什么、为什么标注（文本）；
# * `"version"`：例如 `"v2"`（文本）；
# * `"classes"`：一个字典，六个类别 `normal`、`elevated`、`stage1`、`stage2`、`crisis` 和
#   `invalid` 各占一项；每项是一个字典，包含 `"definition"`（定义，文本，至少 20 个字符）和
#   `"example"`（示例读数 `[收缩压, 舒张压]`，两个整数），示例按上面的规则必须确实属于该类别
#   （`invalid` 的示例应是 `reading_problem` 拒绝的读数）；
# * `"decision_rules"`：标注员依次使用的判定规则，至少 5 条文本组成的列表；
# * `"hard_cases"`：至少 3 个实例，每个是字典 `{"reading": [s, d], "label": 类别, "why": 文本}`，
#   标签按规则必须正确。其中至少 2 个必须真正有难度：某个数字正好在边界上（收缩压 120、130、140、
#   180 或 181；舒张压 80、90、120 或 121），或者两个数字落在不同的类别中；
# * `"when_unsure"`：没有规则适用时标注员该怎么做（文本）。
#
# 结构和示例的一致性会自动检查；定义写得好不好，由任务 6 请老师评判。

# %% answer="write_spec"
def write_spec():
    """Return labeling spec v2 as a dict: task, version, classes, decision_rules, hard_cases, when_unsure.

    以字典形式返回 v2 标注规范：task、version、classes、decision_rules、hard_cases、when_unsure。
    """
    ### BEGIN SOLUTION
    return {
        "task": "Label each adult blood-pressure reading from a visit note with its 2017 ACC/AHA category, "
                "so doctors can see who needs a follow-up.",
        "version": "v2",
        "classes": {
            "normal": {"definition": "Systolic below 120 and diastolic below 80.", "example": [112, 72]},
            "elevated": {"definition": "Systolic 120 to 129 and diastolic below 80.", "example": [124, 76]},
            "stage1": {"definition": "Systolic 130 to 139 or diastolic 80 to 89, and not higher.",
                       "example": [134, 84]},
            "stage2": {"definition": "Systolic 140 or more or diastolic 90 or more, and not a crisis.",
                       "example": [152, 94]},
            "crisis": {"definition": "Systolic above 180 or diastolic above 120 (181/..., .../121).",
                       "example": [186, 110]},
            "invalid": {"definition": "A value is missing, implausible (typo) or the two are swapped.",
                        "example": [80, 120]},
        },
        "decision_rules": [
            "0. If the reading is missing, implausible or swapped, label it invalid and stop.",
            "1. If systolic > 180 or diastolic > 120: crisis.",
            "2. Else if systolic >= 140 or diastolic >= 90: stage2.",
            "3. Else if systolic >= 130 or diastolic >= 80: stage1.",
            "4. Else if systolic >= 120: elevated.",
            "5. Else: normal. When the two numbers point to different classes, the higher one wins.",
        ],
        "hard_cases": [
            {"reading": [139, 60], "label": "stage1", "why": "Different categories: the higher one (systolic) wins."},
            {"reading": [126, 89], "label": "stage1", "why": "Elevated systolic but stage 1 diastolic: higher wins."},
            {"reading": [140, 79], "label": "stage2", "why": "140 is the first value of stage 2 (>= 140)."},
            {"reading": [180, 120], "label": "stage2", "why": "Crisis starts above 180 and above 120."},
        ],
        "when_unsure": "Do not guess: skip the item, add a comment quoting the note, and ask the spec owner; "
                       "new cases are added to the hard cases in the next version.",
    }
    ### END SOLUTION


# %% tests="write_spec" points=2 assesses="L4.2.1"
_ws_spec = write_spec()
check("write_spec",
      expect(lambda: isinstance(_ws_spec, dict) and {"task", "version", "classes", "decision_rules", "hard_cases",
                                                     "when_unsure"} <= set(_ws_spec),
             en="The spec needs the parts task, version, classes, decision_rules, hard_cases and when_unsure.",
             zh="规范需要包含 task、version、classes、decision_rules、hard_cases 和 when_unsure 这几部分。"),
      expect(lambda: set(_ws_spec["classes"]) == set(CLASSES) | {"invalid"},
             en="'classes' should have exactly the six classes normal, elevated, stage1, stage2, crisis and invalid.",
             zh="'classes' 应恰好包含 normal、elevated、stage1、stage2、crisis 和 invalid 六个类别。"),
      expect(lambda: all({"definition", "example"} <= set(entry) for entry in _ws_spec["classes"].values()),
             en="Each class needs a 'definition' and an 'example'.",
             zh="每个类别都需要 'definition'（定义）和 'example'（示例）。"))
### BEGIN HIDDEN TESTS
import json as _ws_json
from course import submit
submit("write_spec", spec=_ws_json.loads(_ws_json.dumps(_ws_spec)))
### END HIDDEN TESTS


# %% judge="write_spec"
import math

BORDER_S, BORDER_D = {120, 130, 140, 180, 181}, {80, 90, 120, 121}


def reference(s, d):
    if not (60 <= s <= 260 and 30 <= d <= 160) or d >= s:
        return "invalid"
    return spec_class(s, d)


def is_reading(value):
    return isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)


def is_text(value, least=1):
    return isinstance(value, str) and len(value.strip()) >= least


def judge(answer, gold):
    spec = answer["spec"]
    if not isinstance(spec, dict):
        return all_of(rule(False, en="write_spec should return a dict.", zh="write_spec 应返回字典。"))
    classes = spec.get("classes") if isinstance(spec.get("classes"), dict) else {}
    entries = [entry if isinstance(entry, dict) else {} for entry in classes.values()]
    rules = spec.get("decision_rules")
    cases = spec.get("hard_cases") if isinstance(spec.get("hard_cases"), list) else []
    cases_ok = [isinstance(c, dict) and is_reading(c.get("reading")) and is_text(c.get("why")) for c in cases]
    hard = [c for c, ok in zip(cases, cases_ok) if ok
            and (c["reading"][0] in BORDER_S or c["reading"][1] in BORDER_D
                 or band_of_s(c["reading"][0]) != band_of_d(c["reading"][1]))]
    return all_of(
        rule(is_text(spec.get("task"), 10) and is_text(spec.get("version")) and is_text(spec.get("when_unsure"), 10),
             en="'task', 'version' and 'when_unsure' should be filled-in texts.",
             zh="'task'、'version' 和 'when_unsure' 应是填写了内容的文本。"),
        rule(set(classes) == {"normal", "elevated", "stage1", "stage2", "crisis", "invalid"}
             and all(is_text(e.get("definition"), 20) for e in entries),
             en="Each of the six classes needs a definition of at least 20 characters.",
             zh="六个类别各需要一条至少 20 个字符的定义。"),
        rule(all(is_reading(e.get("example")) for e in entries)
             and all(reference(*e["example"]) == name for name, e in classes.items()),
             en="Some class examples do not belong to their class under the decision rules (or are not two ints).",
             zh="部分类别的示例按判定规则并不属于该类别（或不是两个整数）。"),
        rule(isinstance(rules, list) and len(rules) >= 5 and all(is_text(r, 5) for r in rules),
             en="'decision_rules' should be a list of at least 5 rules written as text.",
             zh="'decision_rules' 应是至少 5 条文字规则组成的列表。"),
        rule(len(cases) >= 3 and all(cases_ok) and all(reference(*c["reading"]) == c.get("label") for c in cases),
             en="'hard_cases' needs at least 3 examples with a reading, a reason and the label the rules give.",
             zh="'hard_cases' 至少需要 3 个实例，每个都有读数、理由，以及按规则得到的标签。"),
        rule(len(hard) >= 2,
             en="At least 2 hard cases should be truly hard: a number exactly on a border, or two numbers in different categories.",
             zh="至少 2 个疑难案例应真正有难度：有数字正好在边界上，或两个数字落在不同类别中。"))


# %% [markdown] hint="write_spec" lang="en"
# Start from the tables in Tasks 2 and 3: each row becomes a decision rule in words. For
# each class example, run your reading through `bp_class` (or `reading_problem` for
# `invalid`) to make sure it lands where you say.

# %% [markdown] hint="write_spec" lang="zh"
# 从任务 2 和任务 3 的表格出发：每一行都可以写成一条文字判定规则。每个类别的示例，都用 `bp_class`
# （`invalid` 则用 `reading_problem`）跑一遍，确认它真的落在你说的类别里。

# %% [markdown] hint="write_spec" lang="en"
# The pilot is full of hard cases: look at the rows where the annotators disagreed. A hard
# case is most useful when its `why` names the rule that decides it.

# %% [markdown] hint="write_spec" lang="zh"
# 试标数据里到处是疑难案例：看看标注员有分歧的那些行。疑难案例的 `why` 写明是哪条规则决定了结果，
# 才最有用。

# %% [markdown] lang="en"
# ## Task 5 · `audit_labels`: check another annotator against the spec
#
# Once a spec exists, every delivered label can be checked against it. A colleague has
# labeled a new batch; you audit it. Complete `audit_labels(df, rules)`:
#
# * `df` has the columns `id`, `systolic`, `diastolic` and `label` (the colleague's label);
# * `rules` is a function `rules(systolic, diastolic)` that returns the class the spec
#   gives (for example your `bp_class`, or any other spec's rules);
# * return the `id`s of the rows whose label is **not exactly** what `rules` gives, as a
#   list sorted in ascending order. A label with stray spaces or other capital letters
#   (`"Stage2 "`) does not follow the spec either: flag it.

# %% [markdown] lang="zh"
# ## 任务 5 · `audit_labels`：对照规范检查另一位标注员
#
# 有了规范，交付的每个标签都可以对照它检查。一位同事标注了一批新数据，由你来审核。请补全
# `audit_labels(df, rules)`：
#
# * `df` 有 `id`、`systolic`、`diastolic` 和 `label`（同事给的标签）几列；
# * `rules` 是一个函数 `rules(systolic, diastolic)`，返回规范给出的类别（例如你的 `bp_class`，或
#   任何其他规范的规则）；
# * 返回标签与 `rules` 的结果**不完全一致**的行的 `id`，以升序排列的列表形式返回。带多余空格或大小
#   写不同的标签（`"Stage2 "`）同样不符合规范：也要标出来。

# %% answer="audit_labels"
def audit_labels(df, rules):
    """Return the sorted ids of the rows whose label differs from rules(systolic, diastolic).

    返回标签与 rules(systolic, diastolic) 不一致的行的 id（升序列表）。
    """
    ### BEGIN SOLUTION
    expected = [rules(s, d) for s, d in zip(df["systolic"], df["diastolic"])]
    return sorted(i for i, given, wanted in zip(df["id"], df["label"], expected) if given != wanted)
    ### END SOLUTION


# %% tests="audit_labels" points=2 assesses="L4.2.2"
_al_df = pd.DataFrame({"id": ["b3", "b1", "b2", "b4"], "systolic": [150, 120, 135, 100],
                       "diastolic": [95, 70, 70, 60], "label": ["high", "ok", "ok", "ok "]})
_al_rule = lambda s, d: "high" if s >= 130 else "ok"
check("audit_labels",
      expect(lambda: isinstance(audit_labels(_al_df, _al_rule), list),
             en="audit_labels should return a list of ids.",
             zh="audit_labels 应返回由 id 组成的列表。"),
      expect(lambda: audit_labels(_al_df, _al_rule) == ["b2", "b4"],
             en="With the rule 'high from 130': b2 (135 labeled ok) and b4 ('ok ' with a space) break the spec; list them sorted.",
             zh="按“130 起为 high”的规则：b2（135 标为 ok）和 b4（带空格的 'ok '）不符合规范；请按顺序列出。"))
### BEGIN HIDDEN TESTS
import numpy as _al_np
from course import submit


def _al_reference(s, d):
    return ("crisis" if s > 180 or d > 120 else "stage2" if s >= 140 or d >= 90 else
            "stage1" if s >= 130 or d >= 80 else "elevated" if s >= 120 else "normal")


_al_rng = _al_np.random.default_rng(777)
_al_batch = pd.DataFrame({"id": [f"n{k:03d}" for k in _al_rng.permutation(120)],
                          "systolic": _al_rng.integers(95, 195, 120), "diastolic": _al_rng.integers(55, 125, 120)})
_al_batch["diastolic"] = _al_np.minimum(_al_batch["diastolic"], _al_batch["systolic"] - 20)
_al_batch["label"] = [_al_reference(s, d) for s, d in zip(_al_batch["systolic"], _al_batch["diastolic"])]
_al_slip = _al_rng.random(120)
_al_batch.loc[_al_slip < 0.12, "label"] = _al_rng.choice(["normal", "elevated", "stage1", "stage2"], (_al_slip < 0.12).sum())
_al_batch.loc[(_al_slip > 0.95), "label"] = _al_batch.loc[(_al_slip > 0.95), "label"].str.title() + " "
submit("audit_labels", flagged=[str(_i) for _i in audit_labels(_al_batch, _al_reference)],
       toy=[str(_i) for _i in audit_labels(_al_df, lambda s, d: "high" if d >= 90 else "ok")])
### END HIDDEN TESTS


# %% judge="audit_labels"
def judge(answer, gold):
    rng = np.random.default_rng(777)
    batch = pd.DataFrame({"id": [f"n{k:03d}" for k in rng.permutation(120)],
                          "systolic": rng.integers(95, 195, 120), "diastolic": rng.integers(55, 125, 120)})
    batch["diastolic"] = np.minimum(batch["diastolic"], batch["systolic"] - 20)
    batch["label"] = [spec_class(s, d) for s, d in zip(batch["systolic"], batch["diastolic"])]
    slip = rng.random(120)
    batch.loc[slip < 0.12, "label"] = rng.choice(["normal", "elevated", "stage1", "stage2"], (slip < 0.12).sum())
    batch.loc[slip > 0.95, "label"] = batch.loc[slip > 0.95, "label"].str.title() + " "
    wrong = sorted(i for i, s, d, given in zip(batch["id"], batch["systolic"], batch["diastolic"], batch["label"])
                   if given != spec_class(s, d))
    return all_of(
        rule(same(answer["flagged"], wrong),
             en="On a new batch, the flagged ids are not exactly the rows whose label differs from the spec (sorted ascending).",
             zh="在一批新数据上，标出的 id 与标签不符合规范的行不完全一致（应按升序排列）。"),
        rule(same(answer["toy"], ["b4"]),
             en="With another spec's rules, the result is wrong: use the rules function you are given, not your own bp_class.",
             zh="换成另一份规范的规则后结果不对：请使用传入的 rules 函数，而不是你自己的 bp_class。"))


# %% [markdown] hint="audit_labels" lang="en"
# First compute, for every row, what `rules` says; `zip` over the two columns gives the
# pairs of numbers. Then walk through ids, given labels and expected labels together.
# Compare labels exactly: no tidying, because an untidy label is itself a finding.

# %% [markdown] hint="audit_labels" lang="zh"
# 先对每一行算出 `rules` 的结果；对两列用 `zip` 就能得到成对的数字。再把 id、给定标签和应得标签
# 放在一起逐行比较。标签要精确比较，不要整理：不整洁的标签本身就是一个问题。

# %% [markdown] lang="en"
# ## Task 6 · `spec_review` (written, graded by your instructor)
#
# Write the short briefing you would send the three pilot annotators with spec v2
# (5–8 sentences, in English or Chinese). It must (a) say what changed from v1 and why,
# naming at least two of the ambiguities the pilot revealed; (b) give the definition of the
# `elevated` class in words an annotator cannot misread; (c) say what to do with a reading
# like "135/" or "85/130"; and (d) say how the labels already made under v1 will be handled.

# %% [markdown] lang="zh"
# ## 任务 6 · `spec_review`（书面作答，由老师评分）
#
# 写一份随 v2 规范发给三位试标标注员的简短说明（5–8 句，中英文均可）。必须：(a) 说明与 v1 相比改了
# 什么、为什么改，至少点出试标暴露的两处含糊；(b) 用标注员不会误解的话给出 `elevated` 类的定义；
# (c) 说明遇到“135/”或“85/130”这样的读数怎么办；(d) 说明按 v1 已经做好的标签如何处理。

# %% [markdown] manual="spec_review" points=2 assesses="L4.2.1"
# **Model answer.** Thank you for the pilot: your labels showed us where v1 was unclear,
# not that you were careless. v2 fixes three things: (1) when the two numbers fall into
# different categories, the higher category wins (139/60 is stage 1); (2) every border is
# now written with ≥ or >, e.g. stage 2 starts at exactly 140 or exactly 90, a crisis only
# above 180 or above 120; (3) the rules are checked in order from crisis down, and the
# first that holds decides. `elevated` means: systolic 120–129 inclusive AND diastolic
# below 80; if the diastolic is 80 or more the reading is at least stage 1. A reading with
# a missing number ("135/") or with the numbers the wrong way round ("85/130") is labeled
# `invalid` with its reason; do not guess or swap it yourself. All v1 labels will be
# re-checked automatically against the v2 rules; only the rows that change are sent back
# to you for a second look, and new doubtful cases go to me to be added to the hard cases.
#
# **Rubric (2 points).** 0.5 each: (a) names ≥ 2 real ambiguities (which number wins /
# border inclusiveness / the diastolic gap in "elevated" / order of rules); (b) an
# `elevated` definition with both numbers and inclusive borders; (c) missing/swapped →
# `invalid` (not guessed or corrected by the annotator); (d) a concrete plan for v1 labels
# (re-check against v2 rules, relabel the changed ones). Wrong rules (e.g. lower category
# wins) lose the corresponding half point.

# %% [markdown] lang="en"
# ## What you did
#
# You used a pilot round to find where a spec was ambiguous (the confused class pairs),
# defined what cannot be labeled, turned the class definitions into ordered, exhaustive
# decision rules, wrote the spec as a versioned document with examples and hard cases,
# and checked another annotator's batch against it. In real projects the same loop repeats:
# pilot, measure disagreement, clarify the spec, version it, re-check.

# %% [markdown] lang="zh"
# ## 小结
#
# 你通过试标找出了规范的含糊之处（容易混淆的类别对），定义了无法标注的情况，把类别定义改写成有序、
# 无遗漏的判定规则，把规范写成带示例和疑难案例、有版本号的文档，并用它检查了另一位标注员的数据。
# 真实项目中，这个循环会反复进行：试标、度量分歧、澄清规范、更新版本、重新检查。
