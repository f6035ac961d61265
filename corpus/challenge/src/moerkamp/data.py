# -*- coding: utf-8 -*-
"""Content of the moerkamp family: fictional prestatieafspraken Moerkamp 2025, 2026, 2027.

Each afspraak: key, code, section id, run-in topic, theme(s) and per-year versions
(text + frame). LINKS gives per key the status of the transition INTO a year.
"""

GEMEENTE = "Moerkamp"
CORPS = ["Woonstichting Veenrand", "Wonen Moerdaal"]
HUURDERS = ["Huurdersvereniging Samen Thuis Moerkamp"]
YEARS = [2025, 2026, 2027]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")


def Q(v, unit, comp="exact", vmax=None):
    return {"value": v, "unit": unit, "comparator": comp, "value_max": vmax}


def F(actors, mod="firm", q=(), dl=None, rec=False, cond=()):
    d = None
    if dl:
        d = {"year": dl[0], "text": dl[1]}
    return {"actors": list(actors), "modality": mod, "quantities": list(q), "deadline": d,
            "recurring": rec, "conditions": list(cond)}


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

# SECTIONS[year] = list of (chapter, [(sub id, sub title)])
def sections(year):
    ch4 = "4 Kwaliteit, wonen en zorg" if year == 2027 else "4 Goed en veilig wonen"
    return {
        "2.1": ("2 Betaalbaar en beschikbaar", "2.1 Nieuwbouw en woningvoorraad"),
        "2.2": ("2 Betaalbaar en beschikbaar", "2.2 Woonruimteverdeling en doelgroepen"),
        "2.3": ("2 Betaalbaar en beschikbaar", "2.3 Huurbeleid en woonlasten"),
        "3.1": ("3 Duurzaam en klimaatbestendig", "3.1 Verduurzaming van het bezit"),
        "3.2": ("3 Duurzaam en klimaatbestendig", "3.2 Energiearmoede en klimaatadaptatie"),
        "4.1": (ch4, "4.1 Onderhoud en woningkwaliteit"),
        "4.2": (ch4, "4.2 Wonen en zorg"),
        "5.1": ("5 Prettig wonen in de wijk", "5.1 Wijkaanpak en beheer"),
        "5.2": ("5 Prettig wonen in de wijk", "5.2 Kwetsbare huurders en overlast"),
        "6.1": ("6 Samenwerking en proces", "6.1 Overleg, monitoring en woonvisie"),
        "6.2": ("6 Samenwerking en proces", "6.2 Huurdersparticipatie en geschillen"),
    }


A = []  # list of dicts


def add(key, code, sec, topic, themes, versions, sec_by_year=None):
    A.append({"key": key, "code": code, "sec": sec, "topic": topic, "themes": themes,
              "v": versions, "sec_by_year": sec_by_year or {}})


# ---------------------------------------------------------------- 2.1
t_bb01a = ("Woonstichting Veenrand en Wonen Moerdaal realiseren in de periode 2025 tot en met 2027 samen ten "
           "minste {n} sociale huurwoningen in Moerkamp, waarvan {a} door Woonstichting Veenrand en {b} door Wonen "
           "Moerdaal. De gemeente stelt daartoe bouwlocaties beschikbaar tegen de in het grondprijsbeleid "
           "vastgestelde sociale grondprijs en spant zich in om de benodigde procedures binnen twaalf maanden te "
           "doorlopen.")
add("nieuwbouw-sociaal", "BB-01", "2.1", "Nieuwbouw sociale huur", [B], {
    2025: (t_bb01a.format(n=180, a=110, b=70), F([C, G], "firm", [Q(180, "woningen", "min")], (2027, "tot en met 2027"))),
    2026: (t_bb01a.format(n=150, a=95, b=55), F([C, G], "firm", [Q(150, "woningen", "min")], (2027, "tot en met 2027"))),
    2027: ("Van de 150 sociale huurwoningen die de corporaties in de periode 2025 tot en met 2027 realiseren, zijn er "
           "eind 2026 90 opgeleverd of in aanbouw; in 2027 realiseren zij de resterende 60 woningen, waarvan 35 door "
           "Woonstichting Veenrand en 25 door Wonen Moerdaal. De gemeente stelt daartoe bouwlocaties beschikbaar tegen "
           "de in het grondprijsbeleid vastgestelde sociale grondprijs en spant zich in om de benodigde procedures "
           "binnen twaalf maanden te doorlopen.",
           F([C, G], "firm", [Q(150, "woningen", "min"), Q(60, "woningen", "exact")], (2027, "in 2027"))),
})

t_bb02 = ("Wonen Moerdaal sloopt in de Vinkenbuurt 48 verouderde portiekwoningen en vervangt deze uiterlijk {dl} "
          "door {n} nieuwe sociale huurwoningen, waarvan ten minste 20 geschikt voor senioren. De gemeente zorgt ervoor "
          "dat het omgevingsplan tijdig is aangepast en begeleidt samen met Wonen Moerdaal de huidige bewoners bij "
          "hun herhuisvesting.")
f02a = F([C, G], "firm", [Q(48, "woningen"), Q(64, "woningen"), Q(20, "woningen", "min")], (2026, "eind 2026"))
f02b = F([C, G], "firm", [Q(48, "woningen"), Q(56, "woningen"), Q(20, "woningen", "min")], (2027, "medio 2027"))
add("herstructurering-vinkenbuurt", "BB-02", "2.1", "Herstructurering Vinkenbuurt", [B, K], {
    2025: (t_bb02.format(dl="eind 2026", n=64), f02a),
    2026: (t_bb02.format(dl="medio 2027", n=56), f02b),
    2027: (t_bb02.format(dl="medio 2027", n=56), f02b),
})

