# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l4_data_quality
#     level: 4
#     title: {en: Checking data quality and improving the processing method, zh: 数据质量检验与处理方法优化}
#     datasets: [clinic_visits/visits_raw.csv, clinic_visits/visits_valid.csv]
#     gold: [clinic_visits/visits_test.csv]
# ---

# %% [markdown] lang="en"
# # Checking data quality and improving the processing method
#
# A diabetes clinic wants a screening model: from the routine measurements of a visit (age,
# sex, BMI, blood pressure, fasting glucose, smoking) it should flag patients who probably
# have diabetes, so that they get the confirmatory lab test sooner. The label `diabetes`
# comes from that lab test and is reliable. The measurements come from the clinic's old
# system, and nobody has checked them.
#
# Until now the team "prepared" the export in one line: drop exact duplicates, drop every
# row with a gap. As a Level 4 AI trainer your job is the two units of the standard called
# **checking data quality** (业务数据质量检验) and **improving the processing method**
# (数据处理方法优化):
#
# 1. measure the problems: missing values, duplicates, outliers, invalid codes, and leakage
#    between training and validation data (Tasks 1 to 6);
# 2. write a reusable cleaning function that fixes them (Task 7);
# 3. **show** what the new method improved, on data the model never saw (Task 8), and
#    explain it to the clinic (written question).
#
# Each task is a function. Run your answer cell, then its check cell. When you hand in,
# hidden checks also run, some of them on held-out clinic data that is not in your folder.
# `hint("task_id")` gives hints one at a time.

# %% [markdown] lang="zh"
# # 数据质量检验与处理方法优化
#
# 一家糖尿病门诊想要一个筛查模型：根据一次就诊的常规测量（年龄、性别、BMI、血压、空腹血糖、
# 是否吸烟），标出可能患有糖尿病的患者，让他们更早去做确诊的化验。标签 `diabetes` 来自这项化验，
# 是可靠的。而测量数据来自门诊的旧系统，没有人检查过。
#
# 到目前为止，团队“处理”导出数据只用一行代码：删除完全重复的行，删除所有带空缺的行。作为四级
# 人工智能训练师，你的工作对应职业标准中的两个单元：**业务数据质量检验**和**数据处理方法优化**：
#
# 1. 度量问题：缺失值、重复、异常值、无效编码，以及训练数据和验证数据之间的泄漏（任务 1 到 6）；
# 2. 编写一个可复用的清洗函数来修复这些问题（任务 7）；
# 3. 在模型从未见过的数据上**证明**新方法带来了多少改进（任务 8），并向门诊说明（简答题）。
#
# 每个任务都是一个函数。先运行你的答案单元格，再运行它的检查单元格。提交后还会运行隐藏检查，
# 其中一些使用不在你文件夹里的门诊保留数据。`hint("任务编号")` 会逐条给出提示。

# %%
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from course import check, expect, hint

raw = pd.read_csv("visits_raw.csv")
valid = pd.read_csv("visits_valid.csv")
print(raw.shape, valid.shape)
raw.head(8)

# %% [markdown] lang="en"
# `visits_raw.csv` is the training export: one row per visit. `visits_valid.csv` is a
# validation file a colleague checked by hand; we will use it to measure models. The
# columns:
#
# | column | meaning |
# |---|---|
# | `visit_id`, `patient_id` | visit and patient numbers; a patient can have several visits |
# | `visit_date` | date of the visit |
# | `age` | years |
# | `sex` | code `F` or `M` |
# | `bmi` | body-mass index, kg/m² |
# | `systolic_bp` | systolic blood pressure, mmHg |
# | `glucose` | fasting plasma glucose, **mmol/L** (normal is below about 6.1) |
# | `smoker` | code `Y` or `N` |
# | `diabetes` | the label: 1 = diabetes confirmed by the lab, 0 = not |
#
# The clinic's rules for valid data are written down once, here, so that every function
# uses the same ones. Plausible ranges are *medical* limits: a value outside them is a
# recording error, not a rare patient.

# %% [markdown] lang="zh"
# `visits_raw.csv` 是训练数据的导出文件，每行一次就诊。`visits_valid.csv` 是同事人工核对过的验证
# 文件，我们用它来评估模型。各列含义：
#
# | 列 | 含义 |
# |---|---|
# | `visit_id`、`patient_id` | 就诊编号和患者编号；一位患者可以有多次就诊 |
# | `visit_date` | 就诊日期 |
# | `age` | 年龄（岁） |
# | `sex` | 性别编码 `F` 或 `M` |
# | `bmi` | 体重指数，kg/m² |
# | `systolic_bp` | 收缩压，mmHg |
# | `glucose` | 空腹血糖，**mmol/L**（正常值大约低于 6.1） |
# | `smoker` | 是否吸烟，编码 `Y` 或 `N` |
# | `diabetes` | 标签：1 = 化验确诊糖尿病，0 = 没有 |
#
# 门诊对有效数据的规定在这里集中写一次，所有函数都使用同一套规则。合理范围是*医学上的*界限：
# 超出范围的值是记录错误，而不是罕见的患者。

# %%
NUMBERS = ["age", "bmi", "systolic_bp", "glucose"]
CODES = ["sex", "smoker"]
ALLOWED = {"sex": ["F", "M"], "smoker": ["Y", "N"]}
PLAUSIBLE = {"age": (18, 100), "bmi": (12, 70), "systolic_bp": (70, 250), "glucose": (2, 30)}


def make_model():
    """The clinic's screening model: scaled numbers and one-hot codes into a logistic regression."""
    columns = ColumnTransformer([("numbers", StandardScaler(), NUMBERS),
                                 ("codes", OneHotEncoder(handle_unknown="ignore"), CODES)])
    return make_pipeline(columns, LogisticRegression(max_iter=1000))


def old_method(df):
    """How the team prepared the export so far: drop exact duplicates and every row with a gap."""
    return df.drop_duplicates().dropna()


# %% [markdown] lang="en"
# ## Task 1 · `missing_report`: where are the gaps?
#
# The first question about any data set: how much is missing, and where? A column with
# 1 % gaps needs different handling from one with 40 %.
#
# Complete `missing_report(df)`: return a DataFrame with **one row per column of `df`**
# (the column names as the index, in the same order as in `df`) and two columns:
#
# * `missing`: how many values of that column are missing;
# * `share`: that number divided by the number of rows of `df` (0.05 means 5 %).

# %% [markdown] lang="zh"
# ## 任务 1 · `missing_report`：空缺在哪里？
#
# 拿到任何数据集，第一个问题都是：缺了多少，缺在哪里？空缺 1% 的列和空缺 40% 的列，处理方法不同。
#
# 请补全 `missing_report(df)`：返回一个 DataFrame，**`df` 的每一列对应一行**（以列名为索引，顺序与
# `df` 相同），包含两列：
#
# * `missing`：该列有多少个缺失值；
# * `share`：这个数除以 `df` 的行数（0.05 表示 5%）。

# %% answer="missing_report"
def missing_report(df):
    """Return a DataFrame indexed by df's columns with `missing` (count) and `share` (count / rows).

    返回以 df 的列名为索引的 DataFrame，包含 `missing`（缺失个数）和 `share`（缺失个数 / 行数）。
    """
    ### BEGIN SOLUTION
    counts = df.isna().sum()
    return pd.DataFrame({"missing": counts, "share": counts / len(df)})
    ### END SOLUTION


