# -*- coding: utf-8 -*-
"""Content of the klaverwijk family: afsprakenkaart prestatieafspraken 2025, 2026, 2027.

Every afspraak is a dict; later years are built from the previous year by overrides.
Pair statuses are declared explicitly in PAIRS (unchanged ones are derived and checked).
"""
import copy

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

GEMEENTE = "Klaverwijk"
CORPORATIES = ["Woonstichting Klaverhof", "Stichting Waterlinie Wonen", "Woongoed Heidezoom"]
HUURDERS = ["Huurderskoepel Klaverwijk"]


def Q(v, unit, comp, vmax=None):
    return {"value": v, "unit": unit, "comparator": comp, "value_max": vmax}


def A(key, text, actors, mod, q=(), dl=None, rec=False, cond=(), trekker=None, planning=None, themes=None):
    return {"key": key, "text": text, "actors": list(actors), "modality": mod, "quantities": list(q),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None), "recurring": rec,
            "conditions": list(cond), "trekker": trekker, "planning": planning, "themes": themes}


def upd(base, **kw):
    r = copy.deepcopy(base)
    for k, v in kw.items():
        if k == "dl":
            r["deadline"] = {"year": v[0], "text": v[1]} if v else None
        elif k == "q":
            r["quantities"] = list(v)
        elif k == "cond":
            r["conditions"] = list(v)
        elif k == "rec":
            r["recurring"] = v
        elif k == "mod":
            r["modality"] = v
        else:
            r[k] = v
    return r


# box id -> (theme, title per year, context line per year)
BOXES = {
    "B": (BB, {2025: "Betaalbaar & beschikbaar", 2026: "Betaalbaar & beschikbaar", 2027: "Betaalbaar & beschikbaar"}),
    "D": (DK, {2025: "Duurzaam", 2026: "Duurzaam", 2027: "Duurzaam"}),
    "K": (KW, {2025: "Goed wonen", 2026: "Goed wonen", 2027: "Wonen & zorg"}),
    "L": (LB, {2025: "Leefbaar", 2026: "Leefbaar", 2027: "Leefbaar"}),
    "S": (OV, {2025: "Samen verder", 2026: "Samen verder", 2027: "Samen verder"}),
}

CONTEXT = {
    "B": {
        2025: "De woonvisie Thuis in Klaverwijk 2030 en de regionale woondeal Veenstreek vragen tot 2030 om ruim 1.100 extra sociale huurwoningen in onze gemeente.",
        2026: "In 2025 werden 128 sociale huurwoningen opgeleverd; de opgave uit de woondeal Veenstreek blijft onverminderd groot.",
        2027: "De wachtlijst voor een sociale huurwoning telde begin 2026 ruim 4.300 actief woningzoekenden.",
    },
    "D": {
        2025: "Partijen volgen de Nationale Prestatieafspraken en de transitievisie warmte: in 2028 heeft geen corporatiewoning meer een label E, F of G.",
        2026: "Eind 2025 hadden nog 40 woningen van Klaverhof een label E, F of G; bij de andere corporaties waren dat er geen.",
        2027: "Sinds eind 2026 heeft geen enkele corporatiewoning in Klaverwijk nog een label E, F of G.",
    },
    "K": {
        2025: "Een gezonde, veilige en toegankelijke woning is de basis. In 2024 kwamen bij de corporaties samen 410 meldingen van vocht en schimmel binnen.",
        2026: "Het aantal meldingen van vocht en schimmel daalde in 2025 naar 352.",
        2027: "Steeds meer ouderen blijven zelfstandig wonen; wonen en zorg krijgen daarom in deze kaart een eigen plek.",
    },
    "L": {
        2025: "In 2024 daalde het aantal overlastmeldingen bij de corporaties van 312 naar 287.",
        2026: "De bewonersinitiatieven in Klaverwei-Oost en De Zoom trokken in 2025 ruim 900 deelnemers.",
        2027: "Het wijkbeheer is in 2026 door bewoners gewaardeerd met gemiddeld een 7,4.",
    },
    "S": {
        2025: "De Huurderskoepel Klaverwijk vertegenwoordigt de huurdersorganisaties van de drie corporaties.",
        2026: "De Huurderskoepel Klaverwijk vertegenwoordigt de huurdersorganisaties van de drie corporaties.",
        2027: "De Huurderskoepel Klaverwijk vertegenwoordigt de huurdersorganisaties van de drie corporaties.",
    },
}

# ---------------------------------------------------------------- 2025
a25 = {}


def add(d, rec):
    d[rec["key"]] = rec
    return rec["key"]


