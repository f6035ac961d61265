# -*- coding: utf-8 -*-
"""Render the brunsveld afsprakenkaarten (A3 landscape posters) and write gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/brunsveld/build.py
"""
import json
import os
import sys

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as K  # noqa: E402

FAMILY = "brunsveld"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
W, H = landscape(A3)
M = 28
GAP = 12
FONT, BOLD = "Helvetica", "Helvetica-Bold"


def wrap(text, font, size, width):
    words = text.split(" ")
    # never break after a word ending in a hyphen (e.g. "vloer- en"), keep it with the next word
    glued = []
    for w in words:
        if glued and glued[-1].endswith("-"):
            glued[-1] = glued[-1] + " " + w
        else:
            glued.append(w)
    lines, cur = [], ""
    for w in glued:
        t = w if not cur else cur + " " + w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(c, text, x, y, width, font=FONT, size=8.5, leading=10.5, colour=black):
    c.setFillColor(colour)
    c.setFont(font, size)
    for ln in wrap(text, font, size, width):
        c.drawString(x, y, ln)
        y -= leading
    return y


def quad_height_needed(keys, year, width, size):
    lead = size * 1.25
    h = 26
    for k in keys:
        h += len(wrap(K.A[k][year][0], FONT, size, width - 34)) * lead + 4
    return h + 4


def pick_size(groups, year, width, height):
    for size in (9, 8.75, 8.5, 8.25, 8, 7.75, 7.5):
        if all(quad_height_needed(g, year, width, size) <= height for g in groups):
            return size
    raise SystemExit("quadrant overflow %s %s" % (year, groups))