# %% tests="missing_report" points=2 assesses="L4.1.1"
_mr_in = pd.DataFrame({"a": [1.0, None, 3.0, None], "b": ["x", "y", None, "z"], "c": [1, 2, 3, 4]})
_mr = lambda: missing_report(_mr_in.copy())
check("missing_report",
      expect(lambda: list(_mr().index) == ["a", "b", "c"] and list(_mr().columns) == ["missing", "share"],
             en="The report should have one row per column (a, b, c as the index) and the columns missing and share.",
             zh="报告应每列一行（以 a、b、c 为索引），并包含 missing 和 share 两列。"),
      expect(lambda: _mr()["missing"].tolist() == [2, 1, 0],
             en="missing should count the gaps: 2 in a, 1 in b, 0 in c.",
             zh="missing 应统计空缺数：a 列 2 个，b 列 1 个，c 列 0 个。"),
      expect(lambda: np.allclose(_mr()["share"].tolist(), [0.5, 0.25, 0.0]),
             en="share should be the count divided by the number of rows (4 here): 0.5, 0.25, 0.",
             zh="share 应为缺失个数除以行数（这里是 4）：0.5、0.25、0。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("missing_report", small=missing_report(_mr_in.copy()), export=missing_report(pd.read_csv("visits_raw.csv")))
### END HIDDEN TESTS


# %% judge_helpers
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMBERS, CODES = ["age", "bmi", "systolic_bp", "glucose"], ["sex", "smoker"]


def raw_visits(gold):
    """The clinic's export as the lesson reads it."""
    return pd.read_csv(gold / "visits_raw.csv")


def clinic_model():
    """The clinic's diabetes model, not fitted yet: numbers scaled, codes one-hot encoded, then logistic."""
    columns = ColumnTransformer([("numbers", StandardScaler(), NUMBERS),
                                 ("codes", OneHotEncoder(handle_unknown="ignore"), CODES)])
    return make_pipeline(columns, LogisticRegression(max_iter=1000))


def close(value, expected):
    """Whether `value` is a float within 1e-9 of `expected`."""
    return isinstance(value, float) and abs(float(value) - expected) < 1e-9


# %% judge="missing_report"
def judge(answer, gold):
    raw = raw_visits(gold)
    expected = raw.isna().sum()

    def matches(report, counts, rows):
        return (type(report) is pd.DataFrame and list(report.columns) == ["missing", "share"]
                and list(report.index) == list(counts.index)
                and np.allclose(report["missing"].to_numpy(float), counts.to_numpy(float))
                and np.allclose(report["share"].to_numpy(float), counts.to_numpy(float) / rows))

    small = pd.Series([2, 1, 0], index=["a", "b", "c"])
    return all_of(
        rule(matches(answer["small"], small, 4),
             en="On the small example (gaps 2, 1, 0 in 4 rows) the report is wrong.",
             zh="在小例子上（4 行中空缺分别为 2、1、0），报告不对。"),
        rule(type(answer["export"]) is pd.DataFrame and list(answer["export"].index) == list(raw.columns)
             and np.allclose(answer["export"]["missing"].to_numpy(float), expected.to_numpy(float)),
             en="On the clinic export the missing counts are wrong or a column is missing from the report.",
             zh="在门诊导出数据上，缺失个数不对，或报告中缺少某一列。"),
        rule(matches(answer["export"], expected, len(raw)),
             en="On the clinic export the shares are wrong: divide by the number of rows of the table.",
             zh="在门诊导出数据上，占比不对：应除以整个表的行数。"))


# %% [markdown] hint="missing_report" lang="en"
# `df.isna()` is a table of True/False, True where a value is missing. Summing True/False
# counts the Trues, and `.sum()` on a DataFrame sums each column: you get a Series indexed by
# the column names.

# %% [markdown] hint="missing_report" lang="zh"
# `df.isna()` 是一个 True/False 表，缺失的位置为 True。对 True/False 求和就是数 True 的个数，
# 而 DataFrame 的 `.sum()` 会对每一列求和：得到一个以列名为索引的 Series。

# %% [markdown] hint="missing_report" lang="en"
# `pd.DataFrame({"missing": some_series, "share": other_series})` builds a table from
# Series that share an index.

# %% [markdown] hint="missing_report" lang="zh"
# `pd.DataFrame({"missing": 某个Series, "share": 另一个Series})` 可以用索引相同的几个 Series 组成一张表。

# %% [markdown] lang="en"
# Run it on the export. Gaps are spread over four measurements; dropping every row with a
# gap (the old method) throws away all the *other* measurements of those visits too.

# %% [markdown] lang="zh"
# 在导出数据上运行一下。空缺分散在四项测量中；删除所有带空缺的行（旧方法）会把这些就诊的
# *其他*测量值也一起丢掉。

# %%
missing_report(raw)

# %% [markdown] lang="en"
# ## Task 2 · `count_duplicates`: two kinds of duplicates
#
# A duplicate is not always an identical row. Our export has two kinds:
#
# * **exact** duplicates: a row identical in *every* column to an earlier row (the export
#   ran twice);
# * rows that repeat an earlier row's **key** (here `visit_id`) but differ somewhere: the
#   visit was typed in again, with a changed value. `drop_duplicates()` with no arguments
#   keeps these, so the old method trains on some visits twice.
#
# Complete `count_duplicates(df, key)`: return a dictionary with two numbers,
# `{"exact": …, "same_key": …}`:
#
# * `exact`: how many rows are identical in every column to an earlier row;
# * `same_key`: how many rows have a value of the column `key` that an earlier row already
#   had (this includes the exact duplicates).
#
# The first occurrence is never counted: three identical rows give `exact` 2.

# %% [markdown] lang="zh"
# ## 任务 2 · `count_duplicates`：两种重复
#
# 重复不一定是完全相同的行。我们的导出数据里有两种：
#
# * **完全**重复：某一行的*每一列*都与前面某一行相同（导出任务运行了两次）；
# * 与前面某行的**键**（这里是 `visit_id`）相同、但某处不同的行：这次就诊被重新录入了一遍，
#   还改动了某个值。不带参数的 `drop_duplicates()` 会保留这些行，所以旧方法会把某些就诊训练两次。
#
# 请补全 `count_duplicates(df, key)`：返回一个包含两个数的字典 `{"exact": …, "same_key": …}`：
#
# * `exact`：有多少行的每一列都与前面某一行相同；
# * `same_key`：有多少行在 `key` 列上的值已经在前面的行中出现过（包括完全重复的行）。
#
# 第一次出现的行不计入：三行完全相同，`exact` 为 2。

# %% answer="count_duplicates"
def count_duplicates(df, key):
    """Return {"exact": rows identical to an earlier row, "same_key": rows repeating an earlier row's key}.

    返回 {"exact": 与前面某行完全相同的行数, "same_key": 键与前面某行相同的行数}。
    """
    ### BEGIN SOLUTION
    return {"exact": int(df.duplicated().sum()), "same_key": int(df[key].duplicated().sum())}
    ### END SOLUTION


# %% tests="count_duplicates" points=2 assesses="L4.1.1"
_cd_in = pd.DataFrame({"visit_id": ["V1", "V2", "V2", "V3", "V3", "V2"],
                       "systolic_bp": [120, 130, 130, 110, 115, 130]})
check("count_duplicates",
      expect(lambda: isinstance(count_duplicates(_cd_in.copy(), "visit_id"), dict)
             and set(count_duplicates(_cd_in.copy(), "visit_id")) == {"exact", "same_key"},
             en='count_duplicates should return a dictionary with the keys "exact" and "same_key".',
             zh='count_duplicates 应返回一个包含键 "exact" 和 "same_key" 的字典。'),
      expect(lambda: count_duplicates(_cd_in.copy(), "visit_id")["exact"] == 2,
             en="exact is wrong: V2 with 130 appears three times (2 repeats); V3 with 115 differs from V3 with 110.",
             zh="exact 不对：V2 配 130 出现了三次（重复 2 次）；V3 配 115 与 V3 配 110 不同。"),
      expect(lambda: count_duplicates(_cd_in.copy(), "visit_id")["same_key"] == 3,
             en="same_key is wrong: V2 is repeated twice and V3 once, so 3 rows repeat an earlier visit_id.",
             zh="same_key 不对：V2 重复了两次，V3 重复了一次，所以有 3 行的 visit_id 与前面重复。"))
### BEGIN HIDDEN TESTS
_cd_raw = pd.read_csv("visits_raw.csv")
from course import submit
submit("count_duplicates", small=count_duplicates(_cd_in.copy(), "visit_id"),
       by_visit=count_duplicates(_cd_raw, "visit_id"), by_patient=count_duplicates(_cd_raw, "patient_id"))
### END HIDDEN TESTS


# %% judge="count_duplicates"
def judge(answer, gold):
    raw = raw_visits(gold)
    as_ints = lambda result: {k: int(v) for k, v in result.items()} if type(result) is dict else result
    return all_of(
        rule(as_ints(answer["small"]) == {"exact": 2, "same_key": 3},
             en="On the small example the counts should be exact 2 and same_key 3.",
             zh="在小例子上，统计结果应为 exact 2、same_key 3。"),
        rule(as_ints(answer["by_visit"]) == {"exact": int(raw.duplicated().sum()),
                                             "same_key": int(raw["visit_id"].duplicated().sum())},
             en="On the clinic export the counts are wrong.",
             zh="在门诊导出数据上，统计结果不对。"),
        rule(type(answer["by_patient"]) is dict
             and int(answer["by_patient"].get("same_key", -1)) == int(raw["patient_id"].duplicated().sum()),
             en="count_duplicates should use the column named by `key`, whichever it is.",
             zh="count_duplicates 应使用 `key` 指定的列，无论是哪一列。"))


# %% [markdown] hint="count_duplicates" lang="en"
# `df.duplicated()` marks every row that repeats an earlier one (True/False); a Series has
# a `.duplicated()` method too. Count the Trues with `.sum()`.

# %% [markdown] hint="count_duplicates" lang="zh"
# `df.duplicated()` 会标出每一个与前面某行重复的行（True/False）；Series 也有 `.duplicated()` 方法。
# 用 `.sum()` 统计 True 的个数。

# %% [markdown] lang="en"
# On the export: 16 exact copies, and 6 more rows that repeat a visit with a changed value.
# A patient with several visits is *not* a duplicate: those are different visits.

# %% [markdown] lang="zh"
# 在导出数据上：16 行完全重复，另有 6 行重复了某次就诊但改动了数值。有多次就诊的患者*不是*
# 重复：那是不同的就诊。

# %%
count_duplicates(raw, "visit_id")

# %% [markdown] lang="en"
# ## Task 3 · `iqr_outliers`: values far from the rest
#
# A common rule of thumb for **outliers** uses the quartiles: Q1, the value below which a
# quarter of the data lies, and Q3, below which three quarters lie. Their distance
# IQR = Q3 − Q1 (the *interquartile range*) measures the spread of the middle half. A value
# is an outlier when it lies more than `k` × IQR below Q1 or above Q3 (`k` = 1.5 usually).
#
# Complete `iqr_outliers(values, k=1.5)`. `values` is a Series of numbers, possibly with
# gaps. Return a Series of True/False with the same index: True where the value is below
# Q1 − k·IQR or above Q3 + k·IQR. Use pandas' `quantile(0.25)` and `quantile(0.75)`.
# Missing values are not outliers (False).

# %% [markdown] lang="zh"
# ## 任务 3 · `iqr_outliers`：远离其他值的数
#
# 判断**异常值**的一个常用经验规则用的是四分位数：Q1 是有四分之一数据低于它的值，Q3 是有四分之三
# 数据低于它的值。两者之差 IQR = Q3 − Q1（*四分位距*）衡量中间一半数据的分散程度。一个值如果比 Q1
# 低、或比 Q3 高出 `k` × IQR 以上，就算异常值（通常 `k` = 1.5）。
#
# 请补全 `iqr_outliers(values, k=1.5)`。`values` 是一个数值 Series，可能有空缺。返回索引相同的
# True/False Series：值低于 Q1 − k·IQR 或高于 Q3 + k·IQR 的位置为 True。使用 pandas 的
# `quantile(0.25)` 和 `quantile(0.75)`。缺失值不算异常值（False）。

# %% answer="iqr_outliers"
def iqr_outliers(values, k=1.5):
    """Return True/False per value: outside [Q1 - k*IQR, Q3 + k*IQR]; missing values are False.

    逐个返回 True/False：是否在 [Q1 - k*IQR, Q3 + k*IQR] 之外；缺失值为 False。
    """
    ### BEGIN SOLUTION
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    spread = q3 - q1
    return (values < q1 - k * spread) | (values > q3 + k * spread)
    ### END SOLUTION


# %% tests="iqr_outliers" points=2 assesses="L4.1.1,fundamentals"
_io_in = pd.Series([10.0, 12.0, 11.0, 13.0, 12.0, 40.0, None, 11.0, -5.0], index=list("abcdefghi"))
check("iqr_outliers",
      expect(lambda: list(iqr_outliers(_io_in.copy()).index) == list("abcdefghi"),
             en="The result should have the same index as the input.",
             zh="结果的索引应与输入相同。"),
      expect(lambda: iqr_outliers(_io_in.copy()).tolist() == [False, False, False, False, False, True, False, False, True],
             en="With k = 1.5, 40 and -5 are outliers here (Q1 = 10.75, Q3 = 12.25); the missing value is not.",
             zh="k = 1.5 时，这里的 40 和 -5 是异常值（Q1 = 10.75，Q3 = 12.25）；缺失值不是。"))
### BEGIN HIDDEN TESTS
_io_wide = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 18.0])
from course import submit
submit("iqr_outliers", small=iqr_outliers(_io_in.copy()), k_15=iqr_outliers(_io_wide.copy(), k=1.5),
       k_3=iqr_outliers(_io_wide.copy(), k=3), glucose=iqr_outliers(pd.read_csv("visits_raw.csv")["glucose"]))
