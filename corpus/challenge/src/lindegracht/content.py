# -*- coding: utf-8 -*-
"""Content of the lindegracht family: jaarschijven 2025, 2026 and 2027 of the
kaderafspraken 2025-2028 of gemeente Lindegracht, Woonstichting Grachtwaarde and
Huurdersvereniging De Lindetak. All names are fictional."""

FAMILY = "lindegracht"
GEMEENTE = "Lindegracht"
CORPORATIE = "Woonstichting Grachtwaarde"
HUURDERS = "Huurdersvereniging De Lindetak"
YEARS = [2025, 2026, 2027]
PERIOD = [2025, 2026, 2027, 2028]

# owner tags as printed in the box corner, spelled out in the legend
TAGS = {
    "Gem.": "Gemeente Lindegracht",
    "Corp.": "Woonstichting Grachtwaarde",
    "HV": "Huurdersvereniging De Lindetak",
    "Gem. + Corp.": "Gemeente Lindegracht en Woonstichting Grachtwaarde",
    "Corp. + HV": "Woonstichting Grachtwaarde en Huurdersvereniging De Lindetak",
    "Allen": "Alle partijen",
}
LEGEND_ORDER = ["Gem.", "Corp.", "HV", "Allen"]

LANES = [
    ("betaalbaar", "Betaalbaar en beschikbaar wonen"),
    ("duurzaam", "Energietransitie en klimaat"),
    ("kwaliteit", "Goed wonen en wonen met zorg"),
    ("wijk", "Prettig wonen in de wijk"),
    ("samen", "Samenwerking en proces"),
]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")
Q1, Q2, Q3, Q4, LATER = 0, 1, 2, 3, 4


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    quants = []
    for t in q:
        v, u, c = t[0], t[1], t[2]
        quants.append({"value": v, "unit": u, "comparator": c,
                       "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": quants,
            "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
            "recurring": rec, "conditions": list(cond)}


def V(text, cols, fr, st=None, kinds=(), hn=None, tag=None):
    """cols: (start, end) column indexes; end is the quarter printed as planning."""
    if isinstance(cols, int):
        cols = (cols, cols)
    return {"text": text, "cols": cols, "frame": fr, "status": st, "kinds": list(kinds),
            "hn": hn, "tag": tag}


CORP, GEM, PARTIJEN, HVR = ["corporatie"], ["gemeente"], ["partijen"], ["huurdersorganisatie"]
GC = ["gemeente", "corporatie"]
CH = ["corporatie", "huurdersorganisatie"]

AFSPRAKEN = [
    # ------------------------------------------------------------ betaalbaar
    dict(key="nieuwbouw-kadewerf", lane="betaalbaar", themes=[B], tag="Corp.", v={
        2025: V("Grachtwaarde start de bouw van 48 sociale huurwoningen op de Kadewerf; de oplevering is voorzien in 2027.",
                Q3, F(CORP, "firm", [(48, "woningen", "exact")], (2027, "in 2027"))),
        2026: V("Grachtwaarde start de bouw van 42 sociale huurwoningen op de Kadewerf; de oplevering is voorzien in 2028.",
                (Q2, Q3), F(CORP, "firm", [(42, "woningen", "exact")], (2028, "in 2028")),
                "weakened", ["quantity", "deadline"]),
        2027: V("Op de Kadewerf worden door Grachtwaarde 42 sociale huurwoningen gebouwd, met oplevering in 2028.",
                LATER, F(CORP, "firm", [(42, "woningen", "exact")], (2028, "in 2028")),
                "reworded", hn="same_figures"),
    }),
    dict(key="nieuwbouw-molenerf", lane="betaalbaar", themes=[B, K], tag="Corp.", v={
        2025: V("Grachtwaarde onderzoekt de haalbaarheid van 30 levensloopgeschikte huurwoningen op de locatie Molenerf.",
                Q4, F(CORP, "explore", [(30, "woningen", "exact")])),
        2026: V("Grachtwaarde realiseert 30 levensloopgeschikte huurwoningen op de locatie Molenerf.",
                LATER, F(CORP, "firm", [(30, "woningen", "exact")]), "strengthened", ["modality"]),
        2027: V("Grachtwaarde realiseert 30 levensloopgeschikte huurwoningen op de locatie Molenerf, indien financieel haalbaar.",
                LATER, F(CORP, "firm", [(30, "woningen", "exact")], cond=["indien financieel haalbaar"]),
                "weakened", ["condition"]),
    }),
    dict(key="sociale-voorraad", lane="betaalbaar", themes=[B], tag="Allen", v={
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad van Grachtwaarde in Lindegracht tot 2028 niet daalt onder 3.150 woningen.",
                LATER, F(PARTIJEN, "intent", [(3150, "woningen", "min")], (2028, "tot 2028"))),
        2026: "same",
        2027: V("Grachtwaarde zorgt ervoor dat haar sociale huurvoorraad in Lindegracht tot 2028 niet daalt onder 3.150 woningen.",
                LATER, F(CORP, "firm", [(3150, "woningen", "min")], (2028, "tot 2028")),
                "strengthened", ["modality"], tag="Corp."),
    }),
    dict(key="verkoop", lane="betaalbaar", themes=[B], tag="Corp.", v={
        2025: V("Grachtwaarde verkoopt in 2025 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
                Q4, F(CORP, "firm", [(10, "woningen", "max")], (2025, "in 2025"), rec=True)),
        2026: V("Grachtwaarde verkoopt in 2026 ten hoogste 6 sociale huurwoningen, uitsluitend bij mutatie.",
                Q4, F(CORP, "firm", [(6, "woningen", "max")], (2026, "in 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("Grachtwaarde verkoopt in 2027 ten hoogste 6 sociale huurwoningen, uitsluitend bij mutatie.",
                Q4, F(CORP, "firm", [(6, "woningen", "max")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="huurverhoging", lane="betaalbaar", themes=[B], tag="Corp.", v={
        2025: V("Grachtwaarde houdt de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5% onder de inflatie.",
                Q3, F(CORP, "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), rec=True)),
        2026: V("Grachtwaarde houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,25% onder de inflatie.",
                Q3, F(CORP, "firm", [(0.25, "%", "min")], (2026, "per 1 juli 2026"), rec=True),
                "weakened", ["quantity"]),
        2027: V("De gemiddelde huurverhoging van Grachtwaarde blijft per 1 juli 2027 ten minste 0,25% onder de inflatie.",
                Q3, F(CORP, "firm", [(0.25, "%", "min")], (2027, "per 1 juli 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="inkomensgrens", lane="betaalbaar", themes=[B], tag="Corp.", v={
        2025: V("Bij de toewijzing van sociale huurwoningen hanteert Grachtwaarde voor eenpersoonshuishoudens een inkomensgrens van € 47.699 (prijspeil 2025).",
                Q1, F(CORP, "firm", [(47699, "euro", "max")], rec=True)),
        2026: V("Bij de toewijzing van sociale huurwoningen hanteert Grachtwaarde voor eenpersoonshuishoudens een inkomensgrens van € 49.125 (prijspeil 2026).",
                Q1, F(CORP, "firm", [(49125, "euro", "max")], rec=True), "reworded", hn="indexed_amount"),
        2027: V("Bij de toewijzing van sociale huurwoningen hanteert Grachtwaarde voor eenpersoonshuishoudens een inkomensgrens van € 50.430 (prijspeil 2027).",
                Q1, F(CORP, "firm", [(50430, "euro", "max")], rec=True), "reworded", hn="indexed_amount"),
    }),
    dict(key="lokale-binding", lane="betaalbaar", themes=[B], tag="Corp.", v={
        2025: V("Grachtwaarde wijst ten minste 20% van de vrijkomende sociale huurwoningen met voorrang toe aan woningzoekenden met een lokale binding.",
                (Q1, Q2), F(CORP, "firm", [(20, "%", "min")])),
        2026: V("Grachtwaarde wijst ten minste 15% van de vrijkomende sociale huurwoningen met voorrang toe aan woningzoekenden met een lokale binding.",
                (Q1, Q2), F(CORP, "firm", [(15, "%", "min")]), "weakened", ["quantity"]),
        2027: "same",
    }),
    dict(key="vergunninghouders", lane="betaalbaar", themes=[B], tag="Corp.", v={
        2025: V("Grachtwaarde stelt in 2025 ten minste 34 woningen beschikbaar voor vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
                (Q3, Q4), F(CORP, "firm", [(34, "woningen", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Grachtwaarde stelt in 2026 ten minste 41 woningen beschikbaar voor vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
                (Q3, Q4), F(CORP, "firm", [(41, "woningen", "min")], (2026, "in 2026"), rec=True),
                "reworded", hn="external_figure"),
        2027: V("Voor de huisvesting van vergunninghouders stelt Grachtwaarde in 2027 ten minste 29 woningen beschikbaar, conform de rijkstaakstelling.",
                (Q3, Q4), F(CORP, "firm", [(29, "woningen", "min")], (2027, "in 2027"), rec=True),
                "reworded", hn="external_figure"),
    }),
    dict(key="doorstroming-senioren", lane="betaalbaar", themes=[B], tag="Gem. + Corp.", v={
        2025: V("De gemeente en Grachtwaarde stellen uiterlijk in het tweede kwartaal van 2025 een verhuisregeling vast voor senioren die van een eengezinswoning naar een passende woning verhuizen.",
                Q2, F(GC, "firm", dl=(2025, "tweede kwartaal van 2025"))),
        2026: V("De gemeente en Grachtwaarde stellen uiterlijk in het vierde kwartaal van 2026 een verhuisregeling vast voor senioren die van een eengezinswoning naar een passende woning verhuizen.",
                Q4, F(GC, "firm", dl=(2026, "vierde kwartaal van 2026")), "weakened", ["deadline"]),
    }),
    dict(key="huurachterstand", lane="betaalbaar", themes=[B, L], tag="Corp.", v={
        2025: V("Grachtwaarde neemt binnen 30 dagen na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en wijst op de schuldhulp van de gemeente.",
                Q1, F(CORP, "firm", [(30, "dagen", "max")])),
        2026: V("Grachtwaarde neemt binnen 14 dagen na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en wijst op de schuldhulp van de gemeente.",
                Q1, F(CORP, "firm", [(14, "dagen", "max")]), "strengthened", ["quantity"]),
        2027: "same",
    }),
    dict(key="huisuitzettingen", lane="betaalbaar", themes=[B], tag="Allen", v={
        2026: V("Partijen zetten zich in om huisuitzettingen wegens huurachterstand te voorkomen en streven naar ten hoogste 2 ontruimingen per jaar.",
                Q2, F(PARTIJEN, "intent", [(2, "ontruimingen", "max")])),
        2027: V("Partijen spannen zich in om het aantal ontruimingen wegens huurachterstand te beperken tot ten hoogste 2 per jaar.",
                Q2, F(PARTIJEN, "intent", [(2, "ontruimingen", "max")]), "reworded", hn="same_figures"),
    }),
    dict(key="middenhuur-stationskwartier", lane="betaalbaar", themes=[B], tag="Gem.", v={
        2025: V("De gemeente verkent in 2025 samen met Grachtwaarde of in het plan Stationskwartier middenhuurwoningen kunnen worden toegevoegd.",
                Q2, F(GEM, "explore", dl=(2025, "in 2025"))),
    }),
    dict(key="inschrijfduur", lane="betaalbaar", themes=[B], tag="Gem. + Corp.", v={
        2027: V("De gemeente en Grachtwaarde onderzoeken hoe de gemiddelde inschrijfduur voor een sociale huurwoning kan worden teruggebracht tot minder dan vijf jaar.",
                (Q2, Q3), F(GC, "explore", [(5, "jaar", "max")])),
    }),
    # ------------------------------------------------------------ duurzaam
    dict(key="labels-efg", lane="duurzaam", themes=[D], tag="Corp.", v={
        2025: V("Grachtwaarde verbetert in 2025 ten minste 60 woningen met een E-, F- of G-label; eind 2026 heeft Grachtwaarde geen woningen met zo'n label meer.",
                Q4, F(CORP, "firm", [(60, "woningen", "min"), (0, "woningen", "max")], (2026, "eind 2026"))),
        2026: V("Grachtwaarde verbetert in 2026 de resterende 38 woningen met een E-, F- of G-label; eind 2026 heeft Grachtwaarde geen woningen met zo'n label meer.",
                Q4, F(CORP, "firm", [(38, "woningen", "exact"), (0, "woningen", "max")], (2026, "eind 2026")),
                "reworded", hn="progress"),
    }),
    dict(key="isolatie", lane="duurzaam", themes=[D], tag="Corp.", v={
        2025: V("Grachtwaarde isoleert in 2025 ten minste 120 woningen, verspreid over vier complexen, tot ten minste energielabel B.",
                (Q3, Q4), F(CORP, "firm", [(120, "woningen", "min"), ("B", "label", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Grachtwaarde isoleert in 2026 ten minste 160 woningen, verspreid over vier complexen, tot ten minste energielabel B.",
                (Q3, Q4), F(CORP, "firm", [(160, "woningen", "min"), ("B", "label", "min")], (2026, "in 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("Grachtwaarde isoleert in 2027 ten minste 160 woningen, verspreid over vier complexen, tot ten minste energielabel C.",
                (Q3, Q4), F(CORP, "firm", [(160, "woningen", "min"), ("C", "label", "min")], (2027, "in 2027"), rec=True),
                "weakened", ["label"]),
    }),
    dict(key="gemiddeld-label", lane="duurzaam", themes=[D], tag="Corp.", v={
        2025: V("Grachtwaarde brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel B.",
                LATER, F(CORP, "firm", [("B", "label", "min")], (2028, "in 2028"))),
        2026: "same",
        2027: V("Grachtwaarde brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel A.",
                LATER, F(CORP, "firm", [("A", "label", "min")], (2028, "in 2028")), "strengthened", ["label"]),
    }),
    dict(key="zonnepanelen", lane="duurzaam", themes=[D], tag="Corp.", v={
        2025: V("Grachtwaarde biedt in alle grondgebonden huurwoningen met een geschikt dak zonnepanelen aan tegen een maandelijkse vergoeding.",
                LATER, F(CORP, "firm")),
        2026: V("Grachtwaarde biedt in de complexen Lindehof en Paterspad zonnepanelen aan tegen een maandelijkse vergoeding.",
                LATER, F(CORP, "firm"), "weakened", ["scope"]),
        2027: V("Grachtwaarde biedt in de complexen Lindehof en Paterspad zonnepanelen aan tegen een maandelijkse vergoeding, mits ten minste 70% van de huurders instemt.",
                LATER, F(CORP, "firm", [(70, "%", "min")], cond=["mits ten minste 70% van de huurders instemt"]),
                "weakened", ["condition"]),
    }),
    dict(key="aardgasvrij-oostwijk", lane="duurzaam", themes=[D], tag="Gem.", v={
        2025: V("De gemeente stelt uiterlijk in het derde kwartaal van 2025 het wijkuitvoeringsplan aardgasvrij voor Oostwijk vast, met Grachtwaarde als eerste deelnemende partij.",
                Q3, F(GEM, "firm", dl=(2025, "derde kwartaal van 2025"))),
        2026: V("De gemeente onderzoekt of het wijkuitvoeringsplan aardgasvrij voor Oostwijk in 2027 kan worden vastgesteld en betrekt Grachtwaarde daarbij.",
                LATER, F(GEM, "explore", dl=(2027, "in 2027")), "weakened", ["modality", "deadline"]),
        2027: V("De gemeente stelt in 2027 het wijkuitvoeringsplan aardgasvrij voor Oostwijk vast en betrekt Grachtwaarde daarbij.",
                Q4, F(GEM, "firm", dl=(2027, "in 2027")), "strengthened", ["modality"]),
    }),
    dict(key="energiecoaches", lane="duurzaam", themes=[D, B], tag="Gem.", v={
        2025: V("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; Grachtwaarde wijst haar huurders actief op dit aanbod.",
                (Q1, Q2), F(GC, "firm", dl=(2025, "in 2025"), rec=True)),
        2026: V("De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten; Grachtwaarde wijst haar huurders actief op dit aanbod.",
                (Q1, Q2), F(GC, "firm", dl=(2026, "in 2026"), rec=True), "reworded", hn="recurring_year"),
        2027: V("In 2027 biedt de gemeente huurders met hoge energielasten de hulp van energiecoaches aan; Grachtwaarde attendeert haar huurders actief op dit aanbod.",
                (Q1, Q2), F(GC, "firm", dl=(2027, "in 2027"), rec=True), "reworded", hn="recurring_year"),
    }),
    dict(key="hemelwater", lane="duurzaam", themes=[D], tag="Corp.", v={
        2025: V("Grachtwaarde bekijkt bij groot onderhoud of het hemelwater van het riool kan worden afgekoppeld.",
                LATER, F(CORP, "explore")),
        2026: V("Grachtwaarde koppelt bij groot onderhoud het hemelwater van het riool af.",
                LATER, F(CORP, "firm"), "strengthened", ["modality"]),
        2027: "same",
    }),
    dict(key="groene-daken", lane="duurzaam", themes=[D], tag="Gem. + Corp.", v={
        2027: V("De gemeente en Grachtwaarde leggen in 2027 op twee complexen in Oostwijk een proef met groene daken aan.",
                (Q2, Q3), F(GC, "firm", [(2, "complexen", "exact")], (2027, "in 2027"))),
    }),
    # ------------------------------------------------------------ kwaliteit
    dict(key="vocht-schimmel", lane="kwaliteit", themes=[K], tag="Corp.", v={
        2025: V("Grachtwaarde neemt meldingen van vocht en schimmel binnen 10 werkdagen in behandeling met een inspectie in de woning.",
                Q1, F(CORP, "firm", [(10, "werkdagen", "max")])),
        2026: "same",
        2027: V("Grachtwaarde neemt meldingen van vocht en schimmel binnen 5 werkdagen in behandeling met een inspectie in de woning.",
                Q1, F(CORP, "firm", [(5, "werkdagen", "max")]), "strengthened", ["quantity"]),
    }),
    dict(key="reparaties", lane="kwaliteit", themes=[K], tag="Corp.", v={
        2025: V("Grachtwaarde voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 15 werkdagen.",
                Q1, F(CORP, "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
        2026: V("Grachtwaarde voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 20 werkdagen.",
                Q1, F(CORP, "firm", [(24, "uur", "max"), (20, "werkdagen", "max")]), "weakened", ["quantity"]),
        2027: V("Spoedreparaties worden door Grachtwaarde binnen 24 uur verholpen, overige reparaties binnen 20 werkdagen.",
                Q1, F(CORP, "firm", [(24, "uur", "max"), (20, "werkdagen", "max")]), "reworded", hn="same_figures"),
    }),
    dict(key="wmo-aanpassingen", lane="kwaliteit", themes=[K], tag="Gem. + Corp.", v={
        2025: V("De gemeente en Grachtwaarde gaan in gesprek over de verdeling van de kosten van kleine woningaanpassingen vanuit de Wmo.",
                Q2, F(GC, "discuss")),
        2026: V("De gemeente en Grachtwaarde leggen uiterlijk in het tweede kwartaal van 2026 vast hoe de kosten van kleine woningaanpassingen vanuit de Wmo worden verdeeld.",
                Q2, F(GC, "firm", dl=(2026, "tweede kwartaal van 2026")), "strengthened", ["modality", "deadline"]),
    }),
    dict(key="rookmelders", lane="kwaliteit", themes=[K], tag="Corp.", v={
        2025: V("Grachtwaarde plaatst in 2025 in alle woningen zonder rookmelder ten minste één rookmelder per verdieping.",
                (Q2, Q3), F(CORP, "firm", [(1, "rookmelders per verdieping", "min")], (2025, "in 2025"))),
    }),
    dict(key="levensloopgeschikt", lane="kwaliteit", themes=[K], tag="Corp.", v={
        2025: V("Grachtwaarde maakt in 2025 ten minste 20 bestaande woningen levensloopgeschikt.",
                Q4, F(CORP, "firm", [(20, "woningen", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Grachtwaarde maakt in 2026 ten minste 30 bestaande woningen levensloopgeschikt.",
                Q4, F(CORP, "firm", [(30, "woningen", "min")], (2026, "in 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("In 2027 maakt Grachtwaarde ten minste dertig bestaande woningen levensloopgeschikt.",
                Q4, F(CORP, "firm", [(30, "woningen", "min")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="huurdersoordeel", lane="kwaliteit", themes=[K], tag="Corp.", v={
        2025: V("Grachtwaarde streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van reparatieverzoeken.",
                Q4, F(CORP, "intent", [(7.5, "cijfer", "min")])),
        2026: V("Voor de afhandeling van reparatieverzoeken wordt door Grachtwaarde een gemiddeld huurdersoordeel van minimaal 7,5 nagestreefd.",
                Q4, F(CORP, "intent", [(7.5, "cijfer", "min")]), "reworded", hn="same_figures"),
        2027: V("Voor de afhandeling van reparatieverzoeken wordt door Grachtwaarde een gemiddeld huurdersoordeel van minimaal 7,2 nagestreefd.",
                Q4, F(CORP, "intent", [(7.2, "cijfer", "min")]), "weakened", ["quantity"]),
    }),
    dict(key="geclusterd-wonen", lane="kwaliteit", themes=[K], tag="Corp.", v={
        2026: V("Grachtwaarde verkent met zorgaanbieder De Wilgenhoeve de mogelijkheid van een geclusterde woonvorm voor ouderen in Oostwijk.",
                LATER, F(CORP, "explore")),
        2027: V("Grachtwaarde realiseert met zorgaanbieder De Wilgenhoeve een geclusterde woonvorm met 16 appartementen voor ouderen in Oostwijk.",
                LATER, F(CORP, "firm", [(16, "woningen", "exact")]), "strengthened", ["modality", "quantity"]),
    }),
    # ------------------------------------------------------------ wijk
    dict(key="leefbaarheidsbudget", lane="wijk", themes=[L], tag="Corp.", v={
        2025: V("Grachtwaarde besteedt in 2025 ten minste € 120.000 aan leefbaarheid in haar complexen en de omliggende buurten.",
                Q4, F(CORP, "firm", [(120000, "euro", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Grachtwaarde besteedt in 2026 ten minste € 105.000 aan leefbaarheid in haar complexen en de omliggende buurten.",
                Q4, F(CORP, "firm", [(105000, "euro", "min")], (2026, "in 2026"), rec=True),
                "weakened", ["quantity"]),
        2027: V("Grachtwaarde besteedt in 2027 ten minste € 105.000 aan leefbaarheid in haar complexen en de omliggende buurten.",
                Q4, F(CORP, "firm", [(105000, "euro", "min")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="huismeesters", lane="wijk", themes=[L], tag="Corp.", v={
        2025: V("Grachtwaarde zet in Oostwijk en de Binnengracht huismeesters in die ieder ten minste drie dagdelen per week in de wijk aanwezig zijn.",
                Q1, F(CORP, "firm", [(3, "dagdelen per week", "min")])),
        2026: V("Grachtwaarde zet in Oostwijk een huismeester in die ten minste drie dagdelen per week in de wijk aanwezig is.",
                Q1, F(CORP, "firm", [(3, "dagdelen per week", "min")]), "weakened", ["scope"]),
        2027: "same",
    }),
    dict(key="bewonersinitiatieven", lane="wijk", themes=[L], tag="Gem.", v={
        2025: V("De gemeente stelt in 2025 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen.",
                Q2, F(GEM, "firm", [(20000, "euro", "exact")], (2025, "in 2025"), rec=True)),
        2026: V("Onder voorbehoud van vaststelling van de begroting stelt de gemeente in 2026 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen.",
                Q2, F(GEM, "firm", [(20000, "euro", "exact")], (2026, "in 2026"), rec=True,
                      cond=["onder voorbehoud van vaststelling van de begroting"]),
                "weakened", ["condition"]),
        2027: V("De gemeente stelt in 2027 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen.",
                Q2, F(GEM, "firm", [(20000, "euro", "exact")], (2027, "in 2027"), rec=True),
                "strengthened", ["condition"]),
    }),
    dict(key="zorg-veiligheid", lane="wijk", themes=[L], tag="Allen", v={
        2025: V("Partijen bespreken complexe overlastsituaties binnen vier weken na melding in het Zorg- en Veiligheidsoverleg.",
                (Q1, Q2), F(PARTIJEN, "firm", [(4, "weken", "max")])),
        2026: V("Complexe overlastsituaties worden binnen vier weken na melding in het Zorg- en Veiligheidsoverleg besproken door partijen.",
                (Q1, Q2), F(PARTIJEN, "firm", [(4, "weken", "max")]), "reworded", hn="same_figures"),
        2027: "same",
    }),
    dict(key="wijkschouw", lane="wijk", themes=[L], tag="Corp. + HV", v={
        2025: V("Grachtwaarde en De Lindetak houden in 2025 in elke wijk met meer dan 200 huurwoningen ten minste één wijkschouw.",
                (Q2, Q3), F(CH, "firm", [(200, "woningen", "min"), (1, "wijkschouwen", "min")], (2025, "in 2025"), rec=True)),
        2026: V("Grachtwaarde en De Lindetak houden in 2026 in Oostwijk en de Binnengracht ten minste één wijkschouw.",
                (Q2, Q3), F(CH, "firm", [(1, "wijkschouwen", "min")], (2026, "in 2026"), rec=True),
                "weakened", ["scope"]),
        2027: V("Grachtwaarde en De Lindetak houden in 2027 in Oostwijk en de Binnengracht ten minste twee wijkschouwen.",
                (Q2, Q3), F(CH, "firm", [(2, "wijkschouwen", "min")], (2027, "in 2027"), rec=True),
                "strengthened", ["quantity"]),
    }),
    dict(key="ontmoeting-ouderen", lane="wijk", themes=[L], tag="Gem. + Corp.", v={
        2026: V("De gemeente en Grachtwaarde organiseren in 2026 met de welzijnsorganisatie ten minste zes ontmoetingsmiddagen voor oudere huurders in Oostwijk.",
                (Q3, Q4), F(GC, "firm", [(6, "bijeenkomsten", "min")], (2026, "in 2026"), rec=True)),
        2027: V("Samen met de welzijnsorganisatie organiseren de gemeente en Grachtwaarde in 2027 ten minste zes ontmoetingsmiddagen voor oudere huurders in Oostwijk.",
                (Q3, Q4), F(GC, "firm", [(6, "bijeenkomsten", "min")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    # ------------------------------------------------------------ samen
    dict(key="monitoring", lane="samen", themes=[O], tag="Allen", v={
        2025: V("Partijen bespreken de voortgang van de routekaart twee keer per jaar in het bestuurlijk overleg.",
                (Q3, Q4), F(PARTIJEN, "firm", [(2, "keer per jaar", "exact")], rec=True)),
        2026: "same",
        2027: V("Partijen bespreken de voortgang van de routekaart drie keer per jaar in het bestuurlijk overleg.",
                (Q3, Q4), F(PARTIJEN, "firm", [(3, "keer per jaar", "exact")], rec=True),
                "strengthened", ["quantity"]),
    }),
    dict(key="bod", lane="samen", themes=[O], tag="Corp.", v={
        2025: V("Grachtwaarde levert vóór 1 juli 2025 haar bod op de woonvisie in bij de gemeente en De Lindetak.",
                Q2, F(CORP, "firm", dl=(2025, "vóór 1 juli 2025"), rec=True)),
        2026: V("Grachtwaarde levert vóór 1 juli 2026 haar bod op de woonvisie in bij de gemeente en De Lindetak.",
                Q2, F(CORP, "firm", dl=(2026, "vóór 1 juli 2026"), rec=True), "reworded", hn="recurring_year"),
        2027: V("Vóór 1 juli 2027 ontvangen de gemeente en De Lindetak van Grachtwaarde haar bod op de woonvisie.",
                Q2, F(CORP, "firm", dl=(2027, "vóór 1 juli 2027"), rec=True), "reworded", hn="recurring_year"),
    }),
    dict(key="ondersteuning-huurders", lane="samen", themes=[O], tag="Corp.", v={
        2025: V("Grachtwaarde vergoedt De Lindetak per 1 januari 2025 de kosten van onafhankelijke ondersteuning tot € 6.000 per jaar.",
                Q1, F(CORP, "firm", [(6000, "euro", "max")], (2025, "per 1 januari 2025"), rec=True)),
        2026: V("Grachtwaarde vergoedt De Lindetak per 1 januari 2026 de kosten van onafhankelijke ondersteuning tot € 7.500 per jaar.",
                Q1, F(CORP, "firm", [(7500, "euro", "max")], (2026, "per 1 januari 2026"), rec=True),
                "strengthened", ["quantity"]),
        2027: V("Grachtwaarde vergoedt De Lindetak per 1 januari 2027 de kosten van onafhankelijke ondersteuning tot € 7.500 per jaar.",
                Q1, F(CORP, "firm", [(7500, "euro", "max")], (2027, "per 1 januari 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="woonvisie", lane="samen", themes=[O, B], tag="Gem.", v={
        2025: V("De gemeente actualiseert in 2026 de woonvisie en betrekt Grachtwaarde en De Lindetak vanaf de start bij het opstellen.",
                LATER, F(GEM, "firm", dl=(2026, "in 2026"))),
        2026: V("De gemeente actualiseert in 2027 de woonvisie en betrekt Grachtwaarde en De Lindetak vanaf de start bij het opstellen.",
                LATER, F(GEM, "firm", dl=(2027, "in 2027")), "weakened", ["deadline"]),
        2027: V("De woonvisie wordt in 2027 door de gemeente geactualiseerd; Grachtwaarde en De Lindetak worden vanaf de start bij het opstellen betrokken.",
                Q4, F(GEM, "firm", dl=(2027, "in 2027")), "reworded", hn="same_figures"),
    }),
    dict(key="participatie-renovatie", lane="samen", themes=[O], tag="Corp. + HV", v={
        2025: V("Grachtwaarde en De Lindetak onderzoeken in 2025 hoe huurders in Oostwijk eerder bij de renovatieplannen kunnen worden betrokken.",
                Q3, F(CH, "explore", dl=(2025, "in 2025"))),
    }),
    dict(key="achterban", lane="samen", themes=[O], tag="HV", v={
        2026: V("De Lindetak organiseert in 2026 ten minste twee bijeenkomsten voor haar achterban over de huurverhoging en de voortgang van de routekaart.",
                (Q2, Q3), F(HVR, "firm", [(2, "bijeenkomsten", "min")], (2026, "in 2026"), rec=True)),
        2027: V("In 2027 houdt De Lindetak ten minste twee bijeenkomsten voor haar achterban over de huurverhoging en de voortgang van de routekaart.",
                (Q2, Q3), F(HVR, "firm", [(2, "bijeenkomsten", "min")], (2027, "in 2027"), rec=True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="woonloket", lane="samen", themes=[O, B], tag="Gem.", v={
        2026: V("De gemeente opent in 2026 één digitaal woonloket waar huurders terechtkunnen met vragen over toewijzing, urgentie en woningaanpassingen.",
                Q2, F(GEM, "firm", [(1, "woonloket", "exact")], (2026, "in 2026"))),
    }),
    dict(key="evaluatie-kader", lane="samen", themes=[O], tag="Allen", v={
        2027: V("Partijen evalueren in het derde kwartaal van 2027 de kaderafspraken 2025-2028 en starten op basis daarvan de voorbereiding van nieuwe afspraken.",
                Q3, F(PARTIJEN, "firm", dl=(2027, "derde kwartaal van 2027"))),
    }),
]


def versions(year):
    """Resolved versions for one year: list of (afspraak, version) in content order."""
    out = []
    for a in AFSPRAKEN:
        v = a["v"]
        if year not in v:
            continue
        ver = v[year]
        if ver == "same":
            prev = resolve(a, year - 1)
            ver = dict(prev, status="unchanged", kinds=[], hn=None)
        out.append((a, ver))
    return out


def resolve(a, year):
    ver = a["v"][year]
    if ver == "same":
        return dict(resolve(a, year - 1), status="unchanged", kinds=[], hn=None)
    return ver


# ---------------------------------------------------------------- prose
SIGN_DATES = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "9 december 2026"}

PROSE = {
    2025: [
        ("Voorwoord", [
            "Voor u ligt de eerste jaarschijf van de kaderafspraken 2025-2028 van de gemeente Lindegracht, Woonstichting Grachtwaarde en Huurdersvereniging De Lindetak. In de kaderafspraken hebben wij de koers voor vier jaar vastgelegd. Elk jaar werken wij die koers uit in een jaarschijf met een routekaart: een overzicht per thema van wat er in welk kwartaal gebeurt en wie daarvoor aan de lat staat.",
            "De woningmarkt in Lindegracht staat onder druk. Woningzoekenden staan gemiddeld ruim zes jaar ingeschreven voordat zij een sociale huurwoning vinden, en de vraag naar kleine, betaalbare en toegankelijke woningen groeit door de vergrijzing. Tegelijk vraagt de energietransitie veel van de corporatie en van haar huurders.",
        ]),
        ("Leeswijzer", [
            "Hoofdstuk 1 schetst de context per thema. Daarna volgt de routekaart 2025. Elke baan van de routekaart is een thema; de blokken in een baan zijn de afspraken, geplaatst in het kwartaal waarin de afspraak gereed moet zijn. Een blok dat over twee kwartalen loopt, start in het eerste en is gereed in het tweede kwartaal. Afspraken die pas na 2025 hun beslag krijgen, staan in de kolom Later. Rechtsonder in elk blok staat welke partij trekker is.",
            "Wat in de tekst van dit hoofdstuk staat, is toelichting. Alleen de blokken op de routekaart gelden als afspraak.",
        ]),
        ("Uitgangspunten van de kaderafspraken", [
            "De kaderafspraken 2025-2028 bouwen voort op de Woonvisie Lindegracht 2022-2030 en op de regionale woondeal. Zij vertalen de landelijke doelen uit de Nationale Prestatieafspraken naar wat in Lindegracht nodig en haalbaar is. De gemeente, de corporatie en de huurdersvereniging zijn daarin gelijkwaardige partners, ieder met een eigen rol: de gemeente zorgt voor beleid, grond en vergunningen, Grachtwaarde voor betaalbare en goede woningen, De Lindetak voor de stem van de huurders.",
            "Niet alles laat zich voor vier jaar vastleggen. Bouwkosten, rente, subsidies en landelijke regels veranderen snel. Daarom kiezen partijen voor een vaste koers in de kaderafspraken en een jaarlijkse routekaart die concreet maakt wat in het komende jaar gebeurt. Wat niet lukt, komt in de volgende jaarschijf terug met een nieuwe planning of een andere aanpak.",
            "Bij het opstellen van deze jaarschijf zijn het bod van Grachtwaarde van juni 2024, de reactie van De Lindetak daarop en de uitkomsten van twee bijeenkomsten met huurders gebruikt. De Lindetak heeft in die bijeenkomsten vooral aandacht gevraagd voor de betaalbaarheid van de woonlasten, voor vocht en schimmel en voor de informatie aan huurders bij renovaties.",
        ]),
        ("Kerncijfers", {"table": [
            ["", "2022", "2023", "2024"],
            ["Woningen Grachtwaarde in Lindegracht", "3.236", "3.224", "3.212"],
            ["Verhuringen sociale huur", "248", "214", "221"],
            ["Gemiddelde inschrijfduur (jaren)", "5,4", "5,9", "6,1"],
            ["Woningen met label E, F of G", "214", "162", "104"],
            ["Huurders met achterstand > 2 maanden", "58", "63", "61"],
            ["Huisuitzettingen", "4", "3", "3"],
        ]}),
        ("1. Context per thema", []),
        ("1.1 Betaalbaar en beschikbaar wonen", [
            "Grachtwaarde verhuurt in Lindegracht 3.212 woningen, waarvan 3.168 met een huur onder de liberalisatiegrens. Het aantal verhuringen daalde in 2023 naar 214, tegen 262 in 2021. Het aandeel jongeren onder de woningzoekenden is in drie jaar toegenomen van 28% naar 34%.",
            "De gemeente werkt aan een nieuwe huisvestingsverordening, die naar verwachting in 2025 in werking treedt. De taakstelling voor vergunninghouders wordt halfjaarlijks door het Rijk vastgesteld.",
        ]),
        ("1.2 Energietransitie en klimaat", [
            "Eind 2024 had nog ongeveer een op de dertig woningen van Grachtwaarde een E-, F- of G-label. De transitievisie warmte van de gemeente wijst Oostwijk aan als eerste wijk voor een collectieve warmtevoorziening. De bouwkosten voor isolatie zijn in twee jaar met ruim 15% gestegen.",
        ]),
        ("1.3 Goed wonen en wonen met zorg", [
            "Het aantal meldingen van vocht en schimmel is in 2024 toegenomen. Het huurdersoordeel over reparaties kwam in 2024 uit op een 7,3. Steeds meer ouderen blijven langer zelfstandig wonen, vaak in een woning die daar niet op is ingericht.",
        ]),
        ("1.4 Prettig wonen in de wijk", [
            "In Oostwijk en de Binnengracht ervaren bewoners meer overlast dan elders in de gemeente. De wijkteams signaleren een toename van huurders die zorg of begeleiding nodig hebben maar die niet vanzelf ontvangen.",
        ]),
        ("1.5 Samenwerking", [
            "Het tripartiete overleg komt bestuurlijk en ambtelijk bijeen. De Lindetak heeft ruim 600 leden en een actieve werkgroep wonen en energie. De afspraken in deze jaarschijf gelden van 1 januari tot en met 31 december 2025.",
        ]),
        ("Werkwijze en overleg", [
            "De routekaart is het werkdocument van het tripartiete overleg. Het ambtelijk overleg bereidt de bestuurlijke bijeenkomsten voor en houdt per blok bij of de afspraak op schema ligt. In de monitor die bij het bestuurlijk overleg hoort, krijgt elk blok een kleur: groen voor gereed of op schema, oranje voor vertraagd en rood voor een afspraak die niet meer haalbaar is.",
            "In de praktijk komen wijzigingen door landelijke regels of een nieuwe rijkstaakstelling terecht in de volgende jaarschijf. Voor geschillen geldt de regeling uit de kaderafspraken, die aansluit bij de route via de adviescommissie uit het Besluit toegelaten instellingen volkshuisvesting 2015.",
        ]),
    ],
    2026: [
        ("Voorwoord", [
            "Dit is de tweede jaarschijf van de kaderafspraken 2025-2028 van de gemeente Lindegracht, Woonstichting Grachtwaarde en Huurdersvereniging De Lindetak. De jaarschijf bouwt voort op de routekaart 2025 en stelt die bij waar de omstandigheden daarom vroegen.",
            "De bouwkosten bleven in 2025 hoog en de rente op nieuwe leningen steeg. Dat heeft gevolgen gehad voor de planning van enkele nieuwbouwprojecten. Tegelijkertijd is de druk op de sociale huurvoorraad verder toegenomen.",
        ]),
        ("Leeswijzer", [
            "Na de terugblik en de context per thema volgt de routekaart 2026. Elke baan is een thema; een blok staat in het kwartaal waarin de afspraak gereed moet zijn, of in de kolom Later wanneer dat na 2026 is. Een blok over twee kwartalen start in het eerste en is gereed in het tweede. De trekker staat rechtsonder in het blok; de afkortingen staan in de legenda onder aan elke pagina.",
        ]),
        ("1. Terugblik 2025", [
            "In 2025 zijn 31 sociale huurwoningen opgeleverd in het project Wevershoek. Grachtwaarde heeft 71 woningen met een E-, F- of G-label verbeterd, meer dan afgesproken. In 2025 zijn 36 vergunninghouders gehuisvest. De verhuisregeling voor senioren is nog niet vastgesteld, omdat de uitwerking meer tijd vroeg dan verwacht.",
            "Het onderzoek naar middenhuur in het Stationskwartier is afgerond; de gemeente heeft het plan inmiddels aan een marktpartij gegund. De rookmelders zijn in alle woningen geplaatst.",
        ]),
        ("Kerncijfers", {"table": [
            ["", "2023", "2024", "2025"],
            ["Woningen Grachtwaarde in Lindegracht", "3.224", "3.212", "3.205"],
            ["Verhuringen sociale huur", "214", "221", "209"],
            ["Gemiddelde inschrijfduur (jaren)", "5,9", "6,1", "6,3"],
            ["Woningen met label E, F of G", "162", "104", "38"],
            ["Huurders met achterstand > 2 maanden", "63", "61", "66"],
            ["Huisuitzettingen", "3", "3", "2"],
        ]}),
        ("2. Context per thema", []),
        ("2.1 Betaalbaar en beschikbaar wonen", [
            "Per 1 januari 2026 verhuurt Grachtwaarde 3.205 woningen in Lindegracht. De gemiddelde inschrijfduur van woningzoekenden die een woning vonden, was in 2025 zes jaar en vier maanden. Het aantal huishoudens met een huurachterstand van meer dan twee maanden steeg licht.",
        ]),
        ("2.2 Energietransitie en klimaat", [
            "Van de woningen van Grachtwaarde had eind 2025 ruim 70% een label B of beter. De gemeente heeft de verkenning voor een warmtenet in Oostwijk uitgebreid met een alternatief op basis van individuele warmtepompen.",
        ]),
        ("2.3 Goed wonen, wijk en samenwerking", [
            "Het huurdersoordeel over reparaties bedroeg in 2025 een 7,4. Het aantal Wmo-aanvragen voor woningaanpassingen nam met 12% toe. Bewoners van Oostwijk waarderen de inzet van de huismeester; in de Binnengracht is het aantal meldingen van overlast gedaald. De Lindetak heeft in 2025 een nieuwe voorzitter gekozen.",
        ]),
        ("3. Wat is er veranderd ten opzichte van 2025", [
            "Partijen hebben de routekaart 2025 in het najaar van 2025 doorgenomen. Enkele afspraken zijn afgerond en komen niet meer terug, zoals de rookmelders en het onderzoek naar middenhuur. Bij andere afspraken is de planning of de omvang aangepast aan de financiële ruimte van Grachtwaarde en aan de voortgang van projecten. Nieuw zijn onder meer afspraken over het voorkomen van huisuitzettingen, een digitaal woonloket en ontmoeting voor oudere huurders.",
            "De Lindetak heeft aangegeven dat zij de verlaging van enkele ambities betreurt, met name bij het leefbaarheidsbudget en de inzet van huismeesters. Dit onderwerp staat op de agenda van de evaluatie van de kaderafspraken.",
        ]),
        ("Werkwijze en overleg", [
            "De werkwijze is ongewijzigd ten opzichte van 2025. Het ambtelijk overleg houdt de monitor bij; het bestuurlijk overleg bespreekt de voortgang en stelt zo nodig bij. De monitor over 2025 is als bijlage bij het verslag van het bestuurlijk overleg van november 2025 gevoegd.",
        ]),
    ],
    2027: [
        ("Voorwoord", [
            "Met deze derde jaarschijf zijn wij over de helft van de kaderafspraken 2025-2028 van de gemeente Lindegracht, Woonstichting Grachtwaarde en Huurdersvereniging De Lindetak. Het is ook het jaar waarin wij de kaderafspraken evalueren en de basis leggen voor de afspraken na 2028.",
            "De druk op de woningmarkt in Lindegracht is onverminderd groot. De financiële ruimte van Grachtwaarde is kleiner geworden door de gestegen lasten, wat keuzes vraagt tussen nieuwbouw, verduurzaming en onderhoud.",
        ]),
        ("Leeswijzer", [
            "Na de terugblik en de context volgt de routekaart 2027. Zoals in de vorige jaarschijven is elke baan een thema en staat elk blok in het kwartaal waarin de afspraak gereed moet zijn, of onder Later. De trekker staat rechtsonder in het blok en is in de legenda uitgeschreven.",
        ]),
        ("1. Terugblik 2026", [
            "In 2026 heeft Grachtwaarde de laatste woningen met een E-, F- of G-label verbeterd. De verhuisregeling voor senioren is in het vierde kwartaal van 2026 vastgesteld en de werkwijze voor kleine woningaanpassingen is in werking getreden. Het digitale woonloket is in mei 2026 geopend en werd in het eerste halfjaar ruim 1.900 keer bezocht.",
            "De bouw op de Kadewerf is gestart. In Oostwijk zijn zes ontmoetingsmiddagen voor oudere huurders georganiseerd, met gemiddeld 40 bezoekers.",
        ]),
        ("Kerncijfers", {"table": [
            ["", "2024", "2025", "2026"],
            ["Woningen Grachtwaarde in Lindegracht", "3.212", "3.205", "3.198"],
            ["Verhuringen sociale huur", "221", "209", "217"],
            ["Gemiddelde inschrijfduur (jaren)", "6,1", "6,3", "6,2"],
            ["Woningen met label E, F of G", "104", "38", "0"],
            ["Huurders met achterstand > 2 maanden", "61", "66", "57"],
            ["Huisuitzettingen", "3", "2", "2"],
        ]}),
        ("2. Context per thema", []),
        ("2.1 Wonen, energie en kwaliteit", [
            "Grachtwaarde verhuurt per 1 januari 2027 3.198 woningen in Lindegracht. Het gemiddelde energielabel van de voorraad is B. Het aantal meldingen van vocht en schimmel is in 2026 met een kwart gedaald ten opzichte van 2025. Het huurdersoordeel over reparaties was 7,1.",
        ]),
        ("2.2 Wijk en samenwerking", [
            "De leefbaarheid in Oostwijk is volgens de bewonersenquête verbeterd, van een 6,4 naar een 6,9. De Lindetak telt inmiddels 680 leden. Het bestuurlijk overleg kwam in 2026 twee keer bijeen.",
        ]),
        ("3. Wat is er veranderd ten opzichte van 2026", [
            "De routekaart 2027 is korter op het punt van de energietransitie: de laatste woningen met een slecht label zijn verbeterd. Daar staat een nieuwe proef met groene daken tegenover. Omdat 2027 het jaar van de evaluatie is, staat in de baan Samenwerking een blok voor de evaluatie van de kaderafspraken en de voorbereiding van nieuwe afspraken.",
            "Enkele ambities zijn naar boven bijgesteld, zoals de reactietermijn bij vocht en schimmel en het aantal bestuurlijke overleggen. Bij andere afspraken, zoals de isolatie, heeft Grachtwaarde op grond van de financiële ruimte voor een minder vergaande maatregel gekozen.",
            "De Lindetak vraagt in het vervolg meer aandacht voor de woonlasten van huurders met een laag inkomen. Dit onderwerp komt bij de evaluatie aan de orde.",
        ]),
        ("Werkwijze en overleg", [
            "Het ambtelijk overleg bereidt de evaluatie voor. Daarvoor worden de monitors over 2025 en 2026 naast elkaar gelegd en worden huurders via een enquête van De Lindetak gevraagd naar hun ervaringen met de afspraken.",
        ]),
    ],
}

SIGNATORIES = [
    ("Gemeente Lindegracht", "M.J. Verkerk-Doornbos", "wethouder Wonen"),
    ("Woonstichting Grachtwaarde", "drs. P.A. Hoogeveen", "directeur-bestuurder"),
    ("Huurdersvereniging De Lindetak", "E. Oudkerk", "voorzitter"),
]
