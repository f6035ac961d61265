# -*- coding: utf-8 -*-
"""Content of the berkelmonde family: jaarschijven 2025, 2026, 2027 of Prestatieafspraken 2024-2027.

Every afspraak: key -> {year: version}; a version is V(...) or SAME(...) (identical text to previous year).
Texts may contain {Y} (the jaarschijf year). P1 = 2025->2026, P2 = 2026->2027 links.
"""

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")
G, C, H, P = "gemeente", "corporatie", "huurdersorganisatie", "partijen"

GEMEENTE = "Gemeente Berkelmonde"
CORP = "Woonstichting Monderhof"
HOS = ["Huurdersvereniging De Berkelstroom", "Huurdersbelangenvereniging Oude Monde"]


def V(ch, text, themes, actors, mod, q=(), dl=None, rec=False, cond=(), tp=None):
    return dict(ch=ch, text=text, themes=themes if isinstance(themes, list) else [themes],
                actors=actors if isinstance(actors, list) else [actors], mod=mod,
                q=list(q), dl=dl, rec=rec, cond=list(cond), tp=tp)


def SAME(ch=None, tp="keep"):
    return dict(same=True, ch=ch, tp=tp)


def Q(value, unit, comp="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": value_max}


A = {}     # insertion order = reading order within a chapter
LINKS = {}  # key -> {"p1": (status, kinds, hn), "p2": (...)}


def add(key, versions, p1=None, p2=None):
    A[key] = versions
    LINKS[key] = {"p1": p1, "p2": p2}


U = ("unchanged", [], None)


def RW(hn=None):
    return ("reworded", [], hn)


def W(*k):
    return ("weakened", list(k), None)


def S(*k):
    return ("strengthened", list(k), None)


NEW = ("new", [], None)
DROP = ("dropped", [], None)

# ---------------------------------------------------------------- 3 Beschikbaarheid
add("nieuwbouw-sociaal", {
    2025: V("3", "Monderhof levert in {Y} ten minste 60 sociale huurwoningen op, waarvan 24 in het plan Berkeloever en 36 in de eerste fase van het plan Kerkakker-Zuid, en houdt de gemeente via het ambtelijk overleg op de hoogte van de voortgang van beide projecten.",
            BB, C, "firm", [Q(60, "woningen", "min")], ("Y", "in {Y}"), True, tp=("Monderhof", "Q4 {Y}", "b")),
    2026: V("3", "Monderhof levert in {Y} ten minste 48 sociale huurwoningen op in de tweede fase van het plan Kerkakker-Zuid en houdt de gemeente via het ambtelijk overleg op de hoogte van de voortgang van het project.",
            BB, C, "firm", [Q(48, "woningen", "min")], ("Y", "in {Y}"), True, tp=("Monderhof", "Q4 {Y}", "b")),
    2027: V("3", "Monderhof levert in {Y} ten minste 70 sociale huurwoningen op, verdeeld over de plannen Kerkakker-Zuid (38 woningen) en Molenweide (32 woningen), en houdt de gemeente via het ambtelijk overleg op de hoogte van de voortgang van beide projecten.",
            BB, C, "firm", [Q(70, "woningen", "min")], ("Y", "in {Y}"), True, tp=("Monderhof", "Q4 {Y}", "b")),
}, W("quantity"), S("quantity"))

add("locaties-inventarisatie", {
    2025: V("3", "De gemeente brengt vóór 1 oktober 2025 in beeld welke inbreidingslocaties binnen de bebouwde kom geschikt zijn voor de bouw van sociale huurwoningen en deelt deze inventarisatie met Monderhof en beide huurdersorganisaties.",
            BB, G, "firm", dl=(2025, "vóór 1 oktober 2025"), tp=("gemeente", "Q3 2025", "a")),
    2026: V("3", "De gemeente brengt vóór 1 juli 2026 in beeld welke inbreidingslocaties binnen de bebouwde kom geschikt zijn voor de bouw van sociale huurwoningen en deelt deze inventarisatie met Monderhof en beide huurdersorganisaties.",
            BB, G, "firm", dl=(2026, "vóór 1 juli 2026"), tp=("gemeente", "Q2 2026", "a")),
}, W("deadline"), DROP)

add("flexwonen-stationsweg", {
    2025: V("3", "Partijen onderzoeken in {Y} of op de braakliggende locatie aan de Stationsweg voor een periode van ten minste tien jaar tijdelijke woningen voor spoedzoekers kunnen worden geplaatst.",
            BB, P, "explore", [Q(10, "jaar", "min")], ("Y", "in {Y}")),
    2026: V("3", "Monderhof plaatst in 2026 op de locatie aan de Stationsweg 20 tijdelijke woningen voor spoedzoekers voor een periode van ten minste tien jaar; de gemeente draagt zorg voor de benodigde omgevingsvergunning en de bouwrijpe grond.",
            BB, [C, G], "firm", [Q(20, "woningen"), Q(10, "jaar", "min")], (2026, "in 2026"), tp=("Monderhof", "2026", "b")),
    2027: V("3", "Monderhof plaatst uiterlijk medio 2027 op de locatie aan de Stationsweg 20 tijdelijke woningen voor spoedzoekers voor een periode van ten minste tien jaar; de gemeente draagt zorg voor de benodigde omgevingsvergunning en de bouwrijpe grond.",
            BB, [C, G], "firm", [Q(20, "woningen"), Q(10, "jaar", "min")], (2027, "uiterlijk medio 2027"), tp=("Monderhof", "Q2 2027", "b")),
}, S("modality"), W("deadline"))

