# -*- coding: utf-8 -*-
"""Content source for the zwaluwdijk family (fictional). All texts are original."""

GEMEENTE = "Gemeente Zwaluwdijk"
CORPORATIES = ["Woonstichting Oeverland", "Woningbouwvereniging Brederwaard"]
HUURDERS = ["Huurdersvereniging De Zwaluwkring"]
YEARS = [2024, 2025, 2026]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[:3]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def V(text, frame, gereed):
    return {"text": text, "frame": frame, "gereed": gereed}


A = {}


def add(key, code, themes, short, **versions):
    A[key] = {"code": code, "themes": themes, "short": short,
              "v": {int(y[1:]): v for y, v in versions.items()}}


# ---------------------------------------------------------------- beschikbaarheid en betaalbaarheid
add("nieuwbouw-sociaal", "C", [B], "Oplevering nieuwe sociale huurwoningen",
    y2024=V("De corporaties leveren in 2024 gezamenlijk ten minste 85 nieuwe sociale huurwoningen op, waarvan 50 door Oeverland in het plan Kievitshoek-Zuid en 35 door Brederwaard aan de Molenkade. Bij dreigende vertraging van een project informeren zij de gemeente en De Zwaluwkring binnen een maand over de oorzaak en de aangepaste planning.",
            F(["corporatie"], "firm", [(85, "woningen", "min"), (50, "woningen", "exact"), (35, "woningen", "exact")], (2024, "in 2024")), "eind 2024"),
    y2025=V("De corporaties leveren in 2025 gezamenlijk ten minste 70 nieuwe sociale huurwoningen op, waarvan 40 door Oeverland in het plan Kievitshoek-Zuid en 30 door Brederwaard aan de Molenkade. Bij dreigende vertraging van een project informeren zij de gemeente en De Zwaluwkring binnen een maand over de oorzaak en de aangepaste planning.",
            F(["corporatie"], "firm", [(70, "woningen", "min"), (40, "woningen", "exact"), (30, "woningen", "exact")], (2025, "in 2025")), "eind 2025"),
    y2026=V("De corporaties leveren in 2026 gezamenlijk ten minste 90 nieuwe sociale huurwoningen op, namelijk 55 door Oeverland in het plan Kievitshoek-Zuid en aan de Veldstraat en 35 door Brederwaard aan de Molenkade en in De Horst. Bij dreigende vertraging van een project informeren zij de gemeente en De Zwaluwkring binnen een maand over de oorzaak en de aangepaste planning.",
            F(["corporatie"], "firm", [(90, "woningen", "min"), (55, "woningen", "exact"), (35, "woningen", "exact")], (2026, "in 2026")), "eind 2026"))

_plan30 = V("De gemeente zorgt ervoor dat in elk nieuw woningbouwplan van 20 woningen of meer ten minste 30% van het programma uit sociale huurwoningen bestaat en legt dit vast in de anterieure overeenkomst met de ontwikkelaar. Afwijking hiervan is alleen mogelijk na bespreking in het tripartiete overleg.",
            F(["gemeente"], "firm", [(20, "woningen", "min"), (30, "%", "min")]), "doorlopend")
add("plancapaciteit-sociaal", "G", [B], "Aandeel sociale huur in bouwplannen",
    y2024=_plan30, y2025=_plan30,
    y2026=V("De gemeente zorgt ervoor dat in elk nieuw woningbouwplan van 20 woningen of meer ten minste 35% van het programma uit sociale huurwoningen bestaat en legt dit vast in de anterieure overeenkomst met de ontwikkelaar. Afwijking hiervan is alleen mogelijk na bespreking in het tripartiete overleg.",
            F(["gemeente"], "firm", [(20, "woningen", "min"), (35, "%", "min")]), "doorlopend"))

add("locaties-tijdelijk", "G", [B], "Locaties voor tijdelijke woningen",
    y2024=V("De gemeente brengt uiterlijk eind 2024 ten minste twee locaties in beeld waar tijdelijke woningen voor spoedzoekers en starters kunnen worden geplaatst en stelt deze, na instemming van het college, voor een periode van ten minste tien jaar beschikbaar aan de corporaties.",
            F(["gemeente"], "firm", [(2, "locaties", "min"), (10, "jaar", "min")], (2024, "eind 2024"), cond=["na instemming van het college"]), "eind 2024"),
    y2025=V("De gemeente brengt uiterlijk medio 2025 ten minste één locatie in beeld waar tijdelijke woningen voor spoedzoekers en starters kunnen worden geplaatst en stelt deze, na instemming van het college, voor een periode van ten minste tien jaar beschikbaar aan de corporaties.",
            F(["gemeente"], "firm", [(1, "locaties", "min"), (10, "jaar", "min")], (2025, "medio 2025"), cond=["na instemming van het college"]), "medio 2025"))

add("verkoop", "C", [B], "Beperkte verkoop bestaande huurwoningen",
    y2024=V("In 2024 verkopen de corporaties samen maximaal 20 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan huurders en starters uit Zwaluwdijk. De opbrengst wordt volledig ingezet voor nieuwbouw en verduurzaming binnen de gemeente.",
            F(["corporatie"], "firm", [(20, "woningen", "max")], (2024, "in 2024"), rec=True), "2024"),
    y2025=V("In 2025 verkopen de corporaties samen maximaal 12 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan huurders en starters uit Zwaluwdijk. De opbrengst wordt volledig ingezet voor nieuwbouw en verduurzaming binnen de gemeente.",
            F(["corporatie"], "firm", [(12, "woningen", "max")], (2025, "in 2025"), rec=True), "2025"),
    y2026=V("In 2026 verkopen de corporaties samen maximaal 12 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan huurders en starters uit Zwaluwdijk. De opbrengst wordt volledig ingezet voor nieuwbouw en verduurzaming binnen de gemeente.",
            F(["corporatie"], "firm", [(12, "woningen", "max")], (2026, "in 2026"), rec=True), "2026"))

_lib = V("De corporaties liberaliseren per jaar ten hoogste 10 sociale huurwoningen, en dan alleen woningen die bij mutatie vrijkomen en liggen in een complex waarvoor een verkoop- of herstructureringsbesluit is genomen.",
         F(["corporatie"], "firm", [(10, "woningen", "max")], rec=True), "doorlopend")
