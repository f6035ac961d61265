# -*- coding: utf-8 -*-
"""Content of the veenoord family: regional yearly prestatieafspraken 2024-2026
of the (fictional) Woonregio Veenmarken. All names are invented."""

YEARS = [2024, 2025, 2026]

GEMEENTEN = ["Veenoord", "Dalmerloo", "Brinkeloo"]
CORPORATIES = ["Stichting Huisvesting Oostveen", "Woonstichting De Turfstee", "Aaweide Wonen"]
HUURDERS = ["Huurderskoepel Veenmarken", "Huurdersvereniging Oostveen",
            "Bewonersraad De Turfstee", "Huurdersbelang Aaweide"]

OOST, TURF, AAW = CORPORATIES

# (organisation, address line, representative, function) for the Partijen page
PARTIJEN = {
    2024: None, 2025: None, 2026: None,
}
REPS = [
    ("Gemeente Veenoord", "Raadhuisplein 1, Veenoord", "de heer H.A. Kremer", "wethouder Wonen"),
    ("Gemeente Dalmerloo", "Brinkstraat 12, Dalmerloo", "mevrouw S. Boelens", "wethouder Volkshuisvesting"),
    ("Gemeente Brinkeloo", "Esdijk 3, Brinkeloo", "de heer J.W. Tienstra", "wethouder Wonen en Zorg"),
    (OOST, "Kanaalweg 40, Veenoord", "mevrouw drs. A.C. van Lier", "directeur-bestuurder"),
    (TURF, "Marktveld 7, Dalmerloo", "de heer R. Meijering", "directeur-bestuurder"),
    (AAW, "Aaweg 2, Brinkeloo", "mevrouw E. Oldenhuis MSc", "bestuurder"),
    ("Huurderskoepel Veenmarken", "Postbus 118, Veenoord", "de heer G. Smeenk", "voorzitter"),
    ("Huurdersvereniging Oostveen", "Kanaalweg 40a, Veenoord", "mevrouw T. Bakker", "voorzitter"),
    ("Bewonersraad De Turfstee", "Marktveld 7, Dalmerloo", "de heer K. Wolters", "voorzitter"),
]
# Huurdersbelang Aaweide is represented by the koepel (mandate): ten parties, nine signatures.

SIGNED = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}

B_B, DUU, KWA, LEEF, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat",
                          "kwaliteit", "leefbaarheid", "overig")


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


C, G, P, H = "corporatie", "gemeente", "partijen", "huurdersorganisatie"

# key -> dict(theme, themes, v={year: (text, frame)}, p={"P1": (status, kinds, hard_negative), "P2": ...})
A = {}


def add(key, themes, versions, p1=None, p2=None):
    A[key] = {"theme": themes[0], "themes": list(themes), "v": versions, "p": {"P1": p1, "P2": p2}}


