# -*- coding: utf-8 -*-
"""Content of the ravensloot family: bod 2025 of Meerland Wonen, prestatieafspraken 2025 and 2026.

Fictional gemeente Ravensloot, corporaties Meerland Wonen and Hoeksteen Wonen,
huurdersorganisatie Huurdersraad Ravensloot.
"""

GEMEENTE = "Ravensloot"
CORPS = ["Meerland Wonen", "Hoeksteen Wonen"]
HUURDERS = ["Huurdersraad Ravensloot"]

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def fr(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for item in q:
        v, u, c = item[:3]
        qs.append({"value": v, "unit": u, "comparator": c,
                   "value_max": item[3] if len(item) > 3 else None})
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> dict(theme, themes, lead (bod lead-in), v: {doc: (text, frame)}, A: bod->2025 link, B: 2025->2026 link)
# link = (status, kinds, hard_negative); status None = computed as unchanged (identical text asserted)
AF = {}


def af(key, theme, v, lead=None, A=None, B=None, themes=None):
    AF[key] = dict(theme=theme, themes=themes or [theme], v=v, lead=lead, A=A, B=B)


# ---------------------------------------------------------------- beschikbaarheid
af("nieuwbouw-meerland", BB, lead="Nieuwbouw sociale huur", v={
    "bod": ("Wij bieden aan om in de periode 2025-2029 in totaal 240 sociale huurwoningen aan onze voorraad in "
            "Ravensloot toe te voegen, waarvan de eerste 60 woningen in 2025 worden opgeleverd in de projecten "
            "Spoorzone fase 1 en Kloosterhof. De overige aantallen zijn gebaseerd op plannen die nog in "
            "voorbereiding zijn.",
            fr([C], "firm", [(240, "woningen", "exact"), (60, "woningen", "exact")], (2029, "2025-2029"))),
    "2025": ("Meerland Wonen voegt in de periode 2025-2029 in totaal 260 sociale huurwoningen toe aan de voorraad "
             "in Ravensloot, te beginnen met 60 woningen in de projecten Spoorzone fase 1 en Kloosterhof die in "
             "2025 worden opgeleverd.",
             fr([C], "firm", [(260, "woningen", "exact"), (60, "woningen", "exact")], (2029, "2025-2029"))),
    "2026": ("Meerland Wonen voegt in de periode 2025-2029 in totaal 260 sociale huurwoningen toe aan de voorraad "
             "in Ravensloot; na de oplevering van Spoorzone fase 1 en Kloosterhof gaat het nog om de resterende "
             "200 woningen.",
             fr([C], "firm", [(260, "woningen", "exact"), (200, "woningen", "exact")], (2029, "2025-2029"))),
}, A=("strengthened", ["quantity"], None), B=("reworded", [], "progress"))

af("nieuwbouw-hoeksteen", BB, v={
    "2025": ("Hoeksteen Wonen realiseert 36 sociale huurwoningen aan de Weverstraat, met een start bouw in het "
             "tweede kwartaal van 2025 en een oplevering uiterlijk eind 2026.",
             fr([C], "firm", [(36, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
    "2026": ("Hoeksteen Wonen realiseert 30 sociale huurwoningen aan de Weverstraat, met een start bouw in het "
             "vierde kwartaal van 2025 en een oplevering uiterlijk medio 2027.",
             fr([C], "firm", [(30, "woningen", "exact")], (2027, "uiterlijk medio 2027"))),
}, A=("new", [], None), B=("weakened", ["quantity", "deadline"], None))

af("transformatie-stationsweg", BB, v={
    "2026": ("Hoeksteen Wonen transformeert het voormalige kantoorpand aan de Stationsweg tot 18 "
             "eenkamerappartementen voor jongeren, waarvan de oplevering in het najaar van 2026 is voorzien.",
             fr([C], "firm", [(18, "woningen", "exact")], (2026, "najaar van 2026"))),
}, B=("new", [], None))

af("flexwonen", BB, lead="Flexwonen", v={
    "bod": ("Wij onderzoeken samen met de gemeente of op het braakliggende terrein aan de Havenweg tijdelijke "
            "flexwoningen voor spoedzoekers kunnen worden geplaatst.",
            fr([C, G], "explore")),
    "2025": ("De gemeente en Meerland Wonen plaatsen vóór eind 2025 op het terrein aan de Havenweg 24 tijdelijke "
             "flexwoningen voor spoedzoekers; de gemeente verleent hiervoor een tijdelijke omgevingsvergunning "
             "voor een periode van tien jaar.",
             fr([G, C], "firm", [(24, "woningen", "exact"), (10, "jaar", "exact")], (2025, "vóór eind 2025"))),
    "2026": ("De gemeente en Meerland Wonen plaatsen vóór medio 2026 op het terrein aan de Havenweg 24 tijdelijke "
             "flexwoningen voor spoedzoekers; de gemeente verleent hiervoor een tijdelijke omgevingsvergunning "
             "voor een periode van tien jaar.",
             fr([G, C], "firm", [(24, "woningen", "exact"), (10, "jaar", "exact")], (2026, "vóór medio 2026"))),
}, A=("strengthened", ["modality"], None), B=("weakened", ["deadline"], None))

af("sociaal-aandeel", BB, v={
    "2025": ("De gemeente hanteert bij nieuwe woningbouwplannen van tien woningen of meer een aandeel van ten "
             "minste 30% sociale huur en legt dit vast in de anterieure overeenkomst met de ontwikkelaar.",
             fr([G], "firm", [(30, "%", "min"), (10, "woningen", "min")])),
    "2026": ("De gemeente hanteert bij nieuwe woningbouwplannen van tien woningen of meer een aandeel van ten "
             "minste 35% sociale huur en legt dit vast in de anterieure overeenkomst met de ontwikkelaar.",
             fr([G], "firm", [(35, "%", "min"), (10, "woningen", "min")])),
}, A=("new", [], None), B=("strengthened", ["quantity"], None))

af("grondprijs", BB, v={
    "2025": ("De gemeente stelt in 2025 ten minste twee locaties beschikbaar voor sociale woningbouw, tegen een "
             "vaste grondprijs van € 27.500 per sociale huurwoning (prijspeil 2025).",
             fr([G], "firm", [(2, "locaties", "min"), (27500, "euro", "exact")], (2025, "in 2025"), rec=True)),
    "2026": ("De gemeente stelt in 2026 ten minste twee locaties beschikbaar voor sociale woningbouw, tegen een "
             "vaste grondprijs van € 28.400 per sociale huurwoning (prijspeil 2026).",
             fr([G], "firm", [(2, "locaties", "min"), (28400, "euro", "exact")], (2026, "in 2026"), rec=True)),
}, A=("new", [], None), B=("reworded", [], "indexed_amount"))

af("verkoop", BB, lead="Verkoop", v={
    "bod": ("Wij verkopen in 2025 maximaal 15 bestaande huurwoningen bij mutatie, uitsluitend eengezinswoningen "
            "in complexen met gemengd eigendom.",
            fr([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"), rec=True)),
    "2025": ("Meerland Wonen verkoopt in 2025 maximaal 10 bestaande huurwoningen bij mutatie, uitsluitend "
             "eengezinswoningen in complexen met gemengd eigendom.",
             fr([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"), rec=True)),
    "2026": ("Meerland Wonen verkoopt in 2026 maximaal 20 bestaande huurwoningen bij mutatie, uitsluitend "
             "eengezinswoningen in complexen met gemengd eigendom.",
             fr([C], "firm", [(20, "woningen", "max")], (2026, "in 2026"), rec=True)),
}, A=("strengthened", ["quantity"], None), B=("weakened", ["quantity"], None))

af("koopgarant", BB, lead="Koop voor zittende huurders", v={
    "bod": ("Wij bieden zittende huurders van eengezinswoningen in Molenveld jaarlijks de mogelijkheid om hun "
            "woning met een korting van maximaal 20% op de marktwaarde te kopen.",
            fr([C], "firm", [(20, "%", "max")], None, rec=True)),
}, A=("dropped", [], None))

af("middenhuur", BB, lead="Middenhuur", v={
    "bod": ("Wij bouwen in de Spoorzone 20 middenhuurwoningen voor huishoudens met een middeninkomen, onder "
            "voorbehoud van een sluitende businesscase en instemming van onze Raad van Commissarissen.",
            fr([C], "firm", [(20, "woningen", "exact")], None,
               cond=["onder voorbehoud van een sluitende businesscase en instemming van onze Raad van Commissarissen"])),
}, A=("dropped", [], None))

af("liberalisatie", BB, v={
    "2025": ("Hoeksteen Wonen zegt toe in 2025 geen sociale huurwoningen te liberaliseren.",
             fr([C], "firm", [(0, "woningen", "max")], (2025, "in 2025"), rec=True)),
    "2026": ("Hoeksteen Wonen zegt toe in 2026 geen sociale huurwoningen te liberaliseren.",
             fr([C], "firm", [(0, "woningen", "max")], (2026, "in 2026"), rec=True)),
}, A=("new", [], None), B=("reworded", [], "recurring_year"))

af("huurverhoging", BB, lead="Huurbeleid", v={
    "bod": ("Wij voeren per 1 juli 2025 een gemiddelde huurverhoging door die maximaal gelijk is aan de inflatie, "
            "met inachtneming van de wettelijk maximaal toegestane huurverhoging.",
            fr([C], "firm", [], (2025, "per 1 juli 2025"), rec=True)),
    "2025": ("Meerland Wonen en Hoeksteen Wonen voeren per 1 juli 2025 een gemiddelde huurverhoging door die ten "
             "minste 0,5% onder de inflatie ligt, met inachtneming van de wettelijk maximaal toegestane "
             "huurverhoging.",
             fr([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), rec=True)),
    "2026": ("Meerland Wonen en Hoeksteen Wonen voeren per 1 juli 2026 een gemiddelde huurverhoging door die ten "
             "minste 0,5% onder de inflatie ligt, met inachtneming van de wettelijk maximaal toegestane "
             "huurverhoging.",
             fr([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True)),
}, A=("strengthened", ["quantity"], None), B=("reworded", [], "recurring_year"))

af("huurverlaging", BB, v={
    "2025": ("Huurders van Meerland Wonen en Hoeksteen Wonen met een inkomen onder de inkomensgrens voor passend "
             "toewijzen van € 32.950 (prijspeil 2025) kunnen een huurverlaging naar de lage aftoppingsgrens "
             "aanvragen.",
             fr([C], "firm", [(32950, "euro", "exact")])),
    "2026": ("Huurders van Meerland Wonen en Hoeksteen Wonen met een inkomen onder de inkomensgrens voor passend "
             "toewijzen van € 33.725 (prijspeil 2026) kunnen een huurverlaging naar de lage aftoppingsgrens "
             "aanvragen.",
             fr([C], "firm", [(33725, "euro", "exact")])),
}, A=("new", [], None), B=("reworded", [], "indexed_amount"))

af("voorrang-starters", BB, lead="Starters", v={
    "bod": ("Wij geven bij ten minste 25% van onze vrijkomende eenkamerappartementen voorrang aan starters tot "
            "28 jaar met een lokale binding.",
            fr([C], "firm", [(25, "%", "min")])),
    "2025": ("Bij ten minste 25% van de vrijkomende eenkamerappartementen van Meerland Wonen krijgen starters tot "
             "28 jaar met een lokale binding voorrang.",
             fr([C], "firm", [(25, "%", "min")])),
    "2026": ("Bij ten minste 20% van de vrijkomende eenkamerappartementen van Meerland Wonen krijgen starters tot "
             "28 jaar met een lokale binding voorrang.",
             fr([C], "firm", [(20, "%", "min")])),
}, A=("reworded", [], "same_figures"), B=("weakened", ["quantity"], None))

af("wachttijd", BB, lead="Inschrijfduur", v={
    "bod": ("Wij zorgen ervoor dat de gemiddelde inschrijfduur van woningzoekenden die in Ravensloot een woning "
            "van ons krijgen, in 2025 daalt naar maximaal 6 jaar.",
            fr([C], "firm", [(6, "jaar", "max")], (2025, "in 2025"))),
    "2025": ("Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die in Ravensloot een "
             "sociale huurwoning krijgen, in 2025 daalt naar maximaal 6 jaar.",
             fr([P], "intent", [(6, "jaar", "max")], (2025, "in 2025"))),
    "2026": ("Partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden die in Ravensloot een "
             "sociale huurwoning krijgen, in 2026 daalt naar maximaal 5 jaar.",
             fr([P], "intent", [(5, "jaar", "max")], (2026, "in 2026"))),
}, A=("weakened", ["modality"], None), B=("strengthened", ["quantity"], None))

af("statushouders", BB, lead="Vergunninghouders", v={
    "bod": ("Wij leveren naar rato van ons woningbezit een bijdrage aan de huisvesting van vergunninghouders, "
            "zodat de gemeente de taakstelling van naar verwachting circa 55 personen in 2025 kan halen.",
            fr([C], "firm", [(55, "personen", "approx")], (2025, "in 2025"), rec=True)),
    "2025": ("Meerland Wonen en Hoeksteen Wonen leveren naar rato van hun woningbezit een bijdrage aan de "
             "huisvesting van vergunninghouders, zodat de gemeente de door het Rijk vastgestelde taakstelling van "
             "58 personen in 2025 kan halen.",
             fr([C], "firm", [(58, "personen", "exact")], (2025, "in 2025"), rec=True)),
    "2026": ("Meerland Wonen en Hoeksteen Wonen leveren naar rato van hun woningbezit een bijdrage aan de "
             "huisvesting van vergunninghouders, zodat de gemeente de door het Rijk vastgestelde taakstelling van "
             "64 personen in 2026 kan halen.",
             fr([C], "firm", [(64, "personen", "exact")], (2026, "in 2026"), rec=True)),
}, A=("reworded", [], "external_figure"), B=("reworded", [], "external_figure"))

af("uitstroom-bw", BB, themes=[BB, LB], lead="Uitstroom beschermd wonen", v={
    "bod": ("Wij stellen in 2025 ten minste 15 woningen beschikbaar voor uitstroom uit beschermd wonen en "
            "maatschappelijke opvang.",
            fr([C], "firm", [(15, "woningen", "min")], (2025, "in 2025"), rec=True)),
    "2025": ("Meerland Wonen stelt in 2025 ten minste 15 woningen beschikbaar voor uitstroom uit beschermd wonen en "
             "maatschappelijke opvang, mits de begeleiding door een zorgpartij voor ten minste een jaar is "
             "geregeld.",
             fr([C], "firm", [(15, "woningen", "min")], (2025, "in 2025"), rec=True,
                cond=["mits de begeleiding door een zorgpartij voor ten minste een jaar is geregeld"])),
    "2026": ("Meerland Wonen stelt in 2026 ten minste 18 woningen beschikbaar voor uitstroom uit beschermd wonen en "
             "maatschappelijke opvang, mits de begeleiding door een zorgpartij voor ten minste een jaar is "
             "geregeld.",
             fr([C], "firm", [(18, "woningen", "min")], (2026, "in 2026"), rec=True,
                cond=["mits de begeleiding door een zorgpartij voor ten minste een jaar is geregeld"])),
}, A=("weakened", ["condition"], None), B=("strengthened", ["quantity"], None))

af("doorstroming", BB, lead="Doorstroming senioren", v={
    "bod": ("Wij verkennen in 2025 de mogelijkheden voor een doorstroomregeling voor senioren die een "
            "eengezinswoning achterlaten, bijvoorbeeld met behoud van de huurprijs per vierkante meter.",
            fr([C], "explore", [], (2025, "in 2025"))),
    "2025": ("Meerland Wonen onderzoekt in 2025 of een verhuisregeling haalbaar is voor senioren die een "
             "eengezinswoning achterlaten, waarbij de huurprijs per vierkante meter behouden blijft.",
             fr([C], "explore", [], (2025, "in 2025"))),
    "2026": ("Meerland Wonen en Hoeksteen Wonen hanteren vanaf 1 januari 2026 een verhuisregeling voor senioren "
             "die een eengezinswoning achterlaten, waarbij de huurprijs per vierkante meter behouden blijft.",
             fr([C], "firm", [], (2026, "vanaf 1 januari 2026"))),
}, A=("reworded", [], None), B=("strengthened", ["modality", "scope"], None))

af("huurachterstand", BB, lead="Vroegsignalering", v={
    "bod": ("Wij nemen bij een huurachterstand van twee maanden persoonlijk contact op met de huurder en melden de "
            "achterstand binnen tien werkdagen bij het gemeentelijke team vroegsignalering.",
            fr([C], "firm", [(2, "maanden", "exact"), (10, "dagen", "max")])),
    "2025": ("De corporaties nemen bij een huurachterstand van twee maanden persoonlijk contact op met de huurder "
             "en melden de achterstand binnen vijf werkdagen bij het gemeentelijke team vroegsignalering.",
             fr([C], "firm", [(2, "maanden", "exact"), (5, "dagen", "max")])),
    "2026": ("De corporaties nemen bij een huurachterstand van één maand persoonlijk contact op met de huurder en "
             "melden de achterstand binnen vijf werkdagen bij het gemeentelijke team vroegsignalering.",
             fr([C], "firm", [(1, "maanden", "exact"), (5, "dagen", "max")])),
}, A=("strengthened", ["quantity"], None), B=("strengthened", ["quantity"], None))

BETAAL = ("Huurders met een betalingsachterstand krijgen altijd een passende betalingsregeling aangeboden voordat "
          "een incassobureau wordt ingeschakeld.")
af("betalingsregeling", BB, lead="Betalingsregelingen", v={
    "bod": (BETAAL, fr([C], "firm")), "2025": (BETAAL, fr([C], "firm")), "2026": (BETAAL, fr([C], "firm")),
}, A=("unchanged", [], None), B=("unchanged", [], None))

af("huisuitzettingen", BB, v={
    "2025": ("Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken "
             "tot maximaal drie.",
             fr([P], "intent", [(3, "huisuitzettingen", "max")], (2025, "in 2025"), rec=True)),
    "2026": ("Partijen spreken af dat er in 2026 geen huisuitzettingen plaatsvinden wegens uitsluitend een "
             "huurachterstand.",
             fr([P], "firm", [(0, "huisuitzettingen", "max")], (2026, "in 2026"), rec=True)),
}, A=("new", [], None), B=("strengthened", ["quantity", "modality"], None))

# ---------------------------------------------------------------- duurzaamheid
EFG25 = ("Meerland Wonen en Hoeksteen Wonen hebben eind 2026 in Ravensloot geen woningen meer met een energielabel "
         "E, F of G.")
af("efg-labels", DK, lead="Slechte labels", v={
    "bod": ("Wij hebben eind 2027 geen woningen meer met een energielabel E, F of G; het gaat op dit moment nog om "
            "85 woningen.",
            fr([C], "firm", [(0, "woningen", "max"), (85, "woningen", "exact")], (2027, "eind 2027"))),
    "2025": (EFG25, fr([C], "firm", [(0, "woningen", "max")], (2026, "eind 2026"))),
    "2026": (EFG25, fr([C], "firm", [(0, "woningen", "max")], (2026, "eind 2026"))),
}, A=("strengthened", ["deadline"], None), B=("unchanged", [], None))

af("isolatie", DK, lead="Isolatie", v={
    "bod": ("Wij verduurzamen in 2025 en 2026 in totaal 400 woningen naar ten minste label B door isolatie van dak, "
            "gevel en vloer en het plaatsen van HR++-glas.",
            fr([C], "firm", [(400, "woningen", "exact"), ("B", "label", "min")], (2026, "in 2025 en 2026"))),
    "2025": ("In de periode 2025-2027 worden door Meerland Wonen 350 woningen verduurzaamd naar ten minste label B, "
             "door isolatie van dak, gevel en vloer en het plaatsen van HR++-glas.",
             fr([C], "firm", [(350, "woningen", "exact"), ("B", "label", "min")], (2027, "2025-2027"))),
    "2026": ("In de periode 2025-2027 worden door Meerland Wonen 350 woningen verduurzaamd naar ten minste label C, "
             "door isolatie van dak, gevel en vloer en het plaatsen van HR++-glas.",
             fr([C], "firm", [(350, "woningen", "exact"), ("C", "label", "min")], (2027, "2025-2027"))),
}, A=("weakened", ["quantity", "deadline"], None), B=("weakened", ["label"], None))

af("gemiddeld-label", DK, v={
    "2025": ("Hoeksteen Wonen heeft de ambitie om eind 2028 voor haar totale woningbezit in Ravensloot gemiddeld "
             "energielabel B te bereiken.",
             fr([C], "intent", [("B", "label", "exact")], (2028, "eind 2028"))),
    "2026": ("Hoeksteen Wonen heeft de ambitie om eind 2028 voor haar totale woningbezit in Ravensloot gemiddeld "
             "energielabel A te bereiken.",
             fr([C], "intent", [("A", "label", "exact")], (2028, "eind 2028"))),
}, A=("new", [], None), B=("strengthened", ["label"], None))

af("zonnepanelen", DK, lead="Zonnepanelen", v={
    "bod": ("Wij bieden huurders in al onze eengezinswoningen zonnepanelen aan tegen een maandelijkse vergoeding "
            "van maximaal € 12,50.",
            fr([C], "firm", [(12.5, "euro", "max")])),
    "2025": ("Meerland Wonen biedt huurders van eengezinswoningen in twee complexen in Molenveld zonnepanelen aan "
             "tegen een maandelijkse vergoeding van maximaal € 12,50.",
             fr([C], "firm", [(12.5, "euro", "max"), (2, "complexen", "exact")])),
    "2026": ("Meerland Wonen biedt huurders van eengezinswoningen in alle complexen in Molenveld en De Brink "
             "zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 12,50.",
             fr([C], "firm", [(12.5, "euro", "max")])),
}, A=("weakened", ["scope"], None), B=("strengthened", ["scope"], None))

af("warmtenet", DK, lead="Warmtenet Oosterkwartier", v={
    "bod": ("Wij zijn bereid onze 420 woningen in het Oosterkwartier aan te sluiten op een toekomstig warmtenet, "
            "mits de woonlasten voor huurders niet stijgen.",
            fr([C], "intent", [(420, "woningen", "exact")], None,
               cond=["mits de woonlasten voor huurders niet stijgen"])),
    "2025": ("De gemeente neemt vóór 1 oktober 2025 een besluit over de aanleg van een warmtenet in het "
             "Oosterkwartier; Meerland Wonen sluit haar 420 woningen in deze wijk aan, mits de woonlasten voor "
             "huurders niet stijgen.",
             fr([G, C], "firm", [(420, "woningen", "exact")], (2025, "vóór 1 oktober 2025"),
                cond=["mits de woonlasten voor huurders niet stijgen"])),
    "2026": ("De gemeente neemt vóór 1 april 2026 een besluit over de aanleg van een warmtenet in het "
             "Oosterkwartier; Meerland Wonen sluit haar 420 woningen in deze wijk aan, mits de woonlasten voor "
             "huurders niet stijgen.",
             fr([G, C], "firm", [(420, "woningen", "exact")], (2026, "vóór 1 april 2026"),
                cond=["mits de woonlasten voor huurders niet stijgen"])),
}, A=("strengthened", ["modality"], None), B=("weakened", ["deadline"], None))

af("energiecoaches", DK, themes=[DK, BB], v={
    "2025": ("De gemeente zet in 2025 energiecoaches in die ten minste 300 huurdershuishoudens een huisbezoek "
             "brengen; de corporaties benaderen hiervoor actief huurders met een hoog energieverbruik.",
             fr([G, C], "firm", [(300, "huishoudens", "min")], (2025, "in 2025"), rec=True)),
    "2026": ("De gemeente zet in 2026 energiecoaches in die ten minste 300 huurdershuishoudens een huisbezoek "
             "brengen, indien de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet; de corporaties "
             "benaderen hiervoor actief huurders met een hoog energieverbruik.",
             fr([G, C], "firm", [(300, "huishoudens", "min")], (2026, "in 2026"), rec=True,
                cond=["indien de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet"])),
}, A=("new", [], None), B=("weakened", ["condition"], None))

AARDGAS = ("Alle nieuwbouwwoningen van Meerland Wonen worden aardgasvrij gebouwd en voldoen ten minste aan de "
           "wettelijke BENG-eisen.")
af("aardgasvrij", DK, lead="Nieuwbouw aardgasvrij", v={
    "bod": (AARDGAS, fr([C], "firm")), "2025": (AARDGAS, fr([C], "firm")), "2026": (AARDGAS, fr([C], "firm")),
}, A=("unchanged", [], None), B=("unchanged", [], None))

af("groene-daken", DK, lead="Klimaatadaptatie", v={
    "bod": ("Wij onderzoeken bij het planmatig onderhoud van platte daken of een groen dak of waterberging op het "
            "dak kan worden aangebracht.",
            fr([C], "explore")),
    "2025": ("Meerland Wonen onderzoekt bij het planmatig onderhoud van platte daken of een groen dak of "
             "waterberging op het dak kan worden aangebracht.",
             fr([C], "explore")),
}, A=("reworded", [], None), B=("dropped", [], None))

af("hitteplan", DK, themes=[DK, KW], v={
    "2026": ("Partijen stellen vóór 1 juli 2026 een hitteplan op voor complexen met veel oudere bewoners, met "
             "maatregelen als buitenzonwering, schaduw in de buitenruimte en een belronde tijdens hittegolven.",
             fr([P], "firm", [], (2026, "vóór 1 juli 2026"))),
}, B=("new", [], None))

# ---------------------------------------------------------------- kwaliteit
af("reparatie", KW, lead="Reparaties", v={
    "bod": ("Wij voeren spoedreparaties binnen 24 uur uit en handelen niet-spoedeisende reparatieverzoeken binnen "
            "gemiddeld 15 werkdagen af.",
            fr([C], "firm", [(24, "uur", "max"), (15, "dagen", "approx")])),
    "2025": ("Meerland Wonen voert spoedreparaties binnen 24 uur uit en handelt niet-spoedeisende "
             "reparatieverzoeken binnen gemiddeld 10 werkdagen af.",
             fr([C], "firm", [(24, "uur", "max"), (10, "dagen", "approx")])),
    "2026": ("Meerland Wonen voert spoedreparaties binnen 24 uur uit en handelt niet-spoedeisende "
             "reparatieverzoeken binnen gemiddeld 12 werkdagen af.",
             fr([C], "firm", [(24, "uur", "max"), (12, "dagen", "approx")])),
}, A=("strengthened", ["quantity"], None), B=("weakened", ["quantity"], None))

af("vocht", KW, lead="Vocht en schimmel", v={
    "bod": ("Wij pakken meldingen van vocht en schimmel met voorrang op en bezoeken de woning binnen twee weken na "
            "de melding.",
            fr([C], "firm", [(2, "weken", "max")])),
    "2025": ("Meldingen van vocht en schimmel worden door Meerland Wonen met voorrang opgepakt, waarbij de woning "
             "binnen twee weken na de melding wordt bezocht.",
             fr([C], "firm", [(2, "weken", "max")])),
    "2026": ("Meerland Wonen en Hoeksteen Wonen pakken elke melding van vocht en schimmel met voorrang op: binnen "
             "één week na de melding wordt de woning bezocht en binnen vier weken ligt er samen met de huurder een "
             "herstelplan.",
             fr([C], "firm", [(1, "weken", "max"), (4, "weken", "max")])),
}, A=("reworded", [], "same_figures"), B=("strengthened", ["quantity", "scope"], None))

af("rookmelders", KW, lead="Brandveiligheid", v={
    "bod": ("Wij plaatsen vóór eind 2025 rookmelders op iedere verdieping in al onze woningen waar deze nog "
            "ontbreken.",
            fr([C], "firm", [], (2025, "vóór eind 2025"))),
    "2025": ("Meerland Wonen plaatst vóór eind 2025 rookmelders op iedere verdieping in al haar woningen waar deze "
             "nog ontbreken.",
             fr([C], "firm", [], (2025, "vóór eind 2025"))),
}, A=("reworded", [], None), B=("dropped", [], None))

OORDEEL = ("Meerland Wonen streeft naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling "
           "van reparatieverzoeken en voor het planmatig onderhoud.")
af("huurdersoordeel", KW, lead="Huurderstevredenheid", v={
    "bod": ("Wij streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de afhandeling van "
            "reparatieverzoeken.",
            fr([C], "intent", [(7.5, "rapportcijfer", "min")])),
    "2025": (OORDEEL, fr([C], "intent", [(7.5, "rapportcijfer", "min")])),
    "2026": (OORDEEL, fr([C], "intent", [(7.5, "rapportcijfer", "min")])),
}, A=("strengthened", ["scope"], None), B=("unchanged", [], None))

af("levensloop", KW, v={
    "2025": ("Hoeksteen Wonen maakt in 2025 en 2026 alle 32 woningen in het complex Kerkhof levensloopgeschikt, "
             "onder meer door drempels te verwijderen en badkamers aan te passen.",
             fr([C], "firm", [(32, "woningen", "exact")], (2026, "in 2025 en 2026"))),
    "2026": ("Hoeksteen Wonen maakt in 2026 de resterende 12 woningen in het complex Kerkhof levensloopgeschikt, "
             "onder meer door drempels te verwijderen en badkamers aan te passen.",
             fr([C], "firm", [(12, "woningen", "exact")], (2026, "in 2026"))),
}, A=("new", [], None), B=("reworded", [], "progress"))

WMO = ("De gemeente en de corporaties spreken af dat kleine woningaanpassingen tot € 2.500 per woning door de "
       "corporaties worden uitgevoerd zonder dat daarvoor een Wmo-aanvraag nodig is.")
af("wmo-aanpassingen", KW, v={
    "2025": (WMO, fr([G, C], "firm", [(2500, "euro", "max")])),
    "2026": (WMO, fr([G, C], "firm", [(2500, "euro", "max")])),
}, A=("new", [], None), B=("unchanged", [], None))

af("zorggeschikt", KW, lead="Wonen met zorg", v={
    "bod": ("Wij gaan graag met de gemeente en zorgpartijen in gesprek over de opgave voor zorggeschikte woningen "
            "uit de woonzorgvisie.",
            fr([C], "discuss")),
    "2025": ("Partijen gaan in 2025 met zorgpartijen in gesprek over de opgave voor zorggeschikte woningen uit de "
             "woonzorgvisie en vertalen deze in een programma per kern.",
             fr([P], "discuss", [], (2025, "in 2025"))),
    "2026": ("Partijen werken volgens het in 2025 opgestelde programma zorggeschikt wonen; de corporaties voegen in "
             "2026 ten minste 25 zorggeschikte woningen toe in de kernen Ravensloot en Veenhoven.",
             fr([P, C], "firm", [(25, "woningen", "min")], (2026, "in 2026"))),
}, A=("reworded", [], None), B=("strengthened", ["modality", "quantity"], None))

# ---------------------------------------------------------------- leefbaarheid
af("leefbaarheidsbudget", LB, lead="Leefbaarheid", v={
    "bod": ("Wij besteden in 2025 € 68 per woning aan leefbaarheid, binnen de wettelijke grens die hiervoor geldt.",
            fr([C], "firm", [(68, "euro", "exact")], (2025, "in 2025"), rec=True)),
    "2025": ("Meerland Wonen besteedt in 2025 € 75 per woning aan leefbaarheid, binnen de wettelijke grens die "
             "hiervoor geldt.",
             fr([C], "firm", [(75, "euro", "exact")], (2025, "in 2025"), rec=True)),
    "2026": ("Meerland Wonen besteedt in 2026 € 75 per woning aan leefbaarheid, binnen de wettelijke grens die "
             "hiervoor geldt.",
             fr([C], "firm", [(75, "euro", "exact")], (2026, "in 2026"), rec=True)),
}, A=("strengthened", ["quantity"], None), B=("reworded", [], "recurring_year"))

af("wijkbeheerders", LB, lead="Wijkbeheer", v={
    "bod": ("Wij zetten in het Oosterkwartier en in De Brink ieder een wijkbeheerder in, die ten minste drie dagen "
            "per week in de wijk aanwezig is.",
            fr([C], "firm", [(3, "dagen per week", "min")])),
    "2025": ("In het Oosterkwartier en in De Brink zet Meerland Wonen ieder een wijkbeheerder in, die ten minste "
             "drie dagen per week in de wijk aanwezig is.",
             fr([C], "firm", [(3, "dagen per week", "min")])),
    "2026": ("In het Oosterkwartier, De Brink en Molenveld zet Meerland Wonen ieder een wijkbeheerder in, die ten "
             "minste drie dagen per week in de wijk aanwezig is.",
             fr([C], "firm", [(3, "dagen per week", "min")])),
}, A=("reworded", [], "same_figures"), B=("strengthened", ["scope"], None))

af("casusoverleg", LB, lead="Overlast", v={
    "bod": ("Wij nemen deel aan een maandelijks casusoverleg met de gemeente en de politie over complexe "
            "overlastsituaties en kwetsbare huurders.",
            fr([C], "firm", [(12, "keer per jaar", "exact")], rec=True)),
    "2025": ("De gemeente, de corporaties en de politie bespreken complexe overlastsituaties en kwetsbare huurders "
             "in een maandelijks casusoverleg, waarvan de gemeente de trekker is.",
             fr([G, C, "other"], "firm", [(12, "keer per jaar", "exact")], rec=True)),
    "2026": ("De gemeente, de corporaties en de politie bespreken complexe overlastsituaties en kwetsbare huurders "
             "in een tweewekelijks casusoverleg, waarvan de gemeente de trekker is.",
             fr([G, C, "other"], "firm", [(26, "keer per jaar", "exact")], rec=True)),
}, A=("reworded", [], "same_figures"), B=("strengthened", ["quantity"], None))

af("wijkactieplan", LB, v={
    "2025": ("Partijen stellen samen met bewoners vóór 1 juli 2025 een wijkactieplan op voor het Oosterkwartier, met "
             "afspraken over schoon, heel en veilig en over ontmoeting in de wijk.",
             fr([P], "firm", [], (2025, "vóór 1 juli 2025"))),
}, A=("new", [], None), B=("dropped", [], None))

af("wijkactieplan-uitvoering", LB, v={
    "2026": ("Partijen voeren in 2026 de maatregelen uit het wijkactieplan Oosterkwartier uit en bespreken de "
             "voortgang ten minste twee keer per jaar met de bewonerscommissies.",
             fr([P], "firm", [(2, "keer per jaar", "min")], (2026, "in 2026"))),
}, B=("new", [], None))

af("bewonersinitiatieven", LB, v={
    "2025": ("De gemeente stelt in 2025 een budget van € 40.000 beschikbaar voor bewonersinitiatieven in wijken met "
             "veel sociale huurwoningen.",
             fr([G], "firm", [(40000, "euro", "exact")], (2025, "in 2025"), rec=True)),
    "2026": ("De gemeente stelt in 2026 een budget van € 30.000 beschikbaar voor bewonersinitiatieven in wijken met "
             "veel sociale huurwoningen, afhankelijk van de vaststelling van de gemeentebegroting.",
             fr([G], "firm", [(30000, "euro", "exact")], (2026, "in 2026"), rec=True,
                cond=["afhankelijk van de vaststelling van de gemeentebegroting"])),
}, A=("new", [], None), B=("weakened", ["quantity", "condition"], None))

af("ontmoetingsruimte", LB, lead="Ontmoeting", v={
    "bod": ("Wij stellen de ontmoetingsruimte in ons complex De Hofstee in Veenhoven om niet beschikbaar aan "
            "bewonersgroepen.",
            fr([C], "firm")),
    "2025": ("Meerland Wonen onderzoekt of de ontmoetingsruimte in het complex De Hofstee in Veenhoven om niet "
             "beschikbaar kan worden gesteld aan bewonersgroepen.",
             fr([C], "explore")),
    "2026": ("Meerland Wonen stelt de ontmoetingsruimte in het complex De Hofstee in Veenhoven om niet beschikbaar "
             "aan bewonersgroepen en aan de lokale ouderenvereniging.",
             fr([C], "firm")),
}, A=("weakened", ["modality"], None), B=("strengthened", ["modality", "scope"], None))

# ---------------------------------------------------------------- overig / proces
af("evaluatie", OV, lead="Samenwerking", v={
    "bod": ("Wij stellen voor om de samenwerking tussen gemeente, huurdersraad en corporaties in het najaar van "
            "2025 onder begeleiding van een externe partij te evalueren.",
            fr([C], "discuss", [], (2025, "najaar van 2025"))),
}, A=("dropped", [], None))

af("monitoring", OV, v={
    "2025": ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de "
             "corporaties leveren hiervoor vóór 1 maart 2026 de realisatiecijfers over 2025 aan.",
             fr([P, C], "firm", [(2, "keer per jaar", "exact")], (2026, "vóór 1 maart 2026"), rec=True)),
    "2026": ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de "
             "corporaties leveren hiervoor vóór 1 maart 2027 de realisatiecijfers over 2026 aan.",
             fr([P, C], "firm", [(2, "keer per jaar", "exact")], (2027, "vóór 1 maart 2027"), rec=True)),
}, A=("new", [], None), B=("reworded", [], "recurring_year"))

af("ondersteuning-hr", OV, v={
    "2025": ("Meerland Wonen en Hoeksteen Wonen stellen de Huurdersraad Ravensloot in 2025 een budget van € 22.000 "
             "beschikbaar voor ondersteuning, scholing en het raadplegen van de achterban.",
             fr([C], "firm", [(22000, "euro", "exact")], (2025, "in 2025"), rec=True)),
    "2026": ("Meerland Wonen en Hoeksteen Wonen stellen de Huurdersraad Ravensloot in 2026 een budget van € 24.000 "
             "beschikbaar voor ondersteuning, scholing en het raadplegen van de achterban.",
             fr([C], "firm", [(24000, "euro", "exact")], (2026, "in 2026"), rec=True)),
}, A=("new", [], None), B=("strengthened", ["quantity"], None))

af("bod-procedure", OV, v={
    "2025": ("Partijen maken in het eerste kwartaal van 2025 afspraken over een gezamenlijk proces voor het bod en "
             "de prestatieafspraken 2026, waarbij de huurdersraad vanaf de start aan tafel zit.",
             fr([P], "discuss", [], (2025, "eerste kwartaal van 2025"))),
    "2026": ("Partijen werken volgens de gemaakte afspraken over het gezamenlijke proces voor het bod en de "
             "prestatieafspraken, waarbij de huurdersraad vanaf de start aan tafel zit.",
             fr([P], "firm")),
}, A=("new", [], None), B=("strengthened", ["modality"], None))

af("woonvisie", OV, v={
    "2025": ("De gemeente zal vóór eind 2025 de woonvisie actualiseren en betrekt de corporaties en de huurdersraad "
             "vanaf het begin bij het opstellen ervan.",
             fr([G], "firm", [], (2025, "vóór eind 2025"))),
    "2026": ("De gemeente streeft ernaar de woonvisie in de loop van 2026 te actualiseren en betrekt de corporaties "
             "en de huurdersraad vanaf het begin bij het opstellen ervan.",
             fr([G], "intent", [], (2026, "in de loop van 2026"))),
}, A=("new", [], None), B=("weakened", ["modality", "deadline"], None))

GESCHIL = ("Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek in het "
           "bestuurlijk overleg; komen zij er niet uit, dan schakelen zij gezamenlijk een onafhankelijke mediator in.")
af("geschillen", OV, v={
    "2025": (GESCHIL, fr([P], "firm")), "2026": (GESCHIL, fr([P], "firm")),
}, A=("new", [], None), B=("unchanged", [], None))

# ---------------------------------------------------------------- structure
BOD_SECTIONS = [
    ("Voldoende en betaalbare woningen",
     "De woonvisie vraagt om een forse uitbreiding van de sociale voorraad en om betaalbare woonlasten. Wij zien "
     "dat de vraag naar kleine en betaalbare woningen in Ravensloot verder toeneemt, terwijl de bouwkosten hoog "
     "blijven.",
     ["nieuwbouw-meerland", "middenhuur", "flexwonen", "verkoop", "koopgarant", "huurverhoging"]),
    ("Woningzoekenden en bijzondere doelgroepen",
     "Het aantal woningzoekenden met een urgente vraag is het afgelopen jaar gestegen. Tegelijk is de mutatiegraad "
     "in onze voorraad gedaald tot 5,8%.",
     ["voorrang-starters", "wachttijd", "statushouders", "uitstroom-bw", "doorstroming", "huurachterstand",
      "betalingsregeling"]),
    ("Duurzaamheid en energietransitie",
     "Met de Nationale Prestatieafspraken hebben corporaties zich verbonden aan het uitfaseren van slechte labels. "
     "Wij liggen op koers, maar de investeringen drukken zwaar op onze financiële ruimte.",
     ["efg-labels", "isolatie", "zonnepanelen", "warmtenet", "aardgasvrij", "groene-daken"]),
    ("Kwaliteit van de woning",
     "Huurders beoordeelden onze dienstverlening in 2023 gemiddeld met een 7,3. Vocht en schimmel blijven een "
     "belangrijk aandachtspunt.",
     ["reparatie", "vocht", "rookmelders", "huurdersoordeel", "zorggeschikt"]),
    ("Leefbare wijken en buurten",
     "In het Oosterkwartier en De Brink zien wij een stapeling van problematiek achter de voordeur.",
     ["leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "ontmoetingsruimte"]),
    ("Samenwerking",
     None,
     ["evaluatie"]),
]

DECK = {
    2025: [
        ("Betaalbaar en beschikbaar wonen", "Nieuwbouw, locaties, verkoop en huurbeleid",
         "De nieuwbouwaantallen zijn exclusief de 48 woningen die Meerland Wonen in 2024 al heeft opgeleverd.",
         ["nieuwbouw-meerland", "nieuwbouw-hoeksteen", "flexwonen", "sociaal-aandeel", "grondprijs", "verkoop",
          "liberalisatie", "huurverhoging", "huurverlaging"]),
        ("Woningtoewijzing en doelgroepen", "Wie komt in aanmerking voor een woning en hoe snel",
         None,
         ["voorrang-starters", "wachttijd", "statushouders", "uitstroom-bw", "doorstroming"]),
        ("Grip op geldzaken", "Voorkomen van schulden en huisuitzettingen",
         "In 2024 hadden 412 huishoudens een huurachterstand van meer dan een maand.",
         ["huurachterstand", "betalingsregeling", "huisuitzettingen"]),
        ("Duurzaam en klimaatbestendig", "Labels, isolatie, warmte en klimaatadaptatie",
         None,
         ["efg-labels", "isolatie", "gemiddeld-label", "zonnepanelen", "warmtenet", "energiecoaches", "aardgasvrij",
          "groene-daken"]),
        ("Kwaliteit en wonen met zorg", "Onderhoud, veiligheid en geschikte woningen voor ouderen",
         None,
         ["reparatie", "vocht", "rookmelders", "huurdersoordeel", "levensloop", "wmo-aanpassingen", "zorggeschikt"]),
        ("Prettig wonen in de wijk", "Leefbaarheid, beheer en ontmoeting",
         "Het leefbaarheidsbudget valt binnen de wettelijke grens die voor corporaties geldt.",
         ["leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "wijkactieplan", "bewonersinitiatieven",
          "ontmoetingsruimte"]),
        ("Samenwerking en proces", "Afspraken over de samenwerking in de driehoek",
         None,
         ["monitoring", "ondersteuning-hr", "bod-procedure", "woonvisie", "geschillen"]),
    ],
    2026: [
        ("Bouwen en betaalbaar wonen", "Nieuwbouw, transformatie, locaties en huurbeleid",
         "De resterende nieuwbouwaantallen zijn gebaseerd op de projectenlijst van oktober 2025.",
         ["nieuwbouw-meerland", "nieuwbouw-hoeksteen", "transformatie-stationsweg", "flexwonen", "grondprijs",
          "sociaal-aandeel", "huurverhoging", "huurverlaging", "verkoop", "liberalisatie"]),
        ("Woningtoewijzing en doelgroepen", "Wie komt in aanmerking voor een woning en hoe snel",
         None,
         ["wachttijd", "voorrang-starters", "statushouders", "doorstroming"]),
        ("Grip op geldzaken", "Voorkomen van schulden en huisuitzettingen",
         "In 2025 daalde het aantal huishoudens met een huurachterstand naar 371.",
         ["huurachterstand", "huisuitzettingen", "betalingsregeling"]),
        ("Energietransitie en klimaat", "Labels, isolatie, warmte en hitte",
         None,
         ["efg-labels", "isolatie", "gemiddeld-label", "warmtenet", "zonnepanelen", "energiecoaches", "aardgasvrij",
          "hitteplan"]),
        ("Kwaliteit en wonen met zorg", "Onderhoud, geschikte woningen en uitstroom uit zorginstellingen",
         None,
         ["reparatie", "vocht", "huurdersoordeel", "levensloop", "wmo-aanpassingen", "zorggeschikt", "uitstroom-bw"]),
        ("Prettig wonen in de wijk", "Leefbaarheid, beheer en ontmoeting",
         None,
         ["leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "wijkactieplan-uitvoering", "bewonersinitiatieven",
          "ontmoetingsruimte"]),
        ("Samenwerking en proces", "Afspraken over de samenwerking in de driehoek",
         "De huurdersraad ontvangt de monitor tegelijk met de gemeente en de corporaties.",
         ["monitoring", "ondersteuning-hr", "bod-procedure", "woonvisie", "geschillen"]),
    ],
}
