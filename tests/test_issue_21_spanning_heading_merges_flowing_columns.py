"""Two newspaper columns whose text flows left column -> right column, cut by chapter headings over both columns,
made here and read by both parse backends.

A chapter heading (bold, larger, a rule under it across both columns) stands within the width of the first
column, so no word of it crosses the gutter: the columns above it are read first (the left, then the right), then
the heading, then the columns under it. Afspraken open with a bold run-in label "Afspraak N." and one of them runs
on from the foot of the left column to the top of the right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run
from pipeline.parse import parse_pdf

WIDTH, HEIGHT = A4
COLUMNS = ((56.0, 289.0), (306.0, 539.0))
LEADING = 12.0
INTRO = (
    "Gemeente Rietmark, Woonstichting De Lisdodde en Huurdersvereniging Rietmark maken jaarlijks afspraken over de "
    "bijdrage van de corporatie aan het lokale volkshuisvestingsbeleid, zoals bedoeld in artikel 44 van de "
    "Woningwet. Deze afspraken bouwen voort op de woonvisie en de regionale woondeal. De huurdersvereniging heeft "
    "bij de totstandkoming als gelijkwaardige partij aan tafel gezeten en heeft haar achterban in twee bijeenkomsten "
    "geraadpleegd over betaalbaarheid, duurzaamheid en leefbaarheid in de wijken van Rietmark."
)
TEXTS = [
    "De Lisdodde levert in 2025 ten minste 80 sociale huurwoningen op in het plan Rietveld-Zuid; de gemeente "
    "verleent de omgevingsvergunningen tijdig.",
    "Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 30% van het "
    "programma in de sociale huursector wordt gerealiseerd, in lijn met de woonvisie Rietmark 2022-2030 en de "
    "regionale woondeal die de provincie heeft gesloten.",
    "De Lisdodde verkoopt in 2025 maximaal tien sociale huurwoningen uit de bestaande voorraad, na overleg met de "
    "huurdersvereniging.",
    "De Lisdodde liberaliseert in 2025 bij mutatie niet meer dan vijf woningen.",
]


def _paragraphs(items: list[tuple[str, str]], width: float) -> list[list[tuple[str, str]]]:
    """Each paragraph as lines of (bold label or "", text): the label run in on the first line."""
    out = []
    for label, text in items:
        lines = simpleSplit(f"{label} {text}".strip(), "Times-Roman", 9.5, width)
        rows = [(label if i == 0 else "", line[len(label):].lstrip() if i == 0 and label else line)
                for i, line in enumerate(lines)]
        out.append(rows)
    return out


def _flow(c: Canvas, paragraphs: list[list[tuple[str, str]]], top: float, per_column: int) -> float:
    """Write the paragraphs' lines down the left column, `per_column` lines, then on in the right column."""
    lines = [row for para in paragraphs for row in [*para, None]]  # None: the white between paragraphs
    k, y, written, lowest = 0, top, 0, top
    for row in lines:
        if row is None:
            y -= 5.0
            continue
        if written == per_column:
            k, y = 1, top
        x = COLUMNS[k][0]
        label, text = row
        if label:
            c.setFont("Times-Bold", 9.5)
            c.drawString(x, y, label)
            x += c.stringWidth(label + " ", "Times-Bold", 9.5)
        c.setFont("Times-Roman", 9.5)
        c.drawString(x, y, text)
        y -= LEADING
        written += 1
        lowest = min(lowest, y)
    return lowest


def _heading(c: Canvas, y: float, title: str) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(COLUMNS[0][0], y, title)
    c.setLineWidth(0.8)
    c.line(COLUMNS[0][0], y - 6, COLUMNS[1][1], y - 6)


def build(path: Path) -> Path:
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, 650, "Prestatieafspraken Rietmark 2025")
    c.showPage()
    width = COLUMNS[0][1] - COLUMNS[0][0]
    _heading(c, 770, "1 Inleiding")
    intro = _paragraphs([("", INTRO)], width)
    bottom = _flow(c, intro, 740, (len(intro[0]) + 1) // 2)  # the intro's sentence runs on into the right column
    _heading(c, bottom - 24, "2 Betaalbaar wonen")
    afspraken = _paragraphs([(f"Afspraak {i}.", t) for i, t in enumerate(TEXTS, 1)], width)
    first_two = len(afspraken[0]) + len(afspraken[1])
    _flow(c, afspraken, bottom - 54, first_two - 2)  # afspraak 2's last two lines open the right column
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_chapter_heading_over_both_columns_cuts_the_flow_of_the_columns(tmp_path, backend):
    pdf = build(tmp_path / "flow.pdf")
    page = parse_pdf(pdf, {"backend": backend})[1]
    texts = [ln.text for ln in page.lines]
    heading = texts.index("2 Betaalbaar wonen")
    intro_end = next(i for i, t in enumerate(texts) if t.endswith("van Rietmark."))
    assert intro_end < heading  # the right column's text above the heading is read before it
    assert page.lines[heading].column == 0
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]
    assert [a.text for a in doc.afspraken] == TEXTS
    assert all(a.section == "2 Betaalbaar wonen" for a in doc.afspraken)


