"""A document exported as spreads: each PDF page an A3 landscape sheet holding two facing A4 pages side by side,
each half with its own running header and page number, some halves in two columns, the text running on from the
left half into the right half and on to the next spread. Read half by half (`gutters.find_spread`), not as one
page whose gutter is the widest white band (before: between a table of contents' titles and its page numbers,
the two halves' lines read interleaved, a party enumeration cut in two and a chapter of afspraken lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Table

from pipeline import run
from pipeline.parse.geometry import Word
from pipeline.parse.gutters import find_spread

W, H = landscape(A3)
HW = W / 2
OUTER, INNER, TOP, BOT = 58, 46, 74, 72
BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=16, spaceAfter=8)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=22, bulletIndent=0)
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=14, spaceAfter=8)
PARTIES = ["Gemeente Brammelo", "Woonstede Brammelo", "Veldhorst Wonen", "Huurdersvereniging De Poort"]
ITEMS = [
    "Woonstede Brammelo en Veldhorst Wonen realiseren in 2025 samen ten minste 85 sociale huurwoningen, waarvan 60 "
    "in het plan Brammelo-Oost en 25 op de locatie Kerkeveld.",
    "De gemeente stelt vóór 1 oktober 2025 een geactualiseerd overzicht van de plancapaciteit op en deelt dit met "
    "de corporaties en de huurdersvereniging, zodat locaties voor sociale huur tijdig in beeld zijn.",
    "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal het inflatiepercentage, met "
    "dien verstande dat de huursom niet sterker stijgt dan wettelijk is toegestaan.",
    "Veldhorst Wonen brengt haar woningbezit in Brammelo uiterlijk eind 2028 naar gemiddeld energielabel B en "
    "bespreekt de voortgang jaarlijks met de huurdersvereniging.",
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _half(side: str, ncol: int) -> list[Frame]:
    x0 = OUTER if side == "L" else HW + INNER
    width = HW - INNER - OUTER
    cw = (width - 18) / ncol if ncol > 1 else width
    return [Frame(x0 + k * (cw + 18), BOT, cw, H - TOP - BOT, id=f"{side}{k}", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0) for k in range(ncol)]


def _furniture(c, doc) -> None:
    c.saveState()
    if doc.pageTemplate.id != "cover":
        c.setFont("Helvetica", 8)
        c.drawString(OUTER, H - 44, "Prestatieafspraken Brammelo 2025")
        c.drawRightString(W - OUTER, H - 44, " | ".join(PARTIES))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(OUTER, 38, str(2 * doc.page - 2))
        c.drawRightString(W - OUTER, 38, str(2 * doc.page - 1))
    c.restoreState()


def build_spreads(path: Path) -> Path:
    doc = BaseDocTemplate(str(path), pagesize=(W, H), invariant=1)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(HW + 70, 90, HW - 140, H - 180)], onPage=_furniture),
        PageTemplate("S", _half("L", 1) + _half("R", 1), onPage=_furniture),
        PageTemplate("S2L", _half("L", 2) + _half("R", 1), onPage=_furniture),
    ])
    chapters = ["Inleiding", "Terugblik", "Wonen", "Duurzaamheid", "Samenwerking", "Ondertekening"]
    toc = Table([[str(k), t, str(k + 1)] for k, t in enumerate(chapters, 1)], colWidths=[26, 330, 40])
    intro = ("Voor u liggen de prestatieafspraken voor 2025 tussen de gemeente Brammelo, Woonstede Brammelo, "
             "Veldhorst Wonen en Huurdersvereniging De Poort. De afspraken zijn gebaseerd op de woonvisie. ") * 2
    filler = ("De woningmarkt in Brammelo staat onverminderd onder druk en de wachttijd voor een sociale huurwoning "
              "is opgelopen. ") * 6
    story = [Paragraph("Prestatieafspraken 2025", H1), *(Paragraph(p, BODY) for p in PARTIES),
             NextPageTemplate(["S", "S2L", "S"]), PageBreak(),
             Paragraph("Inhoud", H1), toc, Paragraph("1 Inleiding", H1), Paragraph(intro, BODY),
             Paragraph(filler, BODY), Paragraph("2 Wonen", H1)]
    story += [Paragraph(t, ITEM, bulletText=f"{k}.") for k, t in enumerate(ITEMS, 1)]
    story += [Paragraph("Toelichting", H1), *(Paragraph(filler, BODY) for _ in range(8))]
    story += [Paragraph("3 Duurzaamheid", H1)]
    story += [Paragraph(t, ITEM, bulletText=f"{k}.") for k, t in enumerate(ITEMS * 6, 1)]
    doc.build(story)
    return path


def test_spreads_are_read_half_by_half(tmp_path, backend):
    pdf = build_spreads(tmp_path / "spreads.pdf")
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    wonen = [a for a in doc.afspraken if a.section and "Wonen" in a.section]
    duurzaam = [a for a in doc.afspraken if a.section and "Duurzaamheid" in a.section]
    assert [a.text for a in wonen] == ITEMS
    assert [a.number for a in duurzaam] == [str(k) for k in range(1, 25)]
    assert [a.text for a in duurzaam] == ITEMS * 6  # running on from half to half and from spread to spread
    assert set(doc.meta.corporaties) == {"Woonstede Brammelo", "Veldhorst Wonen"}


def _words(x0: float, x1: float, top: float, texts: list[str], size: float = 9.0) -> list[Word]:
    step = (x1 - x0) / len(texts)
    return [Word(t, x0 + k * step, x0 + k * step + 0.8 * step, top, top + size, size, False)
            for k, t in enumerate(texts)]


def _body(x0: float, x1: float) -> list[Word]:
    return [w for k in range(30) for w in _words(x0, x1, 100 + 20 * k, ["tekst"] * 8, 11)]


def test_landscape_page_of_two_columns_is_no_spread():
    furniture = _words(58, 400, 30, ["Prestatieafspraken", "2025"]) + _words(1100, 1110, 800, ["3"])
    words = _body(58, 560) + _body(630, 1130) + furniture
    assert find_spread(words, W, H) is None  # one header, one page number for the whole sheet


def test_spread_has_furniture_in_each_half():
    furniture = (_words(58, 400, 30, ["Prestatieafspraken", "2025"]) + _words(58, 68, 800, ["2"])
                 + _words(700, 1130, 30, ["Gemeente", "Brammelo"]) + _words(1120, 1130, 800, ["3"]))
    words = _body(58, 540) + _body(640, 1130) + furniture
    assert find_spread(words, W, H) == pytest.approx(HW)
    assert find_spread([w for w in words if w.x1 > HW or w.top < 700], W, H) is None  # left page number gone


def _footnote(c, doc) -> None:
    _furniture(c, doc)
    if doc.pageTemplate.id == "SF" and doc.page == 2:
        c.setFont("Times-Roman", 8)
        c.drawString(OUTER, BOT + 8, "1 Bron: Woonmonitor Brammelo 2024, tabel 3.")


def test_footnote_at_the_foot_of_the_left_half_is_a_footnote(tmp_path, backend):
    doc = BaseDocTemplate(str(tmp_path / "notes.pdf"), pagesize=(W, H), invariant=1)
    left = [Frame(OUTER, BOT + 40, HW - INNER - OUTER, H - TOP - BOT - 40, id="L", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)]
    doc.addPageTemplates([PageTemplate("cover", [Frame(HW + 70, 90, HW - 140, H - 180)], onPage=_footnote),
                          PageTemplate("SF", left + _half("R", 1), onPage=_footnote)])
    story = [Paragraph("Prestatieafspraken 2025", H1), *(Paragraph(p, BODY) for p in PARTIES),
             NextPageTemplate("SF"), PageBreak(), Paragraph("1 Wonen", H1),
             Paragraph("De wachttijd voor een sociale huurwoning is opgelopen tot vijf jaar.<super>1</super>", BODY)]
    story += [Paragraph(t, ITEM, bulletText=f"{k}.") for k, t in enumerate(ITEMS * 9, 1)]
    doc.build(story)
    got = run.extract(tmp_path / "notes.pdf", model=None, parse={"backend": backend})
    assert [a.text for a in got.afspraken] == ITEMS * 9  # those running on into the right half too
    assert {n.text for n in got.footnotes} == {"Bron: Woonmonitor Brammelo 2024, tabel 3."}
