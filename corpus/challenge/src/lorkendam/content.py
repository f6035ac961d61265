# -*- coding: utf-8 -*-
"""Content of the lorkendam family: three yearly afsprakenlijsten (2025, 2026, 2027).

Every afspraak has a key, a Thema cell (the sheet's grouping column), a theme from the codebook and per year a
version: V(text, trekker, gereed, status, opmerking, frame, link) where link = (status, kinds, hard_negative)
relative to the previous year's version.  S(...) repeats the previous year's text, trekker, gereed and frame
(link "unchanged") with a new Status/Opmerking.
"""

YEARS = [2025, 2026, 2027]
FAMILY = "lorkendam"
GEMEENTE = "Lorkendam"
CORPORATIES = ["Woonstichting De Lorkenhof"]
HUURDERS = ["Huurdersraad De Lorkenhof"]


def q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def fr(actors, modality="firm", quantities=(), deadline=None, recurring=False, conditions=()):
    return {"actors": list(actors), "modality": modality, "quantities": list(quantities),
            "deadline": ({"year": deadline[0], "text": deadline[1]} if deadline else None),
            "recurring": recurring, "conditions": list(conditions)}


def V(text, trekker, gereed, status, opm, frame, link=None):
    return {"text": text, "trekker": trekker, "gereed": gereed, "status": status, "opm": opm,
            "frame": frame, "link": link}


def S(status, opm=""):
    return {"same": True, "status": status, "opm": opm, "link": ("unchanged", [], None)}


C = ["corporatie"]
G = ["gemeente"]
P = ["partijen"]
GC = ["gemeente", "corporatie"]
RW = lambda hn: ("reworded", [], hn)
WK = lambda *k: ("weakened", list(k), None)
ST = lambda *k: ("strengthened", list(k), None)

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

