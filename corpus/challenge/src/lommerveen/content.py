# -*- coding: utf-8 -*-
"""Content of the lommerveen family (fictional): prestatieafspraken 2024, 2025, 2026 and a raadsmededeling 2025.

Each chain is one afspraak over the years: key, themes, and per year (section code, text, frame).
Pair statuses are given per transition: p1 = 2024 -> 2025, p2 = 2025 -> 2026.
"""

GEMEENTE = "Lommerveen"
CORPS = ["Woonstichting Veenhorst", "Stichting Lommergoed Wonen"]
HUURDERS = ["Huurdersbelang Lommerveen"]
YEARS = [2024, 2025, 2026]

SECTIONS = {
    2024: {"B": "Beschikbaar en betaalbaar wonen", "D": "Duurzaam en klimaatbestendig wonen",
           "K": "Goed en gezond wonen", "L": "Prettig samenleven in de wijk", "O": "Samen aan de slag"},
    2025: {"B": "Beschikbaar en betaalbaar wonen", "D": "Duurzaam en klimaatbestendig wonen",
           "K": "Goed en gezond wonen", "L": "Prettig samenleven in de wijk", "O": "Samen aan de slag"},
    2026: {"B": "Beschikbaar en betaalbaar wonen", "D": "Duurzaam en klimaatbestendig wonen",
           "K": "Goed en gezond wonen", "L": "Leefbare wijken en buurten", "O": "Samen aan de slag"},
}
COLORS = {"B": (0.11, 0.33, 0.55), "D": (0.16, 0.47, 0.29), "K": (0.55, 0.27, 0.10),
          "L": (0.45, 0.18, 0.45), "O": (0.30, 0.30, 0.33)}

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def F(actors, modality, q=None, dl=None, rec=False, cond=None):
    qs = []
    for t in (q or []):
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": actors, "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": cond or []}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# chain: key, themes, {year: (section, text, frame)}, p1 (status, kinds, hn), p2 (status, kinds, hn)
CHAINS = []


def chain(key, themes, versions, p1=None, p2=None):
    CHAINS.append({"key": key, "themes": themes, "v": versions, "p1": p1, "p2": p2})


U = ("unchanged", [], None)


def S(*k):
    return ("strengthened", list(k), None)


def W(*k):
    return ("weakened", list(k), None)


def R(hn):
    return ("reworded", [], hn)


NEW = ("new", [], None)
DROP = ("dropped", [], None)

# ---------------------------------------------------------------- B
t = ("Veenhorst en Lommergoed leveren in 2024 samen ten minste 85 sociale huurwoningen op, waarvan 50 in het plan "
     "Lommerhof en 35 verspreid over de kernen Veendijk en Oostlommer.")
t5 = ("Veenhorst en Lommergoed leveren in 2025 samen ten minste 110 sociale huurwoningen op, waarvan 70 in het plan "
      "Lommerhof en 40 verspreid over de kernen Veendijk en Oostlommer.")
t6 = ("Veenhorst en Lommergoed streven ernaar in 2026 samen circa 110 sociale huurwoningen op te leveren, waarvan "
      "70 in het plan Lommerhof en 40 verspreid over de kernen Veendijk en Oostlommer.")
chain("nieuwbouw-sociaal", [BB], {
    2024: ("B", t, F([C], "firm", [(85, "woningen", "min")], (2024, "in 2024"))),
    2025: ("B", t5, F([C], "firm", [(110, "woningen", "min")], (2025, "in 2025"))),
    2026: ("B", t6, F([C], "intent", [(110, "woningen", "approx")], (2026, "in 2026")))},
    S("quantity"), W("modality"))

pl = ("De gemeente stelt vóór 1 oktober {y} een actueel overzicht van de plancapaciteit op en bespreekt dit met de "
      "corporaties en Huurdersbelang Lommerveen, zodat nieuwe locaties voor sociale huur tijdig in beeld komen.")
chain("plancapaciteit", [BB], {y: ("B", pl.format(y=y), F([G], "firm", None, (y, "vóór 1 oktober %d" % y), True))
                               for y in YEARS}, R("recurring_year"), R("recurring_year"))

