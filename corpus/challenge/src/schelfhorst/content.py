# -*- coding: utf-8 -*-
"""Content of the schelfhorst family (fictional): three yearly agreements 2024, 2025, 2026."""

FAMILY = "schelfhorst"
GEMEENTE = "Schelfhorst"
CORPORATIE = "Woonstichting De Korenschoof"
HUURDERS = "Huurdersvereniging Schelfhorst Samen"
YEARS = [2024, 2025, 2026]
LAYOUT = "statuslabels"

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    return {
        "actors": list(actors),
        "modality": mod,
        "quantities": [
            {"value": x[0], "unit": x[1], "comparator": x[2], "value_max": x[3] if len(x) > 3 else None}
            for x in q
        ],
        "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
        "recurring": rec,
        "conditions": list(cond),
    }


def V(text, frame, status=None, kinds=(), hn=None, eig=None, fn=None, label=None):
    return {"text": text, "frame": frame, "status": status, "kinds": list(kinds), "hn": hn,
            "eig": eig, "fn": fn, "label": label}


SAME = "same"

CHAPTERS = [
    ("bb", "Beschikbaar en betaalbaar wonen"),
    ("du", "Duurzaamheid en energietransitie"),
    ("kw", "Kwaliteit, wonen en zorg"),
    ("le", "Leefbare wijken"),
    ("pr", "Samenwerking en proces"),
]

# parents: key, chapter, title
PARENTS = [
    ("nieuwbouw", "bb", "Nieuwbouw"),
    ("voorraad", "bb", "Sociale voorraad en verkoop"),
    ("huurbeleid", "bb", "Huurbeleid"),
    ("toewijzing", "bb", "Woningtoewijzing"),
    ("doelgroepen", "bb", "Bijzondere doelgroepen"),
    ("achterstand", "bb", "Huurachterstanden"),
    ("labels", "du", "Energielabels en isolatie"),
    ("zon", "du", "Zonnepanelen"),
    ("armoede", "du", "Energiearmoede"),
    ("aardgasvrij", "du", "Aardgasvrije wijken"),
    ("klimaat", "du", "Klimaatadaptatie"),
    ("onderhoud", "kw", "Onderhoud en woningkwaliteit"),
    ("zorg", "kw", "Wonen met zorg"),
    ("veiligheid", "kw", "Brandveiligheid"),
    ("lbudget", "le", "Leefbaarheidsbudget"),
    ("wijk", "le", "Samenwerking in de wijk"),
    ("initiatief", "le", "Bewonersinitiatieven"),
    ("monitoring", "pr", "Monitoring en evaluatie"),
    ("ondersteuning", "pr", "Ondersteuning huurdersvereniging"),
    ("bodproces", "pr", "Bod op de woonvisie"),
]
# parents printed as one afspraak (no subs)
SOLO = {"huurbeleid", "achterstand", "zon", "klimaat", "veiligheid", "lbudget", "initiatief",
        "ondersteuning", "bodproces"}

