"""Issue #21: an afsprakenmatrix with the parties as rows and the themes as columns ("Partij | Beschikbaar en
betaalbaar | Duurzaam | Kwaliteit | Leefbare wijken"; the transpose of the matrix with a column per party) was not
read: no header role knew a row of theme titles, so the rows were nobody's afspraken; each cell holds several short
dash items ("– ... – ..."), each one afspraak of the row's party, whose shaded first cell prints the name with a
small italic line under it; and the matrix opens its landscape page under a title line with a note beside it, after
the portrait page's "Leeswijzer", which excluded what followed."""

from __future__ import annotations

from pathlib import Path

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
from pipeline.matrix import PARTY_LABEL, cell_items, matrix_themes, row_party

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=3)
NAME = ParagraphStyle("n", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
NOTE = ParagraphStyle("i", fontName="Helvetica-Oblique", fontSize=7, leading=8.5)
THEMES = ("Beschikbaar en betaalbaar", "Duurzaam en klimaatbestendig", "Kwaliteit, wonen en zorg", "Leefbare wijken")
ROWS = [
    ("Gemeente Haverdam", "college van burgemeester en wethouders", [
        ["De gemeente zorgt ervoor dat in 2026 planologische ruimte beschikbaar is voor 80 sociale huurwoningen.",
         "De gemeente herziet uiterlijk 1 juli 2026 de urgentieregeling."],
        ["De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten."],
        [],
        ["De gemeente stelt jaarlijks € 20.000 beschikbaar voor bewonersinitiatieven."],
    ]),
    ("Woonstichting Ter Aa", "circa 2.400 verhuureenheden", [
        ["Ter Aa realiseert in de periode 2026-2028 ten minste 90 sociale huurwoningen.",
         "Ter Aa verkoopt in 2026 maximaal 5 huurwoningen, uitsluitend bij mutatie."],
        ["Ter Aa isoleert in 2026 ten minste 120 woningen in de wijk Oost."],
        ["Ter Aa inspecteert de woning binnen vijf werkdagen na een melding van vocht of schimmel."],
        ["Ter Aa zet in de wijk Oost een huismeester in die twee dagdelen per week aanwezig is."],
    ]),
    ("Huurdersorganisaties", "Huurdersvereniging Ter Aa en Bewonersraad Haverdam", [
        ["De huurdersorganisaties brengen jaarlijks vóór 1 april advies uit over het huurbeleid."],
        [],
        [],
        ["De huurdersorganisaties raadplegen hun achterban tweemaal per jaar over deze afspraken.",
         "De huurdersorganisaties ondersteunen de oprichting van bewonerscommissies."],
    ]),
]


def matrix_pdf(path: Path, rows: list = ROWS, split: bool = False) -> Path:
    portrait, wide = A4, landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=portrait, invariant=1)
    doc.addPageTemplates([
        PageTemplate("tekst", [Frame(50, 50, portrait[0] - 100, portrait[1] - 100)], pagesize=portrait),
        PageTemplate("matrix", [Frame(36, 36, wide[0] - 72, wide[1] - 72)], pagesize=wide),
    ])
    flow = [Paragraph("Prestatieafspraken 2026", HEAD),
            Paragraph("Gemeente Haverdam, Woonstichting Ter Aa, Huurdersvereniging Ter Aa en Bewonersraad Haverdam",
                      BODY),
            Paragraph("Inleiding", HEAD),
            Paragraph("Gemeente Haverdam, Woonstichting Ter Aa, Huurdersvereniging Ter Aa en Bewonersraad Haverdam "
                      "maken jaarlijks prestatieafspraken over het wonen in Haverdam.", BODY),
            Paragraph("Leeswijzer", HEAD),
            Paragraph("De afspraken staan in een afsprakenmatrix. Elke rij bevat de afspraken van één partij; de "
                      "kolommen volgen de vier thema's uit de woonvisie. Een streepje betekent geen afspraak.", BODY),
            NextPageTemplate("matrix"), PageBreak(),
            Paragraph("<b>Afsprakenmatrix 2026</b>&nbsp;&nbsp;&nbsp;&nbsp;Per partij (rij) en per thema (kolom)",
                      ParagraphStyle("t", fontName="Helvetica", fontSize=8.5, leading=11, spaceAfter=6))]
    table_rows: list[list] = [["Partij", *THEMES]]
    for name, note, cells in rows:
        table_rows.append([[Paragraph(name, NAME), Paragraph(note, NOTE)],
                     *[[Paragraph(f"– {item}", CELL) for item in cell] or Paragraph("—", CELL) for cell in cells]])
    table = Table(table_rows, colWidths=[130, 160, 160, 160, 160], repeatRows=1, splitInRow=int(split))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, 0), 9),
                               ("BACKGROUND", (0, 1), (0, -1), colors.lightgrey)]))
    doc.build([*flow, table])
    return path


def test_issue_21_party_theme_matrix_reads_each_dash_item_with_its_rows_party(tmp_path, backend):
    doc = run.extract(matrix_pdf(tmp_path / "matrix.pdf"), parse={"backend": backend}, model=None)
    expected = [(name, theme, item) for name, _, cells in ROWS for theme, cell in zip(THEMES, cells, strict=True)
                for item in cell]
    assert [(a.party, a.section, a.text) for a in doc.afspraken] == expected  # the title page's title no section
    assert {a.page for a in doc.afspraken} == {2}
    assert all(a.number is None for a in doc.afspraken)


