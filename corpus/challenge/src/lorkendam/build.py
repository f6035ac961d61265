# -*- coding: utf-8 -*-
"""Build the lorkendam family (layout spreadsheet-over-pagina): PDFs and gold.

Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/lorkendam/build.py
A Word-style introduction page, then the afsprakenlijst printed from a spreadsheet "across, then down": per block
of rows first a page with Nr | Thema | Afspraak, then a page with Nr | Trekker | Gereed | Status | Opmerking.
"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
LAYOUT = "spreadsheet-over-pagina"
W, H = A4
ML = 91
FS = 9
LEAD = 10.8
PAD = 3
HDR_H = 14
TOP = H - 52
BOTTOM = 44
LEFT_COLS = [("Nr", 22), ("Thema", 90), ("Afspraak", 300)]
RIGHT_COLS = [("Nr", 22), ("Trekker", 88), ("Gereed", 62), ("Status", 72), ("Opmerking", 168)]


def resolve():
    """Per year: ordered list of resolved rows."""
    docs = {}
    prev = {}
    for y in C.YEARS:
        rows = []
        for key, thema, theme, themes, vers in C.AFSPRAKEN:
            if y not in vers:
                continue
            v = dict(vers[y])
            if v.get("same"):
                p = prev[key]
                assert p["year"] == y - 1, key
                v.update(text=p["text"], trekker=p["trekker"], gereed=p["gereed"], frame=p["frame"])
            if y - 1 in vers:
                assert v["link"], (key, y)
                same = v["text"] == prev[key]["text"]
                assert (v["link"][0] == "unchanged") == same, (key, y)
                if v["link"][0] in ("weakened", "strengthened"):
                    assert v["link"][1], (key, y)
            v.update(key=key, thema=thema, theme=theme, themes=themes or [theme], year=y)
            assert not v["text"][:1].isdigit()
            rows.append(v)
            prev[key] = v
        rows.sort(key=lambda r: C.THEMA_ORDER.index(r["thema"]))  # stable: list order within a Thema
        docs[y] = rows
    return docs


def wrap(text, width, font="Helvetica", size=FS):
    return simpleSplit(text, font, size, width - 2 * PAD) if text else []


def row_height(r):
    n = 1
    for (name, w) in LEFT_COLS + RIGHT_COLS:
        cell = cell_text(r, name)
        lines = wrap(cell, w)
        if name not in ("Afspraak", "Opmerking"):
            assert len(lines) <= 1, (name, cell)
        n = max(n, len(lines))
    return n * LEAD + 2 * PAD + 1


def cell_text(r, name):
    return {"Nr": str(r["nr"]), "Thema": r["thema"], "Afspraak": r["text"], "Trekker": r["trekker"],
            "Gereed": r["gereed"], "Status": r["status"], "Opmerking": r["opm"]}[name]


def draw_intro(c, y):
    it = C.INTRO
    yy = H - 90
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, yy, it["title"].format(year=y))
    yy -= 22
    c.setFont("Helvetica", 11)
    c.drawString(60, yy, it["subtitle"])
    yy -= 34
    c.setFont("Helvetica", 10)
    for para in it["paragraphs"]:
        para = para.format(year=y, context=it["context"][y])
        for line in simpleSplit(para, "Helvetica", 10, W - 120):
            c.drawString(60, yy, line)
            yy -= 13.5
        yy -= 8
    yy -= 6
    c.drawString(60, yy, "Vastgesteld in het bestuurlijk overleg van %s." % it["adopted"][y])
    yy -= 30
    x = 60
    for org, name, func in it["signatories"]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, yy, org)
        c.setFont("Helvetica", 9)
        c.drawString(x, yy - 40, name)
        c.drawString(x, yy - 52, func)
        c.line(x, yy - 30, x + 140, yy - 30)
        x += 165
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 60, 30, "Prestatieafspraken %d Lorkendam" % y)


def draw_sheet_page(c, y, rows, cols, sheet_no, sheet_total):
    c.setFont("Helvetica", 7)
    c.drawString(ML, H - 30, "Afsprakenlijst prestatieafspraken Lorkendam %d" % y)
    c.drawRightString(W - ML, H - 30, "Afsprakenlijst_%d_definitief.xlsx" % y)
    c.drawCentredString(W / 2, 24, "Blad 1 - pagina %d van %d" % (sheet_no, sheet_total))
    c.setLineWidth(0.4)
    # header row
    x = ML
    top = TOP
    c.setFillGray(0.85)
    c.rect(ML, top - HDR_H, sum(w for _, w in cols), HDR_H, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", FS)
    for name, w in cols:
        c.rect(x, top - HDR_H, w, HDR_H, stroke=1, fill=0)
        c.drawString(x + PAD, top - HDR_H + 4, name)
        x += w
    top -= HDR_H
    c.setFont("Helvetica", FS)
    for r in rows:
        h = r["h"]
        x = ML
        for name, w in cols:
            c.rect(x, top - h, w, h, stroke=1, fill=0)
            ly = top - PAD - FS + 1
            for line in wrap(cell_text(r, name), w):
                c.drawString(x + PAD, ly, line)
                ly -= LEAD
            x += w
        top -= h


def build_doc(y, rows):
    for i, r in enumerate(rows, 1):
        r["nr"] = i
        r["h"] = row_height(r)
    blocks, cur, avail = [], [], TOP - HDR_H - BOTTOM
    for r in rows:
        if cur and sum(x["h"] for x in cur) + r["h"] > avail:
            blocks.append(cur)
            cur = []
        cur.append(r)
    blocks.append(cur)
    did = "%s-%d" % (C.FAMILY, y)
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken %d Lorkendam" % y)
    c.setAuthor("Gemeente Lorkendam")
    draw_intro(c, y)
    c.showPage()
    sheet_total = 2 * len(blocks)
    page = 1
    for bi, block in enumerate(blocks):
        page += 1
        for r in block:
            r["page"] = page
        draw_sheet_page(c, y, block, LEFT_COLS, 2 * bi + 1, sheet_total)
        c.showPage()
        page += 1
        draw_sheet_page(c, y, block, RIGHT_COLS, 2 * bi + 2, sheet_total)
        c.showPage()
    c.save()
    afs = []
    for r in rows:
        attrs = {"status": r["status"]}
        if r["opm"]:
            attrs["opmerking"] = r["opm"]
        afs.append({
            "key": r["key"], "number": str(r["nr"]),
            "section": "Afsprakenlijst prestatieafspraken Lorkendam %d > %s" % (y, r["thema"]),
            "party": None, "theme": r["theme"], "themes": r["themes"], "page": r["page"], "text": r["text"],
            "trekker": r["trekker"], "planning": r["gereed"], "attributes": attrs, "frame": r["frame"]})
    gold = {"document": {"id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
                         "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPORATIES,
                         "huurdersorganisaties": C.HUURDERS, "pages": page, "layout": LAYOUT},
            "afspraken": afs}
    with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_pair(y0, y1, docs):
    old = docs[y0]
    new = docs[y1]
    newkeys = {r["key"]: r for r in new}
    oldkeys = {r["key"] for r in old}
    links = []
    for r in old:
        if r["key"] in newkeys:
            st, kinds, hn = newkeys[r["key"]]["link"]
            links.append({"old": r["key"], "new": r["key"], "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": r["key"], "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for r in new:
        if r["key"] not in oldkeys:
            links.append({"old": None, "new": r["key"], "status": "new", "kinds": [], "hard_negative": None})
    a, b = "%s-%d" % (C.FAMILY, y0), "%s-%d" % (C.FAMILY, y1)
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), "w", encoding="utf-8") as f:
        json.dump({"old": a, "new": b, "links": links}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    docs = resolve()
    for y in C.YEARS:
        build_doc(y, docs[y])
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        build_pair(y0, y1, docs)
    print("built", ", ".join("%s-%d (%d)" % (C.FAMILY, y, len(docs[y])) for y in C.YEARS))


if __name__ == "__main__":
    main()
