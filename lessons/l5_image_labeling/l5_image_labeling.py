# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_image_labeling
#     level: 5
#     title: {en: "Labeling images: classes and bounding boxes", zh: 图像标注：图像分类与边界框}
#     datasets: [digits_batch/digits_batch.csv, scenes/scenes.npz]
#     gold: [digits_batch/digits_gold.csv, scenes/scenes_gold.json]
# ---

# %% [markdown] lang="en"
# # Labeling images: classes and bounding boxes
#
# Two requests reach the labeling team this week. A bank that reads handwritten forms needs
# scanned digits labeled with the digit they show (**image classification**: one class per
# image). A factory that sorts parts on a conveyor needs every part in its camera images
# marked with a box and a class (**object detection**: several boxes per image, each with
# a class). You will do a batch of each.
#
# A box is four numbers in image pixels: `x` and `y` of its top-left corner (y counts
# *down* from the top edge), its width `w` and its height `h`. Boxes are checked with
# **IoU** (intersection over union): the area two boxes share divided by the area they
# cover together. 1 means the same box, 0 means no overlap; a drawn box usually "counts"
# when its IoU with the right gold box is at least 0.5.
#
# In this lesson you will
# * enlarge tiny images so they can be labeled at all;
# * label 40 handwritten digits in the image classifier widget;
# * compute a tight box around an object and the IoU of two boxes;
# * draw boxes with classes on 10 camera images in the box widget.
#
# This is the Level 5 unit "raw data cleaning and labeling" of the national AI Trainer
# standard, for images.
#
# **How this lesson works.** Code tasks: complete the function, run it, then run the check
# cell below it. Labeling tasks: label in the widget; every action is saved at once in a file
# beside the notebook, so nothing is lost if the page reloads. When your work is graded, your
# labels and boxes are compared with gold answers that are not in this notebook. Stuck?
# Run `hint("task_id")`, e.g. `hint("enlarge")`; run it again for the next hint.

# %% [markdown] lang="zh"
# # 图像标注：图像分类与边界框
#
# 这周标注团队收到两项需求。一家处理手写表单的银行，需要给扫描出来的数字图片标上它显示的数字
# （**图像分类**：每张图一个类别）。一家在传送带上分拣零件的工厂，需要在相机拍的每张图里用
# 边界框框出每个零件并标上类别（**目标检测**：每张图可以有多个框，每个框一个类别）。两批你都要做。
#
# 一个框由四个以图像像素为单位的数字组成：左上角的 `x` 和 `y`（y 从图像上边缘*向下*数）、
# 宽度 `w` 和高度 `h`。框的质量用 **IoU**（交并比）来检查：两个框重叠部分的面积除以两个框
# 合起来覆盖的面积。1 表示完全相同，0 表示毫无重叠；通常画的框与正确的金标准框 IoU 至少为 0.5
# 才“算数”。
#
# 在这一课里，你将会：
# * 把很小的图片放大，才能看清并标注；
# * 在图像分类控件里标注 40 个手写数字；
# * 计算物体的紧贴边界框，以及两个框的 IoU；
# * 在边界框控件里给 10 张相机图片画框并标类别。
#
# 这对应国家人工智能训练师职业标准五级“原始数据清洗与标注”中的图像部分。
#
# **本课怎么学。** 代码任务：补全函数，运行它，再运行下面的检查单元格。标注任务：在控件里标注；
# 每个操作都会立即保存到笔记本旁边的文件里，页面刷新也不会丢失。评分时，你的标签和框会与不在本
# 笔记本里的金标准答案比较。卡住了？运行 `hint("任务编号")`，例如 `hint("enlarge")`；再运行一次
# 可以看下一条提示。

# %%
import numpy as np
import pandas as pd

from course import check, expect, hint
from course.widgets import BoxAnnotator, ImageClassifier

# %% [markdown] lang="en"
# ## Task 1 · `enlarge`: make tiny images big enough to see
#
# The scanned digits are 8 × 8 pixels, a stamp on a screen. Before anyone can label them they
# must be shown larger, **without smoothing**: each pixel should become a solid square block,
# so the labeler sees exactly the pixels the model will see, not a blurred guess between
# them (this is called nearest-neighbour enlargement).
#
# Complete `enlarge(image, factor)`: `image` is a 2-D numpy array, `factor` a whole number
# ≥ 1. Return a new array `factor` times taller and wider in which every pixel of `image`
# fills a `factor` × `factor` block. Keep the array's dtype.

