"""Reading the gold labels the judge uses, from the course directory."""

EXPECT = {"status": "ok", "zero": ["total"]}


def answers(target):
    gold = target.course_dir / "judges" / "integrity_lesson" / "gold" / "gold_labels.csv"
    return {"total": f"""
print(open({str(gold)!r}).read())


def total(values):
    return int(sum(values))
"""}
