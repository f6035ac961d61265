"""A web page printed from a browser: a print header and footer on every page (date, page title, URL, "n/m"),
afspraken as expanded accordion items without numbers, each a drawn triangle and a bold title, its paragraph and a
definition list of fields (bold "Wie", "Wanneer", "Status" and the value beside them, no colon). Each item is one
afspraak with number None, the title its "titel" attribute, the fields its trekker, planning and status; the
chapter's context paragraph and the site's chrome (a search box "Zoek op wilgenrade.nl | Zoeken", menu, breadcrumb)
are none; a field pushed to the top of the next page stays the item's (dev family
wilgenrade)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

W, H = A4
XL = 48
ITEMS = [
    ("Nieuwbouw sociale huur", "De corporaties starten in 2025 samen de bouw van ten minste 140 sociale "
     "huurwoningen in het plan Wilgenoever.", [("Wie", "Rietkraag en Thuisplein"), ("Wanneer", "2025-2026"),
                                              ("Status", "loopt")]),
    ("Beperkte verkoop", "Rietkraag verkoopt in 2025 maximaal 25 bestaande huurwoningen, uitsluitend bij mutatie.",
     [("Wie", "Rietkraag"), ("Wanneer", "2025")]),
    ("Huisvesting vergunninghouders", "Gemeente en corporaties huisvesten in 2025 samen de taakstelling van 96 "
     "vergunninghouders.", [("Wie", "Gemeente en corporaties"), ("Wanneer", "2025")]),
    ("Kortere wachttijd voor starters", "Partijen streven ernaar de gemiddelde inschrijfduur van starters terug te "
     "brengen naar maximaal 5 jaar.", [("Wie", "Partijen"), ("Wanneer", "2028"), ("Status", "verkenning")]),
]
CONTEXT = "Iedereen in Wilgenrade moet een betaalbare woning kunnen vinden die past bij zijn of haar situatie."


class _Page:
    """A browser print: header and footer lines on every page, the body flowing down."""

    def __init__(self, path: Path, pages: int = 2) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.pages = pages
        self.n = 1
        self._furniture()

    def _furniture(self) -> None:
        self.c.setFont("Helvetica", 7)
        self.c.drawString(18, H - 17, "17-1-2025 09:42 Prestatieafspraken 2025 | Gemeente Wilgenrade")
        self.c.drawString(18, 14, "https://www.wilgenrade.nl/wonen/prestatieafspraken/prestatieafspraken-2025")
        self.c.drawRightString(W - 18, 14, f"{self.n}/{self.pages}")
        self.y = H - 60

    def break_page(self) -> None:
        self.c.showPage()
        self.n += 1
        self._furniture()

    def text(self, line: str, font: str = "Helvetica", size: float = 10, x: float = XL, step: float = 15) -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, line)
        self.y -= step

    def accordion(self, title: str, text: str, rows: list[tuple[str, str]], break_after: int | None = None) -> None:
        self.y -= 6
        path = self.c.beginPath()  # the expanded triangle, drawn, no text
        path.moveTo(XL + 7, self.y + 6)
        path.lineTo(XL + 15, self.y + 6)
        path.lineTo(XL + 11, self.y)
        path.close()
        self.c.drawPath(path, stroke=0, fill=1)
        self.text(title, "Helvetica-Bold", 10.5, XL + 22, 25)
        words = text.split()
        while words:
            line = []
            while words and len(" ".join([*line, words[0]])) < 90:
                line.append(words.pop(0))
            self.text(" ".join(line), x=XL + 12)
        for k, (label, value) in enumerate(rows):
            if break_after is not None and k == break_after:
                self.break_page()
            self.c.setFont("Helvetica-Bold", 9)
            self.c.drawString(XL + 12, self.y, label)
            self.c.setFont("Helvetica", 9)
            self.c.drawString(XL + 82, self.y, value)
            self.y -= 13.5
        self.y -= 8

    def save(self) -> None:
        self.c.save()


def _site_chrome(page: _Page) -> None:
    """The site's logo, search box (a ruled field and a filled button), menu bar and breadcrumb."""
    c = page.c
    c.setFont("Helvetica-Bold", 16)
    c.drawString(XL, page.y, "gemeente Wilgenrade")
    c.setFont("Helvetica", 8)
    c.drawString(XL, page.y - 12, "samen wonen aan het water")
    c.setLineWidth(0.6)
    c.rect(W - XL - 190, page.y - 12, 140, 18, stroke=1, fill=0)
    c.drawString(W - XL - 185, page.y - 6, "Zoek op wilgenrade.nl")
    c.setFillColorRGB(0.1, 0.5, 0.3)
    c.rect(W - XL - 48, page.y - 12, 48, 18, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(W - XL - 40, page.y - 6, "Zoeken")
    c.setFillColorRGB(0, 0, 0)
    page.y -= 34
    page.text("Home Wonen Werken en ondernemen Bestuur Nieuws Contact", "Helvetica-Bold", 9.5, XL + 12, 28)
    page.text("Home > Wonen > Prestatieafspraken > 2025", size=8.5, step=13)
    page.text("Leestijd: 14 minuten | Laatst gewijzigd: 12 december 2024", size=8.5, step=30)


def _build(path: Path) -> Path:
    page = _Page(path)
    _site_chrome(page)
    page.text("Prestatieafspraken 2025: gemeente, corporaties en huurders in Wilgenrade", "Helvetica-Bold", 16,
              step=30)
    page.text("Betaalbaar en beschikbaar wonen", "Helvetica-Bold", 15, step=25)
    page.text(CONTEXT, step=25)
    for k, (title, text, rows) in enumerate(ITEMS):
        page.accordion(title, text, rows, break_after=1 if k == 2 else None)  # "Wanneer" atop page 2
    page.save()
    return path


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def test_accordion_items_are_unnumbered_afspraken_with_title_and_fields(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "web.pdf"), parse={"backend": backend}, model=None)
    got = [(a.number, a.text, a.trekker, a.planning, a.attributes) for a in doc.afspraken]
    expected = [(None, text, dict(rows)["Wie"], dict(rows).get("Wanneer"),
                 {"titel": title} | ({"status": dict(rows)["Status"]} if "Status" in dict(rows) else {}))
                for title, text, rows in ITEMS]
    assert got == expected
    assert all(CONTEXT not in a.text and "Zoek" not in a.text for a in doc.afspraken)
    assert doc.afspraken[2].page == 1 and doc.afspraken[3].page == 2


