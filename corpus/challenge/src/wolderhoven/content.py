# -*- coding: utf-8 -*-
"""Content of the wolderhoven family: jaarschijven 2025-2027 of the
Prestatieafspraken Wolderhoven 2025-2028 and a raadsinformatiebrief 2026.
All names are fictional."""

GEMEENTE = "Wolderhoven"
CORPORATIES = ["Woonstichting Hovenland", "Wolder Wonen", "Woonvereniging Kernhuis"]
HUURDERS = ["Huurdersvereniging Hovenland", "Huurdersplatform De Schakel"]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")

SECTIONS = {
    2025: {"W": "1 Betaalbaar en beschikbaar wonen", "D": "2 Duurzaam wonen",
           "K": "3 Kwaliteit en wonen met zorg", "L": "4 Leefbare wijken en buurten",
           "S": "5 Samenwerking en proces"},
    2026: {"W": "1 Betaalbaar en beschikbaar wonen", "D": "2 Energietransitie en klimaat",
           "K": "3 Kwaliteit en wonen met zorg", "L": "4 Leefbare wijken en buurten",
           "S": "5 Samenwerking en proces"},
    2027: {"W": "1 Betaalbaar en beschikbaar wonen", "D": "2 Energietransitie en klimaat",
           "K": "3 Kwaliteit en wonen met zorg", "L": "4 Prettig wonen in de wijk",
           "S": "5 Samenwerking en proces"},
}


