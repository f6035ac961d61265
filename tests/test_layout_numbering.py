"""Issue #21: numbering styles, per-afspraak attributes and unnumbered afspraken, each on a PDF made here.

The styles are the ones real agreements use beyond the bundled corpus (A1, A.1, B-2, II.3, IV., Activiteit 3,
Actie 4, Maatregel 2, § 3, margin numbers, tables without an Nr column, restarts per party), the attributes the
forms they are printed in (a line under the afspraak, a table column, a trailing parenthesis or sentence). Every
test runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.attributes import parse_attributes, split_attributes
from pipeline.meta import detect_gemeenten, detect_meta, looks_like_organisation
from pipeline.numbering import find_marker, learn_numbering
from pipeline.structure import cell_kind
from pipeline.types import Block, DocumentMeta, Line

BACKEND = "pdfplumber"


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request, monkeypatch):
    monkeypatch.setitem(globals(), "BACKEND", request.param)
    return request.param


def extract(path, **kwargs):
    return run.extract(path, parse={"backend": BACKEND}, model=None, **kwargs)


BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
SMALL = ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=8, leading=10, leftIndent=24)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6)
PROSE = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TEXTS = [
    "Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan de helft "
    "voor starters.",
    "De gemeente stelt uiterlijk eind 2024 een nieuwe huisvestingsverordening vast, na advies van de "
    "huurdersvereniging.",
    "De Eik isoleert in de periode 2024-2026 alle 300 woningen in Zuid tot minimaal label B, zonder huurverhoging.",
    "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de leefbaarheid te bespreken.",
]
OPENING = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Beschikbaarheid en duurzaamheid", HEAD)]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


STYLES = {
    "A1": ["A1", "A2", "A3", "A4"],
    "A.1": ["A.1", "A.2", "A.3", "A.4"],
    "B-2": ["B-1", "B-2", "B-3", "B-4"],
    "II.3": ["II.1", "II.2", "II.3", "II.4"],
    "IV.": ["I.", "II.", "III.", "IV."],
    "Activiteit 3": ["Activiteit 1", "Activiteit 2", "Activiteit 3", "Activiteit 4"],
    "Actie 4": ["Actie 1", "Actie 2", "Actie 3", "Actie 4"],
    "Maatregel 2": ["Maatregel 1:", "Maatregel 2:", "Maatregel 3:", "Maatregel 4:"],
    "§ 3": ["§ 1", "§ 2", "§ 3", "§ 4"],
}
NUMBERS = {
    "IV.": ["I", "II", "III", "IV"],
    "Maatregel 2": ["Maatregel 1", "Maatregel 2", "Maatregel 3", "Maatregel 4"],
}


@pytest.mark.parametrize("style", list(STYLES))
def test_numbering_style_in_front_of_the_text(tmp_path, backend, style):
    markers = STYLES[style]
    items = [Paragraph(f"{m} {t}", BODY) for m, t in zip(markers, TEXTS, strict=True)]
    pdf = build(tmp_path / "n.pdf", OPENING + items)
    doc = extract(pdf)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == NUMBERS.get(style, [m.rstrip(".:") for m in markers])


@pytest.mark.parametrize("label", ["Maatregel", "Activiteit", "Actie"])
def test_label_on_its_own_line_heads_the_paragraph_under_it(tmp_path, backend, label):
    flowables = list(OPENING)
    for i, text in enumerate(TEXTS, 1):
        flowables += [Paragraph(f"{label} {i}", LABEL), Paragraph(text, BODY)]
    doc = extract(build(tmp_path / "l.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == [f"{label} {i}" for i in range(1, 5)]
    assert {a.section for a in doc.afspraken} == {"Beschikbaarheid en duurzaamheid"}


def test_numbers_in_a_margin_column(tmp_path, backend):
    rows = [[str(i), Paragraph(t, BODY)] for i, t in enumerate(TEXTS, 1)]
    table = Table(rows, colWidths=[40, 400])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))  # no rules: a margin, not a table
    pdf = build(tmp_path / "m.pdf", OPENING + [table])
    doc = extract(pdf)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]


def test_lettered_numbers_restart_per_party(tmp_path, backend):
    flowables = [Paragraph("Prestatieafspraken 2024", HEAD),
                 Paragraph("Gemeente Eikdorp, Woonstichting De Eik en Stichting Wonen Noord", BODY)]
    for party, texts in (("Woonstichting De Eik", TEXTS[:2]), ("Stichting Wonen Noord", TEXTS[2:])):
        flowables.append(Paragraph(f"Afspraken met {party}", HEAD))
        flowables += [Paragraph(f"B-{i} {t}", BODY) for i, t in enumerate(texts, 1)]
    doc = extract(build(tmp_path / "r.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == ["B-1", "B-2", "B-1", "B-2"]
    assert [a.party for a in doc.afspraken] == ["Woonstichting De Eik"] * 2 + ["Stichting Wonen Noord"] * 2


ATTRIBUTE_LINES = [
    ("Wie: De Eik | Wanneer: 2024 | Status: loopt", "De Eik", "2024", {"status": "loopt"}),
    ("Trekker: gemeente; Planning: eind 2024", "gemeente", "eind 2024", None),
    ("Eigenaar: De Eik | Termijn: 2024-2026 | Budget: € 2,4 miljoen", "De Eik", "2024-2026",
     {"budget": "€ 2,4 miljoen"}),
    ("Verantwoordelijk: partijen | Gereed: Q4 2024 | Indicator: twee avonden | Monitoring: jaarverslag",
     "partijen", "Q4 2024", {"indicator": "twee avonden", "monitoring": "jaarverslag"}),
]


def test_attribute_line_under_each_afspraak_goes_to_fields(tmp_path, backend):
    flowables = list(OPENING)
    for i, (text, (line, *_)) in enumerate(zip(TEXTS, ATTRIBUTE_LINES, strict=True), 1):
        flowables += [Paragraph(f"A{i} {text}", BODY), Paragraph(line, SMALL)]
    doc = extract(build(tmp_path / "a.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [(a.trekker, a.planning, a.attributes) for a in doc.afspraken] == \
        [(w, p, o) for _, w, p, o in ATTRIBUTE_LINES]


def test_attribute_line_under_a_label_heading(tmp_path, backend):
    flowables = list(OPENING)
    for i, text in enumerate(TEXTS, 1):
        flowables += [Paragraph(f"Maatregel {i}", LABEL), Paragraph(text, BODY),
                      Paragraph("Verantwoordelijk: gemeente en corporatie", SMALL)]
    doc = extract(build(tmp_path / "v.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert {a.trekker for a in doc.afspraken} == {"gemeente en corporatie"}


def test_trailing_parenthesis_goes_to_fields(tmp_path, backend):
    paragraphs = [Paragraph(f"II.{i} {t[:-1]} (trekker: gemeente; gereed: Q3 2025).", BODY)
                  for i, t in enumerate(TEXTS, 1)]
    doc = extract(build(tmp_path / "p.pdf", OPENING + paragraphs))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert all(a.trekker == "gemeente" and a.planning == "Q3 2025" for a in doc.afspraken)


def test_table_without_nr_column_with_attribute_columns(tmp_path, backend):
    rows = [["Maatregel", "Eigenaar", "Termijn", "Status"]] + [[Paragraph(t, BODY), "De Eik", "2024", "loopt"]
                                                               for t in TEXTS]
    table = Table(rows, colWidths=[280, 60, 50, 50])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc = extract(build(tmp_path / "t.pdf", [*OPENING, table]))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert all(a.number is None and a.trekker == "De Eik" and a.planning == "2024"
               and a.attributes == {"status": "loopt"} for a in doc.afspraken)


def test_table_with_a_label_column_beside_the_text(tmp_path, backend):
    rows = [["Actie", "Omschrijving", "Wie", "Wanneer"]] + [[f"Actie {i}", Paragraph(t, BODY), "De Eik", "2024"]
                                                           for i, t in enumerate(TEXTS, 1)]
    table = Table(rows, colWidths=[50, 290, 50, 50])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc = extract(build(tmp_path / "t.pdf", [*OPENING, table]))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == [f"Actie {i}" for i in range(1, 5)]


CONTEXT = [
    "De druk op de woningmarkt in Eikdorp is onverminderd groot en de wachttijden lopen verder op.",
    "In 2023 zijn in Eikdorp 48 nieuwe sociale huurwoningen opgeleverd, alle in de wijk Noord.",
    "Partijen maken hierover de volgende afspraken:",
]


def test_unnumbered_commitment_paragraphs_under_theme_headings(tmp_path, backend):
    flowables = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Beschikbaarheid", HEAD)]
    flowables += [Paragraph(t, PROSE) for t in CONTEXT]
    flowables += [Paragraph(t, PROSE) for t in TEXTS[:2]]
    flowables += [Paragraph("Duurzaamheid", HEAD), Paragraph(CONTEXT[0], PROSE)]
    flowables += [Paragraph(t, PROSE) for t in TEXTS[2:]]
    doc = extract(build(tmp_path / "u.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert all(a.number is None for a in doc.afspraken)
    assert [a.section for a in doc.afspraken] == ["Beschikbaarheid"] * 2 + ["Duurzaamheid"] * 2
    assert any("no numbered afspraken" in w for w in doc.warnings)


def test_a_document_of_only_context_has_no_afspraken(tmp_path, backend):
    flowables = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Beschikbaarheid", HEAD)]
    doc = extract(build(tmp_path / "c.pdf", flowables + [Paragraph(t, PROSE) for t in CONTEXT]))
    assert doc.afspraken == ()
    assert "no afspraken found" in doc.warnings


def line(text: str, top: float = 100.0) -> Line:
    return Line(text, 1, 70.0, 500.0, top, top + 10, 10.0)


@pytest.mark.parametrize(("texts", "marker"), [
    (["A1 De gemeente bouwt.", "A2 De Eik bouwt."], "A1"),
    (["Q4 2025 is de oplevering.", "Q3 2025 start de bouw."], None),  # a quarter, not a marker
    (["A2 richting Utrecht wordt verbreed.", "De gemeente bouwt."], None),  # one line alone: no family
    (["12 De gemeente bouwt.", "13 De Eik bouwt."], None),  # bare numbers need 1 and 2 and three of them
    (["1 De gemeente bouwt.", "2 De Eik bouwt.", "3 Partijen bouwen."], "1"),
])
def test_a_learnt_style_needs_a_family(texts, marker):
    numbering = learn_numbering([line(t, 100 + 20 * i) for i, t in enumerate(texts)])
    found = find_marker(texts[0], numbering)
    assert (found[2] if found else None) == marker


@pytest.mark.parametrize(("text", "expected"), [
    ("Wie: gemeente | Wanneer: 2024 | Status: loopt", {"wie": "gemeente", "wanneer": "2024", "status": "loopt"}),
    ("trekker: corporatie; gereed: Q3 2025", {"trekker": "corporatie", "gereed": "Q3 2025"}),
    ("De gemeente bouwt. Wie: gemeente", None),
    ("Status", None),
])
def test_parse_attributes(text, expected):
    assert parse_attributes(text) == expected


@pytest.mark.parametrize(("text", "rest", "found"), [
    ("De Eik bouwt 40 woningen (trekker: De Eik; gereed: 2025).", "De Eik bouwt 40 woningen.",
     {"trekker": "De Eik", "gereed": "2025"}),
    ("De Eik bouwt 40 woningen. Verantwoordelijk: corporatie", "De Eik bouwt 40 woningen.",
     {"verantwoordelijk": "corporatie"}),
    ("De Eik bouwt 40 woningen (waarvan 20 voor starters).", "De Eik bouwt 40 woningen (waarvan 20 voor starters).",
     {}),
])
def test_split_attributes(text, rest, found):
    assert split_attributes(text) == (rest, found)


def block(text: str, kind: str = "heading", page: int = 1) -> Block:
    return Block(kind, text, page, 70.0, 100.0, 12.0)  # type: ignore[arg-type]


def test_jaarschijf_year_apart_from_the_period():
    meta = detect_meta([block("Prestatieafspraken 2023-2026"), block("Jaarschijf 2025"),
                        block("Gemeente Eikdorp"), block("Woonstichting Hof en Veen")])
    assert meta["years"] == (2023, 2024, 2025, 2026)
    assert meta["year"] == 2025
    assert meta["corporaties"] == ("Woonstichting Hof en Veen",)
    assert DocumentMeta("x.pdf", "0" * 64, 1, years=(2023, 2024)).year == 2023  # as the former property gave


@pytest.mark.parametrize(("name", "ok"), [
    ("Woonstichting Hof en Veen", True), ("Huurdersraad De Sluiswachter", True), ("Vivare", True),
    ("Woonstichting voor de bouw van", False), ("Stichting 2024", False), ("Woonstichting De", False),
])
def test_an_organisation_name_looks_like_one(name, ok):
    assert looks_like_organisation(name) is ok


@pytest.mark.parametrize("numbered", [True, False])
def test_unruled_table_rows(tmp_path, backend, numbered):
    header = (["Nr"] if numbered else []) + ["Maatregel", "Eigenaar", "Termijn"]
    rows = [header] + [([str(i)] if numbered else []) + [Paragraph(t, BODY), "De Eik", "2024"]
                       for i, t in enumerate(TEXTS, 1)]
    table = Table(rows, colWidths=([30] if numbered else []) + [300, 60, 50])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    doc = extract(build(tmp_path / "u.pdf", [*OPENING, table]))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == (["1", "2", "3", "4"] if numbered else [None] * 4)
    assert all(a.trekker == "De Eik" and a.planning == "2024" for a in doc.afspraken)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gemeente Ternha-\nven en Woonstichting De Eik", []),  # a word cut at the line end is no name
    ("Verantwoordelijk: gemeente\nGereed: Q4 2025", []),  # an attribute label is no name
    ("de gemeente Hof van Twente en de gemeente Alphen aan den Rijn", ["Hof van Twente", "Alphen aan den Rijn"]),
    ("burgemeester en wethouders van de gemeente Eikdorp", ["Eikdorp"]),
])
def test_gemeente_names(text, expected):
    assert detect_gemeenten(text) == expected


@pytest.mark.parametrize("opening", ["heading", "lead-in"])
def test_unnumbered_afspraken_beside_numbered_ones(tmp_path, backend, opening):
    """Issue #21: a document with numbered afspraken that also writes some as paragraphs under an agreement heading
    ("Afspraken") or a lead-in ("Partijen spreken af:"): those paragraphs that commit someone are afspraken
    with number null, the context paragraph beside them is not, and nor is a paragraph under another heading."""
    context = "In 2023 werden 40 woningen opgeleverd; de wachttijd bedroeg gemiddeld vier jaar."
    agreement = [Paragraph("Afspraken", HEAD)] if opening == "heading" else \
        [Paragraph("Wonen en zorg", HEAD), Paragraph("Partijen spreken af:", PROSE)]
    flowables = [*OPENING, *[Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(TEXTS[:2], 1)],
                 Paragraph("Wonen en zorg in de kernen", HEAD), Paragraph(TEXTS[3], PROSE),
                 *agreement, Paragraph(context, PROSE), Paragraph(TEXTS[2], PROSE), Paragraph(TEXTS[3], PROSE)]
    doc = extract(build(tmp_path / "a.pdf", flowables))
    assert [a.text for a in doc.afspraken] == [*TEXTS[:2], TEXTS[2], TEXTS[3]]
    assert [a.number for a in doc.afspraken] == ["1", "2", None, None]


TREKKERS = ["Woonstichting De Eik", "gemeente", "De Eik", "Alle partijen"]
PLANNING = ["2024", "Q3 2025", "eind 2026", "doorlopend"]


def headerless_table(numbered: bool, texts: list[str], **kwargs) -> Table:
    """An unruled table without a header row: [Nr] | text | who | when, top-aligned as word processors set it."""
    rows = [([f"{i + 1}."] if numbered else []) + [Paragraph(t, BODY), TREKKERS[i % 4], PLANNING[i % 4]]
            for i, t in enumerate(texts)]
    table = Table(rows, colWidths=([30] if numbered else []) + [300, 110, 60], **kwargs)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


@pytest.mark.parametrize("numbered", [True, False])
def test_unruled_table_without_header_row(tmp_path, backend, numbered):
    """Issue #21: an unruled table without a header row reads as rows, like a ruled one: each row one afspraak, its
    text cell the text, and the who and when columns to trekker and planning by what their cells hold."""
    flowables = [*OPENING, Paragraph("Partijen spreken het volgende af.", PROSE), headerless_table(numbered, TEXTS),
                 Paragraph("Over de voortgang rapporteren partijen twee keer per jaar in het bestuurlijk overleg "
                           "aan de hand van de monitor.", PROSE)]
    doc = extract(build(tmp_path / "h.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == (["1", "2", "3", "4"] if numbered else [None] * 4)
    assert [a.trekker for a in doc.afspraken] == TREKKERS
    assert [a.planning for a in doc.afspraken] == PLANNING


@pytest.mark.parametrize("numbered", [True, False])
def test_unruled_table_without_header_row_over_a_page_break(tmp_path, backend, numbered):
    """A headerless unruled table that runs over a page break, with a row cut in two by it: the rows on the next
    page are read as rows too, and the rest of the cut row joins its text."""
    filler = [Paragraph(CONTEXT[0] + " " + CONTEXT[1], PROSE) for _ in range(10)]
    texts = [f"{t[:-1]}, conform de afspraken uit {2015 + i}." for i, t in enumerate(TEXTS * 3)]
    flowables = [*OPENING, *filler, headerless_table(numbered, texts, splitInRow=1)]
    doc = extract(build(tmp_path / "b.pdf", flowables))
    assert [a.text for a in doc.afspraken] == texts
    assert {a.page for a in doc.afspraken} == {1, 2}
    assert any(a.end_page == 2 and a.page == 1 for a in doc.afspraken)  # the row the page break cut
    assert [a.trekker for a in doc.afspraken] == TREKKERS * 3
    assert [a.planning for a in doc.afspraken] == PLANNING * 3


def test_ruled_table_without_header_row(tmp_path, backend):
    """The same table with rules: its rows are read by what their cells hold as well."""
    table = headerless_table(True, TEXTS)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc = extract(build(tmp_path / "r.pdf", [*OPENING, table]))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [(a.number, a.trekker, a.planning) for a in doc.afspraken] == \
        [(str(i), w, p) for i, (w, p) in enumerate(zip(TREKKERS, PLANNING, strict=True), 1)]


HEADLINE = ParagraphStyle("hl", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
LETTER = ParagraphStyle("lt", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=4)


def test_section_sign_chapters_a_little_larger_than_the_body_are_headings(tmp_path, backend):
    """Bug (marwolde-bod-2025): chapters '§ 4 Woningkwaliteit en wonen met zorg' set bold at 12 on a 10.5 body, in
    a bod whose afspraken are 'Activiteit N': the numbered chapters are headings, never afspraken."""
    flowables = [Paragraph("Bod 2025 van Woonstichting De Eik", HEAD)]
    for chapter, title in enumerate(["Betaalbaarheid", "Woningkwaliteit en wonen met zorg"], 1):
        flowables.append(Paragraph(f"§ {chapter} {title}", HEADLINE))
        flowables += [Paragraph(f"Activiteit {2 * chapter + i - 2} {t}", LETTER)
                      for i, t in enumerate(TEXTS[2 * chapter - 2: 2 * chapter], 1)]
    doc = extract(build(tmp_path / "s.pdf", flowables))
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.number for a in doc.afspraken] == [f"Activiteit {i}" for i in range(1, 5)]
    assert [a.section.split(" > ")[-1] for a in doc.afspraken] == \
        ["§ 1 Betaalbaarheid"] * 2 + ["§ 2 Woningkwaliteit en wonen met zorg"] * 2


@pytest.mark.parametrize(("text", "kind"), [
    ("3.", "number"), ("B-2", "number"), ("Actie 4", "number"),
    ("2025", "when"), ("Q3 2025", "when"), ("eind 2026", "when"), ("1 juli 2025", "when"), ("doorlopend", "when"),
    ("2024-2026", "when"), ("gemeente", "who"), ("Woonstichting De Eik", "who"), ("De Eik / gemeente", "who"),
    ("Alle partijen", "who"),
    ("Gemeente Zuidermeer ____________", None),  # a signature line beside the text is no who
    ("De gemeente bouwt 20 woningen", None), ("120 woningen", None), ("Sociale huurwoningen", None),
])
def test_cell_kind(text, kind):
    assert cell_kind(text) == kind


PART = ParagraphStyle("part", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=6)
HANGING = ParagraphStyle("hang", fontName="Helvetica", fontSize=10, leading=13, leftIndent=32, spaceAfter=5,
                         bulletIndent=0, bulletFontName="Helvetica-Bold", bulletFontSize=10)


def test_lettered_parts_set_larger_than_numbered_chapters(tmp_path, backend):
    """Parts "A Regionale afspraken", "B Lokale afspraken" set larger than the chapters "1 Inleiding",
    "2 Terugblik" before them close those chapters (the afspraken are not under Terugblik); Part A numbers its
    afspraken "R1", "R2" in bold in the margin with the text in a hanging indent, Part B restarts at 1 per
    gemeente chapter."""
    context = "In 2023 werden 40 woningen opgeleverd; de wachttijd bedroeg gemiddeld vier jaar."
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=12)
    flowables = [Paragraph("Regionale prestatieafspraken 2024", title),
                 Paragraph("1 Inleiding", HEAD), Paragraph(context, PROSE),
                 Paragraph("2 Terugblik op 2023", HEAD), Paragraph(context, PROSE),
                 Paragraph("A Regionale afspraken", PART), Paragraph("A1 Betaalbaar wonen", HEAD),
                 Paragraph(context, PROSE),
                 *[Paragraph(t, HANGING, bulletText=f"R{i}") for i, t in enumerate(TEXTS[:2], 1)],
                 Paragraph("B Lokale afspraken", PART)]
    for chapter, texts in (("B1 Gemeente Eikdorp", TEXTS[1:]), ("B2 Gemeente Noordveen", TEXTS[:2])):
        flowables += [Paragraph(chapter, HEAD),
                      *[Paragraph(t, HANGING, bulletText=f"{i}") for i, t in enumerate(texts, 1)]]
    doc = extract(build(tmp_path / "p.pdf", flowables))
    assert [a.text for a in doc.afspraken] == [*TEXTS[:2], *TEXTS[1:], *TEXTS[:2]]
    assert [a.number for a in doc.afspraken] == ["R1", "R2", "1", "2", "3", "1", "2"]
    assert doc.afspraken[0].section == "A Regionale afspraken > A1 Betaalbaar wonen"
    assert doc.afspraken[2].section.startswith("B Lokale afspraken > B")


BULLET = ParagraphStyle("bul", fontName="Helvetica", fontSize=10, leading=13, leftIndent=14, bulletIndent=4,
                        spaceAfter=3)
SUB_BULLET = ParagraphStyle("sub", parent=BULLET, leftIndent=30, bulletIndent=18)
RUN_IN = ParagraphStyle("runin", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)


def test_bullets_under_a_lead_in_of_facts_are_no_afspraken(tmp_path, backend):
    """Bullets are afspraken under an agreement lead-in ("Wat spreken we af?"), not under a lead-in of facts
    ("Ontwikkelingen in 2023:"); a bullet afspraak ending in a colon keeps the dash list indented under it."""
    facts = ["de eerste fase van Kwartelveld werd met 32 woningen opgeleverd;",
             "de gemeenteraad stelde het bestemmingsplan voor de Molenkade vast;",
             "de sloop van 18 verouderde woningen aan de Vlasakker werd afgerond."]
    lead = "De gemeente en De Eik verlenen bij de toewijzing voorrang aan de volgende groepen:"
    groups = ["mantelzorgers en zorgontvangers;", "woningzoekenden die uitstromen uit beschermd wonen;",
              "slachtoffers van huiselijk geweld."]
    flowables = [*OPENING, Paragraph("Wonen in de kernen vraagt om meer sociale huurwoningen.", PROSE),
                 Paragraph("Ontwikkelingen in 2023:", PROSE), *[Paragraph(f, BULLET, bulletText="•") for f in facts],
                 Paragraph("Wat spreken we af?", RUN_IN),
                 *[Paragraph(t, BULLET, bulletText="•") for t in TEXTS[:2]], Paragraph(lead, BULLET, bulletText="•"),
                 *[Paragraph(g, SUB_BULLET, bulletText="–") for g in groups]]
    doc = extract(build(tmp_path / "f.pdf", flowables))
    assert [a.text for a in doc.afspraken] == [*TEXTS[:2], " ".join([lead, *(f"– {g}" for g in groups)])]
    assert {a.number for a in doc.afspraken} == {None}
