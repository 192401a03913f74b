import pytest

from course.widgets.state import LabelingState, RefusedAction
from course.widgets.task import LabelTask

BOX = {"x": 1, "y": 2.5, "w": 10, "h": 4, "label": "car"}


def test_a_task_refuses_unknown_kinds_repeated_classes_and_repeated_items():
    with pytest.raises(ValueError):
        LabelTask("polygons", ("a",), ("1",))
    with pytest.raises(ValueError):
        LabelTask("class", ("a", "a"), ("1",))
    with pytest.raises(ValueError):
        LabelTask("class", ("a",), ("1", "1"))


@pytest.mark.parametrize("kind, value, valid", [
    ("class", "pos", True), ("class", "POS", False), ("class", ["pos"], False),
    ("multi", ["pos", "neg"], True), ("multi", [], True), ("multi", ["pos", "pos"], False),
    ("boxes", [BOX], True), ("boxes", [{**BOX, "w": 0}], False), ("boxes", [{**BOX, "label": "cat"}], False),
    ("boxes", [{**BOX, "x": True}], False), ("boxes", [{**BOX, "extra": 1}], False),
    ("spans", [{"start": 0, "end": 2, "label": "car"}], True),
    ("spans", [{"start": 2, "end": 2, "label": "car"}], False),
    ("spans", [{"start": "0", "end": 2, "label": "car"}], False),
])
def test_valid_values_per_kind(kind, value, valid):
    classes = ("pos", "neg") if kind in ("class", "multi") else ("car",)
    assert LabelTask(kind, classes, ("1",)).is_valid_value(value) is valid


def _state():
    return LabelingState(LabelTask("class", ("pos", "neg"), ("a", "b")))


def test_a_refused_action_leaves_the_state_unchanged():
    state = _state()
    state.apply({"seq": 1, "action": "label", "item": "a", "value": "pos"})
    for bad in ({"seq": 2, "action": "label", "item": "zz", "value": "pos"},
                {"seq": 2, "action": "label", "item": "a", "value": "maybe"},
                {"seq": 1, "action": "goto", "item": "b"},
                {"seq": 2, "action": "undo", "item": "a", "undoes": 7},
                {"seq": 2, "action": "explode"},
                ["not", "a", "dict"]):
        with pytest.raises(RefusedAction):
            state.apply(bad)
    assert state.answers["a"].value == "pos" and state.position == 0 and state.last_seq == 1


def test_undo_restores_the_previous_answer_and_goes_to_its_item():
    state = _state()
    state.apply({"seq": 1, "action": "label", "item": "a", "value": "pos"})
    state.apply({"seq": 2, "action": "label", "item": "a", "value": "neg"})
    state.apply({"seq": 3, "action": "goto", "item": "b"})
    state.apply({"seq": 4, "action": "undo", "item": "a", "undoes": 2})
    assert state.answers["a"].value == "pos" and state.current_item == "a"
    state.apply({"seq": 5, "action": "undo", "item": "a", "undoes": 1})
    assert "a" not in state.answers
