# -*- coding: utf-8 -*-
"""Content of the beekstede family: fictional prestatieafspraken 2025, 2026, 2027.

Gemeente Beekstede, Woonstichting Veldzicht, Huurdersvereniging De Beekhof and Bewonersraad Oude Weide.
Every afspraak has a stable key and a stable printed code (e.g. BS-03). Per year a version holds
(chapter, title, text, frame, toelichting). "=" means: identical to the previous year.
"""

GEMEENTE = "Beekstede"
CORPORATIE = "Woonstichting Veldzicht"
HUURDERS = ["Huurdersvereniging De Beekhof", "Bewonersraad Oude Weide"]
YEARS = [2025, 2026, 2027]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for item in q:
        value, unit, comp = item[:3]
        vmax = item[3] if len(item) > 3 else None
        qs.append({"value": value, "unit": unit, "comparator": comp, "value_max": vmax})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# chapter titles per year (chapter key -> title); the order of this dict is the printed order
CHAPTERS = {
    2025: {"BS": "Thema 1 – Beschikbaar wonen", "BT": "Thema 2 – Betaalbaar wonen",
           "DU": "Thema 3 – Duurzaam wonen", "KW": "Thema 4 – Kwaliteit en wonen met zorg",
           "LB": "Thema 5 – Leefbare wijken en kernen", "SP": "Thema 6 – Samenwerking en proces"},
    2026: {"BS": "Thema 1 – Beschikbaar wonen", "BT": "Thema 2 – Betaalbaar wonen",
           "DU": "Thema 3 – Duurzaam wonen", "KW": "Thema 4 – Kwaliteit en wonen met zorg",
           "LB": "Thema 5 – Prettig wonen in de wijk", "SP": "Thema 6 – Samenwerking en proces"},
    2027: {"BS": "Thema 1 – Beschikbaar wonen", "BT": "Thema 2 – Betaalbaar wonen",
           "DU": "Thema 3 – Energietransitie en klimaat", "KW": "Thema 4 – Kwaliteit en wonen met zorg",
           "LB": "Thema 5 – Prettig wonen in de wijk", "SP": "Thema 6 – Samenwerking en proces"},
}

# key -> (code, themes, {year: (chapter, title, text, frame, toelichting) | "="})
A = []


def add(key, code, themes, versions):
    A.append((key, code, themes, versions))


