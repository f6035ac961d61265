# -*- coding: utf-8 -*-
"""Deterministic builder for the wezelhorst challenge family (PDFs + gold JSON).
Run from /work/main:  .venv/bin/python corpus/challenge/src/wezelhorst/build.py"""
import json
import os
import re
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import context as X  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "wezelhorst"
PW, PH = A4
LM, RM, TOP, BOT = 56, 56, 70, 60
TW = PW - LM - RM
# table columns: Thema | Nr | Afspraak | Wie | Wanneer
COLS = [74, 30, 237, 80, 62]
PAD = 4
TFS, TLEAD = 8.5, 10.6
SUPFS, SUPRISE = 5.5, 3.6
FNFS, FNLEAD = 7, 8.6
FN_RE = re.compile(r"\[\[(\w+)\]\]")


def strip_fn(t):
    return FN_RE.sub("", t)


def col_x(i):
    return LM + sum(COLS[:i])


class Doc:
    def __init__(self, path, header_left, header_right, total=0, cover=True):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(header_left)
        self.c.setAuthor("Gemeente Wezelhorst")
        self.hl, self.hr = header_left, header_right
        self.total = total
        self.page = 1
        self.y = PH - TOP
        self.fn_page = []  # (num, text) on current page
        self.fn_num = {}
        self.toc = []
        self.cover = cover
        self.no_header = cover

    # -- page furniture ------------------------------------------------------------------------
    def fn_height(self, extra=()):
        items = list(self.fn_page) + list(extra)
        if not items:
            return 0
        h = 8
        for _, t in items:
            h += len(self.wrap(t, "Helvetica", FNFS, TW - 12)) * FNLEAD
        return h

    def finish_page(self):
        c = self.c
        if self.fn_page:
            h = self.fn_height()
            y = BOT + h - 4
            c.setLineWidth(0.5)
            c.line(LM, y + 2, LM + 120, y + 2)
            y -= FNLEAD
            for num, t in self.fn_page:
                c.setFont("Helvetica", FNFS)
                c.drawString(LM, y + 2.5, str(num))
                for ln in self.wrap(t, "Helvetica", FNFS, TW - 12):
                    c.drawString(LM + 8, y, ln)
                    y -= FNLEAD
        if not self.no_header:
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.35)
            c.drawString(LM, PH - 40, self.hl)
            c.drawRightString(PW - RM, PH - 40, self.hr)
            c.setLineWidth(0.4)
            c.line(LM, PH - 45, PW - RM, PH - 45)
            c.line(LM, 42, PW - RM, 42)
            c.drawRightString(PW - RM, 30, "Pagina %d van %d" % (self.page, self.total))
            c.setFillGray(0)
        c.showPage()
        self.page += 1
        self.y = PH - TOP
        self.fn_page = []
        self.no_header = False

    def new_page(self):
        self.finish_page()

    def bottom(self):
        return BOT + self.fn_height()

    def save(self):
        self.finish_page()
        self.c.save()
        return self.page - 1

    # -- text helpers ------------------------------------------------------------------------
    @staticmethod
    def wrap(text, font, size, width):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if stringWidth(t, font, size) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def need(self, h):
        if self.y - h < self.bottom():
            self.new_page()

    def heading(self, text, size=13, toc=True, space=10):
        self.need(size + space + 40)
        self.y -= space
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(LM, self.y - size, text)
        self.y -= size + 6
        if toc:
            self.toc.append((text, self.page))

    def para(self, text, font="Helvetica", size=9.5, lead=13, indent=0, space=5):
        lines = self.wrap(text, font, size, TW - indent)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(LM + indent, self.y - size, ln)
            self.y -= lead
        self.y -= space

    def bullets(self, items, size=9.5, lead=13):
        for it in items:
            lines = self.wrap(it, "Helvetica", size, TW - 14)
            for i, ln in enumerate(lines):
                self.need(lead)
                self.c.setFont("Helvetica", size)
                if i == 0:
                    self.c.drawString(LM + 3, self.y - size, "\u2022")
                self.c.drawString(LM + 14, self.y - size, ln)
                self.y -= lead
        self.y -= 5

    def simple_table(self, rows, widths, size=8.5, lead=11):
        """Ruled key-figure table (not afspraken); first row is header."""
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(v), "Helvetica-Bold" if ri == 0 else "Helvetica", size, w - 2 * PAD)
                     for v, w in zip(row, widths)]
            h = max(len(cl) for cl in cells) * lead + 2 * PAD
            self.need(h)
            x = LM
            c = self.c
            if ri == 0:
                c.setFillGray(0.88)
                c.rect(LM, self.y - h, sum(widths), h, stroke=0, fill=1)
                c.setFillGray(0)
            c.setLineWidth(0.5)
            c.rect(LM, self.y - h, sum(widths), h)
            for ci, (cl, w) in enumerate(zip(cells, widths)):
                if ci:
                    c.line(x, self.y, x, self.y - h)
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", size)
                for li, ln in enumerate(cl):
                    yy = self.y - PAD - size - li * lead + 1
                    if ci == 0:
                        c.drawString(x + PAD, yy, ln)
                    else:
                        c.drawRightString(x + w - PAD, yy, ln)
                x += w
            self.y -= h
        self.y -= 8

    # -- afspraak text with superscript footnote refs -------------------------------------
    def fn_tokens(self, text):
        """Split into words; each word -> (plain_word, fnkey|None, tail)."""
        toks = []
        for w in text.split():
            m = FN_RE.search(w)
            if m:
                toks.append((w[:m.start()], m.group(1), w[m.end():]))
            else:
                toks.append((w, None, ""))
        return toks

    def fn_number(self, key, dry=False):
        if key in self.fn_num:
            return self.fn_num[key]
        n = len(self.fn_num) + 1
        if not dry:
            self.fn_num[key] = n
        return n

    def tok_width(self, tok, num):
        w, k, tail = tok
        wd = stringWidth(w + tail, "Helvetica", TFS)
        if k:
            wd += stringWidth(str(num), "Helvetica", SUPFS)
        return wd

    def layout_fn_text(self, text, width, numbers):
        toks = self.fn_tokens(text)
        lines, cur, curw = [], [], 0
        sp = stringWidth(" ", "Helvetica", TFS)
        for t in toks:
            tw = self.tok_width(t, numbers.get(t[1], 9))
            if cur and curw + sp + tw > width:
                lines.append(cur)
                cur, curw = [t], tw
            else:
                curw = tw if not cur else curw + sp + tw
                cur.append(t)
        if cur:
            lines.append(cur)
        return lines

    def draw_fn_line(self, x, y, toks, numbers):
        to = self.c.beginText(x, y)
        to.setFont("Helvetica", TFS)
        buf = ""
        for i, (w, k, tail) in enumerate(toks):
            buf += ("" if i == 0 else " ") + w
            if k:
                to.textOut(buf)
                buf = ""
                to.setFont("Helvetica", SUPFS)
                to.setRise(SUPRISE)
                to.textOut(str(numbers[k]))
                to.setRise(0)
                to.setFont("Helvetica", TFS)
                buf = tail
            else:
                buf += tail
        if buf:
            to.textOut(buf)
        self.c.drawText(to)

    # -- the merged-cell afspraken table ------------------------------------------------------
    def afspraken_table(self, thema, rows, section, gold):
        hdr = ["Thema", "Nr", "Afspraak", "Wie", "Wanneer"]
        hdr_h = TLEAD + 2 * PAD + 2
        i = 0
        first_frag = True
        while i < len(rows):
            if self.y - hdr_h - 60 < self.bottom():
                self.new_page()
            c = self.c
            top = self.y
            # header row
            c.setFillGray(0.82)
            c.rect(LM, top - hdr_h, TW, hdr_h, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", TFS)
            for ci, h in enumerate(hdr):
                c.drawString(col_x(ci) + PAD, top - PAD - TFS - 1, h)
            y = top - hdr_h
            frag = []
            while i < len(rows):
                r = rows[i]
                keys = FN_RE.findall(r["text"])
                numbers = dict(self.fn_num)
                newfn = []
                for k in keys:
                    if k not in numbers:
                        numbers[k] = len(numbers) + 1
                        newfn.append((numbers[k], C.FOOTNOTES[k]))
                lines = self.layout_fn_text(r["text"], COLS[2] - 2 * PAD, numbers)
                h = len(lines) * TLEAD + 2 * PAD + 2
                for v, ci in ((r["wie"], 3), (r["wanneer"], 4)):
                    h = max(h, len(self.wrap(v, "Helvetica", TFS, COLS[ci] - 2 * PAD)) * TLEAD + 2 * PAD)
                if y - h < BOT + self.fn_height(newfn):
                    break
                for k in keys:
                    if k not in self.fn_num:
                        self.fn_num[k] = numbers[k]
                        self.fn_page.append((numbers[k], C.FOOTNOTES[k]))
                frag.append((r, y, h, lines, numbers))
                y -= h
                i += 1
            if not frag:
                self.new_page()
                continue
            bottom_y = y
            c.setLineWidth(0.6)
            c.rect(LM, bottom_y, TW, top - bottom_y)
            for ci in range(1, 5):
                c.line(col_x(ci), top, col_x(ci), bottom_y)
            c.line(LM, top - hdr_h, LM + TW, top - hdr_h)
            # Thema merged cell (text only in first fragment, centred)
            if first_frag:
                tl = self.wrap(thema, "Helvetica-Bold", TFS, COLS[0] - 2 * PAD)
                mid = (top - hdr_h + bottom_y) / 2
                c.setFont("Helvetica-Bold", TFS)
                y0 = mid + (len(tl) * TLEAD) / 2 - TFS
                for li, ln in enumerate(tl):
                    c.drawString(LM + PAD, y0 - li * TLEAD, ln)
            # rows: Nr + Afspraak with separators
            for idx, (r, ry, h, lines, numbers) in enumerate(frag):
                if idx:
                    c.line(col_x(1), ry, col_x(3), ry)
                c.setFont("Helvetica", TFS)
                c.drawString(col_x(1) + PAD, ry - PAD - TFS, r["number"])
                for li, ln in enumerate(lines):
                    self.draw_fn_line(col_x(2) + PAD, ry - PAD - TFS - li * TLEAD, ln, numbers)
                g = dict(r)
                g["page"] = self.page
                g["section"] = section
                gold.append(g)
            # merged Wie / Wanneer blocks
            for ci, field in ((3, "wie"), (4, "wanneer")):
                j = 0
                while j < len(frag):
                    k = j
                    while k + 1 < len(frag) and frag[k + 1][0][field] == frag[j][0][field]:
                        k += 1
                    btop = frag[j][1]
                    bbot = frag[k][1] - frag[k][2]
                    if j:
                        c.line(col_x(ci), btop, col_x(ci) + COLS[ci], btop)
                    tl = self.wrap(frag[j][0][field], "Helvetica", TFS, COLS[ci] - 2 * PAD)
                    mid = (btop + bbot) / 2
                    y0 = mid + (len(tl) * TLEAD) / 2 - TFS
                    c.setFont("Helvetica", TFS)
                    for li, ln in enumerate(tl):
                        c.drawString(col_x(ci) + PAD, y0 - li * TLEAD, ln)
                    j = k + 1
            self.y = bottom_y - 12
            first_frag = False
            if i < len(rows):
                self.new_page()

    # -- bod paragraphs --------------------------------------------------------------------
    def bod_item(self, r, section, gold):
        lines = self.wrap(r["text"], "Times-Roman", 10.5, TW - 20)
        self.need(14 + 14 * min(len(lines), 3))
        self.c.setFont("Helvetica-Bold", 9.5)
        self.c.drawString(LM, self.y - 9.5, r["number"])
        page = self.page
        self.y -= 14
        for ln in lines:
            self.need(14)
            self.c.setFont("Times-Roman", 10.5)
            self.c.drawString(LM + 20, self.y - 10.5, ln)
            self.y -= 14
        self.y -= 7
        g = dict(r)
        g["page"] = page
        g["section"] = section
        gold.append(g)


# ------------------------------------------------------------------------------------------------
def render_agreement(year, chapters, total, toc_pages):
    path = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAMILY, year))
    d = Doc(path, "Prestatieafspraken Wezelhorst %d" % year,
            "Gemeente Wezelhorst | Wezelhof Wonen | Beemdland | Huurdersplatform Wezelhorst", total)
    c = d.c
    gold = []
    # cover
    c.setFont("Helvetica-Bold", 26)
    c.drawString(LM, PH - 250, "Prestatieafspraken %d" % year)
    c.setFont("Helvetica", 15)
    c.drawString(LM, PH - 280, "Gemeente Wezelhorst")
    c.setFont("Helvetica", 11)
    yy = PH - 340
    for ln in ["tussen", "Gemeente Wezelhorst", "Wezelhof Wonen", "Woonstichting Beemdland",
               "Huurdersplatform Wezelhorst"]:
        c.drawString(LM, yy, ln)
        yy -= 17
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(LM, 120, "Definitieve versie, %s" % X.SIGNDATE[year])
    d.new_page()
    # toc
    d.heading("Inhoudsopgave", toc=False)
    for title, pg in toc_pages:
        c.setFont("Helvetica", 10)
        c.drawString(LM, d.y - 10, title)
        c.drawRightString(PW - RM, d.y - 10, str(pg))
        d.y -= 16
    d.y -= 10
    d.para(X.LEESWIJZER[year], font="Helvetica-Oblique", size=9)
    d.new_page()
    d.heading("1 Inleiding")
    for p in X.INLEIDING[year]:
        d.para(p)
    d.heading("2 Terugblik op %d" % (year - 1))
    for p in X.TERUGBLIK[year]:
        d.para(p)
    d.heading("Kerncijfers", size=10.5, toc=False, space=4)
    d.simple_table(X.KERNCIJFERS[year], [200, 95, 95, 93])
    for ch in chapters:
        d.heading(ch["ch"])
        for p in ch["intro"]:
            d.para(p)
        d.afspraken_table(ch["thema"], ch["rows"], ch["ch"], gold)
    d.heading("9 Looptijd, monitoring en geschillen")
    for p in X.SLOT[year]:
        d.para(p)
    d.heading("10 Ondertekening")
    d.para("Aldus overeengekomen en ondertekend te Wezelhorst op %s." % X.SIGNDATE[year])
    d.need(200)
    sig = X.SIGNERS[year]
    for i, (org, name, func) in enumerate(sig):
        x = LM + (i % 2) * (TW / 2)
        if i % 2 == 0 and i:
            d.y -= 78
        yb = d.y
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, yb - 10, org)
        c.setLineWidth(0.4)
        c.line(x, yb - 44, x + 180, yb - 44)
        c.setFont("Helvetica", 9)
        c.drawString(x, yb - 56, name)
        c.drawString(x, yb - 67, func)
    d.y -= 90
    d.heading("Bijlagen")
    d.bullets(X.BIJLAGEN[year])
    pages = d.save()
    return gold, pages, d.toc


