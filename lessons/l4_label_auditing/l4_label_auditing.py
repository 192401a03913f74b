# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l4_label_auditing
#     level: 4
#     title: {en: Auditing labeled data, zh: 标注数据审核}
#     datasets: [support_tickets/tickets_team.csv, support_tickets/tickets_vendor.csv]
#     gold: [support_tickets/gold_team.csv, support_tickets/gold_vendor.csv]
# ---

# %% [markdown] lang="en"
# # Auditing labeled data
#
# You are the labeling quality lead of an online shop's customer-service team. The team is
# building a model that routes incoming messages to the right desk, so every message needs
# one **intent**:
#
# | intent | the customer mainly asks us to… |
# |---|---|
# | `refund` | give money back (refund, cancel and pay back, price difference, double charge) |
# | `delivery` | get the parcel to them (shipping, tracking, courier, address, late or lost parcels) |
# | `quality` | deal with a faulty or wrong product (broken, wrong size or colour, smell, stops working) |
# | `account` | fix their account (log-in, password, phone number, coupons and points in the account) |
#
# **Decision rule:** label what the customer asks for *now*. Background ("the parcel came
# yesterday, but…") does not decide the label; the request after it does.
#
# Two batches have come back. In `tickets_team.csv` three annotators (`ann_a`, `ann_b`,
# `ann_c`) labeled all 240 messages and a new colleague, `ann_d`, labeled about half of
# them (a blank cell means "not labeled"). In `tickets_vendor.csv` an outsourcing vendor
# labeled 360 other messages, once each. Before anyone trains on them, you audit them:
# how far do the annotators agree, which labels are probably wrong, and what is the right
# label where they disagree? This is the Level 4 work content 标注数据审核 (reviewing and
# auditing labeled data) of the national AI Trainer standard.
#
# **How this lesson works.** Complete each function, run it, then run the check cell below
# it for quick feedback. Your work is graded by checks you cannot see, on the true labels,
# which are not in this notebook. Stuck? Run `hint("task_id")`, e.g.
# `hint("agreement_and_kappa")`; run it again for the next hint.

# %% [markdown] lang="zh"
# # 标注数据审核
#
# 你是一家网店客服团队的标注质量负责人。团队正在做一个把客户消息分派到对应岗位的模型，所以每条
# 消息都需要一个**意图**标签：
#
# | 意图 | 客户主要是要求我们…… |
# |---|---|
# | `refund` | 退钱（退款、取消并退钱、退差价、重复扣款） |
# | `delivery` | 把包裹送到（发货、物流查询、快递员、地址、延误或丢件） |
# | `quality` | 处理有问题或不对的商品（损坏、尺码或颜色不对、有异味、不能用） |
# | `account` | 处理账号问题（登录、密码、手机号、账户里的优惠券和积分） |
#
# **判定规则：** 标注客户**现在**要求的事。背景信息（“包裹昨天到了，但是……”）不决定标签，
# 决定标签的是后面的诉求。
#
# 两批标注结果回来了。`tickets_team.csv` 中，三位标注员（`ann_a`、`ann_b`、`ann_c`）标注了全部
# 240 条消息，新同事 `ann_d` 只标了其中大约一半（空单元格表示“未标注”）。`tickets_vendor.csv`
# 中，外包供应商标注了另外 360 条消息，每条只标一次。在任何人用它们训练模型之前，由你来审核：
# 标注员之间的一致程度如何？哪些标签可能是错的？他们有分歧时，正确的标签是什么？这就是国家人工
# 智能训练师职业标准四级的工作内容“标注数据审核”。
#
# **本课怎么学。** 补全每个函数并运行，再运行它下面的检查单元格获得即时反馈。评分由你看不到的
# 检查完成，依据的是真实标签，而真实标签不在本笔记本里。卡住了？运行 `hint("任务编号")`，例如
# `hint("agreement_and_kappa")`；再运行一次可以看下一条提示。

# %%
import numpy as np
import pandas as pd
from course import check, expect, hint

CLASSES = ["refund", "delivery", "quality", "account"]
RATERS = ["ann_a", "ann_b", "ann_c", "ann_d"]

# keep_default_na=False: a label is text; only a truly empty cell is "not labeled"
team = pd.read_csv("tickets_team.csv", keep_default_na=False, na_values=[""])
vendor = pd.read_csv("tickets_vendor.csv", keep_default_na=False, na_values=[""])
team.head(8)

# %% [markdown] lang="en"
# ## Agreement is not the same as accuracy
#
# We do not know the true labels; that is the point of an audit. What we can measure is how
# often annotators **agree**. If two careful people read the same spec, they should give the
# same label most of the time; where they do not, either the spec is unclear or someone is
# careless.
#
# The simplest number is **percent agreement**: the share of messages on which two
# annotators gave the same label. Its weakness: some agreement happens by pure chance.
# Two people who both answer `refund` to everything agree 100 % and have read nothing.
# **Cohen's kappa** corrects for that:
#
# $$\kappa = \frac{p_o - p_e}{1 - p_e}$$
#
# where $p_o$ is the observed agreement and $p_e$ the agreement expected by chance from
# how often each annotator uses each class. κ = 1 is perfect agreement, κ = 0 is no better
# than chance. A common rule of thumb reads 0.61–0.80 as "substantial" and above 0.80 as
# "almost perfect" agreement.
#
# Look at this small case, a fraud check where almost every order is `normal`:

# %% [markdown] lang="zh"
# ## 一致不等于正确
#
# 我们并不知道真实标签——正因为不知道才需要审核。我们能测量的是标注员之间**一致**的频率。两个认真
# 的人读同一份规范，大多数时候应该给出同样的标签；不一致的地方，要么规范没写清楚，要么有人不认真。
#
# 最简单的指标是**一致率**：两位标注员给出相同标签的消息所占的比例。它的弱点是：有一部分一致纯属
# 巧合。两个人对所有消息都回答 `refund`，一致率是 100%，可他们什么都没读。**Cohen's kappa**
# 对此做了校正：
#
# $$\kappa = \frac{p_o - p_e}{1 - p_e}$$
#
# 其中 $p_o$ 是实际观察到的一致率，$p_e$ 是根据每位标注员使用各类别的频率推算出的“碰巧一致”的
# 比例。κ = 1 表示完全一致，κ = 0 表示和随机猜测一样。常用的经验标准是：0.61–0.80 为“高度一致”，
# 0.80 以上为“几乎完全一致”。
#
# 看一个小例子：一项欺诈检查，几乎所有订单都是 `normal`（正常）：

