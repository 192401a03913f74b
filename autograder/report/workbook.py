"""The report's tables as an XLSX workbook, every row (the HTML page cuts long tables).

openpyxl in write-only mode: rows stream to the file, so ten thousand trainees take seconds,
not minutes, and memory stays flat.
"""

import math
import numbers
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font


def write_workbook(path: Path, sheets: list[tuple[str, pd.DataFrame]]) -> Path:
    """One sheet per (name, table), the header row bold and frozen; empty tables get a note."""
    workbook = Workbook(write_only=True)
    for name, frame in sheets:
        sheet = workbook.create_sheet(title=name[:31])
        sheet.freeze_panes = "A2"
        if frame is None or frame.empty:
            sheet.append(["nothing to show yet · 暂无数据"])
            continue
        bold = Font(bold=True)
        header = []
        for column in frame.columns:
            cell = WriteOnlyCell(sheet, value=str(column))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for record in zip(*(_plain_column(frame[column]) for column in frame.columns)):
            sheet.append(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _plain_column(column: pd.Series) -> list:
    """A column as values openpyxl writes: Python numbers, strings and booleans; None for missing."""
    if pd.api.types.is_bool_dtype(column):
        return column.astype(bool).tolist()
    if pd.api.types.is_integer_dtype(column):
        return column.astype("int64").tolist()
    if pd.api.types.is_float_dtype(column):
        return column.astype(object).where(column.notna(), None).tolist()
    return [None if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA
            else value if isinstance(value, (bool, int, float, str)) else _plain(value) for value in column.tolist()]


def _plain(value):
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return str(value)
