# -*- coding: utf-8 -*-
"""Content of the korendijk family: fictional gemeente Korenwolde, two corporaties, two huurdersorganisaties.

Yearly prestatieafspraken 2023, 2024, 2025 and a raadsinformatiebrief on the 2025 agreement.
All names are invented. (The family slug is 'korendijk'; the gemeente is deliberately called
'Korenwolde' because a real former municipality Korendijk existed.)
"""

GEMEENTE = "Korenwolde"
WG = "Stichting Woongoed Korenwolde"
PR = "Polderrand Wonen"
HK = "Huurdersvereniging De Korenaar"
HP = "Huurdersbelangenvereniging Polderrand"
CORPORATIES = [WG, PR]
HUURDERS = [HK, HP]

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def Q(v, unit, comp="exact", vmax=None):
    return {"value": v, "unit": unit, "comparator": comp, "value_max": vmax}


def D(y, t):
    return {"year": y, "text": t}


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    return {"actors": list(actors), "modality": mod, "quantities": list(q), "deadline": dl,
            "recurring": rec, "conditions": list(cond)}


def V(text, theme, frame, themes=None, attrs=None, trekker=None, planning=None):
    return {"text": text, "theme": theme, "themes": themes or [theme], "frame": frame,
            "attributes": attrs or {}, "trekker": trekker, "planning": planning}


SAME = "SAME"   # identical to the previous year's version
MON = {"monitoring": "halfjaarlijks in het bestuurlijk overleg"}

# ---------------------------------------------------------------------------------------------
# Afspraken: key -> {year: version}
# ---------------------------------------------------------------------------------------------
AF = {}

AF["b-lokale-binding"] = {
    2023: V("Partijen spreken af dat de corporaties in de kernen Oudeveer, Zwanewaard en Westerhoek ten hoogste "
            "25% van de vrijkomende sociale huurwoningen met voorrang toewijzen aan woningzoekenden met een "
            "aantoonbare lokale binding. De gemeente legt deze ruimte vast in de lokale aanvulling op de regionale "
            "huisvestingsverordening.", BB,
            F(["partijen", "corporatie", "gemeente"], "firm", [Q(25, "%", "max")])),
    2024: SAME,
    2025: V("In de kernen Oudeveer, Zwanewaard en Westerhoek mogen de corporaties, zo spreken partijen af, "
            "maximaal 25% van de vrijkomende sociale huurwoningen met voorrang toewijzen aan woningzoekenden die "
            "een lokale binding kunnen aantonen. Deze ruimte wordt door de gemeente vastgelegd in de lokale "
            "aanvulling op de regionale huisvestingsverordening.", BB,
            F(["partijen", "corporatie", "gemeente"], "firm", [Q(25, "%", "max")])),
}

AF["b-doorstroom-senioren"] = {
    2023: V("Partijen onderzoeken in 2023 of in Korenwolde een doorstroomregeling voor senioren kan worden "
            "ingevoerd, waarbij een huurder van 65 jaar of ouder die een eengezinswoning achterlaat zijn huidige "
            "kale huurprijs meeneemt naar een passende gelijkvloerse woning van dezelfde corporatie.", BB,
            F(["partijen"], "explore", [Q(65, "jaar", "min")], D(2023, "in 2023"))),
    2024: V("Partijen voeren per 1 juli 2024 een doorstroomregeling voor senioren in: een huurder van 65 jaar of "
            "ouder die een eengezinswoning van Woongoed of Polderrand Wonen achterlaat, neemt zijn huidige kale "
            "huurprijs mee naar een passende gelijkvloerse woning van dezelfde corporatie.", BB,
            F(["partijen"], "firm", [Q(65, "jaar", "min")], D(2024, "per 1 juli 2024"))),
    2025: V("Partijen onderzoeken in 2025 of de doorstroomregeling voor senioren, waarbij een huurder van 65 jaar "
            "of ouder bij een verhuizing van een eengezinswoning naar een gelijkvloerse woning zijn kale huurprijs "
            "behoudt, in de huidige vorm kan worden voortgezet.", BB,
            F(["partijen"], "explore", [Q(65, "jaar", "min")], D(2025, "in 2025"))),
}

AF["b-urgentie-evaluatie"] = {
    2023: V("De gemeente evalueert in overleg met de corporaties en de huurdersorganisaties de urgentieregeling en "
            "legt de uitkomsten, voorzien van een voorstel voor aanpassing, vóór 1 oktober 2023 voor aan de "
            "gemeenteraad.", BB,
            F(["gemeente"], "firm", [], D(2023, "vóór 1 oktober 2023"))),
    2024: V("De gemeente evalueert in overleg met de corporaties en de huurdersorganisaties de urgentieregeling en "
            "legt de uitkomsten, voorzien van een voorstel voor aanpassing, vóór 1 april 2024 voor aan de "
            "gemeenteraad.", BB,
            F(["gemeente"], "firm", [], D(2024, "vóór 1 april 2024"))),
}

