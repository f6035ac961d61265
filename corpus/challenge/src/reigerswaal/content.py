# -*- coding: utf-8 -*-
"""Content of the reigerswaal family (fictional): afsprakenlijst 2025, 2026 and the bod for 2026."""

GEMEENTE = "Reigerswaal"
CORP = "Woonstichting Kribbenhof"
HUURDERS = "Huurdersraad Kribbenhof"

BB = "beschikbaarheid_betaalbaarheid"
DU = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

AGR_SECTIONS = [
    ("bb", "Betaalbaar en beschikbaar wonen", "BB"),
    ("du", "Duurzaam wonen en energietransitie", "DU"),
    ("kw", "Kwaliteit en wonen met zorg", "KW"),
    ("lb", "Leefbare wijken en kernen", "LB"),
    ("sp", "Samenwerking en proces", "SP"),
]
BOD_SECTIONS = [
    ("bb", "Beschikbaarheid en betaalbaarheid"),
    ("du", "Verduurzaming"),
    ("kw", "Kwaliteit en zorg"),
    ("lb", "Leefbaarheid"),
    ("sp", "Samenwerking"),
]


def Q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def F(actors, modality, quantities=(), deadline=None, recurring=False, conditions=()):
    if isinstance(actors, str):
        actors = [actors]
    return {
        "actors": list(actors),
        "modality": modality,
        "quantities": list(quantities),
        "deadline": None if deadline is None else {"year": deadline[0], "text": deadline[1]},
        "recurring": recurring,
        "conditions": list(conditions),
    }


def V(text, frame, trekker=None, planning=None, opm=None, voorw=None):
    return {"text": text, "frame": frame, "trekker": trekker, "planning": planning, "opm": opm, "voorw": voorw}


C, G, P = "corporatie", "gemeente", "partijen"
K = "Kribbenhof"

