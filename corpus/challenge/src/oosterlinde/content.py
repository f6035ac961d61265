# -*- coding: utf-8 -*-
"""Content of the oosterlinde family: fictional prestatieafspraken 2024, 2025, 2026.

Each item is one afspraak with a stable key. For every year in which it appears it has a version
V(chapter, text, wie, wanneer, frame, toel). LINKS gives the status per year pair.
"""

GEMEENTE = "Oosterlinde"
CORPORATIES = ["Woningstichting Eikenrode", "Oostergoed Wonen"]
HUURDERS = ["Huurdersvereniging De Lindeboog", "Bewonersraad Oostergoed"]

CHAPTERS = {
    2024: {2: "Beschikbaar en betaalbaar wonen", 3: "Duurzaam wonen en energietransitie",
           4: "Goed en passend wonen", 5: "Prettig wonen in de wijk", 6: "Samenwerking en proces"},
    2025: {2: "Beschikbaar en betaalbaar wonen", 3: "Duurzaam wonen en energietransitie",
           4: "Kwaliteit, wonen en zorg", 5: "Prettig wonen in de wijk", 6: "Samenwerking en proces"},
    2026: {2: "Beschikbaar en betaalbaar wonen", 3: "Duurzaam wonen en energietransitie",
           4: "Kwaliteit, wonen en zorg", 5: "Leefbare en veilige buurten", 6: "Samenwerking en proces"},
}

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[0], t[1], t[2]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


def V(ch, text, wie, wanneer, frame, toel=None):
    return {"ch": ch, "text": text, "wie": wie, "wanneer": wanneer, "frame": frame, "toel": toel}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

ITEMS = []


def item(key, theme, themes, versions, links):
    ITEMS.append({"key": key, "theme": theme, "themes": themes, "v": versions, "links": links})


# ---------------------------------------------------------------- 2 Beschikbaar en betaalbaar
item("nieuwbouw-sociaal", B, [B], {
    2024: V(2, "Eikenrode en Oostergoed Wonen voegen in 2024 gezamenlijk ten minste 85 sociale huurwoningen aan de voorraad toe, waarvan 60 in het plan Lindehof en 25 in de Stationsbuurt. De gemeente zorgt ervoor dat de benodigde omgevingsvergunningen tijdig worden verleend en dat de grondprijzen voor sociale huur op het niveau van de nota grondprijzen blijven.",
            "Corporaties, gemeente", "Oplevering in 2024",
            F([C, G], "firm", [(85, "woningen", "min"), (60, "woningen", "exact"), (25, "woningen", "exact")], (2024, "in 2024"), True),
            "In 2023 werden 71 sociale huurwoningen opgeleverd; het plan Lindehof loopt door tot en met 2026."),
    2025: V(2, "Eikenrode en Oostergoed Wonen voegen in 2025 gezamenlijk ten minste 70 sociale huurwoningen aan de voorraad toe, waarvan 45 in het plan Lindehof en 25 aan de Kanaalzijde. De gemeente zorgt ervoor dat de benodigde omgevingsvergunningen tijdig worden verleend en dat de grondprijzen voor sociale huur op het niveau van de nota grondprijzen blijven.",
            "Corporaties, gemeente", "Oplevering in 2025",
            F([C, G], "firm", [(70, "woningen", "min"), (45, "woningen", "exact"), (25, "woningen", "exact")], (2025, "in 2025"), True),
            "Door vertraging bij de aanbesteding schuift een deel van fase 2 van Lindehof naar 2026."),
    2026: V(2, "Eikenrode en Oostergoed Wonen voegen in 2026 gezamenlijk ten minste 95 sociale huurwoningen aan de voorraad toe, waarvan 60 in het plan Lindehof en 35 aan de Kanaalzijde. De gemeente zorgt ervoor dat de benodigde omgevingsvergunningen tijdig worden verleend en dat de grondprijzen voor sociale huur op het niveau van de nota grondprijzen blijven.",
            "Corporaties, gemeente", "Oplevering in 2026",
            F([C, G], "firm", [(95, "woningen", "min"), (60, "woningen", "exact"), (35, "woningen", "exact")], (2026, "in 2026"), True)),
}, {2025: ("weakened", ["quantity"], None), 2026: ("strengthened", ["quantity"], None)})

item("aandeel-sociaal", B, [B], {
    2024: V(2, "De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste 30% sociale huur, in lijn met de Woonvisie Oosterlinde 2022-2030 en de afspraken in de regionale woondeal.",
            "Gemeente", "Doorlopend", F([G], "firm", [(30, "%", "min")])),
    2025: V(2, "De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste 30% sociale huur, in lijn met de Woonvisie Oosterlinde 2022-2030 en de afspraken in de regionale woondeal.",
            "Gemeente", "Doorlopend", F([G], "firm", [(30, "%", "min")])),
    2026: V(2, "De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste 35% sociale huur, in lijn met de Woonvisie Oosterlinde 2022-2030 en de afspraken in de regionale woondeal.",
            "Gemeente", "Doorlopend", F([G], "firm", [(35, "%", "min")]),
            "Het hogere aandeel volgt uit de Wet versterking regie volkshuisvesting."),
}, {2025: ("unchanged", [], None), 2026: ("strengthened", ["quantity"], None)})

