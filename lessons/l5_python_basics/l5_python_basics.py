# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_python_basics
#     level: 5
#     title: {en: "Python for AI trainers, from zero", zh: "零基础 Python：人工智能训练师入门"}
#     datasets: [review_labels/review_labels.txt]
# ---

# %% [markdown] lang="en"
# # Python for AI trainers, from zero
#
# Welcome! This lesson is for you if you have **never programmed before**. An AI trainer
# spends much of the day with labels: counting them, checking them, reading the files that
# labeling tools export, and fixing the lines that are broken. A few lines of Python do
# this in a second, for ten lines or ten million, and always the same way.
#
# You will learn just enough Python to do exactly that: values, lists, dictionaries,
# functions, files, errors, and how to read an error message without panic. Every task is
# a small function that you will really use with label files.
#
# ## What is this page? Cells, and how to run them
#
# This page is a **notebook**. It is made of boxes called **cells**:
#
# * **Text cells** (like this one) explain things. You only read them.
# * **Code cells** hold Python code. They have a grey background and `[ ]:` on their left.
#
# To **run** a code cell, click into it and press **Shift + Enter** (or the ▶ button in the
# toolbar). Python executes the code, shows the result under the cell, and moves you to
# the next cell. While a cell runs you see `[*]`; when it has finished, a number such as
# `[3]`, which says it was the third cell to run.
#
# Behind the page, a program called the **kernel** runs your code and *remembers* what you
# created: a name you define in one cell can be used in every cell you run after it. This
# is why the **order** matters: run the cells from top to bottom. If things get confusing,
# use the menu **Kernel → Restart Kernel and Run All Cells…** (in some versions **Run → Run
# All Cells** after a restart) to start again from a clean state; your code is kept, only
# the kernel's memory is wiped.
#
# Try it now: click into the next cell and press Shift + Enter.

# %% [markdown] lang="zh"
# # 零基础 Python：人工智能训练师入门
#
# 欢迎！如果你**从来没有写过程序**，这一课就是为你准备的。人工智能训练师每天有很多时间在和标签
# 打交道：统计标签、检查标签、读取标注工具导出的文件、修正其中坏掉的行。几行 Python 代码一秒钟
# 就能完成这些工作，不管是十行还是一千万行，而且每次做法都完全一样。
#
# 你将学到刚好够用的 Python：值、列表、字典、函数、文件、错误，以及怎样不慌不忙地读懂报错信息。
# 每个任务都是一个小函数，处理标签文件时真的用得上。
#
# ## 这个页面是什么？单元格以及怎样运行它
#
# 这个页面叫做**笔记本**（notebook），由一个个叫做**单元格**（cell）的方框组成：
#
# * **文本单元格**（比如这一个）用来讲解，你只需要阅读。
# * **代码单元格**里是 Python 代码，背景是灰色的，左边有 `[ ]:`。
#
# 要**运行**一个代码单元格，先点进去，再按 **Shift + Enter**（或者点工具栏上的 ▶ 按钮）。
# Python 会执行其中的代码，把结果显示在单元格下面，并把你带到下一个单元格。单元格运行时左边显示
# `[*]`；运行完后显示一个数字，比如 `[3]`，表示它是第三个运行的单元格。
#
# 页面背后有一个叫做**内核**（kernel）的程序在运行你的代码，并且会*记住*你创建的东西：在一个单元格
# 里定义的名字，在之后运行的所有单元格里都能使用。所以**顺序**很重要：请从上往下依次运行。如果
# 弄乱了，可以用菜单 **Kernel → Restart Kernel and Run All Cells…**（有的版本是重启后再点
# **Run → Run All Cells**）从干净的状态重新开始：你写的代码都在，只是内核的记忆被清空了。
#
# 现在就试试：点进下一个单元格，按 Shift + Enter。

# %%
print("Hello, trainer! 你好，训练师！")
1 + 2

# %% [markdown] lang="en"
# Two things appeared under the cell. `print(...)` shows whatever you give it. And when the
# **last line** of a cell is a value, such as `1 + 2`, the notebook shows that value too,
# marked `Out[...]`.
#
# The next cell loads the tools of this course. **Run it before anything else**; if you
# restart the kernel later, run it again.
#
# * `check("task_id")` tests your answer to a task and tells you what is still wrong. Each
#   task has a locked check cell right under it: run it after your answer cell.
# * `hint("task_id")` shows a hint; run it again for the next one.
#
# When you hand in the notebook, a few more **hidden** checks try your functions on other
# data, so write what the task describes, not only what makes the visible examples pass.

# %% [markdown] lang="zh"
# 单元格下面出现了两样东西。`print(...)` 会把你给它的内容显示出来。另外，如果单元格的**最后一行**
# 是一个值，比如 `1 + 2`，笔记本也会把这个值显示出来，并标上 `Out[...]`。
#
# 下一个单元格会加载本课程的工具。**请最先运行它**；如果之后重启了内核，需要再运行一次。
#
# * `check("任务编号")` 检查你对某个任务的答案，并告诉你哪里还不对。每个任务下面都有一个锁定的
#   检查单元格：先运行你的答案单元格，再运行它。
# * `hint("任务编号")` 显示一条提示；再运行一次可以看下一条。
#
# 提交笔记本后，还会有几项**隐藏**检查用别的数据测试你的函数，所以请按任务的描述来写，
# 而不只是让看得到的例子通过。

# %%
from course import check, expect, hint

# %% [markdown] lang="en"
# ## 1 · Values and names
#
# Python works with **values**. The ones you will meet most:
#
# | kind | examples | Python calls it |
# |---|---|---|
# | whole numbers | `3`, `-1`, `2026` | `int` |
# | decimal numbers | `0.5`, `98.6` | `float` |
# | text | `"positive"`, `'北京'` (in quotes) | `str` (a *string*) |
# | yes / no | `True`, `False` | `bool` |
# | nothing | `None` | `NoneType` |
#
# You give a value a **name** with `=`: `label = "positive"` means "from now on, `label`
# stands for the text `"positive"`". The `=` is not "equals" as in maths; it is "put this
# value into this name". To *compare* two values, Python uses `==`.
#
# Text has useful **methods**: actions you call with a dot after the value. `.strip()`
# removes spaces (and line breaks) at both ends, `.lower()` makes every letter small. Run
# the cell and look at each result.

# %% [markdown] lang="zh"
# ## 1 · 值和名字
#
# Python 处理的是各种**值**。最常见的有：
#
# | 种类 | 例子 | Python 的叫法 |
# |---|---|---|
# | 整数 | `3`、`-1`、`2026` | `int` |
# | 小数 | `0.5`、`98.6` | `float` |
# | 文本 | `"positive"`、`'北京'`（写在引号里） | `str`（*字符串*） |
# | 是 / 否 | `True`、`False` | `bool` |
# | 什么都没有 | `None` | `NoneType` |
#
# 用 `=` 给值起一个**名字**：`label = "positive"` 的意思是“从现在起，`label` 就代表文本
# `"positive"`”。这里的 `=` 不是数学里的“等于”，而是“把这个值放进这个名字”。要*比较*两个值
# 是否相等，Python 用 `==`。
#
# 文本有一些很有用的**方法**：在值后面加一个点来调用的操作。`.strip()` 去掉两端的空格（和换行），
# `.lower()` 把所有字母变成小写。运行下面的单元格，看看每个结果。

# %%
label = "  Positive\n"
print(type(label))           # what kind of value is it?
print(repr(label))           # repr shows the hidden spaces and the line break \n
print(repr(label.strip()))   # spaces and line break removed at both ends
print(label.strip().lower()) # methods can be chained: first strip, then lower
print(label.strip().lower() == "positive")

