# -*- coding: utf-8 -*-
"""Build the brederwiel family: prestatieafspraken 2025 and 2026 and the bod for 2026.
Run from /work/main:  .venv/bin/python corpus/challenge/src/brederwiel/build.py"""
import json
import os
import sys

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, NextPageTemplate, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "challenge", "dev"))
FAMILY = "brederwiel"
W, H = A4

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=6)
AFTXT = ParagraphStyle("aftxt", parent=BODY, leftIndent=0.6 * cm, spaceAfter=9)
AFID = ParagraphStyle("afid", fontName="Helvetica-Bold", fontSize=9.5, leading=12, leftIndent=0.6 * cm,
                      textColor=colors.HexColor("#1f4e79"), spaceAfter=2)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=9,
                    textColor=colors.HexColor("#1f4e79"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=9)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=17)
COVER1 = ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=28, leading=34, alignment=TA_LEFT,
                        textColor=colors.HexColor("#1f4e79"))
COVER2 = ParagraphStyle("c2", fontName="Helvetica", fontSize=14, leading=20)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=0.9 * cm, bulletIndent=0, spaceAfter=3)
SUB = ParagraphStyle("sub", parent=BODY, leftIndent=1.6 * cm, bulletIndent=0.95 * cm, spaceAfter=2)


class Rec(Paragraph):
    """Paragraph that records the page it is drawn on, and registers footnotes for that page."""

    def __init__(self, text, style, doc=None, key=None, fn=None):
        Paragraph.__init__(self, text, style)
        self._doc, self._key, self._fn = doc, key, fn

    def draw(self):
        pg = self.canv.getPageNumber()
        if self._key is not None:
            self._doc.pages.setdefault(self._key, pg)
        if self._fn:
            self._doc.footnotes.append(self._fn)
        Paragraph.draw(self)


