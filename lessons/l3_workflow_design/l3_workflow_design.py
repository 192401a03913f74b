# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l3_workflow_design
#     level: 3
#     title: {en: "Designing a labeling workflow and writing a data-processing spec", zh: 业务流程设计与数据处理规范制定}
#     datasets: [workflow_design/project_a.json, workflow_design/project_b.json, workflow_design/sample_cases.json, workflow_design/qa_results.csv]
#     gold: [workflow_design/expected.json]
# ---

# %% [markdown] lang="en"
# # Designing a labeling workflow and writing a data-processing spec
#
# A data vendor labels images and documents for several clients. Each project runs
# through the same kind of **workflow**: the labelers are trained on the guidelines, a
# pilot checks that the guidelines work, production labeling follows, a quality team
# checks a **sample** of every batch, and the batch is **accepted**, sent back for rework,
# or rejected. As the Level 3 trainer you design that workflow, decide how large each
# sample must be, write the acceptance rule, and write the **data-processing
# specification** another team will follow without asking you.
#
# This is **业务流程设计** (L3.1.1) and **数据处理规范制定** (L3.2.1) of the national
# standard. Stuck? Run `hint("task_id")`.

# %% [markdown] lang="zh"
# # 业务流程设计与数据处理规范制定
#
# 一家数据服务公司为多个客户标注图片和文档。每个项目都按同样的**业务流程**进行：先培训标注员
# 学习标注规范，再通过试标检验规范是否可行，然后正式标注；质检组对每一批数据**抽样**检查，
# 最后决定这批数据是**验收通过**、退回返工还是拒收。作为三级人工智能训练师，你要设计这个流程，
# 算出每次抽样需要多大的样本，制定验收规则，并写出一份别的团队不用问你就能照着执行的
# **数据处理规范**。
#
# 这对应国家职业标准三级的**业务流程设计**（L3.1.1）和**数据处理规范制定**（L3.2.1）。卡住了？
# 运行 `hint("任务编号")`。

# %%
import json
import math

import pandas as pd
from scipy.stats import norm
from course import check, expect, hidden_check, hint

with open("project_a.json", encoding="utf-8") as _file:
    project = json.load(_file)
qa_results = pd.read_csv("qa_results.csv")
project

# %% [markdown] lang="en"
# ## Task 1 · `sample_size`: how many items must quality control check?
#
# Checking every labeled item costs as much as labeling it again, so quality control
# checks a random sample and estimates the batch's error rate from it. How large a sample?
# For a stated **confidence** (e.g. 0.95) and **margin** of error (e.g. ± 0.05), Cochran's
# formula for a proportion `p` (0.5 when nothing is known: the largest sample) is
#
# * `z = norm.ppf(1 - (1 - confidence) / 2)` (1.96 for 0.95);
# * `n0 = z² · p · (1 − p) / margin²`;
# * for a batch of `N` items, the finite population correction: `n = n0 / (1 + (n0 − 1) / N)`,
#   rounded **up** to a whole item with `math.ceil`.
#
# Complete `sample_size(batch_size, confidence, margin, p=0.5)` and return `n` as an `int`.

# %% [markdown] lang="zh"
# ## 任务 1 · `sample_size`：质检需要检查多少条？
#
# 逐条检查所有标注结果，成本和重新标注一遍差不多，所以质检只随机抽取一部分样本，用样本估计整批的
# 错误率。样本要多大？给定**置信度**（如 0.95）和**误差范围**（如 ± 0.05），对比例 `p`（一无所知时取
# 0.5，此时样本量最大）用 Cochran 公式：
#
# * `z = norm.ppf(1 - (1 - confidence) / 2)`（置信度 0.95 时为 1.96）；
# * `n0 = z² · p · (1 − p) / margin²`；
# * 对 `N` 条数据的一批，做有限总体校正：`n = n0 / (1 + (n0 − 1) / N)`，再用 `math.ceil`
#   **向上**取整为整条数。
#
# 请补全 `sample_size(batch_size, confidence, margin, p=0.5)`，以 `int` 返回 `n`。

# %% answer="sample_size"
def sample_size(batch_size, confidence, margin, p=0.5):
    """Items to sample from a batch of batch_size for the given confidence and margin (int, rounded up).

    在给定置信度和误差范围下，从 batch_size 条的一批中应抽取的条数（整数，向上取整）。
    """
    ### BEGIN SOLUTION
    z = norm.ppf(1 - (1 - confidence) / 2)
    n0 = z * z * p * (1 - p) / (margin * margin)
    return int(math.ceil(n0 / (1 + (n0 - 1) / batch_size)))
    ### END SOLUTION