def build_short_column(path: Path) -> tuple[Path, list[str]]:
    """A last page: the left column full of afspraken, the right column holding the last few lines only, each line
    ragged (set left-aligned, not justified)."""
    texts = [(f"Ook in het jaar {2020 + i} geldt: " if i % 3 == 1 else "") + t.replace("2025", str(2014 + i))
             for i, t in enumerate(TEXTS * 3)]
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, 650, "Prestatieafspraken Rietmark 2025")
    c.showPage()
    _heading(c, 770, "2 Betaalbaar wonen")
    width = COLUMNS[0][1] - COLUMNS[0][0] - 6  # room for the bold label, wider than the plain text it stands for
    items = []
    for i, text in enumerate(texts, 1):
        items.append((f"Afspraak {i}.", text))
        if i % 4 == 0:  # context between the afspraken
            items.append(("", "De gemeente en de corporatie zien dat de vraag naar betaalbare woningen groter "
                              "blijft dan het aanbod in de komende jaren."))
    _flow(c, _paragraphs(items, width), 740, 40)
    c.showPage()
    c.save()
    return path, texts


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_short_right_column_beside_a_full_left_one_is_a_column_not_a_gutter_within_it(tmp_path, backend):
    # the white between the columns, not a band in the right column that only its few lines cross
    pdf, texts = build_short_column(tmp_path / "short.pdf")
    page = parse_pdf(pdf, {"backend": backend})[1]
    assert page.columns == 2
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [str(i) for i in range(1, 13)]
    assert [a.text for a in doc.afspraken] == texts


def build_subheading_beside_white(path: Path) -> Path:
    """Afspraken under bold subheadings of the text's size; the last afspraak of the left column runs on at the top
    of the right one, whose text leaves white (a figure) beside the left column's second subheading."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, 650, "Prestatieafspraken Rietmark 2025")
    c.showPage()
    _heading(c, 770, "2 Betaalbaar wonen")
    width = COLUMNS[0][1] - COLUMNS[0][0] - 6
    left = [("", "Nieuwbouw")] + [(f"Afspraak {i}.", TEXTS[i - 1]) for i in (1, 2)]
    paragraphs = _paragraphs(left, width)
    y = _flow(c, paragraphs, 740, 99) - 10
    c.setFont("Times-Bold", 9.5)
    c.drawString(COLUMNS[0][0], y, "Verkoop en liberalisatie")
    rows = _paragraphs([("Afspraak 3.", TEXTS[2]), ("Afspraak 4.", TEXTS[3] + " " + TEXTS[0])], width)
    lines = rows[0] + [None, *rows[1][:-2]]
    y -= 17
    for row in lines:
        if row is None:
            y -= 5.0
            continue
        label, text = row
        x = COLUMNS[0][0]
        if label:
            c.setFont("Times-Bold", 9.5)
            c.drawString(x, y, label)
            x += c.stringWidth(label + " ", "Times-Bold", 9.5)
        c.setFont("Times-Roman", 9.5)
        c.drawString(x, y, text)
        y -= LEADING
    y = 740
    for _, text in rows[1][-2:]:  # afspraak 4 runs on at the top of the right column
        c.setFont("Times-Roman", 9.5)
        c.drawString(COLUMNS[1][0], y, text)
        y -= LEADING
    c.rect(COLUMNS[1][0], y - 150, 200, 140)  # a figure: white beside the left column's subheading
    y -= 170
    c.setFont("Times-Bold", 9.5)
    c.drawString(COLUMNS[1][0], y, "Huurbeleid")
    for k, (label, text) in enumerate(_paragraphs([("Afspraak 5.", TEXTS[1])], width)[0]):
        y -= LEADING + (5 if k == 0 else 0)
        x = COLUMNS[1][0]
        if label:
            c.setFont("Times-Bold", 9.5)
            c.drawString(x, y, label)
            x += c.stringWidth(label + " ", "Times-Bold", 9.5)
        c.setFont("Times-Roman", 9.5)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_subheading_of_the_texts_size_beside_white_in_the_next_column_stays_in_its_column(tmp_path, backend):
    pdf = build_subheading_beside_white(tmp_path / "sub.pdf")
    page = parse_pdf(pdf, {"backend": backend})[1]
    sub = next(ln for ln in page.lines if ln.text == "Verkoop en liberalisatie")
    assert sub.column == 1
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [*TEXTS[:3], TEXTS[3] + " " + TEXTS[0], TEXTS[1]]