def render_bod(year, sections, total):
    path = os.path.join(OUT, "pdf", "%s-bod-%d.pdf" % (FAMILY, year))
    d = Doc(path, "Bod Wezelhof Wonen op de woonvisie - prestatieafspraken %d" % year, "Wezelhof Wonen",
            total, cover=False)
    c = d.c
    gold = []
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LM, PH - 60, "Wezelhof Wonen")
    c.setFont("Helvetica", 8)
    c.drawString(LM, PH - 72, "Postbus 212  |  7301 ZK Wezelhorst  |  info@wezelhofwonen.example")
    d.y = PH - 110
    for ln in X.BOD_ADDRESS:
        c.setFont("Times-Roman", 10.5)
        c.drawString(LM, d.y, ln)
        d.y -= 13
    d.y -= 14
    for k, v in X.BOD_META:
        c.setFont("Times-Bold", 10)
        c.drawString(LM, d.y, k)
        c.setFont("Times-Roman", 10)
        c.drawString(LM + 80, d.y, v)
        d.y -= 13
    d.y -= 14
    for p in X.BOD_INTRO:
        d.para(p, font="Times-Roman", size=10.5, lead=14)
    d.heading("1 Terugblik op 2024 en 2025", size=11.5)
    for p in X.BOD_TERUGBLIK:
        d.para(p, font="Times-Roman", size=10.5, lead=14)
    d.heading("2 Onze financiële ruimte", size=11.5)
    for p in X.BOD_FIN:
        d.para(p, font="Times-Roman", size=10.5, lead=14)
    d.simple_table(X.BOD_TABLE, [220, 88, 88, 87])
    d.heading("3 Ons bod voor 2026", size=11.5)
    d.para(X.BOD_LEESWIJZER, font="Times-Roman", size=10.5, lead=14)
    for sec in sections:
        d.heading(sec["ch"].split(" > ")[1], size=10.5, toc=False, space=6)
        for r in sec["rows"]:
            d.bod_item(r, sec["ch"], gold)
    d.heading("4 Tot slot", size=11.5)
    for p in X.BOD_SLOT:
        d.para(p, font="Times-Roman", size=10.5, lead=14)
    d.need(90)
    d.para("Met vriendelijke groet,", font="Times-Roman", size=10.5)
    d.y -= 30
    d.para("drs. M.A. (Marloes) Verhoeff-Dijkstra", font="Times-Roman", size=10.5, space=0)
    d.para("directeur-bestuurder Wezelhof Wonen", font="Times-Roman", size=10.5)
    d.para("Bijlage: Meerjarenprognose investeringen 2026-2030 (vertrouwelijk)", font="Times-Italic", size=9.5)
    pages = d.save()
    return gold, pages


