# -*- coding: utf-8 -*-
"""Build the bremwolde family (layout `wijkkaart`): PDFs and gold. Run from anywhere:

    /work/main/.venv/bin/python corpus/challenge/src/bremwolde/build.py
"""
import copy
import json
import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as K  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test"))
FAMILY = "bremwolde"
LAYOUT = "wijkkaart"
PW, PH = A4
LW, LH = landscape(A4)
GREY = (0.35, 0.35, 0.35)
INK = (0.12, 0.12, 0.15)
ACCENT = (0.55, 0.25, 0.15)
GEM_TITLE = "Gemeentebrede afspraken"


# ------------------------------------------------------------------------------------------------ data
def resolve():
    """Per year: list of afspraken versions with SAME resolved and status filled in."""
    out = {}
    for a in K.AFSPRAKEN:
        prev = None
        for y in K.YEARS:
            v = a["versions"].get(y)
            if v is None:
                prev = None
                continue
            if v == K.SAME:
                v = dict(prev, status="unchanged", kinds=[], hn=None)
            out.setdefault(y, []).append((a, v))
            prev = v
    return out


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def jitter(key, scale):
    s = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    return ((s % 13) / 12.0 - 0.5) * scale


# ------------------------------------------------------------------------------------------------ geometry
MX, MY, MW, MH = 258, 174, 328, 244
SLOT = {  # x, width, ("top"|"bottom", y)
    "T1": (30, 372, ("top", 510)),
    "T2": (442, 370, ("top", 503)),
    "R1": (600, 212, ("top", 412)),
    "R2": (600, 212, ("bottom", 182)),
    "B2": (450, 362, ("top", 166)),
    "B1": (30, 384, ("top", 160)),
    "L2": (30, 212, ("bottom", 176)),
    "L1": (30, 212, ("top", 420)),
}
ANCHOR = {"T1": (0.3, 0.83), "T2": (0.7, 0.86), "R1": (0.86, 0.68), "R2": (0.84, 0.3),
          "B2": (0.7, 0.14), "B1": (0.32, 0.15), "L2": (0.12, 0.3), "L1": (0.13, 0.7)}

TXT_SIZE, TXT_LEAD = 8, 9.6


def callout_height(text, w):
    n = len(wrap(text, "Helvetica", TXT_SIZE, w - 14))
    return 6 + 13 + n * TXT_LEAD + 4 + 10 + 2, n


def cijfers_height(rows):
    return 22 + len(rows) * 12 + 4


def box_y(slot, h):
    x, w, (mode, y) = SLOT[slot]
    if mode == "top":
        return x, w, y - h, y
    return x, w, y, y + h


# ------------------------------------------------------------------------------------------------ drawing
def footer(c, year, pageno, total, width, label):
    c.setFont("Helvetica", 7)
    c.setFillColorRGB(*GREY)
    c.drawString(30 if width > PW else 60, 16, "Prestatieafspraken Bremwolde %d  |  %s" % (year, label))
    c.drawRightString(width - (30 if width > PW else 60), 16, "pagina %d van %d" % (pageno, total))