def _vh(y, n):
    return V(f"De corporaties stellen in {y} gezamenlijk voldoende woningen beschikbaar om de gemeente in staat te "
             f"stellen de wettelijke taakstelling voor de huisvesting van vergunninghouders te realiseren; voor {y} "
             f"is deze taakstelling door het Rijk vastgesteld op {n} personen. De verdeling over de corporaties volgt "
             f"hun aandeel in de sociale huurvoorraad.", BB,
             F(["corporatie"], "firm", [Q(n, "personen")], D(y, f"in {y}"), rec=True))

AF["b-vergunninghouders"] = {2023: _vh(2023, 68), 2024: _vh(2024, 81), 2025: _vh(2025, 74)}

AF["b-aandeel-sociaal"] = {
    2023: V("De gemeente zorgt ervoor dat in nieuwe woningbouwplannen ten minste 30% van de woningen in de sociale "
            "huur wordt gerealiseerd en neemt dit percentage op in de anterieure overeenkomsten met ontwikkelaars.",
            BB, F(["gemeente"], "firm", [Q(30, "%", "min")])),
    2024: V("De gemeente zorgt ervoor dat in nieuwe woningbouwplannen ten minste 35% van de woningen in de sociale "
            "huur wordt gerealiseerd en neemt dit percentage op in de anterieure overeenkomsten met ontwikkelaars.",
            BB, F(["gemeente"], "firm", [Q(35, "%", "min")])),
    2025: SAME,
}

def _gp(y, amount, num):
    return V(f"De gemeente hanteert voor de grond onder nieuw te bouwen sociale huurwoningen een vaste grondprijs van "
             f"€ {amount} per woning (prijspeil {y}), exclusief btw.", BB,
             F(["gemeente"], "firm", [Q(num, "euro")]))

AF["b-grondprijs"] = {2023: _gp(2023, "19.750", 19750), 2024: _gp(2024, "20.550", 20550),
                      2025: _gp(2025, "21.200", 21200)}

def _vs(y, months_word, months):
    return V(f"De gemeente zet in {y} de samenwerking binnen het convenant vroegsignalering schulden voort; de "
             f"corporaties melden een huurder met een huurachterstand van {months_word} bij het team "
             f"schuldhulpverlening, dat binnen vijf werkdagen contact met de huurder opneemt.", BB,
             F(["gemeente", "corporatie"], "firm", [Q(months, "maanden"), Q(5, "dagen", "max")],
               D(y, f"in {y}"), rec=True), attrs=dict(MON))

AF["b-vroegsignalering"] = {2023: _vs(2023, "twee maanden", 2), 2024: _vs(2024, "één maand", 1),
                            2025: _vs(2025, "één maand", 1)}

AF["b-huur-woongoed"] = {
    2023: V("Woongoed houdt de gemiddelde huurverhoging per 1 juli 2023 maximaal gelijk aan de inflatie en past geen "
            "inkomensafhankelijke huurverhoging toe.", BB,
            F(["corporatie"], "firm", [], D(2023, "per 1 juli 2023"), rec=True)),
    2024: V("Woongoed houdt de gemiddelde huurverhoging per 1 juli 2024 ten minste 0,5% onder de inflatie en past "
            "geen inkomensafhankelijke huurverhoging toe.", BB,
            F(["corporatie"], "firm", [Q(0.5, "%", "min")], D(2024, "per 1 juli 2024"), rec=True)),
    2025: V("Woongoed houdt de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de inflatie en past geen "
            "inkomensafhankelijke huurverhoging toe.", BB,
            F(["corporatie"], "firm", [], D(2025, "per 1 juli 2025"), rec=True)),
}

AF["b-verkoop-woongoed"] = {
    2023: V("Woongoed verkoopt in 2023 ten hoogste 12 sociale huurwoningen uit gespikkelde complexen in Oudeveer en "
            "Westerhoek en liberaliseert bij mutatie ten hoogste 4 woningen.", BB,
            F(["corporatie"], "firm", [Q(12, "woningen", "max"), Q(4, "woningen", "max")], D(2023, "in 2023"),
              rec=True)),
    2024: V("Woongoed verkoopt in 2024 ten hoogste 12 sociale huurwoningen uit gespikkelde complexen in Oudeveer en "
            "Westerhoek en liberaliseert bij mutatie geen woningen.", BB,
            F(["corporatie"], "firm", [Q(12, "woningen", "max"), Q(0, "woningen", "exact")], D(2024, "in 2024"),
              rec=True)),
    2025: V("Woongoed verkoopt in 2025 ten hoogste 15 sociale huurwoningen uit gespikkelde complexen in Oudeveer en "
            "Westerhoek en liberaliseert bij mutatie geen woningen.", BB,
            F(["corporatie"], "firm", [Q(15, "woningen", "max"), Q(0, "woningen", "exact")], D(2025, "in 2025"),
              rec=True)),
}

