# -*- coding: utf-8 -*-
"""Render the Lierbeek family (jaarschijven 2025-2027, the later two with visible revisions) and write gold.
Run from /work/main:  .venv/bin/python corpus/challenge/src/lierbeek/build.py"""
import difflib
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
from context import context_blocks, closing_blocks  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAM = "lierbeek"
W_, H_ = A4
ML, MR, MT, MB = 72, 72, 78, 70
TW = W_ - ML - MR

RED = (0.80, 0.0, 0.0)
BLUE = (0.0, 0.25, 0.80)
GRAY = (0.35, 0.35, 0.35)
STY = {  # font, colour, decoration
    "n": ("Helvetica", (0, 0, 0), None), "b": ("Helvetica-Bold", (0, 0, 0), None),
    "d": ("Helvetica", RED, "strike"), "i": ("Helvetica", BLUE, "under"),
    "bd": ("Helvetica-Bold", RED, "strike"), "bi": ("Helvetica-Bold", BLUE, "under"),
    "it": ("Helvetica-Oblique", GRAY, None),
}


def words(text, style="n"):
    return [(w, style) for w in text.split()]


def diff_words(old, new, bold=False):
    """Word-level revision markup: deleted -> 'd', inserted -> 'i', equal -> 'n'."""
    o, n = old.split(), new.split()
    out = []
    p = "b" if bold else ""
    sm = difflib.SequenceMatcher(None, o, n, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out += [(w, "b" if bold else "n") for w in n[j1:j2]]
        else:
            out += [(w, p + "d") for w in o[i1:i2]]
            out += [(w, p + "i") for w in n[j1:j2]]
    return out


def wrap(ws, size, width=TW):
    lines, cur, cw = [], [], 0.0
    for w, s in ws:
        ww = stringWidth(w, STY[s][0], size)
        sp = stringWidth(" ", STY[s][0], size)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [], 0.0
        cw = cw + (sp if cur else 0) + ww
        cur.append((w, s))
    if cur:
        lines.append(cur)
    return lines


class Layout:
    """Very small flow layout: collects draw ops per page."""

    def __init__(self):
        self.pages = [[]]
        self.y = H_ - MT
        self.marks = {}

    def newpage(self):
        self.pages.append([])
        self.y = H_ - MT

    @property
    def pno(self):
        return len(self.pages)

    def need(self, h):
        if self.y - h < MB:
            self.newpage()

    def line(self, ws, size, lead, x=ML):
        self.need(lead)
        self.y -= lead
        self.pages[-1].append(("line", x, self.y, ws, size))

    def para(self, ws, size=10, lead=14, after=6, x=ML, width=TW, keep=2):
        lines = wrap(ws, size, width)
        self.need(lead * min(keep, len(lines)))
        first = self.pno
        for ln in lines:
            self.line(ln, size, lead, x)
        self.y -= after
        return first

    def space(self, h):
        self.y -= h

    def rect_line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("rule", x1, y1, x2, y2, w))


def draw_line(c, x, y, ws, size):
    runs = []
    for w, s in ws:
        if runs and runs[-1][1] == s:
            runs[-1][0].append(w)
        else:
            runs.append(([w], s))
    for k, (ww, s) in enumerate(runs):
        font, col, deco = STY[s]
        txt = " ".join(ww)
        tail = " " if k < len(runs) - 1 else ""
        c.setFont(font, size)
        c.setFillColorRGB(*col)
        c.drawString(x, y, txt + tail)
        wt = stringWidth(txt, font, size)
        if deco:
            c.setStrokeColorRGB(*col)
            c.setLineWidth(0.7)
            yy = y + size * 0.30 if deco == "strike" else y - 1.6
            c.line(x, yy, x + wt, yy)
        x += stringWidth(txt + tail, font, size)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def render(path, L, year, revised):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Prestatieafspraken Lierbeek 2025-2027 - jaarschijf %d" % year)
    c.setAuthor("Gemeente Lierbeek")
    n = len(L.pages)
    for i, ops in enumerate(L.pages, 1):
        if i > 1:
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(*GRAY)
            c.drawString(ML, H_ - 45, "Prestatieafspraken Lierbeek 2025-2027  |  Jaarschijf %d" % year)
            if revised:
                c.drawRightString(W_ - MR, H_ - 45, "Versie met gemarkeerde wijzigingen t.o.v. %d" % (year - 1))
            c.setStrokeColorRGB(*GRAY)
            c.setLineWidth(0.4)
            c.line(ML, H_ - 50, W_ - MR, H_ - 50)
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(*GRAY)
        c.drawCentredString(W_ / 2, 38, "Pagina %d van %d" % (i, n))
        c.setFillColorRGB(0, 0, 0)
        for op in ops:
            if op[0] == "line":
                draw_line(c, *op[1:])
            elif op[0] == "rule":
                c.setStrokeColorRGB(0, 0, 0)
                c.setLineWidth(op[5])
                c.line(*op[1:5])
        c.showPage()
    c.save()


