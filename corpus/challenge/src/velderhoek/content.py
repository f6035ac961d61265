# -*- coding: utf-8 -*-
"""Content of the velderhoek family: Prestatieovereenkomst 2024, 2025, 2026 (fictional).

Each afspraak is a K(...) entry. versions[year] = (text, frame) or SAME (identical text and frame to the
previous year) or None (absent). Sub-members are written as separate lines starting with "a. ", "b. ", ...
links["A"] is the 2024->2025 link, links["B"] the 2025->2026 link: (status, kinds, hard_negative).
"""

GEMEENTE = "Velderhoek"
KEMP = "Woonstichting De Kempkes"
BRUG = "Stichting Brugwonen"
HAV = "Haverland Wonen"
CORPS = [KEMP, BRUG, HAV]
HKV = "Huurderskoepel Velderhoek"
YEARS = [2024, 2025, 2026]
SAME = "SAME"

BE = "beschikbaarheid_betaalbaarheid"
DU = "duurzaamheid_klimaat"
KW = "kwaliteit"
LE = "leefbaarheid"
OV = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, unit, comp = t[0], t[1], t[2]
        vmax = t[3] if len(t) > 3 else None
        qs.append({"value": v, "unit": unit, "comparator": comp, "value_max": vmax})
    d = None
    if dl:
        d = {"year": dl[0], "text": dl[1]}
    return {"actors": list(actors), "modality": mod, "quantities": qs, "deadline": d,
            "recurring": rec, "conditions": list(cond)}


# ---------------------------------------------------------------- articles per year
# (art_id, title per year, party)
ARTICLES = {
    2024: [("besch", "Beschikbaarheid en nieuwbouw", None),
           ("betaal", "Betaalbaarheid en huurbeleid", None),
           ("gem", "Verplichtingen van de gemeente", "Gemeente Velderhoek"),
           ("duur", "Duurzaamheid en energietransitie", None),
           ("kwal", "Kwaliteit en onderhoud", None),
           ("leef", "Leefbaarheid en sociaal beheer", None),
           ("hkv", "Verplichtingen van de huurderskoepel", HKV),
           ("mon", "Monitoring en evaluatie", None),
           ("slot", "Geschillen en slotbepalingen", None)],
    2025: [("besch", "Beschikbaarheid en nieuwbouw", None),
           ("betaal", "Betaalbaarheid en huurbeleid", None),
           ("gem", "Verplichtingen van de gemeente", "Gemeente Velderhoek"),
           ("duur", "Duurzaamheid en energietransitie", None),
           ("kwal", "Kwaliteit en onderhoud", None),
           ("leef", "Prettig wonen in wijk en buurt", None),
           ("hkv", "Verplichtingen van de huurderskoepel", HKV),
           ("mon", "Monitoring en evaluatie", None),
           ("slot", "Geschillen en slotbepalingen", None)],
    2026: [("besch", "Voldoende en passende woningen", None),
           ("betaal", "Betaalbaarheid en huurbeleid", None),
           ("gem", "Verplichtingen van de gemeente", "Gemeente Velderhoek"),
           ("duur", "Duurzaamheid en energietransitie", None),
           ("kwal", "Kwaliteit en onderhoud", None),
           ("zorg", "Wonen en zorg", None),
           ("leef", "Prettig wonen in wijk en buurt", None),
           ("hkv", "Verplichtingen van de huurderskoepel", HKV),
           ("mon", "Monitoring en evaluatie", None),
           ("slot", "Geschillen en slotbepalingen", None)],
}

# context paragraph printed under an article title before its members (not afspraken)
ART_INTRO = {
    "besch": "De Woonvisie Velderhoek 2022-2030 gaat uit van een groei van de sociale huurvoorraad met gemiddeld "
             "circa 130 woningen per jaar. In de regionale woondeal is voor de gemeente een opgave van 1.450 "
             "woningen tot en met 2030 opgenomen, waarvan ongeveer een derde in de sociale huur.",
    "duur": "De corporaties volgen de doelstellingen uit de Nationale Prestatieafspraken en de Transitievisie "
            "Warmte Velderhoek. De routekaarten van de corporaties, die jaarlijks worden geactualiseerd, vormen "
            "daarbij het vertrekpunt.",
    "leef": "Uit de Leefbaarometer en de wijkscans van de gemeente blijkt dat de leefbaarheid in de wijken "
            "Zuiderveld en De Horst onder druk staat, terwijl de overige wijken gemiddeld tot goed scoren.",
    "zorg": "Het aantal inwoners van 75 jaar en ouder neemt volgens de provinciale prognose tot 2035 met ruim "
            "40% toe. Het merendeel van hen blijft zelfstandig wonen, zo nodig met zorg aan huis.",
}


class K:
    def __init__(self, key, art, themes, versions, links):
        self.key = key
        self.art = art if isinstance(art, dict) else {y: art for y in YEARS}
        self.themes = themes
        v = {}
        prev = None
        for y in YEARS:
            x = versions.get(y)
            if x == SAME:
                x = prev
            v[y] = x
            prev = x
        self.v = v
        self.links = links


A = []

# ====================================================================== Artikel: beschikbaarheid
A.append(K("nieuwbouw-sociaal", "besch", [BE], {
    2024: ("De corporaties realiseren in 2024 gezamenlijk ten minste 140 nieuwe sociale huurwoningen in de gemeente, "
           "verdeeld als volgt:\na. Woonstichting De Kempkes: 60 woningen;\nb. Stichting Brugwonen: 50 woningen;\n"
           "c. Haverland Wonen: 30 woningen.",
           F(["corporatie"], "firm", [(140, "woningen", "min")], (2024, "in 2024"), rec=True)),
    2025: ("De corporaties realiseren in 2025 gezamenlijk ten minste 120 nieuwe sociale huurwoningen in de gemeente, "
           "verdeeld als volgt:\na. Woonstichting De Kempkes: 50 woningen;\nb. Stichting Brugwonen: 45 woningen;\n"
           "c. Haverland Wonen: 25 woningen.",
           F(["corporatie"], "firm", [(120, "woningen", "min")], (2025, "in 2025"), rec=True)),
    2026: ("De corporaties realiseren in 2026 gezamenlijk ten minste 155 nieuwe sociale huurwoningen in de gemeente, "
           "verdeeld als volgt:\na. Woonstichting De Kempkes: 65 woningen;\nb. Stichting Brugwonen: 55 woningen;\n"
           "c. Haverland Wonen: 35 woningen.",
           F(["corporatie"], "firm", [(155, "woningen", "min")], (2026, "in 2026"), rec=True)),
}, {"A": ("weakened", ["quantity"], None), "B": ("strengthened", ["quantity"], None)}))

