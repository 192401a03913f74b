# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_label_statistics
#     level: 5
#     title: {en: "After labeling: statistics and export formats", zh: 标注后数据分类与统计}
#     datasets: [team_labels/team_labels.csv]
# ---

# %% [markdown] lang="en"
# # After labeling: statistics and export formats
#
# The labeling is done; the work is not. Before labeled data goes to the model team, an AI
# trainer sorts and counts it (how many items of each class? who labeled what?) and hands it
# over in the format the training code reads. Skipping this step is how models end up
# trained on a class with 20 examples, or on boxes shifted by half their size because two
# formats were mixed up.
#
# Our data is the export of a customer-service labeling team: 200 customer messages, each
# labeled with its topic (物流 delivery, 质量 quality, 价格 price, 服务 service, 其他 other)
# by two of four annotators.
#
# In this lesson you will
# * compute the class balance and each annotator's counts;
# * convert a label table to JSON Lines;
# * convert boxes between COCO and YOLO, the two formats detectors are trained from;
# * read entity spans from JSONL, with Chinese text.
#
# This is the Level 5 unit "classifying and counting labeled data" (标注后数据分类与统计)
# of the national AI Trainer standard.
#
# **How this lesson works.** Each task asks you to complete one small function. Run it,
# then run the check cell below it. When your work is graded, your functions are also run on
# other label sets, so make them follow the description, not just the visible examples.
# Stuck? Run `hint("task_id")`, e.g. `hint("class_balance")`; run it again for the next hint.

# %% [markdown] lang="zh"
# # 标注后数据分类与统计
#
# 标注做完了，工作还没有完。标注好的数据交给模型团队之前，人工智能训练师要先分类、统计（每个类别
# 有多少条？谁标了什么？），再按训练代码能读的格式交付。跳过这一步，模型就可能在只有 20 个样本的
# 类别上训练，或者因为两种格式混用，学到的框整体偏移了半个框的大小。
#
# 我们的数据是一个客服标注团队的导出文件：200 条客户留言，每条由四位标注员中的两位标注了主题
# （物流、质量、价格、服务、其他）。
#
# 在这一课里，你将会：
# * 计算类别分布和每位标注员的标注数量；
# * 把标签表转换成 JSON Lines；
# * 在检测模型最常用的两种格式 COCO 和 YOLO 之间转换边界框；
# * 从 JSONL 中读取实体片段（含中文文本）。
#
# 这对应国家人工智能训练师职业标准五级的“标注后数据分类与统计”。
#
# **本课怎么学。** 每个任务请你补全一个小函数：运行它，再运行下面的检查单元格。评分时，你的函数
# 还会在其他标注数据上运行，所以请按任务说明来写，而不只是让看得到的例子通过。卡住了？运行
# `hint("任务编号")`，例如 `hint("class_balance")`；再运行一次可以看下一条提示。

# %%
import json

import pandas as pd

from course import check, expect, hint

team = pd.read_csv("team_labels.csv")
print(len(team), "labels of", team["item"].nunique(), "messages by", team["annotator"].nunique(), "annotators")
team.head()

# %% [markdown] lang="en"
# ## Task 1 · `class_balance`: how many of each class?
#
# The first question about any labeled set: how are the classes distributed? A class with
# very few examples is hard to learn and easy to miss, and a model can score high accuracy
# by ignoring it. Reports show counts *and* shares.
#
# Complete `class_balance(df)`: `df` has a column `label`. Return a new DataFrame with the
# columns `label`, `count` (how many rows have that label) and `share` (count divided by the
# number of rows), one row per label, ordered from the most frequent label down; labels with
# the same count are ordered by label. The index should be 0, 1, 2, …

# %% [markdown] lang="zh"
# ## 任务 1 · `class_balance`：每个类别各有多少？
#
# 关于任何标注数据的第一个问题：类别是怎么分布的？样本很少的类别难以学会、容易被漏掉，而模型即使
# 完全忽略它，准确率也可能很高。报告里既要给出数量，也要给出占比。
#
# 请补全 `class_balance(df)`：`df` 有一列 `label`。返回一个新的 DataFrame，包含 `label`、`count`
# （有该标签的行数）和 `share`（数量除以总行数）三列，每个标签一行，按出现次数从多到少排列；
# 次数相同的按标签排序。索引应为 0, 1, 2, …

# %% answer="class_balance"
def class_balance(df):
    """Columns label, count, share; one row per label, most frequent first (ties by label), index 0..n-1.

    返回 label、count、share 三列；每个标签一行，出现最多的在前（次数相同按标签排序），索引为 0..n-1。
    """
    ### BEGIN SOLUTION
    counts = df.groupby("label").size().reset_index(name="count")
    counts["share"] = counts["count"] / len(df)
    return counts.sort_values(["count", "label"], ascending=[False, True]).reset_index(drop=True)
    ### END SOLUTION


# %% tests="class_balance" points=2 assesses="L5.2.2"
_cb_in = pd.DataFrame({"label": ["b", "a", "c", "a", "b", "a", "d", "d"]})
check("class_balance",
      expect(lambda: list(class_balance(_cb_in).columns) == ["label", "count", "share"],
             en="The result should have the columns label, count and share, in this order.",
             zh="结果应依次包含 label、count、share 三列。"),
      expect(lambda: class_balance(_cb_in)["label"].tolist() == ["a", "b", "d", "c"],
             en="Order the labels by count, most frequent first, and labels with the same count by label (b before d).",
             zh="按数量从多到少排列标签；数量相同时按标签排序（b 在 d 前面）。"),
      expect(lambda: class_balance(_cb_in)["count"].tolist() == [3, 2, 2, 1]
             and class_balance(_cb_in)["share"].tolist() == [0.375, 0.25, 0.25, 0.125],
             en="Counts here are 3, 2, 2, 1 and shares 0.375, 0.25, 0.25, 0.125 (count / 8 rows).",
             zh="这里的数量应为 3、2、2、1，占比为 0.375、0.25、0.25、0.125（数量 / 8 行）。"),
      expect(lambda: class_balance(_cb_in).index.tolist() == [0, 1, 2, 3],
             en="The index should be 0, 1, 2, … (reset it after sorting).",
             zh="索引应为 0, 1, 2, …（排序后重置索引）。"))
