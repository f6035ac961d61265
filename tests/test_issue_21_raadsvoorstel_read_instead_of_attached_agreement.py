"""Issue #21: the council receives its raadsvoorstel with the agreement attached ("Bijlage 1: Prestatieafspraken
2026", its own cover and chapters) and last year's monitor ("Bijlage 2: Monitor afspraken 2025"), bound in one PDF.
The proposal's numbered argumenten ("1.1 De afspraken dragen bij aan ...") were read as the afspraken, the college's
signature under the proposal ended the reading before the agreement began, the proposal's "bod op de woonvisie"
made the bundle a bod and its letterhead "Gemeente X" a corporatie. The attached agreement is the document."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.bundle import names_agreement

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=28, spaceAfter=12)
ARGUMENT = ParagraphStyle("a", parent=BODY, leftIndent=24)
ARGUMENTEN = {  # the college's reasons, numbered as a series of titled paragraphs: no afspraken
    "De afspraken dragen bij aan de woonvisie": "De woonvisie vraagt om meer sociale huurwoningen. Met de nieuwbouw "
                                                "in De Akkers groeit de sociale voorraad.",
    "De huurders zijn gelijkwaardig betrokken": "Huurdersvereniging Heidebroek heeft vanaf het begin aan tafel "
                                                "gezeten.",
    "De raad kan de voortgang volgen": "Bijlage 2 bevat de stand van zaken. Het college informeert de raad voortaan "
                                       "twee keer per jaar over de voortgang van de prestatieafspraken.",
}
CHAPTERS = {
    "1 Betaalbaar wonen": [
        "Woonstichting Veldhof realiseert in 2026 ten minste 40 sociale huurwoningen in het plan De Akkers.",
        "Woonstichting Veldhof beperkt de gemiddelde huurverhoging per 1 juli 2026 tot de inflatie.",
    ],
    "2 Duurzaam wonen": [
        "Woonstichting Veldhof isoleert in 2026 ten minste 150 woningen tot het niveau van de standaard.",
        "De gemeente zet in 2026 energiecoaches in die huurders op verzoek kosteloos bezoeken.",
    ],
}


def _table(rows: list[list[str]], widths: list[int]) -> Table:
    table = Table([[Paragraph(c, BODY) for c in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def raadsvoorstel() -> list:
    return [
        Paragraph("Gemeente Heidebroek", HEAD), Paragraph("Raadsvoorstel", TITLE),
        _table([["Onderwerp", "Prestatieafspraken 2026 met Woonstichting Veldhof"],
                ["Portefeuillehouder", "Wethouder A. de Boer"], ["Zaaknummer", "Z/25/10233"]], [120, 330]),
        Paragraph("Voorgesteld besluit", HEAD),
        Paragraph("1. Kennis te nemen van de Prestatieafspraken 2026 (bijlage 1).", BODY),
        Paragraph("2. Kennis te nemen van de Monitor afspraken 2025 (bijlage 2).", BODY),
        Paragraph("Inleiding", HEAD),
        Paragraph("Woonstichting Veldhof heeft op 26 juni 2025 haar bod op de woonvisie uitgebracht. Op basis daarvan "
                  "hebben partijen de afspraken voor 2026 gemaakt.", BODY),
        Paragraph("Argumenten", HEAD),
        *[p for number, (title, text) in enumerate(ARGUMENTEN.items(), 1)
          for p in (Paragraph(f"<b>1.{number} {title}</b>", BODY), Paragraph(text, ARGUMENT))],
        Paragraph("Kanttekeningen", HEAD),
        Paragraph("De financiële ruimte van Woonstichting Veldhof na 2027 is beperkt.", BODY),
        Paragraph("Burgemeester en wethouders van Heidebroek,", BODY),
        Paragraph("de secretaris, de burgemeester", BODY),
        PageBreak(),
    ]


def agreement(annex: str) -> list:
    flow = [Paragraph(annex, HEAD), Paragraph("Prestatieafspraken 2026", TITLE), Paragraph("tussen", BODY),
            Paragraph("Gemeente Heidebroek", HEAD), Paragraph("Woonstichting Veldhof", HEAD),
            Paragraph("Huurdersvereniging Heidebroek", HEAD), PageBreak()]
    for chapter, texts in CHAPTERS.items():
        flow.append(Paragraph(chapter, HEAD))
        flow += [Paragraph(f"{chapter[0]}.{k} {text}", BODY) for k, text in enumerate(texts, 1)]
    flow += [Paragraph("Ondertekening", HEAD),
             Paragraph("Aldus overeengekomen en ondertekend te Heidebroek op 8 december 2025.", BODY)]
    return flow


def monitor() -> list:
    return [PageBreak(), Paragraph("Bijlage 2: Monitor afspraken 2025", HEAD),
            Paragraph("Deze monitor geeft de stand van zaken van de afspraken uit 2025.", BODY),
            _table([["Nr.", "Afspraak 2025 (samengevat)", "Stand van zaken", "Status"],
                    ["1.1", "Nieuwbouw 36 sociale huurwoningen", "Opgeleverd in september 2025.", "Gerealiseerd"],
                    ["2.1", "Isolatie 160 woningen", "148 woningen geïsoleerd.", "Vertraagd"]], [40, 200, 160, 70])]


def build(path: Path, flow: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_issue_21_the_agreement_a_raadsvoorstel_attaches_is_the_document(tmp_path, backend):
    pdf = build(tmp_path / "bundel.pdf", raadsvoorstel() + agreement("Bijlage 1") + monitor())
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [t for texts in CHAPTERS.values() for t in texts]
    assert [a.number for a in doc.afspraken] == ["1.1", "1.2", "2.1", "2.2"]
    assert {a.page for a in doc.afspraken} == {3}  # pages of the whole PDF
    assert (doc.meta.type, doc.meta.years, doc.meta.corporaties) == \
        ("prestatieafspraken", (2026,), ("Woonstichting Veldhof",))
    assert doc.meta.gemeenten == ("Heidebroek",)


def test_issue_21_an_agreement_with_its_own_annexes_is_read_whole(tmp_path):
    """No covering letter or proposal before it: an annex titled as an agreement ("Bijlage 1 Prestatieafspraken
    2026" as a jaarschijf) is a part of the document, not the document."""
    flow = [Paragraph("Kaderafspraken wonen 2025-2028", TITLE),
            Paragraph("1 Samenwerking", HEAD),
            Paragraph("1.1 Partijen bespreken de voortgang twee keer per jaar in het bestuurlijk overleg.", BODY),
            PageBreak(), *agreement("Bijlage 1")]
    doc = run.extract(build(tmp_path / "kader.pdf", flow), model=None)
    assert doc.afspraken[0].text == "Partijen bespreken de voortgang twee keer per jaar in het bestuurlijk overleg."
    assert len(doc.afspraken) == 5


def test_issue_21_a_monitor_of_last_years_afspraken_is_no_agreement():
    assert names_agreement("Bijlage 1 Prestatieafspraken 2026")
    assert names_agreement("Bijlage 1: Jaarschijf 2026")
    assert not names_agreement("Bijlage 2: Monitor prestatieafspraken 2025")
    assert not names_agreement("Bijlage 2 Voortgangsrapportage prestatieafspraken 2025")
    assert not names_agreement("Bijlage 3 Nieuwbouwprogramma 2026-2030")


def raadsinformatiebrief() -> list:
    header = Table([["Aan", "De gemeenteraad van Heidebroek"], ["Onderwerp", "Prestatieafspraken 2026"],
                    ["Datum", "10 december 2025"]], colWidths=[120, 330])
    header.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    return [Paragraph("Raadsinformatiebrief", TITLE), header,
            Paragraph("Geachte raad,", BODY),
            Paragraph("Hierbij bieden wij u de prestatieafspraken 2026 aan. De belangrijkste punten:", BODY),
            Paragraph("1. Veldhof bouwt meer sociale huurwoningen dan in 2025.", BODY),
            Paragraph("2. De huurverhoging blijft onder de inflatie.", BODY),
            Paragraph("Met vriendelijke groet,", BODY), Paragraph("Burgemeester en wethouders van Heidebroek", BODY),
            PageBreak()]


def test_issue_21_an_agreement_attached_with_its_own_cover_is_the_document(tmp_path):
    """A letter to the raad with the agreement behind it, the agreement opening with its own cover page (no
    "Bijlage" over it): the agreement is read, not the points the letter summarises."""
    flow = raadsinformatiebrief() + agreement("Gemeente Heidebroek")[1:]
    doc = run.extract(build(tmp_path / "brief.pdf", flow), model=None)
    assert [a.text for a in doc.afspraken] == [t for texts in CHAPTERS.values() for t in texts]
    assert (doc.meta.type, doc.meta.years, doc.meta.corporaties) == \
        ("prestatieafspraken", (2026,), ("Woonstichting Veldhof",))



def test_issue_21_a_divider_page_inside_the_attached_agreement_does_not_end_it(tmp_path):
    """A page holding only a part's title between the agreement's chapters looks like a cover: it opens no part
    that ends the agreement; only a numbered annex ("Bijlage 2") does."""
    flow = agreement("Bijlage 1")
    second = next(k for k, f in enumerate(flow) if getattr(f, "text", "") == "2 Duurzaam wonen")
    flow[second:second] = [PageBreak(), Paragraph("Deel 2", TITLE), Paragraph("Wonen en klimaat", HEAD), PageBreak()]
    doc = run.extract(build(tmp_path / "deel.pdf", raadsvoorstel() + flow + monitor()), model=None)
    assert [a.text for a in doc.afspraken] == [t for texts in CHAPTERS.values() for t in texts]
