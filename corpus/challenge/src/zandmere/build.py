# -*- coding: utf-8 -*-
"""Build the zandmere family: bod 2025, prestatieafspraken 2025 and 2026, gold JSON and pair files.

Run from /work/main:  .venv/bin/python corpus/challenge/src/zandmere/build.py
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pdfplumber  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle, KeepTogether, CondPageBreak)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

from reportlab.pdfbase import rl_codecs  # noqa: E402

# reportlab writes U+2022 (bullet) as WinAnsi code 0x7F, which text extractors do not map back to a bullet;
# Word and most PDF producers use 0x95. Make the standard fonts use 0x95 (before any text is encoded).
_cd = rl_codecs.RL_Codecs._RL_Codecs__rl_codecs_data
_cd["winansi"] = rl_codecs.StdCodecData(_cd["winansi"].exceptions, {0x2022: 0x95, 0x20: 0x20, 0xa0: 0x20})

import content as C  # noqa: E402
import docs as D  # noqa: E402

FAMILY = "zandmere"
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

W, H = A4
LM, RM, TM, BM = 25 * mm, 25 * mm, 22 * mm, 20 * mm
BODY_TOP_CROP = TM - 4 * mm      # header lives above this (from top)
BODY_BOTTOM_CROP = BM - 4 * mm   # footer lives below this (from bottom)

GREY = colors.Color(0.45, 0.45, 0.45)
DARK = colors.Color(0.12, 0.25, 0.35)

ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", keepWithNext=1, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8,
                         textColor=DARK),
    "h2": ParagraphStyle("h2", keepWithNext=1, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                         textColor=DARK),
    "hx": ParagraphStyle("hx", keepWithNext=1, fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=12, spaceAfter=8,
                         textColor=DARK),
    "runin": ParagraphStyle("runin", keepWithNext=1, fontName="Helvetica-Bold", fontSize=10, leading=13.6, spaceBefore=2,
                            spaceAfter=3),
    "bullet": ParagraphStyle("bullet", allowOrphans=1, fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_LEFT,
                             leftIndent=16, bulletIndent=4, bulletFontName="Helvetica", bulletFontSize=10,
                             spaceAfter=4),
    "dash": ParagraphStyle("dash", fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_LEFT,
                           leftIndent=32, bulletIndent=20, bulletFontName="Helvetica", bulletFontSize=10,
                           spaceAfter=2),
    "fact": ParagraphStyle("fact", fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_LEFT,
                           leftIndent=16, bulletIndent=4, bulletFontName="Helvetica", spaceAfter=2),
    "factlead": ParagraphStyle("factlead", keepWithNext=1, fontName="Helvetica-Oblique", fontSize=10, leading=13.6,
                               spaceBefore=2, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11.5),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11, textColor=GREY),
    "item": ParagraphStyle("item", allowOrphans=1, fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_JUSTIFY,
                           leftIndent=22, bulletIndent=0, bulletFontName="Helvetica", spaceAfter=5),
    "theme": ParagraphStyle("theme", keepWithNext=1, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8,
                            spaceAfter=4),
    "toc0": ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=10.5, leading=15, leftIndent=0,
                           firstLineIndent=0),
    "toc1": ParagraphStyle("toc1", fontName="Helvetica", fontSize=10, leading=13.5, leftIndent=16,
                           firstLineIndent=0),
}


def esc(t):
    return escape(t)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def full_text(version):
    t = version["text"]
    if version["sub"]:
        t = t + " " + " ".join("– " + s for s in version["sub"])
    return t


# --------------------------------------------------------------------------------------------------
class Heading(Paragraph):
    def __init__(self, text, style, level):
        Paragraph.__init__(self, esc(text), style)
        self.toc_level = level
        self.toc_text = text


class AgreementDoc(BaseDocTemplate):
    def __init__(self, path, header_text, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                                 bottomMargin=BM, invariant=1, **kw)
        self.header_text = header_text
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=self._cover),
                               PageTemplate(id="body", frames=[frame], onPage=self._page)])

    def _cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(DARK)
        canv.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _page(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(LM, H - 13 * mm, self.header_text)
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.3)
        canv.line(LM, H - 14.5 * mm, W - RM, H - 14.5 * mm)
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.black)
        canv.drawCentredString(W / 2, 11 * mm, str(canv.getPageNumber()))
        canv.restoreState()

    def afterFlowable(self, fl):
        if isinstance(fl, Heading) and fl.toc_level is not None:
            self.notify("TOCEntry", (fl.toc_level, fl.toc_text, self.page))


class LetterDoc(AgreementDoc):
    def __init__(self, path, header_text, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                                 bottomMargin=BM, invariant=1, **kw)
        self.header_text = header_text
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="body", frames=[frame], onPage=self._page)])


# --------------------------------------------------------------------------------------------------
def sign_table(parties):
    cols = []
    for party, name, func in parties:
        cols.append([Paragraph(esc(party), ST["cellb"]), Spacer(1, 26),
                     Paragraph("........................................", ST["cell"]),
                     Paragraph(esc(name), ST["cell"]), Paragraph(esc(func), ST["cell"])])
    t = Table([cols], colWidths=[(W - LM - RM) / len(parties)] * len(parties))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return t


def data_table(rows, widths):
    data = []
    for i, r in enumerate(rows):
        st = ST["cellb"] if i == 0 else ST["cell"]
        data.append([Paragraph(esc(c), st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.9, 0.93)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def afspraak_flowables(version, style="bullet", bullet="•"):
    out = [Paragraph(esc(version["text"]), ST[style], bulletText=bullet)]
    for s in version["sub"]:
        out.append(Paragraph(esc(s), ST["dash"], bulletText="–"))
    return out


def build_agreement(year, blocks, path, parties, sign_date_text):
    vkey = "y%d" % year
    title = "Prestatieafspraken %d" % year
    header = "%s  |  Gemeente Zandmere, Heidezoom Wonen en Huurdersbelangenvereniging De Zandloper" % title
    doc = AgreementDoc(path, header, title=title, author="Gemeente Zandmere")
    story = []
    # cover
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(title, ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=30, leading=36,
                                                  textColor=colors.white)))
    story.append(Paragraph("Gemeente Zandmere", ParagraphStyle("cs", fontName="Helvetica", fontSize=14,
                                                               leading=18, textColor=colors.white)))
    story.append(Spacer(1, 55 * mm))
    cst = ParagraphStyle("cp", fontName="Helvetica", fontSize=13, leading=20)
    story.append(Paragraph("Afspraken tussen", ParagraphStyle("cl", parent=cst, textColor=GREY, fontSize=11)))
    for p in ("Gemeente Zandmere", "Heidezoom Wonen", "Huurdersbelangenvereniging De Zandloper"):
        story.append(Paragraph(p, ParagraphStyle("cpb", parent=cst, fontName="Helvetica-Bold")))
    story.append(Spacer(1, 20 * mm))
    story.append(Paragraph("Vastgesteld in het bestuurlijk overleg van %s" % sign_date_text,
                           ParagraphStyle("cd", parent=cst, fontSize=10.5)))
    story.append(Paragraph("Looptijd: 1 januari %d tot en met 31 december %d" % (year, year),
                           ParagraphStyle("cd2", parent=cst, fontSize=10.5)))
    story.append(NextPageTemplate("body"))
    story.append(PageBreak())
    # toc
    story.append(Paragraph("Inhoudsopgave", ST["hx"]))
    toc = TableOfContents()
    toc.levelStyles = [ST["toc0"], ST["toc1"]]
    toc.dotsMinLevel = 0
    story.append(toc)
    story.append(PageBreak())

    afs = []  # (key, section, text)
    h1 = h2 = None
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            h1, h2 = b[1], None
            story.append(CondPageBreak(60 * mm))
            story.append(Heading(b[1], ST["h1"], 0))
        elif kind == "h2":
            h2 = b[1]
            story.append(CondPageBreak(35 * mm))
            story.append(Heading(b[1], ST["h2"], 1))
        elif kind == "hx":
            story.append(CondPageBreak(50 * mm))
            story.append(Heading(b[1], ST["hx"], 0))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), ST["body"]))
        elif kind == "facts":
            story.append(Paragraph(esc(b[1]), ST["factlead"]))
            for it in b[2]:
                story.append(Paragraph(esc(it), ST["fact"], bulletText="•"))
            story.append(Spacer(1, 4))
        elif kind == "runin":
            story.append(Paragraph(esc(b[1]), ST["runin"]))
        elif kind == "afs":
            for key in b[1]:
                v = C.AF[key]["versions"][vkey]
                story.extend(afspraak_flowables(v))
                section = h1 + (" > " + h2 if h2 else "")
                afs.append((key, section, v))
            story.append(Spacer(1, 4))
        elif kind == "table":
            story.append(Spacer(1, 2))
            story.append(data_table(b[1], b[2]))
            story.append(Spacer(1, 8))
        elif kind == "sign":
            story.append(Paragraph(esc(b[1]), ST["body"]))
            story.append(Spacer(1, 6))
            story.append(sign_table(b[2]))
        elif kind == "list":
            for it in b[1]:
                story.append(Paragraph(esc(it), ST["body"]))
        elif kind == "break":
            story.append(PageBreak())
    doc.multiBuild(story)
    return afs


def build_bod(blocks, path):
    title = "Bod 2025 Heidezoom Wonen aan de gemeente Zandmere – overzicht van voorgenomen werkzaamheden"
    doc = LetterDoc(path, title, title="Bod 2025", author="Heidezoom Wonen")
    story = []
    story.append(Paragraph("Heidezoom Wonen", ParagraphStyle("lh", fontName="Helvetica-Bold", fontSize=20,
                                                             leading=24, textColor=DARK)))
    story.append(Paragraph("Postbus 140, 4870 AC Zandmere  ·  Heidezoomplein 2  ·  0165 44 12 00  ·  "
                           "www.heidezoomwonen.nl", ST["small"]))
    story.append(Spacer(1, 14 * mm))
    addr = ParagraphStyle("addr", fontName="Helvetica", fontSize=10, leading=13)
    for line in ("Het college van burgemeester en wethouders", "van de gemeente Zandmere", "Postbus 50",
                 "4870 AA  Zandmere"):
        story.append(Paragraph(line, addr))
    story.append(Spacer(1, 12 * mm))
    meta = [["Datum", "25 juni 2024"], ["Ons kenmerk", "HW/DIR/2024/0187"],
            ["Onderwerp", "Bod 2025 op de woonvisie Thuis in Zandmere"],
            ["Bijlagen", "3"]]
    mt = Table([[Paragraph(a, ST["small"]), Paragraph(esc(b), ST["cell"])] for a, b in meta],
               colWidths=[28 * mm, 110 * mm])
    mt.hAlign = "LEFT"
    mt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(mt)
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph("Geacht college,", ST["body"]))
    story.append(Spacer(1, 2))
    afs = []
    theme = None
    n = 0
    for b in blocks:
        if b[0] == "p":
            story.append(Paragraph(esc(b[1]), ST["body"]))
        elif b[0] == "theme":
            theme = b[1]
            story.append(CondPageBreak(30 * mm))
            story.append(Paragraph(esc(theme), ST["theme"]))
        elif b[0] == "items":
            for key in b[1]:
                n += 1
                v = C.AF[key]["versions"]["bod"]
                story.extend(afspraak_flowables(v, style="item", bullet="%d)" % n))
                afs.append((key, theme, v, "%d)" % n))
            story.append(Spacer(1, 3))
    story.append(Spacer(1, 4))
    story.append(Paragraph("Met vriendelijke groet,", ST["body"]))
    story.append(Paragraph("Heidezoom Wonen", ST["body"]))
    story.append(Spacer(1, 18))
    sig = Table([[Paragraph("ir. T.J. Schuttevaer", ST["cell"]), Paragraph("drs. S. Oudeboon", ST["cell"])],
                 [Paragraph("directeur-bestuurder", ST["cell"]),
                  Paragraph("manager Wonen en Vastgoed", ST["cell"])]],
                colWidths=[75 * mm, 75 * mm])
    sig.hAlign = "LEFT"
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([sig]))
    story.append(Spacer(1, 12))
    story.append(Paragraph("Bijlagen: financiële onderbouwing bod 2025; nieuwbouwprogramma 2025-2029; reactie "
                           "van Huurdersbelangenvereniging De Zandloper", ST["small"]))
    story.append(Paragraph("Afschrift: Huurdersbelangenvereniging De Zandloper", ST["small"]))
    doc.multiBuild(story)
    return afs


# --------------------------------------------------------------------------------------------------
def body_pages(path):
    """Whitespace-normalised body text per page (header and footer cropped away)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            crop = page.crop((0, BODY_TOP_CROP, page.width, page.height - BODY_BOTTOM_CROP))
            out.append(crop.extract_text() or "")
        n = len(pdf.pages)
    return out, n