def build_doc(year, afs, toc_pages=None):
    prev = year - 1 if year > 2025 else None
    revised = prev is not None
    chap = data.CHAPTERS[year]
    L = Layout()
    # ---------- cover
    L.space(120)
    L.para(words("Prestatieafspraken Lierbeek 2025-2027", "b"), size=22, lead=28, after=10)
    L.para(words("Jaarschijf %d" % year, "b"), size=16, lead=22, after=30)
    if revised:
        L.para(words("Versie met zichtbare wijzigingen ten opzichte van de jaarschijf %d" % prev), size=11,
               lead=15, after=30)
    L.para(words("Afspraken tussen"), size=11, lead=15, after=8)
    for p in ["Gemeente Lierbeek", data.CORP] + data.HO:
        L.para(words(p, "b"), size=12, lead=17, after=2)
    L.space(40)
    L.para(words("Vastgesteld in het bestuurlijk overleg van %d december %d" % (11 if year != 2026 else 9, year - 1)),
           size=10, lead=14)
    L.newpage()
    # ---------- toc + leeswijzer
    L.para(words("Inhoud", "b"), size=14, lead=20, after=8)
    toc = [("", "Inleiding")] + [(str(k), chap[k]) for k in range(1, 6)] + [("6", "Slotbepalingen"),
                                                                          ("", "Ondertekening"),
                                                                          ("", "Bijlagen")]
    for num, t in toc:
        pg = (toc_pages or {}).get(t, 0)
        lab = (num + "  " if num else "") + t
        L.line(words(lab), 10, 15)
        L.pages[-1].append(("line", W_ - MR - 15, L.y, [(str(pg), "n")], 10))
    L.space(16)
    for blk in context_blocks(year, "leeswijzer"):
        put_block(L, blk)
    marks = {}
    # ---------- inleiding
    L.space(10)
    marks["Inleiding"] = L.pno
    L.para(words("Inleiding", "b"), size=14, lead=20, after=6)
    for blk in context_blocks(year, "inleiding"):
        put_block(L, blk)
    # ---------- chapters
    gold = []
    num = 0
    for ch in range(1, 6):
        L.space(10)
        L.need(80)
        marks[chap[ch]] = L.pno
        if revised and data.CHAPTERS[prev][ch] != chap[ch]:
            hw = [(str(ch), "b")] + diff_words(data.CHAPTERS[prev][ch], chap[ch], bold=True)
        else:
            hw = words("%d %s" % (ch, chap[ch]), "b")
        L.para(hw, size=14, lead=20, after=6)
        for blk in context_blocks(year, "ch%d" % ch):
            put_block(L, blk)
        for idx, a in enumerate(afs):
            v = a["v"]
            cur = v.get(year)
            old = v.get(prev) if revised else None
            if cur is not None and cur[0] == ch:
                num += 1
                text = cur[1]
                note = None
                if old is None and revised:
                    lab = [("Afspraak", "bi"), (str(num), "bi")]
                    body = words(text, "i")
                else:
                    lab = [("Afspraak", "b"), (str(num), "b")]
                    body = diff_words(old[1], text) if revised else words(text)
                    if revised and old[0] != ch:
                        note = "(verplaatst uit hoofdstuk %d)" % old[0]
                if note:
                    lab = lab + words(note, "it")
                L.need(14 + 14 * 3)
                L.line(lab, 10, 16)
                pg = L.para(body, size=10, lead=14, after=8)
                fr = cur[2]
                gold.append({
                    "key": a["key"], "number": str(num), "section": "%d %s" % (ch, chap[ch]), "party": None,
                    "theme": a["themes"][0], "themes": a["themes"], "page": pg, "text": " ".join(text.split()),
                    "trekker": None, "planning": None, "attributes": {}, "frame": fr})
            elif cur is None and old is not None and old[0] == ch:
                # lapsed afspraak: printed struck through entirely, old number
                oldnum = a["_num"][prev]
                L.need(14 + 14 * 3)
                L.line([("Afspraak", "bd"), (str(oldnum), "bd")] + words("(vervalt)", "it"), 10, 16)
                L.para(words(old[1], "d"), size=10, lead=14, after=8)
        # numbering of this year for use as "old number" next year
    for g in gold:
        for a in afs:
            if a["key"] == g["key"]:
                a.setdefault("_num", {})[year] = int(g["number"])
    # ---------- closing
    L.space(10)
    L.need(80)
    marks["Slotbepalingen"] = L.pno
    L.para(words("6 Slotbepalingen", "b"), size=14, lead=20, after=6)
    for blk in closing_blocks(year, "slot"):
        put_block(L, blk)
    L.space(10)
    L.need(300)
    marks["Ondertekening"] = L.pno
    L.para(words("Ondertekening", "b"), size=14, lead=20, after=6)
    for blk in closing_blocks(year, "onder"):
        put_block(L, blk)
    L.space(10)
    L.need(120)
    marks["Bijlagen"] = L.pno
    L.para(words("Bijlagen", "b"), size=14, lead=20, after=6)
    for blk in closing_blocks(year, "bijlagen"):
        put_block(L, blk)
    return L, gold, marks, revised


