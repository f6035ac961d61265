"""Three unruled columns side by side on a landscape page, made here and read by both parse backends.

A theme page under a coloured title band: a column of context ("Waar staan we?"), a column of afspraken as
unnumbered dash items ("Wat spreken we af?") and a column of expected results ("Wat levert het op?"), each under
its own title, of unequal lengths; a continuation page where the results column holds a title and one short item.
Read in a plain top-to-bottom order the three columns interleave line by line.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run
from pipeline.parse import parse_pdf
from pipeline.parse.gutters import find_gutters

WIDTH, HEIGHT = landscape(A4)
COLUMNS = [(30.0, 220.0), (275.0, 300.0), (600.0, 210.0)]  # x, width
CONTEXT = [
    "In het afgelopen jaar zijn in de gemeente 72 sociale huurwoningen opgeleverd, minder dan de 90 woningen die "
    "waren gepland, vooral door vertraging bij de aanbesteding van het plan Beekhof.",
    "De wachttijd voor een sociale huurwoning bedroeg gemiddeld 6,1 jaar; voor eengezinswoningen lag die hoger.",
    "Het aantal huishoudens met een betalingsachterstand van meer dan twee maanden daalde licht.",
]
AFSPRAKEN = [
    "De corporaties leveren in 2025 samen ten minste 95 sociale huurwoningen op, waarvan 60 in het plan Beekhof "
    "en 35 verspreid over de dorpskernen.",
    "De gemeente stelt vóór 1 september 2025 een overzicht van de plancapaciteit op en bespreekt dit met de "
    "corporaties en de huurdersvereniging.",
    "De corporaties beperken de huurverhoging per 1 juli 2025 voor sociale huurwoningen tot het niveau van de "
    "inflatie.",
    "De gemeente herziet in 2025 de huisvestingsverordening en betrekt de corporaties bij de inspraak op het "
    "ontwerp.",
    "Partijen maken in 2025 afspraken over een verhuisregeling voor senioren die een grote eengezinswoning "
    "achterlaten, met een verhuisvergoeding.",
]
RESULTS = [
    "95 nieuwe sociale huurwoningen, waarvan 60 in Beekhof",
    "Een actueel overzicht van de plancapaciteit",
    "Een huurverhoging die de inflatie niet overstijgt",
]
MORE = [
    "De corporaties nemen bij een betalingsachterstand van twee maanden persoonlijk contact op met de huurder en "
    "melden de achterstand bij het gemeentelijke team Schuldhulp.",
    "Partijen zetten zich in om huisuitzettingen wegens huurachterstand zoveel mogelijk te voorkomen.",
    "De corporaties wijzen ten minste 15% van de vrijkomende woningen toe aan starters met een lokale binding.",
]
TITLES = ["Waar staan we?", "Wat spreken we af?", "Wat levert het op in 2025?"]


def _items(c: Canvas, column: int, items: list[str], mark: str | None, size: float, gap: float) -> None:
    x, width = COLUMNS[column]
    indent = 10.0 if mark else 0.0
    y = HEIGHT - 118
    for text in items:
        c.setFont("Helvetica", size)
        if mark:
            c.drawString(x, y, mark)
        for line in simpleSplit(text, "Helvetica", size, width - indent):
            c.drawString(x + indent, y, line)
            y -= size + 2.5
        y -= gap


def _theme_page(c: Canvas, title: str, columns: list[tuple[list[str], str | None]]) -> None:
    c.setFont("Helvetica", 7.5)
    c.drawString(30, HEIGHT - 22, "Prestatieafspraken 2025 gemeente Beekwoude")
    c.setFillColorRGB(0.2, 0.45, 0.3)
    c.rect(30, HEIGHT - 72, WIDTH - 60, 34, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(42, HEIGHT - 61, title)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 11)
    for (x, _), head in zip(COLUMNS, TITLES, strict=True):
        c.drawString(x, HEIGHT - 96, head)
    for k, (items, mark) in enumerate(columns):
        _items(c, k, items, mark, 9.0 if k == 1 else 8.5, 6.0)
    c.showPage()


def _build(path: Path) -> Path:
    c = Canvas(str(path), pagesize=(WIDTH, HEIGHT), invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(60, HEIGHT - 150, "Prestatieafspraken 2025")
    c.showPage()
    _theme_page(c, "Betaalbaar en beschikbaar wonen", [(CONTEXT, None), (AFSPRAKEN, "\u2013"), (RESULTS, "\u00bb")])
    _theme_page(c, "Betaalbaar en beschikbaar wonen (vervolg)", [([], None), (MORE, "\u2013"),
                                                                 (["Minder huisuitzettingen"], "\u00bb")])
    c.save()
    return path


def test_three_whitespace_columns_are_read_column_by_column(tmp_path, backend):
    pages = parse_pdf(_build(tmp_path / "three.pdf"), {"backend": backend})
    theme = pages[1]
    assert theme.columns == 3
    texts = [line.text for line in theme.lines]
    # each column title opens its own column, and each column reads whole before the next
    assert [texts.index(t) for t in TITLES] == sorted(texts.index(t) for t in TITLES)
    starts = [next(i for i, t in enumerate(texts) if s[:30] in t) for s in (CONTEXT[0], AFSPRAKEN[0])]
    assert all(not t.startswith("\u00bb") for t in texts[starts[0]:starts[1]])


def test_a_results_column_of_one_short_item_is_a_column_of_its_own(tmp_path, backend):
    pages = parse_pdf(_build(tmp_path / "three.pdf"), {"backend": backend})
    vervolg = pages[2]
    assert vervolg.columns >= 2
    results = [ln for ln in vervolg.lines if ln.text.startswith("\u00bb")]
    afspraken = [ln for ln in vervolg.lines if ln.x0 >= COLUMNS[1][0] - 1 and ln.x1 <= COLUMNS[2][0]]
    assert results and all(r.column != a.column for r in results for a in afspraken)


def test_dash_items_in_the_agreements_column_of_three_are_the_afspraken(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "three.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == AFSPRAKEN + MORE
    assert all(a.number is None for a in doc.afspraken)
    assert [a.page for a in doc.afspraken] == [2] * len(AFSPRAKEN) + [3] * len(MORE)


def test_find_gutters_finds_both_gutters_of_a_three_column_page(tmp_path, backend):
    from pipeline.parse.geometry import Word

    words = []
    for k, (x, width) in enumerate(COLUMNS):
        for row in range(30 if k != 2 else 8):
            top = 100.0 + 12 * row
            words += [Word("woord", x + i * 30.0, x + i * 30.0 + 26.0, top, top + 9, 9.0, False)
                      for i in range(int(width // 30))]
    gutters = find_gutters(words, WIDTH)
    assert len(gutters) == 2
    assert COLUMNS[0][0] + COLUMNS[0][1] - 10 < gutters[0] < COLUMNS[1][0]
    assert COLUMNS[1][0] + COLUMNS[1][1] - 10 < gutters[1] < COLUMNS[2][0]
