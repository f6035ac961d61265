# -*- coding: utf-8 -*-
"""Content of the bremwolde family (fictional gemeente Bremwolde), layout `wijkkaart`."""

YEARS = [2025, 2026, 2027]
GEMEENTE = "Bremwolde"
CORP = "Woonstichting Heidezoom"
HO = "Huurdersvereniging Bremkring"

ICON = {  # theme -> (label, colour)
    "beschikbaarheid_betaalbaarheid": ("Wonen", (0.85, 0.45, 0.15)),
    "duurzaamheid_klimaat": ("Duurzaam", (0.25, 0.6, 0.3)),
    "leefbaarheid": ("Leefbaar", (0.55, 0.3, 0.65)),
    "kwaliteit": ("Kwaliteit", (0.2, 0.45, 0.75)),
}

C, G_, H_, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"


def fr(actors, modality, q=(), dl=None, rec=False, cond=()):
    if isinstance(actors, str):
        actors = [actors]
    qs = []
    for t in q:
        v, u, c = t[:3]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
            "recurring": rec, "conditions": list(cond)}


def V(text, gereed, frame, status=None, kinds=(), hn=None):
    return {"text": text, "gereed": gereed, "frame": frame, "status": status, "kinds": list(kinds), "hn": hn}


SAME = "same"

# ---------------------------------------------------------------------------------------------------------------
# Wijken. Each wijk: code, name, intro (context), cijfers (figures, never afspraken), cijfers slot, map.
WIJKEN = [
    {
        "key": "kanaalzone", "code": "K", "name": "Kanaalzone",
        "intro": {
            2025: "De Kanaalzone is de jongste wijk van Bremwolde en ligt aan weerszijden van het Bremkanaal. Op de "
                  "oude werfterreinen wordt de komende jaren volop gebouwd; de flats aan de Werfstraat dateren uit 1971.",
            2026: "De Kanaalzone ligt aan weerszijden van het Bremkanaal. In 2025 is het bouwrijp maken van de "
                  "Kadewerf afgerond; de flats aan de Werfstraat dateren uit 1971.",
            2027: "De Kanaalzone ligt aan weerszijden van het Bremkanaal. De bouw op de Kadewerf liep in 2026 "
                  "vertraging op door stikstofberekeningen; de flats aan de Werfstraat dateren uit 1971.",
        },
        "cijfers": {
            2025: [("Woningen", "2.140"), ("Sociale huur Heidezoom", "910"), ("Gem. wachttijd", "4,1 jaar"),
                   ("Label E, F of G", "6%")],
            2026: [("Woningen", "2.185"), ("Sociale huur Heidezoom", "912"), ("Gem. wachttijd", "4,3 jaar"),
                   ("Label E, F of G", "5%")],
            2027: [("Woningen", "2.230"), ("Sociale huur Heidezoom", "915"), ("Gem. wachttijd", "4,4 jaar"),
                   ("Label E, F of G", "2%")],
        },
        "cijfers_slot": "L2",
        "map": {
            "canal": [(0.0, 0.45), (0.35, 0.5), (0.65, 0.47), (1.0, 0.52)],
            "canal_name": ("Bremkanaal", 0.42, 0.5),
            "streets": [
                ("Werfstraat", [(0.05, 0.78), (0.95, 0.8)], "h"),
                ("Sluiskade", [(0.05, 0.36), (0.95, 0.38)], "h"),
                ("Kraanpad", [(0.3, 0.05), (0.3, 0.42)], "v"),
                ("Dokweg", [(0.72, 0.56), (0.72, 0.97)], "v"),
                ("Touwslagerij", [(0.55, 0.05), (0.6, 0.33)], "v"),
                ("", [(0.05, 0.62), (0.7, 0.62)], None),
            ],
            "blocks": [(0.08, 0.66, 0.18, 0.09), (0.36, 0.84, 0.3, 0.1), (0.08, 0.84, 0.2, 0.1),
                       (0.76, 0.62, 0.16, 0.14), (0.35, 0.12, 0.17, 0.18), (0.64, 0.1, 0.28, 0.2)],
            "labels": [("Kadewerf", 0.41, 0.68), ("Lichtertoren", 0.78, 0.88), ("Jachthaven", 0.1, 0.55),
                       ("Sporthal", 0.7, 0.16), ("Basisschool De Boei", 0.37, 0.2)],
        },
    },
    {
        "key": "oudebrem", "code": "O", "name": "Oude Brem",
        "intro": {
            2025: "Oude Brem is de vooroorlogse kern rond de Brink en de Kerkgracht. Heidezoom bezit hier vooral "
                  "kleine eengezinswoningen; ruim een kwart van de bewoners is ouder dan 65 jaar.",
        },
        "cijfers": {
            2025: [("Woningen", "1.780"), ("Sociale huur Heidezoom", "640"), ("Gem. bouwjaar", "1938"),
                   ("Bewoners 65+", "27%")],
            2026: [("Woningen", "1.784"), ("Sociale huur Heidezoom", "638"), ("Gem. bouwjaar", "1938"),
                   ("Bewoners 65+", "28%")],
            2027: [("Woningen", "1.790"), ("Sociale huur Heidezoom", "636"), ("Gem. bouwjaar", "1938"),
                   ("Bewoners 65+", "29%")],
        },
        "cijfers_slot": "B2",
        "map": {
            "canal": [(0.55, 1.0), (0.58, 0.7), (0.5, 0.45), (0.56, 0.0)],
            "canal_name": ("Kerkgracht", 0.6, 0.62),
            "streets": [
                ("Brinkstraat", [(0.05, 0.55), (0.46, 0.55)], "h"),
                ("Molenstraat", [(0.05, 0.25), (0.95, 0.22)], "h"),
                ("Achterom", [(0.2, 0.1), (0.2, 0.92)], "v"),
                ("Kerkpad", [(0.68, 0.3), (0.68, 0.92)], "v"),
                ("Schoolsteeg", [(0.62, 0.8), (0.95, 0.8)], "h"),
            ],
            "blocks": [(0.25, 0.6, 0.2, 0.2), (0.07, 0.62, 0.1, 0.25), (0.25, 0.3, 0.18, 0.2),
                       (0.72, 0.35, 0.2, 0.4), (0.72, 0.84, 0.2, 0.1), (0.05, 0.05, 0.4, 0.14)],
            "labels": [("Brink", 0.3, 0.7), ("Dorpskerk", 0.76, 0.55), ("Brinkhof", 0.76, 0.87),
                       ("Seniorenwoningen", 0.27, 0.38), ("Molen De Hoop", 0.08, 0.1)],
        },
    },
    {
        "key": "heidepark", "code": "H", "name": "Heidepark",
        "intro": {
            2025: "Heidepark is een naoorlogse wijk met portiekflats en galerijflats rond het park en de Bremvijver. "
                  "Heidezoom bezit er ruim 1.100 woningen; de huurachterstanden liggen hier boven het gemeentelijk gemiddelde.",
        },
        "cijfers": {
            2025: [("Woningen", "2.460"), ("Sociale huur Heidezoom", "1.130"), ("Huurachterstand > 2 mnd", "3,2%"),
                   ("Gem. energielabel", "C")],
            2026: [("Woningen", "2.460"), ("Sociale huur Heidezoom", "1.128"), ("Huurachterstand > 2 mnd", "2,9%"),
                   ("Gem. energielabel", "C")],
            2027: [("Woningen", "2.410"), ("Sociale huur Heidezoom", "1.076"), ("Huurachterstand > 2 mnd", "2,6%"),
                   ("Gem. energielabel", "B")],
        },
        "cijfers_slot": "T2",
        "map": {
            "pond": (0.55, 0.45, 0.18, 0.14),
            "canal_name": ("Bremvijver", 0.49, 0.44),
            "streets": [
                ("Heidelaan", [(0.05, 0.85), (0.95, 0.85)], "h"),
                ("Vijverweg", [(0.05, 0.2), (0.95, 0.2)], "h"),
                ("Dopheidestraat", [(0.12, 0.2), (0.12, 0.85)], "v"),
                ("Struikweg", [(0.88, 0.2), (0.88, 0.85)], "v"),
            ],
            "blocks": [(0.18, 0.89, 0.12, 0.06), (0.35, 0.89, 0.12, 0.06), (0.52, 0.89, 0.12, 0.06),
                       (0.69, 0.89, 0.12, 0.06), (0.2, 0.07, 0.08, 0.1), (0.36, 0.07, 0.08, 0.1),
                       (0.52, 0.07, 0.08, 0.1), (0.68, 0.07, 0.08, 0.1)],
            "park": (0.18, 0.27, 0.64, 0.5),
            "labels": [("Heidepark", 0.22, 0.7), ("Speelplek", 0.3, 0.4), ("Winkelcentrum", 0.73, 0.27),
                       ("Galerijflats", 0.2, 0.96)],
        },
    },
]

