# -*- coding: utf-8 -*-
"""Content of the dijkwaarde family (fictional gemeente Dijkwaarde).

Two yearly agreements (2026, 2027) between Gemeente Dijkwaarde, Woonstichting Polderkade and
Huurdersvereniging De Kade, and the council's kennisgeving (raadsinformatiebrief) on the 2027 agreement.
"""

FAMILY = "dijkwaarde"
GEMEENTE = "Dijkwaarde"
CORPORATIES = ["Woonstichting Polderkade"]
HUURDERS = ["Huurdersvereniging De Kade"]
YEARS = [2026, 2027]
LAYOUT = "gedraaide-tabellen"

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    """A gold commitment frame. q: (value, unit, comparator[, value_max]); dl: (year, text)."""
    qs = []
    for t in q:
        qs.append({"value": t[0], "unit": t[1], "comparator": t[2],
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
            "recurring": rec, "conditions": list(cond)}


C = ["corporatie"]
G = ["gemeente"]
P = ["partijen"]
GC = ["gemeente", "corporatie"]
CH = ["corporatie", "huurdersorganisatie"]

# chapters with afspraken: letter, title, intro per year (context, not afspraken)
CHAPTERS = [
    ("B", "Beschikbaar en betaalbaar wonen", {
        2026: "De vraag naar sociale huurwoningen in Dijkwaarde blijft groter dan het aanbod. De gemiddelde "
              "zoektijd liep in 2025 op tot 2,6 jaar. De woonvisie vraagt om behoud van de sociale voorraad, "
              "extra nieuwbouw in de kernen en aandacht voor huurders met een smalle beurs.",
        2027: "De vraag naar sociale huurwoningen in Dijkwaarde blijft groter dan het aanbod. De gemiddelde "
              "zoektijd liep in 2026 op tot 2,8 jaar. Hogere bouwkosten hebben gevolgen gehad voor de "
              "planning van enkele projecten; partijen houden vast aan de opgave uit de woonvisie.",
    }),
    ("D", "Duurzaamheid en energietransitie", {
        2026: "Polderkade heeft begin 2026 nog 140 woningen met een E-, F- of G-label. De transitievisie "
              "warmte wijst het Havenkwartier aan als eerste wijk voor een warmtenet. Voor de overige woningen kiest Polderkade per complex het moment van verduurzaming op basis van de "
              "onderhoudscyclus, zodat huurders niet twee keer met werkzaamheden te maken krijgen.",
        2027: "In 2026 zijn 48 woningen met een E-, F- of G-label verbeterd. De gemeenteraad heeft in "
              "oktober 2026 het uitvoeringsplan warmtenet Havenkwartier vastgesteld. Voor de overige woningen kiest Polderkade per complex het moment van verduurzaming op basis van de "
              "onderhoudscyclus, zodat huurders niet twee keer met werkzaamheden te maken krijgen.",
    }),
    ("K", "Kwaliteit, wonen en zorg", {
        2026: "Het aantal ouderen in Dijkwaarde groeit tot 2035 met ongeveer een derde. Tegelijk krijgt "
              "Polderkade meer meldingen over vocht en schimmel dan in voorgaande jaren.",
        2027: "Het aantal ouderen in Dijkwaarde groeit tot 2035 met ongeveer een derde. Het aantal meldingen "
              "over vocht en schimmel is in 2026 met een vijfde gedaald ten opzichte van 2025.",
    }),
    ("L", "Leefbare buurten", {
        2026: "In Kadijk-Noord en de Vlietbuurt scoren bewoners de leefbaarheid lager dan gemiddeld. Partijen "
              "zien een toename van het aantal kwetsbare huurders dat zelfstandig woont.",
        2027: "In de Vlietbuurt is de leefbaarheidsscore in 2026 verder gedaald; in Kadijk-Noord is zij "
              "licht verbeterd. Het aantal kwetsbare huurders dat zelfstandig woont, neemt nog steeds toe.",
    }),
    ("S", "Samenwerking en proces", {
        2026: "Deze afspraken gelden voor het kalenderjaar 2026. Partijen werken samen op basis van "
              "gelijkwaardigheid en informeren elkaar tijdig over ontwikkelingen die de uitvoering raken.",
        2027: "Deze afspraken gelden voor het kalenderjaar 2027. Partijen werken samen op basis van "
              "gelijkwaardigheid en informeren elkaar tijdig over ontwikkelingen die de uitvoering raken.",
    }),
]

SAME = "same"

# Each afspraak: key, chapter letter, themes, trekker, versions {year: {...}}.
# Version fields: text, gereed, toel ("" = none), frame, and for 2027: status, kinds, hn.
AFSPRAKEN = [
    # ---------------- B ----------------
    dict(key="sociale-voorraad", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade houdt de sociale huurvoorraad in Dijkwaarde tot en met 2030 op ten minste "
                        "3.150 woningen.",
                   gereed="2030", toel="Peildatum 1 januari 2026: 3.212 woningen",
                   frame=F(C, "firm", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        2027: dict(text="Polderkade streeft ernaar de sociale huurvoorraad in Dijkwaarde tot en met 2030 op ten "
                        "minste 3.150 woningen te houden.",
                   gereed="2030", toel="Peildatum 1 januari 2027: 3.198 woningen",
                   frame=F(C, "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030")),
                   status="weakened", kinds=["modality"]),
    }),
    dict(key="nieuwbouw-zeedijk", ch="B", themes=[BB, KW], trekker="Polderkade", v={
        2026: dict(text="Polderkade realiseert in het plan Zeedijk-Oost 48 sociale huurwoningen, waarvan ten "
                        "minste 16 levensloopbestendig; de oplevering vindt plaats vóór 1 juli 2027.",
                   gereed="1 juli 2027", toel="Omgevingsvergunning verleend in september 2025",
                   frame=F(C, "firm", [(48, "woningen", "exact"), (16, "woningen", "min")],
                           (2027, "vóór 1 juli 2027"))),
        2027: dict(text="Polderkade realiseert in het plan Zeedijk-Oost 42 sociale huurwoningen, waarvan ten "
                        "minste 16 levensloopbestendig; de oplevering vindt uiterlijk 31 december 2027 plaats.",
                   gereed="31-12-2027", toel="Zes woningen vervallen door een gewijzigde verkaveling",
                   frame=F(C, "firm", [(42, "woningen", "exact"), (16, "woningen", "min")],
                           (2027, "uiterlijk 31 december 2027")),
                   status="weakened", kinds=["quantity", "deadline"]),
    }),
    dict(key="nieuwbouw-havenfront", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade onderzoekt of op de locatie Havenfront 30 tot 40 sociale huurwoningen kunnen "
                        "worden gebouwd, met een start van de bouw in 2028.",
                   gereed="2028", toel="Haalbaarheidsonderzoek samen met de gemeente",
                   frame=F(C, "explore", [(30, "woningen", "range", 40)], (2028, "in 2028"))),
        2027: dict(text="Polderkade bouwt op de locatie Havenfront 30 tot 40 sociale huurwoningen, met een start "
                        "van de bouw in 2028.",
                   gereed="2028", toel="Investeringsbesluit genomen in november 2026",
                   frame=F(C, "firm", [(30, "woningen", "range", 40)], (2028, "in 2028")),
                   status="strengthened", kinds=["modality"]),
    }),
    dict(key="verkoop", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade verkoopt in 2026 ten hoogste 8 sociale huurwoningen, uitsluitend bij mutatie "
                        "en bij voorkeur aan starters uit Dijkwaarde.",
                   gereed="31-12-2026", toel="",
                   frame=F(C, "firm", [(8, "woningen", "max")], (2026, "in 2026"), True)),
        2027: dict(text="Polderkade verkoopt in 2027 ten hoogste 5 sociale huurwoningen, uitsluitend bij mutatie "
                        "en bij voorkeur aan starters uit Dijkwaarde.",
                   gereed="31-12-2027", toel="",
                   frame=F(C, "firm", [(5, "woningen", "max")], (2027, "in 2027"), True),
                   status="strengthened", kinds=["quantity"]),
    }),
    dict(key="huurverhoging", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade houdt de gemiddelde huurverhoging per 1 juli 2026 voor sociale huurwoningen "
                        "gelijk aan de inflatie en verhoogt geen enkele huur met meer dan 4,0%.",
                   gereed="1 juli 2026", toel="Huursombenadering volgens het Sociaal Huurakkoord",
                   frame=F(C, "firm", [(4.0, "%", "max")], (2026, "per 1 juli 2026"), True)),
        2027: dict(text="Polderkade houdt de gemiddelde huurverhoging per 1 juli 2027 voor sociale huurwoningen "
                        "gelijk aan de inflatie plus 0,5% en verhoogt geen enkele huur met meer dan 4,5%.",
                   gereed="1 juli 2027", toel="Huursombenadering volgens het Sociaal Huurakkoord",
                   frame=F(C, "firm", [(0.5, "%", "exact"), (4.5, "%", "max")], (2027, "per 1 juli 2027"),
                           True),
                   status="weakened", kinds=["quantity"]),
    }),
    dict(key="huurverlaging-inkomen", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Huurders met een huishoudinkomen onder € 28.150 (prijspeil 2026) en een huur boven de "
                        "aftoppingsgrens kunnen bij Polderkade huurverlaging aanvragen tot die aftoppingsgrens.",
                   gereed="doorlopend", toel="Aanvraag via het huurdersportaal",
                   frame=F(C, "firm", [(28150, "euro", "max")])),
        2027: dict(text="Huurders met een huishoudinkomen onder € 28.900 (prijspeil 2027) en een huur boven de "
                        "aftoppingsgrens kunnen bij Polderkade huurverlaging aanvragen tot die aftoppingsgrens.",
                   gereed="doorlopend", toel="Aanvraag via het huurdersportaal",
                   frame=F(C, "firm", [(28900, "euro", "max")]),
                   status="reworded", hn="indexed_amount"),
    }),
    dict(key="lokaal-maatwerk", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade wijst maximaal 25% van de vrijkomende sociale huurwoningen in de kernen "
                        "Oudewaarde en Kadijk met voorrang toe aan woningzoekenden met een aantoonbare binding "
                        "met die kern.",
                   gereed="doorlopend", toel="Binnen de ruimte van de huisvestingsverordening",
                   frame=F(C, "firm", [(25, "%", "max")])),
        2027: dict(text="Polderkade wijst maximaal 25% van de vrijkomende sociale huurwoningen in de kern "
                        "Oudewaarde met voorrang toe aan woningzoekenden met een aantoonbare binding met die kern.",
                   gereed="doorlopend", toel="Binnen de ruimte van de huisvestingsverordening",
                   frame=F(C, "firm", [(25, "%", "max")]),
                   status="weakened", kinds=["scope"]),
    }),
    dict(key="vergunninghouders", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade huisvest in 2026 het deel van de taakstelling vergunninghouders dat de "
                        "gemeente aan haar toedeelt; voor 2026 gaat het naar verwachting om 34 personen.",
                   gereed="31-12-2026", toel="Taakstelling volgens de halfjaarlijkse rijkscirculaire",
                   frame=F(C, "firm", [(34, "personen", "exact")], (2026, "in 2026"), True)),
        2027: dict(text="Polderkade huisvest in 2027 het deel van de taakstelling vergunninghouders dat de "
                        "gemeente aan haar toedeelt; voor 2027 gaat het naar verwachting om 41 personen.",
                   gereed="31-12-2027", toel="Taakstelling volgens de halfjaarlijkse rijkscirculaire",
                   frame=F(C, "firm", [(41, "personen", "exact")], (2027, "in 2027"), True),
                   status="reworded", hn="external_figure"),
    }),
    dict(key="verhuiscoach-senioren", ch="B", themes=[BB, KW], trekker="Polderkade", v={
        2026: dict(text="Polderkade zet uiterlijk 1 april 2026 een verhuiscoach in voor senioren die hun "
                        "eengezinswoning willen ruilen voor een gelijkvloerse woning.",
                   gereed="1 april 2026", toel="Financiering uit het doorstromingsbudget",
                   frame=F(C, "firm", [], (2026, "uiterlijk 1 april 2026"))),
        2027: dict(text="Polderkade zet uiterlijk 1 april 2027 een verhuiscoach in voor senioren die hun "
                        "eengezinswoning willen ruilen voor een gelijkvloerse woning.",
                   gereed="1 april 2027", toel="Werving vertraagd; de start was voorzien in 2026",
                   frame=F(C, "firm", [], (2027, "uiterlijk 1 april 2027")),
                   status="weakened", kinds=["deadline"]),
    }),
    dict(key="huurachterstand", ch="B", themes=[BB, LB], trekker="Polderkade", v={
        2026: dict(text="Polderkade neemt binnen 14 dagen na het ontstaan van een huurachterstand persoonlijk "
                        "contact op met de huurder en meldt de achterstand, met toestemming van de huurder, bij "
                        "het team Vroegsignalering van de gemeente.",
                   gereed="doorlopend", toel="Convenant vroegsignalering 2025",
                   frame=F(C, "firm", [(14, "dagen", "max")])),
        2027: dict(text="Polderkade neemt binnen 7 dagen na het ontstaan van een huurachterstand persoonlijk "
                        "contact op met de huurder en meldt de achterstand, met toestemming van de huurder, bij "
                        "het team Vroegsignalering van de gemeente.",
                   gereed="doorlopend", toel="Convenant vroegsignalering 2025",
                   frame=F(C, "firm", [(7, "dagen", "max")]),
                   status="strengthened", kinds=["quantity"]),
    }),
    dict(key="zoektijd", ch="B", themes=[BB], trekker="Partijen", v={
        2026: dict(text="Wanneer de gemiddelde zoektijd voor een sociale huurwoning in Dijkwaarde oploopt tot "
                        "meer dan 3 jaar, stellen partijen binnen 6 maanden een gezamenlijk plan van aanpak op.",
                   gereed="binnen 6 maanden na signalering", toel="Zoektijd 2025: 2,6 jaar",
                   frame=F(P, "firm", [(3, "jaar", "min"), (6, "maanden", "max")], None, False,
                           ["wanneer de gemiddelde zoektijd voor een sociale huurwoning in Dijkwaarde oploopt tot "
                            "meer dan 3 jaar"])),
        2027: dict(text="Als uit de monitor blijkt dat woningzoekenden in Dijkwaarde gemiddeld langer dan 3 jaar "
                        "naar een sociale huurwoning zoeken, stellen partijen binnen 6 maanden samen een plan van "
                        "aanpak op.",
                   gereed="binnen 6 maanden na signalering", toel="Zoektijd 2026: 2,8 jaar",
                   frame=F(P, "firm", [(3, "jaar", "min"), (6, "maanden", "max")], None, False,
                           ["als uit de monitor blijkt dat woningzoekenden in Dijkwaarde gemiddeld langer dan "
                            "3 jaar naar een sociale huurwoning zoeken"]),
                   status="reworded", hn="same_figures"),
    }),
    dict(key="middenhuur-centrum", ch="B", themes=[BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade verkent in 2026 of zij in het centrum van Dijkwaarde 10 middenhuurwoningen "
                        "kan toevoegen.",
                   gereed="Q4 2026", toel="Afhankelijk van de uitkomst van de markttoets",
                   frame=F(C, "explore", [(10, "woningen", "exact")], (2026, "in 2026"))),
    }),
    # ---------------- D ----------------
    dict(key="labels-efg", ch="D", themes=[DK], trekker="Polderkade", v={
        2026: dict(text="Polderkade brengt de resterende 140 woningen met energielabel E, F of G uiterlijk eind "
                        "2028 naar ten minste label C.",
                   gereed="eind 2028", toel="In lijn met de Nationale Prestatieafspraken",
                   frame=F(C, "firm", [(140, "woningen", "exact")], (2028, "uiterlijk eind 2028"))),
        2027: dict(text="Polderkade brengt de resterende 92 woningen met energielabel E, F of G uiterlijk eind "
                        "2028 naar ten minste label C.",
                   gereed="eind 2028", toel="In 2026 zijn 48 woningen verbeterd",
                   frame=F(C, "firm", [(92, "woningen", "exact")], (2028, "uiterlijk eind 2028")),
                   status="reworded", hn="progress"),
    }),
    dict(key="gemiddeld-label", ch="D", themes=[DK], trekker="Polderkade", v={
        2026: dict(text="Polderkade bereikt uiterlijk eind 2027 voor haar totale bezit in Dijkwaarde gemiddeld "
                        "energielabel B.",
                   gereed="eind 2027", toel="Gemiddeld label begin 2026: C",
                   frame=F(C, "firm", [], (2027, "uiterlijk eind 2027"))),
        2027: dict(text="Polderkade bereikt uiterlijk eind 2027 voor haar totale bezit in Dijkwaarde gemiddeld "
                        "energielabel C.",
                   gereed="eind 2027", toel="Bijgesteld na herziening van de meerjarenbegroting",
                   frame=F(C, "firm", [], (2027, "uiterlijk eind 2027")),
                   status="weakened", kinds=["label"]),
    }),
    dict(key="renovatie-schorrewijk", ch="D", themes=[DK, KW], trekker="Polderkade", v={
        2026: dict(text="Polderkade renoveert in 2026 en 2027 de 96 portiekwoningen in Schorrewijk naar ten "
                        "minste energielabel B.",
                   gereed="Q4 2027", toel="Inclusief vervanging van kozijnen en balkonhekken",
                   frame=F(C, "firm", [(96, "woningen", "exact")], (2027, "in 2026 en 2027"))),
        2027: dict(text="Polderkade renoveert in 2026 en 2027 de 96 portiekwoningen in Schorrewijk naar ten "
                        "minste energielabel A.",
                   gereed="Q4 2027", toel="Eerste 40 woningen gereed in 2026",
                   frame=F(C, "firm", [(96, "woningen", "exact")], (2027, "in 2026 en 2027")),
                   status="strengthened", kinds=["label"]),
    }),
    dict(key="warmtepompen", ch="D", themes=[DK], trekker="Polderkade", v={
        2026: dict(text="Onder voorbehoud van toekenning van rijkssubsidie plaatst Polderkade in 2026 hybride "
                        "warmtepompen in 75 eengezinswoningen.",
                   gereed="31-12-2026", toel="Subsidieaanvraag ingediend in oktober 2025",
                   frame=F(C, "firm", [(75, "woningen", "exact")], (2026, "in 2026"), True,
                           ["onder voorbehoud van toekenning van rijkssubsidie"])),
        2027: dict(text="Polderkade plaatst in 2027 hybride warmtepompen in 75 eengezinswoningen.",
                   gereed="31-12-2027", toel="Subsidie is toegekend",
                   frame=F(C, "firm", [(75, "woningen", "exact")], (2027, "in 2027"), True),
                   status="strengthened", kinds=["condition"]),
    }),
    dict(key="zonnepanelen", ch="D", themes=[DK], trekker="Polderkade", v={
        2026: dict(text="Polderkade biedt in 2026 alle huurders van grondgebonden woningen met een geschikt dak "
                        "zonnepanelen aan tegen een vaste maandelijkse vergoeding.",
                   gereed="31-12-2026", toel="Circa 600 woningen komen in aanmerking",
                   frame=F(C, "firm", [], (2026, "in 2026"), True)),
        2027: dict(text="Polderkade biedt in 2027 de huurders van grondgebonden woningen met een geschikt dak in "
                        "de Vlietbuurt en Schorrewijk zonnepanelen aan tegen een vaste maandelijkse vergoeding.",
                   gereed="31-12-2027", toel="Circa 210 woningen komen in aanmerking",
                   frame=F(C, "firm", [], (2027, "in 2027"), True),
                   status="weakened", kinds=["scope"]),
    }),
    dict(key="warmtenet-dijkstraat", ch="D", themes=[DK], trekker="Gemeente en Polderkade", v={
        2026: dict(text="Gemeente en Polderkade verkennen in 2026 of de flats aan de Dijkstraat kunnen worden "
                        "aangesloten op het warmtenet Havenkwartier.",
                   gereed="Q4 2026", toel="De transitievisie warmte wijst het Havenkwartier aan als eerste wijk",
                   frame=F(GC, "explore", [], (2026, "in 2026"))),
        2027: dict(text="Gemeente en Polderkade sluiten de flats aan de Dijkstraat aan op het warmtenet "
                        "Havenkwartier; de aansluiting is uiterlijk in 2029 gereed.",
                   gereed="2029", toel="Uitvoeringsplan warmtenet vastgesteld in oktober 2026",
                   frame=F(GC, "firm", [], (2029, "uiterlijk in 2029")),
                   status="strengthened", kinds=["modality"]),
    }),
    dict(key="energiecoaches", ch="D", themes=[DK, BB], trekker="Gemeente", v={
        2026: dict(text="De gemeente zet in 2026 energiecoaches in die huurders van Polderkade op verzoek gratis "
                        "thuis adviseren over energiebesparing.",
                   gereed="31-12-2026", toel="Bekostigd uit de middelen tegen energiearmoede",
                   frame=F(G, "firm", [], (2026, "in 2026"), True)),
        2027: dict(text="In 2027 zet de gemeente energiecoaches in die huurders van Polderkade op verzoek "
                        "kosteloos thuis adviseren over energiebesparing.",
                   gereed="31-12-2027", toel="Bekostigd uit de middelen tegen energiearmoede",
                   frame=F(G, "firm", [], (2027, "in 2027"), True),
                   status="reworded", hn="recurring_year"),
    }),
    dict(key="vergroening-binnenterreinen", ch="D", themes=[DK, LB], trekker="Polderkade", v={
        2026: dict(text="Polderkade vervangt bij planmatig onderhoud verharding op binnenterreinen door groen, met "
                        "een omvang van ten minste 1.500 m² per jaar.",
                   gereed="jaarlijks", toel="Klimaatadaptatie en biodiversiteit",
                   frame=F(C, "firm", [(1500, "m2", "min")], None, True)),
        2027: SAME,
    }),
    dict(key="stresstest-wateroverlast", ch="D", themes=[DK], trekker="Gemeente", v={
        2026: dict(text="De gemeente deelt uiterlijk 1 juli 2026 de resultaten van de stresstest wateroverlast "
                        "per wijk met Polderkade en HV De Kade.",
                   gereed="1 juli 2026", toel="",
                   frame=F(G, "firm", [], (2026, "uiterlijk 1 juli 2026"))),
    }),
    dict(key="circulair-renoveren", ch="D", themes=[DK], trekker="Polderkade", v={
        2027: dict(text="Polderkade onderzoekt in 2027 bij twee renovatieprojecten hoe vrijkomende materialen "
                        "kunnen worden hergebruikt.",
                   gereed="Q4 2027", toel="Pilot met regionale sloopbedrijven",
                   frame=F(C, "explore", [(2, "projecten", "exact")], (2027, "in 2027"))),
    }),
    # ---------------- K ----------------
    dict(key="vocht-schimmel", ch="K", themes=[KW], trekker="Polderkade", v={
        2026: dict(text="Polderkade neemt elke melding van vocht of schimmel binnen 5 werkdagen in behandeling en "
                        "laat binnen die termijn een inspectie in de woning uitvoeren.",
                   gereed="doorlopend", toel="Registratie in het meldingensysteem",
                   frame=F(C, "firm", [(5, "werkdagen", "max")])),
        2027: dict(text="Polderkade neemt elke melding van vocht of schimmel binnen 10 werkdagen in behandeling "
                        "en laat binnen die termijn een inspectie in de woning uitvoeren.",
                   gereed="doorlopend", toel="Registratie in het meldingensysteem",
                   frame=F(C, "firm", [(10, "werkdagen", "max")]),
                   status="weakened", kinds=["quantity"]),
    }),
    dict(key="wmo-woningaanpassingen", ch="K", themes=[KW], trekker="Gemeente en Polderkade", v={
        2026: dict(text="Gemeente en Polderkade leggen uiterlijk 1 juli 2026 in een werkafspraak vast hoe de "
                        "kosten van woningaanpassingen vanuit de Wmo worden verdeeld.",
                   gereed="1 juli 2026", toel="",
                   frame=F(GC, "firm", [], (2026, "uiterlijk 1 juli 2026"))),
        2027: dict(text="Gemeente en Polderkade gaan in 2027 met elkaar in gesprek over de verdeling van de "
                        "kosten van woningaanpassingen vanuit de Wmo.",
                   gereed="2027", toel="",
                   frame=F(GC, "discuss", [], (2027, "in 2027")),
                   status="weakened", kinds=["modality", "deadline"]),
    }),
    dict(key="woonvorm-meerstoep", ch="K", themes=[KW, BB], trekker="Polderkade en gemeente", v={
        2026: dict(text="Partijen realiseren in het plan De Meerstoep een geclusterde woonvorm met 24 "
                        "zorggeschikte huurwoningen voor ouderen, met een gemeenschappelijke ruimte.",
                   gereed="2028", toel="Zorgaanbieder: Stichting Zorgkring Dijkland",
                   frame=F(P, "firm", [(24, "woningen", "exact")])),
        2027: dict(text="Mits de zorgaanbieder de huur van de gemeenschappelijke ruimte voor tien jaar "
                        "garandeert, realiseren partijen in het plan De Meerstoep een geclusterde woonvorm met 24 "
                        "zorggeschikte huurwoningen voor ouderen, met een gemeenschappelijke ruimte.",
                   gereed="2028", toel="Zorgaanbieder: Stichting Zorgkring Dijkland",
                   frame=F(P, "firm", [(10, "jaar", "exact"), (24, "woningen", "exact")], None, False,
                           ["mits de zorgaanbieder de huur van de gemeenschappelijke ruimte voor tien jaar "
                            "garandeert"]),
                   status="weakened", kinds=["condition"]),
    }),
    dict(key="brandveiligheid", ch="K", themes=[KW], trekker="Polderkade", v={
        2026: dict(text="Polderkade controleert in 2026 in alle 14 seniorencomplexen de rookmelders, brandwerende "
                        "deuren en vluchtwegen.",
                   gereed="31-12-2026", toel="Samen met de veiligheidsregio",
                   frame=F(C, "firm", [(14, "complexen", "exact")], (2026, "in 2026"), True)),
        2027: dict(text="Polderkade controleert in 2027 in alle 14 seniorencomplexen en in alle 9 portiekflats de "
                        "rookmelders, brandwerende deuren en vluchtwegen.",
                   gereed="31-12-2027", toel="Samen met de veiligheidsregio",
                   frame=F(C, "firm", [(14, "complexen", "exact"), (9, "complexen", "exact")],
                           (2027, "in 2027"), True),
                   status="strengthened", kinds=["scope"]),
    }),
    dict(key="onderhoudsabonnement", ch="K", themes=[KW], trekker="Polderkade", v={
        2026: dict(text="Polderkade voert in 2026 een pilot uit met een gratis onderhoudsabonnement voor 50 "
                        "huurders van 75 jaar en ouder.",
                   gereed="31-12-2026", toel="Evaluatie in het eerste kwartaal van 2027",
                   frame=F(C, "firm", [(50, "huurders", "exact"), (75, "jaar", "min")], (2026, "in 2026"))),
    }),
    dict(key="ventilatie-kadehof", ch="K", themes=[KW], trekker="Polderkade", v={
        2027: dict(text="Polderkade vervangt in 2027 in 60 woningen van het complex Kadehof de mechanische "
                        "ventilatie door een vraaggestuurd systeem.",
                   gereed="Q3 2027", toel="Naar aanleiding van vochtklachten",
                   frame=F(C, "firm", [(60, "woningen", "exact")], (2027, "in 2027"))),
    }),
    # ---------------- L ----------------
    dict(key="wijkbeheerders", ch="L", themes=[LB], trekker="Polderkade", v={
        2026: dict(text="Polderkade zet in de wijken Kadijk-Noord en Vlietbuurt elk ten minste 24 uur per week "
                        "een wijkbeheerder in.",
                   gereed="doorlopend", toel="",
                   frame=F(C, "firm", [(24, "uur per week", "min")])),
        2027: dict(text="In zowel Kadijk-Noord als de Vlietbuurt is per week ten minste 24 uur een wijkbeheerder "
                        "van Polderkade aanwezig.",
                   gereed="doorlopend", toel="",
                   frame=F(C, "firm", [(24, "uur per week", "min")]),
                   status="reworded", hn="same_figures"),
    }),
    dict(key="woonoverlast", ch="L", themes=[LB], trekker="Gemeente en Polderkade", v={
        2026: dict(text="Gemeente en Polderkade bespreken signalen van ernstige woonoverlast binnen twee weken in "
                        "het casusoverleg en stellen zo nodig een persoonsgerichte aanpak op.",
                   gereed="doorlopend", toel="Met politie en wijkteam",
                   frame=F(GC, "firm", [(2, "weken", "max")], None, False, ["zo nodig"])),
        2027: dict(text="Signalen van ernstige woonoverlast worden door gemeente en Polderkade binnen 2 weken "
                        "besproken in het casusoverleg; zo nodig stellen zij een persoonsgerichte aanpak op.",
                   gereed="doorlopend", toel="Met politie en wijkteam",
                   frame=F(GC, "firm", [(2, "weken", "max")], None, False, ["zo nodig"]),
                   status="reworded", hn="same_figures"),
    }),
    dict(key="uitstroom-bw-mo", ch="L", themes=[LB, BB], trekker="Polderkade", v={
        2026: dict(text="Polderkade stelt in 2026 ten minste 12 woningen beschikbaar voor huurders die uitstromen "
                        "uit beschermd wonen of maatschappelijke opvang, mits de gemeente voor elke huurder "
                        "passende begeleiding regelt.",
                   gereed="31-12-2026", toel="Regionaal convenant uitstroom",
                   frame=F(C, "firm", [(12, "woningen", "min")], (2026, "in 2026"), True,
                           ["mits de gemeente voor elke huurder passende begeleiding regelt"])),
        2027: dict(text="Polderkade stelt in 2027 ten minste 15 woningen beschikbaar voor huurders die uitstromen "
                        "uit beschermd wonen of maatschappelijke opvang, mits de gemeente voor elke huurder "
                        "passende begeleiding regelt.",
                   gereed="31-12-2027", toel="Regionaal convenant uitstroom",
                   frame=F(C, "firm", [(15, "woningen", "min")], (2027, "in 2027"), True,
                           ["mits de gemeente voor elke huurder passende begeleiding regelt"]),
                   status="strengthened", kinds=["quantity"]),
    }),
    dict(key="ontmoetingsruimten", ch="L", themes=[LB, KW], trekker="Polderkade en gemeente", v={
        2026: dict(text="Polderkade en de gemeente onderzoeken in 2026 hoe de ontmoetingsruimten in "
                        "seniorencomplexen vaker kunnen worden opengesteld voor buurtbewoners.",
                   gereed="Q4 2026", toel="Onderdeel van de aanpak eenzaamheid",
                   frame=F(GC, "explore", [], (2026, "in 2026"))),
        2027: dict(text="Polderkade stelt vanaf 1 maart 2027 de ontmoetingsruimten in alle seniorencomplexen ten "
                        "minste twee dagdelen per week open voor buurtbewoners; de gemeente zorgt voor een "
                        "vrijwilligerscoördinator.",
                   gereed="1 maart 2027", toel="Onderdeel van de aanpak eenzaamheid",
                   frame=F(GC, "firm", [(2, "dagdelen per week", "min")], (2027, "vanaf 1 maart 2027")),
                   status="strengthened", kinds=["modality"]),
    }),
    dict(key="wijkschouw", ch="L", themes=[LB, OV], trekker="Polderkade en HV De Kade", v={
        2026: dict(text="Polderkade en HV De Kade houden twee keer per jaar een wijkschouw in elke wijk met meer "
                        "dan 100 huurwoningen van Polderkade.",
                   gereed="voorjaar en najaar", toel="Verslag naar het tripartiete overleg",
                   frame=F(CH, "firm", [(2, "keer per jaar", "exact"), (100, "woningen", "min")], None, True)),
        2027: dict(text="Polderkade en HV De Kade houden één keer per jaar een wijkschouw in elke wijk met meer "
                        "dan 100 huurwoningen van Polderkade.",
                   gereed="najaar", toel="Verslag naar het tripartiete overleg",
                   frame=F(CH, "firm", [(1, "keer per jaar", "exact"), (100, "woningen", "min")], None, True),
                   status="weakened", kinds=["quantity"]),
    }),
    dict(key="wijkactieplan-vlietbuurt", ch="L", themes=[LB], trekker="Gemeente en Polderkade", v={
        2027: dict(text="Gemeente en Polderkade stellen in 2027 samen met bewoners een wijkactieplan op voor de "
                        "Vlietbuurt, met aandacht voor schoon, heel en veilig.",
                   gereed="Q3 2027", toel="Bewonersavonden in het voorjaar",
                   frame=F(GC, "firm", [], (2027, "in 2027"))),
    }),
    # ---------------- S ----------------
    dict(key="monitoring", ch="S", themes=[OV], trekker="Partijen", v={
        2026: dict(text="Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het tripartiete "
                        "overleg, in april en in oktober.",
                   gereed="april en oktober", toel="De gemeente verzorgt het verslag",
                   frame=F(P, "firm", [(2, "keer per jaar", "exact")], None, True)),
        2027: SAME,
    }),
    dict(key="bod-woonvisie", ch="S", themes=[OV], trekker="Polderkade", v={
        2026: dict(text="Polderkade stuurt vóór 1 juli 2026 haar bod voor 2027 aan de gemeente en HV De Kade.",
                   gereed="1 juli 2026", toel="Op basis van de geldende woonvisie",
                   frame=F(C, "firm", [], (2026, "vóór 1 juli 2026"), True)),
        2027: dict(text="Polderkade stuurt vóór 1 juli 2027 haar bod voor 2028 aan de gemeente en HV De Kade.",
                   gereed="1 juli 2027", toel="Op basis van de geldende woonvisie",
                   frame=F(C, "firm", [], (2027, "vóór 1 juli 2027"), True),
                   status="reworded", hn="recurring_year"),
    }),
    dict(key="nieuwe-woonvisie", ch="S", themes=[OV], trekker="Gemeente", v={
        2026: dict(text="De gemeente stelt uiterlijk eind 2027 een nieuwe woonvisie vast en betrekt Polderkade en "
                        "HV De Kade bij het opstellen daarvan.",
                   gereed="eind 2027", toel="De huidige woonvisie loopt tot en met 2027",
                   frame=F(G, "firm", [], (2027, "uiterlijk eind 2027"))),
        2027: dict(text="De gemeente stelt uiterlijk 1 juli 2027 een nieuwe woonvisie vast en betrekt Polderkade "
                        "en HV De Kade bij het opstellen daarvan.",
                   gereed="1 juli 2027", toel="De huidige woonvisie loopt tot en met 2027",
                   frame=F(G, "firm", [], (2027, "uiterlijk 1 juli 2027")),
                   status="strengthened", kinds=["deadline"]),
    }),
    dict(key="dashboard", ch="S", themes=[OV], trekker="Partijen", v={
        2027: dict(text="Partijen richten in 2027 een gezamenlijk digitaal dashboard in, waarin de voortgang van "
                        "deze afspraken twee keer per jaar wordt bijgewerkt.",
                   gereed="Q2 2027", toel="De gemeente beheert het dashboard",
                   frame=F(P, "firm", [(2, "keer per jaar", "exact")], (2027, "in 2027"))),
    }),
]

