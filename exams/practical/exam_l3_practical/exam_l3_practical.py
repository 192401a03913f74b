# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: exam_l3_practical
#     level: 3
#     title: {en: Level 3 practical paper (mock), zh: 三级操作技能模拟试卷}
#     datasets: [exam_l3_practical/plant_readings.csv, exam_l3_practical/monitor_log.csv, exam_l3_practical/junior_batch.csv]
#     gold: [exam_l3_practical/plant_holdout.csv]
# ---

# %% [markdown] lang="en"
# # AI Trainer, Level 3: practical paper (mock) · 120 minutes · 100 points
#
# **Background.** A packaging plant runs three production lines (A, B, C). Sensors on every
# machine report temperature, vibration and pressure, and inspectors record whether a part
# turned out faulty. The plant wants a model that flags likely faults early, a process to
# keep it healthy once deployed, and a labeling team that reviews customer comments. You are
# the AI trainer in charge. Your files are `plant_readings.csv` (raw sensor export),
# `monitor_log.csv` (the deployed model's daily figures) and `junior_batch.csv` (a junior
# labeler's batch with a senior's reference labels).
#
# **How to answer.** Each task gives code with blanks `______`. Replace every blank with
# your code; **do not change the other code** (locked cells are restored before grading and
# changes to them are recorded). Each task writes output files with the fixed names given;
# only those files are scored, against data you do not have. The cell after each task checks
# only the form of your files (they exist, their columns are right), never whether they are
# correct. There are no hints.
#
# | task | minutes | work content | marks |
# |---|---|---|---|
# | 1 Workflow with a human in the loop | 10 | business workflow design, interaction design | M1 (10) |
# | 2 Data-processing spec and cleaning | 25 | writing data-processing specs | M2 (10), M3 (5) |
# | 3 Model training and tuning | 20 | optimising module results | M4 (15), M5 (5) |
# | 4 Algorithm test and test report | 20 | algorithm testing | M6 (10), M7 (5) |
# | 5 Monitoring and alert rules | 15 | monitoring and optimising | M8 (15) |
# | 6 Training and guidance: review a junior's batch | 30 | training, guidance | M9 (15), M10 (10) |
#
# **Scoring table.** M1 `workflow.txt`: stages in a valid order, human review right after
# prediction · M2 `cleaned_sensor_data.csv`: the spec's key, ranges and line names applied,
# nothing else dropped · M3 `train_ready.csv`: missing temperatures filled with their line's
# median · M4 `model.pkl`: an 8:2 split, and accuracy on held-out readings ≥ 0.88 (≥ 0.86 half
# marks) · M5 `results.txt`: the best C and the test accuracy of the saved model · M6
# `test_report_metrics.csv`: count, accuracy and recall per line · M7 `test_report.md`: names
# the weakest line and a recommendation · M8 `alerts.csv`: exactly the days the alert rules
# flag · M9 `review_errors.csv`: error types with counts · M10 written feedback to the
# junior labeler (marked by hand).

