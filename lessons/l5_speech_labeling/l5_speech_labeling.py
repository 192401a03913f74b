# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: l5_speech_labeling
#     level: 5
#     title: {en: "Labeling speech: segments, speakers and transcripts", zh: 语音标注：切分、说话人与转写}
#     datasets: [speech_calls/clips.csv, speech_calls/call_01.wav, speech_calls/call_02.wav, speech_calls/call_03.wav, speech_calls/call_04.wav]
#     gold: [speech_calls/gold.json]
# ---

# %% [markdown] lang="en"
# # Labeling speech: segments, speakers and transcripts
#
# An online shop is building a voice assistant for its customer hotline. Before a speech
# recogniser can learn from the shop's recorded calls, people must label them: **where**
# somebody speaks (segmenting, 切分), **who** speaks or what the sound is (a class per
# segment), and **what** is said (transcription, 转写). A recogniser trained on sloppy
# boundaries learns to cut words in half; one trained on transcripts that write "3" in one
# call and "三" in the next learns both, badly.
#
# In this lesson you will:
# * read a short transcription convention, the speech version of a labeling guideline;
# * write the two numbers a client uses to check speech labels: the **character error
#   rate** (CER, 字错误率) of a transcript and the **overlap** (IoU) of two segments;
# * segment, classify and transcribe four short calls (two in Chinese, two in English) in
#   an audio labeling widget; your work is scored against gold labels that are not in
#   this notebook.
#
# This is the Level 5 work content "cleaning and labeling raw text, image and speech
# data" of the national AI Trainer standard.
#
# **How to work.** Code tasks: complete the function, run it, then run the check cell below
# it. Labeling tasks: work in the widget; every segment you save is written at once to a
# file beside the notebook, so a page reload loses nothing. Stuck? Run `hint("task_id")`,
# for example `hint("cer")`, and run it again for the next hint.

# %% [markdown] lang="zh"
# # 语音标注：切分、说话人与转写
#
# 一家网店正在为客服热线开发语音助手。语音识别模型要从店里的通话录音中学习，先得有人把录音标注好：
# 哪里有人说话（切分），是谁在说、或者是什么声音（给每个片段一个类别），以及说了什么（转写）。
# 如果切分的边界很随意，模型就会学着把词切成两半；如果这通电话里写“3”、下一通写“三”，模型两种
# 都学，结果两种都学不好。
#
# 本课你将：
# * 读一份简短的转写规范，也就是语音版的标注规范；
# * 编写客户检查语音标注时用的两个指标：转写文本的**字错误率**（CER）和两个片段的**重叠度**（交并比，IoU）；
# * 在音频标注控件中对四段简短通话（两段中文、两段英文）进行切分、分类和转写；评分时会与金标准
#   比较，金标准不在本笔记本里。
#
# 这对应国家人工智能训练师职业标准五级的“原始数据清洗与标注”（文本、图像和语音数据）。
#
# **本课怎么学。** 代码任务：补全函数，运行它，再运行下面的检查单元格。标注任务：在控件里操作；
# 每保存一个片段都会立即写入笔记本旁边的文件，刷新页面也不会丢失。卡住了？运行 `hint("任务编号")`，
# 例如 `hint("cer")`；再运行一次可以看下一条提示。

# %%
import unicodedata

import pandas as pd
from rapidfuzz.distance import Levenshtein

from course import check, expect, hidden_check, hint
from course.widgets import AudioSegmenter

