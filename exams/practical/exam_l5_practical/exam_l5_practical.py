# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: exam_l5_practical
#     level: 5
#     title: {en: Level 5 practical paper (mock), zh: 五级操作技能模拟试卷}
#     datasets: [exam_l5_practical/tea_orders_raw.csv, exam_l5_practical/tea_comments.csv, exam_l5_practical/labeled_batch.csv, exam_l5_practical/system_status.csv, exam_l5_practical/parts/part_01.png, exam_l5_practical/parts/part_02.png, exam_l5_practical/parts/part_03.png, exam_l5_practical/parts/part_04.png, exam_l5_practical/parts/part_05.png, exam_l5_practical/parts/part_06.png, exam_l5_practical/parts/part_07.png, exam_l5_practical/parts/part_08.png]
#     gold: [exam_l5_practical/tea_comments_gold.csv, exam_l5_practical/parts_gold.csv]
# ---

# %% [markdown] lang="en"
# # AI Trainer, Level 5: practical paper (mock) · 120 minutes · 100 points
#
# **Background.** An online tea shop is starting an AI project. You are its new data
# labeler. Your files: `tea_orders_raw.csv` (an order export), `tea_comments.csv` (customer
# comments to label), `part_01.png` … `part_08.png` (photos of cup lids from the packing
# line), `labeled_batch.csv` (a labeled batch to summarise) and `system_status.csv` (the
# labeling platform's status checks, every 5 minutes).
#
# **How to answer.** Each task gives code with blanks `______`. Replace every blank with
# your code; **do not change the other code** (locked cells are restored before grading and
# changes to them are recorded). Each task writes files with fixed names; only those are
# scored. The cell after each task checks only the form of your files. There are no hints.
#
# | task | minutes | work content | marks |
# |---|---|---|---|
# | 1 Collect and clean the order data | 25 | collecting and processing business data | M1 (15), M2 (10) |
# | 2 Label comments to the spec | 20 | labeling raw data | M3 (15) |
# | 3 Label images to the spec | 20 | labeling raw data | M4 (15) |
# | 4 Label statistics | 20 | classifying and summarising labeled data | M5 (15) |
# | 5 System operation and the maintenance record | 25 | basic system operation | M6 (20), M7 (10) |
#
# **Scoring table.** M1 `cleaned_orders.csv`: no duplicate order, city names trimmed, a
# missing quantity recorded as 1 · M2 `daily_revenue.csv`: revenue per day · M3
# `comment_labels.csv`: at least 11 of 12 comments labeled as the spec says (9 for half
# marks) · M4 `image_labels.csv`: all 8 lids right (7 for half marks) · M5 `label_stats.csv`:
# count and share per label · M6 `maintenance_record.csv`: incidents and minutes down per
# service · M7 a short maintenance note (marked by hand).

# %% [markdown] lang="zh"
# # 人工智能训练师五级：操作技能模拟试卷 · 120 分钟 · 100 分
#
# **背景。** 一家网上茶叶店启动了人工智能项目，你是新来的数据标注员。你的文件：`tea_orders_raw.csv`（订单导出数据）、
# `tea_comments.csv`（待标注的客户评论）、`part_01.png` … `part_08.png`（包装线上杯盖的照片）、`labeled_batch.csv`
# （待统计的已标注批次）和 `system_status.csv`（标注平台每 5 分钟一次的状态检查）。
#
# **作答方式。** 每个任务给出含有空白 `______` 的代码。把每个空白替换为你的代码；**不要修改其他代码**（锁定的单元格在
# 评分前会被恢复，修改会被记录）。每个任务按固定文件名输出文件，只对这些文件评分。每个任务之后的单元格只检查文件的形式。
# 本试卷没有提示。
#
# | 任务 | 分钟 | 工作内容 | 评分项 |
# |---|---|---|---|
# | 1 采集并清洗订单数据 | 25 | 业务数据采集与处理 | M1（15）、M2（10） |
# | 2 按规范标注评论 | 20 | 原始数据标注 | M3（15） |
# | 3 按规范标注图像 | 20 | 原始数据标注 | M4（15） |
# | 4 标注统计 | 20 | 标注后数据分类与统计 | M5（15） |
# | 5 系统操作与维护记录 | 25 | 智能系统基础操作与维护记录 | M6（20）、M7（10） |
#
# **评分表。** M1 `cleaned_orders.csv`：没有重复订单，城市名已去空格，缺失数量记为 1 · M2 `daily_revenue.csv`：
# 每天的销售额 · M3 `comment_labels.csv`：12 条评论中至少 11 条按规范标注正确（9 条得一半分）· M4 `image_labels.csv`：
# 8 个杯盖全部正确（7 个得一半分）· M5 `label_stats.csv`：每个标签的数量和占比 · M6 `maintenance_record.csv`：
# 每项服务的故障次数和停机分钟数 · M7 一段简短的维护说明（人工评分）。

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from PIL import Image
from course import check, expect


