# -*- coding: utf-8 -*-
"""Content of the wouwerhoek family: kaderafspraken 2025-2028, jaarschijven 2025, 2026, 2027.

Every afspraak: key, theme letter, themes, trekker, versions per jaarschijf, links per jaarschijf.
A version is a dict (text, years marked in the planning, frame fields) or SAME (identical to the year before).
"""

SAME = "SAME"
ACT = {"c": "corporatie", "g": "gemeente", "h": "huurdersorganisatie", "p": "partijen"}

SECTIONS = [
    ("W", "Beschikbaar en betaalbaar wonen"),
    ("D", "Duurzaamheid en energietransitie"),
    ("K", "Kwaliteit, wonen en zorg"),
    ("L", "Leefbare wijken"),
    ("P", "Samenwerking en proces"),
]


def q(value, unit, comp="exact", vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def V(text, years, mod="firm", qs=(), dl=None, rec=False, cond=(), act="c", trekker=None):
    return {"text": text, "years": list(years), "modality": mod, "quantities": list(qs),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None), "recurring": rec,
            "conditions": list(cond), "actors": [ACT[a] for a in act], "trekker": trekker}


ALL = [2025, 2026, 2027, 2028]
ITEMS = []


def A(sec, key, themes, trekker, versions, links=None):
    ITEMS.append({"sec": sec, "key": key, "themes": themes, "trekker": trekker,
                  "versions": versions, "links": links or {}})


BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid",
                      "overig")

# ---------------------------------------------------------------- W
A("W", "nieuwbouw-kerkeind", [BB], "Wouwerland", {
    2025: V("Wouwerland realiseert in het plan Kerkeind 32 sociale huurwoningen; de oplevering vindt plaats in 2026.",
            [2025, 2026], qs=[q(32, "woningen")], dl=(2026, "in 2026")),
    2026: V("Wouwerland realiseert in het plan Kerkeind 28 sociale huurwoningen; de oplevering vindt plaats in 2027.",
            [2025, 2026, 2027], qs=[q(28, "woningen")], dl=(2027, "in 2027")),
    2027: V("In het plan Kerkeind worden door Wouwerland 28 sociale huurwoningen gerealiseerd, die in de loop van 2027 "
            "worden opgeleverd.", [2026, 2027], qs=[q(28, "woningen")], dl=(2027, "in de loop van 2027")),
}, {2026: ("weakened", ["quantity", "deadline"], None), 2027: ("reworded", [], "same_figures")})

A("W", "nieuwbouw-molenveld", [BB, KW], "Wouwerland", {
    2025: V("Wouwerland onderzoekt de mogelijkheid om op de locatie Molenveld 20 levensloopgeschikte sociale "
            "huurwoningen te bouwen.", [2025], mod="explore", qs=[q(20, "woningen")]),
    2026: V("Wouwerland bouwt op de locatie Molenveld 20 levensloopgeschikte sociale huurwoningen; de bouw start in "
            "2027.", [2026, 2027, 2028], qs=[q(20, "woningen")], dl=(2027, "in 2027")),
    2027: V("Wouwerland bouwt op de locatie Molenveld twintig levensloopgeschikte sociale huurwoningen; de bouw start "
            "in 2027.", [2027, 2028], qs=[q(20, "woningen")], dl=(2027, "in 2027")),
}, {2026: ("strengthened", ["modality", "deadline"], None), 2027: ("reworded", [], "same_figures")})

A("W", "sociale-voorraad", [BB], "Partijen", {
    2025: V("Partijen spreken af dat de sociale huurvoorraad van Wouwerland in de periode 2025-2028 niet daalt onder "
            "3.150 woningen.", ALL, qs=[q(3150, "woningen", "min")], dl=(2028, "in de periode 2025-2028"), act="p"),
    2026: SAME,
    2027: V("Partijen spreken af dat de sociale huurvoorraad van Wouwerland in de periode 2025-2028 niet daalt onder "
            "3.100 woningen.", ALL, qs=[q(3100, "woningen", "min")], dl=(2028, "in de periode 2025-2028"), act="p"),
}, {2026: ("unchanged", [], None), 2027: ("weakened", ["quantity"], None)})

