"""Trainee-facing messages of the labeling widgets, in English and Simplified Chinese.

Kept apart from `course/i18n.py` so the widgets can change without touching the checks;
`tests/course/widgets/test_messages.py` keeps every message in both languages.
"""

MESSAGES = {
    "progress": {
        "en": "{done} of {total} labeled · {skipped} skipped · {seconds} s per item · annotator {annotator}",
        "zh": "已标注 {done}/{total} · 跳过 {skipped} · 每条 {seconds} 秒 · 标注员 {annotator}",
    },
    "item_position": {
        "en": "Item {number} of {total}",
        "zh": "第 {number} 条，共 {total} 条",
    },
    "all_done": {
        "en": "All {total} items are labeled. You can still go back and change any of them.",
        "zh": "全部 {total} 条都已标注。你仍可返回修改任意一条。",
    },
    "prelabel": {
        "en": "AI suggests: {label} (press Enter to accept, or pick another label to correct it)",
        "zh": "AI 建议：{label}（按 Enter 接受，或选择其他标签进行更正）",
    },
    "keys_help": {
        "en": "Keys: 1–9 pick the label in that position (the number on its button) · Enter accept the AI "
              "suggestion · ← → move · S skip · Backspace undo",
        "zh": "快捷键：1–9 按位置选标签（即按钮上的编号） · Enter 接受 AI 建议 · ← → 切换 · S 跳过 · Backspace 撤销",
    },
    "keys_help_digits": {
        "en": "Keys: 0–9 pick the digit they name (7 labels “7”, 0 labels “0”) · Enter accept the AI "
              "suggestion · ← → move · S skip · Backspace undo",
        "zh": "快捷键：按数字键即选该数字（按 7 标为“7”，按 0 标为“0”） · Enter 接受 AI 建议 · ← → 切换 · "
              "S 跳过 · Backspace 撤销",
    },
    "skipped": {
        "en": "skipped",
        "zh": "已跳过",
    },
    "not_labeled": {
        "en": "not labeled yet",
        "zh": "尚未标注",
    },
    "back": {"en": "◀ Back", "zh": "◀ 上一条"},
    "next": {"en": "Next ▶", "zh": "下一条 ▶"},
    "skip": {"en": "Skip", "zh": "跳过"},
    "undo": {"en": "↶ Undo", "zh": "↶ 撤销"},
    "accept": {"en": "✓ Accept AI label", "zh": "✓ 接受 AI 标签"},
    "delete_box": {"en": "Delete box", "zh": "删除框"},
    "zoom": {"en": "Zoom", "zh": "缩放"},
    "box_help": {
        "en": "Drag on the image to draw a box; drag a box to move it, its corner to resize it. "
              "1–9 set the class of the selected box, Delete removes it.",
        "zh": "在图像上拖动画框；拖动框可移动，拖动右下角可调整大小。"
              "1–9 设置选中框的类别，Delete 删除选中框。",
    },
    "span_help": {
        "en": "Select characters with the mouse, then press 1–9 or click an entity type. "
              "Click a tagged span to remove it.",
        "zh": "用鼠标选中字符，然后按 1–9 或点击实体类型。点击已标注的片段可将其删除。",
    },
    "review_labels": {
        "en": "Labels given: {labels} · flagged because: {reason}",
        "zh": "已有标签：{labels} · 标记原因：{reason}",
    },
    "file_repaired": {
        "en": "⚠️ Your answer file {file} had {bad} line(s) that could not be read ({where}). "
              "All {good} readable line(s) are kept and labeling continues from them. The file "
              "as it was is saved unchanged as {aside}: show it to your instructor if a label "
              "you gave is missing.",
        "zh": "⚠️ 你的答案文件 {file} 有 {bad} 行无法读取（{where}）。可读取的 {good} 行全部保留，"
              "标注将从这些内容继续。原文件已原样另存为 {aside}：如果你标过的标签缺失，"
              "请把它交给老师。",
    },
    "file_unwritable": {
        "en": "⚠️ Your labels cannot be saved to {file}: {error}. Nothing you label now will "
              "be kept. Check that the folder is writable, then run this cell again.",
        "zh": "⚠️ 无法把标签保存到 {file}：{error}。现在标注的内容不会被保留。"
              "请确认文件夹可写，然后重新运行此单元格。",
    },
    "session_replaced": {
        "en": "⚠️ This widget was replaced by a newer one for the same exercise (the cell ran "
              "again), so it no longer saves anything. Label in the newest one.",
        "zh": "⚠️ 同一练习已有更新的标注控件（单元格被重新运行），此控件不再保存任何内容。"
              "请在最新的控件中标注。",
    },
    # reasons a line of the answer file was refused, quoted inside `file_repaired`
    "line_not_json": {"en": "line {line}: not valid JSON", "zh": "第 {line} 行：不是有效的 JSON"},
    "line_not_text": {"en": "line {line}: not text", "zh": "第 {line} 行：不是文本"},
    "line_bad_event": {"en": "line {line}: {reason}", "zh": "第 {line} 行：{reason}"},
    "reason_not_an_object": {"en": "not a labeling action", "zh": "不是标注操作"},
    "reason_unknown_action": {"en": "unknown action", "zh": "未知操作"},
    "reason_unknown_item": {"en": "an item this exercise does not have", "zh": "本练习中没有该条目"},
    "reason_bad_value": {"en": "a label this exercise does not allow", "zh": "本练习不允许该标签"},
    "reason_bad_undo": {"en": "an undo that does not match the actions before it",
                        "zh": "撤销操作与之前的操作不对应"},
    "reason_bad_field": {"en": "a missing or wrong field", "zh": "字段缺失或有误"},
}


def text(key: str, lang: str, **values) -> str:
    """The message `key` in `lang` (English when the language is unknown)."""
    templates = MESSAGES[key]
    return templates.get(lang, templates["en"]).format(**values)


def lesson_language(folder=".") -> str:
    """The language of the lesson in `folder`; English when there is no readable manifest."""
    from course.lesson import LessonInfo

    try:
        return LessonInfo.load(folder).lang
    except (OSError, ValueError, KeyError, TypeError):
        return "en"
