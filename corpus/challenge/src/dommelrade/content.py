# -*- coding: utf-8 -*-
"""Content of the dommelrade family (fictional): gemeente Dommelrade, corporatie Dommelwonen,
huurdersorganisatie Huurdersvereniging De Dommelkring.

Every afspraak has a stable key. For each document: (bold commitment text, normal-weight explanation, frame).
For the bod: (woonvisie ask, bid text, toelichting, frame)."""

GEMEENTE = "Dommelrade"
CORP = "Dommelwonen"
HUURDERS = "Huurdersvereniging De Dommelkring"

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")


def q(value, unit, comp="exact", vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def fr(actors, modality, qs=(), dl=None, rec=False, cond=()):
    if isinstance(actors, str):
        actors = [actors]
    return {"actors": list(actors), "modality": modality, "quantities": list(qs),
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> {"themes": [...], "2025": (text, expl, frame), "2026": (...), "bod": (left, text, right, frame)}
A = {}


def add(key, themes, y25=None, y26=None, bod=None):
    A[key] = {"themes": themes, "2025": y25, "2026": y26, "bod": bod}


# ---------------------------------------------------------------- beschikbaarheid / betaalbaarheid
add("nieuwbouw-sociaal", [B],
    ("Dommelwonen realiseert in 2025 ten minste 64 sociale huurwoningen, verdeeld over de projecten Lindehof en Molenakker fase 1.",
     "Dit sluit aan bij de opgave uit de woonvisie om tot 2030 jaarlijks gemiddeld 60 sociale huurwoningen toe te voegen. De gemeente begeleidt beide projecten met een vaste projectleider.",
     fr(C, "firm", [q(64, "woningen", "min")], (2025, "in 2025"), True)),
    ("Dommelwonen realiseert in 2026 ten minste 48 sociale huurwoningen in het project Molenakker fase 2.",
     "In 2025 bleek dat de start van Lindehof fase 2 door bezwaarprocedures niet eerder dan in 2027 mogelijk is. Partijen houden vast aan het gemiddelde uit de woonvisie over de gehele planperiode.",
     fr(C, "firm", [q(48, "woningen", "min")], (2026, "in 2026"), True)),
    ("De woonvisie vraagt tot 2030 jaarlijks gemiddeld 60 extra sociale huurwoningen.",
     "Wij leveren in 2026 ten minste 48 sociale huurwoningen op in het project Molenakker fase 2.",
     "Lindehof fase 2 schuift door bezwaarprocedures door naar 2027.",
     fr(C, "firm", [q(48, "woningen", "min")], (2026, "in 2026"), True)))

add("flexwoningen-locatie", [B],
    ("De gemeente stelt vóór 1 oktober 2025 aan de Beekweg een locatie beschikbaar voor ten minste 30 flexwoningen.",
     "Met de flexwoningen wordt een tijdelijke oplossing geboden voor spoedzoekers, jongeren en statushouders. Dommelwonen verzorgt de exploitatie.",
     fr(G, "firm", [q(30, "woningen", "min")], (2025, "vóór 1 oktober 2025"))),
    ("De gemeente onderzoekt vóór 1 juli 2026 of aan de Beekweg een locatie voor ten minste 30 flexwoningen beschikbaar kan worden gesteld.",
     "In 2025 bleek dat de bodemgesteldheid aan de Beekweg nader onderzoek vraagt. Andere locaties worden in dit onderzoek meegenomen.",
     fr(G, "explore", [q(30, "woningen", "min")], (2026, "vóór 1 juli 2026"))),
    None)

add("verkoop", [B],
    ("Dommelwonen verkoopt in 2025 maximaal 12 huurwoningen, uitsluitend in complexen met gemengd eigendom.",
     "Verkoop draagt bij aan het beheer van gespikkelde complexen; de opbrengst wordt ingezet voor nieuwbouw.",
     fr(C, "firm", [q(12, "woningen", "max")], (2025, "in 2025"), True)),
    ("Dommelwonen verkoopt in 2026 maximaal 6 huurwoningen, uitsluitend in complexen met gemengd eigendom.",
     "Gezien de krapte op de woningmarkt hebben partijen het aantal te verkopen woningen verder beperkt.",
     fr(C, "firm", [q(6, "woningen", "max")], (2026, "in 2026"), True)),
    ("De gemeente wil de omvang van de sociale voorraad ten minste gelijk houden.",
     "Wij verkopen in 2026 maximaal 10 huurwoningen, uitsluitend in complexen met gemengd eigendom.",
     "Verkoop vindt alleen plaats om beheer in gemengde complexen te vereenvoudigen.",
     fr(C, "firm", [q(10, "woningen", "max")], (2026, "in 2026"), True)))

add("liberalisatie", [B],
    ("Dommelwonen hanteert per 1 januari 2025 voor de duur van een jaar een liberalisatiestop, waardoor geen sociale huurwoningen naar de vrije sector worden overgeheveld.",
     "Daarmee blijft de sociale voorraad beschikbaar voor de primaire doelgroep.",
     fr(C, "firm", [q(0, "woningen", "exact")], (2025, "per 1 januari 2025"), True)),
    ("Dommelwonen hanteert per 1 januari 2026 voor de duur van een jaar een liberalisatiestop, waardoor geen sociale huurwoningen naar de vrije sector worden overgeheveld.",
     "Daarmee blijft de sociale voorraad beschikbaar voor de primaire doelgroep.",
     fr(C, "firm", [q(0, "woningen", "exact")], (2026, "per 1 januari 2026"), True)),
    ("De gemeente vraagt geen sociale huurwoningen te liberaliseren.",
     "Dommelwonen hanteert per 1 januari 2026 voor de duur van een jaar een liberalisatiestop, waardoor geen sociale huurwoningen naar de vrije sector worden overgeheveld.",
     "Wij zetten de bestaande lijn voort.",
     fr(C, "firm", [q(0, "woningen", "exact")], (2026, "per 1 januari 2026"), True)))

add("huurverhoging", [B],
    ("Dommelwonen past per 1 juli 2025 een gemiddelde huurverhoging toe die maximaal gelijk is aan de inflatie.",
     "De huurverhoging blijft daarmee binnen de kaders van de Nationale Prestatieafspraken.",
     fr(C, "firm", [q(0, "% boven inflatie", "max")], (2025, "per 1 juli 2025"), True)),
    ("Dommelwonen past per 1 juli 2026 een gemiddelde huurverhoging toe die ten minste 0,5% onder de inflatie ligt.",
     "De huurdersorganisatie heeft bij het advies over het huurbeleid gewezen op de stijgende woonlasten van huishoudens met een laag inkomen.",
     fr(C, "firm", [q(0.5, "% onder inflatie", "min")], (2026, "per 1 juli 2026"), True)),
    ("De woonvisie vraagt een gematigd huurbeleid.",
     "Wij houden de gemiddelde huurverhoging per 1 juli 2026 maximaal gelijk aan de inflatie.",
     "Dit past binnen onze meerjarenbegroting.",
     fr(C, "firm", [q(0, "% boven inflatie", "max")], (2026, "per 1 juli 2026"), True)))

add("toewijzing-starters", [B],
    ("Partijen spreken af dat jaarlijks ten hoogste 10% van de vrijkomende sociale huurwoningen met voorrang wordt toegewezen aan starters met een lokale binding.",
     "De huisvestingsverordening biedt hiervoor ruimte. Het effect wordt jaarlijks gemonitord.",
     fr(P, "firm", [q(10, "%", "max")], None, True)),
    ("Partijen spreken af dat jaarlijks ten hoogste 10% van de vrijkomende sociale huurwoningen met voorrang wordt toegewezen aan starters met een lokale binding.",
     "In 2025 ging het om 31 toewijzingen.",
     fr(P, "firm", [q(10, "%", "max")], None, True)),
    None)

add("statushouders", [B],
    ("Dommelwonen stelt in 2025 voldoende woningen beschikbaar om de taakstelling van 41 vergunninghouders te realiseren.",
     "De taakstelling wordt halfjaarlijks door het Rijk vastgesteld. De gemeente verzorgt de maatschappelijke begeleiding.",
     fr(C, "firm", [q(41, "vergunninghouders", "exact")], (2025, "in 2025"), True)),
    ("Dommelwonen stelt in 2026 voldoende woningen beschikbaar om de taakstelling van 36 vergunninghouders te realiseren.",
     "De taakstelling wordt halfjaarlijks door het Rijk vastgesteld. De gemeente verzorgt de maatschappelijke begeleiding.",
     fr(C, "firm", [q(36, "vergunninghouders", "exact")], (2026, "in 2026"), True)),
    ("De gemeente moet de wettelijke taakstelling voor vergunninghouders halen.",
     "Wij stellen in 2026 woningen beschikbaar voor de huisvesting van vergunninghouders, in lijn met de taakstelling van het Rijk.",
     "De omvang van de taakstelling is bij het opstellen van dit bod nog niet bekend.",
     fr(C, "firm", [], (2026, "in 2026"), True)))

add("zoektijd", [B],
    ("Partijen zetten zich in om de gemiddelde zoektijd voor een sociale huurwoning terug te brengen tot maximaal 3 jaar.",
     "In 2024 bedroeg de gemiddelde zoektijd 3,8 jaar.",
     fr(P, "intent", [q(3, "jaar", "max")])),
    ("Partijen zetten zich in om de gemiddelde zoektijd voor een sociale huurwoning terug te brengen tot maximaal 3,5 jaar.",
     "In 2025 liep de gemiddelde zoektijd op tot 4,1 jaar; partijen achten een tussendoel realistischer.",
     fr(P, "intent", [q(3.5, "jaar", "max")])),
    ("De woonvisie streeft naar kortere zoektijden.",
     "Wij zetten ons in om de gemiddelde zoektijd voor een sociale huurwoning terug te brengen tot maximaal 3 jaar.",
     "Nieuwbouw en doorstroming moeten hieraan bijdragen.",
     fr(C, "intent", [q(3, "jaar", "max")])))

add("huurachterstand", [B],
    ("Dommelwonen neemt uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en verwijst waar nodig door naar de schuldhulpverlening van de gemeente.",
     "Dit maakt deel uit van het convenant vroegsignalering dat in 2023 is gesloten.",
     fr(C, "firm", [q(2, "maanden", "max")], None, True)),
    ("Dommelwonen neemt uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder en verwijst waar nodig door naar de schuldhulpverlening van de gemeente.",
     "Dit maakt deel uit van het convenant vroegsignalering. De werkwijze is in 2025 aangescherpt.",
     fr(C, "firm", [q(1, "maanden", "max")], None, True)),
    ("De gemeente zet in op vroegsignalering van schulden.",
     "Wij nemen uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder en verwijzen waar nodig door naar de schuldhulpverlening van de gemeente.",
     "Wij scherpen onze werkwijze aan.",
     fr(C, "firm", [q(1, "maanden", "max")], None, True)))

add("huisuitzettingen", [B, L],
    ("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot maximaal 3.",
     "In 2024 vonden 4 huisuitzettingen plaats, waarvan 3 wegens huurachterstand.",
     fr(P, "intent", [q(3, "huisuitzettingen", "max")], (2025, "in 2025"), True)),
    ("Partijen streven ernaar dat in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
     "In 2025 vond 1 huisuitzetting wegens huurachterstand plaats.",
     fr(P, "intent", [q(0, "huisuitzettingen", "max")], (2026, "in 2026"), True)),
    None)

# ---------------------------------------------------------------- wonen en zorg
add("levensloop", [K],
    ("Dommelwonen past in 2025 ten minste 40 bestaande woningen aan tot nultredenwoning of levensloopgeschikte woning.",
     "Het gaat vooral om benedenwoningen in Heesakker en Kerkakker.",
     fr(C, "firm", [q(40, "woningen", "min")], (2025, "in 2025"), True)),
    ("Dommelwonen past in 2026 ten minste 40 bestaande woningen aan tot nultredenwoning of levensloopgeschikte woning.",
     "Het gaat vooral om benedenwoningen in Heesakker en Kerkakker.",
     fr(C, "firm", [q(40, "woningen", "min")], (2026, "in 2026"), True)),
    ("De woonvisie vraagt meer woningen die geschikt zijn voor ouderen.",
     "Wij passen in 2026 ten minste 50 bestaande woningen aan tot nultredenwoning of levensloopgeschikte woning.",
     "Wij combineren dit met planmatig onderhoud.",
     fr(C, "firm", [q(50, "woningen", "min")], (2026, "in 2026"), True)))

add("seniorenlabel", [B, K],
    None,
    ("Dommelwonen labelt in 2026 ten minste 20 vrijkomende gelijkvloerse woningen als seniorenwoning.",
     "Hiermee komen meer geschikte woningen beschikbaar voor ouderen die willen verhuizen.",
     fr(C, "firm", [q(20, "woningen", "min")], (2026, "in 2026"), True)),
    ("De woonvisie vraagt meer passend aanbod voor senioren.",
     "Dommelwonen labelt in 2026 ten minste 20 vrijkomende gelijkvloerse woningen als seniorenwoning.",
     "Het gaat om woningen met een lift of op de begane grond.",
     fr(C, "firm", [q(20, "woningen", "min")], (2026, "in 2026"), True)))

add("wmo-aanpassingen", [K],
    ("De gemeente handelt aanvragen voor woningaanpassingen vanuit de Wmo binnen 8 weken af.",
     "De aanvraag loopt via het Wmo-loket; Dommelwonen geeft binnen twee weken toestemming voor de aanpassing.",
     fr(G, "firm", [q(8, "weken", "max")], None, True)),
    ("De gemeente handelt aanvragen voor woningaanpassingen vanuit de Wmo binnen 6 weken af.",
     "De aanvraag loopt via het Wmo-loket; Dommelwonen geeft binnen twee weken toestemming voor de aanpassing.",
     fr(G, "firm", [q(6, "weken", "max")], None, True)),
    None)

add("verhuisregeling", [B],
    ("Dommelwonen onderzoekt of een verhuisregeling kan worden ingevoerd voor senioren die een grote eengezinswoning achterlaten.",
     "Dit sluit aan bij het doel uit de woonvisie om de doorstroming te bevorderen.",
     fr(C, "explore")),
    ("Dommelwonen voert per 1 januari 2026 een verhuisregeling in voor senioren die een grote eengezinswoning achterlaten, met een verhuisvergoeding en hulp bij de verhuizing.",
     "Het onderzoek in 2025 liet zien dat ongeveer 120 oudere huishoudens belangstelling hebben.",
     fr(C, "firm", [], (2026, "per 1 januari 2026"))),
    ("De woonvisie vraagt de doorstroming van senioren te bevorderen.",
     "Wij voeren per 1 januari 2026 een verhuisregeling in voor senioren die een grote eengezinswoning achterlaten, met een verhuisvergoeding en hulp bij de verhuizing, onder voorbehoud van goedkeuring door onze Raad van Commissarissen.",
     "De kosten worden geraamd op € 60.000 per jaar.",
     fr(C, "firm", [], (2026, "per 1 januari 2026"), False, ["onder voorbehoud van goedkeuring door onze Raad van Commissarissen"])))

add("uitstroom-bw", [B, L],
    ("Dommelwonen stelt jaarlijks 8 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
     "De begeleiding wordt geregeld in een driehoekscontract tussen huurder, zorgaanbieder en corporatie.",
     fr(C, "firm", [q(8, "woningen", "exact")], None, True)),
    ("Dommelwonen stelt jaarlijks 8 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
     "In 2025 werden 7 woningen op deze manier verhuurd.",
     fr(C, "firm", [q(8, "woningen", "exact")], None, True)),
    ("De gemeente vraagt woningen voor uitstroom uit instellingen.",
     "Wij stellen jaarlijks 8 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
     "Begeleiding is daarbij een voorwaarde.",
     fr(C, "firm", [q(8, "woningen", "exact")], None, True)))

add("wielewaal", [L],
    ("Dommelwonen stelt de ontmoetingsruimte in complex De Wielewaal kosteloos beschikbaar aan bewonersgroepen.",
     "De ruimte wordt vooral gebruikt door de ouderensoos en een taalcafé.",
     fr(C, "firm", [], None, True)),
    None, None)

add("geclusterd-heesakker", [B, K],
    ("Partijen verkennen in 2025 de mogelijkheden voor een geclusterde woonvorm voor ouderen in de kern Heesakker.",
     "In Heesakker ontbreekt een woonvorm met zorg in de nabijheid.",
     fr(P, "explore", [], (2025, "in 2025"))),
    ("Dommelwonen start uiterlijk in het derde kwartaal van 2026 met de bouw van een geclusterde woonvorm met 24 woningen voor ouderen in de kern Heesakker, mits de gemeente de grond tijdig bouwrijp levert.",
     "De verkenning in 2025 heeft geleid tot een schetsontwerp dat met bewoners is besproken.",
     fr(C, "firm", [q(24, "woningen", "exact")], (2026, "uiterlijk in het derde kwartaal van 2026"), False,
        ["mits de gemeente de grond tijdig bouwrijp levert"])),
    ("De woonvisie vraagt geclusterde woonvormen in de kleine kernen.",
     "Wij starten in 2026 met de bouw van een geclusterde woonvorm met 24 woningen voor ouderen in de kern Heesakker, mits de gemeente de grond tijdig bouwrijp levert.",
     "Het schetsontwerp is gereed.",
     fr(C, "firm", [q(24, "woningen", "exact")], (2026, "in 2026"), False,
        ["mits de gemeente de grond tijdig bouwrijp levert"])))

add("zorgoverleg", [K, L],
    ("Dommelwonen, de gemeente en de zorgaanbieders bespreken twee keer per jaar de huisvesting van zorgdoelgroepen in het zorg-woonoverleg.",
     "Ook de huurdersorganisatie is voor dit overleg uitgenodigd.",
     fr([C, G], "discuss", [q(2, "keer per jaar", "exact")], None, True)),
    ("Dommelwonen, de gemeente en de zorgaanbieders bespreken twee keer per jaar de huisvesting van zorgdoelgroepen in het zorg-woonoverleg.",
     "Ook de huurdersorganisatie is voor dit overleg uitgenodigd.",
     fr([C, G], "discuss", [q(2, "keer per jaar", "exact")], None, True)),
    None)

# ---------------------------------------------------------------- duurzaamheid
add("verduurzaming-aantal", [D],
    ("Dommelwonen verduurzaamt in 2025 ten minste 120 woningen naar minimaal label B.",
     "De maatregelen bestaan uit isolatie van gevel, dak en vloer en het vervangen van de ventilatie.",
     fr(C, "firm", [q(120, "woningen", "min"), q("B", "label", "min")], (2025, "in 2025"), True)),
    ("Dommelwonen verduurzaamt in 2026 ten minste 150 woningen naar minimaal label B.",
     "De maatregelen bestaan uit isolatie van gevel, dak en vloer en het vervangen van de ventilatie.",
     fr(C, "firm", [q(150, "woningen", "min"), q("B", "label", "min")], (2026, "in 2026"), True)),
    ("De gemeente vraagt een versnelling van de verduurzaming.",
     "Wij verduurzamen in 2026 ten minste 150 woningen naar minimaal label B.",
     "Subsidie uit de SVOH wordt hierbij benut.",
     fr(C, "firm", [q(150, "woningen", "min"), q("B", "label", "min")], (2026, "in 2026"), True)))

add("efg-labels", [D],
    ("Dommelwonen heeft eind 2026 geen woningen meer met een energielabel E, F of G.",
     "Dit sluit aan bij de Nationale Prestatieafspraken, die uitgaan van eind 2028.",
     fr(C, "firm", [q(0, "woningen", "max")], (2026, "eind 2026"))),
    ("Dommelwonen heeft eind 2027 geen woningen meer met een energielabel E, F of G.",
     "Door vertraging bij de aannemer van complex Schutsboom is de planning met een jaar bijgesteld; de landelijke termijn van eind 2028 blijft ruim gehaald.",
     fr(C, "firm", [q(0, "woningen", "max")], (2027, "eind 2027"))),
    ("De gemeente wil zo snel mogelijk af van slecht geïsoleerde huurwoningen.",
     "Wij hebben eind 2027 geen woningen met een energielabel E, F of G meer in bezit.",
     "Het gaat nog om ongeveer 85 woningen.",
     fr(C, "firm", [q(0, "woningen", "max")], (2027, "eind 2027"))))

add("schutsboom", [D, K],
    ("Dommelwonen renoveert de 96 portiekwoningen in het complex Schutsboom vóór eind 2026 naar label A.",
     "Bewoners kunnen tijdens de werkzaamheden gebruikmaken van een logeerwoning.",
     fr(C, "firm", [q(96, "woningen", "exact"), q("A", "label", "min")], (2026, "vóór eind 2026"))),
    ("Dommelwonen renoveert de resterende 40 portiekwoningen in het complex Schutsboom vóór eind 2026 naar label A.",
     "In 2025 werden de eerste 56 woningen opgeleverd.",
     fr(C, "firm", [q(40, "woningen", "exact"), q("A", "label", "min")], (2026, "vóór eind 2026"))),
    ("De gemeente vraagt aandacht voor de complexen met de slechtste labels.",
     "Wij renoveren de resterende 40 portiekwoningen in Schutsboom vóór eind 2026 naar label A.",
     "De eerste fase is in 2025 opgeleverd.",
     fr(C, "firm", [q(40, "woningen", "exact"), q("A", "label", "min")], (2026, "vóór eind 2026"))))

add("gemiddeld-label", [D],
    ("Dommelwonen streeft naar een gemiddeld energielabel B voor het totale woningbezit eind 2027.",
     "Eind 2024 lag het gemiddelde op label C.",
     fr(C, "intent", [q("B", "label", "min")], (2027, "eind 2027"))),
    ("Dommelwonen streeft naar een gemiddeld energielabel C voor het totale woningbezit eind 2027.",
     "De hogere bouwkosten maken een gemiddeld label B binnen deze termijn niet haalbaar.",
     fr(C, "intent", [q("C", "label", "min")], (2027, "eind 2027"))),
    ("De transitievisie warmte vraagt een goed geïsoleerde voorraad.",
     "Wij streven naar een gemiddeld energielabel C voor ons totale woningbezit eind 2027.",
     "Dit past binnen onze financiële ruimte.",
     fr(C, "intent", [q("C", "label", "min")], (2027, "eind 2027"))))

add("zonnepanelen", [D],
    ("Dommelwonen plaatst in 2025 zonnepanelen op 200 woningen, onder voorbehoud van instemming van ten minste 70% van de bewoners per complex.",
     "Huurders betalen een vaste vergoeding per paneel die lager is dan de verwachte besparing.",
     fr(C, "firm", [q(200, "woningen", "exact"), q(70, "%", "min")], (2025, "in 2025"), True,
        ["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex"])),
    ("Dommelwonen plaatst in 2026 zonnepanelen op 200 woningen, onder voorbehoud van instemming van ten minste 70% van de bewoners per complex.",
     "Huurders betalen een vaste vergoeding per paneel die lager is dan de verwachte besparing.",
     fr(C, "firm", [q(200, "woningen", "exact"), q(70, "%", "min")], (2026, "in 2026"), True,
        ["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex"])),
    ("De gemeente wil het aandeel duurzaam opgewekte energie vergroten.",
     "Wij plaatsen in 2026 zonnepanelen op 250 woningen, onder voorbehoud van instemming van ten minste 70% van de bewoners per complex.",
     "De vergoeding voor huurders blijft ongewijzigd.",
     fr(C, "firm", [q(250, "woningen", "exact"), q(70, "%", "min")], (2026, "in 2026"), True,
        ["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex"])))

add("energiescan", [D],
    None,
    ("Dommelwonen biedt in 2026 alle huurders van een woning met energielabel D een gratis energiescan aan.",
     "De scan geeft huurders inzicht in hun verbruik en in eenvoudige besparingsmaatregelen.",
     fr(C, "firm", [q("D", "label", "exact")], (2026, "in 2026"), True)),
    ("De gemeente wil energiearmoede terugdringen.",
     "Wij bieden in 2026 alle huurders van een woning met energielabel D een gratis energiescan aan.",
     "Wij werken daarvoor samen met het energieloket.",
     fr(C, "firm", [q("D", "label", "exact")], (2026, "in 2026"), True)))

add("energiecoaches", [D, B],
    ("De gemeente zet in 2025 energiecoaches in voor alle huurders in de wijken Hoogveld en Dommeloord.",
     "De coaches worden gefinancierd uit de middelen voor de aanpak van energiearmoede.",
     fr(G, "firm", [], (2025, "in 2025"), True)),
    ("De gemeente zet in 2026 als pilot energiecoaches in voor huurders in de wijk Hoogveld.",
     "De rijksmiddelen voor energiearmoede zijn vanaf 2026 lager dan in voorgaande jaren.",
     fr(G, "firm", [], (2026, "in 2026"), True)),
    None)

add("warmtenet", [D],
    ("Partijen verkennen in 2025 of de wijk Dommeloord kan worden aangesloten op het warmtenet van het bedrijventerrein De Hazelaar.",
     "De transitievisie warmte wijst Dommeloord aan als mogelijke warmtenetwijk.",
     fr(P, "explore", [], (2025, "in 2025"))),
    None, None)

add("klimaatadaptatie", [D],
    ("Dommelwonen zegt toe bij elk groot onderhoudsproject de buitenruimte te vergroenen en regenpijpen af te koppelen waar dat technisch mogelijk is.",
     "De gemeente stemt de inrichting van de openbare ruimte hierop af.",
     fr(C, "firm", [], None, False, ["waar dat technisch mogelijk is"])),
    ("Dommelwonen zet zich in om bij ieder groot onderhoudsproject de buitenruimte te vergroenen en regenpijpen af te koppelen waar dat technisch mogelijk is.",
     "De gemeente stemt de inrichting van de openbare ruimte hierop af.",
     fr(C, "intent", [], None, False, ["waar dat technisch mogelijk is"])),
    ("De gemeente vraagt aandacht voor hittestress en wateroverlast.",
     "Wij zetten ons in om bij ieder groot onderhoudsproject de buitenruimte te vergroenen en regenpijpen af te koppelen waar dat technisch mogelijk is.",
     "De kosten nemen wij mee in de onderhoudsbegroting.",
     fr(C, "intent", [], None, False, ["waar dat technisch mogelijk is"])))

# ---------------------------------------------------------------- leefbaarheid
add("leefbaarheidsbudget", [L],
    ("Dommelwonen besteedt in 2025 een leefbaarheidsbudget van € 145 per woning (prijspeil 2025) aan activiteiten in wijken en complexen.",
     "Het bedrag blijft binnen de wettelijke grens voor uitgaven aan leefbaarheid.",
     fr(C, "firm", [q(145, "euro per woning", "exact")], (2025, "in 2025"), True)),
    ("Dommelwonen besteedt in 2026 een leefbaarheidsbudget van € 149 per woning (prijspeil 2026) aan activiteiten in wijken en complexen.",
     "Het bedrag blijft binnen de wettelijke grens voor uitgaven aan leefbaarheid.",
     fr(C, "firm", [q(149, "euro per woning", "exact")], (2026, "in 2026"), True)),
    ("De gemeente vraagt investeringen in de leefbaarheid van buurten.",
     "Wij besteden in 2026 een leefbaarheidsbudget van € 149 per woning (prijspeil 2026) aan activiteiten in wijken en complexen.",
     "Het bedrag is geïndexeerd.",
     fr(C, "firm", [q(149, "euro per woning", "exact")], (2026, "in 2026"), True)))

add("wijkbeheerders", [L],
    ("Dommelwonen zet in 2025 in Hoogveld en Dommeloord twee wijkbeheerders in, die ten minste drie dagen per week zichtbaar aanwezig zijn in de wijk.",
     "Bewoners waarderen de wijkbeheerders in het laatste bewonerspanel met een 7,8.",
     fr(C, "firm", [q(2, "wijkbeheerders", "exact"), q(3, "dagen per week", "min")], (2025, "in 2025"), True)),
    ("Dommelwonen zet in 2026 in Hoogveld, Dommeloord en Kerkakker drie wijkbeheerders in, die ten minste drie dagen per week zichtbaar aanwezig zijn in de wijk.",
     "In 2025 bleek dat ook in Kerkakker de overlastmeldingen toenamen.",
     fr(C, "firm", [q(3, "wijkbeheerders", "exact"), q(3, "dagen per week", "min")], (2026, "in 2026"), True)),
    ("De gemeente vraagt zichtbare aanwezigheid in de wijken.",
     "Wij zetten in 2026 in Hoogveld, Dommeloord en Kerkakker drie wijkbeheerders in, die ten minste drie dagen per week zichtbaar aanwezig zijn in de wijk.",
     "De extra formatie is in onze begroting opgenomen.",
     fr(C, "firm", [q(3, "wijkbeheerders", "exact"), q(3, "dagen per week", "min")], (2026, "in 2026"), True)))

add("casusoverleg", [L],
    ("Gemeente, politie en Dommelwonen bespreken complexe overlastsituaties in het maandelijkse casusoverleg.",
     "Het casusoverleg wordt voorgezeten door de gemeente.",
     fr([G, C, "other"], "discuss", [q(12, "keer per jaar", "exact")], None, True)),
    ("Gemeente, politie en Dommelwonen bespreken complexe overlastsituaties in het maandelijkse casusoverleg.",
     "Het casusoverleg wordt voorgezeten door de gemeente.",
     fr([G, C, "other"], "discuss", [q(12, "keer per jaar", "exact")], None, True)),
    None)

add("schouw", [L],
    ("Dommelwonen voert in 2025 in ten minste vier complexen een schouw uit samen met bewoners en de gemeente.",
     "De uitkomsten worden vertaald naar een verbeterplan per complex.",
     fr(C, "firm", [q(4, "complexen", "min")], (2025, "in 2025"), True)),
    ("Dommelwonen voert in 2026 in ten minste vier complexen een schouw uit samen met bewoners en de gemeente.",
     "De uitkomsten worden vertaald naar een verbeterplan per complex.",
     fr(C, "firm", [q(4, "complexen", "min")], (2026, "in 2026"), True)),
    ("De gemeente vraagt aandacht voor schoon, heel en veilig.",
     "Wij voeren in 2026 in ten minste zes complexen een schouw uit samen met bewoners en de gemeente.",
     "Wij kiezen de complexen in overleg met De Dommelkring.",
     fr(C, "firm", [q(6, "complexen", "min")], (2026, "in 2026"), True)))

add("bewonersinitiatieven", [L],
    ("De gemeente stelt in 2025 een budget van € 25.000 beschikbaar voor bewonersinitiatieven in wijken met veel huurwoningen.",
     "Aanvragen worden beoordeeld door een commissie waarin ook de huurdersorganisatie zitting heeft.",
     fr(G, "firm", [q(25000, "euro", "exact")], (2025, "in 2025"), True)),
    ("De gemeente bekijkt de mogelijkheid om in 2026 opnieuw een budget beschikbaar te stellen voor bewonersinitiatieven in wijken met veel huurwoningen, afhankelijk van de gemeentelijke begroting 2026.",
     "In 2025 werden 14 initiatieven ondersteund.",
     fr(G, "explore", [], (2026, "in 2026"), True, ["afhankelijk van de gemeentelijke begroting 2026"])),
    None)

add("buurtkamer", [L],
    None,
    ("Dommelwonen richt in 2026 samen met de gemeente een buurtkamer in in de wijk Kerkakker.",
     "De buurtkamer biedt een plek voor ontmoeting en spreekuren van het wijkteam.",
     fr([C, G], "firm", [], (2026, "in 2026"))),
    ("De gemeente wil eenzaamheid tegengaan met laagdrempelige ontmoetingsplekken.",
     "Wij richten in 2026 samen met de gemeente een buurtkamer in in de wijk Kerkakker, indien de gemeente bijdraagt in de exploitatiekosten.",
     "Een geschikte ruimte is beschikbaar in complex Kerkhove.",
     fr([C, G], "firm", [], (2026, "in 2026"), False, ["indien de gemeente bijdraagt in de exploitatiekosten"])))

add("zachte-landing", [L],
    ("Partijen maken in 2025 afspraken over een zachte landing van kwetsbare huurders in een nieuwe woning.",
     "Daarbij wordt aangesloten bij de werkwijze van het wijkteam.",
     fr(P, "discuss", [], (2025, "in 2025"))),
    ("Partijen werken volgens de in 2025 gemaakte afspraken over een zachte landing van kwetsbare huurders in een nieuwe woning.",
     "De werkafspraken zijn vastgelegd in een protocol dat als bijlage bij deze afspraken is gevoegd.",
     fr(P, "firm", [])),
    None)

# ---------------------------------------------------------------- kwaliteit
add("vocht-schimmel", [K],
    ("Dommelwonen neemt meldingen van vocht en schimmel binnen 5 werkdagen in behandeling en inspecteert de woning binnen 10 werkdagen.",
     "In 2024 ontving Dommelwonen 212 meldingen van vocht en schimmel.",
     fr(C, "firm", [q(5, "werkdagen", "max"), q(10, "werkdagen", "max")], None, True)),
    ("Na een melding van vocht of schimmel wordt de woning binnen 10 werkdagen door een opzichter van Dommelwonen geïnspecteerd, terwijl de melding zelf binnen 5 werkdagen in behandeling wordt genomen.",
     "In 2025 daalde het aantal meldingen naar 176.",
     fr(C, "firm", [q(10, "werkdagen", "max"), q(5, "werkdagen", "max")], None, True)),
    ("De gemeente vraagt een snelle aanpak van vocht en schimmel.",
     "Wij nemen meldingen van vocht en schimmel binnen 3 werkdagen in behandeling en inspecteren de woning binnen 10 werkdagen.",
     "Wij breiden het aantal opzichters uit.",
     fr(C, "firm", [q(3, "werkdagen", "max"), q(10, "werkdagen", "max")], None, True)))

add("reparatie", [K],
    ("Dommelwonen voert spoedreparaties binnen 24 uur uit en handelt overige reparatieverzoeken gemiddeld binnen 15 werkdagen af.",
     "De huurder ontvangt na afloop een korte enquête.",
     fr(C, "firm", [q(24, "uur", "max"), q(15, "werkdagen", "max")], None, True)),
    ("Dommelwonen voert spoedreparaties binnen 24 uur uit en handelt overige reparatieverzoeken gemiddeld binnen 10 werkdagen af.",
     "De huurder ontvangt na afloop een korte enquête.",
     fr(C, "firm", [q(24, "uur", "max"), q(10, "werkdagen", "max")], None, True)),
    ("De gemeente vraagt goede dienstverlening aan huurders.",
     "Wij voeren spoedreparaties binnen 24 uur uit en handelen overige reparatieverzoeken gemiddeld binnen 10 werkdagen af.",
     "Wij werken met een nieuwe onderhoudsaannemer.",
     fr(C, "firm", [q(24, "uur", "max"), q(10, "werkdagen", "max")], None, True)))

add("planmatig-onderhoud", [K],
    ("Dommelwonen investeert in 2025 € 9,2 miljoen in planmatig onderhoud.",
     "Het onderhoud wordt waar mogelijk gecombineerd met verduurzaming.",
     fr(C, "firm", [q(9200000, "euro", "exact")], (2025, "in 2025"), True)),
    ("Dommelwonen investeert in 2026 naar verwachting € 8,4 miljoen in planmatig onderhoud, afhankelijk van de uitkomsten van de conditiemetingen.",
     "Een deel van het onderhoud is in 2025 versneld uitgevoerd.",
     fr(C, "firm", [q(8400000, "euro", "approx")], (2026, "in 2026"), True,
        ["afhankelijk van de uitkomsten van de conditiemetingen"])),
    ("De gemeente vraagt een goed onderhouden woningvoorraad.",
     "Wij investeren in 2026 € 8,4 miljoen in planmatig onderhoud.",
     "Het bedrag volgt uit onze meerjarenonderhoudsbegroting.",
     fr(C, "firm", [q(8400000, "euro", "exact")], (2026, "in 2026"), True)))

add("huurdersoordeel", [K],
    ("Dommelwonen zal een huurdersoordeel over reparaties van ten minste een 7,5 behalen.",
     "In 2024 was het oordeel een 7,3.",
     fr(C, "firm", [q(7.5, "rapportcijfer", "min")], None, True)),
    ("Dommelwonen streeft naar een huurdersoordeel over reparaties van ten minste een 7,5.",
     "In 2025 was het oordeel een 7,4.",
     fr(C, "intent", [q(7.5, "rapportcijfer", "min")], None, True)),
    ("De gemeente vraagt tevreden huurders.",
     "Wij streven naar een huurdersoordeel over reparaties van ten minste een 7,5.",
     "Wij meten het oordeel doorlopend.",
     fr(C, "intent", [q(7.5, "rapportcijfer", "min")], None, True)))

add("rookmelders", [K],
    ("Dommelwonen brengt vóór eind 2025 in alle seniorencomplexen rookmelders aan op iedere verdieping.",
     "De brandweer adviseert hierover.",
     fr(C, "firm", [], (2025, "vóór eind 2025"))),
    ("Dommelwonen brengt vóór medio 2026 in alle seniorencomplexen rookmelders aan op iedere verdieping.",
     "In 2025 is ongeveer twee derde van de complexen voorzien; levering van de melders liep vertraging op.",
     fr(C, "firm", [], (2026, "vóór medio 2026"))),
    ("De gemeente vraagt aandacht voor brandveiligheid bij ouderen.",
     "Wij brengen vóór eind 2026 in alle seniorencomplexen rookmelders aan op iedere verdieping.",
     "De resterende complexen volgen in 2026.",
     fr(C, "firm", [], (2026, "vóór eind 2026"))))

add("asbest", [K],
    ("Dommelwonen inventariseert in 2025 de aanwezigheid van asbest in alle woningen die vóór 1994 zijn gebouwd.",
     "De resultaten worden opgenomen in het woningdossier.",
     fr(C, "firm", [], (2025, "in 2025"))),
    None, None)

# ---------------------------------------------------------------- proces
add("monitoring", [O],
    ("Partijen monitoren de voortgang van de afspraken twee keer per jaar, in mei en in november, in het tripartiete overleg.",
     "Dommelwonen levert hiervoor een voortgangsrapportage aan.",
     fr(P, "firm", [q(2, "keer per jaar", "exact")], None, True)),
    ("Partijen monitoren de voortgang van de afspraken twee keer per jaar, in mei en in november, in het tripartiete overleg.",
     "Dommelwonen levert hiervoor een voortgangsrapportage aan.",
     fr(P, "firm", [q(2, "keer per jaar", "exact")], None, True)),
    None)

add("bod-datum", [O],
    ("Dommelwonen stuurt vóór 1 juli 2025 het bod op de woonvisie aan de gemeente en de huurdersorganisatie.",
     "Het bod vormt de basis voor de prestatieafspraken van het volgende jaar.",
     fr(C, "firm", [], (2025, "vóór 1 juli 2025"), True)),
    ("Dommelwonen stuurt vóór 1 juli 2026 het bod op de woonvisie aan de gemeente en de huurdersorganisatie.",
     "Het bod vormt de basis voor de prestatieafspraken van het volgende jaar.",
     fr(C, "firm", [], (2026, "vóór 1 juli 2026"), True)),
    ("De Woningwet vraagt jaarlijks een overzicht van voorgenomen werkzaamheden.",
     "Wij sturen vóór 1 juli 2026 ons volgende bod aan de gemeente en De Dommelkring.",
     "Het bod wordt vooraf met De Dommelkring besproken.",
     fr(C, "firm", [], (2026, "vóór 1 juli 2026"), True)))

add("werkbudget", [O],
    ("Dommelwonen stelt in 2025 een werkbudget van € 18.000 beschikbaar aan De Dommelkring voor scholing en advies.",
     "Het budget wordt jaarlijks verantwoord.",
     fr(C, "firm", [q(18000, "euro", "exact")], (2025, "in 2025"), True)),
    ("Dommelwonen stelt in 2026 een werkbudget van € 22.000 beschikbaar aan De Dommelkring voor scholing en advies.",
     "De verhoging is bedoeld voor extern advies bij het huurbeleid.",
     fr(C, "firm", [q(22000, "euro", "exact")], (2026, "in 2026"), True)),
    ("De Woningwet vraagt ondersteuning van de huurdersorganisatie.",
     "Wij stellen in 2026 een werkbudget van € 20.000 beschikbaar aan De Dommelkring voor scholing en advies.",
     "Dit is een verhoging ten opzichte van 2025.",
     fr(C, "firm", [q(20000, "euro", "exact")], (2026, "in 2026"), True)))

add("achterban", [O],
    ("De Dommelkring raadpleegt haar achterban over het huurbeleid en deelt de uitkomsten vóór 1 april 2025 met partijen.",
     "De raadpleging vindt plaats via een digitaal panel en twee bewonersavonden.",
     fr(H, "firm", [], (2025, "vóór 1 april 2025"), True)),
    ("De Dommelkring raadpleegt haar achterban over het huurbeleid en deelt de uitkomsten vóór 1 april 2026 met partijen.",
     "De raadpleging vindt plaats via een digitaal panel en twee bewonersavonden.",
     fr(H, "firm", [], (2026, "vóór 1 april 2026"), True)),
    None)

add("woondeal", [O, B],
    None,
    ("Partijen stellen vóór 1 juli 2026 gezamenlijk een uitvoeringsagenda op voor de afspraken uit de regionale woondeal.",
     "De woondeal is in 2025 door de regiogemeenten, de provincie en het Rijk ondertekend.",
     fr(P, "firm", [], (2026, "vóór 1 juli 2026"))),
    None)

add("geschillen", [O],
    ("Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg en schakelen pas daarna de Adviescommissie geschilbeslechting prestatieafspraken in.",
     "Deze werkwijze volgt uit de Woningwet.",
     fr(P, "firm", [], None)),
    ("Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg en schakelen pas daarna de Adviescommissie geschilbeslechting prestatieafspraken in.",
     "Deze werkwijze volgt uit de Woningwet.",
     fr(P, "firm", [], None)),
    None)

# bod-only bids (not taken over in the agreement)
add("middenhuur-zuivelfabriek", [B], None, None,
    ("De woonvisie vraagt ook woningen voor middeninkomens.",
     "Wij onderzoeken in 2026 de bouw van 20 middenhuurwoningen op de locatie Oude Zuivelfabriek.",
     "De haalbaarheid hangt af van de grondprijs.",
     fr(C, "explore", [q(20, "woningen", "exact")], (2026, "in 2026"))))
add("jongerenstudios", [B], None, None,
    ("De gemeente vraagt extra woonruimte voor jongeren.",
     "Wij verkennen met de gemeente de transformatie van het voormalige kantoor aan de Markt tot 12 jongerenstudio's.",
     "Het pand is in ons bezit.",
     fr([C, G], "explore", [q(12, "woningen", "exact")])))
add("hybride-warmtepomp", [D], None, None,
    ("De transitievisie warmte vraagt om minder aardgasgebruik.",
     "Wij plaatsen in 2026 bij 60 eengezinswoningen een hybride warmtepomp.",
     "Wij doen dit bij vervanging van de cv-ketel.",
     fr(C, "firm", [q(60, "woningen", "exact")], (2026, "in 2026"), True)))

# ---------------------------------------------------------------- document structures
# chapter: (number, title, intro paragraphs (unnumbered), [items]); item = key or ("ctx", text)
S2025 = [
    ("3", "Beschikbaarheid en betaalbaarheid", [], [
        ("ctx", "De woonvisie Thuis in Dommelrade 2023-2030 gaat uit van een groei van de sociale huurvoorraad met ongeveer 480 woningen. Eind 2024 telde Dommelwonen 4.260 huurwoningen in de gemeente, waarvan 92% met een huur onder de liberalisatiegrens."),
        "nieuwbouw-sociaal", "flexwoningen-locatie", "verkoop", "liberalisatie", "huurverhoging",
        "toewijzing-starters", "statushouders", "zoektijd"]),
    ("4", "Wonen en zorg", [], [
        ("ctx", "Het aantal 75-plussers in Dommelrade groeit volgens de provinciale prognose van 2.900 in 2024 naar ongeveer 4.100 in 2035. Steeds meer ouderen blijven langer zelfstandig wonen, vaak met ondersteuning vanuit de Wmo."),
        "levensloop", "wmo-aanpassingen", "verhuisregeling", "uitstroom-bw",
        ("ctx", "De regionale woonzorgvisie is in 2024 vastgesteld. De gemeente werkt de opgave voor wonen met zorg per kern verder uit."),
        "wielewaal", "geclusterd-heesakker", "zorgoverleg"]),
    ("5", "Duurzaamheid en energietransitie", [], [
        ("ctx", "Dommelwonen werkt volgens de routekaart CO2-neutraal 2050. De gemeente heeft in 2021 de transitievisie warmte vastgesteld, die in 2026 wordt geactualiseerd."),
        "verduurzaming-aantal", "efg-labels", "schutsboom", "gemiddeld-label", "zonnepanelen",
        "energiecoaches", "warmtenet", "klimaatadaptatie"]),
    ("6", "Leefbare wijken", [], [
        ("ctx", "Uit de leefbaarheidsmonitor blijkt dat vooral in Hoogveld en Dommeloord de ervaren overlast boven het gemeentelijke gemiddelde ligt."),
        "leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "schouw", "bewonersinitiatieven",
        "zachte-landing", "huurachterstand", "huisuitzettingen"]),
    ("7", "Kwaliteit van de woningen", [], [
        ("ctx", "Dommelwonen hanteert een conditiescore van ten minste 3 volgens de NEN 2767 voor alle bouwdelen. Het huurdersoordeel wordt doorlopend gemeten."),
        "vocht-schimmel", "reparatie", "planmatig-onderhoud", "huurdersoordeel", "rookmelders", "asbest"]),
    ("8", "Samenwerking, monitoring en looptijd", [], [
        ("ctx", "Deze prestatieafspraken gelden van 1 januari 2025 tot en met 31 december 2025. Tussentijdse wijziging is mogelijk als alle partijen daarmee schriftelijk instemmen."),
        "monitoring", "bod-datum", "werkbudget", "achterban", "geschillen"]),
]

S2026 = [
    ("3", "Betaalbaar en beschikbaar wonen",
     ["De woonvisie Thuis in Dommelrade 2023-2030 gaat uit van een groei van de sociale huurvoorraad met ongeveer 480 woningen. Eind 2025 telde Dommelwonen 4.305 huurwoningen in de gemeente."], [
        "nieuwbouw-sociaal", "flexwoningen-locatie", "verkoop", "liberalisatie", "huurverhoging",
        "huurachterstand", "toewijzing-starters", "statushouders", "zoektijd"]),
    ("4", "Wonen en zorg", [], [
        ("ctx", "Het aantal 75-plussers in Dommelrade groeit volgens de provinciale prognose naar ongeveer 4.100 in 2035. De regionale woonzorgvisie wordt in 2026 per kern uitgewerkt."),
        "levensloop", "seniorenlabel", "verhuisregeling", "wmo-aanpassingen", "uitstroom-bw",
        "geclusterd-heesakker", "zorgoverleg"]),
    ("5", "Duurzaamheid en energietransitie", [], [
        ("ctx", "Dommelwonen werkt volgens de routekaart CO2-neutraal 2050. De actualisatie van de transitievisie warmte wordt in 2026 aan de raad voorgelegd."),
        "verduurzaming-aantal", "schutsboom", "efg-labels", "gemiddeld-label", "zonnepanelen",
        "energiescan", "energiecoaches", "klimaatadaptatie"]),
    ("6", "Prettig wonen in de wijk", [], [
        ("ctx", "De leefbaarheidsmonitor 2025 laat in Hoogveld een lichte verbetering zien; in Kerkakker nam het aantal meldingen van overlast toe."),
        "leefbaarheidsbudget", "wijkbeheerders", "casusoverleg", "schouw", "bewonersinitiatieven",
        "buurtkamer", "zachte-landing", "huisuitzettingen"]),
    ("7", "Kwaliteit van de woningen", [], [
        ("ctx", "Dommelwonen hanteert een conditiescore van ten minste 3 volgens de NEN 2767 voor alle bouwdelen."),
        "vocht-schimmel", "reparatie", "planmatig-onderhoud", "huurdersoordeel", "rookmelders"]),
    ("8", "Samenwerking, monitoring en looptijd", [], [
        ("ctx", "Deze prestatieafspraken gelden van 1 januari 2026 tot en met 31 december 2026. Tussentijdse wijziging is mogelijk als alle partijen daarmee schriftelijk instemmen."),
        "monitoring", "bod-datum", "werkbudget", "achterban", "woondeal", "geschillen"]),
]

# bod sections: (title, [keys])
SBOD = [
    ("Beschikbaarheid en betaalbaarheid", ["nieuwbouw-sociaal", "middenhuur-zuivelfabriek", "jongerenstudios", "verkoop",
                                           "liberalisatie", "huurverhoging", "huurachterstand", "statushouders", "zoektijd"]),
    ("Wonen en zorg", ["levensloop", "seniorenlabel", "verhuisregeling", "uitstroom-bw", "geclusterd-heesakker"]),
    ("Duurzaamheid", ["verduurzaming-aantal", "efg-labels", "schutsboom", "gemiddeld-label", "zonnepanelen",
                      "hybride-warmtepomp", "energiescan", "klimaatadaptatie"]),
    ("Leefbaarheid", ["leefbaarheidsbudget", "wijkbeheerders", "schouw", "buurtkamer"]),
    ("Kwaliteit", ["vocht-schimmel", "reparatie", "planmatig-onderhoud", "huurdersoordeel", "rookmelders"]),
    ("Samenwerking", ["bod-datum", "werkbudget"]),
]

# ---------------------------------------------------------------- links (status, kinds, hard_negative)
U, R, W, S, M = "unchanged", "reworded", "weakened", "strengthened", "modified"
L2526 = {
    "nieuwbouw-sociaal": (W, ["quantity"], None),
    "flexwoningen-locatie": (W, ["modality", "deadline"], None),
    "verkoop": (S, ["quantity"], None),
    "liberalisatie": (R, [], "recurring_year"),
    "huurverhoging": (S, ["quantity"], None),
    "toewijzing-starters": (U, [], None),
    "statushouders": (R, [], "external_figure"),
    "zoektijd": (W, ["quantity"], None),
    "huurachterstand": (S, ["quantity"], None),
    "huisuitzettingen": (S, ["quantity"], None),
    "levensloop": (R, [], "recurring_year"),
    "wmo-aanpassingen": (S, ["quantity"], None),
    "verhuisregeling": (S, ["modality"], None),
    "uitstroom-bw": (U, [], None),
    "geclusterd-heesakker": (M, ["modality", "condition"], None),
    "zorgoverleg": (U, [], None),
    "verduurzaming-aantal": (S, ["quantity"], None),
    "efg-labels": (W, ["deadline"], None),
    "schutsboom": (R, [], "progress"),
    "gemiddeld-label": (W, ["label"], None),
    "zonnepanelen": (R, [], "recurring_year"),
    "energiecoaches": (W, ["scope"], None),
    "klimaatadaptatie": (W, ["modality"], None),
    "leefbaarheidsbudget": (R, [], "indexed_amount"),
    "wijkbeheerders": (S, ["scope", "quantity"], None),
    "casusoverleg": (U, [], None),
    "schouw": (R, [], "recurring_year"),
    "bewonersinitiatieven": (W, ["modality", "condition"], None),
    "zachte-landing": (S, ["modality"], None),
    "vocht-schimmel": (R, [], "same_figures"),
    "reparatie": (S, ["quantity"], None),
    "planmatig-onderhoud": (W, ["quantity", "condition"], None),
    "huurdersoordeel": (W, ["modality"], None),
    "rookmelders": (W, ["deadline"], None),
    "monitoring": (U, [], None),
    "bod-datum": (R, [], "recurring_year"),
    "werkbudget": (S, ["quantity"], None),
    "achterban": (R, [], "recurring_year"),
    "geschillen": (U, [], None),
}
LBOD = {
    "nieuwbouw-sociaal": (R, [], "same_figures"),
    "verkoop": (S, ["quantity"], None),
    "liberalisatie": (U, [], None),
    "huurverhoging": (S, ["quantity"], None),
    "huurachterstand": (R, [], "same_figures"),
    "statushouders": (R, [], None),
    "zoektijd": (W, ["quantity"], None),
    "levensloop": (W, ["quantity"], None),
    "seniorenlabel": (U, [], None),
    "verhuisregeling": (S, ["condition"], None),
    "uitstroom-bw": (R, [], "same_figures"),
    "geclusterd-heesakker": (S, ["deadline"], None),
    "verduurzaming-aantal": (R, [], "same_figures"),
    "efg-labels": (R, [], None),
    "schutsboom": (R, [], "same_figures"),
    "gemiddeld-label": (R, [], None),
    "zonnepanelen": (W, ["quantity"], None),
    "energiescan": (R, [], None),
    "klimaatadaptatie": (R, [], None),
    "leefbaarheidsbudget": (R, [], "same_figures"),
    "wijkbeheerders": (R, [], "same_figures"),
    "schouw": (W, ["quantity"], None),
    "buurtkamer": (S, ["condition"], None),
    "vocht-schimmel": (W, ["quantity"], None),
    "reparatie": (R, [], "same_figures"),
    "planmatig-onderhoud": (W, ["condition"], None),
    "huurdersoordeel": (R, [], None),
    "rookmelders": (S, ["deadline"], None),
    "bod-datum": (R, [], None),
    "werkbudget": (S, ["quantity"], None),
}
