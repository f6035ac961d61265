# -*- coding: utf-8 -*-
"""Build the hazelrode challenge family: PDFs + gold. Run from /work/main."""
import json
import os
import sys
sys.dont_write_bytecode = True

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import prose as P  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "hazelrode"
W, H = A4
ML, MR, TOP, BOT = 50, 45, 70, 62          # margins (TOP/BOT distance from page edge)
LX, LW = ML, 318                           # left column
SX = 382                                   # sidebar x
SW = W - MR - SX                           # sidebar width
SPAD = 6
SFONT, SSIZE, SLEAD = "Helvetica", 8.5, 10.4
NUMW = 16
PFONT, PSIZE, PLEAD = "Times-Roman", 10, 13
CHAPTER_ORDER = ["B", "D", "K", "L", "O"]


class Doc:
    def __init__(self, year):
        self.year = year
        self.pages = []  # list of list of ops

    def new_page(self, kind="body"):
        self.pages.append({"kind": kind, "ops": []})
        return self.pages[-1]["ops"]

    @property
    def ops(self):
        return self.pages[-1]["ops"]

    @property
    def pno(self):
        return len(self.pages)


def para_lines(text, font=PFONT, size=PSIZE, width=LW):
    return simpleSplit(text, font, size, width)


def single_column(doc, blocks, y):
    """Lay out single-column blocks starting at y on the current page; returns y."""
    width = W - ML - MR
    for b in blocks:
        if b[0] == "h":
            if y - 40 < BOT:
                doc.new_page(); y = H - TOP
            y -= 8
            doc.ops.append(("text", "Helvetica-Bold", 11, ML, y, b[1]))
            y -= 17
        elif b[0] == "p":
            for ln in para_lines(b[1], width=width):
                if y < BOT + 5:
                    doc.new_page(); y = H - TOP
                doc.ops.append(("text", PFONT, PSIZE, ML, y, ln))
                y -= PLEAD
            y -= 6
        elif b[0] == "table":
            rows = b[2]
            need = 22 + 16 * len(rows)
            if y - need < BOT:
                doc.new_page(); y = H - TOP
            y -= 6
            doc.ops.append(("text", "Helvetica-Bold", 9.5, ML, y, b[1]))
            y -= 6
            tw = 380
            doc.ops.append(("line", ML, y, ML + tw, y, 0.8))
            for r in rows:
                y -= 13
                doc.ops.append(("text", "Helvetica", 9, ML + 4, y, r[0]))
                doc.ops.append(("rtext", "Helvetica", 9, ML + tw - 4, y, r[1]))
                y -= 4
                doc.ops.append(("line", ML, y, ML + tw, y, 0.3))
            y -= 14
    return y


def heading(doc, title):
    y = H - TOP
    doc.ops.append(("text", "Helvetica-Bold", 15, ML, y, title))
    y -= 8
    doc.ops.append(("line", ML, y, W - MR, y, 1.0))
    return y - 18


def two_column_chapter(doc, title, prose_blocks, items, gold_items, section):
    """items: list of (number, text, key). Appends gold dicts with page to gold_items."""
    doc.new_page("theme")
    ystart = heading(doc, title)
    # left lines
    left = []
    for b in prose_blocks:
        if b[0] == "h":
            left.append(("gap", 4)); left.append(("h", b[1]))
        else:
            for ln in para_lines(b[1]):
                left.append(("l", ln))
            left.append(("gap", 6))
    # sidebar lines
    side = []  # entries: ("item", num, lines, key)
    for num, text, key in items:
        side.append((num, simpleSplit(text, SFONT, SSIZE, SW - 2 * SPAD - NUMW), key, text))
    li = 0
    si, sl = 0, 0  # sidebar item index, line within item
    first = True
    while li < len(left) or si < len(side):
        if not first:
            doc.new_page("theme")
            ystart = H - TOP
        # left column
        y = ystart
        while li < len(left):
            kind, val = left[li]
            if kind == "gap":
                y -= val; li += 1; continue
            need = 17 if kind == "h" else PLEAD
            if y - need < BOT:
                break
            if kind == "h":
                y -= 4
                doc.ops.append(("text", "Helvetica-Bold", 10.5, LX, y, val)); y -= 13
            else:
                doc.ops.append(("text", PFONT, PSIZE, LX, y, val)); y -= PLEAD
            li += 1
        # sidebar
        if si < len(side):
            sops = []
            y = ystart - SPAD - 8
            sops.append(("text", "Helvetica-Bold", 10, SX + SPAD, y, "Afspraken" if first else "Afspraken (vervolg)"))
            y -= 16
            while si < len(side) and y - SLEAD > BOT - 4:
                num, lines, key, text = side[si]
                if sl == 0:
                    gold_items.append((key, num, doc.pno, section))
                    sops.append(("text", "Helvetica-Bold", SSIZE, SX + SPAD, y, num + "."))
                sops.append(("text", SFONT, SSIZE, SX + SPAD + NUMW, y, lines[sl]))
                y -= SLEAD
                sl += 1
                if sl >= len(lines):
                    si += 1; sl = 0; y -= 5
            bottom = y + SLEAD - 6
            doc.ops.append(("rect", SX, bottom, SW, ystart - bottom, (0.89, 0.93, 0.90)))
            doc.ops.extend(sops)
        first = False