add("vergunninghouders", {
    2025: V("3", "Monderhof stelt in {Y} voldoende woningen beschikbaar om, samen met de particuliere verhuurders, de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te halen; voor het eerste halfjaar van {Y} bedraagt de taakstelling voor Berkelmonde 42 personen.",
            BB, C, "firm", [Q(42, "personen")], ("Y", "in {Y}"), True),
    2026: V("3", "Monderhof stelt in {Y} voldoende woningen beschikbaar om, samen met de particuliere verhuurders, de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te halen; voor het eerste halfjaar van {Y} bedraagt de taakstelling voor Berkelmonde 37 personen.",
            BB, C, "firm", [Q(37, "personen")], ("Y", "in {Y}"), True),
    2027: V("3", "Monderhof stelt in {Y} voldoende woningen beschikbaar om, samen met de particuliere verhuurders, de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te halen; voor het eerste halfjaar van {Y} bedraagt de taakstelling voor Berkelmonde 44 personen.",
            BB, C, "firm", [Q(44, "personen")], ("Y", "in {Y}"), True),
}, RW("external_figure"), RW("external_figure"))

add("voorrang-lokale-binding", {
    2025: V("3", "Bij nieuwbouw in de kernen Oude Monde en Berkeldorp wijst Monderhof ten minste 50% van de woningen met voorrang toe aan woningzoekenden met een aantoonbare lokale binding, binnen de ruimte die de huisvestingsverordening daarvoor biedt.",
            BB, C, "firm", [Q(50, "%", "min")]),
    2026: SAME(),
    2027: V("3", "Bij nieuwbouw in de kernen Oude Monde en Berkeldorp wijst Monderhof ten minste 30% van de woningen met voorrang toe aan woningzoekenden met een aantoonbare lokale binding, binnen de ruimte die de huisvestingsverordening daarvoor biedt.",
            BB, C, "firm", [Q(30, "%", "min")]),
}, U, W("quantity"))

add("uitstroom-beschermd-wonen", {
    2025: V("3", "Monderhof stelt jaarlijks 12 woningen beschikbaar voor huurders die uitstromen uit beschermd wonen en maatschappelijke opvang, mits de gemeente voor iedere nieuwe huurder passende begeleiding heeft geregeld via het contract met de zorgaanbieder.",
            [BB, LB], C, "firm", [Q(12, "woningen")], rec=True, cond=["mits de gemeente voor iedere nieuwe huurder passende begeleiding heeft geregeld"]),
    2026: V("3", "Monderhof stelt jaarlijks 12 woningen beschikbaar voor huurders die uitstromen uit beschermd wonen en maatschappelijke opvang; de gemeente regelt voor iedere nieuwe huurder passende begeleiding via het contract met de zorgaanbieder.",
            [BB, LB], [C, G], "firm", [Q(12, "woningen")], rec=True),
    2027: SAME(),
}, S("condition"), U)

add("doorstroming-senioren", {
    2025: V("3", "Partijen zetten zich in om de doorstroming van senioren uit grote eengezinswoningen naar passende gelijkvloerse woningen te bevorderen, onder meer met de inzet van een verhuiscoach en een verhuisvergoeding van € 2.500 per verhuizing.",
            BB, P, "intent", [Q(2500, "euro")]),
    2026: V("3", "Om senioren te ondersteunen die een grote eengezinswoning achterlaten voor een passende gelijkvloerse woning, zetten partijen zich in voor doorstroming door een verhuiscoach in te zetten en een verhuisvergoeding van € 2.500 per verhuizing te verstrekken.",
            BB, P, "intent", [Q(2500, "euro")]),
    2027: V("3", "Om senioren te ondersteunen die een grote eengezinswoning achterlaten voor een passende gelijkvloerse woning, zetten partijen zich in voor doorstroming door een verhuiscoach in te zetten en een verhuisvergoeding van € 3.500 per verhuizing te verstrekken.",
            BB, P, "intent", [Q(3500, "euro")]),
}, RW("same_figures"), S("quantity"))

add("woningdelen-jongeren", {
    2026: V("3", "De gemeente verkent in 2026 samen met Monderhof of het delen van grote eengezinswoningen door jongeren mogelijk kan worden gemaakt zonder dat de bewoners hun recht op huurtoeslag verliezen.",
            BB, [G, C], "explore", dl=(2026, "in 2026"), tp=("gemeente", "Q4 2026", "a")),
}, NEW, DROP)