A.append(K("statushouders", "besch", [BE], {
    2024: ("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar om de gemeente in staat "
           "te stellen de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te "
           "realiseren; voor 2024 bedraagt deze taakstelling 76 personen.",
           F(["corporatie"], "firm", [(76, "personen", "exact")], (2024, "voor 2024"), rec=True)),
    2025: ("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar om de gemeente in staat "
           "te stellen de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te "
           "realiseren; voor 2025 bedraagt deze taakstelling 88 personen.",
           F(["corporatie"], "firm", [(88, "personen", "exact")], (2025, "voor 2025"), rec=True)),
    2026: ("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar om de gemeente in staat "
           "te stellen de door het Rijk vastgestelde taakstelling voor de huisvesting van vergunninghouders te "
           "realiseren; voor 2026 bedraagt deze taakstelling 81 personen.",
           F(["corporatie"], "firm", [(81, "personen", "exact")], (2026, "voor 2026"), rec=True)),
}, {"A": ("reworded", [], "external_figure"), "B": ("reworded", [], "external_figure")}))

A.append(K("verkoop", "besch", [BE], {
    2024: ("Woonstichting De Kempkes verkoopt in 2024 ten hoogste 25 woningen uit haar bestaande voorraad, bij voorkeur "
           "aan zittende huurders en starters. Stichting Brugwonen en Haverland Wonen verkopen geen sociale "
           "huurwoningen.",
           F(["corporatie"], "firm", [(25, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: ("Woonstichting De Kempkes verkoopt in 2025 ten hoogste 15 woningen uit haar bestaande voorraad, bij voorkeur "
           "aan zittende huurders en starters. Stichting Brugwonen en Haverland Wonen verkopen geen sociale "
           "huurwoningen.",
           F(["corporatie"], "firm", [(15, "woningen", "max")], (2025, "in 2025"), rec=True)),
    2026: ("Woonstichting De Kempkes verkoopt in 2026 ten hoogste 15 woningen uit haar bestaande voorraad, bij voorkeur "
           "aan zittende huurders en starters. Stichting Brugwonen en Haverland Wonen verkopen geen sociale "
           "huurwoningen.",
           F(["corporatie"], "firm", [(15, "woningen", "max")], (2026, "in 2026"), rec=True)),
}, {"A": ("strengthened", ["quantity"], None), "B": ("reworded", [], "recurring_year")}))

A.append(K("liberalisatie", "besch", [BE], {
    2024: ("Bij mutatie worden door de corporaties in 2024 ten hoogste 10 sociale huurwoningen geliberaliseerd en "
           "tegen een middenhuur aangeboden.",
           F(["corporatie"], "firm", [(10, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: ("Bij mutatie worden door de corporaties geen sociale huurwoningen geliberaliseerd.",
           F(["corporatie"], "firm", [(0, "woningen", "exact")])),
    2026: SAME,
}, {"A": ("strengthened", ["quantity"], None), "B": ("unchanged", [], None)}))

A.append(K("middenhuur", "besch", [BE], {
    2024: ("Haverland Wonen onderzoekt of in het project Stationskwartier 40 middenhuurwoningen met een huur tot de "
           "bovengrens van het middensegment kunnen worden gerealiseerd.",
           F(["corporatie"], "explore", [(40, "woningen", "exact")])),
    2025: ("Haverland Wonen realiseert in het project Stationskwartier 40 middenhuurwoningen met een huur tot de "
           "bovengrens van het middensegment, onder voorbehoud van een positief investeringsbesluit van haar Raad van "
           "Commissarissen.",
           F(["corporatie"], "firm", [(40, "woningen", "exact")],
             cond=["onder voorbehoud van een positief investeringsbesluit van haar Raad van Commissarissen"])),
    2026: ("Haverland Wonen realiseert in het project Stationskwartier 40 middenhuurwoningen met een huur tot de "
           "bovengrens van het middensegment. De start van de bouw is voorzien in het derde kwartaal van 2026.",
           F(["corporatie"], "firm", [(40, "woningen", "exact")], (2026, "in het derde kwartaal van 2026"))),
}, {"A": ("modified", ["modality", "condition"], None), "B": ("strengthened", ["condition"], None)}))

A.append(K("jongeren", "besch", [BE], {
    2024: ("De corporaties wijzen ten minste 20% van de vrijkomende sociale huurwoningen toe aan jongeren tot 28 jaar, "
           "met inachtneming van de regels voor passend toewijzen.",
           F(["corporatie"], "firm", [(20, "%", "min")], rec=True)),
    2025: SAME,
    2026: ("De corporaties wijzen ten minste 25% van de vrijkomende sociale huurwoningen toe aan jongeren tot 28 jaar, "
           "met inachtneming van de regels voor passend toewijzen.",
           F(["corporatie"], "firm", [(25, "%", "min")], rec=True)),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["quantity"], None)}))

A.append(K("doorstroming", "besch", [BE], {
    2024: ("De corporaties zetten zich in voor de doorstroming van senioren uit grote eengezinswoningen naar een "
           "passende woning, onder meer door de inzet van een verhuiscoach en een verhuisvergoeding van € 2.500 per "
           "huishouden.",
           F(["corporatie"], "intent", [(2500, "euro", "exact")], rec=True)),
    2025: ("De corporaties zetten zich in voor de doorstroming van senioren uit grote eengezinswoningen naar een "
           "passende woning, onder meer door de inzet van een verhuiscoach en een verhuisvergoeding van € 2.500 per "
           "huishouden, indien daarvoor middelen uit de regionale woondeal beschikbaar komen.",
           F(["corporatie"], "intent", [(2500, "euro", "exact")], rec=True,
             cond=["indien daarvoor middelen uit de regionale woondeal beschikbaar komen"])),
    2026: SAME,
}, {"A": ("weakened", ["condition"], None), "B": ("unchanged", [], None)}))

A.append(K("wachttijd", "besch", [BE], {
    2024: ("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden op het moment van toewijzing in "
           "2024 terug te brengen tot ten hoogste zes jaar.",
           F(["partijen"], "intent", [(6, "jaar", "max")], (2024, "in 2024"), rec=True)),
    2025: ("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden op het moment van toewijzing in "
           "2025 terug te brengen tot ten hoogste vijf jaar.",
           F(["partijen"], "intent", [(5, "jaar", "max")], (2025, "in 2025"), rec=True)),
    2026: None,
}, {"A": ("strengthened", ["quantity"], None), "B": ("dropped", [], None)}))

A.append(K("slaagkans", "besch", [BE], {
    2026: ("Partijen volgen per kwartaal de slaagkansen van starters, senioren en urgent woningzoekenden en bespreken "
           "in het bestuurlijk overleg welke aanvullende maatregelen nodig zijn wanneer de slaagkans van een groep "
           "achterblijft.",
           F(["partijen"], "discuss", [], rec=True)),
}, {"B": ("new", [], None)}))

# ====================================================================== Artikel: betaalbaarheid
A.append(K("huurverhoging", "betaal", [BE], {
    2024: ("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2024 voor hun sociale huurwoningen tot een "
           "gemiddelde verhoging van maximaal gelijk aan de inflatie.",
           F(["corporatie"], "firm", [], (2024, "per 1 juli 2024"), rec=True)),
    2025: ("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2025 voor hun sociale huurwoningen tot een "
           "gemiddelde verhoging van ten minste 0,5% onder de inflatie.",
           F(["corporatie"], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), rec=True)),
    2026: ("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2026 voor hun sociale huurwoningen tot een "
           "gemiddelde verhoging van ten minste 0,5% onder de inflatie.",
           F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True)),
}, {"A": ("strengthened", ["quantity"], None), "B": ("reworded", [], "recurring_year")}))

A.append(K("passend-toewijzen", "betaal", [BE], {
    2024: ("De corporaties wijzen ten minste 95% van de huishoudens met een inkomen tot de inkomensgrens voor "
           "huurtoeslag een woning toe met een huur tot de hoge aftoppingsgrens van € 697,07 (prijspeil 2024).",
           F(["corporatie"], "firm", [(95, "%", "min"), (697.07, "euro", "max")], rec=True)),
    2025: ("De corporaties wijzen ten minste 95% van de huishoudens met een inkomen tot de inkomensgrens voor "
           "huurtoeslag een woning toe met een huur tot de hoge aftoppingsgrens van € 728,35 (prijspeil 2025).",
           F(["corporatie"], "firm", [(95, "%", "min"), (728.35, "euro", "max")], rec=True)),
    2026: ("De corporaties wijzen ten minste 95% van de huishoudens met een inkomen tot de inkomensgrens voor "
           "huurtoeslag een woning toe met een huur tot de hoge aftoppingsgrens van € 749,47 (prijspeil 2026).",
           F(["corporatie"], "firm", [(95, "%", "min"), (749.47, "euro", "max")], rec=True)),
}, {"A": ("reworded", [], "indexed_amount"), "B": ("reworded", [], "indexed_amount")}))

A.append(K("achterstand-contact", "betaal", [BE], {
    2024: ("Ter voorkoming van huisuitzettingen:\na. nemen de corporaties bij een huurachterstand van twee maanden "
           "persoonlijk contact op met de huurder, telefonisch of door middel van een huisbezoek;\nb. melden de "
           "corporaties betalingsachterstanden met toestemming van de huurder bij het team Vroegsignalering van de "
           "gemeente.",
           F(["corporatie"], "firm", [(2, "maanden", "exact")], rec=True)),
    2025: ("Ter voorkoming van huisuitzettingen:\na. nemen de corporaties bij een huurachterstand van één maand "
           "persoonlijk contact op met de huurder, telefonisch of door middel van een huisbezoek;\nb. melden de "
           "corporaties betalingsachterstanden met toestemming van de huurder bij het team Vroegsignalering van de "
           "gemeente.",
           F(["corporatie"], "firm", [(1, "maanden", "exact")], rec=True)),
    2026: SAME,
}, {"A": ("strengthened", ["quantity"], None), "B": ("unchanged", [], None)}))

A.append(K("woonlastenonderzoek", "betaal", [BE], {
    2024: ("Partijen laten in 2024 gezamenlijk een onderzoek uitvoeren naar de ontwikkeling van de totale woonlasten "
           "van huurders in Velderhoek; de kosten worden gelijkelijk verdeeld tussen de gemeente en de corporaties.",
           F(["partijen"], "firm", [], (2024, "in 2024"))),
}, {"A": ("dropped", [], None)}))

A.append(K("woonlastenmonitor", "betaal", [BE], {
    2025: ("Partijen bespreken jaarlijks in het bestuurlijk overleg de uitkomsten van de woonlastenmonitor en agenderen "
           "zo nodig aanvullende maatregelen voor huishoudens met een hoge woonquote.",
           F(["partijen"], "discuss", [], rec=True)),
    2026: SAME,
}, {"A": ("new", [], None), "B": ("unchanged", [], None)}))

# ====================================================================== Artikel: gemeente
A.append(K("grond-locaties", "gem", [BE], {
    2024: ("De gemeente stelt vóór eind 2024 ten minste drie locaties voor de bouw van sociale huurwoningen beschikbaar "
           "tegen de grondprijzen uit de Nota Grondbeleid 2021.",
           F(["gemeente"], "firm", [(3, "locaties", "min")], (2024, "vóór eind 2024"))),
    2025: ("De gemeente stelt vóór medio 2025 ten minste twee locaties voor de bouw van sociale huurwoningen "
           "beschikbaar tegen de grondprijzen uit de Nota Grondbeleid 2021.",
           F(["gemeente"], "firm", [(2, "locaties", "min")], (2025, "vóór medio 2025"))),
    2026: None,
}, {"A": ("weakened", ["quantity", "deadline"], None), "B": ("dropped", [], None)}))

A.append(K("sociaal-aandeel", "gem", [BE], {
    2024: ("De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel sociale huur van "
           "ten minste 30% en legt dit vast in de anterieure overeenkomst met de ontwikkelende partij.",
           F(["gemeente"], "firm", [(30, "%", "min")])),
    2025: SAME,
    2026: ("De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel sociale huur van "
           "ten minste 35% en legt dit vast in de anterieure overeenkomst met de ontwikkelende partij.",
           F(["gemeente"], "firm", [(35, "%", "min")])),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["quantity"], None)}))

A.append(K("vergunningen", "gem", [BE], {
    2024: ("De gemeente zet zich ervoor in aanvragen om een omgevingsvergunning voor projecten met sociale "
           "huurwoningen binnen acht weken af te handelen.",
           F(["gemeente"], "intent", [(8, "weken", "max")])),
    2025: ("De gemeente handelt aanvragen om een omgevingsvergunning voor projecten met sociale huurwoningen binnen "
           "acht weken af.",
           F(["gemeente"], "firm", [(8, "weken", "max")])),
    2026: ("De gemeente handelt aanvragen om een omgevingsvergunning voor projecten met sociale huurwoningen binnen "
           "zes weken af.",
           F(["gemeente"], "firm", [(6, "weken", "max")])),
}, {"A": ("strengthened", ["modality"], None), "B": ("strengthened", ["quantity"], None)}))

A.append(K("subsidie-hkv", "gem", [OV], {
    2024: ("De gemeente stelt per 1 januari 2024 een subsidie van € 12.500 beschikbaar aan de huurderskoepel ten "
           "behoeve van scholing, advisering en de ondersteuning van haar vrijwilligers.",
           F(["gemeente"], "firm", [(12500, "euro", "exact")], (2024, "per 1 januari 2024"), rec=True)),
    2025: ("De gemeente stelt per 1 januari 2025 een subsidie van € 12.500 beschikbaar aan de huurderskoepel ten "
           "behoeve van scholing, advisering en de ondersteuning van haar vrijwilligers.",
           F(["gemeente"], "firm", [(12500, "euro", "exact")], (2025, "per 1 januari 2025"), rec=True)),
    2026: ("De gemeente stelt per 1 januari 2026 een subsidie van € 10.000 beschikbaar aan de huurderskoepel ten "
           "behoeve van scholing, advisering en de ondersteuning van haar vrijwilligers.",
           F(["gemeente"], "firm", [(10000, "euro", "exact")], (2026, "per 1 januari 2026"), rec=True)),
}, {"A": ("reworded", [], "recurring_year"), "B": ("weakened", ["quantity"], None)}))

# wijkuitvoeringsplan: in Duurzaamheid in 2024, moved to gemeente article from 2025
WUP = K("wijkuitvoeringsplan", {2024: "duur", 2025: "gem", 2026: "gem"}, [DU], {
    2024: ("De gemeente stelt in het derde kwartaal van 2024 het wijkuitvoeringsplan voor de aardgasvrije wijk De Horst "
           "vast, na overleg met de corporaties en de huurderskoepel.",
           F(["gemeente"], "firm", [], (2024, "in het derde kwartaal van 2024"))),
    2025: ("De gemeente stelt in het eerste kwartaal van 2025 het wijkuitvoeringsplan voor de aardgasvrije wijk De Horst "
           "vast, na overleg met de corporaties en de huurderskoepel.",
           F(["gemeente"], "firm", [], (2025, "in het eerste kwartaal van 2025"))),
    2026: ("De gemeente stelt uiterlijk eind 2026 het wijkuitvoeringsplan voor de aardgasvrije wijk De Horst vast, na "
           "overleg met de corporaties en de huurderskoepel.",
           F(["gemeente"], "firm", [], (2026, "uiterlijk eind 2026"))),
}, {"A": ("weakened", ["deadline"], None), "B": ("weakened", ["deadline"], None)})
A.append(WUP)

# ====================================================================== Artikel: duurzaamheid
A.append(K("verduurzaming", "duur", [DU], {
    2024: ("De corporaties zullen in 2024 gezamenlijk 320 woningen verduurzamen, waarbij ten minste de "
           "standaard voor isolatie uit de Nationale Prestatieafspraken wordt gehaald.",
           F(["corporatie"], "firm", [(320, "woningen", "exact")], (2024, "in 2024"), rec=True)),
    2025: ("De corporaties zullen in 2025 gezamenlijk 360 woningen verduurzamen, waarbij ten minste de "
           "standaard voor isolatie uit de Nationale Prestatieafspraken wordt gehaald.",
           F(["corporatie"], "firm", [(360, "woningen", "exact")], (2025, "in 2025"), rec=True)),
    2026: ("De corporaties streven ernaar in 2026 gezamenlijk 280 woningen te verduurzamen, waarbij ten minste de "
           "standaard voor isolatie uit de Nationale Prestatieafspraken wordt gehaald.",
           F(["corporatie"], "intent", [(280, "woningen", "exact")], (2026, "in 2026"), rec=True)),
}, {"A": ("strengthened", ["quantity"], None), "B": ("weakened", ["quantity", "modality"], None)}))

A.append(K("label-efg", "duur", [DU], {
    2024: ("De corporaties dragen er zorg voor dat zij uiterlijk eind 2028 geen woningen met energielabel E, F of G "
           "meer in bezit hebben.",
           F(["corporatie"], "firm", [(0, "woningen", "exact")], (2028, "uiterlijk eind 2028"))),
    2025: ("De corporaties dragen er zorg voor dat zij uiterlijk eind 2027 geen woningen met energielabel E, F of G "
           "meer in bezit hebben.",
           F(["corporatie"], "firm", [(0, "woningen", "exact")], (2027, "uiterlijk eind 2027"))),
    2026: SAME,
}, {"A": ("strengthened", ["deadline"], None), "B": ("unchanged", [], None)}))

A.append(K("efg-resterend", "duur", [DU], {
    2024: ("Woonstichting De Kempkes verbetert in 2024 de resterende 85 woningen met energielabel E, F of G in de "
           "wijk Oude Dries naar ten minste energielabel B.",
           F(["corporatie"], "firm", [(85, "woningen", "exact"), ("B", "label", "min")], (2024, "in 2024"))),
    2025: ("Woonstichting De Kempkes verbetert in 2025 de resterende 40 woningen met energielabel E, F of G in de "
           "wijk Oude Dries naar ten minste energielabel B.",
           F(["corporatie"], "firm", [(40, "woningen", "exact"), ("B", "label", "min")], (2025, "in 2025"))),
    2026: None,
}, {"A": ("reworded", [], "progress"), "B": ("dropped", [], None)}))

A.append(K("gemiddeld-label", "duur", [DU], {
    2024: ("De corporaties streven naar een gemiddeld energielabel B voor hun totale woningbezit in Velderhoek in "
           "2030.",
           F(["corporatie"], "intent", [("B", "label", "min")], (2030, "in 2030"))),
    2025: ("De corporaties streven naar een gemiddeld energielabel C voor hun totale woningbezit in Velderhoek in "
           "2030.",
           F(["corporatie"], "intent", [("C", "label", "min")], (2030, "in 2030"))),
    2026: ("De corporaties streven naar een gemiddeld energielabel A voor hun totale woningbezit in Velderhoek in "
           "2030.",
           F(["corporatie"], "intent", [("A", "label", "min")], (2030, "in 2030"))),
}, {"A": ("weakened", ["label"], None), "B": ("strengthened", ["label"], None)}))

A.append(K("zonnepanelen", "duur", [DU, BE], {
    2024: ("De corporaties bieden in 2024 alle huurders van een eengezinswoning met een daarvoor geschikt dak "
           "zonnepanelen aan, tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing op de "
           "energierekening.",
           F(["corporatie"], "firm", [], (2024, "in 2024"), rec=True)),
    2025: ("De corporaties bieden in 2025 de huurders van eengezinswoningen in de complexen Beekhof en Meidoornlaan "
           "zonnepanelen aan, tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing op de "
           "energierekening.",
           F(["corporatie"], "firm", [], (2025, "in 2025"), rec=True)),
    2026: ("De corporaties bieden in 2026 alle huurders van een eengezinswoning met een daarvoor geschikt dak "
           "zonnepanelen aan, tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing op de "
           "energierekening.",
           F(["corporatie"], "firm", [], (2026, "in 2026"), rec=True)),
}, {"A": ("weakened", ["scope"], None), "B": ("strengthened", ["scope"], None)}))

A.append(K("warmtepompen", "duur", [DU], {
    2024: ("Haverland Wonen verkent in een pilot in 50 woningen in de wijk Zuiderveld de toepassing van hybride "
           "warmtepompen en deelt de resultaten met de andere partijen.",
           F(["corporatie"], "explore", [(50, "woningen", "exact")])),
    2025: SAME,
    2026: ("In 2026 worden door Haverland Wonen in 50 woningen in de wijk Zuiderveld hybride warmtepompen geplaatst; "
           "de resultaten worden gedeeld met de andere partijen.",
           F(["corporatie"], "firm", [(50, "woningen", "exact")], (2026, "in 2026"))),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["modality"], None)}))

A.append(K("klimaatadaptatie", "duur", [DU], {
    2024: ("Partijen maken afspraken over de aanpak van hittestress en wateroverlast in de wijken Zuiderveld en De "
           "Horst, waaronder het vergroenen van binnenterreinen en het afkoppelen van hemelwater.",
           F(["partijen"], "discuss", [])),
    2025: ("Partijen werken volgens de gemaakte afspraken over de aanpak van hittestress en wateroverlast in de "
           "wijken Zuiderveld en De Horst, waaronder het vergroenen van binnenterreinen en het afkoppelen van "
           "hemelwater.",
           F(["partijen"], "firm", [])),
    2026: ("Partijen werken volgens de gemaakte afspraken over de aanpak van hittestress en wateroverlast in alle "
           "wijken van Velderhoek, waaronder het vergroenen van binnenterreinen en het afkoppelen van hemelwater.",
           F(["partijen"], "firm", [])),
}, {"A": ("strengthened", ["modality"], None), "B": ("strengthened", ["scope"], None)}))

A.append(K("warmtenet", "duur", [DU], {
    2024: ("De corporaties zeggen toe de 220 woningen in Zuiderveld op het warmtenet aan te sluiten zodra dit "
           "beschikbaar is, mits de woonlasten voor de zittende huurders daardoor niet stijgen.",
           F(["corporatie"], "firm", [(220, "woningen", "exact")],
             cond=["mits de woonlasten voor de zittende huurders daardoor niet stijgen"])),
    2025: ("De corporaties zetten zich in om de 220 woningen in Zuiderveld op het warmtenet aan te sluiten zodra dit "
           "beschikbaar is, mits de woonlasten voor de zittende huurders daardoor niet stijgen.",
           F(["corporatie"], "intent", [(220, "woningen", "exact")],
             cond=["mits de woonlasten voor de zittende huurders daardoor niet stijgen"])),
    2026: SAME,
}, {"A": ("weakened", ["modality"], None), "B": ("unchanged", [], None)}))

A.append(K("aardgasvrij", "duur", [DU], {
    2026: ("Partijen verkennen in 2026 of de wijk Velderhoek-Noord vóór 2032 aardgasvrij kan worden gemaakt en welke "
           "bijdrage elk van de corporaties daaraan kan leveren.",
           F(["partijen"], "explore", [], (2026, "in 2026"))),
}, {"B": ("new", [], None)}))

# ====================================================================== Artikel: kwaliteit (+ zorg in 2026)
A.append(K("vocht-schimmel", "kwal", [KW], {
    2024: ("De corporaties nemen meldingen van vocht en schimmel binnen tien werkdagen in behandeling en stellen "
           "daarbij vast welke maatregelen nodig zijn.",
           F(["corporatie"], "firm", [(10, "werkdagen", "max")], rec=True)),
    2025: ("De corporaties nemen meldingen van vocht en schimmel binnen vijftien werkdagen in behandeling en stellen "
           "daarbij vast welke maatregelen nodig zijn.",
           F(["corporatie"], "firm", [(15, "werkdagen", "max")], rec=True)),
    2026: ("De corporaties nemen meldingen van vocht en schimmel binnen vijf werkdagen in behandeling en stellen "
           "daarbij vast welke maatregelen nodig zijn.",
           F(["corporatie"], "firm", [(5, "werkdagen", "max")], rec=True)),
}, {"A": ("weakened", ["quantity"], None), "B": ("strengthened", ["quantity"], None)}))

A.append(K("huurdersoordeel", "kwal", [KW], {
    2024: ("De corporaties streven naar een gemiddeld oordeel van huurders over de afhandeling van reparatieverzoeken "
           "van ten minste een 7,5.",
           F(["corporatie"], "intent", [(7.5, "cijfer", "min")], rec=True)),
    2025: ("De corporaties streven naar een gemiddeld oordeel van huurders over de afhandeling van reparatieverzoeken "
           "van ten minste een 7,0.",
           F(["corporatie"], "intent", [(7.0, "cijfer", "min")], rec=True)),
    2026: SAME,
}, {"A": ("weakened", ["quantity"], None), "B": ("unchanged", [], None)}))

A.append(K("brandveiligheid", "kwal", [KW], {
    2024: ("Stichting Brugwonen voert in 2024 in al haar portiekflats een inspectie op brandveiligheid uit en "
           "herstelt de geconstateerde gebreken binnen zes maanden.",
           F(["corporatie"], "firm", [(6, "maanden", "max")], (2024, "in 2024"))),
}, {"A": ("dropped", [], None)}))

A.append(K("rookmelders", "kwal", [KW], {
    2025: ("De corporaties plaatsen uiterlijk eind 2025 rookmelders in alle woningen die daar nog niet over "
           "beschikken.",
           F(["corporatie"], "firm", [], (2025, "uiterlijk eind 2025"))),
    2026: ("De corporaties plaatsen uiterlijk medio 2026 rookmelders in alle woningen die daar nog niet over "
           "beschikken.",
           F(["corporatie"], "firm", [], (2026, "uiterlijk medio 2026"))),
}, {"A": ("new", [], None), "B": ("weakened", ["deadline"], None)}))

A.append(K("woningaanpassingen", {2024: "kwal", 2025: "kwal", 2026: "zorg"}, [KW], {
    2024: ("De gemeente en de corporaties spreken af dat kleine woningaanpassingen tot een bedrag van € 1.000 per "
           "woning door de corporaties worden uitgevoerd zonder tussenkomst van de Wmo-procedure.",
           F(["gemeente", "corporatie"], "firm", [(1000, "euro", "max")])),
    2025: SAME,
    2026: ("De gemeente en de corporaties spreken af dat kleine woningaanpassingen tot een bedrag van € 1.500 per "
           "woning door de corporaties worden uitgevoerd zonder tussenkomst van de Wmo-procedure.",
           F(["gemeente", "corporatie"], "firm", [(1500, "euro", "max")])),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["quantity"], None)}))

A.append(K("levensloop", {2024: "kwal", 2025: "kwal", 2026: "zorg"}, [KW], {
    2024: ("De corporaties maken in de periode 2024 tot en met 2026 ten minste 120 bestaande woningen "
           "levensloopbestendig, met voorrang voor complexen in de nabijheid van voorzieningen.",
           F(["corporatie"], "firm", [(120, "woningen", "min")], (2026, "tot en met 2026"))),
    2025: ("De corporaties maken in de periode 2024 tot en met 2027 ten minste 120 bestaande woningen "
           "levensloopbestendig, met voorrang voor complexen in de nabijheid van voorzieningen.",
           F(["corporatie"], "firm", [(120, "woningen", "min")], (2027, "tot en met 2027"))),
    2026: SAME,
}, {"A": ("weakened", ["deadline"], None), "B": ("unchanged", [], None)}))

A.append(K("wonen-zorg", {2024: "kwal", 2025: "kwal", 2026: "zorg"}, [KW, BE], {
    2024: ("Partijen gaan in gesprek met zorgaanbieders in de regio over de mogelijkheden voor een geclusterde "
           "woonvorm voor ouderen met een lichte zorgvraag in Velderhoek-Noord.",
           F(["partijen"], "discuss", [])),
    2025: ("Woonstichting De Kempkes realiseert, in samenwerking met zorgaanbieder Zorggroep Aa en Dommel, in "
           "Velderhoek-Noord een geclusterde woonvorm met ten minste 30 woningen voor ouderen met een lichte "
           "zorgvraag, inclusief een gemeenschappelijke ruimte.",
           F(["corporatie"], "firm", [(30, "woningen", "min")])),
    2026: ("Woonstichting De Kempkes realiseert, in samenwerking met zorgaanbieder Zorggroep Aa en Dommel, in "
           "Velderhoek-Noord een geclusterde woonvorm met ten minste 24 woningen voor ouderen met een lichte "
           "zorgvraag, inclusief een gemeenschappelijke ruimte.",
           F(["corporatie"], "firm", [(24, "woningen", "min")])),
}, {"A": ("strengthened", ["modality"], None), "B": ("weakened", ["quantity"], None)}))

# ====================================================================== Artikel: leefbaarheid
A.append(K("leefbaarheidsbudget", "leef", [LE], {
    2024: ("De corporaties besteden in 2024 gemiddeld € 95 per verhuureenheid aan leefbaarheid, binnen de daarvoor "
           "geldende wettelijke kaders.",
           F(["corporatie"], "firm", [(95, "euro", "approx")], (2024, "in 2024"), rec=True)),
    2025: ("De corporaties besteden in 2025 gemiddeld € 110 per verhuureenheid aan leefbaarheid, binnen de daarvoor "
           "geldende wettelijke kaders.",
           F(["corporatie"], "firm", [(110, "euro", "approx")], (2025, "in 2025"), rec=True)),
    2026: ("De corporaties besteden in 2026 gemiddeld € 110 per verhuureenheid aan leefbaarheid, binnen de daarvoor "
           "geldende wettelijke kaders.",
           F(["corporatie"], "firm", [(110, "euro", "approx")], (2026, "in 2026"), rec=True)),
}, {"A": ("strengthened", ["quantity"], None), "B": ("reworded", [], "recurring_year")}))

A.append(K("wijkbeheerders", "leef", [LE], {
    2024: ("De corporaties zetten in iedere wijk met meer dan 300 corporatiewoningen een wijkbeheerder in, die ten "
           "minste twee dagen per week in de wijk aanwezig en aanspreekbaar is.",
           F(["corporatie"], "firm", [(2, "dagen per week", "min")], rec=True)),
    2025: SAME,
    2026: ("De corporaties zetten in de wijken Zuiderveld en De Horst een wijkbeheerder in, die ten minste twee dagen "
           "per week in de wijk aanwezig en aanspreekbaar is.",
           F(["corporatie"], "firm", [(2, "dagen per week", "min")], rec=True)),
}, {"A": ("unchanged", [], None), "B": ("weakened", ["scope"], None)}))

A.append(K("buurtbemiddeling", "leef", [LE], {
    2024: ("De gemeente financiert buurtbemiddeling in alle wijken; de corporaties verwijzen huurders bij burenruzies "
           "en lichte overlast actief naar buurtbemiddeling door.",
           F(["gemeente", "corporatie"], "firm", [], rec=True)),
    2025: ("De gemeente financiert buurtbemiddeling in alle wijken voor zover de middelen binnen de begroting Sociaal "
           "Domein dat toelaten; de corporaties verwijzen huurders bij burenruzies en lichte overlast actief naar "
           "buurtbemiddeling door.",
           F(["gemeente", "corporatie"], "firm", [], rec=True,
             cond=["voor zover de middelen binnen de begroting Sociaal Domein dat toelaten"])),
    2026: SAME,
}, {"A": ("weakened", ["condition"], None), "B": ("unchanged", [], None)}))

A.append(K("zachte-landing", "leef", [LE], {
    2024: ("Partijen onderzoeken of met de zorg- en welzijnspartijen in de regio een convenant zachte landing kan "
           "worden gesloten voor kwetsbare inwoners die uitstromen uit een intramurale voorziening.",
           F(["partijen"], "explore", [])),
    2025: ("Partijen sluiten vóór 1 oktober 2025 met de zorg- en welzijnspartijen in de regio een convenant zachte "
           "landing voor kwetsbare inwoners die uitstromen uit een intramurale voorziening, waarin ten minste is "
           "geregeld:\na. de begeleiding gedurende het eerste jaar na de verhuizing;\nb. een vast aanspreekpunt bij de "
           "zorgpartij voor de corporatie en de buren.",
           F(["partijen"], "firm", [], (2025, "vóór 1 oktober 2025"))),
    2026: ("Partijen werken volgens het in 2025 gesloten convenant zachte landing voor kwetsbare inwoners die "
           "uitstromen uit een intramurale voorziening, waarin ten minste is geregeld:\na. de begeleiding gedurende "
           "het eerste jaar na de verhuizing;\nb. een vast aanspreekpunt bij de zorgpartij voor de corporatie en de "
           "buren.",
           F(["partijen"], "firm", [])),
}, {"A": ("strengthened", ["modality"], None), "B": ("strengthened", ["modality"], None)}))

A.append(K("bewonersinitiatieven", "leef", [LE], {
    2024: ("De corporaties ondersteunen bewonersinitiatieven die bijdragen aan ontmoeting en een schone en veilige "
           "woonomgeving, met een gezamenlijk budget van € 30.000 per jaar.",
           F(["corporatie"], "firm", [(30000, "euro", "exact")], rec=True)),
    2025: SAME,
    2026: ("De corporaties ondersteunen bewonersinitiatieven die bijdragen aan ontmoeting en een schone en veilige "
           "woonomgeving, met een gezamenlijk budget van € 20.000 per jaar.",
           F(["corporatie"], "firm", [(20000, "euro", "exact")], rec=True)),
}, {"A": ("unchanged", [], None), "B": ("weakened", ["quantity"], None)}))

A.append(K("eenzaamheid", "leef", [LE], {
    2024: ("De gemeente agendeert eenzaamheid onder oudere huurders in het wijknetwerk Velderhoek-Noord en betrekt "
           "de corporaties bij de uitwerking van het lokale actieprogramma Eén tegen eenzaamheid.",
           F(["gemeente"], "discuss", [])),
}, {"A": ("dropped", [], None)}))

A.append(K("ontmoetingsruimte", "leef", [LE], {
    2025: ("Stichting Brugwonen stelt in het complex Meidoornhof een ontmoetingsruimte om niet beschikbaar aan "
           "bewoners en welzijnsorganisaties, om eenzaamheid onder oudere huurders tegen te gaan.",
           F(["corporatie"], "firm", [])),
    2026: SAME,
}, {"A": ("new", [], None), "B": ("unchanged", [], None)}))

A.append(K("woonfraude", "leef", [LE], {
    2026: ("De gemeente en de corporaties stellen in 2026 een protocol op voor het uitwisselen van signalen van "
           "woonfraude en ondermijning en handelen vervolgens volgens dat protocol.",
           F(["gemeente", "corporatie"], "firm", [], (2026, "in 2026"))),
}, {"B": ("new", [], None)}))

# ====================================================================== Artikel: huurderskoepel
A.append(K("achterban", "hkv", [OV], {
    2024: ("De huurderskoepel raadpleegt haar achterban ten minste eenmaal per jaar over de uitvoering van deze "
           "overeenkomst en brengt de uitkomsten in het bestuurlijk overleg in.",
           F(["huurdersorganisatie"], "firm", [(1, "keer per jaar", "min")], rec=True)),
    2025: SAME,
    2026: ("Ten minste eenmaal per jaar wordt de achterban door de huurderskoepel geraadpleegd over de uitvoering van "
           "deze overeenkomst; de uitkomsten worden ingebracht in het bestuurlijk overleg.",
           F(["huurdersorganisatie"], "firm", [(1, "keer per jaar", "min")], rec=True)),
}, {"A": ("unchanged", [], None), "B": ("reworded", [], "same_figures")}))

A.append(K("bewonerscommissies", "hkv", [OV, LE], {
    2024: ("De huurderskoepel ondersteunt huurders bij het oprichten van een bewonerscommissie in alle complexen van "
           "meer dan 50 woningen.",
           F(["huurdersorganisatie"], "firm", [(50, "woningen", "min")])),
    2025: ("De huurderskoepel onderzoekt of in complexen van meer dan 50 woningen bewonerscommissies kunnen worden "
           "opgericht en ondersteunt huurders daarbij.",
           F(["huurdersorganisatie"], "explore", [(50, "woningen", "min")])),
    2026: SAME,
}, {"A": ("weakened", ["modality"], None), "B": ("unchanged", [], None)}))

A.append(K("advies-bod", "hkv", [OV], {
    2024: ("De huurderskoepel brengt vóór 1 juli 2024 advies uit over de overzichten van voorgenomen werkzaamheden "
           "van de corporaties.",
           F(["huurdersorganisatie"], "firm", [], (2024, "vóór 1 juli 2024"), rec=True)),
    2025: ("De huurderskoepel brengt vóór 1 juli 2025 advies uit over de overzichten van voorgenomen werkzaamheden "
           "van de corporaties.",
           F(["huurdersorganisatie"], "firm", [], (2025, "vóór 1 juli 2025"), rec=True)),
    2026: ("De huurderskoepel brengt vóór 1 juli 2026 advies uit over de overzichten van voorgenomen werkzaamheden "
           "van de corporaties.",
           F(["huurdersorganisatie"], "firm", [], (2026, "vóór 1 juli 2026"), rec=True)),
}, {"A": ("reworded", [], "recurring_year"), "B": ("reworded", [], "recurring_year")}))

# ====================================================================== Artikel: monitoring
A.append(K("monitoring", "mon", [OV], {
    2024: ("Partijen bespreken de voortgang van de afspraken uit deze overeenkomst tweemaal per jaar in het "
           "bestuurlijk overleg, te weten:\na. in het voorjaar, aan de hand van de realisatiecijfers over het "
           "voorgaande jaar;\nb. in het najaar, aan de hand van een tussenrapportage over het lopende jaar.",
           F(["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    2025: SAME,
    2026: SAME,
}, {"A": ("unchanged", [], None), "B": ("unchanged", [], None)}))

A.append(K("realisatiecijfers", "mon", [OV], {
    2024: ("De corporaties leveren per 1 maart 2024 hun realisatiecijfers over 2023 aan bij de gemeente en de "
           "huurderskoepel.",
           F(["corporatie"], "firm", [], (2024, "per 1 maart 2024"), rec=True)),
    2025: ("De corporaties leveren per 1 maart 2025 hun realisatiecijfers over 2024 aan bij de gemeente en de "
           "huurderskoepel.",
           F(["corporatie"], "firm", [], (2025, "per 1 maart 2025"), rec=True)),
    2026: ("De corporaties leveren per 1 februari 2026 hun realisatiecijfers over 2025 aan bij de gemeente en de "
           "huurderskoepel.",
           F(["corporatie"], "firm", [], (2026, "per 1 februari 2026"), rec=True)),
}, {"A": ("reworded", [], "recurring_year"), "B": ("strengthened", ["deadline"], None)}))

A.append(K("kaderafspraken", "mon", [OV], {
    2024: ("Partijen onderzoeken in 2024 of de jaarlijkse prestatieovereenkomst met ingang van 2026 kan worden "
           "vervangen door meerjarige kaderafspraken met een jaarlijkse uitvoeringsparagraaf.",
           F(["partijen"], "explore", [], (2024, "in 2024"))),
    2025: ("Partijen onderzoeken in 2025 of de jaarlijkse prestatieovereenkomst met ingang van 2027 kan worden "
           "vervangen door meerjarige kaderafspraken met een jaarlijkse uitvoeringsparagraaf.",
           F(["partijen"], "explore", [], (2025, "in 2025"))),
    2026: None,
}, {"A": ("weakened", ["deadline"], None), "B": ("dropped", [], None)}))

# ====================================================================== Artikel: slot
A.append(K("geschillen", "slot", [OV], {
    2024: ("Geschillen over de uitleg of de uitvoering van deze overeenkomst worden eerst in het bestuurlijk overleg "
           "besproken. Komen partijen daar niet tot overeenstemming, dan kan ieder van hen het geschil voorleggen "
           "aan de daartoe op grond van de Woningwet ingestelde adviescommissie.",
           F(["partijen"], "firm", [])),
    2025: SAME, 2026: SAME,
}, {"A": ("unchanged", [], None), "B": ("unchanged", [], None)}))

A.append(K("wijzigingen", "slot", [OV], {
    2024: ("Wijziging of aanvulling van deze overeenkomst is slechts mogelijk met schriftelijke instemming van alle "
           "partijen.",
           F(["partijen"], "firm", [])),
    2025: SAME, 2026: SAME,
}, {"A": ("unchanged", [], None), "B": ("unchanged", [], None)}))

A.append(K("publicatie", "slot", [OV], {
    2024: ("De corporaties publiceren deze overeenkomst binnen twee weken na ondertekening op hun website; de gemeente "
           "zendt haar ter kennisname aan de gemeenteraad.",
           F(["corporatie", "gemeente"], "firm", [(2, "weken", "max")])),
    2025: SAME, 2026: SAME,
}, {"A": ("unchanged", [], None), "B": ("unchanged", [], None)}))

# order overrides per year: list of keys per article (default: order of A)
ORDER = {
    2025: {"duur": ["verduurzaming", "efg-resterend", "label-efg", "gemiddeld-label", "warmtenet", "zonnepanelen",
                    "warmtepompen", "klimaatadaptatie"]},
    2026: {"leef": ["zachte-landing", "leefbaarheidsbudget", "wijkbeheerders", "buurtbemiddeling",
                    "bewonersinitiatieven", "ontmoetingsruimte", "woonfraude"]},
}