t_bb03 = ("Woonstichting Veenrand verkoopt in {y} maximaal {n} sociale huurwoningen bij mutatie en liberaliseert niet "
          "meer dan 10 woningen; Wonen Moerdaal verkoopt en liberaliseert in {y} geen woningen. De opbrengst van "
          "verkochte woningen wordt volledig ingezet voor nieuwbouw en verduurzaming in Moerkamp.")
def f03(y, n):
    return F([C], "firm", [Q(n, "woningen", "max"), Q(10, "woningen", "max")], (y, "in %d" % y), True)
add("verkoop-liberalisatie", "BB-03", "2.1", "Verkoop en liberalisatie", [B], {
    2025: (t_bb03.format(y=2025, n=15), f03(2025, 15)),
    2026: (t_bb03.format(y=2026, n=8), f03(2026, 8)),
    2027: (t_bb03.format(y=2027, n=8), f03(2027, 8)),
})

t_bb04a = ("Partijen spreken af dat de gezamenlijke sociale huurvoorraad van Woonstichting Veenrand en Wonen Moerdaal "
           "in Moerkamp gedurende de looptijd van deze afspraken niet daalt onder 4.350 woningen.")
f04 = F([P], "firm", [Q(4350, "woningen", "min")])
add("omvang-sociale-voorraad", "BB-04", "2.1", "Omvang sociale voorraad", [B], {
    2025: (t_bb04a, f04), 2026: (t_bb04a, f04),
    2027: ("Voor de gezamenlijke sociale huurvoorraad van Woonstichting Veenrand en Wonen Moerdaal in Moerkamp hanteren "
           "partijen gedurende de looptijd van deze afspraken een ondergrens van 4.350 woningen.", f04),
})

add("tijdelijke-woningen", "BB-05", "2.1", "Tijdelijke woningen", [B], {
    2025: ("De gemeente onderzoekt samen met Wonen Moerdaal of op de locatie Oude Veiling tijdelijke woningen voor "
           "spoedzoekers kunnen worden geplaatst en bespreekt de uitkomst vóór 1 oktober 2025 met de "
           "huurdersorganisatie.", F([G, C], "explore", [], (2025, "vóór 1 oktober 2025"))),
    2026: ("Wonen Moerdaal plaatst in 2026 op de locatie Oude Veiling 24 tijdelijke woningen voor spoedzoekers. De "
           "gemeente verleent hiervoor een tijdelijke omgevingsvergunning voor een periode van vijftien jaar en draagt "
           "de kosten van het bouwrijp maken van de locatie.",
           F([C, G], "firm", [Q(24, "woningen")], (2026, "in 2026"))),
})

# ---------------------------------------------------------------- 2.2
t_bb06 = ("De corporaties huisvesten in {y} naar rato van hun woningbezit het aantal vergunninghouders dat volgt uit "
          "de taakstelling die het Rijk aan Moerkamp oplegt; voor het eerste halfjaar van {y} bedraagt deze "
          "taakstelling {n} personen. De gemeente zorgt voor de maatschappelijke begeleiding en meldt nieuwe "
          "koppelingen ten minste vier weken vooraf aan de corporaties.")
def f06(y, n):
    return F([C, G], "firm", [Q(n, "personen")], (y, "in %d" % y), True)
add("vergunninghouders", "BB-06", "2.2", "Vergunninghouders", [B], {
    2025: (t_bb06.format(y=2025, n=46), f06(2025, 46)),
    2026: (t_bb06.format(y=2026, n=39), f06(2026, 39)),
    2027: (t_bb06.format(y=2027, n=52), f06(2027, 52)),
})

t_bb07 = ("De corporaties stellen jaarlijks samen ten minste {n} woningen beschikbaar voor de uitstroom van cliënten "
          "uit beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding van deze "
          "huurders gedurende ten minste het eerste jaar na de verhuizing.")
add("uitstroom-beschermd-wonen", "BB-07", "2.2", "Uitstroom beschermd wonen", [B, L], {
    2025: (t_bb07.format(n=30), F([C, G], "firm", [Q(30, "woningen", "min")], None, True)),
    2026: (t_bb07.format(n=36), F([C, G], "firm", [Q(36, "woningen", "min")], None, True)),
    2027: (t_bb07.format(n=36), F([C, G], "firm", [Q(36, "woningen", "min")], None, True)),
})

t_bb08b = ("De gemeente neemt per 1 januari 2027 in de huisvestingsverordening een voorrangsregeling op waarmee ten "
           "hoogste 10% van de vrijkomende sociale huurwoningen met voorrang wordt toegewezen aan jongeren tot 28 jaar "
           "met een aantoonbare binding aan een van de kernen van Moerkamp.")
f08b = F([G], "firm", [Q(10, "%", "max"), Q(28, "jaar", "max")], (2027, "per 1 januari 2027"))
add("voorrang-lokale-jongeren", "BB-08", "2.2", "Voorrang lokale jongeren", [B], {
    2025: ("Partijen onderzoeken in 2025 of binnen de huisvestingsverordening een voorrangsregeling kan worden "
           "opgenomen voor jongeren tot 28 jaar met een aantoonbare binding aan een van de kernen van Moerkamp.",
           F([P], "explore", [Q(28, "jaar", "max")], (2025, "in 2025"))),
    2026: (t_bb08b, f08b), 2027: (t_bb08b, f08b),
})

