# -*- coding: utf-8 -*-
"""Build the klaverwijk family (afsprakenkaart, A4 landscape, coloured theme boxes).

Run from /work/main:  .venv/bin/python corpus/challenge/src/klaverwijk/build.py
"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.colors import Color, white, black
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FAMILY = "klaverwijk"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PW, PH = landscape(A4)
MX = 36
TOP = 522
BOTTOM = 50
GAP = 14
COLORS = {
    "B": Color(0.05, 0.45, 0.50), "D": Color(0.20, 0.55, 0.22), "K": Color(0.75, 0.40, 0.10),
    "L": Color(0.20, 0.35, 0.70), "S": Color(0.40, 0.40, 0.45),
}
COLS_PATTERN = {2025: [3, 3], 2026: [3, 3], 2027: [2, 2, 2]}
FS, LEAD = 9, 11
TAGW = 24


def header_footer(c, year, pageno, total):
    c.setFont("Helvetica-Bold", 8)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawString(MX, PH - 24, f"Afsprakenkaart prestatieafspraken Klaverwijk {year}")
    c.setFont("Helvetica", 8)
    c.drawRightString(PW - MX, PH - 24, "Gemeente Klaverwijk · Klaverhof · Waterlinie Wonen · Heidezoom · Huurderskoepel Klaverwijk")
    c.setStrokeColor(Color(0.7, 0.7, 0.7))
    c.line(MX, PH - 30, PW - MX, PH - 30)
    c.line(MX, 32, PW - MX, 32)
    c.drawString(MX, 20, f"Ondertekend op {C.SIGN[year]}")
    c.drawRightString(PW - MX, 20, f"Pagina {pageno} van {total}")
    c.setFillColor(black)


def para(c, x, y, w, text, font="Helvetica", size=9, lead=11.5):
    for ln in simpleSplit(text, font, size, w):
        c.setFont(font, size)
        c.drawString(x, y, ln)
        y -= lead
    return y


def intro_page(c, year, boxes_pages):
    d = C.INTRO[year]
    c.setFillColor(COLORS["B"])
    c.rect(MX, PH - 110, PW - 2 * MX, 68, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(MX + 14, PH - 76, f"Afsprakenkaart {year}")
    c.setFont("Helvetica", 11)
    c.drawString(MX + 14, PH - 98, "Prestatieafspraken Gemeente Klaverwijk · Woonstichting Klaverhof · Stichting Waterlinie Wonen · Woongoed Heidezoom · Huurderskoepel Klaverwijk")
    c.setFillColor(black)
    colw = (PW - 2 * MX - 2 * 24) / 3
    xs = [MX + i * (colw + 24) for i in range(3)]
    ytop = PH - 135
    # column 1: leeswijzer
    c.setFont("Helvetica-Bold", 11)
    c.drawString(xs[0], ytop, "Leeswijzer")
    y = para(c, xs[0], ytop - 16, colw,
             "Op de volgende pagina's staan de afspraken per thema in een gekleurd kader. Elke afspraak heeft een nummer dat per thema opnieuw begint. Waar een trekker en een datum zijn genoemd, staan die in kleine letters onder de afspraak.")
    y -= 6
    for title, pg in boxes_pages:
        c.setFont("Helvetica", 9)
        c.drawString(xs[0] + 8, y, title)
        c.drawRightString(xs[0] + colw, y, f"pagina {pg}")
        y -= 12
    c.drawString(xs[0] + 8, y, "Zo volgen we de afspraken en ondertekening")
    c.drawRightString(xs[0] + colw, y, f"pagina {boxes_pages[-1][1] + 1 if boxes_pages else 2}")
    # column 2: inleiding
    c.setFont("Helvetica-Bold", 11)
    c.drawString(xs[1], ytop, "Waarom deze afspraken")
    y = ytop - 16
    for p in d["inleiding"]:
        y = para(c, xs[1], y, colw, p) - 6
    # column 3: terugblik + kerncijfers
    c.setFont("Helvetica-Bold", 11)
    c.drawString(xs[2], ytop, f"Terugblik op {year - 1}")
    y = ytop - 16
    for p in d["terugblik"]:
        y = para(c, xs[2], y, colw, p) - 6
    y -= 6
    c.setFont("Helvetica-Bold", 10)
    c.drawString(xs[2], y, f"Kerncijfers per {d['kernjaar']}")
    y -= 6
    c.setStrokeColor(Color(0.6, 0.6, 0.6))
    for lab, val in d["kern"]:
        c.line(xs[2], y, xs[2] + colw, y)
        y -= 12
        c.setFont("Helvetica", 9)
        c.drawString(xs[2] + 2, y + 3, lab)
        c.drawRightString(xs[2] + colw - 2, y + 3, val)
    c.line(xs[2], y, xs[2] + colw, y)


def layout_boxes(year):
    """Return list of pages; each page = list of boxes (x, w, title, boxid, first, entries)."""
    recs, order = C.DOCS[year]
    pat = COLS_PATTERN[year]
    pages, cur, col, ncols = [], [], 0, pat[0]

    def colx(i, n):
        w = (PW - 2 * MX - (n - 1) * GAP) / n
        return MX + i * (w + GAP), w

    def next_col():
        nonlocal cur, col, ncols
        col += 1
        if col >= ncols:
            pages.append(cur)
            cur = []
            col = 0
            ncols = pat[len(pages) % len(pat)]

    started = False
    for box, keys in order.items():
        theme, titles = C.BOXES[box]
        title = titles[year]
        if started:
            next_col()
        started = True
        x, w = colx(col, ncols)
        ctx = simpleSplit(C.CONTEXT[box][year], "Helvetica-Oblique", 8, w - 12)
        b = {"x": x, "w": w, "title": title, "box": box, "ctx": ctx, "entries": []}
        y = TOP - 18 - 6 - len(ctx) * 10 - 8
        num = 0
        for k in keys:
            r = recs[k]
            lines = simpleSplit(r["text"], "Helvetica", FS, w - TAGW - 8)
            h = len(lines) * LEAD + (10 if r["trekker"] else 0) + 6
            if y - h < BOTTOM + 4:
                b["ybot"] = y
                cur.append(b)
                next_col()
                x, w = colx(col, ncols)
                b = {"x": x, "w": w, "title": title + " (vervolg)", "box": box, "ctx": [], "entries": []}
                y = TOP - 18 - 8
                lines = simpleSplit(r["text"], "Helvetica", FS, w - TAGW - 8)
                h = len(lines) * LEAD + (10 if r["trekker"] else 0) + 6
            num += 1
            b["entries"].append({"key": k, "num": f"{num:02d}", "lines": lines, "y": y, "rec": r, "section": title})
            y -= h
        b["ybot"] = y
        cur.append(b)
    pages.append(cur)
    return pages


def draw_box(c, b):
    col = COLORS[b["box"]]
    x, w = b["x"], b["w"]
    ybot = min(b["ybot"], TOP - 60) - 4
    c.setStrokeColor(col)
    c.setLineWidth(1.2)
    c.rect(x, ybot, w, TOP - ybot, stroke=1, fill=0)
    c.setFillColor(col)
    c.rect(x, TOP - 18, w, 18, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x + 6, TOP - 13, b["title"])
    c.setFillColor(Color(0.3, 0.3, 0.3))
    y = TOP - 18 - 12
    for ln in b["ctx"]:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(x + 6, y, ln)
        y -= 10
    for e in b["entries"]:
        yy = e["y"] - 2
        c.setFillColor(col)
        c.setFont("Helvetica-Bold", FS)
        c.drawString(x + 6, yy, e["num"])
        c.setFillColor(black)
        for ln in e["lines"]:
            c.setFont("Helvetica", FS)
            c.drawString(x + TAGW + 4, yy, ln)
            yy -= LEAD
        r = e["rec"]
        if r["trekker"]:
            c.setFont("Helvetica", 7)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            c.drawString(x + TAGW + 4, yy + 1, f"Trekker: {r['trekker']} · Gereed: {r['planning']}")
            c.setFillColor(black)


def last_page(c, year):
    col = COLORS["S"]
    x, w = MX, PW - 2 * MX
    top = TOP
    c.setFillColor(col)
    c.rect(x, top - 18, w, 18, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x + 6, top - 13, "Zo volgen we de afspraken")
    c.setFillColor(black)
    y = top - 34
    for p in C.MONITOR_TEXT[year]:
        y = para(c, x + 8, y, w - 16, p) - 5
    ybot = y - 4
    c.setStrokeColor(col)
    c.rect(x, ybot, w, top - ybot, stroke=1, fill=0)
    y = ybot - 30
    c.setFont("Helvetica-Bold", 10)
    c.drawString(MX, y, f"Aldus overeengekomen en ondertekend te Klaverwijk op {C.SIGN[year]}")
    y -= 60
    sw = (PW - 2 * MX) / 5
    for i, (org, name, fn) in enumerate(C.SIGNERS):
        sx = MX + i * sw
        c.setStrokeColor(Color(0.5, 0.5, 0.5))
        c.line(sx, y, sx + sw - 16, y)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(sx, y - 12, org)
        c.setFont("Helvetica", 8.5)
        c.drawString(sx, y - 24, name)
        c.drawString(sx, y - 36, fn)


def build_doc(year):
    pages = layout_boxes(year)
    total = len(pages) + 2
    doc_id = f"{FAMILY}-{year}"
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle(f"Afsprakenkaart prestatieafspraken Klaverwijk {year}")
    c.setAuthor("Gemeente Klaverwijk")
    boxes_pages, seen = [], set()
    for i, pg in enumerate(pages):
        for b in pg:
            if b["box"] not in seen:
                seen.add(b["box"])
                boxes_pages.append((C.BOXES[b["box"]][1][year], i + 2))
    header_footer(c, year, 1, total)
    intro_page(c, year, boxes_pages)
    c.showPage()
    gold = []
    for i, pg in enumerate(pages):
        header_footer(c, year, i + 2, total)
        for b in pg:
            draw_box(c, b)
            theme = C.BOXES[b["box"]][0]
            for e in b["entries"]:
                r = e["rec"]
                themes = r["themes"] or [theme]
                gold.append({
                    "key": r["key"], "number": e["num"], "section": e["section"], "party": None,
                    "theme": themes[0], "themes": themes, "page": i + 2, "text": r["text"],
                    "trekker": r["trekker"], "planning": r["planning"], "attributes": {},
                    "frame": {"actors": r["actors"], "modality": r["modality"], "quantities": r["quantities"],
                              "deadline": r["deadline"], "recurring": r["recurring"], "conditions": r["conditions"]},
                })
        c.showPage()
    header_footer(c, year, total, total)
    last_page(c, year)
    c.showPage()
    c.save()
    g = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                      "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPORATIES,
                      "huurdersorganisaties": C.HUURDERS, "pages": total, "layout": "afsprakenkaart-landscape-boxes"},
         "afspraken": gold}
    with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    return g


def build_pair(y0, y1, g0, g1):
    decl = C.PAIRS[(y0, y1)]
    k0 = [a["key"] for a in g0["afspraken"]]
    k1 = [a["key"] for a in g1["afspraken"]]
    t0 = {a["key"]: a["text"] for a in g0["afspraken"]}
    t1 = {a["key"]: a["text"] for a in g1["afspraken"]}
    links = []
    for k in k0:
        if k in t1:
            if k in decl:
                st, kinds, hn = decl[k]
                assert t0[k] != t1[k], (y0, k, "declared change but identical text")
            else:
                assert t0[k] == t1[k], (y0, k, "text differs but no status declared")
                st, kinds, hn = "unchanged", [], None
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            assert k not in decl
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in k1:
        if k not in t0:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    for k in decl:
        assert k in t0 and k in t1, (k, "declared but not in both")
    old, new = f"{FAMILY}-{y0}", f"{FAMILY}-{y1}"
    with open(os.path.join(OUT, "gold", "pairs", f"{old}__{new}.json"), "w", encoding="utf-8") as f:
        json.dump({"old": old, "new": new, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for sub in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    golds = {y: build_doc(y) for y in (2025, 2026, 2027)}
    build_pair(2025, 2026, golds[2025], golds[2026])
    build_pair(2026, 2027, golds[2026], golds[2027])
    for y, g in golds.items():
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