# ---------------------------------------------------------------- Thema 1
add("nieuwbouw-sociaal", "BS-01", [B], {
    2025: ("BS", "Sociale nieuwbouw",
           "Veldzicht realiseert in de periode 2025 tot en met 2027 ten minste 180 sociale huurwoningen in "
           "Beekstede, waarvan ten minste een derde in de kern Ravenhorst en de wijk Molenakker. De gemeente en "
           "Veldzicht stemmen de planning per project twee keer per jaar af in het bestuurlijk overleg.",
           F([C, G], "firm", [(180, "woningen", "min")], (2027, "tot en met 2027")),
           "Toelichting: het programma sluit aan op de regionale woondeal, waarin voor Beekstede een opgave van "
           "420 sociale huurwoningen tot en met 2030 is opgenomen."),
    2026: ("BS", "Sociale nieuwbouw",
           "Veldzicht realiseert in de periode 2025 tot en met 2028 ten minste 150 sociale huurwoningen in "
           "Beekstede, waarvan ten minste een derde in de kern Ravenhorst en de wijk Molenakker. De gemeente en "
           "Veldzicht stemmen de planning per project twee keer per jaar af in het bestuurlijk overleg.",
           F([C, G], "firm", [(150, "woningen", "min")], (2028, "tot en met 2028")),
           "Toelichting: door de gestegen bouwkosten en de vertraagde bestemmingsplanprocedure voor "
           "Molenakker-Zuid is het programma herijkt."),
    2027: ("BS", "Sociale nieuwbouw",
           "Van de in de periode 2025 tot en met 2028 te realiseren 150 sociale huurwoningen levert Veldzicht de "
           "resterende 95 woningen op in 2027 en 2028, waarvan ten minste een derde in de kern Ravenhorst en de "
           "wijk Molenakker. De gemeente en Veldzicht stemmen de planning per project twee keer per jaar af in het "
           "bestuurlijk overleg.",
           F([C, G], "firm", [(95, "woningen", "exact"), (150, "woningen", "exact")], (2028, "in 2027 en 2028")),
           None),
})
add("bouwlocaties", "BS-02", [B], {
    2025: ("BS", "Bouwlocaties",
           "De gemeente onderzoekt of de locaties Molenakker-Zuid en Schoolstraat bouwrijp aan Veldzicht kunnen "
           "worden aangeboden tegen de gemeentelijke grondprijs voor sociale huurwoningen.",
           F([G], "explore"), None),
    2026: ("BS", "Bouwlocaties",
           "De gemeente stelt de locaties Molenakker-Zuid en Schoolstraat uiterlijk eind 2027 bouwrijp aan "
           "Veldzicht beschikbaar tegen de gemeentelijke grondprijs voor sociale huurwoningen.",
           F([G], "firm", dl=(2027, "uiterlijk eind 2027")), None),
    2027: ("BS", "Bouwlocaties",
           "De gemeente stelt de locaties Molenakker-Zuid en Schoolstraat uiterlijk 1 juli 2027 bouwrijp aan "
           "Veldzicht beschikbaar tegen de gemeentelijke grondprijs voor sociale huurwoningen.",
           F([G], "firm", dl=(2027, "uiterlijk 1 juli 2027")),
           "Toelichting: de bodemsanering van de locatie Schoolstraat is in het najaar van 2026 afgerond."),
})
add("verkoop-liberalisatie", "BS-03", [B], {
    2025: ("BS", "Verkoop en liberalisatie",
           "Veldzicht verkoopt of liberaliseert in 2025 maximaal 20 sociale huurwoningen, uitsluitend uit "
           "complexen die in de portefeuillestrategie als verkoopcomplex zijn aangemerkt. Bij verkoop krijgen "
           "zittende huurders en starters uit Beekstede voorrang.",
           F([C], "firm", [(20, "woningen", "max")], (2025, "in 2025"), True), None),
    2026: ("BS", "Verkoop en liberalisatie",
           "Veldzicht verkoopt of liberaliseert in 2026 maximaal 12 sociale huurwoningen, uitsluitend uit "
           "complexen die in de portefeuillestrategie als verkoopcomplex zijn aangemerkt. Bij verkoop krijgen "
           "zittende huurders en starters uit Beekstede voorrang.",
           F([C], "firm", [(12, "woningen", "max")], (2026, "in 2026"), True), None),
    2027: ("BS", "Verkoop en liberalisatie",
           "Veldzicht verkoopt en liberaliseert in 2027 geen sociale huurwoningen; de complexen die in de "
           "portefeuillestrategie als verkoopcomplex waren aangemerkt, blijven in de sociale verhuur.",
           F([C], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True), None),
})
add("lokale-voorrang", "BS-04", [B], {
    2025: ("BS", "Voorrang voor lokale woningzoekenden",
           "Veldzicht wijst maximaal 15% van de vrijkomende sociale huurwoningen met voorrang toe aan "
           "woningzoekenden met een aantoonbare lokale binding aan Beekstede, binnen de ruimte die de "
           "huisvestingsverordening daarvoor biedt.",
           F([C], "firm", [(15, "%", "max")]), None),
    2026: ("BS", "Voorrang voor lokale woningzoekenden",
           "Binnen de ruimte van de huisvestingsverordening wordt ten hoogste 15% van de vrijkomende sociale "
           "huurwoningen van Veldzicht met voorrang toegewezen aan woningzoekenden die een aantoonbare lokale "
           "binding met Beekstede hebben.",
           F([C], "firm", [(15, "%", "max")]), None),
    2027: "=",
})
add("vergunninghouders", "BS-05", [B], {
    2025: ("BS", "Huisvesting vergunninghouders",
           "Veldzicht levert in 2025 een evenredige bijdrage aan de huisvesting van vergunninghouders, passend bij "
           "de taakstelling van 46 personen die het Rijk voor 2025 aan Beekstede heeft opgelegd. De gemeente zorgt "
           "voor tijdige begeleiding van de nieuwe huurders.",
           F([C, G], "firm", [(46, "personen", "exact")], (2025, "in 2025"), True), None),
    2026: ("BS", "Huisvesting vergunninghouders",
           "Veldzicht levert in 2026 een evenredige bijdrage aan de huisvesting van vergunninghouders, passend bij "
           "de taakstelling van 58 personen die het Rijk voor 2026 aan Beekstede heeft opgelegd. De gemeente zorgt "
           "voor tijdige begeleiding van de nieuwe huurders.",
           F([C, G], "firm", [(58, "personen", "exact")], (2026, "in 2026"), True), None),
    2027: ("BS", "Huisvesting vergunninghouders",
           "Veldzicht levert in 2027 een evenredige bijdrage aan de huisvesting van vergunninghouders, passend bij "
           "de taakstelling van 51 personen die het Rijk voor 2027 aan Beekstede heeft opgelegd. De gemeente zorgt "
           "voor tijdige begeleiding van de nieuwe huurders.",
           F([C, G], "firm", [(51, "personen", "exact")], (2027, "in 2027"), True), None),
})
add("doorstroming-senioren", "BS-06", [B], {
    2025: ("BS", "Doorstroming senioren",
           "Partijen verkennen in 2025 de mogelijkheden van een doorstroomregeling waarbij senioren die een grote "
           "eengezinswoning achterlaten hun huidige huurprijs kunnen meenemen naar een kleinere, gelijkvloerse "
           "woning.",
           F([P], "explore", dl=(2025, "in 2025")), None),
    2026: ("BS", "Doorstroming senioren",
           "Veldzicht voert per 1 januari 2026 een doorstroomregeling in waarbij senioren die een eengezinswoning "
           "achterlaten hun huidige huurprijs meenemen naar een kleinere, gelijkvloerse woning. De "
           "huurdersvereniging wordt betrokken bij de communicatie over de regeling.",
           F([C, H], "firm", dl=(2026, "per 1 januari 2026")),
           "Toelichting: in 2025 verhuisden 14 senioren binnen de voorraad van Veldzicht naar een gelijkvloerse "
           "woning."),
    2027: ("BS", "Doorstroming senioren",
           "Veldzicht past de doorstroomregeling toe waarbij senioren die een eengezinswoning achterlaten hun "
           "huidige huurprijs meenemen naar een kleinere, gelijkvloerse woning, en informeert deze huurders daar "
           "actief over. De huurdersvereniging wordt betrokken bij de communicatie over de regeling.",
           F([C, H], "firm"), None),
})
add("flexwonen", "BS-07", [B], {
    2025: ("BS", "Flexwonen",
           "Veldzicht zal uiterlijk eind 2025 op de tijdelijke locatie aan de Spoorlaan 24 flexwoningen plaatsen "
           "voor spoedzoekers, starters en vergunninghouders. De gemeente verleent hiervoor een tijdelijke "
           "omgevingsvergunning voor een periode van vijftien jaar.",
           F([C, G], "firm", [(24, "woningen", "exact")], (2025, "uiterlijk eind 2025")), None),
    2026: ("BS", "Flexwonen",
           "Veldzicht onderzoekt of op de tijdelijke locatie aan de Spoorlaan 24 flexwoningen kunnen worden "
           "geplaatst voor spoedzoekers, starters en vergunninghouders. De gemeente verleent hiervoor zo nodig een "
           "tijdelijke omgevingsvergunning voor een periode van vijftien jaar.",
           F([C, G], "explore", [(24, "woningen", "exact")]),
           "Toelichting: de leverancier van de units heeft in 2025 surseance van betaling aangevraagd."),
})
add("zoektijd", "BS-08", [B], {
    2025: ("BS", "Zoektijd",
           "Partijen streven naar een gemiddelde zoektijd voor reguliere woningzoekenden van maximaal 30 maanden "
           "en bespreken jaarlijks de ontwikkeling van de zoektijd en de slaagkansen per doelgroep.",
           F([P], "intent", [(30, "maanden", "max")], rec=True), None),
    2026: ("BS", "Zoektijd",
           "Partijen streven naar een gemiddelde zoektijd voor reguliere woningzoekenden van maximaal 27 maanden "
           "en bespreken jaarlijks de ontwikkeling van de zoektijd en de slaagkansen per doelgroep.",
           F([P], "intent", [(27, "maanden", "max")], rec=True), None),
    2027: "=",
})
add("uitstroom-beschermd-wonen", "BS-09", [B, L], {
    2025: ("BS", "Uitstroom beschermd wonen",
           "Veldzicht stelt jaarlijks ten minste 12 woningen beschikbaar voor de uitstroom van cliënten uit "
           "beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding zolang "
           "dat nodig is.",
           F([C, G], "firm", [(12, "woningen", "min")], rec=True), None),
    2026: "=",
    2027: ("BS", "Uitstroom beschermd wonen",
           "Veldzicht stelt jaarlijks ten minste 10 woningen beschikbaar voor de uitstroom van cliënten uit "
           "beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding zolang "
           "dat nodig is.",
           F([C, G], "firm", [(10, "woningen", "min")], rec=True), None),
})
add("middenhuur", "BS-10", [B], {
    2026: ("BS", "Middenhuur",
           "Veldzicht voegt in 2026 en 2027 samen 40 middenhuurwoningen toe aan de voorraad door nieuwbouw aan de "
           "Schoolstraat, met een huurprijs die ligt tussen de liberalisatiegrens en de maximale huurprijs voor "
           "middenhuur.",
           F([C], "firm", [(40, "woningen", "exact")], (2027, "in 2026 en 2027")), None),
    2027: ("BS", "Middenhuur",
           "Aan de Schoolstraat worden in 2026 en 2027 door Veldzicht in totaal 40 middenhuurwoningen gebouwd en "
           "aan de voorraad toegevoegd, met huurprijzen tussen de liberalisatiegrens en de maximale huurprijs voor "
           "middenhuur.",
           F([C], "firm", [(40, "woningen", "exact")], (2027, "in 2026 en 2027")), None),
})
add("woningdelen", "BS-11", [B], {
    2027: ("BS", "Woningdelen en hospitaverhuur",
           "Partijen gaan in 2027 in gesprek over de mogelijkheden om woningdelen en hospitaverhuur in sociale "
           "huurwoningen toe te staan, zodat jongeren en starters sneller een kamer of kleine woonruimte vinden.",
           F([P], "discuss", dl=(2027, "in 2027")), None),
})

