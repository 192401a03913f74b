"""Binary garbage in place of the labeling widget's answer file."""

LABELS = None  # the widget's own file is replaced below
EXPECT = {"status": "ok", "zero": ["labels"]}


def mutate(notebook, folder, course_dir):
    (folder / "reviews.labels.jsonl").write_bytes(bytes(range(256)) * 40)
