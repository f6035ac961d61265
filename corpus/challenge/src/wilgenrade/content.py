# -*- coding: utf-8 -*-
"""Content of the wilgenrade family: fictional prestatieafspraken published as a web page.

Every afspraak has a stable key; per year a version V(text, frame, wie, wanneer, status).
"""

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"

GEMEENTE = "Wilgenrade"
CORPS = ["Woonstichting De Rietkraag", "Thuisplein Wonen"]
HUURDERS = ["Huurdersvereniging De Kraag", "Huurdersraad Thuisplein"]


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    quants = []
    for item in q:
        v, unit, comp = item[:3]
        quants.append({"value": v, "unit": unit, "comparator": comp, "value_max": None})
    return {"actors": list(actors), "modality": modality, "quantities": quants,
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


def V(text, frame, wie=None, wanneer=None, status=None):
    return {"text": text, "frame": frame, "wie": wie, "wanneer": wanneer, "status": status}


def yr(y):
    return (y, "in %d" % y)


A = {}


def add(key, theme, titel, versions, themes=None):
    A[key] = {"theme": theme, "themes": themes or [theme], "titel": titel, "v": versions}


# ---------------------------------------------------------------- beschikbaarheid / betaalbaarheid
def nieuwbouw(y, n, q):
    return ("De corporaties starten in %d samen de bouw van ten minste %d sociale huurwoningen. Van deze "
            "woningen worden er 60 gerealiseerd in het plan Wilgenoever, met oplevering uiterlijk in het %s; de "
            "overige woningen verrijzen op inbreidingslocaties in Oudewerf en De Hoeve." % (y, n, q))


add("nieuwbouw-sociaal", B, "Nieuwbouw sociale huur", {
    2025: V(nieuwbouw(2025, 140, "derde kwartaal van 2026"),
            F(["corporatie"], "firm", [(140, "woningen", "min"), (60, "woningen", "exact")],
              (2026, "derde kwartaal van 2026"), True), "Rietkraag en Thuisplein", "2025-2026", "loopt"),
    2026: V(nieuwbouw(2026, 115, "tweede kwartaal van 2027"),
            F(["corporatie"], "firm", [(115, "woningen", "min"), (60, "woningen", "exact")],
              (2027, "tweede kwartaal van 2027"), True), "Rietkraag en Thuisplein", "2026-2027", "loopt"),
    2027: V(nieuwbouw(2027, 150, "tweede kwartaal van 2027"),
            F(["corporatie"], "firm", [(150, "woningen", "min"), (60, "woningen", "exact")],
              (2027, "tweede kwartaal van 2027"), True), "Rietkraag en Thuisplein", "2027", "loopt"),
})

voorraad = ("Partijen spreken af dat de gezamenlijke sociale huurvoorraad van de corporaties in Wilgenrade niet "
            "daalt onder de %s woningen. Verkoop, sloop en liberalisatie worden ten minste gecompenseerd door "
            "nieuwbouw en aankoop.")
add("sociale-voorraad", B, "Sociale huurvoorraad op peil", {
    2025: V(voorraad % "6.850", F(["partijen"], "firm", [(6850, "woningen", "min")]), "Partijen", "doorlopend"),
    2026: V(voorraad % "6.850", F(["partijen"], "firm", [(6850, "woningen", "min")]), "Partijen", "doorlopend"),
    2027: V(voorraad % "6.900", F(["partijen"], "firm", [(6900, "woningen", "min")]), "Partijen", "doorlopend"),
})

add("sloop-esdoornlaan", B, "Sloop en herhuisvesting Esdoornlaan", {
    2025: V("Rietkraag sloopt in 2025 de 48 verouderde portiekwoningen aan de Esdoornlaan en biedt de zittende "
            "huurders een herhuisvestingsaanbod volgens het sociaal plan dat met Huurdersvereniging De Kraag is "
            "overeengekomen.", F(["corporatie"], "firm", [(48, "woningen", "exact")], yr(2025)),
            "Rietkraag", "2025", "loopt"),
})

verkoop = ("Rietkraag verkoopt in %d maximaal %d bestaande huurwoningen, uitsluitend bij mutatie en bij voorrang "
           "aan zittende huurders en starters met een binding aan Wilgenrade.")
add("verkoop", B, "Beperkte verkoop", {
    2025: V(verkoop % (2025, 25), F(["corporatie"], "firm", [(25, "woningen", "max")], yr(2025), True), "Rietkraag", "2025"),
    2026: V(verkoop % (2026, 15), F(["corporatie"], "firm", [(15, "woningen", "max")], yr(2026), True), "Rietkraag", "2026"),
    2027: V(verkoop % (2027, 15), F(["corporatie"], "firm", [(15, "woningen", "max")], yr(2027), True), "Rietkraag", "2027"),
})

add("liberalisatie", B, "Liberalisatie", {
    2025: V("Thuisplein liberaliseert in 2025 maximaal 10 sociale huurwoningen, en alleen in complexen waar het "
            "aandeel sociale huur boven de 80% ligt.",
            F(["corporatie"], "firm", [(10, "woningen", "max"), (80, "%", "min")], yr(2025), True), "Thuisplein", "2025"),
    2026: V("Thuisplein liberaliseert in 2026 geen sociale huurwoningen.",
            F(["corporatie"], "firm", [(0, "woningen", "max")], yr(2026), True), "Thuisplein", "2026"),
    2027: V("Thuisplein liberaliseert in 2027 geen sociale huurwoningen.",
            F(["corporatie"], "firm", [(0, "woningen", "max")], yr(2027), True), "Thuisplein", "2027"),
})

huur_max = ("De corporaties beperken de gemiddelde jaarlijkse huurverhoging per 1 juli %d tot maximaal de inflatie; "
            "voor huurders met een inkomen onder de aftoppingsgrens wordt geen inkomensafhankelijke huurverhoging "
            "toegepast.")
huur_onder = ("De corporaties houden de gemiddelde jaarlijkse huurverhoging per 1 juli %d ten minste 0,5% onder de "
              "inflatie; voor huurders met een inkomen onder de aftoppingsgrens wordt geen inkomensafhankelijke "
              "huurverhoging toegepast.")
add("huurverhoging", B, "Gematigde huurverhoging", {
    2025: V(huur_max % 2025, F(["corporatie"], "firm", [(0, "%", "max")], (2025, "per 1 juli 2025"), True),
            "Rietkraag en Thuisplein", "1 juli 2025"),
    2026: V(huur_onder.replace("%d", "2026"), F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True),
            "Rietkraag en Thuisplein", "1 juli 2026"),
    2027: V(huur_onder.replace("%d", "2027"), F(["corporatie"], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True),
            "Rietkraag en Thuisplein", "1 juli 2027"),
})