# %% [markdown] lang="en"
# ## The transcription convention
#
# Every project writes its own convention; this is ours, and the grader reads your work
# with it.
#
# 1. **Segments.** A segment runs from the first to the last sound of one speaker's turn,
#    without the silence around it. Boundaries within 0.2 s of the true ones count as right.
#    Silence gets no segment.
# 2. **Classes.** `customer` (the caller), `agent` (the shop's service agent, who answers),
#    `noise` (a sound that is not speech: a knock, a beep, a door). Speech is never
#    labeled `noise`, however quiet it is.
# 3. **Transcripts.** Write what is said, word for word, as it is said; do not correct or
#    summarise. Chinese in simplified characters, English in ordinary spelling. Write
#    numbers the way they are spoken: `三天`, not `3天`; `two`, not `2`. Punctuation and
#    letter case are free (the grader ignores them). A `noise` segment has no transcript.
#
# How transcripts are compared: both texts are **normalised** (the function below: letter
# case folded, punctuation dropped, runs of spaces made one, spaces next to Chinese
# characters dropped), then the CER is the number of character edits (insertions,
# deletions, substitutions) that turn the transcript into the reference, divided by the
# reference's length. For Chinese every character counts as one; for English the letters
# and the spaces between words do.

# %% [markdown] lang="zh"
# ## 转写规范
#
# 每个项目都有自己的转写规范；下面是本课的规范，评分也按它来。
#
# 1. **片段。** 一个片段从某位说话人一轮发言的第一个声音开始，到最后一个声音结束，不包括前后的静音。
#    起止点与真实位置相差不超过 0.2 秒就算对。静音不标片段。
# 2. **类别。** `customer`（来电的顾客）、`agent`（接电话的网店客服）、`noise`（不是说话的声音：敲门声、
#    提示音、关门声）。说话声无论多轻，都不能标成 `noise`。
# 3. **转写。** 听到什么写什么，逐字照写，不要改正或概括。中文用简体汉字，英文用正常拼写。数字按
#    读音写：写 `三天`，不写 `3天`；写 `two`，不写 `2`。标点和大小写随意（评分时忽略）。
#    `noise` 片段没有转写文本。
#
# 转写文本的比较方法：先把两段文本都**规范化**（见下面的函数：统一为小写、去掉标点、连续空格合并为
# 一个、去掉汉字旁边的空格），然后计算 CER：把转写文本改成参考文本所需的字符编辑次数（插入、删除、
# 替换），除以参考文本的长度。中文每个汉字算一个字符；英文的字母和词之间的空格都算字符。