# %%
from sklearn.metrics import cohen_kappa_score

fraud_1 = ["normal"] * 48 + ["fraud", "normal"]
fraud_2 = ["normal"] * 48 + ["normal", "fraud"]
same_share = np.mean([a == b for a, b in zip(fraud_1, fraud_2)])
print(f"percent agreement {same_share:.2f}, Cohen's kappa {cohen_kappa_score(fraud_1, fraud_2):.2f}")

# %% [markdown] lang="en"
# 96 % agreement, and a kappa just below 0: the two annotators never agreed on the one thing
# that matters, which orders are fraud. When one class dominates (near-unanimous data),
# percent agreement looks great whatever the annotators do, and kappa drops sharply after a
# single disagreement on the rare class (the "kappa paradox"). Always report both numbers,
# plus the class counts, and look at the rare class separately.

# %% [markdown] lang="zh"
# 一致率 96%，kappa 却略低于 0：两位标注员在唯一重要的事情上——哪些订单是欺诈——一次都没有一致过。
# 当某一类占绝大多数（几乎全体一致的数据）时，无论标注员怎么做，一致率都很好看；而稀有类别上只要
# 有一次分歧，kappa 就会大幅下降（即“kappa 悖论”）。所以要同时报告两个数字和各类别的数量，并单独
# 检查稀有类别。

# %% [markdown] lang="en"
# ## Task 1 · `agreement_and_kappa`: two annotators, two numbers
#
# Complete `agreement_and_kappa(labels_1, labels_2)`. The two arguments are lists (or pandas
# Series) of the same length: the labels two annotators gave to the same items, in the same
# order. Return a dict with
#
# * `"agreement"`: the share of items with the same label, a float between 0 and 1;
# * `"kappa"`: Cohen's kappa of the two label lists, a float (use scikit-learn's
#   `cohen_kappa_score`; do not write the formula yourself).

# %% [markdown] lang="zh"
# ## 任务 1 · `agreement_and_kappa`：两位标注员，两个数字
#
# 请补全 `agreement_and_kappa(labels_1, labels_2)`。两个参数是等长的列表（或 pandas Series）：
# 两位标注员按相同顺序给同一批条目打的标签。返回一个字典：
#
# * `"agreement"`：标签相同的条目所占比例，0 到 1 之间的浮点数；
# * `"kappa"`：两组标签的 Cohen's kappa，浮点数（请使用 scikit-learn 的 `cohen_kappa_score`，
#   不要自己写公式）。

# %% answer="agreement_and_kappa"
def agreement_and_kappa(labels_1, labels_2):
    """Return {"agreement": share of equal labels, "kappa": Cohen's kappa} of two label lists.

    返回两组标签的 {"agreement": 相同标签的比例, "kappa": Cohen's kappa}。
    """
    ### BEGIN SOLUTION
    first, second = list(labels_1), list(labels_2)
    agreement = sum(a == b for a, b in zip(first, second)) / len(first)
    return {"agreement": float(agreement), "kappa": float(cohen_kappa_score(first, second))}
    ### END SOLUTION


# %% tests="agreement_and_kappa" points=2 assesses="L4.2.2"
_ak_1 = ["refund", "refund", "delivery", "quality", "account", "refund"]
_ak_2 = ["refund", "quality", "delivery", "quality", "account", "delivery"]
_ak = lambda: agreement_and_kappa(_ak_1, _ak_2)
check("agreement_and_kappa",
      expect(lambda: isinstance(_ak(), dict) and set(_ak()) == {"agreement", "kappa"},
             en="Return a dict with exactly two keys, 'agreement' and 'kappa'.",
             zh="请返回只含 'agreement' 和 'kappa' 两个键的字典。"),
      expect(lambda: abs(_ak()["agreement"] - 4 / 6) < 1e-9,
             en="The two annotators agree on 4 of the 6 items: 'agreement' should be 4/6 ≈ 0.667.",
             zh="两位标注员在 6 条中有 4 条一致：'agreement' 应为 4/6 ≈ 0.667。"),
      expect(lambda: abs(_ak()["kappa"] - 0.5714285714285714) < 1e-6,
             en="'kappa' should be Cohen's kappa (0.571 here): it is lower than the agreement, because some agreement is expected by chance.",
             zh="'kappa' 应为 Cohen's kappa（这里是 0.571）：它比一致率低，因为有一部分一致是碰巧的。"))
### BEGIN HIDDEN TESTS
from course import submit
_ak_team = pd.read_csv("tickets_team.csv", keep_default_na=False, na_values=[""])
_ak_pairs = [(_ak_team["ann_a"], _ak_team["ann_b"]), (_ak_team["ann_b"].tolist(), _ak_team["ann_c"].tolist()),
             (["ok"] * 95 + ["bad"] * 3 + ["ok", "bad"], ["ok"] * 95 + ["bad", "ok", "ok", "ok", "bad"])]
_ak_results = [agreement_and_kappa(_p1, _p2) for _p1, _p2 in _ak_pairs]
submit("agreement_and_kappa", results=[{"agreement": float(_r["agreement"]), "kappa": float(_r["kappa"])}
                                       for _r in _ak_results])
### END HIDDEN TESTS


# %% judge_helpers
import pandas as pd


def team_labels(gold, name="tickets_team.csv"):
    """A labels file as the lesson reads it: an empty cell is a missing label, "NA" a word."""
    return pd.read_csv(gold / name, keep_default_na=False, na_values=[""])


