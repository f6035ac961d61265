# -*- coding: utf-8 -*-
"""Content of the brammerveld family (fictional gemeente Brammerveld).

Every afspraak has a key, a chapter, a theme (optionally a second theme) and per year a version:
  text, frame, and (from the second year it appears) status / kinds / hard_negative relative to the
  previous year's version. A year without a version: the afspraak is not in that year's document.
"""

FAMILY = "brammerveld"
GEMEENTE = "Brammerveld"
CORPORATIE = "Woonstichting Ekkerhof"
HUURDERS = "Huurdersbelang Brammerveld"
YEARS = [2025, 2026, 2027]
LAYOUT = "raadsvoorstel-met-bijlagen"

BB = "beschikbaarheid_betaalbaarheid"
DU = "duurzaamheid_klimaat"
KW = "kwaliteit"
LF = "leefbaarheid"
OV = "overig"

CHAPTERS = [
    ("bb", {2025: "Betaalbaar en beschikbaar wonen"}),
    ("du", {2025: "Duurzaam en klimaatbestendig wonen"}),
    ("kw", {2025: "Kwaliteit en wonen met zorg", 2027: "Kwaliteit, veiligheid en wonen met zorg"}),
    ("lf", {2025: "Leefbare wijken en kernen"}),
    ("pr", {2025: "Samenwerking en proces"}),
]

CHAPTER_INTRO = {
    "bb": {
        2025: "De Woonvisie Brammerveld 2024-2030 gaat uit van een groei van de sociale huurvoorraad in de "
              "hoofdkern en van behoud van betaalbare woningen in de kleine kernen. De wachtlijst van "
              "Woonruimteverdeling Brammerveld telde op 1 oktober 2024 ruim 2.600 actief woningzoekenden.",
        2026: "De druk op de sociale huurmarkt is in 2025 verder toegenomen: de gemiddelde inschrijfduur van "
              "geslaagde woningzoekenden steeg naar 5,4 jaar. Partijen willen daarom de nieuwbouw versnellen en "
              "de doorstroming op gang brengen.",
        2027: "In 2026 zijn in Brammerveld 71 sociale huurwoningen opgeleverd. De gemeente heeft in de "
              "herziene woonvisie vastgelegd dat ten minste een derde van de nieuwbouw sociale huur moet zijn.",
    },
    "du": {
        2025: "Ekkerhof heeft in haar portefeuilleplan vastgelegd dat het bezit in 2050 CO2-neutraal is. De "
              "gemeente werkt de Transitievisie Warmte uit in wijkuitvoeringsplannen.",
        2026: "Het gemiddelde energielabel van het bezit van Ekkerhof in Brammerveld was op 1 januari 2025 B. "
              "Door gestegen bouwkosten is het investeringsprogramma in 2025 herijkt.",
        2027: "Op 1 januari 2026 had Ekkerhof nog 22 woningen met energielabel E, F of G; deze zijn in 2026 "
              "aangepakt. De nadruk verschuift nu naar het verder isoleren en van het gas af halen van wijken.",
    },
    "kw": {
        2025: "Huurders beoordeelden de reparatiedienst van Ekkerhof in 2024 met een 7,3. Het aantal ouderen in "
              "Brammerveld neemt tot 2035 naar verwachting met een kwart toe.",
        2026: "Het aantal meldingen van vocht en schimmel is in 2025 gedaald ten opzichte van het jaar daarvoor. "
              "De samenwerking met de Wmo-consulenten van de gemeente verloopt goed.",
        2027: "In 2026 is het complex De Schaapsdrift volledig levensloopgeschikt gemaakt. Brandveiligheid in "
              "portiekflats krijgt na een aantal incidenten in de regio extra aandacht.",
    },
    "lf": {
        2025: "Uit de leefbaarheidsmonitor 2024 blijkt dat bewoners van Oude Brink en Kloosterveld hun buurt "
              "lager waarderen dan gemiddeld in Brammerveld. Overlast en eenzaamheid worden het vaakst genoemd.",
        2026: "In 2025 zijn in Oude Brink en Kloosterveld de meeste meldingen van woonoverlast gedaan. De "
              "buurtbemiddelaars hebben 64 zaken behandeld.",
        2027: "De inzet van de wijkbeheerders wordt door bewoners gewaardeerd. Tegelijk neemt het aantal "
              "huurders met een kwetsbare achtergrond in de gestapelde complexen toe.",
    },
    "pr": {
        2025: "De afspraken in dit hoofdstuk gaan over de manier waarop partijen samenwerken en de voortgang "
              "bewaken.",
    },
}

