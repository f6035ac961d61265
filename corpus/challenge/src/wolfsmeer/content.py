# -*- coding: utf-8 -*-
"""Content of the wolfsmeer family: yearly 'monitor' prestatieafspraken 2024-2026.

Every afspraak is keyed; per year: t = afspraak text, s = stand van zaken (previous year),
tr = trekker (optional override), f = frame. PAIRS gives the gold link per key for each pair;
keys present in both years with identical text are 'unchanged' automatically.
"""

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def F(actors, mod="firm", q=None, dl=None, rec=False, cond=None):
    qs = []
    for item in q or []:
        v, u, c = item[:3]
        qs.append({"value": v, "unit": u, "comparator": c,
                   "value_max": item[3] if len(item) > 3 else None})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond or [])}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

CHAPTERS = {
    2024: {"A": "2 Betaalbaar en beschikbaar wonen", "B": "3 Duurzaam wonen en klimaat",
           "C": "4 Kwaliteit en wonen met zorg", "D": "5 Prettig wonen in de wijk",
           "E": "6 Samenwerking en proces"},
    2025: {"A": "2 Betaalbaar en beschikbaar wonen", "B": "3 Duurzaam wonen en klimaat",
           "C": "4 Kwaliteit en wonen met zorg", "D": "5 Prettig wonen in de wijk",
           "E": "6 Samenwerking en proces"},
    2026: {"A": "2 Betaalbaar en beschikbaar wonen", "B": "3 Energietransitie en klimaat",
           "C": "4 Goede woningen, wonen en zorg", "D": "5 Leefbare wijken",
           "E": "6 Samenwerking en proces"},
}

ORDER = {
    2024: {"A": ["nieuwbouw-heidekant", "lindeveld-start", "flexwoningen", "middenhuur-centrum",
                 "verkoop-heidekant", "liberalisatie-elsgroen", "huurverhoging", "doelgroep-toewijzing",
                 "inschrijfduur-starters", "verhuisregeling-senioren", "vergunninghouders", "uitstroom-bw",
                 "vroegsignalering", "huisuitzettingen"],
           "B": ["labels-efg-heidekant", "gemiddeld-label-elsgroen", "isolatie", "zonnepanelen",
                 "warmtenet-hooge-akker", "energiecoaches", "klimaatadaptatie-verkenning"],
           "C": ["vocht-schimmel", "reparatietermijn", "levensloopgeschikt", "woningaanpassingen",
                 "brandveiligheid", "schouw-kwaliteit"],
           "D": ["leefbaarheidsbudget", "wijkbeheerders", "woonoverlast", "welkomstbezoek",
                 "buurthuis-de-brink", "wijkschouw"],
           "E": ["woonvisie-actualisatie", "bod", "ondersteuning-hp", "monitoring"]},
    2025: {"A": ["nieuwbouw-heidekant", "lindeveld-start", "flexwoningen", "woningdelen-pilot",
                 "verkoop-heidekant", "liberalisatie-elsgroen", "huurverhoging", "doelgroep-toewijzing",
                 "inschrijfduur-starters", "verhuisregeling-senioren", "vergunninghouders", "uitstroom-bw",
                 "vroegsignalering", "huisuitzettingen"],
           "B": ["labels-efg-heidekant", "gemiddeld-label-elsgroen", "isolatie", "zonnepanelen",
                 "warmtenet-hooge-akker", "energiecoaches", "hemelwater"],
           "C": ["vocht-schimmel", "reparatietermijn", "levensloopgeschikt", "woningaanpassingen",
                 "woonzorgvisie", "brandveiligheid", "schouw-kwaliteit"],
           "D": ["leefbaarheidsbudget", "wijkbeheerders", "ontmoetingsplek-marktplein", "woonoverlast",
                 "welkomstbezoek", "wijkschouw"],
           "E": ["woonvisie-actualisatie", "bod", "monitoring", "dashboard", "ondersteuning-hp"]},
    2026: {"A": ["nieuwbouw-heidekant", "lindeveld-oplevering", "flexwoningen", "woningdelen-pilot",
                 "jongerencontract", "verkoop-heidekant", "liberalisatie-elsgroen", "huurverhoging",
                 "doelgroep-toewijzing", "inschrijfduur-starters", "verhuisregeling-senioren",
                 "vergunninghouders", "uitstroom-bw", "vroegsignalering", "huisuitzettingen", "energiecoaches"],
           "B": ["labels-efg-heidekant", "gemiddeld-label-elsgroen", "isolatie", "warmtenet-hooge-akker",
                 "zonnepanelen", "hemelwater", "groene-daken"],
           "C": ["vocht-schimmel", "reparatietermijn", "woonzorgvisie", "levensloopgeschikt",
                 "woningaanpassingen", "brandveiligheid"],
           "D": ["leefbaarheidsbudget", "wijkbeheerders", "ontmoetingsplek-marktplein", "woonoverlast",
                 "welkomstbezoek", "wijkschouw"],
           "E": ["bod", "monitoring", "dashboard", "ondersteuning-hp", "evaluatie-samenwerking"]},
}

AF = {}


def add(key, themes, trekker, versions):
    AF[key] = {"themes": themes, "trekker": trekker, "v": versions}


add("nieuwbouw-heidekant", [BB], "Heidekant", {
    2024: dict(t="Heidekant levert in 2024 ten minste 64 nieuwe sociale huurwoningen op, waarvan 40 in het plan Rietkraag en 24 aan de Molenakker.",
               s="In 2023 zijn 51 sociale huurwoningen opgeleverd, waarvan 33 in de eerste fase van Rietkraag; de Molenakker is in november 2023 in aanbouw genomen.",
               f=F([C], q=[(64, "woningen", "min")], dl=(2024, "in 2024"))),
    2025: dict(t="Heidekant levert in 2025 ten minste 52 nieuwe sociale huurwoningen op, waarvan 28 in het plan Rietkraag en 24 in de Kloosterhof.",
               s="In 2024 zijn 58 woningen opgeleverd: 40 in Rietkraag en 18 aan de Molenakker; de overige 6 woningen aan de Molenakker volgen in januari 2025.",
               f=F([C], q=[(52, "woningen", "min")], dl=(2025, "in 2025"))),
    2026: dict(t="Heidekant levert in 2026 ten minste 70 nieuwe sociale huurwoningen op, verdeeld over de Kloosterhof, de locatie Oude Veiling en de tweede fase van Rietkraag.",
               s="In 2025 zijn 47 woningen opgeleverd; door vertraging bij de aannemer is de oplevering van 5 woningen in de Kloosterhof doorgeschoven naar februari 2026.",
               f=F([C], q=[(70, "woningen", "min")], dl=(2026, "in 2026"))),
})