# %% tests="sample_size" points=2 assesses="L3.1.1"
check("sample_size",
      expect(lambda: sample_size(5000, 0.95, 0.05) == 357,
             en="A batch of 5,000 at 95 % confidence and ± 5 %: n0 ≈ 384.1, corrected to 356.7, so 357 items.",
             zh="一批 5000 条、置信度 95%、误差 ± 5%：n0 ≈ 384.1，校正后为 356.7，因此抽 357 条。"),
      expect(lambda: type(sample_size(100, 0.95, 0.05)) is int and sample_size(100, 0.95, 0.05) == 80,
             en="A small batch needs a much smaller sample: 80 of 100 items (an int).",
             zh="小批次需要的样本少得多：100 条中抽 80 条（整数）。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("sample_cases.json", encoding="utf-8") as _ss_file:
    _ss_cases = json.load(_ss_file)
submit("sample_size", sizes=[sample_size(*case) for case in _ss_cases])
### END HIDDEN TESTS


# %% judge="sample_size"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["sample_cases"]
    return all_of(rule(same(answer["sizes"], expected),
                       en="On twelve other batches (other confidences, margins and p), some sample sizes are wrong.",
                       zh="在另外十二个批次上（置信度、误差范围和 p 各不相同），部分样本量不对。"))


# %% [markdown] hint="sample_size" lang="en"
# Compute `z`, then `n0`, then the corrected `n`, and only round at the very end with
# `int(math.ceil(n))`. `p` enters `n0` as `p * (1 - p)`.

# %% [markdown] hint="sample_size" lang="zh"
# 依次算出 `z`、`n0` 和校正后的 `n`，只在最后一步用 `int(math.ceil(n))` 取整。`p` 以
# `p * (1 - p)` 的形式进入 `n0`。

# %% [markdown] lang="en"
# ## Task 2 · `design_workflow`: stages and quality gates
#
# Complete `design_workflow(project)`: return the workflow of a project (a dict like
# `project_a.json`, with `batch_size`, `confidence` and `margin`) as a list of stages, in
# this order: `guideline_training`, `pilot`, `labeling`, `qa_sampling`, `acceptance`.
# Each stage is a dict with
#
# * `stage` (the name above) and `owner` (who is responsible, text);
# * `gate`: the condition to leave the stage, in words (at least 10 characters);
# * `metric` and `threshold`: the measured quantity and its limit, one of
#   `control_accuracy` (a minimum), `agreement` (a minimum) or `error_rate` (a maximum),
#   with a threshold between 0 and 1; `labeling` has `None` for both (its gate is the
#   next stage);
# * `sample_size`: for `qa_sampling`, `sample_size(...)` of the project's batch with its
#   confidence and margin; `None` for the other stages.
#
# `pd.DataFrame(design_workflow(project))` shows it as a table.

# %% [markdown] lang="zh"
# ## 任务 2 · `design_workflow`：流程环节与质量关卡
#
# 请补全 `design_workflow(project)`：以环节列表的形式返回一个项目（类似 `project_a.json` 的字典，
# 含 `batch_size`、`confidence` 和 `margin`）的业务流程，顺序为 `guideline_training`（规范培训）、`pilot`（试标）、`labeling`（正式标注）、`qa_sampling`（抽样质检）、`acceptance`（验收）。
# 每个环节是一个字典，包含
#
# * `stage`（上面的名称）和 `owner`（负责人，文本）；
# * `gate`：离开本环节的条件，用文字写明（至少 10 个字符）；
# * `metric` 和 `threshold`：衡量的指标及其限值，指标取 `control_accuracy`（质检题准确率，下限）、`agreement`（一致率，下限）或 `error_rate`（错误率，上限）之一，限值在 0 到 1 之间；`labeling`
#   环节两者都是 `None`（它的关卡就是下一个环节）；
# * `sample_size`：`qa_sampling` 环节为按项目的批次大小、置信度和误差范围算出的 `sample_size(...)`；
#   其他环节为 `None`。
#
# 用 `pd.DataFrame(design_workflow(project))` 可以把它显示成表格。

# %% answer="design_workflow"
def design_workflow(project):
    """The project's workflow: a list of five stage dicts (stage, owner, gate, metric, threshold, sample_size).

    项目的业务流程：五个环节字典组成的列表（stage、owner、gate、metric、threshold、sample_size）。
    """
    ### BEGIN SOLUTION
    qa = sample_size(project["batch_size"], project["confidence"], project["margin"])
    return [
        {"stage": "guideline_training", "owner": "trainer", "metric": "control_accuracy", "threshold": 0.9,
         "gate": "Each labeler scores at least 90 % on 30 gold items before real work.", "sample_size": None},
        {"stage": "pilot", "owner": "trainer", "metric": "agreement", "threshold": 0.85,
         "gate": "Two labelers agree on at least 85 % of 200 pilot items; disagreements update the guidelines.",
         "sample_size": None},
        {"stage": "labeling", "owner": "labeling team lead", "metric": None, "threshold": None,
         "gate": "The whole batch is labeled, with no item skipped.", "sample_size": None},
        {"stage": "qa_sampling", "owner": "quality team", "metric": "error_rate", "threshold": 0.03,
         "gate": f"A random sample of {qa} items is re-checked; the error rate must not exceed 3 %.",
         "sample_size": qa},
        {"stage": "acceptance", "owner": "client project manager", "metric": "control_accuracy", "threshold": 0.9,
         "gate": "The client accepts the batch when the QA error rate and control accuracy meet the contract.",
         "sample_size": None},
    ]
    ### END SOLUTION


# %% tests="design_workflow" points=3 assesses="L3.1.1"
_dw_stages = ["guideline_training", "pilot", "labeling", "qa_sampling", "acceptance"]
_dw_out = lambda: design_workflow(project)
check("design_workflow",
      expect(lambda: [s["stage"] for s in _dw_out()] == _dw_stages,
             en="The stages should be guideline_training, pilot, labeling, qa_sampling, acceptance, in this order.",
             zh="环节应依次为 guideline_training、pilot、labeling、qa_sampling、acceptance。"),
      expect(lambda: all({"stage", "owner", "gate", "metric", "threshold", "sample_size"} <= set(s) for s in _dw_out()),
             en="Each stage needs stage, owner, gate, metric, threshold and sample_size.",
             zh="每个环节都需要 stage、owner、gate、metric、threshold 和 sample_size。"),
      expect(lambda: _dw_out()[3]["sample_size"] == 357,
             en="For project_a (5,000 items, 95 %, ± 5 %) the QA sample is 357 items.",
             zh="对 project_a（5000 条、95%、± 5%），质检样本应为 357 条。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("project_b.json", encoding="utf-8") as _dw_file:
    _dw_b = json.load(_dw_file)
submit("design_workflow", a=json.loads(json.dumps(design_workflow(project))), b=json.loads(json.dumps(design_workflow(_dw_b))))
### END HIDDEN TESTS


# %% judge="design_workflow"
import json


def judge(answer, gold):
    qa = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["qa_sample"]
    names = ["guideline_training", "pilot", "labeling", "qa_sampling", "acceptance"]
    metrics = {"control_accuracy", "agreement", "error_rate"}

    def gated(stage):
        return (stage.get("metric") in metrics and type(stage.get("threshold")) in (int, float)
                and 0 < stage["threshold"] < 1)

    def well_formed(flow):
        return (isinstance(flow, list) and all(isinstance(s, dict) for s in flow)
                and [s.get("stage") for s in flow] == names
                and all(isinstance(s.get(k), str) and len(s[k].strip()) >= n for s in flow for k, n in (("owner", 1), ("gate", 10))))

    flows = [answer["a"], answer["b"]]
    if not all(well_formed(flow) for flow in flows):
        return all_of(rule(False, en="The workflow needs the five stages in order, each with an owner and a gate of at least 10 characters.",
                           zh="流程需要按顺序包含五个环节，每个环节都有负责人和至少 10 个字符的关卡说明。"))
    return all_of(
        rule(all(gated(s) for flow in flows for s in flow if s["stage"] != "labeling")
             and all(flow[2].get("metric") is None and flow[2].get("threshold") is None for flow in flows),
             en="Every stage but labeling needs a metric (control_accuracy, agreement or error_rate) and a threshold between 0 and 1; labeling has None.",
             zh="除 labeling 外，每个环节都需要指标（control_accuracy、agreement 或 error_rate）和 0 到 1 之间的限值；labeling 两者均为 None。"),
        rule(flows[0][3].get("metric") == "error_rate" and flows[1][3].get("metric") == "error_rate",
             en="The QA sampling gate should limit the error rate found in the sample.",
             zh="抽样质检关卡应限制样本中发现的错误率。"),
        rule(same([flow[3].get("sample_size") for flow in flows], [qa["project_a.json"], qa["project_b.json"]])
             and all(s.get("sample_size") is None for flow in flows for s in flow if s["stage"] != "qa_sampling"),
             en="The QA sample size does not follow the project (another project, 1,200 items at 99 % ± 3 %, gets the wrong size), or another stage has one.",
             zh="质检样本量没有随项目变化（另一个项目：1200 条、99%、± 3%，样本量不对），或其他环节也填了样本量。"))


# %% [markdown] hint="design_workflow" lang="en"
# Compute the QA sample once from `project[...]` with your `sample_size`, then write the
# five dicts. A gate in words says what is measured, on what, and the limit.

# %% [markdown] hint="design_workflow" lang="zh"
# 先用你写的 `sample_size` 根据 `project[...]` 算出一次质检样本量，再写出五个字典。用文字写关卡时，
# 要说清楚衡量什么、在什么数据上衡量、限值是多少。

# %% [markdown] lang="en"
# ## Task 3 · `accept_batch`: the acceptance rule
#
# `qa_results.csv` has the quality check of 20 batches: `batch_size`, `sampled`, `errors`
# found in the sample, and the labelers' score on `control_items` hidden in the batch
# (`control_correct`). The contract of project A says, in this order:
#
# 1. `"resample"` if fewer items were sampled than `sample_size(batch_size, 0.95, 0.05)`:
#    the check itself is not valid;
# 2. `"reject"` if the control accuracy `control_correct / control_items` is below 0.9, or
#    the sample error rate `errors / sampled` is above twice 0.03;
# 3. `"accept"` if the error rate is at most 0.03;
# 4. otherwise `"rework"`: the labelers fix the batch and it is checked again.
#
# Complete `accept_batch(row)` for one row of `qa_results` (a Series or a dict).

# %% [markdown] lang="zh"
# ## 任务 3 · `accept_batch`：验收规则
#
# `qa_results.csv` 记录了 20 批数据的质检结果：`batch_size`（批次大小）、`sampled`（抽样条数）、
# 样本中发现的 `errors`（错误数），以及混在批次里的 `control_items`（质检题）上标注员答对的数量
# （`control_correct`）。项目 A 的合同依次规定：
#
# 1. 抽样条数少于 `sample_size(batch_size, 0.95, 0.05)` 时为 `"resample"`（重新抽样）：这次质检本身无效；
# 2. 质检题准确率 `control_correct / control_items` 低于 0.9，或样本错误率 `errors / sampled` 高于
#    0.03 的两倍时为 `"reject"`（拒收）；
# 3. 错误率不超过 0.03 时为 `"accept"`（验收通过）；
# 4. 其余情况为 `"rework"`（返工）：标注员修改后再次质检。
#
# 请补全 `accept_batch(row)`，`row` 是 `qa_results` 的一行（Series 或字典）。

# %% answer="accept_batch"
def accept_batch(row):
    """Return "accept", "rework", "reject" or "resample" for one batch's QA result under project A's contract.

    按项目 A 的合同，对一批数据的质检结果给出 "accept"、"rework"、"reject" 或 "resample"。
    """
    ### BEGIN SOLUTION
    if row["sampled"] < sample_size(row["batch_size"], 0.95, 0.05):
        return "resample"
    error_rate = row["errors"] / row["sampled"]
    if row["control_correct"] / row["control_items"] < 0.9 or error_rate > 2 * 0.03:
        return "reject"
    return "accept" if error_rate <= 0.03 else "rework"
    ### END SOLUTION


# %% tests="accept_batch" points=2 assesses="L3.1.1"
_ab_row = {"batch_size": 5000, "sampled": 357, "errors": 5, "control_items": 40, "control_correct": 38}
check("accept_batch",
      expect(lambda: accept_batch(_ab_row) == "accept",
             en="357 sampled, 5 errors (1.4 %), control 38/40 (0.95): 'accept'.",
             zh="抽样 357 条、5 个错误（1.4%）、质检题 38/40（0.95）：应为 'accept'。"),
      expect(lambda: accept_batch({**_ab_row, "errors": 15}) == "rework" and accept_batch({**_ab_row, "control_correct": 35}) == "reject",
             en="15 errors (4.2 %) means 'rework'; control 35/40 (0.875) means 'reject'.",
             zh="15 个错误（4.2%）应为 'rework'；质检题 35/40（0.875）应为 'reject'。"),
      expect(lambda: accept_batch({**_ab_row, "sampled": 300}) == "resample",
             en="Only 300 of the 357 items needed were sampled: 'resample'.",
             zh="需要抽 357 条却只抽了 300 条：应为 'resample'。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("accept_batch", decisions=[str(accept_batch(row)) for _, row in qa_results.iterrows()])
### END HIDDEN TESTS


# %% judge="accept_batch"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["decisions"]
    return all_of(rule(same(answer["decisions"], expected),
                       en="Some of the 20 batches of qa_results.csv get the wrong decision (check the order of the rules and the limits).",
                       zh="qa_results.csv 的 20 批数据中，部分批次的结论不对（请检查规则的先后顺序和限值）。"))


# %% [markdown] hint="accept_batch" lang="en"
# Follow the contract's order with `if ... return`: the first rule that applies decides.
# "Above twice 0.03" is `error_rate > 0.06`; "at most 0.03" is `<= 0.03`.

# %% [markdown] hint="accept_batch" lang="zh"
# 按合同的顺序写 `if ... return`：第一条适用的规则决定结果。“高于 0.03 的两倍”就是
# `error_rate > 0.06`；“不超过 0.03”就是 `<= 0.03`。

# %% [markdown] lang="en"
# ## Task 4 · `processing_spec`: a specification another team can follow
#
# A second site will clean and prepare the raw customer reviews of a client before they are
# labeled. They will follow your **data-processing specification** without asking you.
# The raw file has the fields `review_id`, `text`, `rating` (1–5), `created_at` and
# `phone` (sometimes typed into the review form). Complete `processing_spec()`: return a dict with
#
# * `title`, `owner` (text) and `version` (text starting with `v`, e.g. `"v1.0"`);
# * `input`: `{"format": ..., "fields": [...]}`, the raw fields above;
# * `steps`: at least 4 steps in order, each `{"id": 1, 2, ... (consecutive ints),
#   "action": short name, "rule": the exact rule, at least 15 characters}`;
# * `output`: `{"format": ..., "fields": [...]}`; every output field is an input field,
#   except the ones a step creates (name them in that step's rule), and `phone` must
#   **not** be in the output (personal data);
# * `quality_checks`: at least 2 checks on the output, each `{"check": text, "threshold": a number}`;
# * `change_log`: a list of at least one `{"version": ..., "change": text}`, the last one
#   for the current version.

# %% [markdown] lang="zh"
# ## 任务 4 · `processing_spec`：别的团队能照着执行的规范
#
# 另一个站点将在标注之前清洗和整理某客户的原始用户评论。他们会照你写的**数据处理规范**执行，
# 不会来问你。原始文件有这些字段：`review_id`、`text`、`rating`（1–5）、`created_at`，以及
# `phone`（用户有时会把手机号填进评论表单）。请补全 `processing_spec()`：返回一个字典，包含
#
# * `title`、`owner`（文本）和 `version`（以 `v` 开头的文本，如 `"v1.0"`）；
# * `input`：`{"format": ..., "fields": [...]}`，即上面的原始字段；
# * `steps`：按顺序排列的至少 4 个步骤，每步为 `{"id": 1、2……（连续整数）, "action": 简短名称,
#   "rule": 准确的规则，至少 15 个字符}`；
# * `output`：`{"format": ..., "fields": [...]}`；输出字段都必须是输入字段，由某个步骤新建的字段除外
#   （在该步骤的规则中写出它的名字）；`phone` **不得**出现在输出中（属于个人信息）；
# * `quality_checks`：对输出至少 2 项检查，每项为 `{"check": 文本, "threshold": 数值}`；
# * `change_log`：至少一条 `{"version": ..., "change": 文本}` 组成的列表，最后一条对应当前版本。

# %% answer="processing_spec"
def processing_spec():
    """The data-processing specification for the review data, as a dict.

    以字典形式返回评论数据的数据处理规范。
    """
    ### BEGIN SOLUTION
    return {
        "title": "Preparing customer reviews for sentiment labeling",
        "owner": "Level 3 trainer, data team",
        "version": "v1.1",
        "input": {"format": "CSV, UTF-8, header row", "fields": ["review_id", "text", "rating", "created_at", "phone"]},
        "steps": [
            {"id": 1, "action": "deduplicate", "rule": "Keep the first row of each review_id; drop later rows with the same id."},
            {"id": 2, "action": "clean text", "rule": "Trim spaces at both ends of text; drop rows whose text is then empty."},
            {"id": 3, "action": "remove personal data", "rule": "Drop the phone column, and replace any 11-digit phone number inside text with [PHONE]."},
            {"id": 4, "action": "check rating", "rule": "Keep rows whose rating is an integer from 1 to 5; write the others to rejects.csv."},
            {"id": 5, "action": "add length", "rule": "Create text_length, the number of characters of the cleaned text."},
        ],
        "output": {"format": "CSV, UTF-8, header row, sorted by review_id",
                   "fields": ["review_id", "text", "rating", "created_at", "text_length"]},
        "quality_checks": [
            {"check": "Share of output rows with an empty text", "threshold": 0.0},
            {"check": "Share of input rows rejected; above it, stop and tell the owner", "threshold": 0.05},
        ],
        "change_log": [{"version": "v1.0", "change": "First version."},
                       {"version": "v1.1", "change": "Phone numbers inside the text are masked too."}],
    }
    ### END SOLUTION


# %% tests="processing_spec" points=3 assesses="L3.2.1"
_ps_spec = processing_spec()
check("processing_spec",
      expect(lambda: isinstance(_ps_spec, dict) and {"title", "owner", "version", "input", "steps", "output",
                                                     "quality_checks", "change_log"} <= set(_ps_spec),
             en="The spec needs title, owner, version, input, steps, output, quality_checks and change_log.",
             zh="规范需要包含 title、owner、version、input、steps、output、quality_checks 和 change_log。"),
      expect(lambda: len(_ps_spec["steps"]) >= 4 and [s["id"] for s in _ps_spec["steps"]] == list(range(1, len(_ps_spec["steps"]) + 1)),
             en="At least 4 steps, numbered 1, 2, 3, ... in order.",
             zh="至少 4 个步骤，按 1、2、3……顺序编号。"),
      expect(lambda: "phone" not in _ps_spec["output"]["fields"],
             en="phone is personal data: it must not be in the output fields.",
             zh="phone 属于个人信息，不得出现在输出字段中。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("processing_spec", spec=json.loads(json.dumps(_ps_spec)))
### END HIDDEN TESTS


# %% judge="processing_spec"
def judge(answer, gold):
    spec = answer["spec"]
    if not isinstance(spec, dict):
        return all_of(rule(False, en="processing_spec should return a dict.", zh="processing_spec 应返回字典。"))

    def text(value, least=1):
        return isinstance(value, str) and len(value.strip()) >= least

    steps = spec.get("steps") if isinstance(spec.get("steps"), list) else []
    steps = [s for s in steps if isinstance(s, dict)]
    io = [spec.get(k) if isinstance(spec.get(k), dict) else {} for k in ("input", "output")]
    fields = [part.get("fields") if isinstance(part.get("fields"), list) else [] for part in io]
    rules_text = " ".join(s["rule"] for s in steps if text(s.get("rule")))
    checks = spec.get("quality_checks") if isinstance(spec.get("quality_checks"), list) else []
    log = spec.get("change_log") if isinstance(spec.get("change_log"), list) else []
    return all_of(
        rule(text(spec.get("title"), 5) and text(spec.get("owner")) and text(spec.get("version")) and spec["version"].startswith("v"),
             en="title, owner and a version starting with 'v' are needed.", zh="需要 title、owner，以及以 'v' 开头的 version。"),
        rule(set(fields[0]) == {"review_id", "text", "rating", "created_at", "phone"} and all(text(p.get("format"), 3) for p in io),
             en="input should list exactly the five raw fields, and input and output should state their format.",
             zh="input 应恰好列出五个原始字段，input 和 output 都应写明格式。"),
        rule(len(steps) >= 4 and len(steps) == len(spec["steps"]) and [s.get("id") for s in steps] == list(range(1, len(steps) + 1))
             and all(text(s.get("action")) and text(s.get("rule"), 15) for s in steps),
             en="steps needs at least 4 steps numbered 1, 2, ..., each with an action and a rule of at least 15 characters.",
             zh="steps 至少需要 4 个步骤，按 1、2……编号，每步都有 action 和至少 15 个字符的 rule。"),
        rule(bool(fields[1]) and "phone" not in fields[1]
             and all(f in fields[0] or (isinstance(f, str) and f in rules_text) for f in fields[1]),
             en="Every output field must be an input field or be created by a step that names it, and phone must not be output.",
             zh="每个输出字段都必须是输入字段，或由某个写明其名称的步骤新建；phone 不得输出。"),
        rule(len(checks) >= 2 and all(isinstance(c, dict) and text(c.get("check"), 5) and type(c.get("threshold")) in (int, float)
                                      for c in checks),
             en="quality_checks needs at least 2 checks, each with a text and a numeric threshold.",
             zh="quality_checks 至少需要 2 项检查，每项都有文字说明和数值阈值。"),
        rule(bool(log) and all(isinstance(e, dict) and text(e.get("change")) for e in log) and log[-1].get("version") == spec.get("version"),
             en="change_log needs at least one entry with a change, the last one for the current version.",
             zh="change_log 至少需要一条带修改说明的记录，最后一条对应当前版本。"))


# %% [markdown] hint="processing_spec" lang="en"
# Write each rule so that two people following it get the same file: say what is kept,
# what is dropped, and where the dropped rows go. A field a step creates (for example a
# text length) must be named in that step's rule.

# %% [markdown] hint="processing_spec" lang="zh"
# 每条规则都要写到两个人照着做能得到同一个文件：说清楚保留什么、删除什么、删掉的行放到哪里。
# 某个步骤新建的字段（比如文本长度），必须在该步骤的规则里写出它的名字。

# %% [markdown] lang="en"
# ## Task 5 · `spec_handover` (written, graded by your instructor)
#
# The second site's lead reads your spec and asks three questions. Answer them in 5–8
# sentences (English or Chinese): (a) a review has the rating "4.5": what happens to it,
# and where does the spec say so? (b) how will they know their output is good enough to
# hand over? (c) if they find a case the spec does not cover, what should they do, and how
# will the spec change?

# %% [markdown] lang="zh"
# ## 任务 5 · `spec_handover`（书面作答，由老师评分）
#
# 另一个站点的负责人读了你的规范，提出三个问题。请用 5–8 句话（中英文均可）回答：(a) 某条评论的评分是
# “4.5”，它会怎样处理，规范里哪一条这样规定？(b) 他们怎么知道自己的输出已经合格、可以交付？(c) 如果遇到规范没有覆盖的情况，他们该怎么办，规范又会怎样更新？

# %% [markdown] manual="spec_handover" points=2 assesses="L3.2.1"
# **Model answer.** (a) Step 4: the rating must be an integer from 1 to 5, so "4.5" is
# not kept; the row goes to rejects.csv with the raw values, and it counts toward the
# rejected share. (b) Before handing over, run the two quality checks on the output: no
# empty texts, and at most 5 % of the input rows rejected; also confirm that the output
# has exactly the listed fields and no phone column or phone numbers in the text. If a
# check fails they stop and send the owner the figures instead of the file. (c) They do
# not decide it themselves: they keep the case aside, send the owner the review_id and
# the question; the owner decides, adds a rule or an example, raises the version (v1.2)
# with a change-log entry, and both sites process from then on with the new version.
#
# **Rubric (2 points).** (a) 0.5: the right outcome with the step that decides it;
# (b) 0.75: acceptance by the stated checks with their thresholds, and what to do when one
# fails; (c) 0.75: escalate to the owner rather than improvise, versioned change with a
# change-log entry communicated to every site.

# %% [markdown] lang="en"
# ## What you did
#
# You sized quality-control samples from a confidence and a margin, designed a workflow
# whose every stage has an owner and a measurable gate, wrote an acceptance rule and
# applied it to real QA results, and wrote a versioned data-processing specification
# precise enough for another team to follow.

# %% [markdown] lang="zh"
# ## 小结
#
# 你根据置信度和误差范围算出了质检样本量，设计了每个环节都有负责人和可衡量关卡的业务流程，
# 制定了验收规则并用在真实的质检结果上，还写出了一份带版本号、足够准确、别的团队可以照着执行的
# 数据处理规范。
