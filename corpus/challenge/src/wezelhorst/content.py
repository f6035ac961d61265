# -*- coding: utf-8 -*-
"""Content of the wezelhorst family (fictional): prestatieafspraken 2025 and 2026 and the bod of
Wezelhof Wonen preceding 2026.  Footnote references are written as word[[key]] inside afspraak texts."""

GEMEENTE = "Wezelhorst"
CORPS = ["Wezelhof Wonen", "Woonstichting Beemdland"]
HUURDERS = ["Huurdersplatform Wezelhorst"]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")


def a(key, nr, text, wie, wanneer, themes, actors, mod, q=(), dl=None, rec=False, cond=()):
    if isinstance(themes, str):
        themes = [themes]
    quants = []
    for t in q:
        if len(t) == 3:
            quants.append({"value": t[0], "unit": t[1], "comparator": t[2], "value_max": None})
        else:
            quants.append({"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3]})
    return {"key": key, "number": nr, "text": text, "wie": wie, "wanneer": wanneer,
            "theme": themes[0], "themes": list(themes),
            "frame": {"actors": list(actors), "modality": mod, "quantities": quants,
                      "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
                      "recurring": rec, "conditions": list(cond)}}


# ----------------------------------------------------------------------------------------------
# Footnotes (numbered per document in order of first reference)
FOOTNOTES = {
    "sociaal": "Onder een sociale huurwoning wordt in deze afspraken verstaan een zelfstandige huurwoning met een "
               "aanvangshuur tot en met de huurtoeslaggrens.",
    "woondeal": "Woondeal Regio Wezeldal 2022-2030, ondertekend door de regiogemeenten, de provincie en het Rijk.",
    "taak": "De taakstelling wordt per halfjaar door het Rijk vastgesteld en aan de gemeente bekendgemaakt.",
    "passend": "Conform artikel 46 van de Woningwet; de percentages worden jaarlijks in de monitor verantwoord.",
    "efg": "Peildatum is de stand in het energielabelregister op 31 december van het voorgaande jaar.",
    "warmte": "Zie de Transitievisie Warmte Wezelhorst (vastgesteld door de raad in 2022).",
    "leef": "Binnen de grens die de Woningwet en het BTIV stellen aan uitgaven voor leefbaarheid.",
    "hpw": "De bijdrage wordt verdeeld naar rato van het aantal woningen per corporatie in Wezelhorst.",
    "vroeg": "Conform het Convenant Vroegsignalering Schulden Wezelhorst.",
    "zorgkaart": "De wonen-zorgkaart is een bijlage bij de Woonvisie Wezelhorst.",
}

# ----------------------------------------------------------------------------------------------
# Agreement 2025
A2025 = [
    {"ch": "3 Voldoende en passende woningen", "thema": "Beschikbaarheid",
     "intro": [
         "De woningmarkt in Wezelhorst staat onder druk. De wachttijd voor een sociale huurwoning is in de "
         "afgelopen jaren opgelopen en vooral starters en senioren die kleiner willen wonen vinden moeilijk een "
         "passende woning. In de regionale woondeal is vastgelegd dat Wezelhorst tot en met 2030 een substantieel "
         "aandeel betaalbare woningen toevoegt. De onderstaande afspraken geven invulling aan die opgave."],
     "rows": [
         a("nieuwbouw-wezelhof", "1.1",
           "Wezelhof Wonen realiseert in 2025 ten minste 64 sociale huurwoningen[[sociaal]], waarvan 40 in het plan "
           "Kanaalzone en 24 in de kern Oud-Wezel.",
           "Wezelhof Wonen", "2025", B, ["corporatie"], "firm",
           [(64, "woningen", "min"), (40, "woningen", "exact"), (24, "woningen", "exact")], (2025, "in 2025")),
         a("nieuwbouw-beemdland", "1.2",
           "Beemdland start in het vierde kwartaal van 2025 met de bouw van 36 appartementen voor senioren aan de "
           "Molenakker, onder voorbehoud van het onherroepelijk worden van het bestemmingsplan.",
           "Beemdland", "Q4 2025", B, ["corporatie"], "firm", [(36, "woningen", "exact")],
           (2025, "in het vierde kwartaal van 2025"),
           cond=["onder voorbehoud van het onherroepelijk worden van het bestemmingsplan"]),
         a("plancapaciteit", "1.3",
           "De gemeente zet zich in om voldoende bouwlocaties beschikbaar te stellen voor de realisatie van ten "
           "minste 150 sociale huurwoningen in de periode tot en met 2030, conform de afspraken in de regionale "
           "woondeal[[woondeal]].",
           "Gemeente", "t/m 2030", B, ["gemeente"], "intent", [(150, "woningen", "min")],
           (2030, "tot en met 2030")),
         a("grondprijs", "1.4",
           "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 21.500 per woning "
           "(prijspeil 2025), exclusief btw.",
           "Gemeente", "doorlopend", B, ["gemeente"], "firm", [(21500, "euro", "exact")]),
         a("verkoop", "1.5",
           "De corporaties verkopen in 2025 gezamenlijk maximaal 12 bestaande huurwoningen; verkochte woningen "
           "worden in de eerste plaats aangeboden aan zittende huurders en starters uit Wezelhorst.",
           "Corporaties", "2025", B, ["corporatie"], "firm", [(12, "woningen", "max")], (2025, "in 2025")),
         a("liberalisatie", "1.6",
           "De corporaties liberaliseren gedurende de looptijd van deze afspraken geen sociale huurwoningen.",
           "Corporaties", "2025", B, ["corporatie"], "firm", [(0, "woningen", "max")]),
         a("statushouders", "1.7",
           "Partijen spannen zich gezamenlijk in om de taakstelling voor de huisvesting van vergunninghouders te "
           "realiseren; voor het eerste halfjaar van 2025 bedraagt deze 27 personen[[taak]].",
           "Partijen", "doorlopend", B, ["partijen"], "intent", [(27, "personen", "exact")],
           (2025, "eerste halfjaar van 2025"), rec=True),
         a("tijdelijke-woningen", "1.8",
           "Partijen onderzoeken of op het terrein van de voormalige gemeentewerf aan de Havenstraat tijdelijke "
           "woningen voor spoedzoekers kunnen worden geplaatst en bespreken de uitkomst in het najaarsoverleg.",
           "Partijen", "Q3 2025", B, ["partijen"], "explore", dl=(2025, "Q3 2025")),
         a("doorstroming-senioren", "1.9",
           "Partijen maken in 2025 afspraken over een doorstroomregeling voor senioren die een eengezinswoning "
           "achterlaten.",
           "Partijen", "2025", B, ["partijen"], "discuss", dl=(2025, "in 2025")),
     ]},
    {"ch": "4 Betaalbaar wonen", "thema": "Betaalbaarheid",
     "intro": [
         "Betaalbaarheid blijft voor veel huurders in Wezelhorst een zorg. Hoewel de energieprijzen zijn gedaald, "
         "geeft een groeiend aantal huishoudens aan moeite te hebben met het betalen van de vaste lasten. Partijen "
         "willen huurachterstanden vroeg signaleren en huisuitzettingen zoveel mogelijk voorkomen."],
     "rows": [
         a("huurverhoging", "2.1",
           "De corporaties beperken de jaarlijkse huurverhoging per 1 juli 2025 voor sociale huurwoningen tot "
           "maximaal de inflatie, met inachtneming van de door het Rijk vastgestelde maximale huursomstijging.",
           "Corporaties", "1 juli 2025", B, ["corporatie"], "firm", [], (2025, "per 1 juli 2025"), rec=True),
         a("huurachterstand", "2.2",
           "De corporaties nemen bij een huurachterstand van twee maanden persoonlijk contact op met de huurder en "
           "melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de "
           "gemeente[[vroeg]].",
           "Corporaties", "doorlopend", B, ["corporatie"], "firm", [(2, "maanden", "exact")]),
         a("huisuitzettingen", "2.3",
           "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot "
           "maximaal drie.",
           "Partijen", "doorlopend", B, ["partijen"], "intent", [(3, "huisuitzettingen", "max")],
           (2025, "in 2025")),
         a("passend-toewijzen", "2.4",
           "De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan "
           "huishoudens met recht op huurtoeslag[[passend]].",
           "Corporaties", "doorlopend", B, ["corporatie"], "firm", [(95, "%", "min")]),
         a("urgenties", "2.5",
           "De gemeente stelt vóór 1 april 2025 een overzicht op van de in het voorgaande jaar verleende urgenties "
           "en deelt dit met de corporaties en het Huurdersplatform.",
           "Gemeente", "jaarlijks", B, ["gemeente"], "firm", dl=(2025, "vóór 1 april 2025"), rec=True),
         a("wachttijd-starters", "2.6",
           "Partijen streven ernaar de gemiddelde inschrijfduur van starters bij toewijzing van een sociale "
           "huurwoning te beperken tot maximaal 5 jaar.",
           "Partijen", "jaarlijks", B, ["partijen"], "intent", [(5, "jaar", "max")]),
         a("vrije-toewijzing", "2.7",
           "Wezelhof Wonen en Beemdland zetten de vrije toewijzingsruimte in voor maximaal 15% van de toewijzingen "
           "ten behoeve van lokaal maatwerk, waarbij voorrang wordt gegeven aan jongeren met binding aan "
           "Wezelhorst.",
           "Corporaties", "jaarlijks", B, ["corporatie"], "firm", [(15, "%", "max")]),
     ]},
    {"ch": "5 Verduurzaming en klimaat", "thema": "Duurzaamheid",
     "intro": [
         "Met de Nationale Prestatieafspraken is afgesproken dat er eind 2028 geen huurwoningen met een E-, F- of "
         "G-label meer zijn. Beide corporaties liggen op koers. Tegelijk vraagt de warmtetransitie in de "
         "Kanaalzone om een zorgvuldige afstemming tussen gemeente, corporaties en huurders."],
     "rows": [
         a("labels-efg", "3.1",
           "Wezelhof Wonen verbetert de 70 woningen met energielabel E, F of G die eind 2024 nog in bezit waren "
           "uiterlijk eind 2026 tot ten minste label B[[efg]].",
           "Wezelhof Wonen", "eind 2026", D, ["corporatie"], "firm",
           [(70, "woningen", "exact"), ("B", "label", "min")], (2026, "uiterlijk eind 2026")),
         a("label-beemdland", "3.2",
           "Beemdland brengt het gemiddelde energielabel van haar woningbezit in Wezelhorst uiterlijk eind 2027 naar "
           "label B.",
           "Beemdland", "eind 2027", D, ["corporatie"], "firm", [("B", "label", "exact")],
           (2027, "uiterlijk eind 2027")),
         a("na-isolatie", "3.3",
           "De corporaties voeren in 2025 bij ten minste 180 woningen na-isolatie van spouwmuur, vloer en dak uit, "
           "zonder huurverhoging voor de zittende huurders.",
           "Corporaties", "2025", D, ["corporatie"], "firm", [(180, "woningen", "min")], (2025, "in 2025")),
         a("zonnepanelen", "3.4",
           "Beemdland biedt de huurders van alle complexen met grondgebonden woningen zonnepanelen aan tegen een "
           "maandelijkse vergoeding die lager is dan de gemiddelde besparing op de energierekening.",
           "Beemdland", "2025", D, ["corporatie"], "firm"),
         a("warmtenet", "3.5",
           "Partijen werken mee aan de aansluiting van de wijk Kanaalzone-Oost op het warmtenet[[warmte]], mits de "
           "woonlasten voor huurders niet hoger worden dan bij een vergelijkbare aardgasaansluiting.",
           "Partijen", "2025-2027", D, ["partijen"], "firm",
           cond=["mits de woonlasten voor huurders niet hoger worden dan bij een vergelijkbare aardgasaansluiting"]),
         a("energiecoaches", "3.6",
           "De gemeente zet in 2025 energiecoaches in die huurders op verzoek thuis adviseren over energiebesparing; "
           "de corporaties wijzen hun huurders actief op deze mogelijkheid.",
           "Gemeente", "2025", D, ["gemeente", "corporatie"], "firm", dl=(2025, "in 2025"), rec=True),
         a("klimaatadaptatie", "3.7",
           "Bij groot onderhoud en renovatie onderzoeken de corporaties de mogelijkheden voor klimaatadaptieve "
           "maatregelen, zoals het afkoppelen van hemelwater en het vergroenen van tuinen en daken.",
           "Corporaties", "doorlopend", D, ["corporatie"], "explore"),
         a("circulair-bouwen", "3.8",
           "Wezelhof Wonen past bij nieuwbouwprojecten waarvan de bouw vanaf 2025 start ten minste 30% circulaire "
           "of biobased bouwmaterialen toe.",
           "Wezelhof Wonen", "vanaf 2025", D, ["corporatie"], "firm", [(30, "%", "min")]),
     ]},
    {"ch": "6 Kwaliteit, wonen en zorg", "thema": "Kwaliteit",
     "intro": [
         "Huurders mogen rekenen op een goed onderhouden, veilige en gezonde woning. Het aantal meldingen over vocht "
         "en schimmel is in 2024 gestegen. Daarnaast neemt door de vergrijzing de vraag naar woningen die geschikt "
         "zijn voor wonen met zorg toe."],
     "rows": [
         a("vocht-schimmel", "4.1",
           "De corporaties nemen een melding van vocht of schimmel binnen vijf werkdagen in behandeling en plannen "
           "binnen vier weken een inspectie van de woning.",
           "Corporaties", "doorlopend", K, ["corporatie"], "firm",
           [(5, "werkdagen", "max"), (4, "weken", "max")]),
         a("seniorenwoningen", "4.2",
           "Partijen onderzoeken welke bestaande complexen geschikt zijn om als seniorenwoning te labelen en "
           "leggen de uitkomsten vast in de gezamenlijke wonen-zorgkaart[[zorgkaart]].",
           "Partijen", "2025", K, ["partijen"], "explore", dl=(2025, "2025")),
         a("woningaanpassing", "4.3",
           "De gemeente vergoedt woningaanpassingen op grond van de Wmo; de corporaties handelen een aanvraag voor "
           "een kleine woningaanpassing binnen zes weken af.",
           "Gemeente en corporaties", "doorlopend", K, ["gemeente", "corporatie"], "firm", [(6, "weken", "max")]),
         a("rookmelders", "4.4",
           "Wezelhof Wonen brengt vóór eind 2025 in alle portiekflats rookmelders aan in de woningen en de "
           "gemeenschappelijke trappenhuizen.",
           "Wezelhof Wonen", "eind 2025", K, ["corporatie"], "firm", dl=(2025, "vóór eind 2025")),
         a("renovatie-zuiderhof", "4.5",
           "Beemdland rondt de renovatie van de 48 woningen in complex Zuiderhof af in het vierde kwartaal van "
           "2026.",
           "Beemdland", "Q4 2026", K, ["corporatie"], "firm", [(48, "woningen", "exact")],
           (2026, "in het vierde kwartaal van 2026")),
         a("overleg-wonen-zorg", "4.6",
           "De gemeente zal in 2025 twee keer een themaoverleg wonen en zorg organiseren met de zorgaanbieders, de "
           "corporaties en het Huurdersplatform.",
           "Gemeente", "2025", K, ["gemeente"], "firm", [(2, "keer per jaar", "exact")], (2025, "in 2025"),
           rec=True),
     ]},
    {"ch": "7 Prettig wonen in de wijk", "thema": "Leefbaarheid",
     "intro": [
         "Een prettige woonomgeving vraagt om zichtbare aanwezigheid in de wijk, snelle aanpak van overlast en "
         "aandacht voor kwetsbare bewoners. In de Kanaalzone en in delen van De Beemden staat de leefbaarheid "
         "volgens de Leefbaarometer onder druk."],
     "rows": [
         a("leefbaarheidsbudget", "5.1",
           "De corporaties besteden in 2025 gemiddeld € 130 per woning aan leefbaarheidsactiviteiten[[leef]].",
           "Corporaties", "2025", L, ["corporatie"], "firm", [(130, "euro", "exact")], (2025, "in 2025"),
           rec=True),
         a("wijkbeheerders", "5.2",
           "Wezelhof Wonen zet in de wijken Kanaalzone, Oud-Wezel en De Beemden wijkbeheerders in die ten minste "
           "één dagdeel per week spreekuur houden in de wijk.",
           "Wezelhof Wonen", "doorlopend", L, ["corporatie"], "firm", [(1, "dagdeel per week", "min")]),
         a("overlast", "5.3",
           "Partijen zeggen toe dat complexe overlastsituaties binnen twee weken worden besproken in het "
           "Overlastoverleg met politie en wijkteam.",
           "Partijen", "doorlopend", L, ["partijen"], "firm", [(2, "weken", "max")]),
         a("buurtkamer", "5.4",
           "Beemdland stelt in 2025 kosteloos een ruimte in complex Hoge Weide beschikbaar als buurtkamer voor "
           "ontmoeting van bewoners.",
           "Beemdland", "2025", L, ["corporatie"], "firm", dl=(2025, "in 2025")),
         a("zachte-landing", "5.5",
           "Partijen spreken af dat bij uitstroom uit beschermd wonen of maatschappelijke opvang een "
           "woonbegeleidingsplan wordt opgesteld voordat de huurovereenkomst wordt getekend.",
           "Partijen", "doorlopend", [L, B], ["partijen"], "firm"),
         a("openbare-ruimte", "5.6",
           "De gemeente verbetert, indien financieel haalbaar, vóór eind 2026 de openbare verlichting en het groen "
           "rond de flats aan de Kanaalstraat.",
           "Gemeente", "eind 2026", L, ["gemeente"], "firm", dl=(2026, "vóór eind 2026"),
           cond=["indien financieel haalbaar"]),
     ]},
    {"ch": "8 Samenwerking en proces", "thema": "Samenwerking",
     "intro": [
         "Partijen hechten aan een open en gelijkwaardige samenwerking. Het Huurdersplatform wordt in staat gesteld "
         "om volwaardig aan het overleg deel te nemen."],
     "rows": [
         a("bijdrage-hpw", "6.1",
           "De gemeente en de corporaties stellen het Huurdersplatform per 1 januari 2025 een bijdrage van € 6.000 "
           "ter beschikking voor ondersteuning en deskundigheidsbevordering[[hpw]].",
           "Gemeente en corporaties", "jaarlijks", O, ["gemeente", "corporatie"], "firm",
           [(6000, "euro", "exact")], (2025, "per 1 januari 2025"), rec=True),
         a("monitoring", "6.2",
           "Partijen bespreken de voortgang van de prestatieafspraken twee keer per jaar in het tripartiete "
           "overleg.",
           "Partijen", "jaarlijks", O, ["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True),
         a("bod", "6.3",
           "Wezelhof Wonen en Beemdland brengen vóór 1 juli 2025 hun bod uit op de woonvisie, voorzien van een "
           "reactie van het Huurdersplatform.",
           "Corporaties", "1 juli 2025", O, ["corporatie"], "firm", dl=(2025, "vóór 1 juli 2025"), rec=True),
         a("woonvisie", "6.4",
           "De gemeente stelt in het derde kwartaal van 2025 de nieuwe Woonvisie Wezelhorst 2026-2030 vast, na "
           "consultatie van de corporaties en het Huurdersplatform.",
           "Gemeente", "Q3 2025", O, ["gemeente"], "firm", dl=(2025, "in het derde kwartaal van 2025")),
     ]},
]

# ----------------------------------------------------------------------------------------------
# Agreement 2026 (chapters renumbered, one renamed, one afspraak moved, table order changed)
A2026 = [
    {"ch": "3 Voldoende en passende woningen", "thema": "Beschikbaarheid",
     "intro": [
         "De druk op de woningmarkt in Wezelhorst is onverminderd hoog. In de nieuwe Woonvisie Wezelhorst "
         "2026-2030 is het aandeel sociale huur in nieuwe plannen vastgesteld op ten minste 30 procent. "
         "Vertraging in de stikstofprocedure van het plan Kanaalzone heeft in 2025 geleid tot uitstel van een "
         "deel van de nieuwbouw."],
     "rows": [
         a("nieuwbouw-wezelhof", "1.1",
           "Wezelhof Wonen realiseert in 2026 ten minste 52 sociale huurwoningen[[sociaal]], waarvan 28 in het plan "
           "Kanaalzone en 24 in de kern Oud-Wezel.",
           "Wezelhof Wonen", "2026", B, ["corporatie"], "firm",
           [(52, "woningen", "min"), (28, "woningen", "exact"), (24, "woningen", "exact")], (2026, "in 2026")),
         a("nieuwbouw-beemdland", "1.2",
           "Beemdland start uiterlijk in het tweede kwartaal van 2026 met de bouw van 30 appartementen voor "
           "senioren aan de Molenakker, onder voorbehoud van het onherroepelijk worden van het bestemmingsplan.",
           "Beemdland", "Q2 2026", B, ["corporatie"], "firm", [(30, "woningen", "exact")],
           (2026, "uiterlijk in het tweede kwartaal van 2026"),
           cond=["onder voorbehoud van het onherroepelijk worden van het bestemmingsplan"]),
         a("tijdelijke-woningen", "1.3",
           "Wezelhof Wonen plaatst vóór eind 2026 twintig tijdelijke woningen voor spoedzoekers op het terrein van "
           "de voormalige gemeentewerf aan de Havenstraat; de gemeente verleent hiervoor een omgevingsvergunning "
           "voor een periode van tien jaar.",
           "Wezelhof Wonen", "eind 2026", B, ["corporatie", "gemeente"], "firm", [(20, "woningen", "exact")],
           (2026, "vóór eind 2026")),
         a("plancapaciteit", "1.4",
           "De gemeente stelt bouwlocaties beschikbaar voor de realisatie van ten minste 150 sociale huurwoningen "
           "in de periode tot en met 2030, conform de afspraken in de regionale woondeal[[woondeal]].",
           "Gemeente", "t/m 2030", B, ["gemeente"], "firm", [(150, "woningen", "min")],
           (2030, "tot en met 2030")),
         a("grondprijs", "1.5",
           "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.300 per woning "
           "(prijspeil 2026), exclusief btw.",
           "Gemeente", "doorlopend", B, ["gemeente"], "firm", [(22300, "euro", "exact")]),
         a("verkoop", "1.6",
           "De corporaties verkopen in 2026 gezamenlijk maximaal 8 bestaande huurwoningen; verkochte woningen "
           "worden in de eerste plaats aangeboden aan zittende huurders en starters uit Wezelhorst.",
           "Corporaties", "2026", B, ["corporatie"], "firm", [(8, "woningen", "max")], (2026, "in 2026")),
         a("liberalisatie", "1.7",
           "De corporaties liberaliseren gedurende de looptijd van deze afspraken geen sociale huurwoningen.",
           "Corporaties", "2026", B, ["corporatie"], "firm", [(0, "woningen", "max")]),
         a("statushouders", "1.8",
           "Partijen spannen zich gezamenlijk in om de taakstelling voor de huisvesting van vergunninghouders te "
           "realiseren; voor het eerste halfjaar van 2026 bedraagt deze 22 personen[[taak]].",
           "Partijen", "doorlopend", B, ["partijen"], "intent", [(22, "personen", "exact")],
           (2026, "eerste halfjaar van 2026"), rec=True),
         a("zachte-landing", "1.9",
           "Voordat een huurder die uitstroomt uit beschermd wonen of maatschappelijke opvang de huurovereenkomst "
           "tekent, stellen zorgaanbieder, gemeente en corporatie samen een woonbegeleidingsplan op, zodat een "
           "zachte landing in de wijk is geborgd.",
           "Partijen", "doorlopend", [L, B], ["partijen"], "firm"),
         a("doorstroming-senioren", "1.10",
           "Partijen werken volgens de gemaakte afspraken over de doorstroomregeling voor senioren die een "
           "eengezinswoning achterlaten, waaronder het meenemen van de oude kale huurprijs naar de nieuwe woning.",
           "Partijen", "doorlopend", B, ["partijen"], "firm"),
     ]},
    {"ch": "4 Betaalbaar wonen", "thema": "Betaalbaarheid",
     "intro": [
         "Partijen zien dat een groeiende groep huurders moeite heeft om rond te komen. Het team "
         "Vroegsignalering ontving in 2025 meer meldingen dan in enig voorgaand jaar. Partijen kiezen daarom "
         "voor een vroege en persoonlijke aanpak van betalingsachterstanden."],
     "rows": [
         a("huurverhoging", "2.1",
           "De corporaties beperken de jaarlijkse huurverhoging per 1 juli 2026 voor sociale huurwoningen tot ten "
           "minste 0,5% onder de inflatie, met inachtneming van de door het Rijk vastgestelde maximale "
           "huursomstijging.",
           "Corporaties", "1 juli 2026", B, ["corporatie"], "firm", [(0.5, "%", "min")],
           (2026, "per 1 juli 2026"), rec=True),
         a("huurachterstand", "2.2",
           "De corporaties nemen bij een huurachterstand van één maand persoonlijk contact op met de huurder en "
           "melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de "
           "gemeente[[vroeg]].",
           "Corporaties", "doorlopend", B, ["corporatie"], "firm", [(1, "maanden", "exact")]),
         a("huisuitzettingen", "2.3",
           "Partijen streven ernaar dat in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
           "Partijen", "doorlopend", B, ["partijen"], "intent", [(0, "huisuitzettingen", "max")],
           (2026, "in 2026")),
         a("passend-toewijzen", "2.4",
           "De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan "
           "huishoudens met recht op huurtoeslag[[passend]].",
           "Corporaties", "doorlopend", B, ["corporatie"], "firm", [(95, "%", "min")]),
         a("wachttijd-starters", "2.5",
           "Partijen streven ernaar de gemiddelde inschrijfduur van starters bij toewijzing van een sociale "
           "huurwoning te beperken tot maximaal 6 jaar.",
           "Partijen", "jaarlijks", B, ["partijen"], "intent", [(6, "jaar", "max")]),
         a("urgenties", "2.6",
           "De gemeente stelt vóór 1 april 2026 een overzicht op van de in het voorgaande jaar verleende urgenties "
           "en deelt dit met de corporaties en het Huurdersplatform.",
           "Gemeente", "jaarlijks", B, ["gemeente"], "firm", dl=(2026, "vóór 1 april 2026"), rec=True),
         a("voorrang-zorgprofessionals", "2.7",
           "Partijen onderzoeken in 2026 of binnen de ruimte voor lokaal maatwerk een voorrangsregeling kan worden "
           "ingevoerd voor zorgprofessionals die in Wezelhorst gaan werken.",
           "Partijen", "2026", B, ["partijen"], "explore", dl=(2026, "in 2026")),
     ]},
    {"ch": "5 Verduurzaming en klimaat", "thema": "Duurzaamheid",
     "intro": [
         "De verduurzaming van het bezit ligt op schema, al vraagt de aanpak van de laatste woningen met een "
         "slecht label relatief veel tijd. Voor de warmtetransitie is in 2025 een haalbaarheidsstudie voor de "
         "hele Kanaalzone afgerond."],
     "rows": [
         a("labels-efg", "3.1",
           "Wezelhof Wonen verbetert de resterende 38 woningen met energielabel E, F of G uiterlijk eind 2026 tot "
           "ten minste label B[[efg]].",
           "Wezelhof Wonen", "eind 2026", D, ["corporatie"], "firm",
           [(38, "woningen", "exact"), ("B", "label", "min")], (2026, "uiterlijk eind 2026")),
         a("label-beemdland", "3.2",
           "Beemdland brengt het gemiddelde energielabel van haar woningbezit in Wezelhorst uiterlijk eind 2027 naar "
           "label C.",
           "Beemdland", "eind 2027", D, ["corporatie"], "firm", [("C", "label", "exact")],
           (2027, "uiterlijk eind 2027")),
         a("na-isolatie", "3.3",
           "De corporaties voeren in 2026 bij ten minste 220 woningen na-isolatie van spouwmuur, vloer en dak uit, "
           "zonder huurverhoging voor de zittende huurders.",
           "Corporaties", "2026", D, ["corporatie"], "firm", [(220, "woningen", "min")], (2026, "in 2026")),
         a("warmtenet", "3.4",
           "Partijen werken mee aan de aansluiting van de wijken Kanaalzone-Oost en Kanaalzone-West op het "
           "warmtenet[[warmte]], mits de woonlasten voor huurders niet hoger worden dan bij een vergelijkbare "
           "aardgasaansluiting.",
           "Partijen", "2026-2028", D, ["partijen"], "firm",
           cond=["mits de woonlasten voor huurders niet hoger worden dan bij een vergelijkbare aardgasaansluiting"]),
         a("zonnepanelen", "3.5",
           "Beemdland biedt de huurders van de complexen Hoge Weide en Zuiderhof zonnepanelen aan tegen een "
           "maandelijkse vergoeding die lager is dan de gemiddelde besparing op de energierekening.",
           "Beemdland", "2026", D, ["corporatie"], "firm"),
         a("energiecoaches", "3.6",
           "De gemeente zet in 2026, onder voorbehoud van voortzetting van de rijksmiddelen voor de aanpak van "
           "energiearmoede, energiecoaches in die huurders op verzoek thuis adviseren over energiebesparing; de "
           "corporaties wijzen hun huurders actief op deze mogelijkheid.",
           "Gemeente", "2026", D, ["gemeente", "corporatie"], "firm", dl=(2026, "in 2026"), rec=True,
           cond=["onder voorbehoud van voortzetting van de rijksmiddelen voor de aanpak van energiearmoede"]),
         a("klimaatadaptatie", "3.7",
           "Bij groot onderhoud en renovatie onderzoeken de corporaties de mogelijkheden voor klimaatadaptieve "
           "maatregelen, zoals het afkoppelen van hemelwater en het vergroenen van tuinen en daken.",
           "Corporaties", "doorlopend", D, ["corporatie"], "explore"),
         a("hergebruik-materialen", "3.8",
           "Bij de sloop van de 24 duplexwoningen aan de Lindelaan oogst Wezelhof Wonen waar mogelijk "
           "bouwmaterialen voor hergebruik in de nieuwbouw ter plaatse.",
           "Wezelhof Wonen", "2026", D, ["corporatie"], "intent", [(24, "woningen", "exact")],
           cond=["waar mogelijk"]),
     ]},
    {"ch": "6 Kwaliteit, wonen en zorg", "thema": "Kwaliteit",
     "intro": [
         "De aanpak van vocht en schimmel heeft in 2025 prioriteit gekregen. In de nieuwe woonvisie is de "
         "wonen-zorgkaart geactualiseerd, waarmee zichtbaar is waar geschikte woningen voor senioren ontbreken."],
     "rows": [
         a("vocht-schimmel", "4.1",
           "De corporaties nemen een melding van vocht of schimmel binnen drie werkdagen in behandeling en plannen "
           "binnen vier weken een inspectie van de woning.",
           "Corporaties", "doorlopend", K, ["corporatie"], "firm",
           [(3, "werkdagen", "max"), (4, "weken", "max")]),
         a("woningaanpassing", "4.2",
           "De gemeente vergoedt woningaanpassingen op grond van de Wmo; de corporaties handelen een aanvraag voor "
           "een kleine woningaanpassing binnen acht weken af.",
           "Gemeente en corporaties", "doorlopend", K, ["gemeente", "corporatie"], "firm", [(8, "weken", "max")]),
         a("seniorenwoningen", "4.3",
           "De corporaties labelen ten minste 60 bestaande woningen in de complexen Hoge Weide en De Singel als "
           "seniorenwoning; deze woningen worden opgenomen in de gezamenlijke wonen-zorgkaart[[zorgkaart]].",
           "Corporaties", "2026", K, ["corporatie"], "firm", [(60, "woningen", "min")], (2026, "2026")),
         a("rookmelders", "4.4",
           "Wezelhof Wonen brengt vóór medio 2026 in alle portiekflats rookmelders aan in de woningen en de "
           "gemeenschappelijke trappenhuizen.",
           "Wezelhof Wonen", "medio 2026", K, ["corporatie"], "firm", dl=(2026, "vóór medio 2026")),
         a("renovatie-zuiderhof", "4.5",
           "Beemdland rondt de renovatie van de 48 woningen in complex Zuiderhof af in het tweede kwartaal van "
           "2026.",
           "Beemdland", "Q2 2026", K, ["corporatie"], "firm", [(48, "woningen", "exact")],
           (2026, "in het tweede kwartaal van 2026")),
         a("overleg-wonen-zorg", "4.6",
           "De gemeente streeft ernaar in 2026 twee keer een themaoverleg wonen en zorg te organiseren met de "
           "zorgaanbieders, de corporaties en het Huurdersplatform.",
           "Gemeente", "2026", K, ["gemeente"], "intent", [(2, "keer per jaar", "exact")], (2026, "in 2026"),
           rec=True),
     ]},
    {"ch": "7 Leefbare wijken en kernen", "thema": "Leefbaarheid",
     "intro": [
         "De leefbaarheid in de Kanaalzone verdient extra aandacht. Partijen kiezen voor een gezamenlijke "
         "wijkaanpak en voor een zichtbare aanwezigheid van de corporaties in alle wijken."],
     "rows": [
         a("leefbaarheidsbudget", "5.1",
           "De corporaties besteden in 2026 gemiddeld € 150 per woning aan leefbaarheidsactiviteiten[[leef]].",
           "Corporaties", "2026", L, ["corporatie"], "firm", [(150, "euro", "exact")], (2026, "in 2026"),
           rec=True),
         a("wijkaanpak-kanaalzone", "5.2",
           "Partijen stellen in 2026 gezamenlijk een wijkaanpak op voor Kanaalzone-Oost, waarin afspraken over "
           "schoon, heel en veilig, ontmoeting en de inzet van het wijkteam worden vastgelegd.",
           "Partijen", "2026", L, ["partijen"], "firm", dl=(2026, "in 2026")),
         a("wijkbeheerders", "5.3",
           "In de wijken Kanaalzone, Oud-Wezel en De Beemden houdt een wijkbeheerder van Wezelhof Wonen wekelijks "
           "ten minste één dagdeel spreekuur in de wijk.",
           "Wezelhof Wonen", "doorlopend", L, ["corporatie"], "firm", [(1, "dagdeel per week", "min")]),
         a("overlast", "5.4",
           "Partijen zetten zich in om complexe overlastsituaties binnen twee weken te bespreken in het "
           "Overlastoverleg met politie en wijkteam.",
           "Partijen", "doorlopend", L, ["partijen"], "intent", [(2, "weken", "max")]),
         a("openbare-ruimte", "5.5",
           "De gemeente verbetert vóór eind 2026 de openbare verlichting en het groen rond de flats aan de "
           "Kanaalstraat.",
           "Gemeente", "eind 2026", L, ["gemeente"], "firm", dl=(2026, "vóór eind 2026")),
     ]},
    {"ch": "8 Samenwerking en proces", "thema": "Samenwerking",
     "intro": [
         "De samenwerking tussen partijen is in 2025 geëvalueerd. Partijen zetten het tripartiete overleg in "
         "de bestaande vorm voort."],
     "rows": [
         a("bijdrage-hpw", "6.1",
           "De gemeente en de corporaties stellen het Huurdersplatform per 1 januari 2026 een bijdrage van € 6.000 "
           "ter beschikking voor ondersteuning en deskundigheidsbevordering[[hpw]].",
           "Gemeente en corporaties", "jaarlijks", O, ["gemeente", "corporatie"], "firm",
           [(6000, "euro", "exact")], (2026, "per 1 januari 2026"), rec=True),
         a("monitoring", "6.2",
           "Partijen bespreken de voortgang van de prestatieafspraken twee keer per jaar in het tripartiete "
           "overleg.",
           "Partijen", "jaarlijks", O, ["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True),
         a("woonvisie", "6.3",
           "De gemeente stelt in het eerste kwartaal van 2026 de nieuwe Woonvisie Wezelhorst 2026-2030 vast, na "
           "consultatie van de corporaties en het Huurdersplatform.",
           "Gemeente", "Q1 2026", O, ["gemeente"], "firm", dl=(2026, "in het eerste kwartaal van 2026")),
         a("bod", "6.4",
           "Wezelhof Wonen en Beemdland brengen vóór 1 juli 2026 hun bod uit op de woonvisie, voorzien van een "
           "reactie van het Huurdersplatform.",
           "Corporaties", "1 juli 2026", O, ["corporatie"], "firm", dl=(2026, "vóór 1 juli 2026"), rec=True),
     ]},
]

# ----------------------------------------------------------------------------------------------
# Bod of Wezelhof Wonen for 2026 (letter, June 2025)
W = "Wezelhof Wonen"
BOD2026 = [
    {"ch": "3 Ons bod voor 2026 > Voldoende woningen", "rows": [
        a("nieuwbouw-wezelhof", "Bod 1",
          "Wezelhof Wonen realiseert in 2026 ten minste 60 sociale huurwoningen, waarvan 36 in het plan "
          "Kanaalzone en 24 in de kern Oud-Wezel.",
          None, None, B, ["corporatie"], "firm",
          [(60, "woningen", "min"), (36, "woningen", "exact"), (24, "woningen", "exact")], (2026, "in 2026")),
        a("tijdelijke-woningen", "Bod 2",
          "Wezelhof Wonen is bereid om vóór eind 2026 twintig tijdelijke woningen voor spoedzoekers te plaatsen op "
          "het terrein van de voormalige gemeentewerf aan de Havenstraat, onder voorbehoud van een "
          "omgevingsvergunning voor een periode van tien jaar.",
          None, None, B, ["corporatie"], "firm", [(20, "woningen", "exact")], (2026, "vóór eind 2026"),
          cond=["onder voorbehoud van een omgevingsvergunning voor een periode van tien jaar"]),
        a("liberalisatie", "Bod 3",
          "Wij liberaliseren in 2026 geen sociale huurwoningen in Wezelhorst.",
          None, None, B, ["corporatie"], "firm", [(0, "woningen", "max")], (2026, "in 2026")),
        a("woningdelen", "Bod 4",
          "Wezelhof Wonen verkent de mogelijkheid om tien grote eengezinswoningen in De Beemden geschikt te maken "
          "voor woningdelen door jongeren.",
          None, None, B, ["corporatie"], "explore", [(10, "woningen", "exact")]),
        a("vrije-toewijzing", "Bod 5",
          "Wij willen de vrije toewijzingsruimte van maximaal 15% ook in 2026 inzetten voor jongeren met binding "
          "aan Wezelhorst.",
          None, None, B, ["corporatie"], "intent", [(15, "%", "max")], (2026, "in 2026")),
    ]},
    {"ch": "3 Ons bod voor 2026 > Betaalbaar wonen", "rows": [
        a("huurverhoging", "Bod 6",
          "Wezelhof Wonen houdt de huurverhoging per 1 juli 2026 voor sociale huurwoningen gemiddeld gelijk aan de "
          "inflatie.",
          None, None, B, ["corporatie"], "firm", [], (2026, "per 1 juli 2026"), rec=True),
        a("huurbevriezing", "Bod 7",
          "Wij bieden aan om in 2026 een pilot te starten met een huurbevriezing voor huishoudens met een inkomen "
          "rond het sociaal minimum in het complex Kanaalstraat.",
          None, None, B, ["corporatie"], "firm", dl=(2026, "in 2026")),
        a("huurachterstand", "Bod 8",
          "Bij een huurachterstand van twee maanden neemt Wezelhof Wonen persoonlijk contact op met de huurder en "
          "meldt de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
          None, None, B, ["corporatie"], "firm", [(2, "maanden", "exact")]),
        a("huisuitzettingen", "Bod 9",
          "Wezelhof Wonen streeft ernaar het aantal huisuitzettingen wegens huurachterstand in 2026 te beperken "
          "tot maximaal twee.",
          None, None, B, ["corporatie"], "intent", [(2, "huisuitzettingen", "max")], (2026, "in 2026")),
        a("passend-toewijzen", "Bod 10",
          "Wezelhof Wonen wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens "
          "met recht op huurtoeslag.",
          None, None, B, ["corporatie"], "firm", [(95, "%", "min")]),
    ]},
    {"ch": "3 Ons bod voor 2026 > Duurzaamheid", "rows": [
        a("labels-efg", "Bod 11",
          "Wezelhof Wonen verbetert de resterende 38 woningen met energielabel E, F of G uiterlijk eind 2026 tot "
          "ten minste label B.",
          None, None, D, ["corporatie"], "firm", [(38, "woningen", "exact"), ("B", "label", "min")],
          (2026, "uiterlijk eind 2026")),
        a("warmtenet", "Bod 12",
          "Wezelhof Wonen onderzoekt of haar complexen in Kanaalzone-Oost en Kanaalzone-West kunnen worden "
          "aangesloten op het warmtenet, mits de woonlasten voor huurders niet stijgen.",
          None, None, D, ["corporatie"], "explore", cond=["mits de woonlasten voor huurders niet stijgen"]),
        a("energiecoaches", "Bod 13",
          "Wij vragen de gemeente om ook in 2026 energiecoaches in te zetten en brengen deze actief onder de "
          "aandacht van onze huurders.",
          None, None, D, ["corporatie"], "firm", dl=(2026, "in 2026"), rec=True),
        a("klimaatadaptatie", "Bod 14",
          "Bij groot onderhoud en renovatie onderzoekt Wezelhof Wonen de mogelijkheden voor klimaatadaptieve "
          "maatregelen, zoals het afkoppelen van hemelwater en het vergroenen van tuinen en daken.",
          None, None, D, ["corporatie"], "explore"),
        a("hergebruik-materialen", "Bod 15",
          "Bij de sloop van de 24 duplexwoningen aan de Lindelaan oogst Wezelhof Wonen bouwmaterialen voor "
          "hergebruik in de nieuwbouw ter plaatse.",
          None, None, D, ["corporatie"], "firm", [(24, "woningen", "exact")]),
    ]},
    {"ch": "3 Ons bod voor 2026 > Kwaliteit en wonen met zorg", "rows": [
        a("vocht-schimmel", "Bod 16",
          "Wezelhof Wonen neemt een melding van vocht of schimmel binnen drie werkdagen in behandeling en plant "
          "binnen drie weken een inspectie van de woning.",
          None, None, K, ["corporatie"], "firm", [(3, "werkdagen", "max"), (3, "weken", "max")]),
        a("woningaanpassing", "Bod 17",
          "Een aanvraag voor een kleine woningaanpassing wordt door Wezelhof Wonen binnen acht weken afgehandeld.",
          None, None, K, ["corporatie"], "firm", [(8, "weken", "max")]),
        a("rookmelders", "Bod 18",
          "Wezelhof Wonen brengt vóór eind 2026 in alle portiekflats rookmelders aan in de woningen en de "
          "gemeenschappelijke trappenhuizen.",
          None, None, K, ["corporatie"], "firm", dl=(2026, "vóór eind 2026")),
    ]},
    {"ch": "3 Ons bod voor 2026 > Leefbaarheid", "rows": [
        a("leefbaarheidsbudget", "Bod 19",
          "Wezelhof Wonen besteedt in 2026 gemiddeld € 140 per woning aan leefbaarheidsactiviteiten.",
          None, None, L, ["corporatie"], "firm", [(140, "euro", "exact")], (2026, "in 2026"), rec=True),
        a("wijkbeheerders", "Bod 20",
          "Wezelhof Wonen zet in de wijken Kanaalzone en Oud-Wezel wijkbeheerders in die wekelijks ten minste één "
          "dagdeel spreekuur houden in de wijk.",
          None, None, L, ["corporatie"], "firm", [(1, "dagdeel per week", "min")]),
        a("overlast", "Bod 21",
          "Wezelhof Wonen zegt toe complexe overlastsituaties binnen twee weken in te brengen in het "
          "Overlastoverleg met politie en wijkteam.",
          None, None, L, ["corporatie"], "firm", [(2, "weken", "max")]),
        a("wijkaanpak-kanaalzone", "Bod 22",
          "Wij stellen voor om in 2026 samen met de gemeente en het Huurdersplatform een wijkaanpak voor "
          "Kanaalzone-Oost op te stellen.",
          None, None, L, ["corporatie"], "discuss", dl=(2026, "in 2026")),
        a("huismeester-toren", "Bod 23",
          "Wezelhof Wonen start in 2026 een pilot met een vaste huismeester in de flat De Toren, indien de "
          "servicekosten voor de bewoners daardoor niet stijgen.",
          None, None, L, ["corporatie"], "firm", dl=(2026, "in 2026"),
          cond=["indien de servicekosten voor de bewoners daardoor niet stijgen"]),
    ]},
    {"ch": "3 Ons bod voor 2026 > Samenwerking", "rows": [
        a("bijdrage-hpw", "Bod 24",
          "Wezelhof Wonen draagt per 1 januari 2026 naar rato van haar woningbezit bij aan de jaarlijkse bijdrage "
          "van € 6.000 voor het Huurdersplatform.",
          None, None, O, ["corporatie"], "firm", [(6000, "euro", "exact")], (2026, "per 1 januari 2026"),
          rec=True),
        a("monitoring", "Bod 25",
          "Wezelhof Wonen levert twee keer per jaar de monitorgegevens aan voor het tripartiete overleg.",
          None, None, O, ["corporatie"], "firm", [(2, "keer per jaar", "exact")], rec=True),
        a("bod", "Bod 26",
          "Wezelhof Wonen brengt vóór 1 juli 2026 haar volgende bod uit, voorzien van een reactie van het "
          "Huurdersplatform.",
          None, None, O, ["corporatie"], "firm", dl=(2026, "vóór 1 juli 2026"), rec=True),
    ]},
]

# ----------------------------------------------------------------------------------------------
# Pair links: key -> (status, kinds, hard_negative); keys missing in one doc are new/dropped automatically
LINKS_2025_2026 = {
    "nieuwbouw-wezelhof": ("weakened", ["quantity"], None),
    "nieuwbouw-beemdland": ("weakened", ["quantity", "deadline"], None),
    "plancapaciteit": ("strengthened", ["modality"], None),
    "grondprijs": ("reworded", [], "indexed_amount"),
    "verkoop": ("strengthened", ["quantity"], None),
    "liberalisatie": ("unchanged", [], None),
    "statushouders": ("reworded", [], "external_figure"),
    "tijdelijke-woningen": ("strengthened", ["modality"], None),
    "doorstroming-senioren": ("strengthened", ["modality"], None),
    "huurverhoging": ("strengthened", ["quantity"], None),
    "huurachterstand": ("strengthened", ["quantity"], None),
    "huisuitzettingen": ("strengthened", ["quantity"], None),
    "passend-toewijzen": ("unchanged", [], None),
    "urgenties": ("reworded", [], "recurring_year"),
    "wachttijd-starters": ("weakened", ["quantity"], None),
    "labels-efg": ("reworded", [], "progress"),
    "label-beemdland": ("weakened", ["label"], None),
    "na-isolatie": ("strengthened", ["quantity"], None),
    "zonnepanelen": ("weakened", ["scope"], None),
    "warmtenet": ("strengthened", ["scope"], None),
    "energiecoaches": ("weakened", ["condition"], None),
    "klimaatadaptatie": ("unchanged", [], None),
    "vocht-schimmel": ("strengthened", ["quantity"], None),
    "seniorenwoningen": ("strengthened", ["modality"], None),
    "woningaanpassing": ("weakened", ["quantity"], None),
    "rookmelders": ("weakened", ["deadline"], None),
    "renovatie-zuiderhof": ("strengthened", ["deadline"], None),
    "overleg-wonen-zorg": ("weakened", ["modality"], None),
    "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "wijkbeheerders": ("reworded", [], "same_figures"),
    "overlast": ("weakened", ["modality"], None),
    "zachte-landing": ("reworded", [], None),
    "openbare-ruimte": ("strengthened", ["condition"], None),
    "bijdrage-hpw": ("reworded", [], "recurring_year"),
    "monitoring": ("unchanged", [], None),
    "bod": ("reworded", [], "recurring_year"),
    "woonvisie": ("weakened", ["deadline"], None),
}

LINKS_BOD_2026 = {
    "nieuwbouw-wezelhof": ("weakened", ["quantity"], None),
    "tijdelijke-woningen": ("strengthened", ["condition"], None),
    "liberalisatie": ("reworded", [], None),
    "huurverhoging": ("strengthened", ["quantity"], None),
    "huurachterstand": ("strengthened", ["quantity"], None),
    "huisuitzettingen": ("strengthened", ["quantity"], None),
    "passend-toewijzen": ("reworded", [], "same_figures"),
    "labels-efg": ("unchanged", [], None),
    "warmtenet": ("strengthened", ["modality"], None),
    "energiecoaches": ("weakened", ["condition"], None),
    "klimaatadaptatie": ("reworded", [], None),
    "hergebruik-materialen": ("weakened", ["condition"], None),
    "vocht-schimmel": ("weakened", ["quantity"], None),
    "woningaanpassing": ("reworded", [], "same_figures"),
    "rookmelders": ("strengthened", ["deadline"], None),
    "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "wijkbeheerders": ("strengthened", ["scope"], None),
    "overlast": ("weakened", ["modality"], None),
    "wijkaanpak-kanaalzone": ("strengthened", ["modality"], None),
    "bijdrage-hpw": ("reworded", [], "same_figures"),
    "monitoring": ("reworded", [], None),
    "bod": ("reworded", [], None),
}