A("W", "verkoop", [BB], "Wouwerland", {
    2025: V("Wouwerland verkoopt in 2025 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.", ALL,
            qs=[q(10, "woningen", "max")], dl=(2025, "in 2025"), rec=True),
    2026: V("Wouwerland verkoopt in 2026 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.", ALL,
            qs=[q(10, "woningen", "max")], dl=(2026, "in 2026"), rec=True),
    2027: V("Wouwerland verkoopt in 2027 ten hoogste 14 sociale huurwoningen, uitsluitend bij mutatie.", ALL,
            qs=[q(14, "woningen", "max")], dl=(2027, "in 2027"), rec=True),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("weakened", ["quantity"], None)})

A("W", "vergunninghouders", [BB], "Wouwerland", {
    2025: V("Wouwerland stelt in 2025 ten minste 34 woningen beschikbaar voor de huisvesting van vergunninghouders, "
            "conform de taakstelling van het Rijk.", ALL, qs=[q(34, "woningen", "min")], dl=(2025, "in 2025"),
            rec=True),
    2026: V("Wouwerland stelt in 2026 ten minste 41 woningen beschikbaar voor de huisvesting van vergunninghouders, "
            "conform de taakstelling van het Rijk.", ALL, qs=[q(41, "woningen", "min")], dl=(2026, "in 2026"),
            rec=True),
    2027: V("Wouwerland stelt in 2027 ten minste 37 woningen beschikbaar voor de huisvesting van vergunninghouders, "
            "conform de taakstelling van het Rijk.", ALL, qs=[q(37, "woningen", "min")], dl=(2027, "in 2027"),
            rec=True),
}, {2026: ("reworded", [], "external_figure"), 2027: ("reworded", [], "external_figure")})

