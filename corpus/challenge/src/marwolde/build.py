# -*- coding: utf-8 -*-
"""Build the marwolde family of the afspraken challenge corpus.

Run from /work/main:  .venv/bin/python corpus/challenge/src/marwolde/build.py

Renders three PDFs with reportlab's canvas (invariant=1, standard fonts only) using a small
hand-written layout engine (so line breaks, hyphenation and page breaks are fully deterministic),
and writes the gold JSON for every document and the two pairs.
"""
import json
import os
import sys

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))   # /work/main
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "marwolde"
SH = "\xad"

PAGE_W, PAGE_H = A4
LM, RM = 62.0, 62.0
CW = PAGE_W - LM - RM
TOP = PAGE_H - 78.0
BOTTOM = 70.0
GREY = Color(0.35, 0.35, 0.35)
ACCENT = Color(0.13, 0.33, 0.45)
LIGHT = Color(0.85, 0.90, 0.93)

# afspraken table columns (x, width): Nr | Maatregel | Eigenaar | Termijn   -- no rules at all
COL_NR = (LM, 20.0)
COL_M = (LM + 24.0, 286.0)
COL_E = (LM + 322.0, 84.0)
COL_T = (LM + 416.0, CW - 416.0)
TFONT, TSIZE, TLEAD = "Helvetica", 9.0, 11.6


def sw(s, font, size):
    return stringWidth(s.replace(SH, ""), font, size)


def clean(s):
    return s.replace(SH, "")


# hyphenation points for long compounds (as Word's automatic hyphenation would use them)
HYPH = ["huur|aanpassing", "verhuis|kosten|vergoeding", "woning|voorraad", "energie|armoede",
        "bewoners|commissies", "herstel|werkzaamheden", "toewijzings|ruimte", "onderhouds|programma",
        "huur|achterstand", "leefbaarheids|budget", "woningbouw|plannen", "aftoppings|grens",
        "doorstroom|regeling", "bewoners|initiatieven", "energie|rekening", "woon|zorgcomplex",
        "gemeente|begroting", "prestatie|afspraken", "uitvoerings|plan", "hemelwater|afvoeren"]


def hyphenate(text):
    for h in HYPH:
        plain = h.replace("|", "")
        text = text.replace(plain, h.replace("|", SH))
    return text