### END HIDDEN TESTS


# %% judge="iqr_outliers"
def judge(answer, gold):
    glucose = raw_visits(gold)["glucose"]
    q1, q3 = glucose.quantile(0.25), glucose.quantile(0.75)
    expected = ((glucose < q1 - 1.5 * (q3 - q1)) | (glucose > q3 + 1.5 * (q3 - q1))).tolist()
    series_flags = lambda result: [bool(v) for v in result.tolist()] if type(result) is pd.Series else None
    return all_of(
        rule(type(answer["small"]) is pd.Series and list(answer["small"].index) == list("abcdefghi")
             and series_flags(answer["small"]) == [False, False, False, False, False, True, False, False, True],
             en="On the small example, 40 and -5 are the outliers, the missing value is not, and the index stays.",
             zh="在小例子上，40 和 -5 是异常值，缺失值不是，索引保持不变。"),
        rule(series_flags(answer["k_15"]) is not None and series_flags(answer["k_15"])[-1] and not series_flags(answer["k_3"])[-1],
             en="k should widen or narrow the fences: for 1, 2, …, 8, 18, the value 18 is an outlier for k = 1.5 but not for k = 3 (Q1 = 3, Q3 = 7).",
             zh="k 应能放宽或收紧界限：对 1、2、…、8、18，k = 1.5 时 18 是异常值，k = 3 时不是（Q1 = 3，Q3 = 7）。"),
        rule(series_flags(answer["glucose"]) == expected,
             en="On the clinic's glucose values the flags are wrong.",
             zh="在门诊的血糖值上，标记结果不对。"))


# %% [markdown] hint="iqr_outliers" lang="en"
# Compute Q1 and Q3 with `values.quantile(...)`, then two comparisons of the whole Series,
# combined with `|` ("or"). A comparison with a missing value is False, which is exactly
# what the task asks.

