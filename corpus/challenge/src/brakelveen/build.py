# -*- coding: utf-8 -*-
"""Build the Brakelveen family (prestatieafspraken 2023, 2024, 2025) of the challenge corpus.

Run from /work/main:  .venv/bin/python corpus/challenge/src/brakelveen/build.py
Writes corpus/challenge/dev/pdf/brakelveen-<year>.pdf, the gold JSON and the two pair files.
"""
import io
import json
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import afspraken_data as D  # noqa: E402
import prose as P  # noqa: E402

FAMILY = "brakelveen"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
YEARS = [2023, 2024, 2025]
LAYOUT = "lettered-chapters-bold-A1-hanging-italic-wie-wanneer-line"

# ------------------------------------------------------------------ styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=6, spaceAfter=8,
                    textColor=colors.HexColor("#1f4e5f"))
H2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=14, spaceBefore=6,
                    spaceAfter=5, textColor=colors.HexColor("#1f4e5f"))
AFS = ParagraphStyle("afs", parent=BODY, leftIndent=11 * mm, bulletIndent=0, bulletFontName="Helvetica-Bold",
                     bulletFontSize=9.5, spaceAfter=1.5)
ATTR = ParagraphStyle("attr", fontName="Helvetica-Oblique", fontSize=7.6, leading=9.5, leftIndent=11 * mm,
                      textColor=colors.HexColor("#444444"), spaceAfter=8, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Helvetica-Bold")
COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=30, leading=36, alignment=TA_LEFT,
                         textColor=colors.HexColor("#1f4e5f"))
COVER_S = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_LEFT)
COVER_P = ParagraphStyle("cp", fontName="Helvetica", fontSize=11, leading=16, alignment=TA_LEFT)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=15)


class Marker(Flowable):
    """Zero-size flowable that records the page it is drawn on."""

    def __init__(self, registry, name):
        super().__init__()
        self.registry, self.name = registry, name

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.registry.setdefault(self.name, self.canv.getPageNumber())


def make_canvas_class(title):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
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

        def _decorate(self, total):
            n = self._pageNumber
            w, h = A4
            if n == 1:
                return
            self.saveState()
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.HexColor("#1f4e5f"))
            self.drawString(22 * mm, h - 13 * mm, title)
            self.drawRightString(w - 22 * mm, h - 13 * mm, "Gemeente Brakelveen  |  Hof en Veen  |  HV De Brakel")
            self.setStrokeColor(colors.HexColor("#1f4e5f"))
            self.setLineWidth(0.5)
            self.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
            self.setFillColor(colors.black)
            self.setFont("Helvetica", 8)
            self.drawCentredString(w / 2, 11 * mm, "pagina %d / %d" % (n, total))
            self.restoreState()

    return NumberedCanvas


def nb(s):
    return s.replace("  ", "&nbsp;&nbsp;")


def attr_line(ver):
    parts = ["Wie: %s" % ver["wie"], "Wanneer: %s" % ver["wanneer"]]
    if ver.get("status"):
        parts.append("Status: %s" % ver["status"])
    return "&nbsp;&nbsp;|&nbsp;&nbsp;".join(parts)


def ruled_table(data, widths, header=True):
    t = Table(data, colWidths=widths, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
             ("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce9ee"))]
    t.setStyle(TableStyle(style))
    return t


