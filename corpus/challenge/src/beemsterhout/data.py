# Content source for family "beemsterhout" (fictional gemeente Beemsterhout).
# Each afspraak: key, chapter per year, tag, themes, versions per year (text, frame), pair statuses.

GEM = "Beemsterhout"
CORPS = ["Hofstede Wonen", "Lindewaard Wonen"]
HUURDERS = ["Huurdersvereniging De Samenhang"]
YEARS = [2025, 2026, 2027]
SAME = "SAME"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


C = ["corporatie"]
G = ["gemeente"]
P = ["partijen"]
H = ["huurdersorganisatie"]
BET, DUU, KWA, LEE, OVE = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                           "leefbaarheid", "overig")

# chapters: code -> (prefix, title per year)
CHAPTERS = {
    "ALG": ("0.", {y: "0 Algemeen" for y in YEARS}),
    "DM": ("DM-", {y: "1 Wijkafspraken De Meent" for y in YEARS}),
    "OL": ("OL-", {2025: "2 Kern Oudeland", 2026: "2 Kern Oudeland", 2027: "2 Kern Oudeland en buitengebied"}),
    "SZ": ("SZ-", {y: "3 Wijkafspraken Spoorzicht" for y in YEARS}),
    "HD": ("HD-", {y: "4 Kern Hazeldonk" for y in YEARS}),
    "MP": ("MP-", {y: "5 Monitoring en proces" for y in YEARS}),
}

A = []


def K(key, ch, tag, themes, versions, pairs, chy=None, pos=None):
    A.append(dict(key=key, ch=ch, tag=tag, themes=themes, v=versions, pairs=pairs, chy=chy or {}, pos=pos or {}))


# ---------------------------------------------------------------- 0 Algemeen
K("alg-nieuwbouw", "ALG", "Betaalbaarheid", [BET], {
    2025: ("Hofstede Wonen en Lindewaard Wonen realiseren in de periode 2025 tot en met 2028 samen ten minste 320 "
           "sociale huurwoningen in Beemsterhout, zoals opgenomen in het nieuwbouwprogramma in bijlage 2. De gemeente "
           "zorgt voor tijdige planologische medewerking en betrekt de corporaties vroegtijdig bij nieuwe locaties.",
           F(C + G, "firm", [(320, "woningen", "min")], (2028, "2025 tot en met 2028"))),
    2026: ("Hofstede Wonen en Lindewaard Wonen realiseren in de periode 2025 tot en met 2028 samen ten minste 360 "
           "sociale huurwoningen in Beemsterhout, zoals opgenomen in het nieuwbouwprogramma in bijlage 2. De gemeente "
           "zorgt voor tijdige planologische medewerking en betrekt de corporaties vroegtijdig bij nieuwe locaties.",
           F(C + G, "firm", [(360, "woningen", "min")], (2028, "2025 tot en met 2028"))),
    2027: ("In de jaren 2025 tot en met 2028 voegen Hofstede Wonen en Lindewaard Wonen gezamenlijk minimaal 360 "
           "sociale huurwoningen toe aan de voorraad in Beemsterhout; de projecten staan in het nieuwbouwprogramma in "
           "bijlage 2. De gemeente verleent tijdig planologische medewerking en betrekt beide corporaties in een vroeg "
           "stadium bij nieuwe locaties.",
           F(C + G, "firm", [(360, "woningen", "min")], (2028, "2025 tot en met 2028"))),
}, {"A": ("strengthened", ["quantity"], None), "B": ("reworded", [], "same_figures")})

K("alg-streefhuur", "ALG", "Betaalbaarheid", [BET], {
    2025: ("De corporaties hanteren per 1 januari 2025 voor nieuwe verhuringen een streefhuur van ten hoogste 80% van "
           "de maximaal redelijke huur volgens het woningwaarderingsstelsel.",
           F(C, "firm", [(80, "%", "max")], (2025, "per 1 januari 2025"), True)),
    2026: ("De corporaties hanteren per 1 januari 2026 voor nieuwe verhuringen een streefhuur van ten hoogste 80% van "
           "de maximaal redelijke huur volgens het woningwaarderingsstelsel.",
           F(C, "firm", [(80, "%", "max")], (2026, "per 1 januari 2026"), True)),
    2027: ("De corporaties hanteren per 1 januari 2027 voor nieuwe verhuringen een streefhuur van ten hoogste 85% van "
           "de maximaal redelijke huur volgens het woningwaarderingsstelsel.",
           F(C, "firm", [(85, "%", "max")], (2027, "per 1 januari 2027"), True)),
}, {"A": ("reworded", [], "recurring_year"), "B": ("weakened", ["quantity"], None)})

