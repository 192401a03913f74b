# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l3_training_guidance
#     level: 3
#     title: {en: "Guiding and training labelers: review, feedback and a training plan", zh: 培训与指导：审核、反馈与培训计划}
#     datasets: [junior_review/junior_batch.csv, junior_review/reference.csv, junior_review/practice_types.json, junior_review/feedback_summary.json]
#     gold: [junior_review/planted.json]
# ---

# %% [markdown] lang="en"
# # Guiding and training labelers: review, feedback and a training plan
#
# A customer-service team labels incoming messages with their **intent** so that each
# message reaches the right desk. A new Level 5 labeler has delivered their first batch.
# As the Level 3 trainer you **guide** them (review the batch against the spec and tell
# them precisely what to fix) and **train** the next group of new labelers so that the
# same mistakes are not made again.
#
# The spec, in short: every row gets exactly one label from `CLASSES`, written exactly as
# listed (lower case, no spaces); no row may be left blank; every `item_id` is labeled once.
# A senior reviewer's labels for the batch are in `reference.csv`.
#
# This is **培训** (L3.4.1) and **指导** (L3.4.2) of the national standard. Stuck? Run
# `hint("task_id")`.

# %% [markdown] lang="zh"
# # 培训与指导：审核、反馈与培训计划
#
# 某客服团队给收到的每条消息标注**意图**，以便把消息分给对应的处理组。一位新来的五级标注员交付了
# 第一批数据。作为三级人工智能训练师，你要**指导**他（对照规范审核这批数据，准确地告诉他要改什么），
# 还要**培训**下一批新标注员，避免同样的错误再次出现。
#
# 规范要点：每行只能有一个标签，取自 `CLASSES`，写法必须与列表完全一致（小写、无空格）；不能有空行；
# 每个 `item_id` 只标注一次。资深审核员对这批数据给出的标签在 `reference.csv` 中。
#
# 这对应国家职业标准三级的**培训**（L3.4.1）和**指导**（L3.4.2）。卡住了？运行 `hint("任务编号")`。

# %%
import json

import pandas as pd
from course import check, expect, hidden_check, hint

CLASSES = ["refund", "delivery", "product", "account", "other"]
ERROR_TYPES = ["duplicate", "blank", "format", "unknown_class", "wrong_class"]
batch = pd.read_csv("junior_batch.csv", keep_default_na=False)   # a blank label stays "" (not NaN)
reference = pd.read_csv("reference.csv")
batch.head()

# %% [markdown] lang="en"
# ## Task 1 · `classify_errors`: what kind of error is each row?
#
# Counting "errors" is not enough to guide anyone: a blank row, a typo in the label and a
# wrong class need different advice. Complete `classify_errors(batch, reference)`: return
# a list with one entry per row of `batch`, in order, the **first** type below that
# applies, or `"ok"`:
#
# 1. `duplicate`: the row's `item_id` already appeared in an **earlier** row;
# 2. `blank`: the label is the empty text `""`;
# 3. `format`: the label is not in `CLASSES`, but `label.strip().lower()` is;
# 4. `unknown_class`: the label is not in `CLASSES` even after that;
# 5. `wrong_class`: the label is in `CLASSES` but differs from the reference label of
#    its `item_id`.

# %% [markdown] lang="zh"
# ## 任务 1 · `classify_errors`：每一行属于哪类错误？
#
# 只数“错了几条”没法指导别人：空着没标、标签拼写有误和类别标错，需要的建议各不相同。请补全
# `classify_errors(batch, reference)`：返回一个列表，`batch` 的每一行按顺序对应一项，取下列类型中
# **第一个**适用的，都不适用则为 `"ok"`：
#
# 1. `duplicate`（重复）：该行的 `item_id` 已在**前面**的行中出现过；
# 2. `blank`（空白）：标签是空文本 `""`；
# 3. `format`（格式）：标签不在 `CLASSES` 中，但 `label.strip().lower()` 在；
# 4. `unknown_class`（未知类别）：即使这样处理后标签仍不在 `CLASSES` 中；
# 5. `wrong_class`（类别错误）：标签在 `CLASSES` 中，但与该 `item_id` 的参考标签不同。

