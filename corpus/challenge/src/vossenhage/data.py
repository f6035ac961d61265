# -*- coding: utf-8 -*-
"""Content of the vossenhage family (fictional)."""

GEMEENTE = "Vossenhage"
HW = "Woonstichting Hagewaard"
TV = "Thuisvast Wonen"
HP = "Huurdersplatform Vossenhage"

BB, DU, KW, LE, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")


def fr(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


C = ["corporatie"]
G = ["gemeente"]
P = ["partijen"]
GC = ["gemeente", "corporatie"]

# key: themes, v25 / v26 = (text, trekker, termijn, indicator, frame), link = (status, kinds, hard_negative)
A = {}


def a(key, themes, v25, v26, link):
    A[key] = {"themes": themes, 2025: v25, 2026: v26, "link": link}


# ---------------- Beschikbaar en betaalbaar ----------------
a("nieuwbouw-hagewaard", [BB],
  ("Hagewaard realiseert 64 sociale huurwoningen in het plan Vossenkuil-Oost, die uiterlijk eind 2025 worden opgeleverd en via WoonVos worden aangeboden aan woningzoekenden.",
   "Hagewaard", "eind 2025", "aantal opgeleverde woningen",
   fr(C, "firm", [(64, "woningen", "exact")], (2025, "eind 2025"))),
  ("Hagewaard realiseert 48 sociale huurwoningen in het plan Vossenkuil-Oost, die uiterlijk medio 2026 worden opgeleverd en via WoonVos worden aangeboden aan woningzoekenden.",
   "Hagewaard", "medio 2026", "aantal opgeleverde woningen",
   fr(C, "firm", [(48, "woningen", "exact")], (2026, "medio 2026"))),
  ("weakened", ["quantity", "deadline"], None))

a("nieuwbouw-thuisvast", [BB],
  ("Thuisvast voegt in de periode 2025-2027 ten minste 90 sociale huurwoningen toe aan de voorraad in Vossenhage, onder meer op de locaties Molenakker en Kerkeveld.",
   "Thuisvast", "2025-2027", "aantal toegevoegde woningen",
   fr(C, "firm", [(90, "woningen", "min")], (2027, "2025-2027"))),
  ("Thuisvast voegt in de periode 2025-2027 ten minste 120 sociale huurwoningen toe aan de voorraad in Vossenhage, onder meer op de locaties Molenakker, Kerkeveld en het voormalige schoolterrein aan de Lindelaan.",
   "Thuisvast", "2025-2027", "aantal toegevoegde woningen",
   fr(C, "firm", [(120, "woningen", "min")], (2027, "2025-2027"))),
  ("strengthened", ["quantity"], None))

a("middenhuur-molenakker", [BB],
  ("Thuisvast realiseert op de locatie Molenakker 20 middenhuurwoningen voor huishoudens die net boven de inkomensgrens voor sociale huur uitkomen; de oplevering is voorzien vóór eind 2026.",
   "Thuisvast", "eind 2026", "aantal middenhuurwoningen",
   fr(C, "firm", [(20, "woningen", "exact")], (2026, "vóór eind 2026"))),
  ("Thuisvast realiseert op de locatie Molenakker 30 middenhuurwoningen voor huishoudens die net boven de inkomensgrens voor sociale huur uitkomen; de oplevering is voorzien vóór medio 2027.",
   "Thuisvast", "medio 2027", "aantal middenhuurwoningen",
   fr(C, "firm", [(30, "woningen", "exact")], (2027, "vóór medio 2027"))),
  ("modified", ["quantity", "deadline"], None))

a("sloop-nieuwbouw", [BB, KW],
  ("Hagewaard sloopt vanaf 2027 de 48 verouderde woningen aan de Populierenstraat en vervangt deze door 60 nieuwe sociale huurwoningen; de zittende huurders krijgen een sociaal plan en voorrang bij herhuisvesting.",
   "Hagewaard", "vanaf 2027", "start sloop",
   fr(C, "firm", [(48, "woningen", "exact"), (60, "woningen", "exact")], (2027, "vanaf 2027"))),
  ("Hagewaard sloopt vanaf 2027 de 48 verouderde woningen aan de Populierenstraat en vervangt deze door 60 nieuwe sociale huurwoningen, mits de Raad van Commissarissen het investeringsbesluit goedkeurt; de zittende huurders krijgen een sociaal plan en voorrang bij herhuisvesting.",
   "Hagewaard", "vanaf 2027", "start sloop",
   fr(C, "firm", [(48, "woningen", "exact"), (60, "woningen", "exact")], (2027, "vanaf 2027"),
      cond=["mits de Raad van Commissarissen het investeringsbesluit goedkeurt"])),
  ("weakened", ["condition"], None))

a("grondprijs", [BB],
  ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 21.500 per woning (prijspeil 2025, exclusief btw) en past deze prijs jaarlijks aan op basis van de bouwkostenindex.",
   "Gemeente", "doorlopend", "grondprijs per woning",
   fr(G, "firm", [(21500, "euro", "exact")], rec=True)),
  ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.150 per woning (prijspeil 2026, exclusief btw) en past deze prijs jaarlijks aan op basis van de bouwkostenindex.",
   "Gemeente", "doorlopend", "grondprijs per woning",
   fr(G, "firm", [(22150, "euro", "exact")], rec=True)),
  ("reworded", [], "indexed_amount"))

a("aandeel-sociaal", [BB],
  ("Bij nieuwe woningbouwplannen van tien of meer woningen zorgt de gemeente ervoor dat ten minste 30% van het programma uit sociale huurwoningen bestaat, conform de Woonvisie Vossenhage 2023-2030.",
   "Gemeente", "doorlopend", "aandeel sociale huur in plannen",
   fr(G, "firm", [(30, "%", "min")])),
  ("Bij nieuwe woningbouwplannen van tien of meer woningen zorgt de gemeente ervoor dat ten minste 35% van het programma uit sociale huurwoningen bestaat, conform de Woonvisie Vossenhage 2023-2030.",
   "Gemeente", "doorlopend", "aandeel sociale huur in plannen",
   fr(G, "firm", [(35, "%", "min")])),
  ("strengthened", ["quantity"], None))

