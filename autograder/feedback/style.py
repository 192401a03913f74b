"""How a feedback page looks: the course's colours and a font stack that draws Chinese.

The CJK families are the ones the trainee runtime uses for figures (`course.fonts`), so the
page, the notebook's figures and the widgets read alike; hints are markdown, rendered with
mistune (already there with nbconvert) with raw HTML escaped.
"""

import mistune

from course.fonts import CJK_FONTS

_LATIN = ('system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans"')
_CJK = ", ".join(f'"{name}"' for name in CJK_FONTS)
_EMOJI = '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"'

_STYLE = """
body {{ margin: 0; background: #f5f7fa; color: #1f2933; font-family: {fonts}, {emoji}, sans-serif;
       line-height: 1.6; }}
main {{ max-width: 920px; margin: 0 auto; padding: 24px 20px 40px; }}
.kicker {{ margin: 0; color: #52606d; font-size: 14px; letter-spacing: .04em; }}
h1 {{ margin: 4px 0 12px; font-size: 26px; color: #102a43; }}
.who, .status {{ margin: 4px 0; }}
.total {{ margin: 12px 0 20px; font-size: 18px; }}
.total strong {{ color: #0b6bcb; }}
table {{ width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d9e2ec; }}
th, td {{ text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid #e4e7eb; }}
th {{ background: #eef2f7; font-weight: 600; }}
td.points {{ white-space: nowrap; font-variant-numeric: tabular-nums; }}
tr.full td.points {{ color: #207a3c; }}
tr.short td.points {{ color: #b4451f; }}
a {{ color: #0b6bcb; }}
code {{ font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; background: #eef2f7;
        padding: 0 3px; border-radius: 3px; }}
details.hints {{ margin-top: 6px; }}
details.hints summary {{ cursor: pointer; color: #52606d; }}
details.hints ol {{ margin: 6px 0 0; padding-left: 22px; }}
details.hints p {{ margin: 0; }}
.howto {{ color: #52606d; font-size: 14px; margin-top: 16px; }}
"""

# Latin first for English pages; Chinese pages take the CJK font for Latin too, for one look
PAGE_STYLE = {
    "en": _STYLE.format(fonts=f"{_LATIN}, {_CJK}", emoji=_EMOJI),
    "zh": _STYLE.format(fonts=f"{_CJK}, {_LATIN}", emoji=_EMOJI),
}

_markdown = mistune.create_markdown(escape=True)


def markdown_html(text: str) -> str:
    """A hint (markdown written by the lesson's author) as HTML; raw HTML in it is escaped."""
    return _markdown(text).strip()
