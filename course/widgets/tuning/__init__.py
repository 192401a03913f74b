"""A tuning playground: sliders and dropdowns for a model's hyperparameters, bound to a
live matplotlib figure (validation curve, decision boundary, confusion matrix,
precision/recall at a threshold; the lesson picks the panels).

Dragging a slider never queues a backlog of fits: changes go through a `Debouncer`, which
keeps only the latest values and fits them once the slider has been still for a moment.
Fits are kept in an LRU cache keyed by the hyperparameter values, so going back to a value
seen before only redraws. The figure is one `Figure` whose artists are updated and
rendered into one image widget: it never grows a new figure per change.

The trainee's chosen values (the last settled change, or `choose(...)`) are written at
once to `<name>.tuning.json` beside the notebook, atomically, and read back when the
cell runs again; `playground.chosen` is the same choice as a plain dict. Everything here
is plain Python that runs without a browser: tests call `on_change` and inject a clock.
"""

from course.widgets.tuning.choice_file import ANSWER_SUFFIX, answer_file_for
from course.widgets.tuning.debounce import Debouncer
from course.widgets.tuning.fits import FittedModel, LRUCache, continuous_scores
from course.widgets.tuning.hyperparameters import Hyperparameter
from course.widgets.tuning.panels import PANELS
from course.widgets.tuning.playground import TuningPlayground

__all__ = ["ANSWER_SUFFIX", "Debouncer", "FittedModel", "Hyperparameter", "LRUCache", "PANELS",
           "TuningPlayground", "answer_file_for", "continuous_scores"]