# %%
def normalize(text):
    """The text as the convention compares it: lower case, no punctuation, single spaces,
    no spaces beside Chinese characters.

    按转写规范比较时的文本：小写、无标点、单个空格、汉字旁边没有空格。
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in text)
    words = text.split()
    joined = ""
    for word in words:
        glue = joined and not ("\u4e00" <= joined[-1] <= "\u9fff" or "\u4e00" <= word[0] <= "\u9fff")
        joined += (" " if glue else "") + word
    return joined


print(normalize("Hi,  I want the BLUE jacket!"))
print(normalize("你好， 我买的 耳机。"))

# %% [markdown] lang="en"
# ## Task 1 · `cer`: the character error rate of a transcript
#
# Complete `cer(hypothesis, reference)`: normalise both texts with `normalize`, count the
# edits with `Levenshtein.distance(a, b)` (from rapidfuzz, imported above), and divide by
# the length of the normalised reference. When the normalised reference is empty, return
# `0.0` if the normalised hypothesis is empty too, else `1.0`.
#
# For example, the reference `这个充电器坏了` has 7 characters; the transcript
# `这个充点器坏` has one substitution (点 for 电) and one deletion (了), so its CER is 2/7 ≈ 0.29.

# %% [markdown] lang="zh"
# ## 任务 1 · `cer`：转写文本的字错误率
#
# 请补全 `cer(hypothesis, reference)`：先用 `normalize` 规范化两段文本，
# 再用 `Levenshtein.distance(a, b)`（来自 rapidfuzz，上面已导入）计算编辑次数，除以规范化后参考文本的长度。如果规范化后的参考文本
# 为空：转写文本规范化后也为空时返回 `0.0`，否则返回 `1.0`。
#
# 例如参考文本 `这个充电器坏了` 有 7 个字；转写文本 `这个充点器坏` 有一处替换（“电”写成“点”）和一处
# 删除（漏了“了”），所以 CER 是 2/7 ≈ 0.29。

# %% answer="cer"
def cer(hypothesis, reference):
    """The character error rate of `hypothesis` against `reference`, after normalising both.

    规范化两段文本后，`hypothesis` 相对 `reference` 的字错误率。
    """
    ### BEGIN SOLUTION
    hypothesis, reference = normalize(hypothesis), normalize(reference)
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return Levenshtein.distance(hypothesis, reference) / len(reference)
    ### END SOLUTION


# %% tests="cer" points=2 assesses="L5.2.1"
check("cer",
      expect(lambda: abs(cer("这个充点器坏", "这个充电器坏了") - 2 / 7) < 1e-9,
             en="cer('这个充点器坏', '这个充电器坏了') should be 2/7: one substitution and one deletion in 7 characters.",
             zh="cer('这个充点器坏', '这个充电器坏了') 应为 2/7：7 个字中有一处替换和一处删除。"),
      expect(lambda: cer("Sure, I can help.", "sure i can help") == 0.0,
             en="Punctuation and letter case must not count as errors: normalise both texts first.",
             zh="标点和大小写不应算作错误：请先规范化两段文本。"),
      expect(lambda: cer("", "") == 0.0 and cer("敲门", "") == 1.0,
             en="An empty reference gives 0.0 for an empty transcript and 1.0 otherwise.",
             zh="参考文本为空时，转写文本也为空应返回 0.0，否则返回 1.0。"))
### BEGIN HIDDEN TESTS
hidden_check("cer",
             expect(lambda: abs(cer("a box", "The box.") - 3 / 7) < 1e-9,
                    en="English counts letters and spaces: 'a box' against 'the box' is 3 edits in 7 characters.",
                    zh="英文按字母和空格计算：'a box' 对 'the box' 是 7 个字符中 3 次编辑。"),
             expect(lambda: abs(cer("我 要 退 货 了", "我要退货") - 1 / 4) < 1e-9,
                    en="Spaces between Chinese characters must not count; an added character does.",
                    zh="汉字之间的空格不应计入；多写的字要计入。"),
             expect(lambda: cer("3天", "三天") == 0.5,
                    en="A digit where the reference has the spoken number is an error.",
                    zh="参考文本写数字读音而转写写阿拉伯数字，应算作错误。"))
### END HIDDEN TESTS


# %% [markdown] hint="cer" lang="en"
# Normalise first, then handle the empty reference, then divide: `len(...)` of a Python
# string counts characters, so a Chinese character is one.

# %% [markdown] hint="cer" lang="zh"
# 先规范化，再处理参考文本为空的情况，最后做除法：Python 字符串的 `len(...)` 按字符计数，一个汉字算一个。

# %% [markdown] lang="en"
# ## Task 2 · `segment_iou`: how well two segments overlap
#
# A segment is a dict with `start` and `end` in seconds. Complete `segment_iou(a, b)`: the
# length of the time the two segments share (0 when they do not meet) divided by the
# length of the time covered by either (their lengths added, minus the shared part). It is
# 1.0 for identical segments and 0.0 for segments that do not overlap. The grader pairs
# each of your segments with a gold segment and counts a pair when its IoU is at least 0.5.

# %% [markdown] lang="zh"
# ## 任务 2 · `segment_iou`：两个片段的重叠度
#
# 片段是一个字典，`start` 和 `end` 以秒为单位。请补全 `segment_iou(a, b)`：两个片段共有的时长（不相交时
# 为 0），除以两者合起来覆盖的时长（两者长度之和减去共有部分）。完全相同的片段得 1.0，不重叠的片段
# 得 0.0。评分时，你的每个片段会与一个金标准片段配对，交并比不低于 0.5 的配对才算数。

# %% answer="segment_iou"
def segment_iou(a, b):
    """Intersection over union of two segments {"start": s, "end": e} in seconds.

    两个片段（以秒为单位的 {"start": s, "end": e}）的交并比。
    """
    ### BEGIN SOLUTION
    shared = max(0.0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    union = (a["end"] - a["start"]) + (b["end"] - b["start"]) - shared
    return shared / union if union > 0 else 0.0
    ### END SOLUTION


# %% tests="segment_iou" points=2 assesses="L5.2.1"
check("segment_iou",
      expect(lambda: abs(segment_iou({"start": 0, "end": 2}, {"start": 1, "end": 3}) - 1 / 3) < 1e-9,
             en="[0, 2] and [1, 3] share 1 s of 3 s covered: IoU 1/3.",
             zh="[0, 2] 和 [1, 3] 共有 1 秒，合起来覆盖 3 秒：交并比为 1/3。"),
      expect(lambda: segment_iou({"start": 0, "end": 1}, {"start": 2, "end": 3}) == 0.0,
             en="Segments that do not meet have IoU 0.",
             zh="不相交的片段交并比为 0。"))
### BEGIN HIDDEN TESTS
hidden_check("segment_iou",
             expect(lambda: abs(segment_iou({"start": 0.5, "end": 2.5}, {"start": 0.6, "end": 2.4}) - 0.9) < 1e-9,
                    en="A segment inside another: IoU is the shorter length over the longer.",
                    zh="一个片段在另一个里面时，交并比等于短的长度除以长的长度。"),
             expect(lambda: segment_iou({"start": 1, "end": 2}, {"start": 2, "end": 3}) == 0.0,
                    en="Segments that only touch share no time.",
                    zh="只是首尾相接的片段没有共有时长。"),
             expect(lambda: segment_iou({"start": 3, "end": 4}, {"start": 3, "end": 4}) == 1.0,
                    en="Identical segments have IoU 1.",
                    zh="完全相同的片段交并比为 1。"))
### END HIDDEN TESTS


# %% [markdown] hint="segment_iou" lang="en"
# The shared part starts at the later of the two starts and ends at the earlier of the two
# ends; when that is negative, nothing is shared.

# %% [markdown] hint="segment_iou" lang="zh"
# 共有部分从两个起点中较晚的那个开始，到两个终点中较早的那个结束；算出来是负数时，就没有共有部分。

# %% [markdown] lang="en"
# ## Task 3 · `segment_calls`: segment the calls and label each segment
#
# Run the next cell. The widget shows one call at a time: its waveform (loud stretches are
# tall), a Play button and the segments you have saved. For each call:
#
# 1. Listen to it whole (`Space` plays and pauses; click the widget first so it has the keys).
# 2. Select a stretch: drag across the waveform, or click where it starts and press `[`,
#    then click where it ends and press `]`. `L` loops the selection so you can check
#    its edges by ear; the waveform shows where the sound starts and stops.
# 3. Press `1` (`customer`), `2` (`agent`) or `3` (`noise`), or click the class: the
#    segment is saved. A new segment replaces any it overlaps; click a segment and press
#    `Delete` to remove it, `Backspace` undoes.
# 4. `→` goes to the next call.
#
# In this task only the segments and their classes are graded (transcripts come in Task 4;
# you may type them now if you like). Grading: segments matched to the gold ones (IoU at
# least 0.5), their boundaries within 0.2 s, and their classes; full points when the
# average of the three shares is at least 0.90, half from 0.75, a quarter from 0.50.

# %% [markdown] lang="zh"
# ## 任务 3 · `segment_calls`：切分通话并给每个片段分类
#
# 运行下一个单元格。控件一次显示一段通话：它的波形（声音大的地方波形高）、播放按钮和你已保存的片段。
# 对每段通话：
#
# 1. 先完整听一遍（`空格` 播放/暂停；先在控件里点一下，快捷键才生效）。
# 2. 选出一段：在波形上拖动；或者点击起点后按 `[`，再点击终点后按 `]`。按 `L` 循环播放选区，
#    用耳朵检查边界；波形也能告诉你声音从哪里开始、到哪里结束。
# 3. 按 `1`（`customer`）、`2`（`agent`）或 `3`（`noise`），或点击类别按钮：片段即被保存。新片段会
#    替换与它重叠的片段；点击某个片段后按 `Delete` 可删除它，按 `Backspace` 撤销。
# 4. 按 `→` 进入下一段通话。
#
# 本任务只评片段和类别（转写在任务 4；想现在就输入转写也可以）。评分：与金标准片段配对（交并比不低于 0.5）的比例、
# 起止点误差在 0.2 秒以内的比例、类别正确的比例；三者平均达到 0.90 得满分，
# 达到 0.75 得一半，达到 0.50 得四分之一。

# %%
calls = pd.read_csv("clips.csv")
SPEECH_CLASSES = ["customer", "agent", "noise"]
speech_labeler = AudioSegmenter("calls", dict(zip(calls["id"], calls["file"])), SPEECH_CLASSES)
speech_labeler

# %% by_hand="segment_calls"
# what a careful labeler marks, call by call: the stretches a listener hears, in seconds
_sc_marks = {
    "call_01": [(0.48, 5.66, "customer"), (6.33, 10.62, "agent")],
    "call_02": [(0.42, 2.85, "customer"), (3.32, 3.86, "noise"), (4.35, 6.17, "agent")],
    "call_03": [(0.58, 5.52, "customer"), (5.9, 6.42, "noise"), (6.98, 12.1, "agent")],
    "call_04": [(0.51, 2.95, "customer"), (3.73, 5.72, "agent")],
}
for _sc_position, _sc_clip in enumerate(calls["id"]):
    speech_labeler.session.goto(_sc_position)
    for _sc_start, _sc_end, _sc_class in _sc_marks[_sc_clip]:
        speech_labeler.add_segment(_sc_start, _sc_end, _sc_class)

# %% tests="segment_calls" points=3 assesses="L5.2.1"
### BEGIN HIDDEN TESTS
# the labels go to the judge before the check can stop the cell: partly labeled work earns partial credit
from course import submit
with open("calls.labels.jsonl", encoding="utf-8") as _sc_file:
    submit("segment_calls", answers=_sc_file.read())
### END HIDDEN TESTS
check("segment_calls",
      expect(lambda: all(speech_labeler.session.labels().get(c) for c in calls["id"]),
             en="Save at least one segment in every call of the widget above.",
             zh="请在上面的控件里为每段通话至少保存一个片段。"))


# %% judge_helpers
import json

from autograder.scoring.answers import read_answer_text
from autograder.scoring.gold import batch_items
from autograder.scoring.speech import score_speech
from course.widgets.task import LabelTask

CLASSES = ("customer", "agent", "noise")


def speech_scores(answer, gold):
    """The trainee's segments and transcripts against the gold ones (IoU 0.5, boundaries within 0.2 s)."""
    truth = json.loads((gold / "gold.json").read_text(encoding="utf-8"))
    labels = read_answer_text(answer["answers"], LabelTask("segments", CLASSES, batch_items(gold / "clips.csv"))).labels
    return score_speech(labels, truth, iou_threshold=0.5, tolerance=0.2)


