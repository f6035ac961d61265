# -*- coding: utf-8 -*-
"""Content of the aldermoer family: fictional yearly prestatieafspraken of gemeente Aldermoer.
Every afspraak: key -> theme(s) and per year (text, frame). Links per pair in LINKS."""
NB = "\u00a0"  # non-breaking space, printed inside amounts; gold uses a plain space

GEMEENTE = "Aldermoer"
CORPS = ["Woonstichting De Moerwaard", "Hofland Wonen"]
HUURDERS = ["Huurdersplatform Aldermoer"]

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, u, c = t[:3]
        qs.append({"value": v, "unit": u, "comparator": c, "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}

C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

A = {}  # key -> dict(themes=[...], y={year: (text, frame)})


def add(key, themes, **years):
    A[key] = {"themes": themes, "y": {int(k[1:]): v for k, v in years.items()}}

# ---------------- beschikbaarheid en betaalbaarheid ----------------
add("nieuwbouw-sociaal", [B],
    y2025=("De corporaties leveren in 2025 gezamenlijk ten minste 140 sociale huurwoningen op, waarvan 85 door De Moerwaard en 55 door Hofland Wonen, overeenkomstig het nieuwbouwprogramma in bijlage 1. Vertraging van een project wordt direct gemeld in het bestuurlijk overleg.",
           F([C], "firm", [(140, "woningen", "min"), (85, "woningen", "exact"), (55, "woningen", "exact")], (2025, "in 2025"), True)),
    y2026=("De corporaties leveren in 2026 gezamenlijk ten minste 120 sociale huurwoningen op, waarvan 70 door De Moerwaard en 50 door Hofland Wonen, overeenkomstig het nieuwbouwprogramma in bijlage 1. Vertraging van een project wordt direct gemeld in het bestuurlijk overleg.",
           F([C], "firm", [(120, "woningen", "min"), (70, "woningen", "exact"), (50, "woningen", "exact")], (2026, "in 2026"), True)),
    y2027=("De corporaties leveren in 2027 gezamenlijk ten minste 150 sociale huurwoningen op, waarvan 90 door De Moerwaard en 60 door Hofland Wonen, overeenkomstig het nieuwbouwprogramma in bijlage 1. Vertraging van een project wordt direct gemeld in het bestuurlijk overleg.",
           F([C], "firm", [(150, "woningen", "min"), (90, "woningen", "exact"), (60, "woningen", "exact")], (2027, "in 2027"), True)))
add("plancapaciteit", [B],
    y2025=("De gemeente zet zich in om vóór eind 2025 plancapaciteit voor 400 sociale huurwoningen beschikbaar te stellen op de locaties Moerkade-Noord en Het Veenhof, zodat de corporaties hun bouwprogramma na 2027 kunnen voortzetten.",
           F([G], "intent", [(400, "woningen", "exact")], (2025, "vóór eind 2025"))),
    y2026=("De gemeente stelt vóór medio 2026 plancapaciteit voor 400 sociale huurwoningen beschikbaar op de locaties Moerkade-Noord en Het Veenhof, zodat de corporaties hun bouwprogramma na 2027 kunnen voortzetten.",
           F([G], "firm", [(400, "woningen", "exact")], (2026, "vóór medio 2026"))))
add("aandeel-sociaal", [B],
    y2025=("In nieuwe woningbouwplannen van meer dan twintig woningen wordt ten minste 30% sociale huur gerealiseerd, zoals vastgelegd in de Woonvisie Aldermoer 2023–2030. De gemeente legt dit aandeel vast in de anterieure overeenkomsten met ontwikkelaars.",
           F([G], "firm", [(30, "%", "min"), (20, "woningen", "min")])),
    y2026=("In nieuwe woningbouwplannen van meer dan twintig woningen wordt ten minste 35% sociale huur gerealiseerd, in lijn met de regionale woondeal. De gemeente legt dit aandeel vast in de anterieure overeenkomsten met ontwikkelaars.",
           F([G], "firm", [(35, "%", "min"), (20, "woningen", "min")])),
    y2027=("Partijen streven ernaar dat in nieuwe woningbouwplannen van meer dan twintig woningen ten minste 35% sociale huur wordt gerealiseerd, in lijn met de regionale woondeal. De gemeente neemt dit aandeel waar mogelijk op in de anterieure overeenkomsten met ontwikkelaars.",
           F([P, G], "intent", [(35, "%", "min"), (20, "woningen", "min")], cond=["waar mogelijk"])))
add("verkoop", [B],
    y2025=("De corporaties verkopen in 2025 samen maximaal 25 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan huishoudens uit Aldermoer met een middeninkomen.",
           F([C], "firm", [(25, "woningen", "max")], (2025, "in 2025"), True)),
    y2026=("De corporaties verkopen in 2026 samen maximaal 15 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan huishoudens uit Aldermoer met een middeninkomen.",
           F([C], "firm", [(15, "woningen", "max")], (2026, "in 2026"), True)),
    y2027=("De corporaties verkopen in 2027 samen maximaal 15 bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang aan huishoudens uit Aldermoer met een middeninkomen.",
           F([C], "firm", [(15, "woningen", "max")], (2027, "in 2027"), True)))
add("liberalisatie", [B],
    y2025=("Hofland Wonen liberaliseert in 2025 maximaal 10 woningen; De Moerwaard liberaliseert geen woningen. Geliberaliseerde woningen worden verhuurd als middenhuur met een huur onder de grens van het middensegment.",
           F([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
    y2026=("Hofland Wonen liberaliseert in 2026 maximaal 20 woningen; De Moerwaard liberaliseert geen woningen. Geliberaliseerde woningen worden verhuurd als middenhuur met een huur onder de grens van het middensegment.",
           F([C], "firm", [(20, "woningen", "max")], (2026, "in 2026"), True)),
    y2027=("In 2027 liberaliseren de corporaties geen woningen. Alle vrijkomende sociale huurwoningen blijven beschikbaar voor de doelgroep.",
           F([C], "firm", [(0, "woningen", "exact")], (2027, "in 2027"), True)))
add("huurverhoging", [B],
    y2025=("De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan de inflatie, zoals vastgelegd in de Nationale Prestatieafspraken, en bespreken hun huurvoorstel vooraf met het huurdersplatform.",
           F([C], "firm", [], (2025, "per 1 juli 2025"), True)),
    y2026=("De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5% onder de inflatie en bespreken hun huurvoorstel vooraf met het huurdersplatform.",
           F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    y2027=("De corporaties houden de gemiddelde huurverhoging per 1 juli 2027 ten minste 0,5% onder de inflatie en bespreken hun huurvoorstel vooraf met het huurdersplatform.",
           F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)))
add("passend-toewijzen", [B],
    y2025=("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens die recht hebben op huurtoeslag. Daarbij gelden de inkomensgrenzen per 1 januari 2025 (prijspeil 2025: € 32.950 voor eenpersoonshuishoudens).",
           F([C], "firm", [(95, "%", "min"), (32950, "euro", "exact")], (2025, "per 1 januari 2025"), True)),
    y2026=("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens die recht hebben op huurtoeslag. Daarbij gelden de inkomensgrenzen per 1 januari 2026 (prijspeil 2026: € 33.725 voor eenpersoonshuishoudens).",
           F([C], "firm", [(95, "%", "min"), (33725, "euro", "exact")], (2026, "per 1 januari 2026"), True)),
    y2027=("De corporaties wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe aan huishoudens die recht hebben op huurtoeslag. Daarbij gelden de inkomensgrenzen per 1 januari 2027 (prijspeil 2027: € 34.450 voor eenpersoonshuishoudens).",
           F([C], "firm", [(95, "%", "min"), (34450, "euro", "exact")], (2027, "per 1 januari 2027"), True)))
add("statushouders", [B],
    y2025=("Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders, voor 2025 door het Rijk vastgesteld op 64 personen, volledig wordt gehaald. De gemeente meldt de te huisvesten personen tijdig aan bij de corporaties.",
           F([P], "firm", [(64, "personen", "exact")], (2025, "2025"), True)),
    y2026=("Partijen zorgen er samen voor dat de taakstelling voor de huisvesting van vergunninghouders, voor 2026 door het Rijk vastgesteld op 52 personen, volledig wordt gehaald. De gemeente meldt de te huisvesten personen tijdig aan bij de corporaties.",
           F([P], "firm", [(52, "personen", "exact")], (2026, "2026"), True)),
    y2027=("Partijen zetten zich in om de taakstelling voor de huisvesting van vergunninghouders, voor 2027 door het Rijk vastgesteld op 58 personen, zo veel mogelijk te halen. De gemeente meldt de te huisvesten personen tijdig aan bij de corporaties.",
           F([P], "intent", [(58, "personen", "exact")], (2027, "2027"), True, ["zo veel mogelijk"])))
add("uitstroom", [B, L],
    y2025=("De corporaties stellen jaarlijks 20 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, onder voorwaarde dat de gemeente de benodigde begeleiding organiseert.",
           F([C], "firm", [(20, "woningen", "exact")], None, True, ["onder voorwaarde dat de gemeente de benodigde begeleiding organiseert"])),
    y2026=("De corporaties stellen jaarlijks 25 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, onder voorwaarde dat de gemeente de benodigde begeleiding organiseert.",
           F([C], "firm", [(25, "woningen", "exact")], None, True, ["onder voorwaarde dat de gemeente de benodigde begeleiding organiseert"])))
A["uitstroom"]["y"][2027] = A["uitstroom"]["y"][2026]
add("wachttijd", [B],
    y2025=("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden die in Aldermoer een sociale huurwoning betrekken eind 2025 terug te brengen tot maximaal vijf jaar.",
           F([P], "intent", [(5, "jaar", "max")], (2025, "eind 2025"))),
    y2026=("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden die in Aldermoer een sociale huurwoning betrekken eind 2027 terug te brengen tot maximaal vijf jaar.",
           F([P], "intent", [(5, "jaar", "max")], (2027, "eind 2027"))),
    y2027=("De corporaties brengen de gemiddelde inschrijfduur van woningzoekenden die in Aldermoer een sociale huurwoning betrekken eind 2027 terug tot maximaal 4,5 jaar, onder meer door extra inzet op doorstroming.",
           F([C], "firm", [(4.5, "jaar", "max")], (2027, "eind 2027"))))
add("huurachterstand", [B],
    y2025=("De corporaties nemen uiterlijk bij twee maanden huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
           F([C], "firm", [(2, "maanden", "max")])),
    y2026=("De corporaties nemen uiterlijk bij één maand huurachterstand persoonlijk contact op met de huurder en melden de achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering.",
           F([C], "firm", [(1, "maanden", "max")])))
A["huurachterstand"]["y"][2027] = A["huurachterstand"]["y"][2026]
add("huisuitzettingen", [B],
    y2025=("Partijen hebben de ambitie het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot maximaal drie.",
           F([P], "intent", [(3, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    y2026=("Partijen hebben de ambitie het aantal huisuitzettingen wegens huurachterstand in 2026 te beperken tot maximaal vijf.",
           F([P], "intent", [(5, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
    y2027=("Partijen hebben de ambitie dat in 2027 geen huisuitzettingen plaatsvinden die uitsluitend het gevolg zijn van huurachterstand.",
           F([P], "intent", [(0, "huisuitzettingen", "exact")], (2027, "in 2027"), True)))
add("verhuiscoach", [B],
    y2025=("De gemeente en de corporaties onderzoeken of een verhuiscoach kan worden ingezet voor senioren die van een eengezinswoning naar een kleinere, gelijkvloerse woning willen verhuizen.",
           F([G, C], "explore")),
    y2026=("De gemeente en de corporaties zetten vanaf 1 maart 2026 een verhuiscoach in voor senioren die van een eengezinswoning naar een kleinere, gelijkvloerse woning willen verhuizen; de kosten worden gelijk verdeeld.",
           F([G, C], "firm", [], (2026, "vanaf 1 maart 2026"))),
    y2027=("De verhuiscoach voor senioren die van een eengezinswoning naar een kleinere, gelijkvloerse woning willen verhuizen, wordt in 2027 uitsluitend ingezet in de wijken Oosterveld en Kerkakker; de kosten worden gelijk verdeeld tussen de gemeente en de corporaties.",
           F([G, C], "firm", [], (2027, "in 2027"), True)))
add("flexwonen", [B],
    y2025=("De gemeente verkent in 2025 samen met De Moerwaard de mogelijkheid om op het terrein aan de Zuidelijke Rondweg voor een periode van vijftien jaar 40 flexwoningen te plaatsen voor spoedzoekers.",
           F([G, C], "explore", [(40, "woningen", "exact"), (15, "jaar", "exact")], (2025, "in 2025"))))
add("middenhuur", [B],
    y2026=("Hofland Wonen onderzoekt of op de locatie Het Veenhof 30 middenhuurwoningen kunnen worden gerealiseerd voor huishoudens met een middeninkomen.",
           F([C], "explore", [(30, "woningen", "exact")])),
    y2027=("Hofland Wonen realiseert vóór eind 2028 op de locatie Het Veenhof 30 middenhuurwoningen voor huishoudens met een middeninkomen.",
           F([C], "firm", [(30, "woningen", "exact")], (2028, "vóór eind 2028"))))
add("woningdelen", [B],
    y2027=("De gemeente onderzoekt in 2027 of de regels voor woningdelen en hospitaverhuur in sociale huurwoningen kunnen worden verruimd, zodat jongeren en spoedzoekers sneller een plek vinden.",
           F([G], "explore", [], (2027, "in 2027"))))

# ---------------- duurzaamheid ----------------
add("label-efg", [D],
    y2025=("De corporaties hebben eind 2026 geen woningen met energielabel E, F of G meer in bezit. In 2025 worden daartoe de resterende 80 woningen met een dergelijk label aangepakt.",
           F([C], "firm", [(80, "woningen", "exact")], (2026, "eind 2026"))),
    y2026=("De corporaties hebben eind 2026 geen woningen met energielabel E, F of G meer in bezit. In 2026 worden daartoe de resterende 35 woningen met een dergelijk label aangepakt.",
           F([C], "firm", [(35, "woningen", "exact")], (2026, "eind 2026"))),
    y2027=("De corporaties hebben eind 2027 geen woningen met energielabel E, F of G meer in bezit. In 2027 worden daartoe de resterende 12 woningen met een dergelijk label aangepakt.",
           F([C], "firm", [(12, "woningen", "exact")], (2027, "eind 2027"))))
add("gemiddeld-label", [D],
    y2025=("De corporaties streven naar een gemiddeld energielabel B voor hun totale woningbezit in Aldermoer in 2028.",
           F([C], "intent", [("B", "label", "min")], (2028, "in 2028"))),
    y2026=("De corporaties streven naar een gemiddeld energielabel C voor hun totale woningbezit in Aldermoer in 2028.",
           F([C], "intent", [("C", "label", "min")], (2028, "in 2028"))))
A["gemiddeld-label"]["y"][2027] = A["gemiddeld-label"]["y"][2026]
add("isolatie", [D],
    y2025=("De Moerwaard isoleert in 2025 ten minste 180 woningen tot de standaard voor isolatie, waarvan 60 in het complex Vlietbuurt, en informeert de bewoners ten minste drie maanden vooraf.",
           F([C], "firm", [(180, "woningen", "min"), (60, "woningen", "exact"), (3, "maanden", "min")], (2025, "in 2025"), True)),
    y2026=("De Moerwaard isoleert in 2026 ten minste 220 woningen tot de standaard voor isolatie, waarvan 60 in het complex Vlietbuurt, en informeert de bewoners ten minste drie maanden vooraf.",
           F([C], "firm", [(220, "woningen", "min"), (60, "woningen", "exact"), (3, "maanden", "min")], (2026, "in 2026"), True)),
    y2027=("De Moerwaard isoleert in 2027, onder voorbehoud van toekenning van rijkssubsidie, ten minste 220 woningen tot de standaard voor isolatie, waarvan 60 in het complex Vlietbuurt, en informeert de bewoners ten minste drie maanden vooraf.",
           F([C], "firm", [(220, "woningen", "min"), (60, "woningen", "exact"), (3, "maanden", "min")], (2027, "in 2027"), True, ["onder voorbehoud van toekenning van rijkssubsidie"])))
add("zonnepanelen", [D],
    y2025=("Hofland Wonen biedt in 2025 aan alle huurders van eengezinswoningen zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 12.",
           F([C], "firm", [(12, "euro", "max")], (2025, "in 2025"), True)),
    y2026=("Hofland Wonen biedt in 2026 in een pilot aan de huurders van twee complexen in Kerkakker zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 12.",
           F([C], "firm", [(2, "complexen", "exact"), (12, "euro", "max")], (2026, "in 2026"), True)),
    y2027=("Hofland Wonen biedt in 2027 aan alle huurders van eengezinswoningen in Kerkakker en Oosterveld zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 12.",
           F([C], "firm", [(12, "euro", "max")], (2027, "in 2027"), True)))
add("warmtenet", [D],
    y2025=("De gemeente en De Moerwaard onderzoeken vóór Q3 2025 de haalbaarheid van het aansluiten van 300 woningen in Oosterveld op het warmtenet, in lijn met de Transitievisie Warmte.",
           F([G, C], "explore", [(300, "woningen", "exact")], (2025, "vóór Q3 2025"))),
    y2026=("De gemeente en De Moerwaard onderzoeken vóór Q1 2026 de haalbaarheid van het aansluiten van 300 woningen in Oosterveld op het warmtenet, in lijn met de Transitievisie Warmte.",
           F([G, C], "explore", [(300, "woningen", "exact")], (2026, "vóór Q1 2026"))),
    y2027=("De Moerwaard sluit vóór eind 2028 300 woningen in Oosterveld aan op het warmtenet, onder voorbehoud van een sluitende businesscase en instemming van ten minste 70% van de bewoners.",
           F([C], "firm", [(300, "woningen", "exact"), (70, "%", "min")], (2028, "vóór eind 2028"), False, ["onder voorbehoud van een sluitende businesscase en instemming van ten minste 70% van de bewoners"])))
add("energiecoaches", [D, B],
    y2025=("De gemeente zet in 2025 energiecoaches in die ten minste 250 huishoudens in sociale huurwoningen bezoeken; de corporaties benaderen huurders met hoge energielasten actief.",
           F([G, C], "firm", [(250, "huishoudens", "min")], (2025, "in 2025"), True)),
    y2026=("In 2026 zet de gemeente energiecoaches in, die ten minste 250 huishoudens in sociale huurwoningen bezoeken, terwijl de corporaties huurders met hoge energielasten actief benaderen.",
           F([G, C], "firm", [(250, "huishoudens", "min")], (2026, "in 2026"), True)),
    y2027=("In 2027 zet de gemeente energiecoaches in, die ten minste 300 huishoudens in sociale huurwoningen bezoeken, terwijl de corporaties huurders met hoge energielasten actief benaderen.",
           F([G, C], "firm", [(300, "huishoudens", "min")], (2027, "in 2027"), True)))
add("klimaatadaptatie", [D],
    y2025=("Bij nieuwbouw en groot onderhoud passen de corporaties waar mogelijk maatregelen toe tegen hittestress en wateroverlast, zoals groene daken, extra groen in de buitenruimte en het afkoppelen van hemelwater.",
           F([C], "firm", [], None, False, ["waar mogelijk"])))
A["klimaatadaptatie"]["y"][2026] = A["klimaatadaptatie"]["y"][2025]
A["klimaatadaptatie"]["y"][2027] = ("Bij nieuwbouw en groot onderhoud passen de corporaties maatregelen toe tegen hittestress en wateroverlast, zoals groene daken, extra groen in de buitenruimte en het afkoppelen van hemelwater.",
                                    F([C], "firm"))
add("circulair", [D],
    y2025=("De Moerwaard en Hofland Wonen verkennen samen met de gemeente de toepassing van circulaire en biobased bouwmaterialen bij de nieuwbouw in Moerkade-Noord.",
           F([C, G], "explore")))
A["circulair"]["y"][2026] = A["circulair"]["y"][2025]
add("co2-rapportage", [D],
    y2025=("De corporaties rapporteren jaarlijks in het eerste kwartaal over de CO2-uitstoot van hun woningbezit in Aldermoer en de ontwikkeling daarvan ten opzichte van 2020.",
           F([C], "firm", [], None, True)))
add("energiefonds", [D, B],
    y2026=("De gemeente stelt voor de periode 2026–2027 € 150.000 beschikbaar voor kleine energiebesparende maatregelen in sociale huurwoningen, zoals tochtstrips en radiatorfolie, die in overleg met de corporaties worden aangebracht.",
           F([G], "firm", [(150000, "euro", "exact")], (2027, "2026–2027"))))
A["energiefonds"]["y"][2027] = A["energiefonds"]["y"][2026]
add("binnentuinen", [D, L],
    y2027=("De Moerwaard vergroent vóór eind 2027 ten minste vier binnentuinen van haar complexen in Vlietbuurt, samen met de bewonerscommissies, en vervangt daarbij ten minste 800 m² verharding door groen.",
           F([C], "firm", [(4, "binnentuinen", "min"), (800, "m²", "min")], (2027, "vóór eind 2027"))))

# ---------------- kwaliteit / wonen en zorg ----------------
add("vocht-schimmel", [K],
    y2025=("De corporaties reageren binnen vijf werkdagen op meldingen van vocht en schimmel en starten binnen zes weken met het herstel.",
           F([C], "firm", [(5, "werkdagen", "max"), (6, "weken", "max")])),
    y2026=("De corporaties reageren binnen drie werkdagen op meldingen van vocht en schimmel en starten binnen vier weken met het herstel.",
           F([C], "firm", [(3, "werkdagen", "max"), (4, "weken", "max")])),
    y2027=("Op iedere melding van vocht en schimmel reageren de corporaties binnen drie werkdagen, waarna zij uiterlijk vier weken na de melding met het herstel beginnen.",
           F([C], "firm", [(3, "werkdagen", "max"), (4, "weken", "max")])))
add("levensloop", [K],
    y2025=("Van de nieuw te bouwen sociale huurwoningen wordt ten minste 30% levensloopbestendig uitgevoerd, met een slaapkamer en badkamer op de begane grond of bereikbaar met een lift.",
           F([C], "firm", [(30, "%", "min")])))
A["levensloop"]["y"][2026] = A["levensloop"]["y"][2025]
A["levensloop"]["y"][2027] = ("Van de nieuw te bouwen sociale huurwoningen wordt ten minste 25% levensloopbestendig uitgevoerd, met een slaapkamer en badkamer op de begane grond of bereikbaar met een lift.",
                              F([C], "firm", [(25, "%", "min")]))
add("wmo-aanpassingen", [K],
    y2025=("De gemeente en de corporaties maken afspraken over de verdeling van de kosten van woningaanpassingen in het kader van de Wmo en over het hergebruik van aangepaste woningen.",
           F([G, C], "firm")),
    y2026=("De gemeente en de corporaties werken volgens de gemaakte afspraken over de verdeling van de kosten van woningaanpassingen in het kader van de Wmo en over het hergebruik van aangepaste woningen.",
           F([G, C], "firm")))
A["wmo-aanpassingen"]["y"][2027] = A["wmo-aanpassingen"]["y"][2026]
add("planmatig-onderhoud", [K],
    y2025=("De corporaties voeren het planmatig onderhoud uit volgens hun meerjarenonderhoudsbegroting en informeren het huurdersplatform jaarlijks vóór 1 oktober over de planning voor het komende jaar.",
           F([C], "firm", [], None, True)))
A["planmatig-onderhoud"]["y"][2026] = A["planmatig-onderhoud"]["y"][2025]
A["planmatig-onderhoud"]["y"][2027] = ("Het planmatig onderhoud wordt door de corporaties uitgevoerd volgens de meerjarenonderhoudsbegroting; het huurdersplatform wordt ieder jaar uiterlijk op 1 oktober geïnformeerd over de onderhoudsplanning van het jaar daarop.",
                                       F([C], "firm", [], None, True))
add("huurdersoordeel", [K],
    y2025=("De corporaties zetten zich in voor een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van ten minste een 7,5.",
           F([C], "intent", [(7.5, "rapportcijfer", "min")])),
    y2026=("De corporaties zetten zich in voor een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van ten minste een 7,0.",
           F([C], "intent", [(7.0, "rapportcijfer", "min")])))
A["huurdersoordeel"]["y"][2027] = A["huurdersoordeel"]["y"][2026]
add("brandveiligheid", [K],
    y2025=("De Moerwaard voert vóór eind 2025 in alle seniorencomplexen een brandveiligheidsscan uit en herstelt geconstateerde gebreken binnen drie maanden na de scan.",
           F([C], "firm", [(3, "maanden", "max")], (2025, "vóór eind 2025"))),
    y2026=("De Moerwaard voert vóór medio 2026 in alle seniorencomplexen een brandveiligheidsscan uit en herstelt geconstateerde gebreken binnen drie maanden na de scan.",
           F([C], "firm", [(3, "maanden", "max")], (2026, "vóór medio 2026"))))
add("seniorenlabel", [K],
    y2025=("Hofland Wonen onderzoekt in 2025 of het label ‘Seniorenwoning’ kan worden ingevoerd voor gelijkvloerse woningen op loopafstand van winkels en zorgvoorzieningen.",
           F([C], "explore", [], (2025, "in 2025"))))
add("wonen-zorg", [K, B],
    y2026=("Partijen verkennen in 2026, in overleg met de zorgaanbieders, de mogelijkheid van een geclusterde woonvorm voor ouderen met een lichte zorgvraag in Kerkakker.",
           F([P], "explore", [], (2026, "in 2026"))),
    y2027=("Hofland Wonen realiseert, in overleg met de zorgaanbieders, vóór eind 2029 in Kerkakker een geclusterde woonvorm met 24 woningen voor ouderen met een lichte zorgvraag.",
           F([C], "firm", [(24, "woningen", "exact")], (2029, "vóór eind 2029"))))

# ---------------- leefbaarheid ----------------
add("leefbaarheidsbudget", [L],
    y2025=("De corporaties besteden in 2025 gezamenlijk € 210.000 aan leefbaarheid, binnen de wettelijke grens van € 141,10 per woning (prijspeil 2025). Het huurdersplatform adviseert over de besteding.",
           F([C], "firm", [(210000, "euro", "exact"), (141.10, "euro per woning", "max")], (2025, "in 2025"), True)),
    y2026=("De corporaties besteden in 2026 gezamenlijk € 210.000 aan leefbaarheid, binnen de wettelijke grens van € 145,35 per woning (prijspeil 2026). Het huurdersplatform adviseert over de besteding.",
           F([C], "firm", [(210000, "euro", "exact"), (145.35, "euro per woning", "max")], (2026, "in 2026"), True)),
    y2027=("De corporaties besteden in 2027 gezamenlijk € 250.000 aan leefbaarheid, binnen de wettelijke grens van € 149,20 per woning (prijspeil 2027). Het huurdersplatform adviseert over de besteding.",
           F([C], "firm", [(250000, "euro", "exact"), (149.20, "euro per woning", "max")], (2027, "in 2027"), True)))
add("huismeesters", [L],
    y2025=("De corporaties zetten in alle wijken met meer dan 200 huurwoningen een huismeester in, die ten minste twee dagdelen per week in de wijk aanwezig is.",
           F([C], "firm", [(200, "woningen", "min"), (2, "dagdelen per week", "min")])),
    y2026=("De corporaties zetten in de wijken Oosterveld en Vlietbuurt een huismeester in, die ten minste twee dagdelen per week in de wijk aanwezig is.",
           F([C], "firm", [(2, "dagdelen per week", "min")])))
A["huismeesters"]["y"][2027] = A["huismeesters"]["y"][2026]
add("woonoverlast", [L],
    y2025=("Partijen bespreken ieder kwartaal, in het overleg met politie en wijkteam, de signalen van woonoverlast in de wijken.",
           F([P], "discuss", [(4, "keer per jaar", "exact")], None, True)),
    y2026=("Partijen pakken ernstige woonoverlast aan volgens het Convenant Woonoverlast Aldermoer en bespreken ieder kwartaal, in het overleg met politie en wijkteam, de signalen van woonoverlast in de wijken.",
           F([P], "firm", [(4, "keer per jaar", "exact")], None, True)))
A["woonoverlast"]["y"][2027] = A["woonoverlast"]["y"][2026]
add("zachte-landing", [L],
    y2025=("De gemeente zorgt ervoor dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen gedurende ten minste twaalf maanden begeleiding krijgen.",
           F([G], "firm", [(12, "maanden", "min")])),
    y2026=("De gemeente streeft ernaar dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen gedurende ten minste twaalf maanden begeleiding krijgen.",
           F([G], "intent", [(12, "maanden", "min")])),
    y2027=("De gemeente streeft ernaar dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen gedurende ten minste zes maanden begeleiding krijgen.",
           F([G], "intent", [(6, "maanden", "min")])))
add("bewonersinitiatieven", [L, O],
    y2025=("Het huurdersplatform stimuleert bewonersinitiatieven en brengt ten minste twee keer per jaar de wensen van bewonerscommissies in bij het overleg over leefbaarheid.",
           F([H], "firm", [(2, "keer per jaar", "min")], None, True)),
    y2026=("Het huurdersplatform stimuleert bewonersinitiatieven en brengt de wensen van de bewonerscommissies ten minste twee keer per jaar in bij het leefbaarheidsoverleg.",
           F([H], "firm", [(2, "keer per jaar", "min")], None, True)))
A["bewonersinitiatieven"]["y"][2027] = A["bewonersinitiatieven"]["y"][2026]
add("ontmoeting", [L],
    y2025=("De gemeente en de corporaties zetten zich in voor laagdrempelige ontmoetingsplekken in de wijken, bijvoorbeeld in leegstaande bedrijfsruimten in de plinten van complexen, om eenzaamheid tegen te gaan.",
           F([G, C], "intent")))
A["ontmoeting"]["y"][2026] = A["ontmoeting"]["y"][2025]
add("schouw", [L],
    y2027=("De gemeente en de corporaties voeren in 2027 in Vlietbuurt een schouw uit op schoon, heel en veilig en stellen op basis daarvan, samen met bewoners, een wijkactieplan op.",
           F([G, C], "firm", [], (2027, "in 2027"))))

# ---------------- overig ----------------
add("monitoring", [O],
    y2025=("Partijen monitoren de voortgang van deze afspraken twee keer per jaar, in het voorjaar en in het najaar, op basis van een gezamenlijke voortgangsrapportage.",
           F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
    y2026=("Partijen monitoren de voortgang van deze afspraken drie keer per jaar op basis van een gezamenlijke voortgangsrapportage.",
           F([P], "firm", [(3, "keer per jaar", "exact")], None, True)))
A["monitoring"]["y"][2027] = A["monitoring"]["y"][2026]
add("bod-cyclus", [O],
    y2025=("De corporaties brengen vóór 1 juli 2025 hun bod uit aan de gemeente, waarna partijen vóór 15 december 2025 de prestatieafspraken voor 2026 ondertekenen.",
           F([C, P], "firm", [], (2025, "vóór 15 december 2025"), True)),
    y2026=("De corporaties brengen vóór 1 juli 2026 hun bod uit aan de gemeente, waarna partijen vóór 15 december 2026 de prestatieafspraken voor 2027 ondertekenen.",
           F([C, P], "firm", [], (2026, "vóór 15 december 2026"), True)),
    y2027=("De corporaties brengen vóór 1 juli 2027 hun bod uit aan de gemeente, waarna partijen vóór 15 december 2027 de prestatieafspraken voor 2028 ondertekenen.",
           F([C, P], "firm", [], (2027, "vóór 15 december 2027"), True)))
add("ondersteuning-huurders", [O],
    y2025=("De corporaties stellen het huurdersplatform jaarlijks een budget van € 35.000 beschikbaar voor ondersteuning, scholing en onafhankelijk advies.",
           F([C], "firm", [(35000, "euro", "exact")], None, True)))
A["ondersteuning-huurders"]["y"][2026] = A["ondersteuning-huurders"]["y"][2025]
A["ondersteuning-huurders"]["y"][2027] = ("De corporaties stellen het huurdersplatform jaarlijks een budget van € 30.000 beschikbaar voor ondersteuning, scholing en onafhankelijk advies.",
                                          F([C], "firm", [(30000, "euro", "exact")], None, True))
add("geschillen", [O],
    y2025=("Bij een geschil over de uitvoering van deze afspraken gaan partijen eerst met elkaar in gesprek; komen zij er niet uit, dan leggen zij het geschil voor aan de regionale geschillencommissie prestatieafspraken.",
           F([P], "discuss")))
A["geschillen"]["y"][2026] = A["geschillen"]["y"][2025]
A["geschillen"]["y"][2027] = A["geschillen"]["y"][2025]
add("woonvisie-evaluatie", [O, B],
    y2026=("De gemeente evalueert vóór eind 2027 de Woonvisie Aldermoer 2023–2030 en betrekt de corporaties en het huurdersplatform bij de actualisatie.",
           F([G], "firm", [], (2027, "vóór eind 2027"))),
    y2027=("De gemeente evalueert vóór 1 april 2027 de Woonvisie Aldermoer 2023–2030 en betrekt de corporaties en het huurdersplatform bij de actualisatie.",
           F([G], "firm", [], (2027, "vóór 1 april 2027"))))

# ---------------- chapters and order per year ----------------
CH = {
 2025: [
  ("Betaalbaar en beschikbaar wonen", "single", ["nieuwbouw-sociaal", "plancapaciteit", "aandeel-sociaal", "flexwonen", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen", "statushouders", "uitstroom", "wachttijd", "verhuiscoach", "huurachterstand", "huisuitzettingen"]),
  ("Duurzaam en klimaatbestendig", "twocol", ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "warmtenet", "energiecoaches", "co2-rapportage", "klimaatadaptatie", "circulair"]),
  ("Goed en gezond wonen", "single", ["vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel", "brandveiligheid", "levensloop", "seniorenlabel", "wmo-aanpassingen"]),
  ("Prettig samenleven in de buurt", "twocol", ["leefbaarheidsbudget", "huismeesters", "woonoverlast", "zachte-landing", "bewonersinitiatieven", "ontmoeting"]),
  ("Samen werken, samen volgen", "single", ["monitoring", "bod-cyclus", "ondersteuning-huurders", "geschillen"]),
 ],
 2026: [
  ("Betaalbaar en beschikbaar wonen", "single", ["nieuwbouw-sociaal", "plancapaciteit", "aandeel-sociaal", "middenhuur", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen", "statushouders", "wachttijd", "huurachterstand", "huisuitzettingen"]),
  ("Wonen en zorg", "twocol", ["verhuiscoach", "uitstroom", "zachte-landing", "levensloop", "wmo-aanpassingen", "wonen-zorg"]),
  ("Energietransitie", "twocol", ["label-efg", "gemiddeld-label", "isolatie", "warmtenet", "zonnepanelen", "energiecoaches", "energiefonds", "klimaatadaptatie", "circulair"]),
  ("Goed en gezond wonen", "single", ["vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel", "brandveiligheid"]),
  ("Vitale wijken", "single", ["leefbaarheidsbudget", "huismeesters", "woonoverlast", "bewonersinitiatieven", "ontmoeting"]),
  ("Samen werken, samen volgen", "single", ["woonvisie-evaluatie", "bod-cyclus", "monitoring", "ondersteuning-huurders", "geschillen"]),
 ],
 2027: [
  ("Betaalbaar en beschikbaar wonen", "single", ["nieuwbouw-sociaal", "middenhuur", "aandeel-sociaal", "woningdelen", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen", "statushouders", "wachttijd", "huurachterstand", "huisuitzettingen"]),
  ("Wonen en zorg", "twocol", ["wonen-zorg", "verhuiscoach", "uitstroom", "zachte-landing", "levensloop", "wmo-aanpassingen"]),
  ("Energietransitie", "twocol", ["label-efg", "gemiddeld-label", "isolatie", "warmtenet", "zonnepanelen", "energiecoaches", "energiefonds", "klimaatadaptatie", "binnentuinen"]),
  ("Goed en gezond wonen", "single", ["vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel"]),
  ("Vitale wijken", "single", ["leefbaarheidsbudget", "schouw", "huismeesters", "woonoverlast", "bewonersinitiatieven"]),
  ("Samen werken, samen volgen", "single", ["woonvisie-evaluatie", "bod-cyclus", "monitoring", "ondersteuning-huurders", "geschillen"]),
 ],
}

# ---------------- links (status, kinds, hard_negative) ----------------
U = ("unchanged", [], None)
def R(hn): return ("reworded", [], hn)
def W(*k): return ("weakened", list(k), None)
def S(*k): return ("strengthened", list(k), None)
def M(*k): return ("modified", list(k), None)

LINKS = {
 (2025, 2026): {
  "nieuwbouw-sociaal": W("quantity"), "plancapaciteit": M("modality", "deadline"), "aandeel-sociaal": S("quantity"),
  "verkoop": S("quantity"), "liberalisatie": W("quantity"), "huurverhoging": S("quantity"),
  "passend-toewijzen": R("indexed_amount"), "statushouders": R("external_figure"), "uitstroom": S("quantity"),
  "wachttijd": W("deadline"), "huurachterstand": S("quantity"), "huisuitzettingen": W("quantity"),
  "verhuiscoach": S("modality"), "label-efg": R("progress"), "gemiddeld-label": W("label"), "isolatie": S("quantity"),
  "zonnepanelen": W("scope"), "warmtenet": W("deadline"), "energiecoaches": R("recurring_year"),
  "klimaatadaptatie": U, "circulair": U, "vocht-schimmel": S("quantity"), "levensloop": U,
  "wmo-aanpassingen": S("modality"), "planmatig-onderhoud": U, "huurdersoordeel": W("quantity"),
  "brandveiligheid": W("deadline"), "leefbaarheidsbudget": R("indexed_amount"), "huismeesters": W("scope"),
  "woonoverlast": S("modality"), "zachte-landing": W("modality"), "bewonersinitiatieven": R("same_figures"),
  "ontmoeting": U, "monitoring": S("quantity"), "bod-cyclus": R("recurring_year"), "ondersteuning-huurders": U,
  "geschillen": U,
 },
 (2026, 2027): {
  "nieuwbouw-sociaal": S("quantity"), "aandeel-sociaal": W("modality", "condition"), "middenhuur": S("modality"),
  "verkoop": R("recurring_year"), "liberalisatie": S("quantity"), "huurverhoging": R("recurring_year"),
  "passend-toewijzen": R("indexed_amount"), "statushouders": W("modality"), "uitstroom": U,
  "wachttijd": S("modality", "quantity"), "huurachterstand": U, "huisuitzettingen": S("quantity"),
  "verhuiscoach": W("scope"), "label-efg": W("deadline"), "gemiddeld-label": U, "isolatie": W("condition"),
  "zonnepanelen": S("scope"), "warmtenet": M("modality", "condition"), "energiecoaches": S("quantity"),
  "energiefonds": U, "klimaatadaptatie": S("condition"), "vocht-schimmel": R("same_figures"), "levensloop": W("quantity"),
  "wmo-aanpassingen": U, "planmatig-onderhoud": R("same_figures"), "huurdersoordeel": U, "wonen-zorg": S("modality"),
  "leefbaarheidsbudget": S("quantity"), "huismeesters": U, "woonoverlast": U, "zachte-landing": W("quantity"),
  "bewonersinitiatieven": U, "monitoring": U, "bod-cyclus": R("recurring_year"), "ondersteuning-huurders": W("quantity"),
  "geschillen": U, "woonvisie-evaluatie": S("deadline"),
 },
}