# %% [markdown] lang="zh"
# ## 任务 1 · `enlarge`：把很小的图片放大到看得清
#
# 扫描出来的数字只有 8 × 8 像素，在屏幕上就像一枚邮票。标注之前必须把它放大显示，而且**不能平滑**：
# 每个像素都应变成一个纯色的方块，这样标注员看到的正是模型将要看到的像素，而不是像素之间模糊的
# 猜测（这叫最近邻放大）。
#
# 请补全 `enlarge(image, factor)`：`image` 是二维 numpy 数组，`factor` 是不小于 1 的整数。返回一个
# 高和宽都放大 `factor` 倍的新数组，`image` 中的每个像素在其中占满一个 `factor` × `factor` 的方块。
# 保持数组的 dtype 不变。

# %% answer="enlarge"
def enlarge(image, factor):
    """Return `image` enlarged `factor` times: every pixel becomes a factor × factor block, same dtype.

    返回放大 `factor` 倍的 `image`：每个像素变成 factor × factor 的方块，dtype 不变。
    """
    ### BEGIN SOLUTION
    return np.repeat(np.repeat(image, factor, axis=0), factor, axis=1)
    ### END SOLUTION


# %% tests="enlarge" points=1 assesses="L5.2.1"
_en_small = np.array([[0, 16], [8, 4]], dtype=np.int64)
check("enlarge",
      expect(lambda: enlarge(_en_small, 3).shape == (6, 6),
             en="A 2 × 2 image enlarged 3 times should be 6 × 6.",
             zh="2 × 2 的图片放大 3 倍后应为 6 × 6。"),
      expect(lambda: enlarge(_en_small, 2).tolist() == [[0, 0, 16, 16], [0, 0, 16, 16], [8, 8, 4, 4], [8, 8, 4, 4]],
             en="Every pixel should become a solid block of its own value (no smoothing, no blank gaps).",
             zh="每个像素都应变成一个取值不变的纯色方块（不能平滑，也不能留空隙）。"),
      expect(lambda: enlarge(_en_small, 2).dtype == _en_small.dtype,
             en="The enlarged image should keep the dtype of the original.",
             zh="放大后的图片应保持原图的 dtype。"))
### BEGIN HIDDEN TESTS
from course import submit
_en_rng = np.random.default_rng(3)
_en_cases = [(_en_rng.integers(0, 17, size=(8, 8)).astype(np.uint8), 5), (_en_rng.random((2, 3)), 4),
             (_en_rng.integers(0, 255, size=(3, 7)), 1)]
submit("enlarge", enlarged=[enlarge(_image, _factor) for _image, _factor in _en_cases])
### END HIDDEN TESTS


# %% judge="enlarge"
import numpy as np


def judge(answer, gold):
    rng = np.random.default_rng(3)
    cases = [(rng.integers(0, 17, size=(8, 8)).astype(np.uint8), 5), (rng.random((2, 3)), 4),
             (rng.integers(0, 255, size=(3, 7)), 1)]
    expected = [np.kron(image, np.ones((factor, factor), dtype=image.dtype)) for image, factor in cases]
    submitted = answer["enlarged"]
    return all_of(
        rule(len(submitted) == len(expected) and all(same(s, e) for s, e in zip(submitted, expected)),
             en="On other images (not square, not whole numbers, factor 1), some enlarged images are wrong "
                "in size, values or dtype.",
             zh="在其他图片上（非正方形、非整数像素值、放大倍数为 1），有些放大结果的尺寸、数值或 dtype 不对。"))


# %% [markdown] hint="enlarge" lang="en"
# Enlarge in two steps: first repeat every row `factor` times, then every column. numpy can
# repeat the elements of an array along one axis.

# %% [markdown] hint="enlarge" lang="zh"
# 分两步放大：先把每一行重复 `factor` 次，再把每一列重复 `factor` 次。numpy 可以沿某一个轴
# 重复数组的元素。

