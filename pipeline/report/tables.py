"""The report's tables for spreadsheets: an Excel workbook or a folder of CSV files."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from .data import ReportData, present

# --- Excel and CSV ------------------------------------------------------------------------------------------

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A table made flat for spreadsheets: lists joined with "; ", control characters removed."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype) in ("str", "string"):
            out[column] = out[column].map(_flat)
    return out


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple) or hasattr(value, "tolist") and not isinstance(value, str):
        value = "; ".join(str(v) for v in (value.tolist() if hasattr(value, "tolist") else value))
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)[:32000]
    return value


def write_xlsx(data: ReportData, out: BinaryIO | str | Path) -> None:
    """An Excel workbook, one sheet per table, with autofilter, frozen header and readable column widths."""
    from openpyxl.styles import Alignment, Font

    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, frame in data.frames().items():
            flat = export_frame(frame)
            flat.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = sheet.dimensions
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for i, column in enumerate(flat.columns, start=1):
                lengths = [len(str(column))] + [len(str(v)) for v in flat[column].head(500) if present(v)]
                width = min(max(lengths) + 2, 80)
                letter = sheet.cell(row=1, column=i).column_letter
                sheet.column_dimensions[letter].width = width
                if width >= 60:
                    for cell in sheet[letter][1:]:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_csv(data: ReportData, folder: Path) -> list[Path]:
    """A folder with one CSV per table (UTF-8 with BOM so that Excel reads the accents)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in data.frames().items():
        path = folder / f"{name}.csv"
        tmp = folder / f".{name}.csv.tmp"
        export_frame(frame).to_csv(tmp, index=False, encoding="utf-8-sig")
        os.replace(tmp, path)
        written.append(path)
    return written