# %% [markdown] hint="iqr_outliers" lang="zh"
# 用 `values.quantile(...)` 算出 Q1 和 Q3，再对整个 Series 做两次比较，用 `|`（“或”）组合。
# 与缺失值比较的结果是 False，正好符合任务要求。

# %% [markdown] lang="en"
# The IQR rule on the glucose column flags 85 values. Look at them: most are between 90
# and 180, which is not a possible fasting glucose in mmol/L but a *normal* one in mg/dL,
# the other unit labs use (1 mmol/L = 18 mg/dL). A second analyser wrote the wrong unit.
# But the rule also flags a few real values between 11 and 30 mmol/L: patients with badly
# controlled diabetes, exactly the ones the model must learn from. **A statistical outlier
# is a question, not a verdict.** For errors we use the medical ranges in `PLAUSIBLE`; for
# the unit problem we convert rather than delete.

# %% [markdown] lang="zh"
# IQR 规则在血糖列上标出了 85 个值。看一看：大多数在 90 到 180 之间，这不可能是以 mmol/L 为单位的
# 空腹血糖，但用另一种化验单位 mg/dL 来看却是*正常*值（1 mmol/L = 18 mg/dL）。是第二台分析仪写错了
# 单位。不过这条规则也标出了几个 11 到 30 mmol/L 之间的真实值：这些是血糖控制很差的糖尿病患者，
# 正是模型必须从中学习的人。**统计上的异常值是一个疑问，而不是判决。**对于录入错误，我们用
# `PLAUSIBLE` 中的医学范围来判断；对于单位问题，我们换算，而不是删除。

# %%
flagged = raw.loc[iqr_outliers(raw["glucose"]), "glucose"]
print(len(flagged), "flagged;", (flagged > 30).sum(), "above 30, i.e. in mg/dL;",
      flagged[flagged <= 30].tolist(), "are real, high values")

# %% [markdown] lang="en"
# ## Task 4 · `invalid_codes`: values outside the code list
#
# A code column may only hold the codes in its list. Anything else, such as `m`, ` F` (with
# a space), `X` or `?`, is invalid: some can be repaired (`m` is surely `M`), others cannot
# (`X`, `U`). Before repairing, measure.
#
# Complete `invalid_codes(df, allowed)`. `allowed` is a dictionary `column → list of valid
# codes`, like `ALLOWED`. Return a DataFrame of True/False with the same index as `df` and
# one column for each key of `allowed` (in its order): True where the value is **present
# and not** in that column's list. Missing values are counted by `missing_report`, not here
# (False). Compare the values exactly as they are written.

# %% [markdown] lang="zh"
# ## 任务 4 · `invalid_codes`：不在编码表里的值
#
# 编码列只能取编码表中的值。其他的值，比如 `m`、` F`（带空格）、`X` 或 `?`，都是无效的：有些可以
# 修复（`m` 肯定是 `M`），有些不能（`X`、`U`）。修复之前，先度量。
#
# 请补全 `invalid_codes(df, allowed)`。`allowed` 是一个 `列名 → 有效编码列表` 的字典，就像 `ALLOWED`。
# 返回一个 True/False 的 DataFrame，索引与 `df` 相同，`allowed` 的每个键对应一列（顺序相同）：值**存在
# 且不在**该列的编码表中时为 True。缺失值由 `missing_report` 统计，这里为 False。按值的原样比较。

# %% answer="invalid_codes"
def invalid_codes(df, allowed):
    """Return True/False per value of each column in `allowed`: present but not one of its codes.

    对 `allowed` 中每一列的每个值返回 True/False：值存在但不是该列的有效编码。
    """
    ### BEGIN SOLUTION
    flags = pd.DataFrame(index=df.index)
    for column, codes in allowed.items():
        flags[column] = df[column].notna() & ~df[column].isin(codes)
    return flags
    ### END SOLUTION


# %% tests="invalid_codes" points=2 assesses="L4.1.1"
_ic_in = pd.DataFrame({"sex": ["F", "m", " M", None, "X"], "smoker": ["Y", "N", "U", "n", "N"],
                       "age": [50, 60, 70, 80, 90]}, index=[10, 11, 12, 13, 14])
_ic = lambda: invalid_codes(_ic_in.copy(), {"sex": ["F", "M"], "smoker": ["Y", "N"]})
check("invalid_codes",
      expect(lambda: list(_ic().columns) == ["sex", "smoker"] and list(_ic().index) == [10, 11, 12, 13, 14],
             en="The result should have the columns sex and smoker (the keys of allowed) and the index of df.",
             zh="结果应包含 sex 和 smoker 两列（allowed 的键），索引与 df 相同。"),
      expect(lambda: _ic()["sex"].tolist() == [False, True, True, False, True],
             en="sex: 'm', ' M' and 'X' are invalid as written; a missing value is not counted here.",
             zh="sex：按原样比较，'m'、' M' 和 'X' 无效；缺失值不在这里统计。"),
      expect(lambda: _ic()["smoker"].tolist() == [False, False, True, True, False],
             en="smoker: 'U' and 'n' are invalid.",
             zh="smoker：'U' 和 'n' 无效。"))
### BEGIN HIDDEN TESTS
_ic_raw = pd.read_csv("visits_raw.csv")
from course import submit
submit("invalid_codes", small=_ic(), export=invalid_codes(_ic_raw, ALLOWED),
       smoker_only=invalid_codes(_ic_raw, {"smoker": ["Y", "N", "U"]}))
### END HIDDEN TESTS


# %% judge="invalid_codes"
def judge(answer, gold):
    raw = raw_visits(gold)

    def flags(result, column):
        return [bool(v) for v in result[column].tolist()] if type(result) is pd.DataFrame and column in result else None

    def expected(column, codes):
        return (raw[column].notna() & ~raw[column].isin(codes)).tolist()

    small = answer["small"]
    return all_of(
        rule(type(small) is pd.DataFrame and list(small.columns) == ["sex", "smoker"]
             and list(small.index) == [10, 11, 12, 13, 14]
             and flags(small, "sex") == [False, True, True, False, True]
             and flags(small, "smoker") == [False, False, True, True, False],
             en="On the small example the flags, the columns or the index are wrong.",
             zh="在小例子上，标记、列或索引不对。"),
        rule(list(answer["export"].columns) == ["sex", "smoker"]
             and flags(answer["export"], "sex") == expected("sex", ["F", "M"])
             and flags(answer["export"], "smoker") == expected("smoker", ["Y", "N"]),
             en="On the clinic export the invalid codes are not flagged right.",
             zh="在门诊导出数据上，无效编码的标记不对。"),
        rule(list(answer["smoker_only"].columns) == ["smoker"]
             and flags(answer["smoker_only"], "smoker") == expected("smoker", ["Y", "N", "U"]),
             en="invalid_codes should use the code lists it is given, for exactly the columns it is given.",
             zh="invalid_codes 应使用传入的编码表，并且只检查传入的那些列。"))


# %% [markdown] hint="invalid_codes" lang="en"
# `series.isin(codes)` is True where the value is in the list; `~` turns True into False
# and back. Combine it with `series.notna()` using `&` ("and").

# %% [markdown] hint="invalid_codes" lang="zh"
# 值在列表中时 `series.isin(codes)` 为 True；`~` 把 True 和 False 互换。再用 `&`（“且”）
# 和 `series.notna()` 组合起来。

# %%
invalid_codes(raw, ALLOWED).sum()