### BEGIN HIDDEN TESTS
import numpy as _cb_np
from course import submit
_cb_rng = _cb_np.random.default_rng(21)
_cb_results = []
for _cb_size, _cb_classes in ((50, ["物流", "质量", "价格"]), (120, list("pqrstu")), (9, ["x", "y", "z"])):
    _cb_frame = pd.DataFrame({"label": _cb_rng.choice(_cb_classes, size=_cb_size).tolist(),
                              "annotator": "a1"})
    _cb_out = class_balance(_cb_frame)
    _cb_results.append({"labels": [str(v) for v in _cb_out["label"]], "counts": [int(v) for v in _cb_out["count"]],
                        "shares": [float(v) for v in _cb_out["share"]],
                        "index": [int(v) for v in _cb_out.index]})
submit("class_balance", results=_cb_results)
### END HIDDEN TESTS


# %% judge="class_balance"
import numpy as np
import pandas as pd


def expected_balances():
    rng = np.random.default_rng(21)
    results = []
    for size, classes in ((50, ["物流", "质量", "价格"]), (120, list("pqrstu")), (9, ["x", "y", "z"])):
        labels = rng.choice(classes, size=size).tolist()
        counts = pd.Series(labels).value_counts()
        order = sorted(counts.index, key=lambda label: (-counts[label], label))
        results.append({"labels": [str(v) for v in order], "counts": [int(counts[v]) for v in order],
                        "shares": [float(counts[v] / size) for v in order], "index": list(range(len(order)))})
    return results


def judge(answer, gold):
    submitted, expected = answer["results"], expected_balances()
    return all_of(
        rule(len(submitted) == len(expected) and all(s["labels"] == e["labels"] for s, e in zip(submitted, expected)),
             en="On other label sets, the labels are missing or not ordered by count (ties by label).",
             zh="在其他标注数据上，标签有缺失，或没有按数量排序（数量相同按标签排序）。"),
        rule(same([s["counts"] for s in submitted], [e["counts"] for e in expected]),
             en="On other label sets, some counts are wrong.", zh="在其他标注数据上，有些数量不对。"),
        rule(same([s["shares"] for s in submitted], [e["shares"] for e in expected], rel=1e-9),
             en="On other label sets, some shares are wrong (count divided by the number of rows).",
             zh="在其他标注数据上，有些占比不对（应为数量除以总行数）。"),
        rule([s["index"] for s in submitted] == [e["index"] for e in expected],
             en="The index should be 0, 1, 2, … in every result.", zh="每个结果的索引都应为 0, 1, 2, …"))


# %% [markdown] hint="class_balance" lang="en"
# Counting rows per group is `groupby("label").size()`; `reset_index(name="count")` turns the
# result into a DataFrame with a `count` column. `sort_values` accepts two columns and two
# directions.

# %% [markdown] hint="class_balance" lang="zh"
# 按组统计行数用 `groupby("label").size()`；`reset_index(name="count")` 把结果变成带 `count` 列的
# DataFrame。`sort_values` 可以同时接收两列和两个排序方向。

# %% [markdown] lang="en"
# Here is the team's class balance, computed with your function:

# %% [markdown] lang="zh"
# 下面是这个团队数据的类别分布（用你写的函数计算）：

# %%
try:
    print(class_balance(team))
except Exception as error:  # not written yet
    print("class_balance:", type(error).__name__)

# %% [markdown] lang="en"
# ## Task 2 · `per_annotator`: who labeled what?
#
# A team lead reads a table of annotators × classes every week: it shows who did how much,
# and an annotator whose mix of classes is very different from the others' (for example one
# who almost never uses 其他) may be applying the guideline differently.
#
# Complete `per_annotator(df)`: `df` has the columns `annotator` and `label`. Return a
# DataFrame with one row per annotator (the index, sorted) and one column per label (sorted),
# holding how many items that annotator gave that label (0 when none), followed by a last
# column `total` with the annotator's number of rows. All counts are integers.

# %% [markdown] lang="zh"
# ## 任务 2 · `per_annotator`：谁标了什么？
#
# 组长每周都会看一张“标注员 × 类别”的表：它显示每个人做了多少；如果某位标注员的类别构成与其他人
# 差别很大（例如几乎从不用“其他”），他执行标注规范的方式可能与别人不一样。
#
# 请补全 `per_annotator(df)`：`df` 有 `annotator` 和 `label` 两列。返回一个 DataFrame：每位标注员
# 一行（作为索引，排好序），每个标签一列（排好序），值为该标注员给出该标签的条数（没有则为 0），
# 最后一列为 `total`，即该标注员的总行数。所有计数都是整数。

# %% answer="per_annotator"
def per_annotator(df):
    """Counts per annotator (index, sorted) and label (columns, sorted), 0 where none, plus a last column total.

    按标注员（索引，排序）和标签（列，排序）统计条数，没有则为 0，最后加一列 total。
    """
    ### BEGIN SOLUTION
    table = pd.crosstab(df["annotator"], df["label"]).sort_index().sort_index(axis=1)
    table["total"] = table.sum(axis=1)
    return table
    ### END SOLUTION


