# -*- coding: utf-8 -*-
"""Build the 'dijkerhoek' challenge family: 3 yearly prestatieafspraken PDFs + gold.

Run from /work/main:  .venv/bin/python corpus/challenge/src/dijkerhoek/build.py
Deterministic: reportlab with invariant=1, no randomness.
"""
import json
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "dijkerhoek"
LAYOUT = "portrait hoofddocument + landscape annex table (uitvoeringsagenda, repeated header, 3-level Nr)"

PW, PH = A4
LW, LH = landscape(A4)
LM = 42  # landscape margins
COLW = [46, 340, 120, 100, 152]  # Nr | Wat | Wie | Wanneer | Indicator  (sum 758)

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6,
                    textColor=colors.HexColor("#1F4E79"))
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3,
                    textColor=colors.HexColor("#1F4E79"))
small = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11.5)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
theme_st = ParagraphStyle("theme", fontName="Helvetica-Bold", fontSize=10, leading=12.5)
sub_st = ParagraphStyle("sub", fontName="Helvetica-BoldOblique", fontSize=9, leading=11.5)
cover_t = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=28, leading=34, alignment=TA_CENTER,
                         textColor=colors.HexColor("#1F4E79"))
cover_s = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER)

RECORD = {}  # ("afspraak"|"heading", key) -> first page


