# -*- coding: utf-8 -*-
"""Build the zwaluwdijk family: three yearly prestatieafspraken (2024-2026) with party-coded afspraken.
Run from /work/main:  .venv/bin/python corpus/challenge/src/zwaluwdijk/build.py"""
import io
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import texts  # noqa: E402

FAMILY = "zwaluwdijk"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PARTY_NAMES = {"G": "Gemeente Zwaluwdijk", "C": "Woonstichting Oeverland en Woningbouwvereniging Brederwaard (de corporaties)",
               "H": "Huurdersvereniging De Zwaluwkring", "P": "Partijen gezamenlijk"}

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, alignment=TA_LEFT, spaceAfter=0)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8,
                    textColor=colors.HexColor("#1d4e6b"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
CODE = ParagraphStyle("code", parent=BODY, fontName="Helvetica-Bold", alignment=TA_LEFT, spaceAfter=0)
ATEXT = ParagraphStyle("atext", parent=BODY, spaceAfter=0)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_LEFT,
                       textColor=colors.HexColor("#1d4e6b"))
SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=18)


class Heading(Paragraph):
    pass


class Doc(BaseDocTemplate):
    def __init__(self, buf, year, total, **kw):
        super().__init__(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=25 * mm,
                         bottomMargin=22 * mm, title="Prestatieafspraken Zwaluwdijk %d" % year,
                         author="Gemeente Zwaluwdijk", invariant=1, **kw)
        self.year = year
        self.total = total
        self.akey_pages = {}
        self.head_pages = {}
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("cover", [fr], onPage=self.cover_page),
                               PageTemplate("normal", [fr], onPage=self.normal_page)])

    def afterFlowable(self, fl):
        k = getattr(fl, "akey", None)
        if k and k not in self.akey_pages:
            self.akey_pages[k] = self.page
        if isinstance(fl, Heading):
            self.head_pages.setdefault(fl.getPlainText(), self.page)

    def cover_page(self, c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d4e6b"))
        c.rect(0, A4[1] - 40 * mm, A4[0], 40 * mm, stroke=0, fill=1)
        c.restoreState()

    def normal_page(self, c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(self.leftMargin, A4[1] - 14 * mm, "Prestatieafspraken Zwaluwdijk %d" % self.year)
        c.drawRightString(A4[0] - self.rightMargin, A4[1] - 14 * mm, "Gemeente | Oeverland | Brederwaard | De Zwaluwkring")
        c.setStrokeColor(colors.HexColor("#1d4e6b"))
        c.setLineWidth(0.5)
        c.line(self.leftMargin, A4[1] - 15.5 * mm, A4[0] - self.rightMargin, A4[1] - 15.5 * mm)
        c.drawRightString(A4[0] - self.rightMargin, 12 * mm, "Pagina %d van %d" % (doc.page, self.total))
        c.drawString(self.leftMargin, 12 * mm, "Versie ter ondertekening, december %d" % (self.year - 1))
        c.restoreState()


def numbered(year):
    """Reading-order list of (chapter, key, code)."""
    counters = {"G": 0, "C": 0, "H": 0, "P": 0}
    out = []
    for ch, keys in data.CHAPTERS[year]:
        for k in keys:
            p = data.A[k]["code"]
            counters[p] += 1
            out.append((ch, k, "%s%d" % (p, counters[p])))
    return out


def afspraak_flowable(code, text, key):
    t = Table([[Paragraph(code, CODE), Paragraph(escape(text), ATEXT)]], colWidths=[13 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 2), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    t.akey = key
    return t


def story(year, toc_pages):
    T = texts.year_texts(year)
    st = []
    # cover
    st.append(Spacer(1, 45 * mm))
    st.append(Paragraph("Prestatieafspraken %d" % year, TITLE))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("Jaarafspraken wonen in de gemeente Zwaluwdijk", SUB))
    st.append(Spacer(1, 25 * mm))
    st.append(Paragraph("Gemeente Zwaluwdijk", SUB))
    st.append(Paragraph("Woonstichting Oeverland", SUB))
    st.append(Paragraph("Woningbouwvereniging Brederwaard", SUB))
    st.append(Paragraph("Huurdersvereniging De Zwaluwkring", SUB))
    st.append(Spacer(1, 30 * mm))
    st.append(Paragraph(T["cover_date"], BODY))
    st.append(NextPageTemplate("normal"))
    st.append(PageBreak())
    # toc + leeswijzer
    st.append(Paragraph("Inhoud", H1))
    rows = []
    for h in T["toc"]:
        rows.append([Paragraph(h, SMALL), Paragraph(str(toc_pages.get(h, "")), SMALL)])
    tt = Table(rows, colWidths=[130 * mm, 15 * mm])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    st.append(tt)
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("Leeswijzer", H2))
    for p in T["leeswijzer"]:
        st.append(Paragraph(p, BODY))
    leg = [[Paragraph("<b>Code</b>", SMALL), Paragraph("<b>Wie neemt de afspraak op zich</b>", SMALL)]]
    for c in "GCHP":
        leg.append([Paragraph(c + "..", SMALL), Paragraph(PARTY_NAMES[c], SMALL)])
    lt = Table(leg, colWidths=[20 * mm, 125 * mm])
    lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3edf3"))]))
    st.append(lt)
    st.append(PageBreak())
    # inleiding
    st.append(Heading("Inleiding", H1))
    for p in T["inleiding"]:
        st.append(Paragraph(p, BODY))
    st.append(Paragraph("Terugblik op %d" % (year - 1), H2))
    for p in T["terugblik"]:
        st.append(Paragraph(p, BODY))
    st.append(Paragraph("Kerncijfers", H2))
    kc = [[Paragraph("<b>%s</b>" % c, SMALL) for c in T["kern_head"]]]
    for r in T["kern_rows"]:
        kc.append([Paragraph(c, SMALL) for c in r])
    kt = Table(kc, colWidths=[75 * mm, 35 * mm, 35 * mm])
    kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3edf3"))]))
    st.append(kt)
    # chapters
    num = numbered(year)
    for ch, keys in data.CHAPTERS[year]:
        st.append(Heading(ch, H1))
        for p in T["chapter_intro"][ch]:
            st.append(Paragraph(p, BODY))
        st.append(Paragraph("Afspraken", H2))
        for (c2, k, code) in num:
            if c2 == ch:
                st.append(afspraak_flowable(code, data.A[k]["v"][year]["text"], k))
    # slot
    st.append(Heading("6 Slotbepalingen", H1))
    for title, paras in T["slot"]:
        st.append(Paragraph(title, H2))
        for p in paras:
            st.append(Paragraph(p, BODY))
    sig = [Paragraph("Ondertekening", H2), Paragraph(T["aldus"], BODY), Spacer(1, 4 * mm)]
    srows = []
    for org, name, func in T["signatories"]:
        srows.append([Paragraph("<b>%s</b><br/><br/><br/>%s<br/>%s" % (org, name, func), SMALL)])
    grid = [[srows[0][0], srows[1][0]], [srows[2][0], srows[3][0]]]
    gt = Table(grid, colWidths=[75 * mm, 75 * mm])
    gt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    sig.append(gt)
    st.append(KeepTogether(sig))
    st.append(Paragraph("Bijlagen", H2))
    for b in T["bijlagen"]:
        st.append(Paragraph(b, BODY))
    # annex
    st.append(PageBreak())
    st.append(Heading("Bijlage 1 Overzicht van de afspraken", H1))
    st.append(Paragraph(T["annex_intro"], BODY))
    rows = [[Paragraph("<b>Code</b>", SMALL), Paragraph("<b>Korte omschrijving</b>", SMALL), Paragraph("<b>Gereed</b>", SMALL)]]
    for (ch, k, code) in num:
        rows.append([Paragraph(code, SMALL), Paragraph(escape(data.A[k]["short"]), SMALL),
                     Paragraph(escape(data.A[k]["v"][year]["gereed"]), SMALL)])
    at = Table(rows, colWidths=[16 * mm, 100 * mm, 32 * mm], repeatRows=1)
    at.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3edf3"))]))
    st.append(at)
    return st


def render(year):
    total, toc = 1, {}
    for _ in range(4):
        buf = io.BytesIO()
        doc = Doc(buf, year, total)
        doc.build(story(year, toc))
        newtotal = doc.page
        newtoc = dict(doc.head_pages)
        if newtotal == total and newtoc == toc:
            return buf.getvalue(), doc.akey_pages, total
        total, toc = newtotal, newtoc
    raise RuntimeError("page numbering did not converge")


def gold_doc(year, pages, akey_pages):
    afs = []
    for ch, k, code in numbered(year):
        a = data.A[k]
        v = a["v"][year]
        afs.append({"key": k, "number": code, "section": ch, "party": None, "theme": a["themes"][0],
                    "themes": a["themes"], "page": akey_pages[k], "text": v["text"], "trekker": None,
                    "planning": v["gereed"], "attributes": {}, "frame": v["frame"]})
    return {"document": {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": "Zwaluwdijk", "gemeenten": ["Zwaluwdijk"],
                         "corporaties": data.CORPORATIES, "huurdersorganisaties": data.HUURDERS,
                         "pages": pages, "layout": "party-coded afspraken per thema + annex overzichtstabel"},
            "afspraken": afs}


def pair(y0, y1):
    spec = data.PAIRS[(y0, y1)]
    old = [k for _, k, _ in numbered(y0)]
    new = [k for _, k, _ in numbered(y1)]
    links = []
    for k in old:
        if k in new:
            t0, t1 = data.A[k]["v"][y0]["text"], data.A[k]["v"][y1]["text"]
            if k in spec:
                st, kinds, hn = spec[k]
                assert t0 != t1, ("annotated change but identical text", k)
                links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
            else:
                assert t0 == t1, ("unannotated change", y0, y1, k)
                links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
        else:
            assert k not in spec
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in new:
        if k not in old:
            assert k not in spec
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    for y in data.YEARS:
        pdf, akp, total = render(y)
        did = "%s-%d" % (FAMILY, y)
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(pdf)
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_doc(y, total, akp), f, ensure_ascii=False, indent=1)
        print(did, total, "pages", len(pdf), "bytes")
    for y0, y1 in zip(data.YEARS, data.YEARS[1:]):
        p = pair(y0, y1)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])), "w", encoding="utf-8") as f:
            json.dump(p, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