# %% tests="per_annotator" points=2 assesses="L5.2.2"
_pa_in = pd.DataFrame({"annotator": ["wu", "li", "wu", "li", "wu"], "label": ["neg", "pos", "pos", "pos", "pos"]})
check("per_annotator",
      expect(lambda: per_annotator(_pa_in).index.tolist() == ["li", "wu"],
             en="One row per annotator, as the index, sorted.",
             zh="每位标注员一行，作为索引，并排好序。"),
      expect(lambda: list(per_annotator(_pa_in).columns) == ["neg", "pos", "total"],
             en="One column per label (sorted), then a last column named total.",
             zh="每个标签一列（排好序），最后一列名为 total。"),
      expect(lambda: per_annotator(_pa_in).loc["li"].tolist() == [0, 2, 2]
             and per_annotator(_pa_in).loc["wu"].tolist() == [1, 2, 3],
             en="li gave neg 0 times, pos 2 times (total 2); wu neg 1, pos 2 (total 3). Missing combinations count 0.",
             zh="li 标了 0 次 neg、2 次 pos（共 2）；wu 标了 1 次 neg、2 次 pos（共 3）。没有出现的组合计为 0。"))
### BEGIN HIDDEN TESTS
import numpy as _pa_np
from course import submit
_pa_rng = _pa_np.random.default_rng(4)
_pa_results = []
for _pa_size in (30, 200):
    _pa_frame = pd.DataFrame({"item": [f"i{_n}" for _n in range(_pa_size)],
                              "annotator": _pa_rng.choice(["zhao", "qian", "sun", "li"], size=_pa_size).tolist(),
                              "label": _pa_rng.choice(["物流", "质量", "价格", "其他"], size=_pa_size,
                                                      p=[0.5, 0.3, 0.15, 0.05]).tolist()})
    _pa_out = per_annotator(_pa_frame)
    _pa_results.append({"index": [str(v) for v in _pa_out.index], "columns": [str(v) for v in _pa_out.columns],
                        "values": [[int(v) for v in _pa_row] for _pa_row in _pa_out.to_numpy().tolist()]})
submit("per_annotator", results=_pa_results)
### END HIDDEN TESTS


# %% judge="per_annotator"
import numpy as np


def expected_tables():
    rng = np.random.default_rng(4)
    results = []
    for size in (30, 200):
        annotators = rng.choice(["zhao", "qian", "sun", "li"], size=size).tolist()
        labels = rng.choice(["物流", "质量", "价格", "其他"], size=size, p=[0.5, 0.3, 0.15, 0.05]).tolist()
        people, classes = sorted(set(annotators)), sorted(set(labels))
        values = []
        for person in people:
            row = [sum(a == person and l == c for a, l in zip(annotators, labels)) for c in classes]
            values.append(row + [sum(row)])
        results.append({"index": people, "columns": classes + ["total"], "values": values})
    return results


def judge(answer, gold):
    submitted, expected = answer["results"], expected_tables()
    return all_of(
        rule([(s["index"], s["columns"]) for s in submitted] == [(e["index"], e["columns"]) for e in expected],
             en="On other label sets, the rows (annotators, sorted) or columns (labels, sorted, then total) are wrong.",
             zh="在其他标注数据上，行（标注员，排序）或列（标签排序后加 total）不对。"),
        rule(same([s["values"] for s in submitted], [e["values"] for e in expected]),
             en="On other label sets, some counts or totals are wrong.",
             zh="在其他标注数据上，有些计数或合计不对。"))


# %% [markdown] hint="per_annotator" lang="en"
# `pd.crosstab(rows, columns)` counts every combination of two columns and fills the
# missing ones with 0. Then add the `total` column from the row sums.

# %% [markdown] hint="per_annotator" lang="zh"
# `pd.crosstab(行, 列)` 会统计两列的每种组合，缺少的组合填 0。然后用每行的和添加 `total` 列。

# %% [markdown] lang="en"
# ## Task 3 · `to_jsonl`: from a table to JSON Lines
#
# Spreadsheets like CSV; training pipelines and labeling platforms like **JSON Lines**
# (`.jsonl`): one JSON object per line, so a file of a million labels can be read line by
# line. Chinese text should stay readable in the file (`"物流"`, not `"\u7269\u6d41"`).
#
# Complete `to_jsonl(df)`: return one string with one line per row of `df`, in row order;
# each line is a JSON object with the keys `item`, `annotator` and `label` and their values
# from that row, Chinese characters written as they are; every line ends with `"\n"`.

# %% [markdown] lang="zh"
# ## 任务 3 · `to_jsonl`：从表格到 JSON Lines
#
# 电子表格喜欢 CSV；训练流程和标注平台喜欢 **JSON Lines**（`.jsonl`）：每行一个 JSON 对象，这样
# 上百万条标签的文件也可以逐行读取。文件中的中文应保持可读（写成 `"物流"`，而不是
# `"\u7269\u6d41"`）。
#
# 请补全 `to_jsonl(df)`：返回一个字符串，`df` 的每一行对应其中一行，顺序不变；每行是一个 JSON
# 对象，键为 `item`、`annotator` 和 `label`，值取自该行，中文按原样写出；每行都以 `"\n"` 结尾。

# %% answer="to_jsonl"
def to_jsonl(df):
    """One JSON object {"item", "annotator", "label"} per row, Chinese kept readable, each line ending in a newline.

    每行一个 JSON 对象 {"item", "annotator", "label"}，中文保持可读，每行以换行符结尾。
    """
    ### BEGIN SOLUTION
    lines = []
    for row in df[["item", "annotator", "label"]].itertuples(index=False):
        record = {"item": row.item, "annotator": row.annotator, "label": row.label}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)
    ### END SOLUTION