add("verkoop-liberalisatie", {
    2025: V("3", "Monderhof verkoopt of liberaliseert in {Y} maximaal 10 sociale huurwoningen, uitsluitend in complexen waar het aandeel sociale huur boven de 80% ligt.",
            BB, C, "firm", [Q(10, "woningen", "max")], ("Y", "in {Y}"), True),
    2026: V("3", "Monderhof verkoopt of liberaliseert in {Y} maximaal 6 sociale huurwoningen, uitsluitend in complexen waar het aandeel sociale huur boven de 80% ligt.",
            BB, C, "firm", [Q(6, "woningen", "max")], ("Y", "in {Y}"), True),
    2027: V("4", "Monderhof verkoopt of liberaliseert in {Y} geen sociale huurwoningen, zodat de kernvoorraad in alle complexen behouden blijft.",
            BB, C, "firm", [Q(0, "woningen", "max")], ("Y", "in {Y}"), True),
}, S("quantity"), S("quantity"))

# ---------------------------------------------------------------- 4 Betaalbaarheid
add("huurverhoging", {
    2025: V("4", "Monderhof beperkt de huuraanpassing per 1 juli {Y} voor de sociale huurwoningen tot maximaal de inflatie, zodat de gemiddelde huurstijging onder de wettelijk toegestane maximale huursomstijging blijft.",
            BB, C, "firm", dl=("Y", "per 1 juli {Y}"), rec=True),
    2026: V("4", "Monderhof beperkt de huuraanpassing per 1 juli {Y} voor de sociale huurwoningen tot ten minste 0,5% onder de inflatie, zodat de gemiddelde huurstijging onder de wettelijk toegestane maximale huursomstijging blijft.",
            BB, C, "firm", [Q(0.5, "%", "min")], ("Y", "per 1 juli {Y}"), True),
    2027: V("4", "Monderhof beperkt de huuraanpassing per 1 juli {Y} voor de sociale huurwoningen tot ten minste 0,5% onder de inflatie, zodat de gemiddelde huurstijging onder de wettelijk toegestane maximale huursomstijging blijft.",
            BB, C, "firm", [Q(0.5, "%", "min")], ("Y", "per 1 juli {Y}"), True),
}, S("quantity"), RW("recurring_year"))

add("passend-toewijzen", {
    2025: V("4", "Monderhof wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens met recht op huurtoeslag en hanteert daarbij de aftoppingsgrenzen prijspeil 2025 van € 697,07 en € 747,21.",
            BB, C, "firm", [Q(95, "%", "min"), Q(697.07, "euro"), Q(747.21, "euro")], rec=True),
    2026: V("4", "Monderhof wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens met recht op huurtoeslag en hanteert daarbij de aftoppingsgrenzen prijspeil 2026 van € 713,44 en € 764,75.",
            BB, C, "firm", [Q(95, "%", "min"), Q(713.44, "euro"), Q(764.75, "euro")], rec=True),
    2027: V("4", "Monderhof wijst ten minste 90% van de vrijkomende sociale huurwoningen passend toe aan huishoudens met recht op huurtoeslag en hanteert daarbij de aftoppingsgrenzen prijspeil 2027 van € 730,10 en € 782,60.",
            BB, C, "firm", [Q(90, "%", "min"), Q(730.10, "euro"), Q(782.60, "euro")], rec=True),
}, RW("indexed_amount"), W("quantity"))

add("huurachterstand-contact", {
    2025: V("4", "Monderhof neemt uiterlijk bij een huurachterstand van twee maanden persoonlijk contact op met de huurder en meldt de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de gemeente.",
            BB, C, "firm", [Q(2, "maanden", "max")], tp=("Monderhof", "doorlopend", "b")),
    2026: V("4", "Monderhof neemt uiterlijk bij een huurachterstand van één maand persoonlijk contact op met de huurder en meldt de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de gemeente.",
            BB, C, "firm", [Q(1, "maanden", "max")], tp=("Monderhof", "doorlopend", "b")),
    2027: SAME(),
}, S("quantity"), U)

add("huisuitzettingen", {
    2025: V("4", "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in {Y} te beperken tot maximaal drie.",
            BB, P, "intent", [Q(3, "huisuitzettingen", "max")], ("Y", "in {Y}"), True),
    2026: V("4", "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in {Y} te beperken tot maximaal vijf.",
            BB, P, "intent", [Q(5, "huisuitzettingen", "max")], ("Y", "in {Y}"), True),
    2027: V("4", "Partijen streven ernaar dat in {Y} geen enkele huisuitzetting plaatsvindt die uitsluitend het gevolg is van huurachterstand.",
            BB, P, "intent", [Q(0, "huisuitzettingen", "max")], ("Y", "in {Y}"), True),
}, W("quantity"), S("quantity"))

add("noodfonds-energie", {
    2025: V("4", "De gemeente stelt in {Y} een bedrag van € 150.000 beschikbaar voor een noodfonds waaruit huishoudens met betalingsproblemen als gevolg van hoge energielasten eenmalig kunnen worden ondersteund.",
            [BB, DK], G, "firm", [Q(150000, "euro")], ("Y", "in {Y}"), True, tp=("gemeente", "{Y}", "a")),
    2026: V("4", "De gemeente stelt in {Y} een bedrag van € 100.000 beschikbaar voor een noodfonds waaruit huishoudens met betalingsproblemen als gevolg van hoge energielasten eenmalig kunnen worden ondersteund.",
            [BB, DK], G, "firm", [Q(100000, "euro")], ("Y", "in {Y}"), True, tp=("gemeente", "{Y}", "a")),
}, W("quantity"), DROP)

