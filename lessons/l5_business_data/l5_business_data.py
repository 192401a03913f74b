# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_business_data
#     level: 5
#     title: {en: Collecting and cleaning business data, zh: 业务数据采集与处理}
#     datasets: [orders/orders_raw.csv]
# ---

# %% [markdown] lang="en"
# # Collecting and cleaning business data
#
# Welcome! In this lesson you play a new AI trainer at a small online shop. The data team
# wants to use last quarter's orders for two things: a dashboard of sales per city, and
# later a model that flags unusual orders. Before anyone can label this data or train on
# it, somebody has to clean it. That somebody is you.
#
# Real exports are messy: names with stray spaces, dates typed three different ways,
# empty cells, test orders, rows exported twice. A model learns from whatever you give it,
# mistakes included ("garbage in, garbage out"), so cleaning is not a chore before the
# real work: it *is* a large part of the real work.
#
# **How this lesson works.** Each task asks you to complete one small function. Write the
# body where it says so, run the cell, then run the check cell below it. The check tells
# you what is still wrong. When grading, a few more hidden checks are run on other data,
# so make your function follow the description, not just the visible examples. Stuck?
# Run `hint("task_id")` in any cell, e.g. `hint("load_orders")`; run it again for the
# next hint.
#
# The steps follow the Level 5 unit "business data collection and processing" of the
# national AI Trainer standard: load, strip whitespace, parse dates, drop invalid rows,
# remove duplicates, fill missing values, bin into levels, summarise, export.

# %% [markdown] lang="zh"
# # 业务数据采集与处理
#
# 欢迎！在这一课里，你是一家小网店新来的人工智能训练师。数据团队想用上个季度的订单做两件事：
# 一是按城市统计销售额的看板，二是以后训练一个识别异常订单的模型。在任何人标注这些数据、
# 用它训练模型之前，得有人先把它清洗干净——这个人就是你。
#
# 真实导出的数据往往很乱：名字前后多了空格，日期有三种写法，有空单元格，有测试订单，
# 还有重复导出的行。模型会照单全收你给它的数据，连错误一起学进去（“垃圾进，垃圾出”）。
# 所以清洗数据不是正式工作前的杂活，它本身就是正式工作的重要部分。
#
# **本课怎么学。** 每个任务都请你补全一个小函数：在指定位置写好函数体，运行该单元格，
# 再运行它下面的检查单元格。检查会告诉你哪里还不对。评分时还会用其他数据运行几项隐藏检查，
# 所以请按任务说明来写函数，而不只是让看得到的例子通过。卡住了？在任意单元格运行
# `hint("任务编号")`，例如 `hint("load_orders")`；再运行一次可以看下一条提示。
#
# 本课的步骤对应国家人工智能训练师职业标准五级的“业务数据采集和处理”：读取数据、去除空格、
# 解析日期、删除无效行、去重、填补缺失值、分级、汇总、导出。

# %%
import pandas as pd
from course import check, expect, hint

# %% [markdown] lang="en"
# ## Look before you clean
#
# Always look at the raw file first, as plain text, before any tool interprets it. The
# cell below prints the first lines of `orders_raw.csv` exactly as they are stored.

# %% [markdown] lang="zh"
# ## 先看数据，再动手
#
# 在任何工具“理解”文件之前，先把原始文件当作纯文本看一看。下面的单元格原样打印
# `orders_raw.csv` 的前几行。

# %%
with open("orders_raw.csv", encoding="utf-8") as raw_file:
    for line in raw_file.readlines()[:12]:
        print(repr(line.rstrip("\n")))

# %% [markdown] lang="en"
# Each line is one order line: `order_id`, `customer`, `city`, `order_date`, `category`
# (product category), `quantity`, `unit_price` (yuan) and `status` (a code from the shop
# system). Already you can spot trouble: spaces around some values (`repr` makes them
# visible, including the wide full-width space `　` that Chinese keyboards type), dates
# written as `2026-01-01`, `2026/1/1` or `01.01.2026`, and empty prices.
#
# Now let pandas read it with no options at all and compare:

# %% [markdown] lang="zh"
# 每一行是一条订单：`order_id`（订单号）、`customer`（客户）、`city`（城市）、
# `order_date`（下单日期）、`category`（商品类别）、`quantity`（数量）、
# `unit_price`（单价，元）和 `status`（商店系统里的状态代码）。已经能看出问题了：有些值前后
# 带空格（`repr` 能把空格显示出来，包括中文输入法打出的全角空格 `　`），日期有
# `2026-01-01`、`2026/1/1`、`01.01.2026` 三种写法，还有空着的单价。
#
# 现在不加任何参数，直接让 pandas 读取，对比一下：

# %%
peek = pd.read_csv("orders_raw.csv")
peek.head()


# %% [markdown] lang="en"
# ## Task 1 · `load_orders`: read the file without losing information
#
# Look at `order_id` above: the file says `001001`, but pandas shows `1001`. It guessed
# the column was a number and threw the leading zeros away. An order number is a *code*,
# not an amount: you never add two order numbers. If the zeros disappear, the IDs no longer
# match the shop system or the labels another team attaches to them.
#
# Complete `load_orders(path)`: read the CSV file at `path` and return the DataFrame, with
#
# * `order_id` read as **text** (so `001001` stays `001001`);
# * `quantity` and `unit_price` as **numbers**;
# * blank cells as missing values (`NaN`), which is what pandas does by default;
# * no other changes yet (the cleaning comes in the next tasks).

# %% [markdown] lang="zh"
# ## 任务 1 · `load_orders`：读取文件，不丢信息
#
# 看看上面的 `order_id`：文件里写的是 `001001`，pandas 却显示 `1001`。它以为这一列是数字，
# 把开头的 0 丢掉了。订单号是“编码”而不是“数量”，没人会把两个订单号相加。开头的 0 一旦丢失，
# 订单号就和商店系统、以及其他团队打的标签对不上了。
#
# 请补全 `load_orders(path)`：读取 `path` 处的 CSV 文件并返回 DataFrame，要求：
#
# * `order_id` 按**文本**读取（`001001` 仍然是 `001001`）；
# * `quantity` 和 `unit_price` 是**数字**；
# * 空单元格读成缺失值（`NaN`），这也是 pandas 的默认行为；
# * 暂时不做其他改动（清洗放在后面的任务里）。

# %% answer="load_orders"
def load_orders(path):
    """Read the order export at `path` and return it as a DataFrame.

    读取 `path` 处导出的订单文件，返回一个 DataFrame。
    """
    ### BEGIN SOLUTION
    return pd.read_csv(path, dtype={"order_id": str}, encoding="utf-8")
    ### END SOLUTION


# %% tests="load_orders" points=1 assesses="L5.1.1"
with open("orders_raw.csv", encoding="utf-8") as _lo_file:
    _lo_rows = sum(1 for _ in _lo_file) - 1
_lo = lambda: load_orders("orders_raw.csv")
check("load_orders",
      expect(lambda: isinstance(_lo(), pd.DataFrame) and len(_lo()) == _lo_rows,
             en="load_orders should return a DataFrame with one row for every order line in the file.",
             zh="load_orders 应返回一个 DataFrame，文件中每一条订单对应一行。"),
      expect(lambda: list(_lo().columns) == ["order_id", "customer", "city", "order_date",
                                             "category", "quantity", "unit_price", "status"],
             en="The DataFrame should have the file's eight columns, in the file's order, with order_id as an ordinary column (not the index).",
             zh="DataFrame 应包含文件中的八列，顺序与文件一致，并且 order_id 是普通列（不是索引）。"),
      expect(lambda: _lo()["order_id"].iloc[0] == "001001",
             en="The first order_id should be the text '001001': the leading zeros are lost when the column is read as numbers.",
             zh="第一个 order_id 应该是文本 '001001'：按数字读取时开头的 0 会丢失。"))
### BEGIN HIDDEN TESTS
import os as _lo_os, tempfile as _lo_tempfile
_lo_path = _lo_os.path.join(_lo_tempfile.mkdtemp(), "other_orders.csv")
with open(_lo_path, "w", encoding="utf-8") as _lo_out:
    _lo_out.write("order_id,customer,city,order_date,category,quantity,unit_price,status\n"
                  "000042,王芳,上海,2026-02-01,图书,2,35.50,PAID\n"
                  "000043,Li Na,北京,2026/2/2,食品,,12.00,SHIPPED\n")
