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


def names_digits(classes) -> bool:
    """True when the classes are digits ("0"…"9"): then each number key picks the digit it names."""
    return bool(classes) and all(len(c) == 1 and c in "0123456789" for c in classes) and len(set(classes)) == len(classes)


def key_for_class(index: int, classes) -> str:
    """The number key that picks class `index`: its own digit for digit classes, else its
    position (1–9, then 0 for the tenth); "" when no key reaches it."""
    if names_digits(classes):
        return classes[index]
    return str((index + 1) % 10) if index < 10 else ""


def action_for_key(key: str, classes) -> KeyAction | None:
    """What pressing `key` means for a task with these `classes` (a sequence of names); None when nothing.

    When the classes are digits, a number key picks the class it names (7 → "7", 0 → "0"),
    as a trainee labeling digits expects; otherwise 1–9 choose the first nine classes by
    position and 0 the tenth.
    """
    classes = tuple(classes)
    if len(key) == 1 and key.isdigit():
        index = next((i for i in range(len(classes)) if key_for_class(i, classes) == key), None)
        return None if index is None else KeyAction("choose", index)
    name = _FIXED.get(key)
    return KeyAction(name) if name else None
