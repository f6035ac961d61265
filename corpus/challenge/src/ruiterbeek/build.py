# -*- coding: utf-8 -*-
"""Build the ruiterbeek family: 'Huurderseditie' of Huurdersvereniging Beek & Buurt (run from anywhere).

Renders test/pdf/ruiterbeek-<year>.pdf deterministically and writes test/gold/<doc>.json and the pairs.
"""
import json
import os
import sys

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))

PW, PH = A5
ML, MR, MT, MB = 32, 32, 46, 50
W = PW - ML - MR
MW = 214              # main column (afspraken)
GAP = 14
SW = W - MW - GAP     # side column (boxes)
SX = ML + MW + GAP
TOP = PH - MT

TEAL = HexColor("#1F6F6B")
GREEN = HexColor("#2E8B3E")
BOX1 = HexColor("#DCEFEA")
BOX2 = HexColor("#FCEFCF")
QUOTEBG = HexColor("#EEF0F7")
GREY = HexColor("#6B6B6B")
DARK = HexColor("#222222")

F, FB, FI, FBI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"

# body text metrics
ITEM_FS, ITEM_LD = 9, 11.6
BOX_FS, BOX_LD = 7.8, 9.9


def wrap(text, width, font, size):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def sub(s, year):
    return s.replace("{year}", str(year)).replace("{prev}", str(year - 1)).replace("{next}", str(year + 1))


# ------------------------------------------------------------------ content resolution
def resolve():
    """Return {year: [(key, section, themes, actors, version)]} with SAME resolved."""
    out = {y: [] for y in C.YEARS}
    for key, sec, themes, actors, vers in C.AFSPRAKEN:
        prev = None
        for y in C.YEARS:
            ver = vers.get(y)
            if ver is None:
                prev = None
                continue
            if ver == C.SAME:
                assert prev is not None, key
                ver = dict(prev, status="unchanged", kinds=[], hn=None)
            else:
                if prev is not None:
                    assert ver["status"] in ("reworded", "weakened", "strengthened"), (key, y)
                    if ver["status"] == "reworded":
                        assert ver["text"] != prev["text"], (key, y)
                else:
                    assert ver["status"] is None, (key, y)
            assert not ver["text"][0].isdigit()
            out[y].append((key, sec, themes, ver.get("actors") or actors, ver))
            prev = ver
    return out


# ------------------------------------------------------------------ drawing primitives
def check_mark(c, x, y):
    c.saveState()
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.7)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(x, y + 3.6)
    p.lineTo(x + 3.2, y + 0.4)
    p.lineTo(x + 9, y + 7.6)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def footer(c, year, pno):
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(ML, MB - 16, PW - MR, MB - 16)
    c.setFont(F, 7.2)
    c.setFillColor(GREY)
    c.drawString(ML, MB - 27, "Huurderseditie %d  \u00b7  Huurdersvereniging Beek & Buurt" % year)
    c.drawRightString(PW - MR, MB - 27, "%d" % pno)
    c.setFillColor(TEAL)
    c.rect(0, PH - 14, PW, 14, stroke=0, fill=1)
    c.setFillColor(DARK)


def box_height(title, text):
    lines = wrap(text, SW - 12, F, BOX_FS)
    return 6 + 11 + len(lines) * BOX_LD + 5, lines


