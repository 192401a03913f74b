# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l3_model_tuning
#     level: 3
#     title: {en: "Tuning a model: hyperparameters, curves and search", zh: 模型调参：超参数、学习曲线与参数搜索}
#     datasets: [sensor_faults/sensors.csv]
#     gold: [sensor_faults/sensors_holdout.csv]
# ---

# %% [markdown] lang="en"
# # Tuning a model: hyperparameters, curves and search
#
# A machining plant has put two sensors on its production line: one measures how far a
# part's temperature is from the nominal value (`temperature`, in °C), the other how much
# the part vibrates while it is machined (`vibration`, in mm/s). Inspectors later checked
# every part by hand and recorded whether it had a fault (`fault` = 1) or not (0). The
# plant wants a model that flags likely faults straight from the sensors, and you, the AI
# trainer, are asked to make that model as good as it can be *on parts it has never seen*.
#
# A model has two kinds of settings. **Parameters** are learned from the data during
# `fit` (for example the weights of a linear model). **Hyperparameters** are chosen by you
# *before* `fit` (how flexible the model may be, how strongly it is held back). Choosing
# them well is called **tuning**, and it is daily work in the Level 3 units "optimising
# module results" and "algorithm testing" of the national AI Trainer standard.
#
# In this lesson you will
# * move sliders and watch the model change (a tuning playground);
# * recognise underfitting and overfitting from training and validation scores;
# * compute a validation curve, read learning curves;
# * let a grid search and a randomised search choose hyperparameters for you.
#
# **How this lesson works.** Each task asks you to complete one small function (or to make
# a choice). Run the cell, then run the check cell below it: it tells you what is still
# wrong. At grading, your answers are also judged on **new parts the model has never
# seen**, which are not in this notebook, so aim for a model that generalises, not for the
# visible checks alone. Stuck? Run `hint("task_id")`, e.g. `hint("diagnose_fit")`; run it
# again for the next hint.

# %% [markdown] lang="zh"
# # 模型调参：超参数、学习曲线与参数搜索
#
# 一家机加工厂在生产线上装了两个传感器：一个测量零件温度偏离标准值多少（`temperature`，单位 °C），
# 另一个测量零件加工时的振动大小（`vibration`，单位 mm/s）。质检员随后逐个人工检查零件，记录它是否
# 有缺陷（`fault` = 1 表示有缺陷，0 表示没有）。工厂想要一个模型，直接根据传感器读数标记可能有缺陷的
# 零件。你作为人工智能训练师，任务是让这个模型在**从未见过的零件**上表现尽可能好。
#
# 模型有两类设置。**参数**是在 `fit` 训练时从数据中学到的（例如线性模型的权重）。**超参数**是你在
# `fit` *之前*选定的（模型可以有多灵活、受到多强的约束）。把超参数选好，就叫**调参**。这是国家
# 人工智能训练师职业标准三级“业务模块效果优化”和“算法测试”中的日常工作。
#
# 在这一课里，你将会：
# * 拖动滑块，观察模型如何变化（调参面板）；
# * 根据训练集和验证集的得分识别欠拟合和过拟合；
# * 计算验证曲线，读懂学习曲线；
# * 让网格搜索和随机搜索替你选择超参数。
#
# **本课怎么学。** 每个任务请你补全一个小函数（或者做一个选择）。运行该单元格，再运行它下面的检查
# 单元格，检查会告诉你哪里还不对。评分时还会用**模型从未见过的新零件**来评判你的答案，这些数据不在
# 本笔记本里，所以目标是让模型能推广到新数据，而不只是通过看得到的检查。卡住了？运行
# `hint("任务编号")`，例如 `hint("diagnose_fit")`；再运行一次可以看下一条提示。

# %%
import functools

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from scipy.stats import loguniform
from sklearn.model_selection import (GridSearchCV, RandomizedSearchCV, learning_curve, train_test_split,
                                     validation_curve)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from course import check, expect, hint, plot_text, submit
from course.widgets.quiz import Question, Quiz, load_quiz_answers
from course.widgets.tuning import Hyperparameter, TuningPlayground

# %% [markdown] lang="en"
# ## The data
#
# Each row of `sensors.csv` is one inspected part. Let us load it and look at it: red dots
# are faulty parts, blue dots good ones.

# %% [markdown] lang="zh"
# ## 数据
#
# `sensors.csv` 的每一行是一个检验过的零件。读入数据看一看：红点是有缺陷的零件，蓝点是合格零件。

# %%
parts = pd.read_csv("sensors.csv")
FEATURES = ["temperature", "vibration"]
X = parts[FEATURES].to_numpy()
y = parts["fault"].to_numpy()
print(len(parts), "parts,", int(y.sum()), "with a fault")

figure, ax = plt.subplots(figsize=(5, 3.5))
ax.scatter(parts["temperature"], parts["vibration"], c=parts["fault"], cmap="RdBu_r", s=12, edgecolors="k", linewidths=0.3)
ax.set_xlabel(plot_text(en="temperature (°C from nominal)", zh="温度（相对标称值，°C）"))
ax.set_ylabel(plot_text(en="vibration (mm/s)", zh="振动（mm/s）"))
plt.show()


# %% [markdown] lang="en"
# Faults come with strong vibration, but where "strong" begins depends on the temperature:
# the border between the classes is a curve, not a straight line. And near that border the
# labels are mixed, because a real production line is noisy. No model can be right about
# every part; a good model finds the curve and ignores the noise.
#
# Our model is a **support vector machine with an RBF kernel** (`SVC`) behind a
# `StandardScaler`, which puts both sensors on the same scale first. It has two
# hyperparameters that matter most:
#
# | hyperparameter | what it does | small value | large value |
# |---|---|---|---|
# | `C` | how much the model is *punished for training errors*; the opposite of regularisation strength | strong regularisation: a smooth, simple border that accepts some training errors | weak regularisation: the border bends to get every training part right |
# | `gamma` | how far the influence of one training part reaches | far: a smooth, almost straight border | near: a border that curls around single parts |
#
# `make_svm(C, gamma)` below builds this model; every task uses it.

