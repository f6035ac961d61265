# -*- coding: utf-8 -*-
"""Build the brammerveld family: three council bundles (raadsvoorstel + Bijlage 1 prestatieafspraken +
Bijlage 2 monitor) rendered deterministically with reportlab, plus gold and pairs.

Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/brammerveld/build.py
"""
import copy
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
PW, PH = A4
LM, RM, TM, BM = 70, 70, 78, 72
TW = PW - LM - RM

REG, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def fill(s, year):
    m = C.RV_META[year]
    return s.format(year=year, prev=year - 1, next=year + 1, **m)


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


class Layout:
    def __init__(self):
        self.pages = []
        self.part = None
        self.y = 0

    def new_page(self, part):
        self.part = part
        self.pages.append({"part": part, "ops": []})
        self.y = PH - TM

    @property
    def ops(self):
        return self.pages[-1]["ops"]

    def pageno(self):
        return len(self.pages)

    def need(self, h):
        if self.y - h < BM:
            self.new_page(self.part)

    def space(self, h):
        self.y -= h

    def text(self, x, s, font=REG, size=10):
        self.ops.append(("text", font, size, x, self.y, s))

    def para(self, s, font=REG, size=10, leading=13.5, indent=0, after=6, keep=False):
        lines = wrap(s, font, size, TW - indent)
        if keep:
            self.need(leading * len(lines))
        for ln in lines:
            self.need(leading)
            self.y -= leading
            self.text(LM + indent, ln, font, size)
        self.y -= after

    def heading(self, s, size=12, before=10, after=4):
        self.need(before + size + 3 * 13.5)  # keep heading with at least three lines
        self.y -= before + size
        self.text(LM, s, BOLD, size)
        self.y -= after

    def numbered(self, num, s, numw=32, size=10, leading=13.5, after=7, font=REG):
        lines = wrap(s, font, size, TW - numw)
        self.need(leading * len(lines))
        page = self.pageno()
        for i, ln in enumerate(lines):
            self.y -= leading
            if i == 0:
                self.text(LM, num, font, size)
            self.text(LM + numw, ln, font, size)
        self.y -= after
        return page

    def hline(self, x1, x2, w=0.5):
        self.ops.append(("line", x1, self.y, x2, self.y, w))

    def table(self, cols, header, rows, size=8.5, leading=11, pad=3, grey_header=True):
        """cols: widths; header: list of str; rows: list of lists of str. Rows never split."""
        x0 = LM

        def draw_row(cells, font, shade):
            wrapped = [wrap(c, font, size, w - 2 * pad) for c, w in zip(cells, cols)]
            h = max(len(wl) for wl in wrapped) * leading + 2 * pad
            top = self.y
            if shade:
                self.ops.append(("rect", x0, top - h, sum(cols), h, 0.88))
            x = x0
            for wl, w in zip(wrapped, cols):
                yy = top - pad
                for ln in wl:
                    yy -= leading
                    self.ops.append(("text", font, size, x + pad, yy + 2.5, ln))
                x += w
            # grid
            x = x0
            self.ops.append(("line", x0, top, x0 + sum(cols), top, 0.5))
            self.ops.append(("line", x0, top - h, x0 + sum(cols), top - h, 0.5))
            for w in cols + [0]:
                self.ops.append(("line", x, top, x, top - h, 0.5))
                x += w
            self.y = top - h

        def row_h(cells, font):
            return max(len(wrap(c, font, size, w - 2 * pad)) for c, w in zip(cells, cols)) * leading + 2 * pad

        self.need((row_h(header, BOLD) if header else 0) + row_h(rows[0], REG))
        if header:
            draw_row(header, BOLD, grey_header)
        for r in rows:
            if self.y - row_h(r, REG) < BM:
                self.new_page(self.part)
                if header:
                    draw_row(header, BOLD, grey_header)
            draw_row(r, REG, False)
        self.y -= 8


def chapter_title(key, year):
    titles = dict(C.CHAPTERS)[key]
    t = None
    for y in sorted(titles):
        if y <= year:
            t = titles[y]
    return t


def resolve_versions():
    """Per key: {year: version dict with 'same' resolved}."""
    out = {}
    for a in C.AFSPRAKEN:
        vs = {}
        prev = None
        for y in C.YEARS:
            v = a["versions"].get(y)
            if v is None:
                prev = None
                continue
            if v == "same":
                v = copy.deepcopy(prev)
                v["status"] = "unchanged"
                v["kinds"] = []
                v["hard_negative"] = None
            vs[y] = v
            prev = v
        out[a["key"]] = vs
    return out


VERS = resolve_versions()


def afspraken_of(year):
    """Ordered list of (chapter_index, chapter_key, afspraak, version, number)."""
    res = []
    for ci, (ck, _) in enumerate(C.CHAPTERS, 1):
        n = 0
        for a in C.AFSPRAKEN:
            if a["chapter"] != ck or year not in VERS[a["key"]]:
                continue
            n += 1
            res.append((ci, ck, a, VERS[a["key"]][year], "%d.%d" % (ci, n)))
    return res


