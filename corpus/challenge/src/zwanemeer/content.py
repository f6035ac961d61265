# -*- coding: utf-8 -*-
"""Content of the zwanemeer family (fictional gemeente Zwanemeer).

Year 1 (2025) is an ordinary agreement; 2026 and 2027 are published as an
"actualisatie" in synopsis form (three-column table per chapter).
"""

FAMILY = "zwanemeer"
GEMEENTE = "Zwanemeer"
CORPORATIE = "Woonstichting Rietkraag"
HUURDERS = "Huurdersvereniging De Zwaan"
YEARS = [2025, 2026, 2027]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")

CHAPTERS = [
    ("betaalbaar", 2, "Beschikbaar en betaalbaar wonen"),
    ("duurzaam", 3, "Duurzaam wonen en energietransitie"),
    ("kwaliteit", 4, "Kwaliteit, wonen en zorg"),
    ("wijken", 5, "Leefbare wijken"),
    ("samenwerking", 6, "Samenwerking en monitoring"),
]

CHAPTER_INTRO = {
    "betaalbaar": "De wachttijd voor een sociale huurwoning in Zwanemeer liep de afgelopen jaren op tot gemiddeld ruim vier jaar. De woonvisie ‘Thuis aan het meer’ vraagt om extra nieuwbouw en om een betere doorstroming.",
    "duurzaam": "Ongeveer een op de acht woningen van Rietkraag had begin 2025 nog een energielabel E, F of G. De gemeente werkt met de transitievisie warmte aan een wijkgerichte aanpak.",
    "kwaliteit": "Het aantal meldingen over vocht en schimmel nam in 2024 toe. Tegelijk groeit het aantal ouderen dat langer zelfstandig thuis woont.",
    "wijken": "In Meerzicht en Rietvelden staan de leefbaarheidsscores onder druk. Partijen kiezen voor een gezamenlijke aanpak met de wijkteams.",
    "samenwerking": "De drie partijen werken samen volgens de Woningwet en de afspraken in het convenant samenwerking uit 2023.",
}


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    return {
        "actors": list(actors),
        "modality": modality,
        "quantities": [{"value": x[0], "unit": x[1], "comparator": x[2],
                        "value_max": x[3] if len(x) > 3 else None} for x in q],
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


def V(text, frame, status=None, kinds=(), hn=None, note=None):
    return {"text": text, "frame": frame, "status": status, "kinds": list(kinds), "hn": hn, "note": note}


def SAME(note="Ongewijzigd."):
    return {"same": True, "note": note}


def DROP(note):
    return {"drop": True, "note": note}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

A = []


def add(key, chapter, themes, versions):
    A.append({"key": key, "chapter": chapter, "themes": themes, "versions": versions})


# ---------------------------------------------------------------- 2 Beschikbaar en betaalbaar
add("nieuwbouw-lisdodde", "betaalbaar", [B], {
    2025: V("Rietkraag levert in 2025 in het plan Lisdoddeveld 36 sociale huurwoningen op, waarvan ten minste 12 levensloopbestendig.",
            F([C], "firm", [(36, "woningen", "exact"), (12, "woningen", "min")], (2025, "in 2025"))),
    2026: V("Rietkraag levert in het plan Lisdoddeveld 36 sociale huurwoningen op, waarvan ten minste 12 levensloopbestendig; de oplevering is voorzien in het tweede kwartaal van 2026.",
            F([C], "firm", [(36, "woningen", "exact"), (12, "woningen", "min")], (2026, "in het tweede kwartaal van 2026")),
            "weakened", ["deadline"], note="Oplevering verschoven door vertraging bij de aannemer."),
    2027: DROP("Vervallen: de woningen zijn in juni 2026 opgeleverd."),
})
add("nieuwbouw-oeverpark", "betaalbaar", [B], {
    2025: V("Rietkraag start uiterlijk in 2027 met de bouw van 48 sociale huurwoningen in Oeverpark, onder voorbehoud van een onherroepelijk bestemmingsplan.",
            F([C], "firm", [(48, "woningen", "exact")], (2027, "uiterlijk in 2027"), cond=["onder voorbehoud van een onherroepelijk bestemmingsplan"])),
    2026: V("Rietkraag start uiterlijk in 2027 met de bouw van 56 sociale huurwoningen in Oeverpark, onder voorbehoud van een onherroepelijk bestemmingsplan.",
            F([C], "firm", [(56, "woningen", "exact")], (2027, "uiterlijk in 2027"), cond=["onder voorbehoud van een onherroepelijk bestemmingsplan"]),
            "strengthened", ["quantity"], note="Programma uitgebreid met acht woningen na herverkaveling."),
    2027: V("Rietkraag start uiterlijk in 2027 met de bouw van 56 sociale huurwoningen in Oeverpark.",
            F([C], "firm", [(56, "woningen", "exact")], (2027, "uiterlijk in 2027")),
            "strengthened", ["condition"], note="Het bestemmingsplan is onherroepelijk; het voorbehoud is geschrapt."),
})
add("sociale-voorraad", "betaalbaar", [B], {
    2025: V("Partijen spreken af dat de sociale huurvoorraad van Rietkraag in Zwanemeer tot en met 2030 ten minste 3.150 woningen bedraagt.",
            F([P], "firm", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
    2026: V("Partijen streven ernaar dat de sociale huurvoorraad van Rietkraag in Zwanemeer tot en met 2030 ten minste 3.150 woningen bedraagt.",
            F([P], "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030")),
            "weakened", ["modality"], note="Omgezet in een streefafspraak vanwege onzekerheid over sloop en nieuwbouw."),
    2027: SAME(),
})
add("verkoop", "betaalbaar", [B], {
    2025: V("Rietkraag verkoopt in 2025 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
            F([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"), rec=True)),
    2026: V("Rietkraag verkoopt in 2026 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
            F([C], "firm", [(10, "woningen", "max")], (2026, "in 2026"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd."),
    2027: V("Rietkraag verkoopt in 2027 ten hoogste 15 sociale huurwoningen, uitsluitend bij mutatie.",
            F([C], "firm", [(15, "woningen", "max")], (2027, "in 2027"), rec=True),
            "weakened", ["quantity"], note="Verkoopruimte verhoogd ter financiering van de verduurzaming."),
})
add("huurverhoging", "betaalbaar", [B], {
    2025: V("De gemiddelde huurverhoging van Rietkraag per 1 juli 2025 bedraagt ten hoogste 4,5%.",
            F([C], "firm", [(4.5, "%", "max")], (2025, "per 1 juli 2025"), rec=True)),
    2026: V("De gemiddelde huurverhoging van Rietkraag per 1 juli 2026 bedraagt ten hoogste 4,0%.",
            F([C], "firm", [(4.0, "%", "max")], (2026, "per 1 juli 2026"), rec=True),
            "strengthened", ["quantity"], note="Lager maximum afgesproken."),
    2027: V("Per 1 juli 2027 verhoogt Rietkraag de huren van haar sociale huurwoningen gemiddeld met niet meer dan 4,0%.",
            F([C], "firm", [(4.0, "%", "max")], (2027, "Per 1 juli 2027"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd; tekst verduidelijkt."),
})
add("toewijzing-doelgroep", "betaalbaar", [B], {
    2025: V("Rietkraag wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2025).",
            F([C], "firm", [(90, "%", "min"), (47699, "euro", "max")])),
    2026: V("Rietkraag wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 48.625 (prijspeil 2026).",
            F([C], "firm", [(90, "%", "min"), (48625, "euro", "max")]),
            "reworded", hn="indexed_amount", note="Inkomensgrens geïndexeerd."),
    2027: V("Rietkraag wijst ten minste 80% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.560 (prijspeil 2027).",
            F([C], "firm", [(80, "%", "min"), (49560, "euro", "max")]),
            "weakened", ["quantity"], note="Inkomensgrens geïndexeerd; percentage verlaagd om meer ruimte voor middeninkomens te bieden."),
})
add("voorrang-binding", "betaalbaar", [B], {
    2025: V("Rietkraag wijst maximaal 15% van de vrijkomende sociale huurwoningen met voorrang toe aan woningzoekenden met een aantoonbare binding met Zwanemeer.",
            F([C], "firm", [(15, "%", "max")])),
    2026: SAME(),
    2027: SAME(),
})
add("vergunninghouders", "betaalbaar", [B], {
    2025: V("Rietkraag levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting van vergunninghouders; voor 2025 gaat het om 42 personen.",
            F([C], "firm", [(42, "personen", "exact")], (2025, "voor 2025"), rec=True)),
    2026: V("Rietkraag levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting van vergunninghouders; voor 2026 bedraagt de taakstelling 38 personen.",
            F([C], "firm", [(38, "personen", "exact")], (2026, "voor 2026"), rec=True),
            "reworded", hn="external_figure", note="Taakstelling aangepast aan de halfjaarlijkse opgave van het Rijk."),
    2027: V("Rietkraag levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting van vergunninghouders; voor 2027 bedraagt de taakstelling 38 personen.",
            F([C], "firm", [(38, "personen", "exact")], (2027, "voor 2027"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd."),
})
add("verhuisregeling-senioren", "betaalbaar", [B], {
    2025: V("Rietkraag onderzoekt in 2025 of een verhuisregeling kan worden ingevoerd voor senioren die een grote eengezinswoning achterlaten.",
            F([C], "explore", [], (2025, "in 2025"))),
    2026: V("Rietkraag voert uiterlijk 1 juli 2026 een verhuisregeling in voor senioren die een grote eengezinswoning achterlaten, met een verhuisvergoeding van € 2.500.",
            F([C], "firm", [(2500, "euro", "exact")], (2026, "uiterlijk 1 juli 2026")),
            "strengthened", ["modality"], note="Onderzoek afgerond; de regeling wordt ingevoerd."),
    2027: V("Rietkraag hanteert de verhuisregeling voor senioren die een grote eengezinswoning achterlaten, met een verhuisvergoeding van € 3.000.",
            F([C], "firm", [(3000, "euro", "exact")]),
            "strengthened", ["quantity"], note="Regeling is ingevoerd; vergoeding verhoogd."),
})
add("huurachterstand", "betaalbaar", [B, L], {
    2025: V("Rietkraag neemt uiterlijk binnen twee maanden na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en meldt de achterstand bij het team Vroegsignalering van de gemeente.",
            F([C], "firm", [(2, "maanden", "max")])),
    2026: V("Rietkraag neemt uiterlijk binnen één maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en meldt de achterstand bij het team Vroegsignalering van de gemeente.",
            F([C], "firm", [(1, "maanden", "max")]),
            "strengthened", ["quantity"], note="Termijn verkort naar één maand."),
    2027: V("Bij een huurachterstand zoekt Rietkraag binnen één maand persoonlijk contact met de huurder; de achterstand wordt gemeld bij het team Vroegsignalering van de gemeente.",
            F([C], "firm", [(1, "maanden", "max")]),
            "reworded", hn="same_figures", note="Redactionele aanpassing."),
})
add("huisuitzettingen", "betaalbaar", [B, L], {
    2025: V("Partijen zetten zich ervoor in dat in 2025 geen huurder uitsluitend vanwege een huurachterstand uit huis wordt gezet.",
            F([P], "intent", [], (2025, "in 2025"), rec=True)),
    2026: DROP("Vervallen: opgenomen in het convenant vroegsignalering."),
})
add("nieuwe-locaties", "betaalbaar", [B], {
    2026: V("De gemeente brengt uiterlijk eind 2027 ten minste twee nieuwe locaties in voor sociale huurbouw, met ruimte voor samen ten minste 60 woningen.",
            F([G], "firm", [(2, "locaties", "min"), (60, "woningen", "min")], (2027, "uiterlijk eind 2027")),
            note="Nieuw."),
    2027: V("De gemeente brengt uiterlijk eind 2027 ten minste één nieuwe locatie in voor sociale huurbouw, met ruimte voor ten minste 30 woningen.",
            F([G], "firm", [(1, "locaties", "min"), (30, "woningen", "min")], (2027, "uiterlijk eind 2027")),
            "weakened", ["quantity"], note="Eén locatie is afgevallen vanwege bodemverontreiniging."),
})
add("flexwoningen", "betaalbaar", [B], {
    2027: V("Rietkraag verkent in 2027 de mogelijkheid om 20 flexwoningen te plaatsen voor spoedzoekers.",
            F([C], "explore", [(20, "woningen", "exact")], (2027, "in 2027")),
            note="Nieuw."),
})

# ---------------------------------------------------------------- 3 Duurzaam
add("labels-efg", "duurzaam", [D], {
    2025: V("Rietkraag heeft uiterlijk eind 2028 geen woningen meer met een energielabel E, F of G; in 2025 worden hiertoe 85 woningen verbeterd.",
            F([C], "firm", [(85, "woningen", "exact")], (2028, "uiterlijk eind 2028"))),
    2026: V("Rietkraag heeft uiterlijk eind 2028 geen woningen meer met een energielabel E, F of G; in 2026 worden hiertoe de resterende 60 woningen verbeterd.",
            F([C], "firm", [(60, "woningen", "exact")], (2028, "uiterlijk eind 2028")),
            "reworded", hn="progress", note="Aantal bijgewerkt naar de resterende opgave."),
    2027: V("Rietkraag heeft uiterlijk eind 2029 geen woningen meer met een energielabel E, F of G; de laatste 22 woningen worden in 2027 en 2028 verbeterd.",
            F([C], "firm", [(22, "woningen", "exact")], (2029, "uiterlijk eind 2029")),
            "weakened", ["deadline"], note="Einddatum een jaar later door weigering van bewoners in twee complexen."),
})
add("gemiddeld-label", "duurzaam", [D], {
    2025: V("Het gemiddelde energielabel van het woningbezit van Rietkraag is eind 2027 ten minste label B.",
            F([C], "firm", [], (2027, "eind 2027"))),
    2026: V("Het gemiddelde energielabel van het woningbezit van Rietkraag is eind 2027 ten minste label C.",
            F([C], "firm", [], (2027, "eind 2027")),
            "weakened", ["label"], note="Doel bijgesteld op basis van de actuele labelverdeling."),
    2027: SAME(),
})
add("isolatie", "duurzaam", [D], {
    2025: V("Rietkraag isoleert in 2025 ten minste 120 woningen tot het niveau van de standaard voor woningisolatie.",
            F([C], "firm", [(120, "woningen", "min")], (2025, "in 2025"), rec=True)),
    2026: V("Rietkraag isoleert in 2026 ten minste 150 woningen tot het niveau van de standaard voor woningisolatie.",
            F([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"), rec=True),
            "strengthened", ["quantity"], note="Aantal verhoogd."),
    2027: V("Rietkraag isoleert in 2027 ten minste 150 woningen tot het niveau van de standaard voor woningisolatie, indien financieel haalbaar.",
            F([C], "firm", [(150, "woningen", "min")], (2027, "in 2027"), rec=True, cond=["indien financieel haalbaar"]),
            "weakened", ["condition"], note="Voorbehoud toegevoegd in verband met de gestegen bouwkosten."),
})
add("zonnepanelen", "duurzaam", [D], {
    2025: V("Rietkraag plaatst uiterlijk eind 2026 zonnepanelen op alle geschikte grondgebonden woningen in de wijk Rietvelden.",
            F([C], "firm", [], (2026, "uiterlijk eind 2026"))),
    2026: V("Rietkraag plaatst uiterlijk eind 2026 zonnepanelen op de geschikte grondgebonden woningen in twee complexen in de wijk Rietvelden.",
            F([C], "firm", [], (2026, "uiterlijk eind 2026")),
            "weakened", ["scope"], note="Beperkt tot twee complexen wegens netcongestie."),
    2027: DROP("Vervallen: uitgevoerd in 2026."),
})
add("warmtenet-meerzicht", "duurzaam", [D], {
    2025: V("Partijen verkennen in 2025 of de flats in Meerzicht kunnen worden aangesloten op het warmtenet Zwanemeer-Noord.",
            F([P], "explore", [], (2025, "in 2025"))),
    2026: V("Rietkraag sluit uiterlijk in 2028 de flats in Meerzicht aan op het warmtenet Zwanemeer-Noord.",
            F([C], "firm", [], (2028, "uiterlijk in 2028")),
            "strengthened", ["modality"], note="Verkenning positief afgerond."),
    2027: V("Rietkraag sluit uiterlijk in 2028 de flats in Meerzicht aan op het warmtenet Zwanemeer-Noord, onder voorbehoud van voldoende subsidie uit het Warmtefonds.",
            F([C], "firm", [], (2028, "uiterlijk in 2028"), cond=["onder voorbehoud van voldoende subsidie uit het Warmtefonds"]),
            "weakened", ["condition"], note="Subsidievoorbehoud toegevoegd."),
})
add("energiecoaches", "duurzaam", [D], {
    2025: V("De gemeente zet in 2025 energiecoaches in die ten minste 200 huishoudens in huurwoningen van Rietkraag bezoeken.",
            F([G], "firm", [(200, "huishoudens", "min")], (2025, "in 2025"), rec=True)),
    2026: V("In 2026 bezoeken energiecoaches van de gemeente ten minste tweehonderd huishoudens in huurwoningen van Rietkraag.",
            F([G], "firm", [(200, "huishoudens", "min")], (2026, "In 2026"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd."),
    2027: V("In 2027 bezoeken energiecoaches van de gemeente ten minste 250 huishoudens in huurwoningen van Rietkraag.",
            F([G], "firm", [(250, "huishoudens", "min")], (2027, "In 2027"), rec=True),
            "strengthened", ["quantity"], note="Meer huisbezoeken dankzij extra coaches."),
})
add("energiebudget", "duurzaam", [D, B], {
    2025: V("Rietkraag stelt in 2025 € 50.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders met een laag inkomen.",
            F([C], "firm", [(50000, "euro", "exact")], (2025, "in 2025"), rec=True)),
    2026: V("Rietkraag stelt in 2026 € 40.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders met een laag inkomen.",
            F([C], "firm", [(40000, "euro", "exact")], (2026, "in 2026"), rec=True),
            "weakened", ["quantity"], note="Budget verlaagd; onderbesteding in 2025."),
    2027: V("Voor kleine energiebesparende maatregelen bij huurders met een laag inkomen stelt Rietkraag in 2027 een bedrag van € 40.000 beschikbaar.",
            F([C], "firm", [(40000, "euro", "exact")], (2027, "in 2027"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd."),
})
add("hittestress", "duurzaam", [D, L], {
    2026: V("Partijen gaan in 2026 met elkaar in gesprek over een gezamenlijke aanpak van hittestress in de wijk Rietvelden.",
            F([P], "discuss", [], (2026, "in 2026")), note="Nieuw."),
    2027: V("De gemeente en Rietkraag stellen in 2027 een plan van aanpak voor hittestress in de wijk Rietvelden op.",
            F([G, C], "firm", [], (2027, "in 2027")),
            "strengthened", ["modality"], note="Gesprek heeft geleid tot een concrete opdracht."),
})

# ---------------------------------------------------------------- 4 Kwaliteit
add("vocht-schimmel", "kwaliteit", [K], {
    2025: V("Rietkraag reageert binnen vijf werkdagen op elke melding van vocht of schimmel en plant zo nodig direct een inspectie in.",
            F([C], "firm", [(5, "werkdagen", "max")])),
    2026: SAME(),
    2027: V("Rietkraag reageert binnen drie werkdagen op elke melding van vocht of schimmel en plant zo nodig direct een inspectie in.",
            F([C], "firm", [(3, "werkdagen", "max")]),
            "strengthened", ["quantity"], note="Reactietermijn verkort."),
})
add("rookmelders", "kwaliteit", [K], {
    2025: V("Rietkraag voorziet uiterlijk eind 2025 alle woningen van een rookmelder op elke verdieping.",
            F([C], "firm", [], (2025, "uiterlijk eind 2025"))),
    2026: DROP("Vervallen: uitgevoerd."),
})
add("labelen-toegankelijk", "kwaliteit", [K], {
    2025: V("Rietkraag labelt uiterlijk eind 2025 alle geschikte woningen als seniorenwoning of rolstoeltoegankelijke woning in het woonruimteverdeelsysteem.",
            F([C], "firm", [], (2025, "uiterlijk eind 2025"))),
    2026: V("Rietkraag labelt uiterlijk medio 2026 alle geschikte woningen als seniorenwoning of rolstoeltoegankelijke woning in het woonruimteverdeelsysteem.",
            F([C], "firm", [], (2026, "uiterlijk medio 2026")),
            "weakened", ["deadline"], note="Nog niet afgerond; termijn verlengd."),
    2027: DROP("Vervallen: afgerond in 2026."),
})
add("woningaanpassingen", "kwaliteit", [K], {
    2025: V("De gemeente en Rietkraag handelen aanvragen voor woningaanpassingen uit de Wmo binnen acht weken af.",
            F([G, C], "firm", [(8, "weken", "max")])),
    2026: V("Aanvragen voor woningaanpassingen in het kader van de Wmo worden door de gemeente en Rietkraag binnen acht weken afgehandeld.",
            F([G, C], "firm", [(8, "weken", "max")]),
            "reworded", hn="same_figures", note="Redactionele aanpassing."),
    2027: V("Aanvragen voor woningaanpassingen in het kader van de Wmo worden door de gemeente en Rietkraag binnen tien weken afgehandeld.",
            F([G, C], "firm", [(10, "weken", "max")]),
            "weakened", ["quantity"], note="Termijn verlengd door personeelstekort bij de uitvoerder."),
})
add("woonvorm-dementie", "kwaliteit", [K, B], {
    2025: V("Rietkraag realiseert in 2025 in samenwerking met zorgaanbieder De Waterlelie een woonvorm met 16 appartementen voor ouderen met dementie.",
            F([C], "firm", [(16, "woningen", "exact")], (2025, "in 2025"))),
    2026: V("Rietkraag onderzoekt in 2026 met zorgaanbieder De Waterlelie de haalbaarheid van een woonvorm met 16 appartementen voor ouderen met dementie.",
            F([C], "explore", [(16, "woningen", "exact")], (2026, "in 2026")),
            "weakened", ["modality", "deadline"], note="Locatie viel af; haalbaarheid wordt opnieuw bekeken."),
    2027: V("Rietkraag realiseert uiterlijk in 2028 in samenwerking met zorgaanbieder De Waterlelie een woonvorm met 16 appartementen voor ouderen met dementie.",
            F([C], "firm", [(16, "woningen", "exact")], (2028, "uiterlijk in 2028")),
            "strengthened", ["modality"], note="Nieuwe locatie gevonden aan de Brasemstraat."),
})
add("huurdersoordeel", "kwaliteit", [K], {
    2025: V("Rietkraag behaalt voor het dagelijks onderhoud een huurdersoordeel van gemiddeld ten minste een 7,5.",
            F([C], "firm", [(7.5, "cijfer", "min")])),
    2026: SAME(),
    2027: V("Rietkraag streeft naar een huurdersoordeel voor het dagelijks onderhoud van gemiddeld ten minste een 7,5.",
            F([C], "intent", [(7.5, "cijfer", "min")]),
            "weakened", ["modality"], note="Geformuleerd als streefwaarde."),
})
add("brandveiligheid-galerij", "kwaliteit", [K], {
    2026: V("Rietkraag voert uiterlijk eind 2027 in alle complexen met een galerij een brandveiligheidsinspectie uit.",
            F([C], "firm", [], (2027, "uiterlijk eind 2027")), note="Nieuw."),
    2027: V("Rietkraag voert uiterlijk eind 2027 in de vijf oudste complexen met een galerij een brandveiligheidsinspectie uit.",
            F([C], "firm", [(5, "complexen", "exact")], (2027, "uiterlijk eind 2027")),
            "weakened", ["scope"], note="Beperkt tot de oudste complexen."),
})

# ---------------------------------------------------------------- 5 Leefbare wijken
add("leefbaarheidsbudget", "wijken", [L], {
    2025: V("Rietkraag besteedt in 2025 gemiddeld € 120 per woning aan leefbaarheid.",
            F([C], "firm", [(120, "euro per woning", "exact")], (2025, "in 2025"), rec=True)),
    2026: V("Rietkraag besteedt in 2026 gemiddeld € 135 per woning aan leefbaarheid.",
            F([C], "firm", [(135, "euro per woning", "exact")], (2026, "in 2026"), rec=True),
            "strengthened", ["quantity"], note="Budget verhoogd binnen de wettelijke ruimte."),
    2027: V("Rietkraag besteedt in 2027 gemiddeld € 135 per woning aan leefbaarheid.",
            F([C], "firm", [(135, "euro per woning", "exact")], (2027, "in 2027"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd."),
})
add("huismeesters", "wijken", [L], {
    2025: V("Rietkraag zet in de wijken Meerzicht en Rietvelden elk ten minste 32 uur per week een huismeester in.",
            F([C], "firm", [(32, "uur per week", "min")])),
    2026: V("Rietkraag zet in de wijken Meerzicht, Rietvelden en De Kolk elk ten minste 32 uur per week een huismeester in.",
            F([C], "firm", [(32, "uur per week", "min")]),
            "strengthened", ["scope"], note="Uitgebreid naar De Kolk."),
    2027: SAME(),
})
add("begeleiding-uitstroom", "wijken", [L, B], {
    2025: V("Bij elke uitstroom uit beschermd wonen naar een woning van Rietkraag stellen partijen een begeleidingsplan op voor een periode van ten minste een jaar.",
            F([P], "firm", [(1, "jaar", "min")])),
    2026: SAME(),
    2027: V("Partijen stellen een begeleidingsplan van minimaal één jaar op voor iedere huurder die vanuit beschermd wonen een woning van Rietkraag betrekt.",
            F([P], "firm", [(1, "jaar", "min")]),
            "reworded", hn="same_figures", note="Redactionele aanpassing."),
})
add("wijkoverleg-overlast", "wijken", [L], {
    2025: V("De gemeente, Rietkraag en de politie voeren ten minste vier keer per jaar een wijkoverleg over overlast in Meerzicht.",
            F([G, C], "firm", [(4, "keer per jaar", "min")], rec=True)),
    2026: V("De gemeente, Rietkraag en de politie voeren ten minste twee keer per jaar een wijkoverleg over overlast in Meerzicht.",
            F([G, C], "firm", [(2, "keer per jaar", "min")], rec=True),
            "weakened", ["quantity"], note="Frequentie verlaagd; tussentijds overleg bij incidenten."),
    2027: SAME(),
})
add("bewonersinitiatieven", "wijken", [L], {
    2025: V("De gemeente stelt in 2025 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel huurwoningen.",
            F([G], "firm", [(30000, "euro", "exact")], (2025, "in 2025"), rec=True)),
    2026: V("Onder voorbehoud van vaststelling van de gemeentebegroting 2026 stelt de gemeente in 2026 € 30.000 beschikbaar voor bewonersinitiatieven in wijken met veel huurwoningen.",
            F([G], "firm", [(30000, "euro", "exact")], (2026, "in 2026"), rec=True,
              cond=["onder voorbehoud van vaststelling van de gemeentebegroting 2026"]),
            "weakened", ["condition"], note="Begrotingsvoorbehoud toegevoegd."),
    2027: DROP("Vervallen: de regeling is opgenomen in het gemeentelijke subsidiebeleid."),
})
add("ontmoetingsruimten", "wijken", [L], {
    2025: V("Rietkraag en De Zwaan bekijken in 2025 hoe de ontmoetingsruimten in de seniorencomplexen beter kunnen worden benut.",
            F([C, H], "explore", [], (2025, "in 2025"))),
    2026: DROP("Vervallen: opgevolgd door de afspraak over De Wiekslag."),
})
add("ontmoeting-wiekslag", "wijken", [L], {
    2026: V("Rietkraag opent in 2026 een ontmoetingsruimte in het complex De Wiekslag, die ten minste drie dagdelen per week open is.",
            F([C], "firm", [(3, "dagdelen per week", "min")], (2026, "in 2026")), note="Nieuw."),
    2027: V("De ontmoetingsruimte in het complex De Wiekslag is ten minste drie dagdelen per week open; Rietkraag draagt zorg voor de openstelling.",
            F([C], "firm", [(3, "dagdelen per week", "min")]),
            "reworded", hn="same_figures", note="Ruimte is geopend; tekst aangepast."),
})
add("buurtschouw", "wijken", [L], {
    2027: V("De gemeente en Rietkraag voeren in 2027 een buurtschouw uit in alle buurten met meer dan 40% sociale huur.",
            F([G, C], "firm", [(40, "%", "min")], (2027, "in 2027")), note="Nieuw."),
})

# ---------------------------------------------------------------- 6 Samenwerking
add("monitoring", "samenwerking", [O], {
    2025: V("Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg.",
            F([P], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    2026: SAME(),
    2027: V("De voortgang van deze afspraken wordt tweemaal per jaar door partijen gemonitord in het tripartiete overleg.",
            F([P], "firm", [(2, "keer per jaar", "exact")], rec=True),
            "reworded", hn="same_figures", note="Redactionele aanpassing."),
})
add("ondersteuning-huurders", "samenwerking", [O], {
    2025: V("Rietkraag stelt De Zwaan jaarlijks een budget van € 18.000 beschikbaar voor ondersteuning en scholing.",
            F([C], "firm", [(18000, "euro", "exact")], rec=True)),
    2026: V("Rietkraag stelt De Zwaan jaarlijks een budget van € 20.000 beschikbaar voor ondersteuning en scholing.",
            F([C], "firm", [(20000, "euro", "exact")], rec=True),
            "strengthened", ["quantity"], note="Budget verhoogd."),
    2027: SAME(),
})
add("bod", "samenwerking", [O], {
    2025: V("Rietkraag stuurt haar bod op de woonvisie vóór 1 juli 2025 aan de gemeente en De Zwaan.",
            F([C], "firm", [], (2025, "vóór 1 juli 2025"), rec=True)),
    2026: V("Rietkraag stuurt haar bod op de woonvisie vóór 1 juli 2026 aan de gemeente en De Zwaan.",
            F([C], "firm", [], (2026, "vóór 1 juli 2026"), rec=True),
            "reworded", hn="recurring_year", note="Jaartal geactualiseerd."),
    2027: V("Rietkraag stuurt haar bod op de woonvisie vóór 1 juni 2027 aan de gemeente en De Zwaan.",
            F([C], "firm", [], (2027, "vóór 1 juni 2027"), rec=True),
            "strengthened", ["deadline"], note="Een maand eerder, zodat meer tijd voor overleg resteert."),
})
add("evaluatie-samenwerking", "samenwerking", [O], {
    2025: V("Partijen evalueren in 2025 de samenwerking en gebruiken de uitkomsten bij het opstellen van de afspraken voor 2026.",
            F([P], "firm", [], (2025, "in 2025"))),
    2026: DROP("Vervallen: evaluatie afgerond in oktober 2025."),
})
add("geschillen", "samenwerking", [O], {
    2025: V("Geschillen over de uitvoering van deze afspraken leggen partijen, indien zij er in het bestuurlijk overleg niet uitkomen, voor aan de adviescommissie als bedoeld in het Besluit toegelaten instellingen volkshuisvesting 2015.",
            F([P], "firm", [], cond=["indien zij er in het bestuurlijk overleg niet uitkomen"])),
    2026: SAME(),
    2027: SAME(),
})
add("meerjarige-afspraken", "samenwerking", [O], {
    2027: V("Partijen onderzoeken in 2027 of de prestatieafspraken vanaf 2028 voor een periode van vier jaar kunnen worden gesloten.",
            F([P], "explore", [(4, "jaar", "exact")], (2027, "in 2027")), note="Nieuw."),
})

# ---------------------------------------------------------------- non-afspraken text
COVER = {
    2025: ("Prestatieafspraken Zwanemeer 2025", "Afspraken tussen de gemeente Zwanemeer, Woonstichting Rietkraag en Huurdersvereniging De Zwaan"),
    2026: ("Prestatieafspraken Zwanemeer 2026", "Actualisatie in synopsisvorm van de prestatieafspraken 2025"),
    2027: ("Prestatieafspraken Zwanemeer 2027", "Actualisatie in synopsisvorm van de prestatieafspraken 2026"),
}

INTRO_2025 = [
    ("Partijen", [
        "De gemeente Zwanemeer, hierna: de gemeente, vertegenwoordigd door de wethouder Wonen;",
        "Woonstichting Rietkraag, hierna: Rietkraag, vertegenwoordigd door de directeur-bestuurder;",
        "Huurdersvereniging De Zwaan, hierna: De Zwaan, vertegenwoordigd door de voorzitter.",
    ]),
    ("1. Inleiding", [
        "Deze prestatieafspraken geven uitvoering aan de woonvisie ‘Thuis aan het meer’, die de gemeenteraad in maart 2024 heeft vastgesteld. Rietkraag heeft op 27 juni 2024 haar bod uitgebracht. In het najaar van 2024 hebben de drie partijen op basis daarvan onderhandeld.",
        "In 2024 heeft Rietkraag 28 sociale huurwoningen opgeleverd en zijn 94 woningen geïsoleerd. De gemiddelde wachttijd voor een sociale huurwoning bedroeg 4,2 jaar. Deze cijfers zijn bedoeld als achtergrond en maken geen deel uit van de afspraken.",
        "De afspraken zijn per thema genummerd. Waar in deze tekst ‘partijen’ staat, zijn de gemeente, Rietkraag en De Zwaan samen bedoeld.",
    ]),
]

KERNCIJFERS = [
    ("Kerncijfer (peildatum 1 januari 2025)", "Aantal"),
    ("Sociale huurwoningen Rietkraag in Zwanemeer", "3.184"),
    ("Woningen met energielabel E, F of G", "402"),
    ("Gemiddelde inschrijfduur bij toewijzing", "4,2 jaar"),
    ("Huishoudens met een huurachterstand van meer dan drie maanden", "61"),
    ("Huisuitzettingen in 2024", "3"),
]

LEESWIJZER = {
    2026: [
        "Partijen hebben in december 2024 de prestatieafspraken 2025 ondertekend. Deze afspraken worden jaarlijks geactualiseerd. In plaats van een volledig nieuw document publiceren partijen voor 2026 een synopsis: een overzicht waarin de tekst van vorig jaar en de tekst voor dit jaar naast elkaar staan.",
        "Per hoofdstuk is een tabel met drie kolommen opgenomen. De linkerkolom bevat de tekst zoals die in de prestatieafspraken 2025 stond, met het toenmalige nummer. De middelste kolom bevat de afspraak zoals die voor 2026 geldt, met het nieuwe nummer. De rechterkolom licht de wijziging toe.",
        "Alleen de middelste kolom bevat de afspraken voor 2026. Is een afspraak niet gewijzigd, dan staat in beide tekstkolommen dezelfde tekst en in de toelichting ‘ongewijzigd’. Een nieuwe afspraak heeft een lege linkerkolom; een vervallen afspraak heeft een lege middelste kolom. Afspraken zijn per hoofdstuk opnieuw doorgenummerd.",
    ],
    2027: [
        "De prestatieafspraken 2025 zijn in 2026 geactualiseerd in synopsisvorm. Voor 2027 volgen partijen dezelfde werkwijze: de tekst van de afspraken 2026 en de tekst voor 2027 staan per hoofdstuk naast elkaar, met een toelichting op elke wijziging.",
        "Alleen de middelste kolom (‘Tekst 2027’) bevat de afspraken die in 2027 gelden. De linkerkolom is uitsluitend ter vergelijking opgenomen; de rechterkolom is een toelichting en geen afspraak. Een streepje betekent dat er geen tekst is: bij een nieuwe afspraak links, bij een vervallen afspraak in het midden. De nummering is per hoofdstuk aangepast aan de actuele volgorde.",
    ],
}

TERUGBLIK = {
    2026: "Terugblik 2025. In 2025 zijn 36 woningen in Lisdoddeveld niet, zoals gepland, opgeleverd; de oplevering schoof door naar 2026. Er zijn 131 woningen geïsoleerd en 85 woningen van een slecht energielabel verbeterd. De evaluatie van de samenwerking is in oktober 2025 afgerond.",
    2027: "Terugblik 2026. Rietkraag heeft de 36 woningen in Lisdoddeveld in juni 2026 opgeleverd en de verhuisregeling voor senioren ingevoerd. De zonnepanelen in Rietvelden zijn geplaatst. De labelverbetering liep vertraging op doordat bewoners in twee complexen niet instemden.",
}

CLOSING = "Aldus overeengekomen en ondertekend te Zwanemeer op {date}."
SIGN_DATE = {2025: "12 december 2024", 2026: "10 december 2025", 2027: "9 december 2026"}
SIGNATORIES = [
    ("Gemeente Zwanemeer", "J.M. van Rooijen-Bakker", "wethouder Wonen"),
    ("Woonstichting Rietkraag", "drs. H. Oostindiër", "directeur-bestuurder"),
    ("Huurdersvereniging De Zwaan", "W. Terpstra", "voorzitter"),
]
