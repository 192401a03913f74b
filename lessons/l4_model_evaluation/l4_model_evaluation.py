# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l4_model_evaluation
#     level: 4
#     title: {en: Evaluating a model honestly, zh: 如实评估模型}
#     datasets: [diabetes_screening/screening_train.csv, diabetes_screening/screening_valid.csv]
#     gold: [diabetes_screening/screening_test.csv]
# ---

# %% [markdown] lang="en"
# # Evaluating a model honestly
#
# A community health centre invites adults to a yearly health check: a questionnaire and
# body measurements, no blood test. A model turns each check into a **risk score** between
# 0 and 1 for type 2 diabetes, and the centre sends people above some threshold for a lab
# test, which costs money. Someone with diabetes who is *not* sent is found later, with
# complications that cost far more.
#
# The vendor's slide says "accuracy 86 %". Your job, as the AI trainer who tests the model
# before the centre relies on it, is to find out what that number hides and what to report
# instead:
#
# 1. count the four kinds of right and wrong answers (Task 1) and compute precision,
#    recall and F1 (Task 2);
# 2. summarise the scores over all thresholds with ROC and PR curves (Task 3);
# 3. put money on the errors and choose the threshold with the lowest cost (Tasks 4, 5);
# 4. estimate performance with cross-validation that respects repeat visits (Task 6);
# 5. recommend a metric to the centre (written question).
#
# Your computed numbers are checked against reference values, and the threshold you choose
# is tried on **held-out health checks that are not in your folder**.

# %% [markdown] lang="zh"
# # 如实评估模型
#
# 一家社区卫生服务中心每年邀请成年人做一次健康检查：填问卷、量身体指标，不验血。一个模型把每次检查
# 变成 0 到 1 之间的 2 型糖尿病**风险分数**，中心把分数超过某个阈值的人送去做化验，化验是要花钱的。
# 而患有糖尿病却*没有*被送去化验的人，会在以后才被发现，那时的并发症代价要高得多。
#
# 供应商的幻灯片上写着“准确率 86%”。你是在中心正式使用模型之前负责测试它的人工智能训练师，你的工作是
# 弄清楚这个数字掩盖了什么，以及应该汇报什么：
#
# 1. 统计四种对与错的情况（任务 1），计算精确率、召回率和 F1（任务 2）；
# 2. 用 ROC 曲线和 PR 曲线概括所有阈值下的分数表现（任务 3）；
# 3. 给错误标上价钱，选出总成本最低的阈值（任务 4、5）；
# 4. 用考虑到重复体检的交叉验证来估计模型表现（任务 6）；
# 5. 向中心推荐一个指标（简答题）。
#
# 你算出的数值会和参考值核对，你选的阈值会在**不在你文件夹里的保留体检数据**上试用。

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (ConfusionMatrixDisplay, PrecisionRecallDisplay, RocCurveDisplay, accuracy_score,
                             average_precision_score, roc_auc_score)
from sklearn.model_selection import GroupKFold, KFold, StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from course import check, expect, hint, plot_text

train = pd.read_csv("screening_train.csv")
valid = pd.read_csv("screening_valid.csv")
NUMERIC = ["age", "bmi", "waist_cm", "systolic_bp", "family_history", "activity_hours"]
FEATURES = NUMERIC + ["sex"]
COST_TEST = 200      # yuan: a lab test for someone who turns out healthy (a false positive)
COST_MISSED = 1500   # yuan: a case of diabetes missed now and found later (a false negative)


def make_screening_model():
    """The vendor's model: scaled measurements and one-hot sex into a logistic regression."""
    columns = ColumnTransformer([("numbers", StandardScaler(), NUMERIC),
                                 ("sex", OneHotEncoder(handle_unknown="ignore"), ["sex"])])
    return make_pipeline(columns, LogisticRegression(max_iter=1000))


model = make_screening_model().fit(train[FEATURES], train["diabetes"])
valid_y = valid["diabetes"].to_numpy()
valid_scores = model.predict_proba(valid[FEATURES])[:, 1]
valid_pred = (valid_scores >= 0.5).astype(int)
print(f"{len(train)} training checks of {train['patient_id'].nunique()} people; {len(valid)} validation checks")
print(f"accuracy at threshold 0.5: {accuracy_score(valid_y, valid_pred):.3f}")
print(f"accuracy of 'nobody has diabetes': {accuracy_score(valid_y, np.zeros_like(valid_y)):.3f}")

# %% [markdown] lang="en"
# There it is: the model's accuracy is barely above that of a "model" that tells everyone
# they are healthy. When one class is rare (here about 16 % have diabetes), accuracy is
# dominated by the common class and says almost nothing about the cases we care about.
#
# `valid_y` holds the true labels (1 = diabetes), `valid_scores` the model's risk scores
# and `valid_pred` its yes/no answers at the usual threshold 0.5.
#
# ## Task 1 · `confusion_counts`: four kinds of answers
#
# With "diabetes" as the **positive** class, every prediction is one of four kinds:
#
# | | predicted 1 | predicted 0 |
# |---|---|---|
# | **truly 1** | true positive (TP): found | false negative (FN): **missed** |
# | **truly 0** | false positive (FP): unnecessary test | true negative (TN): correctly reassured |
#
# Complete `confusion_counts(y_true, y_pred)`: both are sequences of 0/1 of the same length
# (lists or numpy arrays). Return a dictionary `{"tp": …, "fp": …, "fn": …, "tn": …}` of
# plain Python `int`s. Write the counting yourself (no scikit-learn).

# %% [markdown] lang="zh"
# 问题就在这里：模型的准确率只比一个对所有人都说“你很健康”的“模型”高一点点。当某个类别很少见时
# （这里大约 16% 的人患有糖尿病），准确率主要由常见类别决定，几乎不能说明我们真正关心的那些人的情况。
#
# `valid_y` 是真实标签（1 = 糖尿病），`valid_scores` 是模型给出的风险分数，`valid_pred` 是按常用阈值
# 0.5 得到的是/否答案。
#
# ## 任务 1 · `confusion_counts`：四种答案
#
# 把“糖尿病”作为**正类**，每个预测都属于以下四种之一：
#
# | | 预测为 1 | 预测为 0 |
# |---|---|---|
# | **实际为 1** | 真阳性（TP）：发现了 | 假阴性（FN）：**漏掉了** |
# | **实际为 0** | 假阳性（FP）：多做了一次化验 | 真阴性（TN）：正确地让人放心 |
#
# 请补全 `confusion_counts(y_true, y_pred)`：两者都是等长的 0/1 序列（列表或 numpy 数组）。返回字典
# `{"tp": …, "fp": …, "fn": …, "tn": …}`，值为普通的 Python `int`。请自己写计数（不要用 scikit-learn）。