AFSPRAKEN = [
    # ---------------- Beschikbaar en betaalbaar wonen
    dict(key="nieuwbouw-kerkveld", parent="nieuwbouw", theme=B, versions={
        2024: V("De Korenschoof levert in 2025 in het plan Kerkveld 48 sociale huurwoningen op, waarvan ten minste 16 levensloopbestendig.",
                F(["corporatie"], "firm", [(48, "woningen", "exact"), (16, "woningen", "min")], (2025, "in 2025")),
                eig=("De Korenschoof", "Q4 2025")),
        2025: V("De Korenschoof levert in 2026 in het plan Kerkveld 48 sociale huurwoningen op, waarvan ten minste 16 levensloopbestendig.",
                F(["corporatie"], "firm", [(48, "woningen", "exact"), (16, "woningen", "min")], (2026, "in 2026")),
                "weakened", ["deadline"], eig=("De Korenschoof", "Q2 2026")),
        2026: V("In het plan Kerkveld worden in 2026 door De Korenschoof 48 sociale huurwoningen opgeleverd; minimaal 16 daarvan zijn levensloopbestendig.",
                F(["corporatie"], "firm", [(48, "woningen", "exact"), (16, "woningen", "min")], (2026, "in 2026")),
                "reworded", hn="same_figures", eig=("De Korenschoof", "Q2 2026")),
    }),
    dict(key="nieuwbouw-schelfhaven", parent="nieuwbouw", theme=B, versions={
        2024: V("De Korenschoof onderzoekt of op de locatie Schelfhaven 30 tot 40 sociale huurwoningen kunnen worden gebouwd.",
                F(["corporatie"], "explore", [(30, "woningen", "range", 40)])),
        2025: V("De Korenschoof bouwt op de locatie Schelfhaven 30 tot 40 sociale huurwoningen.",
                F(["corporatie"], "firm", [(30, "woningen", "range", 40)]),
                "strengthened", ["modality"], eig=("De Korenschoof", "2027")),
        2026: V("De Korenschoof bouwt op de locatie Schelfhaven 40 sociale huurwoningen; de bouw start uiterlijk in het tweede kwartaal van 2026.",
                F(["corporatie"], "firm", [(40, "woningen", "exact")], (2026, "uiterlijk in het tweede kwartaal van 2026")),
                "strengthened", ["quantity", "deadline"], eig=("De Korenschoof", "Q2 2026")),
    }),
    dict(key="grondprijs", parent="nieuwbouw", theme=B, versions={
        2024: V("De gemeente hanteert voor sociale huurwoningen in nieuwbouwplannen een vaste grondprijs van € 22.500 per woning (prijspeil 2024).",
                F(["gemeente"], "firm", [(22500, "euro", "exact")])),
        2025: V("De gemeente hanteert voor sociale huurwoningen in nieuwbouwplannen een vaste grondprijs van € 23.400 per woning (prijspeil 2025).",
                F(["gemeente"], "firm", [(23400, "euro", "exact")]), "reworded", hn="indexed_amount"),
        2026: SAME,
    }),
    dict(key="plancapaciteit", parent="nieuwbouw", theme=B, versions={
        2025: V("De gemeente legt in elk nieuw woningbouwplan van meer dan 25 woningen vast dat ten minste 30% van het programma uit sociale huurwoningen bestaat.",
                F(["gemeente"], "firm", [(25, "woningen", "min"), (30, "%", "min")]), eig=("Gemeente", "doorlopend")),
        2026: V("De gemeente legt in elk nieuw woningbouwplan van meer dan 25 woningen vast dat ten minste 25% van het programma uit sociale huurwoningen bestaat.",
                F(["gemeente"], "firm", [(25, "woningen", "min"), (25, "%", "min")]),
                "weakened", ["quantity"], eig=("Gemeente", "doorlopend")),
    }),
    dict(key="sociale-voorraad", parent="voorraad", theme=B, versions={
        2024: V("Partijen zorgen ervoor dat de sociale huurvoorraad van De Korenschoof in Schelfhorst tot en met 2030 niet daalt onder 3.150 woningen.",
                F(["partijen"], "firm", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad van De Korenschoof in Schelfhorst tot en met 2030 niet daalt onder 3.150 woningen.",
                F(["partijen"], "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030")),
                "weakened", ["modality"]),
        2026: SAME,
    }),
    dict(key="verkoop", parent="voorraad", theme=B, versions={
        2024: V("De Korenschoof verkoopt in 2024 ten hoogste 12 huurwoningen, uitsluitend bij mutatie en buiten de kern Oosterschelf.",
                F(["corporatie"], "firm", [(12, "woningen", "max")], (2024, "in 2024"), True)),
        2025: V("De Korenschoof verkoopt in 2025 ten hoogste 12 huurwoningen, uitsluitend bij mutatie en buiten de kern Oosterschelf.",
                F(["corporatie"], "firm", [(12, "woningen", "max")], (2025, "in 2025"), True),
                "reworded", hn="recurring_year"),
        2026: V("De Korenschoof verkoopt in 2026 ten hoogste 20 huurwoningen, uitsluitend bij mutatie en buiten de kern Oosterschelf.",
                F(["corporatie"], "firm", [(20, "woningen", "max")], (2026, "in 2026"), True),
                "weakened", ["quantity"]),
    }),
    dict(key="liberalisatie", parent="voorraad", theme=B, versions={
        2024: V("De Korenschoof liberaliseert in de looptijd van deze afspraken geen sociale huurwoningen.",
                F(["corporatie"], "firm", [(0, "woningen", "max")])),
    }),
    dict(key="huurverhoging", parent="huurbeleid", theme=B, versions={
        2024: V("De Korenschoof houdt de gemiddelde huurverhoging per 1 juli 2024 ten minste 0,5 procentpunt onder de maximaal toegestane huurverhoging.",
                F(["corporatie"], "firm", [(0.5, "procentpunt", "min")], (2024, "per 1 juli 2024"), True),
                eig=("De Korenschoof", "1 juli 2024")),
        2025: V("De Korenschoof houdt de gemiddelde huurverhoging per 1 juli 2025 ten minste 1 procentpunt onder de maximaal toegestane huurverhoging.",
                F(["corporatie"], "firm", [(1, "procentpunt", "min")], (2025, "per 1 juli 2025"), True),
                "strengthened", ["quantity"], eig=("De Korenschoof", "1 juli 2025")),
        2026: V("De Korenschoof houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 1 procentpunt onder de maximaal toegestane huurverhoging.",
                F(["corporatie"], "firm", [(1, "procentpunt", "min")], (2026, "per 1 juli 2026"), True),
                "reworded", hn="recurring_year", eig=("De Korenschoof", "1 juli 2026")),
    }),
    dict(key="passend-toewijzen", parent="toewijzing", theme=B, versions={
        2024: V("De Korenschoof wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens met recht op huurtoeslag.",
                F(["corporatie"], "firm", [(95, "%", "min")]),
                fn=("passend", "Passend toewijzen zoals bedoeld in artikel 46 van de Woningwet.")),
        2025: SAME,
        2026: V("Van de vrijkomende sociale huurwoningen wijst De Korenschoof minimaal 95% passend toe aan huishoudens die recht hebben op huurtoeslag.",
                F(["corporatie"], "firm", [(95, "%", "min")]), "reworded", hn="same_figures",
                fn=("passend", "Passend toewijzen zoals bedoeld in artikel 46 van de Woningwet.")),
    }),
    dict(key="lokaal-maatwerk", parent="toewijzing", theme=B, versions={
        2024: V("De Korenschoof onderzoekt of 10% van de vrije toewijzingsruimte kan worden ingezet voor starters met een binding met Schelfhorst.",
                F(["corporatie"], "explore", [(10, "%", "exact")]),
                fn=("toewijzingsruimte", "De ruimte om woningen toe te wijzen aan huishoudens met een inkomen boven de inkomensgrens; wettelijk ten hoogste 15%.")),
        2025: V("De Korenschoof zet 15% van de vrije toewijzingsruimte in voor starters met een binding met Schelfhorst.",
                F(["corporatie"], "firm", [(15, "%", "exact")]), "strengthened", ["modality", "quantity"],
                fn=("toewijzingsruimte", "De ruimte om woningen toe te wijzen aan huishoudens met een inkomen boven de inkomensgrens; wettelijk ten hoogste 15%.")),
        2026: V("De Korenschoof zet 15% van de vrije toewijzingsruimte in voor starters met een binding met Schelfhorst, uitsluitend in de kernen Oosterschelf en Wierdijk.",
                F(["corporatie"], "firm", [(15, "%", "exact")]), "weakened", ["scope"],
                fn=("toewijzingsruimte", "De ruimte om woningen toe te wijzen aan huishoudens met een inkomen boven de inkomensgrens; wettelijk ten hoogste 15%.")),
    }),
    dict(key="doelgroep-inkomen", parent="toewijzing", theme=B, versions={
        2024: V("De Korenschoof wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2024).",
                F(["corporatie"], "firm", [(90, "%", "min"), (47699, "euro", "max")])),
        2025: V("De Korenschoof wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.135 (prijspeil 2025).",
                F(["corporatie"], "firm", [(90, "%", "min"), (49135, "euro", "max")]), "reworded", hn="indexed_amount"),
        2026: V("De Korenschoof wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 50.270 (prijspeil 2026).",
                F(["corporatie"], "firm", [(90, "%", "min"), (50270, "euro", "max")]), "reworded", hn="indexed_amount"),
    }),
    dict(key="urgentie-mantelzorg", parent="toewijzing", theme=B, versions={
        2026: V("De gemeente en De Korenschoof verkennen in 2026 of een voorrangsregeling voor mantelzorgers in de huisvestingsverordening wenselijk is.",
                F(["gemeente", "corporatie"], "explore", [], (2026, "in 2026")), eig=("Gemeente", "Q3 2026")),
    }),
    dict(key="statushouders", parent="doelgroepen", theme=B, versions={
        2024: V("De Korenschoof stelt jaarlijks ten minste de helft van de taakstelling voor vergunninghouders aan woningen beschikbaar.",
                F(["corporatie"], "firm", [(50, "%", "min")], None, True),
                fn=("taakstelling", "De taakstelling wordt per half jaar door het Rijk vastgesteld.")),
        2025: SAME,
        2026: V("De Korenschoof stelt jaarlijks ten minste 60% van de taakstelling voor vergunninghouders aan woningen beschikbaar.",
                F(["corporatie"], "firm", [(60, "%", "min")], None, True), "strengthened", ["quantity"],
                fn=("taakstelling", "De taakstelling wordt per half jaar door het Rijk vastgesteld.")),
    }),
    dict(key="uitstroom", parent="doelgroepen", theme=B, themes=[B, L], versions={
        2024: V("De Korenschoof stelt in 2024 acht woningen beschikbaar voor huurders die uitstromen uit beschermd wonen en maatschappelijke opvang.",
                F(["corporatie"], "firm", [(8, "woningen", "exact")], (2024, "in 2024"), True), eig=("De Korenschoof", "2024")),
        2025: V("De Korenschoof stelt in 2025 8 woningen beschikbaar voor huurders die uitstromen uit beschermd wonen en maatschappelijke opvang.",
                F(["corporatie"], "firm", [(8, "woningen", "exact")], (2025, "in 2025"), True), "reworded", hn="recurring_year",
                eig=("De Korenschoof", "2025")),
        2026: V("De Korenschoof stelt in 2026 8 woningen beschikbaar voor huurders die uitstromen uit beschermd wonen en maatschappelijke opvang, mits de gemeente voor elke huurder de begeleiding financiert.",
                F(["corporatie"], "firm", [(8, "woningen", "exact")], (2026, "in 2026"), True,
                  ["mits de gemeente voor elke huurder de begeleiding financiert"]), "weakened", ["condition"],
                eig=("De Korenschoof", "2026")),
    }),
    dict(key="huurachterstand", parent="achterstand", theme=B, versions={
        2024: V("De Korenschoof neemt binnen 14 dagen na het ontstaan van een huurachterstand contact op met de huurder en meldt een achterstand van twee maanden bij het gemeentelijke team Vroeg Erop.",
                F(["corporatie"], "firm", [(14, "dagen", "max"), (2, "maanden", "exact")])),
        2025: V("De Korenschoof neemt binnen 7 dagen na het ontstaan van een huurachterstand contact op met de huurder en meldt een achterstand van twee maanden bij het gemeentelijke team Vroeg Erop.",
                F(["corporatie"], "firm", [(7, "dagen", "max"), (2, "maanden", "exact")]), "strengthened", ["quantity"]),
        2026: SAME,
    }),
    # ---------------- Duurzaamheid
    dict(key="geen-efg", parent="labels", theme=D, versions={
        2024: V("De Korenschoof heeft eind 2026 geen woningen meer met energielabel E, F of G.",
                F(["corporatie"], "firm", [(0, "woningen", "max")], (2026, "eind 2026")),
                eig=("De Korenschoof", "eind 2026"), fn=("energielabel", "Energielabels volgens de bepalingsmethode NTA 8800.")),
        2025: V("De Korenschoof heeft eind 2027 geen woningen meer met energielabel E, F of G.",
                F(["corporatie"], "firm", [(0, "woningen", "max")], (2027, "eind 2027")), "weakened", ["deadline"],
                eig=("De Korenschoof", "eind 2027"), fn=("energielabel", "Energielabels volgens de bepalingsmethode NTA 8800.")),
        2026: V("Uiterlijk eind 2027 heeft geen enkele woning van De Korenschoof nog energielabel F of G.",
                F(["corporatie"], "firm", [(0, "woningen", "max")], (2027, "uiterlijk eind 2027")), "weakened", ["label"],
                eig=("De Korenschoof", "eind 2027"), fn=("energielabel", "Energielabels volgens de bepalingsmethode NTA 8800.")),
    }),
    dict(key="gemiddeld-label", parent="labels", theme=D, versions={
        2024: V("De Korenschoof streeft naar een gemiddeld energielabel B voor het totale woningbezit in 2028.",
                F(["corporatie"], "intent", [("B", "label", "min")], (2028, "in 2028"))),
        2025: V("De Korenschoof streeft naar een gemiddeld energielabel A voor het totale woningbezit in 2028.",
                F(["corporatie"], "intent", [("A", "label", "min")], (2028, "in 2028")), "strengthened", ["label"]),
        2026: V("De Korenschoof realiseert in 2028 een gemiddeld energielabel A voor het totale woningbezit.",
                F(["corporatie"], "firm", [("A", "label", "min")], (2028, "in 2028")), "strengthened", ["modality"]),
    }),
    dict(key="isolatie", parent="labels", theme=D, versions={
        2024: V("De Korenschoof isoleert in 2024 ten minste 150 woningen volgens de standaard voor woningisolatie.",
                F(["corporatie"], "firm", [(150, "woningen", "min")], (2024, "in 2024"), True), eig=("De Korenschoof", "2024")),
        2025: V("De Korenschoof isoleert in 2025 ten minste 120 woningen volgens de standaard voor woningisolatie.",
                F(["corporatie"], "firm", [(120, "woningen", "min")], (2025, "in 2025"), True), "weakened", ["quantity"],
                eig=("De Korenschoof", "2025")),
        2026: V("De Korenschoof isoleert in 2026 ten minste 180 woningen volgens de standaard voor woningisolatie.",
                F(["corporatie"], "firm", [(180, "woningen", "min")], (2026, "in 2026"), True), "strengthened", ["quantity"],
                eig=("De Korenschoof", "2026")),
    }),
    dict(key="zonnepanelen", parent="zon", theme=D, versions={
        2024: V("De Korenschoof biedt alle huurders van een eengezinswoning zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 12.",
                F(["corporatie"], "firm", [(12, "euro", "max")])),
    }),
    dict(key="energiecoaches", parent="armoede", theme=D, themes=[D, B], versions={
        2024: V("De gemeente zet energiecoaches in die ten minste 200 huurdershuishoudens per jaar bezoeken.",
                F(["gemeente"], "firm", [(200, "huishoudens", "min")], None, True)),
        2025: V("Jaarlijks bezoeken door de gemeente ingezette energiecoaches minimaal 200 huurdershuishoudens.",
                F(["gemeente"], "firm", [(200, "huishoudens", "min")], None, True), "reworded", hn="same_figures"),
        2026: V("Jaarlijks bezoeken door de gemeente ingezette energiecoaches minimaal 150 huurdershuishoudens.",
                F(["gemeente"], "firm", [(150, "huishoudens", "min")], None, True), "weakened", ["quantity"]),
    }),
    dict(key="energiefonds", parent="armoede", theme=D, themes=[D, B], versions={
        2025: V("De gemeente stelt in 2025 een energiefonds van € 150.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders.",
                F(["gemeente"], "firm", [(150000, "euro", "exact")], (2025, "in 2025"), True), eig=("Gemeente", "2025")),
        2026: V("De gemeente stelt in 2026 een energiefonds van € 150.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders, onder voorbehoud van een bijdrage uit de rijksregeling.",
                F(["gemeente"], "firm", [(150000, "euro", "exact")], (2026, "in 2026"), True,
                  ["onder voorbehoud van een bijdrage uit de rijksregeling"]), "weakened", ["condition"], eig=("Gemeente", "2026")),
    }),
    dict(key="wijkuitvoeringsplan", parent="aardgasvrij", theme=D, versions={
        2024: V("De gemeente stelt uiterlijk eind 2024 het wijkuitvoeringsplan aardgasvrij voor de wijk De Hooiberg vast.",
                F(["gemeente"], "firm", [], (2024, "uiterlijk eind 2024")), eig=("Gemeente", "Q4 2024")),
        2025: V("De gemeente stelt uiterlijk medio 2025 het wijkuitvoeringsplan aardgasvrij voor de wijk De Hooiberg vast.",
                F(["gemeente"], "firm", [], (2025, "uiterlijk medio 2025")), "weakened", ["deadline"], eig=("Gemeente", "Q2 2025")),
    }),
    dict(key="warmtenet", parent="aardgasvrij", theme=D, versions={
        2024: V("De Korenschoof verkent de aansluiting van 220 woningen in De Hooiberg op het warmtenet.",
                F(["corporatie"], "explore", [(220, "woningen", "exact")])),
        2025: SAME,
        2026: V("De Korenschoof sluit 220 woningen in De Hooiberg aan op het warmtenet, indien de woonlasten voor huurders daardoor niet stijgen.",
                F(["corporatie"], "firm", [(220, "woningen", "exact")], None, False,
                  ["indien de woonlasten voor huurders daardoor niet stijgen"]), "modified", ["modality", "condition"]),
    }),
    dict(key="klimaatadaptatie", parent="klimaat", theme=D, versions={
        2025: V("Bij groot onderhoud en renovatie legt De Korenschoof waar mogelijk groene daken of voorzieningen voor regenwateropvang aan.",
                F(["corporatie"], "firm", [], None, False, ["waar mogelijk"])),
        2026: V("Bij groot onderhoud en renovatie legt De Korenschoof groene daken of voorzieningen voor regenwateropvang aan.",
                F(["corporatie"], "firm"), "strengthened", ["condition"]),
    }),
    # ---------------- Kwaliteit
    dict(key="vocht-schimmel", parent="onderhoud", theme=K, versions={
        2024: V("De Korenschoof inspecteert de woning binnen 10 werkdagen na een melding van vocht of schimmel en stelt samen met de huurder een herstelplan op.",
                F(["corporatie"], "firm", [(10, "werkdagen", "max")])),
        2025: SAME,
        2026: V("De Korenschoof inspecteert de woning binnen 5 werkdagen na een melding van vocht of schimmel en stelt samen met de huurder een herstelplan op.",
                F(["corporatie"], "firm", [(5, "werkdagen", "max")]), "strengthened", ["quantity"]),
    }),
    dict(key="huurdersoordeel", parent="onderhoud", theme=K, versions={
        2024: V("De Korenschoof streeft naar een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van ten minste 7,5.",
                F(["corporatie"], "intent", [(7.5, "cijfer", "min")])),
        2025: V("De Korenschoof heeft de ambitie dat huurders de afhandeling van reparatieverzoeken gemiddeld met minimaal een 7,5 waarderen.",
                F(["corporatie"], "intent", [(7.5, "cijfer", "min")]), "reworded", hn="same_figures"),
        2026: V("De Korenschoof heeft de ambitie dat huurders de afhandeling van reparatieverzoeken gemiddeld met minimaal een 7,0 waarderen.",
                F(["corporatie"], "intent", [(7.0, "cijfer", "min")]), "weakened", ["quantity"]),
    }),
    dict(key="planmatig-onderhoud", parent="onderhoud", theme=K, versions={
        2024: V("De Korenschoof voert in 2024 planmatig onderhoud uit aan 340 woningen in Oosterschelf en Wierdijk.",
                F(["corporatie"], "firm", [(340, "woningen", "exact")], (2024, "in 2024")), eig=("De Korenschoof", "2024")),
    }),
    dict(key="levensloopgeschikt", parent="zorg", theme=K, versions={
        2024: V("De Korenschoof maakt jaarlijks 40 bestaande woningen levensloopgeschikt.",
                F(["corporatie"], "firm", [(40, "woningen", "exact")], None, True)),
        2025: V("De Korenschoof zet zich in om jaarlijks 40 bestaande woningen levensloopgeschikt te maken.",
                F(["corporatie"], "intent", [(40, "woningen", "exact")], None, True), "weakened", ["modality"]),
        2026: SAME,
    }),
    dict(key="wmo-aanpassingen", parent="zorg", theme=K, versions={
        2024: V("De gemeente en De Korenschoof bespreken twee keer per jaar de afhandeling van woningaanpassingen uit de Wmo.",
                F(["gemeente", "corporatie"], "discuss", [(2, "keer per jaar", "exact")], None, True)),
        2025: V("De gemeente en De Korenschoof bespreken 2 keer per jaar hoe woningaanpassingen uit de Wmo worden afgehandeld.",
                F(["gemeente", "corporatie"], "discuss", [(2, "keer per jaar", "exact")], None, True), "reworded", hn="same_figures"),
        2026: V("De gemeente en De Korenschoof bespreken 4 keer per jaar hoe woningaanpassingen uit de Wmo worden afgehandeld.",
                F(["gemeente", "corporatie"], "discuss", [(4, "keer per jaar", "exact")], None, True), "strengthened", ["quantity"]),
    }),
    dict(key="woonzorgcomplex", parent="zorg", theme=K, themes=[K, B], versions={
        2026: V("De Korenschoof realiseert in 2027 in Wierdijk een woonzorgcomplex met 24 geclusterde woningen voor ouderen.",
                F(["corporatie"], "firm", [(24, "woningen", "exact")], (2027, "in 2027")), eig=("De Korenschoof", "2027")),
    }),
    dict(key="rookmelders", parent="veiligheid", theme=K, versions={
        2024: V("De Korenschoof voorziet alle woningen uiterlijk eind 2025 van een rookmelder op elke verdieping.",
                F(["corporatie"], "firm", [], (2025, "uiterlijk eind 2025")), eig=("De Korenschoof", "eind 2025")),
        # printed with label DOORLOPEND although the scope narrowed (a sloppy label in the real manner)
        2025: V("De Korenschoof voorziet alle portiekflats en seniorenwoningen uiterlijk eind 2025 van een rookmelder op elke verdieping.",
                F(["corporatie"], "firm", [], (2025, "uiterlijk eind 2025")), "weakened", ["scope"],
                eig=("De Korenschoof", "eind 2025"), label="DOORLOPEND"),
    }),
    # ---------------- Leefbaarheid
    dict(key="leefbaarheidsbudget", parent="lbudget", theme=L, versions={
        2024: V("De Korenschoof stelt in 2024 een leefbaarheidsbudget van € 65 per woning beschikbaar.",
                F(["corporatie"], "firm", [(65, "euro", "exact")], (2024, "in 2024"), True),
                fn=("leefbaarheidsbudget", "Binnen het wettelijke maximum voor uitgaven aan leefbaarheid per woning.")),
        2025: V("De Korenschoof stelt in 2025 een leefbaarheidsbudget van € 55 per woning beschikbaar.",
                F(["corporatie"], "firm", [(55, "euro", "exact")], (2025, "in 2025"), True), "weakened", ["quantity"],
                fn=("leefbaarheidsbudget", "Binnen het wettelijke maximum voor uitgaven aan leefbaarheid per woning.")),
        2026: V("De Korenschoof stelt in 2026 een leefbaarheidsbudget van € 55 per woning beschikbaar.",
                F(["corporatie"], "firm", [(55, "euro", "exact")], (2026, "in 2026"), True), "reworded", hn="recurring_year",
                fn=("leefbaarheidsbudget", "Binnen het wettelijke maximum voor uitgaven aan leefbaarheid per woning.")),
    }),
    dict(key="wijkbeheerders", parent="wijk", theme=L, versions={
        2024: V("De Korenschoof zet in de wijken De Hooiberg en Molenkamp een vaste wijkbeheerder in.",
                F(["corporatie"], "firm", [(2, "wijken", "exact")])),
        2025: V("De Korenschoof zet in elk van de vier wijken van Schelfhorst een vaste wijkbeheerder in.",
                F(["corporatie"], "firm", [(4, "wijken", "exact")]), "strengthened", ["scope"]),
        2026: V("De Korenschoof zet in de wijken De Hooiberg en Molenkamp een vaste wijkbeheerder in.",
                F(["corporatie"], "firm", [(2, "wijken", "exact")]), "weakened", ["scope"]),
    }),
    dict(key="zachte-landing", parent="wijk", theme=L, versions={
        2024: V("Partijen onderzoeken hoe kwetsbare huurders die uitstromen uit een instelling een zachte landing in de wijk kunnen krijgen.",
                F(["partijen"], "explore")),
        2025: V("Partijen sluiten in 2025 een convenant over de zachte landing in de wijk van kwetsbare huurders die uitstromen uit een instelling.",
                F(["partijen"], "firm", [], (2025, "in 2025")), "strengthened", ["modality", "deadline"], eig=("Gemeente", "Q3 2025")),
    }),
    dict(key="overlast", parent="wijk", theme=L, versions={
        2024: V("De gemeente, de politie en De Korenschoof bespreken complexe overlastsituaties in een maandelijks casusoverleg.",
                F(["gemeente", "corporatie"], "discuss", [(12, "keer per jaar", "exact")], None, True)),
        2025: V("Complexe overlastsituaties worden maandelijks besproken in een casusoverleg van de gemeente, de politie en De Korenschoof.",
                F(["gemeente", "corporatie"], "discuss", [(12, "keer per jaar", "exact")], None, True), "reworded", hn="same_figures"),
        2026: SAME,
    }),
    dict(key="ontmoeting", parent="wijk", theme=L, versions={
        2025: V("De huurdersvereniging organiseert samen met De Korenschoof ten minste vier ontmoetingsactiviteiten per jaar in de seniorencomplexen.",
                F(["huurdersorganisatie", "corporatie"], "firm", [(4, "activiteiten", "min")], None, True),
                eig=("Schelfhorst Samen", "doorlopend")),
        2026: V("De huurdersvereniging organiseert samen met De Korenschoof ten minste zes ontmoetingsactiviteiten per jaar in de seniorencomplexen.",
                F(["huurdersorganisatie", "corporatie"], "firm", [(6, "activiteiten", "min")], None, True), "strengthened", ["quantity"],
                eig=("Schelfhorst Samen", "doorlopend")),
    }),
    dict(key="bewonersinitiatieven", parent="initiatief", theme=L, versions={
        2026: V("De gemeente en De Korenschoof ondersteunen bewonersinitiatieven met een gezamenlijk budget van € 20.000 per jaar.",
                F(["gemeente", "corporatie"], "firm", [(20000, "euro", "exact")], None, True)),
    }),
    # ---------------- Proces
    dict(key="monitor", parent="monitoring", theme=O, versions={
        2024: V("Partijen bespreken twee keer per jaar de voortgang van de afspraken aan de hand van een gezamenlijke monitor.",
                F(["partijen"], "discuss", [(2, "keer per jaar", "exact")], None, True)),
        2025: SAME,
        2026: SAME,
    }),
    dict(key="evaluatie", parent="monitoring", theme=O, versions={
        2024: V("Partijen evalueren in het vierde kwartaal van 2024 de werkwijze van het tripartiete overleg.",
                F(["partijen"], "firm", [], (2024, "in het vierde kwartaal van 2024"), True), eig=("Partijen", "Q4 2024")),
        2025: V("Partijen evalueren in het vierde kwartaal van 2025 de werkwijze van het tripartiete overleg.",
                F(["partijen"], "firm", [], (2025, "in het vierde kwartaal van 2025"), True), "reworded", hn="recurring_year",
                eig=("Partijen", "Q4 2025")),
        2026: V("Partijen evalueren in het vierde kwartaal van 2026 de werkwijze van het tripartiete overleg.",
                F(["partijen"], "firm", [], (2026, "in het vierde kwartaal van 2026"), True), "reworded", hn="recurring_year",
                eig=("Partijen", "Q4 2026")),
    }),
    dict(key="ondersteuning-huurders", parent="ondersteuning", theme=O, versions={
        2024: V("De Korenschoof vergoedt de huurdersvereniging jaarlijks de kosten van onafhankelijk advies tot een bedrag van € 7.500.",
                F(["corporatie"], "firm", [(7500, "euro", "max")], None, True)),
        2025: V("De Korenschoof vergoedt de huurdersvereniging jaarlijks de kosten van onafhankelijk advies tot een bedrag van € 10.000.",
                F(["corporatie"], "firm", [(10000, "euro", "max")], None, True), "strengthened", ["quantity"]),
        2026: V("De Korenschoof vergoedt de huurdersvereniging jaarlijks de kosten van onafhankelijk advies tot een bedrag van € 10.000, mits de huurdersvereniging vooraf een begroting indient.",
                F(["corporatie"], "firm", [(10000, "euro", "max")], None, True, ["mits de huurdersvereniging vooraf een begroting indient"]),
                "weakened", ["condition"]),
    }),
    dict(key="bod", parent="bodproces", theme=O, versions={
        2024: V("De Korenschoof stuurt vóór 1 juli haar bod op de woonvisie aan de gemeente en de huurdersvereniging.",
                F(["corporatie"], "firm", [], None, True)),
        2025: SAME,
        2026: V("Uiterlijk 1 juli ontvangen de gemeente en de huurdersvereniging het bod van De Korenschoof op de woonvisie.",
                F(["corporatie"], "firm", [], None, True), "reworded", hn="same_figures"),
    }),
]