# %% [markdown] lang="en"
# Everything after a `#` on a line is a **comment**: a note for humans that Python ignores.
#
# ## Task 1 · `tidy_label`: your first function
#
# Annotators type labels in many ways: `"Positive"`, `" positive "`, `"POSITIVE"`. For a
# computer these are three different labels, so counts come out wrong. The fix is to
# **tidy** every label the same way before you use it.
#
# A **function** is a named recipe: it takes inputs (its *parameters*), does some work and
# gives back a result with `return`. Here is a complete example:
#
# ```python
# def shout(text):
#     loud = text.upper()
#     return loud + "!"
# ```
#
# * `def` starts the function, then its name, its parameters in brackets, and a colon `:`.
# * The body is **indented** by 4 spaces. Indentation is how Python knows which lines
#   belong to the function; the notebook indents for you after the colon.
# * `return` hands the result back. `shout("hello")` gives `"HELLO!"`.
#
# In the answer cell below you see the first lines of `tidy_label` and a line
# `raise NotImplementedError()`. That line is a placeholder which stops with an error on
# purpose until you replace it: **delete both placeholder lines and write your code there**,
# indented like the docstring (the text in triple quotes, which describes the function).
#
# Complete `tidy_label(text)`: return `text` with the spaces and line breaks at both ends
# removed and every letter in lower case. `tidy_label("  Positive\n")` gives `"positive"`.
# Then run the cell, and run the check cell under it.

# %% [markdown] lang="zh"
# 一行中 `#` 后面的内容是**注释**：写给人看的说明，Python 会忽略它。
#
# ## 任务 1 · `tidy_label`：你的第一个函数
#
# 标注员输入标签的方式五花八门：`"Positive"`、`" positive "`、`"POSITIVE"`。对计算机来说这是三个
# 不同的标签，统计结果就会出错。解决办法是：在使用每个标签之前，都用同样的方式把它**整理**一下。
#
# **函数**是一个有名字的“配方”：它接收输入（叫做*参数*），做一些处理，再用 `return` 交回一个结果。
# 下面是一个完整的例子：
#
# ```python
# def shout(text):
#     loud = text.upper()
#     return loud + "!"
# ```
#
# * `def` 开始定义函数，后面是函数名、括号里的参数，最后是一个冒号 `:`。
# * 函数体要**缩进** 4 个空格。Python 靠缩进判断哪些行属于这个函数；在冒号后换行时，笔记本会自动缩进。
# * `return` 把结果交回去。`shout("hello")` 得到 `"HELLO!"`。
#
# 在下面的答案单元格里，你会看到 `tidy_label` 的开头几行，以及一行 `raise NotImplementedError()`。
# 这一行是占位符，在你替换它之前，它会故意报错：**删掉这两行占位内容，在那里写你的代码**，
# 缩进和文档字符串（三引号里描述函数的文字）对齐。
#
# 请补全 `tidy_label(text)`：返回去掉两端空格和换行、并且所有字母都变成小写的 `text`。
# `tidy_label("  Positive\n")` 应得到 `"positive"`。然后运行这个单元格，再运行它下面的检查单元格。

# %% answer="tidy_label"
def tidy_label(text):
    """Return the label with spaces and line breaks removed at both ends, in lower case.

    返回去掉两端空格和换行、并全部转为小写的标签。
    """
    ### BEGIN SOLUTION
    return text.strip().lower()
    ### END SOLUTION


# %% tests="tidy_label" points=1 assesses="fundamentals,L5.2.1"
check("tidy_label",
      expect(lambda: tidy_label("  Positive\n") == "positive",
             en='tidy_label("  Positive\\n") should give "positive".',
             zh='tidy_label("  Positive\\n") 应得到 "positive"。'),
      expect(lambda: tidy_label("NEGATIVE") == "negative",
             en='tidy_label("NEGATIVE") should give "negative": every letter in lower case.',
             zh='tidy_label("NEGATIVE") 应得到 "negative"：所有字母都是小写。'))
### BEGIN HIDDEN TESTS
from course import submit
submit("tidy_label", results=[tidy_label(text) for text in
                              ["  Positive\n", "NEGATIVE", "\t Neutral  \n", "Very Positive"]])
### END HIDDEN TESTS


# %% judge="tidy_label"
def judge(answer, gold):
    got = answer["results"]
    return all_of(
        rule(got[:2] == ["positive", "negative"],
             en='tidy_label("  Positive\\n") should give "positive" and tidy_label("NEGATIVE") "negative".',
             zh='tidy_label("  Positive\\n") 应得到 "positive"，tidy_label("NEGATIVE") 应得到 "negative"。'),
        rule(got[2] == "neutral",
             en="Tabs and several spaces at the ends should be removed too.",
             zh="两端的制表符和多个空格也应去掉。"),
        rule(got[3] == "very positive",
             en="Spaces inside a label stay: only the ends are tidied.",
             zh="标签中间的空格保留：只整理两端。"))


# %% [markdown] hint="tidy_label" lang="en"
# Look at the cell in section 1: the two methods you need are used there. The function
# needs just one line in its body, starting with `return`.

# %% [markdown] hint="tidy_label" lang="zh"
# 看看第 1 节的那个代码单元格：需要用到的两个方法在那里都出现过。函数体只需要一行，以 `return` 开头。

# %% [markdown] lang="en"
# ## 2 · Lists and loops
#
# A **list** holds many values in order, written in square brackets:
# `labels = ["positive", "negative", "positive"]`.
#
# * `len(labels)` is the number of items (3).
# * `labels[0]` is the **first** item: Python counts positions from 0, so `labels[2]` is the
#   third and last one.
# * `labels.append("neutral")` adds an item at the end.
#
# A **`for` loop** repeats some lines once for every item: in
# `for label in labels:` the name `label` takes each item in turn. An **`if`** runs its
# indented lines only when its condition is `True`. Together they can count things:

# %% [markdown] lang="zh"
# ## 2 · 列表和循环
#
# **列表**（list）按顺序存放多个值，写在方括号里：`labels = ["positive", "negative", "positive"]`。
#
# * `len(labels)` 是元素个数（3）。
# * `labels[0]` 是**第一个**元素：Python 从 0 开始数位置，所以 `labels[2]` 是第三个，也是最后一个。
# * `labels.append("neutral")` 在末尾添加一个元素。
#
# **`for` 循环**对每个元素重复执行几行代码：在 `for label in labels:` 中，名字 `label` 依次代表
# 每一个元素。**`if`** 只在条件为 `True` 时才执行它下面缩进的几行。两者配合就能计数：

# %%
labels = ["positive", "negative", "positive", "neutral"]
print(len(labels), labels[0], labels[-1])   # -1 means "the last one"

long_ones = 0                 # start the count at zero
# label is "positive", then "negative", ...
for label in labels:
    if len(label) > 7:        # more than 7 letters?
        long_ones = long_ones + 1
print("labels longer than 7 letters:", long_ones)

# %% [markdown] lang="en"
# ## Task 2 · `count_label`: how many times does a label occur?
#
# Complete `count_label(labels, label)`: return how many items of the list `labels` are
# equal to `label` (an `int`). The list may be empty; then the answer is 0.
# `count_label(["positive", "negative", "positive"], "positive")` gives `2`.
#
# Use a loop as in the cell above: start a counter at 0 and add 1 for every match.

# %% [markdown] lang="zh"
# ## 任务 2 · `count_label`：一个标签出现了几次？
#
# 请补全 `count_label(labels, label)`：返回列表 `labels` 中等于 `label` 的元素个数（一个 `int`）。
# 列表可能是空的，这时答案是 0。`count_label(["positive", "negative", "positive"], "positive")`
# 应得到 `2`。
#
# 像上面的单元格那样用循环：计数器从 0 开始，每遇到一个相等的元素就加 1。