add("huurbevriezing-laagste-inkomens", {
    2027: V("4", "Monderhof bevriest in 2027 op aanvraag de huur van huurders met een inkomen rond het sociaal minimum van wie de huur boven de aftoppingsgrens ligt, en maakt deze regeling samen met beide huurdersorganisaties bekend.",
            BB, C, "firm", dl=(2027, "in 2027"), tp=("Monderhof", "Q3 2027", "a")),
}, None, NEW)

add("voorlichting-huurtoeslag", {
    2025: V("4", "De Berkelstroom en HBV Oude Monde organiseren in {Y} samen met Monderhof twee informatiebijeenkomsten voor huurders over huurtoeslag, de energietoeslag en andere inkomensondersteunende regelingen.",
            BB, [H, C], "firm", [Q(2, "bijeenkomsten")], ("Y", "in {Y}"), True),
    2026: V("4", "De Berkelstroom en HBV Oude Monde organiseren in {Y} samen met Monderhof twee informatiebijeenkomsten voor huurders over huurtoeslag, de energietoeslag en andere inkomensondersteunende regelingen.",
            BB, [H, C], "firm", [Q(2, "bijeenkomsten")], ("Y", "in {Y}"), True),
    2027: V("4", "De Berkelstroom en HBV Oude Monde organiseren in {Y} samen met Monderhof drie informatiebijeenkomsten voor huurders over huurtoeslag, de energietoeslag en andere inkomensondersteunende regelingen.",
            BB, [H, C], "firm", [Q(3, "bijeenkomsten")], ("Y", "in {Y}"), True),
}, RW("recurring_year"), S("quantity"))

# ---------------------------------------------------------------- 5 Duurzaamheid
add("geen-efg", {
    2025: V("5", "Monderhof zorgt ervoor dat uiterlijk eind 2027 geen woningen met een energielabel E, F of G meer in haar bezit in Berkelmonde voorkomen; het gaat daarbij om de resterende 140 woningen.",
            DK, C, "firm", [Q(140, "woningen")], (2027, "uiterlijk eind 2027"), tp=("Monderhof", "eind 2027", "b")),
    2026: V("5", "Monderhof zorgt ervoor dat uiterlijk eind 2027 geen woningen met een energielabel E, F of G meer in haar bezit in Berkelmonde voorkomen; het gaat daarbij om de resterende 85 woningen.",
            DK, C, "firm", [Q(85, "woningen")], (2027, "uiterlijk eind 2027"), tp=("Monderhof", "eind 2027", "b")),
    2027: V("5", "Monderhof zorgt ervoor dat uiterlijk eind 2027 geen woningen met een energielabel E, F of G meer in haar bezit in Berkelmonde voorkomen; het gaat daarbij om de resterende 32 woningen.",
            DK, C, "firm", [Q(32, "woningen")], (2027, "uiterlijk eind 2027"), tp=("Monderhof", "eind 2027", "b")),
}, RW("progress"), RW("progress"))

add("gemiddeld-label", {
    2025: V("5", "Monderhof streeft ernaar dat haar woningvoorraad in Berkelmonde aan het einde van de looptijd van deze afspraken gemiddeld energielabel A heeft.",
            DK, C, "intent", [Q("A", "label")], (2027, "aan het einde van de looptijd van deze afspraken")),
    2026: V("5", "Monderhof streeft ernaar dat haar woningvoorraad in Berkelmonde aan het einde van de looptijd van deze afspraken gemiddeld energielabel B heeft.",
            DK, C, "intent", [Q("B", "label")], (2027, "aan het einde van de looptijd van deze afspraken")),
    2027: SAME(),
}, W("label"), U)

add("isolatie", {
    2025: V("5", "Monderhof isoleert in {Y} ten minste 120 woningen na, waarbij dak, gevel, vloer en glas in samenhang worden aangepakt tot ten minste de standaard voor isolatie uit de Nationale Prestatieafspraken.",
            DK, C, "firm", [Q(120, "woningen", "min")], ("Y", "in {Y}"), True),
    2026: V("5", "Monderhof isoleert in {Y} ten minste 150 woningen na, waarbij dak, gevel, vloer en glas in samenhang worden aangepakt tot ten minste de standaard voor isolatie uit de Nationale Prestatieafspraken.",
            DK, C, "firm", [Q(150, "woningen", "min")], ("Y", "in {Y}"), True),
    2027: V("5", "Monderhof isoleert in {Y} in de complexen Vogelbuurt en Molenstraat ten minste 90 woningen na, waarbij dak, gevel, vloer en glas in samenhang worden aangepakt tot ten minste de standaard voor isolatie uit de Nationale Prestatieafspraken.",
            DK, C, "firm", [Q(90, "woningen", "min")], ("Y", "in {Y}"), True),
}, S("quantity"), W("quantity", "scope"))

