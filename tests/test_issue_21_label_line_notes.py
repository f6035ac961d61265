"""Issue #21: a label line with a note in brackets after the number ("Afspraak 12 (verplaatst uit hoofdstuk 1)",
the note in italics beside the bold label) numbers the block below it like a bare label line does; the note is no
part of the afspraak's text but an attribute (labels.yaml label_notes). A lapsed note ("(vervalt)") is none.

Found on the dev family lierbeek, whose versions with visible revisions mark a moved afspraak that way. Runs on
both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.numbering import label_note

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
LABEL = ParagraphStyle("l", fontName="Helvetica", fontSize=10, leading=13, spaceBefore=8)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TEXTS = [
    "Woonstichting De Eik bouwt in 2026 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan de helft "
    "voor starters.",
    "De Eik neemt bij een huurachterstand van één maand persoonlijk contact op met de huurder en meldt de "
    "achterstand bij het team Vroegsignalering van de gemeente.",
    "De gemeente stelt uiterlijk eind 2026 een nieuwe huisvestingsverordening vast, na advies van de "
    "huurdersvereniging.",
    "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de leefbaarheid te bespreken.",
]
NOTES = {2: "verplaatst uit hoofdstuk 1", 4: "nieuw"}


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path, word: str, italic: bool) -> Path:
    flow = [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("1 Wonen", HEAD)]
    for i, text in enumerate(TEXTS, 1):
        note = f" ({NOTES[i]})" if i in NOTES else ""
        note = f"<i>{note}</i>" if italic and note else f"<b>{note}</b>" if note else ""
        flow += [Paragraph(f"<b>{word} {i}</b>{note}", LABEL), Paragraph(text, BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


@pytest.mark.parametrize(("word", "italic"), [("Afspraak", True), ("Maatregel", True), ("Afspraak", False)])
def test_label_line_note_numbers_the_block_below_and_is_no_text(tmp_path, backend, word, italic):
    pdf = _build(tmp_path / "notes.pdf", word, italic)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == [f"{word} {i}" for i in range(1, 5)]
    notes = {i: dict(a.attributes or {}).get("toelichting") for i, a in enumerate(doc.afspraken, 1)}
    assert notes == {i: NOTES.get(i) for i in range(1, 5)}


def test_label_note_reads_a_bracketed_note_but_no_lapse_or_sentence():
    assert label_note("(verplaatst uit hoofdstuk 1)") == "verplaatst uit hoofdstuk 1"
    assert label_note("(nieuw)") == "nieuw"
    assert label_note("(vervalt)") is None  # a lapsed afspraak: see numbering.LAPSED
    assert label_note("De gemeente bouwt (in 2026) woningen.") is None
    assert label_note("") is None