# ------------------------------------------------------------------------------------------------
def gold_json(doc_id, dtype, year, pages, items, layout):
    afs = []
    for g in items:
        afs.append({
            "key": g["key"], "number": g["number"], "section": g["section"], "party": None,
            "theme": g["theme"], "themes": g["themes"], "page": g["page"], "text": strip_fn(g["text"]),
            "trekker": g["wie"], "planning": g["wanneer"], "attributes": {}, "frame": g["frame"]})
    return {"document": {"id": doc_id, "family": FAMILY, "type": dtype, "year": year, "years": [year],
                         "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": (C.CORPS if dtype != "bod" else ["Wezelhof Wonen"]),
                         "huurdersorganisaties": C.HUURDERS, "pages": pages, "layout": layout},
            "afspraken": afs}


def pair(old_id, new_id, old, new, links):
    ok = [a["key"] for a in old["afspraken"]]
    nk = [a["key"] for a in new["afspraken"]]
    out = []
    for k in ok:
        if k in nk:
            st, kinds, hn = links[k]
            out.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            out.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nk:
        if k not in ok:
            out.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    for k in links:
        assert k in ok and k in nk, ("link for absent key", k)
    return {"old": old_id, "new": new_id, "links": out}


def write(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year, chapters in ((2025, C.A2025), (2026, C.A2026)):
        # pass 1: page count and toc; pass 2: final
        _, pages, toc = render_agreement(year, chapters, 0, [("x", 0)] * 11)
        _, pages2, toc2 = render_agreement(year, chapters, pages, toc)
        gold, pages3, toc3 = render_agreement(year, chapters, pages2, toc2)
        assert pages3 == pages2 and toc3 == toc2, (pages, pages2, pages3)
        doc_id = "%s-%d" % (FAMILY, year)
        golds[doc_id] = gold_json(doc_id, "prestatieafspraken", year, pages3, gold, "word-merged-cell-tables")
    _, bp = render_bod(2026, C.BOD2026, 0)
    gold, bp2 = render_bod(2026, C.BOD2026, bp)
    golds["%s-bod-2026" % FAMILY] = gold_json("%s-bod-2026" % FAMILY, "bod", 2026, bp2, gold,
                                             "letter-bod-paragraphs")
    for doc_id, g in golds.items():
        write(os.path.join(OUT, "gold", doc_id + ".json"), g)
    p1 = pair("wezelhorst-2025", "wezelhorst-2026", golds["wezelhorst-2025"], golds["wezelhorst-2026"],
              C.LINKS_2025_2026)
    p2 = pair("wezelhorst-bod-2026", "wezelhorst-2026", golds["wezelhorst-bod-2026"], golds["wezelhorst-2026"],
              C.LINKS_BOD_2026)
    for p in (p1, p2):
        write(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])), p)
    for doc_id, g in golds.items():
        print(doc_id, "pages", g["document"]["pages"], "afspraken", len(g["afspraken"]))


if __name__ == "__main__":
    main()
