# -*- coding: utf-8 -*-
"""Build the zeggeveen family: prestatieafspraken presented at the bestuurlijk overleg, exported from
PowerPoint as NOTES PAGES (portrait page, slide as a scaled landscape frame on top, speaker notes below).
Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/zeggeveen/build.py"""
import json
import os
import sys

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "zeggeveen"
LAYOUT = "pptx-notitiepagina's"

PW, PH = A4
FX, FW = 72.0, PW - 144.0
FH = FW * 9.0 / 16.0
FTOP = PH - 56.0
FBOT = FTOP - FH
NAVY = Color(0.11, 0.23, 0.40)
TEAL = Color(0.16, 0.55, 0.55)
GREY = Color(0.42, 0.42, 0.42)
LIGHT = Color(0.93, 0.95, 0.97)


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


def frame(c, y, slide_no):
    # shadow + frame, like the slide image on a notes page
    c.setFillColor(Color(0.8, 0.8, 0.8))
    c.rect(FX + 2, FBOT - 2, FW, FH, stroke=0, fill=1)
    c.setFillColor(white)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.rect(FX, FBOT, FW, FH, stroke=1, fill=1)
    # slide footer
    c.setFillColor(TEAL)
    c.rect(FX, FBOT, FW, 3, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 5.5)
    c.drawString(FX + 12, FBOT + 7, "Bestuurlijk overleg wonen Zeggeveen  |  %s" % C.MEETING[y])
    c.drawRightString(FX + FW - 12, FBOT + 7, str(slide_no))


def slide_title(c, title):
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(FX + 16, FTOP - 30, title)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(FX + 16, FTOP - 37, FX + 90, FTOP - 37)


def layout_points(points, numbered, size):
    """points: list of (text, tag). Returns list of (label, lines, tag_on_new_line) and height."""
    ind = 16 if numbered else 12
    width = FW - 32 - ind
    lead = size * 1.22
    out, h = [], 0.0
    for text, tag in points:
        lines = wrap(text, "Helvetica", size, width)
        newline = False
        if tag:
            if stringWidth(lines[-1], "Helvetica", size) + size * 0.6 + stringWidth("(%s)" % tag, "Helvetica", size * 0.78) > width:
                newline = True
        n = len(lines) + (1 if newline else 0)
        out.append((lines, tag, newline))
        h += n * lead + size * 0.45
    return out, h, lead, ind


def draw_points(c, points, numbered, top, bottom):
    size = 10.0
    while True:
        lay, h, lead, ind = layout_points(points, numbered, size)
        if h <= top - bottom or size <= 6.0:
            break
        size -= 0.25
    y = top - size
    x0 = FX + 16
    for i, (lines, tag, newline) in enumerate(lay):
        c.setFillColor(black)
        c.setFont("Helvetica", size)
        if numbered:
            c.drawString(x0, y, "%d." % (i + 1))
        else:
            c.setFillColor(TEAL)
            c.circle(x0 + 3, y + size * 0.33, size * 0.17, stroke=0, fill=1)
            c.setFillColor(black)
        for j, ln in enumerate(lines):
            c.setFont("Helvetica", size)
            c.drawString(x0 + ind, y, ln)
            if j == len(lines) - 1 and tag:
                ts = size * 0.78
                c.setFillColor(GREY)
                c.setFont("Helvetica-Oblique", ts)
                if newline:
                    y -= lead
                    c.drawString(x0 + ind, y, "(%s)" % tag)
                else:
                    c.drawString(x0 + ind + stringWidth(ln, "Helvetica", size) + size * 0.6, y, "(%s)" % tag)
                c.setFillColor(black)
            y -= lead
        y -= size * 0.45


def notes(c, text):
    c.setFillColor(black)
    size, lead = 10.5, 14.5
    y = FBOT - 44
    for para in text.split("\n"):
        for ln in wrap(para, "Helvetica", size, FW):
            c.setFont("Helvetica", size)
            c.drawString(FX, y, ln)
            y -= lead
        y -= 6
    assert y > 70, "notes overflow"


def pagenum(c, n):
    c.setFillColor(black)
    c.setFont("Helvetica", 9)
    c.drawRightString(PW - 56, 30, str(n))


def present(ver):
    return ver is not None


