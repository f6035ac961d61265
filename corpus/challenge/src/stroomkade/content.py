# -*- coding: utf-8 -*-
"""Content of the stroomkade family (fictional gemeente Stroomkade)."""

GEMEENTE = "Stroomkade"
RZ = "Stichting Wooncompagnie Rivierzoom"
VH = "Woningbouwvereniging Veerhaven"
HZ = "Huurdersvereniging De Zoom"
HV = "Huurdersraad Veerhaven"
SHARED = "gezamenlijk"

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def F(m="firm", a=("corporatie",), q=(), d=None, r=False, c=()):
    return {
        "actors": list(a),
        "modality": m,
        "quantities": [{"value": v[0], "unit": v[1], "comparator": v[2],
                        "value_max": v[3] if len(v) > 3 else None} for v in q],
        "deadline": {"year": d[0], "text": d[1]} if d else None,
        "recurring": r,
        "conditions": list(c),
    }


GEM = ("gemeente",)
CORP = ("corporatie",)
PART = ("partijen",)

# ---------------------------------------------------------------- shared chapter
# each afspraak: key, themes, {year: (text, frame)}
SHARED_TITLE = "Gezamenlijke afspraken"
SHARED_INTRO = {
    2025: "De afspraken in dit hoofdstuk gelden voor alle vijf partijen en worden door alle partijen ondertekend. "
          "Zij gaan voor op de bilaterale afspraken in deel 1 en deel 2 wanneer die op hetzelfde onderwerp ingaan.",
    2026: "Dit hoofdstuk bevat de afspraken die de gemeente, beide corporaties en beide huurdersorganisaties samen "
          "maken. Bij strijdigheid met de bilaterale afspraken in deel 1 of deel 2 gaan deze gezamenlijke afspraken voor.",
}
SHARED_ITEMS = [
    ("a-vergunninghouders", [BB], {
        2025: ("De corporaties stellen samen voldoende woningen beschikbaar om de taakstelling voor de huisvesting van "
               "vergunninghouders te halen; voor 2025 bedraagt deze taakstelling 52 personen.",
               F(q=[(52, "personen", "exact")], d=(2025, "voor 2025"), r=True)),
        2026: ("De corporaties stellen samen voldoende woningen beschikbaar om de taakstelling voor de huisvesting van "
               "vergunninghouders te halen; voor 2026 bedraagt deze taakstelling 61 personen.",
               F(q=[(61, "personen", "exact")], d=(2026, "voor 2026"), r=True)),
    }),
    ("a-passend-toewijzen", [BB], {
        2025: ("Partijen wijzen ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een "
               "inkomen tot de DAEB-inkomensgrens van € 47.699 (prijspeil 2025).",
               F(a=PART, q=[(92.5, "%", "min"), (47699, "euro", "max")])),
        2026: ("Partijen wijzen ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een "
               "inkomen tot de DAEB-inkomensgrens van € 48.625 (prijspeil 2026).",
               F(a=PART, q=[(92.5, "%", "min"), (48625, "euro", "max")])),
    }),
    ("a-vroegsignalering", [BB, LB], {
        2025: ("De gemeente en de corporaties werken samen volgens het convenant vroegsignalering; de corporaties melden "
               "een huurachterstand uiterlijk na twee maanden bij het team Schuldhulp van de gemeente.",
               F(a=("gemeente", "corporatie"), q=[(2, "maanden", "max")])),
        2026: ("De gemeente en de corporaties werken samen volgens het convenant vroegsignalering; de corporaties melden "
               "een huurachterstand uiterlijk na één maand bij het team Schuldhulp van de gemeente.",
               F(a=("gemeente", "corporatie"), q=[(1, "maanden", "max")])),
    }),
    ("a-woonvisie", [OV], {
        2025: ("De gemeente stelt in 2025 een nieuwe woonvisie vast en betrekt de corporaties en de huurdersorganisaties "
               "actief bij het opstellen daarvan.",
               F(a=GEM, d=(2025, "in 2025"))),
    }),
    ("a-woonzorgvisie", [KW], {
        2026: ("De gemeente stelt uiterlijk eind 2026 een woonzorgvisie op, samen met de corporaties, de "
               "huurdersorganisaties en de zorgaanbieders in Stroomkade.",
               F(a=GEM, d=(2026, "uiterlijk eind 2026"))),
    }),
    ("a-monitoring", [OV], {
        2025: ("Partijen bespreken de voortgang van alle afspraken in deze bundel twee keer per jaar in een gezamenlijk "
               "bestuurlijk overleg, in mei en in november.",
               F(a=PART, q=[(2, "keer per jaar", "exact")], r=True)),
        2026: "same",
    }),
    ("a-ondersteuning", [OV], {
        2025: ("De corporaties ondersteunen hun huurdersorganisatie in 2025 met een vergoeding van ten minste € 25 per "
               "verhuureenheid voor werkzaamheden, scholing en advies.",
               F(q=[(25, "euro per verhuureenheid", "min")], d=(2025, "in 2025"), r=True)),
        2026: ("Voor werkzaamheden, scholing en advies ontvangen de huurdersorganisaties in 2026 van hun corporatie een "
               "vergoeding van minimaal € 25 per verhuureenheid.",
               F(q=[(25, "euro per verhuureenheid", "min")], d=(2026, "in 2026"), r=True)),
    }),
]