# %% tests="to_jsonl" points=2 assesses="L5.2.2,fundamentals"
_tj_in = pd.DataFrame({"item": ["m1", "m2"], "annotator": ["wang", "li"], "label": ["物流", "价格"],
                       "seconds": [3.5, 4.0]})
check("to_jsonl",
      expect(lambda: isinstance(to_jsonl(_tj_in), str) and to_jsonl(_tj_in).count("\n") == 2
             and to_jsonl(_tj_in).endswith("\n"),
             en="to_jsonl should return one string with one line per row, each ending in a newline.",
             zh="to_jsonl 应返回一个字符串，每行数据一行，每行都以换行符结尾。"),
      expect(lambda: [json.loads(line) for line in to_jsonl(_tj_in).splitlines()]
             == [{"item": "m1", "annotator": "wang", "label": "物流"}, {"item": "m2", "annotator": "li", "label": "价格"}],
             en="Each line should be a JSON object with exactly the keys item, annotator and label.",
             zh="每行应是一个 JSON 对象，恰好包含 item、annotator 和 label 三个键。"),
      expect(lambda: "物流" in to_jsonl(_tj_in),
             en='Chinese should stay readable in the file ("物流", not "\\u7269\\u6d41"): see json.dumps\'s ensure_ascii.',
             zh='文件中的中文应保持可读（"物流"，而不是 "\\u7269\\u6d41"）：参见 json.dumps 的 ensure_ascii 参数。'))
### BEGIN HIDDEN TESTS
from course import submit
_tj_other = pd.DataFrame({"seconds": [1.0, 2.0, 3.0], "label": ["其他", 'say "hi"', "服务"],
                          "annotator": ["chen_jing", "li_na", "zhang_wei"], "item": ["x9", "x10", "x11"]})
submit("to_jsonl", text=str(to_jsonl(_tj_other)))
### END HIDDEN TESTS


# %% judge="to_jsonl"
import json

EXPECTED = [{"item": "x9", "annotator": "chen_jing", "label": "其他"},
            {"item": "x10", "annotator": "li_na", "label": 'say "hi"'},
            {"item": "x11", "annotator": "zhang_wei", "label": "服务"}]


def judge(answer, gold):
    text = answer["text"]
    try:
        records = [json.loads(line) for line in text.splitlines()]
    except ValueError:
        records = None
    return all_of(
        rule(records == EXPECTED,
             en="On a table with its columns in another order, quotes in a label and an extra column, the lines "
                "are not the expected JSON objects (item, annotator, label, in row order).",
             zh="在列顺序不同、标签里有引号、还多一列的表格上，输出的行不是预期的 JSON 对象"
                "（item、annotator、label，按行的顺序）。"),
        rule(text.endswith("\n") and text.count("\n") == len(EXPECTED),
             en="Every line, the last one included, should end with one newline.",
             zh="每一行（包括最后一行）都应以一个换行符结尾。"),
        rule("其他" in text and "服务" in text,
             en="Chinese labels should be written as readable characters.", zh="中文标签应写成可读的汉字。"))


# %% [markdown] hint="to_jsonl" lang="en"
# Build a small dictionary per row and turn it into text with `json.dumps`, which escapes
# quotes for you. Pick the three columns by name, so the column order of `df` does not matter.

# %% [markdown] hint="to_jsonl" lang="zh"
# 每行构造一个小字典，再用 `json.dumps` 把它变成文本，它会替你处理引号的转义。按列名取出这三列，
# 这样 `df` 的列顺序就无关紧要了。

# %% [markdown] lang="en"
# ## Boxes: COCO and YOLO
#
# The two formats detectors are trained from describe the same box differently:
#
# | | COCO (one JSON file) | YOLO (one `.txt` per image) |
# |---|---|---|
# | box | `"bbox": [x, y, w, h]`: top-left corner, width, height | `class cx cy w h`: the **centre**, width, height |
# | units | pixels | **shares** of the image width and height (0 to 1) |
# | class | `category_id`, looked up in `"categories"` (ids often start at 1) | index in the class list, **from 0** |
#
# A 40 × 20 px box at x = 10, y = 30 in a 200 × 100 image, class `square` (index 1 of
# `["circle", "square"]`): COCO `[10, 30, 40, 20]`, YOLO `1 0.150000 0.400000 0.200000 0.200000`
# (centre x = (10 + 40 / 2) / 200 = 0.15, centre y = (30 + 20 / 2) / 100 = 0.4).

# %% [markdown] lang="zh"
# ## 边界框：COCO 与 YOLO
#
# 训练检测模型最常用的两种格式，对同一个框的描述方式不同：
#
# | | COCO（一个 JSON 文件） | YOLO（每张图一个 `.txt`） |
# |---|---|---|
# | 框 | `"bbox": [x, y, w, h]`：左上角、宽、高 | `class cx cy w h`：**中心点**、宽、高 |
# | 单位 | 像素 | 占图像宽、高的**比例**（0 到 1） |
# | 类别 | `category_id`，在 `"categories"` 里查名称（编号常从 1 开始） | 在类别列表中的下标，**从 0 开始** |
#
# 在 200 × 100 的图像中，x = 10、y = 30 处一个 40 × 20 像素、类别为 `square`（在
# `["circle", "square"]` 中下标为 1）的框：COCO 写作 `[10, 30, 40, 20]`，YOLO 写作
# `1 0.150000 0.400000 0.200000 0.200000`（中心 x = (10 + 40 / 2) / 200 = 0.15，中心 y =
# (30 + 20 / 2) / 100 = 0.4）。

