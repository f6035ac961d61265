# -*- coding: utf-8 -*-
"""Content source for the lindewaard family (fictional gemeente Lindewaard).

Afspraak texts may contain footnote placeholders "[^id]"; they are rendered as a
small raised number and are left out of the gold text.
"""

GEMEENTE = "Lindewaard"
CORPS = ["Woonstichting De Linde", "Waardborg Wonen"]
HUURDERS = ["Huurdersvereniging Lindeboog", "Huurdersraad Waardborg"]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"

FOOTNOTES = {
    "wv": "Woonvisie Lindewaard 2022-2030 'Thuis in Lindewaard', vastgesteld door de gemeenteraad op 12 mei 2022.",
    "woondeal": "De Regionale Woondeal Waardland is op 3 maart 2023 ondertekend door het Rijk, de provincie en zes regiogemeenten.",
    "npa": "Nationale Prestatieafspraken van 1 juni 2022 tussen het Rijk, Aedes, de Woonbond en de VNG.",
    "tvw": "Transitievisie Warmte Lindewaard, vastgesteld op 8 juli 2021; een herijking is voorzien in 2026.",
    "hv": "Huisvestingsverordening Lindewaard 2023, in werking getreden op 1 januari 2023.",
    "nom": "Standaard en streefwaarden voor woningisolatie, zoals in 2023 door het Rijk gepubliceerd.",
    "ag": "De inkomensgrens wordt jaarlijks per 1 januari door het Rijk geïndexeerd.",
    "lhb": "Artikel 45 van de Woningwet en het Besluit toegelaten instellingen volkshuisvesting 2015.",
    "protocol": "Protocol Zachte Landing Lindewaard, vastgesteld in het bestuurlijk overleg van 4 november 2024.",
    "wzv": "Woonzorgvisie Lindewaard 2025-2035, vastgesteld door het college op 17 juni 2025.",
    "svoh": "Subsidieregeling verduurzaming en onderhoud huurwoningen (SVOH) van het Rijk.",
    "wvrv": "Wet versterking regie volkshuisvesting; op het moment van ondertekening nog in behandeling bij het parlement.",
    "monitor": "De monitor wordt gepubliceerd op de websites van de gemeente en de beide corporaties.",
    "daeb": "DAEB staat voor diensten van algemeen economisch belang, zie artikel 47 van de Woningwet.",
    "woonlast": "Uitvoering door de afdeling Schuldhulpverlening van de gemeente Lindewaard.",
}


