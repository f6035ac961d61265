# -*- coding: utf-8 -*-
"""Content of the kreekhaven family: three yearly agreements (2025, 2026, 2027), printed as an A5 booklet.

Fictional: gemeente Kreekhaven, Woonstichting De Slikrand, Huurdersvereniging De Kaai.
Each afspraak has versions per year. A version is a dict (text + frame + status relative to the previous year) or
the string "same" (identical text and frame, status unchanged). Frame fields that a version omits are inherited from
the previous version.
"""

FAMILY = "kreekhaven"
GEMEENTE = "Kreekhaven"
CORPORATIE = "Woonstichting De Slikrand"
HUURDERS = "Huurdersvereniging De Kaai"
YEARS = [2025, 2026, 2027]
LAYOUT = "boekje-inslag"

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"

SIGN_DATE = {2025: "10 december 2024", 2026: "9 december 2025", 2027: "15 december 2026"}
SIGNATORIES = {
    2025: [("Gemeente Kreekhaven", "M.J. Verhulst-Dekker", "wethouder Wonen en Ruimte"),
           ("Woonstichting De Slikrand", "drs. P.A. Stoutjesdijk", "directeur-bestuurder"),
           ("Huurdersvereniging De Kaai", "H. Goedegebuure", "voorzitter")],
    2026: [("Gemeente Kreekhaven", "M.J. Verhulst-Dekker", "wethouder Wonen en Ruimte"),
           ("Woonstichting De Slikrand", "drs. P.A. Stoutjesdijk", "directeur-bestuurder"),
           ("Huurdersvereniging De Kaai", "A.C. Lievense", "voorzitter")],
    2027: [("Gemeente Kreekhaven", "R. el Haddouchi", "wethouder Wonen en Ruimte"),
           ("Woonstichting De Slikrand", "drs. P.A. Stoutjesdijk", "directeur-bestuurder"),
           ("Huurdersvereniging De Kaai", "A.C. Lievense", "voorzitter")],
}

# Kerncijfers (facts, not afspraken): label, value per year (situation on 1 January of the document year)
KERNCIJFERS = [
    ("Woningen in Kreekhaven", {2025: "14.820", 2026: "14.965", 2027: "15.110"}),
    ("Sociale huurwoningen De Slikrand", {2025: "3.046", 2026: "3.071", 2027: "3.118"}),
    ("Gemiddelde netto huur", {2025: "€ 612", 2026: "€ 641", 2027: "€ 668"}),
    ("Gemiddelde inschrijfduur bij toewijzing", {2025: "3,4 jaar", 2026: "3,6 jaar", 2027: "3,5 jaar"}),
    ("Huishoudens met huurachterstand > 2 mnd", {2025: "71", 2026: "58", 2027: "49"}),
    ("Woningen met label E, F of G", {2025: "112", 2026: "47", 2027: "0"}),
    ("Huurdersoordeel reparaties", {2025: "7,3", 2026: "7,6", 2027: "7,4"}),
]

COLOFON = [
    "Dit boekje bevat de prestatieafspraken voor {year} tussen de gemeente Kreekhaven, Woonstichting De Slikrand "
    "en Huurdersvereniging De Kaai. De afspraken gelden van 1 januari tot en met 31 december {year}.",
    "Uitgave: december {prev}. Tekst: werkgroep prestatieafspraken Kreekhaven. Vormgeving en druk: Drukkerij "
    "Het Schor, Kreekhaven. Oplage: 450 exemplaren.",
]
LEESWIJZER = (
    "De afspraken staan per thema in een hoofdstuk en zijn per hoofdstuk genummerd (1.1, 1.2 enzovoort). "
    "Tekst buiten de genummerde afspraken, zoals de inleidingen en de gekleurde kaders, geeft achtergrond en "
    "is geen afspraak. Waar De Slikrand staat, wordt Woonstichting De Slikrand bedoeld; De Kaai is "
    "Huurdersvereniging De Kaai."
)

VOORWOORD = {
    2025: [
        "Voor u ligt het boekje met de prestatieafspraken {year}. Een jaar geleden spraken wij af de afspraken "
        "korter en beter leesbaar te maken, en dat is gelukt: minder tekst, meer concrete afspraken.",
        "De woningmarkt in Kreekhaven blijft krap. Jonge gezinnen en ouderen die kleiner willen wonen, "
        "wachten te lang op een passende woning. Tegelijk vragen de energierekening en de verduurzaming van "
        "oudere woningen veel aandacht. Met deze afspraken laten wij zien wat ieder van ons in {year} doet.",
    ],
    2026: [
        "Voor u ligt het boekje met de prestatieafspraken {year}. Het is de derde keer dat wij onze afspraken "
        "in deze vorm uitbrengen, en we merken dat huurders het boekje lezen en bewaren.",
        "In {prev} is veel bereikt, maar de opgave is niet kleiner geworden. Bouwkosten stegen en enkele "
        "projecten liepen vertraging op. Daarom zijn sommige afspraken bijgesteld. Andere afspraken zijn "
        "juist aangescherpt, vooral waar het gaat om betaalbaarheid en het voorkomen van schulden.",
    ],
    2027: [
        "Voor u ligt het boekje met de prestatieafspraken {year}, het laatste jaar waarin wij met losse "
        "jaarafspraken werken. Daarna willen wij toe naar afspraken voor meerdere jaren.",
        "De eerste woningen in Veerhaven worden opgeleverd en alle woningen met een slecht energielabel zijn "
        "verbeterd. Dat zijn mooie mijlpalen. Tegelijk blijft de vraag naar betaalbare woningen groot, en "
        "daar richten de afspraken in dit boekje zich vooral op.",
    ],
}

INLEIDING = {
    2025: [
        "De gemeenteraad stelde in 2022 de Woonvisie Kreekhaven 2022-2030 vast. De woonvisie vraagt om meer "
        "sociale huurwoningen, om woningen die geschikt zijn voor ouderen en om een versnelling van de "
        "energietransitie. De Slikrand bracht in juni {prev} haar bod uit op de woonvisie; de huurdersvereniging "
        "gaf daarop een schriftelijke reactie.",
        "Deze afspraken zijn in het najaar van {prev} in drie tafelgesprekken uitgewerkt. Afspraken die in "
        "{prev} zijn uitgevoerd, komen in dit boekje niet terug.",
    ],
    2026: [
        "De Woonvisie Kreekhaven 2022-2030 blijft het kader voor deze afspraken. De Slikrand bracht in juni "
        "{prev} haar bod uit; De Kaai reageerde daarop met een advies dat op de meeste punten is overgenomen.",
        "In de monitor over {prev} is te zien dat de meeste afspraken zijn nagekomen. De oplevering van "
        "Veerhaven schoof op door vertraging bij de aannemer.",
    ],
    2027: [
        "De Woonvisie Kreekhaven 2022-2030 blijft het kader voor deze afspraken. De Slikrand bracht in juni "
        "{prev} haar bod uit en De Kaai gaf daarop een positief advies.",
        "De monitor over {prev} laat zien dat De Slikrand de laatste woningen met label E, F of G heeft "
        "verbeterd. Het aantal huishoudens met een huurachterstand daalde verder.",
    ],
}