# %% answer="confusion_counts"
def confusion_counts(y_true, y_pred):
    """Return {"tp", "fp", "fn", "tn"} as ints, with 1 as the positive class.

    以 1 为正类，返回 {"tp", "fp", "fn", "tn"}，值为 int。
    """
    ### BEGIN SOLUTION
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for truth, guess in zip(y_true, y_pred):
        if truth == 1:
            counts["tp" if guess == 1 else "fn"] += 1
        else:
            counts["fp" if guess == 1 else "tn"] += 1
    return counts
    ### END SOLUTION


# %% tests="confusion_counts" points=2 assesses="L4.3.2,fundamentals"
check("confusion_counts",
      expect(lambda: confusion_counts([1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 1, 0]) == {"tp": 2, "fp": 1, "fn": 1, "tn": 2},
             en="For true [1, 1, 0, 0, 1, 0] and predicted [1, 0, 1, 0, 1, 0] the counts should be tp 2, fp 1, fn 1, tn 2.",
             zh="真实值 [1, 1, 0, 0, 1, 0]、预测值 [1, 0, 1, 0, 1, 0] 时，应为 tp 2、fp 1、fn 1、tn 2。"),
      expect(lambda: confusion_counts(valid_y, valid_pred) == {"tp": 26, "fp": 18, "fn": 53, "tn": 403}
             and all(type(v) is int for v in confusion_counts(valid_y, valid_pred).values()),
             en="On the validation checks at threshold 0.5 the counts should be tp 26, fp 18, fn 53, tn 403, as Python ints.",
             zh="在验证数据上、阈值为 0.5 时，应为 tp 26、fp 18、fn 53、tn 403，且都是 Python int。"))
### BEGIN HIDDEN TESTS
_cc_rng = np.random.default_rng(11)
_cc_true, _cc_pred = _cc_rng.integers(0, 2, 300), _cc_rng.integers(0, 2, 300)
from course import submit
submit("confusion_counts", small=confusion_counts([1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 1, 0]),
       random=confusion_counts(_cc_true.copy(), _cc_pred.copy()),
       all_negative=confusion_counts([0, 0, 0], [0, 0, 0]))
### END HIDDEN TESTS


# %% judge_helpers
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age", "bmi", "waist_cm", "systolic_bp", "family_history", "activity_hours"]
FEATURES = NUMERIC + ["sex"]


def screening_model(last_step):
    """The lesson's screening pipeline: numbers scaled, sex one-hot encoded, then `last_step`."""
    columns = ColumnTransformer([("numbers", StandardScaler(), NUMERIC),
                                 ("sex", OneHotEncoder(handle_unknown="ignore"), ["sex"])])
    return make_pipeline(columns, last_step)


def close_floats(got, expected, keys):
    """Whether `got` is a dict with, for each key, a float within 1e-9 of `expected`'s."""
    return type(got) is dict and all(isinstance(got.get(k), float) and abs(got[k] - float(expected[k])) < 1e-9
                                     for k in keys)


# %% judge="confusion_counts"
def judge(answer, gold):
    rng = np.random.default_rng(11)
    truth, guess = rng.integers(0, 2, 300), rng.integers(0, 2, 300)
    expected = {"tp": int(((truth == 1) & (guess == 1)).sum()), "fp": int(((truth == 0) & (guess == 1)).sum()),
                "fn": int(((truth == 1) & (guess == 0)).sum()), "tn": int(((truth == 0) & (guess == 0)).sum())}
    return all_of(
        rule(same(answer["small"], {"tp": 2, "fp": 1, "fn": 1, "tn": 2}),
             en="On the small example the counts should be tp 2, fp 1, fn 1, tn 2 (Python ints).",
             zh="在小例子上应为 tp 2、fp 1、fn 1、tn 2（Python int）。"),
        rule(same(answer["random"], expected),
             en="On 300 random labels and predictions (numpy arrays) the counts are wrong.",
             zh="在 300 个随机的标签和预测（numpy 数组）上，计数不对。"),
        rule(same(answer["all_negative"], {"tp": 0, "fp": 0, "fn": 0, "tn": 3}),
             en="With no positive at all every count except tn should be 0.",
             zh="完全没有正类时，除 tn 外的计数都应为 0。"))


# %% [markdown] hint="confusion_counts" lang="en"
# `zip(y_true, y_pred)` walks through both sequences together, giving one (truth,
# prediction) pair per person. Start the four counts at 0 and add 1 to the right one.

# %% [markdown] hint="confusion_counts" lang="zh"
# `zip(y_true, y_pred)` 同时遍历两个序列，每个人得到一对（真实值, 预测值）。四个计数从 0 开始，
# 给对应的那个加 1。

# %% [markdown] hint="confusion_counts" lang="en"
# A numpy array gives numpy numbers, not Python ints. Counting with `+= 1` on Python ints
# avoids the issue; otherwise wrap each count in `int(...)`.

# %% [markdown] hint="confusion_counts" lang="zh"
# numpy 数组给出的是 numpy 数字，而不是 Python int。在 Python int 上用 `+= 1` 计数就不会有这个问题；
# 否则请把每个计数用 `int(...)` 包起来。

# %% [markdown] lang="en"
# scikit-learn draws the same table as a **confusion matrix** (rows: truth, columns:
# prediction). Most of the people with diabetes are in the "missed" cell.

# %% [markdown] lang="zh"
# scikit-learn 会把同样的表画成**混淆矩阵**（行：真实值，列：预测值）。大多数糖尿病患者都落在“漏掉”
# 那一格里。

# %%
ConfusionMatrixDisplay.from_predictions(valid_y, valid_pred, display_labels=[plot_text(en="healthy", zh="健康"),
                                                                            plot_text(en="diabetes", zh="糖尿病")])
plt.gca().set(xlabel=plot_text(en="predicted", zh="预测值"), ylabel=plot_text(en="truth", zh="真实值"))
plt.show()

