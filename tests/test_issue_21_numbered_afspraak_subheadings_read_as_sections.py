"""A long Word report that gives every afspraak a numbered sub-heading of its own ("2.1 Nieuwbouw in De Hoven" in
bold 11.5 pt over its 10 pt paragraph), listed with the chapters in a two-level inhoudsopgave with dot leaders, with
running headers and "pagina x van y" footers: no afspraak was read, because each sub-heading was taken for a
section heading over context. The paragraph under such a sub-heading is the afspraak, numbered as the heading;
the heading stays a heading, so its title ends the section; a note set smaller under the paragraph, the
subsections of the Inleiding, the unnumbered context headings and the inhoudsopgave stay out (issue #21, dev family
griendhoven)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
NOTE = ParagraphStyle("n", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=6)
SUB = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3)
# a Word heading style in colour rather than bold: the cleaner reads "2.1 Nieuwbouw in De Hoven" as a numbered item
COLOURED = ParagraphStyle("k", fontName="Helvetica", fontSize=12, leading=15, spaceBefore=8, spaceAfter=3,
                          textColor="#1f4e79")
CONTEXT_HEAD = ParagraphStyle("c", fontName="Helvetica-Oblique", fontSize=10.5, leading=13, spaceBefore=6)
CHAPTER = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10)
TOC = ParagraphStyle("t", fontName="Helvetica", fontSize=10, leading=14)
TITLE = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceAfter=20)

CHAPTERS = {
    "2": ("Beschikbaar en betaalbaar wonen", "De woonvisie gaat uit van een groei van de sociale huurvoorraad.", [
        ("Nieuwbouw in De Hoven", "Kreekzoom realiseert in de periode 2026-2028 ten minste 80 sociale "
         "huurwoningen in de wijk De Hoven."),
        ("Passend toewijzen", "Van de vrijkomende sociale huurwoningen wordt door Kreekzoom ten minste 95% passend "
         "toegewezen."),
        ("Verkoop van huurwoningen", "Kreekzoom verkoopt in 2026 ten hoogste 8 sociale huurwoningen, uitsluitend "
         "bij mutatie."),
    ]),
    "3": ("Duurzaamheid", "In 2025 had Kreekzoom nog 150 woningen met een E-, F- of G-label.", [
        ("Isolatie", "Kreekzoom isoleert in 2026 ten minste 200 woningen naar de standaard voor isolatie."),
        ("Zonnepanelen", "Kreekzoom legt in 2026 op 120 woningen zonnepanelen."),
        ("Energiecoaches", "De gemeente zet in 2026 twee energiecoaches in voor huurders met hoge energielasten."),
    ]),
}
NOTE_TEXT = "Door de hogere bouwkosten is het programma opnieuw bekeken; partijen hebben dit in mei besproken."


def _flow(sub: ParagraphStyle = SUB, label: str = "") -> list:
    flow = [Paragraph("Prestatieafspraken Rietmonde 2026", TITLE),
            Paragraph("Gemeente Rietmonde, Woonstichting Kreekzoom en Huurdersvereniging Het Riet", BODY),
            PageBreak(), Paragraph("Inhoudsopgave", CHAPTER),
            Paragraph("1 Inleiding " + ". " * 40 + "3", TOC)]
    for number, (name, _, items) in CHAPTERS.items():
        flow.append(Paragraph(f"{number} {name} " + ". " * 30 + "3", TOC))
        flow += [Paragraph(f"&nbsp;&nbsp;&nbsp;{number}.{i} {title} " + ". " * 30 + "3", TOC)
                 for i, (title, _) in enumerate(items, 1)]
    flow += [PageBreak(), Paragraph("1 Inleiding", CHAPTER), Paragraph("1.1 Aanleiding", sub),
             Paragraph("Gemeente Rietmonde, Kreekzoom en Het Riet maken ieder jaar afspraken over het wonen in "
                       "Rietmonde.", BODY),
             Paragraph("1.2 Terugblik 2025", sub),
             Paragraph("In 2025 zijn in Rietmonde 41 sociale huurwoningen opgeleverd en zijn 231 woningen "
                       "geïsoleerd.", BODY)]
    for number, (name, context, items) in CHAPTERS.items():
        flow += [PageBreak(), Paragraph(f"{number} {name}", CHAPTER), Paragraph("Achtergrond", CONTEXT_HEAD),
                 Paragraph(context, BODY)]
        for i, (title, text) in enumerate(items, 1):
            flow += [Paragraph(f"{label}{number}.{i} {title}", sub), Paragraph(text, BODY)]
            if i == 1:
                flow.append(Paragraph(NOTE_TEXT, NOTE))
    flow += [PageBreak(), Paragraph("4 Ondertekening", CHAPTER),
             Paragraph("Aldus overeengekomen en ondertekend te Rietmonde op 10 december 2025.", BODY)]
    return flow


def _build(path: Path, sub: ParagraphStyle = SUB, label: str = "") -> Path:
    pages: list[int] = []

    def running(canvas, doc) -> None:
        pages.append(doc.page)
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 800, "Prestatieafspraken Rietmonde 2026")
        canvas.drawString(72, 40, f"Prestatieafspraken Rietmonde 2026 | pagina {doc.page} van 6")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(_flow(sub, label), onLaterPages=running)
    return path


def test_issue_21_numbered_afspraak_subheadings_read_as_sections(tmp_path, backend):
    doc = pipeline.extract(_build(tmp_path / "rapport.pdf"), parse={"backend": backend}, model=None)
    expected = [(f"{number}.{i}", text) for number, (_, _, items) in CHAPTERS.items()
                for i, (_, text) in enumerate(items, 1)]
    assert [(a.number, a.text) for a in doc.afspraken] == expected
    assert doc.afspraken[0].section == "2 Beschikbaar en betaalbaar wonen > 2.1 Nieuwbouw in De Hoven"
    assert all(not a.attributes for a in doc.afspraken)  # the title is the section's, no titel field


def test_subheadings_set_larger_in_colour_not_bold(tmp_path, backend):
    """The same report with its sub-headings in a coloured 12 pt style, not bold: the cleaner reads each as a
    numbered item whose text is the title; they are the afspraken's sub-headings all the same."""
    doc = pipeline.extract(_build(tmp_path / "kleur.pdf", COLOURED), parse={"backend": backend}, model=None)
    expected = [(f"{number}.{i}", text) for number, (_, _, items) in CHAPTERS.items()
                for i, (_, text) in enumerate(items, 1)]
    assert [(a.number, a.text) for a in doc.afspraken] == expected
    assert doc.afspraken[0].section == "2 Beschikbaar en betaalbaar wonen > 2.1 Nieuwbouw in De Hoven"


