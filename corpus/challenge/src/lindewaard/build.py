# -*- coding: utf-8 -*-
"""Build the lindewaard family: prestatieafspraken 2024, 2025, 2026 and a raadsinformatiebrief on 2026.

Run from /work/main:  .venv/bin/python corpus/challenge/src/lindewaard/build.py
Writes PDFs to corpus/challenge/dev/pdf, gold to corpus/challenge/dev/gold (+ pairs/).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle)

import content  # noqa: E402
import data  # noqa: E402

FAMILY = "lindewaard"
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

PW, PH = A4
LM = RM = 2.4 * cm
TOP = 2.6 * cm
FRAME_BOTTOM = 4.3 * cm
FN_TOP = 3.9 * cm
TW = PW - LM - RM

FN_RE = re.compile(r"\[\^([a-z0-9]+)\]")
MARK_SIZE = 5.5  # footnote markers in running text: smaller than 6 pt (check.py drops chars < 6 pt)

ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.8, leading=13.6, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8,
                         textColor=colors.HexColor("#1f3b57")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.2, leading=15, spaceBefore=6, spaceAfter=5,
                         textColor=colors.HexColor("#1f3b57")),
    "toelh": ParagraphStyle("toelh", fontName="Helvetica-BoldOblique", fontSize=9.8, leading=13, spaceBefore=2,
                            spaceAfter=1),
    "label": ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=3,
                            textColor=colors.HexColor("#1f3b57")),
    "box": ParagraphStyle("box", fontName="Helvetica", fontSize=9.8, leading=13.4, alignment=TA_LEFT),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=12),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=12),
    "cover1": ParagraphStyle("cover1", fontName="Helvetica-Bold", fontSize=26, leading=32,
                             textColor=colors.HexColor("#1f3b57")),
    "cover2": ParagraphStyle("cover2", fontName="Helvetica", fontSize=12, leading=17),
    "coverp": ParagraphStyle("coverp", fontName="Helvetica-Bold", fontSize=12, leading=18),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=15),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text):
    """Gold text: footnote placeholders removed."""
    return FN_RE.sub("", text)


class Numberer:
    """Assigns footnote numbers in order of first appearance within one document."""

    def __init__(self):
        self.num = {}

    def markup(self, text):
        ids = []

        def rep(m):
            fid = m.group(1)
            assert fid in data.FOOTNOTES, fid
            assert fid not in self.num, "footnote used twice in one document: " + fid
            self.num[fid] = len(self.num) + 1
            ids.append(fid)
            return '<super size="%s" rise="3.6">%d</super>' % (MARK_SIZE, self.num[fid])

        out = FN_RE.sub(rep, esc(text))
        return out, ids


def para(text, style, nb):
    mk, ids = nb.markup(text)
    p = Paragraph(mk, style)
    p._lw_fns = ids
    return p


class Doc(BaseDocTemplate):
    def __init__(self, path, title, header, nb, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                         bottomMargin=FRAME_BOTTOM, invariant=1, title=title, author="Gemeente Lindewaard",
                         creator="lindewaard build.py", **kw)
        self.header = header
        self.nb = nb
        self.rec_pages = {}
        self.rec_toc = []
        self.page_fns = {}
        fr = Frame(LM, FRAME_BOTTOM, TW, PH - TOP - FRAME_BOTTOM, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [fr], onPage=self.deco_cover, onPageEnd=self.draw_fns),
            PageTemplate("normal", [fr], onPage=self.deco, onPageEnd=self.draw_fns),
        ])

    def afterFlowable(self, f):
        key = getattr(f, "_lw_key", None)
        if key:
            self.rec_pages[key] = self.page
        toc = getattr(f, "_lw_toc", None)
        if toc:
            self.rec_toc.append((toc, self.page))
        for fid in getattr(f, "_lw_fns", []) or []:
            self.page_fns.setdefault(self.page, []).append(fid)

    def deco_cover(self, c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f3b57"))
        c.rect(0, PH - 1.2 * cm, PW, 1.2 * cm, stroke=0, fill=1)
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(PW - RM, 1.2 * cm, "pagina %d" % doc.page)
        c.restoreState()

    def deco(self, c, doc):
        c.saveState()
        if self.header:
            c.setFont("Helvetica-Oblique", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(LM, PH - 1.5 * cm, self.header)
            c.setLineWidth(0.4)
            c.line(LM, PH - 1.65 * cm, PW - RM, PH - 1.65 * cm)
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(PW - RM, 1.2 * cm, "pagina %d" % doc.page)
        c.restoreState()

    def draw_fns(self, c, doc):
        fids = self.page_fns.pop(doc.page, [])
        if not fids:
            return
        c.saveState()
        y = FN_TOP
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 4.5 * cm, y)
        y -= 10
        lines = 0
        for fid in fids:
            n = self.nb.num[fid]
            c.setFont("Helvetica", 7.5)
            c.drawString(LM, y, str(n))
            for ln in simpleSplit(data.FOOTNOTES[fid], "Helvetica", 7.5, TW - 12):
                c.drawString(LM + 10, y, ln)
                y -= 9
                lines += 1
        assert lines <= 8, "too many footnote lines on page %d" % doc.page
        c.restoreState()


def box(number, key, text, nb):
    mk, ids = nb.markup(text)
    inner = [Paragraph("Afspraak %d" % number, ST["label"]), Paragraph(mk, ST["box"])]
    t = Table([[inner]], colWidths=[TW])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#8da2b5")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    t._lw_key = key
    t._lw_fns = ids
    return t


def ctable(rows, widths):
    data_ = [[Paragraph(esc(c), ST["cellb"] if i == 0 else ST["cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(data_, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ea")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------- agreements
def build_agreement(year, toc_pages=None):
    nb = Numberer()
    path = os.path.join(PDF_DIR, "%s-%d.pdf" % (FAMILY, year))
    doc = Doc(path, "Prestatieafspraken Lindewaard %d" % year, "Prestatieafspraken Lindewaard %d" % year, nb)
    story = []
    # cover
    story.append(Spacer(1, 3.5 * cm))
    story.append(Paragraph("Prestatieafspraken Lindewaard %d" % year, ST["cover1"]))
    story.append(Spacer(1, 0.6 * cm))
    story.append(Paragraph("Afspraken over wonen in de gemeente Lindewaard tussen", ST["cover2"]))
    story.append(Spacer(1, 0.4 * cm))
    for party in ["Gemeente Lindewaard"] + data.CORPS + data.HUURDERS:
        story.append(Paragraph(party, ST["coverp"]))
    story.append(Spacer(1, 1.2 * cm))
    story.append(Paragraph("Lindewaard, %s" % content.SIGN[year], ST["cover2"]))
    story.append(NextPageTemplate("normal"))
    story.append(PageBreak())
    # toc
    story.append(Paragraph("Inhoud", ST["h1"]))
    heads = [b[1] for b in content.structure(year) if b[0] == "h1"]
    rows = []
    for h in heads:
        pg = (toc_pages or {}).get(h, 0)
        rows.append([Paragraph(esc(h), ST["toc"]), Paragraph(str(pg) if pg else "", ST["toc"])])
    t = Table(rows, colWidths=[TW - 2 * cm, 2 * cm])
    t.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story.append(t)
    story.append(Spacer(1, 0.8 * cm))
    story.append(para("Deze afspraken zijn tot stand gekomen in tripartiet overleg en worden gepubliceerd op de "
                      "websites van de gemeente en van beide corporaties.", ST["body"], nb))
    story.append(PageBreak())

    gold = []
    number = 0
    section = {"h1": None, "h2": None}
    for blk in content.structure(year):
        kind = blk[0]
        if kind == "h1":
            section["h1"], section["h2"] = blk[1], None
            p = Paragraph(esc(blk[1]), ST["h1"])
            p._lw_toc = blk[1]
            p.keepWithNext = 1
            story.append(p)
        elif kind == "h2":
            section["h2"] = blk[1]
            p = Paragraph(esc(blk[1]), ST["h2"])
            p.keepWithNext = 1
            story.append(p)
        elif kind == "p":
            story.append(para(blk[1], ST["body"], nb))
        elif kind == "table":
            story.append(ctable(blk[1], blk[2]))
            story.append(Spacer(1, 8))
        elif kind == "list":
            for it in blk[1]:
                story.append(Paragraph(esc(it), ParagraphStyle("li", parent=ST["body"], leftIndent=12, spaceAfter=2)))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "sign":
            rows = []
            for org, name, func in content.SIGNERS:
                rows.append([Paragraph("<b>%s</b>" % esc(org), ST["cell"]),
                             Paragraph("%s<br/>%s<br/><br/>........................................" % (esc(name), esc(func)),
                                       ST["cell"])])
            t = Table(rows, colWidths=[6 * cm, TW - 6 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
            story.append(t)
            story.append(Spacer(1, 10))
        elif kind == "boxes":
            for it in blk[1]:
                if isinstance(it, tuple):
                    h = Paragraph("Toelichting", ST["toelh"])
                    h.keepWithNext = 1
                    story.append(h)
                    story.append(para(it[1], ST["body"], nb))
                    continue
                key = it
                number += 1
                text, frame = data.ITEMS[key]["v"][year]
                story.append(box(number, key, text, nb))
                story.append(Spacer(1, 7))
                sec = section["h1"] + (" > " + section["h2"] if section["h2"] else "")
                themes = data.ITEMS[key]["themes"]
                gold.append({"key": key, "number": str(number), "section": sec, "party": None,
                             "theme": themes[0], "themes": list(themes), "page": None, "text": plain(text),
                             "trekker": None, "planning": None, "attributes": {}, "frame": frame})
        else:
            raise ValueError(kind)
    doc.build(story)
    return doc, gold


def write_agreement(year):
    doc, gold = build_agreement(year)
    toc_pages = {t: p for t, p in doc.rec_toc}
    doc, gold = build_agreement(year, toc_pages)
    toc2 = {t: p for t, p in doc.rec_toc}
    assert toc2 == toc_pages, "toc pages moved"
    for g in gold:
        g["page"] = doc.rec_pages[g["key"]]
    doc_id = "%s-%d" % (FAMILY, year)
    out = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                        "gemeente": data.GEMEENTE, "gemeenten": [data.GEMEENTE], "corporaties": list(data.CORPS),
                        "huurdersorganisaties": list(data.HUURDERS), "pages": doc.page,
                        "layout": "boxed-afspraken-footnotes"},
           "afspraken": gold}
    with open(os.path.join(GOLD_DIR, doc_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    return out


# ---------------------------------------------------------------- kennisgeving
def frame_from(d):
    return data.F(d["actors"], d["modality"], d.get("quantities", []), d.get("deadline"), d.get("recurring", False),
                  d.get("conditions", []))


def write_kennisgeving(year=2026):
    nb = Numberer()
    doc_id = "%s-kennisgeving-%d" % (FAMILY, year)
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    doc = Doc(path, "Raadsinformatiebrief prestatieafspraken %d" % year, None, nb)
    st = []
    st.append(Paragraph("Gemeente Lindewaard", ST["cover1"]))
    st.append(Spacer(1, 0.3 * cm))
    st.append(Paragraph("<b>Raadsinformatiebrief</b>", ST["cover2"]))
    st.append(Spacer(1, 0.4 * cm))
    meta = [["Aan", "de leden van de gemeenteraad"], ["Datum", "16 december 2025"],
            ["Kenmerk", "RIB 2025-118"], ["Onderwerp", "Ondertekening prestatieafspraken %d" % year],
            ["Portefeuillehouder", "J.H. van Dalsum"]]
    t = Table([[Paragraph(esc(a), ST["cellb"]), Paragraph(esc(b), ST["cell"])] for a, b in meta],
              colWidths=[4 * cm, TW - 4 * cm])
    st.append(t)
    st.append(Spacer(1, 0.5 * cm))
    body = [
        "Geachte leden van de raad,",
        "Met deze brief informeren wij u over de prestatieafspraken voor %d, die op 9 december 2025 zijn ondertekend "
        "door de gemeente, Woonstichting De Linde, Waardborg Wonen, Huurdersvereniging Lindeboog en Huurdersraad "
        "Waardborg. De afspraken zijn gebaseerd op de biedingen die de corporaties in juni 2025 hebben uitgebracht op "
        "de woonvisie." % year,
        "Het afgelopen jaar stond in het teken van stijgende bouwkosten en vertraging bij enkele projecten. Toch is "
        "het gelukt om over vrijwel alle thema's concrete afspraken te maken. Niet alle ambities uit de woonvisie "
        "konden worden vertaald in harde aantallen; waar dat zo is, staat dit in de afspraken toegelicht.",
        "In de tabel hieronder vindt u per thema de belangrijkste afspraken. De volledige tekst van de "
        "prestatieafspraken is als bijlage bij deze brief gevoegd.",
    ]
    for b in body:
        st.append(Paragraph(esc(b), ST["body"]))
    h = Paragraph("Belangrijkste afspraken", ST["h2"])
    h.keepWithNext = 1
    st.append(h)
    rows = [[Paragraph("Thema", ST["cellb"]), Paragraph("Belangrijkste afspraken", ST["cellb"])]]
    gold = []
    for thema, sents in content.KG_ROWS:
        cell = []
        for key, sent, fr in sents:
            p = Paragraph(esc(sent), ParagraphStyle("kg", parent=ST["cell"], spaceAfter=4))
            p._lw_key = key
            cell.append(p)
            themes = data.ITEMS[key]["themes"]
            gold.append({"key": key, "number": None, "section": "Belangrijkste afspraken > " + thema, "party": None,
                         "theme": themes[0], "themes": list(themes), "page": None, "text": sent, "trekker": None,
                         "planning": None, "attributes": {}, "frame": frame_from(fr)})
        rows.append([Paragraph(esc(thema), ST["cellb"]), cell])
    t = Table(rows, colWidths=[3.2 * cm, TW - 3.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ea")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    st.append(t)
    st.append(Spacer(1, 0.4 * cm))
    tail = [
        "De voortgang van de afspraken wordt in de jaarlijkse monitor bijgehouden. Wij zullen u in het najaar van "
        "2026 over de resultaten informeren. Daarnaast worden in 2026 meerjarige afspraken voorbereid, waarover u "
        "in een afzonderlijke brief wordt geïnformeerd.",
        "Met vriendelijke groet,",
        "Burgemeester en wethouders van Lindewaard,",
        "de secretaris, mr. C.E. Roosendaal          de burgemeester, drs. P.M. Verhagen",
    ]
    for b in tail:
        st.append(Paragraph(esc(b), ST["body"]))
    doc.build(st)
    # sentences sit inside table cells (not frame flowables): find their page in the rendered PDF
    pages = locate_pages(path, [g["text"] for g in gold])
    for g, pg in zip(gold, pages):
        g["page"] = pg
    out = {"document": {"id": doc_id, "family": FAMILY, "type": "kennisgeving", "year": year, "years": [year],
                        "gemeente": data.GEMEENTE, "gemeenten": [data.GEMEENTE], "corporaties": list(data.CORPS),
                        "huurdersorganisaties": list(data.HUURDERS), "pages": doc.page,
                        "layout": "raadsinformatiebrief-tabel"},
           "afspraken": gold}
    with open(os.path.join(GOLD_DIR, doc_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    return out


def locate_pages(path, texts):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        ptxt = [" ".join((pg.extract_text() or "").split()) for pg in pdf.pages]
    res = []
    for t in texts:
        t = " ".join(t.split())
        found = [i + 1 for i, pt in enumerate(ptxt) if t in pt]
        if not found:
            # runs over a page break: take the page holding its first words
            head = " ".join(t.split()[:6])
            found = [i + 1 for i, pt in enumerate(ptxt) if head in pt] or [None]
        res.append(found[0])
    return res


# ---------------------------------------------------------------- pairs
def write_pairs():
    for (a, b), links in data.PAIRS.items():
        old_id, new_id = "%s-%d" % (FAMILY, a), "%s-%d" % (FAMILY, b)
        out = {"old": old_id, "new": new_id,
               "links": [{"old": o, "new": n, "status": s, "kinds": list(k), "hard_negative": hn}
                         for o, n, s, k, hn in links]}
        with open(os.path.join(PAIR_DIR, "%s__%s.json" % (old_id, new_id)), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    for y in (2024, 2025, 2026):
        o = write_agreement(y)
        print("%s-%d: %d pages, %d afspraken" % (FAMILY, y, o["document"]["pages"], len(o["afspraken"])))
    o = write_kennisgeving(2026)
    print("%s-kennisgeving-2026: %d pages, %d afspraken" % (FAMILY, o["document"]["pages"], len(o["afspraken"])))
    write_pairs()


if __name__ == "__main__":
    main()
