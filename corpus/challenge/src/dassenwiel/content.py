# -*- coding: utf-8 -*-
"""Content of the dassenwiel family (fictional gemeente Dassenwiel)."""

YEARS = [2025, 2026, 2027]
GEMEENTE = "Dassenwiel"
CORP = "Woonstichting Wielerhof"
HUURDERS = "Huurdersvereniging De Dassenburcht"

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[0], t[1], t[2]
        vmax = t[3] if len(t) > 3 else None
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": vmax})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def V(text, fr, st=None, kinds=(), hn=None):
    return {"text": text, "frame": fr, "status": st, "kinds": list(kinds), "hard_negative": hn}


SAME = "same"

CHAPTERS = [
    # key, title, intro per year (or str)
    ("betaalbaar", "Betaalbaar en beschikbaar wonen",
     "De vraag naar betaalbare huurwoningen in Dassenwiel blijft groter dan het aanbod. Jonge huishoudens die "
     "in het dorp willen blijven en ouderen die kleiner willen wonen, kijken vaak lang uit naar een passende "
     "woning. In dit hoofdstuk staat wat partijen doen om meer woningen te bouwen, de huren betaalbaar te houden "
     "en woningen eerlijk te verdelen."),
    ("duurzaam", "Duurzaam en klimaatbestendig",
     "Een goed geïsoleerde woning is comfortabeler en houdt de energierekening laag. Wielerhof werkt al jaren aan "
     "het verbeteren van haar woningen; de gemeente maakt in de transitievisie warmte keuzes per wijk. Hieronder "
     "de afspraken over labels, isolatie, opwek en het klimaatbestendig maken van de buurten."),
    ("kwaliteit", "Goed en gezond wonen",
     "Huurders moeten kunnen rekenen op een veilige, droge en goed onderhouden woning. Steeds meer inwoners "
     "wonen langer zelfstandig, ook als ze zorg nodig hebben. Dat vraagt om woningen die daarop zijn ingericht."),
    ("wijk", "Prettig wonen in de wijk",
     "Een fijne buurt maak je samen. Bewoners, de wijkbeheerders van Wielerhof, het wijkteam en de gemeente "
     "hebben elk hun rol. Juist in de wijken met veel sociale huurwoningen is die samenwerking nodig."),
    ("samen", "Samenwerking en proces",
     "De afspraken in deze brochure zijn tot stand gekomen aan een gelijkwaardige tafel. Partijen blijven ook "
     "tijdens het jaar met elkaar in gesprek over de uitvoering."),
]

