# -*- coding: utf-8 -*-
"""Content of the sudergaast family: bilingual (Dutch / Frisian) prestatieafspraken 2025-2027.

Every afspraak has per year a tuple (dutch, frisian, frame). "=" repeats the previous year's version.
Only the Dutch text is gold; the Frisian column is a translation.
"""

YEARS = [2025, 2026, 2027]

GEMEENTE = "Súdergaast"
CORPORATIES = ["Woonstichting Wetterwâl", "Stichting Wonen Lytse Mar"]
HUURDERS = ["Huurdersvereniging De Skalm", "Bewonersraad Lytse Mar"]

SIGN = {
    2025: ("Lytsewier, 11 december 2024", "Lytsewier, 11 desimber 2024"),
    2026: ("Lytsewier, 9 december 2025", "Lytsewier, 9 desimber 2025"),
    2027: ("Noardsein, 2 december 2026", "Noardsein, 2 desimber 2026"),
}

SIGNERS = [
    ("Gemeente Súdergaast", "Gemeente Súdergaast", "J.H. (Jelle) Hoekstra-Wybenga", "wethouder Wonen", "wethâlder Wenjen"),
    ("Woonstichting Wetterwâl", "Wenstifting Wetterwâl", "mevrouw drs. A.M. Terpstra", "directeur-bestuurder", "direkteur-bestjoerder"),
    ("Stichting Wonen Lytse Mar", "Stifting Wenjen Lytse Mar", "S. de Vries-Kalsbeek", "directeur-bestuurder", "direkteur-bestjoerder"),
    ("Huurdersvereniging De Skalm", "Hierdersferiening De Skalm", "R. Bouma", "voorzitter", "foarsitter"),
    ("Bewonersraad Lytse Mar", "Bewennersried Lytse Mar", "T. Zandstra", "voorzitter", "foarsitter"),
]

# chapter number -> (dutch, frisian)
CHAPTERS = {
    1: ("Inleiding", "Ynlieding"),
    2: ("Beschikbaarheid", "Beskikberens"),
    3: ("Betaalbaarheid", "Betelberens"),
    4: ("Duurzaamheid", "Duorsumens"),
    5: ("Kwaliteit en wonen met zorg", "Kwaliteit en wenjen mei soarch"),
    6: ("Leefbaarheid", "Leefberens"),
    7: ("Samenwerking en proces", "Gearwurking en proses"),
}
SUBS = {
    "nieuwbouw": ("Nieuwbouw en woningvoorraad", "Nijbou en wenningfoarried"),
    "toewijzing": ("Toewijzing en bijzondere doelgroepen", "Tawizing en bysûndere doelgroepen"),
}


