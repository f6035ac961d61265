# -*- coding: utf-8 -*-
"""Content of the marwolde family (fictional): prestatieafspraken 2024, bod 2025, prestatieafspraken 2025.

Gemeente Marwolde (kernen Marwolde, Wessinge, Ommelterp, Harkeveen), Woonstichting Korenwolde,
Huurdersvereniging Het Wolder Dak. All names are invented.

Afspraak tuples are dicts built with A(); a soft hyphen (\\xad) marks a place where the renderer may
hyphenate a long word; it is removed from the gold text.
"""

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

SH = "\xad"

GEMEENTE = "Marwolde"
CORPORATIE = "Woonstichting Korenwolde"
HUURDERS = "Huurdersvereniging Het Wolder Dak"


def Q(value, unit, comp="exact", vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def A(key, text, trekker=None, planning=None, theme=BB, themes=None, actors=("corporatie",), mod="firm",
      q=(), dl=None, rec=False, cond=()):
    return {
        "key": key, "text": text, "trekker": trekker, "planning": planning, "theme": theme,
        "themes": list(themes) if themes else [theme],
        "frame": {
            "actors": list(actors), "modality": mod, "quantities": list(q),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond),
        },
    }


# ---------------------------------------------------------------------------------------------
# Prestatieafspraken 2024
# ---------------------------------------------------------------------------------------------