a("verkoop", [BB],
  ("Hagewaard verkoopt in 2025 maximaal 15 bestaande huurwoningen, uitsluitend uit complexen die in het portefeuilleplan als verkoopcomplex zijn aangemerkt.",
   "Hagewaard", "2025", "aantal verkochte woningen",
   fr(C, "firm", [(15, "woningen", "max")], (2025, "in 2025"), rec=True)),
  ("Hagewaard verkoopt in 2026 maximaal 8 bestaande huurwoningen, uitsluitend uit complexen die in het portefeuilleplan als verkoopcomplex zijn aangemerkt.",
   "Hagewaard", "2026", "aantal verkochte woningen",
   fr(C, "firm", [(8, "woningen", "max")], (2026, "in 2026"), rec=True)),
  ("strengthened", ["quantity"], None))

a("liberalisatie", [BB],
  ("Thuisvast liberaliseert in 2025 geen sociale huurwoningen.",
   "Thuisvast", "2025", "aantal geliberaliseerde woningen",
   fr(C, "firm", [(0, "woningen", "max")], (2025, "in 2025"), rec=True)),
  ("Thuisvast liberaliseert in 2026 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie en alleen in de kern Vossenhage-Dorp.",
   "Thuisvast", "2026", "aantal geliberaliseerde woningen",
   fr(C, "firm", [(10, "woningen", "max")], (2026, "in 2026"), rec=True)),
  ("weakened", ["quantity"], None))

