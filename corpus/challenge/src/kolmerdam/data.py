# -*- coding: utf-8 -*-
"""Content of the kolmerdam family: prestatieafspraken Kolmerdam 2025, 2026, 2027 (concept versions).

Every afspraak is a key with per-year versions (chapter, short title, text, frame) and, per year pair,
the gold status of the link old->new (key of the old year). Identical texts are 'unchanged' automatically.
"""

GEMEENTE = "Kolmerdam"
CORPS = ["Woonstichting Kolmerhof", "Wooncorporatie Vlietzicht"]
HUURDERS = ["Huurdersplatform Kolmerdam"]
YEARS = [2025, 2026, 2027]

CHAPTERS = {
    2025: {3: "Beschikbaar en betaalbaar wonen", 4: "Wonen, welzijn en zorg", 5: "Duurzaamheid en energietransitie",
           6: "Kwaliteit van woningen", 7: "Leefbare wijken", 8: "Samenwerking en proces"},
    2026: {3: "Beschikbaar en betaalbaar wonen", 4: "Wonen, welzijn en zorg", 5: "Duurzaamheid en energietransitie",
           6: "Kwaliteit van woningen", 7: "Prettig wonen in de buurt", 8: "Samenwerking en proces"},
    2027: {3: "Beschikbaar en betaalbaar wonen", 4: "Wonen, welzijn en zorg", 5: "Duurzaamheid en energietransitie",
           6: "Kwaliteit van woningen", 7: "Prettig wonen in de buurt", 8: "Samenwerking en proces"},
}

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for x in q:
        v, u, c = x[0], x[1], x[2]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": x[3] if len(x) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


SAME = "="  # version identical to the previous year (optionally with another chapter: (SAME, ch))

# each entry: key, themes, versions {year: (chapter, title, text, frame[, pos]) | SAME | (SAME, ch)},
#             pairs {old_year: (status, kinds, hard_negative)}  (unchanged/new/dropped are derived)
A = []


def add(key, themes, v, p=None):
    A.append({"key": key, "themes": themes, "v": v, "p": p or {}})


C2 = ["corporatie"]
# ---------------------------------------------------------------- hoofdstuk 3
add("nieuwbouw-sociaal", [BB], {
    2025: (3, "Nieuwbouw sociale huurwoningen",
           "Kolmerhof en Vlietzicht zullen in 2025 samen ten minste 140 sociale huurwoningen opleveren, waarvan 90 in "
           "het plan Molenakker-Zuid en 50 verspreid over inbreidingslocaties in Oude Kolm en Hoogeind. De gemeente "
           "draagt er zorg voor dat de daarvoor benodigde omgevingsvergunningen tijdig worden verleend.",
           F(C2 + ["gemeente"], "firm", [(140, "woningen", "min"), (90, "woningen", "exact"), (50, "woningen", "exact")],
             (2025, "in 2025"))),
    2026: (3, "Nieuwbouw sociale huurwoningen",
           "Kolmerhof en Vlietzicht streven ernaar in 2026 samen ten minste 110 sociale huurwoningen op te leveren, "
           "waarvan 70 in het plan Molenakker-Zuid en 40 verspreid over inbreidingslocaties in Oude Kolm en Hoogeind. "
           "De gemeente draagt er zorg voor dat de daarvoor benodigde omgevingsvergunningen tijdig worden verleend.",
           F(C2 + ["gemeente"], "intent", [(110, "woningen", "min"), (70, "woningen", "exact"), (40, "woningen", "exact")],
             (2026, "in 2026"))),
    2027: (3, "Nieuwbouw sociale huurwoningen",
           "Kolmerhof en Vlietzicht leveren in 2027 samen ten minste 160 sociale huurwoningen op, waarvan 100 in het "
           "plan Molenakker-Zuid en 60 verspreid over inbreidingslocaties in Oude Kolm, Hoogeind en De Dreven. De "
           "gemeente draagt er zorg voor dat de daarvoor benodigde omgevingsvergunningen tijdig worden verleend.",
           F(C2 + ["gemeente"], "firm", [(160, "woningen", "min"), (100, "woningen", "exact"), (60, "woningen", "exact")],
             (2027, "in 2027"))),
}, {2025: ("weakened", ["quantity", "modality"], None), 2026: ("strengthened", ["quantity", "modality"], None)})

add("aandeel-sociaal", [BB], {
    2025: (3, "Aandeel sociale huur in nieuwe plannen",
           "In nieuwe woningbouwplannen van meer dan twintig woningen wordt ten minste 30% sociale huur opgenomen. De "
           "gemeente legt dit percentage vast in de anterieure overeenkomsten met ontwikkelaars en biedt de "
           "corporaties als eerste de mogelijkheid deze woningen af te nemen.",
           F(["gemeente"], "firm", [(20, "woningen", "min"), (30, "%", "min")])),
    2026: (3, "Aandeel sociale huur in nieuwe plannen",
           "In nieuwe woningbouwplannen van meer dan twintig woningen wordt ten minste 35% sociale huur opgenomen. De "
           "gemeente legt dit percentage vast in de anterieure overeenkomsten met ontwikkelaars en biedt de "
           "corporaties als eerste de mogelijkheid deze woningen af te nemen.",
           F(["gemeente"], "firm", [(20, "woningen", "min"), (35, "%", "min")])),
    2027: SAME,
}, {2025: ("strengthened", ["quantity"], None)})

add("kazerne-locatie", [BB], {
    2025: (3, "Locatie voormalige brandweerkazerne",
           "De gemeente onderzoekt of de locatie van de voormalige brandweerkazerne aan de Kolmerweg geschikt is voor "
           "circa 40 sociale huurwoningen en informeert de corporaties vóór 1 oktober 2025 over de uitkomst van dat "
           "onderzoek.",
           F(["gemeente"], "explore", [(40, "woningen", "approx")], (2025, "vóór 1 oktober 2025"))),
    2026: (3, "Locatie voormalige brandweerkazerne",
           "De locatie van de voormalige brandweerkazerne aan de Kolmerweg wordt door de gemeente beschikbaar gesteld "
           "aan Vlietzicht voor de bouw van circa 40 sociale huurwoningen; de grondprijs wordt bepaald volgens de "
           "geldende grondprijzenbrief.",
           F(["gemeente"], "firm", [(40, "woningen", "approx")])),
    2027: (3, "Bouw op de kazernelocatie",
           "Op de locatie van de voormalige brandweerkazerne aan de Kolmerweg, die de gemeente daarvoor beschikbaar "
           "heeft gesteld tegen de grondprijs uit de geldende grondprijzenbrief, start Vlietzicht uiterlijk in het derde "
           "kwartaal van 2027 met de bouw van circa 40 sociale huurwoningen.",
           F(["corporatie"], "firm", [(40, "woningen", "approx")], (2027, "uiterlijk in het derde kwartaal van 2027"))),
}, {2025: ("strengthened", ["modality"], None), 2026: ("strengthened", ["deadline"], None)})

