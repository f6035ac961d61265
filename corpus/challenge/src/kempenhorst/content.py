# -*- coding: utf-8 -*-
"""Content of the kempenhorst family (fictional): gemeente Kempenhorst, Woonstichting Heiderade,
Huurdersbelang Kempenhorst. Agreements 2025 and 2026, bod 2026."""

GEMEENTE = "Kempenhorst"
CORP = "Woonstichting Heiderade"
HUURDERS = "Huurdersbelang Kempenhorst"

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def V(text, fr, subs=None, **attrs):
    return {"text": text, "subs": subs, "frame": fr, "attrs": attrs}


W, H = CORP, HUURDERS
A = {}

# ---------------------------------------------------------------- 2 Betaalbaarheid
A["huurverhoging"] = (B, [B], {
 "2025": V("Woonstichting Heiderade beperkt de gemiddelde huurverhoging voor haar sociale huurwoningen per 1 juli 2025 tot maximaal de inflatie, waarbij de door het Rijk vastgestelde maximale huurverhoging in alle gevallen als bovengrens geldt.",
           F(["corporatie"], "firm", dl=(2025, "per 1 juli 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade beperkt de gemiddelde huurverhoging voor haar sociale huurwoningen per 1 juli 2026 tot ten minste 0,5% onder de inflatie, waarbij de door het Rijk vastgestelde maximale huurverhoging in alle gevallen als bovengrens geldt.",
           F(["corporatie"], "firm", q=[(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True)),
 "bod": V("Wij beperken de gemiddelde huurverhoging van onze sociale huurwoningen per 1 juli 2026 tot maximaal de inflatie en blijven daarmee binnen de maximale huurverhoging die het Rijk jaarlijks vaststelt.",
          F(["corporatie"], "firm", dl=(2026, "per 1 juli 2026"), rec=True),
          thema="Betaalbaarheid", toelichting="Huurverhoging onder of gelijk aan de inflatie houdt de woonlasten beheersbaar; de ruimte voor investeringen blijft daarbij in evenwicht.", woonvisie="Woonvisie 2023-2030, pijler 1 Betaalbaar wonen"),
})
A["iahv"] = (B, [B], {
 "2025": V("Woonstichting Heiderade past in 2025 geen inkomensafhankelijke huurverhoging toe, ook niet bij huishoudens met een inkomen boven de inkomensgrens voor sociale huur.",
           F(["corporatie"], "firm", dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade past in 2026 geen inkomensafhankelijke huurverhoging toe, ook niet bij huishoudens met een inkomen boven de inkomensgrens voor sociale huur.",
           F(["corporatie"], "firm", dl=(2026, "in 2026"), rec=True)),
})
A["streefhuur"] = (B, [B], {
 "2025": V("Partijen spreken af dat ten minste 80% van de sociale huurwoningen van Woonstichting Heiderade een kale huur heeft tot en met de hoogste aftoppingsgrens, zodat voldoende woningen passend kunnen worden toegewezen.",
           F(["partijen"], "firm", q=[(80, "%", "min")])),
})
A["streefhuur"][2]["2026"] = A["streefhuur"][2]["2025"]
A["vroegsignalering"] = (B, [B, L], {
 "2025": V("Woonstichting Heiderade benadert een huurder bij een betalingsachterstand persoonlijk en meldt huurders met een achterstand van twee maanden, met hun toestemming of op grond van de Wet gemeentelijke schuldhulpverlening, bij het team Vroegsignalering van de gemeente.",
           F(["corporatie"], "firm", q=[(2, "maanden", "exact")])),
 "2026": V("Woonstichting Heiderade benadert een huurder bij een betalingsachterstand persoonlijk en meldt huurders met een achterstand van één maand, met hun toestemming of op grond van de Wet gemeentelijke schuldhulpverlening, bij het team Vroegsignalering van de gemeente.",
           F(["corporatie"], "firm", q=[(1, "maanden", "exact")])),
 "bod": V("Wij benaderen huurders bij een betalingsachterstand persoonlijk en melden huurders met een achterstand van één maand bij het team Vroegsignalering van de gemeente, met hun toestemming of op grond van de Wet gemeentelijke schuldhulpverlening.",
          F(["corporatie"], "firm", q=[(1, "maanden", "exact")]),
          thema="Betaalbaarheid", toelichting="Eerder signaleren voorkomt dat kleine achterstanden oplopen tot problematische schulden.", woonvisie="Pijler 1, actiepunt vroegsignalering"),
})
A["ontruimingen"] = (B, [B, L], {
 "2025": V("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal drie per jaar; een ontruiming wordt pas aangevraagd nadat de gemeente in de gelegenheid is gesteld de huurder hulp aan te bieden.",
           F(["partijen"], "intent", q=[(3, "huisuitzettingen", "max")], rec=True)),
 "2026": V("Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand te beperken tot maximaal vijf per jaar; een ontruiming wordt pas aangevraagd nadat de gemeente in de gelegenheid is gesteld de huurder hulp aan te bieden.",
           F(["partijen"], "intent", q=[(5, "huisuitzettingen", "max")], rec=True)),
})
A["schuldhulp"] = (B, [B], {
 "2025": V("De gemeente stelt per 1 januari 2025 een budget van € 40.000 beschikbaar voor de inzet van vrijwillige budgetcoaches, en Woonstichting Heiderade verwijst huurders met een terugkerende huurachterstand actief naar dit aanbod.",
           F(["gemeente", "corporatie"], "firm", q=[(40000, "euro", "exact")], dl=(2025, "per 1 januari 2025"), rec=True)),
 "2026": V("De gemeente stelt per 1 januari 2026 een budget van € 40.000 beschikbaar voor de inzet van vrijwillige budgetcoaches, en Woonstichting Heiderade verwijst huurders met een terugkerende huurachterstand actief naar dit aanbod.",
           F(["gemeente", "corporatie"], "firm", q=[(40000, "euro", "exact")], dl=(2026, "per 1 januari 2026"), rec=True)),
})

# ---------------------------------------------------------------- 3 Beschikbaarheid
A["nieuwbouw"] = (B, [B], {
 "2025": V("Woonstichting Heiderade realiseert in de periode 2025 tot en met 2028 ten minste 240 sociale huurwoningen, waarvan er in 2025 ten minste 60 worden opgeleverd in de plannen Beekweide en De Kampen.",
           F(["corporatie"], "firm", q=[(240, "woningen", "min"), (60, "woningen", "min")], dl=(2028, "2025 tot en met 2028"))),
 "2026": V("Woonstichting Heiderade realiseert in de periode 2026 tot en met 2029 ten minste 210 sociale huurwoningen, waarvan er in 2026 ten minste 45 worden opgeleverd in de plannen Beekweide en De Kampen.",
           F(["corporatie"], "firm", q=[(210, "woningen", "min"), (45, "woningen", "min")], dl=(2029, "2026 tot en met 2029"))),
 "bod": V("Wij realiseren in de periode 2026 tot en met 2029 ten minste 200 sociale huurwoningen; in 2026 leveren wij er ten minste 45 op in de plannen Beekweide en De Kampen.",
          F(["corporatie"], "firm", q=[(200, "woningen", "min"), (45, "woningen", "min")], dl=(2029, "2026 tot en met 2029")),
          thema="Beschikbaarheid", toelichting="Door gestegen bouwkosten en netcongestie schuiven twee plannen naar 2029; de aantallen zijn daarop aangepast.", woonvisie="Pijler 2, woningbouwprogramma en regionale woondeal"),
})
A["lindehof"] = (B, [B], {
 "2025": V("De gemeente verleent de omgevingsvergunning voor het project Lindehof met 48 sociale huurwoningen uiterlijk eind 2025, zodat Woonstichting Heiderade in 2026 met de bouw kan starten.",
           F(["gemeente"], "firm", q=[(48, "woningen", "exact")], dl=(2025, "eind 2025"))),
 "2026": V("De gemeente verleent de omgevingsvergunning voor het project Lindehof met 48 sociale huurwoningen uiterlijk medio 2026, zodat Woonstichting Heiderade in 2027 met de bouw kan starten.",
           F(["gemeente"], "firm", q=[(48, "woningen", "exact")], dl=(2026, "medio 2026"))),
})
A["flexwonen"] = (B, [B], {
 "2025": V("Woonstichting Heiderade onderzoekt in 2025 of op de locatie Oude Veiling tijdelijke flexwoningen voor spoedzoekers, zoals jongeren en mensen na een scheiding, kunnen worden geplaatst.",
           F(["corporatie"], "explore", dl=(2025, "in 2025"))),
 "2026": V("Woonstichting Heiderade plaatst uiterlijk in het derde kwartaal van 2026 op de locatie Oude Veiling 30 tijdelijke flexwoningen voor spoedzoekers, zoals jongeren en mensen na een scheiding.",
           F(["corporatie"], "firm", q=[(30, "woningen", "exact")], dl=(2026, "derde kwartaal van 2026"))),
 "bod": V("Wij plaatsen uiterlijk in het vierde kwartaal van 2026 op de locatie Oude Veiling 30 tijdelijke flexwoningen voor spoedzoekers, onder voorbehoud van een tijdige tijdelijke omgevingsvergunning van de gemeente.",
          F(["corporatie"], "firm", q=[(30, "woningen", "exact")], dl=(2026, "vierde kwartaal van 2026"), cond=["onder voorbehoud van een tijdige tijdelijke omgevingsvergunning van de gemeente"]),
          thema="Beschikbaarheid", toelichting="Uitkomst van de verkenning in 2025: de locatie is geschikt voor een periode van vijftien jaar.", woonvisie="Pijler 2, spoedzoekers en flexwonen"),
})
A["verkoop"] = (B, [B], {
 "2025": V("Woonstichting Heiderade verkoopt in 2025 maximaal 15 bestaande huurwoningen, uitsluitend uit de complexen die in het vastgestelde verkoopplan zijn aangewezen, en biedt deze eerst aan zittende huurders aan.",
           F(["corporatie"], "firm", q=[(15, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade verkoopt in 2026 maximaal 10 bestaande huurwoningen, uitsluitend uit de complexen die in het vastgestelde verkoopplan zijn aangewezen, en biedt deze eerst aan zittende huurders aan.",
           F(["corporatie"], "firm", q=[(10, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij verkopen in 2026 maximaal 10 bestaande huurwoningen uit de complexen in ons verkoopplan en bieden deze eerst aan zittende huurders aan.",
          F(["corporatie"], "firm", q=[(10, "woningen", "max")], dl=(2026, "in 2026"), rec=True),
          thema="Beschikbaarheid", toelichting="Verkoop beperkt tot verspreid bezit met hoge onderhoudslasten.", woonvisie="Pijler 2, omvang sociale voorraad"),
})
A["liberalisatie"] = (B, [B], {
 "2025": V("Woonstichting Heiderade liberaliseert in 2025 maximaal vijf sociale huurwoningen bij mutatie.",
           F(["corporatie"], "firm", q=[(5, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade liberaliseert in 2026 geen sociale huurwoningen bij mutatie.",
           F(["corporatie"], "firm", q=[(0, "woningen", "exact")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij liberaliseren in 2026 maximaal vijf sociale huurwoningen bij mutatie, om het aanbod in het middenhuursegment in Kempenhorst aan te vullen.",
          F(["corporatie"], "firm", q=[(5, "woningen", "max")], dl=(2026, "in 2026"), rec=True),
          thema="Beschikbaarheid", toelichting="Beperkte inzet op middenhuur voor huishoudens die net buiten de sociale doelgroep vallen.", woonvisie="Pijler 2, middenhuur"),
})
A["grondprijs"] = (B, [B], {
 "2025": V("De gemeente hanteert voor grond ten behoeve van sociale huurwoningen een vaste grondprijs van € 26.500 per woning (prijspeil 2025), ongeacht de ligging van de bouwlocatie.",
           F(["gemeente"], "firm", q=[(26500, "euro", "exact")])),
 "2026": V("De gemeente hanteert voor grond ten behoeve van sociale huurwoningen een vaste grondprijs van € 27.300 per woning (prijspeil 2026), ongeacht de ligging van de bouwlocatie.",
           F(["gemeente"], "firm", q=[(27300, "euro", "exact")])),
})
A["statushouders"] = (B, [B], {
 "2025": V("Woonstichting Heiderade levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting van vergunninghouders en stelt daartoe in 2025 ten minste 38 woningen beschikbaar, overeenkomstig de taakstelling die het Rijk voor de gemeente heeft vastgesteld.",
           F(["corporatie"], "firm", q=[(38, "woningen", "min")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting van vergunninghouders en stelt daartoe in 2026 ten minste 44 woningen beschikbaar, overeenkomstig de taakstelling die het Rijk voor de gemeente heeft vastgesteld.",
           F(["corporatie"], "firm", q=[(44, "woningen", "min")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij stellen in 2026 ten minste 44 woningen beschikbaar voor de huisvesting van vergunninghouders, in lijn met ons aandeel in de sociale huurvoorraad en de taakstelling van het Rijk.",
          F(["corporatie"], "firm", q=[(44, "woningen", "min")], dl=(2026, "in 2026"), rec=True),
          thema="Doelgroepen", toelichting="De taakstelling voor het eerste halfjaar 2026 is door het Rijk verhoogd.", woonvisie="Pijler 3, bijzondere doelgroepen"),
})
A["doorstroming"] = (B, [B], {
 "2025": V("Woonstichting Heiderade zegt toe in 2025 een doorstroomregeling in te voeren, waarbij huurders van 65 jaar en ouder die een eengezinswoning achterlaten bij verhuizing naar een gelijkvloerse woning hun huidige kale huur behouden.",
           F(["corporatie"], "firm", dl=(2025, "in 2025"))),
 "2026": V("Woonstichting Heiderade zet zich in om in 2026 een doorstroomregeling in te voeren, waarbij huurders van 65 jaar en ouder die een eengezinswoning achterlaten bij verhuizing naar een gelijkvloerse woning hun huidige kale huur behouden.",
           F(["corporatie"], "intent", dl=(2026, "in 2026"))),
 "bod": V("Wij voeren in 2026 een doorstroomregeling in: huurders van 65 jaar en ouder die een eengezinswoning achterlaten, behouden bij verhuizing naar een gelijkvloerse woning hun huidige kale huur.",
          F(["corporatie"], "firm", dl=(2026, "in 2026")),
          thema="Doorstroming", toelichting="De invoering is in 2025 uitgesteld in afwachting van de regionale woonruimteverdeling.", woonvisie="Pijler 3, wonen voor senioren"),
})
A["uitstroom"] = (B, [B, L], {
 "2025": V("Partijen maken afspraken over de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang naar een zelfstandige woning. Daarbij worden in ieder geval de volgende onderwerpen uitgewerkt:",
           F(["partijen"], "discuss"),
           subs=["het aantal woningen dat Woonstichting Heiderade jaarlijks voor deze doelgroep beschikbaar stelt;",
                 "de begeleiding die de gemeente na de verhuizing organiseert;",
                 "de wijze waarop een evenwichtige spreiding over de wijken wordt bewaakt."]),
 "2026": V("Partijen werken volgens de in 2025 gemaakte afspraken over de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang naar een zelfstandige woning. Daarbij geldt:",
           F(["partijen"], "firm", q=[(18, "woningen", "exact"), (12, "maanden", "min")], rec=True),
           subs=["Woonstichting Heiderade stelt jaarlijks 18 woningen voor deze doelgroep beschikbaar;",
                 "de gemeente organiseert na de verhuizing ten minste twaalf maanden begeleiding;",
                 "per portiek of straat wordt niet meer dan één woning aan deze doelgroep toegewezen."]),
 "bod": V("Wij stellen jaarlijks ten minste 12 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang, mits de gemeente de begeleiding na de verhuizing organiseert.",
          F(["corporatie"], "firm", q=[(12, "woningen", "min")], rec=True, cond=["mits de gemeente de begeleiding na de verhuizing organiseert"]),
          thema="Doelgroepen", toelichting="Uitwerking van de afspraken uit 2025 over uitstroom en spreiding.", woonvisie="Pijler 3, wonen en zorg"),
})
A["levensloop"] = (B, [B, K], {
 "2025": V("Woonstichting Heiderade labelt in 2025 ten minste 60 bestaande gelijkvloerse woningen als seniorenwoning en wijst deze bij voorrang toe aan woningzoekenden van 65 jaar en ouder.",
           F(["corporatie"], "firm", q=[(60, "woningen", "min")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade labelt in 2026 ten minste 60 bestaande gelijkvloerse woningen als seniorenwoning en wijst deze bij voorrang toe aan woningzoekenden van 65 jaar en ouder.",
           F(["corporatie"], "firm", q=[(60, "woningen", "min")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij labelen in 2026 ten minste 80 bestaande gelijkvloerse woningen als seniorenwoning en wijzen deze bij voorrang toe aan woningzoekenden van 65 jaar en ouder.",
          F(["corporatie"], "firm", q=[(80, "woningen", "min")], dl=(2026, "in 2026"), rec=True),
          thema="Doorstroming", toelichting="Samenhang met de doorstroomregeling; vrijkomende eengezinswoningen gaan naar gezinnen.", woonvisie="Pijler 3, wonen voor senioren"),
})

# ---------------------------------------------------------------- 4 Duurzaamheid
A["efg"] = (D, [D], {
 "2025": V("Woonstichting Heiderade heeft eind 2026 geen woningen meer met een energielabel E, F of G; de resterende 140 woningen met een dergelijk label worden in 2025 en 2026 verbeterd.",
           F(["corporatie"], "firm", q=[(140, "woningen", "exact")], dl=(2026, "eind 2026"))),
 "2026": V("Woonstichting Heiderade heeft eind 2026 geen woningen meer met een energielabel E, F of G; de resterende 55 woningen met een dergelijk label worden in 2026 verbeterd.",
           F(["corporatie"], "firm", q=[(55, "woningen", "exact")], dl=(2026, "eind 2026"))),
 "bod": V("Wij hebben eind 2026 geen woningen meer met een energielabel E, F of G; in 2026 verbeteren wij de laatste 55 woningen met een dergelijk label.",
          F(["corporatie"], "firm", q=[(55, "woningen", "exact")], dl=(2026, "eind 2026")),
          thema="Duurzaamheid", toelichting="In 2025 zijn 85 woningen met label E, F of G verbeterd.", woonvisie="Pijler 4, Nationale Prestatieafspraken"),
})
A["gemlabel"] = (D, [D], {
 "2025": V("Woonstichting Heiderade streeft ernaar dat haar woningbezit eind 2028 gemiddeld energielabel B heeft.",
           F(["corporatie"], "intent", q=[("B", "label", "exact")], dl=(2028, "eind 2028"))),
 "2026": V("Woonstichting Heiderade streeft ernaar dat haar woningbezit eind 2028 gemiddeld energielabel C heeft.",
           F(["corporatie"], "intent", q=[("C", "label", "exact")], dl=(2028, "eind 2028"))),
 "bod": V("Wij streven ernaar dat ons woningbezit eind 2028 gemiddeld energielabel C heeft.",
          F(["corporatie"], "intent", q=[("C", "label", "exact")], dl=(2028, "eind 2028")),
          thema="Duurzaamheid", toelichting="Bijgesteld na herziening van de portefeuillestrategie en de financiële meerjarenbegroting.", woonvisie="Pijler 4, verduurzaming"),
})
A["isolatie"] = (D, [D], {
 "2025": V("Woonstichting Heiderade verduurzaamt in 2025 ten minste 180 woningen tot ten minste energielabel B door na-isolatie van dak, gevel en vloer en het plaatsen van HR++-glas.",
           F(["corporatie"], "firm", q=[(180, "woningen", "min"), ("B", "label", "min")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade verduurzaamt in 2026 ten minste 220 woningen tot ten minste energielabel B door na-isolatie van dak, gevel en vloer en het plaatsen van HR++-glas.",
           F(["corporatie"], "firm", q=[(220, "woningen", "min"), ("B", "label", "min")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij verduurzamen in 2026 ten minste 200 woningen tot ten minste energielabel B met na-isolatie van dak, gevel en vloer en HR++-glas.",
          F(["corporatie"], "firm", q=[(200, "woningen", "min"), ("B", "label", "min")], dl=(2026, "in 2026"), rec=True),
          thema="Duurzaamheid", toelichting="Combinatie met planmatig onderhoud om overlast voor huurders te beperken.", woonvisie="Pijler 4, isolatie"),
})
A["zonnepanelen"] = (D, [D], {
 "2025": V("Woonstichting Heiderade plaatst in 2025 zonnepanelen op alle geschikte daken van eengezinswoningen in de wijken Molenakker, Heerdonk-Zuid en De Brink, waarbij de maandelijkse vergoeding voor huurders lager blijft dan de verwachte besparing op de energierekening.",
           F(["corporatie"], "firm", dl=(2025, "in 2025"))),
 "2026": V("Woonstichting Heiderade plaatst in 2026 zonnepanelen op de geschikte daken van eengezinswoningen in de wijk Molenakker, waarbij de maandelijkse vergoeding voor huurders lager blijft dan de verwachte besparing op de energierekening.",
           F(["corporatie"], "firm", dl=(2026, "in 2026"))),
 "bod": V("Wij plaatsen in 2026 zonnepanelen op de geschikte daken van eengezinswoningen in de wijken Molenakker en De Brink; de maandelijkse vergoeding blijft lager dan de verwachte besparing op de energierekening.",
          F(["corporatie"], "firm", dl=(2026, "in 2026")),
          thema="Duurzaamheid", toelichting="Heerdonk-Zuid is in 2025 afgerond.", woonvisie="Pijler 4, energiearmoede"),
})
A["warmtepompen"] = (D, [D], {
 "2025": V("Woonstichting Heiderade plaatst in 2025 in 90 eengezinswoningen een hybride warmtepomp, in combinatie met de isolatiemaatregelen uit het onderhoudsprogramma.",
           F(["corporatie"], "firm", q=[(90, "woningen", "exact")], dl=(2025, "in 2025"))),
 "2026": V("Woonstichting Heiderade plaatst in 2026, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming, in 90 eengezinswoningen een hybride warmtepomp, in combinatie met de isolatiemaatregelen uit het onderhoudsprogramma.",
           F(["corporatie"], "firm", q=[(90, "woningen", "exact")], dl=(2026, "in 2026"), cond=["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"])),
 "bod": V("Wij plaatsen in 2026, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming en mits ten minste 70% van de huurders per complex instemt, in 90 eengezinswoningen een hybride warmtepomp.",
          F(["corporatie"], "firm", q=[(90, "woningen", "exact"), (70, "%", "min")], dl=(2026, "in 2026"), cond=["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming", "mits ten minste 70% van de huurders per complex instemt"]),
          thema="Duurzaamheid", toelichting="Uitvoering sluit aan op de transitievisie warmte.", woonvisie="Pijler 4, aardgasvrij"),
})
A["energiecoaches"] = (D, [D, B], {
 "2025": V("De gemeente zet energiecoaches in die huurders met een laag inkomen thuis adviseren over energiebesparing; Woonstichting Heiderade en Huurdersbelang Kempenhorst brengen dit aanbod actief onder de aandacht van hun huurders en leden.",
           F(["gemeente", "corporatie", "huurdersorganisatie"], "firm")),
})
A["energiecoaches"][2]["2026"] = A["energiecoaches"][2]["2025"]
A["warmtenet"] = (D, [D], {
 "2025": V("Woonstichting Heiderade sluit, indien de business case voor het warmtenet sluitend is, in 2025 de 320 woningen in de wijk De Brink aan op het warmtenet.",
           F(["corporatie"], "firm", q=[(320, "woningen", "exact")], dl=(2025, "in 2025"), cond=["indien de business case voor het warmtenet sluitend is"])),
})
A["aardgasvrij"] = (D, [D], {
 "2026": V("Partijen verkennen in 2026 welke alternatieven voor een collectief warmtenet geschikt zijn om de wijk De Brink vóór 2035 aardgasvrij te maken, in lijn met de transitievisie warmte.",
           F(["partijen"], "explore", dl=(2026, "in 2026"))),
})
A["tegelwippen"] = (D, [D, L], {
 "2025": V("De gemeente en Woonstichting Heiderade organiseren in 2025 samen met bewoners ten minste twee tegelwipacties om tuinen en binnenterreinen te vergroenen en wateroverlast te beperken.",
           F(["gemeente", "corporatie"], "firm", q=[(2, "acties", "min")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("De gemeente en Woonstichting Heiderade organiseren in 2026 samen met bewoners ten minste twee tegelwipacties om tuinen en binnenterreinen te vergroenen en wateroverlast te beperken.",
           F(["gemeente", "corporatie"], "firm", q=[(2, "acties", "min")], dl=(2026, "in 2026"), rec=True)),
})
A["groendak"] = (D, [D], {
 "2026": V("Woonstichting Heiderade legt in 2026 bij wijze van pilot op één complex een groen dak aan en deelt de ervaringen met partijen.",
           F(["corporatie"], "firm", q=[(1, "complex", "exact")], dl=(2026, "in 2026"))),
})
A["groendak"][2]["bod"] = V(A["groendak"][2]["2026"]["text"], A["groendak"][2]["2026"]["frame"],
   thema="Klimaatadaptatie", toelichting="Pilot op complex De Lisdodde, waar het dak in 2026 toch wordt vervangen.", woonvisie="Pijler 4, klimaatadaptatie")

# ---------------------------------------------------------------- 5 Kwaliteit
A["schimmel"] = (K, [K], {
 "2025": V("Woonstichting Heiderade neemt een melding van vocht of schimmel binnen vijf werkdagen in behandeling en stelt binnen vier weken in overleg met de huurder een herstelplan op.",
           F(["corporatie"], "firm", q=[(5, "dagen", "max"), (4, "weken", "max")])),
 "2026": V("Woonstichting Heiderade neemt een melding van vocht of schimmel binnen drie werkdagen in behandeling en stelt binnen drie weken in overleg met de huurder een herstelplan op.",
           F(["corporatie"], "firm", q=[(3, "dagen", "max"), (3, "weken", "max")])),
 "bod": V("Wij nemen een melding van vocht of schimmel binnen vijf werkdagen in behandeling en stellen binnen vier weken samen met de huurder een herstelplan op.",
          F(["corporatie"], "firm", q=[(5, "dagen", "max"), (4, "weken", "max")]),
          thema="Kwaliteit", toelichting="Werkwijze volgens de in 2024 ingevoerde schimmelaanpak.", woonvisie="Pijler 5, gezond wonen"),
})
A["onderhoud"] = (K, [K], {
 "2025": V("Woonstichting Heiderade besteedt in 2025 ten minste € 9,4 miljoen aan planmatig onderhoud, waarbij de complexen uit het meerjarenonderhoudsplan met de laagste conditiescore voorrang krijgen.",
           F(["corporatie"], "firm", q=[(9400000, "euro", "min")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade besteedt in 2026 ten minste € 8,1 miljoen aan planmatig onderhoud, waarbij de complexen uit het meerjarenonderhoudsplan met de laagste conditiescore voorrang krijgen.",
           F(["corporatie"], "firm", q=[(8100000, "euro", "min")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij besteden in 2026 ten minste € 8,6 miljoen aan planmatig onderhoud; complexen uit ons meerjarenonderhoudsplan met de laagste conditiescore krijgen voorrang.",
          F(["corporatie"], "firm", q=[(8600000, "euro", "min")], dl=(2026, "in 2026"), rec=True),
          thema="Kwaliteit", toelichting="Een deel van het onderhoud wordt gecombineerd met verduurzaming.", woonvisie="Pijler 5, woningkwaliteit"),
})
A["huurdersoordeel"] = (K, [K, O], {
 "2025": V("Woonstichting Heiderade streeft naar een gemiddeld huurdersoordeel over reparatieverzoeken van ten minste een 7,5 en bespreekt de uitkomsten twee keer per jaar met Huurdersbelang Kempenhorst.",
           F(["corporatie"], "intent", q=[(7.5, "cijfer", "min"), (2, "keer per jaar", "exact")], rec=True)),
})
A["huurdersoordeel"][2]["2026"] = A["huurdersoordeel"][2]["2025"]
A["huurdersoordeel"][2]["bod"] = V(A["huurdersoordeel"][2]["2025"]["text"], A["huurdersoordeel"][2]["2025"]["frame"],
   thema="Kwaliteit", toelichting="Meting via de landelijke huurdersbenchmark.", woonvisie="Pijler 5, dienstverlening")
A["wmo"] = (K, [K], {
 "2025": V("Woonstichting Heiderade voert kleine woningaanpassingen tot € 1.000 per woning voor eigen rekening uit; voor grotere aanpassingen vraagt de huurder een Wmo-voorziening aan bij de gemeente, die de aanvraag binnen acht weken afhandelt.",
           F(["corporatie", "gemeente"], "firm", q=[(1000, "euro", "max"), (8, "weken", "max")])),
 "2026": V("Woonstichting Heiderade voert kleine woningaanpassingen tot € 1.500 per woning voor eigen rekening uit; voor grotere aanpassingen vraagt de huurder een Wmo-voorziening aan bij de gemeente, die de aanvraag binnen acht weken afhandelt.",
           F(["corporatie", "gemeente"], "firm", q=[(1500, "euro", "max"), (8, "weken", "max")])),
 "bod": V("Wij voeren kleine woningaanpassingen tot € 1.500 per woning voor eigen rekening uit; voor grotere aanpassingen verwijzen wij de huurder naar de Wmo-voorziening van de gemeente.",
          F(["corporatie"], "firm", q=[(1500, "euro", "max")]),
          thema="Wonen en zorg", toelichting="Verhoging van de grens sluit aan bij de gestegen kosten van aanpassingen.", woonvisie="Pijler 3, langer thuis wonen"),
})
A["brandveiligheid"] = (K, [K], {
 "2025": V("Woonstichting Heiderade voert in 2025 in de seniorencomplexen De Lisdodde en Hof van Heerdonk de volgende brandveiligheidsmaatregelen uit:",
           F(["corporatie"], "firm", dl=(2025, "in 2025")),
           subs=["het plaatsen van gekoppelde rookmelders op elke verdieping;",
                 "het vervangen van de brandwerende deuren in de algemene ruimten;",
                 "het voorlichten van bewoners over de vluchtroutes."]),
 "2026": V("Woonstichting Heiderade voert in 2026 in al haar seniorencomplexen de volgende brandveiligheidsmaatregelen uit:",
           F(["corporatie"], "firm", dl=(2026, "in 2026")),
           subs=["het plaatsen van gekoppelde rookmelders op elke verdieping;",
                 "het vervangen van de brandwerende deuren in de algemene ruimten;",
                 "het voorlichten van bewoners over de vluchtroutes."]),
})

# ---------------------------------------------------------------- 6 Leefbaarheid
A["leefbaarheidsbudget"] = (L, [L], {
 "2025": V("Woonstichting Heiderade stelt in 2025 binnen de wettelijke kaders een leefbaarheidsbudget van € 85 per woning beschikbaar, dat in overleg met bewonerscommissies wordt besteed.",
           F(["corporatie"], "firm", q=[(85, "euro", "exact")], dl=(2025, "in 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade stelt in 2026 binnen de wettelijke kaders een leefbaarheidsbudget van € 85 per woning beschikbaar, dat in overleg met bewonerscommissies wordt besteed.",
           F(["corporatie"], "firm", q=[(85, "euro", "exact")], dl=(2026, "in 2026"), rec=True)),
 "bod": V("Wij stellen in 2026 binnen de wettelijke kaders een leefbaarheidsbudget van € 75 per woning beschikbaar, te besteden in overleg met bewonerscommissies.",
          F(["corporatie"], "firm", q=[(75, "euro", "exact")], dl=(2026, "in 2026"), rec=True),
          thema="Leefbaarheid", toelichting="Een deel van het budget gaat naar de inzet van wijkbeheerders.", woonvisie="Pijler 6, prettig wonen in de wijk"),
})
A["schouw"] = (L, [L], {
 "2025": V("Woonstichting Heiderade houdt vóór 1 oktober 2025 in elke wijk een wijkschouw met de gemeente en bewoners, waarna knelpunten op het gebied van schoon, heel en veilig binnen drie maanden worden aangepakt.",
           F(["corporatie"], "firm", q=[(3, "maanden", "max")], dl=(2025, "vóór 1 oktober 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade houdt vóór 1 oktober 2026 in elke wijk een wijkschouw met de gemeente en bewoners, waarna knelpunten op het gebied van schoon, heel en veilig binnen drie maanden worden aangepakt.",
           F(["corporatie"], "firm", q=[(3, "maanden", "max")], dl=(2026, "vóór 1 oktober 2026"), rec=True)),
 "bod": V("Wij houden vóór 1 oktober 2026 in elke wijk samen met de gemeente en bewoners een wijkschouw en pakken de gesignaleerde knelpunten binnen drie maanden aan.",
          F(["corporatie"], "firm", q=[(3, "maanden", "max")], dl=(2026, "vóór 1 oktober 2026"), rec=True),
          thema="Leefbaarheid", toelichting="Jaarlijkse schouw, resultaten in de leefbaarheidsmonitor.", woonvisie="Pijler 6, schoon, heel en veilig"),
})
A["overlast"] = (L, [L], {
 "2025": V("Partijen bespreken in 2025 hoe de samenwerking tussen Woonstichting Heiderade, de wijkteams en de politie bij woonoverlast en woonfraude kan worden verbeterd.",
           F(["partijen"], "discuss", dl=(2025, "in 2025"))),
 "2026": V("De gemeente, Woonstichting Heiderade en de politie ondertekenen uiterlijk 1 april 2026 een convenant woonoverlast, waarin de casusregie, de uitwisseling van gegevens en de inzet van gedragsaanwijzingen worden vastgelegd.",
           F(["gemeente", "corporatie", "other"], "firm", dl=(2026, "uiterlijk 1 april 2026"))),
 "bod": V("Wij gaan in 2026 met de gemeente en de politie in gesprek over een gezamenlijk convenant woonoverlast.",
          F(["corporatie"], "discuss", dl=(2026, "in 2026")),
          thema="Leefbaarheid", toelichting="Het aantal complexe overlastzaken is in 2025 opnieuw gestegen.", woonvisie="Pijler 6, veiligheid"),
})
A["zachtelanding"] = (L, [L], {
 "2025": V("De gemeente en Woonstichting Heiderade dragen er zorg voor dat kwetsbare huurders die vanuit een instelling zelfstandig gaan wonen gedurende het eerste jaar een vast aanspreekpunt in het wijkteam hebben.",
           F(["gemeente", "corporatie"], "firm")),
})
A["zachtelanding"][2]["2026"] = A["zachtelanding"][2]["2025"]
A["bewonersinitiatief"] = (L, [L, O], {
 "2025": V("Woonstichting Heiderade verstrekt Huurdersbelang Kempenhorst een bijdrage van € 5.000 per jaar, waarmee bewonerscommissies worden ondersteund bij het opzetten van bewonersinitiatieven.",
           F(["corporatie"], "firm", q=[(5000, "euro", "exact")], rec=True)),
 "bod": V("Wij verstrekken Huurdersbelang Kempenhorst ook in 2026 een bijdrage van € 5.000 voor de ondersteuning van bewonersinitiatieven door bewonerscommissies.",
          F(["corporatie"], "firm", q=[(5000, "euro", "exact")], dl=(2026, "in 2026"), rec=True),
          thema="Leefbaarheid", toelichting="Voortzetting van de regeling uit 2025.", woonvisie="Pijler 6, bewonersparticipatie"),
})
A["ontmoeting"] = (L, [L], {
 "2026": V("De gemeente en Woonstichting Heiderade verkennen in 2026 of in de wijk Molenakker een ontmoetingsruimte kan worden ingericht in een leegstaande bedrijfsruimte, om eenzaamheid onder oudere bewoners tegen te gaan.",
           F(["gemeente", "corporatie"], "explore", dl=(2026, "in 2026"))),
 "bod": V("Wij richten in 2026 in de wijk Molenakker een ontmoetingsruimte in een leegstaande bedrijfsruimte in, om eenzaamheid onder oudere bewoners tegen te gaan.",
          F(["corporatie"], "firm", dl=(2026, "in 2026")),
          thema="Leefbaarheid", toelichting="Bedrijfsruimte aan het Molenplein staat sinds 2024 leeg.", woonvisie="Pijler 6, ontmoeting en eenzaamheid"),
})

# ---------------------------------------------------------------- 7 Samenwerking
A["monitoring"] = (O, [O], {
 "2025": V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de eerste voortgangsrapportage wordt vóór 1 juli 2025 door Woonstichting Heiderade aangeleverd.",
           F(["partijen", "corporatie"], "firm", q=[(2, "keer per jaar", "exact")], dl=(2025, "vóór 1 juli 2025"), rec=True)),
 "2026": V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg; de eerste voortgangsrapportage wordt vóór 1 juli 2026 door Woonstichting Heiderade aangeleverd.",
           F(["partijen", "corporatie"], "firm", q=[(2, "keer per jaar", "exact")], dl=(2026, "vóór 1 juli 2026"), rec=True)),
})
A["bodprocedure"] = (O, [O], {
 "2025": V("Woonstichting Heiderade brengt vóór 1 juli 2025 een bod uit op de woonvisie, waarna partijen ernaar streven de prestatieafspraken voor 2026 uiterlijk 15 december 2025 te ondertekenen.",
           F(["corporatie", "partijen"], "firm", dl=(2025, "uiterlijk 15 december 2025"), rec=True)),
 "2026": V("Woonstichting Heiderade brengt vóór 1 juli 2026 een bod uit op de woonvisie, waarna partijen ernaar streven de prestatieafspraken voor 2027 uiterlijk 15 december 2026 te ondertekenen.",
           F(["corporatie", "partijen"], "firm", dl=(2026, "uiterlijk 15 december 2026"), rec=True)),
})
A["ondersteuning"] = (O, [O], {
 "2025": V("Woonstichting Heiderade stelt Huurdersbelang Kempenhorst jaarlijks een budget beschikbaar voor scholing, ondersteuning en advies van ten minste € 32.000.",
           F(["corporatie"], "firm", q=[(32000, "euro", "min")], rec=True)),
 "2026": V("Woonstichting Heiderade stelt Huurdersbelang Kempenhorst jaarlijks een budget van ten minste € 32.000 beschikbaar voor scholing, advies en ondersteuning.",
           F(["corporatie"], "firm", q=[(32000, "euro", "min")], rec=True)),
})
A["ondersteuning"][2]["bod"] = V(A["ondersteuning"][2]["2026"]["text"], A["ondersteuning"][2]["2026"]["frame"],
   thema="Samenwerking", toelichting="Conform de samenwerkingsovereenkomst met de huurdersorganisatie.", woonvisie="Pijler 7, samenwerking")
A["dashboard"] = (O, [O], {
 "2025": V("Partijen onderzoeken in 2025 de mogelijkheid om de monitoring van deze afspraken te ondersteunen met een gezamenlijk digitaal dashboard.",
           F(["partijen"], "explore", dl=(2025, "in 2025"))),
})
A["woonvisie"] = (O, [O], {
 "2025": V("De gemeente stelt in 2025 een geactualiseerde woonvisie vast en betrekt Woonstichting Heiderade en Huurdersbelang Kempenhorst vanaf de start bij de totstandkoming ervan.",
           F(["gemeente"], "firm", dl=(2025, "in 2025"))),
 "2026": V("De gemeente stelt uiterlijk in het tweede kwartaal van 2026 een geactualiseerde woonvisie vast en betrekt Woonstichting Heiderade en Huurdersbelang Kempenhorst bij de afronding ervan.",
           F(["gemeente"], "firm", dl=(2026, "tweede kwartaal van 2026"))),
})
A["geschillen"] = (O, [O], {
 "2025": V("Indien partijen een geschil over de uitvoering van deze afspraken niet in onderling overleg kunnen oplossen, leggen zij het voor aan een onafhankelijke bemiddelaar die zij gezamenlijk aanwijzen.",
           F(["partijen"], "firm", cond=["indien partijen een geschil over de uitvoering van deze afspraken niet in onderling overleg kunnen oplossen"])),
})
A["geschillen"][2]["2026"] = A["geschillen"][2]["2025"]
A["kaderafspraken"] = (O, [O], {
 "2026": V("Partijen stellen in 2026 meerjarige kaderafspraken op voor de periode 2027 tot en met 2030, waarin in ieder geval worden opgenomen:",
           F(["partijen"], "firm", dl=(2026, "in 2026")),
           subs=["een meerjarig nieuwbouwprogramma per kern;",
                 "een routekaart voor de verduurzaming van het woningbezit;",
                 "afspraken over de jaarlijkse actualisatie via een jaarschijf."]),
})

# ---------------------------------------------------------------- bod-only rows
A["woningsplitsing"] = (B, [B], {
 "bod": V("Wij onderzoeken in 2026 of 20 grote eengezinswoningen in Heerdonk kunnen worden gesplitst in kleinere woningen voor huishoudens van een of twee personen.",
          F(["corporatie"], "explore", q=[(20, "woningen", "exact")], dl=(2026, "in 2026")),
          thema="Beschikbaarheid", toelichting="Reactie op de vraag naar kleine woningen; kosten nog onbekend.", woonvisie="Pijler 2, kleine huishoudens"),
})
A["kerkeveld"] = (B, [B, K], {
 "bod": V("Wij starten in 2026 met de sloop van de 36 verouderde woningen van complex Kerkeveld, waarna op dezelfde locatie 52 nieuwe sociale huurwoningen worden gebouwd.",
          F(["corporatie"], "firm", q=[(36, "woningen", "exact"), (52, "woningen", "exact")], dl=(2026, "in 2026")),
          thema="Beschikbaarheid", toelichting="Herstructurering volgens de wijkvisie Kerkeveld; bewoners krijgen een sociaal plan.", woonvisie="Pijler 2, vernieuwing voorraad"),
})

# ---------------------------------------------------------------- structure
STRUCT = {
 "2025": [
  ("2", "Betaalbaarheid", [
    ("2.1", "Huurbeleid", "Het huurbeleid van Woonstichting Heiderade volgt de kaders van het Rijk en de afspraken uit het Sociaal Huurakkoord. Partijen vinden het van belang dat de woonlasten voor huurders met een laag inkomen beheersbaar blijven, ook nu de energieprijzen hoog blijven.",
     ["huurverhoging", "iahv", "streefhuur"]),
    ("2.2", "Huurachterstanden en voorkomen van huisuitzettingen", "In 2024 daalde het aantal huurders met een betalingsachterstand van meer dan drie maanden van 61 naar 47. Vroegsignalering en een persoonlijke benadering blijken effectief.",
     ["vroegsignalering", "ontruimingen", "schuldhulp"]),
  ]),
  ("3", "Beschikbaarheid", [
    ("3.1", "Nieuwbouw en woningvoorraad", "Kempenhorst heeft in de regionale woondeal toegezegd dat ten minste een derde van de nieuwbouw uit sociale huurwoningen bestaat. Woonstichting Heiderade is daarbij de belangrijkste bouwende partij.",
     ["nieuwbouw", "lindehof", "flexwonen", "verkoop", "liberalisatie", "grondprijs"]),
    ("3.2", "Woningtoewijzing en doelgroepen", None,
     ["statushouders", "doorstroming", "uitstroom"]),
  ]),
  ("4", "Duurzaamheid", [
    ("4.1", "Energielabels en isolatie", "Met de Nationale Prestatieafspraken is afgesproken dat er eind 2028 geen corporatiewoningen met label E, F of G meer zijn. Woonstichting Heiderade wil dit doel twee jaar eerder bereiken.",
     ["efg", "gemlabel", "isolatie", "zonnepanelen", "warmtepompen", "energiecoaches", "warmtenet"]),
    ("4.2", "Klimaatadaptatie", None, ["tegelwippen"]),
  ]),
  ("5", "Kwaliteit en wonen met zorg", [
    ("5.1", "Onderhoud en woningkwaliteit", None, ["schimmel", "onderhoud", "huurdersoordeel"]),
    ("5.2", "Wonen met zorg en toegankelijkheid", "Het aantal inwoners van 75 jaar en ouder in Kempenhorst neemt tot 2035 met ruim 40% toe. Langer zelfstandig thuis wonen vraagt om geschikte woningen en goede afstemming met de zorg.",
     ["wmo", "levensloop", "brandveiligheid"]),
  ]),
  ("6", "Leefbaarheid", [
    ("6.1", "Schoon, heel en veilig", "De leefbaarheidsmonitor 2024 liet in de meeste buurten een stabiel beeld zien; in delen van Molenakker nam het aantal meldingen van overlast toe.",
     ["leefbaarheidsbudget", "schouw", "overlast"]),
    ("6.2", "Kwetsbare bewoners en ontmoeting", None, ["zachtelanding", "bewonersinitiatief"]),
  ]),
  ("7", "Samenwerking en proces", [
    ("7.1", "Overleg en monitoring", "Partijen komen ten minste vier keer per jaar bijeen in het ambtelijk overleg en twee keer per jaar in het bestuurlijk overleg.",
     ["monitoring", "bodprocedure", "ondersteuning", "dashboard"]),
    ("7.2", "Beleid en geschillen", None, ["woonvisie", "geschillen"]),
  ]),
 ],
 "2026": [
  ("2", "Betaalbaarheid", [
    ("2.1", "Huurbeleid", "Het huurbeleid van Woonstichting Heiderade volgt de kaders van het Rijk en de afspraken uit het Sociaal Huurakkoord. Partijen vinden het van belang dat de woonlasten voor huurders met een laag inkomen beheersbaar blijven.",
     ["huurverhoging", "iahv", "streefhuur"]),
    ("2.2", "Huurachterstanden en voorkomen van huisuitzettingen", "In 2025 steeg het aantal huurders met een betalingsachterstand van meer dan drie maanden licht, van 47 naar 52. Partijen zetten daarom eerder in op contact met de huurder.",
     ["vroegsignalering", "ontruimingen", "schuldhulp"]),
  ]),
  ("3", "Beschikbaarheid en woningbouw", [
    ("3.1", "Nieuwbouw en woningvoorraad", "De regionale woondeal vraagt dat ten minste een derde van de nieuwbouw uit sociale huurwoningen bestaat. Door gestegen bouwkosten en netcongestie staat de planning van een aantal projecten onder druk.",
     ["nieuwbouw", "lindehof", "flexwonen", "verkoop", "liberalisatie", "grondprijs"]),
    ("3.2", "Woningtoewijzing en doelgroepen", None,
     ["statushouders", "doorstroming", "levensloop", "uitstroom"]),
  ]),
  ("4", "Duurzaamheid", [
    ("4.1", "Energielabels en isolatie", "Met de Nationale Prestatieafspraken is afgesproken dat er eind 2028 geen corporatiewoningen met label E, F of G meer zijn. Woonstichting Heiderade ligt op koers om dit doel eind 2026 te bereiken.",
     ["efg", "gemlabel", "isolatie", "zonnepanelen", "warmtepompen", "energiecoaches", "aardgasvrij"]),
    ("4.2", "Klimaatadaptatie", None, ["tegelwippen", "groendak"]),
  ]),
  ("5", "Kwaliteit en wonen met zorg", [
    ("5.1", "Onderhoud en woningkwaliteit", None, ["schimmel", "onderhoud", "huurdersoordeel"]),
    ("5.2", "Toegankelijkheid en veiligheid", "Het aantal inwoners van 75 jaar en ouder in Kempenhorst neemt tot 2035 met ruim 40% toe. De afspraak over het labelen van seniorenwoningen is dit jaar opgenomen in hoofdstuk 3.",
     ["wmo", "brandveiligheid"]),
  ]),
  ("6", "Leefbaarheid", [
    ("6.1", "Schoon, heel en veilig", "De leefbaarheidsmonitor 2025 liet in Molenakker en De Brink een verdere toename van overlastmeldingen zien.",
     ["leefbaarheidsbudget", "schouw", "overlast"]),
    ("6.2", "Kwetsbare bewoners en ontmoeting", None, ["zachtelanding", "ontmoeting"]),
  ]),
  ("7", "Samenwerking en proces", [
    ("7.1", "Overleg en monitoring", "Partijen komen ten minste vier keer per jaar bijeen in het ambtelijk overleg en twee keer per jaar in het bestuurlijk overleg.",
     ["monitoring", "bodprocedure", "ondersteuning"]),
    ("7.2", "Beleid en geschillen", None, ["woonvisie", "geschillen", "kaderafspraken"]),
  ]),
 ],
}

BOD_ORDER = ["huurverhoging", "vroegsignalering", "nieuwbouw", "flexwonen", "verkoop", "liberalisatie", "woningsplitsing",
             "kerkeveld", "statushouders", "doorstroming", "levensloop", "uitstroom", "efg", "gemlabel", "isolatie",
             "zonnepanelen", "warmtepompen", "groendak", "schimmel", "onderhoud", "huurdersoordeel", "wmo",
             "leefbaarheidsbudget", "schouw", "overlast", "ontmoeting", "bewonersinitiatief", "ondersteuning"]

# pair statuses for keys present in both documents: (status, kinds, hard_negative)
PAIR_A = {  # 2025 -> 2026
 "huurverhoging": ("strengthened", ["quantity"], None),
 "iahv": ("reworded", [], "recurring_year"),
 "streefhuur": ("unchanged", [], None),
 "vroegsignalering": ("strengthened", ["quantity"], None),
 "ontruimingen": ("weakened", ["quantity"], None),
 "schuldhulp": ("reworded", [], "recurring_year"),
 "nieuwbouw": ("weakened", ["quantity"], None),
 "lindehof": ("weakened", ["deadline"], None),
 "flexwonen": ("strengthened", ["modality"], None),
 "verkoop": ("strengthened", ["quantity"], None),
 "liberalisatie": ("strengthened", ["quantity"], None),
 "grondprijs": ("reworded", [], "indexed_amount"),
 "statushouders": ("reworded", [], "external_figure"),
 "doorstroming": ("weakened", ["modality", "deadline"], None),
 "uitstroom": ("strengthened", ["modality"], None),
 "levensloop": ("reworded", [], "recurring_year"),
 "efg": ("reworded", [], "progress"),
 "gemlabel": ("weakened", ["label"], None),
 "isolatie": ("strengthened", ["quantity"], None),
 "zonnepanelen": ("weakened", ["scope"], None),
 "warmtepompen": ("weakened", ["condition"], None),
 "energiecoaches": ("unchanged", [], None),
 "tegelwippen": ("reworded", [], "recurring_year"),
 "schimmel": ("strengthened", ["quantity"], None),
 "onderhoud": ("weakened", ["quantity"], None),
 "huurdersoordeel": ("unchanged", [], None),
 "wmo": ("strengthened", ["quantity"], None),
 "brandveiligheid": ("strengthened", ["scope"], None),
 "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
 "schouw": ("reworded", [], "recurring_year"),
 "overlast": ("strengthened", ["modality"], None),
 "zachtelanding": ("unchanged", [], None),
 "monitoring": ("reworded", [], "recurring_year"),
 "bodprocedure": ("reworded", [], "recurring_year"),
 "ondersteuning": ("reworded", [], "same_figures"),
 "woonvisie": ("weakened", ["deadline"], None),
 "geschillen": ("unchanged", [], None),
}
PAIR_B = {  # bod 2026 -> 2026
 "huurverhoging": ("strengthened", ["quantity"], None),
 "vroegsignalering": ("reworded", [], "same_figures"),
 "nieuwbouw": ("strengthened", ["quantity"], None),
 "flexwonen": ("strengthened", ["condition", "deadline"], None),
 "verkoop": ("reworded", [], "same_figures"),
 "liberalisatie": ("strengthened", ["quantity"], None),
 "statushouders": ("reworded", [], "same_figures"),
 "doorstroming": ("weakened", ["modality"], None),
 "levensloop": ("weakened", ["quantity"], None),
 "uitstroom": ("strengthened", ["quantity", "condition"], None),
 "efg": ("reworded", [], "same_figures"),
 "gemlabel": ("reworded", [], "same_figures"),
 "isolatie": ("strengthened", ["quantity"], None),
 "zonnepanelen": ("weakened", ["scope"], None),
 "warmtepompen": ("strengthened", ["condition"], None),
 "groendak": ("unchanged", [], None),
 "schimmel": ("strengthened", ["quantity"], None),
 "onderhoud": ("weakened", ["quantity"], None),
 "huurdersoordeel": ("unchanged", [], None),
 "wmo": ("reworded", [], "same_figures"),
 "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
 "schouw": ("reworded", [], "same_figures"),
 "overlast": ("strengthened", ["modality"], None),
 "ontmoeting": ("weakened", ["modality"], None),
 "ondersteuning": ("unchanged", [], None),
}
