# -*- coding: utf-8 -*-
"""Content of the brinkvoorde family (fictional gemeente Brinkvoorde).

Agreement 2025, the corporatie's bod for 2026 and agreement 2026, all as filled-in AcroForm forms.
Per afspraak key: per document a version (text, trekker, gereed/planning, frame) and, on the 2026 version,
the status relative to 2025 ("st") and relative to the bod ("bst").
"""

GEMEENTE = "Brinkvoorde"
CORP = "Woonstichting Hoevenland"
HUURDERS = "Huurdersvereniging De Brinkhof"

THEMES = [
    ("t1", "Thema 1 Beschikbaarheid en betaalbaarheid", "1 Beschikbaarheid en betaalbaarheid"),
    ("t2", "Thema 2 Duurzaamheid en klimaat", "2 Duurzaamheid en klimaat"),
    ("t3", "Thema 3 Kwaliteit en wonen met zorg", "3 Kwaliteit en wonen met zorg"),
    ("t4", "Thema 4 Leefbaarheid", "4 Leefbaarheid"),
    ("t5", "Thema 5 Samenwerking en proces", "5 Samenwerking en proces"),
]


def Q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def F(actors, modality="firm", quantities=(), deadline=None, recurring=False, conditions=()):
    if isinstance(actors, str):
        actors = [actors]
    dl = None if deadline is None else {"year": deadline[0], "text": deadline[1]}
    return {"actors": list(actors), "modality": modality, "quantities": list(quantities), "deadline": dl,
            "recurring": recurring, "conditions": list(conditions)}


def V(text, trekker, gereed, frame, st=None, kinds=(), hn=None, bst=None, bkinds=(), bhn=None):
    return {"text": text, "trekker": trekker, "gereed": gereed, "frame": frame,
            "st": st, "kinds": list(kinds), "hn": hn, "bst": bst, "bkinds": list(bkinds), "bhn": bhn}


H = "Hoevenland"
G = "Gemeente"
GH = "Gemeente en Hoevenland"
P = "Partijen"