class Doc(BaseDocTemplate):
    def __init__(self, path, header, total, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, invariant=1, leftMargin=2.3 * cm,
                                 rightMargin=2.3 * cm, topMargin=2.4 * cm, bottomMargin=3.4 * cm, **kw)
        self.header, self.total = header, total
        self.pages, self.footnotes = {}, []
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([
            PageTemplate("cover", [fr], onPage=self._cover, onPageEnd=self._end),
            PageTemplate("main", [fr], onPage=self._main, onPageEnd=self._end),
        ])

    def _cover(self, c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
        c.restoreState()

    def _main(self, c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(self.leftMargin, H - 1.5 * cm, self.header)
        c.line(self.leftMargin, H - 1.65 * cm, W - self.rightMargin, H - 1.65 * cm)
        c.drawRightString(W - self.rightMargin, 1.3 * cm, "Pagina %d van %d" % (c.getPageNumber(), self.total))
        c.restoreState()

    def _end(self, c, d):
        if not self.footnotes:
            return
        c.saveState()
        y = self.bottomMargin - 0.3 * cm
        c.setLineWidth(0.5)
        c.line(self.leftMargin, y, self.leftMargin + 4 * cm, y)
        y -= 0.1 * cm
        for num, txt in self.footnotes:
            p = Paragraph("<super>%d</super> %s" % (num, txt), SMALL)
            _, ph = p.wrap(self.width, 3 * cm)
            p.drawOn(c, self.leftMargin, y - ph)
            y -= ph + 1
        c.restoreState()
        self.footnotes = []


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ agreement documents
PARTIES = "Gemeente Brederwiel, Brederwonen en Huurdersvereniging De Wielen"

INTRO = {
 2025: [
  "Deze prestatieafspraken zijn tot stand gekomen in het tripartiete overleg tussen de gemeente Brederwiel, woningcorporatie Brederwonen en Huurdersvereniging De Wielen. Zij bouwen voort op de Woonvisie Brederwiel 2023-2030, die in maart 2023 door de gemeenteraad is vastgesteld, en op het bod dat Brederwonen in juni 2024 heeft uitgebracht.",
  "De opgave in Brederwiel is onverminderd groot. De wachttijden voor een sociale huurwoning zijn de afgelopen jaren opgelopen, het aantal inwoners boven de 75 jaar neemt snel toe en de woningvoorraad moet in hoog tempo worden verduurzaamd. In de regionale woondeal die de regio Wielland met het Rijk heeft gesloten, is vastgelegd dat het aandeel sociale huur in de nieuwbouw ten minste 30% bedraagt.",
  "Leeswijzer. Hoofdstuk 2 blikt terug op 2024. De hoofdstukken 3 tot en met 7 bevatten per thema een korte toelichting en de afspraken voor 2025. Iedere afspraak is voorzien van een eigen nummer, bestaande uit het jaartal en een volgnummer. In hoofdstuk 8 zijn de slotbepalingen opgenomen.",
 ],
 2026: [
  "Voor u liggen de prestatieafspraken 2026 van de gemeente Brederwiel, woningcorporatie Brederwonen en Huurdersvereniging De Wielen. De afspraken geven uitvoering aan de Woonvisie Brederwiel 2023-2030 en aan het bod dat Brederwonen op 26 juni 2025 heeft uitgebracht.",
  "Sinds de vorige afspraken is de financiële ruimte van Brederwonen kleiner geworden door hogere bouwkosten en de gestegen rente. Partijen hebben daarom gezamenlijk keuzes gemaakt: de nieuwbouwopgave is iets bijgesteld, terwijl op betaalbaarheid en het voorkomen van huurachterstanden juist een stap extra wordt gezet. De afspraken sluiten aan bij de regionale woondeal Wielland en de Nationale Prestatieafspraken.",
  "Leeswijzer. Hoofdstuk 2 blikt terug op 2025. De hoofdstukken 3 tot en met 7 bevatten per thema een toelichting en de afspraken voor 2026; de afspraken zijn dit jaar opnieuw genummerd. Het hoofdstuk over leefbaarheid heeft een nieuwe titel gekregen en bevat nu ook de afspraken over huurachterstanden. In hoofdstuk 8 zijn de slotbepalingen opgenomen.",
 ],
}

TERUG = {
 2025: ("2 Terugblik op 2024", [
  "In 2024 zijn in Brederwiel 52 sociale huurwoningen opgeleverd, waarvan 28 in het plan De Hoven-Noord. Er werden 19 woningen verkocht en 23 vergunninghouders gehuisvest. Het aantal woningen met een energielabel E, F of G daalde van 131 naar 64. Er vonden twee huisuitzettingen wegens huurachterstand plaats.",
  "De monitor van oktober 2024 liet zien dat het merendeel van de afspraken volgens planning verliep. Vertraging trad op bij de herontwikkeling van Kerkakker-Zuid, doordat de bestemmingsplanprocedure langer duurde dan voorzien.",
 ], [["Kerncijfer", "2023", "2024"], ["Woningen Brederwonen in Brederwiel", "3.412", "3.447"],
     ["Gemiddelde inschrijfduur (jaar)", "5,6", "5,3"], ["Woningen met label E, F of G", "131", "64"],
     ["Huurders met achterstand > 2 maanden", "58", "49"], ["Huisuitzettingen", "4", "2"]]),
 2026: ("2 Terugblik op 2025", [
  "In 2025 zijn 44 sociale huurwoningen opgeleverd. Brederwonen verkocht 11 woningen en huisvestte 27 vergunninghouders. Van de 64 woningen met een label E, F of G werden er 42 verbeterd; de resterende woningen volgen in 2026. Eén huishouden werd wegens huurachterstand uit huis gezet.",
  "Niet alle afspraken zijn gerealiseerd. De geclusterde woonvorm in De Hoven is nog niet opgeleverd omdat de aanbesteding opnieuw moest worden doorlopen, en het wijkuitvoeringsplan voor Wielhaven is vertraagd. Het onderzoek naar zonnepanelen in Brede Oost is in september 2025 afgerond met een positief advies.",
 ], [["Kerncijfer", "2024", "2025"], ["Woningen Brederwonen in Brederwiel", "3.447", "3.480"],
     ["Gemiddelde inschrijfduur (jaar)", "5,3", "5,0"], ["Woningen met label E, F of G", "64", "22"],
     ["Huurders met achterstand > 2 maanden", "49", "41"], ["Huisuitzettingen", "2", "1"]]),
}

CH_INTRO = {
 "3": "Een betaalbare woning is voor veel inwoners van Brederwiel niet vanzelfsprekend. De woonvisie zet in op het toevoegen van sociale huurwoningen, het behoud van de sociale voorraad en een rechtvaardige verdeling van de schaarse woningen over de verschillende groepen woningzoekenden.",
 "4": "Het Rijk heeft met de sector afgesproken dat uiterlijk in 2028 geen huurwoningen met een slecht energielabel meer bestaan. In Brederwiel willen partijen dit eerder bereiken en de energierekening van huurders omlaag brengen, zonder dat de huur daardoor stijgt.",
 "5": "Steeds meer ouderen en mensen met een zorgvraag wonen zelfstandig. Dat stelt eisen aan de kwaliteit en toegankelijkheid van de woningen en aan de samenwerking met zorgaanbieders en de gemeente.",
 "6": "Een prettige woonomgeving vraagt om zichtbare aanwezigheid in de wijk, snelle aanpak van overlast en aandacht voor kwetsbare huurders. Brede Oost en Molenveld kennen volgens de leefbaarheidsmonitor de grootste opgave.",
 "7": "De samenwerking tussen de drie partijen is gelijkwaardig. Voor een goede inbreng heeft de huurdersvereniging voldoende middelen en tijdige informatie nodig.",
}

SLOT = [
 "Looptijd. Deze afspraken gelden van 1 januari tot en met 31 december {y}. Afspraken die een langere looptijd hebben, worden bij de volgende jaarafspraken opnieuw bezien.",
 "Wijzigingen. Wanneer de omstandigheden daartoe aanleiding geven, kunnen partijen in gezamenlijk overleg besluiten tot aanpassing van deze afspraken. Een wijziging wordt schriftelijk vastgelegd en door alle partijen ondertekend.",
 "Openbaarheid. De ondertekende afspraken worden gepubliceerd op de websites van de gemeente, Brederwonen en de huurdersvereniging en ter kennisname aan de gemeenteraad gezonden.",
]

SIGN = {
 2025: ("Brederwiel", "12 december 2024"),
 2026: ("Brederwiel", "11 december 2025"),
}

BIJLAGEN = {
 2025: ["Bijlage 1  Nieuwbouwprogramma Brederwonen 2025-2029", "Bijlage 2  Monitor prestatieafspraken 2024",
        "Bijlage 3  Begrippenlijst"],
 2026: ["Bijlage 1  Nieuwbouwprogramma Brederwonen 2026-2030", "Bijlage 2  Monitor prestatieafspraken 2025",
        "Bijlage 3  Begrippenlijst"],
}


def agreement_story(doc, year, toc_pages):
    chapters = C.A25 if year == 2025 else C.A26
    fnkeys = C.FN_KEYS[year]
    s = []
    s.append(Spacer(1, 4 * cm))
    s.append(Paragraph("Prestatieafspraken %d" % year, COVER1))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("Jaarafspraken ter uitvoering van de Woonvisie Brederwiel 2023-2030", COVER2))
    s.append(Spacer(1, 2.5 * cm))
    for p in ["Gemeente Brederwiel", "Woningcorporatie Brederwonen", "Huurdersvereniging De Wielen"]:
        s.append(Paragraph(p, COVER2))
    s.append(Spacer(1, 3 * cm))
    s.append(Paragraph("Definitieve versie, %s" % SIGN[year][1], BODY))
    s.append(NextPageTemplate("main"))
    s.append(PageBreak())
    s.append(Paragraph("Inhoud", H1))
    heads = ["1 Inleiding", TERUG[year][0]] + [c[0] for c in chapters] + ["8 Slotbepalingen en ondertekening", "Bijlagen"]
    rows = [[h, str(toc_pages.get(h, ""))] for h in heads]
    t = Table(rows, colWidths=[13 * cm, 2 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 1 * cm))

    def head(h):
        return Rec(h, H1, doc, "H:" + h)

    s.append(head("1 Inleiding"))
    for p in INTRO[year]:
        s.append(Paragraph(p, BODY))
    s.append(CondPageBreak(8 * cm))
    s.append(head(TERUG[year][0]))
    for p in TERUG[year][1]:
        s.append(Paragraph(p, BODY))
    t = Table(TERUG[year][2], colWidths=[8.5 * cm, 2.5 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1"))]))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Tabel 1. Kerncijfers Brederwonen in Brederwiel", H2))
    s.append(t)
    s.append(Spacer(1, 10))
    n = 0
    fnum = 0
    gold = []
    for title, afs in chapters:
        s.append(CondPageBreak(6 * cm))
        s.append(head(title))
        s.append(Paragraph(CH_INTRO[title.split()[0]], BODY))
        s.append(Paragraph("Afspraken", H2))
        for key, text, frame in afs:
            n += 1
            num = "%d-%02d" % (year, n)
            fn = None
            mark = ""
            if key in fnkeys:
                fnum += 1
                fn = (fnum, C.FN[key])
                mark = '<super rise="3" size="6.5">%d</super>' % fnum
            s.append(KeepTogether([Paragraph("Afspraak %s" % num, AFID),
                                   Rec(esc(text) + mark, AFTXT, doc, key, fn)]))
            gold.append({"key": key, "number": num, "section": title, "party": None,
                         "theme": C.THEMES[key][0], "themes": C.THEMES[key], "page": None, "text": text,
                         "trekker": None, "planning": None, "attributes": {}, "frame": frame})
    s.append(CondPageBreak(10 * cm))
    s.append(head("8 Slotbepalingen en ondertekening"))
    for p in SLOT:
        s.append(Paragraph(p.format(y=year), BODY))
    place, date = SIGN[year]
    s.append(Paragraph("Aldus overeengekomen en ondertekend te %s op %s." % (place, date), BODY))
    s.append(Spacer(1, 8))
    sig = [["Gemeente Brederwiel", "Brederwonen", "Huurdersvereniging De Wielen"],
           ["\n\n", "", ""],
           ["M.J. van Oosterhout", "drs. P.A. Lindeboom", "H. Karagöz-de Wit"],
           ["wethouder Wonen", "directeur-bestuurder", "voorzitter"]]
    t = Table(sig, colWidths=[5.2 * cm, 4.8 * cm, 5.4 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9)]))
    s.append(KeepTogether([t]))
    s.append(Spacer(1, 14))
    s.append(head("Bijlagen"))
    for b in BIJLAGEN[year]:
        s.append(Paragraph(b, BODY))
    return s, gold