# "Wat we vorig jaar bereikten" per chapter and year (past tense; not afspraken)
BEREIKT = {
    "bb": {2024: "In 2023 leverde De Korenschoof 31 sociale huurwoningen op aan de Dorpsstraat. De gemiddelde wachttijd voor een woning daalde van 4,1 naar 3,8 jaar.",
           2025: "In 2024 zijn 9 woningen verkocht en is de bouw in Kerkveld vertraagd door stikstofbezwaren. Van de vrijgekomen woningen werd 97% passend toegewezen.",
           2026: "In 2025 startte de bouw in Kerkveld. Er werden 11 woningen verkocht en 42 woningen toegewezen aan starters met een binding met Schelfhorst."},
    "du": {2024: "In 2023 kregen 164 woningen isolatiemaatregelen. Het aantal woningen met label E, F of G daalde naar 212.",
           2025: "In 2024 werden 138 woningen geïsoleerd; 19 woningen in De Hooiberg kregen een hybride warmtepomp.",
           2026: "In 2025 werd het wijkuitvoeringsplan voor De Hooiberg vastgesteld en hadden nog 74 woningen label E, F of G."},
    "kw": {2024: "In 2023 ontving De Korenschoof 286 meldingen van vocht en schimmel; het huurdersoordeel over reparaties was gemiddeld 7,3.",
           2025: "In 2024 werden 36 woningen levensloopgeschikt gemaakt en kwamen 251 meldingen van vocht en schimmel binnen.",
           2026: "In 2025 is de rookmelderaanpak in de portiekflats afgerond. Het huurdersoordeel over reparaties kwam uit op 7,1."},
    "le": {2024: "In 2023 is het leefbaarheidsbudget vooral besteed aan groenonderhoud en buurtfeesten in Molenkamp. De wijkbeheerders in De Hooiberg en Molenkamp voerden ruim 900 huisbezoeken uit.",
           2025: "In 2024 namen ruim 300 bewoners deel aan activiteiten die uit het leefbaarheidsbudget werden betaald.",
           2026: "In 2025 werd het convenant zachte landing ondertekend en vonden vijf ontmoetingsmiddagen plaats in de seniorencomplexen."},
    "pr": {2024: "In 2023 kwamen partijen drie keer bijeen in het bestuurlijk overleg.",
           2025: "In 2024 is de monitor twee keer besproken en is de werkwijze van het overleg geëvalueerd.",
           2026: "In 2025 heeft de huurdersvereniging twee adviezen laten opstellen door een onafhankelijk adviesbureau."},
}

