# -*- coding: utf-8 -*-
"""Deterministic build of the korendijk family (PDFs + gold). Run from /work/main:
    .venv/bin/python corpus/challenge/src/korendijk/build.py
"""
import copy
import json
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,  # noqa: E402
                                TableStyle, PageBreak, CondPageBreak, NextPageTemplate, KeepTogether)

import content as C  # noqa: E402
import layout as L  # noqa: E402

FAMILY = "korendijk"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")
YEARS = [2023, 2024, 2025]
LEFT, RIGHT, TOP, BOTTOM = 2.3 * cm, 2.3 * cm, 2.4 * cm, 2.2 * cm
PAGES = {}   # key -> first page drawn (filled during a build)

# ---------------------------------------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, alignment=TA_LEFT, spaceAfter=0)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8,
                    textColor=colors.HexColor("#1f4e5a"), keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                    keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="Helvetica-BoldOblique", fontSize=9.8, leading=13, spaceBefore=7, spaceAfter=3,
                    textColor=colors.HexColor("#1f4e5a"), keepWithNext=1)
AFS = ParagraphStyle("afs", parent=BODY, leftIndent=1.25 * cm, bulletIndent=0, bulletFontName="Helvetica-Bold",
                     bulletFontSize=9.5, spaceAfter=4)
ATTR = ParagraphStyle("attr", parent=BODY, fontName="Helvetica-Oblique", fontSize=8.5, leading=11,
                      leftIndent=1.75 * cm, spaceBefore=-1, spaceAfter=5, alignment=TA_LEFT)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11.5, alignment=TA_LEFT)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=0.6 * cm, bulletIndent=0.1 * cm, spaceAfter=3,
                     alignment=TA_LEFT)


class APara(Paragraph):
    """Paragraph that records the page on which it (first) gets drawn."""
    rec_key = None

    def split(self, availWidth, availHeight):
        parts = Paragraph.split(self, availWidth, availHeight)
        for p in parts:
            p.rec_key = self.rec_key
        return parts

    def draw(self):
        if self.rec_key is not None and self.rec_key not in PAGES:
            PAGES[self.rec_key] = self.canv.getPageNumber()
        Paragraph.draw(self)


def P(text, style=BODY, key=None, bullet=None):
    p = APara(escape(text), style, bulletText=bullet)
    p.rec_key = key
    return p


def fmt_amount(v):
    return v


# ---------------------------------------------------------------------------------------------- docs
class Doc(BaseDocTemplate):
    def __init__(self, path, header, footer_left, total, cover=True, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                                 bottomMargin=BOTTOM, invariant=1, title=header, author="Gemeente Korenwolde",
                                 **kw)
        self.header, self.footer_left, self.total = header, footer_left, total
        fr = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, A4[1] - TOP - BOTTOM, id="f", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
        templates = []
        if cover:
            templates.append(PageTemplate("cover", [fr], onPage=self.on_cover))
        templates.append(PageTemplate("body", [fr], onPage=self.on_page))
        self.addPageTemplates(templates)

    def on_cover(self, canv, doc):
        pass

    def on_page(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LEFT, A4[1] - 1.4 * cm, self.header)
        canv.drawRightString(A4[0] - RIGHT, A4[1] - 1.4 * cm, "Gemeente Korenwolde · Woongoed · Polderrand Wonen")
        canv.setStrokeColor(colors.HexColor("#9bb5bb"))
        canv.setLineWidth(0.5)
        canv.line(LEFT, A4[1] - 1.55 * cm, A4[0] - RIGHT, A4[1] - 1.55 * cm)
        canv.line(LEFT, 1.55 * cm, A4[0] - RIGHT, 1.55 * cm)
        canv.drawString(LEFT, 1.1 * cm, self.footer_left)
        canv.drawRightString(A4[0] - RIGHT, 1.1 * cm, f"Pagina {canv.getPageNumber()} van {self.total}")
        canv.restoreState()


