# -*- coding: utf-8 -*-
"""Content source for the valkenmeer family (fictional).

Every afspraak is defined once by key, with per-year text (without the closing
punctuation: the builder adds ';' or '.' by its position in the enumeration) and
a per-year frame.  Pair annotations for non-trivial links are at the bottom.
"""

GEMEENTE = "Valkenmeer"
CORP = "Woonstichting Reigersland"
HO = "Huurdersvereniging De Meerkoet"

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, unit, comp = t[0], t[1], t[2]
        qs.append({"value": v, "unit": unit, "comparator": comp,
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> (themes, {year: (text, frame)})
A = {}


def add(key, themes, per_year):
    A[key] = (themes, per_year)


# ---------------------------------------------------------------- 3.1 nieuwbouw
add("nb-oplevering", [B], {
    2025: ("Reigersland levert in 2025 ten minste 64 sociale huurwoningen op, waarvan 48 in het project Havenkade en 16 in de Leliehof",
           F([C], "firm", [(64, "woningen", "min")], (2025, "in 2025"))),
    2026: ("Reigersland levert in 2026 ten minste 80 sociale huurwoningen op, waarvan 56 in het project Havenkade-Zuid en 24 in de Rietkraag",
           F([C], "firm", [(80, "woningen", "min")], (2026, "in 2026"))),
    2027: ("Reigersland levert in 2027 ten minste 60 sociale huurwoningen op, waarvan 36 in de Rietkraag en 24 in het Molenkwartier",
           F([C], "firm", [(60, "woningen", "min")], (2027, "in 2027"))),
})
_grond_c = "onder voorbehoud van besluitvorming door de gemeenteraad"
add("nb-grond", [B], {
    2025: ("de gemeente stelt vóór eind 2025 de bouwlocatie Schoolstraat-Noord tegen een sociale grondprijs aan Reigersland beschikbaar, " + _grond_c,
           F([G], "firm", [], (2025, "vóór eind 2025"), cond=[_grond_c])),
    2026: ("de gemeente stelt vóór eind 2026 de bouwlocatie Schoolstraat-Noord tegen een sociale grondprijs aan Reigersland beschikbaar, " + _grond_c,
           F([G], "firm", [], (2026, "vóór eind 2026"), cond=[_grond_c])),
    2027: ("de gemeente stelt uiterlijk in het eerste kwartaal van 2027 de bouwlocatie Schoolstraat-Noord tegen een sociale grondprijs aan Reigersland beschikbaar",
           F([G], "firm", [], (2027, "uiterlijk in het eerste kwartaal van 2027"))),
})
add("nb-sociaal-aandeel", [B], {
    2025: ("partijen hanteren bij alle nieuwe woningbouwplannen vanaf 20 woningen een aandeel sociale huur van ten minste 30%",
           F([P], "firm", [(20, "woningen", "min"), (30, "%", "min")])),
    2026: ("partijen hanteren bij alle nieuwe woningbouwplannen vanaf 20 woningen een aandeel sociale huur van ten minste 35%",
           F([P], "firm", [(20, "woningen", "min"), (35, "%", "min")])),
    2027: ("partijen hanteren bij alle nieuwe woningbouwplannen vanaf 20 woningen een aandeel sociale huur van ten minste 35%",
           F([P], "firm", [(20, "woningen", "min"), (35, "%", "min")])),
})
add("nb-flex", [B], {
    2025: ("Reigersland onderzoekt of op de locatie Stationsweg tijdelijk 20 flexwoningen voor spoedzoekers en jongeren kunnen worden geplaatst",
           F([C], "explore", [(20, "woningen", "exact")])),
    2026: ("Reigersland plaatst uiterlijk medio 2026 op de locatie Stationsweg 20 tijdelijke flexwoningen voor spoedzoekers en jongeren",
           F([C], "firm", [(20, "woningen", "exact")], (2026, "uiterlijk medio 2026"))),
})
add("woningdelen", [B], {
    2027: ("Reigersland start in 2027 een pilot met woningdelen voor jongeren tot 27 jaar in ten minste zes grote eengezinswoningen in de Kerkbuurt",
           F([C], "firm", [(27, "jaar", "max"), (6, "woningen", "min")], (2027, "in 2027"))),
})
add("verkoop", [B], {
    2025: ("Reigersland verkoopt in 2025 ten hoogste 10 sociale huurwoningen en liberaliseert ten hoogste 5 woningen bij mutatie",
           F([C], "firm", [(10, "woningen", "max"), (5, "woningen", "max")], (2025, "in 2025"), rec=True)),
    2026: ("Reigersland verkoopt in 2026 ten hoogste 6 sociale huurwoningen en liberaliseert geen woningen bij mutatie",
           F([C], "firm", [(6, "woningen", "max"), (0, "woningen", "exact")], (2026, "in 2026"), rec=True)),
    2027: ("Reigersland verkoopt in 2027 ten hoogste 6 sociale huurwoningen en liberaliseert geen woningen bij mutatie",
           F([C], "firm", [(6, "woningen", "max"), (0, "woningen", "exact")], (2027, "in 2027"), rec=True)),
})

# ---------------------------------------------------------------- 3.2 toewijzing
def _sh(y, n):
    return ("Reigersland draagt naar rato van haar aandeel in de sociale voorraad bij aan de huisvesting van vergunninghouders, "
            "voor wie het Rijk de taakstelling van Valkenmeer voor %d op %d personen heeft gesteld" % (y, n),
            F([C], "firm", [(n, "personen", "exact")], (y, "voor %d" % y), rec=True))


add("statushouders", [B], {2025: _sh(2025, 38), 2026: _sh(2026, 46), 2027: _sh(2027, 41)})
add("urgentie-herzien", [B], {
    2025: ("de gemeente herziet vóór 1 oktober 2025 de urgentieregeling in de huisvestingsverordening en doet dit in overleg met Reigersland en De Meerkoet",
           F([G], "firm", [], (2025, "vóór 1 oktober 2025"))),
})
add("urgentie-evaluatie", [B, O], {
    2026: ("de gemeente zal in het najaar van 2026 de werking van de herziene urgentieregeling evalueren en de uitkomsten in het tripartiete overleg bespreken",
           F([G], "firm", [], (2026, "in het najaar van 2026"))),
    2027: ("de gemeente streeft ernaar in 2027 de werking van de herziene urgentieregeling te evalueren en de uitkomsten in het tripartiete overleg te bespreken",
           F([G], "intent", [], (2027, "in 2027"))),
})
_st = ("Reigersland wijst ten minste %d%% van de vrijkomende sociale huurwoningen met voorrang toe aan starters met een lokale binding, "
       "binnen de ruimte die de huisvestingsverordening daarvoor biedt")
add("starters", [B], {
    2025: (_st % 25, F([C], "firm", [(25, "%", "min")])),
    2026: (_st % 20, F([C], "firm", [(20, "%", "min")])),
    2027: (_st % 20, F([C], "firm", [(20, "%", "min")])),
})
add("doorstroming", [B], {
    2025: ("partijen maken in 2025 afspraken over een doorstroomregeling voor senioren die een eengezinswoning van Reigersland achterlaten voor een passende woning",
           F([P], "discuss", [], (2025, "in 2025"))),
    2026: ("partijen werken volgens de gemaakte afspraken over de doorstroomregeling voor senioren die een eengezinswoning van Reigersland achterlaten voor een passende woning",
           F([P], "firm")),
    2027: ("partijen werken volgens de gemaakte afspraken over de doorstroomregeling voor senioren die een eengezinswoning van Reigersland achterlaten voor een passende woning",
           F([P], "firm")),
})
_wt = "partijen streven ernaar dat de gemiddelde inschrijfduur van woningzoekenden bij toewijzing in %d niet verder oploopt dan %s jaar"
add("wachttijd", [B], {
    2025: (_wt % (2025, "6"), F([P], "intent", [(6, "jaar", "max")], (2025, "in 2025"), rec=True)),
    2026: (_wt % (2026, "5,5"), F([P], "intent", [(5.5, "jaar", "max")], (2026, "in 2026"), rec=True)),
    2027: (_wt % (2027, "5,5"), F([P], "intent", [(5.5, "jaar", "max")], (2027, "in 2027"), rec=True)),
})
_bw1 = ("de gemeente en Reigersland zetten zich in om jaarlijks 12 woningen beschikbaar te stellen voor de uitstroom van cliënten uit "
        "beschermd wonen en maatschappelijke opvang, waarbij de zorgaanbieder de begeleiding verzorgt")
add("beschermd-wonen", [B, L], {
    2025: (_bw1, F([G, C], "intent", [(12, "woningen", "exact")], rec=True)),
    2026: (_bw1, F([G, C], "intent", [(12, "woningen", "exact")], rec=True)),
    2027: ("de gemeente en Reigersland zeggen toe dat jaarlijks 12 woningen beschikbaar komen voor de uitstroom van cliënten uit "
           "beschermd wonen en maatschappelijke opvang, waarbij de zorgaanbieder de begeleiding verzorgt",
           F([G, C], "firm", [(12, "woningen", "exact")], rec=True)),
})

# ---------------------------------------------------------------- 3.3 huurbeleid
add("huurverhoging", [B], {
    2025: ("Reigersland beperkt de jaarlijkse huuraanpassing per 1 juli 2025 voor zittende huurders tot ten hoogste de inflatie, "
           "met uitzondering van huurverhogingen na woningverbetering",
           F([C], "firm", [], (2025, "per 1 juli 2025"), rec=True)),
    2026: ("Reigersland beperkt de jaarlijkse huuraanpassing per 1 juli 2026 voor zittende huurders tot ten minste 0,5% onder de inflatie, "
           "met uitzondering van huurverhogingen na woningverbetering",
           F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True)),
    2027: ("Reigersland beperkt de jaarlijkse huuraanpassing per 1 juli 2027 voor zittende huurders tot ten minste 0,5% onder de inflatie, "
           "met uitzondering van huurverhogingen na woningverbetering",
           F([C], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), rec=True)),
})
_iah_c = "tenzij het Rijk de regels voor de huursom zodanig wijzigt dat dit noodzakelijk is voor de financiële continuïteit"
add("iah", [B], {
    2025: ("Reigersland past geen inkomensafhankelijke huurverhoging toe", F([C], "firm")),
    2026: ("Reigersland past geen inkomensafhankelijke huurverhoging toe", F([C], "firm")),
    2027: ("Reigersland past geen inkomensafhankelijke huurverhoging toe, " + _iah_c, F([C], "firm", cond=[_iah_c])),
})
_af = ("Reigersland wijst ten minste %d%% van de vrijkomende sociale huurwoningen toe met een huurprijs tot en met de tweede "
       "aftoppingsgrens, die per 1 januari %d € %s bedraagt (prijspeil %d)")
