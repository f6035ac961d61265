# -*- coding: utf-8 -*-
"""Build the gagelmonde family (layout `tijdlijn`): PDFs and gold. Run: .venv/bin/python build.py"""
import copy
import io
import json
import os
import re
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test"))
FAMILY = "gagelmonde"
W, H = A4
ML, MR, TOP, BOTTOM = 56, 56, H - 60, 62
SPINE = W / 2.0
BOX_W = 208
LBOX = (SPINE - 36 - BOX_W, SPINE - 36)
RBOX = (SPINE + 36, SPINE + 36 + BOX_W)
LEAD = 11
GRID = 11
STAGGER = 33
SECTION_ROOT = "Afspraken op de tijdlijn"


# ----------------------------------------------------------------------------- versions
def resolve_versions():
    """key -> {year: version dict}, with SAME expanded."""
    out = {}
    for a in C.AFSPRAKEN:
        vs = {}
        prev = None
        for y in C.YEARS:
            v = a["versions"].get(y)
            if v is None:
                prev = None
                continue
            if v == C.SAME:
                v = copy.deepcopy(prev)
                v["status"] = "unchanged"
                v["kinds"] = []
                v["hn"] = None
            vs[y] = v
            prev = v
        out[a["key"]] = vs
    return out


def sort_key(marker):
    m = marker.lower()
    if m == "doorlopend":
        return (9999, 0)
    yrs = re.findall(r"(20\d\d)", m)
    if not yrs:
        return (9998, 0)
    if re.match(r"^20\d\d-20\d\d$", m):
        return (int(yrs[0]), 13 + int(yrs[1]) - int(yrs[0]))
    y = int(yrs[0])
    mon = 6.4
    for pat, val in (("q1", 3), ("q2", 6), ("q3", 9), ("q4", 12), ("medio", 6.5), ("eind", 12.2),
                     ("juli", 7), ("december", 12.1), ("voorjaar", 4), ("najaar", 10)):
        if pat in m:
            mon = val
    return (y, mon)


