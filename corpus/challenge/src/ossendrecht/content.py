# -*- coding: utf-8 -*-
"""Content of the ossendrecht family: verslagen van het bestuurlijk overleg prestatieafspraken.

Every afspraak is a key with a version per year. A version is
(section_code, text, wie, uiterlijk, frame[, order]). Pair statuses are in PAIRS.
"""

YEARS = [2025, 2026, 2027]
GEMEENTE = "Ossendrecht"
CORPORATIES = ["Woonstichting De Kreekrug", "Woningbouwvereniging Zuidhof"]
HUURDERS = ["Huurdersbelang De Kreek", "Huurdersraad Zuidhof"]

SECTIONS = {
    2025: {"B": "Beschikbaar en betaalbaar wonen", "D": "Duurzaamheid",
           "K": "Kwaliteit en wonen met zorg", "L": "Leefbaarheid", "P": "Samenwerking en proces"},
    2026: {"B": "Beschikbaar en betaalbaar wonen", "D": "Energietransitie en klimaat",
           "K": "Kwaliteit en wonen met zorg", "L": "Leefbaarheid", "P": "Samenwerking en proces"},
    2027: {"B": "Beschikbaar en betaalbaar wonen", "D": "Energietransitie en klimaat",
           "K": "Kwaliteit en wonen met zorg", "L": "Prettig wonen in de wijk", "P": "Samenwerking en proces"},
}
SEC_ORDER = ["B", "D", "K", "L", "P"]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

# key -> (themes, {year: (sec, text, wie, uiterlijk, frame[, order])})
A = {}


def add(key, themes, versions):
    A[key] = (themes, versions)


# ---------------------------------------------------------------- B
add("nieuwbouw-havenkwartier", [BB], {
    2025: ("B", "De Kreekrug start in 2025 met de bouw van ten minste 48 sociale huurwoningen in het plan "
                "Havenkwartier en levert deze woningen uiterlijk eind 2026 op.", "De Kreekrug", "eind 2026",
           F([C], "firm", [(48, "woningen", "min")], (2026, "eind 2026"))),
    2026: ("B", "De Kreekrug levert in het plan Havenkwartier ten minste 40 sociale huurwoningen op; de "
                "oplevering is voorzien uiterlijk medio 2027.", "De Kreekrug", "medio 2027",
           F([C], "firm", [(40, "woningen", "min")], (2027, "medio 2027"))),
    2027: ("B", "De Kreekrug levert de resterende 16 sociale huurwoningen in het plan Havenkwartier uiterlijk "
                "medio 2027 op.", "De Kreekrug", "medio 2027",
           F([C], "firm", [(16, "woningen", "exact")], (2027, "medio 2027"))),
})
add("nieuwbouw-molenakker", [BB], {
    2025: ("B", "Zuidhof onderzoekt of op de locatie Molenakker 20 tot 30 grondgebonden sociale huurwoningen "
                "kunnen worden gerealiseerd en deelt de uitkomst met de andere partijen.", "Zuidhof", "doorlopend",
           F([C], "explore", [(20, "woningen", "range", 30)])),
    2026: ("B", "Op de locatie Molenakker worden door Zuidhof 24 grondgebonden sociale huurwoningen "
                "gerealiseerd; de bouw start uiterlijk in het vierde kwartaal van 2026.", "Zuidhof", "Q4 2026",
           F([C], "firm", [(24, "woningen", "exact")], (2026, "vierde kwartaal van 2026"))),
    2027: ("B", "Op de locatie Molenakker worden door Zuidhof 24 grondgebonden sociale huurwoningen "
                "gerealiseerd; de bouw start uiterlijk in het tweede kwartaal van 2027.", "Zuidhof", "Q2 2027",
           F([C], "firm", [(24, "woningen", "exact")], (2027, "tweede kwartaal van 2027"))),
})
add("aandeel-sociaal-nieuwbouw", [BB], {
    2026: ("B", "Bij nieuwe woningbouwplannen van twintig woningen of meer legt de gemeente in de anterieure "
                "overeenkomst vast dat ten minste 30% van het programma uit sociale huurwoningen bestaat.",
           "Gemeente", "doorlopend", F([G], "firm", [(20, "woningen", "min"), (30, "%", "min")]), 2.5),
    2027: ("B", "Bij nieuwe woningbouwplannen van twintig woningen of meer legt de gemeente in de anterieure "
                "overeenkomst vast dat ten minste 30% van het programma uit sociale huurwoningen bestaat.",
           "Gemeente", "doorlopend", F([G], "firm", [(20, "woningen", "min"), (30, "%", "min")]), 2.5),
})
_sv = ("Partijen streven ernaar dat de omvang van de sociale huurvoorraad in Ossendrecht tot en met 2030 "
       "ten minste gelijk blijft aan 2.310 woningen.")