def draw_box(c, y, title, text, color):
    h, lines = box_height(title, text)
    c.setFillColor(color)
    c.roundRect(SX, y - h, SW, h, 5, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont(FB, 8.4)
    c.drawString(SX + 6, y - 6 - 8, title)
    c.setFillColor(DARK)
    c.setFont(F, BOX_FS)
    yy = y - 6 - 11 - BOX_LD + 2
    for ln in lines:
        c.drawString(SX + 6, yy, ln)
        yy -= BOX_LD
    return h


# ------------------------------------------------------------------ pages
def cover(c, year):
    c.setFillColor(TEAL)
    c.rect(0, PH - 120, PW, 120, stroke=0, fill=1)
    # logo: two roofs in a circle
    c.setFillColor(white)
    c.circle(ML + 22, PH - 52, 20, stroke=0, fill=1)
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    for dx in (-7, 7):
        p = c.beginPath()
        p.moveTo(ML + 22 + dx - 7, PH - 58)
        p.lineTo(ML + 22 + dx, PH - 46)
        p.lineTo(ML + 22 + dx + 7, PH - 58)
        c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(white)
    c.setFont(FB, 12)
    c.drawString(ML + 52, PH - 48, "Beek & Buurt")
    c.setFont(F, 8.5)
    c.drawString(ML + 52, PH - 60, "Huurdersvereniging voor de huurders van De Ruiterpoort")
    c.setFont(FB, 26)
    c.drawString(ML, PH - 104, "Huurderseditie %d" % year)
    c.setFillColor(DARK)
    c.setFont(FB, 14)
    c.drawString(ML, PH - 148, "De prestatieafspraken van Ruiterbeek")
    c.setFont(F, 10)
    y = PH - 166
    for ln in wrap("Wat de gemeente, Woonstichting De Ruiterpoort en uw huurdersvereniging voor %d "
                   "hebben afgesproken, uitgelegd voor huurders." % year, W, F, 10):
        c.drawString(ML, y, ln)
        y -= 13
    # photo placeholder drawing
    px, py, pw, ph = ML, 150, W, 230
    c.setFillColor(HexColor("#CFE3F0"))
    c.rect(px, py, pw, ph, stroke=0, fill=1)
    c.setFillColor(HexColor("#F4C542"))
    c.circle(px + pw - 50, py + ph - 45, 22, stroke=0, fill=1)
    c.setFillColor(HexColor("#8DBF7A"))
    c.rect(px, py, pw, 45, stroke=0, fill=1)
    houses = [(px + 20, 70, 80), (px + 100, 60, 100), (px + 170, 80, 70), (px + 260, 70, 90)]
    for i, (hx, hw, hh) in enumerate(houses):
        c.setFillColor(HexColor(["#B5533C", "#C9A27E", "#9C6B4E", "#D08C60"][i]))
        c.rect(hx, py + 40, hw, hh, stroke=0, fill=1)
        c.setFillColor(HexColor("#5A3A2E"))
        p = c.beginPath()
        p.moveTo(hx - 6, py + 40 + hh)
        p.lineTo(hx + hw / 2, py + 40 + hh + 30)
        p.lineTo(hx + hw + 6, py + 40 + hh)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(HexColor("#F7F1D8"))
        for wx in range(int(hx) + 10, int(hx + hw) - 14, 22):
            c.rect(wx, py + 40 + hh - 28, 12, 14, stroke=0, fill=1)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.8)
    c.rect(px, py, pw, ph, stroke=1, fill=0)
    c.setFont(FI, 7.5)
    c.setFillColor(GREY)
    c.drawString(px, py - 12, sub(C.COVER_CAPTION[year], year))
    c.setFillColor(DARK)
    c.setFont(F, 8.5)
    c.drawString(ML, 80, "Gemeente Ruiterbeek  \u00b7  Woonstichting De Ruiterpoort  \u00b7  Huurdersvereniging Beek & Buurt")
    c.setFont(FB, 8.5)
    c.drawString(ML, 64, "Uitgave voor de leden  \u00b7  december %d" % (year - 1))


def voorwoord(c, year, toc):
    y = TOP - 6
    c.setFillColor(TEAL)
    c.setFont(FB, 15)
    c.drawString(ML, y, "Voorwoord")
    y -= 20
    c.setFillColor(DARK)
    for i, para in enumerate(C.VOORWOORD[year]):
        c.setFont(FI if i == 0 else F, 9)
        for ln in wrap(para, W, F, 9):
            c.drawString(ML, y, ln)
            y -= 11.8
        y -= 4
    c.setFont(FI, 8.5)
    c.drawString(ML, y, "Het bestuur van Beek & Buurt")
    y -= 24
    c.setFillColor(TEAL)
    c.setFont(FB, 11.5)
    c.drawString(ML, y, "Zo leest u deze editie")
    y -= 18
    c.setFillColor(DARK)
    check_mark(c, ML, y)
    c.setFont(F, 8.5)
    for ln in wrap("Achter een vinkje staat een afspraak, precies zoals die in de ondertekende "
                   "prestatieafspraken staat.", W - 20, F, 8.5):
        c.drawString(ML + 18, y, ln)
        y -= 10.8
    y -= 6
    c.setFillColor(BOX1)
    c.roundRect(ML, y - 2, 11, 10, 2, stroke=0, fill=1)
    c.setFillColor(DARK)
    for ln in wrap("In de gekleurde vakken legt uw huurdersvereniging uit wat dit voor u betekent. "
                   "Die uitleg is zelf geen afspraak.", W - 20, F, 8.5):
        c.drawString(ML + 18, y, ln)
        y -= 10.8
    y -= 16
    c.setFillColor(TEAL)
    c.setFont(FB, 11.5)
    c.drawString(ML, y, "In deze editie")
    y -= 16
    c.setFillColor(DARK)
    c.setFont(F, 9)
    for title, pno in toc:
        c.drawString(ML, y, title)
        c.drawRightString(PW - MR, y, str(pno))
        c.setStrokeColor(HexColor("#BBBBBB"))
        c.setDash(1, 2)
        c.line(ML + stringWidth(title, F, 9) + 4, y + 1, PW - MR - 14, y + 1)
        c.setDash()
        y -= 13.5
    c.drawString(ML, y, "Contact")
    c.drawRightString(PW - MR, y, "achterkant")
    assert y > MB