def story_for(year, toc_pages, reg):
    """Return (story, afspraken list in reading order)."""
    st = []
    afs = []
    sign = P.SIGN[year]
    # ---- cover
    st += [Spacer(1, 45 * mm), Paragraph("Prestatieafspraken %d" % year, COVER_T), Spacer(1, 6 * mm),
           Paragraph("Gemeente Brakelveen, Woonstichting Hof en Veen en Huurdersvereniging De Brakel", COVER_S),
           Spacer(1, 10 * mm),
           Paragraph("Jaarafspraken ter uitvoering van de Woonvisie Brakelveen 2021-2026 ‘Thuis in Brakelveen’",
                     COVER_P),
           Spacer(1, 60 * mm),
           Paragraph("Partijen:", COVER_P),
           Paragraph("%s<br/>%s<br/>%s" % (P.GEMEENTE, P.CORP, P.HO), COVER_P),
           Spacer(1, 8 * mm),
           Paragraph("Ondertekend te Brakelveen op %s" % sign[0], COVER_P),
           PageBreak()]
    # ---- inhoud
    entries = [("Inleiding en leeswijzer", "inl"), ("Terugblik op %d en kerncijfers" % (year - 1), "tb")]
    for letter, title, _subs in D.STRUCTURE[year]:
        entries.append(("%s&nbsp;&nbsp;&nbsp;%s" % (letter, title), "ch" + letter))
    entries += [("Slotbepalingen", "slot"), ("Ondertekening", "sign"), ("Bijlagen", "bijl")]
    st.append(Paragraph("Inhoud", H1))
    rows = []
    for label, name in entries:
        rows.append([Paragraph(label, TOC), Paragraph(str(toc_pages.get(name, 0)), TOC)])
    t = Table(rows, colWidths=[140 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    st += [t, PageBreak()]
    # ---- inleiding
    st += [KeepTogether([Marker(reg, "inl"), Paragraph("Inleiding en leeswijzer", H1)])]
    st += [Paragraph(p, BODY) for p in P.INLEIDING[year]]
    st.append(Paragraph("Leeswijzer", H2))
    st += [Paragraph(p, BODY) for p in P.LEESWIJZER]
    # ---- terugblik + kerncijfers
    st += [CondPageBreak(60 * mm), KeepTogether([Marker(reg, "tb"),
                                                Paragraph("Terugblik op %d en kerncijfers" % (year - 1), H1)])]
    st += [Paragraph(p, BODY) for p in P.TERUGBLIK[year]]
    y0, y1 = year - 2, year - 1
    data = [["Kerncijfer", "%d" % y0, "%d" % y1]]
    for label, vals in P.KC_ROWS:
        data.append([label, vals[y0], vals[y1]])
    st.append(Spacer(1, 2 * mm))
    st.append(KeepTogether([Paragraph("Tabel 1. Kerncijfers Hof en Veen in Brakelveen (peildatum 31 december)",
                                      SMALLB), Spacer(1, 1.5 * mm),
                            ruled_table(data, [95 * mm, 30 * mm, 30 * mm])]))
    st.append(Paragraph("Bron: jaarverslagen Hof en Veen, WoonVeen en gemeente Brakelveen.", SMALL))
    # ---- chapters with afspraken
    for letter, title, subs in D.STRUCTURE[year]:
        st.append(PageBreak() if letter in ("A", "C", "E") else CondPageBreak(70 * mm))
        st.append(KeepTogether([Marker(reg, "ch" + letter),
                                Paragraph(nb("%s   %s" % (letter, title)), H1),
                                Paragraph(P.CH_INTRO[letter][year], BODY)]))
        n = 0
        for sub, keys in subs:
            head = []
            if sub:
                head.append(Paragraph(sub, H2))
                intro = P.SUB_INTRO.get((letter, sub))
                if intro:
                    head.append(Paragraph(intro, BODY))
            for i, key in enumerate(keys):
                n += 1
                number = "%s%d" % (letter, n)
                ver = D.version(key, year)
                entry = D.AF[key]
                section = "%s %s" % (letter, title) + (" > %s" % sub if sub else "")
                mk = Marker(reg, "af:" + key)
                para = Paragraph(ver["text"], AFS, bulletText=number)
                block = ([] if i else head) + [mk, para, Paragraph(attr_line(ver), ATTR)]
                st.append(KeepTogether(block))
                afs.append({"key": key, "number": number, "section": section, "party": None,
                            "theme": entry["theme"], "themes": entry["themes"], "text": ver["text"],
                            "trekker": ver["wie"], "planning": ver["wanneer"],
                            "attributes": ({"status": ver["status"]} if ver.get("status") else {}),
                            "frame": ver["frame"]})
    # ---- slot
    st += [PageBreak(), KeepTogether([Marker(reg, "slot"), Paragraph("Slotbepalingen", H1)])]
    for head, txt in P.SLOT.items():
        st += [Paragraph(head, H2), Paragraph(txt.format(y=year), BODY)]
    # ---- ondertekening
    st += [Spacer(1, 4 * mm), KeepTogether([
        Marker(reg, "sign"), Paragraph("Ondertekening", H1),
        Paragraph("Aldus overeengekomen en ondertekend te Brakelveen op %s." % sign[0], BODY),
        Spacer(1, 4 * mm),
        sign_table(sign)])]
    # ---- bijlagen
    st += [PageBreak(), KeepTogether([Marker(reg, "bijl"), Paragraph("Bijlagen", H1)]),
           Paragraph("Bij deze prestatieafspraken horen de volgende bijlagen:", BODY),
           Paragraph("Bijlage 1. Nieuwbouwprogramma sociale huur Hof en Veen<br/>Bijlage 2. Begrippen<br/>"
                     "Bijlage 3. Bod van Hof en Veen (separaat gepubliceerd)", BODY),
           Paragraph("Bijlage 1. Nieuwbouwprogramma sociale huur Hof en Veen", H2)]
    data = [["Project", "Kern", "Aantal", "Oplevering"]] + [list(r) for r in P.NIEUWBOUW_BIJLAGE[year]]
    st.append(ruled_table(data, [65 * mm, 35 * mm, 25 * mm, 35 * mm]))
    st.append(Paragraph("Het programma is indicatief; aantallen en jaren kunnen wijzigen door planologische "
                        "procedures en marktomstandigheden.", SMALL))
    st.append(Paragraph("Bijlage 2. Begrippen", H2))
    for term, expl in P.BEGRIPPEN:
        st.append(Paragraph("<b>%s</b>: %s" % (term, expl), BODY))
    return st, afs


def sign_table(sign):
    date, g_name, g_fn, c_name, c_fn, h_name, h_fn = sign
    cells = []
    for org, name, fn in ((P.GEMEENTE, g_name, g_fn), (P.CORP, c_name, c_fn), (P.HO, h_name, h_fn)):
        cells.append(Paragraph("<b>%s</b><br/><br/><br/><br/>______________________<br/>%s<br/>%s" % (org, name, fn),
                               SMALL))
    t = Table([cells], colWidths=[55 * mm, 55 * mm, 55 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def render(year, toc_pages):
    reg = {}
    st, afs = story_for(year, toc_pages, reg)
    buf = io.BytesIO()
    title = "Prestatieafspraken Brakelveen %d" % year
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title, author="Gemeente Brakelveen",
                            subject="Prestatieafspraken", creator="brakelveen build", invariant=1)
    doc.build(st, canvasmaker=make_canvas_class(title))
    return buf.getvalue(), reg, afs, doc.page


def build_year(year):
    toc = {}
    for _ in range(4):
        pdf, reg, afs, _p = render(year, toc)
        new_toc = {k: v for k, v in reg.items() if not k.startswith("af:")}
        if new_toc == toc:
            break
        toc = new_toc
    import pdfplumber  # page count from the file itself
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        pages = len(p.pages)
    for a in afs:
        a["page"] = reg["af:" + a["key"]]
    return pdf, afs, pages


def ordered(a):
    keys = ["key", "number", "section", "party", "theme", "themes", "page", "text", "trekker", "planning",
            "attributes", "frame"]
    return {k: a[k] for k in keys}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    docs = {}
    for year in YEARS:
        pdf, afs, pages = build_year(year)
        doc_id = "%s-%d" % (FAMILY, year)
        with open(os.path.join(OUT, "pdf", doc_id + ".pdf"), "wb") as f:
            f.write(pdf)
        gold = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                             "years": [year], "gemeente": "Brakelveen", "gemeenten": ["Brakelveen"],
                             "corporaties": [P.CORP], "huurdersorganisaties": [P.HO], "pages": pages,
                             "layout": LAYOUT},
                "afspraken": [ordered(a) for a in afs]}
        with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        docs[year] = [a["key"] for a in afs]
        print("%s: %d pages, %d afspraken, %d bytes" % (doc_id, pages, len(afs), len(pdf)))
    for (y0, y1), ann in D.PAIRS.items():
        old, new = docs[y0], docs[y1]
        links = []
        for k in old + [k for k in new if k not in old]:
            status, kinds, hn = ann[k]
            if k not in new:
                assert status == "dropped", k
            elif k not in old:
                assert status == "new", k
            links.append({"old": k if k in old else None, "new": k if k in new else None, "status": status,
                          "kinds": kinds, "hard_negative": hn})
        assert set(ann) == set(old) | set(new), set(ann) ^ (set(old) | set(new))
        pid = "%s-%d__%s-%d" % (FAMILY, y0, FAMILY, y1)
        with open(os.path.join(OUT, "gold", "pairs", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump({"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}, f,
                      ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
