"""Issue #21: a borderless two-column "definition list" (beekstede): a narrow column of short bold titles, beside
it the afspraak opening with a grey code "[BT-03]" (its number, not its text), some with an italic "Toelichting:
..." under them (an attribute, never text). Where the parser reads the two columns as one, each line opening with
the bold title words is cut into title and text. Made here with reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.numbering import find_marker

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5)
NOTE = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=8.5, leading=12)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=6)
ROWS = [
    ("Huurbeleid 2025", "BT-01", "Veldzicht verhoogt per 1 juli 2025 de huren van de sociale huurwoningen met "
     "gemiddeld "
     "maximaal de inflatie over het voorgaande kalenderjaar.", None),
    ("Vroegsignalering schulden", "BT-02", "Veldzicht neemt persoonlijk contact op met iedere huurder die twee maanden "
     "huurachterstand heeft en meldt de huurder aan bij het schuldhulpteam van de gemeente.",
     "Toelichting: de gemeente en Veldzicht werken hiervoor sinds 2023 met een convenant vroegsignalering."),
    ("Energiecoaches", "BT-03", "De gemeente zet in 2025 energiecoaches in die ten minste 200 huishoudens met een laag "
     "inkomen in huurwoningen van Veldzicht bezoeken en adviseren over energiebesparing.", None),
    ("Noodfonds", "BT-04", "De gemeente stelt voor 2025 een noodfonds woonlasten van € 75.000 beschikbaar voor "
     "huishoudens die hun woonlasten niet meer kunnen dragen.", None),
]


def definition_list(path: Path) -> Path:
    rows = []
    for title, code, text, note in ROWS:
        right = [Paragraph(f'<font color="#8a8a8a">[{code}]</font> {text}', BODY)]
        right += [Paragraph(note, NOTE)] if note else []
        rows.append([Paragraph(title, TITLE), right])
    grid = Table(rows, colWidths=[36 * mm, 130 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("Thema 2 – Betaalbaar wonen", HEAD), grid])
    return path


def test_bracketed_code_opening_a_paragraph_is_its_number():
    assert find_marker("[BS-03] Veldzicht verkoopt in 2025 maximaal 20 woningen.") == ("prefixed", "[BS-03]", "BS-03")
    assert find_marker("[zie bijlage] De gemeente ...") is None


def test_definition_list_titles_beside_coded_afspraken(tmp_path, backend):
    doc = run.extract(definition_list(tmp_path / "dl.pdf"), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(code, text) for _, code, text, _ in ROWS]
    assert all("Toelichting" not in a.text and "Vroegsignalering" not in a.text for a in doc.afspraken)


def test_toelichting_under_an_afspraak_is_an_attribute_not_text(tmp_path, backend):
    doc = run.extract(definition_list(tmp_path / "dl.pdf"), parse={"backend": backend}, model=None)
    assert doc.afspraken[1].attributes == {
        "toelichting": "de gemeente en Veldzicht werken hiervoor sinds 2023 met een convenant vroegsignalering"}


def test_definition_list_title_heads_its_own_afspraak(tmp_path, backend):
    doc = run.extract(definition_list(tmp_path / "dl.pdf"), parse={"backend": backend}, model=None)
    assert [a.section for a in doc.afspraken] == [f"Thema 2 – Betaalbaar wonen > {title}" for title, *_ in ROWS]
