"""Write the four sources of lesson l5_data_collection: one invented chain of shops whose data
lives in four systems, each in its own format.

  stores.csv          store_id,city,opened             the store list kept in a spreadsheet export
  products.xlsx       sheet "products": sku,category,unit_price   the buyers' Excel workbook
  api_orders.json     a saved response of the order system's web API: {"status", "fetched_at", "data": [...]}
  returns.sqlite      table returns(order_id, reason)  the after-sales system's database

Seeded (random.Random(20261202)), no network, no clock. Binary formats are not committed:
`course build` runs this script when a file is missing (see .gitignore).
"""

import csv
import json
import random
import sqlite3
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
CITIES = ["杭州", "南京", "成都", "深圳"]
CATEGORIES = {"家电": (199, 2999), "图书": (19, 99), "食品": (9, 199), "服装": (59, 599)}
REASONS = ["尺码不合适", "质量问题", "发错货", "不想要了"]


def main() -> None:
    rng = random.Random(20261202)
    stores = [(f"{number:03d}", city, f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-01")
              for number, city in enumerate(CITIES * 2, start=1)]
    with open(HERE / "stores.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["store_id", "city", "opened"])
        writer.writerows(stores)

    products = []
    for number in range(1, 21):
        category = rng.choice(sorted(CATEGORIES))
        low, high = CATEGORIES[category]
        products.append((f"{number:05d}", category, round(rng.uniform(low, high), 1)))
    book = Workbook()
    sheet = book.active
    sheet.title = "products"
    sheet.append(["sku", "category", "unit_price"])
    for sku, category, price in products:
        sheet.append([sku, category, price])  # sku written as text, so its zeros survive in Excel
    notes = book.create_sheet("notes")
    notes.append(["Prices in yuan, tax included. Maintained by the buying team."])
    book.save(HERE / "products.xlsx")

    orders = [{"order_id": f"A{number:05d}", "store_id": rng.choice(stores)[0], "sku": rng.choice(products)[0],
               "qty": rng.choices([1, 2, 3, 5], [6, 3, 2, 1])[0], "paid_at": f"2026-11-{rng.randint(1, 30):02d}"}
              for number in range(1, 121)]
    response = {"status": "ok", "fetched_at": "2026-12-01T08:00:00+08:00", "count": len(orders), "data": orders}
    (HERE / "api_orders.json").write_text(json.dumps(response, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    database = HERE / "returns.sqlite"
    database.unlink(missing_ok=True)
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE returns (order_id TEXT PRIMARY KEY, reason TEXT NOT NULL)")
        returned = rng.sample([o["order_id"] for o in orders], 14)
        connection.executemany("INSERT INTO returns VALUES (?, ?)", [(o, rng.choice(REASONS)) for o in sorted(returned)])
    connection.close()


if __name__ == "__main__":
    main()