# ---------------------------------------------------------------------------------------------------------------
# Afspraken in the order of the agreement form. Keys: theme code, themes list, versions per doc.
# "bod" versions carry their own planning (the bod form has a field "Planning"), no trekker.
# ---------------------------------------------------------------------------------------------------------------
AFSPRAKEN = [
    # ---------------- Thema 1
    dict(key="nieuwbouw-stationsweide", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland realiseert in het plan Stationsweide 48 sociale huurwoningen; de oplevering vindt uiterlijk in het derde kwartaal van 2026 plaats.",
                H, "Q3 2026", F("corporatie", "firm", [Q(48, "woningen")], (2026, "derde kwartaal van 2026"))),
        "bod": V("Wij leveren in Stationsweide 42 sociale huurwoningen op. De oplevering is voorzien uiterlijk in het vierde kwartaal van 2027.",
                 None, "Q4 2027", F("corporatie", "firm", [Q(42, "woningen")], (2027, "vierde kwartaal van 2027"))),
        2026: V("Hoevenland realiseert in het plan Stationsweide 42 sociale huurwoningen; de oplevering vindt uiterlijk in het tweede kwartaal van 2027 plaats.",
                H, "Q2 2027", F("corporatie", "firm", [Q(42, "woningen")], (2027, "tweede kwartaal van 2027")),
                st="weakened", kinds=["quantity", "deadline"], bst="strengthened", bkinds=["deadline"]),
    }),
    dict(key="nieuwbouw-kerkakker", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland onderzoekt of op de locatie Kerkakker-Zuid 20 tot 24 grondgebonden sociale huurwoningen kunnen worden gebouwd, met een start van de bouw eind 2026.",
                H, "eind 2026", F("corporatie", "explore", [Q(20, "woningen", "range", 24)], (2026, "eind 2026"))),
        "bod": V("Wij bouwen op Kerkakker-Zuid 20 tot 24 grondgebonden sociale huurwoningen, met een start van de bouw eind 2026, onder voorbehoud van een sluitende businesscase.",
                 None, "eind 2026", F("corporatie", "firm", [Q(20, "woningen", "range", 24)], (2026, "eind 2026"), False, ["onder voorbehoud van een sluitende businesscase"])),
        2026: V("Hoevenland bouwt op de locatie Kerkakker-Zuid 20 tot 24 grondgebonden sociale huurwoningen, met een start van de bouw eind 2026.",
                H, "eind 2026", F("corporatie", "firm", [Q(20, "woningen", "range", 24)], (2026, "eind 2026")),
                st="strengthened", kinds=["modality"], bst="strengthened", bkinds=["condition"]),
    }),
    dict(key="middenhuur-zuivelfabriek", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        "bod": V("Wij onderzoeken in 2026 of 12 woningen in de Oude Zuivelfabriek als middenhuur aan starters verhuurd kunnen worden.",
                 None, "2026", F("corporatie", "explore", [Q(12, "woningen")], (2026, "in 2026"))),
        2026: V("Hoevenland onderzoekt in 2026 of 12 woningen in het plan Oude Zuivelfabriek als middenhuurwoning kunnen worden verhuurd aan starters.",
                H, "31-12-2026", F("corporatie", "explore", [Q(12, "woningen")], (2026, "in 2026")),
                st="new", bst="reworded", bhn="same_figures"),
    }),
    dict(key="sociale-voorraad", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Partijen streven ernaar de sociale huurvoorraad van Hoevenland in Brinkvoorde tot en met 2030 ten minste op 3.150 woningen te houden.",
                P, "2030", F("partijen", "intent", [Q(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        "bod": V("Wij houden onze sociale huurvoorraad in Brinkvoorde tot en met 2030 op ten minste 3.150 woningen.",
                 None, "t/m 2030", F("corporatie", "firm", [Q(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: "same",
        "_2026": dict(st="unchanged", bst="weakened", bkinds=["modality"]),
    }),
    dict(key="liberalisatie", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland liberaliseert in 2025 geen sociale huurwoningen.",
                H, "31-12-2025", F("corporatie", "firm", [Q(0, "woningen", "max")], (2025, "in 2025"), True)),
        "bod": V("Wij liberaliseren in 2026 niet meer dan 10 sociale huurwoningen.",
                 None, "2026", F("corporatie", "firm", [Q(10, "woningen", "max")], (2026, "in 2026"), True)),
        2026: V("Hoevenland liberaliseert in 2026 ten hoogste 10 sociale huurwoningen.",
                H, "31-12-2026", F("corporatie", "firm", [Q(10, "woningen", "max")], (2026, "in 2026"), True),
                st="weakened", kinds=["quantity"], bst="reworded", bhn="same_figures"),
    }),
    dict(key="huurverhoging", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland verhoogt de huren per 1 juli 2025 gemiddeld met niet meer dan 4,5%.",
                H, "1 juli 2025", F("corporatie", "firm", [Q(4.5, "%", "max")], (2025, "per 1 juli 2025"), True)),
        "bod": V("Wij verhogen de huren per 1 juli 2026 gemiddeld met ten hoogste 4%.",
                 None, "1 juli 2026", F("corporatie", "firm", [Q(4, "%", "max")], (2026, "per 1 juli 2026"), True)),
        2026: V("Hoevenland verhoogt de huren per 1 juli 2026 gemiddeld met niet meer dan 3,5%.",
                H, "1 juli 2026", F("corporatie", "firm", [Q(3.5, "%", "max")], (2026, "per 1 juli 2026"), True),
                st="strengthened", kinds=["quantity"], bst="strengthened", bkinds=["quantity"]),
    }),
    dict(key="passend-toewijzen", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens met een inkomen tot € 52.720 (prijspeil 2025).",
                H, "doorlopend", F("corporatie", "firm", [Q(95, "%", "min"), Q(52720, "euro", "max")], None, True)),
        "bod": V("Wij wijzen minimaal 95% van onze vrijkomende sociale huurwoningen passend toe aan huishoudens met een inkomen tot € 54.350 (prijspeil 2026).",
                 None, "doorlopend", F("corporatie", "firm", [Q(95, "%", "min"), Q(54350, "euro", "max")], None, True)),
        2026: V("Hoevenland wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens met een inkomen tot € 54.350 (prijspeil 2026).",
                H, "doorlopend", F("corporatie", "firm", [Q(95, "%", "min"), Q(54350, "euro", "max")], None, True),
                st="reworded", hn="indexed_amount", bst="reworded", bhn="same_figures"),
    }),
    dict(key="voorrang-lokaal", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland zet de vrije toewijzingsruimte in om bij ten minste 20% van de verhuringen in de kernen Oudehage en Lindendorp voorrang te geven aan woningzoekenden met een lokale binding.",
                H, "doorlopend", F("corporatie", "firm", [Q(20, "%", "min")])),
        2026: V("Hoevenland zet de vrije toewijzingsruimte in om bij ten minste 15% van de verhuringen in de kernen Oudehage en Lindendorp voorrang te geven aan woningzoekenden met een lokale binding.",
                H, "doorlopend", F("corporatie", "firm", [Q(15, "%", "min")]),
                st="weakened", kinds=["quantity"], bst="new"),
    }),
    dict(key="vergunninghouders", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Hoevenland stelt in 2025 ten minste 26 woningen beschikbaar voor de huisvesting van vergunninghouders, overeenkomstig de taakstelling.",
                H, "31-12-2025", F("corporatie", "firm", [Q(26, "woningen", "min")], (2025, "in 2025"), True)),
        "bod": V("Wij stellen in 2026 woningen beschikbaar voor de huisvesting van vergunninghouders, zodat de gemeente de taakstelling van het Rijk haalt.",
                 None, "2026", F("corporatie", "firm", [], (2026, "in 2026"), True)),
        2026: V("Hoevenland stelt in 2026 ten minste 31 woningen beschikbaar voor de huisvesting van vergunninghouders, overeenkomstig de taakstelling.",
                H, "31-12-2026", F("corporatie", "firm", [Q(31, "woningen", "min")], (2026, "in 2026"), True),
                st="reworded", hn="external_figure", bst="reworded", bhn="external_figure"),
    }),
    dict(key="uitstroom-bw-mo", t="t1", themes=["beschikbaarheid_betaalbaarheid", "leefbaarheid"], v={
        2025: V("Hoevenland stelt jaarlijks 6 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang; de gemeente zorgt voor passende begeleiding van de nieuwe huurders.",
                GH, "jaarlijks", F(["corporatie", "gemeente"], "firm", [Q(6, "woningen")], None, True)),
        "bod": V("Wij stellen jaarlijks 6 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, mits de gemeente de begeleiding van deze huurders regelt.",
                 None, "jaarlijks", F("corporatie", "firm", [Q(6, "woningen")], None, True, ["mits de gemeente de begeleiding van deze huurders regelt"])),
        2026: "same",
        "_2026": dict(st="unchanged", bst="strengthened", bkinds=["condition"]),
    }),
    dict(key="huurachterstand", t="t1", themes=["beschikbaarheid_betaalbaarheid", "leefbaarheid"], v={
        2025: V("Hoevenland meldt een huurachterstand van één maand bij het team Vroegsignalering van de gemeente, dat binnen vijf werkdagen contact zoekt met de huurder.",
                GH, "doorlopend", F(["corporatie", "gemeente"], "firm", [Q(1, "maanden", "max"), Q(5, "werkdagen", "max")])),
        "bod": V("Wij melden een huurachterstand van twee maanden bij het team Vroegsignalering van de gemeente, dat binnen vijf werkdagen contact zoekt met de huurder.",
                 None, "doorlopend", F("corporatie", "firm", [Q(2, "maanden", "max"), Q(5, "werkdagen", "max")])),
        2026: V("Bij een huurachterstand van 1 maand doet Hoevenland een melding bij het team Vroegsignalering; de gemeente neemt binnen 5 werkdagen contact op met de huurder.",
                GH, "doorlopend", F(["corporatie", "gemeente"], "firm", [Q(1, "maanden", "max"), Q(5, "werkdagen", "max")]),
                st="reworded", hn="same_figures", bst="strengthened", bkinds=["quantity"]),
    }),
    dict(key="huisuitzettingen", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Partijen zetten zich ervoor in dat er geen huisuitzettingen plaatsvinden vanwege alleen een huurachterstand.",
                P, "doorlopend", F("partijen", "intent", [Q(0, "huisuitzettingen", "max")])),
        2026: V("Partijen zorgen ervoor dat er geen huisuitzettingen plaatsvinden vanwege alleen een huurachterstand.",
                P, "doorlopend", F("partijen", "firm", [Q(0, "huisuitzettingen", "max")]),
                st="strengthened", kinds=["modality"], bst="new"),
    }),
    dict(key="doorstroming-senioren", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("De gemeente en Hoevenland stellen vóór 1 juli 2025 een doorstroomregeling voor senioren op, met een verhuisbijdrage en behoud van de huurprijs.",
                GH, "1 juli 2025", F(["gemeente", "corporatie"], "firm", [], (2025, "vóór 1 juli 2025"))),
        "bod": V("Wij stellen in 2026 samen met de gemeente een doorstroomregeling voor senioren op, met een verhuisbijdrage en behoud van de huurprijs.",
                 None, "2026", F(["corporatie", "gemeente"], "firm", [], (2026, "in 2026"))),
        2026: V("De gemeente en Hoevenland onderzoeken in 2026 of een doorstroomregeling voor senioren, met een verhuisbijdrage en behoud van de huurprijs, kan worden ingevoerd.",
                GH, "31-12-2026", F(["gemeente", "corporatie"], "explore", [], (2026, "in 2026")),
                st="weakened", kinds=["modality", "deadline"], bst="weakened", bkinds=["modality"]),
    }),
    dict(key="woonwagenstandplaatsen", t="t1", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("De gemeente stelt in 2025 een woonwagenbeleid vast en wijst ten minste twee nieuwe standplaatsen aan; Hoevenland neemt het beheer van deze standplaatsen op zich.",
                GH, "31-12-2025", F(["gemeente", "corporatie"], "firm", [Q(2, "standplaatsen", "min")], (2025, "in 2025"))),
    }),
    # ---------------- Thema 2
    dict(key="labels-efg", t="t2", themes=["duurzaamheid_klimaat"], v={
        2025: V("Hoevenland verbetert in 2025 de laatste 64 woningen met een E-, F- of G-label, zodat eind 2025 geen woningen met zo'n label meer in het bezit zijn.",
                H, "eind 2025", F("corporatie", "firm", [Q(64, "woningen"), Q(0, "woningen", "max")], (2025, "eind 2025"))),
        "bod": V("Wij verbeteren in 2026 de resterende 18 woningen met een E-, F- of G-label, zodat eind 2026 geen woningen met zo'n label meer in ons bezit zijn.",
                 None, "eind 2026", F("corporatie", "firm", [Q(18, "woningen"), Q(0, "woningen", "max")], (2026, "eind 2026"))),
        2026: V("Hoevenland verbetert uiterlijk eind 2026 de laatste 18 woningen met een E-, F- of G-label, zodat daarna geen woningen met zo'n label meer in het bezit zijn.",
                H, "eind 2026", F("corporatie", "firm", [Q(18, "woningen"), Q(0, "woningen", "max")], (2026, "uiterlijk eind 2026")),
                st="weakened", kinds=["deadline"], bst="reworded", bhn="same_figures"),
    }),
    dict(key="gemiddeld-label", t="t2", themes=["duurzaamheid_klimaat"], v={
        2025: V("Hoevenland zorgt ervoor dat de woningvoorraad eind 2028 gemiddeld energielabel A heeft.",
                H, "eind 2028", F("corporatie", "firm", [Q("A", "label", "min")], (2028, "eind 2028"))),
        "bod": V("Wij zorgen ervoor dat onze woningvoorraad eind 2028 gemiddeld energielabel C heeft.",
                 None, "eind 2028", F("corporatie", "firm", [Q("C", "label", "min")], (2028, "eind 2028"))),
        2026: V("Hoevenland zorgt ervoor dat de woningvoorraad eind 2028 gemiddeld energielabel B heeft.",
                H, "eind 2028", F("corporatie", "firm", [Q("B", "label", "min")], (2028, "eind 2028")),
                st="weakened", kinds=["label"], bst="strengthened", bkinds=["label"]),
    }),
    dict(key="isolatie", t="t2", themes=["duurzaamheid_klimaat"], v={
        2025: V("Hoevenland isoleert in 2025 ten minste 120 woningen naar de standaard voor isolatie.",
                H, "31-12-2025", F("corporatie", "firm", [Q(120, "woningen", "min")], (2025, "in 2025"), True)),
        "bod": V("Wij isoleren in 2026 ten minste 150 woningen naar de standaard voor isolatie.",
                 None, "2026", F("corporatie", "firm", [Q(150, "woningen", "min")], (2026, "in 2026"), True)),
        2026: V("Hoevenland isoleert in 2026 ten minste 120 woningen naar de standaard voor isolatie.",
                H, "31-12-2026", F("corporatie", "firm", [Q(120, "woningen", "min")], (2026, "in 2026"), True),
                st="reworded", hn="recurring_year", bst="weakened", bkinds=["quantity"]),
    }),
    dict(key="hybride-warmtepompen", t="t2", themes=["duurzaamheid_klimaat"], v={
        "bod": V("Hoevenland vervangt in 2026 bij 40 woningen de cv-ketel door een hybride warmtepomp.",
                 None, "2026", F("corporatie", "firm", [Q(40, "woningen")], (2026, "in 2026"))),
        2026: V("Hoevenland vervangt in 2026 bij 40 woningen de cv-ketel door een hybride warmtepomp.",
                H, "31-12-2026", F("corporatie", "firm", [Q(40, "woningen")], (2026, "in 2026")),
                st="new", bst="unchanged"),
    }),
    dict(key="zonnepanelen", t="t2", themes=["duurzaamheid_klimaat"], v={
        2025: V("Hoevenland biedt in 2025 alle huurders van grondgebonden woningen zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 12.",
                H, "31-12-2025", F("corporatie", "firm", [Q(12, "euro per maand", "max")], (2025, "in 2025"), True)),
        "bod": V("Wij bieden in 2026 huurders van grondgebonden woningen in Molenkamp zonnepanelen aan voor maximaal € 12 per maand.",
                 None, "2026", F("corporatie", "firm", [Q(12, "euro per maand", "max")], (2026, "in 2026"), True)),
        2026: V("Hoevenland biedt in 2026 de huurders van grondgebonden woningen in de wijk Molenkamp zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 12.",
                H, "31-12-2026", F("corporatie", "firm", [Q(12, "euro per maand", "max")], (2026, "in 2026"), True),
                st="weakened", kinds=["scope"], bst="reworded", bhn="same_figures"),
    }),
    dict(key="warmtenet-de-essen", t="t2", themes=["duurzaamheid_klimaat"], v={
        2025: V("De gemeente en Hoevenland onderzoeken of de wijk De Essen vóór 2030 kan worden aangesloten op het warmtenet.",
                GH, "2030", F(["gemeente", "corporatie"], "explore", [], (2030, "vóór 2030"))),
        "bod": V("Wij onderzoeken samen met de gemeente of de wijk De Essen vóór 2030 op het warmtenet kan worden aangesloten.",
                 None, "2030", F(["corporatie", "gemeente"], "explore", [], (2030, "vóór 2030"))),
        2026: V("De gemeente en Hoevenland sluiten de wijk De Essen vóór 2030 aan op het warmtenet.",
                GH, "2030", F(["gemeente", "corporatie"], "firm", [], (2030, "vóór 2030")),
                st="strengthened", kinds=["modality"], bst="strengthened", bkinds=["modality"]),
    }),
    dict(key="energiecoaches", t="t2", themes=["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], v={
        2025: V("De gemeente zet in 2025 energiecoaches in die huurders van Hoevenland gratis advies geven over energiebesparing; Hoevenland wijst huurders met een hoog energieverbruik op dit aanbod.",
                GH, "31-12-2025", F(["gemeente", "corporatie"], "firm", [], (2025, "in 2025"), True)),
        2026: V("In 2026 zet de gemeente energiecoaches in die huurders van Hoevenland kosteloos adviseren over energiebesparing; Hoevenland attendeert huurders met een hoog energieverbruik op dit aanbod.",
                GH, "31-12-2026", F(["gemeente", "corporatie"], "firm", [], (2026, "in 2026"), True),
                st="reworded", hn="recurring_year", bst="new"),
    }),
    dict(key="groene-daken", t="t2", themes=["duurzaamheid_klimaat"], v={
        2025: V("Hoevenland legt in 2025 bij twee complexen groene daken aan, indien financieel haalbaar.",
                H, "31-12-2025", F("corporatie", "firm", [Q(2, "complexen")], (2025, "in 2025"), True, ["indien financieel haalbaar"])),
        "bod": V("Wij leggen in 2026 bij één complex een groen dak aan.",
                 None, "2026", F("corporatie", "firm", [Q(1, "complexen")], (2026, "in 2026"), True)),
        2026: V("Hoevenland legt in 2026 bij twee complexen groene daken aan.",
                H, "31-12-2026", F("corporatie", "firm", [Q(2, "complexen")], (2026, "in 2026"), True),
                st="strengthened", kinds=["condition"], bst="strengthened", bkinds=["quantity"]),
    }),
    # ---------------- Thema 3
    dict(key="vocht-schimmel", t="t3", themes=["kwaliteit"], v={
        2025: V("Hoevenland neemt een melding van vocht of schimmel binnen tien werkdagen in behandeling en pakt de oorzaak zo snel mogelijk aan.",
                H, "doorlopend", F("corporatie", "firm", [Q(10, "werkdagen", "max")])),
        "bod": V("Hoevenland neemt een melding van vocht of schimmel binnen tien werkdagen in behandeling en pakt de oorzaak zo snel mogelijk aan.",
                 None, "doorlopend", F("corporatie", "firm", [Q(10, "werkdagen", "max")])),
        2026: "same",
        "_2026": dict(st="unchanged", bst="unchanged"),
    }),
    dict(key="levensloopgeschikt", t="t3", themes=["kwaliteit"], v={
        2025: V("Hoevenland maakt jaarlijks ten minste 30 woningen levensloopgeschikt.",
                H, "jaarlijks", F("corporatie", "firm", [Q(30, "woningen", "min")], None, True)),
        "bod": V("Wij passen elk jaar minimaal dertig woningen aan tot levensloopgeschikte woning.",
                 None, "jaarlijks", F("corporatie", "firm", [Q(30, "woningen", "min")], None, True)),
        2026: "same",
        "_2026": dict(st="unchanged", bst="reworded", bhn="same_figures"),
    }),
    dict(key="woningaanpassingen", t="t3", themes=["kwaliteit"], v={
        2025: V("De gemeente en Hoevenland zorgen ervoor dat kleine Wmo-woningaanpassingen binnen zes weken na de aanvraag worden uitgevoerd.",
                GH, "doorlopend", F(["gemeente", "corporatie"], "firm", [Q(6, "weken", "max")])),
        2026: V("De gemeente en Hoevenland zorgen ervoor dat kleine Wmo-woningaanpassingen binnen acht weken na de aanvraag worden uitgevoerd.",
                GH, "doorlopend", F(["gemeente", "corporatie"], "firm", [Q(8, "weken", "max")]),
                st="weakened", kinds=["quantity"], bst="new"),
    }),
    dict(key="geclusterd-wonen", t="t3", themes=["kwaliteit"], v={
        2025: V("Hoevenland verkent in 2025 met zorgaanbieder De Linde de mogelijkheden voor een geclusterde woonvorm voor ouderen in Oudehage.",
                H, "31-12-2025", F("corporatie", "explore", [], (2025, "in 2025"))),
        "bod": V("Wij willen met zorgaanbieder De Linde een geclusterde woonvorm met 16 woningen voor ouderen in Oudehage realiseren, met een bouwstart in 2027.",
                 None, "2027", F("corporatie", "intent", [Q(16, "woningen")], (2027, "in 2027"))),
        2026: V("Hoevenland realiseert met zorgaanbieder De Linde een geclusterde woonvorm met 16 woningen voor ouderen in Oudehage; de bouw start in 2027.",
                H, "2027", F("corporatie", "firm", [Q(16, "woningen")], (2027, "in 2027")),
                st="strengthened", kinds=["modality"], bst="strengthened", bkinds=["modality"]),
    }),
    dict(key="huurdersoordeel", t="t3", themes=["kwaliteit"], v={
        2025: V("Hoevenland streeft naar een gemiddeld huurdersoordeel over reparaties van ten minste een 7,5.",
                H, "doorlopend", F("corporatie", "intent", [Q(7.5, "cijfer", "min")])),
        "bod": V("Wij streven naar een huurdersoordeel over reparaties van gemiddeld minimaal 7,5.",
                 None, "doorlopend", F("corporatie", "intent", [Q(7.5, "cijfer", "min")])),
        2026: V("Hoevenland wil dat huurders de uitgevoerde reparaties gemiddeld met minimaal een 7,5 waarderen.",
                H, "doorlopend", F("corporatie", "intent", [Q(7.5, "cijfer", "min")]),
                st="reworded", hn="same_figures", bst="reworded", bhn="same_figures"),
    }),
    dict(key="rookmelders", t="t3", themes=["kwaliteit"], v={
        2025: V("Hoevenland plaatst in 2025 in alle woningen zonder rookmelder ten minste één rookmelder per verdieping.",
                H, "31-12-2025", F("corporatie", "firm", [Q(1, "rookmelders per verdieping", "min")], (2025, "in 2025"))),
    }),
    # ---------------- Thema 4
    dict(key="leefbaarheidsbudget", t="t4", themes=["leefbaarheid"], v={
        2025: V("Hoevenland besteedt in 2025 een leefbaarheidsbudget van € 120 per woning aan buurtbeheer, kleine fysieke ingrepen en bewonersinitiatieven.",
                H, "31-12-2025", F("corporatie", "firm", [Q(120, "euro per woning")], (2025, "in 2025"), True)),
        "bod": V("Wij besteden in 2026 € 135 per woning aan buurtbeheer, kleine fysieke ingrepen en bewonersinitiatieven.",
                 None, "2026", F("corporatie", "firm", [Q(135, "euro per woning")], (2026, "in 2026"), True)),
        2026: V("Hoevenland besteedt in 2026 een leefbaarheidsbudget van € 135 per woning aan buurtbeheer, kleine fysieke ingrepen en bewonersinitiatieven.",
                H, "31-12-2026", F("corporatie", "firm", [Q(135, "euro per woning")], (2026, "in 2026"), True),
                st="strengthened", kinds=["quantity"], bst="reworded", bhn="same_figures"),
    }),
    dict(key="wijkbeheerders", t="t4", themes=["leefbaarheid"], v={
        2025: V("Hoevenland zet in alle wijken een wijkbeheerder in die ten minste twee dagdelen per week in de wijk aanwezig is.",
                H, "doorlopend", F("corporatie", "firm", [Q(2, "dagdelen per week", "min")])),
        "bod": V("Wij zetten in Molenkamp en Vliethof een wijkbeheerder in, die minimaal twee dagdelen per week in de wijk aanwezig is.",
                 None, "doorlopend", F("corporatie", "firm", [Q(2, "dagdelen per week", "min")])),
        2026: V("Hoevenland zet in de wijken Molenkamp en Vliethof een wijkbeheerder in die ten minste twee dagdelen per week in de wijk aanwezig is.",
                H, "doorlopend", F("corporatie", "firm", [Q(2, "dagdelen per week", "min")]),
                st="weakened", kinds=["scope"], bst="reworded", bhn="same_figures"),
    }),
    dict(key="wijknetwerk", t="t4", themes=["leefbaarheid"], v={
        2025: V("Partijen bespreken signalen over kwetsbare huurders en overlast ten minste vier keer per jaar in het wijknetwerk met het wijkteam en de politie.",
                P, "per kwartaal", F("partijen", "firm", [Q(4, "keer per jaar", "min")], None, True)),
        2026: V("Partijen bespreken signalen over kwetsbare huurders en overlast ten minste twee keer per jaar in het wijknetwerk met het wijkteam en de politie.",
                P, "halfjaarlijks", F("partijen", "firm", [Q(2, "keer per jaar", "min")], None, True),
                st="weakened", kinds=["quantity"], bst="new"),
    }),
    dict(key="bewonersinitiatieven", t="t4", themes=["leefbaarheid"], v={
        2025: V("De gemeente stelt in 2025 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel huurwoningen.",
                G, "31-12-2025", F("gemeente", "firm", [Q(30000, "euro")], (2025, "in 2025"), True)),
        2026: V("De gemeente stelt in 2026 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel huurwoningen, onder voorbehoud van vaststelling van de gemeentebegroting 2026.",
                G, "31-12-2026", F("gemeente", "firm", [Q(30000, "euro")], (2026, "in 2026"), True, ["onder voorbehoud van vaststelling van de gemeentebegroting 2026"]),
                st="weakened", kinds=["condition"], bst="new"),
    }),
    dict(key="ontmoeting-senioren", t="t4", themes=["leefbaarheid"], v={
        "bod": V("Wij organiseren in 2026 samen met De Brinkhof in enkele seniorencomplexen ten minste twee ontmoetingsbijeenkomsten.",
                 None, "2026", F(["corporatie", "huurdersorganisatie"], "firm", [Q(2, "bijeenkomsten", "min")], (2026, "in 2026"), True)),
        2026: V("Hoevenland en De Brinkhof organiseren in 2026 in elk seniorencomplex ten minste twee ontmoetingsbijeenkomsten.",
                "Hoevenland en De Brinkhof", "31-12-2026", F(["corporatie", "huurdersorganisatie"], "firm", [Q(2, "bijeenkomsten", "min")], (2026, "in 2026"), True),
                st="new", bst="strengthened", bkinds=["scope"]),
    }),
    dict(key="buurtbemiddeling", t="t4", themes=["leefbaarheid"], v={
        2025: V("Hoevenland start in 2025 samen met de gemeente een pilot met buurtbemiddeling in de wijk Vliethof.",
                GH, "31-12-2025", F(["corporatie", "gemeente"], "firm", [], (2025, "in 2025"))),
    }),
    # ---------------- Thema 5
    dict(key="monitoring", t="t5", themes=["overig"], v={
        2025: V("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg.",
                P, "halfjaarlijks", F("partijen", "firm", [Q(2, "keer per jaar")], None, True)),
        2026: "same",
        "_2026": dict(st="unchanged", bst="new"),
    }),
    dict(key="bod-procedure", t="t5", themes=["overig"], v={
        2025: V("Hoevenland brengt vóór 1 juli 2025 een bod uit op de woonvisie voor het jaar 2026.",
                H, "1 juli 2025", F("corporatie", "firm", [], (2025, "vóór 1 juli 2025"), True)),
        2026: V("Hoevenland brengt vóór 1 juli 2026 een bod uit op de woonvisie voor het jaar 2027.",
                H, "1 juli 2026", F("corporatie", "firm", [], (2026, "vóór 1 juli 2026"), True),
                st="reworded", hn="recurring_year", bst="new"),
    }),
    dict(key="ondersteuning-huurders", t="t5", themes=["overig"], v={
        2025: V("Hoevenland vergoedt De Brinkhof in 2025 de kosten van onafhankelijke advisering over de prestatieafspraken tot een bedrag van € 6.000.",
                H, "31-12-2025", F("corporatie", "firm", [Q(6000, "euro", "max")], (2025, "in 2025"), True)),
        "bod": V("Wij stellen De Brinkhof in 2026 tot € 4.000 beschikbaar voor onafhankelijk advies over de prestatieafspraken.",
                 None, "2026", F("corporatie", "firm", [Q(4000, "euro", "max")], (2026, "in 2026"), True)),
        2026: V("Hoevenland vergoedt De Brinkhof in 2026 de kosten van onafhankelijke advisering over de prestatieafspraken tot een bedrag van € 6.000.",
                H, "31-12-2026", F("corporatie", "firm", [Q(6000, "euro", "max")], (2026, "in 2026"), True),
                st="reworded", hn="recurring_year", bst="strengthened", bkinds=["quantity"]),
    }),
    dict(key="woonvisie-actualisatie", t="t5", themes=["overig"], v={
        2025: V("De gemeente actualiseert in 2025 de woonvisie en betrekt Hoevenland en De Brinkhof bij het opstellen ervan.",
                G, "31-12-2025", F("gemeente", "firm", [], (2025, "in 2025"))),
    }),
    dict(key="dashboard", t="t5", themes=["overig"], v={
        2026: V("De gemeente publiceert vanaf het tweede kwartaal van 2026 een openbaar dashboard met de voortgang van de prestatieafspraken.",
                G, "Q2 2026", F("gemeente", "firm", [], (2026, "tweede kwartaal van 2026")),
                st="new", bst="new"),
    }),
]