# %% judge="segment_calls"
def judge(answer, gold):
    scores = speech_scores(answer, gold)
    quality = (scores.f1 + scores.boundary_accuracy + scores.label_accuracy) / 3
    return band(quality, [(0.90, 1.0), (0.75, 0.5), (0.50, 0.25)],
                en=f"Your segments against the gold ones: {scores.matched} of {scores.gold} found "
                   f"(you saved {scores.predicted}; F1 {scores.f1:.2f}), boundaries within 0.2 s "
                   f"{scores.boundary_accuracy:.0%}, classes right {scores.label_accuracy:.0%}: "
                   "average {value:.2f} (full points from 0.90).",
                zh=f"你的片段与金标准比较：找到 {scores.matched}/{scores.gold} 个（你保存了 {scores.predicted} 个，"
                   f"F1 为 {scores.f1:.2f}），起止点误差在 0.2 秒以内的占 {scores.boundary_accuracy:.0%}，"
                   f"类别正确的占 {scores.label_accuracy:.0%}：平均 {{value:.2f}}（0.90 起得满分）。")


# %% [markdown] hint="segment_calls" lang="en"
# Zoom in with your eyes before your ears: a segment starts where the waveform rises out of
# the flat hiss and ends where it falls back. Then loop the selection (`L`) and listen for a
# clipped first or last sound.

