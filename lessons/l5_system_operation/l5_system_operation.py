# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_system_operation
#     level: 5
#     title: {en: "Running a prediction service: batch jobs, logs, maintenance records", zh: 智能系统基础操作：批处理任务、日志与维护记录}
#     datasets: [service_logs/score_batch.py, service_logs/orders_today.csv, service_logs/orders_broken.csv, service_logs/service.log, service_logs/service_day2.log, service_logs/escalation_cases.json]
#     gold: [service_logs/expected.json]
# ---

# %% [markdown] lang="en"
# # Running a prediction service: batch jobs, logs, maintenance records
#
# An online shop scores every order with a small **order-risk model**. Two pieces of
# software do this: a prediction **service** that answers requests all day, and a nightly
# **batch job** that scores the day's orders in one go. Engineers built them; you, the
# AI trainer on duty, **operate** them: start the job, read what the software wrote into
# its log files, record what you checked, and call the engineers when the runbook says so.
#
# 1. run the batch job and check that it really worked;
# 2. read a log file into a table;
# 3. turn the table into the figures of a daily check: requests, errors, warnings, latency;
# 4. apply the runbook's escalation rules;
# 5. write the day's maintenance record in the team's fixed format.
#
# This is the Level 5 work of the national AI Trainer standard: **智能系统基础操作与维护记录**
# (basic system operation and maintenance records).
#
# **How this lesson works.** Each task asks you to complete one small function. Run the
# check cell under it for instant feedback; when your notebook is graded, your functions
# are also run on another day's log. Stuck? Run `hint("task_id")`.

# %% [markdown] lang="zh"
# # 智能系统基础操作：批处理任务、日志与维护记录
#
# 一家网店用一个小型的**订单风险模型**给每笔订单打分。这件事由两个程序完成：一个全天响应请求的
# 预测**服务**，和一个每晚把当天订单一次性打完分的**批处理任务**。它们由工程师开发，而你作为值班的
# 人工智能训练师，负责**运行和维护**：启动任务，阅读程序写进日志文件的内容，记录你做过的检查，并在
# 运维手册要求时通知工程师。
#
# 1. 运行批处理任务，并确认它真的成功了；
# 2. 把日志文件读成一张表；
# 3. 把这张表变成每日巡检的指标：请求数、错误数、警告数和响应时间；
# 4. 按运维手册的升级规则作出判断；
# 5. 按团队固定的格式填写当天的维护记录。
#
# 这对应国家人工智能训练师职业标准五级的工作内容：**智能系统基础操作与维护记录**。
#
# **本课怎么学。** 每个任务请你补全一个小函数，运行下面的检查单元格即可立即得到反馈；评分时，
# 你的函数还会在另一天的日志上运行。卡住了？运行 `hint("任务编号")`。

# %%
import json
import subprocess
import sys

import pandas as pd
from course import check, expect, hidden_check, hint

with open("score_batch.py", encoding="utf-8") as _script:
    print("".join(_script.readlines()[:8]))

# %% [markdown] lang="en"
# ## Task 1 · `run_batch`: run the job and check its result
#
# The batch job is the script `score_batch.py` beside this notebook (its opening lines,
# printed above, say how to use it). It is run from the command line as
# `python score_batch.py INPUT.csv OUTPUT.csv LOG_FILE`. A job can "finish" without having
# done its work, so an operator always checks two things: the **exit code** (0 means
# success; anything else is a failure) and the **output** itself.
#
# Complete `run_batch(input_path, output_path, log_path)`:
#
# * run the script with `subprocess.run([sys.executable, "score_batch.py", input_path,
#   output_path, log_path], capture_output=True, text=True)` (`sys.executable` is the
#   Python of this notebook);
# * return a dict `{"exit_code": ..., "scored": ...}`: the exit code of the run (`.returncode`)
#   and the number of rows in the output file, or 0 when the exit code is not 0 (then the
#   output is not to be trusted).