add("zonnepanelen", {
    2025: V("5", "Monderhof biedt in {Y} alle huurders van een grondgebonden woning met een geschikt dak zonnepanelen aan tegen een maandelijkse vergoeding die lager ligt dan de verwachte besparing op de energierekening.",
            DK, C, "firm", dl=("Y", "in {Y}"), rec=True),
    2026: V("5", "Monderhof biedt in {Y} bij wijze van pilot de huurders in de complexen Berkelhof en Eikenlaan zonnepanelen aan tegen een maandelijkse vergoeding die lager ligt dan de verwachte besparing op de energierekening.",
            DK, C, "firm", dl=("Y", "in {Y}"), rec=True),
    2027: V("5", "Monderhof biedt in {Y} alle huurders van een grondgebonden woning met een geschikt dak, en de bewoners van kleinere complexen met een gezamenlijk dak, zonnepanelen aan tegen een maandelijkse vergoeding die lager ligt dan de verwachte besparing op de energierekening.",
            DK, C, "firm", dl=("Y", "in {Y}"), rec=True),
}, W("scope"), S("scope"))

add("aardgasvrij-oude-monde-west", {
    2025: V("5", "De gemeente werkt in overleg met Monderhof en de huurdersorganisaties het wijkuitvoeringsplan voor een aardgasvrij Oude Monde-West uit en stelt dit vóór eind 2025 vast, met inbegrip van de voorwaarden waaronder huurders worden aangesloten op het warmtenet.",
            DK, G, "firm", dl=(2025, "vóór eind 2025"), tp=("gemeente", "Q4 2025", "a")),
    2026: V("5", "De gemeente werkt in overleg met Monderhof en de huurdersorganisaties het wijkuitvoeringsplan voor een aardgasvrij Oude Monde-West uit en stelt dit medio 2026 vast, met inbegrip van de voorwaarden waaronder huurders worden aangesloten op het warmtenet.",
            DK, G, "firm", dl=(2026, "medio 2026"), tp=("gemeente", "Q2 2026", "a")),
    2027: V("5", "Het wijkuitvoeringsplan voor een aardgasvrij Oude Monde-West is door de gemeente vastgesteld. Partijen werken volgens dit plan en de daarin opgenomen voorwaarden voor huurders; Monderhof sluit in 2027 de eerste 40 woningen in de wijk aan op het warmtenet.",
            DK, [P, C], "firm", [Q(40, "woningen")], (2027, "in 2027"), tp=("gemeente en Monderhof", "2027", "a")),
}, W("deadline"), S("modality"))

add("energiecoaches", {
    2025: V("5", "De gemeente zet in {Y} energiecoaches in die huurders van Monderhof op verzoek thuis adviseren over energiebesparing, en Monderhof wijst haar huurders actief op deze mogelijkheid.",
            DK, [G, C], "firm", dl=("Y", "in {Y}"), rec=True),
    2026: V("5", "De gemeente zet in {Y} energiecoaches in die huurders van Monderhof op verzoek thuis adviseren over energiebesparing, en Monderhof wijst haar huurders actief op deze mogelijkheid.",
            DK, [G, C], "firm", dl=("Y", "in {Y}"), rec=True),
    2027: V("5", "De gemeente zet in {Y}, voor zover de middelen van het Rijk hiervoor toereikend zijn, energiecoaches in die huurders van Monderhof op verzoek thuis adviseren over energiebesparing, en Monderhof wijst haar huurders actief op deze mogelijkheid.",
            DK, [G, C], "firm", dl=("Y", "in {Y}"), rec=True, cond=["voor zover de middelen van het Rijk hiervoor toereikend zijn"]),
}, RW("recurring_year"), W("condition"))

add("klimaatadaptatie-dijkstraat", {
    2025: V("5", "Partijen verkennen in 2025 hoe bij het planmatig onderhoud van de complexen aan de Dijkstraat ook maatregelen tegen hittestress en wateroverlast kunnen worden meegenomen.",
            DK, P, "explore", dl=(2025, "in 2025")),
}, DROP, None)

add("vergroenen-tuinen", {
    2026: V("5", "Monderhof vervangt bij mutatie van eengezinswoningen de verharding in de tuin waar mogelijk door groen en organiseert jaarlijks in samenwerking met de gemeente een geveltuinactie voor huurders.",
            DK, [C, G], "firm", rec=True, cond=["waar mogelijk"]),
    2027: SAME(),
}, NEW, U)

add("buitenzonwering-dijkstraat", {
    2027: V("5", "Monderhof onderzoekt in 2027 of in de complexen aan de Dijkstraat buitenzonwering kan worden aangebracht om oververhitting van de woningen in de zomer te beperken.",
            DK, C, "explore", dl=(2027, "in 2027"), tp=("Monderhof", "Q4 2027", "a")),
}, None, NEW)

# ---------------------------------------------------------------- 6 Kwaliteit en wonen met zorg
add("vocht-schimmel", {
    2025: V("6", "Monderhof pakt iedere melding van vocht en schimmel binnen 10 werkdagen op met een inspectie in de woning en informeert de huurder binnen vier weken schriftelijk over de maatregelen die worden genomen.",
            KW, C, "firm", [Q(10, "dagen", "max"), Q(4, "weken", "max")]),
    2026: SAME(),
    2027: V("6", "Monderhof pakt iedere melding van vocht en schimmel binnen 5 werkdagen op met een inspectie in de woning en informeert de huurder binnen vier weken schriftelijk over de maatregelen die worden genomen.",
            KW, C, "firm", [Q(5, "dagen", "max"), Q(4, "weken", "max")]),
}, U, S("quantity"))