INTRO = {
    2024: ["Voor u liggen de prestatieafspraken {year} tussen de gemeente Schelfhorst, Woonstichting De Korenschoof en Huurdersvereniging Schelfhorst Samen. De afspraken geven invulling aan de Woonvisie Schelfhorst 2022-2030 en aan het bod dat De Korenschoof in juni {prev} heeft uitgebracht.",
           "Dit is het eerste jaar waarin partijen werken met een doorlopende afsprakenlijst. Elk jaar wordt de lijst geactualiseerd; in de linkermarge staat bij iedere afspraak een label dat aangeeft of de afspraak nieuw is, is gewijzigd of ongewijzigd doorloopt."],
    2025: ["Voor u liggen de prestatieafspraken {year} tussen de gemeente Schelfhorst, Woonstichting De Korenschoof en Huurdersvereniging Schelfhorst Samen. De afspraken bouwen voort op de afsprakenlijst van {prev} en op het bod dat De Korenschoof in juni {prev} heeft uitgebracht.",
           "Partijen hebben de lopende afspraken doorgenomen. Afspraken die zijn uitgevoerd, zijn van de lijst gehaald; de overige afspraken zijn voorzien van een label in de linkermarge."],
    2026: ["Voor u liggen de prestatieafspraken {year} tussen de gemeente Schelfhorst, Woonstichting De Korenschoof en Huurdersvereniging Schelfhorst Samen. De stijgende bouwkosten en de netcongestie hebben de gesprekken dit jaar sterk beïnvloed.",
           "Partijen hebben de lopende afspraken doorgenomen. Afspraken die zijn uitgevoerd, zijn van de lijst gehaald; de overige afspraken zijn voorzien van een label in de linkermarge."],
}