# %% [markdown] lang="en"
# ## Task 5 · `leaked_patients`: the same patient on both sides
#
# **Leakage** means information from the evaluation data got into training. Then the score
# you measure is too good, and the clinic is promised an accuracy the model will not reach
# on new patients. Here is a subtle case: `visits_valid.csv` holds *visits*, and some of its
# patients also have visits in the training export. A patient's measurements are similar
# from visit to visit, so the model has partly "seen the answer".
#
# Complete `leaked_patients(train, test, key="patient_id")`: return a **sorted list** of the
# distinct values of the column `key` that occur in both DataFrames (an empty list when
# there are none).

# %% [markdown] lang="zh"
# ## 任务 5 · `leaked_patients`：两边都有的患者
#
# **泄漏**指的是评估数据中的信息进入了训练。这样测出的分数会偏高，门诊得到的承诺准确率，模型在
# 新患者身上根本达不到。这里有一个不易察觉的情况：`visits_valid.csv` 里存的是*就诊*，其中有些患者
# 在训练数据里也有就诊记录。同一位患者每次就诊的测量值都很接近，所以模型已经部分“看过答案”了。
#
# 请补全 `leaked_patients(train, test, key="patient_id")`：返回在两个 DataFrame 的 `key` 列中都
# 出现过的不同取值，组成**排好序的列表**（没有时返回空列表）。

# %% answer="leaked_patients"
def leaked_patients(train, test, key="patient_id"):
    """Return the sorted list of distinct `key` values found in both train and test.

    返回在 train 和 test 中都出现过的 `key` 取值（去重、排序后的列表）。
    """
    ### BEGIN SOLUTION
    return sorted(set(train[key]) & set(test[key]))
    ### END SOLUTION


