# -*- coding: utf-8 -*-
"""Build the zwanemeer family: PDFs (reportlab, invariant) and gold JSON.

Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/zwanemeer/build.py
"""
import copy
import json
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
LAYOUT = "synopsis"

# synopsis geometry (landscape A4); check.py uses the same numbers
LAND_MARGIN = 40
COLS = [300, 300, 162]

ST = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=8),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=12, leading=16, spaceAfter=18,
                          textColor=colors.HexColor("#1f4e79")),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=14,
                         spaceAfter=8, textColor=colors.HexColor("#1f4e79"), keepWithNext=1),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8,
                         spaceAfter=4, keepWithNext=1),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7,
                           alignment=TA_JUSTIFY),
    "intro": ParagraphStyle("intro", fontName="Helvetica-Oblique", fontSize=9.5, leading=13, spaceAfter=8),
    "afspraak": ParagraphStyle("afspraak", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6,
                               leftIndent=32, bulletIndent=0, bulletFontName="Helvetica-Bold",
                               bulletFontSize=10),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=11),
    "cellh": ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=9, leading=11,
                            textColor=colors.white),
    "note": ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=8.5, leading=11),
    "sig": ParagraphStyle("sig", fontName="Helvetica", fontSize=10, leading=13),
}


class RecPara(Paragraph):
    """Paragraph that records the page on which it is first drawn."""

    def __init__(self, text, style=None, *a, rec=None, **kw):
        Paragraph.__init__(self, text, style, *a, **kw)
        self._rec = rec

    def draw(self):
        if getattr(self, "_rec", None):
            self._rec(self.canv.getPageNumber())
        Paragraph.draw(self)


# --------------------------------------------------------------------------- versions
def resolve():
    """res[year][key] = dict(text, frame, status, kinds, hn, note) | 'drop' | None."""
    res = {}
    prev = {}
    for y in C.YEARS:
        cur = {}
        for a in C.A:
            v = a["versions"].get(y)
            p = prev.get(a["key"])
            if v is None:
                cur[a["key"]] = None
            elif v.get("drop"):
                assert isinstance(p, dict), (a["key"], y)
                cur[a["key"]] = {"drop": True, "note": v["note"]}
            elif v.get("same"):
                assert isinstance(p, dict) and not p.get("drop"), (a["key"], y)
                cur[a["key"]] = dict(text=p["text"], frame=copy.deepcopy(p["frame"]), status="unchanged",
                                     kinds=[], hn=None, note=v["note"])
            else:
                d = dict(v)
                if not (isinstance(p, dict) and not p.get("drop")):
                    d["status"] = "new" if y != C.YEARS[0] else None
                else:
                    assert d["status"] in ("reworded", "weakened", "strengthened"), (a["key"], y)
                    assert d["text"] != p["text"], (a["key"], y)
                cur[a["key"]] = d
        res[y] = cur
        prev = cur
    return res


def live(v):
    return isinstance(v, dict) and not v.get("drop")


def numbering(res, y):
    nums = {}
    for key, num, _title in C.CHAPTERS:
        n = 0
        for a in C.A:
            if a["chapter"] == key and live(res[y][a["key"]]):
                n += 1
                nums[a["key"]] = "%d.%d" % (num, n)
    return nums


# --------------------------------------------------------------------------- page decoration
def decorator(title, total, land):
    def onpage(canv, doc):
        w, h = landscape(A4) if land else A4
        m = LAND_MARGIN if land else 56
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(m, h - 28, title)
        canv.drawRightString(w - m, h - 28, "Gemeente Zwanemeer | Woonstichting Rietkraag | Huurdersvereniging De Zwaan")
        canv.setStrokeColor(colors.HexColor("#1f4e79"))
        canv.line(m, h - 33, w - m, h - 33)
        canv.drawRightString(w - m, 22, "Pagina %d van %d" % (doc.page, total))
        canv.restoreState()
    return onpage


def signature(y):
    out = [Spacer(1, 10), Paragraph("Ondertekening", ST["h1"]),
           Paragraph(C.CLOSING.format(date=C.SIGN_DATE[y]), ST["body"]), Spacer(1, 8)]
    rows = [[Paragraph("<b>%s</b><br/><br/><br/>%s<br/>%s" % s, ST["sig"]) for s in C.SIGNATORIES]]
    out.append(Table(rows, colWidths=[160] * 3, hAlign="LEFT"))
    return [KeepTogether(out)]


# --------------------------------------------------------------------------- documents
def story_2025(res, rec):
    y = 2025
    nums = numbering(res, y)
    title, sub = C.COVER[y]
    s = [Paragraph(title, ST["title"]), Paragraph(sub, ST["sub"])]
    s.append(Paragraph("Inhoud", ST["h2"]))
    s.append(Paragraph("1. Inleiding<br/>" + "<br/>".join("%d. %s" % (n, t) for _k, n, t in C.CHAPTERS)
                       + "<br/>Ondertekening", ST["body"]))
    for head, paras in C.INTRO_2025:
        s.append(Paragraph(head, ST["h1"]))
        for p in paras:
            s.append(Paragraph(p, ST["body"]))
        if head.startswith("1."):
            kt = Table([[Paragraph(("<b>%s</b>" if i == 0 else "%s") % c, ST["cell"]) for c in row]
                        for i, row in enumerate(C.KERNCIJFERS)], colWidths=[330, 90], hAlign="LEFT")
            kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9f9f9f")),
                                    ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
            s += [Paragraph("Tabel 1. Kerncijfers", ST["h2"]), kt, Spacer(1, 6)]
    for key, num, ctitle in C.CHAPTERS:
        s.append(Paragraph("%d. %s" % (num, ctitle), ST["h1"]))
        s.append(Paragraph(C.CHAPTER_INTRO[key], ST["intro"]))
        s.append(Paragraph("Partijen spreken het volgende af:", ST["body"]))
        for a in C.A:
            v = res[y][a["key"]]
            if a["chapter"] != key or not live(v):
                continue
            p = RecPara(v["text"], ST["afspraak"], bulletText=nums[a["key"]], rec=rec(a["key"]))
            s.append(KeepTogether([p]))
    s += signature(y)
    return s, nums


