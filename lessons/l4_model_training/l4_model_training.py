# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l4_model_training
#     level: 4
#     title: {en: Training a first model with scikit-learn, zh: 用 scikit-learn 训练第一个模型}
#     datasets: [hospital_stays/stays_train.csv]
#     gold: [hospital_stays/stays_test.csv]
# ---

# %% [markdown] lang="en"
# # Training a first model with scikit-learn
#
# A city hospital wants two numbers for every patient at discharge: **how likely the
# patient is to be back within 30 days** (so that nurses can call the risky ones), and,
# for planning beds, **how long a stay like this one lasts**. The first is a
# *classification* task (the answer is a class: readmitted or not), the second a
# *regression* task (the answer is a number of days).
#
# In this lesson you train both, the way a professional does it:
#
# 1. split the data into a training part and a test part, reproducibly (Task 1);
# 2. build **baselines**, the score to beat with no intelligence at all (Tasks 2 and 3);
# 3. prepare the columns: scale the numbers and one-hot encode the categories (Task 4);
# 4. put preparation and model into one **pipeline**, for a classifier and a regressor
#    (Tasks 5 and 6), and compare the regressor's error with its baseline (Task 7).
#
# Your pipelines are graded the way a hospital would judge them: trained on the data you
# have, then scored on **other stays that are not in your folder**, with partial credit by
# score band. Run each answer cell, then its check cell; `hint("task_id")` gives hints.

# %% [markdown] lang="zh"
# # 用 scikit-learn 训练第一个模型
#
# 一家城市医院希望在每位患者出院时得到两个数字：**这位患者 30 天内再次入院的可能性有多大**（这样
# 护士可以给高风险的患者打电话），以及为了安排床位，**像这样的一次住院要住多久**。前者是*分类*任务
# （答案是一个类别：是否再入院），后者是*回归*任务（答案是天数）。
#
# 在这一课里，你将按专业的做法训练这两个模型：
#
# 1. 把数据可复现地分成训练部分和测试部分（任务 1）；
# 2. 建立**基线**，也就是完全不用“智能”就能得到的分数，这是要超越的目标（任务 2 和 3）；
# 3. 准备各列：数值列标准化，类别列做独热编码（任务 4）；
# 4. 把数据准备和模型放进一个**流水线**（pipeline），分别做一个分类器和一个回归器（任务 5 和 6），
#    并把回归器的误差与基线比较（任务 7）。
#
# 你的流水线会像医院那样被评判：在你手上的数据上训练，然后在**不在你文件夹里的其他住院记录**上
# 打分，按分数段给部分分。先运行每个答案单元格，再运行它的检查单元格；`hint("任务编号")` 会给出提示。

# %%
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from course import check, expect, hint

stays = pd.read_csv("stays_train.csv")
NUMERIC = ["age", "n_diagnoses", "n_medications", "prior_admissions"]
CATEGORICAL = ["sex", "department", "admission_type"]
FEATURES = NUMERIC + CATEGORICAL
print(stays.shape)
stays.head()

# %% [markdown] lang="en"
# Each row is one stay. The **features** are what the model may look at: the numbers in
# `NUMERIC` and the categories in `CATEGORICAL`, all known at discharge. The **targets** are
# what it must predict: `readmitted` (1 = back within 30 days) and `length_of_stay` (days).
# `stay_id` is only a name: a model must never learn from an id.
#
# In scikit-learn every model works the same way: create it, `fit(X, y)` it on features `X`
# and known answers `y`, then `predict(X_new)` for new rows. `score` or a metric function
# says how good the predictions are.

# %% [markdown] lang="zh"
# 每行是一次住院。**特征**是模型可以看的内容：`NUMERIC` 中的数值和 `CATEGORICAL` 中的类别，都是出院时
# 已知的信息。**目标**是模型要预测的：`readmitted`（1 = 30 天内再次入院）和 `length_of_stay`（天数）。
# `stay_id` 只是一个编号：模型绝不能从编号中学习。
#
# 在 scikit-learn 中，所有模型的用法都一样：创建模型，用特征 `X` 和已知答案 `y` 调用 `fit(X, y)`，
# 再对新的行调用 `predict(X_new)`。`score` 或某个评估函数告诉你预测得有多好。

# %% [markdown] lang="en"
# ## Task 1 · `split_data`: a test set you never train on
#
# A model that has seen a row can simply remember its answer. To know how it will do on
# *new* patients, keep some rows aside as a **test set**, train on the rest, and score on
# the test set only. The split is random, so fix the **seed** (`random_state`): the same
# seed gives the same split on every run and every computer, so your results can be
# checked and repeated, and two models can be compared on exactly the same rows.
#
# Complete `split_data(df, target, seed=0)`: return `X_train, X_test, y_train, y_test`
# where `X` is `df[FEATURES]` and `y` is the column `target`, using
# `train_test_split` with a test share of 25 % (`test_size=0.25`) and `random_state=seed`.

# %% [markdown] lang="zh"
# ## 任务 1 · `split_data`：留出一个从不用来训练的测试集
#
# 模型见过某一行，就可以直接记住它的答案。要知道模型在*新*患者身上表现如何，就要留出一部分行作为
# **测试集**，用其余的行训练，只在测试集上打分。划分是随机的，所以要固定**随机种子**（`random_state`）：
# 同样的种子在每次运行、每台电脑上都得到同样的划分，这样结果可以核对、可以复现，两个模型也能在完全
# 相同的行上比较。
#
# 请补全 `split_data(df, target, seed=0)`：返回 `X_train, X_test, y_train, y_test`，其中 `X` 是
# `df[FEATURES]`，`y` 是 `target` 这一列；使用 `train_test_split`，测试集占 25%（`test_size=0.25`），
# 并设置 `random_state=seed`。