K("alg-huurverhoging", "ALG", "Betaalbaarheid", [BET], {
    2025: ("Bij de jaarlijkse huuraanpassing per 1 juli 2025 blijft de gemiddelde huurverhoging van de corporaties "
           "maximaal gelijk aan de inflatie. Huurders met een inkomen tot de aftoppingsgrens krijgen een huurverhoging "
           "die niet hoger is dan het gemiddelde.",
           F(C, "firm", [], (2025, "per 1 juli 2025"), True)),
    2026: ("Bij de jaarlijkse huuraanpassing per 1 juli 2026 blijft de gemiddelde huurverhoging van de corporaties "
           "ten minste 0,5% onder de inflatie. Huurders met een inkomen tot de aftoppingsgrens krijgen een huurverhoging "
           "die niet hoger is dan het gemiddelde.",
           F(C, "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True)),
    2027: ("Bij de jaarlijkse huuraanpassing per 1 juli 2027 blijft de gemiddelde huurverhoging van de corporaties "
           "ten minste 0,5% onder de inflatie. Huurders met een inkomen tot de aftoppingsgrens krijgen een huurverhoging "
           "die niet hoger is dan het gemiddelde.",
           F(C, "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
}, {"A": ("strengthened", ["quantity"], None), "B": ("reworded", [], "recurring_year")})

K("alg-inkomensgrens", "ALG", "Betaalbaarheid", [BET], {
    2025: ("Bij de toewijzing van sociale huurwoningen passen de corporaties passend toewijzen toe, waarbij huishoudens "
           "met een inkomen tot de grens voor huurtoeslag (prijspeil 2025: € 32.200 voor eenpersoonshuishoudens) een "
           "woning krijgen met een huur tot de aftoppingsgrens.",
           F(C, "firm", [(32200, "euro", "max")], None, True)),
    2026: ("Bij de toewijzing van sociale huurwoningen passen de corporaties passend toewijzen toe, waarbij huishoudens "
           "met een inkomen tot de grens voor huurtoeslag (prijspeil 2026: € 32.950 voor eenpersoonshuishoudens) een "
           "woning krijgen met een huur tot de aftoppingsgrens.",
           F(C, "firm", [(32950, "euro", "max")], None, True)),
    2027: ("Bij de toewijzing van sociale huurwoningen passen de corporaties passend toewijzen toe, waarbij huishoudens "
           "met een inkomen tot de grens voor huurtoeslag (prijspeil 2027: € 33.700 voor eenpersoonshuishoudens) een "
           "woning krijgen met een huur tot de aftoppingsgrens.",
           F(C, "firm", [(33700, "euro", "max")], None, True)),
}, {"A": ("reworded", [], "indexed_amount"), "B": ("reworded", [], "indexed_amount")})

K("alg-statushouders", "ALG", "Betaalbaarheid", [BET], {
    2025: ("De corporaties huisvesten samen met de gemeente de door het Rijk vastgestelde taakstelling voor 2025 van "
           "46 vergunninghouders. De gemeente zorgt via het sociaal team voor begeleiding gedurende het eerste jaar na "
           "de sleuteloverdracht.",
           F(C + G, "firm", [(46, "vergunninghouders", "exact")], (2025, "2025"), True)),
    2026: ("De corporaties huisvesten samen met de gemeente de door het Rijk vastgestelde taakstelling voor 2026 van "
           "52 vergunninghouders. De gemeente zorgt via het sociaal team voor begeleiding gedurende het eerste jaar na "
           "de sleuteloverdracht.",
           F(C + G, "firm", [(52, "vergunninghouders", "exact")], (2026, "2026"), True)),
    2027: ("De corporaties huisvesten samen met de gemeente de door het Rijk vastgestelde taakstelling voor 2027 van "
           "49 vergunninghouders. De gemeente zorgt via het sociaal team voor begeleiding gedurende het eerste jaar na "
           "de sleuteloverdracht.",
           F(C + G, "firm", [(49, "vergunninghouders", "exact")], (2027, "2027"), True)),
}, {"A": ("reworded", [], "external_figure"), "B": ("reworded", [], "external_figure")})

K("alg-vroegsignalering", "ALG", "Betaalbaarheid", [BET, LEE], {
    2025: ("Zodra een huurder een huurachterstand van twee maanden heeft, nemen de corporaties persoonlijk contact op "
           "en melden zij de huurder, met diens toestemming, aan bij de schuldhulpverlening van de gemeente. Partijen "
           "zetten zich gezamenlijk in om huisuitzettingen wegens huurachterstand te voorkomen.",
           F(C + P, "firm", [(2, "maanden", "exact")], None, True)),
    2026: ("Zodra een huurder een huurachterstand van één maand heeft, nemen de corporaties persoonlijk contact op "
           "en melden zij de huurder, met diens toestemming, aan bij de schuldhulpverlening van de gemeente. Partijen "
           "zetten zich gezamenlijk in om huisuitzettingen wegens huurachterstand te voorkomen.",
           F(C + P, "firm", [(1, "maanden", "exact")], None, True)),
    2027: SAME,
}, {"A": ("strengthened", ["quantity"], None), "B": ("unchanged", [], None)})

K("alg-energiearmoede", "ALG", "Duurzaamheid", [DUU, BET], {
    2025: ("De gemeente zet in 2025 energiecoaches in die ten minste 250 huishoudens in sociale huurwoningen bezoeken "
           "en adviseren over energiebesparing. De corporaties leveren adresgegevens van complexen met een laag "
           "energielabel aan.",
           F(G + C, "firm", [(250, "huishoudens", "min")], (2025, "in 2025"), True)),
    2026: ("Onder voorbehoud van de beschikbaarheid van rijksmiddelen zet de gemeente in 2026 energiecoaches in die "
           "ten minste 250 huishoudens in sociale huurwoningen bezoeken en adviseren over energiebesparing. De "
           "corporaties leveren adresgegevens van complexen met een laag energielabel aan.",
           F(G + C, "firm", [(250, "huishoudens", "min")], (2026, "in 2026"), True,
             ["Onder voorbehoud van de beschikbaarheid van rijksmiddelen"])),
}, {"A": ("weakened", ["condition"], None), "B": ("dropped", [], None)})

K("alg-urgentie", "ALG", "Betaalbaarheid", [BET, KWA], {
    2026: ("Partijen onderzoeken of de urgentieregeling in de huisvestingsverordening kan worden uitgebreid met "
           "mantelzorgers die een naaste in Beemsterhout verzorgen.",
           F(P, "explore")),
    2027: ("Per 1 januari 2027 wordt de urgentieregeling in de huisvestingsverordening door de gemeente uitgebreid met "
           "mantelzorgers die een naaste in Beemsterhout verzorgen. De corporaties passen hun "
           "toewijzingsregels hierop aan.",
           F(G + C, "firm", [], (2027, "Per 1 januari 2027"))),
}, {"A": ("new", [], None), "B": ("strengthened", ["modality"], None)})

K("alg-energiefonds", "ALG", "Duurzaamheid", [DUU, BET], {
    2027: ("De gemeente stelt in 2027 een energiefonds van € 150.000 beschikbaar waaruit huurders met een laag inkomen "
           "een bijdrage kunnen ontvangen voor energiezuinige apparatuur. De corporaties en De Samenhang wijzen hun "
           "huurders actief op deze regeling.",
           F(G + C + H, "firm", [(150000, "euro", "exact")], (2027, "in 2027"))),
}, {"B": ("new", [], None)})

# ---------------------------------------------------------------- 1 De Meent
K("dm-renovatie", "DM", "Duurzaamheid", [DUU, KWA], {
    2025: ("Hofstede Wonen renoveert in 2025 en 2026 de 96 woningen van complex Akkerhof. Daarbij worden gevels, daken "
           "en vloeren geïsoleerd en wordt mechanische ventilatie aangebracht, zodat alle woningen uiterlijk eind 2026 "
           "minimaal energielabel B hebben.",
           F(C, "firm", [(96, "woningen", "exact"), ("B", "label", "min")], (2026, "uiterlijk eind 2026"))),
    2026: ("Hofstede Wonen rondt de renovatie van complex Akkerhof af met de resterende 40 woningen. Daarbij worden "
           "gevels, daken en vloeren geïsoleerd en wordt mechanische ventilatie aangebracht, zodat alle woningen "
           "uiterlijk eind 2026 minimaal energielabel B hebben.",
           F(C, "firm", [(40, "woningen", "exact"), ("B", "label", "min")], (2026, "uiterlijk eind 2026"))),
}, {"A": ("reworded", [], "progress"), "B": ("dropped", [], None)})

K("dm-vocht", "DM", "Leefbaarheid", [KWA], {
    2025: ("Hofstede Wonen neemt iedere melding van vocht of schimmel in De Meent binnen vijf werkdagen in "
           "behandeling en laat bij herhaalde meldingen een bouwkundige inspectie uitvoeren.",
           F(C, "firm", [(5, "werkdagen", "max")], None, True)),
    2026: SAME,
    2027: ("Hofstede Wonen neemt iedere melding van vocht of schimmel in De Meent binnen drie werkdagen in "
           "behandeling en laat bij herhaalde meldingen een bouwkundige inspectie uitvoeren.",
           F(C, "firm", [(3, "werkdagen", "max")], None, True)),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["quantity"], None)})

K("dm-wijkbeheerder", "DM", "Leefbaarheid", [LEE], {
    2025: ("Hofstede Wonen en Lindewaard Wonen zetten gezamenlijk een wijkbeheerder in voor 32 uur per week, die "
           "aanspreekpunt is voor bewoners en signalen over vervuiling en overlast doorgeeft aan gemeente en wijkteam.",
           F(C, "firm", [(32, "uur per week", "exact")], None, True)),
    2026: ("Hofstede Wonen en Lindewaard Wonen zetten gezamenlijk een wijkbeheerder in voor 24 uur per week, die "
           "aanspreekpunt is voor bewoners en signalen over vervuiling en overlast doorgeeft aan gemeente en wijkteam.",
           F(C, "firm", [(24, "uur per week", "exact")], None, True)),
    2027: ("Voor 24 uur per week is in De Meent een wijkbeheerder van Hofstede Wonen en Lindewaard Wonen actief. Deze "
           "is het aanspreekpunt voor bewoners en geeft signalen over vervuiling en overlast door aan de gemeente en "
           "het wijkteam.",
           F(C, "firm", [(24, "uur per week", "exact")], None, True)),
}, {"A": ("weakened", ["quantity"], None), "B": ("reworded", [], "same_figures")})

K("dm-warmtenet", "DM", "Duurzaamheid", [DUU], {
    2025: ("De gemeente onderzoekt in 2025 of De Meent als eerste wijk van Beemsterhout kan worden aangesloten op het "
           "warmtenet dat vanuit het bedrijventerrein Zuidpolder wordt ontwikkeld.",
           F(G, "explore", [], (2025, "in 2025"))),
    2026: ("De gemeente stelt vóór 1 oktober 2026 het wijkuitvoeringsplan vast waarmee De Meent als eerste wijk van "
           "Beemsterhout wordt aangesloten op het warmtenet vanuit het bedrijventerrein Zuidpolder. Hofstede Wonen "
           "en Lindewaard Wonen nemen deel aan de voorbereiding.",
           F(G + C, "firm", [], (2026, "vóór 1 oktober 2026"))),
    2027: ("De gemeente stelt in het tweede kwartaal van 2027 het wijkuitvoeringsplan vast waarmee De Meent als eerste "
           "wijk van Beemsterhout wordt aangesloten op het warmtenet vanuit het bedrijventerrein Zuidpolder. Hofstede "
           "Wonen en Lindewaard Wonen nemen deel aan de voorbereiding.",
           F(G + C, "firm", [], (2027, "in het tweede kwartaal van 2027"))),
}, {"A": ("strengthened", ["modality"], None), "B": ("weakened", ["deadline"], None)})

K("dm-meentweg", "DM", "Betaalbaarheid", [BET, KWA], {
    2025: ("Partijen maken in 2025 afspraken over de herstructurering van de portiekflats aan de Meentweg, waarbij "
           "aandacht is voor het terugkeerrecht van zittende huurders en een zorgvuldige communicatie.",
           F(P, "discuss", [], (2025, "in 2025"))),
    2026: ("Partijen werken volgens de in 2025 gemaakte afspraken over de herstructurering van de portiekflats aan de "
           "Meentweg, waarbij aandacht is voor het terugkeerrecht van zittende huurders en een zorgvuldige "
           "communicatie.",
           F(P, "firm")),
    2027: ("Voor de portiekflats aan de Meentweg geldt het sociaal plan dat partijen in 2025 hebben vastgesteld. "
           "Zittende huurders houden het recht om na de herstructurering terug te keren, Hofstede Wonen informeert de "
           "bewoners zorgvuldig en tijdig over de voortgang en de gemeente en De Samenhang worden betrokken "
           "bij elke wijziging van de planning.",
           F(P + C, "firm")),
}, {"A": ("strengthened", ["modality"], None), "B": ("reworded", [], None)})

K("dm-buurtschouw", "DM", "Leefbaarheid", [LEE], {
    2025: ("In De Meent voeren de gemeente, de corporaties en bewoners elk kwartaal een buurtschouw uit, waarna "
           "knelpunten in de openbare ruimte binnen zes weken worden aangepakt.",
           F(G + C, "firm", [(4, "keer per jaar", "exact"), (6, "weken", "max")], None, True)),
    2026: SAME,
    2027: ("In De Meent voeren de gemeente, de corporaties en bewoners twee keer per jaar een buurtschouw uit, waarna "
           "knelpunten in de openbare ruimte binnen zes weken worden aangepakt.",
           F(G + C, "firm", [(2, "keer per jaar", "exact"), (6, "weken", "max")], None, True)),
}, {"A": ("unchanged", [], None), "B": ("weakened", ["quantity"], None)})

K("dm-binnenterrein", "DM", "Duurzaamheid", [DUU, LEE], {
    2025: ("De gemeente vervangt in 2025 in overleg met Hofstede Wonen de verharding op het binnenterrein van de "
           "Akkerhof door groen en waterdoorlatende bestrating, om wateroverlast bij hevige buien te beperken.",
           F(G, "firm", [], (2025, "in 2025"))),
}, {"A": ("dropped", [], None)})

K("dm-buurtkamer", "DM", "Leefbaarheid", [LEE], {
    2026: ("Lindewaard Wonen stelt een benedenwoning aan de Meentweg kosteloos beschikbaar als buurtkamer voor "
           "ontmoeting en spreekuren van het wijkteam.",
           F(C, "firm")),
    2027: ("Lindewaard Wonen onderzoekt of een benedenwoning aan de Meentweg kosteloos beschikbaar kan worden gesteld "
           "als buurtkamer voor ontmoeting en spreekuren van het wijkteam.",
           F(C, "explore")),
}, {"A": ("new", [], None), "B": ("weakened", ["modality"], None)})

K("dm-zorgcluster", "DM", "Zorg", [KWA, BET], {
    2027: ("Lindewaard Wonen verkent met zorgaanbieder Het Baken de mogelijkheid om in De Meent een cluster van 12 "
           "zorggeschikte woningen met een gemeenschappelijke ruimte te realiseren.",
           F(C, "explore", [(12, "woningen", "exact")])),
}, {"B": ("new", [], None)})

# ---------------------------------------------------------------- 2 Kern Oudeland
K("ol-kerkstraat", "OL", "Zorg", [KWA, BET], {
    2025: ("Lindewaard Wonen bouwt vóór eind 2026 aan de Kerkstraat 24 levensloopgeschikte appartementen voor senioren "
           "uit Oudeland, met een lift en een gelijkvloerse toegang tot de zorgpost.",
           F(C, "firm", [(24, "woningen", "exact")], (2026, "vóór eind 2026"))),
    2026: ("Lindewaard Wonen bouwt vóór medio 2027 aan de Kerkstraat 18 levensloopgeschikte appartementen voor "
           "senioren uit Oudeland, met een lift en een gelijkvloerse toegang tot de zorgpost.",
           F(C, "firm", [(18, "woningen", "exact")], (2027, "vóór medio 2027"))),
    2027: ("Lindewaard Wonen bouwt vóór 1 april 2027 aan de Kerkstraat 18 levensloopgeschikte appartementen voor "
           "senioren uit Oudeland, met een lift en een gelijkvloerse toegang tot de zorgpost.",
           F(C, "firm", [(18, "woningen", "exact")], (2027, "vóór 1 april 2027"))),
}, {"A": ("weakened", ["quantity", "deadline"], None), "B": ("strengthened", ["deadline"], None)})

K("ol-verkoop", "OL", "Betaalbaarheid", [BET], {
    2025: ("Lindewaard Wonen verkoopt in 2025 in Oudeland maximaal 8 eengezinswoningen uit de sociale voorraad, bij "
           "voorkeur aan huidige huurders of starters met een band met de kern.",
           F(C, "firm", [(8, "woningen", "max")], (2025, "in 2025"), True)),
    2026: ("Lindewaard Wonen verkoopt in 2026 in Oudeland maximaal 4 eengezinswoningen uit de sociale voorraad, bij "
           "voorkeur aan huidige huurders of starters met een band met de kern.",
           F(C, "firm", [(4, "woningen", "max")], (2026, "in 2026"), True)),
    2027: ("Lindewaard Wonen verkoopt in 2027 in Oudeland geen eengezinswoningen uit de sociale voorraad.",
           F(C, "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
}, {"A": ("strengthened", ["quantity"], None), "B": ("strengthened", ["quantity"], None)})

K("ol-starters", "OL", "Betaalbaarheid", [BET], {
    2025: ("Bij de verhuur van vrijkomende woningen in Oudeland geeft Lindewaard Wonen voorrang aan starters met lokale "
           "binding tot een maximum van 25% van de verhuringen, binnen de ruimte die de huisvestingsverordening biedt.",
           F(C, "firm", [(25, "%", "max")], None, True)),
    2026: ("Bij de verhuur van vrijkomende woningen in Oudeland geeft Lindewaard Wonen voorrang aan starters met lokale "
           "binding tot een maximum van 20% van de verhuringen, binnen de ruimte die de huisvestingsverordening biedt.",
           F(C, "firm", [(20, "%", "max")], None, True)),
    2027: SAME,
}, {"A": ("weakened", ["quantity"], None), "B": ("unchanged", [], None)})

K("ol-zonnepanelen", "OL", "Duurzaamheid", [DUU], {
    2025: ("Lindewaard Wonen plaatst in 2025 zonnepanelen op alle geschikte daken van haar eengezinswoningen in "
           "Oudeland, zonder huurverhoging voor de zittende huurders.",
           F(C, "firm", [], (2025, "in 2025"))),
    2026: ("Lindewaard Wonen plaatst in 2026 zonnepanelen op de geschikte daken van de complexen Weidezicht en "
           "Molenhof in Oudeland, zonder huurverhoging voor de zittende huurders.",
           F(C, "firm", [], (2026, "in 2026"))),
    2027: ("Lindewaard Wonen plaatst in 2027 zonnepanelen op alle geschikte daken van haar eengezinswoningen in "
           "Oudeland en het buitengebied, zonder huurverhoging voor de zittende huurders.",
           F(C, "firm", [], (2027, "in 2027"))),
}, {"A": ("weakened", ["scope"], None), "B": ("strengthened", ["scope"], None)})

K("ol-dorpshuis", "OL", "Leefbaarheid", [LEE], {
    2025: ("De gemeente gaat in gesprek met het bestuur van dorpshuis De Ploeg over het openstellen van het gebouw "
           "als steunpunt voor ouderen en mantelzorgers.",
           F(G, "discuss")),
}, {"A": ("dropped", [], None)})

K("ol-doorstroom", "OL", "Betaalbaarheid", [BET], {
    2025: ("Partijen verkennen een doorstroomregeling waarmee senioren in een grote eengezinswoning met voorrang en "
           "behoud van hun huurprijs per vierkante meter kunnen verhuizen naar een passende woning.",
           F(P, "explore")),
    2026: SAME,
    2027: ("Partijen voeren een doorstroomregeling in waarmee senioren in een grote eengezinswoning met voorrang en "
           "behoud van hun huurprijs per vierkante meter kunnen verhuizen naar een passende woning; de regeling gaat "
           "eerst in Oudeland van start.",
           F(P, "firm")),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["modality"], None)}, chy={2027: "ALG"})

# ---------------------------------------------------------------- 3 Spoorzicht
K("sz-stationskwartier", "SZ", "Betaalbaarheid", [BET], {
    2025: ("Hofstede Wonen start in het derde kwartaal van 2025 met de bouw van 64 sociale huurwoningen in plan "
           "Stationskwartier, waarvan ten minste 20 geschikt voor één- en tweepersoonshuishoudens.",
           F(C, "firm", [(64, "woningen", "exact"), (20, "woningen", "min")], (2025, "in het derde kwartaal van 2025"))),
    2026: ("Hofstede Wonen start in het eerste kwartaal van 2026 met de bouw van 64 sociale huurwoningen in plan "
           "Stationskwartier, waarvan ten minste 20 geschikt voor één- en tweepersoonshuishoudens.",
           F(C, "firm", [(64, "woningen", "exact"), (20, "woningen", "min")], (2026, "in het eerste kwartaal van 2026"))),
}, {"A": ("weakened", ["deadline"], None), "B": ("dropped", [], None)})

K("sz-middenhuur", "SZ", "Betaalbaarheid", [BET], {
    2025: ("Partijen streven ernaar dat in plan Stationskwartier ten minste 30% van de woningen in het middensegment "
           "wordt gebouwd, om de doorstroming vanuit sociale huurwoningen te bevorderen.",
           F(P, "intent", [(30, "%", "min")])),
    2026: ("De gemeente legt in de anterieure overeenkomst voor plan Stationskwartier vast dat ten minste 30% van de "
           "woningen in het middensegment wordt gebouwd, om de doorstroming vanuit sociale huurwoningen te bevorderen.",
           F(G, "firm", [(30, "%", "min")])),
    2027: SAME,
}, {"A": ("strengthened", ["modality"], None), "B": ("unchanged", [], None)}, pos={2027: 5})

K("sz-wadi", "SZ", "Leefbaarheid", [DUU, LEE], {
    2025: ("De gemeente legt in 2025 bij ten minste 3 complexen van Hofstede Wonen in Spoorzicht wadi's en groene "
           "bergingszones aan, zodat regenwater beter kan infiltreren.",
           F(G, "firm", [(3, "complexen", "min")], (2025, "in 2025"))),
    2026: ("De gemeente legt in 2026 bij ten minste 5 complexen van Hofstede Wonen in Spoorzicht wadi's en groene "
           "bergingszones aan, zodat regenwater beter kan infiltreren.",
           F(G, "firm", [(5, "complexen", "min")], (2026, "in 2026"))),
    2027: ("Voor zover de provinciale subsidie klimaatadaptatie wordt toegekend, legt de gemeente in 2027 bij ten "
           "minste 5 complexen van Hofstede Wonen in Spoorzicht wadi's en groene bergingszones aan, zodat regenwater "
           "beter kan infiltreren.",
           F(G, "firm", [(5, "complexen", "min")], (2027, "in 2027"), False,
             ["Voor zover de provinciale subsidie klimaatadaptatie wordt toegekend"])),
}, {"A": ("strengthened", ["quantity"], None), "B": ("weakened", ["condition"], None)}, pos={2027: 1})

K("sz-flexwonen", "SZ", "Betaalbaarheid", [BET], {
    2025: ("De gemeente en Hofstede Wonen onderzoeken of op het voormalige busremiseterrein tijdelijk 40 flexwoningen "
           "kunnen worden geplaatst voor spoedzoekers en jongeren.",
           F(G + C, "explore", [(40, "woningen", "exact")])),
    2026: ("Hofstede Wonen plaatst vóór eind 2026 op het voormalige busremiseterrein 40 flexwoningen voor spoedzoekers "
           "en jongeren, onder voorbehoud van een omgevingsvergunning voor tijdelijke bewoning.",
           F(C, "firm", [(40, "woningen", "exact")], (2026, "vóór eind 2026"), False,
             ["onder voorbehoud van een omgevingsvergunning voor tijdelijke bewoning"])),
    2027: ("Hofstede Wonen plaatst vóór medio 2027 op het voormalige busremiseterrein 40 flexwoningen voor spoedzoekers "
           "en jongeren, onder voorbehoud van een omgevingsvergunning voor tijdelijke bewoning.",
           F(C, "firm", [(40, "woningen", "exact")], (2027, "vóór medio 2027"), False,
             ["onder voorbehoud van een omgevingsvergunning voor tijdelijke bewoning"])),
}, {"A": ("modified", ["modality", "condition"], None), "B": ("weakened", ["deadline"], None)}, pos={2027: 2})

K("sz-huismeester", "SZ", "Leefbaarheid", [LEE], {
    2025: ("Hofstede Wonen zegt toe dat in de hoogbouw aan het Spoorplein vier dagen per week een huismeester aanwezig "
           "is voor toezicht, kleine reparaties en contact met de bewoners.",
           F(C, "firm", [(4, "dagen per week", "exact")], None, True)),
    2026: SAME,
    2027: ("Hofstede Wonen zet zich in om in de hoogbouw aan het Spoorplein vier dagen per week een huismeester "
           "aanwezig te laten zijn voor toezicht, kleine reparaties en contact met de bewoners.",
           F(C, "intent", [(4, "dagen per week", "exact")], None, True)),
}, {"A": ("unchanged", [], None), "B": ("weakened", ["modality"], None)}, pos={2027: 3})

K("sz-reparaties", "SZ", "Kwaliteit", [KWA], {
    2025: ("Hofstede Wonen voert niet-spoedeisende reparatieverzoeken in Spoorzicht binnen 15 werkdagen uit en meet "
           "na elke reparatie de tevredenheid van de huurder.",
           F(C, "firm", [(15, "werkdagen", "max")], None, True)),
    2026: SAME,
    2027: ("Hofstede Wonen voert niet-spoedeisende reparatieverzoeken in Spoorzicht binnen 10 werkdagen uit en meet "
           "na elke reparatie de tevredenheid van de huurder.",
           F(C, "firm", [(10, "werkdagen", "max")], None, True)),
}, {"A": ("unchanged", [], None), "B": ("strengthened", ["quantity"], None)}, pos={2027: 4})

# ---------------------------------------------------------------- 4 Kern Hazeldonk
K("hd-lokaal", "HD", "Betaalbaarheid", [BET], {
    2025: ("Bij de verhuur van sociale huurwoningen in Hazeldonk gaan woningzoekenden met een economische of "
           "maatschappelijke binding met de kern voor, zodat jongeren en ouderen in het dorp kunnen blijven wonen.",
           F(C, "firm", [], None, True)),
    2026: SAME,
    2027: SAME,
}, {"A": ("unchanged", [], None), "B": ("unchanged", [], None)})

K("hd-schoolweg", "HD", "Betaalbaarheid", [BET], {
    2025: ("Lindewaard Wonen onderzoekt of op de vrijgekomen locatie van de basisschool aan de Schoolweg 14 "
           "grondgebonden sociale huurwoningen kunnen worden gebouwd.",
           F(C, "explore", [(14, "woningen", "exact")])),
    2026: ("Voor de locatie van de voormalige basisschool aan de Schoolweg gaat Lindewaard Wonen na of daar 14 "
           "grondgebonden sociale huurwoningen te bouwen zijn. De gemeente levert hiervoor de gegevens over bodem, "
           "verkeer en stikstof aan.",
           F(C + G, "explore", [(14, "woningen", "exact")])),
    2027: ("Lindewaard Wonen bouwt op de locatie van de voormalige basisschool aan de Schoolweg 14 grondgebonden "
           "sociale huurwoningen. De gemeente levert de gegevens over bodem, verkeer en stikstof aan en start de "
           "bestemmingsplanprocedure.",
           F(C + G, "firm", [(14, "woningen", "exact")])),
}, {"A": ("reworded", [], None), "B": ("strengthened", ["modality"], None)})

K("hd-huiskamer", "HD", "Zorg", [LEE], {
    2025: ("Partijen gaan in gesprek met welzijnsorganisatie Samen Verder over het behoud van de huiskamer voor "
           "ouderen in wooncomplex De Linde.",
           F(P, "discuss")),
}, {"A": ("dropped", [], None)})

K("hd-ontmoetingsbudget", "HD", "Zorg", [LEE], {
    2026: ("De gemeente stelt jaarlijks € 15.000 beschikbaar voor ontmoetingsactiviteiten voor ouderen in Hazeldonk, "
           "die door bewoners zelf of door de welzijnsorganisatie worden georganiseerd.",
           F(G, "firm", [(15000, "euro", "exact")], None, True)),
    2027: SAME,
}, {"A": ("new", [], None), "B": ("unchanged", [], None)})

K("hd-noord", "HD", "Duurzaamheid", [DUU], {
    2025: ("Lindewaard Wonen verduurzaamt in 2025 en 2026 de 48 woningen in Hazeldonk-Noord naar gemiddeld label B, "
           "met na-isolatie en hybride warmtepompen.",
           F(C, "firm", [(48, "woningen", "exact"), ("B", "label", "approx")], (2026, "in 2025 en 2026"))),
    2026: ("Lindewaard Wonen verduurzaamt in 2025 en 2026 de 48 woningen in Hazeldonk-Noord naar gemiddeld label C, "
           "met na-isolatie en hybride warmtepompen.",
           F(C, "firm", [(48, "woningen", "exact"), ("C", "label", "approx")], (2026, "in 2025 en 2026"))),
    2027: ("Lindewaard Wonen verduurzaamt de resterende 20 woningen in Hazeldonk-Noord naar gemiddeld label C, "
           "met na-isolatie en hybride warmtepompen.",
           F(C, "firm", [(20, "woningen", "exact"), ("C", "label", "approx")])),
}, {"A": ("weakened", ["label"], None), "B": ("reworded", [], "progress")})

K("hd-zorgsteunpunt", "HD", "Zorg", [KWA, LEE], {
    2027: ("Lindewaard Wonen en de gemeente richten in 2027 in wooncomplex De Linde een zorgsteunpunt in, waar de "
           "wijkverpleging en de ouderenadviseur wekelijks spreekuur houden.",
           F(C + G, "firm", [(1, "keer per week", "min")], (2027, "in 2027"))),
}, {"B": ("new", [], None)})

# ---------------------------------------------------------------- 5 Monitoring en proces
K("mp-monitoring", "MP", "Proces", [OVE], {
    2025: ("Partijen bespreken de voortgang van alle wijkafspraken twee keer per jaar in het bestuurlijk overleg, in "
           "mei en in november, op basis van een monitor die de gemeente opstelt.",
           F(P + G, "discuss", [(2, "keer per jaar", "exact")], None, True)),
    2026: ("Twee keer per jaar, in mei en in november, bespreken partijen in het bestuurlijk overleg de voortgang van "
           "alle wijkafspraken aan de hand van een door de gemeente opgestelde monitor.",
           F(P + G, "discuss", [(2, "keer per jaar", "exact")], None, True)),
    2027: SAME,
}, {"A": ("reworded", [], "same_figures"), "B": ("unchanged", [], None)})

K("mp-bod", "MP", "Proces", [OVE], {
    2025: ("De corporaties brengen vóór 1 juli 2025 hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en "
           "De Samenhang, waarbij zij per wijk aangeven welke bijdrage zij leveren aan de woonvisie.",
           F(C, "firm", [], (2025, "vóór 1 juli 2025"), True)),
    2026: ("De corporaties brengen vóór 1 juli 2026 hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en "
           "De Samenhang, waarbij zij per wijk aangeven welke bijdrage zij leveren aan de woonvisie.",
           F(C, "firm", [], (2026, "vóór 1 juli 2026"), True)),
    2027: ("De corporaties brengen vóór 1 juli 2027 hun overzicht van voorgenomen werkzaamheden uit aan de gemeente en "
           "De Samenhang, waarbij zij per wijk aangeven welke bijdrage zij leveren aan de woonvisie.",
           F(C, "firm", [], (2027, "vóór 1 juli 2027"), True)),
}, {"A": ("reworded", [], "recurring_year"), "B": ("reworded", [], "recurring_year")})

K("mp-ondersteuning", "MP", "Proces", [OVE], {
    2025: ("De corporaties stellen De Samenhang jaarlijks een budget van € 18.000 (prijspeil 2025) beschikbaar voor "
           "scholing, ondersteuning en het inhuren van onafhankelijk advies bij de prestatieafspraken.",
           F(C, "firm", [(18000, "euro", "exact")], None, True)),
    2026: ("De corporaties stellen De Samenhang jaarlijks een budget van € 18.550 (prijspeil 2026) beschikbaar voor "
           "scholing, ondersteuning en het inhuren van onafhankelijk advies bij de prestatieafspraken.",
           F(C, "firm", [(18550, "euro", "exact")], None, True)),
    2027: ("De corporaties verhogen het budget voor De Samenhang naar € 22.500 per jaar (prijspeil 2027) voor "
           "scholing, ondersteuning en het inhuren van onafhankelijk advies bij de prestatieafspraken.",
           F(C, "firm", [(22500, "euro", "exact")], None, True)),
}, {"A": ("reworded", [], "indexed_amount"), "B": ("strengthened", ["quantity"], None)})

K("mp-evaluatie", "MP", "Proces", [OVE], {
    2025: ("Partijen zullen in het najaar van 2025 de werkwijze met wijkafspraken evalueren, samen met de "
           "bewonerscommissies van de vier wijken en kernen.",
           F(P, "firm", [], (2025, "in het najaar van 2025"))),
    2026: ("Partijen streven ernaar de werkwijze met wijkafspraken in 2026 te evalueren, samen met de "
           "bewonerscommissies van de vier wijken en kernen.",
           F(P, "intent", [], (2026, "in 2026"))),
}, {"A": ("weakened", ["modality", "deadline"], None), "B": ("dropped", [], None)})

# ---------------------------------------------------------------- non-afspraak material per wijk
WIJK = {
    "DM": dict(fig={2025: ("2.140", "58%", "5,6 (zwak)"), 2026: ("2.152", "57%", "5,8 (zwak)"),
                    2027: ("2.166", "57%", "6,0 (voldoende)")},
               ctx="De Meent is een naoorlogse wijk met veel portiekflats en rijwoningen uit de jaren vijftig en zestig. "
                   "Een groot deel van de woningen is in bezit van Hofstede Wonen. De wijk kent een relatief jonge "
                   "bevolking, een hoog aandeel huishoudens met een laag inkomen en een achterblijvende "
                   "woningkwaliteit. De leefbaarometer laat de afgelopen jaren een licht herstel zien, maar de score "
                   "ligt nog onder het gemeentelijk gemiddelde."),
    "OL": dict(fig={2025: ("1.310", "34%", "7,1 (goed)"), 2026: ("1.318", "33%", "7,1 (goed)"),
                    2027: ("1.544", "31%", "7,2 (goed)")},
               ctx="Oudeland is de oudste kern van de gemeente en heeft een sterk vergrijzende bevolking. Er is "
                   "behoefte aan woningen voor senioren dicht bij de voorzieningen aan de Kerkstraat, terwijl jonge "
                   "huishoudens moeilijk een woning in het dorp vinden. Lindewaard Wonen is hier de enige corporatie."),
    "SZ": dict(fig={2025: ("1.870", "41%", "6,4 (voldoende)"), 2026: ("1.905", "41%", "6,5 (voldoende)"),
                    2027: ("1.990", "42%", "6,5 (voldoende)")},
               ctx="Spoorzicht ligt tussen het station en het centrum en is volop in ontwikkeling. Met plan "
                   "Stationskwartier komen er de komende jaren honderden woningen bij. Tegelijk kampt de wijk bij "
                   "zware regenval met wateroverlast en vraagt de hoogbouw aan het Spoorplein om extra beheer."),
    "HD": dict(fig={2025: ("640", "29%", "7,4 (goed)"), 2026: ("642", "29%", "7,4 (goed)"),
                    2027: ("655", "30%", "7,5 (goed)")},
               ctx="Hazeldonk is de kleinste kern van Beemsterhout. De sociale samenhang is groot, maar de voorzieningen "
                   "staan onder druk sinds het sluiten van de basisschool. Het woningbezit van Lindewaard Wonen in "
                   "Hazeldonk-Noord dateert grotendeels uit de jaren zeventig."),
}
