"""Generate the support-ticket label sets of the labeling lessons (L4 auditing, L3 AI-assisted).

The messages are invented by this project: short customer-service messages of an invented
online shop, each written in Chinese and English, built from the phrase banks below. Each
message has one TRUE intent (the class a careful expert gives it under the lesson's spec).
Then simulated annotators label the messages, each with a documented error rate.

Writes, beside this file:
  tickets_team.csv     240 messages, labels of four annotators (ann_a, ann_b, ann_c on every
                       message, ann_d on about 55 % of them; blank = not labeled)
  tickets_vendor.csv   360 other messages, one label each from an outsourcing vendor
  tickets_pool.csv     30 new, unlabeled messages (AI-assisted labeling)
  gold_team.csv        the true intent of every team message      (gold: judges only)
  gold_vendor.csv      the true intent of every vendor message    (gold: judges only)
  gold_pool.csv        the true intent of every pool message      (gold: judges only)

Run from anywhere:  python datasets/support_tickets/generate.py
The output is byte-for-byte the same on every run (fixed seed, no network, no clock).
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260411
HERE = Path(__file__).parent
CLASSES = ["refund", "delivery", "quality", "account"]

# what the customer mainly asks for, per intent: (English, Chinese)
CORE = {
    "refund": [
        ("I want my money back", "我要退款"),
        ("please refund this order", "请给这个订单退款"),
        ("when will the refund reach my card", "退款什么时候到我的卡上"),
        ("I cancelled the order, where is my refund", "订单已取消，退款在哪里"),
        ("I was charged twice, please return one payment", "被扣了两次钱，请退回一笔"),
        ("how do I return this and get a refund", "怎么退货退款"),
        ("the refund you promised has not arrived", "答应的退款还没到账"),
        ("I want to cancel and be paid back", "我想取消订单并退钱"),
        ("please send the money back to my Alipay", "请把钱退回我的支付宝"),
        ("the price dropped the next day, refund the difference", "第二天就降价了，请退差价"),
    ],
    "delivery": [
        ("my parcel has not arrived yet", "我的包裹还没到"),
        ("the tracking number shows nothing", "物流单号查不到任何信息"),
        ("the courier left the box at the wrong door", "快递员把箱子放错了门口"),
        ("when will my order be shipped", "我的订单什么时候发货"),
        ("please change my delivery address", "请修改我的收货地址"),
        ("the parcel is stuck in Wuhan for five days", "包裹在武汉停了五天"),
        ("the courier never called me", "快递员一直没给我打电话"),
        ("the box says delivered but I got nothing", "显示已签收但我什么都没收到"),
        ("can you deliver on Saturday instead", "能改成周六送货吗"),
        ("the delivery is a week late", "送货晚了一个星期"),
    ],
    "quality": [
        ("the cup arrived cracked", "杯子到的时候就裂了"),
        ("the shirt shrank after one wash", "衬衫洗了一次就缩水了"),
        ("the charger gets very hot", "充电器发烫得厉害"),
        ("the colour is different from the photo", "颜色和图片不一样"),
        ("a button fell off on the first day", "第一天扣子就掉了"),
        ("the screen has a dead pixel", "屏幕有一个坏点"),
        ("the zip broke after two days", "拉链两天就坏了"),
        ("the food smells strange", "食品有一股怪味"),
        ("the size is much smaller than the chart", "尺码比尺码表小很多"),
        ("the headphones only work on one side", "耳机只有一边有声音"),
    ],
    "account": [
        ("I cannot log in to my account", "我登录不了账号"),
        ("I forgot my password", "我忘记密码了"),
        ("please change the phone number on my account", "请修改账号绑定的手机号"),
        ("my coupon does not show in my account", "我的优惠券在账户里不显示"),
        ("the verification code never arrives", "一直收不到验证码"),
        ("please delete my account", "请注销我的账号"),
        ("my membership points disappeared", "我的会员积分不见了"),
        ("someone else logged in to my account", "有人登录了我的账号"),
        ("I cannot update my nickname", "改不了昵称"),
        ("my account was locked", "我的账号被锁定了"),
    ],
}
# background that mentions another intent without being the request (makes hard messages)
CONTEXT = {
    "refund": [("I already paid", "我已经付款了"), ("I paid with a coupon", "我用优惠券付的款")],
    "delivery": [("the parcel came yesterday", "包裹昨天到了"), ("the courier was fast", "快递很快")],
    "quality": [("the product itself is fine", "东西本身没问题"), ("I like the design", "款式我很喜欢")],
    "account": [("I ordered from my new account", "我用新账号下的单"), ("I logged in on my phone", "我用手机登录的")],
}
OPENERS = [("", ""), ("Hello, ", "你好，"), ("Hi, ", "您好，"), ("Excuse me, ", "请问，"),
           ("Order 5521: ", "订单5521："), ("Dear shop, ", "亲，")]
CLOSERS = [("", ""), (", thanks", "，谢谢"), (", please help", "，麻烦处理一下"),
           (", this is urgent", "，很急"), ("!", "！"), (", reply soon", "，请尽快回复")]

# annotators: share of ordinary messages they label wrongly (see HARD_FACTOR for hard ones)
TEAM_ERROR = {"ann_a": 0.04, "ann_b": 0.08, "ann_c": 0.12, "ann_d": 0.20}
ANN_D_COVERAGE = 0.55          # ann_d joined late and labeled only part of the batch
VENDOR_ERROR = 0.14            # the vendor's one-pass labels
POOL_SIZE = 30                 # new, unlabeled messages for AI-assisted labeling (L3 lesson)
HARD_SHARE = 0.25              # messages with background about another intent
HARD_FACTOR = 3                # hard messages are mislabeled three times as often ...
HARD_PULL = 0.8                # ... and then mostly with the background's intent
# a wrong label is not uniform: annotators confuse refund<->quality and delivery<->refund most
CONFUSION = {
    "refund": {"quality": 0.5, "delivery": 0.3, "account": 0.2},
    "delivery": {"refund": 0.5, "quality": 0.3, "account": 0.2},
    "quality": {"refund": 0.6, "delivery": 0.3, "account": 0.1},
    "account": {"refund": 0.5, "delivery": 0.3, "quality": 0.2},
}


def messages(rng: np.random.Generator, n: int, prefix: str) -> pd.DataFrame:
    intents = rng.choice(CLASSES, size=n)
    hard = rng.random(n) < HARD_SHARE
    rows = []
    for i, (intent, is_hard) in enumerate(zip(intents, hard)):
        core_en, core_zh = CORE[intent][rng.integers(len(CORE[intent]))]
        open_en, open_zh = OPENERS[rng.integers(len(OPENERS))]
        close_en, close_zh = CLOSERS[rng.integers(len(CLOSERS))]
        en, zh, other = core_en, core_zh, ""
        if is_hard:
            other = str(rng.choice([c for c in CLASSES if c != intent]))
            ctx_en, ctx_zh = CONTEXT[other][rng.integers(len(CONTEXT[other]))]
            en, zh = f"{ctx_en}, but {core_en}", f"{ctx_zh}，但是{core_zh}"
        en = open_en + (en[0].upper() + en[1:] if not open_en or open_en.endswith(": ") else en) + close_en
        rows.append({"id": f"{prefix}{i + 1:03d}", "text_zh": open_zh + zh + close_zh, "text_en": en,
                     "intent": intent, "hard": bool(is_hard), "background": other if is_hard else ""})
    return pd.DataFrame(rows)


def wrong_label(rng: np.random.Generator, intent: str) -> str:
    options = CONFUSION[intent]
    return str(rng.choice(list(options), p=list(options.values())))


def annotate(rng: np.random.Generator, truth: pd.DataFrame, error: float) -> list[str]:
    """A hard message is mislabeled HARD_FACTOR times as often, and then mostly (HARD_PULL)
    with the intent of its background: the annotator labeled the first topic they read."""
    labels = []
    for intent, hard, background in zip(truth["intent"], truth["hard"], truth["background"]):
        if rng.random() >= min(error * (HARD_FACTOR if hard else 1), 0.8):
            labels.append(intent)
        elif hard and rng.random() < HARD_PULL:
            labels.append(background)
        else:
            labels.append(wrong_label(rng, intent))
    return labels


def main() -> None:
    rng = np.random.default_rng(SEED)
    team = messages(rng, 240, "t")
    for annotator, error in TEAM_ERROR.items():
        team[annotator] = annotate(rng, team, error)
    missing = rng.random(len(team)) >= ANN_D_COVERAGE
    team.loc[missing, "ann_d"] = ""
    vendor = messages(rng, 360, "v")
    vendor["label"] = annotate(rng, vendor, VENDOR_ERROR)
    pool = messages(rng, POOL_SIZE, "q")
    options = {"index": False, "encoding": "utf-8", "lineterminator": "\n"}
    team[["id", "text_zh", "text_en", "ann_a", "ann_b", "ann_c", "ann_d"]].to_csv(HERE / "tickets_team.csv", **options)
    vendor[["id", "text_zh", "text_en", "label"]].to_csv(HERE / "tickets_vendor.csv", **options)
    team[["id", "intent", "hard", "background"]].to_csv(HERE / "gold_team.csv", **options)
    vendor[["id", "intent", "hard", "background"]].to_csv(HERE / "gold_vendor.csv", **options)
    pool[["id", "text_zh", "text_en"]].to_csv(HERE / "tickets_pool.csv", **options)
    pool[["id", "intent", "hard", "background"]].to_csv(HERE / "gold_pool.csv", **options)


if __name__ == "__main__":
    main()
