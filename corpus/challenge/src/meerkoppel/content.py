# -*- coding: utf-8 -*-
"""Content of the meerkoppel family (fictional): three yearly agreements 2025-2027."""

FAMILY = "meerkoppel"
GEMEENTE = "Meerkoppel"
CORP = "Woonstichting Het Kopland"
HUURDERS = "Huurdersvereniging Meerkoppel"
YEARS = [2025, 2026, 2027]
SAME = "same"


def F(actors, mod="firm", q=(), d=None, rec=False, c=()):
    return {
        "actors": list(actors),
        "modality": mod,
        "quantities": [
            {"value": x[0], "unit": x[1], "comparator": x[2], "value_max": (x[3] if len(x) > 3 else None)}
            for x in q
        ],
        "deadline": ({"year": d[0], "text": d[1]} if d else None),
        "recurring": rec,
        "conditions": list(c),
    }


C, G, P, H = ["corporatie"], ["gemeente"], ["partijen"], ["huurdersorganisatie"]
GC = ["gemeente", "corporatie"]

CHAPTERS = [
    ("B", "Beschikbaar en betaalbaar wonen", {
        2025: "Meerkoppel groeit en de vraag naar betaalbare huurwoningen blijft groter dan het aanbod. De gemiddelde inschrijfduur van woningzoekenden lag eind 2024 op ruim zes jaar.",
        2026: "Meerkoppel groeit en de vraag naar betaalbare huurwoningen blijft groter dan het aanbod. De gemiddelde inschrijfduur van woningzoekenden lag eind 2025 op bijna zeven jaar.",
        2027: "Meerkoppel groeit en de vraag naar betaalbare huurwoningen blijft groter dan het aanbod. De gemiddelde inschrijfduur van woningzoekenden lag eind 2026 op bijna zeven jaar.",
    }),
    ("D", "Duurzaamheid en energietransitie", {
        2025: "Het Kopland werkt aan een energiezuinige woningvoorraad met betaalbare woonlasten. De gemeente stelde in 2021 de Transitievisie Warmte vast.",
        2026: "Het Kopland werkt aan een energiezuinige woningvoorraad met betaalbare woonlasten. De gemeente stelde in 2021 de Transitievisie Warmte vast. In zijn portefeuillestrategie heeft Het Kopland de ambitie uitgesproken om in 2040 geheel aardgasvrij te zijn.",
    }),
    ("K", "Kwaliteit en wonen met zorg", {
        2025: "Steeds meer ouderen en mensen met een zorgvraag wonen zelfstandig. Een goede, veilige en toegankelijke woning is daarvoor de basis.",
    }),
    ("L", "Leefbaarheid in de buurten", {
        2025: "In Oosterkoppel en rond de Meerkade staat de leefbaarheid onder druk. Partijen werken hier nauw samen met het wijkteam en de wijkagent.",
    }),
    ("P", "Samenwerking en proces", {
        2025: "Partijen werken als gelijkwaardige partners samen aan de uitvoering van deze afspraken.",
    }),
]

# Each afspraak: key, chapter, themes, versions {year: (text, frame) | SAME}, links {year: (status, kinds, hn)}
A = []


def add(key, ch, themes, versions, links=None):
    A.append({"key": key, "chapter": ch, "themes": themes, "versions": versions, "links": links or {}})


# ---------------------------------------------------------------- B
add("nieuwbouw-sociaal", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland realiseert in de periode 2025-2028 ten minste 160 sociale huurwoningen in Meerkoppel, waarvan ten minste 40 woningen in 2025 worden opgeleverd.",
           F(C, q=[(160, "woningen", "min"), (40, "woningen", "min")], d=(2028, "in de periode 2025-2028"))),
    2026: ("Het Kopland realiseert in de periode 2025-2028 ten minste 140 sociale huurwoningen in Meerkoppel, waarvan ten minste 35 woningen in 2026 worden opgeleverd.",
           F(C, q=[(140, "woningen", "min"), (35, "woningen", "min")], d=(2028, "in de periode 2025-2028"))),
    2027: ("Het Kopland realiseert in de periode 2025-2029 ten minste 140 sociale huurwoningen in Meerkoppel, waarvan ten minste 35 woningen in 2027 worden opgeleverd.",
           F(C, q=[(140, "woningen", "min"), (35, "woningen", "min")], d=(2029, "in de periode 2025-2029"))),
}, {2026: ("weakened", ["quantity"], None), 2027: ("weakened", ["deadline"], None)})

