# -*- coding: utf-8 -*-
"""Build the velderhoek family (Prestatieovereenkomst 2024-2026): PDFs + gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/velderhoek/build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak,  # noqa: E402
                                Table, TableStyle, KeepTogether, NextPageTemplate, CondPageBreak)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

import content as C  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "velderhoek"
W, H = A4
LM = RM = 2.5 * cm
TM = BM = 2.6 * cm
BODY_TOP = 2.1 * cm      # crop (from top) used to find body text, excludes running header
BODY_BOTTOM = 2.1 * cm   # crop (from bottom), excludes footer

SIGN = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}
SIGNERS = [
    ("Gemeente Velderhoek", "J.M. van Hulten", "wethouder Wonen en Ruimte"),
    (C.KEMP, "mr. A.C. Verbunt", "directeur-bestuurder"),
    (C.BRUG, "ir. S. Demirci", "bestuurder"),
    (C.HAV, "drs. P.L. Koolen-de Wit", "directeur-bestuurder"),
    (C.HKV, "H.A. Smulders", "voorzitter"),
]

# ------------------------------------------------------------------ styles
BASE = dict(fontName="Times-Roman", fontSize=10.5, leading=14)
S_BODY = ParagraphStyle("body", alignment=TA_JUSTIFY, spaceAfter=6, **BASE)
S_MEM = ParagraphStyle("mem", parent=S_BODY, leftIndent=20, bulletIndent=0, spaceAfter=5)
S_SUB = ParagraphStyle("sub", parent=S_BODY, leftIndent=38, bulletIndent=20, spaceAfter=3)
S_H1 = ParagraphStyle("H1", fontName="Times-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=10)
S_H2 = ParagraphStyle("H2", fontName="Times-Bold", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5)
S_H3 = ParagraphStyle("H3", fontName="Times-Italic", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=3)
S_TITLE = ParagraphStyle("title", fontName="Times-Bold", fontSize=26, leading=32, alignment=TA_CENTER)
S_SUBT = ParagraphStyle("subt", fontName="Times-Roman", fontSize=13, leading=18, alignment=TA_CENTER)
S_CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_LEFT)
S_CELLB = ParagraphStyle("cellb", parent=S_CELL, fontName="Times-Bold")
S_TOC0 = ParagraphStyle("toc0", fontName="Times-Roman", fontSize=10.5, leading=15, leftIndent=0)
S_TOC1 = ParagraphStyle("toc1", fontName="Times-Roman", fontSize=10, leading=13.5, leftIndent=18)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ptxt(s, st=S_BODY, **kw):
    return Paragraph(esc(s), st, **kw)


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self._pageNumber > 1:
                self.setFont("Times-Roman", 9)
                self.drawCentredString(W / 2, 1.3 * cm, "Pagina %d van %d" % (self._pageNumber, n))
                self.drawString(LM, 1.3 * cm, "Paraaf: ........  ........  ........  ........  ........")
            super().showPage()
        super().save()


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                         invariant=1, title="Prestatieovereenkomst %d gemeente Velderhoek" % year,
                         author="Gemeente Velderhoek", subject="Prestatieafspraken %d" % year, creator="velderhoek",
                         **kw)
        self.year = year
        fr = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [fr], onPage=self._cover),
                               PageTemplate("main", [fr], onPage=self._page)])

    def _cover(self, c, d):
        pass

    def _page(self, c, d):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(LM, H - 1.5 * cm, "Prestatieovereenkomst %d gemeente Velderhoek" % self.year)
        c.drawRightString(W - RM, H - 1.5 * cm, "Definitieve versie, %s" % SIGN[self.year])
        c.setLineWidth(0.4)
        c.line(LM, H - 1.65 * cm, W - RM, H - 1.65 * cm)
        c.restoreState()

    def afterFlowable(self, f):
        if isinstance(f, Paragraph):
            sn = f.style.name
            if sn == "H1":
                self.notify("TOCEntry", (0, f.getPlainText(), self.page))
            elif sn == "H2" and getattr(f, "_toc", False):
                self.notify("TOCEntry", (1, f.getPlainText(), self.page))


def H2(text, toc=True):
    p = Paragraph(esc(text), S_H2)
    p._toc = toc
    return p


# ------------------------------------------------------------------ year-specific context
KC = {  # kerncijfers at 1 January of the document year: (Kempkes, Brugwonen, Haverland)
    2024: {"bezit": (4812, 3266, 1938), "daeb": (4590, 3181, 1702), "huur": ("€ 612", "€ 598", "€ 641"),
           "efg": (212, 164, 71), "wacht": "6,4 jaar", "opgeleverd": 118, "verduurzaamd": 296, "uitz": 7,
           "prev": 2023},
    2025: {"bezit": (4861, 3302, 1951), "daeb": (4632, 3220, 1709), "huur": ("€ 647", "€ 630", "€ 676"),
           "efg": (121, 97, 38), "wacht": "6,1 jaar", "opgeleverd": 131, "verduurzaamd": 334, "uitz": 4,
           "prev": 2024},
    2026: {"bezit": (4899, 3347, 1972), "daeb": (4668, 3262, 1721), "huur": ("€ 668", "€ 651", "€ 694"),
           "efg": (44, 41, 12), "wacht": "5,8 jaar", "opgeleverd": 109, "verduurzaamd": 351, "uitz": 3,
           "prev": 2025},
}


def fmt(n):
    return "{:,}".format(n).replace(",", ".")


def intro(year):
    k = KC[year]
    p = k["prev"]
    out = [Paragraph("Inleiding", S_H1), H2("Aanleiding en kader")]
    out.append(ptxt(
        "Op grond van artikel 44 van de Woningwet maken de gemeente Velderhoek, de drie in de gemeente werkzame "
        "woningcorporaties en de huurderskoepel jaarlijks afspraken over de bijdrage van de corporaties aan het "
        "lokale volkshuisvestingsbeleid. Deze overeenkomst bevat de afspraken voor het jaar %d. Zij is tot stand "
        "gekomen op basis van de Woonvisie Velderhoek 2022-2030, de regionale woondeal en de overzichten van "
        "voorgenomen werkzaamheden die de corporaties vóór 1 juli %d aan de gemeente hebben toegezonden." % (year, year - 1)))
    out.append(ptxt(
        "De afspraken zijn in de vorm van een overeenkomst gegoten, zodat voor alle betrokkenen helder is wie waarvoor "
        "aanspreekbaar is. De artikelen 1 en 2 bevatten de begripsbepalingen en de looptijd; de inhoudelijke "
        "afspraken zijn vanaf artikel 3 per thema opgenomen. Waar een artikel slechts één partij noemt, betreft het "
        "verplichtingen die uitsluitend op die partij rusten."))
    if year == 2025:
        out.append(ptxt(
            "Ten opzichte van de overeenkomst 2024 is het artikel over leefbaarheid van titel veranderd, en is de "
            "afspraak over het wijkuitvoeringsplan De Horst ondergebracht bij de verplichtingen van de gemeente."))
    if year == 2026:
        out.append(ptxt(
            "Nieuw is een afzonderlijk artikel over wonen en zorg, waarin de afspraken over woningaanpassingen, "
            "levensloopbestendige woningen en geclusterd wonen voor ouderen zijn samengebracht. Daardoor is de "
            "nummering van de daaropvolgende artikelen gewijzigd."))
    out.append(H2("Terugblik op %d" % p))
    out.append(ptxt(
        "In %d zijn door de corporaties in totaal %d sociale huurwoningen opgeleverd en zijn %d bestaande woningen "
        "verduurzaamd. De gemiddelde inschrijfduur van woningzoekenden bij toewijzing bedroeg %s. Het aantal "
        "huisuitzettingen wegens huurachterstand kwam uit op %d. Niet alle afspraken zijn volledig gerealiseerd: "
        "vooral de start van enkele nieuwbouwprojecten liep vertraging op door stikstofvraagstukken en gestegen "
        "bouwkosten." % (p, k["opgeleverd"], k["verduurzaamd"], k["wacht"], k["uitz"])))
    out.append(ptxt(
        "Het bestuurlijk overleg kwam in %d tweemaal bijeen. De huurderskoepel heeft in het najaar een "
        "achterbanraadpleging gehouden, waarvan de uitkomsten bij het opstellen van deze overeenkomst zijn "
        "betrokken." % p))
    out.append(H2("Kerncijfers per 1 januari %d" % year))
    rows = [[Paragraph("Kerncijfer", S_CELLB), Paragraph("De Kempkes", S_CELLB), Paragraph("Brugwonen", S_CELLB),
             Paragraph("Haverland Wonen", S_CELLB)]]
    rows.append([Paragraph("Woningen in bezit", S_CELL)] + [Paragraph(fmt(x), S_CELL) for x in k["bezit"]])
    rows.append([Paragraph("waarvan DAEB", S_CELL)] + [Paragraph(fmt(x), S_CELL) for x in k["daeb"]])
    rows.append([Paragraph("Gemiddelde netto huur", S_CELL)] + [Paragraph(x, S_CELL) for x in k["huur"]])
    rows.append([Paragraph("Woningen met label E, F of G", S_CELL)] + [Paragraph(str(x), S_CELL) for x in k["efg"]])
    t = Table(rows, colWidths=[6 * cm, 3.3 * cm, 3.3 * cm, 3.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out += [t, Spacer(1, 4),
            ptxt("Bron: jaarverslagen en dVi-gegevens van de corporaties; inschrijfduur volgens WoonnetVelderhoek.",
                 ParagraphStyle("src", parent=S_BODY, fontName="Times-Italic", fontSize=9, leading=11))]
    return out


def preamble(year):
    out = [PageBreak(), Paragraph("Prestatieovereenkomst %d" % year, S_H1), ptxt("De ondergetekenden:")]
    parties = [
        "de gemeente Velderhoek, rechtsgeldig vertegenwoordigd door de wethouder Wonen en Ruimte, handelend ter "
        "uitvoering van het besluit van het college van burgemeester en wethouders, hierna te noemen: de gemeente;",
        "Woonstichting De Kempkes, gevestigd te Velderhoek, rechtsgeldig vertegenwoordigd door haar "
        "directeur-bestuurder;",
        "Stichting Brugwonen, gevestigd te Oosterbrug, rechtsgeldig vertegenwoordigd door haar bestuurder;",
        "Haverland Wonen, gevestigd te Velderhoek, rechtsgeldig vertegenwoordigd door haar directeur-bestuurder, "
        "de onder 2 tot en met 4 genoemden hierna gezamenlijk te noemen: de corporaties;",
        "de vereniging Huurderskoepel Velderhoek, gevestigd te Velderhoek, rechtsgeldig vertegenwoordigd door haar "
        "voorzitter, hierna te noemen: de huurderskoepel,",
    ]
    for i, p in enumerate(parties, 1):
        out.append(Paragraph(esc(p), S_MEM, bulletText="%d." % i))
    out.append(ptxt("hierna gezamenlijk te noemen: partijen;"))
    out.append(H2("Considerans", toc=True))
    out.append(ptxt("overwegende dat:"))
    cons = [
        "de gemeenteraad op 7 juli 2022 de Woonvisie Velderhoek 2022-2030 heeft vastgesteld, waarin betaalbaarheid, "
        "beschikbaarheid, duurzaamheid en leefbaarheid als hoofdopgaven zijn benoemd;",
        "de gemeente in %d met de provincie en de regiogemeenten de regionale woondeal heeft ondertekend, "
        "waarin een groei van de sociale huurvoorraad is afgesproken;" % 2023,
        "de corporaties vóór 1 juli %d een overzicht van hun voorgenomen werkzaamheden hebben uitgebracht, "
        "vergezeld van het advies van de huurderskoepel;" % (year - 1),
        "het Rijk met de Nationale Prestatieafspraken kaders heeft gesteld voor de huurontwikkeling, de nieuwbouw "
        "en de verduurzaming van de sociale huurvoorraad;",
        "partijen hun inspanningen in onderlinge samenhang willen inzetten en elkaar op de uitvoering willen "
        "kunnen aanspreken;",
    ]
    if year >= 2025:
        cons.insert(3, "de evaluatie van de overeenkomst %d in het bestuurlijk overleg van %s heeft geleid tot "
                       "aanpassing van enkele afspraken;" % (year - 1, "oktober %d" % (year - 1)))
    for i, c in enumerate(cons):
        out.append(Paragraph(esc(c), S_SUB, bulletText="%s." % "abcdefgh"[i]))
    out.append(ptxt("komen het volgende overeen:"))
    # Artikel 1
    out.append(H2("Artikel 1 Begripsbepalingen"))
    out.append(ptxt("In deze overeenkomst wordt verstaan onder:"))
    defs = [
        "bestuurlijk overleg: het overleg tussen de wethouder, de bestuurders van de corporaties en het bestuur van "
        "de huurderskoepel;",
        "DAEB-woning: een woning die behoort tot de diensten van algemeen economisch belang als bedoeld in de "
        "Woningwet;",
        "doelgroep: huishoudens met een inkomen tot de inkomensgrens voor passend toewijzen, zoals die jaarlijks door "
        "het Rijk wordt vastgesteld;",
        "overzicht van voorgenomen werkzaamheden: het bod als bedoeld in artikel 43 van de Woningwet;",
        "woonvisie: de Woonvisie Velderhoek 2022-2030;",
        "wijken: de wijken Centrum, De Horst, Oude Dries, Velderhoek-Noord en Zuiderveld.",
    ]
    for i, d in enumerate(defs):
        out.append(Paragraph(esc(d), S_SUB, bulletText="%s." % "abcdefgh"[i]))
    out.append(H2("Artikel 2 Looptijd"))
    loop = [
        "Deze overeenkomst treedt in werking op 1 januari %d en eindigt van rechtswege op 31 december %d." % (year, year),
        "Afspraken die naar hun aard een langere looptijd hebben, behouden hun werking tot het moment dat zij in een "
        "volgende overeenkomst worden vervangen.",
        "De overeenkomst %d wordt met ingang van 1 januari %d ingetrokken." % (year - 1, year),
    ]
    for i, d in enumerate(loop, 1):
        out.append(Paragraph(esc(d), S_MEM, bulletText="%d." % i))
    return out


def articles(year):
    """Return flowables and the ordered list of (afspraak K, number, section, party, text)."""
    items = []
    out = []
    arts = C.ARTICLES[year]
    for n, (aid, title, party) in enumerate(arts, start=3):
        sec = "Artikel %d %s" % (n, title)
        keys = [k for k in C.A if k.v[year] is not None and k.art[year] == aid]
        order = C.ORDER.get(year, {}).get(aid)
        if order:
            assert sorted(order) == sorted(k.key for k in keys), (year, aid)
            keys = [next(k for k in keys if k.key == o) for o in order]
        head = [CondPageBreak(3 * cm), H2(sec)]
        if aid in C.ART_INTRO:
            head.append(ptxt(C.ART_INTRO[aid]))
        out += head
        for m, k in enumerate(keys, 1):
            text, frame = k.v[year]
            parts = text.split("\n")
            fl = [Paragraph(esc(parts[0]), S_MEM, bulletText="%d." % m)]
            for sp in parts[1:]:
                letter, rest = sp.split(" ", 1)
                fl.append(Paragraph(esc(rest), S_SUB, bulletText=letter))
            out += fl
            items.append(dict(k=k, number=str(m), section=sec, party=party, text=" ".join(parts), frame=frame))
    return out, items


def signatures(year):
    out = [PageBreak(), Paragraph("Ondertekening", S_H1),
           ptxt("Aldus overeengekomen en in vijfvoud ondertekend te Velderhoek op %s." % SIGN[year])]

    def cell(s):
        party, name, fn = s
        return [Paragraph("<b>%s</b>" % esc(party), S_CELL), Paragraph("namens deze,", S_CELL), Spacer(1, 30),
                Paragraph("______________________", S_CELL), Paragraph(esc(name), S_CELL),
                Paragraph(esc(fn), S_CELL)]
    rows = [[cell(s) for s in SIGNERS[:3]], [cell(s) for s in SIGNERS[3:]] + [""]]
    t = Table(rows, colWidths=[(W - LM - RM) / 3.0] * 3)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 24)]))
    out += [Spacer(1, 12), t]
    out.append(H2("Bijlagen"))
    for b in ["Bijlage 1 Nieuwbouwprogramma sociale huur %d-%d" % (year, year + 4),
              "Bijlage 2 Monitor prestatieafspraken %d (stand per 1 oktober %d)" % (year - 1, year - 1),
              "Bijlage 3 Overzichten van voorgenomen werkzaamheden van de corporaties en advies huurderskoepel"]:
        out.append(ptxt(b))
    # Bijlage 1 table
    out += [PageBreak(), Paragraph("Bijlage 1 Nieuwbouwprogramma sociale huur %d-%d" % (year, year + 4), S_H1)]
    projects = [("Kerkakker fase 2", C.KEMP, 36, year), ("Stationskwartier", C.HAV, 48, year + 1),
                ("Molenveld", C.BRUG, 54, year), ("Oude Dries-Zuid", C.KEMP, 28, year + 1),
                ("Meidoornlaan (sloop/nieuwbouw)", C.BRUG, 42, year + 2), ("De Horst, blok C", C.KEMP, 30, year + 2),
                ("Beekhof-Oost", C.HAV, 24, year + 3)]
    rows = [[Paragraph(h, S_CELLB) for h in ("Project", "Corporatie", "Aantal", "Oplevering")]]
    for p in projects:
        rows.append([Paragraph(esc(p[0]), S_CELL), Paragraph(esc(p[1]), S_CELL), Paragraph(str(p[2]), S_CELL),
                     Paragraph(str(p[3]), S_CELL)])
    t = Table(rows, colWidths=[5.5 * cm, 5 * cm, 2.5 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
    out.append(t)
    out.append(Spacer(1, 6))
    out.append(ptxt("De opleverjaren zijn indicatief en afhankelijk van de voortgang van de planologische procedures."))
    return out


def cover(year):
    out = [Spacer(1, 5 * cm), Paragraph("Prestatieovereenkomst %d" % year, S_TITLE), Spacer(1, 14),
           Paragraph("Afspraken over wonen in de gemeente Velderhoek", S_SUBT), Spacer(1, 3 * cm),
           Paragraph("tussen", S_SUBT), Spacer(1, 10)]
    for s in ["Gemeente Velderhoek", C.KEMP, C.BRUG, C.HAV, C.HKV]:
        out.append(Paragraph(s, S_SUBT))
    out += [Spacer(1, 3 * cm), Paragraph("Velderhoek, %s" % SIGN[year], S_SUBT),
            NextPageTemplate("main"), PageBreak()]
    toc = TableOfContents()
    toc.levelStyles = [S_TOC0, S_TOC1]
    toc.dotsMinLevel = 0
    out += [Paragraph("Inhoudsopgave", ParagraphStyle("tochead", parent=S_H1)), toc, PageBreak()]
    return out


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def body_texts(path):
    import pdfplumber
    res = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            c = pg.crop((0, BODY_TOP, pg.width, pg.height - BODY_BOTTOM))
            res.append(norm(c.extract_text() or ""))
    return res


def build_year(year):
    pdfp = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAMILY, year))
    doc = Doc(pdfp, year)
    arts, items = articles(year)
    story = cover(year) + intro(year) + preamble(year) + arts + signatures(year)
    doc.multiBuild(story, canvasmaker=NumberedCanvas)
    pages = body_texts(pdfp)
    # locate start page of each afspraak, sequentially
    cur = 0
    afs = []
    for it in items:
        head = norm(it["text"])[:45]
        pg = None
        for i in range(cur, len(pages)):
            if head in pages[i]:
                pg = i
                break
        if pg is None:  # starts at the very bottom with less than 45 chars: try a shorter head
            for i in range(cur, len(pages)):
                if pages[i].endswith(norm(it["text"])[:12]) or norm(it["text"])[:25] in pages[i]:
                    pg = i
                    break
        assert pg is not None, (year, it["k"].key)
        cur = pg
        k = it["k"]
        afs.append({"key": k.key, "number": it["number"], "section": it["section"], "party": it["party"],
                    "theme": k.themes[0], "themes": list(k.themes), "page": pg + 1, "text": it["text"],
                    "trekker": None, "planning": None, "attributes": {}, "frame": it["frame"]})
    gold = {"document": {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": list(C.CORPS), "huurdersorganisaties": [C.HKV], "pages": len(pages),
                         "layout": "legal-overeenkomst-artikelen"},
            "afspraken": afs}
    with open(os.path.join(OUT, "gold", "%s-%d.json" % (FAMILY, year)), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return gold


def build_pair(y0, y1, tag):
    links = []
    for k in C.A:
        o, n = k.v[y0], k.v[y1]
        if o is None and n is None:
            continue
        st, kinds, hn = k.links[tag]
        if o is None:
            assert st == "new", k.key
        elif n is None:
            assert st == "dropped", k.key
        elif o[0] == n[0]:
            assert st == "unchanged", k.key
        else:
            assert st not in ("unchanged", "new", "dropped"), k.key
        links.append({"old": k.key if o else None, "new": k.key if n else None, "status": st, "kinds": kinds,
                      "hard_negative": hn})
    old, new = "%s-%d" % (FAMILY, y0), "%s-%d" % (FAMILY, y1)
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old, new)), "w", encoding="utf-8") as f:
        json.dump({"old": old, "new": new, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    for y in C.YEARS:
        g = build_year(y)
        print(g["document"]["id"], "pages", g["document"]["pages"], "afspraken", len(g["afspraken"]))
    build_pair(2024, 2025, "A")
    build_pair(2025, 2026, "B")


if __name__ == "__main__":
    main()