# ----------------------------------------------------------------------------- rendering
class Doc:
    def __init__(self, year, total):
        self.year = year
        self.total = total
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle("Prestatieafspraken Gagelmonde %d" % year)
        self.c.setAuthor("Gemeente Gagelmonde")
        self.page = 1
        self.y = TOP
        self.gold = []

    # -- page furniture
    def furniture(self):
        c = self.c
        if self.page > 1:
            c.setFont("Helvetica", 7.5)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(ML, H - 36, "Prestatieafspraken %d  |  Gagelmonde  -  Veenhof  -  De Gagel" % self.year)
            c.setStrokeColorRGB(0.8, 0.8, 0.8)
            c.setLineWidth(0.5)
            c.line(ML, H - 41, W - MR, H - 41)
            c.drawRightString(W - MR, 32, "Pagina %d van %s" % (self.page, self.total or "?"))
            c.setFillColorRGB(0, 0, 0)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = TOP
        self.furniture()

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    # -- prose
    def heading(self, text, size=15):
        self.need(60)
        self.c.setFont("Helvetica-Bold", size)
        self.c.setFillColorRGB(0.12, 0.30, 0.45)
        self.c.drawString(ML, self.y - size, text)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= size + 10

    def para(self, text, size=9.5, lead=14, width=None, x=None, font="Helvetica"):
        width = width or (W - ML - MR)
        x = ML if x is None else x
        lines = simpleSplit(text, font, size, width)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y - size, ln)
            self.y -= lead
        self.y -= 6

    # -- cover
    def cover(self):
        c = self.c
        c.setFillColorRGB(0.12, 0.30, 0.45)
        c.rect(0, H - 300, W, 300, stroke=0, fill=1)
        # a decorative timeline on the cover
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(5)
        c.line(W - 110, H - 40, W - 110, H - 280)
        for i, yy in enumerate((H - 80, H - 150, H - 220)):
            c.setFillColorRGB(1, 1, 1)
            c.circle(W - 110, yy, 8, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(ML, H - 150, "Prestatieafspraken %d" % self.year)
        c.setFont("Helvetica", 14)
        c.drawString(ML, H - 178, "Samen op weg: wonen in Gagelmonde")
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont("Helvetica", 11)
        yy = H - 360
        for t in ("Gemeente Gagelmonde", C.CORPORATIE, C.HUURDERS):
            c.drawString(ML, yy, t)
            yy -= 18
        c.setFont("Helvetica", 9)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(ML, yy - 20, "Vastgesteld op %s" % C.SIGNDATE[self.year])
        c.setFillColorRGB(0, 0, 0)

    def blocks(self, mapping):
        for head, per in mapping.items():
            paras = C.pick(per, self.year)
            if paras is None:
                continue
            self.heading(head.replace("{prev}", str(self.year - 1)), 13)
            for p in paras:
                self.para(p.replace("{year}", str(self.year)).replace("{prev}", str(self.year - 1))
                          .replace("{signdate}", C.SIGNDATE[self.year]))
            self.y -= 6

    # -- timeline
    def band(self, idx, title, col):
        self.need(170)
        c = self.c
        c.setFillColorRGB(*col)
        c.roundRect(ML, self.y - 26, W - ML - MR, 26, 4, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(ML + 12, self.y - 17.5, "%d  %s" % (idx, title))
        c.setFillColorRGB(0, 0, 0)
        self.y -= 40

    def timeline(self, idx, theme, title, col, light, items, versions):
        """items: list of ('a', key) or ('m', marker, label), sorted."""
        c = self.c
        seg = []  # drawables for the current page segment
        seg_top = self.y
        cursor = [self.y, self.y]
        prev_top = None
        side = 0
        n = 0

        def flush(bottom):
            c.setStrokeColorRGB(*col)
            c.setLineWidth(7)
            c.line(SPINE, seg_top, SPINE, bottom)
            for d in seg:
                d()

        for it in items:
            if it[0] == "a":
                v = versions[it[1]]
                lines = simpleSplit(v["text"], "Helvetica", 8.5, BOX_W - 14)
                h = 6 + 10 + len(lines) * LEAD + 12 + 4
            else:
                lines = simpleSplit(it[2], "Helvetica-Oblique", 8, BOX_W - 30)
                h = 12 + len(lines) * LEAD
            top = cursor[side]
            if prev_top is not None:
                top = min(top, prev_top - STAGGER)
            # snap to grid relative to segment top
            off = seg_top - top
            off = GRID * -(-off // GRID)
            top = seg_top - off
            if top - h < BOTTOM:
                flush(min(cursor) + 6)
                self.new_page()
                seg = []
                c.setFont("Helvetica-Oblique", 8)
                c.setFillColorRGB(0.45, 0.45, 0.45)
                c.drawString(ML, self.y - 8, "%d  %s (vervolg)" % (idx, title))
                c.setFillColorRGB(0, 0, 0)
                self.y -= 22
                seg_top = self.y
                cursor = [self.y, self.y]
                prev_top = None
                top = self.y
            if it[0] == "a":
                n += 1
                num = "%d.%d" % (idx, n)
                seg.append(self._box(side, top, h, lines, num, v, col, light))
                self.gold.append((it[1], num, self.page, v))
            else:
                seg.append(self._milestone(side, top, lines, it[1], col))
            cursor[side] = top - h - 10
            prev_top = top
            side = 1 - side
        bottom = min(cursor) + 4
        flush(bottom)
        self.y = bottom - 24

    def _box(self, side, top, h, lines, num, v, col, light):
        c = self.c
        x0, x1 = LBOX if side == 0 else RBOX

        def draw():
            my = top - 13
            # connector
            c.setStrokeColorRGB(*col)
            c.setLineWidth(1.2)
            if side == 0:
                c.line(x1, my, SPINE - 26, my)
            else:
                c.line(SPINE + 26, my, x0, my)
            # marker pill on the spine
            c.setFillColorRGB(*col)
            c.roundRect(SPINE - 25, my - 6.5, 50, 13, 6.5, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawCentredString(SPINE, my - 2.3, v["planning"])
            # box
            c.setFillColorRGB(*light)
            c.setStrokeColorRGB(*col)
            c.setLineWidth(0.8)
            c.roundRect(x0, top - h, x1 - x0, h, 7, stroke=1, fill=1)
            c.setFillColorRGB(*col)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0 + 7, top - 6 - 7.5, num)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("Helvetica", 8.5)
            yy = top - 16 - 8.5
            for ln in lines:
                c.drawString(x0 + 7, yy, ln)
                yy -= LEAD
            c.setFillColorRGB(0.5, 0.5, 0.5)
            c.setFont("Helvetica", 7)
            c.drawString(x0 + 7, yy - 1, "Trekker: %s" % v["trekker"])
            c.setFillColorRGB(0, 0, 0)
        return draw

    def _milestone(self, side, top, lines, marker, col):
        c = self.c

        def draw():
            my = top - 8
            c.setFillColorRGB(1, 1, 1)
            c.setStrokeColorRGB(*col)
            c.setLineWidth(2)
            c.circle(SPINE, my, 7.5, stroke=1, fill=1)
            c.setFillColorRGB(*col)
            c.setFont("Helvetica-Bold", 7.5)
            x = SPINE - 16 if side == 0 else SPINE + 16
            (c.drawRightString if side == 0 else c.drawString)(x, my - 2.5, "Mijlpaal " + marker)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont("Helvetica-Oblique", 8)
            yy = my - 2.5 - LEAD
            for ln in lines:
                (c.drawRightString if side == 0 else c.drawString)(x, yy, ln)
                yy -= LEAD
            c.setFillColorRGB(0, 0, 0)
        return draw

    def signatures(self):
        self.need(120)
        x = ML
        colw = (W - ML - MR) / 3.0
        for org, name, fn in C.SIGNATORIES:
            c = self.c
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, self.y - 10, org)
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.line(x, self.y - 55, x + colw - 20, self.y - 55)
            c.setFont("Helvetica", 8.5)
            c.drawString(x, self.y - 68, name)
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(x, self.y - 80, fn)
            x += colw
        self.y -= 95


def render(year, vers, total=None):
    d = Doc(year, total)
    d.cover()
    d.new_page()
    d.blocks(C.INTRO)
    d.new_page()
    d.blocks(C.AMBITIES)
    d.new_page()
    d.heading(SECTION_ROOT, 17)
    d.para("Op de volgende pagina's staan de afspraken voor %d per thema. Lees elke tijdlijn van boven naar beneden; "
           "het label op de lijn geeft aan wanneer de afspraak gereed moet zijn of dat het om een doorlopende "
           "afspraak gaat." % year)
    d.y -= 4
    sections = {}
    for idx, (theme, title, col, light) in enumerate(C.THEMES, 1):
        items = []
        for a in C.AFSPRAKEN:
            if a["theme"] == theme and year in vers[a["key"]]:
                items.append(("a", a["key"], vers[a["key"]][year]["planning"]))
        for (t, marker, label) in C.MILESTONES[year]:
            if t == theme:
                items.append(("m", marker, label))
        items = sorted(items, key=lambda it: sort_key(it[2] if it[0] == "a" else it[1]))
        items = [("a", it[1]) if it[0] == "a" else it for it in items]
        d.band(idx, title, col)
        ctx = C.pick(C.CONTEXT[theme], year)
        d.para(ctx, size=9, lead=13)
        d.y -= 6
        d.timeline(idx, theme, title, col, light, items, {k: vers[k][year] for k in vers if year in vers[k]})
        for a in C.AFSPRAKEN:
            sections[a["key"]] = SECTION_ROOT + " > " + title
    d.y -= 8
    d.blocks(C.CLOSING)
    d.signatures()
    d.c.showPage()
    d.c.save()
    return d, sections


def build_year(year, vers):
    d, _ = render(year, vers)
    total = d.page
    d, sections = render(year, vers, total)
    assert d.page == total
    pdf = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAMILY, year))
    with open(pdf, "wb") as f:
        f.write(d.buf.getvalue())
    themes_of = {a["key"]: a for a in C.AFSPRAKEN}
    afs = []
    for key, num, page, v in d.gold:
        a = themes_of[key]
        themes = [a["theme"]] + ([a["themes2"]] if a.get("themes2") else [])
        afs.append({"key": key, "number": num, "section": sections[key], "party": None, "theme": a["theme"],
                    "themes": themes, "page": page, "text": v["text"], "trekker": v["trekker"],
                    "planning": v["planning"], "attributes": {}, "frame": v["frame"]})
    gold = {"document": {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": [C.CORPORATIE], "huurdersorganisaties": [C.HUURDERS], "pages": total,
                         "layout": "tijdlijn"},
            "afspraken": afs}
    with open(os.path.join(OUT, "gold", "%s-%d.json" % (FAMILY, year)), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return gold


def build_pair(old, new, gold_old, gold_new, vers):
    links = []
    new_keys = [a["key"] for a in gold_new["afspraken"]]
    old_keys = [a["key"] for a in gold_old["afspraken"]]
    for k in old_keys:
        if k in new_keys:
            v = vers[k][new]
            assert v["status"], (k, new)
            links.append({"old": k, "new": k, "status": v["status"], "kinds": v["kinds"], "hard_negative": v["hn"]})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in new_keys:
        if k not in old_keys:
            assert vers[k][new]["status"] is None, k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    pr = {"old": "%s-%d" % (FAMILY, old), "new": "%s-%d" % (FAMILY, new), "links": links}
    with open(os.path.join(OUT, "gold", "pairs", "%s-%d__%s-%d.json" % (FAMILY, old, FAMILY, new)), "w",
              encoding="utf-8") as f:
        json.dump(pr, f, ensure_ascii=False, indent=1)


def main():
    for sub in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    vers = resolve_versions()
    golds = {y: build_year(y, vers) for y in C.YEARS}
    for a, b in zip(C.YEARS, C.YEARS[1:]):
        build_pair(a, b, golds[a], golds[b], vers)


if __name__ == "__main__":
    main()
