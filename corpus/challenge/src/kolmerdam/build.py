# -*- coding: utf-8 -*-
"""Render the kolmerdam family (concept prestatieafspraken 2025-2027) and write the gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/kolmerdam/build.py
"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak, Table,
                                TableStyle, Flowable, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D  # noqa: E402
import texts as T  # noqa: E402

FAMILY = "kolmerdam"
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
W, H = A4
LM, RM, TM, BM = 2.5 * cm, 2.3 * cm, 2.6 * cm, 2.4 * cm

ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8,
                         textColor=colors.HexColor("#1F4E79")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=6, spaceAfter=4),
    "at": ParagraphStyle("at", fontName="Helvetica-Bold", fontSize=10, leading=14, spaceBefore=7, spaceAfter=2,
                         keepWithNext=1),
    "ap": ParagraphStyle("ap", fontName="Helvetica", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=4),
    "cov1": ParagraphStyle("cov1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_LEFT),
    "cov2": ParagraphStyle("cov2", fontName="Helvetica", fontSize=14, leading=20, alignment=TA_LEFT),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
    "bul": ParagraphStyle("bul", fontName="Helvetica", fontSize=10, leading=14, leftIndent=14, bulletIndent=2,
                          spaceAfter=2),
}

CONCEPT_DATE = {2025: "18 november 2024", 2026: "21 november 2025", 2027: "19 november 2026"}


def versions(year):
    """Return list of resolved afspraken for the year in reading order."""
    res = []
    for i, a in enumerate(D.A):
        v = a["v"]
        if year not in v:
            continue
        cur = v[year]
        y = year
        ch_override = None
        while cur == D.SAME or (isinstance(cur, tuple) and cur[0] == D.SAME):
            if isinstance(cur, tuple) and ch_override is None:
                ch_override = cur[1]
            y -= 1
            cur = v[y]
        ch, title, text, frame = cur[:4]
        pos = cur[4] if len(cur) > 4 else 100 + i
        if ch_override is not None:
            ch = ch_override
        res.append({"key": a["key"], "ch": ch, "title": title, "text": text, "frame": frame,
                    "themes": a["themes"], "pos": pos})
    res.sort(key=lambda r: (r["ch"], r["pos"]))
    n = {}
    for r in res:
        n[r["ch"]] = n.get(r["ch"], 0) + 1
        r["number"] = "%d.%d" % (r["ch"], n[r["ch"]])
    return res


class Mark(Flowable):
    """Zero-size flowable that records the page it lands on."""

    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class TitlePara(Paragraph):
    """Bold afspraak title line; records its page under tag."""

    def __init__(self, text, style, tag):
        super().__init__(text, style)
        self.tag = tag


class TocLine(Flowable):
    def __init__(self, label, page, indent=0, bold=False):
        super().__init__()
        self.label, self.page, self.indent, self.bold = label, page, indent, bold

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 15

    def draw(self):
        c = self.canv
        f = "Helvetica-Bold" if self.bold else "Helvetica"
        c.setFont(f, 10)
        c.drawString(self.indent, 3, self.label)
        p = str(self.page)
        c.drawRightString(self.aw, 3, p)
        x0 = self.indent + stringWidth(self.label, f, 10) + 6
        x1 = self.aw - stringWidth(p, f, 10) - 6
        dw = stringWidth(".", "Helvetica", 10)
        nd = int((x1 - x0) / dw)
        if nd > 2:
            c.setFont("Helvetica", 10)
            c.drawRightString(x1, 3, "." * nd)


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, total, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                         invariant=1, title="Concept prestatieafspraken Kolmerdam %d" % year,
                         author="Gemeente Kolmerdam", **kw)
        self.year, self.total = year, total
        self.marks = {}
        fr = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self.deco)])

    def afterFlowable(self, fl):
        if isinstance(fl, (Mark, TitlePara)) and fl.tag not in self.marks:
            self.marks[fl.tag] = self.page

    def deco(self, c, doc):
        c.saveState()
        # watermark under the text
        c.setFillColor(colors.Color(0.86, 0.86, 0.86))
        c.setFont("Helvetica-Bold", 92)
        c.translate(W / 2, H / 2)
        c.rotate(45)
        c.drawCentredString(0, -30, "CONCEPT")
        c.restoreState()
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        if doc.page > 1:
            c.drawString(LM, H - 1.5 * cm, "Prestatieafspraken Kolmerdam %d" % self.year)
            c.drawRightString(W - RM, H - 1.5 * cm, "Gemeente Kolmerdam | Kolmerhof | Vlietzicht | Huurdersplatform")
            c.line(LM, H - 1.65 * cm, W - RM, H - 1.65 * cm)
        c.line(LM, 1.75 * cm, W - RM, 1.75 * cm)
        c.drawString(LM, 1.3 * cm, "Concept d.d. %s \u2013 niet voor verspreiding" % CONCEPT_DATE[self.year])
        c.drawRightString(W - RM, 1.3 * cm, "Pagina %d van %d" % (doc.page, self.total or 0))
        c.restoreState()


def P(t, st="body"):
    return Paragraph(t, ST[st])


def story(year, afs, pages):
    s = []
    g = lambda tag: pages.get(tag, 0)  # noqa: E731
    chapters = D.CHAPTERS[year]
    # cover
    s += [Spacer(1, 4 * cm), P("Prestatieafspraken %d" % year, "cov1"), Spacer(1, 8),
          P("Gemeente Kolmerdam, Woonstichting Kolmerhof, Wooncorporatie Vlietzicht en Huurdersplatform Kolmerdam",
            "cov2"), Spacer(1, 1.2 * cm),
          P("Jaarafspraken over wonen in Kolmerdam, in uitwerking van de woonvisie Thuis in Kolmerdam", "cov2"),
          Spacer(1, 3 * cm),
          P("Status: concept ten behoeve van de informatievoorziening aan de gemeenteraad<br/>Versie 0.9, %s"
            % CONCEPT_DATE[year], "small"), PageBreak()]
    # toc
    s.append(P("Inhoudsopgave", "h1"))
    toc = [("1 Inleiding en leeswijzer", "c1", 0, True), ("2 Terugblik op %d" % (year - 1), "c2", 0, True)]
    for ch in sorted(chapters):
        toc.append(("%d %s" % (ch, chapters[ch]), "c%d" % ch, 0, True))
        for a in afs:
            if a["ch"] == ch:
                toc.append(("%s %s" % (a["number"], a["title"]), "a:" + a["key"], 14, False))
    toc += [("9 Slotbepalingen", "c9", 0, True), ("10 Ondertekening", "c10", 0, True),
            ("Bijlagen", "c11", 0, True)]
    for label, tag, ind, bold in toc:
        s.append(TocLine(label, g(tag), ind, bold))
    s.append(PageBreak())
    # 1 inleiding
    s += [Mark("c1"), P("1 Inleiding en leeswijzer", "h1")]
    for h, paras in T.intro(year):
        if h:
            s.append(P(h, "h2"))
        s += [P(x) for x in paras]
    # 2 terugblik
    s += [Mark("c2"), P("2 Terugblik op %d" % (year - 1), "h1")]
    for x in T.terugblik(year):
        s.append(P(x))
    s.append(P("Kerncijfers", "h2"))
    rows = T.kerncijfers(year)
    tb = Table(rows, colWidths=[8.5 * cm, 3 * cm, 3 * cm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    s += [tb, Spacer(1, 4), P("Bron: monitor prestatieafspraken, peildatum 1 oktober %d." % (year - 1), "small")]
    # afspraken chapters
    for ch in sorted(chapters):
        s += [CondPageBreak(5 * cm), Mark("c%d" % ch), P("%d %s" % (ch, chapters[ch]), "h1")]
        for x in T.context(year, ch):
            s.append(P(x))
        for a in afs:
            if a["ch"] != ch:
                continue
            s.append(TitlePara("%s %s" % (a["number"], escape(a["title"])), ST["at"], "a:" + a["key"]))
            s.append(P(escape(a["text"]), "ap"))
    # 9 slot
    s += [CondPageBreak(5 * cm), Mark("c9"), P("9 Slotbepalingen", "h1")]
    for h, x in T.slot(year):
        s += [P(h, "h2"), P(x)]
    # 10 ondertekening
    s += [CondPageBreak(9 * cm), Mark("c10"), P("10 Ondertekening", "h1"), P(T.aldus(year))]
    sig = T.signatures(year)
    tb = Table(sig, colWidths=[7.5 * cm, 7.5 * cm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    s.append(tb)
    s += [CondPageBreak(5 * cm), Mark("c11"), P("Bijlagen", "h1")]
    for x in T.bijlagen(year):
        s.append(Paragraph(x, ST["bul"], bulletText="\u2022"))
    return s


def build_year(year):
    afs = versions(year)
    fn = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAMILY, year))
    pages, total = {}, 0
    for _ in range(4):
        d = Doc(fn, year, total)
        d.build(story(year, afs, pages))
        newpages, newtotal = dict(d.marks), d.page
        if newpages == pages and newtotal == total:
            break
        pages, total = newpages, newtotal
    else:
        raise SystemExit("page numbers do not converge for %d" % year)
    chapters = D.CHAPTERS[year]
    gold_afs = []
    for a in afs:
        gold_afs.append({
            "key": a["key"], "number": a["number"], "section": "%d %s" % (a["ch"], chapters[a["ch"]]),
            "party": None, "theme": a["themes"][0], "themes": list(a["themes"]), "page": pages["a:" + a["key"]],
            "text": a["text"], "trekker": None, "planning": None, "attributes": {"titel": a["title"]},
            "frame": a["frame"]})
    doc = {"document": {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken",
                        "year": year, "years": [year], "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE],
                        "corporaties": list(D.CORPS), "huurdersorganisaties": list(D.HUURDERS), "pages": total,
                        "layout": "concept-watermark-detailed-toc"},
           "afspraken": gold_afs}
    with open(os.path.join(OUT, "gold", "%s-%d.json" % (FAMILY, year)), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return afs


def build_pair(old, new, a_old, a_new):
    ko = {a["key"]: a for a in a_old}
    kn = {a["key"]: a for a in a_new}
    spec = {a["key"]: a["p"] for a in D.A}
    links = []
    for a in a_old:
        k = a["key"]
        if k not in kn:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            continue
        same = ko[k]["text"] == kn[k]["text"]
        st = spec[k].get(old)
        if same:
            assert st is None, (k, old, "identical text but status given")
            links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
        else:
            assert st is not None, (k, old, "text changed but no status")
            links.append({"old": k, "new": k, "status": st[0], "kinds": list(st[1]), "hard_negative": st[2]})
    for a in a_new:
        if a["key"] not in ko:
            links.append({"old": None, "new": a["key"], "status": "new", "kinds": [], "hard_negative": None})
    oid, nid = "%s-%d" % (FAMILY, old), "%s-%d" % (FAMILY, new)
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), "w", encoding="utf-8") as f:
        json.dump({"old": oid, "new": nid, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for sub in ("pdf", "gold", "gold/pairs"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    res = {y: build_year(y) for y in D.YEARS}
    for o, n in zip(D.YEARS, D.YEARS[1:]):
        build_pair(o, n, res[o], res[n])


if __name__ == "__main__":
    main()