add("plan-veldzoom", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland start uiterlijk in het tweede kwartaal van 2025 met de bouw van 48 sociale huurappartementen in het plan Veldzoom.",
           F(C, q=[(48, "woningen", "exact")], d=(2025, "uiterlijk in het tweede kwartaal van 2025"))),
    2026: ("Het Kopland start uiterlijk in het vierde kwartaal van 2026 met de bouw van 48 sociale huurappartementen in het plan Veldzoom.",
           F(C, q=[(48, "woningen", "exact")], d=(2026, "uiterlijk in het vierde kwartaal van 2026"))),
}, {2026: ("weakened", ["deadline"], None)})

add("grondprijs", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 21.000 per woning.",
           F(G, q=[(21000, "euro", "exact")])),
    2026: ("Voor sociale huurwoningen rekent de gemeente een vaste grondprijs van € 21.000 per woning.",
           F(G, q=[(21000, "euro", "exact")])),
    2027: SAME,
}, {2026: ("reworded", [], "same_figures")})

add("verkoop", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland verkoopt in 2025 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
           F(C, q=[(10, "woningen", "max")], d=(2025, "in 2025"), rec=True)),
    2026: ("Het Kopland verkoopt in 2026 ten hoogste 6 sociale huurwoningen, uitsluitend bij mutatie.",
           F(C, q=[(6, "woningen", "max")], d=(2026, "in 2026"), rec=True)),
    2027: ("In 2027 verkoopt Het Kopland ten hoogste zes sociale huurwoningen, uitsluitend bij mutatie.",
           F(C, q=[(6, "woningen", "max")], d=(2027, "In 2027"), rec=True)),
}, {2026: ("strengthened", ["quantity"], None), 2027: ("reworded", [], "recurring_year")})

add("huurverhoging", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland beperkt de huurverhoging per 1 juli 2025 voor de sociale huurwoningen tot gemiddeld de inflatie.",
           F(C, d=(2025, "per 1 juli 2025"), rec=True)),
    2026: ("Het Kopland beperkt de huurverhoging per 1 juli 2026 voor de sociale huurwoningen tot gemiddeld de inflatie min 0,5%.",
           F(C, q=[(0.5, "%", "min")], d=(2026, "per 1 juli 2026"), rec=True)),
    2027: ("Het Kopland beperkt de huurverhoging per 1 juli 2027 voor de sociale huurwoningen tot gemiddeld de inflatie min 0,5%.",
           F(C, q=[(0.5, "%", "min")], d=(2027, "per 1 juli 2027"), rec=True)),
}, {2026: ("strengthened", ["quantity"], None), 2027: ("reworded", [], "recurring_year")})

add("inkomensgrens", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2025).",
           F(C, q=[(92.5, "%", "min"), (47699, "euro", "max")], rec=True)),
    2026: ("Het Kopland wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 48.625 (prijspeil 2026).",
           F(C, q=[(92.5, "%", "min"), (48625, "euro", "max")], rec=True)),
    2027: ("Het Kopland wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.810 (prijspeil 2027).",
           F(C, q=[(92.5, "%", "min"), (49810, "euro", "max")], rec=True)),
}, {2026: ("reworded", [], "indexed_amount"), 2027: ("reworded", [], "indexed_amount")})

add("vergunninghouders", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland huisvest in 2025 ten minste 22 vergunninghouders, conform de taakstelling die het Rijk aan de gemeente oplegt.",
           F(C, q=[(22, "vergunninghouders", "min")], d=(2025, "in 2025"), rec=True)),
    2026: ("Het Kopland huisvest in 2026 ten minste 26 vergunninghouders, conform de taakstelling die het Rijk aan de gemeente oplegt.",
           F(C, q=[(26, "vergunninghouders", "min")], d=(2026, "in 2026"), rec=True)),
    2027: ("Het Kopland huisvest in 2027 ten minste 26 vergunninghouders, conform de taakstelling die het Rijk aan de gemeente oplegt.",
           F(C, q=[(26, "vergunninghouders", "min")], d=(2027, "in 2027"), rec=True)),
}, {2026: ("reworded", [], "external_figure"), 2027: ("reworded", [], "recurring_year")})

