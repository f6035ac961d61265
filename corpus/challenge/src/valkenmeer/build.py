# -*- coding: utf-8 -*-
"""Build the valkenmeer family: PDFs + gold JSON (run from /work/main)."""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle,  # noqa: E402
                                KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
import pdfplumber  # noqa: E402

import data  # noqa: E402
from layout import layout, SIGN, BIJLAGEN  # noqa: E402

FAMILY = "valkenmeer"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "challenge", "dev"))
YEARS = [2025, 2026, 2027]
W, H = A4
BODY_TOP_CROP = 62     # pdfplumber top-origin coordinates of the body area
BODY_BOTTOM_CROP = H - 50

ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                           spaceAfter=7),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5),
    "toc": ParagraphStyle("toc", fontName="Times-Roman", fontSize=11, leading=16),
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=14, leading=20, alignment=TA_CENTER),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
    "cap": ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceAfter=4),
}


def item_texts(keys, year):
    out = []
    for i, k in enumerate(keys):
        t = data.A[k][1][year][0]
        out.append(t + ("." if i == len(keys) - 1 else ";"))
    return out


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **kw):
        rl_canvas.Canvas.__init__(self, *a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.draw_running(n)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def draw_running(self, n):
        pg = self._pageNumber
        if pg == 1:
            return
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(20 * mm, H - 14 * mm, "Prestatieafspraken Valkenmeer %d" % self._year)
        self.drawRightString(W - 20 * mm, H - 14 * mm, "Gemeente Valkenmeer | Reigersland | De Meerkoet")
        self.setStrokeColor(colors.HexColor("#999999"))
        self.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
        self.drawCentredString(W / 2, 11 * mm, "Pagina %d van %d" % (pg, n))


def make_canvas(year):
    class C(NumberedCanvas):
        _year = year
    return C


def story_for(year):
    st = []
    # cover
    st += [Spacer(1, 60 * mm), Paragraph("Prestatieafspraken %d" % year, ST["title"]), Spacer(1, 10 * mm),
           Paragraph("Gemeente Valkenmeer", ST["sub"]), Paragraph("Woonstichting Reigersland", ST["sub"]),
           Paragraph("Huurdersvereniging De Meerkoet", ST["sub"]), Spacer(1, 30 * mm),
           Paragraph("Vastgesteld in het tripartiete overleg van %s" % SIGN[year], ST["sub"]), PageBreak()]
    chapters = layout(year)
    # inhoud
    st.append(Paragraph("Inhoud", ST["h1"]))
    for ct, secs in chapters:
        st.append(Paragraph(escape(ct), ST["toc"]))
        for s, _ in secs:
            if s:
                st.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;" + escape(s), ST["toc"]))
    st.append(Paragraph("8. Ondertekening", ST["toc"]))
    st.append(Paragraph("Bijlagen", ST["toc"]))
    st.append(PageBreak())
    gold = []
    for ct, secs in chapters:
        st.append(Paragraph(escape(ct), ST["h1"]))
        for s, blocks in secs:
            if s:
                st.append(Paragraph(escape(s), ST["h2"]))
            path = ct + (" > " + s if s else "")
            for b in blocks:
                if b[0] == "p":
                    st.append(Paragraph(escape(b[1]), ST["body"]))
                elif b[0] == "table":
                    rows = b[2]
                    tb = Table(rows, colWidths=[110 * mm, 35 * mm])
                    tb.setStyle(TableStyle([
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef2")),
                        ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
                    st.append(KeepTogether([Paragraph(escape(b[1]), ST["cap"]), tb, Spacer(1, 6)]))
                elif b[0] == "list":
                    lead, keys = b[1], b[2]
                    texts = item_texts(keys, year)
                    parts = [escape(lead)]
                    for i, (k, t) in enumerate(zip(keys, texts)):
                        parts.append("(%d) %s" % (i + 1, escape(t)))
                        themes = data.A[k][0]
                        gold.append({"key": k, "number": str(i + 1), "section": path, "party": None,
                                     "theme": themes[0], "themes": list(themes), "page": None, "text": t,
                                     "trekker": None, "planning": None, "attributes": {},
                                     "frame": data.A[k][1][year][1]})
                    st.append(Paragraph(" ".join(parts), ST["body"]))
    # ondertekening
    st.append(Paragraph("8. Ondertekening", ST["h1"]))
    st.append(Paragraph("Aldus overeengekomen en ondertekend te Valkenmeer op %s." % SIGN[year], ST["body"]))
    sig = [["Gemeente Valkenmeer", "Woonstichting Reigersland", "Huurdersvereniging De Meerkoet"],
           ["", "", ""],
           ["M.J. Verhoef-Dekker", "drs. R.A. Oosterbaan", "H. Tiemersma"],
           ["wethouder Wonen", "directeur-bestuurder", "voorzitter"]]
    tb = Table(sig, colWidths=[55 * mm] * 3, rowHeights=[14, 36, 14, 14])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                            ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black)]))
    st.append(KeepTogether([tb]))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph("Bijlagen", ST["h1"]))
    for bl in BIJLAGEN:
        st.append(Paragraph(escape(bl), ST["body"]))
    return st, gold


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_path):
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            c = p.crop((0, BODY_TOP_CROP, p.width, BODY_BOTTOM_CROP))
            out.append(c.extract_text() or "")
    return out


