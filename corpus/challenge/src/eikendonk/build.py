# -*- coding: utf-8 -*-
"""Build the eikendonk family: three yearly prestatieafspraken (2024, 2025, 2026) + gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/eikendonk/build.py
"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import afspraken_data as AD  # noqa: E402
import docs_data as DD  # noqa: E402

FAMILY = "eikendonk"
YEARS = [2024, 2025, 2026]
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
LAYOUT = "roman-chapters-trailing-owner-parenthesis"

PAGE_W, PAGE_H = letter
LM = RM = 2.6 * cm
TM = 2.4 * cm
BM = 2.3 * cm

# ------------------------------------------------------------------ styles
HY = dict(hyphenationLang="nl_NL")
ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY,
                           spaceAfter=6, **HY),
    "afs": ParagraphStyle("afs", fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY,
                          leftIndent=34, bulletIndent=0, bulletFontName="Times-Bold", bulletFontSize=10.5,
                          spaceAfter=7, **HY),
    "party": ParagraphStyle("party", fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY,
                            leftIndent=18, bulletIndent=0, spaceAfter=4, **HY),
    "h1": ParagraphStyle("h1", fontName="Times-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=10,
                         keepWithNext=1),
    "h2": ParagraphStyle("h2", fontName="Times-BoldItalic", fontSize=11.5, leading=14.5, spaceBefore=8,
                         spaceAfter=4, keepWithNext=1),
    "small": ParagraphStyle("small", fontName="Times-Roman", fontSize=9, leading=11),
    "smallb": ParagraphStyle("smallb", fontName="Times-Bold", fontSize=9, leading=11),
    "cell": ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5),
    "cellb": ParagraphStyle("cellb", fontName="Times-Bold", fontSize=9.5, leading=11.5),
    "title": ParagraphStyle("title", fontName="Times-Bold", fontSize=28, leading=34, alignment=TA_CENTER),
    "subtitle": ParagraphStyle("subtitle", fontName="Times-Roman", fontSize=14, leading=18, alignment=TA_CENTER),
    "coverhead": ParagraphStyle("coverhead", fontName="Times-BoldItalic", fontSize=11, leading=14,
                                alignment=TA_LEFT),
    "covername": ParagraphStyle("covername", fontName="Times-Roman", fontSize=13, leading=18, alignment=TA_LEFT),
    "centre": ParagraphStyle("centre", fontName="Times-Italic", fontSize=11, leading=14, alignment=TA_CENTER),
    "toc": ParagraphStyle("toc", fontName="Times-Roman", fontSize=11, leading=15),
}


# ------------------------------------------------------------------ flowables that record their page
class Recorder:
    def __init__(self):
        self.afs_pages = {}
        self.heading_pages = {}


class AParagraph(Paragraph):
    """Afspraak paragraph; records the page on which it starts."""
    rec = None
    akey = None

    def split(self, availWidth, availHeight):
        parts = Paragraph.split(self, availWidth, availHeight)
        for i, p in enumerate(parts):
            p.rec = self.rec
            p.akey = self.akey if i == 0 else None
        return parts

    def draw(self):
        if self.akey and self.rec is not None and self.akey not in self.rec.afs_pages:
            self.rec.afs_pages[self.akey] = self.canv.getPageNumber()
        Paragraph.draw(self)


class HParagraph(Paragraph):
    rec = None
    hkey = None

    def draw(self):
        if self.hkey and self.rec is not None and self.hkey not in self.rec.heading_pages:
            self.rec.heading_pages[self.hkey] = self.canv.getPageNumber()
        Paragraph.draw(self)


def P(text, style="body"):
    return Paragraph(text, ST[style])


# ------------------------------------------------------------------ helpers
def parse_paren(p):
    """'trekker: X; gereed: Y; budget: Z' -> trekker, planning, attributes"""
    trekker = planning = None
    attrs = {}
    if not p:
        return trekker, planning, attrs
    for part in p.split(";"):
        label, value = [s.strip() for s in part.split(":", 1)]
        if label in ("trekker", "eigenaar"):
            trekker = value
        elif label in ("gereed", "termijn"):
            planning = value
        else:
            attrs[label] = value
    return trekker, planning, attrs


def on_page_factory(y):
    def on_page(canv, doc):
        n = canv.getPageNumber()
        if n == 1:
            return
        canv.saveState()
        canv.setFont("Times-Italic", 9)
        canv.drawString(LM, PAGE_H - 1.5 * cm, "Prestatieafspraken Eikendonk %d" % y)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.5 * cm, "Definitief, %s" % DD.SIGNED[y])
        canv.setLineWidth(0.4)
        canv.line(LM, PAGE_H - 1.65 * cm, PAGE_W - RM, PAGE_H - 1.65 * cm)
        canv.setFont("Times-Roman", 10)
        canv.drawCentredString(PAGE_W / 2.0, 1.3 * cm, "- %d -" % n)
        canv.restoreState()
    return on_page


# ------------------------------------------------------------------ story
def build_story(y, rec, toc_pages):
    story = []
    gold = []  # (key, number, section) in reading order

    # ---- cover (two-column parties)
    story.append(Spacer(1, 3.2 * cm))
    story.append(P("Prestatieafspraken %d" % y, "title"))
    story.append(Spacer(1, 0.5 * cm))
    story.append(P("Afspraken over het wonen in de kernen Eikendonk, Heesveld en Molenbeek", "subtitle"))
    story.append(Spacer(1, 2.2 * cm))
    left = [P("Gemeente en woningcorporaties", "coverhead"), Spacer(1, 4)] + \
        [P(n, "covername") for n in ["Gemeente " + DD.GEMEENTE] + DD.CORPORATIES]
    right = [P("Huurdersorganisaties", "coverhead"), Spacer(1, 4)] + [P(n, "covername") for n in DD.HUURDERS]
    t = Table([[left, right]], colWidths=[(PAGE_W - LM - RM) / 2.0] * 2)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBEFORE", (1, 0), (1, 0), 0.5, colors.grey),
                           ("LEFTPADDING", (1, 0), (1, 0), 14)]))
    story.append(t)
    story.append(Spacer(1, 4.5 * cm))
    story.append(P("Ondertekend in het bestuurlijk overleg van %s" % DD.SIGNED[y], "centre"))
    story.append(PageBreak())

    # ---- page 2: inhoudsopgave + partijen
    story.append(P("Inhoudsopgave", "h1"))
    chapters = DD.structure(y)
    toc_rows = [("I", "Inleiding", "h-I")] + [(c[0], c[1], "h-" + c[0]) for c in chapters] + \
        [("", "Ondertekening", "h-sign"), ("", "Bijlagen", "h-bijl")]
    rows = []
    for roman, title, hk in toc_rows:
        rows.append([P(roman, "toc"), P(title, "toc"), P(str(toc_pages.get(hk, 0)), "toc")])
    tt = Table(rows, colWidths=[1.3 * cm, PAGE_W - LM - RM - 3.0 * cm, 1.7 * cm])
    tt.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (1, 0), (1, -1), 0.25, colors.lightgrey)]))
    story.append(tt)
    story.append(Spacer(1, 0.8 * cm))
    story.append(P("Partijen", "h2"))
    story.append(P("De ondergetekenden:"))
    for i, ptxt in enumerate(DD.partijen(y), 1):
        story.append(Paragraph(escape(ptxt), ST["party"], bulletText="%d." % i))
    story.append(P("hierna gezamenlijk te noemen: partijen, komen het volgende overeen."))
    story.append(PageBreak())

    # ---- I Inleiding
    h = HParagraph("I&nbsp;&nbsp;&nbsp;Inleiding", ST["h1"])
    h.rec, h.hkey = rec, "h-I"
    story.append(h)
    for sub, paras in DD.inleiding(y):
        story.append(P(escape(sub), "h2"))
        for para in paras:
            if para == "TABLE":
                data = [[P("Kerncijfer", "cellb"), P("Lindehof", "cellb"), P("Brugwonen", "cellb"),
                         P("Totaal", "cellb")]]
                for r in DD.KERNCIJFERS[y]:
                    data.append([P(escape(c), "cell") for c in r])
                kt = Table(data, colWidths=[7.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
                kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(kt)
                story.append(Spacer(1, 6))
            else:
                story.append(P(escape(para)))

    # ---- chapters II..VII
    for roman, title, intro_key, subs in chapters:
        story.append(CondPageBreak(7 * cm))
        h = HParagraph("%s&nbsp;&nbsp;&nbsp;%s" % (roman, escape(title)), ST["h1"])
        h.rec, h.hkey = rec, "h-" + roman
        story.append(h)
        if intro_key:
            for para in DD.intro(intro_key, y):
                story.append(P(escape(para)))
        n = 0
        for sub, items in subs:
            if sub:
                story.append(P(escape(sub), "h2"))
            for it in items:
                if isinstance(it, tuple):
                    for para in DD.context_paras(it[1], y):
                        story.append(P(escape(para)))
                    continue
                n += 1
                v = AD.AFS[it]["v"][y]
                number = "%s.%d" % (roman, n)
                markup = escape(v["text"])
                if v["p"]:
                    markup += " <i>(%s)</i>" % escape(v["p"])
                ap = AParagraph(markup, ST["afs"], bulletText=number)
                ap.rec, ap.akey = rec, it
                story.append(ap)
                section = "%s %s" % (roman, title) + (" > " + sub if sub else "")
                gold.append((it, number, section))

    # ---- ondertekening
    story.append(PageBreak())
    h = HParagraph("Ondertekening", ST["h1"])
    h.rec, h.hkey = rec, "h-sign"
    story.append(h)
    story.append(P("Aldus overeengekomen en ondertekend te Eikendonk op %s," % DD.SIGNED[y]))
    story.append(Spacer(1, 0.6 * cm))
    sig = DD.signatures(y)
    cells = []
    for org, name, func in sig:
        cells.append([P("<b>%s</b>" % escape(org), "cell"), Spacer(1, 1.3 * cm),
                      P("................................................", "cell"),
                      P(escape(name), "cell"), P(escape(func), "cell")])
    grid = [[cells[0], cells[1]], [cells[2], cells[3]], [cells[4], ""]]
    st = Table(grid, colWidths=[(PAGE_W - LM - RM) / 2.0] * 2)
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 16)]))
    story.append(st)

    # ---- bijlagen
    story.append(PageBreak())
    h = HParagraph("Bijlagen", ST["h1"])
    h.rec, h.hkey = rec, "h-bijl"
    story.append(h)
    blist = ["Bijlage 1&nbsp;&nbsp;Nieuwbouwprogramma sociale huur"]
    if y >= 2025:
        blist.append("Bijlage 2&nbsp;&nbsp;Monitor prestatieafspraken %d (selectie)" % (y - 1))
        blist.append("Bijlage 3&nbsp;&nbsp;Begrippenlijst")
    else:
        blist.append("Bijlage 2&nbsp;&nbsp;Begrippenlijst")
    for b in blist:
        story.append(P(b))
    story.append(P("Bijlage 1&nbsp;&nbsp;Nieuwbouwprogramma sociale huur", "h2"))
    data = [[P(c, "cellb") for c in ("Project", "Kern", "Corporatie", "Aantal", "Oplevering")]]
    for r in DD.NIEUWBOUW[y]:
        data.append([P(escape(c), "cell") for c in r])
    nt = Table(data, colWidths=[5.2 * cm, 2.6 * cm, 2.6 * cm, 1.8 * cm, 3.2 * cm])
    nt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    story.append(nt)
    story.append(Spacer(1, 4))
    story.append(P("Het overzicht geeft de stand bij ondertekening weer; opleverjaren zijn indicatief.", "small"))
    bnum = 2
    if y >= 2025:
        story.append(P("Bijlage 2&nbsp;&nbsp;Monitor prestatieafspraken %d (selectie)" % (y - 1), "h2"))
        prev_numbers = number_map(y - 1)
        data = [[P(c, "cellb") for c in ("Nr.", "Afspraak (verkort)", "Stand van zaken per 1 november %d" % (y - 1))]]
        order = list(prev_numbers)
        for key, subj, status in sorted(DD.MONITOR[y], key=lambda r: order.index(r[0])):
            data.append([P(prev_numbers[key], "cell"), P(escape(subj), "cell"), P(escape(status), "cell")])
        mt = Table(data, colWidths=[1.5 * cm, 6.5 * cm, 7.4 * cm])
        mt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
        story.append(mt)
        bnum = 3
    story.append(P("Bijlage %d&nbsp;&nbsp;Begrippenlijst" % bnum, "h2"))
    for term, defin in DD.BEGRIPPEN:
        story.append(P("<b>%s</b>: %s" % (escape(term), escape(defin))))
    return story, gold


def number_map(y):
    out = {}
    for roman, title, intro_key, subs in DD.structure(y):
        n = 0
        for sub, items in subs:
            for it in items:
                if isinstance(it, tuple):
                    continue
                n += 1
                out[it] = "%s.%d" % (roman, n)
    return out


def render(y, toc_pages, path):
    rec = Recorder()
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          invariant=1, title="Prestatieafspraken Eikendonk %d" % y,
                          author="Gemeente Eikendonk", subject="Prestatieafspraken", creator="eikendonk/build.py")
    frame = Frame(LM, BM, PAGE_W - LM - RM, PAGE_H - TM - BM, id="body")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page_factory(y))])
    story, gold = build_story(y, rec, toc_pages)
    doc.build(story)
    return rec, gold, doc.page


def doc_id(y):
    return "%s-%d" % (FAMILY, y)


def build_year(y):
    path = os.path.join(OUT, "pdf", doc_id(y) + ".pdf")
    rec, _, _ = render(y, {}, path)                     # pass 1: learn heading pages
    rec2, gold, npages = render(y, rec.heading_pages, path)   # pass 2: final
    assert rec2.heading_pages == rec.heading_pages, "TOC page numbers shifted"
    afs = []
    for key, number, section in gold:
        a = AD.AFS[key]
        v = a["v"][y]
        trekker, planning, attrs = parse_paren(v["p"])
        afs.append({
            "key": key,
            "number": number,
            "section": section,
            "party": None,
            "theme": a["themes"][0],
            "themes": list(a["themes"]),
            "page": rec2.afs_pages[key],
            "text": v["text"],
            "trekker": trekker,
            "planning": planning,
            "attributes": attrs,
            "frame": v["f"],
        })
    g = {"document": {"id": doc_id(y), "family": FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
                      "gemeente": DD.GEMEENTE, "gemeenten": [DD.GEMEENTE], "corporaties": list(DD.CORPORATIES),
                      "huurdersorganisaties": list(DD.HUURDERS), "pages": npages, "layout": LAYOUT},
         "afspraken": afs}
    with open(os.path.join(OUT, "gold", doc_id(y) + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return g


def build_pair(y0, y1, g0, g1):
    spec = AD.LINKS[(y0, y1)]
    old_keys = [a["key"] for a in g0["afspraken"]]
    new_keys = [a["key"] for a in g1["afspraken"]]
    links = []
    seen = set()
    for k in old_keys + [k for k in new_keys if k not in old_keys]:
        if k in seen:
            continue
        seen.add(k)
        status, kinds, hn = spec[k]
        links.append({"old": k if k in old_keys else None, "new": k if k in new_keys else None,
                      "status": status, "kinds": list(kinds), "hard_negative": hn})
    p = {"old": doc_id(y0), "new": doc_id(y1), "links": links}
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (doc_id(y0), doc_id(y1))), "w",
              encoding="utf-8") as fh:
        json.dump(p, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build_year(y) for y in YEARS}
    for y0, y1 in zip(YEARS, YEARS[1:]):
        build_pair(y0, y1, golds[y0], golds[y1])
    for y in YEARS:
        print(doc_id(y), golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
