# -*- coding: utf-8 -*-
"""Build the korsvliet family: PDFs (reportlab, invariant) and gold. Run from anywhere:
    /work/main/.venv/bin/python corpus/challenge/src/korsvliet/build.py
"""
import copy
import json
import os
import sys

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
LAYOUT = "matrix-partij-thema"

PORTRAIT = (595.28, 841.89)
LANDSCAPE = (841.89, 595.28)

# matrix geometry (landscape), shared with check.py
MX0 = 36.0
HEADER_W = 124.0
COL_W = (LANDSCAPE[0] - 2 * MX0 - HEADER_W) / 4.0
M_TOP = LANDSCAPE[1] - 40.0
M_BOTTOM = 46.0
FS, LEAD = 8.0, 10.0
PAD = 5.0
ITEM_GAP = 4.0

SHADE = Color(0.86, 0.89, 0.93)
HEAD = Color(0.16, 0.29, 0.45)
RULE = Color(0.45, 0.5, 0.58)


def col_x(i):
    return MX0 + HEADER_W + i * COL_W


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
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
        self.pages = []  # (size, [ops])

    def new(self, size):
        self.pages.append((size, []))
        return len(self.pages)

    def op(self, f):
        self.pages[-1][1].append(f)

    def render(self, path, footer):
        c = canvas.Canvas(path, pagesize=PORTRAIT, invariant=1)
        c.setTitle(footer[0])
        c.setAuthor("Gemeente Korsvliet")
        n = len(self.pages)
        for i, (size, ops) in enumerate(self.pages):
            c.setPageSize(size)
            for f in ops:
                f(c)
            c.setFont("Helvetica", 7.5)
            c.setFillColor(black)
            c.drawString(36, 24, footer[0])
            c.drawRightString(size[0] - 36, 24, "pagina %d van %d" % (i + 1, n))
            c.showPage()
        c.save()


def txt(x, y, s, font="Helvetica", size=10, color=black, right=False, center=False):
    def f(c):
        c.setFont(font, size)
        c.setFillColor(color)
        if right:
            c.drawRightString(x, y, s)
        elif center:
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
    return f


def rect(x, y, w, h, fill=None, stroke=RULE, lw=0.5):
    def f(c):
        c.setLineWidth(lw)
        c.setStrokeColor(stroke or white)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
    return f


def line(x1, y1, x2, y2, lw=0.5, color=black):
    def f(c):
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        c.line(x1, y1, x2, y2)
    return f


class Flow:
    """Simple portrait text flow."""

    def __init__(self, doc, left=64, right=64, top=64, bottom=60):
        self.doc, self.left, self.right, self.top, self.bottom = doc, left, right, top, bottom
        self.width = PORTRAIT[0] - left - right
        self.page = None
        self.y = 0

    def newpage(self):
        self.page = self.doc.new(PORTRAIT)
        self.y = PORTRAIT[1] - self.top

    def need(self, h):
        if self.page is None or self.y - h < self.bottom:
            self.newpage()

    def para(self, text, font="Helvetica", size=10, lead=13.5, indent=0, gap=6, label=None, keep=0):
        lines = wrap(text, font, size, self.width - indent)
        self.need(min(len(lines), 3) * lead + keep)
        start = self.page
        for i, ln in enumerate(lines):
            if self.y - lead < self.bottom:
                self.newpage()
            self.y -= lead
            if i == 0 and label:
                self.doc.op(txt(self.left, self.y, label, font, size))
            self.doc.op(txt(self.left + indent, self.y, ln, font, size))
        self.y -= gap
        return start

    def heading(self, text, size=12.5):
        self.need(size + 50)
        self.y -= 6
        self.para(text, "Helvetica-Bold", size, size + 4, gap=4)


# ------------------------------------------------------------------ versions
def version(it, ver):
    v = it["v"].get(ver)
    if v == "same":
        v = it["v"][2025]
    elif v == "same26":
        v = it["v"][2026]
    return v


def gold_item(it, ver, number, section, party, page):
    text, frame = version(it, ver)
    return {"key": it["key"], "number": number, "section": section, "party": party, "theme": it["themes"][0],
            "themes": list(it["themes"]), "page": page, "text": text, "trekker": None, "planning": None,
            "attributes": {}, "frame": copy.deepcopy(frame)}


