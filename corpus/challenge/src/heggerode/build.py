# -*- coding: utf-8 -*-
"""Build the heggerode family (layout 'tabbladen-rapport'): PDFs and gold. Run from anywhere."""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
W, H = A4
STRIP = 70          # width of the navigation strip
GAP = 34            # space between strip and body
INNER = 62          # inner margin
TOP = H - 92        # first body baseline
BOTTOM = 78         # lowest body baseline
ITEM_IND = 34
SANS, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def fmt(s, year):
    return s.replace("{year}", str(year)).replace("{prev}", str(year - 1)).replace("{next}", str(year + 1))


def body_x(page_no):
    """left x and width of the body column; strip left on even pages, right on odd pages."""
    if page_no % 2 == 0:
        x0 = STRIP + GAP
        x1 = W - INNER
    else:
        x0 = INNER
        x1 = W - STRIP - GAP
    return x0, x1 - x0


def tint(rgb, f):
    return tuple(1 - (1 - c) * f for c in rgb)


# ---------------------------------------------------------------- versions
def versions(year):
    """afspraken present in `year` with resolved text/frame, in reading order."""
    res = []
    for a in C.AFSPRAKEN:
        if year not in a["v"]:
            continue
        y = year
        v = a["v"][y]
        while v == C.SAME:
            y -= 1
            v = a["v"][y]
        res.append(dict(a, text=v[0], frame=v[1]))
    order = []
    for t in range(len(C.TABS)):
        subs = []
        for a in res:
            if a["tab"] == t and a["sub"] not in subs:
                subs.append(a["sub"])
        for s in subs:
            order += [a for a in res if a["tab"] == t and a["sub"] == s]
    return order


# ---------------------------------------------------------------- flow
def theme_flow(year, t, items):
    """elements for one theme (tab)."""
    el = []
    subs = []
    for a in items:
        if a["sub"] not in subs:
            subs.append(a["sub"])
    n = 0
    for i, s in enumerate(subs):
        if s:
            el.append(("sub", s))
        ctx = C.CONTEXT.get((t, s))
        if ctx:
            el.append(("para", fmt(C.yv(ctx, year), year)))
        if i == 0:
            big, cap = C.yv(C.KERN[t], year)
            el.append(("kern", big, fmt(cap, year)))
        if i == 1 or (len(subs) == 1 and t in C.QUOTES):
            q = C.yv(C.QUOTES.get(t, {}), year)
            if q:
                el.append(("quote", q[0], q[1]))
        el.append(("label", "Dit spreken we af"))
        for a in items:
            if a["sub"] == s:
                n += 1
                el.append(("item", "%02d" % n, a))
    return el


def measure(e, width):
    k = e[0]
    if k == "sub":
        return 30
    if k == "para":
        return len(simpleSplit(e[1], SANS, 10, width)) * 14 + 8
    if k == "kern":
        return len(simpleSplit(e[2], SANS, 10, width - 150)) * 13 + 52
    if k == "quote":
        return len(simpleSplit(e[1], ITAL, 13, width - 40)) * 17 + 36
    if k == "label":
        return 22
    if k == "item":
        return len(simpleSplit(e[2]["text"], SANS, 10, width - ITEM_IND)) * 14 + 9
    raise ValueError(k)


def paginate(year):
    """returns list of pages: each {kind, tab, elements}; page 1 = cover, page 2 = voorwoord."""
    vs = versions(year)
    pages = [dict(kind="cover", tab=None, el=[]), dict(kind="voorwoord", tab=None, el=[])]
    for t in range(len(C.TABS)):
        items = [a for a in vs if a["tab"] == t]
        flow = theme_flow(year, t, items)
        if t == len(C.TABS) - 1:
            flow.append(("sign",))
        cur = dict(kind="body", tab=t, el=[])
        pages.append(cur)
        y = TOP
        for idx, e in enumerate(flow):
            _, width = body_x(len(pages))
            h = 150 if e[0] == "sign" else measure(e, width)
            # keep headings/labels with the next element
            need = h
            if e[0] in ("sub", "label", "para", "kern", "quote"):
                nxt = flow[idx + 1] if idx + 1 < len(flow) else None
                if nxt is not None and nxt[0] == "item":
                    need += measure(nxt, width)
            if y - need < BOTTOM and cur["el"]:
                cur = dict(kind="body", tab=t, el=[])
                pages.append(cur)
                y = TOP
            cur["el"].append(e)
            y -= h
    return pages


