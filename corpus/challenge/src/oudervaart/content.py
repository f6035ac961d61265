# -*- coding: utf-8 -*-
"""Content of the oudervaart family (fictional): gemeente Oudervaart, Stichting Jaagpadwonen and
Huurdersvereniging De Trekvaart. Two agreements (2026, 2027) in the regional "Format prestatieafspraken" and
Jaagpadwonen's bod for 2027 in the gemeente's "Format bod"."""

FAMILY = "oudervaart"
GEMEENTE = "Oudervaart"
CORP = "Stichting Jaagpadwonen"
HUURDERS = "Huurdersvereniging De Trekvaart"
PARTY_LABELS = ["Gemeente Oudervaart", "Jaagpadwonen", "Huurdersvereniging De Trekvaart"]
PARTY_FULL = ["Gemeente Oudervaart", "Stichting Jaagpadwonen", "Huurdersvereniging De Trekvaart"]

THEMES = [
    "Thema 1 – Beschikbaar en betaalbaar wonen",
    "Thema 2 – Duurzaamheid en klimaat",
    "Thema 3 – Kwaliteit, wonen en zorg",
    "Thema 4 – Leefbaarheid en kwetsbare huurders",
    "Thema 5 – Samenwerking en proces",
]

BBB = "beschikbaarheid_betaalbaarheid"
DUU = "duurzaamheid_klimaat"
KWA = "kwaliteit"
LEE = "leefbaarheid"
OVE = "overig"


def Q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def D(year, text):
    return {"year": year, "text": text}


def F(actors, modality, quantities=(), deadline=None, recurring=False, conditions=()):
    return {"actors": list(actors), "modality": modality, "quantities": list(quantities),
            "deadline": deadline, "recurring": recurring, "conditions": list(conditions)}


G, C, H = "G", "C", "H"
CORPN = "Jaagpadwonen"

