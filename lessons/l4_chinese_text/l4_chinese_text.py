# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l4_chinese_text
#     level: 4
#     title: {en: "Chinese text processing: segmentation, stop words and keywords", zh: 中文文本处理：分词、停用词与关键词}
#     datasets: [shop_reviews_zh/reviews.csv, shop_reviews_zh/stopwords.txt]
# ---

# %% [markdown] lang="en"
# # Chinese text processing: segmentation, stop words and keywords
#
# The shop's product team reads reviews one by one and asks you: "What do unhappy customers
# complain about, across all products?" To answer with numbers you must first turn each
# review into words. English puts spaces between words; Chinese does not, so the first step
# is **word segmentation**: a segmenter (here the widely used `jieba`) splits
# `物流很快` into `物流 / 很快`. Then you drop **stop words** (的, 了, 很, punctuation: words
# that occur everywhere and say nothing), count words, and weigh them with **TF-IDF** so
# that words typical of some reviews rise above words common to all.
#
# **How this lesson works.** Complete each function, run it, then run the check cell below
# it; hidden checks use other texts when grading. Stuck? Run `hint("task_id")`, e.g.
# `hint("segment")`.

# %% [markdown] lang="zh"
# # 中文文本处理：分词、停用词与关键词
#
# 网店的产品团队一条条地读评论，然后问你：“不满意的客户，在所有商品上都抱怨些什么？”要用数字来
# 回答，先得把每条评论变成词。英文的词之间有空格，中文没有，所以第一步是**分词**：分词工具（这里
# 用常见的 `jieba`）把 `物流很快` 切成 `物流 / 很快`。然后去掉**停用词**（的、了、很、标点：到处都
# 出现、却不说明任何问题的词），统计词频，再用 **TF-IDF** 给词加权，让只在部分评论里常见的词
# 排到所有评论都有的词前面。
#
# **本课怎么学。** 补全每个函数，运行它，再运行下面的检查单元格；评分时隐藏检查会用其他文本。
# 卡住了？运行 `hint("任务编号")`，例如 `hint("segment")`。

# %%
import logging
from collections import Counter
from pathlib import Path

import jieba
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from course import check, expect, hint

jieba.setLogLevel(logging.WARNING)  # no start-up messages from jieba's dictionary loader
reviews = pd.read_csv("reviews.csv")
stopwords = set(Path("stopwords.txt").read_text(encoding="utf-8").split())
print(jieba.lcut(reviews["text"].iloc[0]))
reviews.head()

# %% [markdown] lang="en"
# ## Task 1 · `segment`: teach the segmenter the shop's words
#
# Look at the first review above: jieba cuts `扫地机器人` (robot vacuum) into `扫地` and
# `机器人`, so the product would be counted as two unrelated words. A segmenter knows the
# words of its dictionary; a domain has words it lacks. `jieba.add_word(word)` adds one.
#
# Complete `segment(text)`: make sure every word in `SHOP_WORDS` is in jieba's dictionary,
# then return `jieba.lcut(text)` (a list of words).

# %% [markdown] lang="zh"
# ## 任务 1 · `segment`：让分词工具认识网店的词
#
# 看上面第一条评论：jieba 把 `扫地机器人` 切成了 `扫地` 和 `机器人`，这样一件商品会被当成两个
# 不相关的词来统计。分词工具只认识词典里的词，而每个行业都有词典里没有的词。`jieba.add_word(词)`
# 可以添加一个词。
#
# 请补全 `segment(text)`：确保 `SHOP_WORDS` 中的每个词都在 jieba 的词典里，然后返回
# `jieba.lcut(text)`（一个词的列表）。

# %%
SHOP_WORDS = ["扫地机器人", "电热水壶", "蓝牙耳机", "充电盒"]


# %% answer="segment"
def segment(text):
    """Return the words of `text`, segmented by jieba with SHOP_WORDS in its dictionary.

    返回用 jieba 切分 `text` 得到的词列表（词典中已加入 SHOP_WORDS）。
    """
    ### BEGIN SOLUTION
    for word in SHOP_WORDS:
        jieba.add_word(word)
    return jieba.lcut(text)
    ### END SOLUTION


