# -*- coding: utf-8 -*-
"""Content of the gagelmonde family (fictional). Three yearly agreements 2025-2027, layout `tijdlijn`."""

YEARS = [2025, 2026, 2027]
GEMEENTE = "Gagelmonde"
CORPORATIE = "Woonstichting Veenhof"
HUURDERS = "Huurdersvereniging De Gagel"

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")

THEMES = [
    (B, "Betaalbaar en beschikbaar wonen", (0.16, 0.42, 0.62), (0.90, 0.95, 0.98)),
    (D, "Duurzaam en klimaatbestendig", (0.22, 0.55, 0.30), (0.91, 0.97, 0.91)),
    (K, "Goede en passende woningen", (0.62, 0.40, 0.14), (0.99, 0.95, 0.88)),
    (L, "Prettig wonen in de wijk", (0.55, 0.25, 0.50), (0.97, 0.92, 0.97)),
    (O, "Samenwerking en monitoring", (0.35, 0.35, 0.38), (0.94, 0.94, 0.95)),
]

CONTEXT = {
    B: {
        2025: "De wachttijd voor een sociale huurwoning in Gagelmonde is opgelopen tot gemiddeld ruim zes jaar. Nieuwbouw alleen lost dat niet op; daarom kijken we ook naar doorstroming, toewijzing en het behoud van de bestaande voorraad.",
        2026: "De wachttijd voor een sociale huurwoning in Gagelmonde ligt nog altijd boven de zes jaar. Naast nieuwbouw richten we ons op doorstroming, een zorgvuldige toewijzing en het op peil houden van de sociale voorraad.",
    },
    D: {
        2025: "Ruim een derde van de woningen van Veenhof heeft nog een label C of slechter. De transitievisie warmte wijst de Oude Gracht aan als eerste buurt voor een collectieve warmteoplossing.",
        2027: "Het aantal woningen van Veenhof met een slecht energielabel neemt snel af. De Oude Gracht blijft de eerste buurt waar een collectieve warmteoplossing in beeld is.",
    },
    K: {
        2025: "Huurders beoordelen de kwaliteit van hun woning in het algemeen als voldoende, maar vocht en schimmel blijven een terugkerende klacht. Het aantal ouderen in Gagelmonde groeit tot 2035 met bijna een kwart.",
    },
    L: {
        2025: "In Koolwijk en de Oude Gracht staat de leefbaarheid onder druk. Meer kwetsbare bewoners wonen zelfstandig, vaak met weinig ondersteuning in de buurt.",
    },
    O: {
        2025: "Partijen werken als gelijkwaardige partners samen. Deze tijdlijn bevat de afspraken over het proces: overleg, monitoring en de positie van de huurdersvereniging.",
    },
}

# Milestones on the spine that are no afspraken: (theme, marker, label, side)
MILESTONES = {
    2025: [(B, "Q1 2025", "Vaststelling woonvisie Gagelmonde 2025-2030"),
           (D, "eind 2025", "Herijking transitievisie warmte"),
           (O, "december 2025", "Ondertekening prestatieafspraken 2026")],
    2026: [(B, "Q3 2026", "Actualisatie huisvestingsverordening"),
           (D, "eind 2026", "Besluit gemeenteraad warmtenet Oude Gracht"),
           (O, "december 2026", "Ondertekening prestatieafspraken 2027")],
    2027: [(B, "Q2 2027", "Tussenevaluatie woonvisie"),
           (L, "Q1 2027", "Start wijkaanpak Koolwijk"),
           (O, "december 2027", "Ondertekening prestatieafspraken 2028")],
}


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    if isinstance(actors, str):
        actors = [actors]
    qs = []
    for t in q:
        v, u, c = t[:3]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None), "recurring": rec,
            "conditions": list(cond)}


def V(text, trekker, planning, frame, status=None, kinds=(), hn=None):
    return {"text": text, "trekker": trekker, "planning": planning, "frame": frame,
            "status": status, "kinds": list(kinds), "hn": hn}


SAME = "same"
C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