def build_agreement(year):
    path = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAMILY, year))
    header = "Prestatieafspraken %d  |  %s" % (year, PARTIES)
    toc, total = {}, 99
    for _ in range(3):
        doc = Doc(path, header, total)
        story, gold = agreement_story(doc, year, toc)
        doc.build(story)
        newtoc = {k[2:]: v for k, v in doc.pages.items() if k.startswith("H:")}
        newtotal = doc.page
        if newtoc == toc and newtotal == total:
            break
        toc, total = newtoc, newtotal
    for g in gold:
        g["page"] = doc.pages[g["key"]]
    meta = {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken", "year": year,
            "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
            "huurdersorganisaties": [C.HO], "pages": total, "layout": "year-coded afspraak ids with footnotes"}
    return {"document": meta, "afspraken": gold}


# ------------------------------------------------------------------ bod memo
BOD_INTRO = [
 "Hierbij ontvangt u, conform artikel 44 van de Woningwet, het overzicht van de werkzaamheden die Brederwonen in de komende jaren in Brederwiel voornemens is uit te voeren. Dit bod vormt de basis voor de gesprekken over de prestatieafspraken 2026 en geeft aan op welke wijze wij bijdragen aan de Woonvisie Brederwiel 2023-2030.",
 "Onze financiële positie staat onder druk. De bouwkosten zijn in het afgelopen jaar met ruim 6% gestegen en de huurinkomsten groeien minder hard dan de kosten. Wij hebben onze investeringsplannen daarom tegen het licht gehouden. Wij blijven onverminderd investeren in nieuwbouw en verduurzaming, maar temporiseren een aantal projecten. Hieronder zetten wij per thema uiteen wat wij in 2026 willen doen.",
]
BOD_OUTRO = [
 "Financiële toelichting. De voorgenomen investeringen in Brederwiel bedragen in de periode 2026-2030 circa € 118 miljoen, waarvan € 74 miljoen voor nieuwbouw en € 44 miljoen voor onderhoud en verduurzaming. Onze leningportefeuille blijft binnen de normen van de Autoriteit woningcorporaties.",
 "Wij gaan graag met u in gesprek over dit bod en stellen voor het eerste tripartiete overleg in september 2025 te plannen. Huurdersvereniging De Wielen heeft op 12 juni 2025 een eerste reactie op het concept gegeven; deze is als bijlage bij dit memo gevoegd.",
]