def test_subheadings_numbered_after_an_afspraak_label(tmp_path, backend):
    """The sub-headings printed as "Afspraak 2.1 Nieuwbouw in De Hoven": the label says what it numbers; the number
    is kept as printed with its label, as for a labelled item."""
    doc = pipeline.extract(_build(tmp_path / "label.pdf", label="Afspraak "), parse={"backend": backend}, model=None)
    expected = [(f"Afspraak {number}.{i}", text) for number, (_, _, items) in CHAPTERS.items()
                for i, (_, text) in enumerate(items, 1)]
    assert [(a.number, a.text) for a in doc.afspraken] == expected


def test_numbered_subsections_over_context_stay_headings(tmp_path, backend):
    """Sub-headings set the same way over paragraphs of context, the afspraken a numbered list under the last one:
    the subsections give no afspraken, the list's items keep their own numbers."""
    flow = [Paragraph("Prestatieafspraken Rietmonde 2026", TITLE), Paragraph("2 Beschikbaar wonen", CHAPTER)]
    for i, (title, text) in enumerate([
            ("Woningmarkt", "De vraag naar sociale huurwoningen in Rietmonde was in 2025 groter dan ooit."),
            ("Doelgroepen", "Het aantal senioren in Rietmonde groeide in 2025 met ruim vier procent."),
            ("Terugblik 2025", "In 2025 zijn 41 woningen opgeleverd en zijn 231 woningen geïsoleerd.")], 1):
        flow += [Paragraph(f"2.{i} {title}", SUB), Paragraph(text, BODY)]
    flow += [Paragraph("2.4 Afspraken", SUB)]
    items = [text for _, (_, _, chapter) in CHAPTERS.items() for _, text in chapter][:3]
    flow += [Paragraph(f"{n}. {text}", BODY) for n, text in enumerate(items, 1)]
    path = tmp_path / "context.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(str(n), text) for n, text in enumerate(items, 1)]