# Chapters: key, title (str or per-year), subsections [(key, title)], intro paragraphs per year, boxes
CHAPTERS = [
    {
        "key": "betaalbaar", "num": 1,
        "title": "Betaalbaar en beschikbaar wonen",
        "subs": [("nieuwbouw", "Nieuwbouw en woningvoorraad"),
                 ("toewijzing", "Woningtoewijzing en doelgroepen"),
                 ("woonlasten", "Betaalbare woonlasten")],
        "intro": {
            2025: ["In Kreekhaven staan ruim 2.900 woningzoekenden actief ingeschreven. De gemiddelde "
                   "inschrijfduur bij toewijzing liep in {prev} op tot 3,4 jaar. In {prev} werden 28 sociale "
                   "huurwoningen opgeleverd aan de Kaaistraat.",
                   "De woonvisie gaat uit van een groei van de sociale huurvoorraad met gemiddeld 25 woningen "
                   "per jaar. Daarvoor is grond nodig; de gemeente heeft daarin een sleutelrol."],
            2026: ["Het aantal actief woningzoekenden steeg in {prev} tot ruim 3.100. De gemiddelde "
                   "inschrijfduur bij toewijzing was 3,6 jaar. In {prev} zijn geen nieuwe sociale "
                   "huurwoningen opgeleverd; wel startte de bouw in Veerhaven.",
                   "De huurdersvereniging maakt zich zorgen over huurders die hun huur niet meer kunnen "
                   "betalen. Zij blijft daar in haar eigen achterbanbijeenkomsten aandacht voor vragen."],
            2027: ["Ruim 3.200 woningzoekenden staan actief ingeschreven. De inschrijfduur bij toewijzing "
                   "daalde licht naar 3,5 jaar. De eerste fase van Veerhaven is in {prev} casco gereed "
                   "gekomen.",
                   "De huurdersvereniging blijft aandacht vragen voor huurders die hun huur niet meer kunnen "
                   "betalen en voor starters die nauwelijks kans maken op een woning."],
        },
        "kerncijfers": True,
    },
    {
        "key": "duurzaam", "num": 2,
        "title": "Duurzaam en klimaatbestendig wonen",
        "subs": [],
        "intro": {
            2025: ["De Slikrand heeft een energieprestatie van gemiddeld label B. In {prev} zijn 164 woningen "
                   "geïsoleerd en kregen 212 woningen zonnepanelen. De gemeente stelde in 2021 de "
                   "Transitievisie Warmte vast, met De Schorren als eerste wijk die van het aardgas af gaat.",
                   "Steeds meer huurders hebben moeite met het betalen van de energierekening. Isolatie "
                   "helpt, maar ook kleine maatregelen en goed advies maken verschil."],
            2026: ["In {prev} zijn 171 woningen geïsoleerd en 65 woningen met label E, F of G verbeterd. "
                   "De voorbereiding van een warmtenet in De Schorren bleek complexer dan gedacht.",
                   "Huurders met een laag inkomen en een hoge energierekening verdienen extra aandacht. "
                   "De energiecoaches bezochten in {prev} 163 huishoudens."],
            2027: ["In {prev} zijn de laatste woningen met label E, F of G verbeterd. Daarmee loopt De "
                   "Slikrand voor op de landelijke afspraak om eind 2028 geen slechte labels meer te hebben.",
                   "De energiecoaches bezochten in {prev} 158 huishoudens. De gemeente is voor de "
                   "financiering afhankelijk van middelen van het Rijk."],
        },
    },
    {
        "key": "kwaliteit", "num": 3,
        "title": "Goed wonen, ook met zorg",
        "subs": [],
        "intro": {
            2025: ["Het aantal inwoners van 75 jaar en ouder groeit de komende tien jaar met bijna 40%. "
                   "Veel ouderen willen zo lang mogelijk thuis blijven wonen. Dat vraagt om geschikte "
                   "woningen en om goede samenwerking met zorgaanbieders.",
                   "Huurders gaven de afhandeling van reparaties in {prev} gemiddeld een 7,3. Meldingen "
                   "over vocht en schimmel namen toe."],
            2026: ["Het aantal inwoners van 75 jaar en ouder blijft snel groeien. In {prev} is de "
                   "aanpak van vocht en schimmel verbeterd; er kwamen 214 meldingen binnen.",
                   "Huurders gaven de afhandeling van reparaties in {prev} gemiddeld een 7,6."],
            2027: ["In {prev} kwamen 187 meldingen van vocht en schimmel binnen. De renovatie van het "
                   "complex Molenkreek is afgerond.",
                   "Huurders gaven de afhandeling van reparaties in {prev} gemiddeld een 7,4. Door "
                   "personeelstekorten bij aannemers duurde een deel van de reparaties langer."],
        },
    },
    {
        "key": "wijk", "num": 4,
        "title": {2025: "Prettig wonen in de wijk", 2026: "Prettig wonen in de wijk",
                  2027: "Leefbare wijken en buurten"},
        "subs": [],
        "intro": {
            2025: ["De leefbaarheid in de meeste buurten van Kreekhaven is goed. In De Schorren en in "
                   "delen van Veerhaven scoren bewoners hun buurt lager dan gemiddeld, vooral op overlast "
                   "en eenzaamheid.",
                   "Steeds meer huurders hebben naast een woning ook begeleiding nodig. Corporatie, "
                   "gemeente en zorgpartners trekken daarin samen op."],
            2026: ["Uit de leefbaarheidsmonitor {prev} blijkt dat bewoners van De Schorren hun buurt "
                   "iets beter waarderen dan een jaar eerder. In {prev} werden 31 bewonersinitiatieven "
                   "ondersteund.",
                   "Eenzaamheid onder oudere huurders is een groeiend probleem."],
            2027: ["Bewoners van De Schorren en Veerhaven waarderen hun buurt inmiddels gemiddeld met "
                   "een 7,0. In {prev} werden 27 bewonersinitiatieven ondersteund.",
                   "De ontmoetingsmiddagen in de seniorencomplexen trokken in {prev} gemiddeld "
                   "achttien bezoekers."],
        },
    },
    {
        "key": "samen", "num": 5,
        "title": "Samen aan de slag",
        "subs": [],
        "intro": {
            2025: ["Gemeente, De Slikrand en De Kaai werken als gelijkwaardige partijen samen. "
                   "Dit hoofdstuk beschrijft hoe wij de afspraken volgen en wat wij doen als het "
                   "anders loopt dan gedacht."],
            2026: ["Gemeente, De Slikrand en De Kaai werken als gelijkwaardige partijen samen. "
                   "Dit hoofdstuk beschrijft hoe wij de afspraken volgen en wat wij doen als het "
                   "anders loopt dan gedacht."],
            2027: ["Dit hoofdstuk beschrijft hoe wij de afspraken volgen en hoe wij in {year} de "
                   "stap naar meerjarige afspraken zetten."],
        },
    },
]

