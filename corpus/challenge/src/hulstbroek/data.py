# -*- coding: utf-8 -*-
"""Content of the hulstbroek family (fictional): gemeente Hulstbroek, Woonstichting Elzenwaard,
Huurdersbelangenvereniging De Kandelaar. Agreements 2025 and 2026 (concept with review comments) and
the bod 2026 of Elzenwaard."""

GEMEENTE = "Hulstbroek"
CORP = "Woonstichting Elzenwaard"
HO = "Huurdersbelangenvereniging De Kandelaar"

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def F(actors, modality, q=(), d=None, r=False, c=()):
    qs = []
    for t in q:
        v, u, comp = t[0], t[1], t[2]
        qs.append({"value": v, "unit": u, "comparator": comp, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": d[0], "text": d[1]} if d else None), "recurring": r, "conditions": list(c)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# theme(s) per key
THEMES = {
    "nieuwbouw": [BB], "sociaal-aandeel": [BB], "verkoop": [BB], "middenhuur-onderzoek": [BB],
    "lokale-binding": [BB], "huurverhoging": [BB], "huurverlaging": [BB], "inkomensgrens": [BB],
    "statushouders": [BB], "inschrijfduur": [BB], "doorstroming": [BB], "huurachterstand": [BB],
    "huisuitzetting": [BB], "flexwonen": [BB], "doelgroepenverordening": [BB],
    "efg": [DK], "gemiddeld-label": [DK], "verduurzaming": [DK], "zonnepanelen": [DK], "warmtenet": [DK],
    "circulair": [DK], "energiecoaches": [DK, BB],
    "vocht-schimmel": [KW], "onderhoud": [KW], "wmo-kosten": [KW], "zorggeschikt": [KW, BB],
    "beschermd-wonen": [BB, LB], "huurdersoordeel": [KW], "rookmelders": [KW],
    "leefbaarheidsbudget": [LB], "wijkbeheerders": [LB], "casusoverleg": [LB], "bewonersinitiatieven": [LB],
    "ontmoetingsruimte": [LB], "ontmoeting-activiteiten": [LB], "wijkactieplan": [LB], "buurtbemiddeling": [LB],
    "bestuurlijk-overleg": [OV], "bod": [OV], "werkbudget": [OV], "woonvisie-evaluatie": [OV],
    "woonvisie-vaststelling": [OV], "samenwerkingsovereenkomst": [OV], "geschillen": [OV],
    "kantoortransformatie": [BB], "groene-daken": [DK], "huismeesters": [LB],
}

# ---------------------------------------------------------------- afspraken 2025
# (key, text, trekker, frame)
A25 = {
 "nieuwbouw": ("Elzenwaard realiseert in 2025 ten minste 64 nieuwe sociale huurwoningen, waarvan 40 in het plan "
               "Kloosterweide en 24 op de voormalige schoollocatie aan de Beukenlaan. De gemeente spant zich in om de "
               "benodigde vergunningen tijdig te verlenen.", "Corporatie",
               F([C, G], "firm", [(64, "woningen", "min")], (2025, "in 2025"), True)),
 "sociaal-aandeel": ("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 30% "
                     "van het programma uit sociale huurwoningen bestaat, in lijn met de Woonvisie Hulstbroek 2023-2030 "
                     "en de regionale woondeal Lindewaard.", None,
                     F([P], "firm", [(30, "%", "min")])),
 "verkoop": ("Elzenwaard verkoopt in 2025 maximaal 15 huurwoningen uit het verspreide bezit in de kernen Oosterhulst en "
             "Weverslo en liberaliseert in 2025 geen sociale huurwoningen.", "Corporatie",
             F([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
 "middenhuur-onderzoek": ("De gemeente onderzoekt in 2025 of een deel van de nieuwbouwlocatie De Wetering kan worden "
                          "bestemd voor middenhuurwoningen, aanvullend op het sociale programma.", "Gemeente",
                          F([G], "explore", [], (2025, "in 2025"))),
 "lokale-binding": ("De gemeente onderzoekt, onder voorbehoud van instemming van de regiogemeenten, of bij nieuwbouw in "
                    "de kernen maximaal 25% van de woningen met voorrang kan worden toegewezen aan woningzoekenden met "
                    "een lokale binding.", "Gemeente",
                    F([G], "explore", [(25, "%", "max")], None, False,
                      ["onder voorbehoud van instemming van de regiogemeenten"])),
 "huurverhoging": ("Elzenwaard houdt de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de inflatie en "
                   "blijft daarmee ruim binnen de wettelijk toegestane huurverhoging.", None,
                   F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
 "huurverlaging": ("Elzenwaard verlaagt per 1 juli 2025 de huur van huishoudens met een inkomen tot de huurtoeslaggrens "
                   "en een huur boven de aftoppingsgrens tot de voor hen geldende aftoppingsgrens.", "Corporatie",
                   F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
 "inkomensgrens": ("Elzenwaard wijst sociale huurwoningen passend toe volgens de regels van het Rijk en hanteert daarbij "
                   "voor eenpersoonshuishoudens een inkomensgrens van € 32.175 (prijspeil 2025).", None,
                   F([C], "firm", [(32175, "euro", "max")])),
 "statushouders": ("De gemeente en Elzenwaard zorgen er samen voor dat de taakstelling voor de huisvesting van "
                   "vergunninghouders in 2025, die door het Rijk is vastgesteld op 38 personen, volledig wordt "
                   "gerealiseerd; Elzenwaard levert daarvoor ten minste de helft van de benodigde woningen.",
                   "Gemeente en corporatie",
                   F([G, C], "firm", [(38, "personen", "exact")], (2025, "in 2025"), True)),
 "inschrijfduur": ("Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die in 2025 een sociale "
                   "huurwoning accepteren niet langer is dan vier jaar.", None,
                   F([P], "intent", [(4, "jaar", "max")], (2025, "in 2025"), True)),
 "doorstroming": ("Elzenwaard zet een doorstroommakelaar in die oudere huurders van een eengezinswoning actief benadert "
                  "over een verhuizing naar een passende, gelijkvloerse woning; in 2025 worden ten minste 60 huishoudens "
                  "benaderd.", "Corporatie",
                  F([C], "firm", [(60, "huishoudens", "min")], (2025, "in 2025"), True)),
 "huurachterstand": ("Elzenwaard neemt bij een huurachterstand van twee maanden persoonlijk contact op met de huurder en "
                     "meldt de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de "
                     "gemeente.", "Corporatie",
                     F([C], "firm", [(2, "maanden", "exact")])),
 "huisuitzetting": ("Partijen zetten zich ervoor in dat het aantal huisuitzettingen wegens huurachterstand in 2025 niet "
                    "hoger is dan vijf.", "Gemeente en corporatie",
                    F([P], "intent", [(5, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
 # duurzaamheid
 "efg": ("Elzenwaard zorgt ervoor dat uiterlijk eind 2026 geen van haar woningen nog een energielabel E, F of G heeft. "
         "In 2025 en 2026 worden daartoe de resterende 150 woningen met een van deze labels verbeterd.", "Corporatie",
         F([C], "firm", [(150, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
 "gemiddeld-label": ("Elzenwaard streeft ernaar dat haar woningvoorraad eind 2030 gemiddeld energielabel B heeft.", None,
                     F([C], "intent", [("B", "label", "min")], (2030, "eind 2030"))),
 "verduurzaming": ("Elzenwaard verduurzaamt vóór eind 2025 de 220 woningen in de complexen Vogelbuurt-Oost en "
                   "Kerkakkers naar ten minste label B, door isolatie van dak, gevel en vloer en het plaatsen van "
                   "hybride warmtepompen.", "Corporatie",
                   F([C], "firm", [(220, "woningen", "exact"), ("B", "label", "min")], (2025, "vóór eind 2025"))),
 "zonnepanelen": ("Elzenwaard biedt huurders van grondgebonden woningen zonnepanelen aan tegen een vaste maandelijkse "
                  "vergoeding en voorziet in 2025 ten minste 250 woningen van zonnepanelen.", "Corporatie",
                  F([C], "firm", [(250, "woningen", "min")], (2025, "in 2025"), True)),
 "warmtenet": ("De gemeente en Elzenwaard verkennen in 2025 gezamenlijk de mogelijkheden voor een collectief warmtenet "
               "in Hulstbroek-Noord, als uitwerking van de Transitievisie Warmte.", "Gemeente en corporatie",
               F([G, C], "explore", [], (2025, "in 2025"))),
 "circulair": ("Elzenwaard past bij nieuwbouwprojecten waar mogelijk circulaire en biobased bouwmaterialen toe en "
               "rapporteert hierover jaarlijks in het bestuurlijk overleg.", None,
               F([C], "intent", [], None, True, ["waar mogelijk"])),
 # kwaliteit
 "vocht-schimmel": ("Elzenwaard handelt meldingen van vocht en schimmel af binnen zes weken na de melding en inspecteert "
                    "vóór eind 2026 alle woningen in complexen met een verhoogd risico op vocht en schimmel.", "Corporatie",
                    F([C], "firm", [(6, "weken", "max")], (2026, "vóór eind 2026"))),
 "onderhoud": ("Elzenwaard voert in 2025 planmatig onderhoud uit aan 620 woningen, conform de "
               "meerjarenonderhoudsbegroting die jaarlijks met De Kandelaar wordt besproken.", "Corporatie",
               F([C], "firm", [(620, "woningen", "exact")], (2025, "in 2025"), True)),
 "wmo-kosten": ("Partijen maken in 2025 afspraken over de verdeling van de kosten van woningaanpassingen die uit de Wmo "
                "worden gefinancierd.", "Gemeente en corporatie",
                F([P], "discuss", [], (2025, "in 2025"))),
 "zorggeschikt": ("Elzenwaard zal in 2025 ten minste 40 bestaande gelijkvloerse woningen labelen als zorggeschikt en "
                  "deze met voorrang toewijzen aan woningzoekenden met een zorgindicatie.", "Corporatie",
                  F([C], "firm", [(40, "woningen", "min")], (2025, "in 2025"), True)),
 "beschermd-wonen": ("Elzenwaard stelt jaarlijks ten minste 12 woningen beschikbaar voor de uitstroom van cliënten uit "
                     "beschermd wonen en maatschappelijke opvang, mits de gemeente voor de eerste twee jaar begeleiding "
                     "door een zorgaanbieder heeft geregeld.", "Gemeente en corporatie",
                     F([C], "firm", [(12, "woningen", "min")], None, True,
                       ["mits de gemeente voor de eerste twee jaar begeleiding door een zorgaanbieder heeft geregeld"])),
 "huurdersoordeel": ("Elzenwaard zegt toe dat huurders de afhandeling van reparatieverzoeken in 2025 gemiddeld met ten "
                     "minste een 7,5 waarderen.", None,
                     F([C], "firm", [(7.5, "rapportcijfer", "min")], (2025, "in 2025"), True)),
 "rookmelders": ("Elzenwaard plaatst vóór eind 2025 rookmelders in alle woningen waarin deze nog ontbreken.", "Corporatie",
                 F([C], "firm", [], (2025, "vóór eind 2025"))),
 # leefbaarheid
 "leefbaarheidsbudget": ("Elzenwaard besteedt in 2025 een leefbaarheidsbudget van € 95 per woning aan activiteiten in "
                         "wijken en buurten, binnen de grens die de Woningwet aan deze uitgaven stelt.", None,
                         F([C], "firm", [(95, "euro per woning", "exact")], (2025, "in 2025"), True)),
 "wijkbeheerders": ("Elzenwaard zet in de Vogelbuurt en De Hulst wijkbeheerders in, die wekelijks een spreekuur houden "
                    "in het buurthuis en aanspreekpunt zijn voor bewoners.", "Corporatie",
                    F([C], "firm", [], None, True)),
 "casusoverleg": ("Partijen spreken af dat bij overlastsituaties met kwetsbare huurders binnen twee weken een "
                  "casusoverleg plaatsvindt tussen het sociaal wijkteam, de wijkagent en Elzenwaard.",
                  "Gemeente en corporatie",
                  F([P], "firm", [(2, "weken", "max")])),
 "bewonersinitiatieven": ("De Kandelaar en Elzenwaard stimuleren de oprichting van bewonerscommissies en ondersteunen "
                          "bewonersinitiatieven; Elzenwaard draagt uit het leefbaarheidsbudget maximaal € 2.500 per "
                          "initiatief bij.", None,
                          F([H, C], "firm", [(2500, "euro", "max")])),
 "ontmoetingsruimte": ("Elzenwaard richt in 2025 in het seniorencomplex De Molenhof een ontmoetingsruimte in en stelt "
                       "deze om niet beschikbaar aan bewoners en de ouderenbond.", "Corporatie",
                       F([C], "firm", [], (2025, "in 2025"))),
 "wijkactieplan": ("De gemeente stelt samen met Elzenwaard, De Kandelaar en bewoners een wijkactieplan op voor de "
                   "Vogelbuurt, dat uiterlijk eind 2025 door het college wordt vastgesteld.", "Gemeente",
                   F([G], "firm", [], (2025, "uiterlijk eind 2025"))),
 "energiecoaches": ("De gemeente zet energiecoaches in die huurders met hoge energielasten kosteloos adviseren over "
                    "besparing; Elzenwaard en De Kandelaar brengen dit aanbod actief onder de aandacht van hun huurders.",
                    None, F([G, C, H], "firm")),
 "buurtbemiddeling": ("Elzenwaard financiert de inzet van buurtbemiddeling in de Vogelbuurt en De Hulst, mits de "
                      "gemeente een even groot bedrag bijdraagt.", "Corporatie",
                      F([C], "firm", [], None, False, ["mits de gemeente een even groot bedrag bijdraagt"])),
 # proces
 "bestuurlijk-overleg": ("Partijen komen twee keer per jaar bijeen in een bestuurlijk overleg, waarin de voortgang van "
                         "deze afspraken wordt besproken aan de hand van een monitor die Elzenwaard opstelt.", None,
                         F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
 "bod": ("Elzenwaard zendt vóór 1 juli 2025 haar bod met de voorgenomen werkzaamheden voor de periode 2026-2030 aan de "
         "gemeente en De Kandelaar.", "Corporatie",
         F([C], "firm", [], (2025, "vóór 1 juli 2025"), True)),
 "werkbudget": ("Elzenwaard stelt De Kandelaar per 1 januari 2025 een jaarlijks werkbudget van € 24.000 beschikbaar voor "
                "scholing, advies en communicatie met de achterban.", "Corporatie",
                F([C], "firm", [(24000, "euro", "exact")], (2025, "per 1 januari 2025"), True)),
 "woonvisie-evaluatie": ("De gemeente evalueert in 2025 de Woonvisie Hulstbroek 2023-2030 en betrekt Elzenwaard en De "
                         "Kandelaar vroegtijdig bij de actualisatie daarvan.", "Gemeente",
                         F([G], "firm", [], (2025, "in 2025"))),
 "samenwerkingsovereenkomst": ("De Kandelaar gaat in 2025 met Elzenwaard in gesprek over een nieuwe "
                               "samenwerkingsovereenkomst en legt de uitkomst ter instemming voor aan haar "
                               "ledenvergadering.", None,
                               F([H, C], "discuss", [], (2025, "in 2025"))),
 "geschillen": ("Bij een verschil van mening over de uitleg of uitvoering van deze afspraken gaan partijen eerst met "
                "elkaar in gesprek; leidt dat niet tot een oplossing, dan leggen zij het geschil voor aan de regionale "
                "geschillencommissie prestatieafspraken.", None,
                F([P], "firm")),
}

# ---------------------------------------------------------------- afspraken 2026 (changed or new ones)
A26 = dict(A25)
A26.update({
 "nieuwbouw": ("Elzenwaard realiseert in 2026 ten minste 52 nieuwe sociale huurwoningen, waarvan 36 in het plan "
               "Kloosterweide en 16 op de voormalige schoollocatie aan de Beukenlaan. De gemeente spant zich in om de "
               "benodigde vergunningen tijdig te verlenen.", "Corporatie",
               F([C, G], "firm", [(52, "woningen", "min")], (2026, "in 2026"), True)),
 "sociaal-aandeel": ("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 35% "
                     "van het programma uit sociale huurwoningen bestaat, in lijn met de Woonvisie Hulstbroek 2023-2030 "
                     "en de regionale woondeal Lindewaard.", None,
                     F([P], "firm", [(35, "%", "min")])),
 "verkoop": ("Elzenwaard verkoopt in 2026 maximaal 10 huurwoningen uit het verspreide bezit in de kernen Oosterhulst en "
             "Weverslo en liberaliseert in 2026 geen sociale huurwoningen.", "Corporatie",
             F([C], "firm", [(10, "woningen", "max")], (2026, "in 2026"), True)),
 "flexwonen": ("Elzenwaard realiseert in 2026, samen met de gemeente, 24 tijdelijke flexwoningen op de locatie "
               "Sportpark Oost voor spoedzoekers en vergunninghouders. De gemeente verleent hiervoor een tijdelijke "
               "omgevingsvergunning voor een periode van vijftien jaar.", "Gemeente en corporatie",
               F([C, G], "firm", [(24, "woningen", "exact")], (2026, "in 2026"))),
 "doelgroepenverordening": ("De gemeente stelt in het tweede kwartaal van 2026 een doelgroepenverordening vast, "
                            "waarmee nieuwe middenhuurwoningen voor ten minste tien jaar beschikbaar blijven voor "
                            "huishoudens met een middeninkomen.", "Gemeente",
                            F([G], "firm", [(10, "jaar", "min")], (2026, "in het tweede kwartaal van 2026"))),
 "lokale-binding": ("Bij nieuwbouw in de kernen wordt maximaal 25% van de woningen met voorrang toegewezen aan "
                    "woningzoekenden met een lokale binding.", "Gemeente",
                    F([G, C], "firm", [(25, "%", "max")])),
 "huurverhoging": ("Elzenwaard houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie en "
                   "blijft daarmee ruim binnen de wettelijk toegestane huurverhoging.", None,
                   F([C], "firm", [(0.5, "% onder inflatie", "min")], (2026, "per 1 juli 2026"), True)),
 "huurverlaging": ("Elzenwaard verlaagt per 1 juli 2026 de huur van huishoudens met een inkomen tot de huurtoeslaggrens "
                   "en een huur boven de aftoppingsgrens tot de voor hen geldende aftoppingsgrens, voor zover dit past "
                   "binnen de financiële ruimte uit haar meerjarenbeleid.", "Corporatie",
                   F([C], "firm", [], (2026, "per 1 juli 2026"), True,
                     ["voor zover dit past binnen de financiële ruimte uit haar meerjarenbeleid"])),
 "inkomensgrens": ("Elzenwaard wijst sociale huurwoningen passend toe volgens de regels van het Rijk en hanteert daarbij "
                   "voor eenpersoonshuishoudens een inkomensgrens van € 33.050 (prijspeil 2026).", None,
                   F([C], "firm", [(33050, "euro", "max")])),
 "statushouders": ("De gemeente en Elzenwaard zorgen er samen voor dat de taakstelling voor de huisvesting van "
                   "vergunninghouders in 2026, die door het Rijk is vastgesteld op 44 personen, volledig wordt "
                   "gerealiseerd; Elzenwaard levert daarvoor ten minste de helft van de benodigde woningen.",
                   "Gemeente en corporatie",
                   F([G, C], "firm", [(44, "personen", "exact")], (2026, "in 2026"), True)),
 "inschrijfduur": ("Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die in 2026 een sociale "
                   "huurwoning accepteren niet langer is dan drie en een half jaar.", None,
                   F([P], "intent", [(3.5, "jaar", "max")], (2026, "in 2026"), True)),
 "doorstroming": ("Oudere huurders die met z'n tweeën of alleen in een eengezinswoning wonen, worden door de "
                  "doorstroommakelaar van Elzenwaard persoonlijk benaderd en geholpen bij het vinden van een "
                  "gelijkvloerse woning die beter bij hun situatie past. In 2026 benadert Elzenwaard op deze manier ten "
                  "minste 60 huishoudens.", "Corporatie",
                  F([C], "firm", [(60, "huishoudens", "min")], (2026, "in 2026"), True)),
 "huurachterstand": ("Elzenwaard neemt bij een huurachterstand van één maand persoonlijk contact op met de huurder en "
                     "meldt de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de "
                     "gemeente.", "Corporatie",
                     F([C], "firm", [(1, "maanden", "exact")])),
 "huisuitzetting": ("Partijen zetten zich ervoor in dat er in 2026 geen huisuitzettingen wegens huurachterstand "
                    "plaatsvinden.", "Gemeente en corporatie",
                    F([P], "intent", [(0, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
 "efg": ("Elzenwaard zorgt ervoor dat uiterlijk eind 2026 geen van haar woningen nog een energielabel E, F of G heeft. "
         "In 2026 worden daartoe de resterende 40 woningen met een van deze labels verbeterd.", "Corporatie",
         F([C], "firm", [(40, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
 "gemiddeld-label": ("Elzenwaard streeft ernaar dat haar woningvoorraad eind 2030 gemiddeld energielabel C heeft.", None,
                     F([C], "intent", [("C", "label", "min")], (2030, "eind 2030"))),
 "verduurzaming": ("Elzenwaard verduurzaamt vóór medio 2026 ten minste 160 woningen in de complexen Vogelbuurt-Oost en "
                   "Kerkakkers naar ten minste label B, door isolatie van dak, gevel en vloer en het plaatsen van "
                   "hybride warmtepompen.", "Corporatie",
                   F([C], "firm", [(160, "woningen", "min"), ("B", "label", "min")], (2026, "vóór medio 2026"))),
 "zonnepanelen": ("Elzenwaard onderzoekt of zij huurders van grondgebonden woningen in 2026 opnieuw zonnepanelen kan "
                  "aanbieden tegen een vaste maandelijkse vergoeding, afhankelijk van de gevolgen van het beëindigen van "
                  "de salderingsregeling.", "Corporatie",
                  F([C], "explore", [], (2026, "in 2026"), True,
                    ["afhankelijk van de gevolgen van het beëindigen van de salderingsregeling"])),
 "warmtenet": ("De gemeente en Elzenwaard sluiten uiterlijk in het derde kwartaal van 2026 een intentieovereenkomst over "
               "de aansluiting van 300 woningen van Elzenwaard in Hulstbroek-Noord op een collectief warmtenet.",
               "Gemeente en corporatie",
               F([G, C], "firm", [(300, "woningen", "exact")], (2026, "uiterlijk in het derde kwartaal van 2026"))),
 "vocht-schimmel": ("Elzenwaard handelt meldingen van vocht en schimmel af binnen zes weken na de melding en inspecteert "
                    "vóór 1 juli 2026 alle woningen in complexen met een verhoogd risico op vocht en schimmel.",
                    "Corporatie",
                    F([C], "firm", [(6, "weken", "max")], (2026, "vóór 1 juli 2026"))),
 "onderhoud": ("Elzenwaard voert in 2026 planmatig onderhoud uit aan 620 woningen, conform de "
               "meerjarenonderhoudsbegroting die jaarlijks met De Kandelaar wordt besproken.", "Corporatie",
               F([C], "firm", [(620, "woningen", "exact")], (2026, "in 2026"), True)),
 "wmo-kosten": ("Partijen werken volgens de in 2025 gemaakte afspraken over de verdeling van de kosten van "
                "woningaanpassingen die uit de Wmo worden gefinancierd.", "Gemeente en corporatie",
                F([P], "firm", [], None, True)),
 "zorggeschikt": ("Elzenwaard streeft ernaar in 2026 ten minste 40 bestaande gelijkvloerse woningen als zorggeschikt te "
                  "labelen en deze met voorrang toe te wijzen aan woningzoekenden met een zorgindicatie.", "Corporatie",
                  F([C], "intent", [(40, "woningen", "min")], (2026, "in 2026"), True)),
 "huurdersoordeel": ("Elzenwaard zet zich ervoor in dat huurders de afhandeling van reparatieverzoeken in 2026 "
                     "gemiddeld met ten minste een 7,5 waarderen.", None,
                     F([C], "intent", [(7.5, "rapportcijfer", "min")], (2026, "in 2026"), True)),
 "rookmelders": ("Elzenwaard plaatst vóór eind 2026 rookmelders in de woningen in de complexen Kerkakkers en De Molenhof "
                 "waarin deze nog ontbreken.", "Corporatie",
                 F([C], "firm", [], (2026, "vóór eind 2026"))),
 "leefbaarheidsbudget": ("Elzenwaard besteedt in 2026 een leefbaarheidsbudget van € 110 per woning aan activiteiten in "
                         "wijken en buurten, binnen de grens die de Woningwet aan deze uitgaven stelt.", None,
                         F([C], "firm", [(110, "euro per woning", "exact")], (2026, "in 2026"), True)),
 "wijkbeheerders": ("Elzenwaard zet in alle wijken van Hulstbroek wijkbeheerders in, die wekelijks een spreekuur houden "
                    "in het buurthuis en aanspreekpunt zijn voor bewoners.", "Corporatie",
                    F([C], "firm", [], None, True)),
 "bewonersinitiatieven": ("Elzenwaard en De Kandelaar moedigen bewoners aan om een bewonerscommissie op te richten of "
                          "zelf een initiatief te starten. Voor zulke initiatieven is uit het leefbaarheidsbudget van "
                          "Elzenwaard een bijdrage van maximaal € 2.500 per initiatief beschikbaar.", None,
                          F([C, H], "firm", [(2500, "euro", "max")])),
 "ontmoeting-activiteiten": ("Elzenwaard en De Kandelaar organiseren in 2026 in de ontmoetingsruimte van De Molenhof "
                             "ten minste één keer per maand een activiteit tegen eenzaamheid, in samenwerking met de "
                             "ouderenbond.", "Corporatie",
                             F([C, H], "firm", [(1, "keer per maand", "min")], (2026, "in 2026"), True)),
 "wijkactieplan": ("De gemeente stelt samen met Elzenwaard, De Kandelaar en bewoners een wijkactieplan op voor de "
                   "Vogelbuurt, dat uiterlijk medio 2026 door het college wordt vastgesteld.", "Gemeente",
                   F([G], "firm", [], (2026, "uiterlijk medio 2026"))),
 "buurtbemiddeling": ("Elzenwaard financiert de inzet van buurtbemiddeling in de Vogelbuurt en De Hulst.", "Corporatie",
                      F([C], "firm")),
 "bod": ("Elzenwaard zendt vóór 1 juli 2026 haar bod met de voorgenomen werkzaamheden voor de periode 2027-2031 aan de "
         "gemeente en De Kandelaar.", "Corporatie",
         F([C], "firm", [], (2026, "vóór 1 juli 2026"), True)),
 "werkbudget": ("Elzenwaard stelt De Kandelaar per 1 januari 2026 een jaarlijks werkbudget van € 24.000 beschikbaar voor "
                "scholing, advies en communicatie met de achterban.", "Corporatie",
                F([C], "firm", [(24000, "euro", "exact")], (2026, "per 1 januari 2026"), True)),
 "woonvisie-vaststelling": ("De gemeente legt de geactualiseerde Woonvisie Hulstbroek 2026-2035 in het tweede kwartaal "
                            "van 2026 ter vaststelling voor aan de gemeenteraad, nadat Elzenwaard en De Kandelaar hun "
                            "zienswijze hebben kunnen geven.", "Gemeente",
                            F([G], "firm", [], (2026, "in het tweede kwartaal van 2026"))),
 "samenwerkingsovereenkomst": ("De Kandelaar en Elzenwaard ondertekenen vóór 1 april 2026 een nieuwe "
                               "samenwerkingsovereenkomst, nadat de ledenvergadering van De Kandelaar hiermee heeft "
                               "ingestemd.", None,
                               F([H, C], "firm", [], (2026, "vóór 1 april 2026"))),
})
for k in ("middenhuur-onderzoek", "circulair", "ontmoetingsruimte", "woonvisie-evaluatie"):
    del A26[k]

# ---------------------------------------------------------------- chapter structure
# chapter: (title, intro paragraphs, [ (subheading or None, [keys]) ])
CH25 = [
 ("Betaalbaar en beschikbaar wonen", [
   "De vraag naar betaalbare huurwoningen in Hulstbroek is de afgelopen jaren verder toegenomen. Jongeren, "
   "ouderen die kleiner willen wonen en vergunninghouders doen een beroep op dezelfde, beperkte voorraad. De "
   "Woonvisie legt daarom de nadruk op het toevoegen van sociale huurwoningen en op een eerlijke verdeling van "
   "het aanbod. Hieronder staan de afspraken die partijen daarover voor 2025 hebben gemaakt."],
  [("Nieuwbouw en woningvoorraad", ["nieuwbouw", "sociaal-aandeel", "verkoop", "middenhuur-onderzoek"]),
   ("Huurbeleid en woningtoewijzing", ["huurverhoging", "huurverlaging", "inkomensgrens", "lokale-binding",
                                       "statushouders", "inschrijfduur", "doorstroming"]),
   ("Huurachterstanden en huisuitzettingen", ["huurachterstand", "huisuitzetting"])]),
 ("Duurzaamheid en energietransitie", [
   "Elzenwaard heeft in haar portefeuillestrategie vastgelegd hoe zij haar bezit de komende jaren verduurzaamt. "
   "Het uitgangspunt is dat de woonlasten van huurders door de maatregelen niet stijgen. De gemeente werkt aan "
   "de uitvoering van de Transitievisie Warmte en de wijkuitvoeringsplannen die daaruit volgen."],
  [(None, ["efg", "gemiddeld-label", "verduurzaming", "zonnepanelen", "warmtenet", "circulair"])]),
 ("Kwaliteit, wonen en zorg", [
   "Steeds meer ouderen en mensen met een beperking wonen zelfstandig, vaak met ondersteuning vanuit de Wmo of "
   "de wijkverpleging. Dat vraagt om woningen die veilig, gezond en toegankelijk zijn en om een goede "
   "samenwerking tussen de gemeente, Elzenwaard en de zorgaanbieders in de regio."],
  [(None, ["vocht-schimmel", "onderhoud", "wmo-kosten", "zorggeschikt", "beschermd-wonen", "huurdersoordeel",
           "rookmelders"])]),
 ("Leefbare wijken en buurten", [
   "In de meeste buurten van Hulstbroek wonen mensen met plezier. In de Vogelbuurt en in delen van De Hulst "
   "staat de leefbaarheid onder druk, onder meer door een concentratie van kwetsbare huishoudens en meldingen "
   "van overlast. Partijen willen hier gezamenlijk en langjarig investeren."],
  [(None, ["leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "bewonersinitiatieven", "ontmoetingsruimte",
           "wijkactieplan", "energiecoaches", "buurtbemiddeling"])]),
 ("Samenwerking en proces", [
   "De samenwerking tussen de drie partijen is vastgelegd in de Samenwerkingsovereenkomst prestatieafspraken "
   "Hulstbroek. Dit hoofdstuk bevat de afspraken over overleg, monitoring en de ondersteuning van De Kandelaar."],
  [(None, ["bestuurlijk-overleg", "bod", "werkbudget", "woonvisie-evaluatie", "samenwerkingsovereenkomst",
           "geschillen"])]),
]

CH26 = [
 ("Betaalbaar en beschikbaar wonen", [
   "De druk op de sociale huurvoorraad is in 2025 niet afgenomen. De wachttijden zijn iets gedaald, maar voor "
   "starters en spoedzoekers blijft het lastig om een woning te vinden. De regionale woondeal Lindewaard vraagt "
   "van Hulstbroek een forse bijdrage aan de nieuwbouw van sociale huur en middenhuur."],
  [("Nieuwbouw en woningvoorraad", ["nieuwbouw", "flexwonen", "sociaal-aandeel", "doelgroepenverordening", "verkoop"]),
   ("Woningtoewijzing en huurbeleid", ["lokale-binding", "inkomensgrens", "statushouders", "inschrijfduur",
                                       "doorstroming", "huurverhoging", "huurverlaging"]),
   ("Huurachterstanden en huisuitzettingen", ["huurachterstand", "huisuitzetting"])]),
 ("Goed wonen: kwaliteit en zorg", [
   "Een gezonde en veilige woning is de basis. Elzenwaard heeft in 2025 een inhaalslag gemaakt bij de aanpak "
   "van vocht en schimmel. Daarnaast groeit het aantal ouderen dat langer thuis woont, waardoor de vraag naar "
   "geschikte woningen en aanpassingen toeneemt."],
  [(None, ["vocht-schimmel", "onderhoud", "rookmelders", "wmo-kosten", "zorggeschikt", "beschermd-wonen",
           "huurdersoordeel"])]),
 ("Energietransitie en klimaat", [
   "De landelijke afspraak dat er eind 2028 geen woningen met een E-, F- of G-label meer zijn, haalt Elzenwaard "
   "naar verwachting ruim eerder. Tegelijk stijgen de kosten van verduurzaming en is de toekomst van de "
   "terugleververgoeding voor zonnepanelen onzeker."],
  [(None, ["efg", "verduurzaming", "gemiddeld-label", "warmtenet", "zonnepanelen", "energiecoaches"])]),
 ("Leefbare wijken en buurten", [
   "Het wijkactieplan voor de Vogelbuurt is later gereed dan afgesproken, omdat partijen meer tijd hebben "
   "genomen voor gesprekken met bewoners. De ontmoetingsruimte in De Molenhof is in september 2025 geopend."],
  [(None, ["leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "wijkactieplan", "bewonersinitiatieven",
           "ontmoeting-activiteiten", "buurtbemiddeling"])]),
 ("Samenwerking en proces", [
   "De evaluatie van de Woonvisie is in 2025 afgerond en vormt de basis voor de geactualiseerde woonvisie. De "
   "afspraken hieronder gaan over overleg, monitoring en de positie van De Kandelaar."],
  [(None, ["bestuurlijk-overleg", "bod", "werkbudget", "samenwerkingsovereenkomst", "woonvisie-vaststelling",
           "geschillen"])]),
]

# comments: key -> list of (anchor word, author, text, reply or None)
COM25 = {
 "intro": [("woondeal", "GB", "Verwijzing naar de woondeal Lindewaard nog checken (versie maart 2023).", None)],
 "terugblik": [("71", "HvK", "Cijfers opleveringen 2024 zijn voorlopig; definitieve cijfers volgen met het "
                "jaarverslag.", None)],
 "nieuwbouw": [("Beukenlaan.", "GB", "Het bestemmingsplan Beukenlaan ligt nog bij de Raad van State. Is 24 in 2025 "
                "realistisch?", "Corporatie zal dit opnemen in de begroting en houdt de planning vast. (HvK)")],
 "huurverhoging": [("inflatie", "ML", "De Kandelaar wil liever een vaste afspraak onder de inflatie. Elzenwaard "
                    "verlaagt de huur van alle huurders met een laag inkomen per 1 juli.", None)],
 "efg": [("150", "HvK", "Aantal gecontroleerd met de vastgoedadministratie per 1 oktober. Elzenwaard realiseert in "
          "2025 ten minste 110 labelstappen; de rest volgt in 2026. Graag nog afstemmen met afdeling Vastgoed voordat "
          "dit definitief wordt. Ook de woningen in Weverslo meetellen?", None)],
 "warmtenet": [("warmtenet", "GB", "Is dit haalbaar binnen de begroting?", None)],
 "zorggeschikt": [("zorggeschikt", "ML", "Wat is de definitie van zorggeschikt? Graag opnemen in de begrippenlijst.",
                   "Wordt toegevoegd aan bijlage 3. (GB)")],
 "leefbaarheidsbudget": [("95", "ML", "Kan dit niet naar € 110? De gemeente stelt hiervoor aanvullend € 20.000 "
                          "beschikbaar.", None)],
 "werkbudget": [("werkbudget", "ML", "Akkoord, mits de indexering vanaf 2026 wordt meegenomen.", None)],
 "samenwerkingsovereenkomst": [("samenwerkingsovereenkomst", "HvK", "Partijen zullen vóór 1 april een nieuwe "
                                "overeenkomst tekenen.", None)],
 "slot": [("ondertekend", "GB", "Datum ondertekening nog bevestigen met het bestuurssecretariaat.", None)],
}
COM26 = {
 "intro": [("Woonvisie", "GB", "Nieuwe woonvisie is nog niet vastgesteld; tekst aanpassen na raadsbesluit.", None)],
 "terugblik": [("ontruimingen", "ML", "Klopt dit aantal? In onze rapportage staan er vier.",
                "Gecorrigeerd naar definitieve cijfers Q3. (HvK)")],
 "nieuwbouw": [("52", "GB", "Lager dan in het bod (60). Oorzaak: vertraging Beukenlaan door stikstofberekening. "
                "Gemeente zorgt ervoor dat de vergunning vóór maart rond is. Elzenwaard levert de overige woningen in "
                "2027 op. Tekst afstemmen met de wethouder.", None)],
 "flexwonen": [("flexwoningen", "HvK", "Elzenwaard stelt hiervoor maximaal € 1,2 miljoen beschikbaar.", None)],
 "huurverhoging": [("inflatie", "ML", "Fijn dat dit is overgenomen.", None)],
 "verduurzaming": [("medio", "GB", "Is dit haalbaar binnen de begroting?",
                    "Ja, mits de aannemer in januari start. (HvK)")],
 "zonnepanelen": [("salderingsregeling.", "HvK", "Besluit over het vervolg volgt in het eerste kwartaal.", None)],
 "wijkactieplan": [("medio", "ML", "Vertraging wel toelichten in de raadsinformatiebrief.", None)],
 "werkbudget": [("€", "ML", "Indexering ontbreekt nog (zie opmerking vorig jaar).", None)],
 "slot": [("ondertekend", "GB", "Ondertekening tijdens het bestuurlijk overleg van december.", None)],
}

# ---------------------------------------------------------------- bod 2026
# (key, title, text, frame, section)
BOD = [
 ("Betaalbaar en beschikbaar wonen", [
  ("nieuwbouw", "Nieuwbouw", "Wij bieden aan om in 2026 ten minste 60 nieuwe sociale huurwoningen op te leveren in de "
   "plannen Kloosterweide en Beukenlaan, waarvan het grootste deel in Kloosterweide.",
   F([C], "firm", [(60, "woningen", "min")], (2026, "in 2026"), True)),
  ("sociaal-aandeel", "Aandeel sociale huur", "Wij vragen de gemeente om in nieuwe woningbouwplannen van meer dan "
   "twintig woningen een aandeel sociale huur van ten minste 35% voor te schrijven.",
   F([G], "intent", [(35, "%", "min")])),
  ("verkoop", "Verkoop", "Wij verkopen in 2026 maximaal 12 huurwoningen uit ons verspreide bezit in Oosterhulst en "
   "Weverslo en liberaliseren geen sociale huurwoningen.",
   F([C], "firm", [(12, "woningen", "max")], (2026, "in 2026"), True)),
  ("flexwonen", "Flexwonen", "Wij onderzoeken samen met de gemeente of op de locatie Sportpark Oost tijdelijke "
   "flexwoningen voor spoedzoekers kunnen worden geplaatst.",
   F([C, G], "explore")),
  ("kantoortransformatie", "Jongerenhuisvesting", "Wij verkennen of het voormalige kantoorpand aan de Stationsweg kan "
   "worden getransformeerd tot circa 30 zelfstandige studio's voor jongeren tot 27 jaar.",
   F([C], "explore", [(30, "woningen", "approx")])),
  ("huurverhoging", "Huurbeleid", "Wij houden de gemiddelde huurverhoging per 1 juli 2026 maximaal gelijk aan de "
   "inflatie.", F([C], "firm", [], (2026, "per 1 juli 2026"), True)),
  ("huurverlaging", "Huurverlaging", "Wij verlagen per 1 juli 2026 de huur van huishoudens met een inkomen tot de "
   "huurtoeslaggrens en een huur boven de aftoppingsgrens tot de voor hen geldende aftoppingsgrens, voor zover dit "
   "past binnen de financiële ruimte uit ons meerjarenbeleid.",
   F([C], "firm", [], (2026, "per 1 juli 2026"), True,
     ["voor zover dit past binnen de financiële ruimte uit ons meerjarenbeleid"])),
  ("statushouders", "Vergunninghouders", "Wij leveren in 2026 ten minste de helft van de woningen die nodig zijn om "
   "de taakstelling voor vergunninghouders te realiseren.",
   F([C], "firm", [], (2026, "in 2026"), True)),
  ("doorstroming", "Doorstroming", "Onze doorstroommakelaar benadert in 2026 ten minste 50 oudere huishoudens in een "
   "eengezinswoning over een verhuizing naar een gelijkvloerse woning.",
   F([C], "firm", [(50, "huishoudens", "min")], (2026, "in 2026"), True)),
  ("huurachterstand", "Vroegsignalering", "Wij nemen bij een huurachterstand van één maand persoonlijk contact op met "
   "de huurder en melden de achterstand, met diens toestemming, bij het team vroegsignalering van de gemeente.",
   F([C], "firm", [(1, "maanden", "exact")])),
  ("huisuitzetting", "Huisuitzettingen", "Wij streven ernaar het aantal huisuitzettingen wegens huurachterstand in "
   "2026 te beperken tot maximaal drie.",
   F([C], "intent", [(3, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
 ]),
 ("Duurzaamheid", [
  ("efg", "Energielabels", A26["efg"][0], A26["efg"][2]),
  ("gemiddeld-label", "Gemiddeld label", "Wij streven ernaar dat ons bezit eind 2030 gemiddeld energielabel C heeft.",
   F([C], "intent", [("C", "label", "min")], (2030, "eind 2030"))),
  ("verduurzaming", "Verduurzaming complexen", "Wij verduurzamen vóór eind 2026 ten minste 140 woningen in "
   "Vogelbuurt-Oost en Kerkakkers naar ten minste label B.",
   F([C], "firm", [(140, "woningen", "min"), ("B", "label", "min")], (2026, "vóór eind 2026"))),
  ("zonnepanelen", "Zonnepanelen", "Wij bieden in 2026 ten minste 150 huurders van een grondgebonden woning "
   "zonnepanelen aan tegen een vaste maandelijkse vergoeding.",
   F([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"), True)),
  ("warmtenet", "Warmtenet", "Wij zijn bereid om, onder voorbehoud van een sluitende businesscase, in 2026 met de "
   "gemeente een intentieovereenkomst te sluiten over de aansluiting van 300 woningen in Hulstbroek-Noord op een "
   "collectief warmtenet.",
   F([C, G], "firm", [(300, "woningen", "exact")], (2026, "in 2026"), False,
     ["onder voorbehoud van een sluitende businesscase"])),
  ("groene-daken", "Groene daken", "Wij leggen in 2026 op vier van onze complexen een groen dak aan om wateroverlast "
   "en hittestress te beperken.", F([C], "firm", [(4, "complexen", "exact")], (2026, "in 2026"))),
 ]),
 ("Kwaliteit en wonen met zorg", [
  ("vocht-schimmel", "Vocht en schimmel", A26["vocht-schimmel"][0], A26["vocht-schimmel"][2]),
  ("onderhoud", "Planmatig onderhoud", "Wij voeren in 2026 planmatig onderhoud uit aan 620 woningen, volgens onze "
   "meerjarenonderhoudsbegroting.", F([C], "firm", [(620, "woningen", "exact")], (2026, "in 2026"), True)),
  ("zorggeschikt", "Zorggeschikte woningen", "Wij labelen in 2026 ten minste 40 bestaande gelijkvloerse woningen als "
   "zorggeschikt.", F([C], "firm", [(40, "woningen", "min")], (2026, "in 2026"), True)),
  ("rookmelders", "Rookmelders", "Wij plaatsen vóór medio 2026 rookmelders in de woningen in Kerkakkers en De Molenhof "
   "waarin deze nog ontbreken.", F([C], "firm", [], (2026, "vóór medio 2026"))),
 ]),
 ("Leefbaarheid en samenwerking", [
  ("leefbaarheidsbudget", "Leefbaarheid", "Wij reserveren voor 2026 een leefbaarheidsbudget van € 110 per woning.",
   F([C], "firm", [(110, "euro per woning", "exact")], (2026, "voor 2026"), True)),
  ("wijkbeheerders", "Wijkbeheer", "Wij breiden de inzet van wijkbeheerders uit naar de Vogelbuurt, De Hulst en "
   "Kerkakkers.", F([C], "firm")),
  ("huismeesters", "Huismeesters", "Wij breiden de huismeesterdienst uit naar al onze complexen voor ouderen.",
   F([C], "firm")),
  ("werkbudget", "Huurdersorganisatie", "Wij stellen De Kandelaar per 1 januari 2026 een werkbudget van € 20.000 "
   "beschikbaar.", F([C], "firm", [(20000, "euro", "exact")], (2026, "per 1 januari 2026"), True)),
 ]),
]

# ---------------------------------------------------------------- pair annotations
# 2025 -> 2026 : key -> (status, kinds, hard_negative)
PAIR_Y = {
 "nieuwbouw": ("weakened", ["quantity"], None),
 "sociaal-aandeel": ("strengthened", ["quantity"], None),
 "verkoop": ("strengthened", ["quantity"], None),
 "middenhuur-onderzoek": ("dropped", [], None),
 "lokale-binding": ("strengthened", ["modality", "condition"], None),
 "huurverhoging": ("strengthened", ["quantity"], None),
 "huurverlaging": ("weakened", ["condition"], None),
 "inkomensgrens": ("reworded", [], "indexed_amount"),
 "statushouders": ("reworded", [], "external_figure"),
 "inschrijfduur": ("strengthened", ["quantity"], None),
 "doorstroming": ("reworded", [], None),
 "huurachterstand": ("strengthened", ["quantity"], None),
 "huisuitzetting": ("strengthened", ["quantity"], None),
 "efg": ("reworded", [], "progress"),
 "gemiddeld-label": ("weakened", ["label"], None),
 "verduurzaming": ("weakened", ["quantity", "deadline"], None),
 "zonnepanelen": ("weakened", ["modality", "condition"], None),
 "warmtenet": ("strengthened", ["modality"], None),
 "circulair": ("dropped", [], None),
 "vocht-schimmel": ("strengthened", ["deadline"], None),
 "onderhoud": ("reworded", [], "recurring_year"),
 "wmo-kosten": ("strengthened", ["modality"], None),
 "zorggeschikt": ("weakened", ["modality"], None),
 "beschermd-wonen": ("unchanged", [], None),
 "huurdersoordeel": ("weakened", ["modality"], None),
 "rookmelders": ("weakened", ["deadline", "scope"], None),
 "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
 "wijkbeheerders": ("strengthened", ["scope"], None),
 "casusoverleg": ("unchanged", [], None),
 "bewonersinitiatieven": ("reworded", [], "same_figures"),
 "ontmoetingsruimte": ("dropped", [], None),
 "wijkactieplan": ("weakened", ["deadline"], None),
 "energiecoaches": ("unchanged", [], None),
 "buurtbemiddeling": ("strengthened", ["condition"], None),
 "bestuurlijk-overleg": ("unchanged", [], None),
 "bod": ("reworded", [], "recurring_year"),
 "werkbudget": ("reworded", [], "recurring_year"),
 "woonvisie-evaluatie": ("dropped", [], None),
 "samenwerkingsovereenkomst": ("strengthened", ["modality"], None),
 "geschillen": ("unchanged", [], None),
}
# bod-2026 -> 2026
PAIR_B = {
 "nieuwbouw": ("weakened", ["quantity"], None),
 "sociaal-aandeel": ("strengthened", ["modality"], None),
 "verkoop": ("strengthened", ["quantity"], None),
 "flexwonen": ("strengthened", ["modality"], None),
 "kantoortransformatie": ("dropped", [], None),
 "huurverhoging": ("strengthened", ["quantity"], None),
 "huurverlaging": ("reworded", [], None),
 "statushouders": ("reworded", [], None),
 "doorstroming": ("strengthened", ["quantity"], None),
 "huurachterstand": ("reworded", [], None),
 "huisuitzetting": ("strengthened", ["quantity"], None),
 "efg": ("unchanged", [], None),
 "gemiddeld-label": ("reworded", [], None),
 "verduurzaming": ("strengthened", ["quantity", "deadline"], None),
 "zonnepanelen": ("weakened", ["modality", "condition"], None),
 "warmtenet": ("strengthened", ["condition", "deadline"], None),
 "groene-daken": ("dropped", [], None),
 "vocht-schimmel": ("unchanged", [], None),
 "onderhoud": ("reworded", [], None),
 "zorggeschikt": ("weakened", ["modality"], None),
 "rookmelders": ("weakened", ["deadline"], None),
 "leefbaarheidsbudget": ("reworded", [], None),
 "wijkbeheerders": ("strengthened", ["scope"], None),
 "huismeesters": ("dropped", [], None),
 "werkbudget": ("strengthened", ["quantity"], None),
}