# ---------------- upright text of the agreements ----------------
SIGN_DATE = {2026: "11 december 2025", 2027: "10 december 2026"}

INLEIDING = {
    2026: [
        "Voor u liggen de prestatieafspraken {year} van de gemeente Dijkwaarde, Woonstichting Polderkade en "
        "Huurdersvereniging De Kade. Hierin staat wat partijen in {year} samen doen om in Dijkwaarde "
        "voldoende betaalbare, duurzame en goede huurwoningen te hebben in prettige buurten.",
        "De afspraken bouwen voort op de woonvisie ‘Wonen aan de Waard 2023-2027’ en op het bod dat "
        "Polderkade in juni {prev} heeft uitgebracht. Huurdersvereniging De Kade heeft als gelijkwaardige "
        "partij aan tafel gezeten en heeft vooraf haar achterban geraadpleegd.",
    ],
    2027: [
        "Voor u liggen de prestatieafspraken {year} van de gemeente Dijkwaarde, Woonstichting Polderkade en "
        "Huurdersvereniging De Kade. Partijen leggen hierin vast wat zij in {year} gezamenlijk uitvoeren voor "
        "betaalbare, duurzame en goede huurwoningen in leefbare buurten.",
        "De afspraken bouwen voort op de woonvisie ‘Wonen aan de Waard 2023-2027’, op de afspraken van {prev} "
        "en op het bod dat Polderkade in juni {prev} heeft uitgebracht. Huurdersvereniging De Kade was "
        "volwaardig gesprekspartner en heeft in september {prev} een achterbanbijeenkomst gehouden.",
    ],
}
LEESWIJZER = ("Leeswijzer. Hoofdstuk 2 schetst de context. De hoofdstukken 3 tot en met 7 bevatten de afspraken "
              "per thema in tabelvorm, met per afspraak de trekker, het moment waarop de afspraak gereed is en "
              "een toelichting. Omdat deze tabellen breed zijn, zijn de betreffende pagina’s liggend opgemaakt: "
              "draai het document een kwartslag om ze te lezen.")
