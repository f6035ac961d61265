# -*- coding: utf-8 -*-
"""Content of the pijlwerd family (fictional): gemeente Pijlwerd, Woonstichting Het Pijlhuis and
Huurdersvereniging Pijlwerd. Three yearly agreements 2024-2026, typed as a plain-text file."""

YEARS = [2024, 2025, 2026]
GEMEENTE = "Pijlwerd"
CORPORATIE = "Woonstichting Het Pijlhuis"
HUURDERS = "Huurdersvereniging Pijlwerd"

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    return {
        "actors": list(actors),
        "modality": modality,
        "quantities": [{"value": x[0], "unit": x[1], "comparator": x[2],
                        "value_max": x[3] if len(x) > 3 else None} for x in q],
        "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
        "recurring": rec,
        "conditions": list(cond),
    }


def V(t, f, st=None, k=(), hn=None, wie=None, wann=None):
    return {"text": t, "frame": f, "status": st, "kinds": list(k), "hn": hn, "wie": wie, "wann": wann}


# Chapters: (number, title, table?, intro per year (str with {year}/{prev}), subsections)
CHAPTERS = [
    (2, "BESCHIKBAARHEID EN BETAALBAARHEID", False,
     "Het Pijlhuis verhuurt in Pijlwerd en Oudeveer ruim 3.100 sociale huurwoningen. In {prev} stonden "
     "ongeveer 2.400 woningzoekenden ingeschreven en bedroeg de gemiddelde inschrijfduur bij toewijzing "
     "ruim vier jaar. Dat vraagt om nieuwbouw, om een voorraad die op peil blijft en om huren die passen "
     "bij de inkomens van de huurders."),
    (3, "DUURZAAMHEID EN ENERGIE", True,
     "Op 1 januari {year} had Het Pijlhuis nog {efg} woningen met een energielabel E, F of G. De "
     "huurdersvereniging vraagt al enkele jaren aandacht voor huurders die hun energierekening "
     "nauwelijks kunnen betalen. De afspraken staan hieronder in een tabel; in de kolommen Wie en "
     "Wanneer staat wie de afspraak trekt en wanneer die klaar moet zijn."),
    (4, "KWALITEIT EN WONEN MET ZORG", False,
     "Uit het huurdersonderzoek van {prev} bleek dat huurders de afhandeling van klachten over vocht "
     "en schimmel als onvoldoende ervaren. Ook het aantal ouderen dat langer thuis woont neemt toe."),
    (5, "LEEFBAARHEID", True,
     "In Pijlwerd-Noord en de Kerkebuurt komen meer meldingen van overlast binnen dan in de rest van "
     "de gemeente. Partijen willen dat huurders zich thuis voelen in hun buurt."),
    (6, "SAMENWERKING EN PROCES", False,
     "Deze afspraken gelden voor het jaar {year}. Zij zijn gemaakt op basis van de woonvisie van de "
     "gemeente en het bod dat Het Pijlhuis in juni {prev} heeft uitgebracht."),
]
EFG = {2024: 212, 2025: 131, 2026: 45}

LEADIN = {"toewijzing": "Bij de toewijzing van sociale huurwoningen spreken partijen het volgende af:"}

S = "same"
A = []


def add(key, chap, sub, themes, versions, group=None):
    A.append({"key": key, "chap": chap, "sub": sub, "themes": themes, "v": versions, "group": group})


NV = "NIEUWBOUW EN VOORRAAD"
HT = "HUURBELEID EN TOEWIJZING"

