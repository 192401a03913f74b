"""Labels typed into the answer file by hand, for items and classes that do not exist."""

LABELS = None
EXPECT = {"status": "ok", "zero": ["labels"]}


def mutate(notebook, folder, course_dir):
    lines = ['{"seq": 1, "action": "label", "item": "t%d", "value": "excellent", "t": 1, "by": "me"}' % n
             for n in range(1, 7)]
    (folder / "reviews.labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