def wrap(text, font, size, width):
    """Greedy line breaking at spaces; words may be hyphenated at soft hyphens (rendered as '-')."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if sw(cand, font, size) <= width:
            cur = cand
            continue
        placed = False
        if SH in w and cur:
            parts = w.split(SH)
            for i in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:i]) + "-"
                c2 = cur + " " + head
                if sw(c2, font, size) <= width:
                    lines.append(c2)
                    cur = SH.join(parts[i:])
                    placed = True
                    break
        if not placed:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [clean(l) for l in lines]


class Layout:
    """Collects drawing operations per page; rendering happens afterwards (so totals are known)."""

    def __init__(self):
        self.pages = [[]]
        self.y = TOP
        self.marks = {}          # afspraak key -> (first page, last page)
        self.heads = {}          # toc label -> page
        self.table_ctx = None    # set while an afspraken table is being laid out

    @property
    def pno(self):
        return len(self.pages)

    def op(self, *a):
        self.pages[-1].append(a)

    def newpage(self):
        self.pages.append([])
        self.y = TOP
        if self.table_ctx is not None:
            self.table_header()

    def need(self, h):
        if self.y - h < BOTTOM:
            self.newpage()

    def space(self, h):
        self.y -= h

    def line_text(self, x, s, font, size, lead, ws=0.0, color=black):
        self.op("text", x, self.y - size, s, font, size, ws, color)
        self.y -= lead

    def para(self, text, font="Helvetica", size=10.0, lead=14.0, x=LM, width=CW, justify=True, after=7.0,
             color=black):
        lines = wrap(text, font, size, width)
        for i, l in enumerate(lines):
            self.need(lead)
            ws = 0.0
            if justify and i < len(lines) - 1 and l.count(" "):
                ws = (width - sw(l, font, size)) / l.count(" ")
                if ws > 6:
                    ws = 0.0
            self.line_text(x, l, font, size, lead, ws, color)
        self.y -= after

    def heading(self, text, size=14.0, toc=None, before=12.0, after=6.0, keep=60.0, color=ACCENT,
                font="Helvetica-Bold"):
        if self.y < TOP - 1:
            self.y -= before
        self.need(size + 4 + keep)
        if toc:
            self.heads[toc] = self.pno
        self.line_text(LM, text, font, size, size + 4, 0.0, color)
        self.y -= after

    # --- afspraken table -------------------------------------------------------------------
    def table_header(self):
        f = "Helvetica-Bold"
        y = self.y - TSIZE
        for (x, _), lab in zip((COL_NR, COL_M, COL_E, COL_T), ("Nr", "Maatregel", "Eigenaar", "Termijn")):
            self.op("text", x, y, lab, f, TSIZE, 0.0, ACCENT)
        self.y -= TLEAD + 5.0

    def table(self, rows, records):
        """rows: list of (number, afspraak dict). Appends gold records (with page) to records."""
        self.need(TLEAD * 4 + 6)
        self.table_ctx = True
        self.table_header()
        for num, a in rows:
            m = wrap(hyphenate(a["text"]), TFONT, TSIZE, COL_M[1])
            e = wrap(a["trekker"], TFONT, TSIZE, COL_E[1])
            t = wrap(a["planning"], TFONT, TSIZE, COL_T[1])
            n = max(len(m), len(e), len(t))
            avail = int((self.y - BOTTOM) // TLEAD)
            if avail < n and avail < 2:
                self.newpage()
            first = self.pno
            for i in range(n):
                if self.y - TLEAD < BOTTOM:
                    self.newpage()
                y = self.y - TSIZE
                if i == 0:
                    self.op("text", COL_NR[0], y, num, "Helvetica-Bold", TSIZE, 0.0, black)
                if i < len(m):
                    self.op("text", COL_M[0], y, m[i], TFONT, TSIZE, 0.0, black)
                if i < len(e):
                    self.op("text", COL_E[0], y, e[i], TFONT, TSIZE, 0.0, black)
                if i < len(t):
                    self.op("text", COL_T[0], y, t[i], TFONT, TSIZE, 0.0, black)
                self.y -= TLEAD
            self.marks[a["key"]] = (first, self.pno)
            records.append((a, num, first))
            self.y -= 6.0
        self.table_ctx = None
        self.y -= 6.0

    def simple_table(self, head, rows, xs, size=9.0, lead=13.0, rules=True):
        self.need(lead * (len(rows) + 2))
        if rules:
            self.op("line", LM, self.y, LM + CW, self.y, 0.6, GREY)
            self.y -= 3
        y = self.y - size
        for x, h in zip(xs, head):
            self.op("text", x, y, h, "Helvetica-Bold", size, 0.0, black)
        self.y -= lead
        for r in rows:
            y = self.y - size
            for x, c in zip(xs, r):
                self.op("text", x, y, c, "Helvetica", size, 0.0, black)
            self.y -= lead
        if rules:
            self.op("line", LM, self.y + 2, LM + CW, self.y + 2, 0.6, GREY)
        self.y -= 8


def render(layout, path, header, footer_left, first_plain=True, title="", author=""):
    total = len(layout.pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("marwolde build.py")
    for i, ops in enumerate(layout.pages, start=1):
        if not (first_plain and i == 1):
            header(c, i, total)
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            c.drawString(LM, 40, footer_left)
            c.drawRightString(PAGE_W - RM, 40, "Pagina %d van %d" % (i, total))
        for o in ops:
            kind = o[0]
            if kind == "text":
                _, x, y, s, font, size, ws, color = o
                t = c.beginText(x, y)
                t.setFont(font, size)
                t.setFillColor(color)
                t.setWordSpace(ws)   # Tw persists in the graphics state: always set it
                t.textLine(s)
                c.drawText(t)
            elif kind == "rtext":
                _, x, y, s, font, size, color = o
                c.setFont(font, size)
                c.setFillColor(color)
                c.drawRightString(x, y, s)
            elif kind == "line":
                _, x1, y1, x2, y2, w, color = o
                c.setStrokeColor(color)
                c.setLineWidth(w)
                c.line(x1, y1, x2, y2)
            elif kind == "rect":
                _, x, y, w, h, color = o
                c.setFillColor(color)
                c.rect(x, y, w, h, stroke=0, fill=1)
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# Prestatieafspraken (unruled table layout)
# ---------------------------------------------------------------------------------------------

def layout_agreement(doc, toc_pages):
    L = Layout()
    year = doc["year"]
    records = []
    # cover
    L.op("rect", 0, PAGE_H - 250, PAGE_W, 250, LIGHT)
    L.op("rect", LM, PAGE_H - 262, 120, 6, ACCENT)
    L.op("text", LM, PAGE_H - 150, doc["title"], "Helvetica-Bold", 30, 0.0, ACCENT)
    L.op("text", LM, PAGE_H - 180, "Samen werken aan wonen in Marwolde, Wessinge, Ommelterp en Harkeveen",
         "Helvetica", 12, 0.0, black)
    yy = PAGE_H - 330
    L.op("text", LM, yy, "Een overeenkomst tussen", "Helvetica", 11, 0.0, GREY)
    for i, p in enumerate(("Gemeente Marwolde", C.CORPORATIE, C.HUURDERS)):
        L.op("text", LM, yy - 26 - 20 * i, p, "Helvetica-Bold", 13, 0.0, black)
    L.op("text", LM, 150, "Marwolde, %s" % doc["signed"], "Helvetica", 11, 0.0, black)
    L.op("text", LM, 134, "Definitieve versie", "Helvetica", 9, 0.0, GREY)
    # toc + leeswijzer
    L.newpage()
    L.heading("Inhoud", size=16)
    entries = ["Inleiding", doc["terugblik_title"]] + [ch["title"] for ch in doc["chapters"]] + \
              [doc["slot_title"], "Ondertekening", "Bijlage 1 Nieuwbouwprogramma", "Bijlage 2 Begrippenlijst"]
    for e in entries:
        pg = str(toc_pages.get(e, 0))
        dots_w = CW - 40 - sw(e, "Helvetica", 10.5) - 8
        dots = "." * max(3, int(dots_w / sw(".", "Helvetica", 10.5)))
        L.op("text", LM, L.y - 10.5, e + " " + dots, "Helvetica", 10.5, 0.0, black)
        L.op("rtext", PAGE_W - RM, L.y - 10.5, pg, "Helvetica", 10.5, black)
        L.y -= 17
    L.space(14)
    L.heading("Leeswijzer", size=13)
    L.para(doc["leeswijzer"])
    # inleiding + terugblik
    L.newpage()
    L.heading("Inleiding", size=16, toc="Inleiding")
    for p in doc["intro"]:
        L.para(p)
    L.heading(doc["terugblik_title"], size=13, toc=doc["terugblik_title"])
    for p in doc["terugblik"]:
        L.para(p)
    L.space(4)
    L.para(doc["kerncijfers_title"], font="Helvetica-Bold", size=9.5, lead=13, justify=False, after=3)
    L.simple_table(doc["kerncijfers_head"], doc["kerncijfers"], (LM, LM + 290, LM + 370))
    # chapters
    L.newpage()
    for ch in doc["chapters"]:
        L.heading(ch["title"], size=14, toc=ch["title"], keep=110)
        for p in ch["context"]:
            L.para(p)
        if ch.get("lead"):
            L.para(ch["lead"], justify=False)
        rows = [(str(i), a) for i, a in enumerate(ch["afspraken"], start=1)]
        recs = []
        L.table(rows, recs)
        for a, num, page in recs:
            records.append((a, num, ch["title"], page))
    # slot
    L.heading(doc["slot_title"], size=14, toc=doc["slot_title"], keep=90)
    for h, p in doc["slot"]:
        L.heading(h, size=10.5, before=4, after=2, keep=40, color=black)
        L.para(p)
    # ondertekening
    L.heading("Ondertekening", size=14, toc="Ondertekening", keep=230)
    L.para("Aldus overeengekomen en ondertekend te Marwolde op %s," % doc["signed"], justify=False, after=14)
    cols = (LM, LM + 160, LM + 320)
    blocks = [("Gemeente Marwolde",) + doc["wethouder"],
              (C.CORPORATIE, "ir. M.J. (Marieke) Oldenhuis", "directeur-bestuurder"),
              (C.HUURDERS, "H. (Henk) Zuidema", "voorzitter")]
    top = L.y
    for x, (org, name, fn) in zip(cols, blocks):
        yy = top
        for j, part in enumerate(wrap(org, "Helvetica-Bold", 9.5, 150)):
            L.op("text", x, yy - 9.5 - 13 * j, part, "Helvetica-Bold", 9.5, 0.0, black)
        L.op("line", x, top - 80, x + 140, top - 80, 0.5, GREY)
        L.op("text", x, top - 94, name, "Helvetica", 9, 0.0, black)
        L.op("text", x, top - 107, fn, "Helvetica", 9, 0.0, GREY)
    L.y = top - 130
    # bijlagen
    L.newpage()
    L.heading("Bijlage 1 Nieuwbouwprogramma", size=13, toc="Bijlage 1 Nieuwbouwprogramma")
    L.para("Overzicht van de nieuwbouwprojecten van Korenwolde in de gemeente Marwolde, zoals bekend op het "
           "moment van ondertekening. Aantallen en jaren van oplevering zijn indicatief.", after=6)
    L.simple_table(("Project", "Kern", "Aantal", "Oplevering"), doc["bijlage_nieuwbouw"],
                   (LM, LM + 200, LM + 300, LM + 370))
    L.heading("Bijlage 2 Begrippenlijst", size=13, toc="Bijlage 2 Begrippenlijst")
    for term, d in C.BEGRIPPEN:
        L.para(term + ": " + d, size=9.5, lead=13, justify=False, after=4)
    return L, records


def build_agreement(doc):
    year = doc["year"]
    doc_id = "%s-%d" % (FAMILY, year)
    toc = {}
    for _ in range(2):
        L, records = layout_agreement(doc, toc)
        toc = dict(L.heads)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")

    def header(c, i, total):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, PAGE_H - 42, "Prestatieafspraken Marwolde %d" % year)
        c.drawRightString(PAGE_W - RM, PAGE_H - 42, "Gemeente Marwolde | Korenwolde | Het Wolder Dak")
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(LM, PAGE_H - 47, PAGE_W - RM, PAGE_H - 47)

    render(L, path, header, "Definitief, ondertekend op %s" % doc["signed"], title=doc["title"] + " Marwolde",
           author="Gemeente Marwolde, Woonstichting Korenwolde, Huurdersvereniging Het Wolder Dak")
    afs = []
    for a, num, section, page in records:
        afs.append(gold_afspraak(a, num, section, page, a["trekker"], a["planning"]))
    gold = {"document": doc_meta(doc_id, "prestatieafspraken", year, [year], len(L.pages),
                                 "unruled-table-nr-maatregel-eigenaar-termijn"),
            "afspraken": afs}
    splits = [k for k, (p1, p2) in L.marks.items() if p2 > p1]
    return doc_id, gold, splits


# ---------------------------------------------------------------------------------------------
# Bod (letter)
# ---------------------------------------------------------------------------------------------

BF, BFB, BS, BL = "Times-Roman", "Times-Bold", 10.5, 14.2
LABEL_W = 78.0


def layout_bod(bod):
    L = Layout()
    records = []
    # letterhead
    L.op("text", LM, PAGE_H - 70, "Woonstichting Korenwolde", "Helvetica-Bold", 17, 0.0, ACCENT)
    L.op("text", LM, PAGE_H - 86, "Brinkstraat 14  |  Postbus 118  |  8888 KW Marwolde  |  T 0599 - 123 400",
         "Helvetica", 8, 0.0, GREY)
    L.op("line", LM, PAGE_H - 94, PAGE_W - RM, PAGE_H - 94, 0.8, ACCENT)
    y = PAGE_H - 140
    for j, s in enumerate(("Aan het college van burgemeester en wethouders", "van de gemeente Marwolde",
                           "Postbus 20", "8888 AA  Marwolde")):
        L.op("text", LM, y - 14 * j, s, BF, 11, 0.0, black)
    y = PAGE_H - 225
    meta = (("Datum", bod["date"]), ("Ons kenmerk", bod["kenmerk"]), ("Behandeld door", "mr. L. Veenstra"),
            ("Onderwerp", "Bod 2025: overzicht voorgenomen werkzaamheden gemeente Marwolde"))
    for j, (k, v) in enumerate(meta):
        L.op("text", LM, y - 14 * j, k, "Helvetica", 8.5, 0.0, GREY)
        L.op("text", LM + 90, y - 14 * j, v, BF, 10.5, 0.0, black)
    L.y = y - 14 * len(meta) - 22
    L.para("Geacht college,", font=BF, size=11, lead=BL, justify=False, after=8)
    for p in bod["intro"]:
        L.para(p, font=BF, size=BS, lead=BL)
    n = 0
    for sec in bod["sections"]:
        L.heading(sec["title"], size=12, font=BFB, color=black, before=8, after=3, keep=70)
        L.para(sec["context"], font=BF, size=BS, lead=BL, after=6)
        for a in sec["items"]:
            n += 1
            label = "Activiteit %d" % n
            lines = wrap(hyphenate(a["text"]), BF, BS, CW - LABEL_W)
            L.need(BL * len(lines))
            page = L.pno
            for i, l in enumerate(lines):
                if i == 0:
                    L.op("text", LM, L.y - BS, label, BFB, BS, 0.0, black)
                ws = 0.0
                if i < len(lines) - 1 and l.count(" "):
                    ws = (CW - LABEL_W - sw(l, BF, BS)) / l.count(" ")
                    if ws > 6:
                        ws = 0.0
                L.line_text(LM + LABEL_W, l, BF, BS, BL, ws)
            L.y -= 6
            L.marks[a["key"]] = (page, page)
            records.append((a, label, sec["title"], page))
    L.heading(bod["doorkijk_title"], size=12, font=BFB, color=black, before=8, after=3, keep=120)
    L.para(bod["doorkijk"], font=BF, size=BS, lead=BL, after=6)
    L.simple_table(bod["doorkijk_head"], bod["doorkijk_rows"], (LM, LM + 90, LM + 180, LM + 290), rules=True)
    L.space(4)
    for p in bod["closing"]:
        L.para(p, font=BF, size=BS, lead=BL)
    L.need(150)
    L.para("Met vriendelijke groet,", font=BF, size=11, lead=BL, justify=False, after=2)
    L.para("Woonstichting Korenwolde", font=BF, size=11, lead=BL, justify=False, after=40)
    L.para("ir. M.J. Oldenhuis", font=BF, size=11, lead=BL, justify=False, after=0)
    L.para("directeur-bestuurder", font=BF, size=11, lead=BL, justify=False, after=16)
    L.para("Bijlage: financiële meerjarenprognose 2025-2029 (separaat toegezonden)", font="Helvetica", size=8.5,
           lead=12, justify=False, after=0, color=GREY)
    L.para("Afschrift: Huurdersvereniging Het Wolder Dak", font="Helvetica", size=8.5, lead=12, justify=False,
           after=0, color=GREY)
    return L, records


def build_bod(bod):
    doc_id = "%s-bod-%d" % (FAMILY, bod["year"])
    L, records = layout_bod(bod)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")

    def header(c, i, total):
        if i == 1:
            return
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, PAGE_H - 42, "Woonstichting Korenwolde")
        c.drawRightString(PAGE_W - RM, PAGE_H - 42, "Kenmerk %s" % bod["kenmerk"])

    render(L, path, header, "Bod 2025 gemeente Marwolde", first_plain=False,
           title="Bod 2025 Woonstichting Korenwolde", author=C.CORPORATIE)
    afs = [gold_afspraak(a, label, sec, page, None, None) for a, label, sec, page in records]
    gold = {"document": doc_meta(doc_id, "bod", bod["year"], [bod["year"]], len(L.pages), "bod-letter-activiteiten"),
            "afspraken": afs}
    return doc_id, gold


# ---------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------

def doc_meta(doc_id, typ, year, years, pages, layout):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": years,
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
            "huurdersorganisaties": [C.HUURDERS], "pages": pages, "layout": layout}


def gold_afspraak(a, number, section, page, trekker, planning):
    return {"key": a["key"], "number": number, "section": section, "party": None, "theme": a["theme"],
            "themes": a["themes"], "page": page, "text": clean(a["text"]), "trekker": trekker,
            "planning": planning, "attributes": {}, "frame": a["frame"]}


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(old_id, new_id, links):
    return {"old": old_id, "new": new_id,
            "links": [{"old": o, "new": n, "status": s, "kinds": list(k), "hard_negative": h}
                      for o, n, s, k, h in links]}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    summary = []
    for doc in (C.AGR_2024, C.AGR_2025):
        doc_id, gold, splits = build_agreement(doc)
        write_json(os.path.join(OUT, "gold", doc_id + ".json"), gold)
        summary.append("%s: %d pages, %d afspraken, rows over a page break: %s"
                       % (doc_id, gold["document"]["pages"], len(gold["afspraken"]), ", ".join(splits) or "-"))
    doc_id, gold = build_bod(C.BOD_2025)
    write_json(os.path.join(OUT, "gold", doc_id + ".json"), gold)
    summary.append("%s: %d pages, %d activiteiten" % (doc_id, gold["document"]["pages"], len(gold["afspraken"])))
    write_json(os.path.join(OUT, "gold", "pairs", "marwolde-2024__marwolde-2025.json"),
               pair("marwolde-2024", "marwolde-2025", C.LINKS_2024_2025))
    write_json(os.path.join(OUT, "gold", "pairs", "marwolde-bod-2025__marwolde-2025.json"),
               pair("marwolde-bod-2025", "marwolde-2025", C.LINKS_BOD_2025))
    print("\n".join(summary))


if __name__ == "__main__":
    main()
