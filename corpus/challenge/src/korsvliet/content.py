# -*- coding: utf-8 -*-
"""Content of the korsvliet family: prestatieafspraken 2025 and 2026 as a party x theme matrix, and the
corporaties' joint bod for 2026 as a letter of numbered bids."""

FAMILY = "korsvliet"
GEMEENTE = "Korsvliet"
CORPORATIES = ["Woonstichting Vlietwaarde", "Woningbouwvereniging Het Oosterhuis"]
HUURDERS = ["Huurdersraad De Vlietkant", "Huurdersvereniging Oosterhuis Samen"]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid",
                 "overig")

ROWS = [  # key, printed row header (= party), small print under it
    ("G", "Gemeente Korsvliet", "college van burgemeester en wethouders"),
    ("V", "Woonstichting Vlietwaarde", "circa 3.150 verhuureenheden"),
    ("O", "Woningbouwvereniging Het Oosterhuis", "circa 1.870 verhuureenheden"),
    ("H", "Huurdersorganisaties", "Huurdersraad De Vlietkant en Huurdersvereniging Oosterhuis Samen"),
]
COLS = [  # key, column header (= section)
    ("B", "Beschikbaar en betaalbaar"),
    ("D", "Duurzaam en klimaatbestendig"),
    ("K", "Kwaliteit, wonen en zorg"),
    ("L", "Leefbare wijken"),
]
BOD_SECTIONS = [
    ("B", "Beschikbaar en betaalbaar wonen"),
    ("D", "Duurzaam en klimaatbestendig"),
    ("K", "Kwaliteit, wonen en zorg"),
    ("L", "Leefbare wijken"),
    ("P", "Samenwerking en proces"),
]


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[:3]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": {"year": dl[0], "text": dl[1]} if dl else None, "recurring": rec,
            "conditions": list(cond)}


G_, C_, H_ = ["gemeente"], ["corporatie"], ["huurdersorganisatie"]

