"""A Word inhoudsopgave without dot leaders, every chapter and afspraak title listed with its page number set flush
right: the gap before the numbers is so wide that the parser read them as a column of their own, so the entries
no longer ended in a page number, the contents list stayed in the text and its afspraak titles ("2.1 Nieuwbouw in
De Hoven") were read as afspraken beside the real ones. The numbers are joined back to their entries and the list
is taken out as one with leaders is (issue #21, dev family griendhoven)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pipeline

THEMES = ["Beschikbaar en betaalbaar wonen", "Duurzaamheid", "Kwaliteit en wonen met zorg", "Leefbaarheid",
          "Samenwerking"]
PROJECTS = ["De Hoven", "Oeverkamp", "Slibhaven", "Hoge Waard", "Kreekweg", "Veerdijk", "De Brink"]
# a long report: enough entries that the flush-right page numbers stand as a column of their own
CHAPTERS = {str(n): (theme, [(f"Nieuwe woningen in project {project}",
                              f"Kreekzoom levert in 2026 in project {project} ten minste {10 * n + i} woningen op.")
                             for i, project in enumerate(PROJECTS)])
            for n, theme in enumerate(THEMES, 2)}


def _build(path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(72, 700, "Prestatieafspraken Rietmonde 2026")
    c.setFont("Helvetica", 13)
    c.drawString(72, 650, "Gemeente Rietmonde, Woonstichting Kreekzoom en Huurdersvereniging Het Riet")
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, "Inhoudsopgave")
    y = 725
    for number, (name, items) in [("1", ("Inleiding", [])), *CHAPTERS.items()]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, f"{number} {name}")
        c.drawRightString(523, y, "3" if number == "1" else str(int(number) + 2))
        y -= 15
        c.setFont("Helvetica", 10)
        for i, (title, _) in enumerate(items, 1):
            c.drawString(90, y, f"{number}.{i} {title}")
            c.drawRightString(523, y, str(int(number) + 2))
            y -= 15
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, "1 Inleiding")
    c.setFont("Helvetica", 10)
    c.drawString(72, 730, "Gemeente Rietmonde, Kreekzoom en Het Riet maken ieder jaar afspraken over het wonen.")
    c.showPage()
    for number, (name, items) in CHAPTERS.items():
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 760, f"{number} {name}")
        y = 725
        for i, (title, text) in enumerate(items, 1):
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(72, y, f"{number}.{i} {title}")
            c.setFont("Helvetica", 10)
            c.drawString(72, y - 17, text)
            y -= 45
        c.showPage()
    c.save()


def test_issue_21_contents_page_numbers_flush_right_read_as_afspraken(tmp_path, backend):
    path = tmp_path / "rapport.pdf"
    _build(path)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.page, a.text) for a in doc.afspraken] == [
        (f"{number}.{i}", int(number) + 2, text) for number, (_, items) in CHAPTERS.items()
        for i, (_, text) in enumerate(items, 1)]