# Boxes with quotes of tenants (context, not afspraken): per chapter key and year
QUOTES = {
    "duurzaam": {
        2025: "“Sinds de isolatie is mijn woning veel minder koud. Ik stook ongeveer een derde minder.” "
              "– huurder aan het Ebbepad",
        2026: "“De energiecoach wees me op een paar kleine dingen. Dat scheelt echt op mijn rekening.” "
              "– huurder in De Schorren",
        2027: "“De zonnepanelen waren snel geplaatst en de vergoeding is lager dan wat ik bespaar.” "
              "– huurder in De Kil",
    },
    "wijk": {
        2025: "“Het buurtfeest in ons hofje was een initiatief van drie bewoners. Iedereen kwam.” "
              "– bewoner van Veerhaven",
        2026: "“Op de ontmoetingsmiddag hoorde ik pas dat mijn buurvrouw ook alleen woont.” "
              "– huurder in Molenkreek",
        2027: "“De wijkbeheerder kent iedereen bij naam. Dat geeft een veilig gevoel.” "
              "– bewoner van De Schorren",
    },
}


def V(text, mod=None, q=None, dl=None, rec=None, cond=None, st=None, kinds=None, hn=None, actors=None):
    v = {"text": text}
    for k, val in (("mod", mod), ("q", q), ("dl", dl), ("rec", rec), ("cond", cond), ("st", st),
                   ("kinds", kinds), ("hn", hn), ("actors", actors)):
        if val is not None:
            v[k] = val
    return v


C = "corporatie"
G = "gemeente"
H = "huurdersorganisatie"
P = "partijen"