# %% [markdown] lang="en"
# ## Task 4 · `coco_to_yolo`
#
# Complete `coco_to_yolo(coco, classes)`: `coco` is a COCO document (a dictionary with
# `images`, `annotations` and `categories`), `classes` the list of class names in YOLO's
# order. Return a dictionary: for **every** image, its file name without the extension (e.g.
# `"s1"` for `"s1.png"`) → the list of its YOLO lines, in the order of the annotations, each
# written as `f"{index} {cx:.6f} {cy:.6f} {w:.6f} {h:.6f}"`. An image without boxes gets an
# empty list (YOLO then writes an empty file, which means "nothing here").

# %% [markdown] lang="zh"
# ## 任务 4 · `coco_to_yolo`
#
# 请补全 `coco_to_yolo(coco, classes)`：`coco` 是一个 COCO 文档（包含 `images`、`annotations` 和
# `categories` 的字典），`classes` 是按 YOLO 顺序排列的类别名称列表。返回一个字典：**每一张**图像的
# 文件名去掉扩展名（例如 `"s1.png"` 对应 `"s1"`）→ 它的 YOLO 行列表，顺序与标注相同，每行写作
# `f"{index} {cx:.6f} {cy:.6f} {w:.6f} {h:.6f}"`。没有框的图像对应空列表（YOLO 会为它写一个空文件，
# 表示“这里什么都没有”）。

# %% answer="coco_to_yolo"
def coco_to_yolo(coco, classes):
    """{image file stem: [YOLO lines "index cx cy w h"]} for every image of the COCO document `coco`.

    对 COCO 文档 `coco` 中的每张图像返回 {文件名（去扩展名）: [YOLO 行 "index cx cy w h"]}。
    """
    ### BEGIN SOLUTION
    names = {category["id"]: category["name"] for category in coco["categories"]}
    images = {image["id"]: image for image in coco["images"]}
    lines = {image["file_name"].rsplit(".", 1)[0]: [] for image in coco["images"]}
    for annotation in coco["annotations"]:
        image = images[annotation["image_id"]]
        x, y, w, h = annotation["bbox"]
        index = classes.index(names[annotation["category_id"]])
        cx, cy = (x + w / 2) / image["width"], (y + h / 2) / image["height"]
        lines[image["file_name"].rsplit(".", 1)[0]].append(
            f"{index} {cx:.6f} {cy:.6f} {w / image['width']:.6f} {h / image['height']:.6f}")
    return lines
    ### END SOLUTION


# %% tests="coco_to_yolo" points=3 assesses="L5.2.2,fundamentals"
_cy_coco = {"images": [{"id": 1, "file_name": "a.png", "width": 200, "height": 100},
                       {"id": 2, "file_name": "b.png", "width": 50, "height": 50}],
            "annotations": [{"id": 1, "image_id": 1, "category_id": 2, "bbox": [10, 30, 40, 20]}],
            "categories": [{"id": 1, "name": "circle"}, {"id": 2, "name": "square"}]}
check("coco_to_yolo",
      expect(lambda: coco_to_yolo(_cy_coco, ["circle", "square"])["a"] == ["1 0.150000 0.400000 0.200000 0.200000"],
             en="The box [10, 30, 40, 20] in a 200 × 100 image, class square, is '1 0.150000 0.400000 0.200000 0.200000'.",
             zh="200 × 100 图像中类别为 square 的框 [10, 30, 40, 20]，应写成 '1 0.150000 0.400000 0.200000 0.200000'。"),
      expect(lambda: coco_to_yolo(_cy_coco, ["circle", "square"]).get("b") == [],
             en="Every image is in the result; one without boxes has an empty list.",
             zh="每张图像都应出现在结果中；没有框的图像对应空列表。"))
### BEGIN HIDDEN TESTS
import random as _cy_random
from course import submit
_cy_rng = _cy_random.Random(17)
_cy_names = ["bracket", "washer", "nut"]
_cy_doc = {"images": [], "annotations": [],
           "categories": [{"id": 7, "name": "nut"}, {"id": 3, "name": "washer"}, {"id": 12, "name": "bracket"}]}
for _cy_n in range(1, 6):
    _cy_w, _cy_h = _cy_rng.choice([(640, 480), (1280, 720), (300, 300)])
    _cy_doc["images"].append({"id": 100 + _cy_n, "file_name": f"cam_{_cy_n}.jpg", "width": _cy_w, "height": _cy_h})
    for _ in range(_cy_rng.randint(0, 4)):
        _cy_bw, _cy_bh = _cy_rng.uniform(5, 100), _cy_rng.uniform(5, 100)
        _cy_doc["annotations"].append({"id": len(_cy_doc["annotations"]) + 1, "image_id": 100 + _cy_n,
                                       "category_id": _cy_rng.choice([7, 3, 12]),
                                       "bbox": [_cy_rng.uniform(0, _cy_w - _cy_bw), _cy_rng.uniform(0, _cy_h - _cy_bh),
                                                _cy_bw, _cy_bh]})
_cy_out = coco_to_yolo(_cy_doc, _cy_names)
submit("coco_to_yolo", lines={str(k): [str(line) for line in v] for k, v in _cy_out.items()})
### END HIDDEN TESTS


# %% judge="coco_to_yolo"
import random


