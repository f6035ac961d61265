"""Issue #21: a numbered lead-in that only announces the agreed statements below it ("2.10 Bij de toewijzing van
sociale huurwoningen spreken partijen het volgende af:") with lettered items `a)`..`d)` indented under it. The
items were folded into the lead-in as one afspraak 2.10; they are the afspraken and the lead-in is none. A
numbered commitment that lists its own parts ("... realiseren 140 woningen, verdeeld als volgt: a. ...") stays
one afspraak."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

ITEMS = [
    ("a", "Het Pijlhuis wijst ten minste 95% van de vrijkomende woningen passend toe aan huishoudens met recht op "
          "huurtoeslag."),
    ("b", "Het Pijlhuis hanteert voor eenpersoonshuishoudens een inkomensgrens van € 47.699 (prijspeil 2024)."),
    ("c", "Het Pijlhuis wijst ten minste 15% van de vrijkomende appartementen toe aan jongeren tot 28 jaar."),
]
BEFORE = "Het Pijlhuis neemt uiterlijk twee maanden na het ontstaan van een huurachterstand contact op met de huurder."
AFTER = "Het Pijlhuis start uiterlijk 1 juli 2024 een verhuisregeling voor senioren met een verhuisvergoeding."


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def hanging(marker: str, text: str, indent: int, width: int = 78) -> list[str]:
    """An item typed with a hanging indent made of spaces: the marker, then its text, the next lines under it."""
    head = " " * indent + marker.ljust(5)
    body = wrap(text, width - len(head))
    return [head + body[0], *(" " * len(head) + line for line in body[1:])]


def typed_pdf(path, lines: list[str]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Courier", 10)
    for i, line in enumerate(lines):
        c.drawString(50, A4[1] - 64 - 12 * i, line)
    c.showPage()
    c.save()


def document(lead_in: str) -> list[str]:
    lines = ["2. BESCHIKBAARHEID", "==================", "", *hanging("2.9", BEFORE, 0), "",
             *hanging("2.10", lead_in, 0)]
    for letter, text in ITEMS:
        lines += hanging(f"{letter})", text, 5)
    return [*lines, "", *hanging("2.11", AFTER, 0)]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_lettered_items_under_an_announcing_lead_in_are_the_afspraken(tmp_path, backend):
    pdf = tmp_path / "typed.pdf"
    typed_pdf(pdf, document("Bij de toewijzing van sociale huurwoningen spreken partijen het volgende af:"))
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.text) for a in doc.afspraken] == [("2.9", BEFORE), *ITEMS, ("2.11", AFTER)]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_a_commitment_listing_its_parts_keeps_them(tmp_path, backend):
    pdf = tmp_path / "typed.pdf"
    lead_in = "Het Pijlhuis wijst in 2024 vrijkomende woningen toe, verdeeld als volgt:"
    typed_pdf(pdf, document(lead_in))
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == ["2.9", "2.10", "2.11"]
    assert doc.afspraken[1].text.startswith(lead_in) and ITEMS[2][1] in doc.afspraken[1].text