# %% [markdown] lang="en"
# ## Task 2 · `precision_recall_f1`: metrics about the positives
#
# * **Precision** = TP / (TP + FP): of the people we send for a test, the share who really
#   have diabetes. Low precision wastes tests.
# * **Recall** (sensitivity) = TP / (TP + FN): of the people with diabetes, the share we
#   find. Low recall means missed patients.
# * **F1** = 2 · precision · recall / (precision + recall): one number that is high only
#   when both are.
#
# Complete `precision_recall_f1(y_true, y_pred)`: return
# `{"precision": …, "recall": …, "f1": …}` as floats. When a fraction would divide by zero
# (nobody predicted positive, no positive at all, or both metrics 0), its value is `0.0`.
# You may use your `confusion_counts` or count again.

# %% [markdown] lang="zh"
# ## 任务 2 · `precision_recall_f1`：关于正类的指标
#
# * **精确率**（precision）= TP / (TP + FP)：被送去化验的人中，真正患糖尿病的比例。精确率低就是浪费化验。
# * **召回率**（recall，也叫灵敏度）= TP / (TP + FN)：糖尿病患者中被我们找出来的比例。召回率低意味着漏诊。
# * **F1** = 2 · 精确率 · 召回率 / (精确率 + 召回率)：只有两者都高时它才高。
#
# 请补全 `precision_recall_f1(y_true, y_pred)`：以 float 返回 `{"precision": …, "recall": …, "f1": …}`。
# 如果某个比例的分母为 0（没有人被预测为正类、根本没有正类，或者两个指标都是 0），它的值为 `0.0`。
# 可以使用你写的 `confusion_counts`，也可以重新计数。

# %% answer="precision_recall_f1"
def precision_recall_f1(y_true, y_pred):
    """Return {"precision", "recall", "f1"} as floats for the positive class 1; 0.0 where undefined.

    返回正类 1 的 {"precision", "recall", "f1"}（float）；无定义时为 0.0。
    """
    ### BEGIN SOLUTION
    truth, guess = np.asarray(y_true), np.asarray(y_pred)
    tp = int(((truth == 1) & (guess == 1)).sum())
    fp = int(((truth == 0) & (guess == 1)).sum())
    fn = int(((truth == 1) & (guess == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": float(precision), "recall": float(recall), "f1": float(f1)}
    ### END SOLUTION


# %% tests="precision_recall_f1" points=2 assesses="L4.3.2,fundamentals"
_pr = lambda: precision_recall_f1(valid_y, valid_pred)
check("precision_recall_f1",
      expect(lambda: set(precision_recall_f1([1, 0, 1, 1], [1, 1, 0, 1])) == {"precision", "recall", "f1"}
             and abs(precision_recall_f1([1, 0, 1, 1], [1, 1, 0, 1])["precision"] - 2 / 3) < 1e-9
             and abs(precision_recall_f1([1, 0, 1, 1], [1, 1, 0, 1])["recall"] - 2 / 3) < 1e-9,
             en="For true [1, 0, 1, 1] and predicted [1, 1, 0, 1]: precision 2/3, recall 2/3.",
             zh="真实值 [1, 0, 1, 1]、预测值 [1, 1, 0, 1] 时：精确率 2/3，召回率 2/3。"),
      expect(lambda: abs(_pr()["recall"] - 26 / 79) < 1e-9 and abs(_pr()["precision"] - 26 / 44) < 1e-9
             and abs(_pr()["f1"] - 2 * 26 / (2 * 26 + 18 + 53)) < 1e-9,
             en="On the validation checks at 0.5: recall 26/79 ≈ 0.329, precision 26/44 ≈ 0.591, F1 ≈ 0.423.",
             zh="在验证数据上、阈值 0.5 时：召回率 26/79 ≈ 0.329，精确率 26/44 ≈ 0.591，F1 ≈ 0.423。"),
      expect(lambda: precision_recall_f1([1, 0], [0, 0]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0},
             en="When nobody is predicted positive, precision (and so F1) should be 0.0 instead of an error.",
             zh="没有人被预测为正类时，精确率（以及 F1）应为 0.0，而不是报错。"))
### BEGIN HIDDEN TESTS
_pr_rng = np.random.default_rng(12)
_pr_true, _pr_pred = _pr_rng.integers(0, 2, 250), (_pr_rng.random(250) < 0.3).astype(int)
from course import submit
submit("precision_recall_f1", random=precision_recall_f1(_pr_true.copy(), _pr_pred.copy()),
       no_positive=precision_recall_f1([0, 0, 0], [1, 0, 0]), validation=precision_recall_f1(valid_y, valid_pred))
### END HIDDEN TESTS


# %% judge="precision_recall_f1"
def judge(answer, gold):
    from sklearn.metrics import f1_score, precision_score, recall_score

    rng = np.random.default_rng(12)
    truth, guess = rng.integers(0, 2, 250), (rng.random(250) < 0.3).astype(int)

    def matches(result, y_true, y_pred):
        expected = {"precision": precision_score(y_true, y_pred, zero_division=0.0),
                    "recall": recall_score(y_true, y_pred, zero_division=0.0),
                    "f1": f1_score(y_true, y_pred, zero_division=0.0)}
        return close_floats(result, expected, expected) and set(result) == set(expected)

    return all_of(
        rule(matches(answer["random"], truth, guess),
             en="On 250 random labels the metrics differ from the reference values.",
             zh="在 250 个随机标签上，指标与参考值不一致。"),
        rule(matches(answer["no_positive"], [0, 0, 0], [1, 0, 0]),
             en="With no true positive at all, recall and F1 should be 0.0 (and precision 0.0 here).",
             zh="根本没有真正的正类时，召回率和 F1 应为 0.0（这里精确率也为 0.0）。"),
        rule(type(answer["validation"]) is dict and abs(answer["validation"].get("recall", -1) - 26 / 79) < 1e-9,
             en="On the validation checks the recall should be 26/79.",
             zh="在验证数据上，召回率应为 26/79。"))


# %% [markdown] hint="precision_recall_f1" lang="en"
# Get tp, fp and fn first. Then write each fraction with a guard: `a / b if b else 0.0`
# gives 0.0 when `b` is 0 instead of raising `ZeroDivisionError`.

# %% [markdown] hint="precision_recall_f1" lang="zh"
# 先求出 tp、fp 和 fn。然后每个比例都加一个保护：`a / b if b else 0.0` 在 `b` 为 0 时得到 0.0，
# 而不会抛出 `ZeroDivisionError`。

# %% [markdown] lang="en"
# At the threshold 0.5 the model finds only one person with diabetes in three. But 0.5 is
# just a default: every threshold gives other predictions. Lower it and recall rises while
# precision falls.
#
# ## Task 3 · `curve_summary`: all thresholds at once
#
# Two curves show every threshold at once:
#
# * the **ROC curve** plots the true-positive rate (recall) against the false-positive rate
#   FP / (FP + TN). Its area, **ROC AUC**, is the chance that a random person with diabetes
#   gets a higher score than a random healthy one: 0.5 is guessing, 1 is perfect;
# * the **precision–recall (PR) curve** plots precision against recall. Its summary,
#   **average precision** (AP), depends on how rare the positives are: guessing scores
#   about the share of positives (0.16 here), not 0.5. With rare positives it shows
#   weaknesses that ROC AUC hides.
#
# Complete `curve_summary(y_true, scores)`: return `{"roc_auc": …, "average_precision": …}`
# as floats, using scikit-learn's `roc_auc_score` and `average_precision_score`.

# %% [markdown] lang="zh"
# 在阈值 0.5 下，模型只找出了三分之一的糖尿病患者。但 0.5 只是一个默认值：每个阈值都会给出不同的预测。
# 降低阈值，召回率上升，精确率下降。
#
# ## 任务 3 · `curve_summary`：一次看遍所有阈值
#
# 有两条曲线能一次展示所有阈值：
#
# * **ROC 曲线**以假阳性率 FP / (FP + TN) 为横轴、真阳性率（召回率）为纵轴。曲线下面积 **ROC AUC**
#   等于“随机选一位糖尿病患者和一位健康人，患者分数更高”的概率：0.5 相当于瞎猜，1 表示完美；
# * **精确率–召回率（PR）曲线**以召回率为横轴、精确率为纵轴。它的概括指标**平均精确率**（AP）与正类的
#   稀少程度有关：瞎猜得到的大约是正类所占的比例（这里是 0.16），而不是 0.5。正类稀少时，它能暴露
#   ROC AUC 掩盖的弱点。
#
# 请补全 `curve_summary(y_true, scores)`：用 scikit-learn 的 `roc_auc_score` 和
# `average_precision_score`，以 float 返回 `{"roc_auc": …, "average_precision": …}`。

# %% answer="curve_summary"
def curve_summary(y_true, scores):
    """Return {"roc_auc": …, "average_precision": …} as floats.

    以 float 返回 {"roc_auc": …, "average_precision": …}。
    """
    ### BEGIN SOLUTION
    return {"roc_auc": float(roc_auc_score(y_true, scores)),
            "average_precision": float(average_precision_score(y_true, scores))}
    ### END SOLUTION


# %% tests="curve_summary" points=2 assesses="L4.3.2"
check("curve_summary",
      expect(lambda: set(curve_summary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])) == {"roc_auc", "average_precision"}
             and abs(curve_summary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])["roc_auc"] - 0.75) < 1e-9
             and abs(curve_summary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])["average_precision"] - 5 / 6) < 1e-9,
             en="For true [0, 0, 1, 1] and scores [0.1, 0.4, 0.35, 0.8]: ROC AUC 0.75 and average precision 0.833.",
             zh="真实值 [0, 0, 1, 1]、分数 [0.1, 0.4, 0.35, 0.8] 时：ROC AUC 为 0.75，平均精确率为 0.833。"),
      expect(lambda: 0.80 < curve_summary(valid_y, valid_scores)["roc_auc"] < 0.87,
             en="On the validation checks the ROC AUC should be about 0.84.",
             zh="在验证数据上，ROC AUC 应约为 0.84。"))
