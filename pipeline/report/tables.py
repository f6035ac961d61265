"""The report's tables for spreadsheets and data tools: an Excel workbook, a folder of CSV files, Parquet.

Every table is shaped for people first (`export_tables`): headers in the report's language, statuses and themes
as words, reasons as readable text, a link to each page. Every text cell stays text: xlsx cells are written with
the string type and CSV cells through `pipeline.spreadsheet.neutralise` (formula injection, OWASP).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from ..spreadsheet import neutralise
from ..store import SUMMARY_STATUSES
from .data import ReportData, present, series_name
from .i18n import DEFAULT_LANG, reason_kind, status_label, t, theme_name, type_name
from .summary import HEADLINE_STATUSES, Links, newest_pairs

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CSV_DIALECTS = {"excel": {"sep": ",", "decimal": "."}, "nl": {"sep": ";", "decimal": ","}}
DEFAULT_DIALECT = "excel"
SHEET_STATUSES = ("weakened", "dropped", "new", "strengthened", "modified", "unclear")


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


def readable_reasons(reasons: Any, lang: str = DEFAULT_LANG) -> str:
    """The reasons JSON as one line a person reads: "termijn: later (2025 -> 2026); ..."."""
    items = json.loads(reasons) if isinstance(reasons, str) and reasons else []
    out = []
    for r in items:
        text = f"{reason_kind(r.get('kind'), lang)}: {r.get('explanation') or ''}".strip()
        if r.get("old") or r.get("new"):
            text += f" ({r.get('old') or '—'} -> {r.get('new') or '—'})"
        out.append(text)
    return "; ".join(out)


def _changes_table(data: ReportData, links: Links, lang: str) -> pd.DataFrame:
    c = data.changes
    dropped = c["status"] == "dropped"
    return pd.DataFrame({
        t("series", lang): [series_name(g or "", k or "") for g, k in zip(c["gemeente"], c["corporatie"],
                                                                           strict=True)],
        "gemeente": c["gemeente"], "corporatie": c["corporatie"],
        t("old", lang) + " " + t("year", lang).lower(): c["old_year"].astype("Int64"),
        t("new_text", lang) + " " + t("year", lang).lower(): c["new_year"].astype("Int64"),
        t("type", lang): [t("bod", lang) if k == "bod" else t("consecutive", lang) for k in c["pair_kind"]],
        t("status", lang): [status_label(s, lang) for s in c["status"]],
        t("theme", lang): [theme_name(x if present(x) else None, lang) for x in c["theme"]],
        t("reason", lang): [readable_reasons(r, lang) for r in c["reasons"]],
        t("old", lang) + " nr": c["old_number"], t("old", lang) + " p.": c["old_page"].astype("Int64"),
        t("old", lang) + " " + t("text", lang).lower(): c["old_text"],
        t("new_text", lang) + " nr": c["new_number"], t("new_text", lang) + " p.": c["new_page"].astype("Int64"),
        t("new_text", lang) + " " + t("text", lang).lower(): c["new_text"],
        t("link", lang): [links.href(op, pg) if d else links.href(np_, npg)
                          for d, op, pg, np_, npg in zip(dropped, c["old_path"], c["old_page"], c["new_path"],
                                                         c["new_page"], strict=True)],
        t("similarity", lang): c["similarity"].round(3),
        "status_code": c["status"], "change_id": c["change_id"],
    })


def _summary_table(data: ReportData, lang: str) -> pd.DataFrame:
    rows = []
    for p in newest_pairs(data.changes):
        row = {t("series", lang): series_name(p.gemeente, p.corporatie),
               t("years", lang): f"{p.old_year} -> {p.new_year}",
               t("type", lang): t("bod", lang) if p.kind == "bod" else t("consecutive", lang)}
        row.update({status_label(s, lang): p.counts.get(s, 0) for s in HEADLINE_STATUSES})
        rows.append(row)
    columns = [t("series", lang), t("years", lang), t("type", lang),
               *(status_label(s, lang) for s in HEADLINE_STATUSES)]
    return pd.DataFrame(rows, columns=columns)


def export_tables(data: ReportData, *, lang: str = DEFAULT_LANG, links: Links | None = None) -> dict[
        str, pd.DataFrame]:
    """The report's tables for people, by sheet name: the summary first, the changes, one per status, the rest."""
    links = links or Links(data.documents, Path.cwd())
    changes = _changes_table(data, links, lang)
    tables = {t("summary", lang).lower(): _summary_table(data, lang),
              t("changes_per_series", lang).split()[0].lower(): changes}
    for status in SHEET_STATUSES:
        tables[status_label(status, lang)] = changes[changes["status_code"] == status].reset_index(drop=True)
    per_year = data.summary.assign(theme=[theme_name(x, lang) for x in data.summary["theme"]])
    tables[t("per_theme_year", lang).lower().replace(" ", "_")] = per_year.rename(columns={
        "theme": t("theme", lang), "year": t("year", lang), "afspraken": t("afspraken", lang),
        **{s: status_label(s, lang) for s in SUMMARY_STATUSES}})
    a = data.afspraken
    tables[t("afspraken", lang).lower()] = pd.DataFrame({
        t("series", lang): [series_name(g or "", k or "") for g, k in zip(a["gemeente"], a["corporatie"],
                                                                           strict=True)],
        t("year", lang): a["year"].astype("Int64"), t("document", lang): a["doc_name"],
        t("type", lang): [type_name(x, lang) for x in a["doc_type"]], "nr": a["number"],
        t("page", lang): a["page"].astype("Int64"), "partij": a["party"], "sectie": a["section"],
        t("theme", lang): [theme_name(x if present(x) else None, lang) for x in a["theme"]],
        t("score", lang): a["theme_score"].round(3), t("text", lang): a["text"],
        t("link", lang): [links.href(p, pg) for p, pg in zip(a["doc_path"], a["page"], strict=True)],
        "afspraak_id": a["afspraak_id"]})
    tables[t("inputs", lang).lower()] = data.documents.drop(columns=["footnotes"], errors="ignore").assign(
        type=[type_name(x, lang) for x in data.documents["type"]])
    tables["runs"] = data.runs
    return {name[:31]: export_frame(frame) for name, frame in tables.items()}