def render(doc, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(f"Prestatieafspraken Hazelrode {doc.year}")
    c.setAuthor("Gemeente Hazelrode")
    total = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        for op in pg["ops"]:
            if op[0] == "text":
                c.setFillColorRGB(0, 0, 0); c.setFont(op[1], op[2]); c.drawString(op[3], op[4], op[5])
            elif op[0] == "rtext":
                c.setFillColorRGB(0, 0, 0); c.setFont(op[1], op[2]); c.drawRightString(op[3], op[4], op[5])
            elif op[0] == "ctext":
                c.setFillColorRGB(0, 0, 0); c.setFont(op[1], op[2]); c.drawCentredString(op[3], op[4], op[5])
            elif op[0] == "line":
                c.setLineWidth(op[5]); c.line(op[1], op[2], op[3], op[4])
            elif op[0] == "rect":
                c.setFillColorRGB(*op[5]); c.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1)
        if pg["kind"] != "cover":
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont("Helvetica", 7.5)
            c.drawString(ML, H - 38, "Gemeente Hazelrode  |  Lindeborgh  |  Veldzicht Wonen  |  Huurdersplatform De Hazelaar")
            c.drawRightString(W - MR, H - 38, f"Prestatieafspraken {doc.year}")
            c.setLineWidth(0.4); c.line(ML, 42, W - MR, 42)
            c.setFont("Helvetica", 8)
            c.drawString(ML, 30, f"Prestatieafspraken Hazelrode {doc.year}")
            c.drawRightString(W - MR, 30, f"Pagina {i} van {total}")
        c.showPage()
    c.save()