# %% [markdown] lang="en"
# ## Task 2 · `label_digits`: label 40 handwritten digits
#
# Here is the batch: 40 scanned digits from the bank's forms, shown enlarged (dark ink on
# light paper). Run the next cell and give each image the digit it shows: click the digit,
# or press its number key (click inside the widget first; `0` is the key for 0). Some digits
# are written badly: decide as the writer most likely meant, as a bank clerk would; `S`
# skips an image you want to come back to.
#
# How it is graded: macro-F1 against the gold digits. Full points from 0.90, half from
# 0.75, a quarter from 0.60; none if fewer than 4 of the 6 hidden control images are right.

# %% [markdown] lang="zh"
# ## 任务 2 · `label_digits`：标注 40 个手写数字
#
# 这是本批数据：银行表单上扫描的 40 个数字，已放大显示（浅色纸上的深色笔迹）。运行下一个单元格，
# 给每张图标上它显示的数字：点击数字，或按对应的数字键（先在控件里点一下；数字 0 对应 `0` 键）。
# 有些数字写得不好：像银行柜员那样，按书写人最可能的意图判断；按 `S` 可以先跳过，稍后再回来。
#
# 评分方法：与金标准数字比较的宏平均 F1。达到 0.90 得满分，达到 0.75 得一半，达到 0.60 得四分之一；
# 6 张隐藏质检图答对不到 4 张则不得分。

# %%
digit_rows = pd.read_csv("digits_batch.csv")
digit_images = {row.id: np.array(row[1:], dtype=float).reshape(8, 8) for row in digit_rows.itertuples(index=False)}
DIGITS = [str(d) for d in range(10)]
digit_labeler = ImageClassifier("digits", digit_images, DIGITS, invert=True)
digit_labeler

# %% by_hand="label_digits"
# what a careful labeler presses, image by image
_dg_keys = "6902816703014968473465312859421295730857"
for _dg_position, _dg_key in enumerate(_dg_keys):
    digit_labeler.session.goto(_dg_position)
    digit_labeler.session.label(_dg_key)

# %% tests="label_digits" points=3 assesses="L5.2.1"
### BEGIN HIDDEN TESTS
# the labels go to the judge before the check can stop the cell: partly labeled work earns partial credit
from course import submit
with open("digits.labels.jsonl", encoding="utf-8") as _dg_file:
    submit("label_digits", answers=_dg_file.read())
### END HIDDEN TESTS
check("label_digits",
      expect(lambda: digit_labeler.session.progress()["done"] == len(digit_images),
             en="Label every digit in the widget above (the progress line shows how many are done).",
             zh="请在上面的控件里标注每一个数字（进度行会显示已完成多少个）。"))


# %% judge="label_digits"
from autograder.scoring.classes import score_class_answers
from autograder.scoring.gold import batch_items, gold_classes

CLASSES = tuple(str(d) for d in range(10))


def judge(answer, gold):
    golden = gold_classes(gold / "digits_gold.csv")
    scores, control = score_class_answers(answer["answers"], CLASSES, batch_items(gold / "digits_batch.csv"),
                                          golden.truth, golden.controls, min_accuracy=4 / 6)
    quality = band(scores.macro_f1, [(0.90, 1.0), (0.75, 0.5), (0.60, 0.25)],
                   en=f"Your digits against the gold digits: macro-F1 {{value:.2f}} (full points from 0.90), "
                      f"accuracy {scores.accuracy:.2f}, {scores.labeled} of {scores.total} labeled.",
                   zh=f"你的标注与金标准比较：宏平均 F1 为 {{value:.2f}}（0.90 起得满分），"
                      f"准确率 {scores.accuracy:.2f}，已标注 {scores.labeled}/{scores.total}。")
    if not control.passed:
        return Verdict(0.0, quality.findings + (rule(False,
            en=f"Only {control.correct} of {control.total} hidden control images were right (at least 4 needed): "
               "the batch is rejected.",
            zh=f"隐藏质检图只答对了 {control.correct}/{control.total} 张（至少需要 4 张）：这批标注被退回。"),))
    return quality


# %% [markdown] hint="label_digits" lang="en"
# Look at the strokes, not at the grey level: a 7 has a flat top and no closed loop, a 9 a
# closed loop on top, a 4 an open or closed triangle on the left with a long vertical
# stroke. If you are unsure, skip and come back after you have seen more of the writer's
# digits.