# ------------------------------------------------------------------ agreement
def build_agreement(year):
    intro = C.INTRO[year]
    doc = Doc()
    fl = Flow(doc)
    fl.newpage()
    # letterhead band
    doc.op(rect(0, PORTRAIT[1] - 34, PORTRAIT[0], 34, fill=HEAD, stroke=None))
    doc.op(txt(64, PORTRAIT[1] - 22, "Gemeente Korsvliet  ·  Vlietwaarde  ·  Het Oosterhuis  ·  De Vlietkant  ·  "
               "Oosterhuis Samen", "Helvetica", 8.5, white))
    fl.y -= 30
    fl.para(intro["title"], "Helvetica-Bold", 22, 26, gap=4)
    fl.para(intro["subtitle"], "Helvetica", 10.5, 14, gap=2)
    fl.para("Afsprakenmatrix gemeente, corporaties en huurdersorganisaties  –  vastgesteld " + intro["sign_date"],
            "Helvetica-Oblique", 9, 12, gap=10)
    doc.op(line(64, fl.y, PORTRAIT[0] - 64, fl.y, 0.8, HEAD))
    fl.y -= 6
    for i, (h, paras) in enumerate(intro["blocks"]):
        fl.heading(h)
        for p in paras:
            fl.para(p)
        if i == 0:
            # kerncijfers box
            rows = intro["kerncijfers"]
            h_box = 16 + 14 * len(rows)
            fl.need(h_box + 10)
            y0 = fl.y - h_box
            doc.op(rect(64, y0, fl.width, h_box, fill=SHADE, stroke=None))
            doc.op(txt(72, fl.y - 12, "Kerncijfers", "Helvetica-Bold", 9))
            yy = fl.y - 12
            for lab, val in rows:
                yy -= 14
                doc.op(txt(72, yy, lab, "Helvetica", 9))
                doc.op(txt(64 + fl.width - 10, yy, val, "Helvetica", 9, right=True))
            fl.y = y0 - 10

    # ---------------- matrix
    gold = []
    rows = {r[0]: r for r in C.ROWS}
    cells = {}
    for it in C.ITEMS:
        if it["row"] and year in it["v"]:
            cells.setdefault((it["row"], it["col"]), []).append(it)
    tw = COL_W - 2 * PAD - 8

    def item_lines(it):
        return wrap(version(it, year)[0], "Helvetica", FS, tw)

    state = {"y": None, "first": True}

    def matrix_page():
        doc.new(LANDSCAPE)
        y = M_TOP
        if state["first"]:
            doc.op(txt(MX0, y - 4, "Afsprakenmatrix %d" % year, "Helvetica-Bold", 15, HEAD))
            doc.op(txt(LANDSCAPE[0] - MX0, y - 4, "Per partij (rij) en per thema (kolom)", "Helvetica-Oblique", 8.5,
                       right=True))
            y -= 22
            state["first"] = False
        hh = 2 * LEAD + 2 * PAD
        doc.op(rect(MX0, y - hh, LANDSCAPE[0] - 2 * MX0, hh, fill=HEAD, stroke=RULE))
        doc.op(txt(MX0 + PAD, y - PAD - 9, "Partij", "Helvetica-Bold", 9, white))
        for i, (_, title) in enumerate(C.COLS):
            for j, ln in enumerate(wrap(title, "Helvetica-Bold", 9, COL_W - 2 * PAD)):
                doc.op(txt(col_x(i) + PAD, y - PAD - 9 - j * LEAD, ln, "Helvetica-Bold", 9, white))
            doc.op(line(col_x(i), y, col_x(i), y - hh, 0.5, white))
        state["y"] = y - hh
        state["fresh"] = True

    matrix_page()
    for rk, party, small in C.ROWS:
        pending = {ck: list(cells.get((rk, ck), [])) for ck, _ in C.COLS}
        cont = False
        while True:
            avail = state["y"] - M_BOTTOM
            head_lines = wrap(party + (" (vervolg)" if cont else ""), "Helvetica-Bold", 9, HEADER_W - 2 * PAD)
            small_lines = wrap(small, "Helvetica-Oblique", 7.5, HEADER_W - 2 * PAD)
            head_h = len(head_lines) * 11 + len(small_lines) * 9.5 + 2 * PAD
            # what fits of each cell
            fit, full_h = {}, 0
            for ck, _ in C.COLS:
                h = PAD
                k = 0
                for it in pending[ck]:
                    ih = len(item_lines(it)) * LEAD + ITEM_GAP
                    if h + ih + PAD > avail:
                        break
                    h += ih
                    k += 1
                fit[ck] = k
                tot = PAD + sum(len(item_lines(it)) * LEAD + ITEM_GAP for it in pending[ck]) + PAD
                full_h = max(full_h, tot if pending[ck] else PAD + LEAD + PAD)
            full_h = max(full_h, head_h)
            all_fit = full_h <= avail
            fresh_avail = M_TOP - 2 * LEAD - 2 * PAD - M_BOTTOM
            if not all_fit and not state["fresh"] and (full_h <= fresh_avail or sum(fit.values()) < 2):
                matrix_page()
                continue
            state["fresh"] = False
            if all_fit:
                row_h = full_h
            else:
                row_h = avail
            y_top = state["y"]
            pg = len(doc.pages)
            doc.op(rect(MX0, y_top - row_h, HEADER_W, row_h, fill=SHADE, stroke=RULE))
            for i in range(4):
                doc.op(rect(col_x(i), y_top - row_h, COL_W, row_h, fill=None, stroke=RULE))
            yy = y_top - PAD
            for ln in head_lines:
                yy -= 9.5
                doc.op(txt(MX0 + PAD, yy, ln, "Helvetica-Bold", 9))
                yy -= 1.5
            for ln in small_lines:
                yy -= 9.5
                doc.op(txt(MX0 + PAD, yy, ln, "Helvetica-Oblique", 7.5))
            for i, (ck, ctitle) in enumerate(C.COLS):
                x = col_x(i)
                yy = y_top - PAD
                if not pending[ck] and not cont:
                    doc.op(txt(x + PAD, yy - 8, "—", "Helvetica", FS))
                n = fit[ck] if not all_fit else len(pending[ck])
                for it in pending[ck][:n]:
                    lines = item_lines(it)
                    gold.append((it, ctitle, party, pg))
                    doc.op(txt(x + PAD, yy - 8, "–", "Helvetica", FS))
                    for ln in lines:
                        yy -= LEAD
                        doc.op(txt(x + PAD + 8, yy + 2, ln, "Helvetica", FS))
                    yy -= ITEM_GAP
                pending[ck] = pending[ck][n:]
            state["y"] = y_top - row_h
            if all_fit:
                break
            matrix_page()
            cont = True

    # ---------------- closing page
    fl2 = Flow(doc)
    fl2.newpage()
    fl2.heading("Slotbepalingen")
    for p in C.CLOSING:
        fl2.para(p.format(year=year, date=intro["sign_date"]))
    fl2.y -= 14
    sig = C.SIGNATORIES[year]
    colw = fl2.width / 2
    for i, (org, name, func) in enumerate(sig):
        if i % 2 == 0:
            fl2.need(90)
            ybase = fl2.y
        x = 64 + (i % 2) * colw
        doc.op(txt(x, ybase - 12, org, "Helvetica-Bold", 9.5))
        doc.op(line(x, ybase - 50, x + colw - 30, ybase - 50, 0.5))
        doc.op(txt(x, ybase - 62, name, "Helvetica", 9.5))
        doc.op(txt(x, ybase - 74, func, "Helvetica-Oblique", 9))
        if i % 2 == 1 or i == len(sig) - 1:
            fl2.y = ybase - 92

    did = "%s-%d" % (C.FAMILY, year)
    # reading order: rows, then columns left to right, then items (gold list is appended in that order per
    # page chunk; sort by row, column, then position)
    row_idx = {r[1]: i for i, r in enumerate(C.ROWS)}
    col_idx = {c[1]: i for i, c in enumerate(C.COLS)}
    order = {id(it): k for k, it in enumerate(C.ITEMS)}
    gold.sort(key=lambda g: (row_idx[g[2]], g[3], col_idx[g[1]], order[id(g[0])]))
    afs = [gold_item(it, year, None, sec, party, pg) for it, sec, party, pg in gold]
    doc.render(os.path.join(OUT, "pdf", did + ".pdf"), ("Prestatieafspraken Korsvliet %d" % year,))
    return did, {"document": docmeta(did, "prestatieafspraken", year, [year], len(doc.pages)), "afspraken": afs}