def expected_lines():
    rng = random.Random(17)
    classes = ["bracket", "washer", "nut"]
    names = {7: "nut", 3: "washer", 12: "bracket"}
    lines = {}
    for n in range(1, 6):
        width, height = rng.choice([(640, 480), (1280, 720), (300, 300)])
        lines[f"cam_{n}"] = []
        for _ in range(rng.randint(0, 4)):
            w, h = rng.uniform(5, 100), rng.uniform(5, 100)
            category = rng.choice([7, 3, 12])
            x, y = rng.uniform(0, width - w), rng.uniform(0, height - h)
            lines[f"cam_{n}"].append(f"{classes.index(names[category])} {(x + w / 2) / width:.6f} "
                                     f"{(y + h / 2) / height:.6f} {w / width:.6f} {h / height:.6f}")
    return lines


def judge(answer, gold):
    submitted, expected = answer["lines"], expected_lines()
    return all_of(
        rule(sorted(submitted) == sorted(expected),
             en="On another COCO file (.jpg names, image ids from 101, images without boxes), the result does not "
                "have exactly one entry per image, named by file name without extension.",
             zh="在另一个 COCO 文件上（.jpg 文件名、图像编号从 101 开始、有没有框的图像），结果没有做到"
                "每张图像恰好一项、并以去掉扩展名的文件名命名。"),
        rule(submitted == expected,
             en="On another COCO file (category ids 7, 3, 12 in another order than the YOLO classes, several image "
                "sizes), some YOLO lines are wrong: class index, centre, or division by width and height.",
             zh="在另一个 COCO 文件上（类别编号 7、3、12，顺序与 YOLO 类别不同，图像尺寸各异），有些 YOLO 行"
                "不对：类别下标、中心点，或除以宽和高的方式。"))


# %% [markdown] hint="coco_to_yolo" lang="en"
# Make two lookups first: category id → name (from `categories`) and image id → image (from
# `images`). The YOLO index is the position of the *name* in `classes`; never assume that
# `category_id - 1` is that position.

# %% [markdown] hint="coco_to_yolo" lang="zh"
# 先建两个查找表：类别编号 → 名称（来自 `categories`），图像编号 → 图像（来自 `images`）。YOLO 下标是
# *名称*在 `classes` 中的位置；不要想当然地认为 `category_id - 1` 就是这个位置。

# %% [markdown] hint="coco_to_yolo" lang="en"
# Start the result with an empty list for every image, then append the lines of each
# annotation to its image's list. The centre is the corner plus half the size.

# %% [markdown] hint="coco_to_yolo" lang="zh"
# 先给每张图像放一个空列表作为结果的起点，再把每条标注的行追加到它所属图像的列表里。中心点等于
# 左上角加上一半的尺寸。

# %% [markdown] lang="en"
# ## Task 5 · `yolo_to_boxes`: and back to pixels
#
# Complete `yolo_to_boxes(lines, width, height, classes)`: `lines` are the lines of one
# image's YOLO file (possibly with an empty line at the end), `width` and `height` the
# image's size in pixels. Return the list of boxes `{"x", "y", "w", "h", "label"}` in pixels
# (floats, top-left corner), in line order, with the label being the class name.

# %% [markdown] lang="zh"
# ## 任务 5 · `yolo_to_boxes`：再换算回像素
#
# 请补全 `yolo_to_boxes(lines, width, height, classes)`：`lines` 是一张图像的 YOLO 文件中的各行
# （末尾可能有空行），`width` 和 `height` 是图像的像素尺寸。返回像素单位的框列表
# `{"x", "y", "w", "h", "label"}`（浮点数，左上角坐标），顺序与行相同，label 为类别名称。

# %% answer="yolo_to_boxes"
def yolo_to_boxes(lines, width, height, classes):
    """Boxes {"x", "y", "w", "h", "label"} in pixels (top-left corner) from the YOLO `lines` of one image.

    由一张图像的 YOLO 行 `lines` 得到像素单位的框 {"x", "y", "w", "h", "label"}（左上角坐标）。
    """
    ### BEGIN SOLUTION
    boxes = []
    for line in lines:
        if not line.strip():
            continue
        index, cx, cy, w, h = line.split()
        w_px, h_px = float(w) * width, float(h) * height
        boxes.append({"x": float(cx) * width - w_px / 2, "y": float(cy) * height - h_px / 2,
                      "w": w_px, "h": h_px, "label": classes[int(index)]})
    return boxes
    ### END SOLUTION


# %% tests="yolo_to_boxes" points=2 assesses="L5.2.2"
_yb = lambda: yolo_to_boxes(["1 0.150000 0.400000 0.200000 0.200000", ""], 200, 100, ["circle", "square"])
check("yolo_to_boxes",
      expect(lambda: len(_yb()) == 1 and _yb()[0]["label"] == "square",
             en="One box of class square here (index 1); an empty line holds no box.",
             zh="这里只有一个类别为 square（下标 1）的框；空行不包含框。"),
      expect(lambda: all(abs(_yb()[0][k] - v) < 1e-6 for k, v in {"x": 10, "y": 30, "w": 40, "h": 20}.items()),
             en="In pixels the box is x=10, y=30, w=40, h=20: multiply by the image size and move from centre to corner.",
             zh="换算成像素后框应为 x=10、y=30、w=40、h=20：乘以图像尺寸，并从中心点换算到左上角。"))