AFSPRAKEN = [
    # ---------------------------------------------------------------- beschikbaar en betaalbaar
    dict(key="nieuwbouw-brinkhoven", theme=B, versions={
        2025: V("Veenhof levert uiterlijk eind 2026 in het plan Brinkhoven-Oost 48 sociale huurwoningen op, waarvan ten minste 20 geschikt voor ouderen.",
                "Veenhof", "eind 2026", F(C, "firm", [(48, "woningen", "exact"), (20, "woningen", "min")], (2026, "uiterlijk eind 2026"))),
        2026: V("Veenhof levert uiterlijk medio 2027 in het plan Brinkhoven-Oost 48 sociale huurwoningen op, waarvan ten minste 20 geschikt voor ouderen.",
                "Veenhof", "medio 2027", F(C, "firm", [(48, "woningen", "exact"), (20, "woningen", "min")], (2027, "uiterlijk medio 2027")),
                "weakened", ["deadline"]),
        2027: V("In het plan Brinkhoven-Oost worden door Veenhof uiterlijk medio 2027 48 sociale huurwoningen opgeleverd; ten minste 20 daarvan zijn geschikt voor ouderen.",
                "Veenhof", "medio 2027", F(C, "firm", [(48, "woningen", "exact"), (20, "woningen", "min")], (2027, "uiterlijk medio 2027")),
                "reworded", hn="same_figures"),
    }),
    dict(key="nieuwbouw-lisse", theme=B, versions={
        2025: V("Veenhof start uiterlijk in het tweede kwartaal van 2026 met de bouw van 30 sociale huurwoningen op de locatie De Lisse, onder voorbehoud van een onherroepelijke omgevingsvergunning.",
                "Veenhof", "Q2 2026", F(C, "firm", [(30, "woningen", "exact")], (2026, "uiterlijk in het tweede kwartaal van 2026"), cond=["onder voorbehoud van een onherroepelijke omgevingsvergunning"])),
        2026: V("Veenhof start uiterlijk in het tweede kwartaal van 2026 met de bouw van 30 sociale huurwoningen op de locatie De Lisse.",
                "Veenhof", "Q2 2026", F(C, "firm", [(30, "woningen", "exact")], (2026, "uiterlijk in het tweede kwartaal van 2026")),
                "strengthened", ["condition"]),
    }),
    dict(key="sociale-voorraad", theme=B, versions={
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad van Veenhof in Gagelmonde tot en met 2030 niet daalt onder 3.150 woningen.",
                "Partijen", "2025-2030", F(P, "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: V("Veenhof zorgt ervoor dat haar sociale huurvoorraad in Gagelmonde tot en met 2030 niet daalt onder 3.150 woningen.",
                "Veenhof", "2025-2030", F(C, "firm", [(3150, "woningen", "min")], (2030, "tot en met 2030")),
                "strengthened", ["modality"]),
        2027: SAME,
    }),
    dict(key="verkoop", theme=B, versions={
        2025: V("Veenhof verkoopt in 2025 ten hoogste 12 huurwoningen, uitsluitend bij mutatie en buiten de wijk Koolwijk.",
                "Veenhof", "2025", F(C, "firm", [(12, "woningen", "max")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof verkoopt in 2026 ten hoogste 18 huurwoningen, uitsluitend bij mutatie en buiten de wijk Koolwijk.",
                "Veenhof", "2026", F(C, "firm", [(18, "woningen", "max")], (2026, "in 2026"), rec=True),
                "weakened", ["quantity"]),
        2027: V("Veenhof verkoopt in 2027 ten hoogste 18 huurwoningen, uitsluitend bij mutatie en buiten de wijk Koolwijk.",
                "Veenhof", "2027", F(C, "firm", [(18, "woningen", "max")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="huurverhoging", theme=B, versions={
        2025: V("De gemiddelde huurverhoging van Veenhof per 1 juli 2025 bedraagt ten hoogste 4,5%.",
                "Veenhof", "juli 2025", F(C, "firm", [(4.5, "%", "max")], (2025, "per 1 juli 2025"), rec=True)),
        2026: V("De gemiddelde huurverhoging van Veenhof per 1 juli 2026 bedraagt ten hoogste 4,0%.",
                "Veenhof", "juli 2026", F(C, "firm", [(4.0, "%", "max")], (2026, "per 1 juli 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("De gemiddelde huurverhoging van Veenhof per 1 juli 2027 bedraagt ten hoogste 4,4%.",
                "Veenhof", "juli 2027", F(C, "firm", [(4.4, "%", "max")], (2027, "per 1 juli 2027"), rec=True),
                "weakened", ["quantity"]),
    }),
    dict(key="doelgroep-toewijzing", theme=B, versions={
        2025: V("Veenhof wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2025).",
                "Veenhof", "doorlopend", F(C, "firm", [(92.5, "%", "min"), (47699, "euro", "max")])),
        2026: V("Veenhof wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 48.625 (prijspeil 2026).",
                "Veenhof", "doorlopend", F(C, "firm", [(92.5, "%", "min"), (48625, "euro", "max")]),
                "reworded", hn="indexed_amount"),
        2027: V("Veenhof wijst ten minste 95% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.420 (prijspeil 2027).",
                "Veenhof", "doorlopend", F(C, "firm", [(95, "%", "min"), (49420, "euro", "max")]),
                "strengthened", ["quantity"]),
    }),
    dict(key="vergunninghouders", theme=B, versions={
        2025: V("Veenhof stelt in 2025 woningen beschikbaar voor de huisvesting van 41 vergunninghouders, conform de taakstelling van het Rijk.",
                "Veenhof", "2025", F(C, "firm", [(41, "vergunninghouders", "exact")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof stelt in 2026 woningen beschikbaar voor de huisvesting van 36 vergunninghouders, conform de taakstelling van het Rijk.",
                "Veenhof", "2026", F(C, "firm", [(36, "vergunninghouders", "exact")], (2026, "in 2026"), rec=True),
                "reworded", hn="external_figure"),
        2027: V("Veenhof stelt in 2027 woningen beschikbaar voor de huisvesting van 36 vergunninghouders, conform de taakstelling van het Rijk.",
                "Veenhof", "2027", F(C, "firm", [(36, "vergunninghouders", "exact")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="doorstroming-senioren", theme=B, versions={
        2025: V("Gemeente en Veenhof stellen vóór 1 oktober 2025 een doorstroomregeling voor senioren vast, met voorrang op gelijkvloerse woningen en een verhuisbijdrage van € 2.500.",
                "Gemeente en Veenhof", "Q3 2025", F([G, C], "firm", [(2500, "euro", "exact")], (2025, "vóór 1 oktober 2025"))),
        2026: V("Gemeente en Veenhof stellen vóór 1 april 2026 een doorstroomregeling voor senioren vast, met voorrang op gelijkvloerse woningen en een verhuisbijdrage van € 2.500.",
                "Gemeente en Veenhof", "Q1 2026", F([G, C], "firm", [(2500, "euro", "exact")], (2026, "vóór 1 april 2026")),
                "weakened", ["deadline"]),
        2027: V("Gemeente en Veenhof stellen vóór 1 april 2027 een doorstroomregeling voor senioren vast, met voorrang op gelijkvloerse woningen en een verhuisbijdrage van € 2.500.",
                "Gemeente en Veenhof", "Q1 2027", F([G, C], "firm", [(2500, "euro", "exact")], (2027, "vóór 1 april 2027")),
                "weakened", ["deadline"]),
    }),
    dict(key="vroegsignalering", theme=B, versions={
        2025: V("Veenhof meldt huurders met een huurachterstand van twee maanden binnen vijf werkdagen aan bij het team Vroegsignalering van de gemeente.",
                "Veenhof", "doorlopend", F(C, "firm", [(2, "maanden", "exact"), (5, "werkdagen", "max")])),
        2026: V("Veenhof meldt huurders met een huurachterstand van één maand binnen vijf werkdagen aan bij het team Vroegsignalering van de gemeente.",
                "Veenhof", "doorlopend", F(C, "firm", [(1, "maanden", "exact"), (5, "werkdagen", "max")]),
                "strengthened", ["quantity"]),
        2027: V("Huurders met een huurachterstand van één maand worden door Veenhof binnen vijf werkdagen aangemeld bij het team Vroegsignalering van de gemeente.",
                "Veenhof", "doorlopend", F(C, "firm", [(1, "maanden", "exact"), (5, "werkdagen", "max")]),
                "reworded", hn="same_figures"),
    }),
    dict(key="tijdelijke-woningen", theme=B, versions={
        2025: V("De gemeente onderzoekt vóór eind 2025 of op het terrein van de voormalige Lisseschool 20 tijdelijke woningen voor spoedzoekers kunnen worden geplaatst.",
                "Gemeente", "eind 2025", F(G, "explore", [(20, "woningen", "exact")], (2025, "vóór eind 2025"))),
    }),
    dict(key="middenhuur-zuiderpolder", theme=B, versions={
        2026: V("De gemeente onderzoekt vóór eind 2027 of op de locatie Zuiderpolder 25 middenhuurwoningen kunnen worden toegevoegd.",
                "Gemeente", "eind 2027", F(G, "explore", [(25, "woningen", "exact")], (2027, "vóór eind 2027"))),
        2027: V("De gemeente legt vóór eind 2027 in het bestemmingsplan Zuiderpolder vast dat op deze locatie 25 middenhuurwoningen worden toegevoegd.",
                "Gemeente", "eind 2027", F(G, "firm", [(25, "woningen", "exact")], (2027, "vóór eind 2027")),
                "strengthened", ["modality"]),
    }),
    dict(key="huurbevriezing", theme=B, versions={
        2027: V("Veenhof bevriest per 1 juli 2027 de huur van huishoudens met een inkomen onder de huurtoeslaggrens die een woning met energielabel D of slechter huren.",
                "Veenhof", "juli 2027", F(C, "firm", [], (2027, "per 1 juli 2027"))),
    }),
    # ---------------------------------------------------------------- duurzaam
    dict(key="labels-efg", theme=D, versions={
        2025: V("Veenhof zorgt ervoor dat uiterlijk eind 2027 geen van haar woningen meer een energielabel E, F of G heeft; het gaat nog om 112 woningen.",
                "Veenhof", "eind 2027", F(C, "firm", [(112, "woningen", "exact")], (2027, "uiterlijk eind 2027"))),
        2026: V("Veenhof zorgt ervoor dat uiterlijk eind 2027 geen van haar woningen meer een energielabel E, F of G heeft; het gaat nog om 58 woningen.",
                "Veenhof", "eind 2027", F(C, "firm", [(58, "woningen", "exact")], (2027, "uiterlijk eind 2027")),
                "reworded", hn="progress"),
        2027: V("Veenhof zorgt ervoor dat uiterlijk medio 2027 geen van haar woningen meer een energielabel E, F of G heeft; het gaat nog om 21 woningen.",
                "Veenhof", "medio 2027", F(C, "firm", [(21, "woningen", "exact")], (2027, "uiterlijk medio 2027")),
                "strengthened", ["deadline"]),
    }),
    dict(key="isolatie-koolwijk", theme=D, versions={
        2025: V("Veenhof isoleert in 2025 ten minste 150 woningen in de wijk Koolwijk naar een gemiddeld label B.",
                "Veenhof", "2025", F(C, "firm", [(150, "woningen", "min"), ("B", "label", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof isoleert in 2026 ten minste 150 woningen in de wijk Koolwijk naar een gemiddeld label C.",
                "Veenhof", "2026", F(C, "firm", [(150, "woningen", "min"), ("C", "label", "min")], (2026, "in 2026"), rec=True),
                "weakened", ["label"]),
        2027: V("Veenhof isoleert in 2027 ten minste 150 woningen in de wijk Koolwijk naar een gemiddeld label B.",
                "Veenhof", "2027", F(C, "firm", [(150, "woningen", "min"), ("B", "label", "min")], (2027, "in 2027"), rec=True),
                "strengthened", ["label"]),
    }),
    dict(key="zonnepanelen", theme=D, versions={
        2025: V("Veenhof plaatst in 2025 zonnepanelen op alle geschikte grondgebonden huurwoningen in De Lisse en Brinkhoven.",
                "Veenhof", "2025", F(C, "firm", [], (2025, "in 2025"))),
        2026: V("Veenhof plaatst in 2026 zonnepanelen op de geschikte grondgebonden huurwoningen in De Lisse.",
                "Veenhof", "2026", F(C, "firm", [], (2026, "in 2026")),
                "weakened", ["scope"]),
    }),
    dict(key="warmtenet-oude-gracht", theme=D, versions={
        2025: V("Veenhof onderzoekt samen met de gemeente vóór medio 2026 of de 420 woningen in de Oude Gracht kunnen worden aangesloten op het warmtenet.",
                "Veenhof en gemeente", "medio 2026", F([C, G], "explore", [(420, "woningen", "exact")], (2026, "vóór medio 2026"))),
        2026: V("Veenhof spant zich in om uiterlijk eind 2028 de 420 woningen in de Oude Gracht aan te sluiten op het warmtenet.",
                "Veenhof", "eind 2028", F(C, "intent", [(420, "woningen", "exact")], (2028, "uiterlijk eind 2028")),
                "strengthened", ["modality"]),
        2027: V("Veenhof zet zich ervoor in dat de 420 woningen in de Oude Gracht uiterlijk eind 2028 zijn aangesloten op het warmtenet.",
                "Veenhof", "eind 2028", F(C, "intent", [(420, "woningen", "exact")], (2028, "uiterlijk eind 2028")),
                "reworded", hn="same_figures"),
    }),
    dict(key="energiecoaches", theme=D, versions={
        2025: V("De gemeente zet in 2025 energiecoaches in voor huurders van Veenhof met een hoge energierekening; Veenhof draagt € 15.000 bij aan de kosten.",
                "Gemeente", "2025", F([G, C], "firm", [(15000, "euro", "exact")], (2025, "in 2025"), rec=True)),
        2026: V("De gemeente zet in 2026 energiecoaches in voor huurders van Veenhof met een hoge energierekening; Veenhof draagt € 15.000 bij aan de kosten.",
                "Gemeente", "2026", F([G, C], "firm", [(15000, "euro", "exact")], (2026, "in 2026"), rec=True),
                "reworded", hn="recurring_year"),
        2027: V("De gemeente zet in 2027 energiecoaches in voor huurders van Veenhof met een hoge energierekening; Veenhof draagt € 10.000 bij aan de kosten.",
                "Gemeente", "2027", F([G, C], "firm", [(10000, "euro", "exact")], (2027, "in 2027"), rec=True),
                "weakened", ["quantity"]),
    }),
    dict(key="klimaatadaptatie", theme=D, versions={
        2025: V("Veenhof neemt bij groot onderhoud waar mogelijk maatregelen tegen hittestress en wateroverlast, zoals het afkoppelen van regenwater.",
                "Veenhof", "doorlopend", F(C, "firm", [], cond=["waar mogelijk"])),
        2026: SAME,
        2027: V("Veenhof neemt bij groot onderhoud maatregelen tegen hittestress en wateroverlast, zoals het afkoppelen van regenwater.",
                "Veenhof", "doorlopend", F(C, "firm", []),
                "strengthened", ["condition"]),
    }),
    dict(key="groene-daken", theme=D, versions={
        2026: V("De gemeente stelt € 40.000 subsidie beschikbaar voor groene daken op complexen van Veenhof; Veenhof legt in 2026 ten minste twee groene daken aan.",
                "Gemeente en Veenhof", "2026", F([G, C], "firm", [(40000, "euro", "exact"), (2, "daken", "min")], (2026, "in 2026"), rec=True)),
        2027: V("De gemeente stelt € 40.000 subsidie beschikbaar voor groene daken op complexen van Veenhof; Veenhof legt in 2027 ten minste twee groene daken aan.",
                "Gemeente en Veenhof", "2027", F([G, C], "firm", [(40000, "euro", "exact"), (2, "daken", "min")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    # ---------------------------------------------------------------- kwaliteit
    dict(key="vocht-schimmel", theme=K, versions={
        2025: V("Veenhof neemt elke melding van vocht of schimmel binnen tien werkdagen in behandeling met een inspectie aan huis.",
                "Veenhof", "doorlopend", F(C, "firm", [(10, "werkdagen", "max")])),
        2026: V("Veenhof neemt elke melding van vocht of schimmel binnen vijf werkdagen in behandeling met een inspectie aan huis.",
                "Veenhof", "doorlopend", F(C, "firm", [(5, "werkdagen", "max")]),
                "strengthened", ["quantity"]),
        2027: SAME,
    }),
    dict(key="planmatig-onderhoud", theme=K, versions={
        2025: V("Veenhof voert in 2025 planmatig onderhoud uit aan 640 woningen, waaronder de vervanging van keukens en badkamers in het complex Gagelhof.",
                "Veenhof", "2025", F(C, "firm", [(640, "woningen", "exact")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof voert in 2026 planmatig onderhoud uit aan 560 woningen, waaronder de vervanging van keukens en badkamers in het complex Gagelhof.",
                "Veenhof", "2026", F(C, "firm", [(560, "woningen", "exact")], (2026, "in 2026"), rec=True),
                "weakened", ["quantity"]),
        2027: V("Veenhof streeft ernaar in 2027 planmatig onderhoud uit te voeren aan 560 woningen, waaronder de vervanging van keukens en badkamers in het complex Gagelhof.",
                "Veenhof", "2027", F(C, "intent", [(560, "woningen", "exact")], (2027, "in 2027"), rec=True),
                "weakened", ["modality"]),
    }),
    dict(key="woningaanpassingen", theme=K, versions={
        2025: V("Gemeente en Veenhof verkennen vóór eind 2025 hoe kleine woningaanpassingen voor huurders met een Wmo-indicatie sneller kunnen worden uitgevoerd.",
                "Gemeente en Veenhof", "eind 2025", F([G, C], "explore", [], (2025, "vóór eind 2025"))),
        2026: V("Veenhof voert kleine woningaanpassingen voor huurders met een Wmo-indicatie binnen zes weken uit; de gemeente vergoedt de kosten.",
                "Veenhof", "doorlopend", F([C, G], "firm", [(6, "weken", "max")]),
                "strengthened", ["modality"]),
        2027: V("Kleine woningaanpassingen voor huurders met een Wmo-indicatie worden door Veenhof binnen 6 weken uitgevoerd, waarbij de gemeente de kosten vergoedt.",
                "Veenhof", "doorlopend", F([C, G], "firm", [(6, "weken", "max")]),
                "reworded", hn="same_figures"),
    }),
    dict(key="levensloopgeschikt", theme=K, versions={
        2025: V("Veenhof maakt in de periode 2025-2027 ten minste 90 bestaande woningen levensloopgeschikt, verdeeld over Brinkhoven en de Oude Gracht.",
                "Veenhof", "2025-2027", F(C, "firm", [(90, "woningen", "min")], (2027, "in de periode 2025-2027"))),
        2026: SAME,
        2027: V("Veenhof maakt in de periode 2025-2028 ten minste 90 bestaande woningen levensloopgeschikt, verdeeld over Brinkhoven en de Oude Gracht.",
                "Veenhof", "2025-2028", F(C, "firm", [(90, "woningen", "min")], (2028, "in de periode 2025-2028")),
                "weakened", ["deadline"]),
    }),
    dict(key="rookmelders", theme=K, versions={
        2025: V("Veenhof voorziet in 2025 alle woningen zonder rookmelder van ten minste één rookmelder per verdieping.",
                "Veenhof", "2025", F(C, "firm", [(1, "rookmelders", "min")], (2025, "in 2025"))),
    }),
    dict(key="huurdersoordeel", theme=K, versions={
        2026: V("Veenhof haalt in 2026 bij reparatieverzoeken een huurdersoordeel van gemiddeld ten minste een 7,5.",
                "Veenhof", "2026", F(C, "firm", [(7.5, "cijfer", "min")], (2026, "in 2026"), rec=True)),
        2027: V("Veenhof haalt in 2027 bij reparatieverzoeken een huurdersoordeel van gemiddeld ten minste een 7,0.",
                "Veenhof", "2027", F(C, "firm", [(7.0, "cijfer", "min")], (2027, "in 2027"), rec=True),
                "weakened", ["quantity"]),
    }),
    # ---------------------------------------------------------------- leefbaarheid
    dict(key="leefbaarheidsbudget", theme=L, versions={
        2025: V("Veenhof stelt in 2025 een leefbaarheidsbudget beschikbaar van € 85 per woning.",
                "Veenhof", "2025", F(C, "firm", [(85, "euro per woning", "exact")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof stelt in 2026 een leefbaarheidsbudget beschikbaar van € 95 per woning.",
                "Veenhof", "2026", F(C, "firm", [(95, "euro per woning", "exact")], (2026, "in 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("Veenhof stelt in 2027 een leefbaarheidsbudget beschikbaar van € 95 per woning.",
                "Veenhof", "2027", F(C, "firm", [(95, "euro per woning", "exact")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="wijkbeheerders", theme=L, versions={
        2025: V("Veenhof zet in alle wijken waar zij bezit heeft een wijkbeheerder in, die ten minste twee dagdelen per week zichtbaar aanwezig is.",
                "Veenhof", "doorlopend", F(C, "firm", [(2, "dagdelen per week", "min")])),
        2026: V("Veenhof zet in de wijken Koolwijk en Oude Gracht een wijkbeheerder in, die ten minste twee dagdelen per week zichtbaar aanwezig is.",
                "Veenhof", "doorlopend", F(C, "firm", [(2, "dagdelen per week", "min")]),
                "weakened", ["scope"]),
        2027: V("Veenhof zet in de wijken Koolwijk, Oude Gracht en Brinkhoven een wijkbeheerder in, die ten minste twee dagdelen per week zichtbaar aanwezig is.",
                "Veenhof", "doorlopend", F(C, "firm", [(2, "dagdelen per week", "min")]),
                "strengthened", ["scope"]),
    }),
    dict(key="uitstroom-beschermd-wonen", theme=L, themes2=B, versions={
        2025: V("Veenhof stelt in 2025 ten minste 10 woningen beschikbaar voor bewoners die uitstromen uit beschermd wonen; de gemeente zorgt voor begeleiding gedurende ten minste een jaar.",
                "Veenhof en gemeente", "2025", F([C, G], "firm", [(10, "woningen", "min"), (1, "jaar", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof stelt in 2026 ten minste 12 woningen beschikbaar voor bewoners die uitstromen uit beschermd wonen; de gemeente zorgt voor begeleiding gedurende ten minste een jaar.",
                "Veenhof en gemeente", "2026", F([C, G], "firm", [(12, "woningen", "min"), (1, "jaar", "min")], (2026, "in 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("Veenhof stelt in 2027 ten minste 12 woningen beschikbaar voor bewoners die uitstromen uit beschermd wonen, onder voorbehoud van voldoende begeleidingscapaciteit bij de gemeente; de gemeente zorgt voor begeleiding gedurende ten minste een jaar.",
                "Veenhof en gemeente", "2027", F([C, G], "firm", [(12, "woningen", "min"), (1, "jaar", "min")], (2027, "in 2027"), rec=True,
                                                 cond=["onder voorbehoud van voldoende begeleidingscapaciteit bij de gemeente"]),
                "weakened", ["condition"]),
    }),
    dict(key="overlast", theme=L, versions={
        2025: V("Gemeente, politie en Veenhof bespreken ernstige overlastsituaties in een maandelijks casusoverleg.",
                "Gemeente", "doorlopend", F([G, C], "discuss", [(12, "keer per jaar", "exact")])),
        2026: V("Ernstige overlastsituaties worden maandelijks door gemeente, politie en Veenhof besproken in een casusoverleg.",
                "Gemeente", "doorlopend", F([G, C], "discuss", [(12, "keer per jaar", "exact")]),
                "reworded", hn="same_figures"),
        2027: SAME,
    }),
    dict(key="bewonersinitiatieven", theme=L, versions={
        2025: V("De gemeente en Veenhof ondersteunen bewonersinitiatieven in Koolwijk met een gezamenlijk budget van € 20.000 per jaar.",
                "Gemeente en Veenhof", "doorlopend", F([G, C], "firm", [(20000, "euro", "exact")], rec=True)),
        2026: V("De gemeente en Veenhof ondersteunen bewonersinitiatieven in Koolwijk met een gezamenlijk budget van € 20.000 per jaar, voor zover de gemeentelijke begroting dit toelaat.",
                "Gemeente en Veenhof", "doorlopend", F([G, C], "firm", [(20000, "euro", "exact")], rec=True,
                                                       cond=["voor zover de gemeentelijke begroting dit toelaat"]),
                "weakened", ["condition"]),
    }),
    dict(key="ontmoeting-senioren", theme=L, versions={
        2027: V("Veenhof en De Gagel organiseren in 2027 in elk seniorencomplex ten minste twee ontmoetingsbijeenkomsten.",
                "Veenhof en De Gagel", "2027", F([C, H], "firm", [(2, "bijeenkomsten", "min")], (2027, "in 2027"), rec=True)),
    }),
    # ---------------------------------------------------------------- samenwerking
    dict(key="monitoring", theme=O, versions={
        2025: V("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg, in mei en november.",
                "Gemeente", "doorlopend", F(P, "discuss", [(2, "keer per jaar", "exact")])),
        2026: V("Partijen bespreken de voortgang van de afspraken tweemaal per jaar in het bestuurlijk overleg, in mei en november.",
                "Gemeente", "doorlopend", F(P, "discuss", [(2, "keer per jaar", "exact")]),
                "reworded", hn="same_figures"),
        2027: SAME,
    }),
    dict(key="ondersteuning-huurders", theme=O, versions={
        2025: V("Veenhof stelt De Gagel in 2025 een werkbudget van € 18.000 beschikbaar voor scholing en ondersteuning.",
                "Veenhof", "2025", F(C, "firm", [(18000, "euro", "exact")], (2025, "in 2025"), rec=True)),
        2026: V("Veenhof stelt De Gagel in 2026 een werkbudget van € 18.000 beschikbaar voor scholing en ondersteuning.",
                "Veenhof", "2026", F(C, "firm", [(18000, "euro", "exact")], (2026, "in 2026"), rec=True),
                "reworded", hn="recurring_year"),
        2027: V("Veenhof stelt De Gagel in 2027 een werkbudget van € 21.000 beschikbaar voor scholing en ondersteuning.",
                "Veenhof", "2027", F(C, "firm", [(21000, "euro", "exact")], (2027, "in 2027"), rec=True),
                "strengthened", ["quantity"]),
    }),
    dict(key="bod", theme=O, versions={
        2025: V("Veenhof brengt vóór 1 juli 2025 een bod uit op de woonvisie, dat zij vooraf bespreekt met De Gagel.",
                "Veenhof", "Q2 2025", F([C, H], "firm", [], (2025, "vóór 1 juli 2025"), rec=True)),
        2026: V("Veenhof brengt vóór 1 juli 2026 een bod uit op de woonvisie, dat zij vooraf bespreekt met De Gagel.",
                "Veenhof", "Q2 2026", F([C, H], "firm", [], (2026, "vóór 1 juli 2026"), rec=True),
                "reworded", hn="recurring_year"),
        2027: V("Veenhof brengt vóór 15 juli 2027 een bod uit op de woonvisie, dat zij vooraf bespreekt met De Gagel.",
                "Veenhof", "Q3 2027", F([C, H], "firm", [], (2027, "vóór 15 juli 2027"), rec=True),
                "weakened", ["deadline"]),
    }),
    dict(key="geschillen", theme=O, versions={
        2025: V("Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg en pas daarna aan de onafhankelijke geschillencommissie.",
                "Partijen", "doorlopend", F(P, "firm", [])),
    }),
    dict(key="evaluatie-woonvisie", theme=O, versions={
        2026: V("Partijen evalueren vóór 1 oktober 2026 gezamenlijk de woonvisie en betrekken de uitkomsten bij de prestatieafspraken 2027.",
                "Gemeente", "Q3 2026", F(P, "firm", [], (2026, "vóór 1 oktober 2026"))),
    }),
    dict(key="dashboard", theme=O, versions={
        2027: V("Partijen richten vóór 1 april 2027 een gezamenlijk dashboard in waarin de voortgang van de afspraken per kwartaal zichtbaar is.",
                "Gemeente", "Q1 2027", F(P, "firm", [(4, "keer per jaar", "exact")], (2027, "vóór 1 april 2027"))),
    }),
]

# ----------------------------------------------------------------------------- prose (never afspraken)
INTRO = {
    "Voorwoord": {
        2025: ["Voor u liggen de prestatieafspraken 2025 van de gemeente Gagelmonde, Woonstichting Veenhof en Huurdersvereniging De Gagel. Ze zijn het resultaat van een reeks gesprekken aan de keukentafel van het gemeentehuis, waarin we openlijk hebben gesproken over wat nodig is en wat haalbaar is.",
               "We hebben dit jaar gekozen voor een andere vorm. In plaats van lange lijsten staan de afspraken per thema op een tijdlijn, zodat voor iedereen zichtbaar is wat wanneer gebeurt."],
        2026: ["Voor u liggen de prestatieafspraken 2026 van de gemeente Gagelmonde, Woonstichting Veenhof en Huurdersvereniging De Gagel. Het is het tweede jaar dat we onze afspraken op een tijdlijn presenteren; de reacties van huurders en raadsleden op die vorm waren positief.",
               "Het afgelopen jaar was er een van voortgang en tegenvallers. Bouwkosten bleven hoog en enkele projecten liepen vertraging op. Dat heeft zijn weerslag gevonden in een aantal afspraken."],
        2027: ["Voor u liggen de prestatieafspraken 2027 van de gemeente Gagelmonde, Woonstichting Veenhof en Huurdersvereniging De Gagel. Ook dit jaar staan de afspraken per thema op een tijdlijn.",
               "De woningnood in Gagelmonde is niet kleiner geworden. Tegelijk zien we dat de verduurzaming van de voorraad sneller gaat dan we twee jaar geleden durfden te hopen."],
    },
    "Partijen": {
        2025: ["De gemeente Gagelmonde, vertegenwoordigd door de wethouder Wonen; Woonstichting Veenhof, met ongeveer 3.400 huurwoningen in de kernen Gagelmonde en Lisse; en Huurdersvereniging De Gagel, die de huurders van Veenhof vertegenwoordigt. In dit document noemen we hen samen partijen."],
    },
    "Leeswijzer": {
        2025: ["Na dit inleidende deel volgen vijf tijdlijnen, een per thema. Op de verticale lijn staat wanneer iets gebeurt; het vak ernaast beschrijft wat partijen afspreken en wie het voortouw neemt. Open cirkels op de lijn zijn mijlpalen uit het gemeentelijk beleid: die zijn geen afspraak, maar helpen bij het lezen.",
               "Doorlopende afspraken staan onderaan elke tijdlijn. Afspraken zijn per thema genummerd."],
    },
}

AMBITIES = {
    "Waar we samen voor staan": {
        2025: ["De woonvisie Gagelmonde 2025-2030 vraagt om meer betaalbare woningen, een snellere verduurzaming en wijken waar mensen naar elkaar omkijken. Veenhof wil de komende jaren fors blijven investeren, al dwingen de hoge bouwkosten tot keuzes.",
               "De Gagel vindt dat betaalbaarheid voorop moet staan: een lagere energierekening mag niet leiden tot een hogere huur. De gemeente wil vooral tempo maken met woningbouw en de samenwerking met zorgpartijen versterken.",
               "Deze ambities zijn richtinggevend. Wat partijen concreet afspreken, staat op de tijdlijnen verderop in dit document."],
        2026: ["De woonvisie Gagelmonde 2025-2030 blijft ons kompas: meer betaalbare woningen, verduurzaming in een haalbaar tempo en wijken waar mensen naar elkaar omkijken. Veenhof heeft haar investeringsplanning herzien om binnen de financiële ratio's te blijven.",
               "De Gagel heeft dit jaar veel aandacht gevraagd voor huurders met een laag inkomen en een slecht geïsoleerde woning. De gemeente zet in op snellere procedures en meer grondposities.",
               "Deze ambities zijn richtinggevend. Wat partijen concreet afspreken, staat op de tijdlijnen verderop in dit document."],
    },
    "Terugblik {prev}": {
        2025: ["In 2024 heeft Veenhof 36 nieuwe sociale huurwoningen opgeleverd in het plan Lissehof. Er zijn 212 woningen geïsoleerd en 41 vergunninghouders gehuisvest. Het aantal huisuitzettingen bleef beperkt tot drie.",
               "De gemeente heeft de woonvisie voorbereid in een traject waarin ruim vierhonderd inwoners hun mening gaven."],
        2026: ["In 2025 zijn 164 woningen in Koolwijk geïsoleerd en hebben 52 bewoners gebruikgemaakt van een energiecoach. De start van de bouw in De Lisse liep vertraging op door bezwaarprocedures, maar de vergunning is inmiddels onherroepelijk.",
               "De doorstroomregeling voor senioren is nog niet vastgesteld, omdat de financiering van de verhuisbijdrage langer op zich liet wachten."],
        2027: ["In 2026 is de bouw in De Lisse gestart en zijn 58 woningen met een slecht energielabel aangepakt. De evaluatie van de woonvisie is in september afgerond; de uitkomsten zijn in deze afspraken verwerkt.",
               "Het huurdersoordeel over reparaties kwam uit op een 7,1. Zonnepanelen zijn geplaatst op 118 woningen in De Lisse."],
    },
}

CLOSING = {
    "Looptijd en ondertekening": {
        2025: ["Deze afspraken gelden van 1 januari tot en met 31 december {year}. Afspraken met een langere looptijd worden jaarlijks bij de nieuwe prestatieafspraken opnieuw bezien.",
               "Aldus overeengekomen en ondertekend te Gagelmonde op {signdate}."],
    },
}
SIGNDATE = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}
SIGNATORIES = [
    ("Gemeente Gagelmonde", "M.J. Brouwers-Teeuw", "wethouder Wonen"),
    ("Woonstichting Veenhof", "drs. R.P. van Lieshout", "directeur-bestuurder"),
    ("Huurdersvereniging De Gagel", "T. Ouwerkerk", "voorzitter"),
]


def pick(m, year):
    """Per-year mapping: nearest earlier year."""
    ys = [y for y in m if y <= year]
    return m[max(ys)] if ys else None