# Bod items that were not taken over in agreement 2026 (dropped in the bod -> 2026 pair).
BOD_ONLY = [
    dict(key="bod-flexwoningen", t="t1", themes=["beschikbaarheid_betaalbaarheid"],
         bod=V("Wij plaatsen in 2026 tien flexwoningen op het terrein van de voormalige brandweerkazerne, voor spoedzoekers en starters.",
               None, "2026", F("corporatie", "firm", [Q(10, "woningen")], (2026, "in 2026")))),
    dict(key="bod-sloop-kastanjelaan", t="t1", themes=["beschikbaarheid_betaalbaarheid", "kwaliteit"],
         bod=V("Wij onderzoeken of de 36 portiekflats aan de Kastanjelaan na 2028 worden vervangen door nieuwbouw.",
               None, "na 2028", F("corporatie", "explore", [Q(36, "woningen")], None))),
    dict(key="bod-slimme-thermostaat", t="t2", themes=["duurzaamheid_klimaat"],
         bod=V("Wij bieden in 2026 aan 50 huishoudens met hoge energielasten een slimme thermostaat aan.",
               None, "2026", F("corporatie", "firm", [Q(50, "huishoudens")], (2026, "in 2026")))),
]

# Bod form: per theme a list of questions (printed page text). Each item: (question, kind, payload)
#   kind "bid": payload is an afspraak key (its "bod" version fills the answer)
#   kind "info": payload is a non-committing answer (fact, context, reference)
BOD_QUESTIONS = {
    "t1": [
        ("Hoeveel sociale huurwoningen verhuurt u op dit moment in de gemeente?", "info",
         "Op 1 januari 2025 verhuurden wij 3.168 sociale huurwoningen in Brinkvoorde, waarvan 412 in Oudehage en 265 in Lindendorp."),
        ("Welke omvang van de sociale huurvoorraad houdt u de komende jaren aan?", "bid", "sociale-voorraad"),
        ("Welke nieuwbouwprojecten levert u op of start u, met aantallen en planning?", "bid", "nieuwbouw-stationsweide"),
        ("Welke nieuwbouwlocaties ontwikkelt u daarnaast?", "bid", "nieuwbouw-kerkakker"),
        ("Wat doet u voor spoedzoekers en starters?", "bid", "bod-flexwoningen"),
        ("Welke mogelijkheden ziet u voor middenhuur?", "bid", "middenhuur-zuivelfabriek"),
        ("Welke complexen komen in aanmerking voor sloop of herstructurering?", "bid", "bod-sloop-kastanjelaan"),
        ("Hoeveel woningen liberaliseert u?", "bid", "liberalisatie"),
        ("Welke huurverhoging past u toe?", "bid", "huurverhoging"),
        ("Hoe wijst u uw woningen toe?", "bid", "passend-toewijzen"),
        ("Wat is uw bijdrage aan de huisvesting van vergunninghouders?", "bid", "vergunninghouders"),
        ("Wat is uw bijdrage aan de uitstroom uit beschermd wonen en maatschappelijke opvang?", "bid", "uitstroom-bw-mo"),
        ("Hoe gaat u om met huurachterstanden?", "bid", "huurachterstand"),
        ("Hoe bevordert u de doorstroming van senioren?", "bid", "doorstroming-senioren"),
    ],
    "t2": [
        ("Wat is de stand van de energielabels in uw bezit?", "info",
         "Per 1 mei 2025 had ons bezit in Brinkvoorde gemiddeld energielabel C; 18 woningen hadden toen nog een E-, F- of G-label."),
        ("Hoe lost u de resterende slechte energielabels op?", "bid", "labels-efg"),
        ("Welk gemiddeld energielabel streeft u na?", "bid", "gemiddeld-label"),
        ("Hoeveel woningen isoleert u?", "bid", "isolatie"),
        ("Welke maatregelen neemt u aan de warmte-installaties?", "bid", "hybride-warmtepompen"),
        ("Wat is uw aanbod voor zonnepanelen?", "bid", "zonnepanelen"),
        ("Wat is uw rol in de aardgasvrije wijken uit de transitievisie warmte?", "bid", "warmtenet-de-essen"),
        ("Wat doet u tegen energiearmoede?", "bid", "bod-slimme-thermostaat"),
        ("Wat doet u aan klimaatadaptatie?", "bid", "groene-daken"),
    ],
    "t3": [
        ("Hoe pakt u vocht en schimmel aan?", "bid", "vocht-schimmel"),
        ("Hoeveel woningen maakt u levensloopgeschikt?", "bid", "levensloopgeschikt"),
        ("Welke plannen heeft u voor wonen met zorg?", "bid", "geclusterd-wonen"),
        ("Hoe waarderen huurders uw dienstverlening?", "info",
         "In 2024 gaven huurders onze reparaties gemiddeld een 7,3 en de nieuwe huurders hun woning een 7,6."),
        ("Welke doelen stelt u voor de dienstverlening?", "bid", "huurdersoordeel"),
    ],
    "t4": [
        ("Welk budget zet u in voor leefbaarheid?", "bid", "leefbaarheidsbudget"),
        ("Hoe bent u aanwezig in de wijken?", "bid", "wijkbeheerders"),
        ("Wat doet u aan eenzaamheid en ontmoeting?", "bid", "ontmoeting-senioren"),
        ("Welke ontwikkelingen ziet u in de wijken?", "info",
         "Het aantal overlastmeldingen in Vliethof is in 2024 gedaald van 61 naar 44. In Molenkamp zien wij meer huurders die zorg nodig hebben."),
    ],
    "t5": [
        ("Hoe ondersteunt u de huurdersorganisatie?", "bid", "ondersteuning-huurders"),
        ("Hoe is de financiële ruimte voor uw bod bepaald?", "info",
         "Ons bod past binnen de meerjarenbegroting 2025-2029 en de normen van de Autoriteit woningcorporaties. De investeringen in Brinkvoorde bedragen in de periode 2026-2030 naar verwachting € 96 miljoen."),
    ],
}