t_bb09 = ("Woonstichting Veenrand zet zich in om in {y}{c} ten minste 20 senioren die een eengezinswoning achterlaten "
          "te laten verhuizen naar een passende woning, onder meer met een verhuiskostenvergoeding van € 2.500 en "
          "persoonlijke begeleiding door een wooncoach.")
def f09(y, cond=()):
    return F([C], "intent", [Q(20, "huishoudens", "min"), Q(2500, "euro")], (y, "in %d" % y), True, cond)
add("doorstroming-senioren", "BB-09", "2.2", "Doorstroming senioren", [B], {
    2025: (t_bb09.format(y=2025, c=""), f09(2025)),
    2026: (t_bb09.format(y=2026, c=""), f09(2026)),
    2027: (t_bb09.format(y=2027, c=", voor zover er voldoende passende woningen vrijkomen,"),
           f09(2027, ["voor zover er voldoende passende woningen vrijkomen"])),
})

t_bb10 = ("Partijen streven ernaar dat de gemiddelde inschrijfduur van starters bij toewijzing van een sociale "
          "huurwoning in Moerkamp in {y} niet hoger is dan {n} jaar. Woonstichting Veenrand en Wonen Moerdaal "
          "rapporteren de inschrijfduur per kern in de halfjaarlijkse monitor.")
add("wachttijd-starters", "BB-10", "2.2", "Wachttijd starters", [B], {
    2025: (t_bb10.format(y=2025, n="5"), F([P], "intent", [Q(5, "jaar", "max")], (2025, "in 2025"), True)),
    2026: (t_bb10.format(y=2026, n="4,5"), F([P], "intent", [Q(4.5, "jaar", "max")], (2026, "in 2026"), True)),
    2027: (t_bb10.format(y=2027, n="4,5"), F([P], "intent", [Q(4.5, "jaar", "max")], (2027, "in 2027"), True)),
})

add("woningdelen", "BB-15", "2.2", "Woningdelen", [B], {
    2027: ("De gemeente verkent in 2027 samen met de corporaties of hospitaverhuur en woningdelen door jongeren in "
           "bestaande sociale huurwoningen kunnen worden gestimuleerd, en gaat daarover in gesprek met de "
           "huurdersorganisatie.", F([G], "explore", [], (2027, "in 2027"))),
})

# ---------------------------------------------------------------- 2.3
t_bb11 = ("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli {y} voor hun sociale huurwoningen tot {c}. "
          "Huurders met een inkomen tot de grens voor passend toewijzen ontvangen geen inkomensafhankelijke "
          "huurverhoging.")