def quadrant(c, code, year, x, y_top, w, h, size, page, gold):
    title = K.SECTIONS[year][code]
    col = HexColor(K.COLOURS[code])
    c.setStrokeColor(col)
    c.setLineWidth(0.8)
    c.rect(x, y_top - h, w, h, stroke=1, fill=0)
    c.setFillColor(col)
    c.rect(x, y_top - 20, w, 20, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(BOLD, 11.5)
    c.drawString(x + 8, y_top - 14.5, title)
    lead = size * 1.25
    y = y_top - 20 - 6 - size
    for i, key in enumerate(K.LAYOUT[year][code], 1):
        text, frame = K.A[key][year]
        c.setFillColor(col)
        c.setFont(BOLD, size)
        c.drawString(x + 8, y, "%d." % i)
        c.setFillColor(black)
        c.setFont(FONT, size)
        for ln in wrap(text, FONT, size, w - 34):
            c.drawString(x + 24, y, ln)
            y -= lead
        y -= 4
        themes = K.A[key]["themes"]
        gold.append({"key": key, "number": str(i), "section": title, "party": None, "theme": themes[0],
                     "themes": list(themes), "page": page, "text": text, "trekker": None, "planning": None,
                     "attributes": {}, "frame": frame})
    assert y > y_top - h - 2, (year, code)


def footer(c, year, page, npages):
    c.setStrokeColor(HexColor("#999999"))
    c.setLineWidth(0.5)
    c.line(M, 26, W - M, 26)
    c.setFillColor(HexColor("#555555"))
    c.setFont(FONT, 7.5)
    c.drawString(M, 15, "Afsprakenkaart %d  |  Gemeente Brunsveld, Woonstichting Heuvelrand, Veldhuis Wonen, "
                        "Huurdersvereniging De Brink" % year)
    c.drawRightString(W - M, 15, "pagina %d van %d" % (page, npages))


def logo(c, x, y, w, h, name):
    c.setFillColor(HexColor("#d9d9d9"))
    c.setStrokeColor(HexColor("#a6a6a6"))
    c.roundRect(x, y, w, h, 6, stroke=1, fill=1)
    c.setFillColor(HexColor("#404040"))
    c.setFont(BOLD, 8)
    c.drawCentredString(x + w / 2, y + h / 2 - 3, name)


def build_doc(year):
    doc_id = "%s-%d" % (FAMILY, year)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Afsprakenkaart %d Brunsveld" % year)
    c.setAuthor("Gemeente Brunsveld")
    gold = []
    npages = 2
    colw = (W - 2 * M - GAP) / 2
    # ---------------- page 1: title band
    band_h = 150
    top = H - M
    c.setFillColor(HexColor("#1f4e6e"))
    c.rect(M, top - 52, W - 2 * M, 52, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(BOLD, 26)
    c.drawString(M + 14, top - 36, "Afsprakenkaart %d" % year)
    c.setFont(FONT, 11)
    c.drawString(M + 300, top - 24, "Prestatieafspraken wonen in de gemeente Brunsveld")
    c.drawString(M + 300, top - 40, "tussen gemeente, corporaties en huurders")
    lw, lh = 128, 34
    names = ["Gemeente Brunsveld", "Woonstichting Heuvelrand", "Veldhuis Wonen", "Huurdersvereniging De Brink"]
    for i, nm in enumerate(names):
        logo(c, W - M - 4 * (lw + 8) + i * (lw + 8), top - 44, lw, lh, nm)
    # intro (left) and terugblik + kerncijfers (right)
    y0 = top - 68
    para(c, K.INTRO[year], M + 4, y0, colw - 8, size=9, leading=11.5)
    c.setFont(BOLD, 9)
    c.setFillColor(black)
    xr = M + colw + GAP
    para(c, K.TERUGBLIK[year], xr + 4, y0, colw - 8, size=9, leading=11.5)
    bw = (colw - 8 - 3 * 6) / 4
    for i, (lab, val) in enumerate(K.KERNCIJFERS[year]):
        bx = xr + 4 + i * (bw + 6)
        c.setFillColor(HexColor("#eef3f7"))
        c.setStrokeColor(HexColor("#b8c7d3"))
        c.rect(bx, top - band_h + 6, bw, 44, stroke=1, fill=1)
        c.setFillColor(HexColor("#1f4e6e"))
        c.setFont(BOLD, 13)
        c.drawString(bx + 6, top - band_h + 30, val)
        c.setFont(FONT, 7.5)
        c.setFillColor(black)
        c.drawString(bx + 6, top - band_h + 14, lab)
    c.setFillColor(HexColor("#555555"))
    c.setFont(FONT, 7.5)
    c.drawString(M + 4, top - band_h + 10, "Kerncijfers per 1 januari %d (bron: jaarverslagen corporaties, "
                                           "woningzoekendenregister)" % year)
    # quadrants
    grid_top = top - band_h - 10
    qh = (grid_top - 34 - GAP) / 2
    size = pick_size([K.LAYOUT[year][k] for k in K.PAGE1], year, colw, qh)
    for idx, code in enumerate(K.PAGE1):
        r, col = divmod(idx, 2)
        quadrant(c, code, year, M + col * (colw + GAP), grid_top - r * (qh + GAP), colw, qh, size, 1, gold)
    footer(c, year, 1, npages)
    c.showPage()
    # ---------------- page 2
    c.setFillColor(HexColor("#1f4e6e"))
    c.setFont(BOLD, 12)
    c.drawString(M, top - 12, "Afsprakenkaart %d" % year)
    c.setFont(FONT, 9)
    c.setFillColor(HexColor("#555555"))
    c.drawRightString(W - M, top - 12, "vervolg: wijken, zorg en samenwerking")
    grid_top = top - 24
    sig_h = 92
    qh = (grid_top - 34 - sig_h - GAP) / 2
    size2 = pick_size([K.LAYOUT[year][k] for k in K.PAGE2], year, colw, qh)
    for idx, code in enumerate(K.PAGE2):
        r, col = divmod(idx, 2)
        quadrant(c, code, year, M + col * (colw + GAP), grid_top - r * (qh + GAP), colw, qh, size2, 2, gold)
    # context box bottom right
    bx, by_top = M + colw + GAP, grid_top - qh - GAP
    c.setFillColor(HexColor("#f2f2f2"))
    c.setStrokeColor(HexColor("#8c8c8c"))
    c.rect(bx, by_top - qh, colw, qh, stroke=1, fill=1)
    c.setFillColor(HexColor("#404040"))
    c.setFont(BOLD, 11.5)
    c.drawString(bx + 8, by_top - 16, "Zo werken we samen")
    para(c, K.SAMENWERKEN.format(y=year, p=year - 1), bx + 8, by_top - 34, colw - 16, size=9, leading=11.5)
    # signatures
    sy = 34 + sig_h - 6
    c.setFillColor(black)
    c.setFont(FONT, 9)
    c.drawString(M, sy - 6, "Aldus overeengekomen en ondertekend te Brunsveld op %s." % K.SIGNDATE[year])
    sw = (W - 2 * M - 3 * GAP) / 4
    for i, (org, name, fn) in enumerate(K.SIGNERS[year]):
        x = M + i * (sw + GAP)
        c.setStrokeColor(HexColor("#999999"))
        c.line(x, sy - 44, x + sw - 20, sy - 44)
        c.setFont(BOLD, 8.5)
        c.drawString(x, sy - 22, org)
        c.setFont(FONT, 8.5)
        c.drawString(x, sy - 56, name)
        c.drawString(x, sy - 67, fn)
    footer(c, year, 2, npages)
    c.showPage()
    c.save()
    assert os.path.getsize(path) < 150 * 1024
    out = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                        "years": [year], "gemeente": K.GEMEENTE, "gemeenten": [K.GEMEENTE],
                        "corporaties": K.CORPORATIES, "huurdersorganisaties": K.HUURDERS,
                        "pages": npages, "layout": "a3-poster-quadrants"},
           "afspraken": gold}
    with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return gold


def build_pair(old_y, new_y, old_gold, new_gold):
    ann = K.PAIRS[(old_y, new_y)]
    oldk = [a["key"] for a in old_gold]
    newk = [a["key"] for a in new_gold]
    links = []
    for k in oldk:
        if k not in newk:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            continue
        t_old, t_new = K.A[k][old_y][0], K.A[k][new_y][0]
        if k in ann:
            st, kinds, hn = ann[k]
            assert t_old != t_new, (k, old_y)
        else:
            assert t_old == t_new, ("unannotated change", k, old_y)
            st, kinds, hn = "unchanged", [], None
        links.append({"old": k, "new": k, "status": st, "kinds": list(kinds), "hard_negative": hn})
    for k in newk:
        if k not in oldk:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    for k in ann:
        assert k in oldk and k in newk, k
    o, n = "%s-%d" % (FAMILY, old_y), "%s-%d" % (FAMILY, new_y)
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), "w", encoding="utf-8") as f:
        json.dump({"old": o, "new": n, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build_doc(y) for y in K.YEARS}
    for a, b in zip(K.YEARS, K.YEARS[1:]):
        build_pair(a, b, golds[a], golds[b])
    print("built", OUT)


if __name__ == "__main__":
    main()
