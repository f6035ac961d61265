"""A numbered bold title line at the body's size over its paragraph ("3.4 Huisvesting statushouders"): the
number is the afspraak's, the paragraph its text, the title its "titel" attribute; the chapter's context paragraph
and the table of contents that lists every afspraak by number and title are no afspraken (dev family kolmerdam)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6)
SUB = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6)
CHAPTER = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=14)

AFSPRAKEN = {
    "3": ("Beschikbaar wonen", [
        ("Nieuwbouw sociale huurwoningen", "Woonstichting De Eik levert in 2025 ten minste 120 sociale huurwoningen "
         "op in de wijk Noord, waarvan de helft voor starters."),
        ("Huisvesting statushouders", "Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van "
         "vergunninghouders in 2025 volledig wordt gehaald."),
        ("Verkoop van huurwoningen", "De Eik verkoopt in 2025 maximaal 10 eengezinswoningen bij mutatie.")]),
    "4": ("Duurzaamheid", [
        ("Uitfaseren E-, F- en G-labels", "De Eik heeft uiterlijk eind 2027 geen woningen met label E, F of G meer "
         "in bezit."),
        ("Energiecoaches", "De gemeente zet in 2025 ten minste zes energiecoaches in voor huurders met hoge "
         "energielasten.")]),
}
CONTEXT = "Kolmerdam heeft een tekort aan betaalbare woningen. Voor nieuwbouw is de gemeente afhankelijk van locaties."


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _toc(leaders: bool) -> list:
    lines = [Paragraph("Inhoudsopgave", CHAPTER)]
    for chapter, (name, items) in AFSPRAKEN.items():
        lines.append(Paragraph(f"{chapter} {name}" + (" ." * 30 if leaders else "") + " 3", TOC))
        lines += [Paragraph(f"{chapter}.{i} {title}" + (" ." * 30 if leaders else "") + " 3", TOC)
                  for i, (title, _) in enumerate(items, 1)]
    return lines


def _body(title_style: ParagraphStyle = TITLE) -> list:
    out = []
    for chapter, (name, items) in AFSPRAKEN.items():
        out += [Paragraph(f"{chapter} {name}", CHAPTER), Paragraph(CONTEXT, BODY)]
        for i, (title, text) in enumerate(items, 1):
            out += [Paragraph(f"{chapter}.{i} {title}", title_style), Paragraph(text, BODY)]
    return out


def _build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def test_numbered_title_line_numbers_its_paragraph_and_is_its_titel(tmp_path, backend):
    pdf = _build(tmp_path / "t.pdf", [Paragraph("Prestatieafspraken 2025", CHAPTER), PageBreak(), *_toc(True),
                                      PageBreak(), *_body()])
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    expected = [(f"{c}.{i}", text, title) for c, (_, items) in AFSPRAKEN.items()
                for i, (title, text) in enumerate(items, 1)]
    assert [(a.number, a.text, (a.attributes or {}).get("titel")) for a in doc.afspraken] == expected
    assert [a.section for a in doc.afspraken] == ["3 Beschikbaar wonen"] * 3 + ["4 Duurzaamheid"] * 2
    assert all(CONTEXT not in a.text for a in doc.afspraken)  # the chapter's context paragraph is no afspraak


def test_subsection_heading_set_larger_than_its_paragraph_stays_a_heading(tmp_path, backend):
    """Set larger than its text, the numbered title is a sub-heading: its title ends the section, never a titel
    field. The commitment under it carries its number (`numbered_subheadings`, dev family griendhoven)."""
    pdf = _build(tmp_path / "s.pdf", [Paragraph("Prestatieafspraken 2025", CHAPTER), *_body(SUB)])
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.number, a.section.rsplit(" > ", 1)[-1], a.attributes) for a in doc.afspraken] == [
        (f"{c}.{i}", f"{c}.{i} {title}", None) for c, (_, items) in AFSPRAKEN.items()
        for i, (title, _) in enumerate(items, 1)]


def test_numbered_title_over_list_items_stays_their_heading(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken 2025", CHAPTER), Paragraph("3 Beschikbaar wonen", CHAPTER)]
    for i, (title, text) in enumerate(AFSPRAKEN["3"][1], 1):
        flow += [Paragraph(f"3.{i} {title}", TITLE), Paragraph(f"1. {text}", BODY),
                 Paragraph(f"2. {AFSPRAKEN['4'][1][0][1]}", BODY)]
    doc = run.extract(_build(tmp_path / "l.pdf", flow), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2"] * 3
    assert [a.section for a in doc.afspraken][:2] == ["3 Beschikbaar wonen > 3.1 Nieuwbouw sociale huurwoningen"] * 2


def test_a_note_set_smaller_under_a_titled_afspraak_is_not_its_text(tmp_path, backend):
    note = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, spaceAfter=6)
    flow = [Paragraph("Prestatieafspraken 2025", CHAPTER), Paragraph("3 Beschikbaar wonen", CHAPTER)]
    for i, (title, text) in enumerate(AFSPRAKEN["3"][1], 1):
        flow += [Paragraph(f"3.{i} {title}", TITLE), Paragraph(text, BODY)]
        if i == 2:
            flow.append(Paragraph("Bron: monitor vergunninghouders, peildatum 1 oktober 2024.", note))
    doc = run.extract(_build(tmp_path / "n.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(f"3.{i}", t) for i, (_, t) in
                                                           enumerate(AFSPRAKEN["3"][1], 1)]
    assert doc.afspraken[1].attributes == {"titel": "Huisvesting statushouders"}


def test_a_context_subsection_set_like_a_title_is_no_afspraak(tmp_path, backend):
    """'9.1 Looptijd' in bold at the body's size over its paragraph, in a document that titles its afspraken so: a
    heading of context (structure.yaml non_afspraak_headings), not an afspraak numbered 9.1."""
    flow = [Paragraph("Prestatieafspraken 2025", CHAPTER), *_body(), Paragraph("9 Afronding", CHAPTER),
            Paragraph("9.1 Looptijd", TITLE), Paragraph("Deze afspraken gelden van 1 januari 2025 tot en met 31 "
                                                        "december 2025 en lopen door tot er nieuwe zijn.", BODY)]
    doc = run.extract(_build(tmp_path / "c.pdf", flow), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["3.1", "3.2", "3.3", "4.1", "4.2"]


def test_titled_afspraak_keeps_its_labelled_fields_and_a_title_ending_in_a_colon(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken 2025", CHAPTER), Paragraph("3 Beschikbaar wonen", CHAPTER)]
    for i, (title, text) in enumerate(AFSPRAKEN["3"][1], 1):
        flow += [Paragraph(f"3.{i} {title}:", TITLE), Paragraph(text, BODY),
                 Paragraph("Trekker: Woonstichting De Eik", BODY)]
    doc = run.extract(_build(tmp_path / "f.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, (a.attributes or {}).get("titel")) for a in doc.afspraken] == [
        (f"3.{i}", text, "Woonstichting De Eik", title) for i, (title, text) in enumerate(AFSPRAKEN["3"][1], 1)]


@pytest.mark.parametrize("leaders", [True, False])
def test_a_contents_list_of_afspraak_numbers_over_two_pages_gives_no_afspraken(tmp_path, backend, leaders):
    """An inhoudsopgave that lists every chapter and afspraak by number and title ("3.2 Huisvesting statushouders
    ...... 5", or the page number alone at the right end), run on to a second page without its heading: none of
    its lines is an afspraak, the titled afspraken of the body are read once each."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "toc.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 700, "Prestatieafspraken 2025")
    c.showPage()
    entries = [e for ch, (name, items) in AFSPRAKEN.items()
               for e in [(f"{ch} {name}", True), *((f"{ch}.{i} {t}", False) for i, (t, _) in enumerate(items, 1))]]
    y = 760
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, y, "Inhoudsopgave")
    y -= 30
    for n, (text, chapter) in enumerate(entries):
        if n == 4:  # the list runs on to the next page, without its heading
            c.showPage()
            y = 760
        c.setFont("Helvetica-Bold" if chapter else "Helvetica", 10)
        c.drawString(72 if chapter else 90, y, text + (" " + "." * 60 if leaders else ""))
        c.drawRightString(523, y, "4")
        y -= 16
    c.showPage()
    y = 760
    for ch, (name, items) in AFSPRAKEN.items():
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, y, f"{ch} {name}")
        y -= 30
        for i, (title, text) in enumerate(items, 1):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, f"{ch}.{i} {title}")
            c.setFont("Helvetica", 10)
            c.drawString(72, y - 14, text[:95])
            c.drawString(72, y - 26, text[95:])
            y -= 50
    c.showPage()
    c.save()
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.number, a.page, (a.attributes or {}).get("titel")) for a in doc.afspraken] == [
        (f"{c}.{i}", 4, title) for c, (_, items) in AFSPRAKEN.items() for i, (title, _) in enumerate(items, 1)]
