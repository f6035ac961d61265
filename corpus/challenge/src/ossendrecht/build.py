# -*- coding: utf-8 -*-
"""Build the ossendrecht family: three verslagen of the bestuurlijk overleg prestatieafspraken.

Run from /work/main:  .venv/bin/python corpus/challenge/src/ossendrecht/build.py
"""
import io
import json
import os
import re
import sys

import pdfplumber
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import minutes as MN  # noqa: E402

FAMILY = "ossendrecht"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
LAYOUT = "notulen-besluitenlijst"

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY,
                      spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12)
SMALLB = ParagraphStyle("smallb", fontName="Helvetica-Bold", fontSize=9, leading=12)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
CELLB = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11.5)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rows_for_year(year):
    """Afspraken of a year in table order: list of dicts."""
    items = []
    for idx, (key, (themes, versions)) in enumerate(C.A.items()):
        if year not in versions:
            continue
        v = versions[year]
        sec, text, wie, uit, frame = v[:5]
        order = v[5] if len(v) > 5 else idx
        items.append({"key": key, "sec": sec, "text": text, "wie": wie, "uit": uit, "frame": frame,
                      "themes": themes, "order": order})
    items.sort(key=lambda r: (C.SEC_ORDER.index(r["sec"]), r["order"]))
    for i, r in enumerate(items, 1):
        r["number"] = "%02d-%02d" % (year % 100, i)
    return items


def header_footer(year, date_txt, total):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(2 * cm, A4[1] - 1.2 * cm,
                        "Verslag bestuurlijk overleg prestatieafspraken Ossendrecht")
        canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, date_txt)
        canv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        canv.drawString(2 * cm, 1.1 * cm, "Afsprakenjaar %d" % year)
        canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Pagina %d van %s" % (doc.page, total))
        canv.restoreState()
    return draw


