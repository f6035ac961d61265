"""Issue #21: an outline of "Ambitie 1" > "Doel 1.1" > lettered afspraken "1.1.a" (read as nothing in session 14),
a bod's two-column wish table whose right column holds coded bids, field lines split by "·" or "–", and headings
that list last year's lapsed afspraken. PDFs made with reportlab."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import extract
from pipeline.attributes import parse_attributes
from pipeline.structure import announces_lapsed

TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=12)
CHAPTER = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6)
AMBITION = ParagraphStyle("a", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=12, spaceAfter=4)
GOAL = ParagraphStyle("g", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=2)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=34, firstLineIndent=-34)
FIELDS = ParagraphStyle("f", fontName="Helvetica", fontSize=7.5, leading=10, leftIndent=34, spaceAfter=5,
                        textColor=colors.grey)

AFSPRAKEN = {
    "1.1.a": "Woonstichting De Eik realiseert ten minste 85 sociale huurwoningen in het plan Oeverlanden, op te "
             "leveren vóór eind 2026.",
    "1.1.b": "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 24.500 per woning.",
    "1.2.a": "De corporaties wijzen ten minste 20% van de vrijkomende sociale huurwoningen toe aan starters.",
    "2.1.a": "Woonstichting De Eik verbetert in 2025 de resterende 120 woningen met label E, F of G naar label B.",
}


def _outline(path: Path, level_words: tuple[str, str], separator: str, chapter: str | None = None,
             numbered: bool = False) -> Path:
    top, sub = level_words
    story = [Paragraph("Uitvoeringsagenda prestatieafspraken 2025", TITLE),
             Paragraph("1 Inleiding" if numbered else "Inleiding", CHAPTER),
             Paragraph("Gemeente, corporatie en huurders maken elk jaar prestatieafspraken over het wonen.", BODY),
             Paragraph("2 Terugblik op 2024" if numbered else "Terugblik op 2024", CHAPTER),
             Paragraph("In 2024 zijn 64 sociale huurwoningen opgeleverd en 105 woningen verduurzaamd.", BODY)]
    if chapter:
        story.append(Paragraph(chapter, CHAPTER))
    goals = {"1.1": "Zorgen dat de sociale huurvoorraad groeit.", "1.2": "Een eerlijke verdeling van woningen.",
             "2.1": "Zorgen dat de woningvoorraad energiezuinig wordt."}
    for chapter, title in (("1", "Voldoende en betaalbare woningen"), ("2", "Duurzaam wonen")):
        story += [Paragraph(f"{top} {chapter} – {title}", AMBITION),
                  Paragraph("Partijen willen dat jong en oud een passende en betaalbare woning kan vinden in de "
                            "gemeente, nu en in de toekomst.", BODY)]
        for goal, sentence in goals.items():
            if not goal.startswith(chapter + "."):
                continue
            story.append(Paragraph(f"{sub} {goal} {sentence}", GOAL))
            for number, text in AFSPRAKEN.items():
                if number.startswith(goal + "."):
                    story.append(Paragraph(f"{number}&nbsp;&nbsp;&nbsp;{text}", ITEM))
                    story.append(Paragraph(separator.join(["Trekker: De Eik", "Betrokken: Gemeente (team Wonen)",
                                                           "Gereed: eind 2026"]), FIELDS))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("level_words", [("Ambitie", "Doel"), ("Opgave", "Speerpunt"), ("Thema", "Programmalijn")])
def test_outline_levels_named_by_a_word_are_sections_and_lettered_items_the_afspraken(tmp_path, level_words):
    doc = extract(_outline(tmp_path / "o.pdf", level_words, " · "), model=None)
    assert [a.number for a in doc.afspraken] == list(AFSPRAKEN)
    assert [a.text for a in doc.afspraken] == list(AFSPRAKEN.values())
    top, sub = level_words
    assert doc.afspraken[0].section.endswith(f"> {top} 1 – Voldoende en betaalbare woningen > {sub} 1.1 Zorgen "
                                             "dat de sociale huurvoorraad groeit.")
    assert doc.afspraken[-1].section.endswith(f"> {top} 2 – Duurzaam wonen > {sub} 2.1 Zorgen dat de "
                                              "woningvoorraad energiezuinig wordt.")
    assert {(a.trekker, a.planning) for a in doc.afspraken} == {("De Eik", "eind 2026")}
    assert {tuple(sorted((a.attributes or {}).items())) for a in doc.afspraken} == {
        (("betrokken", "Gemeente (team Wonen)"),)}


def test_an_outline_under_a_chapter_set_larger_nests_in_it_unless_the_chapter_is_context(tmp_path):
    doc = extract(_outline(tmp_path / "o.pdf", ("Ambitie", "Doel"), " · ", chapter="Onze afspraken"), model=None)
    assert [a.number for a in doc.afspraken] == list(AFSPRAKEN)
    assert all(a.section.startswith("Uitvoeringsagenda prestatieafspraken > Onze afspraken > Ambitie ")
               for a in doc.afspraken)


def test_an_outline_after_numbered_context_chapters_is_read(tmp_path):
    doc = extract(_outline(tmp_path / "o.pdf", ("Ambitie", "Doel"), " · ", numbered=True), model=None)
    assert [a.number for a in doc.afspraken] == list(AFSPRAKEN)
    assert doc.afspraken[0].section.startswith("Ambitie 1 – Voldoende en betaalbare woningen > Doel 1.1 ")


@pytest.mark.parametrize("separator", [" · ", " | ", "; ", " – "])
def test_field_line_of_several_labelled_values_goes_to_the_fields_whatever_splits_them(tmp_path, separator):
    doc = extract(_outline(tmp_path / "o.pdf", ("Ambitie", "Doel"), separator), model=None)
    assert len(doc.afspraken) == len(AFSPRAKEN)
    assert all(a.trekker == "De Eik" and a.planning == "eind 2026" for a in doc.afspraken)
    assert all("Trekker" not in a.text for a in doc.afspraken)


def test_field_value_keeps_its_own_closing_bracket():
    assert parse_attributes("Trekker: Corporaties · Betrokken: Gemeente (team Geldzorgen)") == {
        "trekker": "Corporaties", "betrokken": "Gemeente (team Geldzorgen)"}
    assert parse_attributes("(trekker: gemeente; gereed: Q3 2025)") == {"trekker": "gemeente", "gereed": "Q3 2025"}


def test_bod_wish_table_bids_only_in_the_right_column_by_their_codes(tmp_path):
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
    bids = ["Wij realiseren in 2026 ten minste 80 sociale huurwoningen in het plan Oeverlanden.",
            "Wij verkopen in 2026 maximaal 12 huurwoningen, uitsluitend bij mutatie.",
            "Wij wijzen ten minste 20% van de vrijkomende woningen toe aan starters.",
            "Wij verduurzamen in 2026 de laatste 45 woningen met label E, F of G."]
    rows = [["Wens gemeente (uit de woonvisie)", "Ons bod"],
            [Paragraph("De gemeente vraagt jaarlijks 60 sociale huurwoningen toe te voegen en minder te verkopen.",
                       cell), Paragraph(f"B1 {bids[0]}<br/>B2 {bids[1]}", cell)],
            [Paragraph("De woonvisie vraagt om voorrang voor starters.", cell),
             Paragraph(f"B3 {bids[2]}", cell)],
            [Paragraph("Uiterlijk eind 2028 heeft geen huurwoning meer een E-, F- of G-label.", cell),
             Paragraph(f"B4 {bids[3]}", cell)]]
    table = Table(rows, colWidths=[220, 250])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Bod op de woonvisie 2026", TITLE), Paragraph("Beschikbaarheid", CHAPTER), table])
    doc = extract(path, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(f"B{i}", t) for i, t in enumerate(bids, 1)]


@pytest.mark.parametrize("heading", ["Vervallen afspraken", "Afgeronde afspraken", "Niet meer van toepassing",
                                     "2 Afspraken die in 2025 zijn afgerond", "LEAD:De volgende afspraken uit de "
                                     "jaarschijf 2025 vervallen:"])
def test_a_heading_that_lists_last_years_lapsed_afspraken_is_context(tmp_path, heading):
    path = tmp_path / "v.pdf"
    story = [Paragraph("Prestatieafspraken 2026", TITLE), Paragraph("1 Afspraken", CHAPTER)]
    story += [Paragraph(f"1.{i} {text}", BODY) for i, text in enumerate(list(AFSPRAKEN.values())[:3], 1)]
    lead = heading.startswith("LEAD:")
    story += [Paragraph("2 Overig", CHAPTER), Paragraph(heading[5:], BODY)] if lead else [Paragraph(heading, CHAPTER)]
    story += [Paragraph("• 1.07 Opstellen van een woonzorgvisie (gemeente): vervalt; de visie is vastgesteld.", BODY),
              Paragraph("• 2.03 De Eik plaatst zonnepanelen op 200 woningen (De Eik): afgerond in 2025.", BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = extract(path, model=None)
    assert [a.number for a in doc.afspraken] == ["1.1", "1.2", "1.3"]


LETTERED = {"1.1.a": AFSPRAKEN["1.1.a"], "1.1.b": AFSPRAKEN["1.1.b"], "1.2.a": AFSPRAKEN["1.2.a"],
            "2.1.a": AFSPRAKEN["2.1.a"]}


def _numbered(path: Path, story: list) -> list[tuple[str | None, str]]:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2025", TITLE), Paragraph("Afspraken", CHAPTER), *story])
    return [(a.number, a.text) for a in extract(path, model=None).afspraken]


@pytest.mark.parametrize(("form", "label"), [
    ("{n}) {t}", ""), ("{n}. {t}", ""), ("Afspraak {n}: {t}", ""), ("<b>Afspraak {n}</b> {t}", "Afspraak "),
    ("Maatregel {n} {t}", "Maatregel ")])
def test_numbers_whose_last_part_is_a_letter_are_one_family_in_every_marker_form(tmp_path, form, label):
    style = BODY if form[0].isalpha() or form[0] == "<" else ITEM
    found = _numbered(tmp_path / "n.pdf", [Paragraph(form.format(n=n, t=t), style) for n, t in LETTERED.items()])
    assert found == [(label + n, t) for n, t in LETTERED.items()]  # a label word stays in the number


@pytest.mark.parametrize("header", [True, False])
def test_a_number_column_of_lettered_numbers_is_read_as_numbers(tmp_path, header):
    rows = [[n, Paragraph(t, BODY), "De Eik"] for n, t in LETTERED.items()]
    table = Table([["Nr", "Afspraak", "Trekker"], *rows] if header else rows, colWidths=[40, 330, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    assert _numbered(tmp_path / "t.pdf", [table]) == list(LETTERED.items())


@pytest.mark.parametrize(("text", "lapsed"), [
    ("Vervallen afspraken", True), ("Afspraken die in 2025 zijn afgerond", True),
    ("De volgende afspraken vervallen:", True), ("Niet meer van toepassing: afspraken 2024", True),
    ("Afgeronde en lopende afspraken", False), ("Afspraken die niet vervallen", False),
    ("Afspraken die in 2026 worden afgerond", False), ("Afspraken 2026", False), ("Wonen en zorg", False)])
def test_which_headings_announce_lapsed_afspraken(text, lapsed):
    assert announces_lapsed(text) is lapsed
