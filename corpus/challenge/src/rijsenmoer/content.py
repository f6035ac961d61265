# -*- coding: utf-8 -*-
"""Content of the rijsenmoer family (fictional): placemats 2025 and 2026 and the raadsinformatiebrief 2026."""

GEMEENTE = "Rijsenmoer"
CORP = "Woonstichting Moerhof"
HUUR = "Huurdersvereniging De Moerbei"

ACT = {"g": "gemeente", "c": "corporatie", "h": "huurdersorganisatie", "p": "partijen"}


def F(actors, modality, quantities=(), deadline=None, recurring=False, conditions=()):
    return {
        "actors": [ACT[a] for a in actors],
        "modality": modality,
        "quantities": [{"value": q[0], "unit": q[1], "comparator": q[2],
                        "value_max": q[3] if len(q) > 3 else None} for q in quantities],
        "deadline": None if deadline is None else {"year": deadline[0], "text": deadline[1]},
        "recurring": recurring,
        "conditions": list(conditions),
    }


QUADRANTS = {
    "B": {"title": "Betaalbaar en beschikbaar wonen", "theme": "beschikbaarheid_betaalbaarheid"},
    "D": {"title": "Duurzaam wonen en klimaat", "theme": "duurzaamheid_klimaat"},
    "K": {"title": "Goede en passende woningen", "theme": "kwaliteit"},
    "L": {"title": "Prettig wonen in buurt en kern", "theme": "leefbaarheid"},
    "O": {"title": "Overig / samenwerking", "theme": "overig"},
}

AMBITIE = {
    2025: "Samen zorgen we ervoor dat iedereen in Rijsenmoer, Oudeveen en Klaphoek betaalbaar, duurzaam en prettig kan wonen.",
    2026: "Samen zorgen we ervoor dat iedereen in Rijsenmoer, Oudeveen en Klaphoek een betaalbaar, duurzaam en veilig thuis heeft.",
}

KERNCIJFERS = {
    2025: {"B": ("2.150", "sociale huurwoningen van Moerhof in Rijsenmoer (1 januari 2025)"),
           "D": ("61%", "van de woningen had eind 2024 label A of beter"),
           "K": ("7,4", "huurdersoordeel reparaties in 2024"),
           "L": ("3", "kernen met een eigen bewonerscommissie")},
    2026: {"B": ("2.168", "sociale huurwoningen van Moerhof in Rijsenmoer (1 januari 2026)"),
           "D": ("66%", "van de woningen had eind 2025 label A of beter"),
           "K": ("7,6", "huurdersoordeel reparaties in 2025"),
           "L": ("3", "kernen met een eigen bewonerscommissie")},
}

