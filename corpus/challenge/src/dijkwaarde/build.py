# -*- coding: utf-8 -*-
"""Build the dijkwaarde family: PDFs and gold (run from anywhere).

Layout `gedraaide-tabellen`: a portrait agreement whose theme tables are drawn turned 90 degrees on portrait
pages (no /Rotate entry); the page footer stays upright. Plus an upright raadsinformatiebrief (kennisgeving).
"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
W, H = A4            # portrait 595 x 842
LW, LH = H, W        # the turned (landscape) drawing space: 842 x 595

# turned table geometry (landscape coordinates)
X0 = 55.0
COLS = [("Nr", 36.0), ("Afspraak", 300.0), ("Trekker", 100.0), ("Gereed", 92.0), ("Toelichting", 217.0)]
COLX = []
_x = X0
for _n, _w in COLS:
    COLX.append(_x)
    _x += _w
X_END = _x
BOTTOM = 42.0
PAD = 5.0
FS = 9.5
LEAD = 12.0

# upright geometry
UL, UR, UT, UB = 72.0, W - 72.0, H - 72.0, 70.0


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []

    def page(self, rot):
        self.pages.append({"rot": rot, "ops": []})
        return self.pages[-1]["ops"]

    @property
    def n(self):
        return len(self.pages)


def T(ops, x, y, s, font="Helvetica", size=10, gray=0.0, align="l"):
    if align == "r":
        x -= stringWidth(s, font, size)
    elif align == "c":
        x -= stringWidth(s, font, size) / 2
    ops.append(("t", x, y, font, size, s, gray))


def L(ops, x1, y1, x2, y2, lw=0.5):
    ops.append(("l", x1, y1, x2, y2, lw))


def R(ops, x, y, w, h, gray):
    ops.append(("r", x, y, w, h, gray))


def render(doc, path, footer):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c._pageRotation = None   # no /Rotate entry at all: the turning is in the content stream only
    c.setTitle(footer.split(" – ")[0])
    c.setAuthor("Gemeente Dijkwaarde")
    n = doc.n
    for i, pg in enumerate(doc.pages, 1):
        if pg["rot"]:
            c.saveState()
            c.translate(W, 0)
            c.rotate(90)
        for op in pg["ops"]:
            if op[0] == "t":
                _, x, y, font, size, s, gray = op
                c.setFillGray(gray)
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setStrokeGray(0)
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
            elif op[0] == "c":
                _, x, y, r = op
                c.setFillGray(0)
                c.circle(x, y, r, stroke=0, fill=1)
            elif op[0] == "r":
                _, x, y, w, h, gray = op
                c.setFillGray(gray)
                c.rect(x, y, w, h, stroke=0, fill=1)
        if pg["rot"]:
            c.restoreState()
        c.setFillGray(0.35)
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 26, "%s – pagina %d van %d" % (footer, i, n))
        c.setFillGray(0)
        c.showPage()
    c.save()


class Flow:
    """Upright text flow."""

    def __init__(self, doc):
        self.doc = doc
        self.ops = None
        self.y = 0

    def new(self):
        self.ops = self.doc.page(False)
        self.y = UT

    def need(self, h):
        if self.ops is None or self.y - h < UB:
            self.new()

    def heading(self, s, size=13):
        self.need(size + 40)
        self.y -= 8
        T(self.ops, UL, self.y - size, s, "Helvetica-Bold", size)
        self.y -= size + 10

    def para(self, s, size=10, lead=13.5, indent=0.0, bullet=None):
        lines = wrap(s, "Helvetica", size, UR - UL - indent)
        first = True
        for ln in lines:
            self.need(lead)
            if first and bullet == "dot":
                self.ops.append(("c", UL + indent - 9, self.y - size + 3.2, 1.8))
            elif first and bullet:
                T(self.ops, UL + indent - 12, self.y - size, bullet, "Helvetica", size)
            T(self.ops, UL + indent, self.y - size, ln, "Helvetica", size)
            self.y -= lead
            first = False
        self.y -= 5


def fill(s, year):
    return s.format(year=year, prev=year - 1, next=year + 1)


def version(a, year):
    """The version dict of afspraak a in year, resolving 'same'."""
    v = a["v"].get(year)
    if v is None:
        return None
    if v == C.SAME:
        prev = version(a, year - 1)
        return dict(prev, status="unchanged")
    return v


def build_agreement(year):
    doc = Doc()
    did = "%s-%d" % (C.FAMILY, year)
    foot = "Prestatieafspraken Dijkwaarde %d" % year
    # ---- cover
    ops = doc.page(False)
    T(ops, UL, H - 200, "Prestatieafspraken %d" % year, "Helvetica-Bold", 28)
    T(ops, UL, H - 232, "Dijkwaarde", "Helvetica", 20, 0.25)
    yy = H - 300
    for s in ["Gemeente Dijkwaarde", "Woonstichting Polderkade", "Huurdersvereniging De Kade"]:
        T(ops, UL, yy, s, "Helvetica", 13)
        yy -= 20
    T(ops, UL, 160, "Vastgesteld in het tripartiete overleg", "Helvetica", 10, 0.3)
    T(ops, UL, 146, "Dijkwaarde, %s" % C.SIGN_DATE[year], "Helvetica", 10, 0.3)
    L(ops, UL, H - 250, UR, H - 250, 1.2)

    # ---- inhoud + inleiding + context (upright)
    f = Flow(doc)
    f.new()
    T(f.ops, UL, f.y - 14, "Inhoud", "Helvetica-Bold", 14)
    toc_ops = f.ops
    toc_y = f.y - 36
    chap_titles = ["Inleiding", "Context en kerncijfers"] + [t for _, t, _ in C.CHAPTERS] + ["Ondertekening"]
    f.y = toc_y - 15 * len(chap_titles) - 10
    chap_page = {}
    chap_page[1] = doc.n
    f.heading("1  Inleiding")
    for p in C.INLEIDING[year]:
        f.para(fill(p, year))
    f.para(C.LEESWIJZER)
    f.heading("2  Context en kerncijfers")
    chap_page[2] = doc.n
    for p in C.CONTEXT[year]:
        f.para(fill(p, year))
    rows = C.KERNCIJFERS[year]
    f.need(16 * len(rows) + 10)
    cx = [UL, UL + 260, UL + 355]
    for i, r in enumerate(rows):
        font = "Helvetica-Bold" if i == 0 else "Helvetica"
        if i == 0:
            R(f.ops, UL, f.y - 14, UR - UL - 10, 15, 0.88)
        for j, s in enumerate(r):
            T(f.ops, cx[j], f.y - 10, s, font, 9)
        L(f.ops, UL, f.y - 14, UR - 10, f.y - 14, 0.4)
        f.y -= 16
    f.y -= 6
    f.para("Bron: jaarverslag Polderkade en monitor woningzoekenden Dijkwaarde.", 8, 10)

    # ---- chapters with turned tables
    gold = []
    for ci, (letter, title, intro) in enumerate(C.CHAPTERS):
        num = ci + 3
        items = [a for a in C.AFSPRAKEN if a["ch"] == letter and version(a, year) is not None]
        ops = doc.page(True)
        chap_page[num] = doc.n

        def top(ops, cont):
            T(ops, X0, LH - 30, foot, "Helvetica", 7.5, 0.4)
            T(ops, X_END, LH - 30, "Afspraken per thema – liggende tabel", "Helvetica", 7.5, 0.4, "r")
            L(ops, X0, LH - 35, X_END, LH - 35, 0.3)
            T(ops, X0, LH - 58, "%d  %s%s" % (num, title, " (vervolg)" if cont else ""), "Helvetica-Bold", 13)
            return LH - 70

        y = top(ops, False)
        for ln in wrap(intro[year], "Helvetica", 9.5, X_END - X0):
            T(ops, X0, y - 9.5, ln, "Helvetica", 9.5)
            y -= 12.5
        y -= 8

        def header(ops, y):
            R(ops, X0, y - 17, X_END - X0, 17, 0.82)
            for (nm, w), x in zip(COLS, COLX):
                T(ops, x + PAD, y - 12, nm, "Helvetica-Bold", 9)
            L(ops, X0, y, X_END, y, 0.8)
            L(ops, X0, y - 17, X_END, y - 17, 0.8)
            for x in COLX + [X_END]:
                L(ops, x, y, x, y - 17, 0.5)
            return y - 17

        y = header(ops, y)
        for k, a in enumerate(items, 1):
            v = version(a, year)
            number = "%s%d" % (letter, k)
            cells = [number, v["text"], a["trekker"], v["gereed"], v["toel"] or "–"]
            wrapped = []
            for (nm, w), s in zip(COLS, cells):
                font = "Helvetica-Bold" if nm == "Nr" else "Helvetica"
                wrapped.append((font, wrap(s, font, FS, w - 2 * PAD)))
            nl = max(len(ls) for _, ls in wrapped)
            h = nl * LEAD + 2 * PAD + 1
            if y - h < BOTTOM:
                ops = doc.page(True)
                y = top(ops, True) - 4
                y = header(ops, y)
            for (font, ls), x in zip(wrapped, COLX):
                yy = y - PAD - FS
                for ln in ls:
                    T(ops, x + PAD, yy, ln, font, FS)
                    yy -= LEAD
            L(ops, X0, y - h, X_END, y - h, 0.5)
            for x in COLX + [X_END]:
                L(ops, x, y, x, y - h, 0.5)
            gold.append({
                "key": a["key"], "number": number, "section": title, "party": None,
                "theme": a["themes"][0], "themes": list(a["themes"]), "page": doc.n, "text": v["text"],
                "trekker": a["trekker"], "planning": v["gereed"],
                "attributes": {"toelichting": v["toel"]} if v["toel"] else {},
                "frame": v["frame"],
            })
            y -= h

    # ---- ondertekening (upright)
    f = Flow(doc)
    f.new()
    num = len(C.CHAPTERS) + 3
    chap_page[num] = doc.n
    f.heading("%d  Ondertekening" % num)
    f.para("Aldus overeengekomen en ondertekend te Dijkwaarde op %s." % C.SIGN_DATE[year])
    f.y -= 10
    for org, name, func in C.SIGNATORIES:
        f.need(90)
        T(f.ops, UL, f.y - 10, org, "Helvetica-Bold", 10)
        L(f.ops, UL, f.y - 50, UL + 200, f.y - 50, 0.4)
        T(f.ops, UL, f.y - 64, name, "Helvetica", 10)
        T(f.ops, UL, f.y - 77, func, "Helvetica", 9, 0.3)
        f.y -= 100

    # ---- fill the table of contents
    for i, t in enumerate(chap_titles, 1):
        yy = toc_y - 15 * (i - 1)
        T(toc_ops, UL, yy, "%d  %s" % (i, t), "Helvetica", 10)
        pn = str(chap_page[i])
        T(toc_ops, UR, yy, pn, "Helvetica", 10, 0.0, "r")
        x1 = UL + stringWidth("%d  %s" % (i, t), "Helvetica", 10) + 6
        x2 = UR - stringWidth(pn, "Helvetica", 10) - 6
        n_dots = int((x2 - x1) / stringWidth(".", "Helvetica", 10))
        T(toc_ops, x1, yy, "." * max(n_dots, 0), "Helvetica", 10, 0.5)

    render(doc, os.path.join(OUT, "pdf", did + ".pdf"), foot)
    document = {
        "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
        "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPORATIES,
        "huurdersorganisaties": C.HUURDERS, "pages": doc.n, "layout": C.LAYOUT,
    }
    return {"document": document, "afspraken": gold}


def build_kennisgeving():
    year = C.KG_YEAR
    did = "%s-kennisgeving-%d" % (C.FAMILY, year)
    doc = Doc()
    f = Flow(doc)
    f.new()
    T(f.ops, UL, f.y - 18, "Gemeente Dijkwaarde", "Helvetica-Bold", 18)
    T(f.ops, UL, f.y - 36, "Raadsinformatiebrief", "Helvetica", 13, 0.3)
    L(f.ops, UL, f.y - 44, UR, f.y - 44, 1.0)
    f.y -= 64
    for lab, val in C.KG_META:
        T(f.ops, UL, f.y - 10, lab, "Helvetica-Bold", 9.5)
        for ln in wrap(val, "Helvetica", 9.5, UR - UL - 120):
            T(f.ops, UL + 120, f.y - 10, ln, "Helvetica", 9.5)
            f.y -= 13
    f.y -= 12
    f.para("Geachte leden van de raad,")
    gold = []
    for head, paras in C.KG_INTRO:
        f.heading(head, 11.5)
        for p in paras:
            f.para(p)
    for t in C.KG_THEMES:
        f.para(t, indent=18, bullet="–")
    f.heading(C.KG_SECTION, 11.5)
    f.para(C.KG_LEAD)
    for it in C.KG_ITEMS:
        f.need(14)
        page = doc.n
        f.para(it["text"], indent=18, bullet="dot")
        gold.append({
            "key": it["key"], "number": None, "section": C.KG_SECTION, "party": None,
            "theme": it["themes"][0], "themes": list(it["themes"]), "page": page, "text": it["text"],
            "trekker": None, "planning": None, "attributes": {}, "frame": it["frame"],
        })
    for head, paras in C.KG_OUTRO:
        f.heading(head, 11.5)
        for p in paras:
            f.para(p)
    f.y -= 6
    f.para("Met vriendelijke groet,")
    f.para("Burgemeester en wethouders van Dijkwaarde,")
    f.need(60)
    T(f.ops, UL, f.y - 10, "de secretaris,", "Helvetica", 10)
    T(f.ops, UL + 230, f.y - 10, "de burgemeester,", "Helvetica", 10)
    T(f.ops, UL, f.y - 48, "ir. S.P. Haverkamp", "Helvetica", 10)
    T(f.ops, UL + 230, f.y - 48, "mr. E.C. Dorrestein", "Helvetica", 10)
    render(doc, os.path.join(OUT, "pdf", did + ".pdf"), "Raadsinformatiebrief RIB 2026-118")
    document = {
        "id": did, "family": C.FAMILY, "type": "kennisgeving", "year": year, "years": [year],
        "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPORATIES,
        "huurdersorganisaties": C.HUURDERS, "pages": doc.n, "layout": C.LAYOUT,
    }
    return {"document": document, "afspraken": gold}


def build_pair(old_g, new_g, year):
    okeys = [a["key"] for a in old_g["afspraken"]]
    nkeys = [a["key"] for a in new_g["afspraken"]]
    byk = {a["key"]: a for a in C.AFSPRAKEN}
    links = []
    for k in okeys:
        if k in nkeys:
            v = version(byk[k], year)
            st = v.get("status")
            links.append({"old": k, "new": k, "status": st, "kinds": list(v.get("kinds", [])),
                          "hard_negative": v.get("hn")})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nkeys:
        if k not in okeys:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": old_g["document"]["id"], "new": new_g["document"]["id"], "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {}
    for y in C.YEARS:
        g = build_agreement(y)
        golds[y] = g
        dump(g, os.path.join(OUT, "gold", g["document"]["id"] + ".json"))
    kg = build_kennisgeving()
    dump(kg, os.path.join(OUT, "gold", kg["document"]["id"] + ".json"))
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        pr = build_pair(golds[y0], golds[y1], y1)
        dump(pr, os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pr["old"], pr["new"])))
    for y in C.YEARS:
        print(golds[y]["document"]["id"], golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]))
    print(kg["document"]["id"], kg["document"]["pages"], "pages", len(kg["afspraken"]))


if __name__ == "__main__":
    main()