# Each afspraak: key, theme index (1-5), themes, and versions per document. Agreement versions:
# (text, trekker, gereed_in, indicator, betrokken partijen, frame). Bod versions: (text, frame).
# A version may be the string "same" (agreement 2027 identical to 2026).
AFSPRAKEN = [
    # ---------------- Thema 1
    dict(key="nieuwbouw-sluiskwartier", t=1, themes=[BBB], v={
        2026: ("Jaagpadwonen start in 2026 met de bouw van 36 sociale huurwoningen in het Sluiskwartier; de oplevering is voorzien in 2027.",
               CORPN, "2027", "aantal gestarte en opgeleverde woningen", (G, C),
               F(["corporatie"], "firm", [Q(36, "woningen")], D(2027, "in 2027"))),
        "bod": ("Wij starten in het eerste kwartaal van 2027 met de bouw van 32 sociale huurwoningen in het Sluiskwartier; de oplevering verwachten wij in 2028.",
                F(["corporatie"], "firm", [Q(32, "woningen")], D(2028, "in 2028"))),
        2027: ("Jaagpadwonen start uiterlijk in het tweede kwartaal van 2027 met de bouw van 32 sociale huurwoningen in het Sluiskwartier; de oplevering is voorzien in 2028.",
               CORPN, "2028", "aantal gestarte en opgeleverde woningen", (G, C),
               F(["corporatie"], "firm", [Q(32, "woningen")], D(2028, "in 2028"))),
    }),
    dict(key="nieuwbouw-totaal", t=1, themes=[BBB], v={
        2026: ("Jaagpadwonen voegt in de periode 2026-2030 ten minste 180 sociale huurwoningen toe aan haar voorraad in Oudervaart.",
               CORPN, "2030", "netto toevoeging sociale huurvoorraad", (G, C, H),
               F(["corporatie"], "firm", [Q(180, "woningen", "min")], D(2030, "in de periode 2026-2030"))),
        "bod": ("Wij voegen in de periode 2026-2030 ten minste 190 sociale huurwoningen toe aan onze voorraad in Oudervaart.",
                F(["corporatie"], "firm", [Q(190, "woningen", "min")], D(2030, "in de periode 2026-2030"))),
        2027: ("Jaagpadwonen voegt in de periode 2026-2030 ten minste 210 sociale huurwoningen toe aan haar voorraad in Oudervaart.",
               CORPN, "2030", "netto toevoeging sociale huurvoorraad", (G, C, H),
               F(["corporatie"], "firm", [Q(210, "woningen", "min")], D(2030, "in de periode 2026-2030"))),
    }),
    dict(key="middenhuur-sluiskwartier", t=1, themes=[BBB], v={
        "bod": ("Wij onderzoeken of wij in het Sluiskwartier 12 middenhuurwoningen kunnen toevoegen.",
                F(["corporatie"], "explore", [Q(12, "woningen")])),
        2027: ("Jaagpadwonen realiseert in het Sluiskwartier 12 middenhuurwoningen en verhuurt deze met voorrang aan huishoudens die een sociale huurwoning in Oudervaart achterlaten.",
               CORPN, "2028", "aantal middenhuurwoningen", (G, C),
               F(["corporatie"], "firm", [Q(12, "woningen")])),
    }),
    dict(key="grondprijs-sociaal", t=1, themes=[BBB], v={
        2026: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.500 per woning (prijspeil 2026).",
               "Gemeente", "doorlopend", "grondprijs per woning", (G, C),
               F(["gemeente"], "firm", [Q(22500, "euro")], None, True)),
        2027: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 23.250 per woning (prijspeil 2027).",
               "Gemeente", "doorlopend", "grondprijs per woning", (G, C),
               F(["gemeente"], "firm", [Q(23250, "euro")], None, True)),
    }),
    dict(key="verkoop", t=1, themes=[BBB], v={
        2026: ("Jaagpadwonen verkoopt in 2026 niet meer dan 8 bestaande huurwoningen, uitsluitend uit de complexen die in de portefeuillestrategie als verkoopvijver zijn aangewezen.",
               CORPN, "31-12-2026", "aantal verkochte woningen", (C,),
               F(["corporatie"], "firm", [Q(8, "woningen", "max")], D(2026, "in 2026"), True)),
        "bod": ("Wij verkopen in 2027 maximaal 5 bestaande huurwoningen, en alleen uit complexen die in onze portefeuillestrategie tot de verkoopvijver behoren.",
                F(["corporatie"], "firm", [Q(5, "woningen", "max")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen verkoopt in 2027 niet meer dan 5 bestaande huurwoningen, uitsluitend uit de complexen die in de portefeuillestrategie als verkoopvijver zijn aangewezen.",
               CORPN, "31-12-2027", "aantal verkochte woningen", (C,),
               F(["corporatie"], "firm", [Q(5, "woningen", "max")], D(2027, "in 2027"), True)),
    }),
    dict(key="huurverhoging", t=1, themes=[BBB], v={
        2026: ("De gemiddelde huurverhoging van Jaagpadwonen voor de sociale huurwoningen bedraagt per 1 juli 2026 ten hoogste 4,5%.",
               CORPN, "1 juli 2026", "gemiddelde huurverhoging", (C, H),
               F(["corporatie"], "firm", [Q(4.5, "%", "max")], D(2026, "per 1 juli 2026"), True)),
        "bod": ("Wij verhogen de huren van onze sociale huurwoningen per 1 juli 2027 gemiddeld met ten hoogste 5,5%.",
                F(["corporatie"], "firm", [Q(5.5, "%", "max")], D(2027, "per 1 juli 2027"), True)),
        2027: ("De gemiddelde huurverhoging van Jaagpadwonen voor de sociale huurwoningen bedraagt per 1 juli 2027 ten hoogste 5,0%.",
               CORPN, "1 juli 2027", "gemiddelde huurverhoging", (C, H),
               F(["corporatie"], "firm", [Q(5.0, "%", "max")], D(2027, "per 1 juli 2027"), True)),
    }),
    dict(key="vergunninghouders", t=1, themes=[BBB], v={
        2026: ("Jaagpadwonen stelt in 2026 ten minste 24 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van het Rijk.",
               CORPN, "31-12-2026", "aantal gehuisveste vergunninghouders", (G, C),
               F(["corporatie"], "firm", [Q(24, "woningen", "min")], D(2026, "in 2026"), True)),
        "bod": ("Wij stellen in 2027 minimaal 29 woningen ter beschikking voor het huisvesten van vergunninghouders, in lijn met de rijkstaakstelling.",
                F(["corporatie"], "firm", [Q(29, "woningen", "min")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen stelt in 2027 ten minste 29 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van het Rijk.",
               CORPN, "31-12-2027", "aantal gehuisveste vergunninghouders", (G, C),
               F(["corporatie"], "firm", [Q(29, "woningen", "min")], D(2027, "in 2027"), True)),
    }),
    dict(key="lokale-voorrang", t=1, themes=[BBB], v={
        2026: ("Jaagpadwonen wijst in 2026 ten minste 20% van de vrijkomende sociale huurwoningen in de kernen Hoogvaart en Ter Lede met voorrang toe aan woningzoekenden met lokale binding.",
               CORPN, "31-12-2026", "aandeel toewijzingen met lokale voorrang", (G, C, H),
               F(["corporatie"], "firm", [Q(20, "%", "min")], D(2026, "in 2026"), True)),
        "bod": ("Wij wijzen in 2027 ten minste 20% van de vrijkomende sociale huurwoningen in de kernen Hoogvaart en Ter Lede met voorrang toe aan woningzoekenden met lokale binding.",
                F(["corporatie"], "firm", [Q(20, "%", "min")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen wijst in 2027 ten minste 25% van de vrijkomende sociale huurwoningen in de kernen Hoogvaart en Ter Lede met voorrang toe aan woningzoekenden met lokale binding.",
               CORPN, "31-12-2027", "aandeel toewijzingen met lokale voorrang", (G, C, H),
               F(["corporatie"], "firm", [Q(25, "%", "min")], D(2027, "in 2027"), True)),
    }),
    dict(key="doorstroming-senioren", t=1, themes=[BBB], v={
        2026: ("Gemeente en Jaagpadwonen onderzoeken in 2026 of een verhuiscoach kan worden ingezet voor senioren die vanuit een eengezinswoning naar een passende woning willen verhuizen.",
               "Gemeente", "eind 2026", "onderzoek afgerond", (G, C),
               F(["gemeente", "corporatie"], "explore", [], D(2026, "in 2026"))),
        "bod": ("Wij zetten samen met de gemeente vanaf 1 april 2027 een verhuiscoach in voor senioren die vanuit een eengezinswoning naar een passende woning willen verhuizen, mits de gemeente de helft van de kosten draagt.",
                F(["corporatie", "gemeente"], "firm", [], D(2027, "vanaf 1 april 2027"), False, ["mits de gemeente de helft van de kosten draagt"])),
        2027: ("Gemeente en Jaagpadwonen zetten vanaf 1 april 2027 een verhuiscoach in voor senioren die vanuit een eengezinswoning naar een passende woning willen verhuizen.",
               "Gemeente", "1 april 2027", "aantal begeleide verhuizingen", (G, C),
               F(["gemeente", "corporatie"], "firm", [], D(2027, "vanaf 1 april 2027"))),
    }),
    dict(key="woningbehoefteonderzoek", t=1, themes=[BBB, OVE], v={
        2026: ("De gemeente laat in 2026 een woningbehoefteonderzoek uitvoeren en deelt de uitkomsten met Jaagpadwonen en de huurdersvereniging.",
               "Gemeente", "Q3 2026", "onderzoeksrapport gedeeld", (G, C, H),
               F(["gemeente"], "firm", [], D(2026, "in 2026"))),
    }),
    dict(key="tijdelijke-woningen", t=1, themes=[BBB], v={
        "bod": ("Wij verkennen de mogelijkheid om op de locatie Oude Veiling 20 tijdelijke woningen voor spoedzoekers te plaatsen.",
                F(["corporatie"], "explore", [Q(20, "woningen")])),
    }),
    dict(key="huurkorting", t=1, themes=[BBB], v={
        "bod": ("Wij geven huurders met een inkomen onder de huurtoeslaggrens en een huur boven de aftoppingsgrens een huurkorting van 5%.",
                F(["corporatie"], "firm", [Q(5, "%")])),
    }),
    # ---------------- Thema 2
    dict(key="labels-efg", t=2, themes=[DUU], v={
        2026: ("Jaagpadwonen verbetert in 2026 de laatste 64 woningen met een E-, F- of G-label, zodat zij eind 2026 geen woningen met een dergelijk label meer in bezit heeft.",
               CORPN, "eind 2026", "aantal woningen met label E, F of G", (C,),
               F(["corporatie"], "firm", [Q(64, "woningen"), Q(0, "woningen", "max")], D(2026, "eind 2026"))),
        "bod": ("Wij verbeteren in 2027 de laatste 22 woningen met een E-, F- of G-label, zodat wij eind 2027 geen woningen met zo’n label meer verhuren.",
                F(["corporatie"], "firm", [Q(22, "woningen"), Q(0, "woningen", "max")], D(2027, "eind 2027"))),
        2027: ("Jaagpadwonen heeft eind 2027 geen woningen met een E-, F- of G-label meer in bezit; de laatste 22 van deze woningen worden in 2027 verbeterd.",
               CORPN, "eind 2027", "aantal woningen met label E, F of G", (C,),
               F(["corporatie"], "firm", [Q(0, "woningen", "max"), Q(22, "woningen")], D(2027, "eind 2027"))),
    }),
    dict(key="isolatie", t=2, themes=[DUU], v={
        2026: ("Jaagpadwonen isoleert in 2026 ten minste 120 woningen tot minimaal energielabel B.",
               CORPN, "31-12-2026", "aantal geïsoleerde woningen", (C, H),
               F(["corporatie"], "firm", [Q(120, "woningen", "min"), Q("B", "label", "min")], D(2026, "in 2026"), True)),
        "bod": ("Wij isoleren in 2027 ten minste 90 woningen tot minimaal energielabel A.",
                F(["corporatie"], "firm", [Q(90, "woningen", "min"), Q("A", "label", "min")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen isoleert in 2027 ten minste 90 woningen tot minimaal energielabel B.",
               CORPN, "31-12-2027", "aantal geïsoleerde woningen", (C, H),
               F(["corporatie"], "firm", [Q(90, "woningen", "min"), Q("B", "label", "min")], D(2027, "in 2027"), True)),
    }),
    dict(key="gemiddeld-label", t=2, themes=[DUU], v={
        2026: ("Jaagpadwonen streeft ernaar dat haar woningbezit in 2028 gemiddeld energielabel B heeft.",
               CORPN, "2028", "gemiddeld energielabel", (C,),
               F(["corporatie"], "intent", [Q("B", "label", "min")], D(2028, "in 2028"))),
        "bod": ("Ons woningbezit heeft in 2029 gemiddeld energielabel A.",
                F(["corporatie"], "firm", [Q("A", "label", "min")], D(2029, "in 2029"))),
        2027: ("Jaagpadwonen streeft ernaar dat haar woningbezit in 2028 gemiddeld energielabel A heeft.",
               CORPN, "2028", "gemiddeld energielabel", (C,),
               F(["corporatie"], "intent", [Q("A", "label", "min")], D(2028, "in 2028"))),
    }),
    dict(key="zonnepanelen", t=2, themes=[DUU], v={
        2026: ("Jaagpadwonen plaatst in 2026 zonnepanelen op 150 eengezinswoningen, zonder huurverhoging voor de zittende huurder.",
               CORPN, "31-12-2026", "aantal woningen met zonnepanelen", (C, H),
               F(["corporatie"], "firm", [Q(150, "woningen")], D(2026, "in 2026"), True)),
        "bod": ("Wij plaatsen in 2027 zonnepanelen op 200 eengezinswoningen, zonder huurverhoging voor de zittende huurder.",
                F(["corporatie"], "firm", [Q(200, "woningen")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen plaatst in 2027 zonnepanelen op 150 eengezinswoningen, zonder huurverhoging voor de zittende huurder.",
               CORPN, "31-12-2027", "aantal woningen met zonnepanelen", (C, H),
               F(["corporatie"], "firm", [Q(150, "woningen")], D(2027, "in 2027"), True)),
    }),
    dict(key="hybride-warmtepompen", t=2, themes=[DUU], v={
        "bod": ("Wij plaatsen in 2027 in 40 woningen een hybride warmtepomp.",
                F(["corporatie"], "firm", [Q(40, "woningen")], D(2027, "in 2027"))),
    }),
    dict(key="energiecoaches", t=2, themes=[DUU, BBB], v={
        2026: ("De gemeente zet in 2026 energiecoaches in die huurders van Jaagpadwonen op verzoek thuis adviseren over energiebesparing; Jaagpadwonen wijst haar huurders op deze mogelijkheid.",
               "Gemeente", "31-12-2026", "aantal adviesgesprekken", (G, C),
               F(["gemeente", "corporatie"], "firm", [], D(2026, "in 2026"), True)),
        2027: ("De gemeente zet in 2027 energiecoaches in die huurders van Jaagpadwonen op verzoek thuis adviseren over energiebesparing; Jaagpadwonen wijst haar huurders op deze mogelijkheid.",
               "Gemeente", "31-12-2027", "aantal adviesgesprekken", (G, C),
               F(["gemeente", "corporatie"], "firm", [], D(2027, "in 2027"), True)),
    }),
    dict(key="warmtenet-de-kolk", t=2, themes=[DUU], v={
        2026: ("Gemeente en Jaagpadwonen verkennen in 2026 de mogelijkheid om de 210 woningen in de wijk De Kolk aan te sluiten op een warmtenet.",
               "Gemeente", "eind 2026", "verkenning gereed", (G, C, H),
               F(["gemeente", "corporatie"], "explore", [Q(210, "woningen")], D(2026, "in 2026"))),
        "bod": ("Wij stellen in 2027 samen met de gemeente een uitvoeringsplan op voor de aansluiting van de 210 woningen in de wijk De Kolk op een warmtenet, mits het Rijk hiervoor subsidie beschikbaar stelt.",
                F(["corporatie", "gemeente"], "firm", [Q(210, "woningen")], D(2027, "in 2027"), False, ["mits het Rijk hiervoor subsidie beschikbaar stelt"])),
        2027: ("Gemeente en Jaagpadwonen stellen in 2027 een uitvoeringsplan op voor de aansluiting van de 210 woningen in de wijk De Kolk op een warmtenet.",
               "Gemeente", "eind 2027", "uitvoeringsplan vastgesteld", (G, C, H),
               F(["gemeente", "corporatie"], "firm", [Q(210, "woningen")], D(2027, "in 2027"))),
    }),
    dict(key="klimaatadaptatie", t=2, themes=[DUU, LEE], v={
        2026: ("Jaagpadwonen vervangt bij de herinrichting van tuinen en binnenterreinen ten minste 30% van de verharding door groen.",
               CORPN, "doorlopend", "percentage vergroende verharding", (G, C),
               F(["corporatie"], "firm", [Q(30, "%", "min")])),
        "bod": ("Wij vervangen waar mogelijk bij de herinrichting van binnenterreinen ten minste 30% van de verharding door groen.",
                F(["corporatie"], "firm", [Q(30, "%", "min")], None, False, ["waar mogelijk"])),
        2027: ("Jaagpadwonen vervangt waar mogelijk bij de herinrichting van tuinen en binnenterreinen ten minste 30% van de verharding door groen.",
               CORPN, "doorlopend", "percentage vergroende verharding", (G, C),
               F(["corporatie"], "firm", [Q(30, "%", "min")], None, False, ["waar mogelijk"])),
    }),
    # ---------------- Thema 3
    dict(key="vocht-schimmel", t=3, themes=[KWA], v={
        2026: ("Jaagpadwonen neemt elke melding van vocht of schimmel binnen tien werkdagen in behandeling en bezoekt de woning binnen vier weken na de melding.",
               CORPN, "doorlopend", "doorlooptijd meldingen vocht en schimmel", (C, H),
               F(["corporatie"], "firm", [Q(10, "werkdagen", "max"), Q(4, "weken", "max")])),
        "bod": ("Wij nemen meldingen van vocht en schimmel binnen tien werkdagen in behandeling.",
                F(["corporatie"], "firm", [Q(10, "werkdagen", "max")])),
        2027: "same",
    }),
    dict(key="rookmelders", t=3, themes=[KWA], v={
        2026: ("Jaagpadwonen voorziet in 2026 alle woningen die nog geen rookmelder hebben van ten minste één rookmelder per verdieping.",
               CORPN, "31-12-2026", "percentage woningen met rookmelders", (C,),
               F(["corporatie"], "firm", [Q(1, "rookmelders per verdieping", "min")], D(2026, "in 2026"))),
    }),
    dict(key="brandveiligheid-portiekflats", t=3, themes=[KWA], v={
        "bod": ("Wij voeren vóór eind 2028 in alle 14 portiekflats een brandveiligheidsscan uit.",
                F(["corporatie"], "firm", [Q(14, "portiekflats")], D(2028, "vóór eind 2028"))),
        2027: ("Jaagpadwonen voert in 2027 in alle 14 portiekflats een brandveiligheidsscan uit.",
               CORPN, "31-12-2027", "aantal uitgevoerde scans", (C, H),
               F(["corporatie"], "firm", [Q(14, "portiekflats")], D(2027, "in 2027"))),
    }),
    dict(key="levensloopgeschikt", t=3, themes=[KWA], v={
        2026: ("Jaagpadwonen maakt jaarlijks ten minste 20 bestaande woningen levensloopgeschikt door drempels te verwijderen en beugels en een douchezitje aan te brengen.",
               CORPN, "jaarlijks", "aantal aangepaste woningen", (C,),
               F(["corporatie"], "firm", [Q(20, "woningen", "min")], None, True)),
        "bod": ("Wij maken ieder jaar minimaal 20 bestaande woningen levensloopgeschikt; daarbij halen wij drempels weg en plaatsen wij beugels en een douchezitje.",
                F(["corporatie"], "firm", [Q(20, "woningen", "min")], None, True)),
        2027: ("Jaagpadwonen maakt elk jaar minimaal twintig bestaande woningen levensloopgeschikt; zij verwijdert daarbij drempels en brengt beugels en een douchezitje aan.",
               CORPN, "jaarlijks", "aantal aangepaste woningen", (C,),
               F(["corporatie"], "firm", [Q(20, "woningen", "min")], None, True)),
    }),
    dict(key="wmo-kostenverdeling", t=3, themes=[KWA], v={
        2026: ("Gemeente en Jaagpadwonen maken in 2026 afspraken over de verdeling van de kosten van woningaanpassingen die via de Wmo worden aangevraagd.",
               "Gemeente", "eind 2026", "afsprakenkader vastgesteld", (G, C),
               F(["gemeente", "corporatie"], "firm", [], D(2026, "in 2026"))),
        2027: ("Gemeente en Jaagpadwonen maken in 2027 afspraken over de verdeling van de kosten van woningaanpassingen die via de Wmo worden aangevraagd.",
               "Gemeente", "eind 2027", "afsprakenkader vastgesteld", (G, C),
               F(["gemeente", "corporatie"], "firm", [], D(2027, "in 2027"))),
    }),
    dict(key="geclusterd-wonen", t=3, themes=[KWA, BBB], v={
        2026: ("Jaagpadwonen onderzoekt in 2026 samen met Zorggroep De Meerkoet de mogelijkheid van een geclusterde woonvorm voor ouderen in Ter Lede.",
               CORPN, "eind 2026", "haalbaarheidsonderzoek gereed", (G, C),
               F(["corporatie"], "explore", [], D(2026, "in 2026"))),
        "bod": ("Wij realiseren samen met Zorggroep De Meerkoet een geclusterde woonvorm van 16 woningen voor ouderen in Ter Lede, onder voorbehoud van goedkeuring door onze Raad van Commissarissen; de bouw start in 2028.",
                F(["corporatie"], "firm", [Q(16, "woningen")], D(2028, "in 2028"), False, ["onder voorbehoud van goedkeuring door onze Raad van Commissarissen"])),
        2027: ("Jaagpadwonen realiseert samen met Zorggroep De Meerkoet een geclusterde woonvorm van 16 woningen voor ouderen in Ter Lede; de bouw start in 2028.",
               CORPN, "start bouw 2028", "aantal woningen in de woonvorm", (G, C),
               F(["corporatie"], "firm", [Q(16, "woningen")], D(2028, "in 2028"))),
    }),
    dict(key="huurdersoordeel", t=3, themes=[KWA], v={
        2026: ("Jaagpadwonen streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van reparatieverzoeken.",
               CORPN, "doorlopend", "huurdersoordeel reparaties (Aedes-benchmark)", (C, H),
               F(["corporatie"], "intent", [Q(7.5, "cijfer", "min")])),
        "bod": ("Wij zorgen ervoor dat huurders de afhandeling van reparatieverzoeken gemiddeld met minimaal een 7,5 waarderen.",
                F(["corporatie"], "firm", [Q(7.5, "cijfer", "min")])),
        2027: ("Jaagpadwonen streeft ernaar dat huurders de afhandeling van reparatieverzoeken gemiddeld met minimaal een 7,5 waarderen.",
               CORPN, "doorlopend", "huurdersoordeel reparaties (Aedes-benchmark)", (C, H),
               F(["corporatie"], "intent", [Q(7.5, "cijfer", "min")])),
    }),
    # ---------------- Thema 4
    dict(key="vroegsignalering", t=4, themes=[BBB, LEE], v={
        2026: ("Jaagpadwonen meldt huurders met een betalingsachterstand van twee maanden bij het gemeentelijke team Vroegsignalering, zodat binnen vijf werkdagen contact met hen wordt gezocht.",
               CORPN, "doorlopend", "aantal meldingen en huisuitzettingen", (G, C),
               F(["corporatie"], "firm", [Q(2, "maanden"), Q(5, "werkdagen", "max")])),
        "bod": ("Jaagpadwonen meldt huurders met een betalingsachterstand van één maand bij het gemeentelijke team Vroegsignalering, zodat binnen vijf werkdagen contact met hen wordt gezocht.",
                F(["corporatie"], "firm", [Q(1, "maanden"), Q(5, "werkdagen", "max")])),
        2027: ("Jaagpadwonen meldt huurders met een betalingsachterstand van één maand bij het gemeentelijke team Vroegsignalering, zodat binnen vijf werkdagen contact met hen wordt gezocht.",
               CORPN, "doorlopend", "aantal meldingen en huisuitzettingen", (G, C),
               F(["corporatie"], "firm", [Q(1, "maanden"), Q(5, "werkdagen", "max")])),
    }),
    dict(key="leefbaarheidsbudget", t=4, themes=[LEE], v={
        2026: ("Jaagpadwonen stelt in 2026 een leefbaarheidsbudget van € 135.000 beschikbaar voor activiteiten in de wijken en kernen.",
               CORPN, "31-12-2026", "besteed leefbaarheidsbudget", (C, H),
               F(["corporatie"], "firm", [Q(135000, "euro")], D(2026, "in 2026"), True)),
        "bod": ("Wij reserveren in 2027 € 150.000 voor leefbaarheidsactiviteiten in de wijken en kernen van Oudervaart.",
                F(["corporatie"], "firm", [Q(150000, "euro")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen stelt in 2027 een leefbaarheidsbudget van € 150.000 beschikbaar voor activiteiten in de wijken en kernen.",
               CORPN, "31-12-2027", "besteed leefbaarheidsbudget", (C, H),
               F(["corporatie"], "firm", [Q(150000, "euro")], D(2027, "in 2027"), True)),
    }),
    dict(key="wijkbeheerder", t=4, themes=[LEE], v={
        2026: ("Jaagpadwonen zet in alle wijken met meer dan 100 van haar woningen een wijkbeheerder in die ten minste twee dagdelen per week in de wijk aanwezig is.",
               CORPN, "doorlopend", "aanwezigheid wijkbeheerders", (C, H),
               F(["corporatie"], "firm", [Q(100, "woningen", "min"), Q(2, "dagdelen per week", "min")])),
        "bod": ("Wij zetten in de wijken De Kolk, Hoogvaart-Noord en Ter Lede-Oost een wijkbeheerder in die ten minste twee dagdelen per week in de wijk aanwezig is.",
                F(["corporatie"], "firm", [Q(2, "dagdelen per week", "min")])),
        2027: ("Jaagpadwonen zet in de wijken De Kolk en Hoogvaart-Noord een wijkbeheerder in die ten minste twee dagdelen per week in de wijk aanwezig is.",
               CORPN, "doorlopend", "aanwezigheid wijkbeheerders", (C, H),
               F(["corporatie"], "firm", [Q(2, "dagdelen per week", "min")])),
    }),
    dict(key="overlast-kwetsbare-huurders", t=4, themes=[LEE], v={
        2026: ("Gemeente en Jaagpadwonen bespreken overlastsituaties met kwetsbare huurders in het maandelijkse zorg- en veiligheidsoverleg en stellen binnen vier weken een plan van aanpak op.",
               "Gemeente", "doorlopend", "aantal casussen met plan van aanpak", (G, C),
               F(["gemeente", "corporatie"], "firm", [Q(4, "weken", "max")], None, True)),
        "bod": ("Gemeente en Jaagpadwonen bespreken overlastsituaties met kwetsbare huurders in het maandelijkse zorg- en veiligheidsoverleg en stellen binnen vier weken een plan van aanpak op.",
                F(["gemeente", "corporatie"], "firm", [Q(4, "weken", "max")], None, True)),
        2027: "same",
    }),
    dict(key="bewonersinitiatieven", t=4, themes=[LEE], v={
        2026: ("De gemeente stelt in 2026 € 20.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huurwoningen.",
               "Gemeente", "31-12-2026", "aantal gehonoreerde initiatieven", (G, H),
               F(["gemeente"], "firm", [Q(20000, "euro")], D(2026, "in 2026"), True)),
        2027: ("De gemeente stelt in 2027 € 20.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huurwoningen, onder voorbehoud van vaststelling van de gemeentebegroting.",
               "Gemeente", "31-12-2027", "aantal gehonoreerde initiatieven", (G, H),
               F(["gemeente"], "firm", [Q(20000, "euro")], D(2027, "in 2027"), True, ["onder voorbehoud van vaststelling van de gemeentebegroting"])),
    }),
    dict(key="ontmoetingsruimte", t=4, themes=[LEE], v={
        2026: ("Jaagpadwonen stelt de gemeenschappelijke ruimte van complex De Aalscholver ten minste drie middagen per week open voor ontmoetingsactiviteiten.",
               CORPN, "doorlopend", "openstelling ontmoetingsruimte", (C, H),
               F(["corporatie"], "firm", [Q(3, "middagen per week", "min")])),
    }),
    dict(key="wijkschouw", t=4, themes=[LEE], v={
        "bod": ("Samen met de huurdersvereniging organiseren wij in 2027 in iedere kern een wijkschouw met bewoners.",
                F(["corporatie", "huurdersorganisatie"], "firm", [Q(1, "wijkschouw per kern", "min")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen en de huurdersvereniging organiseren in 2027 in elke kern ten minste één wijkschouw met bewoners.",
               CORPN, "31-12-2027", "aantal wijkschouwen", (C, H),
               F(["corporatie", "huurdersorganisatie"], "firm", [Q(1, "wijkschouw per kern", "min")], D(2027, "in 2027"), True)),
    }),
    # ---------------- Thema 5
    dict(key="monitoring", t=5, themes=[OVE], v={
        2026: ("Partijen bespreken twee keer per jaar de voortgang van de afspraken in het tripartiete overleg; de gemeente stelt hiervoor een monitor op.",
               "Gemeente", "halfjaarlijks", "monitor besproken", (G, C, H),
               F(["partijen", "gemeente"], "firm", [Q(2, "keer per jaar")], None, True)),
        2027: "same",
    }),
    dict(key="bod", t=5, themes=[OVE], v={
        2026: ("Jaagpadwonen stuurt vóór 1 juli 2026 haar bod op de woonvisie, ingevuld in het regionale Format bod, aan de gemeente en de huurdersvereniging.",
               CORPN, "1 juli 2026", "bod ontvangen", (G, C, H),
               F(["corporatie"], "firm", [], D(2026, "vóór 1 juli 2026"), True)),
        2027: ("Jaagpadwonen stuurt vóór 1 juli 2027 haar bod op de woonvisie, ingevuld in het regionale Format bod, aan de gemeente en de huurdersvereniging.",
               CORPN, "1 juli 2027", "bod ontvangen", (G, C, H),
               F(["corporatie"], "firm", [], D(2027, "vóór 1 juli 2027"), True)),
    }),
    dict(key="ondersteuning-huurders", t=5, themes=[OVE], v={
        2026: ("Jaagpadwonen stelt de huurdersvereniging in 2026 een budget van € 12.000 beschikbaar voor scholing en onafhankelijke ondersteuning bij de prestatieafspraken.",
               CORPN, "1 januari 2026", "budget overgemaakt", (C, H),
               F(["corporatie"], "firm", [Q(12000, "euro")], D(2026, "in 2026"), True)),
        "bod": ("Wij stellen de huurdersvereniging in 2027 € 12.000 beschikbaar voor scholing en onafhankelijke ondersteuning bij de prestatieafspraken.",
                F(["corporatie"], "firm", [Q(12000, "euro")], D(2027, "in 2027"), True)),
        2027: ("Jaagpadwonen stelt de huurdersvereniging in 2027 een budget van € 14.000 beschikbaar voor scholing en onafhankelijke ondersteuning bij de prestatieafspraken.",
               CORPN, "1 januari 2027", "budget overgemaakt", (C, H),
               F(["corporatie"], "firm", [Q(14000, "euro")], D(2027, "in 2027"), True)),
    }),
    dict(key="evaluatie-format", t=5, themes=[OVE], v={
        2026: ("Partijen evalueren in het najaar van 2026 de werking van het regionale Format prestatieafspraken en stellen het zo nodig bij.",
               "Partijen", "najaar 2026", "evaluatie besproken", (G, C, H),
               F(["partijen"], "firm", [], D(2026, "in het najaar van 2026"))),
    }),
    dict(key="woonvisie-werksessies", t=5, themes=[OVE], v={
        2027: ("De gemeente betrekt Jaagpadwonen en de huurdersvereniging bij de actualisatie van de woonvisie en organiseert daarvoor in 2027 ten minste twee werksessies.",
               "Gemeente", "Q4 2027", "aantal werksessies", (G, C, H),
               F(["gemeente"], "firm", [Q(2, "werksessies", "min")], D(2027, "in 2027"))),
    }),
]

# ---------------------------------------------------------------- pairs (status, kinds, hard_negative)
PAIR_AGREEMENTS = {
    "nieuwbouw-sluiskwartier": ("weakened", ["quantity", "deadline"], None),
    "nieuwbouw-totaal": ("strengthened", ["quantity"], None),
    "grondprijs-sociaal": ("reworded", [], "indexed_amount"),
    "verkoop": ("strengthened", ["quantity"], None),
    "huurverhoging": ("weakened", ["quantity"], None),
    "vergunninghouders": ("reworded", [], "external_figure"),
    "lokale-voorrang": ("strengthened", ["quantity"], None),
    "doorstroming-senioren": ("strengthened", ["modality"], None),
    "labels-efg": ("weakened", ["deadline"], None),
    "isolatie": ("weakened", ["quantity"], None),
    "gemiddeld-label": ("strengthened", ["label"], None),
    "zonnepanelen": ("reworded", [], "recurring_year"),
    "energiecoaches": ("reworded", [], "recurring_year"),
    "warmtenet-de-kolk": ("strengthened", ["modality"], None),
    "klimaatadaptatie": ("weakened", ["condition"], None),
    "vocht-schimmel": ("unchanged", [], None),
    "levensloopgeschikt": ("reworded", [], "same_figures"),
    "wmo-kostenverdeling": ("weakened", ["deadline"], None),
    "geclusterd-wonen": ("strengthened", ["modality"], None),
    "huurdersoordeel": ("reworded", [], "same_figures"),
    "vroegsignalering": ("strengthened", ["quantity"], None),
    "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "wijkbeheerder": ("weakened", ["scope"], None),
    "overlast-kwetsbare-huurders": ("unchanged", [], None),
    "bewonersinitiatieven": ("weakened", ["condition"], None),
    "monitoring": ("unchanged", [], None),
    "bod": ("reworded", [], "recurring_year"),
    "ondersteuning-huurders": ("strengthened", ["quantity"], None),
}

PAIR_BOD = {
    "nieuwbouw-sluiskwartier": ("weakened", ["deadline"], None),
    "nieuwbouw-totaal": ("strengthened", ["quantity"], None),
    "middenhuur-sluiskwartier": ("strengthened", ["modality"], None),
    "verkoop": ("reworded", [], "same_figures"),
    "huurverhoging": ("strengthened", ["quantity"], None),
    "vergunninghouders": ("reworded", [], "same_figures"),
    "lokale-voorrang": ("strengthened", ["quantity"], None),
    "doorstroming-senioren": ("strengthened", ["condition"], None),
    "labels-efg": ("reworded", [], "same_figures"),
    "isolatie": ("weakened", ["label"], None),
    "gemiddeld-label": ("modified", ["modality", "deadline"], None),
    "zonnepanelen": ("weakened", ["quantity"], None),
    "warmtenet-de-kolk": ("strengthened", ["condition"], None),
    "klimaatadaptatie": ("strengthened", ["scope"], None),
    "vocht-schimmel": ("strengthened", ["scope"], None),
    "brandveiligheid-portiekflats": ("strengthened", ["deadline"], None),
    "levensloopgeschikt": ("reworded", [], "same_figures"),
    "geclusterd-wonen": ("strengthened", ["condition"], None),
    "huurdersoordeel": ("weakened", ["modality"], None),
    "vroegsignalering": ("unchanged", [], None),
    "leefbaarheidsbudget": ("reworded", [], "same_figures"),
    "wijkbeheerder": ("weakened", ["scope"], None),
    "overlast-kwetsbare-huurders": ("unchanged", [], None),
    "wijkschouw": ("reworded", [], "same_figures"),
    "ondersteuning-huurders": ("strengthened", ["quantity"], None),
}

# ---------------------------------------------------------------- surrounding (non-afspraak) text
AGREEMENT_META = {
    2026: dict(looptijd="1 januari 2026 tot en met 31 december 2026", datum="11 december 2025",
               versie="Format prestatieafspraken Woonregio Vaartland, versie 3.1",
               toelichting=[
                   "In 2025 heeft Jaagpadwonen 41 sociale huurwoningen opgeleverd en 97 woningen geïsoleerd. De gemiddelde wachttijd voor een sociale huurwoning in Oudervaart liep op tot 5,4 jaar.",
                   "De afspraken in dit format zijn in drie tripartiete overleggen in september en oktober 2025 voorbereid. Waar in een afspraak niets anders staat, geldt zij voor het kalenderjaar 2026.",
               ]),
    2027: dict(looptijd="1 januari 2027 tot en met 31 december 2027", datum="9 december 2026",
               versie="Format prestatieafspraken Woonregio Vaartland, versie 3.2",
               toelichting=[
                   "In 2026 zijn 44 sociale huurwoningen opgeleverd; de bouw in het Sluiskwartier liep vertraging op door de stikstofprocedure. Het bod van Jaagpadwonen van 26 juni 2026 vormde het vertrekpunt voor deze afspraken.",
                   "De afspraken gelden voor het kalenderjaar 2027, tenzij in het vak ‘Gereed in’ een ander moment is ingevuld.",
               ]),
}

OPGAVE = {  # "Opgave uit de woonvisie" per theme: the gemeente's context, not afspraken
    1: "De woonvisie Oudervaart 2024-2030 gaat uit van een groei van de sociale huurvoorraad met 40 woningen per jaar. De wachttijd moet terug naar maximaal vier jaar en inwoners uit de kernen moeten in hun eigen kern kunnen blijven wonen.",
    2: "De gemeente wil in 2040 aardgasvrij zijn. Volgens de transitievisie warmte is De Kolk de eerste wijk die van het aardgas af gaat.",
    3: "Het aantal 75-plussers in Oudervaart verdubbelt tot 2040. Er is vooral behoefte aan gelijkvloerse woningen dicht bij voorzieningen.",
    4: "Uit de leefbaarometer blijkt dat de leefbaarheid in De Kolk en Hoogvaart-Noord onder druk staat. Het aantal meldingen van overlast steeg in het afgelopen jaar met 12%.",
    5: "Partijen werken volgens de regionale werkwijze prestatieafspraken; de gemeente is voorzitter en secretaris van het tripartiete overleg.",
}

SIGNATORIES = [
    ("Gemeente Oudervaart", "mr. H.J. Brandsema", "wethouder Wonen"),
    ("Stichting Jaagpadwonen", "ir. T. van Leeuwaarden", "directeur-bestuurder"),
    ("Huurdersvereniging De Trekvaart", "G. Olthuis-Meijer", "voorzitter"),
]

# ---------------------------------------------------------------- bod
BOD_INSTRUCTIONS = [
    "Dit format is bedoeld voor het overzicht van voorgenomen werkzaamheden (het bod) van de woningcorporatie, zoals bedoeld in artikel 43 van de Woningwet. De gemeente Oudervaart gebruikt de antwoorden als vertrekpunt voor de prestatieafspraken 2027.",
    "Beantwoord iedere vraag in het antwoordvak onder de vraag. Noem bij elke toezegging zo veel mogelijk een aantal, een jaartal en de locatie. Wensen van de gemeente in de vragen zijn geen afspraken; alleen wat de corporatie in het antwoordvak toezegt, geldt als bod.",
    "Stuur het ingevulde format vóór 1 juli 2026 naar de gemeente en de huurdersvereniging. De gemeente bevestigt de ontvangst en plant daarna het eerste tripartiete overleg.",
]

BOD_META = [
    ("Naam corporatie", "Stichting Jaagpadwonen"),
    ("Contactpersoon", "M. Ruitenbeek, adviseur strategie en beleid"),
    ("Woningbezit in Oudervaart (1 januari 2026)", "2.340 woningen, waarvan 2.205 sociale huur"),
    ("Periode van het bod", "2027-2031"),
    ("Datum van indiening", "26 juni 2026"),
]

# Per theme: questions (nr, question text, answer lines). Answer lines: ("bid", key) or ("ctx", text).
BOD = {
    1: [
        ("1.1", "De woonvisie vraagt om 40 extra sociale huurwoningen per jaar. Hoeveel sociale huurwoningen voegt u in de periode 2026-2030 toe, en op welke locaties? De gemeente vraagt u in ieder geval een planning voor het Sluiskwartier op te nemen.",
         [("bid", "nieuwbouw-totaal"), ("bid", "nieuwbouw-sluiskwartier"), ("bid", "middenhuur-sluiskwartier"),
          ("ctx", "Toelichting: door gestegen bouwkosten is het programma in het Sluiskwartier met vier woningen verkleind.")]),
        ("1.2", "Welke bijdrage levert u aan de huisvesting van spoedzoekers en vergunninghouders? De gemeente verwacht dat u naar rato van uw bezit bijdraagt aan de taakstelling.",
         [("bid", "vergunninghouders"), ("bid", "tijdelijke-woningen")]),
        ("1.3", "Hoe houdt u de huren betaalbaar, en hoeveel woningen verkoopt u? De huurdersvereniging wenst een huurverhoging onder de inflatie.",
         [("bid", "huurverhoging"), ("bid", "huurkorting"), ("bid", "verkoop")]),
        ("1.4", "Hoe bevordert u de doorstroming en de kansen van woningzoekenden uit de kernen?",
         [("bid", "lokale-voorrang"), ("bid", "doorstroming-senioren")]),
    ],
    2: [
        ("2.1", "Wat zijn uw voornemens voor de verbetering van energielabels en isolatie? De gemeente gaat ervan uit dat er eind 2026 geen woningen met een E-, F- of G-label meer zijn.",
         [("ctx", "Eind 2026 resteren naar verwachting 22 woningen met label E, F of G, omdat huurders in twee complexen de renovatie nog niet accepteerden."),
          ("bid", "labels-efg"), ("bid", "isolatie"), ("bid", "gemiddeld-label")]),
        ("2.2", "Welke maatregelen neemt u voor duurzame opwekking en aardgasvrij wonen, in het bijzonder in De Kolk?",
         [("bid", "zonnepanelen"), ("bid", "hybride-warmtepompen"), ("bid", "warmtenet-de-kolk")]),
        ("2.3", "Hoe draagt u bij aan klimaatadaptatie in uw complexen?",
         [("bid", "klimaatadaptatie")]),
    ],
    3: [
        ("3.1", "Hoe pakt u vocht en schimmel en de veiligheid van uw woningen aan? De gemeente wil dat iedere melding binnen vier weken tot een bezoek leidt.",
         [("bid", "vocht-schimmel"), ("bid", "brandveiligheid-portiekflats")]),
        ("3.2", "Wat doet u om ouderen langer zelfstandig te laten wonen?",
         [("bid", "levensloopgeschikt"), ("bid", "geclusterd-wonen")]),
        ("3.3", "Welk oordeel van huurders over uw dienstverlening streeft u na?",
         [("bid", "huurdersoordeel")]),
    ],
    4: [
        ("4.1", "Hoe voorkomt u huisuitzettingen en hoe werkt u samen bij overlast door kwetsbare huurders?",
         [("bid", "vroegsignalering"), ("bid", "overlast-kwetsbare-huurders"),
          ("ctx", "In 2025 vonden twee huisuitzettingen plaats, beide wegens ernstige overlast.")]),
        ("4.2", "Welke inzet pleegt u voor de leefbaarheid in de wijken en kernen? Geef het budget en de inzet van personeel aan.",
         [("bid", "leefbaarheidsbudget"), ("bid", "wijkbeheerder"), ("bid", "wijkschouw")]),
    ],
    5: [
        ("5.1", "Hoe ondersteunt u de huurdersvereniging bij het overleg over de prestatieafspraken?",
         [("bid", "ondersteuning-huurders")]),
    ],
}