A("W", "huurverhoging", [BB], "Wouwerland", {
    2025: V("Wouwerland beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie minus 0,5%.", ALL,
            qs=[q(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"), rec=True),
    2026: V("Wouwerland beperkt de gemiddelde huurverhoging per 1 juli 2026 tot ten hoogste de inflatie.", ALL,
            dl=(2026, "per 1 juli 2026"), rec=True),
    2027: V("Wouwerland beperkt de gemiddelde huurverhoging per 1 juli 2027 tot ten hoogste de inflatie.", ALL,
            dl=(2027, "per 1 juli 2027"), rec=True),
}, {2026: ("weakened", ["quantity"], None), 2027: ("reworded", [], "recurring_year")})

A("W", "passend-toewijzen", [BB], "Wouwerland", {
    2025: V("Wouwerland wijst ten minste 95% van de huishoudens met recht op huurtoeslag een woning toe met een huur "
            "onder de aftoppingsgrens van € 932,93 (prijspeil 2025).", ALL,
            qs=[q(95, "%", "min"), q(932.93, "euro", "max")], rec=True),
    2026: V("Wouwerland wijst ten minste 95% van de huishoudens met recht op huurtoeslag een woning toe met een huur "
            "onder de aftoppingsgrens van € 954,42 (prijspeil 2026).", ALL,
            qs=[q(95, "%", "min"), q(954.42, "euro", "max")], rec=True),
    2027: V("Wouwerland wijst ten minste 95% van de huishoudens met recht op huurtoeslag een woning toe met een huur "
            "onder de aftoppingsgrens van € 978,10 (prijspeil 2027).", ALL,
            qs=[q(95, "%", "min"), q(978.10, "euro", "max")], rec=True),
}, {2026: ("reworded", [], "indexed_amount"), 2027: ("reworded", [], "indexed_amount")})

A("W", "vroegsignalering", [BB], "Wouwerland", {
    2025: V("Wouwerland meldt huurders met een huurachterstand van twee maanden bij het gemeentelijke team "
            "vroegsignalering.", ALL, qs=[q(2, "maanden", "max")]),
    2026: V("Wouwerland meldt huurders met een huurachterstand van één maand bij het gemeentelijke team "
            "vroegsignalering.", ALL, qs=[q(1, "maanden", "max")]),
    2027: SAME,
}, {2026: ("strengthened", ["quantity"], None), 2027: ("unchanged", [], None)})

A("W", "doorstroming-senioren", [BB], "Gemeente en Wouwerland", {
    2025: V("De gemeente en Wouwerland starten in 2025 een pilot met een verhuiscoach voor senioren die een grote "
            "eengezinswoning achterlaten.", [2025], dl=(2025, "in 2025"), act="gc"),
    2026: V("De gemeente en Wouwerland starten in 2026 een pilot met een verhuiscoach voor senioren die een grote "
            "eengezinswoning achterlaten.", [2026], dl=(2026, "in 2026"), act="gc"),
}, {2026: ("weakened", ["deadline"], None), 2027: ("dropped", [], None)})

A("W", "wachttijd", [BB], "Partijen", {
    2025: V("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden bij toewijzing in 2028 terug te "
            "brengen tot 3,5 jaar.", ALL, mod="intent", qs=[q(3.5, "jaar", "max")], dl=(2028, "in 2028"), act="p"),
}, {2026: ("dropped", [], None)})

A("W", "uitstroom-bw", [BB, LB], "Wouwerland", {
    2026: V("Wouwerland stelt jaarlijks 8 woningen beschikbaar voor uitstroom uit beschermd wonen en "
            "maatschappelijke opvang.", [2026, 2027, 2028], qs=[q(8, "woningen")], rec=True),
    2027: V("Wouwerland stelt jaarlijks 10 woningen beschikbaar voor uitstroom uit beschermd wonen en "
            "maatschappelijke opvang.", [2026, 2027, 2028], qs=[q(10, "woningen")], rec=True),
}, {2026: ("new", [], None), 2027: ("strengthened", ["quantity"], None)})

A("W", "aandeel-sociaal-kerkeind-zuid", [BB], "Gemeente", {
    2027: V("De gemeente onderzoekt in 2027 of in het bestemmingsplan Kerkeind-Zuid een minimumaandeel van 30% "
            "sociale huurwoningen kan worden vastgelegd.", [2027], mod="explore", qs=[q(30, "%", "min")],
            dl=(2027, "in 2027"), act="g"),
}, {2027: ("new", [], None)})

# ---------------------------------------------------------------- D
A("D", "labels-efg", [DK], "Wouwerland", {
    2025: V("Wouwerland zorgt ervoor dat uiterlijk eind 2028 geen van haar woningen nog een energielabel E, F of G "
            "heeft; in 2025 worden 60 van deze woningen verbeterd.", ALL, qs=[q(60, "woningen")],
            dl=(2028, "uiterlijk eind 2028")),
    2026: V("Wouwerland zorgt ervoor dat uiterlijk eind 2028 geen van haar woningen nog een energielabel E, F of G "
            "heeft; in 2026 worden de laatste 45 van deze woningen verbeterd.", [2026, 2027, 2028],
            qs=[q(45, "woningen")], dl=(2028, "uiterlijk eind 2028")),
    2027: V("Wouwerland zorgt ervoor dat uiterlijk eind 2027 geen van haar woningen nog een energielabel E, F of G "
            "heeft.", [2027], dl=(2027, "uiterlijk eind 2027")),
}, {2026: ("reworded", [], "progress"), 2027: ("strengthened", ["deadline"], None)})

A("D", "gemiddeld-label", [DK], "Wouwerland", {
    2025: V("Wouwerland streeft ernaar dat haar woningvoorraad in 2028 gemiddeld energielabel A heeft.", ALL,
            mod="intent", dl=(2028, "in 2028")),
    2026: V("Wouwerland streeft ernaar dat haar woningvoorraad in 2028 gemiddeld energielabel B heeft.", ALL,
            mod="intent", dl=(2028, "in 2028")),
    2027: V("Wouwerland streeft ernaar dat haar woningvoorraad in 2028 gemiddeld energielabel A heeft.", ALL,
            mod="intent", dl=(2028, "in 2028")),
}, {2026: ("weakened", ["label"], None), 2027: ("strengthened", ["label"], None)})

A("D", "isolatie", [DK], "Wouwerland", {
    2025: V("Wouwerland isoleert in 2025 ten minste 120 woningen volgens de standaard voor basisisolatie.", ALL,
            qs=[q(120, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
    2026: V("Wouwerland isoleert in 2026 ten minste 150 woningen volgens de standaard voor basisisolatie.", ALL,
            qs=[q(150, "woningen", "min")], dl=(2026, "in 2026"), rec=True),
    2027: V("Wouwerland isoleert in 2027 ten minste honderdvijftig woningen volgens de standaard voor "
            "basisisolatie.", ALL, qs=[q(150, "woningen", "min")], dl=(2027, "in 2027"), rec=True),
}, {2026: ("strengthened", ["quantity"], None), 2027: ("reworded", [], "recurring_year")})

A("D", "zonnepanelen", [DK, BB], "Wouwerland", {
    2025: V("Wouwerland biedt alle huurders van grondgebonden woningen zonnepanelen aan tegen een maandelijkse "
            "vergoeding van ten hoogste € 10.", ALL, qs=[q(10, "euro", "max")]),
    2026: V("Wouwerland biedt de huurders van grondgebonden woningen in de wijken Oostwouw en De Laren zonnepanelen "
            "aan tegen een maandelijkse vergoeding van ten hoogste € 10.", [2026, 2027, 2028],
            qs=[q(10, "euro", "max")]),
    2027: V("Wouwerland biedt de huurders van grondgebonden woningen in de wijken Oostwouw en De Laren zonnepanelen "
            "aan tegen een maandelijkse vergoeding van ten hoogste € 10, onder voorbehoud van goedkeuring door de Raad "
            "van Commissarissen.", [2026, 2027, 2028], qs=[q(10, "euro", "max")],
            cond=["onder voorbehoud van goedkeuring door de Raad van Commissarissen"]),
}, {2026: ("weakened", ["scope"], None), 2027: ("weakened", ["condition"], None)})

A("D", "warmtenet-de-laren", [DK], "Gemeente en Wouwerland", {
    2025: V("De gemeente en Wouwerland werken in 2025 een plan uit voor de aansluiting van 250 woningen in De Laren "
            "op het warmtenet.", [2025], qs=[q(250, "woningen")], dl=(2025, "in 2025"), act="gc"),
    2026: V("De gemeente en Wouwerland verkennen in 2026 of 250 woningen in De Laren op het warmtenet kunnen worden "
            "aangesloten.", [2026], mod="explore", qs=[q(250, "woningen")], dl=(2026, "in 2026"), act="gc"),
    2027: V("De gemeente en Wouwerland verkennen in 2027 of 250 woningen in De Laren op het warmtenet kunnen worden "
            "aangesloten.", [2027], mod="explore", qs=[q(250, "woningen")], dl=(2027, "in 2027"), act="gc"),
}, {2026: ("weakened", ["modality", "deadline"], None), 2027: ("weakened", ["deadline"], None)})

A("D", "energiecoaches", [DK, BB], "Gemeente", {
    2025: V("De gemeente zet in 2025 energiecoaches in die ten minste 150 huurders van Wouwerland thuis bezoeken.",
            ALL, qs=[q(150, "huurders", "min")], dl=(2025, "in 2025"), rec=True, act="g"),
    2026: V("De gemeente zet in 2026 energiecoaches in die ten minste 150 huurders van Wouwerland thuis bezoeken.",
            ALL, qs=[q(150, "huurders", "min")], dl=(2026, "in 2026"), rec=True, act="g"),
    2027: V("De gemeente zet in 2027 energiecoaches in die ten minste 200 huurders van Wouwerland thuis bezoeken.",
            ALL, qs=[q(200, "huurders", "min")], dl=(2027, "in 2027"), rec=True, act="g"),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("strengthened", ["quantity"], None)})

A("D", "groene-daken", [DK], "Wouwerland", {
    2025: V("Wouwerland legt bij de renovatie van platte daken, indien financieel haalbaar, groene daken aan.", ALL,
            cond=["indien financieel haalbaar"]),
    2026: V("Wouwerland legt bij de renovatie van platte daken groene daken aan.", ALL),
    2027: SAME,
}, {2026: ("strengthened", ["condition"], None), 2027: ("unchanged", [], None)})

A("D", "energiefonds", [DK, BB], "Gemeente", {
    2025: V("De gemeente stelt in 2025 € 40.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders "
            "met een laag inkomen.", [2025], qs=[q(40000, "euro")], dl=(2025, "in 2025"), act="g"),
}, {2026: ("dropped", [], None)})

A("D", "circulair-bouwen", [DK], "Wouwerland", {
    2026: V("Wouwerland past bij alle nieuwbouwprojecten die vanaf 2026 starten voor ten minste 20% van het "
            "materiaalgebruik circulaire bouwmaterialen toe.", [2026, 2027, 2028], qs=[q(20, "%", "min")]),
    2027: V("Wouwerland streeft ernaar bij alle nieuwbouwprojecten die vanaf 2026 starten voor ten minste 20% van het "
            "materiaalgebruik circulaire bouwmaterialen toe te passen.", [2026, 2027, 2028], mod="intent",
            qs=[q(20, "%", "min")]),
}, {2026: ("new", [], None), 2027: ("weakened", ["modality"], None)})

# ---------------------------------------------------------------- K
A("K", "vocht-schimmel", [KW], "Wouwerland", {
    2025: V("Wouwerland neemt een melding van vocht of schimmel binnen 10 werkdagen in behandeling.", ALL,
            qs=[q(10, "werkdagen", "max")]),
    2026: V("Wouwerland neemt een melding van vocht of schimmel binnen 5 werkdagen in behandeling.", ALL,
            qs=[q(5, "werkdagen", "max")]),
    2027: V("Meldingen van vocht of schimmel worden door Wouwerland binnen vijf werkdagen in behandeling genomen.",
            ALL, qs=[q(5, "werkdagen", "max")]),
}, {2026: ("strengthened", ["quantity"], None), 2027: ("reworded", [], "same_figures")})

A("K", "planmatig-onderhoud", [KW], "Wouwerland", {
    2025: V("Wouwerland voert in de periode 2025-2028 planmatig onderhoud uit aan 900 woningen, volgens de "
            "meerjarenonderhoudsbegroting.", ALL, qs=[q(900, "woningen")], dl=(2028, "in de periode 2025-2028")),
    2026: SAME,
    2027: V("Wouwerland voert in de periode 2025-2028 planmatig onderhoud uit aan 820 woningen, volgens de "
            "meerjarenonderhoudsbegroting.", ALL, qs=[q(820, "woningen")], dl=(2028, "in de periode 2025-2028")),
}, {2026: ("unchanged", [], None), 2027: ("weakened", ["quantity"], None)})

A("K", "wmo-kosten", [KW], "Gemeente en Wouwerland", {
    2025: V("De gemeente en Wouwerland maken in 2025 afspraken over de verdeling van de kosten van "
            "woningaanpassingen uit de Wmo.", [2025], dl=(2025, "in 2025"), act="gc"),
    2026: V("De gemeente en Wouwerland maken in 2026 afspraken over de verdeling van de kosten van "
            "woningaanpassingen uit de Wmo.", [2026], dl=(2026, "in 2026"), act="gc"),
}, {2026: ("weakened", ["deadline"], None), 2027: ("dropped", [], None)})

A("K", "zorggeschikt", [KW], "Wouwerland", {
    2025: V("Wouwerland maakt in 2025 ten minste 30 bestaande woningen geschikt voor ouderen met een zorgvraag.", ALL,
            qs=[q(30, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
    2026: V("Wouwerland maakt in 2026 ten minste 30 bestaande woningen geschikt voor ouderen met een zorgvraag.", ALL,
            qs=[q(30, "woningen", "min")], dl=(2026, "in 2026"), rec=True),
    2027: V("Wouwerland streeft ernaar in 2027 ten minste 30 bestaande woningen geschikt te maken voor ouderen met "
            "een zorgvraag.", ALL, mod="intent", qs=[q(30, "woningen", "min")], dl=(2027, "in 2027"), rec=True),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("weakened", ["modality"], None)})

A("K", "rookmelders", [KW], "Wouwerland", {
    2025: V("Wouwerland plaatst in alle huurwoningen die nog geen rookmelder hebben uiterlijk eind 2026 een "
            "rookmelder op elke verdieping.", [2025, 2026], dl=(2026, "uiterlijk eind 2026")),
    2026: SAME,
}, {2026: ("unchanged", [], None), 2027: ("dropped", [], None)})

A("K", "huurdersoordeel", [KW], "Wouwerland", {
    2025: V("Wouwerland streeft naar een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van ten "
            "minste 7,5.", ALL, mod="intent", qs=[q(7.5, "rapportcijfer", "min")]),
    2026: V("Wouwerland zorgt ervoor dat het gemiddelde huurdersoordeel over de afhandeling van reparatieverzoeken "
            "ten minste 7,5 bedraagt.", ALL, qs=[q(7.5, "rapportcijfer", "min")]),
    2027: SAME,
}, {2026: ("strengthened", ["modality"], None), 2027: ("unchanged", [], None)})

A("K", "inspectie-beukenhof", [KW], "Wouwerland", {
    2027: V("Wouwerland inspecteert in 2027 alle 140 woningen in het complex Beukenhof op asbest en loden "
            "waterleidingen.", [2027], qs=[q(140, "woningen")], dl=(2027, "in 2027")),
}, {2027: ("new", [], None)})

# ---------------------------------------------------------------- L
A("L", "leefbaarheidsbudget", [LB], "Wouwerland", {
    2025: V("Wouwerland besteedt jaarlijks € 110 per woning aan leefbaarheid in de buurten.", ALL,
            qs=[q(110, "euro per woning")], rec=True),
    2026: V("Wouwerland besteedt jaarlijks € 95 per woning aan leefbaarheid in de buurten.", ALL,
            qs=[q(95, "euro per woning")], rec=True),
    2027: SAME,
}, {2026: ("weakened", ["quantity"], None), 2027: ("unchanged", [], None)})

A("L", "wijkbeheerders", [LB], "Wouwerland", {
    2025: V("Wouwerland zet in de wijken Oostwouw en De Laren elk een wijkbeheerder in voor 32 uur per week.", ALL,
            qs=[q(32, "uur per week")]),
    2026: SAME,
    2027: V("Wouwerland zet in de wijken Oostwouw, De Laren en Kerkeind elk een wijkbeheerder in voor 32 uur per "
            "week.", ALL, qs=[q(32, "uur per week")]),
}, {2026: ("unchanged", [], None), 2027: ("strengthened", ["scope"], None)})

A("L", "kwetsbare-huurders", [LB], "Partijen", {
    2025: V("Partijen gaan in gesprek over een gezamenlijke werkwijze voor de begeleiding van kwetsbare huurders na "
            "uitstroom uit een instelling.", [2025], mod="discuss", act="p"),
    2026: V("Partijen stellen in 2026 een gezamenlijke werkwijze vast voor de begeleiding van kwetsbare huurders na "
            "uitstroom uit een instelling.", [2026], dl=(2026, "in 2026"), act="p"),
    2027: V("Partijen stellen uiterlijk medio 2027 een gezamenlijke werkwijze vast voor de begeleiding van kwetsbare "
            "huurders na uitstroom uit een instelling.", [2027], dl=(2027, "uiterlijk medio 2027"), act="p"),
}, {2026: ("strengthened", ["modality", "deadline"], None), 2027: ("weakened", ["deadline"], None)})

A("L", "overlast", [LB], "Wouwerland", {
    2025: V("Wouwerland, de gemeente en de wijkagent bespreken ernstige overlastsituaties binnen twee weken in het "
            "casusoverleg.", ALL, mod="discuss", qs=[q(2, "weken", "max")], act="cg"),
    2026: V("Ernstige overlastsituaties worden binnen twee weken door Wouwerland, de gemeente en de wijkagent in het "
            "casusoverleg besproken.", ALL, mod="discuss", qs=[q(2, "weken", "max")], act="cg"),
    2027: SAME,
}, {2026: ("reworded", [], "same_figures"), 2027: ("unchanged", [], None)})

A("L", "bewonersinitiatieven", [LB], "Gemeente", {
    2025: V("De gemeente stelt jaarlijks € 15.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale "
            "huurwoningen.", ALL, qs=[q(15000, "euro")], rec=True, act="g"),
    2026: SAME,
    2027: V("De gemeente stelt jaarlijks € 20.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale "
            "huurwoningen.", ALL, qs=[q(20000, "euro")], rec=True, act="g"),
}, {2026: ("unchanged", [], None), 2027: ("strengthened", ["quantity"], None)})

A("L", "ontmoeting-wouwhof", [LB], "Wouwerland", {
    2025: V("Wouwerland onderzoekt of de ontmoetingsruimte in het complex De Wouwhof ook voor buurtbewoners kan "
            "worden opengesteld.", [2025], mod="explore"),
}, {2026: ("dropped", [], None)})

A("L", "wijkschouwen", [LB], "Huurdersbelang", {
    2026: V("Huurdersbelang houdt samen met Wouwerland jaarlijks ten minste twee wijkschouwen per wijk.",
            [2026, 2027, 2028], qs=[q(2, "wijkschouwen", "min")], rec=True, act="hc"),
    2027: V("Huurdersbelang houdt samen met Wouwerland jaarlijks ten minste één wijkschouw per wijk.",
            [2026, 2027, 2028], qs=[q(1, "wijkschouwen", "min")], rec=True, act="hc"),
}, {2026: ("new", [], None), 2027: ("weakened", ["quantity"], None)})

A("L", "wijkaanpak-oostwouw", [LB], "Gemeente en Wouwerland", {
    2027: V("De gemeente en Wouwerland stellen in 2027 een wijkaanpak op voor Oostwouw, mits de aangevraagde "
            "rijksbijdrage uit het Volkshuisvestingsfonds wordt toegekend.", [2027, 2028], dl=(2027, "in 2027"),
            cond=["mits de aangevraagde rijksbijdrage uit het Volkshuisvestingsfonds wordt toegekend"], act="gc"),
}, {2027: ("new", [], None)})

# ---------------------------------------------------------------- P
A("P", "monitoring", [OV], "Partijen", {
    2025: V("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg.", ALL,
            mod="discuss", qs=[q(2, "keer per jaar")], rec=True, act="p"),
    2026: SAME,
    2027: SAME,
}, {2026: ("unchanged", [], None), 2027: ("unchanged", [], None)})

A("P", "ondersteuning-huurders", [OV], "Wouwerland", {
    2025: V("Wouwerland stelt Huurdersbelang jaarlijks € 22.500 beschikbaar voor ondersteuning en scholing.", ALL,
            qs=[q(22500, "euro")], rec=True, act="c"),
    2026: V("Huurdersbelang ontvangt van Wouwerland jaarlijks € 22.500 voor ondersteuning en scholing.", ALL,
            qs=[q(22500, "euro")], rec=True, act="c"),
    2027: V("Huurdersbelang ontvangt van Wouwerland jaarlijks € 25.000 voor ondersteuning en scholing.", ALL,
            qs=[q(25000, "euro")], rec=True, act="c"),
}, {2026: ("reworded", [], "same_figures"), 2027: ("strengthened", ["quantity"], None)})

A("P", "bod", [OV], "Wouwerland", {
    2025: V("Wouwerland brengt vóór 1 juli 2025 een bod uit op de woonvisie ten behoeve van de jaarschijf 2026.", ALL,
            dl=(2025, "vóór 1 juli 2025"), rec=True),
    2026: V("Wouwerland brengt vóór 1 juli 2026 een bod uit op de woonvisie ten behoeve van de jaarschijf 2027.", ALL,
            dl=(2026, "vóór 1 juli 2026"), rec=True),
    2027: V("Wouwerland brengt vóór 1 juli 2027 een bod uit op de woonvisie ten behoeve van de jaarschijf 2028.", ALL,
            dl=(2027, "vóór 1 juli 2027"), rec=True),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("reworded", [], "recurring_year")})

A("P", "evaluatie", [OV], "Partijen", {
    2025: V("Partijen evalueren de kaderafspraken in 2027 en starten uiterlijk in het voorjaar van 2028 de "
            "onderhandelingen over nieuwe afspraken.", [2027, 2028], dl=(2028, "uiterlijk in het voorjaar van 2028"),
            act="p"),
    2026: SAME,
    2027: V("Partijen evalueren de kaderafspraken in 2028 en starten uiterlijk in het najaar van 2028 de "
            "onderhandelingen over nieuwe afspraken.", [2028], dl=(2028, "uiterlijk in het najaar van 2028"),
            act="p"),
}, {2026: ("unchanged", [], None), 2027: ("weakened", ["deadline"], None)})

A("P", "woonvisie-huurders", [OV], "Gemeente", {
    2026: V("De gemeente betrekt Huurdersbelang vanaf de start bij de herziening van de woonvisie.", [2026, 2027],
            act="g"),
    2027: SAME,
}, {2026: ("new", [], None), 2027: ("unchanged", [], None)})
