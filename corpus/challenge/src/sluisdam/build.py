# -*- coding: utf-8 -*-
"""Render the Sluisdam family (prestatieafspraken 2023, 2024, 2025) and write the gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/sluisdam/build.py
"""
import json
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,  # noqa: E402
                                Spacer, Table, TableStyle, NextPageTemplate, KeepTogether)

import afspraken_data as AD  # noqa: E402
import documenten as DOC  # noqa: E402

FAMILY = "sluisdam"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
YEARS = (2023, 2024, 2025)
LAYOUT = "unnumbered-prose"

TEAL = colors.Color(0.05, 0.30, 0.38)
GREY = colors.Color(0.35, 0.35, 0.35)
PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 25 * mm, 30 * mm, 22 * mm

ST_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, alignment=TA_JUSTIFY,
                         spaceAfter=7)
ST_H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=TEAL,
                       spaceBefore=10, spaceAfter=8, keepWithNext=1)
ST_H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, textColor=TEAL,
                       spaceBefore=6, spaceAfter=5, keepWithNext=1)
ST_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5, alignment=TA_LEFT)
ST_CELLB = ParagraphStyle("cellb", parent=ST_CELL, fontName="Helvetica-Bold", textColor=colors.white)
ST_TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=15)
ST_COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=30, leading=36, textColor=TEAL)
ST_COVER_S = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=18, textColor=GREY)
ST_COVER_P = ParagraphStyle("cp", fontName="Helvetica-Bold", fontSize=12, leading=18)


class AfsPara(Paragraph):
    """A paragraph carrying an afspraak key (so its page can be recorded)."""

    afs_key = None

    def split(self, availWidth, availHeight):
        parts = Paragraph.split(self, availWidth, availHeight)
        for p in parts:
            p.afs_key = self.afs_key
        return parts


class HeadPara(Paragraph):
    toc_entry = None


def make_canvas_class(year):
    title = f"Prestatieafspraken Sluisdam {year}"

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            rl_canvas.Canvas.__init__(self, *args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _logo(self, x, y, scale=1.0):
            w, h = 34 * mm * scale, 11 * mm * scale
            self.setFillColor(TEAL)
            self.rect(x, y, w, h, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self.setFont("Helvetica-Bold", 10.5 * scale)
            self.drawString(x + 2.5 * mm * scale, y + h - 5 * mm * scale, "SLUISDAM")
            self.setFont("Helvetica", 6 * scale)
            self.drawString(x + 2.5 * mm * scale, y + 2.2 * mm * scale, "wonen  |  samen  |  afspraken")
            self.setFillColor(colors.black)

        def _decorate(self, total):
            n = self._pageNumber
            if n == 1:
                self._logo(LEFT, PAGE_H - 62 * mm, scale=1.8)
                self.setFillColor(TEAL)
                self.rect(0, 0, PAGE_W, 14 * mm, stroke=0, fill=1)
                self.setFillColor(colors.black)
                return
            self._logo(LEFT, PAGE_H - 19 * mm)
            self.setFont("Helvetica", 8)
            self.setFillColor(GREY)
            self.drawRightString(PAGE_W - RIGHT, PAGE_H - 12 * mm, title)
            self.drawRightString(PAGE_W - RIGHT, PAGE_H - 16 * mm,
                                 "Gemeente Sluisdam  ·  Lindewaard  ·  Oeverland  ·  Huurdersplatform")
            self.setStrokeColor(TEAL)
            self.setLineWidth(0.6)
            self.line(LEFT, PAGE_H - 21.5 * mm, PAGE_W - RIGHT, PAGE_H - 21.5 * mm)
            self.line(LEFT, 15 * mm, PAGE_W - RIGHT, 15 * mm)
            self.drawString(LEFT, 10.5 * mm, title)
            self.drawRightString(PAGE_W - RIGHT, 10.5 * mm, f"Pagina {n} van {total}")
            self.setFillColor(colors.black)

    return NumberedCanvas


class Doc(BaseDocTemplate):
    def __init__(self, filename, **kw):
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                                 topMargin=TOP, bottomMargin=BOTTOM, invariant=1, **kw)
        frame = Frame(LEFT, BOTTOM, PAGE_W - LEFT - RIGHT, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(LEFT, 30 * mm, PAGE_W - LEFT - RIGHT, PAGE_H - 110 * mm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[cover]),
                               PageTemplate(id="body", frames=[frame])])
        self.afs_pages = {}
        self.head_pages = {}

    def afterFlowable(self, fl):
        key = getattr(fl, "afs_key", None)
        if key and key not in self.afs_pages:
            self.afs_pages[key] = self.page
        entry = getattr(fl, "toc_entry", None)
        if entry and entry not in self.head_pages:
            self.head_pages[entry] = self.page


def table_flowable(header, rows, widths, zebra=True):
    data = [[Paragraph(escape(h), ST_CELLB) for h in header]]
    for r in rows:
        data.append([Paragraph(escape(c), ST_CELL) for c in r])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.Color(0.7, 0.7, 0.7)),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if zebra:
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.93, 0.96, 0.97)))
    t.setStyle(TableStyle(style))
    return t


