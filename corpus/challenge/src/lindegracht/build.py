# -*- coding: utf-8 -*-
"""Render the lindegracht family (jaarschijven with a landscape Routekaart) and write the gold.
Run: /work/main/.venv/bin/python corpus/challenge/src/lindegracht/build.py"""
import json
import os
import sys

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PW, PH = A4
LW, LH = landscape(A4)

GREEN = HexColor("#2f6b4f")
LIGHT = HexColor("#eef4f0")
LANECOL = [HexColor("#f3f6f9"), HexColor("#ffffff")]
BOXFILL = {"Gem.": HexColor("#fff4dc"), "Corp.": HexColor("#e3f0fa"), "HV": HexColor("#f4e6f4"),
           "Gem. + Corp.": HexColor("#eaf2e3"), "Corp. + HV": HexColor("#ece8f7"), "Allen": HexColor("#f0f0f0")}

# routekaart geometry (landscape)
X0, XR = 28, LW - 28
LABW = 92
GX = X0 + LABW
COLW = (XR - GX) / 5.0
TOP = LH - 78          # top of the axis row
AXH = 18
LANE_TOP = TOP - AXH
BOTTOM = 78            # lanes end here; legend and footer below
FS, LEAD = 6.7, 8.2
PAD = 4


def footer(c, year, pno, total, land):
    w, h = (LW, LH) if land else (PW, PH)
    c.setFont("Helvetica", 7)
    c.setFillColor(HexColor("#555555"))
    c.drawString(28 if land else 56, 22, "Prestatieafspraken Lindegracht 2025-2028  |  Jaarschijf %d" % year)
    c.drawRightString(w - (28 if land else 56), 22, "pagina %d van %d" % (pno, total))
    c.setFillColor(HexColor("#000000"))


# ---------------------------------------------------------------- prose
def prose_pages(year):
    """Lay out the prose into pages: list of lists of draw ops."""
    pages, ops, y = [], [], PH - 80
    width = PW - 112
    for head, paras in C.PROSE[year]:
        if isinstance(paras, dict):
            rows = paras["table"]
            need = 30 + 15 * len(rows)
            if y - need < 70:
                pages.append(ops)
                ops, y = [], PH - 80
            y -= 8
            ops.append(("head", head, y, 11))
            y -= 19
            ops.append(("table", rows, y))
            y -= 15 * len(rows) + 22
            continue
        first = head.split(" ")[0]
        sub = head[:1].isdigit() and "." in first.rstrip(".")
        hsize = 11 if sub else 13
        need = 30 + (40 if paras else 70)
        if y - need < 70:
            pages.append(ops)
            ops, y = [], PH - 80
        y -= 8
        ops.append(("head", head, y, hsize))
        y -= hsize + 8
        for p in paras:
            lines = simpleSplit(p, "Helvetica", 9.5, width)
            for ln in lines:
                if y < 70:
                    pages.append(ops)
                    ops, y = [], PH - 80
                ops.append(("line", ln, y))
                y -= 13
            y -= 7
    pages.append(ops)
    return pages


def draw_prose(c, ops):
    for op in ops:
        if op[0] == "head":
            c.setFont("Helvetica-Bold", op[3])
            c.setFillColor(GREEN)
            c.drawString(56, op[2], op[1])
            c.setFillColor(HexColor("#000000"))
        elif op[0] == "table":
            rows, y = op[1], op[2]
            xs = [56, 290, 350, 410]
            for ri, row in enumerate(rows):
                if ri == 0:
                    c.setFillColor(LIGHT)
                    c.rect(54, y - 4, 420, 14, stroke=0, fill=1)
                    c.setFillColor(HexColor("#000000"))
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 9)
                for ci, cell in enumerate(row):
                    if ci == 0:
                        c.drawString(xs[0], y, cell)
                    else:
                        c.drawRightString(xs[ci] + 50, y, cell)
                c.setStrokeColor(HexColor("#c8d2cc"))
                c.setLineWidth(0.4)
                c.line(54, y - 4, 474, y - 4)
                y -= 15
            c.setFont("Helvetica", 7.5)
            c.drawString(56, y - 2, "Bron: jaarverslagen Grachtwaarde en Woningzoekendenmonitor Lindegracht.")
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(56, op[2], op[1])


# ---------------------------------------------------------------- routekaart layout
def box_geom(ver):
    s, e = ver["cols"]
    w = COLW * (e - s + 1) - 2 * PAD
    lines = simpleSplit(ver["text"], "Helvetica", FS, w - 10)
    h = 5 + len(lines) * LEAD + 11
    return s, e, w, lines, h