add("liberalisatie", "C", [B], "Liberalisatie van sociale huurwoningen",
    y2024=_lib, y2025=_lib,
    y2026=V("De corporaties liberaliseren geen sociale huurwoningen, ook niet wanneer deze bij mutatie vrijkomen.",
            F(["corporatie"], "firm", [(0, "woningen", "max")]), "doorlopend"))

add("huurverhoging", "C", [B], "Gematigde jaarlijkse huuraanpassing",
    y2024=V("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2024 voor hun sociale huurwoningen tot maximaal de inflatie en passen geen inkomensafhankelijke huurverhoging toe. Huurders met een huur onder de streefhuur krijgen geen extra huurharmonisatie.",
            F(["corporatie"], "firm", [], (2024, "per 1 juli 2024"), rec=True), "1 juli 2024"),
    y2025=V("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 voor hun sociale huurwoningen tot ten minste 0,5% onder de inflatie en passen geen inkomensafhankelijke huurverhoging toe. Huurders met een huur onder de streefhuur krijgen geen extra huurharmonisatie.",
            F(["corporatie"], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), rec=True), "1 juli 2025"),
    y2026=V("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2026 voor hun sociale huurwoningen tot ten minste 0,5% onder de inflatie en passen geen inkomensafhankelijke huurverhoging toe. Huurders met een huur onder de streefhuur krijgen geen extra huurharmonisatie.",
            F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True), "1 juli 2026"))


def _passend(y, a1, a2, v1, v2):
    return V("De corporaties wijzen ten minste 95%% van hun vrijkomende sociale huurwoningen passend toe aan huishoudens met een inkomen tot de grenzen voor passend toewijzen (prijspeil %d: %s voor eenpersoonshuishoudens en %s voor meerpersoonshuishoudens). De vrije toewijzingsruimte van 7,5%% wordt benut voor maatwerk in urgente situaties." % (y, a1, a2),
             F(["corporatie"], "firm", [(95, "%", "min"), (v1, "euro", "exact"), (v2, "euro", "exact"), (7.5, "%", "exact")], rec=True), "doorlopend")


add("passend-toewijzen", "C", [B], "Passend toewijzen binnen inkomensgrenzen",
    y2024=_passend(2024, "€ 32.175", "€ 44.035", 32175, 44035),
    y2025=_passend(2025, "€ 32.950", "€ 44.725", 32950, 44725),
    y2026=_passend(2026, "€ 33.775", "€ 45.850", 33775, 45850))

add("vergunninghouders", "P", [B], "Huisvesting vergunninghouders volgens taakstelling",
    y2024=V("Partijen huisvesten gezamenlijk het aantal vergunninghouders dat het Rijk voor 2024 aan Zwaluwdijk heeft opgelegd, te weten 46 personen, waarbij de corporaties de woningen leveren en de gemeente zorgdraagt voor begeleiding gedurende de eerste twaalf maanden.",
            F(["partijen"], "firm", [(46, "personen", "exact"), (12, "maanden", "exact")], (2024, "2024"), rec=True), "eind 2024"),
    y2025=V("Partijen huisvesten gezamenlijk het aantal vergunninghouders dat het Rijk voor 2025 aan Zwaluwdijk heeft opgelegd, te weten 58 personen, waarbij de corporaties de woningen leveren en de gemeente zorgdraagt voor begeleiding gedurende de eerste twaalf maanden.",
            F(["partijen"], "firm", [(58, "personen", "exact"), (12, "maanden", "exact")], (2025, "2025"), rec=True), "eind 2025"),
    y2026=V("Partijen huisvesten gezamenlijk, voor zover de beschikbare sociale voorraad dit toelaat, het aantal vergunninghouders dat het Rijk voor 2026 aan Zwaluwdijk heeft opgelegd, te weten 58 personen, waarbij de corporaties de woningen leveren en de gemeente zorgdraagt voor begeleiding gedurende de eerste twaalf maanden.",
            F(["partijen"], "firm", [(58, "personen", "exact"), (12, "maanden", "exact")], (2026, "2026"), rec=True, cond=["voor zover de beschikbare sociale voorraad dit toelaat"]), "eind 2026"))

_jong = V("De gemeente neemt een voorrangsregeling voor jongeren tot 28 jaar met een aantoonbare lokale binding op in de huisvestingsverordening; de corporaties passen deze regeling toe bij ten hoogste 25% van hun vrijkomende woningen tot de tweede aftoppingsgrens.",
          F(["gemeente", "corporatie"], "firm", [(28, "jaar", "max"), (25, "%", "max")]), "doorlopend")
add("voorrang-jongeren", "G", [B], "Voorrang jongeren met lokale binding",
    y2024=V("De gemeente onderzoekt of in de huisvestingsverordening een voorrangsregeling kan worden opgenomen voor jongeren tot 28 jaar met een aantoonbare lokale binding, en bespreekt de uitkomst in het tweede kwartaal met de corporaties en De Zwaluwkring.",
            F(["gemeente"], "explore", [(28, "jaar", "max")]), "Q2 2024"),
    y2025=_jong, y2026=_jong)

add("doorstroming-senioren", "C", [B, K], "Verhuisbegeleiding voor doorstromende senioren",
    y2024=V("De corporaties zetten zich in om in 2024 ten minste 25 senioren uit een eengezinswoning te laten verhuizen naar een passende, gelijkvloerse woning. Zij bieden daartoe een verhuisbegeleider, een tegemoetkoming in de verhuiskosten en behoud van de huidige kale huurprijs per vierkante meter aan.",
            F(["corporatie"], "intent", [(25, "senioren", "min")], (2024, "in 2024"), rec=True), "2024"),
    y2025=V("Senioren die hun eengezinswoning willen verruilen voor een gelijkvloerse woning krijgen van de corporaties ondersteuning bij de verhuizing: een vaste verhuisconsulent, een vergoeding voor de verhuiskosten en een huur die is afgestemd op hun huidige huurprijs per vierkante meter. De corporaties spannen zich in om op deze manier in 2025 ten minste 25 senioren te laten doorstromen.",
            F(["corporatie"], "intent", [(25, "senioren", "min")], (2025, "in 2025"), rec=True), "2025"),
    y2026=V("In de wijk De Horst krijgen senioren die hun eengezinswoning willen verruilen voor een gelijkvloerse woning bij wijze van pilot ondersteuning van de corporaties bij de verhuizing: een vaste verhuisconsulent, een vergoeding voor de verhuiskosten en een huur die is afgestemd op hun huidige huurprijs per vierkante meter. De corporaties spannen zich in om op deze manier in 2026 ten minste 25 senioren te laten doorstromen.",
            F(["corporatie"], "intent", [(25, "senioren", "min")], (2026, "in 2026"), rec=True), "2026"))

