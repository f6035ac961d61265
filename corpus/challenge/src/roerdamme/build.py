# -*- coding: utf-8 -*-
"""Build the roerdamme family (prestatieafspraken Roerdamme 2024-2026 + kennisgeving 2026).

Run from /work/main:  .venv/bin/python corpus/challenge/src/roerdamme/build.py
Deterministic: reportlab invariant=1, two passes (page count + table of contents).
"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak, KeepTogether,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "roerdamme"
LAYOUT = "numbered-paragraphs-margin"
YEARS = (2024, 2025, 2026)

ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                           leftIndent=11 * mm, bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=10.5,
                           spaceAfter=5),
    "plain": ParagraphStyle("plain", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                            spaceAfter=5),
    "letter": ParagraphStyle("letter", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                             leftIndent=7 * mm, bulletIndent=0, bulletFontName="Times-Roman", spaceAfter=4),
    "h1": ParagraphStyle("h1", fontName="Times-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="Times-Italic", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4,
                         leftIndent=11 * mm),
    "title": ParagraphStyle("title", fontName="Times-Bold", fontSize=26, leading=32, alignment=TA_CENTER),
    "sub": ParagraphStyle("sub", fontName="Times-Roman", fontSize=13, leading=18, alignment=TA_CENTER),
    "small": ParagraphStyle("small", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_LEFT),
    "toc": ParagraphStyle("toc", fontName="Times-Roman", fontSize=11, leading=16),
}


class Doc(BaseDocTemplate):
    def __init__(self, path, header, total, **kw):
        super().__init__(path, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                         bottomMargin=22 * mm, invariant=1, title=header, author="Gemeente Roerdamme", **kw)
        self.header, self.total = header, total
        self.pages = {}
        self.heads = {}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self.decorate)])

    def decorate(self, c, doc):
        c.saveState()
        w, h = A4
        if doc.page > 1:
            c.setFont("Times-Italic", 9)
            c.drawString(25 * mm, h - 14 * mm, self.header)
            c.drawRightString(w - 22 * mm, h - 14 * mm, "Gemeente Roerdamme, corporaties en Huurdersplatform")
            c.setLineWidth(0.4)
            c.line(25 * mm, h - 15.5 * mm, w - 22 * mm, h - 15.5 * mm)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, 12 * mm, "Pagina %d van %s" % (doc.page, self.total or "?"))
        c.restoreState()

    def afterFlowable(self, fl):
        k = getattr(fl, "_gold_key", None)
        if k:
            self.pages.setdefault(k, self.page)
        hk = getattr(fl, "_head_key", None)
        if hk:
            self.heads.setdefault(hk, self.page)


def P(text, style="body", bullet=None, key=None, head=None):
    p = Paragraph(escape(text), ST[style], bulletText=bullet)
    if key:
        p._gold_key = key
    if head:
        p._head_key = head
    return p


def afspraken_for(year):
    """chapter code -> ordered list of entries present in year."""
    chap = {c: [] for c in "BDKLO"}
    for a in data.AFSPRAKEN:
        if year in a["v"]:
            code = a["ch"].get(year, data.THEME_CHAPTER[a["themes"][0]])
            chap[code].append(a)
    for code, order in data.ORDER.get(year, {}).items():
        byk = {a["key"]: a for a in chap[code]}
        assert set(order) == set(byk), (year, code, set(order) ^ set(byk))
        chap[code] = [byk[k] for k in order]
    return chap


PEOPLE = [("Gemeente Roerdamme", "J.H. van Leeuwaarden", "wethouder Wonen"),
          ("Woonstichting Maasvliet", "drs. M.E. Korteweg", "directeur-bestuurder"),
          ("Wooncorporatie Het Dijkhuis", "ir. P.A. Smeulders", "bestuurder"),
          ("Stichting Woonpoort Roerstreek", "A.C. Bloemhof-Rijnders", "directeur-bestuurder"),
          ("Huurdersplatform Roerdamme", "W.F. Oudenhoven", "voorzitter")]

NIEUWBOUW_SPLIT = {2024: (60, 50, 30), 2025: (50, 45, 25), 2026: (65, 55, 30)}


def story_agreement(year, toc, gold):
    chapters = data.CHAPTERS[year]
    ctx = data.context(year)
    chap = afspraken_for(year)
    s = []
    # cover
    s += [Spacer(1, 55 * mm), P("Prestatieafspraken %d" % year, "title"), Spacer(1, 8 * mm),
          P("Gemeente Roerdamme", "sub"), Spacer(1, 14 * mm),
          P("Afspraken tussen de gemeente Roerdamme, Woonstichting Maasvliet, Wooncorporatie Het Dijkhuis, "
            "Stichting Woonpoort Roerstreek en het Huurdersplatform Roerdamme", "sub"), Spacer(1, 30 * mm),
          P("Vastgesteld in het bestuurlijk overleg van %s" % data.SIGNDATE[year], "sub"), PageBreak()]
    # toc
    s.append(P("Inhoud", "h1"))
    rows = []
    for ch in chapters:
        t = "Hoofdstuk %s – %s" % (ch[0], ch[1])
        rows.append([t, str(toc.get(t, ""))])
    for t in ("Ondertekening", "Bijlagen"):
        rows.append([t, str(toc.get(t, ""))])
    tb = Table(rows, colWidths=[130 * mm, 20 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 11), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [tb, PageBreak()]

    n = [0]

    def num():
        n[0] += 1
        return str(n[0])

    for ch in chapters:
        title = "Hoofdstuk %s – %s" % (ch[0], ch[1])
        s.append(P(title, "h1", head=title))
        if len(ch) == 2:
            key = "intro" if ch[0] == "één" else "terug"
            for t in ctx[key]:
                s.append(P(t, bullet=num()))
            if key == "terug":
                k = data.KERN[year]
                rows = [["Kerncijfer", "Eind %d" % k["py"]],
                        ["Sociale huurwoningen (voorraad)", f"{k['voorraad']:,}".replace(",", ".")],
                        ["Opgeleverde sociale huurwoningen", str(k["opgeleverd"])],
                        ["Verkocht of geliberaliseerd", str(k["verkocht"])],
                        ["Gemiddelde inschrijfduur starters (jaar)", k["wacht"]],
                        ["Woningen met label E, F of G", str(k["efg"])],
                        ["Huurders met achterstand > 2 maanden (%)", k["ha"]],
                        ["Huisuitzettingen", str(k["uitz"])]]
                tb = Table(rows, colWidths=[95 * mm, 30 * mm], hAlign="CENTER")
                tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5),
                                        ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                                        ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.black),
                                        ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
                s += [Spacer(1, 2 * mm), tb, P("Tabel 1. Kerncijfers volkshuisvesting Roerdamme", "small"),
                      Spacer(1, 3 * mm)]
            continue
        code = ch[2]
        h_ctx, h_afs = data.SUBHEADS[code]
        s.append(P(h_ctx, "h2"))
        for t in ctx[code]:
            s.append(P(t, bullet=num()))
        s.append(P(h_afs, "h2"))
        for a in chap[code]:
            text, frame = a["v"][year]
            nr = num()
            p = P(text, bullet=nr, key=a["key"])
            s.append(KeepTogether([p]))
            gold.append({"key": a["key"], "number": nr, "section": "%s > %s" % (title, h_afs), "party": None,
                         "theme": a["themes"][0], "themes": a["themes"], "page": None, "text": " ".join(text.split()),
                         "trekker": None, "planning": None, "attributes": {}, "frame": frame})
        if code == "O":
            s.append(P("Slotbepalingen", "h2"))
            for t in ctx["slot"]:
                s.append(P(t, bullet=num()))
    # signatures
    s.append(P("Ondertekening", "h1", head="Ondertekening"))
    s.append(P("Aldus overeengekomen en ondertekend te Roerdamme op %s." % data.SIGNDATE[year], bullet=num()))
    rows = [[org, "%s\n%s" % (nm, fn)] for org, nm, fn in PEOPLE]
    rows = [["Namens %s," % r[0], "\n\n" + r[1]] for r in rows]
    tb = Table(rows, colWidths=[75 * mm, 70 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [KeepTogether([tb])]
    # bijlagen
    s.append(PageBreak())
    s.append(P("Bijlagen", "h1", head="Bijlagen"))
    s.append(P("Bij deze prestatieafspraken horen de volgende bijlagen: bijlage 1, begrippenlijst; bijlage 2, "
               "nieuwbouwprogramma sociale huur %d per corporatie; bijlage 3, jaarmonitor %d (afzonderlijk "
               "gepubliceerd)." % (year, year - 1), bullet=num()))
    s.append(P("Bijlage 1 – Begrippenlijst", "h2"))
    for t in ("Sociale huurwoning: een woning met een kale huur tot en met de liberalisatiegrens.",
              "Spoedzoeker: een woningzoekende die door een acute situatie op korte termijn woonruimte nodig heeft.",
              "Huursombenadering: de gemiddelde huurverhoging over alle sociale huurwoningen van een corporatie."):
        s.append(P(t, bullet=num()))
    s.append(P("Bijlage 2 – Nieuwbouwprogramma sociale huur %d" % year, "h2"))
    m, d, w = NIEUWBOUW_SPLIT[year]
    rows = [["Corporatie", "Woningen"], ["Woonstichting Maasvliet", str(m)], ["Wooncorporatie Het Dijkhuis", str(d)],
            ["Stichting Woonpoort Roerstreek", str(w)], ["Totaal", str(m + d + w)]]
    tb = Table(rows, colWidths=[95 * mm, 30 * mm], hAlign="CENTER")
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                            ("FONT", (0, -1), (-1, -1), "Times-Bold", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    s.append(tb)
    return s


def story_kennisgeving(gold):
    s = [P("Gemeente Roerdamme", "h1"),
         P("Kennisgeving aan de gemeenteraad", "h2")]
    meta = [["Aan", "de leden van de gemeenteraad van Roerdamme"], ["Datum", "16 december 2025"],
            ["Kenmerk", "RD/2025/08841"], ["Onderwerp", "Prestatieafspraken 2026"],
            ["Portefeuillehouder", "J.H. van Leeuwaarden, wethouder Wonen"]]
    tb = Table(meta, colWidths=[40 * mm, 110 * mm], hAlign="LEFT")
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("FONT", (0, 0), (0, -1), "Times-Bold", 10)]))
    s += [tb, Spacer(1, 6 * mm)]
    for t in ("Geachte leden van de raad,",
              "Met deze kennisgeving informeren wij u over de prestatieafspraken voor 2026 die de gemeente op "
              "9 december 2025 heeft ondertekend met Woonstichting Maasvliet, Wooncorporatie Het Dijkhuis, Stichting "
              "Woonpoort Roerstreek en het Huurdersplatform Roerdamme. De afspraken geven uitvoering aan de woonvisie "
              "Thuis in Roerdamme 2022-2027 en aan de regionale woondeal.",
              "Aanleiding. De corporaties brachten vóór 1 juli 2025 hun bod uit. Na drie overlegrondes aan de "
              "tripartiete tafel is overeenstemming bereikt over ruim dertig afspraken, verdeeld over vijf thema's.",
              "Besluit. Het college heeft in zijn vergadering van 16 december 2025 besloten kennis te nemen van de "
              "ondertekende prestatieafspraken 2026 en u te informeren over de belangrijkste afspraken. Dat zijn:"):
        s.append(P(t, "plain"))
    sec = "Kennisgeving prestatieafspraken 2026 > Besluit"
    for letter, key, theme, text, frame in data.KENNISGEVING:
        p = P(text, "letter", bullet=letter + ".", key=key)
        s.append(KeepTogether([p]))
        gold.append({"key": key, "number": letter, "section": sec, "party": None, "theme": theme, "themes": [theme],
                     "page": None, "text": text, "trekker": None, "planning": None, "attributes": {}, "frame": frame})
    for t in ("Financiële gevolgen. De verhoging van het Fonds Energiearmoede wordt gedekt binnen de begroting 2026 "
              "van het programma Wonen; voor de overige afspraken zijn geen aanvullende middelen nodig.",
              "Vervolg. De voortgang wordt gemonitord in het bestuurlijk overleg. Wij informeren u in het voorjaar "
              "van 2027 over de resultaten via de jaarmonitor 2026.",
              "Hoogachtend,",
              "Het college van burgemeester en wethouders van Roerdamme,",
              "de secretaris, mr. H.G. Tesselaar          de burgemeester, drs. C.M. Vorstenbosch"):
        s.append(P(t, "plain"))
    return s


def render(path, header, builder):
    """Two passes: first to learn pages, then final with page totals + toc."""
    toc, total = {}, None
    for _ in range(2):
        gold = []
        doc = Doc(path, header, total)
        story = builder(toc, gold)
        doc.build(story)
        total = doc.page
        toc = doc.heads
    for g in gold:
        g["page"] = doc.pages[g["key"]]
    return gold, total


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def docmeta(doc_id, typ, year, pages):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": [year], "gemeente": data.GEMEENTE,
            "gemeenten": [data.GEMEENTE], "corporaties": data.CORPORATIES, "huurdersorganisaties": data.HUURDERS,
            "pages": pages, "layout": LAYOUT}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for y in YEARS:
        did = "%s-%d" % (FAMILY, y)
        gold, pages = render(os.path.join(OUT, "pdf", did + ".pdf"), "Prestatieafspraken Roerdamme %d" % y,
                             lambda toc, g, y=y: story_agreement(y, toc, g))
        golds[y] = gold
        write_json(os.path.join(OUT, "gold", did + ".json"), {"document": docmeta(did, "prestatieafspraken", y, pages),
                                                              "afspraken": gold})
    did = "%s-kennisgeving-2026" % FAMILY
    gold, pages = render(os.path.join(OUT, "pdf", did + ".pdf"), "Kennisgeving prestatieafspraken 2026",
                         lambda toc, g: story_kennisgeving(g))
    write_json(os.path.join(OUT, "gold", did + ".json"), {"document": docmeta(did, "kennisgeving", 2026, pages),
                                                          "afspraken": gold})
    # pairs
    for (oy, ny, pk) in ((2024, 2025, "p1"), (2025, 2026, "p2")):
        links = []
        okeys = [g["key"] for g in golds[oy]]
        nkeys = [g["key"] for g in golds[ny]]
        for a in data.AFSPRAKEN:
            o, n = a["v"].get(oy), a["v"].get(ny)
            if not o and not n:
                continue
            ann = a[pk]
            if o and n and o[0] == n[0]:
                assert ann is None, (a["key"], pk, "identical text but annotated")
                links.append({"old": a["key"], "new": a["key"], "status": "unchanged", "kinds": [],
                              "hard_negative": None})
                continue
            assert ann is not None, (a["key"], pk, "changed but not annotated")
            st, kinds, hn = ann
            if st == "new":
                assert not o and n
            elif st == "dropped":
                assert o and not n
            else:
                assert o and n, (a["key"], pk)
            links.append({"old": a["key"] if o else None, "new": a["key"] if n else None, "status": st,
                          "kinds": kinds, "hard_negative": hn})
        assert sorted(l["old"] for l in links if l["old"]) == sorted(okeys)
        assert sorted(l["new"] for l in links if l["new"]) == sorted(nkeys)
        oid, nid = "%s-%d" % (FAMILY, oy), "%s-%d" % (FAMILY, ny)
        write_json(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)),
                   {"old": oid, "new": nid, "links": links})
    print("built", FAMILY)


if __name__ == "__main__":
    main()
