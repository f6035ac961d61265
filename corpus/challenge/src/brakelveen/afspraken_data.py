# -*- coding: utf-8 -*-
"""Afspraken of the Brakelveen series (prestatieafspraken 2023, 2024, 2025).

AF[key] = {"theme": ..., "themes": [...], 2023: version, 2024: version, 2025: version}
A version is a dict(text, wie, wanneer, status, frame) or SAME (identical to the previous
year, optionally with other attribute-line values via ("same", {...})).
"""

SAME = "same"

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def fr(actors, modality, q=(), dl=None, rec=False, cond=()):
    quantities = []
    for item in q:
        value, unit, comp = item[:3]
        vmax = item[3] if len(item) > 3 else None
        quantities.append({"value": value, "unit": unit, "comparator": comp, "value_max": vmax})
    return {
        "actors": list(actors),
        "modality": modality,
        "quantities": quantities,
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


def v(text, wie, wanneer, frame, status=None):
    return {"text": text, "wie": wie, "wanneer": wanneer, "status": status, "frame": frame}


HV = "Hof en Veen"
C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

AF = {}

# ---------------------------------------------------------------- A  Betaalbaar en beschikbaar wonen
AF["nieuwbouw-sociaal"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen voegt in de periode 2023 tot en met 2026 ten minste 180 nieuwe sociale huurwoningen "
            "toe aan de voorraad in Brakelveen, verdeeld over de kernen Brakelveen, Oudeveen en Het Schoor. "
            "De gemeente zorgt voor tijdige planologische medewerking en biedt de benodigde bouwlocaties aan "
            "tegen de grondprijzen voor sociale huur uit de Nota Grondbeleid. Het actuele nieuwbouwprogramma is "
            "opgenomen in bijlage 1.",
            "Hof en Veen, gemeente", "2023-2026",
            fr([C, G], "firm", [(180, "woningen", "min")], (2026, "in de periode 2023 tot en met 2026")),
            "doorlopend"),
    2024: v("Hof en Veen voegt in de periode 2023 tot en met 2026 ten minste 210 nieuwe sociale huurwoningen "
            "toe aan de voorraad in Brakelveen, verdeeld over de kernen Brakelveen, Oudeveen en Het Schoor. "
            "De gemeente zorgt voor tijdige planologische medewerking en biedt de benodigde bouwlocaties aan "
            "tegen de grondprijzen voor sociale huur uit de Nota Grondbeleid. Het actuele nieuwbouwprogramma is "
            "opgenomen in bijlage 1.",
            "Hof en Veen, gemeente", "2023-2026",
            fr([C, G], "firm", [(210, "woningen", "min")], (2026, "in de periode 2023 tot en met 2026")),
            "doorlopend"),
    2025: v("Hof en Veen voegt in de periode 2023 tot en met 2027 ten minste 190 nieuwe sociale huurwoningen "
            "toe aan de voorraad in Brakelveen, verdeeld over de kernen Brakelveen, Oudeveen en Het Schoor. "
            "De gemeente zorgt voor tijdige planologische medewerking en biedt de benodigde bouwlocaties aan "
            "tegen de grondprijzen voor sociale huur uit de Nota Grondbeleid. Het actuele nieuwbouwprogramma is "
            "opgenomen in bijlage 1.",
            "Hof en Veen, gemeente", "2023-2027",
            fr([C, G], "firm", [(190, "woningen", "min")], (2027, "in de periode 2023 tot en met 2027")),
            "doorlopend"),
}

AF["molenkamp"] = {
    "theme": BB, "themes": [BB],
    2023: v("In het plan Molenkamp levert Hof en Veen in totaal 96 sociale huurwoningen op, waarvan 56 "
            "eengezinswoningen in 2023 en 40 levensloopbestendige appartementen in 2024. Bij de toewijzing van "
            "de appartementen krijgen senioren uit Brakelveen die een eengezinswoning achterlaten voorrang.",
            HV, "2023-2024",
            fr([C], "firm", [(96, "woningen", "exact"), (56, "woningen", "exact"), (40, "woningen", "exact")],
               (2024, "in 2024"))),
    2024: v("Hof en Veen levert in 2024 de resterende 40 levensloopbestendige appartementen in het plan "
            "Molenkamp op, waarmee het plan met in totaal 96 sociale huurwoningen wordt afgerond. Bij de "
            "toewijzing van deze appartementen krijgen senioren uit Brakelveen die een eengezinswoning "
            "achterlaten voorrang.",
            HV, "4e kwartaal 2024",
            fr([C], "firm", [(40, "woningen", "exact"), (96, "woningen", "exact")], (2024, "in 2024"))),
}

AF["aandeel-sociaal-plannen"] = {
    "theme": BB, "themes": [BB],
    2023: v("De gemeente hanteert bij nieuwe woningbouwplannen van tien of meer woningen een aandeel van ten "
            "minste 30% sociale huur en legt dit vast in de anterieure overeenkomsten met ontwikkelaars. Waar "
            "een ontwikkelaar de sociale huurwoningen niet zelf realiseert, worden deze met voorrang aan Hof en "
            "Veen aangeboden.",
            "gemeente", "doorlopend",
            fr([G], "firm", [(30, "%", "min")])),
    2024: SAME,
    2025: v("De gemeente streeft ernaar bij nieuwe woningbouwplannen van tien of meer woningen een aandeel van "
            "ten minste 30% sociale huur te realiseren en legt dit, voor zover de financiële haalbaarheid van "
            "het plan dat toelaat, vast in de anterieure overeenkomsten met ontwikkelaars. Waar een ontwikkelaar "
            "de sociale huurwoningen niet zelf realiseert, worden deze met voorrang aan Hof en Veen aangeboden.",
            "gemeente", "doorlopend",
            fr([G], "intent", [(30, "%", "min")],
               cond=["voor zover de financiële haalbaarheid van het plan dat toelaat"])),
}

