from course.widgets.keys import HANDLED_KEYS, KeyAction, action_for_key


def test_number_keys_choose_classes_from_one_and_zero_is_the_tenth():
    assert action_for_key("1", 3) == KeyAction("choose", 0)
    assert action_for_key("3", 3) == KeyAction("choose", 2)
    assert action_for_key("0", 10) == KeyAction("choose", 9)


def test_a_number_beyond_the_classes_does_nothing():
    assert action_for_key("4", 3) is None
    assert action_for_key("0", 9) is None


def test_navigation_skip_undo_accept_and_delete_keys():
    assert action_for_key("ArrowRight", 2).name == "next"
    assert action_for_key("ArrowLeft", 2).name == "back"
    assert action_for_key("s", 2).name == "skip"
    assert action_for_key("Backspace", 2).name == "undo"
    assert action_for_key("Enter", 2).name == "accept"
    assert action_for_key("Delete", 2).name == "delete"


def test_other_keys_are_ignored_and_every_meaningful_key_is_captured_by_the_browser():
    assert action_for_key("x", 2) is None
    assert action_for_key("F5", 2) is None
    assert all(action_for_key(key, 10) is not None for key in HANDLED_KEYS)