chain("grondprijs", [BB], {
    2024: ("B", "De gemeente onderzoekt of voor sociale huurwoningen in uitleglocaties een gereduceerde grondprijs kan "
                "worden gehanteerd en legt de uitkomst in het eerste halfjaar voor aan het bestuurlijk overleg.",
           F([G], "explore")),
    2025: ("B", "De gemeente hanteert voor sociale huurwoningen in uitleglocaties een vaste grondprijs van € 24.500 "
                "per woning (prijspeil 2025).", F([G], "firm", [(24500, "euro", "exact")])),
    2026: ("B", "De gemeente hanteert voor sociale huurwoningen in uitleglocaties een vaste grondprijs van € 25.300 "
                "per woning (prijspeil 2026).", F([G], "firm", [(25300, "euro", "exact")]))},
    S("modality"), R("indexed_amount"))

vk = ("Veenhorst verkoopt in {y} maximaal {n} bestaande huurwoningen uit complexen die in de portefeuillestrategie "
      "als verkoopvijver zijn aangemerkt; Lommergoed verkoopt geen woningen.")
chain("verkoop", [BB], {y: ("B", vk.format(y=y, n=n), F([C], "firm", [(n, "woningen", "max")], (y, "in %d" % y)))
                        for y, n in ((2024, 15), (2025, 10), (2026, 20))}, S("quantity"), W("quantity"))

lb5 = "De corporaties liberaliseren gedurende de looptijd van deze afspraken geen woningen bij mutatie."
chain("liberalisatie", [BB], {
    2024: ("B", "De corporaties liberaliseren in 2024 niet meer dan 10 woningen bij mutatie en uitsluitend in "
                "complexen waar de sociale voorraad in de buurt ruim voldoende is.",
           F([C], "firm", [(10, "woningen", "max")], (2024, "in 2024"))),
    2025: ("B", lb5, F([C], "firm", [(0, "woningen", "max")])),
    2026: ("B", lb5, F([C], "firm", [(0, "woningen", "max")]))}, S("quantity"), U)

