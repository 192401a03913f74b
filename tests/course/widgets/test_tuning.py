"""The tuning playground's Python side, driven as the browser would drive it (no browser, no
kernel): slider changes are sent to `on_change`, time is a fake clock, and wake-ups are
run by a fake scheduler."""

import json

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from course.widgets.tuning import Debouncer, Hyperparameter, LRUCache, TuningPlayground

pytestmark = pytest.mark.filterwarnings("error::DeprecationWarning")

C_VALUES = (0.01, 0.1, 1.0, 10.0, 100.0)
THRESHOLDS = (-1.0, 0.0, 1.0)


class FakeScheduler:
    """Books wake-ups on the fake clock; `run_due()` runs those whose time has come."""

    def __init__(self, clock):
        self.clock, self.booked = clock, []

    def __call__(self, seconds, callback):
        self.booked.append((self.clock.now + seconds, callback))
        return True

    def run_due(self):
        due = [b for b in self.booked if b[0] <= self.clock.now]
        self.booked = [b for b in self.booked if b[0] > self.clock.now]
        for _, callback in due:
            callback()


@pytest.fixture
def scheduler(clock):
    return FakeScheduler(clock)


def _two_moons(n=80, seed=0):
    rng = np.random.default_rng(seed)
    angle = rng.uniform(0, np.pi, n)
    label = rng.integers(0, 2, n)
    x = np.where(label == 0, np.cos(angle), 1 - np.cos(angle)) + rng.normal(0, 0.2, n)
    y = np.where(label == 0, np.sin(angle), 0.5 - np.sin(angle)) + rng.normal(0, 0.2, n)
    return np.c_[x, y], label


class CountingFits:
    """make_model for the playground that counts fits, by C."""

    def __init__(self):
        self.fitted = []

    def __call__(self, C):
        counter = self

        class Counted(LogisticRegression):
            def fit(self, X, y):
                counter.fitted.append(C)
                return super().fit(X, y)

        return Counted(C=C)


@pytest.fixture
def make_playground(tmp_path, clock, scheduler):
    """make_playground(**options) -> (playground, fit counter), on two small moons."""

    def make(**options):
        X, y = _two_moons()
        fits = CountingFits()
        options.setdefault("panels", ("decision_boundary",))
        options.setdefault("lang", "en")
        playground = TuningPlayground(
            "moons", fits, [Hyperparameter("C", C_VALUES, default=1.0, label={"en": "C", "zh": "C（正则化）"}),
                            Hyperparameter("threshold", THRESHOLDS, default=0.0, refit=False)],
            X[:60], y[:60], X[60:], y[60:], threshold_param="threshold", folder=tmp_path,
            clock=clock, schedule=scheduler, grid_points=20, **options)
        return playground, fits

    return make


def _drag(playground, name, values, clock, step=0.02):
    """Move a control through `values` the way a drag does: one change every `step` seconds."""
    for value in values:
        playground.controls[name].value = value  # observe() calls on_change, as the browser's message does
        clock.advance(step)


# ---- debouncing -----------------------------------------------------------------------------
def test_a_burst_of_changes_is_acted_on_once_with_the_latest_value(clock, scheduler):
    done = []
    debouncer = Debouncer(done.append, 0.15, clock=clock, schedule=scheduler)
    for value in range(10):
        debouncer.push(value)
        clock.advance(0.03)
    scheduler.run_due()
    assert done == []  # still moving 0.03 s ago: the booked wake-up books another one
    clock.advance(0.15)
    scheduler.run_due()
    assert done == [9] and not debouncer.has_pending


def test_poll_acts_only_after_the_changes_have_settled(clock):
    done = []
    debouncer = Debouncer(done.append, 0.1, clock=clock, schedule=lambda seconds, callback: True)
    debouncer.push("a")
    clock.advance(0.05)
    assert not debouncer.poll()
    debouncer.push("b")
    clock.advance(0.09)
    assert not debouncer.poll()
    clock.advance(0.02)
    assert debouncer.poll() and done == ["b"]
    assert not debouncer.poll()  # nothing left to do


