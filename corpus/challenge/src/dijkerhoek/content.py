# -*- coding: utf-8 -*-
"""Content source for the 'dijkerhoek' challenge family (fictional).

Gemeente Dijkerhoek, Woningstichting Hoeveland, Huurdersvereniging De Dijkpoort.
Yearly prestatieafspraken 2024, 2025, 2026; every afspraak lives in the landscape
annex "Bijlage 1 Uitvoeringsagenda <year>".
"""

GEMEENTE = "Dijkerhoek"
CORPORATIE = "Woningstichting Hoeveland"
HUURDERS = "Huurdersvereniging De Dijkpoort"
YEARS = [2024, 2025, 2026]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def Q(value, unit, comparator, value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def DL(year, text):
    return {"year": year, "text": text}


def F(actors, modality, q=None, dl=None, rec=False, cond=None):
    return {"actors": list(actors), "modality": modality, "quantities": list(q or []),
            "deadline": dl, "recurring": rec, "conditions": list(cond or [])}


def V(sub, text, wie, wanneer, ind, themes, frame, pos=None):
    return {"sub": sub, "text": text, "wie": wie, "wanneer": wanneer, "ind": ind,
            "themes": themes, "frame": frame, "pos": pos}


# theme / subtheme names per year
THEMES = {
    2024: {"1": "Betaalbaarheid en beschikbaarheid", "2": "Duurzaamheid en energietransitie",
           "3": "Kwaliteit, wonen en zorg", "4": "Leefbaarheid en wijken", "5": "Samenwerking en proces"},
    2025: {"1": "Betaalbaarheid en beschikbaarheid", "2": "Duurzaamheid en energietransitie",
           "3": "Kwaliteit, wonen en zorg", "4": "Prettig wonen in de wijk", "5": "Samenwerking en proces"},
    2026: {"1": "Betaalbaarheid en beschikbaarheid", "2": "Duurzaamheid en energietransitie",
           "3": "Goed en gezond wonen", "4": "Prettig wonen in de wijk", "5": "Samenwerking en proces"},
}
SUBTHEMES = {
    "1.1": "Huurbeleid en betaalbaarheid", "1.2": "Nieuwbouw en woningvoorraad",
    "1.3": "Woonruimteverdeling en doelgroepen", "2.1": "Verduurzaming van de bestaande voorraad",
    "2.2": "Energiearmoede en bewoners", "2.3": "Klimaatadaptatie en biodiversiteit",
    "3.1": "Onderhoud en woningkwaliteit", "3.2": "Wonen met zorg",
    "4.1": "Wijkaanpak en ontmoeting", "4.2": "Kwetsbare bewoners",
    "5.1": "Overleg, monitoring en geschillen", "5.2": "Huurdersparticipatie",
}

WS = "Woningstichting"
GM = "Gemeente"
GW = "Gemeente en Woningstichting"
AP = "Alle partijen"
HV = "Huurdersvereniging"

# ---------------------------------------------------------------------------
# The afspraken. List order = order within the subtheme (unless pos is given).
# ---------------------------------------------------------------------------
A = []


def add(key, **versions):
    A.append((key, {int(y[1:]): v for y, v in versions.items()}))


# ---- 1.1 Huurbeleid en betaalbaarheid -------------------------------------
add("huurverhoging",
    y2024=V("1.1", "Woningstichting Hoeveland houdt de jaarlijkse huuraanpassing per 1 juli 2024 voor haar sociale "
            "huurwoningen gemiddeld gelijk aan de inflatie en blijft daarmee binnen de huursombenadering die het Rijk "
            "met Aedes en de Woonbond heeft afgesproken.",
            WS, "1 juli 2024", "gemiddelde huuraanpassing t.o.v. inflatie", [B],
            F(["corporatie"], "firm", [], DL(2024, "1 juli 2024"), True)),
    y2025=V("1.1", "Woningstichting Hoeveland houdt de jaarlijkse huuraanpassing per 1 juli 2025 voor haar sociale "
            "huurwoningen gemiddeld ten minste 0,5 procentpunt onder de inflatie en blijft daarmee binnen de "
            "huursombenadering die het Rijk met Aedes en de Woonbond heeft afgesproken.",
            WS, "1 juli 2025", "gemiddelde huuraanpassing t.o.v. inflatie", [B],
            F(["corporatie"], "firm", [Q(0.5, "procentpunt", "min")], DL(2025, "1 juli 2025"), True)),
    y2026=V("1.1", "Woningstichting Hoeveland houdt de jaarlijkse huuraanpassing per 1 juli 2026 voor haar sociale "
            "huurwoningen gemiddeld ten minste 0,5 procentpunt onder de inflatie en blijft daarmee binnen de "
            "huursombenadering die het Rijk met Aedes en de Woonbond heeft afgesproken.",
            WS, "1 juli 2026", "gemiddelde huuraanpassing t.o.v. inflatie", [B],
            F(["corporatie"], "firm", [Q(0.5, "procentpunt", "min")], DL(2026, "1 juli 2026"), True)),
)

add("huurverlaging-lage-inkomens",
    y2024=V("1.1", "Huurders met een inkomen onder de inkomensgrens voor passend toewijzen (prijspeil 2024: "
            "€ 32.175 voor een eenpersoonshuishouden) en een huur boven de aftoppingsgrens ontvangen van "
            "Woningstichting Hoeveland op verzoek een huurverlaging tot aan de aftoppingsgrens.",
            WS, "doorlopend", "aantal toegekende huurverlagingen", [B],
            F(["corporatie"], "firm", [Q(32175, "euro", "max")], None, True)),
    y2025=V("1.1", "Huurders met een inkomen onder de inkomensgrens voor passend toewijzen (prijspeil 2025: "
            "€ 33.225 voor een eenpersoonshuishouden) en een huur boven de aftoppingsgrens ontvangen van "
            "Woningstichting Hoeveland op verzoek een huurverlaging tot aan de aftoppingsgrens.",
            WS, "doorlopend", "aantal toegekende huurverlagingen", [B],
            F(["corporatie"], "firm", [Q(33225, "euro", "max")], None, True)),
    y2026=V("1.1", "Huurders met een inkomen onder de inkomensgrens voor passend toewijzen (prijspeil 2026: "
            "€ 34.050 voor een eenpersoonshuishouden) en een huur boven de aftoppingsgrens ontvangen van "
            "Woningstichting Hoeveland op verzoek een huurverlaging tot aan de aftoppingsgrens.",
            WS, "doorlopend", "aantal toegekende huurverlagingen", [B],
            F(["corporatie"], "firm", [Q(34050, "euro", "max")], None, True)),
)

_ACHTERSTAND_2 = ("Woningstichting Hoeveland neemt uiterlijk na twee maanden huurachterstand persoonlijk contact op "
                  "met de huurder en meldt de achterstand, met toestemming van de huurder, in het kader van "
                  "vroegsignalering bij het schuldhulpteam van de gemeente.")
_ACHTERSTAND_1 = ("Woningstichting Hoeveland neemt al na één maand huurachterstand persoonlijk contact op met de "
                  "huurder en meldt de achterstand, met toestemming van de huurder, in het kader van "
                  "vroegsignalering bij het schuldhulpteam van de gemeente.")
add("huurachterstand-vroegsignalering",
    y2024=V("4.2", _ACHTERSTAND_2, WS, "doorlopend", "aantal meldingen vroegsignalering", [B, L],
            F(["corporatie"], "firm", [Q(2, "maanden", "max")], None, True)),
    y2025=V("1.1", _ACHTERSTAND_1, WS, "doorlopend", "aantal meldingen vroegsignalering", [B, L],
            F(["corporatie"], "firm", [Q(1, "maanden", "max")], None, True), pos=2),
    y2026=V("1.1", _ACHTERSTAND_1, WS, "doorlopend", "aantal meldingen vroegsignalering", [B, L],
            F(["corporatie"], "firm", [Q(1, "maanden", "max")], None, True), pos=2),
)

add("huisuitzettingen",
    y2024=V("1.1", "Partijen streven ernaar dat het aantal huisuitzettingen als gevolg van huurachterstand in 2024 "
            "niet hoger uitkomt dan vijf en zetten daartoe gezamenlijk in op vroegtijdige hulp en passende "
            "betalingsregelingen.",
            AP, "2024", "aantal huisuitzettingen", [B],
            F(["partijen"], "intent", [Q(5, "huisuitzettingen", "max")], DL(2024, "2024"), True)),
    y2025=V("1.1", "Partijen streven ernaar dat in 2025 geen enkele huisuitzetting plaatsvindt als gevolg van "
            "uitsluitend huurachterstand en zetten daartoe gezamenlijk in op vroegtijdige hulp en passende "
            "betalingsregelingen.",
            AP, "2025", "aantal huisuitzettingen", [B],
            F(["partijen"], "intent", [Q(0, "huisuitzettingen", "max")], DL(2025, "2025"), True)),
    y2026=V("1.1", "Partijen streven ernaar dat in 2026 geen enkele huisuitzetting plaatsvindt als gevolg van "
            "uitsluitend huurachterstand en zetten daartoe gezamenlijk in op vroegtijdige hulp en passende "
            "betalingsregelingen.",
            AP, "2026", "aantal huisuitzettingen", [B],
            F(["partijen"], "intent", [Q(0, "huisuitzettingen", "max")], DL(2026, "2026"), True)),
)

add("woonlastenfonds",
    y2024=V("1.1", "De gemeente stelt in 2024 een bedrag van € 60.000 beschikbaar voor een woonlastenfonds, waaruit "
            "huishoudens die door gestegen vaste lasten in betalingsproblemen raken een eenmalige tegemoetkoming "
            "kunnen ontvangen.",
            GM, "2024", "", [B],
            F(["gemeente"], "firm", [Q(60000, "euro", "exact")], DL(2024, "2024"), False)),
)

add("energielasten-bijstand",
    y2025=V("1.1", "De gemeente onderzoekt in 2025 of de bijzondere bijstand kan worden ingezet voor huurders die "
            "door hoge energielasten in de knel komen, en betrekt de wijkteams en de huurdersvereniging bij de "
            "uitwerking.",
            GM, "Q3 2025", "", [B, D],
            F(["gemeente"], "explore", [], DL(2025, "2025"), False)),
    y2026=V("1.1", "De bijzondere bijstand wordt door de gemeente ingezet voor huurders die door hoge energielasten "
            "in de knel komen; de wijkteams en de huurdersvereniging maken deze mogelijkheid in de wijken bekend.",
            GM, "doorlopend", "aantal toekenningen", [B, D],
            F(["gemeente"], "firm", [], None, False)),
)

# ---- 1.2 Nieuwbouw en woningvoorraad -------------------------------------
add("oostergaarde-fase1",
    y2024=V("1.2", "Woningstichting Hoeveland levert in 2024 en 2025 in totaal 48 sociale huurwoningen op in het "
            "plan Oostergaarde fase 1, waarvan ten minste de helft levensloopgeschikt is volgens de eisen uit de "
            "woonvisie.",
            WS, "2024-2025", "aantal opgeleverde woningen", [B],
            F(["corporatie"], "firm", [Q(48, "woningen", "exact")], DL(2025, "2024 en 2025"), False)),
    y2025=V("1.2", "Woningstichting Hoeveland levert in 2025 de resterende 20 sociale huurwoningen in het plan "
            "Oostergaarde fase 1 op, waarvan ten minste de helft levensloopgeschikt is volgens de eisen uit de "
            "woonvisie.",
            WS, "2025", "aantal opgeleverde woningen", [B],
            F(["corporatie"], "firm", [Q(20, "woningen", "exact")], DL(2025, "2025"), False)),
)

add("oostergaarde-fase2",
    y2024=V("1.2", "Woningstichting Hoeveland start uiterlijk in het vierde kwartaal van 2025 met de bouw van 60 "
            "sociale huurwoningen in Oostergaarde fase 2; de gemeente zorgt voor een tijdig bouwrijp gemaakt "
            "terrein.",
            GW, "Q4 2025", "start bouw", [B],
            F(["corporatie", "gemeente"], "firm", [Q(60, "woningen", "exact")], DL(2025, "vierde kwartaal van 2025"))),
    y2025=V("1.2", "Woningstichting Hoeveland start uiterlijk medio 2026 met de bouw van 45 sociale huurwoningen in "
            "Oostergaarde fase 2; de gemeente zorgt voor een tijdig bouwrijp gemaakt terrein.",
            GW, "medio 2026", "start bouw", [B],
            F(["corporatie", "gemeente"], "firm", [Q(45, "woningen", "exact")], DL(2026, "medio 2026"))),
    y2026=V("1.2", "Woningstichting Hoeveland start uiterlijk medio 2026 met de bouw van 45 sociale huurwoningen in "
            "Oostergaarde fase 2, onder voorbehoud van een onherroepelijk omgevingsplan; de gemeente zorgt voor een "
            "tijdig bouwrijp gemaakt terrein.",
            GW, "medio 2026", "start bouw", [B],
            F(["corporatie", "gemeente"], "firm", [Q(45, "woningen", "exact")], DL(2026, "medio 2026"),
              cond=["onder voorbehoud van een onherroepelijk omgevingsplan"])),
)

add("dijkschool",
    y2024=V("1.2", "De gemeente onderzoekt in 2024 of de locatie van de voormalige Dijkschool geschikt is voor de "
            "bouw van sociale huurwoningen en betrekt Woningstichting Hoeveland en de huurdersvereniging vanaf het "
            "begin bij dit onderzoek.",
            GM, "Q4 2024", "haalbaarheidsonderzoek gereed", [B],
            F(["gemeente"], "explore", [], DL(2024, "2024"))),
    y2025=V("1.2", "De gemeente stelt de locatie van de voormalige Dijkschool uiterlijk in het tweede kwartaal van "
            "2025 tegen de sociale grondprijs beschikbaar aan Woningstichting Hoeveland voor de bouw van ongeveer "
            "24 sociale huurwoningen.",
            GM, "Q2 2025", "grondovereenkomst getekend", [B],
            F(["gemeente"], "firm", [Q(24, "woningen", "approx")], DL(2025, "tweede kwartaal van 2025"))),
    y2026=V("1.2", "De gemeente stelt de locatie van de voormalige Dijkschool uiterlijk in het eerste kwartaal van "
            "2026 tegen de sociale grondprijs beschikbaar aan Woningstichting Hoeveland voor de bouw van ongeveer "
            "24 sociale huurwoningen.",
            GM, "Q1 2026", "grondovereenkomst getekend", [B],
            F(["gemeente"], "firm", [Q(24, "woningen", "approx")], DL(2026, "eerste kwartaal van 2026"))),
)

add("flexwonen-veerweg",
    y2024=V("1.2", "De gemeente bekijkt samen met Woningstichting Hoeveland de mogelijkheid om op het terrein aan de "
            "Veerweg voor een periode van tien jaar 20 tijdelijke flexwoningen te plaatsen voor spoedzoekers en "
            "jongeren.",
            GW, "2024", "", [B],
            F(["gemeente", "corporatie"], "explore", [Q(20, "woningen", "exact")], None)),
)

add("verkoop",
    y2024=V("1.2", "Woningstichting Hoeveland verkoopt in 2024 maximaal 10 sociale huurwoningen bij mutatie, "
            "uitsluitend in complexen waarin het aandeel sociale huur hoger is dan 70%.",
            WS, "2024", "aantal verkochte woningen", [B],
            F(["corporatie"], "firm", [Q(10, "woningen", "max"), Q(70, "%", "min")], DL(2024, "2024"), True)),
    y2025=V("1.2", "Woningstichting Hoeveland verkoopt in 2025 maximaal 6 sociale huurwoningen bij mutatie, "
            "uitsluitend in complexen waarin het aandeel sociale huur hoger is dan 70%.",
            WS, "2025", "aantal verkochte woningen", [B],
            F(["corporatie"], "firm", [Q(6, "woningen", "max"), Q(70, "%", "min")], DL(2025, "2025"), True)),
    y2026=V("1.2", "Woningstichting Hoeveland verkoopt in 2026 maximaal 6 sociale huurwoningen bij mutatie, "
            "uitsluitend in complexen waarin het aandeel sociale huur hoger is dan 70%.",
            WS, "2026", "aantal verkochte woningen", [B],
            F(["corporatie"], "firm", [Q(6, "woningen", "max"), Q(70, "%", "min")], DL(2026, "2026"), True)),
)

add("liberalisatie",
    y2024=V("1.2", "Woningstichting Hoeveland liberaliseert in 2024 geen sociale huurwoningen, zodat de sociale "
            "voorraad in Dijkerhoek op peil blijft.",
            WS, "2024", "aantal geliberaliseerde woningen", [B],
            F(["corporatie"], "firm", [Q(0, "woningen", "max")], DL(2024, "2024"), True)),
    y2025=V("1.2", "Woningstichting Hoeveland liberaliseert in 2025 ten hoogste 5 sociale huurwoningen, uitsluitend "
            "grote eengezinswoningen bij mutatie, zodat de sociale voorraad in Dijkerhoek zo veel mogelijk op peil "
            "blijft.",
            WS, "2025", "aantal geliberaliseerde woningen", [B],
            F(["corporatie"], "firm", [Q(5, "woningen", "max")], DL(2025, "2025"), True)),
)

add("transformatie-stationsweg",
    y2026=V("1.2", "Woningstichting Hoeveland gaat samen met de gemeente na of het voormalige kantoorpand aan de "
            "Stationsweg kan worden getransformeerd tot circa 25 kleine zelfstandige woningen voor jongeren en "
            "spoedzoekers.",
            GW, "Q4 2026", "besluit over haalbaarheid", [B],
            F(["corporatie", "gemeente"], "explore", [Q(25, "woningen", "approx")], None)),
)

# ---- 1.3 Woonruimteverdeling en doelgroepen ------------------------------
add("statushouders",
    y2024=V("1.3", "Woningstichting Hoeveland levert naar rato van haar aandeel in de sociale voorraad een bijdrage "
            "aan de huisvesting van vergunninghouders, zodat de gemeente de door het Rijk vastgestelde taakstelling "
            "van 42 personen voor 2024 kan realiseren.",
            GW, "2024", "gehuisveste vergunninghouders", [B],
            F(["corporatie"], "firm", [Q(42, "personen", "exact")], DL(2024, "2024"), True)),
    y2025=V("1.3", "Woningstichting Hoeveland levert naar rato van haar aandeel in de sociale voorraad een bijdrage "
            "aan de huisvesting van vergunninghouders, zodat de gemeente de door het Rijk vastgestelde taakstelling "
            "van 38 personen voor 2025 kan realiseren.",
            GW, "2025", "gehuisveste vergunninghouders", [B],
            F(["corporatie"], "firm", [Q(38, "personen", "exact")], DL(2025, "2025"), True)),
    y2026=V("1.3", "Woningstichting Hoeveland levert naar rato van haar aandeel in de sociale voorraad een bijdrage "
            "aan de huisvesting van vergunninghouders, zodat de gemeente de door het Rijk vastgestelde taakstelling "
            "van 44 personen voor 2026 kan realiseren.",
            GW, "2026", "gehuisveste vergunninghouders", [B],
            F(["corporatie"], "firm", [Q(44, "personen", "exact")], DL(2026, "2026"), True)),
)

_STARTERS = ("Woningstichting Hoeveland zal ten minste 25% van de vrijkomende sociale huurwoningen toewijzen aan "
             "starters tot 28 jaar en maakt daarbij gebruik van de lokale maatwerkruimte uit de "
             "huisvestingsverordening.")
add("starters",
    y2024=V("1.3", _STARTERS, WS, "doorlopend", "aandeel toewijzingen aan starters", [B],
            F(["corporatie"], "firm", [Q(25, "%", "min")], None, True)),
    y2025=V("1.3", _STARTERS, WS, "doorlopend", "aandeel toewijzingen aan starters", [B],
            F(["corporatie"], "firm", [Q(25, "%", "min")], None, True)),
    y2026=V("1.3", "Woningstichting Hoeveland streeft ernaar ten minste 25% van de vrijkomende sociale huurwoningen "
            "toe te wijzen aan starters tot 28 jaar en maakt daarbij gebruik van de lokale maatwerkruimte uit de "
            "huisvestingsverordening.",
            WS, "doorlopend", "aandeel toewijzingen aan starters", [B],
            F(["corporatie"], "intent", [Q(25, "%", "min")], None, True)),
)

_DOORSTROOM = ("Partijen werken volgens de gemaakte afspraken over de doorstroomregeling voor senioren die een grote "
               "eengezinswoning achterlaten, met een verhuisvergoeding van € 2.500 en behoud van de huurprijs per "
               "vierkante meter.")
add("doorstroming-senioren",
    y2024=V("1.3", "Partijen maken in 2024 afspraken over een doorstroomregeling voor senioren die een grote "
            "eengezinswoning achterlaten, waarbij in elk geval een verhuisvergoeding en het behoud van de huurprijs "
            "per vierkante meter aan de orde komen.",
            AP, "Q3 2024", "regeling vastgesteld", [B],
            F(["partijen"], "discuss", [], DL(2024, "2024"))),
    y2025=V("1.3", _DOORSTROOM, AP, "doorlopend", "aantal verhuisde senioren", [B],
            F(["partijen"], "firm", [Q(2500, "euro", "exact")], None)),
    y2026=V("1.3", _DOORSTROOM, AP, "doorlopend", "aantal verhuisde senioren", [B],
            F(["partijen"], "firm", [Q(2500, "euro", "exact")], None)),
)

add("hospitaverhuur",
    y2025=V("1.3", "Woningstichting Hoeveland staat toe dat huurders van 55 jaar en ouder een kamer verhuren aan een "
            "jongere (hospitaverhuur) en informeert haar huurders actief over deze mogelijkheid.",
            WS, "doorlopend", "aantal hospitaverhuringen", [B],
            F(["corporatie"], "firm", [], None)),
    y2026=V("1.3", "Huurders van 55 jaar en ouder mogen van Woningstichting Hoeveland een kamer in hun woning "
            "verhuren aan een jongere; de woningstichting brengt deze vorm van hospitaverhuur actief onder de "
            "aandacht van haar huurders.",
            WS, "doorlopend", "aantal hospitaverhuringen", [B],
            F(["corporatie"], "firm", [], None)),
)

add("uitstroom-beschermd-wonen",
    y2024=V("1.3", "Woningstichting Hoeveland stelt jaarlijks 12 woningen beschikbaar voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang, mits de gemeente zorgt voor passende "
            "begeleiding gedurende ten minste het eerste jaar na de verhuizing.",
            WS, "doorlopend", "aantal uitstroomwoningen", [B, L],
            F(["corporatie"], "firm", [Q(12, "woningen", "exact")], None, True,
              ["mits de gemeente zorgt voor passende begeleiding gedurende ten minste het eerste jaar na de verhuizing"])),
    y2025=V("1.3", "Woningstichting Hoeveland stelt jaarlijks 12 woningen beschikbaar voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang; de gemeente zorgt voor passende begeleiding "
            "gedurende ten minste het eerste jaar na de verhuizing.",
            GW, "doorlopend", "aantal uitstroomwoningen", [B, L],
            F(["corporatie", "gemeente"], "firm", [Q(12, "woningen", "exact")], None, True)),
    y2026=V("1.3", "Woningstichting Hoeveland stelt jaarlijks 15 woningen beschikbaar voor de uitstroom van "
            "cliënten uit beschermd wonen en maatschappelijke opvang; de gemeente zorgt voor passende begeleiding "
            "gedurende ten minste het eerste jaar na de verhuizing.",
            GW, "doorlopend", "aantal uitstroomwoningen", [B, L],
            F(["corporatie", "gemeente"], "firm", [Q(15, "woningen", "exact")], None, True)),
)

add("wachttijd",
    y2024=V("1.3", "Partijen zetten zich ervoor in dat de gemiddelde inschrijfduur van woningzoekenden die in 2024 een "
            "sociale huurwoning accepteren niet verder oploopt dan 4 jaar.",
            AP, "2024", "gemiddelde inschrijfduur", [B],
            F(["partijen"], "intent", [Q(4, "jaar", "max")], DL(2024, "2024"), True)),
    y2025=V("1.3", "Partijen zetten zich ervoor in dat de gemiddelde inschrijfduur van woningzoekenden die in 2025 een "
            "sociale huurwoning accepteren niet verder oploopt dan 4,5 jaar.",
            AP, "2025", "gemiddelde inschrijfduur", [B],
            F(["partijen"], "intent", [Q(4.5, "jaar", "max")], DL(2025, "2025"), True)),
    y2026=V("1.3", "Partijen zetten zich ervoor in dat de gemiddelde inschrijfduur van woningzoekenden die in 2026 een "
            "sociale huurwoning accepteren niet verder oploopt dan 4,5 jaar.",
            AP, "2026", "gemiddelde inschrijfduur", [B],
            F(["partijen"], "intent", [Q(4.5, "jaar", "max")], DL(2026, "2026"), True)),
)

# ---- 2.1 Verduurzaming ----------------------------------------------------
add("label-efg",
    y2024=V("2.1", "Woningstichting Hoeveland zorgt ervoor dat eind 2026 geen van haar woningen in Dijkerhoek nog een "
            "energielabel E, F of G heeft; in 2024 worden daartoe 85 woningen met een dergelijk label verbeterd tot "
            "ten minste label B.",
            WS, "eind 2026", "aantal woningen met label E, F of G", [D],
            F(["corporatie"], "firm", [Q(85, "woningen", "min"), Q("B", "label", "min")], DL(2026, "eind 2026"))),
    y2025=V("2.1", "Woningstichting Hoeveland zorgt ervoor dat eind 2026 geen van haar woningen in Dijkerhoek nog een "
            "energielabel E, F of G heeft; in 2025 worden daartoe de resterende 40 woningen met een dergelijk label "
            "verbeterd tot ten minste label B.",
            WS, "eind 2026", "aantal woningen met label E, F of G", [D],
            F(["corporatie"], "firm", [Q(40, "woningen", "min"), Q("B", "label", "min")], DL(2026, "eind 2026"))),
    y2026=V("2.1", "Nu de laatste woningen met een slecht label zijn aangepakt, houdt Woningstichting Hoeveland haar "
            "bezit vrij van energielabels E, F en G: blijkt een woning na aankoop, splitsing of een nieuwe "
            "labelopname toch zo’n label te hebben, dan wordt deze binnen twaalf maanden verbeterd tot ten minste "
            "label B.",
            WS, "doorlopend", "aantal woningen met label E, F of G", [D],
            F(["corporatie"], "firm", [Q(12, "maanden", "max"), Q("B", "label", "min")], None)),
)

add("gemiddeld-label",
    y2024=V("2.1", "Woningstichting Hoeveland werkt toe naar een gemiddeld energielabel A voor haar totale "
            "woningbezit in Dijkerhoek in 2028 en legt de route daarnaartoe vast in haar portefeuilleplan.",
            WS, "2028", "gemiddeld energielabel", [D],
            F(["corporatie"], "intent", [Q("A", "label", "exact")], DL(2028, "2028"))),
    y2025=V("2.1", "Woningstichting Hoeveland werkt toe naar een gemiddeld energielabel B voor haar totale "
            "woningbezit in Dijkerhoek in 2028 en legt de route daarnaartoe vast in haar portefeuilleplan.",
            WS, "2028", "gemiddeld energielabel", [D],
            F(["corporatie"], "intent", [Q("B", "label", "exact")], DL(2028, "2028"))),
    y2026=V("2.1", "Woningstichting Hoeveland werkt toe naar een gemiddeld energielabel B voor haar totale "
            "woningbezit in Dijkerhoek in 2030 en legt de route daarnaartoe vast in haar portefeuilleplan.",
            WS, "2030", "gemiddeld energielabel", [D],
            F(["corporatie"], "intent", [Q("B", "label", "exact")], DL(2030, "2030"))),
)

add("isolatie",
    y2024=V("2.1", "Woningstichting Hoeveland isoleert in 2024 ten minste 120 woningen volgens de isolatiestandaard "
            "van het Rijk en plaatst in deze woningen waar mogelijk een hybride warmtepomp.",
            WS, "2024", "aantal geïsoleerde woningen", [D],
            F(["corporatie"], "firm", [Q(120, "woningen", "min")], DL(2024, "2024"), True, ["waar mogelijk"])),
    y2025=V("2.1", "Woningstichting Hoeveland isoleert in 2025 ten minste 150 woningen volgens de isolatiestandaard "
            "van het Rijk en plaatst in deze woningen waar mogelijk een hybride warmtepomp.",
            WS, "2025", "aantal geïsoleerde woningen", [D],
            F(["corporatie"], "firm", [Q(150, "woningen", "min")], DL(2025, "2025"), True, ["waar mogelijk"])),
    y2026=V("2.1", "Woningstichting Hoeveland isoleert in 2026 ten minste 110 woningen volgens de isolatiestandaard "
            "van het Rijk, onder voorbehoud van toekenning van de rijkssubsidie, en plaatst in deze woningen waar "
            "mogelijk een hybride warmtepomp.",
            WS, "2026", "aantal geïsoleerde woningen", [D],
            F(["corporatie"], "firm", [Q(110, "woningen", "min")], DL(2026, "2026"), True,
              ["onder voorbehoud van toekenning van de rijkssubsidie", "waar mogelijk"])),
)

add("zonnepanelen",
    y2024=V("2.1", "Woningstichting Hoeveland plaatst in 2024 zonnepanelen op 200 grondgebonden woningen, waarbij de "
            "huurder een vaste maandelijkse vergoeding betaalt die lager is dan de verwachte besparing op de "
            "energierekening.",
            WS, "2024", "aantal woningen met zonnepanelen", [D],
            F(["corporatie"], "firm", [Q(200, "woningen", "exact")], DL(2024, "2024"))),
    y2025=V("2.1", "Woningstichting Hoeveland onderzoekt in 2025 of zonnepanelen kunnen worden geplaatst op 200 "
            "grondgebonden woningen, waarbij de huurder een vaste maandelijkse vergoeding betaalt die lager is dan "
            "de verwachte besparing op de energierekening.",
            WS, "2025", "", [D],
            F(["corporatie"], "explore", [Q(200, "woningen", "exact")], DL(2025, "2025"))),
)

add("molenbuurt-aardgasvrij",
    y2024=V("2.1", "De gemeente stelt uiterlijk eind 2024, in overleg met Woningstichting Hoeveland en "
            "Huurdersvereniging De Dijkpoort, een wijkuitvoeringsplan op voor het aardgasvrij maken van de "
            "Molenbuurt.",
            GM, "Q4 2024", "wijkuitvoeringsplan vastgesteld", [D],
            F(["gemeente"], "firm", [], DL(2024, "eind 2024"))),
    y2025=V("2.1", "De gemeente stelt uiterlijk eind 2025, in overleg met Woningstichting Hoeveland en "
            "Huurdersvereniging De Dijkpoort, een wijkuitvoeringsplan op voor het aardgasvrij maken van de "
            "Molenbuurt.",
            GM, "Q4 2025", "wijkuitvoeringsplan vastgesteld", [D],
            F(["gemeente"], "firm", [], DL(2025, "eind 2025"))),
    y2026=V("2.1", "Partijen gaan in gesprek over de vraag of en wanneer een wijkuitvoeringsplan voor het aardgasvrij "
            "maken van de Molenbuurt kan worden opgesteld, mede gelet op de onzekere ontwikkeling van het regionale "
            "warmtenet.",
            AP, "2026", "", [D],
            F(["partijen"], "discuss", [], None)),
)

# ---- 2.2 Energiearmoede --------------------------------------------------
add("energiecoaches",
    y2024=V("2.2", "De gemeente zet in 2024 energiecoaches in voor huurders van Woningstichting Hoeveland in de "
            "wijken Molenbuurt en Dijkzicht; de woningstichting brengt de coaches actief onder de aandacht van haar "
            "huurders.",
            GW, "2024", "aantal huishoudens bereikt", [D, B],
            F(["gemeente", "corporatie"], "firm", [], DL(2024, "2024"), True)),
    y2025=V("2.2", "De gemeente zet in 2025 energiecoaches in voor huurders van Woningstichting Hoeveland in alle "
            "wijken van Dijkerhoek; de woningstichting brengt de coaches actief onder de aandacht van haar "
            "huurders.",
            GW, "2025", "aantal huishoudens bereikt", [D, B],
            F(["gemeente", "corporatie"], "firm", [], DL(2025, "2025"), True)),
    y2026=V("2.2", "De gemeente zet in 2026 energiecoaches in voor huurders van Woningstichting Hoeveland in de wijk "
            "Molenbuurt; de woningstichting brengt de coaches actief onder de aandacht van haar huurders.",
            GW, "2026", "aantal huishoudens bereikt", [D, B],
            F(["gemeente", "corporatie"], "firm", [], DL(2026, "2026"), True)),
)

add("energiefixers",
    y2026=V("2.2", "Woningstichting Hoeveland zet in 2026 samen met de gemeente energiefixers in, die bij ten minste "
            "150 huishoudens met een laag inkomen kosteloos kleine besparende maatregelen aanbrengen, zoals "
            "tochtstrips, radiatorfolie en waterbesparende douchekoppen.",
            GW, "2026", "aantal bezochte huishoudens", [D, B],
            F(["corporatie", "gemeente"], "firm", [Q(150, "huishoudens", "min")], DL(2026, "2026"), True)),
)

# ---- 2.3 Klimaatadaptatie ------------------------------------------------
_KLIMAAT = ("Woningstichting Hoeveland neemt bij groot onderhoud en nieuwbouw maatregelen tegen hittestress en "
            "wateroverlast mee, zoals groene daken, schaduwrijke beplanting en het afkoppelen van regenwater.")
add("klimaatadaptatie",
    y2024=V("2.3", "Partijen verkennen in 2024 hoe bij groot onderhoud en nieuwbouw maatregelen tegen hittestress en "
            "wateroverlast, zoals groene daken, schaduwrijke beplanting en het afkoppelen van regenwater, kunnen "
            "worden meegenomen.",
            AP, "2024", "", [D],
            F(["partijen"], "explore", [], DL(2024, "2024"))),
    y2025=V("2.3", _KLIMAAT, WS, "doorlopend", "aantal projecten met maatregelen", [D],
            F(["corporatie"], "firm", [], None)),
    y2026=V("2.3", _KLIMAAT, WS, "doorlopend", "aantal projecten met maatregelen", [D],
            F(["corporatie"], "firm", [], None)),
)

add("biodiversiteit",
    y2025=V("2.3", "Woningstichting Hoeveland legt in 2025 bij drie complexen samen met bewoners een "
            "natuurinclusieve binnentuin of geveltuinen aan en plaatst daarbij nestkasten voor gierzwaluwen en "
            "huismussen.",
            WS, "2025", "aantal complexen", [D, L],
            F(["corporatie"], "firm", [Q(3, "complexen", "exact")], DL(2025, "2025"), True)),
    y2026=V("2.3", "Woningstichting Hoeveland legt in 2026 bij drie complexen samen met bewoners een "
            "natuurinclusieve binnentuin of geveltuinen aan en plaatst daarbij nestkasten voor gierzwaluwen en "
            "huismussen.",
            WS, "2026", "aantal complexen", [D, L],
            F(["corporatie"], "firm", [Q(3, "complexen", "exact")], DL(2026, "2026"), True)),
)

# ---- 3.1 Onderhoud en woningkwaliteit -----------------------------------
add("vocht-schimmel",
    y2024=V("3.1", "Woningstichting Hoeveland neemt meldingen van vocht en schimmel binnen tien werkdagen in "
            "behandeling en voert in 2024 een inspectie uit in de 150 woningen met de hoogste risicoscore.",
            WS, "2024", "doorlooptijd meldingen", [K],
            F(["corporatie"], "firm", [Q(10, "werkdagen", "max"), Q(150, "woningen", "exact")], DL(2024, "2024"), True)),
    y2025=V("3.1", "Woningstichting Hoeveland neemt meldingen van vocht en schimmel binnen vijf werkdagen in "
            "behandeling en voert in 2025 een inspectie uit in de 150 woningen met de hoogste risicoscore.",
            WS, "2025", "doorlooptijd meldingen", [K],
            F(["corporatie"], "firm", [Q(5, "werkdagen", "max"), Q(150, "woningen", "exact")], DL(2025, "2025"), True)),
    y2026=V("3.1", "Woningstichting Hoeveland neemt meldingen van vocht en schimmel binnen vijf werkdagen in "
            "behandeling en voert in 2026 een inspectie uit in de 150 woningen met de hoogste risicoscore.",
            WS, "2026", "doorlooptijd meldingen", [K],
            F(["corporatie"], "firm", [Q(5, "werkdagen", "max"), Q(150, "woningen", "exact")], DL(2026, "2026"), True),
            pos=2),
)

_REPARATIE = ("Woningstichting Hoeveland handelt spoedeisende reparatieverzoeken binnen 24 uur af en overige "
              "reparatieverzoeken binnen gemiddeld 15 werkdagen.")
add("reparatieverzoeken",
    y2024=V("3.1", _REPARATIE, WS, "doorlopend", "", [K],
            F(["corporatie"], "firm", [Q(24, "uur", "max"), Q(15, "werkdagen", "max")], None, True)),
    y2025=V("3.1", _REPARATIE, WS, "doorlopend", "", [K],
            F(["corporatie"], "firm", [Q(24, "uur", "max"), Q(15, "werkdagen", "max")], None, True)),
    y2026=V("3.1", "Woningstichting Hoeveland handelt spoedeisende reparatieverzoeken binnen 24 uur af en overige "
            "reparatieverzoeken binnen gemiddeld 20 werkdagen.", WS, "doorlopend", "", [K],
            F(["corporatie"], "firm", [Q(24, "uur", "max"), Q(20, "werkdagen", "max")], None, True), pos=0),
)

add("onderhoudsbudget",
    y2024=V("3.1", "Woningstichting Hoeveland besteedt in 2024 ten minste € 4,2 miljoen aan planmatig onderhoud van "
            "haar woningen in Dijkerhoek.",
            WS, "2024", "bestede onderhoudsuitgaven", [K],
            F(["corporatie"], "firm", [Q(4200000, "euro", "min")], DL(2024, "2024"), True)),
    y2025=V("3.1", "Woningstichting Hoeveland besteedt in 2025 ten minste € 3,8 miljoen aan planmatig onderhoud van "
            "haar woningen in Dijkerhoek.",
            WS, "2025", "bestede onderhoudsuitgaven", [K],
            F(["corporatie"], "firm", [Q(3800000, "euro", "min")], DL(2025, "2025"), True)),
    y2026=V("3.1", "Woningstichting Hoeveland besteedt in 2026 ten minste € 4,5 miljoen aan planmatig onderhoud van "
            "haar woningen in Dijkerhoek.",
            WS, "2026", "bestede onderhoudsuitgaven", [K],
            F(["corporatie"], "firm", [Q(4500000, "euro", "min")], DL(2026, "2026"), True)),
)

add("conditiemeting",
    y2024=V("3.1", "Woningstichting Hoeveland laat in 2024 bij alle complexen een conditiemeting uitvoeren en deelt "
            "de uitkomsten per complex met Huurdersvereniging De Dijkpoort en de bewonerscommissies.",
            WS, "2024", "", [K],
            F(["corporatie"], "firm", [], DL(2024, "2024"), True)),
    y2025=V("3.1", "Woningstichting Hoeveland laat in 2025 bij wijze van pilot bij twee complexen in de Molenbuurt "
            "een conditiemeting uitvoeren en deelt de uitkomsten met Huurdersvereniging De Dijkpoort en de "
            "bewonerscommissies.",
            WS, "2025", "", [K],
            F(["corporatie"], "firm", [Q(2, "complexen", "exact")], DL(2025, "2025"), True)),
    y2026=V("3.1", "Woningstichting Hoeveland laat in 2026 bij alle complexen een conditiemeting uitvoeren en deelt "
            "de uitkomsten per complex met Huurdersvereniging De Dijkpoort en de bewonerscommissies.",
            WS, "2026", "", [K],
            F(["corporatie"], "firm", [], DL(2026, "2026"), True)),
)

add("rookmelders",
    y2026=V("3.1", "Woningstichting Hoeveland voorziet uiterlijk eind 2026 al haar woningen van een rookmelder op "
            "elke verdieping en controleert de werking daarvan bij iedere mutatie.",
            WS, "eind 2026", "aandeel woningen met rookmelders", [K],
            F(["corporatie"], "firm", [], DL(2026, "eind 2026"))),
)

# ---- 3.2 Wonen met zorg ---------------------------------------------------
_WMO_B = ("Aanvragen voor woningaanpassingen in het kader van de Wmo worden door de gemeente en Woningstichting "
          "Hoeveland binnen acht weken afgehandeld; bij grote aanpassingen wordt eerst bekeken of een verhuizing "
          "naar een geschikte woning de betere oplossing is.")
add("wmo-aanpassingen",
    y2024=V("3.2", "De gemeente en Woningstichting Hoeveland handelen aanvragen voor woningaanpassingen vanuit de "
            "Wmo binnen acht weken af en bekijken bij grote aanpassingen eerst of een verhuizing naar een geschikte "
            "woning een betere oplossing is.",
            GW, "doorlopend", "doorlooptijd aanvragen", [K],
            F(["gemeente", "corporatie"], "firm", [Q(8, "weken", "max")], None, True)),
    y2025=V("3.2", _WMO_B, GW, "doorlopend", "doorlooptijd aanvragen", [K],
            F(["gemeente", "corporatie"], "firm", [Q(8, "weken", "max")], None, True)),
    y2026=V("3.2", _WMO_B, GW, "doorlopend", "doorlooptijd aanvragen", [K],
            F(["gemeente", "corporatie"], "firm", [Q(8, "weken", "max")], None, True)),
)

add("huisbezoek-senioren",
    y2024=V("3.2", "Woningstichting Hoeveland zegt toe in 2024 een huisbezoek af te leggen bij alle huurders van 75 "
            "jaar en ouder die alleen wonen, om hun woonsituatie en eventuele zorgvragen tijdig in beeld te "
            "brengen.",
            WS, "2024", "aantal huisbezoeken", [K, L],
            F(["corporatie"], "firm", [Q(75, "jaar", "min")], DL(2024, "2024"), True)),
    y2025=V("3.2", "Woningstichting Hoeveland zet zich ervoor in om in 2025 een huisbezoek af te leggen bij alle "
            "huurders van 75 jaar en ouder die alleen wonen, om hun woonsituatie en eventuele zorgvragen tijdig in "
            "beeld te brengen.",
            WS, "2025", "aantal huisbezoeken", [K, L],
            F(["corporatie"], "intent", [Q(75, "jaar", "min")], DL(2025, "2025"), True)),
    y2026=V("3.2", "Woningstichting Hoeveland legt in 2026 een huisbezoek af bij alle huurders van 75 jaar en ouder "
            "die alleen wonen, brengt hun woonsituatie en eventuele zorgvragen in beeld en meldt signalen van "
            "eenzaamheid, met toestemming van de huurder, bij het sociaal wijkteam.",
            WS, "2026", "aantal huisbezoeken", [K, L],
            F(["corporatie"], "firm", [Q(75, "jaar", "min")], DL(2026, "2026"), True)),
)

# ---- 4.1 Wijkaanpak en ontmoeting ---------------------------------------
add("leefbaarheidsbudget",
    y2024=V("4.1", "Woningstichting Hoeveland besteedt in 2024 gemiddeld € 95 per woning aan leefbaarheid, binnen de "
            "wettelijke ruimte, en bepaalt de besteding in overleg met de bewonerscommissies.",
            WS, "2024", "besteding per woning", [L],
            F(["corporatie"], "firm", [Q(95, "euro", "exact")], DL(2024, "2024"), True)),
    y2025=V("4.1", "Woningstichting Hoeveland besteedt in 2025 gemiddeld € 120 per woning aan leefbaarheid, binnen de "
            "wettelijke ruimte, en bepaalt de besteding in overleg met de bewonerscommissies.",
            WS, "2025", "besteding per woning", [L],
            F(["corporatie"], "firm", [Q(120, "euro", "exact")], DL(2025, "2025"), True)),
    y2026=V("4.1", "Woningstichting Hoeveland besteedt in 2026 gemiddeld € 120 per woning aan leefbaarheid, binnen de "
            "wettelijke ruimte, en bepaalt de besteding in overleg met de bewonerscommissies.",
            WS, "2026", "besteding per woning", [L],
            F(["corporatie"], "firm", [Q(120, "euro", "exact")], DL(2026, "2026"), True)),
)

_WIJKBEHEER = ("Woningstichting Hoeveland zet in de wijken Molenbuurt en Dijkzicht een wijkbeheerder in die ten "
               "minste twee dagdelen per week in de wijk aanwezig is en aanspreekpunt is voor bewoners.")
add("wijkbeheerder",
    y2024=V("4.1", _WIJKBEHEER, WS, "doorlopend", "", [L],
            F(["corporatie"], "firm", [Q(2, "dagdelen per week", "min")], None, True)),
    y2025=V("4.1", _WIJKBEHEER, WS, "doorlopend", "", [L],
            F(["corporatie"], "firm", [Q(2, "dagdelen per week", "min")], None, True)),
    y2026=V("4.1", "Woningstichting Hoeveland zet in de wijken Molenbuurt en Dijkzicht een wijkbeheerder in die ten "
            "minste één dagdeel per week in de wijk aanwezig is en aanspreekpunt is voor bewoners.",
            WS, "doorlopend", "", [L],
            F(["corporatie"], "firm", [Q(1, "dagdelen per week", "min")], None, True)),
)

add("buurtkamer-kerkplein",
    y2024=V("4.1", "De gemeente verkent in 2024 met Woningstichting Hoeveland of de leegstaande bedrijfsruimte aan het "
            "Kerkplein kan worden ingericht als buurtkamer voor ontmoeting en activiteiten tegen eenzaamheid.",
            GW, "2024", "", [L],
            F(["gemeente", "corporatie"], "explore", [], DL(2024, "2024"))),
)

add("ontmoeting-de-kolk",
    y2025=V("4.1", "Woningstichting Hoeveland stelt de gemeenschappelijke ruimte in complex De Kolk twee middagen per "
            "week open als ontmoetingsplek voor buurtbewoners; vrijwilligers van de huurdersvereniging verzorgen de "
            "inloop.",
            "Woningstichting en Huurdersvereniging", "vanaf Q1 2025", "aantal bezoekers", [L],
            F(["corporatie", "huurdersorganisatie"], "firm", [Q(2, "middagen per week", "exact")], None, True)),
    y2026=V("4.1", "Woningstichting Hoeveland stelt de gemeenschappelijke ruimte in complex De Kolk drie middagen per "
            "week open als ontmoetingsplek voor buurtbewoners; vrijwilligers van de huurdersvereniging verzorgen de "
            "inloop.",
            "Woningstichting en Huurdersvereniging", "doorlopend", "aantal bezoekers", [L],
            F(["corporatie", "huurdersorganisatie"], "firm", [Q(3, "middagen per week", "exact")], None, True)),
)

# ---- 4.2 Kwetsbare bewoners ---------------------------------------------
_OVERLAST = ("Partijen hanteren bij ernstige woonoverlast het convenant Aanpak Woonoverlast Dijkerhoek en bespreken "
             "complexe casussen in het maandelijkse casusoverleg met het sociaal wijkteam en de politie.")
add("woonoverlast",
    y2024=V("4.2", _OVERLAST, AP, "doorlopend", "aantal besproken casussen", [L],
            F(["partijen"], "firm", [Q(12, "keer per jaar", "exact")], None, True)),
    y2025=V("4.2", _OVERLAST, AP, "doorlopend", "aantal besproken casussen", [L],
            F(["partijen"], "firm", [Q(12, "keer per jaar", "exact")], None, True)),
    y2026=V("4.2", "Partijen hanteren bij ernstige woonoverlast het convenant Aanpak Woonoverlast Dijkerhoek en "
            "bespreken complexe casussen, waar mogelijk, in een tweewekelijks casusoverleg met het sociaal wijkteam "
            "en de politie.",
            AP, "doorlopend", "aantal besproken casussen", [L],
            F(["partijen"], "firm", [Q(26, "keer per jaar", "exact")], None, True, ["waar mogelijk"])),
)

# ---- 5.1 Overleg, monitoring en geschillen ------------------------------
add("bod",
    y2024=V("5.1", "Woningstichting Hoeveland stuurt vóór 1 juli 2024 haar overzicht van voorgenomen werkzaamheden "
            "voor 2025 en verder aan de gemeente en aan Huurdersvereniging De Dijkpoort.",
            WS, "vóór 1 juli 2024", "bod ontvangen", [O],
            F(["corporatie"], "firm", [], DL(2024, "vóór 1 juli 2024"), True)),
    y2025=V("5.1", "Woningstichting Hoeveland stuurt vóór 1 juli 2025 haar overzicht van voorgenomen werkzaamheden "
            "voor 2026 en verder aan de gemeente en aan Huurdersvereniging De Dijkpoort.",
            WS, "vóór 1 juli 2025", "bod ontvangen", [O],
            F(["corporatie"], "firm", [], DL(2025, "vóór 1 juli 2025"), True)),
    y2026=V("5.1", "Woningstichting Hoeveland stuurt vóór 1 juli 2026 haar overzicht van voorgenomen werkzaamheden "
            "voor 2027 en verder aan de gemeente en aan Huurdersvereniging De Dijkpoort.",
            WS, "vóór 1 juli 2026", "bod ontvangen", [O],
            F(["corporatie"], "firm", [], DL(2026, "vóór 1 juli 2026"), True)),
)

_MONITOR = ("Partijen bespreken twee keer per jaar in het bestuurlijk overleg de voortgang van de afspraken aan de "
            "hand van de monitor bij deze uitvoeringsagenda en stellen zo nodig de planning bij.")
add("monitoring",
    y2024=V("5.1", _MONITOR, AP, "voorjaar en najaar", "monitor besproken", [O],
            F(["partijen"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
    y2025=V("5.1", _MONITOR, AP, "voorjaar en najaar", "monitor besproken", [O],
            F(["partijen"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
    y2026=V("5.1", _MONITOR, AP, "voorjaar en najaar", "monitor besproken", [O],
            F(["partijen"], "firm", [Q(2, "keer per jaar", "exact")], None, True)),
)

add("woonvisie-herziening",
    y2024=V("5.1", "De gemeente betrekt Woningstichting Hoeveland en Huurdersvereniging De Dijkpoort bij de "
            "herziening van de woonvisie, die uiterlijk in het derde kwartaal van 2025 aan de gemeenteraad wordt "
            "voorgelegd.",
            GM, "Q3 2025", "woonvisie vastgesteld", [O],
            F(["gemeente"], "firm", [], DL(2025, "derde kwartaal van 2025"))),
    y2025=V("5.1", "De gemeente betrekt Woningstichting Hoeveland en Huurdersvereniging De Dijkpoort bij de "
            "herziening van de woonvisie, die uiterlijk in het tweede kwartaal van 2025 aan de gemeenteraad wordt "
            "voorgelegd.",
            GM, "Q2 2025", "woonvisie vastgesteld", [O],
            F(["gemeente"], "firm", [], DL(2025, "tweede kwartaal van 2025"))),
)

add("kaderafspraken-2027",
    y2026=V("5.1", "Partijen stellen in 2026 op basis van de herziene woonvisie meerjarige kaderafspraken op voor de "
            "periode 2027-2030, met daarbij een jaarlijkse uitvoeringsagenda.",
            AP, "Q4 2026", "kaderafspraken ondertekend", [O],
            F(["partijen"], "firm", [], DL(2026, "2026"))),
)

_GESCHIL = ("Bij een verschil van inzicht over de uitleg of uitvoering van deze afspraken gaan partijen eerst met "
            "elkaar in gesprek; leidt dat niet tot een oplossing, dan leggen zij het geschil voor aan de "
            "regionale geschillencommissie prestatieafspraken.")
add("geschillen",
    y2024=V("5.1", _GESCHIL, AP, "", "", [O], F(["partijen"], "firm", [], None)),
    y2025=V("5.1", _GESCHIL, AP, "", "", [O], F(["partijen"], "firm", [], None)),
    y2026=V("5.1", _GESCHIL, AP, "", "", [O], F(["partijen"], "firm", [], None)),
)

# ---- 5.2 Huurdersparticipatie -------------------------------------------
_STEUN = ("Woningstichting Hoeveland stelt Huurdersvereniging De Dijkpoort jaarlijks een budget van € 25.000 "
          "beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijk advies.")
add("ondersteuning-huurders",
    y2024=V("5.2", _STEUN, WS, "jaarlijks", "", [O],
            F(["corporatie"], "firm", [Q(25000, "euro", "exact")], None, True)),
    y2025=V("5.2", _STEUN, WS, "jaarlijks", "", [O],
            F(["corporatie"], "firm", [Q(25000, "euro", "exact")], None, True)),
    y2026=V("5.2", "Woningstichting Hoeveland stelt Huurdersvereniging De Dijkpoort jaarlijks een budget van "
            "€ 30.000 beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijk advies.",
            WS, "jaarlijks", "", [O],
            F(["corporatie"], "firm", [Q(30000, "euro", "exact")], None, True)),
)

add("achterban",
    y2024=V("5.2", "Huurdersvereniging De Dijkpoort raadpleegt in 2024 haar achterban over de prioriteiten voor de "
            "prestatieafspraken, onder meer via een digitale enquête en twee bewonersavonden.",
            HV, "Q2 2024", "", [O],
            F(["huurdersorganisatie"], "firm", [Q(2, "bewonersavonden", "exact")], DL(2024, "2024"), True)),
    y2025=V("5.2", "Huurdersvereniging De Dijkpoort raadpleegt in 2025 haar achterban over de prioriteiten voor de "
            "prestatieafspraken, onder meer via een digitale enquête en twee bewonersavonden.",
            HV, "Q2 2025", "", [O],
            F(["huurdersorganisatie"], "firm", [Q(2, "bewonersavonden", "exact")], DL(2025, "2025"), True)),
    y2026=V("5.2", "Huurdersvereniging De Dijkpoort raadpleegt in 2026 haar achterban over de prioriteiten voor de "
            "prestatieafspraken, onder meer via een digitale enquête en één bewonersavond.",
            HV, "Q2 2026", "", [O],
            F(["huurdersorganisatie"], "firm", [Q(1, "bewonersavonden", "exact")], DL(2026, "2026"), True)),
)

# ---------------------------------------------------------------------------
# Pair annotations (statuses for keys present in both years; new/dropped are derived)
# ---------------------------------------------------------------------------
S, W, R, U, M = "strengthened", "weakened", "reworded", "unchanged", "modified"
PAIRS = {
    (2024, 2025): {
        "huurverhoging": (S, ["quantity"], None),
        "huurverlaging-lage-inkomens": (R, [], "indexed_amount"),
        "huurachterstand-vroegsignalering": (S, ["quantity"], None),
        "huisuitzettingen": (S, ["quantity"], None),
        "oostergaarde-fase1": (R, [], "progress"),
        "oostergaarde-fase2": (W, ["quantity", "deadline"], None),
        "dijkschool": (S, ["modality"], None),
        "verkoop": (S, ["quantity"], None),
        "liberalisatie": (W, ["quantity"], None),
        "statushouders": (R, [], "external_figure"),
        "starters": (U, [], None),
        "doorstroming-senioren": (S, ["modality"], None),
        "uitstroom-beschermd-wonen": (S, ["condition"], None),
        "wachttijd": (W, ["quantity"], None),
        "label-efg": (R, [], "progress"),
        "gemiddeld-label": (W, ["label"], None),
        "isolatie": (S, ["quantity"], None),
        "zonnepanelen": (W, ["modality"], None),
        "molenbuurt-aardgasvrij": (W, ["deadline"], None),
        "energiecoaches": (S, ["scope"], None),
        "klimaatadaptatie": (S, ["modality"], None),
        "vocht-schimmel": (S, ["quantity"], None),
        "reparatieverzoeken": (U, [], None),
        "onderhoudsbudget": (W, ["quantity"], None),
        "conditiemeting": (W, ["scope"], None),
        "wmo-aanpassingen": (R, [], "same_figures"),
        "huisbezoek-senioren": (W, ["modality"], None),
        "leefbaarheidsbudget": (S, ["quantity"], None),
        "wijkbeheerder": (U, [], None),
        "woonoverlast": (U, [], None),
        "bod": (R, [], "recurring_year"),
        "monitoring": (U, [], None),
        "woonvisie-herziening": (S, ["deadline"], None),
        "geschillen": (U, [], None),
        "ondersteuning-huurders": (U, [], None),
        "achterban": (R, [], "recurring_year"),
    },
    (2025, 2026): {
        "huurverhoging": (R, [], "recurring_year"),
        "huurverlaging-lage-inkomens": (R, [], "indexed_amount"),
        "huurachterstand-vroegsignalering": (U, [], None),
        "huisuitzettingen": (R, [], "recurring_year"),
        "energielasten-bijstand": (S, ["modality"], None),
        "oostergaarde-fase2": (W, ["condition"], None),
        "dijkschool": (W, ["deadline"], None),
        "verkoop": (R, [], "recurring_year"),
        "statushouders": (R, [], "external_figure"),
        "starters": (W, ["modality"], None),
        "doorstroming-senioren": (U, [], None),
        "hospitaverhuur": (R, [], "same_figures"),
        "uitstroom-beschermd-wonen": (S, ["quantity"], None),
        "wachttijd": (R, [], "recurring_year"),
        "label-efg": (R, [], None),
        "gemiddeld-label": (W, ["deadline"], None),
        "isolatie": (W, ["quantity", "condition"], None),
        "molenbuurt-aardgasvrij": (W, ["modality"], None),
        "energiecoaches": (W, ["scope"], None),
        "klimaatadaptatie": (U, [], None),
        "biodiversiteit": (R, [], "recurring_year"),
        "vocht-schimmel": (R, [], "recurring_year"),
        "reparatieverzoeken": (W, ["quantity"], None),
        "onderhoudsbudget": (S, ["quantity"], None),
        "conditiemeting": (S, ["scope"], None),
        "wmo-aanpassingen": (U, [], None),
        "huisbezoek-senioren": (S, ["modality"], None),
        "leefbaarheidsbudget": (R, [], "recurring_year"),
        "wijkbeheerder": (W, ["quantity"], None),
        "ontmoeting-de-kolk": (S, ["quantity"], None),
        "woonoverlast": (M, ["quantity", "condition"], None),
        "bod": (R, [], "recurring_year"),
        "monitoring": (U, [], None),
        "geschillen": (U, [], None),
        "ondersteuning-huurders": (S, ["quantity"], None),
        "achterban": (W, ["quantity"], None),
    },
}