# ---------------------------------------------------------------- Thema 2
add("huurbeleid", "BT-01", [B], {
    2025: ("BT", "Huurbeleid 2025",
           "Veldzicht verhoogt per 1 juli 2025 de huren van de sociale huurwoningen met gemiddeld maximaal de "
           "inflatie over het voorgaande kalenderjaar. De inkomensafhankelijke huurverhoging wordt niet toegepast.",
           F([C], "firm", [], (2025, "per 1 juli 2025"), True), None),
    2026: ("BT", "Huurbeleid 2026",
           "Veldzicht verhoogt per 1 juli 2026 de huren van de sociale huurwoningen met gemiddeld ten minste 0,5% "
           "onder de inflatie over het voorgaande kalenderjaar. De inkomensafhankelijke huurverhoging wordt niet "
           "toegepast.",
           F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True),
           "Toelichting: in 2025 bedroeg de gemiddelde huurverhoging bij Veldzicht 4,1%."),
    2027: ("BT", "Huurbeleid 2027",
           "Veldzicht verhoogt per 1 juli 2027 de huren van de sociale huurwoningen met gemiddeld ten minste 0,5% "
           "onder de inflatie over het voorgaande kalenderjaar. De inkomensafhankelijke huurverhoging wordt niet "
           "toegepast.",
           F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True),
           "Toelichting: in 2026 bedroeg de gemiddelde huurverhoging bij Veldzicht 3,2%."),
})
add("passend-toewijzen", "BT-02", [B], {
    2025: ("BT", "Passend toewijzen",
           "Veldzicht wijst ten minste 95% van de huishoudens met recht op huurtoeslag een woning toe met een "
           "huurprijs tot en met de voor hun huishoudgrootte geldende aftoppingsgrens (€ 697,07 of € 747,21, "
           "prijspeil 2025).",
           F([C], "firm", [(95, "%", "min"), (697.07, "euro", "exact"), (747.21, "euro", "exact")], rec=True), None),
    2026: ("BT", "Passend toewijzen",
           "Veldzicht wijst ten minste 95% van de huishoudens met recht op huurtoeslag een woning toe met een "
           "huurprijs tot en met de voor hun huishoudgrootte geldende aftoppingsgrens (€ 713,30 of € 764,47, "
           "prijspeil 2026).",
           F([C], "firm", [(95, "%", "min"), (713.30, "euro", "exact"), (764.47, "euro", "exact")], rec=True), None),
    2027: ("BT", "Passend toewijzen",
           "Veldzicht wijst ten minste 95% van de huishoudens met recht op huurtoeslag een woning toe met een "
           "huurprijs tot en met de voor hun huishoudgrootte geldende aftoppingsgrens (€ 731,15 of € 783,58, "
           "prijspeil 2027).",
           F([C], "firm", [(95, "%", "min"), (731.15, "euro", "exact"), (783.58, "euro", "exact")], rec=True), None),
})
add("vroegsignalering", "BT-03", [B], {
    2025: ("BT", "Vroegsignalering huurachterstand",
           "Veldzicht neemt persoonlijk contact op met iedere huurder die twee maanden huurachterstand heeft en "
           "meldt de huurder, met diens toestemming, aan bij het schuldhulpteam van de gemeente. De gemeente neemt "
           "binnen vijf werkdagen na de melding contact op met de huurder.",
           F([C, G], "firm", [(2, "maanden", "exact"), (5, "dagen", "max")]), None),
    2026: ("BT", "Vroegsignalering huurachterstand",
           "Veldzicht neemt persoonlijk contact op met iedere huurder die één maand huurachterstand heeft en "
           "meldt de huurder, met diens toestemming, aan bij het schuldhulpteam van de gemeente. De gemeente neemt "
           "binnen vijf werkdagen na de melding contact op met de huurder.",
           F([C, G], "firm", [(1, "maanden", "exact"), (5, "dagen", "max")]), None),
    2027: "=",
})
add("huisuitzettingen", "BT-04", [B, L], {
    2025: ("BT", "Huisuitzettingen",
           "Partijen streven ernaar het aantal ontruimingen wegens huurachterstand terug te brengen tot maximaal 4 "
           "per jaar. Een ontruiming wordt pas aangevraagd nadat de huurder ten minste twee keer een aanbod voor "
           "schuldhulp heeft gekregen.",
           F([P, C], "intent", [(4, "ontruimingen", "max"), (2, "keer", "min")], rec=True), None),
    2026: ("BT", "Huisuitzettingen",
           "Partijen streven ernaar het aantal ontruimingen wegens huurachterstand terug te brengen tot maximaal 6 "
           "per jaar. Een ontruiming wordt pas aangevraagd nadat de huurder ten minste twee keer een aanbod voor "
           "schuldhulp heeft gekregen.",
           F([P, C], "intent", [(6, "ontruimingen", "max"), (2, "keer", "min")], rec=True),
           "Toelichting: in 2025 vonden in Beekstede zeven ontruimingen wegens huurachterstand plaats."),
    2027: ("BT", "Huisuitzettingen",
           "Een ontruiming wegens huurachterstand wordt door Veldzicht alleen aangevraagd als de huurder ten minste "
           "twee keer schuldhulp is aangeboden en dit niet tot een betalingsregeling heeft geleid; op die manier "
           "willen partijen het aantal ontruimingen beperken tot ten hoogste 6 per jaar.",
           F([C, P], "intent", [(6, "ontruimingen", "max"), (2, "keer", "min")], rec=True), None),
})
add("energiecoaches", "BT-05", [D, B], {
    2025: ("BT", "Energiecoaches",
           "De gemeente zet in 2025 energiecoaches in die ten minste 200 huishoudens met een laag inkomen in "
           "huurwoningen van Veldzicht bezoeken en adviseren over energiebesparing. Veldzicht en de "
           "huurdersvereniging wijzen hun huurders actief op dit aanbod.",
           F([G, C, H], "firm", [(200, "huishoudens", "min")], (2025, "in 2025"), True), None),
    2026: ("DU", "Energiecoaches",
           "De gemeente zet in 2026 energiecoaches in die ten minste 200 huishoudens met een laag inkomen in "
           "huurwoningen van Veldzicht bezoeken en adviseren over energiebesparing. Veldzicht en de "
           "huurdersvereniging wijzen hun huurders actief op dit aanbod.",
           F([G, C, H], "firm", [(200, "huishoudens", "min")], (2026, "in 2026"), True), None),
    2027: ("DU", "Energiecoaches",
           "De gemeente zet in 2027 energiecoaches in die ten minste 300 huishoudens met een laag inkomen in "
           "huurwoningen van Veldzicht bezoeken en adviseren over energiebesparing. Veldzicht en de "
           "huurdersvereniging wijzen hun huurders actief op dit aanbod.",
           F([G, C, H], "firm", [(300, "huishoudens", "min")], (2027, "in 2027"), True), None),
})
add("huurverlaging", "BT-06", [B], {
    2025: ("BT", "Huurverlaging lage inkomens",
           "Veldzicht verlaagt in 2025 op verzoek de huur tot de lage aftoppingsgrens voor huurders met een inkomen "
           "onder de inkomensgrens voor huurtoeslag van wie de huur boven die grens ligt.",
           F([C], "firm", dl=(2025, "in 2025")), None),
})
add("betalingsregeling", "BT-07", [B], {
    2026: ("BT", "Betalingsregelingen",
           "Veldzicht biedt iedere huurder met een betalingsachterstand een betalingsregeling aan zonder rente of "
           "administratiekosten, met een looptijd van ten hoogste 24 maanden.",
           F([C], "firm", [(24, "maanden", "max")]), None),
    2027: "=",
})
add("noodfonds", "BT-08", [B], {
    2025: ("BT", "Noodfonds woonlasten",
           "De gemeente stelt voor 2025 een noodfonds woonlasten van € 75.000 beschikbaar voor huishoudens die door "
           "een plotselinge inkomensdaling hun woonlasten niet meer kunnen dragen.",
           F([G], "firm", [(75000, "euro", "exact")], (2025, "voor 2025"), True), None),
    2026: ("BT", "Noodfonds woonlasten",
           "De gemeente stelt voor 2026 een noodfonds woonlasten van € 60.000 beschikbaar voor huishoudens die door "
           "een plotselinge inkomensdaling hun woonlasten niet meer kunnen dragen, onder voorbehoud van vaststelling "
           "van de gemeentebegroting 2026 door de raad.",
           F([G], "firm", [(60000, "euro", "exact")], (2026, "voor 2026"), True,
             ["onder voorbehoud van vaststelling van de gemeentebegroting 2026 door de raad"]), None),
    2027: ("BT", "Noodfonds woonlasten",
           "De gemeente stelt voor 2027 een noodfonds woonlasten van € 60.000 beschikbaar voor huishoudens die door "
           "een plotselinge inkomensdaling hun woonlasten niet meer kunnen dragen, onder voorbehoud van vaststelling "
           "van de gemeentebegroting 2027 door de raad.",
           F([G], "firm", [(60000, "euro", "exact")], (2027, "voor 2027"), True,
             ["onder voorbehoud van vaststelling van de gemeentebegroting 2027 door de raad"]), None),
})

