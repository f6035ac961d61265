# -*- coding: utf-8 -*-
"""Content of the fictional family 'ransdonk': jaarschijven 2025, 2026, 2027 of the
kaderafspraken 'Prestatieafspraken Ransdonk 2024-2027'. All names are invented."""

FAMILY = "ransdonk"
YEARS = [2025, 2026, 2027]
GEMEENTE = "Ransdonk"
CORPS = [("Woonbelang", "Stichting Woonbelang Ransdonk"),
         ("Kempenwaard", "Woningstichting Kempenwaard"),
         ("Thuisvast", "Stichting Thuisvast Wonen")]
HUURDERS = ["Huurdersvereniging Ransdonk Samen", "Huurdersraad Kempenwaard", "Bewonersraad Thuisvast"]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def fr(actors, mod, q=(), dl=None, rec=False, cond=()):
    quants = []
    for t in q:
        v, u, c = t[:3]
        quants.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": mod, "quantities": quants,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


CHAPTERS = {
    2025: {1: "Beschikbaar en betaalbaar wonen", 2: "Duurzaamheid en energietransitie",
           3: "Kwaliteit van de woning en wonen met zorg", 4: "Prettig wonen in buurt en wijk",
           5: "Samenwerking, monitoring en proces"},
}
CHAPTERS[2026] = dict(CHAPTERS[2025])
CHAPTERS[2027] = dict(CHAPTERS[2025])
CHAPTERS[2027][1] = "Beschikbaar wonen en betaalbare woonlasten"
CHAPTERS[2027][3] = "Goed en zorggeschikt wonen"

CH_INTRO = {
    1: "De woonvisie 'Thuis in Ransdonk 2023-2030' en de regionale woondeal vragen om een forse groei van de "
       "sociale huurvoorraad. De woningzoekenden in Ransdonk wachten nog altijd lang op een passende woning, "
       "starters en senioren in het bijzonder. Onderstaande afspraken gelden voor het jaar {y}.",
    2: "Het Rijk heeft met de sector afgesproken dat eind 2028 geen huurwoningen met een E-, F- of G-label meer "
       "bestaan. De transitievisie warmte van de gemeente wijst Heerse Veld aan als eerste wijk voor een warmtenet.",
    3: "Huurders moeten kunnen rekenen op een veilige, gezonde en goed onderhouden woning. Door de vergrijzing "
       "neemt de vraag naar geschikte woningen voor ouderen en mensen met een beperking in de komende jaren toe.",
    4: "De leefbaarheid staat vooral in Ransdonk-Noord en De Blokken onder druk. Het aantal kwetsbare huurders "
       "in de wijken groeit, onder meer door de uitstroom uit intramurale voorzieningen.",
    5: "De kaderafspraken 2024-2027 blijven van kracht; deze jaarschijf werkt ze uit voor het jaar {y}. "
       "Onderstaande afspraken gaan over de samenwerking tussen partijen.",
}

WIE = {
    "nieuwbouw-sociaal": "Woonbelang, Kempenwaard, gemeente", "huurverhoging": "Corporaties",
    "startersleningen": "Gemeente", "verkoop": "Kempenwaard", "liberalisatie": "Thuisvast",
    "vergunninghouders": "Corporaties, gemeente", "passend-toewijzen": "Corporaties",
    "wachttijd-starters": "Alle partijen", "doorstroming-senioren": "Woonbelang",
    "vroegsignalering": "Corporaties", "huisuitzettingen": "Alle partijen",
    "ontruiming-wijkteam": "Corporaties", "middenhuur": "Thuisvast, gemeente",
    "uitstroom-bw": "Corporaties, gemeente", "flexwonen": "Gemeente",
    "labels-efg": "Corporaties", "verduurzaming-woonbelang": "Woonbelang",
    "isolatie-kempenwaard": "Kempenwaard", "zonnepanelen": "Thuisvast",
    "energiecoaches": "Gemeente, corporaties", "warmtenet": "Woonbelang, gemeente",
    "klimaatadaptatie": "Corporaties", "circulair": "Kempenwaard", "biodiversiteit": "Corporaties",
    "vocht-schimmel": "Corporaties", "reparaties": "Corporaties", "levensloopbestendig": "Woonbelang, Thuisvast",
    "wmo-aanpassingen": "Alle partijen", "brandveiligheid": "Kempenwaard", "woonzorgcluster": "Thuisvast",
    "huurdersoordeel": "Corporaties", "leefbaarheidsbudget": "Corporaties", "wijkbeheer": "Woonbelang",
    "woonoverlast": "Gemeente, corporaties", "meldpunt": "Gemeente", "bewonersinitiatieven":
        "Huurdersorganisaties, corporaties", "buurtkamer": "Gemeente, Kempenwaard", "monitoring": "Alle partijen",
    "bod": "Corporaties", "ondersteuning-ho": "Corporaties", "evaluatie": "Alle partijen",
    "nieuwe-kaderafspraken": "Alle partijen",
}

THEMES = {
    "nieuwbouw-sociaal": [BB], "huurverhoging": [BB], "startersleningen": [BB], "verkoop": [BB],
    "liberalisatie": [BB], "vergunninghouders": [BB], "passend-toewijzen": [BB], "wachttijd-starters": [BB],
    "doorstroming-senioren": [BB], "vroegsignalering": [BB], "huisuitzettingen": [BB],
    "ontruiming-wijkteam": [BB, LB], "middenhuur": [BB], "uitstroom-bw": [BB, LB], "flexwonen": [BB],
    "labels-efg": [DK], "verduurzaming-woonbelang": [DK], "isolatie-kempenwaard": [DK], "zonnepanelen": [DK],
    "energiecoaches": [DK, BB], "warmtenet": [DK], "klimaatadaptatie": [DK], "circulair": [DK],
    "biodiversiteit": [DK], "vocht-schimmel": [KW], "reparaties": [KW], "levensloopbestendig": [KW],
    "wmo-aanpassingen": [KW], "brandveiligheid": [KW], "woonzorgcluster": [KW, BB], "huurdersoordeel": [KW],
    "leefbaarheidsbudget": [LB], "wijkbeheer": [LB], "woonoverlast": [LB], "meldpunt": [LB],
    "bewonersinitiatieven": [LB], "buurtkamer": [LB], "monitoring": [OV], "bod": [OV],
    "ondersteuning-ho": [OV], "evaluatie": [OV], "nieuwe-kaderafspraken": [OV],
}