def Q(value, unit, comp, vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    if isinstance(actors, str):
        actors = [actors]
    return {
        "actors": list(actors),
        "modality": mod,
        "quantities": [Q(*x) for x in q],
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"
W = "woningen"

ITEMS = {}


def item(key, themes, versions):
    ITEMS[key] = {"themes": themes, "v": versions}


# ---------------------------------------------------------------- beschikbaarheid
item("kloosterweide", [B], {
    2024: ("Woonstichting De Linde realiseert in het plan Kloosterweide in totaal 120 sociale huurwoningen, "
           "waarvan de eerste 72 woningen in 2024 worden opgeleverd en de overige woningen in 2025.",
           F(C, "firm", [(120, W, "exact"), (72, W, "exact")], (2025, "in 2025"))),
    2025: ("Woonstichting De Linde levert in 2025 de resterende 48 sociale huurwoningen in het plan Kloosterweide op, "
           "waarmee het plan van in totaal 120 woningen is afgerond.",
           F(C, "firm", [(48, W, "exact"), (120, W, "exact")], (2025, "in 2025"))),
})

_nt = ("Partijen spreken af dat, in lijn met de Regionale Woondeal Waardland[^woondeal] en de Woonvisie, in de periode "
       "2024-2027 ten minste 380 sociale huurwoningen aan de voorraad in Lindewaard worden toegevoegd. Woonstichting "
       "De Linde neemt hiervan 240 woningen voor haar rekening en Waardborg Wonen 140 woningen.")
_ntf = F([P, C], "firm", [(380, W, "min"), (240, W, "exact"), (140, W, "exact")], (2027, "2024-2027"))
item("nieuwbouw-totaal", [B], {2024: (_nt, _ntf), 2025: (_nt, _ntf), 2026: (_nt, _ntf)})

item("molenstraat", [B, K], {
    2024: ("Waardborg Wonen levert uiterlijk eind 2025 aan de Molenstraat 56 sociale huurwoningen op, waarvan ten minste "
           "20 levensloopbestendige woningen die met voorrang worden toegewezen aan senioren uit Lindewaard.",
           F(C, "firm", [(56, W, "exact"), (20, W, "min")], (2025, "eind 2025"))),
    2025: ("Waardborg Wonen levert uiterlijk medio 2026 aan de Molenstraat 56 sociale huurwoningen op, waarvan ten minste "
           "20 levensloopbestendige woningen die met voorrang worden toegewezen aan senioren uit Lindewaard.",
           F(C, "firm", [(56, W, "exact"), (20, W, "min")], (2026, "medio 2026"))),
    2026: ("Waardborg Wonen levert uiterlijk eind 2026 aan de Molenstraat 48 sociale huurwoningen op, waarvan ten minste "
           "16 levensloopbestendige woningen die met voorrang worden toegewezen aan senioren uit Lindewaard.",
           F(C, "firm", [(48, W, "exact"), (16, W, "min")], (2026, "eind 2026"))),
})

item("flexwonen", [B], {
    2024: ("Gemeente en corporaties onderzoeken in 2024 of op de locatie Stationsweg tijdelijke woningen kunnen worden "
           "geplaatst voor spoedzoekers, zoals mensen die na een scheiding of na uitstroom uit een instelling met spoed "
           "woonruimte nodig hebben.",
           F([G, C], "explore", [], (2024, "in 2024"))),
    2025: ("Waardborg Wonen plaatst in 2025 op de locatie Stationsweg 30 tijdelijke woningen voor spoedzoekers. De gemeente "
           "verleent hiervoor een tijdelijke omgevingsvergunning voor een periode van 15 jaar en draagt zorg voor de "
           "aansluiting op de nutsvoorzieningen.",
           F([C, G], "firm", [(30, W, "exact"), (15, "jaar", "exact")], (2025, "in 2025"))),
    2026: ("Waardborg Wonen plaatst in 2026 op de locatie Stationsweg 30 tijdelijke woningen voor spoedzoekers, mits de "
           "tijdelijke omgevingsvergunning voor een periode van 15 jaar uiterlijk 1 april 2026 onherroepelijk is. De "
           "gemeente draagt zorg voor de aansluiting op de nutsvoorzieningen.",
           F([C, G], "firm", [(30, W, "exact"), (15, "jaar", "exact")], (2026, "in 2026"),
             cond=["mits de tijdelijke omgevingsvergunning voor een periode van 15 jaar uiterlijk 1 april 2026 onherroepelijk is"])),
})

item("verkoop", [B], {
    2024: ("Woonstichting De Linde verkoopt in 2024 maximaal 15 sociale huurwoningen, uitsluitend bij mutatie en bij "
           "voorrang aan zittende huurders en starters met een binding aan Lindewaard.",
           F(C, "firm", [(15, W, "max")], (2024, "in 2024"), rec=True)),
    2025: ("Woonstichting De Linde verkoopt in 2025 maximaal 8 sociale huurwoningen, uitsluitend bij mutatie en bij "
           "voorrang aan zittende huurders en starters met een binding aan Lindewaard.",
           F(C, "firm", [(8, W, "max")], (2025, "in 2025"), rec=True)),
    2026: ("Woonstichting De Linde verkoopt in 2026 geen sociale huurwoningen uit de bestaande voorraad.",
           F(C, "firm", [(0, W, "max")], (2026, "in 2026"), rec=True)),
})

item("liberalisatie", [B], {
    2024: ("Waardborg Wonen liberaliseert in 2024 geen sociale huurwoningen in Lindewaard.",
           F(C, "firm", [(0, W, "max")], (2024, "in 2024"), rec=True)),
    2025: ("Waardborg Wonen liberaliseert in 2025 ten hoogste 10 sociale huurwoningen in Lindewaard, uitsluitend bij mutatie.",
           F(C, "firm", [(10, W, "max")], (2025, "in 2025"), rec=True)),
    2026: ("Waardborg Wonen liberaliseert in 2026 ten hoogste 10 sociale huurwoningen in Lindewaard, uitsluitend bij mutatie.",
           F(C, "firm", [(10, W, "max")], (2026, "in 2026"), rec=True)),
})

item("sociale-voorraad", [B], {
    2024: ("Partijen streven ernaar dat de sociale huurvoorraad in Lindewaard eind 2024 ten minste 6.450 woningen omvat.",
           F(P, "intent", [(6450, W, "min")], (2024, "eind 2024"), rec=True)),
    2025: ("Partijen streven ernaar dat de sociale huurvoorraad in Lindewaard eind 2025 ten minste 6.450 woningen omvat.",
           F(P, "intent", [(6450, W, "min")], (2025, "eind 2025"), rec=True)),
    2026: ("Partijen spreken af dat de sociale huurvoorraad in Lindewaard eind 2026 ten minste 6.520 woningen omvat.",
           F(P, "firm", [(6520, W, "min")], (2026, "eind 2026"), rec=True)),
})

item("middenhuur-verkenning", [B], {
    2024: ("Waardborg Wonen verkent in 2024 de mogelijkheid om in de wijk Brinkhoven 25 middenhuurwoningen te realiseren "
           "voor huishoudens met een middeninkomen die niet in aanmerking komen voor een sociale huurwoning.",
           F(C, "explore", [(25, W, "exact")], (2024, "in 2024"))),
})

item("middenhuur-kavel", [B], {
    2025: ("De gemeente zegt toe in het plan De Meent een kavel te reserveren voor ten minste 30 middenhuurwoningen en "
           "deze kavel als eerste tegen een marktconforme grondprijs aan Waardborg Wonen aan te bieden.",
           F(G, "firm", [(30, W, "min")])),
    2026: ("De gemeente zet zich in om in het plan De Meent een kavel te reserveren voor ten minste 30 middenhuurwoningen "
           "en deze kavel als eerste tegen een marktconforme grondprijs aan Waardborg Wonen aan te bieden.",
           F(G, "intent", [(30, W, "min")])),
})

item("woningdelen", [B], {
    2025: ("Waardborg Wonen maakt uiterlijk eind 2026 woningdelen door jongeren mogelijk in ten minste 20 "
           "eengezinswoningen, waarbij de huurprijs per bewoner onder de kwaliteitskortingsgrens blijft.",
           F(C, "firm", [(20, W, "min")], (2026, "eind 2026"))),
    2026: ("Waardborg Wonen maakt uiterlijk medio 2026 woningdelen door jongeren mogelijk in ten minste 20 "
           "eengezinswoningen, waarbij de huurprijs per bewoner onder de kwaliteitskortingsgrens blijft.",
           F(C, "firm", [(20, W, "min")], (2026, "medio 2026"))),
})


def _sh(y, n):
    return ("De corporaties huisvesten in %d samen ten minste %d vergunninghouders, overeenkomstig de taakstelling die "
            "het Rijk voor Lindewaard heeft vastgesteld; de gemeente zorgt voor maatschappelijke begeleiding gedurende "
            "de eerste twee jaar." % (y, n),
            F([C, G], "firm", [(n, "vergunninghouders", "min")], (y, "in %d" % y), rec=True))


item("statushouders", [B], {2024: _sh(2024, 58), 2025: _sh(2025, 71), 2026: _sh(2026, 64)})

_ds = ("Woonstichting De Linde en Waardborg Wonen bieden huurders van 65 jaar en ouder die een eengezinswoning "
       "achterlaten een verhuiskostenvergoeding van € 2.500 en laten hun huidige huurprijs meeverhuizen naar de "
       "nieuwe woning.", F(C, "firm", [(2500, "euro", "exact"), (65, "jaar", "min")]))
item("doorstroming-senioren", [B], {
    2024: _ds, 2025: _ds,
    2026: ("Om de doorstroming op gang te brengen, ontvangen huurders van 65 jaar en ouder die hun eengezinswoning bij "
           "Woonstichting De Linde of Waardborg Wonen verlaten een tegemoetkoming in de verhuiskosten van € 3.000. Zij "
           "nemen daarbij de huurprijs van hun oude woning mee naar de nieuwe woning.",
           F(C, "firm", [(3000, "euro", "exact"), (65, "jaar", "min")])),
})

item("huurverhoging", [B], {
    2024: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2024 maximaal gelijk aan de inflatie, in lijn "
           "met de Nationale Prestatieafspraken[^npa] over betaalbaarheid.",
           F(C, "firm", [(0, "procentpunt boven inflatie", "max")], (2024, "per 1 juli 2024"), rec=True)),
    2025: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5 procentpunt onder de "
           "inflatie, in lijn met de Nationale Prestatieafspraken[^npa] over betaalbaarheid.",
           F(C, "firm", [(-0.5, "procentpunt boven inflatie", "max")], (2025, "per 1 juli 2025"), rec=True)),
    2026: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5 procentpunt onder de "
           "inflatie, in lijn met de Nationale Prestatieafspraken[^npa] over betaalbaarheid.",
           F(C, "firm", [(-0.5, "procentpunt boven inflatie", "max")], (2026, "per 1 juli 2026"), rec=True)),
})