# ---------------------------------------------------------------- Thema 3
add("labels-efg", "DU-01", [D], {
    2025: ("DU", "Geen E-, F- en G-labels",
           "Veldzicht zorgt ervoor dat eind 2027 geen van haar woningen in Beekstede nog een energielabel E, F of G "
           "heeft. Het gaat om 112 woningen, die in het meerjarig onderhoudsprogramma zijn opgenomen.",
           F([C], "firm", [(112, "woningen", "exact")], (2027, "eind 2027")), None),
    2026: ("DU", "Geen E-, F- en G-labels",
           "Veldzicht zorgt ervoor dat eind 2027 geen van haar woningen in Beekstede nog een energielabel E, F of G "
           "heeft. De resterende 64 woningen zijn in het meerjarig onderhoudsprogramma opgenomen.",
           F([C], "firm", [(64, "woningen", "exact")], (2027, "eind 2027")), None),
    2027: ("DU", "Geen E-, F- en G-labels",
           "Veldzicht zorgt ervoor dat eind 2028 geen van haar woningen in Beekstede nog een energielabel E, F of G "
           "heeft. De resterende 29 woningen zijn in het meerjarig onderhoudsprogramma opgenomen.",
           F([C], "firm", [(29, "woningen", "exact")], (2028, "eind 2028")),
           "Toelichting: bij 18 woningen in het complex Beekweg is de instemming van 70% van de huurders nog niet "
           "bereikt."),
})
add("gemiddeld-label", "DU-02", [D], {
    2025: ("DU", "Gemiddeld energielabel",
           "Veldzicht streeft ernaar dat haar woningvoorraad in Beekstede in 2030 gemiddeld energielabel B heeft.",
           F([C], "intent", [("B", "label", "min")], (2030, "in 2030")), None),
    2026: ("DU", "Gemiddeld energielabel",
           "Veldzicht streeft ernaar dat haar woningvoorraad in Beekstede in 2030 gemiddeld energielabel C heeft.",
           F([C], "intent", [("C", "label", "min")], (2030, "in 2030")), None),
    2027: ("DU", "Gemiddeld energielabel",
           "Veldzicht streeft ernaar dat haar woningvoorraad in Beekstede in 2030 gemiddeld energielabel B heeft.",
           F([C], "intent", [("B", "label", "min")], (2030, "in 2030")), None),
})
add("na-isolatie", "DU-03", [D], {
    2025: ("DU", "Na-isolatie",
           "Veldzicht isoleert in 2025 ten minste 250 woningen na, waarbij dak-, gevel- en vloerisolatie in één "
           "ingreep worden uitgevoerd en de huurder daarvoor geen huurverhoging betaalt.",
           F([C], "firm", [(250, "woningen", "min")], (2025, "in 2025"), True), None),
    2026: ("DU", "Na-isolatie",
           "Indien de aangevraagde rijkssubsidie wordt toegekend, isoleert Veldzicht in 2026 ten minste 250 "
           "woningen na, waarbij dak-, gevel- en vloerisolatie in één ingreep worden uitgevoerd en de huurder "
           "daarvoor geen huurverhoging betaalt.",
           F([C], "firm", [(250, "woningen", "min")], (2026, "in 2026"), True,
             ["Indien de aangevraagde rijkssubsidie wordt toegekend"]), None),
    2027: ("DU", "Na-isolatie",
           "Veldzicht isoleert in 2027 ten minste 250 woningen na, waarbij dak-, gevel- en vloerisolatie in één "
           "ingreep worden uitgevoerd en de huurder daarvoor geen huurverhoging betaalt.",
           F([C], "firm", [(250, "woningen", "min")], (2027, "in 2027"), True), None),
})
add("zonnepanelen", "DU-04", [D], {
    2025: ("DU", "Zonnepanelen",
           "Veldzicht biedt in 2025 alle huurders van een geschikte eengezinswoning zonnepanelen aan tegen een "
           "vaste maandelijkse vergoeding die lager is dan de verwachte besparing op de energierekening.",
           F([C], "firm", dl=(2025, "in 2025"), rec=True), None),
    2026: ("DU", "Zonnepanelen",
           "Veldzicht biedt in 2026 de huurders van geschikte eengezinswoningen in twee complexen in de wijk Oude "
           "Weide zonnepanelen aan tegen een vaste maandelijkse vergoeding die lager is dan de verwachte besparing "
           "op de energierekening.",
           F([C], "firm", dl=(2026, "in 2026"), rec=True), None),
    2027: ("DU", "Zonnepanelen",
           "Veldzicht biedt in 2027 de huurders van alle geschikte eengezinswoningen in de wijken Oude Weide en "
           "Hoogveld zonnepanelen aan tegen een vaste maandelijkse vergoeding die lager is dan de verwachte "
           "besparing op de energierekening.",
           F([C], "firm", dl=(2027, "in 2027"), rec=True), None),
})
add("warmtenet", "DU-05", [D], {
    2025: ("DU", "Warmtenet Hoogveld",
           "Partijen gaan in gesprek met het warmtebedrijf over de voorwaarden waaronder de woningen van Veldzicht "
           "in Hoogveld op het warmtenet kunnen worden aangesloten, waarbij de woonlasten van huurders niet mogen "
           "stijgen.",
           F([P], "discuss"), None),
    2026: ("DU", "Warmtenet Hoogveld",
           "Veldzicht sluit in 2027 de 138 woningen in Hoogveld aan op het warmtenet, op de voorwaarden die in "
           "2026 met het warmtebedrijf zijn overeengekomen; de woonlasten van de huurders stijgen daardoor niet.",
           F([C], "firm", [(138, "woningen", "exact")], (2027, "in 2027")), None),
    2027: ("DU", "Warmtenet Hoogveld",
           "Veldzicht sluit in 2028 de 138 woningen in Hoogveld aan op het warmtenet, op de voorwaarden die in "
           "2026 met het warmtebedrijf zijn overeengekomen; de woonlasten van de huurders stijgen daardoor niet.",
           F([C], "firm", [(138, "woningen", "exact")], (2028, "in 2028")),
           "Toelichting: de aanleg van het hoofdnet door het warmtebedrijf is een jaar vertraagd."),
})
add("klimaatadaptatie", "DU-06", [D], {
    2025: ("DU", "Klimaatadaptatie",
           "De gemeente en Veldzicht verkennen hoe bij groot onderhoud en herinrichting van de openbare ruimte in "
           "Oude Weide groene daken, regentonnen en minder verharding kunnen worden gecombineerd om wateroverlast "
           "en hittestress te beperken.",
           F([G, C], "explore"), None),
    2026: "=",
    2027: ("DU", "Klimaatadaptatie",
           "Bij groot onderhoud en bij de herinrichting van de openbare ruimte in Oude Weide verkennen de gemeente "
           "en Veldzicht gezamenlijk of groene daken, regentonnen en het verminderen van verharding kunnen worden "
           "gecombineerd, om zo hittestress en wateroverlast tegen te gaan.",
           F([G, C], "explore"), None),
})
add("wijkuitvoeringsplan", "DU-07", [D], {
    2025: ("DU", "Wijkuitvoeringsplan Hoogveld",
           "De gemeente stelt uiterlijk in Q3 2025 het wijkuitvoeringsplan aardgasvrij Hoogveld vast, nadat "
           "Veldzicht, de huurdersvereniging en de bewonersraad in de gelegenheid zijn gesteld hun zienswijze te "
           "geven.",
           F([G], "firm", dl=(2025, "uiterlijk in Q3 2025")), None),
    2026: ("DU", "Wijkuitvoeringsplan Hoogveld",
           "De gemeente stelt uiterlijk in Q1 2026 het wijkuitvoeringsplan aardgasvrij Hoogveld vast, nadat "
           "Veldzicht, de huurdersvereniging en de bewonersraad in de gelegenheid zijn gesteld hun zienswijze te "
           "geven.",
           F([G], "firm", dl=(2026, "uiterlijk in Q1 2026")), None),
})
add("circulair-bouwen", "DU-08", [D], {
    2027: ("DU", "Circulair bouwen",
           "Veldzicht heeft de ambitie om bij nieuwbouwprojecten waarvan de bouw vanaf 2027 start ten minste 30% "
           "biobased of hergebruikte materialen toe te passen, voor zover dit binnen de begrote stichtingskosten "
           "past.",
           F([C], "intent", [(30, "%", "min")], cond=["voor zover dit binnen de begrote stichtingskosten past"]),
           None),
})