# %% tests="leaked_patients" points=2 assesses="L4.1.1"
_lp_train = pd.DataFrame({"patient_id": ["P9", "P2", "P2", "P5"], "visit_id": ["V1", "V2", "V3", "V4"]})
_lp_test = pd.DataFrame({"patient_id": ["P7", "P5", "P2", "P5"], "visit_id": ["V8", "V9", "V10", "V11"]})
check("leaked_patients",
      expect(lambda: leaked_patients(_lp_train.copy(), _lp_test.copy()) == ["P2", "P5"],
             en="P2 and P5 are in both tables: the result should be the sorted list ['P2', 'P5'], each patient once.",
             zh="P2 和 P5 在两个表中都出现：结果应为排好序的列表 ['P2', 'P5']，每位患者只出现一次。"),
      expect(lambda: leaked_patients(_lp_train.copy(), _lp_test.iloc[:1].copy()) == [],
             en="With no shared patient the result should be an empty list.",
             zh="没有共同患者时，结果应为空列表。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("leaked_patients", small=leaked_patients(_lp_train.copy(), _lp_test.copy()),
       none=leaked_patients(_lp_train.copy(), _lp_test.iloc[:1].copy()),
       clinic=leaked_patients(pd.read_csv("visits_raw.csv"), pd.read_csv("visits_valid.csv")),
       by_visit=leaked_patients(_lp_train.copy(), _lp_test.copy(), key="visit_id"))
### END HIDDEN TESTS


# %% judge="leaked_patients"
def judge(answer, gold):
    raw = raw_visits(gold)
    valid = pd.read_csv(gold / "visits_valid.csv")
    return all_of(
        rule(answer["small"] == ["P2", "P5"] and answer["none"] == [],
             en="On the small example the result should be the sorted list ['P2', 'P5'], and [] when nothing is shared.",
             zh="在小例子上，结果应为排好序的列表 ['P2', 'P5']；没有共同值时为 []。"),
        rule(answer["clinic"] == sorted(set(raw["patient_id"]) & set(valid["patient_id"])),
             en="On the clinic files the list of shared patients is wrong.",
             zh="在门诊文件上，共同患者的列表不对。"),
        rule(answer["by_visit"] == [],
             en="leaked_patients should compare the column named by `key`.",
             zh="leaked_patients 应比较 `key` 指定的列。"))


# %% [markdown] hint="leaked_patients" lang="en"
# Python's `set` keeps each value once, and `a & b` of two sets is what they have in common.
# `sorted(...)` turns any collection into a sorted list.

# %% [markdown] hint="leaked_patients" lang="zh"
# Python 的 `set`（集合）中每个值只保留一次，两个集合的 `a & b` 就是它们的共同部分。
# `sorted(...)` 可以把任何集合变成排好序的列表。

# %% [markdown] lang="en"
# Fourteen patients of the validation file are in training. We take them out of the
# validation data: every measurement below is made only on patients the model has never
# seen. (Removing them from training instead would also work; what matters is that no
# patient is on both sides.)

# %% [markdown] lang="zh"
# 验证文件中有 14 位患者也在训练数据里。我们把他们从验证数据中去掉：下面所有的度量都只在模型从未
# 见过的患者身上进行。（改为从训练数据中去掉他们也可以；关键是没有哪位患者同时出现在两边。）

# %%
valid_new = valid[~valid["patient_id"].isin(raw["patient_id"])].reset_index(drop=True)
print(len(valid), "validation visits →", len(valid_new), "visits of patients not in training")

# %% [markdown] lang="en"
# ## Task 6 · `quality_score`: one number for the state of the data
#
# A quality report is easier to act on with one headline number. Ours is the **share of
# rows that pass every check**. A row passes when
#
# 1. it has no missing value in any column;
# 2. every code column holds a code from `ALLOWED` (compared exactly as written);
# 3. every number in `PLAUSIBLE` lies within its range, limits included;
# 4. its `visit_id` did not appear on an earlier row.
#
# Complete `quality_score(df)`: return that share as a `float` between 0 and 1, using the
# `ALLOWED` and `PLAUSIBLE` rules defined at the top.

# %% [markdown] lang="zh"
# ## 任务 6 · `quality_score`：用一个数概括数据状况
#
# 质量报告有一个醒目的总数字，更便于大家行动。我们的总数字是**通过全部检查的行所占的比例**。
# 一行通过检查的条件是：
#
# 1. 任何一列都没有缺失值；
# 2. 每个编码列的值都在 `ALLOWED` 的编码表中（按原样比较）；
# 3. `PLAUSIBLE` 中的每个数值都在其范围内（包含边界）；
# 4. 它的 `visit_id` 没有在前面的行中出现过。
#
# 请补全 `quality_score(df)`：用开头定义的 `ALLOWED` 和 `PLAUSIBLE` 规则，以 0 到 1 之间的
# `float` 返回这个比例。

# %% answer="quality_score"
def quality_score(df):
    """Return the share of rows that are complete, have valid codes, plausible numbers and a new visit_id.

    返回完整、编码有效、数值合理且 visit_id 未重复的行所占的比例。
    """
    ### BEGIN SOLUTION
    passes = df.notna().all(axis=1)
    for column, codes in ALLOWED.items():
        passes = passes & df[column].isin(codes)
    for column, (low, high) in PLAUSIBLE.items():
        passes = passes & df[column].between(low, high)
    passes = passes & ~df["visit_id"].duplicated()
    return float(passes.mean())
    ### END SOLUTION


# %% tests="quality_score" points=2 assesses="L4.1.1"
_qs_in = pd.DataFrame({
    "visit_id": ["V1", "V2", "V3", "V4", "V5", "V6", "V6", "V7"],
    "age": [50, 60, 250, 40, 18, 70, 70, 35],
    "sex": ["F", "M", "F", "m", "M", "F", "F", "M"],
    "bmi": [25.0, 30.0, 24.0, 22.0, 12.0, None, None, 27.5],
    "systolic_bp": [120, 130, 110, 125, 250, 140, 140, 118],
    "glucose": [5.0, 6.0, 5.5, 4.8, 30.0, 7.0, 7.0, 108.0],
    "smoker": ["N", "Y", "N", "N", "Y", "N", "N", "N"],
})
check("quality_score",
      expect(lambda: isinstance(quality_score(_qs_in.copy()), float),
             en="quality_score should return a float (use float(...) around the result).",
             zh="quality_score 应返回一个 float（可以对结果使用 float(...)）。"),
      expect(lambda: abs(quality_score(_qs_in.copy()) - 3 / 8) < 1e-9,
             en="3 of these 8 rows pass (V1, V2 and V5, whose values sit exactly on the limits): the score should be 0.375.",
             zh="这 8 行中有 3 行通过（V1、V2 和数值正好在边界上的 V5）：得分应为 0.375。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("quality_score", small=quality_score(_qs_in.copy()), export=quality_score(pd.read_csv("visits_raw.csv")),
       clean_file=quality_score(pd.read_csv("visits_valid.csv")))
### END HIDDEN TESTS


# %% judge="quality_score"
def judge(answer, gold):
    raw = raw_visits(gold)
    passes = raw.notna().all(axis=1) & ~raw["visit_id"].duplicated()
    for column, codes in {"sex": ["F", "M"], "smoker": ["Y", "N"]}.items():
        passes &= raw[column].isin(codes)
    for column, (low, high) in {"age": (18, 100), "bmi": (12, 70), "systolic_bp": (70, 250), "glucose": (2, 30)}.items():
        passes &= raw[column].between(low, high)
    return all_of(
        rule(close(answer["small"], 0.375),
             en="On the small example the score should be the float 0.375 (3 of 8 rows pass).",
             zh="在小例子上，得分应为 float 0.375（8 行中有 3 行通过）。"),
        rule(close(answer["export"], float(passes.mean())),
             en="On the clinic export the score is wrong.",
             zh="在门诊导出数据上，得分不对。"),
        rule(close(answer["clean_file"], 1.0),
             en="A clean file (the hand-checked validation visits) should score 1.0.",
             zh="干净的文件（人工核对过的验证数据）得分应为 1.0。"))


# %% [markdown] hint="quality_score" lang="en"
# Start from one True/False Series "row passes so far" (`df.notna().all(axis=1)` is True
# where a row has no gap), then narrow it with `&` for each rule. `series.between(low, high)`
# includes both limits. The mean of True/False values is the share of Trues.

# %% [markdown] hint="quality_score" lang="zh"
# 先得到一个表示“到目前为止该行通过”的 True/False Series（`df.notna().all(axis=1)` 在没有空缺的行
# 为 True），再对每条规则用 `&` 逐步收紧。`series.between(low, high)` 包含两个边界。
# True/False 值的平均数就是 True 所占的比例。

# %% [markdown] lang="en"
# Little more than half of the export passes every check:

# %% [markdown] lang="zh"
# 导出数据中只有一半多一点的行通过了全部检查：

# %%
print(f"quality score of the export: {quality_score(raw):.3f}")

# %% [markdown] lang="en"
# ## Task 7 · `clean_visits`: a reusable cleaning function
#
# Now fix what can be fixed, in one function that works on *any* export of this system
# (next month's too). Complete `clean_visits(df)`: return a **new** DataFrame with the same
# columns, made in this order:
#
# 1. **Duplicates.** Keep only the first row of each `visit_id`.
# 2. **Codes.** In `sex` and `smoker`, remove spaces at both ends and use upper case
#    (`" m"` → `"M"`); a value that is still not in `ALLOWED` becomes missing.
# 3. **Units.** A glucose value above 30 was written in mg/dL: divide it by 18 and round to
#    one decimal (126 → 7.0).
# 4. **Impossible values.** A number outside its `PLAUSIBLE` range becomes missing.
# 5. **Gaps.** Fill each missing number with the median of its column, and each missing code
#    with its column's most frequent code, both computed on the rows after steps 1 to 4.
#
# Why fill instead of drop? Each gap is one value; dropping the row loses the other five
# measurements of that visit too. Do not change `df` itself.

# %% [markdown] lang="zh"
# ## 任务 7 · `clean_visits`：可复用的清洗函数
#
# 现在把能修的都修好，写成一个函数，对这个系统的*任何*一次导出（包括下个月的）都适用。请补全
# `clean_visits(df)`：返回一个列相同的**新** DataFrame，按以下顺序处理：
#
# 1. **重复。**每个 `visit_id` 只保留第一行。
# 2. **编码。**`sex` 和 `smoker` 去掉两端的空格并转为大写（`" m"` → `"M"`）；处理后仍不在
#    `ALLOWED` 中的值变为缺失。
# 3. **单位。**大于 30 的血糖值是按 mg/dL 记录的：除以 18，并四舍五入到一位小数（126 → 7.0）。
# 4. **不可能的值。**超出 `PLAUSIBLE` 范围的数值变为缺失。
# 5. **空缺。**缺失的数值用该列的中位数填补，缺失的编码用该列出现最多的编码填补，两者都在完成
#    第 1 到 4 步之后的行上计算。
#
# 为什么填补而不是删除？每个空缺只是一个值；删掉整行，会把这次就诊的其他五项测量也一起丢掉。
# 不要修改 `df` 本身。

# %% answer="clean_visits"
def clean_visits(df):
    """Return a cleaned copy: first row per visit_id, tidy codes, glucose in mmol/L, no implausible values, gaps filled.

    返回清洗后的副本：每个 visit_id 保留第一行、整理编码、血糖换算为 mmol/L、去除不合理值、填补空缺。
    """
    ### BEGIN SOLUTION
    out = df.drop_duplicates(subset="visit_id", keep="first").copy()
    for column, codes in ALLOWED.items():
        tidy = out[column].str.strip().str.upper()
        out[column] = tidy.where(tidy.isin(codes))
    in_mg_per_dl = out["glucose"] > 30
    out.loc[in_mg_per_dl, "glucose"] = (out.loc[in_mg_per_dl, "glucose"] / 18).round(1)
    for column, (low, high) in PLAUSIBLE.items():
        out[column] = out[column].where(out[column].between(low, high))
    for column in NUMBERS:
        out[column] = out[column].fillna(out[column].median())
    for column in CODES:
        out[column] = out[column].fillna(out[column].mode()[0])
    return out
    ### END SOLUTION


# %% tests="clean_visits" points=4 assesses="L4.1.2"
_cv_in = pd.DataFrame({
    "visit_id": ["V1", "V2", "V2", "V3", "V4", "V5"],
    "patient_id": ["P1", "P2", "P2", "P3", "P4", "P5"],
    "visit_date": ["2025-03-01", "2025-03-02", "2025-03-02", "2025-03-02", "2025-03-04", "2025-03-05"],
    "age": [50, 40, 40, 500, 60, 30],
    "sex": ["F", " m", " m", "X", "M", "m"],
    "bmi": [25.0, 22.0, 22.0, None, 30.0, 250.0],
    "systolic_bp": [120, 130, 130, 125, 1400, 110],
    "glucose": [5.0, 126.0, 126.0, 6.0, None, 5.5],
    "smoker": ["N", "y ", "y ", "U", "N", "N"],
    "diabetes": [0, 1, 1, 0, 1, 0],
})
_cv = lambda: clean_visits(_cv_in.copy())
check("clean_visits",
      expect(lambda: _cv()["visit_id"].tolist() == ["V1", "V2", "V3", "V4", "V5"]
             and list(_cv().columns) == list(_cv_in.columns),
             en="Each visit should appear once (its first row), with the same columns as the input.",
             zh="每次就诊应只出现一次（保留第一行），列与输入相同。"),
      expect(lambda: _cv()["sex"].tolist() == ["F", "M", "M", "M", "M"]
             and _cv()["smoker"].tolist() == ["N", "Y", "N", "N", "N"],
             en="Codes should be tidied (' m' → 'M', 'y ' → 'Y'), and invalid ones ('X', 'U') filled with the most frequent code.",
             zh="编码应整理好（' m' → 'M'，'y ' → 'Y'），无效编码（'X'、'U'）用出现最多的编码填补。"),
      expect(lambda: np.allclose(_cv()["glucose"].tolist(), [5.0, 7.0, 6.0, 5.75, 5.5]),
             en="Glucose 126 (mg/dL) should become 7.0, and the missing glucose the median 5.75 of the cleaned values.",
             zh="血糖 126（mg/dL）应变为 7.0，缺失的血糖应填为清洗后各值的中位数 5.75。"),
      expect(lambda: np.allclose(_cv()["age"].tolist(), [50, 40, 45, 60, 30])
             and np.allclose(_cv()["bmi"].tolist(), [25, 22, 25, 30, 25])
             and np.allclose(_cv()["systolic_bp"].tolist(), [120, 130, 125, 122.5, 110]),
             en="Impossible values (age 500, BMI 250, pressure 1400) and gaps should become the median of the plausible values.",
             zh="不可能的值（年龄 500、BMI 250、血压 1400）和空缺应填为合理值的中位数。"))
### BEGIN HIDDEN TESTS
_cv_raw = pd.read_csv("visits_raw.csv")
_cv_out = clean_visits(_cv_raw)
from course import submit
submit("clean_visits", cleaned=_cv_out, input_after=_cv_raw)
### END HIDDEN TESTS


# %% judge="clean_visits"
def judge(answer, gold):
    plausible = {"age": (18, 100), "bmi": (12, 70), "systolic_bp": (70, 250), "glucose": (2, 30)}
    raw = raw_visits(gold)
    test = pd.read_csv(gold / "visits_test.csv")
    cleaned = answer["cleaned"]
    first_rows = raw.drop_duplicates(subset="visit_id").set_index("visit_id")
    shape_ok = isinstance(cleaned, pd.DataFrame) and list(cleaned.columns) == list(raw.columns)
    findings = [rule(same(answer["input_after"], raw),
                     en="clean_visits changed the DataFrame it was given; work on a copy.",
                     zh="clean_visits 修改了传入的 DataFrame；请在副本上操作。"),
                rule(shape_ok, en="The cleaned table should have the export's columns, in the same order.",
                     zh="清洗后的表应包含导出数据的各列，顺序相同。")]
    if shape_ok:
        ids = cleaned["visit_id"]
        findings += [
            rule(ids.is_unique and ids.isin(first_rows.index).all() and len(ids) >= 0.9 * len(first_rows),
                 en="Each visit of the export should be kept exactly once (at least 90 % of them), and no other rows added.",
                 zh="导出数据中的每次就诊都应恰好保留一次（至少保留 90%），也不应添加其他行。"),
            rule(cleaned[NUMBERS + CODES].notna().all().all(),
                 en="The cleaned table still has gaps in the measurements or codes.",
                 zh="清洗后的表中，测量值或编码仍有空缺。"),
            rule(cleaned["sex"].isin(["F", "M"]).all() and cleaned["smoker"].isin(["Y", "N"]).all()
                 and all(pd.to_numeric(cleaned[c], errors="coerce").between(lo, hi).all() for c, (lo, hi) in plausible.items()),
                 en="Some codes are invalid or some numbers lie outside the plausible ranges.",
                 zh="有些编码无效，或有些数值超出合理范围。"),
            rule(ids.is_unique and ids.isin(first_rows.index).all()
                 and (cleaned.set_index("visit_id")["diabetes"] == first_rows.loc[ids, "diabetes"]).all(),
                 en="The diabetes labels must stay as the lab reported them.",
                 zh="diabetes 标签必须保持化验报告的原样。"),
        ]
    if not all(finding.passed for finding in findings):
        return Verdict(0.0, tuple(findings))
    model = clinic_model().fit(cleaned[NUMBERS + CODES], cleaned["diabetes"].astype(int))
    accuracy = accuracy_score(test["diabetes"], model.predict(test[NUMBERS + CODES]))
    scored = band(accuracy, [(0.88, 1.0), (0.82, 0.5)],
                  en="Trained on your cleaned data, the clinic's model reaches {value:.3f} accuracy on held-out patients (full marks from 0.880, half from 0.820).",
                  zh="用你清洗后的数据训练，门诊模型在保留的新患者上准确率为 {value:.3f}（0.880 及以上得满分，0.820 及以上得一半）。")
    return Verdict(scored.fraction, tuple(findings) + scored.findings)


# %% [markdown] hint="clean_visits" lang="en"
# Work on `out = df.drop_duplicates(subset=..., keep="first").copy()` and change its columns
# one step at a time, in the order of the task. For the codes: `.str.strip().str.upper()`,
# then `series.where(condition)` keeps the values where the condition is True and makes the
# others missing.

# %% [markdown] hint="clean_visits" lang="zh"
# 在 `out = df.drop_duplicates(subset=..., keep="first").copy()` 上操作，按任务的顺序一步一步修改它的
# 各列。编码：先 `.str.strip().str.upper()`，再用 `series.where(condition)`：条件为 True 的位置保留原值，
# 其他位置变为缺失。

# %% [markdown] hint="clean_visits" lang="en"
# For the units, build a True/False Series "glucose above 30" and assign with
# `out.loc[mask, "glucose"] = ...`, dividing only those values. The order matters: convert
# *before* the plausibility step, or every mg/dL value is thrown away as impossible.
# `series.mode()[0]` is the most frequent value.

# %% [markdown] hint="clean_visits" lang="zh"
# 单位换算：先构造一个“血糖大于 30”的 True/False Series，再用 `out.loc[mask, "glucose"] = ...` 赋值，
# 只换算这些值。顺序很重要：要在合理性检查*之前*换算，否则所有 mg/dL 的值都会被当作不可能的值丢掉。
# `series.mode()[0]` 是出现最多的值。

# %% [markdown] lang="en"
# After cleaning, every row passes every check:

# %% [markdown] lang="zh"
# 清洗之后，每一行都通过了全部检查：

# %%
cleaned = clean_visits(raw)
print(f"quality score: export {quality_score(raw):.3f} → cleaned {quality_score(cleaned):.3f};",
      f"rows kept: old method {len(old_method(raw))}, new method {len(cleaned)}")

# %% [markdown] lang="en"
# ## Task 8 · `validation_accuracy`: did the new method really help?
#
# A perfect quality score is not the goal; a better model for the clinic is. To show that
# the new processing helps, train the *same* model once on the data prepared the old way
# and once on the data prepared the new way, and compare their accuracy **on the same
# validation visits, of patients the model has never seen**. If the validation rows
# differed between the two runs, or overlapped with training, the comparison would prove
# nothing.
#
# Complete `validation_accuracy(prepare, train_raw, valid)`:
#
# 1. prepare the training data: `prepared = prepare(train_raw)` (`prepare` is a function,
#    such as `old_method` or `clean_visits`);
# 2. fit a new `make_model()` on the columns `NUMBERS + CODES` of `prepared`, with
#    `prepared["diabetes"]` as the label;
# 3. return the accuracy of its predictions for `valid` (which is already clean) as a
#    `float`, with `accuracy_score(true_labels, predicted_labels)`.

# %% [markdown] lang="zh"
# ## 任务 8 · `validation_accuracy`：新方法真的有帮助吗？
#
# 质量得分满分不是目标，为门诊提供更好的模型才是。要证明新的处理方法有帮助，就用*同一个*模型，
# 分别在旧方法和新方法处理后的数据上训练一次，然后**在同一批验证就诊（而且是模型从未见过的患者）
# 上**比较准确率。如果两次比较用的验证行不一样，或者与训练数据有重叠，这个比较就什么也证明不了。
#
# 请补全 `validation_accuracy(prepare, train_raw, valid)`：
#
# 1. 处理训练数据：`prepared = prepare(train_raw)`（`prepare` 是一个函数，比如 `old_method` 或
#    `clean_visits`）；
# 2. 用 `prepared` 的 `NUMBERS + CODES` 列、以 `prepared["diabetes"]` 为标签，拟合一个新的
#    `make_model()`；
# 3. 用 `accuracy_score(真实标签, 预测标签)` 计算它对 `valid`（已经是干净的）的预测准确率，
#    以 `float` 返回。

# %% answer="validation_accuracy"
def validation_accuracy(prepare, train_raw, valid):
    """Fit make_model() on prepare(train_raw) and return its accuracy on valid.

    用 prepare(train_raw) 拟合 make_model()，返回它在 valid 上的准确率。
    """
    ### BEGIN SOLUTION
    training = prepare(train_raw)
    model = make_model().fit(training[NUMBERS + CODES], training["diabetes"])
    return float(accuracy_score(valid["diabetes"], model.predict(valid[NUMBERS + CODES])))
    ### END SOLUTION


# %% tests="validation_accuracy" points=2 assesses="L4.1.2"
_va_raw = pd.read_csv("visits_raw.csv")
_va_valid = pd.read_csv("visits_valid.csv")
_va_valid = _va_valid[~_va_valid["patient_id"].isin(_va_raw["patient_id"])].reset_index(drop=True)
check("validation_accuracy",
      expect(lambda: isinstance(validation_accuracy(old_method, _va_raw.copy(), _va_valid.copy()), float),
             en="validation_accuracy should return a float.",
             zh="validation_accuracy 应返回一个 float。"),
      expect(lambda: abs(validation_accuracy(old_method, _va_raw.copy(), _va_valid.copy()) - 0.6172) < 0.0005,
             en="With the old method the accuracy on the new patients' visits should be about 0.617.",
             zh="使用旧方法时，在新患者就诊上的准确率应约为 0.617。"))
### BEGIN HIDDEN TESTS
_va_fill = lambda df: df.drop_duplicates(subset="visit_id").fillna(df.median(numeric_only=True)).dropna()
from course import submit
submit("validation_accuracy", old=validation_accuracy(old_method, _va_raw.copy(), _va_valid.copy()),
       other_method=validation_accuracy(_va_fill, _va_raw.copy(), _va_valid.copy()),
       other_rows=validation_accuracy(old_method, _va_raw.copy(), _va_valid.iloc[::2].reset_index(drop=True)))
### END HIDDEN TESTS


# %% judge="validation_accuracy"
def judge(answer, gold):
    raw = raw_visits(gold)
    valid = pd.read_csv(gold / "visits_valid.csv")
    valid = valid[~valid["patient_id"].isin(raw["patient_id"])].reset_index(drop=True)

    def accuracy(prepare, rows):
        training = prepare(raw.copy())
        model = clinic_model().fit(training[NUMBERS + CODES], training["diabetes"])
        return float(accuracy_score(rows["diabetes"], model.predict(rows[NUMBERS + CODES])))

    old = lambda df: df.drop_duplicates().dropna()
    fill = lambda df: df.drop_duplicates(subset="visit_id").fillna(df.median(numeric_only=True)).dropna()
    return all_of(
        rule(close(answer["old"], accuracy(old, valid)),
             en="With the old method the accuracy on the new patients' visits is wrong.",
             zh="使用旧方法时，在新患者就诊上的准确率不对。"),
        rule(close(answer["other_method"], accuracy(fill, valid)),
             en="With another preparation function the accuracy is wrong: train on prepare(train_raw), whatever prepare is.",
             zh="换一个处理函数时准确率不对：应在 prepare(train_raw) 上训练，无论 prepare 是什么。"),
        rule(close(answer["other_rows"], accuracy(old, valid.iloc[::2].reset_index(drop=True))),
             en="On other validation rows the accuracy is wrong: measure on the valid table you are given.",
             zh="换一批验证行时准确率不对：应在传入的 valid 表上度量。"))


# %% [markdown] hint="validation_accuracy" lang="en"
# Three lines are enough. `make_model().fit(X, y)` returns the fitted model, and
# `model.predict(X)` gives one predicted label per row of `X`.

# %% [markdown] hint="validation_accuracy" lang="zh"
# 三行就够了。`make_model().fit(X, y)` 会返回拟合好的模型，`model.predict(X)` 对 `X` 的每一行
# 给出一个预测标签。

# %% [markdown] lang="en"
# Now the comparison the clinic cares about. The old method keeps the mg/dL glucose values,
# so the model learns that glucose barely matters; the new method converts them.

# %% [markdown] lang="zh"
# 现在来做门诊关心的比较。旧方法保留了 mg/dL 的血糖值，模型因此学到“血糖几乎不重要”；新方法则把
# 它们换算了过来。

# %%
before = validation_accuracy(old_method, raw, valid_new)
after = validation_accuracy(clean_visits, raw, valid_new)
majority = max(valid_new["diabetes"].mean(), 1 - valid_new["diabetes"].mean())
print(f"always predicting the majority class: {majority:.3f}")
print(f"old method: {before:.3f}   new method: {after:.3f}   gain: {after - before:+.3f}")
print(f"(on all {len(valid)} validation visits, leak included, the new method would show",
      f"{validation_accuracy(clean_visits, raw, valid):.3f})")

# %% [markdown] lang="en"
# ## Written question · report the improvement
#
# Write a short note (4 to 6 sentences) to the clinic's data owner. Say which problems you
# found in the export and what the new processing does about them; how much it improved the
# model and **how** you measured that (on which data, compared with what); and why the 14
# patients had to be removed from the validation data before measuring. End with one risk
# that remains.

# %% [markdown] lang="zh"
# ## 简答题 · 汇报改进效果
#
# 给门诊的数据负责人写一段简短的说明（4 到 6 句）：你在导出数据中发现了哪些问题，新的处理方法
# 怎样解决它们；模型因此提高了多少，以及你是**怎样**度量的（在什么数据上，和什么作比较）；为什么在
# 度量之前必须把那 14 位患者从验证数据中去掉。最后指出一个仍然存在的风险。

# %% [markdown] manual="report_improvement" points=3 assesses="L4.1.2"
# **Model answer.** The export had duplicated and re-typed visits (22 extra rows), codes
# typed in several ways or invalid (`m`, ` F`, `X`, `U`), impossible values from typing
# errors, gaps in four measurements, and about 10 % of glucose values written in mg/dL
# instead of mmol/L. The old method (drop exact duplicates, drop rows with gaps) kept the
# re-typed visits and all mg/dL values and threw away about 120 visits. The new method keeps
# one row per visit, tidies the codes, converts mg/dL glucose, blanks impossible values and
# fills gaps with medians and the most frequent codes. Trained the same way, the same model
# went from about 0.62 to about 0.85 accuracy on the same validation visits, against 0.61
# for always predicting "no diabetes". 14 validation patients also had visits in training;
# their measurements repeat across visits, so keeping them would have measured memory, not
# the accuracy on new patients, and overstated the result. Remaining risks: filled values
# are guesses (imputed medians), the mg/dL rule assumes no real value above 30 mmol/L,
# one validation set of about 290 visits leaves a few points of uncertainty, and accuracy
# alone hides how many diabetic patients are missed.
#
# **Rubric (3 points).**
# * 1 point: names the main problems found *and* what the new processing does, including
#   the glucose unit conversion (half a point if the unit problem is missing).
# * 1 point: states the improvement with numbers (about 0.62 → 0.85, or their own) measured
#   with the same model on the same held-out validation visits, ideally against the
#   majority baseline.
# * 1 point: explains the patient leak (the same patient on both sides inflates the score
#   because the model has seen that patient) *and* names a sensible remaining risk.