# %% answer="split_data"
def split_data(df, target, seed=0):
    """Return X_train, X_test, y_train, y_test: df[FEATURES] and df[target], 25 % test, random_state=seed.

    返回 X_train, X_test, y_train, y_test：df[FEATURES] 和 df[target]，测试集 25%，random_state=seed。
    """
    ### BEGIN SOLUTION
    return train_test_split(df[FEATURES], df[target], test_size=0.25, random_state=seed)
    ### END SOLUTION


# %% tests="split_data" points=2 assesses="L4.1.2,fundamentals"
_sd = lambda seed: split_data(stays.copy(), "readmitted", seed=seed)
check("split_data",
      expect(lambda: len(_sd(0)) == 4 and len(_sd(0)[0]) == 900 and len(_sd(0)[1]) == 300,
             en="split_data should return four parts, with 900 training rows and 300 test rows (25 % of 1200).",
             zh="split_data 应返回四个部分：900 行训练数据和 300 行测试数据（1200 的 25%）。"),
      expect(lambda: list(_sd(0)[0].columns) == FEATURES and _sd(0)[2].name == "readmitted",
             en="X should hold exactly the FEATURES columns (no id, no target) and y the target column.",
             zh="X 应正好包含 FEATURES 中的列（不含编号和目标），y 应是目标列。"),
      expect(lambda: _sd(0)[0].index.tolist() == _sd(0)[0].index.tolist()
             and _sd(0)[0].index.tolist() != _sd(1)[0].index.tolist(),
             en="The same seed should give the same split every time, and another seed another split.",
             zh="同样的种子每次应得到同样的划分，不同的种子应得到不同的划分。"))
### BEGIN HIDDEN TESTS
_sd_parts = {}
for _sd_seed in (0, 7):
    _sd_X_tr, _sd_X_te, _sd_y_tr, _sd_y_te = split_data(stays.copy(), "readmitted", seed=_sd_seed)
    _sd_parts[f"seed_{_sd_seed}"] = {"train": _sd_X_tr.index.tolist(), "test": _sd_X_te.index.tolist(),
                                     "y_train": _sd_y_tr.index.tolist(), "columns": list(_sd_X_tr.columns)}
_sd_los = split_data(stays.copy(), "length_of_stay", seed=3)
from course import submit
submit("split_data", parts=_sd_parts, other_target=str(_sd_los[2].name), other_train=_sd_los[0].index.tolist())
### END HIDDEN TESTS


# %% judge_helpers
import numpy as np
import pandas as pd
from sklearn import metrics
from sklearn.compose import ColumnTransformer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age", "n_diagnoses", "n_medications", "prior_admissions"]
CATEGORICAL = ["sex", "department", "admission_type"]
FEATURES = NUMERIC + CATEGORICAL


def stays(gold, part="train"):
    """The hospital's training stays, or with part="test" the held-out ones."""
    return pd.read_csv(gold / f"stays_{part}.csv")


def lesson_split(gold, target, seed=0):
    """X_train, X_test, y_train, y_test: the training stays split as the lesson splits them."""
    train = stays(gold)
    return train_test_split(train[FEATURES], train[target], test_size=0.25, random_state=seed)


def reference_preprocessor():
    """Numbers scaled, categories one-hot encoded (unknown ones as zeros), not fitted yet."""
    return ColumnTransformer([("numbers", StandardScaler(), NUMERIC),
                              ("categories", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)])


def pipeline_verdict(model, scored):
    """The held-out score's verdict, worth nothing unless the answer is a whole Pipeline."""
    is_pipeline = rule(type(model).__name__ == "Pipeline",
                       en="The answer should be a Pipeline (preparation, then model).",
                       zh="答案应是一个 Pipeline（先数据准备，再模型）。")
    return Verdict(scored.fraction if is_pipeline.passed else 0.0, (is_pipeline,) + scored.findings)


# %% judge="split_data"
def judge(answer, gold):
    parts = answer["parts"]
    zero, seven = lesson_split(gold, "readmitted", 0), lesson_split(gold, "readmitted", 7)
    return all_of(
        rule(parts["seed_0"]["columns"] == FEATURES,
             en="X should hold exactly the FEATURES columns, in their order.",
             zh="X 应正好包含 FEATURES 中的列，顺序一致。"),
        rule(parts["seed_0"]["train"] == zero[0].index.tolist() and parts["seed_0"]["test"] == zero[1].index.tolist()
             and parts["seed_0"]["y_train"] == zero[2].index.tolist(),
             en="With seed 0 the rows are not split as train_test_split(…, test_size=0.25, random_state=0) splits them.",
             zh="种子为 0 时，行的划分与 train_test_split(…, test_size=0.25, random_state=0) 不一致。"),
        rule(parts["seed_7"]["train"] == seven[0].index.tolist() and parts["seed_7"]["test"] == seven[1].index.tolist(),
             en="With seed 7 the split is wrong: pass the seed on as random_state.",
             zh="种子为 7 时划分不对：应把种子作为 random_state 传进去。"),
        rule(answer["other_target"] == "length_of_stay"
             and answer["other_train"] == lesson_split(gold, "length_of_stay", 3)[0].index.tolist(),
             en="split_data should work for any target column it is given.",
             zh="split_data 应适用于传入的任何目标列。"))


# %% [markdown] hint="split_data" lang="en"
# `train_test_split(X, y, test_size=..., random_state=...)` returns exactly the four parts,
# in the order the task asks for. Select the features with a list of column names:
# `df[FEATURES]`.

# %% [markdown] hint="split_data" lang="zh"
# `train_test_split(X, y, test_size=..., random_state=...)` 返回的正是这四个部分，顺序也和任务要求的
# 一致。用列名列表选出特征：`df[FEATURES]`。

# %% [markdown] lang="en"
# From here on we use one fixed split for both targets:

# %% [markdown] lang="zh"
# 从这里开始，两个目标都使用同一个固定的划分：