# %% [markdown] lang="zh"
# 缺陷通常伴随着较强的振动，但“强”从哪里开始取决于温度：两类之间的边界是一条曲线，而不是直线。而且在
# 边界附近标签是混杂的，因为真实的生产线存在噪声。没有哪个模型能把每个零件都判对；好的模型能找到这条
# 曲线，并忽略噪声。
#
# 我们用的模型是带 RBF 核的**支持向量机**（`SVC`），前面接一个 `StandardScaler`，先把两个传感器的
# 读数缩放到同一尺度。它有两个最重要的超参数：
#
# | 超参数 | 作用 | 取值小 | 取值大 |
# |---|---|---|---|
# | `C` | 训练时*对分错样本惩罚多重*；与正则化强度相反 | 正则化强：边界平滑简单，允许一些训练样本分错 | 正则化弱：边界弯来弯去，力求每个训练样本都分对 |
# | `gamma` | 单个训练样本的影响范围有多远 | 远：边界平滑，接近直线 | 近：边界绕着单个样本打转 |
#
# 下面的 `make_svm(C, gamma)` 用来构建这个模型，每个任务都会用到它。

# %%
def make_svm(C=1.0, gamma=1.0):
    """An RBF support vector machine on standardised features.

    在标准化特征上训练的 RBF 核支持向量机。
    """
    return make_pipeline(StandardScaler(), SVC(C=C, gamma=gamma))


# %% [markdown] lang="en"
# To judge a setting honestly we must score it on parts the model did **not** learn from.
# We keep 30 % of the parts aside as a **validation set**. `stratify=y` keeps the share of
# faulty parts the same in both parts, and `random_state=0` makes the split the same every
# time the notebook runs, so results can be compared and reproduced.

# %% [markdown] lang="zh"
# 要公正地评价一组设置，必须用模型**没有**学过的零件来打分。我们留出 30% 的零件作为**验证集**。
# `stratify=y` 让两部分中缺陷零件的比例保持一致，`random_state=0` 让每次运行笔记本时的划分都相同，
# 这样结果才能比较、才能复现。

# %%
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
print(len(X_train), "training parts,", len(X_val), "validation parts")

# %% [markdown] lang="en"
# ## The tuning playground
#
# Below is a playground for our model. Move the sliders for `C` and `gamma`:
#
# * **left**, the validation curve: training accuracy (blue) and validation accuracy (red)
#   for every `gamma` on offer, with your current `C`; the dashed line marks your `gamma`;
# * **right**, the decision boundary: the black line is where the model switches from
#   "good" to "fault"; the dots are the training parts.
#
# It starts at `C = 100`, `gamma = 30`. Look at the boundary: it wraps around single parts.
# Training accuracy is almost perfect, validation accuracy is not. That is **overfitting**:
# the model learned the noise of *these* parts by heart. Now try `gamma = 0.01`: the border
# is nearly straight and both scores are low. That is **underfitting**: the model is too
# simple for the pattern. Find a setting in between, where the red curve is highest.
#
# Fits are remembered, so going back to a value you have seen is instant, and every
# setting you stop on is saved at once in `l3_svm.tuning.json` beside this notebook.

# %% [markdown] lang="zh"
# ## 调参面板
#
# 下面是我们这个模型的调参面板。拖动 `C` 和 `gamma` 的滑块：
#
# * **左图**是验证曲线：在当前 `C` 下，每个可选 `gamma` 对应的训练集准确率（蓝色）和验证集准确率
#   （红色）；虚线标出你当前的 `gamma`；
# * **右图**是决策边界：黑线是模型从“合格”切换到“有缺陷”的位置，圆点是训练用的零件。
#
# 面板从 `C = 100`、`gamma = 30` 开始。看看边界：它绕着单个零件打转。训练集准确率几乎完美，验证集
# 准确率却不高。这就是**过拟合**：模型把*这批*零件的噪声死记硬背了下来。再试试 `gamma = 0.01`：
# 边界几乎是直线，两个得分都很低。这就是**欠拟合**：模型太简单，学不到数据中的规律。请在两者之间
# 找一个设置，让红色曲线达到最高。
#
# 训练结果会被记住，所以回到看过的取值会立即显示；你停下来的每个设置都会立即保存到本笔记本旁边的
# `l3_svm.tuning.json` 中。

# %%
C_GRID = (0.01, 0.1, 1.0, 10.0, 100.0, 1000.0)
GAMMA_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
playground = TuningPlayground(
    "l3_svm", make_svm,
    [Hyperparameter("C", C_GRID, default=100.0,
                    label={"en": "C (small = stronger regularisation)", "zh": "C（越小正则化越强）"}),
     Hyperparameter("gamma", GAMMA_GRID, default=30.0,
                    label={"en": "gamma (large = wigglier border)", "zh": "gamma（越大边界越曲折）"})],
    X_train, y_train, X_val, y_val,
    panels=("validation_curve", "decision_boundary"), curve_param="gamma", feature_names=FEATURES)
playground

# %% [markdown] lang="en"
# ## Task 1 · `playground_choice`: choose `C` and `gamma`
#
# Use the playground to pick the setting you would hand over to the plant. In the cell
# below, write your choice as `playground.choose(C=..., gamma=...)` with two of the values
# on the sliders. This moves the sliders there and saves the choice.
#
# At grading, a model with your `C` and `gamma` is trained on all of `sensors.csv` and
# tested on a larger set of new parts. Choose for *those* parts: a high validation score
# matters, training accuracy near 1.0 does not.

# %% [markdown] lang="zh"
# ## 任务 1 · `playground_choice`：选定 `C` 和 `gamma`
#
# 用调参面板选出你准备交给工厂的设置。在下面的单元格中用 `playground.choose(C=..., gamma=...)`
# 写下你的选择，取值必须是滑块上有的值。这会把滑块移到该位置并保存你的选择。
#
# 评分时，会用你的 `C` 和 `gamma` 在整个 `sensors.csv` 上训练模型，再在一批更大的新零件上测试。
# 请为*这些新零件*做选择：验证集得分高才重要，训练集准确率接近 1.0 并不说明什么。

# %% answer="playground_choice"
### BEGIN SOLUTION
playground.choose(C=10.0, gamma=0.3)
### END SOLUTION


# %% tests="playground_choice" points=2 assesses="L3.3.1"
check("playground_choice",
      expect(lambda: set(playground.chosen) == {"C", "gamma"},
             en="No choice is recorded yet: call playground.choose(C=..., gamma=...) with values from the sliders.",
             zh="还没有记录你的选择：请用滑块上的取值调用 playground.choose(C=..., gamma=...)。"),
      expect(lambda: playground.fitted(playground.chosen).val_score >= 0.88,
             en="This setting scores below 0.88 on the validation set: look for where the red curve is highest, away from both ends.",
             zh="该设置在验证集上的得分低于 0.88：请找红色曲线最高的位置，避开两端。"))
