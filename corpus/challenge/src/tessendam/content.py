# -*- coding: utf-8 -*-
"""Content of the tessendam family: three jaarschijven of Prestatieafspraken Tessendam 2025-2028."""

GEMEENTE = "Tessendam"
CORP = "Woonstichting De Zandplaat"
HO = "Huurdersvereniging Tessendam Samen"
YEARS = [2025, 2026, 2027]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, modality="firm", q=None, dl=None, rec=False, cond=None):
    qs = []
    for t in (q or []):
        qs.append({"value": t[0], "unit": t[1], "comparator": t[2],
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": actors, "modality": modality, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": cond or []}


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# key -> {"themes": [...], 2025: (text, frame), ...}
A = {}


def add(key, themes, **years):
    d = {"themes": themes}
    for y, v in years.items():
        d[int(y[1:])] = v
    A[key] = d


# ---------------- A: beschikbaar en betaalbaar ----------------
_nb = ("De Zandplaat realiseert in de periode 2025-2028 ten minste {n} sociale huurwoningen in Tessendam, waarvan "
       "ten minste {m} woningen in {y} worden opgeleverd. De gemeente spant zich in om de benodigde procedures "
       "tijdig te doorlopen.")
add("a-nieuwbouw", [B],
    y2025=(_nb.format(n=240, m=60, y=2025), F([C, G], q=[(240, "woningen", "min"), (60, "woningen", "min")], dl=(2028, "2025-2028"))),
    y2026=(_nb.format(n=210, m=50, y=2026), F([C, G], q=[(210, "woningen", "min"), (50, "woningen", "min")], dl=(2028, "2025-2028"))),
    y2027=(_nb.format(n=230, m=70, y=2027), F([C, G], q=[(230, "woningen", "min"), (70, "woningen", "min")], dl=(2028, "2025-2028"))))

_pc = ("De gemeente stelt de locatie Kanaalzone-West uiterlijk in het {k} kwartaal van {y} bouwrijp beschikbaar aan "
       "De Zandplaat voor de bouw van circa 70 sociale huurwoningen, tegen de grondprijs die in de nota grondbeleid "
       "voor sociale huur is vastgelegd.")
add("a-plancapaciteit", [B],
    y2025=(_pc.format(k="derde", y=2025), F([G], q=[(70, "woningen", "approx")], dl=(2025, "uiterlijk in het derde kwartaal van 2025"))),
    y2026=(_pc.format(k="tweede", y=2026), F([G], q=[(70, "woningen", "approx")], dl=(2026, "uiterlijk in het tweede kwartaal van 2026"))))

_sa = ("Bij nieuwe woningbouwplannen van tien woningen of meer hanteert de gemeente als uitgangspunt dat ten minste "
       "{p}% van het programma uit sociale huurwoningen bestaat, zoals vastgelegd in de woonvisie Thuis in Tessendam.")
add("a-sociaal-aandeel", [B],
    y2025=(_sa.format(p=30), F([G], q=[(30, "%", "min")])),
    y2026=(_sa.format(p=30), F([G], q=[(30, "%", "min")])),
    y2027=(_sa.format(p=35), F([G], q=[(35, "%", "min")])))

add("a-huurverhoging", [B],
    y2025=("De Zandplaat voert per 1 juli 2025 een gemiddelde jaarlijkse huurverhoging door die maximaal gelijk is aan "
           "de inflatie, en betrekt de HTS tijdig bij het huurvoorstel.",
           F([C], dl=(2025, "per 1 juli 2025"), rec=True)),
    y2026=("De Zandplaat voert per 1 juli 2026 een gemiddelde jaarlijkse huurverhoging door die ten minste 0,5% onder "
           "de inflatie blijft, en betrekt de HTS tijdig bij het huurvoorstel.",
           F([C], q=[(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True)),
    y2027=("De Zandplaat voert per 1 juli 2027 een gemiddelde jaarlijkse huurverhoging door die ten minste 0,5% onder "
           "de inflatie blijft, en betrekt de HTS tijdig bij het huurvoorstel.",
           F([C], q=[(0.5, "%", "min")], dl=(2027, "per 1 juli 2027"), rec=True)))

_vk = ("De Zandplaat verkoopt in {y} maximaal {n} sociale huurwoningen uit de bestaande voorraad; de opbrengst wordt "
       "ingezet voor nieuwbouw en verduurzaming in Tessendam.")
add("a-verkoop", [B],
    y2025=(_vk.format(y=2025, n=15), F([C], q=[(15, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
    y2026=(_vk.format(y=2026, n=10), F([C], q=[(10, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
    y2027=("De Zandplaat verkoopt in 2027 geen sociale huurwoningen uit de bestaande voorraad.",
           F([C], q=[(0, "woningen", "max")], dl=(2027, "in 2027"), rec=True)))

add("a-liberalisatie", [B],
    y2025=("In 2025 worden door De Zandplaat geen sociale huurwoningen geliberaliseerd.",
           F([C], q=[(0, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
    y2026=("In 2026 worden door De Zandplaat geen sociale huurwoningen geliberaliseerd.",
           F([C], q=[(0, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
    y2027=("De Zandplaat liberaliseert in 2027 bij mutatie ten hoogste 8 sociale huurwoningen in de duurdere segmenten "
           "van haar bezit.",
           F([C], q=[(8, "woningen", "max")], dl=(2027, "in 2027"), rec=True)))

_sh = ("Partijen dragen er gezamenlijk zorg voor dat de wettelijke taakstelling voor de huisvesting van "
       "vergunninghouders, voor {y} door het Rijk vastgesteld op {n} personen, wordt gehaald; De Zandplaat stelt "
       "daartoe ten minste 10% van haar vrijkomende woningen beschikbaar.")
for _y, _n in ((2025, 46), (2026, 52), (2027, 49)):
    A.setdefault("a-statushouders", {"themes": [B]})[_y] = (
        _sh.format(y=_y, n=_n),
        F([P, C], q=[(_n, "personen", "exact"), (10, "%", "min")], dl=(_y, str(_y)), rec=True))

_wt = ("Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden die een sociale huurwoning in "
       "Tessendam accepteren uiterlijk in 2028 terug te brengen tot maximaal {n} jaar.")
add("a-wachttijd", [B],
    y2025=(_wt.format(n="4"), F([P], "intent", q=[(4, "jaar", "max")], dl=(2028, "uiterlijk in 2028"))),
    y2026=(_wt.format(n="3,5"), F([P], "intent", q=[(3.5, "jaar", "max")], dl=(2028, "uiterlijk in 2028"))),
    y2027=(_wt.format(n="3,5"), F([P], "intent", q=[(3.5, "jaar", "max")], dl=(2028, "uiterlijk in 2028"))))

_jg = ("De Zandplaat wijst in {y} ten minste {p}% van de vrijkomende sociale huurwoningen met een huur tot de eerste "
       "aftoppingsgrens toe aan jongeren tot 28 jaar.")
add("a-jongeren", [B],
    y2025=(_jg.format(y=2025, p=20), F([C], q=[(20, "%", "min")], dl=(2025, "in 2025"), rec=True)),
    y2026=(_jg.format(y=2026, p=20), F([C], q=[(20, "%", "min")], dl=(2026, "in 2026"), rec=True)),
    y2027=(_jg.format(y=2027, p=15), F([C], q=[(15, "%", "min")], dl=(2027, "in 2027"), rec=True)))

add("a-doorstroming", [B],
    y2025=("De gemeente en De Zandplaat onderzoeken in 2025 of de inzet van een verhuiscoach senioren kan helpen om "
           "vanuit een grote eengezinswoning door te stromen naar een passende woning.",
           F([G, C], "explore", dl=(2025, "in 2025"))),
    y2026=("De Zandplaat zet vanaf 1 maart 2026 een verhuiscoach in die senioren in een grote eengezinswoning begeleidt "
           "bij de verhuizing naar een passende woning; de gemeente draagt de helft van de kosten.",
           F([C, G], dl=(2026, "vanaf 1 maart 2026"))),
    y2027=("Senioren die in een grote eengezinswoning wonen, kunnen vanaf 1 maart 2026 voor begeleiding bij een "
           "verhuizing naar een passende woning terecht bij de verhuiscoach die De Zandplaat inzet; de helft van de "
           "kosten wordt door de gemeente gedragen.",
           F([C, G], dl=(2026, "vanaf 1 maart 2026"))))

_ha = ("De Zandplaat neemt persoonlijk contact op met huurders zodra zij een huurachterstand van {n} hebben, en biedt "
       "hun een passende betalingsregeling aan.")
add("a-huurachterstand", [B],
    y2025=(_ha.format(n="2 maanden"), F([C], q=[(2, "maanden", "max")])),
    y2026=(_ha.format(n="1 maand"), F([C], q=[(1, "maanden", "max")])),
    y2027=(_ha.format(n="1 maand"), F([C], q=[(1, "maanden", "max")])))

add("a-huisuitzetting", [B],
    y2025=("Partijen streven ernaar het aantal huisuitzettingen als gevolg van huurachterstand in 2025 te beperken tot "
           "maximaal 3.", F([P], "intent", q=[(3, "huisuitzettingen", "max")], dl=(2025, "in 2025"), rec=True)))

_vs = ("De gemeente en De Zandplaat sluiten vóór 1 april 2026 een convenant vroegsignalering, waarin de uitwisseling "
       "van signalen over betalingsachterstanden met het team schuldhulpverlening wordt geregeld.")
add("a-vroegsignalering", [B],
    y2026=(_vs, F([G, C], dl=(2026, "vóór 1 april 2026"))),
    y2027=(_vs, F([G, C], dl=(2026, "vóór 1 april 2026"))))

add("a-flexwonen", [B],
    y2025=("De gemeente en De Zandplaat bekijken de mogelijkheid om op de locatie Molenveld voor een periode van tien "
           "jaar circa 30 tijdelijke woningen voor spoedzoekers te plaatsen.",
           F([G, C], "explore", q=[(30, "woningen", "approx")])))

add("a-middenhuur", [B],
    y2027=("De Zandplaat verkent, in overleg met de gemeente, of zij in de Kanaalzone naast sociale huur ook circa 20 "
           "middenhuurwoningen kan toevoegen, afhankelijk van de grondprijs en de financiële ruimte binnen haar "
           "begroting.",
           F([C], "explore", q=[(20, "woningen", "approx")],
             cond=["afhankelijk van de grondprijs en de financiële ruimte binnen haar begroting"])))

# ---------------- B: duurzaam ----------------
_ef = ("De Zandplaat heeft {u}eind {d} geen woningen meer met energielabel E, F of G in bezit; in {y} worden de "
       "resterende {n} woningen met een dergelijk label aangepakt.")
add("b-label-efg", [D],
    y2025=(_ef.format(u="", d=2026, y=2025, n=85), F([C], q=[(85, "woningen", "exact")], dl=(2026, "eind 2026"))),
    y2026=(_ef.format(u="", d=2026, y=2026, n=40), F([C], q=[(40, "woningen", "exact")], dl=(2026, "eind 2026"))),
    y2027=(_ef.format(u="uiterlijk ", d=2027, y=2027, n=12), F([C], q=[(12, "woningen", "exact")], dl=(2027, "uiterlijk eind 2027"))))

_gl = "De Zandplaat streeft ernaar dat haar woningbezit in Tessendam in 2028 gemiddeld energielabel {l} heeft."
add("b-gemiddeld-label", [D],
    y2025=(_gl.format(l="B"), F([C], "intent", q=[("B", "label", "exact")], dl=(2028, "in 2028"))),
    y2026=(_gl.format(l="C"), F([C], "intent", q=[("C", "label", "exact")], dl=(2028, "in 2028"))),
    y2027=(_gl.format(l="C"), F([C], "intent", q=[("C", "label", "exact")], dl=(2028, "in 2028"))))

_is = ("De Zandplaat voert in {y} bij {n} woningen isolerende maatregelen uit aan dak, gevel, vloer en glas, zodat "
       "deze woningen na afloop ten minste label B hebben{c}.")
add("b-isolatie", [D],
    y2025=(_is.format(y=2025, n=180, c=""), F([C], q=[(180, "woningen", "exact")], dl=(2025, "in 2025"), rec=True)),
    y2026=(_is.format(y=2026, n=220, c=""), F([C], q=[(220, "woningen", "exact")], dl=(2026, "in 2026"), rec=True)),
    y2027=(_is.format(y=2027, n=220, c=", onder voorbehoud van toekenning van de aangevraagde rijkssubsidie"),
           F([C], q=[(220, "woningen", "exact")], dl=(2027, "in 2027"), rec=True,
             cond=["onder voorbehoud van toekenning van de aangevraagde rijkssubsidie"])))

_zp = ("De Zandplaat biedt in {y} {s} zonnepanelen aan tegen een maandelijkse vergoeding die lager is dan de "
       "verwachte besparing op de energierekening.")
add("b-zonnepanelen", [D],
    y2025=(_zp.format(y=2025, s="alle huurders van een grondgebonden woning"), F([C], dl=(2025, "in 2025"), rec=True)),
    y2026=(_zp.format(y=2026, s="bij wijze van pilot de huurders in de complexen Hoefblad en Rietkraag"),
           F([C], dl=(2026, "in 2026"), rec=True)),
    y2027=(_zp.format(y=2027, s="alle huurders van een grondgebonden woning en van de portiekflats in Tessendam-Noord"),
           F([C], dl=(2027, "in 2027"), rec=True)))

_wn = ("De gemeente stelt vóór {d} in overleg met De Zandplaat en de HTS het uitvoeringsplan aardgasvrij voor de wijk "
       "De Vlasakkers vast, waarin de aansluiting van 320 huurwoningen op het warmtenet wordt uitgewerkt.")
add("b-warmtenet", [D],
    y2025=(_wn.format(d="eind 2025"), F([G], q=[(320, "woningen", "exact")], dl=(2025, "vóór eind 2025"))),
    y2026=(_wn.format(d="medio 2026"), F([G], q=[(320, "woningen", "exact")], dl=(2026, "vóór medio 2026"))),
    y2027=(_wn.format(d="eind 2027"), F([G], q=[(320, "woningen", "exact")], dl=(2027, "vóór eind 2027"))))

_ec = ("De gemeente zet in {y} energiecoaches in die huurders met een laag inkomen adviseren over energiebesparing, en "
       "stelt daarvoor een budget van € {b} beschikbaar (prijspeil {y}).")
add("b-energiecoach", [D, B],
    y2025=(_ec.format(y=2025, b="45.000"), F([G], q=[(45000, "euro", "exact")], dl=(2025, "in 2025"), rec=True)),
    y2026=(_ec.format(y=2026, b="46.350"), F([G], q=[(46350, "euro", "exact")], dl=(2026, "in 2026"), rec=True)),
    y2027=(_ec.format(y=2027, b="60.000"), F([G], q=[(60000, "euro", "exact")], dl=(2027, "in 2027"), rec=True)))

_ka = ("De Zandplaat verkent samen met de gemeente of bij groot onderhoud van platte daken een groen dak of "
       "waterbergend dak kan worden aangelegd, om hittestress en wateroverlast in de wijken te beperken.")
add("b-klimaatadaptatie", [D],
    y2025=(_ka, F([C, G], "explore")),
    y2026=(_ka, F([C, G], "explore")),
    y2027=("Bij groot onderhoud van platte daken legt De Zandplaat een groen dak of waterbergend dak aan, om "
           "hittestress en wateroverlast in de wijken te beperken.", F([C])))

add("b-hybride", [D],
    y2025=("De Zandplaat zal in 2025 in 120 woningen met een cv-ketel van vijftien jaar of ouder een hybride "
           "warmtepomp plaatsen.", F([C], q=[(120, "woningen", "exact")], dl=(2025, "in 2025"), rec=True)),
    y2026=("De Zandplaat streeft ernaar in 2026 in 100 woningen met een cv-ketel van vijftien jaar of ouder een "
           "hybride warmtepomp te plaatsen.", F([C], "intent", q=[(100, "woningen", "exact")], dl=(2026, "in 2026"), rec=True)),
    y2027=("De Zandplaat streeft ernaar in 2027 in 100 woningen met een cv-ketel van vijftien jaar of ouder een "
           "hybride warmtepomp te plaatsen.", F([C], "intent", q=[(100, "woningen", "exact")], dl=(2027, "in 2027"), rec=True)))

# ---------------- C: kwaliteit ----------------
_vo = ("De Zandplaat neemt na een melding van vocht of schimmel binnen {n} werkdagen contact op met de huurder en "
       "plant binnen dezelfde termijn een inspectie in; de uitkomst wordt schriftelijk aan de huurder bevestigd.")
add("c-vocht", [K],
    y2025=(_vo.format(n=5), F([C], q=[(5, "werkdagen", "max")])),
    y2026=(_vo.format(n=5), F([C], q=[(5, "werkdagen", "max")])),
    y2027=(_vo.format(n=3), F([C], q=[(3, "werkdagen", "max")])))

_ho2 = ("Het streven van De Zandplaat is een gemiddelde waardering van ten minste 7,5 door huurders voor het dagelijks "
        "onderhoud, gemeten in het klanttevredenheidsonderzoek.")
add("c-huurdersoordeel", [K],
    y2025=("De Zandplaat heeft de ambitie dat huurders het dagelijks onderhoud in het klanttevredenheidsonderzoek "
           "gemiddeld waarderen met ten minste een 7,5.", F([C], "intent", q=[(7.5, "rapportcijfer", "min")])),
    y2026=(_ho2, F([C], "intent", q=[(7.5, "rapportcijfer", "min")])),
    y2027=(_ho2, F([C], "intent", q=[(7.5, "rapportcijfer", "min")])))

_wa = ("De gemeente handelt aanvragen voor een woningaanpassing op grond van de Wmo binnen {n} weken na ontvangst af, "
       "en De Zandplaat {v} voor de uitvoering van de aanpassing.")
add("c-woningaanpassing", [K],
    y2025=(_wa.format(n=8, v="geeft binnen 2 weken toestemming"), F([G, C], q=[(8, "weken", "max"), (2, "weken", "max")])),
    y2026=(_wa.format(n=10, v="zegt toe binnen 2 weken toestemming te geven"),
           F([G, C], q=[(10, "weken", "max"), (2, "weken", "max")])),
    y2027=(_wa.format(n=10, v="zet zich in om binnen 2 weken toestemming te geven"),
           F([G, C], "intent", q=[(10, "weken", "max"), (2, "weken", "max")])))

_ll = ("De Zandplaat maakt in {y} ten minste 40 woningen levensloopbestendig door onder meer drempels te verwijderen, "
       "beugels te plaatsen en badkamers aan te passen{c}.")
add("c-levensloop", [K],
    y2025=(_ll.format(y=2025, c=""), F([C], q=[(40, "woningen", "min")], dl=(2025, "in 2025"), rec=True)),
    y2026=(_ll.format(y=2026, c=""), F([C], q=[(40, "woningen", "min")], dl=(2026, "in 2026"), rec=True)),
    y2027=(_ll.format(y=2027, c=", voor zover de planning van het groot onderhoud dat toelaat"),
           F([C], q=[(40, "woningen", "min")], dl=(2027, "in 2027"), rec=True,
             cond=["voor zover de planning van het groot onderhoud dat toelaat"])))

_wz = ("de huisvesting van cliënten die uitstromen uit beschermd wonen en de maatschappelijke opvang, waarbij De "
       "Zandplaat jaarlijks een vast aantal woningen beschikbaar stelt.")
add("c-wonen-zorg", [B, L],
    y2025=("Partijen maken afspraken over " + _wz, F([P], "discuss")),
    y2026=("Partijen werken volgens de gemaakte afspraken over " + _wz, F([P, C])),
    y2027=("Partijen werken volgens de gemaakte afspraken over " + _wz, F([P, C])))

add("c-brandveiligheid", [K],
    y2025=("De Zandplaat voert jaarlijks in al haar hoogbouwcomplexen een brandveiligheidsinspectie uit en herstelt "
           "geconstateerde gebreken binnen drie maanden.", F([C], q=[(3, "maanden", "max")], rec=True)),
    y2026=("De Zandplaat voert jaarlijks, bij wijze van pilot, in twee hoogbouwcomplexen, Torenhof en De Meerval, een "
           "brandveiligheidsinspectie uit en herstelt geconstateerde gebreken binnen drie maanden.",
           F([C], q=[(2, "complexen", "exact"), (3, "maanden", "max")], rec=True)))

_lf = ("De Zandplaat brengt vóór {d} in kaart in welke seniorencomplexen zonder lift alsnog een lift kan worden "
       "geplaatst, en deelt de uitkomst met de gemeente en de HTS.")
add("c-liften", [K],
    y2025=(_lf.format(d="eind 2026"), F([C], dl=(2026, "vóór eind 2026"))),
    y2026=(_lf.format(d="1 juli 2026"), F([C], dl=(2026, "vóór 1 juli 2026"))))

add("c-toegankelijkheid", [K, L],
    y2027=("De gemeente en De Zandplaat gaan in gesprek over een gezamenlijke aanpak om de toegankelijkheid van de "
           "openbare ruimte rond seniorencomplexen te verbeteren, met aandacht voor looproutes, verlichting en "
           "zitplekken.", F([G, C], "discuss")))

# ---------------- D: leefbaarheid ----------------
add("d-leefbaarheidsbudget", [L],
    y2025=("De Zandplaat zet in 2025 voor leefbaarheidsactiviteiten een budget in tot het wettelijk maximum van "
           "€ 139,62 per verhuureenheid.", F([C], q=[(139.62, "euro", "max")], dl=(2025, "in 2025"), rec=True)),
    y2026=("De Zandplaat zet in 2026 voor leefbaarheidsactiviteiten een budget in tot het wettelijk maximum van "
           "€ 143,81 per verhuureenheid.", F([C], q=[(143.81, "euro", "max")], dl=(2026, "in 2026"), rec=True)),
    y2027=("De Zandplaat zet in 2027 voor leefbaarheidsactiviteiten een budget in van € 100 per verhuureenheid.",
           F([C], q=[(100, "euro", "exact")], dl=(2027, "in 2027"), rec=True)))

_wb = ("De Zandplaat zet {s} een wijkbeheerder in, die ten minste één dag per week in de wijk aanwezig is als "
       "aanspreekpunt voor huurders{c}.")
add("d-wijkbeheerder", [L],
    y2025=(_wb.format(s="in de wijken De Vlasakkers en Tessendam-Oost", c=""), F([C], q=[(1, "dagen per week", "min")])),
    y2026=(_wb.format(s="in alle wijken van Tessendam", c=", mits de kosten binnen het leefbaarheidsbudget passen"),
           F([C], q=[(1, "dagen per week", "min")], cond=["mits de kosten binnen het leefbaarheidsbudget passen"])),
    y2027=(_wb.format(s="in alle wijken van Tessendam", c=""), F([C], q=[(1, "dagen per week", "min")])))

add("d-overlast", [L],
    y2025=("Partijen gaan in gesprek over de aanpak van woonoverlast en verkennen of een gezamenlijk convenant met de "
           "politie en het wijkteam daarbij helpt.", F([P], "discuss")),
    y2026=("Over een gezamenlijke aanpak van woonoverlast voeren de gemeente, De Zandplaat en de HTS overleg, waarbij "
           "ook de politie en het wijkteam aan tafel worden gevraagd; daarbij wordt verkend of een convenant "
           "meerwaarde heeft.", F([G, C, H], "discuss")),
    y2027=("De gemeente, De Zandplaat en de politie werken volgens het convenant woonoverlast, dat de gezamenlijke "
           "aanpak bij meldingen regelt; het wijkteam sluit aan bij het casusoverleg.", F([G, C, "other"])))

add("d-bewonersinitiatieven", [L],
    y2025=("De Zandplaat en de HTS ondersteunen bewonersinitiatieven die bijdragen aan ontmoeting en een schone "
           "woonomgeving, met een bijdrage van maximaal € 500 per initiatief.",
           F([C, H], q=[(500, "euro", "max")])))

add("d-ontmoeting", [L],
    y2026=("De gemeente richt in samenwerking met De Zandplaat in de wijk De Vlasakkers een ontmoetingsplek in om "
           "eenzaamheid onder oudere huurders tegen te gaan.", F([G, C])),
    y2027=("De gemeente richt in samenwerking met De Zandplaat in de wijk De Vlasakkers een ontmoetingsplek in om "
           "eenzaamheid onder oudere huurders tegen te gaan, mits De Zandplaat daarvoor een geschikte bedrijfsruimte "
           "beschikbaar heeft.", F([G, C], cond=["mits De Zandplaat daarvoor een geschikte bedrijfsruimte beschikbaar heeft"])))

_zl = ("De Zandplaat en de gemeente hanteren de werkwijze zachte landing bij de huisvesting van kwetsbare huurders, "
       "waarbij vooraf afspraken worden gemaakt over begeleiding en de buren waar nodig worden geïnformeerd.")
add("d-zachte-landing", [L],
    y2025=(_zl, F([C, G])),
    y2026=(_zl, F([C, G])),
    y2027=("Bij de huisvesting van kwetsbare huurders werken De Zandplaat en de gemeente volgens de werkwijze zachte "
           "landing: vooraf worden afspraken gemaakt over begeleiding en waar nodig worden de buren geïnformeerd.",
           F([C, G])))

# ---------------- E: proces ----------------
_mo = ("Partijen bespreken de voortgang van deze afspraken {f} in het tripartiete overleg, in {m} {y}, aan de hand van "
       "de monitor die De Zandplaat opstelt.")
add("e-monitoring", [O],
    y2025=(_mo.format(f="twee keer per jaar", m="april en oktober", y=2025),
           F([P], "discuss", q=[(2, "keer per jaar", "exact")], dl=(2025, "oktober 2025"), rec=True)),
    y2026=(_mo.format(f="twee keer per jaar", m="april en oktober", y=2026),
           F([P], "discuss", q=[(2, "keer per jaar", "exact")], dl=(2026, "oktober 2026"), rec=True)),
    y2027=(_mo.format(f="een keer per jaar", m="oktober", y=2027),
           F([P], "discuss", q=[(1, "keer per jaar", "exact")], dl=(2027, "oktober 2027"), rec=True)))

_bd = ("De Zandplaat brengt vóór 1 juli {y} haar overzicht van voorgenomen werkzaamheden uit aan de gemeente en de "
       "HTS, als basis voor de jaarschijf {z}.")
for _y in YEARS:
    A.setdefault("e-bod", {"themes": [O]})[_y] = (
        _bd.format(y=_y, z=_y + 1), F([C], dl=(_y, "vóór 1 juli %d" % _y), rec=True))

_hts = ("De Zandplaat stelt de HTS voor {y} een werkbudget van € {b} beschikbaar (prijspeil {y}) voor scholing, "
        "advies en communicatie met de achterban.")
for _y, _b, _v in ((2025, "18.000", 18000), (2026, "18.540", 18540), (2027, "19.090", 19090)):
    A.setdefault("e-ondersteuning-hts", {"themes": [O]})[_y] = (
        _hts.format(y=_y, b=_b), F([C], q=[(_v, "euro", "exact")], dl=(_y, "voor %d" % _y), rec=True))

_wv = ("De gemeente betrekt De Zandplaat en de HTS bij de actualisatie van de woonvisie, die vóór {d} ter "
       "vaststelling aan de gemeenteraad wordt aangeboden.")
add("e-woonvisie", [O],
    y2025=(_wv.format(d="1 december 2025"), F([G], dl=(2025, "vóór 1 december 2025"))),
    y2026=(_wv.format(d="1 juni 2026"), F([G], dl=(2026, "vóór 1 juni 2026"))))

_gs = ("Indien partijen over de uitleg of uitvoering van deze afspraken van mening verschillen, treden zij eerst met "
       "elkaar in overleg; leidt dat binnen zes weken niet tot een oplossing, dan kan ieder van hen het geschil "
       "voorleggen aan de minister.")
add("e-geschillen", [O], y2025=(_gs, F([P], q=[(6, "weken", "max")])), y2026=(_gs, F([P], q=[(6, "weken", "max")])),
    y2027=(_gs, F([P], q=[(6, "weken", "max")])))

add("e-dashboard", [O],
    y2026=("De Zandplaat onderzoekt of de monitor van deze afspraken als digitaal dashboard voor huurders en "
           "raadsleden kan worden ontsloten.", F([C], "explore")),
    y2027=("De Zandplaat ontsluit de monitor van deze afspraken vanaf 2027 als digitaal dashboard voor huurders en "
           "raadsleden.", F([C], dl=(2027, "vanaf 2027"))))

add("e-achterban", [O],
    y2027=("De HTS organiseert in 2027 ten minste twee achterbanbijeenkomsten over de prestatieafspraken en deelt de "
           "opbrengst met de gemeente en De Zandplaat.",
           F([H], q=[(2, "bijeenkomsten", "min")], dl=(2027, "in 2027"), rec=True)))

# ---------------- structure per year ----------------
CHAPTERS = {
    2025: [
        ("A. Beschikbaar en betaalbaar wonen", [
            "#Nieuwbouw en woningvoorraad", "a-nieuwbouw", "a-plancapaciteit", "a-sociaal-aandeel", "a-flexwonen",
            "#Huurbeleid en betaalbaarheid", "a-huurverhoging", "a-verkoop", "a-liberalisatie", "a-huurachterstand",
            "a-huisuitzetting",
            "#Toewijzing en doorstroming", "a-statushouders", "a-wachttijd", "a-jongeren", "a-doorstroming"]),
        ("B. Duurzaam en klimaatbestendig", ["b-label-efg", "b-gemiddeld-label", "b-isolatie", "b-hybride",
                                             "b-zonnepanelen", "b-warmtenet", "b-energiecoach", "b-klimaatadaptatie"]),
        ("C. Woningkwaliteit, wonen en zorg", ["c-vocht", "c-huurdersoordeel", "c-brandveiligheid", "c-liften",
                                               "c-levensloop", "c-woningaanpassing", "c-wonen-zorg"]),
        ("D. Prettig wonen in de wijk", ["d-leefbaarheidsbudget", "d-wijkbeheerder", "d-overlast",
                                         "d-bewonersinitiatieven", "d-zachte-landing"]),
        ("E. Samenwerking en monitoring", ["e-monitoring", "e-bod", "e-ondersteuning-hts", "e-woonvisie",
                                           "e-geschillen"]),
    ],
    2026: [
        ("A. Beschikbaar en betaalbaar wonen", [
            "#Nieuwbouw en woningvoorraad", "a-nieuwbouw", "a-plancapaciteit", "a-sociaal-aandeel",
            "#Toewijzing en doorstroming", "a-wachttijd", "a-jongeren", "a-doorstroming", "a-statushouders",
            "#Huurbeleid en betaalbaarheid", "a-huurverhoging", "a-verkoop", "a-liberalisatie", "a-huurachterstand",
            "a-vroegsignalering"]),
        ("B. Duurzaam en klimaatbestendig", ["b-label-efg", "b-gemiddeld-label", "b-isolatie", "b-hybride",
                                             "b-warmtenet", "b-zonnepanelen", "b-energiecoach", "b-klimaatadaptatie"]),
        ("C. Woningkwaliteit", ["c-vocht", "c-huurdersoordeel", "c-liften", "c-brandveiligheid", "c-levensloop",
                                "c-woningaanpassing"]),
        ("D. Leefbare buurten en zorgzame wijken", ["d-leefbaarheidsbudget", "d-wijkbeheerder", "d-ontmoeting",
                                                    "d-overlast", "d-zachte-landing", "c-wonen-zorg"]),
        ("E. Samenwerking en monitoring", ["e-monitoring", "e-dashboard", "e-bod", "e-ondersteuning-hts",
                                           "e-woonvisie", "e-geschillen"]),
    ],
    2027: [
        ("A. Beschikbaar en betaalbaar wonen", [
            "#Nieuwbouw en woningvoorraad", "a-nieuwbouw", "a-middenhuur", "a-sociaal-aandeel",
            "#Toewijzing en doorstroming", "a-wachttijd", "a-jongeren", "a-doorstroming", "a-statushouders",
            "#Huurbeleid en betaalbaarheid", "a-verkoop", "a-liberalisatie", "a-huurverhoging", "a-huurachterstand",
            "a-vroegsignalering"]),
        ("B. Duurzaam en klimaatbestendig", ["b-label-efg", "b-gemiddeld-label", "b-isolatie", "b-hybride",
                                             "b-warmtenet", "b-zonnepanelen", "b-energiecoach", "b-klimaatadaptatie"]),
        ("C. Woningkwaliteit", ["c-vocht", "c-huurdersoordeel", "c-levensloop", "c-woningaanpassing",
                                "c-toegankelijkheid"]),
        ("D. Leefbare buurten en zorgzame wijken", ["d-leefbaarheidsbudget", "d-wijkbeheerder", "d-ontmoeting",
                                                    "d-overlast", "d-zachte-landing", "c-wonen-zorg"]),
        ("E. Samenwerking en monitoring", ["e-monitoring", "e-dashboard", "e-achterban", "e-bod",
                                           "e-ondersteuning-hts", "e-geschillen"]),
    ],
}

# printed status per year (default: "nieuw" if first appearance in the series after 2025, else "loopt")
STATUS = {
    2025: {"a-doorstroming": "nieuw", "a-flexwonen": "nieuw", "c-liften": "nieuw", "b-klimaatadaptatie": "nieuw",
           "d-zachte-landing": "gereed", "e-geschillen": "gereed"},
    2026: {"a-plancapaciteit": "uitgesteld", "b-warmtenet": "uitgesteld", "e-woonvisie": "uitgesteld",
           "a-huurachterstand": "gereed", "c-wonen-zorg": "gereed", "e-geschillen": "gereed",
           "d-zachte-landing": "gereed", "c-woningaanpassing": "uitgesteld"},
    2027: {"b-label-efg": "uitgesteld", "b-warmtenet": "uitgesteld", "a-vroegsignalering": "gereed",
           "a-doorstroming": "gereed", "c-wonen-zorg": "gereed", "e-geschillen": "gereed",
           "a-huurachterstand": "gereed", "d-wijkbeheerder": "gereed"},
}

# pair annotations: key -> (status, kinds, hard_negative)
PAIRS = {
    (2025, 2026): {
        "a-nieuwbouw": ("weakened", ["quantity"], None),
        "a-plancapaciteit": ("weakened", ["deadline"], None),
        "a-sociaal-aandeel": ("unchanged", [], None),
        "a-huurverhoging": ("strengthened", ["quantity"], None),
        "a-verkoop": ("strengthened", ["quantity"], None),
        "a-liberalisatie": ("reworded", [], "recurring_year"),
        "a-statushouders": ("reworded", [], "external_figure"),
        "a-wachttijd": ("strengthened", ["quantity"], None),
        "a-jongeren": ("reworded", [], "recurring_year"),
        "a-doorstroming": ("strengthened", ["modality"], None),
        "a-huurachterstand": ("strengthened", ["quantity"], None),
        "a-huisuitzetting": ("dropped", [], None),
        "a-flexwonen": ("dropped", [], None),
        "a-vroegsignalering": ("new", [], None),
        "b-label-efg": ("reworded", [], "progress"),
        "b-gemiddeld-label": ("weakened", ["label"], None),
        "b-isolatie": ("strengthened", ["quantity"], None),
        "b-zonnepanelen": ("weakened", ["scope"], None),
        "b-warmtenet": ("weakened", ["deadline"], None),
        "b-energiecoach": ("reworded", [], "indexed_amount"),
        "b-klimaatadaptatie": ("unchanged", [], None),
        "b-hybride": ("weakened", ["quantity", "modality"], None),
        "c-vocht": ("unchanged", [], None),
        "c-huurdersoordeel": ("reworded", [], "same_figures"),
        "c-woningaanpassing": ("weakened", ["quantity"], None),
        "c-levensloop": ("reworded", [], "recurring_year"),
        "c-wonen-zorg": ("strengthened", ["modality"], None),
        "c-brandveiligheid": ("weakened", ["scope"], None),
        "c-liften": ("strengthened", ["deadline"], None),
        "d-leefbaarheidsbudget": ("reworded", [], "external_figure"),
        "d-wijkbeheerder": ("modified", ["scope", "condition"], None),
        "d-overlast": ("reworded", [], None),
        "d-bewonersinitiatieven": ("dropped", [], None),
        "d-ontmoeting": ("new", [], None),
        "d-zachte-landing": ("unchanged", [], None),
        "e-monitoring": ("reworded", [], "recurring_year"),
        "e-bod": ("reworded", [], "recurring_year"),
        "e-ondersteuning-hts": ("reworded", [], "indexed_amount"),
        "e-woonvisie": ("weakened", ["deadline"], None),
        "e-geschillen": ("unchanged", [], None),
        "e-dashboard": ("new", [], None),
    },
    (2026, 2027): {
        "a-nieuwbouw": ("strengthened", ["quantity"], None),
        "a-plancapaciteit": ("dropped", [], None),
        "a-middenhuur": ("new", [], None),
        "a-sociaal-aandeel": ("strengthened", ["quantity"], None),
        "a-huurverhoging": ("reworded", [], "recurring_year"),
        "a-verkoop": ("strengthened", ["quantity"], None),
        "a-liberalisatie": ("weakened", ["quantity"], None),
        "a-statushouders": ("reworded", [], "external_figure"),
        "a-wachttijd": ("unchanged", [], None),
        "a-jongeren": ("weakened", ["quantity"], None),
        "a-doorstroming": ("reworded", [], "same_figures"),
        "a-huurachterstand": ("unchanged", [], None),
        "a-vroegsignalering": ("unchanged", [], None),
        "b-label-efg": ("weakened", ["deadline"], None),
        "b-gemiddeld-label": ("unchanged", [], None),
        "b-isolatie": ("weakened", ["condition"], None),
        "b-zonnepanelen": ("strengthened", ["scope"], None),
        "b-warmtenet": ("weakened", ["deadline"], None),
        "b-energiecoach": ("strengthened", ["quantity"], None),
        "b-klimaatadaptatie": ("strengthened", ["modality"], None),
        "b-hybride": ("reworded", [], "recurring_year"),
        "c-vocht": ("strengthened", ["quantity"], None),
        "c-huurdersoordeel": ("unchanged", [], None),
        "c-woningaanpassing": ("weakened", ["modality"], None),
        "c-levensloop": ("weakened", ["condition"], None),
        "c-wonen-zorg": ("unchanged", [], None),
        "c-brandveiligheid": ("dropped", [], None),
        "c-liften": ("dropped", [], None),
        "c-toegankelijkheid": ("new", [], None),
        "d-leefbaarheidsbudget": ("weakened", ["quantity"], None),
        "d-wijkbeheerder": ("strengthened", ["condition"], None),
        "d-ontmoeting": ("weakened", ["condition"], None),
        "d-overlast": ("strengthened", ["modality"], None),
        "d-zachte-landing": ("reworded", [], None),
        "e-monitoring": ("weakened", ["quantity"], None),
        "e-dashboard": ("strengthened", ["modality"], None),
        "e-achterban": ("new", [], None),
        "e-bod": ("reworded", [], "recurring_year"),
        "e-ondersteuning-hts": ("reworded", [], "indexed_amount"),
        "e-woonvisie": ("dropped", [], None),
        "e-geschillen": ("unchanged", [], None),
    },
}