from course import submit
submit("load_orders", lesson_file=_lo(), other_file=load_orders(_lo_path))
### END HIDDEN TESTS


# %% judge_helpers
import io

import pandas as pd

TEXT_COLUMNS = ["customer", "city", "category", "status"]


def holds(test):
    """Whether test() is true; an answer of the wrong shape makes it raise, which fails it."""
    try:
        return bool(test())
    except Exception:
        return False


def raw_orders(gold):
    """The orders file as the lesson reads it: order IDs stay text."""
    return pd.read_csv(gold / "orders_raw.csv", dtype={"order_id": str})


def reference_dates(text):
    """Dates in any of the task's three formats, tried in turn; anything else missing."""
    parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    for date_format in ["%Y/%m/%d", "%d.%m.%Y"]:
        parsed = parsed.fillna(pd.to_datetime(text, format=date_format, errors="coerce"))
    return parsed


# %% judge="load_orders"
def judge(answer, gold):
    lesson_file, other_file = answer["lesson_file"], answer["other_file"]
    return all_of(
        rule(holds(lambda: pd.api.types.is_numeric_dtype(lesson_file["quantity"])
                   and pd.api.types.is_numeric_dtype(lesson_file["unit_price"])),
             en="quantity and unit_price should be number columns, so that we can calculate with them.",
             zh="quantity 和 unit_price 应该是数值列，这样才能参与计算。"),
        rule(holds(lambda: other_file["order_id"].tolist() == ["000042", "000043"]
                   and other_file["quantity"].isna().tolist() == [False, True]),
             en="load_orders should read whichever file it is given, keeping order IDs as text and blank quantities as missing values.",
             zh="load_orders 应读取传入的任意文件：订单号保持为文本，空着的数量读成缺失值。"))


# %% [markdown] hint="load_orders" lang="en"
# `pd.read_csv` has a `dtype` parameter. You can give it a dictionary that names only the
# columns whose type you want to set yourself; pandas still guesses the others.

# %% [markdown] hint="load_orders" lang="zh"
# `pd.read_csv` 有一个 `dtype` 参数。可以传入一个字典，只写出你想自己指定类型的列，
# 其他列仍由 pandas 自动判断。

# %% [markdown] lang="en"
# ## Task 2 · `strip_whitespace`: the same city should be spelled the same way
#
# To a computer, `"北京"`, `"北京 "` and `"北京　"` are three different cities. Count orders
# per city and Beijing is split into three rows; give the rows to labelers and the same
# product category shows up as several "classes". Invisible spaces are one of the most
# common reasons a label set or a report looks slightly wrong.
#
# The cell below lists the distinct city values pandas sees:

# %% [markdown] lang="zh"
# ## 任务 2 · `strip_whitespace`：同一个城市应该写法一致
#
# 对计算机来说，`"北京"`、`"北京 "` 和 `"北京　"` 是三个不同的城市。按城市统计订单时，北京会被
# 拆成三行；把数据交给标注员时，同一个商品类别会变成好几个“类别”。看不见的空格，是标注数据或
# 报表“有点不对劲”的最常见原因之一。
#
# 下面的单元格列出 pandas 看到的所有不同城市取值：

# %%
print([city for city in peek["city"].unique()])


# %% [markdown] lang="en"
# Complete `strip_whitespace(df)`: return a **copy** of `df` in which the text columns
# `customer`, `city`, `category` and `status` have no whitespace at the start or the end.
#
# * Spaces *inside* a value stay: `"Li Na"` keeps its space.
# * The full-width space `　` counts as whitespace too.
# * Missing values stay missing (do not turn them into text).
# * Do not change `df` itself: the caller may still need the original. This rule holds for
#   every function in this lesson.

# %% [markdown] lang="zh"
# 请补全 `strip_whitespace(df)`：返回 `df` 的一个**副本**，其中文本列 `customer`、`city`、
# `category` 和 `status` 的取值首尾都没有空白字符。
#
# * 值**中间**的空格保留：`"Li Na"` 中间的空格不动。
# * 全角空格 `　` 也算空白字符。
# * 缺失值保持缺失（不要把它变成文本）。
# * 不要修改 `df` 本身：调用者可能还需要原始数据。本课所有函数都遵守这条规则。

# %% answer="strip_whitespace"
def strip_whitespace(df):
    """Return a copy of df with whitespace stripped from customer, city, category and status.

    返回 df 的副本，去掉 customer、city、category、status 四列取值首尾的空白字符。
    """
    ### BEGIN SOLUTION
    out = df.copy()
    for column in ["customer", "city", "category", "status"]:
        out[column] = out[column].str.strip()
    return out
    ### END SOLUTION


# %% tests="strip_whitespace" points=2 assesses="L5.1.2"
_sw_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000003"],
    "customer": ["  张伟", "Li Na ", "王芳"],
    "city": ["北京 ", " 上海", "广州"],
    "category": [" 图书", "服装", "食品  "],
    "quantity": [1.0, 2.0, 3.0],
    "status": ["PAID ", " SHIPPED", "DELIVERED"],
})
_sw = lambda: strip_whitespace(_sw_in.copy())
check("strip_whitespace",
      expect(lambda: _sw()["customer"].tolist() == ["张伟", "Li Na", "王芳"],
             en="Customer names should have no spaces at the start or the end (the space inside 'Li Na' stays).",
             zh="客户名称首尾不应有空格（'Li Na' 中间的空格保留）。"),
      expect(lambda: _sw()["city"].tolist() == ["北京", "上海", "广州"]
             and _sw()["category"].tolist() == ["图书", "服装", "食品"],
             en="City and category values should have no spaces at the start or the end.",
             zh="城市和类别的取值首尾不应有空格。"),
      expect(lambda: _sw()["status"].tolist() == ["PAID", "SHIPPED", "DELIVERED"],
             en="Status codes should have no spaces at the start or the end.",
             zh="状态代码首尾不应有空格。"))
### BEGIN HIDDEN TESTS
_sw_raw = pd.read_csv("orders_raw.csv", dtype={"order_id": str})
_sw_copy = _sw_raw.copy()
_sw_stripped = strip_whitespace(_sw_raw.copy())
strip_whitespace(_sw_copy)
from course import submit
submit("strip_whitespace", stripped=_sw_stripped, input_after=_sw_copy)
### END HIDDEN TESTS


# %% judge="strip_whitespace"
OTHER_COLUMNS = ["order_id", "quantity", "unit_price"]


def judge(answer, gold):
    raw = raw_orders(gold)
    stripped = answer["stripped"]
    return all_of(
        rule(holds(lambda: all(stripped[c].dropna().tolist() == raw[c].dropna().str.strip().tolist()
                               for c in TEXT_COLUMNS)),
             en="In the real file some text still has whitespace around it; remember the full-width space 　 as well.",
             zh="真实文件中仍有文本首尾带空白字符；别忘了全角空格 　。"),
        rule(holds(lambda: stripped["customer"].isna().tolist() == raw["customer"].isna().tolist()
                   and same(stripped[OTHER_COLUMNS], raw[OTHER_COLUMNS])),
             en="Missing customer names should stay missing, and the other columns should not change.",
             zh="缺失的客户名称应保持缺失，其他列不应被改动。"),
        rule(same(answer["input_after"], raw),
             en="strip_whitespace changed the DataFrame it was given; work on a copy and return that.",
             zh="strip_whitespace 修改了传入的 DataFrame；请在副本上操作并返回副本。"))


# %% [markdown] hint="strip_whitespace" lang="en"
# A text column has a `.str` accessor with the same methods as a Python string. Which
# string method removes whitespace at both ends?

# %% [markdown] hint="strip_whitespace" lang="zh"
# 文本列有一个 `.str` 访问器，提供和 Python 字符串相同的方法。哪个字符串方法能去掉两端的空白？

# %% [markdown] hint="strip_whitespace" lang="en"
# Make a copy of `df` first, then loop over the four column names and replace each
# column of the copy with its stripped version. Call the method without an argument: with
# `" "` as argument it removes only ordinary spaces and leaves the full-width `　`.

# %% [markdown] hint="strip_whitespace" lang="zh"
# 先复制一份 `df`，再循环这四个列名，把副本的每一列替换成去掉空白后的版本。
# 调用方法时不要传参数：传入 `" "` 只会去掉普通空格，全角空格 `　` 还会留下。