# %% judge="agreement_and_kappa"
from sklearn.metrics import cohen_kappa_score


def judge(answer, gold):
    team = team_labels(gold)
    pairs = [(team["ann_a"].tolist(), team["ann_b"].tolist()), (team["ann_b"].tolist(), team["ann_c"].tolist()),
             (["ok"] * 95 + ["bad"] * 3 + ["ok", "bad"], ["ok"] * 95 + ["bad", "ok", "ok", "ok", "bad"])]
    results = answer["results"]
    agreements = [float(sum(a == b for a, b in zip(p1, p2)) / len(p1)) for p1, p2 in pairs]
    kappas = [float(cohen_kappa_score(p1, p2)) for p1, p2 in pairs]
    return all_of(
        rule(same([r["agreement"] for r in results], agreements, rel=1e-9),
             en="On the team's labels, some percent agreements are wrong: count the items with equal labels and divide by all items.",
             zh="在团队的标签上，部分一致率不对：请数出标签相同的条目，再除以全部条目数。"),
        rule(same([r["kappa"] for r in results[:2]], kappas[:2], rel=1e-6),
             en="On the team's labels, Cohen's kappa is wrong.",
             zh="在团队的标签上，Cohen's kappa 不对。"),
        rule(same(results[2]["kappa"], kappas[2], rel=1e-6),
             en="On near-unanimous labels (almost all 'ok'), kappa is wrong: do not shortcut the rare class.",
             zh="在几乎全体一致的标签上（几乎都是 'ok'），kappa 不对：不要对稀有类别走捷径。"))


# %% [markdown] hint="agreement_and_kappa" lang="en"
# Compare the two lists position by position (`zip` pairs them up); `True` counts as 1 when
# you add booleans. For kappa, import `cohen_kappa_score` from `sklearn.metrics` (it is
# already imported above) and give it both lists.

# %% [markdown] hint="agreement_and_kappa" lang="zh"
# 把两个列表按位置逐一比较（`zip` 可以把它们配成对）；布尔值相加时 `True` 算作 1。kappa 请从
# `sklearn.metrics` 导入 `cohen_kappa_score`（上面已经导入），把两个列表都传给它。

# %% [markdown] hint="agreement_and_kappa" lang="en"
# The checks want plain Python floats: wrap each number in `float(...)`.

# %% [markdown] hint="agreement_and_kappa" lang="zh"
# 检查要求普通的 Python 浮点数：用 `float(...)` 包一下每个数字。

# %% [markdown] lang="en"
# ## More than two annotators: Fleiss' kappa
#
# Cohen's kappa compares two annotators. With three or more, use **Fleiss' kappa**: for
# every item it counts how many annotators chose each class, and compares the agreement in
# those counts with chance. statsmodels does both steps:
#
# * `aggregate_raters(data)` turns a table with one row per item and one column per
#   annotator into counts (one row per item, one column per class) and returns
#   `(counts, classes)`;
# * `fleiss_kappa(counts)` computes kappa from the counts.
#
# Fleiss' kappa assumes **every item was labeled by the same number of annotators**. Our
# `ann_d` labeled only about half of the messages. Pass her column as it is and
# `aggregate_raters` fails with a puzzling error (it cannot sort text and the float `NaN`
# together). The tempting "fix", filling the blanks with a word such as `"none"`, is worse:
# it runs, but "none" becomes a fifth class and every blank counts as a disagreement.
# Look:

# %% [markdown] lang="zh"
# ## 两位以上标注员：Fleiss' kappa
#
# Cohen's kappa 比较两位标注员。三位或更多时，用 **Fleiss' kappa**：它对每个条目统计选了各个类别
# 的人数，再把这些人数里的一致程度和随机情况比较。statsmodels 可以完成这两步：
#
# * `aggregate_raters(data)` 把“每行一个条目、每列一位标注员”的表格变成计数（每行一个条目、每列
#   一个类别），返回 `(counts, classes)`；
# * `fleiss_kappa(counts)` 根据计数算出 kappa。
#
# Fleiss' kappa 假定**每个条目都由相同人数的标注员标注**。我们的 `ann_d` 只标了大约一半的消息。
# 如果直接把她这一列传进去，`aggregate_raters` 会报一个让人摸不着头脑的错误（它没法把文本和浮点数
# `NaN` 放在一起排序）。诱人的“修复”办法——用 `"none"` 之类的词填补空白——更糟：代码能运行，但
# “none”变成了第五个类别，每个空白都被算成一次分歧。看：

# %%
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

print("labeled by ann_d:", int(team["ann_d"].notna().sum()), "of", len(team))
try:
    aggregate_raters(team[RATERS].to_numpy())
except TypeError as error:
    print("as it is:", error)
counts, found = aggregate_raters(team[RATERS].fillna("none").to_numpy())
print("blanks filled with 'none': classes", list(found), "kappa", round(fleiss_kappa(counts), 3))

# %% [markdown] lang="en"
# ## Task 2 · `fleiss_complete`: Fleiss' kappa on the fully labeled items
#
# Complete `fleiss_complete(df, raters)`: `df` is a table like `team`, `raters` a list of
# its annotator columns. Keep only the items (rows) that **every** annotator in `raters`
# labeled, then return Fleiss' kappa of those rows as a float, computed with statsmodels'
# `aggregate_raters` and `fleiss_kappa`.

# %% [markdown] lang="zh"
# ## 任务 2 · `fleiss_complete`：在标注完整的条目上计算 Fleiss' kappa
#
# 请补全 `fleiss_complete(df, raters)`：`df` 是类似 `team` 的表格，`raters` 是其中标注员列名的
# 列表。只保留 `raters` 中**每一位**标注员都标注了的条目（行），然后用 statsmodels 的
# `aggregate_raters` 和 `fleiss_kappa` 计算这些行的 Fleiss' kappa，以浮点数返回。