add("lokale-binding", "B", ["beschikbaarheid_betaalbaarheid"], {
    2026: ("Het Kopland wijst in 2026 ten hoogste 15% van de vrijkomende woningen met voorrang toe aan woningzoekenden met een lokale binding.",
           F(C, q=[(15, "%", "max")], d=(2026, "in 2026"), rec=True)),
    2027: ("In 2027 wijst Het Kopland ten hoogste 15% van de vrijkomende woningen met voorrang toe aan woningzoekenden met een lokale binding.",
           F(C, q=[(15, "%", "max")], d=(2027, "In 2027"), rec=True)),
}, {2027: ("reworded", [], "recurring_year")})

add("huurachterstand", "B", ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], {
    2025: ("Het Kopland neemt binnen twee weken na het ontstaan van een huurachterstand persoonlijk contact op met de huurder.",
           F(C, q=[(2, "weken", "max")])),
    2026: SAME,
    2027: ("Het Kopland neemt binnen één week na het ontstaan van een huurachterstand persoonlijk contact op met de huurder.",
           F(C, q=[(1, "weken", "max")])),
}, {2027: ("strengthened", ["quantity"], None)})

add("doorstroming", "B", ["beschikbaarheid_betaalbaarheid"], {
    2025: ("Partijen onderzoeken in 2025 of een doorstroomregeling voor senioren met behoud van de huurprijs haalbaar is.",
           F(P, "explore", d=(2025, "in 2025"))),
    2026: ("Het Kopland voert per 1 januari 2026 een doorstroomregeling voor senioren in, waarbij de huurprijs van de vorige woning behouden blijft.",
           F(C, d=(2026, "per 1 januari 2026"))),
    2027: SAME,
}, {2026: ("strengthened", ["modality"], None)})

add("tijdelijke-woningen", "B", ["beschikbaarheid_betaalbaarheid"], {
    2027: ("De gemeente en Het Kopland onderzoeken in 2027 of op de locatie Stationsweg tijdelijke woningen voor spoedzoekers kunnen worden geplaatst.",
           F(GC, "explore", d=(2027, "in 2027"))),
})

# ---------------------------------------------------------------- D
add("labels-efg", "D", ["duurzaamheid_klimaat"], {
    2025: ("Het Kopland heeft uiterlijk eind 2027 geen woningen meer met een energielabel E, F of G.",
           F(C, q=[(0, "woningen", "exact")], d=(2027, "uiterlijk eind 2027"))),
    2026: ("Het Kopland heeft uiterlijk eind 2028 geen woningen meer met een energielabel E, F of G.",
           F(C, q=[(0, "woningen", "exact")], d=(2028, "uiterlijk eind 2028"))),
    2027: SAME,
}, {2026: ("weakened", ["deadline"], None)})

add("gemiddeld-label", "D", ["duurzaamheid_klimaat"], {
    2025: ("Het Kopland bereikt uiterlijk eind 2030 voor zijn gehele woningbezit gemiddeld energielabel B.",
           F(C, q=[("B", "label", "min")], d=(2030, "uiterlijk eind 2030"))),
    2026: SAME,
    2027: ("Het Kopland bereikt uiterlijk eind 2030 voor zijn gehele woningbezit gemiddeld energielabel A.",
           F(C, q=[("A", "label", "min")], d=(2030, "uiterlijk eind 2030"))),
}, {2027: ("strengthened", ["label"], None)})

add("isolatie", "D", ["duurzaamheid_klimaat"], {
    2025: ("Het Kopland isoleert in 2025 ten minste 120 woningen in de wijk Oosterkoppel.",
           F(C, q=[(120, "woningen", "min")], d=(2025, "in 2025"), rec=True)),
    2026: ("Het Kopland isoleert in 2026 ten minste 150 woningen in de wijken Oosterkoppel en De Hoven.",
           F(C, q=[(150, "woningen", "min")], d=(2026, "in 2026"), rec=True)),
    2027: ("Het Kopland isoleert in 2027 ten minste 150 woningen in de wijken Oosterkoppel en De Hoven, indien de aangevraagde rijkssubsidie wordt toegekend.",
           F(C, q=[(150, "woningen", "min")], d=(2027, "in 2027"), rec=True, c=["indien de aangevraagde rijkssubsidie wordt toegekend"])),
}, {2026: ("strengthened", ["quantity", "scope"], None), 2027: ("weakened", ["condition"], None)})

