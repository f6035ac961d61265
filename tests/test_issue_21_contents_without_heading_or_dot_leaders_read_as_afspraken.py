"""A table of contents is never afspraken, whatever its leaders: entries with leaders of middle dots, underscores
or spaced dashes ("5 Kwaliteit ·········· 2"), and a contents list without a heading and without leaders
("5 Kwaliteit en wonen met zorg 2", the page number right after the title or set right), as typeset agreements
print them (fliertwijk in dev: its entries "6 Kwaliteit en wonen met zorg 6" were read as afspraken)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.contents import TOC_LEADER, headless_entries
from pipeline.types import Line

CHAPTERS = [("Inleiding", 1), ("Beschikbaarheid en toewijzing", 2), ("Betaalbaarheid", 2), ("Duurzaamheid", 2),
            ("Kwaliteit en wonen met zorg", 2), ("Leefbaarheid in de wijken", 3), ("Samenwerking en monitoring", 3)]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def afspraak(n: int, k: int, title: str) -> str:
    return f"De corporatie levert in 2025 ten minste {10 * n + k} woningen op voor het thema {title.lower()}."


def build(path: Path, leader: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 780, "Prestatieafspraken Fliertwijk 2025")
    c.setFont("Helvetica", 10.5)
    y = 740
    for n, (title, page) in enumerate(CHAPTERS, 1):
        if leader == "plain":
            c.drawString(72, y, f"{n} {title} {page}")
        else:
            c.drawString(72, y, f"{n}   {title}")
            if leader != "right":
                start = 80 + c.stringWidth(f"{n}   {title}", "Helvetica", 10.5)
                c.drawString(start, y, leader * int((500 - start) / c.stringWidth(leader, "Helvetica", 10.5)))
            c.drawRightString(520, y, str(page))
        y -= 18
    c.showPage()
    y = 780
    for n, (title, _) in enumerate(CHAPTERS, 1):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, y, f"{n} {title}")
        y -= 20
        c.setFont("Helvetica", 10)
        for k in (1, 2) if n > 1 else ():
            c.drawString(72, y, f"{n}.{k}")
            c.drawString(100, y, afspraak(n, k, title))
            y -= 16
        y -= 8
        if y < 100:
            c.showPage()
            y = 780
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("leader", ["plain", "right", "·", "_", "- "])
def test_contents_entries_are_no_afspraken_whatever_their_leaders(tmp_path, backend, leader):
    doc = run.extract(build(tmp_path / "toc.pdf", leader), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"{n}.{k}" for n in range(2, 8) for k in (1, 2)]
    assert [a.text for a in doc.afspraken] == [afspraak(n, k, t) for n, (t, _) in enumerate(CHAPTERS, 1) if n > 1
                                               for k in (1, 2)]


@pytest.mark.parametrize("text", ["Kwaliteit ·········· 6", "Kwaliteit __________ 6", "Kwaliteit - - - - - 6",
                                  "Kwaliteit ....... 6", "Kwaliteit …… 6"])
def test_toc_leader(text):
    assert TOC_LEADER.search(text)


def lines(*texts: str) -> list[Line]:
    return [Line(t, 1, 72, 400, 100 + 18 * i, 110 + 18 * i, 10.5) for i, t in enumerate(texts)]


def test_headless_entries_need_three_numbered_entries_with_pages_in_order():
    toc = lines("1 Inleiding 3", "2 Beschikbaarheid 3", "2.1 Nieuwbouw 4", "3 Duurzaamheid 5", "Bijlagen 7")
    assert headless_entries(toc, 8) == {0, 1, 2, 3, 4}
    assert headless_entries(toc[:2], 8) == set()  # two entries: could be anything
    assert headless_entries(toc, 2) == {0, 1, 2}  # "3 Duurzaamheid 5" points past the document's pages
    figures = lines("1 Nieuwbouw 40", "2 Sloop 12", "3 Verkoop 15")  # numbers past the document's pages
    assert headless_entries(figures, 8) == set()
    sentences = lines("1 Partijen spreken af: 2", "2 De gemeente zorgt, waar nodig, voor 3", "3 Verkoop 4")
    assert headless_entries(sentences, 8) == set()  # text with punctuation is no title