def put_block(L, blk):
    kind = blk[0]
    if kind == "h2":
        L.need(130 if blk[1] == "Kerncijfers" else 60)
        L.para(words(blk[1], "b"), size=11, lead=16, after=4)
    elif kind == "p":
        L.para(blk[1] if isinstance(blk[1], list) else words(blk[1]), size=10, lead=14, after=6)
    elif kind == "bul":
        for it in blk[1]:
            lines = wrap(words(it), 10, TW - 18)
            L.need(14)
            L.y -= 14
            L.pages[-1].append(("line", ML + 4, L.y, [("-", "n")], 10))
            L.y += 14
            for ln in lines:
                L.line(ln, 10, 14, ML + 18)
        L.space(6)
    elif kind == "table":
        rows = blk[1]
        cols = blk[2]
        L.need(16 * len(rows) + 10)
        L.rect_line(ML, L.y - 3, ML + sum(cols), L.y - 3, 0.8)
        for r, row in enumerate(rows):
            L.y -= 16
            x = ML
            for k, cell in enumerate(row):
                L.pages[-1].append(("line", x + 3, L.y + 2, words(cell, "b" if r == 0 else "n"), 9))
                x += cols[k]
            L.rect_line(ML, L.y - 3, ML + sum(cols), L.y - 3, 0.8 if r == 0 else 0.3)
        L.space(12)
    elif kind == "sig":
        L.need(150)
        y0 = L.y
        for k, (org, name, func) in enumerate(blk[1]):
            x = ML + (k % 2) * (TW / 2)
            if k % 2 == 0 and k:
                y0 -= 95
            yy = y0
            for t, s in ((org, "b"), ("", "n"), ("", "n"), ("..................................", "n"),
                         (name, "n"), (func, "it")):
                yy -= 13
                if t:
                    L.pages[-1].append(("line", x, yy, words(t, s), 9))
        L.y = y0 - 95
    elif kind == "space":
        L.space(blk[1])


def main():
    afs = data.resolve()
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in data.YEARS:
        L, gold, marks, revised = build_doc(year, afs)
        L, gold, marks2, revised = build_doc(year, afs, toc_pages=marks)
        assert marks == marks2, (marks, marks2)
        did = "%s-%d" % (FAM, year)
        render(os.path.join(OUT, "pdf", did + ".pdf"), L, year, revised)
        doc = {"document": {"id": did, "family": FAM, "type": "prestatieafspraken", "year": year,
                            "years": [2025, 2026, 2027], "gemeente": data.GEMEENTE, "gemeenten": [data.GEMEENTE],
                            "corporaties": [data.CORP], "huurdersorganisaties": data.HO, "pages": len(L.pages),
                            "layout": "jaarschijf-revisiemarkering" if revised else "jaarschijf-schoon"},
               "afspraken": gold}
        golds[year] = doc
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
    for y in data.YEARS[1:]:
        links = []
        oldkeys = [g["key"] for g in golds[y - 1]["afspraken"]]
        newkeys = [g["key"] for g in golds[y]["afspraken"]]
        for a in afs:
            ko = a["key"] if a["key"] in oldkeys else None
            kn = a["key"] if a["key"] in newkeys else None
            if ko is None and kn is None:
                continue
            st, kinds, hn = a["s"][y]
            if st == "unchanged":
                assert a["v"][y][1] == a["v"][y - 1][1], a["key"]
            elif st in ("reworded", "weakened", "strengthened", "modified"):
                assert a["v"][y][1] != a["v"][y - 1][1], a["key"]
            links.append({"old": ko, "new": kn, "status": st, "kinds": kinds, "hard_negative": hn})
        pair = {"old": "%s-%d" % (FAM, y - 1), "new": "%s-%d" % (FAM, y), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s-%d__%s-%d.json" % (FAM, y - 1, FAM, y)), "w",
                  encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)
    print("built", {y: (golds[y]["document"]["pages"], len(golds[y]["afspraken"])) for y in golds})


if __name__ == "__main__":
    main()