passend = ("Bij de toewijzing van vrijkomende woningen passen de corporaties de regels voor passend toewijzen toe. "
           "Huishoudens met een inkomen tot € %s per jaar (prijspeil 1 januari %d) krijgen een woning aangeboden "
           "met een huur tot de aftoppingsgrens.")
add("passend-toewijzen", B, "Passend toewijzen", {
    2025: V(passend % ("32.000", 2025), F(["corporatie"], "firm", [(32000, "euro", "max")]), "Rietkraag en Thuisplein", "doorlopend"),
    2026: V(passend % ("32.850", 2026), F(["corporatie"], "firm", [(32850, "euro", "max")]), "Rietkraag en Thuisplein", "doorlopend"),
    2027: V(passend % ("33.600", 2027), F(["corporatie"], "firm", [(33600, "euro", "max")]), "Rietkraag en Thuisplein", "doorlopend"),
})

add("huisvestingsverordening", B, "Nieuwe huisvestingsverordening", {
    2025: V("De gemeente stelt vóór 1 oktober 2025 een nieuwe huisvestingsverordening vast, waarin de corporaties "
            "maximaal 15% van de vrijkomende woningen vrij kunnen toewijzen aan woningzoekenden met een lokale binding.",
            F(["gemeente"], "firm", [(15, "%", "max")], (2025, "vóór 1 oktober 2025")), "Gemeente", "Q3 2025", "loopt"),
})

vergunning = ("Gemeente en corporaties huisvesten in %d samen de taakstelling van %d vergunninghouders die het Rijk "
              "voor Wilgenrade heeft vastgesteld. De gemeente zorgt voor begeleiding bij de inburgering en in de "
              "eerste maanden na de sleuteloverdracht.")
add("vergunninghouders", B, "Huisvesting vergunninghouders", {
    2025: V(vergunning % (2025, 96), F(["gemeente", "corporatie"], "firm", [(96, "vergunninghouders", "exact")], yr(2025), True), "Gemeente en corporaties", "2025"),
    2026: V(vergunning % (2026, 84), F(["gemeente", "corporatie"], "firm", [(84, "vergunninghouders", "exact")], yr(2026), True), "Gemeente en corporaties", "2026"),
    2027: V(vergunning % (2027, 102), F(["gemeente", "corporatie"], "firm", [(102, "vergunninghouders", "exact")], yr(2027), True), "Gemeente en corporaties", "2027"),
}, themes=[B])

wacht = ("Partijen streven ernaar de gemiddelde inschrijfduur van starters bij toewijzing van een sociale "
         "huurwoning terug te brengen naar maximaal 5 jaar.")
add("inschrijfduur-starters", B, "Kortere wachttijd voor starters", {
    y: V(wacht, F(["partijen"], "intent", [(5, "jaar", "max")]), "Partijen", "2028") for y in (2025, 2026, 2027)
})

doorstroom = ("Thuisplein zet een doorstroommakelaar in die in %d ten minste %d oudere huurders van een "
              "eengezinswoning begeleidt bij de verhuizing naar een passende gelijkvloerse woning%s.")
add("doorstroming-senioren", B, "Doorstroming van senioren", {
    2025: V(doorstroom % (2025, 40, ""), F(["corporatie"], "firm", [(40, "huurders", "min")], yr(2025), True), "Thuisplein", "2025"),
    2026: V(doorstroom % (2026, 60, ", mits de gemeente haar bijdrage in de kosten voortzet"),
            F(["corporatie"], "firm", [(60, "huurders", "min")], yr(2026), True,
              ["mits de gemeente haar bijdrage in de kosten voortzet"]), "Thuisplein", "2026", "gewijzigd"),
    2027: V(doorstroom % (2027, 60, ""), F(["corporatie"], "firm", [(60, "huurders", "min")], yr(2027), True), "Thuisplein", "2027"),
})

add("flexwonen-stationsweg", B, "Tijdelijke woningen Stationsweg", {
    2025: V("De gemeente en Thuisplein onderzoeken of op de voormalige sportvelden aan de Stationsweg tijdelijke "
            "woningen voor spoedzoekers kunnen worden geplaatst; de uitkomst wordt uiterlijk in het vierde kwartaal "
            "van 2025 besproken.", F(["gemeente", "corporatie"], "explore", [], (2025, "vierde kwartaal van 2025")),
            "Gemeente en Thuisplein", "Q4 2025", "verkenning"),
})

achterstand = ("Bij een huurachterstand van %s nemen de corporaties persoonlijk contact op met de huurder. Met "
               "toestemming van de huurder wordt de achterstand gemeld bij het team vroegsignalering van de gemeente, "
               "dat binnen vijf werkdagen een hulpaanbod doet.")