def _efg(y, labels):
    return V(f"Polderrand Wonen zegt toe dat huurders van een woning met energielabel {labels} per 1 juli {y} geen "
             f"huurverhoging ontvangen.", BB,
             F(["corporatie"], "firm", [Q(0, "%", "exact")], D(y, f"per 1 juli {y}"), rec=True))

AF["b-huurbevriezing-efg"] = {2023: _efg(2023, "E, F of G"), 2024: _efg(2024, "E, F of G"),
                              2025: _efg(2025, "D, E, F of G")}

AF["b-middenhuur-havenkwartier"] = {
    2023: V("Polderrand Wonen onderzoekt in 2023 de mogelijkheid om in het Havenkwartier circa 20 "
            "middenhuurwoningen toe te voegen voor huishoudens met een middeninkomen, onder voorbehoud van een "
            "positief besluit van de Raad van Commissarissen.", BB,
            F(["corporatie"], "explore", [Q(20, "woningen", "approx")], D(2023, "in 2023"),
              cond=["onder voorbehoud van een positief besluit van de Raad van Commissarissen"])),
}

# --- nieuwbouwprogramma (table rows: Afspraak | Trekker | Gereed) ----------------------------
AF["nb-molenwijk"] = {
    2023: V("Woongoed realiseert in het plan Molenwijk Noord 48 sociale huurwoningen, waarvan 16 "
            "levensloopbestendige appartementen voor senioren.", BB,
            F(["corporatie"], "firm", [Q(48, "woningen"), Q(16, "woningen")], D(2024, "Q4 2024")),
            trekker="Woongoed", planning="Q4 2024"),
    2024: V("Woongoed realiseert in het plan Molenwijk Noord de resterende 32 sociale huurwoningen, waarvan 16 "
            "levensloopbestendige appartementen voor senioren.", BB,
            F(["corporatie"], "firm", [Q(32, "woningen"), Q(16, "woningen")], D(2024, "Q4 2024")),
            trekker="Woongoed", planning="Q4 2024"),
}

AF["nb-gors"] = {
    2023: V("Polderrand Wonen bouwt op de locatie De Gors 36 sociale huurwoningen in de vorm van grondgebonden "
            "rijwoningen en gestapelde woningen, onder voorbehoud van een onherroepelijke omgevingsvergunning.", BB,
            F(["corporatie"], "firm", [Q(36, "woningen")], D(2025, "Q2 2025"),
              cond=["onder voorbehoud van een onherroepelijke omgevingsvergunning"]),
            trekker="Polderrand Wonen", planning="Q2 2025"),
    2024: V("Polderrand Wonen bouwt op de locatie De Gors 30 sociale huurwoningen in de vorm van grondgebonden "
            "rijwoningen en gestapelde woningen, onder voorbehoud van een onherroepelijke omgevingsvergunning.", BB,
            F(["corporatie"], "firm", [Q(30, "woningen")], D(2026, "Q1 2026"),
              cond=["onder voorbehoud van een onherroepelijke omgevingsvergunning"]),
            trekker="Polderrand Wonen", planning="Q1 2026"),
    2025: V("Polderrand Wonen bouwt op de locatie De Gors 30 sociale huurwoningen in de vorm van grondgebonden "
            "rijwoningen en gestapelde woningen; de omgevingsvergunning hiervoor is inmiddels onherroepelijk.", BB,
            F(["corporatie"], "firm", [Q(30, "woningen")], D(2026, "Q1 2026")),
            trekker="Polderrand Wonen", planning="Q1 2026"),
}

AF["nb-kerkbuurt"] = {
    2023: V("Woongoed onderzoekt of de 24 verouderde eengezinswoningen aan de Kerkbuurt kunnen worden vervangen "
            "door 40 nultredenwoningen en betrekt de zittende huurders vanaf het begin bij dit onderzoek.", BB,
            F(["corporatie"], "explore", [Q(24, "woningen"), Q(40, "woningen")], D(2026, "eind 2026")),
            themes=[BB, KW], trekker="Woongoed", planning="eind 2026"),
    2024: V("Woongoed vervangt de 24 verouderde eengezinswoningen aan de Kerkbuurt door 40 nultredenwoningen en "
            "biedt de zittende huurders een sociaal plan aan; de oplevering is voorzien eind 2026.", BB,
            F(["corporatie"], "firm", [Q(24, "woningen"), Q(40, "woningen")], D(2026, "eind 2026")),
            themes=[BB, KW], trekker="Woongoed", planning="eind 2026"),
    2025: V("Woongoed vervangt de 24 verouderde eengezinswoningen aan de Kerkbuurt door 40 nultredenwoningen en "
            "biedt de zittende huurders een sociaal plan aan; de oplevering wordt vervroegd naar medio 2026.", BB,
            F(["corporatie"], "firm", [Q(24, "woningen"), Q(40, "woningen")], D(2026, "medio 2026")),
            themes=[BB, KW], trekker="Woongoed", planning="medio 2026"),
}