def _ti(pct, pcts, grens, grenss, y):
    return ("Woonstichting De Linde wijst ten minste %s van haar vrijkomende sociale huurwoningen toe aan huishoudens "
            "met een inkomen tot de DAEB-inkomensgrens[^ag] van € %s (prijspeil %d)." % (pcts, grenss, y),
            F(C, "firm", [(pct, "%", "min"), (grens, "euro", "max")], None, rec=True))


item("toewijzing-inkomensgrens", [B], {
    2024: _ti(92.5, "92,5%", 47699, "47.699", 2024),
    2025: _ti(92.5, "92,5%", 48625, "48.625", 2025),
    2026: _ti(95, "95%", 50150, "50.150", 2026),
})

item("vroegsignalering", [B], {
    2024: ("De corporaties melden huishoudens met een huurachterstand van 2 maanden of meer bij het team "
           "Vroegsignalering van de gemeente, dat binnen 10 werkdagen contact opneemt met het huishouden en hulp aanbiedt.",
           F([C, G], "firm", [(2, "maanden", "min"), (10, "dagen", "max")])),
    2025: ("De corporaties melden huishoudens met een huurachterstand van 1 maand of meer bij het team "
           "Vroegsignalering van de gemeente, dat binnen 10 werkdagen contact opneemt met het huishouden en hulp aanbiedt.",
           F([C, G], "firm", [(1, "maanden", "min"), (10, "dagen", "max")])),
    2026: ("De corporaties melden huishoudens met een huurachterstand van 1 maand of meer bij het team "
           "Vroegsignalering van de gemeente, dat binnen 15 werkdagen contact opneemt met het huishouden en hulp aanbiedt.",
           F([C, G], "firm", [(1, "maanden", "min"), (15, "dagen", "max")])),
})

_hu = ("Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal 4 per "
       "jaar; een ontruiming wordt pas aangevraagd nadat de huurder ten minste twee keer een aanbod voor "
       "schuldhulpverlening heeft gekregen.", F(P, "intent", [(4, "huisuitzettingen", "max")], None, rec=True))
item("huisuitzettingen", [B, L], {
    2024: _hu, 2025: _hu,
    2026: ("Partijen zetten zich ervoor in dat er geen huisuitzettingen wegens huurachterstand plaatsvinden; een "
           "ontruiming wordt pas aangevraagd nadat de huurder ten minste twee keer een aanbod voor schuldhulpverlening "
           "heeft gekregen.", F(P, "intent", [(0, "huisuitzettingen", "max")], None, rec=True)),
})

