"""Generate `orders_raw.csv`: a small, deliberately messy e-commerce order export.

The data is invented by this project (no real people or shops). It imitates the order
export of a small Chinese online shop, with the kinds of mess a Level 5 AI trainer has to
clean before the data can be labeled or used to train a model. Every kind of mess follows
a fixed rule, documented in README.md beside this file.

Run from anywhere:  python datasets/orders/generate.py
The output is byte-for-byte the same on every run (fixed seed, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260305
N_ORDERS = 280                      # distinct, original orders
FIRST_ORDER_NUMBER = 1001           # order_id "001001", "001002", ...
OUT = Path(__file__).with_name("orders_raw.csv")

CUSTOMERS = [
    "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄婷", "周杰", "吴刚",
    "徐丽", "孙浩", "马超", "朱琳", "胡军", "郭蕾", "何欣", "林峰", "罗娟", "高翔",
    "Zhang Wei", "Li Na", "Wang Fang", "Liu Yang", "Chen Jing", "Yang Lei",
    "Zhao Min", "Huang Ting", "Zhou Jie", "Xu Li",
]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆"]
CITY_WEIGHTS = [0.16, 0.18, 0.12, 0.12, 0.10, 0.09, 0.07, 0.06, 0.05, 0.05]
# category -> (lowest, highest) unit price in yuan
CATEGORIES = {
    "电子产品": (199, 2999),   # electronics
    "服装": (59, 399),         # clothing
    "食品": (9.9, 89),         # food
    "家居": (29, 499),         # home
    "图书": (19, 99),          # books
    "美妆": (49, 399),         # beauty
}
VALID_STATUS = ["PAID", "SHIPPED", "DELIVERED", "RETURNED"]
STATUS_WEIGHTS = [0.25, 0.25, 0.42, 0.08]
UNKNOWN_STATUS = ["TEST", "UNKNOWN", "ERR"]
UNPARSEABLE_DATES = ["2026-02-30", "31.02.2026", "2026/13/1", "unknown", "待定"]
SPACES = [" ", "  ", "\u3000"]      # ASCII spaces and the full-width space of Chinese IMEs


def clean_orders(rng: np.random.Generator) -> pd.DataFrame:
    """The true, clean orders before any mess is added."""
    n = N_ORDERS
    category = rng.choice(list(CATEGORIES), size=n)
    low = np.array([CATEGORIES[c][0] for c in category])
    high = np.array([CATEGORIES[c][1] for c in category])
    # shop prices end in .9 or .0: round down to a whole yuan, then maybe add 0.9
    price = np.floor(low + rng.random(n) * (high - low)) + rng.choice([0.0, 0.9], size=n)
    # most people buy 1-4 items; about 4% are bulk company orders of 20-60 items
    quantity = rng.choice([1, 1, 1, 2, 2, 3, 4], size=n)
    bulk = rng.random(n) < 0.04
    quantity[bulk] = rng.integers(20, 61, size=bulk.sum())
    days = np.sort(rng.integers(0, 90, size=n))  # 2026-01-01 .. 2026-03-31, in order
    return pd.DataFrame({
        "order_id": [f"{FIRST_ORDER_NUMBER + i:06d}" for i in range(n)],
        "customer": rng.choice(CUSTOMERS, size=n),
        "city": rng.choice(CITIES, size=n, p=CITY_WEIGHTS),
        "order_date": pd.Timestamp("2026-01-01") + pd.to_timedelta(days, unit="D"),
        "category": category,
        "quantity": quantity.astype(int),
        "unit_price": price,
        "status": rng.choice(VALID_STATUS, size=n, p=STATUS_WEIGHTS),
    })


def format_date(day: pd.Timestamp, style: str) -> str:
    if style == "iso":
        return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"      # 2026-03-05
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"                  # 2026/3/5
    return f"{day.day:02d}.{day.month:02d}.{day.year}"              # 05.03.2026


def pick(rng: np.random.Generator, n: int, share: float) -> np.ndarray:
    """Row positions of a random `share` of n rows (at least one)."""
    return rng.choice(n, size=max(1, round(n * share)), replace=False)


def make_messy(orders: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    n = len(orders)
    raw = pd.DataFrame({
        "order_id": orders["order_id"],
        "customer": orders["customer"].astype(object),
        "city": orders["city"].astype(object),
        "order_date": [
            format_date(d, s) for d, s in
            zip(orders["order_date"], rng.choice(["iso", "slash", "dot"], size=n, p=[0.6, 0.25, 0.15]))
        ],
        "category": orders["category"].astype(object),
        "quantity": [str(q) for q in orders["quantity"]],
        "unit_price": [f"{p:.2f}" for p in orders["unit_price"]],
        "status": orders["status"].astype(object),
    }).astype(object)

    # 1. spaces around text: 12% of customer, city and category values, 6% of status codes
    for column, share in [("customer", 0.12), ("city", 0.12), ("category", 0.12), ("status", 0.06)]:
        for row in pick(rng, n, share):
            before, after = rng.choice(["", *SPACES]), rng.choice(SPACES)
            raw.at[row, column] = f"{before}{raw.at[row, column]}{after}"
    # 2. two guest orders without a customer name
    for row in pick(rng, n, 0.007):
        raw.at[row, "customer"] = ""
    # 3. dates: 3% blank, 2% not a real date
    for row in pick(rng, n, 0.03):
        raw.at[row, "order_date"] = ""
    for k, row in enumerate(pick(rng, n, 0.02)):
        raw.at[row, "order_date"] = UNPARSEABLE_DATES[k % len(UNPARSEABLE_DATES)]
    # 4. missing numbers: 5% of quantities and 5% of unit prices left blank
    for row in pick(rng, n, 0.05):
        raw.at[row, "quantity"] = ""
    for row in pick(rng, n, 0.05):
        raw.at[row, "unit_price"] = ""
    # 5. impossible quantities: 0 or negative (returns typed as minus orders)
    for row in pick(rng, n, 0.025):
        raw.at[row, "quantity"] = str(rng.choice([0, -1, -2]))
    # 6. status codes the shop system does not know (test orders, import errors)
    for k, row in enumerate(pick(rng, n, 0.02)):
        raw.at[row, "status"] = UNKNOWN_STATUS[k % len(UNKNOWN_STATUS)]

    rows = [raw.iloc[i].to_dict() for i in range(n)]
    extra = []  # (insert after original row i, row dict)
    # 7. exact duplicates: 10 orders exported twice, the copy 1-15 rows later
    for i in rng.choice(n, size=10, replace=False):
        extra.append((min(n - 1, i + int(rng.integers(1, 16))), dict(rows[i])))
    # 8. re-entered orders: 6 order_ids typed in again later with changed quantity or status
    for i in rng.choice(n, size=6, replace=False):
        copy = dict(rows[i])
        if rng.random() < 0.5:
            old = int(copy["quantity"]) if copy["quantity"].lstrip("-").isdigit() else 0
            copy["quantity"] = str(old % 5 + 1)  # always a different, valid quantity
        else:
            copy["status"] = "SHIPPED" if copy["status"].strip() != "SHIPPED" else "DELIVERED"
        extra.append((min(n - 1, i + int(rng.integers(5, 40))), copy))
    # 9. near-duplicates: 3 orders exported again with extra spaces in the customer name
    for i in rng.choice(n, size=3, replace=False):
        copy = dict(rows[i])
        copy["customer"] = f" {copy['customer']} "
        extra.append((min(n - 1, i + int(rng.integers(1, 10))), copy))

    out = []
    for i, row in enumerate(rows):
        out.append(row)
        out.extend(copy for after, copy in extra if after == i)
    return pd.DataFrame(out, columns=raw.columns)


def main() -> None:
    rng = np.random.default_rng(SEED)
    messy = make_messy(clean_orders(rng), rng)
    messy.to_csv(OUT, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT.name}: {len(messy)} rows, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