# ---------------------------------------------------------------- part 1: Rivierzoom
PART1 = {
    "party": RZ, "short": "Rivierzoom", "huurders": HZ, "hshort": "De Zoom",
    "title": "Deel 1 Prestatieafspraken gemeente Stroomkade, Rivierzoom en De Zoom",
    "header": "Deel 1 | Gemeente Stroomkade – Rivierzoom – De Zoom",
    "partijen": [
        "De gemeente Stroomkade, vertegenwoordigd door de wethouder Wonen, hierna: de gemeente;",
        "Stichting Wooncompagnie Rivierzoom, gevestigd te Stroomkade, vertegenwoordigd door haar directeur-bestuurder, "
        "hierna: Rivierzoom;",
        "Huurdersvereniging De Zoom, vertegenwoordigd door haar voorzitter, hierna: De Zoom.",
    ],
    "context": {
        2025: "Rivierzoom verhuurt in Stroomkade ongeveer 4.800 woningen, vooral in Oeverlanden, Stroomkade-Noord en "
              "het centrum. In 2024 heeft Rivierzoom 52 nieuwe sociale huurwoningen opgeleverd en 164 woningen "
              "verduurzaamd.",
        2026: "Rivierzoom verhuurt in Stroomkade ongeveer 4.850 woningen. In 2025 zijn 38 nieuwe sociale huurwoningen "
              "opgeleverd en zijn 131 woningen met een E-, F- of G-label verbeterd; de oplevering in Havenfront liep "
              "vertraging op door stikstofprocedures.",
    },
    "chapters": [
        ("Beschikbaar en betaalbaar wonen", "De vraag naar betaalbare huurwoningen in Stroomkade blijft groot; de "
         "gemiddelde inschrijfduur voor een sociale huurwoning lag het afgelopen jaar op 5,8 jaar."),
        ("Duurzaamheid en energietransitie", "De gemeente heeft Oeverlanden en Stroomkade-Noord in de transitievisie "
         "warmte aangewezen als eerste wijken voor de overstap naar een warmtenet of all-electric."),
        ("Kwaliteit en wonen met zorg", None),
        ("Leefbaarheid in de wijken", "Uit de wijkmonitor blijkt dat bewoners van Oeverlanden zich minder veilig "
         "voelen dan gemiddeld in Stroomkade."),
    ],
    "signatories": [
        ("Gemeente Stroomkade", "M.J. van Dorsten", "wethouder Wonen"),
        ("Stichting Wooncompagnie Rivierzoom", "ir. H. Kolkman", "directeur-bestuurder"),
        ("Huurdersvereniging De Zoom", "A. Bouzerda", "voorzitter"),
    ],
}
# (key, chapter index, themes, versions); versions also hold 'bod' via BOD below
PART1_ITEMS = [
    ("rz-nieuwbouw", 0, [BB], {
        2025: ("Rivierzoom realiseert in de periode 2025-2028 ten minste 180 sociale huurwoningen in Stroomkade, "
               "waarvan 64 in het project Havenfront.",
               F(q=[(180, "woningen", "min"), (64, "woningen", "exact")], d=(2028, "in de periode 2025-2028"))),
        2026: ("Rivierzoom realiseert in de periode 2025-2028 ten minste 150 sociale huurwoningen in Stroomkade, "
               "waarvan 64 in het project Havenfront.",
               F(q=[(150, "woningen", "min"), (64, "woningen", "exact")], d=(2028, "in de periode 2025-2028"))),
    }),
    ("rz-bouwlocaties", 0, [BB], {
        2025: ("De gemeente biedt Rivierzoom in 2025 ten minste twee nieuwe bouwlocaties voor sociale huur aan tegen een "
               "sociale grondprijs.",
               F(a=GEM, q=[(2, "locaties", "min")], d=(2025, "in 2025"))),
        2026: ("De gemeente onderzoekt in 2026 of zij Rivierzoom nieuwe bouwlocaties voor sociale huur kan aanbieden "
               "tegen een sociale grondprijs.",
               F(m="explore", a=GEM, d=(2026, "in 2026"))),
    }),
    ("rz-verkoop", 0, [BB], {
        2025: ("Rivierzoom verkoopt in 2025 ten hoogste 15 sociale huurwoningen, uitsluitend bij mutatie.",
               F(q=[(15, "woningen", "max")], d=(2025, "in 2025"), r=True)),
        2026: ("Rivierzoom verkoopt in 2026 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
               F(q=[(10, "woningen", "max")], d=(2026, "in 2026"), r=True)),
    }),
    ("rz-huurverhoging", 0, [BB], {
        2025: ("Rivierzoom beperkt de gemiddelde huurverhoging per 1 juli 2025 voor haar sociale huurwoningen tot ten "
               "hoogste 4,0%.",
               F(q=[(4.0, "%", "max")], d=(2025, "per 1 juli 2025"), r=True)),
        2026: ("De gemiddelde huurverhoging van de sociale huurwoningen van Rivierzoom bedraagt per 1 juli 2026 ten "
               "hoogste 4,0%.",
               F(q=[(4.0, "%", "max")], d=(2026, "per 1 juli 2026"), r=True)),
    }),
    ("rz-doorstroming", 0, [BB], {
        2025: ("Rivierzoom onderzoekt in 2025 of een verhuisregeling haalbaar is voor senioren die een eengezinswoning "
               "achterlaten.",
               F(m="explore", d=(2025, "in 2025"))),
        2026: ("Rivierzoom voert uiterlijk 1 juli 2026 een verhuisregeling in voor senioren die een eengezinswoning "
               "achterlaten, met een vergoeding van € 2.500 voor de verhuiskosten.",
               F(q=[(2500, "euro", "exact")], d=(2026, "uiterlijk 1 juli 2026"))),
    }),
    ("rz-labels-efg", 1, [DK], {
        2025: ("Rivierzoom heeft eind 2027 geen woningen meer met energielabel E, F of G; in 2025 worden daartoe 120 "
               "woningen verbeterd.",
               F(q=[(0, "woningen", "exact"), (120, "woningen", "exact")], d=(2027, "eind 2027"))),
        2026: ("Rivierzoom heeft eind 2027 geen woningen meer met energielabel E, F of G; in 2026 worden daartoe de "
               "laatste 85 woningen verbeterd.",
               F(q=[(0, "woningen", "exact"), (85, "woningen", "exact")], d=(2027, "eind 2027"))),
    }),
    ("rz-isolatie", 1, [DK], {
        2025: ("Rivierzoom isoleert in 2025 ten minste 200 woningen in de wijk Oeverlanden naar ten minste label B.",
               F(q=[(200, "woningen", "min")], d=(2025, "in 2025"), r=True)),
        2026: ("Rivierzoom isoleert in 2026 ten minste 200 woningen in de wijk Oeverlanden naar ten minste label C.",
               F(q=[(200, "woningen", "min")], d=(2026, "in 2026"), r=True)),
    }),
    ("rz-zonnepanelen", 1, [DK], {
        2025: ("Rivierzoom biedt in 2025 alle huurders van grondgebonden woningen in Oeverlanden zonnepanelen aan.",
               F(d=(2025, "in 2025"))),
        2026: ("Rivierzoom biedt in 2026 de huurders van grondgebonden woningen in twee complexen in Oeverlanden "
               "zonnepanelen aan.",
               F(q=[(2, "complexen", "exact")], d=(2026, "in 2026"))),
    }),
    ("rz-warmtenet", 1, [DK], {
        2025: ("Rivierzoom sluit uiterlijk in 2027 de 310 woningen in Stroomkade-Noord aan op het warmtenet, indien de "
               "gemeente het warmtenet tijdig aanlegt.",
               F(q=[(310, "woningen", "exact")], d=(2027, "uiterlijk in 2027"),
                 c=["indien de gemeente het warmtenet tijdig aanlegt"])),
        2026: ("Rivierzoom sluit uiterlijk in 2027 de 310 woningen in Stroomkade-Noord aan op het warmtenet.",
               F(q=[(310, "woningen", "exact")], d=(2027, "uiterlijk in 2027"))),
    }),
    ("rz-vocht", 2, [KW], {
        2025: ("Rivierzoom neemt binnen vijf werkdagen na een melding van vocht of schimmel contact op met de huurder en "
               "plant binnen twee weken een inspectie.",
               F(q=[(5, "werkdagen", "max"), (2, "weken", "max")])),
        2026: "same",
    }),
    ("rz-levensloop", 2, [KW], {
        2025: ("Rivierzoom maakt in 2025 ten minste 40 bestaande woningen levensloopgeschikt.",
               F(q=[(40, "woningen", "min")], d=(2025, "in 2025"), r=True)),
        2026: ("Rivierzoom past in 2026 ten minste veertig bestaande woningen aan, zodat zij levensloopgeschikt zijn.",
               F(q=[(40, "woningen", "min")], d=(2026, "in 2026"), r=True)),
    }),
    ("rz-woonzorg", 2, [KW], {
        2026: ("Rivierzoom streeft ernaar in 2027 een woonzorgcomplex met 36 woningen aan de Kadelaan op te leveren.",
               F(m="intent", q=[(36, "woningen", "exact")], d=(2027, "in 2027"))),
    }),
    ("rz-leefbaarheidsbudget", 3, [LB], {
        2025: ("Rivierzoom besteedt in 2025 € 70 per woning aan leefbaarheid in haar complexen en de directe "
               "woonomgeving.",
               F(q=[(70, "euro per woning", "exact")], d=(2025, "in 2025"), r=True)),
        2026: ("Rivierzoom besteedt in 2026 € 80 per woning aan leefbaarheid in haar complexen en de directe "
               "woonomgeving.",
               F(q=[(80, "euro per woning", "exact")], d=(2026, "in 2026"), r=True)),
    }),
    ("rz-huismeesters", 3, [LB], {
        2025: ("Rivierzoom zet in de flats van Oeverlanden en Stroomkade-Noord vaste huismeesters in.", F()),
        2026: ("Rivierzoom zet in de flats van Oeverlanden vaste huismeesters in.", F()),
    }),
    ("rz-uitstroom", 3, [BB, LB], {
        2025: ("Rivierzoom biedt jaarlijks ten minste 8 woningen aan voor uitstroom uit beschermd wonen, mits de "
               "gemeente de begeleiding van de nieuwe huurders organiseert.",
               F(q=[(8, "woningen", "min")], r=True, c=["mits de gemeente de begeleiding van de nieuwe huurders organiseert"])),
        2026: ("Rivierzoom biedt jaarlijks ten minste 8 woningen aan voor uitstroom uit beschermd wonen en "
               "maatschappelijke opvang, mits de gemeente de begeleiding van de nieuwe huurders organiseert.",
               F(q=[(8, "woningen", "min")], r=True, c=["mits de gemeente de begeleiding van de nieuwe huurders organiseert"])),
    }),
    ("rz-overlast", 3, [LB], {
        2025: ("Rivierzoom, de gemeente en De Zoom gaan in 2025 in gesprek over een gezamenlijke aanpak van woonoverlast "
               "in Oeverlanden.",
               F(m="discuss", a=("corporatie", "gemeente", "huurdersorganisatie"), d=(2025, "in 2025"))),
        2026: ("Rivierzoom en de gemeente stellen uiterlijk 1 april 2026 een gezamenlijk protocol woonoverlast voor "
               "Oeverlanden op, in overleg met De Zoom.",
               F(a=("corporatie", "gemeente"), d=(2026, "uiterlijk 1 april 2026"))),
    }),
]

