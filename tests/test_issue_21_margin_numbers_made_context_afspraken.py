"""A document that numbers every paragraph in the margin (the legal style: 1, 2, 3 ... through inleiding, context,
afspraken and slotbepalingen, chapters numbered in words, "Wat we constateren" / "Wat we afspreken" as italic
tussenkopjes barely larger than the text) had every numbered paragraph read as an afspraak, issue #21. The number
says nothing there: the sub-heading and the commitment reading decide. Made with reportlab."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import pipeline

WIDTH, HEIGHT = A4

CONTEXT = "context"
BODY = [
    ("heading", "Hoofdstuk één – Inleiding"),
    (CONTEXT, "Deze prestatieafspraken zijn opgesteld door de gemeente Roerdal, Woonstichting Beekdal en de"),
    (CONTEXT, "Het beleid van de gemeente is neergelegd in de woonvisie Thuis in Roerdal 2022-2027 en in de"),
    ("heading", "Hoofdstuk twee – Beschikbaar en betaalbaar wonen"),
    ("sub", "Wat we constateren"),
    (CONTEXT, "De vraag naar betaalbare huurwoningen blijft in Roerdal groter dan het aanbod, vooral bij starters."),
    (CONTEXT, "De corporatie heeft de afgelopen jaren veel woningen gebouwd, maar de wachttijd liep toch op."),
    ("sub", "Wat we afspreken"),
    ("afspraak", "De corporatie realiseert in 2024 ten minste 40 nieuwe sociale huurwoningen in de wijk Noord."),
    ("afspraak", "De gemeente stelt uiterlijk eind 2024 het bestemmingsplan voor de locatie Roerkade vast."),
    ("afspraak", "Partijen hebben de ambitie de gemiddelde inschrijfduur terug te brengen tot maximaal 4 jaar."),
    ("heading", "Hoofdstuk drie – Samenwerking en slotbepalingen"),
    ("sub", "Context"),
    (CONTEXT, "Partijen hechten aan een gelijkwaardige samenwerking waarin ieder vanuit de eigen rol bijdraagt."),
    ("sub", "Afspraken"),
    ("afspraak", "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg."),
    ("afspraak", "De corporatie stelt de huurdersvereniging jaarlijks een bedrag van 25.000 euro beschikbaar."),
    ("sub", "Slotbepalingen"),
    (CONTEXT, "Deze prestatieafspraken gelden van 1 januari tot en met 31 december 2024."),
    (CONTEXT, "Bij een geschil over de uitleg van deze afspraken treden partijen eerst met elkaar in overleg."),
    # a chapter without tussenkopjes: there the commitment reading decides
    ("heading", "Hoofdstuk vier – Overige afspraken"),
    (CONTEXT, "In 2023 is de woonvisie door de gemeenteraad vastgesteld na een uitgebreid participatietraject."),
    ("afspraak", "De gemeente organiseert in 2024 een woonconferentie voor alle partijen en de bewoners."),
]


def margin_pdf(path: Path, body: list[tuple[str, str]], sub_size: float = 11.5) -> Path:
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 18)
    c.drawString(77, HEIGHT - 70, "Prestatieafspraken 2024")
    c.setFont("Times-Roman", 10.5)
    c.drawString(77, HEIGHT - 92, "Gemeente Roerdal, Woonstichting Beekdal en Huurdersvereniging Beekdal")
    y, number = HEIGHT - 130, 0
    for kind, text in body:
        if kind == "heading":
            y -= 10
            c.setFont("Times-Bold", 15)
            c.drawString(77, y, text)
            y -= 26
        elif kind == "sub":
            c.setFont("Times-Italic", sub_size)
            c.drawString(108, y, text)
            y -= 18
        else:
            number += 1
            c.setFont("Times-Roman", 10.5)
            c.drawString(77, y, str(number))
            c.drawString(108, y, text)
            y -= 18.5
    c.showPage()
    c.save()
    return path


def expected(body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    numbered = [b for b in body if b[0] in ("afspraak", CONTEXT)]
    return [(str(k), text) for k, (kind, text) in enumerate(numbered, 1) if kind == "afspraak"]


def test_issue_21_margin_numbers_made_context_afspraken(tmp_path):
    doc = pipeline.extract(margin_pdf(tmp_path / "margin.pdf", BODY), model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == expected(BODY)


def test_issue_21_margin_numbers_starting_under_the_observations(tmp_path):
    body = BODY[3:]  # no numbered inleiding: the numbers start under "Wat we constateren"
    doc = pipeline.extract(margin_pdf(tmp_path / "margin.pdf", body), model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == expected(body)


def test_issue_21_a_chapter_numbered_in_words_is_no_part_of_its_title():
    from pipeline.parties import heading_title
    from pipeline.structure import non_afspraak_heading

    assert heading_title("Hoofdstuk drie – Beschikbaar en betaalbaar wonen") == "Beschikbaar en betaalbaar wonen"
    assert non_afspraak_heading().match("Hoofdstuk één – Inleiding")
    assert not non_afspraak_heading().match("Hoofdstuk drie – Beschikbaar en betaalbaar wonen")


def test_issue_21_margin_numbers_under_tussenkopjes_half_a_point_larger(tmp_path):
    doc = pipeline.extract(margin_pdf(tmp_path / "margin.pdf", BODY, sub_size=11), model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == expected(BODY)
