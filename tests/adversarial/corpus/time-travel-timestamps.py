"""A submission time set in the future, to look on time or to confuse late penalties."""

EXPECT = {"status": "tampered", "zero": [], "flag": "submission time"}


def mutate(notebook, folder, course_dir):
    (folder / "timestamp.txt").write_text("2099-01-01 00:00:00.000000 UTC")