# afspraken: key, quadrant, themes, versions {year: (text, frame)}
# pair statuses 2025 -> 2026 in PAIR1; kennisgeving items in KENNIS.
AFSPRAKEN = [
    # ---------------- Betaalbaar en beschikbaar ----------------
    ("nieuwbouw-vlonder", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Moerhof levert in 2025 in het plan De Vlonder 48 sociale huurwoningen op, waarvan 16 voor één- en tweepersoonshuishoudens.",
               F("c", "firm", [(48, "woningen", "exact"), (16, "woningen", "exact")], (2025, "in 2025"))),
    }),
    ("nieuwbouw-kerkeland", "B", ["beschikbaarheid_betaalbaarheid"], {
        2026: ("Moerhof start uiterlijk in het derde kwartaal van 2026 met de bouw van 36 sociale huurwoningen in het plan Kerkeland; de gemeente levert de grond bouwrijp op.",
               F("cg", "firm", [(36, "woningen", "exact")], (2026, "derde kwartaal van 2026"))),
    }),
    ("sociale-voorraad", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Partijen streven ernaar dat de sociale huurvoorraad van Moerhof in de gemeente tot en met 2030 ten minste 2.100 woningen telt.",
               F("p", "intent", [(2100, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: ("Partijen zorgen ervoor dat de sociale huurvoorraad van Moerhof in de gemeente tot en met 2030 ten minste 2.100 woningen telt.",
               F("p", "firm", [(2100, "woningen", "min")], (2030, "tot en met 2030"))),
    }),
    ("verkoop", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Moerhof verkoopt in 2025 ten hoogste 8 huurwoningen, uitsluitend bij mutatie en bij voorkeur aan huishoudens die een sociale huurwoning achterlaten.",
               F("c", "firm", [(8, "woningen", "max")], (2025, "in 2025"), True)),
        2026: ("Moerhof verkoopt in 2026 ten hoogste 12 huurwoningen, uitsluitend bij mutatie en bij voorkeur aan huishoudens die een sociale huurwoning achterlaten.",
               F("c", "firm", [(12, "woningen", "max")], (2026, "in 2026"), True)),
    }),
    ("huurverhoging", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Moerhof beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie en vraagt geen inkomensafhankelijke huurverhoging.",
               F("c", "firm", [], (2025, "per 1 juli 2025"), True)),
        2026: ("De gemiddelde huurverhoging per 1 juli 2026 blijft bij Moerhof beperkt tot de inflatie; een inkomensafhankelijke huurverhoging wordt niet gevraagd.",
               F("c", "firm", [], (2026, "per 1 juli 2026"), True)),
    }),
    ("passend-toewijzen", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Moerhof wijst sociale huurwoningen passend toe en hanteert voor eenpersoonshuishoudens een inkomensgrens van € 52.675 (prijspeil 2025).",
               F("c", "firm", [(52675, "euro", "max")], None, True)),
        2026: ("Moerhof wijst sociale huurwoningen passend toe en hanteert voor eenpersoonshuishoudens een inkomensgrens van € 54.120 (prijspeil 2026).",
               F("c", "firm", [(54120, "euro", "max")], None, True)),
    }),
    ("vergunninghouders", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Moerhof stelt in 2025 ten minste 22 woningen beschikbaar voor vergunninghouders, zodat de gemeente haar taakstelling haalt.",
               F("c", "firm", [(22, "woningen", "min")], (2025, "in 2025"), True)),
        2026: ("Moerhof stelt in 2026 ten minste 18 woningen beschikbaar voor vergunninghouders, zodat de gemeente haar taakstelling haalt.",
               F("c", "firm", [(18, "woningen", "min")], (2026, "in 2026"), True)),
    }),
    ("voorrang-jongeren", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("Moerhof wijst ten minste 30% van de vrijkomende eengezinswoningen met voorrang toe aan jonge huishoudens met een binding aan Rijsenmoer.",
               F("c", "firm", [(30, "%", "min")])),
        2026: ("Moerhof wijst ten minste 20% van de vrijkomende eengezinswoningen met voorrang toe aan jonge huishoudens met een binding aan Rijsenmoer.",
               F("c", "firm", [(20, "%", "min")])),
    }),
    ("huurachterstand", "B", ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], {
        2025: ("Moerhof neemt uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact op met de huurder.",
               F("c", "firm", [(2, "maanden", "max")])),
        2026: ("Moerhof neemt uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en meldt de achterstand bij de gemeentelijke vroegsignalering.",
               F("c", "firm", [(1, "maanden", "max")])),
    }),
    ("verhuisregeling-senioren", "B", ["beschikbaarheid_betaalbaarheid"], {
        2025: ("De gemeente en Moerhof onderzoeken in 2025 of een verhuisregeling haalbaar is voor senioren die een eengezinswoning achterlaten.",
               F("gc", "explore", [], (2025, "in 2025"))),
        2026: ("De gemeente en Moerhof voeren uiterlijk 1 juli 2026 een verhuisregeling in voor senioren die een eengezinswoning achterlaten.",
               F("gc", "firm", [], (2026, "uiterlijk 1 juli 2026"))),
    }),
    # ---------------- Duurzaam ----------------
    ("labels-efg", "D", ["duurzaamheid_klimaat"], {
        2025: ("Moerhof heeft uiterlijk eind 2027 geen woningen meer met energielabel E, F of G.",
               F("c", "firm", [(0, "woningen", "max")], (2027, "uiterlijk eind 2027"))),
        2026: ("Moerhof heeft uiterlijk eind 2028 geen woningen meer met energielabel E, F of G.",
               F("c", "firm", [(0, "woningen", "max")], (2028, "uiterlijk eind 2028"))),
    }),
    ("gemiddeld-label", "D", ["duurzaamheid_klimaat"], {
        2025: ("Moerhof brengt haar woningbezit in Rijsenmoer uiterlijk in 2030 naar gemiddeld energielabel B.",
               F("c", "firm", [("B", "label", "min")], (2030, "uiterlijk in 2030"))),
        2026: ("Moerhof brengt haar woningbezit in Rijsenmoer uiterlijk in 2030 naar gemiddeld energielabel A.",
               F("c", "firm", [("A", "label", "min")], (2030, "uiterlijk in 2030"))),
    }),
    ("renovatie-dijkstraat", "D", ["duurzaamheid_klimaat", "kwaliteit"], {
        2025: ("Moerhof renoveert in 2025 de 64 woningen aan de Dijkstraat naar ten minste energielabel A.",
               F("c", "firm", [(64, "woningen", "exact"), ("A", "label", "min")], (2025, "in 2025"))),
        2026: ("Moerhof renoveert in 2026 de 64 woningen aan de Dijkstraat naar ten minste energielabel B.",
               F("c", "firm", [(64, "woningen", "exact"), ("B", "label", "min")], (2026, "in 2026"))),
    }),
    ("isolatie-molenbuurt", "D", ["duurzaamheid_klimaat"], {
        2025: ("Moerhof isoleert in 2025 ten minste 120 woningen in de Molenbuurt volgens de standaard voor woningisolatie.",
               F("c", "firm", [(120, "woningen", "min")], (2025, "in 2025"), True)),
        2026: ("In 2026 worden door Moerhof ten minste honderdtwintig woningen in de Molenbuurt geïsoleerd volgens de standaard voor woningisolatie.",
               F("c", "firm", [(120, "woningen", "min")], (2026, "in 2026"), True)),
    }),
    ("zonnepanelen", "D", ["duurzaamheid_klimaat"], {
        2025: ("Moerhof biedt alle huurders van een grondgebonden woning zonnepanelen aan tegen een vaste maandelijkse vergoeding.",
               F("c", "firm")),
        2026: ("Moerhof biedt de huurders in de complexen Oudeveen-Noord en Klaphoek-Zuid zonnepanelen aan tegen een vaste maandelijkse vergoeding.",
               F("c", "firm")),
    }),
    ("warmtenet-molenbuurt", "D", ["duurzaamheid_klimaat"], {
        2025: ("De gemeente en Moerhof onderzoeken of de Molenbuurt vanaf 2028 kan worden aangesloten op een warmtenet.",
               F("gc", "explore", [], (2028, "vanaf 2028"))),
        2026: ("De gemeente en Moerhof gaan met elkaar in gesprek over een mogelijke aansluiting van de Molenbuurt op een warmtenet.",
               F("gc", "discuss")),
    }),
    ("energiecoaches", "D", ["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], {
        2025: ("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; Moerhof wijst haar huurders op dit aanbod.",
               F("gc", "firm", [], (2025, "in 2025"), True)),
        2026: ("De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten; Moerhof wijst haar huurders op dit aanbod.",
               F("gc", "firm", [], (2026, "in 2026"), True)),
    }),
    ("groene-daken", "D", ["duurzaamheid_klimaat"], {
        2025: ("Moerhof legt bij nieuwbouw waar mogelijk groene daken aan en koppelt het hemelwater af van het riool.",
               F("c", "firm", conditions=["waar mogelijk"])),
        2026: ("Moerhof legt bij nieuwbouw groene daken aan en koppelt het hemelwater af van het riool.",
               F("c", "firm")),
    }),
    ("bomen-hittestress", "D", ["duurzaamheid_klimaat", "leefbaarheid"], {
        2026: ("De gemeente plant in 2026 in de Molenbuurt ten minste 40 bomen aan om hittestress te beperken; Moerhof stelt daarvoor grond rond haar complexen beschikbaar.",
               F("gc", "firm", [(40, "bomen", "min")], (2026, "in 2026"))),
    }),
    # ---------------- Kwaliteit ----------------
    ("vocht-schimmel", "K", ["kwaliteit"], {
        2025: ("Moerhof neemt meldingen van vocht en schimmel binnen 5 werkdagen in behandeling met een inspectie in de woning.",
               F("c", "firm", [(5, "werkdagen", "max")])),
        2026: ("Moerhof neemt meldingen van vocht en schimmel binnen 5 werkdagen in behandeling met een inspectie in de woning.",
               F("c", "firm", [(5, "werkdagen", "max")])),
    }),
    ("reparaties", "K", ["kwaliteit"], {
        2025: ("Moerhof voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 15 werkdagen.",
               F("c", "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
        2026: ("Moerhof voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 10 werkdagen.",
               F("c", "firm", [(24, "uur", "max"), (10, "werkdagen", "max")])),
    }),
    ("levensloopgeschikt", "K", ["kwaliteit"], {
        2025: ("Moerhof maakt jaarlijks ten minste 20 bestaande woningen levensloopgeschikt, met voorrang voor complexen nabij voorzieningen.",
               F("c", "firm", [(20, "woningen", "min")], None, True)),
        2026: ("Moerhof maakt jaarlijks ten minste 20 bestaande woningen levensloopgeschikt, met voorrang voor complexen nabij voorzieningen, indien financieel haalbaar.",
               F("c", "firm", [(20, "woningen", "min")], None, True, ["indien financieel haalbaar"])),
    }),
    ("woonzorg-oudeveen", "K", ["kwaliteit"], {
        2025: ("Moerhof verkent samen met een zorgaanbieder de mogelijkheid van een geclusterde woonvorm voor ouderen in Oudeveen.",
               F("c", "explore")),
        2026: ("Moerhof realiseert samen met een zorgaanbieder uiterlijk in 2028 een geclusterde woonvorm voor ouderen in Oudeveen met ten minste 16 appartementen.",
               F("c", "firm", [(16, "woningen", "min")], (2028, "uiterlijk in 2028"))),
    }),
    ("rookmelders", "K", ["kwaliteit"], {
        2025: ("Moerhof plaatst in 2025 in alle woningen zonder rookmelder op elke verdieping een gekoppelde rookmelder.",
               F("c", "firm", [], (2025, "in 2025"))),
    }),
    ("huurdersoordeel", "K", ["kwaliteit"], {
        2025: ("Moerhof streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van reparaties.",
               F("c", "intent", [(7.5, "cijfer", "min")])),
        2026: ("Voor de afhandeling van reparaties wordt door Moerhof gestreefd naar een huurdersoordeel van gemiddeld minimaal 7,5.",
               F("c", "intent", [(7.5, "cijfer", "min")])),
    }),
    ("brandveiligheid-portiek", "K", ["kwaliteit"], {
        2026: ("Moerhof controleert in 2026 de brandveiligheid van alle portiekflats in de Molenbuurt en herstelt gebreken binnen drie maanden.",
               F("c", "firm", [(3, "maanden", "max")], (2026, "in 2026"))),
    }),
    # ---------------- Leefbaarheid ----------------
    ("leefbaarheidsbudget", "L", ["leefbaarheid"], {
        2025: ("Moerhof besteedt in 2025 ten minste € 60.000 aan leefbaarheid in de wijken en kernen.",
               F("c", "firm", [(60000, "euro", "min")], (2025, "in 2025"), True)),
        2026: ("Moerhof besteedt in 2026 ten minste € 75.000 aan leefbaarheid in de wijken en kernen.",
               F("c", "firm", [(75000, "euro", "min")], (2026, "in 2026"), True)),
    }),
    ("huismeester", "L", ["leefbaarheid"], {
        2025: ("Moerhof zet in de Molenbuurt een huismeester in die ten minste drie dagdelen per week aanwezig is.",
               F("c", "firm", [(3, "dagdelen per week", "min")])),
        2026: ("Moerhof zet in de Molenbuurt en in Klaphoek een huismeester in die ten minste drie dagdelen per week aanwezig is.",
               F("c", "firm", [(3, "dagdelen per week", "min")])),
    }),
    ("zorg-veiligheid", "L", ["leefbaarheid"], {
        2025: ("Partijen bespreken complexe overlastsituaties binnen vier weken na melding in het overleg Zorg en Veiligheid.",
               F("p", "firm", [(4, "weken", "max")])),
        2026: ("Partijen bespreken complexe overlastsituaties binnen vier weken na melding in het overleg Zorg en Veiligheid.",
               F("p", "firm", [(4, "weken", "max")])),
    }),
    ("bewonersinitiatieven", "L", ["leefbaarheid"], {
        2025: ("De gemeente stelt jaarlijks € 15.000 beschikbaar voor bewonersinitiatieven in de drie kernen.",
               F("g", "firm", [(15000, "euro", "exact")], None, True)),
        2026: ("Onder voorbehoud van vaststelling van de gemeentebegroting stelt de gemeente jaarlijks € 15.000 beschikbaar voor bewonersinitiatieven in de drie kernen.",
               F("g", "firm", [(15000, "euro", "exact")], None, True, ["onder voorbehoud van vaststelling van de gemeentebegroting"])),
    }),
    ("zachte-landing", "L", ["leefbaarheid", "beschikbaarheid_betaalbaarheid"], {
        2025: ("De gemeente, Moerhof en de zorgpartners zorgen voor een zachte landing van huurders die uitstromen uit beschermd wonen of de maatschappelijke opvang.",
               F("gc", "firm")),
        2026: ("De gemeente, Moerhof en de zorgpartners spannen zich in voor een zachte landing van huurders die uitstromen uit beschermd wonen of de maatschappelijke opvang.",
               F("gc", "intent")),
    }),
    ("bewonersavonden", "L", ["leefbaarheid"], {
        2025: ("Moerhof en De Moerbei organiseren in 2025 in elk van de drie kernen ten minste twee bewonersavonden.",
               F("ch", "firm", [(2, "bijeenkomsten", "min")], (2025, "in 2025"), True)),
        2026: ("In elk van de drie kernen organiseren Moerhof en De Moerbei in 2026 minimaal twee bewonersavonden.",
               F("ch", "firm", [(2, "bijeenkomsten", "min")], (2026, "in 2026"), True)),
    }),
    ("wijkschouw", "L", ["leefbaarheid"], {
        2025: ("Partijen houden in 2025 een gezamenlijke wijkschouw in de Molenbuurt en in De Vlonder.",
               F("p", "firm", [], (2025, "in 2025"))),
    }),
    ("eenzaamheid", "L", ["leefbaarheid"], {
        2026: ("De gemeente onderzoekt in 2026 samen met Moerhof hoe eenzaamheid onder oudere huurders eerder kan worden gesignaleerd.",
               F("gc", "explore", [], (2026, "in 2026"))),
    }),
    # ---------------- Overig ----------------
    ("monitoring", "O", ["overig"], {
        2025: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg.",
               F("p", "firm", [(2, "keer per jaar", "exact")], None, True)),
        2026: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg.",
               F("p", "firm", [(2, "keer per jaar", "exact")], None, True)),
    }),
    ("bod", "O", ["overig"], {
        2025: ("Moerhof brengt vóór 1 juli 2025 haar bod op de woonvisie uit aan de gemeente en De Moerbei.",
               F("c", "firm", [], (2025, "vóór 1 juli 2025"), True)),
        2026: ("Moerhof brengt vóór 1 juli 2026 haar bod op de woonvisie uit aan de gemeente en De Moerbei.",
               F("c", "firm", [], (2026, "vóór 1 juli 2026"), True)),
    }),
    ("ondersteuning-huurders", "O", ["overig"], {
        2025: ("Moerhof vergoedt de kosten van onafhankelijke ondersteuning van De Moerbei tot ten hoogste € 6.000 per jaar.",
               F("c", "firm", [(6000, "euro", "max")], None, True)),
        2026: ("Moerhof vergoedt de kosten van onafhankelijke ondersteuning van De Moerbei tot ten hoogste € 8.000 per jaar.",
               F("c", "firm", [(8000, "euro", "max")], None, True)),
    }),
    ("evaluatie", "O", ["overig"], {
        2025: ("Partijen laten de samenwerking uiterlijk in 2027 evalueren door een onafhankelijke procesbegeleider.",
               F("p", "firm", [], (2027, "uiterlijk in 2027"))),
        2026: ("Partijen laten de samenwerking uiterlijk eind 2026 evalueren door een onafhankelijke procesbegeleider.",
               F("p", "firm", [], (2026, "uiterlijk eind 2026"))),
    }),
    ("woonvisie", "O", ["overig"], {
        2025: ("De gemeente actualiseert uiterlijk eind 2025 de woonvisie, in nauw overleg met Moerhof en De Moerbei.",
               F("g", "firm", [], (2025, "uiterlijk eind 2025"))),
        2026: ("De gemeente actualiseert uiterlijk medio 2026 de woonvisie, in nauw overleg met Moerhof en De Moerbei.",
               F("g", "firm", [], (2026, "uiterlijk medio 2026"))),
    }),
]

