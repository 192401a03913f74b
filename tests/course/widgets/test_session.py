"""The trainee's verbs on a session, without a browser."""


def test_a_number_key_labels_the_item_and_moves_on(open_session):
    session = open_session()
    session.handle_key("2")
    assert session.labels() == {"r1": "neg"}
    assert session.current_item == "r2"


def test_back_skip_and_undo(open_session):
    session = open_session()
    session.handle_key("1")
    session.handle_key("s")
    assert session.current_item == "r3" and session.progress()["skipped"] == 1
    session.handle_key("Backspace")  # takes back the skip
    assert session.current_item == "r2" and session.progress()["skipped"] == 0
    session.handle_key("Backspace")  # takes back the label
    assert session.labels() == {} and session.current_item == "r1"
    assert session.undo() is False
    session.back()
    assert session.position == 0


def test_next_stops_at_the_last_item(open_session):
    session = open_session(items=("a", "b"))
    session.next(), session.next(), session.next()
    assert session.current_item == "b"


def test_prelabels_are_accepted_or_corrected_and_that_is_recorded(open_session):
    session = open_session(prelabels={"r1": "pos", "r2": "neg"})
    session.handle_key("Enter")          # accept the AI label of r1
    session.handle_key("3")              # correct the AI label of r2
    session.handle_key("Enter")          # r3 has no AI label: nothing happens
    assert session.labels() == {"r1": "pos", "r2": "neu"}
    assert session.state.answers["r1"].assist == "accepted"
    assert session.state.answers["r2"].assist == "corrected"
    assert session.current_item == "r3"


def test_choosing_the_same_class_as_the_ai_counts_as_accepting(open_session):
    session = open_session(prelabels={"r1": "pos"})
    session.handle_key("1")
    assert session.state.answers["r1"].assist == "accepted"


def test_multi_label_keys_toggle_classes_and_enter_moves_on(open_session):
    session = open_session(kind="multi", prelabels={"r2": ["neg", "pos"]})
    session.handle_key("2"), session.handle_key("1"), session.handle_key("2")
    assert session.labels() == {"r1": ["pos"]}
    session.handle_key("Enter")
    assert session.current_item == "r2"
    session.toggle("pos"), session.toggle("neg")  # same set as the AI, another order
    assert session.state.answers["r2"].assist == "accepted"


def test_progress_counts_items_and_time_per_item(open_session, clock):
    session = open_session()
    clock.advance(2.0)
    session.handle_key("1")
    clock.advance(4.0)
    session.handle_key("2")
    progress = session.progress()
    assert progress == {"done": 2, "total": 4, "skipped": 0, "seconds_per_item": 3.0, "annotator": "amy"}


def test_every_action_carries_the_annotator(open_session, answer_file):
    import json

    session = open_session(annotator="trainee-07")
    session.handle_key("1")
    lines = [json.loads(line) for line in answer_file.read_text(encoding="utf-8").splitlines()]
    assert {line["by"] for line in lines} == {"trainee-07"}
    assert session.state.answers["r1"].by == "trainee-07"