# ---------------------------------------------------------------- drawing
def draw_strip(c, page_no, active):
    left = page_no % 2 == 0
    x = 0 if left else W - STRIP
    c.setFillColorRGB(0.95, 0.95, 0.93)
    c.rect(x, 0, STRIP, H, stroke=0, fill=1)
    top, bot = H - 60, 60
    th = (top - bot) / len(C.TABS)
    for i, (label, _, rgb) in enumerate(C.TABS):
        y0 = top - (i + 1) * th
        act = (i == active)
        c.setFillColorRGB(*(rgb if act else tint(rgb, 0.30)))
        if act:
            wx = x - 8 if not left else x
            c.rect(wx, y0 + 2, STRIP + 8, th - 4, stroke=0, fill=1)
        else:
            c.rect(x + (10 if left else 0), y0 + 2, STRIP - 10, th - 4, stroke=0, fill=1)
        c.setFillColorRGB(*((1, 1, 1) if act else tint(rgb, 0.9)))
        c.setFont(BOLD if act else SANS, 9.5)
        c.saveState()
        cx = x + STRIP / 2 + (3 if left else -3)
        cy = y0 + th / 2
        c.translate(cx, cy)
        c.rotate(90 if left else -90)
        c.drawCentredString(0, -3, label)
        c.restoreState()


def draw_header_footer(c, page_no, year, npages):
    x0, width = body_x(page_no)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.setFont(SANS, 8)
    c.drawString(x0, H - 46, "Prestatieafspraken %d  |  Jaarrapport Heggerode" % year)
    c.drawRightString(x0 + width, H - 46, "Gemeente Heggerode · Rodeborgh · Heggerank")
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setLineWidth(0.5)
    c.line(x0, H - 52, x0 + width, H - 52)
    c.line(x0, 52, x0 + width, 52)
    c.setFont(BOLD, 9)
    if page_no % 2 == 0:
        c.drawString(x0, 38, "%d" % page_no)
        c.setFont(SANS, 7.5)
        c.drawRightString(x0 + width, 38, "Jaarrapport prestatieafspraken %d" % year)
    else:
        c.drawRightString(x0 + width, 38, "%d" % page_no)
        c.setFont(SANS, 7.5)
        c.drawString(x0, 38, "Jaarrapport prestatieafspraken %d" % year)


def lines(c, x, y, text, font, size, width, leading):
    for ln in simpleSplit(text, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, ln)
        y -= leading
    return y