# ---------------------------------------------------------------- part 2: Veerhaven
PART2 = {
    "party": VH, "short": "Veerhaven", "huurders": HV, "hshort": "de Huurdersraad",
    "title": "Deel 2 Prestatieafspraken gemeente Stroomkade, Veerhaven en Huurdersraad Veerhaven",
    "header": "Deel 2 | Gemeente Stroomkade – Veerhaven – Huurdersraad Veerhaven",
    "partijen": [
        "De gemeente Stroomkade, vertegenwoordigd door de wethouder Wonen, hierna: de gemeente;",
        "Woningbouwvereniging Veerhaven, gevestigd te Stroomkade, vertegenwoordigd door haar bestuurder, "
        "hierna: Veerhaven;",
        "Huurdersraad Veerhaven, vertegenwoordigd door haar voorzitter, hierna: de Huurdersraad.",
    ],
    "context": {
        2025: "Veerhaven is een kleine woningbouwvereniging met ongeveer 1.900 woningen in het Veerkwartier en de "
              "Kadehoek. De vereniging had in 2024 een gemiddeld energielabel C.",
        2026: "Veerhaven bezit ongeveer 1.920 woningen in het Veerkwartier en de Kadehoek. In 2025 zijn alle woningen "
              "van rookmelders voorzien en is de bouw in Veerweide gestart.",
    },
    "chapters": [
        ("Wonen voor iedereen", None),
        ("Energietransitie en klimaat", "Veerhaven verduurzaamt vooral via planmatig onderhoud, complex voor complex."),
        ("Woningkwaliteit", None),
        ("Prettig wonen in de buurt", None),
        ("Samenwerking", None),
    ],
    "signatories": [
        ("Gemeente Stroomkade", "M.J. van Dorsten", "wethouder Wonen"),
        ("Woningbouwvereniging Veerhaven", "drs. L. Timmerman-Aydin", "bestuurder"),
        ("Huurdersraad Veerhaven", "P.C. Roozeboom", "voorzitter"),
    ],
}
PART2_ITEMS = [
    ("vh-veerweide", 0, [BB], {
        2025: ("Veerhaven start in 2025 met de bouw van 48 sociale huurwoningen in het plan Veerweide; de oplevering is "
               "voorzien in 2026.",
               F(q=[(48, "woningen", "exact")], d=(2026, "in 2026"))),
        2026: ("Veerhaven levert de 48 sociale huurwoningen in het plan Veerweide in 2027 op.",
               F(q=[(48, "woningen", "exact")], d=(2027, "in 2027"))),
    }),
    ("vh-schippershof", 0, [BB, KW], {
        2025: ("Veerhaven onderzoekt in 2025 of sloop en nieuwbouw van het complex Schippershof met 60 woningen "
               "haalbaar is.",
               F(m="explore", q=[(60, "woningen", "exact")], d=(2025, "in 2025"))),
        2026: ("Veerhaven onderzoekt in 2026 of het complex Schippershof met 60 woningen kan worden gesloopt en "
               "vervangen door nieuwbouw.",
               F(m="explore", q=[(60, "woningen", "exact")], d=(2026, "in 2026"))),
    }),
    ("vh-verkoop", 0, [BB], {
        2025: ("Veerhaven verkoopt in 2025 geen sociale huurwoningen.",
               F(q=[(0, "woningen", "exact")], d=(2025, "in 2025"), r=True)),
        2026: ("Veerhaven verkoopt in 2026 ten hoogste 5 sociale huurwoningen, uitsluitend bij mutatie.",
               F(q=[(5, "woningen", "max")], d=(2026, "in 2026"), r=True)),
    }),
    ("vh-huurverhoging", 0, [BB], {
        2025: ("Veerhaven past per 1 juli 2025 een gemiddelde huurverhoging toe van ten hoogste de inflatie.",
               F(d=(2025, "per 1 juli 2025"), r=True)),
        2026: ("Veerhaven past per 1 juli 2026 een gemiddelde huurverhoging toe van ten hoogste de inflatie min 0,5%.",
               F(q=[(0.5, "%", "exact")], d=(2026, "per 1 juli 2026"), r=True)),
    }),
    ("vh-gemiddeld-label", 1, [DK], {
        2025: ("Veerhaven bereikt eind 2026 voor het totale bezit gemiddeld energielabel B.",
               F(d=(2026, "eind 2026"))),
        2026: "same",
    }),
    ("vh-warmtepompen", 1, [DK], {
        2025: ("Veerhaven plaatst in 2025 in 80 eengezinswoningen een hybride warmtepomp.",
               F(q=[(80, "woningen", "exact")], d=(2025, "in 2025"), r=True)),
        2026: ("Veerhaven plaatst in 2026 in 80 eengezinswoningen een hybride warmtepomp, onder voorbehoud van "
               "toekenning van de landelijke verduurzamingssubsidie.",
               F(q=[(80, "woningen", "exact")], d=(2026, "in 2026"), r=True,
                 c=["onder voorbehoud van toekenning van de landelijke verduurzamingssubsidie"])),
    }),
    ("vh-groene-daken", 1, [DK], {
        2025: ("Veerhaven en de gemeente bekijken in 2025 waar bij het groot onderhoud van Schippershof groene daken "
               "kunnen worden aangelegd.",
               F(m="explore", a=("corporatie", "gemeente"), d=(2025, "in 2025"))),
    }),
    ("vh-regenwater", 1, [DK], {
        2026: ("Veerhaven koppelt bij renovaties in 2026 de regenpijpen van ten minste 30 woningen af van het riool; de "
               "gemeente vergoedt daarvoor € 250 per woning.",
               F(a=("corporatie", "gemeente"), q=[(30, "woningen", "min"), (250, "euro per woning", "exact")],
                 d=(2026, "in 2026"))),
    }),
    ("vh-reparaties", 2, [KW], {
        2025: ("Veerhaven voert spoedreparaties binnen 24 uur uit en overige reparaties binnen tien werkdagen.",
               F(q=[(24, "uur", "max"), (10, "werkdagen", "max")])),
        2026: ("Spoedreparaties worden door Veerhaven binnen 24 uur uitgevoerd, overige reparaties binnen tien "
               "werkdagen.",
               F(q=[(24, "uur", "max"), (10, "werkdagen", "max")])),
    }),
    ("vh-rookmelders", 2, [KW], {
        2025: ("Veerhaven voorziet uiterlijk eind 2025 al haar woningen van rookmelders.",
               F(d=(2025, "uiterlijk eind 2025"))),
    }),
    ("vh-huurdersoordeel", 2, [KW], {
        2025: ("Veerhaven streeft naar een huurdersoordeel van ten minste een 7,5 voor de afhandeling van "
               "reparatieverzoeken.",
               F(m="intent", q=[(7.5, "cijfer", "min")])),
        2026: ("Veerhaven realiseert een huurdersoordeel van ten minste een 7,5 voor de afhandeling van "
               "reparatieverzoeken.",
               F(q=[(7.5, "cijfer", "min")])),
    }),
    ("vh-leefbaarheid", 3, [LB], {
        2025: ("Veerhaven stelt in 2025 € 45.000 beschikbaar voor leefbaarheid, bewonersinitiatieven en ontmoeting.",
               F(q=[(45000, "euro", "exact")], d=(2025, "in 2025"), r=True)),
        2026: ("Veerhaven stelt in 2026 € 40.000 beschikbaar voor leefbaarheid, bewonersinitiatieven en ontmoeting.",
               F(q=[(40000, "euro", "exact")], d=(2026, "in 2026"), r=True)),
    }),
    ("vh-wijkteam", 3, [LB], {
        2025: ("Veerhaven neemt deel aan het wijkteam Veerkwartier en meldt zorgen over kwetsbare huurders binnen een "
               "week bij dat wijkteam.",
               F(q=[(1, "weken", "max")])),
        2026: ("Veerhaven neemt deel aan de wijkteams Veerkwartier en Kadehoek en meldt zorgen over kwetsbare huurders "
               "binnen een week bij het betrokken wijkteam.",
               F(q=[(1, "weken", "max")])),
    }),
    ("vh-ontmoetingsruimte", 3, [LB], {
        2026: ("Veerhaven en de gemeente onderzoeken in 2026 of de ontmoetingsruimte in het complex De Aak kan worden "
               "opengesteld voor buurtbewoners.",
               F(m="explore", a=("corporatie", "gemeente"), d=(2026, "in 2026"))),
    }),
    ("vh-bod", 4, [OV], {
        2025: ("Veerhaven stuurt vóór 1 juli 2025 een bod voor de prestatieafspraken 2026 aan de gemeente en de "
               "Huurdersraad.",
               F(d=(2025, "vóór 1 juli 2025"), r=True)),
        2026: ("Veerhaven stuurt vóór 1 juli 2026 een bod voor de prestatieafspraken 2027 aan de gemeente en de "
               "Huurdersraad.",
               F(d=(2026, "vóór 1 juli 2026"), r=True)),
    }),
]