def join_lines(txt):
    # join a hyphen at a line end with the next line (keep hyphen: reportlab only breaks hyphenated compounds)
    txt = re.sub(r"-\n(?=\S)", "-", txt)
    return norm(txt)


def assign_pages(pdf_path, gold):
    pages = [join_lines(t) for t in page_texts(pdf_path)]
    full, starts = "", []
    for t in pages:
        starts.append(len(full))
        full += t + " "
    cur = 0
    for a in gold:
        needle = "(%s) %s" % (a["number"], a["text"])
        i = full.find(needle, cur)
        if i < 0:
            raise SystemExit("not found: %s %r" % (a["key"], needle[:80]))
        pg = max(j for j, s in enumerate(starts) if s <= i)
        a["page"] = pg + 1
        cur = i + len(needle)
    return len(pages)


def build_doc(year):
    doc_id = "%s-%d" % (FAMILY, year)
    pdf_path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    doc = SimpleDocTemplate(pdf_path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                            bottomMargin=20 * mm, title="Prestatieafspraken Valkenmeer %d" % year,
                            author="Gemeente Valkenmeer", invariant=1)
    story, gold = story_for(year)
    doc.build(story, canvasmaker=make_canvas(year))
    npages = assign_pages(pdf_path, gold)
    g = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                      "gemeente": data.GEMEENTE, "gemeenten": [data.GEMEENTE], "corporaties": [data.CORP],
                      "huurdersorganisaties": [data.HO], "pages": npages,
                      "layout": "running prose with inline (n) enumerations"},
         "afspraken": gold}
    with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    return g


def build_pair(old_g, new_g, ann):
    o = {a["key"]: a for a in old_g["afspraken"]}
    n = {a["key"]: a for a in new_g["afspraken"]}
    links = []
    for k, a in o.items():
        if k not in n:
            assert k not in ann, k
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            continue
        same = a["text"] == n[k]["text"]
        if same:
            assert k not in ann, "annotated but identical: " + k
            links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
        else:
            assert k in ann, "changed but not annotated: " + k
            s, kinds, hn = ann[k]
            links.append({"old": k, "new": k, "status": s, "kinds": kinds, "hard_negative": hn})
    for k in n:
        if k not in o:
            assert k not in ann, k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    oid, nid = old_g["document"]["id"], new_g["document"]["id"]
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), "w", encoding="utf-8") as f:
        json.dump({"old": oid, "new": nid, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    gs = {y: build_doc(y) for y in YEARS}
    for (a, b), ann in data.PAIRS.items():
        build_pair(gs[a], gs[b], ann)
    for y in YEARS:
        print(y, gs[y]["document"]["pages"], "pages", len(gs[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
