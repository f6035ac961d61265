# -*- coding: utf-8 -*-
"""Content for the roerdamme family: prestatieafspraken Roerdamme 2024, 2025, 2026 + kennisgeving 2026.

Every afspraak is an entry A(key, themes, versions, p1, p2, ch=...), where versions maps a year to
(text, frame) and p1 / p2 give the gold link status for the pairs 2024->2025 and 2025->2026 as
(status, kinds, hard_negative). Identical texts are 'unchanged' automatically.
"""

GEMEENTE = "Roerdamme"
CORPORATIES = ["Woonstichting Maasvliet", "Wooncorporatie Het Dijkhuis", "Stichting Woonpoort Roerstreek"]
HUURDERS = ["Huurdersplatform Roerdamme"]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")


def q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def fr(actors, modality, quantities=(), deadline=None, recurring=False, conditions=()):
    if isinstance(actors, str):
        actors = [actors]
    dl = None
    if deadline:
        dl = {"year": deadline[0], "text": deadline[1]}
    return {"actors": list(actors), "modality": modality, "quantities": list(quantities), "deadline": dl,
            "recurring": recurring, "conditions": list(conditions)}


def A(key, themes, versions, p1=None, p2=None, ch=None):
    if isinstance(themes, str):
        themes = [themes]
    return {"key": key, "themes": themes, "v": versions, "p1": p1, "p2": p2, "ch": ch or {}}


W, S, R, M = "weakened", "strengthened", "reworded", "modified"
COR, GEM, PAR, HO = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

NIEUWBOUW_TAIL = ("waarbij de verdeling over de corporaties is opgenomen in bijlage 2. De gemeente draagt er zorg voor "
                  "dat de benodigde vergunningen tijdig worden verleend en stemt de planning van de openbare ruimte af "
                  "op de opleverdata.")