AGR_2024 = {
    "year": 2024,
    "signed": "12 december 2023",
    "title": "Prestatieafspraken 2024",
    "wethouder": ("A.M. (Anouk) Brinkhuis", "wethouder Wonen en Ruimte"),
    "intro": [
        "Voor u liggen de prestatieafspraken voor 2024 tussen de gemeente Marwolde, Woonstichting Korenwolde "
        "en Huurdersvereniging Het Wolder Dak. In deze afspraken leggen de drie partijen vast welke bijdrage "
        "zij in het komende jaar leveren aan de volkshuisvestelijke opgave in de kernen Marwolde, Wessinge, "
        "Ommelterp en Harkeveen. De afspraken zijn tot stand gekomen op basis van het overzicht van "
        "voorgenomen werkzaamheden dat Korenwolde op 28 juni 2023 heeft uitgebracht, en zijn in het najaar "
        "van 2023 in drie tripartiete sessies besproken.",
        "De Woonvisie Marwolde 2022-2030, die de gemeenteraad in maart 2022 heeft vastgesteld, vormt het "
        "beleidsmatige kader. Daarnaast werken de afspraken door wat de gemeente en de regio met het Rijk zijn "
        "overeengekomen in de Regionale Woondeal Ledevallei en wat op landelijk niveau in de Nationale "
        "Prestatieafspraken is vastgelegd over betaalbaarheid, nieuwbouw en verduurzaming. Waar die landelijke "
        "kaders in de loop van 2024 wijzigen, bespreken partijen de gevolgen in het bestuurlijk overleg.",
    ],
    "leeswijzer": (
        "Na deze inleiding en een korte terugblik op 2023 volgen zes thematische hoofdstukken. Elk hoofdstuk "
        "begint met een beschrijving van de opgave, gevolgd door een overzicht van de maatregelen. Per "
        "maatregel is aangegeven welke partij eigenaar is en binnen welke termijn de maatregel wordt "
        "uitgevoerd. De nummering van de maatregelen begint in ieder hoofdstuk opnieuw. Hoofdstuk 7 bevat "
        "de slotbepalingen. In de bijlagen zijn het nieuwbouwprogramma en een begrippenlijst opgenomen."
    ),
    "terugblik_title": "Terugblik 2023",
    "terugblik": [
        "In 2023 heeft Korenwolde 26 sociale huurwoningen opgeleverd, in de eerste fase van Kloosterweide. "
        "Dat waren er vier minder dan was afgesproken, omdat de aansluiting op het elektriciteitsnet later "
        "gereed was dan gepland. In totaal werden 211 woningen opnieuw verhuurd; de gemiddelde inschrijfduur "
        "van een woningzoekende die een woning accepteerde, bedroeg 5,8 jaar tegen 5,1 jaar in 2022.",
        "Bij 104 woningen is het energielabel verbeterd, waardoor het aantal woningen met een label E, F of G "
        "daalde tot 85. Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot vier. De "
        "buurtbemiddeling behandelde 57 zaken, waarvan ruim twee derde met een positief resultaat werd "
        "afgesloten.",
    ],
    "kerncijfers_title": "Kerncijfers Korenwolde in Marwolde (peildatum 1 januari 2024)",
    "kerncijfers": [
        ("Sociale huurwoningen in bezit", "3.168", "3.142"),
        ("Gemiddelde netto huurprijs per maand", "€ 611", "€ 579"),
        ("Gemiddelde inschrijfduur bij acceptatie", "5,8 jaar", "5,1 jaar"),
        ("Huurachterstand (% van de jaarhuur)", "0,9%", "1,0%"),
        ("Woningen met energielabel E, F of G", "85", "189"),
        ("Huisuitzettingen wegens huurachterstand", "4", "6"),
    ],
    "kerncijfers_head": ("Indicator", "2024", "2023"),
    "chapters": [
        {
            "title": "1 Beschikbaar wonen",
            "context": [
                "De Woonvisie gaat uit van een groei van ongeveer 900 woningen tot 2030, waarvan ten minste een "
                "derde in de sociale huur. In de Regionale Woondeal Ledevallei heeft Marwolde zich verbonden aan "
                "een bouwopgave van 640 woningen in de periode 2022-2027. De druk op de sociale huurvoorraad "
                "neemt toe: naast starters en senioren zoeken steeds meer spoedzoekers en inwoners die uitstromen "
                "uit opvang en beschermd wonen een woning.",
            ],
            "lead": "Partijen komen voor 2024 de volgende maatregelen overeen.",
            "afspraken": [
                A("nieuwbouw-oplevering",
                  "Korenwolde levert in 2024 ten minste 42 sociale huurwoningen op, waarvan 30 in het plan "
                  "Kloosterweide en 12 in Harkeveen-Dorpshart. De voortgang van beide projecten wordt ieder "
                  "kwartaal besproken in het bouwoverleg tussen gemeente en Korenwolde.",
                  "Korenwolde", "eind 2024", q=[Q(42, "woningen", "min"), Q(30, "woningen"), Q(12, "woningen")],
                  dl=(2024, "in 2024"), rec=True),
                A("nota-grondprijzen",
                  "De gemeente legt in een Nota Grondprijzen vast dat voor sociale huurwoningen een vaste, "
                  "gereduceerde grondprijs geldt, en biedt deze nota uiterlijk in het derde kwartaal van 2024 "
                  "ter vaststelling aan de gemeenteraad aan.",
                  "Gemeente", "Q3 2024", actors=["gemeente"],
                  dl=(2024, "uiterlijk in het derde kwartaal van 2024")),
                A("sociaal-aandeel-nieuwbouw",
                  "In nieuwe woningbouwplannen vanaf tien woningen wordt ten minste 30% sociale huur opgenomen. "
                  "De gemeente legt dit percentage vast in de anterieure overeenkomsten met ontwikkelaars en "
                  "ziet toe op de naleving ervan.",
                  "Gemeente", "doorlopend", actors=["gemeente"],
                  q=[Q(10, "woningen", "min"), Q(30, "%", "min")]),
                A("verkoop",
                  "Korenwolde verkoopt in 2024 maximaal 8 huurwoningen bij mutatie, uitsluitend uit complexen "
                  "die in het portefeuilleplan als verkoopcomplex zijn aangemerkt. De opbrengst wordt ingezet "
                  "voor nieuwbouw en verduurzaming in Marwolde.",
                  "Korenwolde", "2024", q=[Q(8, "woningen", "max")], dl=(2024, "in 2024"), rec=True),
                A("liberalisatie",
                  "Korenwolde liberaliseert in 2024 geen sociale huurwoningen, zodat de sociale huurvoorraad "
                  "in Marwolde ten minste 3.150 woningen blijft omvatten.",
                  "Korenwolde", "2024", q=[Q(0, "woningen", "max"), Q(3150, "woningen", "min")],
                  dl=(2024, "in 2024"), rec=True),
                A("statushouders",
                  "Korenwolde stelt in 2024 voldoende woningen beschikbaar om de gemeente in staat te stellen "
                  "haar wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren. Voor "
                  "de eerste helft van 2024 bedraagt de door het Rijk vastgestelde taakstelling 38 personen.",
                  "Korenwolde en gemeente", "halfjaarlijks", q=[Q(38, "personen")], dl=(2024, "in 2024"),
                  rec=True),
                A("vrije-toewijzingsruimte",
                  "Partijen maken in 2024 afspraken over de inzet van de vrije toewijzingsruimte voor maatwerk "
                  "en voor woningzoekenden met een aantoonbare binding aan een van de kleine kernen.",
                  "Partijen", "2024", actors=["partijen"], mod="discuss", dl=(2024, "in 2024")),
                A("doorstroming-senioren",
                  "Partijen onderzoeken in 2024 of een doorstroomregeling voor senioren, waarbij de huurprijs "
                  "per vierkante meter wordt meegenomen naar de nieuwe woning en een verhuiskostenvergoeding "
                  "wordt verstrekt, in Marwolde kan worden ingevoerd.",
                  "Partijen", "2024", actors=["partijen"], mod="explore", dl=(2024, "in 2024")),
                A("flexwoningen-molenkamp",
                  "De gemeente en Korenwolde verkennen de mogelijkheden om op de voormalige sportvelden aan de "
                  "Molenkamp tijdelijk circa 20 flex" + SH + "woningen te plaatsen voor spoedzoekers en jongeren.",
                  "Gemeente en Korenwolde", "Q2 2024", actors=["gemeente", "corporatie"], mod="explore",
                  q=[Q(20, "woningen", "approx")]),
            ],
        },
        {
            "title": "2 Betaalbaar wonen",
            "context": [
                "Betaalbaarheid staat onder druk door de gestegen energieprijzen en de kosten van levensonderhoud. "
                "Partijen willen voorkomen dat huurders in betalingsproblemen komen en, als dat toch gebeurt, "
                "zo vroeg mogelijk hulp bieden. De landelijke huurverhogingsruimte wordt door het Rijk "
                "vastgesteld; binnen die ruimte maakt Korenwolde een eigen afweging.",
            ],
            "lead": None,
            "afspraken": [
                A("huurverhoging",
                  "Korenwolde beperkt de gemiddelde huuraanpassing per 1 juli 2024 tot ten hoogste het "
                  "inflatiecijfer, met inachtneming van de door het Rijk vastgestelde maximale huurverhoging. "
                  "Het voorstel voor de huuraanpassing wordt vooraf ter advisering voorgelegd aan Het Wolder Dak.",
                  "Korenwolde", "1 juli 2024", dl=(2024, "per 1 juli 2024"), rec=True),
                A("aftoppingsgrens-toewijzing",
                  "Vrijkomende woningen met een huurprijs tot de lage aftoppingsgrens (prijspeil 2024: "
                  "€ 650,43) worden met voorrang toegewezen aan huishoudens van een of twee personen die tot de "
                  "doelgroep van passend toewijzen behoren.",
                  "Korenwolde", "doorlopend", q=[Q(650.43, "euro", "max")]),
                A("servicekosten",
                  "Korenwolde stuurt huurders vóór 1 juli 2024 de jaarlijkse afrekening van de servicekosten "
                  "over 2023 en verrekent een eventueel tegoed uiterlijk per 1 september 2024.",
                  "Korenwolde", "1 september 2024", dl=(2024, "uiterlijk per 1 september 2024"), rec=True),
                A("huurachterstand-contact",
                  "Korenwolde neemt uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk "
                  "contact op met de huurder. Met toestemming van de huurder wordt de achterstand gemeld bij het "
                  "team Geldzaken van de gemeente, dat binnen vijf werkdagen een hulpaanbod doet.",
                  "Korenwolde en gemeente", "doorlopend", actors=["corporatie", "gemeente"],
                  q=[Q(2, "maanden", "max"), Q(5, "werkdagen", "max")]),
                A("huisuitzettingen",
                  "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te "
                  "beperken tot ten hoogste drie.",
                  "Partijen", "2024", actors=["partijen"], mod="intent",
                  q=[Q(3, "huisuitzettingen", "max")], dl=(2024, "in 2024"), rec=True),
                A("noodfonds-woonlasten",
                  "De gemeente stelt in 2024 € 40.000 beschikbaar voor het Noodfonds Woonlasten Marwolde, "
                  "waaruit huishoudens met acute betalingsproblemen eenmalig worden ondersteund. Korenwolde "
                  "draagt € 20.000 aan het fonds bij.",
                  "Gemeente en Korenwolde", "2024", actors=["gemeente", "corporatie"],
                  q=[Q(40000, "euro"), Q(20000, "euro")], dl=(2024, "in 2024"), rec=True),
            ],
        },
        {
            "title": "3 Energietransitie en klimaat",
            "context": [
                "Korenwolde heeft de afgelopen jaren fors geïnvesteerd in de verduurzaming van haar bezit. De "
                "Transitievisie Warmte Marwolde wijst het Molenkwartier aan als eerste wijk die van het aardgas "
                "kan worden afgehaald. Tegelijkertijd vragen hittestress, wateroverlast en het behoud van "
                "biodiversiteit om aandacht bij renovatie en onderhoud.",
            ],
            "lead": None,
            "afspraken": [
                A("verduurzaming-aantal",
                  "Korenwolde verduurzaamt in 2024 ten minste 120 woningen naar minimaal energielabel B. Het gaat "
                  "onder meer om de complexen Vlinderbuurt I en De Kampen-West, waar na instemming van ten minste "
                  "70% van de bewoners de gevels, daken en vloeren worden geïsoleerd.",
                  "Korenwolde", "eind 2024", theme=DK,
                  q=[Q(120, "woningen", "min"), Q("B", "label", "min"), Q(70, "%", "min")],
                  dl=(2024, "in 2024"), rec=True),
                A("efg-labels",
                  "Korenwolde verbetert in 2024 en 2025 de resterende 85 woningen met een energielabel E, F of "
                  "G, zodat eind 2025 geen woningen met een van deze labels meer in het bezit zijn.",
                  "Korenwolde", "eind 2025", theme=DK, q=[Q(85, "woningen")], dl=(2025, "eind 2025")),
                A("gemiddeld-label",
                  "Korenwolde streeft ernaar dat haar woningvoorraad in Marwolde eind 2028 gemiddeld "
                  "energielabel A heeft.",
                  "Korenwolde", "eind 2028", theme=DK, mod="intent", q=[Q("A", "label", "min")],
                  dl=(2028, "eind 2028")),
                A("zonnepanelen",
                  "Korenwolde biedt in 2024 alle huurders van een grondgebonden woning met een geschikt dak "
                  "zonnepanelen aan, tegen een vergoeding van ten hoogste € 9 per maand.",
                  "Korenwolde", "2024", theme=DK, q=[Q(9, "euro", "max")], dl=(2024, "in 2024"), rec=True),
                A("energiecoaches",
                  "De gemeente zet in 2024 energiecoaches in die huishoudens met een hoge energierekening thuis "
                  "bezoeken en advies geven over besparing. Korenwolde en Het Wolder Dak brengen huurders met "
                  "een verhoogd risico op energiearmoede in beeld en verwijzen hen naar de energiecoaches door.",
                  "Gemeente, Korenwolde en Het Wolder Dak", "2024", theme=DK, themes=[DK, BB],
                  actors=["gemeente", "corporatie", "huurdersorganisatie"], dl=(2024, "in 2024"), rec=True),
                A("warmtenet-molenkwartier",
                  "Partijen verkennen in 2024 met de netbeheerder de haalbaarheid van een collectief warmtenet "
                  "voor de wijk Molenkwartier, als uitwerking van de Transitievisie Warmte Marwolde.",
                  "Partijen", "2024", theme=DK, actors=["partijen"], mod="explore", dl=(2024, "in 2024")),
                A("klimaatadaptatie",
                  "Bij groot onderhoud en renovatie neemt Korenwolde waar mogelijk maatregelen tegen hittestress "
                  "en wateroverlast, zoals het afkoppelen van hemelwaterafvoeren en het vergroenen van "
                  "binnenterreinen en tuinen.",
                  "Korenwolde", "doorlopend", theme=DK, cond=["waar mogelijk"]),
                A("nestvoorzieningen",
                  "Korenwolde brengt bij iedere renovatie nestvoorzieningen voor gierzwaluwen, huismussen en "
                  "vleermuizen aan, overeenkomstig het soorten" + SH + "managementplan van de gemeente.",
                  "Korenwolde", "doorlopend", theme=DK),
            ],
        },
        {
            "title": "4 Kwaliteit en wonen met zorg",
            "context": [
                "Huurders beoordelen de kwaliteit van hun woning gemiddeld met een 7,3, maar klachten over vocht en "
                "schimmel nemen toe. Het aantal ouderen in Marwolde groeit de komende tien jaar met bijna een "
                "kwart; een groter deel van hen blijft langer zelfstandig thuis wonen. Daarvoor zijn geschikte "
                "woningen en een goede samenwerking met zorgaanbieders nodig.",
            ],
            "lead": None,
            "afspraken": [
                A("vocht-schimmel",
                  "Korenwolde neemt binnen vijf werkdagen na een melding van vocht of schimmel contact op met de "
                  "huurder en voert binnen vier weken na de inspectie de noodzakelijke herstel" + SH +
                  "werkzaamheden uit.",
                  "Korenwolde", "doorlopend", theme=KW, q=[Q(5, "werkdagen", "max"), Q(4, "weken", "max")]),
                A("reparatietermijn",
                  "Spoedeisende reparatieverzoeken worden binnen 24 uur verholpen. Overige reparatieverzoeken "
                  "worden binnen tien werkdagen na de melding afgehandeld.",
                  "Korenwolde", "doorlopend", theme=KW, q=[Q(24, "uur", "max"), Q(10, "werkdagen", "max")]),
                A("onderhoudsprogramma-advies",
                  "Korenwolde legt het jaarlijkse planmatig onderhoudsprogramma vóór 1 maart 2024 ter "
                  "advisering voor aan Het Wolder Dak en informeert de betrokken bewoners uiterlijk zes weken "
                  "voor de start van de werkzaamheden.",
                  "Korenwolde", "1 maart 2024", theme=KW, q=[Q(6, "weken", "min")],
                  dl=(2024, "vóór 1 maart 2024"), rec=True),
                A("rollatorgeschikt",
                  "Korenwolde maakt in 2024 ten minste 30 bestaande woningen in Ommelterp en Marwolde-Centrum "
                  "rollatorgeschikt, onder meer door drempels te verwijderen, beugels te plaatsen en de badkamer "
                  "aan te passen.",
                  "Korenwolde", "eind 2024", theme=KW, q=[Q(30, "woningen", "min")], dl=(2024, "in 2024"),
                  rec=True),
                A("wmo-aanpassingen",
                  "Aanvragen voor woningaanpassingen vanuit de Wmo worden door de gemeente en Korenwolde binnen "
                  "acht weken afgehandeld. Partijen bespreken jaarlijks de kosten van deze aanpassingen en de "
                  "mogelijkheden om voorzieningen te hergebruiken.",
                  "Gemeente en Korenwolde", "doorlopend", theme=KW, actors=["gemeente", "corporatie"],
                  q=[Q(8, "weken", "max")]),
                A("woonzorg-brinkhof",
                  "Partijen onderzoeken samen met een zorgaanbieder of in het plan Het Brinkhof een "
                  "woonzorgcomplex met 24 appartementen en een gemeenschappelijke ontmoetingsruimte kan worden "
                  "gerealiseerd.",
                  "Partijen", "2024", theme=KW, themes=[KW, BB], actors=["partijen"], mod="explore",
                  q=[Q(24, "appartementen")]),
                A("rookmelders",
                  "Korenwolde controleert in 2024 in alle woningen de aanwezigheid en werking van rookmelders en "
                  "plaatst gekoppelde rookmelders waar deze ontbreken of niet functioneren.",
                  "Korenwolde", "eind 2024", theme=KW, dl=(2024, "in 2024")),
            ],
        },
        {
            "title": "5 Leefbare kernen en wijken",
            "context": [
                "De Leefbaarometer laat voor de meeste buurten in Marwolde een stabiel beeld zien. In de "
                "Vlinderbuurt en De Kampen staat de leefbaarheid onder druk door een concentratie van kwetsbare "
                "huishoudens en meldingen van overlast. In de kleine kernen is het behoud van voorzieningen en "
                "ontmoetingsplekken een belangrijk aandachtspunt.",
            ],
            "lead": None,
            "afspraken": [
                A("leefbaarheidsbudget",
                  "Korenwolde zet in 2024 € 125 per woning in voor leefbaarheid, met inbegrip van de kosten van "
                  "wijkbeheerders, binnen het wettelijke maximum van € 141,22 per woning.",
                  "Korenwolde", "2024", theme=LB, q=[Q(125, "euro"), Q(141.22, "euro", "max")],
                  dl=(2024, "in 2024"), rec=True),
                A("wijkbeheerders",
                  "De wijkbeheerders van Korenwolde zijn ten minste twee dagdelen per week aanwezig in de "
                  "Vlinderbuurt en in De Kampen, en zijn daar aanspreekpunt voor bewoners, gemeente en politie.",
                  "Korenwolde", "doorlopend", theme=LB, q=[Q(2, "dagdelen per week", "min")]),
                A("zachte-landing",
                  "Partijen werken samen volgens het convenant Zachte Landing Ledevallei bij de huisvesting van "
                  "kwetsbare inwoners die uitstromen uit beschermd wonen of maatschappelijke opvang. In 2024 "
                  "stelt Korenwolde hiervoor ten minste 8 woningen beschikbaar; de gemeente draagt zorg voor "
                  "passende begeleiding.",
                  "Partijen", "2024", theme=LB, themes=[LB, BB], actors=["partijen", "corporatie", "gemeente"],
                  q=[Q(8, "woningen", "min")], dl=(2024, "In 2024"), rec=True),
                A("bewonersinitiatieven",
                  "Korenwolde en Het Wolder Dak ondersteunen bewonersinitiatieven die bijdragen aan ontmoeting en "
                  "aan een schone, hele en veilige woonomgeving, onder meer met een bijdrage uit het "
                  "leefbaarheidsbudget.",
                  "Korenwolde en Het Wolder Dak", "doorlopend", theme=LB,
                  actors=["corporatie", "huurdersorganisatie"]),
                A("ontmoetingsruimte-linde",
                  "Korenwolde zegt toe de ontmoetingsruimte in het complex De Linde om niet beschikbaar te stellen "
                  "voor activiteiten tegen eenzaamheid die de gemeente en welzijnsorganisatie Wolderwijs "
                  "organiseren.",
                  "Korenwolde", "doorlopend", theme=LB),
                A("buurtschouw",
                  "Korenwolde, de gemeente en de politie voeren jaarlijks in elke wijk van Marwolde ten minste "
                  "eenmaal een gezamenlijke buurtschouw uit.",
                  "Korenwolde en gemeente", "jaarlijks", theme=LB, actors=["corporatie", "gemeente", "other"],
                  q=[Q(1, "keer per jaar", "min")], rec=True),
            ],
        },
        {
            "title": "6 Samenwerking en proces",
            "context": [
                "Een goede samenwerking in de driehoek vraagt om een heldere overlegstructuur, tijdige informatie "
                "en een huurdersorganisatie die haar rol volwaardig kan vervullen. Het bestuurlijk overleg komt "
                "ten minste twee keer per jaar bijeen; ambtelijk vindt maandelijks afstemming plaats.",
            ],
            "lead": None,
            "afspraken": [
                A("monitoring",
                  "Partijen bespreken twee keer per jaar, in het voorjaar en in het najaar, de voortgang van deze "
                  "afspraken in het bestuurlijk overleg. Korenwolde levert daarvoor een monitor aan met de "
                  "realisatie per afspraak.",
                  "Partijen", "halfjaarlijks", theme=OV, actors=["partijen", "corporatie"],
                  q=[Q(2, "keer per jaar")], rec=True),
                A("werkbudget-huurders",
                  "Korenwolde stelt Het Wolder Dak jaarlijks een werkbudget van € 18.500 ter beschikking en "
                  "vergoedt de kosten van onafhankelijke ondersteuning bij het overleg over de "
                  "prestatieafspraken.",
                  "Korenwolde", "jaarlijks", theme=OV, q=[Q(18500, "euro")], rec=True),
                A("bod-procedure",
                  "Korenwolde brengt vóór 1 juli 2024 een overzicht van voorgenomen werkzaamheden voor 2025 uit "
                  "aan de gemeente en Het Wolder Dak, dat als vertrekpunt dient voor de prestatieafspraken 2025.",
                  "Korenwolde", "1 juli 2024", theme=OV, dl=(2024, "vóór 1 juli 2024"), rec=True),
                A("woonzorgvisie",
                  "De gemeente zal in 2024 een woonzorgvisie opstellen, waarbij Korenwolde en Het Wolder Dak als "
                  "klankbord worden betrokken.",
                  "Gemeente", "eind 2024", theme=OV, themes=[OV, KW], actors=["gemeente"],
                  dl=(2024, "in 2024")),
                A("geschillen",
                  "Bij verschil van mening over de uitleg of uitvoering van deze afspraken treden partijen eerst "
                  "met elkaar in overleg. Leidt dit niet tot overeenstemming, dan schakelen zij gezamenlijk een "
                  "onafhankelijke bemiddelaar in voordat een van hen het geschil aan de minister voorlegt.",
                  "Partijen", "doorlopend", theme=OV, actors=["partijen"]),
                A("huurdersavonden",
                  "Korenwolde en Het Wolder Dak organiseren in 2024 in elk van de vier kernen een huurdersavond "
                  "over de prestatieafspraken en de plannen voor de buurt.",
                  "Korenwolde en Het Wolder Dak", "2024", theme=OV, actors=["corporatie", "huurdersorganisatie"],
                  q=[Q(4, "huurdersavonden")], dl=(2024, "in 2024")),
            ],
        },
    ],
    "slot_title": "7 Looptijd en slotbepalingen",
    "slot": [
        ("Looptijd",
         "Deze prestatieafspraken hebben betrekking op het kalenderjaar 2024. Zij treden in werking op "
         "1 januari 2024 en eindigen op 31 december 2024, met uitzondering van de afspraken waarvoor een "
         "langere termijn is genoemd; die blijven van kracht totdat zij in een volgende overeenkomst zijn "
         "vervangen."),
        ("Wijzigingen en bijzondere omstandigheden",
         "Tussentijdse wijziging van deze afspraken is mogelijk wanneer alle partijen daarmee schriftelijk "
         "instemmen. Bij wijzigingen in wet- en regelgeving of in de financiële positie van een van de partijen "
         "kunnen afspraken in het bestuurlijk overleg worden heroverwogen. Bedragen die Korenwolde in deze "
         "afspraken noemt, zijn gebaseerd op de door de Raad van Commissarissen goedgekeurde begroting 2024."),
        ("Openbaarheid",
         "Na ondertekening worden de prestatieafspraken gepubliceerd op de websites van de gemeente en van "
         "Korenwolde en ter kennisname aan de gemeenteraad en de Autoriteit woningcorporaties gezonden."),
    ],
    "bijlage_nieuwbouw": [
        ("Kloosterweide, fase 1", "Marwolde", "30", "2024"),
        ("Harkeveen-Dorpshart", "Harkeveen", "12", "2024"),
        ("Schoolstraat-Zuid", "Marwolde", "18", "2025"),
        ("Kloosterweide, fase 2", "Marwolde", "18", "2025"),
        ("Het Brinkhof (woonzorg)", "Marwolde", "24", "2026"),
        ("Kerkpad", "Wessinge", "10", "2027"),
    ],
}