# ---------------------------------------------------------------- chapter 2
add("nieuwbouw-weerden", 2, NV, [BB], {
    2024: V("Het Pijlhuis realiseert in het plan De Weerden 48 sociale huurwoningen, waarvan ten minste 16 "
            "geschikt voor senioren; de oplevering vindt uiterlijk eind 2025 plaats.",
            F([C], "firm", [(48, "woningen", "exact"), (16, "woningen", "min")], (2025, "uiterlijk eind 2025"))),
    2025: V("Het Pijlhuis realiseert in het plan De Weerden 40 sociale huurwoningen, waarvan ten minste 16 "
            "geschikt voor senioren; de oplevering vindt uiterlijk medio 2026 plaats.",
            F([C], "firm", [(40, "woningen", "exact"), (16, "woningen", "min")], (2026, "uiterlijk medio 2026")),
            "weakened", ["quantity", "deadline"]),
    2026: V("In het plan De Weerden levert Het Pijlhuis uiterlijk medio 2026 in totaal 40 sociale "
            "huurwoningen op, van welke er ten minste 16 geschikt zijn voor senioren.",
            F([C], "firm", [(40, "woningen", "exact"), (16, "woningen", "min")], (2026, "uiterlijk medio 2026")),
            "reworded", hn="same_figures"),
})
add("nieuwbouw-schuttersveld", 2, NV, [BB], {
    2024: V("Het Pijlhuis onderzoekt of op de locatie Schuttersveld 30 sociale huurwoningen kunnen worden "
            "gebouwd en legt de uitkomst vóór 1 oktober 2024 voor aan partijen.",
            F([C], "explore", [(30, "woningen", "exact")], (2024, "vóór 1 oktober 2024"))),
    2025: V("Het Pijlhuis bouwt op de locatie Schuttersveld 30 sociale huurwoningen; de bouw start in 2026.",
            F([C], "firm", [(30, "woningen", "exact")], (2026, "in 2026")), "strengthened", ["modality"]),
    2026: V("Het Pijlhuis bouwt op de locatie Schuttersveld 30 sociale huurwoningen, onder voorbehoud van het "
            "verkrijgen van de omgevingsvergunning; de bouw start in 2026.",
            F([C], "firm", [(30, "woningen", "exact")], (2026, "in 2026"),
              cond=["onder voorbehoud van het verkrijgen van de omgevingsvergunning"]),
            "weakened", ["condition"]),
})
add("sociale-voorraad", 2, NV, [BB], {
    2024: V("Partijen streven ernaar de sociale huurvoorraad van Het Pijlhuis in Pijlwerd tot en met 2030 op "
            "ten minste 3.150 woningen te houden.",
            F([P], "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
    2025: S,
    2026: V("Partijen streven ernaar de sociale huurvoorraad van Het Pijlhuis in Pijlwerd tot en met 2030 op "
            "ten minste 3.200 woningen te houden.",
            F([P], "intent", [(3200, "woningen", "min")], (2030, "tot en met 2030")),
            "strengthened", ["quantity"]),
})
add("verkoop", 2, NV, [BB], {
    2024: V("Het Pijlhuis verkoopt in 2024 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
            F([C], "firm", [(10, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: V("Het Pijlhuis verkoopt in 2025 ten hoogste 6 sociale huurwoningen, uitsluitend bij mutatie.",
            F([C], "firm", [(6, "woningen", "max")], (2025, "in 2025"), rec=True), "strengthened", ["quantity"]),
    2026: V("Het Pijlhuis verkoopt in 2026 ten hoogste 6 sociale huurwoningen, uitsluitend bij mutatie.",
            F([C], "firm", [(6, "woningen", "max")], (2026, "in 2026"), rec=True), "reworded",
            hn="recurring_year"),
})
add("grondprijs", 2, NV, [BB], {
    2024: V("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 17.500 per woning.",
            F([G], "firm", [(17500, "euro", "exact")])),
    2025: V("Voor grond die bestemd is voor sociale huurwoningen rekent de gemeente een vaste prijs van "
            "€ 17.500 per woning.", F([G], "firm", [(17500, "euro", "exact")]), "reworded", hn="same_figures"),
})
add("plancapaciteit", 2, NV, [BB], {
    2025: V("De gemeente wijst uiterlijk eind 2026 ten minste twee nieuwe locaties aan voor sociale "
            "huurwoningen en biedt deze als eerste aan Het Pijlhuis aan.",
            F([G], "firm", [(2, "locaties", "min")], (2026, "uiterlijk eind 2026"))),
    2026: V("De gemeente spant zich in om uiterlijk eind 2026 ten minste twee nieuwe locaties voor sociale "
            "huurwoningen aan te wijzen en biedt deze als eerste aan Het Pijlhuis aan.",
            F([G], "intent", [(2, "locaties", "min")], (2026, "uiterlijk eind 2026")), "weakened", ["modality"]),
})
add("tijdelijke-woningen", 2, NV, [BB], {
    2024: V("Partijen verkennen in 2024 of op de locatie Oude Gasfabriek tijdelijke woningen voor "
            "spoedzoekers kunnen worden geplaatst.", F([P], "explore", [], (2024, "in 2024"))),
})
add("huurverhoging", 2, HT, [BB], {
    2024: V("Het Pijlhuis houdt de gemiddelde huurverhoging per 1 juli 2024 gelijk aan of lager dan de "
            "inflatie.", F([C], "firm", [], (2024, "per 1 juli 2024"), rec=True)),
    2025: V("Het Pijlhuis houdt de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5 procentpunt onder "
            "de inflatie.", F([C], "firm", [(0.5, "procentpunt", "min")], (2025, "per 1 juli 2025"), rec=True),
            "strengthened", ["quantity"]),
    2026: V("Het Pijlhuis houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 0,5 procentpunt onder "
            "de inflatie.", F([C], "firm", [(0.5, "procentpunt", "min")], (2026, "per 1 juli 2026"), rec=True),
            "reworded", hn="recurring_year"),
})
add("huurachterstand", 2, HT, [BB], {
    2024: V("Het Pijlhuis neemt uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk "
            "contact op met de huurder.", F([C], "firm", [(2, "maanden", "max")])),
    2025: V("Het Pijlhuis neemt uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk "
            "contact op met de huurder.", F([C], "firm", [(1, "maanden", "max")]), "strengthened", ["quantity"]),
    2026: S,
})
add("betalingsregeling", 2, HT, [BB], {
    2026: V("Het Pijlhuis biedt huurders met een betalingsachterstand een betalingsregeling aan met een "
            "looptijd van ten hoogste 24 maanden.", F([C], "firm", [(24, "maanden", "max")])),
})
add("huisuitzettingen", 2, HT, [BB, LB], {
    2024: V("Partijen spannen zich in om het aantal huisuitzettingen wegens huurachterstand te beperken tot "
            "ten hoogste 4 per jaar.", F([P], "intent", [(4, "huisuitzettingen", "max")])),
    2025: V("Partijen zetten zich ervoor in dat per jaar niet meer dan vier huurders hun woning verliezen door "
            "een huurachterstand.", F([P], "intent", [(4, "huisuitzettingen", "max")]), "reworded",
            hn="same_figures"),
    2026: V("Partijen zetten zich ervoor in dat per jaar niet meer dan zes huurders hun woning verliezen door "
            "een huurachterstand.", F([P], "intent", [(6, "huisuitzettingen", "max")]), "weakened",
            ["quantity"]),
})
add("passend-toewijzen", 2, HT, [BB], {
    2024: V("Het Pijlhuis wijst ten minste 95% van de vrijkomende woningen passend toe aan huishoudens met "
            "recht op huurtoeslag.", F([C], "firm", [(95, "%", "min")])),
    2025: S, 2026: S,
}, group="toewijzing")
add("inkomensgrens", 2, HT, [BB], {
    2024: V("Het Pijlhuis hanteert voor eenpersoonshuishoudens een inkomensgrens van € 47.699 (prijspeil "
            "2024).", F([C], "firm", [(47699, "euro", "max")], rec=True)),
    2025: V("Het Pijlhuis hanteert voor eenpersoonshuishoudens een inkomensgrens van € 52.675 (prijspeil "
            "2025).", F([C], "firm", [(52675, "euro", "max")], rec=True), "reworded", hn="indexed_amount"),
    2026: V("Het Pijlhuis hanteert voor eenpersoonshuishoudens een inkomensgrens van € 53.570 (prijspeil "
            "2026).", F([C], "firm", [(53570, "euro", "max")], rec=True), "reworded", hn="indexed_amount"),
}, group="toewijzing")
add("jongeren", 2, HT, [BB], {
    2024: V("Het Pijlhuis wijst ten minste 15% van de vrijkomende appartementen toe aan jongeren tot 28 jaar.",
            F([C], "firm", [(15, "%", "min"), (28, "jaar", "max")])),
    2025: V("Het Pijlhuis wijst ten minste 10% van de vrijkomende appartementen toe aan jongeren tot 28 jaar.",
            F([C], "firm", [(10, "%", "min"), (28, "jaar", "max")]), "weakened", ["quantity"]),
    2026: V("Het Pijlhuis wijst ten minste 10% van de vrijkomende appartementen in Pijlwerd-Noord toe aan "
            "jongeren tot 28 jaar.", F([C], "firm", [(10, "%", "min"), (28, "jaar", "max")]), "weakened",
            ["scope"]),
}, group="toewijzing")
add("vergunninghouders", 2, HT, [BB], {
    2024: V("Het Pijlhuis stelt in 2024 ten minste 32 woningen beschikbaar voor de huisvesting van "
            "vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
            F([C], "firm", [(32, "woningen", "min")], (2024, "in 2024"), rec=True)),
    2025: V("In 2025 stelt Het Pijlhuis ten minste 38 woningen beschikbaar voor de huisvesting van "
            "vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
            F([C], "firm", [(38, "woningen", "min")], (2025, "In 2025"), rec=True), "reworded",
            hn="external_figure"),
    2026: V("In 2026 stelt Het Pijlhuis ten minste 35 woningen beschikbaar voor de huisvesting van "
            "vergunninghouders, overeenkomstig de taakstelling van het Rijk.",
            F([C], "firm", [(35, "woningen", "min")], (2026, "In 2026"), rec=True), "reworded",
            hn="external_figure"),
}, group="toewijzing")
add("doorstroming-senioren", 2, HT, [BB], {
    2024: V("Het Pijlhuis start uiterlijk 1 juli 2024 een verhuisregeling voor senioren die een "
            "eengezinswoning achterlaten, met een verhuisvergoeding van € 2.500.",
            F([C], "firm", [(2500, "euro", "exact")], (2024, "uiterlijk 1 juli 2024"))),
    2025: V("Het Pijlhuis start uiterlijk 1 april 2025 een verhuisregeling voor senioren die een "
            "eengezinswoning achterlaten, met een verhuisvergoeding van € 2.500.",
            F([C], "firm", [(2500, "euro", "exact")], (2025, "uiterlijk 1 april 2025")), "weakened",
            ["deadline"]),
    2026: V("Het Pijlhuis biedt senioren die een eengezinswoning achterlaten een verhuisregeling aan met een "
            "verhuisvergoeding van € 3.000.", F([C], "firm", [(3000, "euro", "exact")]), "strengthened",
            ["quantity"]),
})

# ---------------------------------------------------------------- chapter 3 (table)
HP = "Het Pijlhuis"
GHP = "Gemeente en Het Pijlhuis"
add("labels-efg", 3, None, [DK], {
    2024: V("Het Pijlhuis heeft uiterlijk eind 2026 geen woningen meer met energielabel E, F of G.",
            F([C], "firm", [("D", "label", "min")], (2026, "uiterlijk eind 2026")), wie=HP, wann="eind 2026"),
    2025: V("Het Pijlhuis heeft uiterlijk eind 2027 geen woningen meer met energielabel E, F of G.",
            F([C], "firm", [("D", "label", "min")], (2027, "uiterlijk eind 2027")), "weakened", ["deadline"],
            wie=HP, wann="eind 2027"),
    2026: V("Het Pijlhuis pakt de laatste 45 woningen met energielabel E, F of G uiterlijk eind 2027 aan, "
            "zodat zij daarna geen woningen met deze labels meer heeft.",
            F([C], "firm", [(45, "woningen", "exact"), ("D", "label", "min")], (2027, "uiterlijk eind 2027")),
            "reworded", hn="progress", wie=HP, wann="eind 2027"),
})
add("isolatie", 3, None, [DK], {
    2024: V("Het Pijlhuis isoleert in 2024 ten minste 180 woningen in de complexen Kerkebuurt en "
            "Schuttersveld.", F([C], "firm", [(180, "woningen", "min")], (2024, "in 2024"), rec=True),
            wie=HP, wann="2024"),
    2025: V("Het Pijlhuis isoleert in 2025 ten minste 150 woningen in de complexen Kerkebuurt en "
            "Schuttersveld.", F([C], "firm", [(150, "woningen", "min")], (2025, "in 2025"), rec=True),
            "weakened", ["quantity"], wie=HP, wann="2025"),
    2026: V("Het Pijlhuis isoleert in 2026 ten minste 150 woningen, verdeeld over alle complexen met "
            "energielabel D of lager.", F([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"), rec=True),
            "strengthened", ["scope"], wie=HP, wann="2026"),
})
add("gemiddeld-label", 3, None, [DK], {
    2024: V("Het Pijlhuis brengt het gemiddelde energielabel van haar woningvoorraad uiterlijk in 2028 naar "
            "label B.", F([C], "firm", [("B", "label", "min")], (2028, "uiterlijk in 2028")), wie=HP, wann="2028"),
    2025: V("Het Pijlhuis brengt het gemiddelde energielabel van haar woningvoorraad uiterlijk in 2028 naar "
            "label C.", F([C], "firm", [("C", "label", "min")], (2028, "uiterlijk in 2028")), "weakened",
            ["label"], wie=HP, wann="2028"),
    2026: S,
})
add("zonnepanelen", 3, None, [DK], {
    2024: V("Het Pijlhuis onderzoekt in 2024 of op de daken van de eengezinswoningen in De Weerden "
            "zonnepanelen kunnen worden geplaatst.", F([C], "explore", [], (2024, "in 2024")),
            wie=HP, wann="Q3 2024"),
    2025: V("Het Pijlhuis plaatst in 2025 zonnepanelen op de daken van 120 eengezinswoningen in De Weerden, "
            "zonder dat de huur daardoor stijgt.",
            F([C], "firm", [(120, "woningen", "exact")], (2025, "in 2025")), "strengthened", ["modality"],
            wie=HP, wann="eind 2025"),
    2026: V("Het Pijlhuis plaatst in 2026 zonnepanelen op de daken van 120 eengezinswoningen in De Weerden, "
            "zonder dat de huur daardoor stijgt, mits de netbeheerder voldoende netcapaciteit toezegt.",
            F([C], "firm", [(120, "woningen", "exact")], (2026, "in 2026"),
              cond=["mits de netbeheerder voldoende netcapaciteit toezegt"]),
            "weakened", ["condition", "deadline"], wie=HP, wann="eind 2026"),
})
add("warmtepompen-pilot", 3, None, [DK], {
    2025: V("Het Pijlhuis voert in 2025 een pilot uit met hybride warmtepompen in 24 woningen aan de "
            "Molenstraat.", F([C], "firm", [(24, "woningen", "exact")], (2025, "in 2025")),
            wie=HP, wann="2025"),
    2026: V("Het Pijlhuis streeft ernaar in 2026 een pilot uit te voeren met hybride warmtepompen in 24 "
            "woningen aan de Molenstraat.", F([C], "intent", [(24, "woningen", "exact")], (2026, "in 2026")),
            "weakened", ["modality", "deadline"], wie=HP, wann="2026"),
})
add("energiecoaches", 3, None, [DK, BB], {
    2024: V("De gemeente zet in 2024 energiecoaches in voor huurders met hoge energielasten; Het Pijlhuis "
            "wijst haar huurders actief op dit aanbod.", F([G, C], "firm", [], (2024, "in 2024"), rec=True),
            wie=GHP, wann="2024"),
    2025: V("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; Het Pijlhuis "
            "wijst haar huurders actief op dit aanbod.", F([G, C], "firm", [], (2025, "in 2025"), rec=True),
            "reworded", hn="recurring_year", wie=GHP, wann="2025"),
    2026: V("De gemeente zet in 2026 energiecoaches in die ten minste 200 huishoudens met hoge energielasten "
            "bezoeken; Het Pijlhuis wijst haar huurders actief op dit aanbod.",
            F([G, C], "firm", [(200, "huishoudens", "min")], (2026, "in 2026"), rec=True), "strengthened",
            ["quantity"], wie=GHP, wann="2026"),
})
add("warmtenet-noord", 3, None, [DK], {
    2024: V("Gemeente en Het Pijlhuis verkennen in 2024 of de flats in Pijlwerd-Noord kunnen worden "
            "aangesloten op een warmtenet.", F([G, C], "explore", [], (2024, "in 2024")), wie=GHP, wann="2024"),
})
add("klimaatadaptatie", 3, None, [DK], {
    2024: V("Bij groot onderhoud koppelt Het Pijlhuis waar mogelijk het hemelwater af van het riool.",
            F([C], "firm", [], cond=["waar mogelijk"]), wie=HP, wann="doorlopend"),
    2025: V("Bij groot onderhoud koppelt Het Pijlhuis het hemelwater af van het riool.",
            F([C], "firm", []), "strengthened", ["condition"], wie=HP, wann="doorlopend"),
    2026: V("Het hemelwater wordt bij groot onderhoud door Het Pijlhuis afgekoppeld van het riool.",
            F([C], "firm", []), "reworded", hn="same_figures", wie=HP, wann="doorlopend"),
})
add("groene-daken", 3, None, [DK], {
    2026: V("Het Pijlhuis legt in 2026 op ten minste drie platte daken van haar complexen een groen dak aan.",
            F([C], "firm", [(3, "daken", "min")], (2026, "in 2026")), wie=HP, wann="eind 2026"),
})

# ---------------------------------------------------------------- chapter 4
add("vocht-schimmel", 4, None, [KW], {
    2024: V("Het Pijlhuis inspecteert de woning binnen 15 werkdagen na een melding van vocht of schimmel.",
            F([C], "firm", [(15, "werkdagen", "max")])),
    2025: V("Het Pijlhuis inspecteert de woning binnen 10 werkdagen na een melding van vocht of schimmel.",
            F([C], "firm", [(10, "werkdagen", "max")]), "strengthened", ["quantity"]),
    2026: S,
})
add("reparaties", 4, None, [KW], {
    2024: V("Het Pijlhuis voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 15 werkdagen.",
            F([C], "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
    2025: S,
    2026: V("Het Pijlhuis voert spoedreparaties binnen 24 uur uit en overige reparaties binnen 20 werkdagen.",
            F([C], "firm", [(24, "uur", "max"), (20, "werkdagen", "max")]), "weakened", ["quantity"]),
})
add("levensloopgeschikt", 4, None, [KW], {
    2024: V("Het Pijlhuis maakt jaarlijks ten minste 30 bestaande woningen levensloopgeschikt.",
            F([C], "firm", [(30, "woningen", "min")], rec=True)),
    2025: V("Jaarlijks worden door Het Pijlhuis ten minste dertig bestaande woningen levensloopgeschikt "
            "gemaakt.", F([C], "firm", [(30, "woningen", "min")], rec=True), "reworded", hn="same_figures"),
    2026: V("Het Pijlhuis streeft ernaar jaarlijks ten minste dertig bestaande woningen levensloopgeschikt te "
            "maken.", F([C], "intent", [(30, "woningen", "min")], rec=True), "weakened", ["modality"]),
})
add("woningaanpassingen", 4, None, [KW], {
    2024: V("Gemeente en Het Pijlhuis gaan in 2024 in gesprek over de verdeling van de kosten van kleine "
            "woningaanpassingen vanuit de Wmo.", F([G, C], "discuss", [], (2024, "in 2024"))),
    2025: V("Gemeente en Het Pijlhuis werken volgens de vastgestelde verdeling van de kosten van kleine "
            "woningaanpassingen vanuit de Wmo.", F([G, C], "firm", []), "strengthened", ["modality"]),
})
add("geclusterd-wonen", 4, None, [KW], {
    2024: V("Het Pijlhuis realiseert samen met zorgaanbieder De Linde uiterlijk in 2026 een geclusterde "
            "woonvorm met 16 appartementen voor ouderen met een zorgvraag.",
            F([C], "firm", [(16, "appartementen", "exact")], (2026, "uiterlijk in 2026"))),
    2025: V("Het Pijlhuis onderzoekt samen met zorgaanbieder De Linde of uiterlijk in 2027 een geclusterde "
            "woonvorm met 16 appartementen voor ouderen met een zorgvraag kan worden gerealiseerd.",
            F([C], "explore", [(16, "appartementen", "exact")], (2027, "uiterlijk in 2027")), "weakened",
            ["modality", "deadline"]),
    2026: V("Het Pijlhuis realiseert samen met zorgaanbieder De Linde uiterlijk in 2028 een geclusterde "
            "woonvorm met 16 appartementen voor ouderen met een zorgvraag.",
            F([C], "firm", [(16, "appartementen", "exact")], (2028, "uiterlijk in 2028")), "modified",
            ["modality", "deadline"]),
})
add("rookmelders", 4, None, [KW], {
    2024: V("Het Pijlhuis plaatst vóór 1 juli 2024 in alle woningen op elke verdieping een rookmelder.",
            F([C], "firm", [], (2024, "vóór 1 juli 2024"))),
})

# ---------------------------------------------------------------- chapter 5 (table)
add("leefbaarheidsbudget", 5, None, [LB], {
    2024: V("Het Pijlhuis besteedt in 2024 ten minste € 120.000 aan leefbaarheid in haar complexen en buurten.",
            F([C], "firm", [(120000, "euro", "min")], (2024, "in 2024"), rec=True), wie=HP, wann="2024"),
    2025: V("Het Pijlhuis besteedt in 2025 ten minste € 135.000 aan leefbaarheid in haar complexen en buurten.",
            F([C], "firm", [(135000, "euro", "min")], (2025, "in 2025"), rec=True), "strengthened", ["quantity"],
            wie=HP, wann="2025"),
    2026: V("Het Pijlhuis besteedt in 2026 ten minste € 135.000 aan leefbaarheid in haar complexen en buurten.",
            F([C], "firm", [(135000, "euro", "min")], (2026, "in 2026"), rec=True), "reworded",
            hn="recurring_year", wie=HP, wann="2026"),
})
add("wijkbeheerder", 5, None, [LB], {
    2024: V("Het Pijlhuis zet in Pijlwerd-Noord en de Kerkebuurt een wijkbeheerder in die ten minste drie "
            "dagen per week in de wijk aanwezig is.", F([C], "firm", [(3, "dagen per week", "min")]),
            wie=HP, wann="doorlopend"),
    2025: V("Het Pijlhuis zet in Pijlwerd-Noord een wijkbeheerder in die ten minste drie dagen per week in de "
            "wijk aanwezig is.", F([C], "firm", [(3, "dagen per week", "min")]), "weakened", ["scope"],
            wie=HP, wann="doorlopend"),
    2026: V("Het Pijlhuis zet in Pijlwerd-Noord een wijkbeheerder in die ten minste twee dagen per week in de "
            "wijk aanwezig is.", F([C], "firm", [(2, "dagen per week", "min")]), "weakened", ["quantity"],
            wie=HP, wann="doorlopend"),
})
add("uitstroom-bw-mo", 5, None, [BB, LB], {
    2025: V("Gemeente en Het Pijlhuis stellen in 2025 ten minste 12 woningen beschikbaar voor uitstroom uit "
            "beschermd wonen en maatschappelijke opvang, met begeleiding vanuit de gemeente.",
            F([G, C], "firm", [(12, "woningen", "min")], (2025, "in 2025"), rec=True), wie=GHP, wann="2025"),
    2026: V("Gemeente en Het Pijlhuis stellen in 2026 ten minste 15 woningen beschikbaar voor uitstroom uit "
            "beschermd wonen en maatschappelijke opvang, met begeleiding vanuit de gemeente.",
            F([G, C], "firm", [(15, "woningen", "min")], (2026, "in 2026"), rec=True), "strengthened",
            ["quantity"], wie=GHP, wann="2026"),
})
add("bewonersinitiatieven", 5, None, [LB], {
    2024: V("De gemeente stelt in 2024 een bedrag van € 20.000 beschikbaar voor bewonersinitiatieven in de "
            "wijken.", F([G], "firm", [(20000, "euro", "exact")], (2024, "in 2024"), rec=True),
            wie="Gemeente", wann="2024"),
    2025: V("Onder voorbehoud van vaststelling van de begroting 2025 stelt de gemeente in 2025 een bedrag van "
            "€ 20.000 beschikbaar voor bewonersinitiatieven in de wijken.",
            F([G], "firm", [(20000, "euro", "exact")], (2025, "in 2025"), rec=True,
              cond=["onder voorbehoud van vaststelling van de begroting 2025"]),
            "weakened", ["condition"], wie="Gemeente", wann="2025"),
    2026: V("De gemeente stelt in 2026 een bedrag van € 20.000 beschikbaar voor bewonersinitiatieven in de "
            "wijken.", F([G], "firm", [(20000, "euro", "exact")], (2026, "in 2026"), rec=True),
            "strengthened", ["condition"], wie="Gemeente", wann="2026"),
})
add("schouwen", 5, None, [LB], {
    2026: V("Het Pijlhuis houdt in 2026 in elk complex met een gemeenschappelijke ruimte ten minste twee "
            "schouwen samen met bewoners.", F([C], "firm", [(2, "schouwen", "min")], (2026, "in 2026"),
                                              rec=True), wie=HP, wann="2026"),
})

# ---------------------------------------------------------------- chapter 6
add("monitoring", 6, None, [OV], {
    2024: V("Partijen bespreken de voortgang van deze afspraken tweemaal per jaar in het bestuurlijk overleg.",
            F([P], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    2025: S, 2026: S,
})
add("bod", 6, None, [OV], {
    2024: V("Het Pijlhuis stuurt vóór 1 juli 2024 haar bod op de woonvisie aan de gemeente en de "
            "huurdersvereniging.", F([C], "firm", [], (2024, "vóór 1 juli 2024"), rec=True)),
    2025: V("Het Pijlhuis stuurt vóór 1 juli 2025 haar bod op de woonvisie aan de gemeente en de "
            "huurdersvereniging.", F([C], "firm", [], (2025, "vóór 1 juli 2025"), rec=True), "reworded",
            hn="recurring_year"),
    2026: V("Het Pijlhuis stuurt vóór 1 juli 2026 haar bod op de woonvisie aan de gemeente en de "
            "huurdersvereniging.", F([C], "firm", [], (2026, "vóór 1 juli 2026"), rec=True), "reworded",
            hn="recurring_year"),
})
add("ondersteuning-huurders", 6, None, [OV], {
    2024: V("Het Pijlhuis vergoedt de kosten van onafhankelijke ondersteuning van de huurdersvereniging tot "
            "een bedrag van € 5.000 per jaar.", F([C], "firm", [(5000, "euro", "max")], rec=True)),
    2025: V("Het Pijlhuis vergoedt de kosten van onafhankelijke ondersteuning van de huurdersvereniging tot "
            "een bedrag van € 6.500 per jaar.", F([C], "firm", [(6500, "euro", "max")], rec=True),
            "strengthened", ["quantity"]),
    2026: V("Het Pijlhuis vergoedt de kosten van onafhankelijke ondersteuning van de huurdersvereniging tot "
            "een bedrag van € 6.500 per jaar, mits de huurdersvereniging vooraf een begroting indient.",
            F([C], "firm", [(6500, "euro", "max")], rec=True,
              cond=["mits de huurdersvereniging vooraf een begroting indient"]), "weakened", ["condition"]),
})
add("woonvisie", 6, None, [OV], {
    2024: V("De gemeente stelt in 2024 een nieuwe woonvisie op en betrekt Het Pijlhuis en de "
            "huurdersvereniging daarbij vanaf de start.", F([G], "firm", [], (2024, "in 2024"))),
    2025: V("De gemeente stelt in 2025 een nieuwe woonvisie op en betrekt Het Pijlhuis en de "
            "huurdersvereniging daarbij vanaf de start.", F([G], "firm", [], (2025, "in 2025")), "weakened",
            ["deadline"]),
})
add("geschillen", 6, None, [OV], {
    2024: V("Geschillen over de uitvoering van deze afspraken bespreken partijen eerst in het bestuurlijk "
            "overleg; komen zij er samen niet uit, dan leggen zij het geschil voor aan de adviescommissie uit "
            "het Besluit toegelaten instellingen volkshuisvesting 2015.",
            F([P], "firm", [], cond=["komen zij er samen niet uit"])),
    2025: S, 2026: S,
})

INLEIDING = [
    "Dit zijn de prestatieafspraken voor {year} tussen de gemeente Pijlwerd, Woonstichting Het "
    "Pijlhuis en Huurdersvereniging Pijlwerd. We hebben ze met z'n drieën aan tafel gemaakt, op basis "
    "van de woonvisie en het bod van Het Pijlhuis. Dit bestand is de tekst zoals partijen die hebben "
    "vastgesteld; de huurdersvereniging verspreidt hem onder haar leden en de gemeente stuurt hem mee "
    "met de raadsinformatiebrief.",
    "Leeswijzer. Per hoofdstuk staat eerst een korte toelichting. Daarna volgen de afspraken, "
    "genummerd per hoofdstuk. Bij duurzaamheid en leefbaarheid staan de afspraken in een tabel met "
    "daarin wie de afspraak trekt en wanneer die klaar moet zijn.",
]
TERUGBLIK = {
    2024: "In 2023 heeft Het Pijlhuis 22 sociale huurwoningen opgeleverd aan de Vaartweg en zijn 164 "
          "woningen geïsoleerd. De gemeente heeft het leefbaarheidsfonds verlengd.",
    2025: "In 2024 is de eerste fase van De Weerden in aanbouw genomen en zijn 181 woningen geïsoleerd. "
          "Het onderzoek naar zonnepanelen in De Weerden is afgerond en was positief. De rookmelders zijn "
          "in alle woningen geplaatst.",
    2026: "In 2025 zijn 152 woningen geïsoleerd en zijn 12 woningen toegewezen aan mensen die uitstroomden "
          "uit beschermd wonen. De verdeling van de kosten van kleine woningaanpassingen is vastgelegd in "
          "een convenant; de nieuwe woonvisie is in november 2025 door de raad vastgesteld.",
}
SIGN_DATE = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}
SIGNATORIES = [
    ("Gemeente Pijlwerd", "mw. J.A. Verhoef-Dijkstra", "wethouder Wonen"),
    ("Woonstichting Het Pijlhuis", "dhr. R. Tammes", "directeur-bestuurder"),
    ("Huurdersvereniging Pijlwerd", "mw. G. Oukili", "voorzitter"),
]