# key -> (status, kinds, hard_negative) for the pair 2025 -> 2026 (links present in both years)
PAIR1 = {
    "sociale-voorraad": ("strengthened", ["modality"], None),
    "verkoop": ("weakened", ["quantity"], None),
    "huurverhoging": ("reworded", [], "recurring_year"),
    "passend-toewijzen": ("reworded", [], "indexed_amount"),
    "vergunninghouders": ("reworded", [], "external_figure"),
    "voorrang-jongeren": ("weakened", ["quantity"], None),
    "huurachterstand": ("strengthened", ["quantity"], None),
    "verhuisregeling-senioren": ("strengthened", ["modality"], None),
    "labels-efg": ("weakened", ["deadline"], None),
    "gemiddeld-label": ("strengthened", ["label"], None),
    "renovatie-dijkstraat": ("weakened", ["label", "deadline"], None),
    "isolatie-molenbuurt": ("reworded", [], "recurring_year"),
    "zonnepanelen": ("weakened", ["scope"], None),
    "warmtenet-molenbuurt": ("weakened", ["modality"], None),
    "energiecoaches": ("reworded", [], "recurring_year"),
    "groene-daken": ("strengthened", ["condition"], None),
    "vocht-schimmel": ("unchanged", [], None),
    "reparaties": ("strengthened", ["quantity"], None),
    "levensloopgeschikt": ("weakened", ["condition"], None),
    "woonzorg-oudeveen": ("strengthened", ["modality", "quantity"], None),
    "huurdersoordeel": ("reworded", [], "same_figures"),
    "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "huismeester": ("strengthened", ["scope"], None),
    "zorg-veiligheid": ("unchanged", [], None),
    "bewonersinitiatieven": ("weakened", ["condition"], None),
    "zachte-landing": ("weakened", ["modality"], None),
    "bewonersavonden": ("reworded", [], "recurring_year"),
    "monitoring": ("unchanged", [], None),
    "bod": ("reworded", [], "recurring_year"),
    "ondersteuning-huurders": ("strengthened", ["quantity"], None),
    "woonvisie": ("weakened", ["deadline"], None),
    "evaluatie": ("strengthened", ["deadline"], None),
}