# Clockwise slot order from the top left.
SLOTS = ["T1", "T2", "R1", "R2", "B2", "B1", "L2", "L1"]

# ---------------------------------------------------------------------------------------------------------------
# Afspraken. section: a wijk key or "gemeente". Order within a wijk = the order of this list (clockwise).
AFSPRAKEN = [
    # ------------------------------------------------------------------ Kanaalzone
    {"key": "k-kadewerf", "section": "kanaalzone", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom realiseert op de Kadewerf 48 sociale huurwoningen, waarvan ten minste 16 voor starters tot "
                "28 jaar. De eerste woningen worden eind 2026 opgeleverd.", "eind 2026",
                fr(C, "firm", [(48, "woningen", "exact"), (16, "woningen", "min"), (28, "jaar", "max")],
                   (2026, "eind 2026"))),
        2026: V("Heidezoom realiseert op de Kadewerf 42 sociale huurwoningen, waarvan ten minste 16 voor starters tot "
                "28 jaar. De eerste woningen worden medio 2027 opgeleverd.", "medio 2027",
                fr(C, "firm", [(42, "woningen", "exact"), (16, "woningen", "min"), (28, "jaar", "max")],
                   (2027, "medio 2027")), "weakened", ["quantity", "deadline"]),
        2027: V("Heidezoom realiseert op de Kadewerf 42 sociale huurwoningen, waarvan ten minste 16 voor starters tot "
                "28 jaar. De eerste woningen worden in het eerste kwartaal van 2027 opgeleverd.", "Q1 2027",
                fr(C, "firm", [(42, "woningen", "exact"), (16, "woningen", "min"), (28, "jaar", "max")],
                   (2027, "in het eerste kwartaal van 2027")), "strengthened", ["deadline"]),
    }},
    {"key": "k-sluiskade-isolatie", "section": "kanaalzone", "themes": ["duurzaamheid_klimaat"], "versions": {
        2025: V("Heidezoom isoleert in 2025 de 64 portiekwoningen aan de Sluiskade naar ten minste label B.",
                "december 2025", fr(C, "firm", [(64, "woningen", "exact"), ("B", "label", "min")], (2025, "in 2025"))),
        2026: V("Heidezoom isoleert in 2026 de 64 portiekwoningen aan de Sluiskade naar ten minste label C.",
                "december 2026", fr(C, "firm", [(64, "woningen", "exact"), ("C", "label", "min")], (2026, "in 2026")),
                "weakened", ["label", "deadline"]),
    }},
    {"key": "k-warmtenet", "section": "kanaalzone", "themes": ["duurzaamheid_klimaat"], "versions": {
        2025: V("De gemeente onderzoekt samen met Heidezoom of de flats aan de Werfstraat kunnen worden aangesloten op "
                "het warmtenet Kanaalzone.", "eind 2025", fr([G_, C], "explore", [], (2025, "eind 2025"))),
        2026: V("De gemeente en Heidezoom sluiten de flats aan de Werfstraat in 2027 aan op het warmtenet Kanaalzone.",
                "eind 2027", fr([G_, C], "firm", [], (2027, "in 2027")), "strengthened", ["modality"]),
        2027: V("De gemeente en Heidezoom sluiten de flats aan de Werfstraat in 2027 aan op het warmtenet Kanaalzone, "
                "onder voorbehoud van toekenning van de rijkssubsidie.", "eind 2027",
                fr([G_, C], "firm", [], (2027, "in 2027"), False,
                   ["onder voorbehoud van toekenning van de rijkssubsidie"]), "weakened", ["condition"]),
    }},
    {"key": "k-groen-kanaal", "section": "kanaalzone", "themes": ["duurzaamheid_klimaat", "leefbaarheid"], "versions": {
        2025: V("De gemeente vervangt in 2025 en 2026 langs het Bremkanaal 1.200 m² verharding door groen en legt "
                "twee wadi’s aan.", "eind 2026",
                fr(G_, "firm", [(1200, "m²", "exact"), (2, "wadi’s", "exact")], (2026, "in 2025 en 2026"))),
        2026: V("Langs het Bremkanaal wordt in 2025 en 2026 door de gemeente 1.200 m² verharding vervangen door groen; "
                "daarnaast komen er twee wadi’s.", "eind 2026",
                fr(G_, "firm", [(1200, "m²", "exact"), (2, "wadi’s", "exact")], (2026, "in 2025 en 2026")),
                "reworded", [], "same_figures"),
    }},
    {"key": "k-fietsenkelders", "section": "kanaalzone", "themes": ["kwaliteit"], "versions": {
        2027: V("Heidezoom vervangt in 2027 de bergingsdeuren en de verlichting in de fietsenkelders van de flats aan "
                "de Werfstraat, zodat deze beter afsluitbaar en veiliger zijn.", "eind 2027",
                fr(C, "firm", [], (2027, "in 2027"))),
    }},
    {"key": "k-huismeester", "section": "kanaalzone", "themes": ["leefbaarheid"], "versions": {
        2025: V("Heidezoom zet in de flats aan de Werfstraat een huismeester in voor twee dagdelen per week.",
                "doorlopend", fr(C, "firm", [(2, "dagdelen per week", "exact")])),
        2026: V("Heidezoom zet in de flats aan de Werfstraat een huismeester in voor vier dagdelen per week.",
                "doorlopend", fr(C, "firm", [(4, "dagdelen per week", "exact")]), "strengthened", ["quantity"]),
        2027: V("Heidezoom zet in alle flats in de Kanaalzone een huismeester in voor vier dagdelen per week.",
                "doorlopend", fr(C, "firm", [(4, "dagdelen per week", "exact")]), "strengthened", ["scope"]),
    }},
    {"key": "k-ontmoeting", "section": "kanaalzone", "themes": ["leefbaarheid"], "versions": {
        2025: V("Heidezoom stelt de ruimte op de begane grond van de Lichtertoren beschikbaar als ontmoetingsplek; "
                "Bremkring organiseert er ten minste zes activiteiten per jaar.", "doorlopend",
                fr([C, H_], "firm", [(6, "activiteiten per jaar", "min")], None, True)),
        2026: SAME,
        2027: V("Heidezoom stelt de ruimte op de begane grond van de Lichtertoren beschikbaar als ontmoetingsplek; "
                "Bremkring organiseert er ten minste vier activiteiten per jaar.", "doorlopend",
                fr([C, H_], "firm", [(4, "activiteiten per jaar", "min")], None, True), "weakened", ["quantity"]),
    }},
    {"key": "k-voorrang-lokaal", "section": "kanaalzone", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Bij de eerste verhuur van de Kadewerf krijgen woningzoekenden uit Bremwolde voorrang op 25% van de "
                "woningen.", "bij oplevering", fr(C, "firm", [(25, "%", "exact")])),
        2026: V("Een kwart van de woningen op de Kadewerf wordt bij de eerste verhuur met voorrang toegewezen aan "
                "woningzoekenden uit Bremwolde.", "bij oplevering", fr(C, "firm", [(25, "%", "exact")]),
                "reworded", [], "same_figures"),
        2027: V("Bij de eerste verhuur van de Kadewerf krijgen woningzoekenden uit Bremwolde voorrang op 40% van de "
                "woningen.", "bij oplevering", fr(C, "firm", [(40, "%", "exact")]), "strengthened", ["quantity"]),
    }},
    # ------------------------------------------------------------------ Oude Brem
    {"key": "o-vocht-kerkgracht", "section": "oudebrem", "themes": ["kwaliteit"], "versions": {
        2025: V("Heidezoom pakt in 2025 vocht en schimmel aan in alle 86 woningen van het complex Kerkgracht, te "
                "beginnen bij de woningen waar klachten bekend zijn.", "eind 2025",
                fr(C, "firm", [(86, "woningen", "exact")], (2025, "in 2025"))),
        2026: V("Heidezoom pakt in 2026 vocht en schimmel aan in de 40 woningen van het complex Kerkgracht waar "
                "klachten bekend zijn.", "eind 2026",
                fr(C, "firm", [(40, "woningen", "exact")], (2026, "in 2026")), "weakened", ["scope", "deadline"]),
        2027: V("Heidezoom rondt de aanpak van vocht en schimmel in de 40 woningen van het complex Kerkgracht waar "
                "klachten bekend zijn uiterlijk medio 2027 af.", "medio 2027",
                fr(C, "firm", [(40, "woningen", "exact")], (2027, "uiterlijk medio 2027")), "weakened", ["deadline"]),
    }},
    {"key": "o-levensloop", "section": "oudebrem", "themes": ["kwaliteit"], "versions": {
        2025: V("Heidezoom maakt jaarlijks 15 eengezinswoningen in Oude Brem levensloopgeschikt, met een slaapkamer "
                "en badkamer op de begane grond.", "jaarlijks",
                fr(C, "firm", [(15, "woningen", "exact")], None, True)),
        2026: V("Heidezoom maakt jaarlijks 20 eengezinswoningen in Oude Brem levensloopgeschikt, met een slaapkamer "
                "en badkamer op de begane grond.", "jaarlijks",
                fr(C, "firm", [(20, "woningen", "exact")], None, True), "strengthened", ["quantity"]),
        2027: V("Ieder jaar past Heidezoom in Oude Brem twintig eengezinswoningen aan tot levensloopgeschikte woning, "
                "met slaapkamer en badkamer op de begane grond.", "jaarlijks",
                fr(C, "firm", [(20, "woningen", "exact")], None, True), "reworded", [], "same_figures"),
    }},
    {"key": "o-doorstroming", "section": "oudebrem", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom geeft 65-plussers die een eengezinswoning in Oude Brem achterlaten voorrang op de "
                "seniorenwoningen aan de Brink en een verhuisvergoeding van € 2.500.", "doorlopend",
                fr(C, "firm", [(65, "jaar", "min"), (2500, "euro", "exact")])),
        2026: V("Heidezoom geeft 65-plussers die een eengezinswoning in Oude Brem achterlaten voorrang op de "
                "seniorenwoningen aan de Brink en een verhuisvergoeding van € 1.500.", "doorlopend",
                fr(C, "firm", [(65, "jaar", "min"), (1500, "euro", "exact")]), "weakened", ["quantity"]),
        2027: V("Ouderen van 65 jaar en ouder die in Oude Brem een eengezinswoning vrijmaken, krijgen van Heidezoom "
                "voorrang op de seniorenwoningen aan de Brink en een verhuisvergoeding van € 1.500.", "doorlopend",
                fr(C, "firm", [(65, "jaar", "min"), (1500, "euro", "exact")]), "reworded", [], "same_figures"),
    }},
    {"key": "o-brinkhof", "section": "oudebrem", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom onderzoekt of op de plek van de voormalige school aan de Brinkhof 24 seniorenwoningen "
                "kunnen worden gebouwd.", "eind 2025",
                fr(C, "explore", [(24, "woningen", "exact")], (2025, "eind 2025"))),
        2026: V("Heidezoom bouwt op de plek van de voormalige school aan de Brinkhof 24 seniorenwoningen; de bouw "
                "start in 2027.", "start bouw 2027",
                fr(C, "firm", [(24, "woningen", "exact")], (2027, "in 2027")), "strengthened", ["modality"]),
        2027: V("Heidezoom bouwt op de plek van de voormalige school aan de Brinkhof 24 seniorenwoningen, mits de "
                "gemeente de grond vóór 1 juli 2027 bouwrijp levert; de bouw start in 2027.", "start bouw 2027",
                fr(C, "firm", [(24, "woningen", "exact")], (2027, "in 2027"), False,
                   ["mits de gemeente de grond vóór 1 juli 2027 bouwrijp levert"]), "weakened", ["condition"]),
    }},
    {"key": "o-zonnepanelen", "section": "oudebrem", "themes": ["duurzaamheid_klimaat"], "versions": {
        2025: V("Heidezoom legt in 2025 zonnepanelen op alle 120 eengezinswoningen in Oude Brem waarvan het dak "
                "daarvoor geschikt is.", "eind 2025",
                fr(C, "firm", [(120, "woningen", "exact")], (2025, "in 2025"))),
    }},
    {"key": "o-gevels", "section": "oudebrem", "themes": ["kwaliteit"], "versions": {
        2026: V("Heidezoom herstelt in 2026 het voegwerk en de kozijnen van de 32 beeldbepalende woningen aan de "
                "Kerkgracht, in overleg met de gemeentelijke erfgoedcommissie.", "eind 2026",
                fr(C, "firm", [(32, "woningen", "exact")], (2026, "in 2026"))),
        2027: V("Heidezoom herstelt in 2027 het voegwerk en de kozijnen van de 32 beeldbepalende woningen aan de "
                "Kerkgracht, in overleg met de gemeentelijke erfgoedcommissie.", "eind 2027",
                fr(C, "firm", [(32, "woningen", "exact")], (2027, "in 2027")), "weakened", ["deadline"]),
    }},
    {"key": "o-buurtbudget", "section": "oudebrem", "themes": ["leefbaarheid"], "versions": {
        2025: V("Heidezoom stelt in 2025 een buurtbudget van € 12.000 beschikbaar voor bewonersinitiatieven in Oude "
                "Brem; Bremkring beoordeelt de aanvragen.", "2025",
                fr([C, H_], "firm", [(12000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: V("Heidezoom stelt in 2026 een buurtbudget van € 12.000 beschikbaar voor bewonersinitiatieven in Oude "
                "Brem; Bremkring beoordeelt de aanvragen.", "2026",
                fr([C, H_], "firm", [(12000, "euro", "exact")], (2026, "in 2026"), True),
                "reworded", [], "recurring_year"),
        2027: V("Heidezoom stelt in 2027 een buurtbudget van € 15.000 beschikbaar voor bewonersinitiatieven in Oude "
                "Brem; Bremkring beoordeelt de aanvragen.", "2027",
                fr([C, H_], "firm", [(15000, "euro", "exact")], (2027, "in 2027"), True),
                "strengthened", ["quantity"]),
    }},
    {"key": "o-overlast", "section": "oudebrem", "themes": ["leefbaarheid"], "versions": {
        2025: V("Gemeente en Heidezoom bespreken elk kwartaal met de wijkagent de overlast rond de Brink en spreken de "
                "betrokken huurders binnen twee weken na een melding aan.", "elk kwartaal",
                fr([G_, C], "firm", [(4, "keer per jaar", "exact"), (2, "weken", "max")], None, True)),
        2026: V("Gemeente en Heidezoom streven ernaar de overlast rond de Brink elk kwartaal met de wijkagent te "
                "bespreken en de betrokken huurders binnen twee weken na een melding aan te spreken.", "elk kwartaal",
                fr([G_, C], "intent", [(4, "keer per jaar", "exact"), (2, "weken", "max")], None, True),
                "weakened", ["modality"]),
        2027: SAME,
    }},
    # ------------------------------------------------------------------ Heidepark
    {"key": "h-heidelaan", "section": "heidepark", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom sloopt de vier galerijflats aan de Heidelaan en bouwt er ten minste 150 sociale "
                "huurwoningen voor terug, die in 2028 gereed zijn.", "2028",
                fr(C, "firm", [(4, "flats", "exact"), (150, "woningen", "min")], (2028, "in 2028"))),
        2026: V("Heidezoom sloopt de vier galerijflats aan de Heidelaan en bouwt er ten minste 130 sociale "
                "huurwoningen voor terug, die in 2028 gereed zijn.", "2028",
                fr(C, "firm", [(4, "flats", "exact"), (130, "woningen", "min")], (2028, "in 2028")),
                "weakened", ["quantity"]),
        2027: V("Op de plek van de vier galerijflats aan de Heidelaan, die Heidezoom sloopt, komen ten minste 130 "
                "nieuwe sociale huurwoningen terug; deze zijn in 2028 gereed.", "2028",
                fr(C, "firm", [(4, "flats", "exact"), (130, "woningen", "min")], (2028, "in 2028")),
                "reworded", [], "same_figures"),
    }},
    {"key": "h-labels-portiek", "section": "heidepark", "themes": ["duurzaamheid_klimaat"], "versions": {
        2025: V("Heidezoom verbetert vóór eind 2026 alle portiekflats in Heidepark met een label E, F of G naar ten "
                "minste label B.", "eind 2026",
                fr(C, "firm", [("B", "label", "min")], (2026, "vóór eind 2026"))),
        2026: V("Heidezoom verbetert vóór eind 2027 alle portiekflats in Heidepark met een label E, F of G naar ten "
                "minste label B.", "eind 2027",
                fr(C, "firm", [("B", "label", "min")], (2027, "vóór eind 2027")), "weakened", ["deadline"]),
        2027: V("Heidezoom verbetert vóór eind 2027 alle portiekflats in Heidepark met een label E, F of G naar ten "
                "minste label A.", "eind 2027",
                fr(C, "firm", [("A", "label", "min")], (2027, "vóór eind 2027")), "strengthened", ["label"]),
    }},
    {"key": "h-energiecoaches", "section": "heidepark", "themes": ["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("De gemeente zet in Heidepark energiecoaches in die in 2025 ten minste 200 huishoudens thuis "
                "bezoeken, voor zover de rijksmiddelen voor energiearmoede daarvoor toereikend zijn.", "2025",
                fr(G_, "firm", [(200, "huishoudens", "min")], (2025, "in 2025"), True,
                   ["voor zover de rijksmiddelen voor energiearmoede daarvoor toereikend zijn"])),
        2026: V("De gemeente zet in Heidepark energiecoaches in die in 2026 ten minste 200 huishoudens thuis "
                "bezoeken.", "2026", fr(G_, "firm", [(200, "huishoudens", "min")], (2026, "in 2026"), True),
                "strengthened", ["condition"]),
        2027: V("De gemeente streeft ernaar dat energiecoaches in Heidepark in 2027 ten minste 200 huishoudens thuis "
                "bezoeken.", "2027", fr(G_, "intent", [(200, "huishoudens", "min")], (2027, "in 2027"), True),
                "weakened", ["modality"]),
    }},
    {"key": "h-huurachterstand", "section": "heidepark", "themes": ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], "versions": {
        2025: V("Heidezoom neemt bij een huurachterstand van één maand binnen vijf werkdagen persoonlijk contact op "
                "met de huurder en meldt de achterstand met diens toestemming bij het wijkteam Heidepark.", "doorlopend",
                fr(C, "firm", [(1, "maanden", "exact"), (5, "werkdagen", "max")])),
        2026: V("Heidezoom neemt bij een huurachterstand van één maand binnen drie werkdagen persoonlijk contact op "
                "met de huurder en meldt de achterstand met diens toestemming bij het wijkteam Heidepark.", "doorlopend",
                fr(C, "firm", [(1, "maanden", "exact"), (3, "werkdagen", "max")]), "strengthened", ["quantity"]),
        2027: SAME,
    }},
    {"key": "h-schouw", "section": "heidepark", "themes": ["leefbaarheid"], "versions": {
        2025: V("Gemeente en Heidezoom voeren samen met bewoners vier keer per jaar een schouw uit in de portieken en "
                "de openbare ruimte van Heidepark.", "elk kwartaal",
                fr([G_, C], "firm", [(4, "keer per jaar", "exact")], None, True)),
        2026: V("Gemeente en Heidezoom voeren samen met bewoners twee keer per jaar een schouw uit in de portieken en "
                "de openbare ruimte van Heidepark.", "voorjaar en najaar",
                fr([G_, C], "firm", [(2, "keer per jaar", "exact")], None, True), "weakened", ["quantity"]),
        2027: V("Twee keer per jaar schouwen gemeente, Heidezoom en bewoners samen de portieken en de openbare ruimte "
                "van Heidepark.", "voorjaar en najaar",
                fr([G_, C], "firm", [(2, "keer per jaar", "exact")], None, True), "reworded", [], "same_figures"),
    }},
    {"key": "h-wonen-zorg", "section": "heidepark", "themes": ["kwaliteit"], "versions": {
        2025: V("Heidezoom verkent met zorgaanbieder De Linde de mogelijkheid om een portiekflat aan de Vijverweg "
                "geschikt te maken voor wonen met zorg.", "eind 2025",
                fr(C, "explore", [(1, "flats", "exact")], (2025, "eind 2025"))),
    }},
    {"key": "h-speelplek", "section": "heidepark", "themes": ["leefbaarheid"], "versions": {
        2026: V("De gemeente vernieuwt in 2026 de speelplek bij de Bremvijver en betrekt kinderen uit de buurt bij het "
                "ontwerp.", "zomer 2026", fr(G_, "firm", [], (2026, "in 2026"))),
    }},
    {"key": "h-buurtkamer", "section": "heidepark", "themes": ["leefbaarheid"], "versions": {
        2027: V("Heidezoom richt in 2027 in een leegstaande bedrijfsruimte aan de Vijverweg een buurtkamer in, die "
                "Bremkring samen met vrijwilligers beheert.", "najaar 2027",
                fr([C, H_], "firm", [], (2027, "in 2027"))),
    }},
    {"key": "h-liften", "section": "heidepark", "themes": ["kwaliteit"], "versions": {
        2025: V("Heidezoom plaatst in 2025 liften in twee portiekflats aan de Vijverweg, zodat de bovenwoningen "
                "bereikbaar worden voor ouderen.", "eind 2025",
                fr(C, "firm", [(2, "flats", "exact")], (2025, "in 2025"))),
        2026: V("Heidezoom plaatst in 2026 liften in twee portiekflats aan de Vijverweg, zodat de bovenwoningen "
                "bereikbaar worden voor ouderen, indien dit financieel haalbaar is.", "eind 2026",
                fr(C, "firm", [(2, "flats", "exact")], (2026, "in 2026"), False,
                   ["indien dit financieel haalbaar is"]), "weakened", ["deadline", "condition"]),
        2027: V("Heidezoom plaatst in 2027 liften in twee portiekflats aan de Vijverweg, zodat de bovenwoningen "
                "bereikbaar worden voor ouderen.", "eind 2027",
                fr(C, "firm", [(2, "flats", "exact")], (2027, "in 2027")), "modified", ["condition", "deadline"]),
    }},
    # ------------------------------------------------------------------ Gemeentebreed
    {"key": "g-nieuwbouw", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom levert in de periode 2025-2028 in totaal ten minste 320 sociale huurwoningen op in "
                "Bremwolde.", None, fr(C, "firm", [(320, "woningen", "min")], (2028, "in de periode 2025-2028"))),
        2026: V("Heidezoom levert in de periode 2025-2028 in totaal ten minste 280 sociale huurwoningen op in "
                "Bremwolde.", None, fr(C, "firm", [(280, "woningen", "min")], (2028, "in de periode 2025-2028")),
                "weakened", ["quantity"]),
        2027: V("Heidezoom levert in de periode 2025-2029 in totaal ten minste 280 sociale huurwoningen op in "
                "Bremwolde.", None, fr(C, "firm", [(280, "woningen", "min")], (2029, "in de periode 2025-2029")),
                "weakened", ["deadline"]),
    }},
    {"key": "g-verkoop", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom verkoopt in 2025 ten hoogste 10 sociale huurwoningen en liberaliseert geen woningen.", None,
                fr(C, "firm", [(10, "woningen", "max"), (0, "woningen", "max")], (2025, "in 2025"), True)),
        2026: V("Heidezoom verkoopt in 2026 ten hoogste 6 sociale huurwoningen en liberaliseert geen woningen.", None,
                fr(C, "firm", [(6, "woningen", "max"), (0, "woningen", "max")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Heidezoom verkoopt in 2027 ten hoogste 6 sociale huurwoningen en liberaliseert geen woningen.", None,
                fr(C, "firm", [(6, "woningen", "max"), (0, "woningen", "max")], (2027, "in 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "g-huurverhoging", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("De gemiddelde huurverhoging van Heidezoom per 1 juli 2025 blijft ten minste 0,5 procentpunt onder "
                "de maximale huursomstijging die het Rijk toestaat.", None,
                fr(C, "firm", [(0.5, "procentpunt", "min")], (2025, "per 1 juli 2025"), True)),
        2026: V("De gemiddelde huurverhoging van Heidezoom per 1 juli 2026 blijft ten minste 0,25 procentpunt onder "
                "de maximale huursomstijging die het Rijk toestaat.", None,
                fr(C, "firm", [(0.25, "procentpunt", "min")], (2026, "per 1 juli 2026"), True),
                "weakened", ["quantity"]),
        2027: V("De gemiddelde huurverhoging van Heidezoom per 1 juli 2027 blijft ten minste 0,25 procentpunt onder "
                "de maximale huursomstijging die het Rijk toestaat.", None,
                fr(C, "firm", [(0.25, "procentpunt", "min")], (2027, "per 1 juli 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "g-passend-toewijzen", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom wijst ten minste 92% van de vrijkomende sociale huurwoningen toe aan huishoudens met een "
                "inkomen tot € 47.699 (prijspeil 2025).", None,
                fr(C, "firm", [(92, "%", "min"), (47699, "euro", "max")], None, True)),
        2026: V("Heidezoom wijst ten minste 92% van de vrijkomende sociale huurwoningen toe aan huishoudens met een "
                "inkomen tot € 49.134 (prijspeil 2026).", None,
                fr(C, "firm", [(92, "%", "min"), (49134, "euro", "max")], None, True),
                "reworded", [], "indexed_amount"),
        2027: V("Heidezoom wijst ten minste 95% van de vrijkomende sociale huurwoningen toe aan huishoudens met een "
                "inkomen tot € 50.520 (prijspeil 2027).", None,
                fr(C, "firm", [(95, "%", "min"), (50520, "euro", "max")], None, True),
                "strengthened", ["quantity"]),
    }},
    {"key": "g-vergunninghouders", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid"], "versions": {
        2025: V("Heidezoom stelt in 2025 ten minste 34 woningen beschikbaar voor de huisvesting van "
                "vergunninghouders, overeenkomstig de taakstelling van het Rijk.", None,
                fr(C, "firm", [(34, "woningen", "min")], (2025, "in 2025"), True)),
        2026: V("Heidezoom stelt in 2026 ten minste 38 woningen beschikbaar voor de huisvesting van "
                "vergunninghouders, overeenkomstig de taakstelling van het Rijk.", None,
                fr(C, "firm", [(38, "woningen", "min")], (2026, "in 2026"), True), "reworded", [], "external_figure"),
        2027: V("Heidezoom stelt in 2027 ten minste 31 woningen beschikbaar voor de huisvesting van "
                "vergunninghouders, overeenkomstig de taakstelling van het Rijk.", None,
                fr(C, "firm", [(31, "woningen", "min")], (2027, "in 2027"), True), "reworded", [], "external_figure"),
    }},
    {"key": "g-huisuitzettingen", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], "versions": {
        2025: V("Partijen streven ernaar dat in Bremwolde niemand uit huis wordt gezet vanwege uitsluitend een "
                "huurachterstand.", None, fr(P, "intent", [(0, "huisuitzettingen", "max")])),
        2026: V("Heidezoom zet in Bremwolde geen huurders uit vanwege uitsluitend een huurachterstand.", None,
                fr(C, "firm", [(0, "huisuitzettingen", "max")]), "strengthened", ["modality"]),
        2027: SAME,
    }},
    {"key": "g-vroegsignalering", "section": "gemeente", "themes": ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], "versions": {
        2027: V("De gemeente en Heidezoom sluiten in 2027 een convenant vroegsignalering, zodat huurders met een "
                "betalingsachterstand binnen twee weken een hulpaanbod krijgen.", None,
                fr([G_, C], "firm", [(2, "weken", "max")], (2027, "in 2027"))),
    }},
    {"key": "g-geen-efg", "section": "gemeente", "themes": ["duurzaamheid_klimaat"], "versions": {
        2025: V("Heidezoom heeft eind 2027 geen woningen meer met een energielabel E, F of G.", None,
                fr(C, "firm", [(0, "woningen", "max")], (2027, "eind 2027"))),
        2026: SAME,
        2027: V("Heidezoom verbetert in 2027 de laatste 58 woningen met een energielabel E, F of G, zodat er eind "
                "2027 geen woningen met deze labels meer over zijn.", None,
                fr(C, "firm", [(58, "woningen", "exact"), (0, "woningen", "max")], (2027, "eind 2027")),
                "reworded", [], "progress"),
    }},
    {"key": "g-woningaanpassingen", "section": "gemeente", "themes": ["kwaliteit"], "versions": {
        2026: V("Gemeente en Heidezoom leggen in 2026 in een werkafspraak vast wie welke woningaanpassing voor "
                "huurders betaalt en binnen welke termijn de aanpassing wordt uitgevoerd.", None,
                fr([G_, C], "firm", [], (2026, "in 2026"))),
    }},
    {"key": "g-woonvisie", "section": "gemeente", "themes": ["overig"], "versions": {
        2025: V("De gemeente actualiseert in 2025 de woonvisie en betrekt Heidezoom en Bremkring vanaf het begin bij "
                "het opstellen ervan.", None, fr(G_, "firm", [], (2025, "in 2025"))),
    }},
    {"key": "g-monitoring", "section": "gemeente", "themes": ["overig"], "versions": {
        2025: V("Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg, in "
                "mei en in november.", None, fr(P, "firm", [(2, "keer per jaar", "exact")], None, True)),
        2026: SAME,
        2027: V("Partijen monitoren de voortgang van deze afspraken één keer per jaar in het tripartiete overleg, in "
                "november.", None, fr(P, "firm", [(1, "keer per jaar", "exact")], None, True),
                "weakened", ["quantity"]),
    }},
    {"key": "g-ondersteuning", "section": "gemeente", "themes": ["overig"], "versions": {
        2025: V("Heidezoom stelt Bremkring in 2025 een werkbudget van € 9.000 ter beschikking voor scholing, advies "
                "en communicatie met de achterban.", None,
                fr(C, "firm", [(9000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: V("Heidezoom stelt Bremkring in 2026 een werkbudget van € 9.000 ter beschikking voor scholing, advies "
                "en communicatie met de achterban.", None,
                fr(C, "firm", [(9000, "euro", "exact")], (2026, "in 2026"), True), "reworded", [], "recurring_year"),
        2027: V("Heidezoom stelt Bremkring in 2027 een werkbudget van € 10.500 ter beschikking voor scholing, advies "
                "en communicatie met de achterban.", None,
                fr(C, "firm", [(10500, "euro", "exact")], (2027, "in 2027"), True), "strengthened", ["quantity"]),
    }},
    {"key": "g-geschillen", "section": "gemeente", "themes": ["overig"], "versions": {
        2025: V("Komen partijen er bij een verschil van inzicht over deze afspraken samen niet uit, dan vragen zij "
                "advies aan een onafhankelijke deskundige die zij gezamenlijk aanwijzen.", None,
                fr(P, "firm", [], None, False, ["komen partijen er bij een verschil van inzicht over deze afspraken samen niet uit"])),
        2026: SAME,
        2027: SAME,
    }},
]

INTRO = {
    "inleiding": [
        "De gemeente Bremwolde, Woonstichting Heidezoom en Huurdersvereniging Bremkring maken elk jaar afspraken "
        "over het wonen in Bremwolde. Dit jaar presenteren wij die afspraken opnieuw per wijk: wat er gebeurt, "
        "ziet u op de plek waar het gebeurt.",
        "De afspraken sluiten aan bij de Woonvisie Bremwolde en bij het bod dat Heidezoom op {bodjaar} heeft "
        "uitgebracht. Heidezoom wil op termijn in elke wijk een mix van woningtypen bieden; die ambitie is nog geen "
        "afspraak en wordt uitgewerkt in de nieuwe portefeuillestrategie.",
    ],
    "leeswijzer": [
        "Na deze inleiding volgt per wijk een wijkkaart. Rond de kaart staan de afspraken voor die wijk, elk met een "
        "nummer, een themakleur en de termijn waarop het resultaat gereed moet zijn. Het kader Wijk in cijfers geeft "
        "achtergrond en bevat geen afspraken. Afspraken die voor heel Bremwolde gelden, staan in het laatste "
        "hoofdstuk.",
    ],
    "terugblik": {
        2025: "In 2024 heeft Heidezoom 57 woningen opgeleverd en 310 woningen geïsoleerd. Het tripartiete overleg "
              "kwam vier keer bijeen.",
        2026: "In 2025 zijn 38 sociale huurwoningen opgeleverd en kregen 244 woningen een beter energielabel. De "
              "liften aan de Vijverweg zijn nog niet geplaatst omdat de aanbesteding opnieuw moest.",
        2027: "In 2026 zijn 61 sociale huurwoningen opgeleverd. De isolatie aan de Sluiskade en de vergroening langs "
              "het Bremkanaal zijn afgerond; de liften aan de Vijverweg zijn nog niet geplaatst.",
    },
    "bod": {2025: "28 juni 2024", 2026: "27 juni 2025", 2027: "30 juni 2026"},
}

GEMEENTE_INTRO = ("De afspraken in dit hoofdstuk gelden voor alle wijken van Bremwolde. Waar een afspraak een "
                  "aantal of bedrag noemt, gaat het om het hele bezit van Heidezoom in de gemeente.")

SIGN = {
    "date": {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"},
    "who": [("Gemeente Bremwolde", "M.J. Verhoeven", "wethouder Wonen"),
            ("Woonstichting Heidezoom", "drs. A. Koolhof", "directeur-bestuurder"),
            ("Huurdersvereniging Bremkring", "T. de Graaf-Minnaert", "voorzitter")],
}
