# -*- coding: utf-8 -*-
"""Content of the steenwijde family: uitvoeringsprogramma's 2024, 2025, 2026 bij de
Prestatieafspraken Steenwijde 2024-2027 (fictional)."""

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"

GEMEENTE = "Gemeente Steenwijde"
CORPORATIES = ["Woonstichting De Keerkring", "Esdonk Wonen", "Woningbouwvereniging Het Hoge Veld"]
HUURDERS = ["Huurderskoepel Steenwijde"]


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    return {
        "actors": list(actors),
        "modality": mod,
        "quantities": [
            {"value": v, "unit": u, "comparator": c, "value_max": None} for (v, u, c) in q
        ],
        "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
        "recurring": rec,
        "conditions": list(cond),
    }


def V(text, trek, quarters, later, frame):
    return {"text": text, "trekker": trek, "quarters": tuple(quarters), "later": later, "frame": frame}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"
ALL = (1, 2, 3, 4)

A = {}

# ---------------------------------------------------------------- betaalbaar en beschikbaar
def _nb(y, tot, k, e, h, dltxt=None):
    when = f"in {y}" if dltxt is None else dltxt
    return (f"De corporaties leveren {when} gezamenlijk ten minste {tot} sociale huurwoningen op, waarvan {k} door "
            f"De Keerkring in het plan Ruiterskamp, {e} door Esdonk Wonen aan de Molenakker en {h} door Het Hoge Veld "
            f"in de kern Oud-Steenwijde. De gemeente draagt er zorg voor dat de benodigde omgevingsvergunningen en de "
            f"bouwrijpe grond tijdig beschikbaar zijn.")

A["nieuwbouw-sociaal"] = {"themes": [BB],
    2024: V(_nb(2024, 140, 85, 35, 20), "Corporaties", ALL, "",
            F([C, G], "firm", [(140, "woningen", "min")], (2024, "in 2024"))),
    2025: V(_nb(2025, 165, 90, 45, 30), "Corporaties", ALL, "",
            F([C, G], "firm", [(165, "woningen", "min")], (2025, "in 2025"))),
    2026: V(_nb(2026, 130, 70, 40, 20, "vóór medio 2027"), "Corporaties", ALL, "medio 2027",
            F([C, G], "firm", [(130, "woningen", "min")], (2027, "vóór medio 2027"))),
}

def _pc(p):
    return (f"De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste "
            f"{p}% sociale huur en legt dit aandeel vast in de anterieure overeenkomsten die zij met ontwikkelaars sluit.")

A["plancapaciteit-sociaal"] = {"themes": [BB],
    2024: V(_pc(30), "Gemeente", ALL, "", F([G], "firm", [(30, "%", "min")])),
    2025: V(_pc(35), "Gemeente", ALL, "", F([G], "firm", [(35, "%", "min")])),
    2026: V(_pc(35), "Gemeente", ALL, "", F([G], "firm", [(35, "%", "min")])),
}

A["locaties-grondprijs"] = {"themes": [BB],
    2024: V("De gemeente stelt in 2024 ten minste twee nieuwe locaties voor de bouw van sociale huurwoningen tegen een "
            "sociale grondprijs beschikbaar en bespreekt de uitgiftevoorwaarden vooraf met de corporaties.",
            "Gemeente", (2, 3, 4), "", F([G], "firm", [(2, "locaties", "min")], (2024, "in 2024"))),
    2025: V("De gemeente onderzoekt of in 2025 ten minste twee nieuwe locaties voor de bouw van sociale huurwoningen "
            "tegen een sociale grondprijs beschikbaar kunnen worden gesteld en bespreekt de uitkomsten van dit onderzoek "
            "met de corporaties.",
            "Gemeente", (2, 3, 4), "", F([G], "explore", [(2, "locaties", "min")], (2025, "in 2025"))),
}

A["grondtafel"] = {"themes": [BB],
    2026: V("Gemeente en corporaties richten een gezamenlijke grondtafel in, waaraan ten minste twee keer per jaar alle "
            "inbreidingslocaties kleiner dan een hectare worden besproken op hun geschiktheid voor sociale huurwoningen. "
            "De Huurderskoepel wordt over de uitkomsten geïnformeerd.",
            "Gemeente en corporaties", (1, 2, 3, 4), "", F([G, C], "firm", [(2, "keer per jaar", "min")], rec=True)),
}

A["huisvestingsverordening"] = {"themes": [BB, OV],
    2024: V("De gemeente stelt vóór 1 juli 2024 een nieuwe huisvestingsverordening vast, waarin onder meer de "
            "urgentieregeling en de ruimte voor lokaal maatwerk bij de toewijzing van sociale huurwoningen worden "
            "vastgelegd; de corporaties en de Huurderskoepel worden vooraf in de gelegenheid gesteld hun zienswijze te geven.",
            "Gemeente", (1, 2), "", F([G], "firm", [], (2024, "vóór 1 juli 2024"))),
}

A["woningdelen"] = {"themes": [BB],
    2025: V("De gemeente maakt hospitaverhuur en woningdelen in sociale huurwoningen mogelijk door haar beleid hierop aan "
            "te passen; de corporaties stemmen hun huurovereenkomsten daarop af en informeren hun huurders actief over "
            "de mogelijkheden.", "Gemeente", (1, 2), "", F([G, C], "firm")),
    2026: V("De gemeente maakt hospitaverhuur en woningdelen in sociale huurwoningen mogelijk door haar beleid hierop aan "
            "te passen; de corporaties stemmen hun huurovereenkomsten daarop af en informeren hun huurders actief over "
            "de mogelijkheden.", "Gemeente", ALL, "", F([G, C], "firm")),
}