### BEGIN HIDDEN TESTS
submit("playground_choice", chosen=playground.chosen)
### END HIDDEN TESTS


# %% judge_helpers
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

FEATURES = ["temperature", "vibration"]


def svm(**settings):
    """The lesson's model: inputs scaled, then an SVC with these settings."""
    return make_pipeline(StandardScaler(), SVC(**settings))


def holdout_accuracy(gold, C, gamma):
    """The accuracy on new parts of the model with C and gamma fitted on all of sensors.csv."""
    train, new_parts = pd.read_csv(gold / "sensors.csv"), pd.read_csv(gold / "sensors_holdout.csv")
    return svm(C=C, gamma=gamma).fit(train[FEATURES], train["fault"]).score(new_parts[FEATURES], new_parts["fault"])


# %% judge="playground_choice"
def judge(answer, gold):
    chosen = answer["chosen"]
    C, gamma = chosen.get("C"), chosen.get("gamma")
    usable = all(isinstance(v, float) and 1e-3 <= v <= 1e4 for v in (C, gamma))
    if not usable:
        return all_of(rule(False, en="The choice needs a C and a gamma from the sliders.",
                           zh="选择中需要有滑块上的 C 和 gamma 取值。"))
    accuracy = holdout_accuracy(gold, C, gamma)
    return band(accuracy, [(0.875, 1.0), (0.86, 0.5)],
                en="On new parts your setting reaches an accuracy of {value:.3f} (full points from 0.875, half from 0.860).",
                zh="你的设置在新零件上的准确率为 {value:.3f}（0.875 及以上得满分，0.860 及以上得一半）。")


# %% [markdown] hint="playground_choice" lang="en"
# Start from the middle of both sliders and move one slider at a time. Watch the red curve
# on the left: you want its highest point, not the place where the blue curve reaches 1.0.

# %% [markdown] hint="playground_choice" lang="zh"
# 先把两个滑块都放在中间位置，每次只动一个。注意左图的红色曲线：要找它的最高点，而不是蓝色曲线
# 达到 1.0 的地方。

# %% [markdown] hint="playground_choice" lang="en"
# When the boundary on the right curls around single dots, `gamma` (or `C`) is too large;
# when it is almost a straight line and both curves are low, it is too small. A smooth
# S-shaped border that follows the big pattern is what you are looking for.

# %% [markdown] hint="playground_choice" lang="zh"
# 右图的边界绕着单个圆点打转时，说明 `gamma`（或 `C`）太大；边界几乎是直线、两条曲线都偏低时，
# 说明太小。要找的是一条顺着整体规律走、平滑的 S 形边界。

# %% [markdown] lang="en"
# ## Task 2 · `diagnose_fit`: put a name on what you see
#
# In a test report you need words, not pictures. Two numbers are enough for a first
# diagnosis: the accuracy on the training data and the accuracy on validation data.
#
# Complete `diagnose_fit(train_score, val_score, min_train=0.85, max_gap=0.05)`. It
# returns one of three strings, using these rules **in this order**:
#
# 1. `"underfitting"` when `train_score` is below `min_train`: the model cannot even
#    fit the data it learned from;
# 2. otherwise `"overfitting"` when the gap `train_score - val_score` is larger than
#    `max_gap`: it does much better on what it has seen than on what it has not;
# 3. otherwise `"good"`.
#
# Use the parameters `min_train` and `max_gap`, not fixed numbers: another project may
# set other limits.

# %% [markdown] lang="zh"
# ## 任务 2 · `diagnose_fit`：给看到的现象起个名字
#
# 在测试报告里要用文字，而不是图片。做初步诊断有两个数就够了：训练集上的准确率和验证集上的准确率。
#
# 请补全 `diagnose_fit(train_score, val_score, min_train=0.85, max_gap=0.05)`。它返回三个字符串
# 之一，**按以下顺序**判断：
#
# 1. `train_score` 低于 `min_train` 时返回 `"underfitting"`（欠拟合）：模型连学过的数据都拟合不好；
# 2. 否则，差距 `train_score - val_score` 大于 `max_gap` 时返回 `"overfitting"`（过拟合）：
#    模型在见过的数据上比在没见过的数据上好得多；
# 3. 否则返回 `"good"`。
#
# 请使用参数 `min_train` 和 `max_gap`，不要写死数字：别的项目可能会设定别的界限。

# %% answer="diagnose_fit"
def diagnose_fit(train_score, val_score, min_train=0.85, max_gap=0.05):
    """Return "underfitting", "overfitting" or "good" for a training and a validation score.

    根据训练集得分和验证集得分，返回 "underfitting"、"overfitting" 或 "good"。
    """
    ### BEGIN SOLUTION
    if train_score < min_train:
        return "underfitting"
    if train_score - val_score > max_gap:
        return "overfitting"
    return "good"
    ### END SOLUTION


# %% tests="diagnose_fit" points=1 assesses="L3.3.1,L3.2.2"
check("diagnose_fit",
      expect(lambda: diagnose_fit(0.70, 0.68) == "underfitting",
             en="Training 0.70 and validation 0.68: the model does not even fit its training data, so it is 'underfitting'.",
             zh="训练集 0.70、验证集 0.68：模型连训练数据都拟合不好，应为 'underfitting'。"),
      expect(lambda: diagnose_fit(1.00, 0.80) == "overfitting",
             en="Training 1.00 and validation 0.80: a gap of 0.20 is 'overfitting'.",
             zh="训练集 1.00、验证集 0.80：差距 0.20，应为 'overfitting'。"),
      expect(lambda: diagnose_fit(0.92, 0.90) == "good",
             en="Training 0.92 and validation 0.90: high and close together is 'good'.",
             zh="训练集 0.92、验证集 0.90：得分高且接近，应为 'good'。"))
### BEGIN HIDDEN TESTS
_df_cases = [(0.84, 0.60, 0.85, 0.05), (0.95, 0.905, 0.85, 0.05), (0.95, 0.89, 0.85, 0.05),
             (0.95, 0.93, 0.85, 0.01), (0.80, 0.79, 0.75, 0.05), (0.80, 0.79, 0.85, 0.05),
             (0.90, 0.97, 0.85, 0.05), (0.99, 0.70, 0.995, 0.5)]