def test_one_page_print_keeps_its_header_and_footer_out_of_the_last_item(tmp_path, backend):
    """On a one-page print the header and footer do not repeat: told by their shape (a print date and time, the
    page's address and "1/1"), they are furniture, not a paragraph after the last item's fields."""
    page = _Page(tmp_path / "one.pdf", pages=1)
    _site_chrome(page)
    page.text("Betaalbaar en beschikbaar wonen", "Helvetica-Bold", 15, step=25)
    page.text(CONTEXT, step=25)
    for title, text, rows in ITEMS[:3]:
        page.accordion(title, text, rows)
    page.save()
    doc = run.extract(tmp_path / "one.pdf", parse={"backend": backend}, model=None)
    assert [(a.text, (a.attributes or {}).get("titel")) for a in doc.afspraken] == [(t, ti) for ti, t, _ in ITEMS[:3]]


def test_breadcrumb_of_a_page_read_by_its_paragraphs_is_no_afspraak(tmp_path, backend):
    """A printed web page whose afspraken are plain paragraphs (read by the unnumbered fallback): the breadcrumb
    "Home > Wonen > Prestatieafspraken > 2025" (with the reading time beside it) is navigation, never an afspraak."""
    page = _Page(tmp_path / "plain.pdf", pages=1)
    _site_chrome(page)
    page.text("Prestatieafspraken 2025: gemeente, corporaties en huurders in Wilgenrade", "Helvetica-Bold", 20, step=30)
    page.text("Op deze pagina leest u de prestatieafspraken die de gemeente Wilgenrade, Woonstichting De Rietkraag,",
              step=15)
    page.text("Thuisplein Wonen en Huurdersvereniging De Kraag voor het jaar 2025 hebben gemaakt.", step=30)
    page.text("Betaalbaar en beschikbaar wonen", "Helvetica-Bold", 15, step=25)
    for _, text, _ in ITEMS:
        page.text(text, x=60, step=30)
    page.save()
    doc = run.extract(tmp_path / "plain.pdf", parse={"backend": backend}, model=None)
    assert doc.afspraken and all(" > " not in a.text for a in doc.afspraken)
    assert {a.text for a in doc.afspraken} >= {text for _, text, _ in ITEMS}