# %%
X_train, X_test, y_train, y_test = train_test_split(stays[FEATURES], stays["readmitted"], test_size=0.25,
                                                    random_state=0)
los_train, los_test = stays.loc[X_train.index, "length_of_stay"], stays.loc[X_test.index, "length_of_stay"]
print(len(X_train), "training stays,", len(X_test), "test stays;",
      f"readmitted in training: {y_train.mean():.1%}")

# %% [markdown] lang="en"
# ## Task 2 · `majority_baseline`: the score to beat
#
# Before any real model, ask: what score does a model get that **ignores the patient**?
# For classification the simplest one always predicts the most frequent class of the
# training labels. Its accuracy is the share of that class, and any model worth deploying
# must beat it clearly. A model with 56 % accuracy sounds fine until you learn that
# "nobody comes back" also scores 56 %.
#
# Complete `majority_baseline(X_train, y_train)`: return a `DummyClassifier` with
# `strategy="most_frequent"`, **fitted** on `X_train` and `y_train`.

# %% [markdown] lang="zh"
# ## 任务 2 · `majority_baseline`：要超越的分数
#
# 在训练任何真正的模型之前，先问一问：一个**完全不看患者信息**的模型能得多少分？对分类任务来说，最简单
# 的做法是永远预测训练标签中最常见的类别。它的准确率就是这个类别所占的比例；任何值得上线的模型都必须
# 明显超过它。准确率 56% 的模型听起来还行，直到你发现“没人会再入院”这句话同样能得 56%。
#
# 请补全 `majority_baseline(X_train, y_train)`：返回一个 `strategy="most_frequent"` 的
# `DummyClassifier`，并且已经在 `X_train` 和 `y_train` 上**拟合**好。

# %% answer="majority_baseline"
def majority_baseline(X_train, y_train):
    """Return a DummyClassifier(strategy="most_frequent") fitted on X_train, y_train.

    返回在 X_train、y_train 上拟合好的 DummyClassifier(strategy="most_frequent")。
    """
    ### BEGIN SOLUTION
    baseline = DummyClassifier(strategy="most_frequent")
    baseline.fit(X_train, y_train)
    return baseline
    ### END SOLUTION