add("lindeveld-start", [BB], "Elsgroen Wonen", {
    2024: dict(t="Elsgroen Wonen start in 2024 met de bouw van 36 sociale huurwoningen in het project Lindeveld, onder voorbehoud van een tijdige onherroepelijke omgevingsvergunning.",
               s="In 2023 is het ontwerp voor Lindeveld samen met omwonenden afgerond en is de omgevingsvergunning aangevraagd.",
               f=F([C], q=[(36, "woningen", "exact")], dl=(2024, "in 2024"),
                   cond=["onder voorbehoud van een tijdige onherroepelijke omgevingsvergunning"])),
    2025: dict(t="Elsgroen Wonen start uiterlijk in het tweede kwartaal van 2025 met de bouw van 36 sociale huurwoningen in het project Lindeveld.",
               s="De start van de bouw is in 2024 niet gehaald, omdat bezwaar werd gemaakt tegen de omgevingsvergunning; de vergunning is in december 2024 onherroepelijk geworden.",
               f=F([C], q=[(36, "woningen", "exact")], dl=(2025, "uiterlijk in het tweede kwartaal van 2025"))),
})

add("lindeveld-oplevering", [BB], "Elsgroen Wonen", {
    2026: dict(t="Elsgroen Wonen levert de 36 sociale huurwoningen in Lindeveld uiterlijk in het vierde kwartaal van 2026 op en wijst ten minste de helft daarvan met voorrang toe aan doorstromers uit Wolfsmeer.",
               s="nieuw",
               f=F([C], q=[(36, "woningen", "exact"), (50, "%", "min")], dl=(2026, "uiterlijk in het vierde kwartaal van 2026"))),
})

add("flexwoningen", [BB], "Gemeente, Elsgroen Wonen", {
    2024: dict(t="De gemeente stelt uiterlijk eind 2024 een locatie beschikbaar voor 30 flexwoningen, die Elsgroen Wonen binnen een jaar na de beschikbaarstelling realiseert.",
               s="In 2023 zijn drie mogelijke locaties onderzocht; de Stationsweg heeft de voorkeur van partijen.",
               f=F([G, C], q=[(30, "woningen", "exact")], dl=(2024, "uiterlijk eind 2024"))),
    2025: dict(t="De gemeente stelt uiterlijk medio 2025 een locatie beschikbaar voor 30 flexwoningen, die Elsgroen Wonen uiterlijk eind 2026 realiseert.",
               s="De planologische procedure voor de Stationsweg liep in 2024 vertraging op door aanvullend bodemonderzoek.",
               f=F([G, C], q=[(30, "woningen", "exact")], dl=(2026, "uiterlijk eind 2026"))),
    2026: dict(t="Elsgroen Wonen realiseert de 30 flexwoningen aan de Stationsweg uiterlijk in het derde kwartaal van 2026, op de locatie die de gemeente daarvoor beschikbaar heeft gesteld.",
               s="De gemeente heeft de locatie in juni 2025 beschikbaar gesteld; de omgevingsvergunning is in november 2025 verleend.",
               tr="Elsgroen Wonen",
               f=F([C], q=[(30, "woningen", "exact")], dl=(2026, "uiterlijk in het derde kwartaal van 2026"))),
})

add("middenhuur-centrum", [BB], "Heidekant", {
    2024: dict(t="Heidekant onderzoekt in 2024 de mogelijkheid om in het Centrumplan 20 middenhuurwoningen toe te voegen, in aanvulling op het sociale bouwprogramma.",
               s="nieuw",
               f=F([C], "explore", q=[(20, "woningen", "exact")], dl=(2024, "in 2024"))),
})

add("woningdelen-pilot", [BB], "Gemeente, Heidekant", {
    2025: dict(t="De gemeente en Heidekant starten in 2025 een pilot met woningdelen voor jongeren tot 27 jaar in tien eengezinswoningen.",
               s="nieuw",
               f=F([G, C], q=[(10, "woningen", "exact")], dl=(2025, "in 2025"))),
    2026: dict(t="De gemeente, Heidekant en Elsgroen Wonen breiden de pilot met woningdelen voor jongeren tot 27 jaar in 2026 uit naar twintig eengezinswoningen van beide corporaties.",
               s="De pilot is in mei 2025 gestart; in de tien woningen wonen inmiddels 27 jongeren.",
               tr="Gemeente, corporaties",
               f=F([G, C], q=[(20, "woningen", "exact")], dl=(2026, "in 2026"))),
})

add("jongerencontract", [BB], "Corporaties", {
    2026: dict(t="De corporaties passen vanaf 2026 bij ten minste 20 toewijzingen per jaar een jongerencontract voor vijf jaar toe, zodat er vaker een woning vrijkomt voor starters.",
               s="nieuw",
               f=F([C], q=[(20, "toewijzingen", "min"), (5, "jaar", "exact")], rec=True)),
})

