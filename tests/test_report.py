"""Reports: every stored change is in them, chart figures match the database, HTML is self-contained and
escaped, links open the PDF at the page, the workbook opens with pandas and openpyxl."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipeline.batch.changes import record_changes
from pipeline.batch.ingest import ingest
from pipeline.report import (
    load_report,
    nice_ticks,
    pdf_href,
    render_html,
    render_markdown,
    words_to_diff,
    write_csv,
    write_xlsx,
)
from pipeline.report.tables import export_tables
from pipeline.store import Selection, open_store, read_frame
from pipeline.types import Afspraak, Change, Comparison

from .test_ingest import corpus_copy
from .test_store import PDF, gold_compare, make_document, needs_corpus

FAMILIES = ["lindehoven-2021", "lindehoven-2022", "lindehoven-2023", "lindehoven-bod-2023",
            "heesterbroek-2022", "heesterbroek-2023"]


@pytest.fixture(scope="module")
def store_db(tmp_path_factory) -> Path:
    """A store of two families (gold documents, gold links as changes), PDFs in <tmp>/pdf."""
    if not (PDF / "lindehoven-2021.pdf").exists():
        pytest.skip("corpus not built")
    root = tmp_path_factory.mktemp("store")
    folder = corpus_copy(root / "pdf", FAMILIES)
    db = root / "a.duckdb"

    def extract(path, overrides=None):
        from .test_store import gold_document

        return gold_document(path, low_confidence_every=9)

    ingest([folder], db, extract_fn=extract)
    record_changes(db, compare_fn=gold_compare)
    return db


class Collect(HTMLParser):
    """Tags with their attributes, and every href/src."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> Collect:
    c = Collect()
    c.feed(html)
    return c


@needs_corpus
def test_the_html_report_shows_every_stored_change(store_db, tmp_path):
    data = load_report(store_db)
    html = render_html(data, report_dir=tmp_path)
    ids = {a.get("id") for tag, a in parse(html).tags if tag == "article"}
    with open_store(store_db, read_only=True) as store:
        stored = {r[0] for r in store.con.execute("SELECT change_id FROM changes").fetchall()}
    assert stored and ids == {f"c-{i}" for i in stored}


@needs_corpus
def test_chart_figures_match_the_database(store_db, tmp_path):
    html = render_html(load_report(store_db), report_dir=tmp_path)
    bars = [a for tag, a in parse(html).tags if tag == "rect" and a.get("data-status")]
    with open_store(store_db, read_only=True) as store:
        afspraken = dict(((g, y, t), n) for g, y, t, n in store.con.execute(
            "SELECT gemeente, year, theme, count(*) FROM v_afspraken WHERE doc_type = 'prestatieafspraken' "
            "GROUP BY ALL").fetchall())
        changes = dict(((g, y, t, s), n) for g, y, t, s, n in store.con.execute(
            "SELECT gemeente, new_year, theme, status, count(*) FROM v_changes "
            "WHERE pair_kind = 'consecutive' GROUP BY ALL").fetchall())
    from pipeline.report import THEME_LABELS

    label_to_theme = {v: k for k, v in THEME_LABELS.items()}
    checked = 0
    for bar in bars:
        gemeente = bar["data-series"].split("|")[0]
        year, status = int(bar["data-year"]), bar["data-status"]
        theme = label_to_theme[bar["data-category"]]
        expected = afspraken.get((gemeente, year, theme), 0) if status == "afspraken" else changes.get(
            (gemeente, year, theme, status), 0)
        assert int(bar["data-value"]) == expected, (gemeente, year, theme, status)
        checked += int(bar["data-value"])
    assert checked == sum(afspraken.values()) + sum(
        n for (_, _, _, s), n in changes.items() if s in ("new", "dropped", "weakened", "strengthened"))


