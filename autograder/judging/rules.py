"""What a judge returns, and the helpers judges are written with.

A `Verdict` is the fraction of the item's points earned and what to tell the trainee,
in both languages. `same` compares by exact type and value, with stated tolerances.
"""

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    passed: bool
    en: str
    zh: str
    expected: str | None = None  # shown only where the item's disclosure policy allows it

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Verdict:
    fraction: float  # of the item's points, 0 to 1
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def __post_init__(self):
        if not 0 <= self.fraction <= 1:
            raise ValueError(f"a verdict's fraction is between 0 and 1, not {self.fraction}")

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if not f.passed]


def rule(holds: bool, *, en: str, zh: str, expected=None) -> Finding:
    """One requirement; its message is what the trainee reads when it does not hold.
    `expected`, if given, may be revealed after the deadline (see `disclose=` in the lesson)."""
    return Finding(bool(holds), en, zh, None if expected is None else _shown(expected))


def _shown(value, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + " …"


def all_of(*findings: Finding) -> Verdict:
    """Full points when every finding holds, none otherwise (like an nbgrader test cell)."""
    return Verdict(1.0 if all(f.passed for f in findings) else 0.0, tuple(findings))


def band(value: float, bands: list[tuple[float, float]], *, en: str, zh: str) -> Verdict:
    """Partial credit by score band: `bands` = [(0.90, 1.0), (0.85, 0.5)] gives full points
    from 0.90, half from 0.85, none below. The messages may use {value:.3f}."""
    fraction = next((credit for threshold, credit in sorted(bands, reverse=True) if value >= threshold), 0.0)
    finding = Finding(fraction == 1.0, en.format(value=value), zh.format(value=value))
    return Verdict(fraction, (finding,))


def same(actual, expected, *, rel: float = 0.0, abs: float = 0.0) -> bool:
    """Equal in type and value; floats (also inside arrays and frames) within `rel`/`abs`."""
    if type(actual) is not type(expected):
        return False
    module = type(expected).__module__.split(".")[0]
    if module == "pandas":
        return _same_pandas(actual, expected, rel, abs)
    if module == "numpy":
        return _same_numpy(actual, expected, rel, abs)
    if isinstance(expected, float):
        if math.isnan(expected):
            return math.isnan(actual)
        return math.isclose(actual, expected, rel_tol=rel, abs_tol=abs)
    if isinstance(expected, (list, tuple)):
        return len(actual) == len(expected) and all(same(a, e, rel=rel, abs=abs) for a, e in zip(actual, expected))
    if isinstance(expected, dict):
        return actual.keys() == expected.keys() and all(same(actual[k], expected[k], rel=rel, abs=abs) for k in expected)
    return actual == expected


def _same_numpy(actual, expected, rel, abs) -> bool:
    import numpy as np

    if getattr(actual, "shape", ()) != getattr(expected, "shape", ()) or actual.dtype != expected.dtype:
        return False
    if expected.dtype.kind in "fc":
        return bool(np.allclose(actual, expected, rtol=rel, atol=abs, equal_nan=True))
    return bool(np.array_equal(actual, expected))


def _same_pandas(actual, expected, rel, abs) -> bool:
    import pandas as pd
    from pandas import testing

    compare = {pd.DataFrame: testing.assert_frame_equal, pd.Series: testing.assert_series_equal,
               pd.Index: testing.assert_index_equal}.get(type(expected))
    if compare is None:
        return actual == expected
    try:
        exact = rel == 0 and abs == 0
        compare(actual, expected, check_exact=exact, **({} if exact else {"rtol": rel, "atol": abs}))
    except AssertionError:
        return False
    return True