def docmeta(did, typ, year, years, pages):
    return {"id": did, "family": C.FAMILY, "type": typ, "year": year, "years": years, "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": list(C.CORPORATIES), "huurdersorganisaties": list(C.HUURDERS),
            "pages": pages, "layout": LAYOUT if typ != "bod" else "bod-brief"}


# ------------------------------------------------------------------ bod
def build_bod():
    B = C.BOD
    doc = Doc()
    fl = Flow(doc, left=72, right=72)
    fl.newpage()
    doc.op(txt(72, PORTRAIT[1] - 58, "Woonstichting Vlietwaarde", "Helvetica-Bold", 12, HEAD))
    doc.op(txt(PORTRAIT[0] - 72, PORTRAIT[1] - 58, "Woningbouwvereniging Het Oosterhuis", "Helvetica-Bold", 12,
               HEAD, right=True))
    doc.op(txt(72, PORTRAIT[1] - 70, "Vlietkade 4, Korsvliet", "Helvetica", 8))
    doc.op(txt(PORTRAIT[0] - 72, PORTRAIT[1] - 70, "Kloosterlaan 61, Korsvliet", "Helvetica", 8, right=True))
    doc.op(line(72, PORTRAIT[1] - 78, PORTRAIT[0] - 72, PORTRAIT[1] - 78, 0.8, HEAD))
    fl.y = PORTRAIT[1] - 110
    for a in B["address"]:
        fl.para(a, size=10, lead=12.5, gap=0)
    fl.y -= 18
    fl.para(B["date"], size=10, gap=0)
    fl.para("Onderwerp: " + B["subject"], "Helvetica-Bold", 10, gap=0)
    fl.para(B["cc"], "Helvetica", 8.5, 12, gap=14)
    for p in B["opening"]:
        fl.para(p, gap=7)
    fl.heading(B["heading"], 13)
    gold = []
    n = 0
    for sk, stitle in C.BOD_SECTIONS:
        fl.heading(stitle, 11)
        for it in C.ITEMS:
            if it["col"] != sk or "bod" not in it["v"]:
                continue
            n += 1
            text = version(it, "bod")[0]
            pg = fl.para(text, indent=20, label="%d." % n, gap=5, keep=0)
            gold.append(gold_item(it, "bod", str(n), B["heading"] + " > " + stitle, None, pg))
    fl.heading(B["requests_heading"], 11)
    for p in B["requests"]:
        fl.para(p)
    fl.y -= 6
    for p in B["closing"]:
        fl.para(p)
    fl.need(80)
    yb = fl.y
    for i, (org, name, func) in enumerate(B["signatories"]):
        x = 72 + i * fl.width / 2
        doc.op(txt(x, yb - 12, org, "Helvetica-Bold", 9.5))
        doc.op(txt(x, yb - 48, name, "Helvetica", 9.5))
        doc.op(txt(x, yb - 60, func, "Helvetica-Oblique", 9))
    did = "%s-bod-2026" % C.FAMILY
    doc.render(os.path.join(OUT, "pdf", did + ".pdf"), ("Bod 2026 Vlietwaarde en Het Oosterhuis",))
    return did, {"document": docmeta(did, "bod", 2026, [2026], len(doc.pages)), "afspraken": gold}