def afspraken_table(year, items):
    secs = C.SECTIONS[year]
    data = [[Paragraph("Nr", CELLB), Paragraph("Afspraak", CELLB), Paragraph("Wie", CELLB),
             Paragraph("Uiterlijk", CELLB)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
             ("VALIGN", (0, 0), (1, -1), "TOP"),
             ("VALIGN", (2, 0), (3, -1), "BOTTOM"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    cur = None
    thema_nr = 0
    for r in items:
        if r["sec"] != cur:
            cur = r["sec"]
            thema_nr += 1
            data.append([Paragraph("Thema %d. %s" % (thema_nr, secs[cur]), CELLB), "", "", ""])
            n = len(data) - 1
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#eeeeee"))]
        data.append([Paragraph(r["number"], CELL), Paragraph(esc(r["text"]), CELL),
                     Paragraph(esc(r["wie"]), CELL), Paragraph(esc(r["uit"]), CELL)])
    t = Table(data, colWidths=[1.35 * cm, 10.15 * cm, 3.0 * cm, 2.5 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def actie_table(acties):
    data = [[Paragraph("Nr", CELLB), Paragraph("Actiepunt", CELLB), Paragraph("Wie", CELLB),
             Paragraph("Gereed", CELLB)]]
    for i, (txt, wie, when) in enumerate(acties, 1):
        data.append([Paragraph("A%d" % i, CELL), Paragraph(esc(txt), CELL), Paragraph(esc(wie), CELL),
                     Paragraph(esc(when), CELL)])
    t = Table(data, colWidths=[1.35 * cm, 10.15 * cm, 3.0 * cm, 2.5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def story_for(year, items):
    m = MN.MINUTES[year]
    st = [Paragraph("Verslag bestuurlijk overleg prestatieafspraken %d" % year, H1),
          Paragraph("Gemeente Ossendrecht, Woonstichting De Kreekrug, Woningbouwvereniging Zuidhof, "
                    "Huurdersbelang De Kreek en Huurdersraad Zuidhof", SMALLB), Spacer(1, 8)]
    hb = [[Paragraph("Datum", SMALLB), Paragraph(m["datum"], SMALL)],
          [Paragraph("Locatie", SMALLB), Paragraph(m["locatie"], SMALL)],
          [Paragraph("Aanwezig", SMALLB), Paragraph("<br/>".join(esc(x) for x in m["aanwezig"]), SMALL)],
          [Paragraph("Afwezig", SMALLB), Paragraph(esc(m["afwezig"]), SMALL)],
          [Paragraph("Notulist", SMALLB), Paragraph(esc(m["notulist"]), SMALL)]]
    t = Table(hb, colWidths=[2.6 * cm, 14.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]))
    st += [t, Spacer(1, 10)]
    for title, paras in m["items"]:
        st.append(Paragraph(esc(title), H2))
        for p in paras:
            if isinstance(p, list):  # kerncijfers table
                tt = Table([[Paragraph(esc(c), CELLB if i == 0 else CELL) for c in row]
                            for i, row in enumerate(p)],
                           colWidths=[8.5 * cm, 2.8 * cm, 2.8 * cm])
                tt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
                st += [tt, Spacer(1, 6)]
            else:
                st.append(Paragraph(esc(p), BODY))
    st.append(Paragraph("Besluitenlijst / Afsprakenlijst %d" % year, H2))
    st.append(Paragraph(esc(m["besluit_intro"]), BODY))
    st.append(afspraken_table(year, items))
    st.append(Spacer(1, 10))
    st.append(KeepTogether([Paragraph("Actiepuntenlijst", H2), Paragraph(esc(m["actie_intro"]), BODY),
                            actie_table(m["acties"])]))
    st.append(Spacer(1, 12))
    st.append(Paragraph(esc(m["vastgesteld"]), SMALLB))
    return st


def render(year, items, total):
    m = MN.MINUTES[year]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1,
                            title="Verslag bestuurlijk overleg prestatieafspraken Ossendrecht %d" % year,
                            author="Gemeente Ossendrecht")
    hf = header_footer(year, m["datum"], total)
    doc.build(story_for(year, items), onFirstPage=hf, onLaterPages=hf)
    return buf.getvalue()


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in C.YEARS:
        items = rows_for_year(year)
        pdf = render(year, items, "?")
        with pdfplumber.open(io.BytesIO(pdf)) as p:
            n = len(p.pages)
        pdf = render(year, items, n)
        doc_id = "%s-%d" % (FAMILY, year)
        path = os.path.join(OUT, "pdf", doc_id + ".pdf")
        with open(path, "wb") as fh:
            fh.write(pdf)
        with pdfplumber.open(path) as p:
            pages = [norm(pg.extract_text() or "") for pg in p.pages]
        afs = []
        for r in items:
            page = None
            for i, t in enumerate(pages, 1):
                if (r["number"] + " " + r["text"]) in t:
                    page = i
                    break
            if page is None:
                raise SystemExit("not found on any page: %s %s" % (doc_id, r["key"]))
            afs.append({"key": r["key"], "number": r["number"],
                        "section": "Besluitenlijst / Afsprakenlijst %d > %s" % (year, C.SECTIONS[year][r["sec"]]),
                        "party": None, "theme": r["themes"][0], "themes": list(r["themes"]), "page": page,
                        "text": r["text"], "trekker": r["wie"], "planning": r["uit"], "attributes": {},
                        "frame": r["frame"]})
        gold = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                             "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                             "corporaties": C.CORPORATIES, "huurdersorganisaties": C.HUURDERS,
                             "pages": n, "layout": LAYOUT},
                "afspraken": afs}
        golds[year] = gold
        with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        print(doc_id, n, "pages", len(afs), "afspraken", len(pdf) // 1024, "KB")
    for (a, b), st in C.PAIRS.items():
        old_keys = [x["key"] for x in golds[a]["afspraken"]]
        new_keys = [x["key"] for x in golds[b]["afspraken"]]
        links = []
        for k in old_keys + [k for k in new_keys if k not in old_keys]:
            status, kinds, hn = st[k]
            links.append({"old": k if k in old_keys else None, "new": k if k in new_keys else None,
                          "status": status, "kinds": kinds, "hard_negative": hn})
        oid, nid = "%s-%d" % (FAMILY, a), "%s-%d" % (FAMILY, b)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), "w", encoding="utf-8") as fh:
            json.dump({"old": oid, "new": nid, "links": links}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