item("woonlastenfonds", [B], {
    2024: ("De gemeente stelt per 1 januari 2024 een bedrag van € 150.000 beschikbaar voor het Woonlastenfonds "
           "Lindewaard, waaruit huishoudens met betalingsproblemen een eenmalige tegemoetkoming in hun woonlasten "
           "kunnen ontvangen.",
           F(G, "firm", [(150000, "euro", "exact")], (2024, "per 1 januari 2024"), rec=True)),
    2025: ("De gemeente stelt per 1 januari 2025 een bedrag van € 120.000 beschikbaar voor het Woonlastenfonds "
           "Lindewaard, onder voorbehoud van vaststelling van de gemeentebegroting 2025. Huishoudens met "
           "betalingsproblemen kunnen uit dit fonds een eenmalige tegemoetkoming in hun woonlasten ontvangen.",
           F(G, "firm", [(120000, "euro", "exact")], (2025, "per 1 januari 2025"), rec=True,
             cond=["onder voorbehoud van vaststelling van de gemeentebegroting 2025"])),
    2026: ("De gemeente stelt per 1 januari 2026 een bedrag van € 120.000 beschikbaar voor het Woonlastenfonds "
           "Lindewaard, onder voorbehoud van vaststelling van de gemeentebegroting 2026. Huishoudens met "
           "betalingsproblemen kunnen uit dit fonds een eenmalige tegemoetkoming in hun woonlasten ontvangen.",
           F(G, "firm", [(120000, "euro", "exact")], (2026, "per 1 januari 2026"), rec=True,
             cond=["onder voorbehoud van vaststelling van de gemeentebegroting 2026"])),
})

# ---------------------------------------------------------------- duurzaamheid
item("labels-efg", [D], {
    2024: ("De corporaties verbeteren in 2024 en 2025 alle woningen met een energielabel E, F of G, zodat uiterlijk "
           "eind 2025 geen woningen met deze labels meer in hun bezit zijn. In 2024 gaat het om ten minste 180 woningen.",
           F(C, "firm", [(180, W, "min")], (2025, "eind 2025"))),
    2025: ("De corporaties verbeteren in 2025 de resterende 95 woningen met een energielabel E, F of G, zodat uiterlijk "
           "eind 2025 geen woningen met deze labels meer in hun bezit zijn.",
           F(C, "firm", [(95, W, "exact")], (2025, "eind 2025"))),
    2026: ("De corporaties verbeteren de laatste 14 woningen met een energielabel E, F of G, zodat uiterlijk medio 2026 "
           "geen woningen met deze labels meer in hun bezit zijn.",
           F(C, "firm", [(14, W, "exact")], (2026, "medio 2026"))),
})

item("gemiddeld-label", [D], {
    2024: ("Waardborg Wonen brengt haar woningbezit in Lindewaard uiterlijk in 2028 naar gemiddeld energielabel B.",
           F(C, "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
    2025: ("Waardborg Wonen brengt haar woningbezit in Lindewaard uiterlijk in 2028 naar gemiddeld energielabel C.",
           F(C, "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028"))),
    2026: ("Waardborg Wonen brengt haar woningbezit in Lindewaard uiterlijk in 2028 naar gemiddeld energielabel B, mits "
           "de SVOH-subsidie[^svoh] voor de resterende complexen beschikbaar blijft.",
           F(C, "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"),
             cond=["mits de SVOH-subsidie voor de resterende complexen beschikbaar blijft"])),
})


def _is(y, n, m):
    return ("Woonstichting De Linde isoleert in %d ten minste %d woningen volgens de isolatiestandaard[^nom] van het "
            "Rijk, waarvan %d woningen in de wijk Oosterkamp." % (y, n, m),
            F(C, "firm", [(n, W, "min"), (m, W, "exact")], (y, "in %d" % y), rec=True))


item("isolatie", [D], {2024: _is(2024, 250, 120), 2025: _is(2025, 250, 120), 2026: _is(2026, 300, 140)})

item("warmtenet", [D], {
    2024: ("Woonstichting De Linde sluit, in overleg met de gemeente, uiterlijk in 2026 de 340 woningen in Oosterkamp "
           "aan op het warmtenet, conform de Transitievisie Warmte[^tvw] van de gemeente.",
           F(C, "firm", [(340, W, "exact")], (2026, "uiterlijk in 2026"))),
    2025: ("Woonstichting De Linde onderzoekt, in overleg met de gemeente, of de 340 woningen in Oosterkamp uiterlijk "
           "in 2027 kunnen worden aangesloten op het warmtenet, conform de Transitievisie Warmte[^tvw] van de gemeente.",
           F(C, "explore", [(340, W, "exact")], (2027, "uiterlijk in 2027"))),
    2026: ("In overleg met de gemeente onderzoekt Woonstichting De Linde of aansluiting van de 340 woningen in "
           "Oosterkamp op het warmtenet uiterlijk in 2027 mogelijk is, zoals beoogd in de Transitievisie Warmte[^tvw] "
           "van de gemeente.",
           F(C, "explore", [(340, W, "exact")], (2027, "uiterlijk in 2027"))),
})

item("zonnepanelen", [D], {
    2024: ("Waardborg Wonen zet zich in om in 2024 op ten minste 200 woningen zonnepanelen te plaatsen, waarbij huurders "
           "een vaste maandelijkse vergoeding betalen die lager is dan de gemiddelde besparing op hun energierekening.",
           F(C, "intent", [(200, W, "min")], (2024, "in 2024"), rec=True)),
    2025: ("Waardborg Wonen plaatst in 2025 op ten minste 200 woningen zonnepanelen; huurders betalen hiervoor een vaste "
           "maandelijkse vergoeding die lager is dan de gemiddelde besparing op hun energierekening.",
           F(C, "firm", [(200, W, "min")], (2025, "in 2025"), rec=True)),
    2026: ("Waardborg Wonen plaatst in 2026 op ten minste 200 woningen zonnepanelen; huurders betalen hiervoor een vaste "
           "maandelijkse vergoeding die lager is dan de gemiddelde besparing op hun energierekening.",
           F(C, "firm", [(200, W, "min")], (2026, "in 2026"), rec=True)),
})


def _ec(y):
    return ("De gemeente zet in %d via het Energieloket Lindewaard energiecoaches in voor huurders met hoge "
            "energielasten; de corporaties wijzen hun huurders actief op dit aanbod." % y,
            F([G, C], "firm", [], (y, "in %d" % y), rec=True))