add("verkoop-heidekant", [BB], "Heidekant", {
    2024: dict(t="Heidekant verkoopt in 2024 maximaal 15 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan zittende huurders en starters uit Wolfsmeer.",
               s="In 2023 zijn 17 woningen verkocht, waarvan 11 aan starters uit Wolfsmeer.",
               f=F([C], q=[(15, "woningen", "max")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="Heidekant verkoopt in 2025 maximaal 10 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan zittende huurders en starters uit Wolfsmeer.",
               s="In 2024 zijn 13 woningen verkocht, alle bij mutatie.",
               f=F([C], q=[(10, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="Heidekant verkoopt in 2026 geen bestaande huurwoningen; de woningen in de verkoopvijver worden weer als sociale huurwoning verhuurd.",
               s="In 2025 zijn 9 woningen verkocht.",
               f=F([C], q=[(0, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
})

add("liberalisatie-elsgroen", [BB], "Elsgroen Wonen", {
    2024: dict(t="Elsgroen Wonen liberaliseert geen sociale huurwoningen bij mutatie.",
               s="In 2023 is geen enkele sociale huurwoning geliberaliseerd.",
               f=F([C], q=[(0, "woningen", "max")])),
    2025: dict(t="Elsgroen Wonen liberaliseert in 2025 maximaal 8 sociale huurwoningen bij mutatie, uitsluitend in de complexen Parkzicht en De Wieken.",
               s="Conform de afspraak zijn in 2024 geen woningen geliberaliseerd.",
               f=F([C], q=[(8, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="Elsgroen Wonen liberaliseert in 2026 maximaal 8 sociale huurwoningen bij mutatie, uitsluitend in de complexen Parkzicht en De Wieken.",
               s="In 2025 zijn 6 woningen in Parkzicht geliberaliseerd en als middenhuurwoning verhuurd.",
               f=F([C], q=[(8, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
})

add("huurverhoging", [BB], "Corporaties", {
    2024: dict(t="Partijen spreken af dat de gemiddelde huurverhoging per 1 juli 2024 voor de sociale huurwoningen van beide corporaties maximaal gelijk is aan de inflatie.",
               s="De gemiddelde huurverhoging per 1 juli 2023 bedroeg 4,9% bij Heidekant en 5,1% bij Elsgroen Wonen.",
               f=F([P], q=[], dl=(2024, "per 1 juli 2024"), rec=True)),
    2025: dict(t="Partijen spreken af dat de gemiddelde huurverhoging per 1 juli 2025 voor de sociale huurwoningen van beide corporaties ten minste 0,5% onder de inflatie blijft.",
               s="Per 1 juli 2024 zijn de huren gemiddeld met 5,3% (Heidekant) en 5,5% (Elsgroen Wonen) verhoogd, gelijk aan de inflatie.",
               f=F([P], q=[(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"), rec=True)),
    2026: dict(t="Partijen spreken af dat de gemiddelde huurverhoging per 1 juli 2026 voor de sociale huurwoningen van beide corporaties ten minste 0,5% onder de inflatie blijft.",
               s="Per 1 juli 2025 bedroeg de gemiddelde huurverhoging 4,1% bij Heidekant en 4,0% bij Elsgroen Wonen.",
               f=F([P], q=[(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True)),
})

add("doelgroep-toewijzing", [BB], "Corporaties", {
    2024: dict(t="De corporaties wijzen ten minste 80% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot de inkomensgrens voor sociale huur (prijspeil 2024: € 47.699 voor een eenpersoonshuishouden).",
               s="In 2023 is 86% van de vrijgekomen woningen aan de doelgroep toegewezen.",
               f=F([C], q=[(80, "%", "min"), (47699, "euro", "max")])),
    2025: dict(t="De corporaties wijzen ten minste 80% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot de inkomensgrens voor sociale huur (prijspeil 2025: € 48.625 voor een eenpersoonshuishouden).",
               s="In 2024 is 84% van de vrijgekomen woningen aan de doelgroep toegewezen.",
               f=F([C], q=[(80, "%", "min"), (48625, "euro", "max")])),
    2026: dict(t="De corporaties wijzen ten minste 85% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot de inkomensgrens voor sociale huur (prijspeil 2026: € 49.510 voor een eenpersoonshuishouden).",
               s="In 2025 is 88% van de vrijgekomen woningen aan de doelgroep toegewezen.",
               f=F([C], q=[(85, "%", "min"), (49510, "euro", "max")])),
})

add("inschrijfduur-starters", [BB], "Partijen", {
    2024: dict(t="Partijen zetten zich in om de gemiddelde inschrijfduur van starters bij toewijzing terug te brengen tot maximaal 4 jaar.",
               s="De gemiddelde inschrijfduur van starters bedroeg in 2023 4,8 jaar.",
               f=F([P], "intent", q=[(4, "jaar", "max")])),
    2025: dict(t="Partijen zetten zich in om de gemiddelde inschrijfduur van starters bij toewijzing terug te brengen tot maximaal 5 jaar.",
               s="In 2024 is de gemiddelde inschrijfduur van starters opgelopen tot 5,3 jaar.",
               f=F([P], "intent", q=[(5, "jaar", "max")])),
    2026: dict(t="Partijen brengen de gemiddelde inschrijfduur van starters bij toewijzing uiterlijk eind 2027 terug tot maximaal 5 jaar.",
               s="In 2025 bedroeg de gemiddelde inschrijfduur van starters 5,1 jaar.",
               f=F([P], q=[(5, "jaar", "max")], dl=(2027, "uiterlijk eind 2027"))),
})

add("verhuisregeling-senioren", [BB], "Heidekant", {
    2024: dict(t="Heidekant onderzoekt in 2024 of een verhuisregeling kan worden ingevoerd voor senioren die een eengezinswoning achterlaten, waarbij de huurprijs per vierkante meter gelijk blijft.",
               s="In 2023 hebben 14 senioren zich bij de wooncoach gemeld; 6 van hen zijn verhuisd naar een gelijkvloerse woning.",
               f=F([C], "explore", dl=(2024, "in 2024"))),
    2025: dict(t="Heidekant voert per 1 januari 2025 een verhuisregeling in voor senioren die een eengezinswoning achterlaten, waarbij de huurprijs per vierkante meter gelijk blijft en verhuiskosten tot € 2.500 worden vergoed.",
               s="Het onderzoek is in oktober 2024 afgerond; de regeling blijkt voor Heidekant financieel uitvoerbaar.",
               f=F([C], q=[(2500, "euro", "max")], dl=(2025, "per 1 januari 2025"))),
    2026: dict(t="Heidekant en Elsgroen Wonen passen de verhuisregeling toe voor senioren die een eengezinswoning achterlaten, waarbij de huurprijs per vierkante meter gelijk blijft en verhuiskosten tot € 2.500 worden vergoed.",
               s="In 2025 hebben 19 senioren van de regeling gebruikgemaakt.",
               tr="Heidekant, Elsgroen Wonen",
               f=F([C], q=[(2500, "euro", "max")])),
})

add("vergunninghouders", [BB], "Corporaties", {
    2024: dict(t="De corporaties zeggen toe samen voldoende woningen beschikbaar te stellen om de door het Rijk vastgestelde taakstelling voor vergunninghouders van 58 personen in 2024 te realiseren, naar rato van hun woningbezit in Wolfsmeer.",
               s="De taakstelling 2023 van 49 personen is met 52 gehuisveste personen ruim gehaald.",
               f=F([C], q=[(58, "personen", "exact")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="De corporaties zeggen toe samen voldoende woningen beschikbaar te stellen om de door het Rijk vastgestelde taakstelling voor vergunninghouders van 71 personen in 2025 te realiseren, naar rato van hun woningbezit in Wolfsmeer.",
               s="In 2024 zijn 55 vergunninghouders gehuisvest; de achterstand van 3 personen wordt in het eerste kwartaal van 2025 ingelopen.",
               f=F([C], q=[(71, "personen", "exact")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="De corporaties zetten zich in om samen voldoende woningen beschikbaar te stellen om de door het Rijk vastgestelde taakstelling voor vergunninghouders van 63 personen in 2026 te realiseren, naar rato van hun woningbezit in Wolfsmeer.",
               s="In 2025 zijn 64 vergunninghouders gehuisvest; de taakstelling is daarmee niet volledig gehaald.",
               f=F([C], "intent", q=[(63, "personen", "exact")], dl=(2026, "in 2026"), rec=True)),
})

add("uitstroom-bw", [BB], "Corporaties", {
    2024: dict(t="De corporaties stellen in 2024 gezamenlijk 20 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, mits de gemeente voor iedere kandidaat passende begeleiding organiseert.",
               s="In 2023 zijn 17 kandidaten uit beschermd wonen en maatschappelijke opvang gehuisvest.",
               f=F([C], q=[(20, "woningen", "exact")], dl=(2024, "in 2024"), rec=True,
                   cond=["mits de gemeente voor iedere kandidaat passende begeleiding organiseert"])),
    2025: dict(t="De corporaties stellen in 2025 gezamenlijk 24 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, mits de gemeente voor iedere kandidaat passende begeleiding organiseert.",
               s="In 2024 zijn alle 20 woningen toegewezen; bij twee huurders is de begeleiding na zes maanden afgeschaald.",
               f=F([C], q=[(24, "woningen", "exact")], dl=(2025, "in 2025"), rec=True,
                   cond=["mits de gemeente voor iedere kandidaat passende begeleiding organiseert"])),
    2026: dict(t="De corporaties stellen in 2026 gezamenlijk 24 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang; de gemeente organiseert voor iedere kandidaat passende begeleiding.",
               s="In 2025 zijn 22 woningen toegewezen; voor twee kandidaten was de begeleiding niet op tijd geregeld.",
               tr="Corporaties, Gemeente",
               f=F([C, G], q=[(24, "woningen", "exact")], dl=(2026, "in 2026"), rec=True)),
})

add("vroegsignalering", [BB], "Corporaties", {
    2024: dict(t="De corporaties melden huurders met een huurachterstand van twee maanden aan bij het gemeentelijk team Vroegsignalering, dat binnen tien werkdagen contact met hen opneemt.",
               s="In 2023 zijn 212 meldingen gedaan; in 71% van de gevallen is een betalingsregeling getroffen.",
               f=F([C, G], q=[(2, "maanden", "exact"), (10, "werkdagen", "max")])),
    2025: dict(t="De corporaties melden huurders met een huurachterstand van één maand aan bij het gemeentelijk team Vroegsignalering, dat binnen tien werkdagen contact met hen opneemt.",
               s="In 2024 zijn 236 meldingen gedaan, waarvan 168 tot een betalingsregeling of schuldhulp hebben geleid.",
               f=F([C, G], q=[(1, "maanden", "exact"), (10, "werkdagen", "max")])),
    2026: dict(t="Huurders met een huurachterstand van één maand worden door de corporaties aangemeld bij het gemeentelijk team Vroegsignalering, dat binnen tien werkdagen contact met hen opneemt.",
               s="In 2025 zijn 301 meldingen gedaan; de gemiddelde achterstand bij aanmelding daalde naar € 540.",
               f=F([C, G], q=[(1, "maanden", "exact"), (10, "werkdagen", "max")])),
})

add("huisuitzettingen", [BB], "Partijen", {
    2024: dict(t="Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te beperken tot ten hoogste 3.",
               s="In 2023 vonden 5 huisuitzettingen wegens huurachterstand plaats.",
               f=F([P], "intent", q=[(3, "huisuitzettingen", "max")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="Partijen streven ernaar dat in 2025 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
               s="In 2024 vonden 2 huisuitzettingen wegens huurachterstand plaats.",
               f=F([P], "intent", q=[(0, "huisuitzettingen", "max")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="Partijen streven ernaar dat in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
               s="In 2025 heeft 1 huisuitzetting wegens huurachterstand plaatsgevonden.",
               f=F([P], "intent", q=[(0, "huisuitzettingen", "max")], dl=(2026, "in 2026"), rec=True)),
})

add("energiecoaches", [DK, BB], "Gemeente", {
    2024: dict(t="De gemeente zet in 2024 energiecoaches in voor huurders van beide corporaties en bezoekt daarmee ten minste 250 huishoudens.",
               s="In 2023 hebben de energiecoaches 231 huishoudens bezocht.",
               f=F([G], q=[(250, "huishoudens", "min")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="De gemeente zet in 2025 energiecoaches in voor huurders van beide corporaties en bezoekt daarmee ten minste 250 huishoudens.",
               s="In 2024 zijn 268 huishoudens bezocht; de gemiddelde besparing bedroeg € 140 per jaar.",
               f=F([G], q=[(250, "huishoudens", "min")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="De gemeente zet in 2026 energiecoaches in voor huurders van beide corporaties en bezoekt daarmee ten minste 400 huishoudens.",
               s="In 2025 zijn 294 huishoudens bezocht; de aanpak van energiearmoede is verbonden met de schuldhulpverlening.",
               f=F([G], q=[(400, "huishoudens", "min")], dl=(2026, "in 2026"), rec=True)),
})

add("labels-efg-heidekant", [DK], "Heidekant", {
    2024: dict(t="Heidekant verbetert vóór eind 2025 de resterende 110 woningen met een energielabel E, F of G naar ten minste label B.",
               s="In 2023 zijn 164 woningen met label E, F of G aangepakt; 25 huurders hebben de werkzaamheden geweigerd.",
               f=F([C], q=[(110, "woningen", "exact"), ("B", "label", "min")], dl=(2025, "vóór eind 2025"))),
    2025: dict(t="Heidekant verbetert vóór eind 2025 de resterende 42 woningen met een energielabel E, F of G naar ten minste label B.",
               s="In 2024 zijn 68 van de 110 woningen verbeterd; de planning voor de overige woningen ligt op schema.",
               f=F([C], q=[(42, "woningen", "exact"), ("B", "label", "min")], dl=(2025, "vóór eind 2025"))),
    2026: dict(t="Heidekant verbetert uiterlijk eind 2026 de laatste 9 woningen met een energielabel E, F of G naar ten minste label C.",
               s="In 2025 zijn 33 van de 42 woningen verbeterd; in 9 woningen weigerden de huurders de werkzaamheden.",
               f=F([C], q=[(9, "woningen", "exact"), ("C", "label", "min")], dl=(2026, "uiterlijk eind 2026"))),
})

add("gemiddeld-label-elsgroen", [DK], "Elsgroen Wonen", {
    2024: dict(t="Elsgroen Wonen bereikt eind 2025 voor haar totale woningbezit in Wolfsmeer gemiddeld energielabel B.",
               s="Eind 2023 had het bezit van Elsgroen Wonen gemiddeld label C (Energie-Index 1,52).",
               f=F([C], q=[("B", "label", "exact")], dl=(2025, "eind 2025"))),
    2025: dict(t="Elsgroen Wonen bereikt eind 2025 voor haar totale woningbezit in Wolfsmeer gemiddeld energielabel B.",
               s="Eind 2024 bedroeg de gemiddelde Energie-Index 1,38, wat overeenkomt met label C.",
               f=F([C], q=[("B", "label", "exact")], dl=(2025, "eind 2025"))),
    2026: dict(t="Elsgroen Wonen bereikt eind 2027 voor haar totale woningbezit in Wolfsmeer gemiddeld energielabel B.",
               s="Eind 2025 bedroeg de gemiddelde Energie-Index 1,27; het streefbeeld label B is nog niet bereikt.",
               f=F([C], q=[("B", "label", "exact")], dl=(2027, "eind 2027"))),
})

add("isolatie", [DK], "Corporaties", {
    2024: dict(t="De corporaties isoleren in 2024 gezamenlijk ten minste 180 woningen volgens de standaard voor isolatie, met bijzondere aandacht voor woningen met vocht- en tochtklachten.",
               s="In 2023 zijn 152 woningen geïsoleerd.",
               f=F([C], q=[(180, "woningen", "min")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="De corporaties isoleren in 2025 gezamenlijk ten minste 220 woningen volgens de standaard voor isolatie, met bijzondere aandacht voor woningen met vocht- en tochtklachten.",
               s="In 2024 zijn 196 woningen geïsoleerd, vooral grondgebonden woningen in Hooge Akker.",
               f=F([C], q=[(220, "woningen", "min")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="De corporaties isoleren in 2026 gezamenlijk ten minste 150 woningen volgens de standaard voor isolatie, met bijzondere aandacht voor woningen met vocht- en tochtklachten, indien de aangevraagde subsidie uit de SVOH-regeling wordt toegekend.",
               s="In 2025 zijn 231 woningen geïsoleerd.",
               f=F([C], q=[(150, "woningen", "min")], dl=(2026, "in 2026"), rec=True,
                   cond=["indien de aangevraagde subsidie uit de SVOH-regeling wordt toegekend"])),
})

add("zonnepanelen", [DK], "Heidekant", {
    2024: dict(t="Heidekant biedt in 2024 de huurders van 300 grondgebonden woningen zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 12,50.",
               s="In 2023 hebben 214 huishoudens zonnepanelen laten plaatsen.",
               f=F([C], q=[(300, "woningen", "exact"), (12.5, "euro", "max")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="Heidekant biedt in 2025 de huurders van 300 grondgebonden woningen zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 12,50.",
               s="In 2024 is het aanbod door 187 van de 300 huishoudens aanvaard.",
               f=F([C], q=[(300, "woningen", "exact"), (12.5, "euro", "max")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="Heidekant gaat na of in 2026 opnieuw aan de huurders van 300 grondgebonden woningen zonnepanelen kunnen worden aangeboden tegen een maandelijkse vergoeding van maximaal € 12,50.",
               s="In 2025 hebben 162 huishoudens op het aanbod ingetekend.",
               f=F([C], "explore", q=[(300, "woningen", "exact"), (12.5, "euro", "max")], dl=(2026, "in 2026"), rec=True)),
})

add("warmtenet-hooge-akker", [DK], "Gemeente, Heidekant", {
    2024: dict(t="De gemeente en Heidekant onderzoeken in 2024 of de 420 woningen in de wijk Hooge Akker kunnen worden aangesloten op het warmtenet Wolfsmeer-Oost.",
               s="In 2023 is de transitievisie warmte geactualiseerd; Hooge Akker is aangewezen als eerste wijk voor een warmtenet.",
               f=F([G, C], "explore", q=[(420, "woningen", "exact")], dl=(2024, "in 2024"))),
    2025: dict(t="Heidekant sluit uiterlijk eind 2026 de 420 woningen in Hooge Akker aan op het warmtenet Wolfsmeer-Oost; de gemeente draagt zorg voor de benodigde vergunningen en de aanleg van het hoofdnet.",
               s="Het haalbaarheidsonderzoek is in 2024 positief afgerond; 78% van de huurders heeft ingestemd met de aansluiting.",
               f=F([C, G], q=[(420, "woningen", "exact")], dl=(2026, "uiterlijk eind 2026"))),
    2026: dict(t="Heidekant sluit uiterlijk medio 2027 de 420 woningen in Hooge Akker aan op het warmtenet Wolfsmeer-Oost; de gemeente draagt zorg voor de benodigde vergunningen en de aanleg van het hoofdnet.",
               s="Door vertraging in de aanleg van het hoofdnet zijn in 2025 nog geen woningen aangesloten.",
               f=F([C, G], q=[(420, "woningen", "exact")], dl=(2027, "uiterlijk medio 2027"))),
})

add("klimaatadaptatie-verkenning", [DK], "Partijen", {
    2024: dict(t="Partijen verkennen in 2024 hoe bij groot onderhoud en nieuwbouw maatregelen tegen hittestress en wateroverlast kunnen worden meegenomen.",
               s="nieuw",
               f=F([P], "explore", dl=(2024, "in 2024"))),
})

add("hemelwater", [DK], "Corporaties", {
    2025: dict(t="De corporaties koppelen vanaf 2025 bij iedere nieuwbouwwoning het hemelwater af van het riool en vangen het, voor zover de bodem dit toelaat, op eigen terrein op.",
               s="nieuw",
               f=F([C], cond=["voor zover de bodem dit toelaat"])),
    2026: dict(t="Bij iedere nieuwbouwwoning van de corporaties wordt het hemelwater afgekoppeld van het riool en, voor zover de bodem dit toelaat, op eigen terrein opgevangen.",
               s="In 2025 is bij 71 nieuwbouwwoningen het hemelwater afgekoppeld.",
               f=F([C], cond=["voor zover de bodem dit toelaat"])),
})

add("groene-daken", [DK], "Gemeente, corporaties", {
    2026: dict(t="De gemeente stelt in 2026 een subsidiebudget van € 40.000 beschikbaar voor groene daken op bergingen en garages van corporatiewoningen; de corporaties leggen, afhankelijk van de draagkracht van de constructie, ten minste 15 groene daken aan.",
               s="nieuw",
               f=F([G, C], q=[(40000, "euro", "exact"), (15, "daken", "min")], dl=(2026, "in 2026"),
                   cond=["afhankelijk van de draagkracht van de constructie"])),
})

add("vocht-schimmel", [KW], "Corporaties", {
    2024: dict(t="Meldingen van vocht en schimmel worden door de corporaties binnen vijf werkdagen opgevolgd met een inspectie in de woning.",
               s="In 2023 zijn 187 meldingen van vocht en schimmel ontvangen; gemiddeld vond de inspectie na 8 werkdagen plaats.",
               f=F([C], q=[(5, "werkdagen", "max")])),
    2025: dict(t="Meldingen van vocht en schimmel worden door de corporaties binnen drie werkdagen opgevolgd met een inspectie in de woning.",
               s="In 2024 zijn 203 meldingen ontvangen; 91% daarvan is binnen vijf werkdagen geïnspecteerd.",
               f=F([C], q=[(3, "werkdagen", "max")])),
    2026: dict(t="Meldingen van vocht en schimmel worden door de corporaties binnen drie werkdagen opgevolgd met een inspectie in de woning.",
               s="In 2025 zijn 176 meldingen ontvangen; 88% daarvan is binnen drie werkdagen geïnspecteerd.",
               f=F([C], q=[(3, "werkdagen", "max")])),
})

add("reparatietermijn", [KW], "Corporaties", {
    2024: dict(t="De corporaties verhelpen niet-spoedeisende reparatieverzoeken binnen gemiddeld 10 werkdagen.",
               s="De gemiddelde doorlooptijd van reparaties was in 2023 9,4 werkdagen.",
               f=F([C], q=[(10, "werkdagen", "max")])),
    2025: dict(t="De corporaties verhelpen niet-spoedeisende reparatieverzoeken binnen gemiddeld 10 werkdagen.",
               s="In 2024 was de gemiddelde doorlooptijd 11,2 werkdagen door krapte bij de onderhoudsaannemers.",
               f=F([C], q=[(10, "werkdagen", "max")])),
    2026: dict(t="De corporaties verhelpen niet-spoedeisende reparatieverzoeken binnen gemiddeld 15 werkdagen.",
               s="In 2025 bedroeg de gemiddelde doorlooptijd 13,8 werkdagen.",
               f=F([C], q=[(15, "werkdagen", "max")])),
})

add("levensloopgeschikt", [KW], "Heidekant", {
    2024: dict(t="Heidekant maakt in 2024 in de complexen De Lisdodde en Hofzicht samen 30 bestaande woningen levensloopgeschikt.",
               s="In 2023 zijn 24 woningen in De Lisdodde aangepast.",
               f=F([C], q=[(30, "woningen", "exact")], dl=(2024, "in 2024"), rec=True)),
    2025: dict(t="Heidekant maakt in 2025 in het complex Hofzicht 30 bestaande woningen levensloopgeschikt.",
               s="In 2024 zijn 31 woningen levensloopgeschikt gemaakt, waarvan 19 in De Lisdodde.",
               f=F([C], q=[(30, "woningen", "exact")], dl=(2025, "in 2025"), rec=True)),
    2026: dict(t="Heidekant maakt in 2026 in het complex Hofzicht 30 bestaande woningen levensloopgeschikt.",
               s="In 2025 zijn 30 woningen in Hofzicht aangepast, onder meer met een traplift of een verlaagde douchebak.",
               f=F([C], q=[(30, "woningen", "exact")], dl=(2026, "in 2026"), rec=True)),
})

add("woningaanpassingen", [KW], "Gemeente, corporaties", {
    2024: dict(t="De corporaties brengen kleine woningaanpassingen, zoals beugels en drempelhulpen, op eigen kosten aan; grotere aanpassingen vanuit de Wmo worden vooraf afgestemd tussen gemeente en corporatie.",
               s="In 2023 zijn 143 kleine aanpassingen uitgevoerd en 21 Wmo-aanpassingen afgestemd.",
               f=F([C, G])),
    2025: dict(t="De corporaties brengen kleine woningaanpassingen, zoals beugels en drempelhulpen, op eigen kosten aan; grotere aanpassingen vanuit de Wmo worden vooraf afgestemd tussen gemeente en corporatie.",
               s="In 2024 zijn 158 kleine aanpassingen uitgevoerd.",
               f=F([C, G])),
    2026: dict(t="Voor grotere woningaanpassingen vanuit de Wmo stemmen gemeente en corporatie vooraf af of de huurder in de huidige woning kan blijven of beter kan verhuizen; kleine aanpassingen, waaronder wandbeugels, drempelhulpen en een tweede trapleuning, komen voor rekening van de corporaties.",
               s="In 2025 zijn 167 kleine aanpassingen uitgevoerd en 26 Wmo-aanpassingen afgestemd.",
               f=F([G, C])),
})

add("woonzorgvisie", [KW, BB], "Gemeente", {
    2025: dict(t="De gemeente stelt uiterlijk in het derde kwartaal van 2025 een woonzorgvisie vast, waarin de behoefte aan geclusterde woonvormen voor ouderen en mensen met een zorgvraag is opgenomen.",
               s="nieuw",
               f=F([G], dl=(2025, "uiterlijk in het derde kwartaal van 2025"))),
    2026: dict(t="De gemeente stelt uiterlijk in het eerste kwartaal van 2026 een woonzorgvisie vast, waarin de behoefte aan geclusterde woonvormen voor ouderen en mensen met een zorgvraag is opgenomen.",
               s="De woonzorgvisie is in 2025 niet vastgesteld, omdat de regionale behoefteraming later beschikbaar kwam.",
               f=F([G], dl=(2026, "uiterlijk in het eerste kwartaal van 2026"))),
})

add("brandveiligheid", [KW], "Elsgroen Wonen", {
    2024: dict(t="Elsgroen Wonen voert vóór 1 oktober 2024 in alle portiekflats een controle op brandveiligheid uit en verwijdert brandbare spullen uit de gemeenschappelijke ruimten.",
               s="In 2023 zijn 11 portiekflats gecontroleerd; in 4 flats moesten spullen worden verwijderd.",
               f=F([C], dl=(2024, "vóór 1 oktober 2024"), rec=True)),
    2025: dict(t="Elsgroen Wonen voert vóór 1 oktober 2025 in alle portiekflats een controle op brandveiligheid uit en verwijdert brandbare spullen uit de gemeenschappelijke ruimten.",
               s="In 2024 zijn alle 12 portiekflats vóór 1 oktober gecontroleerd.",
               f=F([C], dl=(2025, "vóór 1 oktober 2025"), rec=True)),
    2026: dict(t="Elsgroen Wonen voert vóór 1 oktober 2026 in de drie portiekflats aan de Zwanenlaan een controle op brandveiligheid uit en verwijdert brandbare spullen uit de gemeenschappelijke ruimten.",
               s="In 2025 zijn 10 van de 12 portiekflats gecontroleerd.",
               f=F([C], q=[(3, "portiekflats", "exact")], dl=(2026, "vóór 1 oktober 2026"), rec=True)),
})

add("schouw-kwaliteit", [KW], "Heidekant, Huurdersplatform", {
    2024: dict(t="Heidekant en het Huurdersplatform houden in 2024 in vier complexen een gezamenlijke schouw van de woningkwaliteit en bespreken de uitkomsten met de bewonerscommissies.",
               s="nieuw",
               f=F([C, H], q=[(4, "complexen", "exact")], dl=(2024, "in 2024"))),
    2025: dict(t="Heidekant en het Huurdersplatform bekijken of in 2025 in vier complexen een gezamenlijke schouw van de woningkwaliteit kan worden gehouden.",
               s="In 2024 is in twee complexen geschouwd; de overige schouwen zijn vanwege langdurige afwezigheid van de projectleider vervallen.",
               f=F([C, H], "explore", q=[(4, "complexen", "exact")], dl=(2025, "in 2025"))),
})

add("leefbaarheidsbudget", [LB], "Heidekant", {
    2024: dict(t="Heidekant stelt per 1 januari 2024 een leefbaarheidsbudget van € 95 per woning per jaar beschikbaar voor bewonersinitiatieven en kleine ingrepen in de woonomgeving.",
               s="In 2023 is € 498.000 aan leefbaarheid besteed, waarvan € 61.000 aan bewonersinitiatieven.",
               f=F([C], q=[(95, "euro", "exact")], dl=(2024, "per 1 januari 2024"), rec=True)),
    2025: dict(t="Heidekant stelt per 1 januari 2025 een leefbaarheidsbudget van € 80 per woning per jaar beschikbaar voor bewonersinitiatieven en kleine ingrepen in de woonomgeving.",
               s="In 2024 is het budget volledig besteed, onder meer aan 23 bewonersinitiatieven.",
               f=F([C], q=[(80, "euro", "exact")], dl=(2025, "per 1 januari 2025"), rec=True)),
    2026: dict(t="Heidekant stelt per 1 januari 2026 een leefbaarheidsbudget van € 80 per woning per jaar beschikbaar voor bewonersinitiatieven en kleine ingrepen in de woonomgeving.",
               s="In 2025 is € 441.000 besteed; 4% van het budget is niet benut.",
               f=F([C], q=[(80, "euro", "exact")], dl=(2026, "per 1 januari 2026"), rec=True)),
})

add("wijkbeheerders", [LB], "Corporaties", {
    2024: dict(t="De corporaties zetten in de wijken De Brink, Hooge Akker en Veldzicht elk een wijkbeheerder in, die ten minste twee dagdelen per week in de wijk aanwezig is.",
               s="In 2023 waren in de drie wijken wijkbeheerders actief; zij behandelden samen 412 meldingen.",
               f=F([C], q=[(2, "dagdelen per week", "min")])),
    2025: dict(t="De corporaties zetten in de wijk Hooge Akker een wijkbeheerder in, die ten minste twee dagdelen per week in de wijk aanwezig is.",
               s="In 2024 zijn 389 meldingen door de wijkbeheerders behandeld.",
               f=F([C], q=[(2, "dagdelen per week", "min")])),
    2026: dict(t="De corporaties zetten in de wijk Hooge Akker een wijkbeheerder in, die ten minste twee dagdelen per week in de wijk aanwezig is.",
               s="In 2025 heeft de wijkbeheerder in Hooge Akker 176 meldingen behandeld.",
               f=F([C], q=[(2, "dagdelen per week", "min")])),
})

add("ontmoetingsplek-marktplein", [LB], "Elsgroen Wonen, Gemeente", {
    2025: dict(t="Elsgroen Wonen stelt de leegstaande bedrijfsruimte aan het Marktplein om niet beschikbaar als ontmoetingsplek voor ouderen in De Brink; de gemeente financiert de inrichting tot een bedrag van € 15.000.",
               s="nieuw",
               f=F([C, G], q=[(15000, "euro", "max")])),
    2026: dict(t="Elsgroen Wonen stelt de leegstaande bedrijfsruimte aan het Marktplein om niet beschikbaar als ontmoetingsplek voor ouderen in De Brink; de gemeente financiert de inrichting tot een bedrag van € 15.000.",
               s="De ontmoetingsplek is in april 2025 geopend en wordt wekelijks door circa 60 bewoners bezocht.",
               f=F([C, G], q=[(15000, "euro", "max")])),
})

add("buurthuis-de-brink", [LB], "Gemeente", {
    2024: dict(t="De gemeente agendeert in 2024 in het wijkoverleg van De Brink de wens van bewoners om een ontmoetingsplek in de wijk te realiseren.",
               s="In 2023 hebben 86 bewoners van De Brink een petitie voor een ontmoetingsplek aangeboden.",
               f=F([G], "discuss", dl=(2024, "in 2024"))),
})

add("woonoverlast", [LB], "Partijen", {
    2024: dict(t="Partijen maken in 2024 afspraken met zorgpartners en politie over een gezamenlijke aanpak van woonoverlast door kwetsbare huurders.",
               s="In 2023 zijn 64 overlastzaken gemeld, waarvan 22 met een zorgcomponent.",
               f=F([P], dl=(2024, "in 2024"))),
    2025: dict(t="Partijen werken volgens de in 2024 met zorgpartners en politie gemaakte afspraken over de gezamenlijke aanpak van woonoverlast door kwetsbare huurders.",
               s="Het convenant Woonoverlast is in september 2024 ondertekend door partijen, de GGD, de politie en twee zorgaanbieders.",
               f=F([P])),
    2026: dict(t="Partijen werken volgens de in 2024 met zorgpartners en politie gemaakte afspraken over de gezamenlijke aanpak van woonoverlast door kwetsbare huurders.",
               s="In 2025 zijn 41 overlastzaken volgens het convenant opgepakt.",
               f=F([P])),
})

add("welkomstbezoek", [LB], "Corporaties", {
    2024: dict(t="De corporaties zullen bij iedere nieuwe huurder binnen zes maanden na de start van de huurovereenkomst een welkomstbezoek afleggen.",
               s="In 2023 zijn 302 welkomstbezoeken afgelegd, bij 78% van de nieuwe huurders.",
               f=F([C], q=[(6, "maanden", "max")])),
    2025: dict(t="De corporaties zullen bij iedere nieuwe huurder binnen zes maanden na de start van de huurovereenkomst een welkomstbezoek afleggen.",
               s="In 2024 heeft 83% van de nieuwe huurders een welkomstbezoek gehad.",
               f=F([C], q=[(6, "maanden", "max")])),
    2026: dict(t="De corporaties streven ernaar bij iedere nieuwe huurder binnen zes maanden na de start van de huurovereenkomst een welkomstbezoek af te leggen.",
               s="In 2025 heeft 74% van de nieuwe huurders een welkomstbezoek gehad.",
               f=F([C], "intent", q=[(6, "maanden", "max")])),
})

add("wijkschouw", [LB], "Partijen", {
    2024: dict(t="Partijen houden twee keer per jaar in iedere wijk met corporatiebezit een wijkschouw, waarvoor ook bewoners worden uitgenodigd.",
               s="In 2023 zijn in zes wijken in totaal elf schouwen gehouden.",
               f=F([P], q=[(2, "keer per jaar", "exact")], rec=True)),
    2025: dict(t="Partijen houden één keer per jaar in iedere wijk met corporatiebezit een wijkschouw, waarvoor ook bewoners worden uitgenodigd.",
               s="In 2024 zijn twaalf schouwen gehouden; de opkomst van bewoners was laag.",
               f=F([P], q=[(1, "keer per jaar", "exact")], rec=True)),
    2026: dict(t="In iedere wijk met corporatiebezit wordt jaarlijks door partijen een wijkschouw gehouden, waarvoor ook de bewoners worden uitgenodigd.",
               s="In 2025 is in alle zes wijken een schouw gehouden.",
               f=F([P], q=[(1, "keer per jaar", "exact")], rec=True)),
})

add("woonvisie-actualisatie", [OV], "Gemeente", {
    2024: dict(t="De gemeente actualiseert uiterlijk in het derde kwartaal van 2024 de woonvisie en betrekt de corporaties en het Huurdersplatform bij het opstellen daarvan.",
               s="In 2023 is een woningmarktonderzoek uitgevoerd als voorbereiding op de nieuwe woonvisie.",
               f=F([G], dl=(2024, "uiterlijk in het derde kwartaal van 2024"))),
    2025: dict(t="De gemeente actualiseert uiterlijk in het eerste kwartaal van 2025 de woonvisie en betrekt de corporaties en het Huurdersplatform bij het opstellen daarvan.",
               s="De ontwerp-woonvisie is in december 2024 vrijgegeven voor inspraak; vaststelling door de raad volgt in 2025.",
               f=F([G], dl=(2025, "uiterlijk in het eerste kwartaal van 2025"))),
})

add("bod", [OV], "Corporaties", {
    2024: dict(t="De corporaties brengen vóór 1 juli 2024 hun bod uit op de woonvisie, als basis voor de prestatieafspraken 2025.",
               s="De biedingen voor 2024 zijn op 28 juni 2023 ontvangen.",
               f=F([C], dl=(2024, "vóór 1 juli 2024"), rec=True)),
    2025: dict(t="De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie, als basis voor de prestatieafspraken 2026.",
               s="Beide biedingen zijn vóór 1 juli 2024 ingediend.",
               f=F([C], dl=(2025, "vóór 1 juli 2025"), rec=True)),
    2026: dict(t="De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie, als basis voor de prestatieafspraken 2027.",
               s="Heidekant bracht het bod op 24 juni 2025 uit, Elsgroen Wonen op 3 juli 2025.",
               f=F([C], dl=(2026, "vóór 1 juli 2026"), rec=True)),
})

add("ondersteuning-hp", [OV], "Corporaties", {
    2024: dict(t="Heidekant en Elsgroen Wonen stellen het Huurdersplatform jaarlijks een budget van € 18.000 beschikbaar voor scholing, onafhankelijke advisering en het raadplegen van de achterban.",
               s="In 2023 is € 16.400 van het budget besteed.",
               f=F([C], q=[(18000, "euro", "exact")], rec=True)),
    2025: dict(t="Heidekant en Elsgroen Wonen stellen het Huurdersplatform jaarlijks een budget van € 22.000 beschikbaar voor scholing, onafhankelijke advisering en het raadplegen van de achterban.",
               s="In 2024 heeft het Huurdersplatform het budget volledig benut, onder meer voor een huurdersenquête.",
               f=F([C], q=[(22000, "euro", "exact")], rec=True)),
    2026: dict(t="Heidekant en Elsgroen Wonen stellen het Huurdersplatform jaarlijks een budget van € 22.000 beschikbaar voor scholing, onafhankelijke advisering en het raadplegen van de achterban.",
               s="In 2025 is € 20.900 besteed.",
               f=F([C], q=[(22000, "euro", "exact")], rec=True)),
})

add("monitoring", [OV], "Partijen", {
    2024: dict(t="Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in april en in oktober, aan de hand van de monitor van de corporaties.",
               s="In 2023 is het bestuurlijk overleg twee keer bijeengekomen.",
               f=F([P], "discuss", q=[(2, "keer per jaar", "exact")], rec=True)),
    2025: dict(t="Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in april en in oktober, aan de hand van de monitor van de corporaties.",
               s="In 2024 vonden de bestuurlijke overleggen plaats in april en november.",
               f=F([P], "discuss", q=[(2, "keer per jaar", "exact")], rec=True)),
    2026: dict(t="De voortgang van deze afspraken wordt twee keer per jaar, in april en in oktober, in het bestuurlijk overleg besproken op basis van de monitor die de corporaties aanleveren.",
               s="In 2025 is de monitor twee keer besproken, in april en oktober.",
               f=F([P], "discuss", q=[(2, "keer per jaar", "exact")], rec=True)),
})

add("dashboard", [OV], "Partijen", {
    2025: dict(t="Partijen stellen in 2025 gezamenlijk een dashboard op met kerncijfers over wachttijden, huurachterstanden en verduurzaming, dat twee keer per jaar wordt geactualiseerd.",
               s="nieuw",
               f=F([P], q=[(2, "keer per jaar", "exact")], dl=(2025, "in 2025"))),
    2026: dict(t="Het gezamenlijke dashboard met kerncijfers over wachttijden, huurachterstanden en verduurzaming wordt door partijen twee keer per jaar geactualiseerd.",
               s="Het dashboard is in september 2025 voor het eerst gepubliceerd.",
               f=F([P], q=[(2, "keer per jaar", "exact")], rec=True)),
})

add("evaluatie-samenwerking", [OV], "Partijen", {
    2026: dict(t="Partijen bespreken in het eerste halfjaar van 2026 de evaluatie van de samenwerking en gaan na of een overstap naar meerjarige kaderafspraken met jaarschijven wenselijk is.",
               s="nieuw",
               f=F([P], "discuss", dl=(2026, "in het eerste halfjaar van 2026"))),
})

# gold links; (status, kinds, hard_negative)
PAIRS = {
    (2024, 2025): {
        "nieuwbouw-heidekant": ("weakened", ["quantity"], None),
        "lindeveld-start": ("modified", ["deadline", "condition"], None),
        "flexwoningen": ("weakened", ["deadline"], None),
        "middenhuur-centrum": ("dropped", [], None),
        "woningdelen-pilot": ("new", [], None),
        "verkoop-heidekant": ("strengthened", ["quantity"], None),
        "liberalisatie-elsgroen": ("weakened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "doelgroep-toewijzing": ("reworded", [], "indexed_amount"),
        "inschrijfduur-starters": ("weakened", ["quantity"], None),
        "verhuisregeling-senioren": ("strengthened", ["modality"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "uitstroom-bw": ("strengthened", ["quantity"], None),
        "vroegsignalering": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("strengthened", ["quantity"], None),
        "labels-efg-heidekant": ("reworded", [], "progress"),
        "isolatie": ("strengthened", ["quantity"], None),
        "zonnepanelen": ("reworded", [], "recurring_year"),
        "warmtenet-hooge-akker": ("strengthened", ["modality"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "klimaatadaptatie-verkenning": ("dropped", [], None),
        "hemelwater": ("new", [], None),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "levensloopgeschikt": ("weakened", ["scope"], None),
        "woonzorgvisie": ("new", [], None),
        "brandveiligheid": ("reworded", [], "recurring_year"),
        "schouw-kwaliteit": ("weakened", ["modality"], None),
        "leefbaarheidsbudget": ("weakened", ["quantity"], None),
        "wijkbeheerders": ("weakened", ["scope"], None),
        "ontmoetingsplek-marktplein": ("new", [], None),
        "buurthuis-de-brink": ("dropped", [], None),
        "woonoverlast": ("strengthened", ["modality"], None),
        "wijkschouw": ("weakened", ["quantity"], None),
        "woonvisie-actualisatie": ("weakened", ["deadline"], None),
        "bod": ("reworded", [], "recurring_year"),
        "ondersteuning-hp": ("strengthened", ["quantity"], None),
        "dashboard": ("new", [], None),
    },
    (2025, 2026): {
        "nieuwbouw-heidekant": ("strengthened", ["quantity"], None),
        "lindeveld-start": ("dropped", [], None),
        "lindeveld-oplevering": ("new", [], None),
        "flexwoningen": ("strengthened", ["deadline"], None),
        "woningdelen-pilot": ("strengthened", ["quantity", "scope"], None),
        "jongerencontract": ("new", [], None),
        "verkoop-heidekant": ("strengthened", ["quantity"], None),
        "liberalisatie-elsgroen": ("reworded", [], "recurring_year"),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "doelgroep-toewijzing": ("strengthened", ["quantity"], None),
        "inschrijfduur-starters": ("strengthened", ["modality"], None),
        "verhuisregeling-senioren": ("strengthened", ["scope"], None),
        "vergunninghouders": ("weakened", ["modality"], None),
        "uitstroom-bw": ("strengthened", ["condition"], None),
        "vroegsignalering": ("reworded", [], "same_figures"),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "energiecoaches": ("strengthened", ["quantity"], None),
        "labels-efg-heidekant": ("weakened", ["deadline", "label"], None),
        "gemiddeld-label-elsgroen": ("weakened", ["deadline"], None),
        "isolatie": ("weakened", ["quantity", "condition"], None),
        "zonnepanelen": ("weakened", ["modality"], None),
        "warmtenet-hooge-akker": ("weakened", ["deadline"], None),
        "hemelwater": ("reworded", [], None),
        "groene-daken": ("new", [], None),
        "reparatietermijn": ("weakened", ["quantity"], None),
        "woonzorgvisie": ("weakened", ["deadline"], None),
        "levensloopgeschikt": ("reworded", [], "recurring_year"),
        "woningaanpassingen": ("reworded", [], None),
        "brandveiligheid": ("weakened", ["scope"], None),
        "schouw-kwaliteit": ("dropped", [], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "welkomstbezoek": ("weakened", ["modality"], None),
        "wijkschouw": ("reworded", [], None),
        "woonvisie-actualisatie": ("dropped", [], None),
        "bod": ("reworded", [], "recurring_year"),
        "monitoring": ("reworded", [], "same_figures"),
        "dashboard": ("reworded", [], None),
        "evaluatie-samenwerking": ("new", [], None),
    },
}
