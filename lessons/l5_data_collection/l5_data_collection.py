# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_data_collection
#     level: 5
#     title: {en: "Collecting business data from several sources", zh: 多来源业务数据采集}
#     datasets: [shop_sources/stores.csv, shop_sources/products.xlsx, shop_sources/api_orders.json, shop_sources/returns.sqlite]
# ---

# %% [markdown] lang="en"
# # Collecting business data from several sources
#
# A chain of eight shops wants a model that predicts which orders will be returned. The
# data it needs lives in four systems, each with its own format:
#
# | source | format | what it holds |
# |---|---|---|
# | `stores.csv` | a CSV export | each store's id and city |
# | `products.xlsx` | the buyers' Excel workbook | each product's category and price |
# | `api_orders.json` | a saved response of the order system's web API | November's orders |
# | `returns.sqlite` | the after-sales database (SQLite) | which orders were returned, and why |
#
# Collecting means more than opening files: keep codes as text so they still match
# across systems, refuse a response that is incomplete, join the sources on their keys
# without losing or doubling an order, draw a sample others can reproduce, and write down
# where every piece came from (its **provenance**) so anyone can check it later.
#
# **How this lesson works.** Complete each function, run it, then run the check cell below
# it; hidden checks run on other files when grading. Stuck? Run `hint("task_id")`, e.g.
# `hint("load_stores")`.

# %% [markdown] lang="zh"
# # 多来源业务数据采集
#
# 一家有八个门店的连锁店想训练一个模型，预测哪些订单会被退货。需要的数据分散在四个系统里，
# 格式各不相同：
#
# | 来源 | 格式 | 内容 |
# |---|---|---|
# | `stores.csv` | CSV 导出文件 | 每个门店的编号和城市 |
# | `products.xlsx` | 采购部门的 Excel 工作簿 | 每种商品的类别和价格 |
# | `api_orders.json` | 订单系统网络接口（API）返回结果的存档 | 11 月的订单 |
# | `returns.sqlite` | 售后数据库（SQLite） | 哪些订单退货了，原因是什么 |
#
# 采集不只是打开文件：编码要保持为文本，才能在各系统之间对得上；不完整的返回结果要拒收；按
# 键把各来源连接起来，一个订单都不能丢、也不能重复；抽取别人可以复现的样本；还要记下每份数据
# 从哪里来（**数据来源记录**），方便以后任何人核查。
#
# **本课怎么学。** 补全每个函数，运行它，再运行下面的检查单元格；评分时会用其他文件运行隐藏
# 检查。卡住了？运行 `hint("任务编号")`，例如 `hint("load_stores")`。

# %%
import hashlib
import json
import sqlite3
from pathlib import Path

import pandas as pd

from course import check, expect, hint

# %% [markdown] lang="en"
# ## Task 1 · `load_stores`: a CSV whose codes must stay codes
#
# Store ids are `001` to `008`. Read as numbers they become `1` to `8`, and no longer match
# the `store_id` in the orders. Complete `load_stores(path)`: read the CSV at `path` with
# `store_id` as **text** (`dtype={"store_id": str}`) and return the DataFrame.

# %% [markdown] lang="zh"
# ## 任务 1 · `load_stores`：编码必须保持为编码的 CSV
#
# 门店编号是 `001` 到 `008`。按数字读取会变成 `1` 到 `8`，就和订单里的 `store_id` 对不上了。
# 请补全 `load_stores(path)`：读取 `path` 处的 CSV，`store_id` 按**文本**读取
# （`dtype={"store_id": str}`），返回 DataFrame。

# %% answer="load_stores"
def load_stores(path):
    """Read the store list (CSV) at `path`, with store_id as text.

    读取 `path` 处的门店列表（CSV），store_id 按文本读取。
    """
    ### BEGIN SOLUTION
    return pd.read_csv(path, dtype={"store_id": str})
    ### END SOLUTION


# %% tests="load_stores" points=1 assesses="L5.1.1"
check("load_stores",
      expect(lambda: load_stores("stores.csv")["store_id"].tolist()[:2] == ["001", "002"],
             en="store_id should be read as text: the first ids are '001' and '002'.",
             zh="store_id 应按文本读取：前两个编号是 '001' 和 '002'。"))
