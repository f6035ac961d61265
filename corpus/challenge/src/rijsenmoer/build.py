# -*- coding: utf-8 -*-
"""Builds the rijsenmoer family: two placemats (A3 landscape) and the raadsinformatiebrief 2026.

Run: /work/main/.venv/bin/python corpus/challenge/src/rijsenmoer/build.py
"""
import json
import os
import sys

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "rijsenmoer"
LAYOUT = "placemat"
W, H = landscape(A3)
CX, CY, R = W / 2, 407.5, 95

COLORS = {
    "B": (HexColor("#1f5f9e"), HexColor("#e6eef7")),
    "D": (HexColor("#2e7d3a"), HexColor("#e8f3e6")),
    "K": (HexColor("#c46a12"), HexColor("#fbefe2")),
    "L": (HexColor("#7b3f8c"), HexColor("#f2e9f5")),
    "O": (HexColor("#4a4a4a"), HexColor("#eeeeee")),
}
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 9.6, 12.0

# Quadrant geometry: rect (x0, y0, x1, y1), title bar (x0, x1), text columns (x0, x1, ytop, ybottom),
# optional kerncijfer box (x0, y0, x1, y1)
GEOM = {
    "B": {"rect": (30, 412.5, 590, 772), "bar": (30, 590),
          "cols": [(42, 304, 742, 424), (318, 580, 742, 510)], "kc": None},
    "D": {"rect": (600, 412.5, 1160, 772), "bar": (600, 1160),
          "cols": [(706, 1150, 742, 424)], "kc": (610, 620, 694, 742)},
    "K": {"rect": (30, 40, 590, 402.5), "bar": (30, 492),
          "cols": [(42, 488, 372, 52)], "kc": (500, 160, 582, 300)},
    "L": {"rect": (600, 40, 1160, 402.5), "bar": (698, 1160),
          "cols": [(612, 874, 300, 52), (888, 1150, 372, 52)], "kc": None},
}


def bullet(c, shape, x, y, col):
    """Draw a small bullet icon (a shape, not a character) with its centre at (x, y)."""
    c.setFillColor(col)
    c.setStrokeColor(col)
    if shape == "B":
        c.circle(x, y, 2.6, stroke=0, fill=1)
    elif shape == "D":
        p = c.beginPath(); p.moveTo(x - 3, y - 2.6); p.lineTo(x + 3, y - 2.6); p.lineTo(x, y + 3); p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif shape == "K":
        p = c.beginPath(); p.moveTo(x, y + 3.2); p.lineTo(x + 3.2, y); p.lineTo(x, y - 3.2); p.lineTo(x - 3.2, y); p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif shape == "L":
        c.circle(x, y, 2.8, stroke=1, fill=0)
        c.circle(x, y, 1.1, stroke=0, fill=1)
    else:
        c.rect(x - 2.5, y - 2.5, 5, 5, stroke=0, fill=1)
    c.setFillColor(black)


def flow(c, items, cols, q, col, page, regions):
    """Place items (list of (key, text)) in the columns; return {key: page}. Raises if they do not fit."""
    ci = 0
    x0, x1, ytop, ybot = cols[0]
    y = ytop
    placed = {}
    for key, text in items:
        while True:
            x0, x1, ytop, ybot = cols[ci]
            lines = simpleSplit(text, FONT, FS, x1 - x0 - 12)
            need = len(lines) * LEAD
            if y - need >= ybot:
                break
            ci += 1
            if ci >= len(cols):
                raise SystemExit("quadrant %s overflows at %s" % (q, key))
            y = cols[ci][2]
        bullet(c, q, x0 + 3, y - FS * 0.35, col)
        c.setFont(FONT, FS)
        yy = y
        for ln in lines:
            c.drawString(x0 + 11, yy - FS, ln)
            yy -= LEAD
        y = yy - 5
        placed[key] = page
    for (x0, x1, ytop, ybot) in cols:
        regions.append((x0 - 2, ybot - 2, x1 + 2, ytop + 2))
    return placed