_zoek4 = V("Door de corporaties wordt ernaar gestreefd de gemiddelde zoektijd van starters terug te brengen tot maximaal 4 jaar, onder meer door een deel van de vrijkomende appartementen via loting aan te bieden.",
           F(["corporatie"], "intent", [(4, "jaar", "max")]), "doorlopend")
add("zoektijd-starters", "C", [B], "Kortere zoektijd voor starters",
    y2024=_zoek4, y2025=_zoek4,
    y2026=V("Door de corporaties wordt ernaar gestreefd de gemiddelde zoektijd van starters terug te brengen tot maximaal 5 jaar, onder meer door een deel van de vrijkomende appartementen via loting aan te bieden.",
            F(["corporatie"], "intent", [(5, "jaar", "max")]), "doorlopend"))

_vroeg1 = V("De corporaties nemen persoonlijk contact op met een huurder zodra de huurachterstand één maand bedraagt en melden de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de gemeente.",
            F(["corporatie"], "firm", [(1, "maanden", "max")]), "doorlopend")
add("vroegsignalering", "C", [B], "Vroeg contact bij huurachterstand",
    y2024=V("De corporaties nemen persoonlijk contact op met een huurder zodra de huurachterstand twee maanden bedraagt en melden de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de gemeente.",
            F(["corporatie"], "firm", [(2, "maanden", "max")]), "doorlopend"),
    y2025=_vroeg1, y2026=_vroeg1)

add("huisuitzettingen", "P", [B, L], "Zo min mogelijk huisuitzettingen",
    y2024=V("Partijen streven naar ten hoogste 5 huisuitzettingen per jaar als gevolg van huurachterstand. Een ontruiming wordt pas aangevraagd nadat de huurder een schriftelijk aanbod voor schuldhulpverlening heeft ontvangen.",
            F(["partijen"], "intent", [(5, "huisuitzettingen", "max")], rec=True), "doorlopend"),
    y2025=V("Partijen hebben de ambitie het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal 5 per jaar. Voordat een ontruiming wordt aangevraagd, ontvangt de huurder altijd een schriftelijk aanbod voor schuldhulpverlening.",
            F(["partijen"], "intent", [(5, "huisuitzettingen", "max")], rec=True), "doorlopend"),
    y2026=V("Partijen hebben de ambitie het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal 3 per jaar. Voordat een ontruiming wordt aangevraagd, ontvangt de huurder altijd een schriftelijk aanbod voor schuldhulpverlening.",
            F(["partijen"], "intent", [(3, "huisuitzettingen", "max")], rec=True), "doorlopend"))

add("aankoop-woningen", "C", [B], "Onderzoek aankoop particuliere woningen",
    y2024=V("Brederwaard onderzoekt of zij in 2024 tien woningen uit de particuliere voorraad in de kern Oudedijk kan aankopen om deze aan de sociale voorraad toe te voegen, onder voorbehoud van goedkeuring door de raad van commissarissen.",
            F(["corporatie"], "explore", [(10, "woningen", "approx")], (2024, "in 2024"), cond=["onder voorbehoud van goedkeuring door de raad van commissarissen"]), "eind 2024"))

add("woningdelen", "G", [B], "Verkenning woningdelen en hospitaverhuur",
    y2025=V("De gemeente verkent samen met de corporaties de mogelijkheden voor woningdelen en hospitaverhuur en past waar nodig het parkeer- en bestemmingsbeleid aan om deze vormen van wonen te vergemakkelijken.",
            F(["gemeente", "corporatie"], "explore", [], cond=["waar nodig"]), "eind 2025"),
    y2026=V("Samen met de corporaties brengt de gemeente in kaart welke mogelijkheden er zijn voor woningdelen en hospitaverhuur; waar nodig worden het parkeerbeleid en de regels in het omgevingsplan aangepast om deze woonvormen eenvoudiger te maken.",
            F(["gemeente", "corporatie"], "explore", [], cond=["waar nodig"]), "eind 2026"))

add("middenhuur", "C", [B], "Middenhuurwoningen door Oeverland",
    y2026=V("Oeverland heeft de ambitie om in de periode 2026-2028 ten minste 30 middenhuurwoningen te realiseren voor huishoudens met een middeninkomen, indien de gemeente hiervoor grond tegen een passende grondprijs beschikbaar stelt.",
            F(["corporatie"], "intent", [(30, "woningen", "min")], (2028, "2026-2028"), cond=["indien de gemeente hiervoor grond tegen een passende grondprijs beschikbaar stelt"]), "2028"))

# ---------------------------------------------------------------- duurzaamheid
add("labels-efg", "C", [D], "Uitfaseren labels E, F en G",
    y2024=V("De corporaties verbeteren vóór eind 2026 alle 260 woningen met energielabel E, F of G tot ten minste label B; in 2024 worden hiervan 140 woningen aangepakt.",
            F(["corporatie"], "firm", [(260, "woningen", "exact"), ("B", "label", "min"), (140, "woningen", "exact")], (2026, "vóór eind 2026")), "eind 2026"),
    y2025=V("De corporaties verbeteren vóór eind 2026 de resterende 120 woningen met energielabel E, F of G tot ten minste label C; in 2025 worden hiervan 60 woningen aangepakt.",
            F(["corporatie"], "firm", [(120, "woningen", "exact"), ("C", "label", "min"), (60, "woningen", "exact")], (2026, "vóór eind 2026")), "eind 2026"),
    y2026=V("De corporaties verbeteren vóór eind 2026 de resterende 60 woningen met energielabel E, F of G tot ten minste label C.",
            F(["corporatie"], "firm", [(60, "woningen", "exact"), ("C", "label", "min")], (2026, "vóór eind 2026")), "eind 2026"))

