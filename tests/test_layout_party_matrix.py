"""A "party matrix" on a landscape page, made here and read by both parse backends: a ruled table
`Onderwerp | Gemeente | Woonstichting De Eik | Huurdersvereniging Samen` whose columns are the parties. Each party
cell with text is that party's afspraak (often without a subject), "–" marks an empty one, the subject is the
section under the chapter heading, and a row whose one cell spans the party columns is a joint afspraak.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.cells import matrix_parties

CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
PARTIES = ["Gemeente", "Woonstichting De Eik", "Huurdersvereniging Samen"]
ROWS = [
    ("Nieuwbouw", "Stelt in 2025 bouwgrond voor ten minste 50 sociale huurwoningen beschikbaar.",
     "Realiseert in 2025 ten minste 70 sociale huurwoningen in de wijk Noord.", "–"),
    ("Regionale woondeal", "Partijen werken volgens de in 2024 gemaakte afspraken over de verdeling van de "
                           "sociale nieuwbouw in de regio."),
    ("Huurbeleid", "–", "Beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie.",
     "Brengt vóór 1 maart 2025 een schriftelijk advies uit over het huurvoorstel."),
]


def build(path: Path) -> Path:
    data = [["Onderwerp", *PARTIES]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, row in enumerate(ROWS, 1):
        if len(row) == 2:  # one cell over the three party columns
            data.append([row[0], Paragraph(row[1], CELL), "", ""])
            style.append(("SPAN", (1, i), (3, i)))
        else:
            data.append([row[0], *(Paragraph(c, CELL) for c in row[1:])])
    table = Table(data, colWidths=[110, 200, 200, 200], repeatRows=1)
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Prestatieafspraken Eikenrode 2025", HEAD), Paragraph("2 Betaalbaar wonen", HEAD), table])
    return path


def test_party_matrix_gives_each_party_cell_as_that_partys_afspraak(tmp_path, backend):
    doc = run.extract(build(tmp_path / "m.pdf"), parse={"backend": backend}, model=None)
    expected = [("Gemeente", "Nieuwbouw", ROWS[0][1]), ("Woonstichting De Eik", "Nieuwbouw", ROWS[0][2]),
                (None, "Regionale woondeal", ROWS[1][1]),
                ("Woonstichting De Eik", "Huurbeleid", ROWS[2][2]), ("Huurdersvereniging Samen", "Huurbeleid",
                                                                    ROWS[2][3])]
    assert [(a.party, a.section, a.text) for a in doc.afspraken] == [
        (party, f"2 Betaalbaar wonen > {subject}", text) for party, subject, text in expected]
    assert {a.number for a in doc.afspraken} == {None}


def test_matrix_header_needs_parties_in_every_column_but_the_first():
    assert matrix_parties(["Onderwerp", *PARTIES]) == {
        "label": 0, "party:Gemeente": 1, "party:Woonstichting De Eik": 2, "party:Huurdersvereniging Samen": 3}
    assert matrix_parties(["Onderwerp", "Toelichting", "Status"]) is None
    assert matrix_parties(["Gemeente", "Corporaties"]) is None


def test_party_matrix_row_cut_by_a_page_break_joins_each_partys_rest(tmp_path, backend):
    long = [f"{t[:-1]}, en {'meldt de voortgang elk kwartaal aan de andere partijen ' * 3}zo nodig eerder." for t in
            (ROWS[0][1], ROWS[0][2])]
    data = [["Onderwerp", *PARTIES], ["Nieuwbouw", Paragraph(long[0], CELL), Paragraph(long[1], CELL), "–"]]
    table = Table(data, colWidths=[110, 200, 200, 200], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    filler = ParagraphStyle("f", fontName="Helvetica", fontSize=10, leading=13)
    path = tmp_path / "cut.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Prestatieafspraken Eikenrode 2025", HEAD), Paragraph("2 Betaalbaar wonen", HEAD),
         *[Paragraph("De woonvisie legt de nadruk op een groeiende voorraad betaalbare huurwoningen.", filler)
           for _ in range(24)], table])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert max(a.end_page for a in doc.afspraken) == 2  # the row was cut
    assert [(a.party, a.text) for a in doc.afspraken] == [("Gemeente", long[0]), ("Woonstichting De Eik", long[1])]


def test_matrix_header_may_name_the_parties_by_the_documents_own_names():
    names = ("Woonstichting De Eik", "Huurdersvereniging Samen", "Eikenrode")
    assert matrix_parties(["Thema", "Gemeente", "De Eik", "Samen"], names) == {
        "label": 0, "party:Gemeente": 1, "party:De Eik": 2, "party:Samen": 3}
    assert matrix_parties(["Thema", "Gemeente", "De Eik", "Samen"]) is None
    assert matrix_parties(["Thema", "Doel", "Eik"], names) is None