item("energiecoaches", [D, B], {
    2024: _ec(2024), 2025: _ec(2025),
    2026: ("De gemeente zet in 2026 via het Energieloket Lindewaard energiecoaches in voor huurders met hoge "
           "energielasten in de wijken Oosterkamp en Veldhuizen; de corporaties wijzen hun huurders in deze wijken "
           "actief op dit aanbod.", F([G, C], "firm", [], (2026, "in 2026"), rec=True)),
})

_ka = ("Partijen bespreken hoe bij groot onderhoud van corporatiecomplexen en bij de inrichting van de openbare ruimte "
       "eromheen maatregelen tegen hittestress en wateroverlast kunnen worden meegenomen.", F(P, "discuss"))
item("klimaatadaptatie", [D], {
    2024: _ka, 2025: _ka,
    2026: ("Bij groot onderhoud van corporatiecomplexen worden maatregelen tegen hittestress en wateroverlast "
           "meegenomen, zoals het afkoppelen van regenwater en het vergroenen van binnenterreinen. De gemeente richt de "
           "openbare ruimte rond deze complexen hierop in.", F([C, G], "firm")),
})

# ---------------------------------------------------------------- kwaliteit
_vs = ("De corporaties nemen meldingen van vocht en schimmel binnen 3 werkdagen in behandeling en plannen zo nodig "
       "binnen 4 weken een herstelafspraak met de huurder.", F(C, "firm", [(3, "dagen", "max"), (4, "weken", "max")]))
item("vocht-schimmel", [K], {
    2024: ("De corporaties nemen meldingen van vocht en schimmel binnen 5 werkdagen in behandeling en plannen zo nodig "
           "binnen 4 weken een herstelafspraak met de huurder.",
           F(C, "firm", [(5, "dagen", "max"), (4, "weken", "max")])),
    2025: _vs, 2026: _vs,
})

item("conditiemeting", [K], {
    2024: ("Woonstichting De Linde voert in 2024 in al haar complexen een conditiemeting uit en deelt de uitkomsten per "
           "complex met Huurdersvereniging Lindeboog.", F(C, "firm", [], (2024, "in 2024"))),
    2025: ("Woonstichting De Linde voert in 2025 in twee complexen in Het Zand bij wijze van pilot een uitgebreide "
           "conditiemeting uit en deelt de uitkomsten met Huurdersvereniging Lindeboog.",
           F(C, "firm", [(2, "complexen", "exact")], (2025, "in 2025"))),
    2026: ("Woonstichting De Linde voert in 2026 in alle complexen in Het Zand en Kerkwijk een uitgebreide "
           "conditiemeting uit en deelt de uitkomsten per complex met Huurdersvereniging Lindeboog.",
           F(C, "firm", [], (2026, "in 2026"))),
})

item("toegankelijk-onderzoek", [K], {
    2024: ("Partijen onderzoeken in 2024 hoeveel bestaande woningen met beperkte aanpassingen geschikt kunnen worden "
           "gemaakt voor ouderen met een rollator, en leggen de uitkomsten vast in een gezamenlijke opgave voor wonen en "
           "zorg.", F(P, "explore", [], (2024, "in 2024"))),
})


def _ro(y):
    return ("De corporaties maken in %d ten minste 60 bestaande woningen op de begane grond rollatorgeschikt, onder meer "
            "door drempels te verwijderen en deuren te verbreden." % y,
            F(C, "firm", [(60, W, "min")], (y, "in %d" % y), rec=True))


item("rollatorgeschikt", [K], {2025: _ro(2025), 2026: _ro(2026)})

_wm = ("De gemeente en de corporaties handelen aanvragen voor woningaanpassingen in het kader van de Wmo af binnen 8 "
       "weken na ontvangst van het volledige advies van de ergotherapeut.", F([G, C], "firm", [(8, "weken", "max")]))
item("wmo-aanpassingen", [K], {
    2024: _wm, 2025: _wm,
    2026: ("De gemeente en de corporaties handelen aanvragen voor woningaanpassingen in het kader van de Wmo af binnen "
           "10 weken na ontvangst van het volledige advies van de ergotherapeut.",
           F([G, C], "firm", [(10, "weken", "max")])),
})

item("rookmelders", [K], {
    2024: ("Waardborg Wonen plaatst in 2024 in alle woningen die nog niet over een rookmelder beschikken ten minste één "
           "rookmelder per verdieping.", F(C, "firm", [(1, "rookmelders per verdieping", "min")], (2024, "in 2024"))),
})

item("woonzorgvisie", [K], {
    2024: ("De gemeente heeft de ambitie om in 2024 samen met de corporaties en zorgaanbieders een woonzorgvisie op te "
           "stellen, waarin de behoefte aan zorggeschikte woningen tot 2035 per kern wordt uitgewerkt.",
           F(G, "intent", [], (2024, "in 2024"))),
    2025: ("De gemeente stelt uiterlijk in het tweede kwartaal van 2025 samen met de corporaties en zorgaanbieders een "
           "woonzorgvisie vast, waarin de behoefte aan zorggeschikte woningen tot 2035 per kern wordt uitgewerkt.",
           F(G, "firm", [], (2025, "tweede kwartaal van 2025"))),
})

item("woonzorg-uitvoering", [K], {
    2026: ("Partijen werken de Woonzorgvisie[^wzv] in 2026 uit in een uitvoeringsprogramma, waarin per kern is "
           "aangegeven hoeveel zorggeschikte woningen tot 2030 worden toegevoegd of aangepast.",
           F(P, "firm", [], (2026, "in 2026"))),
})

