# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l3_ai_assisted_labeling
#     level: 3
#     title: {en: AI-assisted labeling, zh: AI 辅助标注}
#     datasets: [support_tickets/tickets_vendor.csv, support_tickets/tickets_pool.csv]
#     gold: [support_tickets/gold_pool.csv]
# ---

# %% [markdown] lang="en"
# # AI-assisted labeling
#
# Labeling by hand is slow and expensive. Most labeling teams now let a model do a first
# pass: it **pre-labels** each item, and the annotator accepts the suggestion with one key
# or corrects it. A second idea goes further: **active learning** lets the model choose
# which items people should label next, the ones it is least sure about, so that every
# label teaches it as much as possible.
#
# Both save time. Both can also cost quality: annotators start trusting the suggestions
# and accept wrong ones ("automation bias"), and a model that picks its own training data
# can fool itself. As a Level 3 AI trainer you design this human-machine workflow
# (人机交互流程设计) and optimise the labeling process (业务模块效果优化), which means you
# must **measure** both sides: time saved and quality lost.
#
# In this lesson you turn model probabilities into pre-labels, write an uncertainty
# sampler and an active-learning loop, label customer messages with AI suggestions in a
# widget, and compute from labeling records how much time the assistance saved and how
# many errors it let through.
#
# **How this lesson works.** Complete each function, run it, then run the check cell below
# it for quick feedback. Grading runs your functions on data you have not seen and scores
# your labels against true labels that are not in this notebook. Stuck? Run
# `hint("task_id")`, e.g. `hint("confident_prelabels")`; run it again for the next hint.

# %% [markdown] lang="zh"
# # AI 辅助标注
#
# 纯手工标注又慢又贵。现在大多数标注团队都先让模型过一遍：模型给每个条目**预标注**，标注员按一个
# 键接受建议，或者改正它。另一种做法更进一步：**主动学习**让模型来挑选接下来该由人标注哪些条目——
# 挑它最没把握的那些——让每个标签都尽可能多地教会模型。
#
# 两种做法都省时间，也都可能损失质量：标注员会开始信任建议，接受错误的建议（“自动化偏差”）；
# 自己挑选训练数据的模型也可能自欺欺人。作为三级人工智能训练师，你要设计这种人机协作流程（人机交互
# 流程设计）并优化标注环节（业务模块效果优化），这意味着必须**度量**两方面：节省了多少时间，损失了
# 多少质量。
#
# 在本课中，你将把模型概率变成预标注，编写不确定性采样函数和主动学习循环，在组件中借助 AI 建议
# 标注客户消息，并根据标注记录计算辅助标注节省了多少时间、放过了多少错误。
#
# **本课怎么学。** 补全每个函数并运行，再运行它下面的检查单元格获得即时反馈。评分时会用你没见过的
# 数据运行你的函数，并用不在本笔记本中的真实标签给你的标注打分。卡住了？运行 `hint("任务编号")`，
# 例如 `hint("confident_prelabels")`；再运行一次可以看下一条提示。

# %%
import numpy as np
import pandas as pd
from sklearn.datasets import load_digits
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import make_pipeline

from course import check, expect, hint

CLASSES = ["refund", "delivery", "quality", "account"]

# %% [markdown] lang="en"
# ## A pre-labeling model
#
# The shop's customer-service team (the same intents as in the Level 4 lessons: `refund`,
# `delivery`, `quality`, `account`; the request decides, not the background) already has
# 200 messages labeled by a vendor. A small model trained on them will suggest labels for
# new messages. It is not perfect, and that is realistic: the vendor's labels contain
# errors, and 200 examples is not much.

# %% [markdown] lang="zh"
# ## 预标注模型
#
# 网店客服团队（意图类别与四级课程相同：`refund`、`delivery`、`quality`、`account`；由诉求而不是
# 背景决定）已经有 200 条由供应商标注的消息。用它们训练的小模型会为新消息提供建议标签。这个模型
# 并不完美，这很真实：供应商的标签里有错误，200 个样本也不算多。

# %%
vendor = pd.read_csv("tickets_vendor.csv").head(200)
pool = pd.read_csv("tickets_pool.csv")
suggester = make_pipeline(CountVectorizer(), MultinomialNB()).fit(vendor["text_en"], vendor["label"])
pool_probabilities = suggester.predict_proba(pool["text_en"])
print("model classes:", list(suggester.classes_))
print(pd.DataFrame(pool_probabilities, columns=suggester.classes_, index=pool["id"]).round(2).head())

# %% [markdown] lang="en"
# ## Task 1 · `confident_prelabels`: suggest only when the model is sure
#
# Showing a suggestion for every item invites people to accept weak guesses. A common rule
# is to pre-label only items where the model's top probability reaches a threshold, and to
# leave the rest for a fresh look.
#
# Complete `confident_prelabels(probabilities, classes, ids, threshold)`:
#
# * `probabilities`: an array with one row per item and one column per class;
# * `classes`: the class names **in the order of the columns** (for a scikit-learn model,
#   `model.classes_`, which is alphabetical, not the order of `CLASSES`!);
# * `ids`: the item ids, one per row;
# * return a dict `{item id: class name}` with an entry only for rows whose highest
#   probability is **at least** `threshold`; the class is the column with that highest
#   probability. Keys and values are plain Python strings.

# %% [markdown] lang="zh"
# ## 任务 1 · `confident_prelabels`：只在模型有把握时给建议
#
# 给每个条目都显示建议，会诱使人接受没把握的猜测。常见的规则是：只在模型的最高概率达到阈值时才
# 预标注，其余的留给人重新判断。
#
# 请补全 `confident_prelabels(probabilities, classes, ids, threshold)`：
#
# * `probabilities`：数组，每个条目一行，每个类别一列；
# * `classes`：**按列顺序排列**的类别名（对 scikit-learn 模型来说是 `model.classes_`，它按字母顺序
#   排列，而不是 `CLASSES` 的顺序！）；
# * `ids`：条目编号，每行一个；
# * 返回字典 `{条目编号: 类别名}`，只包含最高概率**不低于** `threshold` 的行；类别是最高概率所在的
#   那一列。键和值都是普通的 Python 字符串。