### BEGIN HIDDEN TESTS
_cs_rng = np.random.default_rng(13)
_cs_true = _cs_rng.integers(0, 2, 200)
_cs_scores = (_cs_true * 0.3 + _cs_rng.random(200)).round(3)
from course import submit
submit("curve_summary", random=curve_summary(_cs_true.copy(), _cs_scores.copy()),
       validation=curve_summary(valid_y, valid_scores))
### END HIDDEN TESTS


# %% judge="curve_summary"
def judge(answer, gold):
    from sklearn import metrics

    rng = np.random.default_rng(13)
    truth = rng.integers(0, 2, 200)
    scores = (truth * 0.3 + rng.random(200)).round(3)
    got = answer["random"]
    shaped = type(got) is dict and set(got) == {"roc_auc", "average_precision"}
    return all_of(
        rule(shaped and isinstance(got["roc_auc"], float)
             and abs(got["roc_auc"] - metrics.roc_auc_score(truth, scores)) < 1e-9,
             en="On 200 random scores (with ties) the ROC AUC differs from the reference value.",
             zh="在 200 个随机分数（有并列）上，ROC AUC 与参考值不一致。"),
        rule(shaped and isinstance(got["average_precision"], float)
             and abs(got["average_precision"] - metrics.average_precision_score(truth, scores)) < 1e-9,
             en="On 200 random scores the average precision differs from the reference value.",
             zh="在 200 个随机分数上，平均精确率与参考值不一致。"),
        rule(type(answer["validation"]) is dict and 0.80 < answer["validation"].get("roc_auc", 0) < 0.87,
             en="On the validation checks the ROC AUC should be about 0.84.",
             zh="在验证数据上，ROC AUC 应约为 0.84。"))


# %% [markdown] hint="curve_summary" lang="en"
# Both functions take the true labels first and the scores second. Pass the scores, not
# 0/1 predictions: a curve needs the ranking that the scores give.

# %% [markdown] hint="curve_summary" lang="zh"
# 两个函数都是先传真实标签，再传分数。请传入分数而不是 0/1 预测：曲线需要分数给出的排序。

# %% [markdown] lang="en"
# The two curves of our model. The dashed line in the PR plot is the share of people with
# diabetes: what a model without any skill gets.

# %% [markdown] lang="zh"
# 下面是我们模型的两条曲线。PR 图中的虚线是糖尿病患者所占的比例：一个毫无本领的模型也能得到这个值。

# %%
figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
RocCurveDisplay.from_predictions(valid_y, valid_scores, ax=left, name=plot_text(en="screening model", zh="筛查模型"))
left.plot([0, 1], [0, 1], linestyle="--", color="grey")
PrecisionRecallDisplay.from_predictions(valid_y, valid_scores, ax=right, name=plot_text(en="screening model", zh="筛查模型"))
right.axhline(valid_y.mean(), linestyle="--", color="grey")
left.set(xlabel=plot_text(en="false positive rate", zh="假阳性率"), ylabel=plot_text(en="true positive rate", zh="真阳性率"))
right.set(xlabel=plot_text(en="recall", zh="召回率"), ylabel=plot_text(en="precision", zh="精确率"))
plt.show()