def sig_flowable(year):
    sign = DOC.META[year]["sign"]
    cells = []
    for org, name, func in sign:
        cells.append(Paragraph(f"<b>{escape(org)}</b><br/><br/><br/>{escape(name)}<br/>{escape(func)}", ST_CELL))
    data = [[cells[0], cells[1]], [cells[2], cells[3]]]
    t = Table(data, colWidths=[80 * mm, 80 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return t


def build_story(year, head_pages):
    meta = DOC.META[year]
    story = []
    # cover
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(f"Prestatieafspraken {year}", ST_COVER_T))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Afspraken over wonen in Sluisdam tussen", ST_COVER_S))
    story.append(Spacer(1, 6 * mm))
    for org in [DOC.GEMEENTE] + DOC.CORPORATIES + DOC.HUURDERS:
        story.append(Paragraph(escape(org), ST_COVER_P))
    story.append(Spacer(1, 14 * mm))
    story.append(Paragraph(f"Vastgesteld in het bestuurlijk overleg van {meta['overleg']}<br/>"
                           f"Ondertekend te Sluisdam op {meta['signed']}", ST_COVER_S))
    story.append(NextPageTemplate("body"))
    story.append(PageBreak())
    # toc
    blocks = DOC.structure(year)
    entries = []
    for b in blocks:
        if b[0] == "h1":
            entries.append(f"{b[1]} {b[2]}")
        elif b[0] == "h1x":
            entries.append(b[1])
    story.append(Paragraph("Inhoud", ST_H1))
    rows = [[Paragraph(escape(e), ST_TOC), Paragraph(str(head_pages.get(e, 0)), ST_TOC)] for e in entries]
    toc = Table(rows, colWidths=[145 * mm, 15 * mm])
    toc.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                                                   colors.Color(0.8, 0.8, 0.8))]))
    story.append(toc)
    story.append(PageBreak())

    gold = []
    h1 = h2 = None
    first_h1 = True
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            h1, h2 = f"{b[1]} {b[2]}", None
            if not first_h1 and b[1] in ("2", "7"):
                story.append(PageBreak())
            first_h1 = False
            hp = HeadPara(escape(h1), ST_H1)
            hp.toc_entry = h1
            story.append(hp)
        elif kind == "h1x":
            h1, h2 = b[1], None
            hp = HeadPara(escape(b[1]), ST_H1)
            hp.toc_entry = b[1]
            story.append(hp)
        elif kind == "h2":
            h2 = f"{b[1]} {b[2]}"
            story.append(Paragraph(escape(h2), ST_H2))
        elif kind == "p":
            txt = b[1]
            story.append(Paragraph(txt if "<br/>" in txt else escape(txt), ST_BODY))
        elif kind == "a":
            key = b[1]
            info = AD.AFS[key]
            text, frame = info["v"][year]
            para = AfsPara(escape(text), ST_BODY)
            para.afs_key = key
            story.append(para)
            gold.append({
                "key": key,
                "number": None,
                "section": h1 if h2 is None else f"{h1} > {h2}",
                "party": None,
                "theme": info["themes"][0],
                "themes": list(info["themes"]),
                "page": None,
                "text": text,
                "trekker": None,
                "planning": None,
                "attributes": {},
                "frame": frame,
            })
        elif kind == "table":
            story.append(table_flowable(b[1], b[2], b[3]))
            story.append(Spacer(1, 4 * mm))
        elif kind == "sig":
            story.append(sig_flowable(year))
            story.append(Spacer(1, 4 * mm))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    return story, gold


def render(year):
    path = os.path.join(OUT, "pdf", f"{FAMILY}-{year}.pdf")
    head_pages = {}
    for _ in range(3):
        story, gold = build_story(year, head_pages)
        doc = Doc(path, title=f"Prestatieafspraken Sluisdam {year}", author="Gemeente Sluisdam",
                  subject="Prestatieafspraken", creator="Sluisdam")
        doc.build(story, canvasmaker=make_canvas_class(year))
        if doc.head_pages == head_pages:
            break
        head_pages = dict(doc.head_pages)
    else:
        raise RuntimeError("toc did not converge")
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        n_pages = len(pdf.pages)
    for g in gold:
        g["page"] = doc.afs_pages[g["key"]]
    return gold, n_pages


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    docs = {}
    for year in YEARS:
        gold, n_pages = render(year)
        doc_id = f"{FAMILY}-{year}"
        out = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                            "years": [year], "gemeente": DOC.GEMEENTE, "gemeenten": [DOC.GEMEENTE],
                            "corporaties": list(DOC.CORPORATIES), "huurdersorganisaties": list(DOC.HUURDERS),
                            "pages": n_pages, "layout": LAYOUT},
               "afspraken": gold}
        docs[year] = out
        with open(os.path.join(OUT, "gold", f"{doc_id}.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{doc_id}: {n_pages} pages, {len(gold)} afspraken")
    for (y0, y1), links in AD.PAIRS.items():
        old_id, new_id = f"{FAMILY}-{y0}", f"{FAMILY}-{y1}"
        out = {"old": old_id, "new": new_id,
               "links": [{"old": o, "new": n, "status": s, "kinds": list(k), "hard_negative": h}
                         for o, n, s, k, h in links]}
        with open(os.path.join(OUT, "gold", "pairs", f"{old_id}__{new_id}.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"pair {old_id}__{new_id}: {len(links)} links")


if __name__ == "__main__":
    main()