_gemA = V("De corporaties streven naar een gemiddeld energielabel A voor hun gehele woningbezit in Zwaluwdijk in 2028, in lijn met hun portefeuillestrategie en de doelen uit de Nationale Prestatieafspraken.",
          F(["corporatie"], "intent", [("A", "label", "approx")], (2028, "in 2028")), "2028")
add("gemiddeld-label", "C", [D], "Gemiddeld label A voor het bezit",
    y2024=_gemA, y2025=_gemA,
    y2026=V("De corporaties streven naar een gemiddeld energielabel A voor hun gehele woningbezit in Zwaluwdijk in 2030, in lijn met hun portefeuillestrategie en de doelen uit de Nationale Prestatieafspraken.",
            F(["corporatie"], "intent", [("A", "label", "approx")], (2030, "in 2030")), "2030"))

add("isolatie", "C", [D], "Isolatie van bestaande woningen",
    y2024=V("Oeverland en Brederwaard isoleren in 2024, mits de aannemerscapaciteit dit toelaat, samen 220 woningen op het niveau van de standaard voor woningisolatie, waarbij gevel, dak, vloer en glas in één ingreep worden aangepakt.",
            F(["corporatie"], "firm", [(220, "woningen", "exact")], (2024, "in 2024"), cond=["mits de aannemerscapaciteit dit toelaat"]), "eind 2024"),
    y2025=V("Oeverland en Brederwaard isoleren in 2025 samen 260 woningen op het niveau van de standaard voor woningisolatie, waarbij gevel, dak, vloer en glas in één ingreep worden aangepakt.",
            F(["corporatie"], "firm", [(260, "woningen", "exact")], (2025, "in 2025")), "eind 2025"),
    y2026=V("Onder voorbehoud van toekenning van de rijkssubsidie voor isolatie isoleren Oeverland en Brederwaard in 2026 samen 260 woningen op het niveau van de standaard voor woningisolatie, waarbij gevel, dak, vloer en glas in één ingreep worden aangepakt.",
            F(["corporatie"], "firm", [(260, "woningen", "exact")], (2026, "in 2026"), cond=["onder voorbehoud van toekenning van de rijkssubsidie voor isolatie"]), "eind 2026"))

_zon_pilot = V("Brederwaard biedt bij wijze van pilot de huurders in de complexen Gorzenhof en Rietkraag zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de verwachte besparing op de energierekening.",
               F(["corporatie"], "firm", []), "doorlopend")
add("zonnepanelen", "C", [D], "Zonnepanelen voor huurders",
    y2024=V("Brederwaard biedt alle huurders van een grondgebonden woning met een geschikt dak zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de verwachte besparing op de energierekening.",
            F(["corporatie"], "firm", []), "doorlopend"),
    y2025=_zon_pilot,
    y2026=V("Brederwaard onderzoekt of zij de huurders in de complexen Gorzenhof en Rietkraag zonnepanelen kan aanbieden tegen een maandelijkse vergoeding die lager is dan de verwachte besparing op de energierekening.",
            F(["corporatie"], "explore", []), "Q4 2026"))

add("wijkuitvoeringsplan", "G", [D], "Wijkuitvoeringsplan aardgasvrij De Horst",
    y2024=V("De gemeente stelt vóór 1 oktober 2024 het wijkuitvoeringsplan aardgasvrij voor De Horst vast, nadat de corporaties en De Zwaluwkring in de gelegenheid zijn gesteld hierop te reageren.",
            F(["gemeente"], "firm", [], (2024, "vóór 1 oktober 2024")), "1 oktober 2024"),
    y2025=V("De gemeente stelt uiterlijk in het tweede kwartaal van 2025 het wijkuitvoeringsplan aardgasvrij voor De Horst vast, nadat de corporaties en De Zwaluwkring in de gelegenheid zijn gesteld hierop te reageren.",
            F(["gemeente"], "firm", [], (2025, "uiterlijk in het tweede kwartaal van 2025")), "Q2 2025"))

add("energiecoaches", "G", [D, B], "Energiecoaches voor huurders",
    y2024=V("De gemeente zet in 2024 energiecoaches in die huurders met een laag inkomen thuis advies geven over energiebesparing en stelt hiervoor een budget van € 40.000 beschikbaar; de corporaties wijzen de coaches op complexen met een hoog energieverbruik.",
            F(["gemeente", "corporatie"], "firm", [(40000, "euro", "exact")], (2024, "in 2024"), rec=True), "2024"),
    y2025=V("De gemeente zet in 2025 energiecoaches in die huurders met een laag inkomen thuis advies geven over energiebesparing en stelt hiervoor een budget van € 40.000 beschikbaar; de corporaties wijzen de coaches op complexen met een hoog energieverbruik.",
            F(["gemeente", "corporatie"], "firm", [(40000, "euro", "exact")], (2025, "in 2025"), rec=True), "2025"),
    y2026=V("De gemeente zet in 2026 energiecoaches in die huurders met een laag inkomen thuis advies geven over energiebesparing en stelt hiervoor een budget van € 60.000 beschikbaar; de corporaties wijzen de coaches op complexen met een hoog energieverbruik.",
            F(["gemeente", "corporatie"], "firm", [(60000, "euro", "exact")], (2026, "in 2026"), rec=True), "2026"))

_klim = V("Partijen werken volgens de gemaakte afspraken over het vergroenen van tuinen, binnenterreinen en schoolpleinen rond de complexen van de corporaties, om wateroverlast en hittestress tegen te gaan.",
          F(["partijen"], "firm", []), "doorlopend")
add("klimaatadaptatie", "P", [D, L], "Vergroening tegen wateroverlast en hitte",
    y2024=V("Partijen maken afspraken over het vergroenen van tuinen, binnenterreinen en schoolpleinen rond de complexen van de corporaties, om wateroverlast en hittestress tegen te gaan.",
            F(["partijen"], "discuss", []), "eind 2024"),
    y2025=_klim, y2026=_klim)

