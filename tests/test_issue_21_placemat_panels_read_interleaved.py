"""A placemat: one landscape page divided into four tinted theme panels, each with a coloured title bar and short
unnumbered items behind drawn icons, a framed key figure ("Kerncijfer") in each panel beside its items, and a
circle over the corners of the four panels with the shared ambition. One panel's items flow over two columns.
Read as one run of lines per panel, the two columns and the key figure beside the items interleaved word by word
(items of the one column glued into the other's, "2.150" and "ONZE" at the end of an item: 60 of 88 found in dev
family rijsenmoer). Each panel reads as a page of its own now: its columns one after the other, its key figure
and the circle apart as context (no afspraak, no text of one), every item under its panel's title."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from pipeline import run

W, H = landscape(A4)
FS, LEAD = 7.5, 9.5
TITLE = "Prestatieafspraken Haverdonk 2026"
# panel: (x0, y0 bottom, x1, y1 top), its title bar's x0 and x1 (clear of the circle), title, colour, item columns
# (x0, x1, y top), key figure box (x0, y0, x1, y1)
PANELS = [
    ((24, 306, 416, 545), (24, 416), "Betaalbaar wonen", "#1f5f9e", [(34, 212, 512), (222, 406, 462)],
     (222, 470, 406, 512)),
    ((426, 306, 818, 545), (426, 818), "Duurzaam wonen", "#2e7d3a", [(510, 808, 512)], (436, 420, 500, 512)),
    ((24, 40, 416, 296), (24, 345), "Goede woningen", "#c46a12", [(34, 330, 263)], (340, 130, 406, 230)),
    ((426, 40, 818, 296), (497, 818), "Prettig wonen in de wijk", "#7b3f8c", [(462, 590, 248)],
     (600, 180, 808, 248)),
]
ITEMS = [
    [
        "Brederode levert in 2026 in het plan Esweide 48 sociale huurwoningen op, waarvan 16 voor "
        "eenpersoonshuishoudens.",
        "Partijen zorgen ervoor dat de sociale huurvoorraad tot en met 2030 ten minste 2.100 woningen telt.",
        "Brederode verkoopt in 2026 ten hoogste 8 huurwoningen, uitsluitend bij mutatie.",
        "Brederode beperkt de gemiddelde huurverhoging per 1 juli 2026 tot de inflatie.",
        "Brederode neemt uiterlijk een maand na het ontstaan van een huurachterstand contact op met de huurder.",
        "De gemeente en Brederode voeren uiterlijk 1 juli 2026 een verhuisregeling in voor senioren.",
    ],
    [
        "Brederode heeft uiterlijk eind 2028 geen woningen meer met energielabel E, F of G.",
        "Brederode isoleert in 2026 ten minste 120 woningen in de Molenbuurt.",
        "De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten.",
    ],
    [
        "Brederode neemt meldingen van vocht en schimmel binnen 5 werkdagen in behandeling met een inspectie in de "
        "woning.",
        "Brederode voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 10 werkdagen.",
        "Brederode maakt jaarlijks ten minste 20 bestaande woningen levensloopgeschikt, met voorrang voor "
        "complexen nabij voorzieningen.",
        "Brederode plaatst in 2026 in alle portiekflats gekoppelde rookmelders op elke verdieping.",
    ],
    [
        "Brederode besteedt in 2026 ten minste € 75.000 aan leefbaarheid in de wijken en kernen.",
        "Partijen bespreken complexe overlastsituaties binnen vier weken na melding in het overleg Zorg en "
        "Veiligheid.",
    ],
]
FIGURES = [("2.150", "sociale huurwoningen van Brederode (1 januari 2026)"), ("61%", "label A of beter"),
           ("7,4", "huurdersoordeel reparaties"), ("3", "kernen met een eigen bewonerscommissie")]
AMBITION = "Samen zorgen we ervoor dat iedereen in Haverdonk betaalbaar en duurzaam kan wonen."


def _icon(c: canvas.Canvas, kind: int, x: float, y: float) -> None:
    """A bullet drawn as a path, not a character: a dot, a diamond, a square or a ring."""
    if kind == 0:
        c.circle(x, y, 2.2, stroke=0, fill=1)
    elif kind == 1:
        p = c.beginPath()
        p.moveTo(x, y + 2.8)
        p.lineTo(x + 2.8, y)
        p.lineTo(x, y - 2.8)
        p.lineTo(x - 2.8, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == 2:
        c.rect(x - 2.2, y - 2.2, 4.4, 4.4, stroke=0, fill=1)
    else:
        c.circle(x, y, 2.5, stroke=1, fill=0)
        c.circle(x, y, 1.0, stroke=0, fill=1)


def build(path: Path, circle: bool = True, bars_on_top: bool = False, source_table: bool = False,
          square_figures: bool = False) -> None:
    """The placemat; without the `circle` (and its ambition) the lower panels' title bars stay as short; with
    `bars_on_top` each tinted panel ends under its title bar, the bar drawn on top of it, not inside it; with a
    `source_table` a small ruled table at the foot names the figures' sources, and the key figures wide enough
    for it are framed square; with `square_figures` every key figure is."""
    c = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    c.setFillColor(HexColor("#20313f"))
    c.rect(0, H - 40, W, 40, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(24, H - 27, TITLE)
    for k, ((x0, y0, x1, y1), (bar0, bar1), title, colour, columns, figure) in enumerate(PANELS):
        c.setFillColor(HexColor("#f2f2f2"))
        c.rect(x0, y0, x1 - x0, y1 - y0 - (18 if bars_on_top else 0), stroke=0, fill=1)
        c.setFillColor(HexColor(colour))
        c.rect(bar0, y1 - 18, bar1 - bar0, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(bar0 + 8, y1 - 13, title)
        fx0, fy0, fx1, fy1 = figure
        c.setFillColor(white)
        c.setStrokeColor(HexColor(colour))
        if square_figures or source_table and fx1 - fx0 >= 100:
            c.rect(fx0, fy0, fx1 - fx0, fy1 - fy0, stroke=1, fill=1)
        else:
            c.roundRect(fx0, fy0, fx1 - fx0, fy1 - fy0, 5, stroke=1, fill=1)
        c.setFillColor(HexColor(colour))
        c.setFont("Helvetica-Bold", 5.5)
        c.drawCentredString((fx0 + fx1) / 2, fy1 - 9, "KERNCIJFER")
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString((fx0 + fx1) / 2, fy1 - 25, FIGURES[k][0])
        c.setFont("Helvetica", 6)
        for i, line in enumerate(simpleSplit(FIGURES[k][1], "Helvetica", 6, fx1 - fx0 - 6)):
            c.drawCentredString((fx0 + fx1) / 2, fy1 - 35 - 7.5 * i, line)
        items = list(ITEMS[k])
        per_column = len(items) - 2 if len(columns) == 2 else len(items)
        for n, (cx0, cx1, ytop) in enumerate(columns):
            y = ytop
            for text in items[:per_column] if n == 0 else items:
                c.setFillColor(HexColor(colour))
                c.setStrokeColor(HexColor(colour))
                _icon(c, k, cx0 + 3, y - FS * 0.35)
                c.setFillColor(HexColor("#000000"))
                c.setFont("Helvetica", FS)
                for line in simpleSplit(text, "Helvetica", FS, cx1 - cx0 - 12):
                    c.drawString(cx0 + 10, y - FS, line)
                    y -= LEAD
                y -= 4
            items = items[per_column:]
    if circle:
        c.setFillColor(white)
        c.setStrokeColor(HexColor("#20313f"))
        c.setLineWidth(2.5)
        c.circle(421, 301, 70, stroke=1, fill=1)
        c.setFillColor(HexColor("#20313f"))
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(421, 330, "ONZE AMBITIE")
        c.setFont("Helvetica", 7.5)
        for i, line in enumerate(simpleSplit(AMBITION, "Helvetica", 7.5, 110)):
            c.drawCentredString(421, 316 - 9.5 * i, line)
    if source_table:
        c.setStrokeColor(HexColor("#000000"))
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica", 6)
        for r, (label, value) in enumerate([("Bron", "Jaarverslag Brederode 2025"), ("Peildatum", "1 januari 2026")]):
            c.rect(24, 22 - 9 * r, 60, 9, stroke=1, fill=0)
            c.rect(84, 22 - 9 * r, 120, 9, stroke=1, fill=0)
            c.drawString(26, 24.5 - 9 * r, label)
            c.drawString(86, 24.5 - 9 * r, value)
    c.showPage()
    c.save()


def test_each_panel_of_a_placemat_reads_whole_with_its_key_figure_and_the_ambition_apart(tmp_path: Path) -> None:
    path = tmp_path / "placemat.pdf"
    build(path)
    doc = run.extract(path, model=None)
    expected = [(text, f"{TITLE} > {panel[2]}") for panel, items in zip(PANELS, ITEMS, strict=True)
                for text in items]
    assert [(a.text, a.section) for a in doc.afspraken] == expected