item("reparaties", [K], {
    2024: ("De corporaties voeren spoedreparaties binnen 24 uur uit en handelen overige reparatieverzoeken binnen "
           "gemiddeld 10 werkdagen af.", F(C, "firm", [(24, "uur", "max"), (10, "dagen", "max")])),
    2025: ("De corporaties zullen spoedreparaties binnen 24 uur uitvoeren en overige reparatieverzoeken binnen "
           "gemiddeld 10 werkdagen afhandelen.", F(C, "firm", [(24, "uur", "max"), (10, "dagen", "max")])),
    2026: ("De corporaties streven ernaar spoedreparaties binnen 24 uur uit te voeren en overige reparatieverzoeken "
           "binnen gemiddeld 10 werkdagen af te handelen.", F(C, "intent", [(24, "uur", "max"), (10, "dagen", "max")])),
})

# ---------------------------------------------------------------- leefbaarheid


def _lb(y, n, mx):
    return ("De corporaties besteden in %d gezamenlijk ten minste € %d per woning aan leefbaarheid; dit bedrag blijft "
            "binnen het wettelijk maximum[^lhb] van € %d per woning (prijspeil %d)." % (y, n, mx, y),
            F(C, "firm", [(n, "euro per woning", "min"), (mx, "euro per woning", "max")], (y, "in %d" % y), rec=True))


item("leefbaarheidsbudget", [L], {2024: _lb(2024, 65, 138), 2025: _lb(2025, 65, 142), 2026: _lb(2026, 75, 146)})

_wb = ("Woonstichting De Linde en Waardborg Wonen zetten in de wijken Oosterkamp, Veldhuizen en Het Zand elk ten "
       "minste één wijkbeheerder in, die minimaal twee dagdelen per week zichtbaar aanwezig is in de wijk.",
       F(C, "firm", [(1, "wijkbeheerder", "min"), (2, "dagdelen per week", "min")]))
item("wijkbeheerders", [L], {
    2024: _wb, 2025: _wb,
    2026: ("Woonstichting De Linde en Waardborg Wonen zetten in alle wijken van Lindewaard met corporatiebezit ten "
           "minste één wijkbeheerder in, die minimaal twee dagdelen per week zichtbaar aanwezig is in de wijk.",
           F(C, "firm", [(1, "wijkbeheerder", "min"), (2, "dagdelen per week", "min")])),
})

_ov4 = ("Partijen werken in het Overlastoverleg Lindewaard samen met politie, wijkteam en zorgaanbieders aan de aanpak "
        "van complexe overlastsituaties; het overleg komt ten minste vier keer per jaar bijeen.",
        F(P, "firm", [(4, "keer per jaar", "min")], None, rec=True))
item("overlastoverleg", [L], {
    2024: ("Partijen werken in het Overlastoverleg Lindewaard samen met politie, wijkteam en zorgaanbieders aan de "
           "aanpak van complexe overlastsituaties; het overleg komt ten minste zes keer per jaar bijeen.",
           F(P, "firm", [(6, "keer per jaar", "min")], None, rec=True)),
    2025: _ov4, 2026: _ov4,
})

_bi = ("De gemeente stelt jaarlijks € 40.000 beschikbaar voor bewonersinitiatieven in wijken met veel corporatiebezit; "
       "de corporaties dragen samen eenzelfde bedrag bij.", F([G, C], "firm", [(40000, "euro", "exact")], None, rec=True))
item("bewonersinitiatieven", [L], {2024: _bi, 2025: _bi})

item("wijkbudget-zand", [L], {
    2026: ("In de wijk Het Zand stellen de gemeente en Woonstichting De Linde in 2026 een gezamenlijk wijkbudget van "
           "€ 60.000 in, waarover een panel van bewoners zelf beslist; ieder draagt de helft van het bedrag bij.",
           F([G, C], "firm", [(60000, "euro", "exact")], (2026, "in 2026"))),
})

_om = ("De corporaties stellen waar mogelijk ruimtes in hun complexen om niet beschikbaar voor ontmoetingsactiviteiten "
       "van buurtbewoners, in samenwerking met Welzijn Lindewaard.", F(C, "firm", cond=["waar mogelijk"]))
item("ontmoeting", [L], {
    2024: _om, 2025: _om,
    2026: ("De corporaties stellen ruimtes in hun complexen om niet beschikbaar voor ontmoetingsactiviteiten van "
           "buurtbewoners, in samenwerking met Welzijn Lindewaard.", F(C, "firm")),
})

item("wijkvisie-zand", [L, K], {
    2024: ("Woonstichting De Linde stelt vóór 1 oktober 2024 samen met bewoners en de gemeente een wijkvisie voor Het "
           "Zand op, waarin de keuze tussen renovatie en sloop-nieuwbouw van de 180 portiekwoningen wordt onderbouwd.",
           F(C, "firm", [(180, W, "exact")], (2024, "vóór 1 oktober 2024"))),
    2025: ("Woonstichting De Linde stelt vóór 1 april 2025 samen met bewoners en de gemeente een wijkvisie voor Het "
           "Zand op, waarin de keuze tussen renovatie en sloop-nieuwbouw van de 180 portiekwoningen wordt onderbouwd.",
           F(C, "firm", [(180, W, "exact")], (2025, "vóór 1 april 2025"))),
    2026: ("Woonstichting De Linde legt de wijkvisie voor Het Zand, met daarin de onderbouwde keuze tussen renovatie en "
           "sloop-nieuwbouw van de 180 portiekwoningen, vóór 1 maart 2026 ter besluitvorming voor aan de bewoners en de "
           "gemeente.", F(C, "firm", [(180, W, "exact")], (2026, "vóór 1 maart 2026"))),
})

