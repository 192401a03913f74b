# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l3_algorithm_testing
#     level: 3
#     title: {en: "Testing an algorithm: robustness, fairness, explainability and the test report", zh: 算法测试：鲁棒性、公平性、可解释性与测试报告}
# ---

# %% [markdown] lang="en"
# # Testing an algorithm: robustness, fairness, explainability and the test report
#
# A hospital's development team has trained a model that flags diabetes patients whose
# disease is likely to **progress fast** over the next year, so that nurses can call them
# in for an early follow-up. Before the model is used, it comes to you, the **algorithm
# tester**. Your job is not to build a better model: it is to find out, with evidence, how
# this model behaves, and to write it down in a test report that a manager can act on.
#
# A test plan for a model has more than one line "accuracy = 0.74". You will test:
#
# 1. **robustness**: does the model still work when measurements are noisy, or when a
#    whole input is shifted (a new lab device, a different patient population)?
# 2. **fairness**: does it work equally well for different groups of patients?
# 3. **explainability**: which inputs does it rely on, and how does its output move when
#    one input changes?
# 4. and you will put the results in a **structured test report** with a verdict.
#
# This is the Level 3 work of the national AI Trainer standard: **算法测试** (algorithm
# testing), including explainability and fairness tests and the test report.
#
# **How this lesson works.** Each task asks you to complete one small function. Run the
# check cell under it for instant feedback. When your notebook is graded, your functions
# are run again on other models, inputs and settings that you do not see, and the results
# are compared with the correct ones. Stuck? Run `hint("task_id")`.

# %% [markdown] lang="zh"
# # 算法测试：鲁棒性、公平性、可解释性与测试报告
#
# 一家医院的开发团队训练了一个模型，用来标记未来一年里病情可能**快速进展**的糖尿病患者，
# 以便护士提前约他们复诊。模型投入使用之前，先交到你这位**算法测试员**手里。你的任务不是做一个
# 更好的模型，而是用证据弄清楚这个模型的表现，并写成一份管理者能据此做决定的测试报告。
#
# 一份模型测试计划不能只有一行“准确率 = 0.74”。你将测试：
#
# 1. **鲁棒性**：测量值有噪声时，或某个输入整体偏移时（换了化验设备、换了病人群体），
#    模型还能正常工作吗？
# 2. **公平性**：模型对不同的病人群体是否一样好？
# 3. **可解释性**：模型依赖哪些输入？某个输入变化时，它的输出如何变化？
# 4. 最后把结果写进一份带结论的**结构化测试报告**。
#
# 这对应国家人工智能训练师职业标准三级的工作内容：**算法测试**，包括可解释性测试、公平性测试
# 和测试报告。
#
# **本课怎么学。** 每个任务请你补全一个小函数，运行下面的检查单元格即可立即得到反馈。
# 评分时，你的函数还会在你看不到的其他模型、输入和设置上再运行一次，并与正确结果比较。
# 卡住了？运行 `hint("任务编号")`。

# %%
import json

import numpy as np
import pandas as pd
from sklearn.datasets import load_diabetes
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from course import check, expect, hidden_check, hint

FEATURES = ["age", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]

patients = load_diabetes(as_frame=True, scaled=False).frame
patients["fast_progression"] = (patients["target"] > 140).astype(int)
patients["group"] = patients["sex"].map({1.0: "group 1", 2.0: "group 2"})
develop, test = train_test_split(patients, test_size=0.4, random_state=0, stratify=patients["fast_progression"])
X_test, y_test = test[FEATURES], test["fast_progression"]

model = make_pipeline(StandardScaler(), LogisticRegression()).fit(develop[FEATURES], develop["fast_progression"])
print(f"model under test: accuracy {np.mean(model.predict(X_test) == y_test):.3f} on {len(test)} test patients")

# %% [markdown] lang="en"
# ## The data and the model under test
#
# The data is scikit-learn's diabetes set (it ships with the library, no download): 442
# patients, measured at a first visit, and a measure of how far their disease had
# progressed one year later.
#
# | column | meaning |
# |---|---|
# | `age` | age, years |
# | `sex` | recorded as 1 or 2 (the data set does not say which is which); we call them `group 1` and `group 2` in `group` |
# | `bmi` | body mass index |
# | `bp` | average blood pressure |
# | `s1` … `s6` | six blood measurements (cholesterol, LDL, HDL, their ratio, a triglyceride measure, blood sugar) |
# | `target` | disease progression after one year |
# | `fast_progression` | **the label** we made: 1 when `target` is above 140 (about half of the patients) |
#
# The development team trained `model` (scaling + logistic regression) on the nine
# `FEATURES` of 265 patients. It does not use `sex`. You test it on the other 177
# patients: `X_test`, `y_test`. **You never retrain it**: a tester tests the model that will
# be delivered.

# %% [markdown] lang="zh"
# ## 数据与被测模型
#
# 数据是 scikit-learn 自带的糖尿病数据集（随库安装，无需下载）：442 名患者首次就诊时的测量值，
# 以及一年后病情进展程度的一个度量。
#
# | 列 | 含义 |
# |---|---|
# | `age` | 年龄（岁） |
# | `sex` | 记为 1 或 2（数据集没有说明哪个是哪个）；在 `group` 列中我们称之为 `group 1` 和 `group 2` |
# | `bmi` | 体重指数 |
# | `bp` | 平均血压 |
# | `s1` … `s6` | 六项血液指标（胆固醇、低密度脂蛋白、高密度脂蛋白、它们的比值、一项甘油三酯指标、血糖） |
# | `target` | 一年后的病情进展程度 |
# | `fast_progression` | 我们定义的**标签**：`target` 大于 140 时为 1（约一半患者） |
#
# 开发团队用 265 名患者的九个 `FEATURES` 训练了 `model`（标准化 + 逻辑回归），模型不使用 `sex`。
# 你在另外 177 名患者上测试它：`X_test`、`y_test`。**你绝不重新训练它**：测试员测试的是将要交付的那个模型。


# %% [markdown] lang="en"
# ## Task 1 · `noise_robustness`: what if the measurements are noisy?
#
# Real measurements are never exact. A robustness test adds random noise of growing size
# and watches the accuracy. The given function `add_noise(X, level, rng)` returns a noisy
# copy of `X`: each column gets random noise whose size is `level` times that column's
# spread (so `level=0.5` is noise half as large as the natural variation).
#
# Complete `noise_robustness(model, X, y, levels, seed=0)`:
#
# * compute the **clean accuracy**: the share of rows where `model.predict(X)` equals `y`;
# * create **one** random generator `np.random.default_rng(seed)` before the loop, and for
#   each level, in the order given, compute the accuracy on `add_noise(X, level, rng)`;
# * return a DataFrame indexed by `level` (the levels in the given order), with the columns
#   `accuracy` and `drop` (clean accuracy minus the accuracy at that level).

