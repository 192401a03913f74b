"""One control of the playground: a hyperparameter and the values on offer."""

from dataclasses import dataclass, field

import ipywidgets as w
import numpy as np


@dataclass(frozen=True)
class Hyperparameter:
    """One control. `values` are the settings on offer, in order: a slider steps through
    them, a dropdown lists them. `refit=False` marks a setting that changes only how a fitted
    model is read (a decision threshold), never the fit itself."""

    name: str
    values: tuple
    default: object = None
    label: dict = field(default_factory=dict)  # {"en": …, "zh": …}; the name when empty
    control: str = "slider"                    # "slider" or "dropdown"
    refit: bool = True

    def __post_init__(self):
        object.__setattr__(self, "values", tuple(plain_value(v) for v in self.values))
        if not self.values:
            raise ValueError(f"{self.name} offers no values")
        default = self.values[0] if self.default is None else plain_value(self.default)
        if default not in self.values:
            raise ValueError(f"the default of {self.name}, {default!r}, is not one of its values")
        object.__setattr__(self, "default", default)
        if self.control not in ("slider", "dropdown"):
            raise ValueError(f"control must be 'slider' or 'dropdown', not {self.control!r}")

    def caption(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("en") or self.name

    def make_control(self, lang: str) -> w.Widget:
        options = [(format_value(v), v) for v in self.values]
        style = {"description_width": "initial"}
        if self.control == "dropdown":
            return w.Dropdown(options=options, value=self.default, description=self.caption(lang), style=style)
        return w.SelectionSlider(options=options, value=self.default, description=self.caption(lang),
                                 continuous_update=True, style=style, layout=w.Layout(width="420px"))


def plain_value(value):
    """numpy scalars as plain Python values, so choices are JSON and compare equal after reading."""
    if isinstance(value, np.generic):
        return value.item()
    return value


def format_value(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)