def draw_map(c, m):
    c.saveState()
    p = c.beginPath()
    p.rect(MX, MY, MW, MH)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColorRGB(0.965, 0.955, 0.93)
    c.rect(MX, MY, MW, MH, stroke=0, fill=1)

    def P(rx, ry):
        return MX + rx * MW, MY + ry * MH

    if "park" in m:
        x, y, w, h = m["park"]
        c.setFillColorRGB(0.84, 0.92, 0.8)
        c.rect(*P(x, y), w * MW, h * MH, stroke=0, fill=1)
    c.setFillColorRGB(0.86, 0.83, 0.79)
    for (x, y, w, h) in m["blocks"]:
        c.rect(*P(x, y), w * MW, h * MH, stroke=0, fill=1)
    c.setStrokeColorRGB(0.62, 0.78, 0.9)
    c.setFillColorRGB(0.62, 0.78, 0.9)
    if "canal" in m:
        c.setLineWidth(13)
        c.setLineCap(1)
        pts = [P(*q) for q in m["canal"]]
        path = c.beginPath()
        path.moveTo(*pts[0])
        for q in pts[1:]:
            path.lineTo(*q)
        c.drawPath(path, stroke=1, fill=0)
    if "pond" in m:
        x, y, w, h = m["pond"]
        cx, cy = P(x, y)
        c.ellipse(cx - w * MW / 2, cy - h * MH / 2, cx + w * MW / 2, cy + h * MH / 2, stroke=0, fill=1)
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setLineWidth(5)
    c.setLineCap(0)
    for name, pts, orient in m["streets"]:
        (x1, y1), (x2, y2) = P(*pts[0]), P(*pts[1])
        c.line(x1, y1, x2, y2)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    for name, pts, orient in m["streets"]:
        if not name:
            continue
        (x1, y1), (x2, y2) = P(*pts[0]), P(*pts[1])
        c.setFont("Helvetica", 6)
        if orient == "h":
            c.drawCentredString((x1 + x2) / 2, (y1 + y2) / 2 + 4, name)
        else:
            c.saveState()
            c.translate((x1 + x2) / 2 - 4, (y1 + y2) / 2)
            c.rotate(90)
            c.drawCentredString(0, 0, name)
            c.restoreState()
    name, rx, ry = m["canal_name"]
    c.setFillColorRGB(0.2, 0.4, 0.6)
    c.setFont("Helvetica-Oblique", 6.5)
    c.drawString(*P(rx, ry), name)
    c.setFillColorRGB(0.25, 0.22, 0.2)
    c.setFont("Helvetica-Oblique", 6)
    for t, rx, ry in m["labels"]:
        c.drawString(*P(rx, ry), t)
    c.restoreState()
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.setLineWidth(0.8)
    c.rect(MX, MY, MW, MH, stroke=1, fill=0)
    # north arrow
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.setFont("Helvetica-Bold", 7)
    nx, ny = MX + MW - 12, MY + MH - 14
    p = c.beginPath()
    p.moveTo(nx, ny + 9)
    p.lineTo(nx - 3, ny)
    p.lineTo(nx + 3, ny)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.drawCentredString(nx, ny - 8, "N")


def leader(c, slot, x, w, y0, y1, key):
    ax, ay = ANCHOR[slot]
    ax = MX + (ax + jitter(key, 0.1)) * MW
    ay = MY + (ay + jitter(key[::-1], 0.1)) * MH
    cl = lambda v, lo, hi: max(lo, min(hi, v))  # noqa: E731
    if slot.startswith("T"):
        sx, sy = cl(ax, x + 25, x + w - 25), y0
    elif slot.startswith("B"):
        sx, sy = cl(ax, x + 25, x + w - 25), y1
    elif slot.startswith("L"):
        sx, sy = x + w, cl(ay, y0 + 10, y1 - 10)
    else:
        sx, sy = x, cl(ay, y0 + 10, y1 - 10)
    c.setStrokeColorRGB(0.25, 0.25, 0.25)
    c.setLineWidth(0.5)
    c.line(sx, sy, ax, ay)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.circle(ax, ay, 2, stroke=0, fill=1)


def draw_callout(c, slot, number, a, v):
    theme = a["themes"][0]
    label, col = K.ICON[theme]
    h, _ = callout_height(v["text"], SLOT[slot][1])
    x, w, y0, y1 = box_y(slot, h)
    leader(c, slot, x, w, y0, y1, a["key"])
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(*col)
    c.setLineWidth(0.9)
    c.rect(x, y0, w, h, stroke=1, fill=1)
    top = y1 - 6
    c.setFillColorRGB(*col)
    c.rect(x + 7, top - 9, 9, 9, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 20, top - 8, label)
    c.setFillColorRGB(*INK)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(x + w - 7, top - 8, number)
    c.setFont("Helvetica", TXT_SIZE)
    yy = top - 13 - TXT_SIZE
    for ln in wrap(v["text"], "Helvetica", TXT_SIZE, w - 14):
        c.drawString(x + 7, yy, ln)
        yy -= TXT_LEAD
    c.setFont("Helvetica-Oblique", 7.5)
    c.setFillColorRGB(*GREY)
    c.drawString(x + 7, yy - 3, "Gereed: %s" % v["gereed"])
    return (y0, y1)


def draw_cijfers(c, slot, rows):
    h = cijfers_height(rows)
    x, w, y0, y1 = box_y(slot, h)
    c.setFillColorRGB(0.93, 0.93, 0.9)
    c.setStrokeColorRGB(0.93, 0.93, 0.9)
    c.rect(x, y0, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*ACCENT)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x + 8, y1 - 14, "Wijk in cijfers")
    c.setFont("Helvetica", 7.5)
    c.setFillColorRGB(*INK)
    yy = y1 - 28
    for lab, val in rows:
        c.drawString(x + 8, yy, lab)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(x + w - 8, yy, val)
        c.setFont("Helvetica", 7.5)
        yy -= 12
    return (y0, y1)