C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> {year: (text, wanneer, frame)}
A = {}

A["nieuwbouw-sociaal"] = {
    2025: ("Woonbelang en Kempenwaard leveren in 2025 samen ten minste 140 sociale huurwoningen op, waarvan 60 in "
           "het plan De Vlasakker en de overige op inbreidingslocaties in Overheuvel en Luttelbroek. De gemeente "
           "draagt er zorg voor dat de benodigde omgevingsvergunningen tijdig worden verleend.", "2025",
           fr([C, G], "firm", [(140, "woningen", "min"), (60, "woningen", "exact")], (2025, "in 2025"))),
    2026: ("Woonbelang en Kempenwaard leveren in 2026 samen ten minste 110 sociale huurwoningen op, waarvan 45 in "
           "het plan De Vlasakker en de overige op inbreidingslocaties in Overheuvel en Luttelbroek. De gemeente "
           "draagt er zorg voor dat de benodigde omgevingsvergunningen tijdig worden verleend.", "2026",
           fr([C, G], "firm", [(110, "woningen", "min"), (45, "woningen", "exact")], (2026, "in 2026"))),
    2027: ("Woonbelang en Kempenwaard leveren in 2027 samen ten minste 150 sociale huurwoningen op, waarvan 70 in "
           "het plan De Vlasakker en de overige op inbreidingslocaties in Overheuvel en Luttelbroek. De gemeente "
           "draagt er zorg voor dat de benodigde omgevingsvergunningen tijdig worden verleend.", "2027",
           fr([C, G], "firm", [(150, "woningen", "min"), (70, "woningen", "exact")], (2027, "in 2027"))),
}

_hv = ("De corporaties houden de gemiddelde jaarlijkse huurverhoging per 1 juli {y} {c} en blijven daarmee "
       "binnen de huursomstijging die het Rijk toestaat. Huishoudens met een inkomen boven de "
       "middeninkomensgrens krijgen geen extra verhoging.")
A["huurverhoging"] = {
    2025: (_hv.format(y=2025, c="maximaal gelijk aan de inflatie"), "1 juli 2025",
           fr([C], "firm", [(0, "% boven inflatie", "max")], (2025, "per 1 juli 2025"), True)),
    2026: (_hv.format(y=2026, c="ten minste 0,5% onder de inflatie"), "1 juli 2026",
           fr([C], "firm", [(0.5, "% onder inflatie", "min")], (2026, "per 1 juli 2026"), True)),
    2027: (_hv.format(y=2027, c="ten minste 0,5% onder de inflatie"), "1 juli 2027",
           fr([C], "firm", [(0.5, "% onder inflatie", "min")], (2027, "per 1 juli 2027"), True)),
}

A["startersleningen"] = {
    2025: ("De gemeente stelt in 2025 een budget van € 500.000 beschikbaar voor startersleningen, zodat jongeren "
           "met een binding aan Ransdonk een betaalbare koopwoning in de eigen kern kunnen verwerven.", "2025",
           fr([G], "firm", [(500000, "euro", "exact")], (2025, "in 2025"))),
}

_vk = ("Kempenwaard verkoopt gedurende deze jaarschijf maximaal {n} sociale huurwoningen, uitsluitend bij mutatie "
       "en bij voorrang aan starters met een binding aan Ransdonk. De opbrengst wordt volledig ingezet voor "
       "nieuwbouw binnen de gemeente.")
A["verkoop"] = {
    2025: (_vk.format(n=15), "2025", fr([C], "firm", [(15, "woningen", "max")])),
    2026: (_vk.format(n=10), "2026", fr([C], "firm", [(10, "woningen", "max")])),
    2027: (_vk.format(n=10), "2027", fr([C], "firm", [(10, "woningen", "max")])),
}

_lib = ("Thuisvast liberaliseert geen sociale huurwoningen; woningen waarvan de huurprijs bij mutatie boven de "
        "liberalisatiegrens zou uitkomen, worden opnieuw als sociale huurwoning verhuurd.")
A["liberalisatie"] = {
    2025: (_lib, "doorlopend", fr([C], "firm", [(0, "woningen", "max")])),
    2026: (_lib, "doorlopend", fr([C], "firm", [(0, "woningen", "max")])),
    2027: ("Thuisvast liberaliseert bij mutatie maximaal 20 sociale huurwoningen per jaar in de duurdere "
           "segmenten van Heerse Veld; andere woningen waarvan de huurprijs bij mutatie boven de liberalisatiegrens "
           "zou uitkomen, worden opnieuw als sociale huurwoning verhuurd.", "doorlopend",
           fr([C], "firm", [(20, "woningen", "max")], None, True)),
}

_vh = ("De corporaties huisvesten samen het aantal vergunninghouders dat volgt uit de halfjaarlijkse taakstelling "
       "van het Rijk; voor de eerste helft van {y} bedraagt de taakstelling voor Ransdonk {n} personen. De gemeente "
       "zorgt voor tijdige maatschappelijke begeleiding na de sleuteloverdracht.")
A["vergunninghouders"] = {
    y: (_vh.format(y=y, n=n), "halfjaarlijks",
        fr([C, G], "firm", [(n, "personen", "exact")], (y, "eerste helft van %d" % y), True))
    for y, n in [(2025, 38), (2026, 44), (2027, 31)]
}

