"""Fonts for the figures of a lesson: Chinese labels need a CJK font that matplotlib knows.

`plot_text(en=..., zh=...)` gives a figure label in the lesson's language and makes sure
matplotlib can draw it: the first call sets matplotlib's fonts (a CJK font first in a Chinese
lesson, a fallback after the usual sans-serif in an English one). Matplotlib keeps
a cache of the system's fonts made the first time it ran; fonts installed after that are
unknown to it, so when no CJK font is in the cache the system's font files are looked at
again and the cache is rewritten. A Chinese lesson that still finds none says so, in both
languages, and labels its figures in English rather than in empty boxes.

Language is looked up when a figure is made, not on import: a grading kernel is forked from
one that imported `course` before it moved into the trainee's folder.
"""

import sys

from course.messages import text
from course.lesson import LessonInfo

# families that draw Simplified Chinese, best first (Debian's fonts-noto-cjk gives the first)
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")
_CJK_FILE_HINTS = ("cjk", "notosanssc", "sourcehan", "wqy", "simhei", "msyh", "pingfang")

_configured: dict[str, str] = {}  # lang -> the language figure labels are drawn in


def cjk_font() -> str | None:
    """The name of an installed CJK font family matplotlib can use, or None."""
    from matplotlib import font_manager

    found = _known_cjk_font(font_manager.fontManager)
    if found is None and _add_new_system_fonts(font_manager):
        found = _known_cjk_font(font_manager.fontManager)
    return found


def _known_cjk_font(manager) -> str | None:
    installed = {font.name for font in manager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def _add_new_system_fonts(font_manager) -> bool:
    """Add CJK font files matplotlib's cache does not list yet; True when any were added."""
    manager = font_manager.fontManager
    known = {font.fname for font in manager.ttflist}
    added = False
    for path in font_manager.findSystemFonts():
        if path not in known and any(hint in path.lower().replace("-", "") for hint in _CJK_FILE_HINTS):
            try:
                manager.addfont(path)
                added = True
            except (OSError, RuntimeError, ValueError):
                continue  # an unreadable font file is not ours to fix
    if added:  # so the next kernel finds them without looking again
        try:
            import matplotlib
            from pathlib import Path
            cache = Path(matplotlib.get_cachedir()) / f"fontlist-v{font_manager.FontManager.__version__}.json"
            font_manager.json_dump(manager, cache)
        except OSError:
            pass
    return added


def font_settings(lang: str) -> tuple[dict, str]:
    """The matplotlib settings that draw figure labels in `lang`, and the language they can be
    drawn in ("en" when Chinese has no font, which it says in both languages)."""
    import matplotlib

    font = cjk_font()
    settings = {"axes.unicode_minus": False}  # CJK fonts lack the Unicode minus sign
    if font and lang == "zh":
        families = [name for name in matplotlib.rcParams["font.sans-serif"] if name != font]
        settings["font.sans-serif"] = [font] + families
    elif font and font not in matplotlib.rcParams["font.family"]:
        # Latin in the usual font; Chinese (in data, say) falls back to the CJK font
        settings["font.family"] = list(matplotlib.rcParams["font.family"]) + [font]
    drawn = lang if (lang != "zh" or font) else "en"
    if drawn != lang:
        print(f"{text('lesson.no_cjk_font', 'zh')}\n{text('lesson.no_cjk_font', 'en')}", file=sys.stderr)
    return settings, drawn


def use_lesson_fonts(lang: str | None = None) -> str:
    """Set matplotlib's fonts for a lesson in `lang` (the lesson's own when None); return the
    language its figure labels can be drawn in ("en" when Chinese has no font)."""
    lang = lang or LessonInfo.load(".").lang
    if lang not in _configured:
        import matplotlib

        settings, _configured[lang] = font_settings(lang)
        matplotlib.rcParams.update(settings)
    return _configured[lang]


def plot_text(*, en: str, zh: str) -> str:
    """A figure label in the lesson's language, or in English when Chinese cannot be drawn."""
    return zh if use_lesson_fonts() == "zh" else en