# %% answer="count_label"
def count_label(labels, label):
    """Return how many items of the list `labels` are equal to `label`.

    返回列表 `labels` 中等于 `label` 的元素个数。
    """
    ### BEGIN SOLUTION
    count = 0
    for item in labels:
        if item == label:
            count = count + 1
    return count
    ### END SOLUTION


# %% tests="count_label" points=1 assesses="fundamentals,L5.2.2"
check("count_label",
      expect(lambda: count_label(["positive", "negative", "positive"], "positive") == 2,
             en='count_label(["positive", "negative", "positive"], "positive") should give 2.',
             zh='count_label(["positive", "negative", "positive"], "positive") 应得到 2。'),
      expect(lambda: count_label(["positive", "negative", "positive"], "neutral") == 0,
             en="A label that does not occur should give 0.",
             zh="没有出现过的标签应得到 0。"))
### BEGIN HIDDEN TESTS
_cl_cases = [(["positive", "negative", "positive"], "positive"), (["positive", "negative", "positive"], "neutral"),
             ([], "positive"), (["neutral"] * 7 + ["negative"] * 3, "negative"),
             (["neutral"] * 7 + ["negative"] * 3, "neutral"), (["Positive", "positive"], "positive")]
from course import submit
submit("count_label", results=[count_label(list(labels), label) for labels, label in _cl_cases])
### END HIDDEN TESTS


# %% judge="count_label"
def judge(answer, gold):
    got = answer["results"]
    return all_of(
        rule(got[:2] == [2, 0],
             en='count_label(["positive", "negative", "positive"], …) should give 2 for "positive" and 0 for "neutral".',
             zh='count_label(["positive", "negative", "positive"], …) 对 "positive" 应得到 2，对 "neutral" 应得到 0。'),
        rule(got[2] == 0, en="An empty list should give 0.", zh="空列表应得到 0。"),
        rule(got[3:5] == [3, 7],
             en="On a longer list, the count is wrong: every matching item should be counted once.",
             zh="在更长的列表上计数不对：每个相等的元素都应计数一次。"),
        rule(got[5] == 1,
             en="Only items exactly equal to the label count (tidying is tidy_label's job, not this function's).",
             zh="只有与标签完全相等的元素才计数（整理标签是 tidy_label 的事，不是这个函数的事）。"))


# %% [markdown] hint="count_label" lang="en"
# Three parts: before the loop, a line that sets a name such as `count` to 0; inside the
# loop, an `if` that compares the current item with `label` using `==`; after the loop
# (no longer indented under `for`), a `return`.

# %% [markdown] hint="count_label" lang="zh"
# 分三部分：循环之前，把一个名字（比如 `count`）设为 0；循环里面，用 `if` 和 `==` 比较当前元素与
# `label`；循环结束之后（不再缩进在 `for` 下面），用 `return` 返回。

# %% [markdown] hint="count_label" lang="en"
# If your answer is always 0 or 1, check the indentation of `return`: when it is indented
# inside the loop, the function returns during the very first round.

# %% [markdown] hint="count_label" lang="zh"
# 如果结果总是 0 或 1，检查一下 `return` 的缩进：如果它缩进在循环里面，函数在第一轮就返回了。

# %% [markdown] lang="en"
# ## 3 · Dictionaries: a value for every key
#
# To count *every* label at once, we need a table "label → count". Python's
# **dictionary** (`dict`) is exactly that: pairs of a **key** and a **value**, in curly
# brackets.
#
# * `counts = {"positive": 2, "negative": 1}` makes one.
# * `counts["positive"]` reads the value of a key (2).
# * `counts["neutral"] = 5` sets a value (and adds the key if it is new).
# * `"neutral" in counts` is `True` if the key exists.
# * Reading a key that does not exist is an **error** (`KeyError`).
#   `counts.get("mixed", 0)` reads it safely: it gives 0 when the key is missing.

# %% [markdown] lang="zh"
# ## 3 · 字典：每个键对应一个值
#
# 要一次统计*所有*标签，我们需要一张“标签 → 次数”的表。Python 的**字典**（`dict`）正是这样：
# 写在花括号里的一对对**键**（key）和**值**（value）。
#
# * `counts = {"positive": 2, "negative": 1}` 创建一个字典。
# * `counts["positive"]` 读取某个键的值（2）。
# * `counts["neutral"] = 5` 设置一个值（如果键是新的，就添加进去）。
# * 如果键存在，`"neutral" in counts` 就是 `True`。
# * 读取不存在的键会**报错**（`KeyError`）。`counts.get("mixed", 0)` 可以安全地读取：
#   键不存在时得到 0。

# %%
counts = {"positive": 2, "negative": 1}
counts["neutral"] = 5
print(counts)
print(counts["positive"], "neutral" in counts, counts.get("mixed", 0))
for key in counts:            # a loop over a dict visits its keys
    print(key, "→", counts[key])

# %% [markdown] lang="en"
# ## Task 3 · `label_counts`: count every label
#
# Complete `label_counts(labels)`: return a dictionary whose keys are the labels that
# occur in the list `labels` and whose values are how often each occurs. Labels that do
# not occur are not in the dictionary; an empty list gives an empty dictionary `{}`.
#
# `label_counts(["positive", "negative", "positive"])` gives `{"positive": 2, "negative": 1}`.
#
# Go through the list once: for every label, add 1 to its count, or set its count to 1
# when you see it for the first time.

# %% [markdown] lang="zh"
# ## 任务 3 · `label_counts`：统计每个标签
#
# 请补全 `label_counts(labels)`：返回一个字典，键是列表 `labels` 中出现过的标签，值是每个标签
# 出现的次数。没有出现的标签不在字典里；空列表得到空字典 `{}`。
#
# `label_counts(["positive", "negative", "positive"])` 应得到 `{"positive": 2, "negative": 1}`。
#
# 只遍历一次列表：对每个标签，把它的次数加 1；如果是第一次见到它，就把次数设为 1。

# %% answer="label_counts"
def label_counts(labels):
    """Return a dict that maps every label in `labels` to how often it occurs.

    返回一个字典：`labels` 中的每个标签 → 它出现的次数。
    """
    ### BEGIN SOLUTION
    counts = {}
    for label in labels:
        if label in counts:
            counts[label] = counts[label] + 1
        else:
            counts[label] = 1
    return counts
    ### END SOLUTION


# %% tests="label_counts" points=2 assesses="fundamentals,L5.2.2"
check("label_counts",
      expect(lambda: label_counts(["positive", "negative", "positive"]) == {"positive": 2, "negative": 1},
             en='label_counts(["positive", "negative", "positive"]) should give {"positive": 2, "negative": 1}.',
             zh='label_counts(["positive", "negative", "positive"]) 应得到 {"positive": 2, "negative": 1}。'),
      expect(lambda: label_counts([]) == {},
             en="An empty list should give an empty dictionary {}.",
             zh="空列表应得到空字典 {}。"))
### BEGIN HIDDEN TESTS
_lc_many = ["neutral", "positive", "neutral", "negative", "neutral", "positive", "mixed"]
_lc_results = [label_counts(labels) for labels in (["positive", "negative", "positive"], [], _lc_many, ["positive"])]
from course import submit
submit("label_counts", results=_lc_results, list_after=_lc_many)
### END HIDDEN TESTS