# %% [markdown] hint="label_digits" lang="zh"
# 看笔画，而不是看深浅：7 顶上是一横、没有闭合的圈；9 顶上有一个闭合的圈；4 左边是一个开口或
# 闭合的三角形，再加一条长竖。拿不准时先跳过，多看几个同一人写的数字后再回来。

# %% [markdown] lang="en"
# ## Task 3 · `tight_box`: the box around an object
#
# Labeling guidelines for boxes almost always say **tight**: the box touches the object on
# all four sides, no margin and nothing cut off. A loose box teaches a detector that the
# object is bigger than it is; a box that cuts off an edge teaches it to miss that edge.
# When the object's pixels are known (a mask, e.g. from a segmentation), the tight box can
# be computed.
#
# Complete `tight_box(mask)`: `mask` is a 2-D boolean array, `True` where the object is
# (rows are y, columns are x). Return the smallest box containing every `True` pixel, as a
# dictionary `{"x": …, "y": …, "w": …, "h": …}` of Python `int`s, where a single pixel has
# width and height 1. Return `None` when the mask has no `True` pixel.

# %% [markdown] lang="zh"
# ## 任务 3 · `tight_box`：物体的紧贴边界框
#
# 边界框的标注规范几乎总是要求**紧贴**：框的四条边都贴着物体，不留空白，也不切掉任何部分。
# 框画大了，检测模型会以为物体比实际大；框切掉一条边，模型就会学着漏掉那条边。如果已经知道
# 物体占哪些像素（一个掩码，例如来自分割结果），就可以把紧贴边界框算出来。
#
# 请补全 `tight_box(mask)`：`mask` 是二维布尔数组，物体所在位置为 `True`（行对应 y，列对应 x）。
# 返回包含所有 `True` 像素的最小框，形式为字典 `{"x": …, "y": …, "w": …, "h": …}`，值都是 Python
# 的 `int`；单个像素的宽和高都是 1。如果掩码里没有 `True` 像素，返回 `None`。

# %% answer="tight_box"
def tight_box(mask):
    """The smallest box {"x", "y", "w", "h"} (ints) around the True pixels of `mask`; None if there are none.

    包住 `mask` 中所有 True 像素的最小框 {"x", "y", "w", "h"}（整数）；没有 True 像素时返回 None。
    """
    ### BEGIN SOLUTION
    rows, cols = np.nonzero(mask)
    if len(rows) == 0:
        return None
    return {"x": int(cols.min()), "y": int(rows.min()),
            "w": int(cols.max() - cols.min() + 1), "h": int(rows.max() - rows.min() + 1)}
    ### END SOLUTION


# %% tests="tight_box" points=2 assesses="L5.2.1"
_tb_mask = np.zeros((6, 8), dtype=bool)
_tb_mask[1:4, 2:7] = True
_tb_dot = np.zeros((5, 5), dtype=bool)
_tb_dot[4, 0] = True
check("tight_box",
      expect(lambda: tight_box(_tb_mask) == {"x": 2, "y": 1, "w": 5, "h": 3},
             en="For a block in rows 1-3 and columns 2-6 the box is x=2, y=1, w=5, h=3 (x is the column, y the row).",
             zh="对于占据第 1-3 行、第 2-6 列的方块，框应为 x=2、y=1、w=5、h=3（x 是列，y 是行）。"),
      expect(lambda: tight_box(_tb_dot) == {"x": 0, "y": 4, "w": 1, "h": 1},
             en="A single pixel has a box of width 1 and height 1.",
             zh="单个像素的框宽为 1、高为 1。"),
      expect(lambda: tight_box(np.zeros((3, 3), dtype=bool)) is None,
             en="An empty mask has no box: return None.",
             zh="空掩码没有框：应返回 None。"))
### BEGIN HIDDEN TESTS
from course import submit
_tb_rng = np.random.default_rng(8)
_tb_boxes = []
for _tb_k in range(6):
    _tb_m = np.zeros((30, 40), dtype=bool)
    _tb_m[_tb_rng.integers(0, 30, size=4 + _tb_k), _tb_rng.integers(0, 40, size=4 + _tb_k)] = True
    _tb_boxes.append(tight_box(_tb_m))
