# -*- coding: utf-8 -*-
"""Build the duivendaal family (prestatieafspraken Duivendaal 2025-2027): PDFs + gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/duivendaal/build.py
"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, KeepTogether, Table,
                                TableStyle, Flowable)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import context as X  # noqa: E402

FAMILY = "duivendaal"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

ST = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=14),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=12, leading=17, spaceAfter=8),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8,
                         textColor=HexColor("#1f4e5f")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6),
    "bul": ParagraphStyle("bul", fontName="Helvetica", fontSize=10, leading=14, leftIndent=14, bulletIndent=3,
                          spaceAfter=2),
    "ah": ParagraphStyle("ah", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=2),
    "lab": ParagraphStyle("lab", fontName="Helvetica-Bold", fontSize=10, leading=13.5),
    "val": ParagraphStyle("val", fontName="Helvetica", fontSize=10, leading=13.5),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16),
}
LABEL_W = 34 * mm


class PageMark(Flowable):
    """Zero-size flowable recording the page it lands on."""

    def __init__(self, store, key, doc):
        super().__init__()
        self.store, self.key, self.doc = store, key, doc

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store[self.key] = self.doc.page


def make_canvas(year):
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if self._pageNumber > 1:
                    self.setFont("Helvetica", 8.5)
                    self.setFillColor(black)
                    self.drawString(20 * mm, 12 * mm, "Prestatieafspraken Duivendaal %d" % year)
                    self.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d van %d" % (self._pageNumber, n))
                super().showPage()
            super().save()
    return NumberedCanvas


class Doc(SimpleDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name == "h1":
            self.notify("TOCEntry", (0, f.getPlainText(), self.page))


def later_page(year):
    def fn(cv, doc):
        cv.saveState()
        cv.setFont("Helvetica-Oblique", 8.5)
        cv.drawString(20 * mm, A4[1] - 13 * mm, "Gemeente Duivendaal  |  Duivenhof  |  Rijnkade  |  De Brug")
        cv.drawRightString(A4[0] - 20 * mm, A4[1] - 13 * mm, "Jaarafspraken wonen %d" % year)
        cv.setLineWidth(0.4)
        cv.line(20 * mm, A4[1] - 15 * mm, A4[0] - 20 * mm, A4[1] - 15 * mm)
        cv.restoreState()
    return fn


def P(t, s="body"):
    return Paragraph(t, ST[s])


def versions_for(year):
    """Afspraken of a year in reading order: list of (entry, version, chapter_id)."""
    items = []
    for e in C.A:
        if year in e["v"]:
            items.append((e, e["v"][year], e["chov"].get(year, e["ch"])))
    chorder = ["c2", "c3", "c4", "c5", "c6"]
    # moved items go to the end of their new chapter
    base = [(chorder.index(ch), i if ch == e["ch"] else 999 + i, e, v, ch) for i, (e, v, ch) in enumerate(items)]
    base.sort(key=lambda t: (t[0], t[1]))
    out = [(e, v, ch) for _, _, e, v, ch in base]
    for mv, before in C.ORDER_BEFORE.get(year, []):
        idx = next(i for i, t in enumerate(out) if t[0]["key"] == mv)
        it = out.pop(idx)
        j = next(i for i, t in enumerate(out) if t[0]["key"] == before)
        out.insert(j, it)
    return out


def block(num, is_new, v, store, key, doc):
    head = "Afspraak %d" % num + (" (nieuw)" if is_new else "")
    rows = [[P("Wat:", "lab"), P(escape(v["text"]), "val")],
            [P("Wie:", "lab"), P(escape(v["wie"]), "val")],
            [P("Wanneer:", "lab"), P(escape(v["wanneer"]), "val")]]
    if v.get("indicator"):
        rows.append([P("Hoe meten we dit:", "lab"), P(escape(v["indicator"]), "val")])
    t = Table(rows, colWidths=[LABEL_W, A4[0] - 40 * mm - LABEL_W])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([PageMark(store, key, doc), P(head, "ah"), t, Spacer(1, 3)])


def build_year(year):
    prev = year - 1 if (year - 1) in C.YEARS else None
    prev_keys = {e["key"] for e in C.A if prev in e["v"]} if prev else None
    fn = os.path.join(PDF_DIR, "%s-%d.pdf" % (FAMILY, year))
    doc = Doc(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=22 * mm,
              title="Prestatieafspraken Duivendaal %d" % year, author="Gemeente Duivendaal", invariant=1)
    store = {}
    s = []
    # cover
    s += [Spacer(1, 50 * mm), P("Prestatieafspraken Duivendaal %d" % year, "title"),
          P("Jaarafspraken over wonen tussen", "sub")]
    for n in ["gemeente Duivendaal"] + C.CORPS + C.HOS:
        s.append(P(n, "sub"))
    s += [Spacer(1, 20 * mm), P("Vastgesteld in het bestuurlijk overleg van %s" % X.SIGN_DATE[year], "body"),
          PageBreak()]
    # toc + leeswijzer
    toc = TableOfContents()
    toc.levelStyles = [ST["toc"]]
    s += [P("Inhoud", "h2"), toc, Spacer(1, 8 * mm), P("Leeswijzer", "h2"), P(X.LEESWIJZER.format(y=year)),
          PageBreak()]
    # intro
    s.append(P("1 Inleiding", "h1"))
    for para in X.INTRO[year]:
        s.append(P(para))
    s.append(P("Kerncijfers per 1 januari %d" % year, "h2"))
    for kc in X.KERNCIJFERS[year]:
        s.append(Paragraph(kc, ST["bul"], bulletText="\u2022"))
    title, items = X.BEREIKT[year]
    s.append(P(title, "h2"))
    s.append(P("In het afgelopen jaar is aan veel van de afspraken uitvoering gegeven. De belangrijkste resultaten op "
               "een rij:"))
    for it in items:
        s.append(Paragraph(escape(it), ST["bul"], bulletText="\u2022"))
    # afspraken
    gold = []
    cur = None
    num = 0
    for e, v, ch in versions_for(year):
        if ch != cur:
            cur = ch
            s.append(P(C.CHAPTERS[ch][year], "h1"))
            for para in X.CH_CONTEXT[ch]:
                s.append(P(para))
            s.append(P("Afspraken", "h2"))
        else:
            s.append(HRFlowable(width="100%", thickness=0.3, color=HexColor("#9a9a9a"), spaceBefore=2, spaceAfter=4))
        num += 1
        is_new = prev_keys is not None and e["key"] not in prev_keys
        s.append(block(num, is_new, v, store, e["key"], doc))
        attrs = {"indicator": v["indicator"]} if v.get("indicator") else {}
        gold.append({"key": e["key"], "number": str(num), "section": C.CHAPTERS[ch][year], "party": None,
                     "theme": e["themes"][0], "themes": e["themes"], "page": None, "text": v["text"],
                     "trekker": v["wie"], "planning": v["wanneer"], "attributes": attrs, "frame": v["frame"]})
    # slot
    s.append(P("7 Slotbepalingen en ondertekening", "h1"))
    for h, t in X.SLOT:
        s += [P(h, "h2"), P(t.format(y=year))]
    sig = [P("Aldus overeengekomen en ondertekend te Duivendaal op %s." % X.SIGN_DATE[year]), Spacer(1, 4)]
    for org, name, fun in X.SIGNERS:
        sig += [P("<b>%s</b>" % escape(org), "body"), P("%s, %s" % (escape(name), fun), "body"), Spacer(1, 6)]
    s.append(KeepTogether(sig))
    s.append(P("Bijlagen", "h1"))
    s.append(P("De volgende bijlagen zijn afzonderlijk beschikbaar en maken geen deel uit van de afspraken:"))
    for b in X.BIJLAGEN:
        s.append(Paragraph(b.format(p=year - 1), ST["bul"], bulletText="\u2022"))
    doc.multiBuild(s, onFirstPage=lambda c, d: None, onLaterPages=later_page(year), canvasmaker=make_canvas(year))
    for g in gold:
        g["page"] = store[g["key"]]
    import pdfplumber
    with pdfplumber.open(fn) as pdf:
        npages = len(pdf.pages)
    return {"document": {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": C.CORPS, "huurdersorganisaties": C.HOS, "pages": npages,
                         "layout": "labelled-blocks"},
            "afspraken": gold}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    golds = {}
    for y in C.YEARS:
        g = build_year(y)
        golds[y] = g
        dump(g, os.path.join(GOLD_DIR, "%s-%d.json" % (FAMILY, y)))
    for (a, b), spec in C.PAIRS.items():
        oldk = [x["key"] for x in golds[a]["afspraken"]]
        newk = [x["key"] for x in golds[b]["afspraken"]]
        links = []
        for k in oldk + [k for k in newk if k not in oldk]:
            st, kinds, hn = spec[k]
            links.append({"old": k if k in oldk else None, "new": k if k in newk else None, "status": st,
                          "kinds": kinds, "hard_negative": hn})
        ida, idb = "%s-%d" % (FAMILY, a), "%s-%d" % (FAMILY, b)
        dump({"old": ida, "new": idb, "links": links}, os.path.join(PAIR_DIR, "%s__%s.json" % (ida, idb)))
    print("built", [golds[y]["document"]["pages"] for y in C.YEARS], "pages;",
          [len(golds[y]["afspraken"]) for y in C.YEARS], "afspraken")


if __name__ == "__main__":
    main()