class TrackedPara(Paragraph):
    """Paragraph that records the page on which it (first) gets drawn."""

    def __init__(self, text, style, tkey=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self._tkey = tkey

    def split(self, availWidth, availHeight):
        parts = Paragraph.split(self, availWidth, availHeight)
        for p in parts:
            p._tkey = getattr(self, "_tkey", None)
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        k = getattr(self, "_tkey", None)
        if k is not None and k not in RECORD:
            RECORD[k] = canv.getPageNumber()
        Paragraph.drawOn(self, canv, x, y, _sW)


SPLITS = [0]  # counter of table page breaks in the current build


class AgendaTable(Table):
    """Ruled table whose page breaks alternate: on every second break a row is split
    inside itself (text continues on the next page under the repeated header)."""

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        # find the row that crosses the page end and how many of its text lines still fit
        acc, n = 0, 0
        for n, rh in enumerate(self._rowHeights):
            if acc + rh > availHeight:
                break
            acc += rh
        rh = self._rowHeights[n]
        pad = 7  # top 3 + bottom 4
        lines = int(round((rh - pad) / cell.leading))
        fit = int((availHeight - acc - 3) // cell.leading)
        spanned = self._cellvalues[n][1] == ""
        inrow = (not spanned) and lines >= 2 and 1 <= fit < lines
        res = self._splitRows(availHeight, doInRowSplit=inrow)
        if not res:
            res = self._splitRows(availHeight, doInRowSplit=not inrow)
        if res:
            SPLITS[0] += 1
        return res


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nl_num(n):
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------- year data (context, NOT afspraken)
KERN = {  # year: values at end of that year
    2021: dict(voorraad=3398, verhuur=231, duur="3,4", efg=310, uitz=7, label="C", achter="1,4%"),
    2022: dict(voorraad=3405, verhuur=219, duur="3,6", efg=220, uitz=6, label="C", achter="1,3%"),
    2023: dict(voorraad=3421, verhuur=204, duur="3,9", efg=125, uitz=6, label="C", achter="1,3%"),
    2024: dict(voorraad=3443, verhuur=196, duur="4,2", efg=40, uitz=4, label="B", achter="1,1%"),
    2025: dict(voorraad=3466, verhuur=189, duur="4,4", efg=0, uitz=2, label="B", achter="0,9%"),
}

SIGN = {
    2024: ("12 december 2023", "drs. R.J. Hofstede"),
    2025: ("10 december 2024", "drs. R.J. Hofstede"),
    2026: ("9 december 2025", "ir. M.E. de Bruin-Okken"),
}

TERUGBLIK = {
    2024: [
        "Het jaar 2023 stond in Dijkerhoek in het teken van de voorbereiding van de nieuwbouw in Oostergaarde. "
        "De eerste paal van fase 1 werd in maart geslagen, waarna de bouw ondanks de krappe markt voor aannemers "
        "volgens planning verliep. Woningstichting Hoeveland verbeterde in 2023 in totaal 95 woningen met een "
        "energielabel E, F of G, zodat aan het einde van het jaar nog 125 woningen met een dergelijk label "
        "resteerden.",
        "De gemiddelde inschrijfduur van woningzoekenden liep verder op, tot 3,9 jaar. Het aantal verhuringen "
        "daalde naar 204, vooral doordat minder huurders verhuisden. Er vonden zes huisuitzettingen plaats, "
        "waarvan vier als gevolg van huurachterstand. De taakstelling voor de huisvesting van vergunninghouders "
        "werd voor 92 procent gehaald.",
    ],
    2025: [
        "In 2024 werden de eerste 28 woningen van Oostergaarde fase 1 opgeleverd; de overige woningen volgen in "
        "2025. Het haalbaarheidsonderzoek naar de locatie van de voormalige Dijkschool werd in het najaar "
        "afgerond en liet zien dat op deze plek ongeveer 24 sociale huurwoningen passen. Woningstichting Hoeveland "
        "verbeterde 85 woningen met een label E, F of G, waarmee er eind 2024 nog 40 overbleven.",
        "Het wijkuitvoeringsplan voor de Molenbuurt kon in 2024 niet worden vastgesteld, omdat de besluitvorming "
        "over het regionale warmtenet vertraging opliep. Het aantal huisuitzettingen daalde naar vier. De "
        "inschrijfduur steeg verder naar gemiddeld 4,2 jaar, en de huurdersvereniging organiseerde twee drukbezochte "
        "bewonersavonden over betaalbaarheid.",
    ],
    2026: [
        "In 2025 werd Oostergaarde fase 1 met de oplevering van de laatste 20 woningen afgerond. De gemeenteraad "
        "stelde in juni 2025 de herziene woonvisie Thuis in Dijkerhoek vast. Woningstichting Hoeveland pakte de "
        "laatste 40 woningen met een label E, F of G aan, zodat haar bezit in Dijkerhoek sinds het najaar geen "
        "slechte labels meer kent.",
        "Door gestegen bouwkosten en een bezwaarprocedure tegen het omgevingsplan schoof de start van Oostergaarde "
        "fase 2 op. De grondovereenkomst voor de Dijkschool werd nog niet getekend, omdat de sloop van het "
        "schoolgebouw later begon dan voorzien. Er vonden twee huisuitzettingen plaats. De pilot met "
        "conditiemetingen in twee complexen in de Molenbuurt werd door huurders positief ontvangen.",
    ],
}


def kern_table(year):
    ys = [year - 3, year - 2, year - 1]
    rows = [["Kerncijfer (stand per 31 december)"] + [str(y) for y in ys]]
    lab = [("Sociale huurwoningen Woningstichting Hoeveland", "voorraad", nl_num),
           ("Aantal verhuringen", "verhuur", str),
           ("Gemiddelde inschrijfduur bij acceptatie (jaar)", "duur", str),
           ("Woningen met energielabel E, F of G", "efg", str),
           ("Gemiddeld energielabel", "label", str),
           ("Huisuitzettingen", "uitz", str),
           ("Huurachterstand (% van de jaarhuur)", "achter", str)]
    for name, k, f in lab:
        rows.append([name] + [f(KERN[y][k]) for y in ys])
    t = Table(rows, colWidths=[250, 70, 70, 70])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F4E79")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def context_per_theme(year):
    prev = year - 1
    th = C.THEMES[year]
    return [
        ("3.1 " + th["1"],
         f"De druk op de sociale huurmarkt in Dijkerhoek is onverminderd groot. De regionale woondeal gaat uit van "
         f"een forse groei van de sociale voorraad tot 2030, waarvan Dijkerhoek naar rato een deel voor zijn "
         f"rekening neemt. Betaalbaarheid blijft voor veel huishoudens een zorg; uit de woonlastenmonitor over "
         f"{prev} bleek dat ruim een op de vijf huurders van Woningstichting Hoeveland een hoge woonquote heeft."),
        ("3.2 " + th["2"],
         "De Nationale Prestatieafspraken vragen corporaties om uiterlijk eind 2028 geen woningen met een label "
         "E, F of G meer in bezit te hebben en om de isolatie van de voorraad te versnellen. De transitievisie "
         "warmte van de gemeente wijst de Molenbuurt aan als eerste wijk die van het aardgas af zou kunnen, "
         "afhankelijk van de komst van een regionaal warmtenet."),
        ("3.3 " + th["3"],
         "Het aantal inwoners van 75 jaar en ouder groeit in Dijkerhoek sneller dan gemiddeld in de regio. Meer "
         "mensen wonen langer zelfstandig, ook met een zorgvraag. Vocht en schimmel zijn landelijk een "
         "aandachtspunt gebleven; de woningstichting ontving in " + str(prev) + " in Dijkerhoek ruim zestig "
         "meldingen op dit gebied."),
        ("3.4 " + th["4"],
         "De leefbaarheid in de meeste buurten is goed, maar in delen van de Molenbuurt en Dijkzicht staat zij "
         "onder druk. Het sociaal wijkteam signaleert meer bewoners met een kwetsbare achtergrond en meer "
         "meldingen van overlast. Ontmoeting en vroegtijdige signalering worden door alle partijen als sleutel "
         "gezien."),
        ("3.5 " + th["5"],
         "De samenwerking tussen gemeente, woningstichting en huurdersvereniging is de afgelopen jaren "
         "geïntensiveerd. Het tripartiete overleg vindt plaats op bestuurlijk en ambtelijk niveau. De "
         "huurdersvereniging is als gelijkwaardige partij betrokken bij alle fasen van de cyclus, van het bod "
         "tot de monitoring."),
    ]


# ---------------------------------------------------------------- page decoration
def make_onpage(year, total, landscape_page):
    def draw(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        if landscape_page:
            w, h = LW, LH
            txt = f"Uitvoeringsagenda prestatieafspraken Dijkerhoek {year} | pagina {n} van {total}"
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawString(LM, h - 24, f"Bijlage 1 bij de prestatieafspraken {year}")
            canv.drawRightString(w - LM, h - 24, "Gemeente Dijkerhoek | Woningstichting Hoeveland | "
                                                 "Huurdersvereniging De Dijkpoort")
            canv.setFont("Helvetica", 8)
            canv.drawRightString(w - LM, 22, txt)
        else:
            w, h = PW, PH
            if n > 1:
                canv.setFont("Helvetica", 7.5)
                canv.setFillColor(colors.HexColor("#555555"))
                canv.drawString(60, h - 34, f"Prestatieafspraken {year}")
                canv.drawRightString(w - 60, h - 34, "Gemeente Dijkerhoek | Woningstichting Hoeveland | "
                                                     "Huurdersvereniging De Dijkpoort")
                canv.setStrokeColor(colors.HexColor("#1F4E79"))
                canv.line(60, h - 38, w - 60, h - 38)
                canv.setFont("Helvetica", 8)
                canv.drawCentredString(w / 2, 30, f"Prestatieafspraken Dijkerhoek {year} | pagina {n} van {total}")
        canv.restoreState()
    return draw


# ---------------------------------------------------------------- afspraken per year
def afspraken_for(year):
    """Return ordered list of (theme_no, sub_no, key, version) for the year, numbers assigned."""
    items = []
    for gi, (key, vers) in enumerate(C.A):
        if year in vers:
            v = vers[year]
            items.append((v["sub"], v["pos"] if v["pos"] is not None else gi, gi, key, v))
    items.sort(key=lambda t: (t[0], t[1], t[2]))
    out = []
    count = {}
    for sub, _, _, key, v in items:
        count[sub] = count.get(sub, 0) + 1
        out.append((sub, f"{sub}.{count[sub]}", key, v))
    return out


def annex_table(year, rows_out):
    data = [[Paragraph("Nr", cellh), Paragraph("Wat spreken we af", cellh), Paragraph("Wie", cellh),
             Paragraph("Wanneer", cellh), Paragraph("Indicator", cellh)]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    cur_theme = cur_sub = None
    for sub, nr, key, v in afspraken_for(year):
        th = sub.split(".")[0]
        if th != cur_theme:
            cur_theme = th
            data.append([Paragraph(f"{th} {esc(C.THEMES[year][th])}", theme_st), "", "", "", ""])
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#BDD7EE"))]
        if sub != cur_sub:
            cur_sub = sub
            data.append([Paragraph(f"{sub} {esc(C.SUBTHEMES[sub])}", sub_st), "", "", "", ""])
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEF3F9"))]
        data.append([Paragraph(nr, cellb), TrackedPara(esc(v["text"]), cell, tkey=("afspraak", key)),
                     Paragraph(esc(v["wie"]), cell), Paragraph(esc(v["wanneer"]), cell),
                     Paragraph(esc(v["ind"]), cell)])
        section = (f"Bijlage 1 Uitvoeringsagenda {year} > {th} {C.THEMES[year][th]} > "
                   f"{sub} {C.SUBTHEMES[sub]}")
        rows_out.append((key, nr, section, v))
    t = AgendaTable(data, colWidths=COLW, repeatRows=1, splitByRow=1, splitInRow=15)
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------- document
def heading(text, key, style=h1):
    return TrackedPara(esc(text), style, tkey=("heading", key))


def story_for(year, toc_pages):
    th = C.THEMES[year]
    prev = year - 1
    date, ceo = SIGN[year]
    s = []
    # cover
    s += [Spacer(1, 150), Paragraph(f"Prestatieafspraken {year}", cover_t), Spacer(1, 18),
          Paragraph("Gemeente Dijkerhoek<br/>Woningstichting Hoeveland<br/>Huurdersvereniging De Dijkpoort", cover_s),
          Spacer(1, 40),
          Paragraph(f"Hoofddocument met Bijlage 1 Uitvoeringsagenda {year}", cover_s), Spacer(1, 200),
          Paragraph(f"Ondertekend te Dijkerhoek op {date}", ParagraphStyle("cd", parent=cover_s, fontSize=10)),
          PageBreak()]
    # inhoud
    toc = [("1 Inleiding", "inl"), (f"2 Terugblik op {prev}", "terug"), ("3 Opgaven per thema", "opg"),
           ("4 Looptijd, monitoring en geschillen", "loop"), ("5 Ondertekening", "onder"),
           (f"Bijlage 1 Uitvoeringsagenda {year}", "bijl1")]
    s.append(Paragraph("Inhoud", h1))
    rows = [[t, str(toc_pages.get(k, ""))] for t, k in toc]
    tt = Table(rows, colWidths=[380, 40])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB"))]))
    s += [tt, Spacer(1, 14)]
    # 1 inleiding
    s.append(heading("1 Inleiding", "inl"))
    s.append(Paragraph(
        f"Voor u liggen de prestatieafspraken {year} tussen de gemeente Dijkerhoek, Woningstichting Hoeveland "
        f"en Huurdersvereniging De Dijkpoort. In deze afspraken leggen de drie partijen vast welke bijdrage de "
        f"woningstichting in {year} levert aan de doelen uit de gemeentelijke woonvisie, en wat de gemeente en de "
        f"huurdersvereniging daar zelf tegenover zetten. De afspraken zijn gebaseerd op het overzicht van "
        f"voorgenomen werkzaamheden dat Woningstichting Hoeveland vóór 1 juli {prev} heeft uitgebracht en op de "
        f"gesprekken die partijen daarover in het najaar van {prev} hebben gevoerd.", body))
    visie = ("de woonvisie Wonen in Dijkerhoek 2020-2025" if year < 2026
             else "de in 2025 vastgestelde woonvisie Thuis in Dijkerhoek 2025-2032")
    s.append(Paragraph(
        f"Het beleidskader wordt gevormd door {visie}, de regionale woondeal en de Nationale "
        f"Prestatieafspraken die het Rijk in 2022 met Aedes, de Woonbond en de VNG heeft gesloten. Daarin zijn onder "
        f"meer afspraken opgenomen over de bouw van sociale huurwoningen, het uitfaseren van slechte energielabels "
        f"en het betaalbaar houden van de huren. Ook de Wet versterking regie volkshuisvesting, die gemeenten een "
        f"sterkere rol geeft bij het sturen op de woningbouwopgave, speelt een rol.", body))
    s.append(Paragraph(
        f"Dit hoofddocument bevat de context: een terugblik op {prev}, enkele kerncijfers en een korte schets van "
        f"de opgaven per thema. Alle concrete afspraken voor {year} zijn opgenomen in Bijlage 1, de "
        f"Uitvoeringsagenda {year}. Per afspraak is daar aangegeven wie de trekker is, wanneer de afspraak wordt "
        f"uitgevoerd en aan de hand van welke indicator de voortgang wordt gevolgd. De bijlage maakt integraal "
        f"deel uit van deze prestatieafspraken.", body))
    # 2 terugblik
    s.append(heading(f"2 Terugblik op {prev}", "terug"))
    for p in TERUGBLIK[year]:
        s.append(Paragraph(p, body))
    s.append(Paragraph(f"Tabel 1 geeft de belangrijkste kerncijfers over de afgelopen drie jaar weer.", body))
    s.append(KeepTogether([Paragraph(f"Tabel 1. Kerncijfers wonen Dijkerhoek {year - 3}-{prev}", h2),
                           kern_table(year)]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Bron: jaarverslagen Woningstichting Hoeveland en registratie gemeente Dijkerhoek; de "
                       "cijfers over het laatste jaar zijn voorlopig.", small))
    # 3 opgaven
    s.append(heading("3 Opgaven per thema", "opg"))
    s.append(Paragraph(
        "In dit hoofdstuk beschrijven partijen kort de opgaven waarop de afspraken in de uitvoeringsagenda "
        "betrekking hebben. De indeling volgt de vijf thema’s van de uitvoeringsagenda.", body))
    for title, txt in context_per_theme(year):
        s.append(Paragraph(esc(title), h2))
        s.append(Paragraph(txt, body))
    # 4 looptijd
    s.append(heading("4 Looptijd, monitoring en geschillen", "loop"))
    s.append(Paragraph(
        f"Deze prestatieafspraken gelden van 1 januari {year} tot en met 31 december {year}. Afspraken met een "
        f"langere doorlooptijd lopen door totdat zij in een volgende uitvoeringsagenda zijn vervangen of afgerond. "
        f"De voortgang wordt bijgehouden in een monitor, die de woningstichting en de gemeente samen opstellen en "
        f"die in het voorjaar en in het najaar in het bestuurlijk overleg aan de orde komt.", body))
    s.append(Paragraph(
        "Wanneer omstandigheden wezenlijk veranderen, bijvoorbeeld door nieuwe wet- en regelgeving van het Rijk of "
        "door een sterke stijging van de bouwkosten, kan elk van de partijen een voorstel tot wijziging doen, "
        "zoals dat in eerdere jaren ook enkele keren is gebeurd. De regeling voor geschillen is opgenomen in de "
        "uitvoeringsagenda onder thema 5.", body))
    # 5 ondertekening
    s.append(heading("5 Ondertekening", "onder"))
    s.append(Paragraph(f"Aldus overeengekomen en ondertekend te Dijkerhoek op {date}.", body))
    sig = Table([
        [Paragraph("<b>Gemeente Dijkerhoek</b>", small), Paragraph("<b>Woningstichting Hoeveland</b>", small),
         Paragraph("<b>Huurdersvereniging De Dijkpoort</b>", small)],
        ["", "", ""],
        [Paragraph("mr. A.C. Verbeek-Smit<br/>wethouder Wonen", small),
         Paragraph(f"{ceo}<br/>directeur-bestuurder", small),
         Paragraph("J. van der Leest<br/>voorzitter", small)],
    ], colWidths=[150, 150, 150], rowHeights=[None, 46, None])
    sig.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 14)]))
    s.append(KeepTogether([sig]))
    s.append(Spacer(1, 16))
    s.append(Paragraph("Bijlagen", h2))
    s.append(Paragraph(f"Bijlage 1 Uitvoeringsagenda {year} (in dit document)<br/>"
                       f"Bijlage 2 Monitor prestatieafspraken {prev}, stand per 1 oktober {prev} (separaat)<br/>"
                       f"Bijlage 3 Nieuwbouwprogramma Woningstichting Hoeveland {year}-{year + 4} (separaat)", body))
    # annex
    s += [NextPageTemplate("land"), PageBreak()]
    s.append(heading(f"Bijlage 1 Uitvoeringsagenda {year}", "bijl1"))
    s.append(Paragraph(
        f"In deze uitvoeringsagenda zijn alle afspraken voor {year} opgenomen, geordend naar de vijf thema’s. De "
        f"kolom Wie noemt de partij die de afspraak trekt; de kolom Wanneer geeft de planning. De indicator wordt "
        f"gebruikt in de monitor.", ParagraphStyle("bi", parent=body, fontName="Helvetica", fontSize=9, leading=12)))
    rows_out = []
    s.append(annex_table(year, rows_out))
    return s, rows_out


