from course.widgets.keys import HANDLED_KEYS, KeyAction, action_for_key, key_for_class

ABC = ("a", "b", "c")
TEN = tuple("abcdefghij")
DIGITS = tuple(str(d) for d in range(10))


def test_number_keys_choose_classes_by_position_from_one_and_zero_is_the_tenth():
    assert action_for_key("1", ABC) == KeyAction("choose", 0)
    assert action_for_key("3", ABC) == KeyAction("choose", 2)
    assert action_for_key("0", TEN) == KeyAction("choose", 9)


def test_a_number_beyond_the_classes_does_nothing():
    assert action_for_key("4", ABC) is None
    assert action_for_key("0", TEN[:9]) is None


def test_number_keys_pick_the_digit_they_name_when_the_classes_are_digits():
    assert action_for_key("7", DIGITS) == KeyAction("choose", DIGITS.index("7"))
    assert action_for_key("0", DIGITS) == KeyAction("choose", DIGITS.index("0"))
    shuffled = ("3", "8", "0")
    assert action_for_key("8", shuffled) == KeyAction("choose", 1)
    assert action_for_key("1", shuffled) is None  # no class "1": the key does nothing
    assert [key_for_class(i, DIGITS) for i in range(10)] == list(DIGITS)
    assert [key_for_class(i, ABC) for i in range(3)] == ["1", "2", "3"]


def test_navigation_skip_undo_accept_and_delete_keys():
    assert action_for_key("ArrowRight", ABC).name == "next"
    assert action_for_key("ArrowLeft", ABC).name == "back"
    assert action_for_key("s", ABC).name == "skip"
    assert action_for_key("Backspace", ABC).name == "undo"
    assert action_for_key("Enter", ABC).name == "accept"
    assert action_for_key("Delete", ABC).name == "delete"


def test_other_keys_are_ignored_and_every_meaningful_key_is_captured_by_the_browser():
    assert action_for_key("x", ABC) is None
    assert action_for_key("F5", ABC) is None
    assert all(action_for_key(key, TEN) is not None for key in HANDLED_KEYS)