# %% [markdown] lang="en"
# ## Task 4 · `total_cost`: errors have prices
#
# The centre's finance office priced the two errors: a lab test for a healthy person costs
# `COST_TEST` = 200 yuan; a missed case costs `COST_MISSED` = 1500 yuan in later treatment.
# (Correct answers cost nothing extra: a person with diabetes is tested anyway.)
#
# Complete `total_cost(y_true, scores, threshold, cost_fp, cost_fn)`: send everyone whose
# score is **greater than or equal to** `threshold` for a test, and return the total cost
# of the errors: `cost_fp` × number of false positives + `cost_fn` × number of false
# negatives, as a number.

# %% [markdown] lang="zh"
# ## 任务 4 · `total_cost`：错误是有价钱的
#
# 中心的财务部门给两种错误定了价：给健康的人做一次化验花 `COST_TEST` = 200 元；漏掉一个病例，以后的
# 治疗要多花 `COST_MISSED` = 1500 元。（答对了不产生额外费用：糖尿病患者反正要做化验。）
#
# 请补全 `total_cost(y_true, scores, threshold, cost_fp, cost_fn)`：把分数**大于或等于** `threshold`
# 的人都送去化验，返回错误的总成本：`cost_fp` × 假阳性个数 + `cost_fn` × 假阴性个数，返回一个数。

# %% answer="total_cost"
def total_cost(y_true, scores, threshold, cost_fp, cost_fn):
    """Return cost_fp * false positives + cost_fn * false negatives when scores >= threshold are flagged.

    把分数 >= threshold 的判为阳性，返回 cost_fp * 假阳性数 + cost_fn * 假阴性数。
    """
    ### BEGIN SOLUTION
    truth, flagged = np.asarray(y_true), np.asarray(scores) >= threshold
    false_positives = int((flagged & (truth == 0)).sum())
    false_negatives = int((~flagged & (truth == 1)).sum())
    return cost_fp * false_positives + cost_fn * false_negatives
    ### END SOLUTION


# %% tests="total_cost" points=2 assesses="L4.3.2"
check("total_cost",
      expect(lambda: total_cost([1, 0, 1, 0], [0.9, 0.6, 0.3, 0.1], 0.5, 200, 1500) == 1700,
             en="For true [1, 0, 1, 0], scores [0.9, 0.6, 0.3, 0.1] and threshold 0.5: one false positive and one false negative cost 200 + 1500 = 1700.",
             zh="真实值 [1, 0, 1, 0]、分数 [0.9, 0.6, 0.3, 0.1]、阈值 0.5 时：一个假阳性加一个假阴性，成本为 200 + 1500 = 1700。"),
      expect(lambda: total_cost([1, 0], [0.5, 0.2], 0.5, 200, 1500) == 0,
             en="A score equal to the threshold counts as flagged.",
             zh="分数等于阈值时算作阳性（送去化验）。"),
      expect(lambda: total_cost(valid_y, valid_scores, 0.5, COST_TEST, COST_MISSED) == 18 * 200 + 53 * 1500,
             en="On the validation checks at 0.5 the cost should be 18 × 200 + 53 × 1500 = 83,100 yuan.",
             zh="在验证数据上、阈值 0.5 时，成本应为 18 × 200 + 53 × 1500 = 83100 元。"))
### BEGIN HIDDEN TESTS
_tc_rng = np.random.default_rng(14)
_tc_true, _tc_scores = _tc_rng.integers(0, 2, 200), _tc_rng.random(200).round(2)
from course import submit
submit("total_cost", costs=[float(total_cost(_tc_true.copy(), _tc_scores.copy(), threshold, 30, 70))
                            for threshold in (0.0, 0.25, 0.5, 0.75, 1.01)])
### END HIDDEN TESTS


# %% judge="total_cost"
def judge(answer, gold):
    rng = np.random.default_rng(14)
    truth, scores = rng.integers(0, 2, 200), rng.random(200).round(2)
    expected = [30.0 * ((scores >= t) & (truth == 0)).sum() + 70.0 * ((scores < t) & (truth == 1)).sum()
                for t in (0.0, 0.25, 0.5, 0.75, 1.01)]
    got = answer["costs"]
    return all_of(
        rule(abs(got[2] - expected[2]) < 1e-9 and abs(got[1] - expected[1]) < 1e-9 and abs(got[3] - expected[3]) < 1e-9,
             en="On 200 random scores with other prices (30 and 70) the costs are wrong.",
             zh="在 200 个随机分数、换成其他价格（30 和 70）时，成本不对。"),
        rule(abs(got[0] - expected[0]) < 1e-9 and abs(got[4] - expected[4]) < 1e-9,
             en="At the extremes (threshold 0: everyone tested; above every score: nobody tested) the cost is wrong.",
             zh="在两个极端（阈值为 0：所有人都化验；高于所有分数：没人化验）上，成本不对。"))


# %% [markdown] hint="total_cost" lang="en"
# With numpy: `flagged = np.asarray(scores) >= threshold` is a True/False array; combine it
# with the truth using `&` and `~`, and count Trues with `.sum()`. A plain loop works too.

# %% [markdown] hint="total_cost" lang="zh"
# 用 numpy：`flagged = np.asarray(scores) >= threshold` 是一个 True/False 数组；再用 `&` 和 `~` 与真实值
# 组合，用 `.sum()` 统计 True 的个数。用普通的循环也可以。

# %% [markdown] lang="en"
# ## Task 5 · `best_threshold`: the threshold with the lowest cost
#
# Complete `best_threshold(y_true, scores, cost_fp, cost_fn)`: try the thresholds 0.00,
# 0.01, 0.02, …, 1.00 (that is `i / 100` for `i` from 0 to 100), compute the total cost of
# each, and return the threshold with the **lowest** cost; if several tie, the smallest of
# them.
#
# You choose the threshold on the validation checks. Grading then applies your threshold to
# the vendor's model on **1,200 held-out checks** and compares the money saved, relative to
# the default threshold 0.5, with what the reference choice saves: full points from 90 % of
# the reference saving, half from 60 %.