AFSPRAKEN = [
    # ---------------------------------------------------------------- betaalbaar
    dict(key="nieuwbouw-kanaalzone", ch="betaalbaar", themes=[B], v={
        2025: V("Wielerhof realiseert in de Kanaalzone 64 sociale huurwoningen; de eerste woningen worden uiterlijk "
                "eind 2026 opgeleverd.",
                F(["corporatie"], "firm", [(64, "woningen", "exact")], (2026, "eind 2026"))),
        2026: V("Wielerhof realiseert in de Kanaalzone 52 sociale huurwoningen; de eerste woningen worden uiterlijk "
                "medio 2027 opgeleverd.",
                F(["corporatie"], "firm", [(52, "woningen", "exact")], (2027, "medio 2027")),
                "weakened", ["quantity", "deadline"]),
        2027: V("In de Kanaalzone worden door Wielerhof 52 sociale huurwoningen gerealiseerd, waarvan de eerste "
                "uiterlijk medio 2027 worden opgeleverd.",
                F(["corporatie"], "firm", [(52, "woningen", "exact")], (2027, "medio 2027")),
                "reworded", hn="same_figures"),
    }),
    dict(key="middenhuur-kanaalzone", ch="betaalbaar", themes=[B], v={
        2027: V("Wielerhof onderzoekt in 2027 of 15 tot 20 woningen in de Kanaalzone als middenhuurwoning kunnen "
                "worden aangeboden aan huishoudens met een middeninkomen.",
                F(["corporatie"], "explore", [(15, "woningen", "range", 20)], (2027, "in 2027"))),
    }),
    dict(key="nieuwbouw-esdorp", ch="betaalbaar", themes=[B, K], v={
        2025: V("Wielerhof onderzoekt of op de locatie Esdorp-Noord 20 tot 30 levensloopbestendige huurwoningen "
                "kunnen worden gebouwd en neemt daarover uiterlijk in het derde kwartaal van 2025 een besluit.",
                F(["corporatie"], "explore", [(20, "woningen", "range", 30)], (2025, "derde kwartaal van 2025"))),
        2026: V("Wielerhof bouwt op de locatie Esdorp-Noord 20 tot 30 levensloopbestendige sociale huurwoningen.",
                F(["corporatie"], "firm", [(20, "woningen", "range", 30)]),
                "strengthened", ["modality"]),
        2027: V("Wielerhof bouwt op de locatie Esdorp-Noord 16 tot 24 levensloopbestendige sociale huurwoningen.",
                F(["corporatie"], "firm", [(16, "woningen", "range", 24)]),
                "weakened", ["quantity"]),
    }),
    dict(key="sociale-voorraad", ch="betaalbaar", themes=[B], v={
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad van Wielerhof in Dassenwiel tot en met 2030 "
                "niet daalt onder 3.450 woningen.",
                F(["partijen"], "intent", [(3450, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: SAME,
        2027: V("Wielerhof zorgt ervoor dat haar sociale huurvoorraad in Dassenwiel tot en met 2030 niet daalt "
                "onder 3.450 woningen.",
                F(["corporatie"], "firm", [(3450, "woningen", "min")], (2030, "tot en met 2030")),
                "strengthened", ["modality"]),
    }),
    dict(key="verkoop", ch="betaalbaar", themes=[B], v={
        2025: V("Wielerhof verkoopt in 2025 ten hoogste 10 huurwoningen, uitsluitend bij mutatie en alleen uit "
                "complexen die al gemengd zijn.",
                F(["corporatie"], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
        2026: V("Wielerhof verkoopt in 2026 ten hoogste 6 huurwoningen, uitsluitend bij mutatie en alleen uit "
                "complexen die al gemengd zijn.",
                F(["corporatie"], "firm", [(6, "woningen", "max")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Wielerhof verkoopt in 2027 ten hoogste 6 huurwoningen, uitsluitend bij mutatie en alleen uit "
                "complexen die al gemengd zijn.",
                F(["corporatie"], "firm", [(6, "woningen", "max")], (2027, "in 2027"), True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="huurverhoging", ch="betaalbaar", themes=[B], v={
        2025: V("Wielerhof houdt de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5 procentpunt onder de "
                "maximaal toegestane huursomstijging.",
                F(["corporatie"], "firm", [(0.5, "procentpunt", "min")], (2025, "per 1 juli 2025"), True)),
        2026: V("Wielerhof houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,25 procentpunt onder de "
                "maximaal toegestane huursomstijging.",
                F(["corporatie"], "firm", [(0.25, "procentpunt", "min")], (2026, "per 1 juli 2026"), True),
                "weakened", ["quantity"]),
        2027: V("De gemiddelde huurverhoging van Wielerhof per 1 juli 2027 blijft ten minste 0,25 procentpunt onder "
                "de maximaal toegestane huursomstijging.",
                F(["corporatie"], "firm", [(0.25, "procentpunt", "min")], (2027, "per 1 juli 2027"), True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="inkomensgrens", ch="betaalbaar", themes=[B], v={
        2025: V("Wielerhof verhuurt ten minste 90% van de vrijkomende sociale huurwoningen aan huishoudens met een "
                "inkomen tot de DAEB-inkomensgrens van € 47.699 (prijspeil 2025).",
                F(["corporatie"], "firm", [(90, "%", "min"), (47699, "euro", "max")])),
        2026: V("Wielerhof verhuurt ten minste 90% van de vrijkomende sociale huurwoningen aan huishoudens met een "
                "inkomen tot de DAEB-inkomensgrens van € 48.625 (prijspeil 2026).",
                F(["corporatie"], "firm", [(90, "%", "min"), (48625, "euro", "max")]),
                "reworded", hn="indexed_amount"),
        2027: V("Wielerhof verhuurt ten minste 90% van de vrijkomende sociale huurwoningen aan huishoudens met een "
                "inkomen tot de DAEB-inkomensgrens van € 49.810 (prijspeil 2027).",
                F(["corporatie"], "firm", [(90, "%", "min"), (49810, "euro", "max")]),
                "reworded", hn="indexed_amount"),
    }),
    dict(key="vergunninghouders", ch="betaalbaar", themes=[B], v={
        2025: V("Wielerhof stelt in 2025 ten minste 38 woningen beschikbaar voor de huisvesting van "
                "vergunninghouders, zodat de gemeente haar wettelijke taakstelling kan halen.",
                F(["corporatie"], "firm", [(38, "woningen", "min")], (2025, "in 2025"), True)),
        2026: V("Wielerhof stelt in 2026 ten minste 44 woningen beschikbaar voor de huisvesting van "
                "vergunninghouders, zodat de gemeente haar wettelijke taakstelling kan halen.",
                F(["corporatie"], "firm", [(44, "woningen", "min")], (2026, "in 2026"), True),
                "reworded", hn="external_figure"),
        2027: V("Om de gemeente in staat te stellen haar wettelijke taakstelling te halen, stelt Wielerhof in 2027 "
                "minimaal 35 woningen beschikbaar voor vergunninghouders.",
                F(["corporatie"], "firm", [(35, "woningen", "min")], (2027, "in 2027"), True),
                "reworded", hn="external_figure"),
    }),
    dict(key="uitstroom-bw", ch="betaalbaar", themes=[B, L], v={
        2025: V("Wielerhof stelt jaarlijks 15 woningen beschikbaar voor inwoners die uitstromen uit beschermd wonen "
                "of de maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                F(["corporatie", "gemeente"], "firm", [(15, "woningen", "exact")], None, True)),
        2026: V("Wielerhof stelt jaarlijks 18 woningen beschikbaar voor inwoners die uitstromen uit beschermd wonen "
                "of de maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                F(["corporatie", "gemeente"], "firm", [(18, "woningen", "exact")], None, True),
                "strengthened", ["quantity"]),
        2027: SAME,
    }),
    dict(key="huurachterstand", ch="betaalbaar", themes=[B, L], v={
        2025: V("Wielerhof neemt binnen één maand na het ontstaan van een huurachterstand persoonlijk contact op met "
                "de huurder en meldt de achterstand binnen twee maanden bij de gemeentelijke schuldhulpverlening.",
                F(["corporatie"], "firm", [(1, "maanden", "max"), (2, "maanden", "max")])),
        2026: V("Bij een huurachterstand zoekt Wielerhof binnen één maand persoonlijk contact met de huurder; "
                "uiterlijk na twee maanden volgt een melding bij de gemeentelijke schuldhulpverlening.",
                F(["corporatie"], "firm", [(1, "maanden", "max"), (2, "maanden", "max")]),
                "reworded", hn="same_figures"),
        2027: V("Bij een huurachterstand zoekt Wielerhof binnen twee weken persoonlijk contact met de huurder; "
                "uiterlijk na zes weken volgt een melding bij de gemeentelijke schuldhulpverlening.",
                F(["corporatie"], "firm", [(2, "weken", "max"), (6, "weken", "max")]),
                "strengthened", ["quantity"]),
    }),
    dict(key="doorstroming-senioren", ch="betaalbaar", themes=[B], v={
        2025: V("De gemeente en Wielerhof ontwikkelen uiterlijk medio 2025 een verhuisregeling voor senioren die "
                "van een eengezinswoning naar een passende woning willen verhuizen.",
                F(["gemeente", "corporatie"], "firm", [], (2025, "medio 2025"))),
        2026: V("De gemeente en Wielerhof ontwikkelen uiterlijk eind 2026 een verhuisregeling voor senioren die "
                "van een eengezinswoning naar een passende woning willen verhuizen.",
                F(["gemeente", "corporatie"], "firm", [], (2026, "eind 2026")),
                "weakened", ["deadline"]),
    }),
    dict(key="wachttijd", ch="betaalbaar", themes=[B], v={
        2026: V("Partijen streven naar een gemiddelde inschrijfduur voor starters van ten hoogste vier jaar.",
                F(["partijen"], "intent", [(4, "jaar", "max")])),
        2027: V("Voor starters streven partijen ernaar de gemiddelde inschrijfduur op maximaal vier jaar te houden.",
                F(["partijen"], "intent", [(4, "jaar", "max")]),
                "reworded", hn="same_figures"),
    }),
    dict(key="huurtoeslag-info", ch="betaalbaar", themes=[B], v={
        2025: V("De gemeente en Wielerhof organiseren in 2025 samen met De Dassenburcht twee informatieavonden over "
                "huurtoeslag en andere regelingen voor huurders met een laag inkomen.",
                F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [(2, "bijeenkomsten", "exact")],
                  (2025, "in 2025"))),
    }),
    # ---------------------------------------------------------------- duurzaam
    dict(key="labels-efg", ch="duurzaam", themes=[D], v={
        2025: V("Wielerhof verbetert in 2025 en 2026 de resterende 120 woningen met energielabel E, F of G, zodat "
                "zij eind 2026 geen woningen met deze labels meer in bezit heeft.",
                F(["corporatie"], "firm", [(120, "woningen", "exact"), (0, "woningen", "max")], (2026, "eind 2026"))),
        2026: V("Wielerhof verbetert in 2026 de laatste 55 woningen met energielabel E, F of G, zodat zij eind 2026 "
                "geen woningen met deze labels meer in bezit heeft.",
                F(["corporatie"], "firm", [(55, "woningen", "exact"), (0, "woningen", "max")], (2026, "eind 2026")),
                "reworded", hn="progress"),
        2027: V("Wielerhof verbetert uiterlijk medio 2027 de laatste 14 woningen met energielabel E, F of G, zodat "
                "zij daarna geen woningen met deze labels meer in bezit heeft.",
                F(["corporatie"], "firm", [(14, "woningen", "exact"), (0, "woningen", "max")], (2027, "medio 2027")),
                "weakened", ["deadline"]),
    }),
    dict(key="gemiddeld-label", ch="duurzaam", themes=[D], v={
        2025: V("Wielerhof bereikt uiterlijk in 2030 voor haar hele bezit in Dassenwiel gemiddeld energielabel B.",
                F(["corporatie"], "firm", [("B", "label", "min")], (2030, "uiterlijk in 2030"))),
        2026: V("Wielerhof bereikt uiterlijk in 2028 voor haar hele bezit in Dassenwiel gemiddeld energielabel B.",
                F(["corporatie"], "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028")),
                "strengthened", ["deadline"]),
        2027: V("Wielerhof bereikt uiterlijk in 2028 voor haar hele bezit in Dassenwiel gemiddeld energielabel C.",
                F(["corporatie"], "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028")),
                "weakened", ["label"]),
    }),
    dict(key="renovatie-beukenlaan", ch="duurzaam", themes=[D, K], v={
        2025: V("Wielerhof brengt bij de renovatie van de 86 portiekwoningen aan de Beukenlaan alle woningen naar "
                "ten minste energielabel B.",
                F(["corporatie"], "firm", [(86, "woningen", "exact"), ("B", "label", "min")])),
        2026: V("Wielerhof brengt bij de renovatie van de 86 portiekwoningen aan de Beukenlaan alle woningen naar "
                "ten minste energielabel A.",
                F(["corporatie"], "firm", [(86, "woningen", "exact"), ("A", "label", "min")]),
                "strengthened", ["label"]),
        2027: SAME,
    }),
    dict(key="isolatie", ch="duurzaam", themes=[D], v={
        2025: V("Wielerhof isoleert in 2025 ten minste 180 woningen tot het niveau van de isolatiestandaard uit de "
                "Nationale Prestatieafspraken.",
                F(["corporatie"], "firm", [(180, "woningen", "min")], (2025, "in 2025"), True)),
        2026: V("Wielerhof isoleert in 2026 ten minste 220 woningen tot het niveau van de isolatiestandaard uit de "
                "Nationale Prestatieafspraken.",
                F(["corporatie"], "firm", [(220, "woningen", "min")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("Wielerhof isoleert in 2027 minimaal tweehonderdtwintig woningen tot het niveau van de "
                "isolatiestandaard uit de Nationale Prestatieafspraken.",
                F(["corporatie"], "firm", [(220, "woningen", "min")], (2027, "in 2027"), True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="zonnepanelen", ch="duurzaam", themes=[D], v={
        2025: V("Wielerhof biedt tot eind 2026 alle huurders van eengezinswoningen met een geschikt dak zonnepanelen "
                "aan tegen een maandelijkse vergoeding van ten hoogste € 12.",
                F(["corporatie"], "firm", [(12, "euro", "max")], (2026, "tot eind 2026"))),
        2026: V("Wielerhof biedt tot eind 2026 de huurders van eengezinswoningen in Oostbroek en De Velden met een "
                "geschikt dak zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 12.",
                F(["corporatie"], "firm", [(12, "euro", "max")], (2026, "tot eind 2026")),
                "weakened", ["scope"]),
    }),
    dict(key="wijkuitvoeringsplan-oostbroek", ch="duurzaam", themes=[D], v={
        2025: V("De gemeente en Wielerhof stellen uiterlijk eind 2025 een wijkuitvoeringsplan op voor het "
                "aardgasvrij maken van de wijk Oostbroek.",
                F(["gemeente", "corporatie"], "firm", [], (2025, "uiterlijk eind 2025"))),
        2026: V("De gemeente en Wielerhof onderzoeken in 2026 of een wijkuitvoeringsplan voor het aardgasvrij maken "
                "van de wijk Oostbroek haalbaar is.",
                F(["gemeente", "corporatie"], "explore", [], (2026, "in 2026")),
                "weakened", ["modality", "deadline"]),
        2027: V("De gemeente en Wielerhof stellen in 2027 een wijkuitvoeringsplan op voor het aardgasvrij maken van "
                "de wijk Oostbroek.",
                F(["gemeente", "corporatie"], "firm", [], (2027, "in 2027")),
                "strengthened", ["modality"]),
    }),
    dict(key="energiecoaches", ch="duurzaam", themes=[D, B], v={
        2025: V("De gemeente zet in 2025 energiecoaches in die huurders van Wielerhof op verzoek thuis adviseren over "
                "energiebesparing; Wielerhof attendeert haar huurders hierop.",
                F(["gemeente", "corporatie"], "firm", [], (2025, "in 2025"), True)),
        2026: V("In 2026 zet de gemeente energiecoaches in die huurders van Wielerhof op verzoek thuis adviseren "
                "over energiebesparing; Wielerhof wijst haar huurders op deze mogelijkheid.",
                F(["gemeente", "corporatie"], "firm", [], (2026, "in 2026"), True),
                "reworded", hn="recurring_year"),
        2027: V("Voor zover de rijksmiddelen daarvoor toereikend zijn, zet de gemeente in 2027 energiecoaches in die "
                "huurders van Wielerhof op verzoek thuis adviseren over energiebesparing; Wielerhof wijst haar "
                "huurders op deze mogelijkheid.",
                F(["gemeente", "corporatie"], "firm", [], (2027, "in 2027"), True,
                  ["voor zover de rijksmiddelen daarvoor toereikend zijn"]),
                "weakened", ["condition"]),
    }),
    dict(key="klimaatadaptatie", ch="duurzaam", themes=[D], v={
        2025: V("Wielerhof onderzoekt bij elk groot onderhoudsproject de mogelijkheden voor groene daken, het "
                "afkoppelen van regenwater en het tegengaan van hittestress.",
                F(["corporatie"], "explore")),
        2026: V("Wielerhof neemt bij elk groot onderhoudsproject maatregelen tegen hittestress en wateroverlast, "
                "zoals groene daken en het afkoppelen van regenwater.",
                F(["corporatie"], "firm"),
                "strengthened", ["modality"]),
        2027: SAME,
    }),
    dict(key="hittekaart", ch="duurzaam", themes=[D], v={
        2027: V("De gemeente deelt in 2027 de actuele hittestresskaart met Wielerhof, zodat beide partijen hun "
                "vergroeningsprojecten daarop afstemmen.",
                F(["gemeente"], "firm", [], (2027, "in 2027"))),
    }),
    dict(key="circulair", ch="duurzaam", themes=[D], v={
        2026: V("Wielerhof past bij nieuwbouwprojecten vanaf 2026 ten minste 20% hergebruikte of biobased "
                "bouwmaterialen toe.",
                F(["corporatie"], "firm", [(20, "%", "min")], (2026, "vanaf 2026"))),
        2027: V("Wielerhof streeft ernaar bij nieuwbouwprojecten vanaf 2026 ten minste 20% hergebruikte of biobased "
                "bouwmaterialen toe te passen.",
                F(["corporatie"], "intent", [(20, "%", "min")], (2026, "vanaf 2026")),
                "weakened", ["modality"]),
    }),
    # ---------------------------------------------------------------- kwaliteit
    dict(key="vocht-schimmel", ch="kwaliteit", themes=[K], v={
        2025: V("Wielerhof neemt elke melding van vocht of schimmel binnen vijf werkdagen in behandeling en bezoekt "
                "de woning binnen tien werkdagen.",
                F(["corporatie"], "firm", [(5, "werkdagen", "max"), (10, "werkdagen", "max")])),
        2026: SAME,
        2027: V("Elke melding van vocht of schimmel wordt door Wielerhof binnen vijf werkdagen in behandeling "
                "genomen; binnen tien werkdagen volgt een bezoek aan de woning.",
                F(["corporatie"], "firm", [(5, "werkdagen", "max"), (10, "werkdagen", "max")]),
                "reworded", hn="same_figures"),
    }),
    dict(key="reparaties", ch="kwaliteit", themes=[K], v={
        2025: V("Wielerhof verhelpt spoedreparaties binnen 24 uur en overige reparaties binnen 15 werkdagen.",
                F(["corporatie"], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
        2026: V("Wielerhof verhelpt spoedreparaties binnen 24 uur en overige reparaties binnen 20 werkdagen.",
                F(["corporatie"], "firm", [(24, "uur", "max"), (20, "werkdagen", "max")]),
                "weakened", ["quantity"]),
        2027: V("Wielerhof verhelpt spoedreparaties binnen 24 uur en overige reparaties binnen 15 werkdagen.",
                F(["corporatie"], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")]),
                "strengthened", ["quantity"]),
    }),
    dict(key="woningaanpassingen", ch="kwaliteit", themes=[K], v={
        2025: V("De gemeente en Wielerhof verkennen hoe woningaanpassingen uit de Wmo sneller kunnen worden "
                "uitgevoerd.",
                F(["gemeente", "corporatie"], "explore")),
        2026: V("De gemeente en Wielerhof voeren kleine woningaanpassingen uit de Wmo binnen acht weken na de "
                "aanvraag uit.",
                F(["gemeente", "corporatie"], "firm", [(8, "weken", "max")]),
                "strengthened", ["modality"]),
        2027: SAME,
    }),
    dict(key="levensloopgeschikt", ch="kwaliteit", themes=[K], v={
        2025: V("Wielerhof maakt in 2025 ten minste 30 bestaande woningen levensloopgeschikt door drempels te "
                "verwijderen en beugels en een douchezitje aan te brengen.",
                F(["corporatie"], "firm", [(30, "woningen", "min")], (2025, "in 2025"), True)),
        2026: V("Wielerhof maakt in 2026 ten minste 30 bestaande woningen levensloopgeschikt door drempels te "
                "verwijderen en beugels en een douchezitje aan te brengen.",
                F(["corporatie"], "firm", [(30, "woningen", "min")], (2026, "in 2026"), True),
                "reworded", hn="recurring_year"),
        2027: V("Wielerhof maakt in 2027 ten minste 24 bestaande woningen levensloopgeschikt door drempels te "
                "verwijderen en beugels en een douchezitje aan te brengen.",
                F(["corporatie"], "firm", [(24, "woningen", "min")], (2027, "in 2027"), True),
                "weakened", ["quantity"]),
    }),
    dict(key="geclusterd-wonen", ch="kwaliteit", themes=[K], v={
        2025: V("Wielerhof verkent samen met Zorggroep Wielstede de mogelijkheden voor een geclusterde woonvorm voor "
                "ouderen in Esdorp.",
                F(["corporatie"], "explore")),
        2026: V("Wielerhof realiseert samen met Zorggroep Wielstede uiterlijk in 2028 een geclusterde woonvorm met "
                "24 woningen voor ouderen in Esdorp.",
                F(["corporatie"], "firm", [(24, "woningen", "exact")], (2028, "uiterlijk in 2028")),
                "strengthened", ["modality"]),
        2027: V("Wielerhof realiseert samen met Zorggroep Wielstede uiterlijk in 2028 een geclusterde woonvorm met "
                "24 woningen voor ouderen in Esdorp, onder voorbehoud van goedkeuring door de Raad van "
                "Commissarissen.",
                F(["corporatie"], "firm", [(24, "woningen", "exact")], (2028, "uiterlijk in 2028"), False,
                  ["onder voorbehoud van goedkeuring door de Raad van Commissarissen"]),
                "weakened", ["condition"]),
    }),
    dict(key="huurdersoordeel", ch="kwaliteit", themes=[K], v={
        2025: V("Wielerhof streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
                "reparatieverzoeken.",
                F(["corporatie"], "intent", [(7.5, "cijfer", "min")])),
        2026: V("Voor de afhandeling van reparatieverzoeken heeft Wielerhof als doel een gemiddeld huurdersoordeel "
                "van minimaal 7,5.",
                F(["corporatie"], "intent", [(7.5, "cijfer", "min")]),
                "reworded", hn="same_figures"),
    }),
    dict(key="rookmelders", ch="kwaliteit", themes=[K], v={
        2025: V("Wielerhof brengt uiterlijk eind 2025 in alle woningen waar die nog ontbreekt een rookmelder aan.",
                F(["corporatie"], "firm", [], (2025, "uiterlijk eind 2025"))),
    }),
    # ---------------------------------------------------------------- wijk
    dict(key="leefbaarheidsbudget", ch="wijk", themes=[L], v={
        2025: V("Wielerhof besteedt in 2025 ten minste € 140.000 aan leefbaarheid in de buurten waar zij woningen "
                "bezit.",
                F(["corporatie"], "firm", [(140000, "euro", "min")], (2025, "in 2025"), True)),
        2026: V("Wielerhof besteedt in 2026 ten minste € 160.000 aan leefbaarheid in de buurten waar zij woningen "
                "bezit.",
                F(["corporatie"], "firm", [(160000, "euro", "min")], (2026, "in 2026"), True),
                "strengthened", ["quantity"]),
        2027: V("In 2027 besteedt Wielerhof minimaal € 160.000 aan leefbaarheid in de buurten waar zij woningen "
                "bezit.",
                F(["corporatie"], "firm", [(160000, "euro", "min")], (2027, "in 2027"), True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="wijkbeheerders", ch="wijk", themes=[L], v={
        2025: V("Wielerhof zet in alle wijken met meer dan 200 van haar woningen een wijkbeheerder in die ten minste "
                "drie dagdelen per week in de wijk aanwezig is.",
                F(["corporatie"], "firm", [(200, "woningen", "min"), (3, "dagdelen per week", "min")])),
        2026: V("Wielerhof zet in de wijken Oostbroek, De Velden en Kanaalzone een wijkbeheerder in die ten minste "
                "drie dagdelen per week in de wijk aanwezig is.",
                F(["corporatie"], "firm", [(3, "dagdelen per week", "min")]),
                "weakened", ["scope"]),
        2027: V("Wielerhof zet in de wijken Oostbroek, De Velden, Kanaalzone en Esdorp een wijkbeheerder in die ten "
                "minste drie dagdelen per week in de wijk aanwezig is.",
                F(["corporatie"], "firm", [(3, "dagdelen per week", "min")]),
                "strengthened", ["scope"]),
    }),
    dict(key="overlast", ch="wijk", themes=[L], v={
        2025: V("Partijen brengen signalen van ernstige overlast of verward gedrag binnen vier weken in bij het "
                "wijkzorgoverleg met het wijkteam en de politie.",
                F(["partijen"], "firm", [(4, "weken", "max")])),
        2026: V("Signalen van ernstige overlast of verward gedrag worden door partijen binnen vier weken ingebracht "
                "bij het wijkzorgoverleg met het wijkteam en de politie.",
                F(["partijen"], "firm", [(4, "weken", "max")]),
                "reworded", hn="same_figures"),
        2027: V("Signalen van ernstige overlast of verward gedrag worden door partijen binnen twee weken ingebracht "
                "bij het wijkzorgoverleg met het wijkteam en de politie.",
                F(["partijen"], "firm", [(2, "weken", "max")]),
                "strengthened", ["quantity"]),
    }),
    dict(key="bewonersinitiatieven", ch="wijk", themes=[L], v={
        2025: V("De gemeente stelt in 2025 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel "
                "sociale huurwoningen.",
                F(["gemeente"], "firm", [(30000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: V("De gemeente stelt in 2026 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel "
                "sociale huurwoningen, onder voorbehoud van vaststelling van de gemeentebegroting 2026.",
                F(["gemeente"], "firm", [(30000, "euro", "exact")], (2026, "in 2026"), True,
                  ["onder voorbehoud van vaststelling van de gemeentebegroting 2026"]),
                "weakened", ["condition"]),
        2027: V("De gemeente stelt in 2027 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel "
                "sociale huurwoningen.",
                F(["gemeente"], "firm", [(30000, "euro", "exact")], (2027, "in 2027"), True),
                "strengthened", ["condition"]),
    }),
    dict(key="ontmoeting-senioren", ch="wijk", themes=[L], v={
        2025: V("Wielerhof organiseert in 2025 ten minste zes ontmoetingsbijeenkomsten in de gemeenschappelijke "
                "ruimten van haar seniorencomplexen.",
                F(["corporatie"], "firm", [(6, "bijeenkomsten", "min")], (2025, "in 2025"), True)),
    }),
    dict(key="huiskamer-esdorp", ch="wijk", themes=[L], v={
        2026: V("De gemeente en Wielerhof openen uiterlijk in het derde kwartaal van 2026 een buurthuiskamer in "
                "Esdorp waar bewoners elkaar kunnen ontmoeten.",
                F(["gemeente", "corporatie"], "firm", [], (2026, "derde kwartaal van 2026"))),
        2027: V("De gemeente en Wielerhof zetten zich ervoor in om in 2027 een buurthuiskamer in Esdorp te openen "
                "waar bewoners elkaar kunnen ontmoeten.",
                F(["gemeente", "corporatie"], "intent", [], (2027, "in 2027")),
                "weakened", ["modality", "deadline"]),
    }),
    # ---------------------------------------------------------------- samen
    dict(key="monitoring", ch="samen", themes=[O], v={
        2025: V("Partijen volgen de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in "
                "het voorjaar en in het najaar.",
                F(["partijen"], "firm", [(2, "keer per jaar", "exact")], None, True)),
        2026: SAME,
        2027: V("Partijen volgen de voortgang van deze afspraken één keer per jaar in het bestuurlijk overleg, in "
                "het najaar.",
                F(["partijen"], "firm", [(1, "keer per jaar", "exact")], None, True),
                "weakened", ["quantity"]),
    }),
    dict(key="bod", ch="samen", themes=[O], v={
        2025: V("Wielerhof stuurt vóór 1 juli 2025 haar bod op de woonvisie naar de gemeente en De Dassenburcht.",
                F(["corporatie"], "firm", [], (2025, "vóór 1 juli 2025"), True)),
        2026: V("Vóór 1 juli 2026 stuurt Wielerhof haar bod op de woonvisie naar de gemeente en De Dassenburcht.",
                F(["corporatie"], "firm", [], (2026, "vóór 1 juli 2026"), True),
                "reworded", hn="recurring_year"),
        2027: V("Vóór 1 juli 2027 stuurt Wielerhof haar bod op de woonvisie naar de gemeente en De Dassenburcht.",
                F(["corporatie"], "firm", [], (2027, "vóór 1 juli 2027"), True),
                "reworded", hn="recurring_year"),
    }),
    dict(key="ondersteuning-huurders", ch="samen", themes=[O], v={
        2025: V("Wielerhof ondersteunt De Dassenburcht jaarlijks met een bijdrage van ten hoogste € 9.000 voor "
                "scholing, advies en communicatie met de achterban.",
                F(["corporatie"], "firm", [(9000, "euro", "max")], None, True)),
        2026: V("Wielerhof ondersteunt De Dassenburcht jaarlijks met een bijdrage van ten hoogste € 10.500 voor "
                "scholing, advies en communicatie met de achterban.",
                F(["corporatie"], "firm", [(10500, "euro", "max")], None, True),
                "strengthened", ["quantity"]),
        2027: SAME,
    }),
    dict(key="woonvisie-evaluatie", ch="samen", themes=[O], v={
        2027: V("De gemeente evalueert in 2027 de woonvisie samen met Wielerhof en De Dassenburcht en betrekt de "
                "uitkomsten bij de prestatieafspraken voor 2028.",
                F(["gemeente"], "firm", [], (2027, "in 2027"))),
    }),
    dict(key="geschillen", ch="samen", themes=[O], v={
        2025: V("Wanneer partijen er in het bestuurlijk overleg niet uit komen, schakelen zij gezamenlijk een "
                "onafhankelijke bemiddelaar in.",
                F(["partijen"], "firm", [], None, False,
                  ["wanneer partijen er in het bestuurlijk overleg niet uit komen"])),
        2026: SAME,
        2027: SAME,
    }),
]

KERNCIJFERS = {
    2025: [("Huurwoningen Wielerhof", "3.512"), ("Gemiddelde netto huur", "€ 612"),
           ("Gemiddelde inschrijfduur starters", "4,6 jaar"), ("Woningen met label E, F of G", "120"),
           ("Huishoudens met huurachterstand", "2,1%")],
    2026: [("Huurwoningen Wielerhof", "3.498"), ("Gemiddelde netto huur", "€ 641"),
           ("Gemiddelde inschrijfduur starters", "4,9 jaar"), ("Woningen met label E, F of G", "55"),
           ("Huishoudens met huurachterstand", "1,9%")],
    2027: [("Huurwoningen Wielerhof", "3.503"), ("Gemiddelde netto huur", "€ 667"),
           ("Gemiddelde inschrijfduur starters", "4,7 jaar"), ("Woningen met label E, F of G", "14"),
           ("Huishoudens met huurachterstand", "1,8%")],
}

VOORWOORD = {
    2025: ["Voor u ligt de brochure met de prestatieafspraken voor 2025 tussen de gemeente Dassenwiel, "
           "Woonstichting Wielerhof en Huurdersvereniging De Dassenburcht. We hebben de afspraken dit jaar bewust "
           "kort en concreet gehouden, zodat iedere huurder kan nalezen wat hij van ons mag verwachten.",
           "De afspraken bouwen voort op de woonvisie ‘Thuis in Dassenwiel’ die de gemeenteraad in 2023 heeft "
           "vastgesteld en op het bod dat Wielerhof in juni 2024 heeft uitgebracht.",
           "Terugblik: in 2024 heeft Wielerhof 41 nieuwe huurwoningen opgeleverd aan de Molenstraat en zijn 210 "
           "woningen geïsoleerd. Het aantal huisuitzettingen daalde naar drie."],
    2026: ["Dit is de brochure met de prestatieafspraken voor 2026 tussen de gemeente Dassenwiel, Woonstichting "
           "Wielerhof en Huurdersvereniging De Dassenburcht. Net als vorig jaar staan de afspraken per thema, met "
           "telkens een korte toelichting.",
           "Het afgelopen jaar zijn de bouwkosten verder gestegen en liepen enkele projecten vertraging op. Dat "
           "ziet u terug in een aantal afspraken.",
           "Terugblik: in 2025 zijn 65 woningen met een slecht energielabel verbeterd en heeft De Dassenburcht "
           "vier achterbanbijeenkomsten gehouden. De verhuisregeling voor senioren is nog niet gereed."],
    2027: ["In deze brochure leest u de prestatieafspraken voor 2027 tussen de gemeente Dassenwiel, Woonstichting "
           "Wielerhof en Huurdersvereniging De Dassenburcht. In 2027 wordt ook de woonvisie geëvalueerd; de "
           "uitkomsten daarvan nemen we mee in de afspraken voor 2028.",
           "Terugblik: in 2026 is de bouw in de Kanaalzone gestart en zijn 224 woningen geïsoleerd. De "
           "buurthuiskamer in Esdorp is nog niet geopend, omdat een geschikte ruimte ontbrak."],
}

PHOTOS = {
    "betaalbaar": "Nieuwbouw aan de Kanaalkade (impressie)",
    "duurzaam": "Zonnepanelen op woningen in De Velden",
    "wijk": "Buurtfeest in Oostbroek",
}

PHOTO_H = {  # photo height in points, per year (the brochure's photos differ per edition)
    2025: {"betaalbaar": 160, "duurzaam": 160, "wijk": 150},
    2026: {"betaalbaar": 170, "duurzaam": 140, "wijk": 150},
    2027: {"betaalbaar": 170, "duurzaam": 160, "wijk": 150},
}

SIGN_DATE = {2025: "11 december 2024", 2026: "9 december 2025", 2027: "15 december 2026"}
SIGNATORIES = [
    ("Gemeente Dassenwiel", "M.J. Verhoef-Tak", "wethouder Wonen"),
    ("Woonstichting Wielerhof", "R. Bosschaart", "directeur-bestuurder"),
    ("Huurdersvereniging De Dassenburcht", "H. el Amrani", "voorzitter"),
]