# Each item: key, row, col (matrix column; for bod-only items the bod section), themes,
# versions {2025|2026|"bod": (text, frame)} ("same" = text and frame of 2025),
# l26: link 2025 -> 2026 (status, kinds, hard_negative) for keys in both years,
# lbod: link bod -> 2026 for keys in both.
ITEMS = [
    # ---------------- Gemeente ----------------
    dict(key="grondprijs-sociaal", row="G", col="B", themes=[B],
         v={2025: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 24.500 per woning "
                   "(prijspeil 2025).", F(G_, "firm", [(24500, "euro", "exact")], rec=True)),
            2026: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 25.200 per woning "
                   "(prijspeil 2026).", F(G_, "firm", [(25200, "euro", "exact")], rec=True))},
         l26=("reworded", [], "indexed_amount")),
    dict(key="plancapaciteit", row="G", col="B", themes=[B],
         v={2025: ("De gemeente zorgt ervoor dat in 2025 planologische ruimte beschikbaar is voor ten minste 120 "
                   "sociale huurwoningen op de locaties Vlietoever en Molenkamp.",
                   F(G_, "firm", [(120, "woningen", "min")], (2025, "in 2025"), True)),
            2026: ("De gemeente zorgt ervoor dat in 2026 planologische ruimte beschikbaar is voor ten minste 90 "
                   "sociale huurwoningen op de locaties Vlietoever en Molenkamp.",
                   F(G_, "firm", [(90, "woningen", "min")], (2026, "in 2026"), True))},
         l26=("weakened", ["quantity"], None)),
    dict(key="doelgroepenverordening", row="G", col="B", themes=[B],
         v={2026: ("De gemeente verkent in 2026 of een doelgroepenverordening kan worden vastgesteld die nieuwe "
                   "middenhuurwoningen voor ten minste 15 jaar voor de doelgroep behoudt.",
                   F(G_, "explore", [(15, "jaar", "min")], (2026, "in 2026")))}),
    dict(key="urgentieregeling", row="G", col="B", themes=[B],
         v={2025: ("De gemeente herziet uiterlijk 1 juli 2025 de urgentieregeling in de huisvestingsverordening, "
                   "in overleg met de corporaties en de huurdersorganisaties.",
                   F(G_, "firm", [], (2025, "uiterlijk 1 juli 2025"))),
            2026: ("De gemeente herziet uiterlijk 1 januari 2027 de urgentieregeling in de "
                   "huisvestingsverordening, in overleg met de corporaties en de huurdersorganisaties.",
                   F(G_, "firm", [], (2027, "uiterlijk 1 januari 2027")))},
         l26=("weakened", ["deadline"], None)),
    dict(key="vroegsignalering", row="G", col="B", themes=[B, L],
         v={2025: ("Na een melding van huurachterstand door een corporatie neemt het team Geldzorgen van de "
                   "gemeente binnen vijf werkdagen contact op met de huurder.",
                   F(G_, "firm", [(5, "werkdagen", "max")])),
            2026: "same"},
         l26=("unchanged", [], None)),
    dict(key="warmtenet-kerkebuurt", row="G", col="D", themes=[D],
         v={2025: ("De gemeente onderzoekt in 2025 of de Kerkebuurt in aanmerking komt voor een collectief "
                   "warmtenet.", F(G_, "explore", [], (2025, "in 2025"))),
            2026: ("De gemeente stelt uiterlijk eind 2026 een wijkuitvoeringsplan voor een warmtenet in de "
                   "Kerkebuurt vast en betrekt beide corporaties bij de uitwerking.",
                   F(G_, "firm", [], (2026, "uiterlijk eind 2026")))},
         l26=("strengthened", ["modality"], None)),
    dict(key="energiecoaches", row="G", col="D", themes=[D, B],
         v={2025: ("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; de "
                   "corporaties wijzen hun huurders actief op dit aanbod.",
                   F(G_ + C_, "firm", [], (2025, "in 2025"), True)),
            2026: ("In 2026 worden door de gemeente energiecoaches ingezet voor huurders met hoge energielasten; "
                   "de corporaties wijzen hun huurders actief op dit aanbod.",
                   F(G_ + C_, "firm", [], (2026, "in 2026"), True))},
         l26=("reworded", [], "recurring_year")),
    dict(key="wmo-woningaanpassingen", row="G", col="K", themes=[K],
         v={2025: ("De gemeente vergoedt kleine woningaanpassingen vanuit de Wmo tot een bedrag van € 4.000 per "
                   "woning.", F(G_, "firm", [(4000, "euro", "max")])),
            2026: ("De gemeente vergoedt kleine woningaanpassingen vanuit de Wmo tot een bedrag van € 3.000 per "
                   "woning.", F(G_, "firm", [(3000, "euro", "max")]))},
         l26=("weakened", ["quantity"], None)),
    dict(key="visie-wonen-zorg", row="G", col="K", themes=[K],
         v={2025: ("De gemeente gaat in 2025 met de corporaties, de huurdersorganisaties en de zorgaanbieders in "
                   "gesprek over een gezamenlijke visie op wonen en zorg.",
                   F(G_, "discuss", [], (2025, "in 2025")))}),
    dict(key="bewonersinitiatieven", row="G", col="L", themes=[L],
         v={2025: ("Onder voorbehoud van vaststelling van de gemeentebegroting stelt de gemeente jaarlijks "
                   "€ 30.000 beschikbaar voor bewonersinitiatieven in de wijken Kerkebuurt en Vlietoever.",
                   F(G_, "firm", [(30000, "euro", "exact")], None, True,
                     ["onder voorbehoud van vaststelling van de gemeentebegroting"])),
            2026: ("De gemeente stelt jaarlijks € 30.000 beschikbaar voor bewonersinitiatieven in alle wijken "
                   "van Korsvliet.", F(G_, "firm", [(30000, "euro", "exact")], None, True))},
         l26=("strengthened", ["condition", "scope"], None)),
    dict(key="bestuurlijk-overleg", row="G", col="L", themes=[O],
         v={2025: ("De gemeente organiseert tweemaal per jaar een bestuurlijk overleg waarin partijen de "
                   "voortgang van deze afspraken bespreken.",
                   F(G_, "firm", [(2, "keer per jaar", "exact")], None, True)),
            2026: "same"},
         l26=("unchanged", [], None)),
    # ---------------- Vlietwaarde ----------------
    dict(key="nieuwbouw-vlietwaarde", row="V", col="B", themes=[B],
         v={2025: ("Vlietwaarde realiseert in de periode 2025-2027 ten minste 140 sociale huurwoningen, waarvan "
                   "48 in het plan Vlietoever.",
                   F(C_, "firm", [(140, "woningen", "min"), (48, "woningen", "exact")], (2027, "2025-2027"))),
            2026: ("Vlietwaarde realiseert in de periode 2025-2028 ten minste 140 sociale huurwoningen, waarvan "
                   "48 in het plan Vlietoever.",
                   F(C_, "firm", [(140, "woningen", "min"), (48, "woningen", "exact")], (2028, "2025-2028"))),
            "bod": ("Vlietwaarde realiseert in de periode 2025-2028 ten minste 120 sociale huurwoningen, waarvan "
                    "48 in het plan Vlietoever.",
                    F(C_, "firm", [(120, "woningen", "min"), (48, "woningen", "exact")], (2028, "2025-2028")))},
         l26=("weakened", ["deadline"], None), lbod=("strengthened", ["quantity"], None)),
    dict(key="woningsplitsing", row="V", col="B", themes=[B],
         v={2026: ("Vlietwaarde splitst in 2026 ten minste 6 grote eengezinswoningen in kleinere woningen voor "
                   "jongeren, indien de gemeente de benodigde vergunningen tijdig verleent.",
                   F(C_, "firm", [(6, "woningen", "min")], (2026, "in 2026"), False,
                     ["indien de gemeente de benodigde vergunningen tijdig verleent"])),
            "bod": ("Vlietwaarde onderzoekt in 2026 of 10 grote eengezinswoningen kunnen worden gesplitst in "
                    "kleinere woningen voor jongeren.",
                    F(C_, "explore", [(10, "woningen", "exact")], (2026, "in 2026")))},
         lbod=("modified", ["modality", "quantity", "condition"], None)),
    dict(key="verkoop-vlietwaarde", row="V", col="B", themes=[B],
         v={2025: ("Vlietwaarde verkoopt in 2025 maximaal 10 huurwoningen, uitsluitend bij mutatie.",
                   F(C_, "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
            2026: ("Vlietwaarde verkoopt in 2026 maximaal 6 huurwoningen, uitsluitend bij mutatie.",
                   F(C_, "firm", [(6, "woningen", "max")], (2026, "in 2026"), True)),
            "bod": ("Vlietwaarde verkoopt in 2026 maximaal 12 huurwoningen, uitsluitend bij mutatie.",
                    F(C_, "firm", [(12, "woningen", "max")], (2026, "in 2026"), True))},
         l26=("strengthened", ["quantity"], None), lbod=("strengthened", ["quantity"], None)),
    dict(key="voorrang-starters", row="V", col="B", themes=[B],
         v={2025: ("Vlietwaarde wijst ten minste 20% van de vrijkomende woningen tot de eerste aftoppingsgrens "
                   "met voorrang toe aan starters tot 28 jaar.",
                   F(C_, "firm", [(20, "%", "min"), (28, "jaar", "max")])),
            2026: "same", "bod": "same"},
         l26=("unchanged", [], None), lbod=("unchanged", [], None)),
    dict(key="huurverhoging-vlietwaarde", row="V", col="B", themes=[B],
         v={2025: ("Vlietwaarde beperkt de gemiddelde huurverhoging per 1 juli 2025 tot het inflatiepercentage.",
                   F(C_, "firm", [], (2025, "per 1 juli 2025"), True)),
            2026: ("Vlietwaarde beperkt de gemiddelde huurverhoging per 1 juli 2026 tot het inflatiepercentage "
                   "min 0,5%.", F(C_, "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
            "bod": ("Vlietwaarde beperkt de gemiddelde huurverhoging per 1 juli 2026 tot het "
                    "inflatiepercentage.", F(C_, "firm", [], (2026, "per 1 juli 2026"), True))},
         l26=("strengthened", ["quantity"], None), lbod=("strengthened", ["quantity"], None)),
    dict(key="labels-efg-vlietwaarde", row="V", col="D", themes=[D],
         v={2025: ("Vlietwaarde heeft uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in bezit.",
                   F(C_, "firm", [(0, "woningen", "max")], (2026, "uiterlijk eind 2026"))),
            2026: ("Vlietwaarde heeft uiterlijk eind 2027 geen woningen met energielabel E, F of G meer in bezit.",
                   F(C_, "firm", [(0, "woningen", "max")], (2027, "uiterlijk eind 2027"))),
            "bod": ("Vlietwaarde streeft ernaar uiterlijk eind 2027 geen woningen met energielabel E, F of G meer "
                    "in bezit te hebben.",
                    F(C_, "intent", [(0, "woningen", "max")], (2027, "uiterlijk eind 2027")))},
         l26=("weakened", ["deadline"], None), lbod=("strengthened", ["modality"], None)),
    dict(key="isolatie-kerkebuurt", row="V", col="D", themes=[D],
         v={2025: ("Vlietwaarde isoleert in 2025 ten minste 180 woningen in de Kerkebuurt volgens de standaard "
                   "voor woningisolatie.", F(C_, "firm", [(180, "woningen", "min")], (2025, "in 2025"), True)),
            2026: ("Vlietwaarde isoleert in 2026 ten minste honderdtachtig woningen in de Kerkebuurt volgens de "
                   "standaard voor woningisolatie.",
                   F(C_, "firm", [(180, "woningen", "min")], (2026, "in 2026"), True)),
            "bod": ("In 2026 isoleert Vlietwaarde minimaal 180 woningen in de Kerkebuurt volgens de standaard "
                    "voor woningisolatie.", F(C_, "firm", [(180, "woningen", "min")], (2026, "in 2026"), True))},
         l26=("reworded", [], "recurring_year"), lbod=("reworded", [], "same_figures")),
    dict(key="zonnepanelen-vlietwaarde", row="V", col="D", themes=[D],
         v={2025: ("Vlietwaarde biedt alle huurders van een eengezinswoning zonnepanelen aan tegen een vaste "
                   "maandelijkse vergoeding.", F(C_, "firm")),
            2026: ("Vlietwaarde biedt de huurders van eengezinswoningen in de complexen Molenkamp en Vliethof "
                   "zonnepanelen aan tegen een vaste maandelijkse vergoeding.", F(C_, "firm")),
            "bod": "same"},
         l26=("weakened", ["scope"], None), lbod=("weakened", ["scope"], None)),
    dict(key="warmtepompen-vlietwaarde", row="V", col="D", themes=[D],
         v={"bod": ("Vlietwaarde plaatst in 2026 in 40 woningen in de Kerkebuurt een hybride warmtepomp.",
                    F(C_, "firm", [(40, "woningen", "exact")], (2026, "in 2026")))}),
    dict(key="vocht-schimmel", row="V", col="K", themes=[K],
         v={2025: ("Vlietwaarde inspecteert de woning binnen tien werkdagen na een melding van vocht of schimmel.",
                   F(C_, "firm", [(10, "werkdagen", "max")])),
            2026: ("Vlietwaarde inspecteert de woning binnen vijf werkdagen na een melding van vocht of schimmel.",
                   F(C_, "firm", [(5, "werkdagen", "max")])),
            "bod": "same"},
         l26=("strengthened", ["quantity"], None), lbod=("strengthened", ["quantity"], None)),
    dict(key="levensloopbestendig", row="V", col="K", themes=[K],
         v={2025: ("Vlietwaarde maakt jaarlijks 15 bestaande woningen levensloopbestendig.",
                   F(C_, "firm", [(15, "woningen", "exact")], None, True)),
            2026: ("Vlietwaarde maakt jaarlijks 15 bestaande woningen levensloopbestendig, indien de "
                   "Wmo-bijdrage van de gemeente daarvoor toereikend is.",
                   F(C_, "firm", [(15, "woningen", "exact")], None, True,
                     ["indien de Wmo-bijdrage van de gemeente daarvoor toereikend is"])),
            "bod": "same"},
         l26=("weakened", ["condition"], None), lbod=("weakened", ["condition"], None)),
    dict(key="huismeester-kerkebuurt", row="V", col="L", themes=[L],
         v={2025: ("Vlietwaarde zet in de Kerkebuurt een huismeester in die ten minste drie dagdelen per week in "
                   "de wijk aanwezig is.", F(C_, "firm", [(3, "dagdelen per week", "min")])),
            2026: "same",
            "bod": ("Vlietwaarde zet in de Kerkebuurt een huismeester in die ten minste twee dagdelen per week in "
                    "de wijk aanwezig is.", F(C_, "firm", [(2, "dagdelen per week", "min")]))},
         l26=("unchanged", [], None), lbod=("strengthened", ["quantity"], None)),
    dict(key="leefbaarheid-vlietwaarde", row="V", col="L", themes=[L],
         v={2025: ("Vlietwaarde besteedt in 2025 ten minste € 40.000 aan leefbaarheid in haar complexen.",
                   F(C_, "firm", [(40000, "euro", "min")], (2025, "in 2025"), True)),
            2026: ("In 2026 besteedt Vlietwaarde minimaal € 40.000 aan leefbaarheid in haar complexen.",
                   F(C_, "firm", [(40000, "euro", "min")], (2026, "in 2026"), True)),
            "bod": ("Vlietwaarde besteedt in 2026 ten minste € 40.000 aan leefbaarheid in haar complexen.",
                    F(C_, "firm", [(40000, "euro", "min")], (2026, "in 2026"), True))},
         l26=("reworded", [], "recurring_year"), lbod=("reworded", [], "same_figures")),
    # ---------------- Het Oosterhuis ----------------
    dict(key="nieuwbouw-molenkamp", row="O", col="B", themes=[B],
         v={2025: ("Het Oosterhuis bouwt in het plan Molenkamp 32 sociale huurwoningen; de oplevering volgt "
                   "uiterlijk eind 2026.", F(C_, "firm", [(32, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
            2026: ("Het Oosterhuis bouwt in het plan Molenkamp 32 sociale huurwoningen, mits de gemeente de grond "
                   "vóór 1 april 2026 bouwrijp oplevert; de oplevering volgt uiterlijk eind 2026.",
                   F(C_, "firm", [(32, "woningen", "exact")], (2026, "uiterlijk eind 2026"), False,
                     ["mits de gemeente de grond vóór 1 april 2026 bouwrijp oplevert"])),
            "bod": ("Het Oosterhuis bouwt in het plan Molenkamp 32 sociale huurwoningen, mits de gemeente de grond "
                    "vóór 1 april 2026 bouwrijp oplevert; de oplevering volgt uiterlijk medio 2027.",
                    F(C_, "firm", [(32, "woningen", "exact")], (2027, "uiterlijk medio 2027"), False,
                      ["mits de gemeente de grond vóór 1 april 2026 bouwrijp oplevert"]))},
         l26=("weakened", ["condition"], None), lbod=("strengthened", ["deadline"], None)),
    dict(key="tijdelijke-woningen", row="O", col="B", themes=[B],
         v={2025: ("Het Oosterhuis onderzoekt in 2025 de mogelijkheid om 20 tijdelijke woningen voor "
                   "spoedzoekers te plaatsen.", F(C_, "explore", [(20, "woningen", "exact")], (2025, "in 2025"))),
            2026: ("Het Oosterhuis plaatst uiterlijk in het derde kwartaal van 2026 twintig tijdelijke woningen "
                   "voor spoedzoekers aan de Stationsweg.",
                   F(C_, "firm", [(20, "woningen", "exact")], (2026, "uiterlijk in het derde kwartaal van 2026"))),
            "bod": ("Het Oosterhuis plaatst in 2026 twintig tijdelijke woningen voor spoedzoekers aan de "
                    "Stationsweg.", F(C_, "firm", [(20, "woningen", "exact")], (2026, "in 2026")))},
         l26=("strengthened", ["modality"], None), lbod=("strengthened", ["deadline"], None)),
    dict(key="vergunninghouders", row="O", col="B", themes=[B],
         v={2025: ("Het Oosterhuis stelt in 2025 ten minste 14 woningen beschikbaar voor de huisvesting van "
                   "vergunninghouders, conform de taakstelling van het Rijk.",
                   F(C_, "firm", [(14, "woningen", "min")], (2025, "in 2025"), True)),
            2026: ("Het Oosterhuis stelt in 2026 ten minste 17 woningen beschikbaar voor de huisvesting van "
                   "vergunninghouders, conform de taakstelling van het Rijk.",
                   F(C_, "firm", [(17, "woningen", "min")], (2026, "in 2026"), True)),
            "bod": "same26"},
         l26=("reworded", [], "external_figure"), lbod=("unchanged", [], None)),
    dict(key="huurachterstand-oosterhuis", row="O", col="B", themes=[B],
         v={2025: ("Het Oosterhuis neemt binnen twee weken na het ontstaan van een huurachterstand persoonlijk "
                   "contact op met de huurder.", F(C_, "firm", [(2, "weken", "max")])),
            2026: ("Het Oosterhuis neemt binnen één week na het ontstaan van een huurachterstand persoonlijk "
                   "contact op met de huurder.", F(C_, "firm", [(1, "weken", "max")])),
            "bod": "same"},
         l26=("strengthened", ["quantity"], None), lbod=("strengthened", ["quantity"], None)),
    dict(key="gemiddeld-label-oosterhuis", row="O", col="D", themes=[D],
         v={2025: ("Het Oosterhuis brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel B.",
                   F(C_, "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028"))),
            2026: ("Het Oosterhuis brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel C.",
                   F(C_, "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028"))),
            "bod": ("Het Oosterhuis brengt haar woningvoorraad uiterlijk in 2028 naar gemiddeld energielabel D.",
                    F(C_, "firm", [("D", "label", "min")], (2028, "uiterlijk in 2028")))},
         l26=("weakened", ["label"], None), lbod=("strengthened", ["label"], None)),
    dict(key="warmtepompen-oosterhuis", row="O", col="D", themes=[D],
         v={2025: ("Het Oosterhuis streeft ernaar in 2025 in 60 woningen een hybride warmtepomp te plaatsen.",
                   F(C_, "intent", [(60, "woningen", "exact")], (2025, "in 2025"), True)),
            2026: ("Het Oosterhuis plaatst in 2026 in 60 woningen een hybride warmtepomp.",
                   F(C_, "firm", [(60, "woningen", "exact")], (2026, "in 2026"), True)),
            "bod": ("Het Oosterhuis plaatst in 2026 in 75 woningen een hybride warmtepomp.",
                    F(C_, "firm", [(75, "woningen", "exact")], (2026, "in 2026"), True))},
         l26=("strengthened", ["modality"], None), lbod=("weakened", ["quantity"], None)),
    dict(key="groene-daken", row="O", col="D", themes=[D],
         v={2025: ("Het Oosterhuis legt bij dakrenovaties waar mogelijk groene daken aan.", F(C_, "intent"))}),
    dict(key="groene-daken-kloosterlaan", row="O", col="D", themes=[D],
         v={"bod": ("Het Oosterhuis onderzoekt in 2026 de aanleg van groene daken op twee complexen aan de "
                    "Kloosterlaan.", F(C_, "explore", [(2, "complexen", "exact")], (2026, "in 2026")))}),
    dict(key="reparaties-oosterhuis", row="O", col="K", themes=[K],
         v={2025: ("Het Oosterhuis voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 15 "
                   "werkdagen.", F(C_, "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
            2026: ("Spoedreparaties worden door Het Oosterhuis binnen 24 uur uitgevoerd, overige reparaties "
                   "binnen 15 werkdagen.", F(C_, "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
            "bod": "same"},
         l26=("reworded", [], "same_figures"), lbod=("reworded", [], "same_figures")),
    dict(key="rookmelders", row="O", col="K", themes=[K],
         v={2025: ("Het Oosterhuis plaatst uiterlijk eind 2025 in alle woningen rookmelders op elke verdieping.",
                   F(C_, "firm", [], (2025, "uiterlijk eind 2025")))}),
    dict(key="geclusterd-wonen", row="O", col="K", themes=[K],
         v={2026: ("Het Oosterhuis verkent met zorgaanbieder De Linde de bouw van een geclusterde woonvorm voor "
                   "ouderen aan de Kloosterlaan en legt de uitkomst uiterlijk in het najaar van 2026 voor aan "
                   "partijen.", F(C_, "explore", [], (2026, "uiterlijk in het najaar van 2026"))),
            "bod": ("Het Oosterhuis verkent met zorgaanbieder De Linde de bouw van een geclusterde woonvorm voor "
                    "ouderen aan de Kloosterlaan.", F(C_, "explore"))},
         lbod=("strengthened", ["deadline"], None)),
    dict(key="ontmoeting-senioren", row="O", col="L", themes=[L],
         v={2026: ("Het Oosterhuis organiseert in 2026 in elk van haar drie seniorencomplexen ten minste vier "
                   "ontmoetingsmiddagen voor bewoners.",
                   F(C_, "firm", [(3, "complexen", "exact"), (4, "bijeenkomsten", "min")], (2026, "in 2026"),
                     True)),
            "bod": ("Het Oosterhuis organiseert in 2026 in twee van haar seniorencomplexen ontmoetingsmiddagen "
                    "voor bewoners.", F(C_, "firm", [(2, "complexen", "exact")], (2026, "in 2026"), True))},
         lbod=("strengthened", ["scope", "quantity"], None)),
    # ---------------- joint bod-only items ----------------
    dict(key="liberalisatie", row=None, col="B", themes=[B],
         v={"bod": ("Vlietwaarde en Het Oosterhuis liberaliseren in 2026 samen ten hoogste 8 sociale "
                    "huurwoningen, uitsluitend bij mutatie.",
                    F(C_, "firm", [(8, "woningen", "max")], (2026, "in 2026"), True))}),
    dict(key="nieuwbouwprogramma", row=None, col="P", themes=[O],
         v={"bod": ("Vlietwaarde en Het Oosterhuis leveren de gemeente en de huurdersorganisaties vóór 1 oktober "
                    "2025 een geactualiseerd nieuwbouwprogramma voor de periode 2026-2030.",
                    F(C_, "firm", [], (2025, "vóór 1 oktober 2025")))}),
    # ---------------- Huurdersorganisaties ----------------
    dict(key="advies-huurbeleid", row="H", col="B", themes=[B],
         v={2025: ("De huurdersorganisaties brengen jaarlijks vóór 1 april advies uit over het voorgenomen "
                   "huurbeleid van beide corporaties.", F(H_, "firm", [], None, True)),
            2026: "same"},
         l26=("unchanged", [], None)),
    dict(key="bewonersambassadeurs", row="H", col="D", themes=[D],
         v={2025: ("De huurdersorganisaties werven in 2025 vijf bewonersambassadeurs die buren helpen met "
                   "energiebesparing.", F(H_, "firm", [(5, "ambassadeurs", "exact")], (2025, "in 2025"))),
            2026: ("De huurdersorganisaties werven in 2026 tien bewonersambassadeurs die buren helpen met "
                   "energiebesparing.", F(H_, "firm", [(10, "ambassadeurs", "exact")], (2026, "in 2026")))},
         l26=("strengthened", ["quantity"], None)),
    dict(key="achterbanraadpleging", row="H", col="L", themes=[O],
         v={2025: ("De huurdersorganisaties raadplegen hun achterban ten minste eenmaal per jaar over de "
                   "uitvoering van deze afspraken.", F(H_, "firm", [(1, "keer per jaar", "min")], None, True)),
            2026: ("De huurdersorganisaties raadplegen hun achterban ten minste tweemaal per jaar over de "
                   "uitvoering van deze afspraken.", F(H_, "firm", [(2, "keer per jaar", "min")], None, True))},
         l26=("strengthened", ["quantity"], None)),
    dict(key="bewonerscommissies", row="H", col="L", themes=[L],
         v={2025: ("De huurdersorganisaties ondersteunen de oprichting van bewonerscommissies in complexen waar "
                   "die nog ontbreken.", F(H_, "firm")),
            2026: ("De huurdersorganisaties spannen zich in om bewonerscommissies op te richten in complexen "
                   "waar die nog ontbreken.", F(H_, "intent"))},
         l26=("weakened", ["modality"], None)),
]

# ---------------------------------------------------------------- prose (never afspraken)
INTRO = {
    2025: {
        "title": "Prestatieafspraken 2025",
        "subtitle": "Gemeente Korsvliet, Woonstichting Vlietwaarde, Woningbouwvereniging Het Oosterhuis, "
                    "Huurdersraad De Vlietkant en Huurdersvereniging Oosterhuis Samen",
        "blocks": [
            ("Inleiding", [
                "Korsvliet telt ruim 41.000 inwoners in de kern Korsvliet en de dorpen Oudevliet en Bremhoek. "
                "De vraag naar betaalbare huurwoningen is de afgelopen jaren verder gegroeid: de gemiddelde "
                "inschrijfduur van woningzoekenden die een woning kregen lag in 2024 op 5,4 jaar. De Woonvisie "
                "Korsvliet 2023-2030 vraagt om meer sociale huurwoningen, om woningen die geschikt zijn voor "
                "ouderen en om een versnelling van de verduurzaming van de bestaande voorraad.",
                "Deze prestatieafspraken zijn tot stand gekomen in het tripartiete overleg tussen de gemeente, "
                "de twee corporaties die in Korsvliet bezit hebben en hun huurdersorganisaties. Zij bouwen voort "
                "op het bod dat beide corporaties in juni 2024 hebben uitgebracht en op de landelijke "
                "prestatieafspraken tussen Rijk, Aedes, Woonbond en VNG.",
            ]),
            ("Terugblik 2024", [
                "In 2024 zijn in Korsvliet 64 sociale huurwoningen opgeleverd, waarvan 40 door Vlietwaarde aan de "
                "Havenstraat en 24 door Het Oosterhuis in Bremhoek. Vlietwaarde heeft 212 woningen geïsoleerd en "
                "Het Oosterhuis heeft in 41 woningen een hybride warmtepomp geplaatst. Het aantal "
                "huisuitzettingen wegens huurachterstand daalde van vijf naar twee. De herziening van de "
                "urgentieregeling is niet afgerond en schuift door naar dit jaar.",
            ]),
            ("Leeswijzer", [
                "De afspraken zijn opgenomen in een afsprakenmatrix. Elke rij bevat de afspraken van één partij; "
                "de kolommen volgen de vier thema's uit de woonvisie. Een streepje in een cel betekent dat de "
                "partij op dat thema dit jaar geen afzonderlijke afspraak heeft gemaakt. Waar een corporatie "
                "bij naam wordt genoemd, geldt de afspraak alleen voor die corporatie.",
            ]),
        ],
        "kerncijfers": [("Sociale huurwoningen Vlietwaarde", "2.960"), ("Sociale huurwoningen Het Oosterhuis",
                        "1.745"), ("Gemiddelde inschrijfduur (2024)", "5,4 jaar"),
                        ("Woningen met label E, F of G (1-1-2025)", "318")],
        "sign_date": "10 december 2024",
    },
    2026: {
        "title": "Prestatieafspraken 2026",
        "subtitle": "Gemeente Korsvliet, Woonstichting Vlietwaarde, Woningbouwvereniging Het Oosterhuis, "
                    "Huurdersraad De Vlietkant en Huurdersvereniging Oosterhuis Samen",
        "blocks": [
            ("Inleiding", [
                "Korsvliet groeit: het aantal inwoners passeerde in 2025 de 41.500. De druk op de sociale "
                "huurvoorraad blijft hoog, de gemiddelde inschrijfduur bij toewijzing bedroeg in 2025 5,6 jaar. "
                "Tegelijk zijn bouwkosten en rente gestegen, wat de financiële ruimte van beide corporaties "
                "beperkt. Partijen hebben daarom in deze afspraken scherper gekozen waar zij hun inzet op richten.",
                "De afspraken zijn gebaseerd op het gezamenlijke bod dat Vlietwaarde en Het Oosterhuis op 27 juni "
                "2025 hebben uitgebracht, op de reactie van de huurdersorganisaties daarop en op drie "
                "tripartiete overleggen in september en oktober 2025.",
            ]),
            ("Terugblik 2025", [
                "In 2025 werden 71 sociale huurwoningen opgeleverd. Vlietwaarde isoleerde 186 woningen in de "
                "Kerkebuurt; Het Oosterhuis plaatste 52 hybride warmtepompen en voorzag alle woningen van "
                "rookmelders. Het gesprek over een gezamenlijke visie op wonen en zorg heeft geleid tot een "
                "werkagenda die in 2026 wordt uitgevoerd. De herziening van de urgentieregeling liep opnieuw "
                "vertraging op door de nieuwe landelijke wetgeving.",
            ]),
            ("Leeswijzer", [
                "Net als vorig jaar staan de afspraken in een matrix: per rij een partij, per kolom een thema uit "
                "de woonvisie. Lege cellen zijn met een streepje aangegeven. Afspraken die voor beide "
                "corporaties gelden, zijn bij elke corporatie afzonderlijk opgenomen.",
            ]),
        ],
        "kerncijfers": [("Sociale huurwoningen Vlietwaarde", "2.995"), ("Sociale huurwoningen Het Oosterhuis",
                        "1.762"), ("Gemiddelde inschrijfduur (2025)", "5,6 jaar"),
                        ("Woningen met label E, F of G (1-1-2026)", "204")],
        "sign_date": "9 december 2025",
    },
}

CLOSING = [
    "Deze afspraken gelden van 1 januari tot en met 31 december {year}. Partijen bespreken de voortgang in het "
    "bestuurlijk overleg en leggen de resultaten vast in een monitor die ook naar de gemeenteraad gaat.",
    "Aldus overeengekomen en ondertekend te Korsvliet op {date}.",
]
SIGNATORIES = {
    2025: [("Gemeente Korsvliet", "mw. drs. H.J. Brandsma", "wethouder Wonen"),
           ("Woonstichting Vlietwaarde", "ir. P.C. van Dooren", "directeur-bestuurder"),
           ("Woningbouwvereniging Het Oosterhuis", "mw. A.M. Kettelaar", "bestuurder"),
           ("Huurdersraad De Vlietkant", "J. Oudshoorn", "voorzitter"),
           ("Huurdersvereniging Oosterhuis Samen", "mw. R. Bakkenes", "voorzitter")],
    2026: [("Gemeente Korsvliet", "mw. drs. H.J. Brandsma", "wethouder Wonen"),
           ("Woonstichting Vlietwaarde", "ir. P.C. van Dooren", "directeur-bestuurder"),
           ("Woningbouwvereniging Het Oosterhuis", "mw. A.M. Kettelaar", "bestuurder"),
           ("Huurdersraad De Vlietkant", "T. Ramdin", "voorzitter"),
           ("Huurdersvereniging Oosterhuis Samen", "mw. R. Bakkenes", "voorzitter")],
}

BOD = {
    "date": "Korsvliet, 27 juni 2025",
    "address": ["Aan het college van burgemeester en wethouders", "van de gemeente Korsvliet",
                "t.a.v. de wethouder Wonen", "Postbus 120", "4710 AC Korsvliet"],
    "cc": "Afschrift aan: Huurdersraad De Vlietkant en Huurdersvereniging Oosterhuis Samen",
    "subject": "Bod op de Woonvisie Korsvliet voor 2026",
    "opening": [
        "Geacht college,",
        "Hierbij ontvangt u het gezamenlijke bod van Woonstichting Vlietwaarde en Woningbouwvereniging Het "
        "Oosterhuis op de Woonvisie Korsvliet 2023-2030. Met dit overzicht van onze voorgenomen werkzaamheden "
        "geven wij invulling aan artikel 43 van de Woningwet. Het bod is besproken met onze huurdersorganisaties, "
        "die u afzonderlijk hun reactie sturen.",
        "Onze financiële ruimte is kleiner dan vorig jaar. De rente en de bouwkosten zijn gestegen en de "
        "huurinkomsten groeien minder hard. Wij hebben daarom keuzes gemaakt: nieuwbouw en het wegwerken van "
        "slechte energielabels gaan voor. Hieronder leest u per thema wat wij in 2026 van plan zijn.",
    ],
    "heading": "Ons bod voor 2026",
    "requests_heading": "Wat wij van de gemeente vragen",
    "requests": [
        "Om dit bod te kunnen waarmaken, vragen wij de gemeente de grondprijs voor sociale huurwoningen niet "
        "sneller te laten stijgen dan de bouwkostenindex, de bouwlocatie Molenkamp tijdig bouwrijp op te leveren "
        "en vaart te maken met de herziening van de urgentieregeling. Graag gaan wij hierover in september met u "
        "en de huurdersorganisaties in gesprek.",
    ],
    "closing": ["Met vriendelijke groet,"],
    "signatories": [("Woonstichting Vlietwaarde", "ir. P.C. van Dooren", "directeur-bestuurder"),
                    ("Woningbouwvereniging Het Oosterhuis", "mw. A.M. Kettelaar", "bestuurder")],
}