# Each item: key, sec, sub (Thema column), themes, v {2025, 2026, "bod"},
# s = link 2025 -> 2026 (status, kinds, hard_negative), bs = link bod -> 2026.
ITEMS = [
    # ------------------------------------------------------------ beschikbaar en betaalbaar
    dict(key="nieuwbouw-schepenhof", sec="bb", sub="Nieuwbouw", themes=[BB], v={
        2025: V("Kribbenhof realiseert in het plan Schepenhof 48 sociale huurwoningen, waarvan ten minste 16 "
                "levensloopgeschikte appartementen; de oplevering is voorzien in 2026.",
                F(C, "firm", [Q(48, "woningen"), Q(16, "woningen", "min")], (2026, "in 2026")),
                K, "2026", opm="Omgevingsvergunning verleend in maart 2025."),
        "bod": V("Kribbenhof realiseert in het plan Schepenhof 48 sociale huurwoningen, waarvan ten minste 16 "
                 "levensloopgeschikte appartementen, met oplevering in het eerste halfjaar van 2027.",
                 F(C, "firm", [Q(48, "woningen"), Q(16, "woningen", "min")], (2027, "eerste halfjaar van 2027"))),
        2026: V("Kribbenhof realiseert in het plan Schepenhof 48 sociale huurwoningen, waarvan ten minste 16 "
                "levensloopgeschikte appartementen; de oplevering is voorzien uiterlijk in het tweede kwartaal van 2027.",
                F(C, "firm", [Q(48, "woningen"), Q(16, "woningen", "min")], (2027, "tweede kwartaal van 2027")),
                K, "Q2 2027", opm="Vertraging door stikstofberekening; zie toelichting."),
    }, s=("weakened", ["deadline"], None), bs=("reworded", [], "same_figures")),

    dict(key="nieuwbouw-kade-noord", sec="bb", sub="Nieuwbouw", themes=[BB], v={
        2025: V("Kribbenhof onderzoekt de mogelijkheid om op de locatie Kade-Noord 30 sociale huurwoningen te "
                "bouwen en legt de uitkomst uiterlijk eind 2025 aan partijen voor.",
                F(C, "explore", [Q(30, "woningen")], (2025, "eind 2025")),
                K, "31-12-2025"),
        "bod": V("Kribbenhof ontwikkelt op de locatie Kade-Noord 30 sociale huurwoningen en start de bouw in 2026.",
                 F(C, "firm", [Q(30, "woningen")], (2026, "in 2026"),
                   conditions=["De gemeente levert de grond bouwrijp tegen de sociale grondprijs."]),
                 voorw="De gemeente levert de grond bouwrijp tegen de sociale grondprijs."),
        2026: V("Kribbenhof bouwt op de locatie Kade-Noord 30 sociale huurwoningen; de bouw start uiterlijk eind 2026.",
                F(C, "firm", [Q(30, "woningen")], (2026, "uiterlijk eind 2026")),
                K, "31-12-2026"),
    }, s=("strengthened", ["modality"], None), bs=("strengthened", ["condition"], None)),

    dict(key="grond-kade-noord", sec="bb", sub="Nieuwbouw", themes=[BB], v={
        2026: V("De gemeente levert de grond voor Kade-Noord uiterlijk medio 2026 bouwrijp aan Kribbenhof tegen de "
                "sociale grondprijs uit de nota grondprijsbeleid.",
                F(G, "firm", [], (2026, "uiterlijk medio 2026")),
                "Gemeente", "1-7-2026", opm="Nieuw, volgt uit het bod."),
    }, s=("new", [], None), bs=("new", [], None)),

    dict(key="sociale-voorraad", sec="bb", sub="Voorraad", themes=[BB], v={
        2025: V("Partijen streven ernaar de sociale huurvoorraad van Kribbenhof in Reigerswaal tot en met 2030 op ten "
                "minste 3.150 woningen te houden.",
                F(P, "intent", [Q(3150, "woningen", "min")], (2030, "tot en met 2030")),
                "Partijen", "2030"),
        "bod": V("Kribbenhof streeft ernaar de eigen sociale huurvoorraad in Reigerswaal tot en met 2030 op minimaal "
                 "3.100 woningen te houden.",
                 F(C, "intent", [Q(3100, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: "same",
    }, s=("unchanged", [], None), bs=("strengthened", ["quantity"], None)),

    dict(key="verkoop", sec="bb", sub="Voorraad", themes=[BB], v={
        2025: V("Kribbenhof verkoopt in 2025 ten hoogste 12 sociale huurwoningen bij mutatie, uitsluitend "
                "eengezinswoningen in kernen met een aandeel sociale huur boven 40%.",
                F(C, "firm", [Q(12, "woningen", "max"), Q(40, "%", "min")], (2025, "in 2025"), True),
                K, "31-12-2025"),
        "bod": V("Kribbenhof verkoopt in 2026 maximaal 15 huurwoningen bij mutatie, bij voorkeur eengezinswoningen in "
                 "kernen met veel sociale huur.",
                 F(C, "firm", [Q(15, "woningen", "max")], (2026, "in 2026"), True)),
        2026: V("Kribbenhof verkoopt in 2026 ten hoogste 10 sociale huurwoningen bij mutatie, uitsluitend "
                "eengezinswoningen in kernen met een aandeel sociale huur boven 40%.",
                F(C, "firm", [Q(10, "woningen", "max"), Q(40, "%", "min")], (2026, "in 2026"), True),
                K, "31-12-2026"),
    }, s=("strengthened", ["quantity"], None), bs=("strengthened", ["quantity", "scope"], None)),

    dict(key="liberalisatie", sec="bb", sub="Voorraad", themes=[BB], v={
        "bod": V("Kribbenhof liberaliseert in 2026 ten hoogste 8 sociale huurwoningen bij mutatie in de kern Reigerswaal.",
                 F(C, "firm", [Q(8, "woningen", "max")], (2026, "in 2026"), True,
                   conditions=["Alleen in complexen met meer dan 60% sociale huur."]),
                 voorw="Alleen in complexen met meer dan 60% sociale huur."),
    }, bs=("dropped", [], None)),

    dict(key="huurverhoging", sec="bb", sub="Huurbeleid", themes=[BB], v={
        2025: V("Kribbenhof beperkt de gemiddelde jaarlijkse huurverhoging per 1 juli 2025 tot ten hoogste 4,5%.",
                F(C, "firm", [Q(4.5, "%", "max")], (2025, "per 1 juli 2025"), True),
                K, "1-7-2025"),
        "bod": V("Kribbenhof beperkt de gemiddelde huurverhoging per 1 juli 2026 tot maximaal 4,0%.",
                 F(C, "firm", [Q(4.0, "%", "max")], (2026, "per 1 juli 2026"), True)),
        2026: V("Kribbenhof beperkt de gemiddelde jaarlijkse huurverhoging per 1 juli 2026 tot ten hoogste 3,5%.",
                F(C, "firm", [Q(3.5, "%", "max")], (2026, "per 1 juli 2026"), True),
                K, "1-7-2026", opm="Huursombenadering volgens het Rijk."),
    }, s=("strengthened", ["quantity"], None), bs=("strengthened", ["quantity"], None)),

    dict(key="inkomensgrens", sec="bb", sub="Toewijzing", themes=[BB], v={
        2025: V("Kribbenhof wijst sociale huurwoningen toe aan eenpersoonshuishoudens met een inkomen tot € 47.699 "
                "(prijspeil 2025).",
                F(C, "firm", [Q(47699, "euro", "max")], None, True),
                K, "doorlopend", opm="Grens wordt jaarlijks door het Rijk geïndexeerd."),
        "bod": V("Kribbenhof wijst haar sociale huurwoningen toe binnen de inkomensgrenzen die de Woningwet stelt "
                 "(prijspeil 2026).",
                 F(C, "firm", [], None, True)),
        2026: V("Kribbenhof wijst sociale huurwoningen toe aan eenpersoonshuishoudens met een inkomen tot € 48.625 "
                "(prijspeil 2026).",
                F(C, "firm", [Q(48625, "euro", "max")], None, True),
                K, "doorlopend", opm="Grens wordt jaarlijks door het Rijk geïndexeerd."),
    }, s=("reworded", [], "indexed_amount"), bs=("reworded", [], "indexed_amount")),

    dict(key="voorrang-jongeren", sec="bb", sub="Toewijzing", themes=[BB], v={
        2025: V("Kribbenhof wijst in de kernen Oosterkribbe en Hemmerdijk ten minste 20% van de vrijkomende sociale "
                "huurwoningen met voorrang toe aan jongeren tot 28 jaar met een lokale binding.",
                F(C, "firm", [Q(20, "%", "min"), Q(28, "jaar", "max")]),
                K, "doorlopend"),
        "bod": V("Kribbenhof wijst in Oosterkribbe en Hemmerdijk ten minste 20% van de vrijkomende sociale "
                 "huurwoningen met voorrang toe aan jongeren tot 28 jaar met een lokale binding.",
                 F(C, "firm", [Q(20, "%", "min"), Q(28, "jaar", "max")])),
        2026: V("In de kernen Oosterkribbe en Hemmerdijk wordt door Kribbenhof minimaal een vijfde van de vrijkomende "
                "sociale huurwoningen met voorrang toegewezen aan jongeren tot 28 jaar met lokale binding.",
                F(C, "firm", [Q(20, "%", "min"), Q(28, "jaar", "max")]),
                K, "doorlopend"),
    }, s=("reworded", [], "same_figures"), bs=("reworded", [], "same_figures")),

    dict(key="vergunninghouders", sec="bb", sub="Doelgroepen", themes=[BB], v={
        2025: V("Kribbenhof stelt in 2025 ten minste 38 woningen beschikbaar voor de huisvesting van vergunninghouders, "
                "conform de taakstelling van het Rijk.",
                F(C, "firm", [Q(38, "woningen", "min")], (2025, "in 2025"), True),
                K, "31-12-2025"),
        "bod": V("Kribbenhof levert in 2026 haar bijdrage aan de huisvesting van vergunninghouders conform de "
                 "taakstelling die het Rijk aan de gemeente oplegt.",
                 F(C, "firm", [], (2026, "in 2026"), True)),
        2026: V("Kribbenhof stelt in 2026 ten minste 44 woningen beschikbaar voor de huisvesting van vergunninghouders, "
                "conform de taakstelling van het Rijk.",
                F(C, "firm", [Q(44, "woningen", "min")], (2026, "in 2026"), True),
                K, "31-12-2026", opm="Taakstelling tweede halfjaar nog niet bekend."),
    }, s=("reworded", [], "external_figure"), bs=("reworded", [], "external_figure")),

    dict(key="uitstroom-bw-mo", sec="bb", sub="Doelgroepen", themes=[BB, LB], v={
        2025: V("Kribbenhof stelt jaarlijks 8 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke "
                "opvang; de gemeente zorgt voor de begeleiding van de nieuwe huurders.",
                F([C, G], "firm", [Q(8, "woningen")], None, True),
                "Kribbenhof / Gemeente", "jaarlijks"),
        "bod": V("Kribbenhof stelt jaarlijks 6 woningen beschikbaar voor uitstroom uit beschermd wonen en "
                 "maatschappelijke opvang, mits de gemeente de begeleiding van de nieuwe huurders borgt.",
                 F(C, "firm", [Q(6, "woningen")], None, True,
                   ["mits de gemeente de begeleiding van de nieuwe huurders borgt"])),
        2026: V("Kribbenhof stelt jaarlijks 6 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke "
                "opvang; de gemeente zorgt voor de begeleiding van de nieuwe huurders.",
                F([C, G], "firm", [Q(6, "woningen")], None, True),
                "Kribbenhof / Gemeente", "jaarlijks"),
    }, s=("weakened", ["quantity"], None), bs=("strengthened", ["condition"], None)),

    dict(key="huurachterstand", sec="bb", sub="Betaalbaarheid", themes=[BB], v={
        2025: V("Kribbenhof neemt uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en "
                "meldt de achterstand met toestemming van de huurder bij het team Vroeg Erbij van de gemeente.",
                F(C, "firm", [Q(2, "maanden", "max")]),
                K, "doorlopend"),
        "bod": V("Kribbenhof benadert huurders uiterlijk na één maand huurachterstand persoonlijk en meldt de "
                 "achterstand met hun toestemming bij het team Vroeg Erbij van de gemeente.",
                 F(C, "firm", [Q(1, "maanden", "max")])),
        2026: V("Kribbenhof neemt uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder en "
                "meldt de achterstand met toestemming van de huurder bij het team Vroeg Erbij van de gemeente.",
                F(C, "firm", [Q(1, "maanden", "max")]),
                K, "doorlopend"),
    }, s=("strengthened", ["quantity"], None), bs=("reworded", [], "same_figures")),

    dict(key="huisuitzettingen", sec="bb", sub="Betaalbaarheid", themes=[BB], v={
        2025: V("Partijen spannen zich in om het aantal huisuitzettingen wegens huurachterstand te beperken tot ten "
                "hoogste 4 per jaar.",
                F(P, "intent", [Q(4, "huisuitzettingen", "max")]),
                "Partijen", "doorlopend"),
        2026: V("Partijen zetten zich ervoor in dat per jaar niet meer dan vier huishoudens hun woning verliezen door "
                "huurachterstand.",
                F(P, "intent", [Q(4, "huisuitzettingen", "max")]),
                "Partijen", "doorlopend"),
    }, s=("reworded", [], "same_figures"), bs=("new", [], None)),

    dict(key="verhuisregeling-senioren", sec="bb", sub="Doorstroming", themes=[BB], v={
        2025: V("Kribbenhof en de gemeente onderzoeken in 2025 of een verhuisregeling voor senioren die een "
                "eengezinswoning achterlaten haalbaar is.",
                F([C, G], "explore", [], (2025, "in 2025")),
                "Kribbenhof / Gemeente", "31-12-2025"),
        "bod": V("Kribbenhof voert in 2026 een verhuisregeling in voor senioren die een eengezinswoning achterlaten, met "
                 "een verhuisvergoeding van € 2.000.",
                 F(C, "firm", [Q(2000, "euro")], (2026, "in 2026"),
                   conditions=["De gemeente draagt de helft van de verhuisvergoeding bij."]),
                 voorw="De gemeente draagt de helft van de verhuisvergoeding bij."),
        2026: V("Kribbenhof voert per 1 juli 2026 een verhuisregeling in voor senioren die een eengezinswoning "
                "achterlaten, met een verhuisvergoeding van € 2.500 en behoud van de huurprijs per vierkante meter.",
                F(C, "firm", [Q(2500, "euro")], (2026, "per 1 juli 2026")),
                K, "1-7-2026"),
    }, s=("strengthened", ["modality"], None), bs=("strengthened", ["quantity", "scope", "condition"], None)),

    # ------------------------------------------------------------ duurzaamheid
    dict(key="labels-efg", sec="du", sub="Energielabels", themes=[DU], v={
        2025: V("Kribbenhof verbetert in 2025 de resterende 64 woningen met energielabel E, F of G in de complexen "
                "Vissershaven en Lage Stoep, zodat eind 2025 geen woningen met deze labels meer in bezit zijn.",
                F(C, "firm", [Q(64, "woningen")], (2025, "eind 2025")),
                K, "31-12-2025"),
        "bod": V("Kribbenhof pakt in 2026 de laatste 21 woningen met energielabel E, F of G in het complex Lage Stoep "
                 "aan, zodat eind 2026 geen woningen met deze labels meer in bezit zijn.",
                 F(C, "firm", [Q(21, "woningen")], (2026, "eind 2026"))),
        2026: V("Kribbenhof verbetert in 2026 de resterende 21 woningen met energielabel E, F of G in het complex "
                "Lage Stoep, zodat eind 2026 geen woningen met deze labels meer in bezit zijn.",
                F(C, "firm", [Q(21, "woningen")], (2026, "eind 2026")),
                K, "31-12-2026", opm="Vissershaven gereed in 2025."),
    }, s=("weakened", ["deadline"], None), bs=("reworded", [], "same_figures")),

    dict(key="gemiddeld-label", sec="du", sub="Energielabels", themes=[DU], v={
        2025: V("Kribbenhof bereikt uiterlijk in 2028 een gemiddeld energielabel B voor het totale woningbezit in "
                "Reigerswaal.",
                F(C, "firm", [Q("B", "label", "min")], (2028, "uiterlijk in 2028")),
                K, "2028"),
        "bod": V("Kribbenhof streeft naar een gemiddeld energielabel A voor het woningbezit in Reigerswaal in 2028.",
                 F(C, "intent", [Q("A", "label", "min")], (2028, "in 2028"))),
        2026: V("Kribbenhof bereikt uiterlijk in 2028 een gemiddeld energielabel A voor het totale woningbezit in "
                "Reigerswaal.",
                F(C, "firm", [Q("A", "label", "min")], (2028, "uiterlijk in 2028")),
                K, "2028"),
    }, s=("strengthened", ["label"], None), bs=("strengthened", ["modality"], None)),

    dict(key="renovatie-vissershaven", sec="du", sub="Renovatie", themes=[DU, KW], v={
        2025: V("Kribbenhof renoveert in 2025 en 2026 de 86 portiekwoningen in de Vissershaven en brengt ze daarbij "
                "naar energielabel A.",
                F(C, "firm", [Q(86, "woningen"), Q("A", "label", "min")], (2026, "in 2025 en 2026")),
                K, "2026"),
        "bod": V("Kribbenhof rondt in 2026 de renovatie van de 86 portiekwoningen in de Vissershaven af en brengt ze "
                 "daarbij naar ten minste energielabel B.",
                 F(C, "firm", [Q(86, "woningen"), Q("B", "label", "min")], (2026, "in 2026"))),
        2026: V("Kribbenhof renoveert in 2025 en 2026 de 86 portiekwoningen in de Vissershaven en brengt ze daarbij "
                "naar ten minste energielabel B.",
                F(C, "firm", [Q(86, "woningen"), Q("B", "label", "min")], (2026, "in 2025 en 2026")),
                K, "31-12-2026", opm="Label A bleek bij deze bouwwijze niet haalbaar."),
    }, s=("weakened", ["label"], None), bs=("reworded", [], "same_figures")),

    dict(key="isolatie", sec="du", sub="Isolatie", themes=[DU], v={
        2025: V("Kribbenhof isoleert in 2025 ten minste 180 woningen naar de standaard voor woningisolatie, waarbij "
                "vloer, gevel, dak en glas op orde worden gebracht.",
                F(C, "firm", [Q(180, "woningen", "min")], (2025, "in 2025"), True),
                K, "31-12-2025"),
        "bod": V("Kribbenhof isoleert in 2026 ten minste 160 woningen volgens de standaard voor woningisolatie "
                 "(vloer, gevel, dak en glas).",
                 F(C, "firm", [Q(160, "woningen", "min")], (2026, "in 2026"), True)),
        2026: V("Kribbenhof isoleert in 2026 ten minste 140 woningen naar de standaard voor woningisolatie, waarbij "
                "vloer, gevel, dak en glas op orde worden gebracht.",
                F(C, "firm", [Q(140, "woningen", "min")], (2026, "in 2026"), True),
                K, "31-12-2026"),
    }, s=("weakened", ["quantity"], None), bs=("weakened", ["quantity"], None)),

    dict(key="warmtepompen", sec="du", sub="Installaties", themes=[DU], v={
        "bod": V("Kribbenhof plaatst in 2026 in ten minste 80 grondgebonden woningen een hybride warmtepomp.",
                 F(C, "firm", [Q(80, "woningen", "min")], (2026, "in 2026"))),
        2026: V("Kribbenhof plaatst in 2026 in ten minste 60 grondgebonden woningen een hybride warmtepomp.",
                F(C, "firm", [Q(60, "woningen", "min")], (2026, "in 2026")),
                K, "31-12-2026"),
    }, s=("new", [], None), bs=("weakened", ["quantity"], None)),

    dict(key="zonnepanelen", sec="du", sub="Zonne-energie", themes=[DU], v={
        2025: V("Kribbenhof legt in 2025 zonnepanelen op alle geschikte daken van eengezinswoningen in de Weidebuurt, "
                "zonder huurverhoging voor de zittende huurders.",
                F(C, "firm", [], (2025, "in 2025")),
                K, "31-12-2025"),
        "bod": V("Kribbenhof plaatst in 2026 zonnepanelen op alle geschikte daken van eengezinswoningen in de "
                 "Weidebuurt, zonder huurverhoging voor de zittende huurders.",
                 F(C, "firm", [], (2026, "in 2026"))),
        2026: V("Kribbenhof legt in 2026 zonnepanelen op de geschikte daken van eengezinswoningen in de Zwanenstraat "
                "en de Ganzenstraat in de Weidebuurt, zonder huurverhoging voor de zittende huurders.",
                F(C, "firm", [], (2026, "in 2026")),
                K, "31-12-2026", opm="Overige straten na netverzwaring."),
    }, s=("weakened", ["scope", "deadline"], None), bs=("weakened", ["scope"], None)),

    dict(key="aardgasvrij-uiterwaard", sec="du", sub="Warmtetransitie", themes=[DU], v={
        2025: V("De gemeente stelt in 2025 het wijkuitvoeringsplan aardgasvrij voor De Uiterwaard vast en betrekt "
                "Kribbenhof en de huurdersraad daarbij vanaf het begin.",
                F(G, "firm", [], (2025, "in 2025")),
                "Gemeente", "31-12-2025"),
        2026: V("De gemeente verkent in 2026 of een wijkuitvoeringsplan aardgasvrij voor De Uiterwaard kan worden "
                "opgesteld en betrekt Kribbenhof en de huurdersraad daarbij vanaf het begin.",
                F(G, "explore", [], (2026, "in 2026")),
                "Gemeente", "31-12-2026"),
    }, s=("weakened", ["modality", "deadline"], None), bs=("new", [], None)),

    dict(key="energiecoaches", sec="du", sub="Energiearmoede", themes=[DU, BB], v={
        2025: V("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; Kribbenhof wijst "
                "huurders in complexen met label D of slechter actief op dit aanbod.",
                F([G, C], "firm", [], (2025, "in 2025"), True),
                "Gemeente", "31-12-2025"),
        2026: V("In 2026 zet de gemeente energiecoaches in voor huurders met hoge energielasten; Kribbenhof wijst "
                "huurders in complexen met label D of slechter actief op dit aanbod.",
                F([G, C], "firm", [], (2026, "in 2026"), True),
                "Gemeente", "31-12-2026"),
    }, s=("reworded", [], "recurring_year"), bs=("new", [], None)),

    dict(key="klimaatadaptatie", sec="du", sub="Klimaatadaptatie", themes=[DU], v={
        2025: V("Kribbenhof onderzoekt bij groot onderhoud of het hemelwater van het riool kan worden afgekoppeld.",
                F(C, "explore"),
                K, "doorlopend"),
        "bod": V("Kribbenhof koppelt bij groot onderhoud het hemelwater af van het riool, indien financieel haalbaar.",
                 F(C, "firm", conditions=["indien financieel haalbaar"])),
        2026: V("Kribbenhof koppelt bij groot onderhoud het hemelwater af van het riool.",
                F(C, "firm"),
                K, "doorlopend"),
    }, s=("strengthened", ["modality"], None), bs=("strengthened", ["condition"], None)),

    # ------------------------------------------------------------ kwaliteit
    dict(key="vocht-schimmel", sec="kw", sub="Onderhoud", themes=[KW], v={
        2025: V("Kribbenhof neemt meldingen van vocht en schimmel binnen 10 werkdagen in behandeling met een inspectie "
                "in de woning.",
                F(C, "firm", [Q(10, "werkdagen", "max")]),
                K, "doorlopend"),
        "bod": V("Kribbenhof neemt meldingen van vocht en schimmel binnen 15 werkdagen in behandeling met een "
                 "inspectie in de woning.",
                 F(C, "firm", [Q(15, "werkdagen", "max")])),
        2026: "same",
    }, s=("unchanged", [], None), bs=("strengthened", ["quantity"], None)),

    dict(key="reparaties", sec="kw", sub="Onderhoud", themes=[KW], v={
        2025: V("Kribbenhof voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 15 werkdagen.",
                F(C, "firm", [Q(24, "uur", "max"), Q(15, "werkdagen", "max")]),
                K, "doorlopend"),
        "bod": V("Kribbenhof voert spoedreparaties binnen 24 uur uit en overige reparatieverzoeken binnen 15 werkdagen.",
                 F(C, "firm", [Q(24, "uur", "max"), Q(15, "werkdagen", "max")])),
        2026: V("Kribbenhof voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 20 werkdagen.",
                F(C, "firm", [Q(24, "uur", "max"), Q(20, "werkdagen", "max")]),
                K, "doorlopend", opm="Tekort aan vakmensen bij aannemers."),
    }, s=("weakened", ["quantity"], None), bs=("weakened", ["quantity"], None)),

    dict(key="levensloopgeschikt", sec="kw", sub="Wonen en zorg", themes=[KW], v={
        2025: V("Kribbenhof maakt jaarlijks ten minste 30 bestaande woningen levensloopgeschikt, met voorrang voor "
                "complexen dicht bij voorzieningen in de kern Reigerswaal.",
                F(C, "firm", [Q(30, "woningen", "min")], None, True),
                K, "jaarlijks"),
        "bod": V("Kribbenhof maakt jaarlijks ten minste 30 bestaande woningen levensloopgeschikt, met voorrang voor "
                 "complexen dicht bij voorzieningen in de kern Reigerswaal.",
                 F(C, "firm", [Q(30, "woningen", "min")], None, True)),
        2026: "same",
    }, s=("unchanged", [], None), bs=("unchanged", [], None)),

    dict(key="woningaanpassingen", sec="kw", sub="Wonen en zorg", themes=[KW], v={
        2025: V("De gemeente en Kribbenhof maken in 2025 werkafspraken over de verdeling van de kosten van kleine "
                "woningaanpassingen vanuit de Wmo.",
                F([G, C], "firm", [], (2025, "in 2025")),
                "Gemeente / Kribbenhof", "31-12-2025"),
        "bod": V("Kribbenhof maakt met de gemeente werkafspraken over de verdeling van de kosten van kleine "
                 "woningaanpassingen vanuit de Wmo.",
                 F([C, G], "firm")),
        2026: V("De gemeente en Kribbenhof maken in 2026 werkafspraken over de verdeling van de kosten van kleine "
                "woningaanpassingen vanuit de Wmo.",
                F([G, C], "firm", [], (2026, "in 2026")),
                "Gemeente / Kribbenhof", "31-12-2026", opm="Doorgeschoven uit 2025."),
    }, s=("weakened", ["deadline"], None), bs=("strengthened", ["deadline"], None)),

    dict(key="rookmelders", sec="kw", sub="Veiligheid", themes=[KW], v={
        2025: V("Kribbenhof brengt in 2025 in alle woningen zonder rookmelder op elke verdieping een rookmelder aan.",
                F(C, "firm", [], (2025, "in 2025")),
                K, "31-12-2025"),
    }, s=("dropped", [], None)),

    dict(key="woonhofje-oosterkribbe", sec="kw", sub="Wonen en zorg", themes=[KW], v={
        2025: V("Kribbenhof verkent met zorgaanbieder De Meerstal de haalbaarheid van een woonhofje voor ouderen met "
                "een lichte zorgvraag in Oosterkribbe.",
                F(C, "explore"),
                K, "2025"),
        "bod": V("Kribbenhof verkent met zorgaanbieder De Meerstal de haalbaarheid van een woonhofje voor ouderen met "
                 "een lichte zorgvraag in Oosterkribbe.",
                 F(C, "explore")),
        2026: V("Kribbenhof verkent met zorgaanbieder De Meerstal de haalbaarheid van een woonhofje voor ouderen met "
                "een lichte zorgvraag in Oosterkribbe en legt de uitkomst uiterlijk 1 oktober 2026 aan partijen voor.",
                F(C, "explore", [], (2026, "uiterlijk 1 oktober 2026")),
                K, "1-10-2026"),
    }, s=("strengthened", ["deadline"], None), bs=("strengthened", ["deadline"], None)),

    dict(key="huurdersoordeel", sec="kw", sub="Dienstverlening", themes=[KW], v={
        2025: V("Kribbenhof streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
                "reparatieverzoeken.",
                F(C, "intent", [Q(7.5, "cijfer", "min")]),
                K, "doorlopend"),
        "bod": V("Kribbenhof streeft naar een gemiddeld huurdersoordeel van ten minste 8,0 voor de afhandeling van "
                 "reparatieverzoeken.",
                 F(C, "intent", [Q(8.0, "cijfer", "min")])),
        2026: V("Voor de afhandeling van reparatieverzoeken streeft Kribbenhof naar een gemiddeld huurdersoordeel van "
                "minimaal een 7,5.",
                F(C, "intent", [Q(7.5, "cijfer", "min")]),
                K, "doorlopend"),
    }, s=("reworded", [], "same_figures"), bs=("weakened", ["quantity"], None)),

    # ------------------------------------------------------------ leefbaarheid
    dict(key="leefbaarheidsbudget", sec="lb", sub="Wijken", themes=[LB], v={
        2025: V("Kribbenhof besteedt in 2025 ten minste € 140.000 aan leefbaarheid in buurten en kernen, binnen de "
                "grenzen van de Woningwet.",
                F(C, "firm", [Q(140000, "euro", "min")], (2025, "in 2025"), True),
                K, "31-12-2025"),
        "bod": V("Kribbenhof besteedt in 2026 ten minste € 125.000 aan leefbaarheid in buurten en kernen, binnen de "
                 "grenzen van de Woningwet.",
                 F(C, "firm", [Q(125000, "euro", "min")], (2026, "in 2026"), True)),
        2026: "bod",
    }, s=("weakened", ["quantity"], None), bs=("unchanged", [], None)),

    dict(key="wijkbeheerder", sec="lb", sub="Wijken", themes=[LB], v={
        2025: V("Kribbenhof zet in de Vissershaven en de Weidebuurt een wijkbeheerder in die ten minste drie dagdelen "
                "per week in de wijk aanwezig is.",
                F(C, "firm", [Q(3, "dagdelen per week", "min")]),
                K, "doorlopend"),
        "bod": V("Kribbenhof zet in de Vissershaven een wijkbeheerder in die minimaal drie dagdelen per week in de "
                 "wijk aanwezig is.",
                 F(C, "firm", [Q(3, "dagdelen per week", "min")])),
        2026: V("Kribbenhof zet in de Vissershaven een wijkbeheerder in die ten minste drie dagdelen per week in de "
                "wijk aanwezig is.",
                F(C, "firm", [Q(3, "dagdelen per week", "min")]),
                K, "doorlopend", opm="Weidebuurt via het wijkteam."),
    }, s=("weakened", ["scope"], None), bs=("reworded", [], "same_figures")),

    dict(key="bewonersinitiatieven", sec="lb", sub="Participatie", themes=[LB], v={
        2025: V("De gemeente stelt in 2025 € 30.000 beschikbaar voor bewonersinitiatieven, waarvan ten minste de helft "
                "voor initiatieven in huurcomplexen.",
                F(G, "firm", [Q(30000, "euro")], (2025, "in 2025"), True),
                "Gemeente", "31-12-2025"),
        2026: V("Onder voorbehoud van vaststelling van de gemeentebegroting 2026 stelt de gemeente in 2026 € 30.000 "
                "beschikbaar voor bewonersinitiatieven, waarvan ten minste de helft voor initiatieven in huurcomplexen.",
                F(G, "firm", [Q(30000, "euro")], (2026, "in 2026"), True,
                  ["onder voorbehoud van vaststelling van de gemeentebegroting 2026"]),
                "Gemeente", "31-12-2026"),
    }, s=("weakened", ["condition"], None), bs=("new", [], None)),

    dict(key="ontmoeting-ouderen", sec="lb", sub="Ontmoeting", themes=[LB], v={
        "bod": V("Kribbenhof organiseert in 2026 samen met Welzijn Waalkant in elk van de drie kernen ten minste vier "
                 "ontmoetingsmiddagen voor oudere huurders.",
                 F(C, "firm", [Q(4, "bijeenkomsten", "min")], (2026, "in 2026"), True)),
        2026: V("Kribbenhof organiseert in 2026 samen met Welzijn Waalkant in elk van de drie kernen ten minste zes "
                "ontmoetingsmiddagen voor oudere huurders.",
                F(C, "firm", [Q(6, "bijeenkomsten", "min")], (2026, "in 2026"), True),
                K, "31-12-2026"),
    }, s=("new", [], None), bs=("strengthened", ["quantity"], None)),

    dict(key="huisbezoek-ouderen", sec="lb", sub="Ontmoeting", themes=[LB, KW], v={
        2025: V("Kribbenhof legt in 2025 een huisbezoek af bij alle huurders van 75 jaar en ouder om de woonsituatie en "
                "een eventuele verhuiswens te bespreken.",
                F(C, "firm", [Q(75, "jaar", "min")], (2025, "in 2025")),
                K, "31-12-2025"),
        "bod": V("Kribbenhof legt in 2026 een huisbezoek af bij huurders van 80 jaar en ouder die daarom vragen.",
                 F(C, "firm", [Q(80, "jaar", "min")], (2026, "in 2026"))),
    }, s=("dropped", [], None), bs=("dropped", [], None)),

    dict(key="woningdelen", sec="lb", sub="Jongeren", themes=[BB], v={
        "bod": V("Kribbenhof start in 2026 een pilot met woningdelen voor jongeren in twee eengezinswoningen in de "
                 "Weidebuurt.",
                 F(C, "firm", [Q(2, "woningen")], (2026, "in 2026"),
                   conditions=["De gemeente verleent medewerking aan de omgevingsvergunning."]),
                 voorw="De gemeente verleent medewerking aan de omgevingsvergunning."),
    }, bs=("dropped", [], None)),

    # ------------------------------------------------------------ samenwerking en proces
    dict(key="monitoring", sec="sp", sub="Proces", themes=[OV], v={
        2025: V("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg, in het "
                "voorjaar en in het najaar.",
                F(P, "firm", [Q(2, "keer per jaar")], None, True),
                "Partijen", "halfjaarlijks"),
        "bod": V("Kribbenhof bespreekt de voortgang van de afspraken tweemaal per jaar met de gemeente en de "
                 "huurdersraad in het bestuurlijk overleg.",
                 F(C, "firm", [Q(2, "keer per jaar")], None, True)),
        2026: "same",
    }, s=("unchanged", [], None), bs=("reworded", [], "same_figures")),

    dict(key="bod", sec="sp", sub="Proces", themes=[OV], v={
        2025: V("Kribbenhof levert vóór 1 juli 2025 het bod op de woonvisie in bij de gemeente en de huurdersraad.",
                F(C, "firm", [], (2025, "vóór 1 juli 2025"), True),
                K, "1-7-2025"),
        2026: V("Vóór 1 juli 2026 levert Kribbenhof het bod op de woonvisie in bij de gemeente en de huurdersraad.",
                F(C, "firm", [], (2026, "vóór 1 juli 2026"), True),
                K, "1-7-2026"),
    }, s=("reworded", [], "recurring_year"), bs=("new", [], None)),

    dict(key="ondersteuning-huurdersraad", sec="sp", sub="Huurders", themes=[OV], v={
        2025: V("Kribbenhof vergoedt de kosten van onafhankelijke ondersteuning van de huurdersraad bij de "
                "prestatieafspraken tot € 6.000 per jaar.",
                F(C, "firm", [Q(6000, "euro", "max")], None, True),
                K, "jaarlijks"),
        "bod": V("Kribbenhof vergoedt de kosten van onafhankelijke ondersteuning van de huurdersraad tot € 6.000 per jaar.",
                 F(C, "firm", [Q(6000, "euro", "max")], None, True)),
        2026: V("Kribbenhof vergoedt de kosten van onafhankelijke ondersteuning van de huurdersraad bij de "
                "prestatieafspraken tot € 8.000 per jaar.",
                F(C, "firm", [Q(8000, "euro", "max")], None, True),
                K, "jaarlijks"),
    }, s=("strengthened", ["quantity"], None), bs=("strengthened", ["quantity"], None)),

    dict(key="woonvisie-actualisatie", sec="sp", sub="Beleid", themes=[OV], v={
        2025: V("De gemeente actualiseert in 2025 de woonvisie en betrekt Kribbenhof en de huurdersraad bij de opstelling.",
                F(G, "firm", [], (2025, "in 2025")),
                "Gemeente", "31-12-2025"),
    }, s=("dropped", [], None)),
]

# Notes in the Afspraak column with an empty Code: context, never afspraken. (doc, after key, text)
NOTES = [
    (2025, "nieuwbouw-schepenhof", "Toelichting: in 2024 heeft Kribbenhof 36 woningen opgeleverd in het plan Rietkraag."),
    (2025, "labels-efg", "Stand per 1 oktober 2024: 64 woningen met label E, F of G, waarvan 43 in Vissershaven."),
    (2025, "huurdersoordeel", "Het huurdersoordeel over 2024 kwam uit op een 7,3."),
    (2026, "nieuwbouw-schepenhof", "Toelichting: de start van de bouw van Schepenhof is in 2025 vier maanden later begonnen dan gepland."),
    (2026, "vergunninghouders", "NB: het Rijk stelt de taakstelling voor het tweede halfjaar van 2026 in het voorjaar vast."),
    (2026, "labels-efg", "Stand per 1 oktober 2025: nog 21 woningen met label E, F of G, alle in Lage Stoep."),
    ("bod", "nieuwbouw-schepenhof", "Toelichting: de woningbouwplanning in dit bod is gebaseerd op onze meerjarenbegroting 2026-2030."),
    ("bod", "isolatie", "Ter informatie: in 2025 verwachten wij 175 woningen te isoleren."),
]

# Rows before the list and after it (plain text rows; never afspraken).
HEAD = {
    2025: ["Afsprakenlijst prestatieafspraken 2025",
           "Gemeente Reigerswaal, Woonstichting Kribbenhof en Huurdersraad Kribbenhof",
           "Vastgesteld in het bestuurlijk overleg van 11 december 2024",
           "Looptijd: 1 januari 2025 tot en met 31 december 2025"],
    2026: ["Afsprakenlijst prestatieafspraken 2026",
           "Gemeente Reigerswaal, Woonstichting Kribbenhof en Huurdersraad Kribbenhof",
           "Vastgesteld in het bestuurlijk overleg van 9 december 2025",
           "Looptijd: 1 januari 2026 tot en met 31 december 2026"],
    "bod": ["Bod Woonstichting Kribbenhof op de woonvisie Reigerswaal 2026",
            "Aan: college van B&W van Reigerswaal en Huurdersraad Kribbenhof",
            "Versie 26 juni 2025, vastgesteld door de directeur-bestuurder",
            "Voorgenomen werkzaamheden 2026-2030, uitgewerkt voor het jaar 2026"],
}
TAIL = {
    2025: ["Aldus vastgesteld te Reigerswaal op 11 december 2024 door de wethouder Wonen, de directeur-bestuurder "
           "van Woonstichting Kribbenhof en de voorzitter van Huurdersraad Kribbenhof.",
           "Bijlage: nieuwbouwplanning 2025-2029 (tabblad Blad2)."],
    2026: ["Aldus vastgesteld te Reigerswaal op 9 december 2025 door de wethouder Wonen, de directeur-bestuurder "
           "van Woonstichting Kribbenhof en de voorzitter van Huurdersraad Kribbenhof.",
           "Bijlage: nieuwbouwplanning 2026-2030 (tabblad Blad2)."],
    "bod": ["De bedragen in dit bod zijn indicatief en onder voorbehoud van de meerjarenbegroting die de Raad van "
            "Commissarissen in december 2025 vaststelt.",
            "Contactpersoon: afdeling Vastgoed en Strategie, Woonstichting Kribbenhof."],
}