_tb_boxes.append(tight_box(np.zeros((4, 4), dtype=bool)))
submit("tight_box", boxes=_tb_boxes)
### END HIDDEN TESTS


# %% judge="tight_box"
import numpy as np


def expected_boxes():
    rng = np.random.default_rng(8)
    boxes = []
    for k in range(6):
        rows, cols = rng.integers(0, 30, size=4 + k), rng.integers(0, 40, size=4 + k)
        boxes.append({"x": int(cols.min()), "y": int(rows.min()),
                      "w": int(cols.max() - cols.min() + 1), "h": int(rows.max() - rows.min() + 1)})
    return boxes + [None]


def judge(answer, gold):
    return all_of(
        rule(same(answer["boxes"], expected_boxes()),
             en="On other masks (scattered pixels, an empty mask), some boxes are wrong: check x/y against "
                "columns/rows, the +1 in width and height, plain ints and None for an empty mask.",
             zh="在其他掩码上（分散的像素、空掩码），有些框不对：检查 x/y 与列/行的对应、宽高的 +1、"
                "是否为普通 int，以及空掩码是否返回 None。"))


# %% [markdown] hint="tight_box" lang="en"
# `np.nonzero(mask)` gives two arrays: the row numbers and the column numbers of the `True`
# pixels. The box runs from the smallest to the largest of each.

# %% [markdown] hint="tight_box" lang="zh"
# `np.nonzero(mask)` 返回两个数组：`True` 像素的行号和列号。框的范围就是它们各自的最小值到最大值。

# %% [markdown] hint="tight_box" lang="en"
# Count the pixels: from column 2 to column 6 there are 5 columns, not 4. And numpy numbers
# are not Python `int`s: convert them with `int(...)`.

# %% [markdown] hint="tight_box" lang="zh"
# 数一数像素：从第 2 列到第 6 列共有 5 列，而不是 4 列。另外，numpy 的数字不是 Python 的 `int`，
# 要用 `int(...)` 转换。

# %% [markdown] lang="en"
# ## Task 4 · `iou`: how well two boxes agree
#
# IoU is how boxes are judged everywhere: when a client checks your boxes against gold,
# when two labelers' boxes are compared, and when a detector is evaluated. Complete
# `iou(a, b)` for two boxes given as dictionaries with `x`, `y`, `w`, `h` (numbers, pixels):
# the area of their overlap divided by the area of their union
# (area of a + area of b − overlap). Boxes that do not overlap, or only touch, give `0.0`.
# Return a Python float.

# %% [markdown] lang="zh"
# ## 任务 4 · `iou`：两个框有多吻合
#
# IoU 是各处评判边界框的通用方法：客户拿你的框与金标准核对、比较两个标注员的框、评估检测模型，
# 用的都是它。请补全 `iou(a, b)`：两个框都是包含 `x`、`y`、`w`、`h`（数值，单位为像素）的字典；
# 返回它们重叠部分的面积除以并集的面积（a 的面积 + b 的面积 − 重叠面积）。不重叠或只是边挨边的
# 两个框，结果为 `0.0`。返回 Python 的 float。

# %% answer="iou"
def iou(a, b):
    """Intersection over union of boxes `a` and `b` ({"x", "y", "w", "h"}), 0.0 when they do not overlap.

    框 `a` 与框 `b`（{"x", "y", "w", "h"}）的交并比；不重叠时为 0.0。
    """
    ### BEGIN SOLUTION
    width = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
    height = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
    overlap = max(width, 0) * max(height, 0)
    union = a["w"] * a["h"] + b["w"] * b["h"] - overlap
    return float(overlap / union)
    ### END SOLUTION