# quantities as (value, unit, comparator[, value_max]); deadline as (year, text)


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        qs.append({"value": t[0], "unit": t[1], "comparator": t[2],
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
            "recurring": rec, "conditions": list(cond)}


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"


def V(text, frame, status=None, kinds=(), hn=None):
    return {"text": text, "frame": frame, "status": status, "kinds": list(kinds), "hard_negative": hn}


AFSPRAKEN = [
    # ---------------------------------------------------------------- Betaalbaar en beschikbaar
    {"key": "nieuwbouw-kloosterakker", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof realiseert in het plan Kloosterakker 48 sociale huurwoningen, waarvan ten minste 16 "
                "geschikt voor senioren; de oplevering vindt uiterlijk eind 2026 plaats.",
                F([C], "firm", [(48, "woningen", "exact"), (16, "woningen", "min")], (2026, "uiterlijk eind 2026"))),
        2026: V("Ekkerhof realiseert in het plan Kloosterakker 48 sociale huurwoningen, waarvan ten minste 16 "
                "geschikt voor senioren; de oplevering vindt uiterlijk medio 2027 plaats.",
                F([C], "firm", [(48, "woningen", "exact"), (16, "woningen", "min")], (2027, "uiterlijk medio 2027")),
                "weakened", ["deadline"]),
        2027: V("Ekkerhof realiseert in het plan Kloosterakker 42 sociale huurwoningen, waarvan ten minste 16 "
                "geschikt voor senioren; de oplevering vindt uiterlijk medio 2027 plaats.",
                F([C], "firm", [(42, "woningen", "exact"), (16, "woningen", "min")], (2027, "uiterlijk medio 2027")),
                "weakened", ["quantity"]),
    }},
    {"key": "nieuwbouw-molenerf", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof onderzoekt of op de locatie Molenerf 20 tot 24 betaalbare huurwoningen kunnen worden "
                "gebouwd en legt de uitkomst uiterlijk in het derde kwartaal van 2025 voor aan de gemeente en "
                "Huurdersbelang Brammerveld.",
                F([C], "explore", [(20, "woningen", "range", 24)], (2025, "uiterlijk in het derde kwartaal van 2025"))),
        2026: V("Ekkerhof bouwt op de locatie Molenerf 20 tot 24 betaalbare huurwoningen; de bouw start uiterlijk "
                "in het tweede kwartaal van 2026.",
                F([C], "firm", [(20, "woningen", "range", 24)], (2026, "uiterlijk in het tweede kwartaal van 2026")),
                "strengthened", ["modality"]),
    }},
    {"key": "sociale-voorraad", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad van Ekkerhof in Brammerveld tot en met 2030 "
                "niet daalt onder 3.150 woningen.",
                F([P], "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: V("De sociale huurvoorraad van Ekkerhof in Brammerveld blijft volgens het gezamenlijke streven van "
                "partijen tot en met 2030 ten minste 3.150 woningen groot.",
                F([P], "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030")),
                "reworded", [], "same_figures"),
        2027: V("Partijen zorgen ervoor dat de sociale huurvoorraad van Ekkerhof in Brammerveld tot en met 2030 "
                "ten minste 3.150 woningen groot blijft.",
                F([P], "firm", [(3150, "woningen", "min")], (2030, "tot en met 2030")),
                "strengthened", ["modality"]),
    }},
    {"key": "verkoop", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof verkoopt in 2025 ten hoogste 10 huurwoningen uit de bestaande voorraad, uitsluitend bij "
                "mutatie.",
                F([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
        2026: V("Ekkerhof verkoopt in 2026 ten hoogste 14 huurwoningen uit de bestaande voorraad, uitsluitend bij "
                "mutatie.",
                F([C], "firm", [(14, "woningen", "max")], (2026, "in 2026"), True),
                "weakened", ["quantity"]),
        2027: V("Ekkerhof verkoopt in 2027 ten hoogste 14 huurwoningen uit de bestaande voorraad, uitsluitend bij "
                "mutatie.",
                F([C], "firm", [(14, "woningen", "max")], (2027, "in 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "huurverhoging", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie, met een maximum "
                "van 4,5%.",
                F([C], "firm", [(4.5, "%", "max")], (2025, "per 1 juli 2025"), True)),
        2026: V("Ekkerhof beperkt de gemiddelde huurverhoging per 1 juli 2026 tot de inflatie, met een maximum "
                "van 4,0%.",
                F([C], "firm", [(4.0, "%", "max")], (2026, "per 1 juli 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Per 1 juli 2027 beperkt Ekkerhof de gemiddelde huurverhoging tot de inflatie, met een maximum "
                "van 4,0%.",
                F([C], "firm", [(4.0, "%", "max")], (2027, "Per 1 juli 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "passend-toewijzen", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan "
                "huishoudens met een inkomen tot de grens voor passend toewijzen (prijspeil 2025: € 32.675 voor "
                "een eenpersoonshuishouden).",
                F([C], "firm", [(95, "%", "min"), (32675, "euro", "max")])),
        2026: V("Ekkerhof wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan "
                "huishoudens met een inkomen tot de grens voor passend toewijzen (prijspeil 2026: € 33.150 voor "
                "een eenpersoonshuishouden).",
                F([C], "firm", [(95, "%", "min"), (33150, "euro", "max")]),
                "reworded", [], "indexed_amount"),
        2027: V("Ekkerhof wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan "
                "huishoudens met een inkomen tot de grens voor passend toewijzen (prijspeil 2027: € 33.800 voor "
                "een eenpersoonshuishouden).",
                F([C], "firm", [(95, "%", "min"), (33800, "euro", "max")]),
                "reworded", [], "indexed_amount"),
    }},
    {"key": "lokale-binding", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof zet de vrije toewijzingsruimte van ten hoogste 15% in voor woningzoekenden met een "
                "aantoonbare lokale binding aan een van de kleine kernen van Brammerveld.",
                F([C], "firm", [(15, "%", "max")])),
        2026: V("Ekkerhof zet de vrije toewijzingsruimte van ten hoogste 15% in voor woningzoekenden met een "
                "aantoonbare lokale binding aan de kern Wilderdijk.",
                F([C], "firm", [(15, "%", "max")]),
                "weakened", ["scope"]),
        2027: "same",
    }},
    {"key": "vergunninghouders", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof stelt in 2025 voldoende woningen beschikbaar voor de huisvesting van 38 "
                "vergunninghouders, overeenkomstig de taakstelling die het Rijk voor Brammerveld heeft vastgesteld.",
                F([C], "firm", [(38, "vergunninghouders", "exact")], (2025, "in 2025"), True)),
        2026: V("Ekkerhof stelt in 2026 voldoende woningen beschikbaar voor de huisvesting van 44 "
                "vergunninghouders, overeenkomstig de taakstelling die het Rijk voor Brammerveld heeft vastgesteld.",
                F([C], "firm", [(44, "vergunninghouders", "exact")], (2026, "in 2026"), True),
                "reworded", [], "external_figure"),
        2027: V("Ekkerhof stelt in 2027 voldoende woningen beschikbaar voor de huisvesting van 41 "
                "vergunninghouders, overeenkomstig de taakstelling die het Rijk voor Brammerveld heeft vastgesteld.",
                F([C], "firm", [(41, "vergunninghouders", "exact")], (2027, "in 2027"), True),
                "reworded", [], "external_figure"),
    }},
    {"key": "uitstroom-bw-mo", "chapter": "bb", "theme": BB, "themes": [BB, LF], "versions": {
        2025: V("Ekkerhof stelt jaarlijks 8 woningen beschikbaar voor huishoudens die uitstromen uit beschermd "
                "wonen of de maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                F([C, G], "firm", [(8, "woningen", "exact")], None, True)),
        2026: V("Ekkerhof stelt jaarlijks 12 woningen beschikbaar voor huishoudens die uitstromen uit beschermd "
                "wonen of de maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                F([C, G], "firm", [(12, "woningen", "exact")], None, True),
                "strengthened", ["quantity"]),
        2027: "same",
    }},
    {"key": "huurachterstand", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Ekkerhof meldt huurders met een huurachterstand van twee maanden bij het team Vroegsignalering "
                "van de gemeente, dat binnen vijf werkdagen contact met hen opneemt.",
                F([C, G], "firm", [(2, "maanden", "max"), (5, "werkdagen", "max")])),
        2026: V("Ekkerhof meldt huurders met een huurachterstand van één maand bij het team Vroegsignalering van "
                "de gemeente, dat binnen vijf werkdagen contact met hen opneemt.",
                F([C, G], "firm", [(1, "maanden", "max"), (5, "werkdagen", "max")]),
                "strengthened", ["quantity"]),
        2027: V("Huurders met een huurachterstand van één maand worden door Ekkerhof gemeld bij het team "
                "Vroegsignalering van de gemeente, dat binnen vijf werkdagen contact met hen opneemt.",
                F([C, G], "firm", [(1, "maanden", "max"), (5, "werkdagen", "max")]),
                "reworded", [], "same_figures"),
    }},
    {"key": "doorstroming-senioren", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Partijen starten uiterlijk 1 april 2025 een verhuisregeling voor senioren die hun "
                "eengezinswoning willen ruilen voor een gelijkvloerse woning, waarbij zij hun huurprijs per "
                "vierkante meter behouden.",
                F([P], "firm", [], (2025, "uiterlijk 1 april 2025"))),
        2026: V("Partijen onderzoeken of uiterlijk 1 januari 2027 een verhuisregeling kan starten voor senioren "
                "die hun eengezinswoning willen ruilen voor een gelijkvloerse woning, waarbij zij hun huurprijs "
                "per vierkante meter behouden.",
                F([P], "explore", [], (2027, "uiterlijk 1 januari 2027")),
                "weakened", ["modality", "deadline"]),
        2027: V("Partijen starten uiterlijk 1 januari 2027 een verhuisregeling voor senioren die hun "
                "eengezinswoning willen ruilen voor een gelijkvloerse woning, waarbij zij hun huurprijs per "
                "vierkante meter behouden.",
                F([P], "firm", [], (2027, "uiterlijk 1 januari 2027")),
                "strengthened", ["modality"]),
    }},
    {"key": "inschrijfduur", "chapter": "bb", "theme": BB, "versions": {
        2025: V("Partijen streven naar een gemiddelde inschrijfduur van ten hoogste vijf jaar voor "
                "woningzoekenden die een sociale huurwoning accepteren.",
                F([P], "intent", [(5, "jaar", "max")])),
    }},
    {"key": "grondprijs-spoorzone", "chapter": "bb", "theme": BB, "versions": {
        2026: V("De gemeente brengt uiterlijk eind 2026 twee gemeentelijke bouwkavels aan de Spoorzone-West in "
                "tegen een sociale grondprijs van € 19.500 per woning.",
                F([G], "firm", [(2, "bouwkavels", "exact"), (19500, "euro", "exact")], (2026, "uiterlijk eind 2026"))),
        2027: V("De gemeente brengt uiterlijk eind 2027 twee gemeentelijke bouwkavels aan de Spoorzone-West in "
                "tegen een sociale grondprijs van € 19.500 per woning, onder voorbehoud van instemming van de "
                "raad met de grondexploitatie.",
                F([G], "firm", [(2, "bouwkavels", "exact"), (19500, "euro", "exact")], (2027, "uiterlijk eind 2027"),
                  False, ["onder voorbehoud van instemming van de raad met de grondexploitatie"]),
                "weakened", ["deadline", "condition"]),
    }},
    {"key": "starters", "chapter": "bb", "theme": BB, "versions": {
        2027: V("Ekkerhof wijst in 2027 ten minste 25% van de vrijkomende appartementen toe aan starters tot "
                "28 jaar.",
                F([C], "firm", [(25, "%", "min"), (28, "jaar", "max")], (2027, "in 2027"), True)),
    }},
    {"key": "flexwonen", "chapter": "bb", "theme": BB, "versions": {
        2027: V("Partijen onderzoeken in 2027 of op het terrein van de voormalige gemeentewerf tijdelijk 30 "
                "flexwoningen voor spoedzoekers kunnen worden geplaatst.",
                F([P], "explore", [(30, "woningen", "exact")], (2027, "in 2027"))),
    }},
    # ---------------------------------------------------------------- Duurzaam
    {"key": "labels-efg", "chapter": "du", "theme": DU, "versions": {
        2025: V("Ekkerhof verbetert de 64 woningen die nog energielabel E, F of G hebben uiterlijk eind 2026, "
                "zodat daarna geen woningen met een dergelijk label meer in haar bezit zijn.",
                F([C], "firm", [(64, "woningen", "exact"), (0, "woningen", "max")], (2026, "uiterlijk eind 2026"))),
        2026: V("Ekkerhof verbetert de laatste 22 woningen die nog energielabel E, F of G hebben uiterlijk eind "
                "2026, zodat daarna geen woningen met een dergelijk label meer in haar bezit zijn.",
                F([C], "firm", [(22, "woningen", "exact"), (0, "woningen", "max")], (2026, "uiterlijk eind 2026")),
                "reworded", [], "progress"),
    }},
    {"key": "gemiddeld-label", "chapter": "du", "theme": DU, "versions": {
        2025: V("Ekkerhof zorgt ervoor dat haar woningbezit in Brammerveld eind 2028 gemiddeld ten minste "
                "energielabel A heeft.",
                F([C], "firm", [("A", "label", "min")], (2028, "eind 2028"))),
        2026: V("Ekkerhof zorgt ervoor dat haar woningbezit in Brammerveld eind 2028 gemiddeld ten minste "
                "energielabel B heeft.",
                F([C], "firm", [("B", "label", "min")], (2028, "eind 2028")),
                "weakened", ["label"]),
        2027: V("Uiterlijk eind 2028 heeft het woningbezit van Ekkerhof in Brammerveld gemiddeld minimaal "
                "energielabel A.",
                F([C], "firm", [("A", "label", "min")], (2028, "Uiterlijk eind 2028")),
                "strengthened", ["label"]),
    }},
    {"key": "isolatie", "chapter": "du", "theme": DU, "versions": {
        2025: V("Ekkerhof isoleert in 2025 ten minste 180 woningen tot het niveau van de standaard voor "
                "woningisolatie.",
                F([C], "firm", [(180, "woningen", "min")], (2025, "in 2025"), True)),
        2026: V("Ekkerhof isoleert in 2026 ten minste 220 woningen tot het niveau van de standaard voor "
                "woningisolatie.",
                F([C], "firm", [(220, "woningen", "min")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Ekkerhof isoleert in 2027 ten minste 150 woningen tot het niveau van de standaard voor "
                "woningisolatie.",
                F([C], "firm", [(150, "woningen", "min")], (2027, "in 2027"), True),
                "weakened", ["quantity"]),
    }},
    {"key": "zonnepanelen", "chapter": "du", "theme": DU, "versions": {
        2025: V("Ekkerhof biedt de huurders van alle grondgebonden woningen zonnepanelen aan tegen een "
                "vergoeding van ten hoogste € 7,50 per maand.",
                F([C], "firm", [(7.5, "euro per maand", "max")])),
        2026: "same",
        2027: V("Ekkerhof biedt de huurders van grondgebonden woningen in de wijken Kloosterveld en Haverkamp "
                "zonnepanelen aan tegen een vergoeding van ten hoogste € 7,50 per maand.",
                F([C], "firm", [(7.5, "euro per maand", "max")]),
                "weakened", ["scope"]),
    }},
    {"key": "hybride-warmtepompen", "chapter": "du", "theme": DU, "versions": {
        2027: V("Ekkerhof plaatst in 2027 bij ten minste 120 woningen in de wijk Haverkamp een hybride "
                "warmtepomp.",
                F([C], "firm", [(120, "woningen", "min")], (2027, "in 2027"))),
    }},
    {"key": "wijkuitvoeringsplan-haverkamp", "chapter": "du", "theme": DU, "versions": {
        2025: V("De gemeente stelt in 2025 samen met Ekkerhof een wijkuitvoeringsplan op voor het aardgasvrij "
                "maken van de wijk Haverkamp.",
                F([G, C], "firm", [], (2025, "in 2025"))),
        2026: V("De gemeente verkent in 2026 samen met Ekkerhof of een wijkuitvoeringsplan voor het aardgasvrij "
                "maken van de wijk Haverkamp haalbaar is.",
                F([G, C], "explore", [], (2026, "in 2026")),
                "weakened", ["modality", "deadline"]),
    }},
    {"key": "energiecoaches", "chapter": "du", "theme": DU, "themes": [DU, BB], "versions": {
        2025: V("De gemeente zet in 2025 energiecoaches in die op verzoek kosteloos een huisbezoek afleggen bij "
                "huurders van Ekkerhof; Ekkerhof wijst haar huurders actief op dit aanbod.",
                F([G, C], "firm", [], (2025, "in 2025"), True)),
        2026: V("De gemeente zet in 2026 energiecoaches in die op verzoek kosteloos een huisbezoek afleggen bij "
                "huurders van Ekkerhof; Ekkerhof wijst haar huurders actief op dit aanbod.",
                F([G, C], "firm", [], (2026, "in 2026"), True),
                "reworded", [], "recurring_year"),
        2027: V("De gemeente zet in 2027 energiecoaches in die op verzoek kosteloos een huisbezoek afleggen bij "
                "huurders van Ekkerhof, mits de rijksmiddelen voor de aanpak van energiearmoede worden "
                "voortgezet; Ekkerhof wijst haar huurders actief op dit aanbod.",
                F([G, C], "firm", [], (2027, "in 2027"), True,
                  ["mits de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet"]),
                "weakened", ["condition"]),
    }},
    {"key": "klimaatadaptatie", "chapter": "du", "theme": DU, "versions": {
        2025: V("Ekkerhof onderzoekt bij renovatieprojecten de mogelijkheid om het regenwater af te koppelen en "
                "de tuinen te vergroenen.",
                F([C], "explore", [])),
        2026: V("Ekkerhof koppelt bij renovatieprojecten het regenwater af en legt per project ten minste één "
                "groene voorziening aan, zoals een geveltuin of een groen dak.",
                F([C], "firm", [(1, "groene voorzieningen", "min")]),
                "strengthened", ["modality"]),
        2027: "same",
    }},
    # ---------------------------------------------------------------- Kwaliteit
    {"key": "vocht-schimmel", "chapter": "kw", "theme": KW, "versions": {
        2025: V("Ekkerhof neemt binnen vijf werkdagen na een melding van vocht of schimmel contact op met de "
                "huurder en stelt binnen vier weken een plan van aanpak op.",
                F([C], "firm", [(5, "werkdagen", "max"), (4, "weken", "max")])),
        2026: "same",
        2027: V("Ekkerhof neemt binnen drie werkdagen na een melding van vocht of schimmel contact op met de "
                "huurder en stelt binnen vier weken een plan van aanpak op.",
                F([C], "firm", [(3, "werkdagen", "max"), (4, "weken", "max")]),
                "strengthened", ["quantity"]),
    }},
    {"key": "reparaties", "chapter": "kw", "theme": KW, "versions": {
        2025: V("Ekkerhof voert spoedreparaties binnen 24 uur uit en overige reparatieverzoeken binnen 15 "
                "werkdagen.",
                F([C], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
        2026: V("Ekkerhof voert spoedreparaties binnen 24 uur uit en overige reparatieverzoeken binnen 20 "
                "werkdagen.",
                F([C], "firm", [(24, "uur", "max"), (20, "werkdagen", "max")]),
                "weakened", ["quantity"]),
        2027: V("Spoedreparaties worden door Ekkerhof binnen 24 uur uitgevoerd, overige reparatieverzoeken "
                "binnen 20 werkdagen.",
                F([C], "firm", [(24, "uur", "max"), (20, "werkdagen", "max")]),
                "reworded", [], "same_figures"),
    }},
    {"key": "brandveiligheid", "chapter": "kw", "theme": KW, "versions": {
        2027: V("Ekkerhof controleert in 2027 in alle portiekflats of in elke woning werkende rookmelders "
                "aanwezig zijn.",
                F([C], "firm", [], (2027, "in 2027"), True)),
    }},
    {"key": "woningaanpassingen", "chapter": "kw", "theme": KW, "versions": {
        2025: V("Gemeente en Ekkerhof gaan in gesprek over de verdeling van de kosten van kleine "
                "woningaanpassingen die onder de Wmo vallen.",
                F([G, C], "discuss", [])),
        2026: V("Gemeente en Ekkerhof leggen in een convenant vast hoe de kosten van kleine woningaanpassingen "
                "die onder de Wmo vallen worden verdeeld.",
                F([G, C], "firm", []),
                "strengthened", ["modality"]),
        2027: V("In een convenant leggen gemeente en Ekkerhof vast hoe zij de kosten verdelen van kleine "
                "woningaanpassingen die onder de Wmo vallen.",
                F([G, C], "firm", []),
                "reworded", [], "same_figures"),
    }},
    {"key": "levensloopgeschikt-schaapsdrift", "chapter": "kw", "theme": KW, "versions": {
        2025: V("Ekkerhof maakt in 2025 en 2026 in totaal 60 bestaande woningen in het complex De Schaapsdrift "
                "levensloopgeschikt.",
                F([C], "firm", [(60, "woningen", "exact")], (2026, "in 2025 en 2026"))),
        2026: V("Ekkerhof maakt de resterende 28 woningen in het complex De Schaapsdrift uiterlijk medio 2026 "
                "levensloopgeschikt.",
                F([C], "firm", [(28, "woningen", "exact")], (2026, "uiterlijk medio 2026")),
                "strengthened", ["deadline"]),
    }},
    {"key": "geclusterd-wonen", "chapter": "kw", "theme": KW, "versions": {
        2025: V("Partijen verkennen de mogelijkheden voor een geclusterde woonvorm voor ouderen met een lichte "
                "zorgvraag in de kern Wilderdijk.",
                F([P], "explore", [])),
        2026: V("Partijen onderzoeken welke mogelijkheden er zijn voor een geclusterde woonvorm in de kern "
                "Wilderdijk voor ouderen met een lichte zorgvraag.",
                F([P], "explore", []),
                "reworded", [], "same_figures"),
        2027: V("Ekkerhof realiseert uiterlijk in 2029 in de kern Wilderdijk een geclusterde woonvorm met 16 "
                "woningen voor ouderen met een lichte zorgvraag.",
                F([C], "firm", [(16, "woningen", "exact")], (2029, "uiterlijk in 2029")),
                "strengthened", ["modality"]),
    }},
    {"key": "huisbezoek-75plus", "chapter": "kw", "theme": KW, "themes": [KW, LF], "versions": {
        2025: V("Ekkerhof legt in 2025 bij alle huurders van 75 jaar en ouder een huisbezoek af om hun "
                "woonwensen en eventuele aanpassingen aan de woning te bespreken.",
                F([C], "firm", [(75, "jaar", "min")], (2025, "in 2025"), True)),
    }},
    # ---------------------------------------------------------------- Leefbaarheid
    {"key": "leefbaarheidsbudget", "chapter": "lf", "theme": LF, "versions": {
        2025: V("Ekkerhof besteedt in 2025 € 140.000 aan leefbaarheid in haar wijken en complexen.",
                F([C], "firm", [(140000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: V("Ekkerhof besteedt in 2026 € 165.000 aan leefbaarheid in haar wijken en complexen.",
                F([C], "firm", [(165000, "euro", "exact")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Ekkerhof besteedt in 2027 € 165.000 aan leefbaarheid in haar wijken en complexen.",
                F([C], "firm", [(165000, "euro", "exact")], (2027, "in 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "wijkbeheerder", "chapter": "lf", "theme": LF, "versions": {
        2025: V("Ekkerhof zet in de wijken Oude Brink en Kloosterveld een wijkbeheerder in die ten minste drie "
                "dagdelen per week in de wijk aanwezig is.",
                F([C], "firm", [(3, "dagdelen per week", "min")])),
        2026: V("Ekkerhof zet in de wijken Oude Brink en Kloosterveld een wijkbeheerder in die minimaal 3 "
                "dagdelen per week in de wijk aanwezig is.",
                F([C], "firm", [(3, "dagdelen per week", "min")]),
                "reworded", [], "same_figures"),
        2027: V("Ekkerhof zet in de wijken Oude Brink en Kloosterveld een wijkbeheerder in die minimaal 2 "
                "dagdelen per week in de wijk aanwezig is.",
                F([C], "firm", [(2, "dagdelen per week", "min")]),
                "weakened", ["quantity"]),
    }},
    {"key": "zachte-landing", "chapter": "lf", "theme": LF, "versions": {
        2025: V("Partijen bieden kwetsbare huurders die uitstromen uit een instelling een zachte landing door "
                "binnen vier weken na de sleuteloverdracht samen een huisbezoek af te leggen.",
                F([P], "firm", [(4, "weken", "max")])),
        2026: V("Partijen bieden kwetsbare huurders die uitstromen uit een instelling een zachte landing door "
                "binnen vier weken na de sleuteloverdracht samen een huisbezoek af te leggen, voor zover de "
                "capaciteit van het sociaal wijkteam dat toelaat.",
                F([P], "firm", [(4, "weken", "max")], None, False,
                  ["voor zover de capaciteit van het sociaal wijkteam dat toelaat"]),
                "weakened", ["condition"]),
        2027: V("Partijen bieden kwetsbare huurders die uitstromen uit een instelling een zachte landing door "
                "binnen vier weken na de sleuteloverdracht altijd samen een huisbezoek af te leggen.",
                F([P], "firm", [(4, "weken", "max")]),
                "strengthened", ["condition"]),
    }},
    {"key": "buurtbemiddeling", "chapter": "lf", "theme": LF, "versions": {
        2025: V("De gemeente financiert in 2025 buurtbemiddeling in heel Brammerveld; Ekkerhof draagt daaraan "
                "€ 12.000 bij.",
                F([G, C], "firm", [(12000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: V("De gemeente financiert in 2026 buurtbemiddeling in heel Brammerveld; Ekkerhof draagt daaraan "
                "€ 12.000 bij.",
                F([G, C], "firm", [(12000, "euro", "exact")], (2026, "in 2026"), True),
                "reworded", [], "recurring_year"),
        2027: V("De gemeente financiert in 2027 buurtbemiddeling in heel Brammerveld; Ekkerhof draagt daaraan "
                "€ 10.000 bij.",
                F([G, C], "firm", [(10000, "euro", "exact")], (2027, "in 2027"), True),
                "weakened", ["quantity"]),
    }},
    {"key": "bewonersinitiatieven", "chapter": "lf", "theme": LF, "versions": {
        2025: V("Ekkerhof ondersteunt bewonersinitiatieven in haar complexen met een bijdrage van ten hoogste "
                "€ 1.500 per initiatief.",
                F([C], "firm", [(1500, "euro", "max")])),
        2026: "same",
        2027: V("Ekkerhof ondersteunt bewonersinitiatieven in haar complexen met een bijdrage van ten hoogste "
                "€ 1.500 per initiatief, mits het initiatief door ten minste vijf huishoudens wordt gedragen.",
                F([C], "firm", [(1500, "euro", "max")], None, False,
                  ["mits het initiatief door ten minste vijf huishoudens wordt gedragen"]),
                "weakened", ["condition"]),
    }},
    {"key": "ontmoetingsruimte", "chapter": "lf", "theme": LF, "versions": {
        2026: V("Ekkerhof stelt in het complex De Schaapsdrift een ontmoetingsruimte beschikbaar voor "
                "activiteiten die eenzaamheid onder bewoners tegengaan.",
                F([C], "firm", [])),
        2027: V("Ekkerhof stelt in de complexen De Schaapsdrift en Molenhof een ontmoetingsruimte beschikbaar "
                "voor activiteiten die eenzaamheid onder bewoners tegengaan.",
                F([C], "firm", []),
                "strengthened", ["scope"]),
    }},
    # ---------------------------------------------------------------- Proces
    {"key": "monitoring", "chapter": "pr", "theme": OV, "versions": {
        2025: V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het tripartiete "
                "bestuurlijk overleg.",
                F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
        2026: "same",
        2027: "same",
    }},
    {"key": "dashboard", "chapter": "pr", "theme": OV, "versions": {
        2026: V("Ekkerhof levert vanaf 2026 elk kwartaal de kerncijfers over toewijzing, wachttijden en "
                "huurachterstanden aan via een gezamenlijk dashboard.",
                F([C], "firm", [(4, "keer per jaar", "exact")], None, True)),
        2027: V("Ekkerhof levert vanaf 2026 elk halfjaar de kerncijfers over toewijzing, wachttijden en "
                "huurachterstanden aan via een gezamenlijk dashboard.",
                F([C], "firm", [(2, "keer per jaar", "exact")], None, True),
                "weakened", ["quantity"]),
    }},
    {"key": "bod", "chapter": "pr", "theme": OV, "versions": {
        2025: V("Ekkerhof stuurt vóór 1 juli 2025 haar bod op de woonvisie aan de gemeente en aan "
                "Huurdersbelang Brammerveld.",
                F([C], "firm", [], (2025, "vóór 1 juli 2025"), True)),
        2026: V("Ekkerhof stuurt vóór 1 juli 2026 haar bod op de woonvisie aan de gemeente en aan "
                "Huurdersbelang Brammerveld.",
                F([C], "firm", [], (2026, "vóór 1 juli 2026"), True),
                "reworded", [], "recurring_year"),
        2027: V("Ekkerhof stuurt vóór 1 juli 2027 haar bod op de woonvisie aan de gemeente en aan "
                "Huurdersbelang Brammerveld.",
                F([C], "firm", [], (2027, "vóór 1 juli 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "ondersteuning-huurders", "chapter": "pr", "theme": OV, "versions": {
        2025: V("Ekkerhof stelt Huurdersbelang Brammerveld in 2025 een budget van € 9.000 beschikbaar voor "
                "scholing en onafhankelijk advies bij de prestatieafspraken.",
                F([C], "firm", [(9000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: V("Ekkerhof stelt Huurdersbelang Brammerveld in 2026 een budget van € 10.500 beschikbaar voor "
                "scholing en onafhankelijk advies bij de prestatieafspraken.",
                F([C], "firm", [(10500, "euro", "exact")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Ekkerhof stelt Huurdersbelang Brammerveld in 2027 een budget van € 10.500 beschikbaar voor "
                "scholing en onafhankelijk advies bij de prestatieafspraken.",
                F([C], "firm", [(10500, "euro", "exact")], (2027, "in 2027"), True),
                "reworded", [], "recurring_year"),
    }},
    {"key": "geschillen", "chapter": "pr", "theme": OV, "versions": {
        2025: V("Bij een geschil over de uitvoering van deze afspraken schakelen partijen eerst een "
                "onafhankelijke bemiddelaar in, voordat een van hen het geschil aan de minister voorlegt.",
                F([P], "firm", [], None, False, ["bij een geschil over de uitvoering van deze afspraken"])),
        2026: "same",
        2027: "same",
    }},
    {"key": "woonvisie-actualisatie", "chapter": "pr", "theme": OV, "versions": {
        2025: V("De gemeente actualiseert in 2025 de woonvisie en betrekt Ekkerhof en Huurdersbelang "
                "Brammerveld vanaf de start bij het opstellen ervan.",
                F([G], "firm", [], (2025, "in 2025"))),
    }},
]

# ====================================================================== surrounding text (never afspraken)

RV_META = {
    2025: {"vergadering": "18 december 2024", "agendapunt": "9", "collegebesluit": "26 november 2024",
           "zaak": "Z/24/118342", "wethouder": "M.J. Tolsma", "getekend": "9 december 2024",
           "bod": "27 juni 2024"},
    2026: {"vergadering": "17 december 2025", "agendapunt": "11", "collegebesluit": "25 november 2025",
           "zaak": "Z/25/131907", "wethouder": "M.J. Tolsma", "getekend": "8 december 2025",
           "bod": "30 juni 2025"},
    2027: {"vergadering": "16 december 2026", "agendapunt": "8", "collegebesluit": "24 november 2026",
           "zaak": "Z/26/140215", "wethouder": "R. Ouwerkerk", "getekend": "7 december 2026",
           "bod": "26 juni 2026"},
}

BESLUIT3 = {
    2025: "De gemeentelijke bijdrage van € 45.000 aan de inzet van energiecoaches in 2025 te dekken uit de "
          "Reserve Wonen en de begroting 2025 overeenkomstig te wijzigen.",
    2026: "In te stemmen met het hanteren van een sociale grondprijs van € 19.500 per woning voor de twee "
          "bouwkavels aan de Spoorzone-West en het nadeel van € 212.000 ten laste te brengen van de Reserve "
          "Grondzaken.",
    2027: "De gemeentelijke bijdragen aan energiecoaches en buurtbemiddeling van in totaal € 82.000 op te nemen "
          "in de tweede begrotingswijziging 2027.",
}

INLEIDING = {
    2025: ["Gemeente, woningcorporatie en huurdersorganisatie maken op grond van de Woningwet jaarlijks "
           "afspraken over de bijdrage van de corporatie aan het lokale volkshuisvestingsbeleid. Woonstichting "
           "Ekkerhof heeft op {bod} haar bod op de Woonvisie Brammerveld 2024-2030 uitgebracht. Op basis van dat "
           "bod hebben partijen in vier tripartiete overleggen de Prestatieafspraken {year} opgesteld.",
           "Met dit voorstel informeren wij u over de inhoud van de afspraken en vragen wij uw instemming met de "
           "financiële gevolgen voor de gemeente."],
    2026: ["Ieder jaar maken de gemeente Brammerveld, Woonstichting Ekkerhof en Huurdersbelang Brammerveld "
           "afspraken over wonen in onze gemeente. Het bod van Ekkerhof is op {bod} ontvangen. In september en "
           "oktober is in drie tripartiete sessies over de nieuwe afspraken onderhandeld.",
           "De afspraken zijn op {getekend} door de drie partijen ondertekend. Wij bieden u de afspraken ter "
           "kennisname aan, samen met de monitor over het afgelopen jaar."],
    2027: ["Na de gemeenteraadsverkiezingen van maart 2026 is het coalitieakkoord ‘Samen bouwen aan "
           "Brammerveld’ vastgesteld, waarin betaalbaar wonen een speerpunt is. Ekkerhof bracht op {bod} haar "
           "bod uit. Daarna zijn de Prestatieafspraken {year} in overleg met Huurdersbelang Brammerveld "
           "opgesteld.",
           "Dit raadsvoorstel bevat de afspraken voor {year} en een terugblik op de afspraken van {prev}."],
}

ARGUMENTEN = {
    2025: [
        ("De afspraken dragen bij aan de doelen van de woonvisie",
         "De woonvisie vraagt om meer sociale huurwoningen en om betaalbaarheid voor huishoudens met een laag "
         "inkomen. Met de nieuwbouw in Kloosterakker groeit de sociale voorraad in de hoofdkern. De gemeente "
         "wil daarnaast sturen op een evenwichtige verdeling van kwetsbare huishoudens over de wijken."),
        ("De huurders zijn als gelijkwaardige partij betrokken",
         "Huurdersbelang Brammerveld heeft vanaf het begin aan tafel gezeten. De inbreng van de huurders is "
         "vooral zichtbaar in de afspraken over huurverhoging, vocht en schimmel en de vergoeding voor "
         "zonnepanelen."),
        ("De raad kan de voortgang volgen",
         "Bijlage 2 bevat de stand van zaken van de afspraken over 2024. Het college informeert de raad "
         "voortaan twee keer per jaar over de voortgang van de prestatieafspraken."),
    ],
    2026: [
        ("De afspraken geven invulling aan de opgave uit de woonvisie",
         "Met de afspraken over Kloosterakker, Molenerf en de Spoorzone-West werkt de gemeente aan een "
         "groei van circa 90 sociale huurwoningen in de komende jaren. Dat is minder dan de woonvisie "
         "vraagt, maar past binnen de financiële ruimte van Ekkerhof."),
        ("Betaalbaarheid staat voorop",
         "Huurders hebben de afgelopen jaren te maken gehad met forse huurstijgingen. De lagere maximale "
         "huurverhoging en de snellere melding van huurachterstanden zijn daarom belangrijke winstpunten."),
        ("De raad wordt betrokken bij de uitvoering",
         "De monitor in bijlage 2 laat zien welke afspraken in 2025 zijn uitgevoerd en welke niet. De "
         "raadscommissie Ruimte ontvangt in het voorjaar een mondelinge toelichting."),
    ],
    2027: [
        ("De afspraken passen bij het nieuwe coalitieakkoord",
         "Het coalitieakkoord zet in op snellere woningbouw en op voorrang voor jongeren uit Brammerveld. "
         "Nieuw in de afspraken zijn een toewijzingsafspraak voor starters en een onderzoek naar flexwonen."),
        ("Verduurzaming blijft op koers",
         "Ekkerhof heeft in 2026 alle woningen met energielabel E, F of G verbeterd. Het isolatietempo ligt "
         "in 2027 lager door de beperkte capaciteit bij aannemers."),
        ("Partijen blijven de voortgang gezamenlijk volgen",
         "De monitor over 2026 is als bijlage 2 bijgevoegd. Het college stuurt de raad in juni een "
         "tussenstand."),
    ],
}

KANTTEKENINGEN = {
    2025: "Ekkerhof heeft aangegeven dat de financiële ruimte na 2026 beperkt is door stijgende bouw- en "
          "rentekosten. Afspraken over nieuwbouw na 2026 worden daarom pas in latere jaren concreet gemaakt. "
          "Ook is nog niet zeker of de rijksbijdrage voor de aanpak van energiearmoede na 2025 doorloopt.",
    2026: "Niet alle wensen van de gemeente zijn in de afspraken terechtgekomen. Zo was de gemeente voorstander "
          "van een vaste verhuisregeling voor senioren per 2026; Ekkerhof wil eerst de kosten beter in beeld "
          "brengen. Het gemiddelde labeldoel voor 2028 is op verzoek van Ekkerhof bijgesteld.",
    2027: "De nieuwbouw in Kloosterakker valt met 42 woningen kleiner uit dan eerder afgesproken. Daarnaast is "
          "de bijdrage aan energiecoaches afhankelijk van de voortzetting van rijksmiddelen. Huurdersbelang "
          "Brammerveld heeft zorgen geuit over de beperking van de zonnepanelenregeling tot twee wijken.",
}

FINANCIEN = {
    2025: "De gemeentelijke bijdragen in deze afspraken bedragen in 2025 € 45.000 voor energiecoaches en "
          "€ 38.000 voor buurtbemiddeling. De bijdrage voor buurtbemiddeling is al in de begroting opgenomen.",
    2026: "Het verschil tussen de marktwaarde van de kavels aan de Spoorzone-West en de sociale grondprijs "
          "bedraagt € 212.000. De overige gemeentelijke bijdragen passen binnen de begroting 2026.",
    2027: "De gemeentelijke bijdragen voor 2027 bedragen € 44.000 voor energiecoaches en € 38.000 voor "
          "buurtbemiddeling, in totaal € 82.000.",
}

VERVOLG = {
    2025: "Na uw kennisname publiceert Ekkerhof de afspraken op haar website. In mei 2025 ontvangt u de eerste "
          "tussenrapportage.",
    2026: "De afspraken worden gepubliceerd op de websites van de gemeente en van Ekkerhof. Partijen starten in "
          "het voorjaar van 2026 met de voorbereiding van de afspraken voor 2027.",
    2027: "Na behandeling in de raad worden de afspraken gepubliceerd. Het college informeert u in juni 2027 "
          "over de voortgang.",
}

B1_INTRO = {
    2025: ["Deze prestatieafspraken gelden van 1 januari {year} tot en met 31 december {year}. Ze bouwen voort "
           "op de Woonvisie Brammerveld 2024-2030 en op het bod dat Ekkerhof op {bod} heeft uitgebracht.",
           "In {prev} heeft Ekkerhof 36 nieuwe sociale huurwoningen opgeleverd in het plan De Heerd en 148 "
           "woningen geïsoleerd. De afspraken zijn per thema geordend; elk hoofdstuk begint met een korte "
           "toelichting, gevolgd door de genummerde afspraken."],
    2026: ["Deze afspraken gelden voor het kalenderjaar {year}. Zij zijn gebaseerd op de woonvisie, het bod "
           "van Ekkerhof van {bod} en de uitkomsten van de monitor over {prev} (bijlage 2 bij het "
           "raadsvoorstel).",
           "In {prev} zijn de gevolgen van de hoge bouwkosten en de netcongestie goed merkbaar geweest. Partijen "
           "hebben daarom een aantal afspraken bijgesteld. De genummerde afspraken zijn de afspraken waaraan "
           "partijen zich binden; de toelichtingen zijn ter informatie."],
    2027: ["Deze prestatieafspraken hebben betrekking op het jaar {year}. Partijen hebben bij het opstellen "
           "rekening gehouden met het nieuwe coalitieakkoord en met de herziene woonvisie.",
           "In {prev} is het complex De Schaapsdrift levensloopgeschikt gemaakt en heeft Ekkerhof de laatste "
           "woningen met een slecht energielabel verbeterd. Alleen de genummerde afspraken gelden als "
           "prestatieafspraak."],
}

PARTIJEN = [
    "De gemeente Brammerveld, vertegenwoordigd door de wethouder Wonen, {wethouder};",
    "Woonstichting Ekkerhof, gevestigd te Brammerveld, vertegenwoordigd door de directeur-bestuurder, "
    "ir. C.A. van Dijkhuizen;",
    "Huurdersbelang Brammerveld, vertegenwoordigd door de voorzitter, J. Koppelaar-Smit.",
]

SIGNATORIES = [
    ("Gemeente Brammerveld", "{wethouder}", "wethouder Wonen"),
    ("Woonstichting Ekkerhof", "ir. C.A. van Dijkhuizen", "directeur-bestuurder"),
    ("Huurdersbelang Brammerveld", "J. Koppelaar-Smit", "voorzitter"),
]

MONITOR_INTRO = {
    2025: "Deze monitor geeft de stand van zaken per 1 november {prev} van de belangrijkste afspraken uit de "
          "Prestatieafspraken {prev}. Nummers verwijzen naar de nummering in dat document.",
    2026: "Stand van zaken per 1 november {prev} van de afspraken met een concreet resultaat uit de "
          "Prestatieafspraken {prev}. Nummers verwijzen naar de nummering in dat document.",
    2027: "Stand van zaken per 1 november {prev} van de afspraken met een concreet resultaat uit de "
          "Prestatieafspraken {prev}. Nummers verwijzen naar de nummering in dat document.",
}

# monitor rows: (number or key, short description, stand van zaken, status)
MONITOR = {
    2025: [
        ("1.1", "Nieuwbouw De Heerd: 36 sociale huurwoningen", "Opgeleverd in september 2024.", "Gerealiseerd"),
        ("1.3", "Verkoop maximaal 12 woningen", "9 woningen verkocht, alle bij mutatie.", "Gerealiseerd"),
        ("1.4", "Huurverhoging gemiddeld maximaal 5,8%", "Gemiddelde huurverhoging per 1 juli 2024 was 5,3%.",
         "Gerealiseerd"),
        ("1.6", "Huisvesting 35 vergunninghouders",
         "Tot 1 november 30 vergunninghouders gehuisvest; de rest volgt in december.", "Op schema"),
        ("1.8", "Melding huurachterstand na drie maanden", "Werkwijze ingevoerd; 57 meldingen gedaan.",
         "Gerealiseerd"),
        ("1.9", "Verkenning verhuisregeling senioren", "Uitgangspunten besproken; start voorzien in 2025.",
         "Vertraagd"),
        ("2.1", "Isolatie 160 woningen", "148 woningen geïsoleerd; 12 schuiven door naar januari 2025.",
         "Vertraagd"),
        ("2.3", "Pilot zonnepanelen Kloosterveld", "110 woningen voorzien van zonnepanelen.", "Gerealiseerd"),
        ("2.5", "Uitwerking Transitievisie Warmte", "Haverkamp aangewezen als eerste wijk.", "Op schema"),
        ("3.1", "Aanpak vocht en schimmel", "Nieuw meldproces sinds 1 maart 2024.", "Gerealiseerd"),
        ("3.3", "Voorbereiding aanpassing De Schaapsdrift", "Ontwerp gereed; uitvoering in 2025 en 2026.",
         "Op schema"),
        ("4.1", "Leefbaarheidsbudget € 130.000", "€ 126.400 besteed.", "Gerealiseerd"),
        ("4.2", "Wijkbeheerder Oude Brink", "Sinds april 2024 aanwezig.", "Gerealiseerd"),
        ("5.2", "Bod vóór 1 juli 2024", "Bod ontvangen op 27 juni 2024.", "Gerealiseerd"),
        ("5.3", "Budget Huurdersbelang € 8.000", "Volledig beschikbaar gesteld.", "Gerealiseerd"),
    ],
    2026: [
        ("nieuwbouw-kloosterakker", "Kloosterakker: 48 sociale huurwoningen, oplevering eind 2026",
         "Bouw gestart in mei 2025; door netcongestie schuift de oplevering naar medio 2027.", "Vertraagd"),
        ("nieuwbouw-molenerf", "Onderzoek Molenerf, 20 tot 24 woningen",
         "Haalbaarheid aangetoond; besluit raad van commissarissen in september 2025.", "Gerealiseerd"),
        ("verkoop", "Verkoop maximaal 10 woningen", "8 woningen verkocht.", "Gerealiseerd"),
        ("huurverhoging", "Huurverhoging maximaal 4,5%", "Gemiddelde huurverhoging per 1 juli 2025: 4,1%.",
         "Gerealiseerd"),
        ("vergunninghouders", "Huisvesting 38 vergunninghouders", "34 vergunninghouders gehuisvest.",
         "Op schema"),
        ("uitstroom-bw-mo", "8 woningen voor uitstroom", "9 woningen toegewezen.", "Gerealiseerd"),
        ("huurachterstand", "Melding bij twee maanden achterstand",
         "112 meldingen; in 96 gevallen contact binnen vijf werkdagen.", "Gerealiseerd"),
        ("doorstroming-senioren", "Verhuisregeling senioren per 1 april 2025",
         "Niet gestart; de uitvoeringskosten vielen hoger uit dan verwacht.", "Niet gerealiseerd"),
        ("labels-efg", "64 woningen met label E, F of G verbeteren", "42 woningen verbeterd, 22 resteren.",
         "Op schema"),
        ("isolatie", "Isolatie 180 woningen", "191 woningen geïsoleerd.", "Gerealiseerd"),
        ("wijkuitvoeringsplan-haverkamp", "Wijkuitvoeringsplan Haverkamp",
         "Niet opgesteld; de komst van een warmtenet is onzeker.", "Niet gerealiseerd"),
        ("levensloopgeschikt-schaapsdrift", "60 woningen De Schaapsdrift levensloopgeschikt",
         "32 woningen gereed.", "Op schema"),
        ("huisbezoek-75plus", "Huisbezoeken huurders 75 jaar en ouder", "412 huisbezoeken afgelegd.",
         "Gerealiseerd"),
        ("leefbaarheidsbudget", "Leefbaarheidsbudget € 140.000", "€ 137.900 besteed.", "Gerealiseerd"),
        ("woonvisie-actualisatie", "Actualisatie woonvisie",
         "Concept gereed; vaststelling door de raad in februari 2026.", "Vertraagd"),
        ("bod", "Bod vóór 1 juli 2025", "Bod ontvangen op 30 juni 2025.", "Gerealiseerd"),
        ("ondersteuning-huurders", "Budget Huurdersbelang € 9.000", "Beschikbaar gesteld.", "Gerealiseerd"),
    ],
    2027: [
        ("nieuwbouw-kloosterakker", "Kloosterakker: 48 woningen, oplevering medio 2027",
         "Ruwbouw gereed; door een gewijzigde verkaveling worden het 42 woningen.", "Op schema"),
        ("nieuwbouw-molenerf", "Start bouw Molenerf", "Bouw gestart op 14 april 2026.", "Gerealiseerd"),
        ("grondprijs-spoorzone", "Inbreng twee kavels Spoorzone-West", "Grondexploitatie nog niet vastgesteld.",
         "Vertraagd"),
        ("verkoop", "Verkoop maximaal 14 woningen", "11 woningen verkocht.", "Gerealiseerd"),
        ("vergunninghouders", "Huisvesting 44 vergunninghouders", "40 vergunninghouders gehuisvest.",
         "Op schema"),
        ("doorstroming-senioren", "Onderzoek verhuisregeling senioren",
         "Onderzoek afgerond; de regeling gaat per 1 januari 2027 in.", "Gerealiseerd"),
        ("labels-efg", "Laatste 22 woningen met label E, F of G", "Alle 22 woningen verbeterd.",
         "Gerealiseerd"),
        ("isolatie", "Isolatie 220 woningen", "203 woningen geïsoleerd; capaciteit aannemer beperkt.",
         "Vertraagd"),
        ("wijkuitvoeringsplan-haverkamp", "Verkenning wijkuitvoeringsplan Haverkamp",
         "Afgerond; gekozen is voor hybride warmtepompen.", "Gerealiseerd"),
        ("levensloopgeschikt-schaapsdrift", "Resterende 28 woningen De Schaapsdrift", "Opgeleverd in juni 2026.",
         "Gerealiseerd"),
        ("woningaanpassingen", "Convenant woningaanpassingen Wmo", "Convenant getekend op 3 september 2026.",
         "Gerealiseerd"),
        ("leefbaarheidsbudget", "Leefbaarheidsbudget € 165.000", "€ 158.200 besteed.", "Gerealiseerd"),
        ("ontmoetingsruimte", "Ontmoetingsruimte De Schaapsdrift", "In gebruik sinds oktober 2026.",
         "Gerealiseerd"),
        ("dashboard", "Dashboard kerncijfers per kwartaal",
         "Twee rapportages geleverd; een kwartaalcyclus bleek te zwaar.", "Vertraagd"),
        ("bod", "Bod vóór 1 juli 2026", "Bod ontvangen op 26 juni 2026.", "Gerealiseerd"),
        ("ondersteuning-huurders", "Budget Huurdersbelang € 10.500", "Beschikbaar gesteld.", "Gerealiseerd"),
    ],
}