# %% answer="fleiss_complete"
def fleiss_complete(df, raters):
    """Return Fleiss' kappa of the annotator columns `raters` on the rows they all labeled.

    只用 `raters` 中所有标注员都标注过的行，返回这些标注员列的 Fleiss' kappa。
    """
    ### BEGIN SOLUTION
    complete = df[raters].dropna()
    counts, _ = aggregate_raters(complete.to_numpy())
    return float(fleiss_kappa(counts))
    ### END SOLUTION


# %% tests="fleiss_complete" points=2 assesses="L4.2.2"
_fc_df = pd.DataFrame({"x": ["refund", "refund", "quality", "account", "delivery"],
                       "y": ["refund", "quality", "quality", "account", None],
                       "z": ["refund", "refund", "quality", "delivery", "delivery"]})
check("fleiss_complete",
      expect(lambda: isinstance(fleiss_complete(_fc_df, ["x", "z"]), float),
             en="fleiss_complete should return a float.",
             zh="fleiss_complete 应返回浮点数。"),
      expect(lambda: abs(fleiss_complete(_fc_df, ["x", "z"]) - 0.7142857142857143) < 1e-6,
             en="For columns x and z (no blanks) Fleiss' kappa should be 0.714.",
             zh="对 x 和 z 两列（没有空值），Fleiss' kappa 应为 0.714。"),
      expect(lambda: abs(fleiss_complete(_fc_df, ["x", "y", "z"]) - 0.5102040816326531) < 1e-6,
             en="With column y, the last row is not fully labeled: leave it out (kappa 0.510), do not count the blank as a class.",
             zh="加上 y 列后，最后一行没有标注完整：应去掉这一行（kappa 为 0.510），不要把空值当成一个类别。"))
### BEGIN HIDDEN TESTS
from course import submit
_fc_team = pd.read_csv("tickets_team.csv", keep_default_na=False, na_values=[""])
submit("fleiss_complete", kappas=[float(fleiss_complete(_fc_team.copy(), _r))
                                  for _r in (["ann_a", "ann_b", "ann_c"], ["ann_a", "ann_b", "ann_d"],
                                             ["ann_c", "ann_d"], ["ann_a", "ann_b", "ann_c", "ann_d"])])
### END HIDDEN TESTS


# %% judge="fleiss_complete"
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa


def judge(answer, gold):
    team = team_labels(gold)
    groups = (["ann_a", "ann_b", "ann_c"], ["ann_a", "ann_b", "ann_d"], ["ann_c", "ann_d"],
              ["ann_a", "ann_b", "ann_c", "ann_d"])
    expected = [float(fleiss_kappa(aggregate_raters(team[g].dropna().to_numpy())[0])) for g in groups]
    kappas = answer["kappas"]
    return all_of(
        rule(same(kappas[:1], expected[:1], rel=1e-6),
             en="Fleiss' kappa of the three annotators who labeled everything is wrong.",
             zh="三位标注了全部消息的标注员的 Fleiss' kappa 不对。"),
        rule(same(kappas[1:], expected[1:], rel=1e-6),
             en="With ann_d, who left items blank, Fleiss' kappa is wrong: use only the rows every chosen annotator labeled.",
             zh="加入留有空白的 ann_d 后，Fleiss' kappa 不对：只使用所选标注员都标注过的行。"))


# %% [markdown] hint="fleiss_complete" lang="en"
# First take only the `raters` columns, then drop every row that has a missing value in
# them (pandas has a method for exactly that). Turn what is left into a NumPy array before
# giving it to `aggregate_raters`.

# %% [markdown] hint="fleiss_complete" lang="zh"
# 先只取 `raters` 这几列，再删除这些列中有缺失值的行（pandas 正好有一个方法做这件事）。剩下的部分
# 先转成 NumPy 数组，再交给 `aggregate_raters`。

# %% [markdown] hint="fleiss_complete" lang="en"
# `aggregate_raters` returns two values (the counts and the classes); `fleiss_kappa` needs
# only the first.

# %% [markdown] hint="fleiss_complete" lang="zh"
# `aggregate_raters` 返回两个值（计数和类别）；`fleiss_kappa` 只需要第一个。

# %% [markdown] lang="en"
# ## Missing labels without throwing data away: Krippendorff's alpha
#
# Dropping every item that someone skipped throws away most of `ann_d`'s work.
# **Krippendorff's alpha** uses every label that exists: it compares all pairs of labels
# given to the same item, so an item with two labels counts as much as it can. It also
# handles any number of annotators and different kinds of labels.
#
# The `krippendorff` package wants a **reliability table** with one row per *annotator* and
# one column per *item* (the transpose of our table), holding numbers, with `np.nan` where
# an annotator gave no label. Two traps:
#
# * the default `level_of_measurement` is `"interval"`, which treats the class codes 0, 1,
#   2, 3 as distances (as if `account` = 3 were "further" from `refund` = 0 than
#   `delivery` = 1). Our classes have no order: use `"nominal"`;
# * filling the blanks with a made-up class such as `"none"` turns "did not label" into
#   "disagreed", and alpha collapses.

# %% [markdown] lang="zh"
# ## 不丢数据也能处理缺失标签：Krippendorff's alpha
#
# 把有人跳过的条目全部删掉，会丢掉 `ann_d` 的大部分工作。**Krippendorff's alpha** 使用每一个已有的
# 标签：它比较同一条目上的所有标签对，所以只有两个标签的条目也能尽量发挥作用。它还能处理任意人数的
# 标注员和不同类型的标签。
#
# `krippendorff` 包需要一张**信度表**：每行是一位*标注员*，每列是一个*条目*（正好是我们表格的
# 转置），内容是数字，标注员没有标注的地方是 `np.nan`。有两个陷阱：
#
# * `level_of_measurement` 的默认值是 `"interval"`（等距），它会把类别编码 0、1、2、3 当成距离
#   （好像 `account` = 3 比 `delivery` = 1 离 `refund` = 0 “更远”）。我们的类别没有顺序，应该用
#   `"nominal"`（名义）；
# * 用编造的类别（比如 `"none"`）填补空白，会把“没有标注”变成“有分歧”，alpha 会大幅下降。