def title_bar(c, x0, x1, ytop, q, title):
    dark, _ = COLORS[q]
    c.setFillColor(dark)
    c.rect(x0, ytop - 22, x1 - x0, 22, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(BOLD, 12.5)
    c.drawString(x0 + 10, ytop - 15.5, title)
    c.setFillColor(black)


def kerncijfer(c, box, q, fig, label):
    dark, _ = COLORS[q]
    x0, y0, x1, y1 = box
    c.setFillColor(white)
    c.setStrokeColor(dark)
    c.setLineWidth(1.2)
    c.roundRect(x0, y0, x1 - x0, y1 - y0, 6, stroke=1, fill=1)
    c.setFillColor(dark)
    c.setFont(BOLD, 6)
    c.drawCentredString((x0 + x1) / 2, y1 - 10, "KERNCIJFER")
    c.setFont(BOLD, 17)
    c.drawCentredString((x0 + x1) / 2, y1 - 29, fig)
    c.setFont(FONT, 7)
    yy = y1 - 41
    for ln in simpleSplit(label, FONT, 7, x1 - x0 - 8):
        c.drawCentredString((x0 + x1) / 2, yy, ln)
        yy -= 8.5
    c.setFillColor(black)


def footer(c, year, n, total):
    c.setFont(FONT, 7)
    c.setFillColor(HexColor("#555555"))
    c.drawString(30, 20, "Placemat prestatieafspraken %d  |  Gemeente Rijsenmoer, Woonstichting Moerhof en Huurdersvereniging De Moerbei" % year)
    c.drawRightString(W - 30, 20, "%d / %d" % (n, total))
    c.setFillColor(black)


def header(c, year, sub):
    c.setFillColor(HexColor("#20313f"))
    c.rect(0, 780, W, H - 780, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(BOLD, 22)
    c.drawString(30, 806, "Prestatieafspraken Rijsenmoer %d" % year)
    c.setFont(FONT, 10.5)
    c.drawString(30, 789, sub)
    c.setFont(BOLD, 10)
    c.drawRightString(W - 30, 806, "PLACEMAT %d" % year)
    c.setFillColor(black)


def items_for(year, q):
    return [(k, v[year][0]) for (k, qq, th, v) in C.AFSPRAKEN if qq == q and year in v]


def build_placemat(year):
    did = "%s-%d" % (FAMILY, year)
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Placemat prestatieafspraken %d Rijsenmoer" % year)
    c.setAuthor("Gemeente Rijsenmoer")
    regions = {1: [], 2: []}
    pages = {}
    # ---- page 1: four quadrants
    header(c, year, "Wat gemeente, corporatie en huurders in %d samen doen  \u2022  Gemeente Rijsenmoer  \u2022  Woonstichting Moerhof  \u2022  Huurdersvereniging De Moerbei" % year)
    for q in "BDKL":
        g = GEOM[q]
        dark, light = COLORS[q]
        x0, y0, x1, y1 = g["rect"]
        c.setFillColor(light)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        bx0, bx1 = g["bar"]
        title_bar(c, bx0, bx1, y1, q, C.QUADRANTS[q]["title"])
        its = items_for(year, q)
        kc = C.KERNCIJFERS[year][q]
        cols = list(g["cols"])
        if g["kc"] is not None:
            kerncijfer(c, g["kc"], q, kc[0], kc[1])
        else:
            # kerncijfer at the top of the last column
            lx0, lx1, lyt, lyb = cols[-1]
            kerncijfer(c, (lx0, lyt - 56, lx1, lyt), q, kc[0], kc[1])
            cols[-1] = (lx0, lx1, lyt - 66, lyb)
        pages.update(flow(c, its, cols, q, dark, 1, regions[1]))
    # centre circle: the shared ambition (not an afspraak)
    c.setFillColor(white)
    c.setStrokeColor(HexColor("#20313f"))
    c.setLineWidth(3)
    c.circle(CX, CY, R, stroke=1, fill=1)
    c.setFillColor(HexColor("#20313f"))
    c.setFont(BOLD, 9)
    c.drawCentredString(CX, CY + 52, "ONZE AMBITIE")
    c.setFont(FONT, 9)
    lines = simpleSplit(C.AMBITIE[year], FONT, 9, 140)
    yy = CY + 34
    for ln in lines:
        c.drawCentredString(CX, yy, ln)
        yy -= 11.5
    c.setFillColor(black)
    footer(c, year, 1, 2)
    c.showPage()
    # ---- page 2: explanation, overig band, logos
    header(c, year, "Toelichting, samenwerking en ondertekening")
    c.setFont(BOLD, 13)
    c.drawString(30, 745, "Zo lees je deze placemat")
    c.setFont(FONT, 9.5)
    expl = ("Op deze placemat staan de afspraken die de gemeente Rijsenmoer, Woonstichting Moerhof en Huurdersvereniging "
            "De Moerbei voor %d hebben gemaakt. De vier vlakken volgen de thema’s van de woonvisie ‘Thuis in Rijsenmoer’. "
            "De kerncijfers laten zien waar we staan; het zijn geen afspraken. De onderbouwing van de afspraken staat in het bod "
            "van Moerhof en in de woonvisie." % year)
    yy = 728
    for ln in simpleSplit(expl, FONT, 9.5, 520):
        c.drawString(30, yy, ln)
        yy -= 12.5
    c.setFont(BOLD, 13)
    c.drawString(620, 745, "Terugblik %d" % (year - 1))
    c.setFont(FONT, 9.5)
    back = {2025: "In 2024 leverde Moerhof 31 sociale huurwoningen op en werden 142 woningen geïsoleerd. De gemiddelde "
                  "wachttijd voor een sociale huurwoning lag op 3,8 jaar. Er werden geen huisuitzettingen wegens "
                  "huurachterstand uitgevoerd.",
            2026: "In 2025 zijn in De Vlonder 48 sociale huurwoningen opgeleverd en is de wijkschouw in de Molenbuurt "
                  "gehouden. Het aantal woningen met label E, F of G daalde van 131 naar 84. De gemiddelde wachttijd "
                  "daalde naar 3,6 jaar."}[year]
    yy = 728
    for ln in simpleSplit(back, FONT, 9.5, 520):
        c.drawString(620, yy, ln)
        yy -= 12.5
    # kerncijfer row (facts)
    facts = {2025: [("3,8 jaar", "gemiddelde wachttijd 2024"), ("142", "woningen geïsoleerd in 2024"), ("0", "huisuitzettingen wegens huurachterstand in 2024")],
             2026: [("3,6 jaar", "gemiddelde wachttijd 2025"), ("84", "woningen met label E, F of G (1 januari 2026)"), ("48", "nieuwe sociale huurwoningen in 2025")]}[year]
    for i, (fig, lab) in enumerate(facts):
        x0 = 30 + i * 190
        kerncijfer(c, (x0, 560, x0 + 170, 650), "O", fig, lab)
    # overig band
    dark, light = COLORS["O"]
    c.setFillColor(light)
    c.rect(30, 360, W - 60, 150, stroke=0, fill=1)
    title_bar(c, 30, W - 30, 510, "O", C.QUADRANTS["O"]["title"])
    cols = [(42, 580, 478, 372), (612, 1148, 478, 372)]
    pages.update({k: 2 for k in flow(c, items_for(year, "O"), cols, "O", dark, 2, regions[2])})
    # logos
    c.setFont(BOLD, 9)
    c.drawString(30, 322, "Deze placemat is vastgesteld in het bestuurlijk overleg van %s door:" %
                 {2025: "11 december 2024", 2026: "10 december 2025"}[year])
    logos = [("Gemeente", "Rijsenmoer", "#20313f"), ("Woonstichting", "Moerhof", "#1f5f9e"),
             ("Huurdersvereniging", "De Moerbei", "#7b3f8c")]
    for i, (a, b, colr) in enumerate(logos):
        x0 = 30 + i * 380
        c.setStrokeColor(HexColor(colr))
        c.setLineWidth(2)
        c.roundRect(x0, 200, 340, 100, 10, stroke=1, fill=0)
        c.setFillColor(HexColor(colr))
        c.rect(x0 + 16, 225, 50, 50, stroke=0, fill=1)
        c.setFont(FONT, 11)
        c.drawString(x0 + 80, 259, a)
        c.setFont(BOLD, 18)
        c.drawString(x0 + 80, 235, b)
        c.setFillColor(black)
    footer(c, year, 2, 2)
    c.showPage()
    c.save()
    return did, pages, regions


def afspraak_record(key, q, themes, text, frame, page, section, number=None):
    return {"key": key, "number": number, "section": section, "party": None, "theme": themes[0],
            "themes": themes, "page": page, "text": text, "trekker": None, "planning": None,
            "attributes": {}, "frame": frame}


def doc_header(did, typ, year, pages):
    return {"id": did, "family": FAMILY, "type": typ, "year": year, "years": [year], "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP], "huurdersorganisaties": [C.HUUR],
            "pages": pages, "layout": LAYOUT}


def placemat_gold(year, did, pages):
    afs = []
    for q in "BDKLO":
        for (k, qq, th, v) in C.AFSPRAKEN:
            if qq == q and year in v:
                text, frame = v[year]
                afs.append(afspraak_record(k, q, th, text, frame, pages[k], C.QUADRANTS[q]["title"]))
    return {"document": doc_header(did, "prestatieafspraken", year, 2), "afspraken": afs}


# ---------------- kennisgeving (A4 letter) ----------------
AW, AH = A4
LM, RMX = 72, AW - 72


class Letter:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("Raadsinformatiebrief prestatieafspraken 2026")
        self.c.setAuthor("Gemeente Rijsenmoer")
        self.page = 1
        self.y = 0
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFillColor(HexColor("#20313f"))
        c.rect(LM, AH - 70, 26, 26, stroke=0, fill=1)
        c.setFont(BOLD, 13)
        c.drawString(LM + 34, AH - 58, "Gemeente Rijsenmoer")
        c.setFont(FONT, 8)
        c.drawString(LM + 34, AH - 69, "Raadsinformatiebrief")
        c.setFillColor(black)
        c.setFont(FONT, 8)
        c.drawRightString(RMX, 40, "pagina %d" % self.page)
        self.y = AH - 105

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.start_page()

    def ensure(self, h):
        if self.y - h < 60:
            self.new_page()

    def heading(self, t):
        self.ensure(40)
        self.y -= 8
        self.c.setFont(BOLD, 10.5)
        self.c.drawString(LM, self.y - 10.5, t)
        self.y -= 17

    def para(self, t, x=LM, size=10, lead=13.5):
        lines = simpleSplit(t, FONT, size, RMX - x)
        self.ensure(len(lines) * lead)
        self.c.setFont(FONT, size)
        for ln in lines:
            self.c.drawString(x, self.y - size, ln)
            self.y -= lead
        self.y -= 6

    def numbered(self, n, t):
        lines = simpleSplit(t, FONT, 10, RMX - LM - 20)
        self.ensure(len(lines) * 13.5)
        page = self.page
        self.c.setFont(FONT, 10)
        self.c.drawString(LM, self.y - 10, "%d." % n)
        for ln in lines:
            self.c.drawString(LM + 20, self.y - 10, ln)
            self.y -= 13.5
        self.y -= 4
        return page


def build_kennisgeving(year=2026):
    did = "%s-kennisgeving-%d" % (FAMILY, year)
    path = os.path.join(OUT, "pdf", did + ".pdf")
    L = Letter(path)
    c = L.c
    c.setFont(FONT, 9)
    for a, b in C.KENNIS_META:
        c.setFont(BOLD, 9)
        c.drawString(LM, L.y - 9, a)
        c.setFont(FONT, 9)
        for ln in simpleSplit(b, FONT, 9, RMX - LM - 110):
            c.drawString(LM + 110, L.y - 9, ln)
            L.y -= 12
    L.y -= 14
    c.setFont(BOLD, 14)
    c.drawString(LM, L.y - 14, "Raadsinformatiebrief prestatieafspraken %d" % year)
    L.y -= 28
    L.para("Geachte leden van de raad,")
    for h, ps in C.KENNIS_INTRO:
        L.heading(h)
        for p in ps:
            L.para(p)
    afs = []
    v26 = {k: v for (k, q, th, v) in C.AFSPRAKEN}
    th = {k: t for (k, q, t, v) in C.AFSPRAKEN}
    L.heading("Belangrijkste afspraken voor %d" % year)
    L.para("De afspraken zijn gerangschikt naar de thema’s van de woonvisie. Hieronder noemen wij per thema de afspraken die voor de raad het meest van belang zijn; de volledige placemat vindt u in de bijlage.")
    for title, lead, items in C.KENNIS_BLOCKS:
        L.heading(title)
        L.para(lead)
        for i, (k, text, dl) in enumerate(items, 1):
            ptext, pframe = v26[k][year]
            if text == "SAME":
                text = ptext
            frame = json.loads(json.dumps(pframe))
            if dl is not None:
                frame["deadline"] = {"year": dl[0], "text": dl[1]}
            page = L.numbered(i, text)
            afs.append({"key": k, "number": str(i),
                        "section": "Belangrijkste afspraken voor %d > %s" % (year, title),
                        "party": None, "theme": th[k][0], "themes": th[k], "page": page, "text": text,
                        "trekker": None, "planning": None, "attributes": {}, "frame": frame})
    for h, ps in C.KENNIS_OUTRO:
        L.heading(h)
        for p in ps:
            L.para(p)
    L.ensure(110)
    L.para("Burgemeester en wethouders van Rijsenmoer,")
    L.y -= 10
    c.setFont(FONT, 10)
    c.drawString(LM, L.y - 10, "de secretaris,")
    c.drawString(LM + 230, L.y - 10, "de burgemeester,")
    L.y -= 40
    c.drawString(LM, L.y - 10, "drs. H.J. Stoutjesdijk")
    c.drawString(LM + 230, L.y - 10, "mr. E.C. van Wieringen-Bol")
    L.y -= 30
    L.para("Bijlage: Placemat prestatieafspraken 2026 Rijsenmoer", size=9, lead=12)
    c.showPage()
    c.save()
    n = L.page
    return did, {"document": doc_header(did, "kennisgeving", year, n), "afspraken": afs}


def link(o, n, s, kinds=(), hn=None):
    return {"old": o, "new": n, "status": s, "kinds": list(kinds), "hard_negative": hn}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    regions = {}
    for year in (2025, 2026):
        did, pages, reg = build_placemat(year)
        golds[did] = placemat_gold(year, did, pages)
        regions[did] = reg
    did, g = build_kennisgeving(2026)
    golds[did] = g
    for did, g in golds.items():
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    # pair 1: 2025 -> 2026
    o = [a["key"] for a in golds["rijsenmoer-2025"]["afspraken"]]
    n = [a["key"] for a in golds["rijsenmoer-2026"]["afspraken"]]
    links = []
    for k in o:
        if k in n:
            s, kinds, hn = C.PAIR1[k]
            links.append(link(k, k, s, kinds, hn))
        else:
            links.append(link(k, None, "dropped"))
    for k in n:
        if k not in o:
            links.append(link(None, k, "new"))
    pairs = {("rijsenmoer-2025", "rijsenmoer-2026"): links}
    # pair 2: agreement 2026 -> raadsinformatiebrief 2026 (items not listed in the letter are 'dropped')
    t26 = {a["key"]: a["text"] for a in golds["rijsenmoer-2026"]["afspraken"]}
    kn = {a["key"]: a["text"] for a in golds["rijsenmoer-kennisgeving-2026"]["afspraken"]}
    links = []
    for k in n:
        if k in kn:
            if kn[k] == t26[k]:
                links.append(link(k, k, "unchanged"))
            else:
                links.append(link(k, k, "reworded", [], "same_figures"))
        else:
            links.append(link(k, None, "dropped"))
    pairs[("rijsenmoer-2026", "rijsenmoer-kennisgeving-2026")] = links
    for (a, b), ls in pairs.items():
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), "w", encoding="utf-8") as f:
            json.dump({"old": a, "new": b, "links": ls}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "regions.json"), "w", encoding="utf-8") as f:
        json.dump(regions, f, indent=1)
    print("built", ", ".join("%s (%d)" % (d, len(g["afspraken"])) for d, g in golds.items()))


if __name__ == "__main__":
    main()