# %% [markdown] lang="en"
# ## Task 3 · `parse_dates`: turn date text into real dates
#
# While dates are text, `"2026/3/10"` sorts before `"2026/3/5"`, you cannot ask "which
# orders came in March?", and a model sees a random string instead of a point in time.
# Converting them to real dates (`datetime64`) fixes all of that.
#
# Our export mixes three formats, because orders came from three different systems:
#
# | written as | pattern | meaning |
# |---|---|---|
# | `2026-03-05` | year-month-day | 5 March 2026 |
# | `2026/3/5` | year/month/day, no leading zeros | 5 March 2026 |
# | `05.03.2026` | day.month.year | 5 March 2026 |
#
# Careful: `pd.to_datetime(..., format="mixed")` *guesses* each value, and for a value like
# `05.03.2026` it cannot know whether 05 is the day or the month. It guesses month first,
# and with `dayfirst=True` it swaps `2026-03-05` instead. Guessing is not good enough when
# the result feeds a report or a model: tell pandas the formats.
#
# Complete `parse_dates(df)`: return a copy of `df` whose `order_date` column is
# `datetime64`, with each of the three formats read as in the table. Blank dates, and
# anything that is not a real date in one of these formats (such as `2026-02-30` or
# `待定`), become `NaT` ("not a time", the missing value for dates) instead of raising
# an error.

# %% [markdown] lang="zh"
# ## 任务 3 · `parse_dates`：把日期文本变成真正的日期
#
# 日期还是文本时，`"2026/3/10"` 会排在 `"2026/3/5"` 前面；你没法直接问“哪些订单是三月份的”；
# 模型看到的也只是一串随意的字符，而不是一个时间点。把它们转换成真正的日期（`datetime64`），
# 这些问题就都解决了。
#
# 我们的导出文件混用了三种格式，因为订单来自三个不同的系统：
#
# | 写法 | 格式 | 含义 |
# |---|---|---|
# | `2026-03-05` | 年-月-日 | 2026 年 3 月 5 日 |
# | `2026/3/5` | 年/月/日，不补零 | 2026 年 3 月 5 日 |
# | `05.03.2026` | 日.月.年 | 2026 年 3 月 5 日 |
#
# 注意：`pd.to_datetime(..., format="mixed")` 会逐个“猜”格式。像 `05.03.2026` 这样的值，
# 它无法知道 05 是日还是月：默认按“月在前”来猜；加上 `dayfirst=True` 后，又会把
# `2026-03-05` 的月和日对调。结果要用于报表或模型时，靠猜是不够的：请明确告诉 pandas 格式。
#
# 请补全 `parse_dates(df)`：返回 `df` 的副本，其中 `order_date` 列是 `datetime64` 类型，
# 三种格式都按上表的含义解析。空日期，以及不符合这三种格式、或者根本不存在的日期
# （比如 `2026-02-30`、`待定`），都变成 `NaT`（“not a time”，日期的缺失值），而不是报错。

# %% answer="parse_dates"
def parse_dates(df):
    """Return a copy of df whose order_date column is datetime64 (unreadable dates become NaT).

    返回 df 的副本，order_date 列转换为 datetime64（无法解析的日期变为 NaT）。
    """
    ### BEGIN SOLUTION
    out = df.copy()
    text = out["order_date"]
    parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    for date_format in ["%Y/%m/%d", "%d.%m.%Y"]:
        parsed = parsed.fillna(pd.to_datetime(text, format=date_format, errors="coerce"))
    out["order_date"] = parsed
    return out
    ### END SOLUTION


# %% tests="parse_dates" points=3 assesses="L5.1.2"
_pd_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000003", "000004", "000005", "000006", "000007"],
    "order_date": ["2026-03-05", "2026/3/5", "05.03.2026", "2026-01-20", None, "2026-02-30", "待定"],
})
_pd = lambda: parse_dates(_pd_in.copy())["order_date"]
check("parse_dates",
      expect(lambda: pd.api.types.is_datetime64_any_dtype(_pd()),
             en="order_date should become a datetime column (datetime64), not stay text.",
             zh="order_date 应转换为日期时间列（datetime64），而不是仍为文本。"),
      expect(lambda: _pd().iloc[:4].tolist() == [pd.Timestamp("2026-03-05")] * 3 + [pd.Timestamp("2026-01-20")],
             en="2026-03-05, 2026/3/5 and 05.03.2026 should all become 5 March 2026, and 2026-01-20 should become 20 January 2026.",
             zh="2026-03-05、2026/3/5 和 05.03.2026 都应解析为 2026 年 3 月 5 日，2026-01-20 应解析为 2026 年 1 月 20 日。"),
      expect(lambda: _pd().iloc[4:].isna().all(),
             en="A blank date, a date that does not exist (30 February) and text that is not a date should all become NaT.",
             zh="空日期、不存在的日期（2 月 30 日）以及不是日期的文本都应变为 NaT。"))
### BEGIN HIDDEN TESTS
_pd_more = pd.DataFrame({"order_date": ["25.01.2026", "2026/12/1", "2026-03-04", "01.12.2026", "2026/1/31", "2026/13/1"]})
_pd_raw = pd.read_csv("orders_raw.csv", dtype={"order_id": str})
_pd_copy = _pd_raw.copy()
_pd_more_dates = parse_dates(_pd_more.copy())["order_date"]
_pd_raw_dates = parse_dates(_pd_raw.copy())["order_date"]
parse_dates(_pd_copy)
from course import submit
submit("parse_dates", other_dates=_pd_more_dates, lesson_dates=_pd_raw_dates, input_after=_pd_copy)
### END HIDDEN TESTS


# %% judge="parse_dates"
def judge(answer, gold):
    raw = raw_orders(gold)
    expected = reference_dates(raw["order_date"])
    other, lesson = answer["other_dates"], answer["lesson_dates"]
    return all_of(
        rule(holds(lambda: other.tolist()[:5]
                   == [pd.Timestamp(d) for d in ["2026-01-25", "2026-12-01", "2026-03-04", "2026-12-01", "2026-01-31"]]
                   and pd.isna(other.iloc[5])),
             en="Some dates in other months come out wrong: check that day and month are not swapped in any of the three formats.",
             zh="其他月份的一些日期解析错了：请检查三种格式中日和月是否被对调。"),
        rule(holds(lambda: same(lesson.astype("datetime64[ns]"), expected.astype("datetime64[ns]"))),
             en="On the real file, some dates are read differently from the three formats in the task.",
             zh="在真实文件上，有些日期的解析结果与任务中的三种格式不符。"),
        rule(same(answer["input_after"], raw),
             en="parse_dates changed the DataFrame it was given; work on a copy and return that.",
             zh="parse_dates 修改了传入的 DataFrame；请在副本上操作并返回副本。"))


# %% [markdown] hint="parse_dates" lang="en"
# `pd.to_datetime` takes `format=` (one exact pattern, such as `"%d.%m.%Y"`) and
# `errors="coerce"` (turn what does not fit into `NaT` instead of raising). Try one format
# on the whole column and see which values it parses.

# %% [markdown] hint="parse_dates" lang="zh"
# `pd.to_datetime` 可以传 `format=`（一个确切的格式，比如 `"%d.%m.%Y"`）和
# `errors="coerce"`（不符合格式的值变成 `NaT`，而不是报错）。先用一种格式解析整列，
# 看看哪些值能解析出来。

# %% [markdown] hint="parse_dates" lang="en"
# Parse the column three times, once per format, each with `errors="coerce"`. Each result
# has dates where its format fits and `NaT` elsewhere. Combine them: `first.fillna(second)`
# keeps the dates of `first` and fills its gaps from `second`. (`%m` and `%d` also accept
# a single digit, so `"%Y/%m/%d"` reads `2026/3/5`.)

# %% [markdown] hint="parse_dates" lang="zh"
# 对这一列解析三次，每种格式一次，每次都加 `errors="coerce"`。每个结果在格式相符的位置是日期，
# 其他位置是 `NaT`。再把它们合并：`first.fillna(second)` 保留 `first` 中的日期，
# 并用 `second` 填补它的空缺。（`%m` 和 `%d` 也接受一位数字，所以 `"%Y/%m/%d"` 能读取 `2026/3/5`。）

