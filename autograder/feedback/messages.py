"""The words of a feedback page, in both languages."""

WORDS = {
    "title": {"en": "Feedback: {lesson}", "zh": "反馈：{lesson}"},
    "feedback": {"en": "Feedback on your lesson", "zh": "课程反馈"},
    "open_section": {"en": "Open this task in the lesson", "zh": "在课程中打开此任务"},
    "hints": {"en": "Hints for this task ({n})", "zh": "本任务的提示（{n} 条）"},
    "howto": {"en": "Click a task to open its section in your lesson notebook; run hint(\"task\") there for "
                    "hints one at a time.",
              "zh": "点击任务名可打开课程笔记本中的对应部分；在那里运行 hint(\"任务名\") 可逐条查看提示。"},
    "trainee": {"en": "Trainee", "zh": "学员"},
    "total": {"en": "Autograded score", "zh": "自动评分"},
    "task": {"en": "Task", "zh": "任务"},
    "points": {"en": "Points", "zh": "得分"},
    "notes": {"en": "What to look at", "zh": "需要注意的地方"},
    "passed": {"en": "All checks passed.", "zh": "所有检查均通过。"},
    "failed_plain": {"en": "Some checks did not pass.", "zh": "部分检查没有通过。"},
    "withheld": {"en": "Details are not shown for this task.", "zh": "此任务不显示详细信息。"},
    "expected": {"en": "Expected: {value}", "zh": "正确结果：{value}"},
    "written": {"en": "Graded by your instructor.", "zh": "由讲师评分。"},
    "status_ok": {"en": "Your notebook was graded normally.", "zh": "你的笔记本已正常评分。"},
    "status_timeout": {"en": "Some code ran too long and was stopped; the tasks after it were still graded.",
                       "zh": "部分代码运行时间过长被中止；其后的任务仍然评分。"},
    "status_crashed": {"en": "Your code ended the Python kernel; grading went on in a fresh one.",
                       "zh": "你的代码导致 Python 内核退出；评分在新的内核中继续进行。"},
    "status_out-of-memory": {"en": "Your code used more memory than allowed and was stopped.",
                             "zh": "你的代码使用的内存超过上限，已被中止。"},
    "status_sandbox-violation": {"en": "Your code tried to break out of the grading sandbox; this was recorded.",
                                 "zh": "你的代码试图突破评分沙箱；此事已被记录。"},
    "status_tampered": {"en": "Parts of the notebook you may not change were changed; they were restored for "
                              "grading and this was recorded.",
                        "zh": "笔记本中不允许修改的部分被修改了；评分时已恢复原样，此事已被记录。"},
    "status_invalid-notebook": {"en": "Your file could not be read as a notebook, so nothing could be graded.",
                                "zh": "你的文件无法作为笔记本读取，因此无法评分。"},
    "status_grader-error": {"en": "The grader could not grade your notebook; your instructor has been told.",
                            "zh": "评分程序无法为你的笔记本评分；已通知讲师。"},
}


def word(key: str, lang: str, **values) -> str:
    versions = WORDS[key]
    return versions.get(lang, versions["en"]).format(**values)