def file_has_columns(name, columns):
    """Whether `name` exists and its header has exactly `columns` (a form check, not a score)."""
    return Path(name).exists() and list(pd.read_csv(name, nrows=0).columns) == columns


# %% [markdown] lang="en"
# ## Task 1 · Collect and clean the order data (25 minutes, M1, M2)
#
# Clean the export to the shop's rules: an order appears once (keep its first row); city
# names have no spaces around them; a missing quantity means 1 item. Then add up the revenue
# (quantity × unit price) per order date. **Skill:** load, clean and summarise business
# data with pandas. **Quality:** no duplicate, no missing quantity, revenue exact.

# %% [markdown] lang="zh"
# ## 任务 1 · 采集并清洗订单数据（25 分钟，M1、M2）
#
# 按店铺规则清洗导出数据：每个订单只出现一次（保留第一行）；城市名前后没有空格；缺失的数量表示 1 件。然后按下单日期汇总
# 销售额（数量 × 单价）。**技能要求：** 用 pandas 读取、清洗和汇总业务数据。**质量指标：** 无重复、无缺失数量、销售额准确。

# %%
orders = pd.read_csv("tea_orders_raw.csv")
print(f"{len(orders)} rows exported")

# %% answer="m1_clean"
def clean_orders(raw):
    """The export cleaned to the shop's rules. 按店铺规则清洗后的订单。"""
    data = raw.copy()
    ### BEGIN SOLUTION
    data = data.drop_duplicates(subset="order_id", keep="first")
    data["city"] = data["city"].str.strip()
    data["quantity"] = data["quantity"].fillna(1)
    ### END SOLUTION
    return data.reset_index(drop=True)


# %%
cleaned = clean_orders(orders)
cleaned.to_csv("cleaned_orders.csv", index=False)