def yearval(d, y):
    if not isinstance(d, dict):
        return d
    ks = [k for k in d if k <= y]
    return d[max(ks)]


def wijk_page(c, y, wi, wijk, items, pageno, total, gold):
    c.setPageSize((LW, LH))
    c.setFillColorRGB(*ACCENT)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, 572, "WIJKKAART %d VAN %d" % (wi + 1, len(K.WIJKEN)))
    c.setFillColorRGB(*INK)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(30, 551, wijk["name"])
    c.setFont("Helvetica", 8.5)
    c.setFillColorRGB(*GREY)
    yy = 537
    for ln in wrap(yearval(wijk["intro"], y), "Helvetica", 8.5, 780):
        c.drawString(30, yy, ln)
        yy -= 10.5
    draw_map(c, wijk["map"])
    slots = [s for s in K.SLOTS if s != wijk["cijfers_slot"]]
    assert len(items) <= len(slots), wijk["key"]
    spans = {}
    for i, (a, v) in enumerate(items):
        slot = slots[i]
        number = "%s-%d" % (wijk["code"], i + 1)
        spans[slot] = draw_callout(c, slot, number, a, v)
        gold.append(gold_item(a, v, number, wijk["name"], pageno, v["gereed"]))
    spans[wijk["cijfers_slot"]] = draw_cijfers(c, wijk["cijfers_slot"], yearval(wijk["cijfers"], y))
    # layout sanity: column boxes must not overlap, top/bottom boxes must stay clear of the map and header
    for a_, b_ in (("R1", "R2"), ("L1", "L2")):
        if a_ in spans and b_ in spans:
            assert spans[a_][0] > spans[b_][1] + 4, (wijk["key"], y, a_, b_)
    for s in ("T1", "T2"):
        if s in spans:
            assert spans[s][0] > MY + MH + 4, (wijk["key"], y, s)
    for s in ("B1", "B2"):
        if s in spans:
            assert spans[s][1] < MY - 4 and spans[s][0] > 26, (wijk["key"], y, s)
    footer(c, y, pageno, total, LW, "Wijkkaart " + wijk["name"])
    c.showPage()


def gold_item(a, v, number, section, page, planning):
    return {
        "key": a["key"], "number": number, "section": section, "party": None,
        "theme": a["themes"][0], "themes": list(a["themes"]), "page": page, "text": v["text"],
        "trekker": None, "planning": planning,
        "attributes": {"thema": K.ICON[a["themes"][0]][0]} if section != GEM_TITLE else {},
        "frame": copy.deepcopy(v["frame"]),
    }


class Portrait:
    def __init__(self, c, year, total, start):
        self.c, self.year, self.total, self.page = c, year, total, start
        self.y = None

    def new(self, label):
        self.c.setPageSize((PW, PH))
        self.label = label
        self.y = PH - 70

    def end(self):
        footer(self.c, self.year, self.page, self.total, PW, self.label)
        self.c.showPage()
        self.page += 1
        self.y = None

    def need(self, h):
        if self.y - h < 70:
            self.end()
            self.new(self.label)

    def heading(self, t, size=13):
        self.need(40)
        self.y -= 6
        self.c.setFillColorRGB(*ACCENT)
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(60, self.y, t)
        self.y -= size + 8

    def para(self, t, x=60, w=475, size=9.5, lead=13, font="Helvetica"):
        lines = wrap(t, font, size, w)
        self.need(len(lines) * lead + 6)
        self.c.setFillColorRGB(*INK)
        self.c.setFont(font, size)
        for ln in lines:
            self.c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= 6


