"""The page checks themselves can fail: a character no installed font has is found as a box
glyph while Chinese and emoji are not, and an element wider than the window is found."""

import pytest

from tests.browser.pagecheck import FIND_BOX_GLYPHS, FIND_OVERSIZED

pytestmark = pytest.mark.browser


def test_box_glyphs_are_found_and_covered_text_is_not(page):
    page.set_content('<meta charset="utf-8"><p id="t">中文标注 ✅ ❌ 💡 naïve ﹙</p><p id="missing">\U0001E900</p>')
    covered = page.evaluate(FIND_BOX_GLYPHS, "#t")
    assert covered["checked"] >= 7 and covered["boxes"] == []
    missing = page.evaluate(FIND_BOX_GLYPHS, "#missing")  # Adlam: no font on the machine has it
    assert len(missing["boxes"]) == 1 and "U+1E900" in missing["boxes"][0]


def test_elements_larger_than_the_window_are_found(page):
    page.set_content('<div class="course-labeling" style="width:3000px;height:10px"></div>'
                     '<div class="widget-vbox" style="width:300px;height:10px"></div>')
    found = page.evaluate(FIND_OVERSIZED, [".course-labeling", ".widget-vbox"])
    assert len(found) == 1 and found[0].startswith(".course-labeling is 3000x10")