add("huurachterstand", B, "Vroeg erop af bij huurachterstand", {
    2025: V(achterstand % "twee maanden", F(["corporatie"], "firm", [(2, "maanden", "max"), (5, "dagen", "max")]), "Corporaties en gemeente", "doorlopend"),
    2026: V(achterstand % "twee maanden", F(["corporatie"], "firm", [(2, "maanden", "max"), (5, "dagen", "max")]), "Corporaties en gemeente", "doorlopend"),
    2027: V(achterstand % "één maand", F(["corporatie"], "firm", [(1, "maanden", "max"), (5, "dagen", "max")]), "Corporaties en gemeente", "doorlopend", "gewijzigd"),
})

uitzet2 = ("Partijen zetten zich er gezamenlijk voor in om het aantal ontruimingen vanwege een huurachterstand "
           "jaarlijks te beperken tot ten hoogste 5.")
add("huisuitzettingen", B, "Voorkomen van huisuitzettingen", {
    2025: V("Partijen zetten zich ervoor in dat het aantal huisuitzettingen wegens huurachterstand in 2025 niet "
            "hoger is dan 5.", F(["partijen"], "intent", [(5, "huisuitzettingen", "max")], yr(2025), True), "Partijen", "2025"),
    2026: V(uitzet2, F(["partijen"], "intent", [(5, "huisuitzettingen", "max")], None, True), "Partijen", "jaarlijks"),
    2027: V(uitzet2, F(["partijen"], "intent", [(5, "huisuitzettingen", "max")], None, True), "Partijen", "jaarlijks"),
})

uitstroom = "jaarlijks %d woningen beschikbaar te stellen voor huishoudens die uitstromen uit beschermd wonen of de maatschappelijke opvang."
add("uitstroom-bw-mo", B, "Uitstroom beschermd wonen en opvang", {
    2025: V("De corporaties zeggen toe " + uitstroom % 24, F(["corporatie"], "firm", [(24, "woningen", "exact")], None, True), "Rietkraag en Thuisplein", "jaarlijks"),
    2026: V("De corporaties zetten zich in om " + uitstroom % 24, F(["corporatie"], "intent", [(24, "woningen", "exact")], None, True), "Rietkraag en Thuisplein", "jaarlijks"),
    2027: V("De corporaties zetten zich in om " + uitstroom % 30, F(["corporatie"], "intent", [(30, "woningen", "exact")], None, True), "Rietkraag en Thuisplein", "jaarlijks"),
}, themes=[B, L])

midden26 = ("Rietkraag onderzoekt of zij in het plan Wilgenoever naast de sociale huurwoningen 30 "
            "middenhuurwoningen kan toevoegen, onder voorbehoud van een positief besluit van de Raad van Commissarissen.")
midden27 = ("Rietkraag voegt in het plan Wilgenoever naast de sociale huurwoningen 30 middenhuurwoningen toe, onder "
            "voorbehoud van een positief besluit van de Raad van Commissarissen.")
add("middenhuur-wilgenoever", B, "Middenhuur in Wilgenoever", {
    2026: V(midden26, F(["corporatie"], "explore", [(30, "woningen", "exact")], None, False,
                        ["onder voorbehoud van een positief besluit van de Raad van Commissarissen"]), "Rietkraag", "2026", "nieuw"),
    2027: V(midden27, F(["corporatie"], "firm", [(30, "woningen", "exact")], None, False,
                        ["onder voorbehoud van een positief besluit van de Raad van Commissarissen"]), "Rietkraag", "2027-2028"),
})

add("evaluatie-urgentie", B, "Evaluatie urgentieregeling", {
    2026: V("De gemeente evalueert in 2026 samen met de corporaties en de huurdersorganisaties de urgentieregeling "
            "en de vrije toewijzingsruimte uit de huisvestingsverordening en legt de uitkomsten voor aan de gemeenteraad.",
            F(["gemeente"], "firm", [], yr(2026)), "Gemeente", "Q4 2026", "nieuw"),
})

add("woningdelen", B, "Woningdelen en hospitaverhuur", {
    2027: V("De gemeente past in 2027 het beleid voor woningdelen en hospitaverhuur aan, zodat huurders van de "
            "corporaties onder voorwaarden een kamer kunnen verhuren aan een jongere of een spoedzoeker.",
            F(["gemeente"], "firm", [], yr(2027)), "Gemeente", "medio 2027", "nieuw"),
})

# ---------------------------------------------------------------- duurzaamheid
efg = ("De corporaties hebben %s geen woningen meer met energielabel E, F of G. In %d worden daarvoor de "
       "resterende %d woningen met deze labels aangepakt.")
add("label-efg", D, "Geen slechte labels meer", {
    2025: V(efg % ("eind 2026", 2025, 180), F(["corporatie"], "firm", [(180, "woningen", "exact")], (2026, "eind 2026")), "Rietkraag en Thuisplein", "eind 2026"),
    2026: V(efg % ("eind 2026", 2026, 85), F(["corporatie"], "firm", [(85, "woningen", "exact")], (2026, "eind 2026")), "Rietkraag en Thuisplein", "eind 2026"),
    2027: V(efg % ("medio 2027", 2027, 20), F(["corporatie"], "firm", [(20, "woningen", "exact")], (2027, "medio 2027")), "Rietkraag en Thuisplein", "medio 2027", "vertraagd"),
})

gem = ("Rietkraag heeft de ambitie om uiterlijk in 2028 voor haar gehele woningbezit in Wilgenrade een gemiddeld "
       "energielabel %s te bereiken.")
add("gemiddeld-label", D, "Gemiddeld energielabel", {
    2025: V(gem % "B", F(["corporatie"], "intent", [("B", "label", "min")], (2028, "uiterlijk in 2028")), "Rietkraag", "2028"),
    2026: V(gem % "C", F(["corporatie"], "intent", [("C", "label", "min")], (2028, "uiterlijk in 2028")), "Rietkraag", "2028"),
    2027: V(gem % "C", F(["corporatie"], "intent", [("C", "label", "min")], (2028, "uiterlijk in 2028")), "Rietkraag", "2028"),
})

