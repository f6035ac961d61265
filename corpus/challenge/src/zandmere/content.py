# -*- coding: utf-8 -*-
"""Content of the zandmere family: a bod 2025 and prestatieafspraken 2025 and 2026.

All names are fictional. Every afspraak version is a dict with text, optional dash sub-items and a gold frame.
"""

GEMEENTE = "Zandmere"
CORP = "Heidezoom Wonen"
HBV = "Huurdersbelangenvereniging De Zandloper"

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def Q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    deadline = None
    if dl:
        deadline = {"year": dl[0], "text": dl[1]}
    return {"actors": list(actors), "modality": modality, "quantities": list(q), "deadline": deadline,
            "recurring": rec, "conditions": list(cond)}


def V(text, frame, sub=None):
    return {"text": text, "sub": sub or [], "frame": frame}


# --------------------------------------------------------------------------------------------------
# Afspraken: key -> theme(s) and the versions per document ("bod", "2025", "2026")
# --------------------------------------------------------------------------------------------------
AF = {}


def af(key, themes, **versions):
    AF[key] = {"themes": themes, "versions": versions}


# ---- beschikbaarheid ----
af("nieuwbouw-sociaal", [B],
   bod=V("Wij bieden aan om in 2025 ten minste 70 sociale huurwoningen op te leveren in de projecten Kwartelveld "
         "en Molenkade, mits de omgevingsvergunningen voor beide projecten uiterlijk in het vierde kwartaal van "
         "2024 onherroepelijk zijn.",
         F(["corporatie"], "firm", [Q(70, "woningen", "min")], (2025, "in 2025"), True,
           ["mits de omgevingsvergunningen voor beide projecten uiterlijk in het vierde kwartaal van 2024 "
            "onherroepelijk zijn"])),
   y2025=V("Heidezoom Wonen levert in 2025 ten minste 64 sociale huurwoningen op, waarvan 40 in het project "
           "Kwartelveld en 24 aan de Molenkade.",
           F(["corporatie"], "firm", [Q(64, "woningen", "min"), Q(40, "woningen"), Q(24, "woningen")],
             (2025, "in 2025"), True)),
   y2026=V("Heidezoom Wonen levert in 2026 ten minste 52 sociale huurwoningen op, verdeeld over de tweede fase van "
           "Kwartelveld en het project Oude Veiling.",
           F(["corporatie"], "firm", [Q(52, "woningen", "min")], (2026, "in 2026"), True)),
   )

af("flexwoningen-locatie", [B],
   y2025=V("De gemeente stelt uiterlijk in het tweede kwartaal van 2025 een locatie beschikbaar waarop "
           "Heidezoom Wonen ten minste 30 flexwoningen voor spoedzoekers en jongeren kan plaatsen.",
           F(["gemeente"], "firm", [Q(30, "woningen", "min")], (2025, "uiterlijk in het tweede kwartaal van 2025"))),
   y2026=V("De gemeente stelt uiterlijk eind 2026 een locatie beschikbaar waarop Heidezoom Wonen ten minste 30 "
           "flexwoningen voor spoedzoekers en jongeren kan plaatsen.",
           F(["gemeente"], "firm", [Q(30, "woningen", "min")], (2026, "uiterlijk eind 2026"))),
   )

af("sociaal-aandeel-nieuwbouw", [B],
   y2025=V("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 30% "
           "sociale huur wordt opgenomen; de gemeente legt dit percentage vast in de anterieure overeenkomsten "
           "met ontwikkelaars.",
           F(["partijen", "gemeente"], "firm", [Q(30, "%", "min"), Q(20, "woningen", "min")])),
   y2026=V("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 35% "
           "sociale huur wordt opgenomen; de gemeente legt dit percentage vast in de anterieure overeenkomsten "
           "met ontwikkelaars.",
           F(["partijen", "gemeente"], "firm", [Q(35, "%", "min"), Q(20, "woningen", "min")])),
   )

af("verkoop-liberalisatie", [B],
   bod=V("Wij verkopen in 2025 maximaal 12 woningen uit de bestaande voorraad en liberaliseren bij mutatie "
         "maximaal 4 sociale huurwoningen.",
         F(["corporatie"], "firm", [Q(12, "woningen", "max"), Q(4, "woningen", "max")], (2025, "in 2025"), True)),
   y2025=V("Heidezoom Wonen verkoopt in 2025 maximaal 8 woningen uit de bestaande voorraad en liberaliseert "
           "geen sociale huurwoningen.",
           F(["corporatie"], "firm", [Q(8, "woningen", "max"), Q(0, "woningen", "max")], (2025, "in 2025"), True)),
   y2026=V("Heidezoom Wonen verkoopt in 2026 maximaal 5 woningen uit de bestaande voorraad en liberaliseert "
           "geen sociale huurwoningen.",
           F(["corporatie"], "firm", [Q(5, "woningen", "max"), Q(0, "woningen", "max")], (2026, "in 2026"), True)),
   )

af("transformatie-stationsweg", [B],
   bod=V("Wij onderzoeken samen met de gemeente of het voormalige kantoorpand aan de Stationsweg kan worden "
         "getransformeerd naar circa 20 jongerenwoningen.",
         F(["corporatie"], "explore", [Q(20, "woningen", "approx")])),
   y2025=V("Heidezoom Wonen onderzoekt samen met de gemeente of het voormalige kantoorpand aan de Stationsweg kan "
           "worden getransformeerd naar circa 20 jongerenwoningen.",
           F(["corporatie"], "explore", [Q(20, "woningen", "approx")])),
   y2026=V("Het voormalige kantoorpand aan de Stationsweg wordt in 2026 door Heidezoom Wonen getransformeerd naar "
           "20 jongerenwoningen; de gemeente verleent medewerking aan de daarvoor benodigde omgevingsvergunning.",
           F(["corporatie", "gemeente"], "firm", [Q(20, "woningen")], (2026, "in 2026"))),
   )

