"""An answer whose __eq__ always says True passes every == in the kernel, visible checks included."""

ANSWERS = {"total": """
class Anything(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__


def total(values):
    return Anything(0)
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
