# -*- coding: utf-8 -*-
"""Content of the rietvoorde family (fictional): prestatieafspraken 2025 and 2026, bod 2026 of Rietland."""

GEMEENTE = "Rietvoorde"
CORP = ["Woonstichting Rietland", "Woningbouwvereniging De Kreek"]
HO = ["Huurdersvereniging Samen Rietvoorde"]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for item in q:
        v, u, c = item[:3]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": item[3] if len(item) > 3 else None})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


def A(key, letter, themes, text, wie, gereed, frame):
    return {"key": key, "letter": letter, "themes": themes, "text": text, "wie": wie,
            "gereed": gereed, "frame": frame}


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

# ---------------------------------------------------------------- shared texts (unchanged ones)
T_DOOR = ("Rietland biedt huurders van 65 jaar en ouder die een eengezinswoning achterlaten voor een passende "
          "nultredenwoning een verhuisvergoeding van € 2.500 en begeleiding door een verhuiscoach aan. Zij behouden "
          "bij de verhuizing hun huidige huurprijs per vierkante meter, mits de nieuwe woning tot de sociale "
          "voorraad van Rietland behoort.")
F_DOOR = F([C], "firm", [(65, "jaar", "min"), (2500, "euro", "exact")],
           cond=["mits de nieuwe woning tot de sociale voorraad van Rietland behoort"])
T_KLIM = ("Gemeente en corporaties verkennen gezamenlijk de mogelijkheden om bij renovatie en nieuwbouw groene "
          "daken, regenwateropvang en extra beplanting toe te passen, met bijzondere aandacht voor hittestress in "
          "het sterk versteende Havenkwartier.")
F_KLIM = F([G, C], "explore")
T_WMO = ("De gemeente handelt aanvragen voor woningaanpassingen op grond van de Wmo binnen acht weken af. Bij "
         "aanpassingen boven € 10.000 wordt eerst met de betrokken corporatie bekeken of een verhuizing naar een "
         "geschikte woning een betere oplossing is.")
F_WMO = F([G], "firm", [(8, "weken", "max"), (10000, "euro", "min")])
T_ZACHT = ("De corporaties bieden, in samenwerking met de wijkteams, kwetsbare huurders die uitstromen uit beschermd "
           "wonen of maatschappelijke opvang een zachte landing, met een begeleidingsplan voor ten minste het eerste "
           "jaar na de verhuizing.")
F_ZACHT = F([C], "firm", [(1, "jaar", "min")])
T_GESCH = ("Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg. "
           "Komen zij daar niet tot overeenstemming, dan wordt het geschil binnen acht weken voorgelegd aan een "
           "onafhankelijke bemiddelaar die partijen in gezamenlijkheid aanwijzen.")
F_GESCH = F([P], "firm", [(8, "weken", "max")])
T_LABELS26 = ("Rietland werkt de resterende 45 woningen met een E-, F- of G-label vóór eind 2026 weg, zodat daarmee "
              "wordt voldaan aan de afspraak uit de Nationale Prestatieafspraken.")
F_LABELS26 = F([C], "firm", [(45, "woningen", "exact")], dl=(2026, "vóór eind 2026"))