# %% [markdown] lang="en"
# ## Task 3 · `krippendorff_nominal`: alpha that keeps every label
#
# Complete `krippendorff_nominal(df, raters, classes)`:
#
# 1. code each label as its position in `classes` (`classes[0]` → 0, `classes[1]` → 1, …)
#    and each blank as `np.nan`;
# 2. build the reliability table: one row per annotator in `raters`, one column per item;
# 3. return `krippendorff.alpha(...)` at the **nominal** level, as a float.

# %% [markdown] lang="zh"
# ## 任务 3 · `krippendorff_nominal`：保留每个标签的 alpha
#
# 请补全 `krippendorff_nominal(df, raters, classes)`：
#
# 1. 把每个标签编码为它在 `classes` 中的位置（`classes[0]` → 0，`classes[1]` → 1，……），空白
#    编码为 `np.nan`；
# 2. 构造信度表：`raters` 中每位标注员一行，每个条目一列；
# 3. 以**名义**（nominal）尺度返回 `krippendorff.alpha(...)`，类型为浮点数。

# %% answer="krippendorff_nominal"
import krippendorff


def krippendorff_nominal(df, raters, classes):
    """Return Krippendorff's alpha (nominal) of the annotator columns `raters`, blanks kept as missing.

    返回 `raters` 各标注员列的 Krippendorff's alpha（名义尺度），空白按缺失处理。
    """
    ### BEGIN SOLUTION
    codes = {label: position for position, label in enumerate(classes)}
    table = np.array([[codes[v] if isinstance(v, str) else np.nan for v in df[rater]] for rater in raters],
                     dtype=float)
    return float(krippendorff.alpha(reliability_data=table, level_of_measurement="nominal"))
    ### END SOLUTION


# %% tests="krippendorff_nominal" points=2 assesses="L4.2.2"
_kn_df = pd.DataFrame({"p": ["refund", "delivery", "account", "quality", "refund", None],
                       "q": ["refund", "delivery", "account", "refund", None, "account"],
                       "r": [None, "delivery", "quality", "quality", "refund", "account"]})
check("krippendorff_nominal",
      expect(lambda: isinstance(krippendorff_nominal(_kn_df, ["p", "q", "r"], CLASSES), float),
             en="krippendorff_nominal should return a float.",
             zh="krippendorff_nominal 应返回浮点数。"),
      expect(lambda: abs(krippendorff_nominal(_kn_df, ["p", "q", "r"], CLASSES) - 0.6626506024096386) < 1e-6,
             en="For this small table alpha should be 0.663: one row per annotator, blanks as np.nan, level 'nominal'.",
             zh="这张小表的 alpha 应为 0.663：每位标注员一行，空白为 np.nan，尺度为 'nominal'。"))
### BEGIN HIDDEN TESTS
from course import submit
_kn_team = pd.read_csv("tickets_team.csv", keep_default_na=False, na_values=[""])
submit("krippendorff_nominal",
       alphas=[float(krippendorff_nominal(_kn_team.copy(), _r, _c))
               for _r, _c in ((["ann_a", "ann_b", "ann_c", "ann_d"], ["refund", "delivery", "quality", "account"]),
                              (["ann_c", "ann_d"], ["account", "quality", "delivery", "refund"]))])
### END HIDDEN TESTS


# %% judge="krippendorff_nominal"
import krippendorff


def judge(answer, gold):
    team = team_labels(gold)
    cases = ((["ann_a", "ann_b", "ann_c", "ann_d"], ["refund", "delivery", "quality", "account"]),
             (["ann_c", "ann_d"], ["account", "quality", "delivery", "refund"]))
    expected = []
    for raters, classes in cases:
        coded = team[raters].apply(lambda column: column.map({c: i for i, c in enumerate(classes)}))
        table = coded.to_numpy(dtype=float).T
        expected.append(float(krippendorff.alpha(reliability_data=table, level_of_measurement="nominal")))
    return all_of(rule(same(answer["alphas"], expected, rel=1e-6),
                       en="Krippendorff's alpha of the team is wrong: one row per annotator, blanks as np.nan (not a class), level 'nominal'.",
                       zh="团队的 Krippendorff's alpha 不对：每位标注员一行，空白为 np.nan（不是一个类别），尺度为 'nominal'。"))


# %% [markdown] hint="krippendorff_nominal" lang="en"
# A dict from class name to its position makes the coding easy; `enumerate(classes)` gives
# both. A blank cell in `df` is a float `nan`, not a string, so test for strings.

# %% [markdown] hint="krippendorff_nominal" lang="zh"
# 用一个“类别名 → 位置”的字典来编码会很方便；`enumerate(classes)` 能同时给出位置和类别名。
# `df` 中的空单元格是浮点数 `nan`，不是字符串，所以可以判断值是不是字符串。

# %% [markdown] hint="krippendorff_nominal" lang="en"
# Our table has items as rows and annotators as columns; the package wants the opposite.
# NumPy's `.T` swaps rows and columns. Then name the level in the call to `alpha`.

# %% [markdown] hint="krippendorff_nominal" lang="zh"
# 我们的表格是条目为行、标注员为列，这个包要的正好相反。NumPy 的 `.T` 可以交换行和列。然后在调用
# `alpha` 时写明尺度。

# %% [markdown] lang="en"
# Here are the team's figures, computed with your three functions on the whole table:

# %% [markdown] lang="zh"
# 下面用你写的三个函数在整张表上算出团队的各项指标：

# %%
try:
    print("Cohen's kappa ann_a vs ann_b:", round(agreement_and_kappa(team["ann_a"], team["ann_b"])["kappa"], 3))
    print("Fleiss' kappa ann_a, ann_b, ann_c:", round(fleiss_complete(team, ["ann_a", "ann_b", "ann_c"]), 3))
    print("Krippendorff's alpha, all four:", round(krippendorff_nominal(team, RATERS, CLASSES), 3))
except Exception as error:  # the tasks above are not done yet
    print("Finish tasks 1-3 first:", type(error).__name__)