# %% [markdown] lang="en"
# ## Task 4 · `drop_invalid`: remove rows that cannot be right
#
# Some rows describe orders that cannot exist: a quantity of 0 or −1, no usable date, or a
# status code the shop system does not know (`TEST` orders from the developers, `ERR` from
# a failed import). If they stay, a report overstates or understates sales, and a model
# learns that such rows are normal. Removing them is safer than guessing what they meant.
#
# A **missing** quantity is different: the order is real, we just do not know how many
# items it had. We keep those rows and fill the gap in Task 6.
#
# The valid status codes are:

# %% [markdown] lang="zh"
# ## 任务 4 · `drop_invalid`：删除不可能正确的行
#
# 有些行描述的是不可能存在的订单：数量是 0 或 −1，没有可用的日期，或者状态代码是商店系统
# 不认识的（开发人员下的 `TEST` 测试单、导入失败留下的 `ERR`）。如果保留它们，报表会多算或
# 少算销售额，模型也会以为这样的行是正常的。与其猜它们原本是什么意思，不如删掉更稳妥。
#
# **缺失的**数量则不一样：订单是真实的，只是我们不知道买了几件。这些行要保留，
# 在任务 6 里再把空缺补上。
#
# 有效的状态代码如下：

# %%
VALID_STATUS = ["PAID", "SHIPPED", "DELIVERED", "RETURNED"]


# %% [markdown] lang="en"
# Complete `drop_invalid(df)`. Its input has already been stripped and its dates parsed.
# Return a copy of `df` without the rows where
#
# 1. `quantity` is 0 or negative (rows whose quantity is missing stay), or
# 2. `order_date` is `NaT`, or
# 3. `status` is not one of `VALID_STATUS` (a missing status is not valid either).
#
# Keep the other rows in their original order.

# %% [markdown] lang="zh"
# 请补全 `drop_invalid(df)`。它的输入已经去除了空格、解析了日期。返回 `df` 的副本，
# 删除满足以下任一条件的行：
#
# 1. `quantity` 为 0 或负数（数量缺失的行保留）；
# 2. `order_date` 为 `NaT`；
# 3. `status` 不在 `VALID_STATUS` 中（状态缺失也算无效）。
#
# 其余的行保持原来的顺序。

# %% answer="drop_invalid"
def drop_invalid(df):
    """Return a copy of df without rows with quantity <= 0, no date, or an unknown status.

    返回 df 的副本，删除数量 <= 0、日期缺失或状态代码未知的行。
    """
    ### BEGIN SOLUTION
    bad_quantity = df["quantity"] <= 0          # NaN <= 0 is False: missing quantities stay
    no_date = df["order_date"].isna()
    unknown_status = ~df["status"].isin(VALID_STATUS)
    return df[~(bad_quantity | no_date | unknown_status)].copy()
    ### END SOLUTION


# %% tests="drop_invalid" points=2 assesses="L5.1.2"
_di_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000003", "000004", "000005", "000006"],
    "order_date": pd.to_datetime(["2026-03-01", "2026-03-02", "2026-03-03", None, "2026-03-05", "2026-03-06"]),
    "quantity": [2.0, 0.0, -1.0, 1.0, 3.0, 1.0],
    "status": ["PAID", "SHIPPED", "PAID", "DELIVERED", "TEST", "RETURNED"],
})
_di = lambda: drop_invalid(_di_in.copy())["order_id"].tolist()
check("drop_invalid",
      expect(lambda: "000002" not in _di() and "000003" not in _di(),
             en="Rows with a quantity of 0 or below should be removed.",
             zh="数量为 0 或小于 0 的行应被删除。"),
      expect(lambda: "000004" not in _di(),
             en="Rows without a valid order date (NaT) should be removed.",
             zh="没有有效下单日期（NaT）的行应被删除。"),
      expect(lambda: _di() == ["000001", "000006"],
             en="Rows whose status is not in VALID_STATUS should be removed, and all valid rows should stay, in their original order.",
             zh="状态不在 VALID_STATUS 中的行应被删除，所有有效的行都应保留，并保持原来的顺序。"))
### BEGIN HIDDEN TESTS
_di_more = pd.DataFrame({
    "order_id": ["000011", "000012", "000013", "000014"],
    "order_date": pd.to_datetime(["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"]),
    "quantity": [None, 2.0, None, 1.0],
    "status": ["SHIPPED", None, "PAID", "DELIVERED"],
})
_di_raw = pd.read_csv("orders_raw.csv", dtype={"order_id": str})
for _di_c in ["customer", "city", "category", "status"]:
    _di_raw[_di_c] = _di_raw[_di_c].str.strip()
_di_text = _di_raw["order_date"]
_di_dates = pd.to_datetime(_di_text, format="%Y-%m-%d", errors="coerce")
for _di_f in ["%Y/%m/%d", "%d.%m.%Y"]:
    _di_dates = _di_dates.fillna(pd.to_datetime(_di_text, format=_di_f, errors="coerce"))
_di_raw["order_date"] = _di_dates
_di_copy = _di_raw.copy()
_di_more_kept = drop_invalid(_di_more.copy())["order_id"].tolist()
_di_raw_kept = drop_invalid(_di_raw.copy())["order_id"].tolist()
drop_invalid(_di_copy)
from course import submit
submit("drop_invalid", other_kept=_di_more_kept, lesson_kept=_di_raw_kept, input_after=_di_copy)
### END HIDDEN TESTS


# %% judge="drop_invalid"
VALID_STATUS = ["PAID", "SHIPPED", "DELIVERED", "RETURNED"]


def prepared_orders(gold):
    """The raw file stripped and with its dates parsed: what drop_invalid was given."""
    orders = raw_orders(gold)
    for column in TEXT_COLUMNS:
        orders[column] = orders[column].str.strip()
    orders["order_date"] = reference_dates(orders["order_date"])
    return orders


def judge(answer, gold):
    orders = prepared_orders(gold)
    bad = (orders["quantity"] <= 0) | orders["order_date"].isna() | ~orders["status"].isin(VALID_STATUS)
    expected = orders.loc[~bad, "order_id"].tolist()
    return all_of(
        rule(holds(lambda: answer["other_kept"] == ["000011", "000013", "000014"]),
             en="A missing quantity is not invalid: those rows must stay (fill_missing deals with them). A missing status is invalid.",
             zh="数量缺失不算无效：这些行必须保留（由 fill_missing 处理）。状态缺失则算无效。"),
        rule(holds(lambda: answer["lesson_kept"] == expected),
             en="On the real file, the rows kept are not exactly the valid ones.",
             zh="在真实文件上，保留下来的行与有效行不完全一致。"),
        rule(same(answer["input_after"], orders),
             en="drop_invalid changed the DataFrame it was given; work on a copy and return that.",
             zh="drop_invalid 修改了传入的 DataFrame；请在副本上操作并返回副本。"))


# %% [markdown] hint="drop_invalid" lang="en"
# Build one True/False Series per rule (for example `df["quantity"] <= 0`), combine them
# with `|` ("or"), and keep the rows where the combination is False: `df[~bad]`.
# `Series.isin(VALID_STATUS)` tells you which statuses are valid.

# %% [markdown] hint="drop_invalid" lang="zh"
# 每条规则构造一个 True/False 的 Series（例如 `df["quantity"] <= 0`），用 `|`（“或”）组合起来，
# 保留组合结果为 False 的行：`df[~bad]`。`Series.isin(VALID_STATUS)` 可以判断哪些状态有效。

# %% [markdown] hint="drop_invalid" lang="en"
# Watch the missing quantities: `NaN <= 0` is False, but `NaN > 0` is False too. So
# `df[df["quantity"] > 0]` silently throws away every row with a missing quantity. Describe
# the *bad* rows and remove them, rather than describing the good ones.

# %% [markdown] hint="drop_invalid" lang="zh"
# 注意缺失的数量：`NaN <= 0` 是 False，`NaN > 0` 也是 False。所以 `df[df["quantity"] > 0]`
# 会悄悄丢掉所有数量缺失的行。应该描述“坏”的行再把它们删掉，而不是去描述“好”的行。