add("huurverhoging", "BB-11", "2.3", "Huurverhoging", [B], {
    2025: (t_bb11.format(y=2025, c="maximaal de inflatie"), F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: (t_bb11.format(y=2026, c="ten minste 0,5% onder de inflatie"),
           F([C], "firm", [Q(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    2027: (t_bb11.format(y=2027, c="ten minste 0,5% onder de inflatie"),
           F([C], "firm", [Q(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
})

t_bb12 = ("De corporaties nemen bij een huurachterstand van één maand binnen tien dagen persoonlijk contact op met de "
          "huurder en melden een achterstand van {m} maanden, met toestemming van de huurder, bij het team "
          "Vroegsignalering van de gemeente.")
def f12(m):
    return F([C], "firm", [Q(1, "maanden"), Q(10, "dagen", "max"), Q(m, "maanden")], None, False,
             ["met toestemming van de huurder"])
add("huurachterstand", "BB-12", "2.3", "Huurachterstand", [B], {
    2025: (t_bb12.format(m="twee"), f12(2)),
    2026: (t_bb12.format(m="drie"), f12(3)),
    2027: (t_bb12.format(m="drie"), f12(3)),
})

t_bb13 = ("Partijen streven naar {n} wegens {u}huurachterstand bij de corporaties in Moerkamp. Een ontruiming wordt "
          "pas aangevraagd nadat de huurder ten minste twee keer een aanbod voor schuldhulpverlening heeft gekregen.")
add("huisuitzettingen", "BB-13", "2.3", "Huisuitzettingen", [B, L], {
    2025: (t_bb13.format(n="ten hoogste vier huisuitzettingen per jaar", u=""),
           F([P], "intent", [Q(4, "huisuitzettingen", "max"), Q(2, "keer", "min")], None, True)),
    2026: (t_bb13.format(n="ten hoogste vier huisuitzettingen per jaar", u=""),
           F([P], "intent", [Q(4, "huisuitzettingen", "max"), Q(2, "keer", "min")], None, True)),
    2027: (t_bb13.format(n="nul huisuitzettingen", u="uitsluitend "),
           F([P], "intent", [Q(0, "huisuitzettingen", "max"), Q(2, "keer", "min")], None, True)),
})

t_bb14 = ("De corporaties wijzen ten minste 92,5% van hun vrijkomende sociale huurwoningen toe aan huishoudens met een "
          "inkomen tot € {e} (prijspeil {y}) en houden zich daarbij aan de regels voor passend toewijzen.")
def f14(e):
    return F([C], "firm", [Q(92.5, "%", "min"), Q(e, "euro", "max")])
add("toewijzing-doelgroep", "BB-14", "2.3", "Toewijzing aan de doelgroep", [B], {
    2025: (t_bb14.format(e="49.500", y=2025), f14(49500)),
    2026: (t_bb14.format(e="50.600", y=2026), f14(50600)),
    2027: (t_bb14.format(e="51.700", y=2027), f14(51700)),
})

# ---------------------------------------------------------------- 3.1
t_dk01a = ("Woonstichting Veenrand en Wonen Moerdaal hebben uiterlijk eind 2026 geen woningen meer met energielabel E, "
           "F of G in Moerkamp. In {y} verbeteren zij daartoe {x} woningen met een dergelijk label tot ten minste "
           "label C.")
add("efg-labels", "DK-01", "3.1", "Slechte energielabels", [D, K], {
    2025: (t_dk01a.format(y=2025, x="140"),
           F([C], "firm", [Q(0, "woningen", "max"), Q(140, "woningen", "min")], (2026, "eind 2026"))),
    2026: (t_dk01a.format(y=2026, x="de resterende 65"),
           F([C], "firm", [Q(0, "woningen", "max"), Q(65, "woningen", "exact")], (2026, "eind 2026"))),
    2027: ("Woonstichting Veenrand en Wonen Moerdaal hebben uiterlijk eind 2027 geen woningen meer met energielabel E, "
           "F of G in Moerkamp. De laatste 18 woningen met een dergelijk label, waarvoor in 2026 nog geen instemming "
           "van de bewoners werd verkregen, worden in 2027 verbeterd tot ten minste label C.",
           F([C], "firm", [Q(0, "woningen", "max"), Q(18, "woningen", "exact")], (2027, "eind 2027"))),
})

t_dk02 = ("Partijen hebben de ambitie dat het sociale huurbezit van beide corporaties in Moerkamp eind 2030 gemiddeld "
          "energielabel {l} heeft.")
add("gemiddeld-label", "DK-02", "3.1", "Gemiddeld energielabel", [D], {
    2025: (t_dk02.format(l="A"), F([P], "intent", [Q("A", "label", "min")], (2030, "eind 2030"))),
    2026: (t_dk02.format(l="B"), F([P], "intent", [Q("B", "label", "min")], (2030, "eind 2030"))),
    2027: (t_dk02.format(l="B"), F([P], "intent", [Q("B", "label", "min")], (2030, "eind 2030"))),
})

t_dk03 = ("De corporaties brengen in {y}{c} samen ten minste {n} woningen op het niveau van de standaard voor isolatie, "
          "waarvan {a} woningen van Wonen Moerdaal in De Grienden en {b} woningen van Woonstichting Veenrand in "
          "Molenwijk-Oost.")
VS = "onder voorbehoud van toekenning van de aangevraagde subsidie uit de landelijke regeling voor verduurzaming"
add("isolatie", "DK-03", "3.1", "Isolatie", [D], {
    2025: (t_dk03.format(y=2025, c="", n=210, a=130, b=80), F([C], "firm", [Q(210, "woningen", "min")], (2025, "in 2025"), True)),
    2026: (t_dk03.format(y=2026, c="", n=260, a=150, b=110), F([C], "firm", [Q(260, "woningen", "min")], (2026, "in 2026"), True)),
    2027: (t_dk03.format(y=2027, c=", " + VS + ",", n=260, a=150, b=110),
           F([C], "firm", [Q(260, "woningen", "min")], (2027, "in 2027"), True, [VS])),
})

add("hybride-pilot", "DK-09", "3.1", "Pilot hybride warmtepompen", [D], {
    2025: ("Woonstichting Veenrand plaatst in 2025 bij wijze van pilot in 30 woningen in Oudeveen een hybride "
           "warmtepomp en deelt de ervaringen van de bewoners vóór het einde van het jaar met de huurdersorganisatie.",
           F([C], "firm", [Q(30, "woningen")], (2025, "in 2025"))),
})

t_dk04 = ("Woonstichting Veenrand biedt in {y} {s} de mogelijkheid om tegen een maandelijkse vergoeding van ten hoogste "
          "€ 8 zonnepanelen op hun dak te laten plaatsen.")
add("zonnepanelen", "DK-04", "3.1", "Zonnepanelen", [D, B], {
    2025: (t_dk04.format(y=2025, s="alle huurders van een eengezinswoning zonder zonnepanelen"),
           F([C], "firm", [Q(8, "euro", "max")], (2025, "in 2025"))),
    2026: (t_dk04.format(y=2026, s="de huurders van eengezinswoningen in de complexen Molenwijk-Oost en Hooiberg"),
           F([C], "firm", [Q(8, "euro", "max")], (2026, "in 2026"))),
})

t_dk05b = ("Wonen Moerdaal sluit de 320 woningen in de Vinkenbuurt en De Grienden vóór {d} aan op het warmtenet, in "
           "lijn met de transitievisie warmte; de gemeente draagt zorg voor de vergunningverlening en de coördinatie met "
           "de netbeheerder.")
add("warmtenet", "DK-05", "3.1", "Aardgasvrij en warmtenet", [D], {
    2025: ("De gemeente en Wonen Moerdaal onderzoeken in 2025 of de 320 woningen van Wonen Moerdaal in de Vinkenbuurt "
           "en De Grienden kunnen worden aangesloten op het geplande warmtenet, in lijn met de transitievisie warmte.",
           F([G, C], "explore", [Q(320, "woningen")], (2025, "in 2025"))),
    2026: (t_dk05b.format(d="eind 2028"), F([C, G], "firm", [Q(320, "woningen")], (2028, "vóór eind 2028"))),
    2027: (t_dk05b.format(d="medio 2028"), F([C, G], "firm", [Q(320, "woningen")], (2028, "vóór medio 2028"))),
})

add("circulair-bouwen", "DK-10", "3.1", "Circulair bouwen", [D], {
    2027: ("Bij nieuwbouwprojecten die vanaf 1 januari 2027 worden aanbesteed, passen de corporaties waar mogelijk ten "
           "minste 20% biobased of hergebruikt bouwmateriaal toe.",
           F([C], "firm", [Q(20, "%", "min")], None, False, ["waar mogelijk"])),
})

# ---------------------------------------------------------------- 3.2
t_dk06 = ("De gemeente zet in {y} energiecoaches in die ten minste {n} huishoudens in huurwoningen van de corporaties "
          "bezoeken. De corporaties benaderen daarvoor actief hun huurders in woningen met label D of slechter en "
          "stellen hun adresgegevens beschikbaar binnen de regels van de privacywetgeving.")
def f06e(y, n):
    return F([G, C], "firm", [Q(n, "huishoudens", "min")], (y, "in %d" % y), True)
add("energiecoaches", "DK-06", "3.2", "Energiecoaches", [D, B], {
    2025: (t_dk06.format(y=2025, n=300), f06e(2025, 300)),
    2026: (t_dk06.format(y=2026, n=200), f06e(2026, 200)),
    2027: (t_dk06.format(y=2027, n=200), f06e(2027, 200)),
}, sec_by_year={2027: "2.3"})

t_dk07 = ("Partijen gaan in gesprek over een gezamenlijke aanpak van hittestress in en rond de portiekflats aan de "
          "Dijkgraaflaan en betrekken daarbij de bewonerscommissie van het complex.")
add("hittestress", "DK-07", "3.2", "Hittestress", [D, L], {
    2025: (t_dk07, F([P], "discuss")), 2026: (t_dk07, F([P], "discuss")),
    2027: ("Wonen Moerdaal brengt in 2027 buitenzonwering aan bij alle woningen aan de zuid- en westgevels van de "
           "portiekflats aan de Dijkgraaflaan; de gemeente plant in de straat ten minste 12 nieuwe bomen. De "
           "bewonerscommissie van het complex wordt bij de uitvoering betrokken.",
           F([C, G], "firm", [Q(12, "bomen", "min")], (2027, "in 2027"))),
})

GD = "voor zover de draagkracht van de constructie dat toelaat"
add("groene-daken", "DK-08", "3.2", "Groene daken", [D], {
    2026: ("De gemeente verhoogt de subsidie voor groene daken voor woningcorporaties tot € 30 per vierkante meter en de "
           "corporaties leggen bij iedere renovatie van een plat dak een groen dak of een blauw-groen dak aan, " + GD + ".",
           F([G, C], "firm", [Q(30, "euro")], None, False, [GD])),
    2027: ("Bij iedere renovatie van een plat dak leggen de corporaties een groen dak of een blauw-groen dak aan, " + GD +
           "; de gemeente draagt hieraan bij met een subsidie van € 30 per vierkante meter.",
           F([C, G], "firm", [Q(30, "euro")], None, False, [GD])),
})

# ---------------------------------------------------------------- 4.1
t_kw01 = ("De corporaties zeggen toe dat zij binnen {a} werkdagen op iedere melding van vocht of schimmel met een inspectie in de "
          "woning reageren en de herstelwerkzaamheden binnen {b} weken na die inspectie starten.")
add("vocht-schimmel", "KW-01", "4.1", "Vocht en schimmel", [K], {
    2025: (t_kw01.format(a="vijf", b="zes"), F([C], "firm", [Q(5, "werkdagen", "max"), Q(6, "weken", "max")])),
    2026: (t_kw01.format(a="drie", b="vier"), F([C], "firm", [Q(3, "werkdagen", "max"), Q(4, "weken", "max")])),
    2027: (t_kw01.format(a="drie", b="vier"), F([C], "firm", [Q(3, "werkdagen", "max"), Q(4, "weken", "max")])),
})

add("inspectieronde", "KW-07", "4.1", "Preventieve inspectie", [K], {
    2026: ("De corporaties voeren jaarlijks een preventieve inspectieronde op vocht, schimmel en ventilatie uit in alle "
           "complexen die vóór 1975 zijn gebouwd.", F([C], "firm", [], None, True)),
    2027: ("De corporaties voeren jaarlijks een preventieve inspectieronde op vocht, schimmel en ventilatie uit in de "
           "vijf complexen van vóór 1975 met de meeste meldingen in het voorgaande jaar.",
           F([C], "firm", [Q(5, "complexen")], None, True)),
})

t_kw02a = ("De corporaties streven naar een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van ten "
           "minste een 7,5 en bespreken de uitkomsten van de metingen twee keer per jaar met de huurdersorganisatie.")
f_kw02 = F([C], "intent", [Q(7.5, "rapportcijfer", "min"), Q(2, "keer per jaar")], None, True)
add("huurdersoordeel", "KW-02", "4.1", "Huurdersoordeel reparaties", [K], {
    2025: (t_kw02a, f_kw02), 2026: (t_kw02a, f_kw02),
    2027: ("Voor de afhandeling van reparatieverzoeken streven de corporaties naar een gemiddeld huurdersoordeel van ten "
           "minste een 7,5; de uitkomsten van de metingen worden twee keer per jaar met de huurdersorganisatie "
           "besproken.", f_kw02),
})

add("brandveiligheid", "KW-05", "4.1", "Brandveiligheid", [K], {
    2025: ("Wonen Moerdaal voert in 2025 in alle 14 galerij- en portiekflats met vier of meer bouwlagen een "
           "brandveiligheidsscan uit en herstelt gebreken die de vluchtveiligheid raken binnen drie maanden na de scan.",
           F([C], "firm", [Q(14, "complexen"), Q(3, "maanden", "max")], (2025, "in 2025"))),
})

# ---------------------------------------------------------------- 4.2
t_kw03 = ("Woonstichting Veenrand maakt vóór {d} de 40 woningen en de gemeenschappelijke ruimten in het complex Hooiberg "
          "rollatortoegankelijk, onder meer door drempels te verwijderen en automatisch openende deuren te plaatsen.")
add("rollatortoegankelijk-hooiberg", "KW-03", "4.2", "Toegankelijkheid Hooiberg", [K], {
    2025: (t_kw03.format(d="eind 2025"), F([C], "firm", [Q(40, "woningen")], (2025, "vóór eind 2025"))),
    2026: (t_kw03.format(d="medio 2026"), F([C], "firm", [Q(40, "woningen")], (2026, "vóór medio 2026"))),
})

t_kw04b = ("De gemeente en de corporaties werken volgens de in 2025 gemaakte afspraken over de verdeling van de kosten "
           "van kleine woningaanpassingen die in het kader van de Wmo worden aangevraagd.")
add("woningaanpassingen-wmo", "KW-04", "4.2", "Woningaanpassingen", [K], {
    2025: ("De gemeente en de corporaties maken in 2025 afspraken over de verdeling van de kosten van kleine "
           "woningaanpassingen die in het kader van de Wmo worden aangevraagd.",
           F([G, C], "discuss", [], (2025, "in 2025"))),
    2026: (t_kw04b, F([G, C], "firm")), 2027: (t_kw04b, F([G, C], "firm")),
})

WZ = ("waarin de behoefte aan zorggeschikte en levensloopbestendige woningen tot 2035 per kern in beeld wordt gebracht")
add("woonzorgvisie", "KW-06", "4.2", "Woonzorgvisie", [K, B], {
    2025: ("Partijen stellen in 2025 gezamenlijk een woonzorgvisie op " + WZ + ".",
           F([P], "firm", [], (2025, "in 2025"))),
    2026: ("De gemeente verkent samen met de corporaties en de huurdersorganisatie of een gezamenlijke woonzorgvisie kan "
           "worden opgesteld " + WZ + ".", F([G], "explore")),
    2027: ("De gemeente stelt in 2027, samen met de corporaties en de huurdersorganisatie, een woonzorgvisie op " + WZ +
           "; de gemeenteraad wordt gevraagd deze visie vóór 1 december 2027 vast te stellen.",
           F([G], "firm", [], (2027, "vóór 1 december 2027"))),
})

# ---------------------------------------------------------------- 5.1
t_lb01 = ("De corporaties besteden in {y} samen € {e} aan leefbaarheid in de wijken en kernen van Moerkamp, waarvan ten "
          "minste een derde aan initiatieven van bewoners.")
LBC = "Indien de meerjarenbegroting van beide corporaties dat toelaat"
add("leefbaarheidsbudget", "LB-01", "5.1", "Leefbaarheidsbudget", [L], {
    2025: (t_lb01.format(y=2025, e="185.000"), F([C], "firm", [Q(185000, "euro")], (2025, "in 2025"), True)),
    2026: (t_lb01.format(y=2026, e="210.000"), F([C], "firm", [Q(210000, "euro")], (2026, "in 2026"), True)),
    2027: (LBC + ", besteden de corporaties in 2027 samen € 170.000 aan leefbaarheid in de wijken en kernen van "
           "Moerkamp, waarvan ten minste een derde aan initiatieven van bewoners.",
           F([C], "firm", [Q(170000, "euro")], (2027, "in 2027"), True, [LBC])),
})

t_lb02 = ("Wonen Moerdaal zet {s} een wijkbeheerder in die ten minste twee dagdelen per week zichtbaar in de wijk "
          "aanwezig is en aanspreekbaar is voor bewoners.")
S_ALL = "in alle wijken met meer dan 200 van haar woningen"
f_lb02 = F([C], "firm", [Q(2, "dagdelen per week", "min")], None, True)
add("wijkbeheerders", "LB-02", "5.1", "Wijkbeheer", [L], {
    2025: (t_lb02.format(s=S_ALL), f_lb02),
    2026: (t_lb02.format(s="in de Vinkenbuurt en De Grienden"), f_lb02),
    2027: (t_lb02.format(s=S_ALL), f_lb02),
})

t_lb06 = ("De gemeente en de corporaties houden in {y} in iedere wijk{c} ten minste twee keer per jaar een wijkschouw "
          "samen met bewoners, waarbij afspraken worden gemaakt over schoon, heel en veilig.")
WM = "waar de bezetting van de wijkteams dat toelaat"
add("wijkschouw", "LB-06", "5.1", "Schoon, heel en veilig", [L], {
    2026: (t_lb06.format(y=2026, c=", " + WM + ","), F([G, C], "firm", [Q(2, "keer per jaar", "min")], (2026, "in 2026"), True, [WM])),
    2027: (t_lb06.format(y=2027, c=""), F([G, C], "firm", [Q(2, "keer per jaar", "min")], (2027, "in 2027"), True)),
})

t_lb05 = ("Woonstichting Veenrand stelt de ontmoetingsruimte in het complex Hooiberg kosteloos beschikbaar voor "
          "activiteiten die eenzaamheid onder oudere bewoners tegengaan{c}.")
MV = "mits een vrijwilligersorganisatie het beheer van de ruimte op zich neemt"
add("ontmoetingsruimte", "LB-05", "5.1", "Ontmoeting", [L], {
    2025: (t_lb05.format(c=""), F([C])), 2026: (t_lb05.format(c=""), F([C])),
    2027: (t_lb05.format(c=", " + MV), F([C], "firm", [], None, False, [MV])),
})

# ---------------------------------------------------------------- 5.2
t_lb03 = ("Partijen werken samen volgens het convenant Vroegsignalering en Zorg. De gemeente organiseert {f} een "
          "casusoverleg met de corporaties, het sociaal wijkteam en de politie over huurders die ernstige overlast "
          "veroorzaken of zelf in de knel zitten.")
add("casusoverleg", "LB-03", "5.2", "Casusoverleg", [L], {
    2025: (t_lb03.format(f="iedere maand"), F([P, G], "firm", [Q(12, "keer per jaar")], None, True)),
    2026: (t_lb03.format(f="iedere twee maanden"), F([P, G], "firm", [Q(6, "keer per jaar")], None, True)),
    2027: ("Het convenant Vroegsignalering en Zorg blijft de basis voor de samenwerking tussen partijen. Huurders die "
           "ernstige overlast veroorzaken of zelf in de knel zitten, worden eens per twee maanden besproken in een "
           "casusoverleg dat door de gemeente wordt voorgezeten en waaraan de corporaties, het sociaal wijkteam en de "
           "politie deelnemen.", F([P, G], "firm", [Q(6, "keer per jaar")], None, True)),
})

t_lb04 = ("De gemeente financiert in {y} buurtbemiddeling in heel Moerkamp; de corporaties dragen hieraan bij met "
          "€ {e} per verhuureenheid (prijspeil {y}).")
add("buurtbemiddeling", "LB-04", "5.2", "Buurtbemiddeling", [L], {
    2025: (t_lb04.format(y=2025, e="4,00"), F([G, C], "firm", [Q(4.0, "euro")], (2025, "in 2025"), True)),
    2026: (t_lb04.format(y=2026, e="4,15"), F([G, C], "firm", [Q(4.15, "euro")], (2026, "in 2026"), True)),
})

add("meldpunt-burenconflicten", "LB-07", "5.2", "Burenconflicten", [L], {
    2027: ("De gemeente en de corporaties zetten in 2027 een gezamenlijk meldpunt voor burenconflicten op, waarbij een "
           "melding binnen tien werkdagen leidt tot een eerste gesprek met een bemiddelaar of een wijkbeheerder.",
           F([G, C], "firm", [Q(10, "werkdagen", "max")], (2027, "in 2027"))),
})

# ---------------------------------------------------------------- 6.1
t_sp01 = ("Partijen bespreken de voortgang van deze afspraken {f} in het bestuurlijk overleg, in {m} {y}, op basis van "
          "een monitor die Woonstichting Veenrand en Wonen Moerdaal gezamenlijk opstellen.")
add("monitoring", "SP-01", "6.1", "Monitoring", [O], {
    2025: (t_sp01.format(f="twee keer per jaar", m="mei en november", y=2025),
           F([P], "discuss", [Q(2, "keer per jaar")], (2025, "november 2025"), True)),
    2026: (t_sp01.format(f="twee keer per jaar", m="mei en november", y=2026),
           F([P], "discuss", [Q(2, "keer per jaar")], (2026, "november 2026"), True)),
    2027: (t_sp01.format(f="één keer per jaar", m="oktober", y=2027),
           F([P], "discuss", [Q(1, "keer per jaar")], (2027, "oktober 2027"), True)),
})

t_sp02 = ("De corporaties brengen vóór 1 juli {y} hun bod uit op de woonvisie, waarna partijen de prestatieafspraken "
          "voor {z} uiterlijk 15 december {y} ondertekenen.")
def f_sp02(y):
    return F([C, P], "firm", [], (y, "15 december %d" % y), True)
add("bod-ondertekening", "SP-02", "6.1", "Bod en ondertekening", [O], {
    y: (t_sp02.format(y=y, z=y + 1), f_sp02(y)) for y in YEARS})

add("woonvisie", "SP-05", "6.1", "Nieuwe woonvisie", [O, B], {
    2025: ("De gemeente zal vóór eind 2025 een nieuwe woonvisie vaststellen en betrekt de corporaties en de "
           "huurdersorganisatie vanaf het begin bij het opstellen daarvan.", F([G], "firm", [], (2025, "vóór eind 2025"))),
})

add("evaluatie-overleg", "SP-06", "6.1", "Evaluatie overlegstructuur", [O], {
    2026: ("Partijen evalueren in 2026 de overlegstructuur van de prestatieafspraken met een onafhankelijke "
           "procesbegeleider en stellen waar nodig de werkwijze voor de afspraken over 2027 bij.",
           F([P], "firm", [], (2026, "in 2026"))),
})

# ---------------------------------------------------------------- 6.2
t_sp03 = ("Per 1 januari {y} stellen de corporaties de huurdersorganisatie samen een jaarlijks budget van € {e} "
          "beschikbaar voor onafhankelijke ondersteuning, scholing en het raadplegen van de achterban.")
def f_sp03(y, e):
    return F([C], "firm", [Q(e, "euro")], (y, "per 1 januari %d" % y), True)
add("ondersteuning-huurders", "SP-03", "6.2", "Ondersteuning huurdersorganisatie", [O], {
    2025: (t_sp03.format(y=2025, e="25.000"), f_sp03(2025, 25000)),
    2026: (t_sp03.format(y=2026, e="25.000"), f_sp03(2026, 25000)),
    2027: (t_sp03.format(y=2027, e="30.000"), f_sp03(2027, 30000)),
})

t_sp04 = ("Ontstaat tussen partijen een geschil over de uitleg of de uitvoering van deze afspraken, dan treden zij eerst "
          "met elkaar in overleg; leidt dit binnen zes weken niet tot een oplossing, dan leggen zij het geschil voor aan "
          "een onafhankelijke bemiddelaar die partijen gezamenlijk aanwijzen.")
add("geschillen", "SP-04", "6.2", "Geschillen", [O], {y: (t_sp04, F([P], "firm", [Q(6, "weken", "max")])) for y in YEARS})

# reading order per year: data order, with a reorder in 2027 (LB-05 before LB-02, DK-06 moved to 2.3)
def order(year):
    ks = [a for a in A if year in a["v"]]
    if year == 2027:
        i2 = [a["code"] for a in ks].index("LB-02")
        i5 = [a["code"] for a in ks].index("LB-05")
        ks[i2], ks[i5] = ks[i5], ks[i2]
    return ks

# ---------------------------------------------------------------- links (transition into year)
W, S, R, U = "weakened", "strengthened", "reworded", "unchanged"
LINKS = {
    2026: {
        "BB-01": (W, ["quantity"], None), "BB-02": (W, ["quantity", "deadline"], None),
        "BB-03": (S, ["quantity"], None), "BB-04": (U, [], None), "BB-05": (S, ["modality"], None),
        "BB-06": (R, [], "external_figure"), "BB-07": (S, ["quantity"], None), "BB-08": (S, ["modality"], None),
        "BB-09": (R, [], "recurring_year"), "BB-10": (S, ["quantity"], None), "BB-11": (S, ["quantity"], None),
        "BB-12": (W, ["quantity"], None), "BB-13": (U, [], None), "BB-14": (R, [], "indexed_amount"),
        "DK-01": (R, [], "progress"), "DK-02": (W, ["label"], None), "DK-03": (S, ["quantity"], None),
        "DK-04": (W, ["scope"], None), "DK-05": (S, ["modality"], None), "DK-06": (W, ["quantity"], None),
        "DK-07": (U, [], None), "DK-08": ("new", [], None), "DK-09": ("dropped", [], None),
        "KW-01": (S, ["quantity"], None), "KW-02": (U, [], None), "KW-03": (W, ["deadline"], None),
        "KW-04": (S, ["modality"], None), "KW-05": ("dropped", [], None), "KW-06": (W, ["modality"], None),
        "KW-07": ("new", [], None),
        "LB-01": (S, ["quantity"], None), "LB-02": (W, ["scope"], None), "LB-03": (W, ["quantity"], None),
        "LB-04": (R, [], "indexed_amount"), "LB-05": (U, [], None), "LB-06": ("new", [], None),
        "SP-01": (R, [], "recurring_year"), "SP-02": (R, [], "recurring_year"), "SP-03": (R, [], "recurring_year"),
        "SP-04": (U, [], None), "SP-05": ("dropped", [], None), "SP-06": ("new", [], None),
    },
    2027: {
        "BB-01": (R, [], "progress"), "BB-02": (U, [], None), "BB-03": (R, [], "recurring_year"),
        "BB-04": (R, [], "same_figures"), "BB-05": ("dropped", [], None), "BB-06": (R, [], "external_figure"),
        "BB-07": (U, [], None), "BB-08": (U, [], None), "BB-09": (W, ["condition"], None),
        "BB-10": (R, [], "recurring_year"), "BB-11": (R, [], "recurring_year"), "BB-12": (U, [], None),
        "BB-13": (S, ["quantity"], None), "BB-14": (R, [], "indexed_amount"), "BB-15": ("new", [], None),
        "DK-01": (W, ["deadline"], None), "DK-02": (U, [], None), "DK-03": (W, ["condition"], None),
        "DK-04": ("dropped", [], None), "DK-05": (S, ["deadline"], None), "DK-06": (R, [], "recurring_year"),
        "DK-07": (S, ["modality"], None), "DK-08": (R, [], "same_figures"), "DK-10": ("new", [], None),
        "KW-01": (U, [], None), "KW-02": (R, [], "same_figures"), "KW-03": ("dropped", [], None),
        "KW-04": (U, [], None), "KW-06": (S, ["modality"], None), "KW-07": (W, ["scope"], None),
        "LB-01": (W, ["quantity", "condition"], None), "LB-02": (S, ["scope"], None), "LB-03": (R, [], None),
        "LB-04": ("dropped", [], None), "LB-05": (W, ["condition"], None), "LB-06": (S, ["condition"], None),
        "LB-07": ("new", [], None),
        "SP-01": (W, ["quantity"], None), "SP-02": (R, [], "recurring_year"), "SP-03": (S, ["quantity"], None),
        "SP-04": (U, [], None), "SP-06": ("dropped", [], None),
    },
}
