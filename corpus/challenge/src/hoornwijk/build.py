# -*- coding: utf-8 -*-
"""Build the hoornwijk family (jaarschijven 2024, 2025, 2026) of the afspraken challenge corpus.

Run from /work/main:  .venv/bin/python corpus/challenge/src/hoornwijk/build.py
Writes corpus/challenge/dev/pdf/hoornwijk-<year>.pdf, corpus/challenge/dev/gold/hoornwijk-<year>.json and
corpus/challenge/dev/gold/pairs/hoornwijk-<old>__hoornwijk-<new>.json. Deterministic (reportlab invariant=1).

Layout: a small own layout engine on reportlab's canvas, so that table rows can break across pages the way
Word does it (the row continues on the next page under a repeated header row).
"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content  # noqa: E402
import prose  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "hoornwijk"
LAYOUT = "jaarschijf-actietabel"

PW, PH = A4
LM, RM = 62.0, 62.0
TW = PW - LM - RM
TOP = PH - 72.0
BOTTOM = 68.0

BLUE = (0.09, 0.23, 0.45)
GREY = (0.86, 0.88, 0.91)

# action table columns: Actie | Omschrijving | Wie | Wanneer | Status
ACT_W = [46.0, 250.0, 66.0, 58.0, TW - 46.0 - 250.0 - 66.0 - 58.0]
ACT_HEAD = ["Actie", "Omschrijving", "Wie", "Wanneer", "Status"]
TFONT, TSIZE, TLEAD, TPAD = "Helvetica", 8.5, 10.6, 3.6


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Layout:
    def __init__(self, year):
        self.year = year
        self.pages = [[]]
        self.y = TOP
        self.toc = []          # (level, label, page)
        self.rows = []         # action rows: dict(key, number, section, page, split)

    # -- primitives
    @property
    def page(self):
        return len(self.pages)

    def op(self, *a):
        self.pages[-1].append(a)

    def newpage(self):
        self.pages.append([])
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.newpage()

    def space(self, h):
        self.y -= h

    # -- flowables
    def heading1(self, num, title):
        self.need(90)
        self.space(10)
        self.op("fill", BLUE)
        self.op("text", LM, self.y - 15, "Helvetica-Bold", 15, num)
        self.op("text", LM + (26 if num else 0), self.y - 15, "Helvetica-Bold", 15, title)
        self.op("fill", (0, 0, 0))
        self.toc.append((1, (num + "  " + title).strip(), self.page))
        self.space(30)

    def heading2(self, num, title):
        self.need(60)
        self.space(4)
        self.op("text", LM, self.y - 11, "Helvetica-Bold", 11, num)
        self.op("text", LM + 30, self.y - 11, "Helvetica-Bold", 11, title)
        self.space(20)

    def para(self, text, font="Helvetica", size=9.5, lead=13.4, justify=True, indent=0.0, after=7.0):
        width = TW - indent
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            base = self.y - size
            last = i == len(lines) - 1
            words = ln.split(" ")
            if justify and not last and len(words) > 1:
                total = sum(stringWidth(w, font, size) for w in words)
                gap = (width - total) / (len(words) - 1)
                x = LM + indent
                for w in words:
                    self.op("text", x, base, font, size, w)
                    x += stringWidth(w, font, size) + gap
            else:
                self.op("text", LM + indent, base, font, size, ln)
            self.space(lead)
        self.space(after)

    def bullets(self, items, size=9.5, lead=13.4):
        for it in items:
            lines = wrap(it, "Helvetica", size, TW - 16)
            self.need(lead * min(2, len(lines)))
            self.op("text", LM + 4, self.y - size, "Helvetica", size, "\u2022")
            for ln in lines:
                self.need(lead)
                self.op("text", LM + 16, self.y - size, "Helvetica", size, ln)
                self.space(lead)
            self.space(2)
        self.space(5)

    def _row_part(self, widths, cells_lines, fonts, start, end, fill=None, aligns=None):
        n = end - start
        h = n * TLEAD + 2 * TPAD
        top = self.y
        if fill:
            self.op("rect", LM, top - h, TW, h, fill)
        x = LM
        for ci, w in enumerate(widths):
            lines = cells_lines[ci][start:end]
            for li, ln in enumerate(lines):
                base = top - TPAD - TSIZE - li * TLEAD + 1.2
                if aligns and aligns[ci] == "R":
                    self.op("text", x + w - TPAD - stringWidth(ln, fonts[ci], TSIZE), base, fonts[ci], TSIZE, ln)
                else:
                    self.op("text", x + TPAD, base, fonts[ci], TSIZE, ln)
            x += w
        # rules
        self.op("line", LM, top, LM + TW, top, 0.6)
        self.op("line", LM, top - h, LM + TW, top - h, 0.6)
        x = LM
        for w in widths:
            self.op("line", x, top, x, top - h, 0.6)
            x += w
        self.op("line", LM + TW, top, LM + TW, top - h, 0.6)
        self.y -= h

    def table(self, widths, header, rows, keys=None, section=None, bold_first=False, aligns=None,
              allow_split=True):
        hfonts = ["Helvetica-Bold"] * len(widths)
        hlines = [wrap(h, "Helvetica-Bold", TSIZE, w - 2 * TPAD) for h, w in zip(header, widths)]
        hn = max(len(x) for x in hlines)
        hh = hn * TLEAD + 2 * TPAD

        def draw_header():
            self._row_part(widths, hlines, hfonts, 0, hn, fill=GREY, aligns=aligns)

        fonts = [("Helvetica-Bold" if (bold_first and i == 0) else TFONT) for i in range(len(widths))]
        first_lines = None
        if rows:
            first_lines = max(len(wrap(c, fonts[i], TSIZE, widths[i] - 2 * TPAD)) for i, c in enumerate(rows[0]))
        self.need(hh + (min(first_lines, 3) if first_lines else 1) * TLEAD + 2 * TPAD)
        draw_header()
        for ri, row in enumerate(rows):
            cl = [wrap(c, fonts[i], TSIZE, widths[i] - 2 * TPAD) if c else [] for i, c in enumerate(row)]
            n = max(len(x) for x in cl)
            start = 0
            start_page = None
            split = False
            while start < n:
                avail = self.y - BOTTOM
                fit = int((avail - 2 * TPAD) // TLEAD)
                rem = n - start
                if fit >= rem:
                    if start_page is None:
                        start_page = self.page
                    self._row_part(widths, cl, fonts, start, n, aligns=aligns)
                    start = n
                elif allow_split and fit >= 2 and rem - fit >= 1:
                    if start_page is None:
                        start_page = self.page
                    self._row_part(widths, cl, fonts, start, start + fit, aligns=aligns)
                    start += fit
                    split = True
                    self.newpage()
                    draw_header()
                else:
                    self.newpage()
                    draw_header()
            if keys is not None:
                self.rows.append({"key": keys[ri], "number": row[0], "section": section, "page": start_page,
                                  "split": split})
        self.space(12)

    def signatures(self, place, date, sigs):
        self.need(60 + 2 * 120)
        self.para(f"Aldus overeengekomen en ondertekend te {place} op {date},", justify=False, after=10)
        colw = TW / 2
        for r in range(2):
            top = self.y
            for c in range(2):
                party, name, func = sigs[r * 2 + c]
                x = LM + c * colw
                self.op("text", x, top - 10, "Helvetica-Bold", 9.5, party)
                self.op("text", x, top - 24, "Helvetica", 9, "namens deze,")
                self.op("line", x, top - 72, x + colw - 30, top - 72, 0.5)
                self.op("text", x, top - 85, "Helvetica", 9, name)
                self.op("text", x, top - 98, "Helvetica-Oblique", 9, func)
            self.y = top - 118


def render(lay, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(f"{prose.TITLE} {prose.PERIOD} - Jaarschijf {lay.year}")
    c.setAuthor("Gemeente Hoornwijk")
    c.setSubject("Prestatieafspraken - uitvoeringsprogramma")
    total = len(lay.pages)
    for pi, ops in enumerate(lay.pages):
        pno = pi + 1
        if pno > 1:
            c.setFont("Helvetica", 7.5)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(LM, PH - 40, f"{prose.TITLE} {prose.PERIOD}")
            c.drawRightString(PW - RM, PH - 40, f"Jaarschijf {lay.year}")
            c.setLineWidth(0.4)
            c.line(LM, PH - 45, PW - RM, PH - 45)
            c.line(LM, 46, PW - RM, 46)
            c.drawString(LM, 34, "Gemeente Hoornwijk \u00b7 Kernhuis \u00b7 Vlietstede \u00b7 Huurdersplatform Hoornwijk")
            c.drawRightString(PW - RM, 34, f"Pagina {pno} van {total}")
            c.setFillColorRGB(0, 0, 0)
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, font, size, s = op
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif kind == "line":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, y1, x2, y2)
            elif kind == "rect":
                _, x, y, w, h, col = op
                c.setFillColorRGB(*col)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            elif kind == "fill":
                c.setFillColorRGB(*op[1])
        c.showPage()
    c.save()


def cover(lay, y):
    lay.op("rect", 0, PH - 250, PW, 250, BLUE)
    lay.op("fill", (1, 1, 1))
    lay.op("text", LM, PH - 120, "Helvetica-Bold", 30, prose.TITLE)
    lay.op("text", LM, PH - 152, "Helvetica", 17, f"Prestatieafspraken {prose.PERIOD}")
    lay.op("text", LM, PH - 200, "Helvetica-Bold", 24, f"Jaarschijf {y}")
    lay.op("fill", (0, 0, 0))
    yy = PH - 300
    lay.op("text", LM, yy, "Helvetica", 11, f"Uitvoeringsprogramma {y} bij de kaderafspraken tussen")
    yy -= 26
    for name, _ in prose.PARTIES:
        lay.op("text", LM + 14, yy, "Helvetica-Bold", 12, name)
        yy -= 20
    yy -= 20
    lay.op("text", LM, yy, "Helvetica", 10, f"Vastgesteld in het bestuurlijk overleg van {prose.BO_DATE[y]}")
    yy -= 15
    lay.op("text", LM, yy, "Helvetica", 10, f"Ondertekend te Hoornwijk op {prose.SIGN_DATE[y]}")
    lay.op("line", LM, 110, PW - RM, 110, 0.8)
    lay.op("text", LM, 92, "Helvetica", 9, "Definitieve versie")
    lay.op("text", PW - RM - stringWidth("Looptijd kaderafspraken: 2023-2026", "Helvetica", 9), 92, "Helvetica", 9,
           "Looptijd kaderafspraken: 2023-2026")


def build_layout(y, toc_pages=None, prev_numbers=None):
    R = content.resolved()
    lay = Layout(y)
    cover(lay, y)
    lay.newpage()

    # page 2: inhoud + leeswijzer
    lay.op("fill", BLUE)
    lay.op("text", LM, lay.y - 16, "Helvetica-Bold", 16, "Inhoud")
    lay.op("fill", (0, 0, 0))
    lay.space(34)
    chapters = ["Inleiding", f"Terugblik op {y - 1}"] + [ch[y] for ch, _ in content.ORDER[y]] + \
        ["Slotbepalingen en ondertekening"]
    toc_entries = [(str(i + 1), t) for i, t in enumerate(chapters)] + \
        [("", "Bijlage 1  Woningbouwprogramma 2023-2026"), ("", f"Bijlage 2  Voortgang jaarschijf {y - 1}"),
         ("", "Bijlage 3  Begrippen")]
    for i, (num, t) in enumerate(toc_entries):
        pg = str(toc_pages[i]) if toc_pages else "0"
        lay.op("text", LM, lay.y - 10, "Helvetica", 10, num)
        lay.op("text", LM + 22, lay.y - 10, "Helvetica", 10, t)
        lay.op("text", PW - RM - stringWidth(pg, "Helvetica", 10), lay.y - 10, "Helvetica", 10, pg)
        lay.space(16)
    lay.space(26)
    lay.op("fill", BLUE)
    lay.op("text", LM, lay.y - 13, "Helvetica-Bold", 13, "Leeswijzer")
    lay.op("fill", (0, 0, 0))
    lay.space(24)
    for p in prose.leeswijzer(y):
        lay.para(p)
    lay.newpage()

    # 1 inleiding
    lay.heading1("1", "Inleiding")
    p1, ctx, beleid = prose.inleiding(y)
    lay.heading2("1.1", "Aanleiding")
    lay.para(p1)
    lay.para(ctx)
    lay.heading2("1.2", "Beleidskader")
    for p in beleid:
        lay.para(p)

    # 2 terugblik
    lay.heading1("2", f"Terugblik op {y - 1}")
    for p in prose.terugblik(y):
        lay.para(p)
    lay.para(f"Tabel 1. Kerncijfers sociale huur Hoornwijk {y - 3}-{y - 1}", font="Helvetica-Oblique", size=8.5,
             justify=False, after=4)
    hdr, rows = prose.kerncijfers(y)
    w0 = 230.0
    lay.table([w0] + [(TW - w0) / 3] * 3, hdr, rows, aligns=["L", "R", "R", "R"], allow_split=False)

    # 3-7 actions
    num = 0
    theme_code = {0: "b", 1: "d", 2: "k", 3: "l", 4: "o"}
    for ci, (ch, keys) in enumerate(content.ORDER[y]):
        chnum = str(ci + 3)
        lay.heading1(chnum, ch[y])
        for p in prose.CHAPTER_INTRO[theme_code[ci]][y]:
            lay.para(p)
        rows = []
        for k in keys:
            num += 1
            v = R[k]["v"][y]
            rows.append([f"Actie {num}", v["text"], v["wie"], v["wanneer"], v["status"]])
        lay.table(ACT_W, ACT_HEAD, rows, keys=keys, section=f"{chnum} {ch[y]}", bold_first=True)

    # 8 slot
    lay.heading1("8", "Slotbepalingen en ondertekening")
    for i, (t, p) in enumerate(prose.slot(y)):
        lay.heading2(f"8.{i + 1}", t)
        lay.para(p)
    lay.space(6)
    lay.signatures("Hoornwijk", prose.SIGN_DATE[y], prose.SIGNATORIES[y])
    lay.para("Bijlagen:", font="Helvetica-Bold", justify=False, after=2)
    lay.bullets(["Bijlage 1: Woningbouwprogramma 2023-2026", f"Bijlage 2: Voortgang acties jaarschijf {y - 1}",
                 "Bijlage 3: Begrippen"])

    # bijlagen
    lay.newpage()
    lay.heading1("", "Bijlage 1  Woningbouwprogramma 2023-2026")
    prog = prose.BOUWPROGRAMMA[y]
    total = sum(int(r[2]) for r in prog)
    lay.para(f"Overzicht van de nieuwbouwprojecten van Kernhuis en Vlietstede in de periode 2023-2026, stand "
             f"november {y - 1}. Het programma omvat in totaal {total} sociale huurwoningen.", justify=False)
    lay.table([190.0, 80.0, 60.0, TW - 330.0], ["Project", "Corporatie", "Aantal", "Oplevering"],
              [list(r) for r in prog] + [["Totaal", "", str(total), ""]], aligns=["L", "L", "R", "L"],
              allow_split=False)
    lay.heading1("", f"Bijlage 2  Voortgang jaarschijf {y - 1}")
    lay.para(f"Stand van zaken eind oktober {y - 1} van een selectie van de acties uit de jaarschijf {y - 1}. De "
             "nummers verwijzen naar de nummering in die jaarschijf.", justify=False)
    vg = prose.voortgang_from_previous(y, prev_numbers or {})
    lay.table([40.0, 170.0, TW - 210.0], ["Nr.", "Onderwerp", "Stand van zaken"], [list(r) for r in vg],
              allow_split=False)
    lay.heading1("", "Bijlage 3  Begrippen")
    for term, d in prose.BEGRIPPEN:
        lay.para(f"{term}: {d}", justify=False, after=3)
    return lay, toc_entries


def toc_page_numbers(lay, toc_entries):
    pages = []
    heads = [t for lvl, t, p in lay.toc if lvl == 1]
    hp = [p for lvl, t, p in lay.toc if lvl == 1]
    assert len(heads) == len(toc_entries), (heads, toc_entries)
    return hp


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    R = content.resolved()
    golds = {}
    prev_numbers = None
    for y in content.YEARS:
        lay, entries = build_layout(y, None, prev_numbers)
        tp = toc_page_numbers(lay, entries)
        lay, entries = build_layout(y, tp, prev_numbers)
        assert toc_page_numbers(lay, entries) == tp
        doc_id = f"{FAMILY}-{y}"
        pdf_path = os.path.join(OUT, "pdf", doc_id + ".pdf")
        render(lay, pdf_path)
        afs = []
        for row in lay.rows:
            k = row["key"]
            v = R[k]["v"][y]
            themes = R[k]["themes"]
            afs.append({"key": k, "number": row["number"], "section": row["section"], "party": None,
                        "theme": themes[0], "themes": themes, "page": row["page"], "text": v["text"],
                        "trekker": v["wie"], "planning": v["wanneer"], "attributes": {"status": v["status"]},
                        "frame": v["fr"]})
        gold = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": y,
                             "years": list(content.PERIOD), "gemeente": content.GEMEENTE,
                             "gemeenten": [content.GEMEENTE], "corporaties": list(content.CORPORATIES),
                             "huurdersorganisaties": list(content.HUURDERS), "pages": len(lay.pages),
                             "layout": LAYOUT},
                "afspraken": afs}
        with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        golds[y] = gold
        prev_numbers = {a["key"]: a["number"] for a in afs}
        splits = [r["number"] for r in lay.rows if r["split"]]
        print(f"{doc_id}: {len(lay.pages)} pages, {len(afs)} acties, rows split over a page: {splits}, "
              f"{os.path.getsize(pdf_path)} bytes")

    for y0, y1 in zip(content.YEARS, content.YEARS[1:]):
        old = [a["key"] for a in golds[y0]["afspraken"]]
        new = [a["key"] for a in golds[y1]["afspraken"]]
        links = []
        for k in old:
            if k in new:
                t0, t1 = R[k]["v"][y0]["text"], R[k]["v"][y1]["text"]
                lk = R[k]["v"][y1].get("link") if "link" in content_version(k, y1) else None
                if t0 == t1:
                    assert lk is None, (k, y1, "identical text but link given")
                    links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
                else:
                    assert lk is not None, (k, y1, "text changed but no link")
                    st, kinds, hn = lk
                    assert st in ("reworded", "weakened", "strengthened", "modified")
                    assert (st == "reworded") == (not kinds), (k, y1)
                    assert hn is None or st == "reworded"
                    links.append({"old": k, "new": k, "status": st, "kinds": list(kinds), "hard_negative": hn})
            else:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in new:
            if k not in old:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        pair = {"old": f"{FAMILY}-{y0}", "new": f"{FAMILY}-{y1}", "links": links}
        with open(os.path.join(OUT, "gold", "pairs", f"{FAMILY}-{y0}__{FAMILY}-{y1}.json"), "w",
                  encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)


def content_version(key, year):
    for a in content.AFSPRAKEN:
        if a["key"] == key:
            return a["versions"].get(year, {})
    return {}


if __name__ == "__main__":
    main()