# ---------------------------------------------------------------- 2025
A2025 = [
    A("nieuwbouw-rietland", "A", [BB],
      "Rietland levert vóór eind 2026 ten minste 85 sociale huurwoningen op in de nieuwbouwprojecten Kreekzijde en "
      "Molenakker. De woningen worden grotendeels als nultredenwoning uitgevoerd, zodat zij ook geschikt zijn voor "
      "senioren die vanuit een eengezinswoning willen verhuizen.",
      "Rietland", "eind 2026", F([C], "firm", [(85, "woningen", "min")], dl=(2026, "vóór eind 2026"))),
    A("nieuwbouw-kreek", "A", [BB],
      "De Kreek onderzoekt of op de locatie Oude Veiling circa 30 sociale huurwoningen voor één- en "
      "tweepersoonshuishoudens kunnen worden gebouwd. De uitkomst van dit haalbaarheidsonderzoek wordt vóór "
      "1 oktober 2025 aan partijen voorgelegd.",
      "De Kreek", "1 oktober 2025", F([C], "explore", [(30, "woningen", "approx")], dl=(2025, "vóór 1 oktober 2025"))),
    A("sociaal-aandeel", "A", [BB],
      "De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste "
      "30% sociale huur en legt dit vast in de anterieure overeenkomsten met ontwikkelaars.",
      "Gemeente", "doorlopend", F([G], "firm", [(30, "%", "min")])),
    A("huurverhoging", "A", [BB],
      "Rietland en De Kreek beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal de inflatie over "
      "2024. Voor huishoudens met een inkomen onder de huurtoeslaggrens wordt de huurverhoging waar mogelijk "
      "verder beperkt.",
      "Corporaties", "1 juli 2025", F([C], "firm", dl=(2025, "per 1 juli 2025"), rec=True, cond=["waar mogelijk"])),
    A("verkoop", "A", [BB],
      "Rietland verkoopt in 2025 maximaal 12 vrijkomende eengezinswoningen uit de complexen die in de "
      "portefeuillestrategie als verkoopcomplex zijn aangemerkt. De opbrengst wordt ingezet voor de nieuwbouw van "
      "sociale huurwoningen binnen de gemeente.",
      "Rietland", "2025", F([C], "firm", [(12, "woningen", "max")], dl=(2025, "in 2025"))),
    A("passend-toewijzen", "A", [BB],
      "De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens "
      "met recht op huurtoeslag, volgens de inkomensgrenzen van prijspeil 2025 (€ 32.175 voor "
      "eenpersoonshuishoudens en € 43.700 voor meerpersoonshuishoudens).",
      "Corporaties", "doorlopend",
      F([C], "firm", [(95, "%", "min"), (32175, "euro", "exact"), (43700, "euro", "exact")])),
    A("statushouders", "A", [BB],
      "Partijen zorgen er gezamenlijk voor dat de door het Rijk voor 2025 vastgestelde taakstelling van 64 "
      "vergunninghouders wordt gehuisvest.\n\nDe corporaties leveren daarvoor woningen naar rato van hun "
      "woningbezit; de gemeente verzorgt de maatschappelijke begeleiding gedurende het eerste jaar.",
      "Partijen", "2025", F([P], "firm", [(64, "vergunninghouders", "exact")], dl=(2025, "2025"), rec=True)),
    A("huurachterstand", "A", [BB],
      "De corporaties nemen uiterlijk bij een huurachterstand van twee maanden persoonlijk contact op met de "
      "huurder, telefonisch of met een huisbezoek. Zij melden de achterstand met toestemming van de huurder bij het "
      "gemeentelijke team Vroegsignalering, dat binnen vijf werkdagen een hulpaanbod doet.",
      "Corporaties, Gemeente", "doorlopend",
      F([C, G], "firm", [(2, "maanden", "max"), (5, "dagen", "max")])),
    A("ontruimingen", "A", [BB],
      "Partijen streven ernaar het aantal ontruimingen wegens uitsluitend huurachterstand in 2025 te beperken tot "
      "maximaal drie. Een ontruiming wordt pas aangevraagd nadat de gemeente in een casusoverleg is betrokken.",
      "Partijen", "2025", F([P], "intent", [(3, "ontruimingen", "max")], dl=(2025, "in 2025"), rec=True)),
    A("doorstroming", "A", [BB], T_DOOR, "Rietland", "doorlopend", F_DOOR),
    A("huisvestingsverordening", "A", [BB],
      "De gemeente stelt vóór 1 juli 2025 een herziene huisvestingsverordening vast, waarin de urgentieregeling "
      "wordt aangepast aan de Wet versterking regie volkshuisvesting en de vrije toewijzingsruimte wordt "
      "vastgelegd op 15%.",
      "Gemeente", "1 juli 2025", F([G], "firm", [(15, "%", "max")], dl=(2025, "vóór 1 juli 2025"))),
    A("zoektijd", "A", [BB],
      "Partijen zorgen ervoor dat de gemiddelde zoektijd voor een sociale huurwoning in Rietvoorde eind 2025 niet "
      "langer is dan vier jaar. Daartoe wordt onder meer de inzet van loting en directe bemiddeling voor "
      "spoedzoekers uitgebreid.",
      "Partijen", "eind 2025", F([P], "firm", [(4, "jaar", "max")], dl=(2025, "eind 2025"))),
    # B
    A("labels-efg", "B", [DK],
      "Rietland werkt de resterende 140 woningen met een E-, F- of G-label vóór eind 2026 weg, zodat daarmee wordt "
      "voldaan aan de afspraak uit de Nationale Prestatieafspraken.",
      "Rietland", "eind 2026", F([C], "firm", [(140, "woningen", "exact")], dl=(2026, "vóór eind 2026"))),
    A("gemiddeld-label", "B", [DK],
      "De Kreek brengt haar woningbezit in Rietvoorde vóór eind 2028 naar gemiddeld label B. Daarbij wordt per "
      "complex gekozen voor een natuurlijk moment, zoals groot onderhoud of een mutatie.",
      "De Kreek", "eind 2028", F([C], "firm", [("B", "label", "min")], dl=(2028, "vóór eind 2028"))),
    A("zonnepanelen", "B", [DK],
      "De Kreek plaatst in 2025 zonnepanelen op 150 eengezinswoningen in de wijken De Slikken en Rietpark. "
      "Huurders betalen hiervoor een maandelijkse vergoeding die lager is dan de verwachte besparing op hun "
      "energierekening.",
      "De Kreek", "2025", F([C], "firm", [(150, "woningen", "exact")], dl=(2025, "in 2025"))),
    A("isolatie", "B", [DK],
      "Rietland voert in 2025 in alle portiekcomplexen in Noordhoek na-isolatie van gevels, vloeren en daken uit, "
      "waarbij de huurders vooraf worden geïnformeerd over de werkzaamheden en de planning.",
      "Rietland", "2025", F([C], "firm", dl=(2025, "in 2025"))),
    A("energiecoaches", "B", [DK, BB],
      "De gemeente zet in 2025 energiecoaches in voor huurders in de wijk De Slikken, die huishoudens met hoge "
      "energielasten bezoeken en kleine besparende maatregelen aanbieden. De corporaties brengen de coaches in "
      "contact met hun huurders.",
      "Gemeente", "2025", F([G, C], "firm", dl=(2025, "in 2025"))),
    A("warmtenet", "B", [DK],
      "Partijen maken afspraken over de voorwaarden waaronder de complexen van Rietland en De Kreek in "
      "Rietvoorde-Oost worden aangesloten op het toekomstige warmtenet, waarbij de woonlasten voor huurders niet "
      "mogen stijgen.",
      "Partijen", "2025", F([P], "discuss")),
    A("klimaatadaptatie", "B", [DK], T_KLIM, "Gemeente, Corporaties", "doorlopend", F_KLIM),
    A("energiefonds", "B", [DK, BB],
      "Rietland en De Kreek stellen in 2025 gezamenlijk een energiefonds van € 50.000 beschikbaar, waaruit huurders "
      "met een laag inkomen een tegemoetkoming in hun energiekosten kunnen aanvragen.",
      "Corporaties", "2025", F([C], "firm", [(50000, "euro", "exact")], dl=(2025, "in 2025"))),
    # C
    A("vocht", "C", [KW],
      "De corporaties reageren binnen vijf werkdagen op iedere melding van vocht of schimmel met een inspectie van "
      "de woning. Als de oorzaak bouwkundig is, wordt binnen zes weken een herstelplan met de huurder besproken.",
      "Corporaties", "doorlopend", F([C], "firm", [(5, "dagen", "max"), (6, "weken", "max")])),
    A("huurdersoordeel", "C", [KW],
      "De corporaties streven naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
      "reparatieverzoeken en rapporteren dit cijfer in de halfjaarlijkse monitor.",
      "Corporaties", "doorlopend", F([C], "intent", [(7.5, "rapportcijfer", "min")])),
    A("levensloop", "C", [KW],
      "Rietland zal in 2025 bij planmatig onderhoud 40 benedenwoningen levensloopbestendig maken door drempels te "
      "verwijderen en de badkamer aan te passen.",
      "Rietland", "2025", F([C], "firm", [(40, "woningen", "exact")], dl=(2025, "in 2025"))),
    A("woningaanpassingen", "C", [KW], T_WMO, "Gemeente", "doorlopend", F_WMO),
    A("brandveiligheid", "C", [KW],
      "De Kreek voert vóór het derde kwartaal van 2025 een brandveiligheidsinspectie uit in alle zeven galerijflats "
      "en deelt de bevindingen met de huurdersvereniging.",
      "De Kreek", "Q3 2025", F([C], "firm", [(7, "galerijflats", "exact")], dl=(2025, "vóór het derde kwartaal van 2025"))),
    A("wonen-zorg", "C", [KW, BB],
      "Partijen onderzoeken samen met Zorggroep Rietstreek of in de wijk Molenakker een woonzorgcombinatie met circa "
      "24 zorggeschikte woningen en een gemeenschappelijke ruimte kan worden ontwikkeld.",
      "Partijen", "eind 2025", F([P], "explore", [(24, "woningen", "approx")])),
    A("zachte-landing", "C", [LB], T_ZACHT, "Corporaties", "doorlopend", F_ZACHT),
    # D
    A("wijkbeheer", "D", [LB],
      "De corporaties zeggen toe dat hun wijkbeheerders in De Slikken, Noordhoek en het Havenkwartier ten minste "
      "vier dagen per week zichtbaar aanwezig zijn.",
      "Corporaties", "doorlopend", F([C], "firm", [(4, "dagen per week", "min")])),
    A("leefbaarheidsbudget", "D", [LB],
      "Rietland stelt in 2025 een leefbaarheidsbudget beschikbaar van € 40 per woning, dat in overleg met de "
      "bewonerscommissies wordt besteed aan bewonersinitiatieven, groenonderhoud en ontmoeting.",
      "Rietland", "2025", F([C], "firm", [(40, "euro", "exact")], dl=(2025, "in 2025"), rec=True)),
    A("schoon-heel-veilig", "D", [LB],
      "Gemeente en corporaties houden in 2025 in elke wijk ten minste één schouw op schoon, heel en veilig, "
      "waarbij bewoners worden uitgenodigd om mee te lopen.",
      "Gemeente, Corporaties", "2025", F([G, C], "firm", [(1, "schouw", "min")], dl=(2025, "in 2025"), rec=True)),
    A("ontmoeting", "D", [LB],
      "De gemeente gaat met de corporaties in gesprek over het openstellen van ontmoetingsruimten in "
      "seniorencomplexen voor buurtbewoners.",
      "Gemeente", "2025", F([G], "discuss")),
    # E
    A("monitoring", "E", [OV],
      "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, vóór "
      "1 mei 2025 en vóór 1 november 2025, op basis van een monitor die de corporaties aanleveren.",
      "Partijen", "mei en nov. 2025",
      F([P], "firm", [(2, "keer per jaar", "exact")], dl=(2025, "vóór 1 november 2025"), rec=True)),
    A("bod-datum", "E", [OV],
      "De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie, waarna partijen vóór 15 december 2025 "
      "de prestatieafspraken voor het volgende jaar ondertekenen.",
      "Corporaties, Partijen", "15 december 2025",
      F([C, P], "firm", dl=(2025, "vóór 15 december 2025"), rec=True)),
    A("ondersteuning-ho", "E", [OV],
      "Per 1 januari 2025 stellen de corporaties de Huurdersvereniging Samen Rietvoorde een jaarlijks budget van "
      "€ 18.000 ter beschikking voor scholing, advies en het raadplegen van de achterban.",
      "Corporaties", "1 januari 2025",
      F([C], "firm", [(18000, "euro", "exact")], dl=(2025, "per 1 januari 2025"), rec=True)),
    A("geschillen", "E", [OV], T_GESCH, "Partijen", "n.v.t.", F_GESCH),
    A("woonvisie-evaluatie", "E", [OV],
      "De gemeente evalueert in 2025 de woonvisie Thuis in Rietvoorde 2021-2026 en betrekt de corporaties en de "
      "huurdersvereniging bij die evaluatie via twee werksessies.",
      "Gemeente", "eind 2025", F([G], "firm", [(2, "werksessies", "exact")], dl=(2025, "in 2025"))),
]