add("zonnepanelen", "D", ["duurzaamheid_klimaat"], {
    2025: ("Het Kopland plaatst in 2025 zonnepanelen op alle geschikte eengezinswoningen in De Hoven.",
           F(C, d=(2025, "in 2025"))),
    2026: ("Het Kopland plaatst in 2026 zonnepanelen op de geschikte eengezinswoningen in twee complexen in De Hoven.",
           F(C, q=[(2, "complexen", "exact")], d=(2026, "in 2026"))),
}, {2026: ("weakened", ["scope"], None)})

add("warmtenet", "D", ["duurzaamheid_klimaat"], {
    2025: ("De gemeente en Het Kopland verkennen in 2025 de aansluiting van de 96 flatwoningen aan de Meerkade op het warmtenet.",
           F(GC, "explore", q=[(96, "woningen", "exact")], d=(2025, "in 2025"))),
    2026: ("Het Kopland sluit uiterlijk in 2027 de 96 flatwoningen aan de Meerkade aan op het warmtenet.",
           F(C, q=[(96, "woningen", "exact")], d=(2027, "uiterlijk in 2027"))),
    2027: ("Het Kopland sluit uiterlijk in 2028 de 96 flatwoningen aan de Meerkade aan op het warmtenet.",
           F(C, q=[(96, "woningen", "exact")], d=(2028, "uiterlijk in 2028"))),
}, {2026: ("strengthened", ["modality"], None), 2027: ("weakened", ["deadline"], None)})

add("energiecoaches", "D", ["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], {
    2025: ("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; Het Kopland wijst zijn huurders actief op dit aanbod.",
           F(GC, d=(2025, "in 2025"), rec=True)),
    2026: ("De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten; Het Kopland wijst zijn huurders actief op dit aanbod.",
           F(GC, d=(2026, "in 2026"), rec=True)),
    2027: ("De gemeente zet in 2027 energiecoaches in voor huurders met hoge energielasten, voor zover daarvoor rijksmiddelen beschikbaar zijn; Het Kopland wijst zijn huurders actief op dit aanbod.",
           F(GC, d=(2027, "in 2027"), rec=True, c=["voor zover daarvoor rijksmiddelen beschikbaar zijn"])),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("weakened", ["condition"], None)})

add("energiearmoede", "D", ["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], {
    2027: ("De gemeente, Het Kopland en de Huurdersvereniging gaan in 2027 met elkaar in gesprek over een gezamenlijke aanpak van energiearmoede in Oosterkoppel.",
           F(["gemeente", "corporatie", "huurdersorganisatie"], "discuss", d=(2027, "in 2027"))),
})

add("klimaatadaptatie", "D", ["duurzaamheid_klimaat"], {
    2025: ("Het Kopland onderzoekt bij groot onderhoud de mogelijkheid om regenwater af te koppelen en tuinen te vergroenen.",
           F(C, "explore")),
    2026: SAME,
    2027: ("Het Kopland koppelt bij groot onderhoud het regenwater af en vergroent de tuinen van de betrokken complexen.",
           F(C)),
}, {2027: ("strengthened", ["modality"], None)})

add("circulair", "D", ["duurzaamheid_klimaat"], {
    2026: ("Het Kopland past vanaf 2026 in ten minste één nieuwbouwproject per jaar circulaire bouwmaterialen toe.",
           F(C, q=[(1, "projecten", "min")], d=(2026, "vanaf 2026"), rec=True)),
    2027: SAME,
})

# ---------------------------------------------------------------- K
add("vocht-schimmel", "K", ["kwaliteit"], {
    2025: ("Het Kopland neemt meldingen van vocht en schimmel binnen vijf werkdagen in behandeling en bezoekt daarbij de woning.",
           F(C, q=[(5, "werkdagen", "max")])),
    2026: SAME,
    2027: ("Meldingen van vocht en schimmel worden door Het Kopland binnen vijf werkdagen in behandeling genomen, waarbij de woning wordt bezocht.",
           F(C, q=[(5, "werkdagen", "max")])),
}, {2027: ("reworded", [], "same_figures")})

add("levensloopgeschikt", "K", ["kwaliteit"], {
    2025: ("Het Kopland maakt in 2025 ten minste 30 bestaande woningen levensloopgeschikt.",
           F(C, q=[(30, "woningen", "min")], d=(2025, "in 2025"), rec=True)),
    2026: ("Het Kopland maakt in 2026 ten minste 20 bestaande woningen levensloopgeschikt.",
           F(C, q=[(20, "woningen", "min")], d=(2026, "in 2026"), rec=True)),
    2027: ("Het Kopland maakt in 2027 ten minste twintig bestaande woningen levensloopgeschikt.",
           F(C, q=[(20, "woningen", "min")], d=(2027, "in 2027"), rec=True)),
}, {2026: ("weakened", ["quantity"], None), 2027: ("reworded", [], "recurring_year")})