# %% [markdown] hint="segment_calls" lang="zh"
# 先用眼睛看，再用耳朵听：片段从波形由平坦的底噪中升起的地方开始，到回落的地方结束。
# 然后按 `L` 循环播放选区，听听开头或结尾的声音有没有被切掉。

# %% [markdown] hint="segment_calls" lang="en"
# Two voices answer each other in every call: the caller speaks first. A short, sharp
# burst between them that is not a voice is `noise`, with its own segment.

# %% [markdown] hint="segment_calls" lang="zh"
# 每段通话里都是两个声音一问一答：来电的顾客先说。两段说话之间那种短促、尖锐、不是人声的声音
# 属于 `noise`，要单独标一个片段。

# %% [markdown] lang="en"
# ## Task 4 · `transcribe_calls`: transcribe what is said
#
# Back in the widget above, click each `customer` and `agent` segment of each call: its
# stretch is selected and its transcript box filled with what you typed so far. Loop it
# (`L`), type what is said following the convention, and press `Enter` to save the text.
# (For a new segment, type the text first and then press its class key: both are saved together.)
#
# Grading: the CER of your transcripts against the gold ones, over all speech in the four
# calls (a speech segment you did not find counts as entirely missing). Full points when
# the CER is at most 0.05, half up to 0.15, a quarter up to 0.30.