# %% tests="m1_clean" points=15 assesses="L5.1.1,L5.1.2"
check("m1_clean",
      expect(lambda: file_has_columns("cleaned_orders.csv", list(orders.columns)),
             en="cleaned_orders.csv is missing or its columns are not the export's.",
             zh="cleaned_orders.csv 不存在，或其列与导出数据不同。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m1_clean", cleaned=pd.read_csv("cleaned_orders.csv", dtype={"order_id": str, "city": str, "order_date": str}))
### END HIDDEN TESTS


# %% judge="m1_clean"
import pandas as pd


def judge(answer, gold):
    raw = pd.read_csv(gold / "tea_orders_raw.csv", dtype={"order_id": str, "city": str, "order_date": str})
    expected = raw.drop_duplicates("order_id").assign(city=lambda d: d["city"].str.strip(),
                                                      quantity=lambda d: d["quantity"].fillna(1))
    got = answer["cleaned"]
    merged = expected.merge(got, on="order_id", suffixes=("", "_got"))
    return all_of(
        rule(len(got) == len(expected) and not got["order_id"].duplicated().any(),
             en="Some orders are duplicated or missing.", zh="有订单重复或缺失。"),
        rule(len(merged) == len(expected) and (merged["city"] == merged["city_got"]).all(),
             en="City names are not trimmed.", zh="城市名没有去掉空格。"),
        rule(len(merged) == len(expected) and (merged["quantity"] == merged["quantity_got"]).all(),
             en="Quantities are not right (a missing quantity is 1).", zh="数量不对（缺失的数量记为 1）。"))


# %% answer="m2_revenue"
cleaned["revenue"] = cleaned["quantity"] * cleaned["unit_price"]
daily = (
    ### BEGIN SOLUTION
    cleaned.groupby("order_date", as_index=False)["revenue"].sum().sort_values("order_date")
    ### END SOLUTION
)

# %%
daily.to_csv("daily_revenue.csv", index=False)
daily

# %% tests="m2_revenue" points=10 assesses="L5.1.2"
check("m2_revenue",
      expect(lambda: file_has_columns("daily_revenue.csv", ["order_date", "revenue"]),
             en="daily_revenue.csv is missing or its columns are not order_date, revenue.",
             zh="daily_revenue.csv 不存在，或其列不是 order_date、revenue。"))
### BEGIN HIDDEN TESTS
from course import submit
_m2 = pd.read_csv("daily_revenue.csv", dtype={"order_date": str})
submit("m2_revenue", revenue={str(d): float(r) for d, r in zip(_m2["order_date"], _m2["revenue"])})
### END HIDDEN TESTS


# %% judge="m2_revenue"
import pandas as pd


def judge(answer, gold):
    raw = pd.read_csv(gold / "tea_orders_raw.csv", dtype={"order_id": str, "order_date": str})
    data = raw.drop_duplicates("order_id").assign(quantity=lambda d: d["quantity"].fillna(1))
    expected = (data["quantity"] * data["unit_price"]).groupby(data["order_date"]).sum()
    got = answer["revenue"]
    return all_of(rule(set(got) == set(expected.index) and all(abs(got[d] - expected[d]) < 1e-6 for d in expected.index),
                       en="The revenue of some day is not right.", zh="部分日期的销售额不正确。"))


# %% [markdown] lang="en"
# ## Task 2 · Label comments to the spec (20 minutes, M3)
#
# **Spec.** `positive`: the customer is pleased with the tea, the packaging or the service.
# `negative`: the customer reports a problem or is unhappy. `neutral`: a question, or a
# plain statement of fact without an opinion. Label every comment below by its id.
# **Skill:** label text to a written spec. **Quality:** 11 of 12 right.

# %% [markdown] lang="zh"
# ## 任务 2 · 按规范标注评论（20 分钟，M3）
#
# **规范。** `positive`：客户对茶叶、包装或服务感到满意。`negative`：客户反映问题或不满意。`neutral`：提问，或不带观点的
# 事实陈述。按编号标注下面的每条评论。**技能要求：** 按书面规范标注文本。**质量指标：** 12 条中 11 条正确。

# %%
comments = pd.read_csv("tea_comments.csv")
comments

# %% answer="m3_comments"
COMMENT_LABELS = {
    ### BEGIN SOLUTION
    "C01": "positive", "C02": "negative", "C03": "neutral", "C04": "positive", "C05": "negative", "C06": "neutral",
    "C07": "positive", "C08": "negative", "C09": "neutral", "C10": "positive", "C11": "negative", "C12": "neutral",
    ### END SOLUTION
}

# %%
pd.DataFrame({"comment_id": list(COMMENT_LABELS), "label": list(COMMENT_LABELS.values())}).to_csv(
    "comment_labels.csv", index=False)

# %% tests="m3_comments" points=15 assesses="L5.2.1"
check("m3_comments",
      expect(lambda: file_has_columns("comment_labels.csv", ["comment_id", "label"]),
             en="comment_labels.csv is missing or its columns are not comment_id, label.",
             zh="comment_labels.csv 不存在，或其列不是 comment_id、label。"))
### BEGIN HIDDEN TESTS
from course import submit
_m3 = pd.read_csv("comment_labels.csv", dtype=str)
submit("m3_comments", labels={str(k): str(v) for k, v in zip(_m3["comment_id"], _m3["label"])})
### END HIDDEN TESTS


# %% judge="m3_comments"
import pandas as pd


def judge(answer, gold):
    truth = pd.read_csv(gold / "tea_comments_gold.csv").set_index("comment_id")["label"]
    right = sum(answer["labels"].get(item) == label for item, label in truth.items())
    return band(right, [(11, 1.0), (9, 0.5)], en="{value:.0f} of 12 comments labeled as the spec says.",
                zh="12 条评论中有 {value:.0f} 条按规范标注正确。")


# %% [markdown] lang="en"
# ## Task 3 · Label images to the spec (20 minutes, M4)
#
# **Spec.** `scratch`: a thin bright line across the lid. `dent`: a dark round blot. `ok`:
# neither. Look at the eight lids shown below and label each file. **Skill:** label images
# to a spec. **Quality:** all 8 right.

# %% [markdown] lang="zh"
# ## 任务 3 · 按规范标注图像（20 分钟，M4）
#
# **规范。** `scratch`：杯盖上有一条细亮线。`dent`：有一个深色圆斑。`ok`：两者都没有。查看下面的八个杯盖并标注每个文件。
# **技能要求：** 按规范标注图像。**质量指标：** 8 个全部正确。

# %%
images = [f"part_{n:02d}.png" for n in range(1, 9)]
figure, axes = plt.subplots(1, 8, figsize=(12, 2))
for axis, name in zip(axes, images):
    axis.imshow(np.asarray(Image.open(name)), cmap="gray", vmin=0, vmax=255)
    axis.set_title(name, fontsize=8)
    axis.axis("off")
plt.show()

# %% answer="m4_images"
IMAGE_LABELS = {
    ### BEGIN SOLUTION
    "part_01.png": "ok", "part_02.png": "scratch", "part_03.png": "dent", "part_04.png": "ok",
    "part_05.png": "dent", "part_06.png": "scratch", "part_07.png": "ok", "part_08.png": "scratch",
    ### END SOLUTION
}

# %%
pd.DataFrame({"image": list(IMAGE_LABELS), "label": list(IMAGE_LABELS.values())}).to_csv("image_labels.csv", index=False)

# %% tests="m4_images" points=15 assesses="L5.2.1"
check("m4_images",
      expect(lambda: file_has_columns("image_labels.csv", ["image", "label"]),
             en="image_labels.csv is missing or its columns are not image, label.",
             zh="image_labels.csv 不存在，或其列不是 image、label。"))
### BEGIN HIDDEN TESTS
from course import submit
_m4 = pd.read_csv("image_labels.csv", dtype=str)
submit("m4_images", labels={str(k): str(v) for k, v in zip(_m4["image"], _m4["label"])})
### END HIDDEN TESTS


# %% judge="m4_images"
import pandas as pd


def judge(answer, gold):
    truth = pd.read_csv(gold / "parts_gold.csv").set_index("image")["label"]
    right = sum(answer["labels"].get(image) == label for image, label in truth.items())
    return band(right, [(8, 1.0), (7, 0.5)], en="{value:.0f} of 8 lids labeled as the spec says.",
                zh="8 个杯盖中有 {value:.0f} 个按规范标注正确。")


# %% [markdown] lang="en"
# ## Task 4 · Label statistics (20 minutes, M5)
#
# Summarise `labeled_batch.csv`: per label, how many items carry it (`count`) and its
# share of all items (`share`, between 0 and 1), most frequent label first. **Skill:**
# classify and summarise labeled data. **Quality:** counts and shares exact; shares add up to 1.

# %% [markdown] lang="zh"
# ## 任务 4 · 标注统计（20 分钟，M5）
#
# 汇总 `labeled_batch.csv`：每个标签有多少条数据（`count`）以及占全部数据的比例（`share`，介于 0 和 1 之间），数量最多的
# 标签排在最前。**技能要求：** 对已标注数据分类统计。**质量指标：** 数量和占比准确；占比之和为 1。

# %%
batch = pd.read_csv("labeled_batch.csv")

# %% answer="m5_stats"
stats = batch["label"].value_counts().rename_axis("label").reset_index(name="count")
stats["share"] = (
    ### BEGIN SOLUTION
    stats["count"] / stats["count"].sum()
    ### END SOLUTION
)

# %%
stats.to_csv("label_stats.csv", index=False)
stats

# %% tests="m5_stats" points=15 assesses="L5.2.2,fundamentals"
check("m5_stats",
      expect(lambda: file_has_columns("label_stats.csv", ["label", "count", "share"]),
             en="label_stats.csv is missing or its columns are not label, count, share.",
             zh="label_stats.csv 不存在，或其列不是 label、count、share。"))
### BEGIN HIDDEN TESTS
from course import submit
_m5 = pd.read_csv("label_stats.csv")
submit("m5_stats", rows=[[str(l), int(c), float(s)] for l, c, s in zip(_m5["label"], _m5["count"], _m5["share"])])
### END HIDDEN TESTS


# %% judge="m5_stats"
import pandas as pd


def judge(answer, gold):
    counts = pd.read_csv(gold / "labeled_batch.csv")["label"].value_counts()
    expected = {label: (int(n), n / counts.sum()) for label, n in counts.items()}
    rows = answer["rows"]
    return all_of(
        rule(len(rows) == len(expected) and all(r[0] in expected and r[1] == expected[r[0]][0]
                                                and abs(r[2] - expected[r[0]][1]) < 1e-9 for r in rows),
             en="Some count or share is not right.", zh="部分数量或占比不正确。"),
        rule([r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True),
             en="The most frequent label should come first.", zh="数量最多的标签应排在最前。"))


# %% [markdown] lang="en"
# ## Task 5 · System operation and the maintenance record (25 minutes, M6, M7)
#
# The labeling platform checks each service every 5 minutes. An **incident** is a run of
# consecutive `down` checks of one service; each `down` check counts as 5 minutes down.
# Complete the record: per service, the number of incidents and the minutes down.
# **Skill:** operate the system and keep maintenance records. **Quality:** both figures
# exact for every service.

# %% [markdown] lang="zh"
# ## 任务 5 · 系统操作与维护记录（25 分钟，M6、M7）
#
# 标注平台每 5 分钟检查一次每项服务。一次**故障**是同一服务连续出现的若干次 `down` 检查；每次 `down` 检查计为停机 5 分钟。
# 补全维护记录：每项服务的故障次数和停机分钟数。**技能要求：** 操作系统并做好维护记录。**质量指标：** 每项服务的两个数字都准确。

# %%
status = pd.read_csv("system_status.csv").sort_values(["service", "checked_at"])
status["down"] = status["status"] == "down"
# a check starts an incident when it is down and the service's check before it was not
status["starts"] = status["down"] & ~status.groupby("service")["down"].shift(fill_value=False)

# %% answer="m6_record"
record = status.groupby("service").agg(
    ### BEGIN SOLUTION
    incidents=("starts", "sum"), down_minutes=("down", lambda d: 5 * int(d.sum())),
    ### END SOLUTION
).reset_index()

# %%
record.to_csv("maintenance_record.csv", index=False)
record

# %% tests="m6_record" points=20 assesses="L5.3.1"
check("m6_record",
      expect(lambda: file_has_columns("maintenance_record.csv", ["service", "incidents", "down_minutes"]),
             en="maintenance_record.csv is missing or its columns are not service, incidents, down_minutes.",
             zh="maintenance_record.csv 不存在，或其列不是 service、incidents、down_minutes。"))
### BEGIN HIDDEN TESTS
from course import submit
_m6 = pd.read_csv("maintenance_record.csv")
submit("m6_record", record={str(s): [int(i), int(m)] for s, i, m in zip(_m6["service"], _m6["incidents"], _m6["down_minutes"])})
### END HIDDEN TESTS


# %% judge="m6_record"
import pandas as pd


def judge(answer, gold):
    log = pd.read_csv(gold / "system_status.csv").sort_values(["service", "checked_at"])
    expected = {}
    for service, checks in log.groupby("service"):
        down = (checks["status"] == "down").tolist()
        starts = sum(1 for i, d in enumerate(down) if d and (i == 0 or not down[i - 1]))
        expected[service] = [starts, 5 * sum(down)]
    return all_of(rule(answer["record"] == expected, en="The incidents or minutes down of some service are not right.",
                       zh="部分服务的故障次数或停机分钟数不正确。"))


# %% [markdown] lang="en"
# **M7 (10 marks, marked by hand).** In the cell below, write the maintenance note for the
# shift log (30 to 100 words): which service was down, when and for how long, what you
# checked, and what you would report to the engineer on duty.

# %% [markdown] lang="zh"
# **M7（10 分，人工评分）。** 在下面的单元格中为交接班日志写一段维护说明（30 到 100 字）：哪项服务停机、何时、多久，
# 你检查了什么，以及你会向值班工程师报告什么。

# %% [markdown] manual="m7_note" points=10 assesses="L5.3.1"
# **Model answer.** 20 Nov: the labeling service was down twice, 09:10-09:30 and
# 13:00-13:15 (35 minutes in all); the export service was down once, 11:20-11:50 (30
# minutes). I checked the status page and that saved labels were kept after each restart.
# Reported to the engineer on duty: the repeated labeling outages, for a root-cause check.
#
# **Rubric (10 marks).** 4: services, times and durations right · 3: what was checked ·
# 3: a clear report or escalation.