# %% [markdown] lang="zh"
# # 人工智能训练师三级：操作技能模拟试卷 · 120 分钟 · 100 分
#
# **背景。** 某包装厂有三条生产线（A、B、C）。每台机器上的传感器报告温度、振动和压力，质检员记录零件
# 最终是否有缺陷。工厂需要一个能提前标记可能缺陷的模型、一套上线后保持模型健康的流程，以及一个审核
# 客户评论的标注团队。你是负责的人工智能训练师。你的文件有 `plant_readings.csv`（传感器原始导出数据）、
# `monitor_log.csv`（已上线模型的每日指标）和 `junior_batch.csv`（一名初级标注员的批次，附高级标注员的参考标签）。
#
# **作答方式。** 每个任务给出含有空白 `______` 的代码。把每个空白替换为你的代码；**不要修改其他代码**
# （锁定的单元格在评分前会被恢复，修改会被记录）。每个任务按给定的固定文件名输出文件；只对这些文件评分，
# 评分使用你没有的数据。每个任务之后的单元格只检查文件的形式（文件存在、列正确），从不检查是否正确。
# 本试卷没有提示。
#
# | 任务 | 分钟 | 工作内容 | 评分项 |
# |---|---|---|---|
# | 1 含人工环节的工作流程 | 10 | 业务流程设计、人机交互流程设计 | M1（10） |
# | 2 数据处理规范与清洗 | 25 | 数据处理规范制定 | M2（10）、M3（5） |
# | 3 模型训练与调参 | 20 | 业务模块效果优化 | M4（15）、M5（5） |
# | 4 算法测试与测试报告 | 20 | 算法测试 | M6（10）、M7（5） |
# | 5 监控与告警规则 | 15 | 智能系统监控和优化 | M8（15） |
# | 6 培训与指导：审核初级标注员的批次 | 30 | 培训、指导 | M9（15）、M10（10） |
#
# **评分表。** M1 `workflow.txt`：各阶段顺序合理，人工审核紧跟在预测之后 · M2 `cleaned_sensor_data.csv`：
# 按规范应用主键、取值范围和产线名称，没有多删数据 · M3 `train_ready.csv`：缺失温度用所在产线的中位数填补 ·
# M4 `model.pkl`：按 8:2 划分，在保留读数上的准确率 ≥ 0.88（≥ 0.86 得一半分）· M5 `results.txt`：最佳 C 值
# 和所保存模型的测试准确率 · M6 `test_report_metrics.csv`：每条产线的数量、准确率和召回率 · M7
# `test_report.md`：指出表现最差的产线并给出建议 · M8 `alerts.csv`：恰好是告警规则标记的那些天 · M9
# `review_errors.csv`：错误类型及数量 · M10 给初级标注员的书面反馈（人工评分）。

# %%
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from course import check, expect

FEATURES = ["temperature", "vibration", "pressure"]


def file_has_columns(name, columns):
    """Whether `name` exists and its header has exactly `columns` (a form check, not a score)."""
    return Path(name).exists() and list(pd.read_csv(name, nrows=0).columns) == columns


# %% [markdown] lang="en"
# ## Task 1 · Workflow with a human in the loop (10 minutes, M1)
#
# The fault model will run on every new reading. Put the stages below in the order the
# project must run them, and say after which stage a person reviews the model's uncertain
# predictions before a line is stopped. **Skill:** design a business workflow with a
# human-machine hand-off. **Quality:** every stage once; data is cleaned before it is
# labeled, split before training, and a model is tested before it is deployed.
#
# Stages: `collect`, `clean`, `label`, `split`, `train`, `test`, `deploy`, `predict`, `monitor`.

# %% [markdown] lang="zh"
# ## 任务 1 · 含人工环节的工作流程（10 分钟，M1）
#
# 缺陷模型将对每条新读数运行。把下列阶段按项目必须执行的顺序排列，并指出在哪个阶段之后由人工审核模型
# 不确定的预测，再决定是否停线。**技能要求：** 设计含人机交接的业务流程。**质量指标：** 每个阶段出现一次；
# 先清洗再标注，先划分再训练，先测试再上线。
#
# 阶段：`collect`、`clean`、`label`、`split`、`train`、`test`、`deploy`、`predict`、`monitor`。

# %% answer="m1_workflow"
WORKFLOW = [
    ### BEGIN SOLUTION
    "collect", "clean", "label", "split", "train", "test", "deploy", "predict", "monitor",
    ### END SOLUTION
]
HUMAN_REVIEW_AFTER = (
    ### BEGIN SOLUTION
    "predict"
    ### END SOLUTION
)

# %%
Path("workflow.txt").write_text("\n".join(WORKFLOW) + f"\nhuman_review_after={HUMAN_REVIEW_AFTER}\n", encoding="utf-8")