def test_without_an_event_loop_a_change_is_acted_on_at_once(clock):
    done = []
    debouncer = Debouncer(done.append, 0.15, clock=clock, schedule=lambda seconds, callback: False)
    debouncer.push(1)
    debouncer.push(2)
    assert done == [1, 2]


def test_the_default_scheduler_acts_at_once_outside_a_kernel(tmp_path, clock):
    X, y = _two_moons()
    fits = CountingFits()
    playground = TuningPlayground("moons", fits, [Hyperparameter("C", C_VALUES, default=1.0)], X[:60], y[:60],
                                  X[60:], y[60:], panels=("decision_boundary",), folder=tmp_path, lang="en",
                                  grid_points=20)
    playground.controls["C"].value = 10.0
    assert playground.chosen == {"C": 10.0} and fits.fitted == [1.0, 10.0]


# ---- coalescing and the cache ---------------------------------------------------------------
def test_dragging_a_slider_fits_only_the_value_it_settles_on(make_playground, clock, scheduler):
    playground, fits = make_playground()
    assert fits.fitted == [1.0]  # the first picture
    _drag(playground, "C", [10.0, 100.0, 10.0, 0.1, 0.01], clock)
    assert fits.fitted == [1.0] and playground.redraws == 1  # nothing fitted while still moving
    clock.advance(0.2)
    scheduler.run_due()
    assert fits.fitted == [1.0, 0.01] and playground.redraws == 2
    assert playground.values == {"C": 0.01, "threshold": 0.0}


def test_going_back_to_a_seen_value_redraws_without_refitting(make_playground, clock, scheduler):
    playground, fits = make_playground()
    for value in (10.0, 1.0):
        playground.controls["C"].value = value
        clock.advance(0.2)
        scheduler.run_due()
    assert fits.fitted == [1.0, 10.0]  # 1.0 came from the cache
    assert playground.last_was_cached and playground.fits.hits == 1 and playground.redraws == 3
    assert "no refit" in playground._status.value


def test_a_threshold_change_reads_the_fitted_model_again_without_refitting(make_playground, clock, scheduler):
    playground, fits = make_playground(panels=("confusion_matrix", "precision_recall"))
    matrix = playground.panels[0]
    before = [cell.get_text() for row in matrix.cells for cell in row]
    playground.controls["threshold"].value = 1.0
    clock.advance(0.2)
    scheduler.run_due()
    assert fits.fitted == [1.0]
    assert [cell.get_text() for row in matrix.cells for cell in row] != before
    assert playground.chosen == {"C": 1.0, "threshold": 1.0}


def test_the_validation_curve_fits_each_swept_value_once(make_playground, clock, scheduler):
    playground, fits = make_playground(panels=("validation_curve",), curve_param="C")
    assert sorted(fits.fitted) == sorted(C_VALUES)
    train = playground.panels[0].train_line.get_ydata()
    assert len(train) == len(C_VALUES) and not np.isnan(train).any()
    playground.controls["C"].value = 100.0
    clock.advance(0.2)
    scheduler.run_due()
    assert sorted(fits.fitted) == sorted(C_VALUES)  # every point of the curve was already fitted
    assert list(playground.panels[0].marker.get_xdata()) == [100.0, 100.0]


def test_the_cache_forgets_the_least_recently_used_fit():
    cache = LRUCache(2)
    for key in ("a", "b", "a", "c"):
        cache.get_or_make(key, lambda: key.upper())
    assert "a" in cache and "c" in cache and "b" not in cache
    assert (cache.hits, cache.misses) == (1, 3)


# ---- drawing in place ------------------------------------------------------------------------
def test_the_figure_is_redrawn_in_place(make_playground, clock, scheduler):
    playground, _ = make_playground(panels=("decision_boundary", "confusion_matrix"))
    figure, axes, image_widget = playground.figure, list(playground.figure.axes), playground.image
    boundary_image = playground.panels[0].image
    first_png = image_widget.value
    playground.controls["C"].value = 0.01
    clock.advance(0.2)
    scheduler.run_due()
    assert playground.figure is figure and playground.figure.axes == axes
    assert playground.image is image_widget and playground.panels[0].image is boundary_image
    assert bytes(image_widget.value) != bytes(first_png) and bytes(image_widget.value).startswith(b"\x89PNG")
    assert image_widget in playground.children