def F(actors, mod, q=None, dl=None, rec=False, cond=None):
    qs = []
    for t in (q or []):
        v, unit, comp = t[0], t[1], t[2]
        qs.append({"value": v, "unit": unit, "comparator": comp,
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": actors, "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": cond or []}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# Each afspraak: key, themes, v = {year: (code, text, trekker, gereed, wijziging, frame)},
# p1 = link 2025->2026, p2 = link 2026->2027 as (status, kinds, hard_negative).
AF = []


def A(key, themes, v, p1=None, p2=None):
    AF.append(dict(key=key, themes=themes, v=v, p1=p1, p2=p2))


U = ("unchanged", [], None)


def RW(hn=None):
    return ("reworded", [], hn)


def WK(*k):
    return ("weakened", list(k), None)


def ST(*k):
    return ("strengthened", list(k), None)


# ---------------------------------------------------------------- W
A("nieuwbouw-sociaal", [BB], {
    2025: ("W-01", "De corporaties realiseren in 2025 gezamenlijk ten minste 110 nieuwe sociale huurwoningen, waarvan 64 door Hovenland in de projecten Lindeplein en Brinkerweg, 30 door Wolder Wonen in het Stationskwartier en 16 door Kernhuis in Wolderbroek. De gemeente draagt zorg voor een tijdige planologische medewerking en een vlotte afhandeling van de vergunningaanvragen.",
           "Corporaties / gemeente", "Q4 2025", "gewijzigd",
           F([C, G], "firm", [(110, "woningen", "min")], (2025, "in 2025"), True)),
    2026: ("W-01", "De corporaties realiseren in 2026 gezamenlijk ten minste 85 nieuwe sociale huurwoningen, waarvan 49 door Hovenland in de projecten Lindeplein en Brinkerweg, 24 door Wolder Wonen in het Stationskwartier en 12 door Kernhuis in Wolderbroek. De gemeente draagt zorg voor een tijdige planologische medewerking en een vlotte afhandeling van de vergunningaanvragen.",
           "Corporaties / gemeente", "Q4 2026", "gewijzigd",
           F([C, G], "firm", [(85, "woningen", "min")], (2026, "in 2026"), True)),
    2027: ("W-01", "Onder voorbehoud van een tijdige vergunningverlening realiseren de corporaties in 2027 gezamenlijk ten minste 85 nieuwe sociale huurwoningen, waarvan 49 door Hovenland in de projecten Lindeplein en Brinkerweg, 24 door Wolder Wonen in het Stationskwartier en 12 door Kernhuis in Wolderbroek. De gemeente draagt zorg voor een tijdige planologische medewerking.",
           "Corporaties / gemeente", "Q4 2027", "gewijzigd",
           F([C, G], "firm", [(85, "woningen", "min")], (2027, "in 2027"), True,
             ["onder voorbehoud van een tijdige vergunningverlening"])),
}, WK("quantity"), WK("condition"))

A("flexwoningen", [BB], {
    2025: ("W-02", "Wolder Wonen start uiterlijk in het derde kwartaal van 2025 met de bouw van 24 flexwoningen aan de Kanaalstraat voor spoedzoekers, jongeren en vergunninghouders; de gemeente stelt de grond daarvoor voor een periode van vijftien jaar in erfpacht beschikbaar.",
           "Wolder Wonen / gemeente", "Q3 2025", "nieuw",
           F([C, G], "firm", [(24, "woningen", "exact")], (2025, "uiterlijk in het derde kwartaal van 2025"))),
    2026: ("W-02", "Wolder Wonen start uiterlijk in het eerste kwartaal van 2026 met de bouw van 18 flexwoningen aan de Kanaalstraat voor spoedzoekers, jongeren en vergunninghouders; de gemeente stelt de grond daarvoor voor een periode van vijftien jaar in erfpacht beschikbaar.",
           "Wolder Wonen / gemeente", "Q1 2026", "gewijzigd",
           F([C, G], "firm", [(18, "woningen", "exact")], (2026, "uiterlijk in het eerste kwartaal van 2026"))),
}, WK("quantity", "deadline"), ("dropped", [], None))

A("herstructurering-molenkamp", [BB], {
    2025: ("W-03", "Hovenland voert de herstructurering van de Molenkamp uit volgens het vastgestelde fasenplan: tot en met 2027 worden 112 verouderde portiekwoningen gesloopt en vervangen door ten minste 120 nieuwe woningen, waarvan minimaal 80 sociale huurwoningen.",
           "Hovenland", "2027", "ongewijzigd",
           F([C], "firm", [(112, "woningen", "exact"), (120, "woningen", "min"), (80, "woningen", "min")], (2027, "tot en met 2027"))),
    2026: ("W-03", "Hovenland voert de herstructurering van de Molenkamp uit volgens het vastgestelde fasenplan: tot en met 2027 worden 112 verouderde portiekwoningen gesloopt en vervangen door ten minste 120 nieuwe woningen, waarvan minimaal 80 sociale huurwoningen.",
           "Hovenland", "2027", "ongewijzigd",
           F([C], "firm", [(112, "woningen", "exact"), (120, "woningen", "min"), (80, "woningen", "min")], (2027, "tot en met 2027"))),
    2027: ("W-03", "Hovenland voert de herstructurering van de Molenkamp uit volgens het vastgestelde fasenplan: in 2027 worden de resterende 40 portiekwoningen gesloopt en start de bouw van de laatste 44 van de ten minste 120 nieuwe woningen, waarvan minimaal 80 sociale huurwoningen.",
           "Hovenland", "2027", "gewijzigd",
           F([C], "firm", [(40, "woningen", "exact"), (44, "woningen", "exact"), (120, "woningen", "min"), (80, "woningen", "min")], (2027, "in 2027"))),
}, U, RW("progress"))

A("huurverhoging", [BB], {
    2025: ("W-04", "De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 voor hun sociale huurwoningen maximaal gelijk aan de inflatie en passen bij huishoudens met een inkomen tot de huurtoeslaggrens geen inkomensafhankelijke huurverhoging toe.",
           "Corporaties", "1 juli 2025", "ongewijzigd",
           F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: ("W-04", "De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 voor hun sociale huurwoningen ten minste 0,5 procentpunt onder de inflatie en passen bij huishoudens met een inkomen tot de huurtoeslaggrens geen inkomensafhankelijke huurverhoging toe.",
           "Corporaties", "1 juli 2026", "gewijzigd",
           F([C], "firm", [(0.5, "procentpunt", "min")], (2026, "per 1 juli 2026"), True)),
    2027: ("W-04", "De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 voor hun sociale huurwoningen ten minste 0,5 procentpunt onder de inflatie en passen bij huishoudens met een inkomen tot de huurtoeslaggrens geen inkomensafhankelijke huurverhoging toe.",
           "Corporaties", "1 juli 2027", "ongewijzigd",
           F([C], "firm", [(0.5, "procentpunt", "min")], (2027, "per 1 juli 2027"), True)),
}, ST("quantity"), RW("recurring_year"))

A("inkomensgrens-toewijzing", [BB], {
    2025: ("W-05", "Bij de toewijzing van sociale huurwoningen hanteren de corporaties een inkomensgrens van € 47.699 voor eenpersoonshuishoudens en € 52.671 voor meerpersoonshuishoudens (prijspeil 2025); ten minste 92,5% van de vrijkomende sociale huurwoningen wordt aan huishoudens binnen deze grenzen toegewezen.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(47699, "euro", "max"), (52671, "euro", "max"), (92.5, "%", "min")], None, True)),
    2026: ("W-05", "Bij de toewijzing van sociale huurwoningen hanteren de corporaties een inkomensgrens van € 48.625 voor eenpersoonshuishoudens en € 53.693 voor meerpersoonshuishoudens (prijspeil 2026); ten minste 92,5% van de vrijkomende sociale huurwoningen wordt aan huishoudens binnen deze grenzen toegewezen.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(48625, "euro", "max"), (53693, "euro", "max"), (92.5, "%", "min")], None, True)),
    2027: ("W-05", "Bij de toewijzing van sociale huurwoningen hanteren de corporaties een inkomensgrens van € 49.580 voor eenpersoonshuishoudens en € 54.750 voor meerpersoonshuishoudens (prijspeil 2027); ten minste 92,5% van de vrijkomende sociale huurwoningen wordt aan huishoudens binnen deze grenzen toegewezen.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(49580, "euro", "max"), (54750, "euro", "max"), (92.5, "%", "min")], None, True)),
}, RW("indexed_amount"), RW("indexed_amount"))

A("vergunninghouders", [BB], {
    2025: ("W-06", "De corporaties dragen er gezamenlijk zorg voor dat de gemeente de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders haalt; voor 2025 gaat het om 58 personen. Hovenland neemt ongeveer de helft daarvan voor zijn rekening, Wolder Wonen en Kernhuis elk een kwart.",
           "Corporaties", "31 december 2025", "ongewijzigd",
           F([C], "firm", [(58, "personen", "exact")], (2025, "voor 2025"), True)),
    2026: ("W-06", "De corporaties dragen er gezamenlijk zorg voor dat de gemeente de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders haalt; voor 2026 gaat het om 64 personen. Hovenland neemt ongeveer de helft daarvan voor zijn rekening, Wolder Wonen en Kernhuis elk een kwart.",
           "Corporaties", "31 december 2026", "gewijzigd",
           F([C], "firm", [(64, "personen", "exact")], (2026, "voor 2026"), True)),
    2027: ("W-06", "De corporaties dragen er gezamenlijk zorg voor dat de gemeente de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders haalt; voor 2027 gaat het om 49 personen. Hovenland neemt ongeveer de helft daarvan voor zijn rekening, Wolder Wonen en Kernhuis elk een kwart.",
           "Corporaties", "31 december 2027", "gewijzigd",
           F([C], "firm", [(49, "personen", "exact")], (2027, "voor 2027"), True)),
}, RW("external_figure"), RW("external_figure"))

A("doorstroming-senioren", [BB], {
    2025: ("W-07", "Partijen onderzoeken in 2025 of een doorstroommakelaar kan worden ingezet voor senioren die een te grote eengezinswoning bewonen, en bekijken daarbij de mogelijkheid van een verhuiskostenvergoeding en het behoud van de huurprijs per vierkante meter.",
           "Partijen", "Q4 2025", "nieuw",
           F([P], "explore", [], (2025, "in 2025"))),
    2026: ("W-07", "Partijen zetten vanaf 1 januari 2026 een doorstroommakelaar in voor senioren die een te grote eengezinswoning bewonen; de corporaties bieden deze huurders bij verhuizing een vergoeding van € 2.500 en het behoud van de huurprijs per vierkante meter.",
           "Partijen", "doorlopend", "gewijzigd",
           F([P, C], "firm", [(2500, "euro", "exact")], None)),
    2027: ("W-07", "Partijen zetten vanaf 1 januari 2026 een doorstroommakelaar in voor senioren die een te grote eengezinswoning bewonen; de corporaties bieden deze huurders bij verhuizing een vergoeding van € 2.500 en het behoud van de huurprijs per vierkante meter.",
           "Partijen", "doorlopend", "ongewijzigd",
           F([P, C], "firm", [(2500, "euro", "exact")], None)),
}, ST("modality"), U)

A("verkoop-liberalisatie", [BB], {
    2025: ("W-08", "De corporaties verkopen in 2025 samen maximaal 12 bestaande huurwoningen en liberaliseren geen sociale huurwoningen; verkoop vindt uitsluitend plaats in complexen die in het portefeuilleplan als verkoopcomplex zijn aangewezen.",
           "Corporaties", "2025", "ongewijzigd",
           F([C], "firm", [(12, "woningen", "max"), (0, "woningen", "exact")], (2025, "in 2025"), True)),
    2026: ("W-08", "De corporaties verkopen in 2026 samen maximaal 12 bestaande huurwoningen en liberaliseren geen sociale huurwoningen; verkoop vindt uitsluitend plaats in complexen die in het portefeuilleplan als verkoopcomplex zijn aangewezen.",
           "Corporaties", "2026", "ongewijzigd",
           F([C], "firm", [(12, "woningen", "max"), (0, "woningen", "exact")], (2026, "in 2026"), True)),
    2027: ("W-08", "De corporaties verkopen in 2027 samen maximaal 20 bestaande huurwoningen en liberaliseren geen sociale huurwoningen; verkoop vindt uitsluitend plaats in complexen die in het portefeuilleplan als verkoopcomplex zijn aangewezen.",
           "Corporaties", "2027", "gewijzigd",
           F([C], "firm", [(20, "woningen", "max"), (0, "woningen", "exact")], (2027, "in 2027"), True)),
}, RW("recurring_year"), WK("quantity"))

A("huurachterstand", [BB], {
    2025: ("W-09", "De corporaties nemen uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met diens toestemming, bij het gemeentelijke team Vroegsignalering Schulden.",
           "Corporaties / gemeente", "doorlopend", "ongewijzigd",
           F([C], "firm", [(2, "maanden", "max")], None, True)),
    2026: ("W-09", "De corporaties nemen uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met diens toestemming, bij het gemeentelijke team Vroegsignalering Schulden.",
           "Corporaties / gemeente", "doorlopend", "gewijzigd",
           F([C], "firm", [(1, "maanden", "max")], None, True)),
    2027: ("W-09", "De corporaties nemen uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met diens toestemming, bij het gemeentelijke team Vroegsignalering Schulden.",
           "Corporaties / gemeente", "doorlopend", "ongewijzigd",
           F([C], "firm", [(1, "maanden", "max")], None, True)),
}, ST("quantity"), U)

A("huisuitzettingen", [BB, LB], {
    2025: ("W-10", "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal vijf per jaar; een ontruiming wordt pas aangezegd nadat de gemeente in de gelegenheid is gesteld schuldhulpverlening aan te bieden.",
           "Partijen", "doorlopend", "ongewijzigd",
           F([P], "intent", [(5, "huisuitzettingen", "max")], None, True)),
    2026: ("W-10", "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal vijf per jaar; een ontruiming wordt pas aangezegd nadat de gemeente in de gelegenheid is gesteld schuldhulpverlening aan te bieden.",
           "Partijen", "doorlopend", "ongewijzigd",
           F([P], "intent", [(5, "huisuitzettingen", "max")], None, True)),
    2027: ("W-10", "Partijen streven ernaar dat er geen huisuitzettingen wegens huurachterstand meer plaatsvinden; een ontruiming wordt pas aangezegd nadat de gemeente in de gelegenheid is gesteld schuldhulpverlening aan te bieden.",
           "Partijen", "doorlopend", "gewijzigd",
           F([P], "intent", [(0, "huisuitzettingen", "exact")], None, True)),
}, U, ST("quantity"))

A("woningruil", [BB], {
    2025: ("W-11", "De corporaties verkennen in 2025 of een regionaal woningruilplatform kan worden gekoppeld aan het gezamenlijke woonruimteverdeelsysteem, zodat huurders eenvoudiger onderling van woning kunnen ruilen.",
           "Corporaties", "Q4 2025", "nieuw",
           F([C], "explore", [], (2025, "in 2025"))),
}, ("dropped", [], None), None)

A("starters-wachttijd", [BB], {
    2026: ("W-12", "Partijen brengen de gemiddelde inschrijfduur van starters op de woningmarkt in beeld en verkennen of een voorrangsregeling voor jongeren tot 27 jaar bij de toewijzing van kleine woningen kan bijdragen aan kortere wachttijden.",
           "Partijen", "Q3 2026", "nieuw",
           F([P], "explore", [], (2026, "Q3 2026"))),
    2027: ("W-12", "De corporaties wijzen vanaf 1 januari 2027 ten minste 20% van de vrijkomende kleine woningen met voorrang toe aan jongeren tot 27 jaar, om de wachttijden voor starters op de woningmarkt te verkorten.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(20, "%", "min")], None)),
}, ("new", [], None), ST("modality"))

A("woonwagenstandplaatsen", [BB], {
    2026: ("W-13", "De gemeente en Hovenland realiseren uiterlijk eind 2027 vier nieuwe woonwagenstandplaatsen aan de Veldweg, overeenkomstig het in 2025 door de raad vastgestelde woonwagen- en standplaatsenbeleid.",
           "Gemeente / Hovenland", "eind 2027", "nieuw",
           F([G, C], "firm", [(4, "standplaatsen", "exact")], (2027, "uiterlijk eind 2027"))),
    2027: ("W-13", "De gemeente en Hovenland realiseren uiterlijk eind 2027 vier nieuwe woonwagenstandplaatsen aan de Veldweg, overeenkomstig het in 2025 door de raad vastgestelde woonwagen- en standplaatsenbeleid.",
           "Gemeente / Hovenland", "eind 2027", "ongewijzigd",
           F([G, C], "firm", [(4, "standplaatsen", "exact")], (2027, "uiterlijk eind 2027"))),
}, ("new", [], None), U)

A("middenhuur-stationskwartier", [BB], {
    2027: ("W-14", "Wolder Wonen realiseert in 2027 ten minste 20 middenhuurwoningen in het Stationskwartier, met een aanvangshuur tot de grens voor middenhuur (prijspeil 2027), en wijst deze bij voorrang toe aan huishoudens die een sociale huurwoning in Wolderhoven achterlaten.",
           "Wolder Wonen", "Q4 2027", "nieuw",
           F([C], "firm", [(20, "woningen", "min")], (2027, "in 2027"))),
}, None, ("new", [], None))

# ---------------------------------------------------------------- D
A("labels-efg", [DK], {
    2025: ("D-01", "De corporaties verbeteren in 2025 ten minste 86 woningen met een energielabel E, F of G naar minimaal label C, zodat er uiterlijk eind 2026 geen woningen met een E-, F- of G-label meer in hun bezit zijn.",
           "Corporaties", "eind 2026", "gewijzigd",
           F([C], "firm", [(86, "woningen", "min"), ("C", "label", "min")], (2026, "uiterlijk eind 2026"))),
    2026: ("D-01", "De corporaties verbeteren in 2026 de resterende 41 woningen met een energielabel E, F of G naar minimaal label C, zodat er uiterlijk eind 2026 geen woningen met een E-, F- of G-label meer in hun bezit zijn.",
           "Corporaties", "eind 2026", "gewijzigd",
           F([C], "firm", [(41, "woningen", "exact"), ("C", "label", "min")], (2026, "uiterlijk eind 2026"))),
}, RW("progress"), ("dropped", [], None))

A("label-gemiddeld", [DK], {
    2025: ("D-02", "De corporaties zetten zich in om hun woningvoorraad in Wolderhoven uiterlijk in 2028 gemiddeld op energielabel B te brengen.",
           "Corporaties", "2028", "ongewijzigd",
           F([C], "intent", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
    2026: ("D-02", "De corporaties zetten zich in om hun woningvoorraad in Wolderhoven uiterlijk in 2028 gemiddeld op energielabel B te brengen.",
           "Corporaties", "2028", "ongewijzigd",
           F([C], "intent", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
    2027: ("D-02", "De corporaties zetten zich in om hun woningvoorraad in Wolderhoven uiterlijk in 2028 gemiddeld op energielabel C te brengen.",
           "Corporaties", "2028", "gewijzigd",
           F([C], "intent", [("C", "label", "min")], (2028, "uiterlijk in 2028"))),
}, U, WK("label"))

A("isolatie-complexen", [DK, KW], {
    2025: ("D-03", "Hovenland isoleert vóór eind 2026 de gevels, daken en vloeren van alle eengezinswoningen in de complexen Beekhof, De Strengen en Lindehof en brengt daarbij waar nodig mechanische ventilatie aan.",
           "Hovenland", "eind 2026", "nieuw",
           F([C], "firm", [], (2026, "vóór eind 2026"))),
    2026: ("D-03", "Hovenland isoleert vóór eind 2026 de gevels, daken en vloeren van de eengezinswoningen in het complex Beekhof en brengt daarbij waar nodig mechanische ventilatie aan.",
           "Hovenland", "eind 2026", "gewijzigd",
           F([C], "firm", [], (2026, "vóór eind 2026"))),
    2027: ("D-03", "Hovenland isoleert vóór eind 2027 de gevels, daken en vloeren van de eengezinswoningen in het complex Beekhof en brengt daarbij waar nodig mechanische ventilatie aan.",
           "Hovenland", "eind 2027", "gewijzigd",
           F([C], "firm", [], (2027, "vóór eind 2027"))),
}, WK("scope"), WK("deadline"))

A("zonnepanelen", [DK], {
    2025: ("D-04", "Wolder Wonen en Kernhuis plaatsen in 2025 samen zonnepanelen op ten minste 150 grondgebonden huurwoningen; de huurders betalen daarvoor een maandelijkse vergoeding die lager is dan de gemiddelde besparing op hun energierekening.",
           "Wolder Wonen / Kernhuis", "Q4 2025", "ongewijzigd",
           F([C], "firm", [(150, "woningen", "min")], (2025, "in 2025"), True)),
    2026: ("D-04", "Wolder Wonen en Kernhuis plaatsen in 2026 samen zonnepanelen op ten minste 200 grondgebonden huurwoningen; de huurders betalen daarvoor een maandelijkse vergoeding die lager is dan de gemiddelde besparing op hun energierekening.",
           "Wolder Wonen / Kernhuis", "Q4 2026", "gewijzigd",
           F([C], "firm", [(200, "woningen", "min")], (2026, "in 2026"), True)),
    2027: ("D-04", "Wolder Wonen en Kernhuis onderzoeken of zij in 2027 samen zonnepanelen kunnen plaatsen op ten minste 200 grondgebonden huurwoningen; de huurders betalen daarvoor een maandelijkse vergoeding die lager is dan de gemiddelde besparing op hun energierekening.",
           "Wolder Wonen / Kernhuis", "Q4 2027", "gewijzigd",
           F([C], "explore", [(200, "woningen", "min")], (2027, "in 2027"), True)),
}, ST("quantity"), WK("modality"))

A("wijkuitvoeringsplan-strengen", [DK], {
    2025: ("D-05", "De gemeente stelt samen met de corporaties uiterlijk eind 2025 een wijkuitvoeringsplan op voor het aardgasvrij maken van De Strengen, waarin de aansluiting van ten minste 300 corporatiewoningen op het warmtenet wordt uitgewerkt.",
           "Gemeente / corporaties", "eind 2025", "ongewijzigd",
           F([G, C], "firm", [(300, "woningen", "min")], (2025, "uiterlijk eind 2025"))),
    2026: ("D-05", "De gemeente stelt samen met de corporaties uiterlijk medio 2026 een wijkuitvoeringsplan op voor het aardgasvrij maken van De Strengen, waarin de aansluiting van ten minste 300 corporatiewoningen op het warmtenet wordt uitgewerkt.",
           "Gemeente / corporaties", "medio 2026", "gewijzigd",
           F([G, C], "firm", [(300, "woningen", "min")], (2026, "uiterlijk medio 2026"))),
}, WK("deadline"), ("dropped", [], None))

A("energiecoaches", [DK, BB], {
    2025: ("D-06", "De gemeente zet in 2025 energiecoaches in voor huurders met een laag inkomen en een hoge energierekening; de corporaties en de huurdersorganisaties maken dit aanbod bekend via hun nieuwsbrieven en tijdens huisbezoeken.",
           "Gemeente", "2025", "ongewijzigd",
           F([G, C, H], "firm", [], (2025, "in 2025"), True)),
    2026: ("D-06", "Onder voorbehoud van voldoende rijksmiddelen voor de aanpak van energiearmoede zet de gemeente in 2026 energiecoaches in voor huurders met een laag inkomen en een hoge energierekening; de corporaties en de huurdersorganisaties maken dit aanbod bekend via hun nieuwsbrieven en tijdens huisbezoeken.",
           "Gemeente", "2026", "gewijzigd",
           F([G, C, H], "firm", [], (2026, "in 2026"), True,
             ["onder voorbehoud van voldoende rijksmiddelen voor de aanpak van energiearmoede"])),
    2027: ("D-06", "De gemeente zet in 2027 energiecoaches in voor huurders met een laag inkomen en een hoge energierekening; de corporaties en de huurdersorganisaties maken dit aanbod bekend via hun nieuwsbrieven en tijdens huisbezoeken.",
           "Gemeente", "2027", "gewijzigd",
           F([G, C, H], "firm", [], (2027, "in 2027"), True)),
}, WK("condition"), ST("condition"))

A("klimaatadaptatie", [DK], {
    2025: ("D-07", "Bij nieuwbouw en groot onderhoud onderzoeken de corporaties welke maatregelen tegen hittestress en wateroverlast, zoals groene daken, het afkoppelen van regenwater en het vergroenen van binnenterreinen, kunnen worden meegenomen.",
           "Corporaties", "doorlopend", "nieuw",
           F([C], "explore", [], None)),
    2026: ("D-07", "Bij nieuwbouw en groot onderhoud onderzoeken de corporaties welke maatregelen tegen hittestress en wateroverlast, zoals groene daken, het afkoppelen van regenwater en het vergroenen van binnenterreinen, kunnen worden meegenomen.",
           "Corporaties", "doorlopend", "ongewijzigd",
           F([C], "explore", [], None)),
    2027: ("D-07", "Bij nieuwbouw en groot onderhoud nemen de corporaties maatregelen tegen hittestress en wateroverlast, zoals groene daken, het afkoppelen van regenwater en het vergroenen van binnenterreinen, standaard mee.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [], None)),
}, U, ST("modality"))

A("warmtenet-aansluiting", [DK], {
    2027: ("D-08", "Wolder Wonen en Hovenland sluiten in 2027 de eerste 120 corporatiewoningen in De Strengen aan op het warmtenet, mits ten minste 70% van de huurders per complex met het voorstel instemt; de gemeente coördineert de werkzaamheden in de openbare ruimte.",
           "Wolder Wonen / Hovenland", "Q4 2027", "nieuw",
           F([C, G], "firm", [(120, "woningen", "exact"), (70, "%", "min")], (2027, "in 2027"), False,
             ["mits ten minste 70% van de huurders per complex met het voorstel instemt"])),
}, None, ("new", [], None))

# ---------------------------------------------------------------- K
A("vocht-schimmel", [KW], {
    2025: ("K-01", "De corporaties handelen meldingen van vocht en schimmel af met een inspectie ter plaatse binnen vijf werkdagen en stellen binnen zes weken een herstelplan op, dat met de huurder wordt besproken.",
           "Corporaties", "doorlopend", "nieuw",
           F([C], "firm", [(5, "werkdagen", "max"), (6, "weken", "max")], None, True)),
    2026: ("K-01", "De corporaties handelen meldingen van vocht en schimmel af met een inspectie ter plaatse binnen drie werkdagen en stellen binnen vier weken een herstelplan op, dat met de huurder wordt besproken.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(3, "werkdagen", "max"), (4, "weken", "max")], None, True)),
    2027: ("K-01", "Na een melding van vocht of schimmel vindt binnen drie werkdagen een inspectie in de woning plaats; binnen vier weken bespreekt de corporatie een herstelplan met de huurder.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(3, "werkdagen", "max"), (4, "weken", "max")], None, True)),
}, ST("quantity"), RW("same_figures"))

A("onderhoudsplanning-informatie", [KW, OV], {
    2025: ("K-02", "De corporaties informeren de huurdersorganisaties vóór 1 maart 2025 over de geplande onderhoudsprojecten per complex en over de wijze waarop huurders bij de voorbereiding en uitvoering worden betrokken.",
           "Corporaties", "1 maart 2025", "ongewijzigd",
           F([C], "firm", [], (2025, "vóór 1 maart 2025"), True)),
    2026: ("K-02", "De corporaties informeren de huurdersorganisaties vóór 1 maart 2026 over de geplande onderhoudsprojecten per complex en over de wijze waarop huurders bij de voorbereiding en uitvoering worden betrokken.",
           "Corporaties", "1 maart 2026", "ongewijzigd",
           F([C], "firm", [], (2026, "vóór 1 maart 2026"), True)),
    2027: ("K-02", "De corporaties informeren de huurdersorganisaties vóór 1 februari 2027 over de geplande onderhoudsprojecten per complex en over de wijze waarop huurders bij de voorbereiding en uitvoering worden betrokken.",
           "Corporaties", "1 februari 2027", "gewijzigd",
           F([C], "firm", [], (2027, "vóór 1 februari 2027"), True)),
}, RW("recurring_year"), ST("deadline"))

A("onderhoudsbudget", [KW], {
    2025: ("K-03", "De corporaties besteden in 2025 gezamenlijk ten minste € 14,2 miljoen aan planmatig en dagelijks onderhoud van hun woningen in Wolderhoven.",
           "Corporaties", "2025", "ongewijzigd",
           F([C], "firm", [(14200000, "euro", "min")], (2025, "in 2025"), True)),
    2026: ("K-03", "De corporaties besteden in 2026 gezamenlijk ten minste € 15,0 miljoen aan planmatig en dagelijks onderhoud van hun woningen in Wolderhoven.",
           "Corporaties", "2026", "gewijzigd",
           F([C], "firm", [(15000000, "euro", "min")], (2026, "in 2026"), True)),
    2027: ("K-03", "De corporaties besteden in 2027 gezamenlijk ten minste € 15,0 miljoen aan planmatig en dagelijks onderhoud van hun woningen in Wolderhoven.",
           "Corporaties", "2027", "ongewijzigd",
           F([C], "firm", [(15000000, "euro", "min")], (2027, "in 2027"), True)),
}, ST("quantity"), RW("recurring_year"))

A("reparatietermijnen", [KW], {
    2025: ("K-04", "Niet-spoedeisende reparatieverzoeken worden binnen tien werkdagen uitgevoerd; spoedeisende reparaties, zoals lekkages en storingen aan de verwarming, worden binnen 24 uur verholpen.",
           "Corporaties", "doorlopend", "ongewijzigd",
           F([C], "firm", [(10, "werkdagen", "max"), (24, "uur", "max")], None, True)),
    2026: ("K-04", "Niet-spoedeisende reparatieverzoeken worden binnen tien werkdagen uitgevoerd; spoedeisende reparaties, zoals lekkages en storingen aan de verwarming, worden binnen 24 uur verholpen.",
           "Corporaties", "doorlopend", "ongewijzigd",
           F([C], "firm", [(10, "werkdagen", "max"), (24, "uur", "max")], None, True)),
    2027: ("K-04", "Niet-spoedeisende reparatieverzoeken worden binnen vijftien werkdagen uitgevoerd; spoedeisende reparaties, zoals lekkages en storingen aan de verwarming, worden binnen 24 uur verholpen.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(15, "werkdagen", "max"), (24, "uur", "max")], None, True)),
}, U, WK("quantity"))

A("levensloopbestendig", [KW], {
    2025: ("K-05", "Hovenland maakt in 2025 ten minste 40 bestaande benedenwoningen levensloopbestendig door drempels te verwijderen, badkamers aan te passen en een tweede trapleuning aan te brengen; de gemeente draagt vanuit de Wmo bij in de kosten van individuele aanpassingen.",
           "Hovenland / gemeente", "Q4 2025", "gewijzigd",
           F([C, G], "firm", [(40, "woningen", "min")], (2025, "in 2025"), True)),
    2026: ("K-05", "Hovenland maakt in 2026 waar mogelijk ten minste 40 bestaande benedenwoningen levensloopbestendig door drempels te verwijderen, badkamers aan te passen en een tweede trapleuning aan te brengen; de gemeente draagt vanuit de Wmo bij in de kosten van individuele aanpassingen.",
           "Hovenland / gemeente", "Q4 2026", "gewijzigd",
           F([C, G], "firm", [(40, "woningen", "min")], (2026, "in 2026"), True, ["waar mogelijk"])),
    2027: ("K-05", "Hovenland maakt in 2027 waar mogelijk ten minste 40 bestaande benedenwoningen levensloopbestendig door drempels te verwijderen, badkamers aan te passen en een tweede trapleuning aan te brengen; de gemeente draagt vanuit de Wmo bij in de kosten van individuele aanpassingen.",
           "Hovenland / gemeente", "Q4 2027", "ongewijzigd",
           F([C, G], "firm", [(40, "woningen", "min")], (2027, "in 2027"), True, ["waar mogelijk"])),
}, WK("condition"), RW("recurring_year"))

ZL = "een zachte landing van kwetsbare huurders die vanuit een zorginstelling of de opvang zelfstandig gaan wonen, waaronder de inzet van een vast aanspreekpunt per corporatie en een periodiek overleg met het sociale wijkteam."
A("zachte-landing", [LB, KW], {
    2025: ("K-06", "Partijen maken afspraken over " + ZL, "Partijen", "doorlopend", "nieuw",
           F([P], "discuss", [], None)),
    2026: ("L-08", "Partijen maken afspraken over " + ZL, "Partijen", "doorlopend", "ongewijzigd",
           F([P], "discuss", [], None)),
    2027: ("L-08", "Partijen werken volgens de gemaakte afspraken over " + ZL, "Partijen", "doorlopend", "gewijzigd",
           F([P], "firm", [], None)),
}, U, ST("modality"))

A("brandveiligheid-senioren", [KW], {
    2025: ("K-07", "De corporaties controleren jaarlijks in alle seniorencomplexen de aanwezigheid en werking van rookmelders en brandwerende voorzieningen en herstellen geconstateerde gebreken binnen drie maanden.",
           "Corporaties", "jaarlijks", "ongewijzigd",
           F([C], "firm", [(3, "maanden", "max")], None, True)),
    2026: ("K-07", "De corporaties controleren jaarlijks in de vier grootste seniorencomplexen de aanwezigheid en werking van rookmelders en brandwerende voorzieningen en herstellen geconstateerde gebreken binnen één maand.",
           "Corporaties", "jaarlijks", "gewijzigd",
           F([C], "firm", [(4, "complexen", "exact"), (1, "maanden", "max")], None, True)),
    2027: ("K-07", "De corporaties controleren jaarlijks in de vier grootste seniorencomplexen de aanwezigheid en werking van rookmelders en brandwerende voorzieningen en herstellen geconstateerde gebreken binnen één maand.",
           "Corporaties", "jaarlijks", "ongewijzigd",
           F([C], "firm", [(4, "complexen", "exact"), (1, "maanden", "max")], None, True)),
}, ("modified", ["scope", "quantity"], None), U)

A("verkenning-zorgwoonvormen", [KW], {
    2026: ("K-08", "Partijen verkennen samen met zorgaanbieders de behoefte aan geclusterde, zorggeschikte woonvormen voor ouderen in Wolderbroek en Ravenbosch en leggen de uitkomsten vóór 1 oktober 2026 vast in een gezamenlijke notitie.",
           "Partijen", "1 oktober 2026", "nieuw",
           F([P], "explore", [], (2026, "vóór 1 oktober 2026"))),
}, ("new", [], None), ("dropped", [], None))

A("zorgwoonvorm-wolderbroek", [KW], {
    2027: ("K-09", "Kernhuis realiseert in samenwerking met een zorgaanbieder uiterlijk eind 2028 in Wolderbroek een geclusterde woonvorm met ten minste 24 zorggeschikte huurwoningen en een gemeenschappelijke ruimte voor ouderen; de gemeente verleent daarvoor tijdig de benodigde vergunningen.",
           "Kernhuis / gemeente", "eind 2028", "nieuw",
           F([C, G], "firm", [(24, "woningen", "min")], (2028, "uiterlijk eind 2028"))),
}, None, ("new", [], None))

# ---------------------------------------------------------------- L
A("leefbaarheidsbudget", [LB], {
    2025: ("L-01", "Elke corporatie stelt in 2025 binnen de wettelijke ruimte een leefbaarheidsbudget van gemiddeld € 125 per woning beschikbaar voor onder meer buurtbeheer, bewonersinitiatieven en kleine fysieke ingrepen in de woonomgeving.",
           "Corporaties", "2025", "ongewijzigd",
           F([C], "firm", [(125, "euro per woning", "approx")], (2025, "in 2025"), True)),
    2026: ("L-01", "Elke corporatie stelt in 2026 binnen de wettelijke ruimte een leefbaarheidsbudget van gemiddeld € 135 per woning beschikbaar voor onder meer buurtbeheer, bewonersinitiatieven en kleine fysieke ingrepen in de woonomgeving.",
           "Corporaties", "2026", "gewijzigd",
           F([C], "firm", [(135, "euro per woning", "approx")], (2026, "in 2026"), True)),
    2027: ("L-01", "Elke corporatie stelt in 2027 binnen de wettelijke ruimte een leefbaarheidsbudget van gemiddeld € 135 per woning beschikbaar voor onder meer buurtbeheer, bewonersinitiatieven en kleine fysieke ingrepen in de woonomgeving.",
           "Corporaties", "2027", "ongewijzigd",
           F([C], "firm", [(135, "euro per woning", "approx")], (2027, "in 2027"), True)),
}, ST("quantity"), RW("recurring_year"))

A("wijkbeheerders", [LB], {
    2025: ("L-02", "Hovenland en Wolder Wonen zetten in de Molenkamp, De Strengen en Beekhof elk ten minste één wijkbeheerder in, die minimaal drie dagdelen per week zichtbaar in de wijk aanwezig is.",
           "Hovenland / Wolder Wonen", "doorlopend", "ongewijzigd",
           F([C], "firm", [(1, "wijkbeheerder", "min"), (3, "dagdelen per week", "min")], None, True)),
    2026: ("L-02", "Hovenland en Wolder Wonen zetten in de Molenkamp, De Strengen en Beekhof elk ten minste één wijkbeheerder in, die minimaal drie dagdelen per week zichtbaar in de wijk aanwezig is.",
           "Hovenland / Wolder Wonen", "doorlopend", "ongewijzigd",
           F([C], "firm", [(1, "wijkbeheerder", "min"), (3, "dagdelen per week", "min")], None, True)),
    2027: ("L-02", "Hovenland en Wolder Wonen zetten in alle wijken met meer dan 200 corporatiewoningen elk ten minste één wijkbeheerder in, die minimaal drie dagdelen per week zichtbaar in de wijk aanwezig is.",
           "Hovenland / Wolder Wonen", "doorlopend", "gewijzigd",
           F([C], "firm", [(1, "wijkbeheerder", "min"), (3, "dagdelen per week", "min")], None, True)),
}, U, ST("scope"))

A("overlast-casusoverleg", [LB], {
    2025: ("L-03", "De gemeente zegt toe complexe overlastsituaties binnen twee weken te agenderen in het casusoverleg met de corporaties, politie en het sociale wijkteam, waarin per casus een regisseur wordt aangewezen.",
           "Gemeente", "doorlopend", "ongewijzigd",
           F([G], "firm", [(2, "weken", "max")], None, True)),
    2026: ("L-03", "De gemeente zegt toe dat complexe overlastsituaties binnen twee weken worden geagendeerd in het casusoverleg met de corporaties, de politie en het sociale wijkteam; in dat overleg wordt per casus een regisseur aangewezen.",
           "Gemeente", "doorlopend", "ongewijzigd",
           F([G], "firm", [(2, "weken", "max")], None, True)),
    2027: ("L-03", "De gemeente zet zich ervoor in dat complexe overlastsituaties binnen twee weken worden geagendeerd in het casusoverleg met de corporaties, de politie en het sociale wijkteam; in dat overleg wordt per casus een regisseur aangewezen.",
           "Gemeente", "doorlopend", "gewijzigd",
           F([G], "intent", [(2, "weken", "max")], None, True)),
}, RW("same_figures"), WK("modality"))

A("bewonersinitiatieven", [LB], {
    2025: ("L-04", "De gemeente zal bewonersinitiatieven die bijdragen aan ontmoeting en het tegengaan van eenzaamheid in 2025 ondersteunen met een subsidie van maximaal € 2.500 per initiatief.",
           "Gemeente", "2025", "nieuw",
           F([G], "firm", [(2500, "euro", "max")], (2025, "in 2025"), True)),
    2026: ("L-04", "De gemeente streeft ernaar bewonersinitiatieven die bijdragen aan ontmoeting en het tegengaan van eenzaamheid in 2026 te ondersteunen met een subsidie van maximaal € 2.500 per initiatief.",
           "Gemeente", "2026", "gewijzigd",
           F([G], "intent", [(2500, "euro", "max")], (2026, "in 2026"), True)),
    2027: ("L-04", "De gemeente streeft ernaar bewonersinitiatieven die bijdragen aan ontmoeting en het tegengaan van eenzaamheid in 2027 te ondersteunen met een subsidie van maximaal € 2.500 per initiatief.",
           "Gemeente", "2027", "ongewijzigd",
           F([G], "intent", [(2500, "euro", "max")], (2027, "in 2027"), True)),
}, WK("modality"), RW("recurring_year"))

A("wijkschouw", [LB], {
    2025: ("L-05", "Partijen houden jaarlijks in elke wijk met corporatiebezit ten minste één wijkschouw samen met bewoners, waarbij schoon, heel en veilig aan de orde komen en verbeterpunten worden vastgelegd.",
           "Partijen", "jaarlijks", "ongewijzigd",
           F([P], "firm", [(1, "keer per jaar", "min")], None, True)),
    2026: ("L-05", "Partijen houden twee keer per jaar in elke wijk met corporatiebezit een wijkschouw samen met bewoners, waarbij schoon, heel en veilig aan de orde komen en verbeterpunten worden vastgelegd.",
           "Partijen", "halfjaarlijks", "gewijzigd",
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2027: ("L-05", "Partijen houden twee keer per jaar in elke wijk met corporatiebezit een wijkschouw samen met bewoners, waarbij schoon, heel en veilig aan de orde komen en verbeterpunten worden vastgelegd.",
           "Partijen", "halfjaarlijks", "ongewijzigd",
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
}, ST("quantity"), U)

A("ontmoetingsruimte-heksel", [LB], {
    2025: ("L-06", "Kernhuis onderzoekt of de leegstaande bedrijfsruimte in het complex Heksel-Noord kan worden omgebouwd tot een ontmoetingsruimte voor de buurt.",
           "Kernhuis", "Q3 2025", "nieuw",
           F([C], "explore", [], (2025, "Q3 2025"))),
}, ("dropped", [], None), None)

A("buurtkamer-ravenhof", [LB], {
    2026: ("L-07", "Wolder Wonen richt uiterlijk eind 2027 in het complex Ravenhof een buurtkamer in, waarvan het beheer in handen komt van een bewonerscommissie met ondersteuning van het welzijnswerk.",
           "Wolder Wonen", "eind 2027", "nieuw",
           F([C], "firm", [], (2027, "uiterlijk eind 2027"))),
    2027: ("L-07", "Wolder Wonen richt uiterlijk medio 2027 in het complex Ravenhof een buurtkamer in, waarvan het beheer in handen komt van een bewonerscommissie met ondersteuning van het welzijnswerk.",
           "Wolder Wonen", "medio 2027", "gewijzigd",
           F([C], "firm", [], (2027, "uiterlijk medio 2027"))),
}, ("new", [], None), ST("deadline"))

# ---------------------------------------------------------------- S
A("bod", [OV], {
    2025: ("S-01", "De corporaties brengen vóór 1 juli 2025 hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en de huurdersorganisaties, als basis voor de jaarschijf 2026.",
           "Corporaties", "1 juli 2025", "ongewijzigd",
           F([C], "firm", [], (2025, "vóór 1 juli 2025"), True)),
    2026: ("S-01", "De corporaties brengen vóór 1 juli 2026 hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en de huurdersorganisaties, als basis voor de jaarschijf 2027.",
           "Corporaties", "1 juli 2026", "ongewijzigd",
           F([C], "firm", [], (2026, "vóór 1 juli 2026"), True)),
    2027: ("S-01", "De corporaties brengen vóór 1 juli 2027 hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en de huurdersorganisaties, als basis voor de jaarschijf 2028.",
           "Corporaties", "1 juli 2027", "ongewijzigd",
           F([C], "firm", [], (2027, "vóór 1 juli 2027"), True)),
}, RW("recurring_year"), RW("recurring_year"))

A("monitoring", [OV], {
    2025: ("S-02", "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg, in mei en in november, aan de hand van een gezamenlijke voortgangsrapportage die door de gemeente wordt opgesteld.",
           "Gemeente", "mei / nov.", "ongewijzigd",
           F([P, G], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2026: ("S-02", "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg, in mei en in november, aan de hand van een gezamenlijke voortgangsrapportage die door de gemeente wordt opgesteld.",
           "Gemeente", "mei / nov.", "ongewijzigd",
           F([P, G], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2027: ("S-02", "Partijen bespreken de voortgang van de afspraken een keer per jaar in het bestuurlijk overleg, in november, aan de hand van een gezamenlijke voortgangsrapportage die door de gemeente wordt opgesteld.",
           "Gemeente", "november", "gewijzigd",
           F([P, G], "firm", [(1, "keer per jaar", "exact")], None, True)),
}, U, WK("quantity"))

A("ondersteuning-huurdersorganisaties", [OV], {
    2025: ("S-03", "De corporaties stellen de huurdersorganisaties in staat zich onafhankelijk te laten adviseren over de prestatieafspraken en vergoeden de kosten daarvan tot een maximum van € 5.000 per huurdersorganisatie per jaar.",
           "Corporaties", "doorlopend", "ongewijzigd",
           F([C], "firm", [(5000, "euro", "max")], None, True)),
    2026: ("S-03", "De corporaties stellen de huurdersorganisaties in staat zich onafhankelijk te laten adviseren over de prestatieafspraken en vergoeden de kosten daarvan tot een maximum van € 5.000 per huurdersorganisatie per jaar.",
           "Corporaties", "doorlopend", "ongewijzigd",
           F([C], "firm", [(5000, "euro", "max")], None, True)),
    2027: ("S-03", "De corporaties stellen de huurdersorganisaties in staat zich onafhankelijk te laten adviseren over de prestatieafspraken en vergoeden de kosten daarvan tot een maximum van € 6.000 per huurdersorganisatie per jaar.",
           "Corporaties", "doorlopend", "gewijzigd",
           F([C], "firm", [(6000, "euro", "max")], None, True)),
}, U, ST("quantity"))

A("actualisatie-woonvisie", [OV], {
    2025: ("S-04", "De gemeente betrekt de corporaties en de huurdersorganisaties bij de actualisatie van de woonvisie, die uiterlijk in het tweede kwartaal van 2026 aan de raad wordt aangeboden.",
           "Gemeente", "Q2 2026", "nieuw",
           F([G], "firm", [], (2026, "uiterlijk in het tweede kwartaal van 2026"))),
    2026: ("S-04", "De actualisatie van de woonvisie wordt in nauwe samenwerking met de corporaties en de huurdersorganisaties voorbereid. Daartoe organiseert de gemeente in het voorjaar twee werkateliers waarin de opgaven per kern worden besproken, waarna het ontwerp uiterlijk in het tweede kwartaal van 2026 aan de raad wordt voorgelegd.",
           "Gemeente", "Q2 2026", "gewijzigd",
           F([G], "firm", [(2, "werkateliers", "exact")], (2026, "uiterlijk in het tweede kwartaal van 2026"))),
}, RW(None), ("dropped", [], None))

A("geschillen", [OV], {
    2025: ("S-05", "Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek in het bestuurlijk overleg; komen zij er binnen drie maanden niet uit, dan kan ieder van hen een onafhankelijke geschillencommissie om een bindend advies vragen.",
           "Partijen", "n.v.t.", "ongewijzigd",
           F([P], "discuss", [(3, "maanden", "max")], None)),
    2026: ("S-05", "Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek in het bestuurlijk overleg; komen zij er binnen drie maanden niet uit, dan kan ieder van hen een onafhankelijke geschillencommissie om een bindend advies vragen.",
           "Partijen", "n.v.t.", "ongewijzigd",
           F([P], "discuss", [(3, "maanden", "max")], None)),
    2027: ("S-05", "Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek in het bestuurlijk overleg; komen zij er binnen drie maanden niet uit, dan kan ieder van hen een onafhankelijke geschillencommissie om een bindend advies vragen.",
           "Partijen", "n.v.t.", "ongewijzigd",
           F([P], "discuss", [(3, "maanden", "max")], None)),
}, U, U)

A("dashboard", [OV], {
    2025: ("S-06", "De gemeente ontwikkelt in 2025 samen met de corporaties een openbaar dashboard waarop inwoners de voortgang van de prestatieafspraken per thema kunnen volgen.",
           "Gemeente / corporaties", "Q4 2025", "nieuw",
           F([G, C], "firm", [], (2025, "in 2025"))),
}, ("dropped", [], None), None)

A("nieuwe-meerjarenafspraken", [OV], {
    2027: ("S-07", "Partijen starten in het najaar van 2027 met de voorbereiding van nieuwe meerjarige prestatieafspraken vanaf 2029, waarbij de geactualiseerde woonvisie als kader dient en de huurdersorganisaties vanaf het begin aan tafel zitten.",
           "Partijen", "Q4 2027", "nieuw",
           F([P], "firm", [], (2027, "in het najaar van 2027"))),
}, None, ("new", [], None))