# %% [markdown] lang="zh"
# ## 任务 5 · `best_threshold`：成本最低的阈值
#
# 请补全 `best_threshold(y_true, scores, cost_fp, cost_fn)`：依次尝试阈值 0.00、0.01、0.02、……、1.00
# （即 `i / 100`，`i` 从 0 到 100），计算每个阈值的总成本，返回成本**最低**的阈值；如果有几个并列，
# 返回其中最小的。
#
# 你在验证数据上选择阈值。评分时会把你的阈值用于供应商的模型，在 **1200 次保留的体检**上计算：与默认阈值
# 0.5 相比节省了多少钱，再和参考选择节省的钱比较：达到参考节省额的 90% 得满分，60% 得一半。

# %% answer="best_threshold"
def best_threshold(y_true, scores, cost_fp, cost_fn):
    """Return the threshold among 0.00, 0.01, …, 1.00 with the lowest total cost (the smallest on ties).

    在 0.00、0.01、……、1.00 中返回总成本最低的阈值（并列时取最小的）。
    """
    ### BEGIN SOLUTION
    truth, values = np.asarray(y_true), np.asarray(scores)
    best, best_cost = None, None
    for step in range(101):
        threshold = step / 100
        flagged = values >= threshold
        cost = cost_fp * (flagged & (truth == 0)).sum() + cost_fn * (~flagged & (truth == 1)).sum()
        if best_cost is None or cost < best_cost:
            best, best_cost = threshold, cost
    return best
    ### END SOLUTION


