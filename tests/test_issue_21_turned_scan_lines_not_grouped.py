"""A scan turned by a small angle, its OCR layer one word at a time along the sheet's slanting baselines: the ends
of a line fell a few points below its start, so lines split and their halves ran into the next afspraak. The page
is turned back before lines are grouped (`parse.deskew`), issue #21."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import pipeline

W, H = A4
ITEMS = [
    "Ganzenhof zet in de wijken Oosterveld en De Weiden een wijkbeheerder in die ten minste twee dagdelen per week "
    "aanspreekbaar is voor bewoners van beide wijken.",
    "De gemeente richt vóór 1 juli 2026 samen met de corporaties een gezamenlijk meldpunt voor woonoverlast in, waar "
    "ook huurders van particuliere verhuurders terechtkunnen.",
    "Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg aan de hand van "
    "de monitor in de bijlage bij deze afspraken.",
    "De corporaties brengen vóór 1 juli 2026 hun bod uit aan de gemeente en de huurdersorganisatie, als basis voor de "
    "jaarschijf van het volgende jaar.",
]


def _words(c: Canvas, words: list[str], x: float, y: float, size: float) -> None:
    for word in words:  # one drawString per word, no spaces, as an OCR layer is written
        c.drawString(x, y, word)
        x += c.stringWidth(word, "Helvetica", size) + 4.0


def turned_scan(path, angle: float):
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.translate(W / 2, H / 2)
    c.rotate(angle)
    c.translate(-W / 2, -H / 2)
    c.setFont("Helvetica-Bold", 14)
    _words(c, "Prestatieafspraken Ganzendijk 2026".split(), 60, 780, 14)
    c.setFont("Helvetica", 10)
    y = 740
    opening = "Gemeente Ganzendijk en Woonstichting Ganzenhof maken voor 2026 de volgende afspraken."
    _words(c, opening.split(), 60, y, 10)
    y -= 26
    for n, item in enumerate(ITEMS, 1):
        c.drawString(60, y, f"{n}.")
        line: list[str] = []
        for word in item.split():
            if c.stringWidth(" ".join([*line, word]), "Helvetica", 10) > 420:
                _words(c, line, 82, y, 10)
                y -= 13
                line = []
            line.append(word)
        _words(c, line, 82, y, 10)
        y -= 22
    c.showPage()
    c.save()
    return path


def test_issue_21_turned_scan_lines_not_grouped(tmp_path, backend):
    for angle in (0.8, -0.6):
        doc = pipeline.extract(turned_scan(tmp_path / f"scan{angle}.pdf", angle), parse={"backend": backend},
                               model=None)
        assert [(a.number, a.text) for a in doc.afspraken] == [(str(n), t) for n, t in enumerate(ITEMS, 1)]
