# -*- coding: utf-8 -*-
"""Content of the ooltwijk family: prestatieafspraken 2025 and 2026 and the bod of
Woongroep Rijnkade for 2026. Fictional gemeente, corporaties and huurdersorganisatie."""

GEMEENTE = "Ooltwijk"
CORP_A = "Woonlieden Ooltwijk"
CORP_B = "Woongroep Rijnkade"
HUURDERS = "Huurdersvereniging De Waterpoort"

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

THEMES = {
    "nieuwbouw-sociaal": [BB], "bouwlocaties": [BB], "sociaal-aandeel": [BB], "flexwonen": [BB],
    "vergunninghouders": [BB], "verkoop": [BB], "liberalisatie": [BB], "doorstroming-senioren": [BB],
    "wachttijd-starters": [BB], "huurverhoging": [BB], "passend-toewijzen": [BB], "vroegsignalering": [BB],
    "huisuitzettingen": [BB, LB], "huurtoeslag-campagne": [BB], "huurverlaging": [BB],
    "woonlastenfonds": [BB], "label-efg": [DK], "isolatie-programma": [DK], "gemiddeld-label": [DK],
    "zonnepanelen": [DK], "wijkuitvoeringsplannen": [DK], "energiecoaches": [DK, BB],
    "klimaatadaptatie": [DK], "hittescan": [DK, KW], "vocht-schimmel": [KW], "reparaties": [KW],
    "seniorenlabel": [KW, BB], "opgave-wonen-zorg": [KW], "wmo-aanpassingen": [KW], "rookmelders": [KW],
    "leefbaarheidsbudget": [LB], "wijkschouw": [LB], "uitstroom-bw-mo": [BB, LB], "overlast": [LB],
    "huismeesters": [LB], "ontmoetingsruimte": [LB], "buurtkamer": [LB], "monitoring": [OV],
    "ondersteuning-huurders": [OV], "achterban-raadpleging": [OV], "wijkbijeenkomsten": [OV],
    "bod-procedure": [OV], "geschillen": [OV], "hybride-pilot": [DK], "wijkbeheerder-stationskwartier": [LB],
}


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[0], t[1], t[2]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    d = None
    if dl:
        d = {"year": dl[0], "text": dl[1]}
    return {"actors": list(actors), "modality": modality, "quantities": qs, "deadline": d,
            "recurring": rec, "conditions": list(cond)}


def A(key, num, tag, text, frame):
    return {"key": key, "number": num, "tag": tag, "text": text, "frame": frame}


