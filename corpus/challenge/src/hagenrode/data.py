# -*- coding: utf-8 -*-
"""Content of the hagenrode family (fictional). Versions per year; '=' means same as previous year."""
G = "Gemeente Hagenrode"
WH = "Woonstede Hagenrode"
LW = "Lindeborgh Wonen"
HP = "Huurdersvereniging De Hagenpoort"


def F(a, m, q=(), dl=None, rec=False, c=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": a.split(","), "modality": m, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None), "recurring": rec, "conditions": list(c)}


B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")

# key: (theme, [themes], {year: (text, frame[, trekker, planning])})
ITEMS = {
 "nieuwbouw-sociaal": (B, None, {
  2025: ("Woonstede Hagenrode en Lindeborgh Wonen realiseren in 2025 samen ten minste 85 sociale huurwoningen, waarvan 60 in het plan Hagenrode-Oost en 25 op de locatie Kerkeveld in Oudhagen.",
         F("corporatie", "firm", [(85, "woningen", "min")], (2025, "in 2025"), True)),
  2026: ("Woonstede Hagenrode en Lindeborgh Wonen realiseren in 2026 samen ten minste 110 sociale huurwoningen, waarvan 70 in het plan Hagenrode-Oost en 40 aan de Molenstraat.",
         F("corporatie", "firm", [(110, "woningen", "min")], (2026, "in 2026"), True)),
  2027: ("De corporaties streven ernaar in 2027 gezamenlijk circa 90 sociale huurwoningen op te leveren, voor het grootste deel in de tweede fase van Hagenrode-Oost.",
         F("corporatie", "intent", [(90, "woningen", "approx")], (2027, "in 2027"), True)),
 }),
 "plancapaciteit": (B, None, {
  2025: ("De gemeente stelt vóór 1 oktober 2025 een geactualiseerd overzicht van de plancapaciteit op en deelt dit met de corporaties en de huurdersvereniging, zodat locaties voor sociale huur tijdig in beeld zijn.",
         F("gemeente", "firm", [], (2025, "vóór 1 oktober 2025"), True)),
  2026: ("De gemeente stelt vóór 1 oktober 2026 een geactualiseerd overzicht van de plancapaciteit op en deelt dit met de corporaties en de huurdersvereniging, zodat locaties voor sociale huur tijdig in beeld zijn.",
         F("gemeente", "firm", [], (2026, "vóór 1 oktober 2026"), True)),
  2027: ("De gemeente stelt vóór 1 oktober 2027 een geactualiseerd overzicht van de plancapaciteit op en deelt dit met de corporaties en de huurdersvereniging, zodat locaties voor sociale huur tijdig in beeld zijn.",
         F("gemeente", "firm", [], (2027, "vóór 1 oktober 2027"), True)),
 }),
 "aandeel-sociaal": (B, None, {
  2025: ("De gemeente hanteert bij nieuwe woningbouwplannen van meer dan twintig woningen een aandeel sociale huur van ten minste 30%, zoals vastgelegd in de Woonvisie Hagenrode 2023-2030.",
         F("gemeente", "firm", [(30, "%", "min")])),
  2026: "=",
  2027: ("De gemeente hanteert bij nieuwe woningbouwplannen van meer dan twintig woningen een aandeel sociale huur van ten minste 35%, in lijn met de afspraken uit de regionale woondeal.",
         F("gemeente", "firm", [(35, "%", "min")])),
 }),
 "verkoop": (B, None, {
  2025: ("Woonstede Hagenrode verkoopt in 2025 maximaal 15 woningen uit de sociale voorraad, uitsluitend bij mutatie en bij voorrang aan zittende huurders en starters uit Hagenrode.",
         F("corporatie", "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
  2026: ("Woonstede Hagenrode verkoopt in 2026 maximaal 8 woningen uit de sociale voorraad, uitsluitend bij mutatie en bij voorrang aan zittende huurders en starters uit Hagenrode.",
         F("corporatie", "firm", [(8, "woningen", "max")], (2026, "in 2026"), True)),
  2027: ("Woonstede Hagenrode verkoopt in 2027 geen woningen uit de sociale voorraad.",
         F("corporatie", "firm", [(0, "woningen", "exact")], (2027, "in 2027"), True)),
 }),
 "liberalisatie": (B, None, {
  2025: ("Lindeborgh Wonen liberaliseert geen sociale huurwoningen en trekt de huur bij mutatie niet op tot boven de liberalisatiegrens.",
         F("corporatie", "firm", [(0, "woningen", "exact")])),
  2026: "=",
  2027: ("Lindeborgh Wonen liberaliseert in 2027 ten hoogste 10 sociale huurwoningen bij mutatie, uitsluitend in het complex Parkzicht, en trekt de huur van de overige woningen bij mutatie niet op tot boven de liberalisatiegrens.",
         F("corporatie", "firm", [(10, "woningen", "max")], (2027, "in 2027"))),
 }),
 "stationskwartier": (B, None, {
  2026: ("De gemeente en Lindeborgh Wonen verkennen in 2026 of op de locatie Stationskwartier een combinatie van sociale huur en middenhuur haalbaar is; de uitkomst wordt in het bestuurlijk overleg van het najaar besproken.",
         F("gemeente,corporatie", "explore", [], (2026, "in 2026"))),
  2027: ("Lindeborgh Wonen realiseert op de locatie Stationskwartier 36 sociale huurwoningen en 24 middenhuurwoningen; de start van de bouw vindt plaats in het vierde kwartaal van 2027.",
         F("corporatie", "firm", [(36, "woningen", "exact"), (24, "woningen", "exact")], (2027, "vierde kwartaal van 2027"))),
 }),
 "vergunninghouders": (B, None, {
  2025: ("De corporaties stellen in 2025 voldoende woningen beschikbaar om de taakstelling voor de huisvesting van vergunninghouders te realiseren; voor Hagenrode bedraagt deze taakstelling 48 personen.",
         F("corporatie", "firm", [(48, "personen", "exact")], (2025, "in 2025"), True)),
  2026: ("De corporaties stellen in 2026 voldoende woningen beschikbaar om de taakstelling voor de huisvesting van vergunninghouders te realiseren; voor Hagenrode bedraagt deze taakstelling 61 personen.",
         F("corporatie", "firm", [(61, "personen", "exact")], (2026, "in 2026"), True)),
  2027: ("De corporaties stellen in 2027 voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te realiseren; voor Hagenrode bedraagt deze taakstelling 54 personen.",
         F("corporatie", "firm", [(54, "personen", "exact")], (2027, "in 2027"), True)),
 }),
 "uitstroom": (B, [B, L], {
  2025: ("De corporaties wijzen jaarlijks ten minste 20 woningen toe aan personen die uitstromen uit beschermd wonen of de maatschappelijke opvang, volgens het convenant Uitstroom Hagenrode.",
         F("corporatie", "firm", [(20, "woningen", "min")], None, True)),
  2026: "=",
  2027: ("De corporaties wijzen jaarlijks ten minste 14 woningen toe aan personen die uitstromen uit beschermd wonen of de maatschappelijke opvang, volgens het convenant Uitstroom Hagenrode.",
         F("corporatie", "firm", [(14, "woningen", "min")], None, True)),
 }),
 "lokale-binding": (B, None, {
  2025: ("Partijen onderzoeken in 2025 of het mogelijk is een deel van de vrijkomende woningen in de kernen Oudhagen en Rodevelde met voorrang toe te wijzen aan woningzoekenden met een lokale binding.",
         F("partijen", "explore", [], (2025, "in 2025"))),
  2026: ("Bij de toewijzing van vrijkomende woningen in de kernen Oudhagen en Rodevelde wordt maximaal 25% met voorrang toegewezen aan woningzoekenden met een aantoonbare lokale binding, binnen de ruimte die de huisvestingsverordening daarvoor biedt.",
         F("corporatie", "firm", [(25, "%", "max")])),
  2027: "=",
 }),
 "doorstroming-senioren": (B, None, {
  2025: ("Woonstede Hagenrode zet zich ervoor in jaarlijks ten minste 30 senioren die een eengezinswoning achterlaten te laten verhuizen naar een passende woning, onder meer met een verhuiskostenvergoeding en persoonlijke begeleiding door een wooncoach.",
         F("corporatie", "intent", [(30, "senioren", "min")], None, True)),
  2026: ("Woonstede Hagenrode helpt jaarlijks ten minste 30 senioren die een eengezinswoning achterlaten bij de verhuizing naar een passende woning, met een verhuiskostenvergoeding en persoonlijke begeleiding door een wooncoach.",
         F("corporatie", "firm", [(30, "senioren", "min")], None, True)),
  2027: ("Senioren die een eengezinswoning van Woonstede Hagenrode achterlaten, krijgen voorrang op een passende woning in hun eigen kern, een vergoeding voor de verhuiskosten en begeleiding door een wooncoach. Op deze manier helpt Woonstede Hagenrode jaarlijks ten minste 30 oudere huishoudens te verhuizen.",
         F("corporatie", "firm", [(30, "huishoudens", "min")], None, True)),
 }),
 "huurverhoging": (B, None, {
  2025: ("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal het inflatiepercentage, met dien verstande dat de huursom niet sterker stijgt dan wettelijk is toegestaan.",
         F("corporatie", "firm", [], (2025, "per 1 juli 2025"), True)),
  2026: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder het inflatiepercentage, met dien verstande dat de huursom niet sterker stijgt dan wettelijk is toegestaan.",
         F("corporatie", "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
  2027: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5% onder het inflatiepercentage, met dien verstande dat de huursom niet sterker stijgt dan wettelijk is toegestaan.",
         F("corporatie", "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
 }),
 "passend-toewijzen": (B, None, {
  2025: ("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe; voor een eenpersoonshuishouden geldt daarbij een inkomensgrens van € 32.850 (prijspeil 2025).",
         F("corporatie", "firm", [(95, "%", "min"), (32850, "euro", "max")])),
  2026: ("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe; voor een eenpersoonshuishouden geldt daarbij een inkomensgrens van € 33.640 (prijspeil 2026).",
         F("corporatie", "firm", [(95, "%", "min"), (33640, "euro", "max")])),
  2027: ("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe; voor een eenpersoonshuishouden geldt daarbij een inkomensgrens van € 34.410 (prijspeil 2027).",
         F("corporatie", "firm", [(95, "%", "min"), (34410, "euro", "max")])),
 }),
 "huurachterstand": (B, [B, L], {
  2025: ("Bij een huurachterstand van twee maanden nemen de corporaties persoonlijk contact op met de huurder en melden zij de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
         F("corporatie", "firm", [(2, "maanden", "exact")])),
  2026: ("Bij een huurachterstand van één maand nemen de corporaties persoonlijk contact op met de huurder en melden zij de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
         F("corporatie", "firm", [(1, "maanden", "exact")])),
  2027: "=",
 }),
 "ontruimingen": (B, None, {
  2025: ("Partijen spreken af dat het aantal ontruimingen wegens huurachterstand in 2025 niet hoger is dan 4 en zetten zich er gezamenlijk voor in om ontruimingen zoveel mogelijk te voorkomen.",
         F("partijen", "firm", [(4, "ontruimingen", "max")], (2025, "in 2025"))),
  2026: ("Partijen zetten zich er gezamenlijk voor in om ontruimingen wegens huurachterstand zoveel mogelijk te voorkomen.",
         F("partijen", "intent", [])),
 }),
 "convenant-huisuitzetting": (B, None, {
  2027: ("De gemeente en de corporaties ondertekenen in 2027 het convenant Voorkomen Huisuitzettingen Hagenrode, waarin de werkwijze bij een dreigende ontruiming en de inzet van schuldhulpverlening worden vastgelegd.",
         F("gemeente,corporatie", "firm", [], (2027, "in 2027"))),
 }),
 # ---- duurzaamheid (with trekker / planning lines)
 "label-efg": (D, None, {
  2025: ("Woonstede Hagenrode en Lindeborgh Wonen zorgen ervoor dat eind 2027 geen van hun woningen in Hagenrode nog een energielabel E, F of G heeft; in 2025 worden hiertoe 140 woningen aangepakt.",
         F("corporatie", "firm", [(140, "woningen", "exact")], (2027, "eind 2027")), "Corporaties", "eind 2027"),
  2026: ("Woonstede Hagenrode en Lindeborgh Wonen zorgen ervoor dat eind 2027 geen van hun woningen in Hagenrode nog een energielabel E, F of G heeft; de resterende 85 woningen worden in 2026 en 2027 aangepakt.",
         F("corporatie", "firm", [(85, "woningen", "exact")], (2027, "eind 2027")), "Corporaties", "eind 2027"),
  2027: ("Woonstede Hagenrode en Lindeborgh Wonen zorgen ervoor dat medio 2028 geen van hun woningen in Hagenrode nog een energielabel E, F of G heeft; de resterende 40 woningen worden in 2027 en de eerste helft van 2028 aangepakt.",
         F("corporatie", "firm", [(40, "woningen", "exact")], (2028, "medio 2028")), "Corporaties", "medio 2028"),
 }),
 "gemiddeld-label": (D, None, {
  2025: ("Lindeborgh Wonen brengt haar woningbezit in Hagenrode uiterlijk eind 2028 naar gemiddeld energielabel B.",
         F("corporatie", "firm", [("B", "label", "min")], (2028, "eind 2028")), "Lindeborgh Wonen", "eind 2028"),
  2026: ("Lindeborgh Wonen streeft ernaar haar woningbezit in Hagenrode uiterlijk eind 2028 naar gemiddeld energielabel B te brengen.",
         F("corporatie", "intent", [("B", "label", "min")], (2028, "eind 2028")), "Lindeborgh Wonen", "eind 2028"),
  2027: ("Lindeborgh Wonen streeft ernaar haar woningbezit in Hagenrode uiterlijk eind 2028 naar gemiddeld energielabel C te brengen.",
         F("corporatie", "intent", [("C", "label", "min")], (2028, "eind 2028")), "Lindeborgh Wonen", "eind 2028"),
 }),
 "na-isolatie": (D, None, {
  2025: ("Woonstede Hagenrode voert in 2025 in alle complexen van vóór 1975 in de wijk Hagenrode-Noord na-isolatie van spouw, vloer en dak uit.",
         F("corporatie", "firm", [], (2025, "in 2025")), "Woonstede Hagenrode", "2025"),
  2026: ("Woonstede Hagenrode voert in 2026 in twee complexen van vóór 1975 in de wijk Hagenrode-Noord, Vijverhof en De Brink, na-isolatie van spouw, vloer en dak uit.",
         F("corporatie", "firm", [(2, "complexen", "exact")], (2026, "in 2026")), "Woonstede Hagenrode", "2026"),
  2027: ("Woonstede Hagenrode voert in 2027 in alle complexen van vóór 1975 in de wijken Hagenrode-Noord en Hagenrode-Zuid na-isolatie van spouw, vloer en dak uit, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming.",
         F("corporatie", "firm", [], (2027, "in 2027"), False, ["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"]), "Woonstede Hagenrode", "2027"),
 }),
 "zonnepanelen": (D, None, {
  2025: ("Lindeborgh Wonen plaatst in 2025 op ten minste 150 woningen zonnepanelen, waarbij de maandelijkse vergoeding voor de huurder lager blijft dan de gemiddelde besparing op de energierekening.",
         F("corporatie", "firm", [(150, "woningen", "min")], (2025, "in 2025"), True), "Lindeborgh Wonen", "2025"),
  2026: ("Lindeborgh Wonen plaatst in 2026 op ten minste 220 woningen zonnepanelen, waarbij de maandelijkse vergoeding voor de huurder lager blijft dan de gemiddelde besparing op de energierekening.",
         F("corporatie", "firm", [(220, "woningen", "min")], (2026, "in 2026"), True), "Lindeborgh Wonen", "2026"),
  2027: ("Lindeborgh Wonen plaatst in 2027 op ten minste 220 woningen zonnepanelen, waarbij de maandelijkse vergoeding voor de huurder lager blijft dan de gemiddelde besparing op de energierekening.",
         F("corporatie", "firm", [(220, "woningen", "min")], (2027, "in 2027"), True), "Lindeborgh Wonen", "2027"),
 }),
 "rodevelde-aardgasvrij": (D, None, {
  2025: ("De gemeente stelt vóór eind 2025 de uitvoeringsaanpak voor de aardgasvrije wijk Rodevelde-Zuid vast, in nauw overleg met de corporaties en de bewoners.",
         F("gemeente", "firm", [], (2025, "vóór eind 2025")), "Gemeente", "Q4 2025"),
  2026: ("De gemeente stelt uiterlijk in het tweede kwartaal van 2026 de uitvoeringsaanpak voor de aardgasvrije wijk Rodevelde-Zuid vast, in nauw overleg met de corporaties en de bewoners.",
         F("gemeente", "firm", [], (2026, "tweede kwartaal van 2026")), "Gemeente", "Q2 2026"),
 }),
 "energiecoaches": (D, [D, B], {
  2025: ("De gemeente zet in 2025 energiecoaches in die huurders met een laag inkomen helpen hun energieverbruik te verlagen; de corporaties wijzen hun huurders actief op dit aanbod.",
         F("gemeente,corporatie", "firm", [], (2025, "in 2025"), True), "Gemeente", "2025"),
  2026: ("De gemeente onderzoekt of de inzet van energiecoaches voor huurders met een laag inkomen in 2026 kan worden voortgezet, afhankelijk van de beschikbare rijksmiddelen; de corporaties wijzen hun huurders actief op dit aanbod.",
         F("gemeente,corporatie", "explore", [], (2026, "in 2026"), True, ["afhankelijk van de beschikbare rijksmiddelen"]), "Gemeente", "2026"),
  2027: ("De gemeente zet in 2027 energiecoaches in die huurders met een laag inkomen helpen hun energieverbruik te verlagen, met bijzondere aandacht voor Hagenrode-Noord en Rodevelde; de corporaties wijzen hun huurders actief op dit aanbod.",
         F("gemeente,corporatie", "firm", [], (2027, "in 2027"), True), "Gemeente", "2027"),
 }),
 "klimaatadaptatie": (D, None, {
  2025: ("Partijen maken in 2025 afspraken over de aanpak van hittestress en wateroverlast bij de herinrichting van de openbare ruimte rond corporatiecomplexen.",
         F("partijen", "discuss", [], (2025, "in 2025")), "Partijen", "2025"),
  2026: ("Partijen werken volgens de gemaakte afspraken over de aanpak van hittestress en wateroverlast bij de herinrichting van de openbare ruimte rond corporatiecomplexen.",
         F("partijen", "firm", []), "Partijen", "doorlopend"),
  2027: "=",
 }),
 "circulair": (D, None, {
  2025: ("Woonstede Hagenrode past bij ten minste één nieuwbouwproject in 2025 circulaire bouwprincipes toe en deelt de opgedane ervaringen met de andere partijen.",
         F("corporatie", "firm", [(1, "nieuwbouwproject", "min")], (2025, "in 2025")), "Woonstede Hagenrode", "2025"),
 }),
 "hybride-warmtepomp": (D, None, {
  2026: ("Woonstede Hagenrode plaatst bij mutatie in ten minste 60 woningen per jaar een hybride warmtepomp.",
         F("corporatie", "firm", [(60, "woningen", "min")], None, True), "Woonstede Hagenrode", "jaarlijks"),
  2027: ("Woonstede Hagenrode plaatst bij mutatie in ten minste 60 woningen per jaar een hybride warmtepomp, voor zover de netbeheerder voldoende capaciteit op het elektriciteitsnet beschikbaar heeft.",
         F("corporatie", "firm", [(60, "woningen", "min")], None, True, ["voor zover de netbeheerder voldoende capaciteit op het elektriciteitsnet beschikbaar heeft"]), "Woonstede Hagenrode", "jaarlijks"),
 }),
 # ---- kwaliteit
 "vocht-schimmel": (K, None, {
  2025: ("De corporaties reageren binnen vijf werkdagen op iedere melding van vocht en schimmel en plannen binnen twee weken een inspectie bij de huurder thuis.",
         F("corporatie", "firm", [(5, "dagen", "max"), (2, "weken", "max")])),
  2026: ("De corporaties reageren binnen drie werkdagen op iedere melding van vocht en schimmel en plannen binnen twee weken een inspectie bij de huurder thuis.",
         F("corporatie", "firm", [(3, "dagen", "max"), (2, "weken", "max")])),
  2027: ("Op iedere melding van vocht en schimmel wordt door de corporaties binnen drie werkdagen gereageerd, waarna binnen twee weken een inspectie bij de huurder thuis plaatsvindt.",
         F("corporatie", "firm", [(3, "dagen", "max"), (2, "weken", "max")])),
 }),
 "onderhoudsplanning": (K, None, {
  2025: ("De corporaties voeren het planmatig onderhoud uit volgens hun meerjarenonderhoudsbegroting en informeren de huurdersvereniging vóór 1 maart 2025 over de projecten die in dat jaar zijn gepland.",
         F("corporatie", "firm", [], (2025, "vóór 1 maart 2025"), True)),
  2026: ("De corporaties voeren het planmatig onderhoud uit volgens hun meerjarenonderhoudsbegroting en informeren de huurdersvereniging vóór 1 maart 2026 over de projecten die in dat jaar zijn gepland.",
         F("corporatie", "firm", [], (2026, "vóór 1 maart 2026"), True)),
  2027: ("De corporaties voeren het planmatig onderhoud uit volgens hun meerjarenonderhoudsbegroting en informeren de huurdersvereniging vóór 1 februari 2027 over de projecten die in dat jaar zijn gepland.",
         F("corporatie", "firm", [], (2027, "vóór 1 februari 2027"), True)),
 }),
 "liftcomplexen-zorg": (K, None, {
  2025: ("Lindeborgh Wonen onderzoekt in 2025 welke van haar complexen met een lift geschikt kunnen worden gemaakt voor ouderen met een zorgvraag.",
         F("corporatie", "explore", [], (2025, "in 2025"))),
  2026: ("Lindeborgh Wonen maakt in 2026 de complexen Parkzicht en De Linde met lift geschikt voor ouderen met een zorgvraag, onder meer door drempels te verwijderen en deuren automatisch te laten openen.",
         F("corporatie", "firm", [(2, "complexen", "exact")], (2026, "in 2026"))),
  2027: ("Lindeborgh Wonen maakt uiterlijk eind 2028 de complexen Parkzicht en De Linde met lift geschikt voor ouderen met een zorgvraag, onder meer door drempels te verwijderen en deuren automatisch te laten openen.",
         F("corporatie", "firm", [(2, "complexen", "exact")], (2028, "uiterlijk eind 2028"))),
 }),
 "wmo-aanpassingen": (K, None, {
  2025: ("De gemeente en de corporaties bespreken hoe kleine woningaanpassingen die via de Wmo worden aangevraagd sneller kunnen worden uitgevoerd.",
         F("gemeente,corporatie", "discuss", [])),
  2026: "=",
  2027: ("De gemeente en de corporaties voeren kleine woningaanpassingen die via de Wmo worden aangevraagd uit binnen zes weken na de aanvraag, volgens een gezamenlijk vastgesteld werkproces.",
         F("gemeente,corporatie", "firm", [(6, "weken", "max")])),
 }),
 "brandveiligheid-senioren": (K, None, {
  2025: ("Woonstede Hagenrode controleert in 2025 de brandveiligheid van alle seniorencomplexen en verhelpt de gebreken die daarbij worden gevonden.",
         F("corporatie", "firm", [], (2025, "in 2025"))),
 }),
 "rookmelders": (K, None, {
  2026: ("Woonstede Hagenrode plaatst in 2026 in iedere woning zonder rookmelder op elke verdieping met een verblijfsruimte ten minste één rookmelder.",
         F("corporatie", "firm", [], (2026, "in 2026"))),
 }),
 "huurdersoordeel": (K, None, {
  2025: ("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling van reparatieverzoeken.",
         F("corporatie", "intent", [(7.5, "rapportcijfer", "min")])),
  2026: "=",
  2027: "=",
 }),
 "reparatietermijn": (K, None, {
  2027: ("Niet-spoedeisende reparaties worden door de corporaties uitgevoerd binnen tien werkdagen na de melding.",
         F("corporatie", "firm", [(10, "dagen", "max")])),
 }),
 # ---- leefbaarheid
 "leefbaarheidsbudget": (L, None, {
  2025: ("Woonstede Hagenrode stelt in 2025 een leefbaarheidsbudget van € 45 per woning beschikbaar voor activiteiten in de wijken, binnen de wettelijke ruimte voor uitgaven aan leefbaarheid.",
         F("corporatie", "firm", [(45, "euro", "exact")], (2025, "in 2025"), True)),
  2026: ("Woonstede Hagenrode stelt in 2026 een leefbaarheidsbudget van € 60 per woning beschikbaar voor activiteiten in de wijken, binnen de wettelijke ruimte voor uitgaven aan leefbaarheid.",
         F("corporatie", "firm", [(60, "euro", "exact")], (2026, "in 2026"), True)),
  2027: ("Woonstede Hagenrode stelt in 2027 een leefbaarheidsbudget van € 60 per woning beschikbaar voor activiteiten in de wijken, binnen de wettelijke ruimte voor uitgaven aan leefbaarheid.",
         F("corporatie", "firm", [(60, "euro", "exact")], (2027, "in 2027"), True)),
 }),
 "wijkbeheerder": (L, None, {
  2025: ("De corporaties zijn met een wijkbeheerder ten minste twee dagdelen per week aanwezig in alle wijken van Hagenrode.",
         F("corporatie", "firm", [(2, "dagdelen per week", "min")])),
  2026: ("De corporaties zijn met een wijkbeheerder ten minste twee dagdelen per week aanwezig in de wijk Hagenrode-Noord.",
         F("corporatie", "firm", [(2, "dagdelen per week", "min")])),
  2027: "=",
 }),
 "woonoverlast": (L, None, {
  2025: ("Partijen stellen vóór 1 juli 2025 een gezamenlijk werkproces voor de aanpak van woonoverlast op, waarin de rollen van de corporaties, de wijkagent en het wijkteam zijn beschreven.",
         F("partijen", "firm", [], (2025, "vóór 1 juli 2025"))),
  2026: ("Partijen stellen vóór 1 januari 2027 een gezamenlijk werkproces voor de aanpak van woonoverlast op, waarin de rollen van de corporaties, de wijkagent en het wijkteam zijn beschreven.",
         F("partijen", "firm", [], (2027, "vóór 1 januari 2027"))),
  2027: ("De corporaties, de wijkagent en het wijkteam werken bij woonoverlast volgens het gezamenlijk vastgestelde werkproces, waarin hun rollen zijn beschreven.",
         F("corporatie,other", "firm", [])),
 }),
 "zachte-landing": (L, [L, K], {
  2025: ("De gemeente zorgt ervoor dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen ten minste zes maanden begeleiding krijgen van het wijkteam.",
         F("gemeente", "firm", [(6, "maanden", "min")])),
  2026: ("De gemeente zorgt ervoor dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen ten minste twaalf maanden begeleiding krijgen van het wijkteam.",
         F("gemeente", "firm", [(12, "maanden", "min")])),
  2027: ("De gemeente zet zich ervoor in dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen ten minste twaalf maanden begeleiding krijgen van het wijkteam, voor zover de financiering van het wijkteam dit toelaat.",
         F("gemeente", "intent", [(12, "maanden", "min")], None, False, ["voor zover de financiering van het wijkteam dit toelaat"])),
 }),
 "bewonersavonden": (L, None, {
  2025: ("Huurdersvereniging De Hagenpoort organiseert in 2025 in samenwerking met de corporaties ten minste vier bewonersavonden, verspreid over de wijken en kernen van Hagenrode.",
         F("huurdersorganisatie", "firm", [(4, "bewonersavonden", "min")], (2025, "in 2025"), True)),
  2026: ("Huurdersvereniging De Hagenpoort organiseert in 2026 in samenwerking met de corporaties ten minste vier bewonersavonden, verspreid over de wijken en kernen van Hagenrode.",
         F("huurdersorganisatie", "firm", [(4, "bewonersavonden", "min")], (2026, "in 2026"), True)),
  2027: ("Huurdersvereniging De Hagenpoort organiseert in 2027 in samenwerking met de corporaties ten minste twee bewonersavonden, in Hagenrode-Noord en in Oudhagen.",
         F("huurdersorganisatie", "firm", [(2, "bewonersavonden", "min")], (2027, "in 2027"), True)),
 }),
 "ontmoetingsruimte": (L, None, {
  2025: ("Lindeborgh Wonen richt in het complex De Linde een ontmoetingsruimte in, die in overleg met de bewonerscommissie wordt beheerd.",
         F("corporatie", "firm", [])),
  2026: ("Lindeborgh Wonen bekijkt de mogelijkheid om in het complex De Linde een ontmoetingsruimte in te richten, die in overleg met de bewonerscommissie wordt beheerd.",
         F("corporatie", "explore", [])),
 }),
 "open-hal": (L, None, {
  2027: ("Lindeborgh Wonen stelt in de complexen Parkzicht en De Linde de gemeenschappelijke hal één middag per week open als ontmoetingsplek voor bewoners en buurtgenoten.",
         F("corporatie", "firm", [(1, "keer per week", "exact")])),
 }),
 "wijkschouw": (L, None, {
  2026: ("Partijen voeren in 2026 in iedere wijk samen met bewoners ten minste één wijkschouw uit, gericht op een schone, hele en veilige woonomgeving.",
         F("partijen", "firm", [(1, "keer per jaar", "min")], (2026, "in 2026"), True)),
  2027: ("Partijen voeren in 2027 in iedere wijk samen met bewoners ten minste twee wijkschouwen uit, gericht op een schone, hele en veilige woonomgeving.",
         F("partijen", "firm", [(2, "keer per jaar", "min")], (2027, "in 2027"), True)),
 }),
 # ---- proces
 "monitoring": (O, None, {
  2025: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg, in het voorjaar en in het najaar.",
         F("partijen", "discuss", [(2, "keer per jaar", "exact")], None, True)),
  2026: "=", 2027: "=",
 }),
 "bijdrage-ho": (O, None, {
  2025: ("De corporaties stellen Huurdersvereniging De Hagenpoort jaarlijks een bijdrage van € 18.000 (prijspeil 2025) beschikbaar voor ondersteuning, scholing en het raadplegen van de achterban.",
         F("corporatie", "firm", [(18000, "euro", "exact")], None, True)),
  2026: ("De corporaties stellen Huurdersvereniging De Hagenpoort jaarlijks een bijdrage van € 18.540 (prijspeil 2026) beschikbaar voor ondersteuning, scholing en het raadplegen van de achterban.",
         F("corporatie", "firm", [(18540, "euro", "exact")], None, True)),
  2027: ("De corporaties stellen Huurdersvereniging De Hagenpoort jaarlijks een bijdrage van € 22.000 beschikbaar voor ondersteuning, scholing en het raadplegen van de achterban.",
         F("corporatie", "firm", [(22000, "euro", "exact")], None, True)),
 }),
 "bod": (O, None, {
  2025: ("De corporaties brengen vóór 1 juli 2025 een bod uit op de woonvisie, dat zij vooraf met de huurdersvereniging hebben besproken.",
         F("corporatie", "firm", [], (2025, "vóór 1 juli 2025"), True)),
  2026: ("De corporaties brengen vóór 1 juli 2026 een bod uit op de woonvisie, dat zij vooraf met de huurdersvereniging hebben besproken.",
         F("corporatie", "firm", [], (2026, "vóór 1 juli 2026"), True)),
  2027: ("De corporaties brengen vóór 1 juli 2027 een bod uit op de woonvisie, dat zij vooraf met de huurdersvereniging hebben besproken.",
         F("corporatie", "firm", [], (2027, "vóór 1 juli 2027"), True)),
 }),
 "evaluatie-woonvisie": (O, None, {
  2025: ("De gemeente betrekt de corporaties en de huurdersvereniging in 2025 bij de tussentijdse evaluatie van de Woonvisie Hagenrode 2023-2030.",
         F("gemeente", "firm", [], (2025, "in 2025"))),
 }),
 "geschillen": (O, None, {
  2025: ("Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg; komen zij daar niet tot een oplossing, dan kan iedere partij de regionale geschillencommissie om een bindend advies vragen.",
         F("partijen", "firm", [])),
  2026: "=", 2027: "=",
 }),
 "huisvestingsverordening": (B, None, {
  2026: ("De gemeente agendeert in 2026 in het tripartiete overleg de gevolgen van de nieuwe huisvestingsverordening voor de toewijzing van woningen in de kleine kernen.",
         F("gemeente", "discuss", [], (2026, "in 2026"))),
 }),
 "enquete-achterban": (O, None, {
  2027: ("Huurdersvereniging De Hagenpoort houdt in 2027 een enquête onder haar achterban over de uitvoering van de prestatieafspraken en deelt de uitkomsten vóór het najaarsoverleg met de andere partijen.",
         F("huurdersorganisatie", "firm", [], (2027, "in 2027"))),
 }),
}

CH_A = "Betaalbaar en beschikbaar wonen"
CH_B = "Duurzaamheid en energietransitie"
CH_C = "Kwaliteit van de woning en wonen met zorg"
CH_D = {2025: "Prettig samenleven in de buurt", 2026: "Prettig samenleven in de buurt", 2027: "Leefbare wijken en kernen"}
CH_E = "Samenwerking en proces"

LAYOUT = {
 2025: [
  (CH_A, [("Nieuwbouw en woningvoorraad", ["nieuwbouw-sociaal", "plancapaciteit", "aandeel-sociaal", "verkoop", "liberalisatie"]),
          ("Toewijzing en doelgroepen", ["vergunninghouders", "uitstroom", "lokale-binding", "doorstroming-senioren"]),
          ("Huurbeleid en betaalbaarheid", ["huurverhoging", "passend-toewijzen", "huurachterstand", "ontruimingen"])]),
  (CH_B, [(None, ["label-efg", "gemiddeld-label", "na-isolatie", "zonnepanelen", "rodevelde-aardgasvrij", "energiecoaches", "klimaatadaptatie", "circulair"])]),
  (CH_C, [(None, ["vocht-schimmel", "onderhoudsplanning", "liftcomplexen-zorg", "wmo-aanpassingen", "brandveiligheid-senioren", "huurdersoordeel"])]),
  (CH_D, [(None, ["leefbaarheidsbudget", "wijkbeheerder", "woonoverlast", "zachte-landing", "bewonersavonden", "ontmoetingsruimte"])]),
  (CH_E, [(None, ["monitoring", "bijdrage-ho", "bod", "evaluatie-woonvisie", "geschillen"])]),
 ],
 2026: [
  (CH_A, [("Nieuwbouw en woningvoorraad", ["nieuwbouw-sociaal", "plancapaciteit", "aandeel-sociaal", "stationskwartier", "verkoop", "liberalisatie"]),
          ("Toewijzing en doelgroepen", ["vergunninghouders", "uitstroom", "lokale-binding", "doorstroming-senioren"]),
          ("Huurbeleid en betaalbaarheid", ["huurverhoging", "passend-toewijzen", "huurachterstand", "ontruimingen"])]),
  (CH_B, [(None, ["label-efg", "gemiddeld-label", "na-isolatie", "hybride-warmtepomp", "zonnepanelen", "rodevelde-aardgasvrij", "energiecoaches", "klimaatadaptatie"])]),
  (CH_C, [(None, ["vocht-schimmel", "rookmelders", "onderhoudsplanning", "liftcomplexen-zorg", "wmo-aanpassingen", "huurdersoordeel"])]),
  (CH_D, [(None, ["leefbaarheidsbudget", "wijkbeheerder", "wijkschouw", "woonoverlast", "zachte-landing", "bewonersavonden", "ontmoetingsruimte"])]),
  (CH_E, [(None, ["monitoring", "huisvestingsverordening", "bijdrage-ho", "bod", "geschillen"])]),
 ],
 2027: [
  (CH_A, [("Nieuwbouw en woningvoorraad", ["nieuwbouw-sociaal", "stationskwartier", "aandeel-sociaal", "plancapaciteit", "verkoop", "liberalisatie"]),
          ("Toewijzing en doelgroepen", ["vergunninghouders", "lokale-binding", "uitstroom", "doorstroming-senioren"]),
          ("Huurbeleid en betaalbaarheid", ["huurverhoging", "passend-toewijzen", "convenant-huisuitzetting"])]),
  (CH_B, [(None, ["label-efg", "gemiddeld-label", "na-isolatie", "hybride-warmtepomp", "zonnepanelen", "energiecoaches", "klimaatadaptatie"])]),
  (CH_C, [(None, ["vocht-schimmel", "reparatietermijn", "onderhoudsplanning", "liftcomplexen-zorg", "wmo-aanpassingen", "huurdersoordeel"])]),
  (CH_D, [(None, ["huurachterstand", "leefbaarheidsbudget", "wijkbeheerder", "wijkschouw", "woonoverlast", "zachte-landing", "bewonersavonden", "open-hal"])]),
  (CH_E, [(None, ["monitoring", "bijdrage-ho", "bod", "enquete-achterban", "geschillen"])]),
 ],
}

# transitions (status, kinds, hard_negative); unchanged/new/dropped derived
T = {
 (2025, 2026): {
  "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
  "plancapaciteit": ("reworded", [], "recurring_year"),
  "verkoop": ("strengthened", ["quantity"], None),
  "vergunninghouders": ("reworded", [], "external_figure"),
  "lokale-binding": ("strengthened", ["modality"], None),
  "doorstroming-senioren": ("strengthened", ["modality"], None),
  "huurverhoging": ("strengthened", ["quantity"], None),
  "passend-toewijzen": ("reworded", [], "indexed_amount"),
  "huurachterstand": ("strengthened", ["quantity"], None),
  "ontruimingen": ("weakened", ["quantity", "modality"], None),
  "label-efg": ("reworded", [], "progress"),
  "gemiddeld-label": ("weakened", ["modality"], None),
  "na-isolatie": ("weakened", ["scope"], None),
  "zonnepanelen": ("strengthened", ["quantity"], None),
  "rodevelde-aardgasvrij": ("weakened", ["deadline"], None),
  "energiecoaches": ("weakened", ["modality", "condition"], None),
  "klimaatadaptatie": ("strengthened", ["modality"], None),
  "vocht-schimmel": ("strengthened", ["quantity"], None),
  "onderhoudsplanning": ("reworded", [], "recurring_year"),
  "liftcomplexen-zorg": ("strengthened", ["modality"], None),
  "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
  "wijkbeheerder": ("weakened", ["scope"], None),
  "woonoverlast": ("weakened", ["deadline"], None),
  "zachte-landing": ("strengthened", ["quantity"], None),
  "bewonersavonden": ("reworded", [], "recurring_year"),
  "ontmoetingsruimte": ("weakened", ["modality"], None),
  "bijdrage-ho": ("reworded", [], "indexed_amount"),
  "bod": ("reworded", [], "recurring_year"),
 },
 (2026, 2027): {
  "nieuwbouw-sociaal": ("weakened", ["quantity", "modality"], None),
  "plancapaciteit": ("reworded", [], "recurring_year"),
  "aandeel-sociaal": ("strengthened", ["quantity"], None),
  "verkoop": ("strengthened", ["quantity"], None),
  "liberalisatie": ("weakened", ["quantity"], None),
  "stationskwartier": ("strengthened", ["modality"], None),
  "vergunninghouders": ("reworded", [], "external_figure"),
  "uitstroom": ("weakened", ["quantity"], None),
  "doorstroming-senioren": ("reworded", [], "same_figures"),
  "huurverhoging": ("reworded", [], "recurring_year"),
  "passend-toewijzen": ("reworded", [], "indexed_amount"),
  "label-efg": ("weakened", ["deadline"], None),
  "gemiddeld-label": ("weakened", ["label"], None),
  "na-isolatie": ("modified", ["scope", "condition"], None),
  "zonnepanelen": ("reworded", [], "recurring_year"),
  "energiecoaches": ("strengthened", ["modality", "condition"], None),
  "hybride-warmtepomp": ("weakened", ["condition"], None),
  "vocht-schimmel": ("reworded", [], "same_figures"),
  "onderhoudsplanning": ("strengthened", ["deadline"], None),
  "liftcomplexen-zorg": ("weakened", ["deadline"], None),
  "wmo-aanpassingen": ("strengthened", ["modality"], None),
  "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
  "woonoverlast": ("strengthened", ["modality"], None),
  "zachte-landing": ("weakened", ["modality", "condition"], None),
  "bewonersavonden": ("weakened", ["quantity", "scope"], None),
  "wijkschouw": ("strengthened", ["quantity"], None),
  "bijdrage-ho": ("strengthened", ["quantity"], None),
  "bod": ("reworded", [], "recurring_year"),
 },
}

KENNISGEVING_KEYS = ["nieuwbouw-sociaal", "stationskwartier", "aandeel-sociaal", "verkoop", "liberalisatie", "huurverhoging",
                     "convenant-huisuitzetting", "label-efg", "gemiddeld-label", "energiecoaches", "wmo-aanpassingen",
                     "leefbaarheidsbudget", "zachte-landing"]