submit("diagnose_fit", results=[diagnose_fit(t, v, min_train=m, max_gap=g) for t, v, m, g in _df_cases])
### END HIDDEN TESTS


# %% judge="diagnose_fit"
CASES = [(0.84, 0.60, 0.85, 0.05), (0.95, 0.905, 0.85, 0.05), (0.95, 0.89, 0.85, 0.05),
         (0.95, 0.93, 0.85, 0.01), (0.80, 0.79, 0.75, 0.05), (0.80, 0.79, 0.85, 0.05),
         (0.90, 0.97, 0.85, 0.05), (0.99, 0.70, 0.995, 0.5)]


def diagnosis(train, val, min_train, max_gap):
    if train < min_train:
        return "underfitting"
    return "overfitting" if train - val > max_gap else "good"


def judge(answer, gold):
    results = answer["results"]
    expected = [diagnosis(*case) for case in CASES]
    return all_of(
        rule(same(results[:3], expected[:3]),
             en="With the default limits, some diagnoses are wrong: check the order of the two rules (a model that is underfitting may also show a gap).",
             zh="使用默认界限时，部分诊断有误：请检查两条规则的先后顺序（欠拟合的模型也可能存在差距）。"),
        rule(same(results[3:6], expected[3:6]),
             en="With other limits, some diagnoses are wrong: use the parameters min_train and max_gap instead of fixed numbers.",
             zh="使用其他界限时，部分诊断有误：请使用参数 min_train 和 max_gap，不要写死数字。"),
        rule(same(results[6:], expected[6:]),
             en="Unusual scores get a wrong diagnosis: the gap is training minus validation, and a model below min_train is underfitting whatever its gap.",
             zh="特殊得分的诊断有误：差距是训练集得分减去验证集得分；低于 min_train 的模型无论差距多大都是欠拟合。"))


# %% [markdown] hint="diagnose_fit" lang="en"
# Two `if` statements, each with a `return`, and a final `return` for everything else. The
# first rule that holds decides, so put the rules in the order the task lists them.

# %% [markdown] hint="diagnose_fit" lang="zh"
# 两个带 `return` 的 `if` 语句，最后再用一个 `return` 处理其余情况。第一条成立的规则决定结果，
# 所以请按任务列出的顺序排列规则。

# %% [markdown] lang="en"
# ## Task 3 · `validation_curve_table`: a validation curve in numbers
#
# The left panel of the playground used one fixed validation set. That is quick, but a
# score on 120 parts is itself noisy: another split would give other numbers.
# **Cross-validation** is more reliable: cut the data into 5 folds, train on 4 and score
# on the fifth, five times, and average. scikit-learn's `validation_curve` does exactly
# this for every value of one hyperparameter.
#
# Complete `validation_curve_table(X, y, gamma_values, C=1.0)`. For each value in
# `gamma_values` (in the given order), cross-validate `make_svm(C=C, gamma=value)` with
# `cv=5` and return a DataFrame with one row per value and exactly these columns:
#
# * `gamma`, the value;
# * `train_score`, the mean accuracy on the training folds;
# * `val_score`, the mean accuracy on the validation folds.
#
# Inside the pipeline the SVC step is called `svc`, so its gamma is named `svc__gamma`.

# %% [markdown] lang="zh"
# ## 任务 3 · `validation_curve_table`：用数字表示验证曲线
#
# 调参面板的左图用的是一个固定的验证集。这样算得快，但 120 个零件上的得分本身就有波动：换一种划分，
# 数字就会不同。**交叉验证**更可靠：把数据分成 5 折，用其中 4 折训练、第 5 折打分，轮流做 5 次再取
# 平均。scikit-learn 的 `validation_curve` 正是对某个超参数的每个取值都这样做。
#
# 请补全 `validation_curve_table(X, y, gamma_values, C=1.0)`。对 `gamma_values` 中的每个值
# （按给定顺序），用 `cv=5` 对 `make_svm(C=C, gamma=该值)` 做交叉验证，返回一个 DataFrame：每个
# 取值一行，列正好是：
#
# * `gamma`：该取值；
# * `train_score`：在训练折上的平均准确率；
# * `val_score`：在验证折上的平均准确率。
#
# 在流水线（pipeline）中，SVC 这一步的名字是 `svc`，所以它的 gamma 参数名是 `svc__gamma`。

# %% answer="validation_curve_table"
def validation_curve_table(X, y, gamma_values, C=1.0):
    """Mean training and validation accuracy (5-fold cross-validation) of make_svm for each gamma.

    对每个 gamma，用 5 折交叉验证计算 make_svm 的训练集和验证集平均准确率。
    """
    ### BEGIN SOLUTION
    train_scores, val_scores = validation_curve(make_svm(C=C), X, y, param_name="svc__gamma",
                                                param_range=list(gamma_values), cv=5)
    return pd.DataFrame({"gamma": [float(g) for g in gamma_values],
                         "train_score": train_scores.mean(axis=1),
                         "val_score": val_scores.mean(axis=1)})
    ### END SOLUTION


# %% tests="validation_curve_table" points=2 assesses="L3.3.1"
_vc = functools.cache(lambda: validation_curve_table(X_train, y_train, [0.01, 1.0, 100.0]))
check("validation_curve_table",
      expect(lambda: list(_vc().columns) == ["gamma", "train_score", "val_score"] and len(_vc()) == 3,
             en="The table should have the columns gamma, train_score and val_score, and one row per gamma value.",
             zh="表格应有 gamma、train_score、val_score 三列，每个 gamma 取值一行。"),
      expect(lambda: _vc()["gamma"].tolist() == [0.01, 1.0, 100.0],
             en="The gamma column should list the values in the order they were given.",
             zh="gamma 列应按给定顺序列出各个取值。"),
      expect(lambda: _vc()["train_score"].iloc[2] > 0.95 and _vc()["val_score"].iloc[2] < _vc()["train_score"].iloc[2] - 0.05,
             en="At gamma = 100 the model should be almost perfect on the training folds and clearly worse on the validation folds: are the two scores computed on different folds?",
             zh="gamma = 100 时，模型在训练折上应接近完美，在验证折上明显更差：两个得分是在不同的折上算的吗？"))
### BEGIN HIDDEN TESTS
_vc_parts = pd.read_csv("sensors.csv")
submit("validation_curve_table",
       table=validation_curve_table(_vc_parts[["temperature", "vibration"]].to_numpy(), _vc_parts["fault"].to_numpy(),
                                    [0.01, 0.1, 1.0, 10.0, 100.0], C=10.0))