# %% [markdown] lang="en"
# ## Finding label errors with confident learning
#
# The vendor's batch has one label per message, so there is nobody to agree or disagree
# with. Here a model helps. **Confident learning** (the `cleanlab` library) trains a model
# and asks: for which items is the model *confidently* sure of another class than the
# given label, taking into account how noisy each class is? Those are the likely label
# errors.
#
# The key condition: the model's probabilities must be **out-of-sample**. A model that has
# seen an item's (wrong) label during training has learnt that wrong label and agrees with
# it. So we split the data into 5 folds, train on 4 and predict the fifth, five times
# (`cross_val_predict` with `method="predict_proba"`). Then
# `cleanlab.filter.find_label_issues(labels, pred_probs)` returns a boolean mask of the
# suspected errors. `labels` must be integer class codes 0…K−1, in the same order as the
# columns of `pred_probs`.
#
# The features are given: TF-IDF word weights of the English text.

# %% [markdown] lang="zh"
# ## 用置信学习找出标注错误
#
# 供应商的这批数据每条消息只有一个标签，没有别人可以比较一致或分歧。这时可以借助模型。
# **置信学习**（`cleanlab` 库）先训练一个模型，然后看：在考虑了每个类别本身的噪声程度之后，
# 模型对哪些条目*很有把握*地认为是另一个类别，而不是给定的标签？这些就是很可能标错的条目。
#
# 关键前提：模型给出的概率必须是**样本外**的。一个在训练时见过某条目（错误）标签的模型，已经把这个
# 错误学了进去，会跟着认同它。所以我们把数据分成 5 折，每次用 4 折训练、预测第 5 折，一共 5 次
# （`cross_val_predict`，`method="predict_proba"`）。然后
# `cleanlab.filter.find_label_issues(labels, pred_probs)` 返回一个布尔掩码，标出疑似错误。
# `labels` 必须是 0…K−1 的整数类别编码，顺序与 `pred_probs` 的列一致。
#
# 特征已经准备好了：英文文本的 TF-IDF 词权重。

# %%
from sklearn.feature_extraction.text import TfidfVectorizer

vendor_features = TfidfVectorizer().fit_transform(vendor["text_en"])
print(vendor_features.shape, vendor["label"].value_counts().to_dict())

# %% [markdown] lang="en"
# ## Task 4 · `flag_label_issues`: which vendor labels are probably wrong?
#
# Complete `flag_label_issues(features, labels, classes)`:
#
# * `features`: one row per item (here the TF-IDF matrix); `labels`: the given class
#   names; `classes`: the list of all class names;
# * code the labels as integers by their position in `classes`;
# * get out-of-sample probabilities with 5-fold `cross_val_predict` of a
#   `LogisticRegression(max_iter=1000)`;
# * return the **positions** (0-based row numbers) of the items `find_label_issues` flags,
#   as a sorted list of Python ints.
#
# Your list is graded on how well it finds the vendor's real mistakes (F1 of your flags
# against the true errors, which only the grader knows).

# %% [markdown] lang="zh"
# ## 任务 4 · `flag_label_issues`：供应商的哪些标签可能是错的？
#
# 请补全 `flag_label_issues(features, labels, classes)`：
#
# * `features`：每个条目一行（这里是 TF-IDF 矩阵）；`labels`：给定的类别名；`classes`：全部
#   类别名的列表；
# * 按在 `classes` 中的位置把标签编码成整数；
# * 用 5 折 `cross_val_predict` 和 `LogisticRegression(max_iter=1000)` 得到样本外概率；
# * 返回 `find_label_issues` 标出的条目的**位置**（从 0 开始的行号），以 Python 整数的有序列表
#   形式返回。
#
# 评分看你的列表找出供应商真实错误的效果（你标出的条目相对于真实错误的 F1，真实错误只有评分程序
# 知道）。

# %% answer="flag_label_issues"
from cleanlab.filter import find_label_issues
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict


def flag_label_issues(features, labels, classes):
    """Return the sorted row positions whose given label confident learning flags as a likely error.

    返回置信学习判定为很可能标错的条目的行号（升序列表）。
    """
    ### BEGIN SOLUTION
    codes = np.array([classes.index(label) for label in labels])
    probabilities = cross_val_predict(LogisticRegression(max_iter=1000), features, codes, cv=5,
                                      method="predict_proba")
    flagged = find_label_issues(codes, probabilities)
    return [int(position) for position in np.flatnonzero(flagged)]
    ### END SOLUTION