_zl = ("Partijen werken volgens het protocol Zachte Landing[^protocol] voor kwetsbare huurders die vanuit een "
       "instelling zelfstandig gaan wonen.", F(P, "firm"))
item("zachte-landing", [L], {
    2024: ("Partijen maken in 2024 afspraken over een gezamenlijk protocol voor de zachte landing van kwetsbare huurders "
           "die vanuit een instelling zelfstandig gaan wonen.", F(P, "discuss", [], (2024, "in 2024"))),
    2025: _zl, 2026: _zl,
})

# ---------------------------------------------------------------- overig


def _mo2(y):
    return ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de "
            "gemeente stelt hiervoor een monitor[^monitor] op, die vóór 1 juni %d en vóór 1 december %d met alle partijen "
            "wordt gedeeld." % (y, y),
            F([P, G], "firm", [(2, "keer per jaar", "exact")], (y, "vóór 1 december %d" % y), rec=True))


item("monitoring", [O], {
    2024: _mo2(2024), 2025: _mo2(2025),
    2026: ("Partijen bespreken de voortgang van deze afspraken één keer per jaar in het bestuurlijk overleg; de gemeente "
           "stelt hiervoor een monitor[^monitor] op, die vóór 1 oktober 2026 met alle partijen wordt gedeeld.",
           F([P, G], "firm", [(1, "keer per jaar", "exact")], (2026, "vóór 1 oktober 2026"), rec=True)),
})


def _bod(y):
    return ("De corporaties brengen vóór 1 juli %d hun bod op de woonvisie uit aan de gemeente, nadat zij dit hebben "
            "afgestemd met hun eigen huurdersorganisatie." % y,
            F(C, "firm", [], (y, "vóór 1 juli %d" % y), rec=True))


item("bod", [O], {2024: _bod(2024), 2025: _bod(2025), 2026: _bod(2026)})

_ho = ("De corporaties vergoeden hun huurdersorganisatie de kosten van een onafhankelijk adviseur bij het overleg over "
       "de prestatieafspraken tot maximaal € 7.500 per huurdersorganisatie per jaar.",
       F(C, "firm", [(7500, "euro", "max")], None, rec=True))
item("huurdersondersteuning", [O], {2024: _ho, 2025: _ho, 2026: _ho})

item("huurdersbijeenkomst", [O], {
    2024: ("Huurdersvereniging Lindeboog en Huurdersraad Waardborg organiseren in 2024 gezamenlijk een bijeenkomst voor "
           "huurders over de prestatieafspraken, waarvoor de corporaties een zaal en de communicatie verzorgen.",
           F([H, C], "firm", [], (2024, "in 2024"))),
    2025: ("Huurdersvereniging Lindeboog en Huurdersraad Waardborg verkennen in 2025 of zij gezamenlijk een bijeenkomst "
           "voor huurders over de prestatieafspraken kunnen organiseren, waarbij de corporaties een zaal en de "
           "communicatie verzorgen.", F([H, C], "explore", [], (2025, "in 2025"))),
})

item("evaluatie-werkwijze", [O], {
    2025: ("Partijen evalueren in 2025 de werkwijze rond de prestatieafspraken en besluiten vóór 1 juli 2025 of zij "
           "vanaf 2027 overgaan op meerjarige kaderafspraken met jaarschijven.",
           F(P, "firm", [], (2025, "vóór 1 juli 2025"))),
})

item("kaderafspraken", [O], {
    2026: ("Partijen stellen in 2026 gezamenlijk kaderafspraken op voor de periode 2027-2030, die vóór 15 december 2026 "
           "worden ondertekend en jaarlijks worden uitgewerkt in een jaarschijf.",
           F(P, "firm", [], (2026, "vóór 15 december 2026"))),
})

