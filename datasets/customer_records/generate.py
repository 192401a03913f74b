"""Write customers.csv: an invented customer table full of personal information, for the
lesson l5_data_protection (desensitising a dataset before it is shared for labeling).

Everything is made up by this script (seeded, no network). ID numbers use the region code
prefix 99, which no Chinese province has, so no generated number is a real person's; their
check digits follow GB 11643 so they look and validate like real ones.
"""

import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建华", "晓东", "雨欣", "子涵"]
PLACES = [("浙江省", "杭州市", ["西湖区", "滨江区"]), ("江苏省", "南京市", ["鼓楼区", "玄武区"]),
          ("广东省", "深圳市", ["南山区", "福田区"]), ("上海市", "", ["浦东新区", "徐汇区"]),
          ("北京市", "", ["海淀区", "朝阳区"]), ("四川省", "成都市", ["武侯区", "锦江区"])]
STREETS = ["文三路", "中山路", "人民路", "解放路", "建设路", "学院路"]
MEMBERSHIP = ["普通", "银卡", "金卡"]
REVIEWS = ["物流很快，包装完好。", "客服态度很好，问题当天解决。", "商品和描述一致，会回购。",
           "发错了颜色，请尽快联系我：{phone}。", "质量一般，价格偏高。", "退货一周了还没退款，电话 {phone}。",
           "送货师傅把快递放在门口，没有通知。", "赠品没收到，麻烦回电 {phone}，谢谢。"]
WEIGHTS = [7, 5, 9, 1, 3, 2, 3, 1]


def id_number(rng: random.Random) -> tuple[str, int]:
    year = rng.randint(1958, 2004)
    body = f"99{rng.randint(0, 9999):04d}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    factors = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * f for d, f in zip(body, factors)) % 11]
    return body + check, year


def main() -> None:
    rng = random.Random(20261201)
    rows = []
    for number in range(1, 41):
        province, city, districts = rng.choice(PLACES)
        phone = f"1{rng.choice('35789')}{rng.randint(0, 999999999):09d}"
        review = rng.choices(REVIEWS, WEIGHTS)[0].format(phone=phone)
        rows.append({
            "customer_id": f"C{number:04d}",
            "name": rng.choice(FAMILY) + rng.choice(GIVEN),
            "phone": phone,
            "id_number": id_number(rng)[0],
            "address": f"{province}{city}{rng.choice(districts)}{rng.choice(STREETS)}{rng.randint(1, 300)}号"
                       f"{rng.randint(1, 20)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
            "membership": rng.choices(MEMBERSHIP, [6, 3, 1])[0],
            "orders": rng.randint(1, 30),
            "spend": round(rng.uniform(20, 5000), 2),
            "review": review,
        })
    with open(HERE / "customers.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