verd = ("Thuisplein verduurzaamt in %d ten minste %d woningen naar minimaal label B door isolatie van dak, gevel en "
        "vloer, waar mogelijk aangevuld met een hybride warmtepomp.")
add("verduurzaming-thuisplein", D, "Isoleren en verduurzamen", {
    y: V(verd % (y, n), F(["corporatie"], "firm", [(n, "woningen", "min"), ("B", "label", "min")], yr(y), True, ["waar mogelijk"]), "Thuisplein", str(y))
    for y, n in ((2025, 220), (2026, 180), (2027, 250))
}, themes=[D, K])

pv = "zonnepanelen aan tegen een vaste maandelijkse vergoeding van maximaal € 9,50."
add("zonnepanelen", D, "Zonnepanelen voor huurders", {
    2025: V("Rietkraag biedt alle huurders van een eengezinswoning " + pv,
            F(["corporatie"], "firm", [(9.5, "euro", "max")]), "Rietkraag", "2025"),
    2026: V("Rietkraag biedt de huurders van eengezinswoningen in de complexen Bloemkwartier en Molenerf, bij wijze "
            "van pilot, " + pv, F(["corporatie"], "firm", [(9.5, "euro", "max")]), "Rietkraag", "2026", "pilot"),
})

add("warmtenet-oudewerf", D, "Warmtenet Oudewerf", {
    2025: V("De gemeente en Rietkraag onderzoeken of de 320 woningen van Rietkraag in Oudewerf vóór 2030 kunnen "
            "worden aangesloten op het warmtenet, in samenhang met de transitievisie warmte.",
            F(["gemeente", "corporatie"], "explore", [(320, "woningen", "exact")], (2030, "vóór 2030")), "Gemeente en Rietkraag", "2025", "verkenning"),
    2026: V("De 320 woningen van Rietkraag in Oudewerf worden vóór 2030 aangesloten op het warmtenet, in samenhang "
            "met de transitievisie warmte; de gemeente en Rietkraag leggen de fasering vast in een "
            "uitvoeringsovereenkomst.",
            F(["corporatie", "gemeente"], "firm", [(320, "woningen", "exact")], (2030, "vóór 2030")), "Gemeente en Rietkraag", "2026-2029", "loopt"),
    2027: V("De 320 woningen van Rietkraag in Oudewerf worden vóór 2032 aangesloten op het warmtenet, in samenhang "
            "met de transitievisie warmte; de gemeente en Rietkraag leggen de fasering vast in een "
            "uitvoeringsovereenkomst.",
            F(["corporatie", "gemeente"], "firm", [(320, "woningen", "exact")], (2032, "vóór 2032")), "Gemeente en Rietkraag", "2027-2031", "vertraagd"),
})

coach = "energiecoaches in%s die ten minste 300 huishoudens met een laag inkomen thuis bezoeken; de corporaties wijzen hun huurders actief op dit aanbod."
add("energiecoaches", D, "Energiecoaches tegen energiearmoede", {
    2025: V("De gemeente zal in 2025 " + coach % "zetten", F(["gemeente"], "firm", [(300, "huishoudens", "min")], yr(2025), True), "Gemeente", "2025"),
    2026: V("De gemeente streeft ernaar in 2026 " + coach % " te zetten", F(["gemeente"], "intent", [(300, "huishoudens", "min")], yr(2026), True), "Gemeente", "2026"),
    2027: V("De gemeente streeft ernaar in 2027 " + coach % " te zetten", F(["gemeente"], "intent", [(300, "huishoudens", "min")], yr(2027), True), "Gemeente", "2027"),
})
# fix grammar of 2025 variant ("zal ... inzetten")
A["energiecoaches"]["v"][2025]["text"] = ("De gemeente zal in 2025 energiecoaches inzetten die ten minste 300 huishoudens "
                                          "met een laag inkomen thuis bezoeken; de corporaties wijzen hun huurders actief op dit aanbod.")
for _y in (2026, 2027):
    A["energiecoaches"]["v"][_y]["text"] = ("De gemeente streeft ernaar in %d energiecoaches in te zetten die ten minste 300 "
                                            "huishoudens met een laag inkomen thuis bezoeken; de corporaties wijzen hun "
                                            "huurders actief op dit aanbod." % _y)

groen = ("Partijen stellen vóór %s gezamenlijk een uitvoeringsplan op voor het vergroenen en ontharden van ten minste "
         "vier binnenterreinen van corporatiecomplexen en betrekken daarbij de bewonerscommissies.")
add("vergroening-binnenterreinen", D, "Groene binnenterreinen", {
    2025: V("Partijen gaan met elkaar in gesprek over het vergroenen en ontharden van de binnenterreinen van "
            "corporatiecomplexen en betrekken daarbij de bewonerscommissies.", F(["partijen"], "discuss"), "Partijen", "2025"),
    2026: V(groen % "eind 2027", F(["partijen"], "firm", [(4, "binnenterreinen", "min")], (2027, "vóór eind 2027")), "Partijen", "eind 2027"),
    2027: V(groen % "1 juli 2027", F(["partijen"], "firm", [(4, "binnenterreinen", "min")], (2027, "vóór 1 juli 2027")), "Partijen", "1 juli 2027", "versneld"),
})

add("circulair-bouwen", D, "Circulair bouwen", {
    y: V("Bij nieuwbouw en renovatie passen de corporaties waar mogelijk circulaire en biobased materialen toe en "
         "hergebruiken zij vrijkomende bouwmaterialen.", F(["corporatie"], "intent", [], None, False, ["waar mogelijk"]),
         "Rietkraag en Thuisplein", None) for y in (2025, 2026, 2027)
})

hitte = ("Partijen brengen vóór %s in beeld welke seniorencomplexen gevoelig zijn voor hittestress en welke "
         "maatregelen, zoals zonwering en groene daken, daar het meest opleveren.")