# ---------------------------------------------------------------- Thema 4
add("vocht-schimmel", "KW-01", [K], {
    2025: ("KW", "Vocht en schimmel",
           "Veldzicht bezoekt iedere huurder die vocht- of schimmelklachten meldt binnen 10 werkdagen, stelt de "
           "oorzaak vast en voert de noodzakelijke herstelwerkzaamheden zo snel mogelijk uit.",
           F([C], "firm", [(10, "dagen", "max")]), None),
    2026: ("KW", "Vocht en schimmel",
           "Veldzicht bezoekt iedere huurder die vocht- of schimmelklachten meldt binnen 5 werkdagen, stelt de "
           "oorzaak vast en voert de noodzakelijke herstelwerkzaamheden zo snel mogelijk uit.",
           F([C], "firm", [(5, "dagen", "max")]),
           "Toelichting: in 2025 ontving Veldzicht 311 meldingen van vocht en schimmel."),
    2027: "=",
})
add("reparaties", "KW-02", [K], {
    2025: ("KW", "Reparatieverzoeken",
           "Veldzicht verhelpt spoedeisende storingen binnen 24 uur en voert overige reparatieverzoeken binnen 15 "
           "werkdagen uit.",
           F([C], "firm", [(24, "uur", "max"), (15, "dagen", "max")]), None),
    2026: "=",
    2027: ("KW", "Reparatieverzoeken",
           "Veldzicht verhelpt spoedeisende storingen binnen 24 uur en voert overige reparatieverzoeken binnen 20 "
           "werkdagen uit.",
           F([C], "firm", [(24, "uur", "max"), (20, "dagen", "max")]), None),
})
add("levensloopbestendig", "KW-03", [K], {
    2025: ("KW", "Levensloopbestendig maken",
           "Veldzicht maakt in 2025 ten minste 40 gelijkvloerse woningen levensloopbestendig door drempels te "
           "verwijderen, de badkamer aan te passen en waar nodig een traplift of extra leuning aan te brengen.",
           F([C], "firm", [(40, "woningen", "min")], (2025, "in 2025"), True), None),
    2026: ("KW", "Levensloopbestendig maken",
           "Veldzicht onderzoekt in 2026 of ten minste 40 gelijkvloerse woningen levensloopbestendig kunnen worden "
           "gemaakt door drempels te verwijderen, de badkamer aan te passen en waar nodig een traplift of extra "
           "leuning aan te brengen.",
           F([C], "explore", [(40, "woningen", "min")], (2026, "in 2026"), True), None),
    2027: ("KW", "Levensloopbestendig maken",
           "Veldzicht onderzoekt in 2027 of ten minste 40 gelijkvloerse woningen levensloopbestendig kunnen worden "
           "gemaakt door drempels te verwijderen, de badkamer aan te passen en waar nodig een traplift of extra "
           "leuning aan te brengen.",
           F([C], "explore", [(40, "woningen", "min")], (2027, "in 2027"), True), None),
})
add("woningaanpassingen", "KW-04", [K], {
    2025: ("KW", "Woningaanpassingen Wmo",
           "Partijen maken in 2025 afspraken over de verdeling van de kosten van woningaanpassingen op grond van "
           "de Wmo en over het hergebruik van aangepaste woningen bij nieuwe verhuring.",
           F([P], "discuss", dl=(2025, "in 2025")), None),
    2026: ("KW", "Woningaanpassingen Wmo",
           "Partijen werken volgens de in 2025 gemaakte afspraken over de verdeling van de kosten van "
           "woningaanpassingen op grond van de Wmo en over het hergebruik van aangepaste woningen bij nieuwe "
           "verhuring.",
           F([P], "firm"), None),
    2027: "=",
})
add("huurdersoordeel", "KW-05", [K], {
    2025: ("KW", "Huurdersoordeel",
           "Veldzicht streeft naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de dienstverlening bij "
           "nieuwe verhuur, reparaties en vertrek, gemeten volgens de Aedes-benchmark.",
           F([C], "intent", [(7.5, "cijfer", "min")]), None),
    2026: ("KW", "Huurdersoordeel",
           "Voor de dienstverlening bij nieuwe verhuur, reparaties en vertrek wordt door Veldzicht een gemiddeld "
           "huurdersoordeel van minimaal 7,5 nagestreefd, zoals gemeten in de Aedes-benchmark.",
           F([C], "intent", [(7.5, "cijfer", "min")]), None),
    2027: "=",
})
add("rookmelders", "KW-06", [K], {
    2025: ("KW", "Brandveiligheid",
           "Veldzicht controleert vóór 1 oktober 2025 in alle seniorencomplexen de werking van de rookmelders en "
           "vervangt ontbrekende of defecte exemplaren.",
           F([C], "firm", dl=(2025, "vóór 1 oktober 2025"), rec=True), None),
    2026: ("KW", "Brandveiligheid",
           "Veldzicht controleert vóór 1 oktober 2026 in alle seniorencomplexen de werking van de rookmelders en "
           "vervangt ontbrekende of defecte exemplaren.",
           F([C], "firm", dl=(2026, "vóór 1 oktober 2026"), rec=True), None),
})
add("wonen-met-zorg", "KW-07", [K, B], {
    2026: ("KW", "Wonen met zorg",
           "De gemeente en Veldzicht onderzoeken of in de wijk Beekstede-Centrum een geclusterde woonvorm voor "
           "ouderen met een zorgvraag kan worden gerealiseerd, in samenwerking met een zorgaanbieder.",
           F([G, C], "explore"), None),
    2027: ("KW", "Wonen met zorg",
           "De gemeente en Veldzicht realiseren in samenwerking met zorgaanbieder De Lindehof in de wijk "
           "Beekstede-Centrum een geclusterde woonvorm met 32 woningen voor ouderen met een zorgvraag; de bouw "
           "start uiterlijk in het vierde kwartaal van 2027.",
           F([G, C], "firm", [(32, "woningen", "exact")], (2027, "uiterlijk in het vierde kwartaal van 2027")),
           "Toelichting: de haalbaarheidsstudie is in september 2026 door alle partijen onderschreven."),
})