# %% [markdown] lang="zh"
# ## 任务 4 · `transcribe_calls`：转写说话内容
#
# 回到上面的控件，逐段通话点击每个 `customer` 和 `agent` 片段：它的时间范围会被选中，转写框里显示
# 你之前输入的内容。循环播放（`L`），按转写规范输入听到的内容，然后按 `Enter` 保存。
# （如果是新片段，先输入文本再按类别键，两者会一起保存。）
#
# 评分：你的转写与金标准转写比较的 CER，覆盖四段通话里的全部说话内容（没找到的说话片段按整段缺失
# 计算）。CER 不超过 0.05 得满分，不超过 0.15 得一半，不超过 0.30 得四分之一。

# %% by_hand="transcribe_calls"
# the careful labeler's second pass: every speech segment, looped and typed
_tc_said = {
    "call_01": {"customer": "你好，我买的耳机三天了还没发货。", "agent": "您好，我马上帮您查一下物流。"},
    "call_02": {"customer": "Hi, I want to return the blue jacket.", "agent": "Sure, I can help you with that."},
    "call_03": {"customer": "这个充电器用了两天就坏了。", "agent": "非常抱歉，我们给您换一个新的。"},
    "call_04": {"customer": "My order arrived, but the box was empty.", "agent": "I am sorry, let me check your order."},
}
for _tc_position, _tc_clip in enumerate(calls["id"]):
    speech_labeler.session.goto(_tc_position)
    for _tc_index, _tc_segment in enumerate(speech_labeler.segments()):
        if _tc_segment["label"] in _tc_said[_tc_clip]:
            speech_labeler.pick(_tc_index)
            speech_labeler.transcript.value = _tc_said[_tc_clip][_tc_segment["label"]]
            speech_labeler.commit_transcript()

# %% tests="transcribe_calls" points=3 assesses="L5.2.1"
### BEGIN HIDDEN TESTS
# the labels go to the judge before the check can stop the cell: partly labeled work earns partial credit
from course import submit
with open("calls.labels.jsonl", encoding="utf-8") as _tc_file:
    submit("transcribe_calls", answers=_tc_file.read())
### END HIDDEN TESTS
check("transcribe_calls",
      expect(lambda: all(s["text"].strip() for c in calls["id"] for s in speech_labeler.session.labels().get(c, [])
                         if s["label"] != "noise") and len(speech_labeler.session.labels()) == len(calls),
             en="Type a transcript for every customer and agent segment of every call (press Enter to save it).",
             zh="请为每段通话的每个 customer 和 agent 片段输入转写文本（按 Enter 保存）。"))