add("hittestress", D, "Hittestress in seniorencomplexen", {
    2026: V(hitte % "eind 2026", F(["partijen"], "firm", [], (2026, "vóór eind 2026")), "Partijen", "eind 2026", "nieuw"),
    2027: V(hitte % "medio 2027", F(["partijen"], "firm", [], (2027, "vóór medio 2027")), "Partijen", "medio 2027", "vertraagd"),
})

add("warmtepomp-pilot", D, "Pilot all-electric", {
    2027: V("Thuisplein plaatst in 2027 bij wijze van pilot in twee complexen all-electric warmtepompen en evalueert "
            "de ervaringen van de bewoners samen met de huurdersraad.",
            F(["corporatie"], "firm", [(2, "complexen", "exact")], yr(2027)), "Thuisplein", "2027", "nieuw"),
})

# ---------------------------------------------------------------- kwaliteit
vocht = ("De corporaties nemen binnen vijf werkdagen contact op met de huurder na een melding van vocht of schimmel "
         "en starten uiterlijk binnen %s weken met het herstel.")
add("vocht-schimmel", K, "Aanpak vocht en schimmel", {
    2025: V(vocht % "vier", F(["corporatie"], "firm", [(5, "dagen", "max"), (4, "weken", "max")]), "Rietkraag en Thuisplein", "doorlopend"),
    2026: V(vocht % "vier", F(["corporatie"], "firm", [(5, "dagen", "max"), (4, "weken", "max")]), "Rietkraag en Thuisplein", "doorlopend"),
    2027: V(vocht % "zes", F(["corporatie"], "firm", [(5, "dagen", "max"), (6, "weken", "max")]), "Rietkraag en Thuisplein", "doorlopend"),
})

onderhoud = ("Rietkraag voert in %d planmatig onderhoud uit aan 14 complexen volgens de meerjarenonderhoudsbegroting "
             "en informeert de bewoners ten minste zes weken vooraf over de werkzaamheden.")
add("planmatig-onderhoud", K, "Planmatig onderhoud", {
    y: V(onderhoud % y, F(["corporatie"], "firm", [(14, "complexen", "exact"), (6, "weken", "min")], yr(y), True), "Rietkraag", str(y))
    for y in (2025, 2026, 2027)
})

brand = ("Thuisplein voert vóór %s in alle seniorencomplexen een brandveiligheidscheck uit en herstelt de gevonden "
         "gebreken binnen drie maanden.")
add("brandveiligheid", K, "Brandveilige seniorencomplexen", {
    2025: V(brand % "eind 2025", F(["corporatie"], "firm", [(3, "maanden", "max")], (2025, "vóór eind 2025")), "Thuisplein", "eind 2025"),
    2026: V(brand % "medio 2026", F(["corporatie"], "firm", [(3, "maanden", "max")], (2026, "vóór medio 2026")), "Thuisplein", "medio 2026", "vertraagd"),
})

add("rookmelders", K, "Rookmelders in elke woning", {
    2027: V("De corporaties controleren bij iedere mutatie de werking van de rookmelders en plaatsen in 2027 in alle "
            "woningen zonder rookmelder alsnog een exemplaar op elke verdieping.",
            F(["corporatie"], "firm", [], yr(2027)), "Rietkraag en Thuisplein", "2027", "nieuw"),
})

aanpas = ("De gemeente vergoedt noodzakelijke woningaanpassingen vanuit de Wmo; de corporaties voeren kleine "
          "aanpassingen tot € %s per woning voor eigen rekening uit.")
add("woningaanpassingen", K, "Woningaanpassingen", {
    2025: V(aanpas % "750", F(["gemeente", "corporatie"], "firm", [(750, "euro", "max")]), "Gemeente en corporaties", "doorlopend"),
    2026: V(aanpas % "750", F(["gemeente", "corporatie"], "firm", [(750, "euro", "max")]), "Gemeente en corporaties", "doorlopend"),
    2027: V(aanpas % "1.000", F(["gemeente", "corporatie"], "firm", [(1000, "euro", "max")]), "Gemeente en corporaties", "doorlopend"),
})

oordeel = ("De corporaties streven naar een gemiddeld huurdersoordeel over de afhandeling van reparatieverzoeken van "
           "ten minste een 7,5.")
add("huurdersoordeel", K, "Tevreden huurders", {
    2025: V(oordeel, F(["corporatie"], "intent", [(7.5, "rapportcijfer", "min")]), "Rietkraag en Thuisplein", "jaarlijks"),
    2026: V(oordeel, F(["corporatie"], "intent", [(7.5, "rapportcijfer", "min")]), "Rietkraag en Thuisplein", "jaarlijks"),
    2027: V("Voor de afhandeling van reparatieverzoeken wordt door de corporaties gestreefd naar een gemiddeld "
            "rapportcijfer van huurders van minimaal 7,5.", F(["corporatie"], "intent", [(7.5, "rapportcijfer", "min")]),
            "Rietkraag en Thuisplein", "jaarlijks"),
})

zorg = ("Thuisplein labelt ten minste 80 bestaande woningen als zorggeschikt, op basis van de woonzorgvisie van de "
        "gemeente, en wijst deze met voorrang toe aan ouderen met een zorgindicatie.")
add("zorggeschikt-wonen", K, "Zorggeschikte woningen", {
    2025: V("Partijen verkennen in 2025 hoeveel zorggeschikte en levensloopbestendige woningen er tot 2030 nodig zijn, "
            "op basis van de woonzorgvisie van de gemeente.", F(["partijen"], "explore", [], yr(2025)), "Partijen", "2025", "verkenning"),
    2026: V(zorg, F(["corporatie"], "firm", [(80, "woningen", "min")]), "Thuisplein", "2026-2027"),
    2027: V(zorg, F(["corporatie"], "firm", [(80, "woningen", "min")]), "Thuisplein", "2026-2027"),
}, themes=[K, B])