def bod_story(doc):
    s = []
    s.append(Paragraph("Memo", COVER1))
    s.append(Spacer(1, 10))
    rows = [["Aan:", "College van burgemeester en wethouders van de gemeente Brederwiel;\nbestuur van Huurdersvereniging De Wielen"],
            ["Van:", "Raad van bestuur Brederwonen"],
            ["Datum:", "26 juni 2025"],
            ["Onderwerp:", "Bod 2026: overzicht voorgenomen werkzaamheden 2026-2030 in Brederwiel"]]
    t = Table(rows, colWidths=[2.8 * cm, 13 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10), ("FONT", (1, 0), (1, -1), "Helvetica", 10),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    s.append(t)
    s.append(Spacer(1, 14))
    for p in BOD_INTRO:
        s.append(Paragraph(p, BODY))
    n = 0
    gold = []
    for title, items in C.BOD:
        s.append(Paragraph(title, H2))
        for key, text, subs, frame in items:
            n += 1
            parts = [Rec(esc(text), ITEM, doc, key)]
            parts[0].bulletText = "%d." % n
            for sb in subs:
                p = Paragraph(esc(sb), SUB)
                p.bulletText = "\u2013"
                parts.append(p)
            s.append(KeepTogether(parts))
            full = " ".join([text] + ["\u2013 " + sb for sb in subs])
            gold.append({"key": key, "number": str(n), "section": title, "party": None,
                         "theme": C.THEMES[key][0], "themes": C.THEMES[key], "page": None, "text": full,
                         "trekker": None, "planning": None, "attributes": {}, "frame": frame})
        s.append(Spacer(1, 4))
    s.append(Spacer(1, 6))
    for p in BOD_OUTRO:
        s.append(Paragraph(p, BODY))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Met vriendelijke groet,", BODY))
    s.append(Paragraph("drs. P.A. Lindeboom, directeur-bestuurder Brederwonen", BODY))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Bijlage: reactie Huurdersvereniging De Wielen op het conceptbod (12 juni 2025)", BODY))
    return s, gold


def build_bod():
    path = os.path.join(OUT, "pdf", "%s-bod-2026.pdf" % FAMILY)
    total = 99
    for _ in range(3):
        doc = Doc(path, "Brederwonen  |  Memo bod 2026 Brederwiel", total)
        # memo: all pages use the main template
        doc.pageTemplates = [doc.pageTemplates[1]]
        story, gold = bod_story(doc)
        doc.build(story)
        if doc.page == total:
            break
        total = doc.page
    for g in gold:
        g["page"] = doc.pages[g["key"]]
    meta = {"id": "%s-bod-2026" % FAMILY, "family": FAMILY, "type": "bod", "year": 2026, "years": [2026],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
            "huurdersorganisaties": [C.HO], "pages": total, "layout": "memo numbered list with sub-bullets"}
    return {"document": meta, "afspraken": gold}


def write(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(old, new, links):
    return {"old": old, "new": new, "links": [
        {"old": o, "new": n, "status": st, "kinds": k, "hard_negative": hn} for o, n, st, k, hn in links]}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    for g in [build_agreement(2025), build_agreement(2026), build_bod()]:
        write(g, os.path.join(OUT, "gold", g["document"]["id"] + ".json"))
    write(pair("brederwiel-2025", "brederwiel-2026", C.PAIR_25_26),
          os.path.join(OUT, "gold", "pairs", "brederwiel-2025__brederwiel-2026.json"))
    write(pair("brederwiel-bod-2026", "brederwiel-2026", C.PAIR_BOD_26),
          os.path.join(OUT, "gold", "pairs", "brederwiel-bod-2026__brederwiel-2026.json"))


if __name__ == "__main__":
    main()