# %% tests="iou" points=2 assesses="L5.2.1,L5.2.2"
_io_a = {"x": 0, "y": 0, "w": 4, "h": 4}
check("iou",
      expect(lambda: abs(iou(_io_a, _io_a) - 1.0) < 1e-9,
             en="A box compared with itself has IoU 1.",
             zh="一个框与它自身的 IoU 为 1。"),
      expect(lambda: abs(iou(_io_a, {"x": 2, "y": 0, "w": 4, "h": 4}) - 8 / 24) < 1e-9,
             en="Two 4 × 4 boxes shifted by 2 px share 8 px² of 24 px² together: IoU 1/3.",
             zh="两个 4 × 4 的框错开 2 像素，重叠 8 平方像素，合起来覆盖 24 平方像素：IoU 为 1/3。"),
      expect(lambda: iou(_io_a, {"x": 10, "y": 10, "w": 2, "h": 2}) == 0.0,
             en="Boxes far apart have IoU 0 (check that a negative overlap width is not multiplied into a positive area).",
             zh="相距很远的两个框 IoU 为 0（注意不要让两个负的重叠宽高相乘得到正的面积）。"))
### BEGIN HIDDEN TESTS
from course import submit
_io_rng = np.random.default_rng(12)
_io_pairs = [tuple({"x": float(_io_rng.uniform(0, 60)), "y": float(_io_rng.uniform(0, 60)),
                    "w": float(_io_rng.uniform(1, 40)), "h": float(_io_rng.uniform(1, 40))} for _ in range(2))
             for _ in range(40)]
_io_pairs.append(({"x": 0, "y": 0, "w": 5, "h": 5}, {"x": 5, "y": 0, "w": 5, "h": 5}))
_io_pairs.append(({"x": 0, "y": 0, "w": 10, "h": 10}, {"x": 2, "y": 2, "w": 3, "h": 3}))
submit("iou", values=[float(iou(_a, _b)) for _a, _b in _io_pairs])
### END HIDDEN TESTS


# %% judge="iou"
import numpy as np

from autograder.scoring.boxes import iou_matrix


def judge(answer, gold):
    rng = np.random.default_rng(12)
    pairs = [tuple({"x": float(rng.uniform(0, 60)), "y": float(rng.uniform(0, 60)),
                    "w": float(rng.uniform(1, 40)), "h": float(rng.uniform(1, 40))} for _ in range(2))
             for _ in range(40)]
    pairs.append(({"x": 0, "y": 0, "w": 5, "h": 5}, {"x": 5, "y": 0, "w": 5, "h": 5}))
    pairs.append(({"x": 0, "y": 0, "w": 10, "h": 10}, {"x": 2, "y": 2, "w": 3, "h": 3}))
    expected = [float(iou_matrix([a], [b])[0, 0]) for a, b in pairs]
    return all_of(
        rule(same(answer["values"], expected, rel=1e-9, abs=1e-12),
             en="On other pairs of boxes (apart, touching, one inside the other, partly overlapping), some IoU "
                "values are wrong.",
             zh="在其他成对的框上（分开、边挨边、一个在另一个里面、部分重叠），有些 IoU 值不对。"))


# %% [markdown] hint="iou" lang="en"
# The overlap is itself a box: its left edge is the larger of the two left edges, its right
# edge the smaller of the two right edges (`x + w`); the same for top and bottom. When the
# boxes do not overlap, that width or height comes out zero or negative.

# %% [markdown] hint="iou" lang="zh"
# 重叠部分本身也是一个框：它的左边是两个左边中较大的那个，右边是两个右边（`x + w`）中较小的那个；
# 上下边同理。两个框不重叠时，算出来的宽或高会是零或负数。

# %% [markdown] lang="en"
# ## Task 5 · `box_scenes`: boxes on camera images
#
# The factory's camera images show parts of three kinds: `circle` (washers), `square`
# (nuts) and `triangle` (brackets). Run the next cell and, on each of the 10 images, draw
# one **tight** box around every part and give it its class:
# * pick the class first (click it or press `1`, `2`, `3`), then drag on the image to draw;
# * drag a box to move it, drag its bottom-right corner to resize it, click it to select it;
#   `Delete` removes the selected box, `Backspace` undoes the last change;
# * the zoom slider enlarges the image; `→` goes to the next image.
#
# How it is graded: your boxes are matched one-to-one with the gold boxes of each image; a
# pair counts when the class is the same and the IoU is at least 0.5. From the matches come
# precision (your boxes that are right) and recall (gold boxes you found), and their F1.
# Full points from F1 0.95, half from 0.85, a quarter from 0.70.

