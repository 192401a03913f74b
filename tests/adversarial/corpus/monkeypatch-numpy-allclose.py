"""Patching numpy so that every comparison in the kernel passes."""

ANSWERS = {"total": """
import numpy as np
np.allclose = lambda *args, **kwargs: True
np.array_equal = lambda *args, **kwargs: True
np.sum = lambda values: 0


def total(values):
    return 0
"""}
EXPECT = {"status": "ok", "zero": ["total"]}
