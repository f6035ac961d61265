"""A shaded sidebar of numbered afspraken beside context prose, made here and read by both parse backends.

After a page of prose, portrait pages: prose in a wide left column (10 pt) and a shaded "Afspraken" sidebar in a
narrow right column (8.5 pt, hanging numbers), on the same lines. The prose of the first of them is short, so the
sidebar runs on alone down the lower half of the page in small print; its last item breaks off at the foot of the
page and goes on in the sidebar of the next page, under "Afspraken (vervolg)" and below one line of the prose
that goes on too.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run

WIDTH, HEIGHT = A4
PROSE_X, PROSE_W = 50.0, 300.0
SIDE_X, SIDE_W = 382.0, 168.0
ITEMS = [
    "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot ten hoogste de inflatie en vragen "
    "de huurdersvereniging vooraf om advies over het huurvoorstel.",
    "De corporaties wijzen ten minste 92% van de vrijkomende sociale huurwoningen toe aan huishoudens met een "
    "inkomen tot de grens voor de sociale doelgroep.",
    "De corporaties nemen uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact op "
    "met de huurder en melden de achterstand bij het team Schuldhulp.",
    "Partijen streven ernaar dat in 2025 niet meer dan tien huisuitzettingen wegens huurachterstand plaatsvinden.",
    "De corporaties realiseren in 2025 samen ten minste 80 sociale huurwoningen, waarvan 45 in het plan "
    "Beekweide en 35 in de Kerkbuurt.",
    "De gemeente wijst uiterlijk 1 mei 2025 twee nieuwe locaties voor sociale huur aan en stelt deze tegen een "
    "sociale grondprijs beschikbaar aan de corporaties.",
    "De gemeente en de corporaties plaatsen vóór eind 2025 op de locatie van de oude gemeentewerf 20 tijdelijke "
    "woningen voor spoedzoekers.",
    "De corporaties verkopen in 2025 maximaal tien sociale huurwoningen uit complexen die als verkoopbaar zijn "
    "aangemerkt; de opbrengst gaat naar nieuwbouw in de gemeente.",
    "De corporaties liberaliseren in 2025 bij mutatie geen sociale huurwoningen naar middenhuur en houden de "
    "sociale voorraad daarmee op peil.",
    "Partijen werken volgens de gemaakte afspraken over de inzet van de vrije toewijzingsruimte voor lokale "
    "starters en voor ouderen die doorstromen.",
    "De corporaties huisvesten in 2025 naar rato van hun woningbezit de vergunninghouders die het Rijk als "
    "taakstelling aan de gemeente heeft opgelegd.",
]
PROSE = ("De vraag naar betaalbare huurwoningen blijft groter dan het aanbod. De sociale voorraad van beide "
         "corporaties telde op 1 januari 5.300 woningen. De woonvisie gaat uit van een groei van de sociale "
         "voorraad met ongeveer 300 woningen tot en met 2030, en daarvoor moeten nieuwbouwlocaties tijdig "
         "beschikbaar komen.")
LEAD = 10.4  # the sidebar's leading
GAP = 5.0  # between two items
FIFTH_AT = 0.45 * HEIGHT + 10  # the fifth item's first baseline: its top just below the middle of the page
BREAK_AFTER = 3  # lines of the item that breaks off at the foot of page 1


def _sidebar_lines() -> list[tuple[str, str, float]]:
    """(number or "", text, baseline) per sidebar line, the numbers hanging, from the first item's baseline down;
    the fifth item opens just below the middle of the page (where small print at the foot may be footnotes)."""
    out = []
    y = 0.0
    for k, text in enumerate(ITEMS, 1):
        for j, line in enumerate(simpleSplit(text, "Helvetica", 8.5, SIDE_W - 28)):
            out.append((f"{k}." if j == 0 else "", line, y))
            y += LEAD
        y += GAP
    fifth = next(b for n, _, b in out if n == "5.")
    return [(n, t, b - fifth + FIFTH_AT) for n, t, b in out]


def _shade(c: Canvas, top: float, bottom: float) -> None:
    c.setFillColorRGB(0.88, 0.95, 0.88)
    c.rect(SIDE_X, HEIGHT - bottom, SIDE_W, bottom - top, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def _side(c: Canvas, lines: list[tuple[str, str, float]], shift: float = 0.0) -> None:
    for number, text, y in lines:
        c.setFont("Helvetica", 8.5)
        if number:
            c.drawString(SIDE_X + 6, HEIGHT - y + shift, number)
        c.drawString(SIDE_X + 22, HEIGHT - y + shift, text)


def _build(path: Path) -> Path:
    lines = _sidebar_lines()
    # page 1 ends inside item 9, after BREAK_AFTER of its lines
    ninth = next(i for i, (n, _, _) in enumerate(lines) if n == "9.")
    first, rest = lines[:ninth + BREAK_AFTER], lines[ninth + BREAK_AFTER:]
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(PROSE_X, HEIGHT - 60, "1 Inleiding")  # a page of prose: the body text is the prose's 10 pt
    y = 90.0
    for line in simpleSplit(" ".join([PROSE] * 6), "Times-Roman", 10, WIDTH - 2 * PROSE_X):
        c.setFont("Times-Roman", 10)
        c.drawString(PROSE_X, HEIGHT - y, line)
        y += 13
    c.setFont("Helvetica", 8)
    c.drawString(PROSE_X, 30, "Prestatieafspraken Beekwoude 2025")
    c.showPage()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(PROSE_X, HEIGHT - 60, "2 Betaalbaar en beschikbaar wonen")
    top = first[0][2] - 27
    _shade(c, top - 6, first[-1][2] + 8)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(SIDE_X + 6, HEIGHT - top - 8, "Afspraken")
    _side(c, first)
    y = top + 10
    prose = simpleSplit(PROSE, "Times-Roman", 10, PROSE_W)
    for line in prose[:-1]:
        c.setFont("Times-Roman", 10)
        c.drawString(PROSE_X, HEIGHT - y, line)
        y += 13
    c.setFont("Helvetica", 8)
    c.drawString(PROSE_X, 30, "Prestatieafspraken Beekwoude 2025")
    c.showPage()
    c.setFont("Times-Roman", 10)
    c.drawString(PROSE_X, HEIGHT - 70, prose[-1])
    shift = rest[0][2] - 101  # the rest from y 101 down
    _shade(c, 66, rest[-1][2] - shift + 8)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(SIDE_X + 6, HEIGHT - 84, "Afspraken (vervolg)")
    _side(c, rest, shift)
    c.setFont("Helvetica", 8)
    c.drawString(PROSE_X, 30, "Prestatieafspraken Beekwoude 2025")
    c.showPage()
    c.save()
    return path


def test_sidebar_items_in_small_print_down_the_lower_half_are_no_footnotes(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "sidebar.pdf"), parse={"backend": backend}, model=None)
    assert not doc.footnotes
    assert [a.number for a in doc.afspraken][:8] == [f"{k}." for k in range(1, 9)] or \
        [a.number for a in doc.afspraken][:8] == [str(k) for k in range(1, 9)]
    assert [a.text for a in doc.afspraken][:8] == ITEMS[:8]


def test_an_item_cut_by_the_page_break_goes_on_in_the_next_sidebar_not_in_the_prose(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "sidebar.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == ITEMS
    assert [a.page for a in doc.afspraken][8:] == [2, 3, 3]