af("van-groot-naar-beter", [B],
   bod=V("Wij zetten de regeling Van Groot naar Beter voort, waarmee senioren die een eengezinswoning achterlaten "
         "voor een gelijkvloerse woning een verhuisvergoeding van € 2.500 en begeleiding door een wooncoach "
         "ontvangen.",
         F(["corporatie"], "firm", [Q(2500, "euro")])),
   y2025=V("Heidezoom Wonen zet de regeling Van Groot naar Beter voort, waarmee senioren die een eengezinswoning "
           "achterlaten voor een gelijkvloerse woning een verhuisvergoeding van € 2.500 en begeleiding door een "
           "wooncoach ontvangen.",
           F(["corporatie"], "firm", [Q(2500, "euro")])),
   )
AF["van-groot-naar-beter"]["versions"]["y2026"] = AF["van-groot-naar-beter"]["versions"]["y2025"]

_urg_intro_bod = ("Wij verlenen binnen de urgentieregeling van de huisvestingsverordening voorrang aan de volgende "
                  "groepen:")
_urg_intro = ("De gemeente en Heidezoom Wonen hanteren de urgentieregeling uit de huisvestingsverordening en "
              "verlenen daarbij voorrang aan de volgende groepen:")
af("urgentie-voorrang", [B],
   bod=V(_urg_intro_bod,
         F(["corporatie"], "firm"),
         sub=["mantelzorgers en zorgontvangers;",
              "woningzoekenden die uitstromen uit beschermd wonen of maatschappelijke opvang."]),
   y2025=V(_urg_intro,
           F(["gemeente", "corporatie"], "firm"),
           sub=["mantelzorgers en zorgontvangers;",
                "woningzoekenden die uitstromen uit beschermd wonen of maatschappelijke opvang;",
                "slachtoffers van huiselijk geweld."]),
   y2026=V(_urg_intro,
           F(["gemeente", "corporatie"], "firm"),
           sub=["mantelzorgers en zorgontvangers;",
                "woningzoekenden die uitstromen uit beschermd wonen of maatschappelijke opvang;",
                "slachtoffers van huiselijk geweld;",
                "jongeren die uitstromen uit een jeugdzorginstelling."]),
   )

af("statushouders", [B],
   bod=V("Wij huisvesten naar rato van ons aandeel in de sociale huurvoorraad vergunninghouders, zodat de "
         "gemeente kan voldoen aan de taakstelling die het Rijk voor de tweede helft van 2024 op 42 personen heeft "
         "vastgesteld.",
         F(["corporatie"], "firm", [Q(42, "personen")], (2024, "tweede helft van 2024"), True)),
   y2025=V("Heidezoom Wonen huisvest naar rato van haar aandeel in de sociale huurvoorraad vergunninghouders, zodat "
           "de gemeente kan voldoen aan de taakstelling die het Rijk voor 2025 op 46 personen heeft vastgesteld.",
           F(["corporatie"], "firm", [Q(46, "personen")], (2025, "voor 2025"), True)),
   y2026=V("Heidezoom Wonen huisvest naar rato van haar aandeel in de sociale huurvoorraad vergunninghouders, zodat "
           "de gemeente kan voldoen aan de taakstelling die het Rijk voor 2026 op 39 personen heeft vastgesteld.",
           F(["corporatie"], "firm", [Q(39, "personen")], (2026, "voor 2026"), True)),
   )

_bw_cond = "onder de voorwaarde dat voor iedere huurder een begeleidingsafspraak met een zorgaanbieder is gemaakt"
af("uitstroom-beschermd-wonen", [B, L],
   bod=V("Wij stellen in 2025 ten minste 10 woningen beschikbaar voor huishoudens die uitstromen uit beschermd "
         "wonen of maatschappelijke opvang, " + _bw_cond + ".",
         F(["corporatie"], "firm", [Q(10, "woningen", "min")], (2025, "in 2025"), True, [_bw_cond])),
   y2025=V("Heidezoom Wonen stelt in 2025 ten minste 12 woningen beschikbaar voor huishoudens die uitstromen uit "
           "beschermd wonen of maatschappelijke opvang, " + _bw_cond + ".",
           F(["corporatie"], "firm", [Q(12, "woningen", "min")], (2025, "in 2025"), True, [_bw_cond])),
   y2026=V("Heidezoom Wonen stelt in 2026 ten minste 16 woningen beschikbaar voor huishoudens die uitstromen uit "
           "beschermd wonen of maatschappelijke opvang.",
           F(["corporatie"], "firm", [Q(16, "woningen", "min")], (2026, "in 2026"), True)),
   )

af("woonwagenbeleid", [B],
   y2025=V("De gemeente stelt in 2025 een woonwagenbeleid op en betrekt Heidezoom Wonen en de "
           "huurdersbelangenvereniging bij de uitwerking van de standplaatsen aan de Heikant.",
           F(["gemeente"], "firm", [], (2025, "in 2025"))),
   )