def build_year(year):
    doc = Doc(year)
    # cover
    ops = doc.new_page("cover")
    ops.append(("rect", 0, H - 300, W, 300, (0.86, 0.91, 0.87)))
    ops.append(("text", "Helvetica-Bold", 30, ML, H - 200, f"Prestatieafspraken {year}"))
    ops.append(("text", "Helvetica", 14, ML, H - 230, "Samen bouwen aan wonen in Hazelrode"))
    y = H - 380
    for line in ["Gemeente Hazelrode", "Woonstichting Lindeborgh", "Veldzicht Wonen", "Huurdersplatform De Hazelaar"]:
        ops.append(("text", "Helvetica", 13, ML, y, line)); y -= 22
    ops.append(("text", "Helvetica", 10, ML, 120, f"Vastgesteld in het tripartiete overleg, {P.N[year]['sign']}"))
    # TOC page placeholder
    doc.new_page("toc")
    toc_index = len(doc.pages) - 1
    # intro
    doc.new_page()
    y = heading(doc, "1 Inleiding")
    single_column(doc, P.intro(year), y)
    chap_pages = {"1 Inleiding": 3}
    # theme chapters
    titles = C.CHAPTERS[year]
    keys = [k for k in C.ORDER[year]]
    for k in C.A:
        if year in C.A[k]["v"]:
            assert k in keys, (year, k)
    num = 0
    gold_pos = []
    texts = {}
    for ch in CHAPTER_ORDER:
        items = []
        for k in keys:
            chap, text, frame = C.A[k]["v"][year]
            if chap == ch:
                num += 1
                items.append((str(num), text, k))
                texts[k] = (str(num), text, frame, titles[ch])
        chap_pages[titles[ch]] = doc.pno + 1
        two_column_chapter(doc, titles[ch], P.chapter(year, ch), items, gold_pos, titles[ch])
    # closing
    doc.new_page()
    chap_pages["7 Slotbepalingen"] = doc.pno
    y = heading(doc, "7 Slotbepalingen")
    y = single_column(doc, P.closing(year), y)
    if y < BOT + 250:
        doc.new_page(); y = H - TOP
    y -= 10
    doc.ops.append(("text", "Times-Roman", 10, ML, y,
                    f"Aldus overeengekomen en ondertekend te Hazelrode op {P.N[year]['sign']}."))
    y -= 30
    for i, (org, name, func) in enumerate(P.SIGN):
        x = ML if i % 2 == 0 else ML + 260
        yy = y - (i // 2) * 90
        doc.ops.append(("text", "Helvetica-Bold", 9.5, x, yy, org))
        doc.ops.append(("line", x, yy - 40, x + 200, yy - 40, 0.5))
        doc.ops.append(("text", "Helvetica", 9, x, yy - 52, name))
        doc.ops.append(("text", "Helvetica-Oblique", 9, x, yy - 64, func))
    y -= 200
    if y < BOT + 90:
        doc.new_page(); y = H - TOP
    doc.ops.append(("text", "Helvetica-Bold", 11, ML, y, "Bijlagen")); y -= 17
    for b in P.BIJLAGEN:
        doc.ops.append(("text", "Times-Roman", 10, ML, y, b)); y -= 13
    chap_pages["Bijlagen"] = doc.pno
    # TOC
    t = doc.pages[toc_index]["ops"]
    t.append(("text", "Helvetica-Bold", 15, ML, H - TOP, "Inhoud"))
    yy = H - TOP - 30
    for title, pg in chap_pages.items():
        t.append(("text", "Helvetica", 10.5, ML, yy, title))
        t.append(("rtext", "Helvetica", 10.5, W - MR - 60, yy, str(pg)))
        yy -= 18
    yy -= 20
    t.append(("text", "Helvetica-Bold", 11, ML, yy, "Partijen")); yy -= 16
    for ln in ["De gemeente Hazelrode, hierna: de gemeente;",
               "Woonstichting Lindeborgh en Veldzicht Wonen, hierna gezamenlijk: de corporaties;",
               "Huurdersplatform De Hazelaar, hierna: het Huurdersplatform;",
               "hierna gezamenlijk te noemen: partijen."]:
        t.append(("text", "Times-Roman", 10, ML, yy, ln)); yy -= 13

    pdf = os.path.join(OUT, "pdf", f"{FAMILY}-{year}.pdf")
    render(doc, pdf)
    afs = []
    for key, n, page, section in gold_pos:
        _, text, frame, _ = texts[key]
        themes = C.A[key]["themes"]
        afs.append({"key": key, "number": n, "section": section, "party": None, "theme": themes[0],
                    "themes": themes, "page": page, "text": text, "trekker": None, "planning": None,
                    "attributes": {}, "frame": frame})
    gold = {"document": {"id": f"{FAMILY}-{year}", "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": C.CORPS, "huurdersorganisaties": C.HUURDERS,
                         "pages": len(doc.pages), "layout": "two-column-sidebar"},
            "afspraken": afs}
    with open(os.path.join(OUT, "gold", f"{FAMILY}-{year}.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return gold


def build_pair(old, new, gold_old, gold_new):
    ko = [a["key"] for a in gold_old["afspraken"]]
    kn = [a["key"] for a in gold_new["afspraken"]]
    to = {a["key"]: a["text"] for a in gold_old["afspraken"]}
    tn = {a["key"]: a["text"] for a in gold_new["afspraken"]}
    ann = C.PAIRS[(old, new)]
    links = []
    for k in ko:
        if k in tn:
            if k in ann:
                st, kinds, hn = ann[k]
                assert to[k] != tn[k], (old, k)
            else:
                assert to[k] == tn[k], (old, new, k, "text differs but no annotation")
                st, kinds, hn = "unchanged", [], None
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            assert k not in ann
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in kn:
        if k not in to:
            assert k not in ann
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    oid, nid = f"{FAMILY}-{old}", f"{FAMILY}-{new}"
    with open(os.path.join(OUT, "gold", "pairs", f"{oid}__{nid}.json"), "w", encoding="utf-8") as f:
        json.dump({"old": oid, "new": nid, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for d in ("pdf", "gold", "gold/pairs"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build_year(y) for y in C.YEARS}
    for a, b in zip(C.YEARS, C.YEARS[1:]):
        build_pair(a, b, golds[a], golds[b])
    for y in C.YEARS:
        print(y, golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
