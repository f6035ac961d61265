# -*- coding: utf-8 -*-
"""Build the wolderhoven family: 3 jaarschijven + 1 raadsinformatiebrief, gold JSON, pairs.
Run from /work/main:  .venv/bin/python corpus/challenge/src/wolderhoven/build.py"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

import pdfplumber  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAM = "wolderhoven"
LM = RM = 20 * mm
TM, BM = 22 * mm, 20 * mm
PW, PH = A4
COLW = [13 * mm, 88 * mm, 28 * mm, 21 * mm, 20 * mm]
AFX0 = LM + COLW[0]
AFX1 = AFX0 + COLW[1]

ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_LEFT,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10,
                         spaceAfter=6, textColor=colors.HexColor("#1f4e5f")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6,
                         spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "cellv": ParagraphStyle("cellv", fontName="Helvetica", fontSize=8.5, leading=10.5,
                            textColor=colors.HexColor("#8a8a8a")),
    "cellh": ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                            textColor=colors.white),
    "cover": ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=12,
                            textColor=colors.HexColor("#1f4e5f")),
    "cover2": ParagraphStyle("cover2", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=8),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
    "bullet": ParagraphStyle("bullet", fontName="Times-Roman", fontSize=10.5, leading=13.5, leftIndent=14,
                             bulletIndent=3, spaceAfter=3),
    "num": ParagraphStyle("num", fontName="Times-Roman", fontSize=10.5, leading=13.5, leftIndent=16,
                          bulletIndent=2, spaceAfter=3),
}


def P(t, s="body"):
    return Paragraph(t, ST[s])


def E(t):
    return escape(t)


# ------------------------------------------------------------------ jaarschijf texts
TERUGBLIK = {
    2025: [("Opgeleverde sociale huurwoningen", "97", "105"),
           ("Verkochte huurwoningen", "9", "max. 15"),
           ("Woningen met label E, F of G (ultimo)", "213", "190"),
           ("Gehuisveste vergunninghouders (personen)", "61", "55"),
           ("Huisuitzettingen wegens huurachterstand", "7", "max. 8"),
           ("Gemiddelde wachttijd regulier (jaren)", "4,1", "-")],
    2026: [("Opgeleverde sociale huurwoningen", "102", "110"),
           ("Verkochte huurwoningen", "11", "max. 12"),
           ("Woningen met label E, F of G (ultimo)", "127", "127"),
           ("Gehuisveste vergunninghouders (personen)", "54", "58"),
           ("Huisuitzettingen wegens huurachterstand", "5", "max. 5"),
           ("Gemiddelde wachttijd regulier (jaren)", "4,4", "-")],
    2027: [("Opgeleverde sociale huurwoningen", "88", "85"),
           ("Verkochte huurwoningen", "12", "max. 12"),
           ("Woningen met label E, F of G (ultimo)", "6", "0"),
           ("Gehuisveste vergunninghouders (personen)", "66", "64"),
           ("Huisuitzettingen wegens huurachterstand", "3", "max. 5"),
           ("Gemiddelde wachttijd regulier (jaren)", "4,6", "-")],
}

TB_TEXT = {
    2025: "In 2024 werden in Wolderhoven 97 sociale huurwoningen opgeleverd, acht minder dan was voorzien, doordat de oplevering van het tweede blok aan de Brinkerweg door netcongestie enkele maanden werd uitgesteld. De verduurzaming lag op schema en het aantal huisuitzettingen daalde ten opzichte van het jaar daarvoor. De volledige monitor over 2024 is als bijlage bij deze jaarschijf gevoegd.",
    2026: "Het jaar 2025 stond in het teken van de start van de nieuwe meerjarige afspraken. Er werden 102 sociale huurwoningen opgeleverd, terwijl 110 woningen waren afgesproken; de planvorming in Wolderbroek liep vertraging op door bezwaren tegen het bestemmingsplan. De aanpak van woningen met een slecht energielabel verliep volgens plan: eind 2025 resteerden nog 127 woningen met label E, F of G, waarvan er 41 niet in 2026 worden gesloopt of verkocht.",
    2027: "In 2026 werden 88 sociale huurwoningen opgeleverd, iets meer dan de afgesproken 85. De aanpak van de E-, F- en G-labels is vrijwel afgerond; zes woningen in een complex met gemengd eigendom konden nog niet worden aangepakt en worden in het eerste kwartaal van 2027 alsnog verbeterd. Het wijkuitvoeringsplan voor De Strengen werd in juni 2026 door het college vastgesteld.",
}

CONTEXT = {
    "W": "De woonvisie 'Thuis in Wolderhoven 2023-2030' gaat uit van een groei van de sociale huurvoorraad met ten minste 450 woningen in de looptijd van deze afspraken, in lijn met de regionale woondeal die de gemeenten in de regio met het Rijk en de provincie hebben gesloten. De wachttijden voor starters en senioren zijn de afgelopen jaren opgelopen. Onderstaande afspraken gaan over nieuwbouw, toewijzing, huurbeleid en het voorkomen van betalingsproblemen.",
    "D": "De Nationale Prestatieafspraken vragen dat er uiterlijk eind 2028 geen corporatiewoningen met een E-, F- of G-label meer zijn. In Wolderhoven willen partijen dit doel eerder bereiken. Daarnaast loopt de voorbereiding van de warmtetransitie in De Strengen, de eerste wijk die volgens de transitievisie warmte aardgasvrij wordt gemaakt, en neemt de aandacht voor hittestress en wateroverlast toe.",
    "K": "Huurders moeten kunnen rekenen op een goed onderhouden, veilige en gezonde woning. Het aantal ouderen in de gemeente groeit de komende tien jaar met ruim een kwart, zodat ook de vraag naar levensloopbestendige en zorggeschikte woningen toeneemt. De huurdersorganisaties vragen in het bijzonder aandacht voor vocht- en schimmelproblemen en voor de snelheid waarmee reparaties worden uitgevoerd.",
    "L": "In enkele buurten met veel corporatiebezit staat de leefbaarheid onder druk. Volgens de leefbaarheidsmonitor scoren de Molenkamp en delen van De Strengen onder het gemeentelijk gemiddelde. Partijen werken samen met het sociale wijkteam, de politie en het welzijnswerk aan schone, hele en veilige wijken waarin bewoners naar elkaar omkijken.",
    "S": "Dit hoofdstuk bevat de afspraken over de onderlinge samenwerking, de jaarlijkse cyclus van bod en jaarschijf, de monitoring en de ondersteuning van de huurdersorganisaties.",
}

SIGN = [("Gemeente Wolderhoven", "M.A. (Marleen) Oudkerk", "wethouder Wonen"),
        ("Woonstichting Hovenland", "drs. P.J. van der Wiel", "directeur-bestuurder"),
        ("Wolder Wonen", "ing. R. Haverkamp", "bestuurder"),
        ("Woonvereniging Kernhuis", "S. El Amrani MSc", "directeur-bestuurder"),
        ("Huurdersvereniging Hovenland", "J. Brinkman", "voorzitter"),
        ("Huurdersplatform De Schakel", "W.H. Kuipers-Dam", "voorzitter")]


def rows_for_year(year):
    """Rows (afspraken + vervalt rows) in table order per theme letter."""
    rows = []
    for a in C.AF:
        if year in a["v"]:
            code, text, trek, ger, wij, frame = a["v"][year]
            rows.append(dict(a=a, code=code, text=text, trek=trek, ger=ger, wij=wij, frame=frame, vervalt=False))
        elif (year - 1) in a["v"] and year > 2025:
            code, text, trek, ger, wij, frame = a["v"][year - 1]
            rows.append(dict(a=a, code=code, text=text, trek=trek, ger=ger, wij="vervalt", frame=None, vervalt=True))
    order = "WDKLS"
    rows.sort(key=lambda r: (order.index(r["code"][0]), r["code"]))
    return rows


def header_footer_factory(title_right, total, left="Prestatieafspraken Wolderhoven 2025-2028"):
    def fn(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        if n > 1:
            canv.setFont("Helvetica", 8)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawString(LM, PH - 12 * mm, left)
            canv.drawRightString(PW - RM, PH - 12 * mm, title_right)
            canv.setStrokeColor(colors.HexColor("#1f4e5f"))
            canv.line(LM, PH - 13.5 * mm, PW - RM, PH - 13.5 * mm)
            canv.drawCentredString(PW / 2, 10 * mm, "Pagina %d van %d" % (n, total))
        canv.restoreState()
    return fn


def afspraken_table(rows, year):
    data = [[P("Nr", "cellh"), P("Afspraak", "cellh"), P("Trekker", "cellh"), P("Gereed", "cellh"),
             P("t.o.v. %d" % (year - 1), "cellh")]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f7f7f")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e5f")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i, r in enumerate(rows, start=1):
        if r["vervalt"]:
            s = "cellv"
            data.append([P(E(r["code"]), s), P("<strike>%s</strike>" % E(r["text"]), s),
                         P(E(r["trek"]), s), P(E(r["ger"]), s), P("vervalt", s)])
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f0f0f0")))
        else:
            data.append([P(E(r["code"]), "cell"), P(E(r["text"]), "cell"), P(E(r["trek"]), "cell"),
                         P(E(r["ger"]), "cell"), P(E(r["wij"]), "cell")])
    t = Table(data, colWidths=COLW, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def jaarschijf_story(year):
    sec = C.SECTIONS[year]
    s = []
    s.append(Spacer(1, 45 * mm))
    s.append(P("Prestatieafspraken Wolderhoven 2025-2028", "cover"))
    s.append(P("Jaarschijf %d" % year, "cover2"))
    s.append(Spacer(1, 10 * mm))
    s.append(P("Afspraken tussen", "small"))
    for n in ["Gemeente Wolderhoven"] + C.CORPORATIES + C.HUURDERS:
        s.append(P(E(n), "cover2" if False else "small"))
    s.append(Spacer(1, 15 * mm))
    s.append(P("Vastgesteld in het bestuurlijk overleg van %s" % {2025: "12 december 2024", 2026: "11 december 2025",
                                                                    2027: "10 december 2026"}[year], "small"))
    s.append(PageBreak())
    s.append(P("Leeswijzer", "h1"))
    s.append(P("Deze jaarschijf is de uitwerking voor %d van de meerjarige Prestatieafspraken Wolderhoven 2025-2028. "
               "Na de inleiding en een korte terugblik volgen vijf hoofdstukken: %s. Elk hoofdstuk begint met een "
               "korte toelichting, waarna de afspraken in een tabel zijn opgenomen. Per afspraak is aangegeven wie "
               "trekker is, wanneer de afspraak gereed moet zijn en of de afspraak ten opzichte van %d nieuw, gewijzigd "
               "of ongewijzigd is. Afspraken die vervallen, zijn grijs en doorgehaald weergegeven; zij maken geen "
               "deel meer uit van deze jaarschijf. Het document sluit af met de slotbepalingen, de ondertekening en "
               "een overzicht van de bijlagen." % (year, ", ".join(E(sec[k]) for k in "WDKLS"), year - 1)))
    s.append(P("Inleiding", "h1"))
    s.append(P("Gemeente Wolderhoven, Woonstichting Hovenland, Wolder Wonen, Woonvereniging Kernhuis, "
               "Huurdersvereniging Hovenland en Huurdersplatform De Schakel hebben eind 2024 meerjarige "
               "prestatieafspraken gesloten voor de periode 2025 tot en met 2028. Die kaderafspraken zijn gebaseerd "
               "op de woonvisie 'Thuis in Wolderhoven 2023-2030', de regionale woondeal en de Nationale "
               "Prestatieafspraken tussen het Rijk, de koepels van corporaties, huurders en gemeenten. Elk jaar worden "
               "de kaderafspraken in een jaarschijf vertaald naar concrete afspraken voor het komende jaar, op basis "
               "van de biedingen die de corporaties vóór 1 juli hebben uitgebracht."))
    s.append(P("De corporaties bezitten samen ruim 7.400 woningen in de gemeente, waarvan ongeveer 6.900 sociale "
               "huurwoningen. Hovenland is met circa 4.100 woningen de grootste verhuurder; Wolder Wonen en "
               "Kernhuis zijn vooral actief in de kernen Wolderbroek, Heksel en Ravenbosch. De vraag naar betaalbare "
               "woningen blijft groot, terwijl stijgende bouwkosten, netcongestie en de beschikbaarheid van "
               "bouwlocaties de realisatie van nieuwbouw bemoeilijken."))
    s.append(P("Terugblik %d" % (year - 1), "h2"))
    s.append(P(TB_TEXT[year]))
    tb = [[P("Indicator", "cellh"), P("Realisatie %d" % (year - 1), "cellh"), P("Afspraak %d" % (year - 1), "cellh")]]
    for a, b, c in TERUGBLIK[year]:
        tb.append([P(E(a), "cell"), P(b, "cell"), P(E(c), "cell")])
    t = Table(tb, colWidths=[90 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4f7f8f"))]))
    s.append(t)
    s.append(P("Tabel 1. Kerncijfers terugblik (bron: monitor prestatieafspraken).", "small"))
    rows = rows_for_year(year)
    for k in "WDKLS":
        s.append(P(E(sec[k]), "h1"))
        s.append(P(CONTEXT[k]))
        if k == "D" and year >= 2026:
            s.append(P("Met ingang van deze jaarschijf heet dit hoofdstuk 'Energietransitie en klimaat', omdat ook de "
                       "klimaatadaptatie en de aanpak van energiearmoede hieronder vallen." if year == 2026 else
                       "De tabel hieronder bevat de afspraken over verduurzaming, de warmtetransitie en klimaatadaptatie."))
        if k == "L" and year == 2026:
            s.append(P("De afspraak over de zachte landing van kwetsbare huurders is van hoofdstuk 3 naar dit hoofdstuk "
                       "verplaatst en heeft daarom een nieuw nummer gekregen."))
        s.append(afspraken_table([r for r in rows if r["code"][0] == k], year))
        s.append(Spacer(1, 4 * mm))
    s.append(P("6 Slotbepalingen", "h1"))
    s.append(P("Looptijd. Deze jaarschijf maakt onderdeel uit van de Prestatieafspraken Wolderhoven 2025-2028 en geldt "
               "van 1 januari tot en met 31 december %d. Waar deze jaarschijf niets regelt, blijven de kaderafspraken "
               "onverkort van kracht." % year))
    s.append(P("Wijzigingen. Wanneer omstandigheden daartoe aanleiding geven, kunnen partijen in het bestuurlijk "
               "overleg besluiten een afspraak tussentijds aan te passen. Een dergelijk besluit wordt schriftelijk "
               "vastgelegd en als addendum aan deze jaarschijf toegevoegd."))
    s.append(P("Openbaarheid. De jaarschijf wordt na ondertekening gepubliceerd op de websites van de gemeente en de "
               "corporaties en ter kennisname aan de gemeenteraad gezonden."))
    block = [P("Ondertekening", "h1"),
             P("Aldus overeengekomen en ondertekend te Wolderhoven op %s." %
               {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}[year])]
    sg = []
    for i in range(0, len(SIGN), 2):
        row = []
        for org, name, fn in SIGN[i:i + 2]:
            row.append(P("%s<br/><br/><br/>__________________________<br/>%s<br/>%s" % (E(org), E(name), E(fn)),
                         "small"))
        sg.append(row)
    st = Table(sg, colWidths=[85 * mm, 85 * mm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    block.append(st)
    s.append(KeepTogether(block))
    s.append(P("Bijlagen", "h2"))
    for b in ["Bijlage 1. Nieuwbouwprogramma %d-%d per project" % (year, year + 3),
              "Bijlage 2. Monitor prestatieafspraken %d" % (year - 1),
              "Bijlage 3. Biedingen van de corporaties (juni %d)" % (year - 1),
              "Bijlage 4. Begrippenlijst"]:
        s.append(P(E(b), "small"))
    return s


# ------------------------------------------------------------------ kennisgeving
KG_BULLETS = [
    ("nieuwbouw-sociaal", "De corporaties bouwen in 2026 samen ten minste 85 nieuwe sociale huurwoningen, verdeeld over het Stationskwartier, het Lindeplein, de Brinkerweg en Wolderbroek.",
     C.F([C.C], "firm", [(85, "woningen", "min")], (2026, "in 2026"), True)),
    ("huurverhoging", "De gemiddelde huurverhoging per 1 juli 2026 blijft ten minste 0,5 procentpunt onder de inflatie; huishoudens met een inkomen tot de huurtoeslaggrens krijgen geen inkomensafhankelijke huurverhoging.",
     C.F([C.C], "firm", [(0.5, "procentpunt", "min")], (2026, "per 1 juli 2026"), True)),
    ("doorstroming-senioren", "Vanaf 1 januari 2026 wordt een doorstroommakelaar ingezet die senioren helpt bij een verhuizing uit een te grote eengezinswoning.",
     C.F([C.P], "firm", [], None)),
    ("huurachterstand", "Huurders met een huurachterstand worden uiterlijk na één maand persoonlijk benaderd door hun corporatie.",
     C.F([C.C], "firm", [(1, "maanden", "max")], None, True)),
    ("vergunninghouders", "De corporaties zorgen samen voor de huisvesting van de 64 vergunninghouders die het Rijk voor 2026 aan Wolderhoven heeft toegewezen.",
     C.F([C.C], "firm", [(64, "personen", "exact")], (2026, "voor 2026"), True)),
    ("labels-efg", "De laatste 41 woningen met een energielabel E, F of G worden in 2026 verbeterd, zodat eind 2026 geen corporatiewoning in Wolderhoven meer zo'n label heeft.",
     C.F([C.C], "firm", [(41, "woningen", "exact")], (2026, "eind 2026"))),
    ("zonnepanelen", "Wolder Wonen en Kernhuis leggen in 2026 zonnepanelen op ten minste 200 huurwoningen.",
     C.F([C.C], "firm", [(200, "woningen", "min")], (2026, "in 2026"), True)),
    ("wijkuitvoeringsplan-strengen", "Het wijkuitvoeringsplan voor een aardgasvrij De Strengen wordt uiterlijk medio 2026 opgesteld; dat is een half jaar later dan eerder was afgesproken.",
     C.F([C.G, C.C], "firm", [], (2026, "uiterlijk medio 2026"))),
    ("vocht-schimmel", "Meldingen van vocht en schimmel worden binnen drie werkdagen in de woning geïnspecteerd, en binnen vier weken ligt er een herstelplan.",
     C.F([C.C], "firm", [(3, "werkdagen", "max"), (4, "weken", "max")], None, True)),
    ("leefbaarheidsbudget", "Elke corporatie trekt in 2026 gemiddeld € 135 per woning uit voor de leefbaarheid in de wijken.",
     C.F([C.C], "firm", [(135, "euro per woning", "approx")], (2026, "in 2026"), True)),
    ("bewonersinitiatieven", "De gemeente streeft ernaar bewonersinitiatieven tegen eenzaamheid te ondersteunen met maximaal € 2.500 per initiatief.",
     C.F([C.G], "intent", [(2500, "euro", "max")], None, True)),
    ("buurtkamer-ravenhof", "Wolder Wonen richt uiterlijk eind 2027 een buurtkamer in het complex Ravenhof in.",
     C.F([C.C], "firm", [], (2027, "uiterlijk eind 2027"))),
    ("woonwagenstandplaatsen", "Gemeente en Hovenland realiseren uiterlijk eind 2027 vier nieuwe woonwagenstandplaatsen aan de Veldweg.",
     C.F([C.G, C.C], "firm", [(4, "standplaatsen", "exact")], (2027, "uiterlijk eind 2027"))),
]


def kennisgeving_story():
    s = []
    s.append(P("Gemeente Wolderhoven", "cover2"))
    s.append(P("RAADSINFORMATIEBRIEF", "h2"))
    meta = [["Aan", "de gemeenteraad van Wolderhoven"], ["Datum", "16 december 2025"],
            ["Kenmerk", "RIB 2025-118"], ["Onderwerp", "Jaarschijf 2026 Prestatieafspraken Wolderhoven 2025-2028"],
            ["Portefeuillehouder", "wethouder M.A. Oudkerk (Wonen)"]]
    t = Table([[P(a, "small"), P(E(b), "small")] for a, b in meta], colWidths=[35 * mm, 130 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(P("Kennisnemen van", "h2"))
    s.append(P("De jaarschijf 2026 van de Prestatieafspraken Wolderhoven 2025-2028, die op 11 december 2025 is "
               "ondertekend door de gemeente, Woonstichting Hovenland, Wolder Wonen, Woonvereniging Kernhuis, "
               "Huurdersvereniging Hovenland en Huurdersplatform De Schakel."))
    s.append(P("Inleiding", "h2"))
    s.append(P("Op grond van de Woningwet maken gemeente, corporaties en huurdersorganisaties jaarlijks afspraken over "
               "de bijdrage van de corporaties aan het volkshuisvestingsbeleid. In december 2024 hebben partijen "
               "meerjarige afspraken gemaakt voor de periode 2025-2028. Met deze brief informeren wij u over de "
               "uitwerking daarvan voor 2026. De volledige jaarschijf is als bijlage bij deze brief gevoegd."))
    s.append(P("Kernboodschap", "h2"))
    s.append(P("De jaarschijf 2026 bouwt voort op de afspraken van vorig jaar. Door gestegen bouwkosten en vertraging "
               "in de planvorming ligt de nieuwbouwproductie lager dan in 2025, maar op het gebied van betaalbaarheid, "
               "verduurzaming en de aanpak van vocht en schimmel zijn de afspraken aangescherpt."))
    s.append(P("De belangrijkste afspraken voor 2026 zijn:"))
    for key, text, fr in KG_BULLETS:
        s.append(Paragraph(E(text), ST["bullet"], bulletText="•"))
    s.append(P("Vervolg", "h2"))
    s.append(P("De voortgang van de afspraken wordt in mei en november 2026 besproken in het bestuurlijk overleg. "
               "Wij informeren uw raad over de uitkomsten via de jaarlijkse monitor, die in het voorjaar van 2027 "
               "verschijnt."))
    s.append(P("Het college besluit:"))
    for i, d in enumerate(["de raad met deze raadsinformatiebrief te informeren over de jaarschijf 2026;",
                           "de jaarschijf 2026 ter inzage te leggen bij de griffie en te publiceren op de gemeentelijke website;",
                           "de wethouder Wonen te machtigen tot het voeren van het bestuurlijk overleg over de jaarschijf 2027."],
                          start=1):
        s.append(Paragraph(E(d), ST["num"], bulletText="%d." % i))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Burgemeester en wethouders van Wolderhoven,", "small"))
    s.append(Spacer(1, 8 * mm))
    st = Table([[P("de secretaris,<br/><br/>drs. H.E. Tjallema", "small"),
                 P("de burgemeester,<br/><br/>mr. C.J. Vermeulen-Oost", "small")]], colWidths=[80 * mm, 80 * mm])
    s.append(st)
    return s


# ------------------------------------------------------------------ rendering & gold
def render(path, story_fn, right_title, left="Prestatieafspraken Wolderhoven 2025-2028"):
    total = 1
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                                title=right_title, author="Gemeente Wolderhoven", invariant=1)
        hf = header_footer_factory(right_title, total, left)
        doc.build(story_fn(), onFirstPage=hf, onLaterPages=hf)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
        if n == total:
            break
        total = n
    return total


def norm(t, join=True):
    if join:
        t = re.sub(r"-\n(?=\w)", "-", t)
    return re.sub(r"\s+", " ", t).strip()


def page_texts(path, col=None):
    """Per page the text twice, (hyphen-joined, as printed), so find_page can join two pages in one form."""
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            if col:
                p = p.crop((col[0], 0, col[1], p.height))
            raw = p.extract_text() or ""
            out.append((norm(raw), norm(raw, False)))
    return out


def find_page(texts, text, start):
    """The page (0-based) where `text` starts: wholly on page i, or running from page i onto page i+1.

    A text wholly on page i+1 is found there, not on page i (the old check joined page i with all of
    page i+1 and so put every afspraak at the top of a page on the page before).
    """
    nt = norm(text)
    for i in range(start, len(texts)):
        if any(nt in form for form in texts[i]):
            return i
        if i + 1 < len(texts) and not any(nt in form for form in texts[i + 1]):
            if any(nt in texts[i][k] + " " + texts[i + 1][k] for k in (0, 1)):
                return i
    raise SystemExit("not found: " + text[:80])


def docmeta(doc_id, typ, year, years, pages, layout):
    return {"id": doc_id, "family": FAM, "type": typ, "year": year, "years": years, "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": C.CORPORATIES, "huurdersorganisaties": C.HUURDERS,
            "pages": pages, "layout": layout}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_jaarschijf(year):
    doc_id = "%s-%d" % (FAM, year)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    pages = render(path, lambda: jaarschijf_story(year), "Jaarschijf %d" % year)
    texts = page_texts(path, (AFX0 + 1, AFX1 - 1))
    afs = []
    pg = 0
    for r in rows_for_year(year):
        if r["vervalt"]:
            continue
        pg = find_page(texts, r["text"], pg)
        a = r["a"]
        afs.append({"key": a["key"], "number": r["code"], "section": C.SECTIONS[year][r["code"][0]],
                    "party": None, "theme": a["themes"][0], "themes": a["themes"], "page": pg + 1,
                    "text": r["text"], "trekker": r["trek"], "planning": r["ger"],
                    "attributes": {"wijziging": r["wij"]}, "frame": r["frame"]})
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": docmeta(doc_id, "prestatieafspraken", year, [2025, 2026, 2027, 2028], pages,
                                    "jaarschijf-tabel-wijzigingskolom"), "afspraken": afs})
    return afs


def build_kennisgeving():
    doc_id = "%s-kennisgeving-2026" % FAM
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    pages = render(path, kennisgeving_story, "RIB 2025-118", "Gemeente Wolderhoven - raadsinformatiebrief")
    texts = page_texts(path)
    themes = {a["key"]: a["themes"] for a in C.AF}
    afs = []
    pg = 0
    for key, text, fr in KG_BULLETS:
        pg = find_page(texts, text, pg)
        afs.append({"key": key, "number": None, "section": "Kernboodschap", "party": None,
                    "theme": themes[key][0], "themes": themes[key], "page": pg + 1, "text": text,
                    "trekker": None, "planning": None, "attributes": {}, "frame": fr})
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": docmeta(doc_id, "kennisgeving", 2026, [2026], pages, "raadsinformatiebrief-bullets"),
                "afspraken": afs})


def build_pairs():
    for old, new, pk in [(2025, 2026, "p1"), (2026, 2027, "p2")]:
        links = []
        for a in C.AF:
            if pk not in a or a[pk] is None:
                continue
            st, kinds, hn = a[pk]
            links.append({"old": a["key"] if old in a["v"] else None, "new": a["key"] if new in a["v"] else None,
                          "status": st, "kinds": kinds, "hard_negative": hn})
        o, n = "%s-%d" % (FAM, old), "%s-%d" % (FAM, new)
        write_json(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), {"old": o, "new": n, "links": links})


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    for y in (2025, 2026, 2027):
        build_jaarschijf(y)
    build_kennisgeving()
    build_pairs()


if __name__ == "__main__":
    main()
