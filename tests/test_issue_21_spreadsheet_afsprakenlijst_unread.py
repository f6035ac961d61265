"""Issue #21: an afsprakenlijst printed from a spreadsheet behind a short letter-like text (inleiding, ondertekening)
was not read at all: its landscape pages of gridlines and 7 pt type (ID | Thema | Subthema | Afspraak | one column
per party marked "x" | Gereed | Opmerking) stood under the text's "Ondertekening", which excludes what follows; its
section rows print their numbered title in the Thema column, not the first; and its remark column went to
"toelichting" instead of the "opmerking" it prints. A sheet printed with its title over the table ("Afsprakenlijst
2026", set smaller than the chapters of the text) nested that title under the text's excluding chapter too, and a
section row without a number ("Betaalbaar wonen") named no section, though a total row ("Subtotaal ...") is none,
nor did one with its number in the ID column ("1 | Betaalbaar wonen"); a party ticked with a "v" was no mark. A
one-page sheet printed with its file name above the cells (no running header to take out) hid the header row's
place at the top of its page. A sheet without an ID column, its rows known by the parties they mark, was not read
behind the signature either. Printed without gridlines (a worksheet's default), its header row named parties
no lexicon knows and its total rows ran on over the empty cells beside them: no table was found."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=7, leading=8.5)
HEADER = ("ID", "Thema", "Subthema", "Afspraak", "Gemeente", "Het Anker", "Berkendal Wonen", "Huurders", "Gereed",
          "Opmerking")
SECTIONS = [
    ("1. Betaalbaar wonen", [
        ("BW.01", "Nieuwbouw", "Het Anker levert in 2026 ten minste 40 sociale huurwoningen op in de wijk Noord.",
         "", "x", "", "", "Q4 2026", "zie bijlage 1"),
        ("BW.02", "Huurbeleid", "De corporaties beperken de huurverhoging per 1 juli 2026 tot de inflatie.",
         "", "x", "x", "", "1-7-2026", ""),
    ]),
    ("2. Leefbaarheid", [
        ("LE.01", "Wijken", "De gemeente en de corporaties zetten in 2026 twee wijkbeheerders in voor de wijk Zuid.",
         "x", "x", "x", "", "doorlopend", "nieuw"),
    ]),
]


SIGNED = "Gemeente Berkendal, Woonstichting Het Anker, Berkendal Wonen"


def print_lines(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    """What a spreadsheet prints around its cells: the file name top right, the sheet's name and page below."""
    width, height = landscape(A4)
    canvas.setFont("Helvetica", 7)
    canvas.drawRightString(width - 25, height - 18, "PA_Berkendal_2026_definitief.xlsx")
    canvas.drawString(25, 12, "Afsprakenlijst 2026")
    canvas.drawCentredString(width / 2, 12, "Pagina 1")