# %% [markdown] lang="zh"
# ## 任务 1 · `noise_robustness`：测量值有噪声会怎样？
#
# 真实的测量值从来不是精确的。鲁棒性测试会加入越来越大的随机噪声，观察准确率的变化。已给出的函数
# `add_noise(X, level, rng)` 返回 `X` 加噪声后的副本：每一列加上的随机噪声大小为该列离散程度的
# `level` 倍（所以 `level=0.5` 表示噪声是自然波动的一半大）。
#
# 请补全 `noise_robustness(model, X, y, levels, seed=0)`：
#
# * 算出**干净数据上的准确率**：`model.predict(X)` 等于 `y` 的行所占的比例；
# * 在循环之前只创建**一个**随机数生成器 `np.random.default_rng(seed)`，然后按给定顺序，对每个
#   level 算出在 `add_noise(X, level, rng)` 上的准确率；
# * 返回一个以 `level` 为索引（按给定顺序）的 DataFrame，列为 `accuracy` 和 `drop`
#   （干净数据准确率减去该 level 下的准确率）。

# %%
def add_noise(X, level, rng):
    """A copy of X with Gaussian noise of `level` × each column's standard deviation added.

    返回 X 加噪声后的副本：每列加上标准差为该列标准差 `level` 倍的高斯噪声。
    """
    spread = X.std(ddof=0).to_numpy()
    return X + rng.normal(0.0, 1.0, size=X.shape) * (level * spread)


# %% answer="noise_robustness"
def noise_robustness(model, X, y, levels, seed=0):
    """DataFrame indexed by level with the model's accuracy on noisy copies of X and the drop from the clean accuracy.

    以 level 为索引的 DataFrame：模型在加噪声的 X 上的准确率 accuracy，以及相对干净数据准确率的下降 drop。
    """
    ### BEGIN SOLUTION
    y = np.asarray(y)
    clean = np.mean(model.predict(X) == y)
    rng = np.random.default_rng(seed)
    accuracies = [np.mean(model.predict(add_noise(X, level, rng)) == y) for level in levels]
    table = pd.DataFrame({"accuracy": accuracies}, index=pd.Index(list(levels), name="level"))
    table["drop"] = clean - table["accuracy"]
    return table
    ### END SOLUTION


# %% tests="noise_robustness" points=2 assesses="L3.2.2"
_nr_model = make_pipeline(StandardScaler(), LogisticRegression()).fit(develop[FEATURES], develop["fast_progression"])
_nr = lambda: noise_robustness(_nr_model, X_test, y_test, [0.0, 0.5, 3.0])
check("noise_robustness",
      expect(lambda: list(_nr().columns) == ["accuracy", "drop"] and list(_nr().index) == [0.0, 0.5, 3.0],
             en="Return a DataFrame indexed by the levels, in the given order, with the columns accuracy and drop.",
             zh="应返回以各 level 为索引（按给定顺序）、列为 accuracy 和 drop 的 DataFrame。"),
      expect(lambda: abs(_nr()["drop"].loc[0.0]) < 1e-12 and abs(_nr()["accuracy"].loc[0.0] - np.mean(_nr_model.predict(X_test) == y_test)) < 1e-12,
             en="At level 0 there is no noise: the accuracy should equal the clean accuracy, and the drop should be 0.",
             zh="level 为 0 时没有噪声：准确率应等于干净数据上的准确率，drop 应为 0。"),
      expect(lambda: _nr()["accuracy"].loc[3.0] < _nr()["accuracy"].loc[0.0] - 0.05,
             en="Noise three times the natural spread should cost the model clearly more than 5 points of accuracy.",
             zh="三倍于自然波动的噪声应让模型的准确率明显下降 5 个百分点以上。"),
      expect(lambda: np.allclose(_nr()["accuracy"], noise_robustness(_nr_model, X_test, y_test, [0.0, 0.5, 3.0])["accuracy"]),
             en="Two runs with the same seed should give the same result: create the generator from the seed inside the function.",
             zh="使用相同种子运行两次，结果应相同：在函数内部用 seed 创建随机数生成器。"))
### BEGIN HIDDEN TESTS
from course import submit
_nr_out = noise_robustness(_nr_model, X_test, y_test, [0.2, 0.6, 1.0, 1.5], seed=11)
submit("noise_robustness", levels=[float(v) for v in _nr_out.index],
       accuracy=[float(v) for v in _nr_out["accuracy"]], drop=[float(v) for v in _nr_out["drop"]])
### END HIDDEN TESTS