# %% judge="label_counts"
def judge(answer, gold):
    got = answer["results"]
    many = ["neutral", "positive", "neutral", "negative", "neutral", "positive", "mixed"]
    return all_of(
        rule(got[0] == {"positive": 2, "negative": 1} and got[1] == {},
             en='label_counts(["positive", "negative", "positive"]) should give {"positive": 2, "negative": 1}, and [] should give {}.',
             zh='label_counts(["positive", "negative", "positive"]) 应得到 {"positive": 2, "negative": 1}，[] 应得到 {}。'),
        rule(got[2] == {"neutral": 3, "positive": 2, "negative": 1, "mixed": 1},
             en="On a longer list with four different labels, some counts are wrong or a label is missing.",
             zh="在有四种标签的更长列表上，有些次数不对，或者漏掉了某个标签。"),
        rule(got[3] == {"positive": 1},
             en="A label seen once should have the count 1.", zh="只出现一次的标签，次数应为 1。"),
        rule(answer["list_after"] == many,
             en="label_counts changed the list it was given; only read it.",
             zh="label_counts 修改了传入的列表；只读取它，不要修改。"))


# %% [markdown] hint="label_counts" lang="en"
# Start with an empty dictionary `{}` and loop over the labels. Inside the loop you need an
# `if … in …:` to ask whether the label is already a key, and an `else:` for when it is not.

# %% [markdown] hint="label_counts" lang="zh"
# 先创建一个空字典 `{}`，再循环所有标签。在循环里用 `if … in …:` 判断这个标签是否已经是字典的键，
# 不是的话用 `else:` 处理。

# %% [markdown] hint="label_counts" lang="en"
# A shorter way without `if`: `counts.get(label, 0)` is the count so far (0 for a new
# label), so you can set the new count to that plus one.

# %% [markdown] hint="label_counts" lang="zh"
# 不用 `if` 的更短写法：`counts.get(label, 0)` 就是目前为止的次数（新标签为 0），
# 把新的次数设为它加一即可。

# %% [markdown] lang="en"
# ## 4 · Files
#
# Labeling tools export files. Our file `review_labels.txt` sits in the same folder as
# this notebook. To read it, Python **opens** it:
#
# ```python
# with open("review_labels.txt", encoding="utf-8") as label_file:
#     for line in label_file:
#         ...
# ```
#
# * `open(path, encoding="utf-8")` opens the file for reading. Always name the encoding:
#   `utf-8` is the one that handles Chinese and every other script.
# * `with … as label_file:` closes the file for you when the indented block ends.
# * Looping over a file gives its lines one by one, as text, **each ending with a line
#   break** `"\n"`.
#
# The cell below prints every line with `repr`, so that you see the spaces and line breaks.

# %% [markdown] lang="zh"
# ## 4 · 文件
#
# 标注工具会导出文件。我们的文件 `review_labels.txt` 和这个笔记本在同一个文件夹里。要读取它，
# Python 需要先**打开**它：
#
# ```python
# with open("review_labels.txt", encoding="utf-8") as label_file:
#     for line in label_file:
#         ...
# ```
#
# * `open(path, encoding="utf-8")` 以读取方式打开文件。一定要写明编码：`utf-8` 能处理中文和其他
#   所有文字。
# * `with … as label_file:` 会在缩进的代码块结束时自动帮你关闭文件。
# * 对文件做循环，会一行一行地得到文本，**每一行末尾都带着换行符** `"\n"`。
#
# 下面的单元格用 `repr` 打印每一行，这样你能看到其中的空格和换行。

# %%
with open("review_labels.txt", encoding="utf-8") as label_file:
    for line in label_file:
        print(repr(line))

# %% [markdown] lang="en"
# The file has **comment lines** starting with `#` (notes from the annotator), **empty
# lines** between batches (`"\n"` only), and label lines. Some label lines look broken;
# we deal with them in Task 6.
#
# ## Task 4 · `read_lines`: the lines that matter
#
# Complete `read_lines(path)`: open the text file at `path` (UTF-8) and return a **list** of
# its lines, in file order, where
#
# * every line has the spaces and the line break at both ends removed;
# * empty lines (also lines with only spaces) are left out;
# * comment lines, whose text starts with `#` after removing spaces, are left out.
#
# For our file, the result starts with `["r001,positive", "r002,negative", ...]`.
# Use the parameter `path`, not the file name written out, so that the function works for
# any file.

# %% [markdown] lang="zh"
# 这个文件里有以 `#` 开头的**注释行**（标注员的备注）、批次之间的**空行**（只有 `"\n"`），以及标签行。
# 有些标签行看起来是坏的，我们在任务 6 里处理。
#
# ## 任务 4 · `read_lines`：只要有用的行
#
# 请补全 `read_lines(path)`：打开 `path` 处的文本文件（UTF-8），返回由它的各行组成的**列表**，
# 顺序与文件相同，并且：
#
# * 每一行都去掉两端的空格和换行符；
# * 去掉空行（包括只有空格的行）；
# * 去掉注释行，即去掉空格后以 `#` 开头的行。
#
# 对我们的文件，结果以 `["r001,positive", "r002,negative", ...]` 开头。请使用参数 `path`，
# 不要把文件名直接写进去，这样函数对任何文件都适用。

# %% answer="read_lines"
def read_lines(path):
    """Return the stripped lines of the text file at `path`, without empty lines and # comments.

    返回 `path` 处文本文件中去掉两端空白后的各行，不含空行和以 # 开头的注释行。
    """
    ### BEGIN SOLUTION
    lines = []
    with open(path, encoding="utf-8") as text_file:
        for line in text_file:
            line = line.strip()
            if line == "" or line.startswith("#"):
                continue
            lines.append(line)
    return lines
    ### END SOLUTION


# %% tests="read_lines" points=2 assesses="fundamentals,L5.1.2"
_rl = lambda: read_lines("review_labels.txt")
check("read_lines",
      expect(lambda: isinstance(_rl(), list) and _rl()[:2] == ["r001,positive", "r002,negative"],
             en='read_lines("review_labels.txt") should return a list starting with "r001,positive", "r002,negative" (no line breaks, no comments).',
             zh='read_lines("review_labels.txt") 应返回一个列表，以 "r001,positive"、"r002,negative" 开头（没有换行符，没有注释）。'),
      expect(lambda: "" not in _rl() and len(_rl()) == 26,
             en="The file has 26 lines that are neither empty nor comments; empty lines should be left out.",
             zh="这个文件中既不是空行也不是注释的行有 26 行；空行应去掉。"))
### BEGIN HIDDEN TESTS
import os as _rl_os, tempfile as _rl_tempfile
_rl_path = _rl_os.path.join(_rl_tempfile.mkdtemp(), "batch_7.txt")
with open(_rl_path, "w", encoding="utf-8") as _rl_out:
    _rl_out.write("  # 标注员：李娜\n\nr101,正面\n   \n  r102,negative  \n\t# second comment\nr103,neutral")
from course import submit
submit("read_lines", lesson_file=read_lines("review_labels.txt"), other_file=read_lines(_rl_path))
### END HIDDEN TESTS