def layout_routekaart(year):
    """Returns list of pages; each page: list of lanes (key, label, ytop, height, boxes);
    box = dict(afspraak, version, x, ytop, w, h, lines, tag)."""
    items = C.versions(year)
    pages, cur, y = [], [], LANE_TOP
    for lkey, label in C.LANES:
        lane_items = [(a, v) for a, v in items if a["lane"] == lkey]
        bottoms = [0.0] * 5  # depth used per column (from lane top)
        boxes = []
        for a, v in lane_items:
            s, e, w, lines, h = box_geom(v)
            d = max(bottoms[s:e + 1]) + PAD
            for cidx in range(s, e + 1):
                bottoms[cidx] = d + h
            boxes.append(dict(a=a, v=v, s=s, e=e, dy=d, w=w, h=h, lines=lines,
                              tag=v["tag"] or a["tag"]))
        lab_lines = simpleSplit(label, "Helvetica-Bold", 8.5, LABW - 12)
        height = max(max(bottoms) + PAD, len(lab_lines) * 11 + 12)
        if y - height < BOTTOM and cur:
            pages.append(cur)
            cur, y = [], LANE_TOP
        assert y - height >= BOTTOM, ("lane too tall", year, lkey)
        for b in boxes:
            b["x"] = GX + COLW * b["s"] + PAD
            b["ytop"] = y - b["dy"]
        boxes.sort(key=lambda b: (b["s"], -b["ytop"]))
        cur.append(dict(key=lkey, label=label, lab_lines=lab_lines, ytop=y, height=height, boxes=boxes))
        y -= height
    pages.append(cur)
    return pages


def axis_labels(year):
    return ["Q1 %d" % year, "Q2 %d" % year, "Q3 %d" % year, "Q4 %d" % year, "Later"]


def draw_routekaart(c, year, lanes, first, cont):
    c.setFont("Helvetica-Bold", 15)
    c.setFillColor(GREEN)
    title = "Routekaart %d" % year + (" (vervolg)" if cont else "")
    c.drawString(X0, LH - 44, title)
    c.setFont("Helvetica", 8)
    c.setFillColor(HexColor("#444444"))
    c.drawString(X0, LH - 58, "Jaarschijf %d van de kaderafspraken 2025-2028 – afspraken per thema en kwartaal" % year)
    # axis
    labs = axis_labels(year)
    c.setFillColor(GREEN)
    c.rect(GX, TOP - AXH, XR - GX, AXH, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.5)
    for i, lab in enumerate(labs):
        c.drawCentredString(GX + COLW * i + COLW / 2, TOP - AXH + 5.5, lab)
    c.setFillColor(GREEN)
    c.rect(X0, TOP - AXH, LABW - 2, AXH, stroke=0, fill=1)
    c.setFillColor(white)
    c.drawString(X0 + 5, TOP - AXH + 5.5, "Thema")
    # lanes
    for li, lane in enumerate(lanes):
        yt, hgt = lane["ytop"], lane["height"]
        c.setFillColor(LANECOL[li % 2])
        c.setStrokeColor(HexColor("#c8d2cc"))
        c.setLineWidth(0.5)
        c.rect(X0, yt - hgt, XR - X0, hgt, stroke=1, fill=1)
        c.setFillColor(LIGHT)
        c.rect(X0, yt - hgt, LABW - 2, hgt, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.setFont("Helvetica-Bold", 8.5)
        ly = yt - 14
        for ln in lane["lab_lines"]:
            c.drawString(X0 + 5, ly, ln)
            ly -= 11
        # quarter separators (dashed)
        c.setStrokeColor(HexColor("#d5dbd7"))
        c.setDash(2, 2)
        for i in range(1, 5):
            c.line(GX + COLW * i, yt - hgt, GX + COLW * i, yt)
        c.setDash()
        for b in lane["boxes"]:
            c.setFillColor(BOXFILL[b["tag"]])
            c.setStrokeColor(HexColor("#7d8c84"))
            c.setLineWidth(0.6)
            c.roundRect(b["x"], b["ytop"] - b["h"], b["w"], b["h"], 5, stroke=1, fill=1)
            c.setFillColor(HexColor("#111111"))
            c.setFont("Helvetica", FS)
            ty = b["ytop"] - 5 - FS
            for ln in b["lines"]:
                c.drawString(b["x"] + 5, ty, ln)
                ty -= LEAD
            c.setFont("Helvetica-Bold", 5.6)
            c.setFillColor(HexColor("#3b4a42"))
            c.drawRightString(b["x"] + b["w"] - 5, b["ytop"] - b["h"] + 3.5, b["tag"])
    # legend
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 7.5)
    ly = 58
    c.drawString(X0, ly, "Legenda")
    x = X0 + 42
    c.setFont("Helvetica", 7)
    for t in C.LEGEND_ORDER:
        c.setFillColor(BOXFILL[t])
        c.setStrokeColor(HexColor("#7d8c84"))
        c.roundRect(x, ly - 2, 22, 9, 2, stroke=1, fill=1)
        c.setFillColor(HexColor("#000000"))
        lab = "%s = %s" % (t, C.TAGS[t])
        c.drawString(x + 26, ly, lab)
        x += 26 + c.stringWidth(lab, "Helvetica", 7) + 14
    c.drawString(X0, ly - 12, "Gecombineerde trekkers: Gem. + Corp. = gemeente en corporatie samen; Corp. + HV = corporatie en "
                 "huurdersvereniging samen. Een blok over twee kwartalen start in het eerste en is gereed in het tweede kwartaal. "
                 "Later = na %d." % year)


