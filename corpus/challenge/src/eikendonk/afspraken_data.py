# -*- coding: utf-8 -*-
"""Content source for the eikendonk family (fictional gemeente Eikendonk).

Every afspraak has a stable key. For each year it has a version with:
  text  - the afspraak as printed (without number, without the trailing parenthesis)
  p     - the trailing parenthesis content ("trekker: ...; gereed: ...") or None
  f     - the frame (actors, modality, quantities, deadline, recurring, conditions)
A version given as SAME is a verbatim copy of the previous year's version.
"""

SAME = "="

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    quantities = []
    for item in q:
        value, unit, comp = item[:3]
        vmax = item[3] if len(item) > 3 else None
        quantities.append({"value": value, "unit": unit, "comparator": comp, "value_max": vmax})
    return {
        "actors": list(actors),
        "modality": mod,
        "quantities": quantities,
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


def V(text, p, f):
    return {"text": text, "p": p, "f": f}


AFS = {}


def A(key, themes, versions):
    AFS[key] = {"themes": themes, "v": versions}


# ---------------------------------------------------------------- II Betaalbaar en beschikbaar wonen
A("nieuwbouw-lindehof", [B], {
    2024: V("Woonstichting Lindehof realiseert in de periode 2024 tot en met 2027 ten minste 220 sociale "
            "huurwoningen in de gemeente Eikendonk, bij voorkeur op inbreidingslocaties in de kernen Eikendonk "
            "en Heesveld. De projecten en de verwachte opleveringsjaren zijn opgenomen in bijlage 1; wijzigingen "
            "in de programmering worden tijdig in het ambtelijk overleg gemeld.",
            "trekker: Lindehof; gereed: eind 2027",
            F(["corporatie"], "firm", [(220, "woningen", "min")], (2027, "in de periode 2024 tot en met 2027"))),
    2025: V("Woonstichting Lindehof realiseert in de periode 2024 tot en met 2027 ten minste 190 sociale "
            "huurwoningen in de gemeente Eikendonk, bij voorkeur op inbreidingslocaties in de kernen Eikendonk "
            "en Heesveld. De projecten en de verwachte opleveringsjaren zijn opgenomen in bijlage 1; wijzigingen "
            "in de programmering worden tijdig in het ambtelijk overleg gemeld.",
            "trekker: Lindehof; gereed: eind 2027",
            F(["corporatie"], "firm", [(190, "woningen", "min")], (2027, "in de periode 2024 tot en met 2027"))),
    2026: V("Van de ten minste 190 sociale huurwoningen die Woonstichting Lindehof in de periode 2024 tot en met "
            "2027 in de gemeente Eikendonk realiseert, zijn er naar verwachting eind 2025 64 opgeleverd. De "
            "resterende 126 woningen worden in 2026 en 2027 opgeleverd in de projecten Vlasakker-Noord fase 2, "
            "De Lindeboom en Marktstraat; wijzigingen in de programmering worden tijdig in het ambtelijk overleg "
            "gemeld.",
            "trekker: Lindehof; gereed: eind 2027",
            F(["corporatie"], "firm", [(190, "woningen", "min"), (126, "woningen", "exact")],
              (2027, "in 2026 en 2027"))),
})

A("nieuwbouw-dreef", [B], {
    2024: V("Stichting Brugwonen start in het tweede kwartaal van 2024 met de bouw van 36 sociale huurwoningen aan "
            "de Molenbeekse Dreef, waarvan 12 levensloopgeschikte appartementen, en levert deze woningen uiterlijk "
            "eind 2025 op.",
            "trekker: Brugwonen; gereed: eind 2025",
            F(["corporatie"], "firm", [(36, "woningen", "exact"), (12, "appartementen", "exact")],
              (2025, "uiterlijk eind 2025"))),
    2025: V("Stichting Brugwonen is in 2024 gestart met de bouw van 36 sociale huurwoningen aan de Molenbeekse "
            "Dreef, waarvan 12 levensloopgeschikte appartementen. Door vertraging bij de netaansluiting worden deze "
            "woningen uiterlijk medio 2026 opgeleverd.",
            "trekker: Brugwonen; gereed: medio 2026",
            F(["corporatie"], "firm", [(36, "woningen", "exact"), (12, "appartementen", "exact")],
              (2026, "uiterlijk medio 2026"))),
    2026: V("Stichting Brugwonen levert de 36 sociale huurwoningen aan de Molenbeekse Dreef, waarvan 12 "
            "levensloopgeschikte appartementen, uiterlijk in het eerste kwartaal van 2026 op; de netaansluiting is "
            "inmiddels gerealiseerd.",
            "trekker: Brugwonen; gereed: Q1 2026",
            F(["corporatie"], "firm", [(36, "woningen", "exact"), (12, "appartementen", "exact")],
              (2026, "uiterlijk in het eerste kwartaal van 2026"))),
})

A("flexwonen", [B], {
    2025: V("De gemeente en Stichting Brugwonen realiseren op de locatie Oude Veiling 24 tijdelijke woningen voor "
            "spoedzoekers, zoals inwoners die na een scheiding of bij ontslag uit een instelling met spoed "
            "woonruimte nodig hebben. De gemeente stelt de grond voor ten minste tien jaar om niet beschikbaar en "
            "de woningen worden uiterlijk eind 2025 opgeleverd.",
            "trekker: Brugwonen; gereed: eind 2025",
            F(["gemeente", "corporatie"], "firm", [(24, "woningen", "exact"), (10, "jaar", "min")],
              (2025, "uiterlijk eind 2025"))),
    2026: V("De gemeente en Stichting Brugwonen realiseren op de locatie Oude Veiling 20 tijdelijke woningen voor "
            "spoedzoekers, zoals inwoners die na een scheiding of bij ontslag uit een instelling met spoed "
            "woonruimte nodig hebben. De gemeente stelt de grond voor ten minste tien jaar om niet beschikbaar en "
            "de woningen worden uiterlijk medio 2026 opgeleverd.",
            "trekker: Brugwonen; gereed: medio 2026",
            F(["gemeente", "corporatie"], "firm", [(20, "woningen", "exact"), (10, "jaar", "min")],
              (2026, "uiterlijk medio 2026"))),
})

A("grondposities", [B], {
    2024: V("De gemeente zegt toe jaarlijks ten minste twee locaties die geschikt zijn voor sociale huurwoningen "
            "eerst aan de corporaties aan te bieden, tegen de grondprijs voor sociale huur uit de geldende "
            "grondprijzenbrief.",
            "trekker: gemeente; termijn: jaarlijks",
            F(["gemeente"], "firm", [(2, "locaties", "min")], None, True)),
    2025: SAME,
    2026: V("De gemeente zet zich in om jaarlijks ten minste twee locaties die geschikt zijn voor sociale "
            "huurwoningen eerst aan de corporaties aan te bieden, tegen de grondprijs voor sociale huur uit de "
            "geldende grondprijzenbrief.",
            "trekker: gemeente; termijn: jaarlijks",
            F(["gemeente"], "intent", [(2, "locaties", "min")], None, True)),
})

A("aandeel-sociaal", [B], {
    2024: V("Partijen hanteren bij nieuwe woningbouwplannen van twaalf of meer woningen een aandeel van ten minste "
            "30% sociale huur, conform de Woonvisie Eikendonk 2022-2030 en de afspraken uit de regionale woondeal "
            "Donkervallei.",
            None,
            F(["partijen"], "firm", [(30, "%", "min")])),
    2025: V("Partijen hanteren bij nieuwe woningbouwplannen van twaalf of meer woningen een aandeel van ten minste "
            "35% sociale huur, conform de Woonvisie Eikendonk 2022-2030 en de afspraken uit de regionale woondeal "
            "Donkervallei.",
            None,
            F(["partijen"], "firm", [(35, "%", "min")])),
    2026: SAME,
})

A("verkoop-lindehof", [B], {
    2024: V("Woonstichting Lindehof verkoopt in 2024 maximaal 15 bestaande sociale huurwoningen, uitsluitend bij "
            "mutatie en bij voorkeur aan starters en zittende huurders; de opbrengst wordt ingezet voor nieuwbouw "
            "in Eikendonk.",
            "trekker: Lindehof; termijn: 2024",
            F(["corporatie"], "firm", [(15, "woningen", "max")], (2024, "in 2024"), True)),
    2025: V("Woonstichting Lindehof verkoopt in 2025 maximaal 10 bestaande sociale huurwoningen, uitsluitend bij "
            "mutatie en bij voorkeur aan starters en zittende huurders; de opbrengst wordt ingezet voor nieuwbouw "
            "in Eikendonk.",
            "trekker: Lindehof; termijn: 2025",
            F(["corporatie"], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
    2026: V("Woonstichting Lindehof verkoopt in 2026 geen bestaande sociale huurwoningen; de verkoop is opgeschort "
            "totdat de sociale huurvoorraad in Eikendonk weer ten minste op het niveau van 1 januari 2022 ligt.",
            "trekker: Lindehof; termijn: 2026",
            F(["corporatie"], "firm", [(0, "woningen", "max")], (2026, "in 2026"), True)),
})

A("liberalisatie-brugwonen", [B], {
    2024: V("Stichting Brugwonen liberaliseert per jaar maximaal 8 woningen bij mutatie, uitsluitend in complexen "
            "waar de huurprijs al dicht bij de liberalisatiegrens ligt, en biedt deze woningen aan als "
            "middenhuurwoning.",
            "eigenaar: Brugwonen; termijn: jaarlijks",
            F(["corporatie"], "firm", [(8, "woningen", "max")], None, True)),
    2025: V("Stichting Brugwonen liberaliseert per jaar maximaal 12 woningen bij mutatie, uitsluitend in complexen "
            "waar de huurprijs al dicht bij de liberalisatiegrens ligt, en biedt deze woningen aan als "
            "middenhuurwoning.",
            "eigenaar: Brugwonen; termijn: jaarlijks",
            F(["corporatie"], "firm", [(12, "woningen", "max")], None, True)),
    2026: SAME,
})

A("huurverhoging", [B], {
    2024: V("De corporaties houden de gemiddelde huurverhoging van hun sociale huurwoningen per 1 juli 2024 maximaal "
            "gelijk aan de inflatie. Woningen met een energielabel E, F of G krijgen daarbij geen huurverhoging.",
            "trekker: beide corporaties; gereed: 1 juli 2024",
            F(["corporatie"], "firm", [], (2024, "per 1 juli 2024"), True)),
    2025: V("De corporaties houden de gemiddelde huurverhoging van hun sociale huurwoningen per 1 juli 2025 ten "
            "minste 0,5% onder de inflatie. Woningen met een energielabel E, F of G krijgen daarbij geen "
            "huurverhoging.",
            "trekker: beide corporaties; gereed: 1 juli 2025",
            F(["corporatie"], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
    2026: V("De corporaties houden de gemiddelde huurverhoging van hun sociale huurwoningen per 1 juli 2026 ten "
            "minste 0,5% onder de inflatie. Woningen met een energielabel E, F of G krijgen daarbij geen "
            "huurverhoging.",
            "trekker: beide corporaties; gereed: 1 juli 2026",
            F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
})

A("lokale-binding", [B], {
    2024: V("De corporaties wijzen ten minste 25% van de vrijkomende sociale huurwoningen in de kernen Heesveld en "
            "Molenbeek met voorrang toe aan woningzoekenden met een aantoonbare lokale binding met die kern.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(25, "%", "min")])),
    2025: V("Van de sociale huurwoningen die in de kernen Heesveld en Molenbeek vrijkomen, wordt ten minste 25% met "
            "voorrang toegewezen aan woningzoekenden die een aantoonbare lokale binding met de betreffende kern "
            "hebben.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(25, "%", "min")])),
    2026: V("Van de sociale huurwoningen die in de kernen Heesveld en Molenbeek vrijkomen, wordt ten minste 20% met "
            "voorrang toegewezen aan woningzoekenden die een aantoonbare lokale binding met de betreffende kern "
            "hebben.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(20, "%", "min")])),
})

A("slaagkansen", [B], {
    2026: V("Partijen laten in 2026 onderzoeken hoe de slaagkansen van jongeren tot 28 jaar en van starters op de "
            "sociale huurmarkt in Eikendonk zich ontwikkelen, en bespreken de uitkomsten, inclusief mogelijke "
            "aanpassingen van het toewijzingsbeleid, in het bestuurlijk overleg van het najaar.",
            "trekker: gemeente; gereed: Q3 2026",
            F(["partijen"], "explore", [], (2026, "in 2026"))),
})

A("passend-toewijzen", [B], {
    2024: V("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe. Huishoudens "
            "met een inkomen tot € 32.175 (eenpersoons) of € 43.550 (meerpersoons), prijspeil 2024, krijgen een "
            "woning aangeboden met een huurprijs tot de voor hen geldende aftoppingsgrens.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(95, "%", "min"), (32175, "euro", "max"), (43550, "euro", "max")])),
    2025: V("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe. Huishoudens "
            "met een inkomen tot € 33.150 (eenpersoons) of € 44.875 (meerpersoons), prijspeil 2025, krijgen een "
            "woning aangeboden met een huurprijs tot de voor hen geldende aftoppingsgrens.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(95, "%", "min"), (33150, "euro", "max"), (44875, "euro", "max")])),
    2026: V("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe. Huishoudens "
            "met een inkomen tot € 34.075 (eenpersoons) of € 46.150 (meerpersoons), prijspeil 2026, krijgen een "
            "woning aangeboden met een huurprijs tot de voor hen geldende aftoppingsgrens.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(95, "%", "min"), (34075, "euro", "max"), (46150, "euro", "max")])),
})

A("taakstelling", [B], {
    2024: V("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar om de gemeente in "
            "staat te stellen de wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren. "
            "Voor 2024 bedraagt de taakstelling 58 personen; de gemeente zorgt voor begeleiding in het eerste jaar "
            "na vestiging.",
            "trekker: gemeente; termijn: halfjaarlijks",
            F(["corporatie", "gemeente"], "firm", [(58, "personen", "exact")], (2024, "Voor 2024"), True)),
    2025: V("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar om de gemeente in "
            "staat te stellen de wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren. "
            "Voor 2025 bedraagt de door het Rijk vastgestelde taakstelling 71 personen; de gemeente zorgt voor "
            "begeleiding in het eerste jaar na vestiging.",
            "trekker: gemeente; termijn: halfjaarlijks",
            F(["corporatie", "gemeente"], "firm", [(71, "personen", "exact")], (2025, "Voor 2025"), True)),
    2026: V("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar om de gemeente in "
            "staat te stellen de wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren. "
            "Voor 2026 bedraagt de door het Rijk vastgestelde taakstelling 64 personen; de gemeente zorgt voor "
            "begeleiding in het eerste jaar na vestiging.",
            "trekker: gemeente; termijn: halfjaarlijks",
            F(["corporatie", "gemeente"], "firm", [(64, "personen", "exact")], (2026, "Voor 2026"), True)),
})

A("vroegsignalering", [B], {
    2024: V("De corporaties nemen uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder en "
            "geven de achterstand, met toestemming van de huurder, door aan het team Vroegsignalering van de "
            "gemeente. De gemeente biedt binnen tien werkdagen na de melding een gesprek aan.",
            "trekker: beide corporaties en gemeente; termijn: doorlopend",
            F(["corporatie", "gemeente"], "firm", [(1, "maanden", "max"), (10, "dagen", "max")])),
    2025: V("De corporaties nemen uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en "
            "geven de achterstand, met toestemming van de huurder, door aan het team Vroegsignalering van de "
            "gemeente. De gemeente biedt binnen tien werkdagen na de melding een gesprek aan.",
            "trekker: beide corporaties en gemeente; termijn: doorlopend",
            F(["corporatie", "gemeente"], "firm", [(2, "maanden", "max"), (10, "dagen", "max")])),
    2026: SAME,
})

A("huisuitzettingen", [B], {
    2024: V("Partijen zetten zich gezamenlijk in om het aantal huisuitzettingen dat uitsluitend het gevolg is van "
            "een huurachterstand in 2024 te beperken tot maximaal drie.",
            None,
            F(["partijen"], "intent", [(3, "huisuitzettingen", "max")], (2024, "in 2024"), True)),
    2025: V("Partijen zetten zich gezamenlijk in om huisuitzettingen die uitsluitend het gevolg zijn van een "
            "huurachterstand te voorkomen; het streven is dat er om die reden geen enkele huisuitzetting "
            "plaatsvindt.",
            None,
            F(["partijen"], "intent", [(0, "huisuitzettingen", "max")])),
    2026: SAME,
})

# ---------------------------------------------------------------- Wonen en zorg
A("uitstroom-bw", [B, L], {
    2024: V("De corporaties stellen in 2024 gezamenlijk ten minste 18 woningen beschikbaar voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang, volgens de werkwijze van het regionale "
            "convenant Uitstroom Donkervallei. De gemeente draagt zorg voor passende begeleiding zolang dat nodig "
            "is.",
            "trekker: beide corporaties; gereed: eind 2024",
            F(["corporatie", "gemeente"], "firm", [(18, "woningen", "min")], (2024, "in 2024"), True)),
    2025: V("De corporaties stellen in 2025 gezamenlijk ten minste 22 woningen beschikbaar voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang, volgens de werkwijze van het regionale "
            "convenant Uitstroom Donkervallei. De gemeente draagt zorg voor passende begeleiding zolang dat nodig "
            "is.",
            "trekker: beide corporaties; gereed: eind 2025",
            F(["corporatie", "gemeente"], "firm", [(22, "woningen", "min")], (2025, "in 2025"), True)),
    2026: V("De corporaties stellen in 2026 gezamenlijk ten minste 22 woningen beschikbaar voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang, volgens de werkwijze van het regionale "
            "convenant Uitstroom Donkervallei. De gemeente draagt zorg voor passende begeleiding zolang dat nodig "
            "is.",
            "trekker: beide corporaties; gereed: eind 2026",
            F(["corporatie", "gemeente"], "firm", [(22, "woningen", "min")], (2026, "in 2026"), True)),
})

A("levensloop", [K], {
    2024: V("Ten minste 30% van de nieuwbouw van de corporaties wordt levensloopgeschikt gebouwd, met de woonkamer, "
            "keuken, slaapkamer en badkamer op één woonlaag of bereikbaar met een lift.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(30, "%", "min")])),
    2025: SAME,
    2026: SAME,
})

A("wmo-aanpassingen", [K], {
    2024: V("De gemeente en de corporaties handelen aanvragen voor woningaanpassingen op grond van de Wmo binnen zes "
            "weken na ontvangst van het advies van de gemeente af. Bij aanpassingen boven € 10.000 bekijken "
            "partijen eerst of verhuizing naar een geschikte woning een beter alternatief is.",
            "trekker: gemeente; termijn: doorlopend",
            F(["gemeente", "corporatie"], "firm", [(6, "weken", "max"), (10000, "euro", "min")])),
    2025: V("Wanneer een huurder op grond van de Wmo een woningaanpassing nodig heeft, zorgen de gemeente en de "
            "corporaties er samen voor dat de aanvraag binnen zes weken na het advies van de gemeente is "
            "afgehandeld. Gaat het om een aanpassing van meer dan € 10.000, dan wordt eerst met de huurder bezien "
            "of een verhuizing naar een al geschikte woning de voorkeur heeft.",
            "trekker: gemeente; termijn: doorlopend",
            F(["gemeente", "corporatie"], "firm", [(6, "weken", "max"), (10000, "euro", "min")])),
    2026: V("Wanneer een huurder op grond van de Wmo een woningaanpassing nodig heeft, zorgen de gemeente en de "
            "corporaties er samen voor dat de aanvraag binnen acht weken na het advies van de gemeente is "
            "afgehandeld. Gaat het om een aanpassing van meer dan € 10.000, dan wordt eerst met de huurder bezien "
            "of een verhuizing naar een al geschikte woning de voorkeur heeft.",
            "trekker: gemeente; termijn: doorlopend",
            F(["gemeente", "corporatie"], "firm", [(8, "weken", "max"), (10000, "euro", "min")])),
})

A("seniorenregeling", [B], {
    2024: V("Partijen verkennen in 2024 of een verhuisregeling haalbaar is voor senioren die een eengezinswoning "
            "achterlaten, waarbij de huurder voorrang krijgt op een gelijkvloerse woning en de huurprijs van de "
            "nieuwe woning zoveel mogelijk gelijk blijft aan de huidige.",
            "trekker: Lindehof; gereed: Q4 2024",
            F(["partijen"], "explore", [], (2024, "in 2024"))),
    2025: V("Per 1 januari 2025 wordt door de corporaties een verhuisregeling ingevoerd voor senioren die een "
            "eengezinswoning achterlaten: zij krijgen voorrang op een gelijkvloerse woning in de eigen kern en "
            "behouden zoveel mogelijk hun huidige huurprijs.",
            "trekker: beide corporaties; gereed: 1 januari 2025",
            F(["corporatie"], "firm", [], (2025, "Per 1 januari 2025"))),
    2026: V("De corporaties passen de verhuisregeling voor senioren die een eengezinswoning achterlaten in 2026 "
            "alleen toe in de kern Eikendonk: deze senioren krijgen voorrang op een gelijkvloerse woning en "
            "behouden zoveel mogelijk hun huidige huurprijs.",
            "trekker: beide corporaties; termijn: 2026",
            F(["corporatie"], "firm", [], (2026, "in 2026"), True)),
})

A("woonzorgcluster-beemd", [K], {
    2024: V("Stichting Brugwonen onderzoekt samen met Zorggroep De Donk de mogelijkheid om in de wijk De Beemd een "
            "woonzorgcluster van ongeveer 24 woningen met een gemeenschappelijke ruimte te realiseren, en legt de "
            "uitkomst vóór 1 november 2024 aan partijen voor.",
            "trekker: Brugwonen; gereed: 1 november 2024",
            F(["corporatie"], "explore", [(24, "woningen", "approx")], (2024, "vóór 1 november 2024"))),
})

A("kloosterhof", [K, B], {
    2025: V("Woonstichting Lindehof transformeert het voormalige verzorgingshuis Kloosterhof tot 30 zelfstandige, "
            "zorggeschikte huurwoningen voor senioren met een ontmoetingsruimte op de begane grond, die uiterlijk "
            "eind 2026 worden opgeleverd. De gemeente en Zorggroep De Donk maken afspraken over de inzet van "
            "thuiszorg en welzijn in het complex.",
            "trekker: Lindehof; gereed: eind 2026",
            F(["corporatie", "gemeente", "other"], "firm", [(30, "woningen", "exact")],
              (2026, "uiterlijk eind 2026"))),
    2026: V("Woonstichting Lindehof transformeert het voormalige verzorgingshuis Kloosterhof tot 30 zelfstandige, "
            "zorggeschikte huurwoningen voor senioren met een ontmoetingsruimte op de begane grond, die uiterlijk "
            "eind 2026 worden opgeleverd, mits de omgevingsvergunning voor de transformatie tijdig onherroepelijk "
            "wordt. De gemeente en Zorggroep De Donk maken afspraken over de inzet van thuiszorg en welzijn in het "
            "complex.",
            "trekker: Lindehof; gereed: eind 2026",
            F(["corporatie", "gemeente", "other"], "firm", [(30, "woningen", "exact")],
              (2026, "uiterlijk eind 2026"),
              cond=["mits de omgevingsvergunning voor de transformatie tijdig onherroepelijk wordt"])),
})

A("toegankelijkheid", [K], {
    2024: V("De corporaties brengen vóór 1 oktober 2024 van al hun seniorencomplexen de toegankelijkheid in kaart, "
            "waaronder drempels, liften, scootmobielstallingen en de bereikbaarheid van de entree, en stellen op "
            "basis daarvan een verbeterplan op.",
            "trekker: beide corporaties; gereed: 1 oktober 2024",
            F(["corporatie"], "firm", [], (2024, "vóór 1 oktober 2024"))),
    2025: V("Stichting Brugwonen brengt vóór 1 april 2025 van haar seniorencomplexen de toegankelijkheid in kaart, "
            "waaronder drempels, liften, scootmobielstallingen en de bereikbaarheid van de entree, en stelt op basis "
            "daarvan een verbeterplan op.",
            "trekker: Brugwonen; gereed: 1 april 2025",
            F(["corporatie"], "firm", [], (2025, "vóór 1 april 2025"))),
})

# ---------------------------------------------------------------- Duurzaam wonen / Energietransitie
A("efg-uitfasering", [D], {
    2024: V("De corporaties zorgen ervoor dat uiterlijk eind 2026 geen van hun woningen in de gemeente Eikendonk "
            "nog een energielabel E, F of G heeft, met uitzondering van woningen die binnen vijf jaar worden "
            "gesloopt; per 1 januari 2024 betreft dit 212 woningen.",
            "trekker: beide corporaties; gereed: eind 2026",
            F(["corporatie"], "firm", [(0, "woningen met label E, F of G", "max"), (212, "woningen", "exact")],
              (2026, "uiterlijk eind 2026"))),
    2025: V("De corporaties zorgen ervoor dat uiterlijk eind 2026 geen van hun woningen in de gemeente Eikendonk "
            "nog een energielabel E, F of G heeft, met uitzondering van woningen die binnen vijf jaar worden "
            "gesloopt; per 1 januari 2025 betreft dit nog 131 woningen.",
            "trekker: beide corporaties; gereed: eind 2026",
            F(["corporatie"], "firm", [(0, "woningen met label E, F of G", "max"), (131, "woningen", "exact")],
              (2026, "uiterlijk eind 2026"))),
    2026: V("De corporaties zorgen ervoor dat uiterlijk eind 2027 geen van hun woningen in de gemeente Eikendonk "
            "nog een energielabel E, F of G heeft, met uitzondering van woningen die binnen vijf jaar worden "
            "gesloopt; per 1 januari 2026 betreft dit nog 58 woningen.",
            "trekker: beide corporaties; gereed: eind 2027",
            F(["corporatie"], "firm", [(0, "woningen met label E, F of G", "max"), (58, "woningen", "exact")],
              (2027, "uiterlijk eind 2027"))),
})

A("label-brugwonen", [D], {
    2024: V("Stichting Brugwonen brengt haar woningbezit in Eikendonk uiterlijk in 2028 op gemiddeld energielabel B, "
            "berekend volgens de geldende bepalingsmethode.",
            "trekker: Brugwonen; gereed: 2028",
            F(["corporatie"], "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
    2025: V("Stichting Brugwonen brengt haar woningbezit in Eikendonk uiterlijk in 2028 op gemiddeld energielabel C, "
            "berekend volgens de geldende bepalingsmethode.",
            "trekker: Brugwonen; gereed: 2028",
            F(["corporatie"], "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028"))),
    2026: SAME,
})

A("isolatie-lindehof", [D], {
    2024: V("Woonstichting Lindehof isoleert in 2024 ten minste 180 woningen volgens de standaard voor "
            "basisisolatie, met voorrang voor complexen met een energielabel D of slechter.",
            "trekker: Lindehof; gereed: eind 2024",
            F(["corporatie"], "firm", [(180, "woningen", "min")], (2024, "in 2024"), True)),
    2025: V("Woonstichting Lindehof isoleert in 2025 ten minste 210 woningen volgens de standaard voor "
            "basisisolatie, met voorrang voor complexen met een energielabel D of slechter.",
            "trekker: Lindehof; gereed: eind 2025",
            F(["corporatie"], "firm", [(210, "woningen", "min")], (2025, "in 2025"), True)),
    2026: V("Woonstichting Lindehof isoleert in 2026 ten minste 210 woningen volgens de standaard voor "
            "basisisolatie, met voorrang voor complexen met een energielabel D of slechter.",
            "trekker: Lindehof; gereed: eind 2026",
            F(["corporatie"], "firm", [(210, "woningen", "min")], (2026, "in 2026"), True)),
})

A("zonnepanelen", [D], {
    2024: V("De corporaties bieden alle huurders van een eengezinswoning met een geschikt dak zonnepanelen aan "
            "tegen een maandelijkse vergoeding van ten hoogste € 7,50; huurders die hierop ingaan, worden vooraf "
            "geïnformeerd over de te verwachten besparing.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(7.5, "euro", "max")])),
    2025: V("De corporaties bieden de huurders van een eengezinswoning met een geschikt dak in de wijken Vlasakker "
            "en Kloosterveld zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 7,50; huurders "
            "die hierop ingaan, worden vooraf geïnformeerd over de te verwachten besparing.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(7.5, "euro", "max")])),
    2026: V("De corporaties bieden alle huurders van een eengezinswoning of benedenwoning met een geschikt dak "
            "zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 7,50; huurders die hierop ingaan, "
            "worden vooraf geïnformeerd over de te verwachten besparing.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(7.5, "euro", "max")])),
})

A("energiecoaches", [D, B], {
    2024: V("De gemeente zet in 2024 vrijwillige energiecoaches in die huurders met hoge energielasten thuis "
            "adviseren over besparing en over het aanvragen van tegemoetkomingen, en stelt hiervoor € 40.000 "
            "beschikbaar. De corporaties wijzen hun huurders actief op dit aanbod.",
            "trekker: gemeente; termijn: 2024; budget: € 40.000",
            F(["gemeente", "corporatie"], "firm", [(40000, "euro", "exact")], (2024, "in 2024"), True)),
    2025: V("De gemeente zet in 2025, onder voorbehoud van de rijksbijdrage voor de aanpak van energiearmoede, "
            "vrijwillige energiecoaches in die huurders met hoge energielasten thuis adviseren over besparing en "
            "over het aanvragen van tegemoetkomingen, en stelt hiervoor € 40.000 beschikbaar. De corporaties wijzen "
            "hun huurders actief op dit aanbod.",
            "trekker: gemeente; termijn: 2025; budget: € 40.000",
            F(["gemeente", "corporatie"], "firm", [(40000, "euro", "exact")], (2025, "in 2025"), True,
              ["onder voorbehoud van de rijksbijdrage voor de aanpak van energiearmoede"])),
    2026: V("De gemeente zet in 2026 vrijwillige energiecoaches in die huurders met hoge energielasten thuis "
            "adviseren over besparing en over het aanvragen van tegemoetkomingen, en stelt hiervoor € 40.000 "
            "beschikbaar. De corporaties wijzen hun huurders actief op dit aanbod.",
            "trekker: gemeente; termijn: 2026; budget: € 40.000",
            F(["gemeente", "corporatie"], "firm", [(40000, "euro", "exact")], (2026, "in 2026"), True)),
})

A("warmte-kloosterveld", [D], {
    2024: V("Partijen gaan in 2024 met elkaar in gesprek over de uitwerking van de Transitievisie Warmte voor de "
            "wijk Kloosterveld, waaronder de mogelijkheid van een collectief warmtenet en de gevolgen daarvan voor "
            "de woonlasten van huurders.",
            "trekker: gemeente; gereed: Q4 2024",
            F(["partijen"], "discuss", [], (2024, "in 2024"))),
    2025: V("De gemeente stelt in 2025 samen met de corporaties en de huurdersorganisaties het wijkuitvoeringsplan "
            "Kloosterveld vast, waarin de keuze voor een collectief warmtenet en de gevolgen daarvan voor de "
            "woonlasten van huurders worden uitgewerkt.",
            "trekker: gemeente; gereed: Q3 2025",
            F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [], (2025, "in 2025"))),
})

A("warmtenet-kloosterveld", [D, B], {
    2026: V("Partijen streven ernaar dat in 2027 de eerste 150 corporatiewoningen in Kloosterveld zijn aangesloten "
            "op het warmtenet, waarbij de woonlasten van huurders na aansluiting niet hoger uitvallen dan daarvoor. "
            "De corporaties vragen hiervoor vóór 1 juli 2026 de instemming van ten minste 70% van de huurders per "
            "complex.",
            "trekker: gemeente; gereed: 2027",
            F(["partijen", "corporatie"], "intent", [(150, "woningen", "exact"), (70, "%", "min")],
              (2027, "in 2027"))),
})

A("hybride", [D], {
    2024: V("Woonstichting Lindehof voert in 2024 een pilot uit met hybride warmtepompen in 40 eengezinswoningen in "
            "De Beemd en deelt de ervaringen van de bewoners met partijen.",
            "trekker: Lindehof; gereed: eind 2024",
            F(["corporatie"], "firm", [(40, "woningen", "exact")], (2024, "in 2024"))),
    2025: V("Woonstichting Lindehof plaatst bij de vervanging van cv-ketels in al haar eengezinswoningen standaard "
            "een hybride warmtepomp. De ervaringen uit de pilot in De Beemd worden gebruikt bij de voorlichting aan "
            "bewoners.",
            "eigenaar: Lindehof; termijn: doorlopend",
            F(["corporatie"], "firm", [], None, False)),
    2026: SAME,
})

# ---------------------------------------------------------------- Kwaliteit en onderhoud
A("vocht-schimmel", [K], {
    2024: V("De corporaties nemen elke melding van vocht of schimmel binnen vier weken in behandeling met een "
            "inspectie in de woning en informeren de huurder schriftelijk over de oorzaak en de maatregelen die "
            "worden genomen.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(4, "weken", "max")])),
    2025: V("De corporaties nemen elke melding van vocht of schimmel binnen drie weken in behandeling met een "
            "inspectie in de woning en informeren de huurder schriftelijk over de oorzaak en de maatregelen die "
            "worden genomen.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(3, "weken", "max")])),
    2026: SAME,
})

A("reparaties", [K], {
    2024: V("Spoedeisende reparaties worden door de corporaties binnen 24 uur verholpen; overige reparatieverzoeken "
            "worden binnen tien werkdagen uitgevoerd of, als dat niet lukt, wordt met de huurder een vaste afspraak "
            "gemaakt.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(24, "uur", "max"), (10, "dagen", "max")])),
    2025: V("Spoedeisende reparaties worden door de corporaties binnen 24 uur verholpen; overige reparatieverzoeken "
            "worden binnen vijftien werkdagen uitgevoerd of, als dat niet lukt, wordt met de huurder een vaste "
            "afspraak gemaakt.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(24, "uur", "max"), (15, "dagen", "max")])),
    2026: V("De corporaties verhelpen spoedeisende reparaties binnen 24 uur. Overige reparatieverzoeken voeren zij "
            "binnen vijftien werkdagen uit; lukt dat niet, dan maken zij met de huurder een vaste afspraak.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie"], "firm", [(24, "uur", "max"), (15, "dagen", "max")])),
})

A("onderhoudsbegroting", [K, O], {
    2024: V("De corporaties informeren de huurdersorganisaties vóór 1 maart 2024 over de planmatige "
            "onderhoudswerkzaamheden en de onderhoudsbegroting per complex voor het lopende jaar, zodat de "
            "huurdersorganisaties tijdig advies kunnen uitbrengen.",
            "trekker: beide corporaties; gereed: 1 maart 2024",
            F(["corporatie"], "firm", [], (2024, "vóór 1 maart 2024"), True)),
    2025: V("De corporaties informeren de huurdersorganisaties vóór 1 maart 2025 over de planmatige "
            "onderhoudswerkzaamheden en de onderhoudsbegroting per complex voor het lopende jaar, zodat de "
            "huurdersorganisaties tijdig advies kunnen uitbrengen.",
            "trekker: beide corporaties; gereed: 1 maart 2025",
            F(["corporatie"], "firm", [], (2025, "vóór 1 maart 2025"), True)),
    2026: V("De corporaties informeren de huurdersorganisaties vóór 1 maart 2026 over de planmatige "
            "onderhoudswerkzaamheden en de onderhoudsbegroting per complex voor het lopende jaar, zodat de "
            "huurdersorganisaties tijdig advies kunnen uitbrengen.",
            "trekker: beide corporaties; gereed: 1 maart 2026",
            F(["corporatie"], "firm", [], (2026, "vóór 1 maart 2026"), True)),
})

A("brandveiligheid", [K], {
    2024: V("Stichting Brugwonen laat in 2024 in al haar portiekflats een brandveiligheidsscan uitvoeren en herstelt "
            "gebreken aan rookmelders, brandwerende deuren en vluchtwegen binnen drie maanden na de scan.",
            "trekker: Brugwonen; gereed: eind 2024",
            F(["corporatie"], "firm", [(3, "maanden", "max")], (2024, "in 2024"))),
})

A("loden-leidingen", [K], {
    2024: V("De corporaties inventariseren vóór eind 2024 in welke van hun woningen nog loden drinkwaterleidingen "
            "aanwezig zijn en informeren de betrokken huurders en de huurdersorganisaties over de uitkomst.",
            "trekker: beide corporaties; gereed: Q4 2024",
            F(["corporatie"], "firm", [], (2024, "vóór eind 2024"))),
    2025: V("De corporaties ronden de inventarisatie van loden drinkwaterleidingen in hun woningen uiterlijk in het "
            "tweede kwartaal van 2025 af, informeren de betrokken huurders en de huurdersorganisaties over de "
            "uitkomst en vervangen aangetroffen loden leidingen binnen drie maanden na constatering.",
            "trekker: beide corporaties; gereed: Q2 2025",
            F(["corporatie"], "firm", [(3, "maanden", "max")], (2025, "uiterlijk in het tweede kwartaal van 2025"))),
})

# ---------------------------------------------------------------- Leefbare wijken en kernen
A("leefbaarheidsbudget", [L], {
    2024: V("Woonstichting Lindehof besteedt in 2024 een bedrag van € 115 per verhuureenheid aan leefbaarheid in "
            "Eikendonk, binnen de wettelijke ruimte voor leefbaarheidsuitgaven, onder meer voor wijkbeheer, "
            "groenonderhoud rond complexen en bewonersactiviteiten.",
            "trekker: Lindehof; termijn: 2024",
            F(["corporatie"], "firm", [(115, "euro", "exact")], (2024, "in 2024"), True)),
    2025: V("Woonstichting Lindehof zal in 2025 een bedrag van € 125 per verhuureenheid aan leefbaarheid in "
            "Eikendonk besteden, binnen de wettelijke ruimte voor leefbaarheidsuitgaven, onder meer voor "
            "wijkbeheer, groenonderhoud rond complexen en bewonersactiviteiten.",
            "trekker: Lindehof; termijn: 2025",
            F(["corporatie"], "firm", [(125, "euro", "exact")], (2025, "in 2025"), True)),
    2026: V("Woonstichting Lindehof streeft ernaar in 2026 een bedrag van € 125 per verhuureenheid aan "
            "leefbaarheid in Eikendonk te besteden, binnen de wettelijke ruimte voor leefbaarheidsuitgaven, onder "
            "meer voor wijkbeheer, groenonderhoud rond complexen en bewonersactiviteiten.",
            "trekker: Lindehof; termijn: 2026",
            F(["corporatie"], "intent", [(125, "euro", "exact")], (2026, "in 2026"), True)),
})

A("woonoverlast", [L], {
    2024: V("Partijen maken in 2024 afspraken over een gezamenlijke aanpak van ernstige woonoverlast, met de "
            "politie en het wijkteam, en leggen deze vast in een convenant.",
            "trekker: gemeente; gereed: Q3 2024",
            F(["partijen"], "discuss", [], (2024, "in 2024"))),
    2025: V("Partijen werken volgens de afspraken uit het convenant Aanpak Woonoverlast Eikendonk over de "
            "gezamenlijke aanpak van ernstige woonoverlast, met de politie en het wijkteam.",
            "trekker: gemeente; termijn: doorlopend",
            F(["partijen"], "firm", [])),
    2026: SAME,
})

A("wijkschouw", [L], {
    2024: V("De corporaties organiseren twee keer per jaar in elke wijk met een concentratie van huurwoningen een "
            "wijkschouw met de gemeente, de wijkagent en bewoners; knelpunten worden opgenomen in een gezamenlijk "
            "actieplan.",
            "trekker: beide corporaties; termijn: voorjaar en najaar",
            F(["corporatie"], "firm", [(2, "keer per jaar", "exact")], None, True)),
    2025: V("De corporaties organiseren ten minste één keer per jaar in elke wijk met een concentratie van "
            "huurwoningen een wijkschouw met de gemeente, de wijkagent en bewoners; knelpunten worden opgenomen in "
            "een gezamenlijk actieplan.",
            "trekker: beide corporaties; termijn: jaarlijks",
            F(["corporatie"], "firm", [(1, "keer per jaar", "min")], None, True)),
    2026: V("De corporaties organiseren in het voorjaar en in het najaar in elke wijk met een concentratie van "
            "huurwoningen een wijkschouw met de gemeente, de wijkagent en bewoners; knelpunten worden opgenomen in "
            "een gezamenlijk actieplan.",
            "trekker: beide corporaties; termijn: voorjaar en najaar",
            F(["corporatie"], "firm", [(2, "keer per jaar", "exact")], None, True)),
})

A("huiskamer-molenbeek", [L], {
    2024: V("Partijen verkennen in 2024 of in de kern Molenbeek een laagdrempelige huiskamervoorziening kan worden "
            "ingericht waar oudere inwoners elkaar kunnen ontmoeten, in samenwerking met Welzijn Eikendonk.",
            "trekker: gemeente; gereed: Q4 2024",
            F(["partijen"], "explore", [], (2024, "in 2024"))),
})

A("ontmoetingsruimte", [L], {
    2025: V("Stichting Brugwonen stelt de gemeenschappelijke ruimte in het complex De Beemd-Zuid kosteloos "
            "beschikbaar als ontmoetingsplek voor bewoners uit de buurt; Welzijn Eikendonk verzorgt daar ten minste "
            "twee inloopmomenten per week.",
            "trekker: Brugwonen; termijn: doorlopend",
            F(["corporatie", "other"], "firm", [(2, "inloopmomenten per week", "min")])),
    2026: SAME,
})

A("zachte-landing", [L], {
    2024: V("Bij de toewijzing van een woning aan een huurder die begeleiding nodig heeft, maken de corporatie, de "
            "huurder en het wijkteam vooraf schriftelijke afspraken over de begeleiding gedurende ten minste de "
            "eerste zes maanden van de huurovereenkomst.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie", "other"], "firm", [(6, "maanden", "min")])),
    2025: SAME,
    2026: V("Bij de toewijzing van een woning aan een huurder die begeleiding nodig heeft, maken de corporatie, de "
            "huurder en het wijkteam vooraf schriftelijke afspraken over de begeleiding gedurende ten minste de "
            "eerste twaalf maanden van de huurovereenkomst.",
            "eigenaar: beide corporaties; termijn: doorlopend",
            F(["corporatie", "other"], "firm", [(12, "maanden", "min")])),
})

# ---------------------------------------------------------------- Proces en monitoring
A("monitoring", [O], {
    2024: V("Partijen bespreken de voortgang van deze prestatieafspraken twee keer per jaar in het bestuurlijk "
            "overleg, op basis van een monitor die de gemeente uiterlijk twee weken voor het overleg aan alle "
            "partijen toestuurt.",
            "trekker: gemeente; termijn: voorjaar en najaar",
            F(["partijen", "gemeente"], "firm", [(2, "keer per jaar", "exact"), (2, "weken", "min")], None, True)),
    2025: SAME,
    2026: SAME,
})

A("bod-datum", [O], {
    2024: V("De corporaties sturen hun overzicht van voorgenomen werkzaamheden voor 2025 en de vier jaren daarna "
            "vóór 1 juli 2024 aan de gemeente en aan de huurdersorganisaties.",
            "trekker: beide corporaties; gereed: 1 juli 2024",
            F(["corporatie"], "firm", [], (2024, "vóór 1 juli 2024"), True)),
    2025: V("De corporaties sturen hun overzicht van voorgenomen werkzaamheden voor 2026 en de vier jaren daarna "
            "vóór 1 juli 2025 aan de gemeente en aan de huurdersorganisaties.",
            "trekker: beide corporaties; gereed: 1 juli 2025",
            F(["corporatie"], "firm", [], (2025, "vóór 1 juli 2025"), True)),
    2026: V("De corporaties sturen hun overzicht van voorgenomen werkzaamheden voor 2027 en de vier jaren daarna "
            "vóór 1 juli 2026 aan de gemeente en aan de huurdersorganisaties.",
            "trekker: beide corporaties; gereed: 1 juli 2026",
            F(["corporatie"], "firm", [], (2026, "vóór 1 juli 2026"), True)),
})

A("ondersteuning-ho", [O], {
    2024: V("De gemeente draagt jaarlijks € 1.500 per huurdersorganisatie bij aan scholing en onafhankelijke "
            "advisering van de huurdersorganisaties; de corporaties vergoeden daarnaast de kosten die voortvloeien "
            "uit het overleg over deze prestatieafspraken.",
            "trekker: gemeente; termijn: jaarlijks",
            F(["gemeente", "corporatie"], "firm", [(1500, "euro", "exact")], None, True)),
    2025: SAME,
    2026: V("De gemeente draagt jaarlijks € 2.000 per huurdersorganisatie bij aan scholing en onafhankelijke "
            "advisering van de huurdersorganisaties; de corporaties vergoeden daarnaast de kosten die voortvloeien "
            "uit het overleg over deze prestatieafspraken.",
            "trekker: gemeente; termijn: jaarlijks",
            F(["gemeente", "corporatie"], "firm", [(2000, "euro", "exact")], None, True)),
})

A("kaderafspraken", [O], {
    2024: V("Partijen zullen in 2024 gezamenlijk meerjarige kaderafspraken voor de periode 2025-2028 opstellen, "
            "met een jaarlijkse uitvoeringsparagraaf waarin de aantallen en planningen worden geactualiseerd.",
            "trekker: gemeente; gereed: Q4 2024",
            F(["partijen"], "firm", [], (2024, "in 2024"))),
    2025: V("Partijen onderzoeken in 2025 of de jaarlijkse prestatieafspraken vanaf 2027 kunnen worden vervangen "
            "door meerjarige kaderafspraken, met een jaarlijkse uitvoeringsparagraaf waarin de aantallen en "
            "planningen worden geactualiseerd.",
            "trekker: gemeente; gereed: Q4 2025",
            F(["partijen"], "explore", [], (2025, "in 2025"))),
})

A("huurdersparticipatie", [O], {
    2026: V("De corporaties betrekken de huurdersorganisaties vóór 1 april 2026 bij de opzet van het nieuwe "
            "onderzoek naar de huurderstevredenheid en stellen hen in staat daarover gevraagd advies uit te "
            "brengen.",
            "trekker: beide corporaties; gereed: 1 april 2026",
            F(["corporatie"], "firm", [], (2026, "vóór 1 april 2026"))),
})


# ---------------------------------------------------------------- resolve SAME
for _key, _a in AFS.items():
    _prev = None
    for _y in sorted(_a["v"]):
        if _a["v"][_y] == SAME:
            _a["v"][_y] = _prev
        _prev = _a["v"][_y]


# ---------------------------------------------------------------- pair links (status, kinds, hard_negative)
LINKS = {
    (2024, 2025): {
        "nieuwbouw-lindehof": ("weakened", ["quantity"], None),
        "nieuwbouw-dreef": ("weakened", ["deadline"], None),
        "flexwonen": ("new", [], None),
        "grondposities": ("unchanged", [], None),
        "aandeel-sociaal": ("strengthened", ["quantity"], None),
        "verkoop-lindehof": ("strengthened", ["quantity"], None),
        "liberalisatie-brugwonen": ("weakened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "lokale-binding": ("reworded", [], "same_figures"),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "taakstelling": ("reworded", [], "external_figure"),
        "vroegsignalering": ("weakened", ["quantity"], None),
        "huisuitzettingen": ("strengthened", ["quantity"], None),
        "uitstroom-bw": ("strengthened", ["quantity"], None),
        "levensloop": ("unchanged", [], None),
        "wmo-aanpassingen": ("reworded", [], "same_figures"),
        "seniorenregeling": ("strengthened", ["modality"], None),
        "woonzorgcluster-beemd": ("dropped", [], None),
        "kloosterhof": ("new", [], None),
        "toegankelijkheid": ("weakened", ["deadline", "scope"], None),
        "efg-uitfasering": ("reworded", [], "progress"),
        "label-brugwonen": ("weakened", ["label"], None),
        "isolatie-lindehof": ("strengthened", ["quantity"], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "energiecoaches": ("weakened", ["condition"], None),
        "warmte-kloosterveld": ("strengthened", ["modality"], None),
        "hybride": ("strengthened", ["scope"], None),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "reparaties": ("weakened", ["quantity"], None),
        "onderhoudsbegroting": ("reworded", [], "recurring_year"),
        "brandveiligheid": ("dropped", [], None),
        "loden-leidingen": ("modified", ["deadline", "scope"], None),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "woonoverlast": ("strengthened", ["modality"], None),
        "wijkschouw": ("weakened", ["quantity"], None),
        "huiskamer-molenbeek": ("dropped", [], None),
        "ontmoetingsruimte": ("new", [], None),
        "zachte-landing": ("unchanged", [], None),
        "monitoring": ("unchanged", [], None),
        "bod-datum": ("reworded", [], "recurring_year"),
        "ondersteuning-ho": ("unchanged", [], None),
        "kaderafspraken": ("weakened", ["modality", "deadline"], None),
    },
    (2025, 2026): {
        "nieuwbouw-lindehof": ("reworded", [], "progress"),
        "nieuwbouw-dreef": ("strengthened", ["deadline"], None),
        "flexwonen": ("weakened", ["quantity", "deadline"], None),
        "grondposities": ("weakened", ["modality"], None),
        "aandeel-sociaal": ("unchanged", [], None),
        "verkoop-lindehof": ("strengthened", ["quantity"], None),
        "liberalisatie-brugwonen": ("unchanged", [], None),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "lokale-binding": ("weakened", ["quantity"], None),
        "slaagkansen": ("new", [], None),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "taakstelling": ("reworded", [], "external_figure"),
        "vroegsignalering": ("unchanged", [], None),
        "huisuitzettingen": ("unchanged", [], None),
        "uitstroom-bw": ("reworded", [], "recurring_year"),
        "levensloop": ("unchanged", [], None),
        "wmo-aanpassingen": ("weakened", ["quantity"], None),
        "seniorenregeling": ("weakened", ["scope"], None),
        "kloosterhof": ("weakened", ["condition"], None),
        "toegankelijkheid": ("dropped", [], None),
        "efg-uitfasering": ("weakened", ["deadline"], None),
        "label-brugwonen": ("unchanged", [], None),
        "isolatie-lindehof": ("reworded", [], "recurring_year"),
        "zonnepanelen": ("strengthened", ["scope"], None),
        "energiecoaches": ("strengthened", ["condition"], None),
        "warmte-kloosterveld": ("dropped", [], None),
        "warmtenet-kloosterveld": ("new", [], None),
        "hybride": ("unchanged", [], None),
        "vocht-schimmel": ("unchanged", [], None),
        "reparaties": ("reworded", [], "same_figures"),
        "onderhoudsbegroting": ("reworded", [], "recurring_year"),
        "loden-leidingen": ("dropped", [], None),
        "leefbaarheidsbudget": ("weakened", ["modality"], None),
        "woonoverlast": ("unchanged", [], None),
        "wijkschouw": ("strengthened", ["quantity"], None),
        "ontmoetingsruimte": ("unchanged", [], None),
        "zachte-landing": ("strengthened", ["quantity"], None),
        "monitoring": ("unchanged", [], None),
        "bod-datum": ("reworded", [], "recurring_year"),
        "ondersteuning-ho": ("strengthened", ["quantity"], None),
        "kaderafspraken": ("dropped", [], None),
        "huurdersparticipatie": ("new", [], None),
    },
}