### END HIDDEN TESTS


# %% judge="validation_curve_table"
from sklearn.model_selection import validation_curve

GAMMAS = [0.01, 0.1, 1.0, 10.0, 100.0]


def judge(answer, gold):
    parts = pd.read_csv(gold / "sensors.csv")
    train, val = validation_curve(svm(C=10.0), parts[FEATURES], parts["fault"],
                                  param_name="svc__gamma", param_range=GAMMAS, cv=5)
    expected = pd.DataFrame({"gamma": GAMMAS, "train_score": train.mean(axis=1), "val_score": val.mean(axis=1)})
    table = answer["table"]
    return all_of(
        rule(isinstance(table, pd.DataFrame) and list(table.columns) == list(expected.columns) and len(table) == len(expected),
             en="The table does not have the columns gamma, train_score, val_score with one row per gamma.",
             zh="表格没有 gamma、train_score、val_score 三列，或不是每个 gamma 一行。"),
        rule(same(table, expected, rel=1e-6),
             en="On the whole data set the scores differ from 5-fold cross-validation with the given C: check cv=5, C, and that each score is the mean over the five folds.",
             zh="在完整数据上，得分与使用给定 C 的 5 折交叉验证结果不同：请检查 cv=5、C，以及每个得分是否为 5 折的平均值。"))


# %% [markdown] hint="validation_curve_table" lang="en"
# `validation_curve(estimator, X, y, param_name=..., param_range=..., cv=5)` returns two
# arrays, training scores and validation scores, each with one row per value and one
# column per fold.

# %% [markdown] hint="validation_curve_table" lang="zh"
# `validation_curve(estimator, X, y, param_name=..., param_range=..., cv=5)` 返回两个数组：
# 训练得分和验证得分，每个取值一行，每一折一列。

# %% [markdown] hint="validation_curve_table" lang="en"
# Average each array along its rows with `.mean(axis=1)` to get one number per gamma, and
# remember to pass `C` on to `make_svm`.

# %% [markdown] hint="validation_curve_table" lang="zh"
# 用 `.mean(axis=1)` 对每个数组按行取平均，每个 gamma 得到一个数；别忘了把 `C` 传给 `make_svm`。

# %% [markdown] lang="en"
# ## Learning curves: would more data help?
#
# A **learning curve** answers another question: how do the scores change as the model
# sees more training data? The cell below draws one for a setting that overfits
# (`gamma = 30`) and one that fits well (`gamma = 1`).
#
# * Overfitting: the training score stays high, the validation score is well below it, and
#   the gap closes slowly as data grows. More data (or stronger regularisation) helps.
# * A good fit: the two curves meet at a high level. More data will change little.
# * Underfitting would show two curves that meet early at a *low* level: more data does not
#   help, a more flexible model does.

# %% [markdown] lang="zh"
# ## 学习曲线：更多数据有用吗？
#
# **学习曲线**回答的是另一个问题：模型见到的训练数据越来越多时，得分如何变化？下面的单元格为一个
# 过拟合的设置（`gamma = 30`）和一个拟合良好的设置（`gamma = 1`）各画一条学习曲线。
#
# * 过拟合：训练得分一直很高，验证得分明显低于它，随着数据增多差距缓慢缩小。更多数据（或更强的
#   正则化）会有帮助。
# * 拟合良好：两条曲线在较高的水平汇合。再加数据也变化不大。
# * 欠拟合时两条曲线会很早就在*较低*的水平汇合：加数据没有用，要换更灵活的模型。

# %%
figure, axes = plt.subplots(1, 2, figsize=(9, 3.2), sharey=True)
for ax, gamma in zip(axes, (30.0, 1.0)):
    sizes, train_scores, val_scores = learning_curve(make_svm(C=10.0, gamma=gamma), X, y, cv=5,
                                                     train_sizes=[0.2, 0.5, 1.0])
    ax.plot(sizes, train_scores.mean(axis=1), "o-", label=plot_text(en="training", zh="训练集"))
    ax.plot(sizes, val_scores.mean(axis=1), "s-", label=plot_text(en="validation", zh="验证集"))
    ax.set_title(f"C = 10, gamma = {gamma:g}")
    ax.set_xlabel(plot_text(en="training parts", zh="训练用零件数"))
axes[0].set_ylabel(plot_text(en="accuracy", zh="准确率"))
axes[0].legend()
plt.show()

# %% [markdown] lang="en"
# ## Not every knob needs a refit: the decision threshold
#
# The SVC gives each part a score; a part counts as "fault" when its score is above a
# **threshold**, 0 by default. Moving the threshold trades **precision** (of the parts we
# flag, how many are really faulty) against **recall** (of the faulty parts, how many we
# flag). The threshold is not a hyperparameter of the *fit*: the playground below changes it
# without training again, while a change of `C` needs a new fit. Try a threshold of
# −1: almost every fault is caught, at the price of more good parts sent to inspection.
# (This playground is for exploring; it is not graded.)

# %% [markdown] lang="zh"
# ## 不是每个旋钮都要重新训练：决策阈值
#
# SVC 会给每个零件打一个分数；分数高于**阈值**（默认为 0）的零件被判为“有缺陷”。移动阈值就是在
# **精确率**（被标记的零件中真正有缺陷的比例）和**召回率**（有缺陷的零件中被标记出来的比例）之间
# 取舍。阈值不是*训练*的超参数：下面的面板改变阈值时不需要重新训练，而改变 `C` 就需要重新训练。试试
# 阈值 −1：几乎所有缺陷都能被抓到，代价是更多合格零件被送去复检。（这个面板只用于探索，不计分。）

# %%
threshold_playground = TuningPlayground(
    "l3_threshold", lambda C: make_svm(C=C, gamma=1.0),
    [Hyperparameter("C", C_GRID, default=1.0, label={"en": "C", "zh": "C（正则化）"}),
     Hyperparameter("threshold", (-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5), default=0.0, refit=False,
                    label={"en": "threshold (no refit)", "zh": "阈值（无需重新训练）"})],
    X_train, y_train, X_val, y_val,
    panels=("confusion_matrix", "precision_recall"), threshold_param="threshold")
threshold_playground