# %% judge_helpers
def content_lines(path):
    """The lines of a label file that are neither empty nor comments, without the spaces at their ends."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


# %% judge="read_lines"
def judge(answer, gold):
    expected = content_lines(gold / "review_labels.txt")
    got = answer["lesson_file"]
    return all_of(
        rule(type(got) is list and got[:2] == expected[:2] and "" not in got and len(got) == len(expected),
             en='read_lines("review_labels.txt") should give a list of the 26 lines that are neither empty nor comments, without line breaks.',
             zh='read_lines("review_labels.txt") 应返回由 26 个既不是空行也不是注释的行组成的列表，不带换行符。'),
        rule(got == expected,
             en="Lines should keep their text and order; only the spaces at both ends go.",
             zh="各行的内容和顺序应保持不变，只去掉两端的空白。"),
        rule(answer["other_file"] == ["r101,正面", "r102,negative", "r103,neutral"],
             en="On another file (Chinese text, indented comments, a line of spaces, no line break at the end) the result is wrong.",
             zh="在另一个文件上（含中文、缩进的注释、只有空格的行、末尾没有换行符）结果不对。"))


# %% [markdown] hint="read_lines" lang="en"
# Inside the `with` block, loop over the file. For each line, first make a stripped copy,
# then decide whether to keep it. `text.startswith("#")` is `True` when `text` begins with `#`.

# %% [markdown] hint="read_lines" lang="zh"
# 在 `with` 代码块里对文件做循环。对每一行，先得到去掉两端空白的版本，再决定要不要保留。
# 当 `text` 以 `#` 开头时，`text.startswith("#")` 为 `True`。

# %% [markdown] hint="read_lines" lang="en"
# `continue` inside a loop jumps straight to the next round. So "if the line is empty or a
# comment: continue", and after that `append` the line to your list.

# %% [markdown] hint="read_lines" lang="zh"
# 在循环中，`continue` 会直接跳到下一轮。所以可以写“如果这一行是空行或注释：continue”，
# 之后再把这一行 `append` 到你的列表里。

# %% [markdown] lang="en"
# ## 5 · Errors, and how to read them
#
# Sooner or later Python stops with an **error**. That is normal and useful: it refuses to
# guess, and it tells you exactly what went wrong and where. The message is called a
# **traceback**. It looks scary only until you know how to read it: **from the bottom up**.
#
# 1. The **last line** says *what* went wrong: the error's type (such as `TypeError`), a
#    colon, and a short explanation.
# 2. The lines just above it say *where*: the file, the line number, the function (`in …`)
#    and the line of code itself. `^^^^` marks may point at the exact part that failed.
# 3. Further up are the calls that *led* there: who called the function that failed.
#    "most recent call last" means the deepest call is at the bottom.
#
# Common error types:
#
# | error | usual meaning |
# |---|---|
# | `NameError` | a name is used before it was defined (or it is misspelled; or its cell was not run) |
# | `TypeError` | a value of the wrong kind, e.g. `len(None)` or `"3" + 4` |
# | `ValueError` | right kind, impossible value, e.g. `int("abc")` |
# | `KeyError` | a dictionary has no such key |
# | `IndexError` | a list has no such position |
# | `FileNotFoundError` | no file at that path |
# | `IndentationError`, `SyntaxError` | the code is not written the way Python's grammar asks |
#
# Below, a colleague's function `average_length` crashes on a list of reviews. The cell
# catches the error and prints its traceback (instead of stopping), so you can study it.
# In the traceback, the long file names such as `/tmp/ipykernel_…/….py` are just where
# Jupyter keeps the code of a cell; the line numbers count lines inside that cell.

# %% [markdown] lang="zh"
# ## 5 · 错误，以及怎样读懂它
#
# Python 迟早会因为**错误**而停下来。这很正常，也很有用：它拒绝瞎猜，而且会准确地告诉你哪里出了
# 什么问题。这段信息叫做**回溯**（traceback）。只要知道怎么读，它就不吓人了：**从下往上读**。
#
# 1. **最后一行**说明出了*什么*问题：错误类型（比如 `TypeError`）、一个冒号和一句简短的解释。
# 2. 紧挨在它上面的几行说明*在哪里*：文件、行号、函数（`in …`）以及那一行代码本身。`^^^^` 标记
#    可能会指出具体是哪一部分出错。
# 3. 再往上是*导致*出错的调用过程：是谁调用了出错的函数。“most recent call last”的意思是
#    最深的那次调用在最下面。
#
# 常见的错误类型：
#
# | 错误 | 通常的含义 |
# |---|---|
# | `NameError` | 名字在定义之前就被使用了（或者拼错了，或者定义它的单元格还没运行） |
# | `TypeError` | 值的种类不对，例如 `len(None)` 或 `"3" + 4` |
# | `ValueError` | 种类对，但取值不可能，例如 `int("abc")` |
# | `KeyError` | 字典里没有这个键 |
# | `IndexError` | 列表里没有这个位置 |
# | `FileNotFoundError` | 这个路径下没有文件 |
# | `IndentationError`、`SyntaxError` | 代码不符合 Python 的语法 |
#
# 下面，一位同事写的函数 `average_length` 在处理一组评论时崩溃了。这个单元格捕获了错误并打印出
# 回溯（而不是停下来），方便你研究。回溯里像 `/tmp/ipykernel_…/….py` 这样的长文件名，只是 Jupyter
# 存放单元格代码的位置；行号是在这个单元格内部数的行数。

# %%
import sys
import traceback


def average_length(texts):
    total = 0
    for text in texts:
        total = total + len(text)
    return total / len(texts)


reviews = ["Great phone, fast delivery", None, "质量很好"]
try:
    print(average_length(reviews))
except Exception:
    traceback.print_exc(file=sys.stdout)

# %% [markdown] lang="en"
# ## Task 5 · `read_the_error`: three questions about the traceback
#
# Read the traceback above from the bottom up, then answer in the answer cell by writing
# three lines that give three names a text value (in quotes):
#
# ```python
# error_type = "..."       # the type of the error, e.g. "KeyError"
# error_function = "..."   # the name of the function in which the error happened
# error_code = "..."       # the line of code that failed, exactly as the traceback shows it
# ```
#
# Then think about the cause: which of the three reviews is the problem, and why?
# (You do not need to write this down; Task 7 builds a function that survives such data.)

# %% [markdown] lang="zh"
# ## 任务 5 · `read_the_error`：关于回溯的三个问题
#
# 从下往上阅读上面的回溯，然后在答案单元格里写三行代码，给三个名字各赋一个文本值（写在引号里）：
#
# ```python
# error_type = "..."       # 错误的类型，例如 "KeyError"
# error_function = "..."   # 发生错误的函数的名字
# error_code = "..."       # 出错的那一行代码，与回溯中显示的完全一致
# ```
#
# 再想一想原因：三条评论中哪一条是问题所在？为什么？（这个不用写下来；任务 7 会写一个
# 能扛住这类数据的函数。）

# %% answer="read_the_error"
### BEGIN SOLUTION
error_type = "TypeError"
error_function = "average_length"
error_code = "total = total + len(text)"
### END SOLUTION

# %% tests="read_the_error" points=2 assesses="fundamentals,L5.3.1"
import hashlib as _re_hashlib


def _re_fingerprint(answer):
    """A fingerprint of the answer, so this cell can check it without printing it."""
    return _re_hashlib.sha256(answer.strip().encode("utf-8")).hexdigest()[:16] if isinstance(answer, str) else None


check("read_the_error",
      expect(lambda: _re_fingerprint(error_type) == "7af339841d330e8a",
             en="error_type is not right: it is the word before the colon on the traceback's last line.",
             zh="error_type 不对：它是回溯最后一行冒号前面的那个词。"),
      expect(lambda: _re_fingerprint(error_function) == "5253a3cb4c0c159a",
             en="error_function is not right: look for 'in …' on the lowest line that names a file.",
             zh="error_function 不对：看最下面那条带文件名的行里的 “in …”。"),
      expect(lambda: _re_fingerprint(error_code) == "be219835919d351b",
             en="error_code is not right: copy the line of code printed under the lowest 'File …' line, without the ^^^ marks.",
             zh="error_code 不对：请复制最下面那条 “File …” 行下方打印出的那行代码，不要带 ^^^ 标记。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("read_the_error", error_type=error_type, error_function=error_function, error_code=error_code)
### END HIDDEN TESTS


# %% judge="read_the_error"
def judge(answer, gold):
    tidy = lambda value: value.strip() if type(value) is str else value
    return all_of(
        rule(tidy(answer["error_type"]) == "TypeError",
             en="error_type is not right: it is the word before the colon on the traceback's last line.",
             zh="error_type 不对：它是回溯最后一行冒号前面的那个词。"),
        rule(tidy(answer["error_function"]) == "average_length",
             en="error_function is not right: look for 'in …' on the lowest line that names a file.",
             zh="error_function 不对：看最下面那条带文件名的行里的 “in …”。"),
        rule(tidy(answer["error_code"]) == "total = total + len(text)",
             en="error_code is not right: copy the line of code printed under the lowest 'File …' line.",
             zh="error_code 不对：请复制最下面那条 “File …” 行下方打印出的那行代码。"))

# %% [markdown] hint="read_the_error" lang="en"
# The traceback names two places in the cell: the line that *called* the function (at the
# top, `in <module>`) and the line *inside* the function where it failed (lower down).
# The questions are about the lower one.

# %% [markdown] hint="read_the_error" lang="zh"
# 回溯提到了单元格中的两个位置：*调用*函数的那一行（在上面，`in <module>`），以及函数*内部*出错的
# 那一行（在下面）。这些问题问的是下面那一个。

# %% [markdown] lang="en"
# ## 6 · Raising and catching errors
#
# Your own functions can raise errors too, on purpose. When a line of a label file is
# broken, the honest thing is to **refuse** it loudly instead of returning something half
# right:
#
# ```python
# raise ValueError("this line has no comma: r009 positive")
# ```
#
# Code that *calls* such a function can **catch** the error with `try` / `except` and decide
# what to do, for example skip the line and remember it for the report:
#
# ```python
# try:
#     number = int(text)          # may raise ValueError
# except ValueError:
#     number = None               # runs only when the error happened
# ```
#
# Two more tools for the next task. `text.split(",")` cuts text at every comma and gives a
# list of the parts, and a **tuple** `(a, b)` is a small fixed group of values, which is
# how a function returns two things at once:

# %% [markdown] lang="zh"
# ## 6 · 抛出错误和捕获错误
#
# 你自己的函数也可以有意地抛出错误。当标签文件中的某一行是坏的，正确的做法是**明确报错**、
# 拒绝处理它，而不是返回一个似是而非的结果：
#
# ```python
# raise ValueError("this line has no comma: r009 positive")
# ```
#
# *调用*这种函数的代码可以用 `try` / `except` **捕获**错误，再决定怎么办，比如跳过这一行，
# 并记下来写进报告：
#
# ```python
# try:
#     number = int(text)          # 可能抛出 ValueError
# except ValueError:
#     number = None               # 只有发生错误时才会执行
# ```
#
# 下一个任务还要用到两个工具。`text.split(",")` 在每个逗号处把文本切开，得到各部分组成的列表；
# **元组**（tuple）`(a, b)` 是一小组固定的值，函数一次返回两个结果时就用它：

# %%
print("r001,positive".split(","))
print("r009 positive".split(","))        # no comma: one part only
print("r018,neutral,checked".split(","))  # two commas: three parts
review_id, review_label = ("r001", "positive")   # a tuple unpacked into two names
print(review_id, review_label)
try:
    int("abc")
except ValueError as error:               # `as error` keeps the error to look at it
    print("caught:", type(error).__name__, "-", error)

# %% [markdown] lang="en"
# ## Task 6 · `parse_line`: split a label line, or refuse it
#
# Complete `parse_line(line)`. A good line has exactly two parts separated by one comma:
# the review id and the label. Return the tuple `(review_id, label)`, where the id has the
# spaces at its ends removed and the label is tidied with your `tidy_label`.
#
# Raise a `ValueError` (with a message of your choice) when the line
#
# * does not have exactly two parts (no comma, or more than one comma), or
# * has an empty review id or an empty label (after removing spaces).
#
# `parse_line("r004, Neutral")` gives `("r004", "neutral")`; `parse_line("r009 positive")`
# raises `ValueError`.

# %% [markdown] lang="zh"
# ## 任务 6 · `parse_line`：拆分标签行，或者拒绝它
#
# 请补全 `parse_line(line)`。好的行正好由一个逗号分成两部分：评论编号和标签。返回元组
# `(review_id, label)`，其中编号去掉两端的空格，标签用你写的 `tidy_label` 整理。
#
# 遇到以下情况时，抛出 `ValueError`（错误信息自己定）：
#
# * 这一行不是正好两部分（没有逗号，或者不止一个逗号）；
# * 评论编号或标签（去掉空格后）是空的。
#
# `parse_line("r004, Neutral")` 应得到 `("r004", "neutral")`；`parse_line("r009 positive")`
# 应抛出 `ValueError`。

# %% answer="parse_line"
def parse_line(line):
    """Return (review_id, tidy label) for a line 'review_id,label'; raise ValueError for a broken line.

    对 'review_id,label' 形式的行返回 (评论编号, 整理后的标签)；坏行抛出 ValueError。
    """
    ### BEGIN SOLUTION
    parts = line.split(",")
    if len(parts) != 2:
        raise ValueError(f"expected 'review_id,label', got {line!r}")
    review_id = parts[0].strip()
    label = tidy_label(parts[1])
    if review_id == "" or label == "":
        raise ValueError(f"empty review id or label in {line!r}")
    return (review_id, label)
    ### END SOLUTION


# %% tests="parse_line" points=2 assesses="fundamentals,L5.1.2"
def _pl_raises(line):
    try:
        parse_line(line)
    except ValueError:
        return True
    return False


check("parse_line",
      expect(lambda: parse_line("r004, Neutral") == ("r004", "neutral"),
             en='parse_line("r004, Neutral") should give the tuple ("r004", "neutral").',
             zh='parse_line("r004, Neutral") 应得到元组 ("r004", "neutral")。'),
      expect(lambda: _pl_raises("r009 positive"),
             en='parse_line("r009 positive") should raise ValueError: the line has no comma.',
             zh='parse_line("r009 positive") 应抛出 ValueError：这一行没有逗号。'))
### BEGIN HIDDEN TESTS
def _pl_outcome(line):
    try:
        return ("returned", parse_line(line))
    except Exception as error:
        return ("raised", type(error).__name__)


_pl_lines = ["r004, Neutral", "r009 positive", "r018,neutral,checked", ",negative", "r021,", "  ,  ",
             " r777 ,POSITIVE ", "r1,中性"]
from course import submit
submit("parse_line", outcomes=[_pl_outcome(line) for line in _pl_lines])
### END HIDDEN TESTS


# %% judge="parse_line"
def judge(answer, gold):
    got = answer["outcomes"]
    refused = lambda outcome: outcome == ("raised", "ValueError")
    return all_of(
        rule(got[0] == ("returned", ("r004", "neutral")),
             en='parse_line("r004, Neutral") should give the tuple ("r004", "neutral").',
             zh='parse_line("r004, Neutral") 应得到元组 ("r004", "neutral")。'),
        rule(refused(got[1]),
             en='parse_line("r009 positive") should raise ValueError: the line has no comma.',
             zh='parse_line("r009 positive") 应抛出 ValueError：这一行没有逗号。'),
        rule(refused(got[2]),
             en="A line with more than one comma should raise ValueError.",
             zh="有不止一个逗号的行应抛出 ValueError。"),
        rule(all(refused(outcome) for outcome in got[3:6]),
             en="A line with an empty review id or an empty label should raise ValueError.",
             zh="评论编号为空或标签为空的行应抛出 ValueError。"),
        rule(got[6:] == [("returned", ("r777", "positive")), ("returned", ("r1", "中性"))],
             en="The id should lose the spaces at its ends and the label should be tidied.",
             zh="编号应去掉两端的空格，标签应经过整理。"))


# %% [markdown] hint="parse_line" lang="en"
# Split first, then check `len(parts)` before you use `parts[0]` and `parts[1]`; otherwise
# a line without a comma fails with an `IndexError` instead of your `ValueError`.

# %% [markdown] hint="parse_line" lang="zh"
# 先拆分，然后在使用 `parts[0]` 和 `parts[1]` 之前先检查 `len(parts)`；否则没有逗号的行会报
# `IndexError`，而不是你抛出的 `ValueError`。

# %% [markdown] hint="parse_line" lang="en"
# `!=` means "is not equal". An `if` followed by `raise ValueError("…")` stops the function
# right there. Only when every check has passed do you reach the `return`.

# %% [markdown] hint="parse_line" lang="zh"
# `!=` 表示“不等于”。`if` 后面接 `raise ValueError("…")` 会让函数就此停下。只有所有检查都通过，
# 才会执行到 `return`。

# %% [markdown] lang="en"
# ## 7 · Putting the pieces together
#
# Real files mix good lines and bad ones. A program that stops at the first bad line loses
# every good line after it; one that skips bad lines silently hides a problem from the
# team. The usual way is in between: a loop over the lines, `try` around the step that may
# fail, and in `except` a note of what went wrong, then on to the next line. At the end you
# have both the good data and a list of the problems to report.

# %% [markdown] lang="zh"
# ## 7 · 把各部分组合起来
#
# 真实的文件里好行和坏行混在一起。遇到第一个坏行就停下的程序，会丢掉它后面所有的好行；悄悄跳过
# 坏行的程序，又把问题瞒住了团队。通常的做法介于两者之间：循环处理每一行，用 `try` 包住可能出错的
# 那一步，在 `except` 里记下出了什么问题，然后继续处理下一行。最后你既得到好的数据，也得到一份
# 需要报告的问题清单。

# %% [markdown] lang="en"
# ## Task 7 · `read_labels`: read the whole file, keep going past bad lines
#
# Now put the pieces together. Complete `read_labels(path)`: read the file with your
# `read_lines`, parse every line with your `parse_line`, and return a tuple of two things:
#
# 1. a **dictionary** `review_id → label` with every good line;
# 2. a **list** of the bad lines (the stripped text of each line that `parse_line`
#    refused), in file order.
#
# A bad line must not stop the whole file: catch the `ValueError` with `try` / `except`,
# remember the line, and go on with the next one.

# %% [markdown] lang="zh"
# ## 任务 7 · `read_labels`：读取整个文件，遇到坏行也继续
#
# 现在把前面的部分组合起来。请补全 `read_labels(path)`：用你写的 `read_lines` 读取文件，用你写的
# `parse_line` 解析每一行，返回由两样东西组成的元组：
#
# 1. 一个**字典** `评论编号 → 标签`，包含所有好的行；
# 2. 一个坏行的**列表**（每个被 `parse_line` 拒绝的行去掉两端空白后的文本），顺序与文件相同。
#
# 一个坏行不能让整个文件停下来：用 `try` / `except` 捕获 `ValueError`，记下这一行，
# 然后继续处理下一行。

# %% answer="read_labels"
def read_labels(path):
    """Return ({review_id: label} for the good lines, [bad lines]) for the label file at `path`.

    返回 `path` 处标签文件的 ({评论编号: 标签}（好的行）, [坏行])。
    """
    ### BEGIN SOLUTION
    labels = {}
    bad_lines = []
    for line in read_lines(path):
        try:
            review_id, label = parse_line(line)
        except ValueError:
            bad_lines.append(line)
            continue
        labels[review_id] = label
    return labels, bad_lines
    ### END SOLUTION


# %% tests="read_labels" points=3 assesses="fundamentals,L5.1.2"
_rb = lambda: read_labels("review_labels.txt")
check("read_labels",
      expect(lambda: isinstance(_rb(), tuple) and len(_rb()) == 2
             and isinstance(_rb()[0], dict) and isinstance(_rb()[1], list),
             en="read_labels should return a tuple of two things: a dictionary and a list.",
             zh="read_labels 应返回由两样东西组成的元组：一个字典和一个列表。"),
      expect(lambda: _rb()[1] == ["r009 positive", ",negative", "r018,neutral,checked", "r021,"],
             en="The bad lines of review_labels.txt should be, in order: 'r009 positive', ',negative', 'r018,neutral,checked', 'r021,'.",
             zh="review_labels.txt 中的坏行按顺序应为：'r009 positive'、',negative'、'r018,neutral,checked'、'r021,'。"),
      expect(lambda: len(_rb()[0]) == 22 and _rb()[0]["r004"] == "neutral" and _rb()[0]["r001"] == "positive",
             en="There should be 22 good lines, with tidy labels (r004 → neutral).",
             zh="应有 22 个好的行，标签都经过整理（r004 → neutral）。"))
### BEGIN HIDDEN TESTS
import os as _rb_os, tempfile as _rb_tempfile
_rb_path = _rb_os.path.join(_rb_tempfile.mkdtemp(), "batch_9.txt")
with open(_rb_path, "w", encoding="utf-8") as _rb_out:
    _rb_out.write("# batch 9\nr201,negative\nr202\nr203,Positive\n\nr204,,neutral\nr205, neutral \n")
from course import submit
submit("read_labels", lesson_file=read_labels("review_labels.txt"), other_file=read_labels(_rb_path))
### END HIDDEN TESTS


# %% judge="read_labels"
def judge(answer, gold):
    labels, bad = {}, []
    for line in content_lines(gold / "review_labels.txt"):
        parts = line.split(",")
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            labels[parts[0].strip()] = parts[1].strip().lower()
        else:
            bad.append(line)
    got = answer["lesson_file"]
    shaped = type(got) is tuple and len(got) == 2 and type(got[0]) is dict and type(got[1]) is list
    return all_of(
        rule(shaped, en="read_labels should return a tuple of two things: a dictionary and a list.",
             zh="read_labels 应返回由两样东西组成的元组：一个字典和一个列表。"),
        rule(shaped and got[1] == bad,
             en="The bad lines of review_labels.txt are not right (there are 4, in file order).",
             zh="review_labels.txt 的坏行不对（共 4 行，按文件顺序）。"),
        rule(shaped and got[0] == labels and list(got[0]) == list(labels),
             en="The dictionary should hold the tidied labels of the 22 good lines, in file order.",
             zh="字典中应按文件顺序保存 22 个好的行整理后的标签。"),
        rule(answer["other_file"] == ({"r201": "negative", "r203": "positive", "r205": "neutral"}, ["r202", "r204,,neutral"]),
             en="On another label file the good labels or the bad lines are not right.",
             zh="在另一个标签文件上，好的标签或坏行不正确。"))


# %% [markdown] hint="read_labels" lang="en"
# Loop over `read_lines(path)`. Put only the `parse_line(...)` call inside `try:`; in
# `except ValueError:` append the line to the bad list. A tuple is returned with
# `return a, b`.

# %% [markdown] hint="read_labels" lang="zh"
# 对 `read_lines(path)` 做循环。`try:` 里只放 `parse_line(...)` 这一次调用；在 `except ValueError:`
# 里把这一行加到坏行列表。返回元组可以写 `return a, b`。

# %% [markdown] lang="en"
# ## 8 · Text for people: f-strings
#
# Reports are text. An **f-string** is text with an `f` before the quotes, in which
# anything in `{curly brackets}` is replaced by its value. After a colon you can say how
# to show a number: `{share:.1f}` shows one digit after the decimal point. `"\n".join(lines)`
# glues a list of texts together with a line break between them.
#
# `sorted(...)` gives a sorted list; with `key=` you say what to sort by. Here a small
# helper, written with `lambda`, sorts pairs by count, largest first (the minus sign), and
# by name when counts are equal:

# %% [markdown] lang="zh"
# ## 8 · 写给人看的文本：f-字符串
#
# 报告就是文本。**f-字符串**是在引号前加一个 `f` 的文本，其中 `{花括号}` 里的内容会被替换成它的值。
# 在冒号后面可以指定数字的显示方式：`{share:.1f}` 显示小数点后一位。`"\n".join(lines)`
# 用换行符把一个文本列表连接起来。
#
# `sorted(...)` 得到排好序的列表；用 `key=` 指定按什么排序。这里用 `lambda` 写一个小函数，
# 按次数从大到小（负号）排序，次数相同时按名字排序：

# %%
annotator, done, total = "李娜", 45, 60
share = 100 * done / total
print(f"{annotator} labeled {done} of {total} reviews ({share:.1f}%)")

pairs = [("neutral", 6), ("positive", 10), ("negative", 6)]
for name, number in sorted(pairs, key=lambda pair: (-pair[1], pair[0])):
    print(name, number)
print("\n".join(["line one", "line two"]))

# %% [markdown] lang="en"
# ## Task 8 · `format_summary`: a summary your team lead can read
#
# Complete `format_summary(counts)`. `counts` is a dictionary `label → count` like the one
# `label_counts` returns. Return **one text** with one line per label and a last line for
# the total, lines joined with `"\n"` (no line break at the very end):
#
# ```
# positive: 10 (45.5%)
# negative: 6 (27.3%)
# neutral: 6 (27.3%)
# total: 22
# ```
#
# * each label line is `label: count (share%)`, the share being `100 * count / total`
#   with **one** decimal;
# * labels sorted by count, largest first; equal counts in alphabetical order;
# * an empty dictionary gives just `total: 0`.

# %% [markdown] lang="zh"
# ## 任务 8 · `format_summary`：组长看得懂的汇总
#
# 请补全 `format_summary(counts)`。`counts` 是一个 `标签 → 次数` 的字典，就像 `label_counts` 返回的
# 那样。返回**一段文本**：每个标签一行，最后一行是总数，各行用 `"\n"` 连接（最末尾不要换行）：
#
# ```
# positive: 10 (45.5%)
# negative: 6 (27.3%)
# neutral: 6 (27.3%)
# total: 22
# ```
#
# * 每个标签行是 `标签: 次数 (占比%)`，占比为 `100 * count / total`，保留**一位**小数；
# * 标签按次数从大到小排列；次数相同时按字母顺序；
# * 空字典只返回 `total: 0`。

# %% answer="format_summary"
def format_summary(counts):
    """Return lines 'label: count (share%)', largest count first, then 'total: N', joined by newlines.

    返回 '标签: 次数 (占比%)' 各行（次数多的在前），最后一行 'total: N'，用换行符连接。
    """
    ### BEGIN SOLUTION
    total = sum(counts.values())
    lines = []
    for label, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        lines.append(f"{label}: {count} ({100 * count / total:.1f}%)")
    lines.append(f"total: {total}")
    return "\n".join(lines)
    ### END SOLUTION


# %% tests="format_summary" points=2 assesses="fundamentals,L5.2.2"
check("format_summary",
      expect(lambda: format_summary({"positive": 10, "negative": 6, "neutral": 6})
             == "positive: 10 (45.5%)\nnegative: 6 (27.3%)\nneutral: 6 (27.3%)\ntotal: 22",
             en="For {'positive': 10, 'negative': 6, 'neutral': 6} the summary should be exactly the four lines shown in the task.",
             zh="对 {'positive': 10, 'negative': 6, 'neutral': 6}，汇总应与任务中给出的四行完全一致。"),
      expect(lambda: format_summary({}) == "total: 0",
             en="An empty dictionary should give just 'total: 0'.",
             zh="空字典应只返回 'total: 0'。"))
### BEGIN HIDDEN TESTS
_fs_cases = [{"positive": 10, "negative": 6, "neutral": 6}, {}, {"b": 1, "a": 1, "c": 2}, {"正面": 2, "负面": 1},
             {"positive": 3}]
from course import submit
submit("format_summary", results=[format_summary(dict(counts)) for counts in _fs_cases])
### END HIDDEN TESTS


# %% judge="format_summary"
def judge(answer, gold):
    got = answer["results"]
    return all_of(
        rule(got[0] == "positive: 10 (45.5%)\nnegative: 6 (27.3%)\nneutral: 6 (27.3%)\ntotal: 22" and got[1] == "total: 0",
             en="For {'positive': 10, 'negative': 6, 'neutral': 6} the summary should be exactly the four lines shown in the task, and {} should give 'total: 0'.",
             zh="对 {'positive': 10, 'negative': 6, 'neutral': 6}，汇总应与任务中给出的四行完全一致；{} 应得到 'total: 0'。"),
        rule(got[2] == "c: 2 (50.0%)\na: 1 (25.0%)\nb: 1 (25.0%)\ntotal: 4",
             en="Labels should be sorted by count (largest first), and alphabetically when counts are equal.",
             zh="标签应按次数从大到小排列，次数相同时按字母顺序。"),
        rule(got[3] == "正面: 2 (66.7%)\n负面: 1 (33.3%)\ntotal: 3",
             en="Shares should have exactly one decimal (66.7%, not 66.66666666666667%).",
             zh="占比应正好保留一位小数（66.7%，而不是 66.66666666666667%）。"),
        rule(got[4] == "positive: 3 (100.0%)\ntotal: 3",
             en="A single label should give its line (100.0%) and the total, with no line break at the end.",
             zh="只有一个标签时，应得到它的一行（100.0%）和总数行，末尾没有换行。"))


# %% [markdown] hint="format_summary" lang="en"
# Compute the total first with `sum(counts.values())`. Then loop over the sorted pairs
# from `counts.items()`, build each line with an f-string and collect the lines in a list;
# add the total line last and join.

# %% [markdown] hint="format_summary" lang="zh"
# 先用 `sum(counts.values())` 算出总数。然后对 `counts.items()` 排序后的各对做循环，用 f-字符串
# 生成每一行并收集到列表里；最后加上总数行，再连接起来。

# %% [markdown] hint="format_summary" lang="en"
# The sorting helper in section 8 does exactly the order the task asks for. Be careful with
# an empty dictionary: there is no label line, so you never divide by the total 0.

# %% [markdown] hint="format_summary" lang="zh"
# 第 8 节里的排序小函数正好给出任务要求的顺序。注意空字典：没有标签行，所以永远不会除以总数 0。

# %% [markdown] lang="en"
# ## All together
#
# Your functions now form a small tool: read a label file, keep going past broken lines,
# count the labels and print a report. Run the cell. This is the same check an AI trainer
# does on every batch from a labeling team, before the labels go into a model.
#
# What you practised: values and names, lists and loops, dictionaries, functions with
# `return`, files with `with open(...)`, raising and catching errors, and reading a
# traceback from the bottom up. Keep the habit of looking at the raw file and at every
# error's last line first.

# %% [markdown] lang="zh"
# ## 串起来
#
# 你写的函数现在组成了一个小工具：读取标签文件、遇到坏行也能继续、统计标签并打印报告。运行下面的
# 单元格。这正是人工智能训练师对标注团队交来的每一批数据所做的检查，在标签进入模型之前。
#
# 你练习了：值和名字、列表和循环、字典、带 `return` 的函数、用 `with open(...)` 读文件、抛出和
# 捕获错误，以及从下往上阅读回溯。请保持这些习惯：先看原始文件，先看每个错误的最后一行。

# %%
good, bad = read_labels("review_labels.txt")
print(format_summary(label_counts(list(good.values()))))
print(f"{len(bad)} bad lines to send back to the annotator:")
for line in bad:
    print("  ", repr(line))