# ---------------------------------------------------------------- document
def build_doc(year):
    did = "%s-%d" % (C.FAMILY, year)
    prose = prose_pages(year)
    rk = layout_routekaart(year)
    total = 1 + len(prose) + len(rk) + 1
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken Lindegracht 2025-2028 - Jaarschijf %d" % year)
    c.setAuthor("Gemeente Lindegracht")
    pno = 1
    # cover
    c.setFillColor(GREEN)
    c.rect(0, PH - 260, PW, 260, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(56, PH - 140, "Prestatieafspraken 2025-2028")
    c.setFont("Helvetica", 18)
    c.drawString(56, PH - 172, "Jaarschijf %d met routekaart" % year)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica", 11)
    yy = PH - 320
    for ln in ["Gemeente Lindegracht", "Woonstichting Grachtwaarde", "Huurdersvereniging De Lindetak"]:
        c.drawString(56, yy, ln)
        yy -= 18
    c.setFont("Helvetica", 9)
    c.drawString(56, 120, "Vastgesteld in het bestuurlijk overleg, %s" % C.SIGN_DATES[year])
    footer(c, year, pno, total, False)
    c.showPage()
    pno += 1
    for ops in prose:
        c.setPageSize(A4)
        draw_prose(c, ops)
        footer(c, year, pno, total, False)
        c.showPage()
        pno += 1
    gold = []
    for i, lanes in enumerate(rk):
        c.setPageSize(landscape(A4))
        draw_routekaart(c, year, lanes, i == 0, i > 0)
        footer(c, year, pno, total, True)
        for lane in lanes:
            for b in lane["boxes"]:
                gold.append((pno, lane, b))
        c.showPage()
        pno += 1
    # signature page
    c.setPageSize(A4)
    c.setFont("Helvetica-Bold", 13)
    c.setFillColor(GREEN)
    c.drawString(56, PH - 90, "Ondertekening")
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica", 9.5)
    c.drawString(56, PH - 115, "Aldus overeengekomen en ondertekend te Lindegracht op %s." % C.SIGN_DATES[year])
    yy = PH - 170
    for org, name, fn in C.SIGNATORIES:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(56, yy, org)
        c.setFont("Helvetica", 9.5)
        c.line(56, yy - 40, 250, yy - 40)
        c.drawString(56, yy - 54, name + ", " + fn)
        yy -= 110
    footer(c, year, pno, total, False)
    c.showPage()
    c.save()
    assert pno == total

    afs = []
    labs = axis_labels(year)
    for page, lane, b in gold:
        a, v = b["a"], b["v"]
        afs.append({
            "key": a["key"], "number": None,
            "section": "Routekaart %d > %s" % (year, lane["label"]),
            "party": None, "theme": a["themes"][0], "themes": list(a["themes"]),
            "page": page, "text": v["text"],
            "trekker": C.TAGS[b["tag"]], "planning": labs[b["e"]],
            "attributes": {}, "frame": v["frame"],
        })
    doc = {"document": {
        "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": list(C.PERIOD),
        "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
        "huurdersorganisaties": [C.HUURDERS], "pages": total, "layout": "routekaart-swimlanes"},
        "afspraken": afs}
    with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return doc


def build_pair(y0, y1, d0, d1):
    old_keys = [a["key"] for a in d0["afspraken"]]
    new_keys = [a["key"] for a in d1["afspraken"]]
    vers1 = {a["key"]: v for a, v in C.versions(y1)}
    links = []
    for k in old_keys:
        if k in vers1:
            v = vers1[k]
            links.append({"old": k, "new": k, "status": v["status"], "kinds": list(v["kinds"]),
                          "hard_negative": v["hn"]})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in new_keys:
        if k not in old_keys:
            assert vers1[k]["status"] is None, k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    pr = {"old": d0["document"]["id"], "new": d1["document"]["id"], "links": links}
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pr["old"], pr["new"])), "w",
              encoding="utf-8") as f:
        json.dump(pr, f, ensure_ascii=False, indent=1)


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    docs = {y: build_doc(y) for y in C.YEARS}
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        build_pair(y0, y1, docs[y0], docs[y1])
    for y in C.YEARS:
        print(docs[y]["document"]["id"], docs[y]["document"]["pages"], len(docs[y]["afspraken"]))


if __name__ == "__main__":
    main()