# %% answer="confident_prelabels"
def confident_prelabels(probabilities, classes, ids, threshold):
    """Return {id: most probable class} for the rows whose top probability is at least `threshold`.

    对最高概率不低于 `threshold` 的行，返回 {编号: 概率最高的类别}。
    """
    ### BEGIN SOLUTION
    probabilities = np.asarray(probabilities)
    best = probabilities.argmax(axis=1)
    return {str(item): str(classes[column]) for item, column, top in zip(ids, best, probabilities.max(axis=1))
            if top >= threshold}
    ### END SOLUTION


# %% tests="confident_prelabels" points=2 assesses="L3.3.2,L3.1.1"
_cp_probs = np.array([[0.7, 0.2, 0.1], [0.4, 0.35, 0.25], [0.1, 0.1, 0.8], [0.2, 0.6, 0.2]])
_cp_result = lambda: confident_prelabels(_cp_probs, ["a", "b", "c"], ["x1", "x2", "x3", "x4"], 0.6)
check("confident_prelabels",
      expect(lambda: isinstance(_cp_result(), dict) and set(_cp_result()) == {"x1", "x3", "x4"},
             en="Only x1, x3 and x4 reach 0.6 (x4 exactly: 'at least' includes the threshold); x2 gets no suggestion.",
             zh="只有 x1、x3、x4 达到 0.6（x4 正好等于 0.6：“不低于”包括阈值本身）；x2 不给建议。"),
      expect(lambda: _cp_result() == {"x1": "a", "x3": "c", "x4": "b"},
             en="The suggestion is the name of the column with the highest probability: x1 → a, x3 → c, x4 → b.",
             zh="建议是最高概率所在列的类别名：x1 → a，x3 → c，x4 → b。"))
### BEGIN HIDDEN TESTS
from course import submit
_cp_rng = np.random.default_rng(515)
_cp_hidden = _cp_rng.dirichlet([0.6, 0.6, 0.6, 0.6], 60)
_cp_hidden[:5] = [[0.5, 0.5, 0.0, 0.0], [0.25, 0.25, 0.25, 0.25], [0.0, 0.0, 0.1, 0.9], [0.3, 0.7, 0.0, 0.0],
                  [0.1, 0.2, 0.7, 0.0]]
_cp_names = ["account", "delivery", "quality", "refund"]
submit("confident_prelabels",
       strict=confident_prelabels(_cp_hidden, _cp_names, [f"h{_k}" for _k in range(60)], 0.7),
       loose=confident_prelabels(_cp_hidden, np.array(_cp_names), [f"h{_k}" for _k in range(60)], 0.5))
### END HIDDEN TESTS


# %% judge="confident_prelabels"
import numpy as np


def expected(probabilities, classes, ids, threshold):
    return {i: classes[int(row.argmax())] for i, row in zip(ids, probabilities) if row.max() >= threshold}


def judge(answer, gold):
    rng = np.random.default_rng(515)
    probabilities = rng.dirichlet([0.6, 0.6, 0.6, 0.6], 60)
    probabilities[:5] = [[0.5, 0.5, 0.0, 0.0], [0.25, 0.25, 0.25, 0.25], [0.0, 0.0, 0.1, 0.9],
                         [0.3, 0.7, 0.0, 0.0], [0.1, 0.2, 0.7, 0.0]]
    names = ["account", "delivery", "quality", "refund"]
    ids = [f"h{k}" for k in range(60)]
    return all_of(
        rule(same(answer["strict"], expected(probabilities, names, ids, 0.7)),
             en="With threshold 0.7 on new probabilities, the pre-labels are wrong (check 'at least', and use the class names in column order).",
             zh="在新概率上使用阈值 0.7 时预标注不对（检查“不低于”，并按列顺序使用类别名）。"),
        rule(same(answer["loose"], expected(probabilities, names, ids, 0.5)),
             en="With threshold 0.5 and the class names given as a NumPy array, the pre-labels are wrong: return plain Python strings.",
             zh="阈值为 0.5、类别名以 NumPy 数组给出时预标注不对：请返回普通的 Python 字符串。"))


# %% [markdown] hint="confident_prelabels" lang="en"
# NumPy gives you, per row, the position of the largest value (`argmax(axis=1)`) and the
# largest value itself (`max(axis=1)`). The position indexes into `classes`.

# %% [markdown] hint="confident_prelabels" lang="zh"
# NumPy 可以按行给出最大值的位置（`argmax(axis=1)`）和最大值本身（`max(axis=1)`）。用这个位置去
# `classes` 中取类别名。

# %% [markdown] hint="confident_prelabels" lang="en"
# `str(...)` turns a NumPy string (from a NumPy array of names) into a plain Python one.

# %% [markdown] hint="confident_prelabels" lang="zh"
# `str(...)` 可以把 NumPy 字符串（来自 NumPy 类别名数组）变成普通的 Python 字符串。

# %% [markdown] lang="en"
# ## Task 2 · `assisted_labeling`: label with AI suggestions
#
# Below, the 30 new messages are shown with the model's suggestion (🤖) wherever it reached
# a probability of 0.5. Press `Enter` (or click *Accept*) to take a suggestion, or choose
# another class with the buttons or keys `1`–`4`. **Read every message before you accept**:
# the model learned from noisy vendor labels and is wrong on some messages, most of all
# where background about one topic comes before a request about another.
#
# Every click is saved in `assisted.labels.jsonl` beside this notebook, with the time you
# spent and whether you accepted or corrected the suggestion. Graded on accuracy against the
# true intents (full points from 90 %, half from 70 %); a few clear messages are controls.

