"""The tuning playground's messages, in English and Chinese."""

MESSAGES = {
    "train_score": {"en": "training", "zh": "训练集"},
    "val_score": {"en": "validation", "zh": "验证集"},
    "score": {"en": "accuracy", "zh": "准确率"},
    "validation_curve": {"en": "Validation curve over {param}", "zh": "{param} 的验证曲线"},
    "decision_boundary": {"en": "Decision boundary", "zh": "决策边界"},
    "confusion_matrix": {"en": "Confusion matrix (validation)", "zh": "混淆矩阵（验证集）"},
    "precision_recall": {"en": "Precision {precision:.2f} · recall {recall:.2f}",
                         "zh": "精确率 {precision:.2f} · 召回率 {recall:.2f}"},
    "predicted": {"en": "predicted", "zh": "预测"},
    "actual": {"en": "actual", "zh": "实际"},
    "precision": {"en": "precision", "zh": "精确率"},
    "recall": {"en": "recall", "zh": "召回率"},
    "status": {
        "en": "Training accuracy {train:.3f} · validation accuracy {val:.3f} · redrawn in {ms:.0f} ms{cached}",
        "zh": "训练集准确率 {train:.3f} · 验证集准确率 {val:.3f} · 重绘用时 {ms:.0f} 毫秒{cached}",
    },
    "cached": {"en": " (seen before, no refit)", "zh": "（之前算过，无需重新训练）"},
    "saved": {"en": "Your choice {values} is saved in {file}.",
              "zh": "你选择的 {values} 已保存到 {file}。"},
    "not_chosen": {"en": "Move a slider to choose; your choice is saved as soon as the figure updates.",
                   "zh": "拖动滑块进行选择；图像更新后你的选择会立即保存。"},
    "file_set_aside": {
        "en": "⚠️ Your saved choice in {file} could not be read ({reason}). The playground starts "
              "from its first values; the file as it was is kept unchanged as {aside}: show it "
              "to your instructor if your choice is missing.",
        "zh": "⚠️ 无法读取 {file} 中保存的选择（{reason}）。调参面板从初始值重新开始；原文件已原样"
              "另存为 {aside}：如果你的选择丢失了，请把它交给老师。",
    },
    "file_unwritable": {
        "en": "⚠️ Your choice cannot be saved to {file}: {error}. Check that the folder is writable.",
        "zh": "⚠️ 无法把你的选择保存到 {file}：{error}。请确认文件夹可写。",
    },
    "reason_not_json": {"en": "it is not valid JSON", "zh": "不是有效的 JSON"},
    "reason_wrong_shape": {"en": "it is not a saved choice of this playground", "zh": "不是本调参面板保存的选择"},
    "reason_unknown_value": {"en": "{name} = {value} is not one of the values on offer",
                             "zh": "{name} = {value} 不在可选的取值之中"},
}


def text(key: str, lang: str, **values) -> str:
    """The message `key` in `lang` (English when the language is unknown)."""
    templates = MESSAGES[key]
    return templates.get(lang, templates["en"]).format(**values)