# %% [markdown] lang="en"
# ## Task 5 · `deduplicate`: every order once
#
# Exports often contain the same order twice: the export job ran twice, or a clerk typed an
# order in again later with a small change. Duplicates inflate totals, and in model work
# they are worse: if the same row lands in both the training set and the test set, the
# model looks better than it really is.
#
# Here the order number identifies an order, so every `order_id` should appear once. The
# first row of an order is the original export; later rows with the same `order_id` are
# copies or re-entries.
#
# Complete `deduplicate(df)`: return a copy of `df` in which every `order_id` appears only
# once, keeping the **first** row of each order. Keep the rows in their original order.

# %% [markdown] lang="zh"
# ## 任务 5 · `deduplicate`：每个订单只出现一次
#
# 导出文件里经常有重复的订单：导出任务跑了两次，或者店员之后又把某个订单录入了一遍，还改了点
# 内容。重复会让合计偏大；在模型工作中更糟糕：同一行如果同时出现在训练集和测试集里，
# 模型看起来会比实际表现更好。
#
# 这里订单号唯一标识一个订单，所以每个 `order_id` 只应出现一次。一个订单的第一行是原始导出，
# 之后相同 `order_id` 的行都是副本或重新录入。
#
# 请补全 `deduplicate(df)`：返回 `df` 的副本，每个 `order_id` 只出现一次，保留每个订单的
# **第一**行。其余行保持原来的顺序。

# %% answer="deduplicate"
def deduplicate(df):
    """Return a copy of df with one row per order_id (the first one).

    返回 df 的副本，每个 order_id 只保留一行（第一行）。
    """
    ### BEGIN SOLUTION
    return df.drop_duplicates(subset="order_id", keep="first")
    ### END SOLUTION


# %% tests="deduplicate" points=2 assesses="L5.1.2"
_dd_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000002", "000003", "000004", "000003"],
    "customer": ["张伟", "王芳", "王芳", "李娜", "刘洋", "李娜"],
    "quantity": [1.0, 2.0, 2.0, 1.0, 5.0, 4.0],
})
_dd = lambda: deduplicate(_dd_in.copy())
check("deduplicate",
      expect(lambda: _dd()["order_id"].is_unique,
             en="Some order_id still appears more than once.",
             zh="仍有 order_id 出现了不止一次。"),
      expect(lambda: _dd()["order_id"].tolist() == ["000001", "000002", "000003", "000004"],
             en="Each order should stay exactly once, in the order of its first appearance.",
             zh="每个订单应恰好保留一次，并按它第一次出现的位置排列。"),
      expect(lambda: _dd()["quantity"].tolist() == [1.0, 2.0, 1.0, 5.0],
             en="For a repeated order_id the first row should be kept: order 000003 should keep quantity 1.",
             zh="对于重复的 order_id，应保留第一行：订单 000003 的数量应为 1。"))
### BEGIN HIDDEN TESTS
_dd_raw = pd.read_csv("orders_raw.csv", dtype={"order_id": str})
_dd_copy = _dd_raw.copy()
_dd_kept = deduplicate(_dd_raw.copy())
deduplicate(_dd_copy)
from course import submit
submit("deduplicate", lesson_file=_dd_kept, input_after=_dd_copy)
### END HIDDEN TESTS


# %% judge="deduplicate"
def judge(answer, gold):
    raw = raw_orders(gold)
    expected = raw[~raw["order_id"].duplicated(keep="first")].reset_index(drop=True)
    return all_of(
        rule(holds(lambda: same(answer["lesson_file"].reset_index(drop=True), expected)),
             en="On the real file, the rows kept are not the first row of each order.",
             zh="在真实文件上，保留下来的不是每个订单的第一行。"),
        rule(same(answer["input_after"], raw),
             en="deduplicate changed the DataFrame it was given; work on a copy and return that.",
             zh="deduplicate 修改了传入的 DataFrame；请在副本上操作并返回副本。"))


# %% [markdown] hint="deduplicate" lang="en"
# `df.drop_duplicates()` without arguments only removes rows that are identical in *every*
# column, so a re-entered order with a changed quantity survives. Look at its `subset`
# and `keep` parameters.

# %% [markdown] hint="deduplicate" lang="zh"
# 不带参数的 `df.drop_duplicates()` 只删除*所有列*都完全相同的行，所以改过数量的重新录入订单
# 会留下来。看看它的 `subset` 和 `keep` 参数。

# %% [markdown] lang="en"
# ## Task 6 · `fill_missing`: fill the gaps sensibly
#
# Some orders have no quantity or no unit price. Dropping them would throw away real
# orders (and their cities and dates) because of one empty cell; with many columns, dropping
# every row with a gap can remove a large part of the data. So we fill the gaps with a
# reasonable estimate, and we choose the estimate on purpose:
#
# * **quantity → the median of the known quantities.** Most people buy 1 to 4 items, but a
#   few company orders buy 20 to 60. Those few pull the mean up to about 3, a number
#   hardly anyone actually orders; the median (the middle value) stays at what a typical
#   order looks like.
# * **unit_price → the mean unit price of the same category.** A phone and a book have very
#   different prices, so the average of *all* prices would give a book the price of a
#   small phone. Within one category, prices are similar enough for the mean to be a good
#   guess.
#
# Complete `fill_missing(df)`: return a copy of `df` in which missing `quantity` values are
# the median of the known quantities in `df`, missing `unit_price` values are the mean of
# the known unit prices of the same `category` in `df`, and every known value is unchanged.

# %% [markdown] lang="zh"
# ## 任务 6 · `fill_missing`：合理地填补空缺
#
# 有些订单缺少数量或单价。如果直接删掉，就会因为一个空单元格丢掉真实的订单（连同它的城市和
# 日期）；列一多，把所有带空缺的行都删掉，可能会删掉很大一部分数据。所以我们用合理的估计值
# 来填补空缺，而且要有意识地选择估计方法：
#
# * **数量 → 已知数量的中位数。** 大多数人买 1 到 4 件，但少数企业订单一次买 20 到 60 件。
#   这少数订单把平均值拉高到 3 左右，几乎没人真的买这个数量；而中位数（排在中间的值）
#   仍然代表一笔典型的订单。
# * **单价 → 同一类别的平均单价。** 手机和书的价格差别很大，用*所有*商品的平均价，
#   一本书就会得到一部便宜手机的价格。在同一类别内部，价格比较接近，用平均值来估计就比较合适。
#
# 请补全 `fill_missing(df)`：返回 `df` 的副本，其中缺失的 `quantity` 填为 `df` 中已知数量的
# 中位数，缺失的 `unit_price` 填为 `df` 中同一 `category`（类别）已知单价的平均值，
# 所有已知的值保持不变。

# %% answer="fill_missing"
def fill_missing(df):
    """Return a copy of df: missing quantity -> median quantity, missing unit_price -> its category's mean price.

    返回 df 的副本：缺失的数量填为数量中位数，缺失的单价填为同类别的平均单价。
    """
    ### BEGIN SOLUTION
    out = df.copy()
    out["quantity"] = out["quantity"].fillna(out["quantity"].median())
    category_mean = out.groupby("category")["unit_price"].transform("mean")
    out["unit_price"] = out["unit_price"].fillna(category_mean)
    return out
    ### END SOLUTION


# %% tests="fill_missing" points=3 assesses="L5.1.2"
_fm_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000003", "000004", "000005", "000006", "000007"],
    "category": ["图书", "图书", "图书", "电子产品", "电子产品", "图书", "电子产品"],
    "quantity": [1.0, 2.0, None, 3.0, 40.0, 2.0, 1.0],
    "unit_price": [20.0, 40.0, 30.0, 1000.0, None, None, 2000.0],
})
_fm = lambda: fill_missing(_fm_in.copy())
check("fill_missing",
      expect(lambda: _fm()[["quantity", "unit_price"]].notna().all().all(),
             en="There should be no missing quantity or unit_price left.",
             zh="quantity 和 unit_price 中不应再有缺失值。"),
      expect(lambda: abs(_fm()["quantity"].iloc[2] - 2) < 1e-9,
             en="The missing quantity should be the median of the known quantities (2 here), not the mean or 0.",
             zh="缺失的数量应填为已知数量的中位数（这里是 2），而不是平均值或 0。"),
      expect(lambda: abs(_fm()["unit_price"].iloc[4] - 1500) < 1e-6 and abs(_fm()["unit_price"].iloc[5] - 30) < 1e-6,
             en="A missing unit price should be the mean price of its own category (1500 for the 电子产品 order, 30 for the 图书 order), not of all orders.",
             zh="缺失的单价应填为同一类别的平均单价（电子产品订单为 1500，图书订单为 30），而不是全部订单的平均值。"))