add("sociale-voorraad", [BB], {
    2025: ("B", _sv, "Partijen", "2030", F([P], "intent", [(2310, "woningen", "min")], (2030, "tot en met 2030"))),
    2026: ("B", _sv, "Partijen", "2030", F([P], "intent", [(2310, "woningen", "min")], (2030, "tot en met 2030"))),
    2027: ("B", "Partijen spreken af dat de sociale huurvoorraad in Ossendrecht tot en met 2030 groeit naar "
                "ten minste 2.360 woningen.", "Partijen", "2030",
           F([P], "firm", [(2360, "woningen", "min")], (2030, "tot en met 2030")), 0.5),
})
add("verkoop-kreekrug", [BB], {
    2025: ("B", "De Kreekrug verkoopt in 2025 maximaal 12 bestaande huurwoningen uit de sociale voorraad, "
                "uitsluitend bij mutatie en met voorrang voor de zittende huurders.", "De Kreekrug", "31-12-2025",
           F([C], "firm", [(12, "woningen", "max")], (2025, "in 2025"), True)),
    2026: ("B", "De Kreekrug verkoopt in 2026 maximaal 6 bestaande huurwoningen uit de sociale voorraad, "
                "uitsluitend bij mutatie en met voorrang voor de zittende huurders.", "De Kreekrug", "31-12-2026",
           F([C], "firm", [(6, "woningen", "max")], (2026, "in 2026"), True)),
    2027: ("B", "De Kreekrug verkoopt in 2027 geen woningen uit de sociale huurvoorraad.", "De Kreekrug",
           "31-12-2027", F([C], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
})
add("liberalisatie-zuidhof", [BB], {
    2025: ("B", "Zuidhof liberaliseert in 2025 geen sociale huurwoningen.", "Zuidhof", "31-12-2025",
           F([C], "firm", [(0, "woningen", "max")], (2025, "in 2025"), True)),
    2026: ("B", "Zuidhof liberaliseert in 2026 ten hoogste 5 sociale huurwoningen, uitsluitend in complexen "
                "waar het aandeel sociale huur hoger is dan 60%.", "Zuidhof", "31-12-2026",
           F([C], "firm", [(5, "woningen", "max"), (60, "%", "min")], (2026, "in 2026"), True)),
})
add("huurverhoging", [BB], {
    2025: ("B", "De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de "
                "inflatie en volgen daarbij de kaders die het Rijk stelt.", "Corporaties", "1 juli 2025",
           F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: ("B", "De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de "
                "inflatie en volgen daarbij de kaders die het Rijk stelt.", "Corporaties", "1 juli 2026",
           F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    2027: ("B", "De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5% onder de "
                "inflatie en volgen daarbij de kaders die het Rijk stelt.", "Corporaties", "1 juli 2027",
           F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
})
add("huurverlaging-minima", [BB], {
    2027: ("B", "De corporaties verlagen per 1 juli 2027 de huur tot de aftoppingsgrens voor huishoudens met "
                "een inkomen rond het sociaal minimum die een te hoge huur betalen.", "Corporaties", "1 juli 2027",
           F([C], "firm", [], (2027, "per 1 juli 2027"))),
})
_ha = ("De corporaties nemen uiterlijk na {m} huurachterstand persoonlijk contact op met de huurder en melden "
       "de achterstand, met instemming van de huurder, bij het team Vroegsignalering van de gemeente.")
add("huurachterstand", [BB, LB], {
    2025: ("B", _ha.format(m="twee maanden"), "Corporaties", "doorlopend", F([C], "firm", [(2, "maanden", "max")])),
    2026: ("B", _ha.format(m="één maand"), "Corporaties", "doorlopend", F([C], "firm", [(1, "maanden", "max")])),
    2027: ("B", _ha.format(m="één maand"), "Corporaties", "doorlopend", F([C], "firm", [(1, "maanden", "max")])),
})
add("huisuitzettingen", [BB], {
    2025: ("B", "Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand te beperken tot "
                "maximaal 3 per jaar.", "Partijen", "doorlopend",
           F([P], "intent", [(3, "huisuitzettingen", "max")])),
    2026: ("B", "Partijen spannen zich in om huisuitzettingen als gevolg van huurachterstand terug te dringen "
                "tot ten hoogste 3 per jaar.", "Partijen", "doorlopend",
           F([P], "intent", [(3, "huisuitzettingen", "max")])),
    2027: ("B", "Partijen bespreken in het bestuurlijk overleg het aantal huisuitzettingen als gevolg van "
                "huurachterstand en de aanpak om deze te voorkomen.", "Partijen", "doorlopend",
           F([P], "discuss", [])),
})
_vh = ("De corporaties stellen in {y} gezamenlijk ten minste {n} woningen beschikbaar voor de huisvesting van "
       "vergunninghouders, conform de taakstelling die het Rijk aan de gemeente heeft opgelegd.")
add("vergunninghouders", [BB], {
    y: ("B", _vh.format(y=y, n=n), "Corporaties", "31-12-%d" % y,
        F([C], "firm", [(n, "woningen", "min")], (y, "in %d" % y), True))
    for y, n in ((2025, 22), (2026, 27), (2027, 24))
})
_ig = ("Bij de toewijzing van sociale huurwoningen hanteren de corporaties voor eenpersoonshuishoudens een "
       "inkomensgrens van € {b} (prijspeil {y}).")
add("inkomensgrens", [BB], {
    y: ("B", _ig.format(b=b, y=y), "Corporaties", "doorlopend",
        F([C], "firm", [(v, "euro", "max")], None, True))
    for y, b, v in ((2025, "47.699", 47699), (2026, "48.625", 48625), (2027, "49.710", 49710))
})
_vl = ("De corporaties wijzen ten minste {p}% van de vrijkomende sociale huurwoningen met voorrang toe aan "
       "starters en senioren met een aantoonbare lokale binding.")
add("voorrang-lokaal", [BB], {
    2025: ("B", _vl.format(p=30), "Corporaties", "doorlopend", F([C], "firm", [(30, "%", "min")])),
    2026: ("B", _vl.format(p=25), "Corporaties", "doorlopend", F([C], "firm", [(25, "%", "min")])),
    2027: ("B", _vl.format(p=25), "Corporaties", "doorlopend", F([C], "firm", [(25, "%", "min")])),
})
_ds = ("gezamenlijk een doorstroomregeling voor senioren die een eengezinswoning achterlaten, met een "
       "verhuiskostenvergoeding en behoud van de huurprijs per vierkante meter.")
add("doorstroming-senioren", [BB], {
    2025: ("B", "De gemeente en de corporaties ontwikkelen in 2025 " + _ds, "Gemeente/corp.", "eind 2025",
           F([G, C], "firm", [], (2025, "in 2025"))),
    2026: ("B", "De gemeente en de corporaties ontwikkelen uiterlijk medio 2026 " + _ds, "Gemeente/corp.",
           "medio 2026", F([G, C], "firm", [], (2026, "medio 2026"))),
    2027: ("B", "Vanaf 1 januari 2027 passen de corporaties de doorstroomregeling toe voor senioren die een "
                "eengezinswoning achterlaten, met een verhuiskostenvergoeding en behoud van de huurprijs per "
                "vierkante meter.", "Corporaties", "1 januari 2027", F([C], "firm", [], None)),
})
add("wachttijd", [BB], {
    2025: ("B", "Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden bij toewijzing terug "
                "te brengen tot maximaal 4 jaar.", "Partijen", "doorlopend",
           F([P], "intent", [(4, "jaar", "max")])),
    2026: ("B", "Het terugdringen van de wachttijd blijft voor partijen een gezamenlijke opgave; daarbij wordt "
                "ernaar gestreefd dat een woningzoekende op het moment van toewijzing gemiddeld niet langer "
                "dan 4 jaar ingeschreven staat.", "Partijen", "doorlopend",
           F([P], "intent", [(4, "jaar", "max")])),
    2027: ("B", "Het terugdringen van de wachttijd blijft voor partijen een gezamenlijke opgave; daarbij wordt "
                "ernaar gestreefd dat een woningzoekende op het moment van toewijzing gemiddeld niet langer "
                "dan 3 jaar ingeschreven staat.", "Partijen", "doorlopend",
           F([P], "intent", [(3, "jaar", "max")])),
})
add("urgentie-evaluatie", [BB], {
    2027: ("B", "De gemeente evalueert in 2027, in overleg met de corporaties en de huurdersorganisaties, de "
                "urgentieregeling uit de huisvestingsverordening.", "Gemeente", "eind 2027",
           F([G], "firm", [], (2027, "in 2027"))),
})

# ---------------------------------------------------------------- D
add("labels-efg", [DK], {
    2025: ("D", "De corporaties hebben uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in "
                "bezit.", "Corporaties", "eind 2026",
           F([C], "firm", [(0, "woningen", "max")], (2026, "eind 2026"))),
    2026: ("D", "De corporaties verbeteren in 2026 de resterende 38 woningen met energielabel E, F of G, zodat "
                "zij uiterlijk eind 2026 geen woningen met deze labels meer in bezit hebben.", "Corporaties",
           "eind 2026", F([C], "firm", [(38, "woningen", "exact"), (0, "woningen", "max")], (2026, "eind 2026"))),
})
add("labels-d", [DK], {
    2027: ("D", "De corporaties streven ernaar dat uiterlijk eind 2030 geen van hun woningen nog energielabel "
                "D heeft.", "Corporaties", "eind 2030",
           F([C], "intent", [(0, "woningen", "max")], (2030, "eind 2030"))),
})
add("gemiddeld-label-zuidhof", [DK], {
    2025: ("D", "Zuidhof brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel B.", "Zuidhof",
           "2028", F([C], "firm", [("B", "label", "min")], (2028, "in 2028"))),
    2026: ("D", "Zuidhof brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel C.", "Zuidhof",
           "2028", F([C], "firm", [("C", "label", "min")], (2028, "in 2028"))),
    2027: ("D", "Zuidhof brengt haar woningvoorraad uiterlijk eind 2027 naar gemiddeld energielabel C.",
           "Zuidhof", "eind 2027", F([C], "firm", [("C", "label", "min")], (2027, "eind 2027"))),
})
add("isolatie-kreekrug", [DK], {
    2025: ("D", "De Kreekrug isoleert in 2025 ten minste 120 woningen volgens de standaard voor "
                "woningisolatie, verdeeld over de complexen Vlasstraat, Oude Haven en Meidoornlaan.",
           "De Kreekrug", "31-12-2025", F([C], "firm", [(120, "woningen", "min")], (2025, "in 2025"), True)),
    2026: ("D", "De Kreekrug isoleert in 2026 ten minste 150 woningen volgens de standaard voor "
                "woningisolatie, verdeeld over de complexen Oude Haven, Meidoornlaan en Ruiterstraat.",
           "De Kreekrug", "31-12-2026", F([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"), True)),
    2027: ("D", "De Kreekrug isoleert in 2027 ten minste 180 woningen volgens de standaard voor "
                "woningisolatie, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming.",
           "De Kreekrug", "31-12-2027",
           F([C], "firm", [(180, "woningen", "min")], (2027, "in 2027"), True,
             ["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"])),
})
_zp = ("zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing op de "
       "energierekening.")
add("zonnepanelen-zuidhof", [DK], {
    2025: ("D", "Zuidhof biedt in alle complexen met een geschikt dak " + _zp, "Zuidhof", "doorlopend",
           F([C], "firm", [])),
    2026: ("D", "Zuidhof biedt in een pilot in de complexen Kerkhoeve en Zandweg " + _zp, "Zuidhof", "eind 2026",
           F([C], "firm", [], (2026, "eind 2026"))),
    2027: ("D", "Na de positieve evaluatie van de pilot biedt Zuidhof in alle complexen met een geschikt dak "
           + _zp, "Zuidhof", "doorlopend", F([C], "firm", [])),
})
add("wijkuitvoeringsplan-kreekzicht", [DK], {
    2025: ("D", "De gemeente zal uiterlijk in het derde kwartaal van 2025 het wijkuitvoeringsplan aardgasvrij "
                "voor de wijk Kreekzicht vaststellen en betrekt de corporaties daarbij als eerste partij.",
           "Gemeente", "Q3 2025", F([G], "firm", [], (2025, "derde kwartaal van 2025"))),
    2026: ("D", "De gemeente onderzoekt of in 2026 een wijkuitvoeringsplan aardgasvrij voor de wijk Kreekzicht "
                "kan worden vastgesteld en betrekt de corporaties daarbij als eerste partij.", "Gemeente",
           "eind 2026", F([G], "explore", [], (2026, "in 2026"))),
})
add("transitievisie-warmte", [DK], {
    2027: ("D", "De gemeente stelt uiterlijk eind 2027 een geactualiseerde transitievisie warmte vast, waarin "
                "per wijk de route naar aardgasvrij en de rol van de corporaties worden beschreven.", "Gemeente",
           "eind 2027", F([G], "firm", [], (2027, "eind 2027"))),
})
_ec = ("De gemeente zet in {y} vrijwillige energiecoaches in voor huurders met hoge energielasten; de "
       "corporaties wijzen hun huurders actief op dit aanbod.")
add("energiecoaches", [DK], {
    2025: ("D", _ec.format(y=2025), "Gemeente", "31-12-2025", F([G, C], "firm", [], (2025, "in 2025"), True)),
    2026: ("L", _ec.format(y=2026), "Gemeente", "31-12-2026", F([G, C], "firm", [], (2026, "in 2026"), True), 0.5),
    2027: ("L", _ec.format(y=2027), "Gemeente", "31-12-2027", F([G, C], "firm", [], (2027, "in 2027"), True), 0.5),
})
add("noodfonds-energie", [DK, BB], {
    2026: ("D", "De gemeente verkent in 2026 of een lokaal noodfonds kan worden ingesteld voor huurders met "
                "betalingsproblemen door hoge energielasten.", "Gemeente", "Q3 2026",
           F([G], "explore", [], (2026, "in 2026"))),
    2027: ("D", "De gemeente stelt in 2027 een lokaal noodfonds in voor huurders met betalingsproblemen door "
                "hoge energielasten.", "Gemeente", "Q2 2027", F([G], "firm", [], (2027, "in 2027"))),
})
_ka = ("Bij groot onderhoud koppelen de corporaties het hemelwater af van het riool en stimuleren zij huurders "
       "om hun tuin te vergroenen.")
add("klimaatadaptatie", [DK], {
    2025: ("D", "Partijen verkennen in 2025 de mogelijkheden om bij groot onderhoud het hemelwater af te "
                "koppelen en de tuinen bij huurwoningen te vergroenen.", "Partijen", "eind 2025",
           F([P], "explore", [], (2025, "in 2025"))),
    2026: ("D", _ka, "Corporaties", "doorlopend", F([C], "firm", [])),
    2027: ("D", _ka, "Corporaties", "doorlopend", F([C], "firm", [])),
})

# ---------------------------------------------------------------- K
_vs = ("De corporaties nemen meldingen van vocht en schimmel binnen {n} werkdagen in behandeling door middel "
       "van een inspectie in de woning.")
add("vocht-schimmel", [KW], {
    2025: ("K", _vs.format(n=10), "Corporaties", "doorlopend", F([C], "firm", [(10, "werkdagen", "max")])),
    2026: ("K", _vs.format(n=10), "Corporaties", "doorlopend", F([C], "firm", [(10, "werkdagen", "max")])),
    2027: ("K", _vs.format(n=5), "Corporaties", "doorlopend", F([C], "firm", [(5, "werkdagen", "max")])),
})
_rp = "Zuidhof zegt toe spoedreparaties binnen 24 uur en overige reparatieverzoeken binnen {n} werkdagen uit te voeren."
add("reparaties-zuidhof", [KW], {
    y: ("K", _rp.format(n=n), "Zuidhof", "doorlopend",
        F([C], "firm", [(24, "uur", "max"), (n, "werkdagen", "max")]))
    for y, n in ((2025, 15), (2026, 20), (2027, 20))
})
_wa = "de financiering en de uitvoering van kleine woningaanpassingen vanuit de Wmo."
add("woningaanpassingen", [KW], {
    2025: ("K", "De gemeente en de corporaties maken afspraken over " + _wa, "Gemeente/corp.", "Q2 2025",
           F([G, C], "firm", [], (2025, "Q2 2025"))),
    2026: ("K", "De gemeente en de corporaties werken volgens de gemaakte afspraken over " + _wa,
           "Gemeente/corp.", "doorlopend", F([G, C], "firm", [])),
    2027: ("K", "De gemeente en de corporaties werken volgens de gemaakte afspraken over " + _wa,
           "Gemeente/corp.", "doorlopend", F([G, C], "firm", [])),
})
_lg = ("De corporaties maken jaarlijks ten minste 25 bestaande woningen levensloopgeschikt, met voorrang voor "
       "complexen nabij de voorzieningen in het centrum")
add("levensloopgeschikt", [KW], {
    2025: ("K", _lg + ".", "Corporaties", "jaarlijks", F([C], "firm", [(25, "woningen", "min")], None, True)),
    2026: ("K", _lg + ".", "Corporaties", "jaarlijks", F([C], "firm", [(25, "woningen", "min")], None, True)),
    2027: ("K", _lg + ", voor zover de bouwkundige staat van de complexen dit toelaat.", "Corporaties",
           "jaarlijks", F([C], "firm", [(25, "woningen", "min")], None, True,
                          ["voor zover de bouwkundige staat van de complexen dit toelaat"])),
})
_gw = ("De Kreekrug onderzoekt samen met een zorgaanbieder de haalbaarheid van een geclusterde woonvorm voor "
       "ouderen met een lichte zorgvraag in Kreekzicht en legt de uitkomst uiterlijk {d} voor aan partijen.")
add("geclusterd-wonen", [KW], {
    2025: ("K", "Partijen gaan in gesprek met zorgaanbieders over de wenselijkheid van een geclusterde "
                "woonvorm voor ouderen met een lichte zorgvraag in Kreekzicht.", "Partijen", "doorlopend",
           F([P], "discuss", [])),
    2026: ("K", _gw.format(d="eind 2026"), "De Kreekrug", "eind 2026",
           F([C], "explore", [], (2026, "eind 2026"))),
    2027: ("K", _gw.format(d="medio 2027"), "De Kreekrug", "medio 2027",
           F([C], "explore", [], (2027, "medio 2027"))),
})
add("rookmelders", [KW], {
    2025: ("K", "De corporaties controleren in 2025 de rookmelders in alle huurwoningen en vervangen melders "
                "die ouder zijn dan tien jaar.", "Corporaties", "31-12-2025",
           F([C], "firm", [(10, "jaar", "min")], (2025, "in 2025"))),
})
add("huurdersoordeel", [KW], {
    2025: ("K", "De corporaties streven naar een gemiddelde waardering van ten minste een 7,5 door huurders "
                "voor de afhandeling van reparatieverzoeken.", "Corporaties", "doorlopend",
           F([C], "intent", [(7.5, "cijfer", "min")])),
    2026: ("K", "Voor de afhandeling van reparatieverzoeken wordt door de corporaties gestreefd naar een "
                "gemiddeld huurdersoordeel van minimaal 7,5.", "Corporaties", "doorlopend",
           F([C], "intent", [(7.5, "cijfer", "min")])),
})

# ---------------------------------------------------------------- L
_lb = ("De corporaties besteden in {y} gezamenlijk ten minste € {b} aan leefbaarheid in de wijken, binnen de "
       "grenzen die de Woningwet daaraan stelt.")
add("leefbaarheidsbudget", [LB], {
    y: ("L", _lb.format(y=y, b=b), "Corporaties", "31-12-%d" % y,
        F([C], "firm", [(v, "euro", "min")], (y, "in %d" % y), True))
    for y, b, v in ((2025, "80.000", 80000), (2026, "95.000", 95000), (2027, "95.000", 95000))
})
_hm = "een huismeester in die ten minste twee dagdelen per week in de wijk aanwezig is."
add("huismeester", [LB], {
    2025: ("L", "De Kreekrug zet in de wijken Kreekzicht en Oude Haven " + _hm, "De Kreekrug", "doorlopend",
           F([C], "firm", [(2, "dagdelen per week", "min")])),
    2026: ("L", "De Kreekrug zet in de wijk Kreekzicht " + _hm, "De Kreekrug", "doorlopend",
           F([C], "firm", [(2, "dagdelen per week", "min")])),
    2027: ("L", "De Kreekrug zet in de wijk Kreekzicht " + _hm, "De Kreekrug", "doorlopend",
           F([C], "firm", [(2, "dagdelen per week", "min")])),
})
_zv = ("Partijen nemen deel aan het overleg Zorg en Veiligheid, waarin complexe overlastsituaties binnen {n} "
       "weken na melding worden besproken.")
add("zorg-veiligheid", [LB], {
    2025: ("L", _zv.format(n="vier"), "Partijen", "doorlopend", F([P], "firm", [(4, "weken", "max")])),
    2026: ("L", _zv.format(n="vier"), "Partijen", "doorlopend", F([P], "firm", [(4, "weken", "max")])),
    2027: ("L", _zv.format(n="twee"), "Partijen", "doorlopend", F([P], "firm", [(2, "weken", "max")])),
})
_bi = ("een budget van € 25.000 beschikbaar voor bewonersinitiatieven, waarvan ten minste de helft bestemd is "
       "voor initiatieven in huurcomplexen.")
add("bewonersinitiatieven", [LB], {
    2025: ("L", "De gemeente stelt in 2025 " + _bi, "Gemeente", "31-12-2025",
           F([G], "firm", [(25000, "euro", "exact")], (2025, "in 2025"), True)),
    2026: ("L", "Onder voorbehoud van vaststelling van de gemeentebegroting 2026 stelt de gemeente in 2026 " + _bi,
           "Gemeente", "31-12-2026",
           F([G], "firm", [(25000, "euro", "exact")], (2026, "in 2026"), True,
             ["onder voorbehoud van vaststelling van de gemeentebegroting 2026"])),
    2027: ("L", "De gemeente stelt in 2027 " + _bi, "Gemeente", "31-12-2027",
           F([G], "firm", [(25000, "euro", "exact")], (2027, "in 2027"), True)),
})
add("huisbezoek-ouderen", [LB], {
    2025: ("L", "De corporaties bezoeken in 2025 alle huurders van 75 jaar en ouder ten minste eenmaal aan huis "
                "om de woonsituatie en mogelijke eenzaamheid te bespreken.", "Corporaties", "31-12-2025",
           F([C], "firm", [(1, "keer per jaar", "min")], (2025, "in 2025"), True)),
})
add("ontmoeting-ouderen", [LB], {
    2026: ("L", "De corporaties organiseren in 2026 samen met de welzijnsorganisatie in elk van de drie kernen "
                "ten minste vier ontmoetingsbijeenkomsten voor oudere huurders.", "Corporaties", "31-12-2026",
           F([C], "firm", [(4, "bijeenkomsten", "min")], (2026, "in 2026"), True)),
    2027: ("L", "De corporaties organiseren in 2027 samen met de welzijnsorganisatie in twee van de drie kernen "
                "ten minste vier ontmoetingsbijeenkomsten voor oudere huurders.", "Corporaties", "31-12-2027",
           F([C], "firm", [(4, "bijeenkomsten", "min")], (2027, "in 2027"), True)),
})

# ---------------------------------------------------------------- P
add("monitoring", [OV], {
    2025: ("P", "Partijen monitoren de voortgang van de afspraken tweemaal per jaar in het bestuurlijk overleg, "
                "in het voorjaar en in het najaar.", "Partijen", "halfjaarlijks",
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2026: ("P", "Partijen monitoren de voortgang van de afspraken tweemaal per jaar in het bestuurlijk overleg, "
                "in het voorjaar en in het najaar.", "Partijen", "halfjaarlijks",
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2027: ("P", "Partijen monitoren de voortgang van de afspraken eenmaal per jaar in het bestuurlijk overleg, "
                "in het najaar.", "Partijen", "jaarlijks",
           F([P], "firm", [(1, "keer per jaar", "exact")], None, True)),
})
add("dashboard", [OV], {
    2026: ("P", "De gemeente ontwikkelt uiterlijk in het tweede kwartaal van 2026 een openbaar dashboard waarop "
                "de voortgang van de afspraken per kwartaal zichtbaar is.", "Gemeente", "Q2 2026",
           F([G], "firm", [], (2026, "tweede kwartaal van 2026"))),
    2027: ("P", "De gemeente ontwikkelt uiterlijk in het eerste kwartaal van 2027 een openbaar dashboard waarop "
                "de voortgang van de afspraken per kwartaal zichtbaar is.", "Gemeente", "Q1 2027",
           F([G], "firm", [], (2027, "eerste kwartaal van 2027"))),
})
add("bod", [OV], {
    y: ("P", "De corporaties leveren vóór 1 juli %d hun bod op de woonvisie in bij de gemeente en de "
             "huurdersorganisaties." % y, "Corporaties", "1 juli %d" % y,
        F([C], "firm", [], (y, "vóór 1 juli %d" % y), True))
    for y in YEARS
})
_oh = ("De corporaties vergoeden per 1 januari {y} de kosten van onafhankelijke ondersteuning van de "
       "huurdersorganisaties tot een bedrag van € {b} per organisatie per jaar.")
add("ondersteuning-huurders", [OV], {
    y: ("P", _oh.format(y=y, b=b), "Corporaties", "1 januari %d" % y,
        F([C], "firm", [(v, "euro", "max")], (y, "per 1 januari %d" % y), True))
    for y, b, v in ((2025, "7.500", 7500), (2026, "7.500", 7500), (2027, "9.000", 9000))
})
_gs = ("Geschillen over de uitvoering van deze afspraken worden eerst in het bestuurlijk overleg besproken en, "
       "indien partijen er samen niet uitkomen, voorgelegd aan de adviescommissie als bedoeld in het Besluit "
       "toegelaten instellingen volkshuisvesting 2015.")
add("geschillen", [OV], {
    y: ("P", _gs, "Partijen", "n.v.t.", F([P], "firm", [], None, False, ["indien partijen er samen niet uitkomen"]))
    for y in YEARS
})
add("woonvisie-actualisatie", [OV], {
    2025: ("P", "De gemeente actualiseert in 2025 de woonvisie en betrekt de corporaties en de "
                "huurdersorganisaties daarbij in ten minste twee werksessies.", "Gemeente", "Q4 2025",
           F([G], "firm", [(2, "werksessies", "min")], (2025, "in 2025"))),
})

# ---------------------------------------------------------------- pairs
U, R, W, S, M = "unchanged", "reworded", "weakened", "strengthened", "modified"
PAIRS = {
    (2025, 2026): {
        "nieuwbouw-havenkwartier": (W, ["quantity", "deadline"], None),
        "nieuwbouw-molenakker": (S, ["modality"], None),
        "sociale-voorraad": (U, [], None),
        "verkoop-kreekrug": (S, ["quantity"], None),
        "liberalisatie-zuidhof": (W, ["quantity"], None),
        "huurverhoging": (S, ["quantity"], None),
        "huurachterstand": (S, ["quantity"], None),
        "huisuitzettingen": (R, [], "same_figures"),
        "vergunninghouders": (R, [], "external_figure"),
        "inkomensgrens": (R, [], "indexed_amount"),
        "voorrang-lokaal": (W, ["quantity"], None),
        "doorstroming-senioren": (W, ["deadline"], None),
        "wachttijd": (R, [], "same_figures"),
        "labels-efg": (R, [], "progress"),
        "gemiddeld-label-zuidhof": (W, ["label"], None),
        "isolatie-kreekrug": (S, ["quantity"], None),
        "zonnepanelen-zuidhof": (W, ["scope"], None),
        "wijkuitvoeringsplan-kreekzicht": (W, ["modality", "deadline"], None),
        "energiecoaches": (R, [], "recurring_year"),
        "klimaatadaptatie": (S, ["modality"], None),
        "vocht-schimmel": (U, [], None),
        "reparaties-zuidhof": (W, ["quantity"], None),
        "woningaanpassingen": (S, ["modality"], None),
        "levensloopgeschikt": (U, [], None),
        "geclusterd-wonen": (S, ["modality"], None),
        "rookmelders": ("dropped", [], None),
        "huurdersoordeel": (R, [], "same_figures"),
        "leefbaarheidsbudget": (S, ["quantity"], None),
        "huismeester": (W, ["scope"], None),
        "zorg-veiligheid": (U, [], None),
        "bewonersinitiatieven": (W, ["condition"], None),
        "huisbezoek-ouderen": ("dropped", [], None),
        "monitoring": (U, [], None),
        "bod": (R, [], "recurring_year"),
        "ondersteuning-huurders": (R, [], "recurring_year"),
        "geschillen": (U, [], None),
        "woonvisie-actualisatie": ("dropped", [], None),
        "aandeel-sociaal-nieuwbouw": ("new", [], None),
        "ontmoeting-ouderen": ("new", [], None),
        "noodfonds-energie": ("new", [], None),
        "dashboard": ("new", [], None),
    },
    (2026, 2027): {
        "nieuwbouw-havenkwartier": (R, [], "progress"),
        "nieuwbouw-molenakker": (W, ["deadline"], None),
        "aandeel-sociaal-nieuwbouw": (U, [], None),
        "sociale-voorraad": (S, ["modality", "quantity"], None),
        "verkoop-kreekrug": (S, ["quantity"], None),
        "liberalisatie-zuidhof": ("dropped", [], None),
        "huurverhoging": (R, [], "recurring_year"),
        "huurachterstand": (U, [], None),
        "huisuitzettingen": (W, ["modality"], None),
        "vergunninghouders": (R, [], "external_figure"),
        "inkomensgrens": (R, [], "indexed_amount"),
        "voorrang-lokaal": (U, [], None),
        "doorstroming-senioren": (S, ["modality"], None),
        "wachttijd": (S, ["quantity"], None),
        "labels-efg": ("dropped", [], None),
        "gemiddeld-label-zuidhof": (S, ["deadline"], None),
        "isolatie-kreekrug": (M, ["quantity", "condition"], None),
        "zonnepanelen-zuidhof": (S, ["scope"], None),
        "wijkuitvoeringsplan-kreekzicht": ("dropped", [], None),
        "energiecoaches": (R, [], "recurring_year"),
        "noodfonds-energie": (S, ["modality"], None),
        "klimaatadaptatie": (U, [], None),
        "vocht-schimmel": (S, ["quantity"], None),
        "reparaties-zuidhof": (U, [], None),
        "woningaanpassingen": (U, [], None),
        "levensloopgeschikt": (W, ["condition"], None),
        "geclusterd-wonen": (W, ["deadline"], None),
        "huurdersoordeel": ("dropped", [], None),
        "leefbaarheidsbudget": (R, [], "recurring_year"),
        "huismeester": (U, [], None),
        "zorg-veiligheid": (S, ["quantity"], None),
        "bewonersinitiatieven": (S, ["condition"], None),
        "ontmoeting-ouderen": (W, ["scope"], None),
        "monitoring": (W, ["quantity"], None),
        "dashboard": (W, ["deadline"], None),
        "bod": (R, [], "recurring_year"),
        "ondersteuning-huurders": (S, ["quantity"], None),
        "geschillen": (U, [], None),
        "huurverlaging-minima": ("new", [], None),
        "urgentie-evaluatie": ("new", [], None),
        "labels-d": ("new", [], None),
        "transitievisie-warmte": ("new", [], None),
    },
}
