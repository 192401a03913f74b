"""Keyboard shortcuts as a pure function: (key, what the session offers) -> action.

The browser only forwards the key's name (`KeyboardEvent.key`); deciding what it means
happens here, where it can be tested without a browser.
"""

from typing import NamedTuple


class KeyAction(NamedTuple):
    name: str          # choose, accept, next, back, skip, undo, delete
    class_index: int = -1


_FIXED = {
    "Enter": "accept",
    "ArrowRight": "next", "n": "next",
    "ArrowLeft": "back", "p": "back",
    "s": "skip", "S": "skip",
    "Backspace": "undo", "u": "undo", "z": "undo",
    "Delete": "delete",
}

# keys the browser side should capture (and keep from JupyterLab's own shortcuts)
HANDLED_KEYS = tuple(_FIXED) + tuple("1234567890")


def action_for_key(key: str, n_classes: int) -> KeyAction | None:
    """What pressing `key` means when there are `n_classes` classes; None when nothing.

    1–9 choose the first nine classes and 0 the tenth.
    """
    if len(key) == 1 and key.isdigit():
        index = (int(key) - 1) % 10
        return KeyAction("choose", index) if index < n_classes else None
    name = _FIXED.get(key)
    return KeyAction(name) if name else None