# %% [markdown] lang="en"
# ## Task 4 · `best_c_by_grid_search`: let the computer try every value
#
# Moving sliders by hand does not scale, and it is easy to fool yourself by looking at
# the same validation set too often. A **grid search** tries every value on a list with
# cross-validation and keeps the one with the best mean validation score. scikit-learn's
# `GridSearchCV` does it in one call.
#
# Complete `best_c_by_grid_search(X, y, C_values, gamma=1.0)`: search over `C_values`
# for `make_svm(gamma=gamma)` with 5-fold cross-validation (accuracy, the default score)
# and return a tuple `(best_C, best_score)`: the best `C` as a float and its mean
# validation accuracy as a float.

# %% [markdown] lang="zh"
# ## 任务 4 · `best_c_by_grid_search`：让计算机把每个取值都试一遍
#
# 手动拖滑块效率不高，而且反复盯着同一个验证集，很容易自欺欺人。**网格搜索**用交叉验证把列表中的每个
# 取值都试一遍，留下平均验证得分最好的那个。scikit-learn 的 `GridSearchCV` 一次调用就能完成。
#
# 请补全 `best_c_by_grid_search(X, y, C_values, gamma=1.0)`：对 `make_svm(gamma=gamma)` 在
# `C_values` 上用 5 折交叉验证搜索（得分用默认的准确率），返回元组 `(best_C, best_score)`：最佳的
# `C`（浮点数）及其平均验证准确率（浮点数）。

# %% answer="best_c_by_grid_search"
def best_c_by_grid_search(X, y, C_values, gamma=1.0):
    """Grid-search C for make_svm(gamma=gamma) with 5-fold cross-validation; return (best_C, best_score).

    用 5 折交叉验证对 make_svm(gamma=gamma) 的 C 做网格搜索，返回 (best_C, best_score)。
    """
    ### BEGIN SOLUTION
    search = GridSearchCV(make_svm(gamma=gamma), {"svc__C": list(C_values)}, cv=5)
    search.fit(X, y)
    return float(search.best_params_["svc__C"]), float(search.best_score_)
    ### END SOLUTION


# %% tests="best_c_by_grid_search" points=2 assesses="L3.3.1"
_gs = functools.cache(lambda: best_c_by_grid_search(X_train, y_train, [0.01, 1.0, 100.0]))
check("best_c_by_grid_search",
      expect(lambda: isinstance(_gs(), tuple) and len(_gs()) == 2,
             en="best_c_by_grid_search should return a tuple of two numbers: (best_C, best_score).",
             zh="best_c_by_grid_search 应返回由两个数组成的元组：(best_C, best_score)。"),
      expect(lambda: _gs()[0] in (0.01, 1.0, 100.0) and 0 <= _gs()[1] <= 1,
             en="best_C should be one of the values searched, and best_score an accuracy between 0 and 1.",
             zh="best_C 应是搜索过的取值之一，best_score 应是 0 到 1 之间的准确率。"),
      expect(lambda: _gs()[0] != 0.01,
             en="C = 0.01 regularises so strongly that the model predicts one class only; it cannot be the best.",
             zh="C = 0.01 的正则化太强，模型只会预测一个类别，不可能是最佳取值。"))
### BEGIN HIDDEN TESTS
_gs_parts = pd.read_csv("sensors.csv")
_gs_best = best_c_by_grid_search(_gs_parts[["temperature", "vibration"]].to_numpy(), _gs_parts["fault"].to_numpy(),
                                 [0.01, 0.1, 1.0, 10.0, 100.0, 1000.0], gamma=1.0)
submit("best_c_by_grid_search", best_C=float(_gs_best[0]), best_score=float(_gs_best[1]))
### END HIDDEN TESTS


# %% judge="best_c_by_grid_search"
from sklearn.model_selection import GridSearchCV


def judge(answer, gold):
    parts = pd.read_csv(gold / "sensors.csv")
    search = GridSearchCV(svm(gamma=1.0), {"svc__C": [0.01, 0.1, 1.0, 10.0, 100.0, 1000.0]}, cv=5)
    search.fit(parts[FEATURES], parts["fault"])
    return all_of(
        rule(same(answer["best_C"], float(search.best_params_["svc__C"])),
             en="On the whole data set another C wins the 5-fold cross-validation: pick the C with the best mean validation score (not training score).",
             zh="在完整数据上，5 折交叉验证选出的是另一个 C：请选平均验证得分（而不是训练得分）最高的 C。"),
        rule(same(answer["best_score"], float(search.best_score_), abs=1e-9),
             en="best_score should be the mean validation accuracy of the best C over the five folds.",
             zh="best_score 应为最佳 C 在 5 折上的平均验证准确率。"))


# %% [markdown] hint="best_c_by_grid_search" lang="en"
# `GridSearchCV(estimator, param_grid, cv=5)` takes a dictionary that maps parameter names
# to the lists of values to try; the names are the same as in Task 3 (step name, two
# underscores, parameter). After `fit`, look at its attributes ending in `_`.

# %% [markdown] hint="best_c_by_grid_search" lang="zh"
# `GridSearchCV(estimator, param_grid, cv=5)` 接收一个字典，把参数名映射到要尝试的取值列表；
# 参数名的写法和任务 3 相同（步骤名、两个下划线、参数名）。`fit` 之后，看看它以 `_` 结尾的属性。

# %% [markdown] hint="best_c_by_grid_search" lang="en"
# `best_params_` is a dictionary and `best_score_` a numpy number. Convert both values with
# `float(...)` before you return them.

# %% [markdown] hint="best_c_by_grid_search" lang="zh"
# `best_params_` 是一个字典，`best_score_` 是 numpy 数值。返回之前请用 `float(...)` 把两个值都转换一下。

# %% [markdown] lang="en"
# ## Task 5 · `random_search_svm`: a search within a budget
#
# A grid over two hyperparameters with 9 values each is 81 settings, times 5 folds: 405
# fits. Training budgets are real (time, machines, money). A **randomised search** draws a
# fixed number of settings at random instead. With the same budget it tries many more
# distinct values of each hyperparameter than a grid does, which matters when only one of
# them has a big effect.
#
# For `C` and `gamma` a change from 0.01 to 0.1 matters as much as one from 10 to 100, so
# draw them **log-uniformly**: `scipy.stats.loguniform(low, high)`.
#
# Complete `random_search_svm(X, y, budget, seed)`: a `RandomizedSearchCV` of `make_svm()`
# that draws `svc__C` from `loguniform(0.01, 1000)` and `svc__gamma` from
# `loguniform(0.01, 100)`, tries exactly `budget` settings, uses 5-fold cross-validation,
# and uses `seed` as its random state so that the same seed always gives the same result.
# Fit it on `X`, `y` and return the fitted search.

