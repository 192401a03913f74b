"""The report's bilingual labels are drawn in the CJK font course.fonts picks, never as empty
boxes; without such a font the instructor is told once, in both languages."""

import warnings

import matplotlib
import pandas as pd
import pytest

import course.fonts as fonts
from autograder.report import figures

RATES = pd.DataFrame({"level": [5, 3], "rate": [0.5, 1.0], "passed": [1, 2], "candidates": [2, 2]})


@pytest.fixture(autouse=True)
def fresh_style():
    figures._style.cache_clear()
    yield
    figures._style.cache_clear()


@pytest.mark.skipif(not fonts._known_cjk_font(matplotlib.font_manager.fontManager),
                    reason="no CJK font installed (make setup installs fonts-noto-cjk)")
def test_chinese_labels_draw_every_glyph():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        picture = figures.draw(figures.pass_rates, RATES)
    assert picture.startswith("data:image/png;base64,")
    assert not [w for w in caught if "missing from font" in str(w.message)]


def test_without_a_cjk_font_the_report_says_so_once(monkeypatch, capsys):
    monkeypatch.setattr(fonts, "cjk_font", lambda: None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the boxes the warning is about
        for _ in range(2):
            figures.draw(figures.pass_rates, RATES)
    said = capsys.readouterr().err
    assert said.count("No Chinese font found") == 1 and "未找到可用于图表的中文字体" in said