BOD_THEME_TITLES = {
    "t1": "1 Beschikbaarheid en betaalbaarheid",
    "t2": "2 Duurzaamheid en klimaat",
    "t3": "3 Kwaliteit en wonen met zorg",
    "t4": "4 Leefbaarheid",
    "t5": "5 Samenwerking",
}

# Numbered agreement slots that were filled in but hold no afspraak (left over from last year's form).
VERVALLEN = {
    2026: {
        "t3": [("Vervallen: in 2025 zijn in alle woningen zonder rookmelder rookmelders geplaatst.", "Hoevenland", "gereed")],
        "t5": [("Vervallen: de geactualiseerde woonvisie is op 2 oktober 2025 door de raad vastgesteld.", "Gemeente", "gereed")],
    },
}

# Agreement form, non-afspraak field content.
CONTEXT = {
    2025: {
        "t1": "De woonvisie vraagt tot 2030 om gemiddeld 60 extra sociale huurwoningen per jaar. De wachttijd voor een sociale huurwoning liep in 2024 op tot 4,1 jaar.",
        "t2": "Brinkvoorde wil in 2040 aardgasvrij zijn. De transitievisie warmte noemt De Essen als eerste wijk.",
        "t3": "Het aantal 75-plussers in Brinkvoorde groeit tot 2035 met ongeveer 40%.",
        "t4": "De leefbaarheidsmonitor laat voor Vliethof een lichte daling zien.",
        "t5": "De afspraken gelden voor één jaar en worden jaarlijks geactualiseerd.",
    },
    2026: {
        "t1": "De woonvisie vraagt tot 2030 om gemiddeld 60 extra sociale huurwoningen per jaar. De wachttijd voor een sociale huurwoning bedroeg in 2025 4,3 jaar.",
        "t2": "Brinkvoorde wil in 2040 aardgasvrij zijn. Het warmtenet van het bedrijventerrein Brinkhaven is in 2025 in gebruik genomen.",
        "t3": "Het aantal 75-plussers in Brinkvoorde groeit tot 2035 met ongeveer 40%. Zorgaanbieder De Linde heeft een locatie in Oudehage gekocht.",
        "t4": "De leefbaarheidsmonitor 2025 laat voor Vliethof een verbetering zien; in Molenkamp blijft de score achter.",
        "t5": "De afspraken gelden voor één jaar en worden jaarlijks geactualiseerd.",
    },
}

