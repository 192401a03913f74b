# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: exam_l4_practical
#     level: 4
#     title: {en: Level 4 practical paper (mock), zh: 四级操作技能模拟试卷}
#     datasets: [exam_l4_practical/supplier_records.csv, exam_l4_practical/tickets.csv, exam_l4_practical/two_annotators.csv, exam_l4_practical/service_metrics.csv]
#     gold: [exam_l4_practical/tickets_gold.csv]
# ---

# %% [markdown] lang="en"
# # AI Trainer, Level 4: practical paper (mock) · 120 minutes · 100 points
#
# **Background.** A parcel company is preparing data for a sorting model and a support-ticket
# router, and runs the sorting model in production. You are the data team's Level 4
# trainer. Your files: `supplier_records.csv` (a supplier's parcel records),
# `tickets.csv` (support tickets), `two_annotators.csv` (the same parcels labeled by two
# annotators) and `service_metrics.csv` (72 hours of the sorting service's metrics).
#
# **How to answer.** Each task gives code with blanks `______`. Replace every blank with
# your code; **do not change the other code** (locked cells are restored before grading and
# changes to them are recorded). Each task writes files with fixed names; only those are
# scored. The cell after each task checks only the form of your files. There are no hints.
#
# | task | minutes | work content | marks |
# |---|---|---|---|
# | 1 Data quality check | 25 | checking data quality, improving processing | M1 (10), M2 (15) |
# | 2 Class definitions and a labeling spec | 30 | defining classes and label schemas | M3 (20), M4 (10) |
# | 3 Label audit with agreement statistics | 30 | reviewing labeled data | M5 (15), M6 (10) |
# | 4 System maintenance and alert rules | 25 | system maintenance and optimisation | M7 (20) |
#
# **Scoring table.** M1 `quality_report.csv`: missing rate per column · M2
# `quality_summary.txt`: repeated records, impossible dates and negative weights counted ·
# M3 `ticket_classes.csv`: your keyword spec classifies at least 22 of 24 tickets right (19
# for half marks) · M4 the definition of a borderline case (marked by hand) · M5
# `agreement.txt`: percent agreement and Cohen's kappa · M6 `adjudicate.csv`: exactly the
# items the annotators disagree on · M7 `alerts.csv`: exactly the hours the alert rules flag.

# %% [markdown] lang="zh"
# # 人工智能训练师四级：操作技能模拟试卷 · 120 分钟 · 100 分
#
# **背景。** 一家快递公司正在为分拣模型和客服工单分派准备数据，分拣模型已在生产环境运行。你是数据团队的四级训练师。
# 你的文件：`supplier_records.csv`（供应商的包裹记录）、`tickets.csv`（客服工单）、`two_annotators.csv`（两名标注员
# 标注的同一批包裹）和 `service_metrics.csv`（分拣服务 72 小时的指标）。
#
# **作答方式。** 每个任务给出含有空白 `______` 的代码。把每个空白替换为你的代码；**不要修改其他代码**（锁定的单元格在
# 评分前会被恢复，修改会被记录）。每个任务按固定文件名输出文件，只对这些文件评分。每个任务之后的单元格只检查文件的形式。
# 本试卷没有提示。
#
# | 任务 | 分钟 | 工作内容 | 评分项 |
# |---|---|---|---|
# | 1 数据质量检验 | 25 | 业务数据质量检验、数据处理方法优化 | M1（10）、M2（15） |
# | 2 类别定义与标注规范 | 30 | 数据归类和定义 | M3（20）、M4（10） |
# | 3 标注审核与一致性统计 | 30 | 标注数据审核 | M5（15）、M6（10） |
# | 4 系统维护与告警规则 | 25 | 智能系统维护与优化 | M7（20） |
#
# **评分表。** M1 `quality_report.csv`：每列的缺失率 · M2 `quality_summary.txt`：重复记录、不可能的日期和负重量的计数 ·
# M3 `ticket_classes.csv`：你的关键词规范把 24 张工单中至少 22 张分对（19 张得一半分）· M4 边界情况的定义（人工评分）·
# M5 `agreement.txt`：一致率和 Cohen's kappa · M6 `adjudicate.csv`：恰好是标注员意见不一致的条目 · M7 `alerts.csv`：
# 恰好是告警规则标记的小时。