add("reparatietermijn", {
    2025: V("6", "Monderhof handelt spoedeisende reparatieverzoeken binnen 24 uur af en overige reparatieverzoeken binnen 15 werkdagen.",
            KW, C, "firm", [Q(24, "uur", "max"), Q(15, "dagen", "max")]),
    2026: V("6", "Monderhof handelt spoedeisende reparatieverzoeken binnen 24 uur af en overige reparatieverzoeken binnen 20 werkdagen.",
            KW, C, "firm", [Q(24, "uur", "max"), Q(20, "dagen", "max")]),
    2027: V("6", "Spoedeisende reparatieverzoeken worden door Monderhof binnen 24 uur afgehandeld; voor alle overige reparatieverzoeken geldt een afhandeltermijn van 20 werkdagen.",
            KW, C, "firm", [Q(24, "uur", "max"), Q(20, "dagen", "max")]),
}, W("quantity"), RW("same_figures"))

add("toegankelijkheidslabel", {
    2025: V("6", "Monderhof voorziet vóór 1 april 2025 haar gehele bezit van een toegankelijkheidslabel volgens het landelijke systeem, zodat woningzoekenden met een beperking gerichter kunnen zoeken.",
            KW, C, "firm", dl=(2025, "vóór 1 april 2025")),
}, DROP, None)

add("geclusterd-wonen-molenweide", {
    2025: V("6", "Monderhof onderzoekt of in het plan Molenweide een geclusterde woonvorm voor ouderen met een lichte zorgvraag kan worden gerealiseerd, met een gemeenschappelijke ruimte en een steunpunt voor de thuiszorg.",
            [KW, BB], C, "explore"),
    2026: V("6", "Monderhof realiseert in het plan Molenweide een geclusterde woonvorm met 24 woningen voor ouderen met een lichte zorgvraag, met een gemeenschappelijke ruimte en een steunpunt voor de thuiszorg; de oplevering is voorzien in 2029.",
            [KW, BB], C, "firm", [Q(24, "woningen")], (2029, "in 2029"), tp=("Monderhof", "2029", "b")),
    2027: V("6", "Monderhof realiseert in het plan Molenweide een geclusterde woonvorm met 24 woningen voor ouderen met een lichte zorgvraag, met een gemeenschappelijke ruimte en een steunpunt voor de thuiszorg; de oplevering is voorzien in 2028.",
            [KW, BB], C, "firm", [Q(24, "woningen")], (2028, "in 2028"), tp=("Monderhof", "2028", "b")),
}, S("modality"), S("deadline"))

add("wmo-aanpassingen", {
    2025: V("6", "De gemeente en Monderhof maken afspraken over de verdeling van de kosten van woningaanpassingen die via de Wmo worden gefinancierd en over het hergebruik van aangepaste woningen bij mutatie.",
            KW, [G, C], "discuss", tp=("gemeente", "Q2 2025", "a")),
    2026: V("6", "De gemeente en Monderhof werken volgens de gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die via de Wmo worden gefinancierd en over het hergebruik van aangepaste woningen bij mutatie.",
            KW, [G, C], "firm"),
    2027: SAME(),
}, S("modality"), U)

add("brandveiligheid", {
    2025: V("6", "Monderhof controleert in {Y} in alle portiekflats de rookmelders en de vluchtwegen en plaatst rookmelders op iedere verdieping waar deze nog ontbreken.",
            KW, C, "firm", dl=("Y", "in {Y}"), rec=True),
    2026: V("6", "Monderhof controleert in {Y} in alle portiekflats de rookmelders en de vluchtwegen en plaatst rookmelders op iedere verdieping waar deze nog ontbreken.",
            KW, C, "firm", dl=("Y", "in {Y}"), rec=True),
    2027: V("6", "Monderhof controleert in {Y} in de portiekflats in de wijk Berkeloord de rookmelders en de vluchtwegen en plaatst rookmelders op iedere verdieping waar deze nog ontbreken.",
            KW, C, "firm", dl=("Y", "in {Y}"), rec=True),
}, RW("recurring_year"), W("scope"))

add("huurderstevredenheid", {
    2025: V("6", "Monderhof bespreekt de uitkomsten van de jaarlijkse meting van de huurderstevredenheid met beide huurdersorganisaties en agendeert de verbeterpunten voor het eerstvolgende bestuurlijk overleg.",
            KW, C, "discuss", rec=True),
    2026: SAME(),
    2027: V("6", "De uitkomsten van het jaarlijkse onderzoek naar de tevredenheid van huurders worden door Monderhof met beide huurdersorganisaties besproken, waarna de verbeterpunten op de agenda van het eerstvolgende bestuurlijk overleg worden gezet.",
            KW, C, "discuss", rec=True),
}, U, RW())