# %% [markdown] lang="zh"
# ## 任务 2 · `assisted_labeling`：借助 AI 建议标注
#
# 下面显示 30 条新消息；模型概率达到 0.5 的消息会附上模型建议（🤖）。按 `Enter`（或点击“接受”）
# 采用建议，或者用按钮、数字键 `1`–`4` 选择其他类别。**接受之前请读完每条消息**：模型是用有噪声的
# 供应商标签训练的，在一些消息上会出错，尤其是先讲一个话题的背景、再提另一个话题诉求的消息。
#
# 每次点击都会保存到本笔记本旁边的 `assisted.labels.jsonl`，包括你用了多少时间，以及你是接受还是
# 改正了建议。按与真实意图相比的准确率评分（90% 及以上得满分，70% 及以上得一半）；有几条清楚的
# 消息是质检题。

# %%
from course.widgets import TextClassifier

suggestions = {}
for message_id, row_probabilities in zip(pool["id"], pool_probabilities):
    if row_probabilities.max() >= 0.5:  # the model's best guess, shown only when it is fairly sure
        suggestions[message_id] = str(suggester.classes_[row_probabilities.argmax()])
messages = {row.id: f"{row.text_zh}\n{row.text_en}" for row in pool.itertuples()}
print(len(suggestions), "of", len(messages), "messages have a suggestion")
labeler = TextClassifier("assisted", messages, CLASSES, prelabels=suggestions)
labeler

# %% by_hand="assisted_labeling"
for _item, _label in {"q001": "delivery", "q002": "quality", "q003": "refund", "q004": "quality",
                      "q005": "delivery", "q006": "account", "q007": "account", "q008": "quality",
                      "q009": "account", "q010": "delivery", "q011": "delivery", "q012": "quality",
                      "q013": "account", "q014": "delivery", "q015": "refund", "q016": "delivery",
                      "q017": "quality", "q018": "account", "q019": "quality", "q020": "account",
                      "q021": "quality", "q022": "quality", "q023": "quality", "q024": "account",
                      "q025": "account", "q026": "refund", "q027": "refund", "q028": "delivery",
                      "q029": "quality", "q030": "quality"}.items():
    labeler.session.goto(labeler.session.task.items.index(_item))
    labeler.session.label(_label)

# %% tests="assisted_labeling" points=3 assesses="L3.3.2"
from course.widgets import LabelTask
from course.widgets.answer_log import read_actions
from course.widgets.state import LabelingState, answered

