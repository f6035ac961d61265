# -*- coding: utf-8 -*-
"""Content of the hazelrode family: prestatieafspraken Hazelrode 2024, 2025, 2026 (fictional)."""

GEMEENTE = "Hazelrode"
CORPS = ["Woonstichting Lindeborgh", "Veldzicht Wonen"]
HUURDERS = ["Huurdersplatform De Hazelaar"]
YEARS = [2024, 2025, 2026]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def fr(actors, mod, q=(), dl=None, rec=False, cond=()):
    quants = []
    for item in q:
        v, unit, comp = item[0], item[1], item[2]
        vmax = item[3] if len(item) > 3 else None
        quants.append({"value": v, "unit": unit, "comparator": comp, "value_max": vmax})
    return {"actors": list(actors), "modality": mod, "quantities": quants,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# chapter titles per year
CHAPTERS = {
    2024: {"B": "2 Betaalbaar en beschikbaar wonen", "D": "3 Duurzaam wonen en energietransitie",
           "K": "4 Kwaliteit, wonen en zorg", "L": "5 Prettig wonen in de wijk",
           "O": "6 Samenwerking en proces"},
    2025: {"B": "2 Betaalbaar en beschikbaar wonen", "D": "3 Energietransitie en klimaat",
           "K": "4 Goed en veilig wonen", "L": "5 Leefbare wijken, wonen en zorg",
           "O": "6 Samenwerking en proces"},
}
CHAPTERS[2026] = dict(CHAPTERS[2025])

# Each afspraak: key -> dict(themes=[...], v={year: (chapter, text, frame)})
A = {}


def add(key, themes, **versions):
    A[key] = {"themes": themes, "v": {int(y[1:]): v for y, v in versions.items()}}


# ---------------- B: betaalbaar en beschikbaar ----------------
add("nieuwbouw-sociaal", [BB],
    y2024=("B", "Lindeborgh en Veldzicht Wonen realiseren in 2024 samen ten minste 85 sociale huurwoningen, waarvan 60 in het plan Molenakker en 25 aan de Kerkewei. De gemeente werkt mee aan een vlotte afhandeling van de omgevingsvergunningen.",
           fr([C], "firm", [(85, "woningen", "min")], (2024, "in 2024"), True)),
    y2025=("B", "Lindeborgh en Veldzicht Wonen realiseren in 2025 samen ten minste 70 sociale huurwoningen, waarvan 45 in het plan Molenakker en 25 in de Stationsbuurt. De gemeente werkt mee aan een vlotte afhandeling van de omgevingsvergunningen.",
           fr([C], "firm", [(70, "woningen", "min")], (2025, "in 2025"), True)),
    y2026=("B", "Lindeborgh en Veldzicht Wonen realiseren in 2026 samen ten minste 95 sociale huurwoningen, waarvan 55 in het plan Molenakker en 40 in de Stationsbuurt. De gemeente werkt mee aan een vlotte afhandeling van de omgevingsvergunningen.",
           fr([C], "firm", [(95, "woningen", "min")], (2026, "in 2026"), True)),
)
add("locaties-sociale-huur", [BB],
    y2024=("B", "De gemeente zorgt ervoor dat vóór 1 juli 2024 ten minste twee nieuwe locaties voor sociale huur bestuurlijk zijn aangewezen en stelt deze tegen een sociale grondprijs beschikbaar aan de corporaties.",
           fr([G], "firm", [(2, "locaties", "min")], (2024, "vóór 1 juli 2024"))),
    y2025=("B", "De gemeente streeft ernaar om in de loop van 2025 twee nieuwe locaties voor sociale huur aan te wijzen en bekijkt of deze tegen een sociale grondprijs aan de corporaties beschikbaar kunnen worden gesteld.",
           fr([G], "intent", [(2, "locaties", "exact")], (2025, "in de loop van 2025"))),
    y2026=("B", "De gemeente wijst uiterlijk 1 april 2026 twee nieuwe locaties voor sociale huur aan en stelt deze tegen een sociale grondprijs beschikbaar aan de corporaties.",
           fr([G], "firm", [(2, "locaties", "exact")], (2026, "uiterlijk 1 april 2026"))),
)
add("verkoop", [BB],
    y2024=("B", "Lindeborgh verkoopt in 2024 maximaal 15 sociale huurwoningen uit de complexen die in de portefeuillestrategie als verkoopbaar zijn aangemerkt; de opbrengst wordt ingezet voor nieuwbouw in Hazelrode.",
           fr([C], "firm", [(15, "woningen", "max")], (2024, "in 2024"), True)),
    y2025=("B", "Lindeborgh verkoopt in 2025 maximaal 8 sociale huurwoningen uit de complexen die in de portefeuillestrategie als verkoopbaar zijn aangemerkt; de opbrengst wordt ingezet voor nieuwbouw in Hazelrode.",
           fr([C], "firm", [(8, "woningen", "max")], (2025, "in 2025"), True)),
    y2026=("B", "Lindeborgh verkoopt in 2026 maximaal 12 sociale huurwoningen uit de complexen die in de portefeuillestrategie als verkoopbaar zijn aangemerkt; de opbrengst wordt ingezet voor nieuwbouw in Hazelrode.",
           fr([C], "firm", [(12, "woningen", "max")], (2026, "in 2026"), True)),
)
add("liberalisatie", [BB],
    y2024=("B", "Veldzicht Wonen liberaliseert in 2024 bij mutatie ten hoogste 10 sociale huurwoningen naar middenhuur.",
           fr([C], "firm", [(10, "woningen", "max")], (2024, "in 2024"), True)),
    y2025=("B", "Veldzicht Wonen liberaliseert in 2025 bij mutatie geen sociale huurwoningen naar middenhuur.",
           fr([C], "firm", [(0, "woningen", "exact")], (2025, "in 2025"), True)),
    y2026=("B", "Veldzicht Wonen liberaliseert in 2026 bij mutatie geen sociale huurwoningen naar middenhuur.",
           fr([C], "firm", [(0, "woningen", "exact")], (2026, "in 2026"), True)),
)
add("huurverhoging", [BB],
    y2024=("B", "De corporaties voeren per 1 juli 2024 een gemiddelde huurverhoging door die maximaal gelijk is aan de inflatie en blijven daarbij binnen de door het Rijk vastgestelde maximale huurverhoging. Het Huurdersplatform wordt vooraf om advies gevraagd over het huurvoorstel.",
           fr([C], "firm", [], (2024, "per 1 juli 2024"), True)),
    y2025=("B", "De corporaties voeren per 1 juli 2025 een gemiddelde huurverhoging door die ten minste 0,5% onder de inflatie ligt en blijven daarbij binnen de door het Rijk vastgestelde maximale huurverhoging. Het Huurdersplatform wordt vooraf om advies gevraagd over het huurvoorstel.",
           fr([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
    y2026=("B", "De corporaties voeren per 1 juli 2026 een gemiddelde huurverhoging door die ten minste 0,5% onder de inflatie ligt en blijven daarbij binnen de door het Rijk vastgestelde maximale huurverhoging. Het Huurdersplatform wordt vooraf om advies gevraagd over het huurvoorstel.",
           fr([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
)
add("doelgroep-toewijzing", [BB],
    y2024=("B", "De corporaties wijzen ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 47.699 (prijspeil 2024), de inkomensgrens voor de sociale doelgroep.",
           fr([C], "firm", [(92.5, "%", "min"), (47699, "euro", "max")], None, True)),
    y2025=("B", "De corporaties wijzen ten minste 92,5% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 49.135 (prijspeil 2025), de inkomensgrens voor de sociale doelgroep.",
           fr([C], "firm", [(92.5, "%", "min"), (49135, "euro", "max")], None, True)),
    y2026=("B", "De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen toe aan huishoudens met een inkomen tot € 50.402 (prijspeil 2026), de inkomensgrens voor de sociale doelgroep.",
           fr([C], "firm", [(95, "%", "min"), (50402, "euro", "max")], None, True)),
)
add("vrije-toewijzingsruimte", [BB],
    y2024=("B", "Partijen maken afspraken over de inzet van de vrije toewijzingsruimte voor lokale starters en voor ouderen die vanuit een eengezinswoning doorstromen.",
           fr([P], "discuss")),
    y2025=("B", "Partijen werken volgens de gemaakte afspraken over de inzet van de vrije toewijzingsruimte voor lokale starters en voor ouderen die vanuit een eengezinswoning doorstromen.",
           fr([P], "firm")),
    y2026=("B", "Partijen werken volgens de gemaakte afspraken over de inzet van de vrije toewijzingsruimte voor lokale starters en voor ouderen die vanuit een eengezinswoning doorstromen.",
           fr([P], "firm")),
)
add("vergunninghouders", [BB],
    y2024=("B", "De corporaties huisvesten in 2024 naar rato van hun woningbezit in totaal 48 vergunninghouders, overeenkomstig de taakstelling die het Rijk aan de gemeente heeft opgelegd. De gemeente zorgt voor tijdige aanlevering van de kandidaten via het COA.",
           fr([C], "firm", [(48, "vergunninghouders", "exact")], (2024, "in 2024"), True)),
    y2025=("B", "De corporaties huisvesten in 2025 naar rato van hun woningbezit in totaal 61 vergunninghouders, overeenkomstig de taakstelling die het Rijk aan de gemeente heeft opgelegd. De gemeente zorgt voor tijdige aanlevering van de kandidaten via het COA.",
           fr([C], "firm", [(61, "vergunninghouders", "exact")], (2025, "in 2025"), True)),
    y2026=("B", "De corporaties huisvesten in 2026 naar rato van hun woningbezit in totaal 54 vergunninghouders, overeenkomstig de taakstelling die het Rijk aan de gemeente heeft opgelegd. De gemeente zorgt voor tijdige aanlevering van de kandidaten via het COA.",
           fr([C], "firm", [(54, "vergunninghouders", "exact")], (2026, "in 2026"), True)),
)
add("verhuiscoach", [BB],
    y2024=("B", "Lindeborgh onderzoekt of een verhuiscoach voor senioren kan worden ingezet om de doorstroming vanuit grote eengezinswoningen naar passende appartementen te bevorderen.",
           fr([C], "explore")),
    y2025=("B", "Lindeborgh zet vanaf 1 maart 2025 een verhuiscoach in die senioren in grote eengezinswoningen begeleidt bij de verhuizing naar een passend appartement.",
           fr([C], "firm", [], (2025, "vanaf 1 maart 2025"))),
    y2026=("B", "Lindeborgh en Veldzicht Wonen zetten gezamenlijk een verhuiscoach in die senioren in grote eengezinswoningen van beide corporaties begeleidt bij de verhuizing naar een passend appartement.",
           fr([C], "firm")),
)
add("huurachterstand", [BB],
    y2024=("B", "De corporaties nemen uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
           fr([C], "firm", [(2, "maanden", "max")], None, True)),
    y2025=("B", "De corporaties nemen uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
           fr([C], "firm", [(1, "maanden", "max")], None, True)),
    y2026=("B", "De corporaties nemen uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het team Vroegsignalering van de gemeente.",
           fr([C], "firm", [(1, "maanden", "max")], None, True)),
)
add("huisuitzettingen", [BB, LB],
    y2024=("B", "Partijen streven ernaar dat in 2024 niet meer dan vijf huisuitzettingen wegens huurachterstand plaatsvinden en zetten daartoe in op vroegtijdige schuldhulpverlening.",
           fr([P], "intent", [(5, "huisuitzettingen", "max")], (2024, "in 2024"), True)),
    y2025=("B", "Partijen streven ernaar dat in 2025 niet meer dan vijf huisuitzettingen wegens huurachterstand plaatsvinden en zetten daartoe in op vroegtijdige schuldhulpverlening.",
           fr([P], "intent", [(5, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    y2026=("B", "Partijen streven ernaar dat in 2026 niet meer dan acht huisuitzettingen wegens huurachterstand plaatsvinden en zetten daartoe in op vroegtijdige schuldhulpverlening.",
           fr([P], "intent", [(8, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
)
add("wachttijd", [BB],
    y2024=("B", "Partijen streven naar een gemiddelde inschrijfduur van maximaal 5 jaar voor woningzoekenden die een sociale huurwoning krijgen toegewezen.",
           fr([P], "intent", [(5, "jaar", "max")])),
    y2025=("B", "Partijen streven naar een gemiddelde inschrijfduur van maximaal 6 jaar voor woningzoekenden die een sociale huurwoning krijgen toegewezen.",
           fr([P], "intent", [(6, "jaar", "max")])),
    y2026=("B", "Voor woningzoekenden die een sociale huurwoning krijgen toegewezen wordt door partijen gestreefd naar een gemiddelde inschrijfduur van ten hoogste 6 jaar.",
           fr([P], "intent", [(6, "jaar", "max")])),
)
add("pilot-woningdelen", [BB],
    y2024=("B", "Partijen verkennen of een pilot met woningdelen voor jongeren tot 27 jaar in de Stationsbuurt haalbaar is en bespreken de uitkomst in het tripartiete overleg.",
           fr([P], "explore")),
)
add("evaluatie-urgentie", [BB],
    y2024=("B", "De gemeente evalueert in 2024 de urgentieregeling in de huisvestingsverordening en bespreekt de uitkomsten met de corporaties en het Huurdersplatform voordat de verordening wordt gewijzigd.",
           fr([G], "firm", [], (2024, "in 2024"))),
)
add("tijdelijke-woningen", [BB],
    y2025=("B", "De gemeente en Veldzicht Wonen onderzoeken of op de locatie van de voormalige gemeentewerf tijdelijke woningen voor spoedzoekers kunnen worden geplaatst.",
           fr([G, C], "explore")),
    y2026=("B", "De gemeente en Veldzicht Wonen plaatsen vóór eind 2026 op de locatie van de voormalige gemeentewerf 24 tijdelijke woningen voor spoedzoekers.",
           fr([G, C], "firm", [(24, "woningen", "exact")], (2026, "vóór eind 2026"))),
)
add("woondeal", [BB],
    y2025=("B", "Partijen dragen bij aan de uitvoering van de Woondeal regio Hazeldal; in nieuwe woningbouwplannen in Hazelrode bestaat ten minste 30% van de woningen uit sociale huur.",
           fr([P], "firm", [(30, "%", "min")])),
    y2026=("B", "Partijen dragen bij aan de uitvoering van de Woondeal regio Hazeldal; in nieuwe woningbouwplannen in Hazelrode bestaat ten minste 35% van de woningen uit sociale huur.",
           fr([P], "firm", [(35, "%", "min")])),
)

# ---------------- D: duurzaamheid ----------------
add("label-efg", [DK],
    y2024=("D", "Lindeborgh en Veldzicht Wonen hebben eind 2026 geen woningen meer met een energielabel E, F of G. In 2024 worden daartoe 140 woningen met een E-, F- of G-label verbeterd naar ten minste label C.",
           fr([C], "firm", [(140, "woningen", "exact")], (2026, "eind 2026"))),
    y2025=("D", "Lindeborgh en Veldzicht Wonen hebben eind 2026 geen woningen meer met een energielabel E, F of G. In 2025 worden daartoe de resterende 90 woningen met een E-, F- of G-label verbeterd naar ten minste label C.",
           fr([C], "firm", [(90, "woningen", "exact")], (2026, "eind 2026"))),
    y2026=("D", "Lindeborgh en Veldzicht Wonen hebben eind 2027 geen woningen meer met een energielabel E, F of G. De laatste 25 woningen met een E-, F- of G-label worden in 2026 en 2027 verbeterd naar ten minste label C.",
           fr([C], "firm", [(25, "woningen", "exact")], (2027, "eind 2027"))),
)
add("isolatie", [DK],
    y2024=("D", "Veldzicht Wonen isoleert in 2024 ten minste 120 woningen tot het niveau van de standaard voor woningisolatie, waarbij dak, gevel, vloer en glas in samenhang worden aangepakt.",
           fr([C], "firm", [(120, "woningen", "min")], (2024, "in 2024"), True)),
    y2025=("D", "Veldzicht Wonen isoleert in 2025 ten minste 150 woningen tot het niveau van de standaard voor woningisolatie, waarbij dak, gevel, vloer en glas in samenhang worden aangepakt.",
           fr([C], "firm", [(150, "woningen", "min")], (2025, "in 2025"), True)),
    y2026=("D", "Veldzicht Wonen isoleert in 2026, onder voorbehoud van toekenning van de Rijkssubsidie, ten minste 150 woningen tot het niveau van de standaard voor woningisolatie, waarbij dak, gevel, vloer en glas in samenhang worden aangepakt.",
           fr([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"), True, ["onder voorbehoud van toekenning van de Rijkssubsidie"])),
)
add("gemiddeld-label", [DK],
    y2024=("D", "Lindeborgh bereikt eind 2025 voor haar totale woningbezit in Hazelrode gemiddeld energielabel B.",
           fr([C], "firm", [("B", "label", "min")], (2025, "eind 2025"))),
    y2025=("D", "Lindeborgh bereikt eind 2025 voor haar totale woningbezit in Hazelrode gemiddeld energielabel C.",
           fr([C], "firm", [("C", "label", "min")], (2025, "eind 2025"))),
    y2026=("D", "Lindeborgh bereikt eind 2026 voor haar totale woningbezit in Hazelrode gemiddeld energielabel C.",
           fr([C], "firm", [("C", "label", "min")], (2026, "eind 2026"))),
)
add("zonnepanelen", [DK],
    y2024=("D", "Veldzicht Wonen plaatst in 2024 zonnepanelen op 200 woningen, mits ten minste 70% van de bewoners van een complex met het voorstel instemt.",
           fr([C], "firm", [(200, "woningen", "exact")], (2024, "in 2024"), True, ["mits ten minste 70% van de bewoners van een complex met het voorstel instemt"])),
    y2025=("D", "Veldzicht Wonen plaatst in 2025 zonnepanelen op 200 woningen; huurders betalen hiervoor een vaste maandelijkse vergoeding die lager is dan de gemiddelde besparing.",
           fr([C], "firm", [(200, "woningen", "exact")], (2025, "in 2025"), True)),
    y2026=("D", "Veldzicht Wonen plaatst in 2026 zonnepanelen op 200 woningen; huurders betalen hiervoor een vaste maandelijkse vergoeding die lager is dan de gemiddelde besparing.",
           fr([C], "firm", [(200, "woningen", "exact")], (2026, "in 2026"), True)),
)
add("wijkuitvoeringsplan-haverkamp", [DK],
    y2024=("D", "De gemeente stelt vóór 1 oktober 2024 samen met de corporaties en bewoners een wijkuitvoeringsplan op voor het aardgasvrij maken van de wijk Haverkamp, in lijn met de transitievisie warmte.",
           fr([G], "firm", [], (2024, "vóór 1 oktober 2024"))),
    y2025=("D", "De gemeente stelt medio 2025 samen met de corporaties en bewoners een wijkuitvoeringsplan op voor het aardgasvrij maken van de wijk Haverkamp, in lijn met de transitievisie warmte.",
           fr([G], "firm", [], (2025, "medio 2025"))),
)
add("warmtenet-haverkamp", [DK],
    y2026=("D", "Lindeborgh en Veldzicht Wonen sluiten in 2026 de eerste 110 woningen in Haverkamp aan op het warmtenet, afhankelijk van de oplevering van het hoofdnet door het warmtebedrijf; de gemeente coördineert de planning.",
           fr([C], "firm", [(110, "woningen", "exact")], (2026, "in 2026"), False, ["afhankelijk van de oplevering van het hoofdnet door het warmtebedrijf"])),
)
add("energiecoaches", [DK, BB],
    y2024=("D", "De gemeente zet in 2024 energiecoaches in die huurders in alle wijken kosteloos adviseren over energiebesparing; de corporaties brengen de coaches actief onder de aandacht van hun huurders.",
           fr([G, C], "firm", [], (2024, "in 2024"), True)),
    y2025=("D", "De gemeente zet in 2025 energiecoaches in die huurders in de wijken Haverkamp en Oostervaart kosteloos adviseren over energiebesparing; de corporaties brengen de coaches actief onder de aandacht van hun huurders.",
           fr([G, C], "firm", [], (2025, "in 2025"), True)),
    y2026=("D", "De gemeente zet in 2026 energiecoaches in die huurders in alle wijken kosteloos adviseren over energiebesparing; de corporaties brengen de coaches actief onder de aandacht van hun huurders.",
           fr([G, C], "firm", [], (2026, "in 2026"), True)),
)
add("klimaatadaptatie", [DK],
    y2024=("D", "Partijen verkennen in 2024 hoe bij groot onderhoud en renovatie maatregelen tegen hittestress en wateroverlast, zoals groene daken en het afkoppelen van hemelwater, kunnen worden meegenomen.",
           fr([P], "explore", [], (2024, "in 2024"))),
    y2025=("D", "Bij groot onderhoud en renovatie nemen de corporaties standaard maatregelen tegen hittestress en wateroverlast mee, zoals groene daken en het afkoppelen van hemelwater; de gemeente draagt bij via de regeling klimaatadaptatie.",
           fr([C, G], "firm")),
    y2026=("D", "Bij groot onderhoud en renovatie nemen de corporaties standaard maatregelen tegen hittestress en wateroverlast mee, zoals groene daken en het afkoppelen van hemelwater; de gemeente draagt bij via de regeling klimaatadaptatie.",
           fr([C, G], "firm")),
)
add("energiearmoede-fonds", [DK, BB],
    y2025=("D", "De gemeente stelt in 2025 een bedrag van € 75.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders met een laag inkomen; de corporaties voeren de maatregelen uit.",
           fr([G, C], "firm", [(75000, "euro", "exact")], (2025, "in 2025"), True)),
    y2026=("D", "De gemeente stelt in 2026 een bedrag van € 60.000 beschikbaar voor kleine energiebesparende maatregelen bij huurders met een laag inkomen; de corporaties voeren de maatregelen uit.",
           fr([G, C], "firm", [(60000, "euro", "exact")], (2026, "in 2026"), True)),
)

# ---------------- K: kwaliteit ----------------
add("vocht-schimmel", [KW],
    y2024=("K", "De corporaties nemen een melding van vocht of schimmel binnen vijf werkdagen in behandeling en starten binnen vier weken met het herstel van de oorzaak.",
           fr([C], "firm", [(5, "dagen", "max"), (4, "weken", "max")], None, True)),
    y2025=("K", "De corporaties nemen een melding van vocht of schimmel binnen vijf werkdagen in behandeling en starten binnen vier weken met het herstel van de oorzaak.",
           fr([C], "firm", [(5, "dagen", "max"), (4, "weken", "max")], None, True)),
    y2026=("K", "De corporaties nemen een melding van vocht of schimmel binnen drie werkdagen in behandeling en starten binnen vier weken met het herstel van de oorzaak.",
           fr([C], "firm", [(3, "dagen", "max"), (4, "weken", "max")], None, True)),
)
add("seniorenlabel", [KW, BB],
    y2024=("K", "Lindeborgh labelt in 2024 ten minste 40 bestaande woningen als geschikt voor senioren en voegt deze toe aan het aanbod voor 55-plussers.",
           fr([C], "firm", [(40, "woningen", "min")], (2024, "in 2024"))),
    y2025=("K", "Lindeborgh bekijkt de mogelijkheid om in 2025 bestaande woningen als geschikt voor senioren te labelen en aan het aanbod voor 55-plussers toe te voegen.",
           fr([C], "explore", [], (2025, "in 2025"))),
)
add("wmo-aanpassingen", [KW],
    y2024=("K", "De gemeente en de corporaties stemmen woningaanpassingen vanuit de Wmo op elkaar af; aangepaste woningen worden bij mutatie bij voorrang toegewezen aan huishoudens met een passende zorgvraag.",
           fr([G, C], "firm")),
    y2025=("K", "De gemeente en de corporaties stemmen woningaanpassingen vanuit de Wmo op elkaar af; aangepaste woningen worden bij mutatie bij voorrang toegewezen aan huishoudens met een passende zorgvraag.",
           fr([G, C], "firm")),
    y2026=("K", "Woningaanpassingen vanuit de Wmo worden door de gemeente en de corporaties afgestemd; bij mutatie gaan aangepaste woningen bij voorrang naar huishoudens met een passende zorgvraag.",
           fr([G, C], "firm")),
)
add("uitstroom-bw", [BB, LB],
    y2024=("K", "De corporaties stellen in 2024 samen 12 woningen beschikbaar voor mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang; de gemeente draagt zorg voor passende begeleiding.",
           fr([C, G], "firm", [(12, "woningen", "exact")], (2024, "in 2024"), True)),
    y2025=("L", "De corporaties stellen in 2025 samen 15 woningen beschikbaar voor mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang; de gemeente draagt zorg voor passende begeleiding.",
           fr([C, G], "firm", [(15, "woningen", "exact")], (2025, "in 2025"), True)),
    y2026=("L", "De corporaties stellen in 2026 samen 15 woningen beschikbaar voor mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang; de gemeente draagt zorg voor passende begeleiding.",
           fr([C, G], "firm", [(15, "woningen", "exact")], (2026, "in 2026"), True)),
)
add("huurdersoordeel", [KW],
    y2024=("K", "Lindeborgh en Veldzicht Wonen streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling van reparatieverzoeken.",
           fr([C], "intent", [(7.5, "rapportcijfer", "min")])),
)
add("reparatietermijn", [KW],
    y2025=("K", "De corporaties voeren reparatieverzoeken die niet spoedeisend zijn binnen tien werkdagen na de melding uit.",
           fr([C], "firm", [(10, "dagen", "max")], None, True)),
    y2026=("K", "De corporaties voeren reparatieverzoeken die niet spoedeisend zijn binnen vijftien werkdagen na de melding uit.",
           fr([C], "firm", [(15, "dagen", "max")], None, True)),
)
add("groot-onderhoud", [KW],
    y2024=("K", "Veldzicht Wonen voert in 2024 groot onderhoud uit aan de complexen Lindenhof en Beukenrode, in totaal 96 woningen, en informeert de bewoners vooraf in een bewonersavond.",
           fr([C], "firm", [(96, "woningen", "exact")], (2024, "in 2024"))),
    y2025=("K", "Veldzicht Wonen rondt in het eerste kwartaal van 2025 het groot onderhoud af aan de complexen Lindenhof en Beukenrode, in totaal 96 woningen, en informeert de bewoners vooraf in een bewonersavond.",
           fr([C], "firm", [(96, "woningen", "exact")], (2025, "eerste kwartaal van 2025"))),
)
add("brandveiligheid", [KW],
    y2026=("K", "De corporaties controleren in 2026 in alle seniorencomplexen de rookmelders en vluchtwegen en herstellen gebreken binnen zes weken.",
           fr([C], "firm", [(6, "weken", "max")], (2026, "in 2026"))),
)

# ---------------- L: leefbaarheid ----------------
add("leefbaarheidsbudget", [LB],
    y2024=("L", "Lindeborgh en Veldzicht Wonen reserveren in 2024 gezamenlijk € 180.000 voor leefbaarheidsactiviteiten in de wijken, binnen de wettelijke ruimte voor uitgaven aan leefbaarheid.",
           fr([C], "firm", [(180000, "euro", "exact")], (2024, "in 2024"), True)),
    y2025=("L", "Lindeborgh en Veldzicht Wonen reserveren in 2025 gezamenlijk € 210.000 voor leefbaarheidsactiviteiten in de wijken, binnen de wettelijke ruimte voor uitgaven aan leefbaarheid.",
           fr([C], "firm", [(210000, "euro", "exact")], (2025, "in 2025"), True)),
    y2026=("L", "Lindeborgh en Veldzicht Wonen reserveren in 2026 gezamenlijk € 210.000 voor leefbaarheidsactiviteiten in de wijken, binnen de wettelijke ruimte voor uitgaven aan leefbaarheid.",
           fr([C], "firm", [(210000, "euro", "exact")], (2026, "in 2026"), True)),
)
add("wijkbeheerders", [LB],
    y2024=("L", "Lindeborgh zet in de wijken Haverkamp en De Weide elk een wijkbeheerder in die twee keer per week een inloopspreekuur houdt in het wijkcentrum.",
           fr([C], "firm", [(2, "keer per week", "exact")], None, True)),
    y2025=("L", "Lindeborgh zet in de wijken Haverkamp en De Weide elk een wijkbeheerder in die één keer per week een inloopspreekuur houdt in het wijkcentrum.",
           fr([C], "firm", [(1, "keer per week", "exact")], None, True)),
    y2026=("L", "Lindeborgh zet in de wijken Haverkamp en De Weide elk een wijkbeheerder in die één keer per week een inloopspreekuur houdt in het wijkcentrum.",
           fr([C], "firm", [(1, "keer per week", "exact")], None, True)),
)
add("overlast-aanpak", [LB],
    y2024=("L", "Partijen werken bij complexe overlastsituaties samen in het Veiligheidshuis en stellen binnen twee weken na een melding een gezamenlijk plan van aanpak op.",
           fr([P], "firm", [(2, "weken", "max")], None, True)),
    y2025=("L", "Bij complexe overlastsituaties wordt door partijen binnen twee weken na een melding in het Veiligheidshuis een gezamenlijk plan van aanpak opgesteld.",
           fr([P], "firm", [(2, "weken", "max")], None, True)),
    y2026=("L", "Bij complexe overlastsituaties wordt door partijen binnen drie weken na een melding in het Veiligheidshuis een gezamenlijk plan van aanpak opgesteld.",
           fr([P], "firm", [(3, "weken", "max")], None, True)),
)
add("bewonersinitiatieven", [LB],
    y2024=("L", "De gemeente en de corporaties ondersteunen bewonersinitiatieven in alle wijken van Hazelrode met een gezamenlijk budget van € 25.000 per jaar.",
           fr([G, C], "firm", [(25000, "euro", "exact")], None, True)),
    y2025=("L", "De gemeente en de corporaties ondersteunen bewonersinitiatieven in alle wijken van Hazelrode met een gezamenlijk budget van € 25.000 per jaar.",
           fr([G, C], "firm", [(25000, "euro", "exact")], None, True)),
    y2026=("L", "De gemeente en de corporaties ondersteunen bewonersinitiatieven in alle wijken van Hazelrode met een gezamenlijk budget van € 25.000 per jaar.",
           fr([G, C], "firm", [(25000, "euro", "exact")], None, True)),
)
add("ontmoetingsruimte", [LB],
    y2024=("L", "Veldzicht Wonen gaat in gesprek met de gemeente en welzijnsorganisatie Samen Hazelrode over het openstellen van de gemeenschappelijke ruimte in complex Lindenhof als ontmoetingsplek voor de buurt.",
           fr([C], "discuss")),
    y2025=("L", "Veldzicht Wonen stelt de gemeenschappelijke ruimte in complex Lindenhof vanaf 1 april 2025 open als ontmoetingsplek voor de buurt; welzijnsorganisatie Samen Hazelrode verzorgt de programmering.",
           fr([C, "other"], "firm", [], (2025, "vanaf 1 april 2025"))),
)
add("wijkschouw", [LB],
    y2024=("L", "Partijen houden in 2024 in elke wijk ten minste één keer een wijkschouw met bewoners, waarbij knelpunten op het gebied van schoon, heel en veilig worden vastgelegd.",
           fr([P], "firm", [(1, "keer per jaar", "min")], (2024, "in 2024"), True)),
    y2025=("L", "Partijen houden in 2025 in elke wijk twee keer een wijkschouw met bewoners, waarbij knelpunten op het gebied van schoon, heel en veilig worden vastgelegd.",
           fr([P], "firm", [(2, "keer per jaar", "exact")], (2025, "in 2025"), True)),
    y2026=("L", "Partijen houden in 2026 in elke wijk twee keer een wijkschouw met bewoners, waarbij knelpunten op het gebied van schoon, heel en veilig worden vastgelegd.",
           fr([P], "firm", [(2, "keer per jaar", "exact")], (2026, "in 2026"), True)),
)

# ---------------- O: overig / proces ----------------
add("monitoring", [OV],
    y2024=("O", "Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg; de eerste voortgangsrapportage wordt vóór 1 juli 2024 besproken.",
           fr([P], "firm", [(2, "keer per jaar", "exact")], (2024, "vóór 1 juli 2024"), True)),
    y2025=("O", "Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg; de eerste voortgangsrapportage wordt vóór 1 juli 2025 besproken.",
           fr([P], "firm", [(2, "keer per jaar", "exact")], (2025, "vóór 1 juli 2025"), True)),
    y2026=("O", "Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg; de eerste voortgangsrapportage wordt vóór 1 juli 2026 besproken.",
           fr([P], "firm", [(2, "keer per jaar", "exact")], (2026, "vóór 1 juli 2026"), True)),
)
add("ondersteuning-huurders", [OV],
    y2024=("O", "De corporaties stellen Huurdersplatform De Hazelaar in staat zich onafhankelijk te laten adviseren en vergoeden daartoe jaarlijks maximaal € 8.000 aan advieskosten.",
           fr([C], "firm", [(8000, "euro", "max")], None, True)),
    y2025=("O", "De corporaties stellen Huurdersplatform De Hazelaar in staat zich onafhankelijk te laten adviseren en vergoeden daartoe jaarlijks maximaal € 10.000 aan advieskosten.",
           fr([C], "firm", [(10000, "euro", "max")], None, True)),
    y2026=("O", "De corporaties stellen Huurdersplatform De Hazelaar in staat zich onafhankelijk te laten adviseren en vergoeden daartoe jaarlijks maximaal € 10.000 aan advieskosten.",
           fr([C], "firm", [(10000, "euro", "max")], None, True)),
)
add("bod", [OV],
    y2024=("O", "De corporaties leveren hun bod op de woonvisie vóór 1 juli 2024 aan bij de gemeente en het Huurdersplatform, waarna partijen in het najaar de prestatieafspraken voor het volgende jaar opstellen.",
           fr([C], "firm", [], (2024, "vóór 1 juli 2024"), True)),
    y2025=("O", "De corporaties leveren hun bod op de woonvisie vóór 1 juni 2025 aan bij de gemeente en het Huurdersplatform, waarna partijen in het najaar de prestatieafspraken voor het volgende jaar opstellen.",
           fr([C], "firm", [], (2025, "vóór 1 juni 2025"), True)),
    y2026=("O", "De corporaties leveren hun bod op de woonvisie vóór 1 juni 2026 aan bij de gemeente en het Huurdersplatform, waarna partijen in het najaar de prestatieafspraken voor het volgende jaar opstellen.",
           fr([C], "firm", [], (2026, "vóór 1 juni 2026"), True)),
)
add("woonvisie", [OV],
    y2024=("O", "De gemeente actualiseert de woonvisie vóór eind 2024 en betrekt de corporaties en het Huurdersplatform daarbij vanaf de start van het proces.",
           fr([G], "firm", [], (2024, "vóór eind 2024"))),
    y2025=("O", "De gemeente actualiseert de woonvisie in het derde kwartaal van 2025 en betrekt de corporaties en het Huurdersplatform daarbij vanaf de start van het proces.",
           fr([G], "firm", [], (2025, "derde kwartaal van 2025"))),
)
add("uitvoeringsagenda", [OV],
    y2026=("O", "De gemeente stelt in 2026 samen met de corporaties en het Huurdersplatform een uitvoeringsagenda op bij de nieuwe woonvisie, waarin per thema de gezamenlijke opgave tot en met 2030 wordt uitgewerkt.",
           fr([G, C, H], "firm", [], (2026, "in 2026"))),
)
add("evaluatie-samenwerking", [OV],
    y2024=("O", "Partijen evalueren in het vierde kwartaal van 2024 de samenwerking en de overlegstructuur rond de prestatieafspraken en passen deze zo nodig aan.",
           fr([P], "firm", [], (2024, "vierde kwartaal van 2024"), True)),
    y2025=("O", "Partijen evalueren in het vierde kwartaal van 2025 de samenwerking en de overlegstructuur rond de prestatieafspraken en passen deze zo nodig aan.",
           fr([P], "firm", [], (2025, "vierde kwartaal van 2025"), True)),
    y2026=("O", "Partijen evalueren in het vierde kwartaal van 2026 de samenwerking en de overlegstructuur rond de prestatieafspraken en passen deze zo nodig aan.",
           fr([P], "firm", [], (2026, "vierde kwartaal van 2026"), True)),
)

# reading order per year (within each chapter the order of this list)
ORDER = {
    2024: ["nieuwbouw-sociaal", "locaties-sociale-huur", "verkoop", "liberalisatie", "huurverhoging",
           "doelgroep-toewijzing", "vrije-toewijzingsruimte", "vergunninghouders", "verhuiscoach",
           "huurachterstand", "huisuitzettingen", "wachttijd", "pilot-woningdelen", "evaluatie-urgentie",
           "label-efg", "isolatie", "gemiddeld-label", "zonnepanelen", "wijkuitvoeringsplan-haverkamp",
           "energiecoaches", "klimaatadaptatie",
           "vocht-schimmel", "seniorenlabel", "wmo-aanpassingen", "uitstroom-bw", "huurdersoordeel",
           "groot-onderhoud",
           "leefbaarheidsbudget", "wijkbeheerders", "overlast-aanpak", "bewonersinitiatieven",
           "ontmoetingsruimte", "wijkschouw",
           "monitoring", "ondersteuning-huurders", "bod", "woonvisie", "evaluatie-samenwerking"],
    2025: ["nieuwbouw-sociaal", "locaties-sociale-huur", "woondeal", "verkoop", "liberalisatie",
           "huurverhoging", "doelgroep-toewijzing", "vrije-toewijzingsruimte", "vergunninghouders",
           "tijdelijke-woningen", "verhuiscoach", "huurachterstand", "huisuitzettingen", "wachttijd",
           "label-efg", "isolatie", "gemiddeld-label", "zonnepanelen", "wijkuitvoeringsplan-haverkamp",
           "energiecoaches", "energiearmoede-fonds", "klimaatadaptatie",
           "vocht-schimmel", "reparatietermijn", "groot-onderhoud", "seniorenlabel", "wmo-aanpassingen",
           "leefbaarheidsbudget", "wijkbeheerders", "wijkschouw", "overlast-aanpak", "bewonersinitiatieven",
           "ontmoetingsruimte", "uitstroom-bw",
           "monitoring", "bod", "ondersteuning-huurders", "woonvisie", "evaluatie-samenwerking"],
    2026: ["huurverhoging", "doelgroep-toewijzing", "huurachterstand", "huisuitzettingen",
           "nieuwbouw-sociaal", "woondeal", "locaties-sociale-huur", "tijdelijke-woningen", "verkoop",
           "liberalisatie", "vrije-toewijzingsruimte", "vergunninghouders", "verhuiscoach", "wachttijd",
           "label-efg", "gemiddeld-label", "isolatie", "warmtenet-haverkamp", "zonnepanelen",
           "energiecoaches", "energiearmoede-fonds", "klimaatadaptatie",
           "vocht-schimmel", "reparatietermijn", "brandveiligheid", "wmo-aanpassingen",
           "leefbaarheidsbudget", "wijkbeheerders", "wijkschouw", "overlast-aanpak", "bewonersinitiatieven",
           "uitstroom-bw",
           "monitoring", "bod", "ondersteuning-huurders", "uitvoeringsagenda", "evaluatie-samenwerking"],
}

# pair annotations: key -> (status, kinds, hard_negative); unlisted keys present in both with equal text
# are 'unchanged'; keys only in one doc are new/dropped.
PAIRS = {
    (2024, 2025): {
        "nieuwbouw-sociaal": ("weakened", ["quantity"], None),
        "locaties-sociale-huur": ("weakened", ["modality", "deadline"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "liberalisatie": ("strengthened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "doelgroep-toewijzing": ("reworded", [], "indexed_amount"),
        "vrije-toewijzingsruimte": ("strengthened", ["modality"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "verhuiscoach": ("strengthened", ["modality"], None),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "wachttijd": ("weakened", ["quantity"], None),
        "label-efg": ("reworded", [], "progress"),
        "isolatie": ("strengthened", ["quantity"], None),
        "gemiddeld-label": ("weakened", ["label"], None),
        "zonnepanelen": ("strengthened", ["condition"], None),
        "wijkuitvoeringsplan-haverkamp": ("weakened", ["deadline"], None),
        "energiecoaches": ("weakened", ["scope"], None),
        "klimaatadaptatie": ("strengthened", ["modality"], None),
        "seniorenlabel": ("weakened", ["modality", "quantity"], None),
        "uitstroom-bw": ("strengthened", ["quantity"], None),
        "groot-onderhoud": ("weakened", ["deadline"], None),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "wijkbeheerders": ("weakened", ["quantity"], None),
        "overlast-aanpak": ("reworded", [], "same_figures"),
        "ontmoetingsruimte": ("strengthened", ["modality"], None),
        "wijkschouw": ("strengthened", ["quantity"], None),
        "monitoring": ("reworded", [], "recurring_year"),
        "ondersteuning-huurders": ("strengthened", ["quantity"], None),
        "bod": ("strengthened", ["deadline"], None),
        "woonvisie": ("weakened", ["deadline"], None),
        "evaluatie-samenwerking": ("reworded", [], "recurring_year"),
    },
    (2025, 2026): {
        "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
        "locaties-sociale-huur": ("modified", ["modality", "deadline"], None),
        "verkoop": ("weakened", ["quantity"], None),
        "liberalisatie": ("reworded", [], "recurring_year"),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "doelgroep-toewijzing": ("strengthened", ["quantity"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "verhuiscoach": ("strengthened", ["scope"], None),
        "huisuitzettingen": ("weakened", ["quantity"], None),
        "wachttijd": ("reworded", [], "same_figures"),
        "tijdelijke-woningen": ("strengthened", ["modality"], None),
        "woondeal": ("strengthened", ["quantity"], None),
        "label-efg": ("weakened", ["deadline"], None),
        "isolatie": ("weakened", ["condition"], None),
        "gemiddeld-label": ("weakened", ["deadline"], None),
        "zonnepanelen": ("reworded", [], "recurring_year"),
        "energiecoaches": ("strengthened", ["scope"], None),
        "energiearmoede-fonds": ("weakened", ["quantity"], None),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "wmo-aanpassingen": ("reworded", [], None),
        "uitstroom-bw": ("reworded", [], "recurring_year"),
        "reparatietermijn": ("weakened", ["quantity"], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "overlast-aanpak": ("weakened", ["quantity"], None),
        "wijkschouw": ("reworded", [], "recurring_year"),
        "monitoring": ("reworded", [], "recurring_year"),
        "bod": ("reworded", [], "recurring_year"),
        "evaluatie-samenwerking": ("reworded", [], "recurring_year"),
    },
}