# Afspraken in reading order within their chapter/subsection.
AFSPRAKEN = [
    # ---------------------------------------------------------------- 1 Betaalbaar: nieuwbouw
    dict(key="nieuwbouw-veerhaven", ch="betaalbaar", sub="nieuwbouw", themes=[B], actors=[C], versions={
        2025: V("De Slikrand realiseert in het plan Veerhaven 48 sociale huurwoningen, waarvan ten minste 16 "
                "levensloopbestendige appartementen. De oplevering is voorzien in het vierde kwartaal van 2026.",
                mod="firm", q=[(48, "woningen", "exact"), (16, "woningen", "min")],
                dl=(2026, "vierde kwartaal van 2026"), rec=False, cond=[]),
        2026: V("De Slikrand realiseert in het plan Veerhaven 42 sociale huurwoningen, waarvan ten minste 16 "
                "levensloopbestendige appartementen. De oplevering is voorzien in het tweede kwartaal van 2027.",
                q=[(42, "woningen", "exact"), (16, "woningen", "min")], dl=(2027, "tweede kwartaal van 2027"),
                st="weakened", kinds=["quantity", "deadline"]),
        2027: V("In het tweede kwartaal van 2027 levert De Slikrand in het plan Veerhaven 42 sociale "
                "huurwoningen op; ten minste 16 daarvan zijn levensloopbestendige appartementen.",
                st="reworded", hn="same_figures"),
    }),
    dict(key="nieuwbouw-schorweide", ch="betaalbaar", sub="nieuwbouw", themes=[B], actors=[C], versions={
        2025: V("De Slikrand onderzoekt of op de locatie Schorweide 30 grondgebonden sociale huurwoningen "
                "kunnen worden gebouwd, met een start van de bouw in 2027.",
                mod="explore", q=[(30, "woningen", "exact")], dl=(2027, "in 2027"), rec=False, cond=[]),
        2026: V("De Slikrand bouwt op de locatie Schorweide 30 grondgebonden sociale huurwoningen, met een "
                "start van de bouw in 2027.", mod="firm", st="strengthened", kinds=["modality"]),
        2027: V("De Slikrand bouwt op de locatie Schorweide 30 grondgebonden sociale huurwoningen, met een "
                "start van de bouw in 2028.", dl=(2028, "in 2028"), st="weakened", kinds=["deadline"]),
    }),
    dict(key="sociale-voorraad", ch="betaalbaar", sub="nieuwbouw", themes=[B], actors=[P], versions={
        2025: V("Partijen streven ernaar dat de sociale huurvoorraad in Kreekhaven tot en met 2030 groeit naar "
                "ten minste 3.150 woningen.", mod="intent", q=[(3150, "woningen", "min")],
                dl=(2030, "tot en met 2030"), rec=False, cond=[]),
        2026: "same",
        2027: V("Partijen zorgen ervoor dat de sociale huurvoorraad in Kreekhaven tot en met 2030 groeit naar "
                "ten minste 3.150 woningen.", mod="firm", st="strengthened", kinds=["modality"]),
    }),
    dict(key="verkoop", ch="betaalbaar", sub="nieuwbouw", themes=[B], actors=[C], versions={
        2025: V("De Slikrand verkoopt in 2025 ten hoogste 8 huurwoningen, uitsluitend bij mutatie en niet in "
                "de kernen Oudehaven en Zandkreek.", mod="firm", q=[(8, "woningen", "max")],
                dl=(2025, "in 2025"), rec=True, cond=[]),
        2026: V("De Slikrand verkoopt in 2026 ten hoogste 5 huurwoningen, uitsluitend bij mutatie en niet in "
                "de kernen Oudehaven en Zandkreek.", q=[(5, "woningen", "max")], dl=(2026, "in 2026"),
                st="strengthened", kinds=["quantity"]),
        2027: V("In 2027 verkoopt De Slikrand niet meer dan vijf huurwoningen; verkoop vindt alleen plaats bij "
                "mutatie en nooit in de kernen Oudehaven en Zandkreek.", dl=(2027, "in 2027"),
                st="reworded", hn="recurring_year"),
    }),
    dict(key="grond-havenkwartier", ch="betaalbaar", sub="nieuwbouw", themes=[B], actors=[G], versions={
        2025: V("De gemeente reserveert in het omgevingsplan voor Havenkwartier-Oost ten minste 35% van het "
                "woningbouwprogramma voor sociale huur en biedt de grond voor dit deel als eerste aan De "
                "Slikrand aan tegen de sociale grondprijs.", mod="firm", q=[(35, "%", "min")], dl=None,
                rec=False, cond=[]),
        2026: V("In het omgevingsplan voor Havenkwartier-Oost wordt door de gemeente ten minste 35% van het "
                "woningbouwprogramma voor sociale huur gereserveerd; de grond voor dit deel wordt tegen de "
                "sociale grondprijs als eerste aan De Slikrand aangeboden.", st="reworded", hn="same_figures"),
        2027: V("Voor zover de grondexploitatie dit toelaat, wordt in het omgevingsplan voor Havenkwartier-Oost "
                "door de gemeente ten minste 35% van het woningbouwprogramma voor sociale huur gereserveerd; de "
                "grond voor dit deel wordt tegen de sociale grondprijs als eerste aan De Slikrand aangeboden.",
                cond=["voor zover de grondexploitatie dit toelaat"], st="weakened", kinds=["condition"]),
    }),
    dict(key="flexwonen", ch="betaalbaar", sub="nieuwbouw", themes=[B], actors=[G, C], versions={
        2026: V("De gemeente en De Slikrand verkennen of op het voormalige sportpark De Kil uiterlijk eind 2027 "
                "tijdelijk 24 flexwoningen voor spoedzoekers kunnen worden geplaatst.", mod="explore",
                q=[(24, "woningen", "exact")], dl=(2027, "uiterlijk eind 2027"), rec=False, cond=[]),
        2027: V("De Slikrand plaatst uiterlijk eind 2027 op het voormalige sportpark De Kil tijdelijk 24 "
                "flexwoningen voor spoedzoekers; de gemeente verleent hiervoor een tijdelijke "
                "omgevingsvergunning.", mod="firm", actors=[C, G], st="strengthened", kinds=["modality"]),
    }),
    # ---------------------------------------------------------------- 1 Betaalbaar: toewijzing
    dict(key="starters-loting", ch="betaalbaar", sub="toewijzing", themes=[B], actors=[C], versions={
        2025: V("De Slikrand verloot in 2025 ten minste 10% van de vrijkomende sociale huurwoningen onder "
                "starters tot 28 jaar.", mod="firm", q=[(10, "%", "min"), (28, "jaar", "max")],
                dl=(2025, "in 2025"), rec=True, cond=[]),
    }),
    dict(key="vergunninghouders", ch="betaalbaar", sub="toewijzing", themes=[B], actors=[C], versions={
        2025: V("De Slikrand stelt in 2025 voldoende woningen beschikbaar om de gemeente in staat te stellen de "
                "taakstelling voor vergunninghouders te halen; voor het eerste halfjaar van 2025 gaat het om "
                "23 personen.", mod="firm", q=[(23, "personen", "exact")], dl=(2025, "in 2025"), rec=True,
                cond=[]),
        2026: V("De Slikrand stelt in 2026 voldoende woningen beschikbaar om de gemeente in staat te stellen de "
                "taakstelling voor vergunninghouders te halen; voor het eerste halfjaar van 2026 gaat het om "
                "19 personen.", q=[(19, "personen", "exact")], dl=(2026, "in 2026"),
                st="reworded", hn="external_figure"),
        2027: V("De Slikrand spant zich in om in 2027 voldoende woningen beschikbaar te stellen, zodat de "
                "gemeente de taakstelling voor vergunninghouders kan halen; voor het eerste halfjaar van 2027 "
                "gaat het om 21 personen.", mod="intent", q=[(21, "personen", "exact")], dl=(2027, "in 2027"),
                st="weakened", kinds=["modality"]),
    }),
    dict(key="uitstroom-bw-mo", ch="betaalbaar", sub="toewijzing", themes=[B, L], actors=[C], versions={
        2025: V("De Slikrand wijst jaarlijks ten minste 8% van de vrijkomende sociale huurwoningen toe aan "
                "mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang.", mod="firm",
                q=[(8, "%", "min")], dl=None, rec=True, cond=[]),
        2026: V("De Slikrand wijst jaarlijks ten minste 10% van de vrijkomende sociale huurwoningen toe aan "
                "mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang.",
                q=[(10, "%", "min")], st="strengthened", kinds=["quantity"]),
        2027: "same",
    }),
    dict(key="doorstroming-senioren", ch="betaalbaar", sub="toewijzing", themes=[B], actors=[C], versions={
        2025: V("Senioren die een eengezinswoning van De Slikrand achterlaten, krijgen voorrang op een "
                "gelijkvloerse woning en ontvangen een verhuisvergoeding van € 2.500.", mod="firm",
                q=[(2500, "euro", "exact")], dl=None, rec=False, cond=[]),
        2026: V("Senioren die een eengezinswoning van De Slikrand achterlaten, krijgen voorrang op een "
                "gelijkvloerse woning en ontvangen een verhuisvergoeding van € 3.000.",
                q=[(3000, "euro", "exact")], st="strengthened", kinds=["quantity"]),
    }),
    dict(key="passend-toewijzen", ch="betaalbaar", sub="toewijzing", themes=[B], actors=[C], versions={
        2025: V("De Slikrand wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe, waarbij "
                "voor eenpersoonshuishoudens een inkomensgrens van € 32.075 geldt (prijspeil 2025).",
                mod="firm", q=[(95, "%", "min"), (32075, "euro", "max")], dl=None, rec=True, cond=[]),
        2026: V("De Slikrand wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe, waarbij "
                "voor eenpersoonshuishoudens een inkomensgrens van € 32.850 geldt (prijspeil 2026).",
                q=[(95, "%", "min"), (32850, "euro", "max")], st="reworded", hn="indexed_amount"),
        2027: V("De Slikrand wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe, waarbij "
                "voor eenpersoonshuishoudens een inkomensgrens van € 33.650 geldt (prijspeil 2027).",
                q=[(95, "%", "min"), (33650, "euro", "max")], st="reworded", hn="indexed_amount"),
    }),
    dict(key="woningdelen", ch="betaalbaar", sub="toewijzing", themes=[B], actors=[C], versions={
        2027: V("De Slikrand staat vanaf 2027 toe dat huurders van 65 jaar en ouder een kamer in hun woning "
                "verhuren aan een student of starter, zonder gevolgen voor hun eigen huurprijs.", mod="firm",
                q=[(65, "jaar", "min")], dl=(2027, "vanaf 2027"), rec=False, cond=[]),
    }),
    # ---------------------------------------------------------------- 1 Betaalbaar: woonlasten
    dict(key="huursom", ch="betaalbaar", sub="woonlasten", themes=[B], actors=[C], versions={
        2025: V("De huursomstijging van De Slikrand blijft in 2025 ten minste 0,5 procentpunt onder de maximale "
                "huursomstijging die het Rijk toestaat.", mod="firm", q=[(0.5, "procentpunt", "min")],
                dl=(2025, "in 2025"), rec=True, cond=[]),
        2026: V("De huursomstijging van De Slikrand blijft in 2026 ten minste 0,25 procentpunt onder de "
                "maximale huursomstijging die het Rijk toestaat.", q=[(0.25, "procentpunt", "min")],
                dl=(2026, "in 2026"), st="weakened", kinds=["quantity"]),
        2027: V("In 2027 blijft de huursomstijging van De Slikrand ten minste 0,25 procentpunt onder de "
                "maximale huursomstijging die het Rijk toestaat.", dl=(2027, "in 2027"),
                st="reworded", hn="recurring_year"),
    }),
    dict(key="huurachterstand", ch="betaalbaar", sub="woonlasten", themes=[B, L], actors=[C], versions={
        2025: V("De Slikrand neemt uiterlijk na twee maanden huurachterstand persoonlijk contact op met de "
                "huurder en meldt de achterstand, met toestemming van de huurder, bij het Schuldhulpteam "
                "Kreekhaven.", mod="firm", q=[(2, "maanden", "max")], dl=None, rec=False, cond=[]),
        2026: V("De Slikrand neemt uiterlijk na één maand huurachterstand persoonlijk contact op met de "
                "huurder en meldt de achterstand, met toestemming van de huurder, bij het Schuldhulpteam "
                "Kreekhaven.", q=[(1, "maanden", "max")], st="strengthened", kinds=["quantity"]),
        2027: V("Uiterlijk na één maand huurachterstand zoekt De Slikrand persoonlijk contact met de huurder; "
                "met diens toestemming wordt de achterstand gemeld bij het Schuldhulpteam Kreekhaven.",
                st="reworded", hn="same_figures"),
    }),
    dict(key="huisuitzettingen", ch="betaalbaar", sub="woonlasten", themes=[B], actors=[P], versions={
        2025: V("Partijen zetten zich ervoor in dat in 2025 geen huurder uit huis wordt gezet uitsluitend "
                "vanwege een huurachterstand.", mod="intent", q=[], dl=(2025, "in 2025"), rec=True, cond=[]),
        2026: V("Partijen spannen zich in om in 2026 te voorkomen dat een huurder uitsluitend vanwege een "
                "huurachterstand uit huis wordt gezet.", dl=(2026, "in 2026"), st="reworded",
                hn="recurring_year"),
        2027: V("Partijen voorkomen in 2027 dat een huurder uitsluitend vanwege een huurachterstand uit huis "
                "wordt gezet.", mod="firm", dl=(2027, "in 2027"), st="strengthened", kinds=["modality"]),
    }),
    # ---------------------------------------------------------------- 2 Duurzaam
    dict(key="labels-efg", ch="duurzaam", sub=None, themes=[D], actors=[C], versions={
        2025: V("De Slikrand verbetert in 2025 en 2026 de resterende 112 woningen met energielabel E, F of G, "
                "zodat zij uiterlijk eind 2026 geen woningen met deze labels meer in bezit heeft.", mod="firm",
                q=[(112, "woningen", "exact"), (0, "woningen", "max")], dl=(2026, "uiterlijk eind 2026"),
                rec=False, cond=[]),
        2026: V("De Slikrand verbetert in 2026 de laatste 47 woningen met energielabel E, F of G, zodat zij "
                "uiterlijk eind 2026 geen woningen met deze labels meer in bezit heeft.",
                q=[(47, "woningen", "exact"), (0, "woningen", "max")], st="reworded", hn="progress"),
    }),
    dict(key="isolatie", ch="duurzaam", sub=None, themes=[D], actors=[C], versions={
        2025: V("De Slikrand isoleert in 2025 ten minste 180 woningen volgens de standaard voor woningisolatie "
                "en plaatst daarbij waar mogelijk een hybride warmtepomp.", mod="firm",
                q=[(180, "woningen", "min")], dl=(2025, "in 2025"), rec=True, cond=["waar mogelijk"]),
        2026: V("De Slikrand isoleert in 2026 ten minste 150 woningen volgens de standaard voor woningisolatie "
                "en plaatst daarbij waar mogelijk een hybride warmtepomp.", q=[(150, "woningen", "min")],
                dl=(2026, "in 2026"), st="weakened", kinds=["quantity"]),
        2027: V("De Slikrand isoleert in 2027 ten minste 200 woningen volgens de standaard voor woningisolatie "
                "en plaatst daarbij waar mogelijk een hybride warmtepomp.", q=[(200, "woningen", "min")],
                dl=(2027, "in 2027"), st="strengthened", kinds=["quantity"]),
    }),
    dict(key="gemiddeld-label", ch="duurzaam", sub=None, themes=[D], actors=[C], versions={
        2025: V("De Slikrand brengt haar woningbezit uiterlijk eind 2028 naar gemiddeld energielabel A.",
                mod="firm", q=[("A", "label", "min")], dl=(2028, "uiterlijk eind 2028"), rec=False, cond=[]),
        2026: V("De Slikrand brengt haar woningbezit uiterlijk eind 2028 naar gemiddeld energielabel B.",
                q=[("B", "label", "min")], st="weakened", kinds=["label"]),
        2027: V("De Slikrand brengt haar woningbezit uiterlijk eind 2027 naar gemiddeld energielabel B.",
                dl=(2027, "uiterlijk eind 2027"), st="strengthened", kinds=["deadline"]),
    }),
    dict(key="zonnepanelen", ch="duurzaam", sub=None, themes=[D], actors=[C], versions={
        2025: V("De Slikrand biedt in 2025 de huurders van alle grondgebonden woningen zonnepanelen aan tegen "
                "een vergoeding van ten hoogste € 12 per maand.", mod="firm",
                q=[(12, "euro per maand", "max")], dl=(2025, "in 2025"), rec=True, cond=[]),
        2026: V("De Slikrand biedt in 2026 de huurders van de grondgebonden woningen in Veerhaven en De Kil "
                "zonnepanelen aan tegen een vergoeding van ten hoogste € 12 per maand.", dl=(2026, "in 2026"),
                st="weakened", kinds=["scope"]),
        2027: V("De Slikrand biedt in 2027 de huurders van de grondgebonden woningen in Veerhaven, De Kil en "
                "De Schorren zonnepanelen aan tegen een vergoeding van ten hoogste € 12 per maand.",
                dl=(2027, "in 2027"), st="strengthened", kinds=["scope"]),
    }),
    dict(key="wijkuitvoeringsplan-schorren", ch="duurzaam", sub=None, themes=[D], actors=[G], versions={
        2025: V("De gemeente stelt in 2025 het wijkuitvoeringsplan aardgasvrij voor De Schorren op en betrekt "
                "De Slikrand en De Kaai vanaf de start bij de uitwerking.", mod="firm", q=[],
                dl=(2025, "in 2025"), rec=False, cond=[]),
        2026: V("De gemeente verkent of in 2027 een wijkuitvoeringsplan aardgasvrij voor De Schorren kan worden "
                "opgesteld en betrekt De Slikrand en De Kaai vanaf de start bij die verkenning.",
                mod="explore", dl=(2027, "in 2027"), st="weakened", kinds=["modality", "deadline"]),
        2027: "same",
    }),
    dict(key="energiecoaches", ch="duurzaam", sub=None, themes=[D, B], actors=[G, C, H], versions={
        2025: V("De gemeente zet in 2025 energiecoaches in die ten minste 150 huishoudens in huurwoningen "
                "bezoeken; De Slikrand en De Kaai maken dit aanbod bekend bij de huurders.", mod="firm",
                q=[(150, "huishoudens", "min")], dl=(2025, "in 2025"), rec=True, cond=[]),
        2026: V("In 2026 bezoeken energiecoaches van de gemeente ten minste honderdvijftig huishoudens in "
                "huurwoningen; De Slikrand en De Kaai brengen dit aanbod onder de aandacht van de huurders.",
                dl=(2026, "in 2026"), st="reworded", hn="recurring_year"),
        2027: V("Voor zover de rijksmiddelen voor energiearmoede dit toelaten, bezoeken energiecoaches van de "
                "gemeente in 2027 ten minste honderdvijftig huishoudens in huurwoningen; De Slikrand en De Kaai "
                "brengen dit aanbod onder de aandacht van de huurders.", dl=(2027, "in 2027"),
                cond=["voor zover de rijksmiddelen voor energiearmoede dit toelaten"],
                st="weakened", kinds=["condition"]),
    }),
    dict(key="energiefonds", ch="duurzaam", sub=None, themes=[D, B], actors=[G], versions={
        2026: V("De gemeente stelt in 2026 € 40.000 beschikbaar voor kleine energiebesparende maatregelen bij "
                "huurders met een laag inkomen, zoals tochtstrips, radiatorfolie en ledlampen.", mod="firm",
                q=[(40000, "euro", "exact")], dl=(2026, "in 2026"), rec=True, cond=[]),
        2027: V("De gemeente stelt in 2027 € 30.000 beschikbaar voor kleine energiebesparende maatregelen bij "
                "huurders met een laag inkomen, zoals tochtstrips, radiatorfolie en ledlampen.",
                q=[(30000, "euro", "exact")], dl=(2027, "in 2027"), st="weakened", kinds=["quantity"]),
    }),
    dict(key="klimaatadaptatie", ch="duurzaam", sub=None, themes=[D], actors=[C], versions={
        2025: V("De Slikrand onderzoekt bij groot onderhoud welke maatregelen tegen hittestress en wateroverlast "
                "mogelijk zijn, zoals groene daken en het afkoppelen van regenwater.", mod="explore", q=[],
                dl=None, rec=False, cond=[]),
        2026: V("De Slikrand neemt bij groot onderhoud maatregelen tegen hittestress en wateroverlast, zoals "
                "groene daken en het afkoppelen van regenwater.", mod="firm", st="strengthened",
                kinds=["modality"]),
        2027: "same",
    }),
    dict(key="circulair-ebbepad", ch="duurzaam", sub=None, themes=[D], actors=[C], versions={
        2027: V("De Slikrand hergebruikt bij de sloop van het complex Ebbepad ten minste 30% van de vrijkomende "
                "materialen in eigen projecten.", mod="firm", q=[(30, "%", "min")], dl=None, rec=False,
                cond=[]),
    }),
    # ---------------------------------------------------------------- 3 Kwaliteit
    dict(key="vocht-schimmel", ch="kwaliteit", sub=None, themes=[K], actors=[C], versions={
        2025: V("De Slikrand neemt elke melding van vocht of schimmel binnen vijf werkdagen in behandeling en "
                "stelt binnen zes weken samen met de huurder een plan van aanpak op.", mod="firm",
                q=[(5, "werkdagen", "max"), (6, "weken", "max")], dl=None, rec=False, cond=[]),
        2026: "same",
        2027: V("De Slikrand neemt elke melding van vocht of schimmel binnen drie werkdagen in behandeling en "
                "stelt binnen zes weken samen met de huurder een plan van aanpak op.",
                q=[(3, "werkdagen", "max"), (6, "weken", "max")], st="strengthened", kinds=["quantity"]),
    }),
    dict(key="woningaanpassingen", ch="kwaliteit", sub=None, themes=[K], actors=[G, C], versions={
        2025: V("De gemeente en De Slikrand verkennen of kleine woningaanpassingen tot € 1.000 zonder "
                "Wmo-aanvraag door De Slikrand kunnen worden uitgevoerd.", mod="explore",
                q=[(1000, "euro", "max")], dl=None, rec=False, cond=[]),
        2026: V("De Slikrand voert kleine woningaanpassingen tot € 1.000 uit zonder Wmo-aanvraag; de gemeente "
                "vergoedt de kosten achteraf op basis van een kwartaaloverzicht.", mod="firm", actors=[C, G],
                st="strengthened", kinds=["modality"]),
        2027: V("De Slikrand voert kleine woningaanpassingen tot € 1.500 uit zonder Wmo-aanvraag; de gemeente "
                "vergoedt de kosten achteraf op basis van een kwartaaloverzicht.", q=[(1500, "euro", "max")],
                st="strengthened", kinds=["quantity"]),
    }),
    dict(key="levensloop-molenkreek", ch="kwaliteit", sub=None, themes=[K], actors=[C], versions={
        2025: V("De Slikrand maakt in 2025 ten minste 40 woningen in het complex Molenkreek "
                "levensloopbestendig.", mod="firm", q=[(40, "woningen", "min")], dl=(2025, "in 2025"),
                rec=False, cond=[]),
        2026: V("De Slikrand maakt uiterlijk in 2026 ten minste 40 woningen in het complex Molenkreek "
                "levensloopbestendig.", dl=(2026, "uiterlijk in 2026"), st="weakened", kinds=["deadline"]),
    }),
    dict(key="geclusterd-zandkreek", ch="kwaliteit", sub=None, themes=[K, L], actors=[P], versions={
        2025: V("Partijen gaan in 2025 in gesprek met zorgaanbieders over een geclusterde woonvorm voor ouderen "
                "in de kern Zandkreek.", mod="discuss", q=[], dl=(2025, "in 2025"), rec=False, cond=[]),
        2026: V("De Slikrand onderzoekt samen met zorgaanbieder Het Baken de haalbaarheid van een geclusterde "
                "woonvorm voor ouderen in de kern Zandkreek en informeert partijen uiterlijk eind 2026 over de "
                "uitkomst.", mod="explore", actors=[C], dl=(2026, "uiterlijk eind 2026"),
                st="strengthened", kinds=["modality"]),
        2027: V("De Slikrand realiseert samen met zorgaanbieder Het Baken een geclusterde woonvorm voor ouderen "
                "in de kern Zandkreek; de bouw start uiterlijk in 2028.", mod="firm",
                dl=(2028, "uiterlijk in 2028"), st="strengthened", kinds=["modality"]),
    }),
    dict(key="huurdersoordeel", ch="kwaliteit", sub=None, themes=[K], actors=[C], versions={
        2025: V("De Slikrand streeft naar een gemiddeld huurdersoordeel van ten minste 7,5 voor de afhandeling "
                "van reparatieverzoeken.", mod="intent", q=[(7.5, "cijfer", "min")], dl=None, rec=False,
                cond=[]),
        2026: V("Voor de afhandeling van reparatieverzoeken wordt door De Slikrand gestreefd naar een gemiddeld "
                "huurdersoordeel van minimaal 7,5.", st="reworded", hn="same_figures"),
        2027: V("Voor de afhandeling van reparatieverzoeken wordt door De Slikrand gestreefd naar een gemiddeld "
                "huurdersoordeel van minimaal 7,0.", q=[(7.0, "cijfer", "min")], st="weakened",
                kinds=["quantity"]),
    }),
    dict(key="rookmelders", ch="kwaliteit", sub=None, themes=[K], actors=[C], versions={
        2025: V("De Slikrand controleert in 2025 de rookmelders in alle portiekflats en vervangt daarbij elke "
                "melder die ouder is dan tien jaar.", mod="firm", q=[(10, "jaar", "min")],
                dl=(2025, "in 2025"), rec=False, cond=[]),
    }),
    # ---------------------------------------------------------------- 4 Wijk
    dict(key="leefbaarheidsbudget", ch="wijk", sub=None, themes=[L], actors=[C], versions={
        2025: V("De Slikrand besteedt in 2025 € 95 per woning aan leefbaarheid, binnen de grenzen die de "
                "Woningwet daaraan stelt.", mod="firm", q=[(95, "euro per woning", "exact")],
                dl=(2025, "in 2025"), rec=True, cond=[]),
        2026: V("De Slikrand besteedt in 2026 € 110 per woning aan leefbaarheid, binnen de grenzen die de "
                "Woningwet daaraan stelt.", q=[(110, "euro per woning", "exact")], dl=(2026, "in 2026"),
                st="strengthened", kinds=["quantity"]),
        2027: V("In 2027 besteedt De Slikrand € 110 per woning aan leefbaarheid, binnen de grenzen die de "
                "Woningwet daaraan stelt.", dl=(2027, "in 2027"), st="reworded", hn="recurring_year"),
    }),
    dict(key="wijkbeheerder", ch="wijk", sub=None, themes=[L], actors=[C], versions={
        2025: V("De Slikrand zet in elke wijk met meer dan 200 huurwoningen een wijkbeheerder in die ten minste "
                "twee dagdelen per week in de wijk aanwezig is.", mod="firm",
                q=[(200, "woningen", "min"), (2, "dagdelen per week", "min")], dl=None, rec=False, cond=[]),
        2026: V("De Slikrand zet in de wijken De Schorren en Veerhaven een wijkbeheerder in die ten minste twee "
                "dagdelen per week in de wijk aanwezig is.", q=[(2, "dagdelen per week", "min")],
                st="weakened", kinds=["scope"]),
        2027: "same",
    }),
    dict(key="zachte-landing", ch="wijk", sub=None, themes=[L], actors=[P], versions={
        2025: V("Partijen werken bij overlast en bij de huisvesting van kwetsbare huurders volgens het convenant "
                "Zachte Landing Kreekhaven.", mod="firm", q=[], dl=None, rec=False, cond=[]),
        2026: "same",
        2027: V("Bij overlast en bij het huisvesten van kwetsbare huurders handelen partijen volgens het "
                "convenant Zachte Landing Kreekhaven.", st="reworded", hn="same_figures"),
    }),
    dict(key="bewonersinitiatieven", ch="wijk", sub=None, themes=[L], actors=[G], versions={
        2025: V("De gemeente stelt in 2025 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel "
                "huurwoningen.", mod="firm", q=[(20000, "euro", "exact")], dl=(2025, "in 2025"), rec=True,
                cond=[]),
        2026: V("Onder voorbehoud van vaststelling van de gemeentebegroting stelt de gemeente in 2026 € 20.000 "
                "beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen.", dl=(2026, "in 2026"),
                cond=["onder voorbehoud van vaststelling van de gemeentebegroting"], st="weakened",
                kinds=["condition"]),
        2027: V("De gemeente stelt in 2027 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel "
                "huurwoningen.", dl=(2027, "in 2027"), cond=[], st="strengthened", kinds=["condition"]),
    }),
    dict(key="ontmoeting-senioren", ch="wijk", sub=None, themes=[L], actors=[C, H], versions={
        2026: V("De Slikrand en De Kaai organiseren in 2026 in elk seniorencomplex ten minste vier "
                "ontmoetingsmiddagen om eenzaamheid tegen te gaan.", mod="firm",
                q=[(4, "ontmoetingsmiddagen", "min")], dl=(2026, "in 2026"), rec=True, cond=[]),
        2027: V("De Slikrand en De Kaai organiseren in 2027 in de seniorencomplexen Molenkreek en Havenhof ten "
                "minste vier ontmoetingsmiddagen om eenzaamheid tegen te gaan.", dl=(2027, "in 2027"),
                st="weakened", kinds=["scope"]),
    }),
    dict(key="huisbezoek-75plus", ch="wijk", sub=None, themes=[L, K], actors=[C], versions={
        2025: V("De Slikrand legt in 2025 bij alle huurders van 75 jaar en ouder een huisbezoek af om te "
                "bespreken of de woning nog passend is.", mod="firm", q=[(75, "jaar", "min")],
                dl=(2025, "in 2025"), rec=False, cond=[]),
    }),
    # ---------------------------------------------------------------- 5 Samen
    dict(key="monitoring", ch="samen", sub=None, themes=[O], actors=[P], versions={
        2025: V("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk "
                "overleg, in mei en in november.", mod="firm", q=[(2, "keer per jaar", "exact")], dl=None,
                rec=True, cond=[]),
        2026: "same",
        2027: "same",
    }),
    dict(key="ondersteuning-kaai", ch="samen", sub=None, themes=[O], actors=[C], versions={
        2025: V("De Slikrand stelt De Kaai jaarlijks € 14.000 beschikbaar voor ondersteuning, scholing en het "
                "raadplegen van de achterban.", mod="firm", q=[(14000, "euro", "exact")], dl=None, rec=True,
                cond=[]),
        2026: V("Voor ondersteuning, scholing en het raadplegen van de achterban ontvangt De Kaai jaarlijks "
                "€ 14.000 van De Slikrand.", st="reworded", hn="same_figures"),
        2027: V("Voor ondersteuning, scholing en het raadplegen van de achterban ontvangt De Kaai jaarlijks "
                "€ 16.000 van De Slikrand.", q=[(16000, "euro", "exact")], st="strengthened",
                kinds=["quantity"]),
    }),
    dict(key="bod", ch="samen", sub=None, themes=[O], actors=[C], versions={
        2025: V("De Slikrand brengt uiterlijk 1 juli 2025 een bod uit op de woonvisie als start van de "
                "prestatieafspraken 2026.", mod="firm", q=[], dl=(2025, "uiterlijk 1 juli 2025"), rec=True,
                cond=[]),
        2026: V("Uiterlijk 1 juli 2026 brengt De Slikrand een bod uit op de woonvisie als vertrekpunt voor de "
                "prestatieafspraken 2027.", dl=(2026, "uiterlijk 1 juli 2026"), st="reworded",
                hn="recurring_year"),
        2027: V("De Slikrand brengt uiterlijk 1 juli 2027 een bod uit op de woonvisie als vertrekpunt voor de "
                "prestatieafspraken 2028.", dl=(2027, "uiterlijk 1 juli 2027"), st="reworded",
                hn="recurring_year"),
    }),
    dict(key="evaluatie-woonvisie", ch="samen", sub=None, themes=[O], actors=[P], versions={
        2027: V("Partijen evalueren in 2027 gezamenlijk de Woonvisie Kreekhaven 2022-2030 en werken op basis "
                "daarvan meerjarige kaderafspraken uit voor de periode 2028-2031.", mod="firm", q=[],
                dl=(2027, "in 2027"), rec=False, cond=[]),
    }),
    dict(key="geschillen", ch="samen", sub=None, themes=[O], actors=[P], versions={
        2025: V("Bij een geschil over de uitvoering van deze afspraken overleggen partijen eerst in het "
                "bestuurlijk overleg; komen zij er samen niet uit, dan leggen zij het geschil voor aan de "
                "adviescommissie als bedoeld in de Woningwet.", mod="firm", q=[], dl=None, rec=False,
                cond=["komen zij er samen niet uit"]),
        2026: "same",
        2027: "same",
    }),
]