def q(value, unit, comp="exact", vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def F(actors, modality, quantities=(), deadline=None, recurring=False, conditions=()):
    return {"actors": list(actors), "modality": modality, "quantities": list(quantities),
            "deadline": ({"year": deadline[0], "text": deadline[1]} if deadline else None),
            "recurring": recurring, "conditions": list(conditions)}


def intro(y):
    """Context paragraphs for chapter 1 (never afspraken)."""
    p = y - 1
    return [
        ("Voor u liggen de prestatieafspraken %d tussen de gemeente Súdergaast, Woonstichting Wetterwâl, "
         "Stichting Wonen Lytse Mar, Huurdersvereniging De Skalm en Bewonersraad Lytse Mar. De afspraken zijn "
         "gebaseerd op de Woonvisie Súdergaast 2023-2030 en op de biedingen die beide corporaties in juni %d "
         "hebben uitgebracht." % (y, p),
         "Foar jo lizze de prestaasjeôfspraken %d tusken de gemeente Súdergaast, Wenstifting Wetterwâl, "
         "Stifting Wenjen Lytse Mar, Hierdersferiening De Skalm en Bewennersried Lytse Mar. De ôfspraken binne "
         "basearre op de Wenfisy Súdergaast 2023-2030 en op de biedingen dy't beide korporaasjes yn juny %d "
         "útbrocht hawwe." % (y, p)),
        ("Súdergaast is een tweetalige gemeente. Daarom verschijnen deze afspraken zoals gebruikelijk in het "
         "Nederlands en in het Fries. Bij verschil tussen beide teksten is de Nederlandse tekst leidend.",
         "Súdergaast is in twatalige gemeente. Dêrom ferskine dizze ôfspraken sa't wenst is yn it Nederlânsk en "
         "yn it Frysk. By ferskil tusken beide teksten is de Nederlânske tekst liedend."),
        ("Terugblik: in %d zijn in de gemeente %d sociale huurwoningen opgeleverd en zijn %d woningen "
         "verduurzaamd. De gemiddelde zoektijd voor een sociale huurwoning bedroeg %s maanden."
         % (p, {2024: 36, 2025: 22, 2026: 41}[p], {2024: 131, 2025: 158, 2026: 164}[p],
            {2024: "19", 2025: "21", 2026: "20"}[p]),
         "Weromblik: yn %d binne yn de gemeente %d sosjale hierwenningen oplevere en binne %d wenningen "
         "ferduorsume. De gemiddelde syktiid foar in sosjale hierwenning wie %s moanne."
         % (p, {2024: 36, 2025: 22, 2026: 41}[p], {2024: 131, 2025: 158, 2026: 164}[p],
            {2024: "19", 2025: "21", 2026: "20"}[p])),
    ]


CONTEXT = {
    2: ("De vraag naar sociale huurwoningen in de dorpen blijft groot, vooral van starters en van ouderen die "
        "kleiner willen wonen. De gemeente heeft in de Woonvisie vastgelegd dat ten minste de helft van de "
        "nieuwbouw betaalbaar moet zijn.",
        "De fraach nei sosjale hierwenningen yn de doarpen bliuwt grut, foaral fan starters en fan âlderen dy't "
        "lytser wenje wolle. De gemeente hat yn de Wenfisy fêstlein dat op syn minst de helte fan de nijbou "
        "betelber wêze moat."),
    3: ("Veel huurders hebben het financieel zwaar door hogere vaste lasten. Partijen willen voorkomen dat "
        "huurders in de problemen komen en werken daarom samen aan vroegsignalering.",
        "In soad hierders hawwe it finansjeel dreech troch hegere fêste lêsten. Partijen wolle foarkomme dat "
        "hierders yn de problemen komme en wurkje dêrom gear oan betide sinjalearring."),
    4: ("De Transitievisie Warmte van de gemeente wijst Mûnebuorren aan als eerste buurt waar de overstap "
        "naar aardgasvrij wonen wordt voorbereid.",
        "De Transysjefisy Waarmte fan de gemeente wiist Mûnebuorren oan as earste buert dêr't de oerstap nei "
        "ierdgasfrij wenjen taret wurdt."),
    5: ("Het aantal inwoners van 75 jaar en ouder neemt in Súdergaast tot 2035 met bijna 40 procent toe. "
        "Meer woningen moeten daarom geschikt zijn voor mensen met een beperking of zorgvraag.",
        "It tal ynwenners fan 75 jier en âlder nimt yn Súdergaast oant 2035 mei hast 40 persint ta. Mear "
        "wenningen moatte dêrom geskikt wêze foar minsken mei in beheining of soarchfraach."),
    6: ("De dorpen in Súdergaast kennen een sterke mienskip. Partijen willen die betrokkenheid benutten en "
        "ondersteunen waar dat nodig is.",
        "De doarpen yn Súdergaast kenne in sterke mienskip. Partijen wolle dy belutsenens benutte en stypje "
        "wêr't dat nedich is."),
    7: None,
}

A = []


def add(key, chapter, sub, themes, versions):
    A.append({"key": key, "chapter": chapter, "sub": sub, "themes": themes, "v": versions})


B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")

# ---------------------------------------------------------------- 2 Beschikbaarheid > Nieuwbouw
add("nieuwbouw-kanaalzone", 2, "nieuwbouw", [B], {
    2025: ("Wetterwâl levert in 2026 ten minste 48 sociale huurwoningen op in het plan Kanaalzone in Lytsewier.",
           "Wetterwâl leveret yn 2026 op syn minst 48 sosjale hierwenningen op yn it plan Kanaalsône yn Lytsewier.",
           F(["corporatie"], "firm", [q(48, "woningen", "min")], (2026, "in 2026"))),
    2026: ("Wetterwâl levert in 2027 ten minste 40 sociale huurwoningen op in het plan Kanaalzone in Lytsewier.",
           "Wetterwâl leveret yn 2027 op syn minst 40 sosjale hierwenningen op yn it plan Kanaalsône yn Lytsewier.",
           F(["corporatie"], "firm", [q(40, "woningen", "min")], (2027, "in 2027"))),
    2027: ("In het plan Kanaalzone in Lytsewier worden in 2027 door Wetterwâl ten minste veertig sociale "
           "huurwoningen opgeleverd.",
           "Yn it plan Kanaalsône yn Lytsewier wurde yn 2027 troch Wetterwâl op syn minst fjirtich sosjale "
           "hierwenningen oplevere.",
           F(["corporatie"], "firm", [q(40, "woningen", "min")], (2027, "in 2027"))),
})
add("nieuwbouw-de-kamp", 2, "nieuwbouw", [B, K], {
    2025: ("Lytse Mar onderzoekt of op de locatie De Kamp in Noardsein 16 levensloopbestendige huurwoningen "
           "kunnen worden gebouwd.",
           "Lytse Mar ûndersiket oft op it plak De Kamp yn Noardsein 16 libbensrinbestindige hierwenningen "
           "boud wurde kinne.",
           F(["corporatie"], "explore", [q(16, "woningen")])),
    2026: ("Lytse Mar bouwt op de locatie De Kamp in Noardsein 16 levensloopbestendige huurwoningen; de bouw "
           "start uiterlijk in het derde kwartaal van 2026.",
           "Lytse Mar bout op it plak De Kamp yn Noardsein 16 libbensrinbestindige hierwenningen; de bou begjint "
           "uterlik yn it tredde fearnsjier fan 2026.",
           F(["corporatie"], "firm", [q(16, "woningen")], (2026, "uiterlijk in het derde kwartaal van 2026"))),
    2027: ("Lytse Mar bouwt op de locatie De Kamp in Noardsein 16 levensloopbestendige huurwoningen; de bouw "
           "start uiterlijk in het eerste kwartaal van 2027.",
           "Lytse Mar bout op it plak De Kamp yn Noardsein 16 libbensrinbestindige hierwenningen; de bou begjint "
           "uterlik yn it earste fearnsjier fan 2027.",
           F(["corporatie"], "firm", [q(16, "woningen")], (2027, "uiterlijk in het eerste kwartaal van 2027"))),
})
add("middenhuur-noardsein", 2, "nieuwbouw", [B], {
    2027: ("Wetterwâl bouwt in 2027 in Noardsein 10 middenhuurwoningen, onder voorbehoud van goedkeuring door "
           "de Raad van Commissarissen.",
           "Wetterwâl bout yn 2027 yn Noardsein 10 middenhierwenningen, ûnder foarbehâld fan goedkarring troch "
           "de Ried fan Kommissarissen.",
           F(["corporatie"], "firm", [q(10, "woningen")], (2027, "in 2027"), False,
             ["goedkeuring Raad van Commissarissen"])),
})
add("sociale-voorraad", 2, "nieuwbouw", [B], {
    2025: ("Partijen streven ernaar de sociale huurvoorraad in Súdergaast tot en met 2030 op ten minste 3.450 "
           "woningen te houden.",
           "Partijen stribje dernei de sosjale hierwenningfoarried yn Súdergaast oant en mei 2030 op syn minst "
           "op 3.450 wenningen te hâlden.",
           F(["partijen"], "intent", [q(3450, "woningen", "min")], (2030, "tot en met 2030"))),
    2026: "=",
    2027: ("Partijen spreken af dat de sociale huurvoorraad in Súdergaast tot en met 2030 ten minste 3.450 "
           "woningen bedraagt.",
           "Partijen sprekke ôf dat de sosjale hierwenningfoarried yn Súdergaast oant en mei 2030 op syn minst "
           "3.450 wenningen bedraacht.",
           F(["partijen"], "firm", [q(3450, "woningen", "min")], (2030, "tot en met 2030"))),
})
add("aandeel-sociaal", 2, "nieuwbouw", [B], {
    2025: ("De gemeente legt bij nieuwe bouwplannen vanaf tien woningen vast dat ten minste 30% van het "
           "programma uit sociale huurwoningen bestaat.",
           "De gemeente leit by nije bouplannen fan tsien wenningen ôf fêst dat op syn minst 30% fan it "
           "programma út sosjale hierwenningen bestiet.",
           F(["gemeente"], "firm", [q(10, "woningen", "min"), q(30, "%", "min")])),
    2026: ("Bij nieuwe bouwplannen vanaf tien woningen legt de gemeente vast dat minimaal 30% van het programma "
           "bestaat uit sociale huurwoningen.",
           "By nije bouplannen fan tsien wenningen ôf leit de gemeente fêst dat minimaal 30% fan it programma "
           "bestiet út sosjale hierwenningen.",
           F(["gemeente"], "firm", [q(10, "woningen", "min"), q(30, "%", "min")])),
    2027: "=",
})
add("grondprijs", 2, "nieuwbouw", [B], {
    2025: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 21.500 per woning "
           "(prijspeil 2025).",
           "De gemeente hantearret foar sosjale hierwenningen in fêste grûnpriis fan € 21.500 per wenning "
           "(priispeil 2025).",
           F(["gemeente"], "firm", [q(21500, "euro per woning")])),
    2026: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.150 per woning "
           "(prijspeil 2026).",
           "De gemeente hantearret foar sosjale hierwenningen in fêste grûnpriis fan € 22.150 per wenning "
           "(priispeil 2026).",
           F(["gemeente"], "firm", [q(22150, "euro per woning")])),
    2027: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.750 per woning "
           "(prijspeil 2027).",
           "De gemeente hantearret foar sosjale hierwenningen in fêste grûnpriis fan € 22.750 per wenning "
           "(priispeil 2027).",
           F(["gemeente"], "firm", [q(22750, "euro per woning")])),
})
add("verkoop-wetterwal", 2, "nieuwbouw", [B], {
    2025: ("Wetterwâl verkoopt in 2025 maximaal 10 huurwoningen uit de bestaande voorraad.",
           "Wetterwâl ferkeapet yn 2025 maksimaal 10 hierwenningen út de besteande foarried.",
           F(["corporatie"], "firm", [q(10, "woningen", "max")], (2025, "in 2025"), True)),
    2026: ("Wetterwâl verkoopt in 2026 maximaal 6 huurwoningen uit de bestaande voorraad.",
           "Wetterwâl ferkeapet yn 2026 maksimaal 6 hierwenningen út de besteande foarried.",
           F(["corporatie"], "firm", [q(6, "woningen", "max")], (2026, "in 2026"), True)),
    2027: ("Wetterwâl verkoopt in 2027 maximaal 6 huurwoningen uit de bestaande voorraad.",
           "Wetterwâl ferkeapet yn 2027 maksimaal 6 hierwenningen út de besteande foarried.",
           F(["corporatie"], "firm", [q(6, "woningen", "max")], (2027, "in 2027"), True)),
})
# ---------------------------------------------------------------- 2 Beschikbaarheid > Toewijzing
add("vergunninghouders", 2, "toewijzing", [B], {
    2025: ("Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders wordt "
           "gehaald (eerste helft 2025: 14 personen).",
           "Partijen soargje der tegearre foar dat de taakstelling foar de húsfesting fan statushâlders helle "
           "wurdt (earste helte 2025: 14 persoanen).",
           F(["partijen"], "firm", [q(14, "personen")], None, True)),
    2026: ("Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders wordt "
           "gehaald (eerste helft 2026: 19 personen).",
           "Partijen soargje der tegearre foar dat de taakstelling foar de húsfesting fan statushâlders helle "
           "wurdt (earste helte 2026: 19 persoanen).",
           F(["partijen"], "firm", [q(19, "personen")], None, True)),
    2027: ("Partijen spannen zich in om de taakstelling voor de huisvesting van vergunninghouders te halen "
           "(eerste helft 2027: 17 personen).",
           "Partijen sette harren yn om de taakstelling foar de húsfesting fan statushâlders te heljen (earste "
           "helte 2027: 17 persoanen).",
           F(["partijen"], "intent", [q(17, "personen")], None, True)),
})
add("starters", 2, "toewijzing", [B], {
    2025: ("Wetterwâl en Lytse Mar wijzen jaarlijks ten minste 20% van de vrijkomende eengezinswoningen toe "
           "aan starters.",
           "Wetterwâl en Lytse Mar wize jierliks op syn minst 20% fan de frijkommende iengesinswenningen ta oan "
           "starters.",
           F(["corporatie"], "firm", [q(20, "%", "min")], None, True)),
    2026: "=",
    2027: ("Wetterwâl en Lytse Mar wijzen jaarlijks ten minste 15% van de vrijkomende eengezinswoningen toe "
           "aan starters.",
           "Wetterwâl en Lytse Mar wize jierliks op syn minst 15% fan de frijkommende iengesinswenningen ta oan "
           "starters.",
           F(["corporatie"], "firm", [q(15, "%", "min")], None, True)),
})
add("verhuisregeling-senioren", 2, "toewijzing", [B], {
    2025: ("Lytse Mar start uiterlijk 1 juli 2025 een verhuisregeling voor senioren die een eengezinswoning "
           "achterlaten.",
           "Lytse Mar begjint uterlik 1 july 2025 in ferhuzingsregeling foar senioaren dy't in iengesinswenning "
           "efterlitte.",
           F(["corporatie"], "firm", [], (2025, "uiterlijk 1 juli 2025"))),
    2026: ("Lytse Mar start uiterlijk 1 april 2026 een verhuisregeling voor senioren die een eengezinswoning "
           "achterlaten.",
           "Lytse Mar begjint uterlik 1 april 2026 in ferhuzingsregeling foar senioaren dy't in iengesinswenning "
           "efterlitte.",
           F(["corporatie"], "firm", [], (2026, "uiterlijk 1 april 2026"))),
})
add("uitstroom-bw-mo", 2, "toewijzing", [B, L], {
    2025: ("De corporaties stellen jaarlijks 12 woningen beschikbaar voor uitstroom uit beschermd wonen en "
           "maatschappelijke opvang.",
           "De korporaasjes stelle jierliks 12 wenningen beskikber foar útstream út beskerme wenjen en "
           "maatskiplike opfang.",
           F(["corporatie"], "firm", [q(12, "woningen")], None, True)),
    2026: ("Jaarlijks worden door de corporaties twaalf woningen beschikbaar gesteld voor uitstroom uit "
           "beschermd wonen en maatschappelijke opvang.",
           "Jierliks wurde troch de korporaasjes tolve wenningen beskikber steld foar útstream út beskerme wenjen "
           "en maatskiplike opfang.",
           F(["corporatie"], "firm", [q(12, "woningen")], None, True)),
    2027: ("Jaarlijks worden door de corporaties vijftien woningen beschikbaar gesteld voor uitstroom uit "
           "beschermd wonen en maatschappelijke opvang.",
           "Jierliks wurde troch de korporaasjes fyftjin wenningen beskikber steld foar útstream út beskerme "
           "wenjen en maatskiplike opfang.",
           F(["corporatie"], "firm", [q(15, "woningen")], None, True)),
})
add("urgentie", 2, "toewijzing", [B], {
    2025: ("De gemeente en de corporaties hanteren een gezamenlijke urgentieregeling; op een aanvraag wordt "
           "binnen acht weken besloten.",
           "De gemeente en de korporaasjes hantearje in mienskiplike urginsjeregeling; op in oanfraach wurdt "
           "binnen acht wiken besletten.",
           F(["gemeente", "corporatie"], "firm", [q(8, "weken", "max")])),
})
# ---------------------------------------------------------------- 3 Betaalbaarheid
add("huurverhoging", 3, None, [B], {
    2025: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5 procentpunt onder "
           "de maximale huursomstijging die het Rijk toestaat.",
           "De korporaasjes hâlde de gemiddelde hierferheging per 1 july 2025 op syn minst 0,5 persintpunt ûnder "
           "de maksimale hiersomstiging dy't it Ryk tastiet.",
           F(["corporatie"], "firm", [q(0.5, "procentpunt", "min")], (2025, "per 1 juli 2025"), True)),
    2026: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 1 procentpunt onder "
           "de maximale huursomstijging die het Rijk toestaat.",
           "De korporaasjes hâlde de gemiddelde hierferheging per 1 july 2026 op syn minst 1 persintpunt ûnder "
           "de maksimale hiersomstiging dy't it Ryk tastiet.",
           F(["corporatie"], "firm", [q(1, "procentpunt", "min")], (2026, "per 1 juli 2026"), True)),
    2027: ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5 procentpunt onder "
           "de maximale huursomstijging die het Rijk toestaat.",
           "De korporaasjes hâlde de gemiddelde hierferheging per 1 july 2027 op syn minst 0,5 persintpunt ûnder "
           "de maksimale hiersomstiging dy't it Ryk tastiet.",
           F(["corporatie"], "firm", [q(0.5, "procentpunt", "min")], (2027, "per 1 juli 2027"), True)),
})
add("aftoppingsgrens", 3, None, [B], {
    2025: ("Bij nieuwe verhuringen ligt de huur van ten minste 80% van de woningen onder de hoge "
           "aftoppingsgrens (€ 731,93, prijspeil 2025).",
           "By nije ferhieringen leit de hier fan op syn minst 80% fan de wenningen ûnder de hege "
           "ôftoppingsgrins (€ 731,93, priispeil 2025).",
           F(["corporatie"], "firm", [q(80, "%", "min"), q(731.93, "euro")], None, True)),
    2026: ("Bij nieuwe verhuringen ligt de huur van ten minste 80% van de woningen onder de hoge "
           "aftoppingsgrens (€ 754,18, prijspeil 2026).",
           "By nije ferhieringen leit de hier fan op syn minst 80% fan de wenningen ûnder de hege "
           "ôftoppingsgrins (€ 754,18, priispeil 2026).",
           F(["corporatie"], "firm", [q(80, "%", "min"), q(754.18, "euro")], None, True)),
    2027: ("Bij nieuwe verhuringen ligt de huur van ten minste 85% van de woningen onder de hoge "
           "aftoppingsgrens (€ 772,40, prijspeil 2027).",
           "By nije ferhieringen leit de hier fan op syn minst 85% fan de wenningen ûnder de hege "
           "ôftoppingsgrins (€ 772,40, priispeil 2027).",
           F(["corporatie"], "firm", [q(85, "%", "min"), q(772.40, "euro")], None, True)),
})
add("huurachterstand", 3, None, [B], {
    2025: ("De corporaties nemen binnen 14 dagen na het ontstaan van een huurachterstand persoonlijk contact "
           "op met de huurder.",
           "De korporaasjes nimme binnen 14 dagen nei it ûntstean fan in hierachterstân persoanlik kontakt op "
           "mei de hierder.",
           F(["corporatie"], "firm", [q(14, "dagen", "max")], None, True)),
    2026: ("Binnen 14 dagen na het ontstaan van een huurachterstand wordt door de corporaties persoonlijk "
           "contact opgenomen met de huurder.",
           "Binnen 14 dagen nei it ûntstean fan in hierachterstân wurdt troch de korporaasjes persoanlik "
           "kontakt opnommen mei de hierder.",
           F(["corporatie"], "firm", [q(14, "dagen", "max")], None, True)),
    2027: ("Binnen 10 dagen na het ontstaan van een huurachterstand wordt door de corporaties persoonlijk "
           "contact opgenomen met de huurder.",
           "Binnen 10 dagen nei it ûntstean fan in hierachterstân wurdt troch de korporaasjes persoanlik "
           "kontakt opnommen mei de hierder.",
           F(["corporatie"], "firm", [q(10, "dagen", "max")], None, True)),
})
add("huisuitzettingen", 3, None, [B, L], {
    2025: ("Partijen streven ernaar dat er in 2025 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
           "Partijen stribje dernei dat der yn 2025 gjin útsettingen fanwegen hierachterstân plakfine.",
           F(["partijen"], "intent", [q(0, "huisuitzettingen")], (2025, "in 2025"), True)),
    2026: ("Partijen streven ernaar dat er in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
           "Partijen stribje dernei dat der yn 2026 gjin útsettingen fanwegen hierachterstân plakfine.",
           F(["partijen"], "intent", [q(0, "huisuitzettingen")], (2026, "in 2026"), True)),
    2027: ("Partijen streven ernaar dat er in 2027 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
           "Partijen stribje dernei dat der yn 2027 gjin útsettingen fanwegen hierachterstân plakfine.",
           F(["partijen"], "intent", [q(0, "huisuitzettingen")], (2027, "in 2027"), True)),
})
add("noodfonds-energie", 3, None, [B, D], {
    2026: ("De gemeente stelt in 2026 € 40.000 beschikbaar voor een noodfonds voor huurders met hoge "
           "energielasten.",
           "De gemeente stelt yn 2026 € 40.000 beskikber foar in needfûns foar hierders mei hege enerzjylêsten.",
           F(["gemeente"], "firm", [q(40000, "euro")], (2026, "in 2026"))),
    2027: ("De gemeente stelt in 2027 € 30.000 beschikbaar voor een noodfonds voor huurders met hoge "
           "energielasten, indien de gemeenteraad het budget goedkeurt.",
           "De gemeente stelt yn 2027 € 30.000 beskikber foar in needfûns foar hierders mei hege enerzjylêsten, "
           "as de gemeenteried it budzjet goedkart.",
           F(["gemeente"], "firm", [q(30000, "euro")], (2027, "in 2027"), False, ["goedkeuring gemeenteraad"])),
})
# ---------------------------------------------------------------- 4 Duurzaamheid
add("labels-efg", 4, None, [D], {
    2025: ("De corporaties zorgen ervoor dat uiterlijk eind 2027 geen van hun woningen nog een energielabel E, "
           "F of G heeft; het gaat nog om 112 woningen.",
           "De korporaasjes soargje derfoar dat uterlik ein 2027 gjin fan harren wenningen noch in enerzjylabel "
           "E, F of G hat; it giet noch om 112 wenningen.",
           F(["corporatie"], "firm", [q(112, "woningen")],
             (2027, "uiterlijk eind 2027"))),
    2026: ("De corporaties zorgen ervoor dat uiterlijk eind 2027 geen van hun woningen nog een energielabel E, "
           "F of G heeft; het gaat nog om 64 woningen.",
           "De korporaasjes soargje derfoar dat uterlik ein 2027 gjin fan harren wenningen noch in enerzjylabel "
           "E, F of G hat; it giet noch om 64 wenningen.",
           F(["corporatie"], "firm", [q(64, "woningen")],
             (2027, "uiterlijk eind 2027"))),
    2027: ("De corporaties zorgen ervoor dat uiterlijk eind 2028 geen van hun woningen nog een energielabel E, "
           "F of G heeft; het gaat nog om 25 woningen.",
           "De korporaasjes soargje derfoar dat uterlik ein 2028 gjin fan harren wenningen noch in enerzjylabel "
           "E, F of G hat; it giet noch om 25 wenningen.",
           F(["corporatie"], "firm", [q(25, "woningen")],
             (2028, "uiterlijk eind 2028"))),
})
add("isolatie-wetterwal", 4, None, [D], {
    2025: ("Wetterwâl isoleert in 2025 ten minste 120 woningen naar minimaal energielabel B.",
           "Wetterwâl isolearret yn 2025 op syn minst 120 wenningen nei minimaal enerzjylabel B.",
           F(["corporatie"], "firm", [q(120, "woningen", "min")], (2025, "in 2025"), True)),
    2026: ("Wetterwâl isoleert in 2026 ten minste 150 woningen naar minimaal energielabel A.",
           "Wetterwâl isolearret yn 2026 op syn minst 150 wenningen nei minimaal enerzjylabel A.",
           F(["corporatie"], "firm", [q(150, "woningen", "min")], (2026, "in 2026"), True)),
    2027: ("Wetterwâl isoleert in 2027 ten minste 150 woningen naar minimaal energielabel C.",
           "Wetterwâl isolearret yn 2027 op syn minst 150 wenningen nei minimaal enerzjylabel C.",
           F(["corporatie"], "firm", [q(150, "woningen", "min")], (2027, "in 2027"), True)),
})
add("warmtepompen-lytse-mar", 4, None, [D], {
    2025: ("Lytse Mar voorziet in 2025 60 woningen van een hybride warmtepomp.",
           "Lytse Mar foarsjocht yn 2025 60 wenningen fan in hybride waarmtepomp.",
           F(["corporatie"], "firm", [q(60, "woningen")], (2025, "in 2025"))),
    2026: ("Lytse Mar onderzoekt of in 2026 60 woningen van een hybride warmtepomp kunnen worden voorzien.",
           "Lytse Mar ûndersiket oft yn 2026 60 wenningen fan in hybride waarmtepomp foarsjoen wurde kinne.",
           F(["corporatie"], "explore", [q(60, "woningen")], (2026, "in 2026"))),
})
add("zonnepanelen", 4, None, [D], {
    2025: ("Wetterwâl biedt alle huurders van een eengezinswoning zonnepanelen aan tegen een vaste maandelijkse "
           "vergoeding.",
           "Wetterwâl biedt alle hierders fan in iengesinswenning sinnepanielen oan foar in fêste moanlikse "
           "fergoeding.",
           F(["corporatie"], "firm")),
    2026: ("Wetterwâl biedt de huurders van eengezinswoningen in Lytsewier en Noardsein zonnepanelen aan tegen "
           "een vaste maandelijkse vergoeding.",
           "Wetterwâl biedt de hierders fan iengesinswenningen yn Lytsewier en Noardsein sinnepanielen oan foar "
           "in fêste moanlikse fergoeding.",
           F(["corporatie"], "firm")),
    2027: "=",
})
add("wijkuitvoeringsplan", 4, None, [D], {
    2025: ("De gemeente stelt vóór 1 oktober 2025 samen met de corporaties en de huurdersorganisaties het "
           "wijkuitvoeringsplan aardgasvrij voor Mûnebuorren op.",
           "De gemeente stelt foar 1 oktober 2025 tegearre mei de korporaasjes en de hierdersorganisaasjes it "
           "wykútfieringsplan ierdgasfrij foar Mûnebuorren op.",
           F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [], (2025, "vóór 1 oktober 2025"))),
    2026: ("De gemeente stelt vóór 1 juli 2026 samen met de corporaties en de huurdersorganisaties het "
           "wijkuitvoeringsplan aardgasvrij voor Mûnebuorren op.",
           "De gemeente stelt foar 1 july 2026 tegearre mei de korporaasjes en de hierdersorganisaasjes it "
           "wykútfieringsplan ierdgasfrij foar Mûnebuorren op.",
           F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [], (2026, "vóór 1 juli 2026"))),
    2027: ("De gemeente verkent samen met de corporaties en de huurdersorganisaties of in 2027 een "
           "wijkuitvoeringsplan aardgasvrij voor Mûnebuorren kan worden opgesteld.",
           "De gemeente ferkent tegearre mei de korporaasjes en de hierdersorganisaasjes oft yn 2027 in "
           "wykútfieringsplan ierdgasfrij foar Mûnebuorren opsteld wurde kin.",
           F(["gemeente", "corporatie", "huurdersorganisatie"], "explore", [], (2027, "in 2027"))),
})
add("energiecoaches", 4, None, [D, B], {
    2025: ("De gemeente zet in 2025 energiecoaches in die op verzoek van huurders kosteloos een huisbezoek "
           "afleggen.",
           "De gemeente set yn 2025 enerzjycoaches yn dy't op fersyk fan hierders fergees in hûsbesite ôflizze.",
           F(["gemeente"], "firm", [], (2025, "in 2025"), True)),
    2026: ("De gemeente zet in 2026 energiecoaches in die op verzoek van huurders kosteloos een huisbezoek "
           "afleggen.",
           "De gemeente set yn 2026 enerzjycoaches yn dy't op fersyk fan hierders fergees in hûsbesite ôflizze.",
           F(["gemeente"], "firm", [], (2026, "in 2026"), True)),
    2027: ("De gemeente zet in 2027 energiecoaches in die alle huurders actief benaderen voor een kosteloos "
           "huisbezoek.",
           "De gemeente set yn 2027 enerzjycoaches yn dy't alle hierders aktyf benaderje foar in fergees "
           "hûsbesite.",
           F(["gemeente"], "firm", [], (2027, "in 2027"), True)),
})
add("klimaatadaptatie", 4, None, [D], {
    2025: ("Partijen onderzoeken in 2025 bij welke complexen wateroverlast en hittestress het grootst zijn.",
           "Partijen ûndersykje yn 2025 by hokker kompleksen wetteroerlêst en hjittestress it grutst binne.",
           F(["partijen"], "explore", [], (2025, "in 2025"))),
    2026: ("Partijen brengen in 2026 in kaart bij welke complexen wateroverlast en hittestress het grootst zijn "
           "en leggen per complex maatregelen vast.",
           "Partijen bringe yn 2026 yn kaart by hokker kompleksen wetteroerlêst en hjittestress it grutst binne "
           "en lizze per kompleks maatregels fêst.",
           F(["partijen"], "firm", [], (2026, "in 2026"))),
})
# ---------------------------------------------------------------- 5 Kwaliteit en wonen met zorg
add("vocht-schimmel", 5, None, [K], {
    2025: ("De corporaties inspecteren een woning binnen vijf werkdagen na een melding van vocht of schimmel.",
           "De korporaasjes ynspektearje in wenning binnen fiif wurkdagen nei in melding fan focht of skimmel.",
           F(["corporatie"], "firm", [q(5, "werkdagen", "max")], None, True)),
    2026: "=",
    2027: "=",
})
add("huurdersoordeel", 5, None, [K], {
    2025: ("Wetterwâl en Lytse Mar streven naar een huurdersoordeel over de afhandeling van reparatieverzoeken "
           "van ten minste een 7,5.",
           "Wetterwâl en Lytse Mar stribje nei in hierdersoardiel oer it ôfhanneljen fan reparaasjefersiken fan "
           "op syn minst in 7,5.",
           F(["corporatie"], "intent", [q(7.5, "rapportcijfer", "min")], None, True)),
    2026: ("Wetterwâl en Lytse Mar streven ernaar dat huurders de afhandeling van reparatieverzoeken gemiddeld "
           "met ten minste een 7,5 waarderen.",
           "Wetterwâl en Lytse Mar stribje dernei dat hierders it ôfhanneljen fan reparaasjefersiken gemiddeld "
           "mei op syn minst in 7,5 wurdearje.",
           F(["corporatie"], "intent", [q(7.5, "rapportcijfer", "min")], None, True)),
    2027: ("Wetterwâl en Lytse Mar streven ernaar dat huurders de afhandeling van reparatieverzoeken gemiddeld "
           "met ten minste een 7,0 waarderen.",
           "Wetterwâl en Lytse Mar stribje dernei dat hierders it ôfhanneljen fan reparaasjefersiken gemiddeld "
           "mei op syn minst in 7,0 wurdearje.",
           F(["corporatie"], "intent", [q(7.0, "rapportcijfer", "min")], None, True)),
})
add("woningaanpassingen", 5, None, [K], {
    2025: ("De corporaties voeren kleine woningaanpassingen voor ouderen en mensen met een beperking tot "
           "€ 1.500 per woning voor eigen rekening uit.",
           "De korporaasjes fiere lytse wenningoanpassingen foar âlderen en minsken mei in beheining oant "
           "€ 1.500 per wenning foar eigen rekken út.",
           F(["corporatie"], "firm", [q(1500, "euro per woning", "max")], None, True)),
    2026: ("De corporaties voeren kleine woningaanpassingen voor ouderen en mensen met een beperking tot "
           "€ 2.000 per woning voor eigen rekening uit.",
           "De korporaasjes fiere lytse wenningoanpassingen foar âlderen en minsken mei in beheining oant "
           "€ 2.000 per wenning foar eigen rekken út.",
           F(["corporatie"], "firm", [q(2000, "euro per woning", "max")], None, True)),
    2027: ("Voor zover het jaarbudget daarvoor toereikend is, voeren de corporaties kleine woningaanpassingen "
           "voor ouderen en mensen met een beperking tot € 2.000 per woning voor eigen rekening uit.",
           "Foar safier't it jierbudzjet dêrfoar genôch is, fiere de korporaasjes lytse wenningoanpassingen foar "
           "âlderen en minsken mei in beheining oant € 2.000 per wenning foar eigen rekken út.",
           F(["corporatie"], "firm", [q(2000, "euro per woning", "max")], None, True,
             ["voor zover het jaarbudget toereikend is"])),
})
add("levensloopgeschikt", 5, None, [K], {
    2025: ("Lytse Mar maakt in 2025 40 bestaande woningen in Harkesyl levensloopgeschikt.",
           "Lytse Mar makket yn 2025 40 besteande wenningen yn Harkesyl libbensrinbestindich.",
           F(["corporatie"], "firm", [q(40, "woningen")], (2025, "in 2025"), True)),
    2026: ("Lytse Mar maakt in 2026 40 bestaande woningen in Harkesyl en Noardsein levensloopgeschikt.",
           "Lytse Mar makket yn 2026 40 besteande wenningen yn Harkesyl en Noardsein libbensrinbestindich.",
           F(["corporatie"], "firm", [q(40, "woningen")], (2026, "in 2026"), True)),
    2027: ("Lytse Mar maakt in 2027 40 bestaande woningen in Harkesyl en Noardsein levensloopgeschikt.",
           "Lytse Mar makket yn 2027 40 besteande wenningen yn Harkesyl en Noardsein libbensrinbestindich.",
           F(["corporatie"], "firm", [q(40, "woningen")], (2027, "in 2027"), True)),
})
add("geclusterd-wonen", 5, None, [K, B], {
    2026: ("Partijen verkennen in 2026 of in Lytsewier een geclusterde woonvorm voor ouderen met een "
           "zorgvraag kan worden gerealiseerd.",
           "Partijen ferkenne yn 2026 oft yn Lytsewier in klustere wenfoarm foar âlderen mei in soarchfraach "
           "realisearre wurde kin.",
           F(["partijen"], "explore", [], (2026, "in 2026"))),
    2027: ("Wetterwâl realiseert in Lytsewier uiterlijk in 2028 een geclusterde woonvorm met 12 woningen voor "
           "ouderen met een zorgvraag.",
           "Wetterwâl realisearret yn Lytsewier uterlik yn 2028 in klustere wenfoarm mei 12 wenningen foar "
           "âlderen mei in soarchfraach.",
           F(["corporatie"], "firm", [q(12, "woningen")], (2028, "uiterlijk in 2028"))),
})
add("rookmelders", 5, None, [K], {
    2025: ("Wetterwâl controleert in 2025 in alle seniorencomplexen de werking van de rookmelders.",
           "Wetterwâl kontrolearret yn 2025 yn alle senioarekompleksen de wurking fan de reekmelders.",
           F(["corporatie"], "firm", [], (2025, "in 2025"))),
})
# ---------------------------------------------------------------- 6 Leefbaarheid
add("leefbaarheidsbudget", 6, None, [L], {
    2025: ("Wetterwâl besteedt in 2025 € 45 per woning aan leefbaarheid in de dorpen.",
           "Wetterwâl besteget yn 2025 € 45 per wenning oan leefberens yn de doarpen.",
           F(["corporatie"], "firm", [q(45, "euro per woning")], (2025, "in 2025"), True)),
    2026: ("Wetterwâl besteedt in 2026 € 50 per woning aan leefbaarheid in de dorpen.",
           "Wetterwâl besteget yn 2026 € 50 per wenning oan leefberens yn de doarpen.",
           F(["corporatie"], "firm", [q(50, "euro per woning")], (2026, "in 2026"), True)),
    2027: ("Wetterwâl besteedt in 2027 € 50 per woning aan leefbaarheid in de dorpen.",
           "Wetterwâl besteget yn 2027 € 50 per wenning oan leefberens yn de doarpen.",
           F(["corporatie"], "firm", [q(50, "euro per woning")], (2027, "in 2027"), True)),
})
add("huismeester", 6, None, [L], {
    2025: ("Lytse Mar zet in alle dorpen met meer dan 50 huurwoningen een huismeester in.",
           "Lytse Mar set yn alle doarpen mei mear as 50 hierwenningen in hûsmaster yn.",
           F(["corporatie"], "firm", [q(50, "huurwoningen", "min")])),
    2026: "=",
    2027: ("Lytse Mar zet in Lytsewier en Noardsein een huismeester in.",
           "Lytse Mar set yn Lytsewier en Noardsein in hûsmaster yn.",
           F(["corporatie"], "firm")),
})
add("overlast-casusoverleg", 6, None, [L], {
    2025: ("Bij ernstige overlast organiseert het Sociaal Team Súdergaast binnen twee weken een casusoverleg "
           "met de corporatie, de wijkagent en de betrokken zorgpartijen.",
           "By slimme oerlêst organisearret it Sosjaal Team Súdergaast binnen twa wiken in kasusoerlis mei de "
           "korporaasje, de wykagint en de belutsen soarchpartijen.",
           F(["gemeente", "corporatie"], "firm", [q(2, "weken", "max")], None, True)),
    2026: "=",
    2027: ("Bij ernstige overlast organiseert het Sociaal Team Súdergaast binnen 14 dagen een casusoverleg met "
           "de corporatie, de wijkagent en de betrokken zorgpartijen.",
           "By slimme oerlêst organisearret it Sosjaal Team Súdergaast binnen 14 dagen in kasusoerlis mei de "
           "korporaasje, de wykagint en de belutsen soarchpartijen.",
           F(["gemeente", "corporatie"], "firm", [q(14, "dagen", "max")], None, True)),
})
add("bewonersinitiatieven", 6, None, [L], {
    2025: ("De gemeente en Wetterwâl ondersteunen bewonersinitiatieven in de dorpen met een gezamenlijk budget "
           "van € 15.000 per jaar.",
           "De gemeente en Wetterwâl stypje bewenersinisjativen yn de doarpen mei in mienskiplik budzjet fan "
           "€ 15.000 yn it jier.",
           F(["gemeente", "corporatie"], "firm", [q(15000, "euro per jaar")], None, True)),
    2026: ("De gemeente en Wetterwâl ondersteunen bewonersinitiatieven in de dorpen met een gezamenlijk budget "
           "van € 15.000 per jaar, mits een initiatief door ten minste vijf huishoudens wordt gedragen.",
           "De gemeente en Wetterwâl stypje bewenersinisjativen yn de doarpen mei in mienskiplik budzjet fan "
           "€ 15.000 yn it jier, as in inisjatyf troch op syn minst fiif húshâldings droegen wurdt.",
           F(["gemeente", "corporatie"], "firm", [q(15000, "euro per jaar"), q(5, "huishoudens", "min")], None,
             True, ["mits gedragen door ten minste vijf huishoudens"])),
    2027: ("De gemeente en Wetterwâl ondersteunen bewonersinitiatieven in de dorpen met een gezamenlijk budget "
           "van € 15.000 per jaar.",
           "De gemeente en Wetterwâl stypje bewenersinisjativen yn de doarpen mei in mienskiplik budzjet fan "
           "€ 15.000 yn it jier.",
           F(["gemeente", "corporatie"], "firm", [q(15000, "euro per jaar")], None, True)),
})
add("dorpsvisies", 6, None, [L, O], {
    2025: ("De gemeente betrekt de corporaties bij het opstellen van de dorpsvisies voor Harkesyl en "
           "Mûnebuorren.",
           "De gemeente belûkt de korporaasjes by it opstellen fan de doarpsfisys foar Harkesyl en Mûnebuorren.",
           F(["gemeente"], "firm")),
})
add("ontmoeting-senioren", 6, None, [L], {
    2027: ("Lytse Mar organiseert in 2027 in elk seniorencomplex ten minste twee keer per jaar een "
           "ontmoetingsmiddag.",
           "Lytse Mar organisearret yn 2027 yn elk senioarekompleks op syn minst twa kear yn it jier in "
           "moetingsmiddei.",
           F(["corporatie"], "firm", [q(2, "keer per jaar", "min")], (2027, "in 2027"), True)),
})
# ---------------------------------------------------------------- 7 Samenwerking en proces
add("monitoring", 7, None, [O], {
    2025: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg.",
           "Partijen beprate de fuortgong fan dizze ôfspraken twa kear yn it jier yn it tripartite oerlis.",
           F(["partijen"], "firm", [q(2, "keer per jaar")], None, True)),
    2026: "=",
    2027: "=",
})
add("bod", 7, None, [O], {
    2025: ("De corporaties brengen vóór 1 juli 2025 hun bod uit voor de prestatieafspraken 2026.",
           "De korporaasjes bringe foar 1 july 2025 harren bod út foar de prestaasjeôfspraken 2026.",
           F(["corporatie"], "firm", [], (2025, "vóór 1 juli 2025"), True)),
    2026: ("De corporaties brengen vóór 1 juli 2026 hun bod uit voor de prestatieafspraken 2027.",
           "De korporaasjes bringe foar 1 july 2026 harren bod út foar de prestaasjeôfspraken 2027.",
           F(["corporatie"], "firm", [], (2026, "vóór 1 juli 2026"), True)),
    2027: ("De corporaties brengen vóór 1 juli 2027 hun bod uit voor de prestatieafspraken 2028.",
           "De korporaasjes bringe foar 1 july 2027 harren bod út foar de prestaasjeôfspraken 2028.",
           F(["corporatie"], "firm", [], (2027, "vóór 1 juli 2027"), True)),
})
add("ondersteuning-huurders", 7, None, [O], {
    2025: ("De corporaties vergoeden de kosten van scholing en onafhankelijk advies van de huurdersorganisaties "
           "tot € 8.000 per jaar.",
           "De korporaasjes fergoedzje de kosten fan oplieding en ûnôfhinklik advys fan de hierdersorganisaasjes "
           "oant € 8.000 yn it jier.",
           F(["corporatie"], "firm", [q(8000, "euro per jaar", "max")], None, True)),
    2026: "=",
    2027: ("De corporaties vergoeden de kosten van scholing en onafhankelijk advies van de huurdersorganisaties "
           "tot € 10.000 per jaar.",
           "De korporaasjes fergoedzje de kosten fan oplieding en ûnôfhinklik advys fan de hierdersorganisaasjes "
           "oant € 10.000 yn it jier.",
           F(["corporatie"], "firm", [q(10000, "euro per jaar", "max")], None, True)),
})
add("woonvisie-actualisatie", 7, None, [O], {
    2026: ("De gemeente betrekt de corporaties en de huurdersorganisaties in 2026 bij de actualisatie van de "
           "woonvisie.",
           "De gemeente belûkt de korporaasjes en de hierdersorganisaasjes yn 2026 by it aktualisearjen fan de "
           "wenfisy.",
           F(["gemeente"], "firm", [], (2026, "in 2026"))),
})
add("dashboard", 7, None, [O], {
    2027: ("Partijen ontwikkelen in 2027 een gezamenlijk digitaal dashboard waarin de voortgang van deze "
           "afspraken zichtbaar is.",
           "Partijen ûntwikkelje yn 2027 in mienskiplik digitaal dashboerd dêr't de fuortgong fan dizze "
           "ôfspraken yn te sjen is.",
           F(["partijen"], "firm", [], (2027, "in 2027"))),
})
# ---------------------------------------------------------------- process context (chapter 7), not afspraken
PROCESS_CONTEXT = {
    2025: ("Deze afspraken gelden van 1 januari 2025 tot en met 31 december 2025.",
           "Dizze ôfspraken jilde fan 1 jannewaris 2025 oant en mei 31 desimber 2025."),
    2026: ("Deze afspraken gelden van 1 januari 2026 tot en met 31 december 2026.",
           "Dizze ôfspraken jilde fan 1 jannewaris 2026 oant en mei 31 desimber 2026."),
    2027: ("Deze afspraken gelden van 1 januari 2027 tot en met 31 december 2027.",
           "Dizze ôfspraken jilde fan 1 jannewaris 2027 oant en mei 31 desimber 2027."),
}