def sheet_pdf(path: Path, title: str | None = None, numbered: bool = True, split: bool = False,
              mark: str = "x", signed: str = SIGNED, printed: bool = False, ids: bool = True,
              grid: bool = True) -> Path:
    portrait, wide = A4, landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=portrait, invariant=1)
    doc.addPageTemplates([
        PageTemplate("tekst", [Frame(50, 50, portrait[0] - 100, portrait[1] - 100)], pagesize=portrait),
        PageTemplate("werkblad", [Frame(25, 30, wide[0] - 50, wide[1] - 60)], pagesize=wide,
                     **({"onPage": print_lines} if printed else {})),
    ])
    flow = [Paragraph("Prestatieafspraken Berkendal 2026", HEAD),
            Paragraph("1. Inleiding", HEAD),
            Paragraph("De gemeente Berkendal, Woonstichting Het Anker, Berkendal Wonen en Huurdersvereniging "
                      "Berkendal maken jaarlijks afspraken. De afspraken staan in de afsprakenlijst in bijlage A.",
                      BODY),
            Paragraph("2. Ondertekening", HEAD),
            Paragraph("Aldus overeengekomen en ondertekend te Berkendal op 10 december 2025.", BODY),
            Paragraph(signed, BODY),
            NextPageTemplate("werkblad"), PageBreak()]
    if title:
        flow.append(Paragraph(title, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=10, leading=12)))
    rows: list[tuple] = [HEADER]
    style = [*([("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey)] if grid else []),
             ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
             ("FONTSIZE", (0, 0), (-1, -1), 7), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for title, items in SECTIONS:
        style += [("SPAN", (1, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)),
                                                                colors.whitesmoke)]
        number, name = title.split(". ")
        rows.append((number, name, *[""] * 8) if split else ("", title if numbered else name, *[""] * 8))
        for k, (number, sub, text, *marks, when, note) in enumerate(items):
            rows.append((number, name if k == 0 else "", sub, Paragraph(text, CELL), *[m and mark for m in marks], when,
                         Paragraph(note, CELL)))
        style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append(("", f"Subtotaal {title.split('. ')[1]}: {len(items)} afspraken", *[""] * 8))
    widths = [35, 70, 70, 270, 45, 45, 65, 40, 50, 100]
    if not ids:  # no ID column: the rows are known by the parties they mark
        rows = [row[1:] for row in rows]
        widths = widths[1:]
        style = [(c[0], (max(c[1][0] - 1, 0), c[1][1]), *c[2:]) if c[0] == "SPAN" else c for c in style]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    doc.build([*flow, table])
    return path


def test_issue_21_spreadsheet_afsprakenlijst_behind_the_signature_is_read(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf"), model=None)
    expected = [(number, text) for _, items in SECTIONS for number, _, text, *_ in items]
    assert [(a.number, a.text) for a in doc.afspraken] == expected
    assert [a.page for a in doc.afspraken] == [2, 2, 2]
    assert [a.planning for a in doc.afspraken] == ["Q4 2026", "1-7-2026", "doorlopend"]


def test_issue_21_spreadsheet_section_rows_name_the_section(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf"), model=None)
    assert [a.section for a in doc.afspraken] == ["1. Betaalbaar wonen", "1. Betaalbaar wonen", "2. Leefbaarheid"]


def test_issue_21_spreadsheet_marks_and_remarks_go_to_the_attributes(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf"), model=None)
    assert [a.attributes for a in doc.afspraken] == [
        {"thema": "Betaalbaar wonen", "subthema": "Nieuwbouw", "partijen": "Het Anker", "opmerking": "zie bijlage 1"},
        {"subthema": "Huurbeleid", "partijen": "Het Anker, Berkendal Wonen"},
        {"thema": "Leefbaarheid", "subthema": "Wijken", "partijen": "Gemeente, Het Anker, Berkendal Wonen",
         "opmerking": "nieuw"},
    ]


def test_issue_21_spreadsheet_under_its_own_title_is_read(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", title="Afsprakenlijst 2026"), model=None)
    assert [a.number for a in doc.afspraken] == ["BW.01", "BW.02", "LE.01"]
    assert [a.section for a in doc.afspraken] == ["Afsprakenlijst 2026 > 1. Betaalbaar wonen",
                                                  "Afsprakenlijst 2026 > 1. Betaalbaar wonen",
                                                  "Afsprakenlijst 2026 > 2. Leefbaarheid"]


def test_issue_21_spreadsheet_section_rows_without_a_number(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", numbered=False), model=None)
    assert [(a.number, a.section) for a in doc.afspraken] == [
        ("BW.01", "Betaalbaar wonen"), ("BW.02", "Betaalbaar wonen"), ("LE.01", "Leefbaarheid")]


def test_issue_21_spreadsheet_section_number_in_the_id_column(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", split=True), model=None)
    assert [(a.number, a.section) for a in doc.afspraken] == [
        ("BW.01", "1 Betaalbaar wonen"), ("BW.02", "1 Betaalbaar wonen"), ("LE.01", "2 Leefbaarheid")]


def test_issue_21_spreadsheet_parties_ticked_with_a_v(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", mark="v"), model=None)
    assert [(a.attributes or {}).get("partijen") for a in doc.afspraken] == [
        "Het Anker", "Het Anker, Berkendal Wonen", "Gemeente, Het Anker, Berkendal Wonen"]


@pytest.mark.parametrize("signed", [SIGNED, SIGNED + "."])
def test_issue_21_spreadsheet_under_its_printed_file_name(tmp_path, signed):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", signed=signed, printed=True), model=None)
    assert [(a.number, a.section) for a in doc.afspraken] == [
        ("BW.01", "1. Betaalbaar wonen"), ("BW.02", "1. Betaalbaar wonen"), ("LE.01", "2. Leefbaarheid")]


def test_issue_21_spreadsheet_without_ids_read_by_its_party_columns(tmp_path):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", ids=False), model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [
        (None, text) for _, items in SECTIONS for _, _, text, *_ in items]
    assert [(a.attributes or {}).get("partijen") for a in doc.afspraken] == [
        "Het Anker", "Het Anker, Berkendal Wonen", "Gemeente, Het Anker, Berkendal Wonen"]


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_spreadsheet_printed_without_gridlines(tmp_path, backend):
    doc = run.extract(sheet_pdf(tmp_path / "sheet.pdf", grid=False), parse={"backend": backend}, model=None)
    expected = [(number, text) for _, items in SECTIONS for number, _, text, *_ in items]
    assert [(a.number, a.text) for a in doc.afspraken] == expected
    assert [a.section for a in doc.afspraken] == ["1. Betaalbaar wonen", "1. Betaalbaar wonen", "2. Leefbaarheid"]
    assert [(a.attributes or {}).get("partijen") for a in doc.afspraken] == [
        "Het Anker", "Het Anker, Berkendal Wonen", "Gemeente, Het Anker, Berkendal Wonen"]
    assert [a.planning for a in doc.afspraken] == ["Q4 2026", "1-7-2026", "doorlopend"]


def test_issue_21_a_monitor_table_opening_a_page_stays_context(tmp_path):
    """Last year's afspraken with their progress, on a page of their own under "Terugblik", before this year's
    numbered afspraken: no sheet of this year's afspraken, its rows stay out."""
    path = tmp_path / "monitor.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("tekst", [Frame(50, 50, A4[0] - 100, A4[1] - 100)])])
    monitor = Table([("Nr", "Afspraak 2025", "Gereed", "Stand van zaken"),
                     ("1.1", Paragraph("De corporatie bouwt in 2025 ten minste 30 woningen.", CELL), "Q4 2025",
                      "gereed")], colWidths=[30, 250, 60, 120])
    monitor.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    flow = [Paragraph("1. Terugblik 2025", HEAD), Paragraph("In 2025 is veel bereikt.", BODY), PageBreak(), monitor,
            Paragraph("2. Afspraken 2026", HEAD),
            Paragraph("2.1 De corporatie bouwt in 2026 ten minste 40 sociale huurwoningen in de wijk Noord.", BODY)]
    doc.build(flow)
    found = run.extract(path, model=None)
    assert [a.text for a in found.afspraken] == ["De corporatie bouwt in 2026 ten minste 40 sociale huurwoningen in "
                                                 "de wijk Noord."]