### BEGIN HIDDEN TESTS
import random as _yb_random
from course import submit
_yb_rng = _yb_random.Random(23)
_yb_classes = ["person", "car", "bike", "sign"]
_yb_cases = []
for _yb_k in range(4):
    _yb_size = _yb_rng.choice([(640, 480), (1920, 1080), (100, 300)])
    _yb_lines = [f"{_yb_rng.randrange(4)} {_yb_rng.uniform(0.1, 0.9):.6f} {_yb_rng.uniform(0.1, 0.9):.6f} "
                 f"{_yb_rng.uniform(0.01, 0.2):.6f} {_yb_rng.uniform(0.01, 0.2):.6f}" for _ in range(_yb_k + 1)]
    _yb_cases.append(yolo_to_boxes(_yb_lines + ["  "], _yb_size[0], _yb_size[1], _yb_classes))
submit("yolo_to_boxes", boxes=[[{k: (str(b[k]) if k == "label" else float(b[k])) for k in ("x", "y", "w", "h", "label")}
                                for b in _case] for _case in _yb_cases])
### END HIDDEN TESTS


# %% judge="yolo_to_boxes"
import random


def expected_boxes():
    rng = random.Random(23)
    classes = ["person", "car", "bike", "sign"]
    cases = []
    for k in range(4):
        width, height = rng.choice([(640, 480), (1920, 1080), (100, 300)])
        boxes = []
        for _ in range(k + 1):
            index = rng.randrange(4)
            cx, cy = float(f"{rng.uniform(0.1, 0.9):.6f}"), float(f"{rng.uniform(0.1, 0.9):.6f}")
            w, h = float(f"{rng.uniform(0.01, 0.2):.6f}"), float(f"{rng.uniform(0.01, 0.2):.6f}")
            boxes.append({"x": cx * width - w * width / 2, "y": cy * height - h * height / 2,
                          "w": w * width, "h": h * height, "label": classes[index]})
        cases.append(boxes)
    return cases


def judge(answer, gold):
    return all_of(
        rule(same(answer["boxes"], expected_boxes(), rel=1e-9, abs=1e-6),
             en="On other YOLO files (several image sizes, a blank last line), some boxes are wrong: check the "
                "class name, the move from centre to corner, and width versus height.",
             zh="在其他 YOLO 文件上（图像尺寸各异、最后一行是空白），有些框不对：检查类别名称、从中心点到"
                "左上角的换算，以及宽和高有没有弄反。"))


# %% [markdown] hint="yolo_to_boxes" lang="en"
# Skip lines that are empty or only spaces (`line.strip()` is then empty). Each other line
# splits into five parts; the first is the class index, a whole number.

# %% [markdown] hint="yolo_to_boxes" lang="zh"
# 跳过空行和只含空格的行（这时 `line.strip()` 为空）。其余每行切分后有五部分，第一部分是类别下标，
# 是一个整数。

# %% [markdown] lang="en"
# ## Task 6 · `span_table`: entity spans from JSONL
#
# Entity labeling (span tagging) is exported as JSONL in the style of the doccano platform:
# one line per text, `{"id": …, "text": …, "label": [[start, end, type], …]}` with character
# offsets, end excluded. In Python a Chinese character is one character, so
# `text[start:end]` is the tagged words. Looking at those words is the fastest check that
# offsets were exported right.
#
# Complete `span_table(jsonl_text)`: return a DataFrame with the columns `item`, `start`,
# `end`, `label` and `surface` (the tagged words, `text[start:end]`), one row per span, in the
# order of the lines and of the spans within a line. Texts without spans add no row; empty
# lines are skipped. The index is 0, 1, 2, …

# %% [markdown] lang="zh"
# ## 任务 6 · `span_table`：从 JSONL 中读取实体片段
#
# 实体标注（片段标注）常以 doccano 平台风格的 JSONL 导出：每个文本一行，
# `{"id": …, "text": …, "label": [[start, end, type], …]}`，偏移量按字符计，不包含 end。在 Python 中
# 一个汉字就是一个字符，所以 `text[start:end]` 就是被标注的词语。看一眼这些词语，是检查偏移量
# 导出是否正确的最快方法。
#
# 请补全 `span_table(jsonl_text)`：返回一个 DataFrame，列为 `item`、`start`、`end`、`label` 和
# `surface`（被标注的词语，即 `text[start:end]`），每个片段一行，顺序与行的顺序以及行内片段的顺序
# 一致。没有片段的文本不产生行；空行跳过。索引为 0, 1, 2, …

# %% answer="span_table"
def span_table(jsonl_text):
    """One row per span: item, start, end, label, surface (= text[start:end]), in file order, index 0..n-1.

    每个片段一行：item、start、end、label、surface（= text[start:end]），按文件顺序，索引为 0..n-1。
    """
    ### BEGIN SOLUTION
    rows = []
    for line in jsonl_text.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for start, end, label in record["label"]:
            rows.append({"item": record["id"], "start": start, "end": end, "label": label,
                         "surface": record["text"][start:end]})
    return pd.DataFrame(rows, columns=["item", "start", "end", "label", "surface"])
    ### END SOLUTION


# %% tests="span_table" points=2 assesses="L5.2.2"
_st_text = ('{"id": "t1", "text": "张伟在北京工作。", "label": [[0, 2, "PER"], [3, 5, "LOC"]]}\n'
            '{"id": "t2", "text": "No names here.", "label": []}\n')
check("span_table",
      expect(lambda: list(span_table(_st_text).columns) == ["item", "start", "end", "label", "surface"],
             en="The columns should be item, start, end, label and surface, in this order.",
             zh="列应依次为 item、start、end、label 和 surface。"),
      expect(lambda: span_table(_st_text)["surface"].tolist() == ["张伟", "北京"],
             en="The surfaces here are 张伟 and 北京 (text[start:end]); t2 has no span and adds no row.",
             zh="这里的 surface 应为“张伟”和“北京”（text[start:end]）；t2 没有片段，不产生行。"),
      expect(lambda: span_table(_st_text)["label"].tolist() == ["PER", "LOC"]
             and span_table(_st_text)["start"].tolist() == [0, 3],
             en="Keep each span's label and offsets as they are in the file.",
             zh="每个片段的标签和偏移量要与文件中的一致。"))
