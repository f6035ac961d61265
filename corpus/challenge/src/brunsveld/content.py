# -*- coding: utf-8 -*-
"""Content of the brunsveld family: Afsprakenkaarten 2025, 2026, 2027 (fictional)."""

GEMEENTE = "Brunsveld"
CORPORATIES = ["Woonstichting Heuvelrand", "Veldhuis Wonen"]
HUURDERS = ["Huurdersvereniging De Brink"]
YEARS = [2025, 2026, 2027]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")

# quadrant titles per year (code -> title)
SECTIONS = {
    2025: {"VW": "Voldoende woningen", "BL": "Betaalbare woonlasten", "DU": "Duurzaam en klimaatbestendig",
           "KW": "Goede woningen", "LB": "Prettig wonen in de wijk", "ZO": "Wonen en zorg",
           "SA": "Samenwerking"},
    2026: {"VW": "Voldoende woningen", "BL": "Betaalbare woonlasten", "DU": "Duurzaam en klimaatbestendig",
           "KW": "Kwaliteit en onderhoud", "LB": "Prettig wonen in de wijk", "ZO": "Wonen en zorg",
           "SA": "Samenwerking"},
    2027: {"VW": "Voldoende woningen", "BL": "Betaalbare woonlasten", "DU": "Duurzaam en klimaatbestendig",
           "KW": "Kwaliteit en onderhoud", "LB": "Prettig wonen in de wijk", "ZO": "Wonen, zorg en welzijn",
           "SA": "Samenwerking"},
}
# theme colour per quadrant code
COLOURS = {"VW": "#2f6f9f", "BL": "#3d8bb5", "DU": "#3f8f4f", "KW": "#b5762a", "LB": "#8a4f9e",
           "ZO": "#b0475b", "SA": "#5a5a5a"}

# page 1: VW BL / DU KW ; page 2: LB ZO / SA + context box
PAGE1 = ["VW", "BL", "DU", "KW"]
PAGE2 = ["LB", "ZO", "SA"]


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> {"themes": [...], year: (text, frame)}
A = {}


def add(key, themes, **years):
    d = {"themes": themes}
    for k, v in years.items():
        d[int(k[1:])] = v
    A[key] = d