# ---------------- Raadsinformatiebrief 2026 ----------------
KENNIS_META = [
    ("Aan", "de gemeenteraad van Rijsenmoer"),
    ("Portefeuillehouder", "wethouder L. Verbrugge-Aalders (Wonen)"),
    ("Datum", "13 januari 2026"),
    ("Kenmerk", "RIB-2026-004"),
    ("Onderwerp", "Prestatieafspraken 2026 met Woonstichting Moerhof en Huurdersvereniging De Moerbei"),
]

KENNIS_INTRO = [
    ("Aanleiding", [
        "Op 10 december 2025 hebben de gemeente, Woonstichting Moerhof en Huurdersvereniging De Moerbei de prestatieafspraken voor 2026 ondertekend. Net als vorig jaar zijn de afspraken samengevat op een placemat van twee pagina’s, die als bijlage bij deze brief is gevoegd. Met deze brief informeren wij u over de belangrijkste afspraken.",
        "De afspraken bouwen voort op de woonvisie ‘Thuis in Rijsenmoer’ en op het bod dat Moerhof in juni 2025 heeft uitgebracht. De huurdersvereniging heeft als volwaardige partij aan tafel gezeten.",
    ]),
    ("Terugblik op 2025", [
        "In 2025 zijn in het plan De Vlonder 48 sociale huurwoningen opgeleverd. Het aantal woningen met energielabel E, F of G daalde van 131 naar 84. De gezamenlijke wijkschouw in de Molenbuurt leverde een lijst van 27 verbeterpunten op, waarvan het merendeel inmiddels is opgepakt.",
    ]),
]