def versions():
    """Resolve 'same' entries: {key: {year: (text, frame)}}."""
    res = {}
    for key, slide, themes, tag, vers in C.ITEMS:
        r, prev = {}, None
        for y in C.YEARS:
            v = vers.get(y)
            if v == "same":
                v = prev
            if v is not None:
                r[y] = v
            prev = v
        res[key] = r
    return res


def build(y):
    did = "%s-%d" % (FAMILY, y)
    vers = versions()
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken %d - bestuurlijk overleg wonen Zeggeveen" % y)
    c.setAuthor("Gemeente Zeggeveen")
    c.setCreator("Microsoft PowerPoint")
    page = 0
    gold = []

    # 1. title slide
    page += 1
    frame(c, y, page)
    ts = C.title_slide(y)
    c.setFillColor(NAVY)
    c.rect(FX, FTOP - 120, FW, 64, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(FX + 20, FTOP - 96, ts["title"])
    c.setFillColor(NAVY)
    c.setFont("Helvetica", 7.5)
    c.drawString(FX + 20, FTOP - 145, ts["lines"][0])
    c.setFont("Helvetica-Bold", 9)
    c.drawString(FX + 20, FTOP - 163, ts["lines"][1])
    notes(c, C.NOTES["title"][y])
    pagenum(c, page)
    c.showPage()

    # 2. agenda
    page += 1
    frame(c, y, page)
    slide_title(c, "Agenda")
    ag = [a % {"prev": y - 1} for a in C.AGENDA]
    yy = FTOP - 62
    for i, a in enumerate(ag):
        c.setFillColor(black)
        c.setFont("Helvetica", 10)
        c.drawString(FX + 20, yy, "%d." % (i + 1))
        c.drawString(FX + 38, yy, a)
        yy -= 17
    notes(c, C.NOTES["agenda"][y])
    pagenum(c, page)
    c.showPage()

    # 3.. theme slides
    for sid, title, numbered in C.SLIDES:
        items = [(key, themes, tag, vers[key][y]) for key, slide, themes, tag, _ in C.ITEMS
                 if slide == sid and y in vers[key]]
        if not items:
            continue
        page += 1
        frame(c, y, page)
        slide_title(c, title)
        draw_points(c, [(v[0], tag) for key, themes, tag, v in items], numbered, FTOP - 50, FBOT + 18)
        notes(c, C.NOTES[sid][y])
        pagenum(c, page)
        c.showPage()
        for i, (key, themes, tag, v) in enumerate(items):
            text, fr = v
            gold.append({
                "key": key, "number": str(i + 1) if numbered else None, "section": title,
                "party": None, "theme": themes[0], "themes": themes, "page": page, "text": text,
                "trekker": tag, "planning": None, "attributes": {}, "frame": fr,
            })

    # vervolg
    page += 1
    frame(c, y, page)
    slide_title(c, "Vervolg")
    yy = FTOP - 64
    for v in C.vervolg(y):
        c.setFillColor(TEAL)
        c.setFont("Helvetica", 10)
        c.circle(FX + 23, yy + 3.4, 1.8, stroke=0, fill=1)
        c.setFillColor(black)
        c.drawString(FX + 34, yy, v)
        yy -= 18
    notes(c, C.NOTES["vervolg"][y])
    pagenum(c, page)
    c.showPage()
    c.save()

    doc = {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
           "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPORATIES,
           "huurdersorganisaties": C.HUURDERS, "pages": page, "layout": LAYOUT}
    with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
        json.dump({"document": doc, "afspraken": gold}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def pairs(golds):
    for (a, b), links in C.LINKS.items():
        ok = [g["key"] for g in golds[a]]
        nk = [g["key"] for g in golds[b]]
        out = []
        for k in ok:
            if k in nk:
                s, kinds, hn = links[k]
                out.append({"old": k, "new": k, "status": s, "kinds": kinds, "hard_negative": hn})
            else:
                assert k not in links, k
                out.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in nk:
            if k not in ok:
                assert k not in links, k
                out.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        assert set(links) <= set(ok) & set(nk), set(links) - (set(ok) & set(nk))
        name = "%s-%d__%s-%d" % (FAMILY, a, FAMILY, b)
        with open(os.path.join(OUT, "gold", "pairs", name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"old": "%s-%d" % (FAMILY, a), "new": "%s-%d" % (FAMILY, b), "links": out},
                      f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build(y) for y in C.YEARS}
    pairs(golds)


if __name__ == "__main__":
    main()
