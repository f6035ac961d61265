"""Issue #21: an updated agreement published as a synopsis (a "wijzigingsoverzicht"): a ruled table that prints last
year's text beside this year's and why it changed ("Tekst 2025 | Tekst 2026 | Toelichting op de wijziging", "Oude
tekst | Nieuwe tekst", "Was | Wordt"). Its header was no header (a year in a column name, or "Huidige afspraak"
taken for the text), so the rows were read from the old column: last year's texts and numbers, lapsed afspraken
among them, new ones lost. Only the new column holds this document's afspraken; a row whose new cell is empty lapsed;
the explanation goes to the attributes, never to the text (lexicon labels.yaml `version_columns`)."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.version_columns import version_pair, version_roles

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
# (old number and text, new number and text, explanation); "—" where a side has none
ROWS = [
    ("2.1", "Woonstichting De Eik verkoopt in 2025 ten hoogste 10 sociale huurwoningen.",
     "2.1", "Woonstichting De Eik verkoopt in 2026 ten hoogste 15 sociale huurwoningen.",
     "Aantal verhoogd vanwege de verduurzamingsopgave."),
    ("2.2", "Woonstichting De Eik voorziet uiterlijk eind 2025 alle woningen van een rookmelder.",
     None, None, "Vervallen: uitgevoerd."),
    ("2.3", "Woonstichting De Eik reageert binnen vijf werkdagen op elke melding van vocht of schimmel.",
     "2.2", "Woonstichting De Eik reageert binnen vijf werkdagen op elke melding van vocht of schimmel.",
     "Ongewijzigd."),
    (None, None,
     "2.3", "De gemeente brengt uiterlijk eind 2027 ten minste twee nieuwe locaties in voor sociale huurbouw.",
     "Nieuw."),
]


def _synopsis(tmp_path, header: list[str], rows: list[tuple[object, ...]], widths: tuple[int, ...] = (300, 300, 170)):
    data = [header] + [[c if isinstance(c, Paragraph) else Paragraph(str(c), BODY) for c in r] for r in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = tmp_path / "synopsis.pdf"
    SimpleDocTemplate(str(pdf), pagesize=landscape(A4), invariant=1).build([
        Paragraph("Prestatieafspraken Ransdal 2026: actualisatie", HEAD),
        Paragraph("Gemeente Ransdal, Woonstichting De Eik en Huurdersvereniging Ransdal", BODY),
        Paragraph("2 Beschikbaar en betaalbaar wonen", HEAD), table])
    return run.extract(pdf, model=None)


def _cell(number: str | None, text: str | None) -> Paragraph:
    return Paragraph(f"<b>{number}</b> {text}" if text else "—", BODY)


@pytest.mark.parametrize(("old", "new", "why", "new_first"), [
    ("Tekst 2025", "Tekst 2026", "Toelichting op de wijziging", False),
    ("Oude tekst", "Nieuwe tekst", "Toelichting", False),
    ("Tekst vorig jaar", "Tekst dit jaar", "Toelichting", False),
    ("Was", "Wordt", "Reden van de wijziging", False),
    ("Huidige afspraak", "Nieuwe afspraak", "Motivering", False),
    ("Vorige versie", "Nieuwe versie", "Toelichting", True),
    ("Afspraak 2025 (oud)", "Afspraak 2026 (nieuw)", "Wijziging", False),
    ("Afspraak 2025", "Afspraak 2026", "Toelichting", False),
])
def test_issue_21_a_synopsis_is_read_from_its_new_column_only(tmp_path, old, new, why, new_first):
    def row(a: object, b: object, c: object) -> list[object]:
        return [b, a, c] if new_first else [a, b, c]

    rows = [row(_cell(on, ot), _cell(nn, nt), Paragraph(w, BODY)) for on, ot, nn, nt, w in ROWS]
    doc = _synopsis(tmp_path, row(old, new, why), rows)
    kept = [(nn, nt, w) for _, _, nn, nt, w in ROWS if nt]
    assert [(a.number, a.text) for a in doc.afspraken] == [(nn, nt) for nn, nt, _ in kept]
    assert [a.attributes.get("toelichting") for a in doc.afspraken] == [w for _, _, w in kept]


def test_issue_21_a_new_cell_that_says_the_text_stands_holds_the_old_text(tmp_path):
    """"Ongewijzigd" in the new column: the old text is this year's too; "Vervalt" there: the row lapsed."""
    doc = _synopsis(tmp_path, ["Huidige tekst", "Nieuwe tekst", "Toelichting"], [
        (_cell(*ROWS[0][:2]), "Ongewijzigd.", "Blijft staan."),
        (_cell(*ROWS[2][:2]), "Vervalt", "Uitgevoerd."),
        ("—", _cell(*ROWS[3][2:4]), "Nieuw."),
    ])
    assert [(a.number, a.text) for a in doc.afspraken] == [ROWS[0][:2], ROWS[3][2:4]]


@pytest.mark.parametrize("header", [
    ["Nr. oud", "Oude tekst", "Nr. nieuw", "Nieuwe tekst", "Toelichting"],
    ["Nr 2025", "Tekst 2025", "Nr 2026", "Tekst 2026", "Toelichting"],
])
def test_issue_21_a_synopsis_numbers_its_old_and_new_text_apart(tmp_path, header):
    """A number column beside each text column: the new one numbers the afspraken, the old one is no sub-theme."""
    rows = [(on or "—", ot or "—", nn or "—", nt or "—", w) for on, ot, nn, nt, w in ROWS]
    doc = _synopsis(tmp_path, header, rows, (60, 290, 60, 290, 100))
    assert [(a.number, a.text) for a in doc.afspraken] == [(nn, nt) for _, _, nn, nt, _ in ROWS if nt]
    assert {a.section for a in doc.afspraken} == {"2 Beschikbaar en betaalbaar wonen"}


def test_issue_21_a_synopsis_header_gives_no_text_where_another_column_holds_it():
    assert version_roles(["Omschrijving", "Tekst 2025", "Tekst 2026"]) is None
    assert version_roles(["Nr", "Tekst 2025", "Tekst 2026", "Trekker"]) == {
        "number": 0, "text": 2, "trekker": 3, "old": 1}


@pytest.mark.parametrize("header", [
    ["Thema", "Afspraak 2025", "Afspraak 2026"],  # two jaarschijven side by side, nothing says they are versions
    ["Nr", "Afspraak 2026", "Stand van zaken 2025", "Trekker"],  # a monitor: one text column and its progress
    ["Nr.", "Opgave uit de woonvisie", "Ons bod", "Toelichting"],  # a bod: the ask beside the bid
    ["Nr", "Afspraak", "Nieuw"],  # a change mark column, no old text beside it
    ["Planning 2025", "Planning 2026"],
])
def test_issue_21_other_tables_name_no_old_and_new_text(header):
    assert version_pair(header) is None