# (key, thema cell, theme, themes, {year: version})
AFSPRAKEN = [
    ("nieuwbouw-vlasakker", "Nieuwbouw", BB, None, {
        2025: V("De Lorkenhof levert in het plan Vlasakker in het vierde kwartaal van 2026 36 sociale huurwoningen op.",
                "Lorkenhof", "Q4 2026", "Op schema", "Omgevingsvergunning verleend op 3 juni 2025.",
                fr(C, quantities=[q(36, "woningen")], deadline=(2026, "vierde kwartaal van 2026"))),
        2026: V("De Lorkenhof levert in het plan Vlasakker uiterlijk medio 2027 28 sociale huurwoningen op.",
                "Lorkenhof", "medio 2027", "Vertraagd",
                "Acht woningen vervallen door de nieuwe geluidszone langs de Kanaalweg; bouwstart is verschoven naar maart 2026.",
                fr(C, quantities=[q(28, "woningen")], deadline=(2027, "uiterlijk medio 2027")), WK("quantity", "deadline")),
        2027: V("In het plan Vlasakker worden door De Lorkenhof uiterlijk medio 2027 achtentwintig sociale huurwoningen opgeleverd.",
                "Lorkenhof", "medio 2027", "Op schema", "Ruwbouw gereed; oplevering in twee fasen.",
                fr(C, quantities=[q(28, "woningen")], deadline=(2027, "uiterlijk medio 2027")), RW("same_figures")),
    }),
    ("nieuwbouw-programma", "Nieuwbouw", BB, None, {
        2025: V("De Lorkenhof start in de periode 2025-2028 met de bouw van ten minste 180 sociale huurwoningen in Lorkendam.",
                "Lorkenhof", "2028", "Loopt", "Zie nieuwbouwprogramma (tabblad 2).",
                fr(C, quantities=[q(180, "woningen", "min")], deadline=(2028, "in de periode 2025-2028"))),
        2026: V("De Lorkenhof start in de periode 2025-2028 met de bouw van ten minste 210 sociale huurwoningen in Lorkendam.",
                "Lorkenhof", "2028", "Loopt", "Locatie Brinkstraat en De Horst-Zuid toegevoegd aan het programma.",
                fr(C, quantities=[q(210, "woningen", "min")], deadline=(2028, "in de periode 2025-2028")), ST("quantity")),
        2027: S("Loopt", "Tot en met 2026 is gestart met 96 woningen."),
    }),
    ("bouwlocaties", "Nieuwbouw", BB, None, {
        2025: V("De gemeente stelt jaarlijks ten minste één bouwlocatie voor sociale huurwoningen beschikbaar aan De Lorkenhof tegen de sociale grondprijs uit de grondprijzenbrief.",
                "Gemeente", "jaarlijks", "Loopt", "",
                fr(G, quantities=[q(1, "bouwlocaties", "min")], recurring=True)),
        2026: V("De gemeente stelt jaarlijks ten minste één bouwlocatie voor sociale huurwoningen beschikbaar aan De Lorkenhof tegen de sociale grondprijs uit de grondprijzenbrief, voor zover er geschikte gemeentelijke grond in bezit is.",
                "Gemeente", "jaarlijks", "Aandachtspunt", "In 2025 is geen locatie aangeboden; de gemeente heeft weinig eigen grond meer.",
                fr(G, quantities=[q(1, "bouwlocaties", "min")], recurring=True,
                   conditions=["voor zover er geschikte gemeentelijke grond in bezit is"]), WK("condition")),
        2027: V("De gemeente stelt jaarlijks ten minste twee bouwlocaties voor sociale huurwoningen beschikbaar aan De Lorkenhof tegen de sociale grondprijs uit de grondprijzenbrief, voor zover er geschikte gemeentelijke grond in bezit is.",
                "Gemeente", "jaarlijks", "Loopt", "Aankoop van het terrein Molenweg-Noord is afgerond.",
                fr(G, quantities=[q(2, "bouwlocaties", "min")], recurring=True,
                   conditions=["voor zover er geschikte gemeentelijke grond in bezit is"]), ST("quantity")),
    }),
    ("flexwonen-kanaalweg", "Nieuwbouw", BB, None, {
        2025: V("Gemeente en De Lorkenhof onderzoeken of op het terrein aan de Kanaalweg 20 tijdelijke woningen voor spoedzoekers geplaatst kunnen worden.",
                "Gem. + Lorkenhof", "1-7-2025", "Nieuw", "Quickscan bodem en geluid loopt.",
                fr(GC, "explore", quantities=[q(20, "woningen")])),
        2026: V("Gemeente en De Lorkenhof plaatsen uiterlijk eind 2026 20 tijdelijke woningen voor spoedzoekers op het terrein aan de Kanaalweg.",
                "Gem. + Lorkenhof", "31-12-2026", "Op schema", "Onderzoek positief afgerond; tijdelijke vergunning voor 15 jaar aangevraagd.",
                fr(GC, quantities=[q(20, "woningen")], deadline=(2026, "uiterlijk eind 2026")), ST("modality")),
    }),
    ("sociale-voorraad", "Voorraad", BB, None, {
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad van De Lorkenhof tot 2030 niet daalt onder 3.150 woningen.",
                "Partijen", "2030", "Loopt", "Stand 1 januari 2025: 3.204 woningen.",
                fr(P, "intent", quantities=[q(3150, "woningen", "min")], deadline=(2030, "tot 2030"))),
        2026: S("Loopt", "Stand 1 januari 2026: 3.188 woningen."),
        2027: V("Partijen streven ernaar dat de sociale huurvoorraad van De Lorkenhof tot 2030 niet daalt onder 3.100 woningen.",
                "Partijen", "2030", "Aandachtspunt", "Stand 1 januari 2027: 3.161 woningen; daling door sloop Oeverlaan.",
                fr(P, "intent", quantities=[q(3100, "woningen", "min")], deadline=(2030, "tot 2030")), WK("quantity")),
    }),
    ("verkoop", "Voorraad", BB, None, {
        2025: V("De Lorkenhof verkoopt in 2025 maximaal 10 sociale huurwoningen, uitsluitend bij mutatie.",
                "Lorkenhof", "31-12-2025", "Loopt", "",
                fr(C, quantities=[q(10, "woningen", "max")], deadline=(2025, "in 2025"), recurring=True)),
        2026: V("De Lorkenhof verkoopt in 2026 maximaal 6 sociale huurwoningen, uitsluitend bij mutatie.",
                "Lorkenhof", "31-12-2026", "Loopt", "In 2025 zijn 7 woningen verkocht.",
                fr(C, quantities=[q(6, "woningen", "max")], deadline=(2026, "in 2026"), recurring=True), ST("quantity")),
        2027: V("Uitsluitend bij mutatie verkoopt De Lorkenhof in 2027 ten hoogste 6 sociale huurwoningen.",
                "Lorkenhof", "31-12-2027", "Loopt", "In 2026 zijn 5 woningen verkocht.",
                fr(C, quantities=[q(6, "woningen", "max")], deadline=(2027, "in 2027"), recurring=True), RW("recurring_year")),
    }),
    ("huurverhoging", "Betaalbaarheid", BB, None, {
        2025: V("De gemiddelde huurverhoging van De Lorkenhof per 1 juli 2025 is niet hoger dan de inflatie, met een maximum van 4,5%.",
                "Lorkenhof", "1-7-2025", "Gereed", "Huurvoorstel besproken met de Huurdersraad op 12 maart 2025.",
                fr(C, quantities=[q(4.5, "%", "max")], deadline=(2025, "per 1 juli 2025"), recurring=True)),
        2026: V("De gemiddelde huurverhoging van De Lorkenhof per 1 juli 2026 is niet hoger dan de inflatie, met een maximum van 5%.",
                "Lorkenhof", "1-7-2026", "Nieuw", "Huurdersraad heeft negatief geadviseerd over het maximum.",
                fr(C, quantities=[q(5, "%", "max")], deadline=(2026, "per 1 juli 2026"), recurring=True), WK("quantity")),
        2027: V("De gemiddelde huurverhoging van De Lorkenhof per 1 juli 2027 is niet hoger dan de inflatie, met een maximum van 4%.",
                "Lorkenhof", "1-7-2027", "Nieuw", "",
                fr(C, quantities=[q(4, "%", "max")], deadline=(2027, "per 1 juli 2027"), recurring=True), ST("quantity")),
    }),
    ("huurverlaging-laag-inkomen", "Betaalbaarheid", BB, None, {
        2026: V("De Lorkenhof biedt huurders met een inkomen onder de huurtoeslaggrens die een huur boven de aftoppingsgrens betalen op verzoek een huurverlaging tot die grens aan.",
                "Lorkenhof", "doorlopend", "Nieuw", "Doelgroep geschat op circa 140 huishoudens.",
                fr(C)),
        2027: V("De Lorkenhof biedt huurders met een inkomen onder de huurtoeslaggrens die een huur boven de aftoppingsgrens betalen op verzoek een huurverlaging tot die grens aan, zolang het daarvoor gereserveerde budget toereikend is.",
                "Lorkenhof", "doorlopend", "Aangepast", "In 2026 zijn 63 aanvragen toegekend.",
                fr(C, conditions=["zolang het daarvoor gereserveerde budget toereikend is"]), WK("condition")),
    }),
    ("toewijzing-inkomensgrens", "Toewijzing", BB, None, {
        2025: V("De Lorkenhof wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2025).",
                "Lorkenhof", "doorlopend", "Loopt", "",
                fr(C, quantities=[q(90, "%", "min"), q(47699, "euro", "max")], recurring=True)),
        2026: V("De Lorkenhof wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.135 (prijspeil 2026).",
                "Lorkenhof", "doorlopend", "Loopt", "Realisatie 2025: 93%.",
                fr(C, quantities=[q(90, "%", "min"), q(49135, "euro", "max")], recurring=True), RW("indexed_amount")),
        2027: V("De Lorkenhof wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 50.620 (prijspeil 2027).",
                "Lorkenhof", "doorlopend", "Loopt", "Realisatie 2026: 91%.",
                fr(C, quantities=[q(90, "%", "min"), q(50620, "euro", "max")], recurring=True), RW("indexed_amount")),
    }),
    ("lokale-binding", "Toewijzing", BB, None, {
        2025: V("De Lorkenhof geeft bij 25% van de vrijkomende woningen in de kernen Westerlo en Duinkamp voorrang aan woningzoekenden met een lokale binding.",
                "Lorkenhof", "doorlopend", "Loopt", "",
                fr(C, quantities=[q(25, "%")])),
        2026: V("De Lorkenhof geeft bij 25% van de vrijkomende woningen in alle kernen van Lorkendam voorrang aan woningzoekenden met een lokale binding.",
                "Lorkenhof", "doorlopend", "Aangepast", "Op verzoek van de dorpsraden verbreed naar alle kernen.",
                fr(C, quantities=[q(25, "%")]), ST("scope")),
        2027: V("De Lorkenhof geeft bij 20% van de vrijkomende woningen in alle kernen van Lorkendam voorrang aan woningzoekenden met een lokale binding.",
                "Lorkenhof", "doorlopend", "Aangepast", "Percentage verlaagd in verband met de vrije toewijzingsruimte voor urgenten.",
                fr(C, quantities=[q(20, "%")]), WK("quantity")),
    }),
    ("vergunninghouders", "Bijz. doelgroepen", BB, None, {
        2025: V("De Lorkenhof stelt in 2025 ten minste 32 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente.",
                "Lorkenhof", "31-12-2025", "Loopt", "Taakstelling tweede helft 2025 nog niet bekend.",
                fr(C, quantities=[q(32, "woningen", "min")], deadline=(2025, "in 2025"), recurring=True)),
        2026: V("De Lorkenhof stelt in 2026 ten minste 41 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente.",
                "Lorkenhof", "31-12-2026", "Loopt", "Taakstelling door het Rijk verhoogd.",
                fr(C, quantities=[q(41, "woningen", "min")], deadline=(2026, "in 2026"), recurring=True), RW("external_figure")),
        2027: V("De Lorkenhof stelt in 2027 ten minste 41 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente.",
                "Lorkenhof", "31-12-2027", "Loopt", "",
                fr(C, quantities=[q(41, "woningen", "min")], deadline=(2027, "in 2027"), recurring=True), RW("recurring_year")),
    }),
    ("uitstroom-bw-mo", "Bijz. doelgroepen", BB, [BB, LB], {
        2025: V("Partijen stellen jaarlijks 12 woningen beschikbaar voor uitstromers uit beschermd wonen en maatschappelijke opvang, met begeleiding door een zorgaanbieder.",
                "Partijen", "jaarlijks", "Loopt", "Convenant Uitstroom Lorkendam 2024.",
                fr(P, quantities=[q(12, "woningen")], recurring=True)),
        2026: S("Loopt", "In 2025 zijn 11 woningen toegewezen."),
        2027: V("Partijen streven ernaar jaarlijks 12 woningen beschikbaar te stellen voor uitstromers uit beschermd wonen en maatschappelijke opvang, met begeleiding door een zorgaanbieder.",
                "Partijen", "jaarlijks", "Aandachtspunt", "Begeleiding door zorgaanbieders is niet altijd rond.",
                fr(P, "intent", quantities=[q(12, "woningen")], recurring=True), WK("modality")),
    }),
    ("huurachterstand", "Betaalbaarheid", BB, None, {
        2025: V("De Lorkenhof neemt binnen 2 weken na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en meldt de achterstand na 6 weken bij het team Vroegsignalering van de gemeente.",
                "Lorkenhof", "doorlopend", "Loopt", "",
                fr(C, quantities=[q(2, "weken", "max"), q(6, "weken", "max")])),
        2026: V("De Lorkenhof neemt binnen 2 weken na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en meldt de achterstand na 4 weken bij het team Vroegsignalering van de gemeente.",
                "Lorkenhof", "doorlopend", "Aangepast", "Eerder melden op verzoek van de gemeente.",
                fr(C, quantities=[q(2, "weken", "max"), q(4, "weken", "max")]), ST("quantity")),
        2027: S("Loopt", "Gemiddeld 38 meldingen per kwartaal."),
    }),
    ("huisuitzettingen", "Betaalbaarheid", BB, [BB, LB], {
        2025: V("Partijen zetten zich in om huisuitzettingen wegens huurachterstand te voorkomen, met als doel nul huisuitzettingen per jaar.",
                "Partijen", "doorlopend", "Loopt", "In 2024: 2 ontruimingen.",
                fr(P, "intent", quantities=[q(0, "huisuitzettingen", "max")])),
        2026: V("Het voorkomen van huisuitzettingen vanwege een huurachterstand heeft de inzet van alle partijen; zij streven naar nul ontruimingen per jaar.",
                "Partijen", "doorlopend", "Loopt", "In 2025: 1 ontruiming.",
                fr(P, "intent", quantities=[q(0, "huisuitzettingen", "max")]), RW("same_figures")),
        2027: V("Partijen voorkomen huisuitzettingen wegens huurachterstand; De Lorkenhof gaat pas over tot ontruiming nadat het team Vroegsignalering de huurder een hulpaanbod heeft gedaan.",
                "Partijen", "doorlopend", "Aangepast", "",
                fr(P), ST("modality")),
    }),
    ("doorstroming-senioren", "Toewijzing", BB, None, {
        2025: V("Gemeente en De Lorkenhof stellen uiterlijk eind 2025 een doorstroomregeling voor senioren op, met een verhuisvergoeding en behoud van de huurprijs per vierkante meter.",
                "Gem. + Lorkenhof", "31-12-2025", "Nieuw", "",
                fr(GC, deadline=(2025, "uiterlijk eind 2025"))),
        2026: V("Gemeente en De Lorkenhof stellen uiterlijk medio 2026 een doorstroomregeling voor senioren op, met een verhuisvergoeding en behoud van de huurprijs per vierkante meter.",
                "Gem. + Lorkenhof", "1-7-2026", "Vertraagd", "Wachten op regionale afstemming binnen de woningmarktregio.",
                fr(GC, deadline=(2026, "uiterlijk medio 2026")), WK("deadline")),
    }),
    ("labels-efg", "Duurzaamheid", DK, None, {
        2025: V("De Lorkenhof heeft eind 2026 geen woningen meer met energielabel E, F of G; in 2025 worden 70 van de resterende 118 woningen verbeterd.",
                "Lorkenhof", "31-12-2026", "Op schema", "",
                fr(C, quantities=[q(70, "woningen"), q(0, "woningen", "max")], deadline=(2026, "eind 2026"))),
        2026: V("De Lorkenhof heeft eind 2026 geen woningen meer met energielabel E, F of G; in 2026 worden de laatste 48 woningen verbeterd.",
                "Lorkenhof", "31-12-2026", "Op schema", "In 2025 zijn 70 woningen verbeterd.",
                fr(C, quantities=[q(48, "woningen"), q(0, "woningen", "max")], deadline=(2026, "eind 2026")), RW("progress")),
        2027: V("De Lorkenhof verbetert de laatste 9 woningen met energielabel E, F of G uiterlijk medio 2027.",
                "Lorkenhof", "1-7-2027", "Vertraagd", "Negen woningen in gemengd VvE-complex; instemming eigenaren ontbrak in 2026.",
                fr(C, quantities=[q(9, "woningen")], deadline=(2027, "uiterlijk medio 2027")), WK("deadline")),
    }),
    ("gemiddeld-label", "Duurzaamheid", DK, None, {
        2025: V("De woningvoorraad van De Lorkenhof heeft in 2028 gemiddeld ten minste energielabel B.",
                "Lorkenhof", "2028", "Loopt", "Gemiddeld label 1-1-2025: C.",
                fr(C, quantities=[q("B", "label", "min")], deadline=(2028, "in 2028"))),
        2026: V("De woningvoorraad van De Lorkenhof heeft in 2028 gemiddeld ten minste energielabel A.",
                "Lorkenhof", "2028", "Aangepast", "Ambitie aangescherpt na vaststelling portefeuilleplan.",
                fr(C, quantities=[q("A", "label", "min")], deadline=(2028, "in 2028")), ST("label")),
        2027: V("De woningvoorraad van De Lorkenhof heeft in 2030 gemiddeld ten minste energielabel A.",
                "Lorkenhof", "2030", "Aangepast", "Planning aangepast aan het meerjarig onderhoudsprogramma.",
                fr(C, quantities=[q("A", "label", "min")], deadline=(2030, "in 2030")), WK("deadline")),
    }),
    ("isolatie", "Duurzaamheid", DK, None, {
        2025: V("De Lorkenhof isoleert in 2025 ten minste 140 woningen tot het niveau van de standaard voor woningisolatie.",
                "Lorkenhof", "31-12-2025", "Loopt", "",
                fr(C, quantities=[q(140, "woningen", "min")], deadline=(2025, "in 2025"), recurring=True)),
        2026: V("De Lorkenhof isoleert in 2026 ten minste 110 woningen tot het niveau van de standaard voor woningisolatie.",
                "Lorkenhof", "31-12-2026", "Aangepast", "In 2025 zijn 126 woningen geïsoleerd; capaciteit aannemer beperkt.",
                fr(C, quantities=[q(110, "woningen", "min")], deadline=(2026, "in 2026"), recurring=True), WK("quantity")),
        2027: V("In 2027 isoleert De Lorkenhof ten minste 110 woningen tot het niveau van de standaard voor woningisolatie.",
                "Lorkenhof", "31-12-2027", "Loopt", "",
                fr(C, quantities=[q(110, "woningen", "min")], deadline=(2027, "in 2027"), recurring=True), RW("recurring_year")),
    }),
    ("zonnepanelen", "Duurzaamheid", DK, None, {
        2025: V("De Lorkenhof biedt in 2025 alle huurders van grondgebonden woningen zonnepanelen aan tegen een vaste vergoeding van maximaal € 9 per maand.",
                "Lorkenhof", "31-12-2025", "Loopt", "",
                fr(C, quantities=[q(9, "euro per maand", "max")], deadline=(2025, "in 2025"))),
        2026: V("De Lorkenhof biedt in 2026 de huurders van grondgebonden woningen in de wijken Molenveld en De Horst zonnepanelen aan tegen een vaste vergoeding van maximaal € 9 per maand.",
                "Lorkenhof", "31-12-2026", "Aangepast", "Overige wijken volgen na netverzwaring door de netbeheerder.",
                fr(C, quantities=[q(9, "euro per maand", "max")], deadline=(2026, "in 2026")), WK("scope")),
    }),
    ("warmtenet-horst", "Duurzaamheid", DK, None, {
        2025: V("De gemeente onderzoekt in 2025 samen met De Lorkenhof de haalbaarheid van een warmtenet in de wijk De Horst.",
                "Gemeente", "31-12-2025", "Nieuw", "Uitvoering transitievisie warmte.",
                fr(GC, "explore", deadline=(2025, "in 2025"))),
        2026: V("De gemeente stelt uiterlijk eind 2026 samen met De Lorkenhof een wijkuitvoeringsplan op voor de aansluiting van De Horst op een warmtenet.",
                "Gemeente", "31-12-2026", "Op schema", "Haalbaarheidsstudie afgerond in november 2025.",
                fr(GC, deadline=(2026, "uiterlijk eind 2026")), ST("modality")),
        2027: V("De gemeente stelt uiterlijk eind 2027 samen met De Lorkenhof een wijkuitvoeringsplan op voor de aansluiting van De Horst op een warmtenet, onder voorbehoud van een rijksbijdrage uit het Programma Aardgasvrije Wijken.",
                "Gemeente", "31-12-2027", "Vertraagd", "",
                fr(GC, deadline=(2027, "uiterlijk eind 2027"),
                   conditions=["onder voorbehoud van een rijksbijdrage uit het Programma Aardgasvrije Wijken"]),
                WK("deadline", "condition")),
    }),
    ("energiecoaches", "Duurzaamheid", DK, [DK, BB], {
        2025: V("De gemeente zet in 2025 energiecoaches in die op verzoek kosteloos een huisbezoek afleggen bij huurders van De Lorkenhof.",
                "Gemeente", "31-12-2025", "Loopt", "",
                fr(G, deadline=(2025, "in 2025"), recurring=True)),
        2026: V("In 2026 worden door de gemeente energiecoaches ingezet die op verzoek kosteloos een huisbezoek afleggen bij huurders van De Lorkenhof.",
                "Gemeente", "31-12-2026", "Loopt", "In 2025: 212 huisbezoeken.",
                fr(G, deadline=(2026, "in 2026"), recurring=True), RW("recurring_year")),
        2027: V("In 2027 worden door de gemeente energiecoaches ingezet die ten minste 250 huisbezoeken afleggen bij huurders van De Lorkenhof.",
                "Gemeente", "31-12-2027", "Aangepast", "",
                fr(G, quantities=[q(250, "huisbezoeken", "min")], deadline=(2027, "in 2027"), recurring=True), ST("quantity")),
    }),
    ("vergroening-tuinen", "Klimaatadaptatie", DK, None, {
        2026: V("Bij groot onderhoud vervangt De Lorkenhof verharding in de voortuinen van grondgebonden woningen waar mogelijk door groen.",
                "Lorkenhof", "doorlopend", "Nieuw", "",
                fr(C, conditions=["waar mogelijk"])),
        2027: V("Bij groot onderhoud vervangt De Lorkenhof verharding in de voortuinen van grondgebonden woningen door groen.",
                "Lorkenhof", "doorlopend", "Aangepast", "Standaard opgenomen in het bestek groot onderhoud.",
                fr(C), ST("condition")),
    }),
    ("hittestress", "Klimaatadaptatie", DK, [DK, KW], {
        2027: V("De Lorkenhof brengt vóór eind 2027 voor al haar seniorencomplexen het risico op hittestress in kaart en deelt de uitkomsten met de gemeente.",
                "Lorkenhof", "31-12-2027", "Nieuw", "Aanleiding: hittegolf juli 2026.",
                fr(C, deadline=(2027, "vóór eind 2027"))),
    }),
    ("vocht-schimmel", "Kwaliteit", KW, None, {
        2025: V("De Lorkenhof neemt meldingen van vocht en schimmel binnen 5 werkdagen in behandeling en start het herstel binnen 4 weken.",
                "Lorkenhof", "doorlopend", "Loopt", "",
                fr(C, quantities=[q(5, "werkdagen", "max"), q(4, "weken", "max")])),
        2026: S("Loopt", "Gemiddelde doorlooptijd herstel 2025: 23 dagen."),
        2027: V("Na een melding van vocht of schimmel komt De Lorkenhof binnen vijf werkdagen in actie en begint het herstel binnen vier weken.",
                "Lorkenhof", "doorlopend", "Loopt", "",
                fr(C, quantities=[q(5, "werkdagen", "max"), q(4, "weken", "max")]), RW("same_figures")),
    }),
    ("planmatig-onderhoud", "Kwaliteit", KW, None, {
        2025: V("De Lorkenhof voert in 2025 planmatig onderhoud uit aan 420 woningen in de complexen Stationsbuurt en Oeverlanden.",
                "Lorkenhof", "31-12-2025", "Op schema", "",
                fr(C, quantities=[q(420, "woningen")], deadline=(2025, "in 2025"))),
    }),
    ("sloop-oeverlaan", "Kwaliteit", KW, [KW, BB], {
        2025: V("De Lorkenhof besluit vóór 1 oktober 2025 over sloop of renovatie van de 48 portiekwoningen aan de Oeverlaan en betrekt de bewonerscommissie bij de afweging.",
                "Lorkenhof", "1-10-2025", "Nieuw", "Technische staat onderzocht in 2024.",
                fr(C, quantities=[q(48, "woningen")], deadline=(2025, "vóór 1 oktober 2025"))),
    }),
    ("woningaanpassingen", "Wonen en zorg", KW, None, {
        2025: V("Gemeente en De Lorkenhof verkennen hoe aanvragen voor woningaanpassingen vanuit de Wmo sneller afgehandeld kunnen worden.",
                "Gem. + Lorkenhof", "31-12-2025", "Nieuw", "Gemiddelde doorlooptijd 2024: 14 weken.",
                fr(GC, "explore")),
        2026: V("Gemeente en De Lorkenhof handelen aanvragen voor woningaanpassingen vanuit de Wmo af binnen 8 weken na indiening.",
                "Gem. + Lorkenhof", "doorlopend", "Aangepast", "Werkproces vastgelegd in de Wmo-samenwerkingsafspraak.",
                fr(GC, quantities=[q(8, "weken", "max")]), ST("modality")),
        2027: S("Loopt", "Doorlooptijd 2026: 9 weken."),
    }),
    ("levensloopgeschikt", "Wonen en zorg", KW, None, {
        2025: V("De Lorkenhof maakt in 2025 ten minste 30 bestaande woningen levensloopgeschikt.",
                "Lorkenhof", "31-12-2025", "Loopt", "",
                fr(C, quantities=[q(30, "woningen", "min")], deadline=(2025, "in 2025"), recurring=True)),
        2026: V("De Lorkenhof streeft ernaar in 2026 ten minste 30 bestaande woningen levensloopgeschikt te maken.",
                "Lorkenhof", "31-12-2026", "Aandachtspunt", "In 2025 zijn 22 woningen aangepast.",
                fr(C, "intent", quantities=[q(30, "woningen", "min")], deadline=(2026, "in 2026"), recurring=True), WK("modality")),
        2027: V("De Lorkenhof streeft ernaar in 2027 ten minste 30 bestaande woningen levensloopgeschikt te maken.",
                "Lorkenhof", "31-12-2027", "Loopt", "",
                fr(C, "intent", quantities=[q(30, "woningen", "min")], deadline=(2027, "in 2027"), recurring=True), RW("recurring_year")),
    }),
    ("brinkstraat-ouderen", "Wonen en zorg", KW, [KW, BB], {
        2025: V("De Lorkenhof onderzoekt of in de voormalige school aan de Brinkstraat een geclusterde woonvorm voor ouderen kan worden gerealiseerd.",
                "Lorkenhof", "31-12-2025", "Nieuw", "",
                fr(C, "explore")),
        2026: V("De Lorkenhof realiseert in de voormalige school aan de Brinkstraat uiterlijk in 2028 een geclusterde woonvorm met 16 woningen voor ouderen.",
                "Lorkenhof", "2028", "Op schema", "Haalbaarheid aangetoond; ontwerp in voorbereiding.",
                fr(C, quantities=[q(16, "woningen")], deadline=(2028, "uiterlijk in 2028")), ST("modality")),
        2027: V("De Lorkenhof realiseert in de voormalige school aan de Brinkstraat uiterlijk in 2028 een geclusterde woonvorm met 16 woningen voor ouderen, onder voorbehoud van een onherroepelijke omgevingsvergunning.",
                "Lorkenhof", "2028", "Aandachtspunt", "Bezwaar van omwonenden tegen het bestemmingsplan.",
                fr(C, quantities=[q(16, "woningen")], deadline=(2028, "uiterlijk in 2028"),
                   conditions=["onder voorbehoud van een onherroepelijke omgevingsvergunning"]), WK("condition")),
    }),
    ("leefbaarheidsbudget", "Leefbaarheid", LB, None, {
        2025: V("De Lorkenhof besteedt in 2025 € 110.000 aan leefbaarheid in haar buurten en complexen.",
                "Lorkenhof", "31-12-2025", "Loopt", "",
                fr(C, quantities=[q(110000, "euro")], deadline=(2025, "in 2025"), recurring=True)),
        2026: V("De Lorkenhof besteedt in 2026 € 125.000 aan leefbaarheid in haar buurten en complexen.",
                "Lorkenhof", "31-12-2026", "Loopt", "Binnen de wettelijke ruimte per woning.",
                fr(C, quantities=[q(125000, "euro")], deadline=(2026, "in 2026"), recurring=True), ST("quantity")),
        2027: V("In 2027 besteedt De Lorkenhof € 125.000 aan leefbaarheid in haar buurten en complexen.",
                "Lorkenhof", "31-12-2027", "Loopt", "",
                fr(C, quantities=[q(125000, "euro")], deadline=(2027, "in 2027"), recurring=True), RW("recurring_year")),
    }),
    ("wijkbeheerder", "Leefbaarheid", LB, None, {
        2025: V("De Lorkenhof zet in alle wijken met meer dan 200 huurwoningen een wijkbeheerder in die ten minste 2 dagdelen per week in de wijk aanwezig is.",
                "Lorkenhof", "doorlopend", "Loopt", "",
                fr(C, quantities=[q(200, "woningen", "min"), q(2, "dagdelen per week", "min")])),
        2026: V("De Lorkenhof zet in de wijken Molenveld en Stationsbuurt een wijkbeheerder in die ten minste 2 dagdelen per week in de wijk aanwezig is.",
                "Lorkenhof", "doorlopend", "Aangepast", "Vacature wijkbeheerder De Horst is niet ingevuld.",
                fr(C, quantities=[q(2, "dagdelen per week", "min")]), WK("scope")),
        2027: S("Loopt", ""),
    }),
    ("zachte-landing", "Leefbaarheid", LB, None, {
        2025: V("Partijen leggen uiterlijk 1 april 2025 in een convenant vast hoe kwetsbare nieuwe huurders een zachte landing in de wijk krijgen.",
                "Partijen", "1-4-2025", "Nieuw", "",
                fr(P, deadline=(2025, "uiterlijk 1 april 2025"))),
        2026: V("Partijen leggen uiterlijk 1 oktober 2026 in een convenant vast hoe kwetsbare nieuwe huurders een zachte landing in de wijk krijgen.",
                "Partijen", "1-10-2026", "Vertraagd", "Zorgaanbieders sluiten later aan.",
                fr(P, deadline=(2026, "uiterlijk 1 oktober 2026")), WK("deadline")),
    }),
    ("bewonersinitiatieven", "Leefbaarheid", LB, None, {
        2025: V("De gemeente stelt in 2025 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huurwoningen.",
                "Gemeente", "31-12-2025", "Loopt", "",
                fr(G, quantities=[q(30000, "euro")], deadline=(2025, "in 2025"), recurring=True)),
        2026: V("De gemeente stelt in 2026 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huurwoningen, onder voorbehoud van vaststelling van de gemeentebegroting 2026.",
                "Gemeente", "31-12-2026", "Aandachtspunt", "Bezuinigingsronde gemeente.",
                fr(G, quantities=[q(30000, "euro")], deadline=(2026, "in 2026"), recurring=True,
                   conditions=["onder voorbehoud van vaststelling van de gemeentebegroting 2026"]), WK("condition")),
        2027: V("De gemeente stelt in 2027 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huurwoningen, onder voorbehoud van vaststelling van de gemeentebegroting 2027.",
                "Gemeente", "31-12-2027", "Loopt", "",
                fr(G, quantities=[q(30000, "euro")], deadline=(2027, "in 2027"), recurring=True,
                   conditions=["onder voorbehoud van vaststelling van de gemeentebegroting 2027"]), RW("recurring_year")),
    }),
    ("ontmoetingsplekken", "Leefbaarheid", LB, [LB, KW], {
        2027: V("Partijen ondersteunen in 2027 ten minste 3 ontmoetingsplekken in complexen voor ouderen; De Lorkenhof stelt daarvoor de ruimte om niet beschikbaar.",
                "Partijen", "31-12-2027", "Nieuw", "Onderdeel van de lokale aanpak eenzaamheid.",
                fr(P, quantities=[q(3, "ontmoetingsplekken", "min")], deadline=(2027, "in 2027"))),
    }),
    ("woonfraude", "Leefbaarheid", LB, None, {
        2027: V("Gemeente en De Lorkenhof delen signalen van woonfraude en illegale onderhuur volgens een gezamenlijk protocol, dat uiterlijk 1 maart 2027 is vastgesteld.",
                "Gem. + Lorkenhof", "1-3-2027", "Nieuw", "",
                fr(GC, deadline=(2027, "uiterlijk 1 maart 2027"))),
    }),
    ("voorlichting-woningzoekenden", "Toewijzing", BB, None, {
        2025: V("Gemeente en De Lorkenhof organiseren in 2025 twee informatieavonden voor woningzoekenden over inschrijven, reageren en slaagkansen.",
                "Gem. + Lorkenhof", "31-12-2025", "Nieuw", "",
                fr(GC, quantities=[q(2, "informatieavonden")], deadline=(2025, "in 2025"))),
    }),
    ("middenhuur-vlasakker", "Nieuwbouw", BB, None, {
        2026: V("De Lorkenhof onderzoekt of in het plan Vlasakker 12 middenhuurwoningen kunnen worden toegevoegd.",
                "Lorkenhof", "31-12-2026", "Nieuw", "",
                fr(C, "explore", quantities=[q(12, "woningen")])),
        2027: V("De Lorkenhof voegt in het plan Vlasakker 12 middenhuurwoningen toe, met oplevering eind 2028.",
                "Lorkenhof", "31-12-2028", "Op schema", "Financiering rond na besluit RvC in oktober 2026.",
                fr(C, quantities=[q(12, "woningen")], deadline=(2028, "eind 2028")), ST("modality")),
    }),
    ("monitoring", "Proces", OV, None, {
        2025: V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg aan de hand van deze afsprakenlijst.",
                "Partijen", "halfjaarlijks", "Loopt", "",
                fr(P, quantities=[q(2, "keer per jaar")], recurring=True)),
        2026: S("Loopt", "Overleggen april en oktober."),
        2027: V("Partijen bespreken de voortgang van deze afspraken drie keer per jaar in het bestuurlijk overleg aan de hand van deze afsprakenlijst.",
                "Partijen", "3x per jaar", "Aangepast", "",
                fr(P, quantities=[q(3, "keer per jaar")], recurring=True), ST("quantity")),
    }),
    ("ondersteuning-huurdersraad", "Proces", OV, None, {
        2025: V("De Lorkenhof vergoedt de kosten van onafhankelijke advisering van de Huurdersraad tot een maximum van € 6.500 per jaar.",
                "Lorkenhof", "jaarlijks", "Loopt", "",
                fr(C, quantities=[q(6500, "euro per jaar", "max")], recurring=True)),
        2026: S("Loopt", ""),
        2027: V("De Lorkenhof vergoedt de kosten van onafhankelijke advisering van de Huurdersraad tot een maximum van € 8.000 per jaar.",
                "Lorkenhof", "jaarlijks", "Aangepast", "Verhoogd vanwege extra advies over het warmtenet.",
                fr(C, quantities=[q(8000, "euro per jaar", "max")], recurring=True), ST("quantity")),
    }),
    ("bod", "Proces", OV, None, {
        2025: V("De Lorkenhof stuurt het overzicht van voorgenomen werkzaamheden voor 2026 vóór 1 juli 2025 aan de gemeente en de Huurdersraad.",
                "Lorkenhof", "1-7-2025", "Loopt", "",
                fr(C, deadline=(2025, "vóór 1 juli 2025"), recurring=True)),
        2026: V("Vóór 1 juli 2026 stuurt De Lorkenhof het overzicht van voorgenomen werkzaamheden voor 2027 aan de gemeente en de Huurdersraad.",
                "Lorkenhof", "1-7-2026", "Loopt", "Bod 2026 ontvangen op 27 juni 2025.",
                fr(C, deadline=(2026, "vóór 1 juli 2026"), recurring=True), RW("recurring_year")),
        2027: V("Vóór 1 juni 2027 stuurt De Lorkenhof het overzicht van voorgenomen werkzaamheden voor 2028 aan de gemeente en de Huurdersraad.",
                "Lorkenhof", "1-6-2027", "Aangepast", "Eerder, zodat de Huurdersraad meer tijd heeft voor advies.",
                fr(C, deadline=(2027, "vóór 1 juni 2027"), recurring=True), ST("deadline")),
    }),
]