def build_doc(year):
    m = C.RV_META[year]
    L = Layout()
    # ------------------------------------------------------------------ raadsvoorstel
    L.new_page("rv")
    L.y -= 6
    L.text(LM, "Gemeente Brammerveld", BOLD, 11)
    L.y -= 30
    L.text(LM, "Raadsvoorstel", BOLD, 20)
    L.y -= 18
    rows = [
        ["Raadsvergadering", m["vergadering"]],
        ["Agendapunt", m["agendapunt"]],
        ["Onderwerp", "Prestatieafspraken %d met Woonstichting Ekkerhof en Huurdersbelang Brammerveld" % year],
        ["Portefeuillehouder", "Wethouder %s" % m["wethouder"]],
        ["Programma", "4. Wonen en ruimtelijke ontwikkeling"],
        ["Datum collegebesluit", m["collegebesluit"]],
        ["Zaaknummer", m["zaak"]],
    ]
    L.table([130, TW - 130], None, rows, size=9.5, leading=12.5, pad=4)
    L.heading("Voorgesteld besluit", before=8)
    L.numbered("1.", "Kennis te nemen van de Prestatieafspraken %d tussen de gemeente Brammerveld, Woonstichting "
               "Ekkerhof en Huurdersbelang Brammerveld (bijlage 1)." % year, numw=20)
    L.numbered("2.", "Kennis te nemen van de Monitor afspraken %d (bijlage 2)." % (year - 1), numw=20)
    L.numbered("3.", C.BESLUIT3[year], numw=20)
    L.heading("Inleiding")
    for p in C.INLEIDING[year]:
        L.para(fill(p, year))
    L.heading("Argumenten")
    for i, (t, p) in enumerate(C.ARGUMENTEN[year], 1):
        L.need(3 * 13.5)
        L.y -= 13.5
        L.text(LM, "1.%d" % i, BOLD, 10)
        L.text(LM + 32, t, BOLD, 10)
        L.y -= 2
        L.para(p, indent=32)
    L.heading("Kanttekeningen")
    L.para(C.KANTTEKENINGEN[year])
    L.heading("Financiën")
    L.para(C.FINANCIEN[year])
    L.heading("Vervolg")
    L.para(C.VERVOLG[year])
    L.heading("Bijlagen")
    L.numbered("1.", "Prestatieafspraken %d" % year, numw=20, after=2)
    L.numbered("2.", "Monitor afspraken %d" % (year - 1), numw=20)
    L.need(7 * 13.5)
    L.y -= 16
    L.text(LM, "Burgemeester en wethouders van Brammerveld,", REG, 10)
    L.y -= 26
    L.text(LM, "de secretaris,", REG, 10)
    L.text(LM + 230, "de burgemeester,", REG, 10)
    L.y -= 30
    L.text(LM, "drs. H.A. Bakhuis", REG, 10)
    L.text(LM + 230, "W.F. Roozendaal", REG, 10)

    # ------------------------------------------------------------------ Bijlage 1 cover
    L.new_page("b1")
    L.y = PH - 250
    L.text(LM, "Bijlage 1", BOLD, 14)
    L.y -= 40
    L.text(LM, "Prestatieafspraken %d" % year, BOLD, 26)
    L.y -= 30
    L.text(LM, "tussen", ITAL, 11)
    for nm in (C.GEMEENTE and "Gemeente Brammerveld", C.CORPORATIE, C.HUURDERS):
        L.y -= 20
        L.text(LM, nm, REG, 13)
    L.y -= 60
    L.text(LM, "Brammerveld, %s" % m["getekend"], REG, 10)
    L.pages[-1]["cover"] = True

    # ------------------------------------------------------------------ Bijlage 1 body
    L.new_page("b1")
    L.heading("Inleiding", size=13, before=0)
    L.para("Deze prestatieafspraken zijn gemaakt tussen:")
    for i, p in enumerate(C.PARTIJEN, 1):
        L.numbered("%d." % i, fill(p, year), numw=20, after=3)
    L.space(4)
    for p in C.B1_INTRO[year]:
        L.para(fill(p, year))
    gold = []
    section_root = "Bijlage 1: Prestatieafspraken %d" % year
    items = afspraken_of(year)
    for ci, (ck, _) in enumerate(C.CHAPTERS, 1):
        title = chapter_title(ck, year)
        L.heading("%d  %s" % (ci, title), size=13, before=14, after=6)
        intro = C.CHAPTER_INTRO.get(ck, {})
        it = None
        for y in sorted(intro):
            if y <= year:
                it = intro[y]
        if it:
            L.para(it, font=ITAL, size=9.5, leading=12.5, after=8)
        for (cj, ck2, a, v, num) in items:
            if ck2 != ck:
                continue
            page = L.numbered(num, v["text"])
            gold.append({
                "key": a["key"], "number": num, "section": "%s > %s" % (section_root, title), "party": None,
                "theme": a["theme"], "themes": a.get("themes", [a["theme"]]), "page": page, "text": v["text"],
                "trekker": None, "planning": None, "attributes": {}, "frame": v["frame"],
            })
    L.heading("Ondertekening", size=13, before=16)
    L.need(8 * 13.5)
    L.para("Aldus overeengekomen en ondertekend te Brammerveld op %s." % m["getekend"], after=20)
    y0 = L.y
    colw = TW / 3.0
    for i, (org, nm, fn) in enumerate(C.SIGNATORIES):
        L.y = y0
        x = LM + i * colw
        L.text(x, org, BOLD, 9)
        L.y -= 40
        L.ops.append(("line", x, L.y + 10, x + colw - 14, L.y + 10, 0.4))
        L.text(x, fill(nm, year), REG, 9)
        L.y -= 12
        L.text(x, fn, REG, 9)

    # ------------------------------------------------------------------ Bijlage 2 monitor
    L.new_page("b2")
    L.heading("Bijlage 2: Monitor afspraken %d" % (year - 1), size=14, before=0, after=8)
    L.para(fill(C.MONITOR_INTRO[year], year))
    L.para("Legenda status: Gerealiseerd, Op schema, Vertraagd, Niet gerealiseerd.", font=ITAL, size=9)
    prevnums = {}
    if year - 1 in C.YEARS:
        prevnums = {a["key"]: num for (_, _, a, _, num) in afspraken_of(year - 1)}
    rows = []
    for ref, kort, stand, status in C.MONITOR[year]:
        nr = prevnums.get(ref, ref)
        rows.append([nr, kort, stand, status])
    rows.sort(key=lambda r: tuple(int(x) for x in r[0].split(".")))
    L.table([36, 170, 175, TW - 381], ["Nr.", "Afspraak %d (samengevat)" % (year - 1),
                                       "Stand van zaken", "Status"], rows)
    return L, gold


