"""Reports for people: from the store (a series over the years) and for one document or comparison in memory.

From the store (`afspraken report`): `data` reads what a report shows once (`load_report`); `html` writes one
self-contained page (inline CSS and SVG charts, links that open each PDF at its page, so it can be mailed
around), `markdown` the same as Markdown, `tables` an Excel workbook or a folder of CSV files.
In memory: `document` renders one document's afspraken (the extract JSON, CSV, a table), `comparison` one
comparison (a table or Markdown; `html.comparison_html` for its HTML page).
"""

from __future__ import annotations

from .comparison import comparison_markdown, render_comparison
from .data import DEFAULT_REVIEW_THRESHOLD, FORMATS, THEME_LABELS, ReportData, load_report, pdf_href
from .html import comparison_html, nice_ticks, render_html, words_to_diff
from .markdown import render_markdown, words_to_markdown_diff
from .tables import write_csv, write_xlsx

__all__ = ["DEFAULT_REVIEW_THRESHOLD", "FORMATS", "THEME_LABELS", "ReportData", "comparison_html",
           "comparison_markdown", "load_report", "nice_ticks", "pdf_href", "render_comparison", "render_html",
           "render_markdown", "words_to_diff", "words_to_markdown_diff", "write_csv", "write_xlsx"]