# %%
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score
from course import check, expect


def file_has_columns(name, columns):
    """Whether `name` exists and its header has exactly `columns` (a form check, not a score)."""
    return Path(name).exists() and list(pd.read_csv(name, nrows=0).columns) == columns


# %% [markdown] lang="en"
# ## Task 1 · Data quality check (25 minutes, M1, M2)
#
# Check the supplier's file before anyone uses it. Report the **missing rate** of every
# column (share of empty cells), and count three problems over all rows of the file:
# **repeated records** (a row whose `record_id` appeared in an earlier row), **impossible
# dates** (`shipped_on` not a real `YYYY-MM-DD` date) and **negative weights**. **Skill:**
# check business data quality. **Quality:** every figure exact.

# %% [markdown] lang="zh"
# ## 任务 1 · 数据质量检验（25 分钟，M1、M2）
#
# 在任何人使用之前检查供应商的文件。报告每一列的**缺失率**（空单元格所占比例），并在文件的全部行上统计三类问题：
# **重复记录**（`record_id` 在前面的行中已出现过的行）、**不可能的日期**（`shipped_on` 不是真实的 `YYYY-MM-DD` 日期）和
# **负重量**。**技能要求：** 检验业务数据质量。**质量指标：** 每个数字都准确。

# %%
records = pd.read_csv("supplier_records.csv", dtype={"record_id": str, "postcode": str, "shipped_on": str})

# %% answer="m1_missing"
missing_rate = (
    ### BEGIN SOLUTION
    records.isna().mean()
    ### END SOLUTION
)

# %%
missing_rate.rename_axis("column").reset_index(name="missing_rate").to_csv("quality_report.csv", index=False)

# %% tests="m1_missing" points=10 assesses="L4.1.1"
check("m1_missing",
      expect(lambda: file_has_columns("quality_report.csv", ["column", "missing_rate"]),
             en="quality_report.csv is missing or its columns are not column, missing_rate.",
             zh="quality_report.csv 不存在，或其列不是 column、missing_rate。"))
### BEGIN HIDDEN TESTS
from course import submit
_m1 = pd.read_csv("quality_report.csv")
submit("m1_missing", rates={str(c): float(r) for c, r in zip(_m1["column"], _m1["missing_rate"])})
### END HIDDEN TESTS


# %% judge="m1_missing"
import pandas as pd


def judge(answer, gold):
    raw = pd.read_csv(gold / "supplier_records.csv", dtype=str)
    expected = raw.isna().mean()
    got = answer["rates"]
    return all_of(rule(set(got) == set(expected.index) and all(abs(got[c] - expected[c]) < 1e-9 for c in expected.index),
                       en="The missing rate of some column is not right.", zh="部分列的缺失率不正确。"))


# %% answer="m2_problems"
repeated = (
    ### BEGIN SOLUTION
    int(records["record_id"].duplicated().sum())
    ### END SOLUTION
)
impossible_dates = (
    ### BEGIN SOLUTION
    int(pd.to_datetime(records["shipped_on"], format="%Y-%m-%d", errors="coerce").isna().sum())
    ### END SOLUTION
)
negative_weights = (
    ### BEGIN SOLUTION
    int((records["weight_kg"] < 0).sum())
    ### END SOLUTION
)

# %%
Path("quality_summary.txt").write_text(f"repeated={repeated}\nimpossible_dates={impossible_dates}\n"
                                       f"negative_weights={negative_weights}\n", encoding="utf-8")