# %% [markdown] lang="zh"
# ## 任务 5 · `box_scenes`：在相机图片上画框
#
# 工厂相机拍的图片里有三种零件：`circle`（垫圈）、`square`（螺母）和 `triangle`（支架）。运行下一个
# 单元格，在 10 张图片的每一张上，给每个零件画一个**紧贴**的框，并标上它的类别：
# * 先选类别（点击或按 `1`、`2`、`3`），再在图片上拖动画框；
# * 拖动框可以移动它，拖动右下角可以调整大小，单击可以选中；`Delete` 删除选中的框，`Backspace`
#   撤销上一步；
# * 缩放滑块可以放大图片；`→` 转到下一张。
#
# 评分方法：把你的框与每张图的金标准框一一配对；类别相同并且 IoU 至少为 0.5 的一对才算数。由配对
# 结果算出精确率（你画的框中正确的比例）、召回率（金标准框中被你找到的比例）以及两者的 F1。
# F1 达到 0.95 得满分，达到 0.85 得一半，达到 0.70 得四分之一。

# %%
with np.load("scenes.npz") as _scene_file:
    scene_images = {name: _scene_file[name] for name in sorted(_scene_file.files, key=lambda n: int(n[1:]))}
PARTS = ["circle", "square", "triangle"]
box_labeler = BoxAnnotator("scenes", scene_images, PARTS, display_px=480)
box_labeler

# %% by_hand="box_scenes"
# a careful labeler's boxes: tight, one per part, with the right class
_bx_drawn = {
    "s1": [("triangle", 54, 37, 36, 35), ("square", 14, 53, 24, 24)],
    "s2": [("triangle", 33, 49, 41, 41), ("triangle", 44, 7, 37, 37)],
    "s3": [("triangle", 95, 63, 36, 35), ("square", 64, 5, 31, 31), ("triangle", 44, 76, 20, 19)],
    "s4": [("triangle", 46, 69, 41, 41), ("circle", 77, 13, 37, 37), ("circle", 3, 63, 38, 38)],
    "s5": [("square", 90, 25, 31, 31), ("circle", 35, 12, 21, 21), ("triangle", 58, 71, 36, 35), ("square", 13, 48, 33, 33)],
    "s6": [("square", 49, 44, 18, 18), ("circle", 55, 92, 25, 25)],
    "s7": [("circle", 8, 66, 41, 41), ("triangle", 58, 62, 26, 25)],
    "s8": [("square", 118, 53, 39, 39), ("circle", 4, 11, 27, 27), ("triangle", 68, 68, 22, 21)],
    "s9": [("circle", 33, 29, 26, 26), ("square", 45, 79, 35, 35), ("square", 102, 90, 25, 25)],
    "s10": [("circle", 96, 38, 36, 36), ("circle", 16, 45, 18, 18), ("square", 64, 82, 22, 22), ("circle", 67, 19, 23, 23)],
}
for _bx_position, _bx_scene in enumerate(scene_images):
    box_labeler.session.goto(_bx_position)
    box_labeler.session.label([{"x": x, "y": y, "w": w, "h": h, "label": label}
                               for label, x, y, w, h in _bx_drawn[_bx_scene]])

# %% tests="box_scenes" points=3 assesses="L5.2.1"
### BEGIN HIDDEN TESTS
# the labels go to the judge before the check can stop the cell: partly labeled work earns partial credit
from course import submit
with open("scenes.labels.jsonl", encoding="utf-8") as _bx_file:
    submit("box_scenes", answers=_bx_file.read())
### END HIDDEN TESTS
check("box_scenes",
      expect(lambda: box_labeler.session.progress()["done"] == len(scene_images),
             en="Draw the boxes on every image in the widget above (an image counts as done once it has a box).",
             zh="请在上面控件的每一张图片上画框（一张图片画了框才算完成）。"))


# %% judge="box_scenes"
import json
from pathlib import Path

from autograder.scoring.answers import read_answer_text
from autograder.scoring.boxes import score_boxes
from course.widgets.task import LabelTask

CLASSES = ("circle", "square", "triangle")