### BEGIN HIDDEN TESTS
_fm_raw = pd.read_csv("orders_raw.csv", dtype={"order_id": str})
_fm_raw["category"] = _fm_raw["category"].str.strip()
_fm_copy = _fm_raw.copy()
_fm_small = _fm()
_fm_filled = fill_missing(_fm_raw.copy())
fill_missing(_fm_copy)
from course import submit
submit("fill_missing", small=_fm_small, lesson_file=_fm_filled, input_after=_fm_copy)
### END HIDDEN TESTS


# %% judge="fill_missing"
def judge(answer, gold):
    raw = raw_orders(gold)
    raw["category"] = raw["category"].str.strip()
    expected_q = raw["quantity"].fillna(raw["quantity"].median())
    expected_p = raw["unit_price"].fillna(raw.groupby("category")["unit_price"].transform("mean"))
    small, filled = answer["small"], answer["lesson_file"]
    quantities = lambda: [float(v) for v in small["quantity"].tolist()]
    prices = lambda: [float(v) for v in small["unit_price"].tolist()]
    return all_of(
        rule(holds(lambda: same(quantities()[:2] + quantities()[3:], [1.0, 2.0, 3.0, 40.0, 2.0, 1.0], rel=1e-12)
                   and same([prices()[i] for i in (0, 1, 2, 3, 6)], [20.0, 40.0, 30.0, 1000.0, 2000.0], rel=1e-12)),
             en="Known quantities and prices must stay as they are; only the missing ones should change.",
             zh="已知的数量和单价必须保持原样，只有缺失的值才应改变。"),
        rule(holds(lambda: same(filled["quantity"].astype("float64"), expected_q, abs=1e-6)
                   and same(filled["unit_price"].astype("float64"), expected_p, abs=0.01)
                   and same(filled[["order_id", "city", "status"]], raw[["order_id", "city", "status"]])),
             en="On the real file, some filled values differ from the median quantity or the category's mean price, or other columns changed.",
             zh="在真实文件上，有些填补的值不等于数量中位数或同类别平均单价，或者其他列被改动了。"),
        rule(same(answer["input_after"], raw),
             en="fill_missing changed the DataFrame it was given; work on a copy and return that.",
             zh="fill_missing 修改了传入的 DataFrame；请在副本上操作并返回副本。"))


# %% [markdown] hint="fill_missing" lang="en"
# Quantities first: `Series.median()` ignores missing values, and `Series.fillna(value)`
# puts `value` into the gaps. Assign the result back to a column of your copy.

# %% [markdown] hint="fill_missing" lang="zh"
# 先处理数量：`Series.median()` 会忽略缺失值，`Series.fillna(value)` 会把 `value` 填进空缺。
# 把结果赋值回副本的对应列。

# %% [markdown] hint="fill_missing" lang="en"
# For prices you need, on every row, the mean price of that row's category.
# `df.groupby("category")["unit_price"].transform("mean")` gives exactly that: a Series as
# long as `df`. `fillna` also accepts a Series: it fills each gap from the same row. Do
# not assign the group means to the whole column, or you overwrite the known prices.

# %% [markdown] hint="fill_missing" lang="zh"
# 对单价，你需要在每一行得到该行所属类别的平均单价。
# `df.groupby("category")["unit_price"].transform("mean")` 正好给出这样一个与 `df` 等长的 Series。
# `fillna` 也可以接收一个 Series：每个空缺用同一行的值来填。不要把分组平均值直接赋给整列，
# 否则会覆盖已知的单价。

# %% [markdown] lang="en"
# ## Written question · why these choices?
#
# In your own words (3 to 5 sentences): why does this lesson fill a missing quantity with
# the **median** rather than the mean, and a missing price with the mean of its **own
# category** rather than of all orders? Then name one risk of filling in values at all,
# compared with dropping the rows, and one thing you could do about it.

# %% [markdown] lang="zh"
# ## 简答题 · 为什么这样选择？
#
# 请用自己的话回答（3 到 5 句）：本课为什么用**中位数**而不是平均值来填补缺失的数量？
# 为什么用**同一类别**的平均价格、而不是全部订单的平均价格来填补缺失的单价？
# 再说出“填补数值”相比“删掉这些行”的一个风险，以及你可以怎样应对它。

# %% [markdown] manual="why_median" points=2 assesses="L5.1.2,fundamentals"
# **Model answer.** Quantities are skewed: most orders have 1 to 4 items, but a few bulk
# orders of 20 to 60 pull the mean up to about 3, a value that does not describe a typical
# order; the median is robust to these outliers and stays at a typical quantity (2).
# Prices depend strongly on the category (electronics cost about 25 times more than books),
# so the overall mean would be far off for most orders; the mean within the category is a
# much closer estimate. The risk of filling is that invented values look like real ones:
# they shrink the spread of the data, can bias totals, and a model or a labeler cannot
# tell them apart. Remedies: keep a flag column such as `quantity_was_missing`, report
# how many values were filled, or drop rows when only a few values are missing.
#
# **Rubric (2 points).**
# * 1 point: explains the choice of statistics: median because outliers (bulk orders) skew
#   the mean, *and* category mean because prices differ between categories. Half a point
#   if only one of the two is explained correctly.
# * 1 point: names a real risk of imputation (filled values are guesses that look real,
#   reduce variance, bias totals or a model) *and* a sensible remedy (flag column, record
#   the count, compare with dropping, ask the data owner). Half a point for a risk without
#   a remedy.
# * No points for restating the task ("we use the median because the task says so").

# %% [markdown] lang="en"
# ## Task 7 · `add_amount_level`: from numbers to labels
#
# Binning turns a number into a small set of named levels. It is a first taste of labeling:
# the marketing team wants to treat small, medium and large orders differently, and a
# classifier can later learn to predict the level. The rule has to be exact, so that two
# people (or two programs) always give the same order the same label.
#
# Complete `add_amount_level(df)`: return a copy of `df` with two new columns:
#
# * `amount` = `quantity` × `unit_price`;
# * `amount_level`, made with `pd.cut`, using exactly these labels:
#
# | amount (yuan) | amount_level |
# |---|---|
# | below 100 | `"low"` |
# | 100 or more, below 500 | `"medium"` |
# | 500 or more (no upper limit) | `"high"` |
#
# So an order of exactly 100 yuan is `"medium"` and one of exactly 500 is `"high"`.

# %% [markdown] lang="zh"
# ## 任务 7 · `add_amount_level`：从数字到标签
#
# 分箱（分级）是把一个数字变成少数几个有名字的等级。这是标注工作的初体验：市场部想区别对待
# 小额、中额和大额订单，以后还可以训练分类器来预测等级。规则必须精确，这样两个人（或两个程序）
# 给同一笔订单打的标签才会一致。
#
# 请补全 `add_amount_level(df)`：返回 `df` 的副本，并新增两列：
#
# * `amount`（金额）= `quantity` × `unit_price`；
# * `amount_level`（金额等级），用 `pd.cut` 生成，标签必须正好是：
#
# | 金额（元） | amount_level |
# |---|---|
# | 低于 100 | `"low"` |
# | 100 及以上、低于 500 | `"medium"` |
# | 500 及以上（没有上限） | `"high"` |
#
# 也就是说，金额正好 100 元的订单是 `"medium"`，正好 500 元的是 `"high"`。

# %% answer="add_amount_level"
def add_amount_level(df):
    """Return a copy of df with amount = quantity * unit_price and amount_level (low / medium / high).

    返回 df 的副本，新增 amount = quantity * unit_price 和 amount_level（low / medium / high）两列。
    """
    ### BEGIN SOLUTION
    out = df.copy()
    out["amount"] = out["quantity"] * out["unit_price"]
    out["amount_level"] = pd.cut(out["amount"], bins=[0, 100, 500, float("inf")],
                                 labels=["low", "medium", "high"], right=False)
    return out
    ### END SOLUTION


