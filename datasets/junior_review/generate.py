"""Write the files of lesson l3_training_guidance (see README.md).

Deterministic: numpy default_rng with a fixed seed, no network, no clock.
Run: python datasets/junior_review/generate.py  (needs numpy and pandas)
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
CLASSES = ["refund", "delivery", "product", "account", "other"]
TEMPLATES = {
    "refund": ["订单{n}申请退款，钱什么时候退回？", "我已经退货了，退款还没到账", "取消订单{n}后怎么退钱？"],
    "delivery": ["订单{n}三天了还没发货", "快递显示已签收，但我没收到", "能不能改一下收货地址？订单{n}"],
    "product": ["这款耳机支持降噪吗？", "收到的杯子有裂纹，质量太差", "衣服尺码偏小，有没有尺码表？"],
    "account": ["手机号换了，怎么改绑定？", "登录时一直提示密码错误", "账号被冻结了，怎么解冻？"],
    "other": ["你们周末有人值班吗？", "发票可以开公司抬头吗？", "谢谢，问题已经解决了"],
}
CONFUSED = {"refund": "delivery", "delivery": "refund", "product": "refund", "account": "other", "other": "account"}
# the junior's error types, planted one per row, in the order they are checked (see README.md)
PLANTED = {"wrong_class": 14, "format": 6, "blank": 4, "unknown_class": 3, "duplicate": 5}


def main():
    rng = np.random.default_rng(20261220)
    n = 120
    truth = rng.choice(CLASSES, n, p=[0.3, 0.3, 0.2, 0.1, 0.1])
    items = pd.DataFrame({"item_id": [f"Q{k:03d}" for k in range(1, n + 1)],
                          "text": [rng.choice(TEMPLATES[c]).format(n=rng.integers(10000, 99999)) for c in truth],
                          "reference": truth})
    batch = items.assign(label=items["reference"]).copy()
    kinds = [k for k, count in PLANTED.items() if k != "duplicate" for _ in range(count)]
    rows = rng.choice(n, len(kinds), replace=False)
    for row, kind in zip(rows, kinds):
        right = batch.loc[row, "reference"]
        batch.loc[row, "label"] = {"wrong_class": CONFUSED[right], "format": rng.choice([right.title(), right + " "]),
                                   "blank": "", "unknown_class": rng.choice(["complaint", "shipping", "退款"])}[kind]
    repeats = batch.loc[rng.choice(np.setdiff1d(np.arange(n), rows), PLANTED["duplicate"], replace=False)]
    batch = pd.concat([batch, repeats], ignore_index=True)
    batch = batch.iloc[np.concatenate([np.arange(n), n + np.arange(len(repeats))])].reset_index(drop=True)
    batch[["item_id", "text", "label"]].to_csv(HERE / "junior_batch.csv", index=False, lineterminator="\n")
    items[["item_id", "reference"]].to_csv(HERE / "reference.csv", index=False, lineterminator="\n")
    types = []
    seen = set()
    for item, label, right in zip(batch["item_id"], batch["label"], batch["reference"]):
        types.append("duplicate" if item in seen else "blank" if label == "" else
                     ("format" if label.strip().lower() in CLASSES else "unknown_class") if label not in CLASSES else
                     "wrong_class" if label != right else "ok")
        seen.add(item)
    counts = {k: types.count(k) for k in sorted(set(types)) if k != "ok"}
    gold = {"types": types, "counts": counts,
            "examples": {k: [i for i, t in zip(batch["item_id"], types) if t == k] for k in counts}}
    ids = [f"P{k:02d}" for k in range(1, 41)]
    practice = [str(t) for t in rng.choice(["ok"] * 5 + sorted(PLANTED), len(ids))]
    (HERE / "practice_types.json").write_text(json.dumps({"item_id": ids, "types": practice}) + "\n", encoding="utf-8")
    gold["practice_summary"] = {k: {"count": practice.count(k), "examples": [i for i, t in zip(ids, practice) if t == k]}
                                for k in sorted(set(practice) - {"ok"})}
    # a second, released summary: the input on which the feedback of Task 3 is checked
    counts = rng.choice([1, 2, 3, 5, 8], len(PLANTED))
    feedback_input = {k: {"count": int(c), "examples": [f"F{k[:2].upper()}{j}" for j in range(1, int(c) + 1)]}
                      for k, c in zip(sorted(PLANTED), counts)}
    (HERE / "feedback_summary.json").write_text(json.dumps(feedback_input, indent=1) + "\n", encoding="utf-8")
    (HERE / "planted.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