# %% tests="m1_workflow" points=10 assesses="L3.1.1,L3.3.2"
check("m1_workflow",
      expect(lambda: Path("workflow.txt").exists() and "human_review_after=" in Path("workflow.txt").read_text(encoding="utf-8"),
             en="workflow.txt is missing or has no human_review_after line.",
             zh="workflow.txt 不存在或缺少 human_review_after 一行。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m1_workflow", text=Path("workflow.txt").read_text(encoding="utf-8"))
### END HIDDEN TESTS


# %% judge_helpers
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

FEATURES = ["temperature", "vibration", "pressure"]


def spec_cleaned(gold):
    """The plant readings cleaned as the spec says: one row per reading, line names
    stripped, sensor glitches out."""
    raw = pd.read_csv(gold / "plant_readings.csv", dtype={"reading_id": str, "line": str})
    data = raw.drop_duplicates("reading_id").copy()
    data["line"] = data["line"].str.strip()
    return data[(data["temperature"].isna() | data["temperature"].between(10, 90)) & data["vibration"].between(0, 30)]


def filled_readings(gold):
    """The cleaned readings with a missing temperature filled by its line's median."""
    data = spec_cleaned(gold)
    data["temperature"] = data["temperature"].fillna(data.groupby("line")["temperature"].transform("median"))
    return data


# %% judge="m1_workflow"
def judge(answer, gold):
    lines = [line.strip() for line in answer["text"].splitlines() if line.strip()]
    stages = [line for line in lines if "=" not in line]
    review = next((line.split("=", 1)[1] for line in lines if line.startswith("human_review_after=")), "")
    expected = ["collect", "clean", "label", "split", "train", "test", "deploy", "predict", "monitor"]
    position = {stage: i for i, stage in enumerate(stages)}
    before = [("collect", "clean"), ("clean", "label"), ("label", "split"), ("split", "train"), ("train", "test"),
              ("test", "deploy"), ("deploy", "predict"), ("predict", "monitor")]
    return all_of(
        rule(sorted(stages) == sorted(expected),
             en="The workflow does not list every stage exactly once.", zh="工作流程没有把每个阶段恰好列出一次。"),
        rule(all(a in position and b in position and position[a] < position[b] for a, b in before),
             en="Some stages are out of order.", zh="部分阶段的顺序不对。"),
        rule(review == "predict",
             en="People should review the model's uncertain predictions right after prediction.",
             zh="人工应在预测之后立即审核模型不确定的预测。"))


# %% [markdown] lang="en"
# ## Task 2 · Data-processing spec and cleaning (25 minutes, M2, M3)
#
# Write the data-processing spec the cleaning code applies, as a dictionary with the keys
# `key` (the column that identifies a reading: keep its first row), `ranges` (per column,
# the valid `(low, high)` range, both ends valid; a reading outside it is a sensor glitch and
# is dropped; a missing value is not a glitch) and `strip` (the text columns whose stray
# spaces are removed). From the datasheet: the process runs at 10 to 90 °C; vibration is
# valid from 0 to 30 mm/s. Then fill each missing temperature with the **median temperature
# of its line**. **Skill:** turn requirements into a processing spec. **Quality:** no
# duplicates, no glitches, no missing values, no row dropped that the spec keeps.

# %% [markdown] lang="zh"
# ## 任务 2 · 数据处理规范与清洗（25 分钟，M2、M3）
#
# 编写清洗代码所执行的数据处理规范：一个字典，键为 `key`（唯一标识一条读数的列：保留它的第一行）、
# `ranges`（每列的有效区间 `(low, high)`，两端都有效；超出区间的读数是传感器故障，删除；缺失值不算故障）
# 和 `strip`（需要去掉多余空格的文本列）。根据规格书：工艺温度为 10 到 90 °C；振动的有效范围是 0 到 30 mm/s。
# 然后用**所在产线的温度中位数**填补每个缺失的温度。**技能要求：** 把需求转化为处理规范。**质量指标：**
# 没有重复、没有故障读数、没有缺失值，没有删掉规范要保留的行。

# %% answer="m2_spec"
SPEC = {
    ### BEGIN SOLUTION
    "key": "reading_id",
    "ranges": {"temperature": (10, 90), "vibration": (0, 30)},
    "strip": ["line"],
    ### END SOLUTION
}

# %%
def apply_spec(raw, spec):
    """The raw export cleaned as the spec says. 按规范清洗原始导出数据。"""
    data = raw.drop_duplicates(subset=spec["key"], keep="first").copy()
    for column in spec["strip"]:
        data[column] = data[column].str.strip()
    for column, (low, high) in spec["ranges"].items():
        data = data[data[column].isna() | data[column].between(low, high)]
    return data.reset_index(drop=True)


raw = pd.read_csv("plant_readings.csv")
cleaned = apply_spec(raw, SPEC)
cleaned.to_csv("cleaned_sensor_data.csv", index=False)
print(f"{len(raw)} raw rows, {len(cleaned)} after the spec")

# %% tests="m2_spec" points=10 assesses="L3.2.1"
check("m2_spec",
      expect(lambda: file_has_columns("cleaned_sensor_data.csv", list(raw.columns)),
             en="cleaned_sensor_data.csv is missing or its columns differ from the raw file's.",
             zh="cleaned_sensor_data.csv 不存在，或其列与原始文件不同。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m2_spec", cleaned=pd.read_csv("cleaned_sensor_data.csv", dtype={"reading_id": str, "line": str}))
### END HIDDEN TESTS


# %% judge="m2_spec"
def judge(answer, gold):
    data = spec_cleaned(gold)
    got = answer["cleaned"]
    return all_of(
        rule(not got["reading_id"].duplicated().any(), en="Some readings appear twice.", zh="有读数出现了两次。"),
        rule(set(got["reading_id"]) == set(data["reading_id"]),
             en="The rows kept are not the ones the spec keeps (duplicates, glitches, or too many rows dropped).",
             zh="保留的行与规范应保留的行不一致（重复、故障读数，或删多了）。"),
        rule(set(got["line"].dropna()) == {"A", "B", "C"}, en="Line names still have stray spaces.",
             zh="产线名称仍有多余空格。"))


# %% answer="m3_fill"
def fill_temperature(data):
    """Missing temperatures filled with the median of their line. 用所在产线的中位数填补缺失温度。"""
    data = data.copy()
    data["temperature"] = (
        ### BEGIN SOLUTION
        data["temperature"].fillna(data.groupby("line")["temperature"].transform("median"))
        ### END SOLUTION
    )
    return data


# %%
train_ready = fill_temperature(cleaned)
train_ready.to_csv("train_ready.csv", index=False)

# %% tests="m3_fill" points=5 assesses="L3.2.1"
check("m3_fill",
      expect(lambda: file_has_columns("train_ready.csv", list(raw.columns)),
             en="train_ready.csv is missing or its columns are not the raw file's.",
             zh="train_ready.csv 不存在，或其列与原始文件不同。"))
### BEGIN HIDDEN TESTS
from course import submit
_m3_cleaned = pd.read_csv("cleaned_sensor_data.csv", dtype={"reading_id": str, "line": str})
submit("m3_fill", before=_m3_cleaned, after=pd.read_csv("train_ready.csv", dtype={"reading_id": str, "line": str}))
### END HIDDEN TESTS


# %% judge="m3_fill"
def judge(answer, gold):
    before, after = answer["before"], answer["after"]
    expected = before["temperature"].fillna(before.groupby("line")["temperature"].transform("median"))
    return all_of(
        rule(after["temperature"].notna().all(), en="Some temperatures are still missing.", zh="仍有温度缺失。"),
        rule(len(after) == len(before) and bool(np.allclose(after["temperature"], expected)),
             en="The filled temperatures are not the median of their line.", zh="填补的温度不是所在产线的中位数。"))


# %% [markdown] lang="en"
# ## Task 3 · Model training and tuning (20 minutes, M4, M5)
#
# Split `train_ready.csv` **8:2** into training and test data (stratified by `fault`,
# `random_state=42`), tune the regularisation strength `C` of a logistic regression by
# 5-fold cross-validation over a grid you choose, save the best model as `model.pkl`, and
# write its accuracy on **your** test data into `results.txt`. **Skill:** train and tune a
# model. **Quality:** accuracy on readings the plant holds back: 0.88 or more.

# %% [markdown] lang="zh"
# ## 任务 3 · 模型训练与调参（20 分钟，M4、M5）
#
# 把 `train_ready.csv` 按 **8:2** 划分为训练集和测试集（按 `fault` 分层，`random_state=42`），用 5 折交叉验证
# 在你选择的网格上调节逻辑回归的正则化强度 `C`，把最佳模型保存为 `model.pkl`，并把它在**你的**测试集上的
# 准确率写入 `results.txt`。**技能要求：** 训练并调优模型。**质量指标：** 在工厂保留的读数上准确率达到 0.88 及以上。

# %% answer="m4_model"
TEST_SIZE = (
    ### BEGIN SOLUTION
    0.2
    ### END SOLUTION
)
C_GRID = [
    ### BEGIN SOLUTION
    0.01, 0.1, 1.0, 10.0, 100.0,
    ### END SOLUTION
]

# %%
X_train, X_test, y_train, y_test = train_test_split(train_ready[FEATURES], train_ready["fault"], test_size=TEST_SIZE,
                                                    random_state=42, stratify=train_ready["fault"])
search = GridSearchCV(make_pipeline(StandardScaler(), LogisticRegression()), {"logisticregression__C": C_GRID}, cv=5)
search.fit(X_train, y_train)
model = search.best_estimator_
with open("model.pkl", "wb") as out:
    pickle.dump(model, out)

# %% tests="m4_model" points=15 assesses="L3.1.2"
check("m4_model",
      expect(lambda: Path("model.pkl").exists(), en="model.pkl has not been saved.", zh="尚未保存 model.pkl。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("model.pkl", "rb") as _m4_file:
    submit("m4_model", model=pickle.load(_m4_file), test_size=float(TEST_SIZE))
### END HIDDEN TESTS


# %% judge="m4_model"
def judge(answer, gold):
    held_out = pd.read_csv(gold / "plant_holdout.csv")
    accuracy = float(np.mean(answer["model"].predict(held_out[FEATURES]) == held_out["fault"]))
    if answer["test_size"] != 0.2:
        return all_of(rule(False, en="The data is not split 8:2.", zh="数据没有按 8:2 划分。"))
    return band(accuracy, [(0.88, 1.0), (0.86, 0.5)],
                en="Accuracy on the held-out readings: {value:.3f} (0.88 for full marks).",
                zh="在保留读数上的准确率：{value:.3f}（满分需 0.88）。")


# %% answer="m5_results"
test_accuracy = (
    ### BEGIN SOLUTION
    float(np.mean(model.predict(X_test) == y_test))
    ### END SOLUTION
)

# %%
best_c = search.best_params_["logisticregression__C"]
Path("results.txt").write_text(f"best_C={best_c}\ntest_accuracy={test_accuracy:.4f}\n", encoding="utf-8")
print(Path("results.txt").read_text(encoding="utf-8"))

# %% tests="m5_results" points=5 assesses="L3.1.2,L3.2.2"
check("m5_results",
      expect(lambda: Path("results.txt").exists() and "test_accuracy=" in Path("results.txt").read_text(encoding="utf-8"),
             en="results.txt is missing or has no test_accuracy line.", zh="results.txt 不存在或缺少 test_accuracy 一行。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("model.pkl", "rb") as _m5_file:
    submit("m5_results", text=Path("results.txt").read_text(encoding="utf-8"), model=pickle.load(_m5_file))
### END HIDDEN TESTS


# %% judge="m5_results"
def judge(answer, gold):
    data = filled_readings(gold)
    _, X_test, _, y_test = train_test_split(data[FEATURES], data["fault"], test_size=0.2, random_state=42,
                                            stratify=data["fault"])
    values = dict(line.split("=", 1) for line in answer["text"].splitlines() if "=" in line)
    model = answer["model"]
    expected = float(np.mean(model.predict(X_test) == y_test))
    return all_of(
        rule(float(values.get("best_C", "nan")) == model.named_steps["logisticregression"].C,
             en="best_C is not the C of the saved model.", zh="best_C 不是所保存模型的 C。"),
        rule(abs(float(values.get("test_accuracy", "nan")) - expected) < 1e-3,
             en="test_accuracy is not the saved model's accuracy on the 20% test data.",
             zh="test_accuracy 不是所保存模型在 20% 测试集上的准确率。"))


# %% [markdown] lang="en"
# ## Task 4 · Algorithm test and test report (20 minutes, M6, M7)
#
# Test the saved model line by line on your test data: per line, the number of test
# readings, the accuracy, and the **recall** (of the readings that really were faulty, the
# share the model flagged). Then name the line where the model misses the most faults and
# write one recommendation into the report. **Skill:** test an algorithm per group and
# report it. **Quality:** metrics exact; the finding follows from the table.

# %% [markdown] lang="zh"
# ## 任务 4 · 算法测试与测试报告（20 分钟，M6、M7）
#
# 在你的测试集上按产线测试所保存的模型：每条产线的测试读数数量、准确率和**召回率**（真正有缺陷的读数中
# 被模型标记出来的比例）。然后指出模型漏掉缺陷最多（召回率最低）的产线，并在报告中写一条建议。
# **技能要求：** 分组测试算法并撰写报告。**质量指标：** 指标准确；结论与表格一致。

# %% answer="m6_metrics"
def line_metrics(truth, predicted):
    """count, accuracy and recall of one line's test readings. 一条产线测试读数的数量、准确率和召回率。"""
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    return {
        "count": len(truth),
        "accuracy": float(np.mean(truth == predicted)),
        "recall": (
            ### BEGIN SOLUTION
            float(np.mean(predicted[truth == 1] == 1))
            ### END SOLUTION
        ),
    }


# %%
test_lines = train_ready.loc[X_test.index, "line"]
predicted = model.predict(X_test)
metrics = pd.DataFrame({line: line_metrics(y_test[test_lines == line], predicted[(test_lines == line).to_numpy()])
                        for line in sorted(test_lines.unique())}).T.rename_axis("line").reset_index()
metrics.to_csv("test_report_metrics.csv", index=False)
metrics

# %% tests="m6_metrics" points=10 assesses="L3.2.2"
check("m6_metrics",
      expect(lambda: file_has_columns("test_report_metrics.csv", ["line", "count", "accuracy", "recall"]),
             en="test_report_metrics.csv is missing or its columns are not line, count, accuracy, recall.",
             zh="test_report_metrics.csv 不存在，或其列不是 line、count、accuracy、recall。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("model.pkl", "rb") as _m6_file:
    submit("m6_metrics", table=pd.read_csv("test_report_metrics.csv"), model=pickle.load(_m6_file))
### END HIDDEN TESTS


# %% judge="m6_metrics"
def judge(answer, gold):
    data = filled_readings(gold)
    _, test = train_test_split(data, test_size=0.2, random_state=42, stratify=data["fault"])
    test = test.assign(pred=answer["model"].predict(test[FEATURES]))
    table = answer["table"].set_index("line")
    right = []
    for line, group in test.groupby("line"):
        faulty = group[group["fault"] == 1]
        right.append(line in table.index and int(table.loc[line, "count"]) == len(group)
                     and abs(table.loc[line, "accuracy"] - float(np.mean(group["fault"] == group["pred"]))) < 1e-9
                     and abs(table.loc[line, "recall"] - float(np.mean(faulty["pred"] == 1))) < 1e-9)
    return all_of(rule(all(right) and len(table) == 3,
                       en="The count, accuracy or recall of some line is not right.",
                       zh="部分产线的数量、准确率或召回率不正确。"))


# %% answer="m7_report"
WEAKEST_LINE = (
    ### BEGIN SOLUTION
    metrics.loc[metrics["recall"].idxmin(), "line"]
    ### END SOLUTION
)
RECOMMENDATION = (
    ### BEGIN SOLUTION
    f"Collect and label more faulty readings from line {WEAKEST_LINE}, then retrain and test the recall again."
    ### END SOLUTION
)

# %%
report = ["# Test report: fault model", "", "## Results", "", metrics.to_string(index=False),
          "", "## Findings", "", f"Weakest line (lowest recall): {WEAKEST_LINE}", "", "## Recommendation", "", RECOMMENDATION, ""]
Path("test_report.md").write_text("\n".join(report), encoding="utf-8")

# %% tests="m7_report" points=5 assesses="L3.2.2"
check("m7_report",
      expect(lambda: Path("test_report.md").exists(), en="test_report.md has not been written.", zh="尚未写出 test_report.md。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m7_report", report=Path("test_report.md").read_text(encoding="utf-8"),
       table=pd.read_csv("test_report_metrics.csv"))
### END HIDDEN TESTS


# %% judge="m7_report"
def judge(answer, gold):
    report, table = answer["report"], answer["table"]
    weakest = table.loc[table["recall"].idxmin(), "line"]
    recommendation = report.split("## Recommendation", 1)[1].strip() if "## Recommendation" in report else ""
    return all_of(
        rule(f"Weakest line (lowest recall): {weakest}" in report,
             en="The report does not name the line with the lowest recall.", zh="报告没有指出召回率最低的产线。"),
        rule(len(recommendation) >= 20, en="The report has no real recommendation.", zh="报告缺少实质性的建议。"))


# %% [markdown] lang="en"
# ## Task 5 · Monitoring and alert rules (15 minutes, M8)
#
# `monitor_log.csv` has one row per day. The operations team's alert rules: alert on a day
# when the **accuracy is below 0.85**, or the **missing rate is above 0.05**, or the mean
# vibration is **more than 3 standard deviations** away from the mean of the **first 14
# days** (the reference window; standard deviation with `ddof=1`, pandas' default). Write the
# condition; the given code saves the flagged days to `alerts.csv`. **Skill:** turn
# monitoring requirements into alert rules. **Quality:** every bad day flagged, no good day.

# %% [markdown] lang="zh"
# ## 任务 5 · 监控与告警规则（15 分钟，M8）
#
# `monitor_log.csv` 每天一行。运维团队的告警规则：某天**准确率低于 0.85**，或**缺失率高于 0.05**，或平均振动
# 偏离**前 14 天**（参考窗口）均值**超过 3 个标准差**（标准差用 `ddof=1`，即 pandas 默认值）时告警。写出该条件；
# 给定代码会把被标记的日期保存到 `alerts.csv`。**技能要求：** 把监控需求转化为告警规则。**质量指标：**
# 所有异常日都被标记，正常日不被标记。

# %%
log = pd.read_csv("monitor_log.csv")
reference = log.head(14)
ref_mean, ref_std = reference["mean_vibration"].mean(), reference["mean_vibration"].std()

# %% answer="m8_alerts"
flagged = (
    ### BEGIN SOLUTION
    (log["accuracy"] < 0.85) | (log["missing_rate"] > 0.05) | ((log["mean_vibration"] - ref_mean).abs() > 3 * ref_std)
    ### END SOLUTION
)

# %%
log.loc[flagged, ["day"]].to_csv("alerts.csv", index=False)
print(f"{int(flagged.sum())} days flagged")

# %% tests="m8_alerts" points=15 assesses="L3.3.1"
check("m8_alerts",
      expect(lambda: file_has_columns("alerts.csv", ["day"]), en="alerts.csv is missing or has no day column.",
             zh="alerts.csv 不存在或缺少 day 列。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("m8_alerts", days=pd.read_csv("alerts.csv", dtype=str)["day"].tolist())
### END HIDDEN TESTS


# %% judge="m8_alerts"
def judge(answer, gold):
    log = pd.read_csv(gold / "monitor_log.csv", dtype={"day": str})
    window = log.head(14)["mean_vibration"]
    bad = (log["accuracy"] < 0.85) | (log["missing_rate"] > 0.05) | ((log["mean_vibration"] - window.mean()).abs() > 3 * window.std())
    expected = set(log.loc[bad, "day"])
    got = set(answer["days"])
    return all_of(
        rule(expected <= got, en="Some days that break a rule are not flagged.", zh="部分违反规则的日期没有被标记。"),
        rule(got <= expected, en="Some days that break no rule are flagged.", zh="部分没有违反规则的日期被标记了。"))


# %% [markdown] lang="en"
# ## Task 6 · Training and guidance: review a junior labeler's batch (30 minutes, M9, M10)
#
# A junior labeler labeled customer comments to this spec: the classes are `positive`,
# `negative`, `neutral` and `invalid`, written exactly so; a comment that is empty, an
# advertisement or gibberish is `invalid`; a comment that asks for a **refund**, a
# **return** or its **money back** is `negative`. `junior_batch.csv` holds the junior's
# labels and a senior's reference labels. Sort every disagreement into one error type, in
# this order of precedence: `format` (the label is not one of the four classes as written),
# `invalid_missed` (the reference is `invalid`), `refund_rule` (the reference is `negative`
# and the comment asks for a refund, return or money back), otherwise `wrong_class`. The
# given code counts them into `review_errors.csv`. Then write the junior your feedback.
# **Skill:** guide a lower-level labeler from evidence. **Quality:** counts exact; feedback
# specific, kind and actionable.

# %% [markdown] lang="zh"
# ## 任务 6 · 培训与指导：审核初级标注员的批次（30 分钟，M9、M10）
#
# 一名初级标注员按以下规范标注了客户评论：类别为 `positive`、`negative`、`neutral` 和 `invalid`，须严格按此书写；
# 空评论、广告或乱码为 `invalid`；要求**退款**（refund）、**退货**（return）或**退钱**（money back）的评论为 `negative`。
# `junior_batch.csv` 含初级标注员的标签和高级标注员的参考标签。把每处不一致归入一种错误类型，优先级依次为：
# `format`（标签不是四个类别之一的准确写法）、`invalid_missed`（参考标签为 `invalid`）、`refund_rule`（参考标签为
# `negative` 且评论要求退款、退货或退钱），其余为 `wrong_class`。给定代码会把计数写入 `review_errors.csv`。
# 然后给这位初级标注员写反馈。**技能要求：** 基于证据指导低级别标注员。**质量指标：** 计数准确；反馈具体、友善、可操作。

# %%
CLASSES = {"positive", "negative", "neutral", "invalid"}
batch = pd.read_csv("junior_batch.csv", keep_default_na=False)


def asks_for_refund(text):
    """Whether a comment asks for a refund, a return or its money back. 评论是否要求退款、退货或退钱。"""
    lowered = text.lower()
    return any(words in lowered for words in ("refund", "return", "money back"))


# %% answer="m9_review"
def error_type(row):
    """The error type of one disagreement (rows that agree are not errors). 一处不一致的错误类型。"""
    ### BEGIN SOLUTION
    if row["junior_label"] not in CLASSES:
        return "format"
    if row["reference_label"] == "invalid":
        return "invalid_missed"
    if row["reference_label"] == "negative" and asks_for_refund(row["text"]):
        return "refund_rule"
    return "wrong_class"
    ### END SOLUTION


# %%
disagreements = batch[batch["junior_label"] != batch["reference_label"]]
errors = disagreements.apply(error_type, axis=1).value_counts().rename_axis("error_type").reset_index(name="count")
errors.to_csv("review_errors.csv", index=False)
errors

# %% tests="m9_review" points=15 assesses="L3.4.2"
check("m9_review",
      expect(lambda: file_has_columns("review_errors.csv", ["error_type", "count"]),
             en="review_errors.csv is missing or its columns are not error_type, count.",
             zh="review_errors.csv 不存在，或其列不是 error_type、count。"))
### BEGIN HIDDEN TESTS
from course import submit
_m9 = pd.read_csv("review_errors.csv")
submit("m9_review", counts={str(k): int(v) for k, v in zip(_m9["error_type"], _m9["count"])})
### END HIDDEN TESTS


# %% judge="m9_review"
def judge(answer, gold):
    batch = pd.read_csv(gold / "junior_batch.csv", keep_default_na=False)
    classes = {"positive", "negative", "neutral", "invalid"}
    counts = {}
    for _, row in batch[batch["junior_label"] != batch["reference_label"]].iterrows():
        refund = any(w in row["text"].lower() for w in ("refund", "return", "money back"))
        kind = ("format" if row["junior_label"] not in classes else "invalid_missed" if row["reference_label"] == "invalid"
                else "refund_rule" if row["reference_label"] == "negative" and refund else "wrong_class")
        counts[kind] = counts.get(kind, 0) + 1
    return all_of(rule(answer["counts"] == counts, en="The error types or their counts are not right.",
                       zh="错误类型或其数量不正确。"))


# %% [markdown] lang="en"
# **M10 (10 marks, marked by hand).** In the cell below, write your feedback to the junior
# labeler (in English or Chinese, 80 to 200 words): what they do well, their two most
# frequent error types with one example each from the batch, the rule of the spec that
# prevents each, and one concrete practice step before their next batch.

# %% [markdown] lang="zh"
# **M10（10 分，人工评分）。** 在下面的单元格中给这位初级标注员写反馈（中文或英文，80 到 200 字）：肯定其做得好的地方，
# 指出其最常见的两类错误并各举批次中的一个例子，说明能避免每类错误的规范条款，并给出下一批之前的一个具体练习步骤。

# %% [markdown] manual="m10_feedback" points=10 assesses="L3.4.1,L3.4.2,ethics"
# **Model answer.** Thank you for a careful first batch: most of your labels match the
# reference. Two patterns cost you most. First, comments that are empty, ads or gibberish
# (for example "Follow us for daily deals!!!") must be labeled `invalid`, not `neutral`: the
# spec keeps them out of training. Second, a comment asking for a refund or return (for
# example "Return requested: wrong size sent.") is `negative` even when its tone is calm.
# Also write labels exactly as the spec lists them (`positive`, not `Positive` or `pos`).
# Before your next batch, relabel the 12 practice comments I marked, checking the invalid
# and refund rules first, and compare with the reference together with me.
#
# **Rubric (10 marks).** 2: the two most frequent error types named correctly (invalid
# missed 6, refund rule 4; format 3 and wrong class 4 are also acceptable as the second) ·
# 2: one real example from the batch for each · 2: the spec rule behind each stated ·
# 2: one concrete, checkable practice step · 2: respectful, specific tone, no blame.