ORDER25 = {"B": [], "D": [], "K": [], "L": [], "S": []}
for box, rec in [
    ("B", A("b-nieuwbouw", "De corporaties realiseren in 2025 gezamenlijk ten minste 140 nieuwe sociale huurwoningen, waarvan 60 door Klaverhof in het plan Molenakker, 45 door Waterlinie Wonen aan de Dijkstraat en 35 door Heidezoom in De Zoom-Noord.",
            ["corporatie"], "firm", [Q(140, "woningen", "min"), Q(60, "woningen", "exact"), Q(45, "woningen", "exact"), Q(35, "woningen", "exact")],
            (2025, "in 2025"), True, trekker="Corporaties", planning="december 2025")),
    ("B", A("b-locaties", "De gemeente brengt bouwlocaties voor ten minste 300 sociale huurwoningen in beeld en legt deze uiterlijk eind 2025 vast in een gezamenlijke locatiekaart.",
            ["gemeente"], "firm", [Q(300, "woningen", "min")], (2025, "eind 2025"), trekker="Gemeente", planning="eind 2025")),
    ("B", A("b-grondprijs", "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 27.500 per woning (prijspeil 2025), die jaarlijks per 1 januari wordt geïndexeerd.",
            ["gemeente"], "firm", [Q(27500, "euro", "exact")])),
    ("B", A("b-sociaal-aandeel", "In nieuwe woningbouwplannen van tien woningen of meer wordt gestreefd naar een aandeel van ten minste 30% sociale huur.",
            ["gemeente"], "intent", [Q(10, "woningen", "min"), Q(30, "%", "min")])),
    ("B", A("b-huurverhoging", "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot ten hoogste de inflatie.",
            ["corporatie"], "firm", [], (2025, "per 1 juli 2025"), True)),
    ("B", A("b-verkoop", "Partijen spreken af dat de corporaties in 2025 samen maximaal 25 sociale huurwoningen verkopen, uitsluitend in complexen die al in gemengd eigendom zijn.",
            ["partijen"], "firm", [Q(25, "woningen", "max")], (2025, "in 2025"), True)),
    ("B", A("b-liberalisatie", "Heidezoom liberaliseert in 2025 niet meer dan 10 sociale huurwoningen bij mutatie.",
            ["corporatie"], "firm", [Q(10, "woningen", "max")], (2025, "in 2025"), True)),
    ("B", A("b-lokale-binding", "De corporaties wijzen ten minste 25% van de vrijkomende sociale huurwoningen toe aan woningzoekenden met een lokale binding, binnen de ruimte die de huisvestingsverordening biedt.",
            ["corporatie"], "firm", [Q(25, "%", "min")])),
    ("B", A("b-vergunninghouders", "De corporaties huisvesten in 2025, naar rato van hun woningbezit, de 62 vergunninghouders die het Rijk als taakstelling aan Klaverwijk heeft opgelegd.",
            ["corporatie"], "firm", [Q(62, "vergunninghouders", "exact")], (2025, "in 2025"), True,
            trekker="Gemeente en corporaties", planning="doorlopend")),
    ("B", A("b-inschrijfduur", "Partijen zetten zich in om de gemiddelde inschrijfduur van starters op de woningmarkt terug te brengen tot maximaal 5 jaar.",
            ["partijen"], "intent", [Q(5, "jaar", "max")])),
    ("B", A("b-huurachterstand", "De corporaties nemen bij een huurachterstand van 2 maanden persoonlijk contact op met de huurder en melden de huurder, met diens toestemming, aan bij het gemeentelijke team Geldzorgen.",
            ["corporatie"], "firm", [Q(2, "maanden", "exact")])),
    ("B", A("b-huisuitzetting", "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot maximaal 5.",
            ["partijen"], "intent", [Q(5, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    ("B", A("b-doorstroming", "Waterlinie Wonen onderzoekt of een doorstroomregeling voor senioren, waarbij de huurder bij verhuizing naar een kleinere woning de huidige huurprijs meeneemt, per 1 januari 2026 kan worden ingevoerd.",
            ["corporatie"], "explore", [], (2026, "per 1 januari 2026"))),
    ("D", A("d-label", "De corporaties brengen hun woningvoorraad uiterlijk eind 2028 naar gemiddeld energielabel B.",
            ["corporatie"], "firm", [Q("B", "label", "exact")], (2028, "eind 2028"))),
    ("D", A("d-efg", "Klaverhof verbetert in 2025 en 2026 de 95 woningen met energielabel E, F of G naar ten minste label C, zodat eind 2026 geen woningen met een dergelijk label meer in bezit zijn.",
            ["corporatie"], "firm", [Q(95, "woningen", "exact"), Q("C", "label", "min")], (2026, "eind 2026"),
            trekker="Klaverhof", planning="eind 2026")),
    ("D", A("d-isolatie", "Waterlinie Wonen voert in 2025 bij ten minste 180 woningen isolerende maatregelen uit aan dak, gevel, vloer en glas.",
            ["corporatie"], "firm", [Q(180, "woningen", "min")], (2025, "in 2025"), True)),
    ("D", A("d-zon", "Heidezoom plaatst in 2025 zonnepanelen op 250 woningen; de huurders betalen hiervoor een vaste maandelijkse vergoeding die lager is dan hun gemiddelde besparing.",
            ["corporatie"], "firm", [Q(250, "woningen", "exact")], (2025, "in 2025"), True)),
    ("D", A("d-warmtenet", "Partijen maken in 2025 afspraken over de aansluiting van de complexen in Klaverwei-Oost op het warmtenet, in lijn met de transitievisie warmte.",
            ["partijen"], "intent", [], (2025, "in 2025"))),
    ("D", A("d-energiecoach", "De gemeente zet in 2025 energiecoaches in voor huurders met een laag inkomen en de corporaties maken deze inzet actief bekend bij hun huurders.",
            ["gemeente", "corporatie"], "firm", [], (2025, "in 2025"), True)),
    ("D", A("d-klimaat", "Bij groot onderhoud en renovatie bekijken de corporaties de mogelijkheid om regenwater af te koppelen en tuinen te vergroenen.",
            ["corporatie"], "explore")),
    ("D", A("d-circulair", "Partijen gaan in 2025 in gesprek over circulair en biobased bouwen bij nieuwbouwprojecten in Klaverwijk.",
            ["partijen"], "discuss", [], (2025, "in 2025"))),
    ("K", A("k-vocht", "De corporaties reageren binnen 5 werkdagen op een melding van vocht of schimmel en starten binnen 4 weken met het herstel.",
            ["corporatie"], "firm", [Q(5, "werkdagen", "max"), Q(4, "weken", "max")])),
    ("K", A("k-reparatie", "Niet-spoedeisende reparatieverzoeken worden door de corporaties binnen 10 werkdagen afgehandeld.",
            ["corporatie"], "firm", [Q(10, "werkdagen", "max")])),
    ("K", A("k-lindehof", "Klaverhof maakt in 2025 en 2026 alle 120 woningen van het complex Lindehof levensloopgeschikt door drempels te verwijderen, een lift te plaatsen en de badkamers aan te passen.",
            ["corporatie"], "firm", [Q(120, "woningen", "exact")], (2026, "in 2025 en 2026"),
            trekker="Klaverhof", planning="eind 2026")),
    ("K", A("k-wmo", "De gemeente en de corporaties leggen de werkwijze voor woningaanpassingen vanuit de Wmo vast in een gezamenlijk protocol, dat uiterlijk 1 juli 2025 wordt vastgesteld.",
            ["gemeente", "corporatie"], "firm", [], (2025, "uiterlijk 1 juli 2025"))),
    ("K", A("k-wonenzorg", "Partijen verkennen in 2025 samen met zorgaanbieders de behoefte aan geclusterde woonvormen voor ouderen en leggen de uitkomst vast in een notitie wonen en zorg.",
            ["partijen"], "explore", [], (2025, "in 2025"))),
    ("K", A("k-brand", "Heidezoom voert in 2025 in alle galerijflats een brandveiligheidscheck uit en plaatst waar nodig aanvullende rookmelders.",
            ["corporatie"], "firm", [], (2025, "in 2025"), cond=["waar nodig"])),
    ("K", A("k-oordeel", "De corporaties streven naar een gemiddeld huurdersoordeel over de afhandeling van reparaties van ten minste een 7,5.",
            ["corporatie"], "intent", [Q(7.5, "rapportcijfer", "min")])),
    ("L", A("l-budget", "De corporaties besteden in 2025 gemiddeld € 150 per woning aan leefbaarheid, binnen de wettelijke ruimte daarvoor.",
            ["corporatie"], "firm", [Q(150, "euro", "approx")], (2025, "in 2025"), True)),
    ("L", A("l-wijkbeheer", "Iedere corporatie zet in elke wijk waar zij meer dan 200 woningen bezit een wijkbeheerder in, die daar wekelijks een spreekuur houdt.",
            ["corporatie"], "firm", [Q(200, "woningen", "min"), Q(1, "keer per week", "exact")])),
    ("L", A("l-overlast", "Partijen werken bij ernstige overlast samen in het Overlastoverleg Klaverwijk, waaraan ook de politie en het wijkteam deelnemen, en bespreken nieuwe casussen binnen 2 weken na de melding.",
            ["partijen"], "firm", [Q(2, "weken", "max")])),
    ("L", A("l-zachte-landing", "De gemeente en de corporaties zetten zich in om jaarlijks ten minste 20 woningen beschikbaar te stellen voor uitstromers uit beschermd wonen en maatschappelijke opvang, mits passende begeleiding door een zorgaanbieder is geregeld.",
            ["gemeente", "corporatie"], "intent", [Q(20, "woningen", "min")], None, True,
            cond=["mits passende begeleiding door een zorgaanbieder is geregeld"], themes=[BB, LB])),
    ("L", A("l-initiatief", "De gemeente en de corporaties ondersteunen bewonersinitiatieven in Klaverwei-Oost en De Zoom met een gezamenlijk budget van € 30.000 per jaar.",
            ["gemeente", "corporatie"], "firm", [Q(30000, "euro", "exact")], None, True)),
    ("L", A("l-eenzaamheid", "Partijen agenderen eenzaamheid onder oudere huurders in het bestuurlijk overleg van het najaar van 2025.",
            ["partijen"], "discuss", [], (2025, "najaar van 2025"))),
    ("L", A("l-schouw", "In De Zoom voeren de corporaties samen met bewoners en de gemeente twee keer per jaar een wijkschouw uit.",
            ["corporatie"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
    ("S", A("s-koepel", "De corporaties stellen de Huurderskoepel Klaverwijk per 1 januari 2025 een jaarbudget van € 12.000 beschikbaar voor scholing, advies en ondersteuning bij de prestatieafspraken.",
            ["corporatie"], "firm", [Q(12000, "euro", "exact")], (2025, "per 1 januari 2025"), True)),
    ("S", A("s-monitor", "Partijen bespreken de voortgang van deze afspraken twee keer per jaar, in mei en november, in het tripartiete overleg.",
            ["partijen"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
    ("S", A("s-bod", "De corporaties leveren vóór 1 juli 2025 hun bod op de woonvisie aan bij de gemeente en de Huurderskoepel Klaverwijk.",
            ["corporatie"], "firm", [], (2025, "vóór 1 juli 2025"), True, trekker="Corporaties", planning="1 juli 2025")),
    ("S", A("s-woonvisie", "De gemeente actualiseert de woonvisie uiterlijk in het derde kwartaal van 2025 en betrekt de corporaties en de Huurderskoepel Klaverwijk vanaf het begin bij dat proces.",
            ["gemeente"], "firm", [], (2025, "derde kwartaal van 2025"), trekker="Gemeente", planning="Q3 2025")),
]:
    ORDER25[box].append(add(a25, rec))

# ---------------------------------------------------------------- 2026
a26 = {k: copy.deepcopy(v) for k, v in a25.items()}
for k in ["d-circulair", "k-brand", "l-eenzaamheid"]:
    del a26[k]
o = a26
o["b-nieuwbouw"] = upd(a25["b-nieuwbouw"], text="De corporaties realiseren in 2026 gezamenlijk ten minste 120 nieuwe sociale huurwoningen, waarvan 50 door Klaverhof in het plan Molenakker, 40 door Waterlinie Wonen aan de Dijkstraat en 30 door Heidezoom in De Zoom-Noord.",
                       q=[Q(120, "woningen", "min"), Q(50, "woningen", "exact"), Q(40, "woningen", "exact"), Q(30, "woningen", "exact")],
                       dl=(2026, "in 2026"), planning="december 2026")
o["b-locaties"] = upd(a25["b-locaties"], text="De gemeente brengt bouwlocaties voor ten minste 300 sociale huurwoningen in beeld en legt deze uiterlijk medio 2026 vast in een gezamenlijke locatiekaart.",
                      dl=(2026, "medio 2026"), planning="medio 2026")
o["b-grondprijs"] = upd(a25["b-grondprijs"], text="De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 28.300 per woning (prijspeil 2026), die jaarlijks per 1 januari wordt geïndexeerd.",
                        q=[Q(28300, "euro", "exact")])
o["b-sociaal-aandeel"] = upd(a25["b-sociaal-aandeel"], text="De gemeente legt in nieuwe woningbouwplannen van tien woningen of meer een aandeel van ten minste 35% sociale huur vast.",
                             mod="firm", q=[Q(10, "woningen", "min"), Q(35, "%", "min")])
o["b-huurverhoging"] = upd(a25["b-huurverhoging"], text="De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie.",
                           q=[Q(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"))
o["b-verkoop"] = upd(a25["b-verkoop"], text="Partijen spreken af dat de corporaties in 2026 samen maximaal 15 sociale huurwoningen verkopen, uitsluitend in complexen die al in gemengd eigendom zijn.",
                     q=[Q(15, "woningen", "max")], dl=(2026, "in 2026"))
o["b-liberalisatie"] = upd(a25["b-liberalisatie"], text="Heidezoom liberaliseert in 2026 niet meer dan 20 sociale huurwoningen bij mutatie, om de bouw van middenhuurwoningen in De Zoom-Noord mede te bekostigen.",
                           q=[Q(20, "woningen", "max")], dl=(2026, "in 2026"))
o["b-vergunninghouders"] = upd(a25["b-vergunninghouders"], text="De corporaties huisvesten in 2026, naar rato van hun woningbezit, de 71 vergunninghouders die het Rijk als taakstelling aan Klaverwijk heeft opgelegd.",
                               q=[Q(71, "vergunninghouders", "exact")], dl=(2026, "in 2026"))
o["b-inschrijfduur"] = upd(a25["b-inschrijfduur"], text="Partijen zetten zich in om de gemiddelde inschrijfduur van starters op de woningmarkt terug te brengen tot maximaal 4 jaar.",
                           q=[Q(4, "jaar", "max")])
o["b-huurachterstand"] = upd(a25["b-huurachterstand"], text="De corporaties nemen bij een huurachterstand van 1 maand persoonlijk contact op met de huurder en melden de huurder, met diens toestemming, aan bij het gemeentelijke team Geldzorgen.",
                             q=[Q(1, "maanden", "exact")])
o["b-huisuitzetting"] = upd(a25["b-huisuitzetting"], text="Partijen streven ernaar dat in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
                            q=[Q(0, "huisuitzettingen", "exact")], dl=(2026, "in 2026"))
o["b-doorstroming"] = upd(a25["b-doorstroming"], text="Waterlinie Wonen voert per 1 januari 2026 een doorstroomregeling voor senioren in, waarbij de huurder bij verhuizing naar een kleinere woning de huidige huurprijs meeneemt.",
                          mod="firm")
o["b-middenhuur"] = A("b-middenhuur", "Heidezoom realiseert in 2026 ten minste 30 middenhuurwoningen in De Zoom-Noord, met een huurprijs onder de grens voor middenhuur.",
                      ["corporatie"], "firm", [Q(30, "woningen", "min")], (2026, "in 2026"), trekker="Heidezoom", planning="december 2026")
o["l-zachte-landing"] = upd(a25["l-zachte-landing"], text="De gemeente en de corporaties stellen jaarlijks ten minste 20 woningen beschikbaar voor uitstromers uit beschermd wonen en maatschappelijke opvang, mits passende begeleiding door een zorgaanbieder is geregeld.",
                            mod="firm")
o["d-efg"] = upd(a25["d-efg"], text="Klaverhof verbetert de resterende 40 woningen met energielabel E, F of G uiterlijk eind 2026 naar ten minste label C, zodat daarna geen woningen met een dergelijk label meer in bezit zijn.",
                 q=[Q(40, "woningen", "exact"), Q("C", "label", "min")], dl=(2026, "eind 2026"))
o["d-isolatie"] = upd(a25["d-isolatie"], text="Waterlinie Wonen voert in 2026 bij ten minste 150 woningen isolerende maatregelen uit aan dak, gevel, vloer en glas, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming.",
                      q=[Q(150, "woningen", "min")], dl=(2026, "in 2026"), cond=["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"])
o["d-zon"] = upd(a25["d-zon"], text="Heidezoom bekijkt in 2026 de mogelijkheid om zonnepanelen te plaatsen op 250 woningen, waarbij de huurders een vaste maandelijkse vergoeding betalen die lager is dan hun gemiddelde besparing.",
                 mod="explore", dl=(2026, "in 2026"))
o["d-warmtenet"] = upd(a25["d-warmtenet"], text="Partijen werken volgens de gemaakte afspraken over de aansluiting van de complexen in Klaverwei-Oost op het warmtenet, in lijn met de transitievisie warmte.",
                       mod="firm", dl=None)
o["d-energiecoach"] = upd(a25["d-energiecoach"], text="De gemeente zet in 2026 energiecoaches in voor huurders met een laag inkomen en de corporaties maken deze inzet actief bekend bij hun huurders.",
                          dl=(2026, "in 2026"))
o["d-klimaat"] = upd(a25["d-klimaat"], text="Bij groot onderhoud en renovatie koppelen de corporaties in overleg met de gemeente regenwater af en vergroenen zij de tuinen.",
                     mod="firm")
o["d-biobased"] = A("d-biobased", "Bij ten minste één nieuwbouwproject per corporatie wordt in 2026 biobased gebouwd, met een houtskeletbouw of een vergelijkbare constructie.",
                    ["corporatie"], "firm", [Q(1, "nieuwbouwproject per corporatie", "min")], (2026, "in 2026"))
o["k-vocht"] = upd(a25["k-vocht"], text="De corporaties reageren binnen 3 werkdagen op een melding van vocht of schimmel en starten binnen 3 weken met het herstel.",
                   q=[Q(3, "werkdagen", "max"), Q(3, "weken", "max")])
o["k-lindehof"] = upd(a25["k-lindehof"], text="Klaverhof maakt in 2026 bij wijze van pilot één portiek van het complex Lindehof levensloopgeschikt door drempels te verwijderen, een lift te plaatsen en de badkamers aan te passen.",
                      q=[Q(1, "portiek", "exact")], dl=(2026, "in 2026"))
o["k-wmo"] = upd(a25["k-wmo"], text="De gemeente en de corporaties leggen de werkwijze voor woningaanpassingen vanuit de Wmo vast in een gezamenlijk protocol, dat uiterlijk 1 april 2026 wordt vastgesteld.",
                 dl=(2026, "uiterlijk 1 april 2026"))
o["k-wonenzorg"] = upd(a25["k-wonenzorg"], text="Op basis van de notitie wonen en zorg bereiden partijen in 2026 samen met zorgaanbieders ten minste één geclusterde woonvorm voor ouderen voor.",
                       mod="firm", q=[Q(1, "woonvorm", "min")], dl=(2026, "in 2026"))
o["k-oordeel"] = upd(a25["k-oordeel"], text="Voor de afhandeling van reparaties streven de corporaties naar een huurdersoordeel van gemiddeld ten minste een 7,5.")
o["k-vochtinspectie"] = A("k-vochtinspectie", "De corporaties inspecteren alle complexen van vóór 1975 op vocht en schimmel; deze inspecties zijn uiterlijk eind 2027 afgerond.",
                          ["corporatie"], "firm", [], (2027, "uiterlijk eind 2027"), trekker="Corporaties", planning="eind 2027")
o["l-budget"] = upd(a25["l-budget"], text="De corporaties besteden in 2026 gemiddeld € 175 per woning aan leefbaarheid, binnen de wettelijke ruimte daarvoor.",
                    q=[Q(175, "euro", "approx")], dl=(2026, "in 2026"))
o["l-wijkbeheer"] = upd(a25["l-wijkbeheer"], text="Iedere corporatie zet in elke wijk waar zij meer dan 200 woningen bezit een wijkbeheerder in, die daar twee keer per maand een spreekuur houdt.",
                        q=[Q(200, "woningen", "min"), Q(2, "keer per maand", "exact")])
o["l-initiatief"] = upd(a25["l-initiatief"], text="De gemeente en de corporaties ondersteunen bewonersinitiatieven in alle wijken van Klaverwijk met een gezamenlijk budget van € 30.000 per jaar.")
o["l-huisbezoek"] = A("l-huisbezoek", "De corporaties leggen vanaf 2026 huisbezoeken af bij huurders van 75 jaar en ouder, signaleren daarbij eenzaamheid en verwijzen waar nodig door naar het welzijnswerk.",
                      ["corporatie"], "firm", [Q(75, "jaar", "min")], None, True, cond=["waar nodig"])
o["s-koepel"] = upd(a25["s-koepel"], text="De corporaties stellen de Huurderskoepel Klaverwijk per 1 januari 2026 een jaarbudget van € 12.000 beschikbaar voor scholing, advies en ondersteuning bij de prestatieafspraken.",
                    dl=(2026, "per 1 januari 2026"))
o["s-bod"] = upd(a25["s-bod"], text="De corporaties leveren vóór 1 juli 2026 hun bod op de woonvisie aan bij de gemeente en de Huurderskoepel Klaverwijk.",
                 dl=(2026, "vóór 1 juli 2026"), planning="1 juli 2026")
o["s-woonvisie"] = upd(a25["s-woonvisie"], text="De gemeente actualiseert de woonvisie uiterlijk medio 2026 en betrekt de corporaties en de Huurderskoepel Klaverwijk vanaf het begin bij dat proces.",
                       dl=(2026, "medio 2026"), planning="Q2 2026")

ORDER26 = {
    "B": ["b-huurverhoging", "b-nieuwbouw", "b-locaties", "b-middenhuur", "b-sociaal-aandeel", "b-grondprijs", "b-verkoop",
          "b-liberalisatie", "b-lokale-binding", "b-vergunninghouders", "l-zachte-landing", "b-inschrijfduur",
          "b-doorstroming", "b-huurachterstand", "b-huisuitzetting"],
    "D": ["d-label", "d-efg", "d-isolatie", "d-zon", "d-warmtenet", "d-energiecoach", "d-klimaat", "d-biobased"],
    "K": ["k-vocht", "k-vochtinspectie", "k-reparatie", "k-lindehof", "k-wmo", "k-wonenzorg", "k-oordeel"],
    "L": ["l-budget", "l-wijkbeheer", "l-overlast", "l-initiatief", "l-huisbezoek", "l-schouw"],
    "S": ["s-koepel", "s-monitor", "s-bod", "s-woonvisie"],
}

# ---------------------------------------------------------------- 2027
a27 = {k: copy.deepcopy(v) for k, v in a26.items()}
for k in ["d-efg", "d-zon", "s-woonvisie"]:
    del a27[k]
o = a27
o["b-nieuwbouw"] = upd(a26["b-nieuwbouw"], text="In 2027 leveren de corporaties samen ten minste 120 sociale huurwoningen op. Het zwaartepunt ligt bij de tweede fase van Molenakker, waar Klaverhof 50 woningen bouwt, bij de herontwikkeling van de Dijkstraat door Waterlinie Wonen met 40 woningen en bij De Zoom-Noord, waar Heidezoom 30 woningen oplevert.",
                       dl=(2027, "in 2027"), planning="december 2027")
o["b-locaties"] = upd(a26["b-locaties"], text="De gemeente brengt bouwlocaties voor ten minste 300 sociale huurwoningen in beeld en legt deze, onder voorbehoud van besluitvorming door de gemeenteraad, uiterlijk medio 2027 vast in een gezamenlijke locatiekaart.",
                      dl=(2027, "medio 2027"), cond=["onder voorbehoud van besluitvorming door de gemeenteraad"], planning="medio 2027")
o["b-grondprijs"] = upd(a26["b-grondprijs"], text="De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 29.050 per woning (prijspeil 2027), die jaarlijks per 1 januari wordt geïndexeerd.",
                        q=[Q(29050, "euro", "exact")])
o["b-huurverhoging"] = upd(a26["b-huurverhoging"], text="De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5% onder de inflatie.",
                           dl=(2027, "per 1 juli 2027"))
o["b-verkoop"] = upd(a26["b-verkoop"], text="Partijen spreken af dat de corporaties in 2027 geen sociale huurwoningen verkopen.",
                     q=[Q(0, "woningen", "exact")], dl=(2027, "in 2027"))
o["b-liberalisatie"] = upd(a26["b-liberalisatie"], text="Heidezoom liberaliseert in 2027 niet meer dan 20 sociale huurwoningen bij mutatie, om de bouw van middenhuurwoningen in De Zoom-Noord mede te bekostigen.",
                           dl=(2027, "in 2027"))
o["b-lokale-binding"] = upd(a26["b-lokale-binding"], text="Binnen de ruimte van de huisvestingsverordening wordt ten minste 25% van de vrijkomende sociale huurwoningen door de corporaties toegewezen aan woningzoekenden met een lokale binding.")
o["b-vergunninghouders"] = upd(a26["b-vergunninghouders"], text="De corporaties huisvesten in 2027, naar rato van hun woningbezit, de 58 vergunninghouders die het Rijk als taakstelling aan Klaverwijk heeft opgelegd.",
                               q=[Q(58, "vergunninghouders", "exact")], dl=(2027, "in 2027"))
o["b-huisuitzetting"] = upd(a26["b-huisuitzetting"], text="Partijen zetten zich in om huisuitzettingen wegens huurachterstand in 2027 zoveel mogelijk te voorkomen.",
                            q=[], dl=(2027, "in 2027"))
o["b-doorstroming"] = upd(a26["b-doorstroming"], text="Klaverhof, Waterlinie Wonen en Heidezoom passen vanaf 1 januari 2027 alle drie de doorstroomregeling voor senioren toe, waarbij de huurder bij verhuizing naar een kleinere woning de huidige huurprijs meeneemt.",
                          dl=(2027, "vanaf 1 januari 2027"))
o["b-middenhuur"] = upd(a26["b-middenhuur"], text="Heidezoom realiseert ten minste 30 middenhuurwoningen in De Zoom-Noord, met een huurprijs onder de grens voor middenhuur, indien de bouwkosten binnen de vastgestelde begroting blijven; de oplevering volgt uiterlijk eind 2027.",
                        dl=(2027, "uiterlijk eind 2027"), cond=["indien de bouwkosten binnen de vastgestelde begroting blijven"], planning="eind 2027")
o["b-hospita"] = A("b-hospita", "Partijen verkennen in 2027 of hospitaverhuur en woningdelen door jongeren in sociale huurwoningen kunnen worden toegestaan en betrekken daarbij de ervaringen elders in de regio.",
                   ["partijen"], "explore", [], (2027, "in 2027"))
o["l-zachte-landing"] = upd(a26["l-zachte-landing"], text="De gemeente en de corporaties stellen jaarlijks ten minste 20 woningen beschikbaar voor uitstromers uit beschermd wonen en maatschappelijke opvang; de gemeente draagt zorg voor passende begeleiding door een zorgaanbieder.",
                            cond=[])
o["d-label"] = upd(a26["d-label"], text="De corporaties brengen hun woningvoorraad uiterlijk eind 2028 naar gemiddeld energielabel C.",
                   q=[Q("C", "label", "exact")])
o["d-isolatie"] = upd(a26["d-isolatie"], text="Waterlinie Wonen voert in 2027 bij ten minste 150 woningen isolerende maatregelen uit aan dak, gevel, vloer en glas, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming.",
                      dl=(2027, "in 2027"))
o["d-energiecoach"] = upd(a26["d-energiecoach"], text="De gemeente zet in 2027 energiecoaches in voor huurders met een laag inkomen, indien de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet; de corporaties maken deze inzet actief bekend bij hun huurders.",
                          dl=(2027, "in 2027"), cond=["indien de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet"])
o["d-biobased"] = upd(a26["d-biobased"], text="De corporaties onderzoeken of bij ten minste één nieuwbouwproject per corporatie in 2027 biobased kan worden gebouwd, met een houtskeletbouw of een vergelijkbare constructie.",
                      mod="explore", dl=(2027, "in 2027"))
o["d-warmtepomp"] = A("d-warmtepomp", "Klaverhof plaatst in 2027 in 80 eengezinswoningen in Klaverwei-West een hybride warmtepomp, zonder huurverhoging voor de zittende huurders.",
                      ["corporatie"], "firm", [Q(80, "woningen", "exact")], (2027, "in 2027"), trekker="Klaverhof", planning="Q4 2027")
o["k-reparatie"] = upd(a26["k-reparatie"], text="Niet-spoedeisende reparatieverzoeken worden door de corporaties binnen 15 werkdagen afgehandeld.",
                       q=[Q(15, "werkdagen", "max")])
o["k-lindehof"] = upd(a26["k-lindehof"], text="Klaverhof maakt na evaluatie van de pilot in 2027 alle portieken van het complex Lindehof levensloopgeschikt door drempels te verwijderen, liften te plaatsen en de badkamers aan te passen.",
                      q=[], dl=(2027, "in 2027"), planning="eind 2027")
o["k-wmo"] = upd(a26["k-wmo"], text="De gemeente en de corporaties werken bij woningaanpassingen vanuit de Wmo volgens het gezamenlijke protocol dat in 2026 is vastgesteld.",
                 dl=None)
o["k-wonenzorg"] = upd(a26["k-wonenzorg"], text="Partijen realiseren samen met zorgaanbieder De Lindeboom uiterlijk eind 2028 een geclusterde woonvorm met 24 ouderenwoningen in Klaverwei-Oost.",
                       q=[Q(24, "woningen", "exact")], dl=(2028, "uiterlijk eind 2028"), trekker="Klaverhof en De Lindeboom", planning="eind 2028")
o["k-vochtinspectie"] = upd(a26["k-vochtinspectie"], text="De corporaties inspecteren alle complexen van vóór 1975 op vocht en schimmel; deze inspecties zijn uiterlijk medio 2027 afgerond.",
                            dl=(2027, "uiterlijk medio 2027"), planning="medio 2027")
o["l-budget"] = upd(a26["l-budget"], text="De corporaties besteden in 2027 gemiddeld € 175 per woning aan leefbaarheid, binnen de wettelijke ruimte daarvoor.",
                    dl=(2027, "in 2027"))
o["l-overlast"] = upd(a26["l-overlast"], text="Bij ernstige overlast trekken partijen samen op met politie en wijkteam in het Overlastoverleg Klaverwijk, waar nieuwe casussen binnen 2 weken na de melding worden besproken.")
o["l-initiatief"] = upd(a26["l-initiatief"], text="De gemeente en de corporaties ondersteunen bewonersinitiatieven in alle wijken van Klaverwijk met een gezamenlijk budget van € 20.000 per jaar.",
                        q=[Q(20000, "euro", "exact")])
o["l-schouw"] = upd(a26["l-schouw"], text="In De Zoom en Klaverwei-Oost voeren de corporaties samen met bewoners en de gemeente vier keer per jaar een wijkschouw uit.",
                    q=[Q(4, "keer per jaar", "exact")])
o["s-koepel"] = upd(a26["s-koepel"], text="De corporaties stellen de Huurderskoepel Klaverwijk per 1 januari 2027 een jaarbudget van € 12.000 beschikbaar voor scholing, advies en ondersteuning bij de prestatieafspraken.",
                    dl=(2027, "per 1 januari 2027"))
o["s-monitor"] = upd(a26["s-monitor"], text="Partijen bespreken de voortgang van deze afspraken één keer per jaar, in november, in het tripartiete overleg.",
                     q=[Q(1, "keer per jaar", "exact")])
o["s-bod"] = upd(a26["s-bod"], text="De corporaties leveren vóór 1 juli 2027 hun bod op de woonvisie aan bij de gemeente en de Huurderskoepel Klaverwijk.",
                 dl=(2027, "vóór 1 juli 2027"), planning="1 juli 2027")
o["s-verordening"] = A("s-verordening", "De gemeente evalueert in 2027 samen met de corporaties en de Huurderskoepel Klaverwijk de huisvestingsverordening en stelt waar nodig een wijzigingsvoorstel op.",
                       ["gemeente"], "firm", [], (2027, "in 2027"), cond=["waar nodig"], trekker="Gemeente", planning="Q3 2027")

ORDER27 = {
    "B": ["b-huurverhoging", "b-nieuwbouw", "b-locaties", "b-middenhuur", "b-sociaal-aandeel", "b-grondprijs", "b-verkoop",
          "b-liberalisatie", "b-lokale-binding", "b-vergunninghouders", "l-zachte-landing", "b-inschrijfduur",
          "b-doorstroming", "b-hospita", "b-huurachterstand", "b-huisuitzetting"],
    "K": ["k-vocht", "k-vochtinspectie", "k-reparatie", "k-lindehof", "k-wmo", "k-wonenzorg", "k-oordeel"],
    "D": ["d-label", "d-warmtepomp", "d-isolatie", "d-warmtenet", "d-energiecoach", "d-klimaat", "d-biobased"],
    "L": ["l-budget", "l-wijkbeheer", "l-overlast", "l-initiatief", "l-huisbezoek", "l-schouw"],
    "S": ["s-koepel", "s-monitor", "s-bod", "s-verordening"],
}

DOCS = {2025: (a25, ORDER25), 2026: (a26, ORDER26), 2027: (a27, ORDER27)}

# ---------------------------------------------------------------- pairs: key -> (status, kinds, hard_negative)
W, S, R, M = "weakened", "strengthened", "reworded", "modified"
PAIRS = {
    (2025, 2026): {
        "b-nieuwbouw": (W, ["quantity"], None),
        "b-locaties": (W, ["deadline"], None),
        "b-grondprijs": (R, [], "indexed_amount"),
        "b-sociaal-aandeel": (S, ["quantity", "modality"], None),
        "b-huurverhoging": (S, ["quantity"], None),
        "b-verkoop": (S, ["quantity"], None),
        "b-liberalisatie": (W, ["quantity"], None),
        "b-vergunninghouders": (R, [], "external_figure"),
        "b-inschrijfduur": (S, ["quantity"], None),
        "b-huurachterstand": (S, ["quantity"], None),
        "b-huisuitzetting": (S, ["quantity"], None),
        "b-doorstroming": (S, ["modality"], None),
        "l-zachte-landing": (S, ["modality"], None),
        "d-efg": (R, [], "progress"),
        "d-isolatie": (W, ["quantity", "condition"], None),
        "d-zon": (W, ["modality"], None),
        "d-warmtenet": (S, ["modality"], None),
        "d-energiecoach": (R, [], "recurring_year"),
        "d-klimaat": (S, ["modality"], None),
        "k-vocht": (S, ["quantity"], None),
        "k-lindehof": (W, ["scope"], None),
        "k-wmo": (W, ["deadline"], None),
        "k-wonenzorg": (S, ["modality"], None),
        "k-oordeel": (R, [], "same_figures"),
        "l-budget": (S, ["quantity"], None),
        "l-wijkbeheer": (W, ["quantity"], None),
        "l-initiatief": (S, ["scope"], None),
        "s-koepel": (R, [], "recurring_year"),
        "s-bod": (R, [], "recurring_year"),
        "s-woonvisie": (W, ["deadline"], None),
    },
    (2026, 2027): {
        "b-nieuwbouw": (R, [], "recurring_year"),
        "b-locaties": (W, ["deadline", "condition"], None),
        "b-grondprijs": (R, [], "indexed_amount"),
        "b-huurverhoging": (R, [], "recurring_year"),
        "b-verkoop": (S, ["quantity"], None),
        "b-liberalisatie": (R, [], "recurring_year"),
        "b-lokale-binding": (R, [], "same_figures"),
        "b-vergunninghouders": (R, [], "external_figure"),
        "b-huisuitzetting": (W, ["quantity"], None),
        "b-doorstroming": (S, ["scope"], None),
        "b-middenhuur": (W, ["deadline", "condition"], None),
        "l-zachte-landing": (S, ["condition"], None),
        "d-label": (W, ["label"], None),
        "d-isolatie": (R, [], "recurring_year"),
        "d-energiecoach": (W, ["condition"], None),
        "d-biobased": (W, ["modality"], None),
        "k-reparatie": (W, ["quantity"], None),
        "k-lindehof": (M, ["scope", "deadline"], None),
        "k-wmo": (S, ["modality"], None),
        "k-wonenzorg": (S, ["modality"], None),
        "k-vochtinspectie": (S, ["deadline"], None),
        "l-budget": (R, [], "recurring_year"),
        "l-overlast": (R, [], "same_figures"),
        "l-initiatief": (W, ["quantity"], None),
        "l-schouw": (S, ["scope", "quantity"], None),
        "s-koepel": (R, [], "recurring_year"),
        "s-monitor": (W, ["quantity"], None),
        "s-bod": (R, [], "recurring_year"),
    },
}

SIGN = {2025: "11 december 2024", 2026: "9 december 2025", 2027: "8 december 2026"}
SIGNERS = [
    ("Gemeente Klaverwijk", "J.M. van Dalsum", "wethouder Wonen"),
    ("Woonstichting Klaverhof", "ir. P. Rietveld-Smit", "directeur-bestuurder"),
    ("Stichting Waterlinie Wonen", "drs. H. Okkerse", "directeur-bestuurder"),
    ("Woongoed Heidezoom", "M. el Amrani MBA", "bestuurder"),
    ("Huurderskoepel Klaverwijk", "A. de Wolf-Brand", "voorzitter"),
]

# intro page text per year: (inleiding, terugblik, kerncijfers rows)
INTRO = {
    2025: dict(
        inleiding=[
            "Deze afsprakenkaart bevat de prestatieafspraken voor 2025 tussen de gemeente Klaverwijk, Woonstichting Klaverhof, Stichting Waterlinie Wonen, Woongoed Heidezoom en de Huurderskoepel Klaverwijk. De afspraken zijn tot stand gekomen op basis van de woonvisie Thuis in Klaverwijk 2030, de biedingen die de corporaties vóór 1 juli 2024 hebben uitgebracht en de gesprekken aan de tripartiete tafel in het najaar.",
            "Het Rijk heeft met de Nationale Prestatieafspraken en de regionale woondeal Veenstreek de lat hoog gelegd: meer betaalbare woningen, snellere verduurzaming en aandacht voor kwetsbare huurders. Klaverwijk draagt daar naar vermogen aan bij.",
        ],
        terugblik=[
            "In 2024 leverden de drie corporaties samen 117 sociale huurwoningen op, tegen 96 in 2023. Er werden 211 woningen geïsoleerd en 74 woningen met een label E, F of G verbeterd.",
            "De gemiddelde huurverhoging bedroeg 5,3 procent. Het aantal huisuitzettingen wegens huurachterstand daalde van 9 naar 6.",
        ],
        kern=[("Sociale huurwoningen", "8.940"), ("Actief woningzoekenden", "3.870"), ("Gem. inschrijfduur starters", "5,8 jaar"),
              ("Huurders met achterstand", "3,1%"), ("Woningen label E, F of G", "95")],
        kernjaar="1 januari 2025",
    ),
    2026: dict(
        inleiding=[
            "Voor u ligt de afsprakenkaart 2026 van de gemeente Klaverwijk, de corporaties Klaverhof, Waterlinie Wonen en Heidezoom en de Huurderskoepel Klaverwijk. De kaart bouwt voort op de afspraken van 2025 en op de biedingen die in juni 2025 zijn uitgebracht.",
            "De woonvisie wordt in 2026 geactualiseerd. Tot die tijd blijft Thuis in Klaverwijk 2030 het kader, aangevuld met de afspraken uit de regionale woondeal Veenstreek en de landelijke afspraken over betaalbaarheid en verduurzaming.",
        ],
        terugblik=[
            "In 2025 werden 128 sociale huurwoningen opgeleverd, twaalf minder dan afgesproken doordat de tweede fase van Molenakker vertraging opliep. Waterlinie Wonen isoleerde 164 woningen.",
            "Er vonden 4 huisuitzettingen wegens huurachterstand plaats. Het protocol voor woningaanpassingen werd nog niet vastgesteld.",
        ],
        kern=[("Sociale huurwoningen", "9.035"), ("Actief woningzoekenden", "4.120"), ("Gem. inschrijfduur starters", "5,5 jaar"),
              ("Huurders met achterstand", "2,8%"), ("Woningen label E, F of G", "40")],
        kernjaar="1 januari 2026",
    ),
    2027: dict(
        inleiding=[
            "Deze afsprakenkaart legt de prestatieafspraken voor 2027 vast tussen de gemeente Klaverwijk, Woonstichting Klaverhof, Stichting Waterlinie Wonen, Woongoed Heidezoom en de Huurderskoepel Klaverwijk. De geactualiseerde woonvisie Klaverwijk Thuis voor iedereen, die de gemeenteraad in oktober 2026 vaststelde, vormt het kader.",
            "De stijgende bouwkosten en de beperkte financiële ruimte van de corporaties hebben invloed gehad op enkele afspraken. Partijen hebben daarom bewust gekozen voor haalbare afspraken en leggen de nadruk op betaalbaarheid voor zittende huurders.",
        ],
        terugblik=[
            "In 2026 leverden de corporaties 109 sociale huurwoningen op. De laatste woningen met een label E, F of G werden verbeterd en de pilot in het complex Lindehof werd afgerond.",
            "Er vonden in 2026 twee huisuitzettingen plaats. Het Wmo-protocol werd in maart 2026 vastgesteld.",
        ],
        kern=[("Sociale huurwoningen", "9.118"), ("Actief woningzoekenden", "4.310"), ("Gem. inschrijfduur starters", "5,1 jaar"),
              ("Huurders met achterstand", "2,6%"), ("Woningen label E, F of G", "0")],
        kernjaar="1 januari 2027",
    ),
}

MONITOR_TEXT = {
    2025: [
        "Looptijd. Deze afsprakenkaart geldt van 1 januari 2025 tot en met 31 december 2025. Afspraken met een langere doorlooptijd worden in de kaart van 2026 opnieuw bezien.",
        "Monitoring. De corporaties leveren in april en oktober de voortgangscijfers aan; de gemeente stelt daarvan een monitor op, die de basis vormt voor het tripartiete overleg.",
        "Wijzigingen en geschillen. Wijzigingen in de afspraken worden schriftelijk vastgelegd. Bij een geschil over de uitvoering wordt dit eerst in het bestuurlijk overleg besproken; lukt dat niet, dan kan een onafhankelijke bemiddelaar worden gevraagd.",
        "Bijlagen: 1. Nieuwbouwprogramma per project 2025-2029; 2. Monitor prestatieafspraken 2024; 3. Begrippenlijst.",
    ],
    2026: [
        "Looptijd. Deze afsprakenkaart geldt van 1 januari 2026 tot en met 31 december 2026 en vervangt de kaart van 2025.",
        "Monitoring. De corporaties leveren in april en oktober de voortgangscijfers aan; de gemeente stelt daarvan een monitor op, die de basis vormt voor het tripartiete overleg.",
        "Wijzigingen en geschillen. Wijzigingen in de afspraken worden schriftelijk vastgelegd. Bij een geschil over de uitvoering wordt dit eerst in het bestuurlijk overleg besproken; lukt dat niet, dan kan een onafhankelijke bemiddelaar worden gevraagd.",
        "Bijlagen: 1. Nieuwbouwprogramma per project 2026-2030; 2. Monitor prestatieafspraken 2025; 3. Begrippenlijst.",
    ],
    2027: [
        "Looptijd. Deze afsprakenkaart geldt van 1 januari 2027 tot en met 31 december 2027 en vervangt de kaart van 2026.",
        "Monitoring. De corporaties leveren in oktober de voortgangscijfers aan; de gemeente stelt daarvan een monitor op, die in het novemberoverleg wordt besproken.",
        "Wijzigingen en geschillen. Wijzigingen in de afspraken worden schriftelijk vastgelegd. Bij een geschil over de uitvoering wordt dit eerst in het bestuurlijk overleg besproken; lukt dat niet, dan kan een onafhankelijke bemiddelaar worden gevraagd.",
        "Bijlagen: 1. Nieuwbouwprogramma per project 2027-2031; 2. Monitor prestatieafspraken 2026; 3. Begrippenlijst; 4. Woonvisie Klaverwijk Thuis voor iedereen (samenvatting).",
    ],
}