### BEGIN HIDDEN TESTS
import tempfile as _ls_tempfile
_ls_path = Path(_ls_tempfile.mkdtemp()) / "other_stores.csv"
_ls_path.write_text("store_id,city,opened\n010,武汉,2020-01-01\n011,西安,2021-05-01\n", encoding="utf-8")
from course import submit
submit("load_stores", other=load_stores(_ls_path))
### END HIDDEN TESTS


# %% judge="load_stores"
import pandas as pd


def judge(answer, gold):
    other = answer["other"]
    return all_of(
        rule(isinstance(other, pd.DataFrame) and list(other.columns) == ["store_id", "city", "opened"]
             and other["store_id"].tolist() == ["010", "011"],
             en="On another store file, the columns or the text store ids are not as in the file.",
             zh="在另一个门店文件上，列或文本形式的门店编号与文件不一致。"))


# %% [markdown] hint="load_stores" lang="en"
# Read the file at the `path` you are given, not always `stores.csv`.

# %% [markdown] hint="load_stores" lang="zh"
# 读取传进来的 `path`，而不是每次都读 `stores.csv`。

# %% [markdown] lang="en"
# ## Task 2 · `load_products`: one sheet of an Excel workbook
#
# `products.xlsx` has two sheets: `products` (the table) and `notes` (a sentence for
# humans). `pd.read_excel(path, sheet_name="products", dtype={"sku": str})` reads one sheet
# (pandas uses the `openpyxl` library underneath). Complete `load_products(path)`: return
# the `products` sheet with `sku` as text.

# %% [markdown] lang="zh"
# ## 任务 2 · `load_products`：读取 Excel 工作簿中的一张工作表
#
# `products.xlsx` 有两张工作表：`products`（数据表）和 `notes`（写给人看的说明）。
# `pd.read_excel(path, sheet_name="products", dtype={"sku": str})` 读取其中一张（pandas 底层用的是
# `openpyxl` 库）。请补全 `load_products(path)`：返回 `products` 工作表，`sku` 按文本读取。

# %% answer="load_products"
def load_products(path):
    """Read the `products` sheet of the Excel workbook at `path`, with sku as text.

    读取 `path` 处 Excel 工作簿中的 `products` 工作表，sku 按文本读取。
    """
    ### BEGIN SOLUTION
    return pd.read_excel(path, sheet_name="products", dtype={"sku": str})
    ### END SOLUTION