add("zachte-landing", {
    2025: V("6", "Monderhof en de gemeente zorgen voor een zachte landing van kwetsbare huurders door met iedere nieuwe huurder die uit een instelling komt binnen zes weken na de sleuteloverdracht een kennismakingsgesprek te voeren, samen met de begeleider.",
            LB, [C, G], "firm", [Q(6, "weken", "max")]),
    2026: SAME(),
    2027: SAME(ch="7"),
}, U, U)

# ---------------------------------------------------------------- 7 Leefbaarheid
add("leefbaarheidsbudget", {
    2025: V("7", "Monderhof besteedt in {Y} een leefbaarheidsbudget van € 145 per woning (prijspeil 2025) aan wijkgerichte activiteiten, schoon-heel-veilig en bewonersinitiatieven, binnen de wettelijke grens.",
            LB, C, "firm", [Q(145, "euro")], ("Y", "in {Y}"), True),
    2026: V("7", "Monderhof besteedt in {Y} een leefbaarheidsbudget van € 148 per woning (prijspeil 2026) aan wijkgerichte activiteiten, schoon-heel-veilig en bewonersinitiatieven, binnen de wettelijke grens.",
            LB, C, "firm", [Q(148, "euro")], ("Y", "in {Y}"), True),
    2027: V("7", "Monderhof besteedt in {Y} een leefbaarheidsbudget van € 120 per woning (prijspeil 2027) aan wijkgerichte activiteiten, schoon-heel-veilig en bewonersinitiatieven, binnen de wettelijke grens.",
            LB, C, "firm", [Q(120, "euro")], ("Y", "in {Y}"), True),
}, RW("indexed_amount"), W("quantity"))

add("wijkbeheerders", {
    2025: V("7", "Monderhof zet in de wijken Berkeloord en Oude Monde-West elk een wijkbeheerder in die ten minste twee dagdelen per week zichtbaar in de wijk aanwezig is en aanspreekbaar is voor huurders.",
            LB, C, "firm", [Q(2, "dagdelen per week", "min")], tp=("Monderhof", "doorlopend", "b")),
    2026: V("7", "Monderhof zet in de wijken Berkeloord en Oude Monde-West elk een wijkbeheerder in die ten minste drie dagdelen per week zichtbaar in de wijk aanwezig is en aanspreekbaar is voor huurders.",
            LB, C, "firm", [Q(3, "dagdelen per week", "min")], tp=("Monderhof", "doorlopend", "b")),
    2027: SAME(),
}, S("quantity"), U)

add("woonoverlast", {
    2025: V("7", "Partijen werken bij ernstige woonoverlast samen volgens het convenant Aanpak Woonoverlast Berkelmonde, waarbij de gemeente de regie voert en Monderhof, politie en zorgpartners binnen twee weken na een melding een gezamenlijk plan van aanpak opstellen.",
            LB, [P, G, C], "firm", [Q(2, "weken", "max")]),
    2026: V("7", "Bij ernstige woonoverlast voert de gemeente de regie volgens het convenant Aanpak Woonoverlast Berkelmonde; binnen twee weken na een melding stellen Monderhof, de politie en de zorgpartners samen een plan van aanpak op.",
            LB, [G, C], "firm", [Q(2, "weken", "max")]),
    2027: V("7", "Bij ernstige woonoverlast voert de gemeente de regie volgens het convenant Aanpak Woonoverlast Berkelmonde; binnen vier weken na een melding stellen Monderhof, de politie en de zorgpartners samen een plan van aanpak op.",
            LB, [G, C], "firm", [Q(4, "weken", "max")]),
}, RW("same_figures"), W("quantity"))

add("buurtbudget", {
    2025: V("7", "De gemeente en Monderhof bekijken de mogelijkheid om een gezamenlijk buurtbudget in te stellen waarmee bewoners zelf kleine verbeteringen in hun straat of portiek kunnen aanvragen.",
            LB, [G, C], "explore"),
    2026: V("7", "De gemeente en Monderhof stellen in {Y} een gezamenlijk buurtbudget van € 20.000 in waarmee bewoners zelf kleine verbeteringen in hun straat of portiek kunnen aanvragen.",
            LB, [G, C], "firm", [Q(20000, "euro")], ("Y", "in {Y}"), True),
    2027: V("7", "De gemeente en Monderhof stellen in {Y} een gezamenlijk buurtbudget van € 20.000 in waarmee bewoners zelf kleine verbeteringen in hun straat of portiek kunnen aanvragen.",
            LB, [G, C], "firm", [Q(20000, "euro")], ("Y", "in {Y}"), True),
}, S("modality"), RW("recurring_year"))

add("schoonmaak-portieken", {
    2025: V("7", "Monderhof evalueert in 2025 samen met de huurdersorganisaties de nieuwe schoonmaakdienst in de portiekflats en past het schoonmaakcontract zo nodig aan op basis van de uitkomsten.",
            LB, [C, H], "firm", dl=(2025, "in 2025"), tp=("Monderhof", "Q3 2025", "a")),
}, DROP, None)

