# -*- coding: utf-8 -*-
"""Content of the kwartelveen family: yearly prestatieafspraken 2024-2026 (fictional)."""

GEMEENTE = "Kwartelveen"
CORPS = ["Woonstichting Heidehof", "Woongroep Zilverberk", "Stichting Ons Erf Wonen"]
KOEPEL = "Huurderskoepel Kwartelveen"

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")


def fr(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[0], t[1], t[2]
        qs.append({"value": v, "unit": u, "comparator": c,
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

# key -> {"themes": [...], "fn": {year: footnote}, year: (text, frame)}
A = {}


def af(key, themes, **years):
    A[key] = {"themes": themes}
    for y, v in years.items():
        A[key][int(y[1:])] = v


# ---------------------------------------------------------------- beschikbaar / betaalbaar
af("nieuwbouw-sociaal", [B],
   y2024=("De corporaties leveren in 2024 gezamenlijk ten minste 110 sociale huurwoningen op, waarvan 64 door Heidehof, 28 door Zilverberk en 18 door Ons Erf Wonen. De gemeente zorgt ervoor dat de benodigde wijzigingen van het omgevingsplan en de omgevingsvergunningen tijdig worden verleend, zodat de oplevering niet door gemeentelijke procedures vertraging oploopt.",
          fr([C, G], "firm", [(110, "woningen", "min")], (2024, "in 2024"))),
   y2025=("De corporaties leveren in 2025 gezamenlijk ten minste 95 sociale huurwoningen op, waarvan 52 door Heidehof, 25 door Zilverberk en 18 door Ons Erf Wonen. De gemeente zorgt ervoor dat de benodigde wijzigingen van het omgevingsplan en de omgevingsvergunningen tijdig worden verleend, zodat de oplevering niet door gemeentelijke procedures vertraging oploopt.",
          fr([C, G], "firm", [(95, "woningen", "min")], (2025, "in 2025"))),
   y2026=("De corporaties leveren in 2026 gezamenlijk ten minste 120 sociale huurwoningen op, waarvan 66 door Heidehof, 32 door Zilverberk en 22 door Ons Erf Wonen. De gemeente zorgt ervoor dat de benodigde wijzigingen van het omgevingsplan en de omgevingsvergunningen tijdig worden verleend, zodat de oplevering niet door gemeentelijke procedures vertraging oploopt.",
          fr([C, G], "firm", [(120, "woningen", "min")], (2026, "in 2026"))))

af("sociaal-aandeel", [B],
   y2024=("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 30% van het programma in de sociale huursector wordt gerealiseerd, in lijn met de Woonvisie Kwartelveen 2022-2030 en de regionale woondeal.",
          fr([P], "firm", [(30, "%", "min")])),
   y2025=("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 35% van het programma in de sociale huursector wordt gerealiseerd, in lijn met de Woonvisie Kwartelveen 2022-2030 en de regionale woondeal.",
          fr([P], "firm", [(35, "%", "min")])),
   y2026=("Partijen spreken af dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 35% van het programma in de sociale huursector wordt gerealiseerd, in lijn met de Woonvisie Kwartelveen 2022-2030 en de regionale woondeal.",
          fr([P], "firm", [(35, "%", "min")])))

af("verkoop", [B],
   y2024=("De corporaties verkopen in 2024 gezamenlijk maximaal 25 sociale huurwoningen uit de bestaande voorraad. Verkoop vindt uitsluitend plaats in complexen waar het aandeel sociale huur ruim boven het gemeentelijk gemiddelde ligt en wordt vooraf met de huurderskoepel besproken.",
          fr([C], "firm", [(25, "woningen", "max")], (2024, "in 2024"))),
   y2025=("De corporaties verkopen in 2025 gezamenlijk maximaal 15 sociale huurwoningen uit de bestaande voorraad. Verkoop vindt uitsluitend plaats in complexen waar het aandeel sociale huur ruim boven het gemeentelijk gemiddelde ligt en wordt vooraf met de huurderskoepel besproken.",
          fr([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"))),
   y2026=("De corporaties verkopen in 2026 geen sociale huurwoningen uit de bestaande voorraad. Alleen losse woningen in complexen die al grotendeels in eigendom van particulieren zijn, kunnen na overleg met de huurderskoepel worden verkocht.",
          fr([C], "firm", [(0, "woningen", "max")], (2026, "in 2026"))))

af("liberalisatie", [B],
   y2024=("Heidehof en Zilverberk liberaliseren in 2024 bij mutatie niet meer dan tien woningen; Ons Erf Wonen liberaliseert geen woningen.",
          fr([C], "firm", [(10, "woningen", "max")], (2024, "in 2024"))),
   y2025=("Heidehof en Zilverberk liberaliseren in 2025 bij mutatie niet meer dan tien woningen; Ons Erf Wonen liberaliseert geen woningen.",
          fr([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"))),
   y2026=("Heidehof en Zilverberk liberaliseren in 2026 bij mutatie niet meer dan twintig woningen; Ons Erf Wonen liberaliseert geen woningen.",
          fr([C], "firm", [(20, "woningen", "max")], (2026, "in 2026"))))

af("huurverhoging", [B],
   y2024=("De corporaties houden de gemiddelde huurverhoging van hun sociale huurwoningen per 1 juli 2024 maximaal gelijk aan de inflatie. Voor huishoudens met een inkomen tot de aftoppingsgrens wordt geen hogere huurverhoging doorgevoerd dan het gemiddelde.",
          fr([C], "firm", [], (2024, "per 1 juli 2024"), True)),
   y2025=("De corporaties houden de gemiddelde huurverhoging van hun sociale huurwoningen per 1 juli 2025 ten minste 0,5% onder de inflatie. Voor huishoudens met een inkomen tot de aftoppingsgrens wordt geen hogere huurverhoging doorgevoerd dan het gemiddelde.",
          fr([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
   y2026=("De corporaties houden de gemiddelde huurverhoging van hun sociale huurwoningen per 1 juli 2026 ten minste 0,5% onder de inflatie. Voor huishoudens met een inkomen tot de aftoppingsgrens wordt geen hogere huurverhoging doorgevoerd dan het gemiddelde.",
          fr([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)))

af("toewijzing-starters", [B],
   y2024=("De corporaties wijzen per 1 januari 2024 ten minste 20% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar, waarbij woningzoekenden met een aantoonbare lokale binding aan Kwartelveen voorrang krijgen.",
          fr([C], "firm", [(20, "%", "min")], (2024, "per 1 januari 2024"), True)),
   y2025=("De corporaties wijzen per 1 januari 2025 ten minste 15% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar, waarbij woningzoekenden met een aantoonbare lokale binding aan Kwartelveen voorrang krijgen.",
          fr([C], "firm", [(15, "%", "min")], (2025, "per 1 januari 2025"), True)),
   y2026=("De corporaties wijzen per 1 januari 2026 ten minste 15% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar, waarbij woningzoekenden met een aantoonbare lokale binding aan Kwartelveen voorrang krijgen.",
          fr([C], "firm", [(15, "%", "min")], (2026, "per 1 januari 2026"), True)))

af("statushouders", [B],
   y2024=("Partijen zorgen gezamenlijk voor de huisvesting van het aantal vergunninghouders dat het Rijk aan Kwartelveen heeft opgelegd; voor 2024 bedraagt de taakstelling 76 personen. De corporaties stellen hiervoor naar rato van hun bezit woningen beschikbaar.",
          fr([P, C], "firm", [(76, "personen", "exact")], (2024, "voor 2024"), True)),
   y2025=("Partijen zorgen gezamenlijk voor de huisvesting van het aantal vergunninghouders dat het Rijk aan Kwartelveen heeft opgelegd; voor 2025 bedraagt de taakstelling 92 personen. De corporaties stellen hiervoor naar rato van hun bezit woningen beschikbaar.",
          fr([P, C], "firm", [(92, "personen", "exact")], (2025, "voor 2025"), True)),
   y2026=("Partijen zorgen gezamenlijk voor de huisvesting van het aantal vergunninghouders dat het Rijk aan Kwartelveen heeft opgelegd; voor 2026 bedraagt de taakstelling 92 personen. De corporaties stellen hiervoor naar rato van hun bezit woningen beschikbaar, voor zover de vrijkomende voorraad dat toelaat.",
          fr([P, C], "firm", [(92, "personen", "exact")], (2026, "voor 2026"), True, ["voor zover de vrijkomende voorraad dat toelaat"])))
A["statushouders"]["fn"] = {y: "De taakstelling wordt per halfjaar door het Rijk vastgesteld; partijen volgen de realisatie in het ambtelijk overleg wonen." for y in (2024, 2025, 2026)}

af("huurachterstand", [B],
   y2024=("De corporaties nemen binnen een maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder. Achterstanden van twee maanden of meer worden, met toestemming van de huurder, gemeld bij het gemeentelijke team Vroegsignalering.",
          fr([C], "firm", [(1, "maanden", "max"), (2, "maanden", "min")])),
   y2025=("De corporaties nemen binnen een maand na het ontstaan van een huurachterstand persoonlijk contact op met de huurder. Achterstanden van twee maanden of meer worden, met toestemming van de huurder, gemeld bij het gemeentelijke team Vroegsignalering.",
          fr([C], "firm", [(1, "maanden", "max"), (2, "maanden", "min")])),
   y2026=("De corporaties nemen binnen twee weken na het ontstaan van een huurachterstand persoonlijk contact op met de huurder. Achterstanden van één maand of meer worden, met toestemming van de huurder, gemeld bij het gemeentelijke team Vroegsignalering.",
          fr([C], "firm", [(2, "weken", "max"), (1, "maanden", "min")])))

af("huisuitzettingen", [B, L],
   y2024=("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te beperken tot ten hoogste vijf. Een ontruiming wordt pas aangevraagd nadat alle mogelijkheden van schuldhulpverlening en begeleiding zijn benut.",
          fr([P], "intent", [(5, "huisuitzettingen", "max")], (2024, "in 2024"), True)),
   y2025=("Partijen streven ernaar dat in 2025 geen huisuitzettingen wegens huurachterstand plaatsvinden. Een ontruiming wordt pas aangevraagd nadat alle mogelijkheden van schuldhulpverlening en begeleiding zijn benut.",
          fr([P], "intent", [(0, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
   y2026=("Partijen streven ernaar dat in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden. Een ontruiming wordt pas aangevraagd nadat alle mogelijkheden van schuldhulpverlening en begeleiding zijn benut.",
          fr([P], "intent", [(0, "huisuitzettingen", "max")], (2026, "in 2026"), True)))

af("passend-toewijzen", [B],
   y2024=("Bij de toewijzing passen de corporaties de regels voor passend toewijzen toe: huishoudens met recht op huurtoeslag krijgen een woning aangeboden met een huur tot de aftoppingsgrens van € 697,07 (prijspeil 2024).",
          fr([C], "firm", [(697.07, "euro", "max")])),
   y2025=("Bij de toewijzing passen de corporaties de regels voor passend toewijzen toe: huishoudens met recht op huurtoeslag krijgen een woning aangeboden met een huur tot de aftoppingsgrens van € 713,24 (prijspeil 2025).",
          fr([C], "firm", [(713.24, "euro", "max")])),
   y2026=("Bij de toewijzing passen de corporaties de regels voor passend toewijzen toe: huishoudens met recht op huurtoeslag krijgen een woning aangeboden met een huur tot de aftoppingsgrens van € 731,87 (prijspeil 2026).",
          fr([C], "firm", [(731.87, "euro", "max")])))
A["passend-toewijzen"]["fn"] = {y: "De aftoppingsgrenzen worden jaarlijks per 1 januari door het Rijk geïndexeerd." for y in (2024, 2025, 2026)}

af("doorstroming-senioren", [B],
   y2024=("Zilverberk onderzoekt in 2024 of een verhuisregeling voor senioren die een grote eengezinswoning achterlaten, met een verhuisvergoeding en behoud van de huurprijs per vierkante meter, in Kwartelveen kan worden ingevoerd.",
          fr([C], "explore", [], (2024, "in 2024"))),
   y2025=("Zilverberk voert per 1 januari 2025 een verhuisregeling in voor senioren die een grote eengezinswoning achterlaten, met een verhuisvergoeding en behoud van de huurprijs per vierkante meter.",
          fr([C], "firm", [], (2025, "per 1 januari 2025"))),
   y2026=("Zilverberk onderzoekt of de verhuisregeling voor senioren die een grote eengezinswoning achterlaten in 2026 kan worden voortgezet, gelet op het beperkte aantal senioren dat er in 2025 gebruik van heeft gemaakt.",
          fr([C], "explore", [], (2026, "in 2026"))))

af("wachttijd", [B],
   y2024=("Partijen zetten zich in om de gemiddelde inschrijfduur van woningzoekenden bij toewijzing van een sociale huurwoning terug te brengen tot ten hoogste vier jaar.",
          fr([P], "intent", [(4, "jaar", "max")])),
   y2025=("Partijen zetten zich in om de gemiddelde inschrijfduur van woningzoekenden bij toewijzing van een sociale huurwoning terug te brengen tot ten hoogste vijf jaar.",
          fr([P], "intent", [(5, "jaar", "max")])),
   y2026=("Partijen zetten zich in om de gemiddelde inschrijfduur van woningzoekenden bij toewijzing van een sociale huurwoning terug te brengen tot ten hoogste vijf jaar.",
          fr([P], "intent", [(5, "jaar", "max")])))

af("flexwonen", [B],
   y2024=("De gemeente en Ons Erf Wonen onderzoeken in 2024 de mogelijkheid om op de locatie Oude Veiling voor een periode van vijftien jaar 24 flexwoningen te plaatsen voor spoedzoekers en starters.",
          fr([G, C], "explore", [(24, "woningen", "exact")], (2024, "in 2024"))))

af("spoedzoekers", [B],
   y2025=("De corporaties reserveren in 2025 ten minste twaalf vrijkomende woningen voor spoedzoekers, zoals mensen die na een scheiding of na ontslag uit een instelling met spoed woonruimte nodig hebben. De gemeente beoordeelt de aanvragen via de urgentiecommissie.",
          fr([C, G], "firm", [(12, "woningen", "min")], (2025, "in 2025"), True)),
   y2026=("De corporaties reserveren in 2026 ten minste twaalf vrijkomende woningen voor spoedzoekers, zoals mensen die na een scheiding of na ontslag uit een instelling met spoed woonruimte nodig hebben. De gemeente beoordeelt de aanvragen via de urgentiecommissie.",
          fr([C, G], "firm", [(12, "woningen", "min")], (2026, "in 2026"), True)))

af("middenhuur", [B],
   y2025=("Heidehof realiseert tot en met 2027 ten minste 40 middenhuurwoningen in het Stationskwartier, onder voorbehoud van een sluitende businesscase en de medewerking van de gemeente bij de gronduitgifte.",
          fr([C], "firm", [(40, "woningen", "min")], (2027, "tot en met 2027"), False, ["onder voorbehoud van een sluitende businesscase en de medewerking van de gemeente bij de gronduitgifte"])),
   y2026=("Heidehof realiseert tot en met 2027 de resterende 28 middenhuurwoningen in het Stationskwartier, onder voorbehoud van een sluitende businesscase en de medewerking van de gemeente bij de gronduitgifte.",
          fr([C], "firm", [(28, "woningen", "exact")], (2027, "tot en met 2027"), False, ["onder voorbehoud van een sluitende businesscase en de medewerking van de gemeente bij de gronduitgifte"])))

af("sloop-leeuwerikstraat", [B, K],
   y2024=("Heidehof sloopt de 48 verouderde portiekwoningen aan de Leeuwerikstraat en vervangt deze uiterlijk eind 2027 door 60 nieuwe sociale huurwoningen. De gemeente draagt de kosten van de herinrichting van het openbaar gebied en begeleidt de bewoners samen met Heidehof bij de herhuisvesting.",
          fr([C, G], "firm", [(48, "woningen", "exact"), (60, "woningen", "exact")], (2027, "uiterlijk eind 2027"))),
   y2025=("Heidehof sloopt de 48 verouderde portiekwoningen aan de Leeuwerikstraat en vervangt deze uiterlijk eind 2027 door 60 nieuwe sociale huurwoningen. De gemeente draagt de kosten van de herinrichting van het openbaar gebied en begeleidt de bewoners samen met Heidehof bij de herhuisvesting.",
          fr([C, G], "firm", [(48, "woningen", "exact"), (60, "woningen", "exact")], (2027, "uiterlijk eind 2027"))),
   y2026=("Heidehof sloopt de 48 verouderde portiekwoningen aan de Leeuwerikstraat en vervangt deze uiterlijk medio 2027 door 60 nieuwe sociale huurwoningen. De gemeente draagt de kosten van de herinrichting van het openbaar gebied en begeleidt de bewoners samen met Heidehof bij de herhuisvesting.",
          fr([C, G], "firm", [(48, "woningen", "exact"), (60, "woningen", "exact")], (2027, "uiterlijk medio 2027"))))

af("huisvestingsverordening", [B],
   y2024=("De gemeente legt in het derde kwartaal van 2024 een herziene huisvestingsverordening aan de raad voor, waarin de urgentieregeling en de voorrang voor lokale binding zijn afgestemd op de afspraken in de regionale woondeal.",
          fr([G], "firm", [], (2024, "in het derde kwartaal van 2024")))),
A["huisvestingsverordening"][2025] = (
    "De gemeente legt in het eerste kwartaal van 2025 een herziene huisvestingsverordening aan de raad voor, waarin de urgentieregeling en de voorrang voor lokale binding zijn afgestemd op de afspraken in de regionale woondeal.",
    fr([G], "firm", [], (2025, "in het eerste kwartaal van 2025")))

af("wijkgericht-toewijzen", [L, B],
   y2026=("Partijen hanteren in Molenakker een wijkgerichte toewijzing, waarbij ten hoogste 25% van de vrijkomende woningen aan urgent woningzoekenden wordt toegewezen en bij de overige woningen voorrang geldt voor werkende starters en huishoudens met een binding aan de wijk.",
          fr([P], "firm", [(25, "%", "max")])))

# ---------------------------------------------------------------- duurzaam
af("label-efg", [D],
   y2024=("De corporaties hebben uiterlijk eind 2026 geen woningen meer met energielabel E, F of G. In 2024 worden daartoe ten minste 180 woningen met een dergelijk label verbeterd naar ten minste label C.",
          fr([C], "firm", [(180, "woningen", "min")], (2026, "uiterlijk eind 2026"))),
   y2025=("De corporaties hebben uiterlijk eind 2027 geen woningen meer met energielabel E, F of G. In 2025 worden daartoe ten minste 150 woningen met een dergelijk label verbeterd naar ten minste label C.",
          fr([C], "firm", [(150, "woningen", "min")], (2027, "uiterlijk eind 2027"))),
   y2026=("De corporaties hebben uiterlijk eind 2027 geen woningen meer met energielabel E, F of G. In 2026 worden daartoe de resterende 85 woningen met een dergelijk label verbeterd naar ten minste label C.",
          fr([C], "firm", [(85, "woningen", "exact")], (2027, "uiterlijk eind 2027"))))
A["label-efg"]["fn"] = {y: "De Nationale Prestatieafspraken van juni 2022 gaan uit van het uitfaseren van deze labels vóór eind 2028." for y in (2024, 2025, 2026)}

af("gemiddeld-label", [D],
   y2024=("Het woningbezit van de drie corporaties in Kwartelveen heeft eind 2028 gemiddeld ten minste energielabel B.",
          fr([C], "firm", [("B", "label", "min")], (2028, "eind 2028"))),
   y2025=("Het woningbezit van de drie corporaties in Kwartelveen heeft eind 2028 gemiddeld ten minste energielabel B.",
          fr([C], "firm", [("B", "label", "min")], (2028, "eind 2028"))),
   y2026=("Het woningbezit van de drie corporaties in Kwartelveen heeft eind 2028 gemiddeld ten minste energielabel C.",
          fr([C], "firm", [("C", "label", "min")], (2028, "eind 2028"))))

af("isolatie-molenakker", [D],
   y2024=("Heidehof isoleert in 2024 alle 140 woningen in de wijk Molenakker (dak, gevel en vloer) en brengt daarbij mechanische ventilatie aan, zodat vocht en tocht worden voorkomen.",
          fr([C], "firm", [(140, "woningen", "exact")], (2024, "in 2024"))),
   y2025=("Heidehof isoleert in 2025 de woningen in twee van de vier complexen in de wijk Molenakker (dak, gevel en vloer) en brengt daarbij mechanische ventilatie aan, zodat vocht en tocht worden voorkomen.",
          fr([C], "firm", [], (2025, "in 2025")))),

af("isolatie-weerdink", [D, K],
   y2026=("Zilverberk isoleert in 2026 ten minste 70 eengezinswoningen in Weerdink-Zuid tot het niveau van de standaard voor woningisolatie en combineert dit waar mogelijk met het vervangen van keukens en badkamers.",
          fr([C], "firm", [(70, "woningen", "min")], (2026, "in 2026"), False, ["waar mogelijk"])))

af("warmtepompen", [D],
   y2024=("Zilverberk zal in 2024 in 60 grondgebonden woningen in Oldenlo een hybride warmtepomp plaatsen, nadat de woningen zijn nageïsoleerd.",
          fr([C], "firm", [(60, "woningen", "exact")], (2024, "in 2024"), True)),
   y2025=("Zilverberk streeft ernaar in 2025 in 60 grondgebonden woningen in Oldenlo een hybride warmtepomp te plaatsen, nadat de woningen zijn nageïsoleerd.",
          fr([C], "intent", [(60, "woningen", "exact")], (2025, "in 2025"), True)),
   y2026=("Zilverberk streeft ernaar in 2026 in 75 grondgebonden woningen in Oldenlo een hybride warmtepomp te plaatsen, nadat de woningen zijn nageïsoleerd.",
          fr([C], "intent", [(75, "woningen", "exact")], (2026, "in 2026"), True)))

af("zonnepanelen", [D, B],
   y2024=("Ons Erf Wonen biedt huurders van grondgebonden woningen zonnepanelen aan tegen een vergoeding van ten hoogste € 9,50 per maand, zodat de woonlasten per saldo dalen, indien de provinciale subsidieregeling voor verduurzaming van huurwoningen wordt voortgezet.",
          fr([C], "firm", [(9.5, "euro", "max")], None, False, ["indien de provinciale subsidieregeling voor verduurzaming van huurwoningen wordt voortgezet"])),
   y2025=("Ons Erf Wonen biedt huurders van grondgebonden woningen zonnepanelen aan tegen een vergoeding van ten hoogste € 9,50 per maand, zodat de woonlasten per saldo dalen.",
          fr([C], "firm", [(9.5, "euro", "max")])),
   y2026=("Huurders van een grondgebonden woning van Ons Erf Wonen krijgen zonnepanelen aangeboden voor maximaal € 9,50 per maand, waardoor hun woonlasten per saldo lager uitvallen.",
          fr([C], "firm", [(9.5, "euro", "max")])))

af("warmtetransitie", [D],
   y2024=("De gemeente betrekt de corporaties en de huurderskoepel bij de uitwerking van de wijkuitvoeringsplannen uit de Transitievisie Warmte, te beginnen met de wijk De Kwartelhof.",
          fr([G], "firm")),
   y2025=("De gemeente gaat met de corporaties en de huurderskoepel in gesprek over de uitwerking van de wijkuitvoeringsplannen uit de Transitievisie Warmte, te beginnen met de wijk De Kwartelhof.",
          fr([G], "discuss")),
   y2026=("De gemeente gaat met de corporaties en de huurderskoepel in gesprek over de uitwerking van de wijkuitvoeringsplannen uit de Transitievisie Warmte, te beginnen met de wijk De Kwartelhof.",
          fr([G], "discuss")))

af("energiecoaches", [D, B],
   y2024=("De gemeente zet in 2024 energiecoaches in voor huurders met een laag inkomen en hoge energielasten. De corporaties verwijzen huurders actief door en delen, als de huurder daarmee instemt, de adressen van woningen met label D of slechter.",
          fr([G, C], "firm", [], (2024, "in 2024"), True, ["als de huurder daarmee instemt"])),
   y2025=("De gemeente zet in 2025 energiecoaches in voor huurders met een laag inkomen en hoge energielasten. De corporaties verwijzen huurders actief door en delen, als de huurder daarmee instemt, de adressen van woningen met label D of slechter.",
          fr([G, C], "firm", [], (2025, "in 2025"), True, ["als de huurder daarmee instemt"])),
   y2026=("De gemeente zet in 2026 energiecoaches in voor huurders met een laag inkomen en hoge energielasten, afhankelijk van de voortzetting van de rijksmiddelen voor de aanpak van energiearmoede. De corporaties verwijzen huurders actief door en delen, als de huurder daarmee instemt, de adressen van woningen met label D of slechter.",
          fr([G, C], "firm", [], (2026, "in 2026"), True, ["afhankelijk van de voortzetting van de rijksmiddelen voor de aanpak van energiearmoede", "als de huurder daarmee instemt"])))

af("klimaatadaptatie", [D, L],
   y2024=("Partijen onderzoeken in 2024 waar in de wijk Weerdink-Zuid de hittestress en de kans op wateroverlast het grootst zijn en bekijken op basis daarvan welke binnenterreinen van de corporaties kunnen worden vergroend.",
          fr([P], "explore", [], (2024, "in 2024"))),
   y2025=("Op basis van de hittestresskaart vergroenen partijen in 2025 ten minste drie binnenterreinen van corporatiecomplexen in Weerdink-Zuid, waarbij tegels plaatsmaken voor beplanting en wadi's; de gemeente draagt de helft van de kosten.",
          fr([P, G], "firm", [(3, "binnenterreinen", "min")], (2025, "in 2025"))),
   y2026=("Op basis van de hittestresskaart vergroenen partijen in 2026 ten minste drie binnenterreinen van corporatiecomplexen in Weerdink-Zuid en in Molenakker, waarbij tegels plaatsmaken voor beplanting en wadi's; de gemeente draagt de helft van de kosten.",
          fr([P, G], "firm", [(3, "binnenterreinen", "min")], (2026, "in 2026"))))

# ---------------------------------------------------------------- kwaliteit en zorg
af("reparatietermijn", [K],
   y2024=("De corporaties verhelpen spoedeisende reparaties binnen 24 uur en overige reparatieverzoeken binnen tien werkdagen na de melding.",
          fr([C], "firm", [(24, "uur", "max"), (10, "werkdagen", "max")])),
   y2025=("De corporaties verhelpen spoedeisende reparaties binnen 24 uur en overige reparatieverzoeken binnen vijftien werkdagen na de melding.",
          fr([C], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
   y2026=("De corporaties verhelpen spoedeisende reparaties binnen 24 uur en overige reparatieverzoeken binnen vijftien werkdagen na de melding.",
          fr([C], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])))

af("vocht-schimmel", [K],
   y2024=("Iedere melding van vocht en schimmel wordt binnen twee weken door een opzichter van de corporatie ter plaatse beoordeeld, waarna de corporatie de huurder schriftelijk informeert over de vervolgstappen en de termijn van herstel.",
          fr([C], "firm", [(2, "weken", "max")])),
   y2025=("Iedere melding van vocht en schimmel wordt binnen één week door een opzichter van de corporatie ter plaatse beoordeeld, waarna de corporatie de huurder schriftelijk informeert over de vervolgstappen en de termijn van herstel.",
          fr([C], "firm", [(1, "weken", "max")])),
   y2026=("Een opzichter van de corporatie beoordeelt elke melding van vocht en schimmel binnen één week in de woning zelf; de huurder ontvangt daarna een schriftelijk bericht over de vervolgstappen en de termijn van herstel.",
          fr([C], "firm", [(1, "weken", "max")])))

af("woningaanpassingen", [K, B],
   y2024=("Gemeente en corporaties maken in 2024 nadere afspraken over de verdeling van de kosten van woningaanpassingen die op grond van de Wmo worden uitgevoerd en over het hergebruik van aangepaste woningen.",
          fr([G, C], "discuss", [], (2024, "in 2024"))),
   y2025=("Gemeente en corporaties werken volgens de in 2024 gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die op grond van de Wmo worden uitgevoerd en over het hergebruik van aangepaste woningen.",
          fr([G, C], "firm")),
   y2026=("Gemeente en corporaties werken volgens de in 2024 gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die op grond van de Wmo worden uitgevoerd en over het hergebruik van aangepaste woningen.",
          fr([G, C], "firm")))

af("levensloopbestendig", [K],
   y2024=("Heidehof en Ons Erf Wonen labelen in 2024 samen ten minste 60 bestaande woningen als levensloopbestendig, nadat de daarvoor benodigde aanpassingen zoals drempelloze toegangen en een slaapkamer op de begane grond zijn uitgevoerd.",
          fr([C], "firm", [(60, "woningen", "min")], (2024, "in 2024"), True)),
   y2025=("Heidehof en Ons Erf Wonen labelen in 2025 samen ten minste 60 bestaande woningen als levensloopbestendig, nadat de daarvoor benodigde aanpassingen zoals drempelloze toegangen en een slaapkamer op de begane grond zijn uitgevoerd.",
          fr([C], "firm", [(60, "woningen", "min")], (2025, "in 2025"), True)),
   y2026=("Heidehof en Ons Erf Wonen labelen in 2026 samen ten minste 60 bestaande woningen als levensloopbestendig, nadat de daarvoor benodigde aanpassingen zoals drempelloze toegangen en een slaapkamer op de begane grond zijn uitgevoerd, mits de gemeentelijke bijdrage uit de Wmo op het huidige niveau blijft.",
          fr([C], "firm", [(60, "woningen", "min")], (2026, "in 2026"), True, ["mits de gemeentelijke bijdrage uit de Wmo op het huidige niveau blijft"])))

af("brandveiligheid", [K],
   y2024=("De corporaties voeren vóór 1 oktober 2024 in alle portiek- en galerijflats een brandveiligheidsscan uit en herstellen de geconstateerde gebreken binnen drie maanden na de scan.",
          fr([C], "firm", [(3, "maanden", "max")], (2024, "vóór 1 oktober 2024"))),
   y2025=("De corporaties voeren uiterlijk medio 2025 in alle portiek- en galerijflats een brandveiligheidsscan uit en herstellen de geconstateerde gebreken binnen drie maanden na de scan.",
          fr([C], "firm", [(3, "maanden", "max")], (2025, "uiterlijk medio 2025"))),
   y2026=("De corporaties voeren uiterlijk eind 2026 in alle portiek-, galerij- en seniorenflats een brandveiligheidsscan uit en herstellen de geconstateerde gebreken binnen drie maanden na de scan.",
          fr([C], "firm", [(3, "maanden", "max")], (2026, "uiterlijk eind 2026"))))

af("huurdersoordeel", [K],
   y2024=("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de dienstverlening bij reparaties en bij het betrekken van een nieuwe woning.",
          fr([C], "intent", [(7.5, "rapportcijfer", "min")])),
   y2025=("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de dienstverlening bij reparaties en bij het betrekken van een nieuwe woning.",
          fr([C], "intent", [(7.5, "rapportcijfer", "min")])),
   y2026=("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste 7,8 voor de dienstverlening bij reparaties en bij het betrekken van een nieuwe woning.",
          fr([C], "intent", [(7.8, "rapportcijfer", "min")])))

af("opgave-wonen-zorg", [K, B],
   y2024=("De gemeente stelt in het vierde kwartaal van 2024, in overleg met de corporaties en de zorgaanbieders, een opgave wonen en zorg op, waarin het benodigde aantal geclusterde woonvormen voor ouderen tot 2030 per kern is aangegeven.",
          fr([G], "firm", [], (2024, "in het vierde kwartaal van 2024"))),
   y2025=("De gemeente stelt uiterlijk in het tweede kwartaal van 2025, in overleg met de corporaties en de zorgaanbieders, een opgave wonen en zorg op, waarin het benodigde aantal geclusterde woonvormen voor ouderen tot 2030 per kern is aangegeven.",
          fr([G], "firm", [], (2025, "uiterlijk in het tweede kwartaal van 2025"))))

af("geclusterd-bremmerveld", [K, B],
   y2026=("Ons Erf Wonen start in 2026 met de bouw van een geclusterde woonvorm met 24 zorggeschikte appartementen en een gemeenschappelijke ruimte in Bremmerveld, onder voorbehoud van het verkrijgen van de omgevingsvergunning.",
          fr([C], "firm", [(24, "woningen", "exact")], (2026, "in 2026"), False, ["onder voorbehoud van het verkrijgen van de omgevingsvergunning"])))

# ---------------------------------------------------------------- leefbaarheid
af("leefbaarheidsbudget", [L],
   y2024=("De corporaties besteden in 2024 gezamenlijk gemiddeld ten minste € 68 per woning aan leefbaarheid, binnen de wettelijke grenzen; de huurderskoepel wordt betrokken bij de keuze van de activiteiten.",
          fr([C], "firm", [(68, "euro", "min")], (2024, "in 2024"), True)),
   y2025=("De corporaties besteden in 2025 gezamenlijk gemiddeld ten minste € 75 per woning aan leefbaarheid, binnen de wettelijke grenzen; de huurderskoepel wordt betrokken bij de keuze van de activiteiten.",
          fr([C], "firm", [(75, "euro", "min")], (2025, "in 2025"), True)),
   y2026=("De corporaties besteden in 2026 gezamenlijk gemiddeld ten minste € 75 per woning aan leefbaarheid, binnen de wettelijke grenzen; de huurderskoepel wordt betrokken bij de keuze van de activiteiten.",
          fr([C], "firm", [(75, "euro", "min")], (2026, "in 2026"), True)))
A["leefbaarheidsbudget"]["fn"] = {y: "Het Besluit toegelaten instellingen volkshuisvesting 2015 begrenst de uitgaven aan leefbaarheid per woning; het maximum wordt jaarlijks geïndexeerd." for y in (2024, 2025, 2026)}

af("wijkbeheerders", [L],
   y2024=("Elke corporatie zet in alle wijken waar zij meer dan 200 woningen bezit een wijkbeheerder in, die wekelijks een spreekuur houdt in de wijk.",
          fr([C], "firm", [(1, "keer per week", "exact")])),
   y2025=("Elke corporatie zet in alle wijken waar zij meer dan 200 woningen bezit een wijkbeheerder in, die twee keer per week een spreekuur houdt in de wijk.",
          fr([C], "firm", [(2, "keer per week", "exact")])),
   y2026=("Elke corporatie zet in de wijken De Kwartelhof en Molenakker een wijkbeheerder in, die twee keer per week een spreekuur houdt in de wijk.",
          fr([C], "firm", [(2, "keer per week", "exact")])))

af("wijkschouw", [L],
   **{f"y{y}": ("Partijen houden twee keer per jaar per wijk een gezamenlijke wijkschouw, waaraan ook bewoners, de wijkagent en het sociaal wijkteam kunnen deelnemen.",
                fr([P], "firm", [(2, "keer per jaar", "exact")], None, True)) for y in (2024, 2025, 2026)})

af("overlast", [L],
   y2024=("De gemeente zegt toe dat bij ernstige woonoverlast binnen vijf werkdagen een casusoverleg wordt belegd met de betrokken corporatie, het sociaal wijkteam en de politie.",
          fr([G], "firm", [(5, "werkdagen", "max")])),
   y2025=("De gemeente zet zich ervoor in dat bij ernstige woonoverlast binnen vijf werkdagen een casusoverleg wordt belegd met de betrokken corporatie, het sociaal wijkteam en de politie.",
          fr([G], "intent", [(5, "werkdagen", "max")])),
   y2026=("De gemeente zet zich ervoor in dat bij ernstige woonoverlast binnen vijf werkdagen een casusoverleg wordt belegd met de betrokken corporatie, het sociaal wijkteam en de politie.",
          fr([G], "intent", [(5, "werkdagen", "max")])))

af("zachte-landing", [L, B],
   y2024=("Gemeente en corporaties verkennen in 2024 hoe de begeleiding van kwetsbare huurders die uitstromen uit beschermd wonen of maatschappelijke opvang kan worden verbeterd.",
          fr([G, C], "explore", [], (2024, "in 2024"))),
   y2025=("Voor iedere huurder die uitstroomt uit beschermd wonen of maatschappelijke opvang wordt door de gemeente een begeleidingsplan opgesteld, waarin de afspraken met de corporatie over begeleiding gedurende ten minste een jaar worden vastgelegd.",
          fr([G], "firm", [(1, "jaar", "min")])),
   y2026=("Voor iedere huurder die uitstroomt uit beschermd wonen of maatschappelijke opvang wordt door de gemeente een begeleidingsplan opgesteld, waarin de afspraken met de corporatie over begeleiding gedurende ten minste twee jaar worden vastgelegd.",
          fr([G], "firm", [(2, "jaar", "min")])))

af("bewonersinitiatieven", [L],
   y2024=("De corporaties ondersteunen bewonersinitiatieven met een gezamenlijk budget van € 40.000 per jaar; aanvragen worden binnen vier weken beoordeeld.",
          fr([C], "firm", [(40000, "euro", "exact"), (4, "weken", "max")], None, True)),
   y2025=("De corporaties ondersteunen bewonersinitiatieven met een gezamenlijk budget van € 40.000 per jaar; aanvragen worden binnen vier weken beoordeeld.",
          fr([C], "firm", [(40000, "euro", "exact"), (4, "weken", "max")], None, True)),
   y2026=("De corporaties ondersteunen bewonersinitiatieven met een gezamenlijk budget van € 30.000 per jaar; aanvragen worden binnen vier weken beoordeeld.",
          fr([C], "firm", [(30000, "euro", "exact"), (4, "weken", "max")], None, True)))

af("ontmoetingsruimte", [L],
   y2024=("Ons Erf Wonen en de gemeente openen in 2024 in het complex De Hoeve in Weerdinkhoek een ontmoetingsruimte, waar ouderen elkaar kunnen treffen en waar de welzijnsorganisatie wekelijks activiteiten organiseert.",
          fr([C, G], "firm", [], (2024, "in 2024"))))

af("huiskamer-oldenlo", [L],
   y2025=("Zilverberk stelt in 2025 een gemeenschappelijke ruimte in het complex Kwartelerf in Oldenlo beschikbaar als buurthuiskamer, die door vrijwilligers wordt beheerd; de gemeente vergoedt de inrichtingskosten tot een bedrag van € 15.000.",
          fr([C, G], "firm", [(15000, "euro", "max")], (2025, "in 2025"))),
   y2026=("Zilverberk stelt in 2025 een gemeenschappelijke ruimte in het complex Kwartelerf in Oldenlo beschikbaar als buurthuiskamer, die door vrijwilligers wordt beheerd; de gemeente vergoedt de inrichtingskosten tot een bedrag van € 15.000.",
          fr([C, G], "firm", [(15000, "euro", "max")], (2025, "in 2025"))))

# ---------------------------------------------------------------- proces
af("monitoring", [O],
   y2024=("Partijen monitoren de uitvoering van deze afspraken twee keer per jaar in het bestuurlijk overleg; de corporaties leveren de benodigde gegevens aan vóór 1 maart en vóór 1 september 2024.",
          fr([P, C], "firm", [(2, "keer per jaar", "exact")], (2024, "vóór 1 september 2024"), True)),
   y2025=("Partijen monitoren de uitvoering van deze afspraken twee keer per jaar in het bestuurlijk overleg; de corporaties leveren de benodigde gegevens aan vóór 1 maart en vóór 1 september 2025.",
          fr([P, C], "firm", [(2, "keer per jaar", "exact")], (2025, "vóór 1 september 2025"), True)),
   y2026=("Partijen monitoren de uitvoering van deze afspraken drie keer per jaar in het bestuurlijk overleg; de corporaties leveren de benodigde gegevens aan vóór 1 februari, vóór 1 juni en vóór 1 oktober 2026.",
          fr([P, C], "firm", [(3, "keer per jaar", "exact")], (2026, "vóór 1 oktober 2026"), True)))

af("bod-procedure", [O],
   y2024=("De corporaties brengen vóór 1 juli 2024 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken voor 2025 uiterlijk 15 december 2024 ondertekenen.",
          fr([C, P], "firm", [], (2024, "uiterlijk 15 december 2024"), True)),
   y2025=("De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken voor 2026 uiterlijk 15 december 2025 ondertekenen.",
          fr([C, P], "firm", [], (2025, "uiterlijk 15 december 2025"), True)),
   y2026=("De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken voor 2027 uiterlijk 15 december 2026 ondertekenen.",
          fr([C, P], "firm", [], (2026, "uiterlijk 15 december 2026"), True)))

af("ondersteuning-koepel", [O],
   y2024=("De corporaties stellen de huurderskoepel jaarlijks een budget van € 25.000 beschikbaar voor scholing, onafhankelijk advies en ondersteuning bij het overleg over de prestatieafspraken.",
          fr([C], "firm", [(25000, "euro", "exact")], None, True)),
   y2025=("De corporaties stellen de huurderskoepel jaarlijks een budget van € 25.000 beschikbaar voor scholing, onafhankelijk advies en ondersteuning bij het overleg over de prestatieafspraken.",
          fr([C], "firm", [(25000, "euro", "exact")], None, True)),
   y2026=("De corporaties stellen de huurderskoepel jaarlijks een budget van € 30.000 beschikbaar voor scholing, onafhankelijk advies en ondersteuning bij het overleg over de prestatieafspraken.",
          fr([C], "firm", [(30000, "euro", "exact")], None, True)))

af("geschillen", [O],
   **{f"y{y}": ("Bij een verschil van inzicht over de uitvoering van deze afspraken gaan partijen eerst met elkaar in overleg; leidt dat niet tot een oplossing, dan kan ieder van hen de Adviescommissie geschilbeslechting prestatieafspraken om een advies vragen.",
                fr([P], "firm")) for y in (2024, 2025, 2026)})

af("evaluatie-overleg", [O],
   y2024=("Partijen evalueren in het najaar van 2024 de overlegstructuur en de wijze waarop de huurderskoepel en de aangesloten huurdersorganisaties bij de totstandkoming van de afspraken zijn betrokken.",
          fr([P], "firm", [], (2024, "in het najaar van 2024"))))

# ---------------------------------------------------------------- structure per year
CH = {
    2024: [("bb", "2 Betaalbaar en beschikbaar wonen"), ("dk", "3 Duurzaam en klimaatbestendig wonen"),
           ("kw", "4 Goed wonen: kwaliteit en zorg"), ("lb", "5 Prettig samenleven in wijk en dorp"),
           ("pr", "6 Samenwerking en proces")],
    2025: [("bb", "2 Betaalbaar en beschikbaar wonen"), ("dk", "3 Duurzaam en klimaatbestendig wonen"),
           ("kw", "4 Goed wonen: kwaliteit en zorg"), ("lb", "5 Leefbare wijken en kernen"),
           ("pr", "6 Samenwerking en proces")],
    2026: [("bb", "2 Betaalbaar en beschikbaar wonen"), ("dk", "3 Energietransitie en klimaat"),
           ("kw", "4 Kwaliteit, wonen en zorg"), ("lb", "5 Leefbare wijken en kernen"),
           ("pr", "6 Samenwerking en proces")],
}

# ordered content per chapter: ("sub", title) | ("ctx", text) | key
ORDER = {
    2024: {
        "bb": [("ctx", "De Woonvisie Kwartelveen 2022-2030 gaat uit van een groei van de woningvoorraad met ruim 1.400 woningen, waarvan een derde in de sociale huursector. In de regionale woondeal heeft Kwartelveen zich verbonden aan een evenredig aandeel in de landelijke bouwopgave. Tegelijk staat de betaalbaarheid van het wonen onder druk door gestegen energieprijzen en vaste lasten."),
               ("sub", "Nieuwbouw en voorraad"), "nieuwbouw-sociaal", "sociaal-aandeel", "sloop-leeuwerikstraat", "verkoop", "liberalisatie", "flexwonen",
               ("sub", "Betaalbaarheid"), "huurverhoging", "passend-toewijzen", "huurachterstand", "huisuitzettingen",
               ("sub", "Woonruimteverdeling en doelgroepen"), ("ctx", "Het aantal ingeschreven woningzoekenden steeg in 2023 met ongeveer 9% tot ruim 6.100. Vooral jongeren en alleenstaanden maken weinig kans, terwijl veel ouderen in een eengezinswoning blijven wonen die niet meer bij hun situatie past."),
               "toewijzing-starters", "wachttijd", "doorstroming-senioren", "statushouders", "huisvestingsverordening"],
        "dk": [("ctx", "De corporaties hebben hun routekaart naar een CO2-arme woningvoorraad in 2023 geactualiseerd. Eind 2023 hadden nog 412 van de circa 7.900 corporatiewoningen in Kwartelveen een label E, F of G. De gemeente werkt de Transitievisie Warmte uit in wijkuitvoeringsplannen."),
               "label-efg", "gemiddeld-label", "isolatie-molenakker", "warmtepompen", "zonnepanelen", "warmtetransitie", "energiecoaches",
               ("ctx", "Klimaatadaptatie krijgt in de afspraken een steeds nadrukkelijker plaats, nu de gevolgen van hevige buien en hete zomers ook in de wijken van Kwartelveen zichtbaar worden."),
               "klimaatadaptatie"],
        "kw": [("sub", "Onderhoud en dienstverlening"), "reparatietermijn", "vocht-schimmel", "brandveiligheid", "huurdersoordeel",
               ("sub", "Wonen en zorg"), ("ctx", "Het aantal inwoners van 75 jaar en ouder neemt tot 2030 met bijna 40% toe. Meer ouderen blijven langer zelfstandig wonen, wat vraagt om geschikte woningen dicht bij voorzieningen."),
               "woningaanpassingen", "levensloopbestendig", "opgave-wonen-zorg"],
        "lb": [("ctx", "Uit de wijkmonitor 2023 blijkt dat bewoners van De Kwartelhof en Molenakker hun buurt minder positief waarderen dan gemiddeld. Partijen willen de leefbaarheid in deze wijken gericht versterken en tegelijk de kleinere kernen niet uit het oog verliezen."),
               "leefbaarheidsbudget", "wijkbeheerders", "wijkschouw", "overlast", "zachte-landing", "bewonersinitiatieven", "ontmoetingsruimte"],
        "pr": [("ctx", "De samenwerking tussen gemeente, corporaties en huurderskoepel krijgt vorm in een bestuurlijk overleg en een ambtelijke werkgroep, die elk ten minste vier keer per jaar bijeenkomen."),
               "monitoring", "bod-procedure", "ondersteuning-koepel", "evaluatie-overleg", "geschillen"],
    },
    2025: {
        "bb": [("ctx", "De Woonvisie Kwartelveen 2022-2030 gaat uit van een groei van de woningvoorraad met ruim 1.400 woningen, waarvan een derde in de sociale huursector. Door gestegen bouwkosten en netcongestie schuiven enkele projecten op, waardoor de oplevering in 2025 lager uitvalt dan eerder voorzien."),
               ("sub", "Nieuwbouw en voorraad"), "nieuwbouw-sociaal", "sociaal-aandeel", "middenhuur", "sloop-leeuwerikstraat", "verkoop", "liberalisatie",
               ("sub", "Betaalbaarheid"), "huurverhoging", "passend-toewijzen", "huisuitzettingen", "huurachterstand",
               ("sub", "Woonruimteverdeling en doelgroepen"), ("ctx", "Het aantal ingeschreven woningzoekenden steeg in 2024 verder tot bijna 6.600. De slaagkans van jongeren daalde tot 11%."),
               "toewijzing-starters", "spoedzoekers", "wachttijd", "doorstroming-senioren", "statushouders", "huisvestingsverordening"],
        "dk": [("ctx", "In 2024 verbeterden de corporaties 164 woningen met een label E, F of G. Begin 2025 resteerden er nog 248. De vertraging hangt samen met de beschikbaarheid van installateurs en met bewoners die instemming voor ingrijpende werkzaamheden nog overwegen."),
               "label-efg", "gemiddeld-label", "isolatie-molenakker", "warmtepompen", "zonnepanelen", "warmtetransitie", "klimaatadaptatie"],
        "kw": [("sub", "Onderhoud en dienstverlening"), "reparatietermijn", "vocht-schimmel", "brandveiligheid", "huurdersoordeel",
               ("sub", "Wonen en zorg"), "woningaanpassingen", "levensloopbestendig", "opgave-wonen-zorg"],
        "lb": [("ctx", "De wijkmonitor 2024 laat een lichte verbetering zien in De Kwartelhof, maar in Molenakker bleef het oordeel van bewoners achter. Energiearmoede raakt steeds meer huishoudens en wordt daarom in dit hoofdstuk samen met de sociale aanpak in de wijken behandeld."),
               "leefbaarheidsbudget", "wijkbeheerders", "wijkschouw", "overlast", "zachte-landing", "energiecoaches", "bewonersinitiatieven", "huiskamer-oldenlo"],
        "pr": [("ctx", "De in 2024 uitgevoerde evaluatie van de overlegstructuur heeft geleid tot een vaste agenda voor het bestuurlijk overleg, waarin de voortgang per hoofdstuk wordt besproken."),
               "monitoring", "bod-procedure", "ondersteuning-koepel", "geschillen"],
    },
    2026: {
        "bb": [("ctx", "De bouwproductie trekt in 2026 weer aan nu meerdere projecten die in 2025 vertraging opliepen alsnog in uitvoering komen. Het Rijk heeft in de Wet versterking regie volkshuisvesting vastgelegd dat twee derde van de nieuwbouw betaalbaar moet zijn."),
               ("sub", "Nieuwbouw en voorraad"), "nieuwbouw-sociaal", "sociaal-aandeel", "middenhuur", "sloop-leeuwerikstraat", "verkoop", "liberalisatie",
               ("sub", "Betaalbaarheid"), "huurverhoging", "passend-toewijzen", "huurachterstand", "huisuitzettingen",
               ("sub", "Woonruimteverdeling en doelgroepen"), "toewijzing-starters", "spoedzoekers", "wachttijd", "statushouders", "doorstroming-senioren", "wijkgericht-toewijzen"],
        "dk": [("ctx", "Begin 2026 hadden nog 85 corporatiewoningen in Kwartelveen een label E, F of G. De verduurzaming verschuift daarmee van het wegwerken van slechte labels naar isolatie en de overstap naar duurzame warmte."),
               "label-efg", "gemiddeld-label", "isolatie-weerdink", "warmtepompen", "zonnepanelen", "warmtetransitie", "klimaatadaptatie"],
        "kw": [("sub", "Onderhoud en dienstverlening"), "reparatietermijn", "vocht-schimmel", "brandveiligheid", "huurdersoordeel",
               ("sub", "Wonen en zorg"), ("ctx", "De opgave wonen en zorg is in juni 2025 door het college vastgesteld. Zij laat zien dat tot 2030 in elke kern ten minste één geclusterde woonvorm voor ouderen nodig is."),
               "geclusterd-bremmerveld", "woningaanpassingen", "levensloopbestendig"],
        "lb": [("ctx", "Met het programma Samen Sterk in de Wijk werken gemeente en corporaties sinds 2025 met één gezamenlijke aanpak in de wijken met de grootste opgave."),
               "leefbaarheidsbudget", "wijkbeheerders", "wijkschouw", "overlast", "zachte-landing", "energiecoaches", "bewonersinitiatieven", "huiskamer-oldenlo"],
        "pr": ["monitoring", "bod-procedure", "ondersteuning-koepel", "geschillen"],
    },
}

# pair statuses for changed afspraken (identical text -> unchanged; presence -> new/dropped)
PAIRS = {
    (2024, 2025): {
        "nieuwbouw-sociaal": ("weakened", ["quantity"], None),
        "sociaal-aandeel": ("strengthened", ["quantity"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "liberalisatie": ("reworded", [], "recurring_year"),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "toewijzing-starters": ("weakened", ["quantity"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "huisuitzettingen": ("strengthened", ["quantity"], None),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "doorstroming-senioren": ("strengthened", ["modality"], None),
        "wachttijd": ("weakened", ["quantity"], None),
        "huisvestingsverordening": ("weakened", ["deadline"], None),
        "label-efg": ("weakened", ["quantity", "deadline"], None),
        "isolatie-molenakker": ("weakened", ["scope", "deadline"], None),
        "warmtepompen": ("weakened", ["modality"], None),
        "zonnepanelen": ("strengthened", ["condition"], None),
        "warmtetransitie": ("weakened", ["modality"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "klimaatadaptatie": ("strengthened", ["modality"], None),
        "reparatietermijn": ("weakened", ["quantity"], None),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "woningaanpassingen": ("strengthened", ["modality"], None),
        "levensloopbestendig": ("reworded", [], "recurring_year"),
        "brandveiligheid": ("weakened", ["deadline"], None),
        "opgave-wonen-zorg": ("weakened", ["deadline"], None),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "wijkbeheerders": ("strengthened", ["quantity"], None),
        "overlast": ("weakened", ["modality"], None),
        "zachte-landing": ("strengthened", ["modality"], None),
        "monitoring": ("reworded", [], "recurring_year"),
        "bod-procedure": ("reworded", [], "recurring_year"),
    },
    (2025, 2026): {
        "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "liberalisatie": ("weakened", ["quantity"], None),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "toewijzing-starters": ("reworded", [], "recurring_year"),
        "statushouders": ("weakened", ["condition"], None),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("reworded", [], "recurring_year"),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "doorstroming-senioren": ("weakened", ["modality"], None),
        "middenhuur": ("reworded", [], "progress"),
        "spoedzoekers": ("reworded", [], "recurring_year"),
        "sloop-leeuwerikstraat": ("strengthened", ["deadline"], None),
        "label-efg": ("reworded", [], "progress"),
        "gemiddeld-label": ("weakened", ["label"], None),
        "warmtepompen": ("strengthened", ["quantity"], None),
        "zonnepanelen": ("reworded", [], "same_figures"),
        "energiecoaches": ("weakened", ["condition"], None),
        "klimaatadaptatie": ("strengthened", ["scope"], None),
        "vocht-schimmel": ("reworded", [], "same_figures"),
        "levensloopbestendig": ("weakened", ["condition"], None),
        "brandveiligheid": ("modified", ["deadline", "scope"], None),
        "huurdersoordeel": ("strengthened", ["quantity"], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "wijkbeheerders": ("weakened", ["scope"], None),
        "zachte-landing": ("strengthened", ["quantity"], None),
        "bewonersinitiatieven": ("weakened", ["quantity"], None),
        "monitoring": ("strengthened", ["quantity"], None),
        "bod-procedure": ("reworded", [], "recurring_year"),
        "ondersteuning-koepel": ("strengthened", ["quantity"], None),
    },
}
