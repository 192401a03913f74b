"""Figures in a Chinese lesson draw Chinese; a stale font cache or a missing font is handled."""

import json
import os
import subprocess
import sys
import warnings

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import course.fonts as fonts

pytestmark = pytest.mark.skipif(not fonts._known_cjk_font(matplotlib.font_manager.fontManager),
                                reason="no CJK font installed (make setup installs fonts-noto-cjk)")


@pytest.fixture
def lesson_folder(tmp_path, monkeypatch):
    def make(lang):
        (tmp_path / "lesson.json").write_text(json.dumps({"lesson": "demo", "lang": lang, "items": {}}))
        monkeypatch.chdir(tmp_path)
        monkeypatch.setattr(fonts, "_configured", {})
    with matplotlib.rc_context():
        yield make


def _draw_warnings(label: str) -> list[str]:
    figure = Figure()
    FigureCanvasAgg(figure)
    figure.subplots().set_title(label)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.canvas.draw()
    return [str(w.message) for w in caught]


def test_a_chinese_lesson_labels_its_figures_in_chinese_and_draws_every_glyph(lesson_folder):
    lesson_folder("zh")
    label = fonts.plot_text(en="accuracy", zh="准确率")
    assert label == "准确率"
    assert matplotlib.rcParams["font.sans-serif"][0] == "Noto Sans CJK SC"
    assert not [m for m in _draw_warnings(label) if "missing from font" in m]


def test_an_english_lesson_keeps_its_latin_font_and_still_draws_chinese_data(lesson_folder):
    lesson_folder("en")
    assert fonts.plot_text(en="accuracy", zh="准确率") == "accuracy"
    assert matplotlib.rcParams["font.sans-serif"][0] == "DejaVu Sans"
    assert matplotlib.rcParams["font.family"] == ["sans-serif", "Noto Sans CJK SC"]
    assert not [m for m in _draw_warnings("上海 orders") if "missing from font" in m]


def test_without_a_cjk_font_a_chinese_lesson_warns_in_both_languages_and_labels_in_english(
        lesson_folder, monkeypatch, capsys):
    lesson_folder("zh")
    monkeypatch.setattr(fonts, "cjk_font", lambda: None)
    assert fonts.plot_text(en="accuracy", zh="准确率") == "accuracy"
    fonts.plot_text(en="recall", zh="召回率")
    warning = capsys.readouterr().err
    assert warning.count("未找到可用于图表的中文字体") == 1 and "No Chinese font found" in warning


def test_fonts_installed_after_matplotlibs_cache_was_built_are_found(tmp_path):
    """A cache from before fonts-noto-cjk was installed lists no CJK font; it is looked again."""
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path)}
    stale = ("from matplotlib import font_manager as fm, get_cachedir; from pathlib import Path\n"
             "m = fm.fontManager; m.ttflist = [f for f in m.ttflist if 'CJK' not in f.name]\n"
             "fm.json_dump(m, Path(get_cachedir()) / f'fontlist-v{fm.FontManager.__version__}.json')")
    subprocess.run([sys.executable, "-c", stale], env=env, check=True)
    found = ("from matplotlib import font_manager as fm; import course.fonts as f\n"
             "print(any('CJK' in x.name for x in fm.fontManager.ttflist), f.cjk_font())")
    before, name = subprocess.run([sys.executable, "-c", found], env=env, check=True, capture_output=True,
                                  text=True).stdout.split(maxsplit=1)
    assert (before, name.strip()) == ("False", "Noto Sans CJK SC")  # the stale cache, then found anyway
    again = subprocess.run([sys.executable, "-c", found], env=env, check=True, capture_output=True, text=True)
    assert again.stdout.split()[0] == "True"  # the rewritten cache lists it for the next kernel
