# -*- coding: utf-8 -*-
"""Content of the zilverkamp family: fictional prestatieafspraken 2025-2027 of the gemeente Zilverkamp,
Woonstichting Zilverhof and Huurdersbelangenvereniging Zilverkamp, plus a raadsvoorstel 2027."""

GEMEENTE = "Zilverkamp"
CORP = "Woonstichting Zilverhof"
HO = "Huurdersbelangenvereniging Zilverkamp"
YEARS = [2025, 2026, 2027]

BA, DU, KW, LE, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        qs.append({"value": t[0], "unit": t[1], "comparator": t[2],
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def V(text, frame, items=()):
    return {"text": text, "items": list(items), "frame": frame}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> (themes, {year: V})
AF = {}


def A(key, themes, **versions):
    AF[key] = (themes, {int(k[1:]): v for k, v in versions.items()})


VERG = ("De gemeente draagt er zorg voor dat de benodigde omgevingsvergunningen uiterlijk drie maanden na "
        "ontvangst van een volledige aanvraag worden verleend.")
A("nieuwbouw-sociaal", [BA],
  y2025=V("Zilverhof realiseert in 2025 ten minste 85 sociale huurwoningen, waarvan 40 in het plan "
          "Kampereiland-Zuid en 45 in de Stationsbuurt. " + VERG,
          F([C, G], "firm", [(85, "woningen", "min")], (2025, "in 2025"), True)),
  y2026=V("Zilverhof realiseert in 2026 ten minste 70 sociale huurwoningen, waarvan 40 in het plan "
          "Kampereiland-Zuid en 30 in de Stationsbuurt. " + VERG,
          F([C, G], "firm", [(70, "woningen", "min")], (2026, "in 2026"), True)),
  y2027=V("Zilverhof realiseert in 2027 ten minste 90 sociale huurwoningen, waarvan 50 in het plan "
          "Kampereiland-Zuid, 25 in de Stationsbuurt en 15 op de locatie Oude Zuivelfabriek. " + VERG,
          F([C, G], "firm", [(90, "woningen", "min")], (2027, "in 2027"), True)))

A("aandeel-sociaal", [BA],
  y2025=V("De gemeente streeft ernaar dat in nieuwe woningbouwplannen van twintig woningen of meer ten minste "
          "30% van het programma uit sociale huurwoningen bestaat.",
          F([G], "intent", [(30, "%", "min")])),
  y2026=V("De gemeente legt in iedere anterieure overeenkomst voor nieuwe woningbouwplannen van twintig "
          "woningen of meer vast dat ten minste 30% van het programma uit sociale huurwoningen bestaat.",
          F([G], "firm", [(30, "%", "min")])))
AF["aandeel-sociaal"][1][2027] = AF["aandeel-sociaal"][1][2026]

A("flexlocaties", [BA],
  y2025=V("De gemeente onderzoekt vóór 1 oktober 2025 welke gemeentelijke gronden tijdelijk geschikt zijn voor "
          "flexwoningen en deelt de uitkomsten met Zilverhof en de huurdersorganisatie.",
          F([G], "explore", [], (2025, "vóór 1 oktober 2025"))),
  y2026=V("De gemeente onderzoekt vóór 1 april 2026 welke gemeentelijke gronden tijdelijk geschikt zijn voor "
          "flexwoningen en deelt de uitkomsten met Zilverhof en de huurdersorganisatie.",
          F([G], "explore", [], (2026, "vóór 1 april 2026"))))

A("woningdelen-jongeren", [BA],
  y2027=V("Zilverhof maakt in 2027 bij mutatie ten minste 10 grote eengezinswoningen geschikt voor woningdelen "
          "door jongeren tot 28 jaar en verhuurt deze woningen met een gezamenlijk huurcontract.",
          F([C], "firm", [(10, "woningen", "min")], (2027, "in 2027"))))

A("verkoop", [BA],
  y2025=V("Zilverhof verkoopt in 2025 maximaal 15 woningen uit de sociale voorraad, uitsluitend bij mutatie en "
          "met voorrang voor zittende huurders en starters met een lokale binding.",
          F([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
  y2026=V("Zilverhof verkoopt in 2026 maximaal 10 woningen uit de sociale voorraad, uitsluitend bij mutatie en "
          "met voorrang voor zittende huurders en starters met een lokale binding.",
          F([C], "firm", [(10, "woningen", "max")], (2026, "in 2026"), True)),
  y2027=V("Zilverhof verkoopt in 2027 geen woningen uit de sociale voorraad; de verkoopvijver blijft bevroren "
          "zolang de gemiddelde zoektijd in Zilverkamp niet daalt.",
          F([C], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)))

LIB_TAIL = " uit de sociale voorraad en houdt de kernvoorraad daarmee ten minste op het niveau van 1 januari 2025."
A("liberalisatie", [BA],
  y2025=V("Zilverhof liberaliseert geen woningen" + LIB_TAIL, F([C], "firm", [(0, "woningen", "max")])),
  y2027=V("Zilverhof liberaliseert per jaar maximaal 5 woningen" + LIB_TAIL,
          F([C], "firm", [(5, "woningen", "max")], rec=True)))
AF["liberalisatie"][1][2026] = AF["liberalisatie"][1][2025]

A("vrije-toewijzingsruimte", [BA],
  y2025=V("Zilverhof zet de vrije toewijzingsruimte van 10% in voor woningzoekenden met een aantoonbare "
          "economische of maatschappelijke binding met Zilverkamp.", F([C], "firm", [(10, "%", "exact")])),
  y2026=V("Voor woningzoekenden die economisch of maatschappelijk aantoonbaar aan Zilverkamp gebonden zijn, "
          "benut Zilverhof 10% vrije toewijzingsruimte.", F([C], "firm", [(10, "%", "exact")])))
AF["vrije-toewijzingsruimte"][1][2027] = AF["vrije-toewijzingsruimte"][1][2026]


def _sh(y, n, lead):
    return V(lead + " de taakstelling voor de huisvesting van vergunninghouders, die het Rijk voor het eerste "
             "halfjaar van %d heeft vastgesteld op %d personen, volledig" % (y, n) +
             (" te realiseren." if lead.endswith("om") else " en tijdig.") +
             " Zilverhof stelt daartoe woningen beschikbaar naar rato van haar aandeel in de sociale voorraad.",
             F([P, C], "intent" if lead.endswith("om") else "firm", [(n, "personen", "exact")],
               (y, "het eerste halfjaar van %d" % y), True))


A("statushouders", [BA],
  y2025=_sh(2025, 38, "Partijen zetten zich in om"),
  y2026=_sh(2026, 44, "Partijen zetten zich in om"),
  y2027=_sh(2027, 44, "Partijen realiseren"))

A("verhuispremie", [BA, KW],
  y2025=V("Zilverhof onderzoekt of een verhuispremie voor senioren die een eengezinswoning achterlaten voor een "
          "gelijkvloerse woning bijdraagt aan de doorstroming, en bespreekt de uitkomst in het najaarsoverleg "
          "van 2025 met partijen.", F([C], "explore", [], (2025, "najaarsoverleg van 2025"))),
  y2026=V("Zilverhof biedt senioren die een eengezinswoning achterlaten voor een gelijkvloerse woning een "
          "verhuispremie van € 2.500. Daarnaast behouden deze senioren hun huurprijs per vierkante meter wanneer "
          "zij binnen het bezit van Zilverhof verhuizen.", F([C], "firm", [(2500, "euro", "exact")])),
  y2027=V("Senioren die een eengezinswoning van Zilverhof verlaten en naar een gelijkvloerse woning verhuizen, "
          "ontvangen van Zilverhof een verhuispremie van € 2.500 en behouden binnen het bezit van Zilverhof hun "
          "huurprijs per vierkante meter.", F([C], "firm", [(2500, "euro", "exact")])))

A("zoektijd-starters", [BA],
  y2025=V("Partijen streven ernaar dat de gemiddelde zoektijd van starters op de sociale huurmarkt eind 2027 "
          "niet meer bedraagt dan 3,5 jaar.", F([P], "intent", [(3.5, "jaar", "max")], (2027, "eind 2027"))),
  y2026=V("Partijen streven ernaar dat de gemiddelde zoektijd van starters op de sociale huurmarkt eind 2027 "
          "niet meer bedraagt dan 3 jaar.", F([P], "intent", [(3, "jaar", "max")], (2027, "eind 2027"))),
  y2027=V("Partijen streven ernaar dat de gemiddelde zoektijd van starters op de sociale huurmarkt eind 2028 "
          "niet meer bedraagt dan 3 jaar.", F([P], "intent", [(3, "jaar", "max")], (2028, "eind 2028"))))

HV_ITEMS = ["a. huishoudens met een inkomen onder de huurtoeslaggrens krijgen geen huurverhoging boven de "
            "aftoppingsgrens;",
            "b. de streefhuur bedraagt ten hoogste 80% van de maximaal redelijke huur;",
            "c. de inkomensafhankelijke huurverhoging wordt niet toegepast."]


def _hv(y, cap):
    q = [(80, "%", "max")] + ([(0.5, "%", "min")] if "0,5%" in cap else [])
    return V("Zilverhof beperkt de jaarlijkse huurverhoging per 1 juli %d voor sociale huurwoningen tot %s en "
             "hanteert daarbij de volgende uitgangspunten:" % (y, cap),
             F([C], "firm", q, (y, "per 1 juli %d" % y), True), HV_ITEMS)


A("huurverhoging", [BA],
  y2025=_hv(2025, "maximaal de inflatie"),
  y2026=_hv(2026, "ten minste 0,5% onder de inflatie"),
  y2027=_hv(2027, "ten minste 0,5% onder de inflatie"))


def _hl(y):
    return V("Zilverhof verlaagt per 1 januari %d op verzoek van de huurder de huur tot de aftoppingsgrens "
             "wanneer een huishouden met een inkomen onder de huurtoeslaggrens een huur boven die grens "
             "betaalt." % y, F([C], "firm", [], (y, "per 1 januari %d" % y), True))


A("huurverlaging-inkomen", [BA], y2026=_hl(2026), y2027=_hl(2027))


def _ha(n):
    return V("Zilverhof neemt uiterlijk %s na het ontstaan van een huurachterstand persoonlijk contact op met de "
             "huurder en meldt de achterstand, met toestemming van de huurder, via het convenant vroegsignalering "
             "bij het schuldhulpteam van de gemeente." % ("2 maanden" if n == 2 else "1 maand"),
             F([C], "firm", [(n, "maanden", "max")]))


A("huurachterstand", [BA, LE], y2025=_ha(2), y2026=_ha(1), y2027=_ha(1))


def _hu(n):
    return V("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot "
             "maximaal %d per jaar; een ontruiming vindt pas plaats nadat de gemeente een laatste huisbezoek heeft "
             "afgelegd." % n, F([P], "intent", [(n, "huisuitzettingen", "max")], rec=True))


A("huisuitzettingen", [BA, LE], y2025=_hu(4), y2026=_hu(4), y2027=_hu(2))

A("hospitaverhuur", [BA],
  y2025=V("Zilverhof start in 2025 een pilot met hospitaverhuur, waarbij senioren een kamer in hun woning kunnen "
          "verhuren aan jongeren, onder voorbehoud van medewerking van het Rijk aan een vrijstelling van de "
          "kostendelersnorm.", F([C], "firm", [], (2025, "in 2025"), False,
                                 ["onder voorbehoud van medewerking van het Rijk aan een vrijstelling van de "
                                  "kostendelersnorm"])))

# ---------------------------------------------------------------- duurzaamheid
A("label-efg", [DU],
  y2025=V("Zilverhof heeft eind 2026 geen woningen meer met energielabel E, F of G; daartoe worden in 2025 de "
          "resterende 60 woningen met een dergelijk label in de complexen Molenhof en Ekkelhoek aangepakt.",
          F([C], "firm", [(60, "woningen", "exact")], (2026, "eind 2026"))),
  y2026=V("Zilverhof heeft eind 2026 geen woningen meer met energielabel E, F of G; daartoe worden in 2026 de "
          "resterende 25 woningen met een dergelijk label in de complexen Molenhof en Ekkelhoek aangepakt.",
          F([C], "firm", [(25, "woningen", "exact")], (2026, "eind 2026"))),
  y2027=V("Zilverhof heeft eind 2027 geen woningen meer met energielabel E, F of G; daartoe worden in 2027 de "
          "resterende 12 woningen met een dergelijk label in het complex Molenhof aangepakt.",
          F([C], "firm", [(12, "woningen", "exact")], (2027, "eind 2027"))))

A("gemiddeld-label", [DU],
  y2025=V("Zilverhof streeft naar een gemiddeld energielabel B voor het totale woningbezit in 2028.",
          F([C], "intent", [("B", "label", "min")], (2028, "in 2028"))),
  y2026=V("Zilverhof streeft naar een gemiddeld energielabel C voor het totale woningbezit in 2028.",
          F([C], "intent", [("C", "label", "min")], (2028, "in 2028"))),
  y2027=V("Zilverhof streeft naar een gemiddeld energielabel C voor het totale woningbezit eind 2027.",
          F([C], "intent", [("C", "label", "min")], (2027, "eind 2027"))))

VD_ITEMS = ["a. na-isolatie van dak, gevel en vloer;", "b. HR++-glas of triple glas in alle verblijfsruimten;",
            "c. mechanische ventilatie met CO2-sturing."]


def _vd(y, n):
    return V("Zilverhof verduurzaamt in %d ten minste %d woningen naar minimaal energielabel B. Het "
             "verduurzamingspakket omvat per woning ten minste:" % (y, n),
             F([C], "firm", [(n, "woningen", "min")], (y, "in %d" % y), True), VD_ITEMS)


A("verduurzaming", [DU], y2025=_vd(2025, 150), y2026=_vd(2026, 180), y2027=_vd(2027, 180))

ZP_TAIL = ("zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing op de "
           "energierekening.")
A("zonnepanelen", [DU],
  y2025=V("Zilverhof biedt in 2025 alle huurders van een eengezinswoning met een geschikt dak " + ZP_TAIL,
          F([C], "firm", [], (2025, "in 2025"))),
  y2026=V("Zilverhof biedt in 2026, bij wijze van pilot, uitsluitend de huurders van de complexen Molenhof en "
          "Ekkelhoek " + ZP_TAIL, F([C], "firm", [], (2026, "in 2026"))))

A("wijkuitvoeringsplan", [DU],
  y2025=V("De gemeente stelt uiterlijk in Q3 2025 het wijkuitvoeringsplan aardgasvrij voor de wijk Ekkelhoek "
          "vast, in nauw overleg met Zilverhof en de huurdersorganisatie.",
          F([G], "firm", [], (2025, "uiterlijk in Q3 2025"))),
  y2026=V("De gemeente stelt uiterlijk in Q1 2026 het wijkuitvoeringsplan aardgasvrij voor de wijk Ekkelhoek "
          "vast, in nauw overleg met Zilverhof en de huurdersorganisatie.",
          F([G], "firm", [], (2026, "uiterlijk in Q1 2026"))))

A("warmtenet-ekkelhoek", [DU],
  y2027=V("Zilverhof sluit in 2027 en 2028 in totaal 120 woningen in de wijk Ekkelhoek aan op het warmtenet, "
          "mits ten minste 70% van de huurders per complex instemt met het voorstel. De gemeente ziet erop toe "
          "dat de warmtetarieven voor deze huurders niet hoger zijn dan bij een vergelijkbare woning op gas.",
          F([C, G], "firm", [(120, "woningen", "exact"), (70, "%", "min")], (2028, "in 2027 en 2028"), False,
            ["mits ten minste 70% van de huurders per complex instemt met het voorstel"])))


def _ec(y, amount):
    return V("De gemeente zet in %d vrijwillige energiecoaches in voor huishoudens met een laag inkomen en stelt "
             "hiervoor een budget beschikbaar van € %s (prijspeil %d). Zilverhof attendeert haar huurders actief "
             "op dit aanbod." % (y, amount, y),
             F([G, C], "firm", [(int(amount.replace(".", "")), "euro", "exact")], (y, "in %d" % y), True))


A("energiecoaches", [DU, BA], y2025=_ec(2025, "45.000"), y2026=_ec(2026, "46.800"), y2027=_ec(2027, "60.000"))

A("klimaatadaptatie", [DU],
  y2025=V("Partijen verkennen in 2025 de mogelijkheid om bij groot onderhoud de regenpijpen van het riool af te "
          "koppelen en groene daken aan te leggen.", F([P], "explore", [], (2025, "in 2025"))),
  y2026=V("Zilverhof koppelt bij groot onderhoud de regenpijpen af van het riool en legt in 2026, in overleg met "
          "de gemeente, bij ten minste twee complexen een groen dak aan.",
          F([C], "firm", [(2, "complexen", "min")], (2026, "in 2026"))),
  y2027=V("Zilverhof koppelt bij groot onderhoud de regenpijpen af van het riool en legt in 2027, in overleg met "
          "de gemeente, bij ten minste twee complexen een groen dak aan, indien de gemeentelijke "
          "subsidieregeling groene daken wordt voortgezet.",
          F([C], "firm", [(2, "complexen", "min")], (2027, "in 2027"), False,
            ["indien de gemeentelijke subsidieregeling groene daken wordt voortgezet"])))

A("circulair-bouwen", [DU],
  y2026=V("Zilverhof past bij de nieuwbouw in de Stationsbuurt circulaire en biobased materialen toe, met als doel "
          "dat ten minste 25% van de gebruikte materialen hernieuwbaar of hergebruikt is.",
          F([C], "firm", [(25, "%", "min")])),
  y2027=V("Bij de bouw van de sociale huurwoningen in de Stationsbuurt bestaat ten minste een kwart van de "
          "toegepaste materialen uit hergebruikte of hernieuwbare grondstoffen; Zilverhof legt dit vast in de "
          "aanbestedingsstukken en rapporteert erover in de halfjaarlijkse monitor.",
          F([C], "firm", [(25, "%", "min")])))

# ---------------------------------------------------------------- kwaliteit
def _rp(n):
    return V("Zilverhof voert niet-spoedeisende reparaties binnen %d werkdagen na de melding uit; spoedeisende "
             "reparaties worden binnen 24 uur verholpen." % n,
             F([C], "firm", [(n, "werkdagen", "max"), (24, "uur", "max")]))


A("reparaties", [KW], y2025=_rp(10), y2026=_rp(15), y2027=_rp(15))

A("vocht-schimmel", [KW],
  y2025=V("Zilverhof neemt binnen 5 werkdagen na een melding van vocht of schimmel contact op met de huurder, "
          "voert een inspectie uit en stelt samen met de huurder een plan van aanpak op.",
          F([C], "firm", [(5, "werkdagen", "max")])),
  y2026=V("Na een melding van vocht of schimmel neemt Zilverhof binnen 5 werkdagen contact op met de huurder; "
          "vervolgens wordt de woning geïnspecteerd en wordt in overleg met de huurder een plan van aanpak "
          "opgesteld.", F([C], "firm", [(5, "werkdagen", "max")])),
  y2027=V("Na een melding van vocht of schimmel neemt Zilverhof binnen 3 werkdagen contact op met de huurder; "
          "vervolgens wordt de woning geïnspecteerd en wordt in overleg met de huurder een plan van aanpak "
          "opgesteld.", F([C], "firm", [(3, "werkdagen", "max")])))


def _ho(y):
    return V("Zilverhof zegt toe dat het gemiddelde huurdersoordeel over de afhandeling van reparatieverzoeken in "
             "%d ten minste een 7,5 bedraagt." % y,
             F([C], "firm", [(7.5, "rapportcijfer", "min")], (y, "in %d" % y), True))


A("huurdersoordeel", [KW], y2025=_ho(2025), y2026=_ho(2026),
  y2027=V("Zilverhof zet zich in voor een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken "
          "van ten minste een 7,5 in 2027.",
          F([C], "intent", [(7.5, "rapportcijfer", "min")], (2027, "in 2027"), True)))

WMO_TAIL = ("de verdeling van de kosten van woningaanpassingen die vanuit de Wet maatschappelijke ondersteuning "
            "worden verstrekt.")
A("wmo-aanpassingen", [KW],
  y2025=V("De gemeente en Zilverhof maken in 2025 afspraken over " + WMO_TAIL,
          F([G, C], "discuss", [], (2025, "in 2025"))),
  y2026=V("De gemeente en Zilverhof werken volgens de in 2025 gemaakte afspraken over " + WMO_TAIL,
          F([G, C], "firm", [])))
AF["wmo-aanpassingen"][1][2027] = AF["wmo-aanpassingen"][1][2026]


def _nt(period, n, y):
    return V("Zilverhof maakt in de periode %s ten minste %d bestaande woningen nultredengeschikt, zodat oudere "
             "huurders langer zelfstandig in hun eigen buurt kunnen blijven wonen." % (period, n),
             F([C], "firm", [(n, "woningen", "min")], (y, period)))


A("nultreden", [KW], y2025=_nt("2025-2027", 120, 2027), y2026=_nt("2025-2027", 120, 2027),
  y2027=_nt("2025-2028", 100, 2028))

_rm = V("Zilverhof brengt bij iedere mutatie op elke verdieping van de woning ten minste één rookmelder aan die "
        "op het lichtnet is aangesloten.", F([C], "firm", [(1, "rookmelders", "min")]))
A("rookmelders", [KW], y2025=_rm, y2026=_rm, y2027=_rm)

# ---------------------------------------------------------------- leefbaarheid


def _lb(amount, y):
    return V("Zilverhof stelt een leefbaarheidsbudget beschikbaar van € %d per woning per jaar (prijspeil %d), dat "
             "in overleg met de bewonerscommissies wordt besteed aan schoon, heel en veilig in de wijken."
             % (amount, y), F([C], "firm", [(amount, "euro per woning", "exact")], None, True))


A("leefbaarheidsbudget", [LE], y2025=_lb(60, 2025), y2026=_lb(62, 2026), y2027=_lb(50, 2027))

A("huismeester", [LE],
  y2025=V("Zilverhof zet in de wijken Ekkelhoek en Stationsbuurt een huismeester in die ten minste twee dagdelen "
          "per week in de wijk aanwezig is.", F([C], "firm", [(2, "dagdelen per week", "min")])),
  y2026=V("Zilverhof zet in alle wijken waar zij meer dan 150 woningen bezit een huismeester in die ten minste twee "
          "dagdelen per week in de wijk aanwezig is, voor zover de formatie dit toelaat.",
          F([C], "firm", [(150, "woningen", "min"), (2, "dagdelen per week", "min")], None, False,
            ["voor zover de formatie dit toelaat"])),
  y2027=V("In iedere wijk met meer dan 150 woningen van Zilverhof is ten minste twee dagdelen per week een "
          "huismeester van Zilverhof aanwezig, die als vast aanspreekpunt dient voor bewoners, "
          "bewonerscommissies en wijkagent, voor zover de formatie dit toelaat.",
          F([C], "firm", [(150, "woningen", "min"), (2, "dagdelen per week", "min")], None, False,
            ["voor zover de formatie dit toelaat"])))

_wt = V("Zilverhof, de gemeente en de politie bespreken ten minste vier keer per jaar in het wijkteamoverleg de "
        "signalen van overlast en kwetsbaarheid en stemmen daarbij de inzet van begeleiding op elkaar af.",
        F([C, G, "other"], "discuss", [(4, "keer per jaar", "min")], None, True))
A("wijkteamoverleg", [LE], y2025=_wt, y2026=_wt, y2027=_wt)

A("bewonersavonden", [LE],
  y2025=V("De huurdersorganisatie organiseert in 2025 in samenwerking met Zilverhof in iedere wijk een "
          "bewonersavond over leefbaarheid en veiligheid.", F([H, C], "firm", [], (2025, "in 2025"), True)))

A("buurtbemiddeling", [LE],
  y2027=V("De gemeente verlengt de subsidie voor buurtbemiddeling tot en met 2028; Zilverhof draagt jaarlijks "
          "€ 8.000 bij aan de kosten en verwijst huurders bij burenruzies actief naar de buurtbemiddelaars.",
          F([G, C], "firm", [(8000, "euro", "exact")], (2028, "tot en met 2028"), True)))

A("uitstroom-bw-mo", [BA, LE],
  y2025=V("Zilverhof stelt in 2025 ten minste 12 woningen beschikbaar voor de uitstroom van cliënten uit beschermd "
          "wonen en maatschappelijke opvang, mits de gemeente voor iedere cliënt passende begeleiding organiseert.",
          F([C], "firm", [(12, "woningen", "min")], (2025, "in 2025"), True,
            ["mits de gemeente voor iedere cliënt passende begeleiding organiseert"])),
  y2026=V("Zilverhof stelt in 2026 ten minste 12 woningen beschikbaar voor de uitstroom van cliënten uit beschermd "
          "wonen en maatschappelijke opvang; de gemeente organiseert voor iedere cliënt passende begeleiding.",
          F([C, G], "firm", [(12, "woningen", "min")], (2026, "in 2026"), True)),
  y2027=V("Zilverhof stelt in 2027 ten minste 12 woningen beschikbaar voor de uitstroom van cliënten uit beschermd "
          "wonen en maatschappelijke opvang; de gemeente organiseert voor iedere cliënt passende begeleiding.",
          F([C, G], "firm", [(12, "woningen", "min")], (2027, "in 2027"), True)))

A("ontmoetingsruimten", [LE],
  y2026=V("Partijen gaan in 2026 met elkaar in gesprek over het behoud en de inrichting van ontmoetingsruimten in "
          "de seniorencomplexen, mede met het oog op het tegengaan van eenzaamheid.",
          F([P], "discuss", [], (2026, "in 2026"))))

# ---------------------------------------------------------------- proces
_mo = V("Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; "
        "Zilverhof levert daarvoor uiterlijk vier weken vooraf een voortgangsrapportage aan.",
        F([P, C], "firm", [(2, "keer per jaar", "exact"), (4, "weken", "min")], None, True))
A("monitoring", [OV], y2025=_mo, y2026=_mo, y2027=_mo)


def _oh(amount, y):
    return V("Zilverhof stelt de huurdersorganisatie een jaarlijkse bijdrage van € %s (prijspeil %d) beschikbaar "
             "voor scholing, advies en communicatie met de achterban; de gemeente vergoedt de kosten van een "
             "onafhankelijke adviseur bij het overleg over de prestatieafspraken." % (amount, y),
             F([C, G], "firm", [(int(amount.replace(".", "")), "euro", "exact")], None, True))


A("ondersteuning-ho", [OV], y2025=_oh("18.500", 2025), y2026=_oh("19.150", 2026), y2027=_oh("19.700", 2027))


def _bod(y):
    return V("Zilverhof stuurt vóór 1 juli %d haar overzicht van voorgenomen werkzaamheden voor %d en verder aan de "
             "gemeente en de huurdersorganisatie, op basis waarvan partijen uiterlijk 15 december %d nieuwe "
             "prestatieafspraken ondertekenen." % (y, y + 1, y),
             F([C, P], "firm", [], (y, "vóór 1 juli %d" % y), True))


A("bod", [OV], y2025=_bod(2025), y2026=_bod(2026), y2027=_bod(2027))

A("evaluatie-overleg", [OV],
  y2025=V("Partijen evalueren eind 2025 de overlegstructuur en de rol van de ambtelijke werkgroep en stellen "
          "deze zo nodig bij.", F([P], "firm", [], (2025, "eind 2025"))))

_gs = V("Bij een verschil van inzicht over de uitleg of uitvoering van deze afspraken treden partijen eerst met "
        "elkaar in overleg; leidt dit binnen zes weken niet tot overeenstemming, dan leggen zij het geschil voor "
        "aan een onafhankelijke bemiddelaar.", F([P], "firm", [(6, "weken", "max")]))
A("geschillen", [OV], y2025=_gs, y2026=_gs, y2027=_gs)

# ---------------------------------------------------------------- pairs
# (key, status, kinds, hard_negative)
PAIRS = {
    (2025, 2026): [
        ("nieuwbouw-sociaal", "weakened", ["quantity"], None),
        ("aandeel-sociaal", "strengthened", ["modality"], None),
        ("flexlocaties", "weakened", ["deadline"], None),
        ("hospitaverhuur", "dropped", [], None),
        ("verkoop", "strengthened", ["quantity"], None),
        ("liberalisatie", "unchanged", [], None),
        ("vrije-toewijzingsruimte", "reworded", [], "same_figures"),
        ("statushouders", "reworded", [], "external_figure"),
        ("verhuispremie", "strengthened", ["modality"], None),
        ("zoektijd-starters", "strengthened", ["quantity"], None),
        ("huurverhoging", "strengthened", ["quantity"], None),
        ("huurverlaging-inkomen", "new", [], None),
        ("huurachterstand", "strengthened", ["quantity"], None),
        ("huisuitzettingen", "unchanged", [], None),
        ("label-efg", "reworded", [], "progress"),
        ("gemiddeld-label", "weakened", ["label"], None),
        ("verduurzaming", "strengthened", ["quantity"], None),
        ("zonnepanelen", "weakened", ["scope"], None),
        ("wijkuitvoeringsplan", "weakened", ["deadline"], None),
        ("energiecoaches", "reworded", [], "indexed_amount"),
        ("klimaatadaptatie", "strengthened", ["modality"], None),
        ("circulair-bouwen", "new", [], None),
        ("reparaties", "weakened", ["quantity"], None),
        ("vocht-schimmel", "reworded", [], "same_figures"),
        ("huurdersoordeel", "reworded", [], "recurring_year"),
        ("wmo-aanpassingen", "strengthened", ["modality"], None),
        ("nultreden", "unchanged", [], None),
        ("rookmelders", "unchanged", [], None),
        ("leefbaarheidsbudget", "reworded", [], "indexed_amount"),
        ("huismeester", "modified", ["scope", "condition"], None),
        ("wijkteamoverleg", "unchanged", [], None),
        ("bewonersavonden", "dropped", [], None),
        ("uitstroom-bw-mo", "strengthened", ["condition"], None),
        ("ontmoetingsruimten", "new", [], None),
        ("monitoring", "unchanged", [], None),
        ("ondersteuning-ho", "reworded", [], "indexed_amount"),
        ("bod", "reworded", [], "recurring_year"),
        ("evaluatie-overleg", "dropped", [], None),
        ("geschillen", "unchanged", [], None),
    ],
    (2026, 2027): [
        ("nieuwbouw-sociaal", "strengthened", ["quantity"], None),
        ("aandeel-sociaal", "unchanged", [], None),
        ("flexlocaties", "dropped", [], None),
        ("woningdelen-jongeren", "new", [], None),
        ("verkoop", "strengthened", ["quantity"], None),
        ("liberalisatie", "weakened", ["quantity"], None),
        ("vrije-toewijzingsruimte", "unchanged", [], None),
        ("statushouders", "strengthened", ["modality"], None),
        ("verhuispremie", "reworded", [], "same_figures"),
        ("zoektijd-starters", "weakened", ["deadline"], None),
        ("huurverhoging", "reworded", [], "recurring_year"),
        ("huurverlaging-inkomen", "reworded", [], "recurring_year"),
        ("huurachterstand", "unchanged", [], None),
        ("huisuitzettingen", "strengthened", ["quantity"], None),
        ("label-efg", "weakened", ["deadline"], None),
        ("gemiddeld-label", "strengthened", ["deadline"], None),
        ("verduurzaming", "reworded", [], "recurring_year"),
        ("zonnepanelen", "dropped", [], None),
        ("wijkuitvoeringsplan", "dropped", [], None),
        ("warmtenet-ekkelhoek", "new", [], None),
        ("energiecoaches", "strengthened", ["quantity"], None),
        ("klimaatadaptatie", "weakened", ["condition"], None),
        ("circulair-bouwen", "reworded", [], None),
        ("reparaties", "unchanged", [], None),
        ("vocht-schimmel", "strengthened", ["quantity"], None),
        ("huurdersoordeel", "weakened", ["modality"], None),
        ("wmo-aanpassingen", "unchanged", [], None),
        ("nultreden", "weakened", ["quantity", "deadline"], None),
        ("rookmelders", "unchanged", [], None),
        ("leefbaarheidsbudget", "weakened", ["quantity"], None),
        ("huismeester", "reworded", [], "same_figures"),
        ("wijkteamoverleg", "unchanged", [], None),
        ("buurtbemiddeling", "new", [], None),
        ("uitstroom-bw-mo", "reworded", [], "recurring_year"),
        ("ontmoetingsruimten", "dropped", [], None),
        ("monitoring", "unchanged", [], None),
        ("ondersteuning-ho", "reworded", [], "indexed_amount"),
        ("bod", "reworded", [], "recurring_year"),
        ("geschillen", "unchanged", [], None),
    ],
}

# ---------------------------------------------------------------- kennisgeving 2027 (summarised afspraken)
KG_ITEMS = [
    ("nieuwbouw-sociaal", "Zilverhof realiseert in 2027 ten minste 90 sociale huurwoningen, verdeeld over "
     "Kampereiland-Zuid, de Stationsbuurt en de locatie Oude Zuivelfabriek.",
     F([C], "firm", [(90, "woningen", "min")], (2027, "in 2027"), True)),
    ("verkoop", "Zilverhof verkoopt in 2027 geen woningen uit de sociale voorraad.",
     F([C], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
    ("liberalisatie", "Zilverhof liberaliseert per jaar maximaal 5 woningen uit de sociale voorraad.",
     F([C], "firm", [(5, "woningen", "max")], None, True)),
    ("huurverhoging", "De huurverhoging van Zilverhof per 1 juli 2027 blijft voor sociale huurwoningen ten minste "
     "0,5% onder de inflatie.", F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
    ("huisuitzettingen", "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot "
     "maximaal 2 per jaar.", F([P], "intent", [(2, "huisuitzettingen", "max")], None, True)),
    ("statushouders", "Partijen realiseren de door het Rijk vastgestelde taakstelling van 44 vergunninghouders voor "
     "het eerste halfjaar van 2027 volledig en tijdig.",
     F([P], "firm", [(44, "personen", "exact")], (2027, "het eerste halfjaar van 2027"), True)),
    ("label-efg", "Zilverhof heeft eind 2027 geen woningen meer met energielabel E, F of G.",
     F([C], "firm", [], (2027, "eind 2027"))),
    ("verduurzaming", "Zilverhof verduurzaamt in 2027 ten minste 180 woningen naar minimaal energielabel B.",
     F([C], "firm", [(180, "woningen", "min")], (2027, "in 2027"), True)),
    ("warmtenet-ekkelhoek", "In de wijk Ekkelhoek sluit Zilverhof in 2027 en 2028 in totaal 120 woningen aan op "
     "het warmtenet, mits ten minste 70% van de huurders per complex instemt.",
     F([C], "firm", [(120, "woningen", "exact"), (70, "%", "min")], (2028, "in 2027 en 2028"), False,
       ["mits ten minste 70% van de huurders per complex instemt"])),
    ("energiecoaches", "De gemeente stelt in 2027 een budget van € 60.000 beschikbaar voor de inzet van "
     "energiecoaches bij huishoudens met een laag inkomen.",
     F([G], "firm", [(60000, "euro", "exact")], (2027, "in 2027"), True)),
    ("nultreden", "Zilverhof maakt in de periode 2025-2028 ten minste 100 bestaande woningen nultredengeschikt.",
     F([C], "firm", [(100, "woningen", "min")], (2028, "2025-2028"))),
    ("leefbaarheidsbudget", "Zilverhof stelt een leefbaarheidsbudget van € 50 per woning per jaar beschikbaar voor "
     "schoon, heel en veilig in de wijken.", F([C], "firm", [(50, "euro per woning", "exact")], None, True)),
    ("buurtbemiddeling", "De gemeente verlengt de subsidie voor buurtbemiddeling tot en met 2028.",
     F([G], "firm", [], (2028, "tot en met 2028"))),
]