CONTEXT = {
    2026: [
        "Dijkwaarde telt ruim 41.000 inwoners in drie kernen. Polderkade bezit er ongeveer 3.200 sociale "
        "huurwoningen, bijna een kwart van de woningvoorraad. In {prev} zijn 56 nieuwe sociale huurwoningen "
        "opgeleverd en zijn 61 woningen verduurzaamd.",
        "Het aantal actief woningzoekenden is het afgelopen jaar gestegen. Vooral jongeren en "
        "eenpersoonshuishoudens zoeken lang naar een woning.",
    ],
    2027: [
        "Dijkwaarde telt ruim 41.000 inwoners in drie kernen. Polderkade bezit er ongeveer 3.200 sociale "
        "huurwoningen, bijna een kwart van de woningvoorraad. In {prev} zijn 38 nieuwe sociale huurwoningen "
        "opgeleverd en hebben 48 woningen een beter energielabel gekregen.",
        "Het aantal actief woningzoekenden is opnieuw gestegen. Vooral jongeren, senioren die kleiner willen "
        "wonen en eenpersoonshuishoudens zoeken lang naar een woning.",
    ],
}
KERNCIJFERS = {
    2026: [("Kerncijfer", "1-1-2025", "1-1-2026"),
           ("Sociale huurwoningen Polderkade", "3.187", "3.212"),
           ("Gemiddelde zoektijd (jaar)", "2,3", "2,6"),
           ("Woningen met label E, F of G", "201", "140"),
           ("Huurders met achterstand > 2 maanden", "112", "97"),
           ("Gehuisveste vergunninghouders", "29", "31")],
    2027: [("Kerncijfer", "1-1-2026", "1-1-2027"),
           ("Sociale huurwoningen Polderkade", "3.212", "3.198"),
           ("Gemiddelde zoektijd (jaar)", "2,6", "2,8"),
           ("Woningen met label E, F of G", "140", "92"),
           ("Huurders met achterstand > 2 maanden", "97", "88"),
           ("Gehuisveste vergunninghouders", "31", "35")],
}
SIGNATORIES = [
    ("Gemeente Dijkwaarde", "M.J. van Oordt", "wethouder Wonen"),
    ("Woonstichting Polderkade", "drs. R. Kieviet", "directeur-bestuurder"),
    ("Huurdersvereniging De Kade", "A. Bosschaert-Lems", "voorzitter"),
]

