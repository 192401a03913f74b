"""Trainee-facing messages of the runtime, in English and Simplified Chinese.

Every message exists in both languages; `tests/course/test_i18n.py` keeps it so.
"""

LANGUAGES = ("en", "zh")

MESSAGES = {
    "all_passed": {
        "en": "✅ {item}: all {n} checks passed.",
        "zh": "✅ {item}：全部 {n} 项检查通过。",
    },
    "visible_passed_hidden_pending": {
        "en": "✅ {item}: all {n} visible checks passed. {hidden} more hidden checks "
              "will run when your work is graded, so this is not your final score yet.",
        "zh": "✅ {item}：全部 {n} 项公开检查通过。评分时还会运行 {hidden} 项隐藏检查，"
              "所以这还不是最终得分。",
    },
    "some_failed": {
        "en": "❌ {item}: {failed} of {n} visible checks failed:",
        "zh": "❌ {item}：{n} 项公开检查中有 {failed} 项未通过：",
    },
    "hidden_failed": {
        "en": "❌ {item}: a graded check failed:",
        "zh": "❌ {item}：一项评分检查未通过：",
    },
    "check_crashed": {
        "en": "this check could not run: {error}. Did you run your answer cell above?",
        "zh": "该检查无法运行：{error}。你运行了上面的答题单元格吗？",
    },
    "not_done": {
        "en": "⏳ {item}: not done yet. Write your answer in the cell above, run it, then run this check.",
        "zh": "⏳ {item}：还没有完成。请在上面的单元格里写好答案并运行，然后再运行这个检查。",
    },
    "widget_rerun_note": {
        "en": "> **Reopened this notebook?** A widget shows \"model not found\" (or nothing) until "
              "its cell runs again in the new kernel. Run the cell again: your saved labels and "
              "choices are kept and come back.",
        "zh": "> **重新打开了这个笔记本？** 控件在新内核里重新运行它的单元格之前，会显示"
              "“找不到模型”（model not found）或一片空白。重新运行该单元格即可：你已保存的标注和"
              "选择都会保留并重新显示。",
    },
    "no_cjk_font": {
        "en": "⚠️ No Chinese font found for figures: their labels are shown in English. To see them in "
              "Chinese, install Noto Sans CJK (Debian: apt-get install fonts-noto-cjk), then restart the kernel.",
        "zh": "⚠️ 未找到可用于图表的中文字体：图中标签改用英文显示。如需中文，请安装 Noto Sans CJK 字体"
              "（Debian：apt-get install fonts-noto-cjk），然后重启内核。",
    },
    "stub_here": {
        "en": "⏳ Not done yet: write your answer in this cell in place of raise NotImplementedError(), "
              "run it, then run the check below.",
        "zh": "⏳ 还没有完成：请在这个单元格里写好答案，替换掉 raise NotImplementedError()，运行它，"
              "再运行下面的检查。",
    },
    "stub_called": {
        "en": "⏳ Not done yet: this cell uses an answer you have not written yet (it still raises "
              "NotImplementedError). Write it in its answer cell above, run that cell, then run this one again.",
        "zh": "⏳ 还没有完成：这个单元格用到了你还没写的答案（它仍会抛出 NotImplementedError）。"
              "请在上面对应的答题单元格里写好并运行，然后再运行这个单元格。",
    },
    "no_checks_yet": {
        "en": "There are no checks for '{item}' yet: run the check cell under that task first.",
        "zh": "'{item}' 还没有检查：请先运行该任务下方的检查单元格。",
    },
    "unknown_item": {
        "en": "This lesson has no task called '{item}'. Its tasks are: {known}.",
        "zh": "本课没有名为 '{item}' 的任务。本课的任务有：{known}。",
    },
    "hint": {
        "en": "💡 Hint {number} of {total} for {item}: {text}",
        "zh": "💡 {item} 的提示 {number}/{total}：{text}",
    },
    "hint_markdown": {
        "en": "💡 **Hint {number} of {total} for `{item}`:** {text}",
        "zh": "💡 **`{item}` 的提示 {number}/{total}：** {text}",
    },
    "no_more_hints": {
        "en": "You have seen all {total} hints for {item}.",
        "zh": "{item} 的 {total} 条提示你都已看过。",
    },
    "no_hints": {
        "en": "There are no hints for {item}.",
        "zh": "{item} 没有提示。",
    },
    "failed_summary": {
        "en": "{item}: {failed} check(s) failed",
        "zh": "{item}：{failed} 项检查未通过",
    },
}


def text(key: str, lang: str, **values) -> str:
    """The message `key` in `lang` (English when the language is unknown)."""
    templates = MESSAGES[key]
    return templates.get(lang, templates["en"]).format(**values)