CLOSING = {
    "samen": [
        "Deze afspraken gelden van 1 januari tot en met 31 december {year}. Het bestuurlijk overleg bestaat "
        "uit de wethouder Wonen, de directeur-bestuurder van De Slikrand en het bestuur van De Kaai.",
    ],
}

ATTACHMENTS = ["Nieuwbouwprogramma De Slikrand {year}-{plus4}", "Monitor prestatieafspraken {prev}",
               "Advies van De Kaai op het bod {prev}"]

TERUGBLIK = {
    2025: ["In {prev} zijn 28 sociale huurwoningen opgeleverd aan de Kaaistraat en zijn 164 woningen geïsoleerd. "
           "De Slikrand verkocht 9 woningen, één meer dan was afgesproken. Er werden 2 huishoudens uit huis "
           "gezet, in beide gevallen na langdurige overlast.",
           "Het convenant Zachte Landing Kreekhaven werd in {prev} door alle zorgpartners ondertekend."],
    2026: ["In {prev} zijn 171 woningen geïsoleerd en 65 woningen met label E, F of G verbeterd. De start van "
           "de bouw in Veerhaven vond plaats in maart. Er werd niemand uit huis gezet vanwege alleen een "
           "huurachterstand.",
           "De controle van de rookmelders in de portiekflats en de huisbezoeken aan huurders van 75 jaar en "
           "ouder zijn in {prev} afgerond."],
    2027: ["In {prev} zijn de laatste 47 woningen met label E, F of G verbeterd en zijn 158 woningen "
           "geïsoleerd. De renovatie van het complex Molenkreek is opgeleverd, met 40 levensloopbestendige "
           "woningen.",
           "De verhuisvergoeding voor senioren is opgenomen in het reguliere beleid van De Slikrand en komt "
           "daarom niet meer als afspraak terug."],
}

