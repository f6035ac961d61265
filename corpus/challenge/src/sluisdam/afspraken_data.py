# -*- coding: utf-8 -*-
"""Afspraken of the fictional Sluisdam series (prestatieafspraken 2023, 2024, 2025).

Every afspraak has a stable key, its theme(s) and one version per year in which it
appears: (text, frame).  The texts are printed verbatim in the PDFs.
"""

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def Q(value, unit, comparator, value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    return {
        "actors": list(actors),
        "modality": modality,
        "quantities": list(q),
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


AFS = {}


def add(key, themes, versions):
    AFS[key] = {"themes": themes, "v": versions}


# ---------------------------------------------------------------- beschikbaarheid
_nb = ("Woonstichting Lindewaard realiseert in de periode {per} ten minste {n} nieuwe sociale huurwoningen in "
       "Sluisdam, waarvan 64 woningen in het plan Spuiterrein{extra}; de overige woningen worden gebouwd op "
       "locaties die in overleg met de gemeente worden aangewezen.")
_nb_x1 = " en 52 woningen in de tweede fase van de Molenakker"
_nb_x2 = (", 52 woningen in de tweede fase van de Molenakker en 30 woningen door transformatie van het "
          "voormalige kantoorpand aan de Havenstraat")
add("nieuwbouw-lindewaard", [B], {
    2023: (_nb.format(per="2023-2026", n=180, extra=_nb_x1),
           F(["corporatie"], "firm", [Q(180, "woningen", "min"), Q(64, "woningen", "exact"), Q(52, "woningen", "exact")],
             (2026, "in de periode 2023-2026"))),
    2024: (_nb.format(per="2023-2026", n=210, extra=_nb_x2),
           F(["corporatie"], "firm", [Q(210, "woningen", "min"), Q(64, "woningen", "exact"), Q(52, "woningen", "exact"),
                                      Q(30, "woningen", "exact")], (2026, "in de periode 2023-2026"))),
    2025: (_nb.format(per="2023-2027", n=190, extra=_nb_x2),
           F(["corporatie"], "firm", [Q(190, "woningen", "min"), Q(64, "woningen", "exact"), Q(52, "woningen", "exact"),
                                      Q(30, "woningen", "exact")], (2027, "in de periode 2023-2027"))),
})

add("nieuwbouw-kerkeiland", [B], {
    2023: ("Stichting Wonen Oeverland zet zich in voor de bouw van 40 levensloopbestendige sociale huurwoningen in "
           "het project Kerkeiland, onder voorbehoud van een onherroepelijke omgevingsvergunning en een sluitende "
           "businesscase.",
           F(["corporatie"], "intent", [Q(40, "woningen", "exact")], None, False,
             ["onder voorbehoud van een onherroepelijke omgevingsvergunning en een sluitende businesscase"])),
    2024: ("Stichting Wonen Oeverland bouwt 40 levensloopbestendige sociale huurwoningen in het project Kerkeiland; "
           "de oplevering vindt gefaseerd plaats en is uiterlijk in het vierde kwartaal van 2025 afgerond.",
           F(["corporatie"], "firm", [Q(40, "woningen", "exact")], (2025, "uiterlijk in het vierde kwartaal van 2025"))),
    2025: ("Stichting Wonen Oeverland levert de resterende 16 levensloopbestendige sociale huurwoningen in het project "
           "Kerkeiland op, zodat de oplevering van het project uiterlijk in het vierde kwartaal van 2025 is afgerond.",
           F(["corporatie"], "firm", [Q(16, "woningen", "exact")], (2025, "uiterlijk in het vierde kwartaal van 2025"))),
})

_gp = ("De gemeente hanteert voor grond die bestemd is voor sociale huurwoningen een vaste grondprijs van "
       "€ {bedrag} per woning (prijspeil {jaar}) en indexeert dit bedrag jaarlijks op basis van de bouwkostenindex{mits}.")
add("grondprijs-sociaal", [B], {
    2023: (_gp.format(bedrag="23.500", jaar=2023, mits=""), F(["gemeente"], "firm", [Q(23500, "euro", "exact")])),
    2024: (_gp.format(bedrag="24.350", jaar=2024, mits=""), F(["gemeente"], "firm", [Q(24350, "euro", "exact")])),
    2025: (_gp.format(bedrag="25.100", jaar=2025,
                      mits=", mits de corporatie de woningen ten minste 25 jaar als sociale huurwoning verhuurt"),
           F(["gemeente"], "firm", [Q(25100, "euro", "exact"), Q(25, "jaar", "min")], None, False,
             ["mits de corporatie de woningen ten minste 25 jaar als sociale huurwoning verhuurt"])),
})

_fw = ("Op de locatie Hoge Weide worden door Lindewaard 30 flexwoningen geplaatst voor spoedzoekers, starters en "
       "vergunninghouders, met een oplevering uiterlijk in het {kw} kwartaal van {j}; de gemeente verleent hiervoor "
       "een tijdelijke omgevingsvergunning voor een periode van 15 jaar.")
add("flexwonen-hogeweide", [B], {
    2023: ("Partijen verkennen in 2023 gezamenlijk of op de tijdelijk vrijliggende locatie Hoge Weide flexwoningen "
           "kunnen worden geplaatst voor spoedzoekers, starters en vergunninghouders.",
           F(["partijen"], "explore", [], (2023, "in 2023"))),
    2024: (_fw.format(kw="derde", j=2024),
           F(["corporatie", "gemeente"], "firm", [Q(30, "woningen", "exact"), Q(15, "jaar", "exact")],
             (2024, "uiterlijk in het derde kwartaal van 2024"))),
    2025: (_fw.format(kw="eerste", j=2025),
           F(["corporatie", "gemeente"], "firm", [Q(30, "woningen", "exact"), Q(15, "jaar", "exact")],
             (2025, "uiterlijk in het eerste kwartaal van 2025"))),
})

_vk = ("Lindewaard verkoopt in {j} maximaal {n} vrijkomende eengezinswoningen, bij voorkeur aan zittende huurders en "
       "aan starters met een binding aan Sluisdam; de opbrengst wordt volledig ingezet voor nieuwbouw en "
       "verduurzaming in de gemeente.")
add("verkoop-lindewaard", [B], {
    j: (_vk.format(j=j, n=n), F(["corporatie"], "firm", [Q(n, "woningen", "max")], (j, f"in {j}"), True))
    for j, n in ((2023, 15), (2024, 20), (2025, 20))
})

_lb = ("Oeverland liberaliseert in {j} bij mutatie maximaal 5 sociale huurwoningen, uitsluitend in complexen waarin "
       "het aandeel sociale huur hoger is dan 80 procent.")
add("liberalisatie-oeverland", [B], {
    2023: (_lb.format(j=2023), F(["corporatie"], "firm", [Q(5, "woningen", "max"), Q(80, "%", "min")], (2023, "in 2023"), True)),
    2024: (_lb.format(j=2024), F(["corporatie"], "firm", [Q(5, "woningen", "max"), Q(80, "%", "min")], (2024, "in 2024"), True)),
    2025: ("Oeverland liberaliseert in 2025 geen sociale huurwoningen; vrijkomende woningen blijven beschikbaar voor "
           "de primaire doelgroep.",
           F(["corporatie"], "firm", [Q(0, "woningen", "max")], (2025, "in 2025"), True)),
})

_kv = ("Partijen streven ernaar de omvang van de sociale huurvoorraad in Sluisdam gedurende de looptijd van deze "
       "afspraken ten minste op het niveau van 8.050 woningen te houden.")
add("kernvoorraad", [B], {
    2023: (_kv, F(["partijen"], "intent", [Q(8050, "woningen", "min")])),
    2024: (_kv, F(["partijen"], "intent", [Q(8050, "woningen", "min")])),
    2025: ("Het streven van partijen is dat Sluisdam gedurende de looptijd van deze afspraken blijft beschikken over "
           "een sociale huurvoorraad van ten minste 8.050 woningen.",
           F(["partijen"], "intent", [Q(8050, "woningen", "min")])),
})

add("woningdelen", [B], {
    2024: ("Partijen onderzoeken in 2024 of hospitaverhuur en woningdelen door jongeren in sociale huurwoningen kunnen "
           "worden toegestaan zonder dat dit nadelige gevolgen heeft voor de huurtoeslag van de hoofdhuurder.",
           F(["partijen"], "explore", [], (2024, "in 2024"))),
    2025: ("De corporaties staan met ingang van 2025 hospitaverhuur en woningdelen door jongeren in hun sociale "
           "huurwoningen toe en informeren hun huurders actief over de voorwaarden en de gevolgen voor de huurtoeslag.",
           F(["corporatie"], "firm", [], (2025, "met ingang van 2025"))),
})

add("middenhuur-spuiterrein", [B], {
    2025: ("Lindewaard verkent de mogelijkheid om op het Spuiterrein naast de sociale huurwoningen circa 24 "
           "middenhuurwoningen te realiseren, afhankelijk van de uitkomsten van de herziene grondexploitatie.",
           F(["corporatie"], "explore", [Q(24, "woningen", "approx")], None, False,
             ["afhankelijk van de uitkomsten van de herziene grondexploitatie"])),
})

# huurbeleid en woonlasten
_hv1 = ("Lindewaard voert per 1 juli 2023 een gemiddelde huurverhoging door die maximaal gelijk is aan de inflatie en "
        "blijft daarmee onder de door het Rijk vastgestelde maximale huurverhoging.")
_hv2 = ("Lindewaard houdt de gemiddelde huurverhoging per 1 juli {j} ten minste 0,5% onder de inflatie en blijft "
        "daarmee onder de door het Rijk vastgestelde maximale huurverhoging.")
add("huurverhoging-lindewaard", [B], {
    2023: (_hv1, F(["corporatie"], "firm", [], (2023, "per 1 juli 2023"), True)),
    2024: (_hv2.format(j=2024), F(["corporatie"], "firm", [Q(0.5, "%", "min")], (2024, "per 1 juli 2024"), True)),
    2025: (_hv2.format(j=2025), F(["corporatie"], "firm", [Q(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
})

add("huurbevriezing-oeverland", [B], {
    2023: ("Oeverland past bij de huuraanpassing per 1 juli 2023 een huurbevriezing toe voor huishoudens met een "
           "inkomen tot de huurtoeslaggrens; huurders hoeven hiervoor zelf geen aanvraag in te dienen.",
           F(["corporatie"], "firm", [], (2023, "per 1 juli 2023"))),
})

_efgh = ("Oeverland verhoogt de huur van woningen met een energielabel E, F of G niet zolang deze woningen niet zijn "
         "verbeterd tot ten minste label D, en informeert de betrokken huurders hierover vóór de jaarlijkse "
         "huuraanpassing.")
add("huur-efg-oeverland", [B, D], {
    2024: (_efgh, F(["corporatie"], "firm", [Q("D", "label", "min")], None, True)),
    2025: (_efgh, F(["corporatie"], "firm", [Q("D", "label", "min")], None, True)),
})

add("energietoeslag-campagne", [B], {
    2023: ("De gemeente organiseert in het eerste kwartaal van 2023 samen met de corporaties en het Huurdersplatform "
           "een informatiecampagne over de energietoeslag, zodat huishoudens met een laag inkomen die recht hebben op "
           "de toeslag deze ook daadwerkelijk aanvragen.",
           F(["gemeente"], "firm", [], (2023, "in het eerste kwartaal van 2023"))),
})

_eb = ("Oeverland biedt in {j} alle huurders van een woning met energielabel D of slechter kosteloos een "
       "energiebespaarpakket aan met onder meer radiatorfolie, tochtstrips en ledlampen.")
add("energiebespaarpakket", [D, B], {
    j: (_eb.format(j=j), F(["corporatie"], "firm", [], (j, f"in {j}"), True)) for j in (2024, 2025)
})

_ha = ("De corporaties nemen uiterlijk bij een huurachterstand van {m} persoonlijk contact op met de huurder, bij "
       "voorkeur door middel van een huisbezoek, en melden de achterstand met toestemming van de huurder bij het "
       "team Geldzaken van de gemeente.")
add("huurachterstand-contact", [B], {
    2023: (_ha.format(m="twee maanden"), F(["corporatie"], "firm", [Q(2, "maanden", "max")])),
    2024: (_ha.format(m="twee maanden"), F(["corporatie"], "firm", [Q(2, "maanden", "max")])),
    2025: (_ha.format(m="één maand"), F(["corporatie"], "firm", [Q(1, "maanden", "max")])),
})

_hu = ("Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand in {j} te beperken tot "
       "maximaal {n}, onder meer door vroegtijdig maatwerk te leveren en ruimhartig betalingsregelingen aan te bieden.")
add("huisuitzettingen", [B], {
    j: (_hu.format(j=j, n=n), F(["partijen"], "intent", [Q(n, "huisuitzettingen", "max")], (j, f"in {j}"), True))
    for j, n in ((2023, 5), (2024, 5), (2025, 3))
})

# toewijzing en doelgroepen
_pt = ("De corporaties wijzen ten minste 95 procent van de vrijkomende sociale huurwoningen aan huishoudens met recht "
       "op huurtoeslag toe met een huur tot de voor hen geldende aftoppingsgrens van € {a} respectievelijk € {b} "
       "(prijspeil {j}).")
add("passend-toewijzen", [B], {
    j: (_pt.format(a=a, b=b, j=j),
        F(["corporatie"], "firm", [Q(95, "%", "min"), Q(float(a.replace(",", ".")), "euro", "max"),
                                   Q(float(b.replace(",", ".")), "euro", "max")]))
    for j, a, b in ((2023, "647,19", "693,60"), (2024, "650,43", "697,07"), (2025, "682,96", "731,93"))
})

_jt = ("Bij de verdeling van vrijkomende sociale huurwoningen met één of twee slaapkamers wordt ten minste {p} procent "
       "bij voorrang toegewezen aan jongeren tot 28 jaar.")
add("jongeren-toewijzing", [B], {
    j: (_jt.format(p=p), F(["corporatie"], "firm", [Q(p, "%", "min"), Q(28, "jaar", "max")]))
    for j, p in ((2023, 25), (2024, 30), (2025, 30))
})

_ds = ("Lindewaard biedt senioren van 65 jaar en ouder die een eengezinswoning achterlaten een verhuisregeling aan, "
       "waarbij zij hun huurprijs per vierkante meter meenemen naar een gelijkvloerse woning en een "
       "verhuisvergoeding van € 2.500 ontvangen.")
add("doorstroming-senioren", [B], {
    2023: ("Lindewaard onderzoekt in 2023 of een verhuisregeling kan worden ingevoerd voor senioren die een "
           "eengezinswoning achterlaten, waarbij zij hun huurprijs per vierkante meter kunnen meenemen naar een "
           "gelijkvloerse woning.",
           F(["corporatie"], "explore", [], (2023, "in 2023"))),
    2024: (_ds, F(["corporatie"], "firm", [Q(65, "jaar", "min"), Q(2500, "euro", "exact")])),
    2025: (_ds, F(["corporatie"], "firm", [Q(65, "jaar", "min"), Q(2500, "euro", "exact")])),
})

_sh1 = ("De corporaties zeggen toe dat zij naar rato van hun woningbezit voldoende woningen beschikbaar stellen om "
        "de taakstelling voor de huisvesting van vergunninghouders te halen, die door het Rijk voor {j} op {n} "
        "personen is vastgesteld; de gemeente zorgt voor maatschappelijke begeleiding gedurende de eerste twaalf "
        "maanden.")
_sh2 = ("De corporaties zetten zich in om naar rato van hun woningbezit voldoende woningen beschikbaar te stellen om "
        "de taakstelling voor de huisvesting van vergunninghouders te halen, die door het Rijk voor {j} op {n} "
        "personen is vastgesteld; de gemeente zorgt voor maatschappelijke begeleiding gedurende de eerste twaalf "
        "maanden.")
add("statushouders", [B], {
    2023: (_sh1.format(j=2023, n=92), F(["corporatie", "gemeente"], "firm",
                                        [Q(92, "personen", "exact"), Q(12, "maanden", "exact")], (2023, "voor 2023"), True)),
    2024: (_sh1.format(j=2024, n=104), F(["corporatie", "gemeente"], "firm",
                                         [Q(104, "personen", "exact"), Q(12, "maanden", "exact")], (2024, "voor 2024"), True)),
    2025: (_sh2.format(j=2025, n=88), F(["corporatie", "gemeente"], "intent",
                                        [Q(88, "personen", "exact"), Q(12, "maanden", "exact")], (2025, "voor 2025"), True)),
})

_bw1 = ("De corporaties zullen jaarlijks gezamenlijk 12 woningen beschikbaar stellen voor inwoners die uitstromen uit "
        "beschermd wonen of de maatschappelijke opvang; de gemeente draagt zorg voor passende begeleiding en een "
        "tijdige voordracht van kandidaten.")
_bw2 = ("De corporaties streven ernaar jaarlijks gezamenlijk 12 woningen beschikbaar te stellen voor inwoners die "
        "uitstromen uit beschermd wonen of de maatschappelijke opvang; de gemeente draagt zorg voor passende "
        "begeleiding en een tijdige voordracht van kandidaten.")
add("uitstroom-bw", [B], {
    2023: (_bw1, F(["corporatie", "gemeente"], "firm", [Q(12, "woningen", "exact")], None, True)),
    2024: (_bw1, F(["corporatie", "gemeente"], "firm", [Q(12, "woningen", "exact")], None, True)),
    2025: (_bw2, F(["corporatie", "gemeente"], "intent", [Q(12, "woningen", "exact")], None, True)),
})

# ---------------------------------------------------------------- duurzaamheid
_efg = ("Lindewaard en Oeverland zorgen ervoor dat uiterlijk eind {j} geen van hun woningen in Sluisdam nog een "
        "energielabel E, F of G heeft.")
add("efg-uitfasering", [D], {
    2023: (_efg.format(j=2027), F(["corporatie"], "firm", [Q(0, "woningen", "max")], (2027, "uiterlijk eind 2027"))),
    2024: (_efg.format(j=2027), F(["corporatie"], "firm", [Q(0, "woningen", "max")], (2027, "uiterlijk eind 2027"))),
    2025: (_efg.format(j=2026), F(["corporatie"], "firm", [Q(0, "woningen", "max")], (2026, "uiterlijk eind 2026"))),
})

_vd = ("In {j} verduurzaamt Lindewaard {n} woningen in de Molenbuurt en de Oostkade naar ten minste label B, waarbij "
       "de huurders vooraf worden geïnformeerd en de werkzaamheden niet leiden tot een huurverhoging.")
add("verduurzaming-lindewaard", [D], {
    j: (_vd.format(j=j, n=n), F(["corporatie"], "firm", [Q(n, "woningen", "exact"), Q("B", "label", "min")],
                                (j, f"in {j}"), True))
    for j, n in ((2023, 220), (2024, 180), (2025, 180))
})

_lo = "Oeverland streeft ernaar dat haar woningbezit in Sluisdam eind 2028 gemiddeld energielabel {l} heeft."
add("label-oeverland", [D], {
    j: (_lo.format(l=l), F(["corporatie"], "intent", [Q(l, "label", "exact")], (2028, "eind 2028")))
    for j, l in ((2023, "B"), (2024, "B"), (2025, "C"))
})

add("zonnepanelen-molenbuurt", [D], {
    2023: ("Lindewaard zal in 2023 op alle geschikte grondgebonden woningen in de Molenbuurt zonnepanelen aanbrengen, "
           "waarbij de huurder een vaste maandelijkse vergoeding betaalt die lager is dan de verwachte besparing op de "
           "energierekening.",
           F(["corporatie"], "firm", [], (2023, "in 2023"))),
    2024: ("Lindewaard onderzoekt of in 2024 op alle geschikte grondgebonden woningen in de Molenbuurt zonnepanelen "
           "kunnen worden aangebracht, waarbij de huurder een vaste maandelijkse vergoeding betaalt die lager is dan "
           "de verwachte besparing op de energierekening.",
           F(["corporatie"], "explore", [], (2024, "in 2024"))),
})

_wp = ("De gemeente stelt {wanneer} in nauw overleg met de corporaties en het Huurdersplatform een "
       "wijkuitvoeringsplan op voor de overstap van De Spuiakker naar het warmtenet, waarin ook de gevolgen voor de "
       "woonlasten van huurders worden uitgewerkt.")
add("wijkuitvoeringsplan-spuiakker", [D], {
    2023: (_wp.format(wanneer="vóór eind 2023"), F(["gemeente"], "firm", [], (2023, "vóór eind 2023"))),
    2024: (_wp.format(wanneer="uiterlijk medio 2024"), F(["gemeente"], "firm", [], (2024, "uiterlijk medio 2024"))),
})

add("aardgasvrij-uitvoering-spuiakker", [D, B], {
    2025: ("Lindewaard en Oeverland bereiden in 2025 hun 420 woningen in De Spuiakker voor op de aansluiting op het "
           "warmtenet en bieden de huurders daarbij een woonlastengarantie, zodat hun totale woonlasten na de "
           "overstap niet stijgen.",
           F(["corporatie"], "firm", [Q(420, "woningen", "exact")], (2025, "in 2025"))),
})

_ec = ("De gemeente zet in {j} energiecoaches in die huurders met hoge energielasten kosteloos adviseren en stelt "
       "hiervoor € {b} beschikbaar{vz}; de corporaties brengen de energiecoaches actief onder de aandacht van hun "
       "huurders.")
_ec_vz = ", voor zover de middelen uit de rijksregeling energiearmoede dit toelaten"
add("energiecoaches", [D], {
    2023: (_ec.format(j=2023, b="60.000", vz=""),
           F(["gemeente", "corporatie"], "firm", [Q(60000, "euro", "exact")], (2023, "in 2023"), True)),
    2024: (_ec.format(j=2024, b="75.000", vz=""),
           F(["gemeente", "corporatie"], "firm", [Q(75000, "euro", "exact")], (2024, "in 2024"), True)),
    2025: (_ec.format(j=2025, b="75.000", vz=_ec_vz),
           F(["gemeente", "corporatie"], "firm", [Q(75000, "euro", "exact")], (2025, "in 2025"), True,
             ["voor zover de middelen uit de rijksregeling energiearmoede dit toelaten"])),
})

add("klimaatadaptatie-bespreken", [D], {
    2023: ("Partijen bespreken in 2023 hoe bij nieuwbouw en groot onderhoud rekening kan worden gehouden met "
           "hittestress en wateroverlast, en gebruiken daarbij de uitkomsten van de klimaatstresstest van de gemeente.",
           F(["partijen"], "discuss", [], (2023, "in 2023"))),
})

add("groene-daken", [D], {
    2024: ("Oeverland beoordeelt bij de renovatie van de twee flats aan de Kanaalzone of een groen of waterbergend dak "
           "kan worden aangebracht; de gemeente draagt hieraan bij vanuit de subsidieregeling Groen Sluisdam.",
           F(["corporatie", "gemeente"], "explore", [Q(2, "flats", "exact")])),
    2025: ("Oeverland en Lindewaard beoordelen bij elke renovatie van een complex met een plat dak of een groen of "
           "waterbergend dak kan worden aangebracht; de gemeente draagt hieraan bij vanuit de subsidieregeling Groen "
           "Sluisdam.",
           F(["corporatie", "gemeente"], "explore", [])),
})

# ---------------------------------------------------------------- kwaliteit
_vs = ("De corporaties behandelen meldingen van vocht en schimmel met voorrang: binnen {d} werkdagen na de melding "
       "vindt een inspectie in de woning plaats en de huurder ontvangt binnen vier weken een plan van aanpak.")
add("vocht-schimmel", [K], {
    j: (_vs.format(d=d), F(["corporatie"], "firm", [Q(d, "werkdagen", "max"), Q(4, "weken", "max")]))
    for j, d in ((2023, 10), (2024, 5), (2025, 5))
})

_po = ("Lindewaard investeert jaarlijks gemiddeld € {b} miljoen in planmatig onderhoud van haar woningen in Sluisdam, "
       "waarbij voorrang wordt gegeven aan complexen met een lage score in de conditiemeting.")
add("onderhoud-lindewaard", [K], {
    j: (_po.format(b=b), F(["corporatie"], "firm", [Q(v, "euro", "approx")], None, True))
    for j, b, v in ((2023, "9,2", 9200000), (2024, "9,2", 9200000), (2025, "8,4", 8400000))
})

add("brandveiligheid", [K], {
    2023: ("Lindewaard voert jaarlijks in al haar complexen met een gemeenschappelijke trappenhal een "
           "brandveiligheidsscan uit en herstelt geconstateerde gebreken binnen zes maanden.",
           F(["corporatie"], "firm", [Q(6, "maanden", "max")], None, True)),
    2024: ("Lindewaard voert jaarlijks in de drie hoogbouwcomplexen aan de Kanaalzone een brandveiligheidsscan uit en "
           "herstelt geconstateerde gebreken binnen zes maanden.",
           F(["corporatie"], "firm", [Q(3, "complexen", "exact"), Q(6, "maanden", "max")], None, True)),
})

_ho = ("De corporaties streven naar een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van ten "
       "minste een 7,5 en bespreken de uitkomsten halfjaarlijks met het Huurdersplatform.")
add("huurdersoordeel", [K], {
    j: (_ho, F(["corporatie"], "intent", [Q(7.5, "rapportcijfer", "min")], None, True)) for j in (2023, 2024, 2025)
})

_wmo2 = ("De gemeente en de corporaties werken volgens de gemaakte afspraken over de verdeling van de kosten van "
         "woningaanpassingen die vanuit de Wmo worden gefinancierd en over het hergebruik van aangepaste woningen bij "
         "mutatie.")
add("wmo-aanpassingen", [K], {
    2023: ("De gemeente en de corporaties maken in 2023 afspraken over de verdeling van de kosten van "
           "woningaanpassingen die vanuit de Wmo worden gefinancierd en over het hergebruik van aangepaste woningen bij "
           "mutatie.",
           F(["gemeente", "corporatie"], "discuss", [], (2023, "in 2023"))),
    2024: (_wmo2, F(["gemeente", "corporatie"], "firm", [])),
    2025: (_wmo2, F(["gemeente", "corporatie"], "firm", [])),
})

# ---------------------------------------------------------------- leefbaarheid
_lbb = ("De corporaties stellen per 1 januari {j} elk een leefbaarheidsbudget beschikbaar van € {b} per woning, dat "
        "binnen de wettelijke kaders wordt ingezet voor bewonersinitiatieven, ontmoeting en een schone, hele en "
        "veilige woonomgeving.")
add("leefbaarheidsbudget", [L], {
    j: (_lbb.format(j=j, b=b), F(["corporatie"], "firm", [Q(b, "euro", "exact")], (j, f"per 1 januari {j}"), True))
    for j, b in ((2023, 85), (2024, 85), (2025, 95))
})

_wb = ("Lindewaard zet {waar} een wijkbeheerder in die ten minste drie dagen per week in de wijk aanwezig is en voor "
       "bewoners het eerste aanspreekpunt vormt.")
add("wijkbeheerders", [L], {
    2023: (_wb.format(waar="in de Molenbuurt en de Oostkade"),
           F(["corporatie"], "firm", [Q(3, "dagen per week", "min")])),
    2024: (_wb.format(waar="in de Molenbuurt en de Oostkade"),
           F(["corporatie"], "firm", [Q(3, "dagen per week", "min")])),
    2025: (_wb.format(waar="in alle wijken waar zij meer dan 300 woningen bezit"),
           F(["corporatie"], "firm", [Q(300, "woningen", "min"), Q(3, "dagen per week", "min")])),
})

_wo = ("De corporaties nemen {freq} deel aan het wijkoverleg in de Oostkade en de Molenbuurt, waarin zij samen met het "
       "wijkteam, de wijkagent en de gemeente signalen over overlast en zorgmijding bespreken.")
add("wijkoverleg", [L], {
    2023: (_wo.format(freq="maandelijks"), F(["corporatie"], "firm", [Q(1, "keer per maand", "exact")], None, True)),
    2024: (_wo.format(freq="ten minste eens per kwartaal"),
           F(["corporatie"], "firm", [Q(1, "keer per kwartaal", "min")], None, True)),
    2025: ("Signalen over overlast en zorgmijding in de Oostkade en de Molenbuurt worden ten minste eens per kwartaal "
           "besproken in het wijkoverleg, waaraan naast het wijkteam, de wijkagent en de gemeente ook beide "
           "corporaties deelnemen.",
           F(["corporatie", "gemeente"], "firm", [Q(1, "keer per kwartaal", "min")], None, True)),
})

_ws = ("Partijen houden {n} keer per jaar een wijkschouw in {waar}, waarbij bewoners worden uitgenodigd om mee te "
       "lopen en verbeterpunten aan te dragen.")
add("wijkschouw", [L], {
    2023: (_ws.format(n="twee", waar="de Oostkade en de Molenbuurt"),
           F(["partijen"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
    2024: (_ws.format(n="twee", waar="de Oostkade en de Molenbuurt"),
           F(["partijen"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
    2025: (_ws.format(n="vier", waar="de Oostkade"),
           F(["partijen"], "firm", [Q(4, "keer per jaar", "exact")], None, True)),
})

_om = ("Oeverland stelt de ontmoetingsruimte in het complex De Sluiswachter kosteloos beschikbaar voor activiteiten "
       "die eenzaamheid onder oudere huurders tegengaan; de gemeente ondersteunt de organisatie van deze activiteiten "
       "via de welzijnsstichting.")
add("ontmoetingsruimte", [L], {j: (_om, F(["corporatie", "gemeente"], "firm", [])) for j in (2023, 2024, 2025)})

add("zachte-landing", [L], {
    2025: ("De gemeente en de corporaties passen bij de uitstroom van kwetsbare inwoners naar een zelfstandige woning "
           "de werkwijze Zachte landing toe, waarbij de gemeente ervoor zorgt dat de begeleiding ten minste zes "
           "maanden na de ingangsdatum van het huurcontract doorloopt.",
           F(["gemeente", "corporatie"], "firm", [Q(6, "maanden", "min")])),
})

# ---------------------------------------------------------------- overig / proces
_bod = ("De corporaties brengen vóór 1 juli {j} hun bod uit op de woonvisie, waarna partijen in het najaar de "
        "prestatieafspraken voor {j1} uitwerken en deze uiterlijk 15 december {j} ondertekenen.")
add("bod-planning", [O], {
    j: (_bod.format(j=j, j1=j + 1), F(["corporatie", "partijen"], "firm", [], (j, f"uiterlijk 15 december {j}"), True))
    for j in (2023, 2024, 2025)
})

_mon = ("Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de gemeente "
        "stelt daartoe een monitor samen op basis van de gegevens die de corporaties aanleveren.")
add("monitoring", [O], {
    j: (_mon, F(["partijen", "gemeente"], "firm", [Q(2, "keer per jaar", "exact")], None, True)) for j in (2023, 2024, 2025)
})

_op = ("De corporaties stellen het Huurdersplatform jaarlijks gezamenlijk een budget van € {b} beschikbaar voor "
       "ondersteuning, scholing en het raadplegen van de achterban; de gemeente vergoedt daarnaast de kosten van "
       "onafhankelijk advies bij het opstellen van de prestatieafspraken.")
add("ondersteuning-platform", [O], {
    j: (_op.format(b=b), F(["corporatie", "gemeente"], "firm", [Q(v, "euro", "exact")], None, True))
    for j, b, v in ((2023, "28.000", 28000), (2024, "28.000", 28000), (2025, "32.000", 32000))
})

_wv = ("De gemeente betrekt de corporaties en het Huurdersplatform actief bij de actualisatie van de woonvisie, die "
       "naar verwachting {w} aan de gemeenteraad wordt aangeboden.")
add("woonvisie-actualisatie", [O], {
    2023: (_wv.format(w="eind 2024"), F(["gemeente"], "firm", [], (2024, "eind 2024"))),
    2024: (_wv.format(w="in het derde kwartaal van 2024"), F(["gemeente"], "firm", [], (2024, "in het derde kwartaal van 2024"))),
})

add("uitvoeringsprogramma-woonvisie", [O], {
    2025: ("Partijen stellen vóór 1 juli 2025 gezamenlijk een uitvoeringsprogramma op bij de nieuwe woonvisie, waarin "
           "de opgaven uit de woonvisie worden vertaald naar meerjarige prestatieafspraken voor de periode 2026-2029.",
           F(["partijen"], "firm", [], (2025, "vóór 1 juli 2025"))),
})


# ---------------------------------------------------------------- pairs
# (old_key, new_key, status, kinds, hard_negative)
PAIRS = {
    (2023, 2024): [
        ("nieuwbouw-lindewaard", "nieuwbouw-lindewaard", "strengthened", ["quantity"], None),
        ("nieuwbouw-kerkeiland", "nieuwbouw-kerkeiland", "strengthened", ["modality", "condition"], None),
        ("grondprijs-sociaal", "grondprijs-sociaal", "reworded", [], "indexed_amount"),
        ("flexwonen-hogeweide", "flexwonen-hogeweide", "strengthened", ["modality"], None),
        ("verkoop-lindewaard", "verkoop-lindewaard", "weakened", ["quantity"], None),
        ("liberalisatie-oeverland", "liberalisatie-oeverland", "reworded", [], "recurring_year"),
        ("kernvoorraad", "kernvoorraad", "unchanged", [], None),
        (None, "woningdelen", "new", [], None),
        ("huurverhoging-lindewaard", "huurverhoging-lindewaard", "strengthened", ["quantity"], None),
        ("huurbevriezing-oeverland", None, "dropped", [], None),
        (None, "huur-efg-oeverland", "new", [], None),
        ("energietoeslag-campagne", None, "dropped", [], None),
        ("huurachterstand-contact", "huurachterstand-contact", "unchanged", [], None),
        ("huisuitzettingen", "huisuitzettingen", "reworded", [], "recurring_year"),
        ("passend-toewijzen", "passend-toewijzen", "reworded", [], "indexed_amount"),
        ("jongeren-toewijzing", "jongeren-toewijzing", "strengthened", ["quantity"], None),
        ("doorstroming-senioren", "doorstroming-senioren", "strengthened", ["modality"], None),
        ("statushouders", "statushouders", "reworded", [], "external_figure"),
        ("uitstroom-bw", "uitstroom-bw", "unchanged", [], None),
        ("efg-uitfasering", "efg-uitfasering", "unchanged", [], None),
        ("verduurzaming-lindewaard", "verduurzaming-lindewaard", "weakened", ["quantity"], None),
        ("label-oeverland", "label-oeverland", "unchanged", [], None),
        ("zonnepanelen-molenbuurt", "zonnepanelen-molenbuurt", "weakened", ["modality", "deadline"], None),
        (None, "energiebespaarpakket", "new", [], None),
        ("wijkuitvoeringsplan-spuiakker", "wijkuitvoeringsplan-spuiakker", "weakened", ["deadline"], None),
        ("energiecoaches", "energiecoaches", "strengthened", ["quantity"], None),
        ("klimaatadaptatie-bespreken", None, "dropped", [], None),
        (None, "groene-daken", "new", [], None),
        ("vocht-schimmel", "vocht-schimmel", "strengthened", ["quantity"], None),
        ("onderhoud-lindewaard", "onderhoud-lindewaard", "unchanged", [], None),
        ("brandveiligheid", "brandveiligheid", "weakened", ["scope"], None),
        ("huurdersoordeel", "huurdersoordeel", "unchanged", [], None),
        ("wmo-aanpassingen", "wmo-aanpassingen", "strengthened", ["modality"], None),
        ("leefbaarheidsbudget", "leefbaarheidsbudget", "reworded", [], "recurring_year"),
        ("wijkbeheerders", "wijkbeheerders", "unchanged", [], None),
        ("wijkoverleg", "wijkoverleg", "weakened", ["quantity"], None),
        ("wijkschouw", "wijkschouw", "unchanged", [], None),
        ("ontmoetingsruimte", "ontmoetingsruimte", "unchanged", [], None),
        ("bod-planning", "bod-planning", "reworded", [], "recurring_year"),
        ("monitoring", "monitoring", "unchanged", [], None),
        ("ondersteuning-platform", "ondersteuning-platform", "unchanged", [], None),
        ("woonvisie-actualisatie", "woonvisie-actualisatie", "strengthened", ["deadline"], None),
    ],
    (2024, 2025): [
        ("nieuwbouw-lindewaard", "nieuwbouw-lindewaard", "weakened", ["quantity", "deadline"], None),
        ("nieuwbouw-kerkeiland", "nieuwbouw-kerkeiland", "reworded", [], "progress"),
        (None, "middenhuur-spuiterrein", "new", [], None),
        ("grondprijs-sociaal", "grondprijs-sociaal", "weakened", ["condition"], None),
        ("flexwonen-hogeweide", "flexwonen-hogeweide", "weakened", ["deadline"], None),
        ("verkoop-lindewaard", "verkoop-lindewaard", "reworded", [], "recurring_year"),
        ("liberalisatie-oeverland", "liberalisatie-oeverland", "strengthened", ["quantity"], None),
        ("kernvoorraad", "kernvoorraad", "reworded", [], "same_figures"),
        ("woningdelen", "woningdelen", "strengthened", ["modality"], None),
        ("huurverhoging-lindewaard", "huurverhoging-lindewaard", "reworded", [], "recurring_year"),
        ("huur-efg-oeverland", "huur-efg-oeverland", "unchanged", [], None),
        ("energiebespaarpakket", "energiebespaarpakket", "reworded", [], "recurring_year"),
        ("huurachterstand-contact", "huurachterstand-contact", "strengthened", ["quantity"], None),
        ("huisuitzettingen", "huisuitzettingen", "strengthened", ["quantity"], None),
        ("passend-toewijzen", "passend-toewijzen", "reworded", [], "indexed_amount"),
        ("jongeren-toewijzing", "jongeren-toewijzing", "unchanged", [], None),
        ("doorstroming-senioren", "doorstroming-senioren", "unchanged", [], None),
        ("statushouders", "statushouders", "weakened", ["modality"], None),
        ("uitstroom-bw", "uitstroom-bw", "weakened", ["modality"], None),
        ("efg-uitfasering", "efg-uitfasering", "strengthened", ["deadline"], None),
        ("verduurzaming-lindewaard", "verduurzaming-lindewaard", "reworded", [], "recurring_year"),
        ("label-oeverland", "label-oeverland", "weakened", ["label"], None),
        ("zonnepanelen-molenbuurt", None, "dropped", [], None),
        ("wijkuitvoeringsplan-spuiakker", None, "dropped", [], None),
        (None, "aardgasvrij-uitvoering-spuiakker", "new", [], None),
        ("energiecoaches", "energiecoaches", "weakened", ["condition"], None),
        ("groene-daken", "groene-daken", "strengthened", ["scope"], None),
        ("vocht-schimmel", "vocht-schimmel", "unchanged", [], None),
        ("onderhoud-lindewaard", "onderhoud-lindewaard", "weakened", ["quantity"], None),
        ("brandveiligheid", None, "dropped", [], None),
        ("huurdersoordeel", "huurdersoordeel", "unchanged", [], None),
        ("wmo-aanpassingen", "wmo-aanpassingen", "unchanged", [], None),
        ("leefbaarheidsbudget", "leefbaarheidsbudget", "strengthened", ["quantity"], None),
        ("wijkbeheerders", "wijkbeheerders", "strengthened", ["scope"], None),
        ("wijkoverleg", "wijkoverleg", "reworded", [], "same_figures"),
        ("wijkschouw", "wijkschouw", "modified", ["quantity", "scope"], None),
        ("ontmoetingsruimte", "ontmoetingsruimte", "unchanged", [], None),
        (None, "zachte-landing", "new", [], None),
        ("bod-planning", "bod-planning", "reworded", [], "recurring_year"),
        ("monitoring", "monitoring", "unchanged", [], None),
        ("ondersteuning-platform", "ondersteuning-platform", "strengthened", ["quantity"], None),
        ("woonvisie-actualisatie", None, "dropped", [], None),
        (None, "uitvoeringsprogramma-woonvisie", "new", [], None),
    ],
}