KENNIS_BLOCKS = [
    ("Betaalbaar en beschikbaar wonen", "Voor betaalbaar en beschikbaar wonen zijn de belangrijkste afspraken voor 2026:", [
        ("nieuwbouw-kerkeland", "In het plan Kerkeland begint Moerhof uiterlijk in het derde kwartaal van 2026 met de bouw van 36 sociale huurwoningen, op grond die de gemeente bouwrijp aanlevert.", None),
        ("sociale-voorraad", "De sociale huurvoorraad van Moerhof in de gemeente telt tot en met 2030 minimaal 2.100 woningen; partijen zorgen daar samen voor.", None),
        ("verkoop", "Moerhof verkoopt in 2026 niet meer dan 12 huurwoningen; dat gebeurt alleen bij mutatie en bij voorkeur aan huishoudens die een sociale huurwoning achterlaten.", None),
        ("huurverhoging", "SAME", None),
        ("huurachterstand", "Bij een huurachterstand neemt Moerhof binnen een maand persoonlijk contact op met de huurder; de achterstand wordt gemeld bij de vroegsignalering van de gemeente.", None),
        ("verhuisregeling-senioren", "SAME", None),
    ]),
    ("Duurzaamheid en kwaliteit van de woningen", "Over duurzaamheid en woningkwaliteit is onder meer het volgende afgesproken:", [
        ("labels-efg", "Eind 2028 heeft Moerhof geen woningen met een E-, F- of G-label meer.", (2028, "eind 2028")),
        ("gemiddeld-label", "Het woningbezit van Moerhof in Rijsenmoer heeft uiterlijk in 2030 gemiddeld energielabel A.", None),
        ("renovatie-dijkstraat", "SAME", None),
        ("isolatie-molenbuurt", "Moerhof isoleert in 2026 minimaal 120 woningen in de Molenbuurt volgens de standaard voor woningisolatie.", None),
        ("reparaties", "Spoedreparaties voert Moerhof binnen 24 uur uit, overige reparaties binnen 10 werkdagen.", None),
        ("woonzorg-oudeveen", "In Oudeveen realiseert Moerhof samen met een zorgaanbieder uiterlijk in 2028 een geclusterde woonvorm voor ouderen met minimaal 16 appartementen.", None),
    ]),
    ("Leefbaarheid en samenwerking", "Voor leefbaarheid en de samenwerking tussen partijen zijn de belangrijkste afspraken:", [
        ("leefbaarheidsbudget", "Moerhof investeert in 2026 minimaal € 75.000 in de leefbaarheid van de wijken en kernen.", None),
        ("huismeester", "In de Molenbuurt en in Klaphoek is een huismeester van Moerhof ten minste drie dagdelen per week aanwezig.", None),
        ("bewonersinitiatieven", "SAME", None),
        ("ondersteuning-huurders", "De kosten van onafhankelijke ondersteuning van De Moerbei worden door Moerhof vergoed tot maximaal € 8.000 per jaar.", None),
        ("woonvisie", "Uiterlijk medio 2026 actualiseert de gemeente de woonvisie, in nauw overleg met Moerhof en De Moerbei.", None),
    ]),
]

KENNIS_OUTRO = [
    ("Financiële consequenties", [
        "De gemeentelijke bijdragen uit de afspraken, waaronder het budget voor bewonersinitiatieven en de inzet van energiecoaches, passen binnen de begroting 2026. Er is geen aanvullend krediet nodig.",
    ]),
    ("Vervolg", [
        "Het college is voornemens u in het voorjaar van 2026 te informeren over de voortgang van de nieuwbouw in Kerkeland. De uitkomsten van de voortgangsgesprekken tussen partijen delen wij met u via de jaarlijkse woonmonitor.",
        "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    ]),
]