# ------------------------------------------------------------------ pairs
def pair(old_id, new_id, old_ver, new_ver, linkfield):
    links = []
    old_keys = {it["key"] for it in C.ITEMS if old_ver in it["v"]}
    new_keys = {it["key"] for it in C.ITEMS if new_ver in it["v"]}
    for it in C.ITEMS:
        k = it["key"]
        if k in old_keys and k in new_keys:
            st, kinds, hn = it[linkfield]
            if st == "unchanged":
                assert version(it, old_ver)[0] == version(it, new_ver)[0], k
            else:
                assert version(it, old_ver)[0] != version(it, new_ver)[0], k
            links.append({"old": k, "new": k, "status": st, "kinds": list(kinds), "hard_negative": hn})
        elif k in old_keys:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for it in C.ITEMS:
        k = it["key"]
        if k in new_keys and k not in old_keys:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": old_id, "new": new_id, "links": links}


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    ids = {}
    for year in (2025, 2026):
        did, g = build_agreement(year)
        ids[year] = did
        dump(os.path.join(OUT, "gold", did + ".json"), g)
    did, g = build_bod()
    ids["bod"] = did
    dump(os.path.join(OUT, "gold", did + ".json"), g)
    p = pair(ids[2025], ids[2026], 2025, 2026, "l26")
    dump(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (ids[2025], ids[2026])), p)
    p = pair(ids["bod"], ids[2026], "bod", 2026, "lbod")
    dump(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (ids["bod"], ids[2026])), p)
    print("built", ids)


if __name__ == "__main__":
    main()