# ---------------------------------------------------------------- Thema 5
add("leefbaarheidsbudget", "LB-01", [L], {
    2025: ("LB", "Leefbaarheidsbudget",
           "Veldzicht besteedt in 2025 aan leefbaarheid in Beekstede een bedrag gelijk aan het wettelijk "
           "toegestane maximum van € 142,82 per woning, onder meer voor buurtbemiddeling, schoonmaakacties en "
           "kleine fysieke ingrepen.",
           F([C], "firm", [(142.82, "euro", "exact")], (2025, "in 2025"), True), None),
    2026: ("LB", "Leefbaarheidsbudget",
           "Veldzicht besteedt in 2026 aan leefbaarheid in Beekstede een bedrag gelijk aan het wettelijk "
           "toegestane maximum van € 147,10 per woning, onder meer voor buurtbemiddeling, schoonmaakacties en "
           "kleine fysieke ingrepen.",
           F([C], "firm", [(147.10, "euro", "exact")], (2026, "in 2026"), True), None),
    2027: ("LB", "Leefbaarheidsbudget",
           "Veldzicht besteedt in 2027 aan leefbaarheid in Beekstede een bedrag gelijk aan het wettelijk "
           "toegestane maximum van € 151,21 per woning, onder meer voor buurtbemiddeling, schoonmaakacties en "
           "kleine fysieke ingrepen.",
           F([C], "firm", [(151.21, "euro", "exact")], (2027, "in 2027"), True), None),
})
add("wijkbeheerders", "LB-02", [L], {
    2025: ("LB", "Wijkbeheerders",
           "Veldzicht zet in alle wijken en kernen van Beekstede een wijkbeheerder in die ten minste één dagdeel "
           "per week op een vaste plek in de wijk aanspreekbaar is.",
           F([C], "firm", [(1, "dagdeel per week", "min")], rec=True), None),
    2026: ("LB", "Wijkbeheerders",
           "Veldzicht zet in de wijken Oude Weide en Hoogveld een wijkbeheerder in die ten minste één dagdeel per "
           "week op een vaste plek in de wijk aanspreekbaar is.",
           F([C], "firm", [(1, "dagdeel per week", "min")], rec=True), None),
    2027: "=",
})
add("overlast", "LB-03", [L], {
    2025: ("LB", "Overlast",
           "Partijen zullen meldingen van ernstige overlast gezamenlijk oppakken. Veldzicht neemt binnen vijf "
           "werkdagen na een melding contact op met de melder en, waar nodig, met de wijkagent en het wijkteam.",
           F([P, C], "firm", [(5, "dagen", "max")]), None),
    2026: ("LB", "Overlast",
           "Bij een melding van ernstige overlast neemt Veldzicht uiterlijk de vijfde werkdag na de melding contact "
           "op met de melder. Is een gezamenlijke aanpak nodig, dan schakelt Veldzicht de wijkagent en het "
           "wijkteam in en stemmen partijen de vervolgstappen af in een casusoverleg.",
           F([C, P], "firm", [(5, "dagen", "max")]), None),
    2027: ("LB", "Overlast",
           "Bij een melding van ernstige overlast neemt Veldzicht uiterlijk de derde werkdag na de melding contact "
           "op met de melder. Is een gezamenlijke aanpak nodig, dan schakelt Veldzicht de wijkagent en het "
           "wijkteam in en stemmen partijen de vervolgstappen af in een casusoverleg.",
           F([C, P], "firm", [(3, "dagen", "max")]), None),
})
add("wijkschouw", "LB-04", [L], {
    2025: ("LB", "Wijkschouw",
           "Veldzicht, de gemeente en de bewonersraad houden twee keer per jaar een schouw in Oude Weide, waarbij "
           "knelpunten in het beheer van de openbare ruimte en de complexen worden vastgelegd en opgevolgd.",
           F([C, G, H], "firm", [(2, "keer per jaar", "exact")], rec=True), None),
    2026: ("LB", "Wijkschouw",
           "Veldzicht, de gemeente en de bewonersraad houden vier keer per jaar een schouw in Oude Weide, waarbij "
           "knelpunten in het beheer van de openbare ruimte en de complexen worden vastgelegd en opgevolgd.",
           F([C, G, H], "firm", [(4, "keer per jaar", "exact")], rec=True), None),
    2027: "=",
})
add("bewonersinitiatieven", "LB-05", [L], {
    2025: ("LB", "Bewonersinitiatieven",
           "Veldzicht ondersteunt bewonersinitiatieven die de leefbaarheid in de buurt versterken met een bijdrage "
           "van maximaal € 1.500 per initiatief.",
           F([C], "firm", [(1500, "euro", "max")], rec=True), None),
})
add("begeleiding-kwetsbaar", "LB-06", [L], {
    2025: ("LB", "Begeleiding kwetsbare huurders",
           "De gemeente zegt toe dat iedere huurder die vanuit een instelling in een woning van Veldzicht komt te "
           "wonen ten minste het eerste jaar een vaste begeleider van het wijkteam heeft.",
           F([G], "firm", [(1, "jaar", "min")]), None),
    2026: ("LB", "Begeleiding kwetsbare huurders",
           "De gemeente zet zich ervoor in dat iedere huurder die vanuit een instelling in een woning van Veldzicht "
           "komt te wonen ten minste het eerste jaar een vaste begeleider van het wijkteam heeft.",
           F([G], "intent", [(1, "jaar", "min")]),
           "Toelichting: het wijkteam kampt sinds 2025 met een tekort aan ambulant begeleiders."),
    2027: ("LB", "Begeleiding kwetsbare huurders",
           "De gemeente spant zich ervoor in dat huurders die vanuit een instelling in een woning van Veldzicht "
           "gaan wonen, gedurende ten minste het eerste jaar worden begeleid door een vaste medewerker van het "
           "wijkteam.",
           F([G], "intent", [(1, "jaar", "min")]), None),
})
add("wijkbudget", "LB-07", [L], {
    2026: ("LB", "Wijkbudget",
           "De gemeente stelt in 2026 een wijkbudget van € 25.000 beschikbaar waarmee bewoners in alle wijken en "
           "kernen initiatieven voor ontmoeting, groen en veiligheid kunnen uitvoeren; de bewonersraad adviseert "
           "over de besteding.",
           F([G, H], "firm", [(25000, "euro", "exact")], (2026, "in 2026"), True), None),
    2027: ("LB", "Wijkbudget",
           "De gemeente stelt in 2027 een wijkbudget van € 30.000 beschikbaar waarmee bewoners in de wijken Oude "
           "Weide en Hoogveld initiatieven voor ontmoeting, groen en veiligheid kunnen uitvoeren; de bewonersraad "
           "adviseert over de besteding.",
           F([G, H], "firm", [(30000, "euro", "exact")], (2027, "in 2027"), True), None),
})
add("ontmoeting", "LB-08", [L, K], {
    2027: ("LB", "Ontmoeting en eenzaamheid",
           "Veldzicht verkent samen met de gemeente en de huurdersvereniging of de gemeenschappelijke ruimten in de "
           "seniorencomplexen aan de Beekweg en de Lindelaan vaker kunnen worden opengesteld voor activiteiten "
           "tegen eenzaamheid.",
           F([C, G, H], "explore"), None),
})