# --------------------------------------------------------------------------------------------
# 2025
# --------------------------------------------------------------------------------------------
CH25 = [
 ("1", "Voldoende woningen voor iedereen",
  ["De woonvisie 'Thuis in Ooltwijk 2022-2030' gaat uit van een groei van de woningvoorraad met circa 1.400 "
   "woningen, waarvan een derde in de sociale huur. Ooltwijk neemt deel aan de regionale woondeal, waarin "
   "de gemeenten in de regio hebben toegezegd het aandeel betaalbare woningen in de nieuwbouw te vergroten. "
   "Tegelijk kampt de bouw met hoge kosten en netcongestie, waardoor projecten vertraging kunnen oplopen."],
  [
   A("nieuwbouw-sociaal", "1", "G, C",
     "De corporaties leveren in 2025 gezamenlijk ten minste 85 sociale huurwoningen op, waarvan 40 in het plan "
     "Kadewei en 45 op de locatie Molenakker. De gemeente zorgt ervoor dat de benodigde omgevingsvergunningen "
     "binnen de wettelijke termijn worden verleend.",
     F(["corporatie", "gemeente"], "firm", [(85, "woningen", "min"), (40, "woningen", "exact"), (45, "woningen", "exact")], (2025, "in 2025"))),
   A("bouwlocaties", "2", "G",
     "De gemeente stelt jaarlijks ten minste twee bouwlocaties beschikbaar voor sociale huur en biedt deze als "
     "eerste aan de corporaties aan tegen de sociale grondprijs uit de geldende grondprijzennota.",
     F(["gemeente"], "firm", [(2, "bouwlocaties", "min")], None, True)),
   A("sociaal-aandeel", "3", "G",
     "In nieuwe woningbouwplannen van tien of meer woningen bestaat ten minste 30% van het programma uit sociale "
     "huur; de gemeente legt dit vast in de anterieure overeenkomsten die zij met ontwikkelaars sluit.",
     F(["gemeente"], "firm", [(30, "%", "min"), (10, "woningen", "min")])),
   A("flexwonen", "4", "G, C",
     "De gemeente en de corporaties onderzoeken of op het voormalige werfterrein aan de Zuiderhaven tijdelijk 30 "
     "flexwoningen voor spoedzoekers en jongeren kunnen worden geplaatst.",
     F(["gemeente", "corporatie"], "explore", [(30, "woningen", "exact")])),
   A("vergunninghouders", "5", "C",
     "De corporaties stellen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de "
     "huisvesting van vergunninghouders te realiseren; voor 2025 bedraagt deze taakstelling 52 personen.",
     F(["corporatie"], "firm", [(52, "personen", "exact")], (2025, "voor 2025"), True)),
   A("verkoop", "6", "C",
     "De corporaties verkopen in 2025 maximaal 15 sociale huurwoningen uit de bestaande voorraad, uitsluitend "
     "bij mutatie en met een anti-speculatiebeding.",
     F(["corporatie"], "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
   A("liberalisatie", "7", "C",
     "Woonlieden Ooltwijk liberaliseert in 2025 niet meer dan 8 woningen; deze woningen worden aangeboden als "
     "middenhuur aan huishoudens met een middeninkomen.",
     F(["corporatie"], "firm", [(8, "woningen", "max")], (2025, "in 2025"), True)),
   A("doorstroming-senioren", "7a", "G, C, H",
     "Partijen verkennen in 2025 een doorstroomregeling voor senioren die een grote eengezinswoning achterlaten, "
     "waarbij een verhuisvergoeding en voorrang bij de toewijzing van een gelijkvloerse woning worden overwogen.",
     F(["partijen"], "explore", [], (2025, "in 2025"))),
   A("wachttijd-starters", "7b", "C",
     "De corporaties zetten zich in om de gemiddelde inschrijfduur van starters op het moment van toewijzing "
     "terug te brengen tot maximaal 4 jaar.",
     F(["corporatie"], "intent", [(4, "jaar", "max")])),
  ]),
 ("2", "Betaalbaar wonen",
  ["Steeds meer huishoudens in Ooltwijk hebben moeite hun woonlasten te dragen. In 2024 hadden ruim 600 "
   "huishoudens een betalingsregeling bij een van de corporaties. Partijen willen voorkomen dat huurders in de "
   "schulden raken en werken daarom samen in het convenant vroegsignalering."],
  [
   A("huurverhoging", "8", "C",
     "De corporaties beperken de jaarlijkse huurverhoging per 1 juli 2025 tot gemiddeld maximaal gelijk aan de "
     "inflatie; individuele huurverhogingen blijven binnen de wettelijke maxima.",
     F(["corporatie"], "firm", [], (2025, "per 1 juli 2025"), True)),
   A("passend-toewijzen", "9", "C",
     "Ten minste 95% van de huishoudens met recht op huurtoeslag krijgt een woning toegewezen met een huur onder "
     "de voor hen geldende aftoppingsgrens; voor 2025 is dat € 682,96 voor huishoudens van één of twee personen en "
     "€ 731,93 voor huishoudens van drie of meer personen (prijspeil 2025).",
     F(["corporatie"], "firm", [(95, "%", "min"), (682.96, "euro", "exact"), (731.93, "euro", "exact")], (2025, "voor 2025"), True)),
   A("vroegsignalering", "10", "C, G",
     "Huurders met een betalingsachterstand worden door de corporaties uiterlijk binnen twee maanden na het "
     "ontstaan van de achterstand persoonlijk benaderd; met toestemming van de huurder wordt het signaal gedeeld "
     "met het team Schuldhulp van de gemeente.",
     F(["corporatie", "gemeente"], "firm", [(2, "maanden", "max")], None, True)),
   A("huisuitzettingen", "11", "G, C, H",
     "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot "
     "maximaal 4.",
     F(["partijen"], "intent", [(4, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
   A("huurtoeslag-campagne", "12", "G, H, C",
     "De gemeente organiseert samen met de huurdersorganisatie jaarlijks een campagne om huurders te wijzen op de "
     "huurtoeslag en de gemeentelijke minimaregelingen; de corporaties verspreiden de informatie onder al hun "
     "huurders.",
     F(["gemeente", "huurdersorganisatie", "corporatie"], "firm", [], None, True)),
   A("huurverlaging", "12a", "C",
     "De corporaties passen in 2025 voor huurders met een laag inkomen en een relatief hoge huur een huurverlaging "
     "toe tot de voor hen geldende aftoppingsgrens, mits de huurder hiervoor een aanvraag indient.",
     F(["corporatie"], "firm", [], (2025, "in 2025"), False, ["mits de huurder hiervoor een aanvraag indient"])),
  ]),
 ("3", "Energietransitie en klimaat",
  ["De nationale prestatieafspraken gaan ervan uit dat er eind 2028 geen corporatiewoningen met een E-, F- of "
   "G-label meer zijn. In Ooltwijk ligt de opgave vooral in de naoorlogse portiekflats in De Hoeven. De "
   "transitievisie warmte wijst De Hoeven en het Stationskwartier aan als eerste wijken voor een warmtenet."],
  [
   A("label-efg", "13", "C",
     "De corporaties zorgen ervoor dat eind 2025 geen van hun woningen in Ooltwijk nog een energielabel E, F of G "
     "heeft.",
     F(["corporatie"], "firm", [], (2025, "eind 2025"))),
   A("isolatie-programma", "14", "C",
     "Woonlieden Ooltwijk en Woongroep Rijnkade isoleren in 2025 samen 240 woningen naar ten minste label B, "
     "volgens het verduurzamingsprogramma in bijlage 2.",
     F(["corporatie"], "firm", [(240, "woningen", "exact"), ("B", "label", "min")], (2025, "in 2025"))),
   A("gemiddeld-label", "15", "C",
     "De corporaties streven naar een gemiddeld energielabel B voor hun totale woningbezit in Ooltwijk in 2027.",
     F(["corporatie"], "intent", [("B", "label", "exact")], (2027, "in 2027"))),
   A("zonnepanelen", "16", "C",
     "Woongroep Rijnkade plaatst in 2025 op 150 woningen zonnepanelen, onder voorbehoud van instemming van ten "
     "minste 70% van de bewoners per complex.",
     F(["corporatie"], "firm", [(150, "woningen", "exact"), (70, "%", "min")], (2025, "in 2025"), False,
       ["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex"])),
   A("wijkuitvoeringsplannen", "17", "G",
     "De gemeente werkt in 2025 de wijkuitvoeringsplannen voor de wijken De Hoeven en Stationskwartier uit en "
     "betrekt de corporaties en de huurdersorganisatie vanaf de start bij de planvorming.",
     F(["gemeente"], "firm", [], (2025, "in 2025"))),
   A("energiecoaches", "18", "G, C, H",
     "De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; de corporaties en de "
     "huurdersorganisatie wijzen huurders actief op dit aanbod.",
     F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [], (2025, "in 2025"), True)),
   A("klimaatadaptatie", "19", "C, G",
     "Bij renovatie en nieuwbouw bekijken de corporaties waar mogelijk de aanleg van groene daken en het afkoppelen "
     "van regenwater; de gemeente draagt hier via de subsidieregeling Groen Ooltwijk aan bij.",
     F(["corporatie", "gemeente"], "explore", [], None, False, ["waar mogelijk"])),
   A("hittescan", "20", "C",
     "Woonlieden Ooltwijk voert vóór eind 2026 in alle seniorencomplexen een hittescan uit en treft waar nodig "
     "maatregelen, zoals het aanbrengen van buitenzonwering.",
     F(["corporatie"], "firm", [], (2026, "vóór eind 2026"))),
  ]),
 ("4", "Wonen, zorg en kwaliteit",
  ["Het aantal inwoners van 75 jaar en ouder in Ooltwijk neemt tot 2035 met ongeveer 40% toe. Ouderen wonen "
   "langer zelfstandig, ook met een zorgvraag. Dat vraagt om woningen die toegankelijk zijn en om goed "
   "onderhoud, waarbij vocht en schimmel snel en zorgvuldig worden aangepakt."],
  [
   A("vocht-schimmel", "21", "C",
     "De corporaties nemen meldingen van vocht en schimmel binnen 10 werkdagen in behandeling en stellen binnen "
     "zes weken samen met de huurder een plan van aanpak op.",
     F(["corporatie"], "firm", [(10, "werkdagen", "max"), (6, "weken", "max")], None, True)),
   A("reparaties", "22", "C",
     "Spoedreparaties worden binnen 24 uur uitgevoerd en overige reparatieverzoeken binnen gemiddeld 15 werkdagen.",
     F(["corporatie"], "firm", [(24, "uur", "max"), (15, "werkdagen", "approx")], None, True)),
   A("seniorenlabel", "23", "C",
     "De corporaties zullen in 2025 ten minste 60 bestaande woningen als geschikt voor senioren labelen en waar "
     "nodig drempels en sanitair aanpassen.",
     F(["corporatie"], "firm", [(60, "woningen", "min")], (2025, "in 2025"))),
   A("opgave-wonen-zorg", "24", "G",
     "De gemeente stelt in 2025 in overleg met de corporaties en de zorgaanbieders een opgave wonen en zorg op, "
     "waarin de behoefte aan zorggeschikte woningen tot 2030 wordt bepaald.",
     F(["gemeente"], "firm", [], (2025, "in 2025"))),
   A("wmo-aanpassingen", "25", "G, C",
     "De gemeente en de corporaties maken afspraken over de verdeling van de kosten van woningaanpassingen die op "
     "grond van de Wmo worden aangevraagd.",
     F(["gemeente", "corporatie"], "discuss", [])),
   A("rookmelders", "26", "C",
     "Woongroep Rijnkade zegt toe in 2025 in alle portiekflats rookmelders in de gemeenschappelijke ruimten te "
     "plaatsen en de bewoners te informeren over de vluchtwegen.",
     F(["corporatie"], "firm", [], (2025, "in 2025"))),
  ]),
 ("5", "Prettig wonen in de wijk",
  ["In enkele buurten staat de leefbaarheid onder druk. De wijkscan 2024 liet zien dat vooral in De Hoeven meer "
   "bewoners overlast ervaren en dat het aantal kwetsbare huishoudens toeneemt. Partijen zetten daarom in op "
   "zichtbare aanwezigheid in de wijk en op een goede samenwerking met zorg en welzijn."],
  [
   A("leefbaarheidsbudget", "27", "C",
     "De corporaties stellen in 2025 samen een leefbaarheidsbudget van € 180.000 beschikbaar voor buurtbeheer, "
     "bewonersinitiatieven en kleine fysieke ingrepen in de woonomgeving.",
     F(["corporatie"], "firm", [(180000, "euro", "exact")], (2025, "in 2025"), True)),
   A("wijkschouw", "28", "G, C, H",
     "Partijen houden vóór 1 juni 2025 in elke wijk een gezamenlijke wijkschouw met bewoners, waarvan de "
     "uitkomsten in het eerstvolgende bestuurlijk overleg worden besproken.",
     F(["partijen"], "firm", [], (2025, "vóór 1 juni 2025"), True)),
   A("uitstroom-bw-mo", "29", "C, G",
     "De corporaties stellen jaarlijks 14 woningen beschikbaar voor uitstroom uit beschermd wonen en "
     "maatschappelijke opvang; de gemeente zorgt voor passende begeleiding gedurende ten minste twee jaar.",
     F(["corporatie", "gemeente"], "firm", [(14, "woningen", "exact"), (2, "jaar", "min")], None, True)),
   A("overlast", "30", "G",
     "Bij meldingen van ernstige woonoverlast wordt door de gemeente binnen drie weken een casusoverleg "
     "georganiseerd, waaraan de corporaties, het wijkteam en zo nodig de politie deelnemen.",
     F(["gemeente"], "firm", [(3, "weken", "max")], None, True)),
   A("huismeesters", "31", "C",
     "Woonlieden Ooltwijk zet in de wijk De Hoeven twee huismeesters in, die vier dagen per week in de wijk "
     "aanwezig zijn.",
     F(["corporatie"], "firm", [(2, "huismeesters", "exact"), (4, "dagen per week", "exact")], None, True)),
   A("ontmoetingsruimte", "31a", "G, C, H",
     "Partijen onderzoeken of in het Stationskwartier een ontmoetingsruimte kan worden ingericht in de plint van "
     "het complex Spoorzicht.",
     F(["partijen"], "explore", [])),
  ]),
 ("6", "Samenwerking en proces",
  ["De samenwerking tussen de gemeente, de corporaties en de huurdersorganisatie is vastgelegd in het "
   "samenwerkingsprotocol van maart 2023. Het bestuurlijk overleg komt twee keer per jaar bijeen; het ambtelijk "
   "overleg bereidt dit voor."],
  [
   A("monitoring", "32", "G, C, H",
     "Partijen monitoren de voortgang van deze afspraken twee keer per jaar, in mei en in november, in het "
     "bestuurlijk overleg.",
     F(["partijen"], "firm", [(2, "keer per jaar", "exact")], None, True)),
   A("ondersteuning-huurders", "33", "C",
     "De corporaties stellen de huurdersorganisatie jaarlijks een budget van € 30.000 beschikbaar voor scholing, "
     "advies en het raadplegen van de achterban.",
     F(["corporatie"], "firm", [(30000, "euro", "exact")], None, True)),
   A("achterban-raadpleging", "34", "H",
     "De huurdersorganisatie raadpleegt haar achterban jaarlijks over de uitvoering van de prestatieafspraken en "
     "deelt de uitkomsten met de andere partijen.",
     F(["huurdersorganisatie"], "firm", [], None, True)),
   A("bod-procedure", "35", "C, G, H",
     "De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie en partijen ondertekenen de "
     "prestatieafspraken voor 2026 uiterlijk op 15 december 2025.",
     F(["corporatie", "partijen"], "firm", [], (2025, "uiterlijk op 15 december 2025"), True)),
   A("geschillen", "36", "G, C, H",
     "Bij een geschil over de uitleg of de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek; "
     "komen zij er samen niet uit, dan kan elk van de partijen de Minister verzoeken een bindend advies te geven.",
     F(["partijen"], "discuss", [])),
  ]),
]

# --------------------------------------------------------------------------------------------
# 2026
# --------------------------------------------------------------------------------------------
CH26 = [
 ("1", "Voldoende woningen voor iedereen",
  ["De woonvisie 'Thuis in Ooltwijk 2022-2030' blijft het kader. In de regionale woondeal is de opgave voor "
   "Ooltwijk in 2025 bijgesteld naar 1.250 woningen tot 2030, omdat twee grote locaties later in ontwikkeling "
   "komen. De vraag naar sociale huur is onverminderd groot: de slaagkans van starters daalde in 2025 verder."],
  [
   A("nieuwbouw-sociaal", "1", "G, C",
     "De corporaties leveren in 2026 gezamenlijk ten minste 70 sociale huurwoningen op, waarvan de resterende 45 "
     "op de locatie Molenakker en 25 in het project Oude Veiling. De gemeente zorgt ervoor dat de benodigde "
     "omgevingsvergunningen binnen de wettelijke termijn worden verleend.",
     F(["corporatie", "gemeente"], "firm", [(70, "woningen", "min"), (45, "woningen", "exact"), (25, "woningen", "exact")], (2026, "in 2026"))),
   A("bouwlocaties", "2", "G",
     "De gemeente stelt jaarlijks ten minste twee bouwlocaties beschikbaar voor sociale huur en biedt deze als "
     "eerste aan de corporaties aan tegen de sociale grondprijs uit de geldende grondprijzennota.",
     F(["gemeente"], "firm", [(2, "bouwlocaties", "min")], None, True)),
   A("sociaal-aandeel", "3", "G",
     "In nieuwe woningbouwplannen van tien of meer woningen bestaat ten minste 35% van het programma uit sociale "
     "huur; de gemeente legt dit vast in de anterieure overeenkomsten die zij met ontwikkelaars sluit.",
     F(["gemeente"], "firm", [(35, "%", "min"), (10, "woningen", "min")])),
   A("flexwonen", "4", "G, C",
     "Op het voormalige werfterrein aan de Zuiderhaven worden door Woongroep Rijnkade vóór eind 2026 30 "
     "flexwoningen voor spoedzoekers en jongeren geplaatst; de gemeente verzorgt het bouwrijp maken van het terrein.",
     F(["corporatie", "gemeente"], "firm", [(30, "woningen", "exact")], (2026, "vóór eind 2026"))),
   A("vergunninghouders", "5", "C",
     "De corporaties stellen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de "
     "huisvesting van vergunninghouders te realiseren; voor 2026 bedraagt deze taakstelling 61 personen.",
     F(["corporatie"], "firm", [(61, "personen", "exact")], (2026, "voor 2026"), True)),
   A("verkoop", "6", "C",
     "De corporaties verkopen in 2026 maximaal 10 sociale huurwoningen uit de bestaande voorraad, uitsluitend "
     "bij mutatie en met een anti-speculatiebeding.",
     F(["corporatie"], "firm", [(10, "woningen", "max")], (2026, "in 2026"), True)),
   A("liberalisatie", "7", "C",
     "Woonlieden Ooltwijk liberaliseert in 2026 niet meer dan 20 woningen; deze woningen worden aangeboden als "
     "middenhuur aan huishoudens met een middeninkomen.",
     F(["corporatie"], "firm", [(20, "woningen", "max")], (2026, "in 2026"), True)),
   A("doorstroming-senioren", "8", "C",
     "De corporaties voeren per 1 januari 2026 een doorstroomregeling in voor senioren die een grote "
     "eengezinswoning achterlaten, met een verhuisvergoeding van € 2.500 en voorrang bij de toewijzing van een "
     "gelijkvloerse woning.",
     F(["corporatie"], "firm", [(2500, "euro", "exact")], (2026, "per 1 januari 2026"))),
   A("wachttijd-starters", "9", "C",
     "De corporaties zetten zich in om de gemiddelde inschrijfduur van starters op het moment van toewijzing "
     "terug te brengen tot maximaal 3,5 jaar.",
     F(["corporatie"], "intent", [(3.5, "jaar", "max")])),
   A("uitstroom-bw-mo", "9a", "C, G",
     "De corporaties stellen jaarlijks 14 woningen beschikbaar voor uitstroom uit beschermd wonen en "
     "maatschappelijke opvang; de gemeente zorgt voor passende begeleiding gedurende ten minste twee jaar.",
     F(["corporatie", "gemeente"], "firm", [(14, "woningen", "exact"), (2, "jaar", "min")], None, True)),
  ]),
 ("2", "Betaalbaar wonen",
  ["Het aantal huishoudens met een betalingsregeling daalde in 2025 licht, maar de woonlasten blijven voor een "
   "groeiende groep huurders hoog. Het convenant vroegsignalering is in 2025 geactualiseerd; de nieuwe werkwijze "
   "is vanaf 1 januari 2026 van kracht."],
  [
   A("huurverhoging", "10", "C",
     "De corporaties beperken de jaarlijkse huurverhoging per 1 juli 2026 tot gemiddeld ten minste 0,5% onder de "
     "inflatie; individuele huurverhogingen blijven binnen de wettelijke maxima.",
     F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
   A("passend-toewijzen", "11", "C",
     "Ten minste 95% van de huishoudens met recht op huurtoeslag krijgt een woning toegewezen met een huur onder "
     "de voor hen geldende aftoppingsgrens; voor 2026 is dat € 705,26 voor huishoudens van één of twee personen en "
     "€ 755,87 voor huishoudens van drie of meer personen (prijspeil 2026).",
     F(["corporatie"], "firm", [(95, "%", "min"), (705.26, "euro", "exact"), (755.87, "euro", "exact")], (2026, "voor 2026"), True)),
   A("vroegsignalering", "12", "C, G",
     "Huurders met een betalingsachterstand worden door de corporaties uiterlijk binnen één maand na het "
     "ontstaan van de achterstand persoonlijk benaderd; met toestemming van de huurder wordt het signaal gedeeld "
     "met het team Schuldhulp van de gemeente.",
     F(["corporatie", "gemeente"], "firm", [(1, "maanden", "max")], None, True)),
   A("huisuitzettingen", "13", "G, C, H",
     "Partijen spreken af dat in 2026 geen huisuitzettingen wegens uitsluitend huurachterstand plaatsvinden; "
     "huurders die niet reageren worden door de corporatie en het wijkteam thuis bezocht.",
     F(["partijen"], "firm", [(0, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
   A("huurtoeslag-campagne", "14", "G, H, C",
     "De gemeente organiseert samen met de huurdersorganisatie jaarlijks een campagne om huurders te wijzen op de "
     "huurtoeslag en de gemeentelijke minimaregelingen; de corporaties verspreiden de informatie onder al hun "
     "huurders.",
     F(["gemeente", "huurdersorganisatie", "corporatie"], "firm", [], None, True)),
   A("woonlastenfonds", "14a", "G, C, H",
     "Partijen onderzoeken in 2026 of een gezamenlijk woonlastenfonds kan worden ingesteld voor huurders die door "
     "stijgende huurlasten en energielasten in de knel komen, en betrekken daarbij de ervaringen van omliggende gemeenten.",
     F(["partijen"], "explore", [], (2026, "in 2026"))),
  ]),
 ("3", "Energietransitie en klimaat",
  ["Eind 2025 hadden de corporaties samen nog 18 woningen met een E-, F- of G-label, vooral in complexen waar "
   "bewoners nog niet instemden met de renovatie. Door netcongestie kunnen niet alle geplande zonnepanelen "
   "direct worden aangesloten. De gemeente heeft het warmtenet voor De Hoeven in 2025 aanbesteed."],
  [
   A("label-efg", "15", "C",
     "De corporaties zorgen ervoor dat uiterlijk medio 2026 geen van hun woningen in Ooltwijk nog een energielabel "
     "E, F of G heeft.",
     F(["corporatie"], "firm", [], (2026, "uiterlijk medio 2026"))),
   A("isolatie-programma", "16", "C",
     "Woonlieden Ooltwijk en Woongroep Rijnkade isoleren in 2026 samen 180 woningen naar ten minste label B, "
     "volgens het verduurzamingsprogramma in bijlage 2.",
     F(["corporatie"], "firm", [(180, "woningen", "exact"), ("B", "label", "min")], (2026, "in 2026"))),
   A("gemiddeld-label", "17", "C",
     "De corporaties streven naar een gemiddeld energielabel C voor hun totale woningbezit in Ooltwijk in 2027.",
     F(["corporatie"], "intent", [("C", "label", "exact")], (2027, "in 2027"))),
   A("zonnepanelen", "18", "C",
     "Woongroep Rijnkade plaatst in 2026 op 150 woningen zonnepanelen, onder voorbehoud van instemming van ten "
     "minste 70% van de bewoners per complex en indien de netbeheerder voldoende netcapaciteit beschikbaar stelt.",
     F(["corporatie"], "firm", [(150, "woningen", "exact"), (70, "%", "min")], (2026, "in 2026"), False,
       ["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex",
        "indien de netbeheerder voldoende netcapaciteit beschikbaar stelt"])),
   A("energiecoaches", "19", "G, C, H",
     "De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten; de corporaties en de "
     "huurdersorganisatie wijzen huurders actief op dit aanbod.",
     F(["gemeente", "corporatie", "huurdersorganisatie"], "firm", [], (2026, "in 2026"), True)),
   A("wijkuitvoeringsplannen", "20", "G",
     "De gemeente werkt in 2026 het wijkuitvoeringsplan voor de wijk De Hoeven uit en betrekt de corporaties en "
     "de huurdersorganisatie vanaf de start bij de planvorming.",
     F(["gemeente"], "firm", [], (2026, "in 2026"))),
   A("klimaatadaptatie", "21", "C, G",
     "Bij renovatie en nieuwbouw leggen de corporaties groene daken aan en koppelen zij het regenwater af; de "
     "gemeente draagt hier via de subsidieregeling Groen Ooltwijk aan bij.",
     F(["corporatie", "gemeente"], "firm", [], None, False, [])),
   A("hittescan", "22", "C",
     "Woonlieden Ooltwijk voert vóór 1 juli 2026 in alle seniorencomplexen een hittescan uit en treft waar nodig "
     "maatregelen, zoals het aanbrengen van buitenzonwering.",
     F(["corporatie"], "firm", [], (2026, "vóór 1 juli 2026"))),
  ]),
 ("4", "Kwaliteit, zorg en toegankelijkheid",
  ["De opgave wonen en zorg is vertraagd doordat de zorgaanbieders hun vastgoedplannen nog herzien. Het aantal "
   "meldingen van vocht en schimmel lag in 2025 met 212 meldingen lager dan een jaar eerder."],
  [
   A("vocht-schimmel", "23", "C",
     "Binnen 10 werkdagen na een melding van vocht of schimmel wordt deze door de corporaties in behandeling "
     "genomen; samen met de huurder wordt binnen zes weken een plan van aanpak opgesteld.",
     F(["corporatie"], "firm", [(10, "werkdagen", "max"), (6, "weken", "max")], None, True)),
   A("reparaties", "24", "C",
     "Spoedreparaties worden binnen 24 uur uitgevoerd en overige reparatieverzoeken binnen gemiddeld 20 werkdagen.",
     F(["corporatie"], "firm", [(24, "uur", "max"), (20, "werkdagen", "approx")], None, True)),
   A("seniorenlabel", "25", "C",
     "De corporaties streven ernaar in 2026 ten minste 80 bestaande woningen als geschikt voor senioren te labelen "
     "en waar nodig drempels en sanitair aan te passen.",
     F(["corporatie"], "intent", [(80, "woningen", "min")], (2026, "in 2026"))),
   A("opgave-wonen-zorg", "26", "G",
     "De gemeente stelt uiterlijk in het tweede kwartaal van 2026 in overleg met de corporaties en de "
     "zorgaanbieders een opgave wonen en zorg op, waarin de behoefte aan zorggeschikte woningen tot 2030 wordt "
     "bepaald.",
     F(["gemeente"], "firm", [], (2026, "uiterlijk in het tweede kwartaal van 2026"))),
   A("wmo-aanpassingen", "27", "G, C",
     "De gemeente en de corporaties werken volgens de in 2025 gemaakte afspraken over de verdeling van de kosten "
     "van woningaanpassingen die op grond van de Wmo worden aangevraagd.",
     F(["gemeente", "corporatie"], "firm", [])),
   A("rookmelders", "28", "C",
     "Woongroep Rijnkade zet zich in om in 2026 in alle portiekflats rookmelders in de gemeenschappelijke ruimten "
     "te plaatsen en de bewoners te informeren over de vluchtwegen.",
     F(["corporatie"], "intent", [], (2026, "in 2026"))),
  ]),
 ("5", "Prettig wonen in de wijk",
  ["De wijkscan 2025 liet in De Hoeven een lichte verbetering zien, terwijl in het Stationskwartier meer "
   "bewoners aangaven zich eenzaam te voelen. Partijen leggen de nadruk op ontmoeting en op snel ingrijpen bij "
   "overlast."],
  [
   A("leefbaarheidsbudget", "29", "C",
     "De corporaties stellen in 2026 samen een leefbaarheidsbudget van € 210.000 beschikbaar voor buurtbeheer, "
     "bewonersinitiatieven en kleine fysieke ingrepen in de woonomgeving.",
     F(["corporatie"], "firm", [(210000, "euro", "exact")], (2026, "in 2026"), True)),
   A("wijkschouw", "30", "G, C, H",
     "Partijen houden vóór 1 juni 2026 in elke wijk een gezamenlijke wijkschouw met bewoners, waarvan de "
     "uitkomsten in het eerstvolgende bestuurlijk overleg worden besproken.",
     F(["partijen"], "firm", [], (2026, "vóór 1 juni 2026"), True)),
   A("overlast", "31", "G",
     "Bij meldingen van ernstige woonoverlast wordt door de gemeente binnen twee weken een casusoverleg "
     "georganiseerd, waaraan de corporaties, het wijkteam en zo nodig de politie deelnemen.",
     F(["gemeente"], "firm", [(2, "weken", "max")], None, True)),
   A("huismeesters", "32", "C",
     "In De Hoeven zijn vier dagen per week twee huismeesters van Woonlieden Ooltwijk aanwezig; zij zijn het vaste "
     "aanspreekpunt voor bewoners en houden spreekuur in het wijkcentrum.",
     F(["corporatie"], "firm", [(2, "huismeesters", "exact"), (4, "dagen per week", "exact")], None, True)),
   A("buurtkamer", "32a", "G",
     "De gemeente subsidieert in 2026 de buurtkamer in het Stationskwartier met € 25.000 voor activiteiten tegen "
     "eenzaamheid, onder de voorwaarde dat bewoners de activiteiten zelf organiseren.",
     F(["gemeente"], "firm", [(25000, "euro", "exact")], (2026, "in 2026"), False,
       ["onder de voorwaarde dat bewoners de activiteiten zelf organiseren"])),
  ]),
 ("6", "Samenwerking en proces",
  ["In 2025 is het samenwerkingsprotocol geëvalueerd. Partijen kozen ervoor het bestuurlijk overleg te "
   "concentreren rond de jaarlijkse evaluatie en het ambtelijk overleg vaker te laten plaatsvinden."],
  [
   A("monitoring", "33", "G, C, H",
     "Partijen monitoren de voortgang van deze afspraken één keer per jaar, in november, in het bestuurlijk "
     "overleg.",
     F(["partijen"], "firm", [(1, "keer per jaar", "exact")], None, True)),
   A("ondersteuning-huurders", "34", "C",
     "De corporaties stellen de huurdersorganisatie jaarlijks een budget van € 30.000 beschikbaar voor scholing, "
     "advies en het raadplegen van de achterban.",
     F(["corporatie"], "firm", [(30000, "euro", "exact")], None, True)),
   A("wijkbijeenkomsten", "34a", "H",
     "De huurdersorganisatie organiseert in 2026 ten minste drie wijkbijeenkomsten met huurders van beide "
     "corporaties over de voortgang van deze afspraken.",
     F(["huurdersorganisatie"], "firm", [(3, "bijeenkomsten", "min")], (2026, "in 2026"))),
   A("bod-procedure", "35", "C, G, H",
     "De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie en partijen ondertekenen de "
     "prestatieafspraken voor 2027 uiterlijk op 15 december 2026.",
     F(["corporatie", "partijen"], "firm", [], (2026, "uiterlijk op 15 december 2026"), True)),
   A("geschillen", "36", "G, C, H",
     "Bij een geschil over de uitleg of de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek; "
     "komen zij er samen niet uit, dan kan elk van de partijen de Minister verzoeken een bindend advies te geven.",
     F(["partijen"], "discuss", [])),
  ]),
]

# --------------------------------------------------------------------------------------------
# Bod 2026 of Woongroep Rijnkade (gezamenlijk afgestemd met Woonlieden waar 'de corporaties')
# --------------------------------------------------------------------------------------------
BOD26 = [
 ("Beschikbaarheid", [
   A("nieuwbouw-sociaal", None, None,
     "De corporaties leveren in 2026 gezamenlijk ten minste 60 sociale huurwoningen op, waarvan de resterende 45 "
     "op de locatie Molenakker en 15 in het project Oude Veiling.",
     F(["corporatie"], "firm", [(60, "woningen", "min"), (45, "woningen", "exact"), (15, "woningen", "exact")], (2026, "in 2026"))),
   A("flexwonen", None, None,
     "Op het voormalige werfterrein aan de Zuiderhaven worden door Woongroep Rijnkade vóór eind 2026 30 "
     "flexwoningen voor spoedzoekers en jongeren geplaatst; de gemeente verzorgt het bouwrijp maken van het terrein.",
     F(["corporatie", "gemeente"], "firm", [(30, "woningen", "exact")], (2026, "vóór eind 2026"))),
   A("verkoop", None, None,
     "De corporaties verkopen in 2026 maximaal 15 sociale huurwoningen uit de bestaande voorraad, uitsluitend bij "
     "mutatie.",
     F(["corporatie"], "firm", [(15, "woningen", "max")], (2026, "in 2026"), True)),
   A("liberalisatie", None, None,
     "De corporaties liberaliseren in 2026 samen niet meer dan 30 woningen, die als middenhuur worden aangeboden.",
     F(["corporatie"], "firm", [(30, "woningen", "max")], (2026, "in 2026"), True)),
   A("doorstroming-senioren", None, None,
     "De corporaties onderzoeken in 2026 of een doorstroomregeling voor senioren met een verhuisvergoeding en "
     "voorrang op gelijkvloerse woningen kan worden ingevoerd.",
     F(["corporatie"], "explore", [], (2026, "in 2026"))),
   A("wachttijd-starters", None, None,
     "De corporaties zetten zich in om de gemiddelde inschrijfduur van starters op het moment van toewijzing terug "
     "te brengen tot maximaal 4 jaar.",
     F(["corporatie"], "intent", [(4, "jaar", "max")])),
   A("vergunninghouders", None, None,
     "De corporaties stellen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling voor de "
     "huisvesting van vergunninghouders te realiseren; voor 2026 wordt deze taakstelling geschat op 55 personen.",
     F(["corporatie"], "firm", [(55, "personen", "approx")], (2026, "voor 2026"), True)),
   A("uitstroom-bw-mo", None, None,
     "De corporaties stellen jaarlijks 12 woningen beschikbaar voor uitstroom uit beschermd wonen en "
     "maatschappelijke opvang, mits de gemeente passende begeleiding van de nieuwe huurders organiseert.",
     F(["corporatie"], "firm", [(12, "woningen", "exact")], None, True,
       ["mits de gemeente passende begeleiding van de nieuwe huurders organiseert"])),
 ]),
 ("Betaalbaarheid", [
   A("huurverhoging", None, None,
     "De corporaties beperken de jaarlijkse huurverhoging per 1 juli 2026 tot gemiddeld maximaal gelijk aan de "
     "inflatie.",
     F(["corporatie"], "firm", [], (2026, "per 1 juli 2026"), True)),
   A("passend-toewijzen", None, None,
     "Ten minste 95% van de huishoudens met recht op huurtoeslag krijgt een woning toegewezen met een huur onder "
     "de aftoppingsgrens die het Rijk per 1 januari 2026 vaststelt.",
     F(["corporatie"], "firm", [(95, "%", "min")], (2026, "per 1 januari 2026"), True)),
   A("vroegsignalering", None, None,
     "Huurders met een betalingsachterstand worden door de corporaties uiterlijk binnen twee maanden na het "
     "ontstaan van de achterstand persoonlijk benaderd.",
     F(["corporatie"], "firm", [(2, "maanden", "max")], None, True)),
   A("huisuitzettingen", None, None,
     "De corporaties streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2026 te beperken tot "
     "maximaal 3.",
     F(["corporatie"], "intent", [(3, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
   A("huurverlaging", None, None,
     "Woongroep Rijnkade past in 2026 huurverlaging toe voor huurders met een laag inkomen en een relatief hoge "
     "huur, mits de huurder hiervoor een aanvraag indient.",
     F(["corporatie"], "firm", [], (2026, "in 2026"), False, ["mits de huurder hiervoor een aanvraag indient"])),
 ]),
 ("Duurzaamheid", [
   A("label-efg", None, None,
     "De corporaties zorgen ervoor dat uiterlijk eind 2026 geen van hun woningen in Ooltwijk nog een energielabel "
     "E, F of G heeft.",
     F(["corporatie"], "firm", [], (2026, "uiterlijk eind 2026"))),
   A("isolatie-programma", None, None,
     "De corporaties isoleren in 2026 samen 200 woningen naar ten minste label B.",
     F(["corporatie"], "firm", [(200, "woningen", "exact"), ("B", "label", "min")], (2026, "in 2026"))),
   A("gemiddeld-label", None, None,
     "De corporaties streven naar een gemiddeld energielabel C voor hun totale woningbezit in Ooltwijk in 2028.",
     F(["corporatie"], "intent", [("C", "label", "exact")], (2028, "in 2028"))),
   A("zonnepanelen", None, None,
     "Woongroep Rijnkade plaatst in 2026 op 200 woningen zonnepanelen, onder voorbehoud van instemming van ten "
     "minste 70% van de bewoners per complex.",
     F(["corporatie"], "firm", [(200, "woningen", "exact"), (70, "%", "min")], (2026, "in 2026"), False,
       ["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex"])),
   A("klimaatadaptatie", None, None,
     "Bij renovatie en nieuwbouw leggen de corporaties waar mogelijk groene daken aan en koppelen zij het "
     "regenwater af.",
     F(["corporatie"], "firm", [], None, False, ["waar mogelijk"])),
   A("hybride-pilot", None, None,
     "Woongroep Rijnkade voert in 2026 een pilot uit met hybride warmtepompen in 40 grondgebonden woningen in "
     "Molenakker-Oost.",
     F(["corporatie"], "firm", [(40, "woningen", "exact")], (2026, "in 2026"))),
   A("energiecoaches", None, None,
     "De corporaties wijzen huurders met hoge energielasten actief op de energiecoaches van de gemeente.",
     F(["corporatie"], "firm", [], None, True)),
 ]),
 ("Kwaliteit en wonen met zorg", [
   A("vocht-schimmel", None, None,
     "Meldingen van vocht en schimmel nemen de corporaties binnen 10 werkdagen in behandeling; binnen zes weken "
     "volgt samen met de huurder een plan van aanpak.",
     F(["corporatie"], "firm", [(10, "werkdagen", "max"), (6, "weken", "max")], None, True)),
   A("reparaties", None, None,
     "Spoedreparaties worden binnen 24 uur uitgevoerd en overige reparatieverzoeken binnen gemiddeld 25 werkdagen.",
     F(["corporatie"], "firm", [(24, "uur", "max"), (25, "werkdagen", "approx")], None, True)),
   A("seniorenlabel", None, None,
     "De corporaties streven ernaar in 2026 ten minste 80 bestaande woningen als geschikt voor senioren te labelen "
     "en waar nodig drempels en sanitair aan te passen.",
     F(["corporatie"], "intent", [(80, "woningen", "min")], (2026, "in 2026"))),
   A("rookmelders", None, None,
     "Woongroep Rijnkade plaatst in 2026 in alle portiekflats rookmelders in de gemeenschappelijke ruimten en "
     "informeert de bewoners over de vluchtwegen.",
     F(["corporatie"], "firm", [], (2026, "in 2026"))),
 ]),
 ("Leefbaarheid", [
   A("leefbaarheidsbudget", None, None,
     "De corporaties stellen in 2026 samen een leefbaarheidsbudget van € 240.000 beschikbaar voor buurtbeheer en "
     "bewonersinitiatieven.",
     F(["corporatie"], "firm", [(240000, "euro", "exact")], (2026, "in 2026"), True)),
   A("wijkbeheerder-stationskwartier", None, None,
     "Woongroep Rijnkade zet in het Stationskwartier een wijkbeheerder in, die twee dagen per week in de wijk "
     "aanwezig is.",
     F(["corporatie"], "firm", [(2, "dagen per week", "exact")], None, True)),
   A("wijkschouw", None, None,
     "De corporaties nemen vóór 1 juni 2026 in elke wijk deel aan een gezamenlijke wijkschouw met bewoners en de "
     "gemeente.",
     F(["corporatie"], "firm", [], (2026, "vóór 1 juni 2026"), True)),
 ]),
 ("Samenwerking", [
   A("ondersteuning-huurders", None, None,
     "De corporaties stellen de huurdersorganisatie jaarlijks een budget van € 25.000 beschikbaar voor scholing en "
     "advies.",
     F(["corporatie"], "firm", [(25000, "euro", "exact")], None, True)),
   A("monitoring", None, None,
     "De corporaties rapporteren twee keer per jaar over de voortgang van de prestatieafspraken in het bestuurlijk "
     "overleg.",
     F(["corporatie"], "firm", [(2, "keer per jaar", "exact")], None, True)),
   A("bod-procedure", None, None,
     "Woongroep Rijnkade brengt vóór 1 juli 2026 een nieuw bod uit op de woonvisie, als basis voor de "
     "prestatieafspraken 2027.",
     F(["corporatie"], "firm", [], (2026, "vóór 1 juli 2026"), True)),
 ]),
]

# --------------------------------------------------------------------------------------------
# Pair links: key -> (status, kinds, hard_negative); absent on one side handled as new/dropped
# --------------------------------------------------------------------------------------------
LINKS_25_26 = {
    "nieuwbouw-sociaal": ("weakened", ["quantity"], None),
    "bouwlocaties": ("unchanged", [], None),
    "sociaal-aandeel": ("strengthened", ["quantity"], None),
    "flexwonen": ("strengthened", ["modality"], None),
    "vergunninghouders": ("reworded", [], "external_figure"),
    "verkoop": ("strengthened", ["quantity"], None),
    "liberalisatie": ("weakened", ["quantity"], None),
    "doorstroming-senioren": ("strengthened", ["modality"], None),
    "wachttijd-starters": ("strengthened", ["quantity"], None),
    "huurverhoging": ("strengthened", ["quantity"], None),
    "passend-toewijzen": ("reworded", [], "indexed_amount"),
    "vroegsignalering": ("strengthened", ["quantity"], None),
    "huisuitzettingen": ("strengthened", ["quantity", "modality"], None),
    "huurtoeslag-campagne": ("unchanged", [], None),
    "huurverlaging": ("dropped", [], None),
    "woonlastenfonds": ("new", [], None),
    "label-efg": ("weakened", ["deadline"], None),
    "isolatie-programma": ("weakened", ["quantity"], None),
    "gemiddeld-label": ("weakened", ["label"], None),
    "zonnepanelen": ("weakened", ["condition"], None),
    "wijkuitvoeringsplannen": ("weakened", ["scope", "deadline"], None),
    "energiecoaches": ("reworded", [], "recurring_year"),
    "klimaatadaptatie": ("strengthened", ["modality", "condition"], None),
    "hittescan": ("strengthened", ["deadline"], None),
    "vocht-schimmel": ("reworded", [], "same_figures"),
    "reparaties": ("weakened", ["quantity"], None),
    "seniorenlabel": ("modified", ["quantity", "modality"], None),
    "opgave-wonen-zorg": ("weakened", ["deadline"], None),
    "wmo-aanpassingen": ("strengthened", ["modality"], None),
    "rookmelders": ("weakened", ["modality", "deadline"], None),
    "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
    "wijkschouw": ("reworded", [], "recurring_year"),
    "uitstroom-bw-mo": ("unchanged", [], None),
    "overlast": ("strengthened", ["quantity"], None),
    "huismeesters": ("reworded", [], "same_figures"),
    "ontmoetingsruimte": ("dropped", [], None),
    "buurtkamer": ("new", [], None),
    "monitoring": ("weakened", ["quantity"], None),
    "ondersteuning-huurders": ("unchanged", [], None),
    "achterban-raadpleging": ("dropped", [], None),
    "wijkbijeenkomsten": ("new", [], None),
    "bod-procedure": ("reworded", [], "recurring_year"),
    "geschillen": ("unchanged", [], None),
}

LINKS_BOD_26 = {
    "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
    "flexwonen": ("unchanged", [], None),
    "verkoop": ("strengthened", ["quantity"], None),
    "liberalisatie": ("strengthened", ["quantity"], None),
    "doorstroming-senioren": ("strengthened", ["modality"], None),
    "wachttijd-starters": ("strengthened", ["quantity"], None),
    "vergunninghouders": ("reworded", [], "external_figure"),
    "uitstroom-bw-mo": ("strengthened", ["quantity", "condition"], None),
    "huurverhoging": ("strengthened", ["quantity"], None),
    "passend-toewijzen": ("reworded", [], "external_figure"),
    "vroegsignalering": ("strengthened", ["quantity"], None),
    "huisuitzettingen": ("strengthened", ["quantity", "modality"], None),
    "huurverlaging": ("dropped", [], None),
    "label-efg": ("strengthened", ["deadline"], None),
    "isolatie-programma": ("weakened", ["quantity"], None),
    "gemiddeld-label": ("strengthened", ["deadline"], None),
    "zonnepanelen": ("weakened", ["quantity", "condition"], None),
    "klimaatadaptatie": ("strengthened", ["condition"], None),
    "hybride-pilot": ("dropped", [], None),
    "energiecoaches": ("reworded", [], None),
    "vocht-schimmel": ("reworded", [], "same_figures"),
    "reparaties": ("strengthened", ["quantity"], None),
    "seniorenlabel": ("unchanged", [], None),
    "rookmelders": ("weakened", ["modality"], None),
    "leefbaarheidsbudget": ("weakened", ["quantity"], None),
    "wijkbeheerder-stationskwartier": ("dropped", [], None),
    "wijkschouw": ("reworded", [], None),
    "ondersteuning-huurders": ("strengthened", ["quantity"], None),
    "monitoring": ("weakened", ["quantity"], None),
    "bod-procedure": ("reworded", [], None),
}