TERUGBLIK = {
    2025: "In 2024 zijn 36 sociale huurwoningen opgeleverd in Vliethof en zijn 112 woningen geïsoleerd. Hoevenland heeft 24 vergunninghouders gehuisvest. De doorstroomregeling voor senioren is niet afgerond.",
    2026: "In 2025 zijn 46 woningen met een E-, F- of G-label verbeterd en zijn 118 woningen geïsoleerd. De woonvisie is geactualiseerd en in alle woningen hangen rookmelders. De pilot buurtbemiddeling in Vliethof is afgerond.",
}

KERNCIJFERS = {
    2025: [("Sociale huurwoningen Hoevenland", "3.168"), ("Gemiddelde wachttijd", "4,1 jaar"),
           ("Huurders met een huurachterstand", "2,4%"), ("Woningen met label E, F of G", "64")],
    2026: [("Sociale huurwoningen Hoevenland", "3.187"), ("Gemiddelde wachttijd", "4,3 jaar"),
           ("Huurders met een huurachterstand", "2,1%"), ("Woningen met label E, F of G", "18")],
}

SIGN = {
    2025: ("Brinkvoorde, 12 december 2024", [
        ("Gemeente Brinkvoorde", "M.J. Verhoef-Dalmeijer", "wethouder Wonen"),
        (CORP, "drs. P.A. Kleinbroek", "directeur-bestuurder"),
        (HUURDERS, "G. Wessels-Ouderkerk", "voorzitter")]),
    2026: ("Brinkvoorde, 11 december 2025", [
        ("Gemeente Brinkvoorde", "M.J. Verhoef-Dalmeijer", "wethouder Wonen"),
        (CORP, "drs. P.A. Kleinbroek", "directeur-bestuurder"),
        (HUURDERS, "T. Oosterbroek", "voorzitter")]),
    "bod": ("Brinkvoorde, 26 juni 2025", [(CORP, "drs. P.A. Kleinbroek", "directeur-bestuurder")]),
}