# %% tests="segment" points=1 assesses="L4.1.2,L5.2.1"
check("segment",
      expect(lambda: "扫地机器人" in segment("扫地机器人很好用"),
             en="扫地机器人 should stay one word.",
             zh="扫地机器人 应当是一个词。"),
      expect(lambda: "".join(segment("物流很快，包装完好。")) == "物流很快，包装完好。",
             en="Segmenting only cuts the text: joined together, the words give back the text.",
             zh="分词只是切开文本：把词连起来应得到原文。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("segment", words=[segment(t) for t in ["蓝牙耳机的充电盒坏了", "电热水壶烧水很快"]])
### END HIDDEN TESTS


# %% judge="segment"
import logging

import jieba

jieba.setLogLevel(logging.WARNING)


def judge(answer, gold):
    for word in ["扫地机器人", "电热水壶", "蓝牙耳机", "充电盒"]:
        jieba.add_word(word)
    expected = [jieba.lcut(t) for t in ["蓝牙耳机的充电盒坏了", "电热水壶烧水很快"]]
    return all_of(
        rule(answer["words"] == expected,
             en="On other reviews, the words are not jieba's segmentation with every shop word kept whole.",
             zh="在其他评论上，结果不是 jieba 的分词，或者没有把网店的词整个保留。"))


# %% [markdown] hint="segment" lang="en"
# A `for` loop over `SHOP_WORDS` that hands each word to jieba's `add_word`, then the `return`.
# Adding a word twice does no harm.

# %% [markdown] hint="segment" lang="zh"
# 对 `SHOP_WORDS` 写一个 `for` 循环，把每个词交给 jieba 的 `add_word`，然后 `return`。同一个词
# 加两次也没有关系。

# %% [markdown] lang="en"
# ## Task 2 · `clean_tokens`: drop the words that say nothing
#
# Complete `clean_tokens(words, stopwords)`: return the words of the list `words`, in
# order, without those in the set `stopwords` and without tokens that are only whitespace
# (`token.strip() == ""`).

# %% [markdown] lang="zh"
# ## 任务 2 · `clean_tokens`：去掉不说明问题的词
#
# 请补全 `clean_tokens(words, stopwords)`：按原顺序返回列表 `words` 中的词，去掉在集合
# `stopwords` 里的词，以及只由空白组成的词（`token.strip() == ""`）。

# %% answer="clean_tokens"
def clean_tokens(words, stopwords):
    """Return `words` without stop words and whitespace-only tokens, in order.

    按原顺序返回去掉停用词和纯空白词之后的 `words`。
    """
    ### BEGIN SOLUTION
    return [word for word in words if word not in stopwords and word.strip() != ""]
    ### END SOLUTION


# %% tests="clean_tokens" points=1 assesses="L4.1.2"
check("clean_tokens",
      expect(lambda: clean_tokens(["物流", "很", "快", "，", " "], {"很", "，"}) == ["物流", "快"],
             en='clean_tokens(["物流", "很", "快", "，", " "], {"很", "，"}) should give ["物流", "快"].',
             zh='clean_tokens(["物流", "很", "快", "，", " "], {"很", "，"}) 应得到 ["物流", "快"]。'))
### BEGIN HIDDEN TESTS
from course import submit
submit("clean_tokens", kept=clean_tokens(["质量", "的", "\u3000", "差", "了", "差"], {"的", "了"}))
### END HIDDEN TESTS


# %% judge="clean_tokens"
def judge(answer, gold):
    return all_of(
        rule(answer["kept"] == ["质量", "差", "差"],
             en="On other words, stop words or whitespace tokens remain, or words were lost or reordered.",
             zh="在其他词上，仍有停用词或纯空白词，或者丢了词、顺序变了。"))


# %% [markdown] hint="clean_tokens" lang="en"
# A list comprehension with one `if` holding both conditions joined by `and`.

# %% [markdown] hint="clean_tokens" lang="zh"
# 用一个列表推导式，`if` 里用 `and` 连接两个条件。

# %% [markdown] lang="en"
# ## Task 3 · `top_words`: what comes up most often?
#
# Complete `top_words(token_lists, k)`: count every word over all the lists in
# `token_lists` and return the `k` most frequent as a list of `(word, count)` pairs, by
# count from high to low, and by word (`sorted` order) when counts are equal.

# %% [markdown] lang="zh"
# ## 任务 3 · `top_words`：哪些词出现得最多？
#
# 请补全 `top_words(token_lists, k)`：统计 `token_lists` 中所有列表里每个词出现的次数，返回出现
# 最多的 `k` 个词，形式为 `(词, 次数)` 对组成的列表，按次数从高到低排列，次数相同时按词排序
# （`sorted` 的顺序）。

# %% answer="top_words"
def top_words(token_lists, k):
    """Return the k most frequent words over all lists as (word, count), by count, then word.

    返回所有列表中出现最多的 k 个词，形式为 (词, 次数)，先按次数、再按词排序。
    """
    ### BEGIN SOLUTION
    counts = Counter(word for tokens in token_lists for word in tokens)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
    ### END SOLUTION


# %% tests="top_words" points=2 assesses="L5.2.2,fundamentals"
check("top_words",
      expect(lambda: top_words([["客服", "慢"], ["客服", "好"], ["物流", "慢"]], 2) == [("客服", 2), ("慢", 2)],
             en="The two most frequent words here are 客服 and 慢, twice each, in sorted order.",
             zh="这里出现最多的两个词是 客服 和 慢，各 2 次，按排序顺序排列。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("top_words", top=[list(pair) for pair in top_words([["b", "a", "c"], ["c", "a"], ["a", "d", "b"]], 3)])
### END HIDDEN TESTS


# %% judge="top_words"
def judge(answer, gold):
    return all_of(
        rule(answer["top"] == [["a", 3], ["b", 2], ["c", 2]],
             en="On other lists, the counts or their order (count high to low, then word) are wrong.",
             zh="在其他列表上，次数或排序（先按次数从高到低，再按词）不对。"))


# %% [markdown] hint="top_words" lang="en"
# `Counter` counts; `Counter.most_common` does not promise an order among equal counts, so
# sort the `(word, count)` pairs yourself with `key=lambda pair: (-pair[1], pair[0])`.

# %% [markdown] hint="top_words" lang="zh"
# `Counter` 负责计数；`Counter.most_common` 不保证次数相同的词的顺序，所以要自己用
# `key=lambda pair: (-pair[1], pair[0])` 对 `(词, 次数)` 排序。

# %%
review_tokens = [clean_tokens(segment(text), stopwords) for text in reviews["text"]]
top_words(review_tokens, 10)

# %% [markdown] lang="en"
# ## Task 4 · `tfidf_table`: weigh words by how typical they are
#
# A raw count favours words every review uses. **TF-IDF** multiplies how often a word
# occurs in one review (term frequency) by how rare it is across reviews (inverse document
# frequency), so a word in every review weighs little. scikit-learn computes it:
# `TfidfVectorizer(analyzer=lambda tokens: tokens)` accepts reviews that are already lists
# of words, `fit_transform(token_lists)` returns the matrix, and
# `get_feature_names_out()` the words of its columns.
#
# Complete `tfidf_table(token_lists)`: return a DataFrame with one row per review and one
# column per word (in the order `get_feature_names_out()` gives), holding the TF-IDF
# weights (`.toarray()` turns the matrix into an ordinary array).

# %% [markdown] lang="zh"
# ## 任务 4 · `tfidf_table`：按“典型程度”给词加权
#
# 原始次数偏向每条评论都用的词。**TF-IDF** 把一个词在某条评论中出现的频率（词频）乘以它在所有
# 评论中的稀有程度（逆文档频率），所以每条评论都有的词权重很小。scikit-learn 可以计算它：
# `TfidfVectorizer(analyzer=lambda tokens: tokens)` 接受已经切成词列表的评论，
# `fit_transform(token_lists)` 返回矩阵，`get_feature_names_out()` 返回各列对应的词。
#
# 请补全 `tfidf_table(token_lists)`：返回一个 DataFrame，每条评论一行，每个词一列（顺序与
# `get_feature_names_out()` 相同），值为 TF-IDF 权重（`.toarray()` 把矩阵变成普通数组）。

# %% answer="tfidf_table"
def tfidf_table(token_lists):
    """Return the TF-IDF weights of `token_lists`: one row per list, one column per word.

    返回 `token_lists` 的 TF-IDF 权重表：每个列表一行，每个词一列。
    """
    ### BEGIN SOLUTION
    vectorizer = TfidfVectorizer(analyzer=lambda tokens: tokens)
    matrix = vectorizer.fit_transform(token_lists)
    return pd.DataFrame(matrix.toarray(), columns=vectorizer.get_feature_names_out())
    ### END SOLUTION


# %% tests="tfidf_table" points=2 assesses="L4.1.2,fundamentals"
_tt = lambda: tfidf_table([["客服", "慢"], ["客服", "好"], ["物流", "慢"]])
check("tfidf_table",
      expect(lambda: _tt().shape == (3, 4) and list(_tt().columns) == ["好", "客服", "慢", "物流"],
             en="Three reviews and four distinct words give a 3 × 4 table, columns in sorted word order.",
             zh="三条评论、四个不同的词，应得到 3 × 4 的表，各列按词的排序顺序排列。"),
      expect(lambda: _tt().loc[1, "好"] > _tt().loc[1, "客服"],
             en="In the second review, 好 (in one review only) should weigh more than 客服 (in two).",
             zh="在第二条评论里，好（只出现在一条评论中）的权重应大于 客服（出现在两条中）。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("tfidf_table", table=tfidf_table([["质量", "差", "差"], ["质量", "好"], ["退货", "慢", "差"]]))
### END HIDDEN TESTS


# %% judge="tfidf_table"
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer


def judge(answer, gold):
    vectorizer = TfidfVectorizer(analyzer=lambda tokens: tokens)
    matrix = vectorizer.fit_transform([["质量", "差", "差"], ["质量", "好"], ["退货", "慢", "差"]])
    expected = pd.DataFrame(matrix.toarray(), columns=vectorizer.get_feature_names_out())
    table = answer["table"]
    return all_of(
        rule(isinstance(table, pd.DataFrame) and list(table.columns) == list(expected.columns)
             and table.shape == expected.shape
             and bool(((table.to_numpy(dtype=float) - expected.to_numpy()) ** 2).sum() < 1e-18),
             en="On other reviews, the table is not scikit-learn's TF-IDF (default settings) with one column per word.",
             zh="在其他评论上，结果不是 scikit-learn 默认设置下的 TF-IDF 表（每个词一列）。"))


# %% [markdown] hint="tfidf_table" lang="en"
# Keep the fitted vectorizer in a variable: you need it twice, for the matrix and for the
# column names.

# %% [markdown] hint="tfidf_table" lang="zh"
# 把拟合好的向量化器存进一个变量：矩阵和列名都要用到它。

# %% [markdown] lang="en"
# ## Task 5 · `class_keywords`: what do unhappy customers write about?
#
# Complete `class_keywords(table, labels, label, k)`: take the rows of `table` whose entry
# in the list `labels` equals `label`, average each word's TF-IDF weight over them, and
# return the `k` words with the highest averages, high to low, by word when equal.

# %% [markdown] lang="zh"
# ## 任务 5 · `class_keywords`：不满意的客户在写什么？
#
# 请补全 `class_keywords(table, labels, label, k)`：取出 `table` 中在列表 `labels` 里对应值等于
# `label` 的行，对每个词求这些行的 TF-IDF 平均值，返回平均值最高的 `k` 个词，从高到低排列，平均值
# 相同时按词排序。

# %% answer="class_keywords"
def class_keywords(table, labels, label, k):
    """Return the k words with the highest mean TF-IDF over the rows labeled `label`.

    返回标签为 `label` 的各行中 TF-IDF 平均值最高的 k 个词。
    """
    ### BEGIN SOLUTION
    rows = table[[value == label for value in labels]]
    means = rows.mean()
    ranked = sorted(means.items(), key=lambda pair: (-pair[1], pair[0]))
    return [word for word, _ in ranked[:k]]
    ### END SOLUTION


# %% tests="class_keywords" points=2 assesses="L4.1.2,L5.2.2"
_ck_table = pd.DataFrame({"慢": [0.8, 0.0, 0.6], "好": [0.0, 0.9, 0.0], "客服": [0.6, 0.4, 0.0], "破": [0.0, 0.0, 0.8]})
check("class_keywords",
      expect(lambda: class_keywords(_ck_table, ["neg", "pos", "neg"], "neg", 2) == ["慢", "破"],
             en="For the two 'neg' rows, 慢 averages 0.7 and 破 0.4: the top two are 慢 and 破.",
             zh="对两行 'neg'，慢 的平均值为 0.7，破 为 0.4：前两个是 慢 和 破。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("class_keywords", words=class_keywords(_ck_table, ["pos", "pos", "neg"], "pos", 3))
### END HIDDEN TESTS


# %% judge="class_keywords"
def judge(answer, gold):
    return all_of(
        rule(answer["words"] == ["客服", "好", "慢"],
             en="For another class, the words or their order (mean weight high to low, then word) are wrong.",
             zh="换一个类别后，词或它们的顺序（平均权重从高到低，再按词）不对。"))


# %% [markdown] hint="class_keywords" lang="en"
# `table[[value == label for value in labels]]` keeps the matching rows; `.mean()` of a
# DataFrame gives one mean per column, a Series whose `.items()` are (word, mean) pairs.

# %% [markdown] hint="class_keywords" lang="zh"
# `table[[value == label for value in labels]]` 保留匹配的行；DataFrame 的 `.mean()` 对每列求一个
# 平均值，得到一个 Series，它的 `.items()` 是 (词, 平均值) 对。

# %% [markdown] lang="en"
# ## The answer for the product team
#
# Raw counts and TF-IDF keywords of the negative reviews, side by side:

# %% [markdown] lang="zh"
# ## 给产品团队的答案
#
# 负面评论的原始高频词和 TF-IDF 关键词并排对比：

# %%
negative = [tokens for tokens, label in zip(review_tokens, reviews["label"]) if label == "negative"]
weights = tfidf_table(review_tokens)
print("counts:", top_words(negative, 8))
print("TF-IDF:", class_keywords(weights, list(reviews["label"]), "negative", 8))

# %% [markdown] lang="en"
# ## Task 6 · `keyword_report` (written, graded by your instructor)
#
# In 3–5 sentences, answer the product team from the two lists above: what do unhappy
# customers complain about across products, why the TF-IDF list ranks words differently
# from the raw counts, and one limit of drawing conclusions from 24 reviews and keywords
# alone.

# %% [markdown] lang="zh"
# ## 任务 6 · `keyword_report`（书面作答，由老师评分）
#
# 请根据上面两份词表，用 3–5 句话回答产品团队：不满意的客户在各类商品上都抱怨什么；TF-IDF 词表
# 的排序为什么和原始高频词不同；以及只凭 24 条评论和关键词下结论有什么局限。

# %% [markdown] manual="keyword_report" points=2 assesses="L4.1.2,L5.2.2"
# **Model answer.** Across products, unhappy customers write mostly about returns (退货),
# customer service that does not answer (客服, 回复) and quality (质量, 差), more than about
# any one product. Raw counts also rank words such as 用 or 三天 that occur in many
# reviews of both kinds; TF-IDF weighs a word by how often it occurs in a review and how
# rare it is across all reviews, so words concentrated in a few reviews rise and everyday
# words sink. The limits: 24 reviews is a small, course-written sample, keywords lose
# negation and context (不 + 回复), and segmentation errors split or merge words, so the
# findings should be checked by reading the reviews behind each keyword and on more data
# before the team acts on them.
#
# **Rubric (2 points).** 1 point: names the recurring complaint themes (returns, service,
# quality) read from the lists. 1 point: explains why TF-IDF differs from counts (rarity
# across reviews) or states a real limit (small sample, lost negation or context,
# segmentation errors), with a way to check. 0 for listing words without interpreting them.

# %% [markdown] lang="en"
# ## What you did
#
# You segmented Chinese text with a domain dictionary, removed stop words, counted words,
# weighed them with TF-IDF and read off what each class of reviews is about: the steps
# behind every keyword report and behind many text models' features.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你用加入了行业词的词典对中文分词，去掉了停用词，统计了词频，用 TF-IDF 加权，并读出了每一类
# 评论在说什么：这正是各种关键词报告、以及许多文本模型特征背后的步骤。