LEESWIJZER = ("Afspraken zijn genummerd per onderwerp. Waar een onderwerp meerdere afspraken kent, zijn die met een letter "
              "aangeduid (bijvoorbeeld 4a en 4b). Onder een afspraak staat waar nodig wie de afspraak trekt en wanneer "
              "zij gereed moet zijn. Labels: NIEUW (voor het eerst opgenomen), GEWIJZIGD (tekst aangepast ten opzichte "
              "van vorig jaar) en DOORLOPEND (loopt ongewijzigd door). Aan het eind van elk hoofdstuk blikken partijen "
              "kort terug op het afgelopen jaar.")

SLOT = ["Deze afspraken gelden van 1 januari tot en met 31 december {year}. Wijzigingen zijn alleen mogelijk als alle partijen daarmee schriftelijk instemmen.",
        "Bij een geschil over de uitleg van deze afspraken gaan partijen eerst met elkaar in overleg. Komen zij er niet uit, dan kan ieder van hen de geschillencommissie prestatieafspraken inschakelen."]

SIGN_DATE = {2024: "13 december 2023", 2025: "11 december 2024", 2026: "10 december 2025"}
SIGNATORIES = [("Gemeente Schelfhorst", "M.J. Verhoeckx", "wethouder Wonen"),
               ("Woonstichting De Korenschoof", "drs. H. Brinkgreve", "directeur-bestuurder"),
               ("Huurdersvereniging Schelfhorst Samen", "A. Tjoelker-Boon", "voorzitter")]