def render(year, items, total):
    path = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAMILY, year))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken Bremwolde %d" % year)
    c.setAuthor("Gemeente Bremwolde")
    gold = []
    # ---- page 1: cover and introduction (portrait)
    pp = Portrait(c, year, total, 1)
    pp.new("Inleiding")
    c.setFillColorRGB(*ACCENT)
    c.rect(0, PH - 150, PW, 150, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(60, PH - 75, "Prestatieafspraken %d" % year)
    c.setFont("Helvetica", 12)
    c.drawString(60, PH - 98, "Wijk voor wijk: afspraken over wonen in Bremwolde")
    c.setFont("Helvetica", 9)
    c.drawString(60, PH - 125, "%s  |  %s  |  %s" % ("Gemeente " + K.GEMEENTE, K.CORP, K.HO))
    pp.y = PH - 190
    pp.heading("Inleiding")
    for t in K.INTRO["inleiding"]:
        pp.para(t.replace("{bodjaar}", K.INTRO["bod"][year]))
    pp.heading("Zo leest u de wijkkaarten")
    for t in K.INTRO["leeswijzer"]:
        pp.para(t)
    pp.heading("Terugblik %d" % (year - 1))
    pp.para(K.INTRO["terugblik"][year])
    pp.heading("Inhoud")
    for i, w in enumerate(K.WIJKEN):
        pp.para("Wijkkaart %s  ........  pagina %d" % (w["name"], i + 2), lead=12)
    pp.para("%s  ........  pagina %d" % (GEM_TITLE, len(K.WIJKEN) + 2), lead=12)
    pp.end()
    # ---- wijk pages (landscape)
    page = 2
    for wi, wijk in enumerate(K.WIJKEN):
        wi_items = [(a, v) for a, v in items if a["section"] == wijk["key"]]
        wijk_page(c, year, wi, wijk, wi_items, page, total, gold)
        page += 1
    # ---- gemeentebrede afspraken (portrait)
    pp = Portrait(c, year, total, page)
    pp.new(GEM_TITLE)
    pp.heading(GEM_TITLE, 16)
    pp.para(K.GEMEENTE_INTRO, font="Helvetica-Oblique")
    n = 0
    for a, v in items:
        if a["section"] != "gemeente":
            continue
        n += 1
        lines = wrap(v["text"], "Helvetica", 9.5, 435)
        pp.need(len(lines) * 13 + 8)
        c.setFillColorRGB(*ACCENT)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, pp.y, "G%d" % n)
        gold.append(gold_item(a, v, "G%d" % n, GEM_TITLE, pp.page, None))
        pp.para(v["text"], x=100, w=435)
        pp.y -= 2
    pp.need(170)
    pp.y -= 10
    pp.heading("Ondertekening", 11)
    pp.para("Aldus overeengekomen en ondertekend te Bremwolde op %s." % K.SIGN["date"][year])
    pp.y -= 10
    for i, (org, name, fn) in enumerate(K.SIGN["who"]):
        x = 60 + i * 165
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColorRGB(*INK)
        c.drawString(x, pp.y, org)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.line(x, pp.y - 38, x + 145, pp.y - 38)
        c.setFont("Helvetica", 8.5)
        c.drawString(x, pp.y - 50, name)
        c.drawString(x, pp.y - 61, fn)
    pp.y -= 70
    pp.end()
    c.save()
    return pp.page - 1, gold


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    per_year = resolve()
    golds = {}
    for y in K.YEARS:
        items = per_year[y]
        total, _ = render(y, items, 99)
        total2, gold = render(y, items, total)
        assert total2 == total
        doc = {
            "document": {
                "id": "%s-%d" % (FAMILY, y), "family": FAMILY, "type": "prestatieafspraken", "year": y,
                "years": [y], "gemeente": K.GEMEENTE, "gemeenten": [K.GEMEENTE], "corporaties": [K.CORP],
                "huurdersorganisaties": [K.HO], "pages": total, "layout": LAYOUT,
            },
            "afspraken": gold,
        }
        golds[y] = doc
        with open(os.path.join(OUT, "gold", "%s-%d.json" % (FAMILY, y)), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # pairs
    for y0, y1 in zip(K.YEARS, K.YEARS[1:]):
        old = [a["key"] for a in golds[y0]["afspraken"]]
        new = [a["key"] for a in golds[y1]["afspraken"]]
        vers = {a["key"]: v for a, v in per_year[y1]}
        links = []
        for k in old:
            if k in new:
                v = vers[k]
                links.append({"old": k, "new": k, "status": v["status"], "kinds": list(v["kinds"]),
                              "hard_negative": v["hn"]})
            else:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in new:
            if k not in old:
                assert vers[k]["status"] is None, k
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
            else:
                assert vers[k]["status"], k
        pr = {"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s-%d__%s-%d.json" % (FAMILY, y0, FAMILY, y1)), "w",
                  encoding="utf-8") as f:
            json.dump(pr, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for y in K.YEARS:
        print(y, golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