A["flexwonen"] = {"themes": [BB],
    2025: V("De Keerkring realiseert vóór eind 2025 in totaal 40 flexwoningen voor spoedzoekers op een tijdelijke locatie "
            "aan de Stationsweg, onder voorbehoud van het verkrijgen van een tijdelijke omgevingsvergunning. De gemeente "
            "stelt de grond voor een periode van vijftien jaar in bruikleen beschikbaar.",
            "De Keerkring", (2, 3, 4), "", F([C, G], "firm", [(40, "woningen", "exact")], (2025, "vóór eind 2025"),
                                             cond=["onder voorbehoud van het verkrijgen van een tijdelijke omgevingsvergunning"])),
    2026: V("De Keerkring realiseert vóór medio 2026 in totaal 40 flexwoningen voor spoedzoekers op een tijdelijke locatie "
            "aan de Stationsweg, onder voorbehoud van het verkrijgen van een tijdelijke omgevingsvergunning. De gemeente "
            "stelt de grond voor een periode van vijftien jaar in bruikleen beschikbaar.",
            "De Keerkring", (1, 2), "", F([C, G], "firm", [(40, "woningen", "exact")], (2026, "vóór medio 2026"),
                                          cond=["onder voorbehoud van het verkrijgen van een tijdelijke omgevingsvergunning"])),
}

def _huur(y, comp):
    return (f"De corporaties houden de gemiddelde huurverhoging per 1 juli {y} {comp} en leggen hun voorstel voor het "
            f"jaarlijkse huurbeleid vóór 1 april {y} ter advisering voor aan de Huurderskoepel.")

A["huurverhoging"] = {"themes": [BB],
    2024: V(_huur(2024, "maximaal gelijk aan de inflatie"), "Corporaties", (1, 2, 3), "",
            F([C], "firm", [], (2024, "per 1 juli 2024"), rec=True)),
    2025: V(_huur(2025, "ten minste 0,5% onder de inflatie"), "Corporaties", (1, 2, 3), "",
            F([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), rec=True)),
    2026: V(_huur(2026, "ten minste 0,5% onder de inflatie"), "Corporaties", (1, 2, 3), "",
            F([C], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), rec=True)),
}

def _pt(y, a, b):
    return (f"Per 1 januari {y} wijzen de corporaties ten minste 95% van de vrijkomende sociale huurwoningen passend toe; "
            f"voor een eenpersoonshuishouden geldt daarbij een inkomensgrens van € {a} en voor een meerpersoonshuishouden "
            f"van € {b} (prijspeil {y}).")

def _ptf(y, a, b):
    return F([C], "firm", [(95, "%", "min"), (a, "euro", "max"), (b, "euro", "max")], (y, f"per 1 januari {y}"), rec=True)

A["passend-toewijzen"] = {"themes": [BB],
    2024: V(_pt(2024, "32.675", "44.325"), "Corporaties", ALL, "", _ptf(2024, 32675, 44325)),
    2025: V(_pt(2025, "33.450", "45.325"), "Corporaties", ALL, "", _ptf(2025, 33450, 45325)),
    2026: V(_pt(2026, "34.300", "46.450"), "Corporaties", ALL, "", _ptf(2026, 34300, 46450)),
}

def _sh(y, n, cond=""):
    return (f"Partijen zorgen er gezamenlijk voor dat de taakstelling voor de huisvesting van vergunninghouders, die het "
            f"Rijk voor {y} heeft vastgesteld op {n} personen, volledig wordt gerealiseerd{cond}; de corporaties stellen "
            f"daarvoor naar rato van hun woningbezit woningen beschikbaar.")

A["vergunninghouders"] = {"themes": [BB],
    2024: V(_sh(2024, 78), "Partijen", ALL, "", F([P, C], "firm", [(78, "personen", "exact")], (2024, "2024"), rec=True)),
    2025: V(_sh(2025, 92), "Partijen", ALL, "", F([P, C], "firm", [(92, "personen", "exact")], (2025, "2025"), rec=True)),
    2026: V(_sh(2026, 92, ", voor zover het aanbod van vrijkomende woningen dit toelaat"), "Partijen", ALL, "",
            F([P, C], "firm", [(92, "personen", "exact")], (2026, "2026"), rec=True,
              cond=["voor zover het aanbod van vrijkomende woningen dit toelaat"])),
}

def _vk(y, n):
    return (f"De corporaties verkopen in {y} samen maximaal {n} sociale huurwoningen, uitsluitend bij mutatie en alleen "
            f"in complexen die in het portefeuilleplan als verkoopcomplex zijn aangemerkt.")

