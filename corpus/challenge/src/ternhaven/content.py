# -*- coding: utf-8 -*-
"""Content of the ternhaven family: three jaarschijven (2025, 2026, 2027) of the
fictional 'Prestatieafspraken Ternhaven 2024-2027'.

Everything here is invented. Afspraken are grouped per party; numbering restarts
in every party chapter. Each afspraak version is declared with A(...); the pair
annotations are in PAIRS at the bottom.
"""

YEARS = [2025, 2026, 2027]
FAMILY = "ternhaven"

GEMEENTE = "Ternhaven"
CORP = "Woonbedrijf Zilvermeeuw"
HUURDERS = "Huurdersvereniging Havenlicht"

SIGNED = {2025: "11 december 2024", 2026: "9 december 2025", 2027: "14 december 2026"}

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    """Build a gold frame. q: tuples (value, unit, comparator[, value_max]); dl: (year, text)."""
    qs = []
    for t in q:
        qs.append({"value": t[0], "unit": t[1], "comparator": t[2],
                   "value_max": t[3] if len(t) > 3 else None})
    return {
        "actors": list(actors),
        "modality": modality,
        "quantities": qs,
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


def A(text, themes, frame):
    return {"text": text, "themes": list(themes), "frame": frame}


G, C, H, P = ["gemeente"], ["corporatie"], ["huurdersorganisatie"], ["partijen"]
GC = ["gemeente", "corporatie"]

# --------------------------------------------------------------------------------------
# AFSPRAKEN[key][year] = A(...)
# --------------------------------------------------------------------------------------
AF = {}

# ---------------- Gemeente ----------------
AF["gem-grondprijs"] = {
    y: A("De gemeente hanteert voor de grond onder nieuwe sociale huurwoningen een vaste grondprijs "
         "van € %s per woning (prijspeil 1 januari %d); dit bedrag wordt jaarlijks geïndexeerd met "
         "de bouwkostenindex." % (amt, y), [B],
         F(G, "firm", [(val, "euro", "exact")]))
    for y, amt, val in [(2025, "24.500", 24500), (2026, "25.150", 25150), (2027, "25.800", 25800)]
}

AF["gem-locaties"] = {
    2025: A("De gemeente brengt in 2025 ten minste twee nieuwe locaties voor sociale woningbouw in, "
            "waaronder de voormalige gemeentewerf aan de Zoutkeetweg, en stelt deze tegen de afgesproken "
            "grondprijs beschikbaar aan Woonbedrijf Zilvermeeuw.", [B],
            F(G, "firm", [(2, "locaties", "min")], (2025, "in 2025"), True)),
    2026: A("De gemeente brengt in 2026 ten minste drie nieuwe locaties voor sociale woningbouw in, "
            "waaronder het terrein van de voormalige brandweerkazerne aan de Dijkgraafstraat, en stelt deze "
            "tegen de afgesproken grondprijs beschikbaar aan Woonbedrijf Zilvermeeuw.", [B],
            F(G, "firm", [(3, "locaties", "min")], (2026, "in 2026"), True)),
    2027: A("De gemeente onderzoekt of in 2027 nog aanvullende locaties voor sociale woningbouw kunnen "
            "worden ingebracht en gaat hierover in gesprek met Woonbedrijf Zilvermeeuw.", [B],
            F(G, "explore", [], (2027, "in 2027"), True)),
}

_proc = ("De gemeente zorgt ervoor dat een omgevingsvergunning voor een sociaal huurproject binnen %s "
         "weken na ontvangst van een volledige aanvraag wordt verleend, en wijst voor elk project één vaste "
         "projectregisseur aan.")
AF["gem-procedures"] = {
    2025: A(_proc % "acht", [B], F(G, "firm", [(8, "weken", "max")])),
    2026: A(_proc % "acht", [B], F(G, "firm", [(8, "weken", "max")])),
    2027: A(_proc % "zes", [B], F(G, "firm", [(6, "weken", "max")])),
}

_aandeel = ("De gemeente legt in nieuwe bestemmingsplannen en omgevingsplanwijzigingen voor twintig of meer "
            "woningen vast dat ten minste %d%% van het programma uit sociale huurwoningen bestaat.")
AF["gem-aandeel-sociaal"] = {
    2025: A(_aandeel % 30, [B], F(G, "firm", [(30, "%", "min")])),
    2026: A(_aandeel % 35, [B], F(G, "firm", [(35, "%", "min")])),
    2027: A(_aandeel % 35, [B], F(G, "firm", [(35, "%", "min")])),
}

_verord = ("De gemeente past uiterlijk %s de huisvestingsverordening aan, zodat maximaal 25%% van de "
           "vrijkomende sociale huurwoningen met voorrang kan worden toegewezen aan woningzoekenden met een "
           "economische of maatschappelijke binding met Ternhaven.")
AF["gem-verordening"] = {
    2025: A(_verord % "eind 2025", [B],
            F(G, "firm", [(25, "%", "max")], (2025, "uiterlijk eind 2025"))),
    2026: A(_verord % "medio 2026", [B],
            F(G, "firm", [(25, "%", "max")], (2026, "uiterlijk medio 2026"))),
}

AF["gem-starterslening"] = {
    2025: A("De gemeente onderzoekt in 2025 of een starterslening kan worden ingevoerd voor jonge "
            "huishoudens die een woning kopen die Woonbedrijf Zilvermeeuw uit haar bezit verkoopt.", [B],
            F(G, "explore", [], (2025, "in 2025"))),
}

AF["gem-flexwonen"] = {
    2026: A("De gemeente verkent in 2026 samen met Woonbedrijf Zilvermeeuw de mogelijkheden voor een "
            "locatie voor ongeveer 30 tijdelijke woningen voor spoedzoekers, zoals mensen na een scheiding "
            "of arbeidsmigranten.", [B],
            F(GC, "explore", [(30, "woningen", "approx")], (2026, "in 2026"))),
    2027: A("De gemeente realiseert in 2027 samen met Woonbedrijf Zilvermeeuw op de locatie Kreekzoom 30 "
            "tijdelijke woningen voor spoedzoekers, onder voorbehoud van een onherroepelijke "
            "omgevingsvergunning.", [B],
            F(GC, "firm", [(30, "woningen", "exact")], (2027, "in 2027"),
              cond=["onder voorbehoud van een onherroepelijke omgevingsvergunning"])),
}

AF["gem-energiecoaches"] = {
    2025: A("De gemeente zet in 2025 ten minste tien energiecoaches in die huurders met hoge energielasten "
            "thuis bezoeken, met voorrang in de Meeuwenwijk en Duinzicht.", [D, B],
            F(G, "firm", [(10, "energiecoaches", "min")], (2025, "in 2025"), True)),
    2026: A("De gemeente zet in 2026 ten minste tien energiecoaches in die huurders met hoge energielasten "
            "in alle wijken van Ternhaven thuis bezoeken, indien de rijksmiddelen voor de aanpak van "
            "energiearmoede worden voortgezet.", [D, B],
            F(G, "firm", [(10, "energiecoaches", "min")], (2026, "in 2026"), True,
              ["indien de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet"])),
    2027: A("De gemeente zet in 2027 ten minste tien energiecoaches in die huurders met hoge energielasten "
            "in alle wijken van Ternhaven thuis bezoeken.", [D, B],
            F(G, "firm", [(10, "energiecoaches", "min")], (2027, "in 2027"), True)),
}

_wijkplan = ("De gemeente stelt in overleg met Woonbedrijf Zilvermeeuw en Huurdersvereniging Havenlicht "
             "uiterlijk in het %s kwartaal van %d een wijkuitvoeringsplan aardgasvrij op voor de Ternsche Polder.")
AF["gem-wijkplan"] = {
    2025: A(_wijkplan % ("derde", 2025), [D],
            F(G, "firm", [], (2025, "uiterlijk in het derde kwartaal van 2025"))),
    2026: A(_wijkplan % ("eerste", 2026), [D],
            F(G, "firm", [], (2026, "uiterlijk in het eerste kwartaal van 2026"))),
}

AF["gem-groen"] = {
    2025: A("De gemeente onderzoekt samen met Woonbedrijf Zilvermeeuw of de verharde binnenterreinen van "
            "de Kreekrug kunnen worden vergroend om wateroverlast en hittestress te beperken.", [D],
            F(GC, "explore")),
    2026: A("De verharde binnenterreinen van de Kreekrug worden in 2026 door de gemeente en Woonbedrijf "
            "Zilvermeeuw vergroend om wateroverlast en hittestress te beperken; de kosten worden gelijk "
            "verdeeld.", [D],
            F(GC, "firm", [], (2026, "in 2026"))),
    2027: A("De verharde binnenterreinen van de Kreekrug worden uiterlijk medio 2027 door de gemeente en "
            "Woonbedrijf Zilvermeeuw vergroend om wateroverlast en hittestress te beperken; de kosten worden "
            "gelijk verdeeld.", [D],
            F(GC, "firm", [], (2027, "uiterlijk medio 2027"))),
}

_wijkprog = ("De gemeente voert de regie over het wijkprogramma Samen Meeuwenwijk en stemt de inzet van het "
             "wijkteam, de wijkagent en het jongerenwerk ten minste vier keer per jaar af met Woonbedrijf "
             "Zilvermeeuw en de bewonerscommissie.")
AF["gem-wijkprogramma"] = {y: A(_wijkprog, [L], F(G, "firm", [(4, "keer per jaar", "min")])) for y in YEARS}

# ---------------- Woonbedrijf Zilvermeeuw ----------------
AF["corp-nieuwbouw"] = {
    2025: A("Woonbedrijf Zilvermeeuw levert in 2025 ten minste 64 sociale huurwoningen op, waarvan 48 in "
            "het project Kop van de Kreek en 16 in de Schoolstraat-Zuid.", [B],
            F(C, "firm", [(64, "woningen", "min")], (2025, "in 2025"), True)),
    2026: A("Woonbedrijf Zilvermeeuw levert in 2026 ten minste 52 sociale huurwoningen op, waarvan 36 aan "
            "de Zoutkeetweg en 16 in Duinzicht-Noord.", [B],
            F(C, "firm", [(52, "woningen", "min")], (2026, "in 2026"), True)),
    2027: A("Woonbedrijf Zilvermeeuw levert in 2027 ten minste 70 sociale huurwoningen op, waarvan 44 op "
            "de voormalige gemeentewerf en 26 in Duinzicht-Noord.", [B],
            F(C, "firm", [(70, "woningen", "min")], (2027, "in 2027"), True)),
}

AF["corp-havenkwartier"] = {
    2025: A("Woonbedrijf Zilvermeeuw rondt de herstructurering van het Havenkwartier af en levert daar in "
            "de periode 2025-2027 in totaal 120 sociale huurwoningen op.", [B],
            F(C, "firm", [(120, "woningen", "exact")], (2027, "in de periode 2025-2027"))),
    2026: A("Woonbedrijf Zilvermeeuw rondt de herstructurering van het Havenkwartier af en levert daar in "
            "de periode 2026-2027 de resterende 84 sociale huurwoningen op.", [B],
            F(C, "firm", [(84, "woningen", "exact")], (2027, "in de periode 2026-2027"))),
    2027: A("Woonbedrijf Zilvermeeuw rondt de herstructurering van het Havenkwartier af en levert daar in "
            "2027 de laatste 40 sociale huurwoningen op.", [B],
            F(C, "firm", [(40, "woningen", "exact")], (2027, "in 2027"))),
}

AF["corp-sloop"] = {
    2025: A("Woonbedrijf Zilvermeeuw sloopt in 2025 de 36 portiekwoningen aan de Zilverschoonstraat en "
            "begeleidt de zittende huurders volgens het sociaal plan naar een passende vervangende woning.",
            [B], F(C, "firm", [(36, "woningen", "exact")], (2025, "in 2025"))),
}

AF["corp-verkoop"] = {
    2025: A("Woonbedrijf Zilvermeeuw verkoopt in 2025 maximaal 15 sociale huurwoningen, uitsluitend "
            "eengezinswoningen buiten de kernvoorraad, en biedt deze eerst aan zittende huurders aan.", [B],
            F(C, "firm", [(15, "woningen", "max")], (2025, "in 2025"), True)),
    2026: A("Woonbedrijf Zilvermeeuw verkoopt in 2026 maximaal 8 sociale huurwoningen, uitsluitend "
            "eengezinswoningen buiten de kernvoorraad, en biedt deze eerst aan zittende huurders aan.", [B],
            F(C, "firm", [(8, "woningen", "max")], (2026, "in 2026"), True)),
    2027: A("Woonbedrijf Zilvermeeuw verkoopt in 2027 geen sociale huurwoningen; de verkoop van "
            "eengezinswoningen buiten de kernvoorraad wordt opgeschort tot na afloop van deze kaderafspraken.",
            [B], F(C, "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
}

_lib = ("Woonbedrijf Zilvermeeuw liberaliseert in %d bij mutatie maximaal 10 sociale huurwoningen in het "
        "complex Strandhoeve en verhuurt deze als middenhuurwoning.")
AF["corp-liberalisatie"] = {
    2025: A("Woonbedrijf Zilvermeeuw liberaliseert in 2025 geen sociale huurwoningen bij mutatie.", [B],
            F(C, "firm", [(0, "woningen", "max")], (2025, "in 2025"), True)),
    2026: A(_lib % 2026, [B], F(C, "firm", [(10, "woningen", "max")], (2026, "in 2026"), True)),
    2027: A(_lib % 2027, [B], F(C, "firm", [(10, "woningen", "max")], (2027, "in 2027"), True)),
}

AF["corp-huurverhoging"] = {
    2025: A("Woonbedrijf Zilvermeeuw houdt de gemiddelde huurverhoging per 1 juli 2025 maximaal gelijk aan "
            "de inflatie en blijft daarmee in elk geval onder de maximale huursomstijging die het Rijk "
            "vaststelt.", [B],
            F(C, "firm", [], (2025, "per 1 juli 2025"), True)),
}
for _y in (2026, 2027):
    AF["corp-huurverhoging"][_y] = A(
        "Woonbedrijf Zilvermeeuw houdt de gemiddelde huurverhoging per 1 juli %d ten minste 0,5%% onder de "
        "inflatie en blijft daarmee in elk geval onder de maximale huursomstijging die het Rijk vaststelt." % _y,
        [B], F(C, "firm", [(0.5, "%", "min")], (_y, "per 1 juli %d" % _y), True))

AF["corp-huurbevriezing"] = {
    y: A("Woonbedrijf Zilvermeeuw voert per 1 juli %d geen huurverhoging door voor woningen met energielabel "
         "E, F of G." % y, [B, D], F(C, "firm", [(0, "%", "max")], (y, "per 1 juli %d" % y), True))
    for y in (2025, 2026)
}
AF["corp-huurbevriezing"][2027] = A(
    "Woonbedrijf Zilvermeeuw voert per 1 juli 2027 geen huurverhoging door voor woningen met energielabel "
    "E, F of G, voor zover deze woningen niet binnen zes maanden in het renovatieprogramma worden verbeterd.",
    [B, D], F(C, "firm", [(0, "%", "max")], (2027, "per 1 juli 2027"), True,
              ["voor zover deze woningen niet binnen zes maanden in het renovatieprogramma worden verbeterd"]))

AF["corp-doorstroming"] = {
    2025: A("Woonbedrijf Zilvermeeuw verkent in 2025 of een verhuisregeling haalbaar is voor senioren die "
            "een grote eengezinswoning achterlaten, waarbij zij hun huurprijs per vierkante meter behouden.",
            [B], F(C, "explore", [], (2025, "in 2025"))),
    2026: A("Woonbedrijf Zilvermeeuw voert per 1 januari 2026 een verhuisregeling in voor senioren die een "
            "eengezinswoning achterlaten; de kale huur van hun nieuwe woning wordt daarbij niet hoger dan die "
            "van de oude woning.", [B],
            F(C, "firm", [], (2026, "per 1 januari 2026"))),
    2027: A("Senioren die een eengezinswoning van Woonbedrijf Zilvermeeuw achterlaten, kunnen gebruikmaken "
            "van de verhuisregeling van de corporatie, die ervoor zorgt dat zij voor hun nieuwe woning geen "
            "hogere kale huur betalen dan voor de woning die zij verlaten.", [B],
            F(C, "firm")),
}

_achter = ("Woonbedrijf Zilvermeeuw neemt bij een huurachterstand van %s persoonlijk contact op met de "
           "huurder en meldt de huurder, met diens toestemming, aan bij het gemeentelijke team Vroegsignalering.")
AF["corp-huurachterstand"] = {
    2025: A(_achter % "twee maanden", [B], F(C, "firm", [(2, "maanden", "exact")])),
    2026: A(_achter % "twee maanden", [B], F(C, "firm", [(2, "maanden", "exact")])),
    2027: A(_achter % "één maand", [B], F(C, "firm", [(1, "maanden", "exact")])),
}

AF["corp-verduurzaming"] = {
    2025: A("Woonbedrijf Zilvermeeuw verduurzaamt in 2025 ten minste 180 woningen naar ten minste "
            "energielabel B.", [D],
            F(C, "firm", [(180, "woningen", "min"), ("B", "label", "min")], (2025, "in 2025"), True)),
    2026: A("Woonbedrijf Zilvermeeuw verduurzaamt in 2026 ten minste 180 woningen naar ten minste "
            "energielabel C.", [D],
            F(C, "firm", [(180, "woningen", "min"), ("C", "label", "min")], (2026, "in 2026"), True)),
    2027: A("Woonbedrijf Zilvermeeuw verduurzaamt in 2027 ten minste 210 woningen naar ten minste "
            "energielabel C.", [D],
            F(C, "firm", [(210, "woningen", "min"), ("C", "label", "min")], (2027, "in 2027"), True)),
}

AF["corp-efg"] = {
    2025: A("Woonbedrijf Zilvermeeuw zorgt ervoor dat uiterlijk eind 2027 geen van haar woningen nog een "
            "energielabel E, F of G heeft.", [D],
            F(C, "firm", [(0, "woningen", "max")], (2027, "uiterlijk eind 2027"))),
    2026: A("Woonbedrijf Zilvermeeuw zorgt ervoor dat uiterlijk eind 2026 geen van haar woningen nog een "
            "energielabel E, F of G heeft.", [D],
            F(C, "firm", [(0, "woningen", "max")], (2026, "uiterlijk eind 2026"))),
    2027: A("Woonbedrijf Zilvermeeuw streeft ernaar dat uiterlijk medio 2027 geen van haar woningen nog een "
            "energielabel E, F of G heeft.", [D],
            F(C, "intent", [(0, "woningen", "max")], (2027, "uiterlijk medio 2027"))),
}

AF["corp-zonnepanelen"] = {
    2025: A("Woonbedrijf Zilvermeeuw plaatst in 2025 zonnepanelen op alle geschikte eengezinswoningen in de "
            "Ternsche Polder en de Kreekrug, zonder dat de huurprijs daardoor stijgt.", [D],
            F(C, "firm", [], (2025, "in 2025"), True)),
}
for _y in (2026, 2027):
    AF["corp-zonnepanelen"][_y] = A(
        "Woonbedrijf Zilvermeeuw plaatst in %d zonnepanelen op de geschikte eengezinswoningen in twee "
        "complexen in de Ternsche Polder, zonder dat de huurprijs daardoor stijgt." % _y, [D],
        F(C, "firm", [(2, "complexen", "exact")], (_y, "in %d" % _y), True))

AF["corp-warmtepompen"] = {
    2025: A("Woonbedrijf Zilvermeeuw zal ook in 2025 weer bij 60 eengezinswoningen een hybride warmtepomp "
            "installeren, als onderdeel van het jaarlijkse vervangingsprogramma voor cv-ketels.", [D],
            F(C, "firm", [(60, "woningen", "exact")], (2025, "in 2025"), True)),
}
for _y in (2026, 2027):
    AF["corp-warmtepompen"][_y] = A(
        "Woonbedrijf Zilvermeeuw streeft ernaar ook in %d weer bij 60 eengezinswoningen een hybride "
        "warmtepomp te installeren, als onderdeel van het jaarlijkse vervangingsprogramma voor cv-ketels." % _y,
        [D], F(C, "intent", [(60, "woningen", "exact")], (_y, "in %d" % _y), True))

AF["corp-energiemaatregelen"] = {
    y: A("Woonbedrijf Zilvermeeuw biedt huurders in %d op verzoek kosteloos kleine energiebesparende "
         "maatregelen aan, zoals tochtstrips, radiatorfolie en ledlampen, en laat deze zo nodig door een eigen "
         "vakman aanbrengen." % y, [D, B], F(C, "firm", [], (y, "in %d" % y), True))
    for y in (2026, 2027)
}

AF["corp-warmtenet"] = {
    2027: A("Woonbedrijf Zilvermeeuw bereidt in 2027 de aansluiting van de 220 portiekwoningen in de "
            "Ternsche Polder op het warmtenet voor, volgens het vastgestelde wijkuitvoeringsplan, en vraagt "
            "daarvoor de instemming van ten minste 70% van de bewoners per complex.", [D],
            F(C, "firm", [(220, "woningen", "exact"), (70, "%", "min")], (2027, "in 2027"))),
}

AF["corp-groene-daken"] = {
    2027: A("Woonbedrijf Zilvermeeuw legt bij de renovatie van de flats aan de Kwelderweg in 2027 groene "
            "daken aan, voor zover de draagconstructie dit toelaat.", [D],
            F(C, "firm", [], (2027, "in 2027"), cond=["voor zover de draagconstructie dit toelaat"])),
}

AF["corp-vocht"] = {
    y: A("Woonbedrijf Zilvermeeuw neemt meldingen van vocht en schimmel binnen vijf werkdagen in behandeling "
         "en lost de oorzaak waar mogelijk binnen zes weken op.", [K],
         F(C, "firm", [(5, "werkdagen", "max"), (6, "weken", "max")], cond=["waar mogelijk"]))
    for y in (2025, 2026)
}
AF["corp-vocht"][2027] = A(
    "Woonbedrijf Zilvermeeuw neemt meldingen van vocht en schimmel binnen drie werkdagen in behandeling en "
    "lost de oorzaak binnen zes weken op.", [K],
    F(C, "firm", [(3, "werkdagen", "max"), (6, "weken", "max")]))

_rep = ("Woonbedrijf Zilvermeeuw voert spoedreparaties binnen 24 uur uit en handelt reguliere "
        "reparatieverzoeken binnen %s werkdagen af.")
AF["corp-reparatie"] = {
    2025: A(_rep % "tien", [K], F(C, "firm", [(24, "uur", "max"), (10, "werkdagen", "max")])),
    2026: A(_rep % "vijftien", [K], F(C, "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
    2027: A(_rep % "vijftien", [K], F(C, "firm", [(24, "uur", "max"), (15, "werkdagen", "max")])),
}

_oordeel = ("Woonbedrijf Zilvermeeuw beoogt voor de afhandeling van reparatieverzoeken een gemiddeld "
            "huurdersoordeel van ten minste 7,5 te behalen.")
AF["corp-huurdersoordeel"] = {
    2025: A(_oordeel, [K], F(C, "intent", [(7.5, "rapportcijfer", "min")])),
    2026: A(_oordeel, [K], F(C, "intent", [(7.5, "rapportcijfer", "min")])),
    2027: A("Voor de afhandeling van reparatieverzoeken beoogt Woonbedrijf Zilvermeeuw een gemiddeld "
            "huurdersoordeel van minimaal 7,5.", [K], F(C, "intent", [(7.5, "rapportcijfer", "min")])),
}

AF["corp-seniorenlabel"] = {
    y: A("Woonbedrijf Zilvermeeuw labelt in %d ten minste 40 bestaande woningen in Duinzicht als "
         "seniorenwoning, nadat drempels zijn verwijderd, de badkamer is aangepast en deuren zijn verbreed." % y,
         [K], F(C, "firm", [(40, "woningen", "min")], (y, "in %d" % y), True))
    for y in (2025, 2027)
}
AF["corp-seniorenlabel"][2026] = A(
    "Woonbedrijf Zilvermeeuw onderzoekt in 2026 of ten minste 40 bestaande woningen in Duinzicht na het "
    "verwijderen van drempels, het aanpassen van de badkamer en het verbreden van deuren als seniorenwoning "
    "kunnen worden gelabeld.", [K],
    F(C, "explore", [(40, "woningen", "min")], (2026, "in 2026"), True))

AF["corp-leefbaarheid"] = {
    y: A("Woonbedrijf Zilvermeeuw besteedt in %d € %s per woning aan leefbaarheid en blijft daarmee binnen "
         "het wettelijke maximum van € %s per woning." % (y, amt, mx), [L],
         F(C, "firm", [(av, "euro per woning", "exact"), (mv, "euro per woning", "max")], (y, "in %d" % y), True))
    for y, amt, av, mx, mv in [(2025, "95", 95, "141,51", 141.51), (2026, "95", 95, "146,40", 146.40),
                               (2027, "110", 110, "150,80", 150.80)]
}

_huism = ("Woonbedrijf Zilvermeeuw zet %s een vaste huismeester in, die ten minste twee dagdelen per week "
          "zichtbaar in de wijk aanwezig is.")
AF["corp-huismeester"] = {
    2025: A(_huism % "in de Meeuwenwijk en in Duinzicht", [L], F(C, "firm", [(2, "dagdelen per week", "min")])),
    2026: A(_huism % "in de Meeuwenwijk en in Duinzicht", [L], F(C, "firm", [(2, "dagdelen per week", "min")])),
    2027: A(_huism % "in alle wijken van Ternhaven", [L], F(C, "firm", [(2, "dagdelen per week", "min")])),
}

# ---------------- Huurdersvereniging Havenlicht ----------------
AF["hv-huuradvies"] = {
    y: A("Huurdersvereniging Havenlicht raadpleegt haar achterban over het huurbeleid en brengt vóór 1 april "
         "%d een gemotiveerd advies uit aan Woonbedrijf Zilvermeeuw over de jaarlijkse huuraanpassing." % y,
         [B, O], F(H, "firm", [], (y, "vóór 1 april %d" % y), True))
    for y in YEARS
}

AF["hv-ambassadeurs"] = {
    2025: A("Huurdersvereniging Havenlicht leidt in 2025 ten minste zes vrijwillige energieambassadeurs op, "
            "die medehuurders thuis advies geven over energiebesparing.", [D],
            F(H, "firm", [(6, "energieambassadeurs", "min")], (2025, "in 2025"), True)),
    2026: A("Huurdersvereniging Havenlicht zegt toe in 2026 ten minste acht vrijwillige energieambassadeurs "
            "op te leiden, die medehuurders thuis advies geven over energiebesparing.", [D],
            F(H, "firm", [(8, "energieambassadeurs", "min")], (2026, "in 2026"), True)),
    2027: A("Huurdersvereniging Havenlicht zet zich in om in 2027 ten minste acht vrijwillige "
            "energieambassadeurs op te leiden, die medehuurders thuis advies geven over energiebesparing.", [D],
            F(H, "intent", [(8, "energieambassadeurs", "min")], (2027, "in 2027"), True)),
}

AF["hv-bewonerscommissie"] = {
    2025: A("Huurdersvereniging Havenlicht zet zich in voor de oprichting van een bewonerscommissie in de "
            "Meeuwenwijk en ondersteunt de bestaande commissies bij renovatietrajecten.", [O],
            F(H, "intent")),
    2026: A("Huurdersvereniging Havenlicht richt vóór 1 oktober 2026 een bewonerscommissie op in de "
            "Meeuwenwijk en ondersteunt de bestaande commissies bij renovatietrajecten.", [O],
            F(H, "firm", [], (2026, "vóór 1 oktober 2026"))),
}

_jong = "Huurdersvereniging Havenlicht onderzoekt hoe zij jongere huurders en vergunninghouders beter bij haar werk kan betrekken."
AF["hv-jongeren"] = {
    2025: A(_jong, [O], F(H, "explore")),
    2026: A(_jong, [O], F(H, "explore")),
    2027: A("Huurdersvereniging Havenlicht betrekt jongere huurders en vergunninghouders bij haar werk door "
            "ten minste twee keer per jaar een inloopbijeenkomst in de Meeuwenwijk te organiseren.", [O],
            F(H, "firm", [(2, "keer per jaar", "min")])),
}

_sign = ("Signalen van eenzaamheid, vervuiling of overlast die via de bewonerscommissies binnenkomen, worden "
         "door Huurdersvereniging Havenlicht met toestemming van de betrokken huurder doorgegeven aan het wijkteam.")
AF["hv-signalering"] = {y: A(_sign, [L], F(H, "firm")) for y in (2026, 2027)}

# ---------------- Samen ----------------
AF["sam-monitoring"] = {
    y: A("Partijen monitoren de voortgang van deze jaarschijf twee keer per jaar in het tripartiete "
         "bestuurlijk overleg, in mei en in november %d, aan de hand van een monitor die Woonbedrijf "
         "Zilvermeeuw opstelt." % y, [O],
         F(P, "firm", [(2, "keer per jaar", "exact")], (y, "in mei en in november %d" % y), True))
    for y in YEARS
}

AF["sam-jaarschijf"] = {
    y: A("Partijen stellen de jaarschijf %d vóór 15 december %d vast, op basis van het bod dat Woonbedrijf "
         "Zilvermeeuw vóór 1 juli %d uitbrengt." % (y + 1, y, y), [O],
         F(P, "firm", [], (y, "vóór 15 december %d" % y), True))
    for y in (2025, 2026)
}

AF["sam-nieuwe-kader"] = {
    2027: A("Partijen stellen vóór 15 december 2027 nieuwe meerjarige prestatieafspraken voor de periode "
            "2028-2031 op, op basis van de geactualiseerde woonvisie en het bod dat Woonbedrijf Zilvermeeuw "
            "vóór 1 juli 2027 uitbrengt.", [O],
            F(P, "firm", [], (2027, "vóór 15 december 2027"))),
}

AF["sam-inschrijfduur"] = {
    y: A("Partijen streven ernaar de gemiddelde inschrijfduur van starters die een sociale huurwoning krijgen "
         "toegewezen in %d terug te brengen tot maximaal %s jaar." % (y, w), [B],
         F(P, "intent", [(n, "jaar", "max")], (y, "in %d" % y), True))
    for y, w, n in [(2025, "vier", 4), (2026, "vijf", 5), (2027, "vijf", 5)]
}

_zorg_new = ("Partijen werken volgens de gemaakte afspraken over het aantal zorggeschikte woningen per wijk, "
             "zoals uitgewerkt in de woonzorgvisie van de gemeente.")
AF["sam-zorgwoningen"] = {
    2025: A("Partijen maken in 2025 afspraken over het aantal zorggeschikte woningen per wijk, aan de hand "
            "van de woonzorgvisie die de gemeenteraad in 2024 heeft vastgesteld.", [K, B],
            F(P, "discuss", [], (2025, "in 2025"))),
    2026: A(_zorg_new, [K, B], F(P, "firm")),
    2027: A(_zorg_new, [K, B], F(P, "firm")),
}

_conv = ("Partijen ondertekenen uiterlijk %s met politie en zorgpartners een convenant overlast, waarin is "
         "vastgelegd hoe bij ernstige overlast sneller wordt ingegrepen.")
AF["sam-overlast"] = {
    2025: A("Partijen gaan in 2025 met politie en zorgpartners in gesprek over een werkwijze waarmee bij "
            "ernstige overlast sneller kan worden ingegrepen.", [L],
            F(P, "discuss", [], (2025, "in 2025"))),
    2026: A(_conv % "eind 2026", [L], F(P, "firm", [], (2026, "uiterlijk eind 2026"))),
    2027: A(_conv % "medio 2027", [L], F(P, "firm", [], (2027, "uiterlijk medio 2027"))),
}

AF["sam-ondersteuning"] = {
    y: A("De gemeente en Woonbedrijf Zilvermeeuw stellen per 1 januari %d een gezamenlijke bijdrage van "
         "€ %s beschikbaar aan Huurdersvereniging Havenlicht voor scholing en onafhankelijk advies." % (y, amt),
         [O], F(GC, "firm", [(v, "euro", "exact")], (y, "per 1 januari %d" % y), True))
    for y, amt, v in [(2025, "18.000", 18000), (2026, "18.000", 18000), (2027, "15.000", 15000)]
}

_gesch = ("Partijen leggen een geschil over de uitvoering van deze jaarschijf eerst voor aan het bestuurlijk "
          "overleg en, als dat niet tot een oplossing leidt, aan een onafhankelijke geschillencommissie.")
AF["sam-geschillen"] = {y: A(_gesch, [O], F(P, "firm", cond=["als dat niet tot een oplossing leidt"]))
                        for y in YEARS}

AF["sam-woonwagens"] = {
    2025: A("Partijen brengen in 2025 de behoefte aan standplaatsen voor woonwagens in beeld, zodat in de "
            "jaarschijf 2026 afspraken over uitbreiding kunnen worden gemaakt.", [B],
            F(P, "explore", [], (2025, "in 2025"))),
}

# --------------------------------------------------------------------------------------
# Document structure per year: chapters -> (subsection title or None, [keys])
# party chapters: (chapter_no, title, party_name_for_gold, intro, [(sub, [keys])])
# --------------------------------------------------------------------------------------
PARTY_G = "Gemeente Ternhaven"
HV_EXTRA = {
    2026: " In 2025 heeft de vereniging haar werkwijze herzien: het bestuur is uitgebreid met twee leden uit "
          "de Meeuwenwijk en er is een klankbordgroep duurzaamheid ingesteld, die het bestuur gevraagd en "
          "ongevraagd adviseert over de energietransitie in de bestaande woningvoorraad.",
}
GEM_EXTRA = {
    2027: " Omdat 2027 het laatste jaar van de kaderafspraken is, ligt het accent van de gemeentelijke inzet op "
          "het afronden van lopende trajecten en op de voorbereiding van de nieuwe woonvisie. De gemeenteraad "
          "heeft bij de behandeling van de begroting 2027 extra middelen vrijgemaakt voor de ambtelijke "
          "capaciteit op het gebied van wonen, zodat vergunningaanvragen sneller kunnen worden afgehandeld.",
}
CORP_EXTRA = {
    2025: " Ook de uitkomsten van het huurdersonderzoek dat in het voorjaar van 2024 is gehouden, zijn meegewogen.",
    2027: " Het bod bevat voor het eerst ook een doorkijk naar de periode na 2027.",
}


def structure(y):
    duurzaam = "Duurzaam wonen" if y == 2025 else "Energietransitie en klimaat"
    samen_title = "Wat we samen oppakken" if y == 2027 else "Wat we samen doen"
    gem = [
        ("Wonen en bouwen", [k for k in ["gem-grondprijs", "gem-locaties", "gem-procedures", "gem-aandeel-sociaal",
                                         "gem-verordening", "gem-starterslening", "gem-flexwonen"] if y in AF[k]]),
        ("Energie en klimaat", [k for k in ["gem-energiecoaches", "gem-wijkplan", "gem-groen"]
                                if y in AF[k] and not (k == "gem-groen" and y == 2027)]),
        ("Wijken en zorg", ["gem-wijkprogramma"]),
    ]
    vv = ["corp-verduurzaming", "corp-efg"] if y != 2027 else ["corp-efg", "corp-verduurzaming"]
    corp = [
        ("Nieuwbouw en woningvoorraad", [k for k in ["corp-nieuwbouw", "corp-havenkwartier", "corp-sloop",
                                                     "corp-verkoop", "corp-liberalisatie"] if y in AF[k]]),
        ("Huren en toewijzen", ["corp-huurverhoging", "corp-huurbevriezing", "corp-doorstroming",
                                "corp-huurachterstand"]),
        (duurzaam, [k for k in vv + ["corp-zonnepanelen", "corp-warmtepompen", "corp-energiemaatregelen",
                                     "corp-warmtenet", "corp-groene-daken"] if y in AF[k]]),
        ("Kwaliteit en onderhoud", ["corp-vocht", "corp-reparatie", "corp-huurdersoordeel", "corp-seniorenlabel"]),
        ("Wijken en bewoners", ["corp-leefbaarheid", "corp-huismeester"]),
    ]
    hv_order = ["hv-huuradvies", "hv-ambassadeurs", "hv-bewonerscommissie", "hv-jongeren", "hv-signalering"]
    if y == 2027:
        hv_order = ["hv-huuradvies", "hv-jongeren", "hv-ambassadeurs", "hv-signalering"]
    hv = [(None, [k for k in hv_order if y in AF[k]])]
    sam_order = ["sam-monitoring", "sam-jaarschijf", "sam-nieuwe-kader", "sam-inschrijfduur", "sam-zorgwoningen",
                 "sam-overlast", "sam-woonwagens", "sam-ondersteuning", "sam-geschillen"]
    if y == 2027:
        sam_order = ["sam-monitoring", "sam-nieuwe-kader", "sam-inschrijfduur", "sam-zorgwoningen", "gem-groen",
                     "sam-overlast", "sam-ondersteuning", "sam-geschillen"]
    sam = [(None, [k for k in sam_order if y in AF[k]])]
    return [
        (3, "Wat de gemeente doet", PARTY_G,
         "In dit hoofdstuk staan de afspraken waarvoor de gemeente Ternhaven in %d als eerste aan zet is. "
         "Waar Woonbedrijf Zilvermeeuw of Huurdersvereniging Havenlicht een bijdrage levert, is dat in de "
         "afspraak zelf benoemd. De gemeente draagt de kosten van haar eigen inzet uit de begroting Wonen "
         "en Ruimte.%s" % (y, GEM_EXTRA.get(y, "")), gem),
        (4, "Wat Woonbedrijf Zilvermeeuw doet", CORP,
         "De afspraken in dit hoofdstuk volgen uit het bod dat Woonbedrijf Zilvermeeuw op %s heeft "
         "uitgebracht en uit de gesprekken die daarna aan de tripartiete tafel zijn gevoerd. De bedragen en "
         "aantallen zijn afgestemd op de meerjarenbegroting van de corporatie.%s" % (
             {2025: "27 juni 2024", 2026: "30 juni 2025", 2027: "26 juni 2026"}[y], CORP_EXTRA.get(y, "")), corp),
        (5, "Wat Huurdersvereniging Havenlicht doet", HUURDERS,
         "Huurdersvereniging Havenlicht vertegenwoordigt ruim %s leden. De vereniging levert niet alleen "
         "advies, maar neemt ook zelf een aantal taken op zich, zoals hieronder beschreven.%s" % (
             {2025: "1.900", 2026: "2.050", 2027: "2.130"}[y], HV_EXTRA.get(y, "")), hv),
        (6, samen_title, None,
         "Een deel van de opgaven kan alleen gezamenlijk worden opgepakt. De afspraken in dit hoofdstuk "
         "gelden voor alle drie partijen, tenzij in de afspraak anders is vermeld.", sam),
    ]


# --------------------------------------------------------------------------------------
# Pair annotations: (old_key, new_key, status, kinds, hard_negative)
# --------------------------------------------------------------------------------------
def _l(o, n, s, kinds=(), hn=None):
    return {"old": o, "new": n, "status": s, "kinds": list(kinds), "hard_negative": hn}


def same(k, s, kinds=(), hn=None):
    return _l(k, k, s, kinds, hn)


PAIRS = {
    (2025, 2026): [
        same("gem-grondprijs", "reworded", hn="indexed_amount"),
        same("gem-locaties", "strengthened", ["quantity"]),
        same("gem-procedures", "unchanged"),
        same("gem-aandeel-sociaal", "strengthened", ["quantity"]),
        same("gem-verordening", "weakened", ["deadline"]),
        _l("gem-starterslening", None, "dropped"),
        _l(None, "gem-flexwonen", "new"),
        same("gem-energiecoaches", "modified", ["scope", "condition"]),
        same("gem-wijkplan", "weakened", ["deadline"]),
        same("gem-groen", "strengthened", ["modality"]),
        same("gem-wijkprogramma", "unchanged"),
        same("corp-nieuwbouw", "weakened", ["quantity"]),
        same("corp-havenkwartier", "reworded", hn="progress"),
        _l("corp-sloop", None, "dropped"),
        same("corp-verkoop", "strengthened", ["quantity"]),
        same("corp-liberalisatie", "weakened", ["quantity"]),
        same("corp-huurverhoging", "strengthened", ["quantity"]),
        same("corp-huurbevriezing", "reworded", hn="recurring_year"),
        same("corp-doorstroming", "strengthened", ["modality"]),
        same("corp-huurachterstand", "unchanged"),
        same("corp-verduurzaming", "weakened", ["label"]),
        same("corp-efg", "strengthened", ["deadline"]),
        same("corp-zonnepanelen", "weakened", ["scope"]),
        same("corp-warmtepompen", "weakened", ["modality"]),
        _l(None, "corp-energiemaatregelen", "new"),
        same("corp-vocht", "unchanged"),
        same("corp-reparatie", "weakened", ["quantity"]),
        same("corp-huurdersoordeel", "unchanged"),
        same("corp-seniorenlabel", "weakened", ["modality"]),
        same("corp-leefbaarheid", "reworded", hn="external_figure"),
        same("corp-huismeester", "unchanged"),
        same("hv-huuradvies", "reworded", hn="recurring_year"),
        same("hv-ambassadeurs", "strengthened", ["quantity"]),
        same("hv-bewonerscommissie", "strengthened", ["modality"]),
        same("hv-jongeren", "unchanged"),
        _l(None, "hv-signalering", "new"),
        same("sam-monitoring", "reworded", hn="recurring_year"),
        same("sam-jaarschijf", "reworded", hn="recurring_year"),
        same("sam-inschrijfduur", "weakened", ["quantity"]),
        same("sam-zorgwoningen", "strengthened", ["modality"]),
        same("sam-overlast", "strengthened", ["modality"]),
        same("sam-ondersteuning", "reworded", hn="recurring_year"),
        same("sam-geschillen", "unchanged"),
        _l("sam-woonwagens", None, "dropped"),
    ],
    (2026, 2027): [
        same("gem-grondprijs", "reworded", hn="indexed_amount"),
        same("gem-locaties", "weakened", ["modality", "quantity"]),
        same("gem-procedures", "strengthened", ["quantity"]),
        same("gem-aandeel-sociaal", "unchanged"),
        _l("gem-verordening", None, "dropped"),
        same("gem-flexwonen", "modified", ["modality", "condition"]),
        same("gem-energiecoaches", "strengthened", ["condition"]),
        _l("gem-wijkplan", None, "dropped"),
        same("gem-groen", "weakened", ["deadline"]),
        same("gem-wijkprogramma", "unchanged"),
        same("corp-nieuwbouw", "strengthened", ["quantity"]),
        same("corp-havenkwartier", "reworded", hn="progress"),
        same("corp-verkoop", "strengthened", ["quantity"]),
        same("corp-liberalisatie", "reworded", hn="recurring_year"),
        same("corp-huurverhoging", "reworded", hn="recurring_year"),
        same("corp-huurbevriezing", "weakened", ["condition"]),
        same("corp-doorstroming", "reworded"),
        same("corp-huurachterstand", "strengthened", ["quantity"]),
        same("corp-verduurzaming", "strengthened", ["quantity"]),
        same("corp-efg", "weakened", ["modality", "deadline"]),
        same("corp-zonnepanelen", "reworded", hn="recurring_year"),
        same("corp-warmtepompen", "reworded", hn="recurring_year"),
        same("corp-energiemaatregelen", "reworded", hn="recurring_year"),
        _l(None, "corp-warmtenet", "new"),
        _l(None, "corp-groene-daken", "new"),
        same("corp-vocht", "strengthened", ["quantity", "condition"]),
        same("corp-reparatie", "unchanged"),
        same("corp-huurdersoordeel", "reworded", hn="same_figures"),
        same("corp-seniorenlabel", "strengthened", ["modality"]),
        same("corp-leefbaarheid", "strengthened", ["quantity"]),
        same("corp-huismeester", "strengthened", ["scope"]),
        same("hv-huuradvies", "reworded", hn="recurring_year"),
        same("hv-ambassadeurs", "weakened", ["modality"]),
        _l("hv-bewonerscommissie", None, "dropped"),
        same("hv-jongeren", "strengthened", ["modality"]),
        same("hv-signalering", "unchanged"),
        same("sam-monitoring", "reworded", hn="recurring_year"),
        _l("sam-jaarschijf", None, "dropped"),
        _l(None, "sam-nieuwe-kader", "new"),
        same("sam-inschrijfduur", "reworded", hn="recurring_year"),
        same("sam-zorgwoningen", "unchanged"),
        same("sam-overlast", "weakened", ["deadline"]),
        same("sam-ondersteuning", "weakened", ["quantity"]),
        same("sam-geschillen", "unchanged"),
    ],
}