_voorl = V("De Zwaluwkring organiseert jaarlijks ten minste twee bewonersavonden over energiebesparing en de verduurzamingsplannen van de corporaties, en verzamelt daarbij signalen over tocht, vocht en hoge energielasten.",
           F(["huurdersorganisatie"], "firm", [(2, "bewonersavonden", "min")], rec=True), "jaarlijks")
add("bewonersavonden-energie", "H", [D], "Bewonersavonden over energiebesparing",
    y2024=_voorl, y2025=_voorl,
    y2026=V("Ten minste twee keer per jaar houdt De Zwaluwkring een bewonersavond over energiebesparing en de verduurzamingsplannen van de corporaties; signalen over tocht, vocht en hoge energielasten die daar naar voren komen, worden door haar verzameld en doorgegeven.",
            F(["huurdersorganisatie"], "firm", [(2, "keer per jaar", "min")], rec=True), "jaarlijks"))

add("circulair-bouwen", "C", [D], "Circulair en biobased bouwen",
    y2026=V("De corporaties passen bij ten minste één nieuwbouwproject per jaar circulaire of biobased bouwmaterialen toe en delen de opgedane ervaringen in het tripartiete overleg.",
            F(["corporatie"], "firm", [(1, "nieuwbouwprojecten", "min")], rec=True), "jaarlijks"))

add("warmtepompen", "C", [D], "Verkenning hybride warmtepompen Rietkraag",
    y2026=V("Brederwaard onderzoekt of in het complex Rietkraag hybride warmtepompen kunnen worden geplaatst, afhankelijk van de uitkomst van de technische opname in het eerste kwartaal van 2026.",
            F(["corporatie"], "explore", [], (2026, "eerste kwartaal van 2026"), cond=["afhankelijk van de uitkomst van de technische opname"]), "Q2 2026"))

# ---------------------------------------------------------------- kwaliteit
add("vocht-schimmel", "C", [K], "Snelle opvolging vocht en schimmel",
    y2024=V("De corporaties nemen binnen 5 werkdagen na een melding van vocht of schimmel contact op met de huurder en plannen een inspectie; zij verhelpen de oorzaak zo snel als technisch mogelijk en houden de huurder op de hoogte van de voortgang.",
            F(["corporatie"], "firm", [(5, "werkdagen", "max")]), "doorlopend"),
    y2025=V("De corporaties nemen binnen 3 werkdagen na een melding van vocht of schimmel contact op met de huurder en plannen een inspectie; zij verhelpen de oorzaak zo snel als technisch mogelijk en houden de huurder op de hoogte van de voortgang.",
            F(["corporatie"], "firm", [(3, "werkdagen", "max")]), "doorlopend"),
    y2026=V("Na een melding van vocht of schimmel nemen de corporaties binnen 3 werkdagen contact op met de huurder om een inspectie in te plannen. De oorzaak wordt zo snel als technisch mogelijk verholpen en de huurder wordt tussentijds over de voortgang geïnformeerd.",
            F(["corporatie"], "firm", [(3, "werkdagen", "max")]), "doorlopend"))

_lev = V("De corporaties streven ernaar jaarlijks ten minste 40 bestaande woningen geschikt te maken voor senioren door onder meer een traplift, verhoogde toiletten en drempelloze doorgangen aan te brengen, en deze woningen met voorrang toe te wijzen aan huurders van 65 jaar en ouder.",
         F(["corporatie"], "intent", [(40, "woningen", "min"), (65, "jaar", "min")], rec=True), "jaarlijks")
add("seniorenwoningen", "C", [K, B], "Bestaande woningen geschikt voor senioren",
    y2024=V("De corporaties zullen in 2024 ten minste 40 bestaande woningen geschikt maken voor senioren door onder meer een traplift, verhoogde toiletten en drempelloze doorgangen aan te brengen, en zullen deze woningen met voorrang toewijzen aan huurders van 65 jaar en ouder.",
            F(["corporatie"], "firm", [(40, "woningen", "min"), (65, "jaar", "min")], (2024, "in 2024")), "eind 2024"),
    y2025=_lev, y2026=_lev)

add("wmo-aanpassingen", "G", [K], "Afhandeling Wmo-woningaanpassingen",
    y2024=V("De gemeente handelt aanvragen voor een woningaanpassing op grond van de Wmo binnen 8 weken af en stemt met de corporaties af wie de kosten draagt bij aanpassingen boven € 10.000.",
            F(["gemeente"], "firm", [(8, "weken", "max"), (10000, "euro", "min")]), "doorlopend"),
    y2025=V("Aanvragen voor een woningaanpassing op grond van de Wmo worden door de gemeente binnen 8 weken afgehandeld; bij aanpassingen boven € 10.000 stemt zij met de corporaties af wie de kosten draagt.",
            F(["gemeente"], "firm", [(8, "weken", "max"), (10000, "euro", "min")]), "doorlopend"),
    y2026=V("Aanvragen voor een woningaanpassing op grond van de Wmo worden door de gemeente binnen 10 weken afgehandeld; bij aanpassingen boven € 10.000 stemt zij met de corporaties af wie de kosten draagt.",
            F(["gemeente"], "firm", [(10, "weken", "max"), (10000, "euro", "min")]), "doorlopend"))

add("woonzorgcomplex", "P", [K], "Woonzorgcomplex aan de Dorpsstraat",
    y2024=V("Partijen gaan in gesprek met zorgaanbieder Amaryllis Zorg over de mogelijkheden voor een woonzorgcomplex met ongeveer 30 zorggeschikte woningen aan de Dorpsstraat.",
            F(["partijen"], "discuss", [(30, "woningen", "approx")]), "2024"),
    y2025=V("Partijen stellen vóór eind 2025 samen met zorgaanbieder Amaryllis Zorg een programma van eisen op voor een woonzorgcomplex met ongeveer 30 zorggeschikte woningen aan de Dorpsstraat.",
            F(["partijen"], "firm", [(30, "woningen", "approx")], (2025, "vóór eind 2025")), "eind 2025"),
    y2026=V("Partijen stellen vóór medio 2026 samen met zorgaanbieder Amaryllis Zorg een programma van eisen op voor een woonzorgcomplex met ongeveer 30 zorggeschikte woningen aan de Dorpsstraat.",
            F(["partijen"], "firm", [(30, "woningen", "approx")], (2026, "vóór medio 2026")), "medio 2026"))