# ---------------- kennisgeving 2027 ----------------
KG_YEAR = 2027
KG_META = [
    ("Aan", "de gemeenteraad van Dijkwaarde"),
    ("Datum", "15 december 2026"),
    ("Kenmerk", "RIB 2026-118"),
    ("Portefeuillehouder", "wethouder M.J. van Oordt"),
    ("Onderwerp", "Prestatieafspraken 2027 met Woonstichting Polderkade en Huurdersvereniging De Kade"),
]
KG_INTRO = [
    ("Aanleiding", [
        "Op 10 december 2026 hebben de gemeente, Woonstichting Polderkade en Huurdersvereniging De Kade de "
        "prestatieafspraken voor 2027 ondertekend. Met deze brief informeren wij u over de inhoud daarvan.",
        "De afspraken zijn tot stand gekomen op basis van het bod dat Polderkade in juni 2026 heeft "
        "uitgebracht en de woonvisie ‘Wonen aan de Waard 2023-2027’. In 2026 heeft Polderkade 38 sociale "
        "huurwoningen opgeleverd en 48 woningen met een slecht energielabel verbeterd.",
    ]),
    ("Kernboodschap", [
        "De afspraken gaan over vijf thema’s:",
    ]),
]
KG_THEMES = ["Beschikbaar en betaalbaar wonen", "Duurzaamheid en energietransitie", "Kwaliteit, wonen en zorg",
             "Leefbare buurten", "Samenwerking en proces"]
