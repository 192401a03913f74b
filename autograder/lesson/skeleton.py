"""`course new`: a bilingual skeleton lesson that builds and proves as it is, for an author
to grow from: one coded task with visible and hidden checks, a hint, a written answer
graded by hand, and a mistakes.yml for `course simulate`."""

import re
from pathlib import Path

LESSON_ID = re.compile(r"^[a-z][a-z0-9_]*$")

SKELETON = '''# ---
# jupyter:
#   kernelspec: {{display_name: Python 3, language: python, name: python3}}
#   course:
#     id: {lesson_id}
#     level: {level}
#     title: {{en: "New lesson (rename me)", zh: "新课程（请改名）"}}
#     datasets: []
# ---

# %% [markdown] lang="en"
# # {lesson_id}
# Say in two sentences what the trainee learns here and why the job needs it.

# %% [markdown] lang="zh"
# # {lesson_id}
# 用两句话说明学员在这里学什么、工作中为什么需要它。

# %%
from course import check, expect, hidden_check

# %% [markdown] lang="en"
# ## Task 1: count the labels
# Write `count_label(labels, label)`: how many items of `labels` equal `label`.

# %% [markdown] lang="zh"
# ## 任务 1：统计标签
# 编写 `count_label(labels, label)`：返回 `labels` 中等于 `label` 的项数。

# %% answer="count_label"
def count_label(labels, label):
    """Return how many items of `labels` are equal to `label`.

    返回 `labels` 中等于 `label` 的项数。
    """
    ### BEGIN SOLUTION
    return sum(1 for item in labels if item == label)
    ### END SOLUTION


# %% tests="count_label" points=2 assesses="fundamentals"
check("count_label",
      expect(lambda: count_label(["cat", "dog", "cat"], "cat") == 2,
             en="count_label(['cat', 'dog', 'cat'], 'cat') should be 2.",
             zh="count_label(['cat', 'dog', 'cat'], 'cat') 应该等于 2。"))
### BEGIN HIDDEN TESTS
hidden_check("count_label",
             expect(lambda: count_label([], "cat") == 0,
                    en="An empty list holds no label.", zh="空列表中没有任何标签。"),
             expect(lambda: count_label(["Cat", "cat"], "cat") == 1,
                    en="Labels are compared exactly, case included.", zh="标签要精确比较，包括大小写。"))
### END HIDDEN TESTS

# %% [markdown] hint="count_label" lang="en"
# Walk through the list and add one for each match.

# %% [markdown] hint="count_label" lang="zh"
# 逐项遍历列表，每遇到一个相同的标签就加一。

# %% [markdown] lang="en"
# ## Task 2: explain
# Why must labels be compared exactly?

# %% [markdown] lang="zh"
# ## 任务 2：说明
# 为什么标签必须精确比较？

# %% [markdown] manual="why_exact" points=1 assesses="fundamentals"
# "Cat" and "cat" would count as different classes when a model trains on them; rubric:
# names inconsistent classes or a skewed count.
'''

MISTAKES = '''# Typical mistakes for {lesson_id}, used by `course simulate`: per item, whole answer
# cells (the def line included), each of which runs but fails one of its item's checks;
# for a written item, answers, the good one first.

count_label:
  # ignores case, so "Cat" counts as "cat"
  - |
    def count_label(labels, label):
        return sum(1 for item in labels if item.lower() == label.lower())

why_exact:
  - Because "Cat" and "cat" would become two classes and every count would be split.
  - Because it is faster.
'''


class LessonExists(Exception):
    pass


def write_skeleton(lessons_dir: Path, lesson_id: str, level: int) -> Path:
    """Write lessons/<lesson_id>/<lesson_id>.py and its mistakes.yml; return the lesson file."""
    if not LESSON_ID.match(lesson_id):
        raise LessonExists(f"lesson id {lesson_id!r} must be lower_case_with_underscores, e.g. l5_my_topic")
    folder = Path(lessons_dir) / lesson_id
    if folder.exists():
        raise LessonExists(f"{folder} already exists: choose another lesson id")
    folder.mkdir(parents=True)
    path = folder / f"{lesson_id}.py"
    path.write_text(SKELETON.format(lesson_id=lesson_id, level=level), encoding="utf-8")
    (folder / "mistakes.yml").write_text(MISTAKES.format(lesson_id=lesson_id), encoding="utf-8")
    return path