add("aftopping", [B], {
    2025: (_af % (80, 2025, "932,93", 2025), F([C], "firm", [(80, "%", "min"), (932.93, "euro", "max")], rec=True)),
    2026: (_af % (80, 2026, "954,40", 2026), F([C], "firm", [(80, "%", "min"), (954.40, "euro", "max")], rec=True)),
    2027: (_af % (85, 2027, "978,15", 2027), F([C], "firm", [(85, "%", "min"), (978.15, "euro", "max")], rec=True)),
})
_ach = ("Reigersland neemt uiterlijk bij een huurachterstand van %s persoonlijk contact op met de huurder en meldt de achterstand, "
        "met toestemming van de huurder, bij het team Vroegsignalering van de gemeente")
add("achterstand", [B, L], {
    2025: (_ach % "twee maanden", F([C], "firm", [(2, "maanden", "max")])),
    2026: (_ach % "één maand", F([C], "firm", [(1, "maanden", "max")])),
    2027: (_ach % "één maand", F([C], "firm", [(1, "maanden", "max")])),
})
add("huisuitzetting", [B, L], {
    2025: ("partijen streven ernaar het aantal huisuitzettingen wegens uitsluitend huurachterstand in 2025 te beperken tot ten hoogste 3",
           F([P], "intent", [(3, "huisuitzettingen", "max")], (2025, "in 2025"), rec=True)),
    2026: ("partijen streven ernaar dat in 2026 geen huisuitzettingen wegens uitsluitend huurachterstand plaatsvinden",
           F([P], "intent", [(0, "huisuitzettingen", "exact")], (2026, "in 2026"), rec=True)),
    2027: ("partijen spreken af dat in 2027 geen huisuitzettingen wegens uitsluitend huurachterstand plaatsvinden",
           F([P], "firm", [(0, "huisuitzettingen", "exact")], (2027, "in 2027"), rec=True)),
})