def dehyphen(t):
    return re.sub(r"(\w)-\n(\w)", r"\1\2", t)


def locate_pages(path, items):
    pages, n = body_pages(path)
    normp = [norm(dehyphen(p)) for p in pages]
    joined = ""
    starts = []
    for p in normp:
        starts.append(len(joined))
        joined += p + " "
    cursor = 0
    result = []
    for text in items:
        probe = norm(text)[:45]
        i = joined.find(probe, cursor)
        if i < 0:
            raise SystemExit("cannot locate afspraak start in %s: %r" % (path, probe))
        page = max(k for k, s in enumerate(starts) if s <= i) + 1
        result.append(page)
        cursor = i + len(probe)
    return result, n


def gold_afspraak(key, number, section, version, page):
    themes = C.AF[key]["themes"]
    return {"key": key, "number": number, "section": section, "party": None, "theme": themes[0],
            "themes": themes, "page": page, "text": norm(full_text(version)), "trekker": None, "planning": None,
            "attributes": {}, "frame": version["frame"]}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def doc_meta(doc_id, typ, year, years, pages, layout):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": years, "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP], "huurdersorganisaties": [C.HBV], "pages": pages,
            "layout": layout}


def write_pair(old_id, new_id, spec, old_keys, new_keys):
    links = []
    for o, nk, status, kinds, hn in spec:
        links.append({"old": o, "new": nk, "status": status, "kinds": kinds, "hard_negative": hn})
    covered = {l["new"] for l in links if l["new"]}
    for k in new_keys:  # afspraken of the new document that have no predecessor
        if k not in covered:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    # sanity: coverage
    assert sorted(k for k in (l["old"] for l in links) if k) == sorted(old_keys), (old_id, new_id, "old coverage")
    assert sorted(k for k in (l["new"] for l in links) if k) == sorted(new_keys), (old_id, new_id, "new coverage")
    write_json(os.path.join(PAIR_DIR, "%s__%s.json" % (old_id, new_id)),
               {"old": old_id, "new": new_id, "links": links})


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    keys = {}
    # agreements
    for year, blocks, parties, date_text in (
            (2025, D.agreement_2025(), D.PARTIES_2025, "12 december 2024"),
            (2026, D.agreement_2026(), D.PARTIES_2026, "11 december 2025")):
        doc_id = "%s-%d" % (FAMILY, year)
        path = os.path.join(PDF_DIR, doc_id + ".pdf")
        afs = build_agreement(year, blocks, path, parties, date_text)
        pages, n = locate_pages(path, [full_text(v) for _, _, v in afs])
        gold = {"document": doc_meta(doc_id, "prestatieafspraken", year, [year], n,
                                     "chapters-runin-bullets"),
                "afspraken": [gold_afspraak(k, None, s, v, p) for (k, s, v), p in zip(afs, pages)]}
        write_json(os.path.join(GOLD_DIR, doc_id + ".json"), gold)
        keys[doc_id] = [k for k, _, _ in afs]
    # bod
    doc_id = "%s-bod-2025" % FAMILY
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    afs = build_bod(D.bod_2025(), path)
    pages, n = locate_pages(path, [full_text(v) for _, _, v, _ in afs])
    gold = {"document": doc_meta(doc_id, "bod", 2025, [2025], n, "bod-letter-numbered-items"),
            "afspraken": [gold_afspraak(k, num, s, v, p) for (k, s, v, num), p in zip(afs, pages)]}
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"), gold)
    keys[doc_id] = [k for k, _, _, _ in afs]
    for k in keys.values():
        assert len(k) == len(set(k))
    write_pair("zandmere-bod-2025", "zandmere-2025", C.PAIR_BOD, keys["zandmere-bod-2025"], keys["zandmere-2025"])
    write_pair("zandmere-2025", "zandmere-2026", C.PAIR_2526, keys["zandmere-2025"], keys["zandmere-2026"])
    for k, v in keys.items():
        print(k, len(v), "afspraken")


if __name__ == "__main__":
    main()
