"""A figure that wraps to the start of a line of context ("... daalde van 47 naar" / "52. Partijen zetten ...")
is no list number, made here and read by both parse backends (kempenhorst-2026: a false afspraak "52")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from pipeline import run

WIDTH, HEIGHT = A4
ITEMS = [
    ("2.1.1", ["Woonstichting De Eik beperkt de huurverhoging per 1 juli 2025 tot ten hoogste de inflatie",
               "over het voorgaande jaar."]),
    ("2.1.2", ["De gemeente stelt in 2025 een nieuwe huisvestingsverordening vast, na advies van de",
               "huurdersvereniging."]),
]
CONTEXT = ["In 2024 steeg het aantal huurders met een achterstand van meer dan drie maanden licht, van 47 naar",
           "52. Partijen zetten daarom eerder in op contact met de huurder."]
MORE = [
    ("2.2.1", ["Woonstichting De Eik neemt binnen een maand na het ontstaan van een huurachterstand contact op",
               "met de huurder."]),
    ("2.2.2", ["De gemeente meldt huurders met een achterstand aan bij het team Schuldhulp, met hun",
               "toestemming."]),
]


def _items(c: Canvas, items: list[tuple[str, list[str]]], y: float) -> float:
    for number, lines in items:
        c.setFont("Helvetica", 10.5)
        c.drawString(68, y, number)
        for line in lines:
            c.drawString(102, y, line)
            y -= 13.5
        y -= 8
    return y


def _build(path: Path) -> Path:
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(68, HEIGHT - 70, "2 Betaalbaarheid")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(68, HEIGHT - 100, "2.1 Huurbeleid")
    y = _items(c, ITEMS, HEIGHT - 122)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(68, y - 6, "2.2 Huurachterstanden")
    y -= 26
    c.setFont("Helvetica", 10.5)
    for line in CONTEXT:
        c.drawString(68, y, line)
        y -= 13.5
    _items(c, MORE, y - 8)
    c.showPage()
    c.save()
    return path


def test_a_figure_wrapped_to_the_start_of_a_context_line_is_no_afspraak_number(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "figure.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["2.1.1", "2.1.2", "2.2.1", "2.2.2"]


def test_a_numbered_afspraak_under_a_field_line_is_no_wrapped_figure(tmp_path, backend):
    """A field line ("Wanneer: 1 juli 2024") ends without a full stop, but no sentence breaks off there: the
    numbered line under it at the same left edge is the next afspraak (tests/test_layout_overview.py)."""
    c = Canvas(str(tmp_path / "field.pdf"), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(68, HEIGHT - 70, "1 Wonen")
    c.setFont("Helvetica", 10.5)
    y = HEIGHT - 100
    for line in ["1. Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord.",
                 "Wanneer: 1 juli 2024",
                 "2. De gemeente stelt een nieuwe huisvestingsverordening vast, na advies van de huurders."]:
        c.drawString(68, y, line)
        y -= 13.5
    c.showPage()
    c.save()
    doc = run.extract(tmp_path / "field.pdf", parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2"]
    assert doc.afspraken[0].planning == "1 juli 2024"


def _plain_heading(path: Path) -> Path:
    """A heading set in body type without a full stop ("Afspraken"), right above the first numbered afspraak."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10.5)
    y = HEIGHT - 80
    for line in ["Prestatieafspraken 2022", "Afspraken",
                 "1. Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord.",
                 "2. De gemeente levert in 2024 de grond voor 40 van die woningen tegen een sociale grondprijs."]:
        c.drawString(68, y, line)
        y -= 13.5
    c.showPage()
    c.save()
    return path


def test_issue_23_a_short_line_above_a_number_is_no_sentence_cut_by_the_wrap(tmp_path, backend):
    # 25aad9c read "1." under "Afspraken" as a wrapped figure: the line above never ran to the end of its measure
    doc = run.extract(_plain_heading(tmp_path / "plain.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2"]
