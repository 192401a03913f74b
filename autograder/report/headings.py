"""The report's headings and notes in English and Simplified Chinese, shown side by side
(instructors in China read the Chinese; the English keeps the statistical terms exact)."""

import html

HEADINGS = {
    "title": {"en": "Cohort report", "zh": "学员群体报告"},
    "distributions": {"en": "Score distributions per lesson and paper", "zh": "各课程与试卷的成绩分布"},
    "pass_rates": {"en": "Pass rates per level", "zh": "各级别通过率"},
    "mastery": {"en": "Mastery per work content", "zh": "各工作内容的掌握程度"},
    "items": {"en": "Item analysis", "zh": "题目分析"},
    "review": {"en": "Items to review (negative discrimination)", "zh": "需复查的题目（区分度为负）"},
    "reliability": {"en": "Reliability per lesson and paper", "zh": "各课程与试卷的信度"},
    "distractors": {"en": "Distractor analysis of choice questions", "zh": "选择题干扰项分析"},
    "hints": {"en": "Hint use per item", "zh": "各题提示使用情况"},
    "statuses": {"en": "Grading statuses", "zh": "评分状态"},
    "tampering": {"en": "Tamper flags", "zh": "篡改标记"},
    "similarity": {"en": "Similar answer pairs", "zh": "相似答案对"},
    "at_risk": {"en": "Trainees at risk", "zh": "需要关注的学员"},
    "all_items": {"en": "All items", "zh": "全部题目"},
}

NOTES = {
    "distributions": {"en": "Percent of each lesson's or paper's points; papers pass at 60 (dashed line).",
                      "zh": "各课程或试卷的得分率；试卷 60 分及格（虚线）。"},
    "mastery": {"en": "Share of the points of the items tagged with a work content (cell key assesses=) that each "
                      "trainee earned. Items without a tag are counted under \"untagged\".",
                "zh": "每位学员在标注了某工作内容（单元格键 assesses=）的题目上获得的得分比例；未标注的题目计入 "
                      "\"untagged\"。"},
    "items": {"en": "Difficulty: mean share of an item's points earned. Discrimination: correlation of the item "
                    "with the total of the other items (point-biserial for all-or-nothing items). Reliability: "
                    "Cronbach's alpha (KR-20 when every item is all or nothing).",
              "zh": "难度：该题平均得分率。区分度：该题与其余题目总分的相关系数（0/1 计分题为点二列相关）。"
                    "信度：克朗巴赫 α 系数（全部为 0/1 计分时即 KR-20）。"},
    "distractors": {"en": "Share choosing each option, overall and in the top and bottom 27% of the paper's "
                          "scorers. A wrong option the top group prefers points to a flawed question.",
                    "zh": "选择各选项的比例：全体、试卷得分前 27% 与后 27% 的学员。高分组更常选的错误选项提示题目可能有问题。"},
    "at_risk": {"en": "Every trainee with a reason to look at them, the most reasons first.",
                "zh": "列出所有需要关注的学员及原因，原因最多者在前。"},
    "nothing": {"en": "Nothing to show yet.", "zh": "暂无数据。"},
}


def heading(key: str) -> str:
    return f"{HEADINGS[key]['en']} · {HEADINGS[key]['zh']}"


def note(key: str) -> str:
    """The note as HTML: English, then Chinese on the next line."""
    return f"{html.escape(NOTES[key]['en'])}<br>{html.escape(NOTES[key]['zh'])}"