def story_synopsis(res, y, rec):
    nums = numbering(res, y)
    pnums = numbering(res, y - 1)
    title, sub = C.COVER[y]
    s = [Paragraph(title, ST["title"]), Paragraph(sub, ST["sub"]), Paragraph("Leeswijzer", ST["h1"])]
    for p in C.LEESWIJZER[y]:
        s.append(Paragraph(p, ST["body"]))
    head, _sep, rest = C.TERUGBLIK[y].partition(". ")
    s += [Paragraph(head, ST["h2"]), Paragraph(rest, ST["body"])]
    s.append(PageBreak())
    cell, note = ST["cell"], ST["note"]
    for key, num, ctitle in C.CHAPTERS:
        s.append(Paragraph("%d. %s" % (num, ctitle), ST["h1"]))
        data = [[Paragraph("Tekst %d" % (y - 1), ST["cellh"]), Paragraph("Tekst %d" % y, ST["cellh"]),
                 Paragraph("Toelichting op de wijziging", ST["cellh"])]]
        for a in C.A:
            if a["chapter"] != key:
                continue
            v, p = res[y][a["key"]], res[y - 1][a["key"]]
            if v is None:
                continue
            left = Paragraph("<b>%s</b> %s" % (pnums[a["key"]], p["text"]), cell) if live(p) else Paragraph("—", cell)
            if live(v):
                mid = RecPara("<b>%s</b> %s" % (nums[a["key"]], v["text"]), cell, rec=rec(a["key"]))
            else:
                mid = Paragraph("—", cell)
            data.append([left, mid, Paragraph(v["note"], note)])
        t = Table(data, colWidths=COLS, repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
            ("BACKGROUND", (1, 1), (1, -1), colors.HexColor("#eef3f8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        s.append(t)
    s += signature(y)
    return s, nums


def render(y, res, path, total):
    pages = {}

    def rec(key):
        def f(pg):
            pages.setdefault(key, pg)
        return f

    land = y != C.YEARS[0]
    if land:
        story, nums = story_synopsis(res, y, rec)
        psize, m = landscape(A4), LAND_MARGIN
        head = "Prestatieafspraken Zwanemeer %d – actualisatie (synopsis)" % y
    else:
        story, nums = story_2025(res, rec)
        psize, m = A4, 56
        head = "Prestatieafspraken Zwanemeer %d" % y
    doc = SimpleDocTemplate(path, pagesize=psize, leftMargin=m, rightMargin=m, topMargin=50,
                            bottomMargin=45, invariant=1, title=head, author="Gemeente Zwanemeer",
                            subject="Prestatieafspraken")
    deco = decorator(head, total, land)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return pages, nums, doc.page


def main():
    res = resolve()
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    chap = {k: t for k, _n, t in C.CHAPTERS}
    for y in C.YEARS:
        did = "%s-%d" % (C.FAMILY, y)
        path = os.path.join(OUT, "pdf", did + ".pdf")
        _p, _n, total = render(y, res, path, 99)
        pages, nums, total2 = render(y, res, path, total)
        assert total == total2
        afs = []
        for key, _num, _t in C.CHAPTERS:
            for a in C.A:
                v = res[y][a["key"]]
                if a["chapter"] != key or not live(v):
                    continue
                afs.append({
                    "key": a["key"], "number": nums[a["key"]], "section": chap[key], "party": None,
                    "theme": a["themes"][0], "themes": list(a["themes"]), "page": pages[a["key"]],
                    "text": v["text"], "trekker": None, "planning": None, "attributes": {},
                    "frame": v["frame"],
                })
        gold = {"document": {
            "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
            "huurdersorganisaties": [C.HUURDERS], "pages": total, "layout": LAYOUT},
            "afspraken": afs}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for yo, yn in zip(C.YEARS, C.YEARS[1:]):
        links = []
        old_doc = [a["key"] for k, _n, _t in C.CHAPTERS for a in C.A if a["chapter"] == k]
        for key in old_doc:
            vo, vn = res[yo][key], res[yn][key]
            if live(vo) and live(vn):
                links.append({"old": key, "new": key, "status": vn["status"], "kinds": vn["kinds"],
                              "hard_negative": vn["hn"]})
            elif live(vo):
                links.append({"old": key, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            elif live(vn):
                links.append({"old": None, "new": key, "status": "new", "kinds": [], "hard_negative": None})
        pr = {"old": "%s-%d" % (C.FAMILY, yo), "new": "%s-%d" % (C.FAMILY, yn), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pr["old"], pr["new"])), "w",
                  encoding="utf-8") as f:
            json.dump(pr, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