AF["verkoop"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen verkoopt in 2023 maximaal 15 bestaande huurwoningen uit de vastgestelde verkoopvijver, "
            "uitsluitend bij mutatie en bij voorkeur aan starters en zittende huurders uit Brakelveen. De "
            "opbrengst wordt volledig ingezet voor nieuwbouw en verduurzaming in de gemeente.",
            HV, "2023",
            fr([C], "firm", [(15, "woningen", "max")], (2023, "in 2023"), rec=True)),
    2024: v("Hof en Veen verkoopt in 2024 maximaal 10 bestaande huurwoningen uit de vastgestelde verkoopvijver, "
            "uitsluitend bij mutatie en bij voorkeur aan starters en zittende huurders uit Brakelveen. De "
            "opbrengst wordt volledig ingezet voor nieuwbouw en verduurzaming in de gemeente.",
            HV, "2024",
            fr([C], "firm", [(10, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: v("Hof en Veen verkoopt in 2025 geen bestaande huurwoningen. De vastgestelde verkoopvijver wordt "
            "bevroren zolang het tekort aan sociale huurwoningen in de regio Veenweide-Oost aanhoudt.",
            HV, "2025",
            fr([C], "firm", [(0, "woningen", "max")], (2025, "in 2025"), rec=True)),
}

AF["liberalisatie"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen liberaliseert geen sociale huurwoningen bij mutatie en houdt de volledige DAEB-voorraad "
            "in Brakelveen beschikbaar voor de doelgroep van beleid.",
            HV, "2023",
            fr([C], "firm", [(0, "woningen", "max")])),
    2024: v("Hof en Veen liberaliseert in 2024 maximaal 5 sociale huurwoningen bij mutatie, uitsluitend "
            "grondgebonden woningen met een woonoppervlak van meer dan 110 m² in de kern Brakelveen. De overige "
            "DAEB-voorraad blijft beschikbaar voor de doelgroep van beleid.",
            HV, "2024",
            fr([C], "firm", [(5, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: v("Hof en Veen liberaliseert in 2025 maximaal 5 sociale huurwoningen bij mutatie, uitsluitend "
            "grondgebonden woningen met een woonoppervlak van meer dan 110 m² in de kern Brakelveen. De overige "
            "DAEB-voorraad blijft beschikbaar voor de doelgroep van beleid.",
            HV, "2025",
            fr([C], "firm", [(5, "woningen", "max")], (2025, "in 2025"), rec=True)),
}

AF["tijdelijke-woningen"] = {
    "theme": BB, "themes": [BB],
    2023: v("Partijen onderzoeken of op de vrijgekomen schoollocatie aan de Schoolstraat tijdelijke woningen "
            "voor jongeren en spoedzoekers kunnen worden geplaatst. De uitkomsten van dit onderzoek worden vóór "
            "1 oktober 2023 in het driepartijenoverleg besproken.",
            "partijen", "3e kwartaal 2023",
            fr([P], "explore", dl=(2023, "vóór 1 oktober 2023"))),
    2024: v("Op de vrijgekomen schoollocatie aan de Schoolstraat worden door Hof en Veen uiterlijk eind 2024 in "
            "totaal 24 tijdelijke woningen voor jongeren en spoedzoekers geplaatst. De gemeente verleent "
            "hiervoor een tijdelijke omgevingsvergunning voor een periode van vijftien jaar.",
            "Hof en Veen, gemeente", "4e kwartaal 2024",
            fr([C, G], "firm", [(24, "woningen", "exact")], (2024, "uiterlijk eind 2024"))),
    2025: v("Op de vrijgekomen schoollocatie aan de Schoolstraat worden door Hof en Veen uiterlijk 1 juli 2025 "
            "in totaal 24 tijdelijke woningen voor jongeren en spoedzoekers geplaatst. De gemeente verleent "
            "hiervoor een tijdelijke omgevingsvergunning voor een periode van vijftien jaar.",
            "Hof en Veen, gemeente", "2e kwartaal 2025",
            fr([C, G], "firm", [(24, "woningen", "exact")], (2025, "uiterlijk 1 juli 2025"))),
}

AF["lokale-binding"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen wijst in de kernen Oudeveen en Het Schoor ten minste 25% van de vrijkomende sociale "
            "huurwoningen met voorrang toe aan woningzoekenden met een aantoonbare lokale binding, binnen de "
            "ruimte die de huisvestingsverordening daarvoor biedt.",
            HV, "doorlopend",
            fr([C], "firm", [(25, "%", "min")]), "doorlopend"),
    2024: v("Hof en Veen wijst in alle kernen van de gemeente ten minste 20% van de vrijkomende sociale "
            "huurwoningen met voorrang toe aan woningzoekenden met een aantoonbare lokale binding, binnen de "
            "ruimte die de huisvestingsverordening daarvoor biedt.",
            HV, "doorlopend",
            fr([C], "firm", [(20, "%", "min")]), "doorlopend"),
    2025: v("Binnen de ruimte van de huisvestingsverordening wordt in alle kernen van Brakelveen ten minste 20% "
            "van de vrijkomende sociale huurwoningen door Hof en Veen met voorrang toegewezen aan "
            "woningzoekenden die een aantoonbare lokale binding hebben.",
            HV, "doorlopend",
            fr([C], "firm", [(20, "%", "min")]), "doorlopend"),
}

AF["hospitaverhuur"] = {
    "theme": BB, "themes": [BB],
    2024: v("Hof en Veen staat met ingang van 2024 hospitaverhuur toe in haar eengezinswoningen, zodat "
            "senioren en andere huurders met een kamer over die kamer kunnen verhuren aan jongeren of "
            "spoedzoekers. Hof en Veen en HV De Brakel stellen hiervoor gezamenlijk een informatiefolder op.",
            "Hof en Veen, HV De Brakel", "1e kwartaal 2024",
            fr([C, H], "firm", dl=(2024, "met ingang van 2024")), "nieuw"),
    2025: (SAME, {"wanneer": "doorlopend", "status": "doorlopend"}),
}

AF["inschrijfduur"] = {
    "theme": BB, "themes": [BB],
    2023: v("Partijen hebben de ambitie de gemiddelde inschrijfduur van starters bij toewijzing van een sociale "
            "huurwoning terug te brengen tot maximaal 4 jaar. Hof en Veen rapporteert hierover halfjaarlijks in "
            "het driepartijenoverleg.",
            "partijen", "2023",
            fr([P], "intent", [(4, "jaar", "max")])),
}

AF["statushouders"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de "
            "huisvesting van vergunninghouders, zodat de gemeente de door het Rijk opgelegde taakstelling van "
            "46 personen voor 2023 kan halen. De gemeente zorgt voor tijdige aanlevering van de koppelingen en "
            "voor maatschappelijke begeleiding.",
            "Hof en Veen, gemeente", "2023",
            fr([C, G], "firm", [(46, "personen", "exact")], (2023, "voor 2023"), rec=True)),
    2024: v("Hof en Veen levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de "
            "huisvesting van vergunninghouders, zodat de gemeente de door het Rijk opgelegde taakstelling van "
            "58 personen voor 2024 kan halen. De gemeente zorgt voor tijdige aanlevering van de koppelingen en "
            "voor maatschappelijke begeleiding.",
            "Hof en Veen, gemeente", "2024",
            fr([C, G], "firm", [(58, "personen", "exact")], (2024, "voor 2024"), rec=True)),
    2025: v("Hof en Veen levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de "
            "huisvesting van vergunninghouders, zodat de gemeente de door het Rijk opgelegde taakstelling van "
            "61 personen voor 2025 kan halen. De gemeente zorgt voor tijdige aanlevering van de koppelingen en "
            "voor maatschappelijke begeleiding.",
            "Hof en Veen, gemeente", "2025",
            fr([C, G], "firm", [(61, "personen", "exact")], (2025, "voor 2025"), rec=True)),
}

AF["uitstroom-bw"] = {
    "theme": BB, "themes": [BB, LB],
    2023: v("Hof en Veen zegt toe jaarlijks ten minste 12 woningen beschikbaar te stellen voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang, volgens het regionale convenant Uitstroom "
            "Veenweide-Oost. De gemeente draagt zorg voor passende begeleiding gedurende ten minste twee jaar na "
            "de verhuizing.",
            "Hof en Veen, gemeente", "jaarlijks",
            fr([C, G], "firm", [(12, "woningen", "min"), (2, "jaar", "min")], rec=True), "doorlopend"),
    2024: SAME,
    2025: v("Hof en Veen zet zich in om jaarlijks ten minste 12 woningen beschikbaar te stellen voor de uitstroom "
            "van cliënten uit beschermd wonen en maatschappelijke opvang, volgens het regionale convenant "
            "Uitstroom Veenweide-Oost. De gemeente draagt zorg voor passende begeleiding gedurende ten minste "
            "twee jaar na de verhuizing.",
            "Hof en Veen, gemeente", "jaarlijks",
            fr([C, G], "intent", [(12, "woningen", "min"), (2, "jaar", "min")], rec=True), "doorlopend"),
}

AF["doorstroming-senioren"] = {
    "theme": BB, "themes": [BB],
    2023: v("Partijen onderzoeken in 2023 welke instrumenten de doorstroming van senioren uit eengezinswoningen "
            "naar passende appartementen het best kunnen bevorderen, zoals een verhuisvergoeding, behoud van de "
            "huurprijs of de inzet van een wooncoach.",
            "partijen", "2023",
            fr([P], "explore", dl=(2023, "in 2023"))),
    2024: v("Hof en Veen biedt huurders van 65 jaar en ouder die een eengezinswoning achterlaten en verhuizen "
            "naar een passend appartement een verhuisvergoeding van € 3.000 en behoud van hun kale huurprijs. "
            "Daarnaast zet de gemeente een wooncoach in die senioren op verzoek begeleidt bij hun verhuizing.",
            "Hof en Veen, gemeente", "doorlopend",
            fr([C, G], "firm", [(3000, "euro", "exact")])),
    2025: v("Hof en Veen biedt huurders van 65 jaar en ouder die een eengezinswoning achterlaten en verhuizen "
            "naar een passend appartement een verhuisvergoeding van € 2.500 en behoud van hun kale huurprijs. "
            "Daarnaast zet de gemeente een wooncoach in die senioren op verzoek begeleidt bij hun verhuizing.",
            "Hof en Veen, gemeente", "doorlopend",
            fr([C, G], "firm", [(2500, "euro", "exact")])),
}

AF["huurverhoging"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen beperkt de gemiddelde huurverhoging per 1 juli 2023 tot maximaal het niveau van de "
            "inflatie en blijft daarbij onder de door het Rijk vastgestelde maximale huurverhoging. Huurders met "
            "een laag inkomen en een relatief hoge huur ontvangen geen huurverhoging.",
            HV, "3e kwartaal 2023",
            fr([C], "firm", dl=(2023, "per 1 juli 2023"), rec=True)),
    2024: v("Hof en Veen beperkt de gemiddelde huurverhoging per 1 juli 2024 tot ten minste 0,5% onder het "
            "niveau van de inflatie en blijft daarbij onder de door het Rijk vastgestelde maximale huurverhoging. "
            "Huurders met een laag inkomen en een relatief hoge huur ontvangen geen huurverhoging.",
            HV, "3e kwartaal 2024",
            fr([C], "firm", [(0.5, "% onder inflatie", "min")], (2024, "per 1 juli 2024"), rec=True)),
    2025: v("Hof en Veen beperkt de gemiddelde huurverhoging per 1 juli 2025 tot ten minste 0,5% onder het "
            "niveau van de inflatie en blijft daarbij onder de door het Rijk vastgestelde maximale huurverhoging. "
            "Huurders met een laag inkomen en een relatief hoge huur ontvangen geen huurverhoging.",
            HV, "3e kwartaal 2025",
            fr([C], "firm", [(0.5, "% onder inflatie", "min")], (2025, "per 1 juli 2025"), rec=True)),
}

AF["huurverlaging-aftopping"] = {
    "theme": BB, "themes": [BB],
    2023: v("Hof en Veen verlaagt per 1 januari 2023 de kale huur van huishoudens met een inkomen tot de "
            "huurtoeslaggrens en een huur boven de aftoppingsgrens tot het niveau van de lage aftoppingsgrens "
            "van € 647,19 (prijspeil 2023). Huurders die hiervoor in aanmerking komen, worden vooraf "
            "schriftelijk geïnformeerd.",
            HV, "1e kwartaal 2023",
            fr([C], "firm", [(647.19, "euro", "max")], (2023, "per 1 januari 2023"), rec=True)),
    2024: v("Hof en Veen verlaagt per 1 januari 2024 de kale huur van huishoudens met een inkomen tot de "
            "huurtoeslaggrens en een huur boven de aftoppingsgrens tot het niveau van de lage aftoppingsgrens "
            "van € 650,43 (prijspeil 2024). Huurders die hiervoor in aanmerking komen, worden vooraf "
            "schriftelijk geïnformeerd.",
            HV, "1e kwartaal 2024",
            fr([C], "firm", [(650.43, "euro", "max")], (2024, "per 1 januari 2024"), rec=True)),
    2025: v("Hof en Veen verlaagt per 1 januari 2025 de kale huur van huishoudens met een inkomen tot de "
            "huurtoeslaggrens en een huur boven de aftoppingsgrens tot het niveau van de lage aftoppingsgrens "
            "van € 682,96 (prijspeil 2025). Huurders die hiervoor in aanmerking komen, worden vooraf "
            "schriftelijk geïnformeerd.",
            HV, "1e kwartaal 2025",
            fr([C], "firm", [(682.96, "euro", "max")], (2025, "per 1 januari 2025"), rec=True)),
}

AF["huurachterstand-contact"] = {
    "theme": BB, "themes": [BB, LB],
    2023: v("Hof en Veen neemt uiterlijk bij een huurachterstand van twee maanden persoonlijk contact op met de "
            "huurder, bij voorkeur met een huisbezoek, en meldt de achterstand met toestemming van de huurder "
            "bij het team Geldzorgen van de gemeente. De gemeente biedt binnen vijf werkdagen na de melding hulp "
            "aan.",
            "Hof en Veen, gemeente", "doorlopend",
            fr([C, G], "firm", [(2, "maanden", "max"), (5, "werkdagen", "max")]), "doorlopend"),
    2024: v("Hof en Veen neemt uiterlijk bij een huurachterstand van één maand persoonlijk contact op met de "
            "huurder, bij voorkeur met een huisbezoek, en meldt de achterstand met toestemming van de huurder "
            "bij het team Geldzorgen van de gemeente. De gemeente biedt binnen vijf werkdagen na de melding hulp "
            "aan.",
            "Hof en Veen, gemeente", "doorlopend",
            fr([C, G], "firm", [(1, "maanden", "max"), (5, "werkdagen", "max")]), "doorlopend"),
    2025: SAME,
}

AF["huisuitzettingen"] = {
    "theme": BB, "themes": [BB, LB],
    2023: v("Partijen zetten zich ervoor in het aantal huisuitzettingen wegens huurachterstand te beperken tot "
            "maximaal 3 per jaar. Een ontruiming vindt pas plaats nadat de gemeente de gelegenheid heeft gehad "
            "de huurder hulp aan te bieden.",
            "partijen", "jaarlijks",
            fr([P], "intent", [(3, "huisuitzettingen", "max")], rec=True)),
    2024: SAME,
    2025: v("Partijen spreken af dat in 2025 geen huisuitzettingen plaatsvinden uitsluitend wegens "
            "huurachterstand. Een ontruiming vindt pas plaats nadat de gemeente de gelegenheid heeft gehad de "
            "huurder hulp aan te bieden.",
            "partijen", "2025",
            fr([P], "firm", [(0, "huisuitzettingen", "max")], (2025, "in 2025"), rec=True)),
}

# ---------------------------------------------------------------- B  Duurzaam en klimaatbestendig wonen
AF["efg-labels"] = {
    "theme": DK, "themes": [DK],
    2023: v("Hof en Veen verbetert in 2023 ten minste 85 woningen met een energielabel E, F of G naar minimaal "
            "label C, zodat eind 2028 geen woningen met een energielabel E, F of G meer in haar bezit in "
            "Brakelveen aanwezig zijn.",
            HV, "2023",
            fr([C], "firm", [(85, "woningen", "min")], (2028, "eind 2028"), rec=True)),
    2024: v("Hof en Veen verbetert in 2024 ten minste 110 woningen met een energielabel E, F of G naar minimaal "
            "label C, zodat eind 2027 geen woningen met een energielabel E, F of G meer in haar bezit in "
            "Brakelveen aanwezig zijn.",
            HV, "2024",
            fr([C], "firm", [(110, "woningen", "min")], (2027, "eind 2027"), rec=True)),
    2025: v("Hof en Veen verbetert in 2025 ten minste 110 woningen met een energielabel E, F of G naar minimaal "
            "label D, zodat eind 2027 geen woningen met een energielabel E, F of G meer in haar bezit in "
            "Brakelveen aanwezig zijn.",
            HV, "2025",
            fr([C], "firm", [(110, "woningen", "min")], (2027, "eind 2027"), rec=True)),
}

AF["gemiddeld-label"] = {
    "theme": DK, "themes": [DK],
    2023: v("Hof en Veen heeft de ambitie dat haar woningbezit in Brakelveen eind 2026 gemiddeld energielabel B "
            "heeft. In het bod licht Hof en Veen jaarlijks toe welke complexen daarvoor worden aangepakt.",
            HV, "eind 2026",
            fr([C], "intent", dl=(2026, "eind 2026"))),
    2024: v("Hof en Veen heeft de ambitie dat haar woningbezit in Brakelveen eind 2026 gemiddeld energielabel C "
            "heeft. In het bod licht Hof en Veen jaarlijks toe welke complexen daarvoor worden aangepakt.",
            HV, "eind 2026",
            fr([C], "intent", dl=(2026, "eind 2026"))),
    2025: v("Hof en Veen heeft de ambitie dat haar woningbezit in Brakelveen eind 2028 gemiddeld energielabel B "
            "heeft. In het bod licht Hof en Veen jaarlijks toe welke complexen daarvoor worden aangepakt.",
            HV, "eind 2028",
            fr([C], "intent", dl=(2028, "eind 2028"))),
}

AF["isolatie-complexen"] = {
    "theme": DK, "themes": [DK, BB],
    2023: v("Hof en Veen voert in 2023 en 2024 in alle complexen met een bouwjaar vóór 1975 een "
            "isolatieprogramma uit, bestaande uit de isolatie van spouwmuren, vloeren en daken en zo nodig het "
            "vervangen van enkel glas. Voor deze maatregelen wordt geen huurverhoging in rekening gebracht.",
            HV, "2023-2024",
            fr([C], "firm", dl=(2024, "in 2023 en 2024")), "doorlopend"),
    2024: v("Hof en Veen voert in 2024 in de complexen Veldhof en Sluisweg een isolatieprogramma uit, bestaande "
            "uit de isolatie van spouwmuren, vloeren en daken en zo nodig het vervangen van enkel glas. Voor "
            "deze maatregelen wordt geen huurverhoging in rekening gebracht.",
            HV, "2024",
            fr([C], "firm", dl=(2024, "in 2024"))),
    2025: v("Hof en Veen voert in 2025 in alle nog niet geïsoleerde complexen met een bouwjaar vóór 1975 een "
            "isolatieprogramma uit, bestaande uit de isolatie van spouwmuren, vloeren en daken en zo nodig het "
            "vervangen van enkel glas. Voor deze maatregelen wordt geen huurverhoging in rekening gebracht.",
            HV, "2025",
            fr([C], "firm", dl=(2025, "in 2025"))),
}

AF["zonnepanelen"] = {
    "theme": DK, "themes": [DK],
    2023: v("Hof en Veen biedt in 2023 aan 150 huurders van grondgebonden woningen zonnepanelen aan tegen een "
            "maandelijkse vergoeding van maximaal € 12,50, waarbij de verwachte besparing op de energierekening "
            "hoger is dan de vergoeding.",
            HV, "2023",
            fr([C], "firm", [(150, "huurders", "exact"), (12.5, "euro", "max")], (2023, "in 2023"), rec=True)),
    2024: v("Hof en Veen biedt in 2024 aan 200 huurders van grondgebonden woningen zonnepanelen aan tegen een "
            "maandelijkse vergoeding van maximaal € 12,50, waarbij de verwachte besparing op de energierekening "
            "hoger is dan de vergoeding.",
            HV, "2024",
            fr([C], "firm", [(200, "huurders", "exact"), (12.5, "euro", "max")], (2024, "in 2024"), rec=True)),
    2025: v("Hof en Veen biedt in 2025, onder voorbehoud van voldoende capaciteit op het elektriciteitsnet, aan "
            "200 huurders van grondgebonden woningen zonnepanelen aan tegen een maandelijkse vergoeding van "
            "maximaal € 12,50, waarbij de verwachte besparing op de energierekening hoger is dan de vergoeding.",
            HV, "2025",
            fr([C], "firm", [(200, "huurders", "exact"), (12.5, "euro", "max")], (2025, "in 2025"), rec=True,
               cond=["onder voorbehoud van voldoende capaciteit op het elektriciteitsnet"])),
}

AF["energiecoaches"] = {
    "theme": DK, "themes": [DK, BB],
    2023: v("De gemeente zet in 2023 in samenwerking met HV De Brakel ten minste 10 vrijwillige energiecoaches "
            "in, die huurders met hoge energielasten thuis adviseren over energiebesparing en over de "
            "beschikbare landelijke en gemeentelijke regelingen. Hof en Veen verstrekt de energiecoaches een "
            "overzicht van complexen met een laag energielabel.",
            "gemeente, HV De Brakel", "2023",
            fr([G, H, C], "firm", [(10, "energiecoaches", "min")], (2023, "in 2023"), rec=True)),
    2024: v("De gemeente zet in 2024 in samenwerking met HV De Brakel ten minste 10 vrijwillige energiecoaches "
            "in, die huurders met hoge energielasten thuis adviseren over energiebesparing en over de "
            "beschikbare landelijke en gemeentelijke regelingen. Hof en Veen verstrekt de energiecoaches een "
            "overzicht van complexen met een laag energielabel.",
            "gemeente, HV De Brakel", "2024",
            fr([G, H, C], "firm", [(10, "energiecoaches", "min")], (2024, "in 2024"), rec=True)),
    2025: v("De gemeente onderzoekt of in 2025, afhankelijk van de beschikbare rijksmiddelen voor de aanpak van "
            "energiearmoede, opnieuw ten minste 10 vrijwillige energiecoaches in samenwerking met HV De Brakel "
            "kunnen worden ingezet om huurders met hoge energielasten thuis te adviseren. Hof en Veen verstrekt "
            "de energiecoaches een overzicht van complexen met een laag energielabel.",
            "gemeente", "2025",
            fr([G, H, C], "explore", [(10, "energiecoaches", "min")], (2025, "in 2025"), rec=True,
               cond=["afhankelijk van de beschikbare rijksmiddelen voor de aanpak van energiearmoede"])),
}

AF["wijkuitvoeringsplan-delanen"] = {
    "theme": DK, "themes": [DK],
    2023: v("De gemeente stelt vóór eind 2023 in nauw overleg met Hof en Veen en HV De Brakel een "
            "wijkuitvoeringsplan op voor het aardgasvrij maken van de wijk De Lanen, als uitwerking van de "
            "Transitievisie Warmte 2021. Hof en Veen brengt daarin haar 340 woningen in de wijk in.",
            "gemeente", "4e kwartaal 2023",
            fr([G, C], "firm", [(340, "woningen", "exact")], (2023, "vóór eind 2023"))),
    2024: v("De gemeente stelt vóór medio 2025 in nauw overleg met Hof en Veen en HV De Brakel een "
            "wijkuitvoeringsplan op voor het aardgasvrij maken van de wijk De Lanen, als uitwerking van de "
            "Transitievisie Warmte 2021. Hof en Veen brengt daarin haar 340 woningen in de wijk in.",
            "gemeente", "2e kwartaal 2025",
            fr([G, C], "firm", [(340, "woningen", "exact")], (2025, "vóór medio 2025"))),
}

AF["warmte-zuiderpark"] = {
    "theme": DK, "themes": [DK],
    2025: v("Partijen verkennen in 2025 samen met de netbeheerder en de energiecoöperatie Brakelveen Energie of "
            "een collectieve warmtevoorziening op basis van aquathermie haalbaar is voor de flats in Zuiderpark. "
            "Hof en Veen stelt hiervoor de gegevens van haar 220 woningen in deze buurt beschikbaar.",
            "partijen", "2025",
            fr([P, C], "explore", [(220, "woningen", "exact")], (2025, "in 2025")), "nieuw"),
}

AF["nieuwbouw-duurzaam"] = {
    "theme": DK, "themes": [DK],
    2023: v("Nieuwbouwwoningen van Hof en Veen worden aardgasvrij en ten minste volgens de geldende BENG-eisen "
            "gebouwd. Bij nieuwbouwprojecten onderzoekt Hof en Veen de toepassing van circulaire en biobased "
            "bouwmaterialen.",
            HV, "doorlopend",
            fr([C], "firm"), "doorlopend"),
    2024: SAME,
    2025: v("Hof en Veen bouwt nieuwe woningen zonder gasaansluiting en minimaal volgens de op dat moment "
            "geldende BENG-eisen, en onderzoekt per nieuwbouwproject of circulaire en biobased bouwmaterialen "
            "kunnen worden toegepast.",
            HV, "doorlopend",
            fr([C], "firm"), "doorlopend"),
}

AF["klimaatadaptatie"] = {
    "theme": DK, "themes": [DK],
    2023: v("Hof en Veen neemt bij groot onderhoud en renovatie waar mogelijk maatregelen voor klimaatadaptatie "
            "mee, zoals het afkoppelen van regenwater, het vergroenen van binnenterreinen en het aanbrengen van "
            "zonwering op zuidgevels. De gemeente stemt haar rioleringsplanning hierop af.",
            "Hof en Veen, gemeente", "doorlopend",
            fr([C, G], "firm", cond=["waar mogelijk"]), "doorlopend"),
    2024: SAME,
    2025: v("Hof en Veen neemt bij groot onderhoud en renovatie maatregelen voor klimaatadaptatie mee, zoals het "
            "afkoppelen van regenwater, het vergroenen van binnenterreinen en het aanbrengen van zonwering op "
            "zuidgevels. De gemeente stemt haar rioleringsplanning hierop af.",
            "Hof en Veen, gemeente", "doorlopend",
            fr([C, G], "firm"), "doorlopend"),
}

# ---------------------------------------------------------------- C  Kwaliteit, wonen en zorg
AF["vocht-schimmel"] = {
    "theme": KW, "themes": [KW],
    2023: v("Hof en Veen neemt meldingen van vocht en schimmel binnen vijf werkdagen in behandeling, voert bij "
            "iedere melding een inspectie in de woning uit en informeert de huurder schriftelijk over de oorzaak "
            "en de te nemen maatregelen.",
            HV, "doorlopend",
            fr([C], "firm", [(5, "werkdagen", "max")]), "doorlopend"),
    2024: v("Hof en Veen neemt meldingen van vocht en schimmel binnen tien werkdagen in behandeling, voert bij "
            "iedere melding een inspectie in de woning uit en informeert de huurder schriftelijk over de oorzaak "
            "en de te nemen maatregelen.",
            HV, "doorlopend",
            fr([C], "firm", [(10, "werkdagen", "max")]), "doorlopend"),
    2025: SAME,
}

AF["reparaties"] = {
    "theme": KW, "themes": [KW],
    2023: v("Hof en Veen voert reparatieverzoeken zonder spoedeisend karakter gemiddeld binnen 10 werkdagen uit "
            "en streeft naar een gemiddeld huurdersoordeel over de reparatiedienstverlening van ten minste 7,5.",
            HV, "doorlopend",
            fr([C], "firm", [(10, "werkdagen", "max"), (7.5, "rapportcijfer", "min")]), "doorlopend"),
    2024: v("Reparatieverzoeken zonder spoedeisend karakter worden door Hof en Veen gemiddeld binnen 10 "
            "werkdagen uitgevoerd; daarbij wordt gestreefd naar een gemiddeld huurdersoordeel over de "
            "reparatiedienstverlening van ten minste 7,5.",
            HV, "doorlopend",
            fr([C], "firm", [(10, "werkdagen", "max"), (7.5, "rapportcijfer", "min")]), "doorlopend"),
    2025: v("Reparatieverzoeken zonder spoedeisend karakter worden door Hof en Veen gemiddeld binnen 8 "
            "werkdagen uitgevoerd; daarbij wordt gestreefd naar een gemiddeld huurdersoordeel over de "
            "reparatiedienstverlening van ten minste 7,5.",
            HV, "doorlopend",
            fr([C], "firm", [(8, "werkdagen", "max"), (7.5, "rapportcijfer", "min")]), "doorlopend"),
}

AF["rookmelders"] = {
    "theme": KW, "themes": [KW],
    2023: v("Hof en Veen controleert in 2023 in al haar woningen de aanwezigheid en werking van rookmelders en "
            "plaatst op iedere verdieping met een verblijfsruimte een rookmelder waar deze ontbreekt.",
            HV, "2023",
            fr([C], "firm", dl=(2023, "in 2023"))),
}

AF["veiligheid-portieken"] = {
    "theme": KW, "themes": [KW, LB],
    2024: v("Hof en Veen vervangt in 2024 de portiekdeuren, de sloten en de verlichting in de portiekflats aan "
            "de Sluisweg, om inbraak en overlast in de gemeenschappelijke ruimten tegen te gaan. De gemeente "
            "verbetert in samenhang daarmee de openbare verlichting rond de flats.",
            "Hof en Veen, gemeente", "2024",
            fr([C, G], "firm", dl=(2024, "in 2024")), "nieuw"),
}

AF["loden-leidingen"] = {
    "theme": KW, "themes": [KW],
    2025: v("Hof en Veen inventariseert vóór eind 2025 welke woningen nog loden waterleidingen hebben en "
            "vervangt deze leidingen uiterlijk in 2026. Huurders van de betreffende woningen worden persoonlijk "
            "geïnformeerd over de planning van de werkzaamheden.",
            HV, "2025-2026",
            fr([C], "firm", dl=(2026, "uiterlijk in 2026")), "nieuw"),
}

AF["nultredenwoningen"] = {
    "theme": KW, "themes": [KW],
    2023: v("Hof en Veen zal in 2023 ten minste 20 bestaande benedenwoningen aanpassen tot nultredenwoning, met "
            "een drempelloze toegang, een aangepaste badkamer en voldoende ruimte voor een rollator of rolstoel.",
            HV, "2023",
            fr([C], "firm", [(20, "woningen", "min")], (2023, "in 2023"), rec=True)),
    2024: v("Hof en Veen zal in 2024 ten minste 20 bestaande benedenwoningen aanpassen tot nultredenwoning, met "
            "een drempelloze toegang, een aangepaste badkamer en voldoende ruimte voor een rollator of rolstoel.",
            HV, "2024",
            fr([C], "firm", [(20, "woningen", "min")], (2024, "in 2024"), rec=True)),
    2025: v("Hof en Veen streeft ernaar in 2025 ten minste 20 bestaande benedenwoningen aan te passen tot "
            "nultredenwoning, met een drempelloze toegang, een aangepaste badkamer en voldoende ruimte voor een "
            "rollator of rolstoel.",
            HV, "2025",
            fr([C], "intent", [(20, "woningen", "min")], (2025, "in 2025"), rec=True)),
}

AF["wmo-aanpassingen"] = {
    "theme": KW, "themes": [KW],
    2023: v("De gemeente en Hof en Veen maken in 2023 nadere afspraken over de verdeling van de kosten van "
            "woningaanpassingen in het kader van de Wmo en over het behoud van aangepaste woningen voor mensen "
            "met een beperking bij mutatie.",
            "gemeente, Hof en Veen", "2023",
            fr([G, C], "discuss", dl=(2023, "in 2023"))),
    2024: v("De gemeente en Hof en Veen werken volgens de in 2023 gemaakte afspraken over de verdeling van de "
            "kosten van woningaanpassingen in het kader van de Wmo en over het behoud van aangepaste woningen "
            "voor mensen met een beperking bij mutatie.",
            "gemeente, Hof en Veen", "doorlopend",
            fr([G, C], "firm"), "doorlopend"),
    2025: SAME,
}

AF["woonzorg-oudeveen"] = {
    "theme": KW, "themes": [KW, BB],
    2023: v("Partijen verkennen samen met Zorggroep Veenstede de mogelijkheden voor een woonzorgcombinatie met "
            "circa 30 zorggeschikte woningen en een gemeenschappelijke huiskamer in de kern Oudeveen.",
            "partijen, Zorggroep Veenstede", "2023",
            fr([P], "explore", [(30, "woningen", "approx")])),
    2024: v("Samen met Zorggroep Veenstede werken partijen uit of in Oudeveen een woonzorgcombinatie kan worden "
            "gerealiseerd. Het gaat om circa 30 zorggeschikte woningen met een gemeenschappelijke huiskamer, "
            "waarbij de locatie van de voormalige Veenschool als eerste optie wordt bekeken.",
            "partijen, Zorggroep Veenstede", "2024",
            fr([P], "explore", [(30, "woningen", "approx")])),
    2025: v("Hof en Veen realiseert in samenwerking met Zorggroep Veenstede een woonzorgcombinatie met circa 30 "
            "zorggeschikte woningen en een gemeenschappelijke huiskamer op de locatie van de voormalige "
            "Veenschool in Oudeveen. De gemeente werkt mee aan de benodigde wijziging van het omgevingsplan.",
            "Hof en Veen, gemeente", "2025-2027",
            fr([C, G], "firm", [(30, "woningen", "approx")])),
}

AF["kwetsbare-huurders"] = {
    "theme": LB, "themes": [LB, KW],
    2023: v("Partijen bespreken in het kwartaaloverleg Wonen en Zorg signalen over kwetsbare huurders en maken "
            "per casus afspraken over begeleiding, zodat een zachte landing in de wijk wordt bevorderd. Het "
            "wijkteam en de partners uit zorg en welzijn worden hierbij betrokken.",
            "partijen", "ieder kwartaal",
            fr([P], "discuss", rec=True), "doorlopend"),
    2024: SAME,
    2025: v("In het kwartaaloverleg Wonen en Zorg worden signalen over kwetsbare huurders door partijen "
            "besproken, samen met het wijkteam en de partners uit zorg en welzijn. Per casus worden afspraken "
            "gemaakt over begeleiding, met als doel een zachte landing in de wijk.",
            "partijen", "ieder kwartaal",
            fr([P], "discuss", rec=True), "doorlopend"),
}

# ---------------------------------------------------------------- D  Prettig wonen in wijk en dorp
AF["leefbaarheidsbudget"] = {
    "theme": LB, "themes": [LB],
    2023: v("Hof en Veen stelt in 2023 een leefbaarheidsbudget van € 65 per woning beschikbaar voor activiteiten "
            "die bijdragen aan schone, hele en veilige buurten. Bewonerscommissies en HV De Brakel worden "
            "betrokken bij de besteding van dit budget.",
            HV, "2023",
            fr([C], "firm", [(65, "euro per woning", "exact")], (2023, "in 2023"), rec=True)),
    2024: v("Hof en Veen stelt in 2024 een leefbaarheidsbudget van € 65 per woning beschikbaar voor activiteiten "
            "die bijdragen aan schone, hele en veilige buurten. Bewonerscommissies en HV De Brakel worden "
            "betrokken bij de besteding van dit budget.",
            HV, "2024",
            fr([C], "firm", [(65, "euro per woning", "exact")], (2024, "in 2024"), rec=True)),
    2025: v("Hof en Veen stelt in 2025 een leefbaarheidsbudget van € 80 per woning beschikbaar voor activiteiten "
            "die bijdragen aan schone, hele en veilige buurten. Bewonerscommissies en HV De Brakel worden "
            "betrokken bij de besteding van dit budget.",
            HV, "2025",
            fr([C], "firm", [(80, "euro per woning", "exact")], (2025, "in 2025"), rec=True)),
}

AF["wijkbeheerders"] = {
    "theme": LB, "themes": [LB],
    2023: v("Hof en Veen zet in iedere wijk met meer dan 300 huurwoningen een vaste wijkbeheerder in, die ten "
            "minste twee dagdelen per week zichtbaar aanwezig is en het eerste aanspreekpunt vormt voor "
            "bewoners, de wijkagent en het wijkteam.",
            HV, "doorlopend",
            fr([C], "firm", [(2, "dagdelen per week", "min")]), "doorlopend"),
    2024: v("Hof en Veen zet in de wijken Zuiderpark en De Lanen een vaste wijkbeheerder in, die ten minste twee "
            "dagdelen per week zichtbaar aanwezig is en het eerste aanspreekpunt vormt voor bewoners, de "
            "wijkagent en het wijkteam.",
            HV, "doorlopend",
            fr([C], "firm", [(2, "dagdelen per week", "min")]), "doorlopend"),
    2025: SAME,
}

AF["buurtbemiddeling"] = {
    "theme": LB, "themes": [LB],
    2023: v("De gemeente financiert in 2023 buurtbemiddeling in de gehele gemeente en Hof en Veen draagt daaraan "
            "€ 12.000 bij. Bij ernstige of aanhoudende woonoverlast schakelen partijen het Veiligheidshuis "
            "Veenweide in.",
            "gemeente, Hof en Veen", "2023",
            fr([G, C], "firm", [(12000, "euro", "exact")], (2023, "in 2023"), rec=True)),
    2024: v("De gemeente financiert in 2024 buurtbemiddeling in de gehele gemeente en Hof en Veen draagt daaraan "
            "€ 12.000 bij. Bij ernstige of aanhoudende woonoverlast schakelen partijen het Veiligheidshuis "
            "Veenweide in.",
            "gemeente, Hof en Veen", "2024",
            fr([G, C], "firm", [(12000, "euro", "exact")], (2024, "in 2024"), rec=True)),
    2025: v("De gemeente financiert in 2025 buurtbemiddeling in de gehele gemeente en Hof en Veen draagt daaraan "
            "€ 12.000 bij. Bij ernstige of aanhoudende woonoverlast schakelen partijen het Veiligheidshuis "
            "Veenweide in.",
            "gemeente, Hof en Veen", "2025",
            fr([G, C], "firm", [(12000, "euro", "exact")], (2025, "in 2025"), rec=True)),
}

AF["wijkschouw"] = {
    "theme": LB, "themes": [LB],
    2023: v("Hof en Veen, de gemeente en HV De Brakel houden in 2023 in iedere wijk ten minste één wijkschouw, "
            "waarbij bewoners worden uitgenodigd om mee te lopen. De bevindingen worden vertaald in een "
            "actielijst die in het driepartijenoverleg wordt besproken.",
            "partijen", "2e en 3e kwartaal 2023",
            fr([P], "firm", [(1, "wijkschouw", "min")], (2023, "in 2023"), rec=True)),
}

AF["ontmoetingsruimte"] = {
    "theme": LB, "themes": [LB],
    2024: v("Hof en Veen stelt in 2024 de gemeenschappelijke ruimte in het complex Veldhof kosteloos beschikbaar "
            "als ontmoetingsplek voor bewoners uit de buurt. De gemeente ondersteunt de inzet van vrijwilligers "
            "vanuit het welzijnswerk om eenzaamheid onder ouderen tegen te gaan.",
            "Hof en Veen, gemeente", "2024",
            fr([C, G], "firm", dl=(2024, "in 2024"), rec=True), "nieuw"),
    2025: v("Hof en Veen stelt in 2025 de gemeenschappelijke ruimte in het complex Veldhof kosteloos beschikbaar "
            "als ontmoetingsplek voor bewoners uit de buurt. De gemeente ondersteunt de inzet van vrijwilligers "
            "vanuit het welzijnswerk om eenzaamheid onder ouderen tegen te gaan.",
            "Hof en Veen, gemeente", "2025",
            fr([C, G], "firm", dl=(2025, "in 2025"), rec=True), "doorlopend"),
}

AF["huisbezoeken-75plus"] = {
    "theme": LB, "themes": [LB, KW],
    2025: v("Hof en Veen legt in 2025 bij alleenwonende huurders van 75 jaar en ouder een huisbezoek af om te "
            "bespreken of hun woning nog passend is en of zij behoefte hebben aan ondersteuning of contact in de "
            "buurt. Signalen van eenzaamheid worden met toestemming van de huurder doorgegeven aan het wijkteam.",
            HV, "2025",
            fr([C], "firm", dl=(2025, "in 2025")), "nieuw"),
}

# ---------------------------------------------------------------- E  Samenwerking en proces
AF["monitoring"] = {
    "theme": OV, "themes": [OV],
    2023: v("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk "
            "driepartijenoverleg, in het voorjaar aan de hand van de jaarverantwoording van Hof en Veen en in het "
            "najaar aan de hand van een tussentijdse rapportage.",
            "partijen", "voorjaar en najaar",
            fr([P], "discuss", [(2, "keer per jaar", "exact")], rec=True), "doorlopend"),
    2024: SAME,
    2025: v("Partijen bespreken de voortgang van de afspraken drie keer per jaar in het bestuurlijk "
            "driepartijenoverleg: in het voorjaar aan de hand van de jaarverantwoording van Hof en Veen, voor de "
            "zomer aan de hand van het bod en in het najaar aan de hand van een tussentijdse rapportage.",
            "partijen", "voorjaar, zomer en najaar",
            fr([P], "discuss", [(3, "keer per jaar", "exact")], rec=True), "doorlopend"),
}

AF["bod"] = {
    "theme": OV, "themes": [OV],
    2023: v("Hof en Veen brengt vóór 1 juli 2023 haar bod uit op de woonvisie, met een overzicht van de "
            "voorgenomen werkzaamheden voor de jaren 2024 tot en met 2028. HV De Brakel ontvangt het conceptbod "
            "uiterlijk zes weken vóór indiening, zodat zij haar advies kan meegeven.",
            HV, "vóór 1 juli 2023",
            fr([C], "firm", [(6, "weken", "min")], (2023, "vóór 1 juli 2023"), rec=True)),
    2024: v("Hof en Veen brengt vóór 1 juli 2024 haar bod uit op de woonvisie, met een overzicht van de "
            "voorgenomen werkzaamheden voor de jaren 2025 tot en met 2029. HV De Brakel ontvangt het conceptbod "
            "uiterlijk zes weken vóór indiening, zodat zij haar advies kan meegeven.",
            HV, "vóór 1 juli 2024",
            fr([C], "firm", [(6, "weken", "min")], (2024, "vóór 1 juli 2024"), rec=True)),
    2025: v("Hof en Veen brengt vóór 1 juli 2025 haar bod uit op de woonvisie, met een overzicht van de "
            "voorgenomen werkzaamheden voor de jaren 2026 tot en met 2030. HV De Brakel ontvangt het conceptbod "
            "uiterlijk zes weken vóór indiening, zodat zij haar advies kan meegeven.",
            HV, "vóór 1 juli 2025",
            fr([C], "firm", [(6, "weken", "min")], (2025, "vóór 1 juli 2025"), rec=True)),
}

AF["ondersteuning-ho"] = {
    "theme": OV, "themes": [OV],
    2023: v("Hof en Veen stelt HV De Brakel jaarlijks een werkbudget van € 28.000 beschikbaar voor "
            "ondersteuning, scholing en het raadplegen van de achterban. De gemeente vergoedt daarnaast de kosten "
            "van onafhankelijke advisering bij het overleg over de prestatieafspraken tot maximaal € 5.000 per "
            "jaar.",
            "Hof en Veen, gemeente", "jaarlijks",
            fr([C, G], "firm", [(28000, "euro", "exact"), (5000, "euro", "max")], rec=True), "doorlopend"),
    2024: v("Hof en Veen stelt HV De Brakel jaarlijks, onder voorbehoud van goedkeuring van de begroting door de "
            "Raad van Commissarissen, een werkbudget van € 28.000 beschikbaar voor ondersteuning, scholing en het "
            "raadplegen van de achterban. De gemeente vergoedt daarnaast de kosten van onafhankelijke advisering "
            "bij het overleg over de prestatieafspraken tot maximaal € 5.000 per jaar.",
            "Hof en Veen, gemeente", "jaarlijks",
            fr([C, G], "firm", [(28000, "euro", "exact"), (5000, "euro", "max")], rec=True,
               cond=["onder voorbehoud van goedkeuring van de begroting door de Raad van Commissarissen"]),
            "doorlopend"),
    2025: SAME,
}

AF["woonvisie-evaluatie"] = {
    "theme": OV, "themes": [OV],
    2023: v("De gemeente evalueert in 2024 de Woonvisie Brakelveen 2021-2026 en betrekt Hof en Veen en HV De "
            "Brakel vanaf de start bij deze evaluatie en bij het opstellen van de uitgangspunten voor de nieuwe "
            "woonvisie.",
            "gemeente", "2024",
            fr([G], "firm", dl=(2024, "in 2024"))),
    2024: v("De gemeente evalueert in 2025 de Woonvisie Brakelveen 2021-2026 en betrekt Hof en Veen en HV De "
            "Brakel vanaf de start bij deze evaluatie en bij het opstellen van de uitgangspunten voor de nieuwe "
            "woonvisie.",
            "gemeente", "2025",
            fr([G], "firm", dl=(2025, "in 2025"))),
    2025: v("In 2025 wordt de Woonvisie Brakelveen 2021-2026 door de gemeente geëvalueerd. Hof en Veen en HV De "
            "Brakel worden vanaf de start betrokken bij de evaluatie en bij het opstellen van de uitgangspunten "
            "voor de nieuwe woonvisie.",
            "gemeente", "2025",
            fr([G], "firm", dl=(2025, "In 2025"))),
}

AF["dashboard"] = {
    "theme": OV, "themes": [OV],
    2023: v("Partijen gaan in gesprek over de ontwikkeling van een gezamenlijk dashboard wonen, waarin de "
            "belangrijkste cijfers over voorraad, toewijzing, betaalbaarheid en verduurzaming worden "
            "samengebracht.",
            "partijen", "2023",
            fr([P], "discuss")),
    2024: v("Partijen ontwikkelen vóór eind 2025 een gezamenlijk dashboard wonen, waarin de belangrijkste "
            "cijfers over voorraad, toewijzing, betaalbaarheid en verduurzaming worden samengebracht.",
            "partijen", "4e kwartaal 2025",
            fr([P], "firm", dl=(2025, "vóór eind 2025"))),
    2025: v("Partijen ontwikkelen vóór 1 juli 2025 een gezamenlijk dashboard wonen, waarin de belangrijkste "
            "cijfers over voorraad, toewijzing, betaalbaarheid en verduurzaming worden samengebracht.",
            "partijen", "2e kwartaal 2025",
            fr([P], "firm", dl=(2025, "vóór 1 juli 2025"))),
}


def version(key, year):
    """Resolve a version of an afspraak, following SAME back to the previous year."""
    entry = AF[key]
    if year not in entry:
        return None
    val = entry[year]
    override = {}
    if isinstance(val, tuple):
        val, override = val
    if val == SAME:
        base = dict(version(key, year - 1))
        base.update(override)
        return base
    return val


# ---------------------------------------------------------------- chapter structure per year
A_T = "Betaalbaar en beschikbaar wonen"
B_T = "Duurzaam en klimaatbestendig wonen"
C_T = {2023: "Goed wonen: kwaliteit, wonen en zorg", 2024: "Goed wonen: kwaliteit, wonen en zorg",
       2025: "Woningkwaliteit, wonen en zorg"}
D_T = "Prettig wonen in wijk en dorp"
E_T = "Samenwerking en proces"

S_NB = "Nieuwbouw en woningvoorraad"
S_TW = "Woningtoewijzing en bijzondere doelgroepen"
S_HB = "Huurbeleid en betaalbaarheid"
S_EL = "Energielabels en isolatie"
S_WT = "Warmtetransitie, nieuwbouw en klimaat"
S_EA = "Energiearmoede"

STRUCTURE = {
    2023: [
        ("A", A_T, [
            (S_NB, ["nieuwbouw-sociaal", "molenkamp", "aandeel-sociaal-plannen", "verkoop", "liberalisatie",
                    "tijdelijke-woningen"]),
            (S_TW, ["lokale-binding", "inschrijfduur", "statushouders", "uitstroom-bw", "doorstroming-senioren"]),
            (S_HB, ["huurverhoging", "huurverlaging-aftopping", "huurachterstand-contact", "huisuitzettingen"]),
        ]),
        ("B", B_T, [
            (S_EL, ["efg-labels", "gemiddeld-label", "isolatie-complexen", "zonnepanelen"]),
            (S_WT, ["wijkuitvoeringsplan-delanen", "nieuwbouw-duurzaam", "klimaatadaptatie"]),
        ]),
        ("C", C_T[2023], [
            (None, ["vocht-schimmel", "reparaties", "rookmelders", "nultredenwoningen", "wmo-aanpassingen",
                    "woonzorg-oudeveen"]),
        ]),
        ("D", D_T, [
            (None, ["leefbaarheidsbudget", "wijkbeheerders", "buurtbemiddeling", "kwetsbare-huurders",
                    "energiecoaches", "wijkschouw"]),
        ]),
        ("E", E_T, [
            (None, ["monitoring", "bod", "ondersteuning-ho", "woonvisie-evaluatie", "dashboard"]),
        ]),
    ],
    2024: [
        ("A", A_T, [
            (S_NB, ["nieuwbouw-sociaal", "molenkamp", "aandeel-sociaal-plannen", "verkoop", "liberalisatie",
                    "tijdelijke-woningen"]),
            (S_TW, ["lokale-binding", "hospitaverhuur", "statushouders", "uitstroom-bw", "doorstroming-senioren"]),
            (S_HB, ["huurverhoging", "huurverlaging-aftopping", "huurachterstand-contact", "huisuitzettingen"]),
        ]),
        ("B", B_T, [
            (S_EL, ["efg-labels", "gemiddeld-label", "isolatie-complexen", "zonnepanelen"]),
            (S_EA, ["energiecoaches"]),
            (S_WT, ["wijkuitvoeringsplan-delanen", "nieuwbouw-duurzaam", "klimaatadaptatie"]),
        ]),
        ("C", C_T[2024], [
            (None, ["vocht-schimmel", "reparaties", "veiligheid-portieken", "nultredenwoningen",
                    "wmo-aanpassingen", "woonzorg-oudeveen"]),
        ]),
        ("D", D_T, [
            (None, ["leefbaarheidsbudget", "wijkbeheerders", "buurtbemiddeling", "kwetsbare-huurders",
                    "ontmoetingsruimte"]),
        ]),
        ("E", E_T, [
            (None, ["monitoring", "bod", "ondersteuning-ho", "woonvisie-evaluatie", "dashboard"]),
        ]),
    ],
    2025: [
        ("A", A_T, [
            (S_HB, ["huurverhoging", "huurverlaging-aftopping", "huurachterstand-contact", "huisuitzettingen"]),
            (S_NB, ["nieuwbouw-sociaal", "aandeel-sociaal-plannen", "tijdelijke-woningen", "verkoop",
                    "liberalisatie"]),
            (S_TW, ["lokale-binding", "hospitaverhuur", "statushouders", "uitstroom-bw", "doorstroming-senioren"]),
        ]),
        ("B", B_T, [
            (S_EL, ["efg-labels", "gemiddeld-label", "isolatie-complexen", "zonnepanelen"]),
            (S_EA, ["energiecoaches"]),
            (S_WT, ["warmte-zuiderpark", "nieuwbouw-duurzaam", "klimaatadaptatie"]),
        ]),
        ("C", C_T[2025], [
            (None, ["vocht-schimmel", "reparaties", "loden-leidingen", "nultredenwoningen", "wmo-aanpassingen",
                    "woonzorg-oudeveen", "kwetsbare-huurders"]),
        ]),
        ("D", D_T, [
            (None, ["leefbaarheidsbudget", "wijkbeheerders", "buurtbemiddeling", "ontmoetingsruimte",
                    "huisbezoeken-75plus"]),
        ]),
        ("E", E_T, [
            (None, ["monitoring", "bod", "ondersteuning-ho", "woonvisie-evaluatie", "dashboard"]),
        ]),
    ],
}

# ---------------------------------------------------------------- pair annotations
# key -> (status, kinds, hard_negative); new/dropped are derived from presence and checked.
U = ("unchanged", [], None)


def R(hn=None):
    return ("reworded", [], hn)


def W(*kinds):
    return ("weakened", list(kinds), None)


def S(*kinds):
    return ("strengthened", list(kinds), None)


def M(*kinds):
    return ("modified", list(kinds), None)


PAIRS = {
    (2023, 2024): {
        "nieuwbouw-sociaal": S("quantity"),
        "molenkamp": R("progress"),
        "aandeel-sociaal-plannen": U,
        "verkoop": S("quantity"),
        "liberalisatie": W("quantity"),
        "tijdelijke-woningen": S("modality"),
        "lokale-binding": M("scope", "quantity"),
        "inschrijfduur": ("dropped", [], None),
        "hospitaverhuur": ("new", [], None),
        "statushouders": R("external_figure"),
        "uitstroom-bw": U,
        "doorstroming-senioren": S("modality"),
        "huurverhoging": S("quantity"),
        "huurverlaging-aftopping": R("indexed_amount"),
        "huurachterstand-contact": S("quantity"),
        "huisuitzettingen": U,
        "efg-labels": S("quantity", "deadline"),
        "gemiddeld-label": W("label"),
        "isolatie-complexen": W("scope"),
        "zonnepanelen": S("quantity"),
        "wijkuitvoeringsplan-delanen": W("deadline"),
        "nieuwbouw-duurzaam": U,
        "klimaatadaptatie": U,
        "vocht-schimmel": W("quantity"),
        "reparaties": R("same_figures"),
        "rookmelders": ("dropped", [], None),
        "veiligheid-portieken": ("new", [], None),
        "nultredenwoningen": R("recurring_year"),
        "wmo-aanpassingen": S("modality"),
        "woonzorg-oudeveen": R(),
        "leefbaarheidsbudget": R("recurring_year"),
        "wijkbeheerders": W("scope"),
        "buurtbemiddeling": R("recurring_year"),
        "kwetsbare-huurders": U,
        "energiecoaches": R("recurring_year"),
        "wijkschouw": ("dropped", [], None),
        "ontmoetingsruimte": ("new", [], None),
        "monitoring": U,
        "bod": R("recurring_year"),
        "ondersteuning-ho": W("condition"),
        "woonvisie-evaluatie": W("deadline"),
        "dashboard": S("modality"),
    },
    (2024, 2025): {
        "nieuwbouw-sociaal": W("quantity", "deadline"),
        "molenkamp": ("dropped", [], None),
        "aandeel-sociaal-plannen": W("modality", "condition"),
        "verkoop": S("quantity"),
        "liberalisatie": R("recurring_year"),
        "tijdelijke-woningen": W("deadline"),
        "lokale-binding": R("same_figures"),
        "hospitaverhuur": U,
        "statushouders": R("external_figure"),
        "uitstroom-bw": W("modality"),
        "doorstroming-senioren": W("quantity"),
        "huurverhoging": R("recurring_year"),
        "huurverlaging-aftopping": R("indexed_amount"),
        "huurachterstand-contact": U,
        "huisuitzettingen": S("quantity", "modality"),
        "efg-labels": W("label"),
        "gemiddeld-label": M("label", "deadline"),
        "isolatie-complexen": S("scope"),
        "zonnepanelen": W("condition"),
        "energiecoaches": W("modality", "condition"),
        "wijkuitvoeringsplan-delanen": ("dropped", [], None),
        "warmte-zuiderpark": ("new", [], None),
        "nieuwbouw-duurzaam": R(),
        "klimaatadaptatie": S("condition"),
        "vocht-schimmel": U,
        "reparaties": S("quantity"),
        "veiligheid-portieken": ("dropped", [], None),
        "loden-leidingen": ("new", [], None),
        "nultredenwoningen": W("modality"),
        "wmo-aanpassingen": U,
        "woonzorg-oudeveen": S("modality"),
        "kwetsbare-huurders": R(),
        "leefbaarheidsbudget": S("quantity"),
        "wijkbeheerders": U,
        "buurtbemiddeling": R("recurring_year"),
        "ontmoetingsruimte": R("recurring_year"),
        "huisbezoeken-75plus": ("new", [], None),
        "monitoring": S("quantity"),
        "bod": R("recurring_year"),
        "ondersteuning-ho": U,
        "woonvisie-evaluatie": R("same_figures"),
        "dashboard": S("deadline"),
    },
}
