"""Label lines of their own, footnotes and memo headers (issue #21, the brederwiel layouts in general): a line
"Afspraak 2025-07" (a year-coded id, a date, "Actie 3a", "Maatregel B-4") numbers the paragraph under it; a
footnote marker glued to a word is not text and the footnote at the page foot (its marker set apart, smaller) is
no afspraak; a memo's header block (Memo, Aan, Van, Datum, Onderwerp) names no party, its sender is the bod's
corporatie. Made on the fly with reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.footnotes import split_superscript_markers
from pipeline.meta import sender_organisation
from pipeline.numbering import learn_numbering, prefixed_marker
from pipeline.types import Line

from .test_layout_variants import TEXTS

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=9, leftIndent=17)
TEXT = ParagraphStyle("t", parent=BODY, leftIndent=17)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=6)
SUB = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6)
MEMO = ParagraphStyle("m", fontName="Helvetica-Bold", fontSize=28, leading=34, spaceAfter=10)
NOTES = ["Huisvestingsverordening Eikdorp 2023, artikel 2.4 (lokaal maatwerk).",
         "Nationale Prestatieafspraken (juni 2022): eind 2028 geen corporatiewoningen meer met label E, F of G."]


def foot(canvas, doc) -> None:
    """Footnotes as a word processor sets them: the marker smaller and raised, apart from the note; a footer."""
    canvas.saveState()
    for i, note in enumerate(NOTES, 1):
        y = 90 - 10 * i
        canvas.setFont("Helvetica", 6)
        canvas.drawString(65, y + 2.5, str(i))
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(70.6, y, note)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(476, 40, f"Pagina {doc.page} van 1")
    canvas.restoreState()


def labelled(path: Path, label: str, code: str) -> Path:
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Betaalbaar wonen", HEAD),
             Paragraph("Afspraken", SUB)]
    for i, text in enumerate(TEXTS, 1):
        marker = {1: "<super>1</super>", 3: "<super>2</super>"}.get(i, "")
        story += [Paragraph(f"{label} {code.format(i=i)}", LABEL), Paragraph(text + marker, TEXT)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story, onFirstPage=foot, onLaterPages=foot)
    return path


@pytest.mark.parametrize(("label", "code"), [
    ("Afspraak", "2025-{i:02d}"),  # a year and a serial
    ("Afspraak", "{i}"),
    ("Actie", "{i}a"),
    ("Maatregel", "B-{i}"),
    ("Afspraak", "2025-07-{i:02d}"),  # a date
])
def test_label_line_of_its_own_numbers_the_paragraph_under_it(tmp_path, backend, label, code):
    doc = run.extract(labelled(tmp_path / "l.pdf", label, code), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"{label} {code.format(i=i)}" for i in range(1, 5)]
    assert [a.text for a in doc.afspraken] == TEXTS  # no label, no footnote marker, no footnote
    assert [(f.marker, f.text) for f in doc.footnotes] == [("1", NOTES[0]), ("2", NOTES[1])]


@pytest.mark.parametrize(("label", "codes"), [
    ("Afspraak", ["01-07-2025", "15-09-2025", "03-11-2025", "12-12-2025"]),  # dates, not consecutive
    ("Afspraak", ["2025-07", "2025-12", "2025-03", "2025-31"]),  # year-coded ids, not consecutive
    ("Actie", ["2025-07-01", "2025-09-15", "2025-11-03", "2025-12-12"]),
])
def test_label_lines_numbered_by_dates_or_year_coded_ids_of_one_year_are_a_series(tmp_path, backend, label, codes):
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Betaalbaar wonen", HEAD)]
    for code, text in zip(codes, TEXTS, strict=True):
        story += [Paragraph(f"{label} {code}", LABEL), Paragraph(text, TEXT)]
    path = tmp_path / "d.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"{label} {code}" for code in codes]  # not the day "01" alone
    assert [a.text for a in doc.afspraken] == TEXTS


@pytest.mark.parametrize(("lines", "learnt"), [
    (["Afspraak 01-07-2025 De", "Afspraak 15-09-2025 De"], True),
    (["Afspraak 2025-07 De", "Afspraak 2025-12 De"], True),
    (["Afspraak 01-07-2023 De", "Afspraak 15-09-2025 De"], False),  # no year in common
    (["Afspraak 01-07-2025 De"], False),  # one is no series
    (["Afspraak 3a De", "Afspraak 7 De"], False),  # no year, not consecutive
])
def test_dated_label_series_shares_a_year(lines, learnt):
    numbering = learn_numbering([Line(text, 1, 70.0, 300.0, 100.0 + 12 * k, 110.0 + 12 * k, 10.0)
                                 for k, text in enumerate(lines)])
    assert ("label:afspraak" in numbering.styles) is learnt


def test_footnote_marker_glued_to_a_word_is_not_text(tmp_path, backend):
    """A superscript digit in the text layer ("haalbaar³") is a footnote marker; "m²" stays."""
    texts = [TEXTS[0][:-1] + ", mits financieel haalbaar³.", "De Eik voegt 400 m² bedrijfsruimte toe aan de wijk.",
             *TEXTS[1:3]]
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("Afspraken", SUB)]
    for i, text in enumerate(texts, 1):
        story += [Paragraph(f"Afspraak 2025-{i:02d}", LABEL), Paragraph(text, TEXT)]
    path = tmp_path / "s.pdf"

    def note(canvas, _doc) -> None:
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(65, 80, "³ Kader financiële haalbaarheid, bijlage 2.")

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story, onFirstPage=note)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [TEXTS[0][:-1] + ", mits financieel haalbaar.", *texts[1:]]
    assert [(f.marker, f.text) for f in doc.footnotes] == [("3", "Kader financiële haalbaarheid, bijlage 2.")]


def test_memo_header_names_no_party_and_its_sender_is_the_corporatie(tmp_path, backend):
    """A bod as a memo: "Memo" and the field labels are no party; the sender ("Van: Directie Eikwonen") is the
    corporatie; the indented dash bullets under a numbered item belong to the item."""
    field = ParagraphStyle("f", parent=BODY, spaceAfter=2)
    sub = ParagraphStyle("sb", parent=BODY, leftIndent=30, firstLineIndent=-10)
    story = [Paragraph("Memo", MEMO)]
    story += [Paragraph(f"<b>{k}:</b> {v}", field) for k, v in [
        ("Aan", "College van burgemeester en wethouders van de gemeente Eikdorp"), ("Van", "Directie Eikwonen"),
        ("Datum", "26 juni 2025"), ("Onderwerp", "Bod 2026: overzicht voorgenomen werkzaamheden 2026-2030")]]
    story += [Paragraph("Hierbij ontvangt u het overzicht van de werkzaamheden die wij in Eikdorp voornemens zijn.",
                        BODY), Paragraph("Betaalbaarheid en beschikbaarheid", SUB)]
    bod = ["Wij bouwen in 2026 ten minste 90 sociale huurwoningen, verdeeld over de projecten als volgt:",
           *TEXTS[1:]]
    for i, text in enumerate(bod, 1):
        story.append(Paragraph(f"{i}. {text}", ParagraphStyle("i", parent=BODY, leftIndent=14, firstLineIndent=-14)))
        if i == 1:
            story += [Paragraph("– 40 woningen in Kerkakker-Zuid;", sub), Paragraph("– 50 woningen in De Hoven.", sub)]
    path = tmp_path / "m.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert doc.meta.corporaties == ("Eikwonen",)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]
    assert "Kerkakker-Zuid" in doc.afspraken[0].text and "De Hoven" in doc.afspraken[0].text


@pytest.mark.parametrize(("line", "number"), [
    ("Afspraak 2025-07", "Afspraak 2025-07"),
    ("Afspraak 12", "Afspraak 12"),
    ("Actie 3a", "Actie 3a"),
    ("Maatregel B-4", "Maatregel B-4"),
    ("Actie 01-07-2025", "Actie 01-07-2025"),
    ("Project 2025-2028 wordt uitgevoerd", None),  # a period, not a code
    ("Resultaat 2025 is goed", None),  # a year alone
])
def test_label_numbers(line, number):
    found = prefixed_marker(line)
    assert (found[3] if found else None) == number


@pytest.mark.parametrize(("value", "expected"), [
    ("Raad van bestuur Brederwonen", "Brederwonen"),
    ("Directie Woonstichting De Eik", "Woonstichting De Eik"),
    ("namens het bestuur van Eikwonen", "Eikwonen"),
    ("J. de Vries", None),  # a person
    ("Memo", None),
])
def test_sender_organisation(value, expected):
    assert sender_organisation(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("niet haalbaar³.", ("niet haalbaar.", ("3",))),
    ("woningen¹² en", ("woningen en", ("12",))),
    ("400 m² vloer", ("400 m² vloer", ())),
    ("³ Bron: CBS", ("³ Bron: CBS", ())),
])
def test_superscript_markers(text, expected):
    assert split_superscript_markers(text) == expected