# %% tests="add_amount_level" points=2 assesses="L5.1.2"
_al_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000003", "000004"],
    "quantity": [2.0, 1.0, 4.0, 3.0],
    "unit_price": [25.0, 250.0, 200.0, 10.5],
})
_al = lambda: add_amount_level(_al_in.copy())
check("add_amount_level",
      expect(lambda: [round(a, 6) for a in _al()["amount"].tolist()] == [50.0, 250.0, 800.0, 31.5],
             en="amount should be quantity times unit_price for every order.",
             zh="每笔订单的 amount 应等于 quantity 乘以 unit_price。"),
      expect(lambda: [str(v) for v in _al()["amount_level"].tolist()] == ["low", "medium", "high", "low"],
             en="amount_level should be 'low', 'medium' or 'high' as in the table (50 → low, 250 → medium, 800 → high).",
             zh="amount_level 应按表格取 'low'、'medium' 或 'high'（50 → low，250 → medium，800 → high）。"))
### BEGIN HIDDEN TESTS
_al_edges = pd.DataFrame({
    "order_id": ["000011", "000012", "000013", "000014", "000015"],
    "quantity": [1.0, 1.0, 1.0, 1.0, 40.0],
    "unit_price": [99.99, 100.0, 499.99, 500.0, 2999.9],
})
_al_copy = _al_in.copy()
_al_levels = [str(v) for v in add_amount_level(_al_edges.copy())["amount_level"].tolist()]
add_amount_level(_al_copy)
from course import submit
submit("add_amount_level", edge_levels=_al_levels, input_after=_al_copy)
### END HIDDEN TESTS


# %% judge="add_amount_level"
CHECKED_INPUT = pd.DataFrame({
    "order_id": ["000001", "000002", "000003", "000004"],
    "quantity": [2.0, 1.0, 4.0, 3.0],
    "unit_price": [25.0, 250.0, 200.0, 10.5],
})


def judge(answer, gold):
    levels = answer["edge_levels"]
    return all_of(
        rule(holds(lambda: levels[:4] == ["low", "medium", "medium", "high"]),
             en="Orders of exactly 100 or 500 yuan are in the wrong level: check which side of each edge is included.",
             zh="金额正好 100 元或 500 元的订单等级不对：请检查每个分界点归入哪一侧。"),
        rule(holds(lambda: levels[4] == "high"),
             en="A very large order (about 120,000 yuan) should be 'high': the top level has no upper limit.",
             zh="金额很大的订单（约 12 万元）应为 'high'：最高等级没有上限。"),
        rule(same(answer["input_after"], CHECKED_INPUT),
             en="add_amount_level changed the DataFrame it was given; add the columns to a copy and return that.",
             zh="add_amount_level 修改了传入的 DataFrame；请在副本上添加新列并返回副本。"))


# %% [markdown] hint="add_amount_level" lang="en"
# `pd.cut(values, bins=[...], labels=[...])` puts each value into an interval between two
# neighbouring edges. With four edges you get three intervals, so three labels. For "no
# upper limit" use `float("inf")` as the last edge.

# %% [markdown] hint="add_amount_level" lang="zh"
# `pd.cut(values, bins=[...], labels=[...])` 把每个值放进两个相邻分界点之间的区间。
# 四个分界点得到三个区间，所以需要三个标签。“没有上限”可以用 `float("inf")` 作为最后一个分界点。

# %% [markdown] hint="add_amount_level" lang="en"
# By default `pd.cut` makes intervals like (100, 500]: the right edge is included, so
# exactly 100 would be "low". Our table includes the left edge instead, [100, 500): look at
# the `right` parameter.

# %% [markdown] hint="add_amount_level" lang="zh"
# `pd.cut` 默认生成 (100, 500] 这样的区间：包含右端点，于是正好 100 会被归为 "low"。
# 我们的表格要求包含左端点，即 [100, 500)：看看 `right` 参数。

# %% [markdown] lang="en"
# ## Task 8 · `summarise_by_city`: a table people can read
#
# The cleaned rows are ready; now the business wants one number per city. Grouping and
# summing is how most reports and dashboards are built, and it is also how you check
# labeled data later ("how many items per class?").
#
# Complete `summarise_by_city(df)`. Its input has a `city` and an `amount` column (plus
# others). Return a new DataFrame with one row per city and exactly these columns, in
# this order:
#
# * `city`, an ordinary column (not the index);
# * `orders`, the number of orders (rows) in that city;
# * `total_amount`, the sum of `amount` in that city.
#
# Sort it by `total_amount` from largest to smallest, and number the rows 0, 1, 2, …

# %% [markdown] lang="zh"
# ## 任务 8 · `summarise_by_city`：做一张别人看得懂的表
#
# 清洗好的数据已经准备就绪，现在业务部门想要每个城市一个数字。分组再求和是大多数报表和看板的
# 做法，之后检查标注数据时（“每个类别有多少条？”）也是这样做的。
#
# 请补全 `summarise_by_city(df)`。输入有 `city` 和 `amount` 两列（以及其他列）。返回一个新的
# DataFrame，每个城市一行，列正好是下面这几列，顺序也一致：
#
# * `city`：城市，是普通列（不是索引）；
# * `orders`：该城市的订单数（行数）；
# * `total_amount`：该城市 `amount` 的总和。
#
# 按 `total_amount` 从大到小排序，行号依次为 0、1、2、……

# %% answer="summarise_by_city"
def summarise_by_city(df):
    """Return one row per city: city, orders, total_amount, sorted by total_amount (largest first).

    每个城市一行：city、orders、total_amount，按 total_amount 从大到小排序。
    """
    ### BEGIN SOLUTION
    summary = (df.groupby("city")
                 .agg(orders=("amount", "size"), total_amount=("amount", "sum"))
                 .sort_values("total_amount", ascending=False)
                 .reset_index())
    return summary
    ### END SOLUTION


# %% tests="summarise_by_city" points=2 assesses="L5.1.2"
_sc_in = pd.DataFrame({
    "order_id": ["000001", "000002", "000003", "000004", "000005", "000006"],
    "city": ["上海", "北京", "上海", "广州", "北京", "上海"],
    "amount": [100.0, 500.0, 50.0, 80.0, 20.0, 30.0],
})
_sc = lambda: summarise_by_city(_sc_in.copy())
check("summarise_by_city",
      expect(lambda: list(_sc().columns) == ["city", "orders", "total_amount"],
             en="The result should have exactly the columns city, orders and total_amount, in that order, with city as an ordinary column.",
             zh="结果应正好包含 city、orders、total_amount 三列，顺序一致，且 city 是普通列。"),
      expect(lambda: _sc()["city"].tolist() == ["北京", "上海", "广州"],
             en="Cities should be sorted by total_amount, largest first.",
             zh="城市应按 total_amount 从大到小排序。"),
      expect(lambda: _sc()["orders"].tolist() == [2, 3, 1]
             and [round(t, 6) for t in _sc()["total_amount"].tolist()] == [520.0, 180.0, 80.0],
             en="orders should count the orders of each city and total_amount should add up their amounts.",
             zh="orders 应统计每个城市的订单数，total_amount 应为这些订单金额之和。"))
### BEGIN HIDDEN TESTS
_sc_raw = pd.read_csv("orders_raw.csv", dtype={"order_id": str})
_sc_raw["city"] = _sc_raw["city"].str.strip()
_sc_raw["amount"] = _sc_raw["quantity"].fillna(1) * _sc_raw["unit_price"].fillna(100)
from course import submit
submit("summarise_by_city", small=_sc(), lesson_file=summarise_by_city(_sc_raw.copy()))
### END HIDDEN TESTS


# %% judge="summarise_by_city"
def judge(answer, gold):
    raw = raw_orders(gold)
    raw["city"] = raw["city"].str.strip()
    raw["amount"] = raw["quantity"].fillna(1) * raw["unit_price"].fillna(100)
    expected = raw.groupby("city")["amount"].agg(["size", "sum"]).sort_values("sum", ascending=False)
    small, summary = answer["small"], answer["lesson_file"]
    return all_of(
        rule(holds(lambda: small.index.tolist() == [0, 1, 2]),
             en="The rows should be numbered 0, 1, 2, … after sorting, not keep the numbers or labels they had before.",
             zh="排序后行号应为 0、1、2、……，而不是保留排序前的行号或标签。"),
        rule(holds(lambda: summary["city"].tolist() == expected.index.tolist()
                   and summary["orders"].tolist() == expected["size"].tolist()
                   and same([float(t) for t in summary["total_amount"].tolist()],
                            [float(t) for t in expected["sum"].tolist()], abs=0.01)),
             en="On a larger table with every city, the counts, totals or order of the cities are not right.",
             zh="在包含所有城市的更大表格上，订单数、总金额或城市顺序不正确。"))