# %% tests="majority_baseline" points=1 assesses="L4.3.2,fundamentals"
_mb = lambda: majority_baseline(X_train.copy(), y_train.copy())
check("majority_baseline",
      expect(lambda: isinstance(_mb(), DummyClassifier) and hasattr(_mb(), "classes_"),
             en="majority_baseline should return a fitted DummyClassifier (call fit before returning it).",
             zh="majority_baseline 应返回一个拟合好的 DummyClassifier（返回之前先调用 fit）。"),
      expect(lambda: set(_mb().predict(X_test)) == {0}
             and abs(accuracy_score(y_test, _mb().predict(X_test)) - (y_test == 0).mean()) < 1e-12,
             en="It should always predict the most frequent training label (0 here), so its accuracy equals that label's share.",
             zh="它应始终预测训练标签中最常见的类别（这里是 0），所以它的准确率等于该类别所占的比例。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("majority_baseline", model=majority_baseline(X_train.copy(), y_train.copy()),
       flipped=majority_baseline(X_train.copy(), 1 - y_train))
### END HIDDEN TESTS


# %% judge="majority_baseline"
def judge(answer, gold):
    test = stays(gold, "test")
    y_train = lesson_split(gold, "readmitted")[2]
    majority = int(y_train.mode()[0])
    model, flipped = answer["model"], answer["flipped"]
    return all_of(
        rule(type(model).__name__ == "DummyClassifier" and getattr(model, "strategy", None) == "most_frequent",
             en='The baseline should be a DummyClassifier with strategy="most_frequent".',
             zh='基线应是 strategy="most_frequent" 的 DummyClassifier。'),
        rule(set(model.predict(test[FEATURES]).tolist()) == {majority},
             en="On held-out stays the baseline should always predict the most frequent training label.",
             zh="在保留的住院记录上，基线应始终预测训练标签中最常见的类别。"),
        rule(set(flipped.predict(test[FEATURES]).tolist()) == {1 - majority},
             en="Fitted on other labels, the baseline should predict their most frequent class: fit it on y_train.",
             zh="在另一组标签上拟合时，基线应预测那组标签中最常见的类别：请在 y_train 上拟合。"))


# %% [markdown] hint="majority_baseline" lang="en"
# Create the model with its strategy, call `.fit(X_train, y_train)`, and return the model.
# `fit` returns the fitted model itself, so both can be one line.

# %% [markdown] hint="majority_baseline" lang="zh"
# 用指定的 strategy 创建模型，调用 `.fit(X_train, y_train)`，然后返回模型。`fit` 会返回拟合好的模型
# 本身，所以这两步也可以写成一行。

# %% [markdown] lang="en"
# ## Task 3 · `mean_baseline`: the same idea for numbers
#
# For a regression target the "know-nothing" prediction is the **mean** of the training
# values: every stay is predicted to last the average number of days.
#
# Complete `mean_baseline(X_train, y_train)`: return a `DummyRegressor` with
# `strategy="mean"`, fitted on `X_train` and `y_train`.

# %% [markdown] lang="zh"
# ## 任务 3 · `mean_baseline`：数值目标的同样思路
#
# 对回归目标来说，“什么都不知道”时的预测就是训练值的**平均数**：每次住院都预测为平均天数。
#
# 请补全 `mean_baseline(X_train, y_train)`：返回一个 `strategy="mean"` 的 `DummyRegressor`，
# 并且已经在 `X_train` 和 `y_train` 上拟合好。

# %% answer="mean_baseline"
def mean_baseline(X_train, y_train):
    """Return a DummyRegressor(strategy="mean") fitted on X_train, y_train.

    返回在 X_train、y_train 上拟合好的 DummyRegressor(strategy="mean")。
    """
    ### BEGIN SOLUTION
    baseline = DummyRegressor(strategy="mean")
    baseline.fit(X_train, y_train)
    return baseline
    ### END SOLUTION


# %% tests="mean_baseline" points=1 assesses="L4.3.2,fundamentals"
_mn = lambda: mean_baseline(X_train.copy(), los_train.copy())
check("mean_baseline",
      expect(lambda: isinstance(_mn(), DummyRegressor) and hasattr(_mn(), "constant_"),
             en="mean_baseline should return a fitted DummyRegressor.",
             zh="mean_baseline 应返回一个拟合好的 DummyRegressor。"),
      expect(lambda: np.allclose(_mn().predict(X_test), los_train.mean()),
             en="It should predict the mean length of stay of the training rows for every stay.",
             zh="它应对每次住院都预测训练行的平均住院天数。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("mean_baseline", model=mean_baseline(X_train.copy(), los_train.copy()),
       doubled=mean_baseline(X_train.copy(), 2 * los_train))
### END HIDDEN TESTS


# %% judge="mean_baseline"
def judge(answer, gold):
    test = stays(gold, "test")
    los_train = lesson_split(gold, "length_of_stay")[2]
    model, doubled = answer["model"], answer["doubled"]
    return all_of(
        rule(type(model).__name__ == "DummyRegressor" and getattr(model, "strategy", None) == "mean",
             en='The baseline should be a DummyRegressor with strategy="mean".',
             zh='基线应是 strategy="mean" 的 DummyRegressor。'),
        rule(np.allclose(model.predict(test[FEATURES]), los_train.mean()),
             en="On held-out stays the baseline should predict the training mean for every stay.",
             zh="在保留的住院记录上，基线应对每次住院都预测训练平均值。"),
        rule(np.allclose(doubled.predict(test[FEATURES]), 2 * los_train.mean()),
             en="Fitted on other values, the baseline should predict their mean: fit it on y_train.",
             zh="在另一组数值上拟合时，基线应预测那组数值的平均数：请在 y_train 上拟合。"))


# %% [markdown] hint="mean_baseline" lang="en"
# Exactly like Task 2, with the regression twin of the dummy model.

# %% [markdown] hint="mean_baseline" lang="zh"
# 和任务 2 完全一样，只是换成回归版本的“傻瓜”模型。

# %% [markdown] lang="en"
# ## Why the columns need preparing
#
# A first try: a logistic regression on the four numeric columns only, as they are. It
# works, but it cannot use the department or the admission type (a model only does
# arithmetic, and `"cardiology"` is not a number), and the numbers sit on very different
# scales (age up to 95, prior admissions mostly 0 to 3), which makes the fitting harder and
# the coefficients hard to compare.

# %% [markdown] lang="zh"
# ## 为什么要先准备各列
#
# 先试一试：只用四个数值列、原封不动地训练一个逻辑回归。它能运行，但用不上科室和入院类型（模型只会做
# 算术，`"cardiology"` 不是数字），而且各个数值的尺度相差很大（年龄最高 95，过去住院次数大多是 0 到 3），
# 这让拟合更困难，系数也难以比较。

# %%
numbers_only = LogisticRegression(max_iter=1000).fit(X_train[NUMERIC], y_train)
always_no = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print(f"baseline accuracy:      {accuracy_score(y_test, always_no.predict(X_test)):.3f}")
print(f"numbers-only accuracy:  {accuracy_score(y_test, numbers_only.predict(X_test[NUMERIC])):.3f}")

# %% [markdown] lang="en"
# Two standard preparations fix this:
#
# * **StandardScaler** turns each number into "how many standard deviations from the
#   training mean": every numeric column then has mean 0 and spread 1.
# * **OneHotEncoder** turns a category column into one 0/1 column per category:
#   `department = "neurology"` becomes a 1 in the column `department_neurology` and 0 in the
#   other department columns. With `handle_unknown="ignore"`, a category the encoder never
#   saw in training (a new department next year) gives all zeros instead of an error.
#
# A **ColumnTransformer** applies each preparation to its own columns and puts the results
# side by side. For example, for a table of shops:
#
# ```python
# ColumnTransformer([("amounts", StandardScaler(), ["revenue", "visitors"]),
#                    ("labels", OneHotEncoder(handle_unknown="ignore"), ["city"])])
# ```
#
# The scaler's mean and spread are **learned in `fit`**, from the training rows only, and
# then reused unchanged on test rows. Computing them on all rows would let test
# information leak into training.

# %% [markdown] lang="zh"
# 两种标准的准备方法可以解决这些问题：
#
# * **StandardScaler**（标准化）把每个数变成“距离训练平均值多少个标准差”：这样每个数值列的平均值都是 0，
#   离散程度都是 1。
# * **OneHotEncoder**（独热编码）把一个类别列变成每个类别一个 0/1 列：`department = "neurology"` 在
#   `department_neurology` 列为 1，在其他科室列为 0。设置 `handle_unknown="ignore"` 后，训练时从未见过的
#   类别（比如明年新开的科室）会得到全 0，而不是报错。
#
# **ColumnTransformer** 把每种准备方法应用到各自的列上，再把结果并排放在一起。例如，对一张门店表：
#
# ```python
# ColumnTransformer([("amounts", StandardScaler(), ["revenue", "visitors"]),
#                    ("labels", OneHotEncoder(handle_unknown="ignore"), ["city"])])
# ```
#
# 标准化用的平均值和标准差是**在 `fit` 时学到的**，只来自训练行，之后原样用于测试行。如果用全部行来
# 计算，测试集的信息就会泄漏进训练。

# %% [markdown] lang="en"
# ## Task 4 · `make_preprocessor`: prepare every column
#
# Complete `make_preprocessor()`: return a new, **unfitted** `ColumnTransformer` that
#
# 1. scales the `NUMERIC` columns with a `StandardScaler`, then
# 2. one-hot encodes the `CATEGORICAL` columns with a `OneHotEncoder` that ignores unknown
#    categories,
#
# in that order (numbers first), and drops every other column (the default).

# %% [markdown] lang="zh"
# ## 任务 4 · `make_preprocessor`：准备好每一列
#
# 请补全 `make_preprocessor()`：返回一个新的、**未拟合的** `ColumnTransformer`，它
#
# 1. 先用 `StandardScaler` 标准化 `NUMERIC` 中的列，
# 2. 再用忽略未知类别的 `OneHotEncoder` 对 `CATEGORICAL` 中的列做独热编码，
#
# 顺序如上（数值在前），其他列一律丢弃（这是默认行为）。

# %% answer="make_preprocessor"
def make_preprocessor():
    """Return an unfitted ColumnTransformer: StandardScaler on NUMERIC, then OneHotEncoder(handle_unknown="ignore") on CATEGORICAL.

    返回未拟合的 ColumnTransformer：先对 NUMERIC 用 StandardScaler，再对 CATEGORICAL 用 OneHotEncoder(handle_unknown="ignore")。
    """
    ### BEGIN SOLUTION
    return ColumnTransformer([("numbers", StandardScaler(), NUMERIC),
                              ("categories", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)])
    ### END SOLUTION


# %% tests="make_preprocessor" points=2 assesses="L4.1.2"
_mp = lambda: make_preprocessor().fit(X_train.copy())
_mp_dense = lambda matrix: matrix.toarray() if hasattr(matrix, "toarray") else np.asarray(matrix)
_mp_new = X_test.head(3).copy()
_mp_new["department"] = ["dermatology", "cardiology", "neurology"]
check("make_preprocessor",
      expect(lambda: isinstance(make_preprocessor(), ColumnTransformer) and not hasattr(make_preprocessor(), "transformers_"),
             en="make_preprocessor should return a new ColumnTransformer that is not fitted yet.",
             zh="make_preprocessor 应返回一个新的、尚未拟合的 ColumnTransformer。"),
      expect(lambda: _mp_dense(_mp().transform(X_train)).shape == (900, 13),
             en="The prepared training data should have 13 columns: 4 scaled numbers and 2 + 5 + 2 one-hot columns.",
             zh="准备后的训练数据应有 13 列：4 个标准化数值列，加上 2 + 5 + 2 个独热编码列。"),
      expect(lambda: np.allclose(_mp_dense(_mp().transform(X_train))[:, :4].mean(axis=0), 0)
             and np.allclose(_mp_dense(_mp().transform(X_train))[:, :4].std(axis=0), 1),
             en="The first four columns should be the scaled numbers: mean 0 and standard deviation 1 on the training rows.",
             zh="前四列应是标准化后的数值：在训练行上平均值为 0、标准差为 1。"),
      expect(lambda: _mp_dense(_mp().transform(_mp_new)).shape == (3, 13),
             en="A department never seen in training should not cause an error (ignore unknown categories).",
             zh="训练时没见过的科室不应导致报错（忽略未知类别）。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("make_preprocessor", fitted=make_preprocessor().fit(X_train.copy()))
### END HIDDEN TESTS


# %% judge="make_preprocessor"
def judge(answer, gold):
    test = stays(gold, "test")
    reference = reference_preprocessor().fit(lesson_split(gold, "readmitted")[0])
    as_array = lambda matrix: matrix.toarray() if hasattr(matrix, "toarray") else np.asarray(matrix)
    fitted = answer["fitted"]
    expected = as_array(reference.transform(test))
    got = as_array(fitted.transform(test))
    unknown = test.head(2).assign(department="dermatology", sex="X")
    return all_of(
        rule(type(fitted).__name__ == "ColumnTransformer",
             en="make_preprocessor should return a ColumnTransformer.", zh="make_preprocessor 应返回一个 ColumnTransformer。"),
        rule(got.shape == expected.shape and np.allclose(got[:, :4], expected[:, :4]),
             en="On held-out stays the first four columns are not the numbers scaled with the training rows' mean and spread.",
             zh="在保留的住院记录上，前四列不是用训练行的平均值和标准差标准化后的数值。"),
        rule(got.shape == expected.shape and np.allclose(got, expected),
             en="On held-out stays the one-hot columns are wrong.",
             zh="在保留的住院记录上，独热编码列不对。"),
        rule(np.allclose(as_array(fitted.transform(unknown))[:, 4:], as_array(reference.transform(unknown))[:, 4:]),
             en="Unknown categories should become all zeros, not an error.",
             zh="未知类别应变为全 0，而不是报错。"))


# %% [markdown] hint="make_preprocessor" lang="en"
# Follow the shop example above: a list of `(name, transformer, columns)` triples. Use the
# lists `NUMERIC` and `CATEGORICAL` as the columns, not names typed out again.

# %% [markdown] hint="make_preprocessor" lang="zh"
# 照着上面门店的例子写：一个由 `(名字, 转换器, 列)` 三元组组成的列表。列用 `NUMERIC` 和 `CATEGORICAL`
# 这两个列表，不要再把列名手写一遍。

# %% [markdown] lang="en"
# ## Pipelines: preparation and model as one object
#
# A **Pipeline** chains steps: `Pipeline([("prepare", preparation), ("model", model)])`.
# `pipeline.fit(X, y)` fits the preparation on `X`, transforms `X`, and fits the model on
# the result; `pipeline.predict(X_new)` transforms `X_new` with what was learned in `fit`
# and predicts. One object, so the preparation can never be forgotten, fitted on the wrong
# rows, or applied differently at prediction time. It is also what you hand over: the
# grader receives your fitted pipeline and calls `predict` on stays you have never seen.
#
# Grading note: submitted models travel in a safe format that loads only ordinary
# scikit-learn parts. In this lesson use linear models (`LogisticRegression`,
# `LinearRegression`, `Ridge`) with the scaler and encoder; the data has no gaps, so no
# imputer is needed. Tree models and tuning come in a later lesson.

# %% [markdown] lang="zh"
# ## 流水线：把数据准备和模型合成一个对象
#
# **Pipeline**（流水线）把多个步骤串起来：`Pipeline([("prepare", 准备步骤), ("model", 模型)])`。
# `pipeline.fit(X, y)` 先在 `X` 上拟合准备步骤、转换 `X`，再用转换结果拟合模型；`pipeline.predict(X_new)`
# 用 `fit` 时学到的参数转换 `X_new` 并预测。合成一个对象后，准备步骤就不会被忘掉、不会在错误的行上拟合，
# 预测时也不会用不同的方式处理。它也正是你要交付的东西：评分程序会拿到你拟合好的流水线，在你从未见过的
# 住院记录上调用 `predict`。
#
# 评分说明：提交的模型以一种安全的格式传递，只能加载普通的 scikit-learn 组件。本课请使用线性模型
# （`LogisticRegression`、`LinearRegression`、`Ridge`）配合标准化和编码器；数据没有空缺，不需要填补器。
# 树模型和调参在后面的课程中学习。

# %% [markdown] lang="en"
# ## Task 5 · `classification_pipeline`: who comes back?
#
# Complete `classification_pipeline()`: return a new, unfitted `Pipeline` whose first step
# is your preprocessor (call `make_preprocessor()`) and whose last step is a classifier;
# `LogisticRegression(max_iter=1000)` is a good first choice.
#
# Grading: your pipeline is fitted on all 1,200 stays of `stays_train.csv` with
# `readmitted` as the label, then its accuracy is measured on 800 held-out stays. Full
# points from 0.73, half from 0.68 (always predicting "not readmitted" scores about 0.54).

# %% [markdown] lang="zh"
# ## 任务 5 · `classification_pipeline`：谁会再入院？
#
# 请补全 `classification_pipeline()`：返回一个新的、未拟合的 `Pipeline`，第一步是你的数据准备
# （调用 `make_preprocessor()`），最后一步是一个分类器；`LogisticRegression(max_iter=1000)` 是不错的
# 首选。
#
# 评分方式：你的流水线会在 `stays_train.csv` 的全部 1200 次住院上、以 `readmitted` 为标签拟合，然后在
# 800 次保留的住院上测准确率。0.73 及以上得满分，0.68 及以上得一半（永远预测“不会再入院”约为 0.54）。

# %% answer="classification_pipeline"
def classification_pipeline():
    """Return an unfitted Pipeline: make_preprocessor() followed by a classifier.

    返回未拟合的 Pipeline：make_preprocessor() 之后接一个分类器。
    """
    ### BEGIN SOLUTION
    return Pipeline([("prepare", make_preprocessor()), ("model", LogisticRegression(max_iter=1000))])
    ### END SOLUTION


# %% tests="classification_pipeline" points=3 assesses="L4.3.2,fundamentals"
import skops.io as _cp_skops


def _cp_gradable(model):
    """True when the grader can load this fitted model (only ordinary scikit-learn parts)."""
    return not _cp_skops.get_untrusted_types(data=_cp_skops.dumps(model))


_cp = lambda: classification_pipeline().fit(X_train.copy(), y_train.copy())
check("classification_pipeline",
      expect(lambda: isinstance(classification_pipeline(), Pipeline) and not hasattr(classification_pipeline(), "classes_"),
             en="classification_pipeline should return a new Pipeline that is not fitted yet.",
             zh="classification_pipeline 应返回一个新的、尚未拟合的 Pipeline。"),
      expect(lambda: accuracy_score(y_test, _cp().predict(X_test)) >= 0.68,
             en="Fitted on X_train, the pipeline should reach at least 0.68 accuracy on X_test (the baseline is about 0.56).",
             zh="在 X_train 上拟合后，流水线在 X_test 上的准确率应至少为 0.68（基线约为 0.56）。"),
      expect(lambda: _cp_gradable(_cp()),
             en="The grader cannot load this pipeline: use only scalers, encoders and linear models (no imputers, no custom code).",
             zh="评分程序无法加载这个流水线：请只使用标准化、编码器和线性模型（不要用填补器或自定义代码）。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("classification_pipeline",
       model=classification_pipeline().fit(stays[FEATURES].copy(), stays["readmitted"].copy()))
### END HIDDEN TESTS


# %% judge="classification_pipeline"
def judge(answer, gold):
    test = stays(gold, "test")
    model = answer["model"]
    accuracy = metrics.accuracy_score(test["readmitted"], model.predict(test[FEATURES]))
    scored = band(accuracy, [(0.73, 1.0), (0.68, 0.5)],
                  en="On 800 held-out stays your pipeline's accuracy is {value:.3f} (full points from 0.730, half from 0.680).",
                  zh="在 800 次保留的住院上，你的流水线准确率为 {value:.3f}（0.730 及以上满分，0.680 及以上一半）。")
    return pipeline_verdict(model, scored)


# %% [markdown] hint="classification_pipeline" lang="en"
# A `Pipeline` takes a list of `(name, step)` pairs; the names are yours to choose. Call
# `make_preprocessor()` inside the function, so that every call gets a fresh, unfitted one.

# %% [markdown] hint="classification_pipeline" lang="zh"
# `Pipeline` 接收一个由 `(名字, 步骤)` 组成的列表；名字可以自己取。在函数里面调用 `make_preprocessor()`，
# 这样每次调用都会得到一个新的、未拟合的准备步骤。

# %% [markdown] lang="en"
# ## Task 6 · `regression_pipeline`: how long will the stay be?
#
# Complete `regression_pipeline()`: return a new, unfitted `Pipeline` with your
# preprocessor followed by a regressor; `Ridge()` (a linear regression that keeps its
# coefficients small) or `LinearRegression()` are good choices.
#
# Grading: fitted on all 1,200 training stays with `length_of_stay` as the target, then
# scored on the 800 held-out stays with **R²**, the share of the variation in stay length
# that the model explains: 1 is perfect, 0 is no better than predicting the mean. Full
# points from 0.62, half from 0.50.

# %% [markdown] lang="zh"
# ## 任务 6 · `regression_pipeline`：这次住院会住多久？
#
# 请补全 `regression_pipeline()`：返回一个新的、未拟合的 `Pipeline`，先是你的数据准备，再接一个回归器；
# `Ridge()`（一种让系数保持较小的线性回归）或 `LinearRegression()` 都是不错的选择。
#
# 评分方式：在全部 1200 次训练住院上、以 `length_of_stay` 为目标拟合，然后在 800 次保留的住院上用
# **R²** 打分。R² 是模型能解释的住院天数变化所占的比例：1 表示完美，0 表示不比预测平均值更好。
# 0.62 及以上满分，0.50 及以上一半。

# %% answer="regression_pipeline"
def regression_pipeline():
    """Return an unfitted Pipeline: make_preprocessor() followed by a regressor.

    返回未拟合的 Pipeline：make_preprocessor() 之后接一个回归器。
    """
    ### BEGIN SOLUTION
    return Pipeline([("prepare", make_preprocessor()), ("model", Ridge(alpha=1.0))])
    ### END SOLUTION


# %% tests="regression_pipeline" points=3 assesses="L4.3.2,fundamentals"
import skops.io as _rp_skops
_rp = lambda: regression_pipeline().fit(X_train.copy(), los_train.copy())
check("regression_pipeline",
      expect(lambda: isinstance(regression_pipeline(), Pipeline) and not hasattr(regression_pipeline(), "n_features_in_"),
             en="regression_pipeline should return a new Pipeline that is not fitted yet.",
             zh="regression_pipeline 应返回一个新的、尚未拟合的 Pipeline。"),
      expect(lambda: r2_score(los_test, _rp().predict(X_test)) >= 0.5,
             en="Fitted on X_train and los_train, the pipeline should reach an R² of at least 0.5 on X_test.",
             zh="在 X_train 和 los_train 上拟合后，流水线在 X_test 上的 R² 应至少为 0.5。"),
      expect(lambda: not _rp_skops.get_untrusted_types(data=_rp_skops.dumps(_rp())),
             en="The grader cannot load this pipeline: use only scalers, encoders and linear models (no imputers, no custom code).",
             zh="评分程序无法加载这个流水线：请只使用标准化、编码器和线性模型（不要用填补器或自定义代码）。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("regression_pipeline",
       model=regression_pipeline().fit(stays[FEATURES].copy(), stays["length_of_stay"].copy()))
### END HIDDEN TESTS


# %% judge="regression_pipeline"
def judge(answer, gold):
    test = stays(gold, "test")
    model = answer["model"]
    r2 = metrics.r2_score(test["length_of_stay"], model.predict(test[FEATURES]))
    scored = band(r2, [(0.62, 1.0), (0.50, 0.5)],
                  en="On 800 held-out stays your pipeline's R² is {value:.3f} (full points from 0.620, half from 0.500).",
                  zh="在 800 次保留的住院上，你的流水线 R² 为 {value:.3f}（0.620 及以上满分，0.500 及以上一半）。")
    return pipeline_verdict(model, scored)


# %% [markdown] hint="regression_pipeline" lang="en"
# The same shape as Task 5, with a regressor as the last step. A classifier such as
# `LogisticRegression` would treat every distinct number of days as its own class.

# %% [markdown] hint="regression_pipeline" lang="zh"
# 结构和任务 5 一样，只是最后一步换成回归器。如果用 `LogisticRegression` 这样的分类器，它会把每一个
# 不同的天数都当成一个单独的类别。

# %% [markdown] lang="en"
# ## Task 7 · `mae_report`: how many days off, compared with the baseline?
#
# R² is abstract; bed planners think in days. The **mean absolute error** (MAE) is the
# average of |true − predicted|: "on average the prediction is off by 1.2 days". Alone it
# means little; next to the baseline's MAE it says how much the model helps.
#
# Complete `mae_report(model, baseline, X_test, y_test)`: both models are already fitted.
# Return a dictionary with three floats:
#
# * `"model"`: the MAE of `model` on `X_test`, `y_test`;
# * `"baseline"`: the MAE of `baseline` on the same rows;
# * `"reduction"`: the share of the baseline's error the model removes,
#   1 − model MAE / baseline MAE (0.4 means 40 % smaller errors).

# %% [markdown] lang="zh"
# ## 任务 7 · `mae_report`：平均差几天？和基线相比如何？
#
# R² 比较抽象；安排床位的人按“天”来思考。**平均绝对误差**（MAE）是 |真实值 − 预测值| 的平均数：
# “预测平均差 1.2 天”。单看它意义不大；和基线的 MAE 放在一起，才能说明模型帮了多少忙。
#
# 请补全 `mae_report(model, baseline, X_test, y_test)`：两个模型都已经拟合好。返回一个包含三个
# float 的字典：
#
# * `"model"`：`model` 在 `X_test`、`y_test` 上的 MAE；
# * `"baseline"`：`baseline` 在同样的行上的 MAE；
# * `"reduction"`：模型消除了基线误差的多大比例，即 1 − 模型 MAE / 基线 MAE（0.4 表示误差小了 40%）。

# %% answer="mae_report"
def mae_report(model, baseline, X_test, y_test):
    """Return {"model": MAE of model, "baseline": MAE of baseline, "reduction": 1 - model MAE / baseline MAE}.

    返回 {"model": 模型的 MAE, "baseline": 基线的 MAE, "reduction": 1 - 模型 MAE / 基线 MAE}。
    """
    ### BEGIN SOLUTION
    model_error = mean_absolute_error(y_test, model.predict(X_test))
    baseline_error = mean_absolute_error(y_test, baseline.predict(X_test))
    return {"model": float(model_error), "baseline": float(baseline_error),
            "reduction": float(1 - model_error / baseline_error)}
    ### END SOLUTION


# %% tests="mae_report" points=2 assesses="L4.3.2"
class _MrConstant:
    """A stand-in model that predicts the same number for every row."""

    def __init__(self, value):
        self.value = value

    def predict(self, X):
        return np.full(len(X), self.value)


_mr_X = pd.DataFrame({"age": [50, 60, 70, 80]})
_mr_y = pd.Series([2.0, 4.0, 6.0, 8.0])
_mr = lambda: mae_report(_MrConstant(5.0), _MrConstant(10.0), _mr_X, _mr_y)
check("mae_report",
      expect(lambda: set(_mr()) == {"model", "baseline", "reduction"},
             en='mae_report should return a dictionary with the keys "model", "baseline" and "reduction".',
             zh='mae_report 应返回一个包含键 "model"、"baseline" 和 "reduction" 的字典。'),
      expect(lambda: abs(_mr()["model"] - 2.0) < 1e-9 and abs(_mr()["baseline"] - 5.0) < 1e-9,
             en="For true values 2, 4, 6, 8: always predicting 5 is off by 2 on average, always predicting 10 by 5.",
             zh="真实值为 2、4、6、8 时：一直预测 5 平均差 2，一直预测 10 平均差 5。"),
      expect(lambda: abs(_mr()["reduction"] - 0.6) < 1e-9,
             en="reduction should be 1 − 2 / 5 = 0.6 here.",
             zh="这里 reduction 应为 1 − 2 / 5 = 0.6。"))
### BEGIN HIDDEN TESTS
_mr_ridge = Pipeline([("prepare", ColumnTransformer([("n", StandardScaler(), NUMERIC),
                                                     ("c", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)])),
                      ("model", Ridge())]).fit(X_train, los_train)
_mr_mean = DummyRegressor().fit(X_train, los_train)
from course import submit
submit("mae_report", small=mae_report(_MrConstant(5.0), _MrConstant(10.0), _mr_X, _mr_y),
       stays=mae_report(_mr_ridge, _mr_mean, X_test.copy(), los_test.copy()))
### END HIDDEN TESTS


# %% judge="mae_report"
def judge(answer, gold):
    from sklearn.dummy import DummyRegressor
    from sklearn.linear_model import Ridge
    from sklearn.metrics import mean_absolute_error
    from sklearn.pipeline import Pipeline

    X_tr, X_te, y_tr, y_te = lesson_split(gold, "length_of_stay")
    ridge = Pipeline([("prepare", reference_preprocessor()), ("model", Ridge())]).fit(X_tr, y_tr)
    model_mae = mean_absolute_error(y_te, ridge.predict(X_te))
    baseline_mae = mean_absolute_error(y_te, DummyRegressor().fit(X_tr, y_tr).predict(X_te))
    close = lambda report, key, value: (type(report) is dict and isinstance(report.get(key), float)
                                        and abs(report[key] - value) < 1e-9)
    small, real = answer["small"], answer["stays"]
    return all_of(
        rule(close(small, "model", 2.0) and close(small, "baseline", 5.0) and close(small, "reduction", 0.6),
             en="On the small example the report should be model 2.0, baseline 5.0, reduction 0.6 (all floats).",
             zh="在小例子上，报告应为 model 2.0、baseline 5.0、reduction 0.6（都是 float）。"),
        rule(close(real, "model", model_mae) and close(real, "baseline", baseline_mae),
             en="On the hospital's test rows the MAE of the model or of the baseline is wrong.",
             zh="在医院的测试行上，模型或基线的 MAE 不对。"),
        rule(close(real, "reduction", 1 - model_mae / baseline_mae),
             en="On the hospital's test rows the reduction is wrong: 1 − model MAE / baseline MAE.",
             zh="在医院的测试行上，reduction 不对：应为 1 − 模型 MAE / 基线 MAE。"))


# %% [markdown] hint="mae_report" lang="en"
# `mean_absolute_error(y_true, y_pred)` is already imported; call it once per model, each
# time with that model's `predict(X_test)`. Wrap the results in `float(...)`.

# %% [markdown] hint="mae_report" lang="zh"
# `mean_absolute_error(y_true, y_pred)` 已经导入；对每个模型调用一次，分别传入该模型的 `predict(X_test)`。
# 用 `float(...)` 包一下结果。

# %% [markdown] lang="en"
# ## Your two models, side by side with their baselines
#
# The same test rows, the same seed, every model compared with the score it must beat:
# this is the table a trainer shows before anyone talks about deploying a model.

# %% [markdown] lang="zh"
# ## 你的两个模型与基线并排比较
#
# 相同的测试行、相同的随机种子，每个模型都和它必须超越的分数作比较：在讨论模型上线之前，训练师拿出来的
# 就是这样一张表。

# %%
classifier = classification_pipeline().fit(X_train, y_train)
regressor = regression_pipeline().fit(X_train, los_train)
report = mae_report(regressor, mean_baseline(X_train, los_train), X_test, los_test)
print(f"readmission  accuracy: model {accuracy_score(y_test, classifier.predict(X_test)):.3f}",
      f"vs baseline {accuracy_score(y_test, majority_baseline(X_train, y_train).predict(X_test)):.3f}")
print(f"stay length  MAE: model {report['model']:.2f} days vs baseline {report['baseline']:.2f} days",
      f"({report['reduction']:.0%} smaller), R² {r2_score(los_test, regressor.predict(X_test)):.3f}")