AF["nb-zwanewaard"] = {
    2023: V("Gemeente en Woongoed verkennen de mogelijkheden om op het voormalige schoolterrein in Zwanewaard 12 "
            "levensloopbestendige huurwoningen te bouwen.", BB,
            F(["gemeente", "corporatie"], "explore", [Q(12, "woningen")], D(2026, "2026")),
            trekker="Gemeente", planning="2026"),
    2024: SAME,
    2025: V("Op het voormalige schoolterrein in Zwanewaard worden door Woongoed 12 levensloopbestendige "
            "huurwoningen gebouwd; de gemeente levert de grond uiterlijk 1 maart 2025 bouwrijp op.", BB,
            F(["corporatie", "gemeente"], "firm", [Q(12, "woningen")], D(2026, "2026")),
            trekker="Woongoed", planning="2026"),
}

AF["nb-flexwonen"] = {
    2024: V("Polderrand Wonen plaatst in samenwerking met de gemeente 16 tijdelijke woningen op de locatie "
            "Stationsweg voor spoedzoekers en starters; de gemeente verleent hiervoor de benodigde tijdelijke "
            "omgevingsvergunning.", BB,
            F(["corporatie", "gemeente"], "firm", [Q(16, "woningen")], D(2024, "Q4 2024")),
            trekker="Polderrand Wonen", planning="Q4 2024"),
    2025: V("Polderrand Wonen plaatst in samenwerking met de gemeente 16 tijdelijke woningen op de locatie "
            "Stationsweg voor spoedzoekers en starters; de gemeente verleent hiervoor de benodigde tijdelijke "
            "omgevingsvergunning.", BB,
            F(["corporatie", "gemeente"], "firm", [Q(16, "woningen")], D(2025, "Q2 2025")),
            trekker="Polderrand Wonen", planning="Q2 2025"),
}

AF["b-woningruil"] = {
    2025: V("Partijen onderzoeken in 2025 of een gezamenlijk digitaal platform voor woningruil tussen huurders van "
            "Woongoed en Polderrand Wonen kan worden opgezet; de gemeente draagt de kosten van een eerste "
            "verkenning.", BB,
            F(["partijen", "gemeente"], "explore", [], D(2025, "in 2025"))),
}

# --- duurzaamheid -------------------------------------------------------------------------------
AF["c-geen-efg"] = {
    2023: V("Partijen spreken af dat de corporaties er in lijn met de Nationale Prestatieafspraken voor zorgen dat "
            "eind 2028 in Korenwolde geen huurwoningen met energielabel E, F of G meer in hun bezit zijn.", DK,
            F(["partijen", "corporatie"], "firm", [Q(0, "woningen", "max")], D(2028, "eind 2028"))),
    2024: V("Partijen spreken af dat de corporaties er, eerder dan in de Nationale Prestatieafspraken is voorzien, "
            "voor zorgen dat eind 2026 in Korenwolde geen huurwoningen met energielabel E, F of G meer in hun bezit "
            "zijn.", DK,
            F(["partijen", "corporatie"], "firm", [Q(0, "woningen", "max")], D(2026, "eind 2026"))),
    2025: SAME,
}

AF["c-energiecoaches"] = {
    2023: V("De gemeente stelt in 2023 een budget van € 40.000 beschikbaar voor de inzet van energiecoaches, die "
            "huurders met een hoog energieverbruik of een betalingsachterstand bij de energieleverancier actief "
            "benaderen.", DK,
            F(["gemeente"], "firm", [Q(40000, "euro")], D(2023, "in 2023"), rec=True)),
    2024: V("De gemeente stelt in 2024 een budget van € 30.000 beschikbaar voor de inzet van energiecoaches, die "
            "huurders met een hoog energieverbruik of een betalingsachterstand bij de energieleverancier actief "
            "benaderen.", DK,
            F(["gemeente"], "firm", [Q(30000, "euro")], D(2024, "in 2024"), rec=True)),
    2025: V("De gemeente stelt per 1 januari 2025 een budget van € 30.000 beschikbaar voor de inzet van "
            "energiecoaches, die huurders met een hoog energieverbruik of een betalingsachterstand bij de "
            "energieleverancier actief benaderen.", DK,
            F(["gemeente"], "firm", [Q(30000, "euro")], D(2025, "per 1 januari 2025"), rec=True)),
}

AF["c-wijkuitvoeringsplan-gors"] = {
    2023: V("De gemeente zal in 2023 samen met de corporaties en de bewoners een wijkuitvoeringsplan opstellen voor "
            "het aardgasvrij maken van De Gors, als eerste uitwerking van de Transitievisie Warmte.", DK,
            F(["gemeente"], "firm", [], D(2023, "in 2023"))),
    2024: V("De gemeente streeft ernaar om medio 2024 samen met de corporaties en de bewoners een "
            "wijkuitvoeringsplan vast te stellen voor het aardgasvrij maken van De Gors, als eerste uitwerking van "
            "de Transitievisie Warmte.", DK,
            F(["gemeente"], "intent", [], D(2024, "medio 2024"))),
    2025: V("De gemeente stelt uiterlijk eind 2025 samen met de corporaties en de bewoners het wijkuitvoeringsplan "
            "vast voor het aardgasvrij maken van De Gors, als eerste uitwerking van de Transitievisie Warmte.", DK,
            F(["gemeente"], "firm", [], D(2025, "uiterlijk eind 2025"))),
}

