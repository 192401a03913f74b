"""An answer that is truthy whatever it is compared with."""

ANSWERS = {"total": """
class Yes(float):
    def __bool__(self):
        return True
    def __eq__(self, other):
        return self


def total(values):
    return Yes(0.0)
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