# ---- the chosen values and the answer file ---------------------------------------------------
def test_nothing_is_chosen_until_the_trainee_moves_a_control(make_playground, tmp_path):
    playground, _ = make_playground()
    assert playground.chosen == {} and not (tmp_path / "moons.tuning.json").exists()
    assert "Move a slider" in playground._saved.value


def test_the_settled_choice_is_saved_atomically_and_shown(make_playground, tmp_path, clock, scheduler):
    playground, _ = make_playground()
    _drag(playground, "C", [10.0, 100.0], clock)
    clock.advance(0.2)
    scheduler.run_due()
    saved = json.loads((tmp_path / "moons.tuning.json").read_text(encoding="utf-8"))
    assert saved == {"playground": "moons", "chosen": {"C": 100.0, "threshold": 0.0}}
    assert playground.chosen == {"C": 100.0, "threshold": 0.0}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moons.tuning.json"]  # no temporary file left
    assert "C = 100" in playground._saved.value


def test_reopening_restores_the_saved_choice(make_playground, clock, scheduler):
    first, _ = make_playground()
    first.choose(C=0.1, threshold=1.0)
    again, fits = make_playground()
    assert again.chosen == {"C": 0.1, "threshold": 1.0}
    assert again.values == {"C": 0.1, "threshold": 1.0} and fits.fitted == [0.1]


def test_choose_sets_the_controls_and_refuses_values_not_on_offer(make_playground, clock, scheduler):
    playground, _ = make_playground()
    playground.controls["C"].value = 100.0  # a drag still waiting …
    playground.choose(C=np.float64(10.0))   # … is overtaken by the choice
    clock.advance(0.2)
    scheduler.run_due()
    assert playground.chosen == {"C": 10.0, "threshold": 0.0} and type(playground.chosen["C"]) is float
    assert playground.controls["C"].value == 10.0
    with pytest.raises(ValueError, match="not one of the values on offer"):
        playground.choose(C=3.0)
    with pytest.raises(ValueError, match="not one of the hyperparameters"):
        playground.choose(gamma=1.0)


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not valid JSON"),
    ('{"playground": "other", "chosen": {"C": 1.0}}', "not a saved choice of this playground"),
    ('{"playground": "moons", "chosen": {"C": 3.0}}', "C = 3.0 is not one of the values on offer"),
])
def test_a_malformed_answer_file_is_set_aside_with_a_message(make_playground, tmp_path, content, reason):
    (tmp_path / "moons.tuning.json").write_text(content, encoding="utf-8")
    playground, _ = make_playground()
    assert playground.chosen == {} and reason in playground.notice
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("moons.tuning.json.broken-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == content
    assert aside[0].name in playground._notice.value
    assert not (tmp_path / "moons.tuning.json").exists()


def test_labels_follow_the_lesson_language(make_playground, tmp_path):
    (tmp_path / "lesson.json").write_text('{"lesson": "l3", "lang": "zh", "items": {}}', encoding="utf-8")
    (tmp_path / "moons.tuning.json").write_bytes(b"\xff\xfe")
    playground, _ = make_playground(lang=None)
    assert playground.lang == "zh"
    assert playground.controls["C"].description == "C（正则化）"
    assert "验证集准确率" in playground._status.value and "无法读取" in playground.notice


def test_unknown_panels_and_parameters_are_refused(tmp_path):
    X, y = _two_moons()
    with pytest.raises(ValueError, match="unknown panels"):
        TuningPlayground("m", CountingFits(), [Hyperparameter("C", C_VALUES)], X, y, X, y, panels=("roc",),
                         folder=tmp_path, lang="en")
    with pytest.raises(ValueError, match="default"):
        Hyperparameter("C", C_VALUES, default=3.0)