_pt = ("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe, waarbij per "
       "1 januari {y} voor een eenpersoonshuishouden de inkomensgrens van € {g} (prijspeil {y}) wordt gehanteerd.")
A["passend-toewijzen"] = {
    y: (_pt.format(y=y, g=g), "doorlopend",
        fr([C], "firm", [(95, "%", "min"), (gv, "euro", "exact")], (y, "per 1 januari %d" % y), True))
    for y, g, gv in [(2025, "47.699", 47699), (2026, "48.625", 48625), (2027, "49.580", 49580)]
}

_wt = ("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekende starters tot 28 jaar terug te "
       "brengen tot maximaal {n} jaar in 2027, onder meer door kleine woningen bij voorrang aan starters toe te "
       "wijzen.")
A["wachttijd-starters"] = {
    2025: (_wt.format(n="4"), "2027", fr([P], "intent", [(28, "jaar (leeftijd)", "max"), (4, "jaar", "max")], (2027, "in 2027"))),
    2026: (_wt.format(n="4"), "2027", fr([P], "intent", [(28, "jaar (leeftijd)", "max"), (4, "jaar", "max")], (2027, "in 2027"))),
    2027: (_wt.format(n="3,5"), "2027", fr([P], "intent", [(28, "jaar (leeftijd)", "max"), (3.5, "jaar", "max")], (2027, "in 2027"))),
}

_ds = ("Woonbelang voert per 1 april 2026 een verhuisregeling in voor senioren die een grote eengezinswoning "
       "achterlaten, met een verhuisvergoeding van € 2.500 en het behoud van de huidige kale huurprijs in de "
       "nieuwe woning.")
A["doorstroming-senioren"] = {
    2025: ("Woonbelang onderzoekt of een verhuisregeling voor senioren die een grote eengezinswoning achterlaten "
           "kan worden ingevoerd, met een verhuisvergoeding en het behoud van de huidige kale huurprijs in de "
           "nieuwe woning.", "Q4 2025", fr([C], "explore")),
    2026: (_ds, "1 april 2026", fr([C], "firm", [(2500, "euro", "exact")], (2026, "per 1 april 2026"))),
    2027: (_ds, "1 april 2026", fr([C], "firm", [(2500, "euro", "exact")], (2026, "per 1 april 2026"))),
}

_vs = ("De corporaties nemen persoonlijk contact op met huurders bij wie een huurachterstand van {m} is "
       "ontstaan en melden deze huishoudens, met hun toestemming, aan bij het team Vroegsignalering van de gemeente.")
A["vroegsignalering"] = {
    2025: (_vs.format(m="twee maanden"), "doorlopend", fr([C], "firm", [(2, "maanden", "exact")])),
    2026: (_vs.format(m="één maand"), "doorlopend", fr([C], "firm", [(1, "maanden", "exact")])),
    2027: ("Bij een huurachterstand van één maand neemt de corporatie persoonlijk contact op met de huurder; met "
           "diens toestemming wordt het huishouden aangemeld bij het team Vroegsignalering van de gemeente.",
           "doorlopend", fr([C], "firm", [(1, "maanden", "exact")])),
}

_hu = ("Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand in {y} te beperken tot ten "
       "hoogste {n} in de gehele gemeente.")