add("flexwonen", [BB], {
    2025: (3, "Flexwoningen voor spoedzoekers",
           "De gemeente verkent samen met Vlietzicht de mogelijkheid om op het terrein aan de Bosrand voor een periode "
           "van tien jaar 24 flexwoningen te plaatsen voor spoedzoekers, zoals mensen die na een scheiding met spoed "
           "woonruimte nodig hebben.",
           F(["gemeente", "corporatie"], "explore", [(24, "woningen", "exact"), (10, "jaar", "exact")])),
})

add("verkoop", [BB], {
    2025: (3, "Verkoop van huurwoningen",
           "Kolmerhof verkoopt in 2025 maximaal 15 eengezinswoningen bij mutatie, uitsluitend in buurten waar het aandeel "
           "sociale huur hoger is dan 50%. Vlietzicht verkoopt geen huurwoningen.",
           F(C2, "firm", [(15, "woningen", "max"), (50, "%", "min")], (2025, "in 2025"), True)),
    2026: (3, "Verkoop van huurwoningen",
           "Kolmerhof verkoopt in 2026 maximaal 8 eengezinswoningen bij mutatie, uitsluitend in buurten waar het aandeel "
           "sociale huur hoger is dan 50%. Vlietzicht verkoopt geen huurwoningen.",
           F(C2, "firm", [(8, "woningen", "max"), (50, "%", "min")], (2026, "in 2026"), True)),
    2027: (3, "Verkoop van huurwoningen",
           "Kolmerhof en Vlietzicht verkopen in 2027 geen huurwoningen; vrijkomende eengezinswoningen blijven "
           "beschikbaar voor de sociale verhuur.",
           F(C2, "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("strengthened", ["quantity"], None)})

add("liberalisatie", [BB], {
    2025: (3, "Geen liberalisatie",
           "Partijen spreken af dat in 2025 geen sociale huurwoningen worden geliberaliseerd, ook niet bij mutatie.",
           F(["partijen"], "firm", [(0, "woningen", "max")], (2025, "in 2025"), True)),
    2026: (3, "Geen liberalisatie",
           "Partijen spreken af dat in 2026 geen sociale huurwoningen worden geliberaliseerd, ook niet bij mutatie.",
           F(["partijen"], "firm", [(0, "woningen", "max")], (2026, "in 2026"), True)),
    2027: (3, "Liberalisatie Stationshof",
           "Partijen spreken af dat Vlietzicht in 2027 ten hoogste 10 woningen in het complex Stationshof bij mutatie "
           "mag liberaliseren; overige sociale huurwoningen worden niet geliberaliseerd.",
           F(["partijen"], "firm", [(10, "woningen", "max")], (2027, "in 2027"), True)),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("weakened", ["quantity"], None)})

add("huurverhoging", [BB], {
    2025: (3, "Jaarlijkse huuraanpassing",
           "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal de inflatie en voeren geen "
           "inkomensafhankelijke huurverhoging door. Het Huurdersplatform wordt vooraf om advies gevraagd over het "
           "huurvoorstel.",
           F(C2, "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: (3, "Jaarlijkse huuraanpassing",
           "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2026 tot ten minste 0,5% onder de inflatie en "
           "voeren geen inkomensafhankelijke huurverhoging door. Het Huurdersplatform wordt vooraf om advies gevraagd "
           "over het huurvoorstel.",
           F(C2, "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    2027: (3, "Jaarlijkse huuraanpassing",
           "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2027 tot ten minste 0,5% onder de inflatie en "
           "voeren geen inkomensafhankelijke huurverhoging door. Het Huurdersplatform wordt vooraf om advies gevraagd "
           "over het huurvoorstel.",
           F(C2, "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})

add("passend-toewijzen", [BB], {
    2025: (3, "Passend toewijzen",
           "Bij de toewijzing van sociale huurwoningen houden de corporaties zich aan de regels voor passend toewijzen: "
           "huishoudens met een inkomen tot € 32.950 (prijspeil 2025) krijgen een woning aangeboden met een huur tot de "
           "aftoppingsgrens die voor hun huishoudgrootte geldt.",
           F(C2, "firm", [(32950, "euro", "max")])),
    2026: (3, "Passend toewijzen",
           "Bij de toewijzing van sociale huurwoningen houden de corporaties zich aan de regels voor passend toewijzen: "
           "huishoudens met een inkomen tot € 33.850 (prijspeil 2026) krijgen een woning aangeboden met een huur tot de "
           "aftoppingsgrens die voor hun huishoudgrootte geldt.",
           F(C2, "firm", [(33850, "euro", "max")])),
    2027: (3, "Passend toewijzen",
           "Bij de toewijzing van sociale huurwoningen houden de corporaties zich aan de regels voor passend toewijzen: "
           "huishoudens met een inkomen tot € 34.700 (prijspeil 2027) krijgen een woning aangeboden met een huur tot de "
           "aftoppingsgrens die voor hun huishoudgrootte geldt.",
           F(C2, "firm", [(34700, "euro", "max")])),
}, {2025: ("reworded", [], "indexed_amount"), 2026: ("reworded", [], "indexed_amount")})

add("jongeren-voorrang", [BB], {
    2025: (3, "Woningen voor jongeren",
           "Van de vrijkomende sociale huurwoningen in Oude Kolm en Hoogeind wordt ten minste 20% toegewezen aan "
           "woningzoekenden tot 28 jaar, met voorrang voor jongeren met een aantoonbare binding met Kolmerdam.",
           F(C2, "firm", [(20, "%", "min"), (28, "jaar", "max")])),
    2026: (3, "Woningen voor jongeren",
           "Van de vrijkomende sociale huurwoningen in alle wijken van Kolmerdam wordt ten minste 20% toegewezen aan "
           "woningzoekenden tot 28 jaar, met voorrang voor jongeren met een aantoonbare binding met Kolmerdam.",
           F(C2, "firm", [(20, "%", "min"), (28, "jaar", "max")])),
    2027: SAME,
}, {2025: ("strengthened", ["scope"], None)})

add("statushouders", [BB], {
    2025: (3, "Huisvesting vergunninghouders",
           "Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders, die het Rijk "
           "voor 2025 heeft vastgesteld op 68 personen, volledig wordt gerealiseerd. De corporaties stellen daartoe naar "
           "rato van hun woningbezit woningen beschikbaar.",
           F(["partijen", "corporatie"], "firm", [(68, "personen", "exact")], (2025, "voor 2025"), True)),
    2026: (3, "Huisvesting vergunninghouders",
           "Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders, die het Rijk "
           "voor 2026 heeft vastgesteld op 74 personen, volledig wordt gerealiseerd. De corporaties stellen daartoe naar "
           "rato van hun woningbezit woningen beschikbaar.",
           F(["partijen", "corporatie"], "firm", [(74, "personen", "exact")], (2026, "voor 2026"), True)),
    2027: (3, "Huisvesting vergunninghouders",
           "Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders, die het Rijk "
           "voor 2027 heeft vastgesteld op 61 personen, wordt gerealiseerd voor zover het aanbod van passende "
           "vrijkomende woningen dat toelaat. De corporaties stellen daartoe naar rato van hun woningbezit woningen "
           "beschikbaar.",
           F(["partijen", "corporatie"], "firm", [(61, "personen", "exact")], (2027, "voor 2027"), True,
             ["voor zover het aanbod van passende vrijkomende woningen dat toelaat"])),
}, {2025: ("reworded", [], "external_figure"), 2026: ("weakened", ["condition"], None)})

add("wachttijd", [BB], {
    2025: (3, "Inschrijfduur woningzoekenden",
           "Partijen streven ernaar dat de gemiddelde inschrijfduur van reguliere woningzoekenden bij toewijzing in 2025 "
           "niet hoger is dan 5 jaar en bespreken in het bestuurlijk overleg welke maatregelen nodig zijn als die grens "
           "wordt overschreden.",
           F(["partijen"], "intent", [(5, "jaar", "max")], (2025, "in 2025"), True)),
    2026: (3, "Inschrijfduur woningzoekenden",
           "Partijen streven ernaar dat de gemiddelde inschrijfduur van reguliere woningzoekenden bij toewijzing in 2026 "
           "niet hoger is dan 4,5 jaar en bespreken in het bestuurlijk overleg welke maatregelen nodig zijn als die grens "
           "wordt overschreden.",
           F(["partijen"], "intent", [(4.5, "jaar", "max")], (2026, "in 2026"), True)),
    2027: (3, "Inschrijfduur woningzoekenden",
           "Partijen streven ernaar dat de gemiddelde inschrijfduur van reguliere woningzoekenden bij toewijzing in 2027 "
           "niet hoger is dan 5,5 jaar en bespreken in het bestuurlijk overleg welke maatregelen nodig zijn als die grens "
           "wordt overschreden.",
           F(["partijen"], "intent", [(5.5, "jaar", "max")], (2027, "in 2027"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("weakened", ["quantity"], None)})

add("huurachterstand", [BB], {
    2025: (3, "Vroegsignalering huurachterstand",
           "De corporaties nemen uiterlijk bij 2 maanden huurachterstand persoonlijk contact op met de huurder en melden "
           "de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente, dat binnen "
           "vijf werkdagen een huisbezoek aanbiedt.",
           F(C2 + ["gemeente"], "firm", [(2, "maanden", "max"), (5, "dagen", "max")])),
    2026: (3, "Vroegsignalering huurachterstand",
           "De corporaties nemen uiterlijk bij 1 maand huurachterstand persoonlijk contact op met de huurder en melden "
           "de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente, dat binnen "
           "vijf werkdagen een huisbezoek aanbiedt.",
           F(C2 + ["gemeente"], "firm", [(1, "maanden", "max"), (5, "dagen", "max")])),
    2027: (SAME, 4),
}, {2025: ("strengthened", ["quantity"], None)})

add("ontruimingen", [BB], {
    2025: (3, "Voorkomen van huisuitzettingen",
           "Partijen zetten zich ervoor in dat huisuitzettingen wegens huurachterstand zoveel mogelijk worden voorkomen, "
           "met als doel dat het aantal ontruimingen in 2025 onder de 6 blijft.",
           F(["partijen"], "intent", [(6, "ontruimingen", "max")], (2025, "in 2025"), True)),
    2026: (3, "Voorkomen van huisuitzettingen",
           "Partijen zetten zich ervoor in dat huisuitzettingen wegens huurachterstand zoveel mogelijk worden voorkomen, "
           "met als doel dat het aantal ontruimingen in 2026 onder de 8 blijft.",
           F(["partijen"], "intent", [(8, "ontruimingen", "max")], (2026, "in 2026"), True)),
    2027: (3, "Voorkomen van huisuitzettingen",
           "Ontruimingen vanwege huurachterstand worden door partijen zo veel als mogelijk voorkomen; zij spannen zich "
           "ervoor in dat er in 2027 minder dan 8 ontruimingen plaatsvinden.",
           F(["partijen"], "intent", [(8, "ontruimingen", "max")], (2027, "in 2027"), True)),
}, {2025: ("weakened", ["quantity"], None), 2026: ("reworded", [], "same_figures")})

add("middenhuur", [BB], {
    2026: (3, "Middenhuur Molenakker-Zuid",
           "Kolmerhof onderzoekt of in het plan Molenakker-Zuid 30 woningen in de middenhuur kunnen worden gerealiseerd "
           "voor huishoudens met een middeninkomen die niet in aanmerking komen voor sociale huur.",
           F(C2, "explore", [(30, "woningen", "exact")])),
    2027: (3, "Middenhuur Molenakker-Zuid",
           "Kolmerhof realiseert in het plan Molenakker-Zuid 30 woningen in de middenhuur voor huishoudens met een "
           "middeninkomen die niet in aanmerking komen voor sociale huur, onder voorbehoud van goedkeuring door de Raad "
           "van Commissarissen.",
           F(C2, "firm", [(30, "woningen", "exact")], None, False,
             ["onder voorbehoud van goedkeuring door de Raad van Commissarissen"])),
}, {2026: ("modified", ["modality", "condition"], None)})

# ---------------------------------------------------------------- hoofdstuk 4
add("uitstroom-bw", [BB, LB], {
    2025: (4, "Uitstroom beschermd wonen en opvang",
           "Kolmerhof en Vlietzicht stellen in 2025 gezamenlijk 12 woningen beschikbaar voor mensen die uitstromen uit "
           "beschermd wonen of de maatschappelijke opvang. De gemeente zorgt voor passende begeleiding gedurende ten "
           "minste het eerste jaar na de verhuizing.",
           F(C2 + ["gemeente"], "firm", [(12, "woningen", "exact"), (1, "jaar", "min")], (2025, "in 2025"), True)),
    2026: (4, "Uitstroom beschermd wonen en opvang",
           "Kolmerhof en Vlietzicht stellen in 2026 gezamenlijk 10 woningen beschikbaar voor mensen die uitstromen uit "
           "beschermd wonen of de maatschappelijke opvang. De gemeente zorgt voor passende begeleiding gedurende ten "
           "minste het eerste jaar na de verhuizing.",
           F(C2 + ["gemeente"], "firm", [(10, "woningen", "exact"), (1, "jaar", "min")], (2026, "in 2026"), True)),
    2027: (4, "Uitstroom beschermd wonen en opvang",
           "Kolmerhof en Vlietzicht stellen in 2027 gezamenlijk 14 woningen beschikbaar voor mensen die uitstromen uit "
           "beschermd wonen of de maatschappelijke opvang. De gemeente zorgt voor passende begeleiding gedurende ten "
           "minste het eerste jaar na de verhuizing.",
           F(C2 + ["gemeente"], "firm", [(14, "woningen", "exact"), (1, "jaar", "min")], (2027, "in 2027"), True)),
}, {2025: ("weakened", ["quantity"], None), 2026: ("strengthened", ["quantity"], None)})

add("zachte-landing", [LB], {
    2025: (4, "Zachte landing",
           "Partijen werken volgens het convenant Zachte Landing Kolmerdam, waarbij voor iedere cliënt die uitstroomt "
           "naar een zelfstandige woning een begeleidingsplan wordt opgesteld voordat de sleutel wordt overgedragen.",
           F(["partijen"], "firm")),
    2026: SAME, 2027: SAME,
})

add("woningaanpassingen", [KW], {
    2025: (4, "Woningaanpassingen",
           "De gemeente en de corporaties stemmen woningaanpassingen in het kader van de Wmo af volgens het convenant "
           "Langer Thuis; kleine aanpassingen tot € 1.500 per woning worden door de corporaties zelf uitgevoerd en "
           "bekostigd.",
           F(["gemeente", "corporatie"], "firm", [(1500, "euro", "max")])),
    2026: (SAME, 6),
    2027: (6, "Woningaanpassingen",
           "De gemeente en de corporaties stemmen woningaanpassingen in het kader van de Wmo af volgens het convenant "
           "Langer Thuis; kleine aanpassingen tot € 2.000 per woning worden door de corporaties zelf uitgevoerd en "
           "bekostigd.",
           F(["gemeente", "corporatie"], "firm", [(2000, "euro", "max")])),
}, {2026: ("strengthened", ["quantity"], None)})

add("seniorenlabel-onderzoek", [BB, KW], {
    2025: (4, "Seniorenwoningen",
           "Vlietzicht onderzoekt in 2025 welke van haar complexen zich lenen voor het labelen als seniorenwoning en "
           "deelt de uitkomsten met de andere partijen.",
           F(C2, "explore", [], (2025, "in 2025"))),
})

add("seniorenlabel", [BB, KW], {
    2026: (4, "Seniorenwoningen",
           "Kolmerhof en Vlietzicht labelen in de komende jaren gezamenlijk 60 gelijkvloerse woningen in Hoogeind en De "
           "Dreven als seniorenwoning; het labelen gebeurt bij mutatie en start in 2026.",
           F(C2, "firm", [(60, "woningen", "exact")])),
    2027: (4, "Seniorenwoningen",
           "Kolmerhof en Vlietzicht labelen de resterende 25 van de 60 gelijkvloerse woningen in Hoogeind en De Dreven "
           "bij mutatie als seniorenwoning.",
           F(C2, "firm", [(25, "woningen", "exact"), (60, "woningen", "exact")])),
}, {2026: ("reworded", [], "progress")})

add("verhuiscoach", [BB], {
    2025: (4, "Doorstroming senioren",
           "Partijen bekijken de mogelijkheid om een verhuiscoach in te zetten voor senioren die hun te grote "
           "eengezinswoning willen verruilen voor een passende, gelijkvloerse woning.",
           F(["partijen"], "explore")),
    2026: (4, "Doorstroming senioren",
           "De corporaties zetten in 2026 een verhuiscoach in voor senioren die hun te grote eengezinswoning willen "
           "verruilen voor een passende, gelijkvloerse woning. De gemeente draagt de helft van de kosten, tot een "
           "maximum van € 25.000.",
           F(C2 + ["gemeente"], "firm", [(25000, "euro", "max")], (2026, "in 2026"))),
    2027: (4, "Doorstroming senioren",
           "De corporaties onderzoeken of de verhuiscoach voor senioren die hun te grote eengezinswoning willen "
           "verruilen voor een passende, gelijkvloerse woning in 2027 kan worden voortgezet, nu de gemeentelijke "
           "bijdrage van € 25.000 is afgelopen.",
           F(C2, "explore", [(25000, "euro", "exact")], (2027, "in 2027"))),
}, {2025: ("strengthened", ["modality"], None), 2026: ("weakened", ["modality"], None)})

add("woonzorgvisie", [KW, OV], {
    2025: (4, "Woonzorgvisie",
           "De gemeente stelt in 2025 een woonzorgvisie op waarin de behoefte aan zorggeschikte en levensloopbestendige "
           "woningen per wijk wordt onderbouwd. De corporaties en het Huurdersplatform worden bij het opstellen "
           "betrokken.",
           F(["gemeente"], "firm", [], (2025, "in 2025"))),
    2026: (4, "Woonzorgvisie",
           "De gemeente stelt uiterlijk medio 2026 een woonzorgvisie op waarin de behoefte aan zorggeschikte en "
           "levensloopbestendige woningen per wijk wordt onderbouwd. De corporaties en het Huurdersplatform worden bij "
           "het opstellen betrokken.",
           F(["gemeente"], "firm", [], (2026, "uiterlijk medio 2026"))),
}, {2025: ("weakened", ["deadline"], None)})

add("uitvoering-wonenzorg", [KW], {
    2027: (4, "Uitvoeringsprogramma wonen en zorg",
           "Op basis van de vastgestelde woonzorgvisie stellen partijen in 2027 een gezamenlijk uitvoeringsprogramma "
           "wonen en zorg op, met per wijk het aantal zorggeschikte woningen dat tot 2030 nodig is en wie daarvoor aan "
           "de lat staat.",
           F(["partijen"], "firm", [], (2027, "in 2027"))),
})

# ---------------------------------------------------------------- hoofdstuk 5
add("efg-labels", [DK], {
    2025: (5, "Uitfaseren E-, F- en G-labels",
           "Kolmerhof en Vlietzicht hebben uiterlijk eind 2027 geen woningen met energielabel E, F of G meer in hun bezit.",
           F(C2, "firm", [], (2027, "uiterlijk eind 2027"))),
    2026: (5, "Uitfaseren E-, F- en G-labels",
           "Kolmerhof en Vlietzicht hebben uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in hun bezit.",
           F(C2, "firm", [], (2026, "uiterlijk eind 2026"))),
    2027: (5, "Uitfaseren E-, F- en G-labels",
           "Kolmerhof en Vlietzicht hebben uiterlijk eind 2028 geen woningen met energielabel E, F of G meer in hun "
           "bezit, in lijn met de Nationale Prestatieafspraken.",
           F(C2, "firm", [], (2028, "uiterlijk eind 2028")), 3),
}, {2025: ("strengthened", ["deadline"], None), 2026: ("weakened", ["deadline"], None)})

add("verduurzaming", [DK], {
    2025: (5, "Verduurzaming bestaande woningen",
           "In 2025 verduurzamen de corporaties samen 260 woningen naar gemiddeld label B, met als zwaartepunt de "
           "portiekflats in Vlietpolder. Huurders betalen voor deze maatregelen geen huurverhoging.",
           F(C2, "firm", [(260, "woningen", "exact"), ("B", "label", "exact")], (2025, "in 2025"), True)),
    2026: (5, "Verduurzaming bestaande woningen",
           "In 2026 verduurzamen de corporaties samen 300 woningen naar gemiddeld label B, met als zwaartepunt de "
           "portiekflats in Vlietpolder. Huurders betalen voor deze maatregelen geen huurverhoging.",
           F(C2, "firm", [(300, "woningen", "exact"), ("B", "label", "exact")], (2026, "in 2026"), True)),
    2027: (5, "Verduurzaming bestaande woningen",
           "In 2027 verduurzamen de corporaties samen 220 woningen naar ten minste label C, met als zwaartepunt de "
           "portiekflats in Vlietpolder. Huurders betalen voor deze maatregelen geen huurverhoging.",
           F(C2, "firm", [(220, "woningen", "exact"), ("C", "label", "min")], (2027, "in 2027"), True), 1),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("weakened", ["quantity", "label"], None)})

add("warmtenet", [DK], {
    2025: (5, "Aansluiting op het warmtenet",
           "Vlietzicht sluit vóór eind 2025 het complex Vlietstaete (96 woningen) aan op het warmtenet Vlietpolder, "
           "mits ten minste 70% van de bewoners met het voorstel instemt.",
           F(C2, "firm", [(96, "woningen", "exact"), (70, "%", "min")], (2025, "vóór eind 2025"),
             False, ["mits ten minste 70% van de bewoners met het voorstel instemt"])),
    2026: (5, "Aansluiting op het warmtenet",
           "Vlietzicht sluit in het tweede kwartaal van 2026 het complex Vlietstaete (96 woningen) aan op het warmtenet "
           "Vlietpolder, mits ten minste 70% van de bewoners met het voorstel instemt.",
           F(C2, "firm", [(96, "woningen", "exact"), (70, "%", "min")], (2026, "in het tweede kwartaal van 2026"),
             False, ["mits ten minste 70% van de bewoners met het voorstel instemt"])),
}, {2025: ("weakened", ["deadline"], None)})

add("zonnepanelen", [DK], {
    2025: (5, "Zonnepanelen",
           "Kolmerhof plaatst in 2025 zonnepanelen op alle geschikte eengezinswoningen in Molenakker en Hoogeind. "
           "Huurders betalen hiervoor een vaste maandelijkse vergoeding die lager is dan hun gemiddelde besparing op de "
           "energierekening.",
           F(C2, "firm", [], (2025, "in 2025"))),
    2026: (5, "Zonnepanelen",
           "Kolmerhof plaatst in 2026 bij wijze van pilot zonnepanelen op de geschikte eengezinswoningen in twee "
           "complexen in Hoogeind. Huurders betalen hiervoor een vaste maandelijkse vergoeding die lager is dan hun "
           "gemiddelde besparing op de energierekening.",
           F(C2, "firm", [(2, "complexen", "exact")], (2026, "in 2026"))),
    2027: (5, "Zonnepanelen",
           "Kolmerhof plaatst in 2027 bij wijze van pilot zonnepanelen op de geschikte eengezinswoningen in twee "
           "complexen in Hoogeind, indien de netbeheerder voldoende capaciteit op het elektriciteitsnet kan bieden. "
           "Huurders betalen hiervoor een vaste maandelijkse vergoeding die lager is dan hun gemiddelde besparing op de "
           "energierekening.",
           F(C2, "firm", [(2, "complexen", "exact")], (2027, "in 2027"), False,
             ["indien de netbeheerder voldoende capaciteit op het elektriciteitsnet kan bieden"])),
}, {2025: ("weakened", ["scope"], None), 2026: ("weakened", ["condition"], None)})

add("energiecoaches", [DK, BB], {
    2025: (5, "Energiecoaches",
           "De gemeente zet in 2025 ten minste zes energiecoaches in die huurders met hoge energielasten thuis bezoeken "
           "en advies geven. De corporaties leveren ieder kwartaal een overzicht aan van complexen met een hoog "
           "energieverbruik.",
           F(["gemeente", "corporatie"], "firm", [(6, "energiecoaches", "min")], (2025, "in 2025"), True)),
    2026: (5, "Energiecoaches",
           "De gemeente zet in 2026 ten minste zes energiecoaches in die huurders met hoge energielasten thuis bezoeken "
           "en advies geven. De corporaties leveren ieder kwartaal een overzicht aan van complexen met een hoog "
           "energieverbruik.",
           F(["gemeente", "corporatie"], "firm", [(6, "energiecoaches", "min")], (2026, "in 2026"), True)),
    2027: (5, "Energiecoaches",
           "De gemeente zet in 2027, onder voorbehoud van de rijksmiddelen voor de aanpak van energiearmoede, ten minste "
           "zes energiecoaches in die huurders met hoge energielasten thuis bezoeken en advies geven. De corporaties "
           "leveren ieder kwartaal een overzicht aan van complexen met een hoog energieverbruik.",
           F(["gemeente", "corporatie"], "firm", [(6, "energiecoaches", "min")], (2027, "in 2027"), True,
             ["onder voorbehoud van de rijksmiddelen voor de aanpak van energiearmoede"])),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("weakened", ["condition"], None)})

add("klimaatadaptatie", [DK], {
    2025: (5, "Klimaatadaptatie",
           "Partijen verkennen samen met het waterschap hoe bij groot onderhoud in Oude Kolm het regenwater kan worden "
           "afgekoppeld van het riool en hoe tuinen en binnenterreinen kunnen worden vergroend.",
           F(["partijen"], "explore")),
    2026: SAME,
    2027: (5, "Klimaatadaptatie",
           "Bij groot onderhoud in Oude Kolm en De Dreven koppelen de corporaties in overleg met het waterschap het "
           "regenwater af van het riool en worden tuinen en binnenterreinen vergroend.",
           F(C2, "firm")),
}, {2026: ("strengthened", ["modality", "scope"], None)})

add("transitievisie", [DK, OV], {
    2025: (5, "Transitievisie warmte",
           "De gemeente betrekt de corporaties en het Huurdersplatform bij de herijking van de transitievisie warmte, "
           "die in het derde kwartaal van 2025 aan de gemeenteraad wordt aangeboden.",
           F(["gemeente"], "firm", [], (2025, "in het derde kwartaal van 2025"))),
    2026: (5, "Transitievisie warmte",
           "De gemeente betrekt de corporaties en het Huurdersplatform bij de herijking van de transitievisie warmte, "
           "die in het eerste kwartaal van 2026 aan de gemeenteraad wordt aangeboden.",
           F(["gemeente"], "firm", [], (2026, "in het eerste kwartaal van 2026"))),
}, {2025: ("weakened", ["deadline"], None)})

add("wijkuitvoeringsplan", [DK], {
    2027: (5, "Wijkuitvoeringsplan Vlietpolder",
           "Partijen stellen in 2027 gezamenlijk een wijkuitvoeringsplan aardgasvrij op voor Vlietpolder, op basis van "
           "de in 2026 vastgestelde transitievisie warmte, en organiseren daarover ten minste twee bewonersavonden.",
           F(["partijen"], "firm", [(2, "bewonersavonden", "min")], (2027, "in 2027")), 2),
})

# ---------------------------------------------------------------- hoofdstuk 6
add("vocht-schimmel", [KW], {
    2025: (6, "Vocht en schimmel",
           "De corporaties reageren binnen 5 werkdagen op iedere melding van vocht of schimmel, nemen zo nodig een "
           "vochtmeting af en starten binnen 6 weken met het herstel.",
           F(C2, "firm", [(5, "dagen", "max"), (6, "weken", "max")])),
    2026: (6, "Vocht en schimmel",
           "De corporaties reageren binnen 3 werkdagen op iedere melding van vocht of schimmel, nemen zo nodig een "
           "vochtmeting af en starten binnen 4 weken met het herstel.",
           F(C2, "firm", [(3, "dagen", "max"), (4, "weken", "max")])),
    2027: SAME,
}, {2025: ("strengthened", ["quantity"], None)})

add("reparaties", [KW], {
    2025: (6, "Reparatieverzoeken",
           "Reparatieverzoeken die niet spoedeisend zijn, worden door de corporaties binnen 15 werkdagen afgehandeld.",
           F(C2, "firm", [(15, "dagen", "max")])),
    2026: (6, "Reparatieverzoeken",
           "Reparatieverzoeken die niet spoedeisend zijn, worden door de corporaties binnen 20 werkdagen afgehandeld.",
           F(C2, "firm", [(20, "dagen", "max")])),
    2027: (6, "Reparatieverzoeken",
           "De corporaties handelen reparatieverzoeken zonder spoedeisend karakter binnen 20 werkdagen af.",
           F(C2, "firm", [(20, "dagen", "max")])),
}, {2025: ("weakened", ["quantity"], None), 2026: ("reworded", [], "same_figures")})

add("brandveiligheid", [KW], {
    2025: (6, "Brandveiligheid portiekflats",
           "Vlietzicht voert in 2025 in alle portiekflats een brandveiligheidsscan uit en plaatst rookmelders in iedere "
           "woning waar die nog ontbreken.",
           F(C2, "firm", [], (2025, "in 2025"))),
})

add("rookmelders", [KW], {
    2026: (6, "Rookmelders",
           "Kolmerhof controleert in 2026 bij iedere mutatie of er werkende rookmelders aanwezig zijn en vervangt "
           "rookmelders die ouder zijn dan tien jaar.",
           F(C2, "firm", [(10, "jaar", "min")], (2026, "in 2026"), True)),
    2027: (6, "Rookmelders",
           "Kolmerhof controleert in 2027 bij iedere mutatie of er werkende rookmelders aanwezig zijn en vervangt "
           "rookmelders die ouder zijn dan tien jaar.",
           F(C2, "firm", [(10, "jaar", "min")], (2027, "in 2027"), True)),
}, {2026: ("reworded", [], "recurring_year")})

add("huurdersoordeel", [KW], {
    2025: (6, "Huurdersoordeel",
           "De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 over de afhandeling van "
           "reparatieverzoeken en delen de uitkomsten ieder halfjaar met het Huurdersplatform.",
           F(C2, "intent", [(7.5, "rapportcijfer", "min")])),
    2026: SAME,
    2027: (6, "Huurdersoordeel",
           "De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,8 over de afhandeling van "
           "reparatieverzoeken en delen de uitkomsten ieder halfjaar met het Huurdersplatform.",
           F(C2, "intent", [(7.8, "rapportcijfer", "min")])),
}, {2026: ("strengthened", ["quantity"], None)})

add("planmatig-onderhoud", [KW], {
    2025: (6, "Planmatig onderhoud",
           "Kolmerhof en Vlietzicht voeren het planmatig onderhoud uit volgens hun meerjarenonderhoudsbegroting en "
           "informeren de betrokken huurders ten minste 6 weken voor de start van de werkzaamheden.",
           F(C2, "firm", [(6, "weken", "min")])),
    2026: (6, "Planmatig onderhoud",
           "Huurders van wie de woning in het planmatig onderhoud meeloopt, ontvangen ten minste 6 weken voordat de "
           "werkzaamheden beginnen bericht van Kolmerhof of Vlietzicht; het onderhoud zelf wordt uitgevoerd zoals "
           "opgenomen in de meerjarenonderhoudsbegroting van de corporatie.",
           F(C2, "firm", [(6, "weken", "min")])),
    2027: SAME,
}, {2025: ("reworded", [], "same_figures")})

# ---------------------------------------------------------------- hoofdstuk 7
add("leefbaarheidsbudget", [LB], {
    2025: (7, "Leefbaarheidsbudget",
           "De corporaties besteden in 2025 samen ten minste € 185.000 aan leefbaarheid, voor zover de begroting dat "
           "toelaat en binnen de wettelijke grens voor uitgaven aan leefbaarheid per woning.",
           F(C2, "firm", [(185000, "euro", "min")], (2025, "in 2025"), True, ["voor zover de begroting dat toelaat"])),
    2026: (7, "Leefbaarheidsbudget",
           "De corporaties besteden in 2026 samen ten minste € 210.000 aan leefbaarheid, binnen de wettelijke grens "
           "voor uitgaven aan leefbaarheid per woning.",
           F(C2, "firm", [(210000, "euro", "min")], (2026, "in 2026"), True)),
    2027: (7, "Leefbaarheidsbudget",
           "De corporaties besteden in 2027 samen ten minste € 160.000 aan leefbaarheid, binnen de wettelijke grens "
           "voor uitgaven aan leefbaarheid per woning.",
           F(C2, "firm", [(160000, "euro", "min")], (2027, "in 2027"), True)),
}, {2025: ("strengthened", ["quantity", "condition"], None), 2026: ("weakened", ["quantity"], None)})

add("wijkbeheerders", [LB], {
    2025: (7, "Wijkbeheerders",
           "Kolmerhof zet in Vlietpolder en De Dreven elk een wijkbeheerder in die ten minste twee dagdelen per week "
           "zichtbaar in de wijk aanwezig is en het eerste aanspreekpunt vormt voor bewoners.",
           F(C2, "firm", [(2, "dagdelen per week", "min")])),
    2026: (7, "Wijkbeheerders",
           "Kolmerhof zet in Vlietpolder en De Dreven elk een wijkbeheerder in die ten minste drie dagdelen per week "
           "zichtbaar in de wijk aanwezig is en het eerste aanspreekpunt vormt voor bewoners.",
           F(C2, "firm", [(3, "dagdelen per week", "min")])),
    2027: SAME,
}, {2025: ("strengthened", ["quantity"], None)})

add("buurtbemiddeling", [LB], {
    2025: (7, "Buurtbemiddeling",
           "De gemeente financiert in 2025 Buurtbemiddeling Kolmerdam; de corporaties verwijzen huurders bij burenruzies "
           "en lichte overlast actief naar buurtbemiddeling door voordat zij zelf handhavend optreden.",
           F(["gemeente", "corporatie"], "firm", [], (2025, "in 2025"), True)),
    2026: (7, "Buurtbemiddeling",
           "De gemeente financiert in 2026 Buurtbemiddeling Kolmerdam; de corporaties verwijzen huurders bij burenruzies "
           "en lichte overlast actief naar buurtbemiddeling door voordat zij zelf handhavend optreden.",
           F(["gemeente", "corporatie"], "firm", [], (2026, "in 2026"), True)),
    2027: (7, "Buurtbemiddeling",
           "De gemeente financiert in 2027 Buurtbemiddeling Kolmerdam; de corporaties verwijzen huurders bij burenruzies "
           "en lichte overlast actief naar buurtbemiddeling door voordat zij zelf handhavend optreden.",
           F(["gemeente", "corporatie"], "firm", [], (2027, "in 2027"), True)),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("reworded", [], "recurring_year")})

add("wijkschouw", [LB], {
    2025: (7, "Wijkschouw",
           "Partijen houden in 2025 in iedere wijk van Kolmerdam een wijkschouw, samen met bewoners, de wijkagent en het "
           "sociaal wijkteam, en leggen de verbeterpunten vast in een wijkactielijst.",
           F(["partijen"], "firm", [], (2025, "in 2025"), True)),
    2026: (7, "Wijkschouw",
           "Partijen houden in 2026 in Vlietpolder en Oude Kolm een wijkschouw, samen met bewoners, de wijkagent en het "
           "sociaal wijkteam, en leggen de verbeterpunten vast in een wijkactielijst.",
           F(["partijen"], "firm", [], (2026, "in 2026"), True)),
    2027: (7, "Wijkschouw",
           "Partijen houden in 2027 in iedere wijk van Kolmerdam een wijkschouw, samen met bewoners, de wijkagent en het "
           "sociaal wijkteam, en leggen de verbeterpunten vast in een wijkactielijst.",
           F(["partijen"], "firm", [], (2027, "in 2027"), True)),
}, {2025: ("weakened", ["scope"], None), 2026: ("strengthened", ["scope"], None)})

add("bewonersinitiatieven", [LB], {
    2025: (7, "Bewonersinitiatieven",
           "Het Huurdersplatform en de corporaties gaan met elkaar in gesprek over de manier waarop bewoners eenvoudiger "
           "een bijdrage uit het leefbaarheidsbudget kunnen aanvragen voor initiatieven in hun buurt.",
           F(["huurdersorganisatie", "corporatie"], "discuss")),
    2026: (7, "Bewonersinitiatieven",
           "De corporaties stellen in 2026, in overleg met het Huurdersplatform, een vereenvoudigde aanvraagprocedure "
           "vast waarmee bewoners een bijdrage uit het leefbaarheidsbudget kunnen aanvragen voor initiatieven in hun "
           "buurt.",
           F(C2, "firm", [], (2026, "in 2026"))),
    2027: (7, "Bewonersinitiatieven",
           "De corporaties werken volgens de in 2026 met het Huurdersplatform vastgestelde vereenvoudigde "
           "aanvraagprocedure, waarmee bewoners een bijdrage uit het leefbaarheidsbudget kunnen aanvragen voor "
           "initiatieven in hun buurt.",
           F(C2, "firm")),
}, {2025: ("strengthened", ["modality"], None), 2026: ("strengthened", ["modality"], None)})

add("ontmoetingsruimte", [LB], {
    2025: (7, "Ontmoeting en eenzaamheid",
           "Vlietzicht stelt de ontmoetingsruimte in Vlietstaete kosteloos beschikbaar voor activiteiten tegen "
           "eenzaamheid die door vrijwilligers of de welzijnsorganisatie worden georganiseerd.",
           F(C2, "firm")),
    2026: SAME,
})

add("buurtkamer", [LB], {
    2027: (7, "Buurtkamer De Dreven",
           "De gemeente en Kolmerhof openen in 2027 een buurtkamer in De Dreven, waar de welzijnsorganisatie ten minste "
           "drie ochtenden per week een inloop voor buurtbewoners organiseert.",
           F(["gemeente", "corporatie"], "firm", [(3, "ochtenden per week", "min")], (2027, "in 2027"))),
})

add("woonfraude", [LB, BB], {
    2027: (7, "Woonfraude en onderverhuur",
           "De gemeente en de corporaties maken in 2027 werkafspraken over een gezamenlijke aanpak van woonfraude en "
           "illegale onderverhuur, waaronder het uitwisselen van signalen binnen de kaders van de privacywetgeving.",
           F(["gemeente", "corporatie"], "firm", [], (2027, "in 2027"))),
})

# ---------------------------------------------------------------- hoofdstuk 8
add("monitoring", [OV], {
    2025: (8, "Monitoring",
           "Partijen bespreken de voortgang van deze afspraken twee keer per jaar, in mei en in oktober, in het "
           "bestuurlijk overleg; de gemeente stelt daarvoor de monitor op.",
           F(["partijen", "gemeente"], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2026: SAME,
    2027: (8, "Monitoring",
           "De voortgang van deze afspraken wordt twee keer per jaar, in mei en in oktober, besproken in het bestuurlijk "
           "overleg aan de hand van een monitor die de gemeente opstelt.",
           F(["partijen", "gemeente"], "firm", [(2, "keer per jaar", "exact")], None, True)),
}, {2026: ("reworded", [], "same_figures")})

add("ondersteuning-ho", [OV], {
    2025: (8, "Ondersteuning Huurdersplatform",
           "De corporaties stellen het Huurdersplatform in 2025 een werkbudget van € 28.000 beschikbaar voor scholing, "
           "onafhankelijk advies en het raadplegen van de achterban.",
           F(C2, "firm", [(28000, "euro", "exact")], (2025, "in 2025"), True)),
    2026: (8, "Ondersteuning Huurdersplatform",
           "De corporaties stellen het Huurdersplatform in 2026 een werkbudget van € 30.000 beschikbaar voor scholing, "
           "onafhankelijk advies en het raadplegen van de achterban.",
           F(C2, "firm", [(30000, "euro", "exact")], (2026, "in 2026"), True)),
    2027: (8, "Ondersteuning Huurdersplatform",
           "De corporaties stellen het Huurdersplatform in 2027 een werkbudget van € 30.000 beschikbaar voor scholing, "
           "onafhankelijk advies en het raadplegen van de achterban.",
           F(C2, "firm", [(30000, "euro", "exact")], (2027, "in 2027"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})

add("bod-cyclus", [OV], {
    2025: (8, "Bod en nieuwe prestatieafspraken",
           "De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken "
           "voor 2026 uiterlijk op 15 december 2025 ondertekenen.",
           F(C2 + ["partijen"], "firm", [], (2025, "uiterlijk op 15 december 2025"), True)),
    2026: (8, "Bod en nieuwe prestatieafspraken",
           "De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken "
           "voor 2027 uiterlijk op 15 december 2026 ondertekenen.",
           F(C2 + ["partijen"], "firm", [], (2026, "uiterlijk op 15 december 2026"), True)),
    2027: (8, "Bod en nieuwe prestatieafspraken",
           "De corporaties brengen vóór 1 juli 2027 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken "
           "voor 2028 uiterlijk op 15 december 2027 ondertekenen.",
           F(C2 + ["partijen"], "firm", [], (2027, "uiterlijk op 15 december 2027"), True)),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("reworded", [], "recurring_year")})

add("woonvisie", [OV], {
    2025: (8, "Actualisatie woonvisie",
           "De gemeente zegt toe de woonvisie Thuis in Kolmerdam in 2025 te actualiseren en daarbij de corporaties en "
           "het Huurdersplatform vanaf de start van het proces te betrekken.",
           F(["gemeente"], "firm", [], (2025, "in 2025"))),
    2026: (8, "Actualisatie woonvisie",
           "De gemeente zet zich ervoor in de woonvisie Thuis in Kolmerdam uiterlijk eind 2026 te actualiseren en "
           "daarbij de corporaties en het Huurdersplatform vanaf de start van het proces te betrekken.",
           F(["gemeente"], "intent", [], (2026, "uiterlijk eind 2026"))),
}, {2025: ("weakened", ["modality", "deadline"], None)})

add("geschillen", [OV], {
    2026: (8, "Geschillen",
           "Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek. Komen zij er "
           "binnen 6 weken niet uit, dan leggen zij het geschil voor aan de Commissie Geschillen Prestatieafspraken "
           "Kolmerdam, waarvan het advies door partijen wordt gevolgd.",
           F(["partijen"], "firm", [(6, "weken", "max")])),
    2027: SAME,
})