AF["c-netcongestie"] = {
    2024: V("Partijen agenderen de gevolgen van netcongestie voor de planning van nieuwbouw en verduurzaming in het "
            "bestuurlijk overleg en gaan hierover in 2024 gezamenlijk in gesprek met de netbeheerder.", DK,
            F(["partijen"], "discuss", [], D(2024, "in 2024")), themes=[DK, BB]),
    2025: V("Partijen stellen vóór 1 juli 2025 samen met de netbeheerder een prioriteringslijst op voor de "
            "aansluiting van de nieuwbouwprojecten en verduurzamingsprojecten van de corporaties.", DK,
            F(["partijen"], "firm", [], D(2025, "vóór 1 juli 2025")), themes=[DK, BB]),
}

def _iso(y, n):
    return V(f"Woongoed isoleert in {y} ten minste {n} woningen tot ten minste de standaard voor isolatie uit de "
             f"Nationale Prestatieafspraken, bij voorkeur in combinatie met planmatig onderhoud.", DK,
             F(["corporatie"], "firm", [Q(n, "woningen", "min")], D(y, f"in {y}"), rec=True))

AF["c-isolatie-woongoed"] = {2023: _iso(2023, 120), 2024: _iso(2024, 150), 2025: _iso(2025, 150)}

AF["c-label-woongoed"] = {
    2023: V("Woongoed brengt de energieprestatie van zijn woningbezit in Korenwolde uiterlijk eind 2025 op "
            "gemiddeld energielabel B.", DK,
            F(["corporatie"], "firm", [Q("B", "label", "min")], D(2025, "uiterlijk eind 2025"))),
    2024: SAME,
    2025: V("Woongoed brengt de energieprestatie van zijn woningbezit in Korenwolde uiterlijk eind 2025 op "
            "gemiddeld energielabel C.", DK,
            F(["corporatie"], "firm", [Q("C", "label", "min")], D(2025, "uiterlijk eind 2025"))),
}

def _pv(y, extra=False):
    c = ["mits de huurder instemt met de bijbehorende servicekostenvergoeding"]
    t = (f"Polderrand Wonen plaatst in {y} zonnepanelen op 200 grondgebonden woningen, mits de huurder instemt met "
         f"de bijbehorende servicekostenvergoeding")
    if extra:
        t = (f"Polderrand Wonen plaatst in {y} zonnepanelen op 200 grondgebonden woningen, mits de huurder instemt "
             f"met de bijbehorende servicekostenvergoeding en voor zover de netbeheerder de aansluiting toestaat")
        c = ["mits de huurder instemt met de bijbehorende servicekostenvergoeding",
             "voor zover de netbeheerder de aansluiting toestaat"]
    return V(t + ".", DK, F(["corporatie"], "firm", [Q(200, "woningen")], D(y, f"in {y}"), rec=True, cond=c))

AF["c-zonnepanelen-polderrand"] = {2023: _pv(2023), 2024: _pv(2024), 2025: _pv(2025, True)}

AF["c-hybride-polderrand"] = {
    2023: V("Polderrand Wonen onderzoekt in 2023 in een pilot in twee complexen in Oudeveer of hybride warmtepompen "
            "in combinatie met aanvullende isolatie leiden tot een lager energieverbruik en tevreden huurders.", DK,
            F(["corporatie"], "explore", [Q(2, "complexen")], D(2023, "in 2023"))),
    2024: V("Polderrand Wonen plaatst in 2024 in alle grondgebonden woningen in Oudeveer hybride warmtepompen, in "
            "combinatie met aanvullende isolatie.", DK,
            F(["corporatie"], "firm", [], D(2024, "in 2024"))),
    2025: V("Polderrand Wonen plaatst in 2025 in de grondgebonden woningen van drie complexen in Oudeveer hybride "
            "warmtepompen, in combinatie met aanvullende isolatie.", DK,
            F(["corporatie"], "firm", [Q(3, "complexen")], D(2025, "in 2025"))),
}

AF["c-klimaatadaptatie"] = {
    2023: V("Partijen gaan in 2023 met elkaar in gesprek over een gezamenlijke aanpak van hittestress en "
            "wateroverlast in de Molenwijk.", DK,
            F(["partijen"], "discuss", [], D(2023, "in 2023"))),
    2024: V("Partijen stellen in 2024 een gezamenlijk plan van aanpak op voor hittestress en wateroverlast in de "
            "Molenwijk, waarin de gemeente de openbare ruimte en de corporaties hun complexen betrekken.", DK,
            F(["partijen"], "firm", [], D(2024, "in 2024"))),
    2025: V("Partijen voeren in 2025 het gezamenlijke plan van aanpak voor hittestress en wateroverlast uit in de "
            "Molenwijk en in De Gors, waarbij de gemeente de openbare ruimte en de corporaties hun complexen "
            "betrekken.", DK,
            F(["partijen"], "firm", [], D(2025, "in 2025"))),
}