# %% answer="classify_errors"
def classify_errors(batch, reference):
    """One error type (or "ok") per row of batch, in order.

    按顺序为 batch 的每一行给出一个错误类型（或 "ok"）。
    """
    ### BEGIN SOLUTION
    right = dict(zip(reference["item_id"], reference["reference"]))
    seen, types = set(), []
    for item, label in zip(batch["item_id"], batch["label"]):
        if item in seen:
            types.append("duplicate")
        elif label == "":
            types.append("blank")
        elif label not in CLASSES:
            types.append("format" if label.strip().lower() in CLASSES else "unknown_class")
        elif label != right[item]:
            types.append("wrong_class")
        else:
            types.append("ok")
        seen.add(item)
    return types
    ### END SOLUTION


# %% tests="classify_errors" points=3 assesses="L3.4.2"
_ce_batch = pd.DataFrame({"item_id": ["a", "b", "c", "d", "e", "a", "f"],
                          "label": ["refund", "Refund ", "", "complaint", "delivery", "refund", "other"]})
_ce_ref = pd.DataFrame({"item_id": list("abcdef"), "reference": ["refund", "refund", "other", "other", "refund", "other"]})
check("classify_errors",
      expect(lambda: classify_errors(_ce_batch, _ce_ref) == ["ok", "format", "blank", "unknown_class", "wrong_class",
                                                              "duplicate", "ok"],
             en="On seven rows the types should be ok, format, blank, unknown_class, wrong_class, duplicate, ok.",
             zh="七行的类型应依次为 ok、format、blank、unknown_class、wrong_class、duplicate、ok。"),
      expect(lambda: len(classify_errors(batch, reference)) == len(batch),
             en="Return one entry for every row of the batch.",
             zh="批次中的每一行都应对应一项。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("classify_errors", types=[str(t) for t in classify_errors(batch, reference)])
### END HIDDEN TESTS


# %% judge="classify_errors"
import json

from autograder.scoring.classes import score_classes


def judge(answer, gold):
    planted = json.loads((gold / "planted.json").read_text(encoding="utf-8"))["types"]
    scores = score_classes(dict(enumerate(answer["types"])), dict(enumerate(planted)))
    return all_of(rule(len(answer["types"]) == len(planted) and scores.accuracy == 1.0,
                       en=f"Some rows of the batch have the wrong error type (right on {scores.accuracy:.0%}); check the order of the checks.",
                       zh=f"批次中部分行的错误类型不对（准确率 {scores.accuracy:.0%}）；请检查判断的先后顺序。"))


# %% [markdown] hint="classify_errors" lang="en"
# Make a dict `item_id → reference label` once with `dict(zip(...))`, and a `set` of the
# ids seen so far. Walk through the rows with `zip(batch["item_id"], batch["label"])` and
# test the five cases with `if` / `elif` in the order given; add the id to the set after.

# %% [markdown] hint="classify_errors" lang="zh"
# 先用 `dict(zip(...))` 建一个 `item_id → 参考标签` 的字典，再建一个记录已出现 id 的 `set`。用
# `zip(batch["item_id"], batch["label"])` 逐行遍历，按给定顺序用 `if` / `elif` 判断五种情况，
# 判断完再把 id 加入集合。

# %% [markdown] lang="en"
# ## Task 2 · `error_summary`: counts and examples
#
# Feedback is credible when it is concrete. Complete `error_summary(batch, types)`: return a
# dict with one entry per error type that occurs (never `"ok"`), each
# `{"count": number of rows, "examples": the item_ids of those rows, in batch order}`.

# %% [markdown] lang="zh"
# ## 任务 2 · `error_summary`：数量与实例
#
# 反馈要具体才有说服力。请补全 `error_summary(batch, types)`：返回一个字典，每个出现过的错误类型
# 一项（不含 `"ok"`），值为 `{"count": 行数, "examples": 这些行的 item_id，按批次中的顺序}`。

# %% answer="error_summary"
def error_summary(batch, types):
    """{error type: {"count": n, "examples": [item_id, ...]}} for the types that occur (not "ok").

    对出现过的错误类型（不含 "ok"）返回 {类型: {"count": 数量, "examples": [item_id, ...]}}。
    """
    ### BEGIN SOLUTION
    summary = {}
    for item, kind in zip(batch["item_id"], types):
        if kind != "ok":
            entry = summary.setdefault(kind, {"count": 0, "examples": []})
            entry["count"] += 1
            entry["examples"].append(item)
    return summary
    ### END SOLUTION


# %% tests="error_summary" points=2 assesses="L3.4.2"
_es_batch = pd.DataFrame({"item_id": ["a", "b", "c", "d"], "label": ["x", "y", "z", "w"]})
check("error_summary",
      expect(lambda: error_summary(_es_batch, ["blank", "ok", "blank", "format"])
             == {"blank": {"count": 2, "examples": ["a", "c"]}, "format": {"count": 1, "examples": ["d"]}},
             en="Types blank, ok, blank, format on rows a–d give blank: 2 (a, c) and format: 1 (d), and nothing for ok.",
             zh="a–d 四行的类型为 blank、ok、blank、format，应得到 blank: 2（a、c）和 format: 1（d），ok 不出现。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("practice_types.json", encoding="utf-8") as _es_file:
    _es_practice = json.load(_es_file)
submit("error_summary", summary=json.loads(json.dumps(error_summary(pd.DataFrame({"item_id": _es_practice["item_id"]}),
                                                                    _es_practice["types"]))))
### END HIDDEN TESTS


# %% judge="error_summary"
import json


def judge(answer, gold):
    expected = json.loads((gold / "planted.json").read_text(encoding="utf-8"))["practice_summary"]
    return all_of(rule(same(answer["summary"], expected),
                       en="On a practice list of 40 typed rows, the counts or example ids per error type are wrong.",
                       zh="在 40 行已分类的练习数据上，各错误类型的数量或实例 id 不对。"))


# %% [markdown] hint="error_summary" lang="en"
# `summary.setdefault(kind, {"count": 0, "examples": []})` returns the entry of `kind`,
# creating it the first time; then add 1 to its count and append the id.

# %% [markdown] hint="error_summary" lang="zh"
# `summary.setdefault(kind, {"count": 0, "examples": []})` 返回 `kind` 对应的项，第一次时会自动创建；
# 然后把计数加 1，并追加 id。

# %% [markdown] lang="en"
# ## Task 3 · `write_feedback`: targeted feedback
#
# Turn the summary into feedback the junior can act on. Complete `write_feedback(summary)`:
# return a list with one dict per error type in the summary, most frequent first (ties in
# alphabetical order), each with:
#
# * `error_type`, `count` (from the summary);
# * `example_id`: one `item_id` that really has this error, so the junior can look at it;
# * `advice`: what to do differently, at least 20 characters, in English or Chinese.
#
# The advice for each type is up to you (your instructor reads it in Task 4), but it must
# be about that type.

# %% [markdown] lang="zh"
# ## 任务 3 · `write_feedback`：有针对性的反馈
#
# 把汇总结果变成标注员能照着改的反馈。请补全 `write_feedback(summary)`：返回一个列表，汇总中的每个
# 错误类型对应一个字典，数量多的排在前面（数量相同按字母顺序），每个字典包括：
#
# * `error_type`、`count`（来自汇总）；
# * `example_id`：一个确实有这种错误的 `item_id`，方便标注员对照查看；
# * `advice`：今后该怎么做，至少 20 个字符，中英文均可。
#
# 每类错误的建议由你来写（老师会在任务 4 中阅读），但必须针对该类错误。

# %% answer="write_feedback"
def write_feedback(summary):
    """One feedback dict per error type (error_type, count, example_id, advice), most frequent first.

    每个错误类型一条反馈（error_type、count、example_id、advice），数量多的在前。
    """
    ### BEGIN SOLUTION
    advice = {
        "wrong_class": "Read the whole message before choosing; a refund question that mentions a parcel is still refund.",
        "format": "Pick the label from the list instead of typing it: lower case, no spaces.",
        "blank": "Never leave a row empty; if unsure, choose other and add a comment for the reviewer.",
        "unknown_class": "Use only the five labels of the spec; a new kind of message goes to the reviewer, not a new label.",
        "duplicate": "Check the item_id before labeling: each message is labeled once, repeats are reported.",
    }
    ordered = sorted(summary, key=lambda kind: (-summary[kind]["count"], kind))
    return [{"error_type": kind, "count": summary[kind]["count"], "example_id": summary[kind]["examples"][0],
             "advice": advice[kind]} for kind in ordered]
    ### END SOLUTION


# %% tests="write_feedback" points=2 assesses="L3.4.2"
_wf_summary = {"blank": {"count": 2, "examples": ["a", "c"]}, "wrong_class": {"count": 5, "examples": ["b", "d"]},
               "format": {"count": 2, "examples": ["e"]}}
_wf_out = lambda: write_feedback(_wf_summary)
check("write_feedback",
      expect(lambda: [f["error_type"] for f in _wf_out()] == ["wrong_class", "blank", "format"],
             en="Most frequent first, ties alphabetically: wrong_class (5), blank (2), format (2).",
             zh="数量多的在前，数量相同按字母顺序：wrong_class（5）、blank（2）、format（2）。"),
      expect(lambda: all(f["example_id"] in _wf_summary[f["error_type"]]["examples"] and f["count"] == _wf_summary[f["error_type"]]["count"]
                         and isinstance(f["advice"], str) and len(f["advice"].strip()) >= 20 for f in _wf_out()),
             en="Each entry needs its count, an example_id that has this error, and advice of at least 20 characters.",
             zh="每一项都需要数量、一个确有该错误的 example_id，以及至少 20 个字符的建议。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("feedback_summary.json", encoding="utf-8") as _wf_file:
    _wf_full = json.load(_wf_file)
submit("write_feedback", feedback=json.loads(json.dumps(write_feedback(_wf_full))))
### END HIDDEN TESTS


# %% judge="write_feedback"
import json


def judge(answer, gold):
    summary = json.loads((gold / "feedback_summary.json").read_text(encoding="utf-8"))
    feedback = answer["feedback"]
    entries = [f for f in feedback if isinstance(f, dict)] if isinstance(feedback, list) else []
    order = sorted(summary, key=lambda kind: (-summary[kind]["count"], kind))
    return all_of(
        rule([f.get("error_type") for f in entries] == order and len(entries) == len(feedback),
             en="On another summary, the feedback does not name every error type once, most frequent first.",
             zh="在另一份汇总上，反馈没有把每个错误类型各列一次，或没有按数量从多到少排列。"),
        rule(all(f.get("count") == summary.get(f.get("error_type"), {}).get("count")
                 and f.get("example_id") in summary.get(f.get("error_type"), {}).get("examples", []) for f in entries),
             en="Some counts are wrong, or an example_id does not have the error it illustrates.",
             zh="部分数量不对，或某个 example_id 并没有它所示例的那类错误。"),
        rule(all(isinstance(f.get("advice"), str) and len(f["advice"].strip()) >= 20 for f in entries),
             en="Every error type needs advice of at least 20 characters.",
             zh="每个错误类型都需要至少 20 个字符的建议。"))


# %% [markdown] hint="write_feedback" lang="en"
# `sorted(summary, key=lambda kind: (-summary[kind]["count"], kind))` orders the types:
# the minus sign puts large counts first, the name breaks ties. Keep a dict of advice per
# type and build one dict per type in that order.

# %% [markdown] hint="write_feedback" lang="zh"
# `sorted(summary, key=lambda kind: (-summary[kind]["count"], kind))` 可以给类型排序：负号让数量大的
# 排在前面，名称用来打破平局。为每种类型准备一段建议放在字典里，再按这个顺序逐个生成字典。

# %% [markdown] lang="en"
# Your feedback on the junior's real batch:

# %% [markdown] lang="zh"
# 你对这位新标注员实际批次的反馈：

# %%
try:
    for _entry in write_feedback(error_summary(batch, classify_errors(batch, reference))):
        print(_entry)
except NotImplementedError:
    print("Complete Tasks 1–3 first. / 请先完成任务 1–3。")

# %% [markdown] lang="en"
# ## Task 4 · `feedback_message` (written, graded by your instructor)
#
# Write the message you would send the junior labeler with this batch's review (6–10
# sentences, English or Chinese). It should (a) open with what went well, with the share
# of rows labeled correctly; (b) name each error type found, with its count and one
# example id, most important first; (c) for the most frequent type, explain the rule of the
# spec behind it using the example; (d) say what happens next (corrections, a re-check of
# the next batch) in a tone that keeps the labeler motivated.

# %% [markdown] lang="zh"
# ## 任务 4 · `feedback_message`（书面作答，由老师评分）
#
# 写一条随本批审核结果发给这位新标注员的消息（6–10 句，中英文均可）。应当：(a) 先说做得好的地方，
# 给出标注正确的行所占比例；(b) 点出发现的每类错误，附数量和一个实例 id，重要的放在前面；(c) 针对
# 数量最多的一类，结合实例解释它背后的规范条款；(d) 说明接下来怎么做（改正、复查下一批），语气要能
# 让标注员保持积极性。

# %% [markdown] manual="feedback_message" points=2 assesses="L3.4.2"
# **Model answer.** Thank you for your first batch: 93 of the 125 rows (74 %) are right,
# and your refund and account labels are almost all correct. Four things to fix, most
# important first: 14 rows have the wrong class (for example Q0xx, "已经退货了，退款还没到账"
# labeled delivery: it asks about money, so it is refund, even though it mentions the
# return parcel); 6 labels are typed in another form (e.g. "Refund " with a capital and a
# space), 4 rows are blank, 3 use labels that are not in the spec ("complaint"), and 5
# messages were labeled twice. The spec's rule for wrong classes: label what the customer
# wants done, not the words they use. Please choose labels from the drop-down list only,
# and when unsure choose other with a comment instead of leaving the row empty. Correct the
# flagged rows by Friday; I will check 50 rows of your next batch and we will go through
# any doubts together for 15 minutes.
#
# **Rubric (2 points).** 0.5 each: (a) positive opening with a correct share; (b) all
# five types with counts and a real example id; (c) the most frequent type explained by
# its spec rule with an example; (d) concrete next steps and a respectful, encouraging
# tone (no blame, no vague "be more careful").

# %% [markdown] lang="en"
# ## Task 5 · `training_plan`: training the next group
#
# Five new Level 5 labelers start next week. Design a short training plan that prevents
# the errors you found. Complete `training_plan()`: return a dict with
#
# * `audience`: who it is for (text);
# * `sessions`: at least 3 sessions in order, each a dict with `title`, `minutes` (an int),
#   `objective` (what the trainee can do afterwards, at least 15 characters), `targets`
#   (the list of error types from `ERROR_TYPES` this session prevents), and `assessment`
#   (how you check the objective was reached, at least 10 characters);
# * `pass_mark`: the share of gold (reference) items a trainee must label correctly before
#   working on real data, between 0.8 and 1;
# * `practice_items`: how many gold items the final practice has, at least 30.
#
# Together the sessions last between 60 and 240 minutes, and every error type of
# `ERROR_TYPES` is the target of at least one session.

# %% [markdown] lang="zh"
# ## 任务 5 · `training_plan`：培训下一批标注员
#
# 下周有五位新的五级标注员入职。请设计一份简短的培训计划，防止你发现的这些错误再次出现。请补全
# `training_plan()`：返回一个字典，包含
#
# * `audience`：培训对象（文本）；
# * `sessions`：按顺序排列的至少 3 节课，每节是一个字典，包含 `title`（标题）、`minutes`（时长，
#   整数）、`objective`（学完后能做到什么，至少 15 个字符）、`targets`（这节课预防的错误类型列表，
#   取自 `ERROR_TYPES`）和 `assessment`（怎样检验目标已达成，至少 10 个字符）；
# * `pass_mark`：学员在处理真实数据之前，必须在金标准题上达到的准确率，介于 0.8 和 1 之间；
# * `practice_items`：最后一次练习中金标准题的数量，至少 30 道。
#
# 所有课程总时长在 60 到 240 分钟之间，`ERROR_TYPES` 中的每一种错误都至少是一节课的预防目标。

# %% answer="training_plan"
def training_plan():
    """The training plan for new Level 5 labelers as a dict (audience, sessions, pass_mark, practice_items).

    以字典形式返回新五级标注员的培训计划（audience、sessions、pass_mark、practice_items）。
    """
    ### BEGIN SOLUTION
    return {
        "audience": "Five new Level 5 labelers of the customer-service intent project",
        "sessions": [
            {"title": "The five intents", "minutes": 40, "targets": ["wrong_class", "unknown_class"],
             "objective": "Tell the five intents apart by what the customer wants done, with the spec's hard cases.",
             "assessment": "Quiz of 15 confusable messages, discussed together."},
            {"title": "Tool and format", "minutes": 20, "targets": ["format", "blank", "duplicate"],
             "objective": "Label in the tool without typing, never skip a row and report repeated ids.",
             "assessment": "A 20-row exercise checked automatically for format, blanks and repeats."},
            {"title": "Gold practice and review", "minutes": 45, "targets": ERROR_TYPES,
             "objective": "Label a practice batch to the project's quality bar and explain each mistake.",
             "assessment": "40 gold items scored against the reference, then a one-to-one review."},
        ],
        "pass_mark": 0.9,
        "practice_items": 40,
    }
    ### END SOLUTION


# %% tests="training_plan" points=2 assesses="L3.4.1"
_tp_plan = training_plan()
_tp_sessions = lambda: _tp_plan["sessions"]
check("training_plan",
      expect(lambda: isinstance(_tp_plan, dict) and {"audience", "sessions", "pass_mark", "practice_items"} <= set(_tp_plan)
             and len(_tp_sessions()) >= 3,
             en="The plan needs audience, sessions (at least 3), pass_mark and practice_items.",
             zh="计划需要包含 audience、sessions（至少 3 节）、pass_mark 和 practice_items。"),
      expect(lambda: 60 <= sum(s["minutes"] for s in _tp_sessions()) <= 240,
             en="Together the sessions should last between 60 and 240 minutes.",
             zh="所有课程的总时长应在 60 到 240 分钟之间。"),
      expect(lambda: set(ERROR_TYPES) <= {t for s in _tp_sessions() for t in s["targets"]},
             en="Every error type of ERROR_TYPES should be the target of at least one session.",
             zh="ERROR_TYPES 中的每一种错误都应至少是一节课的预防目标。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("training_plan", plan=json.loads(json.dumps(_tp_plan)))
### END HIDDEN TESTS


# %% judge="training_plan"
def judge(answer, gold):
    plan = answer["plan"]
    kinds = {"duplicate", "blank", "format", "unknown_class", "wrong_class"}
    sessions = plan.get("sessions") if isinstance(plan, dict) and isinstance(plan.get("sessions"), list) else []
    good = [s for s in sessions if isinstance(s, dict) and type(s.get("minutes")) is int and s["minutes"] > 0
            and all(isinstance(s.get(k), str) and len(s[k].strip()) >= n for k, n in
                    (("title", 1), ("objective", 15), ("assessment", 10)))
            and isinstance(s.get("targets"), list) and set(s["targets"]) <= kinds]
    return all_of(
        rule(len(sessions) >= 3 and len(good) == len(sessions),
             en="The plan needs at least 3 sessions, each with a title, minutes (int), an objective (15+ characters), an assessment (10+) and targets from ERROR_TYPES.",
             zh="计划至少需要 3 节课，每节都有标题、时长（整数）、目标（15 个字符以上）、检验方式（10 个字符以上）和取自 ERROR_TYPES 的预防目标。"),
        rule(60 <= sum(s["minutes"] for s in good) <= 240 and kinds <= {t for s in good for t in s["targets"]},
             en="The sessions should last 60 to 240 minutes in all and target every error type.",
             zh="课程总时长应为 60 到 240 分钟，并覆盖每一种错误类型。"),
        rule(isinstance(plan.get("audience"), str) and plan["audience"].strip() != ""
             and type(plan.get("pass_mark")) is float and 0.8 <= plan["pass_mark"] <= 1
             and type(plan.get("practice_items")) is int and plan["practice_items"] >= 30,
             en="audience must be filled in, pass_mark a float between 0.8 and 1, practice_items an int of at least 30.",
             zh="audience 必须填写，pass_mark 应是 0.8 到 1 之间的浮点数，practice_items 应是不少于 30 的整数。"))


# %% [markdown] hint="training_plan" lang="en"
# Start from your feedback: the most frequent error deserves the longest session. A
# session's `targets` may list several types; the final practice can target them all.

# %% [markdown] hint="training_plan" lang="zh"
# 从你的反馈出发：最常见的错误值得安排最长的一节课。一节课的 `targets` 可以列出多种类型；最后的
# 练习可以把它们全部作为目标。

# %% [markdown] lang="en"
# ## Task 6 · `plan_rationale` (written, graded by your instructor)
#
# In 5–8 sentences (English or Chinese), explain your plan to the project manager:
# (a) why the sessions come in this order; (b) how each session uses this batch's real
# mistakes as teaching material (without exposing the junior by name); (c) why you chose
# this pass mark and what happens to a trainee below it; (d) how you will know, two weeks
# later, whether the training worked.

# %% [markdown] lang="zh"
# ## 任务 6 · `plan_rationale`（书面作答，由老师评分）
#
# 用 5–8 句话（中英文均可）向项目经理说明你的计划：(a) 为什么课程按这个顺序安排；(b) 每节课如何把
# 这批数据中的真实错误用作教学材料（同时不点名暴露那位新标注员）；(c) 为什么选这个合格线，低于合格线
# 的学员怎么办；(d) 两周后你如何判断培训是否有效。

# %% [markdown] manual="plan_rationale" points=2 assesses="L3.4.1"
# **Model answer.** The plan goes from meaning to mechanics to proof: intents first
# because wrong classes were the largest error type (14 of 32 findings) and need judgment,
# then the tool and format rules, which are quick to learn but caused 15 findings, then a
# gold practice that checks both. The confusable messages of session 1 and the format
# exercise of session 2 are taken from this batch, anonymised (ids and any customer data
# removed), so the examples are real but no colleague is exposed. A pass mark of 90 % on
# 40 gold items means at most 4 mistakes, close to the accuracy the project needs; a
# trainee below it gets a one-to-one review of their mistakes and a new practice set
# before touching real data. Two weeks later I compare the new group's error rates per
# type (from the reviewer's sample of their batches) with this junior's first batch, and
# check their control-item accuracy; a type that does not fall goes back into the
# training.
#
# **Rubric (2 points).** 0.5 each: (a) an order justified by the error counts or by
# learning logic; (b) real, anonymised examples; (c) a justified pass mark and a remedial
# path; (d) a measurable follow-up (error rates per type / control accuracy over time).

# %% [markdown] lang="en"
# ## What you did
#
# You reviewed a batch against its spec and classified every error, summarised the
# errors with counts and examples, turned them into targeted feedback, and designed a
# training plan whose sessions, assessments and pass mark aim at exactly those errors.

# %% [markdown] lang="zh"
# ## 小结
#
# 你对照规范审核了一批数据并给每个错误分了类，用数量和实例汇总了错误，把它们变成有针对性的反馈，
# 还设计了一份培训计划，让课程内容、考核方式和合格线都正好针对这些错误。