def build_pdf(year, path, total, toc_pages):
    RECORD.clear()
    SPLITS[0] = 0
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=f"Prestatieafspraken Dijkerhoek {year}",
                          author="Gemeente Dijkerhoek", subject="Prestatieafspraken", creator="dijkerhoek build.py")
    fp = Frame(60, 55, PW - 120, PH - 110, id="fp")
    fl = Frame(LM, 36, LW - 2 * LM, LH - 36 - 34, id="fl", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="port", frames=[fp], onPage=make_onpage(year, total, False), pagesize=A4),
        PageTemplate(id="land", frames=[fl], onPage=make_onpage(year, total, True), pagesize=landscape(A4)),
    ])
    story, rows = story_for(year, toc_pages)
    doc.build(story)
    pages = doc.page
    return pages, dict(RECORD), rows


def build_year(year):
    path = os.path.join(OUT, "pdf", f"{FAMILY}-{year}.pdf")
    pages, rec, _ = build_pdf(year, path, 0, {})
    toc = {k[1]: p for k, p in rec.items() if k[0] == "heading"}
    pages2, rec2, rows = build_pdf(year, path, pages, toc)
    assert pages2 == pages and rec2 == rec, "pagination changed between passes"
    afs = []
    for key, nr, section, v in rows:
        afs.append({
            "key": key, "number": nr, "section": section, "party": None,
            "theme": v["themes"][0], "themes": list(v["themes"]),
            "page": rec2[("afspraak", key)], "text": v["text"],
            "trekker": v["wie"] or None, "planning": v["wanneer"] or None,
            "attributes": ({"indicator": v["ind"]} if v["ind"] else {}),
            "frame": v["frame"],
        })
    gold = {"document": {"id": f"{FAMILY}-{year}", "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE],
                         "corporaties": [C.CORPORATIE], "huurdersorganisaties": [C.HUURDERS],
                         "pages": pages2, "layout": LAYOUT},
            "afspraken": afs}
    with open(os.path.join(OUT, "gold", f"{FAMILY}-{year}.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def build_pair(y0, y1, g0, g1):
    k0 = [a["key"] for a in g0["afspraken"]]
    k1 = [a["key"] for a in g1["afspraken"]]
    t0 = {a["key"]: a["text"] for a in g0["afspraken"]}
    t1 = {a["key"]: a["text"] for a in g1["afspraken"]}
    ann = C.PAIRS[(y0, y1)]
    links = []
    for k in k0:
        if k in t1:
            st, kinds, hn = ann[k]
            if (st == "unchanged") != (t0[k] == t1[k]):
                raise SystemExit(f"status/text mismatch for {k} {y0}->{y1}: {st}")
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            assert k not in ann, k
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in k1:
        if k not in t0:
            assert k not in ann, k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    extra = set(ann) - (set(k0) & set(k1))
    assert not extra, extra
    old_id, new_id = f"{FAMILY}-{y0}", f"{FAMILY}-{y1}"
    with open(os.path.join(OUT, "gold", "pairs", f"{old_id}__{new_id}.json"), "w", encoding="utf-8") as f:
        json.dump({"old": old_id, "new": new_id, "links": links}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build_year(y) for y in C.YEARS}
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        build_pair(y0, y1, golds[y0], golds[y1])
    for y in C.YEARS:
        print(f"{FAMILY}-{y}: {golds[y]['document']['pages']} pages, {len(golds[y]['afspraken'])} afspraken")


if __name__ == "__main__":
    main()