KG_SECTION = "Belangrijkste afspraken voor 2027"
KG_LEAD = "De belangrijkste afspraken voor 2027 zijn:"
KG_ITEMS = [
    dict(key="nieuwbouw-zeedijk", themes=[BB, KW],
         text="Polderkade levert in Zeedijk-Oost 42 sociale huurwoningen op, waarvan ten minste 16 "
              "levensloopbestendig; de oplevering is uiterlijk 31 december 2027.",
         frame=F(C, "firm", [(42, "woningen", "exact"), (16, "woningen", "min")],
                 (2027, "uiterlijk 31 december 2027"))),
    dict(key="nieuwbouw-havenfront", themes=[BB],
         text="Op de locatie Havenfront bouwt Polderkade 30 tot 40 sociale huurwoningen; de bouw start in 2028.",
         frame=F(C, "firm", [(30, "woningen", "range", 40)], (2028, "in 2028"))),
    dict(key="huurverhoging", themes=[BB],
         text="De gemiddelde huurverhoging per 1 juli 2027 blijft gelijk aan de inflatie plus 0,5%, met een "
              "maximum van 4,5% per woning.",
         frame=F(C, "firm", [(0.5, "%", "exact"), (4.5, "%", "max")], (2027, "per 1 juli 2027"), True)),
    dict(key="vergunninghouders", themes=[BB],
         text="Polderkade huisvest haar deel van de taakstelling vergunninghouders, naar verwachting 41 personen "
              "in 2027.",
         frame=F(C, "firm", [(41, "personen", "exact")], (2027, "in 2027"), True)),
    dict(key="labels-efg", themes=[DK],
         text="De laatste 92 woningen met energielabel E, F of G worden uiterlijk eind 2028 verbeterd naar ten "
              "minste label C.",
         frame=F(C, "firm", [(92, "woningen", "exact")], (2028, "uiterlijk eind 2028"))),
    dict(key="warmtepompen", themes=[DK],
         text="In 2027 krijgen 75 eengezinswoningen van Polderkade een hybride warmtepomp.",
         frame=F(C, "firm", [(75, "woningen", "exact")], (2027, "in 2027"), True)),
    dict(key="warmtenet-dijkstraat", themes=[DK],
         text="De flats aan de Dijkstraat worden uiterlijk in 2029 aangesloten op het warmtenet Havenkwartier.",
         frame=F(GC, "firm", [], (2029, "uiterlijk in 2029"))),
    dict(key="woonvorm-meerstoep", themes=[KW, BB],
         text="Mits de zorgaanbieder de huur van de gemeenschappelijke ruimte voor tien jaar garandeert, komt er "
              "in De Meerstoep een geclusterde woonvorm met 24 zorggeschikte woningen voor ouderen.",
         frame=F(P, "firm", [(10, "jaar", "exact"), (24, "woningen", "exact")], None, False,
                 ["mits de zorgaanbieder de huur van de gemeenschappelijke ruimte voor tien jaar garandeert"])),
    dict(key="uitstroom-bw-mo", themes=[LB, BB],
         text="Ten minste 15 woningen zijn in 2027 beschikbaar voor uitstroom uit beschermd wonen en "
              "maatschappelijke opvang, mits de gemeente passende begeleiding regelt.",
         frame=F(C, "firm", [(15, "woningen", "min")], (2027, "in 2027"), True,
                 ["mits de gemeente passende begeleiding regelt"])),
    dict(key="nieuwe-woonvisie", themes=[OV],
         text="De gemeente stelt uiterlijk 1 juli 2027 een nieuwe woonvisie vast en doet dat samen met "
              "Polderkade en HV De Kade.",
         frame=F(G, "firm", [], (2027, "uiterlijk 1 juli 2027"))),
]
KG_OUTRO = [
    ("Financiële gevolgen", [
        "De gemeentelijke bijdragen aan deze afspraken passen binnen de begroting 2027. Voor de energiecoaches "
        "wordt gebruikgemaakt van de rijksmiddelen tegen energiearmoede.",
    ]),
    ("Vervolg", [
        "Partijen bespreken de voortgang in april en oktober 2027. Wij informeren u na de najaarsmonitor over "
        "de stand van zaken. De volledige prestatieafspraken vindt u op de website van de gemeente.",
    ]),
]