# ------------------------------------------------------------------ A1 betaalbaar en beschikbaar
add("huurverhoging", [B_B], {
    2024: ("De corporaties beperken de gemiddelde huurverhoging voor hun sociale huurwoningen per 1 juli 2024 "
           "tot maximaal het inflatiecijfer; de inkomensafhankelijke huurverhoging wordt door geen van de "
           "corporaties toegepast.",
           F([C], "firm", dl=(2024, "per 1 juli 2024"), rec=True)),
    2025: ("De corporaties beperken de gemiddelde huurverhoging voor hun sociale huurwoningen per 1 juli 2025 "
           "tot ten minste 0,5% onder het inflatiecijfer; de inkomensafhankelijke huurverhoging wordt door geen "
           "van de corporaties toegepast.",
           F([C], "firm", q=[(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"), rec=True)),
    2026: ("De corporaties beperken de gemiddelde huurverhoging voor hun sociale huurwoningen per 1 juli 2026 "
           "tot ten minste 0,5% onder het inflatiecijfer; de inkomensafhankelijke huurverhoging wordt door geen "
           "van de corporaties toegepast.",
           F([C], "firm", q=[(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True)),
}, ("strengthened", ["quantity"], None), ("reworded", [], "recurring_year"))

add("nieuwbouw-regio", [B_B], {
    2024: ("De corporaties realiseren in de periode 2024 tot en met 2027 gezamenlijk ten minste 480 nieuwe "
           "sociale huurwoningen in de regio, in lijn met de verdeling die in de regionale woondeal is vastgelegd; "
           "daarvan worden er in 2024 ten minste 110 opgeleverd.",
           F([C], "firm", q=[(480, "woningen", "min"), (110, "woningen", "min")], dl=(2027, "tot en met 2027"))),
    2025: ("De corporaties realiseren in de periode 2024 tot en met 2027 gezamenlijk ten minste 520 nieuwe "
           "sociale huurwoningen in de regio, in lijn met de verdeling die in de regionale woondeal is vastgelegd; "
           "daarvan worden er in 2025 ten minste 125 opgeleverd.",
           F([C], "firm", q=[(520, "woningen", "min"), (125, "woningen", "min")], dl=(2027, "tot en met 2027"))),
    2026: ("De corporaties realiseren tot en met 2027 de resterende 290 sociale huurwoningen van de regionale "
           "opgave van 520 nieuwe sociale huurwoningen, in lijn met de verdeling die in de regionale woondeal is "
           "vastgelegd; daarvan worden er in 2026 ten minste 125 opgeleverd.",
           F([C], "firm", q=[(290, "woningen", "exact"), (520, "woningen", "exact"), (125, "woningen", "min")],
             dl=(2027, "tot en met 2027"))),
}, ("strengthened", ["quantity"], None), ("reworded", [], "progress"))

add("passend-toewijzen", [B_B], {
    2024: ("Partijen hanteren bij de toewijzing van sociale huurwoningen de regels voor passend toewijzen. De "
           "corporaties wijzen ten minste 90% van hun vrijkomende sociale huurwoningen toe aan huishoudens met een "
           "inkomen tot € 44.035 (prijspeil 2024) en benutten de overige ruimte voor lokaal maatwerk.",
           F([P, C], "firm", q=[(90, "%", "min"), (44035, "euro", "max")])),
    2025: ("Partijen hanteren bij de toewijzing van sociale huurwoningen de regels voor passend toewijzen. De "
           "corporaties wijzen ten minste 90% van hun vrijkomende sociale huurwoningen toe aan huishoudens met een "
           "inkomen tot € 47.699 (prijspeil 2025) en benutten de overige ruimte voor lokaal maatwerk.",
           F([P, C], "firm", q=[(90, "%", "min"), (47699, "euro", "max")])),
    2026: ("Partijen hanteren bij de toewijzing van sociale huurwoningen de regels voor passend toewijzen. De "
           "corporaties wijzen ten minste 85% van hun vrijkomende sociale huurwoningen toe aan huishoudens met een "
           "inkomen tot € 48.625 (prijspeil 2026) en benutten de overige ruimte voor lokaal maatwerk.",
           F([P, C], "firm", q=[(85, "%", "min"), (48625, "euro", "max")])),
}, ("reworded", [], "indexed_amount"), ("weakened", ["quantity"], None))

_st = ("Bij de verhuur van ten minste {p}% van de vrijkomende eengezinswoningen krijgen jonge huishoudens tot 28 "
       "jaar met een lokale binding voorrang, binnen de vrije toewijzingsruimte die de wet hiervoor biedt.")
add("voorrang-starters", [B_B], {
    2024: (_st.format(p=20), F([C], "firm", q=[(20, "%", "min"), (28, "jaar", "max")])),
    2025: (_st.format(p=20), F([C], "firm", q=[(20, "%", "min"), (28, "jaar", "max")])),
    2026: (_st.format(p=25), F([C], "firm", q=[(25, "%", "min"), (28, "jaar", "max")])),
}, ("unchanged", [], None), ("strengthened", ["quantity"], None))

_sh = ("De corporaties stellen naar rato van hun woningbezit voldoende woningen beschikbaar, zodat de gemeenten "
       "de taakstelling voor de huisvesting van vergunninghouders kunnen halen; voor {y} bedraagt de "
       "taakstelling voor de drie gemeenten samen {n} personen.")
add("statushouders", [B_B], {
    y: (_sh.format(y=y, n=n), F([C], "firm", q=[(n, "personen", "exact")], dl=(y, "voor %d" % y), rec=True))
    for y, n in [(2024, 164), (2025, 141), (2026, 152)]
}, ("reworded", [], "external_figure"), ("reworded", [], "external_figure"))

add("doorstroming-senioren", [B_B], {
    2024: ("Partijen onderzoeken in 2024 of een regionale doorstroomregeling voor senioren kan worden ingevoerd, "
           "waarbij een oudere huurder die verhuist naar een kleinere, gelijkvloerse woning zijn huurprijs per "
           "vierkante meter behoudt.",
           F([P], "explore", dl=(2024, "in 2024"))),
    2025: ("De corporaties voeren per 1 januari 2025 een regionale doorstroomregeling voor senioren in: een "
           "huurder van 65 jaar of ouder die verhuist naar een kleinere, gelijkvloerse woning behoudt daarbij zijn "
           "huurprijs per vierkante meter.",
           F([C], "firm", q=[(65, "jaar", "min")], dl=(2025, "per 1 januari 2025"))),
    2026: ("Huurders van 65 jaar en ouder die verhuizen naar een kleinere, gelijkvloerse woning behouden hun "
           "huurprijs per vierkante meter; de corporaties passen hiervoor de regionale doorstroomregeling toe die "
           "sinds 1 januari 2025 van kracht is.",
           F([C], "firm", q=[(65, "jaar", "min")])),
}, ("strengthened", ["modality"], None), ("reworded", [], None))

add("verkoop", [B_B], {
    2024: ("De corporaties verkopen in 2024 gezamenlijk niet meer dan 40 sociale huurwoningen in de regio, "
           "uitsluitend bij mutatie en bij voorkeur aan zittende huurders of starters.",
           F([C], "firm", q=[(40, "woningen", "max")], dl=(2024, "in 2024"), rec=True)),
    2025: ("De corporaties verkopen in 2025 gezamenlijk niet meer dan 25 sociale huurwoningen in de regio, "
           "uitsluitend bij mutatie en bij voorkeur aan zittende huurders of starters.",
           F([C], "firm", q=[(25, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
    2026: ("De corporaties verkopen in 2026 geen sociale huurwoningen in de regio.",
           F([C], "firm", q=[(0, "woningen", "max")], dl=(2026, "in 2026"), rec=True)),
}, ("strengthened", ["quantity"], None), ("strengthened", ["quantity"], None))

add("liberalisatie", [B_B], {
    2024: ("Het aantal sociale huurwoningen dat na mutatie wordt geliberaliseerd, blijft in 2024 beperkt tot ten "
           "hoogste 15 woningen per corporatie.",
           F([C], "firm", q=[(15, "woningen", "max")], dl=(2024, "in 2024"), rec=True)),
    2025: ("Het aantal sociale huurwoningen dat na mutatie wordt geliberaliseerd, blijft in 2025 beperkt tot ten "
           "hoogste 25 woningen per corporatie.",
           F([C], "firm", q=[(25, "woningen", "max")], dl=(2025, "in 2025"), rec=True)),
}, ("weakened", ["quantity"], None), ("dropped", [], None))

_ha = ("Zodra een huurder {m} huurachterstand heeft, nemen de corporaties persoonlijk contact met hem op en "
       "melden zij de achterstand, met toestemming van de huurder, bij het team vroegsignalering van de "
       "betreffende gemeente.")
add("huurachterstand", [B_B, LEEF], {
    2024: (_ha.format(m="twee maanden"), F([C], "firm", q=[(2, "maanden", "max")])),
    2025: (_ha.format(m="één maand"), F([C], "firm", q=[(1, "maanden", "max")])),
    2026: (_ha.format(m="één maand"), F([C], "firm", q=[(1, "maanden", "max")])),
}, ("strengthened", ["quantity"], None), ("unchanged", [], None))

_hu = ("Partijen spreken af dat in de regio geen huisuitzettingen meer plaatsvinden als gevolg van uitsluitend "
       "een huurachterstand; een corporatie vraagt pas een ontruimingsvonnis aan nadat de huurder "
       "schuldhulpverlening is aangeboden.")
add("huisuitzettingen", [B_B], {
    2024: ("Partijen zetten zich ervoor in dat het aantal huisuitzettingen als gevolg van huurachterstand in de "
           "regio wordt teruggebracht tot maximaal vijf per jaar.",
           F([P], "intent", q=[(5, "huisuitzettingen", "max")])),
    2025: (_hu, F([P], "firm", q=[(0, "huisuitzettingen", "max")])),
    2026: (_hu, F([P], "firm", q=[(0, "huisuitzettingen", "max")])),
}, ("strengthened", ["quantity", "modality"], None), ("unchanged", [], None))

add("hospitawonen", [B_B], {
    2026: ("De corporaties staan toe dat huurders een kamer in hun woning verhuren aan een hospitahuurder, mits "
           "de corporatie hiervoor vooraf schriftelijk toestemming heeft gegeven.",
           F([C], "firm", cond=["mits de corporatie hiervoor vooraf schriftelijk toestemming heeft gegeven"])),
}, None, ("new", [], None))

_ub = ("De corporaties zullen in {y} gezamenlijk {n} woningen beschikbaar stellen voor huishoudens die uitstromen "
       "uit beschermd wonen of maatschappelijke opvang.")
add("uitstroom-bw", [B_B, LEEF], {
    y: (_ub.format(y=y, n=n), F([C], "firm", q=[(n, "woningen", "exact")], dl=(y, "in %d" % y), rec=True))
    for y, n in [(2024, 36), (2025, 36), (2026, 45)]
}, ("reworded", [], "recurring_year"), ("strengthened", ["quantity"], None))

# ------------------------------------------------------------------ A2 energie en klimaat
_ef = ("De corporaties zorgen ervoor dat uiterlijk eind {y} geen van hun woningen in de regio nog een "
       "energielabel E, F of G heeft.")
add("labels-efg", [DUU], {
    y: (_ef.format(y=d), F([C], "firm", dl=(d, "uiterlijk eind %d" % d)))
    for y, d in [(2024, 2027), (2025, 2028), (2026, 2027)]
}, ("weakened", ["deadline"], None), ("strengthened", ["deadline"], None))

_lg = "De corporaties brengen hun woningbezit in de regio uiterlijk in 2028 op gemiddeld energielabel {l}."
add("label-gemiddeld", [DUU], {
    2024: (_lg.format(l="B"), F([C], "firm", q=[("B", "label", "exact")], dl=(2028, "uiterlijk in 2028"))),
    2025: (_lg.format(l="B"), F([C], "firm", q=[("B", "label", "exact")], dl=(2028, "uiterlijk in 2028"))),
    2026: (_lg.format(l="C"), F([C], "firm", q=[("C", "label", "exact")], dl=(2028, "uiterlijk in 2028"))),
}, ("unchanged", [], None), ("weakened", ["label"], None))

_is = ("In {y} worden door de corporaties ten minste {n} woningen in de regio aanvullend geïsoleerd{c}; deze "
       "maatregelen worden uitgevoerd zonder dat de huur daardoor stijgt.")
_isc = "indien de rijkssubsidie voor de verduurzaming van huurwoningen in 2026 beschikbaar blijft"
add("isolatie", [DUU], {
    2024: (_is.format(y=2024, n=350, c=""), F([C], "firm", q=[(350, "woningen", "min")], dl=(2024, "In 2024"), rec=True)),
    2025: (_is.format(y=2025, n=420, c=""), F([C], "firm", q=[(420, "woningen", "min")], dl=(2025, "In 2025"), rec=True)),
    2026: (_is.format(y=2026, n=300, c=", " + _isc),
           F([C], "firm", q=[(300, "woningen", "min")], dl=(2026, "In 2026"), rec=True, cond=[_isc])),
}, ("strengthened", ["quantity"], None), ("weakened", ["quantity", "condition"], None))

add("zonnepanelen", [DUU], {
    2024: ("De corporaties plaatsen in 2024 op ten minste 200 woningen zonnepanelen; de huurder betaalt hiervoor "
           "een vaste maandelijkse vergoeding die lager is dan de gemiddelde besparing op de energierekening.",
           F([C], "firm", q=[(200, "woningen", "min")], dl=(2024, "in 2024"))),
    2025: ("De corporaties onderzoeken of zij in 2025 op 200 woningen zonnepanelen kunnen plaatsen, waarbij de "
           "huurder een vaste maandelijkse vergoeding betaalt die lager is dan de gemiddelde besparing op de "
           "energierekening.",
           F([C], "explore", q=[(200, "woningen", "exact")], dl=(2025, "in 2025"))),
}, ("weakened", ["modality"], None), ("dropped", [], None))

_wt = ("De corporaties en de gemeenten sluiten uiterlijk {d} een samenwerkingsovereenkomst over de uitvoering van "
       "de wijkuitvoeringsplannen uit de transitievisies warmte, waarin de inzet van de corporaties per wijk wordt "
       "vastgelegd.")
add("warmtetransitie", [DUU], {
    2024: ("Partijen gaan in 2024 met elkaar in gesprek over de rol van de corporaties bij de "
           "wijkuitvoeringsplannen die voortkomen uit de transitievisies warmte van de drie gemeenten.",
           F([P], "discuss", dl=(2024, "in 2024"))),
    2025: (_wt.format(d="eind 2025"), F([C, G], "firm", dl=(2025, "uiterlijk eind 2025"))),
    2026: (_wt.format(d="medio 2026"), F([C, G], "firm", dl=(2026, "uiterlijk medio 2026"))),
}, ("strengthened", ["modality"], None), ("weakened", ["deadline"], None))

_ka = ("Bij nieuwbouw en groot onderhoud nemen de corporaties {w}maatregelen tegen hittestress en wateroverlast, "
       "zoals het aanleggen van groene daken en het afkoppelen van regenwater.")
add("klimaatadaptatie", [DUU], {
    2024: (_ka.format(w="waar mogelijk "), F([C], "firm", cond=["waar mogelijk"])),
    2025: (_ka.format(w="waar mogelijk "), F([C], "firm", cond=["waar mogelijk"])),
    2026: (_ka.format(w=""), F([C], "firm")),
}, ("unchanged", [], None), ("strengthened", ["condition"], None))

add("huurbevriezing-labels", [B_B, DUU], {
    2026: ("De corporaties verhogen per 1 juli 2026 de huur niet van woningen die dan nog een energielabel E, F of "
           "G hebben.",
           F([C], "firm", dl=(2026, "per 1 juli 2026"))),
}, None, ("new", [], None))

# ------------------------------------------------------------------ A3 kwaliteit, wonen en zorg
_vs = ("De corporaties reageren binnen {a} werkdagen op iedere melding van vocht of schimmel en beginnen uiterlijk "
       "{b} weken na de melding met het herstel.")
_num = {3: "drie", 4: "vier", 5: "vijf", 6: "zes"}
add("vocht-schimmel", [KWA], {
    y: (_vs.format(a=_num[a], b=_num[b]), F([C], "firm", q=[(a, "werkdagen", "max"), (b, "weken", "max")]))
    for y, a, b in [(2024, 5, 6), (2025, 3, 4), (2026, 5, 4)]
}, ("strengthened", ["quantity"], None), ("weakened", ["quantity"], None))

_wm = ("De gemeenten en de corporaties werken volgens de in 2024 gemaakte regionale afspraken over de verdeling "
       "van de kosten van woningaanpassingen die vanuit de Wmo worden verstrekt.")
add("wmo-kosten", [KWA], {
    2024: ("De gemeenten en de corporaties maken uiterlijk Q3 2024 regionale afspraken over de verdeling van de "
           "kosten van woningaanpassingen die vanuit de Wmo worden verstrekt.",
           F([G, C], "discuss", dl=(2024, "uiterlijk Q3 2024"))),
    2025: (_wm, F([G, C], "firm")),
    2026: (_wm, F([G, C], "firm")),
}, ("strengthened", ["modality"], None), ("unchanged", [], None))

add("brandveiligheid", [KWA], {
    2024: ("De corporaties controleren de brandveiligheid van al hun complexen voor ouderen en brengen waar nodig "
           "gekoppelde rookmelders aan.",
           F([C], "firm")),
    2025: ("De corporaties controleren bij wijze van pilot de brandveiligheid van twee complexen voor ouderen en "
           "brengen waar nodig gekoppelde rookmelders aan.",
           F([C], "firm", q=[(2, "complexen", "exact")])),
    2026: ("De corporaties controleren de brandveiligheid van al hun complexen voor ouderen en brengen in elk van "
           "deze complexen gekoppelde rookmelders aan.",
           F([C], "firm")),
}, ("weakened", ["scope"], None), ("strengthened", ["scope"], None))

# ------------------------------------------------------------------ A4 leefbaarheid
_lb = ("De corporaties stellen in {y} gemiddeld € {b} per woning beschikbaar voor leefbaarheid, waarvan een deel "
       "via bewonersinitiatieven wordt besteed.")
add("leefbaarheidsbudget", [LEEF], {
    y: (_lb.format(y=y, b=b), F([C], "firm", q=[(b, "euro", "approx")], dl=(y, "in %d" % y), rec=True))
    for y, b in [(2024, 140), (2025, 120), (2026, 120)]
}, ("weakened", ["quantity"], None), ("reworded", [], "recurring_year"))

_zl = ("Partijen werken volgens het regionale convenant Zachte Landing, zodat huurders die uitstromen uit "
       "beschermd wonen of maatschappelijke opvang zo lang als nodig begeleiding ontvangen van een zorgaanbieder "
       "of welzijnsorganisatie.")
add("zachte-landing", [LEEF, B_B], {
    2024: (_zl, F([P], "firm")),
    2025: (_zl, F([P], "firm")),
    2026: ("Partijen streven ernaar dat huurders die uitstromen uit beschermd wonen of maatschappelijke opvang zo "
           "lang als nodig begeleiding ontvangen van een zorgaanbieder of welzijnsorganisatie; het regionale "
           "convenant Zachte Landing wordt hiervoor in 2026 herzien.",
           F([P], "intent")),
}, ("unchanged", [], None), ("weakened", ["modality"], None))

_wb2 = ("In iedere wijk met meer dan 300 huurwoningen is ten minste één dag per week een wijkbeheerder van de "
        "corporaties fysiek aanwezig.")
_wbq = [(300, "huurwoningen", "min"), (1, "dagen per week", "min")]
add("wijkbeheerders", [LEEF], {
    2024: ("De corporaties zijn in iedere wijk met meer dan 300 huurwoningen ten minste één dag per week fysiek "
           "aanwezig met een wijkbeheerder.", F([C], "firm", q=_wbq)),
    2025: (_wb2, F([C], "firm", q=_wbq)),
    2026: (_wb2, F([C], "firm", q=_wbq)),
}, ("reworded", [], "same_figures"), ("unchanged", [], None))

_ov = ("Partijen stellen uiterlijk {d} een regionaal protocol op voor de aanpak van woonoverlast, waarin de rollen "
       "van de corporaties, de wijkteams en de politie zijn beschreven.")
add("overlast", [LEEF], {
    2024: (_ov.format(d="eind 2024"), F([P], "firm", dl=(2024, "uiterlijk eind 2024"))),
    2025: (_ov.format(d="medio 2025"), F([P], "firm", dl=(2025, "uiterlijk medio 2025"))),
    2026: ("Partijen werken volgens het in 2025 vastgestelde regionale protocol voor de aanpak van woonoverlast, "
           "waarin de rollen van de corporaties, de wijkteams en de politie zijn beschreven.",
           F([P], "firm")),
}, ("weakened", ["deadline"], None), ("strengthened", ["modality"], None))

add("ontmoeting-senioren", [LEEF], {
    2025: ("De gemeenten en de corporaties verkennen in 2025 hoe de ontmoetingsruimten in complexen voor senioren "
           "beter kunnen worden benut om eenzaamheid te verminderen.",
           F([G, C], "explore", dl=(2025, "in 2025"))),
    2026: ("De corporaties stellen in 2026 in ten minste vier complexen voor senioren een ontmoetingsruimte open, "
           "waarbij de gemeenten zorgen voor de inzet van welzijnswerk in deze ruimten.",
           F([C, G], "firm", q=[(4, "complexen", "min")], dl=(2026, "in 2026"))),
}, ("new", [], None), ("strengthened", ["modality"], None))

# ------------------------------------------------------------------ A5 samenwerking
_mo = ("Partijen bespreken de voortgang van deze afspraken {k} per jaar in het regionaal bestuurlijk overleg; de "
       "corporaties leveren daarvoor vooraf de monitorgegevens aan.")
add("monitoring", [OV], {
    2024: (_mo.format(k="twee keer"), F([P, C], "discuss", q=[(2, "keer per jaar", "exact")], rec=True)),
    2025: (_mo.format(k="één keer"), F([P, C], "discuss", q=[(1, "keer per jaar", "exact")], rec=True)),
    2026: (_mo.format(k="één keer"), F([P, C], "discuss", q=[(1, "keer per jaar", "exact")], rec=True)),
}, ("weakened", ["quantity"], None), ("unchanged", [], None))

_bo = ("De corporaties brengen vóór 1 juli {y} hun bod uit aan de gemeenten en de huurdersorganisaties; de "
       "Huurderskoepel en de lokale huurdersorganisaties reageren uiterlijk 1 september {y} schriftelijk op het bod.")
add("bod-procedure", [OV], {
    y: (_bo.format(y=y), F([C, H], "firm", dl=(y, "uiterlijk 1 september %d" % y), rec=True)) for y in YEARS
}, ("reworded", [], "recurring_year"), ("reworded", [], "recurring_year"))

_ge = ("Ontstaat er tussen partijen een verschil van inzicht over de uitleg of de uitvoering van deze afspraken, "
       "dan bespreken zij dit eerst in het regionaal bestuurlijk overleg; leidt dat niet tot een oplossing, dan "
       "vragen zij gezamenlijk een onafhankelijke bemiddelaar om advies.")
add("geschillen", [OV], {y: (_ge, F([P], "firm")) for y in YEARS},
    ("unchanged", [], None), ("unchanged", [], None))

# ------------------------------------------------------------------ B1 Veenoord
_gp = "De gemeente Veenoord hanteert voor sociale huurwoningen een vaste grondprijs van € {b} per woning (prijspeil {y}){c}."
_gpc = "onder voorbehoud van de vaststelling van de grondprijzenbrief 2026 door het college"
add("veenoord-grondprijs", [B_B], {
    2024: (_gp.format(b="24.500", y=2024, c=""), F([G], "firm", q=[(24500, "euro", "exact")])),
    2025: (_gp.format(b="25.300", y=2025, c=""), F([G], "firm", q=[(25300, "euro", "exact")])),
    2026: (_gp.format(b="26.100", y=2026, c=", " + _gpc), F([G], "firm", q=[(26100, "euro", "exact")], cond=[_gpc])),
}, ("reworded", [], "indexed_amount"), ("weakened", ["condition"], None))

add("veenoord-procedures", [B_B], {
    2024: ("De gemeente zet zich in om ruimtelijke procedures voor sociale woningbouwprojecten binnen zes maanden "
           "af te ronden.", F([G], "intent", q=[(6, "maanden", "max")])),
    2025: ("De gemeente zegt toe ruimtelijke procedures voor sociale woningbouwprojecten binnen zes maanden af te "
           "ronden.", F([G], "firm", q=[(6, "maanden", "max")])),
    2026: ("De gemeente zegt toe ruimtelijke procedures voor sociale woningbouwprojecten binnen vier maanden af te "
           "ronden.", F([G], "firm", q=[(4, "maanden", "max")])),
}, ("strengthened", ["modality"], None), ("strengthened", ["quantity"], None))

add("veenoord-debrink", [LEEF], {
    2024: ("Partijen stellen in 2024 voor de wijk De Brink een integraal wijkactieplan op, waarin maatregelen voor "
           "de woningen, de openbare ruimte en de sociale samenhang met elkaar worden verbonden.",
           F([P], "firm", dl=(2024, "in 2024"))),
}, ("dropped", [], None), None)

add("veenoord-kanaalzone", [LEEF], {
    2025: ("Partijen starten in 2025 een gezamenlijke wijkaanpak in Kanaalzone Oost, met een vast wijkteam, extra "
           "inzet van de wijkbeheerder en een budget van € 50.000 voor bewonersinitiatieven.",
           F([P], "firm", q=[(50000, "euro", "exact")], dl=(2025, "in 2025"))),
    2026: ("Partijen zetten de gezamenlijke wijkaanpak in Kanaalzone Oost in 2026 voort, met een vast wijkteam, "
           "extra inzet van de wijkbeheerder en een budget van € 30.000 voor bewonersinitiatieven.",
           F([P], "firm", q=[(30000, "euro", "exact")], dl=(2026, "in 2026"))),
}, ("new", [], None), ("weakened", ["quantity"], None))

add("oostveen-turfkade", [B_B], {
    2024: ("Realiseert in 2024 aan de Turfkade 36 sociale huurwoningen, waarvan ten minste 12 levensloopbestendige "
           "woningen.", F([C], "firm", q=[(36, "woningen", "exact"), (12, "woningen", "min")], dl=(2024, "in 2024"))),
    2025: ("Realiseert uiterlijk medio 2025 aan de Turfkade 30 sociale huurwoningen, waarvan ten minste 10 "
           "levensloopbestendige woningen.",
           F([C], "firm", q=[(30, "woningen", "exact"), (10, "woningen", "min")], dl=(2025, "uiterlijk medio 2025"))),
}, ("weakened", ["quantity", "deadline"], None), ("dropped", [], None))

_wi = ("Vervangt de 48 portiekwoningen aan de Wilhelminastraat door 60 nieuwe sociale huurwoningen; de sloop "
       "begint in het {k} kwartaal van {y}, nadat met Huurdersvereniging Oostveen een sociaal plan is overeengekomen.")
add("oostveen-wilhelminastraat", [B_B, KWA], {
    2024: ("Onderzoekt in 2024, in overleg met de bewoners en Huurdersvereniging Oostveen, of de 48 portiekwoningen "
           "aan de Wilhelminastraat worden gerenoveerd of worden vervangen door nieuwbouw.",
           F([C], "explore", q=[(48, "woningen", "exact")], dl=(2024, "in 2024"))),
    2025: (_wi.format(k="vierde", y=2025),
           F([C], "firm", q=[(48, "woningen", "exact"), (60, "woningen", "exact")],
             dl=(2025, "in het vierde kwartaal van 2025"))),
    2026: (_wi.format(k="tweede", y=2026),
           F([C], "firm", q=[(48, "woningen", "exact"), (60, "woningen", "exact")],
             dl=(2026, "in het tweede kwartaal van 2026"))),
}, ("strengthened", ["modality"], None), ("weakened", ["deadline"], None))

_mw = ("Verduurzaamt in {y} de 64 woningen van het complex Molenwijk naar ten minste energielabel {l}, onder "
       "voorbehoud van instemming van ten minste 70% van de bewoners.")
_mwc = "onder voorbehoud van instemming van ten minste 70% van de bewoners"
add("aaweide-molenwijk", [DUU], {
    2024: (_mw.format(y=2024, l="B"), F([C], "firm", q=[(64, "woningen", "exact"), ("B", "label", "min"), (70, "%", "min")],
                                        dl=(2024, "in 2024"), cond=[_mwc])),
    2025: (_mw.format(y=2025, l="A"), F([C], "firm", q=[(64, "woningen", "exact"), ("A", "label", "min"), (70, "%", "min")],
                                        dl=(2025, "in 2025"), cond=[_mwc])),
}, ("modified", ["label", "deadline"], None), ("dropped", [], None))

# ------------------------------------------------------------------ B2 Dalmerloo
_hw = "voor zover de Huisvestingswet dit toelaat"
add("dalmerloo-starters", [B_B], {
    2024: ("De gemeente Dalmerloo onderzoekt of, voor zover de Huisvestingswet dit toelaat, in de "
           "huisvestingsverordening een voorrangsregeling kan worden opgenomen voor starters met een economische "
           "binding aan de gemeente.", F([G], "explore", cond=[_hw])),
    2025: ("De gemeente neemt per 1 juli 2025, voor zover de Huisvestingswet dit toelaat, in de "
           "huisvestingsverordening een voorrangsregeling op voor starters met een economische of maatschappelijke "
           "binding aan Dalmerloo.", F([G], "firm", dl=(2025, "per 1 juli 2025"), cond=[_hw])),
    2026: ("De gemeente past de per 1 juli 2025 in de huisvestingsverordening opgenomen voorrangsregeling voor "
           "starters met een economische of maatschappelijke binding aan Dalmerloo toe, voor zover de "
           "Huisvestingswet dit toelaat.", F([G], "firm", cond=[_hw])),
}, ("strengthened", ["modality", "scope"], None), ("reworded", [], None))

_fl = ("De gemeente Dalmerloo stelt uiterlijk {d} een locatie beschikbaar voor {n} flexwoningen, die Woonstichting "
       "De Turfstee plaatst en verhuurt aan spoedzoekers en jongeren.")
add("dalmerloo-flexwonen", [B_B], {
    y: (_fl.format(d=d, n=n), F([G], "firm", q=[(n, "woningen", "exact")], dl=(dy, "uiterlijk " + d)))
    for y, d, dy, n in [(2024, "Q3 2024", 2024, 24), (2025, "Q1 2025", 2025, 24), (2026, "Q1 2026", 2026, 16)]
}, ("weakened", ["deadline"], None), ("weakened", ["quantity", "deadline"], None))

add("turfstee-esakkers", [B_B], {
    2024: ("Start in 2024 met de bouw van 18 sociale huurwoningen in het plan Esakkers, waarvan zes bestemd zijn "
           "voor senioren.", F([C], "firm", q=[(18, "woningen", "exact"), (6, "woningen", "exact")], dl=(2024, "in 2024"))),
    2025: ("Start in 2025 met de bouw van 18 sociale huurwoningen in het plan Esakkers, waarvan zes bestemd zijn "
           "voor senioren.", F([C], "firm", q=[(18, "woningen", "exact"), (6, "woningen", "exact")], dl=(2025, "in 2025"))),
    2026: ("Levert in 2026 de 18 sociale huurwoningen in het plan Esakkers op, waarvan zes bestemd zijn voor "
           "senioren; de bouw van deze woningen is in 2025 gestart.",
           F([C], "firm", q=[(18, "woningen", "exact"), (6, "woningen", "exact")], dl=(2026, "in 2026"))),
}, ("weakened", ["deadline"], None), ("reworded", [], "progress"))

add("oostveen-onderhoud-dalmerloo", [KWA], {
    2024: ("Voert in 2024 planmatig onderhoud uit aan 120 woningen in de kern Dalmerloo, waarbij onder meer de "
           "kozijnen worden vervangen en de ventilatie wordt verbeterd.",
           F([C], "firm", q=[(120, "woningen", "exact")], dl=(2024, "in 2024"))),
}, ("dropped", [], None), None)

add("oostveen-kerkebrink", [KWA], {
    2025: ("Onderzoekt in 2025 in alle 86 woningen van het complex Kerkebrink de oorzaak van de vochtklachten en "
           "bespreekt de uitkomsten met de bewonerscommissie.",
           F([C], "explore", q=[(86, "woningen", "exact")], dl=(2025, "in 2025"))),
    2026: ("Verbetert in 2026 in alle 86 woningen van het complex Kerkebrink de mechanische ventilatie, zodat de "
           "vochtklachten worden verholpen.",
           F([C], "firm", q=[(86, "woningen", "exact")], dl=(2026, "in 2026"))),
}, ("new", [], None), ("strengthened", ["modality"], None))

# ------------------------------------------------------------------ B3 Brinkeloo
add("brinkeloo-woonvisie", [OV], {
    2024: ("De gemeente Brinkeloo stelt in 2024 een nieuwe woonvisie vast en betrekt de corporaties en de "
           "huurdersorganisaties actief bij het opstellen daarvan.", F([G], "firm", dl=(2024, "in 2024"))),
    2025: ("De gemeente stelt uiterlijk medio 2025 een nieuwe woonvisie vast en betrekt de corporaties en de "
           "huurdersorganisaties actief bij het opstellen daarvan.", F([G], "firm", dl=(2025, "uiterlijk medio 2025"))),
}, ("weakened", ["deadline"], None), ("dropped", [], None))

add("brinkeloo-grondinventarisatie", [B_B], {
    2026: ("De gemeente brengt in 2026 de gemeentelijke gronden in de kleine kernen in beeld die geschikt zijn "
           "voor sociale huurwoningen en deelt dit overzicht met Aaweide Wonen en Woonstichting De Turfstee.",
           F([G], "firm", dl=(2026, "in 2026"))),
}, None, ("new", [], None))

_hwc = "indien de gemeente de omgevingsvergunning tijdig verleent"
add("aaweide-hofweide", [B_B], {
    2024: ("Realiseert in 2024 en 2025 in totaal 28 sociale huurwoningen in het plan Hofweide, " + _hwc + ".",
           F([C], "firm", q=[(28, "woningen", "exact")], dl=(2025, "in 2024 en 2025"), cond=[_hwc])),
    2025: ("Realiseert in 2025 de resterende 14 sociale huurwoningen in het plan Hofweide, " + _hwc + ".",
           F([C], "firm", q=[(14, "woningen", "exact")], dl=(2025, "in 2025"), cond=[_hwc])),
}, ("reworded", [], "progress"), ("dropped", [], None))

add("aaweide-delinde", [KWA], {
    2024: ("Voert in 2024 een bewonersonderzoek uit naar de woonkwaliteit in het complex De Linde en bespreekt de "
           "uitkomsten met Huurdersbelang Aaweide.", F([C], "firm", dl=(2024, "in 2024"))),
}, ("dropped", [], None), None)

_akc = "afhankelijk van de beschikbaarheid van geschikte bouwgrond"
add("aaweide-kernen", [B_B, KWA], {
    2026: ("Onderzoekt in 2026, in overleg met de gemeente, of in de kernen Holtwijk en Aldebrink zes tot tien "
           "levensloopbestendige huurwoningen kunnen worden gebouwd, " + _akc + ".",
           F([C], "explore", q=[(6, "woningen", "range", 10)], dl=(2026, "in 2026"), cond=[_akc])),
}, None, ("new", [], None))


# ------------------------------------------------------------------ structure per year
def chapters(year):
    a1 = "A1 Beschikbaarheid en betaalbaarheid" if year == 2026 else "A1 Betaalbaar en beschikbaar wonen"
    a4 = "A4 Prettig wonen in wijk en dorp" if year == 2026 else "A4 Leefbare wijken en dorpen"
    s = {}
    s["A1"] = (a1, {
        2024: ["huurverhoging", "nieuwbouw-regio", "passend-toewijzen", "voorrang-starters", "statushouders",
               "doorstroming-senioren", "verkoop", "liberalisatie", "huurachterstand", "huisuitzettingen"],
        2025: ["huurverhoging", "nieuwbouw-regio", "passend-toewijzen", "voorrang-starters", "statushouders",
               "uitstroom-bw", "doorstroming-senioren", "verkoop", "liberalisatie", "huurachterstand",
               "huisuitzettingen"],
        2026: ["nieuwbouw-regio", "huurverhoging", "passend-toewijzen", "voorrang-starters", "statushouders",
               "uitstroom-bw", "hospitawonen", "doorstroming-senioren", "verkoop", "huurachterstand",
               "huisuitzettingen"]}[year])
    s["A2"] = ("A2 Energietransitie en klimaat", {
        2024: ["labels-efg", "label-gemiddeld", "isolatie", "zonnepanelen", "warmtetransitie", "klimaatadaptatie"],
        2025: ["isolatie", "labels-efg", "label-gemiddeld", "zonnepanelen", "warmtetransitie", "klimaatadaptatie"],
        2026: ["isolatie", "labels-efg", "label-gemiddeld", "huurbevriezing-labels", "warmtetransitie",
               "klimaatadaptatie"]}[year])
    s["A3"] = ("A3 Kwaliteit, wonen en zorg", ["vocht-schimmel", "wmo-kosten", "brandveiligheid"])
    s["A4"] = (a4, {
        2024: ["leefbaarheidsbudget", "zachte-landing", "uitstroom-bw", "wijkbeheerders", "overlast"],
        2025: ["leefbaarheidsbudget", "wijkbeheerders", "zachte-landing", "overlast", "ontmoeting-senioren"],
        2026: ["wijkbeheerders", "leefbaarheidsbudget", "zachte-landing", "overlast", "ontmoeting-senioren"]}[year])
    s["A5"] = ("A5 Samenwerking en monitoring", ["monitoring", "bod-procedure", "geschillen"])
    s["B1"] = ("B1 Gemeente Veenoord", {
        2024: ["veenoord-grondprijs", "veenoord-procedures", "veenoord-debrink",
               ("party", OOST), "oostveen-turfkade", "oostveen-wilhelminastraat", ("party", AAW), "aaweide-molenwijk"],
        2025: ["veenoord-grondprijs", "veenoord-procedures", "veenoord-kanaalzone",
               ("party", OOST), "oostveen-turfkade", "oostveen-wilhelminastraat", ("party", AAW), "aaweide-molenwijk"],
        2026: ["veenoord-grondprijs", "veenoord-procedures", "veenoord-kanaalzone",
               ("party", OOST), "oostveen-wilhelminastraat"]}[year])
    s["B2"] = ("B2 Gemeente Dalmerloo", ["dalmerloo-starters", "dalmerloo-flexwonen", ("party", TURF),
                                        "turfstee-esakkers", ("party", OOST),
                                        "oostveen-onderhoud-dalmerloo" if year == 2024 else "oostveen-kerkebrink"])
    s["B3"] = ("B3 Gemeente Brinkeloo", {
        2024: ["brinkeloo-woonvisie", ("party", AAW), "aaweide-hofweide", "aaweide-delinde"],
        2025: ["brinkeloo-woonvisie", ("party", AAW), "aaweide-hofweide"],
        2026: ["brinkeloo-grondinventarisatie", ("party", AAW), "aaweide-kernen"]}[year])
    return s