# ---------------------------------------------------------------- leefbaarheid
leef = ("De corporaties besteden gemiddeld € %d per woning (prijspeil %d) aan leefbaarheid, binnen de wettelijke "
        "ruimte, met voorrang in De Hoeve en Oudewerf.")
add("leefbaarheidsbudget", L, "Budget voor leefbaarheid", {
    y: V(leef % (e, y), F(["corporatie"], "firm", [(e, "euro", "exact")], None, True), "Rietkraag en Thuisplein", str(y))
    for y, e in ((2025, 95), (2026, 98), (2027, 101))
})

beheer = "een wijkbeheerder in die ten minste vier dagdelen per week zichtbaar aanwezig is in de wijk."
add("wijkbeheerders", L, "Wijkbeheerder in de buurt", {
    2025: V("Rietkraag zet in De Hoeve en in Oudewerf elk " + beheer, F(["corporatie"], "firm", [(4, "dagdelen per week", "min")]), "Rietkraag", "doorlopend"),
    2026: V("Rietkraag zet in De Hoeve " + beheer, F(["corporatie"], "firm", [(4, "dagdelen per week", "min")]), "Rietkraag", "doorlopend"),
    2027: V("Rietkraag zet in alle wijken waar zij meer dan 200 woningen bezit " + beheer,
            F(["corporatie"], "firm", [(200, "woningen", "min"), (4, "dagdelen per week", "min")]), "Rietkraag", "doorlopend"),
})

zacht = " over de begeleiding en de zachte landing van kwetsbare huurders die uitstromen uit een instelling."
add("zachte-landing", L, "Zachte landing", {
    2025: V("Partijen maken samen met de zorgaanbieders afspraken" + zacht, F(["partijen"], "firm"), "Partijen en zorgaanbieders", "2025"),
    2026: V("Partijen maken samen met de zorgaanbieders afspraken" + zacht, F(["partijen"], "firm"), "Partijen en zorgaanbieders", "2026"),
    2027: V("Partijen werken volgens de gemaakte afspraken" + zacht, F(["partijen"], "firm"), "Partijen en zorgaanbieders", "doorlopend"),
})

add("buurtkamer-vlonder", L, "Buurtkamer De Vlonder", {
    2025: V("Thuisplein stelt in 2025 in het complex De Vlonder een ruimte beschikbaar als buurtkamer, onder "
            "voorbehoud van een sluitende exploitatie met de welzijnsorganisatie.",
            F(["corporatie"], "firm", [], yr(2025), False, ["onder voorbehoud van een sluitende exploitatie met de welzijnsorganisatie"]),
            "Thuisplein", "2025"),
    2026: V("Thuisplein stelt in 2026 in het complex De Vlonder een ruimte beschikbaar als buurtkamer.",
            F(["corporatie"], "firm", [], yr(2026)), "Thuisplein", "2026"),
    2027: V("De buurtkamer in De Vlonder blijft open: Thuisplein houdt de ruimte in het complex beschikbaar, de "
            "welzijnsorganisatie verzorgt er een wekelijks programma en de huurdersraad denkt mee over de invulling.",
            F(["corporatie", "other", "huurdersorganisatie"], "firm"), "Thuisplein", "2027"),
})

fonds = ("De gemeente en de corporaties stellen samen jaarlijks € %s beschikbaar voor bewonersinitiatieven die de "
         "leefbaarheid en de ontmoeting in de buurt versterken.")
add("bewonersinitiatieven", L, "Fonds bewonersinitiatieven", {
    2025: V(fonds % "25.000", F(["gemeente", "corporatie"], "firm", [(25000, "euro", "exact")], None, True), "Gemeente en corporaties", "jaarlijks"),
    2026: V(fonds % "25.000", F(["gemeente", "corporatie"], "firm", [(25000, "euro", "exact")], None, True), "Gemeente en corporaties", "jaarlijks"),
    2027: V(fonds % "20.000", F(["gemeente", "corporatie"], "firm", [(20000, "euro", "exact")], None, True), "Gemeente en corporaties", "jaarlijks"),
})

bezoek = ("Thuisplein legt in %d een huisbezoek af bij alle huurders van %d jaar en ouder om eenzaamheid en "
          "zorgvragen tijdig te signaleren.")
add("huisbezoek-ouderen", L, "Huisbezoek aan ouderen", {
    y: V(bezoek % (y, a), F(["corporatie"], "firm", [(a, "jaar", "min")], yr(y), True), "Thuisplein", str(y))
    for y, a in ((2025, 75), (2026, 80), (2027, 80))
}, themes=[L, K])

# ---------------------------------------------------------------- proces
mon = ("Partijen bespreken de voortgang van deze afspraken %s keer per jaar in het bestuurlijk overleg, aan de hand "
       "van een monitor die de gemeente opstelt.")
add("monitoring", O, "Monitoring en bestuurlijk overleg", {
    2025: V(mon % "twee", F(["partijen"], "firm", [(2, "keer per jaar", "exact")], None, True), "Gemeente", "voorjaar en najaar"),
    2026: V(mon % "drie", F(["partijen"], "firm", [(3, "keer per jaar", "exact")], None, True), "Gemeente", "drie keer per jaar"),
    2027: V(mon % "drie", F(["partijen"], "firm", [(3, "keer per jaar", "exact")], None, True), "Gemeente", "drie keer per jaar"),
})

bod = ("De corporaties sturen vóór 1 juli %d hun overzicht van voorgenomen werkzaamheden aan de gemeente en de "
       "huurdersorganisaties, als opmaat naar de prestatieafspraken voor %d.")
add("bod", O, "Bod op de woonvisie", {
    y: V(bod % (y, y + 1), F(["corporatie"], "firm", [], (y, "vóór 1 juli %d" % y), True), "Rietkraag en Thuisplein", "1 juli %d" % y)
    for y in (2025, 2026, 2027)
})