# %% [markdown] hint="summarise_by_city" lang="en"
# Group by `city`, then use `.agg` with named aggregations: in `.agg(orders=("amount",
# "size"))` the name on the left becomes the result column, and the pair on the right says
# which column to use and how to combine it. Add `total_amount` the same way.

# %% [markdown] hint="summarise_by_city" lang="zh"
# 先按 `city` 分组，再用 `.agg` 的命名聚合：在 `.agg(orders=("amount", "size"))` 中，
# 左边的名字成为结果列名，右边的二元组说明用哪一列、怎样汇总。`total_amount` 也照此添加。

# %% [markdown] hint="summarise_by_city" lang="en"
# After a `groupby`, the city names are the *index*, not a column. `sort_values(...,
# ascending=False)` sorts largest first, and `reset_index()` turns the index back into a
# `city` column and numbers the rows 0, 1, 2, …

# %% [markdown] hint="summarise_by_city" lang="zh"
# `groupby` 之后，城市名是*索引*而不是普通列。`sort_values(..., ascending=False)` 按从大到小
# 排序，`reset_index()` 会把索引变回 `city` 列，并把行号重新编为 0、1、2、……

# %% [markdown] lang="en"
# ## Task 9 · `export_report`: a file your colleagues can open
#
# The last step hands the result to people. Two details decide whether they can use it:
#
# * **No index column.** By default `to_csv` also writes the row numbers as an unnamed first
#   column, which shows up as a confusing extra column for whoever opens the file.
# * **Encoding `utf-8-sig`.** Excel on a Chinese Windows PC does not assume UTF-8 and shows
#   `北京` as garbled characters. `utf-8-sig` is UTF-8 with a short marker (the BOM) at the
#   start of the file that tells Excel which encoding it is.
#
# Complete `export_report(df, path)`: write `df` to a CSV file at `path`, without the index
# and with the encoding `utf-8-sig`. It does not need to return anything.

# %% [markdown] lang="zh"
# ## 任务 9 · `export_report`：导出同事能直接打开的文件
#
# 最后一步是把结果交给别人。有两个细节决定了对方能不能用：
#
# * **不要索引列。** `to_csv` 默认会把行号也写成没有名字的第一列，打开文件的人会看到一列
#   莫名其妙的多余数据。
# * **编码用 `utf-8-sig`。** 中文 Windows 上的 Excel 不会默认按 UTF-8 打开，`北京` 会显示成乱码。
#   `utf-8-sig` 就是在文件开头加了一个小标记（BOM）的 UTF-8，用来告诉 Excel 文件的编码。
#
# 请补全 `export_report(df, path)`：把 `df` 写入 `path` 处的 CSV 文件，不写索引，
# 编码为 `utf-8-sig`。函数不需要返回值。

# %% answer="export_report"
def export_report(df, path):
    """Write df to the CSV file at path, without the index, encoded as utf-8-sig.

    将 df 写入 path 处的 CSV 文件，不写索引，编码为 utf-8-sig。
    """
    ### BEGIN SOLUTION
    df.to_csv(path, index=False, encoding="utf-8-sig")
    ### END SOLUTION


# %% tests="export_report" points=1 assesses="L5.1.1,L5.1.2"
import os as _er_os, tempfile as _er_tempfile
_er_dir = _er_tempfile.mkdtemp()
_er_in = pd.DataFrame({"city": ["北京", "上海"], "orders": [2, 3], "total_amount": [520.0, 180.5]})
_er_path = _er_os.path.join(_er_dir, "report.csv")
_er_written = lambda: (export_report(_er_in.copy(), _er_path), _er_path)[1]
check("export_report",
      expect(lambda: open(_er_written(), "rb").read(3) == b"\xef\xbb\xbf",
             en="The file should start with the BOM that the encoding utf-8-sig writes, so that Excel shows Chinese correctly.",
             zh="文件开头应有 utf-8-sig 编码写入的 BOM 标记，这样 Excel 才能正确显示中文。"),
      expect(lambda: list(pd.read_csv(_er_written(), encoding="utf-8-sig").columns) == ["city", "orders", "total_amount"],
             en="The file should hold exactly the table's columns, with no extra index column.",
             zh="文件中应正好是表格的各列，没有多余的索引列。"))
### BEGIN HIDDEN TESTS
import pathlib as _er_pathlib
_er_big = pd.DataFrame({
    "city": ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆"],
    "orders": list(range(10, 0, -1)),
    "total_amount": [round(1000.5 - 97.3 * i, 2) for i in range(10)],
})
_er_big_path = _er_os.path.join(_er_dir, "城市报表.csv")
_er_small_bytes = list(_er_pathlib.Path(_er_written()).read_bytes())
export_report(_er_big.copy(), _er_big_path)
from course import submit
submit("export_report", report_file=_er_small_bytes, big_file=list(_er_pathlib.Path(_er_big_path).read_bytes()))
### END HIDDEN TESTS


# %% judge="export_report"
REPORT = pd.DataFrame({"city": ["北京", "上海"], "orders": [2, 3], "total_amount": [520.0, 180.5]})
BIG_REPORT = pd.DataFrame({
    "city": ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆"],
    "orders": list(range(10, 0, -1)),
    "total_amount": [round(1000.5 - 97.3 * i, 2) for i in range(10)],
})


def read_back(file_bytes):
    """The table in a written file, read the way a colleague's tools would."""
    return pd.read_csv(io.BytesIO(bytes(file_bytes)), encoding="utf-8-sig")


def judge(answer, gold):
    return all_of(
        rule(holds(lambda: same(read_back(answer["report_file"]), REPORT, rel=1e-9)),
             en="Reading the file back does not give the same table: check the values and the Chinese text.",
             zh="重新读取文件得到的表格不一致：请检查数值和中文文本。"),
        rule(holds(lambda: same(read_back(answer["big_file"]), BIG_REPORT, rel=1e-9)),
             en="export_report should write to whichever path it is given, with every row of the table.",
             zh="export_report 应写入传入的任意路径，并包含表格的每一行。"))


# %% [markdown] hint="export_report" lang="en"
# Everything happens in one call to `df.to_csv(path, ...)`. Look at its `index` and
# `encoding` parameters.

# %% [markdown] hint="export_report" lang="zh"
# 只需要调用一次 `df.to_csv(path, ...)`。看看它的 `index` 和 `encoding` 参数。

# %% [markdown] lang="en"
# ## Putting it all together
#
# Each function does one clear job, so they chain into a pipeline: the cell below runs all
# nine on the raw file, in order, and shows the report. Think about why the order matters:
# we strip before we check status codes (`"PAID "` is not in `VALID_STATUS`), and we drop
# invalid rows and duplicates *before* filling gaps, so that test orders and copies do not
# shift the median and the category means.
#
# Well done: this is exactly the kind of cleaning you will do before data goes to labelers
# or into a model. Keep the habits: look at the raw file, make every rule explicit, never
# change your input, and check the result.

# %% [markdown] lang="zh"
# ## 串起来
#
# 每个函数只做一件明确的事，所以它们可以串成一条流水线：下面的单元格按顺序对原始文件运行全部
# 九个函数，并显示报表。想一想顺序为什么重要：我们先去空格再检查状态代码（`"PAID "` 不在
# `VALID_STATUS` 里）；先删除无效行和重复行，*再*填补空缺，这样测试订单和重复副本就不会影响
# 中位数和类别平均价。
#
# 做得好！这正是数据交给标注员或送进模型之前你要做的清洗工作。请保持这些习惯：先看原始文件，
# 把每条规则写明确，不修改输入数据，最后检查结果。

# %%
orders = load_orders("orders_raw.csv")
orders = strip_whitespace(orders)
orders = parse_dates(orders)
orders = drop_invalid(orders)
orders = deduplicate(orders)
orders = fill_missing(orders)
orders = add_amount_level(orders)
report = summarise_by_city(orders)
export_report(report, "city_report.csv")
print(len(peek), "raw rows →", len(orders), "clean orders")
print(orders["amount_level"].value_counts().to_dict())
report