add("ontmoeting-de-linde", {
    2026: V("7", "Monderhof zal in {Y} de gemeenschappelijke ruimte in het complex De Linde kosteloos beschikbaar stellen voor ontmoetingsactiviteiten voor ouderen, die de gemeente samen met de welzijnsorganisatie organiseert.",
            LB, [C, G], "firm", dl=("Y", "in {Y}"), rec=True),
    2027: V("7", "Monderhof streeft ernaar in {Y} de gemeenschappelijke ruimte in het complex De Linde kosteloos beschikbaar te stellen voor ontmoetingsactiviteiten voor ouderen, die de gemeente samen met de welzijnsorganisatie organiseert.",
            LB, [C, G], "intent", dl=("Y", "in {Y}"), rec=True),
}, NEW, W("modality"))

# ---------------------------------------------------------------- 8 Samenwerking en proces
add("monitoring", {
    2025: V("8", "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg; Monderhof levert hiervoor vóór 1 maart {Y} en vóór 1 september {Y} een monitor aan.",
            OV, [P, C], "firm", [Q(2, "keer per jaar")], ("Y", "vóór 1 september {Y}"), True),
    2026: V("8", "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg; Monderhof levert hiervoor vóór 1 maart {Y} en vóór 1 september {Y} een monitor aan.",
            OV, [P, C], "firm", [Q(2, "keer per jaar")], ("Y", "vóór 1 september {Y}"), True),
    2027: V("8", "Partijen bespreken de voortgang van de afspraken één keer per jaar in het bestuurlijk overleg; Monderhof levert hiervoor vóór 1 maart {Y} een monitor aan.",
            OV, [P, C], "firm", [Q(1, "keer per jaar")], ("Y", "vóór 1 maart {Y}"), True),
}, RW("recurring_year"), W("quantity"))

add("ondersteuning-huurders", {
    2025: V("8", "Monderhof zegt toe beide huurdersorganisaties jaarlijks een werkbudget beschikbaar te stellen en de kosten van onafhankelijk advies bij de totstandkoming van de prestatieafspraken te vergoeden.",
            OV, C, "firm", rec=True),
    2026: SAME(),
    2027: V("8", "Monderhof zet zich in om beide huurdersorganisaties jaarlijks een werkbudget beschikbaar te stellen en de kosten van onafhankelijk advies bij de totstandkoming van de prestatieafspraken te vergoeden.",
            OV, C, "intent", rec=True),
}, U, W("modality"))

add("bod-en-jaarschijf", {
    2025: V("8", "Monderhof brengt vóór 1 juli {Y} haar bod uit op de woonvisie, waarna partijen de jaarschijf voor het volgende jaar uiterlijk 15 december {Y} ondertekenen.",
            OV, [C, P], "firm", dl=("Y", "uiterlijk 15 december {Y}"), rec=True),
    2026: V("8", "Monderhof brengt vóór 1 juli {Y} haar bod uit op de woonvisie, waarna partijen de jaarschijf voor het volgende jaar uiterlijk 15 december {Y} ondertekenen.",
            OV, [C, P], "firm", dl=("Y", "uiterlijk 15 december {Y}"), rec=True),
    2027: V("8", "Monderhof brengt vóór 1 juli {Y} haar bod uit op de woonvisie, waarna partijen de jaarschijf voor het volgende jaar uiterlijk 15 december {Y} ondertekenen.",
            OV, [C, P], "firm", dl=("Y", "uiterlijk 15 december {Y}"), rec=True),
}, RW("recurring_year"), RW("recurring_year"))

add("geschillen", {
    2025: V("8", "Bij een verschil van inzicht over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek en schakelen zij zo nodig een onafhankelijke mediator in, voordat de geschillenprocedure uit de Woningwet wordt gevolgd.",
            OV, P, "discuss"),
    2026: SAME(),
    2027: SAME(),
}, U, U)

add("woonvisie-actualisatie", {
    2025: V("8", "De gemeente actualiseert in 2025 de woonvisie en betrekt Monderhof en beide huurdersorganisaties daarbij via ten minste twee werksessies.",
            OV, G, "firm", [Q(2, "werksessies", "min")], (2025, "in 2025"), tp=("gemeente", "Q4 2025", "a")),
    2026: V("8", "De gemeente zet zich in om in 2026 de woonvisie te actualiseren en betrekt Monderhof en beide huurdersorganisaties daarbij via ten minste twee werksessies.",
            OV, G, "intent", [Q(2, "werksessies", "min")], (2026, "in 2026"), tp=("gemeente", "Q4 2026", "a")),
}, W("modality", "deadline"), DROP)

add("dashboard", {
    2027: V("8", "Partijen ontwikkelen in 2027 een gezamenlijk digitaal dashboard waarin de voortgang van de prestatieafspraken per kwartaal voor huurders en raadsleden inzichtelijk wordt gemaakt.",
            OV, P, "firm", dl=(2027, "in 2027"), tp=("Monderhof", "Q2 2027", "a")),
}, None, NEW)

# reading-order overrides per year: key -> sort position (float) relative to insertion index
ORDER_OVERRIDE = {2027: {"huisuitzettingen": "huurachterstand-contact", "verkoop-liberalisatie": "huurverhoging"}}
