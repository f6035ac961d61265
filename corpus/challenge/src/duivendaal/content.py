# -*- coding: utf-8 -*-
"""Content of the duivendaal family: fictional prestatieafspraken Duivendaal 2025, 2026, 2027."""

GEMEENTE = "Duivendaal"
CORPS = ["Woonstichting Duivenhof", "Thuisvesting Rijnkade", "Wooncorporatie De Brug"]
HOS = ["Huurdersvereniging Duivenhof Samen", "Huurdersplatform Rijnkade-De Brug"]
YEARS = [2025, 2026, 2027]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")

CHAPTERS = {
    "c2": {2025: "2 Beschikbaar en betaalbaar wonen", 2026: "2 Beschikbaar en betaalbaar wonen",
           2027: "2 Beschikbaar en betaalbaar wonen"},
    "c3": {2025: "3 Duurzaam wonen en energietransitie", 2026: "3 Duurzaam wonen en energietransitie",
           2027: "3 Duurzaam wonen en energietransitie"},
    "c4": {2025: "4 Goed en veilig wonen", 2026: "4 Goed en veilig wonen", 2027: "4 Goed en veilig wonen"},
    "c5": {2025: "5 Leefbare wijken", 2026: "5 Leefbare wijken", 2027: "5 Prettig wonen in de buurt"},
    "c6": {2025: "6 Samenwerking en monitoring", 2026: "6 Samenwerking, monitoring en proces",
           2027: "6 Samenwerking, monitoring en proces"},
}


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    return {"actors": list(actors), "modality": mod,
            "quantities": [dict(value=v[0], unit=v[1], comparator=v[2], value_max=None) for v in q],
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


def V(text, wie, wanneer, frame, indicator=None):
    return {"text": text, "wie": wie, "wanneer": wanneer, "frame": frame, "indicator": indicator}


CORP = ["corporatie"]
GEM = ["gemeente"]
PART = ["partijen"]
DRIE = "Woonstichting Duivenhof, Thuisvesting Rijnkade en Wooncorporatie De Brug"

# Each entry: key, chapter, themes, {year: version}; order of the list = reading order (default)
A = []


def add(key, ch, themes, versions, chapter_override=None):
    A.append({"key": key, "ch": ch, "themes": themes, "v": versions, "chov": chapter_override or {}})


# ---------------- chapter 2 -----------------
add("nieuwbouw-sociaal", "c2", [B], {
    2025: V(DRIE + " leveren in 2025 gezamenlijk ten minste 120 sociale huurwoningen op, waarvan 48 in het plan "
            "Oeverhout en de overige op inbreidingslocaties in Kerkelanden en Schaapsdrift. Partijen spreken af dat "
            "tegenvallers in het ene project zo veel mogelijk in een ander project worden opgevangen.",
            "Corporaties", "2025", F(CORP, "firm", [(120, "woningen", "min"), (48, "woningen", "exact")],
                                     (2025, "in 2025"), True), "Aantal opgeleverde sociale huurwoningen per corporatie"),
    2026: V(DRIE + " zullen in 2026 gezamenlijk ten minste 135 sociale huurwoningen opleveren, waarvan 52 in het plan "
            "Oeverhout en de overige op inbreidingslocaties in Kerkelanden en Schaapsdrift. Partijen spreken af dat "
            "tegenvallers in het ene project zo veel mogelijk in een ander project worden opgevangen.",
            "Corporaties", "2026", F(CORP, "firm", [(135, "woningen", "min"), (52, "woningen", "exact")],
                                     (2026, "in 2026"), True), "Aantal opgeleverde sociale huurwoningen per corporatie"),
    2027: V(DRIE + " streven ernaar in 2027 gezamenlijk circa 110 sociale huurwoningen op te leveren, waarvan 40 in het "
            "plan Oeverhout en de overige op inbreidingslocaties in Kerkelanden en Schaapsdrift. Partijen spreken af dat "
            "tegenvallers in het ene project zo veel mogelijk in een ander project worden opgevangen.",
            "Corporaties", "2027", F(CORP, "intent", [(110, "woningen", "approx"), (40, "woningen", "approx")],
                                     (2027, "in 2027"), True), "Aantal opgeleverde sociale huurwoningen per corporatie"),
})
add("aandeel-sociaal", "c2", [B], {
    y: V("In nieuwe woningbouwplannen van twintig woningen of meer bestaat ten minste %d%% van het programma uit sociale "
         "huurwoningen; de gemeente legt dit vast in de anterieure overeenkomsten met ontwikkelaars." % p,
         "Gemeente", "Doorlopend", F(GEM, "firm", [(p, "%", "min"), (20, "woningen", "min")]),
         "Aandeel sociale huur in vastgestelde bouwplannen")
    for y, p in ((2025, 30), (2026, 30), (2027, 35))})
add("locaties", "c2", [B], {
    2025: V("De gemeente brengt uiterlijk eind 2025 twee nieuwe locaties in voor sociale woningbouw en voert in overleg met "
            "de corporaties per locatie een haalbaarheidstoets uit.", "Gemeente", "Eind 2025",
            F(GEM, "firm", [(2, "locaties", "exact")], (2025, "uiterlijk eind 2025"))),
    2026: V("De gemeente brengt uiterlijk medio 2026 één nieuwe locatie in voor sociale woningbouw en voert in overleg met "
            "de corporaties een haalbaarheidstoets uit.", "Gemeente", "Medio 2026",
            F(GEM, "firm", [(1, "locaties", "exact")], (2026, "uiterlijk medio 2026"))),
})
add("grondprijs", "c2", [B], {
    y: V("De gemeente hanteert voor grond die bestemd is voor sociale huurwoningen een vaste grondprijs van € %s per "
         "woning (prijspeil %d), exclusief btw; dit bedrag wordt jaarlijks per 1 januari geïndexeerd." % (a, y),
         "Gemeente", "Doorlopend", F(GEM, "firm", [(n, "euro", "exact")]))
    for y, a, n in ((2025, "24.500", 24500), (2026, "25.150", 25150), (2027, "25.800", 25800))})
add("middenhuur", "c2", [B], {
    2026: V("De gemeente en Thuisvesting Rijnkade verkennen in 2026 of op de locatie Oude Veiling circa 40 "
            "middenhuurwoningen kunnen worden gerealiseerd.", "Gemeente en Thuisvesting Rijnkade", "2026",
            F(["gemeente", "corporatie"], "explore", [(40, "woningen", "approx")], (2026, "in 2026"))),
    2027: V("Op de locatie Oude Veiling worden door Thuisvesting Rijnkade, in samenwerking met de gemeente, uiterlijk in "
            "2029 circa 40 middenhuurwoningen gerealiseerd.", "Thuisvesting Rijnkade", "2029",
            F(["corporatie", "gemeente"], "firm", [(40, "woningen", "approx")], (2029, "uiterlijk in 2029"))),
})
add("spoedzoekers", "c2", [B], {
    2027: V("De gemeente onderzoekt in 2027 samen met Wooncorporatie De Brug of op de locatie Veerweg tijdelijke woningen "
            "voor spoedzoekers kunnen worden geplaatst, afhankelijk van de uitkomst van het bodemonderzoek.",
            "Gemeente", "2027", F(["gemeente", "corporatie"], "explore", [], (2027, "in 2027"),
                                  False, ["afhankelijk van de uitkomst van het bodemonderzoek"])),
})
add("verkoop", "c2", [B], {
    2025: V("Woonstichting Duivenhof verkoopt in 2025 maximaal 15 bestaande huurwoningen bij mutatie en zet de opbrengst "
            "volledig in voor nieuwbouw en verduurzaming binnen de gemeente Duivendaal.", "Woonstichting Duivenhof",
            "2025", F(CORP, "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
    2026: V("Woonstichting Duivenhof verkoopt in 2026 maximaal 10 bestaande huurwoningen bij mutatie en zet de opbrengst "
            "volledig in voor nieuwbouw en verduurzaming binnen de gemeente Duivendaal.", "Woonstichting Duivenhof",
            "2026", F(CORP, "firm", [(10, "woningen", "max")], (2026, "in 2026"), True)),
    2027: V("Woonstichting Duivenhof verkoopt in 2027 geen bestaande huurwoningen, zodat de voorraad sociale huurwoningen "
            "in de gemeente Duivendaal ten minste op peil blijft.", "Woonstichting Duivenhof",
            "2027", F(CORP, "firm", [(0, "woningen", "exact")], (2027, "in 2027"), True)),
})
add("huurverlaging-onderzoek", "c2", [B], {
    2025: V("Woonstichting Duivenhof gaat na of de huur van haar circa 60 duurste sociale huurwoningen in de Molenbuurt kan "
            "worden verlaagd tot onder de hoogste aftoppingsgrens.", "Woonstichting Duivenhof", "2025",
            F(CORP, "explore", [(60, "woningen", "approx")])),
})
add("huurverhoging", "c2", [B], {
    2025: V("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal het inflatiecijfer; daarbij "
            "blijven zij binnen de door het Rijk vastgestelde maximale huurverhoging.", "Corporaties", "1 juli 2025",
            F(CORP, "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: V("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2026 tot ten minste 0,5% onder het "
            "inflatiecijfer; daarbij blijven zij binnen de door het Rijk vastgestelde maximale huurverhoging.",
            "Corporaties", "1 juli 2026", F(CORP, "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    2027: V("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2027 tot ten minste 0,5% onder het "
            "inflatiecijfer; daarbij blijven zij binnen de door het Rijk vastgestelde maximale huurverhoging.",
            "Corporaties", "1 juli 2027", F(CORP, "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
})
add("starters", "c2", [B], {
    2025: V("De corporaties wijzen ten minste 30% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar, "
            "waarbij woningzoekenden met een lokale binding binnen de vrije toewijzingsruimte voorrang krijgen.",
            "Corporaties", "Doorlopend", F(CORP, "firm", [(30, "%", "min"), (28, "jaar", "max")]),
            "Aandeel toewijzingen aan starters"),
    2026: V("De corporaties wijzen ten minste 25% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar, "
            "waarbij woningzoekenden met een lokale binding binnen de vrije toewijzingsruimte voorrang krijgen.",
            "Corporaties", "Doorlopend", F(CORP, "firm", [(25, "%", "min"), (28, "jaar", "max")]),
            "Aandeel toewijzingen aan starters"),
    2027: V("Van de vrijkomende sociale huurwoningen wordt door de corporaties ten minste 25% toegewezen aan starters tot "
            "28 jaar; woningzoekenden met een lokale binding gaan daarbij binnen de vrije toewijzingsruimte voor.",
            "Corporaties", "Doorlopend", F(CORP, "firm", [(25, "%", "min"), (28, "jaar", "max")]),
            "Aandeel toewijzingen aan starters"),
})
add("doorstroming", "c2", [B], {
    2027: V("De corporaties bieden senioren die een eengezinswoning achterlaten een verhuisvergoeding van € 2.500 en "
            "voorrang bij de toewijzing van een gelijkvloerse woning in de eigen kern.", "Corporaties", "Doorlopend",
            F(CORP, "firm", [(2500, "euro", "exact")])),
})
add("statushouders", "c2", [B], {
    y: V("De corporaties huisvesten gezamenlijk het aantal vergunninghouders dat volgt uit de taakstelling van het Rijk; "
         "voor %d gaat het om %d personen, die naar rato van het woningbezit over de corporaties worden verdeeld. De "
         "gemeente draagt zorg voor een tijdige aanmelding en voor de begeleiding na de sleuteloverdracht." % (y, n),
         "Corporaties en gemeente", str(y),
         F(["corporatie", "gemeente"], "firm", [(n, "personen", "exact")], (y, "voor %d" % y), True))
    for y, n in ((2025, 64), (2026, 71), (2027, 58))})
add("wachttijd", "c2", [B], {
    y: V("De corporaties zetten zich ervoor in dat de gemiddelde inschrijfduur van woningzoekenden bij toewijzing in %d "
         "niet meer bedraagt dan %s jaar; zij rapporteren hierover elk halfjaar aan de gemeente en de "
         "huurdersorganisaties." % (y, w), "Corporaties", "Halfjaarlijks",
         F(CORP, "intent", [(n, "jaar", "max")], (y, "in %d" % y), True), "Gemiddelde inschrijfduur bij toewijzing")
    for y, w, n in ((2025, "zes", 6), (2026, "zeven", 7), (2027, "zeven", 7))})
add("huurachterstand", "c2", [B], {
    y: V("Huurders met een betalingsachterstand worden uiterlijk na %s achterstand persoonlijk benaderd door de "
         "corporatie; met toestemming van de huurder wordt vervolgens het team Geldzaken van de gemeente ingeschakeld."
         % m, "Corporaties", "Doorlopend", F(["corporatie"], "firm", [(n, "maanden", "max")]),
         "Aantal doorverwijzingen naar team Geldzaken")
    for y, m, n in ((2025, "twee maanden", 2), (2026, "één maand", 1), (2027, "één maand", 1))})
add("huisuitzetting", "c2", [B], {
    y: V("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in %d te beperken tot ten hoogste "
         "%s; een ontruiming wordt pas aangevraagd nadat het wijkteam bij de huurder op bezoek is geweest." % (y, w),
         "Partijen", str(y), F(PART, "intent", [(n, "huisuitzettingen", "max")], (y, "in %d" % y), True))
    for y, w, n in ((2025, "vijf", 5), (2026, "vijf", 5), (2027, "drie", 3))})

# ---------------- chapter 3 -----------------
add("label-efg", "c3", [D], {
    2025: V("De corporaties pakken de 120 woningen aan die nog een energielabel E, F of G hebben, zodat uiterlijk eind 2026 "
            "geen enkele huurwoning van de corporaties in Duivendaal meer een van deze labels heeft.", "Corporaties",
            "Eind 2026", F(CORP, "firm", [(120, "woningen", "exact")], (2026, "uiterlijk eind 2026")),
            "Aantal woningen met label E, F of G"),
    2026: V("De corporaties pakken de resterende 45 woningen aan die nog een energielabel E, F of G hebben, zodat uiterlijk "
            "eind 2026 geen enkele huurwoning van de corporaties in Duivendaal meer een van deze labels heeft.",
            "Corporaties", "Eind 2026", F(CORP, "firm", [(45, "woningen", "exact")], (2026, "uiterlijk eind 2026")),
            "Aantal woningen met label E, F of G"),
})
add("gemiddeld-label", "c3", [D], {
    2025: V("Woonstichting Duivenhof en Thuisvesting Rijnkade brengen hun woningbezit in Duivendaal uiterlijk in 2028 naar "
            "gemiddeld energielabel B.", "Woonstichting Duivenhof en Thuisvesting Rijnkade", "2028",
            F(CORP, "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
    2026: V("Woonstichting Duivenhof en Thuisvesting Rijnkade brengen hun woningbezit in Duivendaal uiterlijk in 2028 naar "
            "gemiddeld energielabel C.", "Woonstichting Duivenhof en Thuisvesting Rijnkade", "2028",
            F(CORP, "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028"))),
    2027: V("Woonstichting Duivenhof en Thuisvesting Rijnkade brengen hun woningbezit in Duivendaal uiterlijk in 2027 naar "
            "gemiddeld energielabel C.", "Woonstichting Duivenhof en Thuisvesting Rijnkade", "2027",
            F(CORP, "firm", [("C", "label", "min")], (2027, "uiterlijk in 2027"))),
})
add("isolatie", "c3", [D], {
    2025: V("In 2025 isoleren de corporaties ten minste 210 woningen door het aanbrengen van dak-, gevel- of vloerisolatie "
            "en HR++-glas, met voorrang voor de complexen in Schaapsdrift, De Weide en de Molenbuurt.", "Corporaties",
            "2025", F(CORP, "firm", [(210, "woningen", "min")], (2025, "in 2025"), True), "Aantal geïsoleerde woningen"),
    2026: V("In 2026 isoleren de corporaties, indien financieel haalbaar, ten minste 210 woningen door het aanbrengen van "
            "dak-, gevel- of vloerisolatie en HR++-glas, met voorrang voor de complexen in Schaapsdrift, De Weide en de "
            "Molenbuurt.", "Corporaties", "2026",
            F(CORP, "firm", [(210, "woningen", "min")], (2026, "in 2026"), True, ["indien financieel haalbaar"]),
            "Aantal geïsoleerde woningen"),
    2027: V("In 2027 isoleren de corporaties, indien financieel haalbaar, ten minste 250 woningen door het aanbrengen van "
            "dak-, gevel- of vloerisolatie en HR++-glas, met voorrang voor de complexen in Schaapsdrift, De Weide en de "
            "Molenbuurt.", "Corporaties", "2027",
            F(CORP, "firm", [(250, "woningen", "min")], (2027, "in 2027"), True, ["indien financieel haalbaar"]),
            "Aantal geïsoleerde woningen"),
})
add("zonnepanelen", "c3", [D], {
    2025: V("Thuisvesting Rijnkade onderzoekt in 2025 of op de daken van de seniorencomplexen aan de Lindelaan zonnepanelen "
            "kunnen worden geplaatst zonder dat de huur of de servicekosten voor de bewoners stijgen.",
            "Thuisvesting Rijnkade", "2025", F(CORP, "explore", [], (2025, "in 2025"))),
    2026: V("Thuisvesting Rijnkade plaatst in 2026 zonnepanelen op de daken van de seniorencomplexen aan de Lindelaan, "
            "zonder dat de huur of de servicekosten voor de bewoners stijgen.", "Thuisvesting Rijnkade", "2026",
            F(CORP, "firm", [], (2026, "in 2026"))),
    2027: V("Thuisvesting Rijnkade plaatst vóór medio 2027 zonnepanelen op de daken van de seniorencomplexen aan de "
            "Lindelaan, zonder dat de huur of de servicekosten voor de bewoners stijgen.", "Thuisvesting Rijnkade",
            "Medio 2027", F(CORP, "firm", [], (2027, "vóór medio 2027"))),
})
add("warmtenet", "c3", [D], {
    2025: V("Partijen maken in 2025 afspraken over de aansluiting van de wijk Kerkelanden op het geplande warmtenet, met "
            "woonlastenneutraliteit voor de huurders als uitgangspunt.", "Partijen", "2025",
            F(PART, "discuss", [], (2025, "in 2025"))),
    2026: V("Partijen werken volgens de gemaakte afspraken over de aansluiting van de wijk Kerkelanden op het geplande "
            "warmtenet, met woonlastenneutraliteit voor de huurders als uitgangspunt.", "Partijen", "Doorlopend",
            F(PART, "firm", [])),
    2027: V("Partijen werken volgens de gemaakte afspraken over de aansluiting van de wijk Kerkelanden op het geplande "
            "warmtenet, met woonlastenneutraliteit voor de huurders als uitgangspunt.", "Partijen", "Doorlopend",
            F(PART, "firm", [])),
})
add("energiecoaches", "c3", [D], {
    y: V("De gemeente zet in %d energiecoaches in die ten minste %d huishoudens in sociale huurwoningen thuis bezoeken en "
         "adviseren over energiebesparing; de corporaties wijzen hun huurders actief op deze mogelijkheid." % (y, n),
         "Gemeente", str(y), F(["gemeente", "corporatie"], "firm", [(n, "huishoudens", "min")], (y, "in %d" % y), True),
         "Aantal bezochte huishoudens")
    for y, n in ((2025, 300), (2026, 300), (2027, 200))})
add("energiefonds", "c3", [D, B], {
    y: V("De gemeente stelt in %d een energiefonds van € %s beschikbaar voor huishoudens met een laag inkomen die kampen "
         "met hoge energielasten; de corporaties en de huurdersorganisaties helpen bij het bereiken van deze "
         "huishoudens." % (y, a), "Gemeente", str(y),
         F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [(n, "euro", "exact")], (y, "in %d" % y), True))
    for y, a, n in ((2026, "150.000", 150000), (2027, "200.000", 200000))})
add("klimaatadaptatie", "c3", [D], {
    2025: V("Bij groot onderhoud en nieuwbouw bekijken de corporaties waar mogelijk de kansen voor groene daken, het "
            "afkoppelen van regenwater en het vergroenen van tuinen en binnenterreinen.", "Corporaties", "Doorlopend",
            F(CORP, "explore", [], None, False, ["waar mogelijk"])),
    2026: V("Bij groot onderhoud en nieuwbouw bekijken de corporaties waar mogelijk de kansen voor groene daken, het "
            "afkoppelen van regenwater en het vergroenen van tuinen en binnenterreinen.", "Corporaties", "Doorlopend",
            F(CORP, "explore", [], None, False, ["waar mogelijk"])),
    2027: V("Bij groot onderhoud en nieuwbouw nemen de corporaties maatregelen voor groene daken, het afkoppelen van "
            "regenwater en het vergroenen van tuinen en binnenterreinen.", "Corporaties", "Doorlopend",
            F(CORP, "firm", [])),
})
add("hitteplan", "c3", [D, L], {
    2027: V("De gemeente en de corporaties stellen in 2027 een hitteplan op voor de seniorencomplexen, met maatregelen als "
            "buitenzonwering, koele ontmoetingsplekken en extra aandacht voor kwetsbare bewoners tijdens hittegolven.",
            "Gemeente en corporaties", "2027", F(["gemeente", "corporatie"], "firm", [], (2027, "in 2027"))),
})

# ---------------- chapter 4 -----------------
add("vocht-schimmel", "c4", [K], {
    2025: V("Meldingen van vocht en schimmel worden binnen tien werkdagen door de corporatie ter plaatse geïnspecteerd, "
            "waarna binnen zes weken met de huurder een plan van aanpak wordt besproken.", "Corporaties", "Doorlopend",
            F(CORP, "firm", [(10, "werkdagen", "max"), (6, "weken", "max")]),
            "Percentage meldingen dat binnen de termijn is geïnspecteerd"),
    2026: V("Meldingen van vocht en schimmel worden binnen vijf werkdagen door de corporatie ter plaatse geïnspecteerd, "
            "waarna binnen zes weken met de huurder een plan van aanpak wordt besproken.", "Corporaties", "Doorlopend",
            F(CORP, "firm", [(5, "werkdagen", "max"), (6, "weken", "max")]),
            "Percentage meldingen dat binnen de termijn is geïnspecteerd"),
    2027: V("Na een melding van vocht of schimmel inspecteert de corporatie de woning binnen vijf werkdagen ter plaatse en "
            "bespreekt zij binnen zes weken een plan van aanpak met de huurder.", "Corporaties", "Doorlopend",
            F(CORP, "firm", [(5, "werkdagen", "max"), (6, "weken", "max")]),
            "Percentage meldingen dat binnen de termijn is geïnspecteerd"),
})
add("reparatie", "c4", [K], {
    y: V("Spoedreparaties worden binnen 24 uur verholpen en overige reparatieverzoeken worden binnen %s werkdagen "
         "afgehandeld." % w, "Corporaties", "Doorlopend", F(CORP, "firm", [(24, "uur", "max"), (n, "werkdagen", "max")]))
    for y, w, n in ((2025, "vijftien", 15), (2026, "vijftien", 15), (2027, "twintig", 20))})
add("toegankelijk", "c4", [K], {
    2025: V("De corporaties maken in 2025 ten minste 40 bestaande woningen levensloopbestendig door onder meer drempels te "
            "verwijderen, de badkamer aan te passen en een trapliftvoorbereiding aan te brengen.", "Corporaties", "2025",
            F(CORP, "firm", [(40, "woningen", "min")], (2025, "in 2025"), True)),
    2026: V("De corporaties maken in 2026 ten minste 40 bestaande woningen in de complexen aan de Lindelaan en de Hofstraat "
            "levensloopbestendig door onder meer drempels te verwijderen, de badkamer aan te passen en een "
            "trapliftvoorbereiding aan te brengen.", "Corporaties", "2026",
            F(CORP, "firm", [(40, "woningen", "min")], (2026, "in 2026"), True)),
    2027: V("De corporaties maken in 2027 ten minste 40 bestaande woningen, verspreid over alle kernen van Duivendaal, "
            "levensloopbestendig door onder meer drempels te verwijderen, de badkamer aan te passen en een "
            "trapliftvoorbereiding aan te brengen.", "Corporaties", "2027",
            F(CORP, "firm", [(40, "woningen", "min")], (2027, "in 2027"), True)),
})
add("wmo-aanpassing", "c4", [K], {
    y: V("De gemeente en de corporaties handelen aanvragen voor kleine woningaanpassingen vanuit de Wmo binnen acht weken "
         "af en verdelen de kosten volgens het convenant Wonen met zorg.", "Gemeente en corporaties", "Doorlopend",
         F(["gemeente", "corporatie"], "firm", [(8, "weken", "max")]))
    for y in YEARS})
add("brandveiligheid", "c4", [K], {
    2025: V("Wooncorporatie De Brug voert in 2025 in al haar portiekflats een brandveiligheidscheck uit en plaatst "
            "rookmelders in de woningen waar deze nog ontbreken.", "Wooncorporatie De Brug", "2025",
            F(CORP, "firm", [], (2025, "in 2025"))),
})
add("co-melders", "c4", [K], {
    2026: V("Wooncorporatie De Brug plaatst uiterlijk eind 2027 koolmonoxidemelders in alle 310 woningen met een open "
            "verbrandingstoestel en informeert de bewoners over het veilig gebruik daarvan.", "Wooncorporatie De Brug",
            "Eind 2027", F(CORP, "firm", [(310, "woningen", "exact")], (2027, "uiterlijk eind 2027"))),
    2027: V("Wooncorporatie De Brug plaatst uiterlijk eind 2027 koolmonoxidemelders in de resterende 95 woningen met een "
            "open verbrandingstoestel en informeert de bewoners over het veilig gebruik daarvan.",
            "Wooncorporatie De Brug", "Eind 2027",
            F(CORP, "firm", [(95, "woningen", "exact")], (2027, "uiterlijk eind 2027"))),
})
add("huurdersoordeel", "c4", [K], {
    2025: V("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
            "reparatieverzoeken en van ten minste 7,0 voor het betrekken van een nieuwe woning.", "Corporaties",
            "Jaarlijks", F(CORP, "intent", [(7.5, "rapportcijfer", "min"), (7.0, "rapportcijfer", "min")]),
            "Huurdersoordeel volgens de Aedes-benchmark"),
    2026: V("Voor de afhandeling van reparatieverzoeken wordt door de corporaties een gemiddeld huurdersoordeel van ten "
            "minste 7,5 nagestreefd en voor het betrekken van een nieuwe woning een oordeel van ten minste 7,0.",
            "Corporaties", "Jaarlijks",
            F(CORP, "intent", [(7.5, "rapportcijfer", "min"), (7.0, "rapportcijfer", "min")]),
            "Huurdersoordeel volgens de Aedes-benchmark"),
    2027: V("De corporaties zeggen toe dat het gemiddelde huurdersoordeel voor de afhandeling van reparatieverzoeken ten "
            "minste 7,5 bedraagt en voor het betrekken van een nieuwe woning ten minste 7,0.", "Corporaties",
            "Jaarlijks", F(CORP, "firm", [(7.5, "rapportcijfer", "min"), (7.0, "rapportcijfer", "min")]),
            "Huurdersoordeel volgens de Aedes-benchmark"),
})

# ---------------- chapter 5 -----------------
add("leefbaarheidsbudget", "c5", [L], {
    2025: V("De corporaties stellen in 2025 samen een leefbaarheidsbudget beschikbaar van € 95 per verhuureenheid, dat in "
            "overleg met de huurdersorganisaties en de wijkteams wordt besteed aan projecten in de buurten.",
            "Corporaties", "2025", F(CORP, "firm", [(95, "euro per verhuureenheid", "exact")], (2025, "in 2025"), True),
            "Besteed budget per wijk"),
    2026: V("De corporaties stellen in 2026 samen een leefbaarheidsbudget beschikbaar van € 110 per verhuureenheid, dat in "
            "overleg met de huurdersorganisaties en de wijkteams wordt besteed aan projecten in de buurten.",
            "Corporaties", "2026", F(CORP, "firm", [(110, "euro per verhuureenheid", "exact")], (2026, "in 2026"), True),
            "Besteed budget per wijk"),
    2027: V("De corporaties stellen in 2027 samen een leefbaarheidsbudget beschikbaar van € 120 per verhuureenheid, onder "
            "voorbehoud van goedkeuring door de raden van commissarissen, dat in overleg met de huurdersorganisaties en de "
            "wijkteams wordt besteed aan projecten in de buurten.", "Corporaties", "2027",
            F(CORP, "firm", [(120, "euro per verhuureenheid", "exact")], (2027, "in 2027"), True,
              ["onder voorbehoud van goedkeuring door de raden van commissarissen"]), "Besteed budget per wijk"),
})
add("wijkbeheer", "c5", [L], {
    y: V("Woonstichting Duivenhof en Wooncorporatie De Brug zetten in %s samen drie fte aan wijkbeheerders in, die ten "
         "minste twee keer per week zichtbaar in de wijk aanwezig zijn." % w,
         "Woonstichting Duivenhof en Wooncorporatie De Brug", "Doorlopend",
         F(CORP, "firm", [(3, "fte", "exact"), (2, "keer per week", "min")]))
    for y, w in ((2025, "de wijken Kerkelanden en Schaapsdrift"), (2026, "de wijken Kerkelanden en Schaapsdrift"),
                 (2027, "de wijk Kerkelanden"))})
add("zachte-landing", "c5", [L], {
    y: V("De gemeente zorgt ervoor dat iedere huurder die vanuit beschermd wonen of maatschappelijke opvang een woning "
         "betrekt, gedurende ten minste %s begeleiding ontvangt van een zorgaanbieder of het wijkteam." % w,
         "Gemeente", "Doorlopend", F(GEM, "firm", [(n, "jaar", "min")]))
    for y, w, n in ((2025, "een jaar", 1), (2026, "een jaar", 1), (2027, "twee jaar", 2))})
add("overlast", "c5", [L], {
    2025: V("Bij een melding van ernstige woonoverlast neemt de corporatie binnen vijf werkdagen contact op met de melder en "
            "wordt zo nodig het Veiligheidshuis ingeschakeld.", "Corporaties", "Doorlopend",
            F(CORP, "firm", [(5, "werkdagen", "max")], None, False, ["zo nodig"])),
    2026: V("Een melding van ernstige woonoverlast leidt ertoe dat de corporatie binnen vijf werkdagen met de melder in "
            "contact treedt; waar de situatie daarom vraagt, schakelt zij het Veiligheidshuis in.", "Corporaties",
            "Doorlopend", F(CORP, "firm", [(5, "werkdagen", "max")], None, False,
                            ["waar de situatie daarom vraagt"])),
    2027: V("Een melding van ernstige woonoverlast leidt ertoe dat de corporatie binnen vijf werkdagen met de melder in "
            "contact treedt; waar de situatie daarom vraagt, schakelt zij het Veiligheidshuis in.", "Corporaties",
            "Doorlopend", F(CORP, "firm", [(5, "werkdagen", "max")], None, False,
                            ["waar de situatie daarom vraagt"])),
}, chapter_override={2027: "c4"})
add("ontmoetingsruimte", "c5", [L], {
    2025: V("Thuisvesting Rijnkade onderzoekt of de leegstaande bedrijfsruimte aan het Kerkplein kan worden ingericht als "
            "ontmoetingsruimte voor buurtbewoners.", "Thuisvesting Rijnkade", "2025", F(CORP, "explore", [])),
    2026: V("Thuisvesting Rijnkade richt vóór eind 2026 de leegstaande bedrijfsruimte aan het Kerkplein in als "
            "ontmoetingsruimte voor buurtbewoners.", "Thuisvesting Rijnkade", "Eind 2026",
            F(CORP, "firm", [], (2026, "vóór eind 2026"))),
    2027: V("Thuisvesting Rijnkade richt vóór medio 2027 de leegstaande bedrijfsruimte aan het Kerkplein in als "
            "ontmoetingsruimte voor buurtbewoners.", "Thuisvesting Rijnkade", "Medio 2027",
            F(CORP, "firm", [], (2027, "vóór medio 2027"))),
})
add("bewonersavond", "c5", [L], {
    2025: V("De gemeente organiseert in 2025 in Schaapsdrift een bewonersavond over de herinrichting van de openbare ruimte "
            "rond de flats aan de Ganzenweg, waarbij de corporaties en de huurdersorganisaties aanschuiven.",
            "Gemeente", "2025", F(GEM, "firm", [], (2025, "in 2025"))),
})
add("ontmoeting-senioren", "c5", [L], {
    y: V("De huurdersorganisaties organiseren in %d samen met het welzijnswerk ten minste vier ontmoetingsactiviteiten "
         "voor oudere huurders in de seniorencomplexen van Duivendaal." % y, "Huurdersorganisaties", str(y),
         F(["huurdersorganisatie"], "firm", [(4, "activiteiten", "min")], (y, "in %d" % y), True))
    for y in (2026, 2027)})
add("aanspreekpunt", "c5", [L], {
    2027: V("Woonstichting Duivenhof gaat in 2027 met Huurdersvereniging Duivenhof Samen in gesprek over de invoering van "
            "een vast aanspreekpunt per complex.", "Woonstichting Duivenhof", "2027",
            F(CORP, "discuss", [], (2027, "in 2027"))),
})

# ---------------- chapter 6 -----------------
add("monitoring", "c6", [O], {
    2025: V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in mei en "
            "november 2025, op basis van een monitor die door de gemeente wordt opgesteld.", "Gemeente", "Mei en november 2025",
            F(PART, "firm", [(2, "keer per jaar", "exact")], (2025, "mei en november 2025"), True)),
    2026: V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in mei en "
            "november 2026, op basis van een monitor die door de gemeente wordt opgesteld.", "Gemeente", "Mei en november 2026",
            F(PART, "firm", [(2, "keer per jaar", "exact")], (2026, "mei en november 2026"), True)),
    2027: V("Partijen bespreken de voortgang van deze afspraken één keer per jaar in het bestuurlijk overleg, in november "
            "2027, op basis van een monitor die door de gemeente wordt opgesteld.", "Gemeente", "November 2027",
            F(PART, "firm", [(1, "keer per jaar", "exact")], (2027, "november 2027"), True)),
})
add("bod", "c6", [O], {
    y: V("De corporaties brengen vóór 1 juli %d hun bod uit op de woonvisie, waarna partijen de prestatieafspraken voor %d "
         "vóór 15 december %d ondertekenen." % (y, y + 1, y), "Corporaties en partijen", "1 juli en 15 december %d" % y,
         F(["corporatie", "partijen"], "firm", [], (y, "vóór 15 december %d" % y), True))
    for y in YEARS})
add("ondersteuning-ho", "c6", [O], {
    y: V("De corporaties stellen de huurdersorganisaties in staat volwaardig aan het overleg deel te nemen en vergoeden de "
         "kosten van onafhankelijk advies tot een bedrag van € %s per huurdersorganisatie per jaar." % a, "Corporaties",
         "Jaarlijks", F(CORP, "firm", [(n, "euro", "max")]))
    for y, a, n in ((2025, "7.500", 7500), (2026, "10.000", 10000), (2027, "10.000", 10000))})
add("woonvisie", "c6", [O], {
    2025: V("De gemeente actualiseert vóór het einde van het derde kwartaal van 2025 de woonvisie en betrekt de corporaties "
            "en de huurdersorganisaties bij het opstellen daarvan.", "Gemeente", "Q3 2025",
            F(GEM, "firm", [], (2025, "vóór het einde van het derde kwartaal van 2025"))),
    2026: V("De gemeente actualiseert vóór het einde van het tweede kwartaal van 2026 de woonvisie en betrekt de "
            "corporaties en de huurdersorganisaties bij het opstellen daarvan.", "Gemeente", "Q2 2026",
            F(GEM, "firm", [], (2026, "vóór het einde van het tweede kwartaal van 2026"))),
})

# reading-order overrides: year -> list of keys moved (key placed right before another key)
ORDER_BEFORE = {2027: [("huurverhoging", "verkoop")]}

# ---------------- pair links: (old, new, status, kinds, hard_negative) ---------------
S, W, R, U, M = "strengthened", "weakened", "reworded", "unchanged", "modified"
PAIRS = {
    (2025, 2026): {
        "nieuwbouw-sociaal": (S, ["quantity"], None),
        "aandeel-sociaal": (U, [], None),
        "locaties": (W, ["quantity", "deadline"], None),
        "grondprijs": (R, [], "indexed_amount"),
        "verkoop": (S, ["quantity"], None),
        "huurverlaging-onderzoek": ("dropped", [], None),
        "huurverhoging": (S, ["quantity"], None),
        "starters": (W, ["quantity"], None),
        "statushouders": (R, [], "external_figure"),
        "wachttijd": (W, ["quantity"], None),
        "huurachterstand": (S, ["quantity"], None),
        "huisuitzetting": (R, [], "recurring_year"),
        "label-efg": (R, [], "progress"),
        "gemiddeld-label": (W, ["label"], None),
        "isolatie": (W, ["condition"], None),
        "zonnepanelen": (S, ["modality"], None),
        "warmtenet": (S, ["modality"], None),
        "energiecoaches": (R, [], "recurring_year"),
        "klimaatadaptatie": (U, [], None),
        "vocht-schimmel": (S, ["quantity"], None),
        "reparatie": (U, [], None),
        "toegankelijk": (W, ["scope"], None),
        "wmo-aanpassing": (U, [], None),
        "brandveiligheid": ("dropped", [], None),
        "huurdersoordeel": (R, [], "same_figures"),
        "leefbaarheidsbudget": (S, ["quantity"], None),
        "wijkbeheer": (U, [], None),
        "zachte-landing": (U, [], None),
        "overlast": (R, [], "same_figures"),
        "ontmoetingsruimte": (S, ["modality"], None),
        "bewonersavond": ("dropped", [], None),
        "monitoring": (R, [], "recurring_year"),
        "bod": (R, [], "recurring_year"),
        "ondersteuning-ho": (S, ["quantity"], None),
        "woonvisie": (W, ["deadline"], None),
        "middenhuur": ("new", [], None),
        "energiefonds": ("new", [], None),
        "co-melders": ("new", [], None),
        "ontmoeting-senioren": ("new", [], None),
    },
    (2026, 2027): {
        "nieuwbouw-sociaal": (W, ["quantity", "modality"], None),
        "aandeel-sociaal": (S, ["quantity"], None),
        "locaties": ("dropped", [], None),
        "grondprijs": (R, [], "indexed_amount"),
        "middenhuur": (S, ["modality"], None),
        "spoedzoekers": ("new", [], None),
        "verkoop": (S, ["quantity"], None),
        "huurverhoging": (R, [], "recurring_year"),
        "starters": (R, [], "same_figures"),
        "doorstroming": ("new", [], None),
        "statushouders": (R, [], "external_figure"),
        "wachttijd": (R, [], "recurring_year"),
        "huurachterstand": (U, [], None),
        "huisuitzetting": (S, ["quantity"], None),
        "label-efg": ("dropped", [], None),
        "gemiddeld-label": (S, ["deadline"], None),
        "isolatie": (S, ["quantity"], None),
        "zonnepanelen": (W, ["deadline"], None),
        "warmtenet": (U, [], None),
        "energiecoaches": (W, ["quantity"], None),
        "energiefonds": (S, ["quantity"], None),
        "klimaatadaptatie": (S, ["modality", "condition"], None),
        "hitteplan": ("new", [], None),
        "vocht-schimmel": (R, [], "same_figures"),
        "reparatie": (W, ["quantity"], None),
        "toegankelijk": (S, ["scope"], None),
        "wmo-aanpassing": (U, [], None),
        "co-melders": (R, [], "progress"),
        "huurdersoordeel": (S, ["modality"], None),
        "leefbaarheidsbudget": (M, ["quantity", "condition"], None),
        "wijkbeheer": (W, ["scope"], None),
        "zachte-landing": (S, ["quantity"], None),
        "overlast": (U, [], None),
        "ontmoetingsruimte": (W, ["deadline"], None),
        "ontmoeting-senioren": (R, [], "recurring_year"),
        "aanspreekpunt": ("new", [], None),
        "monitoring": (W, ["quantity"], None),
        "bod": (R, [], "recurring_year"),
        "ondersteuning-ho": (U, [], None),
        "woonvisie": ("dropped", [], None),
    },
}