# ---------------------------------------------------------------- bod of Rivierzoom for 2026 (letter, 'wij')
BOD_INTRO = [
    "Hierbij ontvangt u het overzicht van de werkzaamheden die Rivierzoom in 2026 en de jaren daarna in Stroomkade "
    "wil uitvoeren: ons bod op de woonvisie. Wij hebben dit bod in april en mei besproken met het bestuur van "
    "Huurdersvereniging De Zoom.",
    "Onze financiële ruimte is de afgelopen jaren kleiner geworden door gestegen bouwkosten en rente. In 2024 hebben "
    "wij 52 woningen opgeleverd en 164 woningen verduurzaamd. Hieronder staan per thema onze voornemens voor 2026.",
]
BOD_HEADINGS = ["Beschikbaar en betaalbaar wonen", "Verduurzaming", "Kwaliteit en wonen met zorg",
                "Leefbaarheid", "Samenwerking met gemeente en huurders"]
# (key, heading index, themes, text, frame)
BOD_ITEMS = [
    ("rz-nieuwbouw", 0, [BB],
     "Wij willen in de periode 2025-2028 ten minste 150 sociale huurwoningen aan de voorraad in Stroomkade toevoegen, "
     "waarvan 64 in Havenfront.",
     F(m="intent", q=[(150, "woningen", "min"), (64, "woningen", "exact")], d=(2028, "in de periode 2025-2028"))),
    ("rz-bod-middenhuur", 0, [BB],
     "Wij bouwen in de periode 2026-2029 zestig middenhuurwoningen in Havenfront.",
     F(q=[(60, "woningen", "exact")], d=(2029, "in de periode 2026-2029"))),
    ("rz-bouwlocaties", 0, [BB],
     "De gemeente biedt ons in 2026 ten minste twee nieuwe bouwlocaties voor sociale huur aan tegen een sociale "
     "grondprijs.",
     F(a=GEM, q=[(2, "locaties", "min")], d=(2026, "in 2026"))),
    ("rz-verkoop", 0, [BB],
     "Wij verkopen in 2026 maximaal 12 woningen uit onze sociale voorraad, alleen bij mutatie.",
     F(q=[(12, "woningen", "max")], d=(2026, "in 2026"), r=True)),
    ("rz-huurverhoging", 0, [BB],
     "Wij beperken de gemiddelde huurverhoging per 1 juli 2026 tot maximaal 4,5%.",
     F(q=[(4.5, "%", "max")], d=(2026, "per 1 juli 2026"), r=True)),
    ("rz-bod-voorrang", 0, [BB],
     "Wij wijzen in 2026 ten hoogste 10% van onze vrijkomende woningen met voorrang toe aan jongeren uit Stroomkade.",
     F(q=[(10, "%", "max")], d=(2026, "in 2026"), r=True)),
    ("rz-doorstroming", 0, [BB],
     "Wij voeren in 2026 een verhuisregeling in voor senioren die een eengezinswoning achterlaten, met een "
     "tegemoetkoming in de verhuiskosten van € 2.500.",
     F(q=[(2500, "euro", "exact")], d=(2026, "in 2026"))),
    ("a-vroegsignalering", 0, [BB, LB],
     "Wij melden een huurachterstand uiterlijk na twee maanden bij het team Schuldhulp van de gemeente, zoals "
     "afgesproken in het convenant vroegsignalering.",
     F(q=[(2, "maanden", "max")])),
    ("rz-labels-efg", 1, [DK],
     "Wij verbeteren in 2026 de laatste 85 woningen met een E-, F- of G-label, zodat wij eind 2027 geen woningen met "
     "deze labels meer bezitten.",
     F(q=[(85, "woningen", "exact"), (0, "woningen", "exact")], d=(2027, "eind 2027"))),
    ("rz-isolatie", 1, [DK],
     "Wij isoleren in 2026 minimaal 240 woningen in Oeverlanden naar minimaal label C.",
     F(q=[(240, "woningen", "min")], d=(2026, "in 2026"), r=True)),
    ("rz-zonnepanelen", 1, [DK],
     "In twee complexen in Oeverlanden bieden wij in 2026 de huurders van grondgebonden woningen zonnepanelen aan.",
     F(q=[(2, "complexen", "exact")], d=(2026, "in 2026"))),
    ("rz-warmtenet", 1, [DK],
     "Wij sluiten uiterlijk in 2027 onze 310 woningen in Stroomkade-Noord aan op het warmtenet, mits de gemeente tijdig "
     "met de aanleg van het warmtenet start.",
     F(q=[(310, "woningen", "exact")], d=(2027, "uiterlijk in 2027"),
       c=["mits de gemeente tijdig met de aanleg van het warmtenet start"])),
    ("rz-bod-energiecoaches", 1, [DK],
     "Wij zetten in 2026 samen met De Zoom twee energiecoaches in voor huurders met hoge energielasten.",
     F(a=("corporatie", "huurdersorganisatie"), q=[(2, "energiecoaches", "exact")], d=(2026, "in 2026"))),
    ("rz-vocht", 2, [KW],
     "Bij een melding van vocht of schimmel nemen wij binnen vijf werkdagen contact op met de huurder en plannen wij "
     "binnen twee weken een inspectie.",
     F(q=[(5, "werkdagen", "max"), (2, "weken", "max")])),
    ("rz-levensloop", 2, [KW],
     "Wij maken in 2026 minimaal 30 bestaande woningen levensloopgeschikt.",
     F(q=[(30, "woningen", "min")], d=(2026, "in 2026"), r=True)),
    ("rz-woonzorg", 2, [KW],
     "Wij leveren in 2027 een woonzorgcomplex met 36 woningen aan de Kadelaan op.",
     F(q=[(36, "woningen", "exact")], d=(2027, "in 2027"))),
    ("rz-bod-tijdelijk", 2, [BB],
     "Wij onderzoeken in 2026 of wij op de locatie Kadewerf tijdelijke woningen voor spoedzoekers kunnen plaatsen.",
     F(m="explore", d=(2026, "in 2026"))),
    ("rz-leefbaarheidsbudget", 3, [LB],
     "Wij reserveren voor 2026 een leefbaarheidsbudget van € 75 per woning voor onze complexen en de directe "
     "woonomgeving.",
     F(q=[(75, "euro per woning", "exact")], d=(2026, "voor 2026"), r=True)),
    ("rz-huismeesters", 3, [LB],
     "Wij houden vaste huismeesters in de flats van Oeverlanden en Stroomkade-Noord.",
     F()),
    ("rz-uitstroom", 3, [BB, LB],
     "Wij stellen jaarlijks minimaal 8 woningen beschikbaar voor uitstroom uit beschermd wonen, mits de gemeente de "
     "begeleiding van deze huurders regelt.",
     F(q=[(8, "woningen", "min")], r=True, c=["mits de gemeente de begeleiding van deze huurders regelt"])),
    ("rz-overlast", 3, [LB],
     "Wij gaan in 2026 met de gemeente en De Zoom in gesprek over een gezamenlijke aanpak van woonoverlast in "
     "Oeverlanden.",
     F(m="discuss", a=("corporatie", "gemeente", "huurdersorganisatie"), d=(2026, "in 2026"))),
    ("rz-bod-parkeernorm", 4, [BB],
     "Wij gaan met de gemeente in overleg over een lagere parkeernorm van 0,8 plaats per sociale huurwoning bij "
     "nieuwbouw.",
     F(m="discuss", a=("corporatie", "gemeente"), q=[(0.8, "parkeerplaatsen per woning", "exact")])),
    ("a-ondersteuning", 4, [OV],
     "Wij ondersteunen De Zoom in 2026 met een vergoeding van ten minste € 25 per verhuureenheid voor werkzaamheden, "
     "scholing en advies.",
     F(q=[(25, "euro per verhuureenheid", "min")], d=(2026, "in 2026"), r=True)),
    ("a-monitoring", 4, [OV],
     "Wij bespreken de voortgang van de afspraken twee keer per jaar met de gemeente en De Zoom, in mei en in november.",
     F(a=("corporatie", "gemeente", "huurdersorganisatie"), q=[(2, "keer per jaar", "exact")], r=True)),
]