def draw_cover(c, year):
    rgb = C.TABS[0][2]
    c.setFillColorRGB(*rgb)
    c.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
    # coloured theme bars
    bw = W / len(C.TABS)
    for i, (_, _, col) in enumerate(C.TABS):
        c.setFillColorRGB(*col)
        c.rect(i * bw, H * 0.45 - 14, bw, 14, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(SANS, 16)
    c.drawString(60, H - 120, "Jaarrapport")
    c.setFont(BOLD, 38)
    c.drawString(60, H - 170, "Prestatieafspraken %d" % year)
    c.setFont(SANS, 13)
    y = H - 210
    for ln in simpleSplit("Wat gemeente, corporatie en huurders in Heggerode met elkaar afspreken over wonen", SANS, 13, W - 140):
        c.drawString(60, y, ln)
        y -= 18
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.setFont(BOLD, 11)
    y = H * 0.45 - 70
    for org in ("Gemeente " + C.GEMEENTE, C.CORP, C.HUURDERS):
        c.drawString(60, y, org)
        y -= 18
    c.setFont(SANS, 10)
    c.drawString(60, y - 14, "Heggerode, %s" % C.SIGN_DATE[year])


def draw_voorwoord(c, year, page_no, toc):
    draw_strip(c, page_no, None)
    draw_header_footer(c, page_no, year, None)
    x0, width = body_x(page_no)
    y = TOP
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont(BOLD, 18)
    c.drawString(x0, y, "Voorwoord")
    y -= 28
    for p in C.VOORWOORD[year]:
        y = lines(c, x0, y, fmt(p, year), SANS, 10, width, 14) - 8
    y -= 6
    c.setFont(BOLD, 12)
    c.drawString(x0, y, "Zo leest u dit rapport")
    y -= 20
    y = lines(c, x0, y, C.LEESWIJZER, SANS, 10, width, 14) - 14
    c.setFont(BOLD, 12)
    c.drawString(x0, y, "In dit rapport")
    y -= 22
    for i, (label, _, rgb) in enumerate(C.TABS):
        c.setFillColorRGB(*rgb)
        c.rect(x0, y - 3, 10, 12, stroke=0, fill=1)
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont(SANS, 10.5)
        c.drawString(x0 + 18, y, label)
        c.drawRightString(x0 + width, y, "%d" % toc[i])
        y -= 19


def draw_body(c, year, page_no, pg, gold, npages):
    t = pg["tab"]
    rgb = C.TABS[t][2]
    label = C.TABS[t][0]
    draw_strip(c, page_no, t)
    draw_header_footer(c, page_no, year, npages)
    x0, width = body_x(page_no)
    y = TOP
    sub = pg.get("sub_in")
    for e in pg["el"]:
        k = e[0]
        if k == "sub":
            sub = e[1]
            c.setFillColorRGB(*rgb)
            c.setFont(BOLD, 15)
            c.drawString(x0, y - 4, e[1])
            y -= 30
        elif k == "para":
            c.setFillColorRGB(0.2, 0.2, 0.2)
            y = lines(c, x0, y, e[1], SANS, 10, width, 14) - 8
        elif k == "kern":
            n = len(simpleSplit(e[2], SANS, 10, width - 150))
            h = n * 13 + 40
            c.setFillColorRGB(*tint(rgb, 0.15))
            c.rect(x0, y - h + 10, width, h, stroke=0, fill=1)
            c.setFillColorRGB(*rgb)
            c.setFont(BOLD, 7.5)
            c.drawString(x0 + 12, y - 4, "KERNCIJFER")
            c.setFont(BOLD, 24)
            c.drawString(x0 + 12, y - 30, e[1])
            c.setFillColorRGB(0.2, 0.2, 0.2)
            lines(c, x0 + 140, y - 18, e[2], SANS, 10, width - 150, 13)
            y -= h + 12
        elif k == "quote":
            ql = simpleSplit(e[1], ITAL, 13, width - 40)
            h = len(ql) * 17 + 20
            c.setFillColorRGB(*rgb)
            c.rect(x0 + 4, y - h + 12, 3, h, stroke=0, fill=1)
            yy = lines(c, x0 + 22, y, e[1], ITAL, 13, width - 40, 17)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont(SANS, 8.5)
            c.drawString(x0 + 22, yy - 2, "— " + e[2])
            y -= h + 16
        elif k == "label":
            c.setFillColorRGB(*rgb)
            c.setFont(BOLD, 10)
            c.drawString(x0, y, e[1])
            c.setLineWidth(1.2)
            c.setStrokeColorRGB(*rgb)
            c.line(x0, y - 5, x0 + 100, y - 5)
            y -= 22
        elif k == "item":
            a = e[2]
            c.setFillColorRGB(*rgb)
            c.setFont(BOLD, 11)
            c.drawString(x0, y, e[1])
            c.setFillColorRGB(0.1, 0.1, 0.1)
            gold.append(dict(a=a, number=e[1], section=label + (" > " + sub if sub else ""), page=page_no))
            y = lines(c, x0 + ITEM_IND, y, a["text"], SANS, 10, width - ITEM_IND, 14) - 9
        elif k == "sign":
            y -= 6
            c.setFillColorRGB(0.15, 0.15, 0.15)
            c.setFont(BOLD, 12)
            c.drawString(x0, y, "Ondertekening")
            y -= 20
            y = lines(c, x0, y, "Aldus overeengekomen en ondertekend te Heggerode op %s." % C.SIGN_DATE[year],
                      SANS, 10, width, 14) - 16
            colw = width / 3
            for i, (org, name, fn) in enumerate(C.SIGNATORIES):
                xx = x0 + i * colw
                c.setFont(BOLD, 8.5)
                c.drawString(xx, y, org)
                c.setStrokeColorRGB(0.6, 0.6, 0.6)
                c.line(xx, y - 42, xx + colw - 14, y - 42)
                c.setFont(SANS, 8.5)
                c.drawString(xx, y - 56, name)
                c.drawString(xx, y - 68, fn)
            y -= 80
    return sub


# ---------------------------------------------------------------- document
def build(year):
    did = "%s-%d" % (C.FAMILY, year)
    pages = paginate(year)
    npages = len(pages)
    toc = {}
    for i, pg in enumerate(pages):
        if pg["kind"] == "body" and pg["tab"] not in toc:
            toc[pg["tab"]] = i + 1
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(pdfp, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken %d Heggerode" % year)
    c.setAuthor("Gemeente Heggerode")
    gold = []
    sub = None
    prev_tab = None
    for i, pg in enumerate(pages):
        no = i + 1
        if pg["kind"] == "cover":
            draw_cover(c, year)
        elif pg["kind"] == "voorwoord":
            draw_voorwoord(c, year, no, toc)
        else:
            if pg["tab"] != prev_tab:
                sub = None
            pg["sub_in"] = sub
            sub = draw_body(c, year, no, pg, gold, npages)
            prev_tab = pg["tab"]
        c.showPage()
    c.save()
    afs = []
    for g in gold:
        a = g["a"]
        afs.append({
            "key": a["key"], "number": g["number"], "section": g["section"], "party": None,
            "theme": a["themes"][0], "themes": a["themes"], "page": g["page"], "text": a["text"],
            "trekker": None, "planning": None, "attributes": {}, "frame": a["frame"],
        })
    doc = {"document": {
        "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
        "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
        "huurdersorganisaties": [C.HUURDERS], "pages": npages, "layout": C.LAYOUT},
        "afspraken": afs}
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return doc


def pair(old_doc, new_doc, year):
    okeys = [a["key"] for a in old_doc["afspraken"]]
    nkeys = [a["key"] for a in new_doc["afspraken"]]
    spec = {a["key"]: a for a in C.AFSPRAKEN}
    links = []
    for k in okeys:
        if k in nkeys:
            st, kinds, hn = spec[k]["links"][year]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nkeys:
        if k not in okeys:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    p = {"old": old_doc["document"]["id"], "new": new_doc["document"]["id"], "links": links}
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])), "w", encoding="utf-8") as f:
        json.dump(p, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return p


def main():
    docs = {y: build(y) for y in C.YEARS}
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        pair(docs[y0], docs[y1], y1)
    for y in C.YEARS:
        d = docs[y]
        print(d["document"]["id"], d["document"]["pages"], "pages", len(d["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