# %% tests="load_products" points=1 assesses="L5.1.1"
_lp = lambda: load_products("products.xlsx")
check("load_products",
      expect(lambda: list(_lp().columns) == ["sku", "category", "unit_price"] and len(_lp()) == 20,
             en="The result should be the products sheet: columns sku, category, unit_price and 20 rows.",
             zh="结果应是 products 工作表：sku、category、unit_price 三列，共 20 行。"),
      expect(lambda: _lp()["sku"].iloc[0] == "00001",
             en="sku should stay text: the first one is '00001'.",
             zh="sku 应保持为文本：第一个是 '00001'。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("load_products", products=_lp())
### END HIDDEN TESTS


# %% judge="load_products"
import pandas as pd


def judge(answer, gold):
    expected = pd.read_excel(gold / "products.xlsx", sheet_name="products", dtype={"sku": str})
    return all_of(
        rule(same(answer["products"], expected),
             en="The products table differs from the workbook's products sheet (columns, types or values).",
             zh="商品表与工作簿中的 products 工作表不一致（列、类型或数值）。"))


# %% [markdown] hint="load_products" lang="en"
# Without `sheet_name`, pandas reads the first sheet; name the one you want.

# %% [markdown] hint="load_products" lang="zh"
# 不写 `sheet_name` 时 pandas 读取第一张工作表；请写明你要的那一张。

# %% [markdown] lang="en"
# ## Task 3 · `orders_from_api`: accept only a complete response
#
# The order system answers a web request with JSON; the team saved the answer to
# `api_orders.json`. Look at its start:

# %% [markdown] lang="zh"
# ## 任务 3 · `orders_from_api`：只接收完整的返回结果
#
# 订单系统用 JSON 回应网络请求；团队把返回结果存成了 `api_orders.json`。看看它的开头：

# %%
print(Path("api_orders.json").read_text(encoding="utf-8")[:260])

# %% [markdown] lang="en"
# The orders are the list under `"data"`; `"status"` says whether the request succeeded and
# `"count"` how many orders the system meant to send. A response cut off by a timeout still
# parses as JSON but holds fewer orders than `count`. Complete `orders_from_api(path)`:
# load the file with `json.load`, raise a `ValueError` when `status` is not `"ok"` or when
# the number of orders in `data` differs from `count`, and otherwise return
# `pd.DataFrame(response["data"])`.

# %% [markdown] lang="zh"
# 订单是 `"data"` 下的列表；`"status"` 表示请求是否成功，`"count"` 是系统本应发送的订单数。因
# 超时被截断的返回结果仍然是合法的 JSON，但订单数少于 `count`。请补全 `orders_from_api(path)`：
# 用 `json.load` 读取文件；当 `status` 不是 `"ok"`，或者 `data` 中的订单数与 `count` 不一致时，
# 抛出 `ValueError`；否则返回 `pd.DataFrame(response["data"])`。

# %% answer="orders_from_api"
def orders_from_api(path):
    """Return the orders of the saved API response at `path`; ValueError if it is not complete.

    返回 `path` 处 API 返回结果存档中的订单；结果不完整时抛出 ValueError。
    """
    ### BEGIN SOLUTION
    with open(path, encoding="utf-8") as handle:
        response = json.load(handle)
    if response.get("status") != "ok" or len(response.get("data", [])) != response.get("count"):
        raise ValueError(f"incomplete API response in {path}")
    return pd.DataFrame(response["data"])
    ### END SOLUTION


# %% tests="orders_from_api" points=2 assesses="L5.1.1"
check("orders_from_api",
      expect(lambda: len(orders_from_api("api_orders.json")) == 120
             and orders_from_api("api_orders.json")["store_id"].iloc[0] == "002",
             en="The saved response holds 120 orders; store_id stays text ('002').",
             zh="存档的返回结果里有 120 个订单；store_id 保持为文本（'002'）。"))
### BEGIN HIDDEN TESTS
import tempfile as _oa_tempfile
_oa_dir = Path(_oa_tempfile.mkdtemp())
_oa_row = {"order_id": "B1", "store_id": "001", "sku": "00001", "qty": 1, "paid_at": "2026-11-01"}
_oa_outcomes = []
for _oa_name, _oa_body in [("cut", {"status": "ok", "count": 2, "data": [_oa_row]}),
                           ("error", {"status": "error", "count": 0, "data": []}),
                           ("good", {"status": "ok", "count": 1, "data": [_oa_row]})]:
    (_oa_dir / f"{_oa_name}.json").write_text(json.dumps(_oa_body), encoding="utf-8")
    try:
        _oa_outcomes.append(len(orders_from_api(_oa_dir / f"{_oa_name}.json")))
    except ValueError:
        _oa_outcomes.append("ValueError")
from course import submit
submit("orders_from_api", outcomes=_oa_outcomes)
### END HIDDEN TESTS


# %% judge="orders_from_api"
def judge(answer, gold):
    cut, error, good = answer["outcomes"]
    return all_of(
        rule(cut == "ValueError", en="A response with fewer orders than its count should raise a ValueError.",
             zh="订单数少于 count 的返回结果应抛出 ValueError。"),
        rule(error == "ValueError", en="A response whose status is not 'ok' should raise a ValueError.",
             zh="status 不是 'ok' 的返回结果应抛出 ValueError。"),
        rule(good == 1, en="A complete response should give one row per order.",
             zh="完整的返回结果应每个订单一行。"))


# %% [markdown] hint="orders_from_api" lang="en"
# `len(response["data"])` is how many orders arrived; compare it with `response["count"]`.

# %% [markdown] hint="orders_from_api" lang="zh"
# `len(response["data"])` 是实际收到的订单数；把它和 `response["count"]` 比较。

# %% [markdown] lang="en"
# ## Task 4 · `load_returns`: a table in a database
#
# The after-sales system keeps a SQLite database; its table `returns` has the columns
# `order_id` and `reason`. `sqlite3.connect(path)` opens it and
# `pd.read_sql_query("SELECT order_id, reason FROM returns", connection)` reads the table.
# Complete `load_returns(path)` and close the connection when you are done
# (`connection.close()`).

# %% [markdown] lang="zh"
# ## 任务 4 · `load_returns`：数据库里的一张表
#
# 售后系统使用 SQLite 数据库；其中 `returns` 表有 `order_id` 和 `reason` 两列。
# `sqlite3.connect(path)` 打开数据库，`pd.read_sql_query("SELECT order_id, reason FROM returns", connection)`
# 读取这张表。请补全 `load_returns(path)`，用完后关闭连接（`connection.close()`）。

# %% answer="load_returns"
def load_returns(path):
    """Read the table `returns` (order_id, reason) of the SQLite database at `path`.

    读取 `path` 处 SQLite 数据库中的 `returns` 表（order_id、reason）。
    """
    ### BEGIN SOLUTION
    connection = sqlite3.connect(path)
    try:
        return pd.read_sql_query("SELECT order_id, reason FROM returns", connection)
    finally:
        connection.close()
    ### END SOLUTION


# %% tests="load_returns" points=1 assesses="L5.1.1"
check("load_returns",
      expect(lambda: list(load_returns("returns.sqlite").columns) == ["order_id", "reason"]
             and len(load_returns("returns.sqlite")) == 14,
             en="The returns table has two columns, order_id and reason, and 14 rows.",
             zh="returns 表有 order_id 和 reason 两列，共 14 行。"))
### BEGIN HIDDEN TESTS
import tempfile as _lr_tempfile
_lr_path = Path(_lr_tempfile.mkdtemp()) / "other.sqlite"
with sqlite3.connect(_lr_path) as _lr_db:
    _lr_db.execute("CREATE TABLE returns (order_id TEXT, reason TEXT)")
    _lr_db.execute("INSERT INTO returns VALUES ('Z9', '质量问题')")
_lr_db.close()
from course import submit
submit("load_returns", other=load_returns(_lr_path))
### END HIDDEN TESTS


# %% judge="load_returns"
import pandas as pd


def judge(answer, gold):
    return all_of(
        rule(same(answer["other"], pd.DataFrame({"order_id": ["Z9"], "reason": ["质量问题"]})),
             en="On another database, the returns table was not read as it is.",
             zh="在另一个数据库上，没有按原样读出 returns 表。"))


# %% [markdown] hint="load_returns" lang="en"
# Open the database at `path`, not always `returns.sqlite`.

# %% [markdown] hint="load_returns" lang="zh"
# 打开传进来的 `path` 处的数据库，而不是每次都打开 `returns.sqlite`。

# %% [markdown] lang="en"
# ## Task 5 · `merge_sources`: one row per order, nothing lost, nothing doubled
#
# Complete `merge_sources(orders, stores, products, returns)`: start from `orders` and
# add, with **left** joins (`orders.merge(stores, on="store_id", how="left")`),
#
# * `city` from `stores` (key `store_id`) and `category`, `unit_price` from `products`
#   (key `sku`);
# * `amount` = `qty` × `unit_price`;
# * `returned`: `True` when the order's `order_id` is in `returns`, else `False`.
#
# Return the columns `order_id, store_id, city, sku, category, qty, unit_price, amount,
# paid_at, returned` in this order, one row per order, in the orders' order. A left join
# keeps every order even when a key has no match; an inner join would drop it silently.

# %% [markdown] lang="zh"
# ## 任务 5 · `merge_sources`：每个订单一行，不丢也不重
#
# 请补全 `merge_sources(orders, stores, products, returns)`：从 `orders` 出发，用**左连接**
# （`orders.merge(stores, on="store_id", how="left")`）加上
#
# * 来自 `stores` 的 `city`（键为 `store_id`），来自 `products` 的 `category`、`unit_price`
#   （键为 `sku`）；
# * `amount` = `qty` × `unit_price`；
# * `returned`：订单的 `order_id` 出现在 `returns` 中时为 `True`，否则为 `False`。
#
# 按 `order_id, store_id, city, sku, category, qty, unit_price, amount, paid_at, returned` 的顺序
# 返回各列，每个订单一行，顺序与订单表相同。左连接在键找不到匹配时也会保留订单；内连接会悄悄
# 把它丢掉。

# %% answer="merge_sources"
def merge_sources(orders, stores, products, returns):
    """Join orders with stores, products and returns (see the task); one row per order.

    把订单表与门店、商品、退货表连接起来（见任务说明）；每个订单一行。
    """
    ### BEGIN SOLUTION
    merged = (orders.merge(stores[["store_id", "city"]], on="store_id", how="left")
              .merge(products, on="sku", how="left"))
    merged["amount"] = merged["qty"] * merged["unit_price"]
    merged["returned"] = merged["order_id"].isin(returns["order_id"])
    return merged[["order_id", "store_id", "city", "sku", "category", "qty", "unit_price", "amount",
                   "paid_at", "returned"]]
    ### END SOLUTION


# %% tests="merge_sources" points=3 assesses="L5.1.1,L5.1.2"
_ms_orders = pd.DataFrame({"order_id": ["M1", "M2", "M3"], "store_id": ["001", "002", "009"],
                           "sku": ["00001", "00002", "00001"], "qty": [2, 1, 3],
                           "paid_at": ["2026-11-01", "2026-11-02", "2026-11-03"]})
_ms_stores = pd.DataFrame({"store_id": ["001", "002"], "city": ["杭州", "南京"], "opened": ["2020-01-01"] * 2})
_ms_products = pd.DataFrame({"sku": ["00001", "00002"], "category": ["图书", "食品"], "unit_price": [20.0, 5.5]})
_ms_returns = pd.DataFrame({"order_id": ["M2"], "reason": ["发错货"]})
_ms = lambda: merge_sources(_ms_orders, _ms_stores, _ms_products, _ms_returns)
check("merge_sources",
      expect(lambda: _ms()["order_id"].tolist() == ["M1", "M2", "M3"],
             en="Keep every order once, in order, even M3 whose store 009 is not in the store list.",
             zh="每个订单保留一次并保持顺序，包括门店 009 不在门店列表里的 M3。"),
      expect(lambda: _ms()["amount"].tolist() == [40.0, 5.5, 60.0] and _ms()["returned"].tolist() == [False, True, False],
             en="amount should be qty × unit_price and returned True only for M2.",
             zh="amount 应为 qty × unit_price，returned 只有 M2 为 True。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("merge_sources", merged=merge_sources(orders_from_api("api_orders.json"), load_stores("stores.csv"),
                                             load_products("products.xlsx"), load_returns("returns.sqlite")))
### END HIDDEN TESTS


# %% judge="merge_sources"
import json
import sqlite3

import pandas as pd

COLUMNS = ["order_id", "store_id", "city", "sku", "category", "qty", "unit_price", "amount", "paid_at", "returned"]


def expected_merge(gold):
    orders = pd.DataFrame(json.loads((gold / "api_orders.json").read_text(encoding="utf-8"))["data"])
    stores = pd.read_csv(gold / "stores.csv", dtype={"store_id": str})
    products = pd.read_excel(gold / "products.xlsx", sheet_name="products", dtype={"sku": str})
    with sqlite3.connect(gold / "returns.sqlite") as connection:
        returned = set(pd.read_sql_query("SELECT order_id FROM returns", connection)["order_id"])
    connection.close()
    merged = orders.merge(stores[["store_id", "city"]], on="store_id", how="left").merge(products, on="sku", how="left")
    merged["amount"] = merged["qty"] * merged["unit_price"]
    merged["returned"] = merged["order_id"].isin(returned)
    return merged[COLUMNS]


def judge(answer, gold):
    got, expected = answer["merged"], expected_merge(gold)
    shaped = isinstance(got, pd.DataFrame) and list(got.columns) == COLUMNS
    return all_of(
        rule(shaped and got["order_id"].tolist() == expected["order_id"].tolist(),
             en="The merged table does not have the task's columns with every order exactly once, in order.",
             zh="合并后的表没有任务要求的各列，或者不是每个订单恰好一行、顺序不变。"),
        rule(shaped and same(got.reset_index(drop=True), expected.reset_index(drop=True), rel=1e-9),
             en="Some cities, categories, prices, amounts or returned flags differ from the sources.",
             zh="部分城市、类别、价格、金额或退货标记与数据来源不一致。"))


# %% [markdown] hint="merge_sources" lang="en"
# `stores` has a column `opened` the task does not ask for: select the columns you need
# at the end. `Series.isin(other_series)` gives `True`/`False` for each value.

# %% [markdown] hint="merge_sources" lang="zh"
# `stores` 里有任务没要求的 `opened` 列：最后只选出需要的列。`Series.isin(另一个Series)` 对每个值
# 给出 `True` 或 `False`。

# %% [markdown] lang="en"
# ## Task 6 · `sample_per_city`: a sample others can draw again
#
# Labelers will check a sample of orders by hand. A sample is only evidence if someone else
# can draw exactly the same one, so it is drawn with a fixed **seed**; and it is fair
# across cities when every city gives the same number of orders (a *stratified* sample).
# Complete `sample_per_city(df, n, seed)`: return
# `df.groupby("city").sample(n=n, random_state=seed)`, then sorted by `order_id`.

# %% [markdown] lang="zh"
# ## 任务 6 · `sample_per_city`：别人可以重新抽出的样本
#
# 标注员要人工核查一部分订单。只有别人能抽出完全相同的样本，样本才能作为依据，所以要用固定的
# **随机种子**来抽；每个城市抽取相同数量的订单（**分层抽样**），各城市才公平。请补全
# `sample_per_city(df, n, seed)`：返回 `df.groupby("city").sample(n=n, random_state=seed)`，
# 再按 `order_id` 排序。

# %% answer="sample_per_city"
def sample_per_city(df, n, seed):
    """Draw `n` rows per city with random seed `seed`, sorted by order_id.

    每个城市用随机种子 `seed` 抽取 `n` 行，按 order_id 排序。
    """
    ### BEGIN SOLUTION
    return df.groupby("city").sample(n=n, random_state=seed).sort_values("order_id")
    ### END SOLUTION


# %% tests="sample_per_city" points=1 assesses="L5.1.1,fundamentals"
_sp_input = pd.DataFrame({"order_id": [f"T{i:03d}" for i in range(40)],
                          "city": ["杭州", "南京", "成都", "深圳"] * 10})
check("sample_per_city",
      expect(lambda: sample_per_city(_sp_input, 2, 7)["city"].value_counts().tolist() == [2, 2, 2, 2],
             en="Every city should give exactly n rows.",
             zh="每个城市应正好抽出 n 行。"),
      expect(lambda: sample_per_city(_sp_input, 2, 7)["order_id"].tolist()
             == sample_per_city(_sp_input, 2, 7)["order_id"].tolist(),
             en="The same seed should give the same sample every time.",
             zh="同一个随机种子每次都应抽出相同的样本。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("sample_per_city", drawn=sample_per_city(_sp_input, 3, 11)["order_id"].tolist())
### END HIDDEN TESTS


# %% judge="sample_per_city"
import pandas as pd


def judge(answer, gold):
    frame = pd.DataFrame({"order_id": [f"T{i:03d}" for i in range(40)], "city": ["杭州", "南京", "成都", "深圳"] * 10})
    expected = frame.groupby("city").sample(n=3, random_state=11).sort_values("order_id")["order_id"].tolist()
    return all_of(
        rule(answer["drawn"] == expected,
             en="With another n and seed, the sample is not the one the stated call draws (sorted by order_id).",
             zh="换一个 n 和随机种子后，抽出的样本与任务中给出的调用不一致（按 order_id 排序）。"))


# %% [markdown] hint="sample_per_city" lang="en"
# Use the `seed` you are given as `random_state`, not a number of your own.

# %% [markdown] hint="sample_per_city" lang="zh"
# 把传进来的 `seed` 作为 `random_state`，不要自己写一个数字。

# %% [markdown] lang="en"
# ## Task 7 · `provenance`: where this data came from
#
# Months later someone will ask "which file was this model trained on?". Record, for
# every source, its file name, its format, how many rows you took from it and a
# **SHA-256 fingerprint** of its bytes: if one byte of the file changes, the fingerprint
# changes. `hashlib.sha256(Path(path).read_bytes()).hexdigest()` computes it.
#
# Complete `provenance(path, rows)`: return the dictionary
# `{"source": <file name>, "format": <suffix without the dot>, "rows": rows, "sha256": <fingerprint>}`,
# e.g. `{"source": "stores.csv", "format": "csv", "rows": 8, "sha256": "…"}`.
# `Path(path).name` is the file name, `Path(path).suffix` is `".csv"`.

# %% [markdown] lang="zh"
# ## 任务 7 · `provenance`：这些数据从哪里来
#
# 几个月后会有人问：“这个模型是用哪个文件训练的？”请为每个来源记录文件名、格式、从中取了多少行，
# 以及文件字节的 **SHA-256 指纹**：文件只要改动一个字节，指纹就会变。
# `hashlib.sha256(Path(path).read_bytes()).hexdigest()` 可以算出指纹。
#
# 请补全 `provenance(path, rows)`：返回字典
# `{"source": <文件名>, "format": <不带点的扩展名>, "rows": rows, "sha256": <指纹>}`，
# 例如 `{"source": "stores.csv", "format": "csv", "rows": 8, "sha256": "…"}`。
# `Path(path).name` 是文件名，`Path(path).suffix` 是 `".csv"`。

# %% answer="provenance"
def provenance(path, rows):
    """Return the provenance record of the source file at `path` from which `rows` rows were taken.

    返回 `path` 处来源文件的数据来源记录，其中取用了 `rows` 行。
    """
    ### BEGIN SOLUTION
    path = Path(path)
    return {"source": path.name, "format": path.suffix.lstrip("."), "rows": rows,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    ### END SOLUTION


# %% tests="provenance" points=2 assesses="L5.1.1"
check("provenance",
      expect(lambda: {k: v for k, v in provenance("stores.csv", 8).items() if k != "sha256"}
             == {"source": "stores.csv", "format": "csv", "rows": 8},
             en='The record of stores.csv should say source "stores.csv", format "csv" and rows 8.',
             zh='stores.csv 的记录应为 source "stores.csv"、format "csv"、rows 8。'),
      expect(lambda: len(provenance("stores.csv", 8)["sha256"]) == 64,
             en="sha256 should be the 64-character hexadecimal fingerprint of the file's bytes.",
             zh="sha256 应是文件字节的 64 位十六进制指纹。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("provenance", records=[provenance(name, 1) for name in
                              ["stores.csv", "products.xlsx", "api_orders.json", "returns.sqlite"]])
### END HIDDEN TESTS


# %% judge="provenance"
import hashlib


def judge(answer, gold):
    names = ["stores.csv", "products.xlsx", "api_orders.json", "returns.sqlite"]
    expected = [{"source": name, "format": name.rsplit(".", 1)[1], "rows": 1,
                 "sha256": hashlib.sha256((gold / name).read_bytes()).hexdigest()} for name in names]
    return all_of(
        rule(answer["records"] == expected,
             en="For some of the four sources, the name, format, rows or SHA-256 of the file's bytes is wrong.",
             zh="四个来源中，有的文件名、格式、行数或文件字节的 SHA-256 不对。"))


# %% [markdown] hint="provenance" lang="en"
# Hash the bytes of the file (`read_bytes()`), not its name and not the DataFrame.

# %% [markdown] hint="provenance" lang="zh"
# 对文件的字节（`read_bytes()`）计算指纹，不是对文件名，也不是对 DataFrame。

# %% [markdown] lang="en"
# ## All together
#
# The cell below collects the four sources, merges them, draws the labelers' sample and
# writes the provenance log beside the data.

# %% [markdown] lang="zh"
# ## 串起来
#
# 下面的单元格采集四个来源，合并它们，抽出给标注员的样本，并在数据旁边写下数据来源记录。

# %%
sources = {"api_orders.json": orders_from_api, "stores.csv": load_stores,
           "products.xlsx": load_products, "returns.sqlite": load_returns}
tables = {name: read(name) for name, read in sources.items()}
collected = merge_sources(*tables.values())
sample = sample_per_city(collected, 3, 2026)
log = [provenance(name, len(table)) for name, table in tables.items()]
Path("provenance.json").write_text(json.dumps(log, ensure_ascii=False, indent=1), encoding="utf-8")
print(collected.groupby("city")["returned"].mean().round(3))
sample

# %% [markdown] lang="en"
# ## What you did
#
# You read a CSV export, one sheet of an Excel workbook, a saved API response and a
# database table, each with its codes kept as text; refused incomplete responses; joined
# the sources on their keys with every order kept once; drew a reproducible stratified
# sample; and recorded each source's provenance with a fingerprint.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你读取了 CSV 导出文件、Excel 工作簿中的一张工作表、API 返回结果的存档和数据库中的一张表，编码都
# 保持为文本；拒收了不完整的返回结果；按键连接各来源，每个订单恰好保留一次；抽取了可复现的分层
# 样本；并用指纹记录了每个来源的数据来源记录。