# ---------------------------------------------------------------- links
# 2025 -> 2026 (keys present in both); absent = new/dropped
LINKS_2526 = {
    "a-vergunninghouders": ("reworded", [], "external_figure"),
    "a-passend-toewijzen": ("reworded", [], "indexed_amount"),
    "a-vroegsignalering": ("strengthened", ["quantity"], None),
    "a-monitoring": ("unchanged", [], None),
    "a-ondersteuning": ("reworded", [], "recurring_year"),
    "rz-nieuwbouw": ("weakened", ["quantity"], None),
    "rz-bouwlocaties": ("weakened", ["modality", "quantity"], None),
    "rz-verkoop": ("strengthened", ["quantity"], None),
    "rz-huurverhoging": ("reworded", [], "recurring_year"),
    "rz-doorstroming": ("strengthened", ["modality"], None),
    "rz-labels-efg": ("reworded", [], "progress"),
    "rz-isolatie": ("weakened", ["label"], None),
    "rz-zonnepanelen": ("weakened", ["scope"], None),
    "rz-warmtenet": ("strengthened", ["condition"], None),
    "rz-vocht": ("unchanged", [], None),
    "rz-levensloop": ("reworded", [], "recurring_year"),
    "rz-leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "rz-huismeesters": ("weakened", ["scope"], None),
    "rz-uitstroom": ("strengthened", ["scope"], None),
    "rz-overlast": ("strengthened", ["modality"], None),
    "vh-veerweide": ("weakened", ["deadline"], None),
    "vh-schippershof": ("weakened", ["deadline"], None),
    "vh-verkoop": ("weakened", ["quantity"], None),
    "vh-huurverhoging": ("strengthened", ["quantity"], None),
    "vh-gemiddeld-label": ("unchanged", [], None),
    "vh-warmtepompen": ("weakened", ["condition"], None),
    "vh-reparaties": ("reworded", [], "same_figures"),
    "vh-huurdersoordeel": ("strengthened", ["modality"], None),
    "vh-leefbaarheid": ("weakened", ["quantity"], None),
    "vh-wijkteam": ("strengthened", ["scope"], None),
    "vh-bod": ("reworded", [], "recurring_year"),
}
# bod-2026 -> 2026
LINKS_BOD = {
    "rz-nieuwbouw": ("strengthened", ["modality"], None),
    "rz-bouwlocaties": ("weakened", ["modality", "quantity"], None),
    "rz-verkoop": ("strengthened", ["quantity"], None),
    "rz-huurverhoging": ("strengthened", ["quantity"], None),
    "rz-doorstroming": ("strengthened", ["deadline"], None),
    "a-vroegsignalering": ("strengthened", ["quantity"], None),
    "rz-labels-efg": ("reworded", [], "same_figures"),
    "rz-isolatie": ("weakened", ["quantity"], None),
    "rz-zonnepanelen": ("reworded", [], "same_figures"),
    "rz-warmtenet": ("strengthened", ["condition"], None),
    "rz-vocht": ("reworded", [], "same_figures"),
    "rz-levensloop": ("strengthened", ["quantity"], None),
    "rz-woonzorg": ("weakened", ["modality"], None),
    "rz-leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "rz-huismeesters": ("weakened", ["scope"], None),
    "rz-uitstroom": ("strengthened", ["scope"], None),
    "rz-overlast": ("strengthened", ["modality"], None),
    "a-ondersteuning": ("reworded", [], "same_figures"),
    "a-monitoring": ("reworded", [], "same_figures"),
}