# ---------------------------------------------------------------- Voldoende woningen
add("nieuwbouw-sociaal", [BB],
    y2025=("De corporaties leveren in 2025 samen ten minste 85 sociale huurwoningen op, waarvan 60 door Heuvelrand "
           "in het plan Kloosterakker en 25 door Veldhuis Wonen aan de Molenweg.",
           F([C], "firm", [(85, "woningen", "min"), (60, "woningen", "exact"), (25, "woningen", "exact")],
             (2025, "in 2025"), True)),
    y2026=("De corporaties leveren in 2026 samen ten minste 70 sociale huurwoningen op, waarvan 45 door Heuvelrand "
           "in het plan Kloosterakker en 25 door Veldhuis Wonen in het plan Molenweg-Zuid.",
           F([C], "firm", [(70, "woningen", "min"), (45, "woningen", "exact"), (25, "woningen", "exact")],
             (2026, "in 2026"), True)),
    y2027=("De corporaties realiseren in 2027 samen ten minste 95 sociale huurwoningen, waarvan 55 door Heuvelrand "
           "in Kloosterakker fase 2 en 40 door Veldhuis Wonen in het plan Molenweg-Zuid.",
           F([C], "firm", [(95, "woningen", "min"), (55, "woningen", "exact"), (40, "woningen", "exact")],
             (2027, "in 2027"), True)),
)
add("bleekveld", [BB],
    y2025=("De gemeente zorgt ervoor dat vóór eind 2025 een bestemmingsplan voor de locatie Bleekveld is vastgesteld, "
           "zodat daar circa 120 woningen kunnen worden gebouwd, waarvan ten minste 40% in de sociale huur.",
           F([G], "firm", [(120, "woningen", "approx"), (40, "%", "min")], (2025, "vóór eind 2025"))),
    y2026=("De gemeente zorgt ervoor dat medio 2026 een omgevingsplan voor de locatie Bleekveld is vastgesteld, "
           "zodat daar circa 120 woningen kunnen worden gebouwd, waarvan ten minste 40% in de sociale huur.",
           F([G], "firm", [(120, "woningen", "approx"), (40, "%", "min")], (2026, "medio 2026"))),
    y2027=("Het omgevingsplan voor de locatie Bleekveld wordt in het eerste kwartaal van 2027 door de gemeente "
           "vastgesteld; het plan biedt ruimte aan circa 120 woningen, waarvan ten minste 35% in de sociale huur.",
           F([G], "firm", [(120, "woningen", "approx"), (35, "%", "min")], (2027, "in het eerste kwartaal van 2027"))),
)
add("aandeel-sociaal", [BB],
    y2025=("Partijen streven ernaar dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 30% "
           "sociale huur wordt opgenomen, conform de woonvisie Brunsveld 2030.",
           F([P], "intent", [(30, "%", "min"), (20, "woningen", "min")])),
    y2026=("In nieuwe woningbouwplannen van meer dan twintig woningen wordt ten minste 30% sociale huur opgenomen, "
           "conform de woonvisie Brunsveld 2030; de gemeente legt dit vast in het omgevingsplan.",
           F([G], "firm", [(30, "%", "min"), (20, "woningen", "min")])),
)
A["aandeel-sociaal"][2027] = A["aandeel-sociaal"][2026]
add("verkoop", [BB],
    y2025=("Heuvelrand verkoopt in 2025 maximaal 10 bestaande huurwoningen bij mutatie, uitsluitend in complexen "
           "waar het aandeel sociale huur boven de 70% ligt.",
           F([C], "firm", [(10, "woningen", "max"), (70, "%", "min")], (2025, "in 2025"), True)),
    y2026=("Heuvelrand verkoopt in 2026 maximaal 15 bestaande huurwoningen bij mutatie, uitsluitend in complexen "
           "waar het aandeel sociale huur boven de 70% ligt.",
           F([C], "firm", [(15, "woningen", "max"), (70, "%", "min")], (2026, "in 2026"), True)),
    y2027=("Heuvelrand verkoopt in 2027 geen bestaande sociale huurwoningen; de verkoopvijver blijft bevroren tot "
           "de herijkte woonvisie is vastgesteld.",
           F([C], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
)
add("liberalisatie", [BB],
    y2025=("Veldhuis Wonen liberaliseert in 2025 ten hoogste 8 woningen en zet deze in voor huishoudens met een "
           "middeninkomen, met een huurprijs tot de middenhuurgrens.",
           F([C], "firm", [(8, "woningen", "max")], (2025, "in 2025"), True)),
    y2026=("Veldhuis Wonen liberaliseert in 2026 ten hoogste 5 woningen en zet deze in voor huishoudens met een "
           "middeninkomen, met een huurprijs tot de middenhuurgrens.",
           F([C], "firm", [(5, "woningen", "max")], (2026, "in 2026"), True)),
)
add("middenhuur-molenweg", [BB],
    y2027=("Veldhuis Wonen onderzoekt of in het plan Molenweg-Zuid aanvullend 20 middenhuurwoningen kunnen worden "
           "gebouwd, mits de gemeente de grondprijs afstemt op de middenhuur.",
           F([C], "explore", [(20, "woningen", "exact")], None, False,
             ["mits de gemeente de grondprijs afstemt op de middenhuur"])),
)
add("statushouders", [BB],
    y2025=("De corporaties huisvesten samen de vergunninghouders die aan Brunsveld worden gekoppeld; voor 2025 "
           "bedraagt de taakstelling van het Rijk 46 personen.",
           F([C], "firm", [(46, "personen", "exact")], (2025, "voor 2025"), True)),
    y2026=("De corporaties huisvesten samen de vergunninghouders die aan Brunsveld worden gekoppeld; voor 2026 "
           "bedraagt de taakstelling van het Rijk 52 personen.",
           F([C], "firm", [(52, "personen", "exact")], (2026, "voor 2026"), True)),
    y2027=("De corporaties huisvesten samen de vergunninghouders die aan Brunsveld worden gekoppeld; voor 2027 "
           "bedraagt de taakstelling van het Rijk 49 personen.",
           F([C], "firm", [(49, "personen", "exact")], (2027, "voor 2027"), True)),
)
add("inschrijfduur", [BB],
    y2025=("Partijen zetten zich ervoor in dat de gemiddelde inschrijfduur van starters in 2025 niet verder "
           "oploopt dan 6 jaar.",
           F([P], "intent", [(6, "jaar", "max")], (2025, "in 2025"), True)),
    y2026=("Partijen zetten zich ervoor in dat de gemiddelde inschrijfduur van starters in 2026 niet verder "
           "oploopt dan 7 jaar.",
           F([P], "intent", [(7, "jaar", "max")], (2026, "in 2026"), True)),
    y2027=("Partijen zetten zich ervoor in dat de gemiddelde inschrijfduur van starters in 2027 daalt naar "
           "maximaal 6,5 jaar.",
           F([P], "intent", [(6.5, "jaar", "max")], (2027, "in 2027"), True)),
)
add("doorstroming-senioren", [BB],
    y2026=("Heuvelrand en Veldhuis Wonen bieden senioren die een eengezinswoning achterlaten voor een passende "
           "woning een verhuiskostenvergoeding van € 2.500 (prijspeil 2026) en de hulp van een verhuiscoach.",
           F([C], "firm", [(2500, "euro", "exact")])),
    y2027=("Heuvelrand en Veldhuis Wonen bieden senioren die een eengezinswoning achterlaten voor een passende "
           "woning een verhuiskostenvergoeding van € 2.560 (prijspeil 2027) en de hulp van een verhuiscoach.",
           F([C], "firm", [(2560, "euro", "exact")])),
)
# ---------------------------------------------------------------- Betaalbare woonlasten
add("huurverhoging", [BB],
    y2025=("De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de inflatie; "
           "huishoudens met een inkomen onder de huurtoeslaggrens krijgen geen inkomensafhankelijke huurverhoging.",
           F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
    y2026=("De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie; "
           "huishoudens met een inkomen onder de huurtoeslaggrens krijgen geen inkomensafhankelijke huurverhoging.",
           F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    y2027=("De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5% onder de inflatie; "
           "huishoudens met een inkomen onder de huurtoeslaggrens krijgen geen inkomensafhankelijke huurverhoging.",
           F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
)
add("betaalbaar-aanbod", [BB],
    y2025=("De corporaties bieden ten minste 75% van de vrijkomende sociale huurwoningen aan met een huurprijs "
           "onder de eerste of tweede aftoppingsgrens.",
           F([C], "firm", [(75, "%", "min")])),
    y2026=("De corporaties bieden ten minste 80% van de vrijkomende sociale huurwoningen aan met een huurprijs "
           "onder de eerste of tweede aftoppingsgrens.",
           F([C], "firm", [(80, "%", "min")])),
)
A["betaalbaar-aanbod"][2027] = A["betaalbaar-aanbod"][2026]
add("huurachterstand", [BB, LB],
    y2025=("De corporaties nemen uiterlijk bij twee maanden huurachterstand persoonlijk contact op met de huurder "
           "en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
           F([C], "firm", [(2, "maanden", "max")])),
    y2026=("De corporaties nemen uiterlijk bij één maand huurachterstand persoonlijk contact op met de huurder "
           "en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
           F([C], "firm", [(1, "maanden", "max")])),
)
A["huurachterstand"][2027] = A["huurachterstand"][2026]
add("huisuitzettingen", [BB],
    y2025=("Partijen hebben de ambitie om het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken "
           "tot maximaal 4.",
           F([P], "intent", [(4, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    y2026=("Partijen hebben de ambitie om het aantal huisuitzettingen wegens huurachterstand in 2026 te beperken "
           "tot maximaal 4.",
           F([P], "intent", [(4, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
    y2027=("Partijen spreken af dat er in 2027 geen huisuitzettingen plaatsvinden die uitsluitend het gevolg zijn "
           "van huurachterstand.",
           F([P], "firm", [(0, "huisuitzettingen", "max")], (2027, "in 2027"), True)),
)
add("woonlastenfonds", [BB],
    y2025=("De gemeente stelt in 2025 een bedrag van € 150.000 beschikbaar voor het Woonlastenfonds, waaruit "
           "huurders met acute betalingsproblemen eenmalig kunnen worden ondersteund.",
           F([G], "firm", [(150000, "euro", "exact")], (2025, "in 2025"), True)),
    y2026=("De gemeente stelt in 2026 een bedrag van € 120.000 beschikbaar voor het Woonlastenfonds, waaruit "
           "huurders met acute betalingsproblemen eenmalig kunnen worden ondersteund, indien de gemeentelijke "
           "begroting dit toelaat.",
           F([G], "firm", [(120000, "euro", "exact")], (2026, "in 2026"), True,
             ["indien de gemeentelijke begroting dit toelaat"])),
)
add("voorlichting-huurtoeslag", [BB, OV],
    y2025=("Huurdersvereniging De Brink organiseert in het voorjaar van 2025, met ondersteuning van de corporaties, "
           "twee voorlichtingsbijeenkomsten over huurtoeslag en de inkomensafhankelijke huurverhoging.",
           F([H], "firm", [(2, "bijeenkomsten", "exact")], (2025, "in het voorjaar van 2025"))),
)
# ---------------------------------------------------------------- Duurzaam
add("label-efg", [DK],
    y2025=("De corporaties verbeteren alle woningen met een energielabel E, F of G uiterlijk eind 2028 naar "
           "ten minste label C.",
           F([C], "firm", [("C", "label", "min")], (2028, "uiterlijk eind 2028"))),
    y2026=("De corporaties verbeteren alle woningen met een energielabel E, F of G uiterlijk eind 2027 naar "
           "ten minste label C.",
           F([C], "firm", [("C", "label", "min")], (2027, "uiterlijk eind 2027"))),
    y2027=("De corporaties verbeteren de resterende 18 woningen met een energielabel E, F of G uiterlijk eind 2027 "
           "naar ten minste label C.",
           F([C], "firm", [(18, "woningen", "exact"), ("C", "label", "min")], (2027, "uiterlijk eind 2027"))),
)
add("label-gemiddeld", [DK],
    y2025=("Heuvelrand heeft de ambitie om eind 2027 voor het gehele bezit in Brunsveld gemiddeld energielabel B "
           "te bereiken.",
           F([C], "intent", [("B", "label", "exact")], (2027, "eind 2027"))),
    y2026=("Heuvelrand heeft de ambitie om eind 2027 voor het gehele bezit in Brunsveld gemiddeld energielabel C "
           "te bereiken.",
           F([C], "intent", [("C", "label", "exact")], (2027, "eind 2027"))),
    y2027=("Heuvelrand bereikt eind 2027 voor het gehele bezit in Brunsveld gemiddeld energielabel C.",
           F([C], "firm", [("C", "label", "exact")], (2027, "eind 2027"))),
)
add("na-isolatie", [DK, KW],
    y2025=("Veldhuis Wonen voert in 2025 in alle complexen uit de bouwperiode 1965-1975 een na-isolatiepakket "
           "uit, bestaande uit spouwmuur-, vloer- en dakisolatie.",
           F([C], "firm", [], (2025, "in 2025"))),
    y2026=("Veldhuis Wonen voert in 2026 in twee complexen uit de bouwperiode 1965-1975, De Wielen en Hofkamp, "
           "een na-isolatiepakket uit, bestaande uit spouwmuur-, vloer- en dakisolatie.",
           F([C], "firm", [(2, "complexen", "exact")], (2026, "in 2026"))),
    y2027=("Veldhuis Wonen voert in 2027 in de complexen De Wielen, Hofkamp en Lindeplein een na-isolatiepakket "
           "uit, bestaande uit spouwmuur-, vloer- en dakisolatie.",
           F([C], "firm", [(3, "complexen", "exact")], (2027, "in 2027"))),
)
add("zonnepanelen", [DK],
    y2025=("Heuvelrand onderzoekt of op de daken van 150 eengezinswoningen zonnepanelen kunnen worden geplaatst, "
           "tegen een maandelijkse vergoeding die lager ligt dan de gemiddelde besparing voor de huurder.",
           F([C], "explore", [(150, "woningen", "exact")])),
    y2026=("Heuvelrand plaatst in 2026 zonnepanelen op de daken van 150 eengezinswoningen, tegen een maandelijkse "
           "vergoeding die lager ligt dan de gemiddelde besparing voor de huurder.",
           F([C], "firm", [(150, "woningen", "exact")], (2026, "in 2026"))),
    y2027=("Heuvelrand plaatst in 2027 zonnepanelen op de daken van 200 eengezinswoningen, tegen een maandelijkse "
           "vergoeding die lager ligt dan de gemiddelde besparing voor de huurder, mits per blok ten minste 70% "
           "van de huurders instemt.",
           F([C], "firm", [(200, "woningen", "exact"), (70, "%", "min")], (2027, "in 2027"), False,
             ["mits per blok ten minste 70% van de huurders instemt"])),
)
add("warmtenet", [DK],
    y2025=("Partijen maken in 2025 afspraken over de aansluiting van de corporatiecomplexen in de wijk Ganzenweide "
           "op het toekomstige warmtenet, in lijn met de transitievisie warmte.",
           F([P], "discuss", [], (2025, "in 2025"))),
    y2026=("Partijen werken volgens de gemaakte afspraken over de aansluiting van de corporatiecomplexen in de wijk "
           "Ganzenweide op het toekomstige warmtenet, in lijn met de transitievisie warmte.",
           F([P], "firm", [])),
)
A["warmtenet"][2027] = A["warmtenet"][2026]
add("energiecoaches", [DK, BB],
    y2025=("De gemeente zet in 2025 energiecoaches in die huurders van de corporaties op verzoek thuis adviseren "
           "over energiebesparing en het aanvragen van regelingen.",
           F([G], "firm", [], (2025, "in 2025"), True)),
    y2026=("De gemeente zet in 2026 energiecoaches in die huurders van de corporaties op verzoek thuis adviseren "
           "over energiebesparing en het aanvragen van regelingen.",
           F([G], "firm", [], (2026, "in 2026"), True)),
    y2027=("De gemeente onderzoekt of in 2027 opnieuw energiecoaches kunnen worden ingezet voor huurders van de "
           "corporaties, afhankelijk van de rijksmiddelen voor de aanpak van energiearmoede.",
           F([G], "explore", [], (2027, "in 2027"), True,
             ["afhankelijk van de rijksmiddelen voor de aanpak van energiearmoede"])),
)
add("klimaatadaptatie", [DK],
    y2025=("Bij groot onderhoud en renovatie bekijken de corporaties of verharde tuinen kunnen worden vergroend "
           "en of regenwater van daken kan worden afgekoppeld van het riool.",
           F([C], "explore", [])),
)
add("groene-daken", [DK],
    y2026=("Als pilot leggen de gemeente en Heuvelrand in 2026 op twee complexen aan de Esdoornlaan een groen dak "
           "aan; de gemeente draagt de helft van de kosten.",
           F([G, C], "firm", [(2, "complexen", "exact"), (50, "%", "exact")], (2026, "in 2026"))),
)
# ---------------------------------------------------------------- Kwaliteit
add("reparaties", [KW],
    y2025=("Niet-spoedeisende reparatieverzoeken worden door de corporaties binnen 10 werkdagen afgehandeld.",
           F([C], "firm", [(10, "werkdagen", "max")])),
    y2026=("Niet-spoedeisende reparatieverzoeken worden door de corporaties binnen 15 werkdagen afgehandeld.",
           F([C], "firm", [(15, "werkdagen", "max")])),
    y2027=("De corporaties handelen niet-spoedeisende reparatieverzoeken binnen 15 werkdagen af.",
           F([C], "firm", [(15, "werkdagen", "max")])),
)
add("vocht-schimmel", [KW],
    y2025=("De corporaties nemen elke melding van vocht en schimmel binnen vijf werkdagen in behandeling en stellen "
           "binnen zes weken een plan van aanpak op.",
           F([C], "firm", [(5, "werkdagen", "max"), (6, "weken", "max")])),
    y2026=("Elke melding van vocht en schimmel wordt binnen vijf werkdagen door de corporaties in behandeling "
           "genomen; binnen zes weken ligt er een plan van aanpak, dat met de huurder wordt besproken.",
           F([C], "firm", [(5, "werkdagen", "max"), (6, "weken", "max")])),
)
A["vocht-schimmel"][2027] = A["vocht-schimmel"][2026]
add("planmatig-onderhoud", [KW],
    y2025=("De corporaties besteden in 2025 ten minste € 9,5 miljoen aan planmatig onderhoud van hun woningen "
           "in Brunsveld.",
           F([C], "firm", [(9500000, "euro", "min")], (2025, "in 2025"), True)),
    y2026=("De corporaties besteden in 2026 ten minste € 11,2 miljoen aan planmatig onderhoud van hun woningen "
           "in Brunsveld.",
           F([C], "firm", [(11200000, "euro", "min")], (2026, "in 2026"), True)),
    y2027=("De corporaties besteden in 2027 ten minste € 11,2 miljoen aan planmatig onderhoud van hun woningen "
           "in Brunsveld.",
           F([C], "firm", [(11200000, "euro", "min")], (2027, "in 2027"), True)),
)
add("huurdersoordeel", [KW],
    y2025=("De corporaties streven naar een gemiddeld huurdersoordeel over reparatieverzoeken van ten minste 7,5 "
           "en bespreken de uitkomsten jaarlijks met De Brink.",
           F([C], "intent", [(7.5, "rapportcijfer", "min")])),
)
A["huurdersoordeel"][2026] = A["huurdersoordeel"][2027] = A["huurdersoordeel"][2025]
add("brandveiligheid", [KW],
    y2025=("Veldhuis Wonen voert in 2025 in alle vier seniorencomplexen een brandveiligheidsscan uit en verhelpt "
           "de gevonden gebreken binnen drie maanden na de scan.",
           F([C], "firm", [(4, "complexen", "exact"), (3, "maanden", "max")], (2025, "in 2025"))),
)
add("wmo-aanpassingen", [KW, LB],
    y2025=("De gemeente en de corporaties stemmen Wmo-woningaanpassingen op elkaar af, zodat aangepaste woningen "
           "bij mutatie opnieuw worden toegewezen aan huishoudens met een vergelijkbare zorgvraag.",
           F([G, C], "firm", [])),
)
A["wmo-aanpassingen"][2026] = A["wmo-aanpassingen"][2027] = A["wmo-aanpassingen"][2025]
# ---------------------------------------------------------------- Leefbaarheid
add("leefbaarheidsbudget", [LB],
    y2025=("De corporaties reserveren samen € 62 per woning (prijspeil 2025) voor leefbaarheidsactiviteiten in "
           "de wijken, binnen de wettelijke grens.",
           F([C], "firm", [(62, "euro per woning", "exact")])),
    y2026=("De corporaties reserveren samen € 64 per woning (prijspeil 2026) voor leefbaarheidsactiviteiten in "
           "de wijken, binnen de wettelijke grens.",
           F([C], "firm", [(64, "euro per woning", "exact")])),
)
A["leefbaarheidsbudget"][2027] = A["leefbaarheidsbudget"][2026]
add("wijkbeheerders", [LB],
    y2025=("Heuvelrand en Veldhuis Wonen zetten in de wijk Ganzenweide een wijkbeheerder in, die twee dagdelen per "
           "week spreekuur houdt in het wijkcentrum.",
           F([C], "firm", [(2, "dagdelen per week", "exact")])),
    y2026=("Heuvelrand en Veldhuis Wonen zetten in de wijken Ganzenweide, Oosterhof en Centrum een wijkbeheerder in, "
           "die twee dagdelen per week spreekuur houdt in het wijkcentrum.",
           F([C], "firm", [(2, "dagdelen per week", "exact")])),
)
A["wijkbeheerders"][2027] = A["wijkbeheerders"][2026]
add("zachte-landing", [LB],
    y2025=("Partijen sluiten vóór 1 oktober 2025 een convenant zachte landing met de zorgaanbieders in de regio, "
           "zodat huurders die uitstromen uit beschermd wonen een vast aanspreekpunt houden.",
           F([P], "firm", [], (2025, "vóór 1 oktober 2025"))),
    y2026=("Partijen sluiten vóór 1 april 2026 een convenant zachte landing met de zorgaanbieders in de regio, "
           "zodat huurders die uitstromen uit beschermd wonen een vast aanspreekpunt houden.",
           F([P], "firm", [], (2026, "vóór 1 april 2026"))),
    y2027=("Partijen gaan in gesprek met de zorgaanbieders in de regio over een convenant zachte landing, zodat "
           "huurders die uitstromen uit beschermd wonen een vast aanspreekpunt houden.",
           F([P], "discuss", [])),
)
add("bewonersinitiatieven", [LB],
    y2025=("De gemeente ondersteunt bewonersinitiatieven in wijken met corporatiebezit vanuit het wijkbudget en "
           "informeert de corporaties over toegekende aanvragen.",
           F([G], "firm", [])),
)
A["bewonersinitiatieven"][2026] = A["bewonersinitiatieven"][2027] = A["bewonersinitiatieven"][2025]
add("buurtbemiddeling", [LB],
    y2025=("De gemeente en de corporaties financieren gezamenlijk buurtbemiddeling, waarbij de gemeente 60% en de "
           "corporaties 40% van de kosten dragen.",
           F([G, C], "firm", [(60, "%", "exact"), (40, "%", "exact")])),
)
A["buurtbemiddeling"][2026] = A["buurtbemiddeling"][2027] = A["buurtbemiddeling"][2025]
add("ontmoetingsruimte", [LB],
    y2027=("Heuvelrand stelt in 2027 in de seniorencomplexen De Linde en Hofkamp een gemeenschappelijke ruimte "
           "beschikbaar voor ontmoetingsactiviteiten, die mede door vrijwilligers van De Brink worden georganiseerd.",
           F([C], "firm", [(2, "complexen", "exact")], (2027, "in 2027"))),
)
# ---------------------------------------------------------------- Wonen en zorg
add("zorggeschikt", [KW, BB],
    y2025=("Veldhuis Wonen labelt in 2025 ten minste 30 bestaande gelijkvloerse woningen als zorggeschikt en wijst "
           "deze bij mutatie met voorrang toe aan senioren met een zorgindicatie.",
           F([C], "firm", [(30, "woningen", "min")], (2025, "in 2025"))),
    y2026=("Veldhuis Wonen onderzoekt in 2026 of ten minste 30 bestaande gelijkvloerse woningen als zorggeschikt "
           "kunnen worden gelabeld en bij mutatie met voorrang kunnen worden toegewezen aan senioren met een "
           "zorgindicatie.",
           F([C], "explore", [(30, "woningen", "min")], (2026, "in 2026"))),
    y2027=("Veldhuis Wonen labelt in 2027 de 30 gelijkvloerse woningen die in het onderzoek van 2026 geschikt zijn "
           "bevonden als zorggeschikt; bij mutatie worden zij met voorrang toegewezen aan senioren met een "
           "zorgindicatie.",
           F([C], "firm", [(30, "woningen", "exact")], (2027, "in 2027"))),
)
add("woonzorgvisie", [KW, OV],
    y2025=("De gemeente stelt, in overleg met de corporaties en De Brink, vóór 1 juli 2025 een woonzorgvisie vast "
           "met een opgave voor geclusterde woonvormen voor ouderen.",
           F([G], "firm", [], (2025, "vóór 1 juli 2025"))),
)
add("geclusterd-wonen", [BB, KW],
    y2026=("Gemeente en corporaties werken in 2026 ten minste één locatie uit voor een geclusterde woonvorm voor "
           "ouderen, op basis van de woonzorgvisie die in 2025 is vastgesteld.",
           F([G, C], "firm", [(1, "locatie", "min")], (2026, "in 2026"))),
    y2027=("Uitgaande van de woonzorgvisie uit 2025 kiezen de gemeente, die hierin het voortouw neemt, en de "
           "corporaties in 2027 samen een locatie voor ten minste één geclusterde woonvorm voor ouderen en werken "
           "deze uit tot een haalbaarheidsplan.",
           F([G, C], "firm", [(1, "locatie", "min")], (2027, "in 2027"))),
)
add("uitstroom-bw", [BB, LB],
    y2025=("De corporaties stellen in 2025 samen ten minste 12 woningen beschikbaar voor huishoudens die uitstromen "
           "uit beschermd wonen en maatschappelijke opvang.",
           F([C], "firm", [(12, "woningen", "min")], (2025, "in 2025"), True)),
    y2026=("De corporaties stellen in 2026 samen ten minste 12 woningen beschikbaar voor huishoudens die uitstromen "
           "uit beschermd wonen en maatschappelijke opvang.",
           F([C], "firm", [(12, "woningen", "min")], (2026, "in 2026"), True)),
    y2027=("De corporaties stellen in 2027 samen ten minste 16 woningen beschikbaar voor huishoudens die uitstromen "
           "uit beschermd wonen en maatschappelijke opvang.",
           F([C], "firm", [(16, "woningen", "min")], (2027, "in 2027"), True)),
)
# ---------------------------------------------------------------- Samenwerking
add("monitoring", [OV],
    y2025=("Partijen bespreken de voortgang van deze afsprakenkaart twee keer per jaar in het tripartiete overleg, "
           "in mei en in november.",
           F([P], "discuss", [(2, "keer per jaar", "exact")], None, True)),
    y2027=("Partijen bespreken de voortgang van deze afsprakenkaart drie keer per jaar in het tripartiete overleg, "
           "in maart, juni en november.",
           F([P], "discuss", [(3, "keer per jaar", "exact")], None, True)),
)
A["monitoring"][2026] = A["monitoring"][2025]
add("bod", [OV],
    y2025=("De corporaties brengen vóór 1 juli 2025 hun bod uit aan de gemeente en De Brink, als start van het "
           "overleg over de afsprakenkaart 2026.",
           F([C], "firm", [], (2025, "vóór 1 juli 2025"), True)),
    y2026=("De corporaties brengen vóór 1 juli 2026 hun bod uit aan de gemeente en De Brink, als start van het "
           "overleg over de afsprakenkaart 2027.",
           F([C], "firm", [], (2026, "vóór 1 juli 2026"), True)),
    y2027=("De corporaties brengen vóór 1 juli 2027 hun bod uit aan de gemeente en De Brink, als start van het "
           "overleg over de afsprakenkaart 2028.",
           F([C], "firm", [], (2027, "vóór 1 juli 2027"), True)),
)
add("werkbudget-brink", [OV],
    y2025=("De corporaties stellen De Brink per 1 januari 2025 gezamenlijk een werkbudget van € 18.000 beschikbaar "
           "voor scholing, onafhankelijk advies en het raadplegen van de achterban.",
           F([C], "firm", [(18000, "euro", "exact")], (2025, "per 1 januari 2025"), True)),
    y2026=("De corporaties stellen De Brink per 1 januari 2026 gezamenlijk een werkbudget van € 18.000 beschikbaar "
           "voor scholing, onafhankelijk advies en het raadplegen van de achterban.",
           F([C], "firm", [(18000, "euro", "exact")], (2026, "per 1 januari 2026"), True)),
    y2027=("De corporaties stellen De Brink per 1 januari 2027 gezamenlijk een werkbudget van € 15.000 beschikbaar "
           "voor scholing, onafhankelijk advies en het raadplegen van de achterban.",
           F([C], "firm", [(15000, "euro", "exact")], (2027, "per 1 januari 2027"), True)),
)
add("woonvisie-herijking", [OV],
    y2025=("De gemeente betrekt de corporaties en De Brink bij de herijking van de woonvisie, die in 2026 aan de "
           "gemeenteraad wordt voorgelegd.",
           F([G], "firm", [], (2026, "in 2026"))),
    y2027=("De gemeente betrekt de corporaties en De Brink bij de herijking van de woonvisie, die medio 2027 aan de "
           "gemeenteraad wordt voorgelegd.",
           F([G], "firm", [], (2027, "medio 2027"))),
)
A["woonvisie-herijking"][2026] = A["woonvisie-herijking"][2025]
add("geschillen", [OV],
    y2025=("Bij een verschil van inzicht over de uitvoering van deze afspraken gaan partijen eerst met elkaar in "
           "gesprek; leidt dat niet tot een oplossing, dan kan elk van de partijen het geschil voorleggen aan de "
           "landelijke adviescommissie.",
           F([P], "discuss", [])),
)
A["geschillen"][2026] = A["geschillen"][2027] = A["geschillen"][2025]
add("dashboard", [OV],
    y2027=("Heuvelrand en Veldhuis Wonen leveren hun voortgangscijfers vanaf 2027 aan via een gezamenlijk digitaal "
           "dashboard, dat ook voor De Brink en de gemeente toegankelijk is.",
           F([C], "firm", [], (2027, "vanaf 2027"))),
)

# quadrant content per year (order = print order)
LAYOUT = {
    2025: {
        "VW": ["nieuwbouw-sociaal", "bleekveld", "aandeel-sociaal", "verkoop", "liberalisatie", "statushouders",
               "inschrijfduur"],
        "BL": ["huurverhoging", "betaalbaar-aanbod", "huurachterstand", "huisuitzettingen", "woonlastenfonds",
               "voorlichting-huurtoeslag"],
        "DU": ["label-efg", "label-gemiddeld", "na-isolatie", "zonnepanelen", "warmtenet", "energiecoaches",
               "klimaatadaptatie"],
        "KW": ["reparaties", "vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel", "brandveiligheid"],
        "LB": ["leefbaarheidsbudget", "wijkbeheerders", "zachte-landing", "bewonersinitiatieven",
               "buurtbemiddeling"],
        "ZO": ["zorggeschikt", "woonzorgvisie", "wmo-aanpassingen", "uitstroom-bw"],
        "SA": ["monitoring", "bod", "werkbudget-brink", "woonvisie-herijking", "geschillen"],
    },
    2026: {
        "VW": ["nieuwbouw-sociaal", "bleekveld", "aandeel-sociaal", "statushouders", "verkoop", "liberalisatie",
               "inschrijfduur", "doorstroming-senioren"],
        "BL": ["huurachterstand", "huisuitzettingen", "huurverhoging", "betaalbaar-aanbod", "woonlastenfonds"],
        "DU": ["label-efg", "label-gemiddeld", "na-isolatie", "warmtenet", "zonnepanelen", "energiecoaches",
               "groene-daken"],
        "KW": ["vocht-schimmel", "reparaties", "planmatig-onderhoud", "huurdersoordeel", "wmo-aanpassingen"],
        "LB": ["wijkbeheerders", "leefbaarheidsbudget", "zachte-landing", "bewonersinitiatieven",
               "buurtbemiddeling"],
        "ZO": ["zorggeschikt", "geclusterd-wonen", "uitstroom-bw"],
        "SA": ["bod", "monitoring", "werkbudget-brink", "woonvisie-herijking", "geschillen"],
    },
    2027: {
        "VW": ["nieuwbouw-sociaal", "aandeel-sociaal", "bleekveld", "statushouders", "uitstroom-bw", "verkoop",
               "middenhuur-molenweg", "inschrijfduur", "doorstroming-senioren"],
        "BL": ["huurachterstand", "huisuitzettingen", "huurverhoging", "betaalbaar-aanbod"],
        "DU": ["label-efg", "label-gemiddeld", "na-isolatie", "warmtenet", "zonnepanelen", "energiecoaches"],
        "KW": ["vocht-schimmel", "reparaties", "planmatig-onderhoud", "huurdersoordeel", "wmo-aanpassingen"],
        "LB": ["wijkbeheerders", "leefbaarheidsbudget", "bewonersinitiatieven", "buurtbemiddeling",
               "ontmoetingsruimte", "zachte-landing"],
        "ZO": ["zorggeschikt", "geclusterd-wonen"],
        "SA": ["bod", "monitoring", "dashboard", "werkbudget-brink", "woonvisie-herijking", "geschillen"],
    },
}

# pair annotations for afspraken present in both documents; absent key => unchanged (checked: identical text)
PAIRS = {
    (2025, 2026): {
        "nieuwbouw-sociaal": ("weakened", ["quantity"], None),
        "bleekveld": ("weakened", ["deadline"], None),
        "aandeel-sociaal": ("strengthened", ["modality"], None),
        "verkoop": ("weakened", ["quantity"], None),
        "liberalisatie": ("strengthened", ["quantity"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "inschrijfduur": ("weakened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "betaalbaar-aanbod": ("strengthened", ["quantity"], None),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "woonlastenfonds": ("weakened", ["quantity", "condition"], None),
        "label-efg": ("strengthened", ["deadline"], None),
        "label-gemiddeld": ("weakened", ["label"], None),
        "na-isolatie": ("weakened", ["scope"], None),
        "zonnepanelen": ("strengthened", ["modality"], None),
        "warmtenet": ("strengthened", ["modality"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "reparaties": ("weakened", ["quantity"], None),
        "vocht-schimmel": ("reworded", [], "same_figures"),
        "planmatig-onderhoud": ("strengthened", ["quantity"], None),
        "leefbaarheidsbudget": ("reworded", [], "indexed_amount"),
        "wijkbeheerders": ("strengthened", ["scope"], None),
        "zachte-landing": ("weakened", ["deadline"], None),
        "zorggeschikt": ("weakened", ["modality"], None),
        "uitstroom-bw": ("reworded", [], "recurring_year"),
        "bod": ("reworded", [], "recurring_year"),
        "werkbudget-brink": ("reworded", [], "recurring_year"),
    },
    (2026, 2027): {
        "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
        "bleekveld": ("weakened", ["quantity", "deadline"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "inschrijfduur": ("strengthened", ["quantity"], None),
        "doorstroming-senioren": ("reworded", [], "indexed_amount"),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "huisuitzettingen": ("strengthened", ["quantity", "modality"], None),
        "label-efg": ("reworded", [], "progress"),
        "label-gemiddeld": ("strengthened", ["modality"], None),
        "na-isolatie": ("strengthened", ["scope"], None),
        "zonnepanelen": ("modified", ["quantity", "condition"], None),
        "energiecoaches": ("weakened", ["modality", "condition"], None),
        "reparaties": ("reworded", [], "same_figures"),
        "planmatig-onderhoud": ("reworded", [], "recurring_year"),
        "zachte-landing": ("weakened", ["modality"], None),
        "zorggeschikt": ("strengthened", ["modality"], None),
        "geclusterd-wonen": ("weakened", ["deadline"], None),
        "uitstroom-bw": ("strengthened", ["quantity"], None),
        "monitoring": ("strengthened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
        "werkbudget-brink": ("weakened", ["quantity"], None),
        "woonvisie-herijking": ("weakened", ["deadline"], None),
    },
}

INTRO = {
    2025: ("Deze afsprakenkaart vertaalt de woonvisie Brunsveld 2030 en de regionale woondeal naar concrete afspraken "
           "voor 2025. De kaart is opgesteld op basis van de biedingen van beide corporaties en het overleg aan de "
           "tripartiete tafel."),
    2026: ("Deze afsprakenkaart vertaalt de woonvisie Brunsveld 2030 en de regionale woondeal naar concrete afspraken "
           "voor 2026. Waar het Rijk nieuwe kaders heeft gesteld, zijn de afspraken daarop aangepast."),
    2027: ("Deze afsprakenkaart vertaalt de woonvisie Brunsveld 2030 en de regionale woondeal naar concrete afspraken "
           "voor 2027, het laatste jaar voordat de herijkte woonvisie in werking treedt."),
}
TERUGBLIK = {
    2025: ("Terugblik 2024: er werden 64 sociale huurwoningen opgeleverd, 41 woningen gingen van label E/F/G naar "
           "label C of beter en er vonden 5 huisuitzettingen plaats."),
    2026: ("Terugblik 2025: er werden 78 sociale huurwoningen opgeleverd, 35 woningen kregen een na-isolatiepakket "
           "en het bestemmingsplan Bleekveld liep vertraging op."),
    2027: ("Terugblik 2026: er werden 66 sociale huurwoningen opgeleverd, 150 woningen kregen zonnepanelen en er "
           "vonden 3 huisuitzettingen plaats."),
}
KERNCIJFERS = {
    2025: [("Sociale huurwoningen", "4.870"), ("Gem. inschrijfduur starters", "5,8 jaar"),
           ("Woningen label E/F/G", "212"), ("Huurachterstand > 3 mnd", "1,4%")],
    2026: [("Sociale huurwoningen", "4.925"), ("Gem. inschrijfduur starters", "6,4 jaar"),
           ("Woningen label E/F/G", "97"), ("Huurachterstand > 3 mnd", "1,2%")],
    2027: [("Sociale huurwoningen", "4.968"), ("Gem. inschrijfduur starters", "6,7 jaar"),
           ("Woningen label E/F/G", "18"), ("Huurachterstand > 3 mnd", "1,1%")],
}
SAMENWERKEN = (
    "Gemeente Brunsveld, Woonstichting Heuvelrand, Veldhuis Wonen en Huurdersvereniging De Brink vormen samen de "
    "tripartiete tafel. De afspraken op deze kaart gelden voor het jaar {y} en zijn gebaseerd op de woonvisie, "
    "de biedingen van de corporaties en de inbreng van de huurders. Het bestuurlijk overleg komt twee keer per jaar "
    "bijeen; ambtelijk en werkorganisatorisch is er maandelijks contact. Afspraken die niet of later worden "
    "uitgevoerd, worden toegelicht in de monitor die bij het volgende bod wordt gevoegd. Bijlagen (apart "
    "gepubliceerd): 1. nieuwbouwprogramma per project; 2. monitor afspraken {p}; 3. begrippenlijst."
)
SIGNERS = {
    2025: [("Gemeente Brunsveld", "M.J. (Marieke) van Oordt", "wethouder Wonen"),
           ("Woonstichting Heuvelrand", "drs. P. (Peter) Kamsteeg", "directeur-bestuurder"),
           ("Veldhuis Wonen", "ir. L. (Lotte) Hermsen", "directeur-bestuurder"),
           ("Huurdersvereniging De Brink", "A. (Anton) Verschuur", "voorzitter")],
}
SIGNERS[2026] = SIGNERS[2025]
SIGNERS[2027] = [SIGNERS[2025][0], SIGNERS[2025][1],
                 ("Veldhuis Wonen", "R. (Rachid) El Idrissi", "directeur-bestuurder a.i."), SIGNERS[2025][3]]
SIGNDATE = {2025: "12 december 2024", 2026: "10 december 2025", 2027: "14 december 2026"}