add("woningaanpassingen", "K", ["kwaliteit"], {
    2025: ("De gemeente en Het Kopland stemmen de Wmo-woningaanpassingen zo af dat een aanpassing binnen acht weken na de indicatie is uitgevoerd.",
           F(GC, q=[(8, "weken", "max")])),
    2026: ("De gemeente en Het Kopland stemmen de Wmo-woningaanpassingen zo af dat een aanpassing binnen zes weken na de indicatie is uitgevoerd.",
           F(GC, q=[(6, "weken", "max")])),
    2027: SAME,
}, {2026: ("strengthened", ["quantity"], None)})

add("planmatig-onderhoud", "K", ["kwaliteit"], {
    2025: ("Het Kopland besteedt in 2025 ten minste € 4,2 miljoen aan planmatig onderhoud.",
           F(C, q=[(4200000, "euro", "min")], d=(2025, "in 2025"), rec=True)),
    2026: ("Het Kopland besteedt in 2026 ten minste € 4,2 miljoen aan planmatig onderhoud.",
           F(C, q=[(4200000, "euro", "min")], d=(2026, "in 2026"), rec=True)),
    2027: ("Het Kopland besteedt in 2027 ten minste € 3,8 miljoen aan planmatig onderhoud.",
           F(C, q=[(3800000, "euro", "min")], d=(2027, "in 2027"), rec=True)),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("weakened", ["quantity"], None)})

add("zorgwoningen", "K", ["kwaliteit"], {
    2026: ("Het Kopland streeft ernaar uiterlijk eind 2027 in het complex De Linde twaalf woningen geschikt te maken voor wonen met zorg.",
           F(C, "intent", q=[(12, "woningen", "exact")], d=(2027, "uiterlijk eind 2027"))),
    2027: ("Het Kopland maakt uiterlijk eind 2027 in het complex De Linde twaalf woningen geschikt voor wonen met zorg.",
           F(C, q=[(12, "woningen", "exact")], d=(2027, "uiterlijk eind 2027"))),
}, {2027: ("strengthened", ["modality"], None)})

add("rookmelders", "K", ["kwaliteit"], {
    2025: ("Het Kopland voorziet in 2025 alle woningen die daar nog niet over beschikken van rookmelders.",
           F(C, d=(2025, "in 2025"))),
})

add("huurdersoordeel", "K", ["kwaliteit"], {
    2025: ("Het Kopland behaalt in 2025 voor de afhandeling van reparatieverzoeken een gemiddeld huurdersoordeel van ten minste een 7,5.",
           F(C, q=[(7.5, "cijfer", "min")], d=(2025, "in 2025"), rec=True)),
})

# ---------------------------------------------------------------- L
add("leefbaarheidsbudget", "L", ["leefbaarheid"], {
    2025: ("Het Kopland stelt in 2025 € 60.000 beschikbaar voor leefbaarheidsactiviteiten in de wijken.",
           F(C, q=[(60000, "euro", "exact")], d=(2025, "in 2025"), rec=True)),
    2026: ("Het Kopland stelt in 2026 € 75.000 beschikbaar voor leefbaarheidsactiviteiten in de wijken.",
           F(C, q=[(75000, "euro", "exact")], d=(2026, "in 2026"), rec=True)),
    2027: ("Het Kopland stelt in 2027 € 75.000 beschikbaar voor leefbaarheidsactiviteiten in de wijken.",
           F(C, q=[(75000, "euro", "exact")], d=(2027, "in 2027"), rec=True)),
}, {2026: ("strengthened", ["quantity"], None), 2027: ("reworded", [], "recurring_year")})

add("huismeester", "L", ["leefbaarheid"], {
    2025: ("Het Kopland zet in alle flatcomplexen een huismeester in voor ten minste twee dagdelen per week.",
           F(C, q=[(2, "dagdelen per week", "min")], rec=True)),
    2026: ("Het Kopland zet in de flatcomplexen aan de Meerkade een huismeester in voor ten minste twee dagdelen per week.",
           F(C, q=[(2, "dagdelen per week", "min")], rec=True)),
    2027: SAME,
}, {2026: ("weakened", ["scope"], None)})