# ---------------------------------------------------------------- 4 duurzaamheid
add("efg", [D], {
    2025: ("Reigersland zorgt ervoor dat eind 2026 geen van haar woningen in Valkenmeer nog een energielabel E, F of G heeft",
           F([C], "firm", [(0, "woningen", "exact")], (2026, "eind 2026"))),
    2026: ("Reigersland zorgt ervoor dat eind 2027 geen van haar woningen in Valkenmeer nog een energielabel E, F of G heeft",
           F([C], "firm", [(0, "woningen", "exact")], (2027, "eind 2027"))),
    2027: ("Reigersland verduurzaamt in 2027 de resterende 35 woningen met een energielabel E, F of G, zodat eind 2027 geen van haar "
           "woningen in Valkenmeer nog een dergelijk label heeft",
           F([C], "firm", [(35, "woningen", "exact")], (2027, "eind 2027"))),
})
add("gemiddeld-label", [D], {
    2025: ("Reigersland streeft naar een gemiddeld energielabel B voor haar bezit in Valkenmeer in 2028",
           F([C], "intent", [("B", "label", "exact")], (2028, "in 2028"))),
    2026: ("Reigersland streeft naar een gemiddeld energielabel A voor haar bezit in Valkenmeer in 2028",
           F([C], "intent", [("A", "label", "exact")], (2028, "in 2028"))),
    2027: ("Reigersland streeft naar een gemiddeld energielabel B voor haar bezit in Valkenmeer in 2030",
           F([C], "intent", [("B", "label", "exact")], (2030, "in 2030"))),
})
add("isolatie", [D], {
    2025: ("Reigersland isoleert in 2025 ten minste 120 woningen in de Rietlanden, waarbij dak, gevel en vloer in één keer worden aangepakt",
           F([C], "firm", [(120, "woningen", "min")], (2025, "in 2025"))),
    2026: ("Reigersland isoleert in 2026 ten minste 90 woningen in de Rietlanden, waarbij dak, gevel en vloer in één keer worden aangepakt",
           F([C], "firm", [(90, "woningen", "min")], (2026, "in 2026"))),
    2027: ("Reigersland isoleert in 2027 ten minste 90 woningen in de Rietlanden en het Molenkwartier, waarbij dak, gevel en vloer in één keer worden aangepakt",
           F([C], "firm", [(90, "woningen", "min")], (2027, "in 2027"))),
})
_wp_c = "indien ten minste 70% van de huurders per complex daarmee instemt"
add("warmtepomp", [D], {
    2025: ("Reigersland plaatst vóór eind 2026 in alle eengezinswoningen in Het Ven een hybride warmtepomp, " + _wp_c,
           F([C], "firm", [(70, "%", "min")], (2026, "vóór eind 2026"), cond=[_wp_c])),
    2026: ("Reigersland plaatst vóór eind 2027 bij wijze van pilot in twee complexen in Het Ven een hybride warmtepomp, " + _wp_c,
           F([C], "firm", [(2, "complexen", "exact"), (70, "%", "min")], (2027, "vóór eind 2027"), cond=[_wp_c])),
    2027: ("Reigersland plaatst vóór eind 2027 bij wijze van pilot in twee complexen in Het Ven een hybride warmtepomp, " + _wp_c,
           F([C], "firm", [(2, "complexen", "exact"), (70, "%", "min")], (2027, "vóór eind 2027"), cond=[_wp_c])),
})
_zp_c = "onder voorbehoud van voldoende netcapaciteit"
add("zonnepanelen", [D, B], {
    2025: ("Reigersland onderzoekt in 2025 of de daken van de portiekflats aan de Kade geschikt zijn voor zonnepanelen en wat dit "
           "betekent voor de servicekosten van de huurders",
           F([C], "explore", [], (2025, "in 2025"))),
    2026: ("Reigersland voorziet in 2026 ten minste 150 woningen aan de Kade van zonnepanelen, waarbij de maandelijkse vergoeding "
           "voor de huurder lager blijft dan de verwachte besparing op de energierekening",
           F([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"))),
    2027: ("Reigersland voorziet in 2027 ten minste 150 woningen aan de Kade van zonnepanelen, " + _zp_c + ", waarbij de maandelijkse "
           "vergoeding voor de huurder lager blijft dan de verwachte besparing op de energierekening",
           F([C], "firm", [(150, "woningen", "min")], (2027, "in 2027"), cond=[_zp_c])),
})
add("wijkuitvoeringsplan", [D], {
    2025: ("de gemeente stelt in 2025 samen met Reigersland en De Meerkoet een wijkuitvoeringsplan op voor het aardgasvrij maken van Oeverwijk",
           F([G], "firm", [], (2025, "in 2025"))),
    2026: ("de gemeente verkent samen met Reigersland en De Meerkoet of een wijkuitvoeringsplan voor het aardgasvrij maken van Oeverwijk haalbaar is",
           F([G], "explore")),
})
add("warmtenet", [D], {
    2027: ("de gemeente en Reigersland onderzoeken in 2027 of de woningen in Oeverwijk kunnen worden aangesloten op het collectieve "
           "warmtenet dat vanuit het bedrijventerrein De Meerhaven wordt ontwikkeld",
           F([G, C], "explore", [], (2027, "in 2027"))),
})
_ec = ("de gemeente zet in %d energiecoaches in die huurders van Reigersland op verzoek thuis adviseren over energiebesparing, "
       "en Reigersland wijst huurders met een hoog energieverbruik actief op dit aanbod")
add("energiecoaches", [D, B], {
    2025: (_ec % 2025, F([G, C], "firm", [], (2025, "in 2025"), rec=True)),
    2026: (_ec % 2026, F([G, C], "firm", [], (2026, "in 2026"), rec=True)),
    2027: ("huurders van Reigersland met een hoog energieverbruik of betalingsproblemen worden in 2027 door de corporatie actief benaderd "
           "en kunnen kosteloos een huisbezoek krijgen van een energiecoach, die door de gemeente wordt ingezet en gefinancierd",
           F([C, G], "firm", [], (2027, "in 2027"), rec=True)),
})
_gr = ("Reigersland vergroent bij planmatig onderhoud %sde buitenruimte van haar complexen en vervangt daarbij verharding door "
       "beplanting, in afstemming met de gemeente")
add("groen", [D, L], {
    2025: (_gr % "waar mogelijk ", F([C], "firm", cond=["waar mogelijk"])),
    2026: (_gr % "waar mogelijk ", F([C], "firm", cond=["waar mogelijk"])),
    2027: (_gr % "", F([C], "firm")),
})
_hs = "partijen brengen %s in kaart welke complexen van Reigersland een verhoogd risico op hittestress en wateroverlast hebben"
add("hittestress", [D], {
    2025: (_hs % "vóór medio 2026", F([P], "firm", [], (2026, "vóór medio 2026"))),
    2026: (_hs % "vóór 1 april 2026", F([P], "firm", [], (2026, "vóór 1 april 2026"))),
})

# ---------------------------------------------------------------- 5 kwaliteit
_rp = "Reigersland verhelpt spoedreparaties binnen 24 uur en handelt overige reparatieverzoeken binnen gemiddeld %d werkdagen af"
add("reparatie", [K], {
    2025: (_rp % 10, F([C], "firm", [(24, "uur", "max"), (10, "werkdagen", "max")])),
    2026: (_rp % 8, F([C], "firm", [(24, "uur", "max"), (8, "werkdagen", "max")])),
    2027: (_rp % 8, F([C], "firm", [(24, "uur", "max"), (8, "werkdagen", "max")])),
})
_vq = [(5, "werkdagen", "max"), (6, "weken", "max")]
_v2 = ("na elke melding van vocht of schimmel wordt binnen vijf werkdagen door Reigersland contact opgenomen met de huurder, "
       "waarna de corporatie binnen zes weken een plan van aanpak opstelt")
add("vocht", [K], {
    2025: ("Reigersland neemt bij elke melding van vocht of schimmel binnen vijf werkdagen contact op met de huurder en stelt "
           "binnen zes weken een plan van aanpak op", F([C], "firm", _vq)),
    2026: (_v2, F([C], "firm", _vq)),
    2027: (_v2, F([C], "firm", _vq)),
})
add("rookmelders", [K], {
    2025: ("Reigersland voorziet vóór eind 2025 al haar woningen van ten minste één werkende rookmelder per verdieping",
           F([C], "firm", [(1, "rookmelders", "min")], (2025, "vóór eind 2025"))),
})
add("brandschouw", [K], {
    2026: ("Reigersland voert in 2026 in al haar hoogbouwcomplexen samen met de veiligheidsregio een brandveiligheidsschouw uit "
           "en informeert de bewoners over de uitkomsten", F([C], "firm", [], (2026, "in 2026"), rec=True)),
    2027: ("Reigersland voert in 2027 in drie hoogbouwcomplexen in Oeverwijk samen met de veiligheidsregio een brandveiligheidsschouw uit "
           "en informeert de bewoners over de uitkomsten", F([C], "firm", [(3, "complexen", "exact")], (2027, "in 2027"), rec=True)),
})
_ll1 = ("Reigersland zegt toe vóór eind 2026 ten minste 40 benedenwoningen in de Kerkbuurt levensloopgeschikt te maken met "
        "drempelloze toegangen en een aangepaste badkamer")
add("levensloop", [K], {
    2025: (_ll1, F([C], "firm", [(40, "woningen", "min")], (2026, "vóór eind 2026"))),
    2026: (_ll1, F([C], "firm", [(40, "woningen", "min")], (2026, "vóór eind 2026"))),
    2027: ("Reigersland zet zich in om vóór medio 2027 de resterende 18 benedenwoningen in de Kerkbuurt levensloopgeschikt te maken "
           "met drempelloze toegangen en een aangepaste badkamer",
           F([C], "intent", [(18, "woningen", "exact")], (2027, "vóór medio 2027"))),
})
_wmo1 = ("de gemeente en Reigersland stemmen woningaanpassingen op grond van de Wmo vooraf met elkaar af, waarbij een aanpassing van "
         "meer dan € 8.000 alleen wordt uitgevoerd als verhuizing naar een geschikte woning geen redelijk alternatief is")
add("wmo", [K], {
    2025: (_wmo1, F([G, C], "firm", [(8000, "euro", "min")])),
    2026: (_wmo1, F([G, C], "firm", [(8000, "euro", "min")])),
    2027: ("woningaanpassingen op grond van de Wmo worden door de gemeente en Reigersland vooraf afgestemd, en bij een aanpassing van "
           "meer dan € 8.000 wordt alleen tot uitvoering overgegaan als verhuizing naar een geschikte woning geen redelijk alternatief is",
           F([G, C], "firm", [(8000, "euro", "min")])),
})
add("zorg-woonvorm", [K, B], {
    2025: ("Reigersland zet zich in om vóór eind 2027 in het Molenkwartier een geclusterde woonvorm voor ouderen met een zorgvraag te "
           "realiseren, in samenwerking met Zorggroep Meerstad", F([C], "intent", [], (2027, "vóór eind 2027"))),
    2026: ("Reigersland onderzoekt samen met Zorggroep Meerstad of in het Molenkwartier een geclusterde woonvorm voor ouderen met een "
           "zorgvraag kan worden gerealiseerd", F([C], "explore")),
    2027: ("Reigersland realiseert vóór eind 2028 in het Molenkwartier een geclusterde woonvorm met 24 woningen voor ouderen met een "
           "zorgvraag, in samenwerking met Zorggroep Meerstad",
           F([C], "firm", [(24, "woningen", "exact")], (2028, "vóór eind 2028"))),
})

# ---------------------------------------------------------------- 6 leefbaarheid
_wb = "Reigersland zet in Oeverwijk en de Rietlanden elk een wijkbeheerder in voor ten minste %d uur per week"
add("wijkbeheer", [L], {
    2025: (_wb % 24, F([C], "firm", [(24, "uur per week", "min")])),
    2026: (_wb % 24, F([C], "firm", [(24, "uur per week", "min")])),
    2027: (_wb % 32, F([C], "firm", [(32, "uur per week", "min")])),
})
_lb = ("Reigersland stelt in %d voor leefbaarheid een budget van € %s beschikbaar, wat binnen het wettelijke maximum van € %s "
       "per DAEB-woning blijft")
add("leefbaarheidsbudget", [L], {
    2025: (_lb % (2025, "95.000", "145,36"), F([C], "firm", [(95000, "euro", "exact")], (2025, "in 2025"), rec=True)),
    2026: (_lb % (2026, "95.000", "148,26"), F([C], "firm", [(95000, "euro", "exact")], (2026, "in 2026"), rec=True)),
    2027: (_lb % (2027, "110.000", "151,40"), F([C], "firm", [(110000, "euro", "exact")], (2027, "in 2027"), rec=True)),
})
_bi2 = ("Reigersland en De Meerkoet moedigen bewonersinitiatieven in alle wijken aan en vereenvoudigen de procedure waarmee "
        "bewoners een bijdrage uit het leefbaarheidsbudget kunnen aanvragen")
add("bewonersinitiatieven", [L], {
    2025: ("De Meerkoet en Reigersland stimuleren bewonersinitiatieven in alle wijken en maken de aanvraagprocedure voor een bijdrage "
           "uit het leefbaarheidsbudget eenvoudiger", F([H, C], "firm")),
    2026: (_bi2, F([C, H], "firm")),
    2027: (_bi2, F([C, H], "firm")),
})
_zl2 = ("elke kwetsbare nieuwe huurder van Reigersland krijgt gedurende het eerste jaar van de huurovereenkomst een vaste "
        "contactpersoon vanuit het wijkteam, waarvoor de gemeente de inzet van het wijkteam en Reigersland de signalering bij de "
        "woningtoewijzing verzorgt")
add("zachte-landing", [L], {
    2025: ("Reigersland en de gemeente verkennen in 2025 hoe kwetsbare nieuwe huurders bij de start van hun huurovereenkomst "
           "begeleiding kunnen krijgen", F([C, G], "explore", [], (2025, "in 2025"))),
    2026: (_zl2, F([G, C], "firm")),
    2027: (_zl2, F([G, C], "firm")),
})
add("ontmoeting", [L], {
    2025: ("de gemeente onderzoekt of de ontmoetingsruimte in de Leliehof vanaf 2026 door een welzijnsorganisatie kan worden beheerd",
           F([G], "explore", [], (2026, "vanaf 2026"))),
})
_bk = ("de gemeente verleent in %d een subsidie van € 30.000 voor het beheer van de buurtkamer in de Rietlanden, waarvoor "
       "Reigersland de ruimte om niet ter beschikking stelt")
add("buurtkamer", [L], {
    2026: (_bk % 2026, F([G, C], "firm", [(30000, "euro", "exact")], (2026, "in 2026"), rec=True)),
    2027: (_bk % 2027, F([G, C], "firm", [(30000, "euro", "exact")], (2027, "in 2027"), rec=True)),
})

# ---------------------------------------------------------------- 7 proces
_mo = ("partijen bespreken de voortgang van deze afspraken ten minste %s keer per jaar in het tripartiete overleg, op basis van "
       "een monitor die Reigersland aanlevert")
add("monitoring", [O], {
    2025: (_mo % "twee", F([P], "discuss", [(2, "keer per jaar", "min")], rec=True)),
    2026: (_mo % "twee", F([P], "discuss", [(2, "keer per jaar", "min")], rec=True)),
    2027: (_mo % "drie", F([P], "discuss", [(3, "keer per jaar", "min")], rec=True)),
})
_bod = "Reigersland brengt vóór 1 juli %d een bod uit op de woonvisie, dat als basis dient voor de prestatieafspraken %d"
add("bod", [O], {
    2025: (_bod % (2025, 2026), F([C], "firm", [], (2025, "vóór 1 juli 2025"), rec=True)),
    2026: (_bod % (2026, 2027), F([C], "firm", [], (2026, "vóór 1 juli 2026"), rec=True)),
    2027: (_bod % (2027, 2028), F([C], "firm", [], (2027, "vóór 1 juli 2027"), rec=True)),
})
_oh = ("Reigersland stelt De Meerkoet per 1 januari %d een jaarlijkse bijdrage van € %s ter beschikking voor scholing, advies en "
       "ondersteuning van het bestuur")
add("ondersteuning-ho", [O], {
    2025: (_oh % (2025, "22.500"), F([C], "firm", [(22500, "euro", "exact")], (2025, "per 1 januari 2025"), rec=True)),
    2026: (_oh % (2026, "22.500"), F([C], "firm", [(22500, "euro", "exact")], (2026, "per 1 januari 2026"), rec=True)),
    2027: (_oh % (2027, "25.000"), F([C], "firm", [(25000, "euro", "exact")], (2027, "per 1 januari 2027"), rec=True)),
})
_wv = ("de gemeente betrekt De Meerkoet en Reigersland vanaf de start bij de actualisatie van de woonvisie, die %s door de "
       "gemeenteraad wordt vastgesteld")
add("woonvisie", [O], {
    2025: (_wv % "vóór medio 2026", F([G], "firm", [], (2026, "vóór medio 2026"))),
    2026: (_wv % "vóór eind 2026", F([G], "firm", [], (2026, "vóór eind 2026"))),
})
add("kaderafspraken", [O], {
    2027: ("partijen stellen in 2027 op basis van de vastgestelde woonvisie meerjarige kaderafspraken op voor de periode 2028-2031",
           F([P], "firm", [], (2027, "in 2027"))),
})

# ---------------------------------------------------------------- pair annotations
# key -> (status, kinds, hard_negative); keys absent on one side are new/dropped automatically,
# identical texts are 'unchanged' automatically.
PAIRS = {
    (2025, 2026): {
        "nb-oplevering": ("strengthened", ["quantity"], None),
        "nb-grond": ("weakened", ["deadline"], None),
        "nb-sociaal-aandeel": ("strengthened", ["quantity"], None),
        "nb-flex": ("strengthened", ["modality", "deadline"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "starters": ("weakened", ["quantity"], None),
        "doorstroming": ("strengthened", ["modality"], None),
        "wachttijd": ("strengthened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "aftopping": ("reworded", [], "indexed_amount"),
        "achterstand": ("strengthened", ["quantity"], None),
        "huisuitzetting": ("strengthened", ["quantity"], None),
        "efg": ("weakened", ["deadline"], None),
        "gemiddeld-label": ("strengthened", ["label"], None),
        "isolatie": ("weakened", ["quantity"], None),
        "warmtepomp": ("weakened", ["scope", "deadline"], None),
        "zonnepanelen": ("strengthened", ["modality"], None),
        "wijkuitvoeringsplan": ("weakened", ["modality"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "hittestress": ("strengthened", ["deadline"], None),
        "reparatie": ("strengthened", ["quantity"], None),
        "vocht": ("reworded", [], "same_figures"),
        "zorg-woonvorm": ("weakened", ["modality"], None),
        "leefbaarheidsbudget": ("reworded", [], "external_figure"),
        "zachte-landing": ("strengthened", ["modality"], None),
        "bewonersinitiatieven": ("reworded", [], None),
        "bod": ("reworded", [], "recurring_year"),
        "ondersteuning-ho": ("reworded", [], "recurring_year"),
        "woonvisie": ("weakened", ["deadline"], None),
    },
    (2026, 2027): {
        "nb-oplevering": ("weakened", ["quantity"], None),
        "nb-grond": ("modified", ["deadline", "condition"], None),
        "verkoop": ("reworded", [], "recurring_year"),
        "statushouders": ("reworded", [], "external_figure"),
        "urgentie-evaluatie": ("weakened", ["modality", "deadline"], None),
        "wachttijd": ("reworded", [], "recurring_year"),
        "beschermd-wonen": ("strengthened", ["modality"], None),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "iah": ("weakened", ["condition"], None),
        "aftopping": ("strengthened", ["quantity"], None),
        "huisuitzetting": ("strengthened", ["modality"], None),
        "efg": ("reworded", [], "progress"),
        "gemiddeld-label": ("weakened", ["label", "deadline"], None),
        "isolatie": ("strengthened", ["scope"], None),
        "zonnepanelen": ("weakened", ["condition", "deadline"], None),
        "energiecoaches": ("reworded", [], None),
        "groen": ("strengthened", ["condition"], None),
        "levensloop": ("weakened", ["modality", "deadline"], None),
        "wmo": ("reworded", [], "same_figures"),
        "zorg-woonvorm": ("strengthened", ["modality"], None),
        "brandschouw": ("weakened", ["scope"], None),
        "wijkbeheer": ("strengthened", ["quantity"], None),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "buurtkamer": ("reworded", [], "recurring_year"),
        "monitoring": ("strengthened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
        "ondersteuning-ho": ("strengthened", ["quantity"], None),
    },
}