AF["c-voorlichting-energie"] = {
    2023: V("De huurdersorganisaties organiseren in 2023 ten minste twee voorlichtingsbijeenkomsten over "
            "energiebesparing voor hun achterban, waarvoor de corporaties de zaalhuur en de communicatie "
            "verzorgen.", DK,
            F(["huurdersorganisatie", "corporatie"], "firm", [Q(2, "bijeenkomsten", "min")], D(2023, "in 2023"),
              rec=True)),
}

AF["c-energiefonds"] = {
    2025: V("Woongoed en Polderrand Wonen dragen in 2025 ieder € 15.000 bij aan het Energiefonds Korenwolde, waaruit "
            "huishoudens in energiearmoede een bijdrage kunnen ontvangen voor energiebesparende maatregelen; de "
            "gemeente voert het fonds uit.", DK,
            F(["corporatie", "gemeente"], "firm", [Q(15000, "euro")], D(2025, "in 2025"))),
}

# --- kwaliteit / wonen en zorg ------------------------------------------------------------------
AF["d-uitstroom-bw"] = {
    2023: V("Partijen maken afspraken over de huisvesting van woningzoekenden die uitstromen uit beschermd wonen en "
            "maatschappelijke opvang en over een evenwichtige spreiding van deze huishoudens over de kernen en "
            "wijken.", BB, F(["partijen"], "discuss", []), themes=[BB, LB]),
    2024: V("Partijen werken volgens de gemaakte afspraken over de huisvesting van woningzoekenden die uitstromen "
            "uit beschermd wonen en maatschappelijke opvang en over een evenwichtige spreiding van deze huishoudens "
            "over de kernen en wijken.", BB, F(["partijen"], "firm", []), themes=[BB, LB]),
    2025: SAME,
}

AF["d-wmo-aanpassingen"] = {
    2023: V("De gemeente handelt aanvragen voor woningaanpassingen in huurwoningen op grond van de Wmo binnen 8 "
            "weken na de melding af en stemt de uitvoering af met de betrokken corporatie.", KW,
            F(["gemeente"], "firm", [Q(8, "weken", "max")])),
    2024: V("De gemeente handelt aanvragen voor woningaanpassingen in huurwoningen op grond van de Wmo binnen 6 "
            "weken na de melding af en stemt de uitvoering af met de betrokken corporatie.", KW,
            F(["gemeente"], "firm", [Q(6, "weken", "max")])),
    2025: V("De gemeente handelt aanvragen voor woningaanpassingen in huurwoningen op grond van de Wmo binnen 6 "
            "weken na de melding af, voor zover de aanvraag volledig is en geen bouwkundig advies nodig is, en "
            "stemt de uitvoering af met de betrokken corporatie.", KW,
            F(["gemeente"], "firm", [Q(6, "weken", "max")],
              cond=["voor zover de aanvraag volledig is en geen bouwkundig advies nodig is"])),
}

AF["d-vocht-schimmel"] = {
    2023: V("Woongoed neemt elke melding van vocht of schimmel binnen vijf werkdagen in behandeling met een "
            "inspectie aan huis en start uiterlijk vier weken na de inspectie met het herstel.", KW,
            F(["corporatie"], "firm", [Q(5, "dagen", "max"), Q(4, "weken", "max")])),
    2024: V("Bij een melding van vocht of schimmel voert Woongoed binnen vijf werkdagen een inspectie aan huis uit; "
            "met het herstel wordt uiterlijk vier weken na deze inspectie begonnen.", KW,
            F(["corporatie"], "firm", [Q(5, "dagen", "max"), Q(4, "weken", "max")])),
    2025: V("Bij een melding van vocht of schimmel voert Woongoed binnen drie werkdagen een inspectie aan huis uit; "
            "met het herstel wordt uiterlijk drie weken na deze inspectie begonnen.", KW,
            F(["corporatie"], "firm", [Q(3, "dagen", "max"), Q(3, "weken", "max")])),
}

def _ond(y, n, amount, num):
    return V(f"Polderrand Wonen voert in {y} planmatig onderhoud uit aan {n} woningen en investeert hierin naar "
             f"verwachting € {amount} miljoen.", KW,
             F(["corporatie"], "firm", [Q(n, "woningen"), Q(num, "euro", "approx")], D(y, f"in {y}"), rec=True))

AF["d-onderhoud-polderrand"] = {2023: _ond(2023, 310, "3,4", 3400000), 2024: _ond(2024, 280, "3,1", 3100000),
                                2025: _ond(2025, 280, "3,1", 3100000)}