def back(c, year):
    c.setFillColor(TEAL)
    c.rect(0, 0, PW, 190, stroke=0, fill=1)
    y = TOP - 6
    c.setFillColor(TEAL)
    c.setFont(FB, 15)
    c.drawString(ML, y, "Vragen? Neem contact met ons op")
    y -= 24
    c.setFillColor(DARK)
    lines = [
        (FB, "Huurdersvereniging Beek & Buurt"),
        (F, "Kerkpad 14"),
        (F, "6871 RB Ruiterbeek"),
        (F, ""),
        (F, "Telefoon: (0485) 72 19 40 (dinsdag en donderdag, 10.00-12.00 uur)"),
        (F, "E-mail: secretariaat@beekenbuurt-ruiterbeek.nl"),
        (F, "Website: www.beekenbuurt-ruiterbeek.nl"),
        (F, ""),
        (FB, "Spreekuur"),
        (F, "Elke eerste woensdag van de maand van 14.00 tot 16.00 uur in buurthuis De Schakel."),
        (F, ""),
        (FB, "Lid worden?"),
        (F, "Alle huurders van De Ruiterpoort in Ruiterbeek kunnen gratis lid worden."),
        (F, "Vul het formulier op onze website in of kom langs op het spreekuur."),
        (F, ""),
        (FB, "De volledige afspraken"),
        (F, "De ondertekende prestatieafspraken %d staan op de website van De Ruiterpoort." % year),
    ]
    for font, t in lines:
        c.setFont(font, 9)
        for ln in wrap(t, W, font, 9) or [""]:
            c.drawString(ML, y, ln)
            y -= 12
    y -= 8
    c.setFont(FB, 9)
    c.drawString(ML, y, "Ondertekend op %s door:" % C.SIGNED[year])
    y -= 12
    c.setFont(F, 8.5)
    for org, who in C.SIGNATORIES:
        c.drawString(ML, y, "%s: %s" % (org, who))
        y -= 11
    c.setFillColor(white)
    c.setFont(FB, 16)
    c.drawString(ML, 130, "Samen sterk voor huurders")
    c.setFont(F, 9)
    c.drawString(ML, 112, "Huurderseditie %d is een uitgave van Huurdersvereniging Beek & Buurt." % year)
    c.drawString(ML, 99, "Tekst en opmaak: redactie Beek & Buurt. Oplage 3.300 exemplaren.")


class Body:
    """Lays out the question sections; records operations per page and gold pages."""

    def __init__(self, year, first_page):
        self.year = year
        self.first = first_page
        self.pages = [[]]
        self.y = TOP
        self.side_y = TOP
        self.pending = []
        self.gold_pages = {}
        self.toc = []

    @property
    def pno(self):
        return self.first + len(self.pages) - 1

    def op(self, f):
        self.pages[-1].append(f)

    def new_page(self):
        self.pages.append([])
        self.y = TOP
        self.side_y = TOP
        pend, self.pending = self.pending, []
        for title, text, col in pend:
            self.place_box(title, text, col)

    def place_box(self, title, text, col):
        h, _ = box_height(title, text)
        if self.side_y - h < MB:
            self.pending.append((title, text, col))
            return
        yy = self.side_y
        self.op(lambda c, yy=yy: draw_box(c, yy, title, text, col))
        self.side_y -= h + 9

    def section(self, key, title, items):
        hl = wrap(title, W, FB, 13.5)
        first_h = len(wrap(items[0][4]["text"], MW - 17, F, ITEM_FS)) * ITEM_LD + 6
        need = len(hl) * 16 + 22 + first_h
        if self.y - need < MB:
            self.new_page()
        self.toc.append((title, self.pno))
        yy = self.y - 12

        def head(c, yy=yy, hl=hl):
            c.setFillColor(TEAL)
            c.setFont(FB, 13.5)
            y0 = yy
            for ln in hl:
                c.drawString(ML, y0, ln)
                y0 -= 16
            c.setStrokeColor(GREEN)
            c.setLineWidth(2)
            c.line(ML, y0 + 10, ML + 40, y0 + 10)
            c.setFillColor(DARK)
        self.op(head)
        self.y -= len(hl) * 16 + 8
        self.side_y = self.y
        lab = self.y - 8
        self.op(lambda c, lab=lab: (c.setFont(FBI, 7.8), c.setFillColor(GREY),
                                    c.drawString(ML, lab, "Dit is afgesproken:"), c.setFillColor(DARK)))
        self.y -= 17
        b1, b2 = C.BOXES[key]
        self.place_box("Wat betekent dit voor u?", sub(b1, self.year), BOX1)
        self.place_box("Goed om te weten", sub(b2, self.year), BOX2)
        for akey, sec, themes, actors, ver in items:
            lines = wrap(ver["text"], MW - 17, F, ITEM_FS)
            h = len(lines) * ITEM_LD + 6
            if self.y - h < MB:
                self.new_page()
            self.gold_pages[akey] = self.pno
            yy = self.y - ITEM_FS

            def item(c, yy=yy, lines=lines):
                check_mark(c, ML + 1, yy - 1)
                c.setFont(F, ITEM_FS)
                c.setFillColor(DARK)
                y0 = yy
                for ln in lines:
                    c.drawString(ML + 17, y0, ln)
                    y0 -= ITEM_LD
            self.op(item)
            self.y -= h
        while self.pending:
            self.new_page()
        self.y = min(self.y, self.side_y) - 16

    def quote(self, text, who):
        lines = wrap(text, W - 46, FI, 9.5)
        h = len(lines) * 12.5 + 34
        if self.y - h < MB:
            self.new_page()
        yy = self.y

        def q(c, yy=yy):
            c.setFillColor(QUOTEBG)
            c.roundRect(ML, yy - h, W, h, 8, stroke=0, fill=1)
            c.setFillColor(TEAL)
            c.setFont(FB, 34)
            c.drawString(ML + 8, yy - 32, "\u201c")
            c.setFillColor(DARK)
            c.setFont(FI, 9.5)
            y0 = yy - 16
            for ln in lines:
                c.drawString(ML + 34, y0, ln)
                y0 -= 12.5
            c.setFont(FB, 8)
            c.setFillColor(GREY)
            c.drawRightString(PW - MR - 12, y0 - 4, "\u2014 " + who)
            c.setFillColor(DARK)
        self.op(q)
        self.y -= h + 16