# %% judge="transcribe_calls"
def judge(answer, gold):
    scores = speech_scores(answer, gold)
    return band(1 - scores.cer, [(0.95, 1.0), (0.85, 0.5), (0.70, 0.25)],
                en=f"Your transcripts against the gold ones: character error rate {scores.cer:.3f} "
                   f"over all speech ({scores.matched} of {scores.gold} segments found); full points up to 0.05.",
                zh=f"你的转写与金标准比较：全部说话内容的字错误率为 {scores.cer:.3f}"
                   f"（找到 {scores.matched}/{scores.gold} 个片段）；不超过 0.05 得满分。")


# %% [markdown] hint="transcribe_calls" lang="en"
# Write what you hear, not what you expect: a number spoken in Chinese is written in
# Chinese characters, and polite words ("您好", "hi") are part of the transcript.

# %% [markdown] hint="transcribe_calls" lang="zh"
# 写听到的，而不是你以为会说的：用中文说出的数字要写成汉字，“您好”“hi”之类的客套话也是转写内容的一部分。

# %% [markdown] lang="en"
# ## Written answer · hard cases in a transcription convention
#
# A colleague sends you three questions about calls from the same hotline. For each, say
# what the labeler should do and which rule of a convention it needs (ours, or one you
# would add):
# 1. The customer says "呃……我想问一下" with a long "呃" before the question.
# 2. The agent starts answering while the customer is still speaking, so for a second both
#    voices overlap.
# 3. The customer reads out an order number: "六八零二".
#
# Then explain in two or three sentences why the client scores transcripts by CER against
# gold, instead of just asking "does it read well?".

# %% [markdown] lang="zh"
# ## 简答题 · 转写规范中的疑难情况
#
# 同事发来同一条热线的三个问题。请分别说明标注员应该怎么做，以及需要规范里的哪条规则（本课的规范，
# 或者你认为应该补充的规则）：
# 1. 顾客说“呃……我想问一下”，提问前有一个拖长的“呃”。
# 2. 顾客还没说完，客服就开始回答，有一秒钟两个声音重叠。
# 3. 顾客念出订单号：“六八零二”。
#
# 然后用两三句话解释：为什么客户要用字错误率和金标准来评转写，而不是只问“读起来通不通顺”？

# %% [markdown] manual="transcription_cases" points=2 assesses="L5.2.1"
# **Model answer.** (1) Verbatim means the filler is heard speech: either transcribe it
# (`呃我想问一下`) or, if the project removes fillers, the convention must say so and list
# them; what matters is that every labeler does the same. Its segment starts at the "呃".
# (2) Overlapping speech needs a rule our convention lacks: give each speaker a segment of
# their own even where they overlap (the widget here keeps segments apart, so mark the
# overlap in the later speaker's segment and report it), or use an `overlap` class; never
# drop one speaker's words. (3) Write the digits as spoken, 六八零二, not 6802 (rule 3);
# a project that wants digits normalises them afterwards, by program, the same way for all.
# CER against gold measures what the recogniser will learn, character by character, the
# same way for every labeler and every batch; "reads well" hides substitutions that sound
# alike (电/点), dropped words and tidied-up grammar that are wrong as training data.
#
# **Rubric (2 points).** 1 point: a sensible, consistent rule for each case (½ for two).
# 1 point: the explanation names objective, repeatable measurement against a reference and
# at least one error a "reads well" check misses.

# %% [markdown] lang="en"
# ## What you did
#
# You followed a transcription convention, computed the two measures a client checks
# speech labels with (CER and segment IoU), and segmented, classified and transcribed four
# calls. Your work is in `calls.labels.jsonl`, one line per saved change: the grader
# replays it exactly as the widget does when you reopen this notebook.

# %% [markdown] lang="zh"
# ## 本课小结
#
# 你按转写规范工作，编写了客户检查语音标注用的两个指标（字错误率和片段交并比），并对四段通话完成了
# 切分、分类和转写。你的工作保存在 `calls.labels.jsonl` 中，每保存一次修改就写一行：评分程序会像你
# 重新打开本笔记本时的控件一样，逐行重放它。
