"""A "booktabs" afspraken table: no column rules, a thick rule above and below the header, thin rules between the
rows, zebra shading, columns drawn by white space only. Its narrow "Verantwoordelijk" column's name nearly fills
the column, so it stands less than a column gap from "Termijn": the header line is still read as five named
columns, and each row's cells as trekker, planning and an indicator attribute, on a PDF made here and read by both
parse backends.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=11)
CELLB = ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=11)
ROWS = [
    ("WO-01", "Woonstichting De Linde bouwt in de jaren 2025 tot en met 2027 ten minste 90 sociale huurwoningen "
              "op de locaties Beekweide en Kloosterhof.", "De Linde", "2025-2027", "aantal opgeleverde woningen"),
    ("WO-02", "Bij nieuwe bouwplannen van twaalf of meer woningen zorgt de gemeente ervoor dat ten minste 30% "
              "sociale huur is.", "Gemeente", "doorlopend", "aandeel sociale huur"),
    ("WO-03", "De Linde verkoopt in 2025 hoogstens 6 huurwoningen uit complexen die als verkoopcomplex zijn "
              "aangewezen.", "De Linde", "2025", "aantal verkochte woningen"),
]


def booktabs_pdf(path: Path, names: tuple[str, ...] = ("Nr.", "Afspraak", "Verantwoordelijk", "Termijn", "Indicator"),
                 ) -> Path:
    header = [Paragraph(t, CELLB) for t in names]
    data = [header] + [[Paragraph(c, CELL) for c in row] for row in ROWS]
    table = Table(data, colWidths=[1.5 * cm, 8.3 * cm, 2.7 * cm, 2.1 * cm, 3.2 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEABOVE", (0, 0), (-1, 0), 1.4, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#BBBBBB")),
        ("LINEBELOW", (0, -1), (-1, -1), 1.4, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EFEFEF")]),
    ]))
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Wonen", HEAD),
             Paragraph("Gemeente Lindeveen en Woonstichting De Linde maken de volgende afspraken over wonen.", BODY),
             table]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, invariant=1).build(story)
    return path


def test_booktabs_column_names_run_together_were_not_read_as_columns(tmp_path, backend):
    doc = run.extract(booktabs_pdf(tmp_path / "booktabs.pdf"), parse={"backend": backend}, model=None)
    got = {a.number: a for a in doc.afspraken}
    assert list(got) == ["WO-01", "WO-02", "WO-03"]
    for number, text, trekker, planning, indicator in ROWS:
        a = got[number]
        assert a.text == text  # the trekker column's words stay out of the text
        assert (a.trekker, a.planning, dict(a.attributes)) == (trekker, planning, {"indicator": indicator})


def test_booktabs_table_named_as_a_ruled_one_reads_its_columns(tmp_path, backend):
    """The same table headed "Nr | Wat spreken we af | Wie | Wanneer | Indicator", column names a ruled table's
    header row is read by (`cells.HEADER_ROLES`): drawn without column rules, it is read by them too."""
    names = ("Nr", "Wat spreken we af", "Wie", "Wanneer", "Indicator")
    doc = run.extract(booktabs_pdf(tmp_path / "wie.pdf", names), parse={"backend": backend}, model=None)
    got = {a.number: (a.text, a.trekker, a.planning, dict(a.attributes)) for a in doc.afspraken}
    assert got == {number: (text, trekker, planning, {"indicator": indicator})
                   for number, text, trekker, planning, indicator in ROWS}