A["huisuitzettingen"] = {
    2025: (_hu.format(y=2025, n=5), "2025", fr([P], "intent", [(5, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    2026: (_hu.format(y=2026, n=8), "2026", fr([P], "intent", [(8, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
}

A["ontruiming-wijkteam"] = {
    2027: ("Een corporatie vraagt een ontruiming wegens huurachterstand pas aan nadat de casus in het wijkteam is "
           "besproken en de huurder ten minste twee keer een aanbod voor schuldhulpverlening heeft gekregen.",
           "doorlopend", fr([C], "firm", [(2, "keer", "min")])),
}

A["middenhuur"] = {
    2026: ("Thuisvast onderzoekt in 2026 de mogelijkheid om op de locatie Molenakker circa 30 middenhuurwoningen te "
           "realiseren, afhankelijk van de grondprijs die de gemeente daarvoor hanteert.", "Q4 2026",
           fr([C], "explore", [(30, "woningen", "approx")], (2026, "in 2026"), False,
              ["afhankelijk van de grondprijs die de gemeente daarvoor hanteert"])),
    2027: ("Thuisvast realiseert vóór eind 2028 circa 30 middenhuurwoningen op de locatie Molenakker; de gemeente "
           "levert de grond tegen de gereguleerde grondprijs voor middenhuur.", "eind 2028",
           fr([C, G], "firm", [(30, "woningen", "approx")], (2028, "vóór eind 2028"))),
}

_bw = ("De corporaties stellen jaarlijks samen 25 woningen beschikbaar voor woningzoekenden die uitstromen uit "
       "beschermd wonen of maatschappelijke opvang{m}. De gemeente zorgt voor passende begeleiding gedurende ten "
       "minste het eerste jaar na de verhuizing.")
_mits = "mits de gemeente per kandidaat een begeleidingsplan heeft vastgesteld"
A["uitstroom-bw"] = {
    2025: (_bw.format(m=""), "jaarlijks", fr([C, G], "firm", [(25, "woningen", "exact")], None, True)),
    2026: (_bw.format(m=", " + _mits), "jaarlijks", fr([C, G], "firm", [(25, "woningen", "exact")], None, True, [_mits])),
    2027: (_bw.format(m=""), "jaarlijks", fr([C, G], "firm", [(25, "woningen", "exact")], None, True)),
}

_fw = ("De gemeente wijst uiterlijk {d} twee locaties aan voor tijdelijke woningen voor spoedzoekers en legt deze "
       "vast in een wijziging van het omgevingsplan.")
A["flexwonen"] = {
    2025: (_fw.format(d="eind 2025"), "Q4 2025", fr([G], "firm", [(2, "locaties", "exact")], (2025, "uiterlijk eind 2025"))),
    2026: (_fw.format(d="medio 2026"), "Q2 2026", fr([G], "firm", [(2, "locaties", "exact")], (2026, "uiterlijk medio 2026"))),
}

A["labels-efg"] = {
    2025: ("De corporaties hebben eind 2028 geen woningen met energielabel E, F of G meer in bezit. Eind 2025 "
           "resteren er binnen de gemeente ten hoogste 180 van deze woningen.", "eind 2028",
           fr([C], "firm", [(180, "woningen", "max")], (2028, "eind 2028"))),
    2026: ("De corporaties hebben eind 2028 geen woningen met energielabel E, F of G meer in bezit. De resterende "
           "95 woningen met een E-, F- of G-label worden in 2026 en 2027 aangepakt.", "eind 2028",
           fr([C], "firm", [(95, "woningen", "exact")], (2028, "eind 2028"))),
    2027: ("De corporaties hebben eind 2027 geen woningen met energielabel E, F of G meer in bezit. De laatste 40 "
           "woningen met een E-, F- of G-label worden in 2027 aangepakt.", "eind 2027",
           fr([C], "firm", [(40, "woningen", "exact")], (2027, "eind 2027"))),
}

_vw = ("Woonbelang verduurzaamt in {y} in totaal {n} woningen naar ten minste energielabel {l}, met als "
       "uitgangspunt dat de woonlasten van de zittende huurders per saldo niet stijgen.")
A["verduurzaming-woonbelang"] = {
    y: (_vw.format(y=y, n=n, l=l), str(y),
        fr([C], "firm", [(n, "woningen", "exact"), (l, "label", "min")], (y, "in %d" % y), True))
    for y, n, l in [(2025, 280, "B"), (2026, 240, "C"), (2027, 240, "C")]
}

A["isolatie-kempenwaard"] = {
    2025: ("Kempenwaard isoleert in 2025 alle complexen met een bouwjaar vóór 1975 (circa 310 woningen) aan dak, "
           "gevel en vloer en vervangt daarbij enkel glas door HR++-glas.", "2025",
           fr([C], "firm", [(310, "woningen", "approx")], (2025, "in 2025"))),
    2026: ("Kempenwaard isoleert in 2026 bij wijze van pilot twee complexen met een bouwjaar vóór 1975 in "
           "Ransdonk-Noord (circa 96 woningen) aan dak, gevel en vloer en vervangt daarbij enkel glas door "
           "HR++-glas.", "2026", fr([C], "firm", [(2, "complexen", "exact"), (96, "woningen", "approx")], (2026, "in 2026"))),
    2027: ("Kempenwaard isoleert in 2027 alle resterende complexen met een bouwjaar vóór 1975 in Ransdonk-Noord en "
           "Heerse Veld (circa 214 woningen) aan dak, gevel en vloer en vervangt daarbij enkel glas door HR++-glas.",
           "2027", fr([C], "firm", [(214, "woningen", "approx")], (2027, "in 2027"))),
}

_zp = ("Thuisvast biedt alle huurders van een eengezinswoning met een geschikt dak zonnepanelen aan tegen een "
       "maandelijkse vergoeding van ten hoogste € 12. Bij plaatsing stijgt de kale huur niet.")
A["zonnepanelen"] = {y: (_zp, "doorlopend", fr([C], "firm", [(12, "euro", "max")])) for y in YEARS}

_ec = ("De gemeente zet in {y} energiecoaches in die ten minste {n} huishoudens met een laag inkomen bezoeken; "
       "de corporaties leveren daarvoor adressen aan van woningen met een ongunstig energielabel.")
A["energiecoaches"] = {
    y: (_ec.format(y=y, n=n), str(y), fr([G, C], "firm", [(n, "huishoudens", "min")], (y, "in %d" % y), True))
    for y, n in [(2025, 300), (2026, 300), (2027, 400)]
}

A["warmtenet"] = {
    2025: ("Partijen gaan in gesprek over de aansluiting van de circa 220 woningen van Woonbelang in Heerse Veld op "
           "het toekomstige warmtenet, in lijn met de transitievisie warmte van de gemeente.", "2025",
           fr([P], "discuss", [(220, "woningen", "approx")])),
    2026: ("Woonbelang zegt toe de circa 220 woningen in Heerse Veld vóór eind 2027 aan te sluiten op het "
           "warmtenet, in lijn met de transitievisie warmte van de gemeente. De gemeente neemt de regie over de "
           "aanleg van het net.", "eind 2027",
           fr([C, G], "firm", [(220, "woningen", "approx")], (2027, "vóór eind 2027"))),
    2027: ("Woonbelang zet zich in om de circa 220 woningen in Heerse Veld vóór eind 2028 aan te sluiten op het "
           "warmtenet, in lijn met de transitievisie warmte van de gemeente. De gemeente neemt de regie over de "
           "aanleg van het net.", "eind 2028",
           fr([C, G], "intent", [(220, "woningen", "approx")], (2028, "vóór eind 2028"))),
}

_ka = ("Bij groot onderhoud en renovatie koppelen de corporaties waar mogelijk het regenwater af van het riool en "
       "worden verharde tuinen in overleg met de huurders vergroend.")
A["klimaatadaptatie"] = {
    2025: (_ka, "doorlopend", fr([C], "firm", cond=["waar mogelijk"])),
    2026: (_ka, "doorlopend", fr([C], "firm", cond=["waar mogelijk"])),
    2027: ("Waar de technische situatie dat toelaat, wordt bij elk project voor groot onderhoud of renovatie het "
           "hemelwater afgekoppeld van het gemengde riool. Verharde voor- en achtertuinen worden daarbij, na overleg "
           "met de betrokken huurders, zo veel mogelijk omgevormd tot groen.", "doorlopend",
           fr([C], "firm", cond=["Waar de technische situatie dat toelaat"])),
}

A["circulair"] = {
    2025: ("Kempenwaard past bij ten minste één nieuwbouwproject in 2025 circulaire bouwprincipes toe, zoals "
           "demontabele gevelelementen en het hergebruik van materialen uit sloop.", "2025",
           fr([C], "firm", [(1, "nieuwbouwproject", "min")], (2025, "in 2025"))),
}

_bd = ("Bij het na-isoleren van gevels plaatsen de corporaties standaard inbouwnestkasten voor gierzwaluwen en "
       "huismussen en verblijfplaatsen voor vleermuizen, conform de natuurinclusieve richtlijn van de gemeente.")
A["biodiversiteit"] = {y: (_bd, "doorlopend", fr([C], "firm")) for y in (2026, 2027)}

_vo = ("Bij elke melding van vocht of schimmel voeren de corporaties binnen {n} werkdagen een inspectie in de "
       "woning uit en stellen zij in overleg met de huurder een plan van aanpak op.")
A["vocht-schimmel"] = {
    2025: (_vo.format(n="tien"), "doorlopend", fr([C], "firm", [(10, "werkdagen", "max")])),
    2026: (_vo.format(n="vijf"), "doorlopend", fr([C], "firm", [(5, "werkdagen", "max")])),
    2027: (_vo.format(n="vijf"), "doorlopend", fr([C], "firm", [(5, "werkdagen", "max")])),
}

_rp = "Reparatieverzoeken zonder spoedeisend karakter worden door de corporaties binnen {n} werkdagen na de melding uitgevoerd."
A["reparaties"] = {
    2025: (_rp.format(n=15), "doorlopend", fr([C], "firm", [(15, "werkdagen", "max")])),
    2026: (_rp.format(n=20), "doorlopend", fr([C], "firm", [(20, "werkdagen", "max")])),
    2027: (_rp.format(n=20), "doorlopend", fr([C], "firm", [(20, "werkdagen", "max")])),
}

_lv = ("Woonbelang en Thuisvast maken in {y} samen {n} bestaande woningen levensloopbestendig door onder meer "
       "drempels te verwijderen en badkamers aan te passen.")
A["levensloopbestendig"] = {
    y: (_lv.format(y=y, n=n), str(y), fr([C], "firm", [(n, "woningen", "exact")], (y, "in %d" % y), True))
    for y, n in [(2025, 60), (2026, 60), (2027, 45)]
}

_wm = ("de verdeling van de kosten van woningaanpassingen die via de Wmo worden aangevraagd, zodat huurders niet "
       "langer dan nodig op een aanpassing wachten.")
A["wmo-aanpassingen"] = {
    2025: ("Partijen maken in 2025 afspraken over " + _wm, "2025", fr([P], "firm", dl=(2025, "in 2025"))),
    2026: ("Partijen maken vóór 1 april 2026 afspraken over " + _wm, "1 april 2026",
           fr([P], "firm", dl=(2026, "vóór 1 april 2026"))),
    2027: ("Partijen werken volgens de gemaakte afspraken over " + _wm, "doorlopend", fr([P], "firm")),
}

A["brandveiligheid"] = {
    2025: ("Kempenwaard voert in 2025 in alle seniorencomplexen een brandveiligheidscheck uit en plaatst waar nodig "
           "onderling gekoppelde rookmelders.", "2025", fr([C], "firm", dl=(2025, "in 2025"), cond=["waar nodig"])),
}

A["woonzorgcluster"] = {
    2026: ("Thuisvast verkent samen met zorgaanbieder De Linde en de gemeente de ontwikkeling van een "
           "woonzorgcluster voor ouderen met een lichte zorgvraag in de kern Luttelbroek.", "2026",
           fr([C], "explore")),
    2027: ("Thuisvast verkent met zorgaanbieder De Linde en de gemeente of in de kern Luttelbroek een "
           "woonzorgcluster voor ouderen met een lichte zorgvraag kan worden ontwikkeld, met een gemeenschappelijke "
           "ruimte voor ontmoeting.", "2027", fr([C], "explore")),
}

_ho = ("De corporaties streven naar een gemiddeld huurdersoordeel over de afhandeling van reparaties van ten minste "
       "7,5 en bespreken de uitkomsten van het onderzoek jaarlijks met hun huurdersorganisatie.")
A["huurdersoordeel"] = {y: (_ho, "jaarlijks", fr([C], "intent", [(7.5, "rapportcijfer", "min")])) for y in YEARS}

_lf = ("De corporaties zetten in {y} samen ten minste € {b} in voor leefbaarheid in de buurten, binnen de "
       "wettelijke ruimte per woning, en verantwoorden de besteding per wijk.")
A["leefbaarheidsbudget"] = {
    y: (_lf.format(y=y, b=b), str(y), fr([C], "firm", [(bv, "euro", "min")], (y, "in %d" % y), True))
    for y, b, bv in [(2025, "135.000", 135000), (2026, "110.000", 110000), (2027, "110.000", 110000)]
}

_wb = ("Woonbelang zet in Ransdonk-Noord en in De Blokken elk een wijkbeheerder in die ten minste 24 uur per week "
       "in de buurt aanwezig is.")
A["wijkbeheer"] = {
    2025: (_wb, "doorlopend", fr([C], "firm", [(24, "uur per week", "min")])),
    2026: (_wb, "doorlopend", fr([C], "firm", [(24, "uur per week", "min")])),
    2027: ("Woonbelang zet in Ransdonk-Noord een wijkbeheerder in die ten minste 24 uur per week in de buurt "
           "aanwezig is.", "doorlopend", fr([C], "firm", [(24, "uur per week", "min")])),
}

_wo2 = ("Ernstige woonoverlast wordt gezamenlijk aangepakt: gemeente, corporaties en politie handelen meldingen af "
        "op basis van het convenant Woonoverlast Ransdonk. Eenmaal per maand worden de lopende casussen besproken in "
        "het casusoverleg, waarbij ook de wijkagent en het wijkteam aanschuiven.")
A["woonoverlast"] = {
    2025: ("De gemeente, de corporaties en de politie werken bij ernstige woonoverlast samen volgens het convenant "
           "Woonoverlast Ransdonk en komen daartoe maandelijks bijeen in het casusoverleg.", "maandelijks",
           fr([G, C, "other"], "firm", [(1, "keer per maand", "exact")])),
    2026: (_wo2, "maandelijks", fr([G, C, "other"], "firm", [(1, "keer per maand", "exact")])),
    2027: (_wo2, "maandelijks", fr([G, C, "other"], "firm", [(1, "keer per maand", "exact")])),
}

A["meldpunt"] = {
    2025: ("De gemeente richt in 2025 samen met de corporaties een meldpunt Zorg en Overlast in, waar buren, "
           "wijkbeheerders en huismeesters zorgen over kwetsbare bewoners kunnen melden.", "2025",
           fr([G, C], "firm", dl=(2025, "in 2025"))),
    2026: ("De gemeente onderzoekt in 2026 samen met de corporaties of een meldpunt Zorg en Overlast kan worden "
           "ingericht, waar buren, wijkbeheerders en huismeesters zorgen over kwetsbare bewoners kunnen melden.",
           "2026", fr([G, C], "explore", dl=(2026, "in 2026"))),
}

A["bewonersinitiatieven"] = {
    2025: ("De huurdersorganisaties stimuleren bewonersinitiatieven in de complexen en worden daarbij door de "
           "corporaties ondersteund met een eenvoudig aanvraagloket en een bijdrage van maximaal € 1.000 per "
           "initiatief.", "doorlopend", fr([H, C], "firm", [(1000, "euro", "max")])),
    2026: ("De corporaties ondersteunen bewonersinitiatieven in de complexen met een eenvoudig aanvraagloket en een "
           "bijdrage van maximaal € 1.000 per initiatief; de huurdersorganisaties brengen de mogelijkheden onder de "
           "aandacht van hun achterban.", "doorlopend", fr([C, H], "firm", [(1000, "euro", "max")])),
}
A["bewonersinitiatieven"][2027] = A["bewonersinitiatieven"][2026]

A["buurtkamer"] = {
    2027: ("De gemeente en Kempenwaard openen in 2027 in de voormalige bibliotheek van Overheuvel een buurtkamer, "
           "die ten minste vier dagdelen per week toegankelijk is voor ontmoeting en activiteiten tegen eenzaamheid.",
           "Q3 2027", fr([G, C], "firm", [(4, "dagdelen per week", "min")], (2027, "in 2027"))),
}

_mo = ("Partijen monitoren de voortgang van deze afspraken {f}, aan de hand van een gezamenlijke "
       "voortgangsrapportage die door de gemeente wordt opgesteld.")
A["monitoring"] = {
    2025: (_mo.format(f="twee keer per jaar, in het voorjaar en in het najaar"), "mei en november",
           fr([P, G], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2026: (_mo.format(f="twee keer per jaar, in het voorjaar en in het najaar"), "mei en november",
           fr([P, G], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2027: (_mo.format(f="drie keer per jaar, in maart, juni en november"), "maart, juni, november",
           fr([P, G], "firm", [(3, "keer per jaar", "exact")], None, True)),
}

_bod = ("De corporaties brengen vóór 1 juli {y} hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en "
        "aan hun huurdersorganisatie, als basis voor {b}.")
A["bod"] = {
    y: (_bod.format(y=y, b=b), "1 juli %d" % y, fr([C], "firm", dl=(y, "vóór 1 juli %d" % y), rec=True))
    for y, b in [(2025, "de jaarschijf 2026"), (2026, "de jaarschijf 2027"), (2027, "de prestatieafspraken 2028")]
}

_oh = ("Elke corporatie stelt haar huurdersorganisatie jaarlijks een werkbudget beschikbaar dat toereikend is voor "
       "scholing, onafhankelijk advies en het raadplegen van de achterban, conform de Wet op het overleg huurders "
       "verhuurder.")
A["ondersteuning-ho"] = {y: (_oh, "jaarlijks", fr([C], "firm", rec=True)) for y in YEARS}

A["evaluatie"] = {
    2026: ("Partijen evalueren in het najaar van 2026 de werking van de kaderafspraken 2024-2027 en betrekken de "
           "uitkomsten bij de voorbereiding van de volgende prestatieafspraken.", "Q4 2026",
           fr([P], "firm", dl=(2026, "in het najaar van 2026"))),
}

A["nieuwe-kaderafspraken"] = {
    2027: ("Partijen starten uiterlijk in april 2027 het gezamenlijke traject voor nieuwe meerjarige "
           "prestatieafspraken voor de periode 2028-2031, met de geactualiseerde woonvisie als vertrekpunt.",
           "april 2027", fr([P], "firm", dl=(2027, "uiterlijk in april 2027"))),
}

# reading order per year: chapter -> keys
ORDER = {
    2025: {1: ["nieuwbouw-sociaal", "huurverhoging", "startersleningen", "verkoop", "liberalisatie",
               "vergunninghouders", "passend-toewijzen", "wachttijd-starters", "doorstroming-senioren",
               "vroegsignalering", "huisuitzettingen", "uitstroom-bw", "flexwonen"],
           2: ["labels-efg", "verduurzaming-woonbelang", "isolatie-kempenwaard", "zonnepanelen", "energiecoaches",
               "warmtenet", "klimaatadaptatie", "circulair"],
           3: ["vocht-schimmel", "reparaties", "levensloopbestendig", "wmo-aanpassingen", "brandveiligheid",
               "huurdersoordeel"],
           4: ["leefbaarheidsbudget", "wijkbeheer", "woonoverlast", "meldpunt", "bewonersinitiatieven"],
           5: ["monitoring", "bod", "ondersteuning-ho"]},
    2026: {1: ["nieuwbouw-sociaal", "middenhuur", "huurverhoging", "verkoop", "liberalisatie",
               "vergunninghouders", "passend-toewijzen", "wachttijd-starters", "doorstroming-senioren",
               "vroegsignalering", "huisuitzettingen", "uitstroom-bw", "flexwonen"],
           2: ["labels-efg", "verduurzaming-woonbelang", "isolatie-kempenwaard", "zonnepanelen", "energiecoaches",
               "warmtenet", "klimaatadaptatie", "biodiversiteit"],
           3: ["vocht-schimmel", "reparaties", "levensloopbestendig", "wmo-aanpassingen", "woonzorgcluster",
               "huurdersoordeel"],
           4: ["leefbaarheidsbudget", "wijkbeheer", "woonoverlast", "meldpunt", "bewonersinitiatieven"],
           5: ["monitoring", "bod", "ondersteuning-ho", "evaluatie"]},
    2027: {1: ["nieuwbouw-sociaal", "middenhuur", "vergunninghouders", "passend-toewijzen", "wachttijd-starters",
               "doorstroming-senioren", "uitstroom-bw", "verkoop", "liberalisatie", "huurverhoging",
               "vroegsignalering", "ontruiming-wijkteam", "energiecoaches"],
           2: ["labels-efg", "verduurzaming-woonbelang", "isolatie-kempenwaard", "warmtenet", "zonnepanelen",
               "klimaatadaptatie", "biodiversiteit"],
           3: ["levensloopbestendig", "woonzorgcluster", "wmo-aanpassingen", "vocht-schimmel", "reparaties",
               "huurdersoordeel"],
           4: ["leefbaarheidsbudget", "wijkbeheer", "woonoverlast", "bewonersinitiatieven", "buurtkamer"],
           5: ["monitoring", "bod", "ondersteuning-ho", "nieuwe-kaderafspraken"]},
}

# "t.o.v. 2024" column of the first jaarschijf
W2025 = {"startersleningen": "nieuw", "doorstroming-senioren": "nieuw", "meldpunt": "nieuw", "brandveiligheid": "nieuw",
         "circulair": "nieuw", "nieuwbouw-sociaal": "gewijzigd", "huurverhoging": "gewijzigd",
         "vergunninghouders": "gewijzigd", "passend-toewijzen": "gewijzigd", "verduurzaming-woonbelang": "gewijzigd",
         "leefbaarheidsbudget": "gewijzigd", "bod": "gewijzigd", "labels-efg": "gewijzigd"}

# links: key -> (status, kinds, hard_negative); new / dropped are derived
LINKS = {
    (2025, 2026): {
        "nieuwbouw-sociaal": ("weakened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "liberalisatie": ("unchanged", [], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "wachttijd-starters": ("unchanged", [], None),
        "doorstroming-senioren": ("strengthened", ["modality"], None),
        "vroegsignalering": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("weakened", ["quantity"], None),
        "uitstroom-bw": ("weakened", ["condition"], None),
        "flexwonen": ("weakened", ["deadline"], None),
        "labels-efg": ("reworded", [], "progress"),
        "verduurzaming-woonbelang": ("weakened", ["quantity", "label"], None),
        "isolatie-kempenwaard": ("weakened", ["scope"], None),
        "zonnepanelen": ("unchanged", [], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "warmtenet": ("strengthened", ["modality"], None),
        "klimaatadaptatie": ("unchanged", [], None),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "reparaties": ("weakened", ["quantity"], None),
        "levensloopbestendig": ("reworded", [], "recurring_year"),
        "wmo-aanpassingen": ("weakened", ["deadline"], None),
        "huurdersoordeel": ("unchanged", [], None),
        "leefbaarheidsbudget": ("weakened", ["quantity"], None),
        "wijkbeheer": ("unchanged", [], None),
        "woonoverlast": ("reworded", [], None),
        "meldpunt": ("weakened", ["modality", "deadline"], None),
        "bewonersinitiatieven": ("reworded", [], "same_figures"),
        "monitoring": ("unchanged", [], None),
        "bod": ("reworded", [], "recurring_year"),
        "ondersteuning-ho": ("unchanged", [], None),
    },
    (2026, 2027): {
        "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
        "middenhuur": ("strengthened", ["modality", "condition"], None),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "verkoop": ("unchanged", [], None),
        "liberalisatie": ("weakened", ["quantity"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "wachttijd-starters": ("strengthened", ["quantity"], None),
        "doorstroming-senioren": ("unchanged", [], None),
        "vroegsignalering": ("reworded", [], "same_figures"),
        "uitstroom-bw": ("strengthened", ["condition"], None),
        "labels-efg": ("strengthened", ["deadline"], None),
        "verduurzaming-woonbelang": ("reworded", [], "recurring_year"),
        "isolatie-kempenwaard": ("strengthened", ["scope"], None),
        "zonnepanelen": ("unchanged", [], None),
        "energiecoaches": ("strengthened", ["quantity"], None),
        "warmtenet": ("weakened", ["modality", "deadline"], None),
        "klimaatadaptatie": ("reworded", [], None),
        "biodiversiteit": ("unchanged", [], None),
        "vocht-schimmel": ("unchanged", [], None),
        "reparaties": ("unchanged", [], None),
        "levensloopbestendig": ("weakened", ["quantity"], None),
        "wmo-aanpassingen": ("strengthened", ["modality"], None),
        "woonzorgcluster": ("reworded", [], None),
        "huurdersoordeel": ("unchanged", [], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "wijkbeheer": ("weakened", ["scope"], None),
        "woonoverlast": ("unchanged", [], None),
        "bewonersinitiatieven": ("unchanged", [], None),
        "monitoring": ("strengthened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
        "ondersteuning-ho": ("unchanged", [], None),
    },
}

# lapsed afspraken listed (as context) in each jaarschijf: (old number, description)
VERVALLEN_2025 = [
    ("1.07", "Opstellen van een regionale urgentieregeling (gemeente): vervalt; de regeling is per 1 juli 2024 "
             "in werking getreden."),
    ("2.05", "Pilot met hybride warmtepompen in 40 woningen in Luttelbroek (Thuisvast): vervalt; de pilot is in "
             "2024 afgerond en geëvalueerd."),
    ("4.04", "Inventarisatie van verwaarloosde groenstroken rond de flats aan de Peelstraat (gemeente): vervalt; "
             "het onderhoud is overgedragen aan de buitendienst."),
]
VERVALLEN_REASON = {
    "startersleningen": "de regeling is per 1 januari 2026 opgenomen in de regionale aanpak van de woondeal",
    "circulair": "uitgevoerd bij fase 1 van De Vlasakker",
    "brandveiligheid": "de check is in alle seniorencomplexen uitgevoerd",
    "huisuitzettingen": "vervangen door een werkafspraak over ontruimingen (zie hoofdstuk 1)",
    "flexwonen": "de locaties Beekweide en Stationsstrook zijn in juni 2026 aangewezen",
    "meldpunt": "het onderzoek wees uit dat het bestaande wijkteam deze functie vervult",
    "evaluatie": "de evaluatie is in november 2026 afgerond; de uitkomsten staan in de inleiding",
}
SHORT = {
    "startersleningen": "Budget voor startersleningen (gemeente)",
    "circulair": "Circulaire bouwprincipes bij één nieuwbouwproject (Kempenwaard)",
    "brandveiligheid": "Brandveiligheidscheck seniorencomplexen (Kempenwaard)",
    "huisuitzettingen": "Maximum aantal huisuitzettingen wegens huurachterstand (alle partijen)",
    "flexwonen": "Aanwijzen van twee locaties voor flexwonen (gemeente)",
    "meldpunt": "Meldpunt Zorg en Overlast (gemeente)",
    "evaluatie": "Evaluatie van de kaderafspraken 2024-2027 (alle partijen)",
}

SIGN_DATE = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}
SIGNERS = [
    ("Gemeente Ransdonk", "J.M. van Wetering", "wethouder Wonen en Ruimte"),
    ("Stichting Woonbelang Ransdonk", "drs. P.A. Heijmerink", "directeur-bestuurder"),
    ("Woningstichting Kempenwaard", "ir. S. Olthof", "bestuurder"),
    ("Stichting Thuisvast Wonen", "M. de Vries-Karaca", "directeur-bestuurder"),
    ("Huurdersvereniging Ransdonk Samen", "H. Brouwers", "voorzitter"),
    ("Huurdersraad Kempenwaard", "A. Timmermans", "voorzitter"),
    ("Bewonersraad Thuisvast", "G. Pieterse", "secretaris"),
]

# terugblik (past tense, figures) on the previous year, and kerncijfers
TERUGBLIK = {
    2025: [
        "In 2024 zijn in Ransdonk 118 sociale huurwoningen opgeleverd, 22 minder dan gepland, doordat de bouw van "
        "fase 1 van De Vlasakker door stikstofprocedures later startte. Woonbelang verkocht 9 woningen en Kempenwaard "
        "12; Thuisvast verkocht er geen.",
        "Het aantal woningen met een E-, F- of G-label daalde van 412 naar 266. De gemiddelde inschrijfduur van "
        "starters liep op tot 4,6 jaar. Er vonden in 2024 zes huisuitzettingen wegens huurachterstand plaats.",
    ],
    2026: [
        "In 2025 zijn 131 sociale huurwoningen opgeleverd, waarvan 58 in De Vlasakker. De gemiddelde huurverhoging "
        "per 1 juli 2025 bedroeg 4,1%. Kempenwaard verkocht 14 woningen bij mutatie.",
        "Het aantal woningen met een E-, F- of G-label nam af tot 95. De energiecoaches bezochten 342 huishoudens. "
        "Het meldpunt Zorg en Overlast kwam niet van de grond, omdat de financiering vanuit het sociaal domein "
        "ontbrak. Er vonden vier huisuitzettingen plaats.",
    ],
    2027: [
        "In 2026 zijn 104 sociale huurwoningen opgeleverd. De evaluatie van de kaderafspraken, afgerond in november "
        "2026, liet zien dat partijen de samenwerking als constructief ervaren, maar dat de monitoring te weinig "
        "zicht gaf op de voortgang gedurende het jaar.",
        "Eind 2026 hadden nog 40 woningen een E-, F- of G-label. De inschrijfduur van starters daalde naar 4,1 jaar. "
        "Het aantal huisuitzettingen bleef met zeven boven de ambitie.",
    ],
}
KERN = {
    2025: [("Sociale huurwoningen (1 januari 2025)", "4.812", "3.260", "1.947"),
           ("Opgeleverde nieuwbouw 2024", "71", "47", "0"),
           ("Woningen met label E, F of G", "138", "102", "26"),
           ("Huurders met achterstand > 2 maanden", "61", "44", "19")],
    2026: [("Sociale huurwoningen (1 januari 2026)", "4.861", "3.284", "1.951"),
           ("Opgeleverde nieuwbouw 2025", "78", "53", "0"),
           ("Woningen met label E, F of G", "51", "36", "8"),
           ("Huurders met achterstand > 2 maanden", "55", "40", "17")],
    2027: [("Sociale huurwoningen (1 januari 2027)", "4.902", "3.310", "1.948"),
           ("Opgeleverde nieuwbouw 2026", "60", "44", "0"),
           ("Woningen met label E, F of G", "22", "18", "0"),
           ("Huurders met achterstand > 2 maanden", "49", "37", "15")],
}