# %% [markdown] lang="zh"
# ## 任务 5 · `random_search_svm`：在预算之内搜索
#
# 两个超参数各取 9 个值的网格共有 81 种设置，乘以 5 折就是 405 次训练。训练预算是实实在在的（时间、
# 机器、经费）。**随机搜索**改为随机抽取固定数量的设置。在同样的预算下，它对每个超参数尝试的不同取值
# 比网格多得多；当只有一个超参数影响很大时，这一点尤其重要。
#
# 对 `C` 和 `gamma` 来说，从 0.01 变到 0.1 和从 10 变到 100 同样重要，所以要按**对数均匀分布**
# 抽取：`scipy.stats.loguniform(low, high)`。
#
# 请补全 `random_search_svm(X, y, budget, seed)`：对 `make_svm()` 做 `RandomizedSearchCV`，
# `svc__C` 从 `loguniform(0.01, 1000)` 抽取，`svc__gamma` 从 `loguniform(0.01, 100)` 抽取，
# 正好尝试 `budget` 种设置，使用 5 折交叉验证，并把 `seed` 作为随机状态，使同一个 seed 总是得到
# 相同的结果。在 `X`、`y` 上拟合，返回拟合好的搜索对象。

# %% answer="random_search_svm"
def random_search_svm(X, y, budget, seed):
    """A fitted RandomizedSearchCV of make_svm over log-uniform C and gamma, trying `budget` settings.

    在对数均匀分布的 C 和 gamma 上对 make_svm 做随机搜索，尝试 `budget` 种设置，返回拟合好的搜索对象。
    """
    ### BEGIN SOLUTION
    distributions = {"svc__C": loguniform(0.01, 1000), "svc__gamma": loguniform(0.01, 100)}
    search = RandomizedSearchCV(make_svm(), distributions, n_iter=budget, cv=5, random_state=seed)
    return search.fit(X, y)
    ### END SOLUTION


# %% tests="random_search_svm" points=3 assesses="L3.3.1"
_rs = functools.cache(lambda: random_search_svm(X_train, y_train, 4, 0))
check("random_search_svm",
      expect(lambda: hasattr(_rs(), "best_params_"),
             en="random_search_svm should return the fitted search (call fit before returning it).",
             zh="random_search_svm 应返回拟合好的搜索对象（返回之前先调用 fit）。"),
      expect(lambda: len(_rs().cv_results_["params"]) == 4,
             en="With a budget of 4 the search should try exactly 4 settings.",
             zh="预算为 4 时，搜索应正好尝试 4 种设置。"),
      expect(lambda: {k.split("__")[-1] for k in _rs().best_params_} == {"C", "gamma"},
             en="The search should tune both C and gamma of the SVC step.",
             zh="搜索应同时调整 SVC 步骤的 C 和 gamma。"))
### BEGIN HIDDEN TESTS
_rs_parts = pd.read_csv("sensors.csv")
_rs_X, _rs_y = _rs_parts[["temperature", "vibration"]].to_numpy(), _rs_parts["fault"].to_numpy()
_rs_runs = [random_search_svm(_rs_X, _rs_y, 12, 7) for _ in range(2)]
submit("random_search_svm",
       best=[{k.split("__")[-1]: float(v) for k, v in run.best_params_.items()} for run in _rs_runs],
       tried=[len(run.cv_results_["params"]) for run in _rs_runs])
### END HIDDEN TESTS


# %% judge="random_search_svm"
def judge(answer, gold):
    best, tried = answer["best"], answer["tried"]
    found = best[0]
    usable = set(found) == {"C", "gamma"} and all(isinstance(v, float) and 0 < v < 1e6 for v in found.values())
    basics = all_of(
        rule(all(n == 12 for n in tried),
             en="With a budget of 12 the search should try exactly 12 settings.",
             zh="预算为 12 时，搜索应正好尝试 12 种设置。"),
        rule(same(best[0], best[1]),
             en="Two searches with the same seed found different settings: pass the seed on as the search's random state.",
             zh="使用相同 seed 的两次搜索得到了不同的设置：请把 seed 作为搜索的随机状态传入。"),
        rule(usable, en="The search should tune C and gamma of the SVC step.", zh="搜索应调整 SVC 步骤的 C 和 gamma。"))
    if basics.fraction < 1:
        return basics
    accuracy = holdout_accuracy(gold, found["C"], found["gamma"])
    return band(accuracy, [(0.875, 1.0), (0.86, 0.5)],
                en="The setting your search found reaches {value:.3f} on new parts (full points from 0.875, half from 0.860); check the ranges and the log-uniform distributions.",
                zh="你的搜索找到的设置在新零件上的准确率为 {value:.3f}（0.875 及以上得满分，0.860 及以上得一半）；请检查取值范围和对数均匀分布。")


# %% [markdown] hint="random_search_svm" lang="en"
# `RandomizedSearchCV` takes the same estimator as `GridSearchCV`, but a dictionary of
# *distributions* instead of lists. Its parameter `n_iter` is the number of settings it
# draws, and `random_state` fixes the draws.

# %% [markdown] hint="random_search_svm" lang="zh"
# `RandomizedSearchCV` 接收的模型与 `GridSearchCV` 相同，但参数字典里放的是*分布*而不是列表。
# 它的 `n_iter` 参数是抽取的设置数量，`random_state` 用来固定抽取结果。

# %% [markdown] hint="random_search_svm" lang="en"
# A uniform distribution between 0.01 and 100 draws values above 10 nine times out of ten,
# so nearly every `gamma` it tries overfits. That is why the task asks for `loguniform`.

# %% [markdown] hint="random_search_svm" lang="zh"
# 在 0.01 到 100 之间按均匀分布抽取，十次里有九次会抽到大于 10 的值，于是尝试的 `gamma` 几乎都会
# 过拟合。这就是任务要求使用 `loguniform` 的原因。

# %% [markdown] lang="en"
# ## Task 6 · `tuning_quiz`: check your understanding
#
# Answer the five questions below by clicking. Every click is saved at once in
# `l3_tuning_quiz.quiz.json` beside this notebook, and the quiz shows your saved answers
# again when you reopen the notebook. When you are done, delete the two placeholder lines
# in the answer cell under the quiz and run it: it shows the answers that will be graded.
# (You can also answer in code there, e.g. `quiz.answer("gap", "a")`.)