_al_items = tuple(pd.read_csv("tickets_pool.csv")["id"])
_al_state = LabelingState(LabelTask("class", tuple(CLASSES), _al_items))
read_actions("assisted.labels.jsonl", _al_state.apply)
check("assisted_labeling",
      expect(lambda: len(answered(_al_state)) == len(_al_items),
             en="Give every one of the 30 messages a label (skipped messages count as wrong).",
             zh="请给 30 条消息都打上标签（跳过的消息按错误计）。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("assisted.labels.jsonl", encoding="utf-8") as _al_file:
    submit("assisted_labeling", answers=_al_file.read())
### END HIDDEN TESTS


# %% judge="assisted_labeling"
import pandas as pd

from autograder.scoring.classes import score_class_answers

CLASSES = ["refund", "delivery", "quality", "account"]


def judge(answer, gold):
    truth = pd.read_csv(gold / "gold_pool.csv", keep_default_na=False)
    gold_labels = dict(zip(truth["id"], truth["intent"]))
    controls = [item for item, hard in zip(truth["id"], truth["hard"].astype(str)) if hard == "False"][:4]
    scores, control = score_class_answers(answer["answers"], CLASSES, truth["id"], gold_labels,
                                          {item: gold_labels[item] for item in controls}, min_accuracy=0.75)
    if not control.passed:
        return all_of(rule(False, en="Too many control messages (ones with a clear answer) are wrong or unlabeled: read each message before you choose.",
                           zh="答错或未标注的质检题（答案明确的消息）太多：请先读消息再选择。"))
    return band(scores.accuracy, [(0.90, 1.0), (0.70, 0.5)],
                en="Your labels are right for {value:.0%} of the messages (full points from 90 %, half from 70 %).",
                zh="你的标签在这些消息上的准确率为 {value:.0%}（90% 及以上得满分，70% 及以上得一半）。")


# %% [markdown] hint="assisted_labeling" lang="en"
# Treat the suggestion as a colleague's guess, not an answer. Look for "but" (但是): what
# comes after it is the request that decides the label.

# %% [markdown] hint="assisted_labeling" lang="zh"
# 把建议当作同事的猜测，而不是答案。找“但是”（but）：它后面的内容才是决定标签的诉求。

# %% [markdown] lang="en"
# Your own records: how long you took and how often you took the model's word. (The
# widget writes these for every labeler; Task 4 computes them for a whole team.)

# %% [markdown] lang="zh"
# 你自己的记录：用了多长时间，多少次采纳了模型的意见。（组件会为每位标注员记录这些数据；任务 4
# 会为整个团队计算它们。）

# %%
_mine = labeler.session.state.answers.values()
print("seconds per item:", labeler.session.progress()["seconds_per_item"],
      "| accepted:", sum(a.assist == "accepted" for a in _mine),
      "| corrected:", sum(a.assist == "corrected" for a in _mine))

# %% [markdown] lang="en"
# ## Active learning: let the model choose what to label
#
# For the next experiment we switch to a data set where we can *simulate* the annotator:
# scikit-learn's handwritten digits, whose true labels play the part of a person who
# answers when asked (an **oracle**). We start with 20 labeled images and a pool of 1,000
# unlabeled ones, and may ask for 80 more labels. Which 80?
#
# **Uncertainty sampling** asks for the items the current model is least sure about. A
# robust way to measure "least sure" is the **margin**: the highest class probability minus
# the second highest. A margin near 0 means the model hesitates between two classes; those
# items teach it the most.

# %% [markdown] lang="zh"
# ## 主动学习：让模型挑选要标注的数据
#
# 下一个实验换成一个可以*模拟*标注员的数据集：scikit-learn 的手写数字。它的真实标签扮演一个“被问到
# 就回答”的人（称为**标注预言机**，oracle）。我们从 20 张已标注的图片和 1,000 张未标注的图片开始，
# 还可以再要 80 个标签。要哪 80 个？
#
# **不确定性采样**向当前模型最没把握的条目要标签。衡量“最没把握”的一个稳健方法是**间隔**
# （margin）：最高类别概率减去第二高的类别概率。间隔接近 0，说明模型在两个类别之间犹豫；这些条目
# 对它最有帮助。

# %%
digits = load_digits()
pool_images = digits.data[:1000] / 16.0


def make_model():
    """The model every round of the loop trains (fixed, so results can be compared).

    主动学习每一轮训练的模型（固定不变，便于比较结果）。
    """
    return LogisticRegression(C=10.0, max_iter=200)


def ask_oracle(positions):
    """The simulated annotator: the true digit of each asked pool position.

    模拟的标注员：返回所问的每个池中位置上的真实数字。
    """
    return [int(digits.target[p]) for p in positions]


# %% [markdown] lang="en"
# ## Task 3 · `margin_sample`: the most uncertain items
#
# Complete `margin_sample(probabilities, k)`: for each row, compute the margin (highest
# probability minus second highest), and return the **positions** of the `k` rows with the
# smallest margins, smallest first, as a list of Python ints. When two rows have the same
# margin, the lower position comes first.

# %% [markdown] lang="zh"
# ## 任务 3 · `margin_sample`：最没把握的条目
#
# 请补全 `margin_sample(probabilities, k)`：对每一行计算间隔（最高概率减第二高概率），返回间隔最小
# 的 `k` 行的**位置**，按间隔从小到大排列，以 Python 整数列表形式返回。两行间隔相同时，位置靠前的
# 排在前面。

# %% answer="margin_sample"
def margin_sample(probabilities, k):
    """Return the positions of the k rows with the smallest top-two margin, smallest first (ties: lower position).

    返回前两名概率之差最小的 k 行的位置，从小到大排列（相同时位置靠前者在前）。
    """
    ### BEGIN SOLUTION
    ordered = np.sort(np.asarray(probabilities), axis=1)
    margins = ordered[:, -1] - ordered[:, -2]
    return [int(position) for position in np.argsort(margins, kind="stable")[:k]]
    ### END SOLUTION


# %% tests="margin_sample" points=2 assesses="L3.3.2"
_ms_probs = np.array([[0.9, 0.05, 0.05], [0.45, 0.1, 0.45], [0.2, 0.5, 0.3], [0.1, 0.3, 0.6], [0.3, 0.4, 0.3]])
check("margin_sample",
      expect(lambda: margin_sample(_ms_probs, 2) == [1, 4],
             en="Margins are 0.85, 0.0, 0.2, 0.3, 0.1: the two smallest are rows 1 and 4, in that order.",
             zh="各行间隔为 0.85、0.0、0.2、0.3、0.1：最小的两个是第 1 行和第 4 行，按这个顺序。"),
      expect(lambda: all(type(p) is int for p in margin_sample(_ms_probs, 3)),
             en="Return plain Python ints.",
             zh="请返回普通的 Python 整数。"))
### BEGIN HIDDEN TESTS
from course import submit
_ms_rng = np.random.default_rng(616)
_ms_hidden = _ms_rng.dirichlet([0.5] * 10, 300)
_ms_hidden[10] = _ms_hidden[20] = [0.3, 0.3, 0.4] + [0.0] * 7
_ms_hidden[30] = [0.5, 0.5] + [0.0] * 8
submit("margin_sample", picks=margin_sample(_ms_hidden, 25), few=margin_sample(_ms_hidden[:8], 3))
### END HIDDEN TESTS


# %% judge="margin_sample"
import numpy as np


def reference(probabilities, k):
    ordered = np.sort(probabilities, axis=1)
    return [int(p) for p in np.argsort(ordered[:, -1] - ordered[:, -2], kind="stable")[:k]]


def judge(answer, gold):
    rng = np.random.default_rng(616)
    probabilities = rng.dirichlet([0.5] * 10, 300)
    probabilities[10] = probabilities[20] = [0.3, 0.3, 0.4] + [0.0] * 7
    probabilities[30] = [0.5, 0.5] + [0.0] * 8
    return all_of(
        rule(same(answer["picks"], reference(probabilities, 25)),
             en="On 300 new rows with 10 classes, the chosen rows are wrong: the margin is top minus SECOND highest, smallest first, ties by position.",
             zh="在 300 行、10 个类别的新数据上，选出的行不对：间隔是最高减第二高，从小到大，相同时按位置。"),
        rule(same(answer["few"], reference(probabilities[:8], 3)),
             en="On a small table the chosen rows are wrong.",
             zh="在一张小表上选出的行不对。"))


# %% [markdown] hint="margin_sample" lang="en"
# Sort each row's probabilities (`np.sort(..., axis=1)`): then the last column is the
# highest and the one before it the second highest. `np.argsort` returns positions in the
# order of the values; ask it for a stable sort so ties keep their order.

# %% [markdown] hint="margin_sample" lang="zh"
# 先把每一行的概率排序（`np.sort(..., axis=1)`）：最后一列就是最高值，倒数第二列是第二高值。
# `np.argsort` 按数值顺序返回位置；让它做稳定排序（stable），相同的值就会保持原来的顺序。

# %% [markdown] lang="en"
# ## Task 4 · `active_learning_loop`: ask, learn, repeat
#
# Complete `active_learning_loop(features, seed_positions, seed_labels, oracle, sampler,
# rounds, batch_size)`:
#
# 1. start with the labeled positions `seed_positions` and their labels `seed_labels`;
# 2. each round: train a fresh `make_model()` on the labeled rows; take the **unlabeled**
#    rows (all positions not yet labeled, in ascending order), compute the model's
#    probabilities for them, and call `sampler(probabilities, batch_size)`; it returns
#    positions **within the unlabeled rows**, which you turn back into pool positions; ask
#    `oracle(those pool positions)` for their labels and add them to the labeled set;
# 3. after the last round, train a final `make_model()` on everything labeled;
# 4. return `(final_model, labeled_positions)`, where `labeled_positions` lists the seed
#    positions first and then every asked position in the order asked (plain ints).
#
# The sampler is a parameter, so the same loop runs uncertainty sampling, random sampling
# or anything else. Graded: your loop with a margin sampler on the digits, the final model
# scored on digits it never saw (full points from 87 % accuracy, half from 80 %).

# %% [markdown] lang="zh"
# ## 任务 4 · `active_learning_loop`：提问、学习、重复
#
# 请补全 `active_learning_loop(features, seed_positions, seed_labels, oracle, sampler, rounds,
# batch_size)`：
#
# 1. 从已标注位置 `seed_positions` 及其标签 `seed_labels` 开始；
# 2. 每一轮：用已标注的行训练一个新的 `make_model()`；取出**未标注**的行（所有尚未标注的位置，按
#    升序排列），算出模型对它们的概率，调用 `sampler(probabilities, batch_size)`；它返回的是
#    **在未标注行中的位置**，要换算回池中的位置；用 `oracle(这些池中位置)` 获取它们的标签，加入
#    已标注集合；
# 3. 最后一轮之后，用全部已标注数据训练最终的 `make_model()`；
# 4. 返回 `(final_model, labeled_positions)`，其中 `labeled_positions` 先列出种子位置，再按提问
#    顺序列出每个被问到的位置（普通整数）。
#
# 采样函数是参数，所以同一个循环可以运行不确定性采样、随机采样或其他策略。评分：用间隔采样函数在
# 手写数字上运行你的循环，最终模型在它从未见过的数字上评分（准确率 87% 及以上得满分，80% 及以上
# 得一半）。

# %% answer="active_learning_loop"
def active_learning_loop(features, seed_positions, seed_labels, oracle, sampler, rounds, batch_size):
    """Run `rounds` rounds of pool-based active learning; return (final model, labeled positions in order).

    运行 `rounds` 轮基于样本池的主动学习；返回（最终模型, 按顺序排列的已标注位置）。
    """
    ### BEGIN SOLUTION
    labeled = [int(p) for p in seed_positions]
    labels = list(seed_labels)
    for _ in range(rounds):
        model = make_model().fit(features[labeled], labels)
        taken = set(labeled)
        unlabeled = [p for p in range(len(features)) if p not in taken]
        chosen = [unlabeled[i] for i in sampler(model.predict_proba(features[unlabeled]), batch_size)]
        labeled += chosen
        labels += list(oracle(chosen))
    return make_model().fit(features[labeled], labels), labeled
    ### END SOLUTION


# %% tests="active_learning_loop" points=3 assesses="L3.3.2,L3.1.2"
_alp_asked = []


def _alp_oracle(positions):
    _alp_asked.extend(positions)
    return [int(digits.target[p]) for p in positions]


_alp_model, _alp_labeled = active_learning_loop(pool_images[:200], list(range(20)), list(digits.target[:20]),
                                                _alp_oracle, lambda probs, k: list(range(k)), 2, 5)
check("active_learning_loop",
      expect(lambda: _alp_labeled == list(range(30)) and len(_alp_asked) == 10,
             en="With a sampler that takes the first unlabeled rows, 2 rounds of 5 should label positions 0-29 and ask the oracle exactly 10 times (never for the seed).",
             zh="采样函数取前几个未标注行时，2 轮、每轮 5 个，应标注位置 0-29，并且只向预言机问 10 次（不问种子数据）。"),
      expect(lambda: hasattr(_alp_model, "coef_") and _alp_model.coef_.shape[0] == 10,
             en="Return the final model trained on all labeled rows (a fitted make_model()).",
             zh="请返回用全部已标注行训练好的最终模型（拟合后的 make_model()）。"))
### BEGIN HIDDEN TESTS
from course import submit


def _alp_margin(probabilities, k):
    _ordered = np.sort(probabilities, axis=1)
    return [int(_p) for _p in np.argsort(_ordered[:, -1] - _ordered[:, -2], kind="stable")[:k]]


_alp_final, _alp_order = active_learning_loop(pool_images, list(range(20)), list(digits.target[:20]),
                                              ask_oracle, _alp_margin, 8, 10)
submit("active_learning_loop", model=_alp_final, labeled=[int(_p) for _p in _alp_order])
### END HIDDEN TESTS


# %% judge="active_learning_loop"
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression


def judge(answer, gold):
    labeled, model = answer["labeled"], answer["model"]
    unseen = load_digits()
    shape_ok = (isinstance(labeled, list) and labeled[:20] == list(range(20)) and len(labeled) == 100
                and len(set(labeled)) == 100 and all(type(p) is int and 0 <= p < 1000 for p in labeled))
    if not (shape_ok and isinstance(model, LogisticRegression)):
        return all_of(rule(False, en="The loop should return a LogisticRegression and 100 different pool positions (20 seed, then 8 rounds of 10).",
                           zh="循环应返回一个 LogisticRegression 和 100 个互不相同的池中位置（20 个种子，再加 8 轮、每轮 10 个）。"))
    accuracy = float(model.score(unseen.data[1400:] / 16.0, unseen.target[1400:]))
    return band(accuracy, [(0.87, 1.0), (0.80, 0.5)],
                en="Your final model reaches {value:.1%} on digits it never saw (full points from 87 %, half from 80 %).",
                zh="你的最终模型在从未见过的数字上准确率为 {value:.1%}（87% 及以上得满分，80% 及以上得一半）。")


# %% [markdown] hint="active_learning_loop" lang="en"
# Keep two growing lists, positions and labels, side by side. NumPy arrays can be indexed
# with a list of positions (`features[list_of_positions]`). The sampler's answer `i` means
# "the i-th unlabeled row", so look it up in your list of unlabeled positions.

# %% [markdown] hint="active_learning_loop" lang="zh"
# 维护两个并列增长的列表：位置和标签。NumPy 数组可以用位置列表来索引（`features[位置列表]`）。
# 采样函数返回的 `i` 表示“第 i 个未标注行”，所以要到未标注位置列表里去查。

# %% [markdown] hint="active_learning_loop" lang="en"
# A common slip: returning the model of the last round, which has not seen the last batch.
# Train once more after the loop.

# %% [markdown] hint="active_learning_loop" lang="zh"
# 一个常见的疏忽：返回最后一轮的模型，而它没见过最后一批数据。循环结束后要再训练一次。

# %% [markdown] lang="en"
# Does choosing by uncertainty beat choosing at random with the same 100 labels? Run both
# (this uses your functions):

# %% [markdown] lang="zh"
# 在同样 100 个标签的条件下，按不确定性挑选比随机挑选更好吗？两种都运行一下（这里用到你写的函数）：

# %%
try:
    _unseen_x, _unseen_y = digits.data[1400:] / 16.0, digits.target[1400:]
    _by_margin, _ = active_learning_loop(pool_images, list(range(20)), list(digits.target[:20]),
                                         ask_oracle, margin_sample, 8, 10)
    _dice = np.random.default_rng(0)
    _at_random, _ = active_learning_loop(pool_images, list(range(20)), list(digits.target[:20]), ask_oracle,
                                         lambda probs, k: list(_dice.choice(len(probs), k, replace=False)), 8, 10)
    print(f"uncertainty sampling {_by_margin.score(_unseen_x, _unseen_y):.3f}, "
          f"random sampling {_at_random.score(_unseen_x, _unseen_y):.3f}")
except Exception as error:  # tasks 3 and 4 are not done yet
    print("Finish tasks 3 and 4 first:", type(error).__name__)

# %% [markdown] lang="en"
# A few points of accuracy for the same labeling budget, or the same accuracy for fewer
# labels: that is the promise. Two cautions from practice: the gain varies from run to run
# (try another random seed), and the items a model picks are not a random sample, so never
# use them alone as your **test** set.
#
# ## Task 5 · `assist_report`: time saved against quality lost
#
# A team ran a trial: half of the items were labeled by hand (`mode` = `"manual"`), half
# with pre-labels (`"assisted"`). The widget recorded the time per item (`ms`) and, for
# assisted items, whether the suggestion was `"accepted"` or `"corrected"` (`assist`). A
# reviewer then checked a sample and wrote the right label in `checked`.
#
# Complete `assist_report(records)`, returning a dict of plain floats:
#
# * `"seconds_manual"`, `"seconds_assisted"`: mean seconds per item in each mode;
# * `"time_saved"`: `1 - seconds_assisted / seconds_manual` (the share of time saved);
# * `"accuracy_manual"`, `"accuracy_assisted"`: share of items whose `label` equals
#   `checked`, in each mode;
# * `"accepted_wrong"`: among assisted items whose suggestion was **accepted**, the share
#   whose label is wrong: errors that got through because someone trusted the model.

# %% [markdown] lang="zh"
# 同样的标注预算下多几个百分点的准确率，或者用更少的标签达到同样的准确率：这就是它的价值。实践中有
# 两点要注意：提升幅度每次运行都不一样（换个随机种子试试）；模型挑出的条目不是随机样本，所以绝不能
# 只用它们做**测试**集。
#
# ## 任务 5 · `assist_report`：节省的时间与损失的质量
#
# 一个团队做了试验：一半条目手工标注（`mode` = `"manual"`），一半借助预标注（`"assisted"`）。
# 组件记录了每个条目的用时（`ms`），对辅助标注的条目还记录了建议是被“接受”（`"accepted"`）还是
# 被“改正”（`"corrected"`）（`assist` 列）。之后审核员抽查了一部分，把正确标签写在 `checked` 列。
#
# 请补全 `assist_report(records)`，返回一个由普通浮点数组成的字典：
#
# * `"seconds_manual"`、`"seconds_assisted"`：两种方式下平均每个条目用的秒数；
# * `"time_saved"`：`1 - seconds_assisted / seconds_manual`（节省时间的比例）；
# * `"accuracy_manual"`、`"accuracy_assisted"`：两种方式下 `label` 等于 `checked` 的条目比例；
# * `"accepted_wrong"`：在建议被**接受**的辅助标注条目中，标签错误的比例——也就是因为有人信任模型
#   而漏过去的错误。

# %% answer="assist_report"
def assist_report(records):
    """Return mean seconds, time saved, accuracy per mode and the error share of accepted suggestions.

    返回两种方式的平均秒数、节省的时间比例、各自的准确率，以及被接受的建议中的错误比例。
    """
    ### BEGIN SOLUTION
    correct = records["label"] == records["checked"]
    manual = records["mode"] == "manual"
    assisted = records["mode"] == "assisted"
    accepted = assisted & (records["assist"] == "accepted")
    seconds_manual = records.loc[manual, "ms"].mean() / 1000
    seconds_assisted = records.loc[assisted, "ms"].mean() / 1000
    return {"seconds_manual": float(seconds_manual), "seconds_assisted": float(seconds_assisted),
            "time_saved": float(1 - seconds_assisted / seconds_manual),
            "accuracy_manual": float(correct[manual].mean()), "accuracy_assisted": float(correct[assisted].mean()),
            "accepted_wrong": float(1 - correct[accepted].mean())}
    ### END SOLUTION


# %% tests="assist_report" points=2 assesses="L3.1.2"
_ar_records = pd.DataFrame({
    "mode": ["manual", "manual", "assisted", "assisted", "assisted", "assisted"],
    "ms": [8000, 6000, 2000, 3000, 5000, 2000],
    "assist": [None, None, "accepted", "accepted", "corrected", "accepted"],
    "label": ["a", "b", "a", "b", "c", "a"],
    "checked": ["a", "a", "a", "b", "c", "b"]})
_ar = lambda: assist_report(_ar_records.copy())
check("assist_report",
      expect(lambda: abs(_ar()["seconds_manual"] - 7.0) < 1e-9 and abs(_ar()["seconds_assisted"] - 3.0) < 1e-9,
             en="Mean seconds per item: 7.0 by hand, 3.0 assisted (ms are thousandths of a second).",
             zh="平均每个条目秒数：手工 7.0，辅助 3.0（ms 是千分之一秒）。"),
      expect(lambda: abs(_ar()["time_saved"] - (1 - 3 / 7)) < 1e-9,
             en="time_saved should be 1 - 3/7 ≈ 0.571.",
             zh="time_saved 应为 1 - 3/7 ≈ 0.571。"),
      expect(lambda: abs(_ar()["accuracy_manual"] - 0.5) < 1e-9 and abs(_ar()["accuracy_assisted"] - 0.75) < 1e-9
             and abs(_ar()["accepted_wrong"] - 1 / 3) < 1e-9,
             en="Accuracy 0.5 by hand and 0.75 assisted; 1 of the 3 accepted suggestions was wrong (accepted_wrong 0.333).",
             zh="手工准确率 0.5，辅助 0.75；3 个被接受的建议中有 1 个是错的（accepted_wrong 为 0.333）。"))
### BEGIN HIDDEN TESTS
from course import submit
_ar_rng = np.random.default_rng(818)
_ar_n = 400
_ar_mode = _ar_rng.choice(["manual", "assisted"], _ar_n)
_ar_truth = _ar_rng.choice(["refund", "delivery", "quality", "account"], _ar_n)
_ar_assist = np.where(_ar_mode == "assisted", _ar_rng.choice(["accepted", "corrected"], _ar_n, p=[0.8, 0.2]), None)
_ar_wrong = _ar_rng.random(_ar_n) < np.where(_ar_assist == "accepted", 0.09, 0.05)
_ar_hidden = pd.DataFrame({"mode": _ar_mode,
                           "ms": np.where(_ar_mode == "manual", _ar_rng.integers(4000, 14000, _ar_n),
                                          _ar_rng.integers(1000, 7000, _ar_n)),
                           "assist": _ar_assist,
                           "label": np.where(_ar_wrong, "refund", _ar_truth), "checked": _ar_truth})
_ar_hidden = _ar_hidden.sample(frac=1.0, random_state=3).reset_index(drop=True)
_ar_out = assist_report(_ar_hidden)
submit("assist_report", report={_k: float(_v) for _k, _v in _ar_out.items()})
### END HIDDEN TESTS


# %% judge="assist_report"
import numpy as np
import pandas as pd


def judge(answer, gold):
    rng = np.random.default_rng(818)
    n = 400
    mode = rng.choice(["manual", "assisted"], n)
    truth = rng.choice(["refund", "delivery", "quality", "account"], n)
    assist = np.where(mode == "assisted", rng.choice(["accepted", "corrected"], n, p=[0.8, 0.2]), None)
    wrong = rng.random(n) < np.where(assist == "accepted", 0.09, 0.05)
    records = pd.DataFrame({"mode": mode,
                            "ms": np.where(mode == "manual", rng.integers(4000, 14000, n), rng.integers(1000, 7000, n)),
                            "assist": assist, "label": np.where(wrong, "refund", truth), "checked": truth})
    correct = records["label"] == records["checked"]
    manual, assisted = records["mode"] == "manual", records["mode"] == "assisted"
    accepted = assisted & (records["assist"] == "accepted")
    s_manual, s_assisted = records.loc[manual, "ms"].mean() / 1000, records.loc[assisted, "ms"].mean() / 1000
    expected = {"seconds_manual": float(s_manual), "seconds_assisted": float(s_assisted),
                "time_saved": float(1 - s_assisted / s_manual),
                "accuracy_manual": float(correct[manual].mean()), "accuracy_assisted": float(correct[assisted].mean()),
                "accepted_wrong": float(1 - correct[accepted].mean())}
    report = answer["report"]
    timing = ["seconds_manual", "seconds_assisted", "time_saved"]
    quality = ["accuracy_manual", "accuracy_assisted", "accepted_wrong"]
    return all_of(
        rule(isinstance(report, dict) and set(report) == set(expected),
             en="The report should have exactly the six keys the task lists.",
             zh="报告应恰好包含任务列出的六个键。"),
        rule(same({k: report.get(k) for k in timing}, {k: expected[k] for k in timing}, rel=1e-9),
             en="On a new trial the times are wrong: mean seconds per item in each mode, and 1 - assisted/manual.",
             zh="在一次新试验上，时间不对：各方式平均每个条目的秒数，以及 1 - 辅助/手工。"),
        rule(same({k: report.get(k) for k in quality}, {k: expected[k] for k in quality}, rel=1e-9),
             en="On a new trial the quality figures are wrong: accuracy per mode, and the error share among ACCEPTED suggestions only.",
             zh="在一次新试验上，质量指标不对：各方式的准确率，以及仅在“被接受”的建议中的错误比例。"))


# %% [markdown] hint="assist_report" lang="en"
# Build boolean masks first (is manual, is assisted, is accepted, is correct) and combine
# them with `&`. The mean of a boolean Series is the share of `True`.

# %% [markdown] hint="assist_report" lang="zh"
# 先构造几个布尔掩码（是否手工、是否辅助、是否被接受、是否正确），再用 `&` 组合。布尔 Series 的
# 平均值就是 `True` 所占的比例。

# %% [markdown] lang="en"
# ## Task 6 · `rollout_decision` (written, graded by your instructor)
#
# The trial of Task 5 reported (rounded): 8.9 s per item by hand, 4.0 s assisted (55 % of
# the time saved); accuracy 95 % by hand, 92 % assisted; 9 % of accepted suggestions wrong.
# The operations manager wants to switch all labeling to pre-labels at once.
#
# Write your recommendation in 5–8 sentences: do you switch, under which conditions, and
# how do you keep quality under control afterwards? Name at least two concrete measures
# (for example from this lesson: thresholds, controls, review of accepted items, which
# items go to people first, what you monitor).

# %% [markdown] lang="zh"
# ## 任务 6 · `rollout_decision`（书面作答，由老师评分）
#
# 任务 5 的试验结果（四舍五入）：手工每条 8.9 秒，辅助每条 4.0 秒（节省 55% 的时间）；手工准确率
# 95%，辅助 92%；被接受的建议中有 9% 是错的。运营经理想立刻把全部标注都改成预标注方式。
#
# 请用 5–8 句话写出你的建议：要不要切换？在什么条件下切换？切换后如何控制质量？至少说出两条具体
# 措施（例如本课中的：阈值、质检题、复查被接受的条目、哪些条目优先交给人、监控什么）。

# %% [markdown] manual="rollout_decision" points=2 assesses="L3.1.1,L3.3.2"
# **Model answer.** Switch, but not blindly: halving the time is worth a lot, but 3 points
# of accuracy lost, mostly through 9 % wrong accepted suggestions, is a real cost that the
# model will learn from. Conditions: (1) show suggestions only above a confidence
# threshold tuned on a checked sample so that the accepted-wrong rate falls to the manual
# error rate or below; low-confidence items are labeled from scratch; (2) mix hidden
# control items into every annotator's queue and track each person's accept rate and
# accuracy on controls, to catch rubber-stamping; (3) re-check a random sample of accepted
# items every week; (4) send the items the model is least sure about (uncertainty
# sampling) to the most experienced people first, and retrain the suggester on the
# corrected labels regularly. Roll out in stages (one team first) and compare time and
# accuracy again before switching everyone.
#
# **Rubric (2 points).** 1 point: weighs both sides with the numbers (time saved vs the
# accuracy drop / accepted-wrong share; automation bias named or described) and reaches a
# conditional decision rather than an unconditional yes/no. 1 point: at least two concrete,
# workable controls (confidence threshold, control items, audit of accepted items,
# per-annotator accept-rate monitoring, uncertain items to experts, staged rollout,
# retraining). Half a point if only one measure is given.

# %% [markdown] lang="en"
# ## Task 7 · `coach_annotator` (written, graded by your instructor)
#
# Before the rollout, you review one annotator's assisted batch of 200 items. She accepted
# 196 suggestions (98 %), took 2.1 s per item, and got 41 of the 50 hidden control items
# right (82 %, the team's average is 94 %). Of her 9 control errors, 7 are accepted wrong
# suggestions between `delivery` and `refund`, and 2 are `quality` complaints she labeled `refund`.
#
# Write, in 6–10 sentences: (a) the feedback you give her (what you saw, with numbers, the
# rule of the guideline involved, and what she should do differently), and (b) a short
# training plan for the whole team before everyone labels with suggestions (goal, content,
# a practice step, and how you check that it worked).

# %% [markdown] lang="zh"
# ## 任务 7 · `coach_annotator`（书面作答，由老师评分）
#
# 全面推广前，你抽查了一位标注员用辅助方式完成的 200 条数据。她接受了 196 条建议（98%），平均每条
# 2.1 秒，50 道隐藏质检题答对 41 道（82%，团队平均为 94%）。她答错的 9 道质检题中，有 7 道是在
# `delivery`（配送）和 `refund`（退款）之间接受了错误建议，另外 2 道是把 `quality`（质量）投诉标成了
# `refund`。
#
# 请用 6–10 句话写出：(a) 你给她的反馈（看到了什么、用数字说明、涉及规范的哪条规则、今后应怎么
# 做）；(b) 在全员使用辅助标注之前给整个团队的简短培训计划（目标、内容、一个练习环节，以及如何检验
# 培训效果）。

# %% [markdown] manual="coach_annotator" points=2 assesses="L3.4.1,L3.4.2"
# **Model answer.** (a) Feedback, in private and with her batch open: her speed is good,
# but she accepted 98 % of suggestions and scored 82 % on controls against a team average
# of 94 %; 7 of her 9 misses are wrong suggestions she accepted between delivery and
# refund. The guideline says a message is `refund` only when the customer asks for money
# back; a complaint about a late parcel stays `delivery` even when it is angry. Read the
# whole message before accepting, and treat a suggestion as a guess to confirm, not an
# answer; the two `quality` items show the same haste. We look at her next 50 controls
# together. (b) Training plan, 45 minutes before rollout: goal, everyone knows when a
# suggestion must be overridden; content, automation bias with the trial's numbers, the
# refund/delivery/quality borders with five real examples each; practice, 20 mixed items
# with deliberately wrong suggestions, discussed afterwards; check, control accuracy and
# accept rate per person over the first week, with a second session for anyone below 90 %.
#
# **Rubric (2 points).** 1 point: the feedback is specific (numbers, the confused pair,
# the guideline rule) and actionable, and respectful in tone. 1 point: the training plan
# has a goal, content tied to the errors found, a practice step and a measurable check.
# Half a point each if only partly met.

# %% [markdown] lang="en"
# ## What you did
#
# You turned model probabilities into pre-labels with a confidence threshold, labeled with
# AI suggestions while the widget recorded time and accept/correct decisions, wrote a
# margin sampler and a pool-based active-learning loop and compared it with random
# sampling, and measured an assisted-labeling trial on both sides: time saved and errors
# let through. These are the figures a Level 3 trainer puts in front of a manager before a
# labeling workflow changes.

# %% [markdown] lang="zh"
# ## 小结
#
# 你用置信度阈值把模型概率变成了预标注；在组件记录用时和接受/改正决定的同时借助 AI 建议完成了标注；
# 编写了间隔采样函数和基于样本池的主动学习循环，并与随机采样做了比较；还从两方面度量了一次辅助标注
# 试验：节省的时间和漏过的错误。这些正是三级人工智能训练师在标注流程变更前需要摆到管理者面前的数据。
