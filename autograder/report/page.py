"""The report as one self-contained HTML file: inline CSS, figures as data: URIs, no scripts,
nothing fetched, so it opens from a USB stick or an e-mail attachment."""

import html
import numbers

import numpy as np
import pandas as pd

from course.messages import translations

HTML_ROWS = 200  # longer tables are cut in the page; the workbook has every row
STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 2em auto; max-width: 1200px; color: #222; line-height: 1.45; }
h1 { border-bottom: 2px solid #2c7fb8; padding-bottom: .3em; }
h2 { margin-top: 2em; color: #2c7fb8; }
table { border-collapse: collapse; margin: .8em 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef4fa; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
tr.review td { background: #fdecea; }
p.note { color: #555; font-size: 13px; }
img { max-width: 100%; display: block; margin: .8em 0; }
nav a { margin-right: 1em; }
"""


def render_page(title: str, subtitle: str, sections: list[tuple[str, list[str]]]) -> str:
    """sections: (heading key, [HTML parts]) in order."""
    contents = " ".join(f'<a href="#{key}">{html.escape(heading(key))}</a>' for key, _ in sections)
    body = "\n".join(f'<section id="{key}">\n<h2>{html.escape(heading(key))}</h2>\n' + "\n".join(parts) + "\n</section>"
                     for key, parts in sections)
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"<h1>{html.escape(title)}</h1>\n<p>{html.escape(subtitle)}</p>\n<nav>{contents}</nav>\n{body}\n"
            f"</body>\n</html>\n")


def heading(key: str) -> str:
    """English and Chinese side by side: instructors in China read the Chinese; the English
    keeps the statistical terms exact."""
    return " · ".join(translations(f"report.heading.{key}").values())


def note(key: str) -> str:
    """The note as HTML: English, then Chinese on the next line."""
    return "<br>".join(html.escape(version) for version in translations(f"report.note.{key}").values())


def figure(uri: str | None, alt: str) -> str:
    if uri is None:
        return ""
    return f'<img src="{uri}" alt="{html.escape(alt)}">'


def subheading(key: str) -> str:
    return f"<h3>{html.escape(heading(key))}</h3>"


def paragraph(key: str) -> str:
    return f'<p class="note">{note(key)}</p>'


def table(frame: pd.DataFrame, *, percent: tuple[str, ...] = (), review: str | None = None,
          index: bool = False) -> str:
    """A table of `frame` (at most HTML_ROWS rows); `percent` columns shown as %, rows where the
    boolean column `review` is true highlighted."""
    if frame is None or frame.empty:
        return f'<p class="note">{note("nothing")}</p>'
    if index:
        frame = frame.reset_index()
    shown = frame.head(HTML_ROWS)
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    rows = []
    for record in shown.itertuples(index=False):
        flagged = review is not None and bool(getattr(record, review))
        cells = "".join(_cell(value, column in percent) for column, value in zip(shown.columns, record))
        rows.append(f'<tr class="review">{cells}</tr>' if flagged else f"<tr>{cells}</tr>")
    more = (f'<p class="note">{len(frame) - HTML_ROWS} more rows in the workbook · 其余 {len(frame) - HTML_ROWS} '
            f'行见 Excel 工作簿</p>') if len(frame) > HTML_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


def _cell(value, as_percent: bool) -> str:
    if isinstance(value, (bool, np.bool_)):
        return f"<td>{'✔' if value else ''}</td>"
    if isinstance(value, numbers.Real):
        if pd.isna(value):
            return '<td class="number">–</td>'
        text = f"{100 * value:.0f}%" if as_percent else str(value) if isinstance(value, numbers.Integral) \
            else f"{value:.3g}"
        return f'<td class="number">{text}</td>'
    return f"<td>{html.escape(str(value))}</td>"
