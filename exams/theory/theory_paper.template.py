# The one source of the three theory papers (exam_l5_theory, exam_l4_theory, exam_l3_theory):
# `course paper build` writes each paper's source from it into the course directory, filling
# in $paper, $level, ${level_zh} (五, 四 or 三) and $assesses (ethics, fundamentals and
# every work content of the level in exams/standard.yml). These lines above the header are left out.

# ---
# jupyter:
#   kernelspec: {display_name: Python 3, language: python, name: python3}
#   course:
#     id: $paper
#     level: $level
#     title: {en: Level $level theory paper, zh: ${level_zh}级理论知识试卷}
# ---

# %% [markdown] lang="en"
# # AI Trainer, Level $level: theory paper
#
# This is a closed-book paper of true/false, single-choice and multiple-choice questions,
# drawn for you from the Level $level question bank. Its parts, points and time limit are shown
# at the top of the paper; the countdown starts when you first run the cell below.
#
# * Run the cell below once. Answer by clicking: every answer is saved at once in a file
#   beside this notebook, so a reload loses nothing. Run the cell again to see your answers.
# * Use the buttons above the questions to move between the parts.
# * A multiple-choice question earns its point only when you choose every right option and
#   no wrong one.
# * Submit the paper before it closes. A paper handed in after the close is marked late.
#   If you submit more than once, the last submission before the close counts.
#
# Your score and the explanations of the answers are published after the paper closes.

# %% [markdown] lang="zh"
# # 人工智能训练师${level_zh}级：理论知识试卷
#
# 本试卷为闭卷考试，题型包括判断题、单项选择题和多项选择题，题目从${level_zh}级题库中为你单独抽取。各部分的题量、分值和考试时间显示在试卷顶部；第一次运行下面的单元格时开始倒计时。
#
# * 运行下面的单元格一次。点击选项作答：每个答案都会立即保存到笔记本旁边的文件中，刷新页面也不会丢失。再次运行该单元格可以看到已保存的答案。
# * 用题目上方的按钮在各部分之间切换。
# * 多项选择题须选出全部正确选项且不选错误选项才能得分。
# * 请在考试结束前提交。结束后提交的试卷会被标记为迟交。多次提交时，以结束前最后一次提交为准。
#
# 考试结束后公布成绩和答案解析。

# %%
from course import check, expect
from course.exam import theory_paper
from course.widgets.quiz import load_quiz_answers

paper = theory_paper()
paper

# %% by_hand="theory_answers"
# The candidate answers in the widget above; the paper's proof hands in the key instead.
pass

# %% tests="theory_answers" points=100 assesses="$assesses"
_ta_answers = load_quiz_answers("$paper")
check("theory_answers",
      expect(lambda: len(_ta_answers) > 0,
             en="No answer is saved yet: answer in the paper above, then run this cell again.",
             zh="还没有保存任何答案：请在上面的试卷中作答，然后重新运行此单元格。"))
### BEGIN HIDDEN TESTS
from course import submit
submit("theory_answers", answers=load_quiz_answers("$paper"))
### END HIDDEN TESTS


# %% judge="theory_answers" disclose="after-deadline"
def judge(answer, gold, seed):
    from autograder.exams.theory import judge_theory
    return judge_theory(answer, gold, seed)