add("rookmelders", "C", [K], "Rookmelders in alle woningen",
    y2024=V("De corporaties plaatsen in 2024 in alle woningen die nog niet over een rookmelder beschikken op elke verdieping ten minste één gekoppelde rookmelder.",
            F(["corporatie"], "firm", [(1, "rookmelders", "min")], (2024, "in 2024")), "eind 2024"))

_oordeel = V("De Zwaluwkring peilt jaarlijks via een digitale enquête onder haar leden de tevredenheid over reparatieverzoeken en onderhoud, en bespreekt de uitkomsten met de directies van beide corporaties.",
             F(["huurdersorganisatie"], "firm", [], rec=True), "jaarlijks")
add("huurderspeiling", "H", [K], "Peiling tevredenheid reparaties en onderhoud",
    y2024=_oordeel, y2025=_oordeel)

add("loden-leidingen", "C", [K], "Vervanging loden waterleidingen",
    y2025=V("De corporaties inventariseren vóór eind 2026 welke woningen van vóór 1960 nog loden waterleidingen hebben en vervangen deze leidingen uiterlijk bij de eerstvolgende planmatige onderhoudsbeurt.",
            F(["corporatie"], "firm", [], (2026, "vóór eind 2026")), "eind 2026"),
    y2026=V("De corporaties inventariseren vóór medio 2026 welke woningen van vóór 1960 nog loden waterleidingen hebben en vervangen deze leidingen uiterlijk bij de eerstvolgende planmatige onderhoudsbeurt.",
            F(["corporatie"], "firm", [], (2026, "vóór medio 2026")), "medio 2026"))

# ---------------------------------------------------------------- leefbaarheid
add("leefbaarheidsbudget", "C", [L], "Leefbaarheidsbudget per verhuureenheid",
    y2024=V("De corporaties besteden jaarlijks gemiddeld € 95 per verhuureenheid (prijspeil 2024) aan leefbaarheidsactiviteiten, binnen de wettelijke grens, en leggen in hun jaarverslag verantwoording af over de besteding.",
            F(["corporatie"], "firm", [(95, "euro", "exact")], rec=True), "jaarlijks"),
    y2025=V("De corporaties besteden jaarlijks gemiddeld € 98 per verhuureenheid (prijspeil 2025) aan leefbaarheidsactiviteiten, binnen de wettelijke grens, en leggen in hun jaarverslag verantwoording af over de besteding.",
            F(["corporatie"], "firm", [(98, "euro", "exact")], rec=True), "jaarlijks"),
    y2026=V("De corporaties besteden jaarlijks gemiddeld € 125 per verhuureenheid (prijspeil 2026) aan leefbaarheidsactiviteiten, binnen de wettelijke grens, en leggen in hun jaarverslag verantwoording af over de besteding.",
            F(["corporatie"], "firm", [(125, "euro", "exact")], rec=True), "jaarlijks"))

_wb24 = V("Oeverland zet in de wijken De Horst en Kievitshoek een vaste wijkbeheerder in voor ten minste 24 uur per week, die aanspreekbaar is voor bewoners en toeziet op schoon, heel en veilig.",
          F(["corporatie"], "firm", [(24, "uur per week", "min")]), "doorlopend")
add("wijkbeheerder", "C", [L], "Wijkbeheerder in De Horst en Kievitshoek",
    y2024=_wb24, y2025=_wb24,
    y2026=V("Oeverland zet in de wijken De Horst en Kievitshoek een vaste wijkbeheerder in voor ten minste 16 uur per week, die aanspreekbaar is voor bewoners en toeziet op schoon, heel en veilig.",
            F(["corporatie"], "firm", [(16, "uur per week", "min")]), "doorlopend"))

_ovl = V("Partijen handelen complexe situaties van woonoverlast af volgens het convenant woonoverlast; deze casussen worden maandelijks besproken in het casusoverleg met de politie en het wijkteam.",
         F(["partijen"], "firm", [(1, "keer per maand", "exact")], rec=True), "maandelijks")
add("woonoverlast", "P", [L], "Aanpak woonoverlast via casusoverleg",
    y2024=V("Partijen werken volgens het convenant woonoverlast en bespreken complexe overlastsituaties in het maandelijkse casusoverleg met politie en wijkteam.",
            F(["partijen"], "firm", [(1, "keer per maand", "exact")], rec=True), "maandelijks"),
    y2025=_ovl, y2026=_ovl)

_zl = V("De gemeente zet zich ervoor in dat iedere bewoner die uitstroomt uit beschermd wonen of maatschappelijke opvang naar een woning van de corporaties gedurende ten minste zes maanden ambulante begeleiding krijgt.",
        F(["gemeente"], "intent", [(6, "maanden", "min")]), "doorlopend")
add("zachte-landing", "G", [L, B], "Begeleiding na uitstroom beschermd wonen",
    y2024=V("De gemeente zegt toe dat iedere bewoner die uitstroomt uit beschermd wonen of maatschappelijke opvang naar een woning van de corporaties gedurende ten minste zes maanden ambulante begeleiding krijgt.",
            F(["gemeente"], "firm", [(6, "maanden", "min")]), "doorlopend"),
    y2025=_zl, y2026=_zl)

add("buurtinitiatieven", "H", [L], "Ondersteuning buurtinitiatieven",
    y2024=V("De Zwaluwkring ondersteunt bewoners bij het opzetten van buurtinitiatieven en draagt jaarlijks ten minste drie initiatieven voor aan de corporaties voor een bijdrage uit het leefbaarheidsbudget.",
            F(["huurdersorganisatie"], "firm", [(3, "initiatieven", "min")], rec=True), "jaarlijks"))

_bc = V("De Zwaluwkring helpt bij de oprichting van bewonerscommissies in complexen waar deze nog ontbreken en biedt nieuwe commissieleden een basistraining aan over hun rechten op grond van de Wet op het overleg huurders verhuurder.",
        F(["huurdersorganisatie"], "firm", []), "doorlopend")
add("bewonerscommissies", "H", [L, O], "Oprichting en training bewonerscommissies", y2025=_bc, y2026=_bc)

