"""A landscape table placed in a portrait document the way Word and InDesign do it: the page has no /Rotate entry,
its content is drawn turned a quarter (the text runs up or down the page) while the footer stays upright. Both
backends dropped turned glyphs as margin labels, so the page read as its footer alone and every afspraak in the
table was lost. The turned region is now read in its own upright frame, its Trekker / Gereed / Toelichting columns
going to trekker, planning and attributes as on any page; a few turned words in the margin (a vertical "CONCEPT",
a side label) still change nothing (issue #21, dev family dijkwaarde)."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

import pipeline
from pipeline.parse import parse_pdf

W, H = A4
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("h", parent=CELL, fontName="Helvetica-Bold")
ROWS = [
    ("W1", "Noorderhaven bouwt in 2026 ten minste 40 sociale huurwoningen in de wijk Oeverpark.",
     "Noorderhaven", "31-12-2026", "Omgevingsvergunning verleend in maart 2025"),
    ("W2", "De gemeente stelt in 2026 een bouwlocatie beschikbaar voor 24 tijdelijke woningen voor spoedzoekers.",
     "Gemeente", "1 juli 2026", "Locatie wordt gekozen met de huurdersvereniging"),
    ("W3", "Noorderhaven houdt de huurverhoging in 2026 gelijk aan de inflatie en verhoogt geen enkele huur met "
           "meer dan 4 procent.", "Noorderhaven", "1 juli 2026", "Conform het sociaal huurakkoord"),
    ("W4", "Partijen evalueren de woonruimteverdeling in het najaar van 2026 samen met de huurdersvereniging.",
     "Gemeente", "Q4 2026", "Rapportage in de raad in januari 2027"),
]


def _table() -> Table:
    data = [[Paragraph(h, HEAD) for h in ("Nr", "Afspraak", "Trekker", "Gereed", "Toelichting")]]
    data += [[Paragraph(cell, CELL) for cell in row] for row in ROWS]
    table = Table(data, colWidths=[40, 330, 100, 80, 200])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85))]))
    return table


def _footer(c: canvas.Canvas, page: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 26, f"Prestatieafspraken Aldam 2026 - pagina {page} van 2")


def _build(path, rotation: int) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, H - 80, "Prestatieafspraken 2026")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 110, "Gemeente Aldam, woningcorporatie Noorderhaven en Huurdersvereniging Aldam maken")
    c.drawString(60, H - 123, "voor 2026 de afspraken in de tabel op de volgende pagina.")
    _footer(c, 1)
    c.showPage()
    c.saveState()
    if rotation == 90:  # text running up the page
        c.translate(W, 0)
        c.rotate(90)
    else:  # text running down the page
        c.translate(0, H)
        c.rotate(-90)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, W - 60, "1  Beschikbaar en betaalbaar wonen")
    table = _table()
    _, height = table.wrapOn(c, H - 100, W - 120)
    table.drawOn(c, 50, W - 80 - height)
    c.restoreState()
    _footer(c, 2)
    c.showPage()
    c.save()


@pytest.mark.parametrize("rotation", [90, 270])
def test_issue_21_turned_table_pages_unread(tmp_path, backend, rotation):
    path = tmp_path / "turned.pdf"
    _build(path, rotation)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning, (a.attributes or {}).get("toelichting"), a.page)
            for a in doc.afspraken] == [(*row, 2) for row in ROWS]
    assert all(a.section.endswith("Beschikbaar en betaalbaar wonen") for a in doc.afspraken)
    assert not any("pagina" in a.text for a in doc.afspraken)


AFSPRAKEN = [f"{i}. {text}" for i, (_, text, *_rest) in enumerate(ROWS, 1)]


def _upright(path, label: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, H - 80, "1  Beschikbaar en betaalbaar wonen")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(AFSPRAKEN):
        c.drawString(60, H - 110 - 16 * i, line[:95])
    for i in range(8):
        c.drawString(60, H - 200 - 14 * i, "Partijen lichten deze afspraken toe in de jaarlijkse monitor van het "
                                           "bestuurlijk overleg.")
    if label:  # a draft stamp and a note of three lines, set up the margin beside the text
        c.saveState()
        c.translate(W - 20, H - 420)
        c.rotate(90)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(0, 0, "CONCEPT - niet verspreiden")
        c.setFont("Helvetica", 7)
        for i, note in enumerate(("Deze versie is opgesteld ter bespreking in het bestuurlijk overleg van juni.",
                                  "Wijzigingen ten opzichte van de vorige versie zijn niet gemarkeerd.",
                                  "Aan deze tekst kunnen geen rechten worden ontleend.")):
            c.drawString(0, 10 + 9 * i, note)
        c.restoreState()
    _footer(c, 1)
    c.showPage()
    c.save()


def test_issue_21_turned_margin_label_changes_nothing(tmp_path, backend):
    plain, labelled = tmp_path / "plain.pdf", tmp_path / "labelled.pdf"
    _upright(plain, label=False)
    _upright(labelled, label=True)
    read = [pipeline.extract(p, parse={"backend": backend}, model=None) for p in (plain, labelled)]
    assert [a.text for a in read[1].afspraken] == [a.text for a in read[0].afspraken]
    assert len(read[1].afspraken) == len(ROWS)
    pages = [parse_pdf(p, {"backend": backend}) for p in (plain, labelled)]
    assert [[(ln.text, ln.top) for ln in page.lines] for page in pages[1]] == \
        [[(ln.text, ln.top) for ln in page.lines] for page in pages[0]]