a("huurverhoging", [BB],
  ("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal de inflatie, waarbij de huursom niet meer stijgt dan wettelijk is toegestaan.",
   "Corporaties", "1 juli 2025", "gemiddelde huurverhoging",
   fr(C, "firm", [], (2025, "per 1 juli 2025"), rec=True)),
  ("De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie, waarbij de huursom niet meer stijgt dan wettelijk is toegestaan.",
   "Corporaties", "1 juli 2026", "gemiddelde huurverhoging",
   fr(C, "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True)),
  ("strengthened", ["quantity"], None))

a("passend-toewijzen", [BB],
  ("De corporaties wijzen vrijkomende sociale huurwoningen passend toe volgens de Woningwet en houden daarbij rekening met de inkomensgrenzen die het Rijk jaarlijks vaststelt.",
   "Corporaties", "doorlopend", "percentage passend toegewezen",
   fr(C, "firm", rec=True)),
  ("De corporaties wijzen vrijkomende sociale huurwoningen passend toe volgens de Woningwet en houden daarbij rekening met de inkomensgrenzen die het Rijk jaarlijks vaststelt.",
   "Corporaties", "doorlopend", "percentage passend toegewezen",
   fr(C, "firm", rec=True)),
  ("unchanged", [], None))

a("statushouders", [BB],
  ("Partijen zorgen er gezamenlijk voor dat de taakstelling voor de huisvesting van vergunninghouders wordt gehaald; voor 2025 bedraagt deze door het Rijk vastgestelde taakstelling 46 personen.",
   "Alle partijen", "2025", "gerealiseerde taakstelling",
   fr(P, "firm", [(46, "personen", "exact")], (2025, "voor 2025"), rec=True)),
  ("Partijen zorgen er gezamenlijk voor dat de taakstelling voor de huisvesting van vergunninghouders wordt gehaald; voor 2026 bedraagt deze door het Rijk vastgestelde taakstelling 39 personen.",
   "Alle partijen", "2026", "gerealiseerde taakstelling",
   fr(P, "firm", [(39, "personen", "exact")], (2026, "voor 2026"), rec=True)),
  ("reworded", [], "external_figure"))

a("uitstroom", [BB, LE],
  ("Hagewaard en Thuisvast stellen jaarlijks samen ten minste 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, onder voorwaarde dat de begeleiding vanuit de gemeente is geregeld.",
   "Corporaties", "jaarlijks", "aantal woningen uitstroom",
   fr(C, "firm", [(12, "woningen", "min")], rec=True,
      cond=["onder voorwaarde dat de begeleiding vanuit de gemeente is geregeld"])),
  ("Hagewaard en Thuisvast stellen jaarlijks samen ten minste 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang; de gemeente regelt de benodigde begeleiding.",
   "Corporaties", "jaarlijks", "aantal woningen uitstroom",
   fr(GC, "firm", [(12, "woningen", "min")], rec=True)),
  ("strengthened", ["condition"], None))

a("doorstroom-senioren", [BB],
  ("Partijen onderzoeken in 2025 of een doorstroomregeling voor senioren, met behoud van de huurprijs per vierkante meter, in Vossenhage kan worden ingevoerd.",
   "Alle partijen", "2025", "onderzoek afgerond",
   fr(P, "explore", [], (2025, "in 2025"))),
  ("De corporaties voeren per 1 januari 2026 een doorstroomregeling voor senioren in, waarbij een senior die een grotere eengezinswoning achterlaat de huurprijs per vierkante meter meeneemt naar de nieuwe woning.",
   "Corporaties", "1 januari 2026", "aantal doorstromers",
   fr(C, "firm", [], (2026, "per 1 januari 2026"))),
  ("strengthened", ["modality"], None))

a("wachttijd", [BB],
  ("De corporaties streven ernaar de gemiddelde inschrijfduur van starters die een sociale huurwoning accepteren terug te brengen tot ten hoogste 4 jaar.",
   "Corporaties", "doorlopend", "gemiddelde inschrijfduur starters",
   fr(C, "intent", [(4, "jaar", "max")])),
  ("De corporaties streven ernaar de gemiddelde inschrijfduur van starters die een sociale huurwoning accepteren terug te brengen tot ten hoogste 5 jaar.",
   "Corporaties", "doorlopend", "gemiddelde inschrijfduur starters",
   fr(C, "intent", [(5, "jaar", "max")])),
  ("weakened", ["quantity"], None))

a("lokale-binding", [BB],
  ("De gemeente onderzoekt in 2025 of in de huisvestingsverordening een voorrangsregeling voor woningzoekenden met lokale binding kan worden opgenomen, binnen de ruimte die de Wet versterking regie volkshuisvesting daarvoor biedt.",
   "Gemeente", "2025", "besluit over verordening",
   fr(G, "explore", [], (2025, "in 2025"))),
  None, ("dropped", [], None))

a("jongeren-voorrang", [BB],
  None,
  ("Bij de toewijzing van de nieuwbouwwoningen in Vossenkuil-Oost wordt 25% van de woningen met voorrang aangeboden aan jongeren tot 28 jaar die in Vossenhage wonen of werken.",
   "Hagewaard", "2026", "aandeel toewijzing jongeren",
   fr(C, "firm", [(25, "%", "exact")])),
  ("new", [], None))

a("jongerenwoningen", [BB],
  ("Thuisvast zal de 18 jongerenwoningen aan de Stationsweg met een campuscontract verhuren aan jongeren tot 28 jaar.",
   "Thuisvast", "doorlopend", "aantal campuscontracten",
   fr(C, "firm", [(18, "woningen", "exact")])),
  ("Thuisvast streeft ernaar de 18 jongerenwoningen aan de Stationsweg met een campuscontract te verhuren aan jongeren tot 28 jaar.",
   "Thuisvast", "doorlopend", "aantal campuscontracten",
   fr(C, "intent", [(18, "woningen", "exact")])),
  ("weakened", ["modality"], None))

a("flexwonen", [BB],
  ("De gemeente en Thuisvast verkennen de mogelijkheden om 30 tot 40 tijdelijke woningen voor spoedzoekers te plaatsen op het terrein aan de Spoorzoom.",
   "Gemeente, Thuisvast", "Q4 2025", "haalbaarheidsstudie",
   fr(GC, "explore", [(30, "woningen", "range", 40)])),
  ("De gemeente en Thuisvast verkennen de mogelijkheden om 30 tot 40 tijdelijke woningen voor spoedzoekers te plaatsen op het terrein aan de Spoorzoom, onder voorbehoud van een positief besluit van de raad over de tijdelijke omgevingsvergunning.",
   "Gemeente, Thuisvast", "Q4 2026", "haalbaarheidsstudie",
   fr(GC, "explore", [(30, "woningen", "range", 40)],
      cond=["onder voorbehoud van een positief besluit van de raad over de tijdelijke omgevingsvergunning"])),
  ("weakened", ["condition"], None))

a("huurachterstand", [BB, LE],
  ("De corporaties nemen uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en melden de achterstand met toestemming van de huurder bij het team Schuldhulp van de gemeente.",
   "Corporaties", "doorlopend", "aantal vroegsignaleringen",
   fr(C, "firm", [(2, "maanden", "max")])),
  ("De corporaties nemen uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder en melden de achterstand met toestemming van de huurder bij het team Schuldhulp van de gemeente.",
   "Corporaties", "doorlopend", "aantal vroegsignaleringen",
   fr(C, "firm", [(1, "maanden", "max")])),
  ("strengthened", ["quantity"], None))

a("huisuitzettingen", [BB, LE],
  ("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal 3 per jaar.",
   "Alle partijen", "jaarlijks", "aantal huisuitzettingen",
   fr(P, "intent", [(3, "huisuitzettingen", "max")], rec=True)),
  ("Partijen streven ernaar dat in 2026 geen enkele huisuitzetting plaatsvindt wegens uitsluitend huurachterstand.",
   "Alle partijen", "2026", "aantal huisuitzettingen",
   fr(P, "intent", [(0, "huisuitzettingen", "max")], (2026, "in 2026"), rec=True)),
  ("strengthened", ["quantity"], None))

# ---------------- Duurzaamheid ----------------
a("labels-efg", [DU],
  ("De corporaties verduurzamen hun woningen met energielabel E, F of G zodanig dat er uiterlijk eind 2026 geen woningen met deze labels meer in hun bezit zijn; het gaat nog om 85 woningen.",
   "Corporaties", "eind 2026", "aantal woningen E/F/G",
   fr(C, "firm", [(85, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
  ("De corporaties verduurzamen hun woningen met energielabel E, F of G zodanig dat er uiterlijk eind 2026 geen woningen met deze labels meer in hun bezit zijn; het gaat nog om de resterende 31 woningen.",
   "Corporaties", "eind 2026", "aantal woningen E/F/G",
   fr(C, "firm", [(31, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
  ("reworded", [], "progress"))

a("gemiddeld-label", [DU],
  ("Thuisvast bereikt voor zijn totale bezit in Vossenhage uiterlijk in 2027 gemiddeld energielabel B.",
   "Thuisvast", "2027", "gemiddeld energielabel",
   fr(C, "firm", [("B", "label", "min")], (2027, "uiterlijk in 2027"))),
  ("Thuisvast bereikt voor zijn totale bezit in Vossenhage uiterlijk in 2027 gemiddeld energielabel C.",
   "Thuisvast", "2027", "gemiddeld energielabel",
   fr(C, "firm", [("C", "label", "min")], (2027, "uiterlijk in 2027"))),
  ("weakened", ["label"], None))

a("isolatie", [DU],
  ("Hagewaard isoleert in 2025 ten minste 180 woningen tot de standaard voor isolatie, met voorrang voor de complexen in De Ruiten en Hoogveld.",
   "Hagewaard", "2025", "aantal geïsoleerde woningen",
   fr(C, "firm", [(180, "woningen", "min")], (2025, "in 2025"), rec=True)),
  ("Hagewaard isoleert in 2026 ten minste 180 woningen tot de standaard voor isolatie, met voorrang voor de complexen in De Ruiten en Hoogveld.",
   "Hagewaard", "2026", "aantal geïsoleerde woningen",
   fr(C, "firm", [(180, "woningen", "min")], (2026, "in 2026"), rec=True)),
  ("reworded", [], "recurring_year"))

a("zonnepanelen", [DU, BB],
  ("Thuisvast biedt huurders van grondgebonden woningen in alle complexen met een geschikt dak zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing.",
   "Thuisvast", "2025", "aantal woningen met PV",
   fr(C, "firm")),
  ("Thuisvast biedt huurders van grondgebonden woningen in twee pilotcomplexen aan de Esdoornlaan zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de gemiddelde besparing.",
   "Thuisvast", "2026", "aantal woningen met PV",
   fr(C, "firm", [(2, "complexen", "exact")])),
  ("weakened", ["scope"], None))

a("aardgasvrij", [DU],
  ("Partijen zetten zich in om De Ruiten als eerste wijk van Vossenhage aardgasvrij te maken, in lijn met de Transitievisie Warmte; de gemeente stelt daartoe in 2025 een wijkuitvoeringsplan op.",
   "Gemeente", "2025", "wijkuitvoeringsplan",
   fr(P, "intent", [], (2025, "in 2025"))),
  ("De wijk De Ruiten wordt als eerste wijk van Vossenhage aardgasvrij gemaakt volgens het wijkuitvoeringsplan dat de gemeenteraad in 2025 heeft vastgesteld; Hagewaard sluit daarbij 210 woningen aan op het warmtenet en de gemeente coördineert de communicatie met de bewoners.",
   "Hagewaard, Gemeente", "2026-2027", "aantal aansluitingen warmtenet",
   fr(GC, "firm", [(210, "woningen", "exact")], (2027, "2026-2027"))),
  ("strengthened", ["modality"], None))

a("energiecoaches", [DU, BB],
  ("De gemeente zet in 2025 energiecoaches in die huurders met hoge energielasten thuis bezoeken; de corporaties brengen deze huurders actief in beeld.",
   "Gemeente", "2025", "aantal huisbezoeken",
   fr(GC, "firm", [], (2025, "in 2025"), rec=True)),
  ("De gemeente zet in 2026 energiecoaches in die huurders met hoge energielasten thuis bezoeken; de corporaties brengen deze huurders actief in beeld.",
   "Gemeente", "2026", "aantal huisbezoeken",
   fr(GC, "firm", [], (2026, "in 2026"), rec=True)),
  ("reworded", [], "recurring_year"))

a("klimaatadaptatie", [DU],
  ("Hagewaard vergroent bij de renovatie van complexen ten minste 20% van de verharde buitenruimte en legt waar mogelijk groene daken aan.",
   "Hagewaard", "doorlopend", "m² vergroend",
   fr(C, "firm", [(20, "%", "min")], cond=["waar mogelijk"])),
  ("Hagewaard vergroent bij de renovatie van complexen ten minste 20% van de verharde buitenruimte en legt waar mogelijk groene daken aan.",
   "Hagewaard", "doorlopend", "m² vergroend",
   fr(C, "firm", [(20, "%", "min")], cond=["waar mogelijk"])),
  ("unchanged", [], None))

a("circulair", [DU],
  ("Thuisvast onderzoekt of bij de nieuwbouw op Molenakker circulaire en biobased bouwmaterialen kunnen worden toegepast, en deelt de uitkomsten met de andere partijen.",
   "Thuisvast", "Q4 2025", "onderzoek afgerond",
   fr(C, "explore")),
  None, ("dropped", [], None))

a("inductie", [DU],
  None,
  ("De corporaties vervangen bij mutatie de gasgestookte kooktoestellen door een inductiekookplaat, zonder dat dit leidt tot een huurverhoging voor de nieuwe huurder.",
   "Corporaties", "doorlopend", "aantal vervangen kooktoestellen",
   fr(C, "firm")),
  ("new", [], None))

# ---------------- Kwaliteit ----------------
a("vocht-schimmel", [KW],
  ("De corporaties nemen binnen 5 werkdagen na een melding van vocht of schimmel contact op met de huurder en plannen binnen 4 weken een inspectie in de woning.",
   "Corporaties", "doorlopend", "doorlooptijd meldingen",
   fr(C, "firm", [(5, "dagen", "max"), (4, "weken", "max")])),
  ("De corporaties nemen binnen 3 werkdagen na een melding van vocht of schimmel contact op met de huurder en plannen binnen 2 weken een inspectie in de woning.",
   "Corporaties", "doorlopend", "doorlooptijd meldingen",
   fr(C, "firm", [(3, "dagen", "max"), (2, "weken", "max")])),
  ("strengthened", ["quantity"], None))

a("reparatie", [KW],
  ("Spoedreparaties worden door de corporaties binnen 24 uur verholpen en overige reparaties binnen 10 werkdagen.",
   "Corporaties", "doorlopend", "reparatietermijn",
   fr(C, "firm", [(24, "uur", "max"), (10, "dagen", "max")])),
  ("Spoedreparaties worden door de corporaties binnen 24 uur verholpen en overige reparaties binnen 15 werkdagen.",
   "Corporaties", "doorlopend", "reparatietermijn",
   fr(C, "firm", [(24, "uur", "max"), (15, "dagen", "max")])),
  ("weakened", ["quantity"], None))

a("wmo-aanpassingen", [KW],
  ("De gemeente en de corporaties maken afspraken over de verdeling van de kosten van woningaanpassingen die op grond van de Wmo worden uitgevoerd.",
   "Gemeente, Corporaties", "Q2 2025", "convenant",
   fr(GC, "discuss")),
  ("De gemeente en de corporaties werken volgens de gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die op grond van de Wmo worden uitgevoerd, zoals vastgelegd in het convenant van maart 2025.",
   "Gemeente, Corporaties", "doorlopend", "convenant",
   fr(GC, "firm")),
  ("strengthened", ["modality"], None))

a("huurdersoordeel", [KW],
  ("De corporaties streven naar een gemiddeld huurdersoordeel over reparatieverzoeken van ten minste 7,5 en bespreken de uitkomsten twee keer per jaar met het Huurdersplatform.",
   "Corporaties", "halfjaarlijks", "huurdersoordeel",
   fr(C, "intent", [(7.5, "cijfer", "min"), (2, "keer per jaar", "exact")], rec=True)),
  ("Voor reparatieverzoeken wordt door de corporaties gestreefd naar een gemiddeld huurdersoordeel van minimaal 7,5; de uitkomsten worden twee keer per jaar met het Huurdersplatform besproken.",
   "Corporaties", "halfjaarlijks", "huurdersoordeel",
   fr(C, "intent", [(7.5, "cijfer", "min"), (2, "keer per jaar", "exact")], rec=True)),
  ("reworded", [], "same_figures"))

a("levensloop", [KW],
  ("Thuisvast maakt in 2025 ten minste 30 bestaande woningen geschikt voor senioren door het aanbrengen van drempelloze toegangen, extra handgrepen en aangepaste badkamers.",
   "Thuisvast", "2025", "aantal aangepaste woningen",
   fr(C, "firm", [(30, "woningen", "min")], (2025, "in 2025"))),
  ("Thuisvast verkent in 2026 of bestaande woningen geschikt kunnen worden gemaakt voor senioren door het aanbrengen van drempelloze toegangen, extra handgrepen en aangepaste badkamers.",
   "Thuisvast", "2026", "verkenning",
   fr(C, "explore", [], (2026, "in 2026"))),
  ("weakened", ["modality"], None))

a("brandveiligheid", [KW],
  ("Thuisvast voert in 2025 in alle portiekflats een brandveiligheidsinspectie uit en plaatst rookmelders in de woningen waar die nog ontbreken.",
   "Thuisvast", "2025", "aantal geïnspecteerde flats",
   fr(C, "firm", [], (2025, "in 2025"))),
  None, ("dropped", [], None))

a("woonzorgcluster", [KW, BB],
  None,
  ("Hagewaard realiseert in samenwerking met zorgaanbieder De Vossenhof een woonzorgcluster van 24 geclusterde woningen voor ouderen aan de Kerkstraat, inclusief een gemeenschappelijke ontmoetingsruimte.",
   "Hagewaard", "2027", "aantal geclusterde woningen",
   fr(C, "firm", [(24, "woningen", "exact")])),
  ("new", [], None))

# ---------------- Leefbaarheid ----------------
a("leefbaarheidsbudget", [LE],
  ("De corporaties zetten voor leefbaarheid een budget in van gemiddeld € 90 per woning per jaar, ruim binnen het wettelijke maximum van € 148,08 per woning dat voor 2025 geldt.",
   "Corporaties", "jaarlijks", "besteed budget",
   fr(C, "firm", [(90, "euro", "exact")], rec=True)),
  ("De corporaties zetten voor leefbaarheid een budget in van gemiddeld € 90 per woning per jaar, ruim binnen het wettelijke maximum van € 152,71 per woning dat voor 2026 geldt.",
   "Corporaties", "jaarlijks", "besteed budget",
   fr(C, "firm", [(90, "euro", "exact")], rec=True)),
  ("reworded", [], "external_figure"))

a("wijkbeheerders", [LE],
  ("Hagewaard zet in de wijk De Ruiten een wijkbeheerder in die minimaal twee dagen per week zichtbaar aanwezig is in de buurt.",
   "Hagewaard", "doorlopend", "aanwezigheid wijkbeheer",
   fr(C, "firm", [(2, "dagen per week", "min")])),
  ("Hagewaard zet in alle wijken met gestapelde bouw een wijkbeheerder in die minimaal twee dagen per week zichtbaar aanwezig is in de buurt.",
   "Hagewaard", "doorlopend", "aanwezigheid wijkbeheer",
   fr(C, "firm", [(2, "dagen per week", "min")])),
  ("strengthened", ["scope"], None))

a("overlast", [LE],
  ("Partijen hanteren bij ernstige woonoverlast het Convenant Woonoverlast Vossenhage en bespreken complexe casussen in het maandelijkse casusoverleg met politie en wijkteam.",
   "Alle partijen", "doorlopend", "aantal casussen",
   fr(P, "firm", rec=True)),
  ("Partijen hanteren bij ernstige woonoverlast het Convenant Woonoverlast Vossenhage en bespreken complexe casussen in het maandelijkse casusoverleg met politie en wijkteam.",
   "Alle partijen", "doorlopend", "aantal casussen",
   fr(P, "firm", rec=True)),
  ("unchanged", [], None))

a("begeleidingsplan", [LE],
  ("De gemeente zegt toe dat voor iedere huurder die vanuit een instelling in een corporatiewoning gaat wonen een begeleidingsplan beschikbaar is vóór de sleuteloverdracht.",
   "Gemeente", "doorlopend", "aantal begeleidingsplannen",
   fr(G, "firm")),
  ("De gemeente zet zich in om voor iedere huurder die vanuit een instelling in een corporatiewoning gaat wonen een begeleidingsplan beschikbaar te hebben vóór de sleuteloverdracht.",
   "Gemeente", "doorlopend", "aantal begeleidingsplannen",
   fr(G, "intent")),
  ("weakened", ["modality"], None))

a("bewonersfonds", [LE],
  ("Thuisvast stelt een bewonersfonds van € 15.000 beschikbaar voor initiatieven van huurders die de ontmoeting in de buurt versterken.",
   "Thuisvast", "2025", "aantal gehonoreerde initiatieven",
   fr(C, "firm", [(15000, "euro", "exact")])),
  ("Thuisvast stelt een bewonersfonds van € 20.000 beschikbaar voor initiatieven van huurders die de ontmoeting in de buurt versterken.",
   "Thuisvast", "2026", "aantal gehonoreerde initiatieven",
   fr(C, "firm", [(20000, "euro", "exact")])),
  ("strengthened", ["quantity"], None))

a("eenzaamheid", [LE],
  ("Partijen gaan in gesprek over de aanpak van eenzaamheid onder oudere huurders, in samenhang met het lokale programma Eén tegen eenzaamheid.",
   "Alle partijen", "2025", "gesprek gevoerd",
   fr(P, "discuss")),
  ("Partijen bespreken met welzijnsorganisatie Vossenwelzijn hoe eenzaamheid onder oudere huurders kan worden tegengegaan, in samenhang met het lokale programma Eén tegen eenzaamheid.",
   "Alle partijen", "2026", "gesprek gevoerd",
   fr(P, "discuss")),
  ("reworded", [], None))

a("zorg-overleg", [LE],
  ("De corporaties nemen deel aan het wijkgerichte zorgoverleg en melden signalen van zorgmijding binnen twee weken bij het sociaal wijkteam.",
   "Corporaties", "doorlopend", "aantal meldingen",
   fr(C, "firm", [(2, "weken", "max")])),
  ("De corporaties nemen deel aan het wijkgerichte zorgoverleg en melden signalen van zorgmijding binnen twee weken bij het sociaal wijkteam.",
   "Corporaties", "doorlopend", "aantal meldingen",
   fr(C, "firm", [(2, "weken", "max")])),
  ("unchanged", [], None))

a("buurtbemiddeling", [LE],
  ("De gemeente financiert in 2025 buurtbemiddeling in alle wijken; de corporaties verwijzen huurders met burenconflicten actief door.",
   "Gemeente", "2025", "aantal bemiddelingen",
   fr(GC, "firm", [], (2025, "in 2025"))),
  None, ("dropped", [], None))

a("buurtconcierge", [LE],
  None,
  ("De gemeente en Hagewaard starten in 2026 een pilot met een buurtconciërge in de Brinkflat, die bewoners helpt bij kleine problemen en bij het voorkomen van burenconflicten.",
   "Gemeente, Hagewaard", "2026", "pilot gestart",
   fr(GC, "firm", [], (2026, "in 2026"))),
  ("new", [], None))

# ---------------- Proces ----------------
a("monitoring", [OV],
  ("Partijen monitoren de voortgang van deze afspraken twee keer per jaar; de eerste monitor wordt vóór 1 juli 2025 besproken in het tripartiete overleg.",
   "Alle partijen", "1 juli 2025", "monitor besproken",
   fr(P, "firm", [(2, "keer per jaar", "exact")], (2025, "vóór 1 juli 2025"), rec=True)),
  ("Partijen monitoren de voortgang van deze afspraken twee keer per jaar; de eerste monitor wordt vóór 1 juli 2026 besproken in het tripartiete overleg.",
   "Alle partijen", "1 juli 2026", "monitor besproken",
   fr(P, "firm", [(2, "keer per jaar", "exact")], (2026, "vóór 1 juli 2026"), rec=True)),
  ("reworded", [], "recurring_year"))

a("bod-procedure", [OV],
  ("De corporaties brengen vóór 1 juli 2025 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken voor 2026 uiterlijk 15 december 2025 ondertekenen.",
   "Corporaties", "1 juli 2025", "bod ontvangen",
   fr(P, "firm", [], (2025, "uiterlijk 15 december 2025"), rec=True)),
  ("De corporaties brengen vóór 1 juli 2026 hun bod uit op de woonvisie, waarna partijen de prestatieafspraken voor 2027 uiterlijk 15 december 2026 ondertekenen.",
   "Corporaties", "1 juli 2026", "bod ontvangen",
   fr(P, "firm", [], (2026, "uiterlijk 15 december 2026"), rec=True)),
  ("reworded", [], "recurring_year"))

a("ondersteuning-hp", [OV],
  ("De corporaties stellen het Huurdersplatform jaarlijks een budget van € 6.000 beschikbaar voor scholing en onafhankelijke advisering bij de prestatieafspraken.",
   "Corporaties", "jaarlijks", "budget beschikbaar",
   fr(C, "firm", [(6000, "euro", "exact")], rec=True)),
  ("De corporaties stellen het Huurdersplatform jaarlijks een budget van € 7.500 beschikbaar voor scholing en onafhankelijke advisering bij de prestatieafspraken.",
   "Corporaties", "jaarlijks", "budget beschikbaar",
   fr(C, "firm", [(7500, "euro", "exact")], rec=True)),
  ("strengthened", ["quantity"], None))

a("dashboard", [OV],
  ("Partijen stellen uiterlijk in het derde kwartaal van 2025 een gezamenlijk dashboard op, waarin de voortgang van de afspraken voor inwoners openbaar wordt gemaakt.",
   "Gemeente", "Q3 2025", "dashboard online",
   fr(P, "firm", [], (2025, "uiterlijk in het derde kwartaal van 2025"))),
  ("Partijen stellen uiterlijk in het eerste kwartaal van 2026 een gezamenlijk dashboard op, waarin de voortgang van de afspraken voor inwoners openbaar wordt gemaakt.",
   "Gemeente", "Q1 2026", "dashboard online",
   fr(P, "firm", [], (2026, "uiterlijk in het eerste kwartaal van 2026"))),
  ("weakened", ["deadline"], None))

a("woonvisie", [OV, BB],
  ("De gemeente actualiseert de Woonvisie Vossenhage uiterlijk eind 2027 en betrekt de corporaties en het Huurdersplatform vanaf de start bij het opstellen daarvan.",
   "Gemeente", "eind 2027", "woonvisie vastgesteld",
   fr(G, "firm", [], (2027, "uiterlijk eind 2027"))),
  ("De gemeente actualiseert de Woonvisie Vossenhage uiterlijk eind 2026 en betrekt de corporaties en het Huurdersplatform vanaf de start bij het opstellen daarvan.",
   "Gemeente", "eind 2026", "woonvisie vastgesteld",
   fr(G, "firm", [], (2026, "uiterlijk eind 2026"))),
  ("strengthened", ["deadline"], None))

a("geschillen", [OV],
  ("Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst onderling in gesprek; komen zij er niet uit, dan leggen zij het geschil voor aan een onafhankelijke bemiddelaar.",
   "Alle partijen", "doorlopend", "n.v.t.",
   fr(P, "firm")),
  ("Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst onderling in gesprek; komen zij er niet uit, dan leggen zij het geschil voor aan een onafhankelijke bemiddelaar.",
   "Alle partijen", "doorlopend", "n.v.t.",
   fr(P, "firm")),
  ("unchanged", [], None))

a("regionaal", [OV],
  ("Partijen verkennen in 2025 of de prestatieafspraken vanaf 2027 in regionaal verband met de buurgemeenten in de woningmarktregio kunnen worden gemaakt.",
   "Alle partijen", "2025", "verkenning afgerond",
   fr(P, "explore", [], (2025, "in 2025"))),
  None, ("dropped", [], None))

a("aannemers", [OV, KW],
  None,
  ("De corporaties laten bij de selectie van aannemers voor grootschalige renovaties een lid van het Huurdersplatform deelnemen aan de selectiecommissie.",
   "Corporaties", "doorlopend", "deelname selectiecommissie",
   fr(C, "firm")),
  ("new", [], None))

# chapter layout per year: (prefix, chapter title, intro, keys)
CH = {
 2025: [
  ("BB", "3 Betaalbaar en beschikbaar wonen",
   "De vraag naar betaalbare huurwoningen in Vossenhage blijft groter dan het aanbod. De woonvisie gaat uit van een groei van de sociale voorraad met ten minste 250 woningen tot 2030, in lijn met de regionale woondeal. Partijen leggen hieronder vast hoe zij in 2025 bijdragen aan nieuwbouw, betaalbaarheid en een eerlijke verdeling van de woningen.",
   ["nieuwbouw-hagewaard", "nieuwbouw-thuisvast", "middenhuur-molenakker", "sloop-nieuwbouw", "grondprijs",
    "aandeel-sociaal", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen", "statushouders",
    "uitstroom", "doorstroom-senioren", "wachttijd", "lokale-binding", "jongerenwoningen", "flexwonen",
    "huurachterstand", "huisuitzettingen"]),
  ("DU", "4 Duurzaamheid en klimaat",
   "Het Rijk heeft in de Nationale Prestatieafspraken vastgelegd dat eind 2028 geen corporatiewoningen met een E-, F- of G-label meer mogen bestaan. De corporaties in Vossenhage willen dit eerder bereiken en combineren verduurzaming waar mogelijk met onderhoud, zodat de overlast voor huurders beperkt blijft.",
   ["labels-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "aardgasvrij", "energiecoaches",
    "klimaatadaptatie", "circulair"]),
  ("KW", "5 Kwaliteit van het wonen",
   "Een goede woning is veilig, gezond en goed onderhouden. Huurders hebben in de huurdersraadpleging van 2024 aangegeven dat vocht en de doorlooptijd van reparaties hun grootste zorgen zijn.",
   ["vocht-schimmel", "reparatie", "wmo-aanpassingen", "huurdersoordeel", "levensloop", "brandveiligheid"]),
  ("LE", "6 Leefbare wijken",
   "De leefbaarheid in de meeste buurten van Vossenhage is voldoende tot goed, maar in De Ruiten en rond de Brinkflat staat zij onder druk. Partijen werken daar samen met politie, het sociaal wijkteam en welzijnsorganisaties.",
   ["leefbaarheidsbudget", "wijkbeheerders", "overlast", "begeleidingsplan", "bewonersfonds", "eenzaamheid",
    "zorg-overleg", "buurtbemiddeling"]),
  ("PR", "7 Samenwerking en proces",
   "De afspraken komen tot stand in het tripartiete overleg, dat ten minste vier keer per jaar bijeenkomt onder voorzitterschap van de wethouder Wonen.",
   ["monitoring", "bod-procedure", "ondersteuning-hp", "dashboard", "woonvisie", "geschillen", "regionaal"]),
 ],
 2026: [
  ("BB", "3 Betaalbaar en beschikbaar wonen",
   "Ook in 2026 is de druk op de sociale huurmarkt in Vossenhage groot: de gemiddelde inschrijfduur is opgelopen en het aantal woningzoekenden met urgentie is gestegen. In lijn met de woonvisie en de regionale woondeal blijven partijen inzetten op nieuwbouw, betaalbaarheid en een rechtvaardige verdeling van de beschikbare woningen.",
   ["nieuwbouw-thuisvast", "nieuwbouw-hagewaard", "sloop-nieuwbouw", "middenhuur-molenakker", "aandeel-sociaal",
    "grondprijs", "huurverhoging", "verkoop", "liberalisatie", "passend-toewijzen", "jongeren-voorrang",
    "statushouders", "uitstroom", "doorstroom-senioren", "wachttijd", "jongerenwoningen", "flexwonen",
    "huurachterstand", "huisuitzettingen"]),
  ("DU", "4 Duurzaamheid en klimaat",
   "Met de afspraken in dit hoofdstuk werken partijen verder aan de doelen uit de Nationale Prestatieafspraken en de Transitievisie Warmte van de gemeente. De gestegen bouwkosten en netcongestie maken een aantal projecten lastiger, wat in de afspraken tot uitdrukking komt.",
   ["labels-efg", "isolatie", "aardgasvrij", "gemiddeld-label", "zonnepanelen", "inductie", "energiecoaches",
    "klimaatadaptatie"]),
  ("KW", "5 Wonen, zorg en kwaliteit",
   "Dit hoofdstuk bundelt vanaf dit jaar de afspraken over woningkwaliteit en over wonen met zorg, omdat beide onderwerpen in de praktijk nauw samenhangen. Het aantal ouderen in Vossenhage stijgt tot 2035 met ruim een kwart.",
   ["vocht-schimmel", "reparatie", "huurdersoordeel", "wmo-aanpassingen", "levensloop", "woonzorgcluster",
    "zorg-overleg"]),
  ("LE", "6 Prettig wonen in de wijk",
   "Partijen willen dat iedere huurder zich thuis en veilig voelt in de eigen buurt. De aandacht gaat in 2026 vooral uit naar De Ruiten, Hoogveld en de omgeving van de Brinkflat.",
   ["leefbaarheidsbudget", "wijkbeheerders", "overlast", "begeleidingsplan", "buurtconcierge", "bewonersfonds",
    "eenzaamheid"]),
  ("PR", "7 Samenwerking en proces",
   "Het tripartiete overleg komt ten minste vier keer per jaar bijeen. Daarnaast overleggen de corporaties en het Huurdersplatform maandelijks op ambtelijk niveau.",
   ["monitoring", "bod-procedure", "ondersteuning-hp", "aannemers", "dashboard", "woonvisie", "geschillen"]),
 ],
}

# ---------------- Bod of Hagewaard for 2026 ----------------
# (key, subheading, text, frame, link status, kinds, hard_negative)
HB = "Hagewaard"
BOD = [
 ("Betaalbaar en beschikbaar wonen", [
  ("nieuwbouw-hagewaard", "Wij realiseren 48 sociale huurwoningen in het plan Vossenkuil-Oost, met oplevering uiterlijk eind 2026.",
   fr(C, "firm", [(48, "woningen", "exact")], (2026, "uiterlijk eind 2026")), "strengthened", ["deadline"], None),
  ("sloop-nieuwbouw", "Wij slopen vanaf 2027 de 48 verouderde woningen aan de Populierenstraat en vervangen deze door 60 nieuwe sociale huurwoningen, onder voorbehoud van goedkeuring van het investeringsbesluit door onze Raad van Commissarissen.",
   fr(C, "firm", [(48, "woningen", "exact"), (60, "woningen", "exact")], (2027, "vanaf 2027"),
      cond=["onder voorbehoud van goedkeuring van het investeringsbesluit door onze Raad van Commissarissen"]), "reworded", [], None),
  ("verkoop", "Wij verkopen in 2026 maximaal 12 bestaande huurwoningen uit complexen die in ons portefeuilleplan als verkoopcomplex zijn aangemerkt.",
   fr(C, "firm", [(12, "woningen", "max")], (2026, "in 2026"), rec=True), "strengthened", ["quantity"], None),
  ("huurverhoging", "Wij beperken de gemiddelde huurverhoging per 1 juli 2026 tot maximaal de inflatie.",
   fr(C, "firm", [], (2026, "per 1 juli 2026"), rec=True), "strengthened", ["quantity"], None),
  ("jongeren-voorrang", "Bij de toewijzing van de nieuwbouwwoningen in Vossenkuil-Oost bieden wij 30% van de woningen met voorrang aan jongeren tot 28 jaar uit Vossenhage aan.",
   fr(C, "firm", [(30, "%", "exact")]), "weakened", ["quantity"], None),
  ("uitstroom", "Samen met Thuisvast stellen wij jaarlijks ten minste 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, mits de gemeente de begeleiding van deze huurders regelt.",
   fr(C, "firm", [(12, "woningen", "min")], rec=True, cond=["mits de gemeente de begeleiding van deze huurders regelt"]), "strengthened", ["condition"], None),
  ("doorstroom-senioren", "Wij onderzoeken in 2026 of een doorstroomregeling voor senioren, waarbij de huurprijs per vierkante meter wordt meegenomen, in Vossenhage kan worden ingevoerd.",
   fr(C, "explore", [], (2026, "in 2026")), "strengthened", ["modality"], None),
  ("wachttijd", "Wij streven ernaar de gemiddelde inschrijfduur van starters terug te brengen tot ten hoogste 5 jaar.",
   fr(C, "intent", [(5, "jaar", "max")]), "reworded", [], "same_figures"),
  ("huurachterstand", "Wij nemen uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en verwijzen waar nodig door naar de schuldhulpverlening van de gemeente.",
   fr(C, "firm", [(2, "maanden", "max")], cond=["waar nodig"]), "strengthened", ["quantity"], None),
  ("bod-tijdelijk", "Wij bouwen in 2026 en 2027 op eigen grond aan de Hoefslag 20 tijdelijke woningen voor spoedzoekers.",
   fr(C, "firm", [(20, "woningen", "exact")], (2027, "in 2026 en 2027")), "dropped", [], None),
 ]),
 ("Duurzaamheid", [
  ("labels-efg", "Wij hebben eind 2026 geen woningen met energielabel E, F of G meer in bezit; bij Hagewaard gaat het nog om 19 woningen.",
   fr(C, "firm", [(19, "woningen", "exact")], (2026, "eind 2026")), "reworded", [], None),
  ("isolatie", "Wij isoleren in 2026 ten minste 200 woningen tot de standaard voor isolatie.",
   fr(C, "firm", [(200, "woningen", "min")], (2026, "in 2026"), rec=True), "weakened", ["quantity"], None),
  ("aardgasvrij", "Wij sluiten in De Ruiten 210 woningen aan op het warmtenet, zodra het wijkuitvoeringsplan van de gemeente daarvoor de ruimte biedt.",
   fr(C, "firm", [(210, "woningen", "exact")], cond=["zodra het wijkuitvoeringsplan van de gemeente daarvoor de ruimte biedt"]), "strengthened", ["condition"], None),
  ("inductie", "Wij vervangen bij mutatie in de complexen in De Ruiten de gasgestookte kooktoestellen door een inductiekookplaat, zonder dat dit leidt tot een huurverhoging.",
   fr(C, "firm"), "strengthened", ["scope"], None),
  ("klimaatadaptatie", "Hagewaard vergroent bij de renovatie van complexen ten minste 20% van de verharde buitenruimte en legt waar mogelijk groene daken aan.",
   fr(C, "firm", [(20, "%", "min")], cond=["waar mogelijk"]), "unchanged", [], None),
  ("bod-zonnepanelen", "Wij plaatsen in 2026 zonnepanelen op 150 grondgebonden woningen, indien de netbeheerder tijdig de benodigde netcapaciteit beschikbaar stelt.",
   fr(C, "firm", [(150, "woningen", "exact")], (2026, "in 2026"), cond=["indien de netbeheerder tijdig de benodigde netcapaciteit beschikbaar stelt"]), "dropped", [], None),
 ]),
 ("Kwaliteit en wonen met zorg", [
  ("vocht-schimmel", "Wij nemen binnen 5 werkdagen na een melding van vocht of schimmel contact op met de huurder en plannen binnen 4 weken een inspectie.",
   fr(C, "firm", [(5, "dagen", "max"), (4, "weken", "max")]), "strengthened", ["quantity"], None),
  ("reparatie", "Wij verhelpen spoedreparaties binnen 24 uur en overige reparaties binnen 10 werkdagen.",
   fr(C, "firm", [(24, "uur", "max"), (10, "dagen", "max")]), "weakened", ["quantity"], None),
  ("huurdersoordeel", "Wij streven naar een gemiddeld huurdersoordeel over reparatieverzoeken van ten minste 7,8.",
   fr(C, "intent", [(7.8, "cijfer", "min")]), "weakened", ["quantity"], None),
  ("woonzorgcluster", "Samen met zorgaanbieder De Vossenhof realiseren wij aan de Kerkstraat een woonzorgcluster met 24 geclusterde woningen voor ouderen en een gemeenschappelijke ontmoetingsruimte.",
   fr(C, "firm", [(24, "woningen", "exact")]), "reworded", [], "same_figures"),
  ("bod-scootmobiel", "Wij richten in 2026 in ieder complex met een lift een scootmobielstalling met oplaadpunt in.",
   fr(C, "firm", [], (2026, "in 2026")), "dropped", [], None),
 ]),
 ("Leefbaarheid", [
  ("wijkbeheerders", "Wij zetten in alle wijken met gestapelde bouw een wijkbeheerder in, die minimaal twee dagen per week zichtbaar in de buurt aanwezig is.",
   fr(C, "firm", [(2, "dagen per week", "min")]), "reworded", [], "same_figures"),
  ("leefbaarheidsbudget", "Wij zetten voor leefbaarheid een budget in van gemiddeld € 100 per woning per jaar.",
   fr(C, "firm", [(100, "euro", "exact")], rec=True), "weakened", ["quantity"], None),
  ("buurtconcierge", "Wij starten in 2026 samen met de gemeente een buurtconciërge in de Brinkflat en in de Hoogveldflat.",
   fr(GC, "firm", [], (2026, "in 2026")), "weakened", ["scope"], None),
 ]),
 ("Samenwerking", [
  ("ondersteuning-hp", "Wij stellen het Huurdersplatform jaarlijks een budget van € 6.000 beschikbaar voor scholing en onafhankelijke advisering.",
   fr(C, "firm", [(6000, "euro", "exact")], rec=True), "strengthened", ["quantity"], None),
  ("aannemers", "Wij onderzoeken of een lid van het Huurdersplatform kan deelnemen aan de selectiecommissie voor aannemers bij grootschalige renovaties.",
   fr(C, "explore"), "strengthened", ["modality"], None),
  ("monitoring", "Wij bespreken de voortgang van onze werkzaamheden twee keer per jaar met de gemeente en het Huurdersplatform, voor het eerst vóór 1 juli 2026.",
   fr(C, "firm", [(2, "keer per jaar", "exact")], (2026, "vóór 1 juli 2026"), rec=True), "reworded", [], None),
 ]),
]
BOD_THEMES = {"bod-tijdelijk": [BB], "bod-zonnepanelen": [DU], "bod-scootmobiel": [KW]}