AFSPRAKEN = [
    # ------------------------------------------------------------------ B: beschikbaar en betaalbaar
    A("nieuwbouw-sociaal", B, {
        2024: ("De corporaties realiseren in 2024 gezamenlijk ten minste 140 nieuwe sociale huurwoningen, " + NIEUWBOUW_TAIL,
               fr([COR, GEM], "firm", [q(140, "woningen", "min")], (2024, "in 2024"), True)),
        2025: ("De corporaties realiseren in 2025 gezamenlijk ten minste 120 nieuwe sociale huurwoningen, onder voorbehoud "
               "van tijdige vergunningverlening, " + NIEUWBOUW_TAIL,
               fr([COR, GEM], "firm", [q(120, "woningen", "min")], (2025, "in 2025"), True,
                  ["onder voorbehoud van tijdige vergunningverlening"])),
        2026: ("De corporaties realiseren in 2026 gezamenlijk ten minste 150 nieuwe sociale huurwoningen, " + NIEUWBOUW_TAIL,
               fr([COR, GEM], "firm", [q(150, "woningen", "min")], (2026, "in 2026"), True)),
    }, (W, ["quantity", "condition"], None), (S, ["quantity", "condition"], None)),

    A("sociale-voorraad", B, {
        y: ("Partijen streven ernaar de omvang van de sociale huurvoorraad in Roerdamme ten minste gelijk te houden aan "
            "6.800 woningen, zodat de groei van het aantal woningzoekenden kan worden opgevangen.",
            fr(PAR, "intent", [q(6800, "woningen", "min")])) for y in (2024, 2025, 2026)}),

    A("roerkade", B, {
        2024: ("De gemeente stelt uiterlijk eind 2024 het bestemmingsplan voor de locatie Roerkade vast, zodat Het Dijkhuis "
               "daar 48 sociale huurwoningen kan bouwen; Het Dijkhuis verplicht zich de bouw binnen zes maanden na het "
               "onherroepelijk worden van het plan te starten.",
               fr([GEM, COR], "firm", [q(48, "woningen"), q(6, "maanden", "max")], (2024, "eind 2024"))),
        2025: ("De gemeente stelt uiterlijk medio 2025 het omgevingsplan voor de locatie Roerkade vast, zodat Het Dijkhuis "
               "daar 40 sociale huurwoningen kan bouwen; Het Dijkhuis verplicht zich de bouw binnen zes maanden na het "
               "onherroepelijk worden van het plan te starten.",
               fr([GEM, COR], "firm", [q(40, "woningen"), q(6, "maanden", "max")], (2025, "medio 2025"))),
    }, (W, ["quantity", "deadline"], None), ("dropped", [], None)),

    A("verkoop-liberalisatie", B, {
        2024: ("De corporaties verkopen of liberaliseren in 2024 samen maximaal 40 sociale huurwoningen; de opbrengsten "
               "worden ingezet voor nieuwbouw en verduurzaming in Roerdamme.",
               fr(COR, "firm", [q(40, "woningen", "max")], (2024, "in 2024"), True)),
        2025: ("De corporaties verkopen of liberaliseren in 2025 samen maximaal 25 sociale huurwoningen; de opbrengsten "
               "worden ingezet voor nieuwbouw en verduurzaming in Roerdamme.",
               fr(COR, "firm", [q(25, "woningen", "max")], (2025, "in 2025"), True)),
        2026: ("In 2026 worden door de corporaties geen sociale huurwoningen verkocht of geliberaliseerd, zodat de sociale "
               "voorraad volledig beschikbaar blijft voor de doelgroep.",
               fr(COR, "firm", [q(0, "woningen", "max")], (2026, "in 2026"), True)),
    }, (S, ["quantity"], None), (S, ["quantity"], None)),

    A("huurverhoging", B, {
        2024: ("De corporaties houden de gemiddelde jaarlijkse huurverhoging per 1 juli 2024 maximaal gelijk aan de "
               "inflatie en maken daarbij gebruik van de mogelijkheid om huurders met een laag inkomen te ontzien.",
               fr(COR, "firm", [], (2024, "per 1 juli 2024"), True)),
        2025: ("De corporaties houden de gemiddelde jaarlijkse huurverhoging per 1 juli 2025 ten minste 0,5 procentpunt "
               "onder de inflatie en maken daarbij gebruik van de mogelijkheid om huurders met een laag inkomen te ontzien.",
               fr(COR, "firm", [q(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
        2026: ("De corporaties houden de gemiddelde jaarlijkse huurverhoging per 1 juli 2026 ten minste 0,5 procentpunt "
               "onder de inflatie en maken daarbij gebruik van de mogelijkheid om huurders met een laag inkomen te ontzien.",
               fr(COR, "firm", [q(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    }, (S, ["quantity"], None), (R, [], "recurring_year")),

    A("passend-toewijzen", B, {
        y: ("De corporaties wijzen ten minste 95%% van de vrijkomende sociale huurwoningen passend toe en hanteren daarbij "
            "de per 1 januari %d geldende inkomensgrenzen en aftoppingsgrenzen, met dien verstande dat: a) huishoudens met "
            "recht op huurtoeslag een woning krijgen met een huur tot de aftoppingsgrens; b) grote gezinnen voorrang krijgen "
            "bij woningen met vier of meer kamers; c) afwijkingen jaarlijks aan het Huurdersplatform worden gemeld." % y,
            fr(COR, "firm", [q(95, "%", "min")], (y, "per 1 januari %d" % y), True)) for y in (2024, 2025, 2026)},
        (R, [], "recurring_year"), (R, [], "recurring_year")),

    A("voorrang-starters", B, {
        2024: ("Bij de eerste verhuur van nieuwbouwwoningen wordt ten minste 30% van de woningen met voorrang toegewezen "
               "aan starters met een lokale binding aan Roerdamme, binnen de ruimte die de huisvestingsverordening daarvoor "
               "biedt.", fr(COR, "firm", [q(30, "%", "min")])),
        2025: ("Bij de eerste verhuur van nieuwbouwwoningen wordt ten minste 25% van de woningen met voorrang toegewezen "
               "aan starters met een lokale binding aan Roerdamme, binnen de ruimte die de huisvestingsverordening daarvoor "
               "biedt.", fr(COR, "firm", [q(25, "%", "min")])),
        2026: ("Bij de eerste verhuur van nieuwbouwwoningen wordt ten minste 25% van de woningen met voorrang toegewezen "
               "aan starters met een lokale binding aan Roerdamme, binnen de ruimte die de huisvestingsverordening daarvoor "
               "biedt.", fr(COR, "firm", [q(25, "%", "min")])),
    }, (W, ["quantity"], None)),

    A("statushouders", B, {
        y: ("De corporaties huisvesten in %d naar rato van hun woningbezit het door het Rijk vastgestelde aantal van %d "
            "vergunninghouders, waarbij de gemeente zorgdraagt voor maatschappelijke begeleiding gedurende het eerste jaar."
            % (y, n), fr([COR, GEM], "firm", [q(n, "vergunninghouders")], (y, "in %d" % y), True))
        for y, n in ((2024, 64), (2025, 71), (2026, 58))},
        (R, [], "external_figure"), (R, [], "external_figure")),

    A("huurachterstand", B, {
        2024: ("De corporaties nemen bij een huurachterstand van twee maanden persoonlijk contact op met de huurder en melden "
               "de achterstand, met instemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
               fr(COR, "firm", [q(2, "maanden")])),
        2025: ("De corporaties nemen bij een huurachterstand van één maand persoonlijk contact op met de huurder en melden "
               "de achterstand, met instemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
               fr(COR, "firm", [q(1, "maanden")])),
        2026: ("De corporaties nemen bij een huurachterstand van één maand persoonlijk contact op met de huurder en melden "
               "de achterstand, met instemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
               fr(COR, "firm", [q(1, "maanden")])),
    }, (S, ["quantity"], None)),

    A("huisuitzettingen", B, {
        2024: ("De corporaties zeggen toe het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal 5 per "
               "jaar en schakelen vóór elke ontruiming het wijkteam in.",
               fr(COR, "firm", [q(5, "huisuitzettingen per jaar", "max")], None, True)),
        2025: ("De corporaties zeggen toe het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal 5 per "
               "jaar en schakelen vóór elke ontruiming het wijkteam in.",
               fr(COR, "firm", [q(5, "huisuitzettingen per jaar", "max")], None, True)),
        2026: ("De corporaties zetten zich in om het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal "
               "5 per jaar en schakelen vóór elke ontruiming het wijkteam in.",
               fr(COR, "intent", [q(5, "huisuitzettingen per jaar", "max")], None, True)),
    }, None, (W, ["modality"], None)),

    A("doorstroming-senioren", B, {
        2024: ("De corporaties zetten zich in voor de invoering van een doorstroomregeling waarmee senioren die een grote "
               "eengezinswoning achterlaten hun huidige kale huurprijs kunnen meenemen naar een kleinere, gelijkvloerse "
               "woning.", fr(COR, "intent")),
        2025: ("De corporaties voeren per 1 januari 2025 een doorstroomregeling in waarmee senioren die een grote "
               "eengezinswoning achterlaten hun huidige kale huurprijs kunnen meenemen naar een kleinere, gelijkvloerse "
               "woning.", fr(COR, "firm", [], (2025, "per 1 januari 2025"))),
        2026: ("Via de doorstroomregeling die sinds 1 januari 2025 geldt, behouden senioren die een grote eengezinswoning "
               "van een van de corporaties verlaten hun kale huurprijs wanneer zij verhuizen naar een kleinere woning zonder "
               "trappen. De corporaties passen deze regeling onverminderd toe en wijzen vertrekkende ouderen er actief op.",
               fr(COR, "firm")),
    }, (S, ["modality"], None), (R, [], None)),

    A("wachttijd", B, {
        2024: ("Partijen hebben de ambitie de gemiddelde inschrijfduur van starters voor een sociale huurwoning terug te "
               "brengen tot maximaal 4 jaar.", fr(PAR, "intent", [q(4, "jaar", "max")])),
        2025: ("Partijen hebben de ambitie de gemiddelde inschrijfduur van starters voor een sociale huurwoning terug te "
               "brengen tot maximaal 5 jaar.", fr(PAR, "intent", [q(5, "jaar", "max")])),
        2026: ("Partijen beogen dat starters gemiddeld niet langer dan 5 jaar ingeschreven staan voordat zij een sociale "
               "huurwoning vinden.", fr(PAR, "intent", [q(5, "jaar", "max")])),
    }, (W, ["quantity"], None), (R, [], "same_figures")),

    A("flexwonen", B, {
        2025: ("De gemeente onderzoekt samen met Woonpoort Roerstreek of op het voormalige sportpark De Brink 30 tijdelijke "
               "woningen voor spoedzoekers kunnen worden geplaatst.", fr([GEM, COR], "explore", [q(30, "woningen")])),
        2026: ("Op het voormalige sportpark De Brink worden door Woonpoort Roerstreek uiterlijk in het derde kwartaal van "
               "2026 in totaal 30 tijdelijke woningen voor spoedzoekers geplaatst; de gemeente verleent hiervoor een "
               "tijdelijke omgevingsvergunning voor vijftien jaar.",
               fr([COR, GEM], "firm", [q(30, "woningen"), q(15, "jaar")], (2026, "derde kwartaal van 2026"))),
    }, ("new", [], None), (S, ["modality"], None)),

    A("uitstroom-bw", B, {
        2024: ("De corporaties stellen jaarlijks gezamenlijk 20 woningen beschikbaar voor de uitstroom van cliënten uit "
               "beschermd wonen en maatschappelijke opvang; de gemeente zorgt voor passende begeleiding zolang dat nodig is.",
               fr([COR, GEM], "firm", [q(20, "woningen")], None, True)),
        2025: ("Voor de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang stellen de corporaties ieder "
               "jaar samen 20 woningen beschikbaar, waarbij de gemeente passende begeleiding verzorgt zolang die nodig is.",
               fr([COR, GEM], "firm", [q(20, "woningen")], None, True)),
        2026: ("Voor de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang stellen de corporaties ieder "
               "jaar samen 25 woningen beschikbaar, waarbij de gemeente passende begeleiding verzorgt zolang die nodig is.",
               fr([COR, GEM], "firm", [q(25, "woningen")], None, True)),
    }, (R, [], "same_figures"), (S, ["quantity"], None), ch={2025: "K", 2026: "K"}),

    A("aftopping-mutatie", B, {
        2024: ("Het Dijkhuis onderzoekt in 2024 of de huurprijs van woningen boven de hoogste aftoppingsgrens bij mutatie "
               "kan worden verlaagd, zodat meer woningen bereikbaar worden voor huishoudens met een laag inkomen.",
               fr(COR, "explore", [], (2024, "in 2024"))),
    }, ("dropped", [], None)),

    A("woonlasten", B, {
        2026: ("De gemeente gaat in gesprek met de corporaties en het Huurdersplatform over een gezamenlijke aanpak van hoge "
               "woonlasten, waarbij in ieder geval aan de orde komen: a) de energielasten van huurders in slecht "
               "geïsoleerde woningen; b) het gebruik van de gemeentelijke regelingen voor minima; c) de mogelijkheden van "
               "een tijdelijke huurkorting voor huishoudens met betalingsproblemen.", fr(GEM, "discuss")),
    }, None, ("new", [], None)),

    # ------------------------------------------------------------------ D: duurzaamheid
    A("label-efg", D, {
        2024: ("De corporaties verduurzamen in 2024 en 2025 de 210 woningen die nog energielabel E, F of G hebben, zodat "
               "zij uiterlijk eind 2025 geen woningen met deze labels meer verhuren.",
               fr(COR, "firm", [q(210, "woningen")], (2025, "eind 2025"))),
        2025: ("De corporaties verduurzamen in 2025 de resterende 95 woningen met energielabel E, F of G, zodat zij "
               "uiterlijk eind 2025 geen woningen met deze labels meer verhuren.",
               fr(COR, "firm", [q(95, "woningen")], (2025, "eind 2025"))),
        2026: ("De corporaties verduurzamen uiterlijk medio 2026 de resterende 30 woningen met energielabel E, F of G, "
               "zodat zij daarna geen woningen met deze labels meer verhuren.",
               fr(COR, "firm", [q(30, "woningen")], (2026, "medio 2026"))),
    }, (R, [], "progress"), (W, ["deadline"], None)),

    A("gemiddeld-label", D, {
        2024: ("Het Dijkhuis streeft naar een gemiddeld energielabel B voor het totale woningbezit in Roerdamme in 2028.",
               fr(COR, "intent", [], (2028, "in 2028"))),
        2025: ("Het Dijkhuis streeft naar een gemiddeld energielabel A voor het totale woningbezit in Roerdamme in 2028.",
               fr(COR, "intent", [], (2028, "in 2028"))),
        2026: ("Het Dijkhuis streeft naar een gemiddeld energielabel A voor het totale woningbezit in Roerdamme in 2028.",
               fr(COR, "intent", [], (2028, "in 2028"))),
    }, (S, ["label"], None)),

    A("label-schans", D, {
        2024: ("Woonpoort Roerstreek renoveert in 2025 het complex De Schans met 96 woningen en brengt daarbij alle woningen "
               "naar ten minste energielabel A.", fr(COR, "firm", [q(96, "woningen")], (2025, "in 2025"))),
        2025: ("Woonpoort Roerstreek renoveert in 2025 het complex De Schans met 96 woningen en brengt daarbij alle woningen "
               "naar ten minste energielabel A.", fr(COR, "firm", [q(96, "woningen")], (2025, "in 2025"))),
        2026: ("Woonpoort Roerstreek renoveert in 2026 het complex De Schans met 96 woningen en brengt daarbij alle woningen "
               "naar ten minste energielabel B.", fr(COR, "firm", [q(96, "woningen")], (2026, "in 2026"))),
    }, None, (W, ["label", "deadline"], None)),

    A("zonnepanelen", D, {
        y: ("Maasvliet plaatst in %d zonnepanelen op %d eengezinswoningen, mits de huurder daarmee instemt; eventuele "
            "meerkosten worden niet doorberekend in de huur." % (y, n),
            fr(COR, "firm", [q(n, "woningen")], (y, "in %d" % y), True, ["mits de huurder daarmee instemt"]))
        for y, n in ((2024, 300), (2025, 250), (2026, 250))},
        (W, ["quantity"], None), (R, [], "recurring_year")),

    A("warmtenet", D, {
        2024: ("Partijen maken in 2024 afspraken over de aansluiting van de corporatiewoningen in de wijk Roerhoven op het "
               "warmtenet, in lijn met de Transitievisie Warmte van de gemeente.",
               fr(PAR, "discuss", [], (2024, "in 2024"))),
        2025: ("Partijen werken volgens de gemaakte afspraken over de aansluiting van de corporatiewoningen in de wijk "
               "Roerhoven op het warmtenet, in lijn met de Transitievisie Warmte van de gemeente.", fr(PAR, "firm")),
        2026: ("De gemeente en Maasvliet onderzoeken of de corporatiewoningen in de wijk Roerhoven kunnen worden "
               "aangesloten op het warmtenet, afhankelijk van het investeringsbesluit van het warmtebedrijf en in lijn met "
               "de Transitievisie Warmte van de gemeente.",
               fr([GEM, COR], "explore", [], None, False, ["afhankelijk van het investeringsbesluit van het warmtebedrijf"])),
    }, (S, ["modality"], None), (W, ["modality", "condition"], None)),

    A("energiecoaches", [D, B], {
        2024: ("De gemeente zet in 2024 in alle wijken van Roerdamme energiecoaches in die huurders met een laag inkomen "
               "adviseren over energiebesparing; de corporaties wijzen hun huurders actief op dit aanbod.",
               fr([GEM, COR], "firm", [], (2024, "in 2024"), True)),
        2025: ("De gemeente zet in 2025 in alle wijken van Roerdamme energiecoaches in die huurders met een laag inkomen "
               "adviseren over energiebesparing; de corporaties wijzen hun huurders actief op dit aanbod.",
               fr([GEM, COR], "firm", [], (2025, "in 2025"), True)),
        2026: ("De gemeente zet in 2026 in de wijk Roerhoven energiecoaches in die huurders met een laag inkomen adviseren "
               "over energiebesparing; de corporaties wijzen hun huurders actief op dit aanbod.",
               fr([GEM, COR], "firm", [], (2026, "in 2026"), True)),
    }, (R, [], "recurring_year"), (W, ["scope"], None)),

    A("regentonnen", D, {
        2024: ("Bij planmatig onderhoud van eengezinswoningen bekijken de corporaties de mogelijkheid om regentonnen en "
               "geveltuinen aan te bieden, als bijdrage aan het vasthouden van regenwater in de wijk.",
               fr(COR, "explore")),
    }, ("dropped", [], None)),

    A("groene-daken", D, {
        y: ("Maasvliet voorziet bij de renovatie van het complex Zuidpolder-Oost de daken van vier bergingsblokken van een "
            "groen sedumdak en koppelt de afvoer van regenwater los van het riool.",
            fr(COR, "firm", [q(4, "bergingsblokken")])) for y in (2025, 2026)},
        ("new", [], None)),

    A("energiearmoedefonds", [D, B], {
        2024: ("De gemeente stelt voor het Fonds Energiearmoede jaarlijks € 120.000 (prijspeil 2024) beschikbaar, waaruit "
               "kleine energiebesparende maatregelen bij huurders met een laag inkomen worden betaald.",
               fr(GEM, "firm", [q(120000, "euro")], None, True)),
        2025: ("De gemeente stelt voor het Fonds Energiearmoede jaarlijks € 124.800 (prijspeil 2025) beschikbaar, waaruit "
               "kleine energiebesparende maatregelen bij huurders met een laag inkomen worden betaald.",
               fr(GEM, "firm", [q(124800, "euro")], None, True)),
        2026: ("De gemeente verhoogt de bijdrage aan het Fonds Energiearmoede tot jaarlijks € 140.000 (prijspeil 2026), "
               "waaruit kleine energiebesparende maatregelen bij huurders met een laag inkomen worden betaald.",
               fr(GEM, "firm", [q(140000, "euro")], None, True)),
    }, (R, [], "indexed_amount"), (S, ["quantity"], None)),

    # ------------------------------------------------------------------ K: kwaliteit
    A("reparatietermijn", K, {
        2024: ("De corporaties verhelpen spoedeisende reparaties binnen 24 uur en voeren overige reparatieverzoeken uit "
               "binnen 15 werkdagen na de melding.", fr(COR, "firm", [q(24, "uur", "max"), q(15, "werkdagen", "max")])),
        2025: ("De corporaties verhelpen spoedeisende reparaties binnen 24 uur en voeren overige reparatieverzoeken uit "
               "binnen 10 werkdagen na de melding.", fr(COR, "firm", [q(24, "uur", "max"), q(10, "werkdagen", "max")])),
        2026: ("De corporaties verhelpen spoedeisende reparaties binnen 24 uur en voeren overige reparatieverzoeken uit "
               "binnen 10 werkdagen na de melding.", fr(COR, "firm", [q(24, "uur", "max"), q(10, "werkdagen", "max")])),
    }, (S, ["quantity"], None)),

    A("vocht-schimmel", K, {
        2024: ("De corporaties zullen elke melding van vocht en schimmel binnen 6 weken onderzoeken en de oorzaak aanpakken, "
               "waarbij de huurder schriftelijk wordt geïnformeerd over de bevindingen en de planning van het herstel.",
               fr(COR, "firm", [q(6, "weken", "max")])),
        2025: ("Elke melding van vocht en schimmel zal door de corporaties binnen 6 weken worden onderzocht en de oorzaak "
               "zal worden aangepakt; de huurder ontvangt een schriftelijke terugkoppeling van de bevindingen en de "
               "herstelplanning.", fr(COR, "firm", [q(6, "weken", "max")])),
        2026: ("De corporaties streven ernaar elke melding van vocht en schimmel binnen 6 weken te onderzoeken en de oorzaak "
               "aan te pakken; de huurder ontvangt een schriftelijke terugkoppeling van de bevindingen en de "
               "herstelplanning.", fr(COR, "intent", [q(6, "weken", "max")])),
    }, (R, [], "same_figures"), (W, ["modality"], None)),

    A("woningaanpassingen", K, {
        y: ("Gemeente en corporaties evalueren vóór 1 oktober %d de samenwerking bij woningaanpassingen uit de Wmo en "
            "leggen de verbeterpunten vast in een werkafspraak." % y,
            fr([GEM, COR], "firm", [], (y, "vóór 1 oktober %d" % y), True)) for y in (2024, 2025, 2026)},
        (R, [], "recurring_year"), (R, [], "recurring_year"), ch={2026: "L"}),

    A("woonzorgcomplex", [K, B], {
        2024: ("Partijen onderzoeken de mogelijkheid om in de kern Roerveld een woonzorgcomplex voor ouderen te realiseren, "
               "in samenhang met de voorzieningen van het dorpshuis.", fr(PAR, "explore")),
        2025: ("Woonpoort Roerstreek realiseert uiterlijk eind 2027 in de kern Roerveld een woonzorgcomplex met 40 "
               "levensloopbestendige woningen voor ouderen, onder voorbehoud van een positief besluit van de zorgaanbieder "
               "over de dienstverlening in het dorpshuis.",
               fr(COR, "firm", [q(40, "woningen")], (2027, "eind 2027"), False,
                  ["onder voorbehoud van een positief besluit van de zorgaanbieder over de dienstverlening in het dorpshuis"])),
        2026: ("Woonpoort Roerstreek realiseert uiterlijk medio 2027 in de kern Roerveld een woonzorgcomplex met 40 "
               "levensloopbestendige woningen voor ouderen, onder voorbehoud van een positief besluit van de zorgaanbieder "
               "over de dienstverlening in het dorpshuis.",
               fr(COR, "firm", [q(40, "woningen")], (2027, "medio 2027"), False,
                  ["onder voorbehoud van een positief besluit van de zorgaanbieder over de dienstverlening in het dorpshuis"])),
    }, (M, ["modality", "condition"], None), (S, ["deadline"], None)),

    A("huurdersoordeel", K, {
        y: ("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling van "
            "reparatieverzoeken en bespreken de uitkomsten twee keer per jaar met het Huurdersplatform.",
            fr(COR, "intent", [q(7.5, "rapportcijfer", "min"), q(2, "keer per jaar")], None, True))
        for y in (2024, 2025, 2026)}),

    A("brandveiligheid", K, {
        2024: ("Het Dijkhuis voert in 2024 in twee seniorencomplexen een brandveiligheidsscan uit en deelt de uitkomsten met "
               "de brandweer en het Huurdersplatform.", fr(COR, "firm", [q(2, "complexen")], (2024, "in 2024"))),
        2025: ("Het Dijkhuis voert in 2025 in al haar seniorencomplexen een brandveiligheidsscan uit en deelt de uitkomsten "
               "met de brandweer en het Huurdersplatform.", fr(COR, "firm", [], (2025, "in 2025"))),
    }, (S, ["scope"], None), ("dropped", [], None)),

    A("rookmelders", K, {
        2026: ("De corporaties zorgen ervoor dat uiterlijk eind 2026 in alle woningen op iedere verdieping een werkende "
               "rookmelder aanwezig is; bij huurders die hulp nodig hebben, wordt de rookmelder kosteloos geplaatst.",
               fr(COR, "firm", [], (2026, "eind 2026"))),
    }, None, ("new", [], None)),

    # ------------------------------------------------------------------ L: leefbaarheid
    A("leefbaarheidsbudget", L, {
        2024: ("De corporaties besteden in 2024 gemiddeld € 90 per woning aan leefbaarheid, binnen het wettelijke maximum "
               "van € 148,32 per woning, en verantwoorden deze uitgaven in de jaarmonitor.",
               fr(COR, "firm", [q(90, "euro per woning"), q(148.32, "euro per woning", "max")], (2024, "in 2024"), True)),
        2025: ("De corporaties besteden in 2025 gemiddeld € 90 per woning aan leefbaarheid, binnen het wettelijke maximum "
               "van € 155,41 per woning, en verantwoorden deze uitgaven in de jaarmonitor.",
               fr(COR, "firm", [q(90, "euro per woning"), q(155.41, "euro per woning", "max")], (2025, "in 2025"), True)),
        2026: ("De corporaties besteden in 2026 gemiddeld € 100 per woning aan leefbaarheid, binnen het wettelijke maximum "
               "van € 161,20 per woning, en verantwoorden deze uitgaven in de jaarmonitor.",
               fr(COR, "firm", [q(100, "euro per woning"), q(161.20, "euro per woning", "max")], (2026, "in 2026"), True)),
    }, (R, [], "external_figure"), (S, ["quantity"], None)),

    A("huismeesters", L, {
        2024: ("Maasvliet en Het Dijkhuis zetten in de wijken Zuidpolder en Roerhoven ieder ten minste één huismeester in, "
               "die aanspreekpunt is voor bewoners en signalen over overlast en vervuiling doorgeeft aan de corporatie.",
               fr(COR, "firm", [q(1, "huismeester", "min")])),
        2025: ("Maasvliet en Het Dijkhuis zetten in alle wijken met meer dan 200 corporatiewoningen ieder ten minste één "
               "huismeester in, die aanspreekpunt is voor bewoners en signalen over overlast en vervuiling doorgeeft aan "
               "de corporatie.", fr(COR, "firm", [q(1, "huismeester", "min"), q(200, "woningen", "min")])),
        2026: ("Maasvliet en Het Dijkhuis zetten in alle wijken met meer dan 200 corporatiewoningen ieder ten minste één "
               "huismeester in, die aanspreekpunt is voor bewoners en signalen over overlast en vervuiling doorgeeft aan "
               "de corporatie.", fr(COR, "firm", [q(1, "huismeester", "min"), q(200, "woningen", "min")])),
    }, (S, ["scope"], None)),

    A("zachte-landing", L, {
        2024: ("Partijen werken volgens het convenant Zachte Landing, waarin is vastgelegd dat: a) kwetsbare huurders bij de "
               "sleuteloverdracht kennismaken met een vaste contactpersoon; b) de zorgaanbieder gedurende ten minste zes "
               "maanden begeleiding biedt; c) signalen van overlast binnen twee weken in een casusoverleg worden besproken.",
               fr(PAR, "firm", [q(6, "maanden", "min"), q(2, "weken", "max")])),
        2025: ("Partijen werken volgens het convenant Zachte Landing, waarin is vastgelegd dat: a) kwetsbare huurders bij de "
               "sleuteloverdracht kennismaken met een vaste contactpersoon; b) de zorgaanbieder gedurende ten minste zes "
               "maanden begeleiding biedt; c) signalen van overlast binnen twee weken in een casusoverleg worden besproken.",
               fr(PAR, "firm", [q(6, "maanden", "min"), q(2, "weken", "max")])),
        2026: ("Het convenant Zachte Landing blijft voor partijen leidend bij de huisvesting van kwetsbare huurders. Dat "
               "betekent dat: a) elke nieuwe huurder uit deze groep bij de sleuteloverdracht een vaste contactpersoon "
               "krijgt; b) de begeleiding door de zorgaanbieder minimaal zes maanden duurt; c) overlastsignalen uiterlijk "
               "twee weken na melding in het casusoverleg aan de orde komen.",
               fr(PAR, "firm", [q(6, "maanden", "min"), q(2, "weken", "max")])),
    }, None, (R, [], "same_figures")),

    A("wijkschouw", L, {
        2024: ("Partijen houden in iedere wijk twee keer per jaar een wijkschouw met bewoners, waarna de gemeente en de "
               "corporaties binnen een maand een gezamenlijke actielijst opstellen.",
               fr(PAR, "firm", [q(2, "keer per jaar"), q(1, "maanden", "max")], None, True)),
        2025: ("Partijen houden in iedere wijk ten minste één keer per jaar een wijkschouw met bewoners, waarna de gemeente "
               "en de corporaties binnen een maand een gezamenlijke actielijst opstellen.",
               fr(PAR, "firm", [q(1, "keer per jaar", "min"), q(1, "maanden", "max")], None, True)),
        2026: ("Partijen houden in iedere wijk ten minste één keer per jaar een wijkschouw met bewoners, waarna de gemeente "
               "en de corporaties binnen een maand een gezamenlijke actielijst opstellen.",
               fr(PAR, "firm", [q(1, "keer per jaar", "min"), q(1, "maanden", "max")], None, True)),
    }, (W, ["quantity"], None)),

    A("ontmoetingsruimten", L, {
        2024: ("De gemeente gaat met de corporaties in gesprek over het openstellen van ontmoetingsruimten in "
               "seniorencomplexen voor ouderen uit de omliggende buurt, om eenzaamheid tegen te gaan.",
               fr(GEM, "discuss")),
    }, ("dropped", [], None)),

    A("buurtkamer", L, {
        2025: ("Het Dijkhuis richt in 2025 in het complex De Roerhof een buurtkamer in die ten minste drie dagdelen per week "
               "open is voor alle bewoners van de buurt; de gemeente draagt bij in de kosten van de beheerder.",
               fr([COR, GEM], "firm", [q(3, "dagdelen per week", "min")], (2025, "in 2025"))),
        2026: ("Het Dijkhuis houdt de buurtkamer in het complex De Roerhof ten minste drie dagdelen per week open voor alle "
               "bewoners van de buurt; de gemeente draagt bij in de kosten van de beheerder.",
               fr([COR, GEM], "firm", [q(3, "dagdelen per week", "min")])),
    }, ("new", [], None), (R, [], "progress")),

    A("meldpunt-zorgwekkend", L, {
        2026: ("Partijen verkennen in 2026 of een gezamenlijk meldpunt voor zorgwekkend gedrag in de wijk kan worden "
               "ingericht, in samenwerking met het wijkteam en de politie.", fr(PAR, "explore", [], (2026, "in 2026"))),
    }, None, ("new", [], None)),

    # ------------------------------------------------------------------ O: samenwerking en proces
    A("monitoring", O, {
        2024: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de "
               "gemeente stelt vóór 1 april 2025 de jaarmonitor 2024 op, waarin per afspraak de stand van zaken wordt "
               "weergegeven.", fr([PAR, GEM], "firm", [q(2, "keer per jaar")], (2025, "vóór 1 april 2025"), True)),
        2025: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de "
               "gemeente stelt vóór 1 april 2026 de jaarmonitor 2025 op, waarin per afspraak de stand van zaken wordt "
               "weergegeven.", fr([PAR, GEM], "firm", [q(2, "keer per jaar")], (2026, "vóór 1 april 2026"), True)),
        2026: ("Partijen bespreken de voortgang van deze afspraken één keer per jaar in het bestuurlijk overleg; de "
               "gemeente stelt vóór 1 april 2027 de jaarmonitor 2026 op, waarin per afspraak de stand van zaken wordt "
               "weergegeven.", fr([PAR, GEM], "firm", [q(1, "keer per jaar")], (2027, "vóór 1 april 2027"), True)),
    }, (R, [], "recurring_year"), (W, ["quantity"], None)),

    A("ondersteuning-platform", O, {
        y: ("De corporaties stellen het Huurdersplatform Roerdamme jaarlijks gezamenlijk een bedrag van € 25.000 "
            "beschikbaar voor ondersteuning, scholing en de inhuur van onafhankelijk advies bij het overleg over de "
            "prestatieafspraken.", fr(COR, "firm", [q(25000, "euro")], None, True)) for y in (2024, 2025, 2026)}),

    A("bod-procedure", O, {
        y: ("De corporaties brengen vóór 1 juli %d hun bod uit op de woonvisie, met daarin hun voorgenomen werkzaamheden "
            "voor %d en een doorkijk naar de vier jaren daarna." % (y, y + 1),
            fr(COR, "firm", [], (y, "vóór 1 juli %d" % y), True)) for y in (2024, 2025, 2026)},
        (R, [], "recurring_year"), (R, [], "recurring_year")),

    A("woonvisie", O, {
        2024: ("De gemeente stelt uiterlijk eind 2024 een geactualiseerde woonvisie vast en betrekt de corporaties en het "
               "Huurdersplatform vanaf de start bij de totstandkoming daarvan.", fr(GEM, "firm", [], (2024, "eind 2024"))),
        2025: ("De gemeente stelt uiterlijk in het tweede kwartaal van 2025 een geactualiseerde woonvisie vast en betrekt de "
               "corporaties en het Huurdersplatform vanaf de start bij de totstandkoming daarvan.",
               fr(GEM, "firm", [], (2025, "tweede kwartaal van 2025"))),
    }, (W, ["deadline"], None), ("dropped", [], None)),

    A("huurdersbijeenkomsten", O, {
        y: ("Het Huurdersplatform organiseert in %d ten minste drie bijeenkomsten waarin huurders hun inbreng kunnen geven "
            "op de prestatieafspraken; de corporaties faciliteren deze bijeenkomsten." % y,
            fr([HO, COR], "firm", [q(3, "bijeenkomsten", "min")], (y, "in %d" % y), True)) for y in (2025, 2026)},
        ("new", [], None), (R, [], "recurring_year")),

    A("woondeal", O, {
        2026: ("Partijen verkennen in 2026 hoe de afspraken uit de regionale woondeal over de verdeling van sociale "
               "huurwoningen doorwerken in de prestatieafspraken voor 2027.", fr(PAR, "explore", [], (2026, "in 2026"))),
    }, None, ("new", [], None)),
]

# chapter order of keys per year where it differs from list order (reordering phenomenon)
ORDER = {
    2025: {"B": ["nieuwbouw-sociaal", "sociale-voorraad", "flexwonen", "roerkade", "verkoop-liberalisatie",
                 "huurverhoging", "passend-toewijzen", "voorrang-starters", "statushouders", "doorstroming-senioren",
                 "wachttijd", "huurachterstand", "huisuitzettingen"]},
    2026: {"L": ["leefbaarheidsbudget", "huismeesters", "buurtkamer", "zachte-landing", "wijkschouw",
                 "meldpunt-zorgwekkend", "woningaanpassingen"]},
}

THEME_CHAPTER = {B: "B", D: "D", K: "K", L: "L", O: "O"}

# chapter titles per year (word-numbered); renames between years
CHAPTERS = {
    2024: [("één", "Inleiding"), ("twee", "Terugblik op 2023"), ("drie", "Beschikbaar en betaalbaar wonen", "B"),
           ("vier", "Duurzaamheid en energietransitie", "D"), ("vijf", "Kwaliteit van woningen", "K"),
           ("zes", "Leefbare wijken", "L"), ("zeven", "Samenwerking, monitoring en slotbepalingen", "O")],
    2025: [("één", "Inleiding"), ("twee", "Terugblik op 2024"), ("drie", "Beschikbaar en betaalbaar wonen", "B"),
           ("vier", "Duurzaamheid en energietransitie", "D"), ("vijf", "Kwaliteit, wonen en zorg", "K"),
           ("zes", "Prettig wonen in de buurt", "L"), ("zeven", "Samenwerking, monitoring en slotbepalingen", "O")],
    2026: [("één", "Inleiding"), ("twee", "Terugblik op 2025"), ("drie", "Beschikbaar en betaalbaar wonen", "B"),
           ("vier", "Energietransitie en klimaat", "D"), ("vijf", "Kwaliteit, wonen en zorg", "K"),
           ("zes", "Prettig wonen, zorg en welzijn in de buurt", "L"),
           ("zeven", "Samenwerking, monitoring en slotbepalingen", "O")],
}

# subheadings: (context heading, afspraken heading) per chapter code
SUBHEADS = {"B": ("Wat we constateren", "Wat we afspreken"), "D": ("Context", "Afspraken"),
            "K": ("Wat we constateren", "Wat we afspreken"), "L": ("Wat we constateren", "Wat we afspreken"),
            "O": ("Context", "Afspraken")}

SIGNDATE = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}

KERN = {  # terugblik figures (year -> previous-year values)
    2024: dict(py=2023, opgeleverd=126, voorraad=6812, verkocht=37, wacht="4,6", efg=410, uitz=7, label="C", ha="1,4"),
    2025: dict(py=2024, opgeleverd=133, voorraad=6835, verkocht=22, wacht="4,9", efg=210, uitz=4, label="B", ha="1,2"),
    2026: dict(py=2025, opgeleverd=118, voorraad=6871, verkocht=11, wacht="5,1", efg=95, uitz=5, label="B", ha="1,1"),
}


def context(year):
    """Numbered non-afspraak paragraphs per chapter code (+ 'intro', 'terug', 'slot')."""
    k = KERN[year]
    py = k["py"]
    return {
        "intro": [
            "Deze prestatieafspraken zijn opgesteld door de gemeente Roerdamme, Woonstichting Maasvliet, Wooncorporatie "
            "Het Dijkhuis, Stichting Woonpoort Roerstreek en het Huurdersplatform Roerdamme, hierna gezamenlijk te noemen "
            "partijen. Zij geven invulling aan de Woningwet, op grond waarvan de corporaties naar redelijkheid bijdragen "
            "aan het volkshuisvestingsbeleid van de gemeente.",
            "Het beleid van de gemeente is neergelegd in de woonvisie Thuis in Roerdamme 2022-2027 en de regionale "
            "woondeal die de regio met het Rijk heeft gesloten. De corporaties hebben vóór 1 juli %d hun bod op deze "
            "woonvisie uitgebracht; dat bod vormde het vertrekpunt voor de gesprekken aan de tripartiete tafel." % (year - 1),
            "Leeswijzer. Alle alinea's van dit document zijn doorlopend genummerd. In ieder themahoofdstuk beschrijven de "
            "alinea's onder het eerste tussenkopje de situatie zoals partijen die zien; alleen de alinea's onder het "
            "tweede tussenkopje bevatten de afspraken waaraan partijen zich binden.",
        ],
        "terug": [
            "In %d zijn in Roerdamme %d nieuwe sociale huurwoningen opgeleverd, waarvan het grootste deel in de wijken "
            "Kerkakkers en Zuidpolder. De vertraging bij enkele projecten werd vooral veroorzaakt door netcongestie en "
            "langere procedures." % (py, k["opgeleverd"]),
            "De sociale huurvoorraad telde eind %d in totaal %s woningen. Er werden %d woningen verkocht of "
            "geliberaliseerd, terwijl de gemiddelde inschrijfduur van starters opliep tot %s jaar."
            % (py, f"{k['voorraad']:,}".replace(",", "."), k["verkocht"], k["wacht"]),
            "Op het gebied van verduurzaming boekten de corporaties vooruitgang: eind %d hadden nog %d woningen een "
            "energielabel E, F of G, en het gemiddelde label van het bezit kwam uit op %s. In %d vonden %d "
            "huisuitzettingen wegens huurachterstand plaats." % (py, k["efg"], k["label"], py, k["uitz"]),
            "De kerncijfers in de tabel hieronder zijn ontleend aan de jaarmonitor %d en de jaarverslagen van de "
            "corporaties. Cijfers over %d zijn voorlopig." % (py, py),
        ],
        "B": [
            "De vraag naar betaalbare huurwoningen blijft in Roerdamme groter dan het aanbod. Vooral starters, "
            "alleenstaanden en ouderen die kleiner willen wonen, hebben weinig keuze, terwijl het aantal spoedzoekers "
            "toeneemt.",
            "Het Rijk heeft in de woondeal de ambitie vastgelegd dat ten minste twee derde van de nieuwe woningen "
            "betaalbaar is. Voor Roerdamme betekent dit een forse opgave, die alleen in gezamenlijkheid kan worden "
            "opgepakt.",
        ],
        "D": [
            "De corporaties hebben de afgelopen jaren veel woningen geïsoleerd. De stijging van de energieprijzen heeft "
            "laten zien hoe kwetsbaar huishoudens met een laag inkomen zijn in woningen met een slecht energielabel.",
            "De gemeente werkt op basis van de Transitievisie Warmte wijk voor wijk aan een aardgasvrije gebouwde "
            "omgeving; de wijk Roerhoven is daarbij aangewezen als eerste wijk.",
        ],
        "K": [
            "Huurders mogen rekenen op een veilige, gezonde en goed onderhouden woning. Het aantal meldingen van vocht "
            "en schimmel nam in %d toe, mede door de aandacht die hiervoor landelijk is ontstaan." % py,
            "Door de vergrijzing groeit het aantal huishoudens dat langer zelfstandig wil en moet wonen, vaak met zorg "
            "aan huis. Dit vraagt om geschikte woningen dichtbij voorzieningen.",
        ],
        "L": [
            "In een aantal buurten staat de leefbaarheid onder druk. Er wonen relatief veel huishoudens die kwetsbaar "
            "zijn, en bewoners ervaren vaker overlast en vervuiling dan elders in de gemeente.",
            "De wijkteams, de politie en de corporaties werken al langer samen, maar signalen komen niet altijd tijdig "
            "bij de juiste partij terecht.",
        ],
        "O": [
            "Partijen hechten aan een gelijkwaardige samenwerking waarin ieder vanuit de eigen rol bijdraagt. Het "
            "Huurdersplatform vertegenwoordigt de huurders van alle drie corporaties aan de overlegtafel.",
        ],
        "slot": [
            "Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Tussentijdse wijziging is alleen "
            "mogelijk wanneer alle partijen daarmee schriftelijk instemmen." % year,
            "Bij een geschil over de uitleg of de uitvoering van deze afspraken treden partijen eerst met elkaar in "
            "overleg. Leidt dat niet tot een oplossing, dan staat de geschillenregeling uit de Woningwet open.",
            "Wanneer het beleid van het Rijk of de financiële positie van een corporatie wezenlijk verandert, kan elke "
            "partij verzoeken om heroverweging van de afspraken die daardoor worden geraakt.",
        ],
    }


KENNISGEVING = [
    ("a", "nieuwbouw-sociaal", B, "De corporaties realiseren in 2026 samen ten minste 150 nieuwe sociale huurwoningen.",
     fr(COR, "firm", [q(150, "woningen", "min")], (2026, "in 2026"), True)),
    ("b", "verkoop-liberalisatie", B, "In 2026 worden geen sociale huurwoningen verkocht of geliberaliseerd.",
     fr(COR, "firm", [q(0, "woningen", "max")], (2026, "in 2026"), True)),
    ("c", "huurverhoging", B, "De gemiddelde huurverhoging per 1 juli 2026 blijft ten minste 0,5 procentpunt onder de "
     "inflatie.", fr(COR, "firm", [q(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    ("d", "flexwonen", B, "Woonpoort Roerstreek plaatst in het derde kwartaal van 2026 dertig tijdelijke woningen voor "
     "spoedzoekers op het voormalige sportpark De Brink.",
     fr(COR, "firm", [q(30, "woningen")], (2026, "derde kwartaal van 2026"))),
    ("e", "label-efg", D, "De laatste 30 woningen met energielabel E, F of G worden uiterlijk medio 2026 verduurzaamd.",
     fr(COR, "firm", [q(30, "woningen")], (2026, "medio 2026"))),
    ("f", "energiearmoedefonds", D, "De gemeente verhoogt haar bijdrage aan het Fonds Energiearmoede tot € 140.000 per "
     "jaar.", fr(GEM, "firm", [q(140000, "euro")], None, True)),
    ("g", "rookmelders", K, "Uiterlijk eind 2026 heeft iedere corporatiewoning een werkende rookmelder op elke "
     "verdieping.", fr(COR, "firm", [], (2026, "eind 2026"))),
    ("h", "leefbaarheidsbudget", L, "De corporaties verhogen hun inzet voor leefbaarheid tot gemiddeld € 100 per woning.",
     fr(COR, "firm", [q(100, "euro per woning")], (2026, "in 2026"), True)),
]