_ont = V("De gemeente richt samen met welzijnsorganisatie Zwaluwzorg en Oeverland in de gemeenschappelijke ruimte van het complex Gorzenhof een ontmoetingsplek voor oudere bewoners in en draagt de kosten van de inrichting tot een bedrag van € 15.000.",
         F(["gemeente"], "firm", [(15000, "euro", "max")]), "eind 2025")
add("ontmoetingsplek", "G", [L], "Ontmoetingsplek voor oudere bewoners",
    y2024=V("De gemeente verkent met welzijnsorganisatie Zwaluwzorg en Oeverland of in de gemeenschappelijke ruimte van het complex Gorzenhof een ontmoetingsplek voor oudere bewoners kan worden ingericht.",
            F(["gemeente"], "explore", []), "eind 2024"),
    y2025=_ont,
    y2026=V("De gemeente richt samen met welzijnsorganisatie Zwaluwzorg en Oeverland in de gemeenschappelijke ruimten van de complexen Gorzenhof en Wilgenhof een ontmoetingsplek voor oudere bewoners in en draagt de kosten van de inrichting tot een bedrag van € 15.000.",
            F(["gemeente"], "firm", [(15000, "euro", "max")]), "eind 2026"))

# ---------------------------------------------------------------- proces
_mon2 = V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in het voorjaar aan de hand van de jaarcijfers en in het najaar aan de hand van een tussentijdse monitor.",
          F(["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True), "mei en november")
add("monitoring", "P", [O], "Voortgangsbespreking in bestuurlijk overleg",
    y2024=_mon2, y2025=_mon2,
    y2026=V("Partijen streven ernaar de voortgang van deze afspraken drie keer per jaar in het bestuurlijk overleg te bespreken, in het voorjaar aan de hand van de jaarcijfers en in de zomer en het najaar aan de hand van een tussentijdse monitor.",
            F(["partijen"], "intent", [(3, "keer per jaar", "exact")], rec=True), "drie keer per jaar"))


def _bod(y):
    return V("De corporaties brengen vóór 1 juli %d ieder hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en De Zwaluwkring, waarna partijen de prestatieafspraken voor het volgende jaar uiterlijk 15 december %d ondertekenen." % (y, y),
             F(["corporatie", "partijen"], "firm", [], (y, "vóór 1 juli %d" % y), rec=True), "1 juli %d" % y)


add("bod", "C", [O], "Uitbrengen bod en ondertekening", y2024=_bod(2024), y2025=_bod(2025), y2026=_bod(2026))


def _reactie(y):
    return V("De Zwaluwkring geeft uiterlijk 1 september %d een schriftelijke reactie op de biedingen van beide corporaties en wordt daarvoor tijdig in het bezit gesteld van de benodigde stukken." % y,
             F(["huurdersorganisatie"], "firm", [], (y, "uiterlijk 1 september %d" % y), rec=True), "1 september %d" % y)


add("reactie-bod", "H", [O], "Schriftelijke reactie op de biedingen",
    y2024=_reactie(2024), y2025=_reactie(2025), y2026=_reactie(2026))

_ond = V("De corporaties stellen De Zwaluwkring jaarlijks een werkbudget van € 25.000 beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijke deskundigheid bij het overleg over de prestatieafspraken.",
         F(["corporatie"], "firm", [(25000, "euro", "exact")], rec=True), "jaarlijks")
add("werkbudget-huurders", "C", [O], "Werkbudget voor de huurdersvereniging",
    y2024=_ond, y2025=_ond,
    y2026=V("De corporaties stellen De Zwaluwkring jaarlijks een werkbudget van € 30.000 beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijke deskundigheid bij het overleg over de prestatieafspraken.",
            F(["corporatie"], "firm", [(30000, "euro", "exact")], rec=True), "jaarlijks"))

add("woonvisie", "G", [O, B], "Vaststelling nieuwe woonvisie",
    y2024=V("De gemeente stelt uiterlijk in het derde kwartaal van 2024 een nieuwe woonvisie vast en betrekt de corporaties en De Zwaluwkring bij de voorbereiding via ten minste twee werkateliers.",
            F(["gemeente"], "firm", [(2, "werkateliers", "min")], (2024, "uiterlijk in het derde kwartaal van 2024")), "Q3 2024"),
    y2025=V("De gemeente stelt uiterlijk in het eerste kwartaal van 2025 een nieuwe woonvisie vast en betrekt de corporaties en De Zwaluwkring bij de voorbereiding via ten minste twee werkateliers.",
            F(["gemeente"], "firm", [(2, "werkateliers", "min")], (2025, "uiterlijk in het eerste kwartaal van 2025")), "Q1 2025"))

add("volkshuisvestingsprogramma", "G", [O, B], "Volkshuisvestingsprogramma als opvolger woonvisie",
    y2026=V("De gemeente stelt in 2026 een volkshuisvestingsprogramma op als opvolger van de woonvisie en legt het concept vóór vaststelling voor aan de corporaties en De Zwaluwkring.",
            F(["gemeente"], "firm", [], (2026, "in 2026")), "eind 2026"))

# ---------------------------------------------------------------- chapters per year (reading order)
CH_BESCH = "1 Beschikbaar en betaalbaar wonen"
CH_DUUR = "2 Duurzaamheid en energietransitie"
CH_KWAL = "3 Woningkwaliteit, wonen en zorg"
CH_LEEF_OLD = "4 Prettig wonen in de buurt"
CH_LEEF_NEW = "4 Leefbare wijken en buurten"
CH_PROC = "5 Samenwerking en proces"

CHAPTERS = {
    2024: [
        (CH_BESCH, ["nieuwbouw-sociaal", "plancapaciteit-sociaal", "locaties-tijdelijk", "aankoop-woningen", "verkoop", "liberalisatie",
                    "huurverhoging", "passend-toewijzen", "voorrang-jongeren", "zoektijd-starters", "vergunninghouders",
                    "doorstroming-senioren", "vroegsignalering", "huisuitzettingen"]),
        (CH_DUUR, ["labels-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "wijkuitvoeringsplan", "energiecoaches",
                   "klimaatadaptatie", "bewonersavonden-energie"]),
        (CH_KWAL, ["vocht-schimmel", "rookmelders", "seniorenwoningen", "wmo-aanpassingen", "woonzorgcomplex", "huurderspeiling"]),
        (CH_LEEF_OLD, ["leefbaarheidsbudget", "wijkbeheerder", "woonoverlast", "zachte-landing", "buurtinitiatieven", "ontmoetingsplek"]),
        (CH_PROC, ["woonvisie", "bod", "reactie-bod", "monitoring", "werkbudget-huurders"]),
    ],
    2025: [
        (CH_BESCH, ["nieuwbouw-sociaal", "plancapaciteit-sociaal", "locaties-tijdelijk", "woningdelen", "verkoop", "liberalisatie",
                    "huurverhoging", "passend-toewijzen", "voorrang-jongeren", "zoektijd-starters", "vergunninghouders",
                    "doorstroming-senioren", "vroegsignalering", "huisuitzettingen"]),
        (CH_DUUR, ["labels-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "wijkuitvoeringsplan", "energiecoaches",
                   "klimaatadaptatie", "bewonersavonden-energie"]),
        (CH_KWAL, ["vocht-schimmel", "loden-leidingen", "woonzorgcomplex", "seniorenwoningen", "wmo-aanpassingen", "huurderspeiling"]),
        (CH_LEEF_OLD, ["leefbaarheidsbudget", "wijkbeheerder", "woonoverlast", "zachte-landing", "ontmoetingsplek", "bewonerscommissies"]),
        (CH_PROC, ["woonvisie", "bod", "reactie-bod", "monitoring", "werkbudget-huurders"]),
    ],
    2026: [
        (CH_BESCH, ["nieuwbouw-sociaal", "middenhuur", "plancapaciteit-sociaal", "woningdelen", "verkoop", "liberalisatie",
                    "huurverhoging", "passend-toewijzen", "voorrang-jongeren", "zoektijd-starters", "vergunninghouders",
                    "doorstroming-senioren", "vroegsignalering", "huisuitzettingen"]),
        (CH_DUUR, ["labels-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "warmtepompen", "circulair-bouwen",
                   "klimaatadaptatie", "bewonersavonden-energie"]),
        (CH_KWAL, ["vocht-schimmel", "loden-leidingen", "woonzorgcomplex", "seniorenwoningen", "wmo-aanpassingen"]),
        (CH_LEEF_NEW, ["leefbaarheidsbudget", "energiecoaches", "wijkbeheerder", "woonoverlast", "zachte-landing", "ontmoetingsplek",
                       "bewonerscommissies"]),
        (CH_PROC, ["volkshuisvestingsprogramma", "bod", "reactie-bod", "monitoring", "werkbudget-huurders"]),
    ],
}

# ---------------------------------------------------------------- pair annotations (non-new/dropped/unchanged)
S, W, R, M = "strengthened", "weakened", "reworded", "modified"
PAIRS = {
    (2024, 2025): {
        "nieuwbouw-sociaal": (W, ["quantity"], None),
        "locaties-tijdelijk": (W, ["quantity", "deadline"], None),
        "labels-efg": (W, ["label"], None),
        "zonnepanelen": (W, ["scope"], None),
        "wijkuitvoeringsplan": (W, ["deadline"], None),
        "seniorenwoningen": (W, ["modality"], None),
        "zachte-landing": (W, ["modality"], None),
        "woonvisie": (W, ["deadline"], None),
        "verkoop": (S, ["quantity"], None),
        "huurverhoging": (S, ["quantity"], None),
        "voorrang-jongeren": (S, ["modality"], None),
        "vroegsignalering": (S, ["quantity"], None),
        "isolatie": (S, ["quantity", "condition"], None),
        "klimaatadaptatie": (S, ["modality"], None),
        "vocht-schimmel": (S, ["quantity"], None),
        "woonzorgcomplex": (S, ["modality"], None),
        "ontmoetingsplek": (S, ["modality"], None),
        "passend-toewijzen": (R, [], "indexed_amount"),
        "vergunninghouders": (R, [], "external_figure"),
        "doorstroming-senioren": (R, [], None),
        "huisuitzettingen": (R, [], "same_figures"),
        "energiecoaches": (R, [], "recurring_year"),
        "woonoverlast": (R, [], None),
        "leefbaarheidsbudget": (R, [], "indexed_amount"),
        "bod": (R, [], "recurring_year"),
        "reactie-bod": (R, [], "recurring_year"),
        "wmo-aanpassingen": (R, [], "same_figures"),
    },
    (2025, 2026): {
        "zoektijd-starters": (W, ["quantity"], None),
        "doorstroming-senioren": (W, ["scope"], None),
        "vergunninghouders": (W, ["condition"], None),
        "gemiddeld-label": (W, ["deadline"], None),
        "isolatie": (W, ["condition"], None),
        "zonnepanelen": (W, ["modality"], None),
        "woonzorgcomplex": (W, ["deadline"], None),
        "wmo-aanpassingen": (W, ["quantity"], None),
        "wijkbeheerder": (W, ["quantity"], None),
        "nieuwbouw-sociaal": (S, ["quantity"], None),
        "plancapaciteit-sociaal": (S, ["quantity"], None),
        "liberalisatie": (S, ["quantity"], None),
        "huisuitzettingen": (S, ["quantity"], None),
        "energiecoaches": (S, ["quantity"], None),
        "leefbaarheidsbudget": (S, ["quantity"], None),
        "werkbudget-huurders": (S, ["quantity"], None),
        "loden-leidingen": (S, ["deadline"], None),
        "ontmoetingsplek": (S, ["scope"], None),
        "monitoring": (M, ["quantity", "modality"], None),
        "verkoop": (R, [], "recurring_year"),
        "huurverhoging": (R, [], "recurring_year"),
        "passend-toewijzen": (R, [], "indexed_amount"),
        "labels-efg": (R, [], "progress"),
        "vocht-schimmel": (R, [], "same_figures"),
        "bod": (R, [], "recurring_year"),
        "reactie-bod": (R, [], "recurring_year"),
        "bewonersavonden-energie": (R, [], "same_figures"),
        "woningdelen": (R, [], None),
    },
}