def build_year(year, items):
    body = Body(year, 3)
    for key, title in C.SECTIONS:
        sec_items = [it for it in items if it[1] == key]
        if not sec_items:
            continue
        body.section(key, title, sec_items)
        if key == C.QUOTE_AFTER:
            body.quote(*C.QUOTE[year])
    npages = 2 + len(body.pages) + 1
    doc_id = "%s-%d" % (C.FAMILY, year)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    c = canvas.Canvas(path, pagesize=A5, invariant=1)
    c.setTitle("Huurderseditie %d" % year)
    c.setAuthor("Huurdersvereniging Beek & Buurt")
    c.setSubject("Prestatieafspraken %d Ruiterbeek" % year)
    cover(c, year)
    c.showPage()
    voorwoord(c, year, body.toc)
    footer(c, year, 2)
    c.showPage()
    for i, ops in enumerate(body.pages):
        for f in ops:
            f(c)
        footer(c, year, 3 + i)
        c.showPage()
    back(c, year)
    c.showPage()
    c.save()

    titles = dict(C.SECTIONS)
    afs = []
    for akey, sec, themes, actors, ver in items:
        qs = []
        for q in ver["q"]:
            if q[2] == "range":
                qs.append({"value": q[0], "unit": q[1], "comparator": "range", "value_max": q[3]})
            else:
                qs.append({"value": q[0], "unit": q[1], "comparator": q[2], "value_max": None})
        afs.append({
            "key": akey, "number": None, "section": titles[sec], "party": None,
            "theme": themes[0], "themes": list(themes), "page": body.gold_pages[akey],
            "text": ver["text"], "trekker": None, "planning": None, "attributes": {},
            "frame": {
                "actors": list(actors), "modality": ver["modality"], "quantities": qs,
                "deadline": {"year": ver["dl"][0], "text": ver["dl"][1]} if ver["dl"] else None,
                "recurring": ver["rec"], "conditions": list(ver["cond"]),
            },
        })
    gold = {"document": {
        "id": doc_id, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
        "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
        "huurdersorganisaties": [C.HUURDERS], "pages": npages, "layout": C.LAYOUT},
        "afspraken": afs}
    with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return gold


def build_pair(old_y, new_y, res):
    old = [it[0] for it in res[old_y]]
    newv = {it[0]: it[4] for it in res[new_y]}
    links = []
    for k in old:
        if k in newv:
            ver = newv[k]
            links.append({"old": k, "new": k, "status": ver["status"], "kinds": list(ver["kinds"]),
                          "hard_negative": ver["hn"]})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for it in res[new_y]:
        if it[0] not in old:
            assert it[4]["status"] is None
            links.append({"old": None, "new": it[0], "status": "new", "kinds": [], "hard_negative": None})
    o, n = "%s-%d" % (C.FAMILY, old_y), "%s-%d" % (C.FAMILY, new_y)
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), "w", encoding="utf-8") as fh:
        json.dump({"old": o, "new": n, "links": links}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    res = resolve()
    for y in C.YEARS:
        g = build_year(y, res[y])
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")
    for a, b in zip(C.YEARS, C.YEARS[1:]):
        build_pair(a, b, res)


if __name__ == "__main__":
    main()
