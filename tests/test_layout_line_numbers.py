"""Line numbering in a page margin ("5", "10", ... beside every fifth line, as in legislative drafts and council
proposals) is no text: it never ends up inside an afspraak ("in het plan 50 Kampereiland-Zuid") nor is read as an
afspraak number, in either backend. Afspraak numbers set in a margin column of their own stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.geometry import Word
from pipeline.parse.line_numbers import drop_line_numbers

TEXTS = [
    "Woonstichting De Eik realiseert in 2025 ten minste 85 sociale huurwoningen, waarvan 40 in het plan "
    "Kampereiland-Zuid en 45 in de Stationsbuurt; de gemeente draagt er zorg voor dat de bouwgrond tijdig "
    "beschikbaar is tegen een sociale grondprijs.",
    "De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast, na advies van de "
    "huurdersvereniging en na overleg met de corporaties in de regio over de urgentieregeling.",
    "De Eik isoleert in de periode 2025-2027 alle 300 woningen in Zuid tot minimaal label B, zonder "
    "huurverhoging voor de zittende huurders en met een bewonersavond per complex vooraf.",
    "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de leefbaarheid te bespreken en "
    "maken daarvan een kort verslag dat zij met alle bewonerscommissies delen.",
    "De gemeente en De Eik zetten in 2025 samen vier energiecoaches in voor huishoudens met een laag inkomen en "
    "stellen daarvoor elk een budget van 20.000 euro beschikbar, te besteden in de wijken Noord en Zuid.",
    "De huurdersvereniging ontvangt jaarlijks vóór 1 mei het overzicht van de voorgenomen werkzaamheden en "
    "geeft daarover binnen zes weken een advies aan de gemeente en de corporatie.",
]
BODY_X, WIDTH, LEADING = 90.0, 400.0, 14.0


def numbered_pdf(path: Path, *, step: int = 5, right: bool = False, per_page: bool = False,
                 size: float = 7.0, pages: int = 2) -> Path:
    """Each page: a heading and the afspraken "1." ... wrapped at a hanging indent, every `step`-th line numbered
    in the left (or right) margin, counting through the document (or per page)."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    count = 0
    per = len(TEXTS) // pages
    for p in range(pages):
        if per_page:
            count = 0
        y = 780.0
        lines = [("Helvetica-Bold", 12, BODY_X, "Afspraken" if p == 0 else "Afspraken (vervolg)")]
        for k, text in enumerate(TEXTS[p * per:(p + 1) * per], p * per + 1):
            for j, part in enumerate(simpleSplit(text, "Helvetica", 10, WIDTH - 20)):
                lines.append(("Helvetica", 10, BODY_X, f"{k}." if j == 0 else None, part))
        for entry in lines:
            if len(entry) == 4:
                font, fsize, x, text = entry
                c.setFont(font, fsize)
                c.drawString(x, y, text)
            else:
                font, fsize, x, marker, text = entry
                c.setFont(font, fsize)
                if marker:
                    c.drawString(x, y, marker)
                c.drawString(x + 20, y, text)
            count += 1
            if count % step == 0:
                c.setFont("Helvetica", size)
                if right:
                    c.drawString(BODY_X + WIDTH + 12, y, str(count))
                else:
                    c.drawRightString(BODY_X - 10, y, str(count))
            y -= LEADING
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("variant", [
    {"step": 5}, {"step": 5, "right": True}, {"step": 10, "pages": 1}, {"step": 1}, {"step": 5, "per_page": True},
    {"step": 5, "size": 10.0, "pages": 1},  # in the text's own size: three or more on the page
])
def test_margin_line_numbers_stay_out_of_afspraken(tmp_path, backend, variant):
    pdf = numbered_pdf(tmp_path / "n.pdf", **variant)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [str(k) for k in range(1, 7)]
    assert [a.text for a in doc.afspraken] == TEXTS


def _word(text: str, x0: float, top: float, size: float = 10.0) -> Word:
    return Word(text, x0, x0 + 0.55 * size * len(text), top, top + size, size, False)


def _page(margin: list[tuple[str, float]], body_x: float = 90.0) -> list[Word]:
    """Body lines every 14 points from y 100, with `margin` words (text, x0) beside the first lines."""
    words = []
    for k in range(12):
        top = 100.0 + 14 * k
        words += [_word("De", body_x, top), _word("gemeente", body_x + 15, top), _word("bouwt", body_x + 70, top)]
        if k < len(margin):
            words.append(_word(margin[k][0], margin[k][1], top))
    return words


def test_afspraak_numbers_in_a_margin_column_stay():
    words = _page([(str(k), 60.0) for k in range(1, 8)])  # 1, 2, 3 ... in the body's size: afspraak numbers
    assert drop_line_numbers(words, 842.0) == words


def test_small_bold_afspraak_numbers_in_a_margin_column_stay():
    words = _page([(str(k // 2 + 10), 60.0) if k % 2 == 0 else ("", 0.0) for k in range(8)])  # 10, 11, 12, 13
    words = [w._replace(size=8.5, bold=True) if w.x0 == 60.0 else w for w in words if w.text]
    assert drop_line_numbers(words, 842.0) == words  # each on the first of an afspraak's two lines


def test_small_every_line_numbering_goes():
    words = _page([(str(k), 60.0) for k in range(1, 8)])
    words = [w._replace(size=6.5) if w.x0 == 60.0 else w for w in words]
    assert [w.text for w in drop_line_numbers(words, 842.0)] == [w.text for w in words if w.x0 != 60.0]


def test_figures_the_text_reaches_into_stay():
    words = _page([(str(5 * k), 60.0) for k in range(1, 8)], body_x=60.0)
    words += [_word("Tabel", 30.0, 400.0), _word("kerncijfers", 58.0, 400.0)]  # text over the column: a table
    assert drop_line_numbers(words, 842.0) == words


def test_fifth_line_numbering_goes():
    words = _page([(str(5 * k), 60.0) for k in range(1, 8)])
    assert not any(w.x0 == 60.0 for w in drop_line_numbers(words, 842.0))
