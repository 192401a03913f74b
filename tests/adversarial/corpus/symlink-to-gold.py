"""A symbolic link in the submission folder pointing at the gold labels."""

ANSWERS = {"total": """
truth = open("gold_labels.csv").read()


def total(values):
    return int(sum(values))
"""}
EXPECT = {"status": "ok", "zero": ["total"]}


def mutate(notebook, folder, course_dir):
    (folder / "gold_labels.csv").symlink_to(course_dir / "judges" / "integrity_lesson" / "gold" / "gold_labels.csv")
