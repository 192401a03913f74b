# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_data_protection
#     level: 5
#     title: {en: "Ethics, law and data security: desensitising personal data", zh: 职业道德、法律与数据安全：个人信息脱敏}
#     datasets: [customer_records/customers.csv]
# ---

# %% [markdown] lang="en"
# # Ethics, law and data security: desensitising personal data
#
# The shop's service team wants its customer feedback labeled (complaint or not, which
# department) by an outside labeling team. The export they hand you, `customers.csv`,
# holds each customer's name, mobile number, ID card number and home address next to the
# feedback. The labelers need none of these to do their job.
#
# Three Chinese laws bind everyone who handles such data, AI trainers included:
#
# * the **Personal Information Protection Law** (个人信息保护法, 2021): personal information
#   may be processed only for a clear, reasonable purpose and only as much as the purpose
#   needs (the "minimum necessary" principle); **sensitive personal information** (ID
#   numbers, financial accounts, health, whereabouts, biometrics, …) needs stricter care;
# * the **Data Security Law** (数据安全法, 2021): data is classified by importance and
#   protected accordingly, and whoever processes it answers for its security;
# * the **Cybersecurity Law** (网络安全法, 2017): network operators must keep personal
#   information they collect confidential and must not leak, sell or misuse it.
#
# In practice this means: before data leaves the team, **desensitise** it. Remove what
# nobody downstream needs (names, ID numbers), **mask** what must stay recognisable to
# staff (the last digits of a phone number), **generalise** what is needed only roughly
# (a city instead of a home address, a birth year instead of a birth date), and keep
# everything else exactly as it was, or the labeling and the analysis go wrong.
#
# **How this lesson works.** Complete each function, run it, then run the check cell
# below it. Hidden checks run on other records when grading. Stuck? Run
# `hint("task_id")`, e.g. `hint("mask_phone")`.

# %% [markdown] lang="zh"
# # 职业道德、法律与数据安全：个人信息脱敏
#
# 网店的客服团队想把客户反馈交给外部标注团队标注（是不是投诉、归哪个部门）。他们交给你的导出
# 文件 `customers.csv` 里，每条反馈旁边都有客户的姓名、手机号、身份证号和家庭住址。标注员做
# 这项工作，一样都用不到。
#
# 处理这类数据的每个人，包括人工智能训练师，都受三部法律约束：
#
# * **《个人信息保护法》**（2021）：处理个人信息必须有明确、合理的目的，并且限于实现目的所必需
#   的范围（“最小必要”原则）；**敏感个人信息**（身份证号、金融账户、医疗健康、行踪轨迹、生物
#   识别等）要求更严格的保护；
# * **《数据安全法》**（2021）：数据按重要程度分类分级保护，处理数据的一方要对数据安全负责；
# * **《网络安全法》**（2017）：网络运营者对收集的个人信息必须严格保密，不得泄露、出售或
#   非法使用。
#
# 落到日常工作上就是：数据离开团队之前，先**脱敏**。下游用不到的直接删除（姓名、身份证号）；
# 需要让工作人员还能认出的做**掩码**（手机号只露出后几位）；只需要大致信息的做**泛化**（只留
# 城市，不留门牌；只留出生年份，不留出生日期）；其余内容必须原样保留，否则标注和分析都会出错。
#
# **本课怎么学。** 补全每个函数，运行它，再运行下面的检查单元格。评分时会用其他记录运行隐藏
# 检查。卡住了？运行 `hint("任务编号")`，例如 `hint("mask_phone")`。

# %%
import re

import pandas as pd

from course import check, expect, hint

customers = pd.read_csv("customers.csv", dtype={"phone": str, "id_number": str})
customers.head()

# %% [markdown] lang="en"
# ## Task 1 · `sensitive_fields`: which fields are sensitive personal information?
#
# All of the fields below are personal information once they belong to a customer. The
# law singles out some as **sensitive**: leaked, they can easily harm a person's dignity,
# safety or property. Set `sensitive_fields` to the set of the names of those fields.
#
# `name`, `phone`, `id_number`, `bank_card`, `health_record`, `location_track`,
# `favourite_category`, `order_count`

