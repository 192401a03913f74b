"""The grader reads an answer file exactly as the widget left it, and changes nothing."""

from autograder.scoring.answers import read_answer_file
from autograder.scoring.classes import score_class_answers, score_classes
from course.widgets.session import LabelingSession
from course.widgets.task import LabelTask

TASK = LabelTask("class", ("pos", "neg"), ("a", "b", "c"))


def test_an_answer_file_is_scored_as_the_trainee_last_saw_it(tmp_path):
    path = tmp_path / "reviews.labels.jsonl"
    session = LabelingSession(path, TASK, lang="en", annotator="amy")
    session.handle_key("1"), session.handle_key("1"), session.handle_key("Backspace"), session.handle_key("2")
    session.close()
    sheet = read_answer_file(path, TASK)
    assert sheet.labels == {"a": "pos", "b": "neg"} and sheet.problems == []
    assert score_classes(sheet.labels, {"a": "pos", "b": "neg", "c": "neg"}).accuracy == 2 / 3


def test_unreadable_lines_are_reported_and_the_file_is_left_alone(tmp_path):
    path = tmp_path / "reviews.labels.jsonl"
    content = b'{"seq":1,"action":"label","item":"a","value":"pos"}\nnot json\n'
    path.write_bytes(content)
    sheet = read_answer_file(path, TASK)
    assert sheet.labels == {"a": "pos"} and [p.line for p in sheet.problems] == [2]
    assert path.read_bytes() == content and list(tmp_path.iterdir()) == [path]


def test_no_answer_file_is_an_empty_sheet(tmp_path):
    assert read_answer_file(tmp_path / "missing.labels.jsonl", TASK).labels == {}


def test_a_class_answer_file_is_scored_with_its_controls():
    text = "".join(f'{{"seq":{n},"action":"label","item":"{item}","value":"{label}"}}\n'
                   for n, (item, label) in enumerate([("a", "pos"), ("b", "pos"), ("c", "neg")], start=1))
    gold = {"a": "pos", "b": "neg", "c": "neg"}
    scores, control = score_class_answers(text, ("pos", "neg"), ("a", "b", "c"), gold, {"b": "neg", "c": "neg"}, 0.75)
    assert scores.accuracy == 2 / 3 and scores.labeled == 3
    assert (control.correct, control.total, control.passed) == (1, 2, False)