add("ondersteuning-huurders", O, "Ondersteuning huurdersorganisaties", {
    y: V("De corporaties stellen elk jaarlijks een werkbudget beschikbaar aan hun huurdersorganisatie en vergoeden de "
         "kosten van onafhankelijk advies bij de totstandkoming van de prestatieafspraken.",
         F(["corporatie"], "firm", [], None, True), "Rietkraag en Thuisplein", "jaarlijks") for y in (2025, 2026, 2027)
})

add("woonvisie", O, "Actualisatie woonvisie", {
    2025: V("De gemeente stelt in 2025 een geactualiseerde woonvisie vast en betrekt de corporaties en de "
            "huurdersorganisaties vanaf de start bij het opstellen ervan.", F(["gemeente"], "firm", [], yr(2025)), "Gemeente", "2025"),
    2026: V("De gemeente onderzoekt of de woonvisie in 2026 op onderdelen kan worden geactualiseerd, in overleg met de "
            "corporaties en de huurdersorganisaties.", F(["gemeente"], "explore", [], yr(2026)), "Gemeente", "2026", "verkenning"),
})

add("geschillen", O, "Bij verschil van inzicht", {
    y: V("Bij een verschil van mening over de uitleg of uitvoering van deze afspraken treden partijen eerst met elkaar "
         "in overleg; komen zij er niet uit, dan leggen zij het geschil voor aan een onafhankelijke commissie van "
         "drie leden.", F(["partijen"], "firm", [(3, "leden", "exact")]), "Partijen", None) for y in (2025, 2026, 2027)
})

# ---------------------------------------------------------------- structure per year
S_B = "Betaalbaar en beschikbaar wonen"
S_D25 = "Duurzaam wonen"
S_D = "Energietransitie en klimaat"
S_K = "Goed en veilig wonen"
S_Z = "Wonen en zorg"
S_L = "Prettig wonen in de wijk"
S_O = "Samenwerking en proces"

STRUCTURE = {
    2025: [
        (S_B, ["nieuwbouw-sociaal", "sociale-voorraad", "sloop-esdoornlaan", "verkoop", "liberalisatie", "huurverhoging",
               "passend-toewijzen", "huisvestingsverordening", "vergunninghouders", "inschrijfduur-starters",
               "doorstroming-senioren", "flexwonen-stationsweg", "huurachterstand", "huisuitzettingen", "uitstroom-bw-mo"]),
        (S_D25, ["label-efg", "gemiddeld-label", "verduurzaming-thuisplein", "zonnepanelen", "warmtenet-oudewerf",
                 "energiecoaches", "vergroening-binnenterreinen", "circulair-bouwen"]),
        (S_K, ["vocht-schimmel", "planmatig-onderhoud", "brandveiligheid", "woningaanpassingen", "huurdersoordeel",
               "zorggeschikt-wonen"]),
        (S_L, ["leefbaarheidsbudget", "wijkbeheerders", "zachte-landing", "buurtkamer-vlonder", "bewonersinitiatieven",
               "huisbezoek-ouderen"]),
        (S_O, ["monitoring", "bod", "ondersteuning-huurders", "woonvisie", "geschillen"]),
    ],
    2026: [
        (S_B, ["nieuwbouw-sociaal", "middenhuur-wilgenoever", "sociale-voorraad", "liberalisatie", "verkoop", "huurverhoging",
               "passend-toewijzen", "evaluatie-urgentie", "vergunninghouders", "inschrijfduur-starters", "huurachterstand",
               "huisuitzettingen"]),
        (S_Z, ["doorstroming-senioren", "uitstroom-bw-mo", "zorggeschikt-wonen", "woningaanpassingen", "huisbezoek-ouderen"]),
        (S_D, ["label-efg", "verduurzaming-thuisplein", "gemiddeld-label", "zonnepanelen", "warmtenet-oudewerf",
               "energiecoaches", "hittestress", "vergroening-binnenterreinen", "circulair-bouwen"]),
        (S_K, ["vocht-schimmel", "planmatig-onderhoud", "brandveiligheid", "huurdersoordeel"]),
        (S_L, ["leefbaarheidsbudget", "wijkbeheerders", "zachte-landing", "buurtkamer-vlonder", "bewonersinitiatieven"]),
        (S_O, ["monitoring", "bod", "ondersteuning-huurders", "woonvisie", "geschillen"]),
    ],
    2027: [
        (S_B, ["nieuwbouw-sociaal", "middenhuur-wilgenoever", "sociale-voorraad", "verkoop", "liberalisatie", "huurverhoging",
               "passend-toewijzen", "woningdelen", "vergunninghouders", "inschrijfduur-starters", "huurachterstand",
               "huisuitzettingen"]),
        (S_Z, ["doorstroming-senioren", "uitstroom-bw-mo", "zorggeschikt-wonen", "woningaanpassingen", "huisbezoek-ouderen"]),
        (S_D, ["label-efg", "verduurzaming-thuisplein", "warmtepomp-pilot", "gemiddeld-label", "warmtenet-oudewerf",
               "energiecoaches", "hittestress", "vergroening-binnenterreinen", "circulair-bouwen"]),
        (S_K, ["vocht-schimmel", "rookmelders", "planmatig-onderhoud", "huurdersoordeel"]),
        (S_L, ["leefbaarheidsbudget", "wijkbeheerders", "zachte-landing", "buurtkamer-vlonder", "bewonersinitiatieven"]),
        (S_O, ["monitoring", "bod", "ondersteuning-huurders", "geschillen"]),
    ],
}