A["verkoop"] = {"themes": [BB],
    2024: V(_vk(2024, 25), "Corporaties", ALL, "", F([C], "firm", [(25, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: V(_vk(2025, 15), "Corporaties", ALL, "", F([C], "firm", [(15, "woningen", "max")], (2025, "in 2025"), rec=True)),
    2026: V("De corporaties verkopen in 2026 geen sociale huurwoningen; ook vrijkomende woningen in complexen die in het "
            "portefeuilleplan als verkoopcomplex zijn aangemerkt, worden opnieuw sociaal verhuurd.", "Corporaties", ALL, "",
            F([C], "firm", [(0, "woningen", "max")], (2026, "in 2026"), rec=True)),
}

def _wt(n):
    return (f"De corporaties zetten zich ervoor in de gemiddelde inschrijfduur van starters die een woning accepteren "
            f"terug te brengen tot maximaal {n} jaar en rapporteren hierover halfjaarlijks aan de gemeente en de Huurderskoepel.")

A["inschrijfduur-starters"] = {"themes": [BB],
    2024: V(_wt("4"), "Corporaties", ALL, "", F([C], "intent", [(4, "jaar", "max")])),
    2025: V(_wt("3,5"), "Corporaties", ALL, "", F([C], "intent", [(3.5, "jaar", "max")])),
    2026: V("De corporaties spannen zich ervoor in dat de gemiddelde inschrijfduur van starters die een woning accepteren "
            "uitkomt op ten hoogste 3,5 jaar; over de voortgang rapporteren zij elk halfjaar aan de gemeente en de "
            "Huurderskoepel.", "Corporaties", ALL, "", F([C], "intent", [(3.5, "jaar", "max")])),
}

A["verhuisregeling-senioren"] = {"themes": [BB],
    2024: V("Gemeente en corporaties verkennen in 2024 of in Steenwijde een verhuisregeling kan worden ingevoerd voor "
            "senioren die een eengezinswoning achterlaten, waarbij de kale huurprijs per vierkante meter behouden blijft "
            "en een verhuisvergoeding wordt toegekend.", "Gemeente en corporaties", (2, 3, 4), "",
            F([G, C], "explore", [], (2024, "in 2024"))),
    2025: V("Per 1 januari 2025 wordt een verhuisregeling ingevoerd voor senioren die een eengezinswoning achterlaten, "
            "waarbij de kale huurprijs per vierkante meter behouden blijft en de corporaties een verhuisvergoeding van "
            "€ 3.000 toekennen.", "Corporaties", (1,), "",
            F([C], "firm", [(3000, "euro", "exact")], (2025, "per 1 januari 2025"))),
    2026: V("De verhuisregeling wordt voortgezet voor senioren die een eengezinswoning of een ruime benedenwoning "
            "achterlaten, waarbij de kale huurprijs per vierkante meter behouden blijft en de corporaties een "
            "verhuisvergoeding van € 3.000 toekennen.", "Corporaties", ALL, "",
            F([C], "firm", [(3000, "euro", "exact")])),
}

def _ha(m):
    return (f"De corporaties nemen uiterlijk bij een huurachterstand van {m} persoonlijk contact op met de huurder en "
            f"melden de achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering.")

A["huurachterstand"] = {"themes": [BB],
    2024: V(_ha("twee maanden"), "Corporaties", ALL, "", F([C], "firm", [(2, "maanden", "max")])),
    2025: V(_ha("één maand"), "Corporaties", ALL, "", F([C], "firm", [(1, "maanden", "max")])),
    2026: V(_ha("één maand"), "Corporaties", ALL, "", F([C], "firm", [(1, "maanden", "max")])),
}

def _hu(y, n):
    return (f"Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in {y} te beperken tot maximaal "
            f"{n} en bespreken iedere ontruiming achteraf in het casusoverleg Schulden en Wonen.")

A["huisuitzettingen"] = {"themes": [BB],
    2024: V(_hu(2024, 5), "Partijen", ALL, "", F([P], "intent", [(5, "huisuitzettingen", "max")], (2024, "in 2024"), rec=True)),
    2025: V(_hu(2025, 8), "Partijen", ALL, "", F([P], "intent", [(8, "huisuitzettingen", "max")], (2025, "in 2025"), rec=True)),
    2026: V(_hu(2026, 8), "Partijen", ALL, "", F([P], "intent", [(8, "huisuitzettingen", "max")], (2026, "in 2026"), rec=True)),
}

def _us(y, n):
    return (f"De corporaties stellen in {y} samen ten minste {n} woningen beschikbaar voor de uitstroom van cliënten uit "
            f"beschermd wonen en maatschappelijke opvang; de gemeente regelt voor iedere uitstromer begeleiding op maat "
            f"via het wijkteam.")

A["uitstroom-bw-mo"] = {"themes": [BB],
    2024: V(_us(2024, 18), "Corporaties", ALL, "", F([C, G], "firm", [(18, "woningen", "min")], (2024, "in 2024"), rec=True)),
    2025: V(_us(2025, 18), "Corporaties", ALL, "", F([C, G], "firm", [(18, "woningen", "min")], (2025, "in 2025"), rec=True)),
    2026: V(_us(2026, 22), "Corporaties", ALL, "", F([C, G], "firm", [(22, "woningen", "min")], (2026, "in 2026"), rec=True)),
}

A["regionale-woonruimteverdeling"] = {"themes": [BB],
    2024: V("Partijen onderzoeken in 2024 of aansluiting bij het regionale woonruimteverdeelsysteem van de buurgemeenten "
            "de slaagkansen van woningzoekenden uit Steenwijde vergroot, en bespreken de uitkomst in het bestuurlijk "
            "overleg van november.", "Partijen", (2, 3, 4), "", F([P], "explore", [], (2024, "in 2024"))),
}

# ---------------------------------------------------------------- duurzaamheid
A["label-efg"] = {"themes": [DK],
    2024: V("De corporaties verbeteren in 2024 en 2025 de nog resterende 210 woningen met energielabel E, F of G, zodat "
            "uiterlijk eind 2025 geen woningen met deze labels meer in hun bezit zijn.", "Corporaties", ALL, "2025",
            F([C], "firm", [(210, "woningen", "exact")], (2025, "eind 2025"))),
    2025: V("De corporaties verbeteren in 2025 de nog resterende 75 woningen met energielabel E, F of G, zodat uiterlijk "
            "eind 2025 geen woningen met deze labels meer in hun bezit zijn.", "Corporaties", ALL, "",
            F([C], "firm", [(75, "woningen", "exact")], (2025, "eind 2025"))),
}

A["plan-label-d"] = {"themes": [DK],
    2026: V("De corporaties stellen in 2026 een plan op om de circa 340 woningen met energielabel D uiterlijk eind 2030 "
            "naar ten minste label B te brengen en bespreken dit plan, met de gevolgen voor de huurders, met de "
            "Huurderskoepel.", "Corporaties", (2, 3, 4), "",
            F([C], "firm", [(340, "woningen", "approx"), ("B", "label", "min")], (2026, "in 2026"))),
}

def _gl(l):
    return (f"De corporaties werken toe naar een woningvoorraad die eind 2027 gemiddeld energielabel {l} heeft; woningen "
            f"die planmatig worden verduurzaamd, worden daarbij ten minste naar label {l} gebracht.")

A["gemiddeld-label"] = {"themes": [DK],
    2024: V(_gl("B"), "Corporaties", ALL, "2027", F([C], "intent", [("B", "label", "min")], (2027, "eind 2027"))),
    2025: V(_gl("B"), "Corporaties", ALL, "2027", F([C], "intent", [("B", "label", "min")], (2027, "eind 2027"))),
    2026: V(_gl("C"), "Corporaties", ALL, "2027", F([C], "intent", [("C", "label", "min")], (2027, "eind 2027"))),
}

_iso = ("De Keerkring en Esdonk Wonen verduurzamen in {y} samen 260 woningen met een pakket van dak-, gevel- en "
        "vloerisolatie en hoogrendementsglas{c}; Het Hoge Veld {h}")
_h24 = "voert in het complex Vinkenhof een pilot uit met na-isolatie van de spouwmuren van 24 woningen."
_h25 = "brengt na-isolatie van de spouwmuren aan in al haar grondgebonden woningen met een ongeïsoleerde spouw."
_c26 = ", onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"
A["isolatie"] = {"themes": [DK],
    2024: V(_iso.format(y=2024, c="", h=_h24), "Corporaties", ALL, "",
            F([C], "firm", [(260, "woningen", "exact"), (24, "woningen", "exact")], (2024, "in 2024"))),
    2025: V(_iso.format(y=2025, c="", h=_h25), "Corporaties", ALL, "",
            F([C], "firm", [(260, "woningen", "exact")], (2025, "in 2025"))),
    2026: V(_iso.format(y=2026, c=_c26, h=_h25), "Corporaties", ALL, "",
            F([C], "firm", [(260, "woningen", "exact")], (2026, "in 2026"),
              cond=["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"])),
}

A["zonnepanelen-esdoornlaan"] = {"themes": [DK],
    2024: V("Esdonk Wonen onderzoekt in 2024 of op de daken van de flats aan de Esdoornlaan zonnepanelen kunnen worden "
            "geplaatst waarvan de opbrengst ten goede komt aan de huurders en aan de verlichting van de gemeenschappelijke "
            "ruimten.", "Esdonk Wonen", (3, 4), "", F([C], "explore", [], (2024, "in 2024"))),
    2025: V("Esdonk Wonen plaatst in 2025 zonnepanelen op de daken van de flats aan de Esdoornlaan; de opbrengst komt ten "
            "goede aan de huurders en aan de verlichting van de gemeenschappelijke ruimten.", "Esdonk Wonen", (2, 3), "",
            F([C], "firm", [], (2025, "in 2025"))),
}

_ec = ("De gemeente zet in {y}{m} ten minste zes energiecoaches in die huishoudens met een laag inkomen thuis adviseren "
       "over energiebesparing; de corporaties wijzen hun huurders in woningen met label D of slechter actief op dit aanbod.")
_ecm = ", mits de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet,"
A["energiecoaches"] = {"themes": [DK, BB],
    2024: V(_ec.format(y=2024, m=""), "Gemeente", ALL, "",
            F([G, C], "firm", [(6, "energiecoaches", "min")], (2024, "in 2024"), rec=True)),
    2025: V(_ec.format(y=2025, m=_ecm), "Gemeente", ALL, "",
            F([G, C], "firm", [(6, "energiecoaches", "min")], (2025, "in 2025"), rec=True,
              cond=["mits de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet"])),
    2026: V(_ec.format(y=2026, m=""), "Gemeente", ALL, "",
            F([G, C], "firm", [(6, "energiecoaches", "min")], (2026, "in 2026"), rec=True)),
}

_wn = ("de aansluiting van het corporatiebezit in de wijk Hooghei op het toekomstige warmtenet, waaronder de verdeling "
       "van de aansluitkosten, de tariefgaranties voor huurders en de wijze waarop huurders worden betrokken.")
A["warmtenet-hooghei"] = {"themes": [DK],
    2024: V("Gemeente en corporaties maken in 2024 afspraken over " + _wn, "Gemeente en corporaties", (1, 2, 3), "",
            F([G, C], "discuss", [], (2024, "in 2024"))),
    2025: V("Gemeente en corporaties werken volgens de in 2024 gemaakte afspraken over " + _wn, "Gemeente en corporaties",
            ALL, "", F([G, C], "firm")),
    2026: V("Gemeente en corporaties werken volgens de in 2024 gemaakte afspraken over " + _wn, "Gemeente en corporaties",
            ALL, "", F([G, C], "firm")),
}

def _ka(y, b):
    return (f"De corporaties vergroenen bij renovatie en groot onderhoud waar mogelijk tuinen en binnenterreinen en "
            f"koppelen regenpijpen af van het riool; de gemeente stelt hiervoor in {y} een bijdrage van € {b} beschikbaar.")

A["klimaatadaptatie"] = {"themes": [DK],
    2024: V(_ka(2024, "40.000"), "Corporaties", (2, 3, 4), "",
            F([C, G], "firm", [(40000, "euro", "exact")], (2024, "in 2024"), rec=True, cond=["waar mogelijk"])),
    2025: V(_ka(2025, "60.000"), "Corporaties", (2, 3, 4), "",
            F([C, G], "firm", [(60000, "euro", "exact")], (2025, "in 2025"), rec=True, cond=["waar mogelijk"])),
    2026: V("Bij renovaties en groot onderhoud zorgen de corporaties er, waar dat mogelijk is, voor dat tuinen en "
            "binnenterreinen worden vergroend en regenpijpen van het riool worden afgekoppeld; de gemeente draagt in "
            "2026 € 60.000 aan deze maatregelen bij.", "Corporaties", (2, 3, 4), "",
            F([C, G], "firm", [(60000, "euro", "exact")], (2026, "in 2026"), rec=True, cond=["waar dat mogelijk is"])),
}

# ---------------------------------------------------------------- kwaliteit
A["reparatietermijn"] = {"themes": [KW],
    2024: V("De corporaties handelen spoedeisende reparatieverzoeken binnen 24 uur af en niet-spoedeisende "
            "reparatieverzoeken binnen gemiddeld 10 werkdagen.", "Corporaties", ALL, "",
            F([C], "firm", [(24, "uur", "max"), (10, "werkdagen", "max")])),
    2025: V("Spoedeisende reparatieverzoeken worden door de corporaties binnen 24 uur afgehandeld; voor niet-spoedeisende "
            "reparatieverzoeken geldt een afhandeltermijn van gemiddeld ten hoogste 10 werkdagen.", "Corporaties", ALL, "",
            F([C], "firm", [(24, "uur", "max"), (10, "werkdagen", "max")])),
    2026: V("Spoedeisende reparatieverzoeken worden door de corporaties binnen 24 uur afgehandeld; voor niet-spoedeisende "
            "reparatieverzoeken geldt een afhandeltermijn van gemiddeld ten hoogste 8 werkdagen.", "Corporaties", ALL, "",
            F([C], "firm", [(24, "uur", "max"), (8, "werkdagen", "max")])),
}

_vs = (" dat iedere melding van vocht of schimmel binnen twee weken wordt geïnspecteerd en dat de oorzaak binnen drie "
       "maanden wordt aangepakt; de Huurderskoepel ontvangt elk kwartaal een overzicht van de meldingen en de afhandeling daarvan.")
_vsq = [(2, "weken", "max"), (3, "maanden", "max")]
A["vocht-schimmel"] = {"themes": [KW],
    2024: V("De corporaties zeggen toe" + _vs, "Corporaties", ALL, "", F([C], "firm", _vsq)),
    2025: V("De corporaties zetten zich ervoor in" + _vs, "Corporaties", ALL, "", F([C], "intent", _vsq)),
    2026: V("De corporaties zetten zich ervoor in" + _vs, "Corporaties", ALL, "", F([C], "intent", _vsq)),
}

_nt = ("De corporaties brengen {d} alle nultredenwoningen in hun bezit in kaart en labelen deze in het "
       "woonruimteverdeelsysteem, zodat zij met voorrang kunnen worden aangeboden aan woningzoekenden met een zorgvraag.")
A["nultredenwoningen"] = {"themes": [KW, BB],
    2024: V(_nt.format(d="vóór Q3 2024"), "Corporaties", (1, 2), "", F([C], "firm", [], (2024, "vóór Q3 2024"))),
    2025: V(_nt.format(d="vóór het einde van Q1 2025"), "Corporaties", (1,), "",
            F([C], "firm", [], (2025, "vóór het einde van Q1 2025"))),
}

_wa = ("De corporaties voeren kleine woningaanpassingen tot € {b} per woning, zoals extra trapleuningen, beugels en "
       "verhoogde toiletten, op eigen kosten uit; voor grotere aanpassingen volgen partijen de Wmo-verordening van de gemeente.")
A["woningaanpassingen"] = {"themes": [KW],
    2024: V(_wa.format(b="1.500"), "Corporaties", ALL, "", F([C, P], "firm", [(1500, "euro", "max")])),
    2025: V(_wa.format(b="1.500"), "Corporaties", ALL, "", F([C, P], "firm", [(1500, "euro", "max")])),
    2026: V(_wa.format(b="2.000"), "Corporaties", ALL, "", F([C, P], "firm", [(2000, "euro", "max")])),
}

_wz = ("Het Hoge Veld realiseert samen met Zorggroep De Linde een woonzorgcomplex met 32 appartementen voor ouderen aan "
       "de Kloosterweg, dat uiterlijk {d} wordt opgeleverd.")
A["woonzorg-kloosterweg"] = {"themes": [KW, BB],
    2024: V(_wz.format(d="eind 2026"), "Het Hoge Veld", ALL, "eind 2026",
            F([C], "firm", [(32, "appartementen", "exact")], (2026, "eind 2026"))),
    2025: V(_wz.format(d="medio 2026"), "Het Hoge Veld", ALL, "medio 2026",
            F([C], "firm", [(32, "appartementen", "exact")], (2026, "medio 2026"))),
    2026: V(_wz.format(d="medio 2026"), "Het Hoge Veld", (1, 2), "",
            F([C], "firm", [(32, "appartementen", "exact")], (2026, "medio 2026"))),
}

A["rookmelders"] = {"themes": [KW],
    2024: V("De corporaties plaatsen vóór eind 2025 in al hun woningen waar nog geen rookmelder aanwezig is een "
            "rookmelder op elke verdieping met een verblijfsruimte.", "Corporaties", ALL, "2025",
            F([C], "firm", [], (2025, "vóór eind 2025"))),
    2025: V("De corporaties plaatsen vóór eind 2025 in de woningen in hun portiekflats waar nog geen rookmelder aanwezig "
            "is een rookmelder op elke verdieping met een verblijfsruimte.", "Corporaties", ALL, "",
            F([C], "firm", [], (2025, "vóór eind 2025"))),
}

# ---------------------------------------------------------------- leefbaarheid
def _lb(y, b):
    return (f"De corporaties besteden in {y} gezamenlijk ten minste € {b} per woning aan leefbaarheid, onder meer aan "
            f"buurtbeheer, kleine fysieke ingrepen in de woonomgeving en de ondersteuning van bewonerscommissies.")

A["leefbaarheidsbudget"] = {"themes": [LB],
    2024: V(_lb(2024, 165), "Corporaties", ALL, "", F([C], "firm", [(165, "euro", "min")], (2024, "in 2024"), rec=True)),
    2025: V(_lb(2025, 165), "Corporaties", ALL, "", F([C], "firm", [(165, "euro", "min")], (2025, "in 2025"), rec=True)),
    2026: V(_lb(2026, 180), "Corporaties", ALL, "", F([C], "firm", [(180, "euro", "min")], (2026, "in 2026"), rec=True)),
}

_wb = ("De Keerkring en Esdonk Wonen zetten in {w} ten minste één wijkbeheerder in, die twee dagdelen per week "
       "spreekuur houdt in de buurtkamer.")
A["wijkbeheerders"] = {"themes": [LB],
    2024: V(_wb.format(w="de wijken Hooghei, Molenakker en Centrum-Oost elk"), "De Keerkring, Esdonk Wonen", ALL, "",
            F([C], "firm", [(1, "wijkbeheerder", "min")])),
    2025: V(_wb.format(w="de wijk Hooghei"), "De Keerkring, Esdonk Wonen", ALL, "",
            F([C], "firm", [(1, "wijkbeheerder", "min")])),
    2026: V(_wb.format(w="de wijk Hooghei"), "De Keerkring, Esdonk Wonen", ALL, "",
            F([C], "firm", [(1, "wijkbeheerder", "min")])),
}

A["convenant-woonoverlast"] = {"themes": [LB],
    2024: V("Partijen gaan in gesprek met zorgpartners en politie over een convenant voor de aanpak van woonoverlast en de "
            "zachte landing van kwetsbare huurders, met het doel dit convenant vóór 1 oktober 2024 te ondertekenen.",
            "Partijen", (1, 2, 3), "", F([P], "discuss", [], (2024, "vóór 1 oktober 2024"))),
    2025: V("Partijen ondertekenen vóór 1 april 2025 met zorgpartners en politie een convenant voor de aanpak van "
            "woonoverlast en de zachte landing van kwetsbare huurders.", "Partijen", (1,), "",
            F([P], "firm", [], (2025, "vóór 1 april 2025"))),
}

A["meldpunt-woonfraude"] = {"themes": [LB],
    2026: V("Gemeente en corporaties richten vóór Q3 2026 een gezamenlijk meldpunt in voor woonfraude en ondermijning en "
            "delen signalen met elkaar binnen de kaders van het privacyconvenant; de Huurderskoepel wordt over de "
            "werkwijze geïnformeerd.", "Gemeente", (1, 2), "", F([G, C], "firm", [], (2026, "vóór Q3 2026"))),
}

_bi = ("jaarlijks een budget van € 25.000 beschikbaar {v} voor bewonersinitiatieven in buurten met veel corporatiebezit; "
       "de corporaties vullen {d} budget gezamenlijk aan tot € 50.000.")
_biq = [(25000, "euro", "exact"), (50000, "euro", "exact")]
A["bewonersinitiatieven"] = {"themes": [LB],
    2024: V("De gemeente stelt " + _bi.format(v="", d="dit").replace("  ", " "), "Gemeente", ALL, "",
            F([G, C], "firm", _biq, rec=True)),
    2025: V("De gemeente stelt " + _bi.format(v="", d="dit").replace("  ", " "), "Gemeente", ALL, "",
            F([G, C], "firm", _biq, rec=True)),
    2026: V("De gemeente onderzoekt of zij " + _bi.format(v="kan stellen", d="een dergelijk"), "Gemeente", ALL, "",
            F([G, C], "explore", _biq, rec=True)),
}

_om = ("De corporaties stellen in elk seniorencomplex met meer dan {n} woningen een ontmoetingsruimte kosteloos ter "
       "beschikking aan bewonersgroepen die activiteiten tegen eenzaamheid organiseren.")
A["ontmoetingsruimten"] = {"themes": [LB],
    2025: V(_om.format(n=40), "Corporaties", ALL, "", F([C], "firm", [(40, "woningen", "min")])),
    2026: V(_om.format(n=60), "Corporaties", ALL, "", F([C], "firm", [(60, "woningen", "min")])),
}

A["buurtschouw"] = {"themes": [LB],
    2024: V("De corporaties houden in 2024 in vier buurten een schouw met bewoners, de wijkagent en de gemeentelijke "
            "buitendienst en maken per buurt afspraken over schoon, heel en veilig.", "Corporaties", (2, 3), "",
            F([C], "firm", [(4, "buurten", "exact")], (2024, "in 2024"))),
}

# ---------------------------------------------------------------- samenwerking
_mo = ("Partijen monitoren de voortgang van dit uitvoeringsprogramma {f}, in het bestuurlijk overleg; de gemeente stelt "
       "daarvoor een voortgangsrapportage op.")
A["monitoring"] = {"themes": [OV],
    2024: V(_mo.format(f="twee keer per jaar, in mei en in november"), "Gemeente", (2, 4), "",
            F([P, G], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    2025: V(_mo.format(f="twee keer per jaar, in mei en in november"), "Gemeente", (2, 4), "",
            F([P, G], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    2026: V(_mo.format(f="één keer per jaar, in november"), "Gemeente", (4,), "",
            F([P, G], "firm", [(1, "keer per jaar", "exact")], rec=True)),
}

def _bod(y):
    return (f"De corporaties brengen vóór 1 juli {y} hun bod uit op de woonvisie, als vertrekpunt voor het "
            f"uitvoeringsprogramma {y + 1}; partijen stellen dit uitvoeringsprogramma vóór 15 december {y} vast.")

A["bod-cyclus"] = {
    y: V(_bod(y), "Corporaties", (2, 3, 4), "", F([C, P], "firm", [], (y, f"vóór 15 december {y}"), rec=True))
    for y in (2024, 2025, 2026)}
A["bod-cyclus"]["themes"] = [OV]

_os = ("de Huurderskoepel in {y} een werkbudget van € 32.000 ter beschikking {s} voor onafhankelijke deskundige "
       "ondersteuning, scholing en de communicatie met de achterban.")
_osq = [(32000, "euro", "exact")]
A["ondersteuning-huurderskoepel"] = {"themes": [OV],
    2024: V("De corporaties zullen " + _os.format(y=2024, s="stellen"), "Corporaties", ALL, "",
            F([C], "firm", _osq, (2024, "in 2024"), rec=True)),
    2025: V("De corporaties streven ernaar " + _os.format(y=2025, s="te stellen"), "Corporaties", ALL, "",
            F([C], "intent", _osq, (2025, "in 2025"), rec=True)),
    2026: V("De corporaties stellen " + _os.format(y=2026, s="").replace("beschikking  voor", "beschikking voor"),
            "Corporaties", ALL, "", F([C], "firm", _osq, (2026, "in 2026"), rec=True)),
}

_wv = ("De gemeente stelt vóór {d} een geactualiseerde woonvisie vast en betrekt de corporaties en de Huurderskoepel "
       "vanaf de start bij het opstellen daarvan.")
A["woonvisie"] = {"themes": [OV],
    2024: V(_wv.format(d="eind 2024"), "Gemeente", ALL, "", F([G], "firm", [], (2024, "vóór eind 2024"))),
    2025: V(_wv.format(d="medio 2025"), "Gemeente", (1, 2), "", F([G], "firm", [], (2025, "vóór medio 2025"))),
}

A["uitvoeringsagenda-woonvisie"] = {"themes": [OV],
    2026: V("De gemeente werkt de vastgestelde woonvisie in 2026 uit in een uitvoeringsagenda en bespreekt het concept "
            "daarvan in het tripartiete overleg voordat het aan de gemeenteraad wordt voorgelegd.", "Gemeente", (1, 2, 3), "",
            F([G], "firm", [], (2026, "in 2026"))),
}

_gs = ("Bij een geschil over de uitvoering van dit uitvoeringsprogramma gaan partijen eerst bestuurlijk met elkaar in "
       "gesprek; leidt dat niet binnen twee maanden tot een oplossing, dan leggen zij het geschil voor aan een "
       "onafhankelijke geschillencommissie.")
A["geschillen"] = {
    y: V(_gs, "Partijen", (), "", F([P], "firm", [(2, "maanden", "max")])) for y in (2024, 2025, 2026)}
A["geschillen"]["themes"] = [OV]

# ---------------------------------------------------------------- structure per year
CHAPTERS = {
    2024: [
        (3, "Betaalbaar en beschikbaar wonen", ["nieuwbouw-sociaal", "plancapaciteit-sociaal", "locaties-grondprijs",
            "huisvestingsverordening", "huurverhoging", "passend-toewijzen", "vergunninghouders", "verkoop",
            "inschrijfduur-starters", "verhuisregeling-senioren", "huurachterstand", "huisuitzettingen",
            "regionale-woonruimteverdeling"]),
        (4, "Duurzaam wonen", ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen-esdoornlaan", "energiecoaches",
            "warmtenet-hooghei", "klimaatadaptatie"]),
        (5, "Kwaliteit van wonen en zorg", ["reparatietermijn", "vocht-schimmel", "nultredenwoningen",
            "woningaanpassingen", "woonzorg-kloosterweg", "rookmelders"]),
        (6, "Leefbare wijken", ["leefbaarheidsbudget", "wijkbeheerders", "convenant-woonoverlast",
            "bewonersinitiatieven", "buurtschouw", "uitstroom-bw-mo"]),
        (7, "Samenwerking en monitoring", ["monitoring", "bod-cyclus", "ondersteuning-huurderskoepel", "woonvisie",
            "geschillen"]),
    ],
    2025: [
        (3, "Betaalbaar en beschikbaar wonen", ["nieuwbouw-sociaal", "plancapaciteit-sociaal", "locaties-grondprijs",
            "flexwonen", "woningdelen", "huurverhoging", "passend-toewijzen", "vergunninghouders", "verkoop",
            "inschrijfduur-starters", "verhuisregeling-senioren", "huurachterstand", "huisuitzettingen",
            "uitstroom-bw-mo"]),
        (4, "Duurzaam wonen", ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen-esdoornlaan", "energiecoaches",
            "warmtenet-hooghei", "klimaatadaptatie"]),
        (5, "Kwaliteit van wonen en zorg", ["reparatietermijn", "vocht-schimmel", "nultredenwoningen",
            "woningaanpassingen", "woonzorg-kloosterweg", "rookmelders"]),
        (6, "Leefbare wijken", ["leefbaarheidsbudget", "wijkbeheerders", "convenant-woonoverlast",
            "bewonersinitiatieven", "ontmoetingsruimten"]),
        (7, "Samenwerking en monitoring", ["monitoring", "bod-cyclus", "ondersteuning-huurderskoepel", "woonvisie",
            "geschillen"]),
    ],
    2026: [
        (3, "Betaalbaar en beschikbaar wonen", ["nieuwbouw-sociaal", "plancapaciteit-sociaal", "grondtafel",
            "flexwonen", "woningdelen", "verkoop", "huurverhoging", "passend-toewijzen", "vergunninghouders",
            "inschrijfduur-starters", "verhuisregeling-senioren", "huurachterstand", "huisuitzettingen",
            "uitstroom-bw-mo"]),
        (4, "Energietransitie en klimaatadaptatie", ["gemiddeld-label", "plan-label-d", "isolatie", "energiecoaches",
            "warmtenet-hooghei", "klimaatadaptatie"]),
        (5, "Kwaliteit van wonen en zorg", ["reparatietermijn", "vocht-schimmel", "woningaanpassingen",
            "woonzorg-kloosterweg"]),
        (6, "Prettig wonen in de wijk", ["leefbaarheidsbudget", "wijkbeheerders", "meldpunt-woonfraude",
            "bewonersinitiatieven", "ontmoetingsruimten"]),
        (7, "Samenwerking en monitoring", ["monitoring", "bod-cyclus", "ondersteuning-huurderskoepel",
            "uitvoeringsagenda-woonvisie", "geschillen"]),
    ],
}

# ---------------------------------------------------------------- pair annotations
# key -> (status, kinds, hard_negative)
U = ("unchanged", [], None)
def R(hn=None):
    return ("reworded", [], hn)
def S(*k):
    return ("strengthened", list(k), None)
def W(*k):
    return ("weakened", list(k), None)

PAIRS = {
    (2024, 2025): {
        "nieuwbouw-sociaal": S("quantity"),
        "plancapaciteit-sociaal": S("quantity"),
        "locaties-grondprijs": W("modality"),
        "huurverhoging": S("quantity"),
        "passend-toewijzen": R("indexed_amount"),
        "vergunninghouders": R("external_figure"),
        "verkoop": S("quantity"),
        "inschrijfduur-starters": S("quantity"),
        "verhuisregeling-senioren": S("modality"),
        "huurachterstand": S("quantity"),
        "huisuitzettingen": W("quantity"),
        "uitstroom-bw-mo": R("recurring_year"),
        "label-efg": R("progress"),
        "gemiddeld-label": U,
        "isolatie": S("scope"),
        "zonnepanelen-esdoornlaan": S("modality"),
        "energiecoaches": W("condition"),
        "warmtenet-hooghei": S("modality"),
        "klimaatadaptatie": S("quantity"),
        "reparatietermijn": R("same_figures"),
        "vocht-schimmel": W("modality"),
        "nultredenwoningen": W("deadline"),
        "woningaanpassingen": U,
        "woonzorg-kloosterweg": S("deadline"),
        "rookmelders": W("scope"),
        "leefbaarheidsbudget": R("recurring_year"),
        "wijkbeheerders": W("scope"),
        "convenant-woonoverlast": ("modified", ["modality", "deadline"], None),
        "bewonersinitiatieven": U,
        "monitoring": U,
        "bod-cyclus": R("recurring_year"),
        "ondersteuning-huurderskoepel": W("modality"),
        "woonvisie": W("deadline"),
        "geschillen": U,
    },
    (2025, 2026): {
        "nieuwbouw-sociaal": W("quantity", "deadline"),
        "plancapaciteit-sociaal": U,
        "flexwonen": W("deadline"),
        "woningdelen": U,
        "huurverhoging": R("recurring_year"),
        "passend-toewijzen": R("indexed_amount"),
        "vergunninghouders": W("condition"),
        "verkoop": S("quantity"),
        "inschrijfduur-starters": R("same_figures"),
        "verhuisregeling-senioren": S("scope"),
        "huurachterstand": U,
        "huisuitzettingen": R("recurring_year"),
        "uitstroom-bw-mo": S("quantity"),
        "gemiddeld-label": W("label"),
        "isolatie": W("condition"),
        "energiecoaches": S("condition"),
        "warmtenet-hooghei": U,
        "klimaatadaptatie": R(None),
        "reparatietermijn": S("quantity"),
        "vocht-schimmel": U,
        "woningaanpassingen": S("quantity"),
        "woonzorg-kloosterweg": U,
        "leefbaarheidsbudget": S("quantity"),
        "wijkbeheerders": U,
        "bewonersinitiatieven": W("modality"),
        "ontmoetingsruimten": W("scope"),
        "monitoring": W("quantity"),
        "bod-cyclus": R("recurring_year"),
        "ondersteuning-huurderskoepel": S("modality"),
        "geschillen": U,
    },
}
