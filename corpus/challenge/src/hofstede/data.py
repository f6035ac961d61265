# -*- coding: utf-8 -*-
"""Content source for the hofstede family (fictional): prestatieafspraken 2024, 2025, 2026
between gemeente Hofstede, Woonstichting Ewijckstate, Stichting Hoflandwonen and Huurdersplatform Hofstede."""

GEMEENTE = "Hofstede"
CORPORATIES = ["Woonstichting Ewijckstate", "Stichting Hoflandwonen"]
HUURDERS = ["Huurdersplatform Hofstede"]
YEARS = [2024, 2025, 2026]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def q(value, unit, comp, vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def fr(actors, modality, qs=(), dl=None, rec=False, cond=()):
    return {"actors": list(actors), "modality": modality, "quantities": list(qs),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> {"themes": [...], year: (text, frame)}
A = {}


def add(key, themes, **years):
    d = {"themes": themes}
    for y, v in years.items():
        d[int(y[1:])] = v
    A[key] = d


# ---------------------------------------------------------------- beschikbaarheid / betaalbaarheid
add("nieuwbouw-sociaal", [BB],
    y2024=("Ewijckstate en Hoflandwonen realiseren samen in de periode 2024 tot en met 2027 ten minste 260 sociale "
           "huurwoningen in de gemeente Hofstede, waarvan ten minste 70 woningen in 2024 worden opgeleverd. De "
           "gemeente draagt er zorg voor dat de daarvoor benodigde locaties tijdig bouwrijp beschikbaar komen en "
           "dat de planologische procedures voortvarend worden doorlopen.",
           fr([C, G], "firm", [q(260, "woningen", "min"), q(70, "woningen", "min")], (2027, "2024 tot en met 2027"))),
    y2025=("Ewijckstate en Hoflandwonen realiseren samen in de periode 2024 tot en met 2027 ten minste 300 sociale "
           "huurwoningen in de gemeente Hofstede, waarvan ten minste 75 woningen in 2025 worden opgeleverd. De "
           "gemeente draagt er zorg voor dat de daarvoor benodigde locaties tijdig bouwrijp beschikbaar komen en "
           "dat de planologische procedures voortvarend worden doorlopen.",
           fr([C, G], "firm", [q(300, "woningen", "min"), q(75, "woningen", "min")], (2027, "2024 tot en met 2027"))),
    y2026=("Van de 300 sociale huurwoningen die Ewijckstate en Hoflandwonen in de periode 2024 tot en met 2027 "
           "realiseren, worden de resterende 165 woningen in 2026 en 2027 opgeleverd, waarvan ten minste 75 in "
           "2026. De gemeente draagt er zorg voor dat de daarvoor benodigde locaties tijdig bouwrijp beschikbaar "
           "komen en dat de planologische procedures voortvarend worden doorlopen.",
           fr([C, G], "firm", [q(300, "woningen", "exact"), q(165, "woningen", "exact"), q(75, "woningen", "min")],
              (2027, "2026 en 2027"))),
)
add("aandeel-sociaal", [BB],
    y2024=("De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste "
           "30% sociale huur, zoals vastgelegd in de woonvisie 'Thuis in Hofstede 2023-2030', en legt dit aandeel "
           "vast in de anterieure overeenkomsten met ontwikkelaars.",
           fr([G], "firm", [q(30, "%", "min"), q(20, "woningen", "min")])),
    y2025=None,  # filled below (unchanged)
    y2026=("De gemeente hanteert bij nieuwe woningbouwplannen van twaalf woningen of meer een aandeel van ten minste "
           "35% sociale huur, in aanvulling op de woonvisie 'Thuis in Hofstede 2023-2030', en legt dit aandeel "
           "vast in de anterieure overeenkomsten met ontwikkelaars.",
           fr([G], "firm", [q(35, "%", "min"), q(12, "woningen", "min")])),
)
A["aandeel-sociaal"][2025] = A["aandeel-sociaal"][2024]

add("flexwonen", [BB],
    y2024=("Hoflandwonen onderzoekt in 2024 of op de braakliggende locatie aan de Stationsweg tijdelijke woningen "
           "voor spoedzoekers en jongeren kunnen worden geplaatst en bespreekt de uitkomst met de gemeente.",
           fr([C], "explore", [], (2024, "in 2024"))),
    y2025=("Op de locatie aan de Stationsweg worden door Hoflandwonen uiterlijk eind 2025 ten minste 24 tijdelijke "
           "woningen voor spoedzoekers en jongeren geplaatst. De gemeente verleent hiervoor een omgevingsvergunning "
           "voor een termijn van vijftien jaar.",
           fr([C, G], "firm", [q(24, "woningen", "min")], (2025, "uiterlijk eind 2025"))),
    y2026=("Op de locatie aan de Stationsweg worden door Hoflandwonen uiterlijk medio 2026 ten minste 24 tijdelijke "
           "woningen voor spoedzoekers en jongeren geplaatst. De gemeente verleent hiervoor een omgevingsvergunning "
           "voor een termijn van vijftien jaar.",
           fr([C, G], "firm", [q(24, "woningen", "min")], (2026, "uiterlijk medio 2026"))),
)
add("middenhuur", [BB],
    y2026=("Ewijckstate verkent samen met de gemeente de mogelijkheid om op de locatie Molenveld-Zuid circa 30 "
           "middenhuurwoningen toe te voegen voor huishoudens die net boven de inkomensgrens voor sociale huur "
           "vallen, afhankelijk van de financiële ruimte na de actualisatie van de meerjarenbegroting.",
           fr([C, G], "explore", [q(30, "woningen", "approx")], None, False,
              ["afhankelijk van de financiële ruimte na de actualisatie van de meerjarenbegroting"])),
)
add("verkoop", [BB],
    y2024=("Ewijckstate verkoopt in 2024 maximaal 15 bestaande sociale huurwoningen, uitsluitend in complexen waar "
           "verkoop bijdraagt aan een meer gemengde wijkopbouw; de opbrengst wordt ingezet voor nieuwbouw in Hofstede.",
           fr([C], "firm", [q(15, "woningen", "max")], (2024, "in 2024"), True)),
    y2025=("Ewijckstate verkoopt in 2025 maximaal 10 bestaande sociale huurwoningen, uitsluitend in complexen waar "
           "verkoop bijdraagt aan een meer gemengde wijkopbouw; de opbrengst wordt ingezet voor nieuwbouw in Hofstede.",
           fr([C], "firm", [q(10, "woningen", "max")], (2025, "in 2025"), True)),
    y2026=("Ewijckstate verkoopt in 2026 geen bestaande sociale huurwoningen. Partijen bespreken in het bestuurlijk "
           "overleg of deze lijn ook na 2026 wordt voortgezet.",
           fr([C], "firm", [q(0, "woningen", "max")], (2026, "in 2026"), True)),
)
add("liberalisatie", [BB],
    y2024=("Partijen spreken af dat de corporaties geen sociale huurwoningen liberaliseren, tenzij dit noodzakelijk "
           "is voor de financiering van nieuwbouw; in dat geval gaat het om maximaal 10 woningen per jaar.",
           fr([P, C], "firm", [q(10, "woningen", "max")], None, True)),
    y2025=("Partijen spreken af dat de corporaties geen sociale huurwoningen liberaliseren, tenzij dit noodzakelijk "
           "is voor de financiering van nieuwbouw; in dat geval gaat het om maximaal 20 woningen per jaar.",
           fr([P, C], "firm", [q(20, "woningen", "max")], None, True)),
)
A["liberalisatie"][2026] = A["liberalisatie"][2025]

add("passend-toewijzen", [BB],
    y2024=("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens "
           "met een inkomen tot de inkomensgrens voor huurtoeslag, conform de Woningwet.",
           fr([C], "firm", [q(95, "%", "min")], None, True)),
    y2026=("Conform de Woningwet wordt door de corporaties ten minste 95% van de vrijkomende sociale huurwoningen "
           "passend toegewezen aan huishoudens met een inkomen tot de inkomensgrens voor huurtoeslag.",
           fr([C], "firm", [q(95, "%", "min")], None, True)),
)
A["passend-toewijzen"][2025] = A["passend-toewijzen"][2024]

add("starters", [BB],
    y2024=("Ewijckstate en Hoflandwonen bieden jaarlijks ten minste 20% van de vrijkomende woningen tot de eerste "
           "aftoppingsgrens met voorrang aan aan starters tot 28 jaar, binnen de ruimte die de huisvestingsverordening "
           "daarvoor biedt.",
           fr([C], "firm", [q(20, "%", "min")], None, True)),
    y2025=("Ewijckstate en Hoflandwonen bieden jaarlijks ten minste 15% van de vrijkomende woningen tot de eerste "
           "aftoppingsgrens met voorrang aan aan starters tot 28 jaar, binnen de ruimte die de huisvestingsverordening "
           "daarvoor biedt.",
           fr([C], "firm", [q(15, "%", "min")], None, True)),
)
A["starters"][2026] = A["starters"][2025]

add("inschrijfduur", [BB],
    y2024=("Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die in 2024 een sociale "
           "huurwoning accepteren, niet hoger is dan 6 jaar.",
           fr([P], "intent", [q(6, "jaar", "max")], (2024, "in 2024"), True)),
    y2025=("Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die in 2025 een sociale "
           "huurwoning accepteren, niet hoger is dan 5 jaar.",
           fr([P], "intent", [q(5, "jaar", "max")], (2025, "in 2025"), True)),
    y2026=("Partijen volgen de gemiddelde inschrijfduur van woningzoekenden die een sociale huurwoning accepteren en "
           "bespreken in het bestuurlijk overleg of aanvullende maatregelen nodig zijn om deze onder de 5 jaar te "
           "brengen.",
           fr([P], "discuss", [q(5, "jaar", "max")], None, True)),
)
add("hospitaverhuur", [BB],
    y2025=("De gemeente zal in 2025 de huisvestingsverordening zo aanpassen dat hospitaverhuur en woningdelen door "
           "huurders van de corporaties mogelijk worden. De corporaties publiceren vóór 1 oktober 2025 de "
           "voorwaarden waaronder zij hiervoor toestemming geven.",
           fr([G, C], "firm", [], (2025, "in 2025"))),
    y2026=("De gemeente streeft ernaar de huisvestingsverordening in 2026 zo aan te passen dat hospitaverhuur en "
           "woningdelen door huurders van de corporaties mogelijk worden. De corporaties publiceren daarna de "
           "voorwaarden waaronder zij hiervoor toestemming geven.",
           fr([G, C], "intent", [], (2026, "in 2026"))),
)
add("statushouders", [BB],
    y2024=("De corporaties huisvesten in 2024 samen de door het Rijk aan de gemeente opgelegde taakstelling voor "
           "vergunninghouders, die voor 2024 is vastgesteld op 64 personen. De gemeente zorgt voor "
           "maatschappelijke begeleiding gedurende het eerste jaar na huisvesting.",
           fr([C, G], "firm", [q(64, "personen", "exact")], (2024, "in 2024"), True)),
    y2025=("De corporaties huisvesten in 2025 samen de door het Rijk aan de gemeente opgelegde taakstelling voor "
           "vergunninghouders, die voor 2025 is vastgesteld op 71 personen. De gemeente zorgt voor "
           "maatschappelijke begeleiding gedurende het eerste jaar na huisvesting.",
           fr([C, G], "firm", [q(71, "personen", "exact")], (2025, "in 2025"), True)),
    y2026=("De corporaties huisvesten in 2026 samen de door het Rijk aan de gemeente opgelegde taakstelling voor "
           "vergunninghouders, die voor 2026 is vastgesteld op 58 personen. De gemeente zorgt voor "
           "maatschappelijke begeleiding gedurende het eerste jaar na huisvesting.",
           fr([C, G], "firm", [q(58, "personen", "exact")], (2026, "in 2026"), True)),
)
add("uitstroom-bw", [BB, LB],
    y2024=("Ewijckstate en Hoflandwonen stellen jaarlijks samen 12 woningen beschikbaar voor de uitstroom van "
           "cliënten uit beschermd wonen en maatschappelijke opvang, mits de begeleiding door een zorgaanbieder "
           "via de gemeente is geregeld.",
           fr([C], "firm", [q(12, "woningen", "exact")], None, True,
              ["mits de begeleiding door een zorgaanbieder via de gemeente is geregeld"])),
    y2025=("Ewijckstate en Hoflandwonen stellen jaarlijks samen 12 woningen beschikbaar voor de uitstroom van "
           "cliënten uit beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende "
           "begeleiding door een zorgaanbieder.",
           fr([C, G], "firm", [q(12, "woningen", "exact")], None, True)),
    y2026=("Ewijckstate en Hoflandwonen stellen jaarlijks samen 16 woningen beschikbaar voor de uitstroom van "
           "cliënten uit beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende "
           "begeleiding door een zorgaanbieder.",
           fr([C, G], "firm", [q(16, "woningen", "exact")], None, True)),
)
add("huurverhoging", [BB],
    y2024=("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2024 voor zittende huurders van een "
           "sociale huurwoning tot maximaal de inflatie, en passen geen inkomensafhankelijke huurverhoging toe "
           "bij huishoudens met een inkomen onder de tweede inkomensgrens.",
           fr([C], "firm", [], (2024, "per 1 juli 2024"), True)),
    y2025=("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 voor zittende huurders van een "
           "sociale huurwoning tot ten minste 0,5% onder de inflatie, en passen geen inkomensafhankelijke "
           "huurverhoging toe bij huishoudens met een inkomen onder de tweede inkomensgrens.",
           fr([C], "firm", [q(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
    y2026=("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2026 voor zittende huurders van een "
           "sociale huurwoning tot ten minste 0,5% onder de inflatie, en passen geen inkomensafhankelijke "
           "huurverhoging toe bij huishoudens met een inkomen onder de tweede inkomensgrens.",
           fr([C], "firm", [q(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
)
add("aftopping", [BB],
    y2024=("Huurders met een laag inkomen van wie de kale huur boven de aftoppingsgrens ligt, kunnen bij de "
           "corporaties een huurverlaging aanvragen tot de lage aftoppingsgrens van € 697,07 (prijspeil 2024).",
           fr([C], "firm", [q(697.07, "euro", "exact")], None, True)),
    y2025=("Huurders met een laag inkomen van wie de kale huur boven de aftoppingsgrens ligt, kunnen bij de "
           "corporaties een huurverlaging aanvragen tot de lage aftoppingsgrens van € 713,44 (prijspeil 2025).",
           fr([C], "firm", [q(713.44, "euro", "exact")], None, True)),
    y2026=("Huurders met een laag inkomen van wie de kale huur boven de aftoppingsgrens ligt, kunnen bij de "
           "corporaties een huurverlaging aanvragen tot de lage aftoppingsgrens van € 731,28 (prijspeil 2026).",
           fr([C], "firm", [q(731.28, "euro", "exact")], None, True)),
)
add("huurachterstand", [BB],
    y2024=("De corporaties nemen uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en "
           "melden de achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
           fr([C], "firm", [q(2, "maanden", "max")], None, True)),
    y2025=("De corporaties nemen uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder en "
           "melden de achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
           fr([C], "firm", [q(1, "maanden", "max")], None, True)),
)
A["huurachterstand"][2026] = A["huurachterstand"][2025]

add("huisuitzettingen", [BB, LB],
    y2024=("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te beperken tot "
           "maximaal 4 en zetten daartoe vroegtijdig schuldhulpverlening in.",
           fr([P], "intent", [q(4, "huisuitzettingen", "max")], (2024, "in 2024"), True)),
    y2025=("Partijen spreken af dat in 2025 geen huisuitzettingen plaatsvinden wegens uitsluitend huurachterstand; "
           "de gemeente zet daartoe vroegtijdig schuldhulpverlening in.",
           fr([P, G], "firm", [q(0, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    y2026=("Partijen spreken af dat in 2026 geen huisuitzettingen plaatsvinden wegens uitsluitend huurachterstand; "
           "de gemeente zet daartoe vroegtijdig schuldhulpverlening in.",
           fr([P, G], "firm", [q(0, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
)

# ---------------------------------------------------------------- duurzaamheid / klimaat
add("labels-efg", [DK],
    y2024=("Ewijckstate en Hoflandwonen hebben eind 2026 geen woningen met energielabel E, F of G meer in bezit; de "
           "op 1 januari 2024 resterende 140 woningen met een dergelijk label worden in 2024, 2025 en 2026 "
           "aangepakt.",
           fr([C], "firm", [q(140, "woningen", "exact")], (2026, "eind 2026"))),
    y2025=("Ewijckstate en Hoflandwonen hebben eind 2026 geen woningen met energielabel E, F of G meer in bezit; de "
           "op 1 januari 2025 resterende 85 woningen met een dergelijk label worden in 2025 en 2026 aangepakt.",
           fr([C], "firm", [q(85, "woningen", "exact")], (2026, "eind 2026"))),
    y2026=("Ewijckstate en Hoflandwonen hebben uiterlijk medio 2027 geen woningen met energielabel E, F of G meer in "
           "bezit; de op 1 januari 2026 resterende 38 woningen, waarvan een deel in monumentale panden ligt, "
           "worden in 2026 en de eerste helft van 2027 aangepakt.",
           fr([C], "firm", [q(38, "woningen", "exact")], (2027, "uiterlijk medio 2027"))),
)
add("gemiddeld-label", [DK],
    y2024=("De corporaties zetten zich in om het woningbezit in Hofstede eind 2028 gemiddeld op energielabel B te "
           "brengen.",
           fr([C], "intent", [q("B", "label", "min")], (2028, "eind 2028"))),
    y2025=("De corporaties zetten zich in om het woningbezit in Hofstede eind 2028 gemiddeld op energielabel C te "
           "brengen.",
           fr([C], "intent", [q("C", "label", "min")], (2028, "eind 2028"))),
    y2026=("De corporaties zetten zich in om het woningbezit in Hofstede eind 2027 gemiddeld op energielabel C te "
           "brengen.",
           fr([C], "intent", [q("C", "label", "min")], (2027, "eind 2027"))),
)
add("isolatie-molenveld", [DK],
    y2024=("Hoflandwonen isoleert in 2024 de gevels, daken en vloeren van 120 woningen in het complex "
           "Molenveld-Noord en vervangt daarbij de enkele beglazing door HR++-glas.",
           fr([C], "firm", [q(120, "woningen", "exact")], (2024, "in 2024"))),
)
add("isolatie-kerkebuurt", [DK],
    y2025=("Hoflandwonen voorziet vóór 1 oktober 2025 ten minste 90 eengezinswoningen in de Kerkebuurt van "
           "na-isolatie van spouwmuur, dak en vloer, zonder dat dit tot een huurverhoging leidt.",
           fr([C], "firm", [q(90, "woningen", "min")], (2025, "vóór 1 oktober 2025"))),
    y2026=("Hoflandwonen voorziet vóór 1 juli 2026 ten minste 70 eengezinswoningen in de Kerkebuurt van "
           "na-isolatie van spouwmuur, dak en vloer, zonder dat dit tot een huurverhoging leidt.",
           fr([C], "firm", [q(70, "woningen", "min")], (2026, "vóór 1 juli 2026"))),
)
add("warmtenet", [DK],
    y2024=("Partijen werken mee aan de uitvoering van de transitievisie warmte. Ewijckstate sluit uiterlijk eind "
           "2025 de 210 woningen in de wijk De Brinken aan op het warmtenet, onder voorbehoud van de tijdige "
           "aanleg van het warmtenet door de netbeheerder.",
           fr([P, C], "firm", [q(210, "woningen", "exact")], (2025, "uiterlijk eind 2025"), False,
              ["onder voorbehoud van de tijdige aanleg van het warmtenet door de netbeheerder"])),
    y2025=("Partijen werken mee aan de uitvoering van de transitievisie warmte. Ewijckstate sluit uiterlijk medio "
           "2026 de 210 woningen in de wijk De Brinken aan op het warmtenet, onder voorbehoud van de tijdige "
           "aanleg van het warmtenet door de netbeheerder.",
           fr([P, C], "firm", [q(210, "woningen", "exact")], (2026, "uiterlijk medio 2026"), False,
              ["onder voorbehoud van de tijdige aanleg van het warmtenet door de netbeheerder"])),
    y2026=("Onder voorbehoud van de tijdige aanleg van het warmtenet door de netbeheerder worden uiterlijk medio "
           "2026 in de wijk De Brinken 210 woningen van Ewijckstate op het warmtenet aangesloten. Hiermee geven "
           "partijen gezamenlijk uitvoering aan de transitievisie warmte.",
           fr([C, P], "firm", [q(210, "woningen", "exact")], (2026, "uiterlijk medio 2026"), False,
              ["Onder voorbehoud van de tijdige aanleg van het warmtenet door de netbeheerder"])),
)
add("zonnepanelen", [DK],
    y2024=("Ewijckstate biedt in 2024 alle huurders van een eengezinswoning met een geschikt dak zonnepanelen aan "
           "tegen een vaste maandelijkse vergoeding die lager is dan de verwachte besparing op de energierekening.",
           fr([C], "firm", [], (2024, "in 2024"))),
    y2025=("Ewijckstate biedt in 2025 bij wijze van pilot de huurders van twee complexen in Oostermeer zonnepanelen "
           "aan tegen een vaste maandelijkse vergoeding die lager is dan de verwachte besparing op de energierekening.",
           fr([C], "firm", [q(2, "complexen", "exact")], (2025, "in 2025"))),
)
add("energiecoaches", [DK, LB],
    y2024=("De gemeente zet in 2024 energiecoaches in die huurders met een laag inkomen thuis adviseren over "
           "energiebesparing; de corporaties wijzen hun huurders actief op dit aanbod.",
           fr([G, C], "firm", [], (2024, "in 2024"), True)),
    y2025=("De gemeente zet in 2025 energiecoaches in die huurders met een laag inkomen thuis adviseren over "
           "energiebesparing; de corporaties wijzen hun huurders actief op dit aanbod.",
           fr([G, C], "firm", [], (2025, "in 2025"), True)),
    y2026=("De gemeente zet in 2026 energiecoaches in die huurders met een laag inkomen thuis adviseren over "
           "energiebesparing; de corporaties wijzen hun huurders actief op dit aanbod.",
           fr([G, C], "firm", [], (2026, "in 2026"), True)),
)
add("noodfonds", [DK, BB],
    y2024=("De gemeente verkent samen met de corporaties of een lokaal noodfonds kan worden opgericht voor "
           "huishoudens die hun energierekening niet meer kunnen betalen.",
           fr([G, C], "explore")),
    y2025=("De gemeente richt in 2025 een lokaal noodfonds op voor huishoudens die hun energierekening niet meer "
           "kunnen betalen en stelt daarvoor € 150.000 beschikbaar; Ewijckstate en Hoflandwonen dragen ieder "
           "€ 25.000 bij.",
           fr([G, C], "firm", [q(150000, "euro", "exact"), q(25000, "euro", "exact")], (2025, "in 2025"))),
)
add("klimaatadaptatie", [DK],
    y2024=("Bij nieuwbouw en groot onderhoud nemen de corporaties waar mogelijk maatregelen tegen hittestress en "
           "wateroverlast, zoals groene daken, het afkoppelen van regenwater en het vergroenen van tuinen.",
           fr([C], "firm", [], None, False, ["waar mogelijk"])),
    y2025=("Bij nieuwbouw en groot onderhoud nemen de corporaties maatregelen tegen hittestress en wateroverlast, "
           "zoals groene daken, het afkoppelen van regenwater en het vergroenen van tuinen.",
           fr([C], "firm")),
)
A["klimaatadaptatie"][2026] = A["klimaatadaptatie"][2025]

# ---------------------------------------------------------------- kwaliteit
add("reparaties", [KW],
    y2024=("Reparatieverzoeken zonder spoedeisend karakter worden door de corporaties binnen 10 werkdagen "
           "afgehandeld; spoedreparaties worden binnen 24 uur verholpen.",
           fr([C], "firm", [q(10, "werkdagen", "max"), q(24, "uur", "max")], None, True)),
    y2025=("Reparatieverzoeken zonder spoedeisend karakter worden door de corporaties binnen 15 werkdagen "
           "afgehandeld; spoedreparaties worden binnen 24 uur verholpen.",
           fr([C], "firm", [q(15, "werkdagen", "max"), q(24, "uur", "max")], None, True)),
    y2026=("Reparatieverzoeken zonder spoedeisend karakter worden door de corporaties binnen 8 werkdagen "
           "afgehandeld; spoedreparaties worden binnen 24 uur verholpen.",
           fr([C], "firm", [q(8, "werkdagen", "max"), q(24, "uur", "max")], None, True)),
)
add("vocht-schimmel", [KW],
    y2024=("De corporaties nemen binnen vijf werkdagen na een melding van vocht of schimmel contact op met de "
           "huurder en stellen binnen zes weken een plan van aanpak op, dat met de huurder wordt besproken.",
           fr([C], "firm", [q(5, "werkdagen", "max"), q(6, "weken", "max")], None, True)),
    y2026=("Na een melding van vocht of schimmel nemen de corporaties binnen vijf werkdagen contact op met de "
           "huurder; binnen zes weken ligt er een plan van aanpak, dat met de huurder wordt besproken.",
           fr([C], "firm", [q(5, "werkdagen", "max"), q(6, "weken", "max")], None, True)),
)
A["vocht-schimmel"][2025] = A["vocht-schimmel"][2024]

add("inspectie-complexen", [KW],
    y2024=("Hoflandwonen voert in 2024 in alle complexen die vóór 1975 zijn gebouwd een inspectie uit op vocht en "
           "schimmel en deelt de uitkomsten per complex met het Huurdersplatform.",
           fr([C], "firm", [], (2024, "in 2024"))),
)
add("ventilatie", [KW, DK],
    y2025=("Ewijckstate onderzoekt in 2025 in een pilot bij 30 woningen in De Brinken of vraaggestuurde "
           "mechanische ventilatie de klachten over vocht en schimmel vermindert.",
           fr([C], "explore", [q(30, "woningen", "exact")], (2025, "in 2025"))),
    y2026=("Ewijckstate past, op basis van de positieve uitkomsten van de pilot, vraaggestuurde mechanische "
           "ventilatie toe in alle 180 woningen in De Brinken, om klachten over vocht en schimmel te verminderen.",
           fr([C], "firm", [q(180, "woningen", "exact")])),
)
add("opgave-wonen-zorg", [KW, BB],
    y2024=("Partijen brengen uiterlijk in Q3 2024 gezamenlijk in beeld hoeveel geschikte woningen voor ouderen en "
           "mensen met een zorgvraag tot 2030 nodig zijn in de kernen Hofstede, Elshout en Ter Wolde.",
           fr([P], "firm", [], (2024, "uiterlijk in Q3 2024"))),
    y2025=("Partijen brengen uiterlijk in Q1 2025 gezamenlijk in beeld hoeveel geschikte woningen voor ouderen en "
           "mensen met een zorgvraag tot 2030 nodig zijn in de kernen Hofstede, Elshout en Ter Wolde.",
           fr([P], "firm", [], (2025, "uiterlijk in Q1 2025"))),
)
add("ouderenwoningen", [KW, BB],
    y2026=("Op basis van de opgaveanalyse wonen en zorg realiseren de corporaties tot en met 2030 ten minste 80 "
           "nultredenwoningen, waarvan minimaal de helft in de kernen Elshout en Ter Wolde, onder voorbehoud van "
           "beschikbare bouwlocaties.",
           fr([C], "firm", [q(80, "woningen", "min"), q(50, "%", "min")], (2030, "tot en met 2030"), False,
              ["onder voorbehoud van beschikbare bouwlocaties"])),
)
add("wmo-aanpassingen", [KW],
    y2024=("De gemeente en de corporaties maken afspraken over de verdeling van de kosten van woningaanpassingen "
           "die via de Wmo worden aangevraagd, zodat huurders sneller geholpen worden.",
           fr([G, C], "discuss")),
    y2025=("De gemeente en de corporaties werken volgens de in 2024 gemaakte afspraken over de verdeling van de "
           "kosten van woningaanpassingen die via de Wmo worden aangevraagd, zodat huurders sneller geholpen worden.",
           fr([G, C], "firm", [], None, True)),
)
A["wmo-aanpassingen"][2026] = A["wmo-aanpassingen"][2025]

add("brandveiligheid", [KW],
    y2024=("Ewijckstate zegt toe in 2024 in alle vier seniorencomplexen een brandveiligheidsscan te laten uitvoeren "
           "en de daaruit voortvloeiende maatregelen uiterlijk eind 2025 te hebben uitgevoerd.",
           fr([C], "firm", [q(4, "complexen", "exact")], (2025, "uiterlijk eind 2025"))),
    y2025=("Ewijckstate zet zich in om de maatregelen uit de brandveiligheidsscans van de vier seniorencomplexen "
           "uiterlijk eind 2025 te hebben uitgevoerd.",
           fr([C], "intent", [q(4, "complexen", "exact")], (2025, "uiterlijk eind 2025"))),
    y2026=("Ewijckstate zet zich in om de maatregelen uit de brandveiligheidsscans van de vier seniorencomplexen "
           "uiterlijk medio 2026 te hebben uitgevoerd.",
           fr([C], "intent", [q(4, "complexen", "exact")], (2026, "uiterlijk medio 2026"))),
)

# ---------------------------------------------------------------- leefbaarheid
add("wijkbeheerders", [LB],
    y2024=("De corporaties zetten in Oostermeer en de Kerkebuurt ieder ten minste één wijkbeheerder in, die "
           "minimaal twee dagdelen per week zichtbaar aanwezig is in de wijk.",
           fr([C], "firm", [q(2, "dagdelen per week", "min")], None, True)),
    y2025=("De corporaties zetten in Oostermeer en de Kerkebuurt ieder ten minste één wijkbeheerder in, die "
           "minimaal drie dagdelen per week zichtbaar aanwezig is in de wijk.",
           fr([C], "firm", [q(3, "dagdelen per week", "min")], None, True)),
)
A["wijkbeheerders"][2026] = A["wijkbeheerders"][2025]

add("wijkactieplan", [LB],
    y2024=("De gemeente stelt vóór eind 2024 samen met de corporaties, het Huurdersplatform en bewoners een "
           "integraal wijkactieplan op voor Oostermeer.",
           fr([G], "firm", [], (2024, "vóór eind 2024"))),
    y2025=("De gemeente stelt vóór eind 2025 samen met de corporaties, het Huurdersplatform en bewoners een "
           "integraal wijkactieplan op voor Oostermeer en voor de Kerkebuurt.",
           fr([G], "firm", [], (2025, "vóór eind 2025"))),
)
add("wijkactieplan-uitvoering", [LB],
    y2026=("Partijen voeren in 2026 de eerste maatregelen uit de wijkactieplannen voor Oostermeer en de Kerkebuurt "
           "uit; de corporaties reserveren hiervoor samen € 80.000 bovenop het reguliere leefbaarheidsbudget.",
           fr([P, C], "firm", [q(80000, "euro", "exact")], (2026, "in 2026"))),
)
add("overlastoverleg", [LB],
    y2024=("Bij ernstige of langdurige overlast werken de corporaties, de gemeente, de politie en zorgpartijen samen "
           "in het lokale Overlastoverleg, dat ten minste zes keer per jaar bijeenkomt.",
           fr([C, G], "firm", [q(6, "keer per jaar", "min")], None, True)),
    y2025=("Bij ernstige of langdurige overlast werken de corporaties, de gemeente, de politie en zorgpartijen samen "
           "in het lokale Overlastoverleg, dat ten minste vier keer per jaar bijeenkomt.",
           fr([C, G], "firm", [q(4, "keer per jaar", "min")], None, True)),
    y2026=("Het lokale Overlastoverleg, waarin de corporaties, de gemeente, de politie en zorgpartijen samenwerken "
           "bij ernstige of langdurige overlast, komt ten minste vier keer per jaar bijeen.",
           fr([C, G], "firm", [q(4, "keer per jaar", "min")], None, True)),
)
add("leefbaarheidsbudget", [LB],
    y2024=("Ewijckstate en Hoflandwonen besteden in 2024 gemiddeld € 45 per woning aan leefbaarheid, binnen de "
           "wettelijke ruimte, en leggen in de monitor verantwoording af over de besteding.",
           fr([C], "firm", [q(45, "euro per woning", "approx")], (2024, "in 2024"), True)),
    y2025=("Ewijckstate en Hoflandwonen besteden in 2025 gemiddeld € 45 per woning aan leefbaarheid, binnen de "
           "wettelijke ruimte, en leggen in de monitor verantwoording af over de besteding.",
           fr([C], "firm", [q(45, "euro per woning", "approx")], (2025, "in 2025"), True)),
    y2026=("Ewijckstate en Hoflandwonen besteden in 2026 gemiddeld € 55 per woning aan leefbaarheid, binnen de "
           "wettelijke ruimte, en leggen in de monitor verantwoording af over de besteding.",
           fr([C], "firm", [q(55, "euro per woning", "approx")], (2026, "in 2026"), True)),
)
add("bewonersinitiatieven", [LB],
    y2024=("De gemeente stelt jaarlijks € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel "
           "corporatiebezit, waarvoor huurders met een eenvoudig formulier een aanvraag kunnen indienen.",
           fr([G], "firm", [q(20000, "euro", "exact")], None, True)),
    y2025=("De gemeente stelt, onder voorbehoud van vaststelling van de gemeentebegroting, jaarlijks € 20.000 "
           "beschikbaar voor bewonersinitiatieven in buurten met veel corporatiebezit, waarvoor huurders met een "
           "eenvoudig formulier een aanvraag kunnen indienen.",
           fr([G], "firm", [q(20000, "euro", "exact")], None, True,
              ["onder voorbehoud van vaststelling van de gemeentebegroting"])),
)
A["bewonersinitiatieven"][2026] = A["bewonersinitiatieven"][2025]

add("lindehof", [LB],
    y2024=("Hoflandwonen houdt de ontmoetingsruimte in het complex De Lindehof open en gaat in gesprek met de "
           "welzijnsorganisatie over de inzet van vrijwilligers tegen eenzaamheid onder oudere huurders.",
           fr([C], "discuss")),
)

# ---------------------------------------------------------------- samenwerking / proces
add("bestuurlijk-overleg", [OV],
    y2024=("Partijen komen ten minste twee keer per jaar bijeen in een bestuurlijk overleg, waarin de voortgang van "
           "deze prestatieafspraken wordt besproken.",
           fr([P], "firm", [q(2, "keer per jaar", "min")], None, True)),
    y2025=("Partijen komen ten minste drie keer per jaar bijeen in een bestuurlijk overleg, waarin de voortgang van "
           "deze prestatieafspraken wordt besproken.",
           fr([P], "firm", [q(3, "keer per jaar", "min")], None, True)),
)
A["bestuurlijk-overleg"][2026] = A["bestuurlijk-overleg"][2025]

add("monitor", [OV],
    y2024=("De corporaties leveren vóór 1 maart 2025 een monitor aan over de uitvoering van de afspraken in 2024, "
           "waarin per afspraak de stand van zaken is opgenomen.",
           fr([C], "firm", [], (2025, "vóór 1 maart 2025"), True)),
    y2025=("De corporaties leveren vóór 1 maart 2026 een monitor aan over de uitvoering van de afspraken in 2025, "
           "waarin per afspraak de stand van zaken is opgenomen.",
           fr([C], "firm", [], (2026, "vóór 1 maart 2026"), True)),
    y2026=("De corporaties leveren vóór 1 maart 2027 een monitor aan over de uitvoering van de afspraken in 2026, "
           "waarin per afspraak de stand van zaken is opgenomen.",
           fr([C], "firm", [], (2027, "vóór 1 maart 2027"), True)),
)
add("bod-cyclus", [OV],
    y2024=("De corporaties brengen vóór 1 juli 2024 hun bod uit op de woonvisie, waarna partijen streven naar "
           "ondertekening van de prestatieafspraken voor 2025 uiterlijk op 15 december 2024.",
           fr([C, P], "firm", [], (2024, "vóór 1 juli 2024"), True)),
    y2025=("De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie, waarna partijen streven naar "
           "ondertekening van de prestatieafspraken voor 2026 uiterlijk op 15 december 2025.",
           fr([C, P], "firm", [], (2025, "vóór 1 juli 2025"), True)),
    y2026=("De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie, waarna partijen streven naar "
           "ondertekening van de prestatieafspraken voor 2027 uiterlijk op 15 december 2026.",
           fr([C, P], "firm", [], (2026, "vóór 1 juli 2026"), True)),
)
add("ondersteuning-huurders", [OV],
    y2024=("De corporaties stellen het Huurdersplatform Hofstede jaarlijks een budget beschikbaar voor "
           "ondersteuning en scholing, dat voor 2024 € 12.500 bedraagt (prijspeil 2024).",
           fr([C], "firm", [q(12500, "euro", "exact")], None, True)),
    y2025=("De corporaties stellen het Huurdersplatform Hofstede jaarlijks een budget beschikbaar voor "
           "ondersteuning en scholing, dat voor 2025 € 12.925 bedraagt (prijspeil 2025).",
           fr([C], "firm", [q(12925, "euro", "exact")], None, True)),
    y2026=("De corporaties stellen het Huurdersplatform Hofstede jaarlijks een budget beschikbaar voor "
           "ondersteuning en scholing, dat voor 2026 wordt verhoogd tot € 16.000.",
           fr([C], "firm", [q(16000, "euro", "exact")], None, True)),
)
add("huurders-betrekken", [OV],
    y2024=("De corporaties betrekken het Huurdersplatform Hofstede tijdig bij de voorbereiding van renovatieprojecten "
           "en verduurzamingsprogramma's en vragen daarover schriftelijk advies.",
           fr([C], "firm", [], None, True)),
    y2026=("De corporaties betrekken het Huurdersplatform Hofstede waar mogelijk tijdig bij de voorbereiding van "
           "renovatieprojecten en verduurzamingsprogramma's en vragen daarover schriftelijk advies.",
           fr([C], "firm", [], None, True, ["waar mogelijk"])),
)
A["huurders-betrekken"][2025] = A["huurders-betrekken"][2024]

add("huurdersoordeel", [OV, KW],
    y2026=("De corporaties laten in 2026 het oordeel van huurders over de dienstverlening onafhankelijk meten en "
           "bespreken de uitkomsten met het Huurdersplatform, dat daarover gevraagd en ongevraagd advies kan geven.",
           fr([C], "firm", [], (2026, "in 2026"))),
)
add("geschillen", [OV],
    y2024=("Indien partijen over de uitvoering van deze afspraken een verschil van mening hebben dat in het "
           "bestuurlijk overleg niet wordt opgelost, schakelen zij gezamenlijk een onafhankelijke bemiddelaar in "
           "voordat het geschil op grond van de Woningwet aan de minister wordt voorgelegd.",
           fr([P], "firm", [], None, False,
              ["Indien partijen over de uitvoering van deze afspraken een verschil van mening hebben"])),
)
A["geschillen"][2025] = A["geschillen"][2024]
A["geschillen"][2026] = A["geschillen"][2024]

# ---------------------------------------------------------------- layout per year
# (table title, [(sub-theme, context sentence or None, [keys])])
T1 = "1 Beschikbaar en betaalbaar wonen"
T2 = "2 Duurzaamheid en energietransitie"
T3 = "3 Kwaliteit en wonen met zorg"
T5 = "5 Samenwerking en proces"

LAYOUT = {
    2024: [
        (T1, [
            ("Nieuwbouw", "De woonvisie gaat uit van een groei van circa 900 woningen tot 2030.",
             ["nieuwbouw-sociaal", "aandeel-sociaal", "flexwonen"]),
            ("Voorraad", None, ["verkoop", "liberalisatie"]),
            ("Toewijzing", None, ["passend-toewijzen", "starters", "inschrijfduur"]),
            ("Doelgroepen", None, ["statushouders", "uitstroom-bw"]),
            ("Huurbeleid", None, ["huurverhoging", "aftopping"]),
            ("Huurschulden", None, ["huurachterstand", "huisuitzettingen"]),
        ]),
        (T2, [
            ("Verduurzaming", None, ["labels-efg", "gemiddeld-label", "isolatie-molenveld", "zonnepanelen"]),
            ("Aardgasvrij", "De gemeenteraad stelde de transitievisie warmte in 2021 vast.", ["warmtenet"]),
            ("Energiearmoede", None, ["energiecoaches", "noodfonds"]),
            ("Klimaat", None, ["klimaatadaptatie"]),
        ]),
        (T3, [
            ("Onderhoud", None, ["reparaties"]),
            ("Binnenklimaat", None, ["vocht-schimmel", "inspectie-complexen"]),
            ("Wonen en zorg", None, ["opgave-wonen-zorg", "wmo-aanpassingen"]),
            ("Veiligheid", None, ["brandveiligheid"]),
        ]),
        ("4 Leefbare wijken", [
            ("Wijkaanpak", None, ["wijkbeheerders", "wijkactieplan"]),
            ("Overlast", None, ["overlastoverleg"]),
            ("Leefbaarheid", None, ["leefbaarheidsbudget", "bewonersinitiatieven"]),
            ("Ontmoeting", None, ["lindehof"]),
        ]),
        (T5, [
            ("Overleg", None, ["bestuurlijk-overleg", "bod-cyclus", "geschillen"]),
            ("Monitoring", None, ["monitor"]),
            ("Huurders", None, ["ondersteuning-huurders", "huurders-betrekken"]),
        ]),
    ],
    2025: [
        (T1, [
            ("Nieuwbouw", "De woonvisie gaat uit van een groei van circa 900 woningen tot 2030.",
             ["nieuwbouw-sociaal", "aandeel-sociaal", "flexwonen"]),
            ("Voorraad", None, ["verkoop", "liberalisatie"]),
            ("Toewijzing", None, ["passend-toewijzen", "starters", "inschrijfduur", "hospitaverhuur"]),
            ("Doelgroepen", None, ["statushouders", "uitstroom-bw"]),
            ("Huurbeleid", None, ["huurverhoging", "aftopping"]),
            ("Huurschulden", None, ["huurachterstand", "huisuitzettingen"]),
        ]),
        (T2, [
            ("Verduurzaming", None, ["labels-efg", "gemiddeld-label", "isolatie-kerkebuurt", "zonnepanelen"]),
            ("Aardgasvrij", "De gemeenteraad stelde de transitievisie warmte in 2021 vast.", ["warmtenet"]),
            ("Klimaat", None, ["klimaatadaptatie"]),
        ]),
        (T3, [
            ("Onderhoud", None, ["reparaties"]),
            ("Binnenklimaat", None, ["vocht-schimmel", "ventilatie"]),
            ("Wonen en zorg", None, ["opgave-wonen-zorg", "wmo-aanpassingen"]),
            ("Veiligheid", None, ["brandveiligheid"]),
        ]),
        ("4 Prettig wonen in de wijk", [
            ("Wijkaanpak", None, ["wijkactieplan", "wijkbeheerders"]),
            ("Overlast", None, ["overlastoverleg"]),
            ("Energiearmoede", "Energiearmoede raakt in Hofstede vooral huurders in oudere wijken.",
             ["noodfonds", "energiecoaches"]),
            ("Leefbaarheid", None, ["leefbaarheidsbudget", "bewonersinitiatieven"]),
        ]),
        (T5, [
            ("Overleg", None, ["bestuurlijk-overleg", "bod-cyclus", "geschillen"]),
            ("Monitoring", None, ["monitor"]),
            ("Huurders", None, ["ondersteuning-huurders", "huurders-betrekken"]),
        ]),
    ],
    2026: [
        (T1, [
            ("Nieuwbouw", "De woonvisie gaat uit van een groei van circa 900 woningen tot 2030.",
             ["nieuwbouw-sociaal", "aandeel-sociaal", "middenhuur", "flexwonen"]),
            ("Voorraad", None, ["verkoop", "liberalisatie"]),
            ("Toewijzing", None, ["passend-toewijzen", "starters", "hospitaverhuur", "inschrijfduur"]),
            ("Doelgroepen", None, ["statushouders", "uitstroom-bw"]),
            ("Huurbeleid", None, ["aftopping", "huurverhoging"]),
            ("Huurschulden", None, ["huurachterstand", "huisuitzettingen"]),
        ]),
        (T2, [
            ("Verduurzaming", None, ["gemiddeld-label", "labels-efg", "isolatie-kerkebuurt"]),
            ("Aardgasvrij", "De gemeenteraad stelde de transitievisie warmte in 2021 vast.", ["warmtenet"]),
            ("Klimaat", None, ["klimaatadaptatie"]),
        ]),
        (T3, [
            ("Onderhoud", None, ["reparaties"]),
            ("Binnenklimaat", None, ["vocht-schimmel", "ventilatie"]),
            ("Veiligheid", None, ["brandveiligheid"]),
        ]),
        ("4 Prettig wonen in de wijk", [
            ("Wijkaanpak", None, ["wijkactieplan-uitvoering", "wijkbeheerders"]),
            ("Overlast", None, ["overlastoverleg"]),
            ("Energiearmoede", None, ["energiecoaches"]),
            ("Wonen en zorg", "Het aantal 75-plussers in Hofstede neemt tot 2030 met ruim een derde toe.",
             ["ouderenwoningen", "wmo-aanpassingen"]),
            ("Leefbaarheid", None, ["leefbaarheidsbudget", "bewonersinitiatieven"]),
        ]),
        (T5, [
            ("Overleg", None, ["bestuurlijk-overleg", "bod-cyclus", "geschillen"]),
            ("Monitoring", None, ["monitor"]),
            ("Huurders", None, ["ondersteuning-huurders", "huurders-betrekken", "huurdersoordeel"]),
        ]),
    ],
}

# ---------------------------------------------------------------- pair annotations (non-trivial links)
# status, kinds, hard_negative; new/dropped/unchanged are derived and verified in build.py
PAIRS = {
    (2024, 2025): {
        "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
        "flexwonen": ("strengthened", ["modality"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "liberalisatie": ("weakened", ["quantity"], None),
        "starters": ("weakened", ["quantity"], None),
        "inschrijfduur": ("strengthened", ["quantity"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "uitstroom-bw": ("strengthened", ["condition"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "aftopping": ("reworded", [], "indexed_amount"),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("strengthened", ["modality", "quantity"], None),
        "labels-efg": ("reworded", [], "progress"),
        "gemiddeld-label": ("weakened", ["label"], None),
        "warmtenet": ("weakened", ["deadline"], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "noodfonds": ("strengthened", ["modality"], None),
        "klimaatadaptatie": ("strengthened", ["condition"], None),
        "reparaties": ("weakened", ["quantity"], None),
        "opgave-wonen-zorg": ("weakened", ["deadline"], None),
        "wmo-aanpassingen": ("strengthened", ["modality"], None),
        "brandveiligheid": ("weakened", ["modality"], None),
        "wijkbeheerders": ("strengthened", ["quantity"], None),
        "wijkactieplan": ("modified", ["scope", "deadline"], None),
        "overlastoverleg": ("weakened", ["quantity"], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "bewonersinitiatieven": ("weakened", ["condition"], None),
        "bestuurlijk-overleg": ("strengthened", ["quantity"], None),
        "monitor": ("reworded", [], "recurring_year"),
        "bod-cyclus": ("reworded", [], "recurring_year"),
        "ondersteuning-huurders": ("reworded", [], "indexed_amount"),
    },
    (2025, 2026): {
        "nieuwbouw-sociaal": ("reworded", [], "progress"),
        "aandeel-sociaal": ("strengthened", ["quantity", "scope"], None),
        "flexwonen": ("weakened", ["deadline"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "passend-toewijzen": ("reworded", [], "same_figures"),
        "inschrijfduur": ("weakened", ["modality"], None),
        "hospitaverhuur": ("weakened", ["modality", "deadline"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "uitstroom-bw": ("strengthened", ["quantity"], None),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "aftopping": ("reworded", [], "indexed_amount"),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "labels-efg": ("weakened", ["deadline"], None),
        "gemiddeld-label": ("strengthened", ["deadline"], None),
        "isolatie-kerkebuurt": ("weakened", ["quantity", "deadline"], None),
        "warmtenet": ("reworded", [], "same_figures"),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "reparaties": ("strengthened", ["quantity"], None),
        "vocht-schimmel": ("reworded", [], "same_figures"),
        "ventilatie": ("strengthened", ["modality", "scope"], None),
        "brandveiligheid": ("weakened", ["deadline"], None),
        "overlastoverleg": ("reworded", [], "same_figures"),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "monitor": ("reworded", [], "recurring_year"),
        "bod-cyclus": ("reworded", [], "recurring_year"),
        "ondersteuning-huurders": ("strengthened", ["quantity"], None),
        "huurders-betrekken": ("weakened", ["condition"], None),
    },
}
