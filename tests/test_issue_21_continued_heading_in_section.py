"""A chapter that runs over a page break repeats its heading with a mark on the next page ("2 Betaalbaar wonen
(vervolg)", "Routekaart 2025 (vervolg)", dev families lindegracht, klaverwijk, ransdonk, ravensloot, ...): the
afspraken under it were put in a section of their own, "2 Betaalbaar wonen (vervolg)"; they stay in the section
the heading continues now. A heading that only ends in the word ("Evaluatie en vervolg") keeps it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

W, H = A4


def build(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pages = [
        [("2 Betaalbaar wonen", [
            "De corporatie bouwt in 2026 ten minste 40 sociale huurwoningen in het plan De Akkers.",
            "De gemeente wijst in 2026 twee nieuwe locaties aan voor sociale huur.",
        ])],
        [("2 Betaalbaar wonen (vervolg)", [
            "De corporatie verkoopt in 2026 ten hoogste 5 sociale huurwoningen.",
        ]), ("3 Evaluatie en vervolg", [
            "Partijen evalueren de afspraken in het vierde kwartaal van 2026.",
        ])],
    ]
    number = 0
    for page in pages:
        y = H - 80
        for heading, items in page:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(60, y, heading)
            y -= 26
            c.setFont("Helvetica", 10)
            for text in items:
                number += 1
                c.drawString(60, y, f"{number}.")
                c.drawString(80, y, text)
                y -= 22
            y -= 14
        c.showPage()
    c.save()


def test_afspraken_under_a_continued_heading_stay_in_its_section(tmp_path: Path) -> None:
    path = tmp_path / "vervolg.pdf"
    build(path)
    doc = run.extract(path, model=None)
    assert [(a.number, a.section) for a in doc.afspraken] == [
        ("1", "2 Betaalbaar wonen"), ("2", "2 Betaalbaar wonen"), ("3", "2 Betaalbaar wonen"),
        ("4", "3 Evaluatie en vervolg"),
    ]