# ---------------------------------------------------------------- Thema 6
add("monitoring", "SP-01", [O], {
    2025: ("SP", "Monitoring",
           "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg, in "
           "april en in oktober, aan de hand van een monitor die Veldzicht opstelt.",
           F([P, C], "firm", [(2, "keer per jaar", "exact")], rec=True), None),
    2026: "=",
    2027: "=",
})
add("bod-cyclus", "SP-02", [O], {
    2025: ("SP", "Bod en jaarcyclus",
           "Veldzicht brengt vóór 1 juli 2025 een bod uit op de woonvisie, waarna partijen uiterlijk 15 december "
           "2025 de prestatieafspraken voor 2026 ondertekenen.",
           F([C, P], "firm", dl=(2025, "uiterlijk 15 december 2025"), rec=True), None),
    2026: ("SP", "Bod en jaarcyclus",
           "Veldzicht brengt vóór 1 juli 2026 een bod uit op de woonvisie, waarna partijen uiterlijk 15 december "
           "2026 de prestatieafspraken voor 2027 ondertekenen.",
           F([C, P], "firm", dl=(2026, "uiterlijk 15 december 2026"), rec=True), None),
    2027: ("SP", "Bod en jaarcyclus",
           "Veldzicht brengt vóór 1 juli 2027 een bod uit op de woonvisie, waarna partijen uiterlijk 15 december "
           "2027 de prestatieafspraken voor 2028 ondertekenen.",
           F([C, P], "firm", dl=(2027, "uiterlijk 15 december 2027"), rec=True), None),
})
add("ondersteuning-huurders", "SP-03", [O], {
    2025: ("SP", "Ondersteuning huurdersorganisaties",
           "Veldzicht stelt jaarlijks een werkbudget beschikbaar van € 18.000 aan Huurdersvereniging De Beekhof en "
           "€ 4.500 aan Bewonersraad Oude Weide, zodat zij zich kunnen laten ondersteunen en scholen.",
           F([C], "firm", [(18000, "euro", "exact"), (4500, "euro", "exact")], rec=True), None),
    2026: "=",
    2027: ("SP", "Ondersteuning huurdersorganisaties",
           "Veldzicht stelt jaarlijks een werkbudget beschikbaar van € 21.000 aan Huurdersvereniging De Beekhof en "
           "€ 5.000 aan Bewonersraad Oude Weide, zodat zij zich kunnen laten ondersteunen en scholen.",
           F([C], "firm", [(21000, "euro", "exact"), (5000, "euro", "exact")], rec=True), None),
})
add("evaluatie-overleg", "SP-04", [O], {
    2025: ("SP", "Evaluatie overlegstructuur",
           "Partijen evalueren vóór het einde van 2025 de overlegstructuur en besluiten daarna of de bewonersraad "
           "als zelfstandige partij aan het tripartiete overleg blijft deelnemen.",
           F([P], "firm", dl=(2025, "vóór het einde van 2025")), None),
})
add("woondeal-woonvisie", "SP-05", [O, B], {
    2026: ("SP", "Regionale woondeal",
           "De gemeente verwerkt de afspraken uit de regionale woondeal in een nieuwe woonvisie, die uiterlijk eind "
           "2026 door de gemeenteraad wordt vastgesteld. Veldzicht en de huurdersorganisaties worden vooraf om "
           "advies gevraagd.",
           F([G], "firm", dl=(2026, "uiterlijk eind 2026")), None),
    2027: ("SP", "Regionale woondeal",
           "De gemeente verwerkt de afspraken uit de regionale woondeal in een nieuwe woonvisie, die uiterlijk medio "
           "2027 door de gemeenteraad wordt vastgesteld. Veldzicht en de huurdersorganisaties worden vooraf om "
           "advies gevraagd.",
           F([G], "firm", dl=(2027, "uiterlijk medio 2027")), None),
})
add("geschillen", "SP-06", [O], {
    2025: ("SP", "Geschillen",
           "Partijen lossen meningsverschillen over de uitleg of uitvoering van deze afspraken eerst in onderling "
           "overleg op; lukt dat niet binnen zes weken, dan leggen zij het geschil voor aan de minister, zoals "
           "bedoeld in artikel 44 van de Woningwet.",
           F([P], "firm", [(6, "weken", "max")]), None),
    2026: "=",
    2027: "=",
})