@needs_corpus
def test_the_html_is_self_contained_and_links_survive_mailing(store_db):
    """Page links are absolute file:// URLs by default (they keep working when the report is moved or mailed
    to someone with the same share), relative with --link-base relative, and under a URL with a base."""
    out = store_db.parent / "reports"
    out.mkdir(exist_ok=True)
    data = load_report(store_db)

    def page_links(**kw):
        tags = parse(render_html(data, report_dir=out, **kw)).tags
        assert not [a for tag, a in tags if tag in ("script", "link", "img", "iframe")]
        hrefs = [a["href"] for tag, a in tags if tag == "a" and a.get("href")]
        assert not [h for h in hrefs if h.startswith(("http:", "//"))]
        return [h for h in hrefs if "#page=" in h]

    absolute = page_links()
    assert absolute and all(h.startswith((store_db.parent / "pdf").as_uri() + "/") for h in absolute)
    relative = page_links(link_base="relative")
    assert relative and all(h.startswith("../pdf/") for h in relative)
    based = page_links(link_base="https://intranet.example/stukken/")
    assert based and all(re.match(r"https://intranet\.example/stukken/[a-z-]+-\d{4}\.pdf#page=\d+$", h)
                         for h in based)


@needs_corpus
def test_the_report_has_provenance_and_a_review_section(store_db, tmp_path):
    data = load_report(store_db)
    html = render_html(data, report_dir=tmp_path)
    with open_store(store_db, read_only=True) as store:
        runs = read_frame(store, "runs")
        low = store.con.execute("SELECT count(*) FROM afspraken WHERE theme_score < 0.5").fetchall()[0][0]
    for run_id in runs["run_id"]:
        assert f"Run {run_id}" in html
    assert f"Thema onzeker (score onder 0.5): {low}" in html and low > 0
    english = render_html(data, report_dir=tmp_path, lang="en")
    assert f"Theme uncertain (score below 0.5): {low}" in english
    for doc in data.documents.itertuples():
        assert doc.sha256[:12] in html


@needs_corpus
def test_a_selection_limits_the_report(store_db, tmp_path):
    data = load_report(store_db, Selection(gemeente="heesterbroek"))
    assert set(data.documents["gemeente"]) == {"Heesterbroek"}
    assert set(data.changes["gemeente"]) == {"Heesterbroek"}
    assert "Lindehoven" not in render_html(data, report_dir=tmp_path)


def test_all_text_is_escaped(tmp_path):
    from pipeline.store import Pair, write_comparison, write_document

    db = tmp_path / "a.duckdb"
    old = make_document(tmp_path / "x.pdf", year=2022, sha="a" * 64)
    new = make_document(tmp_path / "y.pdf", year=2023, sha="b" * 64)
    evil = Afspraak(id="b" * 12 + "-999", number="<b>1</b>", section=None, party=None, page=1,
                    text='De gemeente <script>alert("x")</script> & co "bouwt".', theme="kwaliteit")
    new = new.__class__(meta=new.meta, afspraken=(*new.afspraken, evil))
    with open_store(db) as store:
        write_document(store, old)
        write_document(store, new)
        pair = Pair("a" * 12, "b" * 12, "consecutive", "Lindehoven", "Het Lindehof", 2022, 2023)
        write_comparison(store, pair, Comparison(old, new, (Change("new", None, evil),)))
    html = render_html(load_report(db), report_dir=tmp_path)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>1</b>" not in html


@pytest.mark.parametrize(("old", "new", "left", "right"), [
    ("bouwt 700 woningen", "bouwt 500 woningen",
     "bouwt <del>700</del> woningen", "bouwt <ins>500</ins> woningen"),
    ("a b", "a b", "a b", "a b"),
    ("", "nieuw", "", "<ins>nieuw</ins>"),
    ("x < y", "x > y", "x <del>&lt;</del> y", "x <ins>&gt;</ins> y"),
])
def test_words_to_diff(old, new, left, right):
    assert words_to_diff(old, new) == (left, right)


@pytest.mark.parametrize(("maximum", "expected"), [
    (0, [0, 1]), (4, [0, 1, 2, 3, 4]), (38, [0, 10, 20, 30, 40]), (7, [0, 2, 4, 6, 8]),
])
def test_nice_ticks(maximum, expected):
    assert nice_ticks(maximum) == expected