# ---------------------------------------------------------------- pairs
# (old key, new key, status, kinds, hard_negative)
PAIRS = {
    (2024, 2025): [
        ("kloosterweide", "kloosterweide", "reworded", [], "progress"),
        ("nieuwbouw-totaal", "nieuwbouw-totaal", "unchanged", [], None),
        ("molenstraat", "molenstraat", "weakened", ["deadline"], None),
        ("flexwonen", "flexwonen", "strengthened", ["modality"], None),
        ("verkoop", "verkoop", "strengthened", ["quantity"], None),
        ("liberalisatie", "liberalisatie", "weakened", ["quantity"], None),
        ("sociale-voorraad", "sociale-voorraad", "reworded", [], "recurring_year"),
        ("middenhuur-verkenning", None, "dropped", [], None),
        (None, "middenhuur-kavel", "new", [], None),
        (None, "woningdelen", "new", [], None),
        ("statushouders", "statushouders", "reworded", [], "external_figure"),
        ("doorstroming-senioren", "doorstroming-senioren", "unchanged", [], None),
        ("huurverhoging", "huurverhoging", "strengthened", ["quantity"], None),
        ("toewijzing-inkomensgrens", "toewijzing-inkomensgrens", "reworded", [], "indexed_amount"),
        ("vroegsignalering", "vroegsignalering", "strengthened", ["quantity"], None),
        ("huisuitzettingen", "huisuitzettingen", "unchanged", [], None),
        ("woonlastenfonds", "woonlastenfonds", "weakened", ["quantity", "condition"], None),
        ("labels-efg", "labels-efg", "reworded", [], "progress"),
        ("gemiddeld-label", "gemiddeld-label", "weakened", ["label"], None),
        ("isolatie", "isolatie", "reworded", [], "recurring_year"),
        ("warmtenet", "warmtenet", "weakened", ["modality", "deadline"], None),
        ("zonnepanelen", "zonnepanelen", "strengthened", ["modality"], None),
        ("energiecoaches", "energiecoaches", "reworded", [], "recurring_year"),
        ("klimaatadaptatie", "klimaatadaptatie", "unchanged", [], None),
        ("vocht-schimmel", "vocht-schimmel", "strengthened", ["quantity"], None),
        ("conditiemeting", "conditiemeting", "weakened", ["scope"], None),
        ("toegankelijk-onderzoek", None, "dropped", [], None),
        (None, "rollatorgeschikt", "new", [], None),
        ("wmo-aanpassingen", "wmo-aanpassingen", "unchanged", [], None),
        ("rookmelders", None, "dropped", [], None),
        ("woonzorgvisie", "woonzorgvisie", "modified", ["modality", "deadline"], None),
        ("reparaties", "reparaties", "reworded", [], "same_figures"),
        ("leefbaarheidsbudget", "leefbaarheidsbudget", "reworded", [], "external_figure"),
        ("wijkbeheerders", "wijkbeheerders", "unchanged", [], None),
        ("overlastoverleg", "overlastoverleg", "weakened", ["quantity"], None),
        ("bewonersinitiatieven", "bewonersinitiatieven", "unchanged", [], None),
        ("ontmoeting", "ontmoeting", "unchanged", [], None),
        ("wijkvisie-zand", "wijkvisie-zand", "weakened", ["deadline"], None),
        ("zachte-landing", "zachte-landing", "strengthened", ["modality"], None),
        ("monitoring", "monitoring", "reworded", [], "recurring_year"),
        ("bod", "bod", "reworded", [], "recurring_year"),
        ("huurdersondersteuning", "huurdersondersteuning", "unchanged", [], None),
        ("huurdersbijeenkomst", "huurdersbijeenkomst", "weakened", ["modality"], None),
        (None, "evaluatie-werkwijze", "new", [], None),
    ],
    (2025, 2026): [
        ("kloosterweide", None, "dropped", [], None),
        ("nieuwbouw-totaal", "nieuwbouw-totaal", "unchanged", [], None),
        ("molenstraat", "molenstraat", "weakened", ["quantity", "deadline"], None),
        ("flexwonen", "flexwonen", "weakened", ["deadline", "condition"], None),
        ("verkoop", "verkoop", "strengthened", ["quantity"], None),
        ("liberalisatie", "liberalisatie", "reworded", [], "recurring_year"),
        ("sociale-voorraad", "sociale-voorraad", "strengthened", ["modality", "quantity"], None),
        ("middenhuur-kavel", "middenhuur-kavel", "weakened", ["modality"], None),
        ("woningdelen", "woningdelen", "strengthened", ["deadline"], None),
        ("statushouders", "statushouders", "reworded", [], "external_figure"),
        ("doorstroming-senioren", "doorstroming-senioren", "strengthened", ["quantity"], None),
        ("huurverhoging", "huurverhoging", "reworded", [], "recurring_year"),
        ("toewijzing-inkomensgrens", "toewijzing-inkomensgrens", "strengthened", ["quantity"], None),
        ("vroegsignalering", "vroegsignalering", "weakened", ["quantity"], None),
        ("huisuitzettingen", "huisuitzettingen", "strengthened", ["quantity"], None),
        ("woonlastenfonds", "woonlastenfonds", "reworded", [], "recurring_year"),
        ("labels-efg", "labels-efg", "weakened", ["deadline"], None),
        ("gemiddeld-label", "gemiddeld-label", "modified", ["label", "condition"], None),
        ("isolatie", "isolatie", "strengthened", ["quantity"], None),
        ("warmtenet", "warmtenet", "reworded", [], "same_figures"),
        ("zonnepanelen", "zonnepanelen", "reworded", [], "recurring_year"),
        ("energiecoaches", "energiecoaches", "weakened", ["scope"], None),
        ("klimaatadaptatie", "klimaatadaptatie", "strengthened", ["modality"], None),
        ("vocht-schimmel", "vocht-schimmel", "unchanged", [], None),
        ("conditiemeting", "conditiemeting", "strengthened", ["scope"], None),
        ("rollatorgeschikt", "rollatorgeschikt", "reworded", [], "recurring_year"),
        ("wmo-aanpassingen", "wmo-aanpassingen", "weakened", ["quantity"], None),
        ("woonzorgvisie", None, "dropped", [], None),
        (None, "woonzorg-uitvoering", "new", [], None),
        ("reparaties", "reparaties", "weakened", ["modality"], None),
        ("leefbaarheidsbudget", "leefbaarheidsbudget", "strengthened", ["quantity"], None),
        ("wijkbeheerders", "wijkbeheerders", "strengthened", ["scope"], None),
        ("overlastoverleg", "overlastoverleg", "unchanged", [], None),
        ("bewonersinitiatieven", None, "dropped", [], None),
        (None, "wijkbudget-zand", "new", [], None),
        ("ontmoeting", "ontmoeting", "strengthened", ["condition"], None),
        ("wijkvisie-zand", "wijkvisie-zand", "weakened", ["deadline"], None),
        ("zachte-landing", "zachte-landing", "unchanged", [], None),
        ("monitoring", "monitoring", "weakened", ["quantity"], None),
        ("bod", "bod", "reworded", [], "recurring_year"),
        ("huurdersondersteuning", "huurdersondersteuning", "unchanged", [], None),
        ("huurdersbijeenkomst", None, "dropped", [], None),
        ("evaluatie-werkwijze", None, "dropped", [], None),
        (None, "kaderafspraken", "new", [], None),
    ],
}