# 2027: reordered afspraken inside Thema 4 (codes stay the same)
ORDER_OVERRIDE = {2027: {"KW": ["wonen-met-zorg", "levensloopbestendig", "woningaanpassingen", "vocht-schimmel",
                                "reparaties", "huurdersoordeel"]}}

# links per pair; unchanged = "u"; new/dropped are derived
LINKS = {
    (2025, 2026): {
        "nieuwbouw-sociaal": ("weakened", ["quantity", "deadline"], None),
        "bouwlocaties": ("strengthened", ["modality"], None),
        "verkoop-liberalisatie": ("strengthened", ["quantity"], None),
        "lokale-voorrang": ("reworded", [], "same_figures"),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "doorstroming-senioren": ("strengthened", ["modality"], None),
        "flexwonen": ("weakened", ["modality"], None),
        "zoektijd": ("strengthened", ["quantity"], None),
        "uitstroom-beschermd-wonen": "u",
        "huurbeleid": ("strengthened", ["quantity"], None),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "vroegsignalering": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("weakened", ["quantity"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "noodfonds": ("weakened", ["quantity", "condition"], None),
        "labels-efg": ("reworded", [], "progress"),
        "gemiddeld-label": ("weakened", ["label"], None),
        "na-isolatie": ("weakened", ["condition"], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "warmtenet": ("strengthened", ["modality"], None),
        "klimaatadaptatie": "u",
        "wijkuitvoeringsplan": ("weakened", ["deadline"], None),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "reparaties": "u",
        "levensloopbestendig": ("weakened", ["modality"], None),
        "woningaanpassingen": ("strengthened", ["modality"], None),
        "huurdersoordeel": ("reworded", [], "same_figures"),
        "rookmelders": ("reworded", [], "recurring_year"),
        "leefbaarheidsbudget": ("reworded", [], "external_figure"),
        "wijkbeheerders": ("weakened", ["scope"], None),
        "overlast": ("reworded", [], None),
        "wijkschouw": ("strengthened", ["quantity"], None),
        "begeleiding-kwetsbaar": ("weakened", ["modality"], None),
        "monitoring": "u",
        "bod-cyclus": ("reworded", [], "recurring_year"),
        "ondersteuning-huurders": "u",
        "geschillen": "u",
    },
    (2026, 2027): {
        "nieuwbouw-sociaal": ("reworded", [], "progress"),
        "bouwlocaties": ("strengthened", ["deadline"], None),
        "verkoop-liberalisatie": ("strengthened", ["quantity"], None),
        "lokale-voorrang": "u",
        "vergunninghouders": ("reworded", [], "external_figure"),
        "doorstroming-senioren": ("reworded", [], None),
        "zoektijd": "u",
        "uitstroom-beschermd-wonen": ("weakened", ["quantity"], None),
        "middenhuur": ("reworded", [], "same_figures"),
        "huurbeleid": ("reworded", [], "recurring_year"),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "vroegsignalering": "u",
        "huisuitzettingen": ("reworded", [], "same_figures"),
        "energiecoaches": ("strengthened", ["quantity"], None),
        "betalingsregeling": "u",
        "noodfonds": ("reworded", [], "recurring_year"),
        "labels-efg": ("weakened", ["deadline"], None),
        "gemiddeld-label": ("strengthened", ["label"], None),
        "na-isolatie": ("strengthened", ["condition"], None),
        "zonnepanelen": ("strengthened", ["scope"], None),
        "warmtenet": ("weakened", ["deadline"], None),
        "klimaatadaptatie": ("reworded", [], None),
        "vocht-schimmel": "u",
        "reparaties": ("weakened", ["quantity"], None),
        "levensloopbestendig": ("reworded", [], "recurring_year"),
        "woningaanpassingen": "u",
        "huurdersoordeel": "u",
        "wonen-met-zorg": ("strengthened", ["modality"], None),
        "leefbaarheidsbudget": ("reworded", [], "external_figure"),
        "wijkbeheerders": "u",
        "overlast": ("strengthened", ["quantity"], None),
        "wijkschouw": "u",
        "begeleiding-kwetsbaar": ("reworded", [], None),
        "wijkbudget": ("modified", ["quantity", "scope"], None),
        "monitoring": "u",
        "bod-cyclus": ("reworded", [], "recurring_year"),
        "ondersteuning-huurders": ("strengthened", ["quantity"], None),
        "woondeal-woonvisie": ("weakened", ["deadline"], None),
        "geschillen": "u",
    },
}


def resolved():
    """key -> {year: (chapter, title, text, frame, toel)} with '=' resolved."""
    out = {}
    for key, code, themes, versions in A:
        res = {}
        prev = None
        for y in YEARS:
            if y in versions:
                v = versions[y]
                if v == "=":
                    v = prev
                res[y] = v
                prev = v
            else:
                prev = None
        out[key] = res
    return out