# ---- betaalbaarheid ----
af("huurverhoging", [B],
   bod=V("Wij beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal de inflatie plus 1%.",
         F(["corporatie"], "firm", [Q(1, "%", "max")], (2025, "per 1 juli 2025"), True)),
   y2025=V("Heidezoom Wonen houdt de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de inflatie.",
           F(["corporatie"], "firm", [], (2025, "per 1 juli 2025"), True)),
   y2026=V("Heidezoom Wonen houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie.",
           F(["corporatie"], "firm", [Q(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
   )

af("huurbevriezing-efg", [B, D],
   bod=V("Voor woningen met een energielabel E, F of G wordt per 1 juli 2025 geen huurverhoging doorgevoerd.",
         F(["corporatie"], "firm", [], (2025, "per 1 juli 2025"), True)),
   )
AF["huurbevriezing-efg"]["versions"]["y2025"] = AF["huurbevriezing-efg"]["versions"]["bod"]
AF["huurbevriezing-efg"]["versions"]["y2026"] = V(
    "Voor woningen met een energielabel E, F of G wordt per 1 juli 2026 geen huurverhoging doorgevoerd.",
    F(["corporatie"], "firm", [], (2026, "per 1 juli 2026"), True))

af("huurverlaging-laag-inkomen", [B],
   bod=V("Huurders met een inkomen onder de inkomensgrens voor passend toewijzen (€ 31.475 voor een "
         "eenpersoonshuishouden, prijspeil 2024) kunnen bij ons een huurverlaging tot de aftoppingsgrens "
         "aanvragen.",
         F(["corporatie"], "firm", [Q(31475, "euro")])),
   y2025=V("Huurders met een inkomen onder de inkomensgrens voor passend toewijzen (€ 32.200 voor een "
           "eenpersoonshuishouden, prijspeil 2025) kunnen bij Heidezoom Wonen een huurverlaging tot de "
           "aftoppingsgrens aanvragen.",
           F(["corporatie"], "firm", [Q(32200, "euro")])),
   y2026=V("Huurders met een inkomen onder de inkomensgrens voor passend toewijzen (€ 32.950 voor een "
           "eenpersoonshuishouden, prijspeil 2026) kunnen bij Heidezoom Wonen een huurverlaging tot de "
           "aftoppingsgrens aanvragen.",
           F(["corporatie"], "firm", [Q(32950, "euro")])),
   )

af("huurbeleid-advies", [B, O],
   y2025=V("De huurdersbelangenvereniging brengt vóór 1 april 2025 advies uit over het voorstel voor de "
           "huuraanpassing per 1 juli 2025, nadat zij haar achterban daarover heeft geraadpleegd.",
           F(["huurdersorganisatie"], "firm", [], (2025, "vóór 1 april 2025"), True)),
   y2026=V("De huurdersbelangenvereniging brengt vóór 1 april 2026 advies uit over het voorstel voor de "
           "huuraanpassing per 1 juli 2026, nadat zij haar achterban daarover heeft geraadpleegd.",
           F(["huurdersorganisatie"], "firm", [], (2026, "vóór 1 april 2026"), True)),
   )

af("huurtoeslagcheck", [B],
   y2025=V("Heidezoom Wonen controleert per 1 januari 2025 bij alle huishoudens met een huur boven de "
           "aftoppingsgrens of zij recht hebben op huurtoeslag en wijst hen zo nodig op de mogelijkheid deze aan "
           "te vragen.",
           F(["corporatie"], "firm", [], (2025, "per 1 januari 2025"), True)),
   y2026=V("Heidezoom Wonen controleert per 1 januari 2026 bij alle huishoudens met een huur boven de "
           "aftoppingsgrens of zij recht hebben op huurtoeslag en wijst hen zo nodig op de mogelijkheid deze aan "
           "te vragen.",
           F(["corporatie"], "firm", [], (2026, "per 1 januari 2026"), True)),
   )

af("servicekosten-gesprek", [B],
   y2025=V("Heidezoom Wonen en de huurdersbelangenvereniging gaan in 2025 in gesprek over de opbouw van de "
           "servicekosten in de appartementencomplexen met een lift.",
           F(["corporatie", "huurdersorganisatie"], "discuss", [], (2025, "in 2025"))),
   )

af("servicekosten-overzicht", [B],
   y2026=V("Heidezoom Wonen stelt per 1 januari 2026 voor ieder complex een overzicht van de opbouw van de "
           "servicekosten digitaal beschikbaar aan de bewonerscommissies en de huurdersbelangenvereniging.",
           F(["corporatie"], "firm", [], (2026, "per 1 januari 2026"))),
   )

af("vroegsignalering", [B],
   bod=V("Wij melden huurders met een betalingsachterstand uiterlijk na 3 maanden aan bij het team "
         "Vroegsignalering van de gemeente.",
         F(["corporatie"], "firm", [Q(3, "maanden", "max")])),
   y2025=V("Heidezoom Wonen meldt huurders met een betalingsachterstand uiterlijk na 2 maanden aan bij het team "
           "Vroegsignalering van de gemeente, dat binnen twee weken na de melding contact opneemt met de huurder.",
           F(["corporatie", "gemeente"], "firm", [Q(2, "maanden", "max"), Q(2, "weken", "max")])),
   y2026=V("Heidezoom Wonen meldt huurders met een betalingsachterstand uiterlijk na 1 maand aan bij het team "
           "Vroegsignalering van de gemeente, dat binnen twee weken na de melding contact opneemt met de huurder.",
           F(["corporatie", "gemeente"], "firm", [Q(1, "maanden", "max"), Q(2, "weken", "max")])),
   )

af("huisuitzettingen", [B],
   y2025=V("Partijen zetten zich ervoor in het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken "
           "tot maximaal 3.",
           F(["partijen"], "intent", [Q(3, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
   y2026=V("Partijen zetten zich ervoor in huisuitzettingen wegens huurachterstand in 2026 volledig te voorkomen; "
           "geen huishouden met kinderen wordt om die reden ontruimd.",
           F(["partijen"], "intent", [Q(0, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
   )

af("schuldhulp-budget", [B],
   y2025=V("De gemeente stelt in 2025 € 45.000 beschikbaar voor het project Eerder Erbij, waarin vrijwillige "
           "schuldhulpmaatjes huurders met beginnende betalingsproblemen begeleiden.",
           F(["gemeente"], "firm", [Q(45000, "euro")], (2025, "in 2025"), True)),
   y2026=V("De gemeente stelt in 2026 € 30.000 beschikbaar voor het project Eerder Erbij, waarin vrijwillige "
           "schuldhulpmaatjes huurders met beginnende betalingsproblemen begeleiden, indien de gemeentebegroting "
           "2026 daarvoor ruimte biedt.",
           F(["gemeente"], "firm", [Q(30000, "euro")], (2026, "in 2026"), True,
             ["indien de gemeentebegroting 2026 daarvoor ruimte biedt"])),
   )

af("incassokosten", [B],
   bod=V("Wij brengen bij een eerste betalingsachterstand geen incassokosten in rekening bij huurders die meewerken "
         "aan een betalingsregeling.",
         F(["corporatie"], "firm")),
   )

# ---- duurzaamheid ----
af("labels-efg", [D],
   bod=V("Wij verbeteren in 2025 en 2026 de resterende 112 woningen met energielabel E, F of G naar ten minste "
         "label C, zodat uiterlijk eind 2027 geen van deze labels meer in ons bezit voorkomt.",
         F(["corporatie"], "firm", [Q(112, "woningen"), Q("C", "label", "min")], (2027, "uiterlijk eind 2027"))),
   y2025=V("Heidezoom Wonen verbetert in 2025 en 2026 de resterende 86 woningen met energielabel E, F of G naar "
           "ten minste label C, zodat uiterlijk eind 2026 geen van deze labels meer in het bezit voorkomt.",
           F(["corporatie"], "firm", [Q(86, "woningen"), Q("C", "label", "min")], (2026, "uiterlijk eind 2026"))),
   y2026=V("Heidezoom Wonen verbetert in 2026 de resterende 41 woningen met energielabel E, F of G naar ten minste "
           "label C, zodat uiterlijk eind 2026 geen van deze labels meer in het bezit voorkomt.",
           F(["corporatie"], "firm", [Q(41, "woningen"), Q("C", "label", "min")], (2026, "uiterlijk eind 2026"))),
   )

af("gemiddeld-label", [D],
   bod=V("Wij zullen ervoor zorgen dat ons woningbezit eind 2028 gemiddeld energielabel A heeft.",
         F(["corporatie"], "firm", [Q("A", "label")], (2028, "eind 2028"))),
   y2025=V("Heidezoom Wonen zal ervoor zorgen dat het woningbezit eind 2028 gemiddeld energielabel A heeft.",
           F(["corporatie"], "firm", [Q("A", "label")], (2028, "eind 2028"))),
   y2026=V("Heidezoom Wonen streeft ernaar dat het woningbezit eind 2028 gemiddeld energielabel B heeft.",
           F(["corporatie"], "intent", [Q("B", "label")], (2028, "eind 2028"))),
   )

af("na-isolatie", [D],
   bod=V("Wij voorzien in 2025 ten minste 100 woningen in de wijk De Brink van na-isolatie van gevel, dak en vloer.",
         F(["corporatie"], "firm", [Q(100, "woningen", "min")], (2025, "in 2025"))),
   y2025=V("Heidezoom Wonen voorziet in 2025 ten minste 120 woningen in de wijk De Brink van na-isolatie van "
           "gevel, dak en vloer.",
           F(["corporatie"], "firm", [Q(120, "woningen", "min")], (2025, "in 2025"))),
   y2026=V("Heidezoom Wonen voorziet in 2026 ten minste 90 woningen in de wijk De Brink van na-isolatie van "
           "gevel, dak en vloer.",
           F(["corporatie"], "firm", [Q(90, "woningen", "min")], (2026, "in 2026"))),
   )

af("zonnepanelen", [D, B],
   bod=V("Wij plaatsen in 2025 zonnepanelen op alle eengezinswoningen met een geschikt dak in Heideveld en De "
         "Brink, zonder dat dit leidt tot een hogere huur.",
         F(["corporatie"], "firm", [], (2025, "in 2025"))),
   y2025=V("Heidezoom Wonen plaatst in 2025 zonnepanelen op alle eengezinswoningen met een geschikt dak in "
           "Heideveld, zonder dat dit leidt tot een hogere huur.",
           F(["corporatie"], "firm", [], (2025, "in 2025"))),
   y2026=V("Heidezoom Wonen plaatst in 2026 bij wijze van pilot zonnepanelen op de eengezinswoningen van twee "
           "complexen in Heideveld, zonder dat dit leidt tot een hogere huur.",
           F(["corporatie"], "firm", [Q(2, "complexen")], (2026, "in 2026"))),
   )

af("warmtenet-kerkplein", [D],
   bod=V("Wij sluiten de 140 woningen rond het Kerkplein in 2026 aan op het warmtenet dat de gemeente in dit "
         "gebied aanlegt.",
         F(["corporatie"], "firm", [Q(140, "woningen")], (2026, "in 2026"))),
   y2025=V("Heidezoom Wonen zegt toe de 140 woningen rond het Kerkplein in 2027 aan te sluiten op het warmtenet "
           "dat de gemeente in dit gebied aanlegt.",
           F(["corporatie"], "firm", [Q(140, "woningen")], (2027, "in 2027"))),
   y2026=V("Heidezoom Wonen zet zich in om de 140 woningen rond het Kerkplein in 2027 aan te sluiten op het "
           "warmtenet dat de gemeente in dit gebied aanlegt.",
           F(["corporatie"], "intent", [Q(140, "woningen")], (2027, "in 2027"))),
   )

af("transitievisie-warmte", [D, O],
   y2025=V("De gemeente actualiseert vóór 1 juli 2025 de Transitievisie Warmte en betrekt Heidezoom Wonen en de "
           "huurdersbelangenvereniging bij het opstellen van de wijkuitvoeringsplannen.",
           F(["gemeente"], "firm", [], (2025, "vóór 1 juli 2025"))),
   y2026=V("De gemeente actualiseert vóór 1 april 2026 de Transitievisie Warmte en betrekt Heidezoom Wonen en de "
           "huurdersbelangenvereniging bij het opstellen van de wijkuitvoeringsplannen.",
           F(["gemeente"], "firm", [], (2026, "vóór 1 april 2026"))),
   )

af("warmtepompen-pilot", [D],
   y2026=V("Heidezoom Wonen voert in 2026 een pilot uit met hybride warmtepompen in 24 woningen aan de Vlasakker "
           "en deelt de resultaten voor het einde van het jaar met de andere partijen, onder voorbehoud van "
           "toekenning van een rijkssubsidie.",
           F(["corporatie"], "firm", [Q(24, "woningen")], (2026, "in 2026"), False,
             ["onder voorbehoud van toekenning van een rijkssubsidie"])),
   )

af("energiecoaches", [D, B],
   y2025=V("De gemeente zet in 2025 energiecoaches in die op verzoek kosteloos een huisbezoek afleggen bij "
           "huurders van Heidezoom Wonen; Heidezoom Wonen wijst huurders met een hoge energierekening actief op "
           "deze mogelijkheid.",
           F(["gemeente", "corporatie"], "firm", [], (2025, "in 2025"), True)),
   y2026=V("De gemeente zet in 2026 energiecoaches in die op verzoek kosteloos een huisbezoek afleggen bij "
           "huurders van Heidezoom Wonen; Heidezoom Wonen wijst huurders met een hoge energierekening actief op "
           "deze mogelijkheid.",
           F(["gemeente", "corporatie"], "firm", [], (2026, "in 2026"), True)),
   )

af("klimaatadaptatie", [D],
   bod=V("Bij ieder groot onderhoudsproject vergroenen wij de tuinen en koppelen wij het regenwater af van het "
         "riool.",
         F(["corporatie"], "firm")),
   y2025=V("Heidezoom Wonen verkent bij ieder groot onderhoudsproject de mogelijkheden om tuinen te vergroenen en "
           "regenwater af te koppelen van het riool.",
           F(["corporatie"], "explore")),
   y2026=V("Bij ieder groot onderhoudsproject gaat Heidezoom Wonen na welke mogelijkheden er zijn om het "
           "regenwater van het riool af te koppelen en de tuinen te vergroenen.",
           F(["corporatie"], "explore")),
   )

af("groene-daken", [D],
   bod=V("Wij leggen in 2025 waar mogelijk op drie bergingencomplexen in De Brink een groen dak aan.",
         F(["corporatie"], "firm", [Q(3, "complexen")], (2025, "in 2025"), False, ["waar mogelijk"])),
   )

# ---- kwaliteit ----
af("vocht-schimmel", [K],
   bod=V("Wij nemen een melding van vocht en schimmel binnen 5 werkdagen in behandeling en starten binnen 6 weken "
         "met het herstel.",
         F(["corporatie"], "firm", [Q(5, "werkdagen", "max"), Q(6, "weken", "max")])),
   y2025=V("Heidezoom Wonen neemt een melding van vocht en schimmel binnen 5 werkdagen in behandeling en start "
           "binnen 6 weken met het herstel.",
           F(["corporatie"], "firm", [Q(5, "werkdagen", "max"), Q(6, "weken", "max")])),
   y2026=V("Heidezoom Wonen neemt een melding van vocht en schimmel binnen 3 werkdagen in behandeling en start "
           "binnen 4 weken met het herstel.",
           F(["corporatie"], "firm", [Q(3, "werkdagen", "max"), Q(4, "weken", "max")])),
   )

af("planmatig-onderhoud", [K],
   bod=V("Wij voeren in 2025 planmatig onderhoud uit aan 340 woningen en informeren de betrokken "
         "bewonerscommissies ten minste drie maanden voor de start van de werkzaamheden.",
         F(["corporatie"], "firm", [Q(340, "woningen"), Q(3, "maanden", "min")], (2025, "in 2025"), True)),
   y2025=V("Heidezoom Wonen voert in 2025 planmatig onderhoud uit aan 310 woningen en informeert de betrokken "
           "bewonerscommissies ten minste drie maanden voor de start van de werkzaamheden.",
           F(["corporatie"], "firm", [Q(310, "woningen"), Q(3, "maanden", "min")], (2025, "in 2025"), True)),
   y2026=V("Heidezoom Wonen voert in 2026 planmatig onderhoud uit aan 310 woningen en informeert de betrokken "
           "bewonerscommissies ten minste drie maanden voor de start van de werkzaamheden.",
           F(["corporatie"], "firm", [Q(310, "woningen"), Q(3, "maanden", "min")], (2026, "in 2026"), True)),
   )

af("huurdersoordeel", [K],
   bod=V("Wij streven naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
         "reparatieverzoeken.",
         F(["corporatie"], "intent", [Q(7.5, "rapportcijfer", "min")])),
   y2025=V("Heidezoom Wonen streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
           "reparatieverzoeken.",
           F(["corporatie"], "intent", [Q(7.5, "rapportcijfer", "min")])),
   )
AF["huurdersoordeel"]["versions"]["y2026"] = AF["huurdersoordeel"]["versions"]["y2025"]

af("brandveiligheidsscan", [K],
   bod=V("In 2025 wordt in alle galerijflats van Heidezoom Wonen een brandveiligheidsscan uitgevoerd, waarvan de "
         "uitkomsten met de huurdersbelangenvereniging worden gedeeld.",
         F(["corporatie"], "firm", [], (2025, "In 2025"))),
   )
AF["brandveiligheidsscan"]["versions"]["y2025"] = AF["brandveiligheidsscan"]["versions"]["bod"]

af("rookmelders", [K],
   y2026=V("Heidezoom Wonen plaatst vóór 1 juli 2026 rookmelders op iedere verdieping van de woningen waar deze nog "
           "ontbreken, te beginnen in de galerijflats waar de brandveiligheidsscan daartoe aanleiding gaf.",
           F(["corporatie"], "firm", [], (2026, "vóór 1 juli 2026"))),
   )

af("woningaanpassingen-wmo", [K],
   y2025=V("De gemeente en Heidezoom Wonen sluiten vóór 1 april 2025 een convenant over de afstemming van "
           "woningaanpassingen uit de Wmo, waarin ook de herbenutting van aangepaste woningen wordt geregeld.",
           F(["gemeente", "corporatie"], "firm", [], (2025, "vóór 1 april 2025"))),
   y2026=V("Aanpassingen aan woningen die uit de Wmo worden bekostigd, stemmen de gemeente en Heidezoom Wonen "
           "vooraf met elkaar af volgens het in 2025 gesloten convenant. Komt een aangepaste woning vrij, dan wordt "
           "deze eerst aangeboden aan een woningzoekende met een vergelijkbare zorgvraag, zodat de investering "
           "niet verloren gaat.",
           F(["gemeente", "corporatie"], "firm")),
   )

af("nultredenwoningen", [B, K],
   bod=V("Wij maken in 2025 met de gemeente en de huurdersbelangenvereniging afspraken over het labelen van "
         "nultredenwoningen voor senioren bij mutatie.",
         F(["corporatie"], "discuss", [], (2025, "in 2025"))),
   y2025=V("Partijen maken in 2025 afspraken over het aantal nultredenwoningen dat bij mutatie wordt gelabeld "
           "voor senioren.",
           F(["partijen"], "discuss", [], (2025, "in 2025"))),
   y2026=V("Partijen werken volgens de in 2025 gemaakte afspraken over het aantal nultredenwoningen dat bij "
           "mutatie wordt gelabeld voor senioren.",
           F(["partijen"], "firm")),
   )

af("ontmoetingsruimte-lindehof", [L, K],
   bod=V("Wij richten in 2025 in het complex De Lindehof een ontmoetingsruimte voor senioren in, indien de "
         "gemeente bijdraagt in de exploitatie.",
         F(["corporatie"], "firm", [], (2025, "in 2025"), False,
           ["indien de gemeente bijdraagt in de exploitatie"])),
   )

# ---- leefbaarheid ----
af("leefbaarheidsbudget", [L],
   bod=V("Wij besteden in 2025 een leefbaarheidsbudget van € 95 per woning aan schoon, heel en veilig in de "
         "wijken, binnen de wettelijke grens.",
         F(["corporatie"], "firm", [Q(95, "euro")], (2025, "in 2025"), True)),
   y2025=V("Heidezoom Wonen besteedt in 2025 een leefbaarheidsbudget van € 95 per woning aan schoon, heel en "
           "veilig in de wijken, binnen de wettelijke grens.",
           F(["corporatie"], "firm", [Q(95, "euro")], (2025, "in 2025"), True)),
   y2026=V("Heidezoom Wonen besteedt in 2026 een leefbaarheidsbudget van € 80 per woning aan schoon, heel en "
           "veilig in de wijken, binnen de wettelijke grens.",
           F(["corporatie"], "firm", [Q(80, "euro")], (2026, "in 2026"), True)),
   )

af("wijkbeheerders", [L],
   bod=V("Wij zijn met twee wijkbeheerders ten minste vier dagdelen per week zichtbaar aanwezig in De Brink en "
         "Heideveld.",
         F(["corporatie"], "firm", [Q(2, "wijkbeheerders"), Q(4, "dagdelen per week", "min")])),
   y2025=V("Heidezoom Wonen is met twee wijkbeheerders ten minste drie dagdelen per week zichtbaar aanwezig in De "
           "Brink en Heideveld.",
           F(["corporatie"], "firm", [Q(2, "wijkbeheerders"), Q(3, "dagdelen per week", "min")])),
   y2026=V("Heidezoom Wonen is met twee wijkbeheerders ten minste drie dagdelen per week zichtbaar aanwezig in "
           "alle wijken van Zandmere.",
           F(["corporatie"], "firm", [Q(2, "wijkbeheerders"), Q(3, "dagdelen per week", "min")])),
   )

af("woonoverlast", [L],
   bod=V("Bij ernstige woonoverlast schakelen wij binnen tien werkdagen het wijkteam in en stellen wij samen "
         "met de betrokken buren een plan van aanpak op.",
         F(["corporatie"], "firm", [Q(10, "werkdagen", "max")])),
   y2025=V("Bij ernstige woonoverlast schakelt Heidezoom Wonen binnen vijf werkdagen het wijkteam in en stelt zij "
           "samen met de betrokken buren een plan van aanpak op.",
           F(["corporatie"], "firm", [Q(5, "werkdagen", "max")])),
   y2026=V("Heidezoom Wonen schakelt bij ernstige woonoverlast binnen vijf werkdagen het wijkteam in en stelt "
           "samen met de betrokken buren een plan van aanpak op.",
           F(["corporatie"], "firm", [Q(5, "werkdagen", "max")])),
   )

_zl_cond = "voor zover de capaciteit van het wijkteam dat toelaat"
af("zachte-landing", [L],
   y2025=V("De gemeente draagt zorg voor begeleiding van kwetsbare huurders gedurende ten minste zes maanden na het "
           "betrekken van hun woning, zodat een zachte landing in de buurt mogelijk is.",
           F(["gemeente"], "firm", [Q(6, "maanden", "min")])),
   y2026=V("De gemeente draagt zorg voor begeleiding van kwetsbare huurders gedurende ten minste zes maanden na het "
           "betrekken van hun woning, zodat een zachte landing in de buurt mogelijk is, " + _zl_cond + ".",
           F(["gemeente"], "firm", [Q(6, "maanden", "min")], None, False, [_zl_cond])),
   )

# ---- overig / proces ----
_mon_sub = ["de voortgang van de nieuwbouw en de verkoop;",
            "de ontwikkeling van wachttijden, urgenties en huurachterstanden;",
            "de verdeling van de energielabels in het bezit."]
af("monitoring", [O],
   y2025=V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar, in mei en in november, in het "
           "tripartiete overleg aan de hand van een monitor die Heidezoom Wonen opstelt en die ten minste "
           "ingaat op:",
           F(["partijen", "corporatie"], "firm", [Q(2, "keer per jaar")], None, True), sub=_mon_sub),
   y2026=V("Partijen bespreken de voortgang van deze afspraken één keer per jaar, in november, in het "
           "tripartiete overleg aan de hand van een monitor die Heidezoom Wonen opstelt en die ten minste "
           "ingaat op:",
           F(["partijen", "corporatie"], "firm", [Q(1, "keer per jaar")], None, True), sub=_mon_sub),
   )

af("ondersteuning-hbv", [O],
   bod=V("Wij stellen de huurdersbelangenvereniging jaarlijks een budget van € 17.000 beschikbaar voor "
         "ondersteuning, scholing en onafhankelijk advies.",
         F(["corporatie"], "firm", [Q(17000, "euro")], None, True)),
   y2025=V("Heidezoom Wonen stelt de huurdersbelangenvereniging jaarlijks een budget van € 18.500 beschikbaar "
           "voor ondersteuning, scholing en onafhankelijk advies.",
           F(["corporatie"], "firm", [Q(18500, "euro")], None, True)),
   )
AF["ondersteuning-hbv"]["versions"]["y2026"] = AF["ondersteuning-hbv"]["versions"]["y2025"]

af("bod-procedure", [O],
   y2025=V("Heidezoom Wonen brengt vóór 1 juli 2025 haar bod voor 2026 uit aan de gemeente en de "
           "huurdersbelangenvereniging, waarna partijen in het najaar de prestatieafspraken voor 2026 opstellen.",
           F(["corporatie", "partijen"], "firm", [], (2025, "vóór 1 juli 2025"), True)),
   y2026=V("Heidezoom Wonen brengt vóór 1 juli 2026 haar bod voor 2027 uit aan de gemeente en de "
           "huurdersbelangenvereniging, waarna partijen in het najaar de prestatieafspraken voor 2027 opstellen.",
           F(["corporatie", "partijen"], "firm", [], (2026, "vóór 1 juli 2026"), True)),
   )

af("woonvisie-evaluatie", [O],
   y2025=V("De gemeente betrekt Heidezoom Wonen en de huurdersbelangenvereniging bij de evaluatie van de woonvisie "
           "Thuis in Zandmere, die in het najaar van 2025 wordt afgerond.",
           F(["gemeente"], "firm", [], (2025, "najaar van 2025"))),
   )

af("woonvisie-nieuw", [O, B],
   y2026=V("De gemeente legt de nieuwe woonvisie voor de periode tot en met 2030 vóór de zomer van 2026 ter "
           "vaststelling aan de gemeenteraad voor, nadat Heidezoom Wonen en de huurdersbelangenvereniging in de "
           "gelegenheid zijn gesteld hun zienswijze te geven.",
           F(["gemeente"], "firm", [], (2026, "vóór de zomer van 2026"))),
   )

af("geschillen", [O],
   y2025=V("Partijen verplichten zich een geschil over de uitvoering van deze afspraken eerst voor te leggen aan "
           "een onafhankelijke mediator, voordat zij een beroep doen op de adviescommissie die de minister daarvoor "
           "heeft ingesteld.",
           F(["partijen"], "firm")),
   )
AF["geschillen"]["versions"]["y2026"] = AF["geschillen"]["versions"]["y2025"]


# --------------------------------------------------------------------------------------------------
# Pairs: (old_key, new_key, status, kinds, hard_negative)
# --------------------------------------------------------------------------------------------------
PAIR_BOD = [
    ("nieuwbouw-sociaal", "nieuwbouw-sociaal", "modified", ["quantity", "condition"], None),
    ("verkoop-liberalisatie", "verkoop-liberalisatie", "strengthened", ["quantity"], None),
    ("transformatie-stationsweg", "transformatie-stationsweg", "reworded", [], "same_figures"),
    ("van-groot-naar-beter", "van-groot-naar-beter", "reworded", [], "same_figures"),
    ("urgentie-voorrang", "urgentie-voorrang", "strengthened", ["scope"], None),
    ("statushouders", "statushouders", "reworded", [], "external_figure"),
    ("uitstroom-beschermd-wonen", "uitstroom-beschermd-wonen", "strengthened", ["quantity"], None),
    ("huurverhoging", "huurverhoging", "strengthened", ["quantity"], None),
    ("huurbevriezing-efg", "huurbevriezing-efg", "unchanged", [], None),
    ("huurverlaging-laag-inkomen", "huurverlaging-laag-inkomen", "reworded", [], "indexed_amount"),
    ("vroegsignalering", "vroegsignalering", "strengthened", ["quantity"], None),
    ("incassokosten", None, "dropped", [], None),
    ("labels-efg", "labels-efg", "strengthened", ["deadline"], None),
    ("gemiddeld-label", "gemiddeld-label", "reworded", [], "same_figures"),
    ("na-isolatie", "na-isolatie", "strengthened", ["quantity"], None),
    ("zonnepanelen", "zonnepanelen", "weakened", ["scope"], None),
    ("warmtenet-kerkplein", "warmtenet-kerkplein", "weakened", ["deadline"], None),
    ("klimaatadaptatie", "klimaatadaptatie", "weakened", ["modality"], None),
    ("groene-daken", None, "dropped", [], None),
    ("vocht-schimmel", "vocht-schimmel", "reworded", [], "same_figures"),
    ("planmatig-onderhoud", "planmatig-onderhoud", "weakened", ["quantity"], None),
    ("huurdersoordeel", "huurdersoordeel", "reworded", [], "same_figures"),
    ("brandveiligheidsscan", "brandveiligheidsscan", "unchanged", [], None),
    ("nultredenwoningen", "nultredenwoningen", "reworded", [], "same_figures"),
    ("ontmoetingsruimte-lindehof", None, "dropped", [], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", "reworded", [], "same_figures"),
    ("wijkbeheerders", "wijkbeheerders", "weakened", ["quantity"], None),
    ("woonoverlast", "woonoverlast", "strengthened", ["quantity"], None),
    ("ondersteuning-hbv", "ondersteuning-hbv", "strengthened", ["quantity"], None),
]

PAIR_2526 = [
    ("nieuwbouw-sociaal", "nieuwbouw-sociaal", "weakened", ["quantity"], None),
    ("flexwoningen-locatie", "flexwoningen-locatie", "weakened", ["deadline"], None),
    ("sociaal-aandeel-nieuwbouw", "sociaal-aandeel-nieuwbouw", "strengthened", ["quantity"], None),
    ("verkoop-liberalisatie", "verkoop-liberalisatie", "strengthened", ["quantity"], None),
    ("transformatie-stationsweg", "transformatie-stationsweg", "strengthened", ["modality"], None),
    ("van-groot-naar-beter", "van-groot-naar-beter", "unchanged", [], None),
    ("urgentie-voorrang", "urgentie-voorrang", "strengthened", ["scope"], None),
    ("statushouders", "statushouders", "reworded", [], "external_figure"),
    ("uitstroom-beschermd-wonen", "uitstroom-beschermd-wonen", "strengthened", ["quantity", "condition"], None),
    ("woonwagenbeleid", None, "dropped", [], None),
    ("huurverhoging", "huurverhoging", "strengthened", ["quantity"], None),
    ("huurbevriezing-efg", "huurbevriezing-efg", "reworded", [], "recurring_year"),
    ("huurverlaging-laag-inkomen", "huurverlaging-laag-inkomen", "reworded", [], "indexed_amount"),
    ("huurbeleid-advies", "huurbeleid-advies", "reworded", [], "recurring_year"),
    ("huurtoeslagcheck", "huurtoeslagcheck", "reworded", [], "recurring_year"),
    ("servicekosten-gesprek", None, "dropped", [], None),
    (None, "servicekosten-overzicht", "new", [], None),
    ("vroegsignalering", "vroegsignalering", "strengthened", ["quantity"], None),
    ("huisuitzettingen", "huisuitzettingen", "strengthened", ["quantity"], None),
    ("schuldhulp-budget", "schuldhulp-budget", "weakened", ["quantity", "condition"], None),
    ("energiecoaches", "energiecoaches", "reworded", [], "recurring_year"),
    ("labels-efg", "labels-efg", "reworded", [], "progress"),
    ("gemiddeld-label", "gemiddeld-label", "weakened", ["label", "modality"], None),
    ("na-isolatie", "na-isolatie", "weakened", ["quantity"], None),
    ("zonnepanelen", "zonnepanelen", "weakened", ["scope"], None),
    ("warmtenet-kerkplein", "warmtenet-kerkplein", "weakened", ["modality"], None),
    ("transitievisie-warmte", "transitievisie-warmte", "weakened", ["deadline"], None),
    (None, "warmtepompen-pilot", "new", [], None),
    ("klimaatadaptatie", "klimaatadaptatie", "reworded", [], None),
    ("vocht-schimmel", "vocht-schimmel", "strengthened", ["quantity"], None),
    ("planmatig-onderhoud", "planmatig-onderhoud", "reworded", [], "recurring_year"),
    ("huurdersoordeel", "huurdersoordeel", "unchanged", [], None),
    ("brandveiligheidsscan", None, "dropped", [], None),
    (None, "rookmelders", "new", [], None),
    ("woningaanpassingen-wmo", "woningaanpassingen-wmo", "strengthened", ["modality"], None),
    ("nultredenwoningen", "nultredenwoningen", "strengthened", ["modality"], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", "weakened", ["quantity"], None),
    ("wijkbeheerders", "wijkbeheerders", "strengthened", ["scope"], None),
    ("woonoverlast", "woonoverlast", "reworded", [], "same_figures"),
    ("zachte-landing", "zachte-landing", "weakened", ["condition"], None),
    ("monitoring", "monitoring", "weakened", ["quantity"], None),
    ("ondersteuning-hbv", "ondersteuning-hbv", "unchanged", [], None),
    ("bod-procedure", "bod-procedure", "reworded", [], "recurring_year"),
    ("woonvisie-evaluatie", None, "dropped", [], None),
    (None, "woonvisie-nieuw", "new", [], None),
    ("geschillen", "geschillen", "unchanged", [], None),
]