# ---------------------------------------------------------------- pair statuses (non-new/dropped/unchanged)
# (status, kinds, hard_negative); unchanged/new/dropped are derived and verified by build.py
PAIRS = {
    (2025, 2026): {
        "nieuwbouw-kanaalzone": ("weakened", ["quantity", "deadline"], None),
        "nieuwbouw-de-kamp": ("strengthened", ["modality", "deadline"], None),
        "aandeel-sociaal": ("reworded", [], "same_figures"),
        "grondprijs": ("reworded", [], "indexed_amount"),
        "verkoop-wetterwal": ("strengthened", ["quantity"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "verhuisregeling-senioren": ("weakened", ["deadline"], None),
        "uitstroom-bw-mo": ("reworded", [], "same_figures"),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "aftoppingsgrens": ("reworded", [], "indexed_amount"),
        "huurachterstand": ("reworded", [], "same_figures"),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "labels-efg": ("reworded", [], "progress"),
        "isolatie-wetterwal": ("strengthened", ["quantity", "label"], None),
        "warmtepompen-lytse-mar": ("weakened", ["modality"], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "wijkuitvoeringsplan": ("weakened", ["deadline"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "klimaatadaptatie": ("strengthened", ["modality"], None),
        "huurdersoordeel": ("reworded", [], "same_figures"),
        "woningaanpassingen": ("strengthened", ["quantity"], None),
        "levensloopgeschikt": ("strengthened", ["scope"], None),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "bewonersinitiatieven": ("weakened", ["condition"], None),
        "bod": ("reworded", [], "recurring_year"),
    },
    (2026, 2027): {
        "nieuwbouw-kanaalzone": ("reworded", [], "same_figures"),
        "nieuwbouw-de-kamp": ("weakened", ["deadline"], None),
        "sociale-voorraad": ("strengthened", ["modality"], None),
        "grondprijs": ("reworded", [], "indexed_amount"),
        "verkoop-wetterwal": ("reworded", [], "recurring_year"),
        "vergunninghouders": ("weakened", ["modality"], None),
        "starters": ("weakened", ["quantity"], None),
        "uitstroom-bw-mo": ("strengthened", ["quantity"], None),
        "huurverhoging": ("weakened", ["quantity"], None),
        "aftoppingsgrens": ("strengthened", ["quantity"], None),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "noodfonds-energie": ("weakened", ["quantity", "condition"], None),
        "labels-efg": ("weakened", ["deadline"], None),
        "isolatie-wetterwal": ("weakened", ["label"], None),
        "wijkuitvoeringsplan": ("weakened", ["modality", "deadline"], None),
        "energiecoaches": ("strengthened", ["scope"], None),
        "huurdersoordeel": ("weakened", ["quantity"], None),
        "woningaanpassingen": ("weakened", ["condition"], None),
        "levensloopgeschikt": ("reworded", [], "recurring_year"),
        "geclusterd-wonen": ("strengthened", ["modality"], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "huismeester": ("weakened", ["scope"], None),
        "bewonersinitiatieven": ("strengthened", ["condition"], None),
        "overlast-casusoverleg": ("reworded", [], "same_figures"),
        "ondersteuning-huurders": ("strengthened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
    },
}

# ---------------------------------------------------------------- bijlage: nieuwbouwprogramma (context, not afspraken)
BIJLAGE = {
    2025: [("Kanaalzone", "Lytsewier", "Wetterwâl", "48", "2026"),
           ("De Kamp", "Noardsein", "Lytse Mar", "16", "onderzoek"),
           ("Skoalleterrein", "Harkesyl", "Wetterwâl", "12", "2027")],
    2026: [("Kanaalzone", "Lytsewier", "Wetterwâl", "40", "2027"),
           ("De Kamp", "Noardsein", "Lytse Mar", "16", "2027"),
           ("Skoalleterrein", "Harkesyl", "Wetterwâl", "12", "2028")],
    2027: [("Kanaalzone", "Lytsewier", "Wetterwâl", "40", "2027"),
           ("De Kamp", "Noardsein", "Lytse Mar", "16", "2028"),
           ("Wâldrâne", "Noardsein", "Wetterwâl", "10", "2027"),
           ("Skoalleterrein", "Harkesyl", "Wetterwâl", "12", "2028")],
}
