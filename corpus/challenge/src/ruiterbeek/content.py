# -*- coding: utf-8 -*-
"""Content of the ruiterbeek family: Huurderseditie of Huurdersvereniging Beek & Buurt."""

FAMILY = "ruiterbeek"
GEMEENTE = "Ruiterbeek"
CORP = "Woonstichting De Ruiterpoort"
HUURDERS = "Huurdersvereniging Beek & Buurt"
YEARS = [2025, 2026, 2027]
LAYOUT = "huurderseditie"

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"

SECTIONS = [
    ("huur", "Wat gebeurt er met uw huur?"),
    ("nieuw", "Komen er nieuwe woningen?"),
    ("toewijzing", "Wie krijgt een woning?"),
    ("duurzaam", "Wordt uw woning zuiniger?"),
    ("onderhoud", "Hoe staat het met onderhoud en reparaties?"),
    ("buurt", "Is het prettig wonen in uw buurt?"),
    ("meepraten", "Hoe praten huurders mee?"),
]


def v(text, m="firm", q=(), dl=None, rec=False, cond=(), st=None, k=(), hn=None, actors=None):
    return {"text": text, "modality": m, "q": list(q), "dl": dl, "rec": rec, "cond": list(cond),
            "status": st, "kinds": list(k), "hn": hn, "actors": actors}


SAME = "same"