# %% tests="best_threshold" points=3 assesses="L4.3.2"
check("best_threshold",
      expect(lambda: abs(best_threshold([0, 0, 1, 1, 0], [0.05, 0.2, 0.3, 0.7, 0.8], 100, 1000) - 0.21) < 1e-9,
             en="For true [0, 0, 1, 1, 0], scores [0.05, 0.2, 0.3, 0.7, 0.8] and prices 100 / 1000 the best threshold is 0.21 (cost 100).",
             zh="真实值 [0, 0, 1, 1, 0]、分数 [0.05, 0.2, 0.3, 0.7, 0.8]、价格 100 / 1000 时，最佳阈值为 0.21（成本 100）。"),
      expect(lambda: abs(best_threshold([0, 1], [0.4, 0.6], 1, 1) - 0.41) < 1e-9,
             en="When several thresholds tie (0.41 to 0.60 all cost 0 here), return the smallest.",
             zh="几个阈值并列时（这里 0.41 到 0.60 的成本都是 0），返回最小的那个。"),
      expect(lambda: best_threshold(valid_y, valid_scores, COST_TEST, COST_MISSED) < 0.5,
             en="On the validation checks, with a missed case 7.5 times as costly as a test, the best threshold is well below 0.5.",
             zh="在验证数据上，漏诊的代价是一次化验的 7.5 倍，最佳阈值应明显低于 0.5。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("best_threshold", chosen=float(best_threshold(valid_y, valid_scores, COST_TEST, COST_MISSED)),
       cheap_misses=float(best_threshold(valid_y, valid_scores, 1500, 200)),
       small=float(best_threshold([0, 0, 1, 1, 0], [0.05, 0.2, 0.3, 0.7, 0.8], 100, 1000)))
### END HIDDEN TESTS


# %% judge="best_threshold"
def judge(answer, gold):
    train = pd.read_csv(gold / "screening_train.csv")
    valid = pd.read_csv(gold / "screening_valid.csv")
    test = pd.read_csv(gold / "screening_test.csv")
    screening = screening_model(LogisticRegression(max_iter=1000)).fit(train[FEATURES], train["diabetes"])

    def costs(rows, cost_fp, cost_fn):
        truth = rows["diabetes"].to_numpy()
        scores = screening.predict_proba(rows[FEATURES])[:, 1]
        return lambda t: (cost_fp * ((scores >= t) & (truth == 0)).sum() + cost_fn * ((scores < t) & (truth == 1)).sum())

    grid = [step / 100 for step in range(101)]
    on_valid = costs(valid, 200, 1500)
    reference = grid[int(np.argmin([on_valid(t) for t in grid]))]
    on_valid_swapped = costs(valid, 1500, 200)
    swapped = grid[int(np.argmin([on_valid_swapped(t) for t in grid]))]
    on_test = costs(test, 200, 1500)
    chosen = float(answer["chosen"])
    saving = (on_test(0.5) - on_test(chosen)) / (on_test(0.5) - on_test(reference))
    exact = rule(abs(float(answer["small"]) - 0.21) < 1e-9 and abs(float(answer["cheap_misses"]) - swapped) < 1e-9,
                 en="best_threshold does not return the lowest-cost threshold for other prices or data.",
                 zh="换成其他价格或数据时，best_threshold 没有返回成本最低的阈值。")
    scored = band(saving, [(0.9, 1.0), (0.6, 0.5)],
                  en="On 1,200 held-out checks your threshold saves {value:.0%} of what the reference threshold saves compared with 0.5 (full points from 90 %, half from 60 %).",
                  zh="在 1200 次保留的体检上，与阈值 0.5 相比，你的阈值节省的钱是参考阈值节省额的 {value:.0%}（90% 及以上满分，60% 及以上一半）。")
    # a threshold that saves money on new people earns credit; a function that does not
    # find the lowest-cost threshold on other prices or data earns at most half
    return Verdict(scored.fraction if exact.passed else min(scored.fraction, 0.5), (exact,) + scored.findings)


# %% [markdown] hint="best_threshold" lang="en"
# Loop over `range(101)`, divide by 100 to get the threshold, and keep the best threshold
# and its cost seen so far. Replace them only when a cost is strictly lower: then ties keep
# the earlier, smaller threshold. You may call your `total_cost`.

# %% [markdown] hint="best_threshold" lang="zh"
# 对 `range(101)` 循环，除以 100 得到阈值，并记住到目前为止最好的阈值和它的成本。只有在成本严格更低时
# 才替换：这样并列时会保留先出现的、较小的阈值。可以调用你写的 `total_cost`。

# %% [markdown] lang="en"
# The cost curve makes the choice visible. Note how flat it is near the minimum: a slightly
# different threshold costs little, while the default 0.5 costs a lot more.

# %% [markdown] lang="zh"
# 成本曲线让选择一目了然。注意它在最低点附近很平：阈值稍有不同，成本变化不大；而默认的 0.5 要贵得多。

# %%
grid = [step / 100 for step in range(101)]
curve = [total_cost(valid_y, valid_scores, t, COST_TEST, COST_MISSED) for t in grid]
chosen = best_threshold(valid_y, valid_scores, COST_TEST, COST_MISSED)
plt.plot(grid, curve)
plt.axvline(chosen, linestyle="--", color="grey")
plt.xlabel(plot_text(en="threshold", zh="阈值"))
plt.ylabel(plot_text(en="cost of errors on the validation checks (yuan)", zh="验证集上的误判成本（元）"))
plt.show()
at_chosen = precision_recall_f1(valid_y, (valid_scores >= chosen).astype(int))
print(f"threshold {chosen:.2f}: cost {total_cost(valid_y, valid_scores, chosen, COST_TEST, COST_MISSED):,} yuan",
      f"(at 0.5: {total_cost(valid_y, valid_scores, 0.5, COST_TEST, COST_MISSED):,});",
      f"recall {at_chosen['recall']:.2f}, precision {at_chosen['precision']:.2f}")

# %% [markdown] lang="en"
# ## Task 6 · `cv_scores`: cross-validation that respects people
#
# One validation set gives one number, with luck in it. **Cross-validation** splits the
# training data into k parts ("folds"), trains on k − 1 of them and scores on the one left
# out, k times, and averages the scores. How the folds are made matters:
#
# * **KFold** cuts the shuffled rows into k parts;
# * **StratifiedKFold** does the same but keeps the share of positives equal in every fold,
#   which steadies the scores when positives are rare;
# * **GroupKFold** keeps all rows of a **group** in the same fold. Our training data has
#   1 to 4 yearly checks per person, and a person's checks are nearly identical. With
#   KFold, a person can be in the training folds *and* in the scored fold, so the model is
#   partly tested on people it has already seen, as in the patient leak of the data
#   quality lesson. Grouping by `patient_id` gives the honest estimate for new people.
#
# Complete `cv_scores(model, X, y, groups)`: return a dictionary with the **mean ROC AUC**
# (`scoring="roc_auc"`) of `cross_val_score` for each of three splitters:
#
# * `"kfold"`: `KFold(n_splits=5, shuffle=True, random_state=0)`;
# * `"stratified"`: `StratifiedKFold(n_splits=5, shuffle=True, random_state=0)`;
# * `"grouped"`: `GroupKFold(n_splits=5)`, with `groups=groups`.
#
# Return the three means as floats.

# %% [markdown] lang="zh"
# ## 任务 6 · `cv_scores`：尊重“人”的交叉验证
#
# 一个验证集只给出一个数字，其中带着运气成分。**交叉验证**把训练数据分成 k 份（“折”），每次用 k − 1 份
# 训练、用剩下的一份打分，重复 k 次，再取平均。怎样分折很重要：
#
# * **KFold** 把打乱后的行切成 k 份；
# * **StratifiedKFold** 做法相同，但让每一折中正类所占的比例都相同，正类稀少时分数更稳定；
# * **GroupKFold** 把同一**组**的所有行放在同一折里。我们的训练数据中每人有 1 到 4 次年度体检，同一个人的
#   几次体检几乎一模一样。用 KFold 时，同一个人可能既在训练折里、*又*在打分的那一折里，模型等于部分地在
#   已经见过的人身上接受测试，就像数据质量那一课里的患者泄漏。按 `patient_id` 分组，才能如实估计模型在
#   新人身上的表现。
#
# 请补全 `cv_scores(model, X, y, groups)`：对下面三种划分方式，分别用 `cross_val_score` 计算
# **平均 ROC AUC**（`scoring="roc_auc"`），返回一个字典：
#
# * `"kfold"`：`KFold(n_splits=5, shuffle=True, random_state=0)`；
# * `"stratified"`：`StratifiedKFold(n_splits=5, shuffle=True, random_state=0)`；
# * `"grouped"`：`GroupKFold(n_splits=5)`，并传入 `groups=groups`。
#
# 三个平均值都以 float 返回。

# %% answer="cv_scores"
def cv_scores(model, X, y, groups):
    """Return the mean ROC AUC of 5-fold cross-validation with KFold, StratifiedKFold and GroupKFold.

    返回分别用 KFold、StratifiedKFold 和 GroupKFold 做 5 折交叉验证的平均 ROC AUC。
    """
    ### BEGIN SOLUTION
    splitters = {"kfold": KFold(n_splits=5, shuffle=True, random_state=0),
                 "stratified": StratifiedKFold(n_splits=5, shuffle=True, random_state=0),
                 "grouped": GroupKFold(n_splits=5)}
    results = {}
    for name, splitter in splitters.items():
        fold_scores = cross_val_score(model, X, y, cv=splitter, scoring="roc_auc",
                                      groups=groups if name == "grouped" else None)
        results[name] = float(fold_scores.mean())
    return results
    ### END SOLUTION


# %% tests="cv_scores" points=3 assesses="L4.3.2,fundamentals"
_cv_memory = make_pipeline(ColumnTransformer([("numbers", StandardScaler(), NUMERIC),
                                              ("sex", OneHotEncoder(handle_unknown="ignore"), ["sex"])]),
                           KNeighborsClassifier(n_neighbors=15))
_cv_once = {}
_cv = lambda: _cv_once.setdefault("memory", cv_scores(_cv_memory, train[FEATURES], train["diabetes"], train["patient_id"])) \
    if "memory" not in _cv_once else _cv_once["memory"]
check("cv_scores",
      expect(lambda: set(_cv()) == {"kfold", "stratified", "grouped"} and all(isinstance(v, float) for v in _cv().values()),
             en='cv_scores should return a dictionary with the float values "kfold", "stratified" and "grouped".',
             zh='cv_scores 应返回一个字典，包含 float 值 "kfold"、"stratified" 和 "grouped"。'),
      expect(lambda: abs(_cv()["kfold"] - 0.907) < 0.001 and abs(_cv()["stratified"] - 0.902) < 0.001,
             en="For a 15-nearest-neighbours model, KFold and StratifiedKFold should give about 0.907 and 0.902.",
             zh="对 15 近邻模型，KFold 和 StratifiedKFold 应分别约为 0.907 和 0.902。"),
      expect(lambda: abs(_cv()["grouped"] - 0.790) < 0.001,
             en="GroupKFold by patient should give about 0.790: much lower, because no person is on both sides.",
             zh="按患者分组的 GroupKFold 应约为 0.790：低得多，因为没有人同时出现在两边。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("cv_scores", memory=_cv(),
       linear=cv_scores(make_screening_model(), train[FEATURES], train["diabetes"], train["patient_id"]),
       by_decade=cv_scores(make_screening_model(), train[FEATURES], train["diabetes"], train["age"] // 10))
### END HIDDEN TESTS


# %% judge="cv_scores"
def judge(answer, gold):
    from sklearn.model_selection import GroupKFold, KFold, StratifiedKFold, cross_val_score
    from sklearn.neighbors import KNeighborsClassifier

    train = pd.read_csv(gold / "screening_train.csv")
    X, y = train[FEATURES], train["diabetes"]

    def reference(estimator, groups):
        return {"kfold": cross_val_score(estimator, X, y, cv=KFold(5, shuffle=True, random_state=0), scoring="roc_auc").mean(),
                "stratified": cross_val_score(estimator, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0),
                                              scoring="roc_auc").mean(),
                "grouped": cross_val_score(estimator, X, y, cv=GroupKFold(5), groups=groups, scoring="roc_auc").mean()}

    memory = reference(screening_model(KNeighborsClassifier(n_neighbors=15)), train["patient_id"])
    linear = reference(screening_model(LogisticRegression(max_iter=1000)), train["patient_id"])
    other_groups = reference(screening_model(LogisticRegression(max_iter=1000)), train["age"] // 10)
    return all_of(
        rule(close_floats(answer["memory"], memory, ["kfold", "stratified"]),
             en="The KFold or StratifiedKFold mean differs from the reference (5 folds, shuffled, random_state=0, ROC AUC).",
             zh="KFold 或 StratifiedKFold 的平均值与参考值不一致（5 折、打乱、random_state=0、ROC AUC）。"),
        rule(close_floats(answer["memory"], memory, ["grouped"]),
             en="The GroupKFold mean differs from the reference: 5 folds, with the groups passed to cross_val_score.",
             zh="GroupKFold 的平均值与参考值不一致：应为 5 折，并把 groups 传给 cross_val_score。"),
        rule(close_floats(answer["linear"], linear, ["kfold", "stratified", "grouped"]),
             en="With another model the scores are wrong: cross-validate the model you are given.",
             zh="换一个模型时分数不对：应对传入的模型做交叉验证。"),
        rule(close_floats(answer["by_decade"], other_groups, ["grouped"]),
             en="With other groups the grouped score is wrong: use the groups you are given.",
             zh="换一种分组时，分组交叉验证的分数不对：应使用传入的 groups。"))


# %% [markdown] hint="cv_scores" lang="en"
# `cross_val_score(model, X, y, cv=splitter, scoring="roc_auc")` returns one score per
# fold; `.mean()` averages them. Only GroupKFold needs `groups=`; the other two ignore it
# with a warning.

# %% [markdown] hint="cv_scores" lang="zh"
# `cross_val_score(model, X, y, cv=splitter, scoring="roc_auc")` 对每一折返回一个分数；`.mean()` 求平均。
# 只有 GroupKFold 需要 `groups=`；另外两种会忽略它并给出警告。

# %% [markdown] lang="en"
# Compare the three estimates with the score on the validation checks, which come from
# *new* people, one check each. The grouped estimate is the one that tells the truth about
# new people; the other two flatter a model that memorises.

# %% [markdown] lang="zh"
# 把三个估计值和验证数据上的分数比较一下：验证数据来自*新*的人，每人一次体检。分组估计才如实反映了模型在
# 新人身上的表现；另外两个估计美化了一个靠“记忆”的模型。

# %%
estimates = cv_scores(_cv_memory, train[FEATURES], train["diabetes"], train["patient_id"])
new_people = roc_auc_score(valid_y, _cv_memory.fit(train[FEATURES], train["diabetes"]).predict_proba(valid[FEATURES])[:, 1])
print({name: round(value, 3) for name, value in estimates.items()}, "| new people:", round(new_people, 3))

# %% [markdown] lang="en"
# ## Written question · what to report to the centre
#
# The centre's director asks for **one** number to judge the screening model by, and will
# read it in every monthly report. In 4 to 6 sentences: which metric (or metric at a stated
# threshold) do you recommend, and why not accuracy? Mention the cost of the two kinds of
# error, say how the number should be estimated so that it holds for new people, and name
# what you would report next to it.

# %% [markdown] lang="zh"
# ## 简答题 · 向中心汇报什么
#
# 中心主任要一个数字来评判这个筛查模型，每个月的报告里都会看它。请用 4 到 6 句话回答：你推荐哪个指标
# （或在某个明确阈值下的哪个指标），为什么不用准确率？请提到两种错误的代价，说明这个数字应该怎样估计才能
# 对新的人成立，并指出你会在它旁边一起汇报什么。

# %% [markdown] manual="report_metric" points=3 assesses="L4.3.2"
# **Model answer.** Do not report accuracy: with about 16 % positives, telling everyone they
# are healthy already scores 0.84, and the model at 0.5 scores 0.86 while it misses two
# thirds of the people with diabetes. Report **recall (sensitivity) at the operating
# threshold** chosen for cost, here about 0.06 on the validation checks, where a missed case (1,500 yuan) costs 7.5
# times an unnecessary test (200 yuan), together with the **expected cost per person
# screened** (or precision, i.e. how many of the tests are needed). For comparing models
# independently of the threshold, PR AUC / average precision is more informative than ROC
# AUC when positives are rare. The numbers must come from data of people the model has
# never seen: a held-out set or GroupKFold by patient, since repeat checks of the same
# person inflate KFold scores; report the spread across folds or a confidence interval,
# and re-check the threshold when prevalence or prices change.
#
# **Rubric (3 points).**
# * 1 point: rejects accuracy for a sound reason (class imbalance; the all-healthy baseline
#   scores almost the same; it hides missed cases).
# * 1 point: recommends a metric tied to the cost of errors: recall/sensitivity at a stated
#   threshold, expected cost, or F-beta weighting recall, with the FN vs FP cost argument;
#   half a point for "F1" or "AUC" without linking it to the costs or a threshold.
# * 1 point: says the estimate must come from new people (held-out data or grouped CV by
#   patient, no leak) *and* names a companion figure (precision or number of tests, cost,
#   spread/interval, the chosen threshold).