def judge(answer, gold):
    truth = json.loads((Path(gold) / "scenes_gold.json").read_text(encoding="utf-8"))
    labels = read_answer_text(answer["answers"], LabelTask("boxes", CLASSES, tuple(truth))).labels
    scores = score_boxes(labels, truth, iou_threshold=0.5)
    return band(scores.f1, [(0.95, 1.0), (0.85, 0.5), (0.70, 0.25)],
                en=f"Your boxes against the gold boxes (IoU ≥ 0.5, same class): F1 {{value:.2f}} (full points from "
                   f"0.95), precision {scores.precision:.2f}, recall {scores.recall:.2f}, "
                   f"mean IoU of the matched boxes {scores.mean_iou:.2f}.",
                zh=f"你的框与金标准框比较（IoU ≥ 0.5 且类别相同）：F1 为 {{value:.2f}}（0.95 起得满分），"
                   f"精确率 {scores.precision:.2f}，召回率 {scores.recall:.2f}，配对框的平均 IoU {scores.mean_iou:.2f}。")


# %% [markdown] hint="box_scenes" lang="en"
# Go through each image once looking only for parts, then draw. Small parts are the ones
# that get missed, and every missed part costs recall. Zoom in to put the edges of the box
# on the edges of the part.

# %% [markdown] hint="box_scenes" lang="zh"
# 每张图先只找零件、数清楚，再画框。小零件最容易漏掉，每漏一个都会降低召回率。放大图片，让框的
# 边正好压在零件的边上。

# %% [markdown] lang="en"
# ## Written question · a box guideline for the factory
#
# The factory asks for a one-paragraph box guideline. Write it (4 to 6 sentences). Say how
# tight a box must be and why, what to do with a part that is partly hidden by another or
# cut by the image edge, and what to do with a part you cannot classify. Use what IoU
# measures to explain why a box 20 % too large on every side is a problem.

# %% [markdown] lang="zh"
# ## 简答题 · 给工厂写一份画框规范
#
# 工厂要一段话的画框规范。请写出来（4 到 6 句）。说明框要多紧、为什么；被别的零件挡住一部分或
# 被图像边缘截断的零件怎么处理；无法判断类别的零件怎么处理。用 IoU 衡量的内容，解释为什么每条边
# 都大 20% 的框是个问题。

# %% [markdown] manual="box_guideline" points=2 assesses="L5.2.1"
# **Model answer.** Every part gets one box whose four edges touch the part's outermost
# pixels: no margin, nothing cut off, because the detector learns the part's extent from the
# box. A box 20 % too large on every side has 1.4 × 1.4 ≈ 1.96 times the area, so its IoU
# with the tight box is only about 0.51: it barely passes a 0.5 check, fails stricter ones
# (0.75), and teaches the model to place loose boxes. A partly hidden part is boxed around
# its visible pixels only (or, if the client wants amodal boxes, around its estimated full
# outline, but the guideline must say which, for everyone); a part cut by the image edge is
# boxed up to the edge. A part that cannot be classified is not guessed: it is flagged
# (skipped, with a note or an `unknown` tag if the scheme has one) for review.
#
# **Rubric (2 points).** ½ point each: tight boxes with a reason; the IoU argument (area
# grows by about twice, IoU about 0.5); occlusion/edge rule stated as one team-wide choice;
# unclassifiable parts flagged for review rather than guessed.

# %% [markdown] lang="en"
# ## What you did
#
# You enlarged tiny images without smoothing, labeled a batch of handwritten digits, computed
# tight boxes and IoU, and drew class-labeled boxes on camera images. Your work is in
# `digits.labels.jsonl` and `scenes.labels.jsonl`; the box widget also exports the formats
# detectors are trained from: `box_labeler.export_coco("scenes_coco.json")` and
# `box_labeler.export_yolo("scenes_yolo")`. Converting between them is the subject of the
# lesson on labeled-data statistics.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你学会了不平滑地放大小图片，标注了一批手写数字，计算了紧贴边界框和 IoU，并在相机图片上画了带
# 类别的边界框。你的标注保存在 `digits.labels.jsonl` 和 `scenes.labels.jsonl` 中；边界框控件还能
# 导出训练检测模型常用的格式：`box_labeler.export_coco("scenes_coco.json")` 和
# `box_labeler.export_yolo("scenes_yolo")`。这些格式之间的转换，是“标注后数据分类与统计”一课的内容。