def ruled(data, widths, header=True, valign="TOP"):
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6f8f96")),
          ("VALIGN", (0, 0), (-1, -1), valign),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8ea")))
    t.setStyle(TableStyle(st))
    return t


def version(key, y):
    return C.AF[key][y]


def agreement_story(y, toc):
    """Return (story, afspraken meta in reading order)."""
    s, meta = [], []
    W = A4[0] - LEFT - RIGHT
    trailing = "." if y == 2023 else ""
    # cover
    s.append(Spacer(1, 3.2 * cm))
    s.append(Paragraph("Prestatieafspraken " + str(y), ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=30,
                                                                   leading=36, textColor=colors.HexColor("#1f4e5a"))))
    s.append(Spacer(1, 0.3 * cm))
    s.append(Paragraph("Samen werken aan betaalbaar, duurzaam en prettig wonen in Korenwolde",
                       ParagraphStyle("st", fontName="Helvetica-Oblique", fontSize=13, leading=17)))
    s.append(Spacer(1, 2.2 * cm))
    s.append(Paragraph("Overeengekomen tussen", ParagraphStyle("x", fontName="Helvetica", fontSize=10, leading=14)))
    s.append(Spacer(1, 0.2 * cm))
    for n in ["Gemeente Korenwolde", C.WG, C.PR, C.HK, C.HP]:
        s.append(Paragraph(n, ParagraphStyle("pn", fontName="Helvetica-Bold", fontSize=12, leading=19)))
    s.append(Spacer(1, 3.5 * cm))
    s.append(Paragraph(f"Definitieve versie, ondertekend op {L.SIGNED[y]}",
                       ParagraphStyle("d", fontName="Helvetica", fontSize=9.5, leading=13)))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())
    # toc
    s.append(Paragraph("Inhoud", H1))
    rows = []
    chapters = [("A", "Inleiding")] + [(c, L.CH_TITLES[y][c]) for c in "BCDEF"] + [("G", "Slotbepalingen en "
                                                                                   "ondertekening")]
    for c, t in chapters:
        rows.append([Paragraph(f"{c}", CELLB), Paragraph(t, CELL), Paragraph(str(toc.get("CH:" + c, "")), CELL)])
    rows.append([Paragraph("", CELL), Paragraph("Bijlagen", CELL), Paragraph(str(toc.get("CH:BIJ", "")), CELL)])
    t = Table(rows, colWidths=[1 * cm, W - 2.6 * cm, 1.6 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                           ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    s.append(Spacer(1, 0.8 * cm))
    s.append(Paragraph("Leeswijzer", H2))
    for para in L.LEESWIJZER:
        s.append(P(para))
    s.append(PageBreak())
    # A inleiding
    s.append(P("A Inleiding", H1, key="CH:A"))
    for head, paras in L.intro(y):
        s.append(Paragraph(head, H2))
        for para in paras:
            s.append(P(para))
    peil, rows = L.KERNCIJFERS[y]
    s.append(Paragraph(f"Kerncijfers (peildatum {peil})", H2))
    data = [[Paragraph("Kerncijfer", CELLB), Paragraph("Woongoed", CELLB), Paragraph("Polderrand Wonen", CELLB)]]
    for r in rows:
        data.append([Paragraph(r[0], CELL), Paragraph(r[1], CELL), Paragraph(r[2], CELL)])
    s.append(ruled(data, [8.5 * cm, 3.6 * cm, 3.6 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(Paragraph("Bron: jaarverslagen en monitorgegevens van de corporaties.", SMALL))
    # chapters B-F
    for c in "BCDEF":
        if c == "B":
            s.append(PageBreak())
        else:
            s.append(CondPageBreak(6 * cm))
        title = f"{c} {L.CH_TITLES[y][c]}"
        s.append(P(title, H1, key="CH:" + c))
        for para in L.CH_CONTEXT[c](y):
            s.append(P(para))
        n = 0
        for block in L.LAYOUT[y][c]:
            if block[0] == "TABLE":
                _, head, keys = block
                s.append(CondPageBreak(5 * cm))
                s.append(Paragraph(head, H2))
                s.append(P("In de onderstaande tabel is het nieuwbouwprogramma van de corporaties opgenomen. Per "
                           "project is aangegeven wie de trekker is en wanneer het project gereed is. Projecten die "
                           "inmiddels zijn opgeleverd, zijn niet meer in de tabel opgenomen."))
                data = [[Paragraph("Afspraak", CELLB), Paragraph("Trekker", CELLB), Paragraph("Gereed", CELLB)]]
                for k in keys:
                    v = version(k, y)
                    data.append([P(v["text"], CELL, key=k), Paragraph(escape(v["trekker"]), CELL),
                                 Paragraph(escape(v["planning"]), CELL)])
                    meta.append(dict(key=k, number=None, section=f"{title} > {head}", party=None, v=v))
                s.append(ruled(data, [W - 5.6 * cm, 3.3 * cm, 2.3 * cm], valign="BOTTOM"))
                s.append(Spacer(1, 0.3 * cm))
                continue
            head, keys = block
            s.append(Paragraph(head, H3))
            for k in keys:
                n += 1
                v = version(k, y)
                num = f"{c}-{n}"
                s.append(P(v["text"], AFS, key=k, bullet=num + trailing))
                for ak, av in v["attributes"].items():
                    s.append(Paragraph(escape(f"{ak.capitalize()}: {av}"), ATTR))
                meta.append(dict(key=k, number=num, section=f"{title} > {head}", party=head, v=v))
    # G slot
    s.append(PageBreak())
    s.append(P("G Slotbepalingen en ondertekening", H1, key="CH:G"))
    for head, para in L.SLOT(y):
        s.append(Paragraph(head, H2))
        s.append(P(para))
    s.append(Paragraph("Ondertekening", H2))
    s.append(P(f"Aldus overeengekomen en ondertekend te Korenwolde op {L.SIGNED[y]}."))
    s.append(Spacer(1, 0.3 * cm))
    sig = []
    for org, name, func in L.SIGNATORIES(y):
        sig.append([Paragraph(f"<b>{escape(org)}</b><br/><br/><br/>{escape(name)}<br/>{escape(func)}", CELL)])
    rows = [[sig[0][0], sig[1][0]], [sig[2][0], sig[3][0]], [sig[4][0], Paragraph("", CELL)]]
    t = Table(rows, colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    # bijlagen
    s.append(PageBreak())
    s.append(P("Bijlagen", H1, key="CH:BIJ"))
    s.append(Paragraph(f"Bijlage 1 Monitor prestatieafspraken {y - 1} (stand per 1 oktober {y - 1})", H2))
    s.append(P(f"Deze bijlage geeft per afspraak uit de prestatieafspraken {y - 1} de stand van zaken weer. De "
               f"nummering volgt die van de afspraken {y - 1}."))
    data = [[Paragraph("Nr.", CELLB), Paragraph("Onderwerp", CELLB), Paragraph("Stand van zaken", CELLB)]]
    if y == 2023:
        mon = L.MONITOR_2022
    else:
        mon = []
        for c in "BCDEF":
            n = 0
            for block in L.LAYOUT[y - 1][c]:
                if block[0] == "TABLE":
                    continue
                for k in block[1]:
                    n += 1
                    mon.append((f"{c}-{n}", L.TOPIC[k], L.MONITOR_STATUS[y - 1].get(k, "Loopt volgens planning")))
    for nr, top, st in mon:
        data.append([Paragraph(nr, CELL), Paragraph(escape(top), CELL), Paragraph(escape(st), CELL)])
    s.append(ruled(data, [1.5 * cm, 7.5 * cm, W - 9 * cm]))
    s.append(Paragraph("Bijlage 2 Begrippenlijst", H2))
    for term, d in L.BEGRIPPEN:
        s.append(P(f"{term}: {d}"))
    return s, meta


def build_agreement(y):
    path = os.path.join(PDF_DIR, f"{FAMILY}-{y}.pdf")
    toc, total = {}, 0
    for _ in range(3):
        PAGES.clear()
        story, meta = agreement_story(y, toc)
        doc = Doc(path, f"Prestatieafspraken Korenwolde {y}", f"Definitief | {L.SIGNED[y]}", total or "?")
        doc.build(story)
        newtoc = {k: v for k, v in PAGES.items() if k.startswith("CH:")}
        newtotal = doc.page
        if newtoc == toc and newtotal == total:
            break
        toc, total = newtoc, newtotal
    pages = dict(PAGES)
    afs = []
    for m in meta:
        v = m["v"]
        afs.append({"key": m["key"], "number": m["number"], "section": m["section"], "party": m["party"],
                    "theme": v["theme"], "themes": v["themes"], "page": pages[m["key"]], "text": v["text"],
                    "trekker": v["trekker"], "planning": v["planning"], "attributes": v["attributes"],
                    "frame": v["frame"]})
    gold = {"document": {"id": f"{FAMILY}-{y}", "family": FAMILY, "type": "prestatieafspraken", "year": y,
                         "years": [y], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": C.CORPORATIES, "huurdersorganisaties": C.HUURDERS, "pages": total,
                         "layout": "lettered theme chapters (B-1) with party sub-blocks; ruled nieuwbouw table "
                                   "Afspraak|Trekker|Gereed without Nr; attribute lines"},
            "afspraken": afs}
    return gold


# ---------------------------------------------------------------------------------------------- kennisgeving
def kennisgeving_story():
    s, meta = [], []
    W = A4[0] - LEFT - RIGHT
    s.append(Paragraph("Gemeente Korenwolde", ParagraphStyle("lh", fontName="Helvetica-Bold", fontSize=18,
                                                             leading=22, textColor=colors.HexColor("#1f4e5a"))))
    s.append(Paragraph("Raadsinformatiebrief", ParagraphStyle("lh2", fontName="Helvetica", fontSize=12, leading=16)))
    s.append(Spacer(1, 0.5 * cm))
    rows = [("Aan", "de gemeenteraad van Korenwolde"), ("Datum", "17 december 2024"), ("Kenmerk", "RIB 2024-118"),
            ("Portefeuillehouder", "wethouder R. Hoekstra (Wonen)"),
            ("Onderwerp", "Prestatieafspraken 2025 met Woongoed, Polderrand Wonen en de huurdersorganisaties")]
    t = Table([[Paragraph(a, CELLB), Paragraph(escape(b), CELL)] for a, b in rows], colWidths=[3.6 * cm, W - 3.6 * cm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, -1), (-1, -1), 0.5,
                                                                    colors.HexColor("#9bb5bb"))]))
    s.append(t)
    s.append(Spacer(1, 0.5 * cm))
    s.append(Paragraph("Aan de gemeenteraad", H2))
    s.append(P("Geachte leden van de raad,"))
    s.append(P("Met deze brief informeren wij u over de prestatieafspraken voor 2025, die wij op 11 december 2024 "
               "hebben ondertekend met Stichting Woongoed Korenwolde, Polderrand Wonen, Huurdersvereniging De "
               "Korenaar en Huurdersbelangenvereniging Polderrand. De volledige tekst van de afspraken is als bijlage "
               "bij deze brief gevoegd."))
    s.append(Paragraph("Kernboodschap", H2))
    s.append(P("De afspraken voor 2025 bouwen voort op de woonvisie 'Thuis in Korenwolde 2024-2030', die uw raad in "
               "juni 2024 heeft vastgesteld. In 2024 zijn 48 nieuwe sociale huurwoningen opgeleverd en is de "
               "doorstroomregeling voor senioren van start gegaan. Tegelijk zien wij dat de gestegen bouwkosten en "
               "de beperkte capaciteit van het elektriciteitsnet de uitvoering onder druk zetten; niet alle ambities "
               "uit eerdere jaren konden daarom worden vastgehouden."))
    s.append(Paragraph("Belangrijkste afspraken per corporatie", H2))
    for head, items in L.KG_BLOCKS:
        s.append(Paragraph(head, H3))
        for k, v in items:
            s.append(P(v["text"], BUL, key="KG:" + k, bullet="•"))
            meta.append(dict(key=k, section=f"Belangrijkste afspraken per corporatie > {head}", party=head, v=v))
    s.append(Paragraph("Financiële consequenties", H2))
    s.append(P("De afspraken passen binnen de begroting 2025. De gemeentelijke bijdrage aan de energiecoaches "
               "bedraagt € 30.000 en is gedekt binnen het programma Wonen. Voor de uitvoering van het Energiefonds "
               "Korenwolde zijn geen aanvullende middelen nodig."))
    s.append(Paragraph("Vervolg", H2))
    s.append(P("In het voorjaar van 2025 ontvangt u de monitor over de uitvoering van de prestatieafspraken 2024. "
               "De corporaties brengen vóór 1 juli 2025 hun bod uit voor 2026, waarna de gesprekken over de "
               "volgende afspraken starten. Wij houden u via de gebruikelijke raadsinformatiebrieven op de hoogte."))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Met vriendelijke groet,"))
    s.append(P("Burgemeester en wethouders van Korenwolde,"))
    t = Table([[Paragraph("de secretaris,<br/><br/><br/>drs. P.A. Verhulst", CELL),
                Paragraph("de burgemeester,<br/><br/><br/>mr. C.M. Oldenkamp", CELL)]], colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    return s, meta


def build_kennisgeving():
    y = 2025
    path = os.path.join(PDF_DIR, f"{FAMILY}-kennisgeving-{y}.pdf")
    total = 0
    for _ in range(2):
        PAGES.clear()
        story, meta = kennisgeving_story()
        doc = Doc(path, "Raadsinformatiebrief prestatieafspraken 2025", "Kenmerk RIB 2024-118", total or "?",
                  cover=False)
        doc.build(story)
        if doc.page == total:
            break
        total = doc.page
    afs = []
    for m in meta:
        v = m["v"]
        afs.append({"key": m["key"], "number": None, "section": m["section"], "party": m["party"],
                    "theme": v["theme"], "themes": v["themes"], "page": PAGES["KG:" + m["key"]], "text": v["text"],
                    "trekker": None, "planning": None, "attributes": {}, "frame": v["frame"]})
    return {"document": {"id": f"{FAMILY}-kennisgeving-{y}", "family": FAMILY, "type": "kennisgeving", "year": y,
                         "years": [y], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": C.CORPORATIES, "huurdersorganisaties": C.HUURDERS, "pages": total,
                         "layout": "raadsinformatiebrief; bullets per corporatie"},
            "afspraken": afs}


# ---------------------------------------------------------------------------------------------- pairs
def build_pair(y0, y1, g0, g1):
    ann = L.PAIRS[(y0, y1)]
    k0 = [a["key"] for a in g0["afspraken"]]
    k1 = [a["key"] for a in g1["afspraken"]]
    links = []
    for k in k0:
        if k in k1:
            st, kinds, hn = ann[k]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in k1:
        if k not in k0:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    extra = set(ann) - (set(k0) & set(k1))
    assert not extra, f"annotations for keys not in both docs: {extra}"
    return {"old": g0["document"]["id"], "new": g1["document"]["id"], "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    golds = {}
    for y in YEARS:
        g = build_agreement(y)
        golds[y] = g
        dump(g, os.path.join(GOLD_DIR, f"{FAMILY}-{y}.json"))
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")
    kg = build_kennisgeving()
    dump(kg, os.path.join(GOLD_DIR, f"{FAMILY}-kennisgeving-2025.json"))
    print(kg["document"]["id"], kg["document"]["pages"], "pages", len(kg["afspraken"]), "afspraken")
    for y0, y1 in [(2023, 2024), (2024, 2025)]:
        pr = build_pair(y0, y1, golds[y0], golds[y1])
        dump(pr, os.path.join(PAIR_DIR, f"{pr['old']}__{pr['new']}.json"))


if __name__ == "__main__":
    main()
