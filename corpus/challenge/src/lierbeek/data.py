# -*- coding: utf-8 -*-
"""Content of the Lierbeek family: three jaarschijven 2025, 2026, 2027 of
"Prestatieafspraken Lierbeek 2025-2027". Fictional names throughout."""

GEMEENTE = "Lierbeek"
CORP = "Woonstichting De Lierstroom"
HO = ["Huurdersvereniging De Kolk", "Huurdersbelang Lierbeek-Noord"]
YEARS = [2025, 2026, 2027]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")

CHAPTERS = {
    2025: {1: "Beschikbaar en betaalbaar wonen", 2: "Duurzaam en klimaatbestendig",
           3: "Kwaliteit van woningen", 4: "Leefbare wijken en kernen", 5: "Samenwerking en proces"},
}
CHAPTERS[2026] = dict(CHAPTERS[2025]); CHAPTERS[2026][3] = "Goed en gezond wonen"
CHAPTERS[2027] = dict(CHAPTERS[2026])


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    return {"actors": list(actors), "modality": mod,
            "quantities": [{"value": x[0], "unit": x[1], "comparator": x[2],
                            "value_max": x[3] if len(x) > 3 else None} for x in q],
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# each item: key, themes, versions {year: (chapter, text, frame)}, status per new year
AFS = []


def A(key, themes, v, s26=None, s27=None):
    AFS.append({"key": key, "themes": themes, "v": v, "s": {2026: s26, 2027: s27}})


U = ("unchanged", [], None)


def RW(hn=None):
    return ("reworded", [], hn)


def W(*k):
    return ("weakened", list(k), None)


def S(*k):
    return ("strengthened", list(k), None)


# ---------------------------------------------------------------- chapter 1
A("nieuwbouw-sociaal", [B], {
    2025: (1, "De Lierstroom realiseert in de periode 2025-2027 ten minste 180 sociale huurwoningen in Lierbeek, "
              "waarvan minimaal 55 woningen in 2025 worden opgeleverd in de projecten Molenkamp-Zuid en "
              "Hemmerdijk-Centrum. De overige woningen volgen in 2026 en 2027.",
           F([C], "firm", [(180, "woningen", "min"), (55, "woningen", "min")], (2027, "2025-2027"))),
    2026: (1, "De Lierstroom realiseert in de periode 2025-2027 ten minste 180 sociale huurwoningen in Lierbeek. "
              "Na de oplevering van 55 woningen in 2025 worden de resterende 125 woningen in 2026 en 2027 "
              "opgeleverd in de projecten Molenkamp-Zuid en Hemmerdijk-Centrum.",
           F([C], "firm", [(180, "woningen", "min"), (125, "woningen", "exact")], (2027, "2026 en 2027"))),
    2027: (1, "De Lierstroom realiseert in de periode 2025-2028 ten minste 160 sociale huurwoningen in Lierbeek. "
              "Na de oplevering van 90 woningen in 2025 en 2026 worden de resterende 70 woningen uiterlijk in 2028 "
              "opgeleverd in de projecten Molenkamp-Zuid en Hemmerdijk-Centrum.",
           F([C], "firm", [(160, "woningen", "min"), (70, "woningen", "exact")], (2028, "uiterlijk in 2028"))),
}, RW("progress"), W("quantity", "deadline"))

A("locaties-sociaal", [B], {
    2025: (1, "De gemeente stelt vóór 1 oktober 2025 een lijst op van ten minste drie locaties die geschikt zijn "
              "voor de bouw van sociale huurwoningen en biedt deze locaties bij voorrang aan De Lierstroom aan.",
           F([G], "firm", [(3, "locaties", "min")], (2025, "vóór 1 oktober 2025"))),
    2026: (1, "De gemeente stelt vóór 1 april 2026 een lijst op van ten minste drie locaties die geschikt zijn "
              "voor de bouw van sociale huurwoningen en biedt deze locaties bij voorrang aan De Lierstroom aan.",
           F([G], "firm", [(3, "locaties", "min")], (2026, "vóór 1 april 2026"))),
}, W("deadline"), ("dropped", [], None))

A("aandeel-sociaal-plannen", [B], {
    2025: (1, "Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 30% "
              "van het programma uit sociale huurwoningen bestaat, in lijn met de Woonvisie Lierbeek 2030 en de "
              "regionale woondeal.",
           F([P], "firm", [(30, "%", "min")])),
    2026: (1, "Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 35% "
              "van het programma uit sociale huurwoningen bestaat, in lijn met de Woonvisie Lierbeek 2030 en de "
              "regionale woondeal.",
           F([P], "firm", [(35, "%", "min")])),
}, S("quantity"), U)

A("verkoop", [B], {
    2025: (1, "De Lierstroom verkoopt in 2025 maximaal 15 huurwoningen uit de bestaande voorraad, uitsluitend "
              "woningen die in de vastgestelde verkoopstrategie zijn aangewezen.",
           F([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
    2026: (1, "De Lierstroom verkoopt in 2026 maximaal 10 huurwoningen uit de bestaande voorraad, uitsluitend "
              "woningen die in de vastgestelde verkoopstrategie zijn aangewezen.",
           F([C], "firm", [(10, "woningen", "max")], (2026, "in 2026"), True)),
    2027: (1, "De Lierstroom verkoopt in 2027 geen huurwoningen uit de bestaande voorraad.",
           F([C], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
}, S("quantity"), S("quantity"))

A("huurverhoging", [B], {
    2025: (1, "De Lierstroom beperkt de jaarlijkse huurverhoging per 1 juli 2025 voor huurders van een sociale "
              "huurwoning tot maximaal de inflatie, waarbij de gemiddelde huurverhoging niet hoger is dan de door "
              "het Rijk vastgestelde maximale huursomstijging.",
           F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: (1, "De Lierstroom beperkt de jaarlijkse huurverhoging per 1 juli 2026 voor huurders van een sociale "
              "huurwoning tot ten minste 0,5% onder de inflatie, waarbij de gemiddelde huurverhoging niet hoger "
              "is dan de door het Rijk vastgestelde maximale huursomstijging.",
           F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    2027: (1, "De Lierstroom beperkt de jaarlijkse huurverhoging per 1 juli 2027 voor huurders van een sociale "
              "huurwoning tot ten minste 0,5% onder de inflatie, waarbij de gemiddelde huurverhoging niet hoger "
              "is dan de door het Rijk vastgestelde maximale huursomstijging.",
           F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
}, S("quantity"), RW("recurring_year"))

A("passend-toewijzen", [B], {
    2025: (1, "De Lierstroom wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan "
              "huishoudens met recht op huurtoeslag en benut de vrije toewijzingsruimte van maximaal 7,5% bij "
              "voorrang voor woningzoekenden met een lokale binding.",
           F([C], "firm", [(95, "%", "min"), (7.5, "%", "max")])),
    2027: (1, "Vrijkomende sociale huurwoningen worden door De Lierstroom voor ten minste 95% passend toegewezen "
              "aan huishoudens met recht op huurtoeslag; de vrije toewijzingsruimte van maximaal 7,5% wordt bij "
              "voorrang ingezet voor woningzoekenden met een lokale binding.",
           F([C], "firm", [(95, "%", "min"), (7.5, "%", "max")])),
}, U, RW("same_figures"))

A("inkomensgrenzen", [B], {
    2025: (1, "Partijen hanteren bij de toewijzing van sociale huurwoningen de inkomensgrens van € 47.699 voor "
              "eenpersoonshuishoudens en € 52.671 voor meerpersoonshuishoudens (prijspeil 2025).",
           F([P], "firm", [(47699, "euro", "max"), (52671, "euro", "max")], (2025, "prijspeil 2025"), True)),
    2026: (1, "Partijen hanteren bij de toewijzing van sociale huurwoningen de inkomensgrens van € 48.625 voor "
              "eenpersoonshuishoudens en € 53.691 voor meerpersoonshuishoudens (prijspeil 2026).",
           F([P], "firm", [(48625, "euro", "max"), (53691, "euro", "max")], (2026, "prijspeil 2026"), True)),
    2027: (1, "Partijen hanteren bij de toewijzing van sociale huurwoningen de inkomensgrens van € 49.480 voor "
              "eenpersoonshuishoudens en € 54.640 voor meerpersoonshuishoudens (prijspeil 2027).",
           F([P], "firm", [(49480, "euro", "max"), (54640, "euro", "max")], (2027, "prijspeil 2027"), True)),
}, RW("indexed_amount"), RW("indexed_amount"))

A("vergunninghouders", [B], {
    2025: (1, "De Lierstroom levert een evenredige bijdrage aan de huisvesting van vergunninghouders en stelt "
              "daartoe in 2025 ten minste 34 woningen beschikbaar, overeenkomstig de taakstelling die het Rijk "
              "voor Lierbeek heeft vastgesteld.",
           F([C], "firm", [(34, "woningen", "min")], (2025, "in 2025"), True)),
    2026: (1, "De Lierstroom levert een evenredige bijdrage aan de huisvesting van vergunninghouders en stelt "
              "daartoe in 2026 ten minste 41 woningen beschikbaar, overeenkomstig de taakstelling die het Rijk "
              "voor Lierbeek heeft vastgesteld.",
           F([C], "firm", [(41, "woningen", "min")], (2026, "in 2026"), True)),
    2027: (1, "De Lierstroom levert een evenredige bijdrage aan de huisvesting van vergunninghouders en stelt "
              "daartoe in 2027 ten minste 38 woningen beschikbaar, overeenkomstig de taakstelling die het Rijk "
              "voor Lierbeek heeft vastgesteld.",
           F([C], "firm", [(38, "woningen", "min")], (2027, "in 2027"), True)),
}, RW("external_figure"), RW("external_figure"))

A("uitstroom-bw-mo", [B, L], {
    2025: (1, "De gemeente en De Lierstroom zorgen er samen voor dat jaarlijks 12 woningen beschikbaar komen "
              "voor uitstroom uit beschermd wonen en maatschappelijke opvang, waarbij de gemeente de begeleiding "
              "van de nieuwe huurder gedurende ten minste een jaar borgt.",
           F([G, C], "firm", [(12, "woningen", "exact"), (1, "jaar", "min")], None, True)),
    2026: (1, "De gemeente en De Lierstroom streven ernaar dat jaarlijks 12 woningen beschikbaar komen "
              "voor uitstroom uit beschermd wonen en maatschappelijke opvang, waarbij de gemeente de begeleiding "
              "van de nieuwe huurder gedurende ten minste een jaar borgt.",
           F([G, C], "intent", [(12, "woningen", "exact"), (1, "jaar", "min")], None, True)),
}, W("modality"), U)

A("verhuisregeling-senioren", [B], {
    2025: (1, "De Lierstroom onderzoekt in 2025 of een verhuisregeling voor senioren die een grote "
              "eengezinswoning achterlaten, met behoud van de huurprijs per vierkante meter, bijdraagt aan de "
              "doorstroming op de woningmarkt.",
           F([C], "explore", [], (2025, "in 2025"))),
    2026: (1, "De Lierstroom voert per 1 januari 2026 een verhuisregeling in voor senioren die een grote "
              "eengezinswoning achterlaten, met behoud van de huurprijs per vierkante meter.",
           F([C], "firm", [], (2026, "per 1 januari 2026"))),
    2027: (1, "De Lierstroom past de verhuisregeling toe op iedere senior die een eengezinswoning of een grote "
              "bovenwoning achterlaat, met behoud van de huurprijs per vierkante meter.",
           F([C], "firm", [])),
}, S("modality"), S("scope"))

A("huurachterstand", [B, L], {
    2025: (1, "De Lierstroom neemt bij een huurachterstand van twee maanden persoonlijk contact op met de huurder "
              "en meldt de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de "
              "gemeente.",
           F([C], "firm", [(2, "maanden", "exact")])),
    2026: (4, "De Lierstroom neemt bij een huurachterstand van één maand persoonlijk contact op met de huurder "
              "en meldt de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de "
              "gemeente.",
           F([C], "firm", [(1, "maanden", "exact")])),
}, S("quantity"), U)

A("huisuitzettingen", [B], {
    2025: (1, "Partijen zetten zich ervoor in dat het aantal huisuitzettingen wegens huurachterstand in 2025 "
              "niet hoger is dan vijf.",
           F([P], "intent", [(5, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    2026: (1, "Partijen zetten zich ervoor in dat het aantal huisuitzettingen wegens huurachterstand in 2026 "
              "niet hoger is dan drie.",
           F([P], "intent", [(3, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
    2027: (1, "Partijen zetten zich ervoor in dat het aantal huisuitzettingen wegens huurachterstand in 2027 "
              "niet hoger is dan drie.",
           F([P], "intent", [(3, "huisuitzettingen", "max")], (2027, "in 2027"), True)),
}, S("quantity"), RW("recurring_year"))

A("woonbeurs-starters", [B], {
    2025: (1, "De gemeente organiseert in het najaar van 2025, in samenwerking met De Lierstroom, een woonbeurs "
              "voor starters waarop informatie wordt gegeven over inschrijving, slaagkansen en de "
              "starterslening.",
           F([G], "firm", [], (2025, "najaar van 2025"))),
}, ("dropped", [], None), None)

A("flexwoningen", [B], {
    2026: (1, "De gemeente verkent in 2026 samen met De Lierstroom de mogelijkheid om flexwoningen voor "
              "spoedzoekers te plaatsen op de tijdelijke locatie aan de Stationsweg.",
           F([G], "explore", [], (2026, "in 2026"))),
    2027: (1, "De Lierstroom plaatst vóór eind 2027, onder voorbehoud van de omgevingsvergunning, 30 "
              "flexwoningen voor spoedzoekers op de tijdelijke locatie aan de Stationsweg.",
           F([C], "firm", [(30, "woningen", "exact")], (2027, "vóór eind 2027"), False,
             ["onder voorbehoud van de omgevingsvergunning"])),
}, ("new", [], None), ("modified", ["modality", "condition"], None))

# ---------------------------------------------------------------- chapter 2
A("efg-labels", [D], {
    2025: (2, "De Lierstroom verbetert in 2025 ten minste 48 woningen met energielabel E, F of G, zodat eind "
              "2026 geen woningen met deze labels meer in haar bezit zijn.",
           F([C], "firm", [(48, "woningen", "min")], (2026, "eind 2026"))),
    2026: (2, "De Lierstroom verbetert in 2026 de laatste 21 woningen met energielabel E, F of G, zodat eind "
              "2026 geen woningen met deze labels meer in haar bezit zijn.",
           F([C], "firm", [(21, "woningen", "exact")], (2026, "eind 2026"))),
}, RW("progress"), ("dropped", [], None))

A("label-d-verkenning", [D], {
    2027: (2, "De Lierstroom verkent in 2027 hoe de circa 160 woningen met energielabel D vóór 2030 naar ten "
              "minste energielabel C kunnen worden gebracht en bespreekt de uitkomst met beide "
              "huurdersorganisaties.",
           F([C], "explore", [(160, "woningen", "approx"), ("C", "label", "min")], (2030, "vóór 2030"))),
}, None, ("new", [], None))

A("gemiddeld-label", [D], {
    2025: (2, "De woningvoorraad van De Lierstroom heeft eind 2027 gemiddeld energielabel B.",
           F([C], "firm", [("B", "label", "min")], (2027, "eind 2027"))),
    2026: (2, "Partijen streven ernaar dat de woningvoorraad van De Lierstroom eind 2027 gemiddeld "
              "energielabel B heeft.",
           F([P], "intent", [("B", "label", "min")], (2027, "eind 2027"))),
    2027: (2, "Partijen streven ernaar dat de woningvoorraad van De Lierstroom eind 2027 gemiddeld "
              "energielabel C heeft.",
           F([P], "intent", [("C", "label", "min")], (2027, "eind 2027"))),
}, W("modality"), W("label"))

A("zonnepanelen", [D], {
    2025: (2, "De Lierstroom onderzoekt voor alle complexen met een geschikt dak de mogelijkheid om "
              "zonnepanelen te plaatsen, waarbij huurders een vaste maandelijkse vergoeding betalen die lager is "
              "dan de verwachte besparing op de energierekening.",
           F([C], "explore", [])),
    2026: (2, "De Lierstroom onderzoekt voor twee complexen in Oosterveld, als pilot, de mogelijkheid om "
              "zonnepanelen te plaatsen, waarbij huurders een vaste maandelijkse vergoeding betalen die lager is "
              "dan de verwachte besparing op de energierekening.",
           F([C], "explore", [(2, "complexen", "exact")])),
    2027: (2, "De Lierstroom plaatst zonnepanelen op twee complexen in Oosterveld, waarbij huurders een vaste "
              "maandelijkse vergoeding betalen die lager is dan de verwachte besparing op de energierekening.",
           F([C], "firm", [(2, "complexen", "exact")])),
}, W("scope"), S("modality"))

A("isolatie-molenkamp", [D], {
    2025: (2, "De Lierstroom isoleert uiterlijk eind 2026 alle 96 woningen in het complex Molenkamp-Noord naar "
              "ten minste energielabel B en plaatst daarbij hybride warmtepompen.",
           F([C], "firm", [(96, "woningen", "exact"), ("B", "label", "min")], (2026, "uiterlijk eind 2026"))),
    2027: (2, "De Lierstroom isoleert uiterlijk eind 2027 alle 96 woningen in het complex Molenkamp-Noord naar "
              "ten minste energielabel B en plaatst daarbij hybride warmtepompen.",
           F([C], "firm", [(96, "woningen", "exact"), ("B", "label", "min")], (2027, "uiterlijk eind 2027"))),
}, U, W("deadline"))

A("transitievisie-warmte", [D, O], {
    2025: (2, "De gemeente betrekt De Lierstroom en beide huurdersorganisaties bij de actualisatie van de "
              "Transitievisie Warmte, die vóór 1 juli 2026 door de gemeenteraad wordt vastgesteld.",
           F([G], "firm", [], (2026, "vóór 1 juli 2026"))),
}, U, ("dropped", [], None))

A("energiecoaches", [D, B], {
    2025: (2, "De gemeente zet in 2025 energiecoaches in die ten minste 150 huishoudens in huurwoningen van De "
              "Lierstroom bezoeken; De Lierstroom informeert haar huurders actief over dit aanbod.",
           F([G, C], "firm", [(150, "huishoudens", "min")], (2025, "in 2025"), True)),
    2026: (2, "De gemeente zet in 2026 energiecoaches in die ten minste 200 huishoudens in huurwoningen van De "
              "Lierstroom bezoeken; De Lierstroom informeert haar huurders actief over dit aanbod.",
           F([G, C], "firm", [(200, "huishoudens", "min")], (2026, "in 2026"), True)),
    2027: (2, "De gemeente zet in 2027, onder voorbehoud van rijksmiddelen voor de aanpak van energiearmoede, "
              "energiecoaches in die ten minste 200 huishoudens in huurwoningen van De Lierstroom bezoeken; De "
              "Lierstroom informeert haar huurders actief over dit aanbod.",
           F([G, C], "firm", [(200, "huishoudens", "min")], (2027, "in 2027"), True,
             ["onder voorbehoud van rijksmiddelen voor de aanpak van energiearmoede"])),
}, S("quantity"), W("condition"))

A("klimaatadaptatie", [D], {
    2025: (2, "Bij nieuwbouw en groot onderhoud neemt De Lierstroom waar mogelijk klimaatadaptieve maatregelen, "
              "zoals groene daken, het afkoppelen van hemelwater en het vergroenen van voortuinen.",
           F([C], "firm", [], None, False, ["waar mogelijk"])),
    2026: (2, "Bij nieuwbouw en groot onderhoud neemt De Lierstroom klimaatadaptieve maatregelen, "
              "zoals groene daken, het afkoppelen van hemelwater en het vergroenen van voortuinen.",
           F([C], "firm", [])),
}, S("condition"), U)

A("hittestress-lierhoven", [D, L], {
    2027: (2, "De gemeente en De Lierstroom stellen in 2027 gezamenlijk een aanpak op om hittestress in de "
              "portiekflats van Lierhoven te beperken, met aandacht voor schaduw, ventilatie en koele "
              "ontmoetingsplekken.",
           F([G, C], "firm", [], (2027, "in 2027"))),
}, None, ("new", [], None))

A("groen-lierhoven", [D, L], {
    2025: (2, "De Lierstroom en de gemeente gaan in 2025 in gesprek over een gezamenlijke aanpak van de "
              "biodiversiteit rond de hoogbouw in Lierhoven.",
           F([C, G], "discuss", [], (2025, "in 2025"))),
    2026: (2, "De Lierstroom en de gemeente voeren een gezamenlijk plan uit voor het vergroenen van de "
              "buitenruimte rond de hoogbouw in Lierhoven, waarbij onder meer nestkasten worden opgehangen en "
              "verharding wordt vervangen door inheemse beplanting.",
           F([C, G], "firm", [])),
    2027: (4, None, None),
}, S("modality"), U)

# ---------------------------------------------------------------- chapter 3
A("vocht-schimmel", [K], {
    2025: (3, "De Lierstroom reageert binnen tien werkdagen op iedere melding van vocht of schimmel met een "
              "inspectie in de woning en legt de benodigde maatregelen schriftelijk vast.",
           F([C], "firm", [(10, "werkdagen", "max")])),
    2026: (3, "De Lierstroom reageert binnen vijf werkdagen op iedere melding van vocht of schimmel met een "
              "inspectie in de woning en legt de benodigde maatregelen schriftelijk vast.",
           F([C], "firm", [(5, "werkdagen", "max")])),
    2027: (3, "Op iedere melding van vocht of schimmel volgt binnen vijf werkdagen een inspectie in de woning "
              "door De Lierstroom, waarna de benodigde maatregelen schriftelijk worden vastgelegd.",
           F([C], "firm", [(5, "werkdagen", "max")])),
}, S("quantity"), RW("same_figures"))

A("reparaties", [K], {
    2025: (3, "De Lierstroom voert niet-spoedeisende reparatieverzoeken binnen gemiddeld 15 werkdagen uit.",
           F([C], "firm", [(15, "werkdagen", "approx")])),
    2026: (3, "De Lierstroom voert niet-spoedeisende reparatieverzoeken binnen gemiddeld 20 werkdagen uit.",
           F([C], "firm", [(20, "werkdagen", "approx")])),
}, W("quantity"), U)

A("planmatig-onderhoud", [K], {
    2025: (3, "De Lierstroom besteedt in 2025 ten minste € 4,2 miljoen aan planmatig onderhoud en informeert de "
              "huurdersorganisaties vóór 1 maart 2025 over de onderhoudsplanning per complex.",
           F([C], "firm", [(4200000, "euro", "min")], (2025, "vóór 1 maart 2025"), True)),
    2026: (3, "De Lierstroom besteedt in 2026 ten minste € 4,2 miljoen aan planmatig onderhoud en informeert de "
              "huurdersorganisaties vóór 1 maart 2026 over de onderhoudsplanning per complex.",
           F([C], "firm", [(4200000, "euro", "min")], (2026, "vóór 1 maart 2026"), True)),
    2027: (3, "De Lierstroom besteedt in 2027 ten minste € 3,8 miljoen aan planmatig onderhoud en informeert de "
              "huurdersorganisaties vóór 1 maart 2027 over de onderhoudsplanning per complex.",
           F([C], "firm", [(3800000, "euro", "min")], (2027, "vóór 1 maart 2027"), True)),
}, RW("recurring_year"), W("quantity"))

A("levensloopbestendig", [K], {
    2025: (3, "De Lierstroom maakt in 2025 ten minste 40 bestaande woningen levensloopbestendig door drempels "
              "te verwijderen, de badkamer aan te passen en waar nodig een traplift te plaatsen.",
           F([C], "firm", [(40, "woningen", "min")], (2025, "in 2025"), True)),
    2026: (3, "De Lierstroom maakt in 2026 ten minste 30 bestaande woningen levensloopbestendig door drempels "
              "te verwijderen, de badkamer aan te passen en waar nodig een traplift te plaatsen.",
           F([C], "firm", [(30, "woningen", "min")], (2026, "in 2026"), True)),
    2027: (3, "In 2027 worden door De Lierstroom ten minste 30 bestaande woningen levensloopbestendig gemaakt "
              "door drempels te verwijderen, de badkamer aan te passen en waar nodig een traplift te plaatsen.",
           F([C], "firm", [(30, "woningen", "min")], (2027, "in 2027"), True)),
}, W("quantity"), RW("recurring_year"))

A("wmo-aanpassingen", [K], {
    2025: (3, "De gemeente en De Lierstroom maken afspraken over de verdeling van de kosten van "
              "woningaanpassingen die via de Wmo worden aangevraagd.",
           F([G, C], "discuss", [])),
    2026: (3, "De gemeente en De Lierstroom werken volgens de gemaakte afspraken over de verdeling van de kosten "
              "van woningaanpassingen die via de Wmo worden aangevraagd.",
           F([G, C], "firm", [])),
}, S("modality"), U)

A("zorggeschikt-hemmerdijk", [K, B], {
    2025: (3, "De Lierstroom zegt toe dat in het project Hemmerdijk-Centrum 24 zorggeschikte appartementen "
              "worden gerealiseerd, in samenwerking met zorgaanbieder Zorggroep Lierland.",
           F([C], "firm", [(24, "woningen", "exact")])),
    2026: (3, "De Lierstroom zet zich in om in het project Hemmerdijk-Centrum 24 zorggeschikte appartementen "
              "te realiseren, in samenwerking met zorgaanbieder Zorggroep Lierland.",
           F([C], "intent", [(24, "woningen", "exact")])),
}, W("modality"), ("dropped", [], None))

A("rookmelders", [K], {
    2026: (3, "De Lierstroom plaatst vóór 1 juli 2027 in alle woningen zonder rookmelder ten minste één "
              "gekoppelde rookmelder per bouwlaag.",
           F([C], "firm", [(1, "rookmelders", "min")], (2027, "vóór 1 juli 2027"))),
    2027: (3, "De Lierstroom plaatst vóór 1 april 2027 in alle woningen zonder rookmelder ten minste één "
              "gekoppelde rookmelder per bouwlaag.",
           F([C], "firm", [(1, "rookmelders", "min")], (2027, "vóór 1 april 2027"))),
}, ("new", [], None), S("deadline"))

A("huurdersoordeel", [K], {
    2025: (3, "De Lierstroom streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor reparaties en "
              "planmatig onderhoud.",
           F([C], "intent", [(7.5, "cijfer", "min")])),
    2027: (3, "De Lierstroom streeft naar een gemiddeld huurdersoordeel van ten minste 7,8 voor reparaties en "
              "planmatig onderhoud.",
           F([C], "intent", [(7.8, "cijfer", "min")])),
}, U, S("quantity"))

# ---------------------------------------------------------------- chapter 4
A("leefbaarheidsbudget", [L], {
    2025: (4, "De Lierstroom stelt in 2025 een leefbaarheidsbudget van € 85 per woning beschikbaar, binnen de "
              "wettelijke ruimte, waarvan een deel via de huurdersorganisaties aan bewonersinitiatieven wordt "
              "besteed.",
           F([C], "firm", [(85, "euro per woning", "exact")], (2025, "in 2025"), True)),
    2026: (4, "De Lierstroom stelt in 2026 een leefbaarheidsbudget van € 95 per woning beschikbaar, binnen de "
              "wettelijke ruimte, waarvan een deel via de huurdersorganisaties aan bewonersinitiatieven wordt "
              "besteed.",
           F([C], "firm", [(95, "euro per woning", "exact")], (2026, "in 2026"), True)),
    2027: (4, "De Lierstroom stelt in 2027 een leefbaarheidsbudget van € 95 per woning beschikbaar, binnen de "
              "wettelijke ruimte, waarvan een deel via de huurdersorganisaties aan bewonersinitiatieven wordt "
              "besteed.",
           F([C], "firm", [(95, "euro per woning", "exact")], (2027, "in 2027"), True)),
}, S("quantity"), RW("recurring_year"))

A("wijkbeheerders", [L], {
    2025: (4, "De Lierstroom zet in de wijken Molenkamp en Lierhoven elk een wijkbeheerder in die ten minste "
              "twee dagen per week in de wijk aanwezig is.",
           F([C], "firm", [(2, "dagen per week", "min")])),
    2026: (4, "De Lierstroom zet in alle wijken van de kern Lierbeek en in Oosterveld een wijkbeheerder in die ten "
              "minste twee dagen per week in de wijk aanwezig is.",
           F([C], "firm", [(2, "dagen per week", "min")])),
}, S("scope"), U)

A("overlast-casusoverleg", [L], {
    2025: (4, "Partijen werken bij ernstige overlast samen in het Meldpunt Zorg en Overlast en bespreken "
              "complexe casussen ten minste eenmaal per maand in het wijkzorgoverleg.",
           F([P], "firm", [(12, "keer per jaar", "min")])),
    2026: (4, "Bij ernstige overlast werken partijen samen in het Meldpunt Zorg en Overlast; complexe casussen "
              "worden ten minste eenmaal per maand besproken in het wijkzorgoverleg.",
           F([P], "firm", [(12, "keer per jaar", "min")])),
    2027: (4, "Bij ernstige overlast werken partijen samen in het Meldpunt Zorg en Overlast; complexe casussen "
              "worden ten minste eenmaal per kwartaal besproken in het wijkzorgoverleg.",
           F([P], "firm", [(4, "keer per jaar", "min")])),
}, RW("same_figures"), W("quantity"))

A("buurtkamer-wielewaal", [L], {
    2025: (4, "De gemeente onderzoekt of de ontmoetingsruimte in het complex De Wielewaal in Oosterveld kan "
              "worden ingezet als buurtkamer om eenzaamheid onder oudere bewoners tegen te gaan.",
           F([G], "explore", [])),
}, ("dropped", [], None), None)

A("wijkschouw", [L], {
    2025: (4, "De Lierstroom houdt in iedere wijk ten minste twee keer per jaar een wijkschouw samen met "
              "bewoners, de gemeente en de wijkagent.",
           F([C], "firm", [(2, "keer per jaar", "min")])),
    2027: (4, "De Lierstroom houdt in iedere wijk ten minste eenmaal per jaar een wijkschouw samen met "
              "bewoners, de gemeente en de wijkagent.",
           F([C], "firm", [(1, "keer per jaar", "min")])),
}, U, W("quantity"))

A("wijkbudget-lierhoven", [L], {
    2026: (4, "De gemeente stelt in 2026 een wijkbudget van € 25.000 beschikbaar voor bewonersinitiatieven in "
              "Lierhoven, waarbij de huurdersorganisaties meebeslissen over de besteding.",
           F([G], "firm", [(25000, "euro", "exact")], (2026, "in 2026"), True)),
    2027: (4, "De gemeente stelt in 2027 een wijkbudget van € 25.000 beschikbaar voor bewonersinitiatieven in "
              "Lierhoven en Molenkamp, waarbij de huurdersorganisaties meebeslissen over de besteding.",
           F([G], "firm", [(25000, "euro", "exact")], (2027, "in 2027"), True)),
}, ("new", [], None), S("scope"))

# ---------------------------------------------------------------- chapter 5
A("monitoring", [O], {
    2025: (5, "Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg "
              "en leggen de resultaten vast in een gezamenlijke monitor die ook aan de gemeenteraad wordt "
              "toegezonden.",
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
}, U, U)

A("bod", [O], {
    2025: (5, "De Lierstroom brengt vóór 1 juli 2025 haar bod uit aan de gemeente en beide "
              "huurdersorganisaties, als basis voor de jaarschijf 2026.",
           F([C], "firm", [], (2025, "vóór 1 juli 2025"), True)),
    2026: (5, "De Lierstroom brengt vóór 1 juli 2026 haar bod uit aan de gemeente en beide "
              "huurdersorganisaties, als basis voor de jaarschijf 2027.",
           F([C], "firm", [], (2026, "vóór 1 juli 2026"), True)),
    2027: (5, "De Lierstroom brengt vóór 1 juli 2027 haar bod uit aan de gemeente en beide "
              "huurdersorganisaties, als basis voor de prestatieafspraken vanaf 2028.",
           F([C], "firm", [], (2027, "vóór 1 juli 2027"), True)),
}, RW("recurring_year"), RW("recurring_year"))

A("ondersteuning-ho", [O], {
    2025: (5, "De Lierstroom stelt beide huurdersorganisaties jaarlijks een werkbudget van € 12.500 per "
              "organisatie beschikbaar en vergoedt de kosten van onafhankelijk advies bij de totstandkoming van "
              "deze afspraken.",
           F([C], "firm", [(12500, "euro", "exact")], None, True)),
    2026: (5, "De Lierstroom stelt beide huurdersorganisaties jaarlijks een werkbudget van € 12.500 per "
              "organisatie beschikbaar en vergoedt, voor zover deze redelijk zijn, de kosten van onafhankelijk "
              "advies bij de totstandkoming van deze afspraken.",
           F([C], "firm", [(12500, "euro", "exact")], None, True, ["voor zover deze redelijk zijn"])),
}, W("condition"), U)

A("samenwerkingsovereenkomst", [O], {
    2025: (5, "De Lierstroom en beide huurdersorganisaties actualiseren vóór 1 september 2025 de "
              "samenwerkingsovereenkomst, waarin de adviesrechten en de werkwijze van het overleg zijn "
              "vastgelegd.",
           F([C, H], "firm", [], (2025, "vóór 1 september 2025"))),
}, ("dropped", [], None), None)

A("evaluatie-woonvisie", [O], {
    2025: (5, "De gemeente evalueert de Woonvisie Lierbeek 2030 in 2026 en betrekt De Lierstroom en beide "
              "huurdersorganisaties bij deze evaluatie.",
           F([G], "firm", [], (2026, "in 2026"))),
    2026: (5, "De gemeente evalueert de Woonvisie Lierbeek 2030 in 2027 en betrekt De Lierstroom en beide "
              "huurdersorganisaties bij deze evaluatie.",
           F([G], "firm", [], (2027, "in 2027"))),
    2027: (5, "De gemeente evalueert de Woonvisie Lierbeek 2030 uiterlijk in het tweede kwartaal van 2027 en "
              "betrekt De Lierstroom en beide huurdersorganisaties bij deze evaluatie.",
           F([G], "firm", [], (2027, "uiterlijk in het tweede kwartaal van 2027"))),
}, W("deadline"), S("deadline"))

A("bewonersavonden", [O], {
    2027: (5, "De huurdersorganisaties organiseren in 2027 samen met De Lierstroom ten minste drie "
              "bewonersavonden om huurders te betrekken bij de voorbereiding van de nieuwe prestatieafspraken "
              "vanaf 2028.",
           F([H, C], "firm", [(3, "bewonersavonden", "min")], (2027, "in 2027"))),
}, None, ("new", [], None))

A("geschillen", [O], {
    2025: (5, "Bij een geschil over de uitvoering van deze afspraken leggen partijen dit eerst voor aan het "
              "bestuurlijk overleg; komen zij er daar niet uit, dan kan ieder van hen het geschil voorleggen aan "
              "de minister die verantwoordelijk is voor de volkshuisvesting.",
           F([P], "firm", [])),
}, U, U)


def resolve():
    """Fill in carried-over versions: an item present in year y-1 and with status unchanged (or a chapter-only
    entry with text None) keeps text and frame."""
    for a in AFS:
        v = a["v"]
        for y in YEARS[1:]:
            st = a["s"][y]
            if y in v and v[y][1] is None:
                prev = v[y - 1]
                v[y] = (v[y][0], prev[1], prev[2])
            elif y not in v and st is not None and st[0] == "unchanged":
                v[y] = v[y - 1]
    return AFS