# (key, section, themes, actors, {year: version})
AFSPRAKEN = [
    # ---------------- huur
    ("huurverhoging", "huur", [B], ["corporatie"], {
        2025: v("De Ruiterpoort beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie en blijft daarmee onder de maximaal toegestane huurverhoging.",
                dl=(2025, "per 1 juli 2025"), rec=True),
        2026: v("De Ruiterpoort beperkt de gemiddelde huurverhoging per 1 juli 2026 tot de inflatie min 0,5%.",
                q=[(0.5, "%", "exact")], dl=(2026, "per 1 juli 2026"), rec=True, st="strengthened", k=["quantity"]),
        2027: v("Per 1 juli 2027 houdt De Ruiterpoort de gemiddelde huurverhoging gelijk aan de inflatie.",
                dl=(2027, "per 1 juli 2027"), rec=True, st="weakened", k=["quantity"]),
    }),
    ("aftopping", "huur", [B], ["corporatie"], {
        2025: v("De Ruiterpoort verlaagt op verzoek de huur naar de aftoppingsgrens van € 682,96 (prijspeil 2025) voor huurders met een laag inkomen van wie de huur boven die grens ligt.",
                q=[(682.96, "euro", "max")]),
        2026: v("De Ruiterpoort verlaagt op verzoek de huur naar de aftoppingsgrens van € 706,85 (prijspeil 2026) voor huurders met een laag inkomen van wie de huur boven die grens ligt.",
                q=[(706.85, "euro", "max")], st="reworded", hn="indexed_amount"),
        2027: v("Indien de huursomruimte dat toelaat, verlaagt De Ruiterpoort op verzoek de huur naar de aftoppingsgrens van € 724,52 (prijspeil 2027) voor huurders met een laag inkomen van wie de huur boven die grens ligt.",
                q=[(724.52, "euro", "max")], cond=["indien de huursomruimte dat toelaat"], st="weakened", k=["condition"]),
    }),
    ("inkomensafhankelijk", "huur", [B], ["corporatie"], {
        2025: v("De Ruiterpoort past in 2025 geen inkomensafhankelijke huurverhoging toe.",
                dl=(2025, "in 2025"), rec=True),
    }),
    ("huurachterstand", "huur", [B, L], ["corporatie"], {
        2025: v("De Ruiterpoort neemt binnen twee weken na het ontstaan van een huurachterstand persoonlijk contact op met de huurder.",
                q=[(2, "weken", "max")]),
        2026: SAME,
        2027: v("De Ruiterpoort neemt binnen één week na het ontstaan van een huurachterstand persoonlijk contact op met de huurder.",
                q=[(1, "weken", "max")], st="strengthened", k=["quantity"]),
    }),
    ("vroegsignalering", "huur", [B, L], ["gemeente"], {
        2025: v("De gemeente neemt binnen vijf werkdagen na een melding van De Ruiterpoort contact op met de huurder om hulp bij geldzaken aan te bieden.",
                q=[(5, "werkdagen", "max")]),
        2026: v("De gemeente neemt binnen tien werkdagen na een melding van De Ruiterpoort contact op met de huurder om hulp bij geldzaken aan te bieden.",
                q=[(10, "werkdagen", "max")], st="weakened", k=["quantity"]),
        2027: v("Na een melding van De Ruiterpoort biedt de gemeente de huurder binnen tien werkdagen hulp bij geldzaken aan door contact met hem of haar op te nemen.",
                q=[(10, "werkdagen", "max")], st="reworded", hn="same_figures"),
    }),
    ("huisuitzettingen", "huur", [B], ["partijen"], {
        2025: v("Partijen zetten zich ervoor in dat er in 2025 geen huisuitzettingen plaatsvinden als gevolg van alleen een huurachterstand.",
                m="intent", q=[(0, "huisuitzettingen", "exact")], dl=(2025, "in 2025"), rec=True),
        2026: v("Partijen zetten zich ervoor in dat er in 2026 geen huisuitzettingen plaatsvinden als gevolg van alleen een huurachterstand.",
                m="intent", q=[(0, "huisuitzettingen", "exact")], dl=(2026, "in 2026"), rec=True, st="reworded", hn="recurring_year"),
        2027: v("Partijen spreken af dat er in 2027 geen huisuitzettingen plaatsvinden als gevolg van alleen een huurachterstand.",
                q=[(0, "huisuitzettingen", "exact")], dl=(2027, "in 2027"), rec=True, st="strengthened", k=["modality"]),
    }),
    # ---------------- nieuw
    ("nieuwbouw-molenweg", "nieuw", [B], ["corporatie"], {
        2025: v("De Ruiterpoort levert in 2026 aan de Molenweg 48 sociale huurwoningen op, waarvan ten minste 16 geschikt voor senioren.",
                q=[(48, "woningen", "exact"), (16, "woningen", "min")], dl=(2026, "in 2026")),
        2026: v("De Ruiterpoort levert in het eerste kwartaal van 2027 aan de Molenweg 48 sociale huurwoningen op, waarvan ten minste 16 geschikt voor senioren.",
                q=[(48, "woningen", "exact"), (16, "woningen", "min")], dl=(2027, "in het eerste kwartaal van 2027"), st="weakened", k=["deadline"]),
        2027: v("Aan de Molenweg worden in het eerste kwartaal van 2027 door De Ruiterpoort 48 sociale huurwoningen opgeleverd; ten minste 16 daarvan zijn geschikt voor senioren.",
                q=[(48, "woningen", "exact"), (16, "woningen", "min")], dl=(2027, "in het eerste kwartaal van 2027"), st="reworded", hn="same_figures"),
    }),
    ("nieuwbouw-kloosterveld", "nieuw", [B], ["corporatie"], {
        2025: v("De Ruiterpoort onderzoekt de mogelijkheid om op de locatie Kloosterveld circa 30 sociale huurwoningen te bouwen.",
                m="explore", q=[(30, "woningen", "approx")]),
        2026: v("De Ruiterpoort bouwt op de locatie Kloosterveld 30 sociale huurwoningen; de bouw start uiterlijk in 2027.",
                q=[(30, "woningen", "exact")], dl=(2027, "uiterlijk in 2027"), st="strengthened", k=["modality", "deadline"]),
        2027: v("De Ruiterpoort bouwt op de locatie Kloosterveld 24 sociale huurwoningen; de bouw start uiterlijk in 2027.",
                q=[(24, "woningen", "exact")], dl=(2027, "uiterlijk in 2027"), st="weakened", k=["quantity"]),
    }),
    ("middenhuur", "nieuw", [B], ["corporatie"], {
        2027: v("De Ruiterpoort voegt tot en met 2029 ten minste 40 middenhuurwoningen aan haar voorraad in Ruiterbeek toe, met voorrang voor huishoudens die een sociale huurwoning achterlaten.",
                q=[(40, "woningen", "min")], dl=(2029, "tot en met 2029")),
    }),
    ("sociale-voorraad", "nieuw", [B], ["partijen"], {
        2025: v("Partijen streven ernaar de sociale huurvoorraad van De Ruiterpoort in Ruiterbeek tot en met 2030 op ten minste 3.150 woningen te houden.",
                m="intent", q=[(3150, "woningen", "min")], dl=(2030, "tot en met 2030")),
        2026: SAME,
        2027: v("De sociale huurvoorraad van De Ruiterpoort in Ruiterbeek blijft, zo is het streven van partijen, tot en met 2030 minimaal 3.150 woningen groot.",
                m="intent", q=[(3150, "woningen", "min")], dl=(2030, "tot en met 2030"), st="reworded", hn="same_figures"),
    }),
    ("verkoop", "nieuw", [B], ["corporatie"], {
        2025: v("De Ruiterpoort verkoopt in 2025 ten hoogste 10 sociale huurwoningen, uitsluitend bij leegkomst.",
                q=[(10, "woningen", "max")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort verkoopt in 2026 ten hoogste 6 sociale huurwoningen, uitsluitend bij leegkomst.",
                q=[(6, "woningen", "max")], dl=(2026, "in 2026"), rec=True, st="strengthened", k=["quantity"]),
        2027: v("De Ruiterpoort verkoopt in 2027 ten hoogste 6 sociale huurwoningen, uitsluitend bij leegkomst.",
                q=[(6, "woningen", "max")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    ("grond-gemeente", "nieuw", [B], ["gemeente"], {
        2025: v("De gemeente stelt in 2025 een bouwlocatie voor ten minste 20 sociale huurwoningen tegen een sociale grondprijs beschikbaar aan De Ruiterpoort.",
                q=[(20, "woningen", "min")], dl=(2025, "in 2025")),
        2026: v("De gemeente spant zich in om uiterlijk in 2027 een bouwlocatie voor ten minste 20 sociale huurwoningen tegen een sociale grondprijs beschikbaar te stellen aan De Ruiterpoort.",
                m="intent", q=[(20, "woningen", "min")], dl=(2027, "uiterlijk in 2027"), st="weakened", k=["modality", "deadline"]),
    }),
    ("flexwonen", "nieuw", [B], ["gemeente", "corporatie"], {
        2026: v("De gemeente en De Ruiterpoort onderzoeken in 2026 of op het terrein van de voormalige gemeentewerf 20 tot 30 tijdelijke woningen voor spoedzoekers kunnen worden geplaatst.",
                m="explore", q=[(20, "woningen", "range", 30)], dl=(2026, "in 2026")),
        2027: v("De gemeente en De Ruiterpoort plaatsen in 2027 op het terrein van de voormalige gemeentewerf 20 tot 30 tijdelijke woningen voor spoedzoekers.",
                q=[(20, "woningen", "range", 30)], dl=(2027, "in 2027"), st="strengthened", k=["modality"]),
    }),
    # ---------------- toewijzing
    ("lokale-voorrang", "toewijzing", [B], ["corporatie"], {
        2025: v("De Ruiterpoort wijst ten hoogste 25% van de vrijkomende sociale huurwoningen met voorrang toe aan woningzoekenden met een lokale binding aan Ruiterbeek.",
                q=[(25, "%", "max")]),
        2026: SAME,
        2027: v("Maximaal een kwart van de vrijkomende sociale huurwoningen wijst De Ruiterpoort met voorrang toe aan woningzoekenden die een lokale binding hebben met Ruiterbeek.",
                q=[(25, "%", "max")], st="reworded", hn="same_figures"),
    }),
    ("vergunninghouders", "toewijzing", [B], ["corporatie"], {
        2025: v("De Ruiterpoort stelt in 2025 ten minste 38 woningen beschikbaar voor de huisvesting van vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
                q=[(38, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort stelt in 2026 ten minste 44 woningen beschikbaar voor de huisvesting van vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
                q=[(44, "woningen", "min")], dl=(2026, "in 2026"), rec=True, st="reworded", hn="external_figure"),
        2027: v("De Ruiterpoort stelt in 2027 ten minste 41 woningen beschikbaar voor de huisvesting van vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
                q=[(41, "woningen", "min")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="external_figure"),
    }),
    ("doorstroming-senioren", "toewijzing", [B], ["corporatie"], {
        2025: v("De Ruiterpoort biedt huurders van 65 jaar en ouder die een eengezinswoning achterlaten voor een kleinere huurwoning een verhuisvergoeding van € 2.500.",
                q=[(65, "jaar", "min"), (2500, "euro", "exact")]),
        2026: v("De Ruiterpoort biedt huurders van 60 jaar en ouder die een eengezinswoning achterlaten voor een kleinere huurwoning een verhuisvergoeding van € 2.500.",
                q=[(60, "jaar", "min"), (2500, "euro", "exact")], st="strengthened", k=["scope"]),
        2027: v("De Ruiterpoort biedt huurders van 60 jaar en ouder die een eengezinswoning achterlaten voor een kleinere huurwoning een verhuisvergoeding van € 2.000.",
                q=[(60, "jaar", "min"), (2000, "euro", "exact")], st="weakened", k=["quantity"]),
    }),
    ("uitstroom", "toewijzing", [B, L], ["corporatie", "gemeente"], {
        2025: v("De Ruiterpoort stelt jaarlijks 8 woningen beschikbaar voor mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                q=[(8, "woningen", "exact")], rec=True),
        2026: v("De Ruiterpoort stelt jaarlijks 10 woningen beschikbaar voor mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                q=[(10, "woningen", "exact")], rec=True, st="strengthened", k=["quantity"]),
        2027: SAME,
    }),
    # ---------------- duurzaam
    ("labels-efg", "duurzaam", [D], ["corporatie"], {
        2025: v("De Ruiterpoort heeft uiterlijk eind 2027 geen woningen meer met energielabel E, F of G.",
                q=[(0, "woningen met label E, F of G", "exact")], dl=(2027, "uiterlijk eind 2027")),
        2026: v("De Ruiterpoort heeft uiterlijk eind 2028 geen woningen meer met energielabel E, F of G.",
                q=[(0, "woningen met label E, F of G", "exact")], dl=(2028, "uiterlijk eind 2028"), st="weakened", k=["deadline"]),
        2027: v("De Ruiterpoort verbetert uiterlijk eind 2028 de laatste 85 woningen met energielabel E, F of G, zodat daarna geen woningen met deze labels meer over zijn.",
                q=[(85, "woningen", "exact")], dl=(2028, "uiterlijk eind 2028"), st="reworded", hn="progress"),
    }),
    ("isolatie-beekhoven", "duurzaam", [D], ["corporatie"], {
        2025: v("De Ruiterpoort isoleert in 2025 ten minste 180 woningen in de wijk Beekhoven tot ten minste energielabel B.",
                q=[(180, "woningen", "min"), ("B", "label", "min")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort isoleert in 2026 ten minste 180 woningen in de wijk Beekhoven tot ten minste energielabel C.",
                q=[(180, "woningen", "min"), ("C", "label", "min")], dl=(2026, "in 2026"), rec=True, st="weakened", k=["label"]),
        2027: v("De Ruiterpoort isoleert in 2027 ten minste 220 woningen in de wijk Beekhoven tot ten minste energielabel C.",
                q=[(220, "woningen", "min"), ("C", "label", "min")], dl=(2027, "in 2027"), rec=True, st="strengthened", k=["quantity"]),
    }),
    ("zonnepanelen", "duurzaam", [D, B], ["corporatie"], {
        2025: v("De Ruiterpoort biedt in 2025 alle huurders van grondgebonden woningen zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 8.",
                q=[(8, "euro per maand", "max")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort biedt in 2026 huurders van grondgebonden woningen in de complexen Beekhoven en Hoge Akker zonnepanelen aan tegen een maandelijkse vergoeding van ten hoogste € 8.",
                q=[(8, "euro per maand", "max")], dl=(2026, "in 2026"), rec=True, st="weakened", k=["scope"]),
    }),
    ("warmtenet-oosterbeek", "duurzaam", [D], ["gemeente", "corporatie"], {
        2025: v("De gemeente gaat in 2025 met De Ruiterpoort en Beek & Buurt in gesprek over de mogelijkheden van een warmtenet in de wijk Oosterbeek.",
                m="discuss", dl=(2025, "in 2025"), actors=["gemeente", "corporatie", "huurdersorganisatie"]),
        2026: v("De gemeente onderzoekt in 2026 samen met De Ruiterpoort de haalbaarheid van een warmtenet in de wijk Oosterbeek en betrekt Beek & Buurt daarbij.",
                m="explore", dl=(2026, "in 2026"), st="strengthened", k=["modality"]),
        2027: v("De gemeente onderzoekt uiterlijk in 2028 samen met De Ruiterpoort de haalbaarheid van een warmtenet in de wijk Oosterbeek en betrekt Beek & Buurt daarbij.",
                m="explore", dl=(2028, "uiterlijk in 2028"), st="weakened", k=["deadline"]),
    }),
    ("energiecoaches", "duurzaam", [D, B], ["gemeente", "corporatie"], {
        2025: v("De gemeente zet in 2025 energiecoaches in die huurders thuis adviseren over energiebesparing; De Ruiterpoort wijst haar huurders actief op dit aanbod.",
                dl=(2025, "in 2025"), rec=True),
        2026: v("De gemeente zet in 2026 energiecoaches in die huurders thuis adviseren over energiebesparing; De Ruiterpoort wijst haar huurders actief op dit aanbod.",
                dl=(2026, "in 2026"), rec=True, st="reworded", hn="recurring_year"),
        2027: v("Onder voorbehoud van een bijdrage van het Rijk zet de gemeente in 2027 energiecoaches in die huurders thuis adviseren over energiebesparing; De Ruiterpoort wijst haar huurders actief op dit aanbod.",
                dl=(2027, "in 2027"), rec=True, cond=["onder voorbehoud van een bijdrage van het Rijk"], st="weakened", k=["condition"]),
    }),
    ("groene-daken", "duurzaam", [D], ["corporatie"], {
        2026: v("Bij nieuwbouw en groot onderhoud legt De Ruiterpoort waar mogelijk groene daken aan en koppelt zij het hemelwater af van het riool.",
                m="intent", cond=["waar mogelijk"]),
        2027: SAME,
    }),
    ("bomen-hittestress", "duurzaam", [D, L], ["gemeente"], {
        2027: v("De gemeente plant in 2027 in de wijk Beekhoven ten minste 40 extra bomen om hittestress rond de portiekflats te verminderen.",
                q=[(40, "bomen", "min")], dl=(2027, "in 2027")),
    }),
    # ---------------- onderhoud
    ("vocht-schimmel", "onderhoud", [K], ["corporatie"], {
        2025: v("De Ruiterpoort inspecteert een woning binnen 15 werkdagen na een melding van vocht of schimmel.",
                q=[(15, "werkdagen", "max")]),
        2026: v("De Ruiterpoort inspecteert een woning binnen 10 werkdagen na een melding van vocht of schimmel.",
                q=[(10, "werkdagen", "max")], st="strengthened", k=["quantity"]),
        2027: SAME,
    }),
    ("reparaties", "onderhoud", [K], ["corporatie"], {
        2025: v("De Ruiterpoort voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 15 werkdagen.",
                q=[(24, "uur", "max"), (15, "werkdagen", "max")]),
        2026: v("Spoedreparaties worden door De Ruiterpoort binnen 24 uur verholpen, overige reparaties binnen vijftien werkdagen.",
                q=[(24, "uur", "max"), (15, "werkdagen", "max")], st="reworded", hn="same_figures"),
        2027: v("Spoedreparaties worden door De Ruiterpoort binnen 24 uur verholpen, overige reparaties binnen twintig werkdagen.",
                q=[(24, "uur", "max"), (20, "werkdagen", "max")], st="weakened", k=["quantity"]),
    }),
    ("levensloopgeschikt", "onderhoud", [K], ["corporatie"], {
        2025: v("De Ruiterpoort maakt in 2025 ten minste 30 bestaande woningen levensloopgeschikt.",
                q=[(30, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort maakt in 2026 ten minste 30 bestaande woningen levensloopgeschikt.",
                q=[(30, "woningen", "min")], dl=(2026, "in 2026"), rec=True, st="reworded", hn="recurring_year"),
        2027: v("De Ruiterpoort streeft ernaar in 2027 ten minste 30 bestaande woningen levensloopgeschikt te maken.",
                m="intent", q=[(30, "woningen", "min")], dl=(2027, "in 2027"), rec=True, st="weakened", k=["modality"]),
    }),
    ("woningaanpassingen", "onderhoud", [K], ["gemeente", "corporatie"], {
        2025: v("De gemeente en De Ruiterpoort maken in 2025 afspraken over de verdeling van de kosten van kleine woningaanpassingen vanuit de Wmo.",
                dl=(2025, "in 2025")),
        2026: v("De gemeente en De Ruiterpoort maken uiterlijk medio 2026 afspraken over de verdeling van de kosten van kleine woningaanpassingen vanuit de Wmo.",
                dl=(2026, "uiterlijk medio 2026"), st="weakened", k=["deadline"]),
    }),
    ("rookmelders", "onderhoud", [K], ["corporatie"], {
        2025: v("De Ruiterpoort plaatst uiterlijk eind 2025 in alle woningen een rookmelder op elke verdieping.",
                dl=(2025, "uiterlijk eind 2025")),
    }),
    ("huurdersoordeel", "onderhoud", [K], ["corporatie"], {
        2025: v("De Ruiterpoort streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor reparaties en onderhoud.",
                m="intent", q=[(7.5, "cijfer", "min")]),
        2026: SAME,
        2027: v("De Ruiterpoort streeft naar een gemiddeld huurdersoordeel van ten minste 7,8 voor reparaties en onderhoud.",
                m="intent", q=[(7.8, "cijfer", "min")], st="strengthened", k=["quantity"]),
    }),
    # ---------------- buurt
    ("leefbaarheidsbudget", "buurt", [L], ["corporatie"], {
        2025: v("De Ruiterpoort besteedt in 2025 ten minste € 60 per woning aan leefbaarheid in de wijken.",
                q=[(60, "euro per woning", "min")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort besteedt in 2026 ten minste € 50 per woning aan leefbaarheid in de wijken.",
                q=[(50, "euro per woning", "min")], dl=(2026, "in 2026"), rec=True, st="weakened", k=["quantity"]),
        2027: v("De Ruiterpoort besteedt in 2027 ten minste € 50 per woning aan leefbaarheid in de wijken.",
                q=[(50, "euro per woning", "min")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    ("huismeester", "buurt", [L], ["corporatie"], {
        2025: v("De Ruiterpoort zet in de wijken Beekhoven en Oosterbeek een huismeester in die ten minste drie dagdelen per week in de wijk aanwezig is.",
                q=[(3, "dagdelen per week", "min")]),
        2026: v("De Ruiterpoort zet in de wijken Beekhoven, Oosterbeek en Hoge Akker een huismeester in die ten minste drie dagdelen per week in de wijk aanwezig is.",
                q=[(3, "dagdelen per week", "min")], st="strengthened", k=["scope"]),
        2027: SAME,
    }),
    ("overlast", "buurt", [L], ["corporatie", "gemeente"], {
        2025: v("De Ruiterpoort, de gemeente en de politie bespreken complexe overlastsituaties binnen vier weken na melding in het buurtveiligheidsoverleg.",
                q=[(4, "weken", "max")]),
        2026: v("Complexe overlastsituaties worden binnen vier weken na melding besproken in het buurtveiligheidsoverleg van De Ruiterpoort, de gemeente en de politie.",
                q=[(4, "weken", "max")], st="reworded", hn="same_figures"),
        2027: SAME,
    }),
    ("bewonersinitiatieven", "buurt", [L], ["gemeente"], {
        2025: v("De gemeente stelt in 2025 € 20.000 beschikbaar voor bewonersinitiatieven in Ruiterbeek.",
                q=[(20000, "euro", "exact")], dl=(2025, "in 2025"), rec=True),
        2026: v("Onder voorbehoud van vaststelling van de gemeentebegroting stelt de gemeente in 2026 € 20.000 beschikbaar voor bewonersinitiatieven in Ruiterbeek.",
                q=[(20000, "euro", "exact")], dl=(2026, "in 2026"), rec=True,
                cond=["onder voorbehoud van vaststelling van de gemeentebegroting"], st="weakened", k=["condition"]),
        2027: v("De gemeente stelt in 2027 € 20.000 beschikbaar voor bewonersinitiatieven in Ruiterbeek.",
                q=[(20000, "euro", "exact")], dl=(2027, "in 2027"), rec=True, st="strengthened", k=["condition"]),
    }),
    ("buurtbemiddeling", "buurt", [L], ["gemeente"], {
        2025: v("De gemeente financiert in 2025 buurtbemiddeling, zodat alle huurders in Ruiterbeek bij burenruzies kosteloos een beroep kunnen doen op getrainde vrijwilligers.",
                dl=(2025, "in 2025"), rec=True),
    }),
    ("ontmoeting-ouderen", "buurt", [L], ["corporatie"], {
        2026: v("De Ruiterpoort stelt in 2026 in de complexen De Linde en Beekzicht een ontmoetingsruimte kosteloos beschikbaar voor activiteiten tegen eenzaamheid.",
                dl=(2026, "in 2026"), rec=True),
        2027: v("De Ruiterpoort stelt in 2027 in al haar seniorencomplexen een ontmoetingsruimte kosteloos beschikbaar voor activiteiten tegen eenzaamheid.",
                dl=(2027, "in 2027"), rec=True, st="strengthened", k=["scope"]),
    }),
    # ---------------- meepraten
    ("monitoring", "meepraten", [O], ["partijen"], {
        2025: v("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg.",
                q=[(2, "keer per jaar", "exact")], rec=True),
        2026: SAME,
        2027: v("Partijen bespreken de voortgang van de afspraken één keer per jaar in het bestuurlijk overleg.",
                q=[(1, "keer per jaar", "exact")], rec=True, st="weakened", k=["quantity"]),
    }),
    ("bod", "meepraten", [O], ["corporatie"], {
        2025: v("De Ruiterpoort stuurt vóór 1 juli 2025 haar bod op de woonvisie naar de gemeente en Beek & Buurt.",
                dl=(2025, "vóór 1 juli 2025"), rec=True),
        2026: v("De Ruiterpoort stuurt vóór 1 juli 2026 haar bod op de woonvisie naar de gemeente en Beek & Buurt.",
                dl=(2026, "vóór 1 juli 2026"), rec=True, st="reworded", hn="recurring_year"),
        2027: v("De Ruiterpoort stuurt vóór 1 juli 2027 haar bod op de woonvisie naar de gemeente en Beek & Buurt.",
                dl=(2027, "vóór 1 juli 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    ("ondersteuning-huurders", "meepraten", [O], ["corporatie"], {
        2025: v("De Ruiterpoort vergoedt in 2025 de kosten van onafhankelijke ondersteuning van Beek & Buurt tot een bedrag van € 6.000.",
                q=[(6000, "euro", "max")], dl=(2025, "in 2025"), rec=True),
        2026: v("De Ruiterpoort vergoedt in 2026 de kosten van onafhankelijke ondersteuning van Beek & Buurt tot een bedrag van € 7.500.",
                q=[(7500, "euro", "max")], dl=(2026, "in 2026"), rec=True, st="strengthened", k=["quantity"]),
        2027: v("De Ruiterpoort vergoedt in 2027 de kosten van onafhankelijke ondersteuning van Beek & Buurt tot een bedrag van € 7.500.",
                q=[(7500, "euro", "max")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    ("huurdersavond", "meepraten", [O], ["partijen"], {
        2027: v("Partijen organiseren in 2027 ten minste één openbare huurdersavond waarop zij de prestatieafspraken toelichten.",
                q=[(1, "bijeenkomsten", "min")], dl=(2027, "in 2027"), rec=True),
    }),
    ("geschillen", "meepraten", [O], ["partijen"], {
        2025: v("Geschillen over deze afspraken bespreken partijen eerst in het bestuurlijk overleg; komen zij er samen niet uit, dan leggen zij het geschil voor aan de adviescommissie geschilbeslechting prestatieafspraken.",
                cond=["komen zij er samen niet uit"]),
        2026: SAME,
        2027: SAME,
    }),
]

# ---------------------------------------------------------------- not afspraken
BOXES = {  # section -> (Wat betekent dit voor u?, Goed om te weten); {year} {prev} substituted
    "huur": ("Stijgt uw huur op 1 juli? Dan krijgt u in het voorjaar een brief van De Ruiterpoort. Vindt u de verhoging te hoog voor uw inkomen, dan kunt u bezwaar maken.",
             "Betalen lukt even niet? Bel dan zo snel mogelijk zelf De Ruiterpoort. Hoe eerder u belt, hoe makkelijker er een regeling te treffen is."),
    "nieuw": ("Nieuwe woningen worden altijd eerst aangeboden via WoonMatch Ruiterbeek. U moet ingeschreven staan om te kunnen reageren.",
              "Beek & Buurt heeft meegekeken naar de plattegronden van de seniorenwoningen aan de Molenweg. Onze wens voor een berging op de begane grond is overgenomen."),
    "toewijzing": ("Woont u in een grote woning en wilt u kleiner wonen? Vraag dan naar de verhuisregeling. U houdt uw inschrijfduur.",
                   "Bijna de helft van de woningzoekenden in Ruiterbeek zoekt een kleine woning. De wachttijd was in {prev} gemiddeld ruim zes jaar."),
    "duurzaam": ("Staat uw woning op de lijst voor isolatie? Dan hoort u dat minstens drie maanden van tevoren. Uw huur gaat daarna alleen omhoog als u daar zelf mee instemt.",
                 "Zeventig procent van de huurders moet instemmen voordat een complexgewijze renovatie mag beginnen. Uw stem telt dus echt."),
    "onderhoud": ("Ziet u schimmel in huis? Maak een foto en meld het via de website of bel de reparatielijn. Schilder er niet zelf overheen.",
                  "Een rookmelder mag u nooit zelf weghalen. Piept hij? Bel dan De Ruiterpoort, dan wordt de batterij gratis vervangen."),
    "buurt": ("Heeft u een goed idee voor uw straat, zoals een buurtbarbecue of een plantenbak? Dan kunt u daarvoor geld aanvragen bij de gemeente.",
              "De huismeester is er niet voor reparaties in uw woning. Daarvoor belt u gewoon de reparatielijn."),
    "meepraten": ("U kunt zelf invloed uitoefenen. Kom naar de ledenvergadering of geef uw mening in ons huurderspanel.",
                  "Beek & Buurt zit als gelijkwaardige partij aan tafel. Wij tekenen de afspraken alleen als wij vinden dat ze goed zijn voor huurders."),
}

QUOTE = {
    2025: ("Ik woon al 31 jaar in Beekhoven. Vorig jaar kregen we eindelijk nieuwe kozijnen en dat merk ik meteen aan mijn energierekening. Wat mij betreft mag de hele wijk zo aangepakt worden.",
           "Mevrouw J. Verhoeven-Bos, huurder in Beekhoven"),
    2026: ("Als vrijwilliger bij de huurdersvereniging zie ik hoe lang jongeren moeten wachten. Ik hoop dat de tijdelijke woningen er echt komen, want mijn eigen kleinzoon woont nog steeds op zolder.",
           "Dhr. A. Kuipers, bestuurslid Beek & Buurt"),
    2027: ("Sinds de huismeester twee ochtenden in de week in ons portiek komt, is het een stuk schoner. Mensen spreken elkaar weer aan. Dat hadden we een paar jaar geleden niet gedacht.",
           "Mevrouw S. el Amrani, huurder in Hoge Akker"),
}
QUOTE_AFTER = "nieuw"

VOORWOORD = {
    2025: ["Beste leden,",
           "Elk jaar maken de gemeente Ruiterbeek, Woonstichting De Ruiterpoort en onze vereniging samen prestatieafspraken. Daarin staat wat er het komende jaar gebeurt met uw huur, uw woning en uw buurt. Op 11 december 2024 hebben wij de afspraken voor 2025 ondertekend.",
           "In 2024 zijn er 52 nieuwe huurwoningen opgeleverd en kregen ruim 200 woningen nieuwe isolatie. Niet alles ging zoals wij hoopten: de wachttijden zijn nog steeds veel te lang.",
           "In deze editie leggen wij in gewone taal uit wat er is afgesproken en wat dat voor u betekent."],
    2026: ["Beste leden,",
           "Ook dit jaar hebben de gemeente Ruiterbeek, Woonstichting De Ruiterpoort en onze vereniging samen prestatieafspraken gemaakt. Op 10 december 2025 zijn de afspraken voor 2026 ondertekend.",
           "In 2025 is de bouw aan de Molenweg gestart en zijn 186 woningen in Beekhoven geïsoleerd. Helaas liep de oplevering aan de Molenweg vertraging op.",
           "Wij hebben hard onderhandeld over uw huur. In deze editie leest u wat het resultaat is."],
    2027: ["Beste leden,",
           "Voor de derde keer brengen wij een Huurderseditie uit. Op 9 december 2026 hebben de gemeente Ruiterbeek, Woonstichting De Ruiterpoort en Beek & Buurt de prestatieafspraken voor 2027 ondertekend.",
           "In 2026 kregen 194 woningen in Beekhoven nieuwe isolatie en zijn in de Hoge Akker een huismeester en een nieuw buurtteam begonnen. Over de huurverhoging waren wij het dit jaar niet helemaal eens met De Ruiterpoort.",
           "Lees in deze editie wat er voor u verandert."],
}

COVER_CAPTION = {
    2025: "Foto: de bouwplaats aan de Molenweg in het najaar van 2024",
    2026: "Foto: de eerste woningen aan de Molenweg krijgen een dak",
    2027: "Foto: bewoners van de Hoge Akker bij de opening van de buurtkamer",
}

SIGNED = {
    2025: "11 december 2024",
    2026: "10 december 2025",
    2027: "9 december 2026",
}

SIGNATORIES = [
    ("Gemeente Ruiterbeek", "R. Dijkgraaf-Molenaar, wethouder Wonen"),
    ("Woonstichting De Ruiterpoort", "H.J. Timmers, directeur-bestuurder"),
    ("Huurdersvereniging Beek & Buurt", "E. Schouten, voorzitter"),
]