add("overlast", "L", ["leefbaarheid"], {
    2025: ("Het Kopland, de gemeente en de politie bespreken overlastsituaties maandelijks in het buurtnetwerk Oosterkoppel.",
           F(GC, "discuss", rec=True)),
    2026: ("Overlastsituaties worden elke maand door Het Kopland, de gemeente en de politie besproken in het buurtnetwerk Oosterkoppel.",
           F(GC, "discuss", rec=True)),
    2027: SAME,
}, {2026: ("reworded", [], "same_figures")})

add("bewonersinitiatieven", "L", ["leefbaarheid"], {
    2025: ("De gemeente stelt in 2025 € 15.000 beschikbaar voor bewonersinitiatieven in de wijken van Meerkoppel.",
           F(G, q=[(15000, "euro", "exact")], d=(2025, "in 2025"), rec=True)),
    2026: ("Onder voorbehoud van vaststelling van de gemeentebegroting stelt de gemeente in 2026 € 15.000 beschikbaar voor bewonersinitiatieven in de wijken van Meerkoppel.",
           F(G, q=[(15000, "euro", "exact")], d=(2026, "in 2026"), rec=True, c=["onder voorbehoud van vaststelling van de gemeentebegroting"])),
    2027: ("De gemeente stelt in 2027 € 15.000 beschikbaar voor bewonersinitiatieven in de wijken van Meerkoppel.",
           F(G, q=[(15000, "euro", "exact")], d=(2027, "in 2027"), rec=True)),
}, {2026: ("weakened", ["condition"], None), 2027: ("strengthened", ["condition"], None)})

add("zachte-landing", "L", ["leefbaarheid", "beschikbaarheid_betaalbaarheid"], {
    2025: ("Het Kopland en de gemeente zorgen samen met het wijkteam voor begeleiding van kwetsbare huurders die uitstromen uit beschermd wonen.",
           F(GC)),
    2026: SAME,
    2027: ("Het Kopland en de gemeente spannen zich in om samen met het wijkteam te zorgen voor begeleiding van kwetsbare huurders die uitstromen uit beschermd wonen.",
           F(GC, "intent")),
}, {2027: ("weakened", ["modality"], None)})

add("ontmoetingsruimte", "L", ["leefbaarheid"], {
    2025: ("Het Kopland stelt de ontmoetingsruimte in het complex De Linde kosteloos beschikbaar aan bewonersgroepen.",
           F(C)),
    2026: SAME,
})

add("ontmoeting-ouderen", "L", ["leefbaarheid"], {
    2027: ("Het Kopland en de gemeente organiseren in 2027 ten minste vier ontmoetingsmiddagen voor oudere huurders in De Linde.",
           F(GC, q=[(4, "bijeenkomsten", "min")], d=(2027, "in 2027"), rec=True)),
})

# ---------------------------------------------------------------- P
add("monitoring", "P", ["overig"], {
    2025: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg.",
           F(P, "discuss", q=[(2, "keer per jaar", "exact")], rec=True)),
    2026: SAME,
    2027: ("Partijen bespreken de voortgang van deze afspraken één keer per jaar in het bestuurlijk overleg.",
           F(P, "discuss", q=[(1, "keer per jaar", "exact")], rec=True)),
}, {2027: ("weakened", ["quantity"], None)})

add("voortgangsrapportage", "P", ["overig"], {
    2026: ("Het Kopland levert vanaf 2026 elk halfjaar een voortgangsrapportage aan de gemeente en de Huurdersvereniging.",
           F(C, q=[(2, "keer per jaar", "exact")], d=(2026, "vanaf 2026"), rec=True)),
    2027: SAME,
})

add("bod", "P", ["overig"], {
    2025: ("Het Kopland brengt vóór 1 juli 2025 een bod uit op de woonvisie en deelt dit met de gemeente en de Huurdersvereniging.",
           F(C, d=(2025, "vóór 1 juli 2025"), rec=True)),
    2026: ("Het Kopland brengt vóór 1 juli 2026 een bod uit op de woonvisie en deelt dit met de gemeente en de Huurdersvereniging.",
           F(C, d=(2026, "vóór 1 juli 2026"), rec=True)),
    2027: ("Het Kopland brengt vóór 1 juli 2027 een bod uit op de woonvisie en deelt dit met de gemeente en de Huurdersvereniging.",
           F(C, d=(2027, "vóór 1 juli 2027"), rec=True)),
}, {2026: ("reworded", [], "recurring_year"), 2027: ("reworded", [], "recurring_year")})