# %% [markdown] lang="zh"
# ## 任务 1 · `run_batch`：运行任务并检查结果
#
# 批处理任务就是本笔记本旁边的脚本 `score_batch.py`（上面打印的开头几行说明了用法），在命令行里这样运行：`python score_batch.py 输入.csv 输出.csv 日志文件`。任务有可能“跑完了”却没有真正完成工作，所以
# 运维人员总要检查两件事：**退出码**（0 表示成功，其他值都表示失败）和**输出结果**本身。
#
# 请补全 `run_batch(input_path, output_path, log_path)`：
#
# * 用 `subprocess.run([sys.executable, "score_batch.py", input_path, output_path, log_path],
#   capture_output=True, text=True)` 运行脚本（`sys.executable` 就是本笔记本所用的 Python）；
# * 返回字典 `{"exit_code": ..., "scored": ...}`：本次运行的退出码（`.returncode`），以及输出文件的
#   行数；退出码不为 0 时行数记为 0（这时输出结果不可信）。

# %% answer="run_batch"
def run_batch(input_path, output_path, log_path):
    """Run score_batch.py on input_path; return {"exit_code": int, "scored": rows in the output or 0}.

    对 input_path 运行 score_batch.py；返回 {"exit_code": 整数, "scored": 输出行数，失败时为 0}。
    """
    ### BEGIN SOLUTION
    run = subprocess.run([sys.executable, "score_batch.py", input_path, output_path, log_path],
                         capture_output=True, text=True)
    scored = len(pd.read_csv(output_path)) if run.returncode == 0 else 0
    return {"exit_code": run.returncode, "scored": scored}
    ### END SOLUTION


# %% tests="run_batch" points=2 assesses="L5.3.1"
_rb_small = pd.DataFrame({"order_id": ["A1", "A2", "A3"], "amount": ["120.5", "n/a", "80"],
                          "items": ["2", "1", "3"], "account_age_days": ["30", "400", "12"]})