### BEGIN HIDDEN TESTS
from course import submit
_st_other = "\n".join([
    json.dumps({"id": "a7", "text": "李娜😀下周去上海出差，找王芳。", "label": [[12, 14, "PER"], [0, 2, "PER"], [6, 8, "LOC"]]},
               ensure_ascii=False),
    "",
    json.dumps({"id": "a8", "text": "Alice met Bob in Paris.", "label": [[17, 22, "LOC"]]}),
    json.dumps({"id": "a9", "text": "空的", "label": []}, ensure_ascii=False),
    json.dumps({"id": "a10", "text": "腾讯在深圳", "label": [[0, 2, "ORG"], [3, 5, "LOC"]]}, ensure_ascii=False),
]) + "\n"
_st_out = span_table(_st_other)
submit("span_table", rows=[[str(r[0]), int(r[1]), int(r[2]), str(r[3]), str(r[4])]
                           for r in _st_out[["item", "start", "end", "label", "surface"]].itertuples(index=False)],
       index=[int(v) for v in _st_out.index])
### END HIDDEN TESTS


# %% judge="span_table"
EXPECTED = [["a7", 12, 14, "PER", "王芳"], ["a7", 0, 2, "PER", "李娜"], ["a7", 6, 8, "LOC", "上海"],
            ["a8", 17, 22, "LOC", "Paris"], ["a10", 0, 2, "ORG", "腾讯"], ["a10", 3, 5, "LOC", "深圳"]]


def judge(answer, gold):
    return all_of(
        rule(answer["rows"] == EXPECTED,
             en="On another export (an emoji in the text, an empty line, a text without spans, spans not sorted), "
                "some rows are wrong or in another order.",
             zh="在另一个导出文件上（文本中有表情符号、有空行、有没有片段的文本、片段未排序），有些行不对或"
                "顺序不对。"),
        rule(answer["index"] == list(range(len(EXPECTED))),
             en="The index should be 0, 1, 2, …", zh="索引应为 0, 1, 2, …"))


# %% [markdown] hint="span_table" lang="en"
# Read the text line by line with `json.loads`; each line's `"label"` is a list of
# `[start, end, type]` triples. Collect one small dictionary per span in a list, then make
# the DataFrame once at the end, naming the columns (so it has them even with no spans).

# %% [markdown] hint="span_table" lang="zh"
# 用 `json.loads` 逐行读取；每行的 `"label"` 是 `[start, end, type]` 三元组的列表。每个片段收集为
# 一个小字典放进列表，最后一次性创建 DataFrame，并写明列名（这样即使没有片段也有这些列）。

# %% [markdown] lang="en"
# ## Written question · what the numbers say
#
# Run `class_balance(team)` and `per_annotator(team)` on the team's export (below). Write a
# short report for the model team (4 to 6 sentences): what the class balance means for
# training and evaluation, what you notice in the per-annotator table, and one concrete
# step you would take before the data is used.

# %% [markdown] lang="zh"
# ## 简答题 · 这些数字说明了什么
#
# 对团队的导出数据运行 `class_balance(team)` 和 `per_annotator(team)`（见下方）。给模型团队写一份
# 简短报告（4 到 6 句）：类别分布对训练和评估意味着什么；你在“标注员统计表”里注意到了什么；
# 在数据使用之前，你会采取的一个具体措施。

# %%
try:
    print(per_annotator(team))
except Exception as error:  # not written yet
    print("per_annotator:", type(error).__name__)

# %% [markdown] manual="balance_report" points=2 assesses="L5.2.2"
# **Model answer.** The classes are imbalanced: 物流 about 36 % of the labels, 质量 26 %,
# 服务 20 %, 价格 13 % and 其他 only about 6 % (23 labels). A model can reach a high accuracy
# while missing 其他 entirely, so evaluation should use macro-F1 or per-class recall and a
# stratified split, and training may need class weights or more 其他 examples. wang_fang
# labeled all 200 messages (half the rows) and the other three about 67 each, so her
# habits weigh most; the annotators' class mixes differ (e.g. zhang_wei uses 服务 and 质量
# less than the others), which may come from the messages they got or from reading the
# guideline differently. Step: compute agreement between wang_fang and each second
# annotator on the shared messages (Cohen's kappa) and review disagreements before
# training; collect or label more 其他 messages.
#
# **Rubric (2 points).** 1 point: names the imbalance (rare 其他) with a consequence for
# training or evaluation (accuracy misleading, stratify, weights, more data). 1 point: a
# correct observation from the annotator table (workload of wang_fang, differing mixes)
# and one concrete, sensible step (agreement check, review, rebalancing, more data).

# %% [markdown] lang="en"
# ## What you did
#
# You counted classes and annotators, and converted labels between the formats the field
# uses: CSV tables, JSON Lines, COCO, YOLO and span JSONL. The widgets of the other labeling
# lessons export the same formats (`export_csv`, `export_json`, `export_coco`,
# `export_yolo`, `export_spans_jsonl`), and `course.widgets.formats` has readers for them.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你统计了类别和标注员，并在业内常用的格式之间转换了标签：CSV 表格、JSON Lines、COCO、YOLO 和片段
# JSONL。其他标注课程里的控件也能导出这些格式（`export_csv`、`export_json`、`export_coco`、
# `export_yolo`、`export_spans_jsonl`），`course.widgets.formats` 中也有读取它们的函数。
