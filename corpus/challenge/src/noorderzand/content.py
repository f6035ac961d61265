# -*- coding: utf-8 -*-
"""Content of the noorderzand family: afspraken per year, chapter order, pair statuses.
Fictional gemeente Noorderzand, corporaties Woonstichting Helmduin and Kwelderwonen,
huurdersorganisatie Huurdersvereniging De Zandloper."""

GEMEENTE = "Noorderzand"
CORPS = ["Woonstichting Helmduin", "Kwelderwonen"]
HO = ["Huurdersvereniging De Zandloper"]

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def fr(actors, modality="firm", qs=(), dl=None, rec=False, cond=()):
    return {"actors": list(actors), "modality": modality, "quantities": list(qs),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> dict(theme, themes, y2025=(text, frame), y2026=(text, frame))
A = {}


def add(key, theme, t25=None, f25=None, t26=None, f26=None, themes=None):
    A[key] = {"theme": theme, "themes": themes or [theme],
              2025: (t25, f25) if t25 else None, 2026: (t26, f26) if t26 else None}


# ---------------------------------------------------------------- B
add("nieuwbouw-programma", BB,
    "In de periode 2025 tot en met 2028 voegen Helmduin en Kwelderwonen samen ten minste 340 sociale huurwoningen toe aan de voorraad in Noorderzand, waarmee zij bijdragen aan de afspraken uit de regionale woondeal. De verdeling van dit aantal over de projecten en de jaren is opgenomen in bijlage 2 en wordt jaarlijks in de jaarschijf geactualiseerd.",
    fr([C], qs=[q(340, "woningen", "min")], dl=(2028, "2025 tot en met 2028")),
    "In de periode 2025 tot en met 2028 voegen Helmduin en Kwelderwonen samen ten minste 380 sociale huurwoningen toe aan de voorraad in Noorderzand, waarmee zij bijdragen aan de afspraken uit de regionale woondeal. Ten opzichte van de jaarschijf 2025 is het programma uitgebreid met de locatie Kerkepad. De verdeling over de projecten en de jaren is opgenomen in bijlage 2.",
    fr([C], qs=[q(380, "woningen", "min")], dl=(2028, "2025 tot en met 2028")))
add("zeereep-oost", BB,
    "Kwelderwonen start in het tweede kwartaal van 2025 met de bouw van 48 sociale huurwoningen in het plan Zeereep-Oost en levert deze woningen uiterlijk eind 2026 op. De gemeente draagt zorg voor het bouwrijp maken van de kavel vóór de start van de bouw.",
    fr([C, G], qs=[q(48, "woningen")], dl=(2026, "eind 2026")),
    "In het plan Zeereep-Oost bouwt Kwelderwonen 40 sociale huurwoningen, die uiterlijk medio 2027 worden opgeleverd. Het aantal woningen is lager dan eerder voorzien, omdat een deel van de kavel nodig is voor waterberging. De gemeente draagt zorg voor het bouwrijp maken van de kavel.",
    fr([C, G], qs=[q(40, "woningen")], dl=(2027, "medio 2027")))
add("strandloper", BB,
    "Helmduin transformeert het voormalige verzorgingshuis De Strandloper in Zandvoorde tot 64 zelfstandige huurwoningen voor senioren en jongeren. In 2025 worden de eerste 24 woningen opgeleverd en verhuurd.",
    fr([C], qs=[q(64, "woningen"), q(24, "woningen")], dl=(2025, "in 2025")),
    "Helmduin rondt de transformatie van het voormalige verzorgingshuis De Strandloper in Zandvoorde af en levert in 2026 de resterende 40 zelfstandige huurwoningen voor senioren en jongeren op.",
    fr([C], qs=[q(40, "woningen")], dl=(2026, "in 2026")))
T = "De gemeente neemt in elk nieuw woningbouwplan van meer dan twintig woningen een aandeel van ten minste 30% sociale huur op, conform de Woonvisie Noorderzand 2024-2030. Zij legt dit aandeel vast in de anterieure overeenkomst met de ontwikkelende partij."
F = fr([G], qs=[q(30, "%", "min"), q(20, "woningen", "min")])
add("plancapaciteit", BB, T, F, T, F)
add("huurverhoging", BB,
    "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal de inflatie over het voorgaande kalenderjaar, waarbij voor huurders met een huur onder de eerste aftoppingsgrens een lagere verhoging geldt.",
    fr([C], dl=(2025, "per 1 juli 2025"), rec=True),
    "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2026 tot ten minste 0,5% onder de inflatie over het voorgaande kalenderjaar, waarbij voor huurders met een huur onder de eerste aftoppingsgrens een lagere verhoging geldt.",
    fr([C], qs=[q(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True))
add("inkomensgrens", BB,
    "Bij het passend toewijzen van sociale huurwoningen hanteren de corporaties de door het Rijk geïndexeerde inkomensgrenzen; voor een eenpersoonshuishouden ligt deze grens op € 32.175 (prijspeil 2025).",
    fr([C], qs=[q(32175, "euro", "max")]),
    "Bij het passend toewijzen van sociale huurwoningen hanteren de corporaties de door het Rijk geïndexeerde inkomensgrenzen; voor een eenpersoonshuishouden ligt deze grens op € 32.950 (prijspeil 2026).",
    fr([C], qs=[q(32950, "euro", "max")]))
add("verkoop", BB,
    "Helmduin verkoopt in 2025 maximaal 12 eengezinswoningen bij mutatie, uitsluitend in complexen buiten de kern Noorderzand-Dorp waar het aandeel sociale huur boven de 60% ligt.",
    fr([C], qs=[q(12, "woningen", "max"), q(60, "%", "min")], dl=(2025, "in 2025"), rec=True),
    "Helmduin verkoopt in 2026 maximaal 6 eengezinswoningen bij mutatie, uitsluitend in complexen buiten de kern Noorderzand-Dorp waar het aandeel sociale huur boven de 60% ligt.",
    fr([C], qs=[q(6, "woningen", "max"), q(60, "%", "min")], dl=(2026, "in 2026"), rec=True))
add("liberalisatie", BB,
    "Kwelderwonen liberaliseert in 2025 maximaal 10 sociale huurwoningen en verhuurt deze als middenhuurwoning aan huishoudens met een middeninkomen die in Noorderzand werken of wonen.",
    fr([C], qs=[q(10, "woningen", "max")], dl=(2025, "in 2025"), rec=True),
    "Kwelderwonen liberaliseert in 2026 geen sociale huurwoningen. De bestaande middenhuurwoningen blijven beschikbaar voor huishoudens met een middeninkomen die in Noorderzand werken of wonen.",
    fr([C], qs=[q(0, "woningen", "max")], dl=(2026, "in 2026"), rec=True))
add("statushouders", BB,
    "De corporaties stellen in 2025 voldoende woningen beschikbaar om de door het Rijk opgelegde taakstelling van 38 vergunninghouders te realiseren. De gemeente zorgt voor begeleiding van de nieuwe huurders gedurende het eerste jaar na de sleuteloverdracht.",
    fr([C, G], qs=[q(38, "vergunninghouders")], dl=(2025, "in 2025"), rec=True),
    "De corporaties stellen in 2026 voldoende woningen beschikbaar om de door het Rijk opgelegde taakstelling van 44 vergunninghouders te realiseren. De gemeente zorgt voor begeleiding van de nieuwe huurders gedurende het eerste jaar na de sleuteloverdracht.",
    fr([C, G], qs=[q(44, "vergunninghouders")], dl=(2026, "in 2026"), rec=True))
add("bijzondere-doelgroepen", BB,
    "Ten minste 12% van de vrijkomende sociale huurwoningen wordt door de corporaties toegewezen aan woningzoekenden die uitstromen uit beschermd wonen, maatschappelijke opvang of een andere intramurale instelling.",
    fr([C], qs=[q(12, "%", "min")]),
    "Ten minste 8% van de vrijkomende sociale huurwoningen wordt door de corporaties toegewezen aan woningzoekenden die uitstromen uit beschermd wonen, maatschappelijke opvang of een andere intramurale instelling.",
    fr([C], qs=[q(8, "%", "min")]))
add("lokale-binding", BB,
    "De gemeente onderzoekt in 2025 of in de huisvestingsverordening kan worden opgenomen dat maximaal 25% van de vrijkomende sociale huurwoningen met voorrang wordt toegewezen aan woningzoekenden met een lokale binding.",
    fr([G], "explore", qs=[q(25, "%", "max")], dl=(2025, "in 2025")),
    "In de huisvestingsverordening wordt per 1 januari 2027 opgenomen dat maximaal 25% van de vrijkomende sociale huurwoningen met voorrang wordt toegewezen aan woningzoekenden met een lokale binding. De gemeente legt de gewijzigde verordening in het tweede kwartaal van 2026 aan de raad voor.",
    fr([G], qs=[q(25, "%", "max")], dl=(2027, "per 1 januari 2027")))
add("verhuisregeling", BB,
    "Helmduin zal in 2025 een verhuisregeling voor senioren invoeren, waarbij een huurder van 65 jaar of ouder die een eengezinswoning achterlaat de huidige kale huurprijs mag meenemen naar een kleinere, gelijkvloerse woning.",
    fr([C], qs=[q(65, "jaar", "min")], dl=(2025, "in 2025")),
    "Helmduin streeft ernaar in de loop van 2026 een verhuisregeling voor senioren in te voeren, waarbij een huurder van 65 jaar of ouder die een eengezinswoning achterlaat de huidige kale huurprijs mag meenemen naar een kleinere, gelijkvloerse woning.",
    fr([C], "intent", qs=[q(65, "jaar", "min")], dl=(2026, "in de loop van 2026")))
add("huurachterstand", BB,
    "Bij een huurachterstand van één maand nemen de corporaties persoonlijk contact op met de huurder. Met toestemming van de huurder wordt de achterstand gemeld bij het team vroegsignalering van de gemeente, dat binnen twee weken een huisbezoek aflegt.",
    fr([C, G], qs=[q(1, "maanden", "max"), q(2, "weken", "max")]),
    "Bij een huurachterstand van twee maanden nemen de corporaties persoonlijk contact op met de huurder. Met toestemming van de huurder wordt de achterstand gemeld bij het team vroegsignalering van de gemeente, dat binnen twee weken een huisbezoek aflegt.",
    fr([C, G], qs=[q(2, "maanden", "max"), q(2, "weken", "max")]))
add("huisuitzettingen", BB,
    "Partijen streven ernaar dat het aantal huisuitzettingen wegens huurachterstand in Noorderzand in 2025 niet hoger is dan drie.",
    fr([P], "intent", qs=[q(3, "huisuitzettingen", "max")], dl=(2025, "in 2025"), rec=True),
    "Partijen spreken af dat in 2026 in Noorderzand geen huisuitzettingen plaatsvinden wegens uitsluitend huurachterstand. Een ontruiming is pas aan de orde nadat een traject met schuldhulpverlening volledig is doorlopen.",
    fr([P], qs=[q(0, "huisuitzettingen", "max")], dl=(2026, "in 2026"), rec=True))
add("woningdelen-pilot", BB,
    "Helmduin zet in 2025 in de kern Helmstee een pilot woningdelen op, waarin twee of drie jongeren samen een eengezinswoning huren met elk een eigen huurcontract.",
    fr([C], qs=[q(2, "jongeren", "range", 3)], dl=(2025, "in 2025")))
add("flexwonen", BB, None, None,
    "De gemeente stelt in 2026 een locatie aan de Polderweg beschikbaar voor ten minste 30 tijdelijke flexwoningen, die door Kwelderwonen worden gerealiseerd indien financieel haalbaar. De woningen zijn bestemd voor spoedzoekers, starters en arbeidsmigranten met een reguliere huurovereenkomst.",
    fr([G, C], qs=[q(30, "woningen", "min")], dl=(2026, "in 2026"), cond=["indien financieel haalbaar"]))
add("zoektijd-starters", BB, None, None,
    "Partijen hebben de ambitie om de gemiddelde zoektijd van starters op de sociale huurmarkt uiterlijk in 2028 terug te brengen tot maximaal vier jaar. Daartoe bespreken zij jaarlijks de slaagkansen per doelgroep in het bestuurlijk overleg.",
    fr([P], "intent", qs=[q(4, "jaar", "max")], dl=(2028, "uiterlijk in 2028")))

# ---------------------------------------------------------------- D
add("label-efg", DK,
    "De corporaties zorgen ervoor dat zij uiterlijk eind 2028 in Noorderzand geen woningen met energielabel E, F of G meer in bezit hebben, in lijn met de Nationale Prestatieafspraken.",
    fr([C], qs=[q(0, "woningen", "max")], dl=(2028, "eind 2028")),
    "De corporaties zorgen ervoor dat zij uiterlijk eind 2027 in Noorderzand geen woningen met energielabel E, F of G meer in bezit hebben, in lijn met de Nationale Prestatieafspraken.",
    fr([C], qs=[q(0, "woningen", "max")], dl=(2027, "eind 2027")))
add("gemiddeld-label", DK,
    "Kwelderwonen verbetert de energieprestatie van zijn woningbezit in Noorderzand zodanig dat de woningvoorraad eind 2028 gemiddeld label B heeft.",
    fr([C], qs=[q("B", "label", "min")], dl=(2028, "eind 2028")),
    "Kwelderwonen verbetert de energieprestatie van zijn woningbezit in Noorderzand zodanig dat de woningvoorraad eind 2028 gemiddeld ten minste label C heeft.",
    fr([C], qs=[q("C", "label", "min")], dl=(2028, "eind 2028")))
add("isolatie", DK,
    "Helmduin isoleert in 2025 ten minste 120 woningen in de wijk De Kwelder naar ten minste label B, inclusief het aanbrengen van mechanische ventilatie en kierdichting.",
    fr([C], qs=[q(120, "woningen", "min"), q("B", "label", "min")], dl=(2025, "in 2025")),
    "Helmduin isoleert in 2026 ten minste 150 woningen in de wijken De Kwelder en Duinzicht naar ten minste label B, inclusief het aanbrengen van mechanische ventilatie en kierdichting.",
    fr([C], qs=[q(150, "woningen", "min"), q("B", "label", "min")], dl=(2026, "in 2026")))
add("hybride-helmweg", DK,
    "Helmduin plaatst in 2025 bij 80 eengezinswoningen aan de Helmweg een hybride warmtepomp als tussenstap naar aardgasvrij wonen, zonder dat dit leidt tot een huurverhoging.",
    fr([C], qs=[q(80, "woningen")], dl=(2025, "in 2025")))
add("hybride-mutatie", DK, None, None,
    "Kwelderwonen vervangt vanaf 2026 bij elke mutatie van een eengezinswoning de cv-ketel die ouder is dan tien jaar door een hybride warmtepomp, waar de woning daarvoor technisch geschikt is.",
    fr([C], qs=[q(10, "jaar", "min")], cond=["waar de woning daarvoor technisch geschikt is"]))
add("zonnepanelen", DK,
    "Kwelderwonen biedt in 2025 alle huurders van eengezinswoningen zonder zonnepanelen de mogelijkheid om tegen een vaste maandelijkse vergoeding van € 8 zonnepanelen te laten plaatsen.",
    fr([C], qs=[q(8, "euro")], dl=(2025, "in 2025")),
    "Kwelderwonen biedt in 2026 bij wijze van pilot de huurders van twee complexen aan de Schelpenlaan de mogelijkheid om tegen een vaste maandelijkse vergoeding van € 8 zonnepanelen te laten plaatsen.",
    fr([C], qs=[q(8, "euro"), q(2, "complexen")], dl=(2026, "in 2026")))
add("warmtenet", DK,
    "De gemeente en de corporaties onderzoeken in 2025 of de wijk Duinzicht kan worden aangesloten op het geplande warmtenet Noorderzand-Zuid en leggen de uitkomst uiterlijk 1 oktober 2025 vast in een intentieovereenkomst.",
    fr([G, C], "explore", dl=(2025, "uiterlijk 1 oktober 2025")),
    "De gemeente en de corporaties sluiten de wijk Duinzicht aan op het warmtenet Noorderzand-Zuid, onder voorbehoud van toekenning van de Rijkssubsidie voor de wijkgerichte aanpak. De eerste 200 woningen worden in 2027 aangesloten.",
    fr([G, C], qs=[q(200, "woningen")], dl=(2027, "in 2027"),
       cond=["onder voorbehoud van toekenning van de Rijkssubsidie voor de wijkgerichte aanpak"]))
add("energiecoaches", DK,
    "De gemeente zet energiecoaches in die jaarlijks ten minste 250 huishoudens met een laag inkomen en een hoge energierekening thuis adviseren. De corporaties brengen deze huurders actief in beeld en stellen hun gegevens, met toestemming, beschikbaar aan het energieloket.",
    fr([G, C], qs=[q(250, "huishoudens", "min")], rec=True),
    "Jaarlijks bezoeken energiecoaches, die door de gemeente worden ingezet, ten minste 250 huishoudens met een laag inkomen en een hoge energierekening om hen thuis te adviseren. De corporaties zorgen ervoor dat deze huurders actief worden benaderd en delen hun gegevens, met toestemming, met het energieloket.",
    fr([G, C], qs=[q(250, "huishoudens", "min")], rec=True))
add("klimaatadaptatie", DK,
    "Bij groot onderhoud en renovatie nemen de corporaties per complex maatregelen tegen hittestress en wateroverlast, zoals het afkoppelen van regenwater, het plaatsen van zonwering en het vergroenen van binnenterreinen.",
    fr([C]),
    "De corporaties treffen bij renovatie en groot onderhoud complexgewijs maatregelen tegen wateroverlast en hittestress; te denken valt aan het vergroenen van binnenterreinen, zonwering en het afkoppelen van regenwater.",
    fr([C]))
add("circulair", DK,
    "Partijen maken in 2025 nadere afspraken over het toepassen van circulaire en biobased materialen bij nieuwbouw en renovatie.",
    fr([P], "discuss", dl=(2025, "in 2025")),
    "Partijen werken volgens de in 2025 gemaakte afspraken over het toepassen van circulaire en biobased materialen bij nieuwbouw en renovatie.",
    fr([P]))

# ---------------------------------------------------------------- K
add("vocht-schimmel", KW,
    "De corporaties zeggen toe dat iedere melding van vocht of schimmel binnen vijf werkdagen wordt opgevolgd met een inspectie in de woning, waarna de huurder binnen twee weken een plan van aanpak ontvangt.",
    fr([C], qs=[q(5, "dagen", "max"), q(2, "weken", "max")]),
    "De corporaties zetten zich in om iedere melding van vocht of schimmel binnen tien werkdagen op te volgen met een inspectie in de woning, waarna de huurder binnen twee weken een plan van aanpak ontvangt.",
    fr([C], "intent", qs=[q(10, "dagen", "max"), q(2, "weken", "max")]))
add("reparaties", KW,
    "Spoedreparaties worden door de corporaties binnen 24 uur uitgevoerd en overige reparatieverzoeken binnen tien werkdagen.",
    fr([C], qs=[q(24, "uur", "max"), q(10, "dagen", "max")]),
    "Spoedreparaties worden door de corporaties binnen 24 uur uitgevoerd en overige reparatieverzoeken binnen vijf werkdagen.",
    fr([C], qs=[q(24, "uur", "max"), q(5, "dagen", "max")]))
add("brandveiligheid", KW,
    "Kwelderwonen voert in 2025 in alle galerijflats een brandveiligheidsscan uit en plaatst waar nodig rookmelders in de woningen en de gemeenschappelijke ruimten.",
    fr([C], dl=(2025, "in 2025"), cond=["waar nodig"]))
add("levensloop", KW,
    "Helmduin maakt in 2025 ten minste 40 bestaande woningen levensloopbestendig door drempels te verwijderen, de badkamer aan te passen en waar mogelijk een slaapkamer op de begane grond te realiseren.",
    fr([C], qs=[q(40, "woningen", "min")], dl=(2025, "in 2025"), cond=["waar mogelijk"]),
    "Helmduin gaat na in welke complexen bestaande woningen levensloopbestendig kunnen worden gemaakt door drempels te verwijderen, de badkamer aan te passen en waar mogelijk een slaapkamer op de begane grond te realiseren.",
    fr([C], "explore", cond=["waar mogelijk"]))
add("wonen-zorg-opgave", KW,
    "De gemeente stelt in 2025, samen met de corporaties en de zorgaanbieders, een opgave wonen en zorg op, waarin per kern de behoefte aan zorggeschikte woningen tot 2030 is berekend.",
    fr([G, C, "other"], dl=(2025, "in 2025")),
    "In de loop van 2026 ligt er een opgave wonen en zorg die gemeente, corporaties en zorgpartijen gezamenlijk hebben opgesteld. Daarin is voor Noorderzand-Dorp, Zandvoorde en Helmstee uitgewerkt hoeveel zorggeschikte en geclusterde woningen tot 2030 nodig zijn en op welke locaties deze kunnen worden gerealiseerd.",
    fr([G, C, "other"], dl=(2026, "in de loop van 2026")))
T = "Woningaanpassingen die de gemeente op grond van de Wmo toekent, worden door de corporaties binnen acht weken na de beschikking uitgevoerd. De corporaties informeren de gemeente jaarlijks over het aantal uitgevoerde aanpassingen."
F = fr([C], qs=[q(8, "weken", "max")])
add("wmo-aanpassingen", KW, T, F, T, F)
T = "Partijen werken volgens het convenant Zachte Landing, waarin is vastgelegd dat kwetsbare huurders na uitstroom uit een instelling gedurende ten minste zes maanden begeleiding krijgen van een zorgpartner."
F = fr([P], qs=[q(6, "maanden", "min")])
add("zachte-landing", LB, T, F, T, F)

# ---------------------------------------------------------------- L
add("leefbaarheidsbudget", LB,
    "Per 1 januari 2025 stellen de corporaties gezamenlijk een leefbaarheidsbudget van € 95 per woning beschikbaar, binnen de wettelijke ruimte. De inzet van dit budget wordt per wijk afgestemd met de huurdersvereniging.",
    fr([C], qs=[q(95, "euro")], dl=(2025, "per 1 januari 2025"), rec=True),
    "Per 1 januari 2026 stellen de corporaties gezamenlijk een leefbaarheidsbudget van € 95 per woning beschikbaar, binnen de wettelijke ruimte. De inzet van dit budget wordt per wijk afgestemd met de huurdersvereniging.",
    fr([C], qs=[q(95, "euro")], dl=(2026, "per 1 januari 2026"), rec=True))
add("wijkbeheerders", LB,
    "Helmduin en Kwelderwonen zetten in elke wijk met meer dan 300 corporatiewoningen een wijkbeheerder in, die ten minste twee dagdelen per week in de wijk aanspreekbaar is.",
    fr([C], qs=[q(300, "woningen", "min"), q(2, "dagdelen per week", "min")]),
    "In iedere wijk waar de corporaties samen meer dan 300 woningen bezitten, is een wijkbeheerder van Helmduin of Kwelderwonen ten minste twee dagdelen per week aanspreekbaar voor bewoners.",
    fr([C], qs=[q(300, "woningen", "min"), q(2, "dagdelen per week", "min")]))
add("bewonersinitiatieven", LB,
    "De gemeente en de corporaties stellen in 2025 gezamenlijk € 30.000 beschikbaar voor bewonersinitiatieven. De huurdersvereniging beslist over de toekenning van de helft van dit bedrag.",
    fr([G, C], qs=[q(30000, "euro")], dl=(2025, "in 2025"), rec=True),
    "De gemeente en de corporaties stellen in 2026 gezamenlijk € 30.000 beschikbaar voor bewonersinitiatieven, mits de gemeenteraad het gemeentelijke deel in de begroting 2026 opneemt. De huurdersvereniging beslist over de toekenning van de helft van dit bedrag.",
    fr([G, C], qs=[q(30000, "euro")], dl=(2026, "in 2026"), rec=True,
       cond=["mits de gemeenteraad het gemeentelijke deel in de begroting 2026 opneemt"]))
add("ontmoetingsmiddag", LB,
    "Helmduin organiseert in 2025 in de seniorencomplexen De Zeekraal, Het Baken en De Duinroos maandelijks een ontmoetingsmiddag om eenzaamheid onder oudere huurders tegen te gaan.",
    fr([C], qs=[q(12, "keer per jaar")], dl=(2025, "in 2025"), rec=True))
add("ontmoeting-verkenning", LB, None, None,
    "De gemeente en de corporaties verkennen samen met welzijnsorganisatie De Branding hoe de gemeenschappelijke ruimten in complexen beter kunnen worden benut voor ontmoeting en het tegengaan van eenzaamheid.",
    fr([G, C], "explore"))
add("overlastoverleg", LB,
    "De corporaties, de gemeente en de politie bespreken signalen van woonoverlast en verwarde personen elke zes weken in het Overlastoverleg Noorderzand en spreken daarin per casus een regievoerder af.",
    fr([C, G, "other"], "discuss", qs=[q(6, "weken")], rec=True),
    "De corporaties, de gemeente en de politie bespreken signalen van woonoverlast en verwarde personen elke vier weken in het Overlastoverleg Noorderzand en spreken daarin per casus een regievoerder af.",
    fr([C, G, "other"], "discuss", qs=[q(4, "weken")], rec=True))

# ---------------------------------------------------------------- S
add("bod", OV,
    "De corporaties brengen vóór 1 juli 2025 een bod uit op de woonvisie, waarin zij hun voorgenomen werkzaamheden voor de jaren 2026 tot en met 2030 beschrijven en toelichten hoe deze bijdragen aan de kaderafspraken.",
    fr([C], dl=(2025, "vóór 1 juli 2025"), rec=True),
    "De corporaties brengen vóór 1 juli 2026 een bod uit op de woonvisie, waarin zij hun voorgenomen werkzaamheden voor de jaren 2027 tot en met 2031 beschrijven en toelichten hoe deze bijdragen aan de kaderafspraken.",
    fr([C], dl=(2026, "vóór 1 juli 2026"), rec=True))
T = "Partijen bespreken de voortgang van de afspraken tweemaal per jaar in het tripartiete bestuurlijk overleg. De corporaties leveren daarvoor uiterlijk twee weken voor het overleg een monitor aan, waarin per afspraak de stand van zaken is opgenomen."
F = fr([P, C], "discuss", qs=[q(2, "keer per jaar"), q(2, "weken", "min")], rec=True)
add("monitoring", OV, T, F, T, F)
add("ondersteuning-ho", OV,
    "Helmduin en Kwelderwonen vergoeden Huurdersvereniging De Zandloper jaarlijks de kosten van onafhankelijke ondersteuning en scholing tot een bedrag van € 12.000, voor zover de huurdersvereniging deze kosten vooraf in haar begroting onderbouwt.",
    fr([C], qs=[q(12000, "euro", "max")], rec=True,
       cond=["voor zover de huurdersvereniging deze kosten vooraf in haar begroting onderbouwt"]),
    "Helmduin en Kwelderwonen vergoeden Huurdersvereniging De Zandloper jaarlijks de kosten van onafhankelijke ondersteuning en scholing tot een bedrag van € 12.000.",
    fr([C], qs=[q(12000, "euro", "max")], rec=True))
add("woningbehoefteonderzoek", BB,
    "De gemeente laat uiterlijk in het derde kwartaal van 2025 een nieuw woningbehoefteonderzoek uitvoeren en deelt de uitkomsten met de corporaties en de huurdersvereniging, zodat deze in het bod kunnen worden meegenomen.",
    fr([G], dl=(2025, "uiterlijk in het derde kwartaal van 2025")),
    "De gemeente laat uiterlijk in het eerste kwartaal van 2026 een nieuw woningbehoefteonderzoek uitvoeren en deelt de uitkomsten met de corporaties en de huurdersvereniging, zodat deze in het bod kunnen worden meegenomen.",
    fr([G], dl=(2026, "uiterlijk in het eerste kwartaal van 2026")),
    themes=[BB, OV])

# chapter layout: (letter, title, [keys])
CHAPTERS = {
    2025: [
        ("B", "Betaalbaar en beschikbaar wonen",
         ["nieuwbouw-programma", "zeereep-oost", "strandloper", "plancapaciteit", "huurverhoging",
          "inkomensgrens", "verkoop", "liberalisatie", "statushouders", "bijzondere-doelgroepen",
          "lokale-binding", "verhuisregeling", "huurachterstand", "huisuitzettingen", "woningdelen-pilot"]),
        ("D", "Duurzaamheid en energietransitie",
         ["label-efg", "gemiddeld-label", "isolatie", "hybride-helmweg", "zonnepanelen", "warmtenet",
          "energiecoaches", "klimaatadaptatie", "circulair"]),
        ("K", "Kwaliteit en wonen met zorg",
         ["vocht-schimmel", "reparaties", "brandveiligheid", "levensloop", "wonen-zorg-opgave",
          "wmo-aanpassingen", "zachte-landing"]),
        ("L", "Leefbare wijken",
         ["leefbaarheidsbudget", "wijkbeheerders", "bewonersinitiatieven", "ontmoetingsmiddag",
          "overlastoverleg"]),
        ("S", "Samenwerking en proces",
         ["bod", "monitoring", "ondersteuning-ho", "woningbehoefteonderzoek"]),
    ],
    2026: [
        ("B", "Betaalbaar en beschikbaar wonen",
         ["huurverhoging", "inkomensgrens", "huurachterstand", "huisuitzettingen", "nieuwbouw-programma",
          "zeereep-oost", "strandloper", "flexwonen", "plancapaciteit", "verkoop", "liberalisatie",
          "statushouders", "bijzondere-doelgroepen", "lokale-binding", "verhuisregeling",
          "zoektijd-starters"]),
        ("D", "Duurzaamheid en energietransitie",
         ["label-efg", "gemiddeld-label", "isolatie", "hybride-mutatie", "zonnepanelen", "warmtenet",
          "energiecoaches", "klimaatadaptatie", "circulair"]),
        ("K", "Kwaliteit en wonen met zorg",
         ["vocht-schimmel", "reparaties", "levensloop", "wonen-zorg-opgave", "wmo-aanpassingen"]),
        ("L", "Prettig wonen in de buurt",
         ["zachte-landing", "leefbaarheidsbudget", "wijkbeheerders", "overlastoverleg",
          "bewonersinitiatieven", "ontmoeting-verkenning"]),
        ("S", "Samenwerking en proces",
         ["bod", "monitoring", "ondersteuning-ho", "woningbehoefteonderzoek"]),
    ],
}

# pair 2025 -> 2026: key -> (status, kinds, hard_negative)
PAIR = {
    "nieuwbouw-programma": ("strengthened", ["quantity"], None),
    "zeereep-oost": ("weakened", ["quantity", "deadline"], None),
    "strandloper": ("reworded", [], "progress"),
    "plancapaciteit": ("unchanged", [], None),
    "huurverhoging": ("strengthened", ["quantity"], None),
    "inkomensgrens": ("reworded", [], "indexed_amount"),
    "verkoop": ("strengthened", ["quantity"], None),
    "liberalisatie": ("strengthened", ["quantity"], None),
    "statushouders": ("reworded", [], "external_figure"),
    "bijzondere-doelgroepen": ("weakened", ["quantity"], None),
    "lokale-binding": ("strengthened", ["modality"], None),
    "verhuisregeling": ("weakened", ["modality", "deadline"], None),
    "huurachterstand": ("weakened", ["quantity"], None),
    "huisuitzettingen": ("strengthened", ["quantity", "modality"], None),
    "woningdelen-pilot": ("dropped", [], None),
    "flexwonen": ("new", [], None),
    "zoektijd-starters": ("new", [], None),
    "label-efg": ("strengthened", ["deadline"], None),
    "gemiddeld-label": ("weakened", ["label"], None),
    "isolatie": ("strengthened", ["quantity", "scope"], None),
    "hybride-helmweg": ("dropped", [], None),
    "hybride-mutatie": ("new", [], None),
    "zonnepanelen": ("weakened", ["scope"], None),
    "warmtenet": ("modified", ["modality", "condition"], None),
    "energiecoaches": ("reworded", [], "same_figures"),
    "klimaatadaptatie": ("reworded", [], None),
    "circulair": ("strengthened", ["modality"], None),
    "vocht-schimmel": ("weakened", ["modality", "quantity"], None),
    "reparaties": ("strengthened", ["quantity"], None),
    "brandveiligheid": ("dropped", [], None),
    "levensloop": ("weakened", ["modality", "quantity"], None),
    "wonen-zorg-opgave": ("weakened", ["deadline"], None),
    "wmo-aanpassingen": ("unchanged", [], None),
    "zachte-landing": ("unchanged", [], None),
    "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
    "wijkbeheerders": ("reworded", [], "same_figures"),
    "bewonersinitiatieven": ("weakened", ["condition"], None),
    "ontmoetingsmiddag": ("dropped", [], None),
    "ontmoeting-verkenning": ("new", [], None),
    "overlastoverleg": ("strengthened", ["quantity"], None),
    "bod": ("reworded", [], "recurring_year"),
    "monitoring": ("unchanged", [], None),
    "ondersteuning-ho": ("strengthened", ["condition"], None),
    "woningbehoefteonderzoek": ("weakened", ["deadline"], None),
}

# raadsinformatiebrief 2026: bullets (key, theme, text, frame)
KG_BULLETS = [
    ("nieuwbouw-programma", BB,
     "De corporaties voegen in de periode 2025 tot en met 2028 ten minste 380 sociale huurwoningen toe aan de voorraad, 40 meer dan in de jaarschijf 2025 was opgenomen.",
     fr([C], qs=[q(380, "woningen", "min"), q(40, "woningen")], dl=(2028, "2025 tot en met 2028"))),
    ("huurverhoging", BB,
     "De gemiddelde huurverhoging per 1 juli 2026 blijft ten minste 0,5% onder de inflatie.",
     fr([C], qs=[q(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True)),
    ("liberalisatie", BB,
     "Kwelderwonen liberaliseert in 2026 geen sociale huurwoningen.",
     fr([C], qs=[q(0, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
    ("huisuitzettingen", BB,
     "Partijen spreken af dat in 2026 geen huisuitzettingen plaatsvinden wegens uitsluitend huurachterstand.",
     fr([P], qs=[q(0, "huisuitzettingen", "max")], dl=(2026, "in 2026"), rec=True)),
    ("flexwonen", BB,
     "De gemeente stelt aan de Polderweg een locatie beschikbaar voor ten minste 30 flexwoningen, die Kwelderwonen realiseert indien financieel haalbaar.",
     fr([G, C], qs=[q(30, "woningen", "min")], cond=["indien financieel haalbaar"])),
    ("lokale-binding", BB,
     "Per 1 januari 2027 wordt maximaal 25% van de vrijkomende sociale huurwoningen met voorrang toegewezen aan woningzoekenden met een lokale binding; het college legt daartoe een wijziging van de huisvestingsverordening aan uw raad voor.",
     fr([G], qs=[q(25, "%", "max")], dl=(2027, "per 1 januari 2027"))),
    ("label-efg", DK,
     "Eind 2027, een jaar eerder dan eerder afgesproken, hebben de corporaties in Noorderzand geen woningen met energielabel E, F of G meer.",
     fr([C], qs=[q(0, "woningen", "max")], dl=(2027, "eind 2027"))),
    ("isolatie", DK,
     "Helmduin isoleert in 2026 ten minste 150 woningen in de wijken De Kwelder en Duinzicht.",
     fr([C], qs=[q(150, "woningen", "min")], dl=(2026, "in 2026"))),
    ("warmtenet", DK,
     "De wijk Duinzicht wordt onder voorbehoud van Rijkssubsidie aangesloten op het warmtenet Noorderzand-Zuid; de eerste 200 woningen volgen in 2027.",
     fr([G, C], qs=[q(200, "woningen")], dl=(2027, "in 2027"), cond=["onder voorbehoud van Rijkssubsidie"])),
    ("bewonersinitiatieven", LB,
     "Gemeente en corporaties stellen € 30.000 beschikbaar voor bewonersinitiatieven, mits uw raad het gemeentelijke deel in de begroting 2026 opneemt.",
     fr([G, C], qs=[q(30000, "euro")], cond=["mits uw raad het gemeentelijke deel in de begroting 2026 opneemt"])),
]