# %% tests="flag_label_issues" points=3 assesses="L4.2.2"
_fl_vendor = pd.read_csv("tickets_vendor.csv", keep_default_na=False, na_values=[""])
_fl_features = TfidfVectorizer().fit_transform(_fl_vendor["text_en"])
_fl_flags = flag_label_issues(_fl_features, _fl_vendor["label"].tolist(), list(CLASSES))
check("flag_label_issues",
      expect(lambda: isinstance(_fl_flags, list) and all(type(p) is int for p in _fl_flags),
             en="Return a list of Python ints (row positions).",
             zh="请返回由 Python 整数（行号）组成的列表。"),
      expect(lambda: _fl_flags == sorted(set(_fl_flags)) and all(0 <= p < len(_fl_vendor) for p in _fl_flags),
             en="The positions should be sorted, without repeats, and between 0 and the number of rows minus 1.",
             zh="行号应升序排列、没有重复，并且在 0 到行数减 1 之间。"),
      expect(lambda: 0 < len(_fl_flags) < len(_fl_vendor) // 2,
             en="Flag some items, but not half of the batch: a vendor this size makes perhaps 10-25 % errors.",
             zh="应标出一些条目，但不要标出一半：这个规模的供应商错误率大约在 10-25%。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("flag_label_issues", flagged=[int(_p) for _p in _fl_flags])
### END HIDDEN TESTS


# %% judge="flag_label_issues"
def judge(answer, gold):
    vendor = team_labels(gold, "tickets_vendor.csv")
    truth = pd.read_csv(gold / "gold_vendor.csv", keep_default_na=False)
    errors = set((vendor["label"] != truth["intent"]).to_numpy().nonzero()[0].tolist())
    flagged = set(answer["flagged"])
    found = len(flagged & errors)
    precision = found / len(flagged) if flagged else 0.0
    recall = found / len(errors)
    f1 = 2 * precision * recall / (precision + recall) if found else 0.0
    return band(f1, [(0.75, 1.0), (0.60, 0.5)],
                en="Your flags find the vendor's real errors with an F1 of {value:.3f} (full points from 0.75, half from 0.60).",
                zh="你标出的条目找出供应商真实错误的 F1 为 {value:.3f}（0.75 及以上得满分，0.60 及以上得一半）。")


# %% [markdown] hint="flag_label_issues" lang="en"
# `classes.index(name)` gives a class's position. `cross_val_predict` takes the model, the
# features, the integer labels, `cv=5` and a `method` argument that makes it return
# probabilities instead of classes.

# %% [markdown] hint="flag_label_issues" lang="zh"
# `classes.index(name)` 可以得到某个类别的位置。`cross_val_predict` 接收模型、特征、整数标签、
# `cv=5`，以及一个让它返回概率而不是类别的 `method` 参数。

# %% [markdown] hint="flag_label_issues" lang="en"
# Do not fit the model on all the data and then predict that same data: the model has then
# memorised the wrong labels and flags far too few. `np.flatnonzero` turns a boolean mask
# into the positions of its `True` values.

# %% [markdown] hint="flag_label_issues" lang="zh"
# 不要用全部数据训练模型再去预测这些数据：那样模型已经记住了错误的标签，标出的条目会少得多。
# `np.flatnonzero` 可以把布尔掩码变成其中 `True` 值所在的位置。

# %% [markdown] lang="en"
# ## Task 5 · `adjudicate`: decide where the team disagrees
#
# Numbers tell you *how much* the annotators disagree; somebody still has to decide *what*
# the right label is. The review queue below shows 16 team messages on which `ann_a`,
# `ann_b` and `ann_c` did not all agree, with their labels. Read each message, apply the
# decision rule at the top of this lesson (the request, not the background, decides), and
# choose the final label with a class button or the keys `1`–`4`. Do not simply follow the
# majority: on messages with background about another topic, two annotators often make the
# same mistake.
#
# Your decisions are saved at once in `adjudicate.labels.jsonl` beside this notebook and
# handed in with it. Some queue items are controls with a clear answer. Graded on accuracy
# against the true intents: full points from 90 %, half from 70 %.

# %% [markdown] lang="zh"
# ## 任务 5 · `adjudicate`：裁决团队的分歧
#
# 数字告诉你标注员分歧有*多大*，但最终还得有人决定正确的标签*是什么*。下面的审核队列列出了 16 条
# `ann_a`、`ann_b`、`ann_c` 意见不完全一致的团队消息，以及他们各自的标签。请阅读每条消息，按本课
# 开头的判定规则（由诉求而不是背景决定）用类别按钮或数字键 `1`–`4` 选出最终标签。不要简单地少数
# 服从多数：在带有其他话题背景的消息上，两位标注员常常犯同一个错误。
#
# 你的裁决会立即保存到本笔记本旁边的 `adjudicate.labels.jsonl` 中，随笔记本一起提交。队列中有
# 几条是答案明确的质检题。按与真实意图相比的准确率评分：90% 及以上得满分，70% 及以上得一半。

# %%
from course.widgets import ReviewQueue

_disagree = team[(team["ann_a"] != team["ann_b"]) | (team["ann_b"] != team["ann_c"])]
_background = _disagree["text_en"].str.contains(", but ")
queue_rows = pd.concat([_disagree[_background].head(12), _disagree[~_background].head(4)]).sort_values("id")
flagged = {row.id: {"text": f"{row.text_zh}\n{row.text_en}",
                    "labels": {"ann_a": row.ann_a, "ann_b": row.ann_b, "ann_c": row.ann_c},
                    "reason": "annotators disagree / 标注员意见不一致"}
           for row in queue_rows.itertuples()}
queue = ReviewQueue("adjudicate", flagged, CLASSES)
queue

# %% by_hand="adjudicate"
for _item, _label in {"t006": "quality", "t009": "refund", "t011": "account", "t013": "refund",
                      "t017": "quality", "t023": "delivery", "t024": "refund", "t038": "refund",
                      "t040": "quality", "t058": "account", "t065": "refund", "t071": "account",
                      "t080": "refund", "t099": "account", "t101": "refund", "t104": "quality"}.items():
    queue.session.goto(queue.session.task.items.index(_item))
    queue.session.label(_label)

# %% tests="adjudicate" points=3 assesses="L4.2.2"
from course.widgets import LabelTask
from course.widgets.answer_log import read_actions
from course.widgets.state import LabelingState, answered

_aj_team = pd.read_csv("tickets_team.csv", keep_default_na=False, na_values=[""])
_aj_rows = _aj_team[(_aj_team["ann_a"] != _aj_team["ann_b"]) | (_aj_team["ann_b"] != _aj_team["ann_c"])]
_aj_bg = _aj_rows["text_en"].str.contains(", but ")
_aj_items = sorted(_aj_rows[_aj_bg].head(12)["id"].tolist() + _aj_rows[~_aj_bg].head(4)["id"].tolist())
_aj_state = LabelingState(LabelTask("class", tuple(CLASSES), tuple(_aj_items)))
read_actions("adjudicate.labels.jsonl", _aj_state.apply)
check("adjudicate",
      expect(lambda: len(answered(_aj_state)) == len(_aj_items),
             en="Give every message in the review queue a final label (skipped messages count as wrong).",
             zh="请给审核队列中的每条消息选定最终标签（跳过的消息按错误计）。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("adjudicate.labels.jsonl", encoding="utf-8") as _aj_file:
    submit("adjudicate", answers=_aj_file.read())
### END HIDDEN TESTS


# %% judge="adjudicate"
from autograder.scoring.classes import score_class_answers

CLASSES = ["refund", "delivery", "quality", "account"]


def judge(answer, gold):
    team = team_labels(gold)
    truth = pd.read_csv(gold / "gold_team.csv", keep_default_na=False).set_index("id")["intent"]
    rows = team[(team["ann_a"] != team["ann_b"]) | (team["ann_b"] != team["ann_c"])]
    background = rows["text_en"].str.contains(", but ")
    controls = rows[~background].head(4)["id"].tolist()
    items = sorted(rows[background].head(12)["id"].tolist() + controls)
    gold_labels = {item: truth[item] for item in items}
    scores, control = score_class_answers(answer["answers"], CLASSES, items, gold_labels,
                                          {item: gold_labels[item] for item in controls}, min_accuracy=0.75)
    if not control.passed:
        return all_of(rule(False, en="Too many control messages (ones with a clear answer) are wrong or unlabeled: read each message before you choose.",
                           zh="答错或未标注的质检题（答案明确的消息）太多：请先读消息再选择。"))
    return band(scores.accuracy, [(0.90, 1.0), (0.70, 0.5)],
                en="Your final labels are right for {value:.0%} of the queue (full points from 90 %, half from 70 %).",
                zh="你的最终标签在队列中的准确率为 {value:.0%}（90% 及以上得满分，70% 及以上得一半）。")


# %% [markdown] hint="adjudicate" lang="en"
# Find the word "but" (但是) and read what comes after it: that is the request. Ask "what
# does the customer want us to do now?", then pick the desk that does it.

# %% [markdown] hint="adjudicate" lang="zh"
# 找到“但是”（but）这个词，读它后面的内容：那才是诉求。问自己“客户现在想让我们做什么？”，再选能
# 办这件事的岗位。

# %% [markdown] lang="en"
# ## Task 6 · `near_unanimous` (written, graded by your instructor)
#
# Another project labels payment records as `normal` or `suspicious`; 97 % of them are
# `normal`. The project manager writes: "Our two annotators agree on 97 % of the records, so
# the labels are reliable and we can start training." Each annotator marked 3 % of the
# records `suspicious`, and Cohen's kappa of the two annotators is 0.48.
#
# In the cell below, reply to the manager in 4–6 sentences: what the two numbers mean,
# why they differ so much, whether the labels are reliable, and what you would check or do
# next before training.

# %% [markdown] lang="zh"
# ## 任务 6 · `near_unanimous`（书面作答，由老师评分）
#
# 另一个项目把支付记录标注为 `normal`（正常）或 `suspicious`（可疑），其中 97% 是 `normal`。
# 项目经理写道：“两位标注员在 97% 的记录上意见一致，所以标签可靠，可以开始训练了。”两位标注员
# 各自把 3% 的记录标为 `suspicious`，两人的 Cohen's kappa 是 0.48。
#
# 请在下面的单元格里用 4–6 句话回复项目经理：两个数字分别说明什么，为什么相差这么大，标签是否
# 可靠，以及在训练之前你接下来会检查或做什么。

# %% [markdown] manual="near_unanimous" points=2 assesses="L4.2.2,fundamentals"
# **Model answer.** The 97 % agreement is mostly what two people would reach by chance when
# almost every record is `normal`. Each annotator says `normal` 97 % of the time and
# `suspicious` 3 % of the time, so chance agreement is
# p_e = 0.97 × 0.97 + 0.03 × 0.03 = 0.9409 + 0.0009 = 0.9418 (about 94 %). Cohen's kappa
# keeps only the agreement above chance: κ = (p_o − p_e) / (1 − p_e) =
# (0.97 − 0.9418) / (1 − 0.9418) = 0.0282 / 0.0582 ≈ 0.48, only moderate. On the class the
# model is for it is worse: the 3 % of records they disagree on are all ones that one of
# them flagged, so only 1.5 % are flagged by both, half of each annotator's `suspicious`
# calls. So the labels are not reliable yet. Next: look at the confusion table of the two
# annotators and at the `suspicious` items each one chose, compute agreement on the rare class (e.g. positive
# agreement or per-class F1 between annotators), clarify the spec with examples of
# suspicious payments, retrain the annotators, have disputed items adjudicated by an
# expert, and possibly oversample likely-suspicious records for the next round.
#
# **Rubric (2 points).** 1 point: explains that percent agreement is inflated by the
# dominant class / chance agreement (about 94 % here) and that kappa corrects for chance, so
# 0.48 is only moderate and half the `suspicious` calls are disputed (labels not reliable).
# 1 point: at least one concrete next step aimed at the rare class (check the rare-class confusions or per-class agreement, improve the spec with
# examples, adjudicate/retrain, collect more rare cases). 0 for accepting the 97 % as proof.

# %% [markdown] lang="en"
# ## What you did
#
# You measured agreement with the right tool for each situation (Cohen's kappa for two
# annotators, Fleiss' kappa for several on complete items, Krippendorff's alpha with
# missing labels), saw why percent agreement misleads on near-unanimous data, found likely
# label errors in a single-labeled batch with out-of-sample confident learning, and
# adjudicated the disagreements by the spec. In a real audit you would now send the
# flagged vendor items to review, give `ann_c` and `ann_d` feedback on the background rule,
# and record the agreement figures in the batch's acceptance report.

# %% [markdown] lang="zh"
# ## 小结
#
# 你针对不同情况用合适的工具测量了一致性（两位标注员用 Cohen's kappa，多位标注员在完整条目上用
# Fleiss' kappa，有缺失标签时用 Krippendorff's alpha），理解了为什么在几乎全体一致的数据上一致率
# 会误导人；用样本外的置信学习在单人标注的数据中找出了可能的标注错误；并按照规范裁决了分歧。在真实
# 的审核中，接下来你会把标出的供应商条目送去复核，就“背景规则”给 `ann_c` 和 `ann_d` 反馈，并把
# 这些一致性指标写进这批数据的验收报告。