def render(L, year, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Raadsvoorstel Prestatieafspraken %d - gemeente Brammerveld" % year)
    c.setAuthor("Gemeente Brammerveld")
    counts = {}
    for p in L.pages:
        counts[p["part"]] = counts.get(p["part"], 0) + 1
    seen = {}
    for p in L.pages:
        part = p["part"]
        seen[part] = seen.get(part, 0) + 1
        k = seen[part]
        c.setFillGray(0.35)
        if part == "rv":
            c.setFont(REG, 8)
            c.drawRightString(PW - RM, PH - 40, "Raadsvoorstel %s" % C.RV_META[year]["zaak"])
            c.drawString(LM, 36, "Raadsvoorstel Prestatieafspraken %d" % year)
            c.drawRightString(PW - RM, 36, "pagina %d van %d" % (k, counts[part]))
        elif not p.get("cover"):
            c.setFont(REG, 8)
            if part == "b1":
                c.drawString(LM, PH - 40, "Bijlage 1: Prestatieafspraken %d" % year)
                c.drawRightString(PW - RM, 36, "Bijlage 1 – pagina %d" % k)
            else:
                c.drawString(LM, PH - 40, "Bijlage 2: Monitor afspraken %d" % (year - 1))
                c.drawRightString(PW - RM, 36, "Bijlage 2 – pagina %d" % k)
            c.setLineWidth(0.4)
            c.line(LM, PH - 46, PW - RM, PH - 46)
        c.setFillGray(0)
        for op in p["ops"]:
            if op[0] == "text":
                _, font, size, x, y, s = op
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, y1, x2, y2)
            elif op[0] == "rect":
                _, x, y, w, h, g = op
                c.setFillGray(g)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
    c.save()


def doc_id(year):
    return "%s-%d" % (C.FAMILY, year)


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in C.YEARS:
        L, afs = build_doc(year)
        did = doc_id(year)
        render(L, year, os.path.join(OUT, "pdf", did + ".pdf"))
        g = {"document": {
            "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
            "huurdersorganisaties": [C.HUURDERS], "pages": len(L.pages), "layout": C.LAYOUT},
            "afspraken": afs}
        golds[year] = g
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        old = [a["key"] for a in golds[y0]["afspraken"]]
        new = [a["key"] for a in golds[y1]["afspraken"]]
        links = []
        for k in old:
            if k in new:
                v = VERS[k][y1]
                assert v["status"], k
                links.append({"old": k, "new": k, "status": v["status"], "kinds": v["kinds"],
                              "hard_negative": v["hard_negative"]})
            else:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in new:
            if k not in old:
                assert VERS[k][y1]["status"] is None, k
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        pr = {"old": doc_id(y0), "new": doc_id(y1), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (doc_id(y0), doc_id(y1))), "w",
                  encoding="utf-8") as f:
            json.dump(pr, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for y in C.YEARS:
        print(doc_id(y), golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
