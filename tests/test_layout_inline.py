"""Afspraken listed inline in running prose: "Partijen spreken het volgende af: (1) ...; (2) ...; (3) ... ."
inside one paragraph (the valkenmeer layout of the challenge dev split), and the fact enumerations beside them."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.enumerations import inline_afspraken, inline_enumeration

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14)
HEAD = ParagraphStyle("h", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
NAMES = ("Woonstichting De Eik", "Huurdersvereniging Ons Huis", "Gemeente Abcoude")
ITEMS = [
    "De Eik levert in 2025 ten minste 40 sociale huurwoningen op in het project Stationskwartier;",
    "de gemeente stelt vóór 1 juli 2025 de locatie Molenweg tegen een sociale grondprijs beschikbaar;",
    "partijen hanteren bij nieuwe plannen een aandeel sociale huur van ten minste 30%.",
]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def numbered(items: list[str], style: str = "({})") -> str:
    return " ".join(f"{style.format(k)} {text}" for k, text in enumerate(items, 1))


def test_inline_enumeration_in_a_paragraph_gives_one_afspraak_per_item(tmp_path, backend):
    lead = "Voor de nieuwbouw spreken partijen het volgende af:"
    pdf = build(tmp_path / "p.pdf", [
        Paragraph("Prestatieafspraken 2025 Woonstichting De Eik en Gemeente Abcoude", HEAD),
        Paragraph("3. Beschikbaarheid", HEAD),
        Paragraph("De vraag naar sociale huurwoningen is groter dan het aanbod. De Eik heeft in haar bod aangegeven "
                  "hoeveel woningen zij kan toevoegen.", BODY),
        Paragraph(f"{lead} {numbered(ITEMS)}", BODY),
        Paragraph("Voor de betaalbaarheid komen partijen het volgende overeen: "
                  + numbered(["De Eik past geen inkomensafhankelijke huurverhoging toe;",
                              "De Eik neemt bij twee maanden huurachterstand contact op met de huurder."]), BODY),
    ])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "1", "2"]
    assert [a.text for a in doc.afspraken[:3]] == ITEMS
    assert doc.afspraken[0].lead_in == lead
    assert len({a.id for a in doc.afspraken}) == 5


def test_inline_enumeration_of_facts_under_a_reporting_lead_in_is_no_afspraak(tmp_path, backend):
    pdf = build(tmp_path / "p.pdf", [
        Paragraph("Prestatieafspraken 2025 Woonstichting De Eik en Gemeente Abcoude", HEAD),
        Paragraph("3. Nieuwbouw en voorraad", HEAD),
        Paragraph("In 2024 zijn (a) 42 sociale huurwoningen opgeleverd in de eerste fase van de Havenkade, (b) 96 "
                  "woningen geïsoleerd, (c) 32 vergunninghouders gehuisvest en (d) 7 woningen verkocht. Het aantal "
                  "huisuitzettingen bedroeg 4.", BODY),
        Paragraph("De woonvisie kent drie pijlers: (1) voldoende betaalbare woningen voor wie op de sociale huur is "
                  "aangewezen, (2) duurzame en gezonde woningen en (3) wijken waar bewoners prettig samenleven.", BODY),
        Paragraph(f"Voor de nieuwbouw spreken partijen het volgende af: {numbered(ITEMS)}", BODY),
    ])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == ITEMS


def test_inline_marker_at_the_start_of_a_line_does_not_cut_the_enumeration(tmp_path, backend):
    lines = [
        "Prestatieafspraken 2025 Woonstichting De Eik en Gemeente Abcoude",
        "",
        "Voor de betaalbaarheid spreken partijen het volgende af: (1) De Eik beperkt de huurverhoging per",
        "1 juli 2025 tot ten hoogste de inflatie; (2) De Eik past geen inkomensafhankelijke huurverhoging",
        "toe; (3) De Eik wijst ten minste 80% van de vrijkomende woningen toe onder de tweede",
        "aftoppingsgrens; (4) partijen streven ernaar het aantal huisuitzettingen in 2025 te beperken",
        "(5) De Eik neemt bij twee maanden huurachterstand persoonlijk contact op met de huurder.",
    ]
    lines[5] += ";"
    path = tmp_path / "p.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780
    for k, line in enumerate(lines):
        c.setFont("Times-Bold" if k == 0 else "Times-Roman", 13 if k == 0 else 11)
        c.drawString(70, y, line)
        y -= 14
    c.save()
    doc = run.extract(path, model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4", "5"]
    assert doc.afspraken[4].text.startswith("De Eik neemt bij twee maanden")
    assert doc.afspraken[3].text.endswith("te beperken;")


@pytest.mark.parametrize("item", [
    "De Eik verhoogt de huur niet (zie 3.2) en meldt dit aan de huurders;",
    "De Eik past artikel 2 (a) van de verordening toe bij elke toewijzing;",
    "De Eik isoleert de woningen uit de monitor (1) in 2025 tot label B;",
    "De Eik bouwt 20 woningen (2) en 12 woningen (3) in het Stationskwartier;",
])
def test_markers_inside_an_inline_item_do_not_split_it(item):
    text = f"Partijen spreken het volgende af: (1) {item} (2) de gemeente stelt de locatie Molenweg beschikbaar."
    found = inline_afspraken(text, NAMES)
    assert [(n, t) for n, t, _ in found] == [("1", item), ("2", "de gemeente stelt de locatie Molenweg beschikbaar.")]


@pytest.mark.parametrize("style", ["({})", "{})", "{}°"])
def test_inline_enumeration_styles_and_the_paragraph_after_the_last_item(style):
    text = f"De Eik zegt het volgende toe: {numbered(ITEMS, style)} Dit sluit aan bij de woonvisie."
    listed = inline_enumeration(text)
    assert listed is not None and [i.text for i in listed.items] == ITEMS
    assert listed.tail == "Dit sluit aan bij de woonvisie."
    assert listed.lead_in == "De Eik zegt het volgende toe:"


def test_valkenmeer_inline_afspraken_restart_per_paragraph_and_skip_the_facts():
    doc = run.extract(Path(__file__).parent.parent / "corpus/challenge/dev/pdf/valkenmeer-2025.pdf", model=None)
    assert len(doc.afspraken) == 40
    assert [a.number for a in doc.afspraken[:6]] == ["1", "2", "3", "4", "5", "1"]
    assert all(a.lead_in and a.lead_in.endswith(":") for a in doc.afspraken)
    assert not any("opgeleverd in de eerste fase" in a.text or "pijlers" in (a.lead_in or "") for a in doc.afspraken)


def test_inline_enumeration_set_off_under_its_lead_in_paragraph_is_split(tmp_path, backend):
    indented = ParagraphStyle("i", parent=BODY, leftIndent=24)
    pdf = build(tmp_path / "p.pdf", [
        Paragraph("Prestatieafspraken 2025 Woonstichting De Eik en Gemeente Abcoude", HEAD),
        Paragraph("3. Beschikbaarheid", HEAD),
        Paragraph("Voor de nieuwbouw spreken partijen het volgende af:", ParagraphStyle("l", parent=BODY,
                                                                                         spaceAfter=6)),
        Paragraph(numbered(ITEMS), indented),
    ])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == ITEMS
    assert doc.afspraken[0].lead_in == "Voor de nieuwbouw spreken partijen het volgende af:"


def test_inline_fragments_after_a_party_lead_in_and_roman_markers():
    text = ("De gemeente: (i) stelt vóór 1 juli 2025 de locatie Molenweg beschikbaar; (ii) verleent de vergunningen "
            "binnen acht weken; (iii) past de huisvestingsverordening aan.")
    found = inline_afspraken(text, NAMES)
    assert [n for n, _, _ in found] == ["i", "ii", "iii"]
    assert {lead for _, _, lead in found} == {"De gemeente:"}


def test_an_inline_item_with_its_own_subject_is_read_without_the_lead_in():
    from pipeline.reading import with_lead_in

    lead = "Voor de nieuwbouw spreken partijen het volgende af:"
    assert with_lead_in("de gemeente stelt de locatie Molenweg beschikbaar;", lead).startswith("de gemeente")
    assert with_lead_in("stelt de locatie Molenweg beschikbaar;", "De gemeente:").startswith("De gemeente stelt")
    assert with_lead_in("de huur niet verhogen;", "Partijen spreken af dat zij:").startswith("Partijen")


def test_inline_enumeration_numbered_with_a_full_stop_gives_one_afspraak_per_item(tmp_path, backend):
    lead = "Voor de nieuwbouw spreken partijen het volgende af:"
    pdf = build(tmp_path / "p.pdf", [
        Paragraph("Prestatieafspraken 2025 Woonstichting De Eik en Gemeente Abcoude", HEAD),
        Paragraph("3. Beschikbaarheid", HEAD),
        Paragraph("De vraag naar sociale huurwoningen is groter dan het aanbod.", BODY),
        Paragraph(f"{lead} {numbered(ITEMS, '{}.')}", BODY),
    ])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == ["1", "2", "3"]
    assert [a.text for a in doc.afspraken] == ITEMS
    assert doc.afspraken[0].lead_in == lead


@pytest.mark.parametrize("item", [
    "De Eik bouwt in 2025 ten minste 2.500 m2 bvo en 1.5 keer zoveel parkeerplaatsen;",  # decimals
    "De Eik verhoogt de huur per 1.7.2025 niet en meldt dit op 1. juli aan de huurders;",  # dates
    "De Eik past de regels uit artikel 3. van de verordening toe bij elke toewijzing;",  # a reference
    "De Eik volgt hoofdstuk 2. Daarna volgt de evaluatie met de huurders;",  # a number ending a sentence
])
def test_full_stop_numbers_inside_an_inline_item_do_not_split_it(item):
    text = f"Partijen spreken het volgende af: 1. {item} 2. de gemeente stelt de locatie Molenweg beschikbaar."
    found = inline_afspraken(text, NAMES)
    assert [(n, t) for n, t, _ in found] == [("1", item), ("2", "de gemeente stelt de locatie Molenweg beschikbaar.")]


@pytest.mark.parametrize("text", [
    "In artikel 1. De gemeente stelt de locatie beschikbaar; 2. De Eik bouwt daar 40 woningen.",  # no lead-in colon
    "Partijen spreken af: de huur stijgt met 1. De Eik bouwt; 2. De gemeente stelt de grond beschikbaar.",
    "Partijen spreken af: 1. De gemeente stelt de locatie beschikbaar. 2. De Eik bouwt daar 40 woningen.",
])
def test_full_stop_numbers_outside_a_lead_in_chain_are_no_inline_enumeration(text):
    assert inline_enumeration(text) is None