def test_issue_21_a_party_row_cut_by_a_page_break_goes_on_for_its_party(tmp_path, backend):
    """A row too long for the page goes on under the repeated header with its first cell empty, the item cut by
    the break with the rest of its sentence."""
    more = [f"Ter Aa plaatst in 2026 in {n} woningen van complex {n} een hybride warmtepomp en informeert de bewoners "
            "vooraf." for n in range(10, 20)]
    cut = "Ter Aa verduurzaamt in 2026 de complexen " + ", ".join(f"Vliethof {n}" for n in range(1, 100)) + "."
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], [ROWS[1][2][0], ROWS[1][2][1] + more + [cut], *ROWS[1][2][2:]]),
            ROWS[2]]
    doc = run.extract(matrix_pdf(tmp_path / "matrix.pdf", rows, split=True), parse={"backend": backend}, model=None)
    expected = [(name, theme, item) for name, _, cells in rows for theme, cell in zip(THEMES, cells, strict=True)
                for item in cell]
    # the rest of the row is read after the part before the break, whose other cells come first
    assert sorted((a.party, a.section, a.text) for a in doc.afspraken) == sorted(expected)
    assert {a.page for a in doc.afspraken} == {2, 3}


def test_issue_21_a_row_of_theme_titles_heads_a_matrix_of_parties():
    assert matrix_themes(("Partij", *THEMES))[PARTY_LABEL] == 0
    assert matrix_themes(("", "Betaalbaarheid", "Duurzaamheid", "Leefbaarheid")) is not None
    assert matrix_themes(("Wie", "1. Betaalbaar wonen", "2. Duurzaamheid", "3. Wonen en zorg")) is not None
    assert matrix_themes(("Partij", "Afspraak", "Planning")) is None  # an agenda table
    assert matrix_themes(("Onderwerp", "Gemeente", "Woonstichting Ter Aa", "Huurders")) is None  # parties as columns
    assert matrix_themes(("Jaar", "2024", "2025", "2026")) is None


def test_issue_21_a_matrix_rows_first_cell_names_its_party_without_the_line_under_it():
    names = ("Woonstichting Ter Aa", "Huurdersvereniging Ter Aa", "Haverdam")
    assert row_party("Gemeente Haverdam college van burgemeester en wethouders", names) == "Gemeente Haverdam"
    assert row_party("Woonstichting Ter Aa circa 2.400 verhuureenheden", names) == "Woonstichting Ter Aa"
    assert row_party("Huurdersorganisaties Huurdersvereniging Ter Aa en Bewonersraad", names) == "Huurdersorganisaties"
    assert row_party("Zorgpartners", names) == "Zorgpartners"
    assert row_party("Alle partijen", names) == "Alle partijen"
    # a party the document's names miss: its capitalised words, the line under them left out
    assert row_party("Stichting Wonen aan de Vliet circa 900 woningen", names) == "Stichting Wonen aan de Vliet"
    assert row_party("Zorgpartners welzijn en wijkteams", names) == "Zorgpartners"
    assert row_party("Gemeente Oudewater college van burgemeester en wethouders", names) == "Gemeente Oudewater"


def test_issue_21_a_cells_dash_items_are_split_where_a_sentence_ends():
    assert cell_items("– De gemeente bouwt. – Ter Aa isoleert 2025 – 2027 woningen.") == \
        ("", ["De gemeente bouwt.", "Ter Aa isoleert 2025 – 2027 woningen."])
    assert cell_items("De gemeente bouwt – zo snel als kan – woningen.") == \
        ("De gemeente bouwt – zo snel als kan – woningen.", [])


def test_issue_21_dash_items_in_a_party_column_matrix_are_afspraken_each(tmp_path, backend):
    """The same dash lists in the matrix the other way round (a column per party, a subject per row)."""
    path = tmp_path / "columns.pdf"
    items = ["Ter Aa realiseert in 2026 ten minste 90 sociale huurwoningen.",
             "Ter Aa verkoopt in 2026 maximaal 5 huurwoningen, uitsluitend bij mutatie."]
    gemeente = "De gemeente stelt in 2026 bouwgrond voor 80 sociale huurwoningen beschikbaar."
    table = Table([["Onderwerp", "Gemeente", "Woonstichting Ter Aa"],
                   ["Nieuwbouw", Paragraph(gemeente, CELL), [Paragraph(f"– {item}", CELL) for item in items]]],
                  colWidths=[120, 250, 250])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    BaseDocTemplate(str(path), pagesize=landscape(A4), invariant=1, pageTemplates=[
        PageTemplate("m", [Frame(36, 36, landscape(A4)[0] - 72, landscape(A4)[1] - 72)])]).build(
        [Paragraph("2 Betaalbaar wonen", HEAD), table])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.party, a.text) for a in doc.afspraken] == [
        ("Gemeente", gemeente), *(("Woonstichting Ter Aa", item) for item in items)]