chain("huurverhoging", [BB], {
    2024: ("B", "Veenhorst en Lommergoed beperken de jaarlijkse huurverhoging per 1 juli 2024 voor sociale "
                "huurwoningen tot maximaal het niveau van de inflatie; inkomensafhankelijke huurverhoging wordt niet "
                "toegepast.", F([C], "firm", None, (2024, "per 1 juli 2024"), True)),
    2025: ("B", "Veenhorst en Lommergoed beperken de jaarlijkse huurverhoging per 1 juli 2025 voor sociale "
                "huurwoningen tot ten minste 0,5% onder de inflatie; inkomensafhankelijke huurverhoging wordt niet "
                "toegepast.", F([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
    2026: ("B", "Veenhorst en Lommergoed beperken de jaarlijkse huurverhoging per 1 juli 2026 voor sociale "
                "huurwoningen tot ten minste 0,5% onder de inflatie; inkomensafhankelijke huurverhoging wordt niet "
                "toegepast.", F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True))},
    S("quantity"), R("recurring_year"))

tk = ("De corporaties stellen in {y} voldoende woningen beschikbaar om de taakstelling voor vergunninghouders te "
      "halen; voor {y} is deze taakstelling door het Rijk vastgesteld op {n} personen.")
chain("vergunninghouders", [BB], {y: ("B", tk.format(y=y, n=n),
                                      F([C], "firm", [(n, "personen", "exact")], (y, "in %d" % y), True))
                                  for y, n in ((2024, 62), (2025, 58), (2026, 71))},
      R("external_figure"), R("external_figure"))

st = ("Lommergoed wijst ten minste {n}% van de vrijkomende eengezinswoningen toe aan starters met lokale binding, "
      "binnen de ruimte die de huisvestingsverordening daarvoor biedt.")
chain("starters", [BB], {
    2024: ("B", st.format(n=20), F([C], "firm", [(20, "%", "min")])),
    2025: ("B", st.format(n=20), F([C], "firm", [(20, "%", "min")])),
    2026: ("B", st.format(n=25), F([C], "firm", [(25, "%", "min")]))}, U, S("quantity"))

d5 = ("Partijen werken volgens de gemaakte afspraken over de doorstroomregeling voor senioren die een grote "
      "eengezinswoning achterlaten, met een verhuisvergoeding en behoud van de huurprijs per vierkante meter.")
chain("doorstroming-senioren", [BB], {
    2024: ("B", "Partijen maken in 2024 afspraken over een doorstroomregeling voor senioren die een grote "
                "eengezinswoning achterlaten, met in elk geval een verhuisvergoeding en behoud van de huurprijs per "
                "vierkante meter.", F([P], "discuss", None, (2024, "in 2024"))),
    2025: ("B", d5, F([P], "firm")), 2026: ("B", d5, F([P], "firm"))}, S("modality"), U)

ha = ("De corporaties nemen bij een huurachterstand van {m} persoonlijk contact op met de huurder en melden de "
      "achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering.")
chain("huurachterstand", [BB], {
    2024: ("B", ha.format(m="twee maanden"), F([C], "firm", [(2, "maanden", "exact")])),
    2025: ("B", ha.format(m="twee maanden"), F([C], "firm", [(2, "maanden", "exact")])),
    2026: ("B", ha.format(m="één maand"), F([C], "firm", [(1, "maanden", "exact")]))}, U, S("quantity"))

hu = ("Partijen zetten zich in om huisuitzettingen wegens huurachterstand zoveel mogelijk te voorkomen en streven naar "
      "maximaal 4 ontruimingen per jaar in de gemeente.")
chain("huisuitzettingen", [BB, LB], {y: ("B", hu, F([P], "intent", [(4, "ontruimingen", "max")])) for y in YEARS},
      U, U)

wt = ("Veenhorst en Lommergoed zetten zich in om de gemiddelde inschrijfduur van woningzoekenden die een sociale "
      "huurwoning accepteren te beperken tot maximaal {n} jaar.")
chain("wachttijd", [BB], {2024: ("B", wt.format(n=5), F([C], "intent", [(5, "jaar", "max")])),
                          2025: ("B", wt.format(n=6), F([C], "intent", [(6, "jaar", "max")]))},
      W("quantity"), DROP)

chain("huisvestingsverordening", [BB, OV], {
    2024: ("B", "De gemeente actualiseert in 2024 de huisvestingsverordening en betrekt de corporaties en "
                "Huurdersbelang Lommerveen bij de inspraak op het ontwerp.", F([G], "firm", None, (2024, "in 2024")))},
    DROP, None)

chain("middenhuur", [BB], {
    2025: ("B", "De gemeente en Veenhorst verkennen in 2025 de bouw van circa 30 middenhuurwoningen in het plan "
                "Lommerhof, als aanvulling op het sociale programma.",
           F([G, C], "explore", [(30, "woningen", "approx")], (2025, "in 2025"))),
    2026: ("B", "Veenhorst realiseert uiterlijk eind 2027 circa 30 middenhuurwoningen in het plan Lommerhof, als "
                "aanvulling op het sociale programma, onder voorbehoud van een positieve haalbaarheidsstudie.",
           F([C], "firm", [(30, "woningen", "approx")], (2027, "uiterlijk eind 2027"),
             False, ["onder voorbehoud van een positieve haalbaarheidsstudie"]))},
    NEW, ("modified", ["modality", "condition"], None))

chain("regionale-woonruimteverdeling", [BB], {
    2025: ("B", "De gemeente verkent met de corporaties of een gezamenlijke woonruimteverdeling met de buurgemeenten "
                "in de regio kan worden ingevoerd.", F([G, C], "explore")),
    2026: ("B", "De gemeente voert samen met de corporaties per 1 januari 2027 een gezamenlijke woonruimteverdeling "
                "met de buurgemeenten in de regio in.", F([G, C], "firm", None, (2027, "per 1 januari 2027")))},
    NEW, S("modality", "deadline"))

# ---------------------------------------------------------------- D
chain("label-efg", [DK], {
    2024: ("D", "De corporaties hebben eind 2026 geen woningen meer met energielabel E, F of G; in 2024 worden "
                "hiertoe 60 woningen met label E, F of G verbeterd.",
           F([C], "firm", [(60, "woningen", "exact")], (2026, "eind 2026"))),
    2025: ("D", "De corporaties hebben eind 2026 geen woningen meer met energielabel E, F of G; hiertoe worden in "
                "2025 de resterende 38 woningen met label E, F of G verbeterd.",
           F([C], "firm", [(38, "woningen", "exact")], (2026, "eind 2026"))),
    2026: ("D", "De corporaties hebben eind 2027 geen woningen meer met energielabel E, F of G; de resterende 12 "
                "woningen worden in 2026 en 2027 verbeterd, mits de bewoners instemmen met de renovatie.",
           F([C], "firm", [(12, "woningen", "exact")], (2027, "eind 2027"), False,
             ["mits de bewoners instemmen met de renovatie"]))},
    R("progress"), W("deadline", "condition"))

gl = "Veenhorst bereikt uiterlijk in 2028 voor haar totale bezit gemiddeld energielabel {l}."
chain("gemiddeld-label", [DK], {
    2024: ("D", gl.format(l="B"), F([C], "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
    2025: ("D", gl.format(l="C"), F([C], "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028"))),
    2026: ("D", gl.format(l="B"), F([C], "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028")))},
    W("label"), S("label"))

zw = ("Lommergoed verduurzaamt {w} de 96 woningen in het complex Zwanenhof naar minimaal label B, inclusief "
      "na-isolatie van gevels en daken en de plaatsing van hybride warmtepompen.")
chain("zwanenhof", [DK], {
    2024: ("D", zw.format(w="in het derde kwartaal van 2024"),
           F([C], "firm", [(96, "woningen", "exact"), ("B", "label", "min")], (2024, "in het derde kwartaal van 2024"))),
    2025: ("D", zw.format(w="uiterlijk in het eerste kwartaal van 2025"),
           F([C], "firm", [(96, "woningen", "exact"), ("B", "label", "min")],
             (2025, "uiterlijk in het eerste kwartaal van 2025")))},
    W("deadline"), DROP)

zp = ("Veenhorst plaatst in {y} zonnepanelen op {n} grondgebonden woningen{c}; huurders betalen hiervoor een vaste "
      "maandelijkse vergoeding die lager is dan hun gemiddelde besparing.")
cnd = ", voor zover de netbeheerder voldoende aansluitcapaciteit beschikbaar stelt"
chain("zonnepanelen", [DK], {
    2024: ("D", zp.format(y=2024, n=150, c=""), F([C], "firm", [(150, "woningen", "exact")], (2024, "in 2024"))),
    2025: ("D", zp.format(y=2025, n=200, c=""), F([C], "firm", [(200, "woningen", "exact")], (2025, "in 2025"))),
    2026: ("D", zp.format(y=2026, n=200, c=cnd), F([C], "firm", [(200, "woningen", "exact")], (2026, "in 2026"),
                                                      False, [cnd[2:]]))},
    S("quantity"), W("condition"))

chain("wijkuitvoeringsplan", [DK], {
    2024: ("D", "De gemeente werkt de transitievisie warmte voor de wijk De Lommerd uit tot een wijkuitvoeringsplan "
                "en betrekt de corporaties en de huurders hierbij vanaf de start.", F([G], "firm")),
    2025: ("D", "De gemeente stelt vóór 1 juli 2026 het wijkuitvoeringsplan voor de wijk De Lommerd vast en "
                "betrekt de corporaties en de huurders hierbij vanaf de start.",
           F([G], "firm", None, (2026, "vóór 1 juli 2026"))),
    2026: ("D", "De gemeente stelt vóór 1 januari 2027 het wijkuitvoeringsplan voor de wijk De Lommerd vast en "
                "betrekt de corporaties en de huurders hierbij vanaf de start.",
           F([G], "firm", None, (2027, "vóór 1 januari 2027")))},
    S("deadline"), W("deadline"))

ec = ("De gemeente zet in {y} energiecoaches in voor huurders met een hoge energierekening{c}; de corporaties wijzen "
      "hun huurders actief op dit aanbod.")
ecc = ", indien de rijksmiddelen hiervoor worden voortgezet"
chain("energiecoaches", [DK, BB], {
    2024: ("D", ec.format(y=2024, c=""), F([G, C], "firm", None, (2024, "in 2024"), True)),
    2025: ("B", ec.format(y=2025, c=""), F([G, C], "firm", None, (2025, "in 2025"), True)),
    2026: ("B", ec.format(y=2026, c=ecc), F([G, C], "firm", None, (2026, "in 2026"), True, [ecc[2:]]))},
    R("recurring_year"), W("condition"))

ka5 = ("Bij groot onderhoud en renovatie worden door de corporaties maatregelen tegen hittestress en wateroverlast "
       "meegenomen, zoals groene daken en het afkoppelen van hemelwater; de gemeente draagt bij via de "
       "subsidieregeling afkoppelen.")
chain("klimaatadaptatie", [DK], {
    2024: ("D", "Partijen verkennen in 2024 hoe bij groot onderhoud en renovatie maatregelen tegen hittestress en "
                "wateroverlast kunnen worden meegenomen, zoals groene daken en het afkoppelen van hemelwater.",
           F([P], "explore", None, (2024, "in 2024"))),
    2025: ("D", ka5, F([C, G], "firm")), 2026: ("D", ka5, F([C, G], "firm"))}, S("modality"), U)

ci = "Partijen onderzoeken de mogelijkheden om bij nieuwbouw en renovatie circulaire materialen toe te passen."
chain("circulair", [DK], {2024: ("D", ci, F([P], "explore")), 2025: ("D", ci, F([P], "explore"))}, U, DROP)

chain("all-electric", [DK], {
    2025: ("D", "Lommergoed start in 2025 een pilot met all-electric renovatie van 12 portiekwoningen in de wijk "
                "Veldzicht en deelt de ervaringen met de andere partijen.",
           F([C], "firm", [(12, "woningen", "exact")], (2025, "in 2025"))),
    2026: ("D", "Lommergoed past de all-electric renovatie toe op alle 140 portiekwoningen in de wijk Veldzicht, "
                "waarvan de eerste 40 woningen in 2026 worden opgeleverd, en deelt de ervaringen met de andere partijen.",
           F([C], "firm", [(140, "woningen", "exact"), (40, "woningen", "exact")], (2026, "in 2026")))},
    NEW, S("scope"))

# ---------------------------------------------------------------- K
chain("vocht-schimmel", [KW], {
    2024: ("K", "De corporaties reageren binnen 5 werkdagen op een melding van vocht of schimmel met een inspectie in "
                "de woning en stellen binnen vier weken een plan van aanpak op.",
           F([C], "firm", [(5, "dagen", "max"), (4, "weken", "max")])),
    2025: ("K", "De corporaties reageren binnen 3 werkdagen op een melding van vocht of schimmel met een inspectie in "
                "de woning en stellen binnen vier weken een plan van aanpak op.",
           F([C], "firm", [(3, "dagen", "max"), (4, "weken", "max")])),
    2026: ("K", "Na een melding van vocht of schimmel voeren de corporaties binnen 3 werkdagen een inspectie in de "
                "woning uit; binnen vier weken na die inspectie ligt er een plan van aanpak.",
           F([C], "firm", [(3, "dagen", "max"), (4, "weken", "max")]))},
    S("quantity"), R("same_figures"))

ho = ("Veenhorst en Lommergoed streven naar een gemiddeld huurdersoordeel over de afhandeling van "
      "reparatieverzoeken van minimaal een {c}.")
chain("huurdersoordeel", [KW], {
    2024: ("K", ho.format(c="7,5"), F([C], "intent", [(7.5, "rapportcijfer", "min")])),
    2025: ("K", ho.format(c="7,5"), F([C], "intent", [(7.5, "rapportcijfer", "min")])),
    2026: ("K", ho.format(c="8,0"), F([C], "intent", [(8.0, "rapportcijfer", "min")]))}, U, S("quantity"))

chain("toegankelijkheid-labelen", [KW, BB], {
    2024: ("K", "De corporaties labelen in 2024 hun volledige bezit op toegankelijkheid, zodat woningzoekenden met "
                "een beperking gerichter kunnen worden bemiddeld.", F([C], "firm", None, (2024, "in 2024"))),
    2025: ("K", "De corporaties labelen uiterlijk eind 2025 hun volledige bezit op toegankelijkheid, zodat "
                "woningzoekenden met een beperking gerichter kunnen worden bemiddeld.",
           F([C], "firm", None, (2025, "uiterlijk eind 2025")))},
    W("deadline"), DROP)

wm = ("De gemeente en de corporaties stemmen de werkwijze bij woningaanpassingen vanuit de Wmo op elkaar af, waarbij "
      "de corporaties kleine aanpassingen tot € {b} per woning voor eigen rekening nemen.")
chain("wmo-aanpassingen", [KW], {
    2024: ("K", wm.format(b="2.500"), F([G, C], "firm", [(2500, "euro", "max")])),
    2025: ("K", wm.format(b="3.000"), F([G, C], "firm", [(3000, "euro", "max")])),
    2026: ("K", wm.format(b="3.000"), F([G, C], "firm", [(3000, "euro", "max")]))}, S("quantity"), U)

chain("wonen-zorg", [KW, BB], {
    2024: ("K", "Partijen zullen in 2024 gezamenlijk een opgave voor wonen en zorg opstellen, met daarin het aantal "
                "benodigde zorggeschikte woningen tot 2030.", F([P], "firm", None, (2024, "in 2024"))),
    2025: ("K", "Partijen onderzoeken of in 2025 een gezamenlijke opgave voor wonen en zorg kan worden opgesteld, "
                "met daarin het aantal benodigde zorggeschikte woningen tot 2030.",
           F([P], "explore", None, (2025, "in 2025"))),
    2026: ("K", "Partijen stellen uiterlijk in het tweede kwartaal van 2026 een gezamenlijke opgave voor wonen en "
                "zorg op, met daarin het aantal benodigde zorggeschikte woningen tot 2030, en vertalen deze naar een "
                "bouwopgave per kern.",
           F([P], "firm", None, (2026, "uiterlijk in het tweede kwartaal van 2026")))},
    W("modality"), S("modality"))

chain("onderhoudsbudget", [KW], {
    2024: ("K", "Veenhorst en Lommergoed besteden in 2024 samen ten minste € 14 miljoen aan planmatig onderhoud "
                "van hun bezit in de gemeente.",
           F([C], "firm", [(14000000, "euro", "min")], (2024, "in 2024"), True))},
    DROP, None)

chain("brandveiligheid", [KW], {
    2025: ("K", "Veenhorst voert in 2025 in alle portiekflats een brandveiligheidsscan uit en herstelt de gevonden "
                "gebreken binnen zes maanden na de scan.",
           F([C], "firm", [(6, "maanden", "max")], (2025, "in 2025"))),
    2026: ("K", "Veenhorst voert in 2026 in de twee portiekflats aan de Dijkstraat een brandveiligheidsscan uit en "
                "herstelt de gevonden gebreken binnen zes maanden na de scan.",
           F([C], "firm", [(6, "maanden", "max")], (2026, "in 2026")))},
    NEW, W("scope"))

chain("vochtproblemen-overzicht", [KW], {
    2026: ("K", "De corporaties brengen vóór 1 oktober 2026 alle woningen met structurele vochtproblemen in beeld en "
                "delen dit overzicht met Huurdersbelang Lommerveen.",
           F([C], "firm", None, (2026, "vóór 1 oktober 2026")))}, None, NEW)

chain("rollatorwoningen", [KW, BB], {
    2026: ("K", "Er wordt door de corporaties gestreefd naar het ombouwen van ten minste 25 bestaande "
                "benedenwoningen tot rollatorgeschikte woningen in 2026, waar mogelijk in combinatie met planmatig "
                "onderhoud.",
           F([C], "intent", [(25, "woningen", "min")], (2026, "in 2026"), False, ["waar mogelijk"]))}, None, NEW)

# ---------------------------------------------------------------- L
lbb = ("De corporaties stellen in {y} een leefbaarheidsbudget beschikbaar van € {b} per woning (prijspeil {y}), "
       "waarvan een deel wordt gereserveerd voor bewonersinitiatieven.")
chain("leefbaarheidsbudget", [LB], {
    y: ("L", lbb.format(y=y, b=b), F([C], "firm", [(b, "euro", "exact")], (y, "in %d" % y), True))
    for y, b in ((2024, 135), (2025, 140), (2026, 120))}, R("indexed_amount"), W("quantity"))

wb5 = ("Veenhorst zet in alle wijken met meer dan 200 huurwoningen een wijkbeheerder in die ten minste twee "
       "dagdelen per week zichtbaar aanwezig is.")
chain("wijkbeheerder", [LB], {
    2024: ("L", "Veenhorst zet in de wijken De Lommerd en Veldzicht elk een wijkbeheerder in die ten minste twee "
                "dagdelen per week zichtbaar aanwezig is.", F([C], "firm", [(2, "dagdelen per week", "min")])),
    2025: ("L", wb5, F([C], "firm", [(2, "dagdelen per week", "min")])),
    2026: ("L", wb5, F([C], "firm", [(2, "dagdelen per week", "min")]))}, S("scope"), U)

zl = ("Partijen werken volgens het convenant Zachte landing, zodat kwetsbare huurders die uitstromen uit beschermd "
      "wonen of maatschappelijke opvang een woning met passende begeleiding krijgen; hiervoor worden jaarlijks {n} "
      "woningen beschikbaar gesteld.")
chain("zachte-landing", [LB, BB], {
    2024: ("L", zl.format(n=20), F([P], "firm", [(20, "woningen", "exact")], None, True)),
    2025: ("L", zl.format(n=15), F([P], "firm", [(15, "woningen", "exact")], None, True)),
    2026: ("L", zl.format(n=15), F([P], "firm", [(15, "woningen", "exact")], None, True))}, W("quantity"), U)

wo = ("De gemeente organiseert {n} keer per jaar een wijkoverleg met de corporaties, het wijkteam en de politie over "
      "signalen van overlast en verwaarlozing.")
chain("wijkoverleg", [LB], {
    2024: ("L", wo.format(n="vier"), F([G], "firm", [(4, "keer per jaar", "exact")], None, True)),
    2025: ("L", wo.format(n="vier"), F([G], "firm", [(4, "keer per jaar", "exact")], None, True)),
    2026: ("L", wo.format(n="zes"), F([G], "firm", [(6, "keer per jaar", "exact")], None, True))}, U, S("quantity"))

om5 = ("De corporaties houden de ontmoetingsruimten in de seniorencomplexen Lommerhoeve en De Veenstede open en "
       "ondersteunen de vrijwilligers die er activiteiten tegen eenzaamheid organiseren.")
chain("ontmoetingsruimten", [LB], {
    2024: ("L", "De corporaties gaan met Huurdersbelang Lommerveen in gesprek over de inzet van ontmoetingsruimten in "
                "seniorencomplexen om eenzaamheid onder oudere huurders tegen te gaan.", F([C], "discuss")),
    2025: ("L", om5, F([C], "firm")), 2026: ("L", om5, F([C], "firm"))}, S("modality"), U)

sc = ("Partijen houden in {y} in elke wijk ten minste één schouw met bewoners, waarbij schoon, heel en veilig de "
      "leidraad is.")
chain("wijkschouw", [LB], {y: ("L", sc.format(y=y), F([P], "firm", [(1, "schouw", "min")], (y, "in %d" % y), True))
                           for y in (2024, 2025)}, R("recurring_year"), DROP)

chain("binnenterrein-pauwhof", [LB], {
    2024: ("L", "Veenhorst onderzoekt of de herinrichting van het binnenterrein van de Pauwhof kan worden "
                "gecombineerd met de vervanging van de riolering die de gemeente in 2025 uitvoert.",
           F([C], "explore"))}, DROP, None)

bm = ("De gemeente stelt in {y} een team voor buurtbemiddeling beschikbaar voor burenconflicten in de huurcomplexen "
      "van beide corporaties.")
chain("buurtbemiddeling", [LB], {y: ("L", bm.format(y=y), F([G], "firm", None, (y, "in %d" % y), True))
                                 for y in (2025, 2026)}, NEW, R("recurring_year"))

chain("buurtkamer-oostlommer", [LB], {
    2026: ("L", "De gemeente en Lommergoed bekijken de mogelijkheid om in Oostlommer een buurtkamer in te richten in "
                "een leegstaande bedrijfsruimte, afhankelijk van de uitkomst van de bewonersraadpleging.",
           F([G, C], "explore", None, None, False, ["afhankelijk van de uitkomst van de bewonersraadpleging"]))},
    None, NEW)

# ---------------------------------------------------------------- O
mo = "Partijen monitoren de voortgang van deze afspraken {f} in het bestuurlijk overleg, {w}."
chain("monitoring", [OV], {
    2024: ("O", mo.format(f="twee keer per jaar", w="in april en in oktober"),
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2025: ("O", mo.format(f="twee keer per jaar", w="in april en in oktober"),
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2026: ("O", mo.format(f="één keer per jaar", w="in het najaar"),
           F([P], "firm", [(1, "keer per jaar", "exact")], None, True))}, U, W("quantity"))

bd = ("De corporaties brengen vóór 1 juli {y} hun bod uit op de woonvisie, waarna partijen in het najaar de "
      "prestatieafspraken voor {z} opstellen.")
chain("bod", [OV], {y: ("O", bd.format(y=y, z=y + 1), F([C, P], "firm", None, (y, "vóór 1 juli %d" % y), True))
                    for y in YEARS}, R("recurring_year"), R("recurring_year"))

ob = ("De corporaties stellen Huurdersbelang Lommerveen jaarlijks een budget van € {b} beschikbaar voor scholing en "
      "onafhankelijk advies bij het overleg over de prestatieafspraken.")
chain("budget-huurders", [OV], {
    2024: ("O", ob.format(b="18.000"), F([C], "firm", [(18000, "euro", "exact")], None, True)),
    2025: ("O", ob.format(b="18.000"), F([C], "firm", [(18000, "euro", "exact")], None, True)),
    2026: ("O", ob.format(b="22.000"), F([C], "firm", [(22000, "euro", "exact")], None, True))}, U, S("quantity"))

chain("woonvisie", [OV, BB], {
    2024: ("O", "De gemeente actualiseert in 2025 de woonvisie en betrekt de corporaties en Huurdersbelang "
                "Lommerveen daarbij vanaf het eerste concept.", F([G], "firm", None, (2025, "in 2025"))),
    2025: ("O", "De gemeente actualiseert de woonvisie uiterlijk medio 2026 en betrekt de corporaties en "
                "Huurdersbelang Lommerveen daarbij vanaf het eerste concept.",
           F([G], "firm", None, (2026, "uiterlijk medio 2026"))),
    2026: ("O", "De gemeente actualiseert de woonvisie vóór 1 april 2026 en betrekt de corporaties en "
                "Huurdersbelang Lommerveen daarbij vanaf het eerste concept.",
           F([G], "firm", None, (2026, "vóór 1 april 2026")))},
    W("deadline"), S("deadline"))

chain("dashboard", [OV], {
    2026: ("O", "Partijen richten in 2026 een gezamenlijk dashboard in waarop de voortgang van de afspraken per "
                "kwartaal zichtbaar is voor de gemeenteraad en de huurders.",
           F([P], "firm", None, (2026, "in 2026")))}, None, NEW)

# explicit reading order per year (keys per section); reorderings between years are deliberate
ORDER = {
    2024: {"B": ["nieuwbouw-sociaal", "plancapaciteit", "grondprijs", "verkoop", "liberalisatie", "huurverhoging",
                 "huisvestingsverordening", "vergunninghouders", "starters", "doorstroming-senioren",
                 "wachttijd", "huurachterstand", "huisuitzettingen"],
           "D": ["label-efg", "gemiddeld-label", "zwanenhof", "zonnepanelen", "wijkuitvoeringsplan",
                 "energiecoaches", "klimaatadaptatie", "circulair"],
           "K": ["onderhoudsbudget", "vocht-schimmel", "huurdersoordeel", "toegankelijkheid-labelen",
                 "wmo-aanpassingen", "wonen-zorg"],
           "L": ["leefbaarheidsbudget", "wijkbeheerder", "zachte-landing", "wijkoverleg", "ontmoetingsruimten",
                 "wijkschouw", "binnenterrein-pauwhof"],
           "O": ["monitoring", "bod", "budget-huurders", "woonvisie"]},
    2025: {"B": ["nieuwbouw-sociaal", "middenhuur", "plancapaciteit", "grondprijs", "huurverhoging", "verkoop",
                 "liberalisatie", "vergunninghouders", "starters", "regionale-woonruimteverdeling",
                 "doorstroming-senioren", "wachttijd", "huurachterstand", "huisuitzettingen", "energiecoaches"],
           "D": ["label-efg", "gemiddeld-label", "zwanenhof", "all-electric", "zonnepanelen", "wijkuitvoeringsplan",
                 "klimaatadaptatie", "circulair"],
           "K": ["vocht-schimmel", "brandveiligheid", "huurdersoordeel", "toegankelijkheid-labelen",
                 "wmo-aanpassingen", "wonen-zorg"],
           "L": ["leefbaarheidsbudget", "wijkbeheerder", "wijkoverleg", "buurtbemiddeling", "zachte-landing",
                 "ontmoetingsruimten", "wijkschouw"],
           "O": ["woonvisie", "bod", "monitoring", "budget-huurders"]},
    2026: {"B": ["nieuwbouw-sociaal", "middenhuur", "plancapaciteit", "grondprijs", "huurverhoging", "verkoop",
                 "liberalisatie", "vergunninghouders", "regionale-woonruimteverdeling", "starters",
                 "doorstroming-senioren", "huurachterstand", "huisuitzettingen", "energiecoaches"],
           "D": ["label-efg", "gemiddeld-label", "all-electric", "zonnepanelen", "wijkuitvoeringsplan",
                 "klimaatadaptatie"],
           "K": ["vocht-schimmel", "vochtproblemen-overzicht", "brandveiligheid", "huurdersoordeel",
                 "rollatorwoningen", "wmo-aanpassingen", "wonen-zorg"],
           "L": ["leefbaarheidsbudget", "wijkbeheerder", "wijkoverleg", "buurtbemiddeling", "buurtkamer-oostlommer",
                 "zachte-landing", "ontmoetingsruimten"],
           "O": ["woonvisie", "bod", "monitoring", "budget-huurders", "dashboard"]},
}
