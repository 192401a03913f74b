"""Figure labels in the lesson's language, drawn in a font that has its characters: English
when Chinese is asked for and no CJK font is installed (course/fonts.py)."""

from course.fonts import cjk_font, use_lesson_fonts
from course.messages import text


class FigureLabels:
    def __init__(self, lang: str):
        self.lang = use_lesson_fonts(lang)
        self._font = cjk_font() if self.lang == "zh" else None

    def label(self, key: str, **values) -> str:
        return text(key, self.lang, **values)

    def style(self, artist_text) -> None:
        if self._font:
            artist_text.set_fontfamily(self._font)