# Overview of projects (context table, not afspraken): name, aantal, status per year
PROJECTEN = {
    2025: [("Veerhaven", "48", "in aanbouw, oplevering eind 2026"),
           ("Schorweide", "30", "in onderzoek"),
           ("Havenkwartier-Oost", "n.n.b.", "omgevingsplan in voorbereiding")],
    2026: [("Veerhaven", "42", "in aanbouw, oplevering 2027"),
           ("Schorweide", "30", "ontwerpfase, start bouw 2027"),
           ("Havenkwartier-Oost", "n.n.b.", "omgevingsplan in voorbereiding"),
           ("Sportpark De Kil (flex)", "24", "verkenning")],
    2027: [("Veerhaven", "42", "oplevering tweede kwartaal 2027"),
           ("Schorweide", "30", "ontwerpfase, start bouw 2028"),
           ("Havenkwartier-Oost", "n.n.b.", "omgevingsplan vastgesteld"),
           ("Sportpark De Kil (flex)", "24", "vergunningaanvraag ingediend")],
}

BEGRIPPEN = [
    ("Bod", "Het overzicht van voorgenomen werkzaamheden dat de corporatie vóór 1 juli aan gemeente en "
            "huurdersorganisatie stuurt."),
    ("Energielabel", "Een aanduiding van de energiezuinigheid van een woning, van A++++ (zeer zuinig) tot G."),
    ("Huursomstijging", "De gemiddelde stijging van alle huren van een corporatie in een jaar, inclusief "
                        "huurverhoging bij mutatie."),
    ("Levensloopbestendig", "Een woning die zonder trappen bereikbaar is en waarin bewoners ook met een "
                            "beperking zelfstandig kunnen blijven wonen."),
    ("Mutatie", "Het moment waarop een huurder vertrekt en de woning leeg komt."),
    ("Passend toewijzen", "De wettelijke regel dat huishoudens met recht op huurtoeslag een woning krijgen "
                          "met een huur tot de aftoppingsgrens."),
    ("Spoedzoeker", "Iemand die door een scheiding, uitstroom of een andere ingrijpende gebeurtenis op korte "
                    "termijn woonruimte nodig heeft."),
    ("Vergunninghouder", "Een asielzoeker met een verblijfsvergunning; het Rijk bepaalt hoeveel "
                         "vergunninghouders iedere gemeente huisvest (de taakstelling)."),
    ("Wijkuitvoeringsplan", "Een plan waarin de gemeente per wijk uitwerkt hoe en wanneer de wijk van het "
                            "aardgas af gaat."),
    ("Zachte landing", "Werkwijze waarbij huurders die extra begeleiding nodig hebben, in een buurt komen "
                       "te wonen waar dat past, met afspraken over ondersteuning."),
]