# %% tests="m2_problems" points=15 assesses="L4.1.1,L4.1.2"
check("m2_problems",
      expect(lambda: Path("quality_summary.txt").exists() and "repeated=" in Path("quality_summary.txt").read_text(encoding="utf-8"),
             en="quality_summary.txt is missing or has no repeated line.", zh="quality_summary.txt 不存在或缺少 repeated 一行。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m2_problems", text=Path("quality_summary.txt").read_text(encoding="utf-8"))
### END HIDDEN TESTS


# %% judge="m2_problems"
import pandas as pd


def judge(answer, gold):
    raw = pd.read_csv(gold / "supplier_records.csv", dtype={"record_id": str, "shipped_on": str, "postcode": str})
    expected = {"repeated": str(int(raw["record_id"].duplicated().sum())),
                "impossible_dates": str(int(pd.to_datetime(raw["shipped_on"], format="%Y-%m-%d", errors="coerce").isna().sum())),
                "negative_weights": str(int((raw["weight_kg"] < 0).sum()))}
    got = dict(line.split("=", 1) for line in answer["text"].splitlines() if "=" in line)
    return all_of(*[rule(got.get(name) == value, en=f"The count of {name} is not right.", zh=f"{name} 的计数不正确。")
                    for name, value in expected.items()])


# %% [markdown] lang="en"
# ## Task 2 · Class definitions and a labeling spec (30 minutes, M3, M4)
#
# Support tickets go to four teams: `billing` (charges, invoices, refunds, payments,
# receipts, fees, prices), `delivery` (where a parcel is, tracking, late, lost or damaged
# parcels), `account` (logging in, passwords, account details) and `other`. Write the spec
# as keywords per class; the given code applies it to the lower-cased ticket text, checking
# `billing`, then `delivery`, then `account`, and gives `other` when no keyword matches.
# **Skill:** define classes and write a spec others can apply. **Quality:** 22 of 24
# tickets routed right.

# %% [markdown] lang="zh"
# ## 任务 2 · 类别定义与标注规范（30 分钟，M3、M4）
#
# 客服工单分给四个团队：`billing`（扣费、发票、退款、付款、收据、手续费、价格）、`delivery`（包裹在哪、物流跟踪、延误、
# 丢失或损坏的包裹）、`account`（登录、密码、账户信息）和 `other`。把规范写成每个类别的关键词（英文小写）；给定代码把它
# 用于转成小写的工单文本，依次检查 `billing`、`delivery`、`account`，都不匹配时归为 `other`。**技能要求：** 定义类别并
# 编写他人可执行的规范。**质量指标：** 24 张工单中 22 张分派正确。

# %%
tickets = pd.read_csv("tickets.csv")
tickets

# %% answer="m3_spec"
SPEC = {
    ### BEGIN SOLUTION
    "billing": ["charged", "charge", "invoice", "refund", "payment", "receipt", "fee", "price"],
    "delivery": ["parcel", "tracking", "delivery", "delivered", "courier"],
    "account": ["account", "log in", "password"],
    ### END SOLUTION
}

# %%
def route(text, spec):
    """The class of one ticket under the spec. 按规范确定一张工单的类别。"""
    lowered = text.lower()
    for name in ("billing", "delivery", "account"):
        if any(keyword in lowered for keyword in spec.get(name, [])):
            return name
    return "other"


tickets.assign(**{"class": tickets["text"].map(lambda t: route(t, SPEC))})[["ticket_id", "class"]].to_csv(
    "ticket_classes.csv", index=False)

# %% tests="m3_spec" points=20 assesses="L4.2.1"
check("m3_spec",
      expect(lambda: file_has_columns("ticket_classes.csv", ["ticket_id", "class"]),
             en="ticket_classes.csv is missing or its columns are not ticket_id, class.",
             zh="ticket_classes.csv 不存在，或其列不是 ticket_id、class。"))
### BEGIN HIDDEN TESTS
from course import submit
_m3 = pd.read_csv("ticket_classes.csv", dtype=str)
submit("m3_spec", classes={str(k): str(v) for k, v in zip(_m3["ticket_id"], _m3["class"])})
### END HIDDEN TESTS


# %% judge="m3_spec"
import pandas as pd


def judge(answer, gold):
    truth = pd.read_csv(gold / "tickets_gold.csv").set_index("ticket_id")["class"]
    right = sum(answer["classes"].get(ticket) == label for ticket, label in truth.items())
    return band(right, [(22, 1.0), (19, 0.5)], en="{value:.0f} of 24 tickets routed to the right team.",
                zh="24 张工单中有 {value:.0f} 张分派到了正确的团队。")


# %% [markdown] lang="en"
# **M4 (10 marks, marked by hand).** Ticket K07 reads "Refund the fee for the late
# delivery". Which class does it belong to, and why? Write the rule you would add to the
# spec so that every labeler decides such tickets the same way, with one more example.

# %% [markdown] lang="zh"
# **M4（10 分，人工评分）。** 工单 K07 写着“Refund the fee for the late delivery”（退还延误配送的费用）。它属于哪个类别，
# 为什么？写出你会加入规范的规则，使每位标注员对这类工单作出相同判断，并再举一个例子。

# %% [markdown] manual="m4_borderline" points=10 assesses="L4.2.1"
# **Model answer.** `billing`: the customer asks for money back; the late delivery is only
# the reason. Rule: "When a ticket asks for a refund, a charge to be reversed or a fee to be
# waived, label it `billing`, whatever caused it." Example: "Parcel lost, please refund the
# postage" is `billing`.
#
# **Rubric (10 marks).** 3: `billing` · 3: the reason (the request decides, not the
# cause) · 2: a rule written so others can apply it · 2: a fitting example.

# %% [markdown] lang="en"
# ## Task 3 · Label audit with agreement statistics (30 minutes, M5, M6)
#
# Two annotators labeled the same 60 parcels `normal`, `fragile` or `oversize`. Compute the
# **percent agreement** (share of items with the same label) and **Cohen's kappa**, then
# list the items they disagree on for an expert to adjudicate. **Skill:** audit labeled
# data with agreement statistics. **Quality:** both figures to 4 decimals; the list exact.

# %% [markdown] lang="zh"
# ## 任务 3 · 标注审核与一致性统计（30 分钟，M5、M6）
#
# 两名标注员把同样的 60 个包裹标注为 `normal`、`fragile` 或 `oversize`。计算**一致率**（标签相同的条目所占比例）和
# **Cohen's kappa**，然后列出两人不一致的条目，交给专家裁定。**技能要求：** 用一致性统计审核标注数据。**质量指标：**
# 两个数字精确到 4 位小数；清单准确。

# %%
pairs = pd.read_csv("two_annotators.csv")

# %% answer="m5_agreement"
percent_agreement = (
    ### BEGIN SOLUTION
    float((pairs["annotator_a"] == pairs["annotator_b"]).mean())
    ### END SOLUTION
)
kappa = (
    ### BEGIN SOLUTION
    float(cohen_kappa_score(pairs["annotator_a"], pairs["annotator_b"]))
    ### END SOLUTION
)

# %%
Path("agreement.txt").write_text(f"percent_agreement={percent_agreement:.4f}\nkappa={kappa:.4f}\n", encoding="utf-8")

# %% tests="m5_agreement" points=15 assesses="L4.2.2,fundamentals"
check("m5_agreement",
      expect(lambda: Path("agreement.txt").exists() and "kappa=" in Path("agreement.txt").read_text(encoding="utf-8"),
             en="agreement.txt is missing or has no kappa line.", zh="agreement.txt 不存在或缺少 kappa 一行。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m5_agreement", text=Path("agreement.txt").read_text(encoding="utf-8"))
### END HIDDEN TESTS


# %% judge="m5_agreement"
import pandas as pd
from sklearn.metrics import cohen_kappa_score


def judge(answer, gold):
    pairs = pd.read_csv(gold / "two_annotators.csv")
    got = dict(line.split("=", 1) for line in answer["text"].splitlines() if "=" in line)
    agreement = (pairs["annotator_a"] == pairs["annotator_b"]).mean()
    kappa = cohen_kappa_score(pairs["annotator_a"], pairs["annotator_b"])
    return all_of(
        rule(got.get("percent_agreement") == f"{agreement:.4f}", en="The percent agreement is not right.",
             zh="一致率不正确。"),
        rule(got.get("kappa") == f"{kappa:.4f}", en="Cohen's kappa is not right.", zh="Cohen's kappa 不正确。"))


# %% answer="m6_adjudicate"
to_adjudicate = pairs[
    ### BEGIN SOLUTION
    pairs["annotator_a"] != pairs["annotator_b"]
    ### END SOLUTION
]

# %%
to_adjudicate.to_csv("adjudicate.csv", index=False)
print(f"{len(to_adjudicate)} items for adjudication")

# %% tests="m6_adjudicate" points=10 assesses="L4.2.2"
check("m6_adjudicate",
      expect(lambda: file_has_columns("adjudicate.csv", ["item_id", "annotator_a", "annotator_b"]),
             en="adjudicate.csv is missing or its columns are not the pairs file's.",
             zh="adjudicate.csv 不存在，或其列与标注对照文件不同。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m6_adjudicate", items=sorted(pd.read_csv("adjudicate.csv", dtype=str)["item_id"].tolist()))
### END HIDDEN TESTS


# %% judge="m6_adjudicate"
import pandas as pd


def judge(answer, gold):
    pairs = pd.read_csv(gold / "two_annotators.csv")
    expected = sorted(pairs.loc[pairs["annotator_a"] != pairs["annotator_b"], "item_id"].tolist())
    return all_of(rule(answer["items"] == expected, en="The items for adjudication are not exactly the disagreements.",
                       zh="待裁定条目与不一致的条目不完全相同。"))


# %% [markdown] lang="en"
# ## Task 4 · System maintenance and alert rules (25 minutes, M7)
#
# The on-call rules for the sorting service: alert in an hour when the **95th-percentile
# latency has been above 800 ms for 3 hours in a row** (that hour and the two before it), or
# when the **error rate is above 0.02**. Write the condition; the given code saves the
# flagged hours to `alerts.csv`. **Skill:** write alert rules for system maintenance.
# **Quality:** no missed alert, no false alarm (two slow hours alone are not an alert).

# %% [markdown] lang="zh"
# ## 任务 4 · 系统维护与告警规则（25 分钟，M7）
#
# 分拣服务的值班规则：当 **95 分位延迟连续 3 小时超过 800 毫秒**（该小时及其前两小时），或**错误率高于 0.02** 时，在该小时
# 告警。写出该条件；给定代码会把被标记的小时保存到 `alerts.csv`。**技能要求：** 为系统维护编写告警规则。**质量指标：**
# 不漏报、不误报（只有两个慢小时不算告警）。

# %%
metrics = pd.read_csv("service_metrics.csv")
slow = (metrics["latency_p95_ms"] > 800).astype(int)  # 1 for a slow hour

# %% answer="m7_alerts"
alert = (
    ### BEGIN SOLUTION
    (slow.rolling(3).sum() == 3) | (metrics["error_rate"] > 0.02)
    ### END SOLUTION
)

# %%
metrics.loc[alert, ["hour"]].to_csv("alerts.csv", index=False)
print(f"{int(alert.sum())} hours flagged")

# %% tests="m7_alerts" points=20 assesses="L4.3.1,L4.3.2"
check("m7_alerts",
      expect(lambda: file_has_columns("alerts.csv", ["hour"]), en="alerts.csv is missing or has no hour column.",
             zh="alerts.csv 不存在或缺少 hour 列。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m7_alerts", hours=sorted(pd.read_csv("alerts.csv", dtype=str)["hour"].tolist()))
### END HIDDEN TESTS


# %% judge="m7_alerts"
import pandas as pd


def judge(answer, gold):
    metrics = pd.read_csv(gold / "service_metrics.csv", dtype={"hour": str})
    slow = (metrics["latency_p95_ms"] > 800).astype(int)
    flagged = (slow.rolling(3).sum() == 3) | (metrics["error_rate"] > 0.02)
    expected = set(metrics.loc[flagged, "hour"])
    got = set(answer["hours"])
    return all_of(
        rule(expected <= got, en="Some hours that break a rule are not flagged.", zh="部分违反规则的小时没有被标记。"),
        rule(got <= expected, en="Some hours are flagged that break no rule.", zh="部分没有违反规则的小时被标记了。"))