AF["d-toegankelijkheid"] = {
    2023: V("Polderrand Wonen brengt vóór 1 juli 2023 de toegankelijkheid van zijn gehele woningvoorraad in beeld aan "
            "de hand van het regionale label voor wonen met zorg en deelt de uitkomsten met de gemeente.", KW,
            F(["corporatie"], "firm", [], D(2023, "vóór 1 juli 2023"))),
    2024: V("Polderrand Wonen brengt uiterlijk eind 2024 de toegankelijkheid van zijn gehele woningvoorraad in beeld "
            "aan de hand van het regionale label voor wonen met zorg en deelt de uitkomsten met de gemeente.", KW,
            F(["corporatie"], "firm", [], D(2024, "uiterlijk eind 2024"))),
}

AF["d-rookmelders"] = {
    2024: V("Polderrand Wonen draagt er zorg voor dat bij iedere mutatie en bij elke planmatige onderhoudsbeurt in "
            "de woning op elke verdieping een werkende rookmelder aanwezig is.", KW,
            F(["corporatie"], "firm", [])),
    2025: SAME,
}

# --- leefbaarheid -------------------------------------------------------------------------------
AF["e-huismeesters"] = {
    2023: V("Polderrand Wonen zet in alle complexen met meer dan 30 woningen een huismeester in, die ten minste één "
            "dagdeel per week in het complex aanwezig is.", LB,
            F(["corporatie"], "firm", [Q(30, "woningen", "min"), Q(1, "dagdeel per week", "min")])),
    2024: V("Polderrand Wonen zet in de complexen met meer dan 30 woningen in het Havenkwartier en De Gors een "
            "huismeester in, die ten minste één dagdeel per week in het complex aanwezig is.", LB,
            F(["corporatie"], "firm", [Q(30, "woningen", "min"), Q(1, "dagdeel per week", "min")])),
    2025: V("In het Havenkwartier en De Gors is in ieder complex van Polderrand Wonen met meer dan 30 woningen "
            "gedurende ten minste één dagdeel per week een huismeester aanwezig, die voor de bewoners het vaste "
            "aanspreekpunt in het complex is.", LB,
            F(["corporatie"], "firm", [Q(30, "woningen", "min"), Q(1, "dagdeel per week", "min")])),
}

AF["e-overlast-wijkteam"] = {
    2023: V("Partijen werken samen in het overleg Zorg en Veiligheid; bij een melding van ernstige overlast of "
            "verward gedrag neemt de betrokken corporatie binnen drie werkdagen contact op met het wijkteam.", LB,
            F(["partijen", "corporatie"], "firm", [Q(3, "dagen", "max")]), attrs=dict(MON)),
    2024: V("Partijen werken samen in het overleg Zorg en Veiligheid; bij een melding van ernstige overlast of "
            "verward gedrag neemt de betrokken corporatie binnen twee werkdagen contact op met het wijkteam.", LB,
            F(["partijen", "corporatie"], "firm", [Q(2, "dagen", "max")]), attrs=dict(MON)),
    2025: V("Partijen werken samen in het overleg Zorg en Veiligheid; bij een melding van ernstige overlast of "
            "verward gedrag zet de betrokken corporatie zich in om binnen twee werkdagen contact op te nemen met "
            "het wijkteam.", LB,
            F(["partijen", "corporatie"], "intent", [Q(2, "dagen", "max")]), attrs=dict(MON)),
}

AF["e-geen-uitzetting"] = {
    2023: V("Woongoed gaat niet over tot ontruiming van een huishouden met minderjarige kinderen wanneer uitsluitend "
            "sprake is van een huurachterstand en de huurder meewerkt aan schuldhulpverlening.", BB,
            F(["corporatie"], "firm", []), themes=[BB, LB]),
    2024: SAME,
    2025: V("Woongoed gaat in principe niet over tot ontruiming van een huishouden met minderjarige kinderen wanneer "
            "uitsluitend sprake is van een huurachterstand en de huurder meewerkt aan schuldhulpverlening.", BB,
            F(["corporatie"], "firm", [], cond=["in principe"]), themes=[BB, LB]),
}

def _lb(y, amount, num):
    return V(f"Woongoed besteedt in {y} gemiddeld € {amount} per woning aan leefbaarheid, binnen de wettelijke ruimte "
             f"daarvoor, onder meer aan bewonersinitiatieven, buurtbeheer en het schoonhouden van gemeenschappelijke "
             f"ruimten.", LB,
             F(["corporatie"], "firm", [Q(num, "euro per woning")], D(y, f"in {y}"), rec=True))

AF["e-leefbaarheidsbudget"] = {2023: _lb(2023, 65, 65), 2024: _lb(2024, 65, 65), 2025: _lb(2025, 80, 80)}