def test_pdf_href_is_relative_and_quoted(tmp_path):
    pdf = tmp_path / "pdf" / "prestatie afspraken 2022.pdf"
    assert pdf_href(str(pdf), 4, tmp_path / "out") == "../pdf/prestatie%20afspraken%202022.pdf#page=4"
    assert pdf_href(None, 4, tmp_path) is None


@needs_corpus
def test_markdown_lists_every_change(store_db, tmp_path):
    md = render_markdown(load_report(store_db), report_dir=tmp_path)
    with open_store(store_db, read_only=True) as store:
        stored = [r[0] for r in store.con.execute("SELECT change_id FROM changes").fetchall()]
    assert all(f'<a id="c-{i}"></a>' in md for i in stored)
    assert "~~" in md and "**" in md


@needs_corpus
def test_the_workbook_opens_with_pandas_and_openpyxl(store_db, tmp_path):
    path = tmp_path / "report.xlsx"
    data = load_report(store_db)
    write_xlsx(data, path)
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets)[:2] == ["samenvatting", "wijzigingen"]
    assert len(sheets["wijzigingen"]) == len(data.changes) and len(sheets["afspraken"]) == len(data.afspraken)
    assert len(sheets["documenten"]) == len(data.documents)
    assert sheets["per_thema_en_jaar"]["Afspraken"].sum() == data.summary["afspraken"].sum()
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
    text_col = list(sheets["afspraken"].columns).index("Tekst") + 1
    assert book["afspraken"].column_dimensions[openpyxl.utils.get_column_letter(text_col)].width >= 60


@needs_corpus
def test_csv_folder_has_one_file_per_table(store_db, tmp_path):
    data = load_report(store_db)
    written = write_csv(data, tmp_path / "csv")
    assert sorted(p.name for p in written) == sorted(f"{n}.csv" for n in export_tables(data))
    changes = pd.read_csv(tmp_path / "csv" / "wijzigingen.csv", encoding="utf-8-sig")
    assert len(changes) == len(data.changes)


@needs_corpus
def test_the_cli_writes_each_format(store_db, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    runner = CliRunner()
    for fmt, out in (("html", "r.html"), ("md", "r.md"), ("xlsx", "r.xlsx"), ("csv", "csvdir")):
        result = runner.invoke(app, ["report", "--db", str(store_db), "-f", fmt, "-o", str(tmp_path / out),
                                     "--gemeente", "Lindehoven", "--from", "2021", "--to", "2023"])
        assert result.exit_code == 0, result.output
        assert (tmp_path / out).exists()
    assert re.search(r"Wijzigingen 2021 → 2022 per thema", (tmp_path / "r.html").read_text(encoding="utf-8"))
    bad = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert bad.exit_code == 8 and "ingest" in bad.stderr


def test_a_real_comparison_is_reported_in_full(tmp_path):
    """With the real compare stage (when present): every change it finds is in the report."""
    compare = pytest.importorskip("pipeline.changes")
    if not (PDF / "welderveld-2021.pdf").exists():
        pytest.skip("corpus not built")
    from .test_store import gold_document

    folder = corpus_copy(tmp_path / "pdf", ["welderveld-2021", "welderveld-2022"])
    db = tmp_path / "a.duckdb"
    ingest([folder], db, extract_fn=lambda p, overrides=None: gold_document(p))
    old, new = (gold_document(folder / f"welderveld-{y}.pdf") for y in (2021, 2022))
    expected = compare.compare(old, new)
    record_changes(db)
    html = render_html(load_report(db), report_dir=tmp_path)
    articles = [a for tag, a in parse(html).tags if tag == "article"]
    assert len(articles) == len(expected.changes)
    statuses = sorted(a["class"].split()[1] for a in articles)
    assert statuses == sorted(c.status for c in expected.changes)


def test_an_empty_store_still_makes_a_report(tmp_path):
    open_store(tmp_path / "a.duckdb").close()
    data = load_report(tmp_path / "a.duckdb")
    html = render_html(data, report_dir=tmp_path)
    assert "Nog geen vergeleken jaarparen" in html
    write_xlsx(data, tmp_path / "e.xlsx")
    assert list(pd.read_excel(tmp_path / "e.xlsx", sheet_name=None))[0] == "samenvatting"