# %% [markdown] lang="zh"
# ## 任务 6 · `tuning_quiz`：检验一下理解程度
#
# 点击作答下面的五道题。每次点击都会立即保存到本笔记本旁边的 `l3_tuning_quiz.quiz.json` 中，
# 重新打开笔记本时测验会显示你已保存的答案。答完后，删除测验下方答题单元格中的两行占位代码并运行它：
# 它会显示将被评分的答案。（你也可以在那里用代码作答，例如 `quiz.answer("gap", "a")`。）

# %%
quiz = Quiz("l3_tuning_quiz", [
    Question("gap", "A model scores 1.00 on its training data and 0.80 on validation data. What is happening?",
             "一个模型在训练数据上得分 1.00，在验证数据上得分 0.80。这是什么情况？",
             {"a": {"en": "underfitting", "zh": "欠拟合"},
              "b": {"en": "overfitting", "zh": "过拟合"},
              "c": {"en": "a good fit", "zh": "拟合良好"}}),
    Question("remedies", "Which changes make an RBF SVM less likely to overfit?",
             "哪些做法能让 RBF 核 SVM 不容易过拟合？",
             {"a": {"en": "a smaller gamma", "zh": "更小的 gamma"},
              "b": {"en": "a smaller C", "zh": "更小的 C"},
              "c": {"en": "a larger gamma", "zh": "更大的 gamma"},
              "d": {"en": "more training data", "zh": "更多训练数据"}}, multiple=True),
    Question("test_set", "Why must the final test set not be used to choose hyperparameters?",
             "为什么不能用最终测试集来选择超参数？",
             {"a": {"en": "Its score would then be too optimistic: we picked what suits those very parts.",
                    "zh": "那样它的得分会偏乐观：我们挑的正是适合这批数据的设置。"},
              "b": {"en": "It would make training slower.", "zh": "那样会让训练变慢。"},
              "c": {"en": "scikit-learn does not allow it.", "zh": "scikit-learn 不允许这样做。"}}),
    Question("flat_low", "On a learning curve, training and validation scores meet early at a low level and stay flat as data grows. What helps most?",
             "学习曲线上，训练得分和验证得分很早就在较低的水平汇合，数据增多后也不再变化。最有效的做法是什么？",
             {"a": {"en": "collect more data", "zh": "收集更多数据"},
              "b": {"en": "a more flexible model or weaker regularisation", "zh": "换更灵活的模型或减弱正则化"},
              "c": {"en": "stronger regularisation", "zh": "加强正则化"}}),
    Question("budget", "You may afford 20 settings to tune two continuous hyperparameters. Why is a randomised search often better than a grid here?",
             "你的预算只够尝试 20 种设置，要调两个连续型超参数。为什么这时随机搜索往往比网格搜索好？",
             {"a": {"en": "It tries 20 different values of each hyperparameter instead of 4 or 5.",
                    "zh": "它对每个超参数都能尝试 20 个不同的取值，而不是 4 到 5 个。"},
              "b": {"en": "It always finds the best setting.", "zh": "它总能找到最佳设置。"},
              "c": {"en": "It needs no cross-validation.", "zh": "它不需要交叉验证。"}}),
])
quiz

# %% answer="tuning_quiz"
### BEGIN SOLUTION
quiz.answer("gap", "b")
quiz.answer("remedies", ["a", "b", "d"])
quiz.answer("test_set", "a")
quiz.answer("flat_low", "b")
quiz.answer("budget", "a")
### END SOLUTION
quiz.answers


# %% tests="tuning_quiz" points=2 assesses="L3.3.1,fundamentals"
check("tuning_quiz",
      expect(lambda: set(load_quiz_answers("l3_tuning_quiz")) == {"gap", "remedies", "test_set", "flat_low", "budget"},
             en="Not every question is answered yet: click an answer for each of the five questions.",
             zh="还有题目没有作答：请为五道题都点选答案。"))
### BEGIN HIDDEN TESTS
submit("tuning_quiz", answers=load_quiz_answers("l3_tuning_quiz"))
### END HIDDEN TESTS


# %% judge="tuning_quiz"
CORRECT = {"gap": "b", "remedies": ["a", "b", "d"], "test_set": "a", "flat_low": "b", "budget": "a"}


def is_right(given, correct):
    if isinstance(correct, list):
        return isinstance(given, list) and sorted(given) == sorted(correct)
    return given == correct


def judge(answer, gold):
    given = answer["answers"]
    right = sum(is_right(given.get(question), correct) for question, correct in CORRECT.items())
    return band(right / len(CORRECT), [(1.0, 1.0), (0.8, 0.5)],
                en="You answered {value:.0%} of the questions correctly (all correct: full points; 4 of 5: half).",
                zh="你答对了 {value:.0%} 的题目（全部答对得满分，答对 5 题中的 4 题得一半）。")


# %% [markdown] hint="tuning_quiz" lang="en"
# Go back to the playground: set a large `gamma`, then make it smaller; then try the same
# with `C`. Which direction makes the border smoother and the gap between the curves smaller?

# %% [markdown] hint="tuning_quiz" lang="zh"
# 回到调参面板：先把 `gamma` 设得很大，再慢慢调小；然后对 `C` 做同样的尝试。朝哪个方向调，边界会
# 更平滑、两条曲线之间的差距会更小？

# %% [markdown] lang="en"
# ## What you did
#
# You tuned a model the way a trainer does it on the job: you looked at the data, made
# over- and underfitting visible, named them with two numbers, measured a validation curve
# with cross-validation, read learning curves, and let a grid search and a randomised
# search within a budget choose for you. At grading your choices meet parts that nobody has
# seen, just as a model meets new parts on the production line.
#
# Keep the habits: never tune on the test set, compare training and validation scores, fix
# your random seeds, and spend your training budget where it matters.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你像训练师在实际工作中那样调好了一个模型：先观察数据，让过拟合和欠拟合变得可见，用两个数字给它们
# 命名，用交叉验证测出验证曲线，读懂学习曲线，再让网格搜索和有预算限制的随机搜索替你做选择。评分时，
# 你的选择会遇到谁都没见过的零件，就像模型在生产线上遇到新零件一样。
#
# 请保持这些习惯：不要在测试集上调参；对比训练得分和验证得分；固定随机种子；把训练预算花在刀刃上。