# %% [markdown] lang="zh"
# ## 任务 1 · `sensitive_fields`：哪些字段是敏感个人信息？
#
# 下面的字段只要属于某位客户，就都是个人信息。法律把其中一部分单独列为**敏感个人信息**：一旦
# 泄露，容易损害人的尊严、人身或财产安全。请把 `sensitive_fields` 设为这些字段名组成的集合。
#
# `name`（姓名）、`phone`（手机号）、`id_number`（身份证号）、`bank_card`（银行卡号）、
# `health_record`（病历）、`location_track`（行踪轨迹）、`favourite_category`（最常购买的类别）、
# `order_count`（订单数）

# %% answer="sensitive_fields"
### BEGIN SOLUTION
sensitive_fields = {"id_number", "bank_card", "health_record", "location_track"}
### END SOLUTION

# %% tests="sensitive_fields" points=1 assesses="ethics"
_FIELDS = {"name", "phone", "id_number", "bank_card", "health_record", "location_track",
           "favourite_category", "order_count"}
check("sensitive_fields",
      expect(lambda: isinstance(sensitive_fields, set) and sensitive_fields <= _FIELDS,
             en="sensitive_fields should be a set of field names from the list.",
             zh="sensitive_fields 应是由列表中的字段名组成的集合。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("sensitive_fields", fields=sorted(str(f) for f in sensitive_fields))
### END HIDDEN TESTS


# %% judge="sensitive_fields"
def judge(answer, gold):
    chosen = set(answer["fields"])
    return all_of(
        rule({"id_number", "bank_card", "health_record", "location_track"} <= chosen,
             en="Some sensitive personal information is missing from your set (identity, finance, health, whereabouts).",
             zh="你的集合漏掉了一些敏感个人信息（身份、金融、医疗健康、行踪轨迹）。"),
        rule(not chosen & {"name", "phone", "favourite_category", "order_count"},
             en="Your set holds fields that are personal information but not sensitive personal information.",
             zh="你的集合里有些字段属于个人信息，但不属于敏感个人信息。"))


# %% [markdown] hint="sensitive_fields" lang="en"
# Think of the law's own list: specific identity, financial accounts, medical health,
# whereabouts, biometrics, religion, and the information of children under 14. A name or a
# phone number is personal information, but not on that list.

# %% [markdown] hint="sensitive_fields" lang="zh"
# 想想法律列出的类别：特定身份、金融账户、医疗健康、行踪轨迹、生物识别、宗教信仰，以及不满
# 十四周岁未成年人的个人信息。姓名、手机号是个人信息，但不在这份清单里。

# %% [markdown] lang="en"
# ## Task 2 · `mask_phone`: keep a phone number recognisable, not usable
#
# Service staff identify a customer on the phone by the last four digits, and the first
# three say which carrier. Complete `mask_phone(phone)`: for an 11-digit mobile number,
# keep the first 3 and the last 4 digits and replace the 4 in the middle with `*`:
# `"13812345678"` becomes `"138****5678"`. Text slices help: `phone[:3]` is the first three
# characters, `phone[-4:]` the last four.

# %% [markdown] lang="zh"
# ## 任务 2 · `mask_phone`：手机号还能认出，却不能拨打
#
# 客服在电话里靠后四位核对客户，前三位能看出运营商。请补全 `mask_phone(phone)`：对 11 位手机号，
# 保留前 3 位和后 4 位，把中间 4 位换成 `*`：`"13812345678"` 变成 `"138****5678"`。文本切片可以
# 帮忙：`phone[:3]` 是前三个字符，`phone[-4:]` 是最后四个字符。

# %% answer="mask_phone"
def mask_phone(phone):
    """Return the 11-digit mobile number `phone` with its middle 4 digits replaced by `*`.

    返回把 11 位手机号 `phone` 中间 4 位换成 `*` 之后的文本。
    """
    ### BEGIN SOLUTION
    return phone[:3] + "****" + phone[-4:]
    ### END SOLUTION


# %% tests="mask_phone" points=1 assesses="ethics,L5.1.2"
check("mask_phone",
      expect(lambda: mask_phone("13812345678") == "138****5678",
             en='mask_phone("13812345678") should give "138****5678".',
             zh='mask_phone("13812345678") 应得到 "138****5678"。'))
### BEGIN HIDDEN TESTS
from course import submit
submit("mask_phone", masked=[mask_phone(p) for p in ["19900001111", "15012340000", "17788889999"]])
### END HIDDEN TESTS


# %% judge="mask_phone"
def judge(answer, gold):
    return all_of(
        rule(answer["masked"] == ["199****1111", "150****0000", "177****9999"],
             en="On other numbers, the masked form is not the first 3 digits, four *, and the last 4 digits.",
             zh="在其他号码上，掩码结果不是“前 3 位 + 四个 * + 后 4 位”。"))


# %% [markdown] hint="mask_phone" lang="en"
# Glue three pieces of text together with `+`: the start, the stars, the end.

# %% [markdown] hint="mask_phone" lang="zh"
# 用 `+` 把三段文本连起来：开头、星号、结尾。

# %% [markdown] lang="en"
# ## Task 3 · `city_of`: a city, not a front door
#
# The analysts want complaints per city; nobody needs the street and the flat. Addresses in
# the export always start with the province and the city, or with a municipality such as
# `上海市`. Complete `city_of(address)`: return the address up to and including its first
# `市`, e.g. `"浙江省杭州市西湖区文三路8号1幢101室"` gives `"浙江省杭州市"` and
# `"上海市浦东新区…"` gives `"上海市"`. `text.index("市")` is the position of the first `市`.

# %% [markdown] lang="zh"
# ## 任务 3 · `city_of`：只留城市，不留门牌
#
# 分析人员想按城市统计投诉，没人需要街道和门牌号。导出文件里的地址总是以省和市开头，或者以
# `上海市` 这样的直辖市开头。请补全 `city_of(address)`：返回地址从开头到第一个 `市`（含）为止的
# 部分，例如 `"浙江省杭州市西湖区文三路8号1幢101室"` 得到 `"浙江省杭州市"`，`"上海市浦东新区…"`
# 得到 `"上海市"`。`text.index("市")` 是第一个 `市` 所在的位置。

# %% answer="city_of"
def city_of(address):
    """Return `address` up to and including its first 市 (province and city only).

    返回 `address` 从开头到第一个“市”（含）为止的部分（只留省和市）。
    """
    ### BEGIN SOLUTION
    return address[:address.index("市") + 1]
    ### END SOLUTION


# %% tests="city_of" points=1 assesses="ethics,L5.1.2"
check("city_of",
      expect(lambda: city_of("浙江省杭州市西湖区文三路8号1幢101室") == "浙江省杭州市",
             en='city_of("浙江省杭州市西湖区文三路8号1幢101室") should give "浙江省杭州市".',
             zh='city_of("浙江省杭州市西湖区文三路8号1幢101室") 应得到 "浙江省杭州市"。'),
      expect(lambda: city_of("上海市浦东新区人民路3号") == "上海市",
             en='city_of("上海市浦东新区人民路3号") should give "上海市".',
             zh='city_of("上海市浦东新区人民路3号") 应得到 "上海市"。'))
### BEGIN HIDDEN TESTS
from course import submit
submit("city_of", cities=[city_of(a) for a in ["北京市海淀区学院路5号", "广东省深圳市南山区市府路2号3幢",
                                             "四川省成都市锦江区人民路1号"]])
### END HIDDEN TESTS


# %% judge="city_of"
def judge(answer, gold):
    return all_of(
        rule(answer["cities"] == ["北京市", "广东省深圳市", "四川省成都市"],
             en="On other addresses, the result is not the text up to and including the first 市 "
                "(a street name may contain 市 too).",
             zh="在其他地址上，结果不是从开头到第一个“市”（含）为止的部分（街道名里也可能有“市”字）。"))


# %% [markdown] hint="city_of" lang="en"
# A slice `text[:n]` stops just before position `n`; add 1 to keep the `市` itself.

# %% [markdown] hint="city_of" lang="zh"
# 切片 `text[:n]` 在位置 `n` 之前停下；加 1 才能把“市”字本身留下。

# %% [markdown] lang="en"
# ## Task 4 · `birth_year`: the age the analysts need, without the ID number
#
# An 18-character Chinese ID number holds the birth date in characters 7 to 14: `YYYYMMDD`.
# The analysts only need an age band, so keep the **birth year** and drop the number.
# Complete `birth_year(id_number)`: return the year as an `int`, e.g.
# `"990101199203154321"` gives `1992`.

# %% [markdown] lang="zh"
# ## 任务 4 · `birth_year`：保留分析需要的年龄信息，去掉身份证号
#
# 18 位身份证号的第 7 到 14 位是出生日期：`YYYYMMDD`。分析人员只需要年龄段，所以只保留**出生
# 年份**，号码本身删除。请补全 `birth_year(id_number)`：返回 `int` 类型的年份，例如
# `"990101199203154321"` 得到 `1992`。

# %% answer="birth_year"
def birth_year(id_number):
    """Return the birth year (an int) written in the 18-character ID number.

    返回 18 位身份证号中的出生年份（int）。
    """
    ### BEGIN SOLUTION
    return int(id_number[6:10])
    ### END SOLUTION


# %% tests="birth_year" points=1 assesses="L5.1.2"
check("birth_year",
      expect(lambda: birth_year("990101199203154321") == 1992,
             en='birth_year("990101199203154321") should give the number 1992.',
             zh='birth_year("990101199203154321") 应得到数字 1992。'))
### BEGIN HIDDEN TESTS
from course import submit
submit("birth_year", years=[birth_year(n) for n in ["99330619580704001X", "992222200412310019"]])
### END HIDDEN TESTS


# %% judge="birth_year"
def judge(answer, gold):
    return all_of(
        rule(answer["years"] == [1958, 2004] and all(type(y) is int for y in answer["years"]),
             en="On other ID numbers the year is wrong or not an int: it is characters 7 to 10, counted from 1.",
             zh="在其他身份证号上，年份不对或不是 int：它是第 7 到 10 位（从 1 开始数）。"))


# %% [markdown] hint="birth_year" lang="en"
# Python counts positions from 0, so characters 7 to 10 are `id_number[6:10]`.

# %% [markdown] hint="birth_year" lang="zh"
# Python 从 0 开始数位置，所以第 7 到 10 位是 `id_number[6:10]`。

# %% [markdown] lang="en"
# ## Task 5 · `desensitise`: the table the labeling team may receive
#
# Some customers wrote their phone number into the feedback itself ("请联系我：139…").
# Those must go too. A *regular expression* finds them: the pattern `r"1\d{10}"` means
# "a 1 followed by exactly ten digits", and `re.sub(r"1\d{10}", "[电话]", text)` replaces
# each one with `[电话]`.
#
# Complete `desensitise(df)`: return a **new** DataFrame (leave `df` unchanged) with exactly
# these columns, in this order:
#
# | column | from |
# |---|---|
# | `customer_id` | unchanged (an internal code, not a person's identity) |
# | `phone` | masked with `mask_phone` |
# | `birth_year` | from `id_number` with `birth_year` |
# | `city` | from `address` with `city_of` |
# | `membership`, `orders`, `spend` | unchanged |
# | `review` | with every mobile number replaced by `[电话]` |
#
# `name`, `id_number` and `address` must not be in the result. `df["col"].map(function)`
# applies a function to every value of a column.

# %% [markdown] lang="zh"
# ## 任务 5 · `desensitise`：可以交给标注团队的表
#
# 有些客户把手机号直接写进了反馈（“请联系我：139…”），这些也必须去掉。用**正则表达式**可以找到
# 它们：模式 `r"1\d{10}"` 表示“一个 1 后面紧跟正好十个数字”，`re.sub(r"1\d{10}", "[电话]", text)`
# 把每一处都替换成 `[电话]`。
#
# 请补全 `desensitise(df)`：返回一个**新的** DataFrame（不要改动 `df`），正好包含以下各列，
# 顺序如下：
#
# | 列 | 来源 |
# |---|---|
# | `customer_id` | 原样保留（内部编码，不是个人身份） |
# | `phone` | 用 `mask_phone` 掩码 |
# | `birth_year` | 用 `birth_year` 从 `id_number` 得到 |
# | `city` | 用 `city_of` 从 `address` 得到 |
# | `membership`、`orders`、`spend` | 原样保留 |
# | `review` | 其中每个手机号都换成 `[电话]` |
#
# 结果中不能有 `name`、`id_number` 和 `address`。`df["列名"].map(函数)` 会对一列的每个值调用函数。

# %% answer="desensitise"
def desensitise(df):
    """Return a desensitised copy of the customer table (see the task for its columns).

    返回客户表脱敏后的新表（各列见任务说明）。
    """
    ### BEGIN SOLUTION
    return pd.DataFrame({
        "customer_id": df["customer_id"],
        "phone": df["phone"].map(mask_phone),
        "birth_year": df["id_number"].map(birth_year),
        "city": df["address"].map(city_of),
        "membership": df["membership"],
        "orders": df["orders"],
        "spend": df["spend"],
        "review": df["review"].map(lambda text: re.sub(r"1\d{10}", "[电话]", text)),
    })
    ### END SOLUTION


# %% tests="desensitise" points=3 assesses="ethics,L5.1.2"
_ds_raw = pd.read_csv("customers.csv", dtype={"phone": str, "id_number": str})
_ds_before = _ds_raw.copy()
_ds = lambda: desensitise(_ds_raw)
check("desensitise",
      expect(lambda: list(_ds().columns) == ["customer_id", "phone", "birth_year", "city", "membership",
                                             "orders", "spend", "review"],
             en="The result should have exactly the eight columns of the task, in that order.",
             zh="结果应正好包含任务中的八列，并且顺序一致。"),
      expect(lambda: len(_ds()) == len(_ds_raw) and _ds_raw.equals(_ds_before),
             en="Keep one row per customer, and leave the table you were given unchanged.",
             zh="每位客户保留一行，并且不要改动传入的原表。"),
      expect(lambda: not _ds().astype(str).apply(lambda col: col.str.contains(r"1\d{10}")).any().any(),
             en="A full mobile number is still somewhere in the result (the phone column or the feedback).",
             zh="结果中仍有完整的手机号（在手机号列或反馈文本里）。"))
### BEGIN HIDDEN TESTS
from course import submit
_ds_other = pd.DataFrame({"customer_id": ["X1", "X2"], "name": ["吴超", "何静"],
                          "phone": ["13300002222", "18611112222"],
                          "id_number": ["991111198001010011", "99222220000229002X"],
                          "address": ["北京市朝阳区建设路1号", "江苏省南京市玄武区中山路2号"],
                          "membership": ["金卡", "普通"], "orders": [3, 12], "spend": [99.5, 2048.0],
                          "review": ["电话13300002222，或者18611112222都行", "很好"]})
submit("desensitise", table=_ds(), other=desensitise(_ds_other))
### END HIDDEN TESTS


# %% judge="desensitise"
import re

import pandas as pd

COLUMNS = ["customer_id", "phone", "birth_year", "city", "membership", "orders", "spend", "review"]
OTHER = {"customer_id": ["X1", "X2"], "name": ["吴超", "何静"], "phone": ["13300002222", "18611112222"],
         "id_number": ["991111198001010011", "99222220000229002X"],
         "address": ["北京市朝阳区建设路1号", "江苏省南京市玄武区中山路2号"],
         "membership": ["金卡", "普通"], "orders": [3, 12], "spend": [99.5, 2048.0],
         "review": ["电话13300002222，或者18611112222都行", "很好"]}


def expected_rows(raw):
    return {"customer_id": list(raw["customer_id"]),
            "phone": [p[:3] + "****" + p[-4:] for p in raw["phone"]],
            "birth_year": [int(n[6:10]) for n in raw["id_number"]],
            "city": [a[:a.index("市") + 1] for a in raw["address"]],
            "membership": list(raw["membership"]), "orders": [int(n) for n in raw["orders"]],
            "spend": [float(s) for s in raw["spend"]],
            "review": [re.sub(r"1\d{10}", "[电话]", t) for t in raw["review"]]}


def leaks(table, raw):
    """Identifying values of `raw` (or anything shaped like a phone or ID number) left in `table`."""
    text = " ".join(table.astype(str).to_numpy().ravel())
    secrets = [v for col in ("name", "phone", "id_number", "address") for v in raw[col]]
    return [s for s in secrets if s in text] + re.findall(r"1\d{10}|\d{17}[\dX]", text)


def judge(answer, gold):
    raw = pd.read_csv(gold / "customers.csv", dtype={"phone": str, "id_number": str})
    findings = []
    for table, source in ((answer["table"], raw), (answer["other"], pd.DataFrame(OTHER))):
        shaped = isinstance(table, pd.DataFrame) and list(table.columns) == COLUMNS and len(table) == len(source)
        wanted = expected_rows(source)
        findings += [
            rule(shaped, en="The result does not have the task's eight columns and one row per customer.",
                 zh="结果没有任务要求的八列，或者不是每位客户一行。"),
            rule(shaped and not leaks(table, source),
                 en="Identifying information remains: a name, a full phone or ID number, or a full address.",
                 zh="仍有可识别个人身份的信息：姓名、完整的手机号或身份证号，或者完整地址。"),
            rule(shaped and all(same([v.item() if hasattr(v, "item") else v for v in table[c]], wanted[c])
                                for c in COLUMNS),
                 en="Some values that should be kept or derived are wrong: desensitising must not destroy the "
                    "rest of the data (ids, membership, orders, spend, feedback text, masked phone, birth year, city).",
                 zh="有些应保留或推导出的值不对：脱敏不能破坏其余数据（编号、会员等级、订单数、消费额、反馈文本、"
                    "掩码后的手机号、出生年份、城市）。")]
    return all_of(*findings)


# %% [markdown] hint="desensitise" lang="en"
# Build the result column by column: `pd.DataFrame({name: column, ...})`, starting with the id
# column copied as it is, gives you exactly the columns you list, in that order, and never
# touches `df`.

# %% [markdown] hint="desensitise" lang="zh"
# 一列一列地构造结果：`pd.DataFrame({列名: 列, ...})`，第一列是原样复制的编号列，正好得到你列出的
# 各列，顺序也一样，而且不会改动 `df`。

# %% [markdown] hint="desensitise" lang="en"
# For the feedback, write a small function (or a `lambda`) that calls `re.sub` on one
# text, and `map` it over the `review` column.

# %% [markdown] hint="desensitise" lang="zh"
# 反馈文本这一列：写一个对单条文本调用 `re.sub` 的小函数（或 `lambda`），再用 `map` 作用到
# `review` 列上。

# %%
shared = desensitise(customers)
shared.head()

# %% [markdown] lang="en"
# ## Task 6 · `ethics_case` (written, graded by your instructor)
#
# On Friday evening the team lead writes: "We are behind. Copy the raw customer file to
# your own cloud drive and label the feedback at home over the weekend. And to save time,
# mark every customer over 60 or from a rural address as `likely to complain`, they
# usually are."
#
# In 4–6 sentences, answer the team lead: what is wrong with each of the two requests
# (name the law or the principle), and what you will do instead so the work still gets
# done.

# %% [markdown] lang="zh"
# ## 任务 6 · `ethics_case`（书面作答，由老师评分）
#
# 周五晚上，组长发来消息：“进度落后了。把原始客户文件拷到你自己的网盘上，周末在家把反馈标完。
# 另外为了省时间，60 岁以上或者住址在农村的客户，一律标成 `likely to complain`（可能投诉），
# 他们通常都会投诉。”
#
# 请用 4–6 句话回复组长：两个要求分别错在哪里（说出相关的法律或原则），以及你会怎样做，才能让
# 工作照样完成。

# %% [markdown] manual="ethics_case" points=2 assesses="ethics,L5.2.1"
# **Model answer.** Copying the raw file to a personal cloud drive moves names, phone
# numbers, ID numbers (sensitive personal information) and addresses out of the company's
# protected systems for a purpose that does not need them: it breaks the minimum-necessary
# principle of the Personal Information Protection Law and the duty to keep data secure
# under the Data Security and Cybersecurity Laws, and a leak would harm the customers. I
# will work only on company devices, or take home nothing but the desensitised table
# (masked phones, city, birth year), with my manager's approval. Labeling by age or rural
# address instead of by what the customer wrote is bias: the labels would record a
# prejudice, the model trained on them would treat these groups unfairly, and the labels
# would be wrong for every customer who is not a complainer. I will label each feedback
# by its text, following the spec, and report to the lead how many are left so the
# deadline can be moved or more labelers added.
#
# **Rubric (2 points).** 1 point: the data request: names personal / sensitive
# information leaving protected systems, and the law or principle (PIPL, minimum
# necessary, data security), with a safe alternative (company device, desensitised data,
# approval). 1 point: the labeling request: recognises it as bias / discrimination that
# makes labels wrong and a model unfair, and commits to labeling by content per the spec
# (and raising the schedule problem). 0 for a point that complies with the request.

# %% [markdown] lang="en"
# ## What you did
#
# You told sensitive personal information from ordinary personal information, masked
# phone numbers, generalised addresses to cities and ID numbers to birth years, removed
# phone numbers from free text, and built a table that can leave the team without
# exposing anyone, while every value the labelers and analysts need stayed intact. You
# also answered two requests that a trainer meets in real work: moving raw data to where
# it does not belong, and labeling people by group instead of by evidence.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你区分了敏感个人信息和一般个人信息，对手机号做了掩码，把地址泛化到城市、把身份证号泛化为出生
# 年份，清除了自由文本里的手机号，做出一张可以交出团队、又不暴露任何人的表，同时标注员和分析
# 人员需要的每个值都完好无损。你还回应了实际工作中会遇到的两种要求：把原始数据挪到不该去的地方，
# 以及按人群而不是按事实来标注。