# ---------------------------------------------------------------------------------------------
# Prestatieafspraken 2025
# ---------------------------------------------------------------------------------------------

AGR_2025 = {
    "year": 2025,
    "signed": "10 december 2024",
    "title": "Prestatieafspraken 2025",
    "wethouder": ("drs. R.J. (Ruben) Tammeling", "wethouder Wonen"),
    "intro": [
        "Voor u liggen de prestatieafspraken voor 2025 tussen de gemeente Marwolde, Woonstichting Korenwolde "
        "en Huurdersvereniging Het Wolder Dak. De afspraken bouwen voort op de afspraken voor 2024 en zijn "
        "gebaseerd op het bod dat Korenwolde op 26 juni 2024 aan de gemeente en Het Wolder Dak heeft "
        "uitgebracht. In het najaar van 2024 zijn de afspraken in vier tripartiete sessies uitgewerkt.",
        "Het beleidsmatige kader blijft de Woonvisie Marwolde 2022-2030, aangevuld met de afspraken uit de "
        "Regionale Woondeal Ledevallei. Het Rijk heeft in 2024 de regie op de volkshuisvesting verder versterkt; "
        "de verwachting is dat gemeenten op termijn een volkshuisvestingsprogramma vaststellen dat de woonvisie "
        "vervangt. Partijen nemen die ontwikkeling mee bij de voorbereiding van de afspraken voor 2026.",
    ],
    "leeswijzer": (
        "Deze afspraken volgen dezelfde opbouw als die voor 2024. Na de inleiding en een terugblik op 2024 "
        "volgen zes hoofdstukken met per thema een korte schets van de opgave en een overzicht van maatregelen, "
        "met de partij die eigenaar is en de termijn. De maatregelen zijn per hoofdstuk genummerd. Ten opzichte "
        "van 2024 is de afspraak over energiecoaches ondergebracht bij betaalbaar wonen. Hoofdstuk 7 bevat de "
        "slotbepalingen; de bijlagen bevatten het nieuwbouwprogramma en een begrippenlijst."
    ),
    "terugblik_title": "Terugblik 2024",
    "terugblik": [
        "In 2024 leverde Korenwolde 38 sociale huurwoningen op: 30 in Kloosterweide en 8 van de 12 geplande "
        "woningen in Harkeveen-Dorpshart; de overige vier volgen in het voorjaar van 2025. Er werden 6 woningen "
        "verkocht en er werden geen woningen geliberaliseerd. De gemiddelde inschrijfduur bij acceptatie liep "
        "licht terug naar 5,6 jaar.",
        "Bij 131 woningen werd het energielabel verbeterd; eind 2024 hadden nog 40 woningen een label E, F of G. "
        "Het aantal huisuitzettingen wegens huurachterstand bedroeg twee. De verkenning naar flexwoningen aan "
        "de Molenkamp is afgerond: de locatie bleek vanwege de geluidsbelasting van de provinciale weg niet "
        "geschikt.",
    ],
    "kerncijfers_title": "Kerncijfers Korenwolde in Marwolde (peildatum 1 januari 2025)",
    "kerncijfers": [
        ("Sociale huurwoningen in bezit", "3.198", "3.168"),
        ("Gemiddelde netto huurprijs per maand", "€ 643", "€ 611"),
        ("Gemiddelde inschrijfduur bij acceptatie", "5,6 jaar", "5,8 jaar"),
        ("Huurachterstand (% van de jaarhuur)", "0,8%", "0,9%"),
        ("Woningen met energielabel E, F of G", "40", "85"),
        ("Huisuitzettingen wegens huurachterstand", "2", "4"),
    ],
    "kerncijfers_head": ("Indicator", "2025", "2024"),
    "chapters": [
        {
            "title": "1 Beschikbaar wonen",
            "context": [
                "De vraag naar sociale huurwoningen blijft groot. De Regionale Woondeal Ledevallei vraagt van "
                "Marwolde een bouwopgave van 640 woningen in de periode 2022-2027, waarvan inmiddels ongeveer "
                "de helft in aanbouw of opgeleverd is. Netcongestie en stijgende bouwkosten vertragen een deel "
                "van de projecten. Partijen zetten daarom in op het versnellen van procedures en op tijdelijke "
                "oplossingen voor spoedzoekers.",
            ],
            "lead": "Partijen komen voor 2025 de volgende maatregelen overeen.",
            "afspraken": [
                A("nieuwbouw-oplevering",
                  "Korenwolde levert in 2025 ten minste 36 sociale huurwoningen op, waarvan 18 in het plan "
                  "Schoolstraat-Zuid en 18 in de tweede fase van Kloosterweide. De voortgang van beide projecten "
                  "wordt ieder kwartaal besproken in het bouwoverleg tussen gemeente en Korenwolde.",
                  "Korenwolde", "eind 2025", q=[Q(36, "woningen", "min"), Q(18, "woningen"), Q(18, "woningen")],
                  dl=(2025, "in 2025"), rec=True),
                A("nota-grondprijzen",
                  "De gemeente legt in een Nota Grondprijzen vast dat voor sociale huurwoningen een vaste, "
                  "gereduceerde grondprijs geldt, en biedt deze nota uiterlijk in het eerste kwartaal van 2025 "
                  "ter vaststelling aan de gemeenteraad aan.",
                  "Gemeente", "Q1 2025", actors=["gemeente"],
                  dl=(2025, "uiterlijk in het eerste kwartaal van 2025")),
                A("sociaal-aandeel-nieuwbouw",
                  "In nieuwe woningbouwplannen vanaf tien woningen wordt ten minste 35% sociale huur opgenomen. "
                  "De gemeente legt dit percentage vast in de anterieure overeenkomsten met ontwikkelaars en "
                  "ziet toe op de naleving ervan.",
                  "Gemeente", "doorlopend", actors=["gemeente"],
                  q=[Q(10, "woningen", "min"), Q(35, "%", "min")]),
                A("statushouders",
                  "Korenwolde stelt in 2025 voldoende woningen beschikbaar om de gemeente in staat te stellen "
                  "haar wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren. Voor "
                  "de eerste helft van 2025 bedraagt de door het Rijk vastgestelde taakstelling 44 personen.",
                  "Korenwolde en gemeente", "halfjaarlijks", q=[Q(44, "personen")], dl=(2025, "in 2025"),
                  rec=True),
                A("verkoop",
                  "Korenwolde verkoopt in 2025 maximaal 5 huurwoningen bij mutatie, uitsluitend uit complexen "
                  "die in het portefeuilleplan als verkoopcomplex zijn aangemerkt. De opbrengst wordt ingezet "
                  "voor nieuwbouw en verduurzaming in Marwolde.",
                  "Korenwolde", "2025", q=[Q(5, "woningen", "max")], dl=(2025, "in 2025"), rec=True),
                A("liberalisatie",
                  "Korenwolde liberaliseert in 2025 ten hoogste 4 sociale huurwoningen bij mutatie, uitsluitend "
                  "in de Stationsbuurt-Oost, zodat de sociale huurvoorraad in Marwolde ten minste 3.150 woningen "
                  "blijft omvatten.",
                  "Korenwolde", "2025", q=[Q(4, "woningen", "max"), Q(3150, "woningen", "min")],
                  dl=(2025, "in 2025"), rec=True),
                A("vrije-toewijzingsruimte",
                  "Partijen werken volgens de in 2024 gemaakte afspraken over de inzet van de vrije "
                  "toewijzingsruimte voor maatwerk en voor woningzoekenden met een aantoonbare binding aan een "
                  "van de kleine kernen.",
                  "Partijen", "doorlopend", actors=["partijen"]),
                A("doorstroming-senioren",
                  "Korenwolde voert per 1 januari 2025 een doorstroomregeling voor senioren in. Senioren die een "
                  "eengezinswoning achterlaten, nemen de huurprijs per vierkante meter mee naar hun nieuwe woning "
                  "en ontvangen een verhuiskostenvergoeding van € 2.500.",
                  "Korenwolde", "1 januari 2025", q=[Q(2500, "euro")], dl=(2025, "per 1 januari 2025")),
                A("tijdelijke-units-uitstroom",
                  "De gemeente wijst in 2025 een locatie aan voor maximaal 10 tijdelijke woonunits voor inwoners "
                  "die uitstromen uit de maatschappelijke opvang. Korenwolde neemt de verhuur en het beheer van "
                  "deze units op zich, mits de gemeente de kosten van de begeleiding voor haar rekening neemt.",
                  "Gemeente en Korenwolde", "2025", themes=[BB, LB], actors=["gemeente", "corporatie"],
                  q=[Q(10, "woonunits", "max")], dl=(2025, "in 2025"),
                  cond=["mits de gemeente de kosten van de begeleiding voor haar rekening neemt"]),
            ],
        },
        {
            "title": "2 Betaalbaar wonen",
            "context": [
                "Hoewel de inflatie is gedaald, blijven de woonlasten voor een deel van de huurders hoog. Het "
                "aantal huishoudens dat zich bij het team Geldzaken meldt, nam in 2024 met ruim tien procent "
                "toe. Partijen leggen daarom het accent op vroegsignalering en op gerichte maatregelen voor "
                "huurders met een laag inkomen en een relatief hoge huur of energierekening. Daarnaast "
                "vragen partijen het Rijk om de huurtoeslag beter te laten aansluiten op de werkelijke woonlasten.",
            ],
            "lead": None,
            "afspraken": [
                A("huurverhoging",
                  "Korenwolde houdt de gemiddelde huuraanpassing per 1 juli 2025 ten minste 0,5% onder het "
                  "inflatiecijfer, met inachtneming van de door het Rijk vastgestelde maximale huurverhoging. "
                  "Het voorstel voor de huuraanpassing wordt vooraf ter advisering voorgelegd aan Het Wolder Dak.",
                  "Korenwolde", "1 juli 2025", q=[Q(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"), rec=True),
                A("huurverlaging-laag-inkomen",
                  "Korenwolde verlaagt in 2025 op verzoek de huur tot de lage aftoppingsgrens voor huurders met "
                  "een inkomen onder de huurtoeslaggrens van wie de huur boven die aftoppingsgrens ligt. Het "
                  "Wolder Dak informeert de achterban actief over deze regeling.",
                  "Korenwolde en Het Wolder Dak", "2025", actors=["corporatie", "huurdersorganisatie"],
                  dl=(2025, "in 2025")),
                A("aftoppingsgrens-toewijzing",
                  "Vrijkomende woningen met een huurprijs tot de lage aftoppingsgrens (prijspeil 2025: "
                  "€ 681,02) worden met voorrang toegewezen aan huishoudens van een of twee personen die tot de "
                  "doelgroep van passend toewijzen behoren.",
                  "Korenwolde", "doorlopend", q=[Q(681.02, "euro", "max")]),
                A("servicekosten",
                  "Korenwolde stuurt huurders vóór 1 juli 2025 de jaarlijkse afrekening van de servicekosten "
                  "over 2024 en verrekent een eventueel tegoed uiterlijk per 1 september 2025.",
                  "Korenwolde", "1 september 2025", dl=(2025, "uiterlijk per 1 september 2025"), rec=True),
                A("huurachterstand-contact",
                  "Korenwolde neemt uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk "
                  "contact op met de huurder. Met toestemming van de huurder wordt de achterstand gemeld bij het "
                  "team Geldzaken van de gemeente, dat binnen vijf werkdagen een hulpaanbod doet.",
                  "Korenwolde en gemeente", "doorlopend", actors=["corporatie", "gemeente"],
                  q=[Q(1, "maanden", "max"), Q(5, "werkdagen", "max")]),
                A("huisuitzettingen",
                  "Partijen streven ernaar dat in 2025 geen enkele huisuitzetting wegens huurachterstand "
                  "plaatsvindt.",
                  "Partijen", "2025", actors=["partijen"], mod="intent",
                  q=[Q(0, "huisuitzettingen", "max")], dl=(2025, "in 2025"), rec=True),
                A("energiecoaches",
                  "Huurders met een verhoogd risico op energiearmoede worden door Korenwolde en Het Wolder Dak in "
                  "beeld gebracht en doorverwezen naar de energiecoaches die de gemeente in 2025 inzet. De "
                  "coaches bezoeken huishoudens met een hoge energierekening thuis en geven advies over "
                  "besparing.",
                  "Gemeente, Korenwolde en Het Wolder Dak", "2025", theme=DK, themes=[DK, BB],
                  actors=["corporatie", "huurdersorganisatie", "gemeente"], dl=(2025, "in 2025"), rec=True),
                A("noodfonds-woonlasten",
                  "De gemeente stelt in 2025 € 30.000 beschikbaar voor het Noodfonds Woonlasten Marwolde, onder "
                  "voorbehoud van vaststelling van de gemeentebegroting 2025. Uit het fonds worden huishoudens "
                  "met acute betalingsproblemen eenmalig ondersteund. Korenwolde draagt € 20.000 aan het fonds "
                  "bij.",
                  "Gemeente en Korenwolde", "2025", actors=["gemeente", "corporatie"],
                  q=[Q(30000, "euro"), Q(20000, "euro")], dl=(2025, "in 2025"), rec=True,
                  cond=["onder voorbehoud van vaststelling van de gemeentebegroting 2025"]),
            ],
        },
        {
            "title": "3 Duurzaam wonen en klimaat",
            "context": [
                "Met het verdwijnen van de laatste woningen met een label E, F of G komt het accent te liggen op "
                "het verder verbeteren van de gemiddelde energieprestatie en op de warmtetransitie in het "
                "Molenkwartier. Netcongestie beperkt op korte termijn de mogelijkheden voor all-electric "
                "oplossingen en voor grootschalige plaatsing van zonnepanelen.",
            ],
            "lead": None,
            "afspraken": [
                A("verduurzaming-aantal",
                  "Korenwolde verduurzaamt in 2025 ten minste 150 woningen naar minimaal energielabel B. Het gaat "
                  "onder meer om de complexen Vlinderbuurt II en Wessinge-Noord, waar na instemming van ten minste "
                  "70% van de bewoners de gevels, daken en vloeren worden geïsoleerd.",
                  "Korenwolde", "eind 2025", theme=DK,
                  q=[Q(150, "woningen", "min"), Q("B", "label", "min"), Q(70, "%", "min")],
                  dl=(2025, "in 2025"), rec=True),
                A("efg-labels",
                  "Korenwolde verbetert in 2025 de resterende 40 woningen met een energielabel E, F of G, zodat "
                  "eind 2025 geen woningen met een van deze labels meer in het bezit zijn.",
                  "Korenwolde", "eind 2025", theme=DK, q=[Q(40, "woningen")], dl=(2025, "eind 2025")),
                A("gemiddeld-label",
                  "Korenwolde streeft ernaar dat haar woningvoorraad in Marwolde eind 2028 gemiddeld "
                  "energielabel B heeft.",
                  "Korenwolde", "eind 2028", theme=DK, mod="intent", q=[Q("B", "label", "min")],
                  dl=(2028, "eind 2028")),
                A("warmtenet-molenkwartier",
                  "De gemeente en Korenwolde stellen uiterlijk medio 2025 een uitvoeringsplan op voor de "
                  "aansluiting van de wijk Molenkwartier op een collectief warmtenet, als uitwerking van de "
                  "Transitievisie Warmte Marwolde.",
                  "Gemeente en Korenwolde", "medio 2025", theme=DK, actors=["gemeente", "corporatie"],
                  dl=(2025, "uiterlijk medio 2025")),
                A("zonnepanelen",
                  "Korenwolde biedt in 2025, bij wijze van pilot, de huurders van grondgebonden woningen in de "
                  "complexen Wessinge-Noord en De Kampen-Oost zonnepanelen aan, tegen een vergoeding van ten "
                  "hoogste € 9 per maand.",
                  "Korenwolde", "2025", theme=DK, q=[Q(9, "euro", "max")], dl=(2025, "in 2025"), rec=True),
                A("klimaatadaptatie",
                  "Bij groot onderhoud en renovatie neemt Korenwolde waar mogelijk maatregelen tegen hittestress "
                  "en wateroverlast, zoals het afkoppelen van hemelwaterafvoeren en het vergroenen van "
                  "binnenterreinen en tuinen.",
                  "Korenwolde", "doorlopend", theme=DK, cond=["waar mogelijk"]),
                A("nestvoorzieningen",
                  "Korenwolde onderzoekt of bij renovaties nestvoorzieningen voor gierzwaluwen, huismussen en "
                  "vleermuizen kunnen worden aangebracht, overeenkomstig het soorten" + SH + "managementplan van "
                  "de gemeente.",
                  "Korenwolde", "doorlopend", theme=DK, mod="explore"),
            ],
        },
        {
            "title": "4 Kwaliteit en wonen met zorg",
            "context": [
                "Het aantal meldingen van vocht en schimmel is in 2024 gedaald, maar blijft een aandachtspunt in "
                "de oudere portiekflats. Voor de groeiende groep ouderen is het van belang dat het aanbod van "
                "geschikte woningen en woonzorgvoorzieningen toeneemt. De woonzorgvisie van de gemeente is nog "
                "in voorbereiding; de uitkomsten van de behoefteraming die de provincie in 2024 heeft laten "
                "uitvoeren, worden daarin meegenomen.",
            ],
            "lead": None,
            "afspraken": [
                A("vocht-schimmel",
                  "Korenwolde neemt binnen drie werkdagen na een melding van vocht of schimmel contact op met de "
                  "huurder en voert binnen drie weken na de inspectie de noodzakelijke herstel" + SH +
                  "werkzaamheden uit.",
                  "Korenwolde", "doorlopend", theme=KW, q=[Q(3, "werkdagen", "max"), Q(3, "weken", "max")]),
                A("reparatietermijn",
                  "Spoedeisende reparatieverzoeken worden binnen 24 uur verholpen. Overige reparatieverzoeken "
                  "worden binnen vijftien werkdagen na de melding afgehandeld.",
                  "Korenwolde", "doorlopend", theme=KW, q=[Q(24, "uur", "max"), Q(15, "werkdagen", "max")]),
                A("onderhoudsprogramma-advies",
                  "Korenwolde legt het jaarlijkse planmatig onderhoudsprogramma vóór 1 maart 2025 ter "
                  "advisering voor aan Het Wolder Dak en informeert de betrokken bewoners uiterlijk zes weken "
                  "voor de start van de werkzaamheden.",
                  "Korenwolde", "1 maart 2025", theme=KW, q=[Q(6, "weken", "min")],
                  dl=(2025, "vóór 1 maart 2025"), rec=True),
                A("woningschouw",
                  "Korenwolde voert in 2025 in de complexen Vlinderbuurt II en De Kampen-Oost een technische "
                  "woningschouw uit en bespreekt de uitkomsten en de planning van de herstelwerkzaamheden met de "
                  "bewonerscommissies.",
                  "Korenwolde", "Q2 2025", theme=KW, dl=(2025, "in 2025")),
                A("rollatorgeschikt",
                  "Korenwolde maakt in 2025 ten minste 20 bestaande woningen in Ommelterp rollatorgeschikt, onder "
                  "meer door drempels te verwijderen, beugels te plaatsen en de badkamer aan te passen.",
                  "Korenwolde", "eind 2025", theme=KW, q=[Q(20, "woningen", "min")], dl=(2025, "in 2025"),
                  rec=True),
                A("wmo-aanpassingen",
                  "Aanvragen voor woningaanpassingen vanuit de Wmo worden door de gemeente en Korenwolde binnen "
                  "acht weken afgehandeld. Partijen bespreken jaarlijks de kosten van deze aanpassingen en de "
                  "mogelijkheden om voorzieningen te hergebruiken.",
                  "Gemeente en Korenwolde", "doorlopend", theme=KW, actors=["gemeente", "corporatie"],
                  q=[Q(8, "weken", "max")]),
                A("woonzorg-brinkhof",
                  "In het plan Het Brinkhof realiseert Korenwolde uiterlijk in 2027 een woonzorgcomplex met 24 "
                  "appartementen en een gemeenschappelijke ontmoetingsruimte, onder voorbehoud van de verlening "
                  "van de omgevingsvergunning en van een sluitende huurovereenkomst met een zorgaanbieder.",
                  "Korenwolde", "2027", theme=KW, themes=[KW, BB], q=[Q(24, "appartementen")],
                  dl=(2027, "uiterlijk in 2027"),
                  cond=["onder voorbehoud van de verlening van de omgevingsvergunning en van een sluitende "
                        "huurovereenkomst met een zorgaanbieder"]),
            ],
        },
        {
            "title": "5 Prettig wonen in kern en wijk",
            "context": [
                "De gezamenlijke aanpak in de Vlinderbuurt en De Kampen heeft in 2024 geleid tot minder "
                "meldingen van overlast. Het Molenkwartier vraagt nu meer aandacht, mede door de instroom van "
                "kwetsbare huishoudens. In de kleine kernen zijn ontmoetingsplekken van groot belang om "
                "eenzaamheid onder ouderen tegen te gaan.",
            ],
            "lead": None,
            "afspraken": [
                A("leefbaarheidsbudget",
                  "Korenwolde zet in 2025 € 125 per woning in voor leefbaarheid, met inbegrip van de kosten van "
                  "wijkbeheerders, binnen het wettelijke maximum van € 146,87 per woning.",
                  "Korenwolde", "2025", theme=LB, q=[Q(125, "euro"), Q(146.87, "euro", "max")],
                  dl=(2025, "in 2025"), rec=True),
                A("wijkbeheerders",
                  "De wijkbeheerders van Korenwolde zijn ten minste vier dagdelen per week aanwezig in de "
                  "Vlinderbuurt, in De Kampen en in het Molenkwartier, en zijn daar aanspreekpunt voor bewoners, "
                  "gemeente en politie.",
                  "Korenwolde", "doorlopend", theme=LB, q=[Q(4, "dagdelen per week", "min")]),
                A("zachte-landing",
                  "Partijen werken samen volgens het convenant Zachte Landing Ledevallei bij de huisvesting van "
                  "kwetsbare inwoners die uitstromen uit beschermd wonen of maatschappelijke opvang. In 2025 "
                  "stelt Korenwolde hiervoor ten minste 8 woningen beschikbaar; de gemeente draagt zorg voor "
                  "passende begeleiding.",
                  "Partijen", "2025", theme=LB, themes=[LB, BB], actors=["partijen", "corporatie", "gemeente"],
                  q=[Q(8, "woningen", "min")], dl=(2025, "In 2025"), rec=True),
                A("bewonersinitiatieven",
                  "Korenwolde en Het Wolder Dak ondersteunen bewonersinitiatieven die bijdragen aan ontmoeting en "
                  "aan een schone, hele en veilige woonomgeving, onder meer met een bijdrage uit het "
                  "leefbaarheidsbudget.",
                  "Korenwolde en Het Wolder Dak", "doorlopend", theme=LB,
                  actors=["corporatie", "huurdersorganisatie"]),
                A("ontmoetingsruimte-linde",
                  "Korenwolde zet zich in om de ontmoetingsruimte in het complex De Linde om niet beschikbaar te "
                  "houden voor activiteiten tegen eenzaamheid die de gemeente en welzijnsorganisatie Wolderwijs "
                  "organiseren.",
                  "Korenwolde", "doorlopend", theme=LB, mod="intent"),
                A("buurtschouw",
                  "In elke wijk van Marwolde wordt jaarlijks ten minste eenmaal een gezamenlijke buurtschouw "
                  "uitgevoerd door Korenwolde, de gemeente en de politie.",
                  "Korenwolde en gemeente", "jaarlijks", theme=LB, actors=["corporatie", "gemeente", "other"],
                  q=[Q(1, "keer per jaar", "min")], rec=True),
            ],
        },
        {
            "title": "6 Samenwerking en proces",
            "context": [
                "De overlegstructuur uit 2024 wordt voortgezet. Het Wolder Dak wil haar achterban nadrukkelijker "
                "betrekken bij de voorbereiding van de afspraken; Korenwolde en de gemeente ondersteunen dat.",
            ],
            "lead": None,
            "afspraken": [
                A("monitoring",
                  "Partijen bespreken twee keer per jaar, in het voorjaar en in het najaar, de voortgang van deze "
                  "afspraken in het bestuurlijk overleg. Korenwolde levert daarvoor een monitor aan met de "
                  "realisatie per afspraak.",
                  "Partijen", "halfjaarlijks", theme=OV, actors=["partijen", "corporatie"],
                  q=[Q(2, "keer per jaar")], rec=True),
                A("achterbanraadpleging",
                  "Het Wolder Dak raadpleegt in 2025 haar achterban over de prioriteiten voor de "
                  "prestatieafspraken 2026 en deelt de uitkomsten vóór 1 juni 2025 met Korenwolde en de gemeente; "
                  "Korenwolde draagt de kosten van de raadpleging.",
                  "Het Wolder Dak", "1 juni 2025", theme=OV, actors=["huurdersorganisatie", "corporatie"],
                  dl=(2025, "vóór 1 juni 2025")),
                A("werkbudget-huurders",
                  "Korenwolde stelt Het Wolder Dak jaarlijks een werkbudget van € 21.000 ter beschikking en "
                  "vergoedt de kosten van onafhankelijke ondersteuning bij het overleg over de "
                  "prestatieafspraken.",
                  "Korenwolde", "jaarlijks", theme=OV, q=[Q(21000, "euro")], rec=True),
                A("bod-procedure",
                  "Korenwolde brengt vóór 1 juli 2025 een overzicht van voorgenomen werkzaamheden voor 2026 uit "
                  "aan de gemeente en Het Wolder Dak, dat als vertrekpunt dient voor de prestatieafspraken 2026.",
                  "Korenwolde", "1 juli 2025", theme=OV, dl=(2025, "vóór 1 juli 2025"), rec=True),
                A("woonzorgvisie",
                  "De gemeente streeft ernaar in 2025 een woonzorgvisie op te stellen, waarbij Korenwolde en Het "
                  "Wolder Dak als klankbord worden betrokken.",
                  "Gemeente", "eind 2025", theme=OV, themes=[OV, KW], actors=["gemeente"], mod="intent",
                  dl=(2025, "in 2025")),
                A("geschillen",
                  "Bij verschil van mening over de uitleg of uitvoering van deze afspraken treden partijen eerst "
                  "met elkaar in overleg. Leidt dit niet tot overeenstemming, dan schakelen zij gezamenlijk een "
                  "onafhankelijke bemiddelaar in voordat een van hen het geschil aan de minister voorlegt.",
                  "Partijen", "doorlopend", theme=OV, actors=["partijen"]),
            ],
        },
    ],
    "slot_title": "7 Looptijd en slotbepalingen",
    "slot": [
        ("Looptijd",
         "Deze prestatieafspraken hebben betrekking op het kalenderjaar 2025. Zij treden in werking op "
         "1 januari 2025 en eindigen op 31 december 2025, met uitzondering van de afspraken waarvoor een "
         "langere termijn is genoemd; die blijven van kracht totdat zij in een volgende overeenkomst zijn "
         "vervangen."),
        ("Wijzigingen en bijzondere omstandigheden",
         "Tussentijdse wijziging van deze afspraken is mogelijk wanneer alle partijen daarmee schriftelijk "
         "instemmen. Bij wijzigingen in wet- en regelgeving, waaronder de verwachte Wet versterking regie "
         "volkshuisvesting, kunnen afspraken in het bestuurlijk overleg worden heroverwogen. Bedragen die "
         "Korenwolde in deze afspraken noemt, zijn gebaseerd op de door de Raad van Commissarissen goedgekeurde "
         "begroting 2025."),
        ("Openbaarheid",
         "Na ondertekening worden de prestatieafspraken gepubliceerd op de websites van de gemeente en van "
         "Korenwolde en ter kennisname aan de gemeenteraad en de Autoriteit woningcorporaties gezonden."),
    ],
    "bijlage_nieuwbouw": [
        ("Harkeveen-Dorpshart (restant)", "Harkeveen", "4", "2025"),
        ("Schoolstraat-Zuid", "Marwolde", "18", "2025"),
        ("Kloosterweide, fase 2", "Marwolde", "18", "2025"),
        ("Het Brinkhof (woonzorg)", "Marwolde", "24", "2027"),
        ("Kerkpad", "Wessinge", "10", "2027"),
        ("Molenkwartier-West", "Marwolde", "32", "2028"),
    ],
}

BEGRIPPEN = [
    ("Aftoppingsgrens", "huurgrens die bij passend toewijzen en in de huurtoeslag wordt gehanteerd; de grenzen "
     "worden jaarlijks door het Rijk geïndexeerd."),
    ("Bod", "het overzicht van voorgenomen werkzaamheden dat de corporatie jaarlijks vóór 1 juli uitbrengt."),
    ("Eigenaar", "de partij die verantwoordelijk is voor de uitvoering van een maatregel en over de voortgang "
     "rapporteert."),
    ("Liberalisatie", "het verhuren van een woning boven de liberalisatiegrens, waardoor deze niet langer tot "
     "de sociale voorraad behoort."),
    ("Vergunninghouder", "asielzoeker met een verblijfsvergunning, die de gemeente op grond van de wettelijke "
     "taakstelling huisvest."),
    ("Zachte landing", "werkwijze waarbij inwoners die uitstromen uit een instelling met begeleiding een "
     "zelfstandige woning betrekken."),
]

# ---------------------------------------------------------------------------------------------
# Bod 2025 (letter of Woonstichting Korenwolde to the college, June 2024)
# ---------------------------------------------------------------------------------------------

BOD_2025 = {
    "year": 2025,
    "date": "26 juni 2024",
    "kenmerk": "KW/BST/2024-0417",
    "intro": [
        "Hierbij ontvangt u, in overeenstemming met artikel 43 van de Woningwet, het overzicht van de "
        "werkzaamheden die Woonstichting Korenwolde in 2025 in de gemeente Marwolde voornemens is uit te "
        "voeren, met een doorkijk naar de jaren 2026 tot en met 2029. Dit bod is op 18 juni 2024 door onze "
        "Raad van Commissarissen goedgekeurd en is eerder deze maand besproken met Huurdersvereniging Het "
        "Wolder Dak, die een afschrift van deze brief ontvangt.",
        "Het bod sluit aan op de Woonvisie Marwolde 2022-2030 en op de lopende prestatieafspraken voor 2024. "
        "Onze financiële ruimte is het afgelopen jaar kleiner geworden: de bouwkosten en de rente zijn "
        "gestegen, terwijl de huurverhoging van 2024 onder de inflatie bleef. Wij kiezen er daarom voor om "
        "de nieuwbouwproductie op peil te houden en de verduurzaming te versnellen, maar om terughoudend te "
        "zijn met nieuwe activiteiten die niet direct bijdragen aan beschikbaarheid, betaalbaarheid of "
        "kwaliteit. In deze brief lichten wij per onderwerp toe wat u van ons mag verwachten; onze voornemens "
        "zijn doorlopend genummerd.",
    ],
    "sections": [
        {
            "title": "§ 1 Betaalbaarheid",
            "context": "Betaalbaarheid blijft voor onze huurders het belangrijkste onderwerp. Uit de "
                       "huurdersraadpleging van Het Wolder Dak blijkt dat bijna een op de vijf huurders moeite "
                       "heeft om rond te komen.",
            "items": [
                A("huurverhoging",
                  "Wij beperken de gemiddelde huuraanpassing per 1 juli 2025 tot ten hoogste het "
                  "inflatiecijfer, met inachtneming van de door het Rijk vastgestelde maximale huurverhoging.",
                  dl=(2025, "per 1 juli 2025"), rec=True),
                A("huurachterstand-contact",
                  "Wij nemen uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact "
                  "op met de huurder en melden de achterstand, met diens toestemming, bij het team Geldzaken van "
                  "de gemeente.",
                  q=[Q(2, "maanden", "max")]),
                A("huisuitzettingen",
                  "Wij streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot "
                  "ten hoogste twee.",
                  mod="intent", q=[Q(2, "huisuitzettingen", "max")], dl=(2025, "in 2025"), rec=True),
                A("servicekosten",
                  "Korenwolde stuurt huurders vóór 1 juli 2025 de jaarlijkse afrekening van de servicekosten "
                  "over 2024 en verrekent een eventueel tegoed uiterlijk per 1 september 2025.",
                  dl=(2025, "uiterlijk per 1 september 2025"), rec=True),
                A("budgetcursus",
                  "Wij bieden in 2025 alle nieuwe huurders een kosteloze budgetcursus aan, in samenwerking met "
                  "de bibliotheek en het team Geldzaken.",
                  dl=(2025, "in 2025")),
            ],
        },
        {
            "title": "§ 2 Beschikbaarheid en nieuwbouw",
            "context": "Ondanks de gestegen kosten houden wij vast aan onze bijdrage aan de Regionale Woondeal "
                       "Ledevallei. Netcongestie is voor de planning van onze projecten het grootste risico.",
            "items": [
                A("nieuwbouw-oplevering",
                  "Wij leveren in 2025 ten minste 36 sociale huurwoningen op, waarvan 18 in het plan "
                  "Schoolstraat-Zuid en 18 in de tweede fase van Kloosterweide. De voortgang van beide projecten "
                  "bespreken wij ieder kwartaal met de gemeente in het bouwoverleg.",
                  q=[Q(36, "woningen", "min"), Q(18, "woningen"), Q(18, "woningen")], dl=(2025, "in 2025"),
                  rec=True),
                A("verkoop",
                  "Wij verkopen in 2025 maximaal 8 huurwoningen bij mutatie, uitsluitend uit complexen die in ons "
                  "portefeuilleplan als verkoopcomplex zijn aangemerkt. De opbrengst zetten wij in voor "
                  "nieuwbouw en verduurzaming in Marwolde.",
                  q=[Q(8, "woningen", "max")], dl=(2025, "in 2025"), rec=True),
                A("liberalisatie",
                  "Wij liberaliseren in 2025 ten hoogste 10 sociale huurwoningen bij mutatie, uitsluitend in de "
                  "Stationsbuurt-Oost, waarbij de sociale huurvoorraad in Marwolde ten minste 3.150 woningen "
                  "blijft omvatten.",
                  q=[Q(10, "woningen", "max"), Q(3150, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
                A("statushouders",
                  "Wij stellen in 2025 voldoende woningen beschikbaar om de gemeente in staat te stellen haar "
                  "wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren.",
                  dl=(2025, "in 2025"), rec=True),
                A("doorstroming-senioren",
                  "Wij voeren per 1 januari 2025 een doorstroomregeling voor senioren in, onder voorbehoud van "
                  "instemming van onze Raad van Commissarissen. Senioren die een eengezinswoning achterlaten, "
                  "nemen de huurprijs per vierkante meter mee naar hun nieuwe woning en ontvangen een "
                  "verhuiskostenvergoeding van € 2.500.",
                  q=[Q(2500, "euro")], dl=(2025, "per 1 januari 2025"),
                  cond=["onder voorbehoud van instemming van onze Raad van Commissarissen"]),
                A("vrije-toewijzingsruimte",
                  "Wij werken volgens de in 2024 gemaakte afspraken over de inzet van de vrije toewijzingsruimte "
                  "voor maatwerk en voor woningzoekenden met een aantoonbare binding aan een van de kleine kernen."),
                A("transformatie-brink",
                  "Wij onderzoeken in 2025 of de twaalf leegstaande bedrijfsruimten onder de woningen aan de Brink "
                  "kunnen worden getransformeerd tot studio's voor jongeren.",
                  mod="explore", q=[Q(12, "bedrijfsruimten")], dl=(2025, "in 2025")),
            ],
        },
        {
            "title": "§ 3 Verduurzaming",
            "context": "Eind 2025 willen wij geen woningen met een label E, F of G meer in bezit hebben. Daarna "
                       "richten wij ons op het verder verbeteren van de isolatie en op de warmtetransitie.",
            "items": [
                A("verduurzaming-aantal",
                  "Wij verduurzamen in 2025 ten minste 170 woningen naar minimaal energielabel B, waaronder de "
                  "complexen Vlinderbuurt II en Wessinge-Noord, waar na instemming van ten minste 70% van de "
                  "bewoners de gevels, daken en vloeren worden geïsoleerd.",
                  theme=DK, q=[Q(170, "woningen", "min"), Q("B", "label", "min"), Q(70, "%", "min")],
                  dl=(2025, "in 2025"), rec=True),
                A("efg-labels",
                  "Korenwolde verbetert in 2025 de resterende 40 woningen met een energielabel E, F of G, zodat "
                  "eind 2025 geen woningen met een van deze labels meer in het bezit zijn.",
                  theme=DK, q=[Q(40, "woningen")], dl=(2025, "eind 2025")),
                A("gemiddeld-label",
                  "Wij streven ernaar dat onze woningvoorraad in Marwolde eind 2028 gemiddeld energielabel B heeft.",
                  theme=DK, mod="intent", q=[Q("B", "label", "min")], dl=(2028, "eind 2028")),
                A("zonnepanelen",
                  "Wij bieden in 2025, bij wijze van pilot, de huurders van grondgebonden woningen in de complexen "
                  "Wessinge-Noord, De Kampen-Oost en Harkeveen-Zuid zonnepanelen aan, tegen een vergoeding van "
                  "ten hoogste € 9 per maand.",
                  theme=DK, q=[Q(9, "euro", "max")], dl=(2025, "in 2025"), rec=True),
                A("warmtenet-molenkwartier",
                  "Samen met de gemeente stellen wij uiterlijk eind 2025 een uitvoeringsplan op voor de "
                  "aansluiting van de wijk Molenkwartier op een collectief warmtenet.",
                  theme=DK, actors=["corporatie", "gemeente"], dl=(2025, "uiterlijk eind 2025")),
                A("nestvoorzieningen",
                  "Wij onderzoeken of bij renovaties nestvoorzieningen voor gierzwaluwen, huismussen en "
                  "vleermuizen kunnen worden aangebracht.",
                  theme=DK, mod="explore"),
                A("klimaatadaptatie",
                  "Bij groot onderhoud en renovatie neemt Korenwolde waar mogelijk maatregelen tegen hittestress "
                  "en wateroverlast, zoals het afkoppelen van hemelwaterafvoeren en het vergroenen van "
                  "binnenterreinen en tuinen.",
                  theme=DK, cond=["waar mogelijk"]),
                A("hybride-warmtepompen",
                  "Wij vervangen in 2025 in 60 woningen in Harkeveen de cv-ketel door een hybride warmtepomp, "
                  "onder voorbehoud van voldoende capaciteit op het elektriciteitsnet.",
                  theme=DK, q=[Q(60, "woningen")], dl=(2025, "in 2025"),
                  cond=["onder voorbehoud van voldoende capaciteit op het elektriciteitsnet"]),
            ],
        },
        {
            "title": "§ 4 Woningkwaliteit en wonen met zorg",
            "context": "Wij willen dat huurders snel en goed worden geholpen bij klachten over hun woning, en "
                       "dat ouderen langer zelfstandig in een geschikte woning kunnen blijven wonen.",
            "items": [
                A("vocht-schimmel",
                  "Wij nemen binnen drie werkdagen na een melding van vocht of schimmel contact op met de huurder "
                  "en voeren binnen drie weken na de inspectie de noodzakelijke herstelwerkzaamheden uit.",
                  theme=KW, q=[Q(3, "werkdagen", "max"), Q(3, "weken", "max")]),
                A("reparatietermijn",
                  "Spoedeisende reparatieverzoeken worden binnen 24 uur verholpen. Overige reparatieverzoeken "
                  "worden binnen vijftien werkdagen na de melding afgehandeld.",
                  theme=KW, q=[Q(24, "uur", "max"), Q(15, "werkdagen", "max")]),
                A("onderhoudsprogramma-advies",
                  "Wij leggen ons jaarlijkse planmatig onderhoudsprogramma vóór 1 maart 2025 ter advisering voor "
                  "aan Het Wolder Dak en informeren de betrokken bewoners uiterlijk zes weken voor de start van de "
                  "werkzaamheden.",
                  theme=KW, q=[Q(6, "weken", "min")], dl=(2025, "vóór 1 maart 2025"), rec=True),
                A("rollatorgeschikt",
                  "Wij maken in 2025 ten minste 25 bestaande woningen in Ommelterp rollatorgeschikt, onder meer "
                  "door drempels te verwijderen, beugels te plaatsen en de badkamer aan te passen.",
                  theme=KW, q=[Q(25, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
                A("woonzorg-brinkhof",
                  "In het plan Het Brinkhof realiseren wij uiterlijk in 2026 een woonzorgcomplex met 24 "
                  "appartementen en een gemeenschappelijke ontmoetingsruimte, in samenwerking met een "
                  "zorgaanbieder.",
                  theme=KW, themes=[KW, BB], q=[Q(24, "appartementen")], dl=(2026, "uiterlijk in 2026")),
                A("woningschouw",
                  "Wij voeren in 2025 in de complexen Vlinderbuurt II, De Kampen-Oost en Wessinge-Noord een "
                  "technische woningschouw uit en bespreken de uitkomsten en de planning van de "
                  "herstelwerkzaamheden met de bewonerscommissies.",
                  theme=KW, dl=(2025, "in 2025")),
            ],
        },
        {
            "title": "§ 5 Leefbaarheid",
            "context": "Onze inzet op leefbaarheid richt zich op de buurten waar de druk het grootst is. Wij "
                       "blijven daarbij binnen de wettelijke ruimte voor leefbaarheidsuitgaven.",
            "items": [
                A("leefbaarheidsbudget",
                  "Wij zetten in 2025 € 125 per woning in voor leefbaarheid, met inbegrip van de kosten van onze "
                  "wijkbeheerders.",
                  theme=LB, q=[Q(125, "euro")], dl=(2025, "in 2025"), rec=True),
                A("wijkbeheerders",
                  "Onze wijkbeheerders zijn ten minste drie dagdelen per week aanwezig in de Vlinderbuurt en in "
                  "De Kampen, en zijn daar aanspreekpunt voor bewoners, gemeente en politie.",
                  theme=LB, q=[Q(3, "dagdelen per week", "min")]),
                A("zachte-landing",
                  "Wij stellen in 2025 ten minste 8 woningen beschikbaar voor kwetsbare inwoners die uitstromen "
                  "uit beschermd wonen of maatschappelijke opvang, volgens het convenant Zachte Landing "
                  "Ledevallei.",
                  theme=LB, themes=[LB, BB], q=[Q(8, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
                A("ontmoetingsruimte-linde",
                  "Korenwolde zet zich in om de ontmoetingsruimte in het complex De Linde om niet beschikbaar te "
                  "houden voor activiteiten tegen eenzaamheid die de gemeente en welzijnsorganisatie Wolderwijs "
                  "organiseren.",
                  theme=LB, mod="intent"),
                A("bewonersinitiatieven",
                  "Samen met Het Wolder Dak ondersteunen wij bewonersinitiatieven die bijdragen aan ontmoeting en "
                  "aan een schone, hele en veilige woonomgeving, onder meer met een bijdrage uit ons "
                  "leefbaarheidsbudget.",
                  theme=LB, actors=["corporatie", "huurdersorganisatie"]),
            ],
        },
        {
            "title": "§ 6 Samenwerking",
            "context": "Wij hechten aan een open samenwerking in de driehoek en aan een huurdersorganisatie die "
                       "goed is toegerust voor haar rol.",
            "items": [
                A("werkbudget-huurders",
                  "Wij stellen Het Wolder Dak in 2025 een werkbudget van € 21.000 ter beschikking en vergoeden "
                  "de kosten van onafhankelijke ondersteuning bij het overleg over de prestatieafspraken.",
                  theme=OV, q=[Q(21000, "euro")], dl=(2025, "in 2025"), rec=True),
                A("monitoring",
                  "Wij leveren twee keer per jaar een monitor aan met de realisatie per afspraak, als basis voor "
                  "het bestuurlijk overleg met de gemeente en Het Wolder Dak.",
                  theme=OV, q=[Q(2, "keer per jaar")], rec=True),
            ],
        },
    ],
    "doorkijk_title": "Doorkijk 2026-2029",
    "doorkijk": "Voor de jaren na 2025 gaan wij uit van de onderstaande aantallen. Deze meerjarige cijfers zijn "
                "indicatief en afhankelijk van de ontwikkeling van bouwkosten, rente en netcapaciteit; zij maken "
                "geen deel uit van ons bod voor 2025.",
    "doorkijk_head": ("Jaar", "Nieuwbouw", "Verduurzaming", "Verkoop"),
    "doorkijk_rows": [("2026", "28", "140", "6"), ("2027", "34", "120", "6"), ("2028", "42", "110", "5"),
                      ("2029", "30", "100", "5")],
    "closing": [
        "Wij realiseren ons dat dit bod op onderdelen minder ver gaat dan de gemeente en Het Wolder Dak "
        "wellicht zouden wensen. Tegelijkertijd zijn wij ervan overtuigd dat het een realistische en "
        "evenwichtige bijdrage vormt aan de opgaven in Marwolde. Wij gaan graag met u en met Het Wolder Dak "
        "in gesprek om in het najaar tot prestatieafspraken voor 2025 te komen.",
    ],
}

# ---------------------------------------------------------------------------------------------
# Links
# ---------------------------------------------------------------------------------------------

U, R, W, S, M, N, D = "unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"

LINKS_2024_2025 = [
    # old, new, status, kinds, hard_negative
    ("nieuwbouw-oplevering", "nieuwbouw-oplevering", W, ["quantity"], None),
    ("nota-grondprijzen", "nota-grondprijzen", W, ["deadline"], None),
    ("sociaal-aandeel-nieuwbouw", "sociaal-aandeel-nieuwbouw", S, ["quantity"], None),
    ("verkoop", "verkoop", S, ["quantity"], None),
    ("liberalisatie", "liberalisatie", W, ["quantity"], None),
    ("statushouders", "statushouders", R, [], "external_figure"),
    ("vrije-toewijzingsruimte", "vrije-toewijzingsruimte", S, ["modality"], None),
    ("doorstroming-senioren", "doorstroming-senioren", S, ["modality"], None),
    ("flexwoningen-molenkamp", None, D, [], None),
    (None, "tijdelijke-units-uitstroom", N, [], None),
    ("huurverhoging", "huurverhoging", S, ["quantity"], None),
    (None, "huurverlaging-laag-inkomen", N, [], None),
    ("aftoppingsgrens-toewijzing", "aftoppingsgrens-toewijzing", R, [], "indexed_amount"),
    ("servicekosten", "servicekosten", R, [], "recurring_year"),
    ("huurachterstand-contact", "huurachterstand-contact", S, ["quantity"], None),
    ("huisuitzettingen", "huisuitzettingen", S, ["quantity"], None),
    ("energiecoaches", "energiecoaches", R, [], "recurring_year"),
    ("noodfonds-woonlasten", "noodfonds-woonlasten", W, ["quantity", "condition"], None),
    ("verduurzaming-aantal", "verduurzaming-aantal", S, ["quantity"], None),
    ("efg-labels", "efg-labels", R, [], "progress"),
    ("gemiddeld-label", "gemiddeld-label", W, ["label"], None),
    ("zonnepanelen", "zonnepanelen", W, ["scope"], None),
    ("warmtenet-molenkwartier", "warmtenet-molenkwartier", S, ["modality"], None),
    ("klimaatadaptatie", "klimaatadaptatie", U, [], None),
    ("nestvoorzieningen", "nestvoorzieningen", W, ["modality"], None),
    ("vocht-schimmel", "vocht-schimmel", S, ["quantity"], None),
    ("reparatietermijn", "reparatietermijn", W, ["quantity"], None),
    ("onderhoudsprogramma-advies", "onderhoudsprogramma-advies", R, [], "recurring_year"),
    (None, "woningschouw", N, [], None),
    ("rollatorgeschikt", "rollatorgeschikt", W, ["quantity", "scope"], None),
    ("wmo-aanpassingen", "wmo-aanpassingen", U, [], None),
    ("woonzorg-brinkhof", "woonzorg-brinkhof", M, ["modality", "condition"], None),
    ("rookmelders", None, D, [], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", R, [], "external_figure"),
    ("wijkbeheerders", "wijkbeheerders", S, ["quantity", "scope"], None),
    ("zachte-landing", "zachte-landing", R, [], "recurring_year"),
    ("bewonersinitiatieven", "bewonersinitiatieven", U, [], None),
    ("ontmoetingsruimte-linde", "ontmoetingsruimte-linde", W, ["modality"], None),
    ("buurtschouw", "buurtschouw", R, [], "same_figures"),
    ("monitoring", "monitoring", U, [], None),
    (None, "achterbanraadpleging", N, [], None),
    ("werkbudget-huurders", "werkbudget-huurders", S, ["quantity"], None),
    ("bod-procedure", "bod-procedure", R, [], "recurring_year"),
    ("woonzorgvisie", "woonzorgvisie", W, ["modality", "deadline"], None),
    ("geschillen", "geschillen", U, [], None),
    ("huurdersavonden", None, D, [], None),
]

LINKS_BOD_2025 = [
    ("huurverhoging", "huurverhoging", S, ["quantity"], None),
    ("huurachterstand-contact", "huurachterstand-contact", S, ["quantity"], None),
    ("huisuitzettingen", "huisuitzettingen", S, ["quantity"], None),
    ("servicekosten", "servicekosten", U, [], None),
    ("budgetcursus", None, D, [], None),
    ("nieuwbouw-oplevering", "nieuwbouw-oplevering", R, [], "same_figures"),
    ("verkoop", "verkoop", S, ["quantity"], None),
    ("liberalisatie", "liberalisatie", S, ["quantity"], None),
    ("statushouders", "statushouders", R, [], "external_figure"),
    ("doorstroming-senioren", "doorstroming-senioren", S, ["condition"], None),
    ("vrije-toewijzingsruimte", "vrije-toewijzingsruimte", R, [], None),
    ("transformatie-brink", None, D, [], None),
    ("verduurzaming-aantal", "verduurzaming-aantal", W, ["quantity"], None),
    ("efg-labels", "efg-labels", U, [], None),
    ("gemiddeld-label", "gemiddeld-label", R, [], "same_figures"),
    ("zonnepanelen", "zonnepanelen", W, ["scope"], None),
    ("warmtenet-molenkwartier", "warmtenet-molenkwartier", S, ["deadline"], None),
    ("nestvoorzieningen", "nestvoorzieningen", R, [], None),
    ("klimaatadaptatie", "klimaatadaptatie", U, [], None),
    ("hybride-warmtepompen", None, D, [], None),
    ("vocht-schimmel", "vocht-schimmel", R, [], "same_figures"),
    ("reparatietermijn", "reparatietermijn", U, [], None),
    ("onderhoudsprogramma-advies", "onderhoudsprogramma-advies", R, [], "same_figures"),
    ("rollatorgeschikt", "rollatorgeschikt", W, ["quantity"], None),
    ("woonzorg-brinkhof", "woonzorg-brinkhof", W, ["deadline", "condition"], None),
    ("woningschouw", "woningschouw", W, ["scope"], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", R, [], "external_figure"),
    ("wijkbeheerders", "wijkbeheerders", S, ["quantity", "scope"], None),
    ("zachte-landing", "zachte-landing", R, [], None),
    ("ontmoetingsruimte-linde", "ontmoetingsruimte-linde", U, [], None),
    ("bewonersinitiatieven", "bewonersinitiatieven", R, [], None),
    ("werkbudget-huurders", "werkbudget-huurders", R, [], "same_figures"),
    ("monitoring", "monitoring", R, [], None),
    # added during the negotiations (not in the bod)
    (None, "nota-grondprijzen", N, [], None),
    (None, "sociaal-aandeel-nieuwbouw", N, [], None),
    (None, "tijdelijke-units-uitstroom", N, [], None),
    (None, "huurverlaging-laag-inkomen", N, [], None),
    (None, "aftoppingsgrens-toewijzing", N, [], None),
    (None, "energiecoaches", N, [], None),
    (None, "noodfonds-woonlasten", N, [], None),
    (None, "wmo-aanpassingen", N, [], None),
    (None, "buurtschouw", N, [], None),
    (None, "achterbanraadpleging", N, [], None),
    (None, "bod-procedure", N, [], None),
    (None, "woonzorgvisie", N, [], None),
    (None, "geschillen", N, [], None),
]