# ---------------------------------------------------------------- links (non-unchanged); identical texts -> unchanged
PAIRS = {
    (2025, 2026): {
        "nieuwbouw-sociaal": ("weakened", ["quantity", "deadline"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "liberalisatie": ("strengthened", ["quantity"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "doorstroming-senioren": ("modified", ["quantity", "condition"], None),
        "huisuitzettingen": ("reworded", [], "same_figures"),
        "uitstroom-bw-mo": ("weakened", ["modality"], None),
        "label-efg": ("reworded", [], "progress"),
        "gemiddeld-label": ("weakened", ["label"], None),
        "verduurzaming-thuisplein": ("weakened", ["quantity"], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "warmtenet-oudewerf": ("strengthened", ["modality"], None),
        "energiecoaches": ("weakened", ["modality"], None),
        "vergroening-binnenterreinen": ("strengthened", ["modality"], None),
        "planmatig-onderhoud": ("reworded", [], "recurring_year"),
        "brandveiligheid": ("weakened", ["deadline"], None),
        "zorggeschikt-wonen": ("strengthened", ["modality"], None),
        "leefbaarheidsbudget": ("reworded", [], "indexed_amount"),
        "wijkbeheerders": ("weakened", ["scope"], None),
        "buurtkamer-vlonder": ("strengthened", ["condition"], None),
        "huisbezoek-ouderen": ("weakened", ["scope"], None),
        "monitoring": ("strengthened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
        "woonvisie": ("weakened", ["modality", "deadline"], None),
        "sloop-esdoornlaan": ("dropped", [], None),
        "huisvestingsverordening": ("dropped", [], None),
        "flexwonen-stationsweg": ("dropped", [], None),
        "middenhuur-wilgenoever": ("new", [], None),
        "evaluatie-urgentie": ("new", [], None),
        "hittestress": ("new", [], None),
    },
    (2026, 2027): {
        "nieuwbouw-sociaal": ("strengthened", ["quantity"], None),
        "middenhuur-wilgenoever": ("strengthened", ["modality"], None),
        "sociale-voorraad": ("strengthened", ["quantity"], None),
        "verkoop": ("reworded", [], "recurring_year"),
        "liberalisatie": ("reworded", [], "recurring_year"),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "passend-toewijzen": ("reworded", [], "indexed_amount"),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "doorstroming-senioren": ("strengthened", ["condition"], None),
        "uitstroom-bw-mo": ("strengthened", ["quantity"], None),
        "woningaanpassingen": ("strengthened", ["quantity"], None),
        "huisbezoek-ouderen": ("reworded", [], "recurring_year"),
        "label-efg": ("weakened", ["deadline"], None),
        "verduurzaming-thuisplein": ("strengthened", ["quantity"], None),
        "warmtenet-oudewerf": ("weakened", ["deadline"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "hittestress": ("weakened", ["deadline"], None),
        "vergroening-binnenterreinen": ("strengthened", ["deadline"], None),
        "vocht-schimmel": ("weakened", ["quantity"], None),
        "planmatig-onderhoud": ("reworded", [], "recurring_year"),
        "huurdersoordeel": ("reworded", [], "same_figures"),
        "leefbaarheidsbudget": ("reworded", [], "indexed_amount"),
        "wijkbeheerders": ("strengthened", ["scope"], None),
        "zachte-landing": ("strengthened", ["modality"], None),
        "buurtkamer-vlonder": ("reworded", [], None),
        "bewonersinitiatieven": ("weakened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
        "zonnepanelen": ("dropped", [], None),
        "brandveiligheid": ("dropped", [], None),
        "woonvisie": ("dropped", [], None),
        "evaluatie-urgentie": ("dropped", [], None),
        "woningdelen": ("new", [], None),
        "warmtepomp-pilot": ("new", [], None),
        "rookmelders": ("new", [], None),
    },
}

# ---------------------------------------------------------------- kennisgeving 2027 (numbered list, own short texts)
KENNIS = [
    ("nieuwbouw-sociaal", "De corporaties starten in 2027 de bouw van ten minste 150 sociale huurwoningen, waarvan 60 in het plan Wilgenoever.",
     F(["corporatie"], "firm", [(150, "woningen", "min"), (60, "woningen", "exact")], yr(2027), True)),
    ("huurverhoging", "De gemiddelde huurverhoging per 1 juli 2027 blijft ten minste 0,5% onder de inflatie.",
     F(["corporatie"], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True)),
    ("liberalisatie", "Thuisplein Wonen liberaliseert in 2027 geen sociale huurwoningen.",
     F(["corporatie"], "firm", [(0, "woningen", "max")], yr(2027), True)),
    ("huurachterstand", "Bij een huurachterstand van één maand nemen de corporaties al persoonlijk contact op met de huurder.",
     F(["corporatie"], "firm", [(1, "maanden", "max")])),
    ("uitstroom-bw-mo", "De corporaties zetten zich in om jaarlijks 30 woningen beschikbaar te stellen voor mensen die uitstromen uit beschermd wonen of de opvang.",
     F(["corporatie"], "intent", [(30, "woningen", "exact")], None, True)),
    ("label-efg", "Medio 2027 hebben de corporaties geen woningen meer met energielabel E, F of G.",
     F(["corporatie"], "firm", [], (2027, "medio 2027"))),
    ("verduurzaming-thuisplein", "Thuisplein Wonen verduurzaamt in 2027 ten minste 250 woningen naar minimaal label B.",
     F(["corporatie"], "firm", [(250, "woningen", "min"), ("B", "label", "min")], yr(2027), True)),
    ("wijkbeheerders", "De Rietkraag zet in alle wijken waar zij meer dan 200 woningen bezit een wijkbeheerder in.",
     F(["corporatie"], "firm", [(200, "woningen", "min")])),
    ("bewonersinitiatieven", "Voor bewonersinitiatieven stellen gemeente en corporaties jaarlijks € 20.000 beschikbaar.",
     F(["gemeente", "corporatie"], "firm", [(20000, "euro", "exact")], None, True)),
    ("monitoring", "Partijen bespreken de voortgang van de afspraken drie keer per jaar in het bestuurlijk overleg.",
     F(["partijen"], "firm", [(3, "keer per jaar", "exact")], None, True)),
]