AF["e-wijkschouw"] = {
    2023: V("Polderrand Wonen voert elk jaar samen met de gemeente en de bewonerscommissies een wijkschouw uit in het "
            "Havenkwartier en De Gors en pakt de knelpunten die daaruit naar voren komen binnen drie maanden op.", LB,
            F(["corporatie", "gemeente"], "firm", [Q(3, "maanden", "max")], rec=True)),
    2024: SAME,
    2025: SAME,
}

AF["e-ontmoeting"] = {
    2024: V("De gemeente onderzoekt in 2024 samen met Welzijn Korenwolde en de corporaties of in de "
            "seniorencomplexen De Hoeve en Het Anker een ontmoetingsruimte kan worden ingericht om eenzaamheid "
            "onder oudere huurders tegen te gaan.", LB,
            F(["gemeente"], "explore", [], D(2024, "in 2024"))),
    2025: V("De gemeente onderzoekt in 2025 samen met Welzijn Korenwolde en de corporaties of in de "
            "seniorencomplexen De Hoeve en Het Anker een ontmoetingsruimte kan worden ingericht om eenzaamheid "
            "onder oudere huurders tegen te gaan.", LB,
            F(["gemeente"], "explore", [], D(2025, "in 2025"))),
}

# --- samenwerking en proces ---------------------------------------------------------------------
AF["f-monitoring"] = {
    2023: V("Partijen monitoren de voortgang van deze prestatieafspraken twee keer per jaar in het bestuurlijk "
            "overleg; de corporaties leveren de monitorgegevens uiterlijk 1 maart en 1 september aan bij de "
            "gemeente.", OV,
            F(["partijen", "corporatie"], "firm", [Q(2, "keer per jaar")], rec=True)),
    2024: SAME,
    2025: SAME,
}

AF["f-evaluatie-proces"] = {
    2023: V("Partijen evalueren in het eerste kwartaal van 2023 het proces waarin deze prestatieafspraken tot stand "
            "zijn gekomen en leggen verbeterpunten vast voor de volgende ronde.", OV,
            F(["partijen"], "firm", [], D(2023, "in het eerste kwartaal van 2023"))),
}

def _bod(y):
    return V(f"De corporaties brengen vóór 1 juli {y} een overzicht van voorgenomen werkzaamheden uit voor het jaar "
             f"{y + 1} en verder, dat zij vooraf met hun huurdersorganisatie hebben besproken.", OV,
             F(["corporatie"], "firm", [], D(y, f"vóór 1 juli {y}"), rec=True))

AF["f-bod"] = {2023: _bod(2023), 2024: _bod(2024), 2025: _bod(2025)}

AF["f-ondersteuning-huurders"] = {
    2023: V("De corporaties stellen hun huurdersorganisatie financieel in staat om onafhankelijk advies en scholing "
            "in te winnen en vergoeden de redelijke kosten die hiermee samenhangen.", OV,
            F(["corporatie"], "firm", []), attrs={"budget": "€ 25.000 per jaar"}),
    2024: SAME,
    2025: SAME,
}

AF["f-achterban"] = {
    2023: V("De huurdersorganisaties raadplegen hun achterban ten minste één keer per jaar over de onderwerpen van "
            "deze prestatieafspraken en brengen de uitkomsten in bij de voorbereiding van het bod.", OV,
            F(["huurdersorganisatie"], "firm", [Q(1, "keer per jaar", "min")], rec=True)),
    2024: SAME,
    2025: SAME,
}

AF["f-woonvisie"] = {
    2023: V("De gemeente actualiseert in 2023 de woonvisie en betrekt de corporaties en de huurdersorganisaties "
            "daarbij vanaf de startnotitie; vaststelling door de gemeenteraad is voorzien in het vierde kwartaal "
            "van 2023.", OV,
            F(["gemeente"], "firm", [], D(2023, "in het vierde kwartaal van 2023"))),
    2024: V("De gemeente rondt de actualisatie van de woonvisie af en betrekt de corporaties en de "
            "huurdersorganisaties daarbij; vaststelling door de gemeenteraad is voorzien medio 2024.", OV,
            F(["gemeente"], "firm", [], D(2024, "medio 2024"))),
}

AF["f-volkshuisvestingsprogramma"] = {
    2025: V("De gemeente stelt in 2025 een volkshuisvestingsprogramma op en betrekt de corporaties en de "
            "huurdersorganisaties bij de uitwerking van de opgaven voor sociale huur en bijzondere doelgroepen, "
            "onder voorbehoud van de inwerkingtreding van de Wet versterking regie volkshuisvesting.", OV,
            F(["gemeente"], "firm", [], D(2025, "in 2025"),
              cond=["onder voorbehoud van de inwerkingtreding van de Wet versterking regie volkshuisvesting"]),
            themes=[OV, BB]),
}


def resolve():
    """Replace SAME by a copy of the previous year's version."""
    import copy
    for key, vs in AF.items():
        for y in sorted(vs):
            if vs[y] == SAME:
                vs[y] = copy.deepcopy(vs[y - 1])

resolve()