_rb_small.to_csv("_rb_small.csv", index=False)
_rb_out = lambda: run_batch("_rb_small.csv", "_rb_small_scores.csv", "_rb_check.log")
check("run_batch",
      expect(lambda: _rb_out() == {"exit_code": 0, "scored": 2},
             en="On three orders, one with the amount 'n/a', the job exits with 0 and scores 2 rows: return {'exit_code': 0, 'scored': 2}.",
             zh="三笔订单中有一笔金额为 'n/a'，任务以 0 退出并给 2 行打分：应返回 {'exit_code': 0, 'scored': 2}。"),
      expect(lambda: run_batch("orders_broken.csv", "_rb_broken_scores.csv", "_rb_check.log")["exit_code"] != 0,
             en="orders_broken.csv lacks a column: the job fails, and the exit code you return should not be 0.",
             zh="orders_broken.csv 缺少一列：任务会失败，你返回的退出码不应为 0。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("run_batch", today=run_batch("orders_today.csv", "_rb_today_scores.csv", "_rb_hidden.log"),
       broken=run_batch("orders_broken.csv", "_rb_broken2.csv", "_rb_hidden.log"))
### END HIDDEN TESTS


# %% judge="run_batch"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["batch"]
    return all_of(
        rule(same(answer["today"], expected["orders_today.csv"]),
             en="On orders_today.csv the exit code or the number of scored rows is not what the job produced.",
             zh="在 orders_today.csv 上，退出码或已打分的行数与任务的实际结果不符。"),
        rule(same(answer["broken"], expected["orders_broken.csv"]),
             en="On orders_broken.csv the failed run should give its non-zero exit code and 0 scored rows.",
             zh="在 orders_broken.csv 上，失败的运行应给出非零退出码，已打分行数为 0。"))


# %% [markdown] hint="run_batch" lang="en"
# `run = subprocess.run([...], ...)` with `capture_output` and `text` switched on waits for the job to end;
# `run.returncode` is its exit code and `run.stdout` what it printed. Count the output rows
# with `len(pd.read_csv(output_path))`, but only when the exit code is 0.

# %% [markdown] hint="run_batch" lang="zh"
# 打开 `capture_output` 和 `text` 的 `run = subprocess.run([...], ...)` 会等任务结束；`run.returncode` 是
# 退出码，`run.stdout` 是它打印的内容。用 `len(pd.read_csv(output_path))` 数输出行数，但只在退出码
# 为 0 时才这样做。

# %% [markdown] lang="en"
# ## Task 2 · `parse_log`: read a log file into a table
#
# Every line of the service's log `service.log` looks like this:
#
# ```
# 2026-11-01 00:16:49 ERROR predict request=R00023 latency_ms=53 status=500 error=TimeoutError
# ```
#
# a date, a time, a **level** (`INFO`, `WARNING`, `ERROR` or `CRITICAL`), then a message
# with some `key=value` fields. Complete `parse_log(path)`: return a DataFrame with one row
# per line and the columns `time` (date and time joined by a space, text), `level`, and
# one column per key found in the file (`request`, `latency_ms`, `status`, `error`, ...),
# empty (`NaN`) where a line has no such key. Keep every value as text; the next task
# converts what it needs.
#
# Split a line into four parts with `line.split(" ", 3)`; then every word of the message
# that contains `=` is a field: `key, value = word.split("=", 1)`.

# %% [markdown] lang="zh"
# ## 任务 2 · `parse_log`：把日志文件读成表格
#
# 服务日志 `service.log` 的每一行都是这样的：
#
# ```
# 2026-11-01 00:16:49 ERROR predict request=R00023 latency_ms=53 status=500 error=TimeoutError
# ```
#
# 依次是日期、时间、**级别**（`INFO`、`WARNING`、`ERROR` 或 `CRITICAL`），然后是一段消息，其中带有
# 若干 `键=值` 字段。请补全 `parse_log(path)`：返回一个 DataFrame，每行日志对应一行，列包括 `time`
# （日期和时间用一个空格连起来，文本）、`level`，以及文件中出现过的每个键各占一列（`request`、`latency_ms`、`status`、`error` 等），某行没有这个键的地方留空（`NaN`）。所有值都保留为文本，
# 需要转换的留到下一个任务再做。
#
# 用 `line.split(" ", 3)` 把一行分成四部分；消息中每个含有 `=` 的词就是一个字段：`key, value = word.split("=", 1)`。

# %% answer="parse_log"
def parse_log(path):
    """One row per log line: time, level and one text column per key=value field.

    每行日志对应一行：time、level，以及每个 键=值 字段各一列（文本）。
    """
    ### BEGIN SOLUTION
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            day, clock, level, message = line.rstrip("\n").split(" ", 3)
            row = {"time": f"{day} {clock}", "level": level}
            for word in message.split():
                if "=" in word:
                    key, value = word.split("=", 1)
                    row[key] = value
            rows.append(row)
    return pd.DataFrame(rows)
    ### END SOLUTION


# %% tests="parse_log" points=2 assesses="L5.3.1"
with open("_pl_sample.log", "w", encoding="utf-8") as _pl_file:
    _pl_file.write("2026-11-03 08:00:00 INFO service started version=1.4.2\n"
                   "2026-11-03 08:00:05 ERROR predict request=R1 latency_ms=53 status=500 error=KeyError\n"
                   "2026-11-03 08:00:09 INFO predict request=R2 latency_ms=120 status=200\n")
_pl_out = lambda: parse_log("_pl_sample.log")
check("parse_log",
      expect(lambda: len(_pl_out()) == 3 and _pl_out()["level"].tolist() == ["INFO", "ERROR", "INFO"],
             en="Three lines should give three rows, with the levels INFO, ERROR, INFO.",
             zh="三行日志应得到三行，级别依次为 INFO、ERROR、INFO。"),
      expect(lambda: _pl_out()["time"].iloc[1] == "2026-11-03 08:00:05",
             en="The column time should hold the date and the time joined by one space.",
             zh="time 列应是日期和时间，中间用一个空格连接。"),
      expect(lambda: _pl_out()["latency_ms"].tolist()[1:] == ["53", "120"] and pd.isna(_pl_out()["error"].iloc[2]),
             en="Each key=value field becomes a column of text (latency_ms '53', '120'), empty where a line lacks it.",
             zh="每个 键=值 字段成为一列文本（latency_ms 为 '53'、'120'），某行没有该字段时留空。"))
### BEGIN HIDDEN TESTS
from course import submit
_pl_day2 = parse_log("service_day2.log")
submit("parse_log", rows=int(len(_pl_day2)), levels={str(k): int(v) for k, v in _pl_day2["level"].value_counts().items()},
       last=[str(_pl_day2["time"].iloc[-1]), str(_pl_day2["request"].iloc[100]), str(_pl_day2["latency_ms"].iloc[100])])
### END HIDDEN TESTS


# %% judge="parse_log"
def judge(answer, gold):
    lines = (gold / "service_day2.log").read_text(encoding="utf-8").splitlines()
    levels = [line.split(" ")[2] for line in lines]
    fields = dict(word.split("=", 1) for word in lines[100].split(" ", 3)[3].split() if "=" in word)
    return all_of(
        rule(same(answer["rows"], len(lines)) and same(answer["levels"], {lv: levels.count(lv) for lv in set(levels)}),
             en="On another day's log, the number of rows or of lines per level is wrong.",
             zh="在另一天的日志上，行数或各级别的行数不对。"),
        rule(same(answer["last"], [" ".join(lines[-1].split(" ")[:2]), fields["request"], fields["latency_ms"]]),
             en="On another day's log, the time, request or latency_ms columns do not hold the text of the lines.",
             zh="在另一天的日志上，time、request 或 latency_ms 列与日志行中的文本不一致。"))


# %% [markdown] hint="parse_log" lang="en"
# Build a list of dicts, one per line, and make the DataFrame at the end with
# `pd.DataFrame(rows)`: pandas puts `NaN` where a dict has no such key. Remove the line
# end first with `line.rstrip("\n")`, or the last value keeps it.

# %% [markdown] hint="parse_log" lang="zh"
# 先建一个字典列表，每行日志一个字典，最后用 `pd.DataFrame(rows)` 生成表格：字典里没有的键，pandas
# 会自动填 `NaN`。记得先用 `line.rstrip("\n")` 去掉行尾换行符，否则最后一个值会带着它。

# %% [markdown] lang="en"
# ## Task 3 · `daily_check`: the figures of the daily check
#
# The team's daily check reads these figures from the parsed log:
#
# | key | what it counts |
# |---|---|
# | `requests` | lines that have a `request` field |
# | `errors` | lines of level `ERROR` (with or without a request) |
# | `warnings` | lines of level `WARNING` |
# | `critical` | lines of level `CRITICAL` |
# | `error_rate` | share of requests whose `status` is `"500"`, rounded to 4 decimals |
# | `p95_latency_ms` | 95th percentile of `latency_ms` over the requests (`.quantile(0.95)`), a float |
# | `top_error` | the most frequent `error` value among `ERROR` lines; on a tie, the first in alphabetical order |
#
# Complete `daily_check(log)`: return these seven figures as a dict of plain Python values
# (`int`, `float`, `str`).

# %% [markdown] lang="zh"
# ## 任务 3 · `daily_check`：每日巡检指标
#
# 团队的每日巡检要从解析好的日志中读出下面这些指标：
#
# | 键 | 统计什么 |
# |---|---|
# | `requests` | 含有 `request` 字段的行数 |
# | `errors` | 级别为 `ERROR` 的行数（不论是否有请求） |
# | `warnings` | 级别为 `WARNING` 的行数 |
# | `critical` | 级别为 `CRITICAL` 的行数 |
# | `error_rate` | `status` 为 `"500"` 的请求所占比例，保留 4 位小数 |
# | `p95_latency_ms` | 请求的 `latency_ms` 的第 95 百分位数（`.quantile(0.95)`），浮点数 |
# | `top_error` | `ERROR` 行中出现最多的 `error` 值；并列时取字母顺序靠前的那个 |
#
# 请补全 `daily_check(log)`：以字典形式返回这七个指标，值都是普通的 Python 类型（`int`、`float`、`str`）。

# %% answer="daily_check"
def daily_check(log):
    """The seven figures of the daily check, from a table made by parse_log.

    根据 parse_log 得到的表格，计算每日巡检的七个指标。
    """
    ### BEGIN SOLUTION
    requests = log[log["request"].notna()]
    errors = log[log["level"] == "ERROR"]
    return {"requests": int(len(requests)), "errors": int(len(errors)),
            "warnings": int((log["level"] == "WARNING").sum()),
            "critical": int((log["level"] == "CRITICAL").sum()),
            "error_rate": round(float((requests["status"] == "500").mean()), 4),
            "p95_latency_ms": float(requests["latency_ms"].astype(float).quantile(0.95)),
            "top_error": str(errors["error"].dropna().value_counts().sort_index().idxmax())}
    ### END SOLUTION


# %% tests="daily_check" points=3 assesses="L5.3.1"
_dc_log = pd.DataFrame({"time": ["t"] * 6, "level": ["INFO", "ERROR", "ERROR", "WARNING", "INFO", "ERROR"],
                        "request": ["R1", "R2", "R3", "R4", None, None],
                        "latency_ms": ["100", "20", "40", "1500", None, None],
                        "status": ["200", "500", "500", "200", None, None],
                        "error": [None, "TimeoutError", "KeyError", None, None, "KeyError"]})
_dc_out = lambda: daily_check(_dc_log)
check("daily_check",
      expect(lambda: {k: _dc_out()[k] for k in ("requests", "errors", "warnings", "critical")}
             == {"requests": 4, "errors": 3, "warnings": 1, "critical": 0},
             en="A small log with 4 requests, 3 ERROR lines (one without a request), 1 WARNING and no CRITICAL line gives 4, 3, 1 and 0.",
             zh="一个小日志有 4 个请求、3 行 ERROR（其中一行没有请求）、1 行 WARNING、没有 CRITICAL：应得到 4、3、1、0。"),
      expect(lambda: _dc_out()["error_rate"] == 0.5 and abs(_dc_out()["p95_latency_ms"] - 1290.0) < 1e-9,
             en="2 of the 4 requests have status 500 (error_rate 0.5); the 95th percentile of 100, 20, 40, 1500 is 1290.0.",
             zh="4 个请求中有 2 个状态为 500（error_rate 为 0.5）；100、20、40、1500 的第 95 百分位数是 1290.0。"),
      expect(lambda: _dc_out()["top_error"] == "KeyError",
             en="KeyError appears on two ERROR lines, TimeoutError on one: top_error is 'KeyError'.",
             zh="KeyError 出现在两行 ERROR 中，TimeoutError 只有一行：top_error 应为 'KeyError'。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("daily_check", day1=daily_check(parse_log("service.log")), day2=daily_check(parse_log("service_day2.log")))
### END HIDDEN TESTS


# %% judge="daily_check"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))
    return all_of(
        rule(same(answer["day1"], expected["service.log"], rel=1e-9),
             en="The figures of service.log are not all right (check each definition in the table, and the types).",
             zh="service.log 的指标并不全对（请对照表中每个定义，并检查数据类型）。"),
        rule(same(answer["day2"], expected["service_day2.log"], rel=1e-9),
             en="On another day's log, the figures are not all right.",
             zh="在另一天的日志上，指标并不全对。"))


# %% [markdown] hint="daily_check" lang="en"
# Select the request rows once (those whose `request` is not missing, with `.notna()`), and compute the
# rate and the percentile on them. The latencies are text: `.astype(float)` first. For
# `top_error`, `value_counts()` counts; `.sort_index()` puts the names in alphabetical
# order, and `.idxmax()` then returns the first of the largest.

# %% [markdown] hint="daily_check" lang="zh"
# 先一次性选出请求行（`request` 不缺失的行，用 `.notna()`），比例和百分位数都在这些行上计算。
# 响应时间是文本，先用 `.astype(float)` 转换。`top_error` 可以用 `value_counts()` 计数；`.sort_index()`
# 把名称按字母排序，之后 `.idxmax()` 返回最大值中排在最前的那个。

# %% [markdown] lang="en"
# ## Task 4 · `escalate`: when to call the engineers
#
# An operator does not fix the model or the service; the runbook says when to hand a
# problem over (**escalate**) to the engineer on call. The runbook's four rules:
#
# | rule name | escalate when |
# |---|---|
# | `error_rate` | `error_rate` is **above** 0.02 |
# | `latency` | `p95_latency_ms` is **above** 1000 |
# | `critical` | there is at least one `CRITICAL` line |
# | `traffic` | fewer than 500 `requests` (the service may be unreachable) |
#
# Complete `escalate(figures)`: return the names of the rules that fire, sorted
# alphabetically (an empty list means: no escalation, record and carry on).

# %% [markdown] lang="zh"
# ## 任务 4 · `escalate`：什么时候通知工程师
#
# 运维人员不负责修模型或修服务；运维手册规定了什么情况下要把问题**上报**（升级）给值班工程师。
# 手册中的四条规则：
#
# | 规则名 | 何时上报 |
# |---|---|
# | `error_rate` | `error_rate` **大于** 0.02 |
# | `latency` | `p95_latency_ms` **大于** 1000 |
# | `critical` | 至少有一行 `CRITICAL` |
# | `traffic` | `requests` 少于 500（服务可能无法访问） |
#
# 请补全 `escalate(figures)`：返回触发的规则名，按字母顺序排列（空列表表示无需上报，记录后继续值守）。

# %% answer="escalate"
def escalate(figures):
    """Names of the runbook rules that fire on the daily figures, sorted.

    返回在每日指标上触发的运维手册规则名（已排序）。
    """
    ### BEGIN SOLUTION
    fired = []
    if figures["error_rate"] > 0.02:
        fired.append("error_rate")
    if figures["p95_latency_ms"] > 1000:
        fired.append("latency")
    if figures["critical"] > 0:
        fired.append("critical")
    if figures["requests"] < 500:
        fired.append("traffic")
    return sorted(fired)
    ### END SOLUTION


# %% tests="escalate" points=2 assesses="L5.3.1"
_es_calm = {"requests": 1500, "errors": 20, "warnings": 15, "critical": 0, "error_rate": 0.0133, "p95_latency_ms": 240.0}
check("escalate",
      expect(lambda: escalate(_es_calm) == [],
             en="A calm day (error rate 1.3 %, p95 240 ms, 1,500 requests, no CRITICAL) needs no escalation: [].",
             zh="平稳的一天（错误率 1.3%、p95 为 240 毫秒、1500 个请求、没有 CRITICAL）无需上报：[]。"),
      expect(lambda: escalate({**_es_calm, "error_rate": 0.031, "critical": 1}) == ["critical", "error_rate"],
             en="An error rate of 3.1 % and one CRITICAL line fire two rules: ['critical', 'error_rate'].",
             zh="错误率 3.1% 且有一行 CRITICAL，会触发两条规则：['critical', 'error_rate']。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("escalation_cases.json", encoding="utf-8") as _es_file:
    _es_cases = json.load(_es_file)
submit("escalate", decisions=[[str(name) for name in escalate(case)] for case in _es_cases])
### END HIDDEN TESTS


# %% judge="escalate"
import json


def judge(answer, gold):
    expected = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["escalation"]
    return all_of(rule(same(answer["decisions"], expected),
                       en="On eight other days (some exactly on a limit), the rules that fire are not all right: 'above' and 'fewer than' exclude the limit itself.",
                       zh="在另外八天的数据上（有些正好落在限值上），触发的规则不全对：“大于”和“少于”都不包括限值本身。"))


# %% [markdown] hint="escalate" lang="en"
# Check the four rules one after the other, each with its own `if`, and append the rule's
# name when it fires: one day can fire several. Mind the limits: 0.02 itself is not above 0.02.

# %% [markdown] hint="escalate" lang="zh"
# 依次检查四条规则，每条用一个单独的 `if`，触发时把规则名加进列表：一天可能触发好几条。注意限值：0.02 本身并不大于 0.02。

# %% [markdown] lang="en"
# ## Task 5 · `maintenance_record`: the day's record
#
# Every check ends with one record in the team's maintenance log, so that the next person
# on duty (or an auditor) can see what was checked, what was found and what was done. The
# team's fixed format is a dict with exactly these keys:
#
# | key | value |
# |---|---|
# | `date` | the day checked, `"YYYY-MM-DD"` |
# | `system` | always `"order-risk-service"` |
# | `operator` | your name |
# | `requests`, `errors`, `warnings`, `error_rate`, `p95_latency_ms` | copied from the daily figures |
# | `escalated` | `True` when any runbook rule fired |
# | `reasons` | the rules that fired (the list from `escalate`) |
# | `action` | `"escalated to on-call engineer"` or `"no action needed"` |
#
# Complete `maintenance_record(date, operator, figures)`.

# %% [markdown] lang="zh"
# ## 任务 5 · `maintenance_record`：当天的维护记录
#
# 每次巡检都以维护日志中的一条记录结束，让下一位值班人员（或审计人员）看得到检查了什么、发现了
# 什么、做了什么。团队规定的固定格式是一个字典，恰好包含这些键：
#
# | 键 | 值 |
# |---|---|
# | `date` | 检查的日期，`"YYYY-MM-DD"` |
# | `system` | 固定为 `"order-risk-service"` |
# | `operator` | 你的名字 |
# | `requests`、`errors`、`warnings`、`error_rate`、`p95_latency_ms` | 从每日指标中照抄 |
# | `escalated` | 只要有运维手册规则触发就为 `True` |
# | `reasons` | 触发的规则（`escalate` 返回的列表） |
# | `action` | `"escalated to on-call engineer"` 或 `"no action needed"` |
#
# 请补全 `maintenance_record(date, operator, figures)`。

# %% answer="maintenance_record"
def maintenance_record(date, operator, figures):
    """The day's maintenance record in the team's fixed format (a dict).

    按团队固定格式（字典）生成当天的维护记录。
    """
    ### BEGIN SOLUTION
    reasons = escalate(figures)
    record = {"date": date, "system": "order-risk-service", "operator": operator}
    for key in ("requests", "errors", "warnings", "error_rate", "p95_latency_ms"):
        record[key] = figures[key]
    record["escalated"] = bool(reasons)
    record["reasons"] = reasons
    record["action"] = "escalated to on-call engineer" if reasons else "no action needed"
    return record
    ### END SOLUTION


# %% tests="maintenance_record" points=2 assesses="L5.3.1"
_mr_keys = {"date", "system", "operator", "requests", "errors", "warnings", "error_rate", "p95_latency_ms",
            "escalated", "reasons", "action"}
_mr_calm = {"requests": 1500, "errors": 20, "warnings": 15, "critical": 0, "error_rate": 0.0133, "p95_latency_ms": 240.0}
_mr_out = lambda: maintenance_record("2026-11-01", "Li Na", _mr_calm)
check("maintenance_record",
      expect(lambda: set(_mr_out()) == _mr_keys,
             en="The record should have exactly the eleven keys of the table.",
             zh="记录应恰好包含表中的十一个键。"),
      expect(lambda: _mr_out()["escalated"] is False and _mr_out()["action"] == "no action needed"
             and _mr_out()["requests"] == 1500 and _mr_out()["system"] == "order-risk-service",
             en="On a calm day: escalated False, action 'no action needed', figures copied, system 'order-risk-service'.",
             zh="平稳的一天：escalated 为 False，action 为 'no action needed'，指标照抄，system 为 'order-risk-service'。"))
### BEGIN HIDDEN TESTS
from course import submit
with open("escalation_cases.json", encoding="utf-8") as _mr_file:
    _mr_cases = json.load(_mr_file)
submit("maintenance_record", records=[maintenance_record(f"2026-11-{n + 10:02d}", "Wang Fang", case)
                                      for n, case in enumerate(_mr_cases)])
### END HIDDEN TESTS


# %% judge="maintenance_record"
import json


def judge(answer, gold):
    cases = json.loads((gold / "escalation_cases.json").read_text(encoding="utf-8"))
    reasons = json.loads((gold / "expected.json").read_text(encoding="utf-8"))["escalation"]
    records = answer["records"]
    figures = ("requests", "errors", "warnings", "error_rate", "p95_latency_ms")
    expected = [{"date": f"2026-11-{n + 10:02d}", "system": "order-risk-service", "operator": "Wang Fang",
                 **{key: case[key] for key in figures}, "escalated": bool(why), "reasons": why,
                 "action": "escalated to on-call engineer" if why else "no action needed"}
                for n, (case, why) in enumerate(zip(cases, reasons))]
    return all_of(
        rule(same([set(r) for r in records], [set(e) for e in expected]),
             en="Some records do not have exactly the eleven keys of the fixed format.",
             zh="部分记录没有恰好包含固定格式的十一个键。"),
        rule(same([{k: r[k] for k in ("date", "system", "operator", *figures)} for r in records],
                  [{k: e[k] for k in ("date", "system", "operator", *figures)} for e in expected]),
             en="The date, system, operator or copied figures of some records are wrong.",
             zh="部分记录的日期、系统、值班人员或照抄的指标不对。"),
        rule(same([[r["escalated"], r["reasons"], r["action"]] for r in records],
                  [[e["escalated"], e["reasons"], e["action"]] for e in expected]),
             en="On eight other days, escalated, reasons or action do not match the runbook's rules.",
             zh="在另外八天的数据上，escalated、reasons 或 action 与运维手册的规则不符。"))


# %% [markdown] hint="maintenance_record" lang="en"
# Call your `escalate(figures)` once and derive the three last fields from its list:
# `bool([])` is `False`. Copy the five figures in a loop over their keys.

# %% [markdown] hint="maintenance_record" lang="zh"
# 调用一次你写好的 `escalate(figures)`，后三个字段都从它返回的列表推出：`bool([])` 是 `False`。
# 五个指标可以按键名循环照抄。

# %% [markdown] lang="en"
# ## Try it on yesterday's log
#
# The cell below runs the whole daily check on `service_day2.log` and prints the record you
# would file. Read it like the next person on duty would.

# %% [markdown] lang="zh"
# ## 用昨天的日志试一试
#
# 下面的单元格在 `service_day2.log` 上跑完整个每日巡检，并打印你要提交的记录。请像下一位值班人员
# 那样读一读它。

# %%
try:
    print(json.dumps(maintenance_record("2026-11-02", "me", daily_check(parse_log("service_day2.log"))),
                     indent=1, ensure_ascii=False))
except NotImplementedError:
    print("Complete the tasks above first. / 请先完成上面的任务。")

# %% [markdown] lang="en"
# ## What you did
#
# You ran a batch job and checked its exit code and output, turned a raw log into a table
# and a table into the figures of a daily check, applied a runbook's escalation rules
# exactly at their limits, and filed a maintenance record another person can read. An
# operator's value is in noticing, recording and handing over at the right moment.

# %% [markdown] lang="zh"
# ## 小结
#
# 你运行了批处理任务并检查了退出码和输出，把原始日志变成表格，又把表格变成每日巡检指标；你按运维
# 手册的升级规则作出了判断（包括正好落在限值上的情况），并填写了别人看得懂的维护记录。运维人员的
# 价值在于及时发现问题、如实记录，并在该上报的时候及时上报。
