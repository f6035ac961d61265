"""Layouts the corpus does not have, made on the fly: each a bug once found, kept as a regression test.

Every test runs on both parse backends: these layouts are what the PDFium backend's word and table reading
has not been tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BACKEND = "pdfplumber"


@pytest.fixture(autouse=True, params=["pdfplumber", "pdfium"])
def backend(request, monkeypatch):
    monkeypatch.setitem(globals(), "BACKEND", request.param)
    return request.param


def extract(path, **kwargs):
    return run.extract(path, parse={"backend": BACKEND}, **kwargs)

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TEXTS = [
    "Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan de helft "
    "voor starters.",
    "De gemeente stelt uiterlijk eind 2024 een nieuwe huisvestingsverordening vast, na advies van de "
    "huurdersvereniging.",
    "De Eik isoleert in de periode 2024-2026 alle 300 woningen in Zuid tot minimaal label B, zonder huurverhoging.",
    "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de leefbaarheid te bespreken.",
]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def texts_of(path: Path) -> list[str]:
    return [a.text for a in extract(path, model=None).afspraken]


def test_parenthesised_numbers_are_items(tmp_path):
    pdf = build(tmp_path / "p.pdf", [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Afspraken", HEAD)]
                + [Paragraph(f"({i}) {t}", BODY) for i, t in enumerate(TEXTS, 1)])
    doc = extract(pdf, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]
    assert [a.text for a in doc.afspraken] == TEXTS


def test_closing_parenthesis_numbers_without_hanging_indent(tmp_path):
    pdf = build(tmp_path / "p.pdf", [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("1 Wonen", HEAD)]
                + [Paragraph(f"{i}) {t}", BODY) for i, t in enumerate(TEXTS, 1)])
    assert texts_of(pdf) == TEXTS


@pytest.mark.parametrize("kind", ["bullet", "1"])
def test_word_style_lists_with_hanging_indent(tmp_path, kind):
    items = ListFlowable([ListItem(Paragraph(t, BODY)) for t in TEXTS], bulletType=kind,
                         **({"bulletFormat": "%s."} if kind == "1" else {}))
    pdf = build(tmp_path / "l.pdf", [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("II. Duurzaamheid", HEAD),
                                     items])
    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert {a.section for a in doc.afspraken} == {"II. Duurzaamheid"}


def test_table_without_number_column_gives_one_afspraak_per_row(tmp_path):
    rows = [["Afspraak", "Wie", "Wanneer"]] + [[Paragraph(t, BODY), "De Eik", "2024"] for t in TEXTS]
    table = Table(rows, colWidths=[300, 80, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    pdf = build(tmp_path / "t.pdf", [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Beschikbaarheid", HEAD),
                                     table])
    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert all(a.trekker == "De Eik" and a.planning == "2024" and a.number is None for a in doc.afspraken)


def test_title_and_section_heading_do_not_merge(tmp_path):
    pdf = build(tmp_path / "h.pdf", [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Beschikbaarheid", HEAD)]
                + [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(TEXTS, 1)])
    assert {a.section for a in extract(pdf, model=None).afspraken} == {"Beschikbaarheid"}


@pytest.mark.parametrize("marker", ["{letter}.", "{roman})", "({roman})"])
def test_letter_dot_and_roman_markers_are_items(tmp_path, marker):
    letters, romans = "abcd", ["i", "ii", "iii", "iv"]
    flow = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Leefbaarheid", HEAD)]
    flow += [Paragraph(marker.format(letter=letters[i], roman=romans[i]) + " " + t, BODY)
             for i, t in enumerate(TEXTS)]
    doc = extract(build(tmp_path / "m.pdf", flow), model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == (list(letters) if "letter" in marker else romans)


def test_chapter_running_header_does_not_split_an_afspraak_over_a_page_break(tmp_path):
    """A header that names the current chapter repeats on too few pages to count as running by repetition;
    small print set apart at the top of the page is a header all the same."""
    from reportlab.lib.units import cm

    chapters = ["Betaalbaar wonen", "Duurzaamheid", "Leefbaarheid"]
    state = {"chapter": chapters[0]}

    def header(canvas, doc):
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, f"Prestatieafspraken 2024 – {state['chapter']}")

    places = ["Noord", "Oud-West", "De Hooge Akker", "Zuid", "Kerkeveld-Oost", "Stationskwartier"]
    texts = [f"In {places[(n + i) % 6]} geldt voor afspraak {n}.{i} het volgende. " + " ".join(TEXTS[i % 4:] + TEXTS)
             for n in range(1, 4) for i in range(1, 6)]

    def chapter_start(n):  # set the running header when a chapter begins
        class Mark(Paragraph):
            def draw(self):
                state["chapter"] = chapters[n - 1]
                super().draw()
        return Mark(f"{n} {chapters[n - 1]}", HEAD)

    flow = [Paragraph("Prestatieafspraken 2024", HEAD)]
    for n in range(1, 4):
        flow.append(chapter_start(n))
        flow += [Paragraph(f"{n}.{i} {texts[(n - 1) * 5 + i - 1]}", BODY) for i in range(1, 6)]
    pdf = tmp_path / "hdr.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(flow, onFirstPage=header, onLaterPages=header)
    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == texts
    assert any(a.end_page and a.end_page > a.page for a in doc.afspraken)


def test_articles_of_plain_paragraphs_are_one_afspraak_each(tmp_path):
    """Contract-style agreements: 'Artikel 3 Nieuwbouw' followed by paragraphs, no list markers."""
    flow = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Artikel 1 Begrippen", HEAD),
            Paragraph("In deze afspraken wordt verstaan onder sociale huurwoning: een woning met een huur tot de "
                      "liberalisatiegrens.", BODY)]
    for n, text in enumerate(TEXTS, 2):
        flow += [Paragraph(f"Artikel {n} Onderwerp {n}", HEAD), Paragraph(text, BODY)]
    flow += [Paragraph("Artikel 6 Monitoring", HEAD),
             Paragraph("1. Partijen bespreken de voortgang twee keer per jaar in het bestuurlijk overleg.", BODY),
             Paragraph("2. De corporatie levert daarvoor uiterlijk 1 maart en 1 september een monitor aan.", BODY)]
    doc = extract(build(tmp_path / "a.pdf", flow), model=None)
    assert [a.number for a in doc.afspraken] == ["2", "3", "4", "5", "1", "2"]
    assert [a.text for a in doc.afspraken][:4] == TEXTS
    assert doc.afspraken[0].section.endswith("Artikel 2 Onderwerp 2")


def test_issue_8_a_diagonal_watermark_is_not_read_into_the_afspraken(tmp_path):
    """Drafts carry a large rotated "CONCEPT" across every page; its letters are not text to read (pdfplumber
    drops glyphs that are not upright; the PDFium backend must do the same)."""

    def watermark(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 90)
        canvas.setFillGray(0.85)
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, 0, "CONCEPT")
        canvas.restoreState()

    flow = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Beschikbaarheid", HEAD)]
    flow += [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(TEXTS * 6, 1)]  # a full page under the mark
    pdf = tmp_path / "concept.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(flow, onFirstPage=watermark,
                                                                   onLaterPages=watermark)
    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS * 6


def test_issue_8_text_set_at_size_1_and_scaled_by_its_matrix_reads_at_its_printed_size(tmp_path):
    """Some producers (macOS's Quartz among them) give every font size 1 and scale the text matrix instead:
    the PDFium backend took the 1 for the size, which collapsed every line's height and lost the headings."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "quartz.pdf"
    canvas = Canvas(str(pdf), pagesize=A4, invariant=1)

    def text(x: float, y: float, size: float, words: str, font: str = "Helvetica") -> float:
        obj = canvas.beginText()
        obj.setFont(font, 1)
        obj.setTextTransform(size, 0, 0, size, x, y)
        obj.textOut(words)
        canvas.drawText(obj)
        return x + canvas.stringWidth(words, font, size)

    y = 780.0
    for title, size in (("Prestatieafspraken 2024", 16), ("1. Beschikbaarheid", 12)):
        text(72, y, size, title, "Helvetica-Bold")
        y -= 2 * size
    for i, item in enumerate(TEXTS, 1):
        lines = simpleSplit(item, "Helvetica", 10, 420)
        text(72, y, 10, f"{i}.")
        for n, line in enumerate(lines):
            end = text(90, y, 10, line)
            if i == 1 and n == len(lines) - 1:
                text(end, y + 4, 6, "1")  # a raised footnote marker after the item's last word
            y -= 13
        y -= 4
    text(72, 60, 8, "1 Sociale huurwoningen: met een huur tot de liberalisatiegrens.")
    canvas.save()

    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert {a.section for a in doc.afspraken} == {"1. Beschikbaarheid"}
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1", "Sociale huurwoningen: met een huur tot de liberalisatiegrens.")]


def test_issue_8_a_landscape_page_turned_with_rotate_is_read(tmp_path):
    """A landscape page is often a portrait page whose text is drawn turned, turned back for display with
    /Rotate 90. The PDFium backend saw its glyphs as rotated in the unturned page and left them all out."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "landscape.pdf"
    canvas = Canvas(str(pdf), pagesize=A4, invariant=1)

    def items(numbers: range, x: float, y: float, width: float) -> None:
        for i in numbers:
            lines = simpleSplit(TEXTS[i - 1], "Helvetica", 10, width)
            canvas.setFont("Helvetica", 10)
            canvas.drawString(x, y, f"{i}.")
            for line in lines:
                canvas.drawString(x + 18, y, line)
                y -= 13
            y -= 5

    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, 780, "Prestatieafspraken 2024")
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(72, 740, "1. Wonen")
    items(range(1, 3), 72, 715, 420)
    canvas.showPage()
    canvas.setPageRotation(90)  # shown turned a quarter clockwise: the text below is drawn turned back
    canvas.rotate(90)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(72, -80, "2. Duurzaamheid en leefbaarheid")
    items(range(3, 5), 72, -105, 650)
    canvas.showPage()
    canvas.save()

    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.page for a in doc.afspraken] == [1, 1, 2, 2]
    assert {a.section for a in doc.afspraken[2:]} == {"2. Duurzaamheid en leefbaarheid"}


def test_trailing_attributes_wrapped_onto_a_line_that_opens_with_a_key_stay_with_their_afspraak(tmp_path):
    # "(trekker: gemeente;" ends one line and "termijn: doorlopend)" opens the next: the line is the rest of the
    # open parenthesis, not a new paragraph of attributes
    items = [f"{i}. {t} (trekker: gemeente;<br/>termijn: doorlopend)" for i, t in enumerate(TEXTS[:2], 1)]
    pdf = build(tmp_path / "a.pdf", [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Afspraken", HEAD)]
                + [Paragraph(t, BODY) for t in items])
    doc = extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS[:2]
    assert [(a.trekker, a.planning) for a in doc.afspraken] == [("gemeente", "doorlopend")] * 2