# Sheet order of the Thema groups.
THEMA_ORDER = ["Nieuwbouw", "Voorraad", "Betaalbaarheid", "Toewijzing", "Bijz. doelgroepen", "Duurzaamheid",
               "Klimaatadaptatie", "Kwaliteit", "Wonen en zorg", "Leefbaarheid", "Proces"]

INTRO = {
    "title": "Prestatieafspraken {year} Lorkendam",
    "subtitle": "Afsprakenlijst gemeente Lorkendam, Woonstichting De Lorkenhof en Huurdersraad De Lorkenhof",
    "paragraphs": [
        "Gemeente Lorkendam, Woonstichting De Lorkenhof en Huurdersraad De Lorkenhof werken sinds 2019 met één "
        "gezamenlijke afsprakenlijst. De lijst wordt elk jaar in het najaar geactualiseerd op basis van het bod "
        "van De Lorkenhof en de Woonvisie Lorkendam 2023-2030, en in het bestuurlijk overleg vastgesteld.",
        "{context}",
        "Deze afspraken gelden voor het kalenderjaar {year}. De kolommen Trekker en Gereed geven aan wie de afspraak "
        "uitvoert en wanneer deze gereed moet zijn. De kolommen Status en Opmerking geven de stand van zaken bij het "
        "opstellen van de lijst weer en maken geen deel uit van de afspraak zelf.",
        "Leeswijzer: de afsprakenlijst is afgedrukt vanuit het werkbestand. Omdat het blad breder is dan één pagina, "
        "staan eerst de kolommen Nr, Thema en Afspraak en op de volgende pagina de kolommen Trekker, Gereed, Status "
        "en Opmerking van dezelfde regels.",
    ],
    "context": {
        2025: "In 2024 leverde De Lorkenhof 54 sociale huurwoningen op en zijn 131 woningen geïsoleerd. De wachttijd "
              "voor een sociale huurwoning liep op tot gemiddeld 5,8 jaar; partijen zien doorstroming en nieuwbouw "
              "daarom als de belangrijkste opgaven voor de komende jaren.",
        2026: "In 2025 zijn 7 woningen verkocht, 126 woningen geïsoleerd en 70 woningen met een E-, F- of G-label "
              "verbeterd. De bouw in het plan Vlasakker liep vertraging op door de nieuwe geluidszone langs de "
              "Kanaalweg.",
        2027: "In 2026 is de laatste grote groep woningen met een slecht energielabel aangepakt en zijn de tijdelijke "
              "woningen aan de Kanaalweg in gebruik genomen. De gemeente heeft in 2026 de Woonvisie tussentijds "
              "geëvalueerd; de uitkomsten zijn in deze lijst verwerkt.",
    },
    "adopted": {2025: "10 december 2024", 2026: "9 december 2025", 2027: "8 december 2026"},
    "signatories": [("Gemeente Lorkendam", "R.J. Bosveld", "wethouder Wonen"),
                    ("Woonstichting De Lorkenhof", "mw. T. Adema-Kroon", "directeur-bestuurder"),
                    ("Huurdersraad De Lorkenhof", "H. van Eerde", "voorzitter")],
}