def write_xlsx(data: ReportData, out: BinaryIO | str | Path, *, lang: str = DEFAULT_LANG,
               links: Links | None = None) -> None:
    """An Excel workbook: the summary sheet first, then the changes, a sheet per status, afspraken, documents.

    Every text cell is written as a string (never a formula), links as hyperlinks; autofilter, frozen header.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    link_header = t("link", lang)
    for name, frame in export_tables(data, lang=lang, links=links).items():
        sheet = book.create_sheet(name)
        sheet.append([str(c) for c in frame.columns])
        for cell in sheet[1]:
            cell.data_type = "s"
            cell.font = Font(bold=True)
        for row_number, row in enumerate(frame.itertuples(index=False), start=2):
            for col, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_number, column=col)
                if not present(value):
                    continue
                if isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    if frame.columns[col - 1] == link_header and value:
                        cell.hyperlink = value
                        cell.style = "Hyperlink"
                elif isinstance(value, pd.Timestamp):
                    cell.value = value.to_pydatetime()
                else:
                    cell.value = value.item() if hasattr(value, "item") else value
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for i, column in enumerate(frame.columns, start=1):
            lengths = [len(str(column))] + [len(str(v)) for v in frame[column].head(500) if present(v)]
            width = min(max(lengths) + 2, 80)
            letter = sheet.cell(row=1, column=i).column_letter
            sheet.column_dimensions[letter].width = width
            if width >= 60:
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(out)


def write_csv(data: ReportData, folder: Path, *, lang: str = DEFAULT_LANG, dialect: str = DEFAULT_DIALECT,
              links: Links | None = None) -> list[Path]:
    """A folder with one CSV per table, UTF-8 with BOM (Excel reads the accents).

    dialect `excel` (the default): comma-separated, decimal point; `nl`: semicolon-separated, decimal comma,
    as Dutch Excel opens by double-click. Text cells that could start a formula get a leading quote.
    """
    if dialect not in CSV_DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}: choose {' or '.join(CSV_DIALECTS)}")
    folder.mkdir(exist_ok=True)
    written = []
    for name, frame in export_tables(data, lang=lang, links=links).items():
        path = folder / f"{name}.csv"
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".csv", dir=folder)
        os.close(fd)
        try:
            neutral = frame.map(neutralise) if len(frame) else frame
            # CRLF as Excel writes it: with "\n" alone the csv module leaves a cell holding a bare "\r" unquoted,
            # and Excel starts a new row there, whose first cell ("\r=cmd|...") is a live formula (fuzz_outputs)
            neutral.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n", **CSV_DIALECTS[dialect])
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        written.append(path)
    return written


def write_parquet(data: ReportData, target: Path, *, lang: str = DEFAULT_LANG,
                  links: Links | None = None) -> list[Path]:
    """Parquet for Power BI and pandas, written by DuckDB itself (no extension, nothing downloaded).

    A target ending in .parquet gets the changes table; any other target is a folder with one file per table.
    """
    import duckdb

    tables = export_tables(data, lang=lang, links=links)
    if target.suffix.lower() == ".parquet":
        changes_name = t("changes_per_series", lang).split()[0].lower()
        jobs = [(tables[changes_name], target)]
    else:
        target.mkdir(exist_ok=True)
        jobs = [(frame, target / f"{name}.parquet") for name, frame in tables.items()]
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    written = []
    try:
        for frame, path in jobs:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".parquet", dir=path.parent)
            os.close(fd)
            try:
                con.register("frame", frame.astype({c: "string" for c in frame.columns
                                                     if frame[c].dtype == object}))
                con.execute(f"COPY frame TO '{_sql_path(tmp)}' (FORMAT parquet)")
                con.unregister("frame")
                os.replace(tmp, path)
            finally:
                Path(tmp).unlink(missing_ok=True)
            written.append(path)
    finally:
        con.close()
    return written


def _sql_path(path: str) -> str:
    return path.replace("'", "''")