item("verkoop", B, [B], {
    2024: V(2, "Eikenrode verkoopt in 2024 maximaal 15 bestaande huurwoningen uit de sociale voorraad, uitsluitend bij mutatie en bij voorrang aan huishoudens uit Oosterlinde. Oostergoed Wonen verkoopt in 2024 geen sociale huurwoningen.",
            "Eikenrode", "2024", F([C], "firm", [(15, "woningen", "max")], (2024, "in 2024"), True)),
    2025: V(2, "Eikenrode verkoopt in 2025 maximaal 10 bestaande huurwoningen uit de sociale voorraad, uitsluitend bij mutatie en bij voorrang aan huishoudens uit Oosterlinde. Oostergoed Wonen verkoopt in 2025 geen sociale huurwoningen.",
            "Eikenrode", "2025", F([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
    2026: V(2, "In 2026 verkopen Eikenrode en Oostergoed Wonen geen woningen uit de sociale voorraad; de verkoopvijver van Eikenrode wordt voor de duur van deze afspraken bevroren.",
            "Corporaties", "2026", F([C], "firm", [(0, "woningen", "max")], (2026, "In 2026"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("strengthened", ["quantity"], None)})

item("liberalisatie", B, [B], {
    2024: V(2, "De corporaties liberaliseren in 2024 geen sociale huurwoningen, ook niet bij mutatie van woningen met een huurprijs nabij de liberalisatiegrens.",
            "Corporaties", "2024", F([C], "firm", [(0, "woningen", "max")], (2024, "in 2024"), True)),
    2025: V(2, "De corporaties liberaliseren in 2025 ten hoogste 5 sociale huurwoningen, uitsluitend in complexen waar het aandeel sociale huur boven de 80% ligt.",
            "Corporaties", "2025", F([C], "firm", [(5, "woningen", "max"), (80, "%", "min")], (2025, "in 2025"), True)),
    2026: V(2, "De corporaties liberaliseren in 2026 ten hoogste 5 sociale huurwoningen, uitsluitend in complexen waar het aandeel sociale huur boven de 80% ligt.",
            "Corporaties", "2026", F([C], "firm", [(5, "woningen", "max"), (80, "%", "min")], (2026, "in 2026"), True)),
}, {2025: ("weakened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})

item("huurverhoging", B, [B], {
    2024: V(2, "De corporaties beperken de jaarlijkse huurverhoging per 1 juli 2024 voor sociale huurwoningen tot maximaal de inflatie. Het voorstel voor de huuraanpassing wordt vooraf ter advisering voorgelegd aan de huurdersorganisaties.",
            "Corporaties", "Per 1 juli 2024", F([C], "firm", [], (2024, "per 1 juli 2024"), True)),
    2025: V(2, "De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 voor sociale huurwoningen ten minste 0,5% onder de inflatie. Het voorstel voor de huuraanpassing wordt vooraf ter advisering voorgelegd aan de huurdersorganisaties.",
            "Corporaties", "Per 1 juli 2025", F([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
    2026: V(2, "De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 voor sociale huurwoningen ten minste 0,5% onder de inflatie. Het voorstel voor de huuraanpassing wordt vooraf ter advisering voorgelegd aan de huurdersorganisaties.",
            "Corporaties", "Per 1 juli 2026", F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})

item("passend-toewijzen", B, [B], {
    2024: V(2, "De corporaties wijzen ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2024), zodat de woningen terechtkomen bij de primaire doelgroep.",
            "Corporaties", "Doorlopend", F([C], "firm", [(92.5, "%", "min"), (47699, "euro", "max")])),
    2025: V(2, "De corporaties wijzen ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 48.625 (prijspeil 2025), zodat de woningen terechtkomen bij de primaire doelgroep.",
            "Corporaties", "Doorlopend", F([C], "firm", [(92.5, "%", "min"), (48625, "euro", "max")])),
    2026: V(2, "De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.135 (prijspeil 2026), zodat de woningen terechtkomen bij de primaire doelgroep.",
            "Corporaties", "Doorlopend", F([C], "firm", [(95, "%", "min"), (49135, "euro", "max")])),
}, {2025: ("reworded", [], "indexed_amount"), 2026: ("strengthened", ["quantity"], None)})

item("vergunninghouders", B, [B, L], {
    2024: V(2, "De corporaties stellen in 2024 samen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te realiseren; voor Oosterlinde bedraagt deze 58 personen. De gemeente verzorgt de maatschappelijke begeleiding gedurende het eerste jaar na vestiging.",
            "Corporaties, gemeente", "2024", F([C, G], "firm", [(58, "personen", "exact")], (2024, "in 2024"), True)),
    2025: V(2, "De corporaties stellen in 2025 samen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te realiseren; voor Oosterlinde bedraagt deze 64 personen. De gemeente verzorgt de maatschappelijke begeleiding gedurende het eerste jaar na vestiging.",
            "Corporaties, gemeente", "2025", F([C, G], "firm", [(64, "personen", "exact")], (2025, "in 2025"), True)),
    2026: V(2, "De corporaties stellen in 2026 samen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te realiseren; voor Oosterlinde bedraagt deze 52 personen. De gemeente verzorgt de maatschappelijke begeleiding gedurende het eerste jaar na vestiging.",
            "Corporaties, gemeente", "2026", F([C, G], "firm", [(52, "personen", "exact")], (2026, "in 2026"), True)),
}, {2025: ("reworded", [], "external_figure"), 2026: ("reworded", [], "external_figure")})

item("wachttijd-starters", B, [B], {
    2024: V(2, "Eikenrode en Oostergoed Wonen brengen de gemiddelde inschrijfduur van starters bij toewijzing terug tot maximaal 4 jaar. Daartoe wordt jaarlijks ten minste 20% van de vrijkomende appartementen via loting aangeboden.",
            "Corporaties", "Eind 2024", F([C], "firm", [(4, "jaar", "max"), (20, "%", "min")], (2024, "eind 2024"))),
    2025: V(2, "Eikenrode en Oostergoed Wonen brengen de gemiddelde inschrijfduur van starters bij toewijzing terug tot maximaal 4,5 jaar. Daartoe wordt jaarlijks ten minste 20% van de vrijkomende appartementen via loting aangeboden.",
            "Corporaties", "Eind 2025", F([C], "firm", [(4.5, "jaar", "max"), (20, "%", "min")], (2025, "eind 2025"))),
    2026: V(2, "Eikenrode en Oostergoed Wonen brengen de gemiddelde inschrijfduur van starters bij toewijzing terug tot maximaal 3,5 jaar. Daartoe wordt jaarlijks ten minste 25% van de vrijkomende appartementen via loting aangeboden.",
            "Corporaties", "Eind 2026", F([C], "firm", [(3.5, "jaar", "max"), (25, "%", "min")], (2026, "eind 2026"))),
}, {2025: ("weakened", ["quantity"], None), 2026: ("strengthened", ["quantity"], None)})

item("doorstroming-senioren", B, [B], {
    2024: V(2, "Partijen onderzoeken in 2024 of een verhuisregeling voor senioren die een grote eengezinswoning achterlaten, met behoud van de oude huurprijs en een tegemoetkoming in de verhuiskosten, in Oosterlinde kan worden ingevoerd.",
            "Partijen", "Eind 2024", F([P], "explore", [], (2024, "in 2024"))),
    2025: V(2, "Per 1 januari 2025 hanteren de corporaties een doorstroomregeling voor senioren die een grote eengezinswoning achterlaten, waarbij zij hun huurprijs meenemen naar de nieuwe woning en een verhuisvergoeding van € 2.500 ontvangen.",
            "Corporaties", "Per 1 januari 2025", F([C], "firm", [(2500, "euro", "exact")], (2025, "Per 1 januari 2025"))),
    2026: V(2, "Sinds 1 januari 2025 hanteren de corporaties een doorstroomregeling voor senioren die een grote eengezinswoning achterlaten, waarbij zij hun huurprijs meenemen naar de nieuwe woning en een verhuisvergoeding van € 2.500 ontvangen.",
            "Corporaties", "Doorlopend", F([C], "firm", [(2500, "euro", "exact")])),
}, {2025: ("strengthened", ["modality"], None), 2026: ("reworded", [], "same_figures")})

item("huurachterstand", B, [B, L], {
    2024: V(2, "De corporaties nemen uiterlijk na 2 maanden huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
            "Corporaties", "Doorlopend", F([C], "firm", [(2, "maanden", "max")])),
    2025: V(2, "De corporaties nemen uiterlijk na 1 maand huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
            "Corporaties", "Doorlopend", F([C], "firm", [(1, "maanden", "max")])),
    2026: V(2, "De corporaties nemen uiterlijk na 1 maand huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
            "Corporaties", "Doorlopend", F([C], "firm", [(1, "maanden", "max")])),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("unchanged", [], None)})

item("huisuitzettingen", B, [B, L], {
    2024: V(2, "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te beperken tot maximaal 4. Een ontruiming wordt pas aangevraagd nadat de gemeente de gelegenheid heeft gehad om schuldhulpverlening aan te bieden.",
            "Partijen", "2024", F([P], "intent", [(4, "huisuitzettingen", "max")], (2024, "in 2024"), True)),
    2025: V(2, "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot maximaal 4. Een ontruiming wordt pas aangevraagd nadat de gemeente de gelegenheid heeft gehad om schuldhulpverlening aan te bieden.",
            "Partijen", "2025", F([P], "intent", [(4, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    2026: V(2, "Partijen voorkomen in 2026 iedere huisuitzetting die uitsluitend het gevolg is van huurachterstand. Een ontruiming wordt pas aangevraagd nadat de gemeente de gelegenheid heeft gehad om schuldhulpverlening aan te bieden.",
            "Partijen", "2026", F([P], "firm", [(0, "huisuitzettingen", "max")], (2026, "in 2026"), True),
            "Landelijk is met de Woonbond en Aedes de ambitie uitgesproken om huisuitzettingen vanwege betalingsachterstand te voorkomen."),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("strengthened", ["quantity", "modality"], None)})

item("spoedzoekers-onderzoek", B, [B], {
    2024: V(2, "Eikenrode bekijkt in 2024 de mogelijkheid om op een braakliggend terrein in de Stationsbuurt tijdelijke woningen voor spoedzoekers te plaatsen, en legt de uitkomst voor aan de gemeente.",
            "Eikenrode", "Q4 2024", F([C], "explore", [], (2024, "in 2024"))),
}, {2025: ("dropped", [], None)})

item("flexwonen", B, [B], {
    2025: V(2, "De gemeente wijst in 2025 een locatie aan voor 24 tijdelijke woningen voor spoedzoekers, zoals gescheiden ouders en jongeren die uitstromen uit de jeugdzorg. Oostergoed Wonen plaatst de woningen en verhuurt ze met een tijdelijk huurcontract van maximaal vijf jaar.",
            "Gemeente, Oostergoed Wonen", "Locatiebesluit Q3 2025", F([G, C], "firm", [(24, "woningen", "exact"), (5, "jaar", "max")], (2025, "in 2025"))),
    2026: V(2, "Oostergoed Wonen plaatst vóór eind 2026 op de door de gemeente aangewezen locatie aan de Molenweg 24 tijdelijke woningen voor spoedzoekers, waaronder gescheiden ouders en jongeren die uitstromen uit de jeugdzorg, en verhuurt deze met een tijdelijk huurcontract van maximaal vijf jaar.",
            "Oostergoed Wonen", "Oplevering eind 2026", F([C], "firm", [(24, "woningen", "exact"), (5, "jaar", "max")], (2026, "vóór eind 2026"))),
}, {2025: ("new", [], None), 2026: ("reworded", [], None)})

item("middenhuur-molenakker", B, [B], {
    2025: V(2, "De gemeente verkent in 2025 samen met Oostergoed Wonen of op de locatie Molenakker 30 tot 40 middenhuurwoningen kunnen worden gerealiseerd, en legt de uitkomst van die verkenning voor aan de andere partijen.",
            "Gemeente, Oostergoed Wonen", "Eind 2025", F([G, C], "explore", [(30, "woningen", "range", 40)], (2025, "in 2025"))),
    2026: V(2, "Oostergoed Wonen realiseert op de locatie Molenakker 36 middenhuurwoningen met een huur onder de middenhuurgrens; de start van de bouw is voorzien in het vierde kwartaal van 2026.",
            "Oostergoed Wonen", "Start bouw Q4 2026", F([C], "firm", [(36, "woningen", "exact")], (2026, "in het vierde kwartaal van 2026"))),
}, {2025: ("new", [], None), 2026: ("strengthened", ["modality"], None)})

item("uitstroom-bw-mo", B, [B, K], {
    2024: V(2, "De corporaties stellen jaarlijks gezamenlijk 18 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang. De gemeente zorgt voor passende begeleiding zolang dat nodig is.",
            "Corporaties, gemeente", "Jaarlijks", F([C, G], "firm", [(18, "woningen", "exact")], None, True)),
    2025: V(4, "De corporaties stellen jaarlijks gezamenlijk 18 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en de maatschappelijke opvang, waarbij de gemeente zorgdraagt voor passende begeleiding zolang die nodig is.",
            "Corporaties, gemeente", "Jaarlijks", F([C, G], "firm", [(18, "woningen", "exact")], None, True)),
    2026: V(4, "De corporaties stellen jaarlijks gezamenlijk 14 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en de maatschappelijke opvang, mits de gemeente per kandidaat een begeleidingsplan aanlevert en zorgdraagt voor passende begeleiding zolang die nodig is.",
            "Corporaties, gemeente", "Jaarlijks", F([C, G], "firm", [(14, "woningen", "exact")], None, True, ["mits de gemeente per kandidaat een begeleidingsplan aanlevert"])),
}, {2025: ("reworded", [], "same_figures"), 2026: ("weakened", ["quantity", "condition"], None)})

item("urgentieregeling", B, [B], {
    2024: V(2, "De gemeente herziet de urgentieregeling in de huisvestingsverordening uiterlijk eind 2025, in overleg met de corporaties en de huurdersorganisaties.",
            "Gemeente", "Eind 2025", F([G], "firm", [], (2025, "uiterlijk eind 2025"))),
    2025: V(2, "De gemeente herziet de urgentieregeling in de huisvestingsverordening uiterlijk 1 juli 2025, in overleg met de corporaties en de huurdersorganisaties.",
            "Gemeente", "1 juli 2025", F([G], "firm", [], (2025, "uiterlijk 1 juli 2025"))),
}, {2025: ("strengthened", ["deadline"], None), 2026: ("dropped", [], None)})

# ---------------------------------------------------------------- 3 Duurzaamheid
item("label-d", D, [D], {
    2026: V(3, "De corporaties hebben uiterlijk eind 2028 geen woningen meer met energielabel D en leggen in het eerste kwartaal van 2026 per complex een planning daarvoor voor aan de huurdersorganisaties.",
            "Corporaties", "Planning Q1 2026; eind 2028", F([C], "firm", [], (2028, "uiterlijk eind 2028")), ),
}, {2026: ("new", [], None)})

item("label-efg", D, [D], {
    2024: V(3, "De corporaties hebben eind 2025 geen woningen meer met een energielabel E, F of G; in 2024 worden daartoe 140 woningen met een E-, F- of G-label verbeterd.",
            "Corporaties", "Eind 2025", F([C], "firm", [(140, "woningen", "exact")], (2025, "eind 2025"))),
    2025: V(3, "De corporaties hebben eind 2025 geen woningen meer met een energielabel E, F of G; in 2025 worden daartoe de resterende 62 woningen met een E-, F- of G-label verbeterd.",
            "Corporaties", "Eind 2025", F([C], "firm", [(62, "woningen", "exact")], (2025, "eind 2025")),
            "In 2024 zijn 78 woningen verbeterd; bij 62 woningen was instemming van bewoners nog niet rond."),
}, {2025: ("reworded", [], "progress"), 2026: ("dropped", [], None)})

item("label-gemiddeld", D, [D], {
    2024: V(3, "De corporaties brengen het gemiddelde energielabel van hun woningbezit in Oosterlinde uiterlijk eind 2027 op label B.",
            "Corporaties", "Eind 2027", F([C], "firm", [("B", "label", "min")], (2027, "uiterlijk eind 2027"))),
    2025: V(3, "De corporaties brengen het gemiddelde energielabel van hun woningbezit in Oosterlinde uiterlijk eind 2027 op label C.",
            "Corporaties", "Eind 2027", F([C], "firm", [("C", "label", "min")], (2027, "uiterlijk eind 2027")),
            "Door netcongestie kunnen volledig elektrische oplossingen in een deel van het bezit later worden toegepast."),
    2026: V(3, "De corporaties brengen het gemiddelde energielabel van hun woningbezit in Oosterlinde uiterlijk eind 2027 op label C.",
            "Corporaties", "Eind 2027", F([C], "firm", [("C", "label", "min")], (2027, "uiterlijk eind 2027"))),
}, {2025: ("weakened", ["label"], None), 2026: ("unchanged", [], None)})

item("isolatie", D, [D], {
    2024: V(3, "Oostergoed Wonen isoleert in 2024 de daken, gevels en vloeren van 120 eengezinswoningen in de wijk Kanaalzijde.",
            "Oostergoed Wonen", "2024", F([C], "firm", [(120, "woningen", "exact")], (2024, "in 2024"), True)),
    2025: V(3, "Oostergoed Wonen isoleert in 2025 de daken, gevels en vloeren van 150 eengezinswoningen in de wijken Kanaalzijde en Lindehof.",
            "Oostergoed Wonen", "2025", F([C], "firm", [(150, "woningen", "exact")], (2025, "in 2025"), True)),
    2026: V(3, "Oostergoed Wonen isoleert in 2026, onder voorbehoud van toekenning van de Rijkssubsidie voor verduurzaming, de daken, gevels en vloeren van 150 eengezinswoningen in de wijken Kanaalzijde en Lindehof.",
            "Oostergoed Wonen", "2026", F([C], "firm", [(150, "woningen", "exact")], (2026, "in 2026"), True,
                                          ["onder voorbehoud van toekenning van de Rijkssubsidie voor verduurzaming"])),
}, {2025: ("strengthened", ["quantity", "scope"], None), 2026: ("weakened", ["condition"], None)})

item("zonnepanelen", D, [D, B], {
    2024: V(3, "Eikenrode plaatst in 2024 zonnepanelen op 200 grondgebonden huurwoningen, indien de huurder daarmee instemt; de huurverhoging voor de panelen blijft lager dan de gemiddelde besparing op de energierekening.",
            "Eikenrode", "2024", F([C], "firm", [(200, "woningen", "exact")], (2024, "in 2024"), True, ["indien de huurder daarmee instemt"])),
    2025: V(3, "Eikenrode plaatst in 2025 zonnepanelen op 150 grondgebonden huurwoningen, indien de huurder daarmee instemt; de huurverhoging voor de panelen blijft lager dan de gemiddelde besparing op de energierekening.",
            "Eikenrode", "2025", F([C], "firm", [(150, "woningen", "exact")], (2025, "in 2025"), True, ["indien de huurder daarmee instemt"])),
    2026: V(3, "Eikenrode plaatst in 2026 zonnepanelen op 150 grondgebonden huurwoningen, indien de huurder daarmee instemt; voor de panelen wordt geen huurverhoging in rekening gebracht.",
            "Eikenrode", "2026", F([C], "firm", [(150, "woningen", "exact"), (0, "euro", "max")], (2026, "in 2026"), True, ["indien de huurder daarmee instemt"])),
}, {2025: ("weakened", ["quantity"], None), 2026: ("strengthened", ["quantity"], None)})

item("warmtenet-lindehof", D, [D], {
    2024: V(3, "Partijen werken in 2024 samen aan het wijkuitvoeringsplan voor de aansluiting van de wijk Lindehof op het warmtenet. De corporaties zeggen toe hun complexen in Lindehof aan te sluiten zodra het warmtenet beschikbaar is.",
            "Partijen", "Wijkuitvoeringsplan 2024", F([P, C], "firm", [], (2024, "in 2024"))),
    2025: V(3, "Partijen werken samen aan het wijkuitvoeringsplan voor de aansluiting van de wijk Lindehof op het warmtenet. De corporaties zetten zich in om hun complexen in Lindehof aan te sluiten zodra het warmtenet beschikbaar is, mits de woonlasten voor huurders niet hoger uitvallen dan bij een hybride warmtepomp.",
            "Partijen", "Doorlopend", F([P, C], "intent", [], None, False, ["mits de woonlasten voor huurders niet hoger uitvallen dan bij een hybride warmtepomp"])),
    2026: V(3, "Partijen werken samen aan het wijkuitvoeringsplan voor de aansluiting van de wijk Lindehof op het warmtenet. De corporaties zetten zich in om hun complexen in Lindehof aan te sluiten zodra het warmtenet beschikbaar is, mits de woonlasten voor huurders niet hoger uitvallen dan bij een hybride warmtepomp.",
            "Partijen", "Doorlopend", F([P, C], "intent", [], None, False, ["mits de woonlasten voor huurders niet hoger uitvallen dan bij een hybride warmtepomp"])),
}, {2025: ("weakened", ["modality", "condition"], None), 2026: ("unchanged", [], None)})

item("hybride-warmtepompen", D, [D], {
    2024: V(3, "Eikenrode biedt in alle complexen met een cv-ketel ouder dan vijftien jaar bij vervanging van de ketel een hybride warmtepomp aan.",
            "Eikenrode", "Doorlopend", F([C], "firm", [(15, "jaar", "min")])),
    2025: V(3, "Eikenrode biedt in een pilot in twee complexen in de wijk Oosterveld bij vervanging van de cv-ketel een hybride warmtepomp aan en evalueert de ervaringen van de huurders aan het einde van het jaar.",
            "Eikenrode", "Pilot 2025", F([C], "firm", [(2, "complexen", "exact")], (2025, "aan het einde van het jaar"))),
    2026: V(3, "Eikenrode biedt in alle complexen in de wijken Oosterveld en Kanaalzijde bij vervanging van de cv-ketel een hybride warmtepomp aan, op basis van de evaluatie van de pilot.",
            "Eikenrode", "Doorlopend", F([C], "firm", [])),
}, {2025: ("weakened", ["scope"], None), 2026: ("strengthened", ["scope"], None)})

item("energiecoaches", D, [D, L], {
    2024: V(3, "De gemeente zet in 2024 vijf energiecoaches in die huurders met een laag inkomen ondersteunen bij het verlagen van hun energieverbruik; de corporaties en huurdersorganisaties maken de inzet van de coaches actief bekend.",
            "Gemeente", "2024", F([G, C, H], "firm", [(5, "energiecoaches", "exact")], (2024, "in 2024"), True)),
    2025: V(3, "De gemeente zet in 2025 vijf energiecoaches in die huurders met een laag inkomen ondersteunen bij het verlagen van hun energieverbruik; de corporaties en huurdersorganisaties maken de inzet van de coaches actief bekend.",
            "Gemeente", "2025", F([G, C, H], "firm", [(5, "energiecoaches", "exact")], (2025, "in 2025"), True)),
    2026: V(3, "De gemeente zet in 2026, voor zover de middelen uit de Rijksuitkering energiearmoede dat toelaten, vijf energiecoaches in die huurders met een laag inkomen ondersteunen bij het verlagen van hun energieverbruik; de corporaties en huurdersorganisaties maken de inzet van de coaches actief bekend.",
            "Gemeente", "2026", F([G, C, H], "firm", [(5, "energiecoaches", "exact")], (2026, "in 2026"), True,
                                  ["voor zover de middelen uit de Rijksuitkering energiearmoede dat toelaten"])),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("weakened", ["condition"], None)})

item("klimaatadaptatie", D, [D], {
    2024: V(3, "Partijen verkennen in 2024 hoe bij groot onderhoud aan daken en tuinen hittestress en wateroverlast kunnen worden beperkt, bijvoorbeeld met groene daken, regentonnen en het ontharden van voortuinen.",
            "Partijen", "2024", F([P], "explore", [], (2024, "in 2024"))),
    2025: V(3, "Bij groot onderhoud aan daken en tuinen worden hittestress en wateroverlast beperkt door het aanleggen van groene daken op platte daken en het ontharden van voortuinen, in overleg met de huurders.",
            "Corporaties", "Bij groot onderhoud", F([C], "firm", [])),
    2026: V(3, "Bij groot onderhoud aan daken en tuinen worden, waar dat technisch mogelijk is, hittestress en wateroverlast beperkt door het aanleggen van groene daken op platte daken en het ontharden van voortuinen, in overleg met de huurders.",
            "Corporaties", "Bij groot onderhoud", F([C], "firm", [], None, False, ["waar dat technisch mogelijk is"])),
}, {2025: ("strengthened", ["modality"], None), 2026: ("weakened", ["condition"], None)})

item("netcongestie", D, [D, B], {
    2026: V(3, "Partijen gaan in 2026 gezamenlijk in gesprek met de netbeheerder over voorrang voor sociale huurwoningen bij nieuwe netaansluitingen en bij de verzwaring van bestaande aansluitingen.",
            "Partijen", "2026", F([P], "discuss", [], (2026, "in 2026"))),
}, {2026: ("new", [], None)})

# ---------------------------------------------------------------- 4 Kwaliteit
item("vocht-schimmel", K, [K], {
    2024: V(4, "De corporaties nemen meldingen van vocht en schimmel binnen 5 werkdagen in behandeling en stellen binnen 4 weken samen met de huurder een plan van aanpak op.",
            "Corporaties", "Doorlopend", F([C], "firm", [(5, "dagen", "max"), (4, "weken", "max")])),
    2025: V(4, "De corporaties nemen meldingen van vocht en schimmel binnen 3 werkdagen in behandeling en stellen binnen 4 weken samen met de huurder een plan van aanpak op.",
            "Corporaties", "Doorlopend", F([C], "firm", [(3, "dagen", "max"), (4, "weken", "max")])),
    2026: V(4, "De corporaties nemen meldingen van vocht en schimmel binnen 2 werkdagen in behandeling en stellen binnen 6 weken samen met de huurder een plan van aanpak op.",
            "Corporaties", "Doorlopend", F([C], "firm", [(2, "dagen", "max"), (6, "weken", "max")])),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("modified", ["quantity"], None)})

item("reparaties", K, [K], {
    2024: V(4, "Spoedreparaties worden binnen 24 uur verholpen; overige reparatieverzoeken worden binnen 10 werkdagen uitgevoerd.",
            "Corporaties", "Doorlopend", F([C], "firm", [(24, "uur", "max"), (10, "dagen", "max")])),
    2025: V(4, "Spoedreparaties worden binnen 24 uur verholpen; overige reparatieverzoeken worden binnen 10 werkdagen uitgevoerd.",
            "Corporaties", "Doorlopend", F([C], "firm", [(24, "uur", "max"), (10, "dagen", "max")])),
    2026: V(4, "Spoedreparaties worden binnen 24 uur verholpen; overige reparatieverzoeken worden binnen 15 werkdagen uitgevoerd, tenzij daarvoor onderdelen moeten worden besteld.",
            "Corporaties", "Doorlopend", F([C], "firm", [(24, "uur", "max"), (15, "dagen", "max")], None, False,
                                          ["tenzij daarvoor onderdelen moeten worden besteld"])),
}, {2025: ("unchanged", [], None), 2026: ("weakened", ["quantity", "condition"], None)})

item("hof-van-oost-toegankelijk", K, [K], {
    2024: V(4, "Oostergoed Wonen maakt vóór 1 oktober 2024 de 32 appartementen in het complex Hof van Oost rolstoeltoegankelijk door drempels te verwijderen en de entreedeuren te automatiseren.",
            "Oostergoed Wonen", "Vóór 1 oktober 2024", F([C], "firm", [(32, "woningen", "exact")], (2024, "vóór 1 oktober 2024"))),
    2025: V(4, "Oostergoed Wonen maakt vóór 1 april 2025 de 32 appartementen in het complex Hof van Oost rolstoeltoegankelijk door drempels te verwijderen en de entreedeuren te automatiseren.",
            "Oostergoed Wonen", "Vóór 1 april 2025", F([C], "firm", [(32, "woningen", "exact")], (2025, "vóór 1 april 2025")),
            "De levering van de deurautomaten liep vertraging op."),
}, {2025: ("weakened", ["deadline"], None), 2026: ("dropped", [], None)})

item("woningaanpassingen-wmo", K, [K], {
    2024: V(4, "De gemeente en de corporaties handelen aanvragen voor woningaanpassingen vanuit de Wmo binnen 8 weken af; kleine aanpassingen tot € 1.000 voeren de corporaties zelf en op eigen kosten uit.",
            "Gemeente, corporaties", "Doorlopend", F([G, C], "firm", [(8, "weken", "max"), (1000, "euro", "max")])),
    2025: V(4, "De gemeente en de corporaties handelen aanvragen voor woningaanpassingen vanuit de Wmo binnen 8 weken af; kleine aanpassingen tot € 1.000 voeren de corporaties zelf en op eigen kosten uit.",
            "Gemeente, corporaties", "Doorlopend", F([G, C], "firm", [(8, "weken", "max"), (1000, "euro", "max")])),
    2026: V(4, "De gemeente en de corporaties handelen aanvragen voor woningaanpassingen vanuit de Wmo binnen 6 weken af; kleine aanpassingen tot € 1.500 voeren de corporaties zelf en op eigen kosten uit.",
            "Gemeente, corporaties", "Doorlopend", F([G, C], "firm", [(6, "weken", "max"), (1500, "euro", "max")])),
}, {2025: ("unchanged", [], None), 2026: ("strengthened", ["quantity"], None)})

item("huurdersoordeel", K, [K], {
    2024: V(4, "De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor reparaties en voor nieuwe huurders, en bespreken de uitkomsten van de Aedes-benchmark jaarlijks met de huurdersorganisaties.",
            "Corporaties", "Jaarlijks", F([C], "intent", [(7.5, "rapportcijfer", "min")], None, True)),
    2025: V(4, "De corporaties behalen een gemiddeld huurdersoordeel van ten minste een 7,5 voor reparaties en voor nieuwe huurders, en bespreken de uitkomsten van de Aedes-benchmark jaarlijks met de huurdersorganisaties.",
            "Corporaties", "Jaarlijks", F([C], "firm", [(7.5, "rapportcijfer", "min")], None, True)),
    2026: V(4, "De corporaties behalen een gemiddeld huurdersoordeel van ten minste een 7,5 voor reparaties en voor nieuwe huurders, en bespreken de uitkomsten van de Aedes-benchmark jaarlijks met de huurdersorganisaties.",
            "Corporaties", "Jaarlijks", F([C], "firm", [(7.5, "rapportcijfer", "min")], None, True)),
}, {2025: ("strengthened", ["modality"], None), 2026: ("unchanged", [], None)})

item("brandveiligheid-scan", K, [K], {
    2024: V(4, "Eikenrode voert in 2024 in alle portiekflats een brandveiligheidsscan uit en plaatst rookmelders in alle woningen die daar nog niet over beschikken.",
            "Eikenrode", "Eind 2024", F([C], "firm", [], (2024, "in 2024"))),
}, {2025: ("dropped", [], None)})

item("rookmelders-mutatie", K, [K], {
    2025: V(4, "Oostergoed Wonen en Eikenrode controleren in 2025 bij elke mutatie de aanwezigheid en werking van rookmelders en koolmonoxidemelders en vervangen deze waar nodig.",
            "Corporaties", "2025", F([C], "firm", [], (2025, "in 2025"), True)),
    2026: V(4, "Oostergoed Wonen en Eikenrode controleren in 2026 bij elke mutatie de aanwezigheid en werking van rookmelders en koolmonoxidemelders en vervangen deze waar nodig.",
            "Corporaties", "2026", F([C], "firm", [], (2026, "in 2026"), True)),
}, {2025: ("new", [], None), 2026: ("reworded", [], "recurring_year")})

item("behoefte-zorgwoningen", K, [K, B], {
    2024: V(4, "Partijen brengen in 2024 op basis van de regionale Woonzorgvisie in beeld hoeveel zorggeschikte en levensloopbestendige woningen tot 2030 in Oosterlinde nodig zijn.",
            "Partijen", "Q3 2024", F([P], "firm", [], (2024, "in 2024"))),
}, {2025: ("dropped", [], None)})

item("zorggeschikte-woningen", K, [K, B], {
    2025: V(4, "Op basis van de in 2024 opgestelde behoefteraming realiseren de corporaties tot en met 2030 ten minste 120 zorggeschikte woningen, door nieuwbouw en door aanpassing van bestaande woningen, waarvan 40 in de periode 2025-2026.",
            "Corporaties", "2025-2030", F([C], "firm", [(120, "woningen", "min"), (40, "woningen", "exact")], (2030, "tot en met 2030"))),
    2026: V(4, "Op basis van de in 2024 opgestelde behoefteraming realiseren de corporaties tot en met 2030 ten minste 100 zorggeschikte woningen, door nieuwbouw en door aanpassing van bestaande woningen, waarvan 30 in de periode 2025-2026.",
            "Corporaties", "2025-2030", F([C], "firm", [(100, "woningen", "min"), (30, "woningen", "exact")], (2030, "tot en met 2030"))),
}, {2025: ("new", [], None), 2026: ("weakened", ["quantity"], None)})

# ---------------------------------------------------------------- 5 Leefbaarheid
item("leefbaarheidsbudget", L, [L], {
    2024: V(5, "De corporaties besteden in 2024 gezamenlijk € 160.000 aan leefbaarheid in de wijken, binnen de wettelijke grens per woning; de besteding wordt vooraf afgestemd met de huurdersorganisaties.",
            "Corporaties", "2024", F([C], "firm", [(160000, "euro", "exact")], (2024, "in 2024"), True)),
    2025: V(5, "De corporaties besteden in 2025 gezamenlijk € 185.000 aan leefbaarheid in de wijken, binnen de wettelijke grens per woning; de besteding wordt vooraf afgestemd met de huurdersorganisaties.",
            "Corporaties", "2025", F([C], "firm", [(185000, "euro", "exact")], (2025, "in 2025"), True)),
    2026: V(5, "De corporaties besteden in 2026 gezamenlijk € 185.000 aan leefbaarheid in de wijken, binnen de wettelijke grens per woning; de besteding wordt vooraf afgestemd met de huurdersorganisaties.",
            "Corporaties", "2026", F([C], "firm", [(185000, "euro", "exact")], (2026, "in 2026"), True)),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})

item("wijkbeheerders", L, [L], {
    2024: V(5, "Eikenrode en Oostergoed Wonen zetten in alle wijken met meer dan 300 huurwoningen een wijkbeheerder in die ten minste één dag per week fysiek in de wijk aanwezig is.",
            "Corporaties", "Doorlopend", F([C], "firm", [(300, "woningen", "min"), (1, "dagen per week", "min")])),
    2025: V(5, "Eikenrode en Oostergoed Wonen zetten in de wijken Kanaalzijde en Oosterveld een wijkbeheerder in die ten minste één dag per week fysiek in de wijk aanwezig is.",
            "Corporaties", "Doorlopend", F([C], "firm", [(1, "dagen per week", "min")])),
    2026: V(5, "Eikenrode en Oostergoed Wonen zetten in de wijken Kanaalzijde en Oosterveld een wijkbeheerder in die ten minste twee dagen per week fysiek in de wijk aanwezig is.",
            "Corporaties", "Doorlopend", F([C], "firm", [(2, "dagen per week", "min")])),
}, {2025: ("weakened", ["scope"], None), 2026: ("strengthened", ["quantity"], None)})

item("woonoverlast", L, [L], {
    2024: V(5, "Gemeente, corporaties en politie werken bij ernstige woonoverlast volgens het convenant Aanpak Woonoverlast Oosterlinde; het eerste casusoverleg vindt binnen twee weken na de melding plaats.",
            "Gemeente", "Doorlopend", F([G, C, "other"], "firm", [(2, "weken", "max")])),
    2025: V(5, "Gemeente, corporaties en politie werken bij ernstige woonoverlast volgens het convenant Aanpak Woonoverlast Oosterlinde; het eerste casusoverleg vindt binnen twee weken na de melding plaats.",
            "Gemeente", "Doorlopend", F([G, C, "other"], "firm", [(2, "weken", "max")])),
    2026: V(5, "Bij ernstige woonoverlast werken gemeente, corporaties en politie samen volgens het convenant Aanpak Woonoverlast Oosterlinde, waarbij het eerste casusoverleg binnen twee weken na de melding wordt belegd.",
            "Gemeente", "Doorlopend", F([G, C, "other"], "firm", [(2, "weken", "max")])),
}, {2025: ("unchanged", [], None), 2026: ("reworded", [], "same_figures")})

item("zachte-landing", L, [L], {
    2024: V(5, "De gemeente onderzoekt of de pilot Zachte Landing, waarbij nieuwe huurders met een kwetsbare achtergrond in het eerste jaar een vaste contactpersoon krijgen, kan worden uitgebreid naar heel Oosterlinde.",
            "Gemeente", "Eind 2024", F([G], "explore", [], (2024, "Eind 2024"))),
    2025: V(5, "De pilot Zachte Landing, waarbij nieuwe huurders met een kwetsbare achtergrond in het eerste jaar een vaste contactpersoon krijgen, wordt per 1 maart 2025 uitgebreid naar heel Oosterlinde.",
            "Gemeente, corporaties", "Per 1 maart 2025", F([G, C], "firm", [], (2025, "per 1 maart 2025"))),
    2026: V(5, "De werkwijze Zachte Landing wordt in heel Oosterlinde voortgezet: nieuwe huurders met een kwetsbare achtergrond krijgen in het eerste jaar na hun verhuizing een vaste contactpersoon bij de corporatie of het wijkteam.",
            "Gemeente, corporaties", "Doorlopend", F([G, C], "firm", [])),
}, {2025: ("strengthened", ["modality"], None), 2026: ("reworded", [], None)})

item("bewonersinitiatieven", L, [L, O], {
    2024: V(5, "De huurdersorganisaties stimuleren bewonersinitiatieven onder hun achterban en brengen ten minste tweemaal per jaar signalen over de leefbaarheid in bij het wijkoverleg.",
            "Huurdersorganisaties", "Tweemaal per jaar", F([H], "firm", [(2, "keer per jaar", "min")], None, True)),
    2025: V(5, "De huurdersorganisaties stimuleren bewonersinitiatieven onder hun achterban en brengen ten minste viermaal per jaar signalen over de leefbaarheid in bij het wijkoverleg.",
            "Huurdersorganisaties", "Viermaal per jaar", F([H], "firm", [(4, "keer per jaar", "min")], None, True)),
    2026: V(5, "De huurdersorganisaties gaan met de corporaties in gesprek over de wijze waarop bewonersinitiatieven en signalen over de leefbaarheid uit hun achterban in het wijkoverleg kunnen worden ingebracht.",
            "Huurdersorganisaties", "2026", F([H], "discuss", [])),
}, {2025: ("strengthened", ["quantity"], None), 2026: ("weakened", ["modality", "quantity"], None)})

item("ontmoeting-hof-van-oost", L, [L], {
    2024: V(5, "Oostergoed Wonen stelt de ontmoetingsruimte in Hof van Oost kosteloos beschikbaar aan bewoners en welzijnsorganisaties, en de gemeente financiert in 2024 de inzet van een opbouwwerker voor acht uur per week.",
            "Oostergoed Wonen, gemeente", "2024", F([C, G], "firm", [(8, "uur per week", "exact")], (2024, "in 2024"), True)),
    2025: V(5, "Oostergoed Wonen stelt de ontmoetingsruimte in Hof van Oost kosteloos beschikbaar aan bewoners en welzijnsorganisaties, en de gemeente financiert in 2025 de inzet van een opbouwwerker voor acht uur per week.",
            "Oostergoed Wonen, gemeente", "2025", F([C, G], "firm", [(8, "uur per week", "exact")], (2025, "in 2025"), True)),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("dropped", [], None)})

item("buurtkamer-kanaalzijde", L, [L], {
    2026: V(5, "De gemeente en Eikenrode onderzoeken in 2026 of in de Kanaalzijde een buurtkamer kan worden ingericht in een leegstaande bedrijfsruimte van Eikenrode, als ontmoetingsplek voor oudere en eenzame bewoners.",
            "Gemeente, Eikenrode", "2026", F([G, C], "explore", [], (2026, "in 2026"))),
}, {2026: ("new", [], None)})

item("wijkschouw", L, [L], {
    2024: V(5, "Partijen houden in 2024 in elke wijk ten minste één wijkschouw met bewoners, waarvan de bevindingen binnen drie maanden worden opgevolgd.",
            "Partijen", "2024", F([P], "firm", [(1, "wijkschouw", "min"), (3, "maanden", "max")], (2024, "in 2024"), True)),
    2025: V(5, "Partijen houden in 2025 in elke wijk ten minste één wijkschouw met bewoners, waarvan de bevindingen binnen drie maanden worden opgevolgd.",
            "Partijen", "2025", F([P], "firm", [(1, "wijkschouw", "min"), (3, "maanden", "max")], (2025, "in 2025"), True)),
    2026: V(5, "Partijen houden in 2026 in elke wijk ten minste twee wijkschouwen met bewoners, waarvan de bevindingen binnen drie maanden worden opgevolgd.",
            "Partijen", "2026", F([P], "firm", [(2, "wijkschouw", "min"), (3, "maanden", "max")], (2026, "in 2026"), True)),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("strengthened", ["quantity"], None)})

# ---------------------------------------------------------------- 6 Proces
item("monitoring", O, [O], {
    2024: V(6, "Partijen monitoren de voortgang van deze afspraken tweemaal per jaar in het bestuurlijk overleg; de corporaties leveren de cijfers uiterlijk vier weken voor het overleg aan.",
            "Partijen", "Voorjaar en najaar", F([P, C], "firm", [(2, "keer per jaar", "exact"), (4, "weken", "min")], None, True)),
    2025: V(6, "Partijen monitoren de voortgang van deze afspraken tweemaal per jaar in het bestuurlijk overleg; de corporaties leveren de cijfers uiterlijk vier weken voor het overleg aan.",
            "Partijen", "Voorjaar en najaar", F([P, C], "firm", [(2, "keer per jaar", "exact"), (4, "weken", "min")], None, True)),
    2026: V(6, "Partijen monitoren de voortgang van deze afspraken eenmaal per jaar in het bestuurlijk overleg; de corporaties leveren de cijfers uiterlijk vier weken voor het overleg aan.",
            "Partijen", "Najaar", F([P, C], "firm", [(1, "keer per jaar", "exact"), (4, "weken", "min")], None, True)),
}, {2025: ("unchanged", [], None), 2026: ("weakened", ["quantity"], None)})

item("dashboard", O, [O], {
    2025: V(6, "Partijen ontwikkelen in 2025 een gezamenlijk digitaal dashboard waarin de voortgang van de afspraken per kwartaal zichtbaar is voor bestuurders, raadsleden en huurders.",
            "Gemeente", "Eind 2025", F([P], "firm", [], (2025, "in 2025"))),
    2026: V(6, "Partijen ontwikkelen een gezamenlijk digitaal dashboard waarin de voortgang van de afspraken per kwartaal zichtbaar is voor bestuurders, raadsleden en huurders; het dashboard wordt in het tweede kwartaal van 2026 in gebruik genomen.",
            "Gemeente", "Q2 2026", F([P], "firm", [], (2026, "in het tweede kwartaal van 2026"))),
}, {2025: ("new", [], None), 2026: ("weakened", ["deadline"], None)})

item("bod-cyclus", O, [O], {
    2024: V(6, "De corporaties brengen vóór 1 juli 2024 hun bod op de woonvisie uit, waarna partijen uiterlijk 15 december 2024 de prestatieafspraken voor 2025 ondertekenen.",
            "Corporaties, partijen", "1 juli en 15 december 2024", F([C, P], "firm", [], (2024, "uiterlijk 15 december 2024"), True)),
    2025: V(6, "De corporaties brengen vóór 1 juli 2025 hun bod op de woonvisie uit, waarna partijen uiterlijk 15 december 2025 de prestatieafspraken voor 2026 ondertekenen.",
            "Corporaties, partijen", "1 juli en 15 december 2025", F([C, P], "firm", [], (2025, "uiterlijk 15 december 2025"), True)),
    2026: V(6, "De corporaties brengen vóór 1 juli 2026 hun bod op de woonvisie uit, waarna partijen uiterlijk 15 december 2026 de prestatieafspraken voor 2027 ondertekenen.",
            "Corporaties, partijen", "1 juli en 15 december 2026", F([C, P], "firm", [], (2026, "uiterlijk 15 december 2026"), True)),
}, {2025: ("reworded", [], "recurring_year"), 2026: ("reworded", [], "recurring_year")})

item("ondersteuning-huurders", O, [O], {
    2024: V(6, "De corporaties stellen de huurdersorganisaties jaarlijks een budget van ten minste € 7.500 per organisatie beschikbaar voor onafhankelijke deskundigheid en scholing.",
            "Corporaties", "Jaarlijks", F([C], "firm", [(7500, "euro", "min")], None, True)),
    2025: V(6, "De corporaties stellen de huurdersorganisaties jaarlijks een budget van ten minste € 6.000 per organisatie beschikbaar voor onafhankelijke deskundigheid en scholing.",
            "Corporaties", "Jaarlijks", F([C], "firm", [(6000, "euro", "min")], None, True)),
    2026: V(6, "De corporaties stellen de huurdersorganisaties jaarlijks een budget van ten minste € 6.000 per organisatie beschikbaar voor onafhankelijke deskundigheid en scholing.",
            "Corporaties", "Jaarlijks", F([C], "firm", [(6000, "euro", "min")], None, True)),
}, {2025: ("weakened", ["quantity"], None), 2026: ("unchanged", [], None)})

item("woonvisie-evaluatie", O, [O, B], {
    2024: V(6, "De gemeente evalueert in 2024 de Woonvisie Oosterlinde 2022-2030 en betrekt de corporaties en de huurdersorganisaties bij het opstellen van het voorstel tot actualisatie.",
            "Gemeente", "Eind 2024", F([G], "firm", [], (2024, "in 2024"))),
    2025: V(6, "De gemeente evalueert uiterlijk medio 2025 de Woonvisie Oosterlinde 2022-2030 en betrekt de corporaties en de huurdersorganisaties bij het opstellen van het voorstel tot actualisatie.",
            "Gemeente", "Medio 2025", F([G], "firm", [], (2025, "uiterlijk medio 2025"))),
}, {2025: ("weakened", ["deadline"], None), 2026: ("dropped", [], None)})

item("volkshuisvestingsprogramma", O, [O, B], {
    2026: V(6, "De gemeente stelt in 2026 het Volkshuisvestingsprogramma Oosterlinde op als opvolger van de woonvisie, en legt het concept vóór 1 oktober 2026 ter bespreking voor aan de corporaties en de huurdersorganisaties.",
            "Gemeente", "Concept vóór 1 oktober 2026", F([G], "firm", [], (2026, "vóór 1 oktober 2026"))),
}, {2026: ("new", [], None)})

item("geschillen", O, [O], {
    2024: V(6, "Bij een geschil over de uitleg of uitvoering van deze afspraken treden partijen eerst met elkaar in overleg; leidt dat niet binnen zes weken tot een oplossing, dan wordt het geschil voorgelegd aan de landelijke Adviescommissie geschillen prestatieafspraken.",
            "Partijen", "Indien van toepassing", F([P], "firm", [(6, "weken", "max")])),
    2025: V(6, "Bij een geschil over de uitleg of uitvoering van deze afspraken treden partijen eerst met elkaar in overleg; leidt dat niet binnen zes weken tot een oplossing, dan wordt het geschil voorgelegd aan de landelijke Adviescommissie geschillen prestatieafspraken.",
            "Partijen", "Indien van toepassing", F([P], "firm", [(6, "weken", "max")])),
    2026: V(6, "Bij een geschil over de uitleg of uitvoering van deze afspraken treden partijen eerst met elkaar in overleg; leidt dat niet binnen zes weken tot een oplossing, dan wordt het geschil voorgelegd aan de landelijke Adviescommissie geschillen prestatieafspraken.",
            "Partijen", "Indien van toepassing", F([P], "firm", [(6, "weken", "max")])),
}, {2025: ("unchanged", [], None), 2026: ("unchanged", [], None)})

# Reading order overrides (otherwise list order within a chapter): in 2026 the label-d card
# comes first in chapter 3 anyway; in 2025 the moved uitstroom card sits at the end of chapter 4.
ORDER_LAST = {2025: ["uitstroom-bw-mo"], 2026: ["uitstroom-bw-mo"]}
# 2026: move netcongestie before warmtenet, bewonersinitiatieven after wijkschouw (reordering)
ORDER_BEFORE = {2026: [("netcongestie", "warmtenet-lindehof"), ("wijkschouw", "bewonersinitiatieven")]}