add("ondersteuning-huurders", "P", ["overig"], {
    2025: ("Het Kopland vergoedt de kosten van onafhankelijke ondersteuning van de Huurdersvereniging tot een bedrag van € 6.000 per jaar.",
           F(C, q=[(6000, "euro", "max")], rec=True)),
    2026: ("Het Kopland vergoedt de kosten van onafhankelijke ondersteuning van de Huurdersvereniging tot een bedrag van € 8.000 per jaar.",
           F(C, q=[(8000, "euro", "max")], rec=True)),
    2027: SAME,
}, {2026: ("strengthened", ["quantity"], None)})

add("woonvisie", "P", ["overig"], {
    2025: ("De gemeente actualiseert in 2025 de woonvisie en betrekt Het Kopland en de Huurdersvereniging vroegtijdig bij het opstellen daarvan.",
           F(G, d=(2025, "in 2025"))),
})

add("geschillen", "P", ["overig"], {
    2025: ("Geschillen over de uitvoering van deze afspraken worden eerst in het bestuurlijk overleg besproken en, indien partijen er samen niet uitkomen, voorgelegd aan een onafhankelijke bemiddelaar.",
           F(P, c=["indien partijen er samen niet uitkomen"])),
    2026: SAME,
    2027: SAME,
})

INTRO = {
    2025: [
        "Dit document bevat de prestatieafspraken voor 2025 tussen de gemeente Meerkoppel, Woonstichting Het Kopland en Huurdersvereniging Meerkoppel. De afspraken bouwen voort op de Woonvisie Meerkoppel 2022-2030 en op het bod dat Het Kopland in juni 2024 heeft uitgebracht.",
        "In 2024 leverde Het Kopland 38 sociale huurwoningen op en werden 104 woningen geïsoleerd. De afspraken zijn per thema gebundeld en per thema genummerd.",
    ],
    2026: [
        "Dit document bevat de prestatieafspraken voor 2026 tussen de gemeente Meerkoppel, Woonstichting Het Kopland en Huurdersvereniging Meerkoppel. De afspraken bouwen voort op de Woonvisie Meerkoppel 2022-2030 en op het bod dat Het Kopland in juni 2025 heeft uitgebracht.",
        "In 2025 leverde Het Kopland 41 sociale huurwoningen op en werden 126 woningen geïsoleerd. Op verzoek van de Huurdersvereniging publiceren partijen de afspraken als versie met wijzigingen ten opzichte van 2025, zodat zichtbaar is wat er is veranderd.",
    ],
    2027: [
        "Dit document bevat de prestatieafspraken voor 2027 tussen de gemeente Meerkoppel, Woonstichting Het Kopland en Huurdersvereniging Meerkoppel. De afspraken bouwen voort op de Woonvisie Meerkoppel 2022-2030 en op het bod dat Het Kopland in juni 2026 heeft uitgebracht.",
        "In 2026 leverde Het Kopland 33 sociale huurwoningen op en werden 152 woningen geïsoleerd. Op verzoek van de Huurdersvereniging publiceren partijen de afspraken als versie met wijzigingen ten opzichte van 2026, zodat zichtbaar is wat er is veranderd.",
    ],
}

CLOSING = {
    2025: "Deze afspraken gelden van 1 januari 2025 tot en met 31 december 2025. Tussentijdse wijziging is alleen mogelijk als alle partijen daarmee schriftelijk instemmen.",
    2026: "Deze afspraken gelden van 1 januari 2026 tot en met 31 december 2026. Tussentijdse wijziging is alleen mogelijk als alle partijen daarmee schriftelijk instemmen.",
    2027: "Deze afspraken gelden van 1 januari 2027 tot en met 31 december 2027. Tussentijdse wijziging is alleen mogelijk als alle partijen daarmee schriftelijk instemmen.",
}
SIGN_DATE = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}
SIGNATORIES = [
    ("Gemeente Meerkoppel", "drs. M.J. Verhoeckx", "wethouder Wonen"),
    ("Woonstichting Het Kopland", "ing. R. Tjalsma", "directeur-bestuurder"),
    ("Huurdersvereniging Meerkoppel", "W. van Dommelen-Ruys", "voorzitter"),
]
