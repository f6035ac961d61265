# -*- coding: utf-8 -*-
"""Content of the kievitsbroek family: an e-mail thread per year (2025, 2026, 2027)."""

FAMILY = "kievitsbroek"
YEARS = [2025, 2026, 2027]
GEMEENTE = "Kievitsbroek"
CORPORATIES = ["Woonstichting Broekweide"]
HUURDERS = ["Huurdersvereniging De Grutto"]

SECTIONS = {
    "bb": "Betaalbaar en beschikbaar wonen",
    "dk": "Duurzaamheid en energie",
    "kw": "Kwaliteit en wonen met zorg",
    "lb": "Leefbaarheid en wijken",
    "sp": "Samenwerking en proces",
}

G, C, P, H = "gemeente", "corporatie", "partijen", "huurdersorganisatie"


def Q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def V(text, actors, modality="firm", q=(), dl=None, rec=False, cond=(), st=None, kinds=(), hn=None):
    return {"text": text, "frame": {"actors": list(actors), "modality": modality, "quantities": list(q),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None), "recurring": rec,
            "conditions": list(cond)}, "status": st, "kinds": list(kinds), "hn": hn}


SAME = "same"

AFSPRAKEN = [
    # ---------------- Betaalbaar en beschikbaar wonen
    dict(key="nieuwbouw-weverslaan", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Broekweide realiseert aan de Weverslaan 32 sociale huurwoningen, waarvan de oplevering uiterlijk in het derde kwartaal van 2025 plaatsvindt.",
                [C], q=[Q(32, "woningen")], dl=(2025, "uiterlijk in het derde kwartaal van 2025")),
        2026: V("Broekweide realiseert aan de Weverslaan 28 sociale huurwoningen, waarvan de oplevering uiterlijk in het tweede kwartaal van 2026 plaatsvindt.",
                [C], q=[Q(28, "woningen")], dl=(2026, "uiterlijk in het tweede kwartaal van 2026"),
                st="weakened", kinds=["quantity", "deadline"]),
    }),
    dict(key="nieuwbouw-kerkakker", sect="bb", themes=["beschikbaarheid_betaalbaarheid", "kwaliteit"], v={
        2025: V("Broekweide onderzoekt de mogelijkheid om op de locatie Kerkakker 20 tot 24 levensloopbestendige sociale huurwoningen te bouwen.",
                [C], "explore", q=[Q(20, "woningen", "range", 24)]),
        2026: V("Broekweide bouwt op de locatie Kerkakker 20 tot 24 levensloopbestendige sociale huurwoningen.",
                [C], q=[Q(20, "woningen", "range", 24)], st="strengthened", kinds=["modality"]),
        2027: V("Broekweide bouwt op de locatie Kerkakker 20 tot 24 levensloopbestendige sociale huurwoningen, onder voorbehoud van het verkrijgen van de omgevingsvergunning.",
                [C], q=[Q(20, "woningen", "range", 24)], cond=["onder voorbehoud van het verkrijgen van de omgevingsvergunning"],
                st="weakened", kinds=["condition"]),
    }),
    dict(key="middenhuur", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2026: V("Broekweide zet zich in om in de periode 2026-2028 ten minste 15 middenhuurwoningen toe te voegen.",
                [C], "intent", q=[Q(15, "woningen", "min")], dl=(2028, "in de periode 2026-2028")),
        2027: V("Broekweide zet zich in om in de periode 2026-2027 ten minste 15 middenhuurwoningen toe te voegen.",
                [C], "intent", q=[Q(15, "woningen", "min")], dl=(2027, "in de periode 2026-2027"),
                st="strengthened", kinds=["deadline"]),
    }),
    dict(key="grondprijs", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.500 per woning.",
                [G], q=[Q(22500, "euro")]),
        2026: SAME,
        2027: V("Voor sociale huurwoningen wordt door de gemeente een vaste grondprijs van € 22.500 per woning gehanteerd.",
                [G], q=[Q(22500, "euro")], st="reworded", hn="same_figures"),
    }),
    dict(key="doelgroepenverordening", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2026: V("De gemeente stelt in 2026 een doelgroepenverordening vast waarin de sociale huur in nieuwbouwplannen voor ten minste 25 jaar wordt geborgd.",
                [G], q=[Q(25, "jaar", "min")], dl=(2026, "in 2026")),
        2027: V("De gemeente stelt in 2027 een doelgroepenverordening vast waarin de sociale huur in nieuwbouwplannen voor ten minste 25 jaar wordt geborgd.",
                [G], q=[Q(25, "jaar", "min")], dl=(2027, "in 2027"), st="weakened", kinds=["deadline"]),
    }),
    dict(key="sociale-voorraad", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Partijen streven ernaar de sociale huurvoorraad van Broekweide in Kievitsbroek tot en met 2030 op ten minste 1.840 woningen te houden.",
                [P], "intent", q=[Q(1840, "woningen", "min")], dl=(2030, "tot en met 2030")),
        2026: SAME,
        2027: V("Partijen spreken af dat de sociale huurvoorraad van Broekweide in Kievitsbroek tot en met 2030 ten minste 1.840 woningen blijft.",
                [P], q=[Q(1840, "woningen", "min")], dl=(2030, "tot en met 2030"), st="strengthened", kinds=["modality"]),
    }),
    dict(key="verkoop", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Broekweide verkoopt in 2025 ten hoogste 8 bestaande huurwoningen, uitsluitend bij mutatie.",
                [C], q=[Q(8, "woningen", "max")], dl=(2025, "in 2025"), rec=True),
        2026: V("Broekweide verkoopt in 2026 ten hoogste 12 bestaande huurwoningen, uitsluitend bij mutatie.",
                [C], q=[Q(12, "woningen", "max")], dl=(2026, "in 2026"), rec=True, st="weakened", kinds=["quantity"]),
        2027: V("In 2027 verkoopt Broekweide niet meer dan twaalf bestaande huurwoningen, en alleen bij mutatie.",
                [C], q=[Q(12, "woningen", "max")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="huurverhoging", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Broekweide houdt de gemiddelde huurverhoging per 1 juli 2025 op ten hoogste 4,5%.",
                [C], q=[Q(4.5, "%", "max")], dl=(2025, "per 1 juli 2025"), rec=True),
        2026: V("De gemiddelde huurverhoging van Broekweide per 1 juli 2026 bedraagt ten hoogste 4%.",
                [C], q=[Q(4, "%", "max")], dl=(2026, "per 1 juli 2026"), rec=True, st="strengthened", kinds=["quantity"]),
        2027: V("De gemiddelde huurverhoging van Broekweide per 1 juli 2027 bedraagt ten hoogste 4%.",
                [C], q=[Q(4, "%", "max")], dl=(2027, "per 1 juli 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="toewijzing-doelgroep", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Broekweide wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2025).",
                [C], q=[Q(92.5, "%", "min"), Q(47699, "euro", "max")], rec=True),
        2026: V("Broekweide wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 48.625 (prijspeil 2026).",
                [C], q=[Q(92.5, "%", "min"), Q(48625, "euro", "max")], rec=True, st="reworded", hn="indexed_amount"),
        2027: V("Broekweide wijst ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.580 (prijspeil 2027).",
                [C], q=[Q(92.5, "%", "min"), Q(49580, "euro", "max")], rec=True, st="reworded", hn="indexed_amount"),
    }),
    dict(key="vergunninghouders", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Broekweide stelt in 2025 ten minste 22 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente.",
                [C], q=[Q(22, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
        2026: V("Broekweide stelt in 2026 ten minste 26 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente.",
                [C], q=[Q(26, "woningen", "min")], dl=(2026, "in 2026"), rec=True, st="reworded", hn="external_figure"),
        2027: V("Broekweide stelt in 2027 ten minste 24 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente.",
                [C], q=[Q(24, "woningen", "min")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="external_figure"),
    }),
    dict(key="uitstroom-bw-mo", sect="bb", themes=["beschikbaarheid_betaalbaarheid", "leefbaarheid"], v={
        2025: V("Broekweide stelt jaarlijks 10 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                [C, G], q=[Q(10, "woningen")], rec=True),
        2026: V("Broekweide stelt jaarlijks 6 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang; de gemeente zorgt voor passende begeleiding.",
                [C, G], q=[Q(6, "woningen")], rec=True, st="weakened", kinds=["quantity"]),
        2027: V("Broekweide stelt jaarlijks zes woningen ter beschikking voor uitstroom uit beschermd wonen en maatschappelijke opvang; passende begeleiding wordt door de gemeente geregeld.",
                [C, G], q=[Q(6, "woningen")], rec=True, st="reworded", hn="same_figures"),
    }),
    dict(key="vroegsignalering", sect="bb", themes=["beschikbaarheid_betaalbaarheid", "leefbaarheid"], v={
        2025: V("Broekweide meldt huurders met een betalingsachterstand van twee maanden aan bij de gemeentelijke vroegsignalering.",
                [C], q=[Q(2, "maanden", "max")]),
        2026: V("Broekweide meldt huurders met een betalingsachterstand van één maand aan bij de gemeentelijke vroegsignalering.",
                [C], q=[Q(1, "maanden", "max")], st="strengthened", kinds=["quantity"]),
        2027: SAME,
    }),
    dict(key="huisuitzettingen", sect="bb", themes=["beschikbaarheid_betaalbaarheid", "leefbaarheid"], v={
        2027: V("De gemeente en Broekweide maken uiterlijk 1 april 2027 werkafspraken over het voorkomen van huisuitzettingen, met als doel nul huisuitzettingen wegens huurachterstand.",
                [G, C], q=[Q(0, "huisuitzettingen", "max")], dl=(2027, "uiterlijk 1 april 2027")),
    }),
    dict(key="verhuisregeling-senioren", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("De gemeente en Broekweide onderzoeken in 2025 of een verhuisregeling voor senioren kan worden ingevoerd.",
                [G, C], "explore", dl=(2025, "in 2025")),
        2026: V("De gemeente en Broekweide voeren uiterlijk 1 juli 2026 een verhuisregeling voor senioren in, met een verhuisvergoeding van € 2.500.",
                [G, C], q=[Q(2500, "euro")], dl=(2026, "uiterlijk 1 juli 2026"), st="strengthened", kinds=["modality"]),
        2027: V("De gemeente en Broekweide houden de verhuisregeling voor senioren in stand, met een verhuisvergoeding van € 2.000.",
                [G, C], q=[Q(2000, "euro")], st="weakened", kinds=["quantity"]),
    }),
    dict(key="inschrijfduur-starters", sect="bb", themes=["beschikbaarheid_betaalbaarheid"], v={
        2025: V("Partijen streven naar een gemiddelde inschrijfduur voor starters van maximaal vier jaar.",
                [P], "intent", q=[Q(4, "jaar", "max")]),
        2026: SAME,
    }),
    # ---------------- Duurzaamheid en energie
    dict(key="labels-efg", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2025: V("Broekweide verbetert de resterende 64 woningen met een E-, F- of G-label, zodat er uiterlijk eind 2026 geen woningen met deze labels meer zijn.",
                [C], q=[Q(64, "woningen"), Q(0, "woningen", "max")], dl=(2026, "uiterlijk eind 2026")),
        2026: V("Broekweide verbetert de resterende 21 woningen met een E-, F- of G-label, zodat er uiterlijk eind 2026 geen woningen met deze labels meer zijn.",
                [C], q=[Q(21, "woningen"), Q(0, "woningen", "max")], dl=(2026, "uiterlijk eind 2026"), st="reworded", hn="progress"),
    }),
    dict(key="na-isolatie", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2025: V("Broekweide past in 2025 bij ten minste 180 woningen na-isolatie toe van dak, gevel en vloer.",
                [C], q=[Q(180, "woningen", "min")], dl=(2025, "in 2025"), rec=True),
        2026: V("Broekweide past in 2026 bij ten minste 220 woningen na-isolatie toe van dak, gevel en vloer.",
                [C], q=[Q(220, "woningen", "min")], dl=(2026, "in 2026"), rec=True, st="strengthened", kinds=["quantity"]),
        2027: V("In 2027 wordt door Broekweide bij minimaal 220 woningen na-isolatie van dak, gevel en vloer toegepast.",
                [C], q=[Q(220, "woningen", "min")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="gemiddeld-label", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2025: V("Broekweide bereikt uiterlijk in 2028 een gemiddeld energielabel B over het totale bezit.",
                [C], q=[Q("B", "label", "min")], dl=(2028, "uiterlijk in 2028")),
        2026: V("Broekweide bereikt uiterlijk in 2028 een gemiddeld energielabel C over het totale bezit.",
                [C], q=[Q("C", "label", "min")], dl=(2028, "uiterlijk in 2028"), st="weakened", kinds=["label"]),
        2027: V("Broekweide bereikt uiterlijk in 2028 een gemiddeld energielabel B over het totale bezit.",
                [C], q=[Q("B", "label", "min")], dl=(2028, "uiterlijk in 2028"), st="strengthened", kinds=["label"]),
    }),
    dict(key="zonnepanelen", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2025: V("Broekweide biedt in 2025 alle huurders van eengezinswoningen zonder zonnepanelen de mogelijkheid om tegen een vaste maandelijkse vergoeding zonnepanelen te laten plaatsen.",
                [C], dl=(2025, "in 2025"), rec=True),
        2026: V("Broekweide biedt in 2026 de huurders van eengezinswoningen zonder zonnepanelen in de wijken Molenveld en De Horst de mogelijkheid om tegen een vaste maandelijkse vergoeding zonnepanelen te laten plaatsen.",
                [C], dl=(2026, "in 2026"), rec=True, st="weakened", kinds=["scope"]),
        2027: V("Broekweide biedt in 2027 de huurders van eengezinswoningen zonder zonnepanelen in de wijken Molenveld, De Horst en Oostergoo de mogelijkheid om tegen een vaste maandelijkse vergoeding zonnepanelen te laten plaatsen.",
                [C], dl=(2027, "in 2027"), rec=True, st="strengthened", kinds=["scope"]),
    }),
    dict(key="wijkuitvoeringsplan-molenveld", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2025: V("De gemeente stelt uiterlijk eind 2025 een wijkuitvoeringsplan op voor de aardgasvrije aanpak van de wijk Molenveld.",
                [G], dl=(2025, "uiterlijk eind 2025")),
        2026: V("De gemeente verkent in 2026 of een wijkuitvoeringsplan voor de aardgasvrije aanpak van de wijk Molenveld haalbaar is.",
                [G], "explore", dl=(2026, "in 2026"), st="weakened", kinds=["modality", "deadline"]),
    }),
    dict(key="energiecoaches", sect="dk", themes=["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], v={
        2025: V("De gemeente zet in 2025 vrijwillige energiecoaches in voor huurders met hoge energielasten; Broekweide wijst haar huurders actief op dit aanbod.",
                [G, C], dl=(2025, "in 2025"), rec=True),
        2026: V("De gemeente zet in 2026 vrijwillige energiecoaches in voor huurders met hoge energielasten; Broekweide wijst haar huurders actief op dit aanbod.",
                [G, C], dl=(2026, "in 2026"), rec=True, st="reworded", hn="recurring_year"),
        2027: V("Voor huurders met hoge energielasten zet de gemeente in 2027 vrijwillige energiecoaches in; Broekweide maakt haar huurders actief attent op dit aanbod.",
                [G, C], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="klimaatadaptatie", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2025: V("Broekweide neemt waar mogelijk maatregelen tegen hittestress en wateroverlast mee bij planmatig onderhoud.",
                [C], cond=["waar mogelijk"]),
        2026: V("Broekweide neemt bij planmatig onderhoud maatregelen tegen hittestress en wateroverlast mee.",
                [C], st="strengthened", kinds=["condition"]),
        2027: SAME,
    }),
    dict(key="groene-daken", sect="dk", themes=["duurzaamheid_klimaat"], v={
        2027: V("Broekweide legt in 2027 op ten minste twee complexen een groen dak aan.",
                [C], q=[Q(2, "complexen", "min")], dl=(2027, "in 2027")),
    }),
    # ---------------- Kwaliteit en wonen met zorg
    dict(key="vocht-schimmel", sect="kw", themes=["kwaliteit"], v={
        2025: V("Broekweide neemt een melding van vocht of schimmel binnen 10 werkdagen in behandeling met een inspectie in de woning.",
                [C], q=[Q(10, "werkdagen", "max")]),
        2026: V("Een melding van vocht of schimmel wordt door Broekweide binnen tien werkdagen in behandeling genomen met een inspectie in de woning.",
                [C], q=[Q(10, "werkdagen", "max")], st="reworded", hn="same_figures"),
        2027: V("Een melding van vocht of schimmel wordt door Broekweide binnen vijf werkdagen in behandeling genomen met een inspectie in de woning.",
                [C], q=[Q(5, "werkdagen", "max")], st="strengthened", kinds=["quantity"]),
    }),
    dict(key="woningaanpassingen", sect="kw", themes=["kwaliteit"], v={
        2025: V("De gemeente en Broekweide spannen zich in om kleine woningaanpassingen vanuit de Wmo binnen acht weken uit te voeren.",
                [G, C], "intent", q=[Q(8, "weken", "max")]),
        2026: SAME,
        2027: V("De gemeente en Broekweide zorgen ervoor dat kleine woningaanpassingen vanuit de Wmo binnen acht weken worden uitgevoerd.",
                [G, C], q=[Q(8, "weken", "max")], st="strengthened", kinds=["modality"]),
    }),
    dict(key="seniorenlabel", sect="kw", themes=["kwaliteit", "beschikbaarheid_betaalbaarheid"], v={
        2025: V("Broekweide labelt jaarlijks ten minste 30 vrijkomende gelijkvloerse woningen als seniorenwoning en wijst deze met voorrang toe aan huishoudens van 65 jaar en ouder.",
                [C], q=[Q(30, "woningen", "min"), Q(65, "jaar", "min")], rec=True),
        2026: SAME,
        2027: V("Broekweide labelt jaarlijks ten minste 20 vrijkomende gelijkvloerse woningen als seniorenwoning en wijst deze met voorrang toe aan huishoudens van 65 jaar en ouder.",
                [C], q=[Q(20, "woningen", "min"), Q(65, "jaar", "min")], rec=True, st="weakened", kinds=["quantity"]),
    }),
    dict(key="rookmelders", sect="kw", themes=["kwaliteit"], v={
        2025: V("Broekweide brengt in 2025 in alle woningen zonder rookmelder een rookmelder aan.",
                [C], dl=(2025, "in 2025")),
    }),
    dict(key="brandveiligheid-portieken", sect="kw", themes=["kwaliteit"], v={
        2027: V("Broekweide controleert in 2027 in alle portiekflats de brandveiligheid van de gemeenschappelijke ruimten.",
                [C], dl=(2027, "in 2027")),
    }),
    dict(key="geclusterd-wonen", sect="kw", themes=["kwaliteit", "beschikbaarheid_betaalbaarheid"], v={
        2025: V("Partijen bespreken in 2025 de behoefte aan geclusterde woonvormen voor ouderen met een zorgvraag.",
                [P], "discuss", dl=(2025, "in 2025")),
        2026: V("Broekweide onderzoekt in 2026 de haalbaarheid van een geclusterde woonvorm voor ouderen met een zorgvraag aan de Dorpsstraat.",
                [C], "explore", dl=(2026, "in 2026"), st="strengthened", kinds=["modality"]),
        2027: V("Broekweide realiseert uiterlijk in 2028 aan de Dorpsstraat een geclusterde woonvorm met 16 appartementen voor ouderen met een zorgvraag.",
                [C], q=[Q(16, "woningen")], dl=(2028, "uiterlijk in 2028"), st="strengthened", kinds=["modality"]),
    }),
    dict(key="huurdersoordeel", sect="kw", themes=["kwaliteit"], v={
        2025: V("Broekweide streeft naar een gemiddeld huurdersoordeel voor reparatieverzoeken van ten minste een 7,5.",
                [C], "intent", q=[Q(7.5, "cijfer", "min")]),
        2026: SAME,
        2027: V("Broekweide streeft naar een gemiddeld huurdersoordeel voor reparatieverzoeken van ten minste een 7,0.",
                [C], "intent", q=[Q(7.0, "cijfer", "min")], st="weakened", kinds=["quantity"]),
    }),
    # ---------------- Leefbaarheid en wijken
    dict(key="leefbaarheidsbudget", sect="lb", themes=["leefbaarheid"], v={
        2025: V("Broekweide besteedt in 2025 € 60 per woning aan leefbaarheid in de wijken.",
                [C], q=[Q(60, "euro per woning")], dl=(2025, "in 2025"), rec=True),
        2026: V("Broekweide besteedt in 2026 € 70 per woning aan leefbaarheid in de wijken.",
                [C], q=[Q(70, "euro per woning")], dl=(2026, "in 2026"), rec=True, st="strengthened", kinds=["quantity"]),
        2027: V("Broekweide besteedt in 2027 € 70 per woning aan leefbaarheid in de wijken.",
                [C], q=[Q(70, "euro per woning")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="wijkbeheerder", sect="lb", themes=["leefbaarheid"], v={
        2025: V("Broekweide zet in alle wijken met meer dan 150 huurwoningen een wijkbeheerder in.",
                [C], q=[Q(150, "woningen", "min")]),
        2026: V("Broekweide zet in de wijken Molenveld en De Horst een wijkbeheerder in.",
                [C], st="weakened", kinds=["scope"]),
        2027: SAME,
    }),
    dict(key="overlast", sect="lb", themes=["leefbaarheid"], v={
        2025: V("Partijen pakken signalen van ernstige overlast binnen twee weken gezamenlijk op in het zorg- en veiligheidsoverleg.",
                [P], q=[Q(2, "weken", "max")]),
        2026: SAME,
        2027: V("Signalen van ernstige overlast worden door partijen binnen twee weken gezamenlijk opgepakt in het zorg- en veiligheidsoverleg.",
                [P], q=[Q(2, "weken", "max")], st="reworded", hn="same_figures"),
    }),
    dict(key="bewonersinitiatieven", sect="lb", themes=["leefbaarheid"], v={
        2025: V("De gemeente stelt in 2025 € 20.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huur.",
                [G], q=[Q(20000, "euro")], dl=(2025, "in 2025"), rec=True),
        2026: V("De gemeente stelt in 2026 € 20.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huur, onder voorbehoud van vaststelling van de gemeentebegroting 2026.",
                [G], q=[Q(20000, "euro")], dl=(2026, "in 2026"), rec=True,
                cond=["onder voorbehoud van vaststelling van de gemeentebegroting 2026"], st="weakened", kinds=["condition"]),
        2027: V("De gemeente stelt in 2027 € 20.000 beschikbaar voor bewonersinitiatieven in wijken met veel sociale huur.",
                [G], q=[Q(20000, "euro")], dl=(2027, "in 2027"), rec=True, st="strengthened", kinds=["condition"]),
    }),
    dict(key="ontmoeting-ouderen", sect="lb", themes=["leefbaarheid"], v={
        2026: V("Broekweide en De Grutto organiseren in 2026 ten minste vier ontmoetingsbijeenkomsten voor oudere huurders in buurthuis De Schakel.",
                [C, H], q=[Q(4, "bijeenkomsten", "min")], dl=(2026, "in 2026"), rec=True),
        2027: V("Broekweide en De Grutto organiseren in 2027 ten minste vier ontmoetingsbijeenkomsten voor oudere huurders in buurthuis De Schakel.",
                [C, H], q=[Q(4, "bijeenkomsten", "min")], dl=(2027, "in 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="huisbezoek-75plus", sect="lb", themes=["leefbaarheid", "kwaliteit"], v={
        2025: V("Broekweide legt in 2025 bij alle huurders van 75 jaar en ouder een huisbezoek af.",
                [C], q=[Q(75, "jaar", "min")], dl=(2025, "in 2025")),
    }),
    # ---------------- Samenwerking en proces
    dict(key="monitoring", sect="sp", themes=["overig"], v={
        2025: V("Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg.",
                [P], q=[Q(2, "keer per jaar")], rec=True),
        2026: SAME,
        2027: SAME,
    }),
    dict(key="dashboard", sect="sp", themes=["overig"], v={
        2026: V("De gemeente richt uiterlijk in het tweede kwartaal van 2026 een digitaal dashboard in waarin de voortgang van de afspraken zichtbaar is.",
                [G], dl=(2026, "uiterlijk in het tweede kwartaal van 2026")),
        2027: V("De gemeente richt uiterlijk in het vierde kwartaal van 2027 een digitaal dashboard in waarin de voortgang van de afspraken zichtbaar is.",
                [G], dl=(2027, "uiterlijk in het vierde kwartaal van 2027"), st="weakened", kinds=["deadline"]),
    }),
    dict(key="bod", sect="sp", themes=["overig"], v={
        2025: V("Broekweide stuurt vóór 1 juli 2025 haar bod op de woonvisie aan de gemeente en De Grutto.",
                [C], dl=(2025, "vóór 1 juli 2025"), rec=True),
        2026: V("Broekweide stuurt vóór 1 juli 2026 haar bod op de woonvisie aan de gemeente en De Grutto.",
                [C], dl=(2026, "vóór 1 juli 2026"), rec=True, st="reworded", hn="recurring_year"),
        2027: V("Vóór 1 juli 2027 stuurt Broekweide haar bod op de woonvisie aan de gemeente en De Grutto.",
                [C], dl=(2027, "vóór 1 juli 2027"), rec=True, st="reworded", hn="recurring_year"),
    }),
    dict(key="ondersteuning-huurders", sect="sp", themes=["overig"], v={
        2025: V("Broekweide en de gemeente dragen samen bij in de kosten van een onafhankelijk adviseur voor De Grutto tot ten hoogste € 6.000 per jaar.",
                [C, G], q=[Q(6000, "euro", "max")], rec=True),
        2026: SAME,
        2027: V("Broekweide en de gemeente dragen samen bij in de kosten van een onafhankelijk adviseur voor De Grutto tot ten hoogste € 8.000 per jaar.",
                [C, G], q=[Q(8000, "euro", "max")], rec=True, st="strengthened", kinds=["quantity"]),
    }),
    dict(key="woonvisie-actualisatie", sect="sp", themes=["overig"], v={
        2025: V("De gemeente actualiseert in 2025 de woonvisie en betrekt Broekweide en De Grutto daar vanaf de start bij.",
                [G], dl=(2025, "in 2025")),
    }),
]

# Key order of last year's list quoted in the 2025 thread (the 2024 afspraken): not afspraken of any document.
QUOTED_2024 = [
    ("bb", "Broekweide realiseert aan de Weverslaan 32 sociale huurwoningen, waarvan de oplevering uiterlijk in het vierde kwartaal van 2024 plaatsvindt."),
    ("bb", "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 21.000 per woning."),
    ("bb", "Broekweide verkoopt in 2024 ten hoogste 10 bestaande huurwoningen, uitsluitend bij mutatie."),
    ("bb", "Broekweide houdt de gemiddelde huurverhoging per 1 juli 2024 op ten hoogste 5,8%."),
    ("bb", "Broekweide stelt in 2024 ten minste 25 woningen beschikbaar voor de huisvesting van vergunninghouders, conform de taakstelling van de gemeente."),
    ("bb", "Broekweide stelt jaarlijks 10 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang."),
    ("bb", "Partijen streven naar een gemiddelde inschrijfduur voor starters van maximaal vier jaar."),
    ("dk", "Broekweide verbetert in 2024 ten minste 90 woningen met een E-, F- of G-label naar ten minste label C."),
    ("dk", "Broekweide past in 2024 bij ten minste 150 woningen na-isolatie toe van dak, gevel en vloer."),
    ("dk", "De gemeente zet in 2024 vrijwillige energiecoaches in voor huurders met hoge energielasten."),
    ("kw", "Broekweide neemt een melding van vocht of schimmel binnen 15 werkdagen in behandeling."),
    ("kw", "Broekweide labelt jaarlijks ten minste 30 vrijkomende gelijkvloerse woningen als seniorenwoning."),
    ("lb", "Broekweide besteedt in 2024 € 55 per woning aan leefbaarheid in de wijken."),
    ("lb", "Broekweide zet in alle wijken met meer dan 150 huurwoningen een wijkbeheerder in."),
    ("sp", "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg."),
    ("sp", "Broekweide stuurt vóór 1 juli 2024 haar bod op de woonvisie aan de gemeente en De Grutto."),
]

# Tenants' remarks on the concept, per year (not afspraken).
TENANT_REMARKS = {
    2025: [
        "Wij vinden het jammer dat de verkoop van huurwoningen niet verder omlaag gaat; wat ons betreft verkoopt Broekweide helemaal geen eengezinswoningen meer.",
        "Bij de verduurzaming willen wij dat huurders vooraf een kostenoverzicht krijgen; graag horen wij hoe Broekweide dit wil regelen.",
        "Wij zouden graag zien dat de gemeente het bedrag voor bewonersinitiatieven verhoogt, maar begrijpen dat daar nu geen ruimte voor is.",
    ],
    2026: [
        "Wij zijn niet blij dat het aantal woningen voor uitstroom uit beschermd wonen lager wordt. Wij willen graag weten hoe de gemeente de wachtlijst dan wil oplossen.",
        "Het verhogen van het verkoopplafond naar 12 woningen steunen wij niet. Wij vragen partijen dit bij de monitoring in het voorjaar opnieuw te bespreken.",
        "Over de zonnepanelen: huurders in andere wijken vragen ons waarom zij nu niet meer in aanmerking komen. Wij hopen dat het aanbod later weer wordt uitgebreid.",
        "Wij zijn blij met de lagere huurverhoging en met de verhuisregeling voor senioren.",
    ],
    2027: [
        "Het lagere aantal seniorenwoningen vinden wij een achteruitgang; de vraag van oudere huurders neemt juist toe.",
        "Wij missen nog steeds een afspraak over de aanpak van tocht in de flats aan de Spoorlaan; misschien kan dat volgend jaar worden meegenomen.",
        "De hogere bijdrage voor ons onafhankelijk adviseur waarderen wij zeer.",
    ],
}
