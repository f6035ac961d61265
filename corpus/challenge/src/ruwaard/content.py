# -*- coding: utf-8 -*-
"""Content of the ruwaard family (fictional): gemeente Ruwaarde, Woonstichting Kempwaard,
Huurdersvereniging Ruwaarde and Bewonersraad Oosterkamp."""

GEMEENTE = "Ruwaarde"
CORPORATIE = "Woonstichting Kempwaard"
HUURDERS = ["Huurdersvereniging Ruwaarde", "Bewonersraad Oosterkamp"]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, unit, comp = t[0], t[1], t[2]
        qs.append({"value": v, "unit": unit, "comparator": comp,
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def A(key, title, text, trekker, planning, theme, frame, themes=None, chg=None):
    return {"key": key, "title": title, "text": text, "trekker": trekker, "planning": planning,
            "theme": theme, "themes": themes or [theme], "frame": frame, "chg": chg}

C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# ---------------------------------------------------------------------------------------------
# Prestatieafspraken 2025: chapters (number, title, context paragraph, afspraken)
# ---------------------------------------------------------------------------------------------
Y2025 = [
 ("2", "Beschikbaar en betaalbaar wonen",
  "De druk op de sociale huurvoorraad in Ruwaarde is onverminderd hoog. De woonvisie Thuis in Ruwaarde "
  "2023-2030 gaat uit van een groei van de sociale voorraad met ongeveer 1.000 woningen tot 2030, terwijl in "
  "de regionale woondeal Maas en Heide is vastgelegd dat ten minste 30% van de nieuwbouw in het sociale "
  "segment wordt gerealiseerd. Tegelijkertijd hebben steeds meer huurders moeite om hun vaste lasten te "
  "betalen. In dit hoofdstuk leggen partijen vast hoe zij de beschikbaarheid en de betaalbaarheid in "
  "samenhang bewaken.",
  [
  A("nieuwbouw-sociaal", "Nieuwbouw sociale huur",
    "Kempwaard realiseert in de periode 2025-2028 ten minste 180 sociale huurwoningen in de gemeente Ruwaarde, "
    "waarvan 45 woningen in 2025 worden opgeleverd in de projecten Molenakker-Oost en Kerkstraat-Zuid. De "
    "gemeente spant zich in om de daarvoor benodigde procedures binnen de wettelijke termijnen af te ronden.",
    "Kempwaard", "eind 2028", B,
    F([C, G], "firm", [(180, "woningen", "min"), (45, "woningen", "exact")], (2028, "2025-2028"))),
  A("locaties-sociale-bouw", "Gemeentelijke bouwlocaties",
    "De gemeente brengt vóór eind 2026 in beeld welke gemeentelijke gronden geschikt zijn voor sociale "
    "woningbouw en biedt Kempwaard voor ten minste twee van deze locaties een eerste recht van koop aan, tegen "
    "de grondprijs die de nota grondbeleid voor sociale huurwoningen voorschrijft.",
    "Gemeente", "eind 2026", B,
    F([G], "firm", [(2, "locaties", "min")], (2026, "vóór eind 2026"))),
  A("verkoop", "Verkoop van huurwoningen",
    "Kempwaard verkoopt in 2025 maximaal 15 huurwoningen uit de sociale voorraad, uitsluitend bij mutatie en "
    "met voorrang voor huishoudens die al in Ruwaarde wonen. De opbrengst wordt volledig ingezet voor "
    "nieuwbouw en verduurzaming binnen de gemeente.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"), rec=True)),
  A("liberalisatie", "Liberalisatie",
    "Kempwaard liberaliseert per jaar maximaal 10 sociale huurwoningen bij mutatie en biedt deze woningen aan "
    "als middenhuurwoning aan huishoudens met een middeninkomen die in Ruwaarde wonen of werken.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(10, "woningen", "max")], None, rec=True)),
  A("huurverhoging", "Jaarlijkse huuraanpassing",
    "Kempwaard houdt de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de inflatie zoals die "
    "door het Rijk voor de huurverhoging wordt gehanteerd en past geen inkomensafhankelijke huurverhoging toe.",
    "Kempwaard", "1 juli 2025", B,
    F([C], "firm", [], (2025, "per 1 juli 2025"), rec=True)),
  A("passend-toewijzen", "Passend toewijzen",
    "Bij de toewijzing van sociale huurwoningen hanteert Kempwaard voor eenpersoonshuishoudens een "
    "inkomensgrens van € 47.699 (prijspeil 2025) en wijst zij ten minste 95% van de vrijkomende woningen "
    "passend toe aan huishoudens met recht op huurtoeslag.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(47699, "euro", "exact"), (95, "%", "min")], None, rec=True)),
  A("statushouders", "Huisvesting vergunninghouders",
    "Kempwaard levert naar rato van haar aandeel in de sociale voorraad een bijdrage aan de huisvesting van "
    "vergunninghouders en stelt daartoe in 2025 naar verwachting 38 woningen beschikbaar, afgestemd op de "
    "taakstelling die het Rijk voor 2025 aan de gemeente heeft opgelegd.",
    "Kempwaard", "eind 2025", B,
    F([C], "firm", [(38, "woningen", "approx")], (2025, "in 2025"), rec=True)),
  A("wachttijd", "Inschrijfduur",
    "Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die een sociale huurwoning "
    "accepteren, in 2025 niet verder oploopt dan 5,5 jaar.",
    "Partijen", "eind 2025", B,
    F([P], "intent", [(5.5, "jaar", "max")], (2025, "in 2025"), rec=True)),
  A("doorstroming-senioren", "Doorstroming van senioren",
    "Kempwaard zet de verhuisregeling voor senioren voort: ouderen die een eengezinswoning achterlaten, nemen "
    "hun huidige huurprijs mee naar een passende gelijkvloerse woning en ontvangen een verhuisvergoeding van "
    "€ 1.500.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(1500, "euro", "exact")], None, rec=True)),
  A("vroegsignalering", "Vroegsignalering huurachterstand",
    "Kempwaard neemt binnen twee weken na het ontstaan van een huurachterstand persoonlijk contact op met de "
    "huurder en meldt een achterstand van twee maanden via het convenant vroegsignalering aan het "
    "gemeentelijke team schuldhulpverlening.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(2, "weken", "max"), (2, "maanden", "exact")], None, rec=True), themes=[B, L]),
  A("huisuitzettingen", "Voorkomen van huisuitzettingen",
    "Partijen zetten zich in om huisuitzettingen wegens huurachterstand zoveel mogelijk te voorkomen, met als "
    "doel dat het aantal ontruimingen om die reden in 2025 niet hoger is dan vijf.",
    "Partijen", "eind 2025", B,
    F([P], "intent", [(5, "ontruimingen", "max")], (2025, "in 2025"), rec=True)),
 ]),
 ("3", "Duurzaam wonen",
  "Kempwaard heeft in de afgelopen jaren een groot deel van haar bezit geïsoleerd. De Nationale "
  "Prestatieafspraken vragen dat eind 2028 geen huurwoningen met een E-, F- of G-label meer bestaan, en de "
  "gemeente heeft in de transitievisie warmte Oosterkamp-Noord aangewezen als eerste wijk die van het aardgas "
  "af gaat. Partijen willen de verduurzaming versnellen zonder dat de woonlasten van huurders stijgen.",
  [
  A("label-efg", "Uitfasering slechte labels",
    "Kempwaard heeft uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in bezit. Van de 200 "
    "woningen die begin 2025 nog zo'n label hebben, worden er in 2025 ten minste 140 verbeterd tot ten minste "
    "label B.",
    "Kempwaard", "eind 2026", D,
    F([C], "firm", [(140, "woningen", "min"), (200, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
  A("gemiddeld-label", "Gemiddeld energielabel",
    "Partijen spreken af dat het woningbezit van Kempwaard in Ruwaarde uiterlijk in 2028 gemiddeld energielabel "
    "B heeft.",
    "Kempwaard", "2028", D,
    F([P], "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
  A("energiearmoede", "Energiearmoede",
    "De gemeente zet in 2025 vier energiecoaches in die huurders met een hoge energierekening thuis adviseren "
    "en kleine besparende voorzieningen aanbrengen. Kempwaard benadert daartoe actief de huurders van de 300 "
    "woningen met het laagste energielabel.",
    "Gemeente", "eind 2025", D,
    F([G, C], "firm", [(4, "energiecoaches", "exact"), (300, "woningen", "exact")], (2025, "in 2025"), rec=True),
    themes=[D, B]),
  A("zonnepanelen", "Zonnepanelen",
    "Kempwaard plaatst in 2025 zonnepanelen op 250 grondgebonden huurwoningen; de huurder betaalt daarvoor een "
    "maandelijkse vergoeding die lager ligt dan de gemiddelde besparing op de energierekening.",
    "Kempwaard", "eind 2025", D,
    F([C], "firm", [(250, "woningen", "exact")], (2025, "in 2025"))),
  A("aardgasvrij-oosterkamp", "Aardgasvrij Oosterkamp-Noord",
    "Partijen werken in 2025 gezamenlijk een wijkuitvoeringsplan uit voor de aardgasvrije wijk "
    "Oosterkamp-Noord, waarin wordt vastgelegd dat Kempwaard 120 woningen op het nieuwe warmtenet aansluit.",
    "Gemeente", "eind 2025", D,
    F([P], "firm", [(120, "woningen", "exact")], (2025, "in 2025"))),
  A("warmtepompen", "Hybride warmtepompen",
    "Kempwaard verkent in een pilot in het complex Bloemenbuurt (24 woningen) de toepassing van hybride "
    "warmtepompen en deelt de uitkomsten met beide huurdersorganisaties.",
    "Kempwaard", "Q4 2025", D,
    F([C], "explore", [(24, "woningen", "exact")], None)),
  A("klimaatadaptatie", "Klimaatadaptatie",
    "De gemeente en Kempwaard organiseren jaarlijks met bewoners ten minste drie acties om tuinen en "
    "binnenterreinen te vergroenen. Kempwaard neemt bij groot onderhoud de mogelijkheden voor waterberging en "
    "groene daken mee in het ontwerp.",
    "Gemeente en Kempwaard", "doorlopend", D,
    F([G, C], "firm", [(3, "acties", "min")], None, rec=True)),
  A("circulair-bouwen", "Circulair bouwen",
    "Kempwaard past bij nieuwbouwprojecten waar mogelijk circulaire en biobased materialen toe en deelt haar "
    "ervaringen met de gemeente.",
    "Kempwaard", "doorlopend", D,
    F([C], "intent", [], None, cond=["waar mogelijk"])),
  A("instemming-renovatie", "Instemming bij renovatie",
    "Kempwaard start een renovatie met verduurzaming pas wanneer ten minste 70% van de huurders van het complex "
    "heeft ingestemd, en betrekt de betreffende huurdersorganisatie vanaf de planvorming bij het opstellen van "
    "het sociaal plan.",
    "Kempwaard", "doorlopend", D,
    F([C], "firm", [(70, "%", "min")], None), themes=[D, O]),
 ]),
 ("4", "Goed en passend wonen",
  "Een goede woning is veilig, gezond en past bij de levensfase van de bewoner. Het aantal ouderen in Ruwaarde "
  "neemt tot 2035 met ongeveer een derde toe, en steeds meer mensen met een zorgvraag wonen zelfstandig. "
  "Klachten over vocht en schimmel vragen daarnaast blijvend aandacht.",
  [
  A("vocht-schimmel", "Vocht en schimmel",
    "Kempwaard neemt een melding van vocht of schimmel binnen vijf werkdagen in behandeling en voert de "
    "noodzakelijke herstelmaatregelen uit binnen acht weken na de inspectie.",
    "Kempwaard", "doorlopend", K,
    F([C], "firm", [(5, "dagen", "max"), (8, "weken", "max")], None, rec=True)),
  A("huurdersoordeel", "Huurdersoordeel",
    "Kempwaard streeft naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling van "
    "reparatieverzoeken.",
    "Kempwaard", "doorlopend", K,
    F([C], "intent", [(7.5, "rapportcijfer", "min")], None, rec=True)),
  A("wmo-aanpassingen", "Woningaanpassingen",
    "Partijen maken in 2025 nadere afspraken over de afstemming van woningaanpassingen vanuit de Wmo, met als "
    "doel dat huurders met een beperking sneller over een aangepaste woning beschikken.",
    "Gemeente", "eind 2025", K,
    F([P], "discuss", [], (2025, "in 2025"))),
  A("uitstroom-bescherm-wonen", "Uitstroom beschermd wonen",
    "Kempwaard stelt jaarlijks 12 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en "
    "maatschappelijke opvang, mits de zorgaanbieder de begeleiding gedurende ten minste een jaar garandeert.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(12, "woningen", "exact")], None, rec=True,
      cond=["mits de zorgaanbieder de begeleiding gedurende ten minste een jaar garandeert"]), themes=[B, L]),
  A("rookmelders", "Brandveiligheid",
    "Kempwaard plaatst in 2025 in alle huurwoningen die daarover nog niet beschikken op elke verdieping een "
    "gekoppelde rookmelder.",
    "Kempwaard", "eind 2025", K,
    F([C], "firm", [], (2025, "in 2025"))),
 ]),
 ("5", "Prettig wonen in de wijk",
  "De leefbaarheid in de meeste buurten van Ruwaarde is goed, maar in De Wending en delen van Oosterkamp-Noord "
  "staan de cijfers onder druk. Uit de leefbaarheidsmonitor blijkt dat bewoners daar vaker overlast ervaren "
  "en minder contact met buren hebben. Partijen investeren daarom in zichtbare aanwezigheid en in de "
  "samenwerking met wijkteam en politie.",
  [
  A("leefbaarheidsbudget", "Leefbaarheidsbudget",
    "Kempwaard stelt in 2025 een leefbaarheidsbudget van € 145 per woning beschikbaar, binnen de wettelijke "
    "grens, waarvan een deel via de huurdersorganisaties wordt besteed aan bewonersinitiatieven.",
    "Kempwaard", "eind 2025", L,
    F([C], "firm", [(145, "euro", "exact")], (2025, "in 2025"), rec=True)),
  A("wijkbeheerders", "Wijkbeheer",
    "Kempwaard zet in de wijken Oosterkamp-Noord, De Wending en Centrum elk een wijkbeheerder in die ten minste "
    "drie dagdelen per week zichtbaar in de wijk aanwezig is.",
    "Kempwaard", "doorlopend", L,
    F([C], "firm", [(3, "dagdelen per week", "min")], None, rec=True)),
  A("woonoverlast", "Woonoverlast",
    "De gemeente, Kempwaard en de politie houden eens per zes weken een casusoverleg over ernstige "
    "woonoverlast en zetten waar nodig buurtbemiddeling in.",
    "Gemeente", "doorlopend", L,
    F([G, C], "firm", [(6, "weken", "exact")], None, rec=True)),
  A("zachte-landing", "Zachte landing",
    "Kempwaard en het wijkteam dragen zorg voor een zachte landing van kwetsbare nieuwe huurders door binnen "
    "zes weken na de sleuteloverdracht een welkomstgesprek te voeren.",
    "Kempwaard", "doorlopend", L,
    F([C, "other"], "firm", [(6, "weken", "max")], None, rec=True)),
  A("bewonersinitiatieven", "Bewonersinitiatieven",
    "De huurdersorganisaties ondersteunen bewonerscommissies bij het aanvragen van bijdragen voor "
    "bewonersinitiatieven en rapporteren jaarlijks over de besteding daarvan.",
    "Huurdersorganisaties", "doorlopend", L,
    F([H], "firm", [], None, rec=True)),
  A("wijkopbouw-wending", "Evenwichtige wijkopbouw",
    "Partijen onderzoeken in 2025 of in de wijk De Wending een aangepast toewijzingsbeleid nodig is om de "
    "concentratie van kwetsbare huishoudens te beperken.",
    "Partijen", "Q3 2025", L,
    F([P], "explore", [], (2025, "in 2025")), themes=[L, B]),
 ]),
 ("6", "Samenwerking en proces",
  "Deze afspraken komen tot stand in het tripartiete overleg tussen de gemeente, Kempwaard en de twee "
  "huurdersorganisaties. Partijen hechten aan een gelijkwaardige inbreng en aan een tijdige uitwisseling van "
  "informatie.",
  [
  A("monitoring", "Monitoring",
    "Partijen monitoren de uitvoering van deze afspraken twee keer per jaar in het bestuurlijk overleg; "
    "Kempwaard zal daartoe vóór 1 maart 2025 en vóór 1 september 2025 een voortgangsrapportage aanleveren.",
    "Kempwaard", "1 maart en 1 september 2025", O,
    F([P, C], "firm", [(2, "keer per jaar", "exact")], (2025, "vóór 1 september 2025"), rec=True)),
  A("bod-procedure", "Bod en nieuwe afspraken",
    "Kempwaard brengt vóór 1 juli 2025 haar bod uit op de woonvisie voor het jaar 2026, en partijen "
    "ondertekenen de prestatieafspraken 2026 uiterlijk op 15 december 2025.",
    "Kempwaard", "15 december 2025", O,
    F([C, P], "firm", [], (2025, "uiterlijk op 15 december 2025"), rec=True)),
  A("ondersteuning-ho", "Ondersteuning huurdersorganisaties",
    "Kempwaard zegt toe beide huurdersorganisaties in 2025 gezamenlijk een bijdrage van € 32.000 "
    "beschikbaar te stellen voor ondersteuning, scholing en onafhankelijk advies bij de totstandkoming van "
    "de prestatieafspraken.",
    "Kempwaard", "eind 2025", O,
    F([C], "firm", [(32000, "euro", "exact")], (2025, "in 2025"), rec=True)),
  A("woonvisie-actualisatie", "Actualisatie woonvisie",
    "De gemeente actualiseert uiterlijk eind 2025 de woonvisie en betrekt Kempwaard en de huurdersorganisaties "
    "bij de evaluatie van de huidige visie.",
    "Gemeente", "eind 2025", O,
    F([G], "firm", [], (2025, "uiterlijk eind 2025"))),
  A("evaluatie-overleg", "Evaluatie tripartiet overleg",
    "Partijen evalueren in het najaar van 2025 onder leiding van een onafhankelijke procesbegeleider de "
    "werkwijze van het tripartiete overleg.",
    "Partijen", "Q4 2025", O,
    F([P], "firm", [], (2025, "in het najaar van 2025"))),
 ]),
]

# ---------------------------------------------------------------------------------------------
# Prestatieafspraken 2026 (chg = status relative to 2025: (status, kinds, hard_negative))
# ---------------------------------------------------------------------------------------------
U = ("unchanged", [], None)
Y2026 = [
 ("2", "Beschikbaar en betaalbaar wonen",
  "De vraag naar sociale huurwoningen in Ruwaarde blijft groter dan het aanbod. In 2025 is de woonvisie "
  "geëvalueerd; de opgave van ongeveer 1.000 extra sociale huurwoningen tot 2030 blijft staan, en ook de "
  "regionale woondeal Maas en Heide gaat nog altijd uit van ten minste 30% sociale huur in de nieuwbouw. "
  "Door gestegen bouwkosten en netcongestie staat de planning van enkele projecten wel onder druk.",
  [
  A("nieuwbouw-sociaal", "Nieuwbouw sociale huur",
    "Kempwaard realiseert in de periode 2025-2028 ten minste 160 sociale huurwoningen in de gemeente Ruwaarde, "
    "waarvan 40 woningen in 2026 worden opgeleverd in de projecten Molenakker-Oost en Kerkstraat-Zuid, onder "
    "voorbehoud van een tijdige verlening van de omgevingsvergunningen. De gemeente spant zich in om de "
    "daarvoor benodigde procedures binnen de wettelijke termijnen af te ronden.",
    "Kempwaard", "eind 2028", B,
    F([C, G], "firm", [(160, "woningen", "min"), (40, "woningen", "exact")], (2028, "2025-2028"),
      cond=["onder voorbehoud van een tijdige verlening van de omgevingsvergunningen"]),
    chg=("weakened", ["quantity", "condition"], None)),
  A("locaties-sociale-bouw", "Gemeentelijke bouwlocaties",
    "De gemeente brengt vóór 1 juli 2026 in beeld welke gemeentelijke gronden geschikt zijn voor sociale "
    "woningbouw en biedt Kempwaard voor ten minste twee van deze locaties een eerste recht van koop aan, tegen "
    "de grondprijs die de nota grondbeleid voor sociale huurwoningen voorschrijft.",
    "Gemeente", "1 juli 2026", B,
    F([G], "firm", [(2, "locaties", "min")], (2026, "vóór 1 juli 2026")),
    chg=("strengthened", ["deadline"], None)),
  A("verkoop", "Verkoop van huurwoningen",
    "Kempwaard verkoopt in 2026 maximaal 8 huurwoningen uit de sociale voorraad, uitsluitend bij mutatie en "
    "met voorrang voor huishoudens die al in Ruwaarde wonen. De opbrengst wordt volledig ingezet voor "
    "nieuwbouw en verduurzaming binnen de gemeente.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(8, "woningen", "max")], (2026, "in 2026"), rec=True),
    chg=("strengthened", ["quantity"], None)),
  A("liberalisatie", "Liberalisatie",
    "Kempwaard liberaliseert gedurende de looptijd van deze afspraken geen sociale huurwoningen; woningen die "
    "vrijkomen, blijven beschikbaar voor de sociale doelgroep.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(0, "woningen", "max")], None, rec=True),
    chg=("strengthened", ["quantity"], None)),
  A("huurverhoging", "Jaarlijkse huuraanpassing",
    "Kempwaard houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie zoals die "
    "door het Rijk voor de huurverhoging wordt gehanteerd en past geen inkomensafhankelijke huurverhoging toe.",
    "Kempwaard", "1 juli 2026", B,
    F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True),
    chg=("strengthened", ["quantity"], None)),
  A("passend-toewijzen", "Passend toewijzen",
    "Bij de toewijzing van sociale huurwoningen hanteert Kempwaard voor eenpersoonshuishoudens een "
    "inkomensgrens van € 48.625 (prijspeil 2026) en wijst zij ten minste 95% van de vrijkomende woningen "
    "passend toe aan huishoudens met recht op huurtoeslag.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(48625, "euro", "exact"), (95, "%", "min")], None, rec=True),
    chg=("reworded", [], "indexed_amount")),
  A("statushouders", "Huisvesting vergunninghouders",
    "Kempwaard levert naar rato van haar aandeel in de sociale voorraad een bijdrage aan de huisvesting van "
    "vergunninghouders en stelt daartoe in 2026 naar verwachting 44 woningen beschikbaar, afgestemd op de "
    "taakstelling die het Rijk voor 2026 aan de gemeente heeft opgelegd.",
    "Kempwaard", "eind 2026", B,
    F([C], "firm", [(44, "woningen", "approx")], (2026, "in 2026"), rec=True),
    chg=("reworded", [], "external_figure")),
  A("wachttijd", "Inschrijfduur",
    "Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die een sociale huurwoning "
    "accepteren, in 2026 niet verder oploopt dan 5 jaar.",
    "Partijen", "eind 2026", B,
    F([P], "intent", [(5, "jaar", "max")], (2026, "in 2026"), rec=True),
    chg=("strengthened", ["quantity"], None)),
  A("doorstroming-senioren", "Doorstroming van senioren",
    "Kempwaard onderzoekt of de verhuisregeling voor senioren, waarbij ouderen die een eengezinswoning "
    "achterlaten hun huidige huurprijs meenemen naar een passende gelijkvloerse woning en een "
    "verhuisvergoeding van € 1.500 ontvangen, in 2026 kan worden voortgezet.",
    "Kempwaard", "Q2 2026", B,
    F([C], "explore", [(1500, "euro", "exact")], (2026, "in 2026")),
    chg=("weakened", ["modality"], None)),
  A("overbruggingsfonds", "Overbruggingsfonds huurachterstand",
    "De gemeente stelt in 2026 een bedrag van € 25.000 beschikbaar voor een fonds waaruit de huurachterstand "
    "van huishoudens die een schuldhulptraject volgen eenmalig kan worden overbrugd, zodat een ontruiming "
    "wordt voorkomen.",
    "Gemeente", "eind 2026", B,
    F([G], "firm", [(25000, "euro", "exact")], (2026, "in 2026")),
    chg=("new", [], None)),
 ]),
 ("3", "Duurzaam wonen",
  "Kempwaard ligt op koers om haar laatste woningen met een slecht energielabel te verbeteren. Tegelijk is "
  "gebleken dat het warmtenet in Oosterkamp-Noord later beschikbaar komt dan verwacht, omdat de "
  "netbeheerder en de warmteleverancier nog geen overeenstemming hebben bereikt. Partijen houden vast aan het "
  "uitgangspunt dat verduurzaming voor huurders woonlastenneutraal verloopt.",
  [
  A("label-efg", "Uitfasering slechte labels",
    "Kempwaard heeft uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in bezit. De resterende "
    "60 woningen met zo'n label worden in 2026 verbeterd tot ten minste label B.",
    "Kempwaard", "eind 2026", D,
    F([C], "firm", [(60, "woningen", "exact")], (2026, "uiterlijk eind 2026")),
    chg=("reworded", [], "progress")),
  A("gemiddeld-label", "Gemiddeld energielabel",
    "Partijen spreken af dat het woningbezit van Kempwaard in Ruwaarde uiterlijk in 2028 ten minste gemiddeld "
    "energielabel C heeft; per complex wordt bezien welke ingreep het meest kosteneffectief is.",
    "Kempwaard", "2028", D,
    F([P], "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028")),
    chg=("weakened", ["label"], None)),
  A("energiearmoede", "Energiearmoede",
    "De gemeente zet in 2026 zes energiecoaches in die huurders met een hoge energierekening thuis adviseren "
    "en kleine besparende voorzieningen aanbrengen. Kempwaard benadert daartoe actief de huurders van de 300 "
    "woningen met het laagste energielabel.",
    "Gemeente", "eind 2026", D,
    F([G, C], "firm", [(6, "energiecoaches", "exact"), (300, "woningen", "exact")], (2026, "in 2026"), rec=True),
    themes=[D, B], chg=("strengthened", ["quantity"], None)),
  A("zonnepanelen", "Zonnepanelen",
    "Kempwaard plaatst in 2026 zonnepanelen op 150 grondgebonden huurwoningen, voor zover de netbeheerder "
    "voldoende capaciteit op het net beschikbaar stelt; de huurder betaalt daarvoor een maandelijkse "
    "vergoeding die lager ligt dan de gemiddelde besparing op de energierekening.",
    "Kempwaard", "eind 2026", D,
    F([C], "firm", [(150, "woningen", "exact")], (2026, "in 2026"),
      cond=["voor zover de netbeheerder voldoende capaciteit op het net beschikbaar stelt"]),
    chg=("weakened", ["quantity", "condition"], None)),
  A("aardgasvrij-oosterkamp", "Aardgasvrij Oosterkamp-Noord",
    "Kempwaard onderzoekt, in overleg met de gemeente, of de 120 woningen in Oosterkamp-Noord vóór 2030 op het "
    "nieuwe warmtenet kunnen worden aangesloten, zodra de haalbaarheid van het warmtenet is vastgesteld.",
    "Kempwaard", "2030", D,
    F([C], "explore", [(120, "woningen", "exact")], (2030, "vóór 2030"),
      cond=["zodra de haalbaarheid van het warmtenet is vastgesteld"]),
    chg=("weakened", ["modality", "deadline", "condition"], None)),
  A("warmtepompen", "Hybride warmtepompen",
    "Kempwaard brengt in 2026 in alle eengezinswoningen met label A of B in de wijken Bloemenbuurt en Zuidhoek "
    "een hybride warmtepomp aan en deelt de ervaringen van bewoners met beide huurdersorganisaties.",
    "Kempwaard", "eind 2026", D,
    F([C], "firm", [], (2026, "in 2026")),
    chg=("strengthened", ["modality", "scope"], None)),
  A("klimaatadaptatie", "Klimaatadaptatie",
    "De gemeente en Kempwaard organiseren jaarlijks met bewoners ten minste drie acties om tuinen en "
    "binnenterreinen te vergroenen. Kempwaard neemt bij groot onderhoud de mogelijkheden voor waterberging en "
    "groene daken mee in het ontwerp.",
    "Gemeente en Kempwaard", "doorlopend", D,
    F([G, C], "firm", [(3, "acties", "min")], None, rec=True), chg=U),
  A("zonnedaken-collectief", "Collectieve zonnedaken",
    "De gemeente stelt in 2026 een subsidie van € 40.000 beschikbaar voor collectieve zonne-energieprojecten "
    "op daken van maatschappelijk vastgoed, waarin ook huurders van Kempwaard kunnen deelnemen.",
    "Gemeente", "eind 2026", D,
    F([G], "firm", [(40000, "euro", "exact")], (2026, "in 2026")),
    chg=("new", [], None)),
  A("instemming-renovatie", "Instemming bij renovatie",
    "Een renovatie met verduurzaming begint pas nadat minimaal 70% van de huurders van het complex heeft "
    "ingestemd; Kempwaard betrekt de betreffende huurdersorganisatie vanaf de start van de planvorming bij het "
    "opstellen van het sociaal plan.",
    "Kempwaard", "doorlopend", D,
    F([C], "firm", [(70, "%", "min")], None), themes=[D, O],
    chg=("reworded", [], "same_figures")),
 ]),
 ("4", "Wonen, zorg en kwaliteit",
  "De vergrijzing zet door en het aantal huishoudens met een zorgvraag dat zelfstandig woont, groeit. In 2025 "
  "kwamen bij Kempwaard 212 meldingen over vocht en schimmel binnen, iets minder dan een jaar eerder. Partijen "
  "voegen de onderwerpen wonen met zorg en woningkwaliteit vanaf dit jaar samen in één hoofdstuk.",
  [
  A("vocht-schimmel", "Vocht en schimmel",
    "Kempwaard neemt een melding van vocht of schimmel binnen drie werkdagen in behandeling en voert de "
    "noodzakelijke herstelmaatregelen uit binnen zes weken na de inspectie.",
    "Kempwaard", "doorlopend", K,
    F([C], "firm", [(3, "dagen", "max"), (6, "weken", "max")], None, rec=True),
    chg=("strengthened", ["quantity"], None)),
  A("rookmelders", "Brandveiligheid",
    "Kempwaard plaatst in 2026 in de woningen van de complexen Bloemenbuurt en De Wending op elke verdieping een "
    "gekoppelde rookmelder; in de overige complexen gebeurt dit bij mutatie.",
    "Kempwaard", "eind 2026", K,
    F([C], "firm", [], (2026, "in 2026")),
    chg=("weakened", ["scope"], None)),
  A("huurdersoordeel", "Huurdersoordeel",
    "Kempwaard streeft naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling van "
    "reparatieverzoeken.",
    "Kempwaard", "doorlopend", K,
    F([C], "intent", [(7.5, "rapportcijfer", "min")], None, rec=True), chg=U),
  A("wmo-aanpassingen", "Woningaanpassingen",
    "Partijen werken volgens de in 2025 gemaakte afspraken over de afstemming van woningaanpassingen vanuit de "
    "Wmo; een aanpassing in een woning van Kempwaard wordt uitgevoerd binnen zes weken na de indicatie.",
    "Gemeente", "doorlopend", K,
    F([P], "firm", [(6, "weken", "max")], None, rec=True),
    chg=("strengthened", ["modality"], None)),
  A("toegankelijkheid", "Toegankelijkheid complexen",
    "Kempwaard brengt in 2026 van alle complexen met een lift de toegankelijkheid voor rollator- en "
    "rolstoelgebruikers in beeld en stelt op basis daarvan een verbeterplan op, dat met de huurdersorganisaties "
    "wordt besproken.",
    "Kempwaard", "Q4 2026", K,
    F([C], "firm", [], (2026, "in 2026")),
    chg=("new", [], None)),
  A("uitstroom-bescherm-wonen", "Uitstroom beschermd wonen",
    "Kempwaard stelt jaarlijks 12 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en "
    "maatschappelijke opvang en maakt per cliënt afspraken met de zorgaanbieder over de begeleiding.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(12, "woningen", "exact")], None, rec=True), themes=[B, L],
    chg=("strengthened", ["condition"], None)),
 ]),
 ("5", "Prettig wonen in de wijk",
  "De leefbaarheidsmonitor 2025 laat voor De Wending een lichte verbetering zien, maar het verschil met het "
  "gemeentelijke gemiddelde blijft groot. Partijen kiezen daarom voor een gerichte wijkaanpak. De afspraak over "
  "vroegsignalering is dit jaar in dit hoofdstuk opgenomen, omdat zij onderdeel is van de aanpak van "
  "kwetsbare huishoudens.",
  [
  A("leefbaarheidsbudget", "Leefbaarheidsbudget",
    "Kempwaard stelt in 2026 een leefbaarheidsbudget van € 165 per woning beschikbaar, binnen de wettelijke "
    "grens, waarvan een deel via de huurdersorganisaties wordt besteed aan bewonersinitiatieven.",
    "Kempwaard", "eind 2026", L,
    F([C], "firm", [(165, "euro", "exact")], (2026, "in 2026"), rec=True),
    chg=("strengthened", ["quantity"], None)),
  A("wijkactieplan-wending", "Wijkactieplan De Wending",
    "Partijen stellen vóór 1 oktober 2026 samen met bewoners een wijkactieplan op voor De Wending, waarin "
    "afspraken over beheer, toewijzing en ontmoeting in samenhang worden uitgewerkt.",
    "Gemeente", "1 oktober 2026", L,
    F([P], "firm", [], (2026, "vóór 1 oktober 2026")),
    chg=("new", [], None)),
  A("wijkbeheerders", "Wijkbeheer",
    "Kempwaard zet in de wijken Oosterkamp-Noord en De Wending elk een wijkbeheerder in die ten minste vijf "
    "dagdelen per week zichtbaar in de wijk aanwezig is.",
    "Kempwaard", "doorlopend", L,
    F([C], "firm", [(5, "dagdelen per week", "min")], None, rec=True),
    chg=("modified", ["scope", "quantity"], None)),
  A("vroegsignalering", "Vroegsignalering huurachterstand",
    "Kempwaard neemt binnen twee weken na het ontstaan van een huurachterstand persoonlijk contact op met de "
    "huurder en meldt een achterstand van één maand via het convenant vroegsignalering aan het gemeentelijke "
    "team schuldhulpverlening.",
    "Kempwaard", "doorlopend", B,
    F([C], "firm", [(2, "weken", "max"), (1, "maanden", "exact")], None, rec=True), themes=[B, L],
    chg=("strengthened", ["quantity"], None)),
  A("woonoverlast", "Woonoverlast",
    "De gemeente, Kempwaard en de politie houden eens per zes weken een casusoverleg over ernstige "
    "woonoverlast en zetten waar nodig buurtbemiddeling in.",
    "Gemeente", "doorlopend", L,
    F([G, C], "firm", [(6, "weken", "exact")], None, rec=True), chg=U),
  A("zachte-landing", "Zachte landing",
    "Kempwaard en het wijkteam dragen zorg voor een zachte landing van kwetsbare nieuwe huurders door binnen "
    "zes weken na de sleuteloverdracht een welkomstgesprek te voeren.",
    "Kempwaard", "doorlopend", L,
    F([C, "other"], "firm", [(6, "weken", "max")], None, rec=True), chg=U),
  A("bewonersinitiatieven", "Bewonersinitiatieven",
    "Huurdersvereniging Ruwaarde en Bewonersraad Oosterkamp helpen bewonerscommissies die een bijdrage voor "
    "een bewonersinitiatief willen aanvragen, en leggen eenmaal per jaar verantwoording af over de manier "
    "waarop deze middelen zijn besteed.",
    "Huurdersorganisaties", "doorlopend", L,
    F([H], "firm", [], None, rec=True),
    chg=("reworded", [], None)),
 ]),
 ("6", "Samenwerking en proces",
  "De samenwerking in het tripartiete overleg is in 2025 geëvalueerd. Uit de evaluatie kwam naar voren dat de "
  "huurdersorganisaties eerder in het proces willen worden betrokken en dat de rapportages beknopter kunnen.",
  [
  A("monitoring", "Monitoring",
    "Partijen monitoren de uitvoering van deze afspraken twee keer per jaar in het bestuurlijk overleg; "
    "Kempwaard zal daartoe vóór 1 maart 2026 en vóór 1 september 2026 een voortgangsrapportage aanleveren.",
    "Kempwaard", "1 maart en 1 september 2026", O,
    F([P, C], "firm", [(2, "keer per jaar", "exact")], (2026, "vóór 1 september 2026"), rec=True),
    chg=("reworded", [], "recurring_year")),
  A("bod-procedure", "Bod en nieuwe afspraken",
    "Kempwaard brengt vóór 1 juli 2026 haar bod uit op de woonvisie voor het jaar 2027, en partijen "
    "ondertekenen de prestatieafspraken 2027 uiterlijk op 15 december 2026.",
    "Kempwaard", "15 december 2026", O,
    F([C, P], "firm", [], (2026, "uiterlijk op 15 december 2026"), rec=True),
    chg=("reworded", [], "recurring_year")),
  A("ondersteuning-ho", "Ondersteuning huurdersorganisaties",
    "Kempwaard zegt toe beide huurdersorganisaties in 2026 gezamenlijk een bijdrage van € 28.000 "
    "beschikbaar te stellen voor ondersteuning, scholing en onafhankelijk advies bij de totstandkoming van "
    "de prestatieafspraken.",
    "Kempwaard", "eind 2026", O,
    F([C], "firm", [(28000, "euro", "exact")], (2026, "in 2026"), rec=True),
    chg=("weakened", ["quantity"], None)),
  A("woonvisie-actualisatie", "Actualisatie woonvisie",
    "De gemeente actualiseert uiterlijk medio 2026 de woonvisie en betrekt Kempwaard en de huurdersorganisaties "
    "bij de evaluatie van de huidige visie.",
    "Gemeente", "medio 2026", O,
    F([G], "firm", [], (2026, "uiterlijk medio 2026")),
    chg=("weakened", ["deadline"], None)),
  A("huurdersplatform", "Gezamenlijk huurdersplatform",
    "Huurdersvereniging Ruwaarde en Bewonersraad Oosterkamp richten uiterlijk 1 juli 2026 een gezamenlijk "
    "huurdersplatform op, dat namens beide organisaties aan het tripartiete overleg deelneemt; Kempwaard "
    "faciliteert de oprichting.",
    "Huurdersorganisaties", "1 juli 2026", O,
    F([H, C], "firm", [], (2026, "uiterlijk 1 juli 2026")),
    chg=("new", [], None)),
 ]),
]

# ---------------------------------------------------------------------------------------------
# Bod 2026 (letter, 26 juni 2025). Items: ("ctx", paragraph) or afspraak with lead-in (title);
# chg relative to prestatieafspraken 2026.
# ---------------------------------------------------------------------------------------------
BOD = [
 ("ctx", "Hierbij bieden wij u, mede namens onze huurdersorganisaties die wij in de voorbereiding hebben "
  "geraadpleegd, ons overzicht van voorgenomen werkzaamheden voor 2026 aan, met een doorkijk naar de jaren tot "
  "en met 2030. Dit bod vormt de basis voor de gesprekken over de prestatieafspraken 2026, die wij in het "
  "najaar met u en met Huurdersvereniging Ruwaarde en Bewonersraad Oosterkamp willen voeren."),
 ("ctx", "Wij danken u voor de constructieve samenwerking in het afgelopen jaar. In 2024 hebben wij 52 sociale "
  "huurwoningen opgeleverd, 168 woningen met een slecht energielabel verbeterd en het aantal ontruimingen "
  "wegens huurachterstand teruggebracht tot drie. Tegelijkertijd zagen wij de bouwkosten en de rente verder "
  "stijgen, wat onze investeringsruimte beperkt."),
 ("ctx", "Ons bod sluit aan bij de woonvisie Thuis in Ruwaarde 2023-2030 en bij de regionale woondeal Maas en "
  "Heide. Het is gebaseerd op onze meerjarenbegroting en op de uitkomsten van de huurdersraadpleging die wij "
  "in het voorjaar hebben gehouden. Hieronder lichten wij per onderwerp toe wat u van ons kunt verwachten."),
 ("head", "Beschikbaarheid en betaalbaarheid"),
 A("nieuwbouw-sociaal", "Nieuwbouw",
   "In de periode 2025-2028 bouwen wij ten minste 160 sociale huurwoningen in Ruwaarde. In 2026 leveren wij "
   "40 woningen op in Molenakker-Oost en Kerkstraat-Zuid, op voorwaarde dat de omgevingsvergunningen tijdig "
   "worden verleend.",
   None, None, B,
   F([C], "firm", [(160, "woningen", "min"), (40, "woningen", "exact")], (2028, "2025-2028"),
     cond=["op voorwaarde dat de omgevingsvergunningen tijdig worden verleend"]),
   chg=("reworded", [], "same_figures")),
 A("flexwoningen", "Flexwonen",
   "Wij verkennen de mogelijkheid om op de locatie Stationsweg voor een periode van vijftien jaar 30 "
   "flexwoningen te plaatsen voor spoedzoekers, indien de gemeente de grond om niet beschikbaar stelt.",
   None, None, B,
   F([C], "explore", [(30, "woningen", "exact")], None, cond=["indien de gemeente de grond om niet beschikbaar stelt"]),
   chg=("dropped", [], None)),
 A("verkoop", "Verkoop",
   "Wij verkopen in 2026 niet meer dan 12 woningen uit onze sociale voorraad, uitsluitend bij mutatie.",
   None, None, B,
   F([C], "firm", [(12, "woningen", "max")], (2026, "in 2026"), rec=True),
   chg=("strengthened", ["quantity"], None)),
 A("liberalisatie", "Liberalisatie",
   "Wij liberaliseren jaarlijks ten hoogste 5 sociale huurwoningen, die wij als middenhuurwoning aanbieden aan "
   "huishoudens met een middeninkomen.",
   None, None, B,
   F([C], "firm", [(5, "woningen", "max")], None, rec=True),
   chg=("strengthened", ["quantity"], None)),
 A("huurverhoging", "Huurbeleid",
   "Wij houden de gemiddelde huurverhoging per 1 juli 2026 maximaal gelijk aan de inflatie en passen geen "
   "inkomensafhankelijke huurverhoging toe.",
   None, None, B,
   F([C], "firm", [], (2026, "per 1 juli 2026"), rec=True),
   chg=("strengthened", ["quantity"], None)),
 A("streefhuren", "Streefhuur",
   "Bij nieuwe verhuringen in 2026 stellen wij de huur vast op maximaal 80% van de maximaal redelijke huur, "
   "zodat ook nieuwe huurders een betaalbare woning vinden.",
   None, None, B,
   F([C], "firm", [(80, "%", "max")], (2026, "in 2026"), rec=True),
   chg=("dropped", [], None)),
 A("passend-toewijzen", "Toewijzing",
   "Wij wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe en hanteren daarbij de "
   "inkomensgrenzen die het Rijk voor 2026 vaststelt.",
   None, None, B,
   F([C], "firm", [(95, "%", "min")], None, rec=True),
   chg=("reworded", [], None)),
 A("statushouders", "Vergunninghouders",
   "Wij nemen naar rato van ons aandeel in de sociale voorraad de huisvesting van vergunninghouders voor onze "
   "rekening, in lijn met de taakstelling die het Rijk voor 2026 aan de gemeente oplegt.",
   None, None, B,
   F([C], "firm", [], (2026, "voor 2026"), rec=True),
   chg=("reworded", [], None)),
 A("doorstroming-senioren", "Doorstroming",
   "Wij onderzoeken of wij de verhuisregeling voor senioren, met behoud van de huurprijs en een "
   "verhuisvergoeding van € 1.500, in 2026 kunnen voortzetten.",
   None, None, B,
   F([C], "explore", [(1500, "euro", "exact")], (2026, "in 2026")),
   chg=("reworded", [], None)),
 A("vroegsignalering", "Huurachterstanden",
   "Wij nemen binnen twee weken na het ontstaan van een achterstand contact op met de huurder en melden een "
   "achterstand van twee maanden bij het team schuldhulpverlening van de gemeente.",
   None, None, B,
   F([C], "firm", [(2, "weken", "max"), (2, "maanden", "exact")], None, rec=True), themes=[B, L],
   chg=("strengthened", ["quantity"], None)),
 ("head", "Duurzaamheid"),
 A("label-efg", "Slechte labels",
   "Eind 2026 hebben wij geen woningen met een E-, F- of G-label meer; de laatste 60 woningen verbeteren wij in "
   "2026 tot ten minste label B.",
   None, None, D,
   F([C], "firm", [(60, "woningen", "exact")], (2026, "eind 2026")),
   chg=("reworded", [], None)),
 A("gemiddeld-label", "Labelambitie",
   "Wij zorgen ervoor dat ons bezit in Ruwaarde uiterlijk in 2028 gemiddeld ten minste label C heeft.",
   None, None, D,
   F([C], "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028")),
   chg=("reworded", [], None)),
 A("energiearmoede", "Energiearmoede",
   "Wij benaderen in 2026 actief de huurders van de 400 woningen met het laagste energielabel en verwijzen hen "
   "door naar de energiecoaches van de gemeente.",
   None, None, D,
   F([C], "firm", [(400, "woningen", "exact")], (2026, "in 2026"), rec=True), themes=[D, B],
   chg=("weakened", ["quantity"], None)),
 A("zonnepanelen", "Zonnepanelen",
   "Wij plaatsen in 2026 zonnepanelen op 200 grondgebonden woningen, voor zover de netcapaciteit dat toelaat.",
   None, None, D,
   F([C], "firm", [(200, "woningen", "exact")], (2026, "in 2026"), cond=["voor zover de netcapaciteit dat toelaat"]),
   chg=("weakened", ["quantity"], None)),
 A("aardgasvrij-oosterkamp", "Warmtenet",
   "Wij onderzoeken met de gemeente of onze 120 woningen in Oosterkamp-Noord vóór 2030 op het warmtenet kunnen "
   "worden aangesloten, zodra de haalbaarheid van het warmtenet vaststaat.",
   None, None, D,
   F([C], "explore", [(120, "woningen", "exact")], (2030, "vóór 2030"),
     cond=["zodra de haalbaarheid van het warmtenet vaststaat"]),
   chg=("reworded", [], None)),
 A("warmtepompen", "Warmtepompen",
   "Na de geslaagde pilot brengen wij in 2026 in de eengezinswoningen met label A of B in de Bloemenbuurt "
   "hybride warmtepompen aan.",
   None, None, D,
   F([C], "firm", [], (2026, "in 2026")),
   chg=("strengthened", ["scope"], None)),
 A("instemming-renovatie", "Renovatie",
   "Wij beginnen een renovatie met verduurzaming pas als ten minste 70% van de huurders heeft ingestemd, en "
   "stellen het sociaal plan op met de betrokken huurdersorganisatie.",
   None, None, D,
   F([C], "firm", [(70, "%", "min")], None), themes=[D, O],
   chg=("reworded", [], None)),
 ("head", "Kwaliteit en wonen met zorg"),
 A("vocht-schimmel", "Vocht en schimmel",
   "Wij nemen meldingen van vocht en schimmel binnen vijf werkdagen in behandeling en herstellen de oorzaak "
   "binnen acht weken na de inspectie.",
   None, None, K,
   F([C], "firm", [(5, "dagen", "max"), (8, "weken", "max")], None, rec=True),
   chg=("strengthened", ["quantity"], None)),
 A("rookmelders", "Brandveiligheid",
   "Wij voorzien in 2026 alle huurwoningen die nog geen gekoppelde rookmelders hebben alsnog van een rookmelder "
   "op elke verdieping.",
   None, None, K,
   F([C], "firm", [], (2026, "in 2026")),
   chg=("weakened", ["scope"], None)),
 A("huurdersoordeel", "Dienstverlening",
   "Wij streven naar een huurdersoordeel van gemiddeld minimaal 7,5 voor de manier waarop wij "
   "reparatieverzoeken afhandelen.",
   None, None, K,
   F([C], "intent", [(7.5, "rapportcijfer", "min")], None, rec=True),
   chg=("reworded", [], "same_figures")),
 A("reparatie-app", "Digitale reparatieverzoeken",
   "Wij introduceren in 2026 een app waarmee huurders reparatieverzoeken kunnen melden en de voortgang kunnen "
   "volgen.",
   None, None, K,
   F([C], "firm", [], (2026, "in 2026")),
   chg=("dropped", [], None)),
 A("wmo-aanpassingen", "Woningaanpassingen",
   "Wij voeren woningaanpassingen vanuit de Wmo uit volgens de werkafspraken die wij in 2025 met de gemeente "
   "hebben gemaakt, binnen zes weken na de indicatie.",
   None, None, K,
   F([C], "firm", [(6, "weken", "max")], None, rec=True),
   chg=("reworded", [], None)),
 A("toegankelijkheid", "Toegankelijkheid",
   "Wij brengen in 2026 de toegankelijkheid van onze complexen met een lift in beeld en stellen op basis "
   "daarvan een verbeterplan op, dat wij met de huurdersorganisaties bespreken.",
   None, None, K,
   F([C], "firm", [], (2026, "in 2026")),
   chg=("reworded", [], None)),
 A("uitstroom-bescherm-wonen", "Uitstroom",
   "Wij stellen jaarlijks 10 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke "
   "opvang, mits de zorgaanbieder de begeleiding ten minste een jaar garandeert.",
   None, None, B,
   F([C], "firm", [(10, "woningen", "exact")], None, rec=True,
     cond=["mits de zorgaanbieder de begeleiding ten minste een jaar garandeert"]), themes=[B, L],
   chg=("strengthened", ["quantity", "condition"], None)),
 ("head", "Leefbaarheid en samenwerking"),
 A("leefbaarheidsbudget", "Leefbaarheid",
   "Wij trekken in 2026 een leefbaarheidsbudget uit van € 165 per woning, binnen de wettelijke grens.",
   None, None, L,
   F([C], "firm", [(165, "euro", "exact")], (2026, "in 2026"), rec=True),
   chg=("reworded", [], None)),
 A("wijkbeheerders", "Wijkbeheer",
   "Wij zetten in Oosterkamp-Noord en De Wending elk een wijkbeheerder in, die ten minste vijf dagdelen per "
   "week in de wijk aanwezig is.",
   None, None, L,
   F([C], "firm", [(5, "dagdelen per week", "min")], None, rec=True),
   chg=("reworded", [], None)),
 A("ondersteuning-ho", "Huurdersorganisaties",
   "Wij stellen onze huurdersorganisaties in 2026 samen een bijdrage van € 32.000 beschikbaar voor "
   "ondersteuning, scholing en advies.",
   None, None, O,
   F([C], "firm", [(32000, "euro", "exact")], (2026, "in 2026"), rec=True),
   chg=("weakened", ["quantity"], None)),
 A("monitoring", "Verantwoording",
   "Wij leveren vóór 1 maart 2026 en vóór 1 september 2026 een voortgangsrapportage aan, zodat partijen de "
   "uitvoering twee keer per jaar kunnen bespreken.",
   None, None, O,
   F([C], "firm", [(2, "keer per jaar", "exact")], (2026, "vóór 1 september 2026"), rec=True),
   chg=("reworded", [], None)),
 ("ctx", "Wij realiseren ons dat niet alle wensen uit de woonvisie binnen onze financiële mogelijkheden "
  "passen. Wij gaan graag met u en met de huurdersorganisaties in gesprek over de keuzes die daarbij moeten "
  "worden gemaakt, en zien uit naar een zorgvuldig en open proces."),
]