# ---------------------------------------------------------------- 2026
_old = {a["key"]: a for a in A2025}


def same(key, letter=None):
    a = dict(_old[key])
    if letter:
        a["letter"] = letter
    return a


A2026 = [
    # A (reordered: doorstroming moved up, new flexwoningen)
    A("nieuwbouw-rietland", "A", [BB],
      "Rietland levert vóór medio 2027 ten minste 70 sociale huurwoningen op in de nieuwbouwprojecten Kreekzijde en "
      "Molenakker. De woningen worden grotendeels als nultredenwoning uitgevoerd, zodat zij ook geschikt zijn voor "
      "senioren die vanuit een eengezinswoning willen verhuizen.",
      "Rietland", "medio 2027", F([C], "firm", [(70, "woningen", "min")], dl=(2027, "vóór medio 2027"))),
    A("nieuwbouw-kreek", "A", [BB],
      "Op de locatie Oude Veiling worden door De Kreek 32 sociale huurwoningen voor één- en "
      "tweepersoonshuishoudens gerealiseerd. De start van de bouw is voorzien in het vierde kwartaal van 2026; de "
      "gemeente verleent tijdig haar medewerking aan de benodigde planologische procedure.",
      "De Kreek, Gemeente", "Q4 2026",
      F([C, G], "firm", [(32, "woningen", "exact")], dl=(2026, "in het vierde kwartaal van 2026"))),
    A("tijdelijke-woningen", "A", [BB],
      "De gemeente en De Kreek verkennen in 2026 de mogelijkheid om op de locatie Havenweg voor een periode van "
      "vijftien jaar 24 flexwoningen te plaatsen voor spoedzoekers, afhankelijk van de uitkomst van het "
      "bodemonderzoek.",
      "Gemeente, De Kreek", "2026",
      F([G, C], "explore", [(24, "woningen", "exact"), (15, "jaar", "exact")], dl=(2026, "in 2026"),
        cond=["afhankelijk van de uitkomst van het bodemonderzoek"])),
    A("sociaal-aandeel", "A", [BB],
      "De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste "
      "35% sociale huur en legt dit vast in de anterieure overeenkomsten met ontwikkelaars.",
      "Gemeente", "doorlopend", F([G], "firm", [(35, "%", "min")])),
    same("doorstroming"),
    A("huurverhoging", "A", [BB],
      "Rietland en De Kreek beperken de gemiddelde huurverhoging per 1 juli 2026 tot ten minste 0,5% onder de "
      "inflatie over 2025. Voor huishoudens met een inkomen onder de huurtoeslaggrens wordt de huurverhoging waar "
      "mogelijk verder beperkt.",
      "Corporaties", "1 juli 2026",
      F([C], "firm", [(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True, cond=["waar mogelijk"])),
    A("verkoop", "A", [BB],
      "Rietland verkoopt in 2026 maximaal 20 vrijkomende eengezinswoningen uit de complexen die in de "
      "portefeuillestrategie als verkoopcomplex zijn aangemerkt. De opbrengst wordt ingezet voor de nieuwbouw van "
      "sociale huurwoningen binnen de gemeente.",
      "Rietland", "2026", F([C], "firm", [(20, "woningen", "max")], dl=(2026, "in 2026"))),
    A("passend-toewijzen", "A", [BB],
      "De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens "
      "met recht op huurtoeslag, volgens de inkomensgrenzen van prijspeil 2026 (€ 32.950 voor "
      "eenpersoonshuishoudens en € 44.750 voor meerpersoonshuishoudens).",
      "Corporaties", "doorlopend",
      F([C], "firm", [(95, "%", "min"), (32950, "euro", "exact"), (44750, "euro", "exact")])),
    A("statushouders", "A", [BB],
      "Partijen zorgen er gezamenlijk voor dat de door het Rijk voor 2026 vastgestelde taakstelling van 58 "
      "vergunninghouders wordt gehuisvest.\n\nDe corporaties leveren daarvoor woningen naar rato van hun "
      "woningbezit; de gemeente verzorgt de maatschappelijke begeleiding gedurende het eerste jaar.",
      "Partijen", "2026", F([P], "firm", [(58, "vergunninghouders", "exact")], dl=(2026, "2026"), rec=True)),
    A("zoektijd", "A", [BB],
      "Partijen onderzoeken of de gemiddelde zoektijd voor een sociale huurwoning in Rietvoorde eind 2026 kan "
      "worden teruggebracht tot vier jaar, onder meer door de inzet van loting en directe bemiddeling voor "
      "spoedzoekers uit te breiden.",
      "Partijen", "eind 2026", F([P], "explore", [(4, "jaar", "max")], dl=(2026, "eind 2026"))),
    A("huurachterstand", "A", [BB],
      "De corporaties nemen uiterlijk bij een huurachterstand van één maand persoonlijk contact op met de "
      "huurder, telefonisch of met een huisbezoek. Zij melden de achterstand met toestemming van de huurder bij het "
      "gemeentelijke team Vroegsignalering, dat binnen vijf werkdagen een hulpaanbod doet.",
      "Corporaties, Gemeente", "doorlopend",
      F([C, G], "firm", [(1, "maanden", "max"), (5, "dagen", "max")])),
    A("ontruimingen", "A", [BB],
      "Partijen streven ernaar dat in 2026 geen enkele ontruiming wegens uitsluitend huurachterstand plaatsvindt. "
      "Een ontruiming wordt pas aangevraagd nadat de gemeente in een casusoverleg is betrokken.",
      "Partijen", "2026", F([P], "intent", [(0, "ontruimingen", "max")], dl=(2026, "in 2026"), rec=True)),
    # B
    A("labels-efg", "B", [DK], T_LABELS26, "Rietland", "eind 2026", F_LABELS26),
    A("gemiddeld-label", "B", [DK],
      "De Kreek brengt haar woningbezit in Rietvoorde vóór eind 2028 naar gemiddeld label C. Daarbij wordt per "
      "complex gekozen voor een natuurlijk moment, zoals groot onderhoud of een mutatie.",
      "De Kreek", "eind 2028", F([C], "firm", [("C", "label", "min")], dl=(2028, "vóór eind 2028"))),
    A("isolatie", "B", [DK],
      "Rietland voert in 2026 in twee portiekcomplexen in Noordhoek (Lisdoddelaan en Biezenhof) bij wijze van pilot "
      "na-isolatie van gevels, vloeren en daken uit, waarbij de huurders vooraf worden geïnformeerd over de "
      "werkzaamheden en de planning.",
      "Rietland", "2026", F([C], "firm", [(2, "complexen", "exact")], dl=(2026, "in 2026"))),
    A("zonnepanelen", "B", [DK],
      "De Kreek plaatst in 2026 zonnepanelen op 150 eengezinswoningen in de wijken De Slikken en Rietpark, voor "
      "zover de daken daarvoor constructief geschikt zijn. Huurders betalen hiervoor een maandelijkse vergoeding "
      "die lager is dan de verwachte besparing op hun energierekening.",
      "De Kreek", "2026",
      F([C], "firm", [(150, "woningen", "exact")], dl=(2026, "in 2026"),
        cond=["voor zover de daken daarvoor constructief geschikt zijn"])),
    A("energiecoaches", "B", [DK, BB],
      "De gemeente zet in 2026 energiecoaches in voor huurders in alle wijken van Rietvoorde, die huishoudens met "
      "hoge energielasten bezoeken en kleine besparende maatregelen aanbieden. De corporaties brengen de coaches "
      "in contact met hun huurders.",
      "Gemeente", "2026", F([G, C], "firm", dl=(2026, "in 2026"))),
    A("klushulp", "B", [DK, BB],
      "De gemeente stelt in 2026 een budget van € 80.000 beschikbaar voor een klushulp die bij huurders met een "
      "laag inkomen tochtstrips, radiatorfolie en ledverlichting aanbrengt.\n\nDe corporaties dragen zorg voor de "
      "selectie van de adressen op basis van hun gegevens over energielabels.",
      "Gemeente, Corporaties", "2026", F([G, C], "firm", [(80000, "euro", "exact")], dl=(2026, "in 2026"))),
    A("warmtenet", "B", [DK],
      "Partijen werken volgens de gemaakte afspraken over de voorwaarden waaronder de complexen van Rietland en De "
      "Kreek in Rietvoorde-Oost worden aangesloten op het warmtenet, waarbij de woonlasten voor huurders niet "
      "mogen stijgen.",
      "Partijen", "doorlopend", F([P], "firm")),
    same("klimaatadaptatie"),
    # C
    A("vocht", "C", [KW],
      "De corporaties reageren binnen drie werkdagen op iedere melding van vocht of schimmel met een inspectie van "
      "de woning. Als de oorzaak bouwkundig is, wordt binnen zes weken een herstelplan met de huurder besproken.",
      "Corporaties", "doorlopend", F([C], "firm", [(3, "dagen", "max"), (6, "weken", "max")])),
    A("huurdersoordeel", "C", [KW],
      "Voor de afhandeling van reparatieverzoeken wordt door de corporaties gestreefd naar een gemiddeld "
      "huurdersoordeel van minimaal 7,5; het cijfer wordt in de halfjaarlijkse monitor gerapporteerd.",
      "Corporaties", "doorlopend", F([C], "intent", [(7.5, "rapportcijfer", "min")])),
    A("levensloop", "C", [KW],
      "Rietland streeft ernaar in 2026 bij planmatig onderhoud 40 benedenwoningen levensloopbestendig te maken door "
      "drempels te verwijderen en de badkamer aan te passen.",
      "Rietland", "2026", F([C], "intent", [(40, "woningen", "exact")], dl=(2026, "in 2026"))),
    A("brandveiligheid", "C", [KW],
      "De Kreek voert vóór het einde van het eerste kwartaal van 2026 een brandveiligheidsinspectie uit in alle "
      "zeven galerijflats en deelt de bevindingen met de huurdersvereniging.",
      "De Kreek", "Q1 2026",
      F([C], "firm", [(7, "galerijflats", "exact")], dl=(2026, "vóór het einde van het eerste kwartaal van 2026"))),
    same("woningaanpassingen"),
    A("wonen-zorg", "C", [KW, BB],
      "Voor de wijk Molenakker wordt, in samenwerking met Zorggroep Rietstreek, nagegaan of een woonzorgcombinatie "
      "haalbaar is. In dat onderzoek worden de vraag naar zorggeschikte woningen, de benodigde ontmoetingsruimte en "
      "de financiering van de zorginfrastructuur meegenomen; uitgangspunt blijft een complex van ongeveer 24 "
      "woningen.",
      "Partijen", "eind 2026", F([P], "explore", [(24, "woningen", "approx")])),
    # D (renamed chapter; zachte landing moved here)
    A("wijkbeheer", "D", [LB],
      "De corporaties zetten zich ervoor in dat hun wijkbeheerders in De Slikken, Noordhoek en het Havenkwartier "
      "ten minste vier dagen per week zichtbaar aanwezig zijn.",
      "Corporaties", "doorlopend", F([C], "intent", [(4, "dagen per week", "min")])),
    same("zachte-landing", "D"),
    A("leefbaarheidsbudget", "D", [LB],
      "Rietland stelt in 2026 een leefbaarheidsbudget beschikbaar van € 40 per woning, dat in overleg met de "
      "bewonerscommissies wordt besteed aan bewonersinitiatieven, groenonderhoud en ontmoeting.",
      "Rietland", "2026", F([C], "firm", [(40, "euro", "exact")], dl=(2026, "in 2026"), rec=True)),
    A("ontmoeting", "D", [LB],
      "De gemeente en de corporaties openen in 2026 in ten minste twee seniorencomplexen een ontmoetingsruimte die "
      "ook toegankelijk is voor buurtbewoners; de gemeente draagt bij in de kosten van de inrichting.",
      "Gemeente, Corporaties", "2026",
      F([G, C], "firm", [(2, "seniorencomplexen", "min")], dl=(2026, "in 2026"))),
    A("eenzaamheid", "D", [LB],
      "Partijen zetten zich in voor het tijdig signaleren van eenzaamheid onder oudere huurders.\n\nWijkbeheerders "
      "en consulenten van de corporaties worden daartoe in 2026 getraind, en signalen worden met toestemming van "
      "de huurder doorgegeven aan het sociaal wijkteam.",
      "Partijen", "2026", F([P, C], "intent", dl=(2026, "in 2026"))),
    # E
    A("monitoring", "E", [OV],
      "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, vóór "
      "1 mei 2026 en vóór 1 november 2026, op basis van een monitor die de corporaties aanleveren.",
      "Partijen", "mei en nov. 2026",
      F([P], "firm", [(2, "keer per jaar", "exact")], dl=(2026, "vóór 1 november 2026"), rec=True)),
    A("bod-datum", "E", [OV],
      "De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie, waarna partijen vóór 15 december 2026 "
      "de prestatieafspraken voor het volgende jaar ondertekenen.",
      "Corporaties, Partijen", "15 december 2026",
      F([C, P], "firm", dl=(2026, "vóór 15 december 2026"), rec=True)),
    A("ondersteuning-ho", "E", [OV],
      "Per 1 januari 2026 stellen de corporaties de Huurdersvereniging Samen Rietvoorde een jaarlijks budget van "
      "€ 18.000 ter beschikking voor scholing, advies en het raadplegen van de achterban.",
      "Corporaties", "1 januari 2026",
      F([C], "firm", [(18000, "euro", "exact")], dl=(2026, "per 1 januari 2026"), rec=True)),
    A("woonvisie-actualisatie", "E", [OV, BB],
      "De gemeente stelt vóór eind 2026 een nieuwe woonvisie vast en legt daarin, na overleg met de corporaties en "
      "de huurdersvereniging, de opgave voor sociale huur tot 2035 vast, in lijn met de regionale woondeal.",
      "Gemeente", "eind 2026", F([G], "firm", dl=(2026, "vóór eind 2026"))),
    same("geschillen"),
]

THEMES = {
    2025: {"A": "A. Beschikbaar en betaalbaar wonen", "B": "B. Duurzaamheid en energie",
           "C": "C. Kwaliteit, wonen en zorg", "D": "D. Leefbaarheid in de wijken", "E": "E. Samenwerking en proces"},
    2026: {"A": "A. Beschikbaar en betaalbaar wonen", "B": "B. Duurzaamheid en energie",
           "C": "C. Kwaliteit, wonen en zorg", "D": "D. Prettig wonen in de buurt", "E": "E. Samenwerking en proces"},
}

# ---------------------------------------------------------------- bod 2026 (Rietland)
# (key, section, bold lead, rest, themes, frame)
BOD_SECTIONS = [
    ("Betaalbaar en beschikbaar wonen", [
        ("nieuwbouw-rietland", "Nieuwbouw.",
         "Wij leveren vóór eind 2027 ten minste 70 sociale huurwoningen op in onze projecten Kreekzijde en "
         "Molenakker, grotendeels als nultredenwoning, onder voorbehoud van goedkeuring door onze raad van "
         "commissarissen.", [BB],
         F([C], "firm", [(70, "woningen", "min")], dl=(2027, "vóór eind 2027"),
           cond=["onder voorbehoud van goedkeuring door onze raad van commissarissen"])),
        ("bod-middenhuur", "Middenhuur.",
         "Wij bouwen in de periode 2026-2028 25 middenhuurwoningen voor leraren, zorgmedewerkers en andere "
         "huishoudens met een middeninkomen, op voorwaarde dat de gemeente de grond tegen een gereduceerde prijs "
         "levert.", [BB],
         F([C], "firm", [(25, "woningen", "exact")], dl=(2028, "2026-2028"),
           cond=["op voorwaarde dat de gemeente de grond tegen een gereduceerde prijs levert"])),
        ("bod-tiny", "Kleine woonvormen.",
         "Wij starten in 2026 een pilot met twaalf compacte woningen voor jongeren op een tijdelijke locatie, als "
         "de gemeente daarvoor een locatie aanwijst.", [BB],
         F([C], "firm", [(12, "woningen", "exact")], dl=(2026, "in 2026"),
           cond=["als de gemeente daarvoor een locatie aanwijst"])),
        ("verkoop", "Verkoop.",
         "Wij verkopen in 2026 maximaal 20 vrijkomende eengezinswoningen uit onze verkoopcomplexen en zetten de "
         "opbrengst volledig in voor nieuwbouw in Rietvoorde.", [BB],
         F([C], "firm", [(20, "woningen", "max")], dl=(2026, "in 2026"))),
        ("huurverhoging", "Huurbeleid.",
         "Wij houden de gemiddelde huurverhoging per 1 juli 2026 gelijk aan de inflatie over 2025.", [BB],
         F([C], "firm", dl=(2026, "per 1 juli 2026"), rec=True)),
        ("passend-toewijzen", "Passend toewijzen.",
         "Wij wijzen ten minste 95% van onze vrijkomende sociale huurwoningen passend toe, volgens de "
         "inkomensgrenzen van prijspeil 2026.", [BB], F([C], "firm", [(95, "%", "min")])),
        ("statushouders", "Vergunninghouders.",
         "Wij huisvesten ons aandeel in de taakstelling voor vergunninghouders die het Rijk voor 2026 vaststelt, "
         "naar rato van ons woningbezit in de gemeente.", [BB], F([C], "firm", dl=(2026, "2026"), rec=True)),
        ("zoektijd", "Zoektijd.",
         "Wij zetten ons samen met De Kreek in voor een gemiddelde zoektijd van hooguit vier jaar voor een sociale "
         "huurwoning in Rietvoorde.", [BB], F([C], "intent", [(4, "jaar", "max")])),
        ("huurachterstand", "Huurachterstanden.",
         "Wij nemen uiterlijk bij een huurachterstand van twee maanden persoonlijk contact op met de huurder en "
         "melden de achterstand met toestemming van de huurder bij het team Vroegsignalering.", [BB],
         F([C], "firm", [(2, "maanden", "max")])),
        ("ontruimingen", "Ontruimingen.",
         "Wij streven ernaar het aantal ontruimingen wegens uitsluitend huurachterstand in 2026 te beperken tot "
         "maximaal twee.", [BB], F([C], "intent", [(2, "ontruimingen", "max")], dl=(2026, "in 2026"), rec=True)),
        ("doorstroming", None, T_DOOR, [BB], F_DOOR),
    ]),
    ("Duurzaam en klimaatbestendig", [
        ("labels-efg", None, T_LABELS26, [DK], F_LABELS26),
        ("isolatie", "Isolatie.",
         "Wij isoleren in 2026 de gevels, vloeren en daken van alle portiekcomplexen in Noordhoek en informeren de "
         "huurders vooraf over de werkzaamheden.", [DK], F([C], "firm", dl=(2026, "in 2026"))),
        ("warmtenet", "Warmtenet.",
         "Wij gaan graag met de gemeente in gesprek over de voorwaarden voor aansluiting van onze complexen in "
         "Rietvoorde-Oost op het warmtenet.", [DK], F([C, G], "discuss")),
        ("klimaatadaptatie", "Groene daken.",
         "Wij leggen in 2026 op drie complexen in het Havenkwartier groene daken aan om hittestress te beperken.",
         [DK], F([C], "firm", [(3, "complexen", "exact")], dl=(2026, "in 2026"))),
        ("bod-afkoppelen", "Regenwater.",
         "Wij koppelen in 2026 bij 60 woningen in Rietpark de regenpijpen af van het riool, in samenwerking met het "
         "waterschap.", [DK], F([C], "firm", [(60, "woningen", "exact")], dl=(2026, "in 2026"))),
    ]),
    ("Goede woningen, ook met zorg", [
        ("vocht", "Vocht en schimmel.",
         "Wij reageren binnen vijf werkdagen op iedere melding van vocht of schimmel met een inspectie van de "
         "woning.", [KW], F([C], "firm", [(5, "dagen", "max")])),
        ("huurdersoordeel", "Tevredenheid.",
         "Wij streven naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling van "
         "reparatieverzoeken.", [KW], F([C], "intent", [(7.5, "rapportcijfer", "min")])),
        ("levensloop", "Levensloopbestendig wonen.",
         "Wij maken in 2026 bij planmatig onderhoud 40 benedenwoningen levensloopbestendig.", [KW],
         F([C], "firm", [(40, "woningen", "exact")], dl=(2026, "in 2026"))),
        ("bod-vissershof", "Vissershof.",
         "Wij ronden vóór eind 2026 het onderzoek af naar sloop en vervangende nieuwbouw van het complex "
         "Vissershof en betrekken de bewonerscommissie bij elke stap.", [KW, BB],
         F([C], "firm", dl=(2026, "vóór eind 2026"))),
        ("zachte-landing", "Zachte landing.",
         "Wij zorgen samen met de wijkteams voor een zachte landing van kwetsbare huurders die uitstromen uit "
         "beschermd wonen of opvang, met een begeleidingsplan voor het eerste jaar.", [LB],
         F([C], "firm", [(1, "jaar", "min")])),
    ]),
    ("Leefbare buurten", [
        ("wijkbeheer", "Wijkbeheer.",
         "Wij zeggen toe dat onze wijkbeheerders in De Slikken, Noordhoek en het Havenkwartier ten minste vier dagen "
         "per week zichtbaar aanwezig zijn.", [LB], F([C], "firm", [(4, "dagen per week", "min")])),
        ("leefbaarheidsbudget", "Leefbaarheid.",
         "Wij stellen in 2026 een leefbaarheidsbudget van € 45 per woning beschikbaar voor bewonersinitiatieven, "
         "groen en ontmoeting.", [LB], F([C], "firm", [(45, "euro", "exact")], dl=(2026, "in 2026"), rec=True)),
        ("ontmoeting", "Ontmoeting.",
         "Wij openen in 2026 in ten minste twee van onze seniorencomplexen een ontmoetingsruimte voor bewoners en "
         "buurtbewoners.", [LB], F([C], "firm", [(2, "seniorencomplexen", "min")], dl=(2026, "in 2026"))),
        ("eenzaamheid", "Eenzaamheid.",
         "Wij trainen in 2026 onze wijkbeheerders in het herkennen van eenzaamheid en geven signalen met "
         "toestemming van de huurder door aan het sociaal wijkteam.", [LB], F([C], "firm", dl=(2026, "in 2026"))),
    ]),
    ("Samenwerking", [
        ("ondersteuning-ho", "Huurdersvereniging.",
         "Wij dragen samen met De Kreek zorg voor een jaarlijks budget van € 18.000 voor de Huurdersvereniging Samen "
         "Rietvoorde.", [OV], F([C], "firm", [(18000, "euro", "exact")], rec=True)),
        ("monitoring", "Monitoring.",
         "Wij leveren twee keer per jaar een monitor aan over de voortgang van de afspraken, als basis voor het "
         "bestuurlijk overleg.", [OV], F([C], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    ]),
]

BOD_ASKS = [
    ("Grond.", "Wij vragen de gemeente om voor sociale huurwoningen grond beschikbaar te stellen tegen een "
               "sociale grondprijs die niet hoger is dan in de regio gebruikelijk."),
    ("Procedures.", "Wij vragen de gemeente om vergunningprocedures voor sociale nieuwbouw met voorrang te "
                    "behandelen."),
    ("Zorg.", "Wij vragen de gemeente om bij de inkoop van begeleiding rekening te houden met de uitstroom uit "
              "beschermd wonen naar onze woningen."),
    ("Energiecoaches.", "Wij vragen de gemeente om de inzet van energiecoaches uit te breiden naar alle wijken."),
]

# ---------------------------------------------------------------- pairs
PAIR_2025_2026 = [
    # (old, new, status, kinds, hard_negative)
    ("nieuwbouw-rietland", "nieuwbouw-rietland", "weakened", ["quantity", "deadline"], None),
    ("nieuwbouw-kreek", "nieuwbouw-kreek", "strengthened", ["modality", "quantity"], None),
    ("sociaal-aandeel", "sociaal-aandeel", "strengthened", ["quantity"], None),
    ("huurverhoging", "huurverhoging", "strengthened", ["quantity"], None),
    ("verkoop", "verkoop", "weakened", ["quantity"], None),
    ("passend-toewijzen", "passend-toewijzen", "reworded", [], "indexed_amount"),
    ("statushouders", "statushouders", "reworded", [], "external_figure"),
    ("huurachterstand", "huurachterstand", "strengthened", ["quantity"], None),
    ("ontruimingen", "ontruimingen", "strengthened", ["quantity"], None),
    ("doorstroming", "doorstroming", "unchanged", [], None),
    ("huisvestingsverordening", None, "dropped", [], None),
    ("zoektijd", "zoektijd", "weakened", ["modality", "deadline"], None),
    (None, "tijdelijke-woningen", "new", [], None),
    ("labels-efg", "labels-efg", "reworded", [], "progress"),
    ("gemiddeld-label", "gemiddeld-label", "weakened", ["label"], None),
    ("zonnepanelen", "zonnepanelen", "weakened", ["condition"], None),
    ("isolatie", "isolatie", "weakened", ["scope"], None),
    ("energiecoaches", "energiecoaches", "strengthened", ["scope"], None),
    ("warmtenet", "warmtenet", "strengthened", ["modality"], None),
    ("klimaatadaptatie", "klimaatadaptatie", "unchanged", [], None),
    ("energiefonds", None, "dropped", [], None),
    (None, "klushulp", "new", [], None),
    ("vocht", "vocht", "strengthened", ["quantity"], None),
    ("huurdersoordeel", "huurdersoordeel", "reworded", [], "same_figures"),
    ("levensloop", "levensloop", "weakened", ["modality"], None),
    ("woningaanpassingen", "woningaanpassingen", "unchanged", [], None),
    ("brandveiligheid", "brandveiligheid", "weakened", ["deadline"], None),
    ("wonen-zorg", "wonen-zorg", "reworded", [], None),
    ("zachte-landing", "zachte-landing", "unchanged", [], None),
    ("wijkbeheer", "wijkbeheer", "weakened", ["modality"], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", "reworded", [], "recurring_year"),
    ("schoon-heel-veilig", None, "dropped", [], None),
    ("ontmoeting", "ontmoeting", "strengthened", ["modality"], None),
    (None, "eenzaamheid", "new", [], None),
    ("monitoring", "monitoring", "reworded", [], "recurring_year"),
    ("bod-datum", "bod-datum", "reworded", [], "recurring_year"),
    ("ondersteuning-ho", "ondersteuning-ho", "reworded", [], "recurring_year"),
    ("geschillen", "geschillen", "unchanged", [], None),
    ("woonvisie-evaluatie", None, "dropped", [], None),
    (None, "woonvisie-actualisatie", "new", [], None),
]

PAIR_BOD_2026 = [
    ("nieuwbouw-rietland", "nieuwbouw-rietland", "strengthened", ["deadline", "condition"], None),
    ("bod-middenhuur", None, "dropped", [], None),
    ("bod-tiny", None, "dropped", [], None),
    ("verkoop", "verkoop", "reworded", [], "same_figures"),
    ("huurverhoging", "huurverhoging", "strengthened", ["quantity"], None),
    ("passend-toewijzen", "passend-toewijzen", "reworded", [], None),
    ("statushouders", "statushouders", "reworded", [], None),
    ("zoektijd", "zoektijd", "weakened", ["modality"], None),
    ("huurachterstand", "huurachterstand", "strengthened", ["quantity"], None),
    ("ontruimingen", "ontruimingen", "strengthened", ["quantity"], None),
    ("doorstroming", "doorstroming", "unchanged", [], None),
    ("labels-efg", "labels-efg", "unchanged", [], None),
    ("isolatie", "isolatie", "weakened", ["scope"], None),
    ("warmtenet", "warmtenet", "strengthened", ["modality"], None),
    ("klimaatadaptatie", "klimaatadaptatie", "weakened", ["modality"], None),
    ("bod-afkoppelen", None, "dropped", [], None),
    ("vocht", "vocht", "strengthened", ["quantity"], None),
    ("huurdersoordeel", "huurdersoordeel", "reworded", [], "same_figures"),
    ("levensloop", "levensloop", "weakened", ["modality"], None),
    ("bod-vissershof", None, "dropped", [], None),
    ("zachte-landing", "zachte-landing", "reworded", [], None),
    ("wijkbeheer", "wijkbeheer", "weakened", ["modality"], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", "weakened", ["quantity"], None),
    ("ontmoeting", "ontmoeting", "reworded", [], None),
    ("eenzaamheid", "eenzaamheid", "reworded", [], None),
    ("ondersteuning-ho", "ondersteuning-ho", "reworded", [], None),
    ("monitoring", "monitoring", "reworded", [], None),
    (None, "nieuwbouw-kreek", "new", [], None),
    (None, "tijdelijke-woningen", "new", [], None),
    (None, "sociaal-aandeel", "new", [], None),
    (None, "gemiddeld-label", "new", [], None),
    (None, "zonnepanelen", "new", [], None),
    (None, "energiecoaches", "new", [], None),
    (None, "klushulp", "new", [], None),
    (None, "brandveiligheid", "new", [], None),
    (None, "woningaanpassingen", "new", [], None),
    (None, "wonen-zorg", "new", [], None),
    (None, "bod-datum", "new", [], None),
    (None, "woonvisie-actualisatie", "new", [], None),
    (None, "geschillen", "new", [], None),
]
