# -*- coding: utf-8 -*-
"""Content source for the dorrewold family (fictional). Afspraken per key, per year.

Each afspraak: key, ch (chapter code per year: G joint, M gemeente, V Veldhof, O Oostrand, H huurders),
theme/themes, y = {year: T(...) | SAME}, p = {new_year: link spec} for keys present in both years.
Link spec: 'U' | 'R:<hard_negative or ->' | 'S:<kinds>' | 'W:<kinds>' | 'M:<kinds>'.
"""

YEARS = [2025, 2026, 2027]

GEMEENTE = "Dorrewold"
CORPS = ["Woonstichting Veldhof", "Woongoed Oostrand"]
HUURDERS = ["Huurdersbelang Veldhof", "Huurdersraad Oostrand"]

SAME = object()

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")


def F(actors, modality="firm", q=(), dl=None, rec=False, cond=()):
    qs = []
    for item in q:
        v, unit, comp = item[:3]
        qs.append({"value": v, "unit": unit, "comparator": comp,
                   "value_max": item[3] if len(item) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def T(text, frame, mon=None, st=None):
    return {"text": text, "frame": frame, "mon": mon, "st": st}


def yr(y):
    return {"Y": y, "Y1": y + 1}


AFS = []


def A(key, ch, theme, y, p=None, themes=None):
    AFS.append({"key": key, "ch": ch, "theme": theme, "themes": themes or [theme], "y": y, "p": p or {}})


# ---------------------------------------------------------------- gezamenlijk
A("gez-monitoring", "G", O, {
    2025: T("Partijen komen twee keer per jaar bijeen in het bestuurlijk overleg volkshuisvesting, waarin de "
            "voortgang van deze afspraken aan de hand van de gezamenlijke monitor wordt besproken en de uitvoering "
            "wordt bijgestuurd.", F(["partijen"], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2026: SAME,
    2027: T("Partijen komen drie keer per jaar bijeen in het bestuurlijk overleg volkshuisvesting, waarin de "
            "voortgang van deze afspraken aan de hand van de gezamenlijke monitor wordt besproken en de uitvoering "
            "wordt bijgestuurd.", F(["partijen"], "firm", [(3, "keer per jaar", "exact")], None, True)),
}, {2026: "U", 2027: "S:quantity"})


def bod(y):
    return T(f"De corporaties brengen vóór 1 juli {y} hun bod uit op de woonvisie Dorrewold 2023-2030, waarna "
             f"partijen de prestatieafspraken voor {y + 1} uiterlijk op 15 december {y} ondertekenen.",
             F(["corporatie", "partijen"], "firm", [], (y, f"15 december {y}"), True))


A("gez-bod-proces", "G", O, {y: bod(y) for y in YEARS},
  {2026: "R:recurring_year", 2027: "R:recurring_year"})

A("gez-woondeal", "G", B, {
    2025: T("Partijen zetten zich gezamenlijk in om de afspraken uit de regionale woondeal na te komen, waarbij "
            "voor Dorrewold wordt gestreefd naar een aandeel van 30% sociale huur in de totale "
            "nieuwbouwproductie.", F(["partijen"], "intent", [(30, "%", "exact")])),
    2026: SAME,
    2027: T("Partijen spreken af dat ten minste 35% van de totale nieuwbouwproductie in Dorrewold uit sociale "
            "huurwoningen bestaat, ter uitvoering van de afspraken uit de regionale woondeal.",
            F(["partijen"], "firm", [(35, "%", "min")]),
            mon="aandeel sociale huur in de vergunde nieuwbouw, per halfjaar"),
}, {2026: "U", 2027: "S:modality,quantity"})


def sth(y, n):
    return T(f"Partijen dragen er gezamenlijk zorg voor dat de door het Rijk voor {y} vastgestelde taakstelling "
             f"voor de huisvesting van vergunninghouders, voor Dorrewold bepaald op {n} personen, volledig wordt "
             f"gerealiseerd.", F(["partijen"], "firm", [(n, "personen", "exact")], (y, str(y)), True),
             mon="aantal gehuisveste vergunninghouders volgens de COA-rapportage")


A("gez-statushouders", "G", B, {2025: sth(2025, 46), 2026: sth(2026, 52), 2027: sth(2027, 49)},
  {2026: "R:external_figure", 2027: "R:external_figure"})

VS = ("Partijen werken samen binnen het convenant vroegsignalering schulden; de corporaties melden een huurder "
      "bij het gemeentelijk schuldhulpteam zodra sprake is van een huurachterstand van {m}, waarna de gemeente "
      "binnen vijf werkdagen contact opneemt met de huurder.")
A("gez-vroegsignalering", "G", B, {
    2025: T(VS.format(m="twee maanden"), F(["partijen"], "firm", [(2, "maanden", "exact"), (5, "werkdagen", "max")])),
    2026: T(VS.format(m="één maand"), F(["partijen"], "firm", [(1, "maanden", "exact"), (5, "werkdagen", "max")])),
    2027: SAME,
}, {2026: "S:quantity", 2027: "U"}, themes=[B, L])

A("gez-huisuitzetting", "G", B, {
    2025: T("Partijen streven ernaar het aantal huisuitzettingen vanwege huurachterstand te beperken tot maximaal "
            "3 per jaar voor beide corporaties samen.", F(["partijen"], "intent", [(3, "huisuitzettingen", "max")])),
    2026: T("Partijen streven ernaar het aantal huisuitzettingen vanwege huurachterstand te beperken tot maximaal "
            "2 per jaar voor beide corporaties samen.", F(["partijen"], "intent", [(2, "huisuitzettingen", "max")]),
            st="3 huisuitzettingen, waarvan 2 wegens huurachterstand"),
    2027: T("Het is de ambitie van partijen dat het aantal ontruimingen wegens huurschuld bij beide corporaties "
            "samen niet hoger uitkomt dan 2 per jaar.", F(["partijen"], "intent", [(2, "huisuitzettingen", "max")]),
            st="1 huisuitzetting wegens huurachterstand"),
}, {2026: "S:quantity", 2027: "R:same_figures"})

WA = ("een gezamenlijk uitvoeringsplan op voor de wijk Kloosterveld, die in de transitievisie warmte als eerste "
      "wijk is aangewezen om van het aardgas af te gaan.")
A("gez-warmte", "G", D, {
    2025: T("Partijen stellen in 2025 " + WA, F(["partijen"], "firm", [], (2025, "in 2025"))),
    2026: T("Partijen stellen uiterlijk medio 2026 " + WA, F(["partijen"], "firm", [], (2026, "medio 2026")),
            st="niet gerealiseerd; de planvorming is vertraagd door de aanbesteding van het warmtenet"),
    2027: T("Partijen verkennen vóór eind 2027 of een gezamenlijk uitvoeringsplan voor de wijk Kloosterveld, die "
            "in de transitievisie warmte als eerste wijk is aangewezen om van het aardgas af te gaan, haalbaar is.",
            F(["partijen"], "explore", [], (2027, "eind 2027")),
            st="niet gerealiseerd; de netbeheerder heeft de aanleg van het warmtenet uitgesteld"),
}, {2026: "W:deadline", 2027: "W:modality,deadline"})

A("gez-energiearmoede", "G", D, {
    2026: T("Partijen zetten in 2026 gezamenlijk energiecoaches in die ten minste 150 huishoudens met een laag "
            "inkomen bezoeken en adviseren over energiebesparing; de gemeente financiert de coaches en de "
            "corporaties benaderen actief de huurders in woningen met label D of slechter.",
            F(["partijen"], "firm", [(150, "huishoudens", "min")], (2026, "in 2026"), True)),
    2027: T("In 2027 bezoeken energiecoaches, gefinancierd door de gemeente, ten minste 150 huishoudens met een "
            "laag inkomen om hen te adviseren over energiebesparing, waarbij de corporaties huurders in woningen "
            "met label D of slechter actief op dit aanbod wijzen.",
            F(["partijen"], "firm", [(150, "huishoudens", "min")], (2027, "in 2027"), True),
            st="172 huishoudens bezocht"),
}, {2027: "R:recurring_year"}, themes=[D, B])

A("gez-wonen-zorg", "G", K, {
    2025: T("Partijen maken in 2025 afspraken over het aantal zorggeschikte en levensloopbestendige woningen per "
            "kern, op basis van de behoefteraming uit de woonzorgvisie.",
            F(["partijen"], "discuss", [], (2025, "in 2025"))),
    2026: T("Partijen werken volgens de in 2025 gemaakte afspraken over het aantal zorggeschikte en "
            "levensloopbestendige woningen per kern, gebaseerd op de behoefteraming uit de woonzorgvisie.",
            F(["partijen"], "firm"), st="gerealiseerd; afspraken vastgelegd in het bestuurlijk overleg van oktober 2025"),
    2027: SAME,
}, {2026: "S:modality", 2027: "U"})

# ---------------------------------------------------------------- gemeente
GR = ("De gemeente stelt in {y} bouwgrond beschikbaar voor ten minste {n} sociale huurwoningen tegen de sociale "
      "grondprijs van € {p} per woning (prijspeil {pp}).")
A("gem-grond", "M", B, {
    2025: T(GR.format(y=2025, n=40, p="21.500", pp=2025),
            F(["gemeente"], "firm", [(40, "woningen", "min"), (21500, "euro", "exact")], (2025, "in 2025"), True),
            mon="aantal woningen waarvoor een grondexploitatie is vastgesteld"),
    2026: T(GR.format(y=2026, n=40, p="22.150", pp=2026),
            F(["gemeente"], "firm", [(40, "woningen", "min"), (22150, "euro", "exact")], (2026, "in 2026"), True),
            mon="aantal woningen waarvoor een grondexploitatie is vastgesteld"),
    2027: T(GR.format(y=2027, n=30, p="22.150", pp=2026),
            F(["gemeente"], "firm", [(30, "woningen", "min"), (22150, "euro", "exact")], (2027, "in 2027"), True),
            mon="aantal woningen waarvoor een grondexploitatie is vastgesteld"),
}, {2026: "R:indexed_amount", 2027: "W:quantity"})

HV = ("de huisvestingsverordening aan, zodat de corporaties ten hoogste 25% van de vrijkomende sociale "
      "huurwoningen met voorrang kunnen toewijzen aan woningzoekenden met een aantoonbare lokale binding.")
A("gem-huisvestingsverordening", "M", B, {
    2025: T("De gemeente past vóór 1 juli 2025 " + HV,
            F(["gemeente"], "firm", [(25, "%", "max")], (2025, "1 juli 2025"))),
    2026: T("De gemeente past uiterlijk eind 2026 " + HV,
            F(["gemeente"], "firm", [(25, "%", "max")], (2026, "eind 2026")),
            st="vertraagd; de regionale afstemming over de verordening loopt nog"),
}, {2026: "W:deadline"})

A("gem-doorstroming", "M", B, {
    2025: T("De gemeente onderzoekt in 2025 of een doorstroommakelaar kan worden ingezet die senioren in een grote "
            "eengezinswoning helpt bij de verhuizing naar een passende, gelijkvloerse woning.",
            F(["gemeente"], "explore", [], (2025, "in 2025"))),
    2026: T("De gemeente zet vanaf 1 januari 2026 een doorstroommakelaar in die senioren in een grote "
            "eengezinswoning helpt bij de verhuizing naar een passende, gelijkvloerse woning, en draagt de kosten "
            "hiervan voor een periode van twee jaar.",
            F(["gemeente"], "firm", [(2, "jaar", "exact")]), st="onderzoek afgerond in september 2025"),
    2027: T("Senioren die in een grote eengezinswoning wonen en willen verhuizen naar een passende, gelijkvloerse "
            "woning kunnen een beroep doen op de doorstroommakelaar, die door de gemeente sinds 1 januari 2026 "
            "wordt ingezet en voor een periode van twee jaar wordt bekostigd.",
            F(["gemeente"], "firm", [(2, "jaar", "exact")]), st="23 senioren begeleid, waarvan 9 verhuisd"),
}, {2026: "S:modality", 2027: "R:same_figures"})

WMO = ("De gemeente neemt een besluit op aanvragen voor woningaanpassingen in het kader van de Wmo binnen {n} "
       "weken na ontvangst van de volledige aanvraag en stemt grote aanpassingen vooraf af met de betrokken "
       "corporatie.")
A("gem-wmo", "M", K, {
    2025: T(WMO.format(n=8), F(["gemeente"], "firm", [(8, "weken", "max")])),
    2026: SAME,
    2027: T(WMO.format(n=6), F(["gemeente"], "firm", [(6, "weken", "max")])),
}, {2026: "U", 2027: "S:quantity"})

SU = ("een bedrag van € {a} beschikbaar voor de aanpak van energiearmoede, waarvan de corporaties een deel "
      "kunnen inzetten voor kleine energiebesparende maatregelen in woningen van huurders met een laag inkomen.")
CSU = "onder voorbehoud van de toekenning van de specifieke uitkering van het Rijk"
A("gem-subsidie", "M", D, {
    2025: T("De gemeente stelt in 2025 " + SU.format(a="250.000"),
            F(["gemeente"], "firm", [(250000, "euro", "exact")], (2025, "in 2025"), True)),
    2026: T(f"De gemeente stelt in 2026, {CSU}, " + SU.format(a="250.000"),
            F(["gemeente"], "firm", [(250000, "euro", "exact")], (2026, "in 2026"), True, [CSU])),
    2027: T("De gemeente stelt in 2027 " + SU.format(a="300.000"),
            F(["gemeente"], "firm", [(300000, "euro", "exact")], (2027, "in 2027"), True)),
}, {2026: "W:condition", 2027: "S:quantity,condition"}, themes=[D, B])

A("gem-klimaatadaptatie", "M", D, {
    2025: T("De gemeente deelt de uitkomsten van de klimaatstresstest met de corporaties en bespreekt met hen welke "
            "complexen voorrang krijgen bij maatregelen tegen hittestress en wateroverlast.",
            F(["gemeente"], "discuss")),
})

WK = ("een wijkgericht overleg met de corporaties, het wijkteam en de politie, dat ten minste vier keer per jaar "
      "bijeenkomt.")
A("gem-wijkaanpak", "M", L, {
    2025: T("De gemeente organiseert in alle wijken " + WK, F(["gemeente"], "firm", [(4, "keer per jaar", "min")], None, True)),
    2026: T("De gemeente organiseert in de wijken Kloosterveld en De Akkers " + WK,
            F(["gemeente"], "firm", [(4, "keer per jaar", "min")], None, True)),
    2027: SAME,
}, {2026: "W:scope", 2027: "U"})

A("gem-ondersteuning", "M", O, {
    2025: T("De gemeente verplicht zich om jaarlijks aan elke huurdersorganisatie een bijdrage van € 5.000 "
            "beschikbaar te stellen voor scholing en onafhankelijk advies ten behoeve van het overleg over de "
            "prestatieafspraken.",
            F(["gemeente"], "firm", [(5000, "euro", "exact")], None, True)),
    2026: SAME, 2027: SAME,
}, {2026: "U", 2027: "U"})

PV = ("binnen acht weken na ontvangst van een volledig principeverzoek voor sociale woningbouw een besluit over de "
      "medewerking aan het plan.")
CPV = "voor zover het plan past binnen het omgevingsplan"
A("gem-versnelling", "M", B, {
    2026: T("De gemeente neemt " + PV, F(["gemeente"], "firm", [(8, "weken", "max")])),
    2027: T(f"De gemeente neemt, {CPV}, " + PV, F(["gemeente"], "firm", [(8, "weken", "max")], None, False, [CPV])),
}, {2027: "W:condition"})

# ---------------------------------------------------------------- Veldhof
A("vh-nieuwbouw", "V", B, {
    2025: T("Woonstichting Veldhof realiseert in het plan Molenakker in totaal 120 sociale huurwoningen, waarvan er "
            "80 in 2025 worden opgeleverd en de overige 40 uiterlijk eind 2026.",
            F(["corporatie"], "firm", [(120, "woningen", "exact"), (80, "woningen", "exact"), (40, "woningen", "exact")],
              (2026, "eind 2026")), mon="aantal opgeleverde woningen per halfjaar"),
    2026: T("Woonstichting Veldhof levert uiterlijk eind 2026 de resterende 40 sociale huurwoningen in het plan "
            "Molenakker op, waarmee dit plan van in totaal 120 woningen wordt afgerond.",
            F(["corporatie"], "firm", [(40, "woningen", "exact"), (120, "woningen", "exact")], (2026, "eind 2026")),
            mon="aantal opgeleverde woningen per halfjaar", st="gerealiseerd; 80 woningen opgeleverd in oktober 2025"),
}, {2026: "R:progress"})

A("vh-seniorenbouw", "V", B, {
    2025: T("Woonstichting Veldhof start vóór eind 2025 met de bouw van 36 appartementen voor senioren in het plan "
            "Oude Veiling, met oplevering in 2027.",
            F(["corporatie"], "firm", [(36, "woningen", "exact")], (2027, "2027"))),
    2026: T("Woonstichting Veldhof start uiterlijk in het derde kwartaal van 2026 met de bouw van 30 appartementen "
            "voor senioren in het plan Oude Veiling, met oplevering eind 2028.",
            F(["corporatie"], "firm", [(30, "woningen", "exact")], (2028, "eind 2028")),
            st="niet gestart; het bestemmingsplan is gewijzigd"),
    2027: T("Woonstichting Veldhof levert de 30 appartementen voor senioren in het plan Oude Veiling, waarvan de "
            "bouw in 2026 is gestart, uiterlijk medio 2028 op.",
            F(["corporatie"], "firm", [(30, "woningen", "exact")], (2028, "medio 2028")),
            st="bouw gestart in september 2026"),
}, {2026: "W:quantity,deadline", 2027: "S:deadline"}, themes=[B, K])

A("vh-huurverhoging", "V", B, {
    2025: T("Woonstichting Veldhof houdt de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de "
            "inflatie.", F(["corporatie"], "firm", [], (2025, "1 juli 2025"), True)),
    2026: T("Woonstichting Veldhof houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de "
            "inflatie.", F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "1 juli 2026"), True)),
    2027: T("Woonstichting Veldhof houdt de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5% onder de "
            "inflatie.", F(["corporatie"], "firm", [(0.5, "%", "min")], (2027, "1 juli 2027"), True)),
}, {2026: "S:quantity", 2027: "R:recurring_year"})

VK = ("bestaande huurwoningen, uitsluitend uit complexen die in de portefeuillestrategie als verkoopvijver zijn "
      "aangewezen.")
A("vh-verkoop", "V", B, {
    2025: T("Woonstichting Veldhof verkoopt in 2025 maximaal 10 " + VK,
            F(["corporatie"], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
    2026: T("Woonstichting Veldhof verkoopt in 2026 maximaal 6 " + VK,
            F(["corporatie"], "firm", [(6, "woningen", "max")], (2026, "in 2026"), True), st="8 woningen verkocht"),
    2027: T("Woonstichting Veldhof verkoopt in 2027 geen bestaande huurwoningen; de verkoopvijver uit de "
            "portefeuillestrategie wordt opgeheven.",
            F(["corporatie"], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True), st="5 woningen verkocht"),
}, {2026: "S:quantity", 2027: "S:quantity"})

A("vh-labels", "V", D, {
    2025: T("Woonstichting Veldhof heeft uiterlijk eind 2026 geen woningen meer met energielabel E, F of G en pakt "
            "daartoe in 2025 ten minste 45 van de nog resterende woningen met een dergelijk label aan.",
            F(["corporatie"], "firm", [(45, "woningen", "min")], (2026, "eind 2026"))),
    2026: T("Woonstichting Veldhof heeft uiterlijk eind 2026 geen woningen meer met energielabel E, F of G en pakt "
            "daartoe in 2026 de laatste 12 woningen met een dergelijk label aan.",
            F(["corporatie"], "firm", [(12, "woningen", "exact")], (2026, "eind 2026")),
            st="47 woningen verbeterd naar label C of beter"),
}, {2026: "R:progress"})

LG = "Woonstichting Veldhof streeft ernaar dat haar woningbezit in Dorrewold eind 2030 gemiddeld energielabel {l} heeft."
A("vh-label-gemiddeld", "V", D, {
    2025: T(LG.format(l="B"), F(["corporatie"], "intent", [("B", "label", "min")], (2030, "eind 2030")),
            mon="gemiddelde energie-index volgens de jaarlijkse labelrapportage"),
    2026: SAME,
    2027: T(LG.format(l="C"), F(["corporatie"], "intent", [("C", "label", "min")], (2030, "eind 2030")),
            mon="gemiddelde energie-index volgens de jaarlijkse labelrapportage"),
}, {2026: "U", 2027: "W:label"})

ZO = ("zonnepanelen op ten minste 150 eengezinswoningen, waarbij huurders een vaste maandelijkse vergoeding betalen "
      "die lager is dan de verwachte besparing op de energierekening.")
CZO = "mits de netbeheerder voldoende netcapaciteit beschikbaar stelt"
A("vh-zon", "V", D, {
    2025: T("Woonstichting Veldhof plaatst in 2025 " + ZO,
            F(["corporatie"], "firm", [(150, "woningen", "min")], (2025, "in 2025"), True)),
    2026: T(f"Woonstichting Veldhof plaatst in 2026, {CZO}, " + ZO,
            F(["corporatie"], "firm", [(150, "woningen", "min")], (2026, "in 2026"), True, [CZO])),
    2027: T(f"Woonstichting Veldhof plaatst in 2027, {CZO}, " + ZO,
            F(["corporatie"], "firm", [(150, "woningen", "min")], (2027, "in 2027"), True, [CZO]),
            st="112 woningen voorzien van zonnepanelen"),
}, {2026: "W:condition", 2027: "R:recurring_year"}, themes=[D, B])

OH = ("Woonstichting Veldhof verhelpt spoedeisende reparaties binnen 24 uur en voert overige reparatieverzoeken "
      "uit binnen {n} werkdagen na de melding.")
A("vh-onderhoud", "V", K, {
    2025: T(OH.format(n=10), F(["corporatie"], "firm", [(24, "uur", "max"), (10, "werkdagen", "max")]),
            mon="percentage reparaties binnen de normtijd, per kwartaal"),
    2026: SAME,
    2027: T(OH.format(n=15), F(["corporatie"], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")]),
            mon="percentage reparaties binnen de normtijd, per kwartaal"),
}, {2026: "U", 2027: "W:quantity"})

SC = ("een proactieve inspectie op vocht en schimmel uit en stelt op basis daarvan per complex een "
      "verbeterplan op.")
A("vh-schimmel", "V", K, {
    2025: T("Woonstichting Veldhof voert in twee complexen, bij wijze van pilot, " + SC,
            F(["corporatie"], "firm", [(2, "complexen", "exact")])),
    2026: T("Woonstichting Veldhof voert in alle complexen van vóór 1980 " + SC, F(["corporatie"], "firm"),
            st="pilot afgerond in De Akkers en aan de Beukenlaan"),
    2027: SAME,
}, {2026: "S:scope", 2027: "U"})

LB = ("Woonstichting Veldhof zet jaarlijks een leefbaarheidsbudget in van € {n} per woning, onder meer voor "
      "bewonersinitiatieven, het onderhoud van groen rond de complexen en de inzet van een huismeester.")
A("vh-leefbaarheid", "V", L, {
    2025: T(LB.format(n=95), F(["corporatie"], "firm", [(95, "euro", "exact")], None, True)),
    2026: SAME,
    2027: T(LB.format(n=80), F(["corporatie"], "firm", [(80, "euro", "exact")], None, True)),
}, {2026: "U", 2027: "W:quantity"})

A("vh-huismeester", "V", L, {
    2025: T("Woonstichting Veldhof zet in de wijk Kloosterveld een huismeester in voor 32 uur per week, die "
            "aanspreekpunt is voor bewoners en toeziet op de schoonmaak van gemeenschappelijke ruimten.",
            F(["corporatie"], "firm", [(32, "uur per week", "exact")])),
})

CMH = "onder voorbehoud van goedkeuring door de Raad van Commissarissen"
A("vh-middenhuur", "V", B, {
    2027: T("Woonstichting Veldhof onderzoekt in 2027 of in het plan Molenakker-Zuid 20 middenhuurwoningen kunnen "
            f"worden toegevoegd voor huishoudens met een middeninkomen, {CMH}.",
            F(["corporatie"], "explore", [(20, "woningen", "exact")], (2027, "in 2027"), False, [CMH])),
})

CWN = "indien het warmtenet tijdig door de netbeheerder wordt opgeleverd"
A("vh-warmtenet", "V", D, {
    2027: T("Woonstichting Veldhof sluit in 2027 ten minste 60 woningen in Kloosterveld aan op het warmtenet, "
            f"{CWN}.", F(["corporatie"], "firm", [(60, "woningen", "min")], (2027, "in 2027"), False, [CWN])),
})

# ---------------------------------------------------------------- Oostrand
A("oo-flex", "O", B, {
    2025: T("Woongoed Oostrand onderzoekt de mogelijkheid om op de locatie Stationsweg tijdelijke flexwoningen te "
            "plaatsen voor spoedzoekers en jongeren tot 28 jaar.",
            F(["corporatie"], "explore", [(28, "jaar", "max")])),
    2026: T("Woongoed Oostrand plaatst uiterlijk eind 2026 op de locatie Stationsweg in totaal 48 flexwoningen voor "
            "spoedzoekers en jongeren tot 28 jaar.",
            F(["corporatie"], "firm", [(48, "woningen", "exact"), (28, "jaar", "max")], (2026, "eind 2026")),
            st="haalbaarheidsonderzoek afgerond"),
    2027: T("Woongoed Oostrand plaatst uiterlijk medio 2027 op de locatie Stationsweg in totaal 60 flexwoningen voor "
            "spoedzoekers en jongeren tot 28 jaar.",
            F(["corporatie"], "firm", [(60, "woningen", "exact"), (28, "jaar", "max")], (2027, "medio 2027")),
            st="vertraagd door bezwaar tegen de omgevingsvergunning"),
}, {2026: "S:modality", 2027: "M:quantity,deadline"})

LI = ("Woongoed Oostrand liberaliseert in {y} maximaal {n} sociale huurwoningen bij mutatie en verhuurt deze "
      "vervolgens als middenhuurwoning.")
A("oo-liberalisatie", "O", B, {
    2025: T(LI.format(y=2025, n=15), F(["corporatie"], "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
    2026: T(LI.format(y=2026, n=20), F(["corporatie"], "firm", [(20, "woningen", "max")], (2026, "in 2026"), True)),
    2027: T(LI.format(y=2027, n=20), F(["corporatie"], "firm", [(20, "woningen", "max")], (2027, "in 2027"), True)),
}, {2026: "W:quantity", 2027: "R:recurring_year"})

TW = "van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar."
A("oo-toewijzing", {2025: "O", 2026: "O", 2027: "G"}, B, {
    2025: T("Woongoed Oostrand wijst ten minste 30% " + TW,
            F(["corporatie"], "firm", [(30, "%", "min"), (28, "jaar", "max")]), mon="toewijzingsrapportage per kwartaal"),
    2026: T("Woongoed Oostrand wijst ten minste 25% " + TW,
            F(["corporatie"], "firm", [(25, "%", "min"), (28, "jaar", "max")]), mon="toewijzingsrapportage per kwartaal"),
    2027: T("De corporaties wijzen elk ten minste 25% van hun vrijkomende sociale huurwoningen toe aan starters tot "
            "28 jaar.", F(["corporatie"], "firm", [(25, "%", "min"), (28, "jaar", "max")]),
            mon="toewijzingsrapportage per kwartaal"),
}, {2026: "W:quantity", 2027: "S:scope"})

OL = ("Woongoed Oostrand verduurzaamt in {y} ten minste {n} woningen naar minimaal energielabel {l} door isolatie "
      "van gevel, dak en vloer en het plaatsen van een hybride warmtepomp.")
A("oo-label", "O", D, {
    2025: T(OL.format(y=2025, n=80, l="B"), F(["corporatie"], "firm", [(80, "woningen", "min"), ("B", "label", "min")],
                                              (2025, "in 2025"), True),
            mon="aantal woningen met een labelsprong op basis van afgemelde labels"),
    2026: T(OL.format(y=2026, n=100, l="B"), F(["corporatie"], "firm", [(100, "woningen", "min"), ("B", "label", "min")],
                                               (2026, "in 2026"), True),
            mon="aantal woningen met een labelsprong op basis van afgemelde labels", st="84 woningen verduurzaamd"),
    2027: T(OL.format(y=2027, n=100, l="A"), F(["corporatie"], "firm", [(100, "woningen", "min"), ("A", "label", "min")],
                                               (2027, "in 2027"), True),
            mon="aantal woningen met een labelsprong op basis van afgemelde labels", st="103 woningen verduurzaamd"),
}, {2026: "S:quantity", 2027: "S:label"})

WP = "de gasketels door een collectieve warmtepomp."
A("oo-warmtepomp", "O", D, {
    2025: T("Woongoed Oostrand vervangt in 2025 in alle complexen met een collectieve cv-installatie " + WP,
            F(["corporatie"], "firm", [], (2025, "in 2025"))),
    2026: T("Woongoed Oostrand vervangt in 2026 in twee complexen met een collectieve cv-installatie, bij wijze van "
            "pilot, " + WP, F(["corporatie"], "firm", [(2, "complexen", "exact")], (2026, "in 2026")),
            st="niet gerealiseerd; de aanbesteding leverde geen passende inschrijving op"),
}, {2026: "W:scope"})

A("oo-klachten", "O", K, {
    2025: T("Woongoed Oostrand behandelt klachten over achterstallig onderhoud binnen 3 werkdagen en laat de "
            "huurder binnen 10 werkdagen weten wanneer het herstel wordt uitgevoerd.",
            F(["corporatie"], "firm", [(3, "werkdagen", "max"), (10, "werkdagen", "max")])),
    2026: T("Klachten over achterstallig onderhoud worden door Woongoed Oostrand binnen 3 werkdagen in behandeling "
            "genomen, waarna de huurder binnen 10 werkdagen bericht krijgt over het moment waarop het herstel "
            "plaatsvindt.", F(["corporatie"], "firm", [(3, "werkdagen", "max"), (10, "werkdagen", "max")])),
    2027: SAME,
}, {2026: "R:same_figures", 2027: "U"})

A("oo-toegankelijk", "O", K, {
    2025: T("Woongoed Oostrand zal in 2025 ten minste 20 bestaande woningen levensloopgeschikt maken door het "
            "verwijderen van drempels en het aanbrengen van beugels en een douchezitje.",
            F(["corporatie"], "firm", [(20, "woningen", "min")], (2025, "in 2025"), True)),
    2026: T("Woongoed Oostrand streeft ernaar in 2026 ten minste 20 bestaande woningen levensloopgeschikt te maken "
            "door het verwijderen van drempels en het aanbrengen van beugels en een douchezitje.",
            F(["corporatie"], "intent", [(20, "woningen", "min")], (2026, "in 2026"), True), st="14 woningen aangepast"),
    2027: T("Woongoed Oostrand zegt toe in 2027 ten minste 20 bestaande woningen levensloopgeschikt te maken door "
            "het verwijderen van drempels en het aanbrengen van beugels en een douchezitje.",
            F(["corporatie"], "firm", [(20, "woningen", "min")], (2027, "in 2027"), True), st="21 woningen aangepast"),
}, {2026: "W:modality", 2027: "S:modality"})

A("oo-buurtbemiddeling", {2025: "O", 2026: "O", 2027: "G"}, L, {
    2025: T("Woongoed Oostrand draagt jaarlijks € 12.000 bij aan de buurtbemiddeling in Dorrewold, die door de "
            "gemeente wordt gefinancierd en door een welzijnsorganisatie wordt uitgevoerd.",
            F(["corporatie"], "firm", [(12000, "euro", "exact")], None, True)),
    2026: SAME,
    2027: T("De gemeente en Woongoed Oostrand financieren samen de buurtbemiddeling in Dorrewold, die door een "
            "welzijnsorganisatie wordt uitgevoerd; Woongoed Oostrand draagt hieraan jaarlijks € 12.000 bij.",
            F(["gemeente", "corporatie"], "firm", [(12000, "euro", "exact")], None, True)),
}, {2026: "U", 2027: "R:same_figures"})

US = ("woningen beschikbaar te stellen voor huurders die uitstromen uit beschermd wonen of de maatschappelijke "
      "opvang, met begeleiding door een zorgaanbieder.")
A("oo-uitstroom", "O", B, {
    2025: T("Woongoed Oostrand zegt toe jaarlijks 6 " + US, F(["corporatie"], "firm", [(6, "woningen", "exact")], None, True)),
    2026: T("Woongoed Oostrand zet zich in om jaarlijks 6 " + US, F(["corporatie"], "intent", [(6, "woningen", "exact")], None, True),
            st="5 woningen beschikbaar gesteld"),
    2027: T("Woongoed Oostrand zet zich in om jaarlijks 8 " + US, F(["corporatie"], "intent", [(8, "woningen", "exact")], None, True)),
}, {2026: "W:modality", 2027: "S:quantity"}, themes=[B, L])

A("oo-woonconsulent", "O", L, {
    2026: T("Woongoed Oostrand zet vanaf 2026 een woonconsulent in die alle huurders van 75 jaar en ouder ten "
            "minste eenmaal per jaar bezoekt om zicht te krijgen op eenzaamheid, veiligheid en de geschiktheid van "
            "de woning.", F(["corporatie"], "firm", [(75, "jaar", "min"), (1, "keer per jaar", "min")], None, True)),
    2027: SAME,
}, {2027: "U"})

A("oo-groen", "O", D, {
    2027: T("Woongoed Oostrand bekijkt bij elk groot onderhoudsproject de mogelijkheid om groene daken, "
            "regenwaterbuffers of extra beplanting aan te brengen tegen hittestress en wateroverlast.",
            F(["corporatie"], "explore")),
})

# ---------------------------------------------------------------- huurdersorganisaties
AB = ("De huurdersorganisaties raadplegen ten minste {n} keer per jaar hun achterban over de uitvoering van deze "
      "afspraken en brengen de uitkomsten in bij het bestuurlijk overleg.")
A("ho-achterban", "H", O, {
    2025: T(AB.format(n="één"), F(["huurdersorganisatie"], "firm", [(1, "keer per jaar", "min")], None, True)),
    2026: SAME,
    2027: T(AB.format(n="twee"), F(["huurdersorganisatie"], "firm", [(2, "keer per jaar", "min")], None, True)),
}, {2026: "U", 2027: "S:quantity"})


def advies(y):
    return T(f"De huurdersorganisaties brengen vóór 15 juni {y} schriftelijk advies uit aan hun corporatie over het "
             f"conceptbod, zodat dit advies kan worden meegewogen in het definitieve bod.",
             F(["huurdersorganisatie"], "firm", [], (y, f"15 juni {y}"), True))


A("ho-advies-bod", "H", O, {y: advies(y) for y in YEARS}, {2026: "R:recurring_year", 2027: "R:recurring_year"})

A("ho-energiecoach", "H", D, {
    2025: T("De huurdersorganisaties werven onder hun leden vrijwillige energiecoaches en organiseren samen met de "
            "corporaties twee voorlichtingsavonden over energiebesparing.",
            F(["huurdersorganisatie"], "firm", [(2, "voorlichtingsavonden", "exact")])),
})

A("ho-bewonerscommissies", {2025: "H", 2026: "H", 2027: "G"}, L, {
    2025: T("De huurdersorganisaties gaan met de corporaties in gesprek over de oprichting van bewonerscommissies "
            "in complexen waar die nog ontbreken.", F(["huurdersorganisatie"], "discuss")),
    2026: T("De huurdersorganisaties richten in 2026 samen met de corporaties in ten minste drie complexen waar die "
            "nog ontbreekt een bewonerscommissie op.",
            F(["huurdersorganisatie", "corporatie"], "firm", [(3, "complexen", "min")], (2026, "in 2026"))),
    2027: T("De huurdersorganisaties richten in 2027 samen met de corporaties in de resterende twee complexen waar "
            "die nog ontbreekt een bewonerscommissie op.",
            F(["huurdersorganisatie", "corporatie"], "firm", [(2, "complexen", "exact")], (2027, "in 2027")),
            st="in één complex een bewonerscommissie opgericht"),
}, {2026: "S:modality", 2027: "R:progress"}, themes=[L, O])

A("ho-digitaal", "H", O, {
    2027: T("De huurdersorganisaties zetten in 2027, met financiële ondersteuning van de gemeente, een digitaal "
            "huurderspanel op om ook jongere huurders en huurders met weinig tijd bij hun werk te betrekken.",
            F(["huurdersorganisatie"], "firm", [], (2027, "in 2027"))),
})