# %% judge_helpers
import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FEATURES = ["age", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def reference_model():
    """The lesson's model fitted on the development rows, and the test rows it is tested on."""
    data = load_diabetes(as_frame=True, scaled=False).frame
    data["y"] = (data["target"] > 140).astype(int)
    develop, test = train_test_split(data, test_size=0.4, random_state=0, stratify=data["y"])
    return make_pipeline(StandardScaler(), LogisticRegression()).fit(develop[FEATURES], develop["y"]), test


# %% judge="noise_robustness"
def judge(answer, gold):
    model, test = reference_model()
    X, y = test[FEATURES], test["y"].to_numpy()
    clean = float(np.mean(model.predict(X) == y))
    rng = np.random.default_rng(11)
    accuracy = []
    for level in [0.2, 0.6, 1.0, 1.5]:
        noisy = X + rng.normal(0.0, 1.0, size=X.shape) * (level * X.std(ddof=0).to_numpy())
        accuracy.append(float(np.mean(model.predict(noisy) == y)))
    return all_of(
        rule(same(answer["levels"], [0.2, 0.6, 1.0, 1.5]),
             en="The table is not indexed by the levels in the given order.",
             zh="表格没有按给定顺序以各 level 为索引。"),
        rule(same(answer["accuracy"], accuracy, rel=1e-9),
             en="With other levels and another seed, the accuracies are not right (one generator from the seed, levels in order).",
             zh="换用其他 level 和种子后，准确率不正确（应由 seed 创建一个生成器，并按顺序处理各 level）。"),
        rule(same(answer["drop"], [clean - a for a in accuracy], rel=1e-9, abs=1e-12),
             en="drop should be the clean accuracy minus the accuracy at each level.",
             zh="drop 应为干净数据上的准确率减去各 level 下的准确率。"))


# %% [markdown] hint="noise_robustness" lang="en"
# Compare the predictions with `np.asarray(y)` and take the mean of the True/False result
# to get an accuracy. Build a list of accuracies in a loop over `levels`, passing the same
# `rng` to `add_noise` every time.

# %% [markdown] hint="noise_robustness" lang="zh"
# 把预测结果与 `np.asarray(y)` 比较，对得到的 True/False 求平均就是准确率。在遍历 `levels` 的循环里
# 得到一个准确率列表，每次都把同一个 `rng` 传给 `add_noise`。

# %% [markdown] hint="noise_robustness" lang="en"
# `pd.DataFrame({"accuracy": ...}, index=pd.Index(levels, name="level"))` builds the
# table; a new column can then be computed from an existing one.

# %% [markdown] hint="noise_robustness" lang="zh"
# `pd.DataFrame({"accuracy": ...}, index=pd.Index(levels, name="level"))` 可以建表；之后可以由已有的列
# 算出新的一列。

# %% [markdown] lang="en"
# ## Task 2 · `shift_robustness`: what if one input moves?
#
# Noise goes both ways and averages out. A **shift** does not: a lab switches to a device
# that reads every value a little higher, or the model is used in a clinic whose patients
# are heavier. Accuracy alone can hide what happens, so also watch the **flagged rate**:
# the share of patients the model flags (predicts 1). Nurses plan their calls on it.
#
# Complete `shift_robustness(model, X, y, feature, shifts)`: for each shift `k` in
# `shifts` (in order), make a copy of `X` in which the column `feature` is increased by
# `k` times that column's standard deviation in `X` (pandas' `X[feature].std()`), and
# measure the model on it. Return a DataFrame indexed by `shift`, with the columns
# `accuracy` and `flagged_rate`.

# %% [markdown] lang="zh"
# ## 任务 2 · `shift_robustness`：某个输入整体偏移会怎样？
#
# 噪声有正有负，会相互抵消；**偏移**则不会：化验室换了一台读数整体偏高的设备，或者模型被用在一个
# 病人普遍更胖的诊所。只看准确率可能看不出问题，所以还要看**标记率**：模型标记为 1 的患者所占的比例。
# 护士正是根据它来安排回访的。
#
# 请补全 `shift_robustness(model, X, y, feature, shifts)`：对 `shifts` 中的每个偏移量 `k`（按顺序），
# 复制一份 `X`，把其中 `feature` 列加上 `k` 倍的该列标准差（用 pandas 的 `X[feature].std()`），再在上面
# 测量模型。返回以 `shift` 为索引的 DataFrame，列为 `accuracy` 和 `flagged_rate`。

# %% answer="shift_robustness"
def shift_robustness(model, X, y, feature, shifts):
    """DataFrame indexed by shift: accuracy and flagged_rate when X[feature] is moved by shift × its std.

    以 shift 为索引的 DataFrame：X[feature] 偏移 shift 倍标准差后模型的 accuracy 和 flagged_rate。
    """
    ### BEGIN SOLUTION
    y = np.asarray(y)
    spread = X[feature].std()
    rows = []
    for k in shifts:
        moved = X.copy()
        moved[feature] = moved[feature] + k * spread
        predicted = model.predict(moved)
        rows.append({"accuracy": np.mean(predicted == y), "flagged_rate": np.mean(predicted == 1)})
    return pd.DataFrame(rows, index=pd.Index(list(shifts), name="shift"))
    ### END SOLUTION


# %% tests="shift_robustness" points=1 assesses="L3.2.2"
_sr_model = make_pipeline(StandardScaler(), LogisticRegression()).fit(develop[FEATURES], develop["fast_progression"])
_sr_X = X_test.copy()
_sr = lambda: shift_robustness(_sr_model, _sr_X, y_test, "bmi", [-1.0, 0.0, 1.0])
check("shift_robustness",
      expect(lambda: list(_sr().columns) == ["accuracy", "flagged_rate"] and list(_sr().index) == [-1.0, 0.0, 1.0],
             en="Return a DataFrame indexed by the shifts, in order, with the columns accuracy and flagged_rate.",
             zh="应返回以各偏移量为索引（按顺序）、列为 accuracy 和 flagged_rate 的 DataFrame。"),
      expect(lambda: abs(_sr()["flagged_rate"].loc[0.0] - np.mean(_sr_model.predict(X_test) == 1)) < 1e-12,
             en="A shift of 0 should give the model's own flagged rate on X.",
             zh="偏移量为 0 时，应得到模型在 X 上原本的标记率。"),
      expect(lambda: _sr()["flagged_rate"].loc[1.0] > _sr()["flagged_rate"].loc[0.0] + 0.05 > _sr()["flagged_rate"].loc[-1.0] + 0.1,
             en="Heavier patients (bmi up by one standard deviation) should be flagged clearly more often, lighter ones clearly less.",
             zh="体重更大的患者（bmi 增加一个标准差）应明显更常被标记，体重更小的则明显更少。"),
      expect(lambda: _sr_X.equals(X_test),
             en="Do not change the X you were given: shift a copy.",
             zh="不要修改传入的 X：在副本上做偏移。"))
### BEGIN HIDDEN TESTS
from course import submit
_sr_out = shift_robustness(_sr_model, X_test.copy(), y_test, "s5", [-0.5, 0.25, 2.0])
submit("shift_robustness", shifts=[float(v) for v in _sr_out.index],
       accuracy=[float(v) for v in _sr_out["accuracy"]], flagged=[float(v) for v in _sr_out["flagged_rate"]])
### END HIDDEN TESTS


# %% judge="shift_robustness"
def judge(answer, gold):
    model, test = reference_model()
    X, y = test[FEATURES], test["y"].to_numpy()
    accuracy, flagged = [], []
    for k in [-0.5, 0.25, 2.0]:
        moved = X.copy()
        moved["s5"] = moved["s5"] + k * X["s5"].std()
        predicted = model.predict(moved)
        accuracy.append(float(np.mean(predicted == y)))
        flagged.append(float(np.mean(predicted == 1)))
    return all_of(
        rule(same(answer["shifts"], [-0.5, 0.25, 2.0]),
             en="The table is not indexed by the shifts in the given order.",
             zh="表格没有按给定顺序以各偏移量为索引。"),
        rule(same(answer["accuracy"], accuracy, rel=1e-9) and same(answer["flagged"], flagged, rel=1e-9),
             en="Shifting s5 by −0.5, 0.25 and 2 standard deviations, the accuracy or the flagged rate is not right.",
             zh="把 s5 偏移 −0.5、0.25 和 2 个标准差时，准确率或标记率不正确。"))


# %% [markdown] hint="shift_robustness" lang="en"
# Compute the standard deviation once, from the `X` you were given, before the loop. In
# the loop, `X.copy()` gives a fresh table you can change without touching `X`.

# %% [markdown] hint="shift_robustness" lang="zh"
# 在循环之前，从传入的 `X` 算一次标准差。在循环里，`X.copy()` 会给出一张新表，修改它不会影响 `X`。

# %% [markdown] hint="shift_robustness" lang="en"
# The flagged rate is the mean of `predicted == 1`; it does not need `y` at all.

# %% [markdown] hint="shift_robustness" lang="zh"
# 标记率就是 `predicted == 1` 的平均值；计算它完全不需要 `y`。

# %% [markdown] lang="en"
# Run both tests on the model under test. Notice how the accuracy barely moves when `bmi`
# shifts, while the number of patients flagged changes a lot: a clinic with heavier
# patients would receive many more calls to make.

# %% [markdown] lang="zh"
# 在被测模型上运行这两项测试。注意：`bmi` 偏移时准确率几乎不变，被标记的患者人数却变化很大：
# 一个病人普遍更胖的诊所，要打的回访电话会多得多。

# %%
noise_table = noise_robustness(model, X_test, y_test, [0.1, 0.25, 0.5, 1.0])
print(noise_table.round(3))
print(shift_robustness(model, X_test, y_test, "bmi", [-1.0, -0.5, 0.0, 0.5, 1.0]).round(3))


# %% [markdown] lang="en"
# ## Task 3 · `group_metrics`: does the model work equally well for every group?
#
# A fairness test compares the model's behaviour group by group. The model does not use
# `sex`, but that does not make it fair: other inputs differ between the groups. Complete
# `group_metrics(y_true, y_pred, groups)`: the three arguments are equally long arrays or
# Series (truth 0/1, prediction 0/1, group name). Return a DataFrame with **one row per
# group** (index: the group names, sorted) and the columns, in this order:
#
# * `count`: patients in the group;
# * `accuracy`: share of correct predictions;
# * `recall`: of the group's patients who really progressed fast (truth 1), the share the
#   model flagged: the patients it would **miss** are the ones who matter most here;
# * `flagged_rate`: share of the group's patients flagged.

# %% [markdown] lang="zh"
# ## 任务 3 · `group_metrics`：模型对每个群体都一样好吗？
#
# 公平性测试要逐个群体比较模型的表现。模型不使用 `sex`，但这并不能保证它公平：其他输入在群体之间
# 本来就有差异。请补全 `group_metrics(y_true, y_pred, groups)`：三个参数是等长的数组或 Series
# （真实值 0/1、预测值 0/1、群体名称）。返回一个 DataFrame，**每个群体一行**（索引为群体名，排序），
# 列依次为：
#
# * `count`：该群体的患者人数；
# * `accuracy`：预测正确的比例；
# * `recall`：该群体中真正快速进展（真实值为 1）的患者里，被模型标记出来的比例：模型会**漏掉**的
#   那些患者，恰恰是这里最要紧的；
# * `flagged_rate`：该群体中被标记的患者比例。

# %% answer="group_metrics"
def group_metrics(y_true, y_pred, groups):
    """One row per group (sorted): count, accuracy, recall, flagged_rate.

    每个群体一行（排序）：count、accuracy、recall、flagged_rate。
    """
    ### BEGIN SOLUTION
    frame = pd.DataFrame({"truth": np.asarray(y_true), "pred": np.asarray(y_pred), "group": np.asarray(groups)})
    rows = {}
    for name, part in frame.groupby("group"):
        positives = part["truth"] == 1
        rows[name] = {"count": len(part),
                      "accuracy": (part["truth"] == part["pred"]).mean(),
                      "recall": (part["pred"][positives] == 1).mean(),
                      "flagged_rate": (part["pred"] == 1).mean()}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "group"
    return table
    ### END SOLUTION


# %% tests="group_metrics" points=2 assesses="L3.2.2,ethics"
_gm_t = np.array([1, 1, 0, 0, 1, 1, 1, 0])
_gm_p = np.array([1, 0, 0, 1, 1, 1, 1, 1])
_gm_g = np.array(["b", "b", "b", "b", "a", "a", "a", "a"])
_gm = lambda: group_metrics(_gm_t, _gm_p, _gm_g)
check("group_metrics",
      expect(lambda: list(_gm().columns) == ["count", "accuracy", "recall", "flagged_rate"],
             en="The columns should be count, accuracy, recall and flagged_rate, in that order.",
             zh="列应依次为 count、accuracy、recall、flagged_rate。"),
      expect(lambda: list(_gm().index) == ["a", "b"] and list(_gm()["count"]) == [4, 4],
             en="There should be one row per group, indexed by the sorted group names (a, b), 4 patients each.",
             zh="应每个群体一行，以排序后的群体名（a、b）为索引，每组 4 人。"),
      expect(lambda: np.allclose(_gm().loc["b"].to_numpy(dtype=float), [4, 0.5, 0.5, 0.5])
             and np.allclose(_gm().loc["a"].to_numpy(dtype=float), [4, 0.75, 1.0, 1.0]),
             en="In group b, 2 of 4 are right, 1 of its 2 fast progressors is flagged (recall 0.5), and 2 of 4 are flagged; group a: 0.75, 1.0, 1.0.",
             zh="b 组 4 人中 2 人预测正确，2 名快速进展者中 1 人被标记（recall 为 0.5），4 人中 2 人被标记；a 组依次为 0.75、1.0、1.0。"))
### BEGIN HIDDEN TESTS
from course import submit
_gm_rng = np.random.default_rng(909)
_gm_out = group_metrics(pd.Series((_gm_rng.random(300) < 0.4).astype(int)), (_gm_rng.random(300) < 0.5).astype(int),
                        list(_gm_rng.choice(["north", "south", "east"], 300)))
submit("group_metrics", groups=[str(g) for g in _gm_out.index], counts=[int(v) for v in _gm_out["count"]],
       rates=[[float(v) for v in _gm_out[c]] for c in ["accuracy", "recall", "flagged_rate"]])
### END HIDDEN TESTS


# %% judge="group_metrics"
def judge(answer, gold):
    rng = np.random.default_rng(909)
    truth = (rng.random(300) < 0.4).astype(int)
    pred = (rng.random(300) < 0.5).astype(int)
    groups = rng.choice(["north", "south", "east"], 300)
    names = sorted(set(groups.tolist()))
    masks = [groups == g for g in names]
    rates = [[float(np.mean(truth[m] == pred[m])) for m in masks],
             [float(np.mean(pred[m & (truth == 1)] == 1)) for m in masks],
             [float(np.mean(pred[m] == 1)) for m in masks]]
    return all_of(
        rule(same(answer["groups"], names) and same(answer["counts"], [int(m.sum()) for m in masks]),
             en="With three groups of 300 patients, the rows or the counts are not right.",
             zh="在 300 名患者、三个群体的数据上，行或人数不正确。"),
        rule(same(answer["rates"], rates, rel=1e-9),
             en="With three groups of 300 patients, some rates are not right (recall counts only the group's true fast progressors).",
             zh="在 300 名患者、三个群体的数据上，部分比例不正确（recall 只看该群体中真正快速进展的患者）。"))


# %% [markdown] hint="group_metrics" lang="en"
# Put the three inputs side by side in one DataFrame first (`np.asarray` makes lists,
# arrays and Series alike). Then loop over `groupby` on the group column.

# %% [markdown] hint="group_metrics" lang="zh"
# 先把三个输入并排放进一个 DataFrame（`np.asarray` 能把列表、数组和 Series 统一起来），
# 再对群体列用 `groupby` 循环。

# %% [markdown] hint="group_metrics" lang="en"
# Recall is an average over the true positives of the group only: select them with a
# True/False mask before you take the mean of "flagged".

# %% [markdown] hint="group_metrics" lang="zh"
# recall 只在该群体的真实正例上求平均：先用 True/False 掩码选出它们，再对“被标记”求平均。

# %% [markdown] lang="en"
# The fairness test of the model under test:

# %% [markdown] lang="zh"
# 被测模型的公平性测试结果：

# %%
fairness_table = group_metrics(y_test, model.predict(X_test), test["group"])
fairness_table.round(3)


# %% [markdown] lang="en"
# ## Task 4 · `permutation_ranking`: which inputs does the model rely on?
#
# **Permutation importance** answers "how much worse does the model get if this input
# becomes useless?": it shuffles one column at a time, breaking its link with the label,
# and measures the loss of accuracy. It works for any model, and it measures the model on
# the test data, not the training data.
#
# Complete `permutation_ranking(model, X, y, seed=0)`: call scikit-learn's
# `permutation_importance` with `n_repeats=10`, `random_state=seed` and
# `scoring="accuracy"`, and return a pandas **Series** of the mean importances, indexed by
# the column names of `X`, sorted from the most to the least important.

# %% [markdown] lang="zh"
# ## 任务 4 · `permutation_ranking`：模型依赖哪些输入？
#
# **置换重要性**回答的问题是：“如果这个输入变得毫无用处，模型会变差多少？”它每次打乱一列，切断这一列
# 与标签的联系，然后测量准确率损失了多少。它适用于任何模型，而且是在测试数据上、而不是训练数据上
# 衡量模型。
#
# 请补全 `permutation_ranking(model, X, y, seed=0)`：调用 scikit-learn 的 `permutation_importance`，
# 参数为 `n_repeats=10`、`random_state=seed` 和 `scoring="accuracy"`，返回一个由平均重要性组成的
# pandas **Series**，以 `X` 的列名为索引，按重要性从高到低排序。

# %% answer="permutation_ranking"
def permutation_ranking(model, X, y, seed=0):
    """Mean permutation importances (accuracy, 10 repeats) as a Series indexed by column name, largest first.

    平均置换重要性（accuracy，重复 10 次），以列名为索引的 Series，从大到小排序。
    """
    ### BEGIN SOLUTION
    result = permutation_importance(model, X, y, n_repeats=10, random_state=seed, scoring="accuracy")
    return pd.Series(result.importances_mean, index=X.columns).sort_values(ascending=False)
    ### END SOLUTION


# %% tests="permutation_ranking" points=2 assesses="L3.2.2"
from functools import lru_cache
_pr_model = make_pipeline(StandardScaler(), LogisticRegression()).fit(develop[FEATURES], develop["fast_progression"])
_pr_X = X_test.assign(noise=np.random.default_rng(5).normal(size=len(X_test)))
_pr_model_n = make_pipeline(StandardScaler(), LogisticRegression()).fit(
    develop[FEATURES].assign(noise=np.random.default_rng(6).normal(size=len(develop))), develop["fast_progression"])
_pr = lru_cache(maxsize=1)(lambda: permutation_ranking(_pr_model_n, _pr_X, y_test))   # computed once, reused by the checks
check("permutation_ranking",
      expect(lambda: isinstance(_pr(), pd.Series) and set(_pr().index) == set(_pr_X.columns),
             en="Return a pandas Series indexed by the column names of X.",
             zh="应返回以 X 的列名为索引的 pandas Series。"),
      expect(lambda: _pr().is_monotonic_decreasing,
             en="Sort the importances from the largest to the smallest.",
             zh="重要性应从大到小排序。"),
      expect(lambda: list(_pr().index[:2]) == ["s5", "bmi"] and abs(_pr()["noise"]) < 0.02,
             en="For this model the two most important inputs are s5 and bmi, and a column of pure noise should have an importance close to 0.",
             zh="对这个模型来说，最重要的两个输入是 s5 和 bmi；一列纯噪声的重要性应接近 0。"))
### BEGIN HIDDEN TESTS
from course import submit
_pr_out = permutation_ranking(_pr_model, X_test, y_test, seed=21)
submit("permutation_ranking", names=[str(n) for n in _pr_out.index], values=[float(v) for v in _pr_out])
### END HIDDEN TESTS


# %% judge="permutation_ranking"
def judge(answer, gold):
    from sklearn.inspection import permutation_importance

    model, test = reference_model()
    result = permutation_importance(model, test[FEATURES], test["y"], n_repeats=10, random_state=21, scoring="accuracy")
    order = sorted(range(len(FEATURES)), key=lambda i: -result.importances_mean[i])
    expected = [float(result.importances_mean[i]) for i in order]
    return all_of(
        rule(same(answer["values"], expected, rel=1e-9, abs=1e-12),
             en="With another seed, the mean importances or their order are not right (10 repeats, accuracy, largest first).",
             zh="换用另一个种子后，平均重要性或其顺序不正确（重复 10 次、按 accuracy、从大到小）。"),
        rule(len(answer["names"]) == len(FEATURES) and answer["names"][:3] == [FEATURES[i] for i in order[:3]],
             en="The most important inputs are not at the top of the ranking.",
             zh="最重要的输入没有排在最前面。"))


# %% [markdown] hint="permutation_ranking" lang="en"
# `permutation_importance(...)` returns an object whose `importances_mean` holds one number
# per column, in the order of `X.columns`.

# %% [markdown] hint="permutation_ranking" lang="zh"
# `permutation_importance(...)` 返回的对象中，`importances_mean` 为每一列保存一个数，顺序与
# `X.columns` 相同。

# %% [markdown] hint="permutation_ranking" lang="en"
# Build the Series with the column names as its index, then sort it by value, largest first.

# %% [markdown] hint="permutation_ranking" lang="zh"
# 用列名作为索引建立 Series，再按数值从大到小排序。

# %% [markdown] lang="en"
# ## Task 5 · `partial_dependence_curve`: how does the output move with one input?
#
# Importance says *how much* the model uses an input; a **partial dependence** curve says
# *how*. For each value on a grid, set that input to the value for **every** patient
# (keeping their other inputs), and average the model's predicted probability of class 1.
# The curve shows the model's average answer as a function of that one input, which a
# doctor can check against medical knowledge.
#
# Complete `partial_dependence_curve(model, X, feature, grid)`: return a list of floats, one
# per grid value, in the order of `grid`. Do not change `X`.

# %% [markdown] lang="zh"
# ## 任务 5 · `partial_dependence_curve`：输出如何随某个输入变化？
#
# 重要性说明模型*在多大程度上*使用某个输入；**部分依赖**曲线说明模型*怎样*使用它。对网格上的每个值，
# 把**所有**患者的这个输入都设为该值（其他输入保持不变），再对模型预测为类别 1 的概率求平均。
# 这条曲线展示了模型的平均输出如何随这一个输入变化，医生可以用医学知识来核对它。
#
# 请补全 `partial_dependence_curve(model, X, feature, grid)`：返回一个 float 列表，每个网格值一个，
# 顺序与 `grid` 相同。不要修改 `X`。

# %% answer="partial_dependence_curve"
def partial_dependence_curve(model, X, feature, grid):
    """Average predicted probability of class 1 when X[feature] is set to each grid value for every row.

    把每一行的 X[feature] 都设为各网格值时，模型预测为类别 1 的平均概率（按 grid 顺序的列表）。
    """
    ### BEGIN SOLUTION
    curve = []
    for value in grid:
        fixed = X.copy()
        fixed[feature] = value
        curve.append(float(model.predict_proba(fixed)[:, 1].mean()))
    return curve
    ### END SOLUTION


# %% tests="partial_dependence_curve" points=2 assesses="L3.2.2"
_pd_model = make_pipeline(StandardScaler(), LogisticRegression()).fit(develop[FEATURES], develop["fast_progression"])
_pd_X = X_test.copy()
_pd = lambda: partial_dependence_curve(_pd_model, _pd_X, "bmi", [20.0, 30.0, 40.0])
check("partial_dependence_curve",
      expect(lambda: isinstance(_pd(), list) and len(_pd()) == 3 and all(0 <= v <= 1 for v in _pd()),
             en="Return a list with one probability (between 0 and 1) per grid value.",
             zh="应返回一个列表，每个网格值对应一个概率（0 到 1 之间）。"),
      expect(lambda: _pd()[0] < 0.4 < _pd()[1] < 0.7 < _pd()[2],
             en="For this model the average probability should rise steeply with bmi: below 0.4 at bmi 20 and above 0.7 at bmi 40. Is the column set to the grid value for every patient, and is it the probability of class 1?",
             zh="对这个模型来说，平均概率应随 bmi 急剧上升：bmi 为 20 时低于 0.4，为 40 时高于 0.7。是否把每个患者的这一列都设为网格值？取的是类别 1 的概率吗？"),
      expect(lambda: _pd_X.equals(X_test),
             en="Do not change the X you were given: set the values in a copy.",
             zh="不要修改传入的 X：在副本中设置数值。"))
### BEGIN HIDDEN TESTS
from course import submit
_pd_out = partial_dependence_curve(_pd_model, X_test.iloc[::2].copy(), "s5", [3.5, 4.0, 4.5, 5.0, 5.5])
submit("partial_dependence_curve", curve=[float(v) for v in _pd_out])
### END HIDDEN TESTS


# %% judge="partial_dependence_curve"
def judge(answer, gold):
    model, test = reference_model()
    X = test[FEATURES].iloc[::2]
    curve = []
    for value in [3.5, 4.0, 4.5, 5.0, 5.5]:
        fixed = X.copy()
        fixed["s5"] = value
        curve.append(float(model.predict_proba(fixed)[:, 1].mean()))
    return all_of(rule(same(answer["curve"], curve, rel=1e-9),
                       en="For s5 on another set of patients, the partial dependence curve is not right.",
                       zh="在另一组患者、输入 s5 上，部分依赖曲线不正确。"))


# %% [markdown] hint="partial_dependence_curve" lang="en"
# Assigning one number to a column, `table[feature] = value`, sets it for every row. Do it
# in a copy of `X`, once per grid value.

# %% [markdown] hint="partial_dependence_curve" lang="zh"
# 把一个数赋给一列（`表[feature] = value`）会把每一行都设为这个数。对每个网格值，在 `X` 的副本中做一次。

# %% [markdown] hint="partial_dependence_curve" lang="en"
# Average the probabilities, not the 0/1 predictions: `predict_proba` gives one column per
# class, and class 1 is the second.

# %% [markdown] hint="partial_dependence_curve" lang="zh"
# 要对概率求平均，而不是对 0/1 预测求平均：`predict_proba` 为每个类别给出一列，类别 1 是第二列。

# %% [markdown] lang="en"
# The explainability results of the model under test: the ranking, and the curves of the
# two most important inputs.

# %% [markdown] lang="zh"
# 被测模型的可解释性结果：重要性排序，以及最重要的两个输入的部分依赖曲线。

# %%
ranking = permutation_ranking(model, X_test, y_test)
print(ranking.round(3))
for _feature in ranking.index[:2]:
    _grid = np.quantile(X_test[_feature], [0.05, 0.25, 0.5, 0.75, 0.95])
    _curve = partial_dependence_curve(model, X_test, _feature, _grid)
    print(_feature, [f"{g:.1f}→{p:.2f}" for g, p in zip(_grid, _curve)])


# %% [markdown] lang="en"
# ## Task 6 · `test_report`: the structured test report
#
# A test report is read by people who did not run the tests, so it always has the same
# parts, and its verdict follows rules agreed **before** testing. Complete
# `test_report(scope, noise_table, fairness_table, ranking)`. The inputs are a dictionary
# `scope` (what was tested) and three results shaped like those of tasks 1, 3 and 4.
# Return a dictionary with exactly these sections:
#
# | key | content |
# |---|---|
# | `"scope"` | the `scope` dictionary, unchanged |
# | `"robustness"` | `{"clean_accuracy": ..., "worst_accuracy": ..., "max_drop": ...}`: clean accuracy = accuracy + drop of any row; the lowest accuracy and the largest drop of the noise table |
# | `"fairness"` | `{"groups": [...], "recall_gap": ..., "flagged_rate_gap": ...}`: the group names in table order; each gap is the largest minus the smallest value of that column |
# | `"explainability"` | `{"top_features": [...]}`: the names of the 3 first inputs of `ranking` |
# | `"issues"` | a list: `"robustness"` if `max_drop > 0.05`, then `"fairness"` if `recall_gap > 0.10` (empty if neither) |
# | `"verdict"` | `"fail"` if `max_drop > 0.15` or `recall_gap > 0.25`; otherwise `"pass"` if there are no issues; otherwise `"conditional pass"` |
#
# Use plain Python values (`float`, `str`, `list`, `dict`), so that the report can be saved
# as JSON: `json.dumps(report)` must work.

# %% [markdown] lang="zh"
# ## 任务 6 · `test_report`：结构化测试报告
#
# 测试报告的读者并没有亲自做测试，所以报告总是由相同的几部分组成，结论要遵循测试**之前**就约定好的规则。
# 请补全 `test_report(scope, noise_table, fairness_table, ranking)`。输入是一个字典 `scope`（测试了什么）
# 以及三个形式与任务 1、3、4 的结果相同的测试结果。返回一个正好包含以下各部分的字典：
#
# | 键 | 内容 |
# |---|---|
# | `"scope"` | 原样放入 `scope` 字典 |
# | `"robustness"` | `{"clean_accuracy": ..., "worst_accuracy": ..., "max_drop": ...}`：干净数据准确率 = 任意一行的 accuracy + drop；噪声表中最低的准确率和最大的下降 |
# | `"fairness"` | `{"groups": [...], "recall_gap": ..., "flagged_rate_gap": ...}`：按表中顺序的群体名；每个差距是该列最大值减最小值 |
# | `"explainability"` | `{"top_features": [...]}`：`ranking` 中前 3 个输入的名字 |
# | `"issues"` | 一个列表：若 `max_drop > 0.05` 则含 `"robustness"`，之后若 `recall_gap > 0.10` 则含 `"fairness"`（都不满足则为空列表） |
# | `"verdict"` | 若 `max_drop > 0.15` 或 `recall_gap > 0.25` 则为 `"fail"`；否则没有问题时为 `"pass"`；其余情况为 `"conditional pass"` |
#
# 请使用普通的 Python 值（`float`、`str`、`list`、`dict`），以便报告能保存为 JSON：`json.dumps(report)` 必须能运行。

# %% answer="test_report"
def test_report(scope, noise_table, fairness_table, ranking):
    """The structured test report: scope, robustness, fairness, explainability, issues, verdict.

    结构化测试报告：scope、robustness、fairness、explainability、issues、verdict。
    """
    ### BEGIN SOLUTION
    clean = float(noise_table["accuracy"].iloc[0] + noise_table["drop"].iloc[0])
    max_drop = float(noise_table["drop"].max())
    recall_gap = float(fairness_table["recall"].max() - fairness_table["recall"].min())
    flagged_gap = float(fairness_table["flagged_rate"].max() - fairness_table["flagged_rate"].min())
    issues = []
    if max_drop > 0.05:
        issues.append("robustness")
    if recall_gap > 0.10:
        issues.append("fairness")
    if max_drop > 0.15 or recall_gap > 0.25:
        verdict = "fail"
    else:
        verdict = "conditional pass" if issues else "pass"
    return {
        "scope": scope,
        "robustness": {"clean_accuracy": clean, "worst_accuracy": float(noise_table["accuracy"].min()),
                       "max_drop": max_drop},
        "fairness": {"groups": [str(g) for g in fairness_table.index], "recall_gap": recall_gap,
                     "flagged_rate_gap": flagged_gap},
        "explainability": {"top_features": [str(f) for f in ranking.index[:3]]},
        "issues": issues,
        "verdict": verdict,
    }
    ### END SOLUTION


# %% tests="test_report" points=2 assesses="L3.2.2"
_tr_scope = {"model": "progression flag v1", "test_rows": 177}
_tr_noise = pd.DataFrame({"accuracy": [0.78, 0.74, 0.70], "drop": [0.02, 0.06, 0.10]},
                         index=pd.Index([0.1, 0.5, 1.0], name="level"))
_tr_fair = pd.DataFrame({"count": [90, 87], "accuracy": [0.7, 0.8], "recall": [0.62, 0.80],
                         "flagged_rate": [0.40, 0.52]}, index=pd.Index(["group 1", "group 2"], name="group"))
_tr_rank = pd.Series([0.09, 0.05, 0.02, 0.0], index=["s5", "bmi", "bp", "age"])
_tr = lambda: test_report(_tr_scope, _tr_noise, _tr_fair, _tr_rank)
check("test_report",
      expect(lambda: list(_tr()) == ["scope", "robustness", "fairness", "explainability", "issues", "verdict"],
             en="The report should have exactly the sections scope, robustness, fairness, explainability, issues and verdict, in that order.",
             zh="报告应正好包含 scope、robustness、fairness、explainability、issues、verdict 这几部分，并按此顺序。"),
      expect(lambda: json.loads(json.dumps(_tr())) == _tr(),
             en="The report should be plain Python values that json.dumps can save (float, str, list, dict).",
             zh="报告应由 json.dumps 能保存的普通 Python 值组成（float、str、list、dict）。"),
      expect(lambda: np.allclose([_tr()["robustness"][k] for k in ["clean_accuracy", "worst_accuracy", "max_drop"]], [0.80, 0.70, 0.10])
             and _tr()["explainability"]["top_features"] == ["s5", "bmi", "bp"],
             en="Here the clean accuracy is 0.80 (0.78 + 0.02), the worst accuracy 0.70, the largest drop 0.10, and the top features s5, bmi, bp.",
             zh="这里干净数据准确率为 0.80（0.78 + 0.02），最低准确率 0.70，最大下降 0.10，最重要的特征为 s5、bmi、bp。"),
      expect(lambda: abs(_tr()["fairness"]["recall_gap"] - 0.18) < 1e-9 and _tr()["issues"] == ["robustness", "fairness"]
             and _tr()["verdict"] == "conditional pass",
             en="A recall gap of 0.18 and a largest drop of 0.10 are both issues, but neither is bad enough to fail: the verdict is conditional pass.",
             zh="recall 差距 0.18 和最大下降 0.10 都是问题，但都没有严重到不通过：结论应为 conditional pass。"))
### BEGIN HIDDEN TESTS
from course import submit
_tr_cases = []
for _tr_drops, _tr_recalls in [([0.0, 0.01, 0.03], [0.7, 0.75, 0.72]), ([0.02, 0.08, 0.2], [0.7, 0.71, 0.69]),
                               ([0.01, 0.02, 0.04], [0.5, 0.81, 0.7]), ([0.05, 0.05, 0.05], [0.6, 0.7, 0.65])]:
    _tr_n = pd.DataFrame({"accuracy": [0.8 - d for d in _tr_drops], "drop": _tr_drops},
                         index=pd.Index([0.2, 0.6, 1.2], name="level"))
    _tr_f = pd.DataFrame({"count": [50, 60, 70], "accuracy": [0.7, 0.7, 0.7], "recall": _tr_recalls,
                          "flagged_rate": [0.3, 0.45, 0.5]}, index=pd.Index(["x", "y", "z"], name="group"))
    _tr_r = pd.Series([0.2, 0.1, 0.05, 0.01], index=["bp", "age", "s5", "s1"])
    _tr_cases.append(test_report({"model": "m", "test_rows": 180}, _tr_n, _tr_f, _tr_r))
submit("test_report", reports=json.loads(json.dumps(_tr_cases)))
### END HIDDEN TESTS


# %% judge="test_report"
def judge(answer, gold):
    cases = [([0.0, 0.01, 0.03], [0.7, 0.75, 0.72]), ([0.02, 0.08, 0.2], [0.7, 0.71, 0.69]),
             ([0.01, 0.02, 0.04], [0.5, 0.81, 0.7]), ([0.05, 0.05, 0.05], [0.6, 0.7, 0.65])]
    reports = answer["reports"]
    sections = ["scope", "robustness", "fairness", "explainability", "issues", "verdict"]
    if not (isinstance(reports, list) and len(reports) == 4 and all(isinstance(r, dict) for r in reports)):
        return all_of(rule(False, en="The reports are not dictionaries.", zh="报告不是字典。"))
    shaped = all(list(r) == sections for r in reports)
    values, verdicts = True, True
    for report, (drops, recalls) in zip(reports, cases):
        if not shaped:
            break
        max_drop, gap = max(drops), max(recalls) - min(recalls)
        issues = (["robustness"] if max_drop > 0.05 else []) + (["fairness"] if gap > 0.10 else [])
        verdict = "fail" if max_drop > 0.15 or gap > 0.25 else ("conditional pass" if issues else "pass")
        values = values and same(report["scope"], {"model": "m", "test_rows": 180}) and same(
            report["robustness"], {"clean_accuracy": 0.8, "worst_accuracy": 0.8 - max_drop, "max_drop": max_drop},
            rel=1e-9, abs=1e-12) and same(
            report["fairness"], {"groups": ["x", "y", "z"], "recall_gap": gap, "flagged_rate_gap": 0.2}, rel=1e-9) and same(
            report["explainability"], {"top_features": ["bp", "age", "s5"]})
        verdicts = verdicts and same(report["issues"], issues) and same(report["verdict"], verdict)
    return all_of(
        rule(shaped, en="Some report does not have exactly the six required sections in order.",
             zh="有的报告没有按顺序正好包含六个必需部分。"),
        rule(shaped and values,
             en="In four other test situations, some section of the report holds wrong or missing values.",
             zh="在另外四种测试情形下，报告的某些部分数值错误或缺失。"),
        rule(shaped and verdicts,
             en="In four other test situations (a clean pass, a robustness failure, a fairness failure, a drop exactly at 0.05), the issues or the verdict do not follow the rules.",
             zh="在另外四种测试情形下（完全通过、鲁棒性不通过、公平性不通过、下降恰好为 0.05），问题列表或结论不符合规则。"))


# %% [markdown] hint="test_report" lang="en"
# Compute the five numbers first (clean accuracy, worst accuracy, largest drop, the two
# gaps) and convert each with `float(...)`; pandas gives numpy numbers, which JSON refuses.

# %% [markdown] hint="test_report" lang="zh"
# 先算出五个数（干净数据准确率、最低准确率、最大下降、两个差距），每个都用 `float(...)` 转换；
# pandas 给出的是 numpy 数值，JSON 不接受。

# %% [markdown] hint="test_report" lang="en"
# Decide "fail" first, because it overrides everything else; only then choose between
# "pass" and "conditional pass" by whether the issues list is empty. "Above 0.05" means
# strictly greater.

# %% [markdown] hint="test_report" lang="zh"
# 先判断是否为 "fail"，因为它优先于其他一切；然后再根据问题列表是否为空，在 "pass" 和
# "conditional pass" 之间选择。“大于 0.05”指严格大于。

# %% [markdown] lang="en"
# The report of the model under test, saved as JSON like a real test record:

# %% [markdown] lang="zh"
# 被测模型的测试报告，像真正的测试记录一样保存为 JSON：

# %%
report = test_report({"model": "fast-progression flag v1 (scaling + logistic regression)", "test_rows": int(len(test))},
                     noise_table, fairness_table, ranking)
print(json.dumps(report, indent=2, ensure_ascii=False))


# %% [markdown] lang="en"
# ## Written task · conclusion and recommendations
#
# The report's numbers need a conclusion a manager can act on. In 4 to 6 sentences, write
# the "conclusion and recommendations" section for this model: (1) state the verdict and
# the finding behind it, with its numbers; (2) explain what that finding means for
# patients; (3) say what you found about robustness and explainability (is what the
# model relies on plausible?); (4) recommend what must happen before the model is used,
# and one limit of this test.

# %% [markdown] lang="zh"
# ## 书面任务 · 结论与建议
#
# 报告中的数字还需要一段管理者能据此行动的结论。请用 4 到 6 句话为这个模型写出“结论与建议”部分：
# （1）给出结论以及支撑它的发现和数字；（2）说明这个发现对患者意味着什么；（3）说说你在鲁棒性和
# 可解释性方面发现了什么（模型依赖的东西合理吗？）；（4）建议模型投入使用之前必须做什么，并指出
# 本次测试的一个局限。

# %% [markdown] manual="test_conclusion" points=2 assesses="L3.2.2"
# **Model answer.** Verdict: fail, because the recall gap between the two sex groups is
# about 0.29 (about 0.54 in group 1 against 0.83 in group 2), above the 0.25 limit; accuracy
# alone (0.74) hides it. For patients it means that about 46 % of fast progressors in group
# 1 would not be called in early, against 17 % in group 2, although the model never sees
# sex: other inputs (bmi, s5, blood pressure) differ between the groups. Robustness is
# acceptable for moderate noise (drop of a few points up to half the natural spread), but
# a shift in bmi changes the number of flagged patients a lot, so a new population or
# device needs re-testing. The model relies mainly on s5 (a triglyceride measure) and bmi,
# with risk rising with both, which is medically plausible. Before use: improve recall for
# group 1 (e.g. group-aware threshold review with clinicians, more data, other features),
# re-test on new data; limits: only 177 test patients (about 40 fast progressors per
# group, so the gap has a wide uncertainty), one split, an arbitrary 140 cut-off.
#
# **Rubric (2 points).**
# * 1 point: states the verdict with the fairness finding and its numbers (recall per
#   group or the gap) and what it means for patients (missed fast progressors in one
#   group); half a point if the verdict or numbers are missing.
# * 1 point: comments on robustness and/or the plausibility of the top features **and**
#   gives a concrete recommendation plus one limit of the test (sample size/uncertainty,
#   single split, label cut-off, no external data); half a point if only one of these.
